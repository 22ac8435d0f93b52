"""Work mode and employment type: one phrase in, the value read out (near-misses included)."""

from __future__ import annotations

import pytest

from scout.extract.doc import Doc
from scout.extract.facts_employment import employment_type, work_mode
from scout.extract.facts_scope import build_scope


def mode(text: str) -> str | None:
    return work_mode(build_scope(Doc(text)))[0]


def footing(text: str) -> str | None:
    return employment_type(build_scope(Doc(text)))[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # remote
        ("100% remote, read from home", "remote"),
        ("Fully remote position.", "remote"),
        ("Location: Remote (United States)", "remote"),
        ("Work from home anywhere in the US.", "remote"),
        ("WFH, 7on/7off nights", "remote"),
        ("Home-based reading for a 3-hospital system.", "remote"),
        ("Read from the comfort of your own home.", "remote"),
        ("You read from your home office on our cloud PACS.", "remote"),
        ("Teleradiology - work from anywhere in the lower 48.", "remote"),
        ("This position is performed entirely from the radiologist's home.", "remote"),
        ("Telecommuting position for a board-certified radiologist.", "remote"),
        ("The position is performed remotely.", "remote"),
        # on site
        ("This is an on-site position.", "onsite"),
        ("All reading is done in person at the hospital.", "onsite"),
        ("Setting | Hospital, on-site", "onsite"),
        ("Emergency Radiologist - In-House Overnight", "onsite"),
        ("This is not a remote position.", "onsite"),
        ("No remote reading is offered for this position.", "onsite"),
        ("Telework eligible: No", "onsite"),
        ("Telework is not available for this position.", "onsite"),
        ("The department does not offer a teleradiology or work-from-home option.", "onsite"),
        ("We have no teleradiology positions; reading happens at the hospital.", "onsite"),
        ("You'll be reading in our reading rooms alongside colleagues, not from a home office.", "onsite"),
        ("Remote reading is not offered for this position.", "onsite"),
        ("Onsite coverage at a critical access hospital.", "onsite"),
        # hybrid
        ("Hybrid: three days on site, two days from home.", "hybrid"),
        ("Work arrangement: Hybrid", "hybrid"),
        ("Three days a week on site at our center, two days a week remote.", "hybrid"),
        ("Faculty read on site three days per week and from home two days per week.", "hybrid"),
        ("Work is a mix of on-site and home reading.", "hybrid"),
        ("4 days/wk in the hospital reading rooms, 1 day/wk from home", "hybrid"),
        ("Tues/Wed/Thu on-site at the hospital; Mon + Fri you read from home.", "hybrid"),
        ("Two shifts each week on site and the remaining shifts from home.", "hybrid"),
        # near-misses and undecided
        ("This is not a remote or hybrid role.", "onsite"),
        ("Positions can be remote, on-site, or a mix of both.", None),
        ("Radiologist (Remote or On-Site)", None),
        ("Competitive salary and a comprehensive benefits package.", None),
        ("Our on-site technologists handle patient contact.", None),
        ("IR call is taken from home with a 30-minute return time.", None),
        ("Serving remote communities across the region.", None),
        ("Start date flexible; no on-site days.", None),
        (
            "A limited home-reading arrangement is being studied, but it is not part of this appointment.",
            None,
        ),
        ("We provide remote PACS access for call.", None),
    ],
)
def test_work_mode(text: str, expected: str | None) -> None:
    assert mode(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Independent contractor (1099)", "1099"),
        ("IC / 1099", "1099"),
        ("Contract (1099) position", "1099"),
        ("Engagement: independent contractor", "1099"),
        ("Paid as a 1099 contractor through our agency.", "1099"),
        ("Contract radiologists wanted.", "1099"),
        ("Self-employed readers welcome.", "1099"),
        ("W-2 employee with benefits", "w2"),
        ("W2, employed", "w2"),
        ("This is a hospital-employed position.", "w2"),
        ("Employee type: Regular employee, full time", "w2"),
        ("University employment with full benefits.", "w2"),
        ("As a federal employee you will be eligible for FEHB.", "w2"),
        ("Associates are employees of the group until they make partner.", "w2"),
        ("W-2 or 1099 - your choice.", "either"),
        ("Join as a W-2 employee or contract with us as a 1099 independent contractor.", "either"),
        ("W2 = $480K base. 1099 = $2,100/shift.", "either"),
        # negated footing
        ("This is NOT a 1099 arrangement; locums are paid W-2 through our payroll.", "w2"),
        ("Independent contractor only; we are not able to offer W-2 employment.", "1099"),
        ("1099 contract (no W-2 option on this one)", "1099"),
        ("W-2 employee, not IC", "w2"),
        ("Everyone contracts with us as an independent contractor; we do not offer employment.", "1099"),
        # near-misses
        ("Cedar Valley Health is an equal opportunity employer.", None),
        ("All qualified applicants will receive consideration for employment.", None),
        ("Overnight studies are read by a contracted teleradiology service.", None),
        ("Locum tenens coverage, 2-week blocks.", None),
        ("Salary $1,099 per shift", None),
        ("Partnership track after two years.", None),
        ("ICU and ED coverage", None),
    ],
)
def test_employment_type(text: str, expected: str | None) -> None:
    assert footing(text) == expected


def test_evidence_points_at_the_words() -> None:
    text = "Telerad nights. 1099 independent contractor. Read from home."
    scope = build_scope(Doc(text))
    for value, evidence in (work_mode(scope), employment_type(scope)):
        assert value is not None
        assert evidence and all(text[e.start : e.end] == e.text for e in evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remote-first teleradiology practice.", "remote"),
        ("Virtual reading position.", "remote"),
        ("Location: Anywhere, USA", "remote"),
        ("Option to read from home one day per week; the rest on site.", "hybrid"),
        ("Partially remote: 2 days in clinic, 3 days at home.", "hybrid"),
        ("Faculty split their week between the hospital and home reading.", "hybrid"),
        ("4 days in office, 1 WFH.", "hybrid"),
        ("This role requires on-site presence at our imaging center.", "onsite"),
        ("Virtually all studies are CT.", None),
    ],
)
def test_work_mode_siblings(text: str, expected: str | None) -> None:
    assert mode(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You'll contract through your own PC or LLC.", "1099"),
        ("Employed physician with full benefits.", "w2"),
        ("Employed or independent contractor options available.", "either"),
        ("Contract role, EUR 250/hr or $270/hr.", "1099"),
    ],
)
def test_employment_siblings(text: str, expected: str | None) -> None:
    assert footing(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("W-2 position: unlike independent contractor roles, you receive full benefits.", "w2"),
        ("1099 only; rather than employees, we engage contractors.", "1099"),
    ],
)
def test_contrast_is_not_an_offer(text: str, expected: str | None) -> None:
    assert footing(text) == expected
