"""The Greenhouse adapter on its cassettes: a whole board in one response, and the ugly cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from scout.config import Settings
from scout.models import Batch
from scout.pipeline import replay_fetcher
from scout.sources.greenhouse import GreenhouseBoard, read_pay
from tests.conftest import CASSETTES

MAIN = CASSETTES / "ats-lakeshore-telerad"
CASES = CASSETTES / "_cases"


def scrape(folder: Path, board: str = "lakeshoretelerad") -> list[Batch]:
    source = GreenhouseBoard("lakeshore-telerad", "Lakeshore Teleradiology Group", board)
    with replay_fetcher(Settings(), [folder]) as fetch:
        return list(source.scrape(fetch, Settings()))


@pytest.fixture(scope="module")
def board() -> Batch:
    batches = scrape(MAIN)
    assert len(batches) == 1
    return batches[0]


def test_the_whole_board_is_one_complete_batch_of_radiologist_jobs(board: Batch) -> None:
    assert board.pages_fetched == 1
    assert board.errors == []
    assert board.complete_listing
    assert len(board.postings) == 9
    ids = {p.source_id for p in board.postings}
    assert len(ids) == 9 and "4512378008" in ids
    assert all(
        p.url == f"https://job-boards.greenhouse.io/lakeshoretelerad/jobs/{p.source_id}"
        for p in board.postings
    )
    assert all(p.employer == "Lakeshore Teleradiology Group" for p in board.postings)
    assert all(p.body_format == "json" and p.source == "lakeshore-telerad" for p in board.postings)


@pytest.mark.parametrize(
    "title",
    [
        "Radiology Scheduling Coordinator",
        "Night Operations Coordinator – Teleradiology",
        "PACS Administrator",
        "Director of Sales – Hospital Partnerships",
        "Radiologist Assistant (RRA) – Remote Protocoling",
        "Medical Coder – Radiology (CPC, Remote)",
    ],
)
def test_other_roles_are_dropped(board: Batch, title: str) -> None:
    assert title not in {p.title for p in board.postings}


def test_a_vague_title_is_kept_when_the_description_is_a_radiologists(board: Batch) -> None:
    titles = {p.title for p in board.postings}
    assert "Locum Tenens Physician – Overnight Coverage (Remote)" in titles


def test_escaped_content_is_unescaped_into_readable_text(board: Batch) -> None:
    p = next(p for p in board.postings if p.source_id == "4588810008")
    assert "&lt;" not in p.text and "<li>" not in p.text
    assert "- 10 p.m. – 8 a.m. Central, 7 nights on, 7 off" in p.text
    head = p.text.split("\n\n", 1)[0].splitlines()
    assert head[:3] == [p.title, "Lakeshore Teleradiology Group", "Chicago, IL (Remote)"]
    assert "Work Setting: Remote" in head and "Employment Type: Full-time (W-2)" in head


def test_pay_ranges_are_kept_as_published_without_a_unit(board: Batch) -> None:
    by_id = {p.source_id: p for p in board.postings}
    shift = by_id["4588810008"].published_pay
    assert shift is not None
    assert (shift.min, shift.max, shift.currency, shift.unit) == (3250, 3500, "USD", None)
    assert shift.text is not None and shift.text.startswith("Per-shift rate")
    hourly = by_id["4570032008"].published_pay
    assert hourly is not None and (hourly.min, hourly.max, hourly.text) == (275, 300, "Hourly rate")
    assert "Pay: Hourly rate: USD 275 - 300" in by_id["4570032008"].text


def test_dates_mode_and_facts(board: Batch) -> None:
    by_id = {p.source_id: p for p in board.postings}
    neuro = by_id["4512378008"]
    assert neuro.posted_date is not None and neuro.posted_date.isoformat() == "2026-08-21"
    assert neuro.work_mode_hint == "remote"
    assert neuro.facts["requisition_id"] == "LTG-114"
    assert neuro.facts["departments"] == ["Clinical - Radiology"]
    assert by_id["4532288008"].work_mode_hint == "hybrid"


def test_unknown_board_is_a_recorded_404_with_a_hint() -> None:
    (batch,) = scrape(CASES / "ats-greenhouse-unknown", board="nosuchboard")
    assert batch.postings == [] and not batch.complete_listing
    (err,) = batch.errors
    assert err.kind == "fetch"
    assert err.url.startswith("https://boards-api.greenhouse.io/v1/boards/nosuchboard/jobs")
    assert "no job board 'nosuchboard'" in err.reason and "employers.toml" in err.reason


def test_empty_board_is_a_complete_empty_listing() -> None:
    (batch,) = scrape(CASES / "ats-greenhouse-empty")
    assert batch.postings == [] and batch.errors == []
    assert batch.complete_listing and batch.pages_fetched == 1


def test_jobs_missing_their_description_are_errors_not_silence() -> None:
    (batch,) = scrape(CASES / "ats-greenhouse-changed")
    assert batch.postings == []
    assert len(batch.errors) == 3
    assert all(e.kind == "parse" and "no description" in e.reason for e in batch.errors)
    assert {e.url.rsplit("/", 1)[-1] for e in batch.errors} == {
        "4512378008",
        "4601127008",
        "4588810008",
    }
    assert not batch.complete_listing


def test_an_html_answer_is_a_parse_error() -> None:
    (batch,) = scrape(CASES / "ats-greenhouse-html")
    (err,) = batch.errors
    assert err.kind == "parse" and "not JSON" in err.reason
    assert not batch.complete_listing


def test_read_pay_ignores_ranges_without_amounts() -> None:
    ranges = [
        {"title": "Annual salary", "currency_type": "USD"},
        {"min_cents": 50000000, "max_cents": None, "currency_type": "USD", "title": "Salary"},
        "junk",
    ]
    (pay,) = read_pay(ranges)
    assert (pay.min, pay.max, pay.text) == (500000, None, "Salary")
    assert read_pay(None) == []
