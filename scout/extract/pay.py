"""Pay and volume: every pay basis with its figures, the sign-on bonus, and this job's volumes.

`extract_pay` reads each amount (`money`), drops those quoted for another opening (`pay_scope`),
decides what each pays for (`pay_basis`), folds the figures per basis into one range, adds the bases
named without a figure ("competitive base salary", "paid per RVU") and reads volumes (`volume`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from scout.extract.contract import Pay, PayModel, Range, Volume
from scout.extract.doc import Doc, Quote
from scout.extract.money import Money, find_money, numbers, word_numbers
from scout.extract.pay_basis import Figure, classify
from scout.extract.pay_scope import Text, anchored
from scout.extract.volume import extract_volume

_FIELD: dict[str, str] = {
    "per_rvu": "per_rvu_usd",
    "per_study": "per_study_usd",
    "per_shift": "per_shift_usd",
    "hourly": "hourly_usd",
    "daily": "daily_usd",
    "annual": "annual_usd",
}
_MODEL: dict[str, PayModel] = {
    "per_rvu": "per_rvu",
    "per_study": "per_study",
    "per_shift": "per_shift",
    "hourly": "hourly",
    "daily": "daily",
    "annual": "salary",
}
_MODEL_ORDER: list[str] = list(_MODEL.values())
# A basis named without a figure: "competitive base salary", "paid per RVU", "competitive hourly rate".
_NAMED = re.compile(
    r"(?P<salary>salar(?:y|ied)\b|base pay\b)"
    r"|(?P<per_rvu>per[- ]w?rvu\b|w?rvu[- ]based\b|w?rvu rates?\b|paid (?:on|by) (?:the )?w?rvus?\b)"
    r"|(?P<per_study>per[- ](?:study|read|click)\b)"
    r"|(?P<hourly>hourly (?:rates?|pay|compensation|wages?)\b|paid hourly\b|paid by the hour\b)"
    r"|(?P<per_shift>per[- ]shift (?:rates?|pay)\b|shift rates?\b|paid (?:per|by the) shift\b|shift-based\b"
    r"|per[- ](?:night|shift) (?:compensation|rates?|pay)\b)"
    r"|(?P<daily>(?:daily|day) rates?\b|paid daily\b|paid by the day\b)"
)
# The words each named basis starts with; only the bases no figure has given are looked for.
_NAMED_ANCHORS: dict[str, tuple[str, ...]] = {
    "salary": ("salar", "base pay"),
    "per_rvu": ("per-", "per w", "per r", "wrvu-", "wrvu ", "rvu-", "rvu ", "paid on", "paid by"),
    "per_study": ("per-", "per s", "per r", "per c"),
    "hourly": ("hourly ", "paid h", "paid by the h"),
    "per_shift": (
        "per-shift",
        "per shift",
        "shift rate",
        "paid per shift",
        "paid by the shift",
        "shift-based",
        "per-night",
        "per night",
    ),
    "daily": ("daily rate", "day rate", "paid daily", "paid by the day"),
}
_NAMED_NEGATED = re.compile(
    r"\b(?:no|not|without|never|instead of|rather than|non|don'?t|do not|doesn'?t|does not|isn'?t|aren'?t"
    r"|won'?t)\b[^.\n,]{0,20}$"
)
_COMPARISON = re.compile(r"equiv|compar|for context")
_NEAR_FIGURE = 25  # "$44 per wRVU": a unit right after an amount is that amount's, not a named basis
_MAX_NAMED = 100


def extract_pay(doc: Doc) -> tuple[Pay, list[Volume], list[Quote]]:
    """This job's pay (bases, figures, sign-on bonus) and volumes, with evidence; never raises."""
    if not doc.text.strip():
        return Pay(), [], []
    text = Text(doc)
    words = word_numbers(text.low)
    nums = numbers(text.low)
    mentions = [m for m in find_money(text.low, nums, words) if not text.elsewhere_at(m.start)]
    figures = _classify_all(text, mentions)
    evidence: list[Quote] = []
    pay = _fold(doc, figures, evidence)
    sign_on = {f.money.start for f in figures if f.kind == "sign_on"}
    named = _named_bases(text, [m for m in mentions if m.start not in sign_on], set(pay.models), evidence)
    pay.models = sorted(set(pay.models) | named, key=_MODEL_ORDER.index)
    volumes, volume_evidence = extract_volume(text, nums, mentions, words)
    return pay, volumes, evidence + volume_evidence


def _classify_all(text: Text, mentions: list[Money]) -> list[Figure]:
    """Read every amount; a written amount's context stops at its neighbours ("$2,000/shift + $40/RVU").

    A bare number ("9,000 per year") does not bound its neighbours' context: it may not be money.
    """
    figures: list[Figure] = []
    previous: Figure | None = None
    ends = sorted(m.end for m in mentions if not m.bare)
    starts = sorted(m.start for m in mentions if not m.bare)
    for money in mentions:
        i = bisect_right(ends, money.start)
        floor = ends[i - 1] if i else 0
        j = bisect_left(starts, money.end)
        ceiling = starts[j] if j < len(starts) else len(text.low)
        figure = classify(text, money, floor, ceiling, previous)
        if figure is not None:
            figures.append(figure)
        previous = figure
    return figures


def _fold(doc: Doc, figures: list[Figure], evidence: list[Quote]) -> Pay:
    pay = Pay()
    models: list[PayModel] = []
    for basis, field in _FIELD.items():
        mine = _with_increments([f for f in figures if f.kind == "pay" and f.basis == basis])
        if not mine:
            continue
        models.append(_MODEL[basis])
        evidence.append(doc.evidence("pay.models", mine[0].start, mine[0].end))
        usd = [f for f in mine if f.money.is_usd]
        if usd:
            setattr(pay, field, _range(usd))
            evidence.extend(doc.evidence(f"pay.{field}", f.start, f.end) for f in usd)
    bonuses = [f for f in figures if f.kind == "sign_on" and f.money.is_usd and f.hi is not None]
    if bonuses:
        pay.sign_on_bonus_usd = _whole(max(f.hi for f in bonuses if f.hi is not None))
        evidence.extend(doc.evidence("pay.sign_on_bonus_usd", f.start, f.end) for f in bonuses)
    pay.models = models
    return pay


def _with_increments(figures: list[Figure]) -> list[Figure]:
    """A premium ("weekends +$10/wRVU") added to the base rate it raises: the nearest base before it.

    With no base rate on its basis a premium is no rate at all.
    """
    bases = [f for f in figures if not f.increment]
    out = list(bases)
    for f in figures:
        if not f.increment or not bases or not f.money.is_usd:
            continue
        before = [b for b in bases if b.start < f.start and b.money.is_usd]
        base = before[-1] if before else next((b for b in bases if b.money.is_usd), None)
        if base is None or base.lo is None or base.hi is None or f.lo is None or f.hi is None:
            continue
        out.append(f._replace(lo=base.lo + f.lo, hi=base.hi + f.hi))
    return out


def _range(figures: list[Figure]) -> Range:
    """Several figures on one basis (tiers, years, day and night) span lowest to highest."""
    los = [f.lo for f in figures if f.lo is not None]
    his = [f.hi for f in figures if f.hi is not None]
    lo = min(los) if los else None
    hi = max(his) if his else None
    if any(f.hi is None and f.lo is not None and (hi is None or f.lo >= hi) for f in figures):
        hi = None  # "from $525k", "$100+"
    if any(f.lo is None and f.hi is not None and (lo is None or f.hi <= lo) for f in figures):
        lo = None  # "up to $560,000"
    return Range(min=_whole(lo), max=_whole(hi))


def _whole(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 2)


def _named_bases(
    text: Text, mentions: list[Money], known: set[PayModel], evidence: list[Quote]
) -> set[PayModel]:
    """Bases a posting names without a figure of their own ("competitive salary", "paid per RVU")."""
    found: set[PayModel] = set()
    low = text.low
    anchors = {a for model, words in _NAMED_ANCHORS.items() if model not in known for a in words}
    for i, m in enumerate(anchored(low, tuple(sorted(anchors)), _NAMED)):
        model = m.lastgroup
        if i >= _MAX_NAMED:
            break
        if model is None or (m.start() and low[m.start() - 1].isalnum()) or text.elsewhere_at(m.start()):
            continue
        start, end = text.clause_start(m.start()), text.sentence_end(m.start())
        if _NAMED_NEGATED.search(low, max(start, m.start() - 30), m.start()) or _COMPARISON.search(
            low, start, end
        ):
            continue
        if model == "salary":
            if any(start <= money.start < end for money in mentions):
                continue  # the figure in this sentence decides the basis ("Salary: $375/hr" is hourly)
        elif any(0 <= m.start() - money.end <= _NEAR_FIGURE for money in mentions):
            continue
        found.add(_MODEL.get(model, model))  # type: ignore[arg-type]
        evidence.append(text.doc.evidence("pay.models", m.start(), m.end()))
    return found
