"""Shift types from words and clock ranges; negated, outsourced and rotation-only mentions do not count."""

from __future__ import annotations

import pytest

from scout.extract.doc import Doc
from scout.extract.facts_scope import build_scope
from scout.extract.facts_shifts import shifts


def read(text: str) -> list[str]:
    kinds, evidence = shifts(build_scope(Doc(text)))
    assert len(evidence) == len(kinds)
    assert all(text[e.start : e.end] == e.text for e in evidence)
    return sorted(kinds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nighthawk Teleradiologist - 1099", ["overnight"]),
        ("Night float radiologist", ["overnight"]),
        ("This is a days position.", ["day"]),
        ("Keep your day job and read evenings with us", ["evening"]),  # an idiom, not a day shift
        ("Overnight coverage, 7 on/7 off", ["overnight"]),
        ("Nights, 10 p.m. to 8 a.m. Eastern", ["overnight"]),
        ("$2,000 per night guaranteed", ["overnight"]),
        ("Our nocturnists read exclusively from home.", ["overnight"]),
        ("Remote reads 9pm-7am CST", ["overnight"]),
        ("Coverage: 10p-8a", ["overnight"]),
        ("Swing 3p-11p Central", ["evening"]),
        ("Evening shifts, 3 p.m.–11 p.m. Central", ["evening"]),
        ("5p-1a Eastern, pick your evenings", ["evening", "flexible"]),
        ("6p-2a Central, reading ER CT", ["evening"]),
        ("2 eve shifts/wk", ["evening"]),
        ("Weekday day shifts", ["day"]),
        ("Mon-Fri days, no nights/wknds", ["day"]),
        ("M-F days, 8 hr shifts", ["day"]),
        ("Shift: Days", ["day"]),
        ("FTE: 1.0 | Shift: Day", ["day"]),
        ("Tour of duty is 8:00 a.m. to 4:30 p.m., Monday through Friday.", ["day"]),
        ("Hours are Monday through Friday, 7:30 to 5:00.", ["day"]),
        ("Monday through Friday daytime schedule", ["day"]),
        ("Telerad day reads - W2 or 1099", ["day"]),
        ("Four-day work week, days only (7:30-4:30)", ["day"]),
        ("Sat/Sun 7a-7p Central, from home", ["day", "weekend"]),
        ("Saturday and Sunday day shifts, 8a-6p ET", ["day", "weekend"]),
        ("WEEKEND DAYS - telerad", ["day", "weekend"]),
        ("One weekend in six, covering Saturday and Sunday daytime", ["day", "weekend"]),
        ("Plus one Saturday day shift a month", ["day", "weekend"]),
        ("One weekend in eight.", ["weekend"]),
        ("Weekend overnights (Friday, Saturday and Sunday nights)", ["overnight", "weekend"]),
        ("Day, evening and overnight lines are available.", ["day", "evening", "overnight"]),
        ("Days & Evenings", ["day", "evening"]),
        ("Day shifts 8a-6p and night shifts 8p-6a", ["day", "overnight"]),
        ("Daytime (7a-5p CT): $275/hr; Overnight (10p-8a CT): $325/hr", ["day", "overnight"]),
        ("Faculty participate in evening and weekend shifts on a rotating schedule.", ["evening", "weekend"]),
        # flexible
        ("Self-scheduling: each month you choose the shifts you want.", ["flexible"]),
        ("There are no scheduled shifts; you set your own hours.", ["flexible"]),
        ("Work whenever it suits you.", ["flexible"]),
        ("Choose the shifts you want to work.", ["flexible"]),
        ("You pick your own days, no fixed schedule.", ["flexible"]),
        ("Radiologists sign up for the ones they want.", ["flexible"]),
        ("Read whenever you want.", ["flexible"]),
        ("Pick up extra shifts as you like.", ["flexible"]),
        ("Flexible scheduling: book 4-hour blocks.", ["flexible"]),
        # negated, outsourced, not shifts
        ("No nights, no weekends.", []),
        ("There is no weekend or overnight call in this section.", []),
        ("No weekends. No overnights.", []),
        ("We don't staff overnights; a nighthawk partner covers those hours.", []),
        ("Overnight interpretations are provided by a contracted nighthawk service.", []),
        ("Weekend and overnight reads are sent to an outside teleradiology group.", []),
        ("Evening and weekend coverage is handled by a separate team.", []),
        ("Overnight preliminary reads are provided by the residents.", []),
        ("They use a nighthawk for nights.", []),
        ("Schedule: Mon–Fri 8a–5p, no call (nights go to a teleradiology group)", ["day"]),
        ("No call, no weekends - daytime hours only, 8 to 5.", ["day"]),
        ("7on/7off rotation", []),
        ("Start date flexible; 10-12 shifts per month", []),
        ("Rates are the same day or night.", []),
        ("The American night is their daytime.", []),
        ("Evenings are best for me for a call.", []),
        ("Travel: flights home every other weekend.", []),
        ("$2,600/day, 10 days per month, two days a week on site", []),
        ("Read whenever you want between 6a and 10p ET.", ["flexible"]),
        ("a fixed schedule they choose at hiring: a day line (7a-4p) or an evening line", ["day", "evening"]),
        ("Nights are booked in 7-day blocks.", ["overnight"]),
        (
            "A limited home-reading arrangement for evening coverage is being studied, but it is not part "
            "of this appointment.",
            [],
        ),
    ],
)
def test_shifts(text: str, expected: list[str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Third shift coverage, 11p-7a.", ["overnight"]),
        ("Business hours only, Monday to Friday.", ["day"]),
        ("Every third weekend.", ["weekend"]),
        ("Make your own schedule.", ["flexible"]),
        ("Create your own schedule through our shift marketplace.", ["flexible"]),
        ("Work as much or as little as you want.", ["flexible"]),
        ("Choose your own hours.", ["flexible"]),
        ("Nocturnal teleradiology", ["overnight"]),
        ("We ship the workstation before your first shift.", []),
        ("By your second shift you will be on your own.", []),
        ("Monday-Friday 8-5, no call.", ["day"]),
        ("Weekend coverage is provided by our per diem pool.", []),
        ("Overnight reads are outsourced.", []),
        ("Evening studies are sent to an outside group.", []),
    ],
)
def test_shift_siblings(text: str, expected: list[str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 24-hour clock ranges
        ("The standard schedule is 0700-1500 weekdays.", ["day"]),
        ("Hours 0800-1700 M-F.", ["day"]),
        ("Remote line, 1400-2300 ET, Mon-Fri.", ["evening"]),
        ("Coverage 1600-0000 Pacific.", ["evening"]),
        ("Shift is 2200-0800 ET.", ["overnight"]),
        ("Block runs 19:00–07:00.", ["overnight"]),
        ("Swing 3p-11p", ["evening"]),
        # not clock times
        ("Grew from 2000-2015 to a 40-rad group.", []),
        ("Expect 1200-1500 wRVUs a month.", []),
        ("Call 555-0100 or 1-800-555-1200.", []),
        ("Salary $1000-1200 per day.", []),
        # words
        ("Graveyard shift, 7 on / 7 off", ["overnight"]),
        ("Swing shift coverage", ["evening"]),
        ("Days only, no nights.", ["day"]),
        ("Saturday and Sunday day shifts, 0800–2000", ["day", "weekend"]),
        # call is not a shift worked; others' overnight work
        ("Weekday daytime hours, with home call shared 1:5 including weekend call.", ["day"]),
        ("Weekend call is shared from home on a 1:6 rotation.", []),
        ("Overnight, residents issue preliminary reports with staff backup.", []),
        ("Overnight call from home, 7 on / 7 off.", ["overnight"]),
        ("Overnight neuro reads are covered by the health system's emergency teleradiology partner.", []),
        # flexible, and PRN is not
        ("At least two shifts a month; choose your own from the open calendar.", ["flexible"]),
        ("Pick up as many or as few blocks as you like each month.", ["flexible"]),
        ("PRN coverage when our staff are out; we call you in as needed.", []),
        ("Per diem, called in to cover vacations.", []),
    ],
)
def test_shifts_settled_later(text: str, expected: list[str]) -> None:
    assert read(text) == expected
