"""The numbers in a posting that may be volumes, and its statements that there is no minimum.

A candidate is a number (or range, or words) followed by a unit noun ("60-75 wRVUs", "fourteen
thousand wRVUs", "100+ studies"), or a bare number right after a volume cue ("cap at 100", "min 80",
"over 70", "target: 11,000"). `volume` decides which are this job's and what kind they are.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from scout.extract.money import WordNumber, word_ranges
from scout.extract.pay_scope import Span

MAX_CANDIDATES = 500


def _words(spaced: str) -> list[str]:
    """The words of a space-separated list (keeps long vocabularies readable)."""
    return spaced.split()


_NUM = r"\d(?<![\w$.,/€£#]\d)(?:\d{0,2}(?:,\d{3})+|\d{0,5})(?:\.\d+)?(?!\d)(?!,\d)"
_SCALE_A = r"(?:\s?(?P<sa>k|m|million|billion|thousand)\b)?"
_SCALE_B = r"(?:\s?(?P<sb>k|m|million|billion|thousand)\b)?"
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "billion": 1e9}
_FILLER = (
    r"(?:(?:screening|diagnostic|dx|dbt|tomo|3d|breast|neuro|body|msk|ed|er|emergency|inpatient|outpatient"
    r"|ct|mr|mri|ultrasound|us|plain|imaging|total|final|preliminary|prelim|billable|work|new|additional"
    r"|more|routine|general|nuclear|pet|pet/ct|cross-sectional|tomosynthesis|digital|head|chest|abdominal"
    r"|nuclear/pet|pet/nuclear|nm/pet)\s+){0,2}"
)
_NOUN = (
    r"(?P<unit>w?rvus?|work rvus?|relative value units?|stud(?:y|ies)|cases|exams?|examinations|reads"
    r"|screeners?|screens|screenings|scans|mammograms|procedures|pet/cts|pet-cts|cts|mris|radiographs|films|x-rays"
    r"|ct/mri?s?|mri?/cts?)\b"
)
_VOLUME = re.compile(
    rf"(?P<a>{_NUM}){_SCALE_A}(?:\s{{0,3}}(?:-|–|—|to|and)\s{{0,3}}(?P<b>{_NUM}){_SCALE_B})?(?P<plus>\+)?"
    rf"[\s-]*{_FILLER}{_NOUN}"
)
_WORD_VOLUME = re.compile(rf"\s+{_FILLER}{_NOUN}")
# A number with no unit noun, tied to a volume by its cue: "cap at 100", "min 80", "over 70", "target: 11k".
_BARE_CUE = re.compile(
    r"(?<![a-z])(?:above|over|beyond|past|pass|passing|exceed(?:s|ing)?|in excess of|first"
    r"|min(?:imum)?(?: of| is)?"
    r"|at least|cap(?:ped|s)?(?: at| of| is)?|caps? [a-z]+(?: [a-z]+)? at|max(?:imum)?(?: of| is)?"
    r"|no more than"
    r"|never [a-z]+ more than|(?:won['’]t|don['’]t|doesn['’]t|can['’]t|will not) [a-z]+(?: [a-z]+)? more than"
    r"|averag(?:e|ed|es)|avg"
    r"|target(?: of| is)?"
    r"|goal(?: of| is)?|quota(?: of| is)?|expectation(?: of| is)?|expected(?: volume)?(?: of| is)?"
    r"|threshold(?: of| is)?"
    r"|floor(?: of| is)?|typical(?:ly)?|approx(?:imately|\.)?|roughly|around|about)[:\s]+~?$|~$"
)
_CUE_LAST_WORDS = frozenset(
    _words(
        "above over beyond past pass passing exceed exceeds exceeding of first min minimum least cap "
        "capped at max maximum than average averaged averages avg target goal quota expectation is "
        "expected volume threshold floor typical typically approx approx. approximately roughly around "
        "about"
    )
)
_PER_LAST_WORDS = frozenset(
    _words(
        "night shift day hour hr week month year yr rvus/shift studies/shift rvu rvus wrvu wrvus studies "
        "cases exams"
    )
)
# "Average RVUs per night: 75", "Volume (studies/shift): 60-80", "wRVUs: 9,000-10,000/yr"
_UNIT_PER_LABEL = re.compile(
    r"(?P<unit>w?rvus?|stud(?:y|ies)|cases|exams|reads|screens)(?:\s+(?:volume|count|load|target|average))?"
    r"(?:\s*(?:/|per|a|an)\s*"
    r"(?:night|shift|day|hour|hr|week|month|year|yr)\)?\s*[:=–-]?|\)?\s*[:=–-])\s*(?:is\s+)?"
    r"(?:about\s+|~\s?|approx\w*\.?\s+)?$"
)
_UNIT_HINT = re.compile(
    r"rvu|stud|case|exam|read|screen|scans|mammo|procedur|cts\b|mris\b|radiograph|film|x-ray|relative|ct/m|mri?/c"
)
_BARE = re.compile(
    r"(?P<a>\d(?<![\w$.,]\d)(?:\d{0,2}(?:,\d{3})+|\d{0,5})(?!\d)(?!,\d))"
    r"(?:(?P<ka>(?:\.\d)?k)(?![a-z])|(?!\.\d))"  # "over 10.5K/yr", "over 12k"; never "10" of "10.5"
    r"(?:\s{0,3}(?:-|–|to)\s{0,3}(?P<b>\d{1,3}(?:,\d{3})+|\d{1,6})(?P<kb>(?:\.\d)?k(?![a-z]))?)?"
    r"(?!\s*(?:%|percent|(?!(?:per|a|an|each|every|in|on|for)\b)[a-z-]*\s*(?:years?|yrs?|months?|weeks?|days?"
    r"|hours?|hrs?|shifts?|miles?|mi\b|minutes?|states?|licen|weekends?|nights?|radiologists?|physicians"
    r"|sites"
    r"|hospitals|facilities|beds)))"
)

NO_MINIMUM = re.compile(
    r"(?:no|without(?: an?| any)?|zero)\s+(?:hard |rvu |wrvu |study |productivity |per-shift |volume "
    r"|minimum |daily "
    r"|shift )?(?:minimums?|quotas?|caps?|(?:volume|productivity|rvu) (?:requirements?|targets?"
    r"|expectations?))\b"
    r"(?! (?:commitment|number of shifts|shifts?|hours|term|weekends|on (?:earnings|income|pay|bonus)))"
    r"|(?:minimum|quota|rvu minimum|volume minimum|minimum volume|volume requirement)s?\s*(?::|-|–|is)?\s*"
    r"(?:none|n/a)\b|uncapped (?:volume"
    r"|worklist)"
)
# Every "no minimum" statement holds one of these words; the pattern is searched around them.
NO_MINIMUM_ANCHORS = ("minimum", "quota", "cap", "requirement", "target", "expectation")


class Candidate(NamedTuple):
    start: int
    lo: float
    hi: float
    plus: bool
    unit_word: str | None
    end: int  # after the unit noun, or after the number when there is none


def candidates(
    low: str, nums: list[Span], money_spans: list[Span], words: list[WordNumber]
) -> list[Candidate]:
    """Every number that may be a volume, in reading order."""
    out: list[Candidate] = []
    consumed = 0
    money = iter(money_spans)
    span = next(money, None)
    for start, end in nums:
        while span is not None and span[1] <= start:
            span = next(money, None)
        if start < consumed or (span is not None and span[0] <= start):
            continue
        m = _VOLUME.match(low, start) if _UNIT_HINT.search(low, end, end + 40) else None
        if m is not None:
            lo = _value(m.group("a"), m.group("sa") or m.group("sb"))
            hi = max(lo, _value(m.group("b"), m.group("sb"))) if m.group("b") else lo
            out.append(Candidate(start, lo, hi, bool(m.group("plus")), m.group("unit"), m.end()))
            consumed = m.end()
        else:
            cue = _cue(low, start)
            bare = _BARE.match(low, start) if cue is not None else None
            if bare is not None:
                lo = _bare_value(bare.group("a"), bare.group("ka") or bare.group("kb"))
                hi = max(lo, _bare_value(bare.group("b"), bare.group("kb"))) if bare.group("b") else lo
                out.append(Candidate(start, lo, hi, False, cue or None, bare.end()))
                consumed = bare.end()
        if len(out) > MAX_CANDIDATES:
            break
    for w in word_ranges(low, words):
        noun = _WORD_VOLUME.match(low, w.end)
        if noun and w.value >= 10:
            out.append(Candidate(w.start, w.value, w.high or w.value, False, noun.group("unit"), noun.end()))
    out.sort(key=lambda c: c.start)
    return out


def _cue(low: str, start: int) -> str | None:
    """What ties a number without a unit to a volume: a labelled unit ("RVUs per night: 75" gives
    "rvus"), a cue ("cap at 100", "min 80", "~70" give ""), or nothing (None)."""
    before = low[max(0, start - 30) : start].rstrip(" :\t")
    if before.endswith("~"):
        return ""
    last = before[before.rfind(" ") + 1 :].rstrip(")").lstrip("(")
    if last in _PER_LAST_WORDS:
        label = _UNIT_PER_LABEL.search(low, max(0, start - 40), start)
        return label.group("unit") if label else None
    if last in _CUE_LAST_WORDS and _BARE_CUE.search(low, max(0, start - 30), start):
        return ""
    return None


def _bare_value(digits: str, thousands: str | None) -> float:
    """A number after a volume cue: "11,000", or "10.5" with its "k" ("10.5k" is 10500)."""
    value = float(digits.replace(",", "") + (thousands[:-1] if thousands else ""))
    return value * 1e3 if thousands else value


def _value(digits: str, scale: str | None) -> float:
    value = float(digits.replace(",", ""))
    return value * _SCALES[scale] if scale else value
