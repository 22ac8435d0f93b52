"""Compact renderings: money, ranges, pay as posted, quota, flags."""

from __future__ import annotations

import pytest

from scout.extract.contract import Pay, Range, Terms, Volume
from scout.present import flag_markers, money_range, pay_as_posted, quota_text


@pytest.mark.parametrize(
    ("lo", "hi", "text"),
    [
        (42, 42, "$42"),
        (40, 45, "$40–45"),
        (550_000, 650_000, "$550–650k"),
        (2100, 2100, "$2.1k"),
        (525_000, None, "from $525k"),
        (None, 750_000, "up to $750k"),
        (None, None, "?"),
        (42.5, 42.5, "$42.50"),
    ],
)
def test_money_range(lo: float | None, hi: float | None, text: str) -> None:
    assert money_range(lo, hi) == text


def test_pay_as_posted_uses_terms_then_the_board() -> None:
    terms = Terms(pay=Pay(models=["per_rvu"], per_rvu_usd=Range(min=42, max=42)))
    assert pay_as_posted(terms) == "$42/RVU"
    shift = Terms(pay=Pay(models=["per_shift"], per_shift_usd=Range(min=2100, max=2100)))
    assert pay_as_posted(shift) == "$2.1k/shift"
    assert pay_as_posted(Terms(), {"min": 250, "max": 300, "unit": "HOUR"}) == "$250–300/h"
    assert pay_as_posted(Terms(pay=Pay(models=["salary"]))) == "salary (no figure)"
    assert pay_as_posted(Terms()) == "not stated"


def test_quota_and_flags() -> None:
    t = Terms(
        volume=[
            Volume(min=90, max=110, unit="rvu", per="shift", kind="expected"),
            Volume(min=12000, max=12000, unit="rvu", per="year", kind="bonus_threshold"),
        ]
    )
    assert quota_text(t) == "~90–110 RVU/shift"
    assert flag_markers(["critical", "warning", "warning", "note"]) == "!!1 !2 ·1"
    assert flag_markers([]) == "-"
