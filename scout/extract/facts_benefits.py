"""Benefits: health, retirement, CME, PTO, disability, life insurance.

Named benefits only: "comprehensive benefits package" names none. A benefit in a negated list does
not count ("not eligible for health, retirement or paid time off benefits", "no separate PTO
bank"), nor are EEO statements ("individuals with disabilities") or "quality of life" benefits.
"""

from __future__ import annotations

import re

from scout.extract.doc import Quote
from scout.extract.facts_scope import Scope
from scout.extract.negation import needles, negated_items, search_if

BENEFITS = ("health", "retirement", "cme", "pto", "disability", "life")

_NEIGHBOUR = (
    r"(?=\s*(?:,|\+|/|&|and|or)\s*"
    r"(?:401|403|457|retire|dental|vision|disab|life|pto|paid|pension|cme|medical))"
)
# Each pattern starts at one of its anchors (Scope.at tries it only there).
_TERMS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "health": (
        re.compile(
            r"dental\b|fehb\b|med/dental\b"
            r"|(?:health|medical|vision)(?:\s*(?:,|/|&|\+|and)\s*(?:dental|vision|medical))*\s+(?:insurance|plans?|"
            r"coverage|benefits?|care\s+coverage)\b"
            r"|health\b" + _NEIGHBOUR + r"|medical\b(?=\s*(?:,|/|&|and)\s*(?:dental|vision))"
            r"|medical\b(?=\s*(?:,|/|&|\+)\s*(?:401|403|457|retire|pension|pto|ltd|disab))"
            r"|(?:401\s*\(?k\)?|403\s*\(?b\)?|pto|retirement|disability|vacation)[^.;\n]{0,25}?"
            r"(?:,|&|\band\b|\+)\s*(?P<tail>health)\b"
        ),
        (
            "dental",
            "fehb",
            "med/",
            "health",
            "medical",
            "vision",
            "401",
            "403",
            "pto",
            "retirement",
            "disability",
            "vacation",
        ),
    ),
    "retirement": (
        re.compile(
            r"401\s*\(?k\)?|403\s*\(?b\)?|457\s*\(?b\)?|pension\b|thrift\s+savings\b|superannuation\b"
            r"|rrsp\b|tiaa\b|retirement\s+(?:plans?|savings|match|contributions?|system|accounts?|benefits?)\b"
            r"|retirement\s+with\s+(?:an?\s+)?(?:\d+\s*%\s+)?(?:employer\s+)?match\b"
            r"|retirement\b" + _NEIGHBOUR.replace("retire|", "")
        ),
        ("401", "403", "457", "pension", "thrift", "superannuation", "rrsp", "tiaa", "retirement"),
    ),
    "cme": (
        re.compile(
            r"cme\b|continuing\s+(?:medical\s+)?education\b|education\s+(?:allowance|leave|fund|days)\b"
            r"|professional\s+development\s+(?:fund|allowance|budget)\b|academic\s+(?:fund|allowance)\b"
        ),
        ("cme", "continuing", "education", "professional", "academic"),
    ),
    "pto": (
        re.compile(
            r"pto\b|paid\s+time\s+off\b|vacation\b(?!\s+(?:and\s+\w+\s+)?(?:coverage|relief|gaps?|absences?|backfill|fill-ins?))|annual\s+leave\b"
            r"|paid\s+(?:leave|holidays)\b|sick\s+leave\b|weeks?\s+off\s+paid\b|time\s+off\s+(?:accrued|bank)"
            r"|(?:weeks?|wks?)\s+(?:of\s+)?(?:paid\s+)?(?:time\s+)?off\s+(?:per|a|each|every)\s+(?:year|yr)\b"
            r"|(?:weeks?|wks?)\s+(?:of\s+)?(?:paid\s+)?(?:time\s+)?off\s+annually\b"
            # "6 weeks off" (the count is read before the match: see _COUNT_BEFORE)
            r"|(?P<bare>(?:weeks?|wks?)\s+(?:of\s+)?(?:paid\s+)?(?:time\s+)?off\b"
            r"(?!\s*(?:/|,|and|then)?\s*(?:\w+\s+)?(?:weeks?\s+)?on\b))"
        ),
        ("pto", "paid", "vacation", "annual", "sick", "week", "wk", "time off"),
    ),
    "disability": (
        re.compile(
            r"disability\b|ltd\b(?=\s*(?:[,;/+&]|and\b|insurance|coverage|$))|std\s*/\s*ltd\b"
            r"|(?<=,\s)ltd\b(?=\.)"
        ),
        ("disability", "ltd", "std"),
    ),
    "life": (
        re.compile(
            r"life\s+(?:insurance|coverage|policy|policies|assurance|benefits?)\b"
            r"|(?:term|group|basic|employer-paid)\s+(?:term\s+)?life\b"
            r"|life\s*(?:,|and|&)\s*(?:long[\s-]term\s+|short[\s-]term\s+)?disability\b"
            r"|life\s*,\s*short[\s-]term\s+(?:and|&)\s+long[\s-]term\s+disability\b"
            r"|disability\s*(?:,|and|&)\s*(?:term\s+|group\s+)?life\b|ltd\s*(?:,|and|&|/)\s*(?:term\s+)?life\b"
        ),
        ("life", "term", "group", "basic", "employer-paid", "disability", "ltd"),
    ),
}
_EEO = re.compile(
    r"without\s+regard|regard\s+to|\brace\b|veteran|equal\s+opportunity|discriminat|individuals\s+with|"
    r"persons\s+with|people\s+with|accommodat|affirmative"
)
_EEO_NEEDLES = needles(
    "regard", "race", "veteran", "equal", "discriminat", "individuals", "persons", "people", "accommodat",
    "affirmative",
)  # fmt: skip
_NO_BENEFITS = re.compile(
    r"\bno\s+benefits\b|(?<![^\n])[ \t*•-]*not\s+included\s*:"
    r"|\b(?:arrange|arranges|provide|provides|fund|funds|buy|buys)\s+(?:their|your)\s+own\b"
    r"|\bbenefits\s+(?:are\s+)?not\s+(?:offered|provided|included|available)\b"
    r"|\bnot\s+(?:eligible|entitled)\s+(?:for|to)\b[^.;]{0,60}\bbenefits\b|\bwithout\s+benefits\b"
    r"|\b(?:do|does|will)\s+not\s+(?:receive|get|include|offer)\b[^.;]{0,60}\bbenefits\b"
)
_NO_BENEFITS_NEEDLES = needles("no benefit", "not ", "without", "own")
_ORG_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]$")  # on the same line: not a heading ("Benefits")
# Someone else's leave that this job covers ("PRN coverage for vacation gaps and CME weeks", "when a
# staff reader is out for vacation, CME or illness"): not a benefit of this job. Items listed after
# such a term share its fate.
_ABSENCE_BEFORE = re.compile(
    r"(?:\b(?:out|away|off|absent|gone)\s+(?:for|on)|\b(?:is|are|be|been|while|when)\s+on"
    r"|\bcover(?:age|ing|s)?\s+(?:for|during)|\bfill(?:ing|s)?[\s-]?ins?\s+(?:for|during)|\bbackfill\w*"
    r"|\brelie(?:f|ve|ving)\s+(?:for|during))\s+"
    r"(?:(?:staff|the|our|their|his|her|partners?['’]?|radiologists?['’]?|physicians?['’]?|colleagues?['’]?"
    r"|scheduled|planned)\s+)*"
    r"(?:(?:vacations?|pto|leaves?|holidays?|sick\s+days|cme|illness)(?:\s+(?:gaps?|weeks?|days?|absences?))?"
    r"\s*(?:,|/|&|\band\b|\bor\b)\s*(?:and\s+|or\s+)?)*$"
)
_ABSENCE_NEEDLES = needles("out ", "away", "off ", "absent", "gone", " on ", "cover", "fill", "relie")
_ABSENCE_GLUE = re.compile(
    r"(?:\s+(?:gaps?|weeks?|days?|absences?|leaves?|coverage))?\s*(?:,|/|&|\band\b|\bor\b)\s*(?:and\s+|or\s+)?"
)
# "one week on / two weeks off": a rotation, not time off
_COUNT_BEFORE = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]+$")
_ROTATION_BEFORE = re.compile(r"\bon\b[^.;\n]{0,20}$")
_ROTATION_NEEDLES = needles("on")


# benefits said to be other workers', with this job left out in the same sentence
_PLAN_AFTER = re.compile(r"\s+(?:benefits?|insurance)\b")
_NOT_FOR_THIS_JOB = re.compile(
    r"\b(?:contractors?|1099s?|ics?|locums|per\s+diem|this\s+(?:[\w-]+\s+)?(?:role|position|job|opening))"
    r"\s+(?:(?:are|is|do|does|will|would)\s*)?(?:not|n['’]t)\s*(?:eligible|covered|included|get|receive|qualify"
    r"|apply|participate|have\s+them|[.;)]|$)|\b(?:contractors?|1099s?|ics?|locums)\s+(?:are\s+)?ineligible\b"
    r"|\bnot\s+(?:eligible|available|offered)\s+(?:to|for)\s+(?:contractors|1099|ics?|locums|this)\b"
)
_NOT_FOR_NEEDLES = needles("contractor", "1099", "ic", "locums", "per diem", "this ", "not ")


def benefits(scope: Scope) -> tuple[list[str], list[Quote]]:
    lower = scope.lower
    hits: list[tuple[int, int, str]] = []
    for kind, (pattern, anchors) in _TERMS.items():
        for m in scope.at(pattern, anchors):
            start, end = m.span("tail") if m.groupdict().get("tail") else m.span()
            if (
                scope.text.startswith("Health", start)
                and _ORG_BEFORE.search(scope.text, max(0, start - 30), start)
                and not _PLAN_AFTER.match(lower, start + 6)  # "Federal Employees Health Benefits"
            ):
                continue  # "Cedar Valley Health, Department of ...": an organisation's name
            if kind == "pto" and m.group("bare"):
                if not _COUNT_BEFORE.search(lower, max(0, start - 10), start):
                    continue  # "on your week off": no count of weeks
                if search_if(_ROTATION_BEFORE, _ROTATION_NEEDLES, lower, max(0, start - 26), start):
                    continue  # "one week on, two weeks off": a rotation
            hits.append((start, end, kind))
    hits.sort()
    floors = [scope.clause(start)[0] for start, _, _ in hits]
    negated = negated_items(lower, [(s, e) for s, e, _ in hits], floors)
    absent = _others_leave(lower, hits, floors)
    found: dict[str, tuple[int, int]] = {}
    for (start, end, kind), neg, away in zip(hits, negated, absent, strict=True):
        if neg or away or kind in found:
            continue
        s_start, s_end = scope.sentence(start)
        if kind == "disability" and search_if(_EEO, _EEO_NEEDLES, lower, s_start, s_end):
            continue
        c_start, c_end = scope.clause(start)
        if search_if(_NO_BENEFITS, _NO_BENEFITS_NEEDLES, lower, c_start, c_end):
            continue
        if search_if(_NOT_FOR_THIS_JOB, _NOT_FOR_NEEDLES, lower, s_start, s_end):
            continue  # "employees get health and 403(b); contractors are not eligible"
        found[kind] = (start, end)
    kinds = [k for k in BENEFITS if k in found]
    return kinds, [scope.evidence("benefits", *found[k]) for k in kinds]


def _others_leave(lower: str, hits: list[tuple[int, int, str]], floors: list[int]) -> list[bool]:
    """For sorted hits, which name a leave this job covers for others ("coverage for vacation gaps")."""
    out: list[bool] = []
    prev_end, prev = -1, False
    for (start, end, _), floor in zip(hits, floors, strict=True):
        if prev and 0 <= prev_end <= start and _ABSENCE_GLUE.fullmatch(lower, prev_end, start):
            away = True
        else:
            lo = max(floor, start - 60)
            away = search_if(_ABSENCE_BEFORE, _ABSENCE_NEEDLES, lower, lo, start) is not None
        out.append(away)
        prev_end, prev = end, away
    return out
