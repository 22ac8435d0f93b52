"""Volume: one phrase in, this job's volume entries out; group-wide and past figures stay out."""

from __future__ import annotations

import pytest

from scout.extract.doc import Doc
from scout.extract.pay import extract_pay

V = tuple[float | None, float | None, str, str, str]


def volumes_of(text: str) -> set[V]:
    _, volumes, evidence = extract_pay(Doc(text))
    for e in evidence:
        assert text[e.start : e.end] == e.text
    return {(v.min, v.max, v.unit, v.per, v.kind) for v in volumes}


def no_minimum_evidence(text: str) -> list[str]:
    _, _, evidence = extract_pay(Doc(text))
    return [e.text for e in evidence if e.field == "volume" and not any(c.isdigit() for c in e.text)]


CASES: list[tuple[str, set[V]]] = [
    # expected: typical, average, target, approximately
    ("Expected volume is about 60-75 wRVUs per 8-hour shift", {(60, 75, "rvu", "shift", "expected")}),
    ("Average night runs ~95 wRVU.", {(95, 95, "rvu", "shift", "expected")}),
    ("Typical night: 85–110 wRVU", {(85, 110, "rvu", "shift", "expected")}),
    ("typical night is 80-95 wRVU", {(80, 95, "rvu", "shift", "expected")}),
    ("Typical evening 50-70 studies.", {(50, 70, "study", "shift", "expected")}),
    ("Typically 25-35 studies a day, weekday daytime only.", {(25, 35, "study", "day", "expected")}),
    ("Approx. 6-8 CTs per hour, plus occasional ultrasound", {(6, 8, "study", "hour", "expected")}),
    ("About 12-15 studies an hour.", {(12, 15, "study", "hour", "expected")}),
    ("avg 6-8 RVU an hr so nothing crazy", {(6, 8, "rvu", "hour", "expected")}),
    ("Expectation is ~10-12 wRVU/hr", {(10, 12, "rvu", "hour", "expected")}),
    ("Target is about 120 screeners/day, batch reading", {(120, 120, "study", "day", "expected")}),
    (
        "approximately 80–100 screening mammograms on each day you work",
        {(80, 100, "study", "day", "expected")},
    ),
    ("Volume target is 55-65 wRVU per day.", {(55, 65, "rvu", "day", "expected")}),
    ("around 50–60 wRVUs on a typical weekday", {(50, 60, "rvu", "day", "expected")}),
    ("Average daily volume roughly 80 exams", {(80, 80, "study", "day", "expected")}),
    ("roughly 20-25 PET/CTs per week plus general nuclear medicine", {(20, 25, "study", "week", "expected")}),
    ("Target of 10,000 wRVUs per year at full time.", {(10_000, 10_000, "rvu", "year", "expected")}),
    ("typically read between 12,000 and 13,500 wRVUs a year", {(12_000, 13_500, "rvu", "year", "expected")}),
    ("Expected annual volume: approximately 12,000 wRVUs", {(12_000, 12_000, "rvu", "year", "expected")}),
    ("12k wRVUs/yr expected", {(12_000, 12_000, "rvu", "year", "expected")}),
    ("RVU target: 11,000/yr", {(11_000, 11_000, "rvu", "year", "expected")}),
    ("A typical shift runs about 90 studies", {(90, 90, "study", "shift", "expected")}),
    ("Most of our readers finish a shift with 70–90 studies.", {(70, 90, "study", "shift", "expected")}),
    ("Our readers average 55–65 wRVUs a night", {(55, 65, "rvu", "shift", "expected")}),
    ("Expect 100+ studies a night, mostly CT", {(100, None, "study", "shift", "expected")}),
    ("Figure on ~70 RVUs a night, no hard minimum.", {(70, 70, "rvu", "shift", "expected")}),
    ("~90 wRVU/shift is the norm on this team", {(90, 90, "rvu", "shift", "expected")}),
    # minimum
    (
        "Minimum annual production of 14,000 wRVUs for a full-time schedule",
        {(14_000, 14_000, "rvu", "year", "minimum")},
    ),
    (
        "A minimum of fourteen thousand wRVUs annually is required",
        {(14_000, 14_000, "rvu", "year", "minimum")},
    ),
    (
        "Each shift carries a floor of at least 60 wRVUs; most land around 75 wRVUs a shift.",
        {(60, 60, "rvu", "shift", "minimum"), (75, 75, "rvu", "shift", "expected")},
    ),
    ("At least 9 wRVU per hour required to keep the assignment", {(9, 9, "rvu", "hour", "minimum")}),
    (
        "Full-time readers are asked to produce at least 600 wRVUs a month.",
        {(600, 600, "rvu", "month", "minimum")},
    ),
    ("Productivity min. 50 RVU per shift", {(50, 50, "rvu", "shift", "minimum")}),
    ("50 RVU minimum per shift", {(50, 50, "rvu", "shift", "minimum")}),
    ("a 60 wRVU/shift floor", {(60, 60, "rvu", "shift", "minimum")}),
    ("quota of 12,000 wRVUs/year", {(12_000, 12_000, "rvu", "year", "minimum")}),
    (
        "~100 RVU a night is typical, they want min 80",
        {(100, 100, "rvu", "shift", "expected"), (80, 80, "rvu", "shift", "minimum")},
    ),
    # maximum
    (
        "No more than 120 studies per shift – we staff to that ceiling",
        {(120, 120, "study", "shift", "maximum")},
    ),
    (
        "no radiologist is assigned more than 120 studies in a single shift",
        {(120, 120, "study", "shift", "maximum")},
    ),
    (
        "Expect roughly 70 wRVU/shift; hard cap at 100 so nobody burns out.",
        {(70, 70, "rvu", "shift", "expected"), (100, 100, "rvu", "shift", "maximum")},
    ),
    (
        "Reads are capped at 100 per night; recent nights have averaged 70–85",
        {(100, 100, "study", "shift", "maximum"), (70, 85, "study", "shift", "expected")},
    ),
    ("worklists are capped at 130 wRVU per shift", {(130, 130, "rvu", "shift", "maximum")}),
    # bonus thresholds
    (
        "$2,400 per 10-hr night, plus $30/RVU for everything read beyond 110 RVUs in a shift",
        {(110, 110, "rvu", "shift", "bonus_threshold")},
    ),
    ("$1.8k/shift guaranteed + $32/wRVU over 70", {(70, 70, "rvu", "shift", "bonus_threshold")}),
    ("Every wRVU past 110 in a single shift is paid at $48", {(110, 110, "rvu", "shift", "bonus_threshold")}),
    (
        "$38 per wRVU for work RVUs above 9,500 in a calendar year",
        {(9_500, 9_500, "rvu", "year", "bonus_threshold")},
    ),
    (
        "$40–45/wRVU (45 kicks in once you pass 12,000 wRVU for the yr)",
        {(12_000, 12_000, "rvu", "year", "bonus_threshold")},
    ),
    (
        "wRVU read in the shift | Rate\nFirst 60 wRVU | $40 per wRVU\n"
        "Above 60 wRVU | $46 per wRVU\nAbove 90 wRVU | $52 per wRVU",
        {(60, 60, "rvu", "shift", "bonus_threshold"), (90, 90, "rvu", "shift", "bonus_threshold")},
    ),
    (
        "Rate card (per wRVU, resets each calendar month):\n"
        "- $36 per wRVU for your first 900 wRVUs in the month\n"
        "- $42 per wRVU from 900 to 1,400 wRVUs\n- $48 per wRVU for everything above 1,400",
        {(900, 900, "rvu", "month", "bonus_threshold"), (1_400, 1_400, "rvu", "month", "bonus_threshold")},
    ),
    ("wRVU bonus threshold: 9,000 per year", {(9_000, 9_000, "rvu", "year", "bonus_threshold")}),
    ("$50/RVU once you exceed 10,000 wRVU in a year", {(10_000, 10_000, "rvu", "year", "bonus_threshold")}),
]

CASES += [
    ("RVUs: 9,000-10,000/yr expected", {(9_000, 10_000, "rvu", "year", "expected")}),
    ("Productivity: 60-70 RVUs per 8 hrs", {(60, 70, "rvu", "shift", "expected")}),
    ("60 wRVU/8-hr shift", {(60, 60, "rvu", "shift", "expected")}),
    ("Volume (studies/shift): 60-80", {(60, 80, "study", "shift", "expected")}),
    ("Average RVUs per night: 75", {(75, 75, "rvu", "shift", "expected")}),
    (
        "RVU volume per shift: 80-100. Minimum: 60 RVUs/shift required.",
        {(80, 100, "rvu", "shift", "expected"), (60, 60, "rvu", "shift", "minimum")},
    ),
    ("Most readers do 30-40 studies per 4-hour block.", {(30, 40, "study", "shift", "expected")}),
    ("Read 100-200 screens per session.", {(100, 200, "study", "shift", "expected")}),
    ("expect 40 scans per day", {(40, 40, "study", "day", "expected")}),
    (
        "Typical day: 50-60 wRVU. Daily cap of 80 wRVU to protect quality.",
        {(50, 60, "rvu", "day", "expected"), (80, 80, "rvu", "day", "maximum")},
    ),
    (
        "Typical: 100-130 studies per night. We cap at 150. Bonus: $15/study over 130.",
        {
            (100, 130, "study", "shift", "expected"),
            (150, 150, "study", "shift", "maximum"),
            (130, 130, "study", "shift", "bonus_threshold"),
        },
    ),
    (
        "$40 per RVU (first 60 RVUs each night) and $50 per RVU thereafter.",
        {(60, 60, "rvu", "shift", "bonus_threshold")},
    ),
    (
        "Tiered: $40/wRVU up to 70 wRVU per shift, $45/wRVU for 70-90, $50/wRVU beyond 90.",
        {(70, 70, "rvu", "shift", "bonus_threshold"), (90, 90, "rvu", "shift", "bonus_threshold")},
    ),
    ("Volume: 60–80 RVUs per evening", {(60, 80, "rvu", "shift", "expected")}),
    # a "K" after a volume cue, and a workday as a day
    (
        "Base of 475k, plus wRVU bonus at $42 over 10.5K/yr",
        {(10_500, 10_500, "rvu", "year", "bonus_threshold")},
    ),
    ("$40/wRVU over 12k per year", {(12_000, 12_000, "rvu", "year", "bonus_threshold")}),
    ("Average workday runs 45-65 exams.", {(45, 65, "study", "day", "expected")}),
    (
        "No overnight call.\nAverage workday runs 45-65 exams.",
        {(45, 65, "study", "day", "expected")},
    ),
]

NOT_THIS_JOB = [
    "our group reads over 1.8 million studies a year",
    "the group reads around 1.2M exams a year",
    "The Department of Radiology performs approximately 85,000 examinations per year",
    "Our IR service performs more than 4,000 procedures a year",
    "The center performs about 48,000 screening mammograms a year",
    "Breast imaging group, 400k+ mammograms/yr across 30 sites",
    "Our group reads 500 studies a night",
    "Last year our radiologists averaged 12,800 wRVUs apiece.",
    "One of their current rads did 16,500 wRVU last yr",
    "Recent radiologists in the department have produced 10,000-12,000 wRVUs per year.",
    "The group's imaging department performs about 6,500 PET/CT studies a year",
    # commitments and counts that are not volumes
    "We ask for a commitment of at least 8 shifts per month.",
    "Min 3 shifts/week. Start next month.",
    "Two weekends a month minimum",
    "book 4-hour minimum blocks anytime",
    "Nocturnists generally hold 15–25 state licenses within their first year",
    "Medicare's conversion factor is about $33.40 per RVU, a payer's price for one relative value unit",
    "Also hiring: an IR who reads 40 studies per day at $650K.",
    "Our 12 radiologists read 300 studies a day",
    "The previous radiologist in this role read about 11,000 wRVUs last year.",
    "Last year, our night readers averaged 95 RVUs/shift",
    "Turnaround is 30 minutes for 95% of studies.",
    "RVU bonus kicks in after 10.5 hours of reading",
    "$40/wRVU over 10.5 hours",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_volume(text: str, expected: set[V]) -> None:
    assert volumes_of(text) == expected


@pytest.mark.parametrize("text", NOT_THIS_JOB)
def test_not_this_jobs_volume(text: str) -> None:
    assert volumes_of(text) == set()


@pytest.mark.parametrize(
    ("text", "negation"),
    [
        ("no RVU minimum at all", "no RVU minimum"),
        ("There is no minimum; read at your pace.", "no minimum"),
        ("No RVU minimum, no quota - read what you want.", "No RVU minimum"),
        ("No minimums, no quotas.", "No minimums"),
        ("there's no productivity minimum", "no productivity minimum"),
        ("No RVU cap and no per-shift minimum", "No RVU cap"),
        ("no minimum RVU requirement", "no minimum RVU requirement"),
        ("Minimum: none", "Minimum: none"),
        ("no productivity requirements", "no productivity requirements"),
    ],
)
def test_no_minimum_is_evidence_not_an_entry(text: str, negation: str) -> None:
    assert volumes_of(text) == set()
    assert negation in no_minimum_evidence(text)


@pytest.mark.parametrize(
    "text",
    [
        "no minimum commitment of shifts",
        "no cap on earnings",
        "No call, no weekends",
    ],
)
def test_other_negations_are_not_volume_evidence(text: str) -> None:
    assert no_minimum_evidence(text) == []
