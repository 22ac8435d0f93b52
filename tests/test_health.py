"""The broken-source check: collapses against history are reported, normal variation is not."""

from __future__ import annotations

import pytest

from scout.health import RunShape, problems

NORMAL = [RunShape(40, 30, 38, 40), RunShape(42, 33, 40, 42), RunShape(39, 29, 37, 39)]


@pytest.mark.parametrize(
    ("current", "expect"),
    [
        (RunShape(41, 31, 39, 41), []),
        (RunShape(30, 22, 28, 30), []),  # a quieter week is not a breakage
        (RunShape(0, 0, 0, 0), ["returned 0 postings"]),
        (RunShape(5, 4, 5, 5), ["returned 5 postings"]),
        (RunShape(40, 2, 38, 40), ["had pay"]),
        (RunShape(40, 30, 0, 40), ["had a posted date"]),
        (RunShape(40, 30, 38, 3), ["had a description"]),
    ],
)
def test_collapse_is_reported(current: RunShape, expect: list[str]) -> None:
    found = problems(current, NORMAL)
    assert len(found) == len(expect)
    for message, fragment in zip(found, expect, strict=True):
        assert fragment in message


def test_no_judgement_without_history() -> None:
    assert problems(RunShape(0, 0, 0, 0), []) == []
    assert problems(RunShape(0, 0, 0, 0), NORMAL[:1]) == []


def test_small_sources_are_not_judged_by_count() -> None:
    small = [RunShape(3, 3, 3, 3)] * 3
    assert problems(RunShape(0, 0, 0, 0), small) == []


# -- through the pipeline: a source whose postings suddenly lack dates is reported broken -----

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

from scout.config import Settings  # noqa: E402
from scout.http import Fetcher  # noqa: E402
from scout.models import Batch, RawPosting  # noqa: E402
from scout.pipeline import EXIT_PARTIAL, scrape  # noqa: E402
from scout.store import Store  # noqa: E402


class FakeBoard:
    name = "fake"
    label = "Fake board"

    def __init__(self, dated: bool, count: int = 20) -> None:
        self.dated = dated
        self.count = count

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        postings = [
            RawPosting(
                source="fake",
                source_id=str(n),
                url=f"https://fake.test/{n}",
                title=f"Teleradiologist {n}",
                posted_date=date(2026, 11, 1) if self.dated else None,
                text=f"Remote radiologist {n}, $45 per wRVU. " + "Reads CT and MR. " * 30,
            )
            for n in range(self.count)
        ]
        yield Batch("https://fake.test/", postings=postings, pages_fetched=1, complete_listing=True)


def test_a_collapse_marks_the_run_broken_and_removes_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "db")
    with Fetcher() as fetch:
        for _ in range(2):
            assert scrape(store, [FakeBoard(dated=True)], fetch, Settings()).exit_code == 0
        outcome = scrape(store, [FakeBoard(dated=False, count=3)], fetch, Settings())
    assert outcome.exit_code == EXIT_PARTIAL
    run = store.runs()[0]
    assert run["status"] == "broken" and "returned 3 postings" in run["message"]
    assert run["removed"] == 0  # a broken listing must not empty the database
    assert all(r["removed_at"] is None for r in store.postings())
