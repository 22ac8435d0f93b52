"""This job's volumes: minimums, expectations, caps and bonus thresholds in RVUs or studies.

A volume is a number (or range, or words) with a unit noun ("wRVU", "studies", "cases", "screeners")
and a period ("per shift", "a night", "/hr", "annually", or a word before it: "Typical night: 85
wRVU"). A number without a unit counts when a cue ties it to one ("hard cap at 100", "$32/wRVU over
70", "RVU target: 11,000/yr"). Group-wide, past or other people's volumes are dropped; "no minimum"
and "no quota" are kept as evidence only. All patterns read lowercase text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scout.extract.contract import Volume, VolumeKind, VolumePer, VolumeUnit
from scout.extract.doc import Quote
from scout.extract.money import Money, WordNumber
from scout.extract.pay_scope import Span, Text, around
from scout.extract.pay_volume_scan import NO_MINIMUM, NO_MINIMUM_ANCHORS, Candidate, candidates


def _words(spaced: str) -> list[str]:
    """The words of a space-separated list (keeps long vocabularies readable)."""
    return spaced.split()


MAX_VOLUMES = 100

_PER_AFTER = re.compile(
    r"\s*(?:(?:minimum|min|maximum|max|cap|expected|target|average|typical|required|quota|floor)\s+)?"
    r"(?:(?P<adv>annually|yearly|a year|per annum|daily|weekly|monthly|nightly|hourly)\b"
    r"|(?:/\s?(?:(?:\d+[- ]?(?:hour|hr|h)s?|[a-z]+-hour)\s+)?"
    r"|(?:per|a|an|each|every|in|on|for|during|over|of)\b(?:\s+(?:a|an|the|one|each|every))?"
    r"(?:\s+(?:single|typical|full|given|average|regular|standard|calendar|fiscal|contract|clock|reading|working|weekend|weekday|night"
    r"|screening|diagnostic"
    r"|overnight|evening|swing|\d+(?:\.\d)?[- ]?(?:hour|hr|h)s?"
    r"|[a-z]+-hour))*\s+)(?P<per>hours?|hrs?|h|shifts?|nights?|evenings?|overnights?|blocks?|sessions?|days?"
    r"|weekdays?|weeks?|wks?|months?|mos?|years?|yrs?|annum)\b)"
)
_PER_WORD = re.compile(
    r"(?P<shift>\b(?:shifts?|nights?|nightly|evenings?|overnights?|per[- ]shift|sessions?|blocks?|swings?)\b)"
    r"|(?P<day>\b(?:days?|daily|weekdays?|workdays?|daytime)\b)"
    r"|(?P<hour>\bhourly\b|(?<![\d-])(?<!\d )\bhours?\b|/\s?hr\b)"
    r"|(?P<week>\b(?:weekly|weeks?|wk)\b)|(?P<month>\b(?:monthly|months?)\b)"
    r"|(?P<year>\b(?:annual(?:ly)?|yearly|years?|yr)\b)"
)
_PER_OF: dict[str, VolumePer] = {
    **dict.fromkeys(["hour", "hours", "hr", "hrs", "h", "hourly"], "hour"),
    **dict.fromkeys(["day", "days", "weekday", "weekdays", "daily"], "day"),
    **dict.fromkeys(["week", "weeks", "wk", "wks", "weekly"], "week"),
    **dict.fromkeys(["month", "months", "mo", "mos", "monthly"], "month"),
    **dict.fromkeys(
        ["year", "years", "yr", "yrs", "annum", "annually", "yearly", "a year", "per annum"], "year"
    ),
}
_THRESHOLD = re.compile(
    r"\b(?:above|over|beyond|past|pass(?:ing)?|exceed(?:ing|s)?|in excess of|first|after)\s+(?:~\s?)?$"
    r"|\bthreshold(?: of| is)?[:\s]+$"
    r"|[$]\s?\d[\d,.]*\s*(?:/|per\s)\s*(?:w?rvus?|stud(?:y|ies)|reads?)\s+(?:up to|for the first|for first"
    r"|to)\s+$"
    r"|\b(?:begins?|starts?|kicks? in) (?:at|after|above|once you (?:reach|hit|pass))\s+$"
    r"|\b(?:after|once you|upon) (?:reach|hit|exceed|pass)(?:ing|es)?\s+$|\breaching\s+$"
    r"|\buntil\s+(?:you\s+)?(?:reach|hit|pass|read)\w*\s+$"
)
_EXTRA_PAID_AFTER = re.compile(
    r"\b(?:each|every)\s+(?:extra|additional)\s+(?:w?rvus?|stud(?:y|ies)|reads?)\b"
)
_MAXIMUM = re.compile(
    r"\bcap(?:ped|s)?\b|\bceiling\b|\bmax(?:imum)?\b|\bno more than\b|\bnot more than\b|\bat most\b"
    r"|\bnever\s+\w+\s+more than\b|n['’]t\s+(?:[\w'’-]+\s+){0,3}more than\b"
    r"|\bwill not\s+(?:[\w'’-]+\s+){0,3}more than\b"
    r"|\blimit(?:ed)?\b|\bup to\b|\bno\b[^.;]{0,40}\bmore than\b"
)
_MINIMUM = re.compile(
    r"\bmin(?:imum)?\b|\bat least\b|\bfloor\b|\bno (?:fewer|less) than\b|\brequired\b|\brequirement\b"
    r"|\bmust\b"
    r"|\bquota\b"
)
_EXPECTED = re.compile(
    r"\b(?:typical(?:ly)?|averag(?:e|es|ed)|avg|expect(?:ed|ation|s)?|exp|target|approx(?:imately)?|roughly"
    r"|about|around|norm|usually|generally|land|runs?|figure on)\b|~"
    r"|\bmost\s+(?:guys|readers|rads|radiologists|docs|people|folks|of\s+(?:our|the)\s+(?:readers|rads|radiologists))"
    r"\s+(?:do|read|average|clear|hit|land)\b"
)
_NEGATED = re.compile(r"\b(?:no|not|without|never)\b[\w -]{0,20}$")
_AFTER_KIND = re.compile(
    r"[\s,]*(?:is |are )?(?:the )?(?P<kind>expected|required|minimum|min|maximum|max|cap|floor|ceiling"
    r"|limit|quota"
    r"|threshold|target)\b"
    r"(?!\s*(?:is\s+|of\s+|at\s+|:\s*)?~?\d)"  # "40-55 a night, floor is 35": the floor has its own figure
)
_AFTER_KINDS: dict[str, VolumeKind] = {
    **dict.fromkeys(["expected", "target"], "expected"),
    **dict.fromkeys(["required", "minimum", "min", "floor", "quota"], "minimum"),
    **dict.fromkeys(["maximum", "max", "cap", "ceiling", "limit"], "maximum"),
    "threshold": "bonus_threshold",
}
_MINIMUM_RIGHT_BEFORE = re.compile(
    r"\b(?:minimum(?:\s+(?:expectation|requirement))?\s+(?:of|is)|at\s+least|no\s+(?:fewer|less)\s+than)\s*~?\s*$"
)
_HOURS_BLOCK = re.compile(r"\d(?:\.\d)?[- ]?(?:hour|hr|h)s?\b")
_OPEN = re.compile(r"\b(?:more than|over|above|at least|upwards of|in excess of)\s+~?\s?$")
_GROUP = re.compile(
    r"\b(?:group|department|dept|division|section|company|network|system|practice|service|team|center|centre"
    r"|hospital|organization|we|sites|clinics)['’]s\s+(?:[\w-]+\s+){0,2}volume\b"
    r"|\b(?:group|department|dept|division|section|company|network|system|practice|service|team|center|centre"
    r"|hospital|organization|we|sites|clinics)'?s?\b(?:(?!\byou\b)[^.;]){0,40}\b(?:reads?|read|performs?|performed"
    r"|interprets?"
    r"|handles?|covers?|records?|processe[sd])\b|\bperforms?\b|\bperformed\b|\bas a whole\b|\bnationwide\b"
    r"|\b\d+\s+(?:[a-z-]+\s+)?(?:radiologists|readers|physicians|rads|doctors|nocturnists|members)\s+(?:\w+\s+)?"
    r"(?:read|interpret|cover|handle|perform)s?\b"
    r"|\b(?:volume|census|visits|throughput)\s+(?:at|across|for|of)\s+(?:the|our|each|all|this)\s+(?:[\w-]+\s+)?"
    r"(?:hospital|site|department|facility|ed|er|health\s+system|network|group|practice|clients?|sites|hospitals)s?\b"
)
_MEMBER_OF = re.compile(r"\b(?:on|in|to|joins?|joining)\s+(?:the|our)\s+(?:[\w-]+\s+)?$")
_FOR_REFERENCE = re.compile(r"\bfor\s+(?:reference|context|comparison)\b")
_DURATION = re.compile(
    r"[\d.,]+(?:\s*(?:-|–|—|to)\s*[\d.,]+)?[\s-]*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?"
    r"|minutes?|mins?)\b"
)
_OF_LIST = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Za-z]{2}\b|following|these|those|them)")
_PAST_WORDS = frozenset(["apiece", "did", "produced", "historically"])
_PAST_PHRASES = (
    "last year",
    "last yr",
    "one of their",
    "one of our",
    "one of the",
    "recent radiologists",
    " in 20",
)
_TYPICAL_WORDS = frozenset(("typical", "typically", "average", "usual", "usually", "normal"))
_GROUP_WORDS = frozenset(
    _words(
        "reads read performs performed perform interprets interpret handles covers records processes "
        "processed whole nationwide volume"
    )
)
_MAXIMUM_WORDS = frozenset(
    ["cap", "capped", "caps", "ceiling", "max", "maximum", "more", "most", "limit", "limited", "up"]
)
_MINIMUM_WORDS = frozenset(
    ["min", "minimum", "least", "floor", "fewer", "less", "required", "requirement", "must", "quota"]
)
_EXPECTED_WORDS = frozenset(
    _words(
        "typical typically average averages averaged avg expect expected expectation expects exp target "
        "approx approximately roughly about around norm usually generally land runs run figure most"
    )
)
_PAY_KEYS = (
    "$",
    "dollar",
    "bonus",
    "kicker",
    "tier",
    "incentive",
    "productivity",
    "production",
    "paid",
    "rate",
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
_LEAD_NOUN = re.compile(
    r"(?P<rvu>\bw?rvus?\b|\bwork rvus?\b)|(?P<study>\b(?:reads|studies|study|cases|exams|screeners?)\b)"
)
_LIMIT: dict[str, float] = {
    "hour": 100,
    "shift": 500,
    "day": 1000,
    "week": 5000,
    "month": 10000,
    "year": 40000,
}
_STUDY_YEAR_LIMIT = 25_000
_RVU_YEAR_FROM = 3_000  # an RVU count this large with no period stated is a yearly one
_BEFORE = 90
_NEIGHBOUR_REACH = 300


@dataclass
class _Mention:
    start: int
    end: int
    lo: float
    hi: float | None
    unit: VolumeUnit
    per: VolumePer
    kind: VolumeKind
    tier_from: bool = False


def extract_volume(
    text: Text, nums: list[Span], mentions: list[Money], words: list[WordNumber]
) -> tuple[list[Volume], list[Quote]]:
    """This job's volume entries and their evidence, plus "no minimum"/"no quota" as evidence.

    `nums` are the posting's numbers, `mentions` its amounts of money (never volumes), `words` its
    numbers written in words.
    """
    money_spans = [(m.start, m.end) for m in mentions if not m.bare]
    found: list[_Mention] = []
    for candidate in candidates(text.low, nums, money_spans, words):
        if len(found) >= MAX_VOLUMES:
            break
        if text.elsewhere_at(candidate.start):
            continue
        mention = _read(text, candidate, found)
        if mention is not None:
            found.append(mention)
    found += _tier_rows(text, mentions)
    volumes, evidence = _finish(text, found)
    for m in around(text.low, NO_MINIMUM_ANCHORS, NO_MINIMUM, limit=MAX_VOLUMES):
        if (m.start() and text.low[m.start() - 1].isalpha()) or text.elsewhere_at(m.start()):
            continue
        evidence.append(text.doc.evidence("volume", m.start(), m.end()))
    return volumes, evidence


def _read(text: Text, c: Candidate, found: list[_Mention]) -> _Mention | None:
    """One number read as a volume of this job, or None when it is not one."""
    low = text.low
    s_start, s_end = text.clause_start(c.start), text.sentence_end(c.start)
    previous = found[-1].end if found and found[-1].end <= c.start else 0
    lead = low[max(s_start, previous, c.start - _BEFORE) : c.start]
    lead = lead[lead.rfind(";") + 1 :]
    clause = low[max(s_start, c.start - _BEFORE) : c.start]
    clause = clause[clause.rfind(";") + 1 :]
    tail = low[c.end : min(s_end, c.end + 50)]
    if c.unit_word is None and _OF_LIST.match(low, c.end):
        return None  # "at least 2 of AZ, NV, OR": a count of something listed, not a volume
    if c.unit_word is None and _DURATION.match(low, c.start):
        return None  # "licensed in ~60-90 days", "a 10-hour block": a length of time, not a volume
    clause_words = set(_WORD.findall(clause))
    if _past(clause, clause_words) or _past(tail[:20], set(_WORD.findall(tail[:20]))):
        return None
    if clause_words & _GROUP_WORDS:
        group = _GROUP.search(clause)
        if group is not None and not _MEMBER_OF.search(clause, max(0, group.start() - 30), group.start()):
            return None  # the group's volume; but "associates on the general service typically read 70"
    semicolon = low.find(";", c.end, s_end)
    if _FOR_REFERENCE.search(clause) or _FOR_REFERENCE.search(
        low, c.end, s_end if semicolon < 0 else semicolon
    ):
        return None  # "the full-time benchmark of 9,000 wRVUs is given for reference"
    sentence = low[s_start:s_end]
    paid = any(key in sentence for key in _PAY_KEYS)
    sibling = _sibling(found, s_start, c.start)
    neighbour = sibling or _neighbour(found, c.start)
    unit = _unit_of(c.unit_word) if c.unit_word else _unit_from(lead, neighbour, paid)
    if unit is None:
        return None
    per_match = _PER_AFTER.match(tail)
    rest = tail[per_match.end() :] if per_match else tail
    kind = _kind(lead, tail, rest, paid, c.unit_word is None)
    if kind is None:
        return None
    if neighbour is not None and neighbour.unit != unit:
        neighbour = None
    per = _per(text, per_match, lead, sibling or neighbour, unit, c.lo, c.start)
    if per is None:
        return None
    hi: float | None = c.hi
    tier = kind == "bonus_threshold" and c.hi != c.lo and lead.rstrip().endswith("from")
    if c.plus or (kind == "expected" and _OPEN.search(lead[-30:])):
        hi = None
    end = c.end + per_match.end() if per_match else c.end
    return _Mention(c.start, end, c.lo, hi, unit, per, kind, tier_from=tier)


def _tier_rows(text: Text, mentions: list[Money]) -> list[_Mention]:
    """The thresholds of a tiered rate table whose rows start with a volume range ("first 85 wRVU
    ..... $38 / 86 to 110 ..... $42 / 111 and up ..... $46"): each higher tier starts past one
    (85, 110; the GUIDE). Two such rows at least, one under the other, with a per-unit rate."""
    low = text.low
    rows: list[tuple[int, re.Match[str]]] = []
    seen: set[int] = set()
    for money in mentions:
        if money.bare or not money.is_usd or money.hi >= 1000:
            continue
        line_start = low.rfind("\n", 0, money.start) + 1
        if line_start in seen:
            continue
        seen.add(line_start)
        row = _TIER_ROW.match(low, line_start)
        if row is not None and row.end() > money.start:
            rows.append((line_start, row))
    out: list[_Mention] = []
    for i, (line_start, row) in enumerate(rows):
        above = rows[i - 1][0] if i else -1
        below = rows[i + 1][0] if i + 1 < len(rows) else -1
        if not (above >= 0 and low.count("\n", above, line_start) == 1) and not (
            below > 0 and low.count("\n", line_start, below) == 1
        ):
            continue  # a lone row: not a table
        lines = [low[line_start : row.end()], *text.lines_above(line_start, max_lines=4, max_chars=300)]
        nouns = [n for line in lines for n in _LEAD_NOUN.finditer(line)]
        if not nouns:
            continue
        unit: VolumeUnit = "rvu" if nouns[0].lastgroup == "rvu" else "study"
        start_at = int(row.group("a") or row.group("c"))
        if start_at < 2:
            continue  # "0-60": the base tier
        per = next((w[-1] for w in ([m.lastgroup for m in _PER_WORD.finditer(x)] for x in lines) if w), None)
        if per is None and unit == "rvu" and start_at < 300:
            per = "shift"
        if per is None:
            continue
        num = row.start("a") if row.group("a") else row.start("c")
        out.append(_Mention(num, row.end("num"), start_at - 1, start_at - 1, unit, per, "bonus_threshold"))  # type: ignore[arg-type]
    return out


# A row of a tiered rate table: "86 to 110 ......... $42", "111 and up | $46", "- 91+ wRVU: $52"
_TIER_ROW = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?P<num>(?P<a>\d{1,4})[ \t]*(?:-|–|to)[ \t]*\d{1,4}"
    r"|(?P<c>\d{1,4})[ \t]*(?:\+|and up\b|or more\b|and above\b))[^\n$]{0,40}\$"
)


def _sibling(found: list[_Mention], sentence_start: int, start: int) -> _Mention | None:
    for mention in reversed(found):
        if mention.start < sentence_start:
            return None
        if mention.start < start:
            return mention
    return None


def _neighbour(found: list[_Mention], start: int) -> _Mention | None:
    """The volume read just before, in the lines above ("Typical: 100-130 studies. We cap at 150.")."""
    if found and 0 <= start - found[-1].end <= _NEIGHBOUR_REACH:
        return found[-1]
    return None


def _unit_of(word: str) -> VolumeUnit:
    return "rvu" if "rvu" in word or "relative" in word else "study"


def _unit_from(lead: str, sibling: _Mention | None, paid: bool) -> VolumeUnit | None:
    nouns = list(_LEAD_NOUN.finditer(lead))
    if nouns:
        return "rvu" if nouns[-1].lastgroup == "rvu" else "study"
    if sibling is not None:
        return sibling.unit
    return "rvu" if paid and "rvu" in lead else None


def _past(window: str, words: set[str]) -> bool:
    """Whether a volume is someone's past figure ("did 16,500 last yr", "averaged 12,800 apiece");
    not what "a typical day for one of our readers" is."""
    if words & _PAST_WORDS:
        return True
    typical = not words.isdisjoint(_TYPICAL_WORDS)
    return any(phrase in window for phrase in _PAST_PHRASES if not (typical and phrase.startswith("one of")))


def _kind(lead: str, tail: str, rest: str, paid: bool, bare: bool) -> VolumeKind | None:
    if paid and _EXTRA_PAID_AFTER.search(tail):
        return "bonus_threshold"  # "read more than 11 wRVU in an hour and each extra wRVU pays $42"
    end = lead[-60:]
    tier = end.rstrip().endswith("from")
    if tier or _THRESHOLD.search(end):
        if paid or "threshold" in end:
            return "bonus_threshold"
        if bare or tier:
            return None
    if _MINIMUM_RIGHT_BEFORE.search(end) and not _NEGATED.search(end[:-12]):
        return "minimum"  # "a minimum of 600 wRVU ... is expected", "minimum expectation of 50 studies"
    after_kind = _AFTER_KIND.match(tail) or _AFTER_KIND.match(rest)
    if after_kind:
        return _AFTER_KINDS[after_kind.group("kind")]
    words = set(_WORD.findall(lead))
    cues: list[tuple[int, VolumeKind]] = []
    if words & _MAXIMUM_WORDS:
        cues += [(m.end(), "maximum") for m in _MAXIMUM.finditer(lead)]
    if words & _MINIMUM_WORDS:
        cues += [
            (m.end(), "minimum") for m in _MINIMUM.finditer(lead) if not _NEGATED.search(lead, 0, m.start())
        ]
    if words & _EXPECTED_WORDS or "~" in lead:
        cues += [(m.end(), "expected") for m in _EXPECTED.finditer(lead)]
    if cues:
        return max(cues)[1]
    return None if bare else "expected"


def _per(
    text: Text,
    per_match: re.Match[str] | None,
    lead: str,
    sibling: _Mention | None,
    unit: str,
    lo: float,
    pos: int,
) -> VolumePer | None:
    if per_match is not None:
        per_of = _PER_OF.get(per_match.group("adv") or per_match.group("per"), "shift")
        if per_of == "day" and _HOURS_BLOCK.search(per_match.group()):
            return "shift"  # "per 8.5-hour day": a block of hours is a shift (GUIDE)
        return per_of
    words = [m.lastgroup for m in _PER_WORD.finditer(lead)]
    if words and words[-1]:
        return words[-1]  # type: ignore[return-value]
    if sibling is not None:
        return sibling.per
    if unit == "rvu" and lo >= _RVU_YEAR_FROM:
        return "year"
    for line in text.lines_above(pos, max_lines=6, max_chars=400):
        words = [m.lastgroup for m in _PER_WORD.finditer(line)]
        if words and words[-1]:
            return words[-1]  # type: ignore[return-value]
    return "shift" if unit == "rvu" and lo < 300 else None


def _finish(text: Text, found: list[_Mention]) -> tuple[list[Volume], list[Quote]]:
    volumes: list[Volume] = []
    evidence: list[Quote] = []
    seen: set[tuple[float | None, float | None, str, str, str]] = set()
    for m in found:
        if not _plausible(m):
            continue
        entries = [(m.lo, m.lo), (m.hi, m.hi)] if m.tier_from and m.hi is not None else [(m.lo, m.hi)]
        for lo, hi in entries:
            key = (lo, hi, m.unit, m.per, m.kind)
            if key in seen:
                continue
            seen.add(key)
            volumes.append(Volume(min=_whole(lo), max=_whole(hi), unit=m.unit, per=m.per, kind=m.kind))
        evidence.append(text.doc.evidence("volume", m.start, m.end))
    return volumes, evidence


def _plausible(m: _Mention) -> bool:
    top = m.hi if m.hi is not None else m.lo
    if top > _LIMIT[m.per] or m.lo <= 0:
        return False
    return not (m.unit == "study" and m.per == "year" and top > _STUDY_YEAR_LIMIT)


def _whole(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
