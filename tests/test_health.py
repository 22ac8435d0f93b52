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
