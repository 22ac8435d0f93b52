"""Benefits: health, retirement, CME, PTO, disability, life insurance.

Named benefits only: "comprehensive benefits package" names none. A benefit in a negated list does
not count ("not eligible for health, retirement or paid time off benefits", "no separate PTO
bank"), nor are EEO statements ("individuals with disabilities") or "quality of life" benefits.
"""

from __future__ import annotations

import re

from scout.extract.contract import Evidence
from scout.extract.facts_scope import Scope
from scout.extract.negation import negated_items

BENEFITS = ("health", "retirement", "cme", "pto", "disability", "life")

_NEIGHBOUR = (
    r"(?=\s*(?:,|\+|/|&|and|or)\s*"
    r"(?:401|403|457|retire|dental|vision|disab|life|pto|paid|pension|cme|medical))"
)
_TERMS: dict[str, re.Pattern[str]] = {
    "health": re.compile(
        r"\bdental\b|\bfehb\b|\bmed/dental\b"
        r"|\b(?:health|medical|vision)(?:\s*(?:,|/|&|\+|and)\s*(?:dental|vision|medical))*\s+(?:insurance|plans?|"
        r"coverage|benefits?|care\s+coverage)\b"
        r"|\bhealth\b" + _NEIGHBOUR + r"|\bmedical\b(?=\s*(?:,|/|&|and)\s*(?:dental|vision))"
        r"|(?:401\s*\(?k\)?|403\s*\(?b\)?|\bpto|\bretirement|\bdisability|\bvacation)[^.;\n]{0,25}?"
        r"(?:,|&|\band\b|\+)\s*(?P<tail>health)\b"
    ),
    "retirement": re.compile(
        r"\b401\s*\(?k\)?|\b403\s*\(?b\)?|\b457\s*\(?b\)?|\bpension\b|\bthrift\s+savings\b|\bsuperannuation\b"
        r"|\brrsp\b|\btiaa\b|\bretirement\s+(?:plans?|savings|match|contributions?|system|accounts?|benefits?)\b"
        r"|\bretirement\b" + _NEIGHBOUR.replace("retire|", "")
    ),
    "cme": re.compile(
        r"\bcme\b|\bcontinuing\s+(?:medical\s+)?education\b|\beducation\s+(?:allowance|leave|fund|days)\b"
        r"|\bprofessional\s+development\s+(?:fund|allowance|budget)\b|\bacademic\s+(?:fund|allowance)\b"
    ),
    "pto": re.compile(
        r"\bpto\b|\bpaid\s+time\s+off\b|\bvacation\b(?!\s+(?:coverage|relief))|\bannual\s+leave\b"
        r"|\bpaid\s+(?:leave|holidays)\b|\bsick\s+leave\b|\bweeks?\s+off\s+paid\b|\btime\s+off\s+(?:accrued|bank)"
    ),
    "disability": re.compile(r"\bdisability\b|\bltd\b(?=\s*[,;]|\s+(?:insurance|coverage))"),
    "life": re.compile(
        r"\blife\s+(?:insurance|coverage|policy|policies|assurance|benefits?)\b"
        r"|\b(?:term|group|basic|employer-paid)\s+(?:term\s+)?life\b"
        r"|\blife\s*(?:,|and|&)\s*(?:long[\s-]term\s+|short[\s-]term\s+)?disability\b"
        r"|\bdisability\s*(?:,|and|&)\s*(?:term\s+|group\s+)?life\b"
    ),
}
_ANCHORS: dict[str, tuple[tuple[str, ...], int]] = {
    "health": (("dental", "fehb", "health", "medical", "vision"), 50),
    "retirement": (("401", "403", "457", "pension", "thrift", "superann", "rrsp", "tiaa", "retire"), 2),
    "cme": (("cme", "continuing", "education", "development", "academic"), 25),
    "pto": (("pto", "paid", "vacation", "leave", "time off"), 8),
    "disability": (("disab", "ltd"), 2),
    "life": (("life",), 26),
}
_EEO = re.compile(
    r"without\s+regard|regard\s+to|\brace\b|veteran|equal\s+opportunity|discriminat|individuals\s+with|"
    r"persons\s+with|people\s+with|accommodat|affirmative"
)
_NO_BENEFITS = re.compile(
    r"\bno\s+benefits\b|\bbenefits\s+(?:are\s+)?not\s+(?:offered|provided|included|available)\b"
    r"|\bnot\s+(?:eligible|entitled)\s+(?:for|to)\b[^.;]{0,60}\bbenefits\b|\bwithout\s+benefits\b"
    r"|\b(?:do|does|will)\s+not\s+(?:receive|get|include|offer)\b[^.;]{0,60}\bbenefits\b"
)
_ORG_BEFORE = re.compile(r"[A-Z][\w'’-]*\s$")


def benefits(scope: Scope) -> tuple[list[str], list[Evidence]]:
    lower = scope.lower
    hits: list[tuple[int, int, str]] = []
    for kind, pattern in _TERMS.items():
        anchors, before = _ANCHORS[kind]
        for m in scope.scan(pattern, anchors, before, 40):
            start, end = m.span("tail") if m.groupdict().get("tail") else m.span()
            if scope.text.startswith("Health", start) and _ORG_BEFORE.search(
                scope.text, max(0, start - 30), start
            ):
                continue  # "Cedar Valley Health, Department of ...": an organisation's name
            hits.append((start, end, kind))
    hits.sort()
    floors = [scope.clause(start)[0] for start, _, _ in hits]
    negated = negated_items(lower, [(s, e) for s, e, _ in hits], floors)
    found: dict[str, tuple[int, int]] = {}
    for (start, end, kind), neg in zip(hits, negated, strict=True):
        if neg or kind in found:
            continue
        s_start, s_end = scope.sentence(start)
        if kind == "disability" and _EEO.search(lower, s_start, s_end):
            continue
        c_start, c_end = scope.clause(start)
        if _NO_BENEFITS.search(lower, c_start, c_end):
            continue
        found[kind] = (start, end)
    kinds = [k for k in BENEFITS if k in found]
    return kinds, [scope.evidence("benefits", *found[k]) for k in kinds]
