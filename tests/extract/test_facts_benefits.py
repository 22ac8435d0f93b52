"""Benefits named in a posting; negated lists, EEO wording and organisation names do not count."""

from __future__ import annotations

import pytest

from scout.extract.doc import Doc
from scout.extract.facts_benefits import benefits
from scout.extract.facts_scope import build_scope


def read(text: str) -> list[str]:
    kinds, evidence = benefits(build_scope(Doc(text)))
    assert all(text[e.start : e.end] == e.text for e in evidence)
    return sorted(kinds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medical, dental and vision insurance", ["health"]),
        ("Health insurance, 401(k) with profit sharing, 8 weeks vacation", ["health", "pto", "retirement"]),
        ("W2 = $480K base + health + 401k.", ["health", "retirement"]),
        ("bennies: health, 401k, disability, 6 wks PTO", ["disability", "health", "pto", "retirement"]),
        (
            "Benefits: med/dental, 401k w/ match, LTD, 5 wks PTO",
            ["disability", "health", "pto", "retirement"],
        ),
        ("6 wks PTO, 401k w/ match, health", ["health", "pto", "retirement"]),
        ("Employer-paid health plan for you and your family", ["health"]),
        ("Private health insurance contribution", ["health"]),
        ("Group medical and dental", ["health"]),
        ("Federal Employees Health Benefits (FEHB)", ["health"]),
        ("403(b) retirement plan with employer contribution and a 457(b) plan", ["retirement"]),
        ("Thrift Savings Plan with agency matching and a FERS pension", ["retirement"]),
        ("Superannuation paid on top at the statutory rate", ["retirement"]),
        ("A group RRSP pension plan with employer matching", ["retirement"]),
        ("A retirement plan with employer contribution", ["retirement"]),
        ("Annual CME allowance of $5,000", ["cme"]),
        ("Up to $1,000 and five days of paid absence per year for continuing medical education", ["cme"]),
        ("an annual professional development fund for books and dues", ["cme"]),
        ("Six weeks of paid time off", ["pto"]),
        ("26 days of annual leave and 13 days of sick leave", ["pto"]),
        ("Generous paid leave", ["pto"]),
        ("Long-term disability and term life insurance", ["disability", "life"]),
        ("Life and long-term disability insurance", ["disability", "life"]),
        ("Employer-paid basic life and long-term disability", ["disability", "life"]),
        ("Federal Employees' Group Life Insurance", ["life"]),
        ("disability and life coverage", ["disability", "life"]),
        # negated, decoys
        ("No benefits (it's 1099).", []),
        ("PRN positions are not eligible for health, retirement or paid time off benefits.", []),
        ("Our contractors do not receive health, retirement or other benefits.", []),
        ("Benefits are not offered for contract positions.", []),
        ("Your nights off are your own; there's no separate PTO bank.", []),
        ("A comprehensive benefits package.", []),
        ("Cedar Valley Health, Department of Radiology", []),
        ("A great quality of life near the coast.", []),
        ("Women, minorities, individuals with disabilities and veterans are encouraged to apply.", []),
        ("without regard to race, color, religion, sex, national origin, disability or veteran status", []),
        ("Locum coverage for physician vacation coverage in July.", []),
        ("Relocation assistance and student loan repayment.", []),
        ("Northern Lakes Health System is a twelve-hospital system.", []),
    ],
)
def test_benefits(text: str, expected: list[str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Health, dental & vision; HSA; 401k", ["health", "retirement"]),
        ("STD/LTD and life", ["disability", "life"]),
        ("Paid holidays and 30 days PTO", ["pto"]),
        ("Six weeks off per year plus CME", ["cme", "pto"]),
        ("Schedule: one week on / two weeks off.", []),
        ("Big sky and fly fishing on your week off.", []),
    ],
)
def test_benefit_siblings(text: str, expected: list[str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading line above the list is not an organisation's name
        ("Benefits\nHealth, dental and vision plans; 401(k) with a 5% match", ["health", "retirement"]),
        ("BENEFITS\nHealth and dental insurance", ["health"]),
        ("Health, 401k, 6 weeks off, CME.", ["cme", "health", "pto", "retirement"]),
        ("eight weeks vacation, LTD and term life", ["disability", "life", "pto"]),
        ("Seven weeks off, paid.", ["pto"]),
        ("two weeks off at Christmas plus 4 wks PTO", ["pto"]),
        # someone else's leave that this job covers
        ("PRN coverage for vacation gaps and CME weeks at a 25-bed hospital.", []),
        ("We call on PRN physicians when a staff reader is out for vacation, CME or illness.", []),
        ("Locums to cover for partners' vacations and CME time.", []),
        ("Fill-in for staff vacation, 2-3 weeks a quarter.", []),
        ("Cedar Valley Health\nRadiology Department", []),
        # rotations are not time off
        ("Nights, 7 on / 7 off: one week on, two weeks off.", []),
        ("Two weeks on, two weeks off rotation.", []),
        ("Work 2 weeks off then 1 week on.", []),
    ],
)
def test_benefits_settled_later(text: str, expected: list[str]) -> None:
    assert read(text) == expected
