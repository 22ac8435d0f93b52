"""What one amount of money is: this job's pay on some basis, its sign-on bonus, or a decoy.

The basis follows the unit written next to the amount ("$300/hr" under a "Salary:" label is hourly);
without one, a label just before it ("Base salary | $650,000", "Day shift (8 hours): $1,650"), the
list it continues ("$52 per wRVU for neuro, $48 for body"), the table or list header above it ("Study
| Rate per read"), then its size (six figures is a salary). Decoys, sign-on bonuses and premiums
over the base rate are told apart by `pay_decoys`. All patterns read lowercase text.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Literal, NamedTuple

from scout.extract.money import Money
from scout.extract.pay_decoys import WORD, is_decoy, is_increment, is_restated, is_sign_on
from scout.extract.pay_scope import Text


def _words(spaced: str) -> list[str]:
    """The words of a space-separated list (keeps long vocabularies readable)."""
    return spaced.split()


Basis = Literal["per_rvu", "per_study", "per_shift", "hourly", "daily", "annual"]
Kind = Literal["pay", "sign_on"]

# Plausible sizes per basis, in dollars: outside them a unit guess is wrong (or the figure is a decoy).
_RANGE: dict[str, tuple[float, float]] = {
    "per_rvu": (10, 200),
    "per_study": (1, 500),
    "hourly": (50, 2_000),
    "per_shift": (300, 10_000),
    "daily": (300, 10_000),
    "annual": (50_000, 2_000_000),
}
_SIGN_ON_RANGE = (1_000, 500_000)
_NEVER_PAY = 1_000_000  # millions of dollars are revenue, funding or policy limits, never a radiologist's pay
_SIX_FIGURES = 100_000

# Checked after the sign-on cue: an amount named as a bonus or incentive has no pay basis.
_NOT_BASIS_AFTER = re.compile(
    r"\s*(?:annual |yearly |year-end |quarterly |quality |performance |productivity |production |retention "
    r"|completion |profit[- ]sharing |stay )*(?:bonus|incentive|kicker|profit|retention|productivity"
    r"|production)"
)
_LEAD_CUT = re.compile(r"[;+]|,?\s(?:and|plus|with|while)\s")
_CUT = re.compile(r"[,.;:()|+&]|\s(?:plus|and|with|or|but|then|w/|through|via)\s")
_UP_TO = re.compile(
    r"(?:\bup to|as much as|as high as|maximum of|max of|capped at)\s*(?:a maximum of\s*)?$"
    r"|\b(?:salary|pay|compensation|comp|base|income|range)\s*:?\s*to\s*$"  # "Salary: To $550k"
)
_OPEN_HIGH = re.compile(
    r"(?:(?<!range )(?<!ranges )\bfrom|starting (?:at|from)|starts at|beginning at|begins at|minimum of"
    r"|at least|north of|more than|in excess of|no less than|upwards of|a minimum of|\bover|\babove"
    r"|\bstarting\s+(?:base\s+)?(?:salary|pay|compensation|rate)\s*(?:is|of|at|:)?)\s*$"
)
_OR_MORE = re.compile(r"\s*(?:or more|and up|or higher)\b")
# The unit written right after an amount: "/wRVU", "per 10-hr night", "an hour", "annually".
_LEAD = re.compile(
    r"\s*(?:usd\s*)?"
    r"(?:(?P<adv>per annum|p\.a\.|p/h|annually|annual|yearly|hourly|daily|weekly|monthly|nightly)\b"
    r"|(?P<lead>/|per\b|an?\b|each\b|every\b|for (?:an?|each|every)\b))"
)
_TOKEN = re.compile(r"[a-z0-9][\w-]*")
_UNIT_WORDS: dict[str, str] = {
    **dict.fromkeys(["rvu", "rvus", "wrvu", "wrvus"], "per_rvu"),
    **dict.fromkeys(
        _words(
            "study studies read reads exam exams examination examinations case cases click clicks "
            "screener screeners screen screens diag diags mammogram mammograms film films report reports "
            "scan scans mri mr ct cta xr x-ray radiograph radiographs ultrasound us pet"
        ),
        "per_study",
    ),
    **dict.fromkeys(
        _words("shift shifts night nights weeknight weeknights overnight overnights block blocks"),
        "per_shift",
    ),
    **dict.fromkeys(["hour", "hours", "hr", "hrs", "h"], "hourly"),
    **dict.fromkeys(["day", "days", "weekday", "weekdays"], "daily"),
    **dict.fromkeys(["week", "weeks", "wk", "weekend", "weekends"], "week"),
    **dict.fromkeys(["month", "months", "mo"], "month"),
    **dict.fromkeys(["year", "years", "yr", "yrs", "annum"], "annual"),
}
# Unit words that can qualify the next one: "per weekend day shift", "per night shift", "/breast MRI".
_COMPOUND = frozenset(
    ["weekend", "weekends", "day", "weekday", "night", "overnight", "evening", "screening", "breast"]
)
_READING = frozenset(["reading", "working"])
_ADVERBS = {"annually": "annual", "annual": "annual", "yearly": "annual", "per annum": "annual",
            "p.a.": "annual", "p/h": "hourly", "hourly": "hourly", "daily": "daily", "weekly": "week",
            "monthly": "month",
            "nightly": "per_shift"}  # fmt: skip
_DURATION = frozenset(_words("hour hours hr hrs h"))
_SMALL_NUMBERS = frozenset(_words("four five six seven eight nine ten eleven twelve fourteen sixteen twenty"))
_MODIFIER = re.compile(
    r"(?:\d[\w.-]*|[a-z]+-(?:hours?|hrs?|h|days?)|extra|additional|finalized|final|screening|diagnostic"
    r"|breast"
    r"|cardiac|chest|completed|billable|work|regular|standard|single|full|typical|scheduled|weekend|weekday"
    r"|general|nuclear|medicine|nm|neuro|body|msk|pediatric|peds|plain|routine|oncologic|cross-sectional"
    r"|inpatient|outpatient|ed|er|emergency|stat|complex|simple|advanced|head|brain|spine|abdominal|vascular"
    r"|day|evening|overnight|clinical|credited|professional|physician|total|reading|working)"
)

# A label just before the amount: "Base salary | $650,000", "Day shift (8 hours): $1,650".
_LABEL_WORDS: dict[str, str] = {
    **dict.fromkeys(_words("rvu rvus wrvu wrvus per-rvu per-wrvu"), "per_rvu"),
    **dict.fromkeys(
        _words("shift shifts night nights overnight overnights weeknight weeknights per-shift"), "per_shift"
    ),
    **dict.fromkeys(_words("hourly"), "hourly"),
    **dict.fromkeys(_words("daily"), "daily"),
    **dict.fromkeys(_words("per-study per-read per-exam per-click per-case"), "per_study"),
    **dict.fromkeys(
        _words(
            "salary salaries base compensation comp tc guarantee guaranteed guarantees annual annually yr "
            "yrs "
            "year years income package ote pay"
        ),
        "annual",
    ),
}
_LABEL_PAIRS: dict[tuple[str, str], str] = {
    ("per", "hour"): "hourly",
    ("per", "day"): "daily",
    ("day", "rate"): "daily",
    **{("per", unit): "per_study" for unit in _words("study read exam click case")},
}
# A header or list title declaring the unit for the rows below it.
_HEADER = re.compile(
    r"(?P<per_study>per[- ](?:finalized |screening |completed )?(?:study|read|exam|click|case)\b"
    r"|rate per (?:read|study)"
    r"|per-click)|(?P<per_rvu>per[- ]w?rvu\b|rate card[^\n]{0,20}w?rvu)"
    r"|(?P<per_shift>per[- ]shift\b|shift rates?\b|\bshift\b[^\n]{0,30}\brates?\b|per night\b)"
    r"|(?P<hourly>per hour\b|hourly rates?\b)|(?P<daily>per day\b|daily rates?\b|day rates?\b)"
)
_SHORT_LINE = 100
_BONUS_WORDS = frozenset(_words("bonus bonuses incentive incentives kicker"))
_LIST_GAP = 40
_HOLIDAYS = frozenset(("holiday", "holidays"))
_ADD_ON = re.compile(r"\bplus\b|\+|bonus|\bextra\b|additional|holiday|\bcall\b|differential")
_EACH_AFTER = re.compile(r"\s*(?:each|apiece|a\s+(?:session|block))\b")
_SESSION_BEFORE = re.compile(r"\b(?:sessions?|blocks?|half[\s-]days?)\b")
_SESSIONS_PAY = re.compile(
    r"\b(?:sessions?|blocks?|shifts?|swings?)\s+(?:pay|pays|are\s+paid|is\s+paid|earn|earns)\s+(?:at\s+)?$"
)
_GUARANTEED = re.compile(r"\bguarantee(?:d|s)?\s+(?:minimum|floor)\s+(?:of\s+)?$")
_FOR_REFERENCE_FIRST = re.compile(r"\W*(?:just\s+)?for\s+(?:reference|comparison|context)\b")
_CALL_PAID = re.compile(
    r"(?<!no )\bcall\s+(?:(?:nights?|days?|shifts?|weekends?)\s+)?(?:is|are|gets?)\s+"
    r"(?:[^.;]{0,120}?\b(?:is|are)\s+)?(?:compensated|paid|reimbursed)\b"
)
_SHIFT_AFTER = re.compile(r"\s*(?:per[- ])?(?:shift|night)s?\b")
_BARE_SALARY_AFTER = re.compile(
    r"\s*(?:$|[,.;)\-–+(]|base|salary|guarantee|tc\b|total|doe\b|depending|plus|w/|with|to start|starting"
    r"|first|per year|a year|/\s?yr|annual|range)"
)
_MODALITY = re.compile(
    r"\b(?:x-?rays?|radiographs?|plain films?|xr|cr|dr|ct|cta|mri?|mra|ultrasound|us|sonography|mammo\w*|dbt"
    r"|screening|diagnostic|tomo\w*|pet(?:/ct)?|nuc\w*|nm|fluoro\w*|dexa|studies|study|reads?)\b[^$"
    r"|]{0,40}[:|]?\s*$"
)
_MODALITY_MAX = 250


class Figure(NamedTuple):
    """One amount read as this job's pay (on `basis`) or its sign-on bonus, with its evidence span."""

    money: Money
    kind: Kind
    basis: Basis | None
    lo: float | None
    hi: float | None
    start: int
    end: int
    increment: bool = False  # "+$10/wRVU" on weekends: added to this basis's base rate


def classify(
    text: Text, money: Money, floor: int, ceiling: int, previous: Figure | None = None
) -> Figure | None:
    """Read one amount; `floor`/`ceiling` are the neighbouring amounts' ends, which bound its context.

    `previous` is the pay figure read just before it, whose basis a list continues ("$52 per wRVU
    for neuro, $48 for body").
    """
    if money.hi >= _NEVER_PAY and money.is_usd:
        return None
    lead = text.before(money.start, floor)
    tail = text.after(money.end, ceiling)
    near_tail = _CUT.split(tail, maxsplit=1)[0]
    near_lead = _LEAD_CUT.split(lead)[-1]
    lead_words = WORD.findall(near_lead)
    lead_set = set(lead_words)
    tail_set = set(WORD.findall(near_tail))
    restated = floor > 0 and text.clause_start(money.start) <= floor and is_restated(lead)
    said = text.low[text.clause_start(money.start) : money.start]
    if "call" in said and _CALL_PAID.search(said):
        return None  # "IR call is taken from home 1 in 5, and is compensated at $1,000 a night": call pay
    if _FOR_REFERENCE_FIRST.match(said):
        return None  # "For reference, full-time (1.0 FTE) radiologists in the department are paid ..."
    increment = is_increment(lead, lead_set, near_tail, tail_set)
    if restated or is_decoy(near_lead, lead_set, near_tail, tail_set, premium=increment):
        return None
    if increment and not _HOLIDAYS.isdisjoint(lead_set | tail_set | set(WORD.findall(lead[-40:]))):
        return None  # "holiday shifts carry a $400 differential": an occasional add-on, like call pay (GUIDE)
    if is_sign_on(near_lead, lead_set) or is_sign_on(near_tail, tail_set):
        low, high = _SIGN_ON_RANGE
        if (money.bare and money.hi < 1000) or not low <= money.hi <= high:
            return None
        return Figure(money, "sign_on", None, money.hi, money.hi, money.start, money.end)
    if _NOT_BASIS_AFTER.match(tail):
        return None
    basis, unit_end = _unit_after(tail)
    if basis == "annual" and money.bare and _label_before(lead_words, money.hi) != "annual":
        return None  # "reads 50,000 per year" is no salary; "Salary 500,000 per year" is
    if basis is None and increment and previous is not None and previous.kind == "pay":
        basis = previous.basis  # "$2,000 per shift, weekends +$500"
    elif basis is None and money.is_usd:
        basis = _implied_basis(text, money, near_lead, lead_words, tail, previous)
    elif basis is None:  # another currency: only a unit or a label says what it pays for
        basis = _label_before(lead_words, None)
    if basis not in _RANGE or (money.is_usd and not _fits(basis, money, increment)):
        return None
    lo: float | None = money.lo
    hi: float | None = money.hi
    end = lead[-30:]
    if _UP_TO.search(end):
        lo = None
    elif (money.plus or _OPEN_HIGH.search(end) or _OR_MORE.match(tail, unit_end)) and not (
        basis == "per_shift" and _GUARANTEED.search(end)
    ):
        hi = None  # "from $525k"; but "a guaranteed minimum of $1,750 per shift" is that figure (GUIDE)
    end_at = money.end + unit_end
    return Figure(money, "pay", basis, lo, hi, money.start, end_at, increment)  # type: ignore[arg-type]


def _implied_basis(
    text: Text, money: Money, lead: str, lead_words: list[str], tail: str, previous: Figure | None
) -> str | None:
    """The basis of an amount written without a unit: its label, its list, its table header, its size."""
    if _BONUS_WORDS.intersection(lead_words[-4:]):
        # "wRVU bonus at $42 over 10.5K" states its basis; "productivity bonus of ~$100k" does not
        unit = _bonus_unit(lead_words[-4:])
        return unit if unit is not None and _fits(unit, money) else None
    label = _label_before(lead_words, money.hi)
    if label is None and (
        _SESSIONS_PAY.search(lead[-40:]) or (_EACH_AFTER.match(tail) and _SESSION_BEFORE.search(lead[-60:]))
    ):
        label = "per_shift"  # "Saturday sessions pay $1,900 each": a block of hours is a shift (GUIDE)
    if money.bare:  # "450-550K" needs a salary cue or salary-like wording after it
        if label == "annual" or (money.lo >= _SIX_FIGURES and _BARE_SALARY_AFTER.match(tail)):
            return "annual"
        return None
    if label is None and _SHIFT_AFTER.match(tail):
        label = "per_shift"  # "$2,000 shift minimum", "$2,000 night guarantee"
    if label is None and previous is not None and previous.basis is not None and previous.kind == "pay":
        gap = text.low[previous.end : money.start]
        add_on = _ADD_ON.search(gap)
        if add_on is not None and add_on.group() == "holiday" and money.lo >= 0.6 * previous.money.hi:
            add_on = None  # "$1,900/shift; holiday weekends $2,600": a second rate, not a $700 add-on
        if len(gap) <= _LIST_GAP and "\n" not in gap.strip(" ") and add_on is None:
            label = previous.basis if _fits(previous.basis, money) else None
    if label is None and _MODALITY.search(lead) and money.hi <= _MODALITY_MAX:
        label = "per_study"  # "X-ray | $8", "CT $35" in a rate list
    if label is None:
        label = _header_above(text, money)
    if label is None and money.hi >= _SIX_FIGURES:
        label = "annual"
    return label


def _bonus_unit(words: list[str]) -> str | None:
    """The basis named just before a bonus word ("wRVU bonus", "per-RVU incentive"), if any."""
    for before, word in pairwise(words):
        if word in _BONUS_WORDS and before in _LABEL_WORDS and _LABEL_WORDS[before] == "per_rvu":
            return "per_rvu"
    return None


def _fits(basis: str, money: Money, increment: bool = False) -> bool:
    """Whether an amount is a plausible rate on `basis`; a premium over the base rate may be small."""
    low, high = _RANGE[basis]
    return (money.lo > 0 if increment else low <= money.lo) and money.hi <= high


def _unit_after(tail: str) -> tuple[str | None, int]:
    """The basis written right after an amount, and where that unit ends in `tail`."""
    m = _LEAD.match(tail)
    if not m:
        return None, 0
    if m.group("adv"):
        return _ADVERBS[m.group("adv")], m.end()
    unit: str | None = None
    last = ""
    unit_end = pos = m.end()
    for i, token in enumerate(_TOKEN.finditer(tail, m.end())):
        if i >= 4 or tail[pos : token.start()].strip():  # punctuation ends the unit's noun phrase
            break
        word = token.group(0)
        if word in _DURATION and (last[:1].isdigit() or last in _SMALL_NUMBERS):
            pass  # "per 10 hour shift": the hours measure the shift
        elif word in _UNIT_WORDS and (unit is None or last in _COMPOUND):
            unit, unit_end = _UNIT_WORDS[word], token.end()
        elif last in _COMPOUND and word in _READING:
            word = last  # "per weekend reading day": the compound stays open
        elif unit is not None or not _MODIFIER.fullmatch(word):
            break
        pos = token.end()
        last = word
    return unit, unit_end


def _label_before(words: list[str], value: float | None) -> str | None:
    """The nearest label before the amount whose basis fits its size (any size when `value` is None)."""
    best: str | None = None
    for i, word in enumerate(words):
        basis = _LABEL_WORDS.get(word)
        if word in ("per", "day") and i + 1 < len(words):
            basis = _LABEL_PAIRS.get((word, words[i + 1]), basis)
        if basis and (value is None or _RANGE[basis][0] <= value <= _RANGE[basis][1]):
            best = basis
    return best


def _header_above(text: Text, money: Money) -> str | None:
    """The unit declared by the rest of a short row or by a header within a few lines above it."""
    start, end = text.line_span(money.start)
    if end - start > _SHORT_LINE:
        return None
    rest = text.low[money.end : end]
    for line in [rest, *text.lines_above(money.start)]:
        for m in _HEADER.finditer(line):
            basis = m.lastgroup
            if basis and _RANGE[basis][0] <= money.lo and money.hi <= _RANGE[basis][1]:
                return basis
    return None
