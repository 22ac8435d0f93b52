"""Ranking: an offer's extracted terms, read against the radiologist's profile, give comparable
figures, red flags that quote the posting, and a 0-100 score whose breakdown adds up.

Pure: no I/O, no clock (`today` is passed in). Every number comes from `scout.ranking_defaults`,
which names its source in domain.md; docs/ranking.md is the page a radiologist checks by hand.

Figures are low-high ranges. Ranges in the posting give ranges out; a term the posting leaves
unsettled (benefits, malpractice, tail, workstation, licence fees, W-2 or 1099) is counted both
ways: the low end assumes the worse case, the high end the better one. A one-sided pay figure gives
a one-sided figure ("from $525k" has a low end only, "up to $X" a high end only). When the posting
lacks what a figure needs, the figure is None (JSON null): never a made-up number.

Score = 100 x (w_value x value + w_workload x workload + w_risk x risk + w_preference x preference),
weights from the profile scaled to add up to 1, each part between 0 and 1:
- value: the W-2-equivalent $/wRVU at the user's pace (middle of its range; the low end when only
  that is known) / $80, the top of published rates, capped at 1. **Unknown pay** is valued as if
  it paid $35/wRVU, the below-market line (35/80 = 0.4375), so an offer with no pay figure never
  outranks a known market-rate offer on value; "up to $X" gets the smaller of that and X's value.
- workload: 1 when the volume asked for is within the user's pace, falling linearly to 0 at 1.5x
  the pace; 0.75 when the posting states no volume, 1 when it says there is no quota.
- risk: 1 - 0.5 per critical flag - 0.2 per warning - 0.05 per note, floored at 0.
- preference: the mean of employment type, shifts, subspecialty, mammography and work-mode fit
  (and reading from abroad, for a user who wants to); a fact the posting does not settle counts 0.5.
Each part's points are rounded to one decimal and the score is their sum, so the breakdown adds up.

Speed: `rank_all` computes numbers only; messages, how-strings and reasons are built on first
access (cached), so ranking many offers and showing a few stays fast. The one fact the terms do not
carry (whether the posting lets you read from abroad) is read from the text once, when the
`OfferInput` is built, not on every ranking.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal

from scout import ranking_defaults as d
from scout.extract.contract import Range, Terms, Volume
from scout.profile import Profile
from scout.ranking_defaults import FLAGS_BY_ID, Severity

Span = tuple[float | None, float | None]
Component = Literal["value", "workload", "risk", "preference"]

_SEVERITY_ORDER: dict[str, int] = {"critical": 0, "warning": 1, "note": 2}
_FIELD_UNIT = {"per_rvu_usd": "rvu", "per_study_usd": "study"}
_DEMANDED = ("minimum", "expected")


@dataclass(frozen=True, slots=True)
class OfferInput:
    """One offer as the ranking reads it: the stored posting plus its extracted terms."""

    id: int
    title: str
    employer: str | None
    terms: Terms
    sources: Sequence[Mapping[str, str]] = ()
    text: str = ""
    posted_date: date | datetime | None = None
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    removed_at: datetime | None = None
    published_pay: Mapping[str, Any] | None = None  # {min, max, unit, currency, text} as a board gave it
    abroad_quote: str | None = field(init=False, default=None)
    """The posting words offering reads from outside the US; the one fact the terms do not carry,
    so the text is read for it once, here, rather than on every ranking."""

    def __post_init__(self) -> None:
        if self.text:
            object.__setattr__(self, "abroad_quote", find_abroad_quote(self.text))


@dataclass(frozen=True, slots=True)
class Flag:
    """One thing wrong with an offer, in words for a radiologist, with the posting words behind it."""

    id: str
    severity: Severity
    message: str
    evidence: tuple[str, ...]
    threshold: str | None
    heuristic: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "severity": self.severity,
            "message": self.message,
            "evidence": list(self.evidence),
            "threshold": self.threshold,
            "heuristic": self.heuristic,
        }


@dataclass(frozen=True, slots=True)
class ScorePart:
    """One part of the score: its weight, its fit (0-1) and the points it adds."""

    component: Component
    weight: float
    fit: float
    points: float
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "component": self.component,
            "weight": round(self.weight, 4),
            "fit": round(self.fit, 4),
            "points": self.points,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Adjustment:
    """One step from gross pay to its W-2 equivalent: the cost at the low end and at the high end."""

    item: str
    low: float
    high: float
    reason: str


@dataclass(frozen=True, slots=True)
class Workload:
    """The volume the job asks for, per hour of the user's shift, against the user's pace."""

    required_rvus_per_hour: Span | None
    your_rvus_per_hour: float
    required_studies_per_hour: Span | None
    your_studies_per_hour: float
    share_of_your_pace: Span | None
    implied_per_rvu_usd: Span | None
    how: str


@dataclass(frozen=True, slots=True)
class Figures:
    """The comparable figures for one offer; a span is (low, high), None when unknown."""

    annual_gross_usd: Span | None
    w2_equivalent_usd: Span | None
    effective_hourly_usd: Span | None
    effective_per_rvu_usd: Span | None
    workload: Workload | None
    adjustments: tuple[Adjustment, ...]
    how: Mapping[str, str]

    def to_json(self) -> dict[str, Any]:
        workload = None
        if self.workload is not None:
            w = self.workload
            workload = {
                "required_rvus_per_hour": _span_json(w.required_rvus_per_hour, 2),
                "your_rvus_per_hour": w.your_rvus_per_hour,
                "required_studies_per_hour": _span_json(w.required_studies_per_hour, 2),
                "your_studies_per_hour": w.your_studies_per_hour,
                "share_of_your_pace": _span_json(w.share_of_your_pace, 3),
                "implied_per_rvu_usd": _span_json(w.implied_per_rvu_usd, 2),
            }
        return {
            "annual_gross_usd": _span_json(self.annual_gross_usd, 0),
            "w2_equivalent_usd": _span_json(self.w2_equivalent_usd, 0),
            "effective_hourly_usd": _span_json(self.effective_hourly_usd, 2),
            "effective_per_rvu_usd": _span_json(self.effective_per_rvu_usd, 2),
            "workload": workload,
            "w2_adjustments": [
                {"item": a.item, "low": round(a.low), "high": round(a.high), "reason": a.reason}
                for a in self.adjustments
            ],
            "how": dict(self.how),
        }


def _span_json(span: Span | None, digits: int) -> dict[str, float | None] | None:
    if span is None:
        return None
    lo, hi = span
    if digits == 0:
        return {"low": None if lo is None else round(lo), "high": None if hi is None else round(hi)}
    return {
        "low": None if lo is None else round(lo, digits),
        "high": None if hi is None else round(hi, digits),
    }


# --- Profile-derived constants, computed once per ranking run -------------------------------------------


class _Context:
    """Everything the ranking needs from the profile, precomputed."""

    __slots__ = (
        "below_market",
        "benefit_parts",
        "benefits",
        "board_mult",
        "ceiling",
        "half",
        "held",
        "hours_shift",
        "hours_year",
        "ignore",
        "imlc_route",
        "license_year",
        "medicare",
        "min_hourly",
        "modes",
        "pace_rvu",
        "pace_study",
        "penalty",
        "period_hours",
        "preferred",
        "premium",
        "profile",
        "refused",
        "rvus_hour_flag",
        "rvus_year",
        "shifts_year",
        "ss_base",
        "ss_rate",
        "stale_days",
        "studies_hour_flag",
        "studies_shift_flag",
        "studies_year",
        "subs",
        "tail_reserve",
        "tail_total",
        "unknown_value",
        "unknown_workload",
        "weeks_year",
        "weights",
        "workstation",
        "workstation_mammo",
        "zero_fit_excess",
    )

    def __init__(self, profile: Profile, ignore: Iterable[str] = ()) -> None:
        p = profile
        self.profile = p
        self.hours_shift = p.hours_per_shift
        self.shifts_year = p.shifts_per_year
        self.hours_year = p.hours_per_shift * p.shifts_per_year
        self.weeks_year = p.shifts_per_year / d.SHIFTS_PER_WEEK.value
        self.pace_rvu = p.rvus_per_hour
        self.pace_study = p.studies_per_hour
        self.rvus_year = p.rvus_per_hour * self.hours_year
        self.studies_year = p.studies_per_hour * self.hours_year
        self.period_hours: dict[str, float] = {
            "hour": 1.0,
            "shift": p.hours_per_shift,
            "day": p.hours_per_shift,
            "week": p.hours_per_shift * d.SHIFTS_PER_WEEK.value,
            "month": self.hours_year / 12,
            "year": self.hours_year,
        }
        self.board_mult: dict[str, float] = {
            "HOUR": self.hours_year,
            "DAY": p.shifts_per_year,
            "WEEK": self.weeks_year,
            "MONTH": 12.0,
            "YEAR": 1.0,
        }
        self.held = frozenset(p.licenses_held)
        self.preferred = frozenset(p.preferred_shifts)
        self.refused = frozenset(p.refused_shifts)
        self.modes = frozenset(p.work_modes)
        self.subs = frozenset(p.subspecialties)
        w = p.weights.normalized()
        self.weights: tuple[float, float, float, float] = (
            w["value"],
            w["workload"],
            w["risk"],
            w["preference"],
        )
        self.premium = p.malpractice_premium_usd
        self.tail_total = d.TAIL_MULTIPLE.value * p.malpractice_premium_usd
        self.tail_reserve = self.tail_total / d.RESERVE_YEARS.value
        self.benefits = p.benefits_value_usd
        scale = p.benefits_value_usd / d.BENEFITS_VALUE.value
        self.benefit_parts = {k: v * scale for k, v in d.BENEFIT_PARTS.items()}
        self.workstation = d.WORKSTATION.value / d.RESERVE_YEARS.value
        self.workstation_mammo = d.WORKSTATION_MAMMO.value / d.RESERVE_YEARS.value
        self.license_year = d.LICENSE_INITIAL.value / d.RESERVE_YEARS.value + d.LICENSE_ANNUAL.value
        self.ss_rate = d.SOCIAL_SECURITY_RATE.value
        self.ss_base = d.SOCIAL_SECURITY_WAGE_BASE.value
        self.medicare = d.MEDICARE_RATE.value
        self.ceiling = d.MARKET_PER_RVU_CEILING.value
        self.below_market = d.BELOW_MARKET_PER_RVU.value
        self.unknown_value = d.UNKNOWN_PAY_PER_RVU.value / self.ceiling
        self.min_hourly = p.min_effective_hourly_usd
        principal = p.principal_license_state
        self.imlc_route = p.imlc_eligible and (
            principal is None
            or (
                principal in d.IMLC_MEMBER_STATES
                and principal not in d.IMLC_NON_SPL_STATES
                and principal not in d.IMLC_AT_RISK_STATES
            )
        )
        self.ignore = frozenset(ignore)
        self.penalty = d.SEVERITY_PENALTY
        self.zero_fit_excess = d.QUOTA_ZERO_FIT_RATIO.value - 1.0
        self.unknown_workload = d.UNKNOWN_WORKLOAD_FIT.value
        self.half = d.UNKNOWN_PREFERENCE_FIT.value
        self.rvus_hour_flag = d.RVUS_PER_HOUR_FLAG.value
        self.studies_hour_flag = d.STUDIES_PER_HOUR_FLAG.value
        self.studies_shift_flag = d.STUDIES_PER_SHIFT_FLAG.value
        self.stale_days = timedelta(days=d.STALE_AFTER_DAYS.value)


# --- The numbers -------------------------------------------------------------------------------------


PayPart = tuple[str, float | None, float | None, float | None, float | None]  # basis, rate, annual lo/hi


@dataclass(slots=True)
class _Pay:
    """Gross annual pay at the user's workload and the pieces it came from."""

    kind: Literal["stated", "board", "none"]
    low: float | None = None
    high: float | None = None
    time: tuple[PayPart, ...] = ()
    prod: tuple[PayPart, ...] = ()
    bonus: tuple[tuple[str, float, float | None, Span], ...] = ()  # field, extra low/high, threshold/yr
    time_low: float | None = None
    time_high: float | None = None
    stated_rvu_top: float | None = None  # the per-wRVU rate when it is the only basis


def _ordered(a: float | None, b: float | None) -> Span:
    if a is not None and b is not None and a > b:
        return b, a
    return a, b


def _times(x: float | None, k: float) -> float | None:
    return None if x is None else x * k


def _union(parts: Sequence[PayPart]) -> Span:
    if len(parts) == 1:
        return parts[0][3], parts[0][4]
    lows = [p[3] for p in parts if p[3] is not None]
    highs = [p[4] for p in parts if p[4] is not None]
    return (min(lows) if lows else None, max(highs) if highs else None)


def _part(name: str, r: Range, mult: float) -> PayPart | None:
    lo, hi = r.min, r.max
    if lo is None:
        if hi is None:
            return None
        return (name, None, hi, None, hi * mult)
    if hi is None:
        return (name, lo, None, lo * mult, None)
    if lo > hi:
        lo, hi = hi, lo
    return (name, lo, hi, lo * mult, hi * mult)


def _pay(terms: Terms, board: Mapping[str, Any] | None, ctx: _Context) -> _Pay:
    pay = terms.pay
    time: list[PayPart] = []
    prod: list[PayPart] = []
    if pay.annual_usd is not None and (part := _part("annual_usd", pay.annual_usd, 1.0)):
        time.append(part)
    if pay.per_shift_usd is not None and (part := _part("per_shift_usd", pay.per_shift_usd, ctx.shifts_year)):
        time.append(part)
    if pay.daily_usd is not None and (part := _part("daily_usd", pay.daily_usd, ctx.shifts_year)):
        time.append(part)
    if pay.hourly_usd is not None and (part := _part("hourly_usd", pay.hourly_usd, ctx.hours_year)):
        time.append(part)
    if pay.per_rvu_usd is not None and (part := _part("per_rvu_usd", pay.per_rvu_usd, ctx.rvus_year)):
        prod.append(part)
    if pay.per_study_usd is not None and (
        part := _part("per_study_usd", pay.per_study_usd, ctx.studies_year)
    ):
        prod.append(part)
    if not time and not prod:
        return _board_pay(board, ctx)
    if not time:
        lo, hi = _union(prod)
        top = None
        for part in prod:
            if part[0] == "per_rvu_usd":
                top = part[2] if part[2] is not None else part[1]
        return _Pay("stated", lo, hi, prod=tuple(prod), stated_rvu_top=top)
    t_lo, t_hi = _union(time)
    lo, hi = t_lo, t_hi
    bonus: list[tuple[str, float, float | None, Span]] = []
    free = []
    for part in prod:
        unit = _FIELD_UNIT[part[0]]
        thresholds = [v for v in terms.volume if v.kind == "bonus_threshold" and v.unit == unit]
        if not thresholds:
            free.append(part)
            continue
        thr = _year_span(thresholds, ctx)
        yours = ctx.rvus_year if unit == "rvu" else ctx.studies_year
        rate_lo, rate_hi = part[1], part[2]
        extra_lo = 0.0 if rate_lo is None or thr[1] is None else rate_lo * max(0.0, yours - thr[1])
        extra_hi = None if rate_hi is None else rate_hi * max(0.0, yours - (thr[0] or 0.0))
        bonus.append((part[0], extra_lo, extra_hi, thr))
        lo = None if lo is None else lo + extra_lo
        hi = None if hi is None or extra_hi is None else hi + extra_hi
    if free:
        # A production rate beside a fixed base, with no threshold stated: an alternative basis that
        # can raise the top of the range, never the bottom.
        f_hi = _union(free)[1]
        if hi is not None and f_hi is not None and f_hi > hi:
            hi = f_hi
    return _Pay("stated", lo, hi, tuple(time), tuple(prod), tuple(bonus), t_lo, t_hi)


def _board_pay(board: Mapping[str, Any] | None, ctx: _Context) -> _Pay:
    if not board:
        return _Pay("none")
    mult = ctx.board_mult.get(str(board.get("unit") or "").upper())
    currency = board.get("currency")
    if mult is None or (currency is not None and str(currency).upper() != "USD"):
        return _Pay("none")
    raw_lo, raw_hi = board.get("min"), board.get("max")
    lo = float(raw_lo) if isinstance(raw_lo, int | float) and not isinstance(raw_lo, bool) else None
    hi = float(raw_hi) if isinstance(raw_hi, int | float) and not isinstance(raw_hi, bool) else None
    if lo is None and hi is None:
        return _Pay("none")
    lo, hi = _ordered(lo, hi)
    return _Pay("board", _times(lo, mult), _times(hi, mult))


def _year_span(volumes: Sequence[Volume], ctx: _Context) -> Span:
    """Volumes (same unit) per year at the user's schedule: the lowest low and the highest high."""
    lows: list[float] = []
    highs: list[float] = []
    for v in volumes:
        k = ctx.hours_year / ctx.period_hours[v.per]
        if v.min is not None:
            lows.append(v.min * k)
        if v.max is not None:
            highs.append(v.max * k)
    return (min(lows) if lows else None, max(highs) if highs else None)


def _demands(volumes: Sequence[Volume], ctx: _Context) -> tuple[Span | None, Span | None]:
    """What the job asks per hour of the user's shift, in wRVUs and in studies.

    Minimum and expected volumes count; of several, the most demanding low and the most demanding
    high ("80+" leaves the high open).
    """
    acc: dict[str, list[Any]] = {}
    period_hours = ctx.period_hours
    for v in volumes:
        kind = v.kind
        if kind != "minimum" and kind != "expected":
            continue
        vlo, vhi = v.min, v.max
        if vlo is None and vhi is None:
            continue
        if vlo is not None and vhi is not None and vlo > vhi:
            vlo, vhi = vhi, vlo
        ph = period_hours[v.per]
        a = acc.get(v.unit)
        if a is None:
            a = acc[v.unit] = [None, None, False]  # low, high, open top
        if vlo is not None:
            x = vlo / ph
            if a[0] is None or x > a[0]:
                a[0] = x
            if vhi is None:
                a[2] = True
        if vhi is not None:
            y = vhi / ph
            if a[1] is None or y > a[1]:
                a[1] = y
    if not acc:
        return None, None
    out: list[Span | None] = [None, None]
    for i, unit in enumerate(("rvu", "study")):
        a = acc.get(unit)
        if a is not None:
            lo, hi = a[0], a[1]
            if a[2]:
                hi = None
            elif lo is not None and hi is not None and hi < lo:
                hi = lo
            out[i] = (lo, hi)
    return out[0], out[1]


def _mid(span: Span | None) -> float | None:
    if span is None:
        return None
    lo, hi = span
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    return lo if lo is not None else hi


def _top(span: Span | None) -> float | None:
    if span is None:
        return None
    return span[1] if span[1] is not None else span[0]


def _fica(gross: float, ctx: _Context) -> float:
    g = gross if gross > 0 else 0.0
    return ctx.ss_rate * (g if g < ctx.ss_base else ctx.ss_base) + ctx.medicare * g


@dataclass(slots=True, eq=False)
class Ranked:
    """One offer ranked for one radiologist: score, breakdown, figures and flags.

    The numbers are computed when ranking; the text (figures' how-strings, reasons, flag messages)
    is built on first access and kept. Treat it as read-only.
    """

    id: int
    score: float
    offer: OfferInput = field(repr=False)
    ctx: _Context = field(repr=False)
    today: date = field(repr=False)
    pay: _Pay = field(repr=False)
    contractor: tuple[bool, bool] = field(repr=False)  # 1099 treatment at the low end, at the high end
    w2: Span | None = field(repr=False)
    rvu_demand: Span | None = field(repr=False)
    study_demand: Span | None = field(repr=False)
    ratio: Span | None = field(repr=False)
    implied: Span | None = field(repr=False)
    licenses_missing: tuple[str, ...] = field(repr=False)
    """States the posting names that the user holds no licence in."""
    abroad: str | None = field(repr=False)
    mammo_job: bool = field(repr=False)
    fits: tuple[float, float, float, float] = field(repr=False)
    flag_levels: tuple[tuple[str, Severity], ...] = field(repr=False)  # in catalogue order
    tenths: tuple[int, int, int, int] = field(repr=False)
    _text: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def flag_ids(self) -> tuple[str, ...]:
        return tuple(f[0] for f in self.flag_levels)

    def _cached(self, key: str, build: Callable[[Ranked], Any]) -> Any:
        if self._text is None:
            self._text = {}
        if key not in self._text:
            self._text[key] = build(self)
        return self._text[key]

    @property
    def score_breakdown(self) -> tuple[ScorePart, ...]:
        result: tuple[ScorePart, ...] = self._cached("breakdown", _breakdown)
        return result

    @property
    def figures(self) -> Figures:
        result: Figures = self._cached("figures", _figures)
        return result

    @property
    def flags(self) -> tuple[Flag, ...]:
        """Most serious first, then in catalogue order."""
        result: tuple[Flag, ...] = self._cached("flags", _render_flags)
        return result

    def to_json(self) -> dict[str, Any]:
        """The object `scout rank --json` prints for this offer."""
        o = self.offer
        return {
            "id": o.id,
            "title": o.title,
            "employer": o.employer,
            "sources": [dict(s) for s in o.sources],
            "score": self.score,
            "score_breakdown": [part.to_json() for part in self.score_breakdown],
            "figures": self.figures.to_json(),
            "flags": [f.to_json() for f in self.flags],
            "licenses_missing": list(self.licenses_missing),
            "terms": o.terms.to_contract(),
        }


def _compute(offer: OfferInput, ctx: _Context, today: date) -> Ranked:
    t = offer.terms
    p = ctx.profile
    pay = _pay(t, offer.published_pay, ctx)

    # Employment treatment at each end of the range: contractor (1099) or employee (W-2).
    emp = t.employment_type
    pref = p.employment_preference
    if emp == "1099" or (emp == "either" and pref == "1099"):
        contractor = (True, True)
    elif emp == "w2" or (emp == "either" and pref == "w2"):
        contractor = (False, False)
    else:
        contractor = (True, False)
    mammo_job = "mammo" in t.modalities or "breast" in t.subspecialties
    states = t.licensing.states
    missing_states = frozenset(states).difference(ctx.held) if states else frozenset()

    # Gross -> W-2 equivalent.
    cost_lo, cost_hi = _costs(t, ctx, contractor, mammo_job, len(missing_states), None)
    w2_lo = w2_hi = None
    if pay.low is not None:
        w2_lo = pay.low - cost_lo - (_fica(pay.low, ctx) if contractor[0] else 0.0)
    if pay.high is not None:
        w2_hi = pay.high - cost_hi - (_fica(pay.high, ctx) if contractor[1] else 0.0)
    w2 = None if w2_lo is None and w2_hi is None else (w2_lo, w2_hi)

    # Workload: what the job asks, per hour of the user's shift, against the user's pace.
    rvu_demand = study_demand = ratio = implied = None
    if t.volume:
        rvu_demand, study_demand = _demands(t.volume, ctx)
        if rvu_demand is not None:
            ratio = (_div(rvu_demand[0], ctx.pace_rvu), _div(rvu_demand[1], ctx.pace_rvu))
            if pay.time:
                implied = (
                    _div(pay.time_low, _times(rvu_demand[1], ctx.hours_year)),
                    _div(pay.time_high, _times(rvu_demand[0], ctx.hours_year)),
                )
                if implied == (None, None):
                    implied = None
        if study_demand is not None:
            study_ratio = (_div(study_demand[0], ctx.pace_study), _div(study_demand[1], ctx.pace_study))
            if ratio is None or (_mid(study_ratio) or 0.0) > (_mid(ratio) or 0.0):
                ratio = study_ratio

    # Value fit: W-2-equivalent $/wRVU at the user's pace over the top of published rates.
    if w2 is None:
        value_fit = ctx.unknown_value
    elif w2_lo is None:
        value_fit = min(ctx.unknown_value, (w2_hi or 0.0) / ctx.rvus_year / ctx.ceiling)
    else:
        est = w2_lo if w2_hi is None else (w2_lo + w2_hi) / 2
        value_fit = est / ctx.rvus_year / ctx.ceiling
    value_fit = 0.0 if value_fit < 0 else 1.0 if value_fit > 1 else value_fit

    # Workload fit.
    q = _mid(ratio)
    if q is None:
        stated_none = (
            bool(t.evidence) and not t.volume and any(e.field.startswith("volume") for e in t.evidence)
        )
        workload_fit = 1.0 if stated_none else ctx.unknown_workload
    elif q <= 1:
        workload_fit = 1.0
    else:
        workload_fit = max(0.0, 1.0 - (q - 1.0) / ctx.zero_fit_excess)

    # Red flags, appended in catalogue order.
    flags: list[tuple[str, Severity]] = []
    if ratio is not None:
        quota: Severity | None = None
        for demand, pace in ((rvu_demand, ctx.pace_rvu), (study_demand, ctx.pace_study)):
            if demand is not None:
                if demand[0] is not None and demand[0] > pace:
                    quota = "critical"
                elif quota is None and (_top(demand) or 0.0) > pace:
                    quota = "warning"
        if quota is not None:
            flags.append(("quota_above_pace", quota))
        if (_top(rvu_demand) or 0.0) >= ctx.rvus_hour_flag:
            flags.append(("volume_rvus_high", "warning"))
        top_study = _top(study_demand) or 0.0
        if top_study > ctx.studies_hour_flag or top_study * ctx.hours_shift > ctx.studies_shift_flag:
            flags.append(("volume_studies_high", "warning"))
    m = t.malpractice
    unpaid_tail = False
    if m.provided is not False and m.policy != "occurrence":
        if m.tail == "not_provided":
            unpaid_tail = True
            flags.append(("tail_not_covered", "critical"))
        elif m.tail == "negotiable" or (m.policy == "claims_made" and m.tail is None):
            flags.append(("tail_not_covered", "warning"))
    if m.provided is False:
        flags.append(("malpractice_not_provided", "critical"))
    elif m.provided is None and emp == "1099" and not unpaid_tail:
        # (an unpaid tail implies an employer's claims-made policy; its flag says what matters)
        flags.append(("malpractice_not_provided", "warning"))
    if pay.kind == "none":
        flags.append(("no_pay_figure", "warning"))
    elif pay.kind == "board":
        flags.append(("pay_from_board_only", "note"))
    below = ctx.below_market
    if (
        (w2_hi is not None and w2_hi / ctx.rvus_year < below)
        or (implied is not None and implied[1] is not None and implied[1] < below)
        or (pay.stated_rvu_top is not None and pay.stated_rvu_top < below)
    ):
        flags.append(("per_rvu_below_market", "warning"))
    if ctx.min_hourly > 0 and w2 is not None:
        if w2_hi is not None and w2_hi / ctx.hours_year < ctx.min_hourly:
            flags.append(("below_min_hourly", "warning"))
        elif w2_lo is not None and w2_lo / ctx.hours_year < ctx.min_hourly:
            flags.append(("below_min_hourly", "note"))
    if missing_states:
        holds_one = len(missing_states) < len(set(states))
        flags.append(("licenses_missing", "note" if holds_one else "warning"))
    mode = t.work_mode
    if t.non_compete:
        flags.append(("non_compete_remote", "note" if mode == "onsite" else "warning"))
    if t.private_equity:
        if rvu_demand is not None or study_demand is not None:
            flags.append(("private_equity_quota", "warning"))
        else:
            flags.append(("private_equity", "note"))
    if t.equipment_provided is False and mode != "onsite":
        flags.append(("workstation_at_your_cost", "warning"))
    abroad = offer.abroad_quote if mode != "onsite" else None
    if abroad is not None:
        flags.append(("reads_from_abroad", "critical" if p.read_from_abroad else "warning"))
    shifts = t.shifts
    if ctx.refused and shifts and not ctx.refused.isdisjoint(shifts):
        every = ctx.refused.issuperset(shifts)
        flags.append(("refused_shift", "critical" if every else "warning"))
    if mode is not None and mode not in ctx.modes:
        flags.append(("work_mode_unwanted", "warning"))
    if ctx.subs and t.subspecialties and ctx.subs.isdisjoint(t.subspecialties):
        flags.append(("subspecialty_mismatch", "warning"))
    if mammo_job and not p.reads_mammo:
        flags.append(("mammo_not_read", "warning"))
    seen = offer.posted_date or offer.first_seen
    if seen is not None and (seen.date() if isinstance(seen, datetime) else seen) < today - ctx.stale_days:
        flags.append(("posting_stale", "note"))
    if offer.removed_at is not None:
        flags.append(("posting_removed", "warning"))
    if ctx.ignore:
        flags = [f for f in flags if f[0] not in ctx.ignore]

    # Risk and preference fit, then the points.
    penalty = 0.0
    for _, severity in flags:
        penalty += ctx.penalty[severity]
    risk_fit = 1.0 - penalty if penalty < 1 else 0.0
    pref_fit = _preference(t, ctx, abroad is not None, None)
    fits = (value_fit, workload_fit, risk_fit, pref_fit)
    w = ctx.weights
    tenths = (
        round(w[0] * value_fit * 1000),
        round(w[1] * workload_fit * 1000),
        round(w[2] * risk_fit * 1000),
        round(w[3] * pref_fit * 1000),
    )
    return Ranked(
        offer.id,
        sum(tenths) / 10,
        offer,
        ctx,
        today,
        pay,
        contractor,
        w2,
        rvu_demand,
        study_demand,
        ratio,
        implied,
        tuple(sorted(missing_states)) if missing_states else (),
        abroad,
        mammo_job,
        fits,
        tuple(flags),
        tenths,
    )


CostItem = tuple[str, float, float]  # item, cost at the low end, cost at the high end


def _costs(
    t: Terms,
    ctx: _Context,
    contractor: tuple[bool, bool],
    mammo_job: bool,
    n_missing: int,
    items: list[CostItem] | None,
) -> tuple[float, float]:
    """What a W-2 job would carry that this offer leaves to you (payroll tax aside), at each end.

    A term the posting does not settle costs the worse case at the low end, the better at the high.
    """
    lo = hi = 0.0
    listed = t.benefits
    if listed:
        got = 0.0
        parts = ctx.benefit_parts
        for b in set(listed):
            got += parts.get(b, 0.0)
        b_lo = b_hi = ctx.benefits - got if got < ctx.benefits else 0.0
    else:
        b_lo = ctx.benefits
        b_hi = ctx.benefits if contractor[1] else 0.0
    if b_lo or b_hi:
        lo += b_lo
        hi += b_hi
        if items is not None:
            items.append(("benefits", b_lo, b_hi))
    m = t.malpractice
    if m.policy == "occurrence" or m.tail == "provided":
        tail_lo = tail_hi = 0.0
    elif m.tail == "not_provided":
        tail_lo = tail_hi = ctx.tail_reserve
    else:
        tail_lo, tail_hi = ctx.tail_reserve, 0.0
    if m.provided is False:
        item, c_lo, c_hi = "malpractice", ctx.premium, ctx.premium
    elif m.provided is None:
        item, c_lo, c_hi = "malpractice", ctx.premium, tail_hi
    else:
        item, c_lo, c_hi = "tail", tail_lo, tail_hi
    if c_lo or c_hi:
        lo += c_lo
        hi += c_hi
        if items is not None:
            items.append((item, c_lo, c_hi))
    provided = t.equipment_provided
    if provided is not True and t.work_mode != "onsite":
        station = ctx.workstation_mammo if mammo_job else ctx.workstation
        s_hi = station if provided is False else 0.0
        lo += station
        hi += s_hi
        if items is not None:
            items.append(("workstation", station, s_hi))
    paid = t.licensing.paid
    if n_missing and paid is not True:
        fee = ctx.license_year * n_missing
        f_hi = fee if paid is False else 0.0
        lo += fee
        hi += f_hi
        if items is not None:
            items.append(("licences", fee, f_hi))
    return lo, hi


def _div(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or b == 0:
        return None
    return a / b


def _age_days(offer: OfferInput, today: date) -> int | None:
    seen = offer.posted_date or offer.first_seen
    if seen is None:
        return None
    day = seen.date() if isinstance(seen, datetime) else seen
    return (today - day).days


PREFERENCE_CHECKS = (
    "employment",
    "shifts",
    "subspecialty",
    "mammography",
    "work mode",
    "reading from abroad",
)


def _preference(t: Terms, ctx: _Context, abroad: bool, parts: list[float] | None) -> float:
    """Mean fit of employment type, shifts, subspecialty, mammography and work mode (and abroad)."""
    half = ctx.half
    pref = ctx.profile.employment_preference
    emp = t.employment_type
    if pref == "either" or emp == "either":
        employment = 1.0
    elif emp is None:
        employment = half
    else:
        employment = 1.0 if emp == pref else 0.0
    shifts = t.shifts
    if ctx.refused and not ctx.refused.isdisjoint(shifts):
        shift = half if "flexible" in shifts and "flexible" not in ctx.refused else 0.0
    elif not ctx.preferred and not ctx.refused:
        shift = 1.0
    elif not shifts:
        shift = half
    elif not ctx.preferred or not ctx.preferred.isdisjoint(shifts) or "flexible" in shifts:
        shift = 1.0
    else:
        shift = half
    subs = t.subspecialties
    sub = 1.0 if not ctx.subs or not subs or not ctx.subs.isdisjoint(subs) else 0.0
    mammo = 0.0 if not ctx.profile.reads_mammo and ("mammo" in t.modalities or "breast" in subs) else 1.0
    mode = t.work_mode
    work_mode = half if mode is None else 1.0 if mode in ctx.modes else 0.0
    total = employment + shift + sub + mammo + work_mode
    n = 5
    if ctx.profile.read_from_abroad:
        total += 1.0 if abroad else half
        n = 6
    if parts is not None:
        parts.extend((employment, shift, sub, mammo, work_mode))
        if n == 6:
            parts.append(1.0 if abroad else half)
    return total / n


def find_abroad_quote(text: str) -> str | None:
    """The posting words that let a radiologist read from outside the US, or None.

    A cheap case-sensitive search on word stems first (most postings have none), then a
    case-insensitive check of the surrounding words for a negation ("no reading from abroad").
    """
    hit = -1
    for stem in _ABROAD_STEMS:
        hit = text.find(stem)
        if hit >= 0:
            break
    if hit < 0:
        return None
    lowered = text.lower()
    for word in d.ABROAD_WORDS:
        start = lowered.find(word)
        while start >= 0:
            before = lowered[max(0, start - 40) : start]
            if not any(neg in before for neg in d.ABROAD_NEGATIONS):
                return _sentence(text, start, start + len(word))
            start = lowered.find(word, start + 1)
    return None


_ABROAD_STEMS = (
    "broad",
    "verseas",
    "utside the",
    "nywhere in the world",
    "urope",
    "ustralia",
    "nternational",
)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around text[start:end], at most about 160 characters."""
    left = max(text.rfind(c, 0, start) for c in ".\n!?;") + 1
    right_candidates = [i for i in (text.find(c, end) for c in ".\n!?;") if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    left = max(left, start - 80)
    right = min(right, end + 80)
    return " ".join(text[left:right].split()).rstrip(";")


# --- Public API --------------------------------------------------------------------------------------


def rank_offer(
    offer: OfferInput, profile: Profile, *, today: date, ignore_flags: Iterable[str] = ()
) -> Ranked:
    """Figures, flags and score for one offer; flags in `ignore_flags` are dropped and not scored."""
    return _rank(offer, _Context(profile, ignore_flags), today)


def rank_all(
    offers: Iterable[OfferInput], profile: Profile, today: date, *, ignore_flags: Iterable[str] = ()
) -> list[Ranked]:
    """Every offer ranked, best score first (ties: lower id first)."""
    ctx = _Context(profile, ignore_flags)
    # The results hold no reference cycles; pausing the cycle collector while they pile up saves
    # about 40% of the time on large runs.
    paused = gc.isenabled()
    gc.disable()
    try:
        ranked = [_rank(o, ctx, today) for o in offers]
        ranked.sort(key=_by_id)
        ranked.sort(key=_by_score_desc)  # stable: equal scores stay in id order
    finally:
        if paused:
            gc.enable()
    return ranked


def _by_id(r: Ranked) -> int:
    return r.id


def _by_score_desc(r: Ranked) -> float:
    return -r.score


def _rank(offer: OfferInput, ctx: _Context, today: date) -> Ranked:
    return _compute(offer, ctx, today)


# --- Text: figures' how-strings, score reasons, flag messages -------------------------------------------


def _usd(x: float) -> str:
    if abs(x) >= 1000:
        return f"${x:,.0f}"
    return f"${x:,.2f}".replace(".00", "")


def _num(x: float) -> str:
    return f"{x:,.1f}".removesuffix(".0")


def _span_text(span: Span | None, fmt: Any = _usd) -> str:
    if span is None or span == (None, None):
        return "unknown"
    lo, hi = span
    if lo is not None and hi is not None:
        return fmt(lo) if fmt(lo) == fmt(hi) else f"{fmt(lo)}–{fmt(hi)}"
    if lo is not None:
        return f"{fmt(lo)} or more"
    assert hi is not None
    return f"up to {fmt(hi)}"


_BASIS_TEXT = {
    "annual_usd": "a year, as stated",
    "per_shift_usd": "a shift",
    "daily_usd": "a day",
    "hourly_usd": "an hour",
    "per_rvu_usd": "a wRVU",
    "per_study_usd": "a study",
}


def _schedule(ctx: _Context) -> str:
    return f"{_num(ctx.hours_year)} h a year ({_num(ctx.hours_shift)} h × {_num(ctx.shifts_year)} shifts)"


def _basis_how(name: str, lo: float | None, hi: float | None, ctx: _Context) -> str:
    rate = f"{_span_text((lo, hi))} {_BASIS_TEXT[name]}"
    if name == "annual_usd":
        return rate
    if name in ("per_shift_usd", "daily_usd"):
        return f"{rate} × {_num(ctx.shifts_year)} shifts"
    if name == "hourly_usd":
        return f"{rate} × {_schedule(ctx)}"
    pace = ctx.pace_rvu if name == "per_rvu_usd" else ctx.pace_study
    unit = "wRVU" if name == "per_rvu_usd" else "studies"
    return f"{rate} × {_num(pace)} {unit}/h × {_schedule(ctx)}"


def _gross_how(r: Ranked) -> str:
    c = r
    pay, ctx = c.pay, c.ctx
    if pay.kind == "none":
        return "unknown: the posting states no pay figure"
    if pay.kind == "board":
        b = r.offer.published_pay or {}
        unit = str(b.get("unit", "")).lower()
        rate = _span_text((b.get("min"), b.get("max")))
        return f"from the board's pay field ({rate} per {unit}), at your schedule"
    pieces = [_basis_how(n, lo, hi, ctx) for n, lo, hi, _, _ in pay.time]
    text = " or ".join(pieces)
    if len(pay.time) > 1:
        text += " (several bases: the range spans them)"
    for name, extra_lo, extra_hi, thr in pay.bonus:
        unit = "wRVU" if name == "per_rvu_usd" else "studies"
        yours = ctx.rvus_year if name == "per_rvu_usd" else ctx.studies_year
        extra = _span_text((extra_lo, extra_hi))
        text += (
            f"; plus {_basis_rate(pay, name)} above {_span_text(thr, _num)} {unit} a year: you read "
            f"{_num(yours)}, so {extra} extra"
        )
    free = [p for p in pay.prod if p[0] not in {b[0] for b in pay.bonus}]
    if pay.time and free:
        text += "; or production pay " + " or ".join(_basis_how(n, lo, hi, ctx) for n, lo, hi, _, _ in free)
        text += " (no threshold stated: counted as an alternative, raising the top of the range)"
    elif free:
        text = " or ".join(_basis_how(n, lo, hi, ctx) for n, lo, hi, _, _ in free)
    return text


def _basis_rate(pay: _Pay, name: str) -> str:
    for n, lo, hi, _, _ in pay.prod:
        if n == name:
            return f"{_span_text((lo, hi))} {_BASIS_TEXT[name]}"
    return ""


def _adjustments(r: Ranked) -> tuple[Adjustment, ...]:
    c = r
    ctx, t = c.ctx, r.offer.terms
    out: list[Adjustment] = []
    fica_lo = _fica(c.pay.low, ctx) if c.contractor[0] and c.pay.low is not None else 0.0
    fica_hi = _fica(c.pay.high, ctx) if c.contractor[1] and c.pay.high is not None else 0.0
    if c.contractor[0] or c.contractor[1]:
        why = (
            "1099: the employer's share a W-2 job pays (6.2% to $184,500 + 1.45%)"
            if c.contractor == (True, True)
            else "W-2 or 1099 not settled: 1099 at the low end (6.2% to $184,500 + 1.45%)"
        )
        out.append(Adjustment("payroll tax", fica_lo, fica_hi, why))
    items: list[CostItem] = []
    _costs(t, ctx, c.contractor, c.mammo_job, len(c.licenses_missing), items)
    for item, lo, hi in items:
        out.append(Adjustment(item, lo, hi, _cost_reason(item, c, t)))
    return tuple(out)


def _cost_reason(item: str, c: Ranked, t: Terms) -> str:
    ctx = c.ctx
    if item == "benefits":
        if t.benefits:
            return f"value of benefits not listed (listed: {', '.join(sorted(set(t.benefits)))})"
        if c.contractor == (True, True):
            return f"a contractor gets none: {_usd(ctx.benefits)} a year"
        return f"benefits not stated: none at the low end, all at the high end ({_usd(ctx.benefits)})"
    if item == "malpractice":
        if t.malpractice.provided is False:
            return f"you buy your own cover: {_usd(ctx.premium)} a year"
        return f"the posting does not say who pays: your own cover ({_usd(ctx.premium)}) at the low end"
    if item == "tail":
        why = "tail not covered" if t.malpractice.tail == "not_provided" else "tail unstated or negotiable"
        return (
            f"{why}: {d.TAIL_MULTIPLE.value:g} × {_usd(ctx.premium)} = {_usd(ctx.tail_total)} at exit, "
            f"over {d.RESERVE_YEARS.value:g} years"
        )
    if item == "workstation":
        cost = d.WORKSTATION_MAMMO.value if c.mammo_job else d.WORKSTATION.value
        why = "at your cost" if t.equipment_provided is False else "not stated (at your cost at the low end)"
        return f"home workstation {why}: {_usd(cost)} over {d.RESERVE_YEARS.value:g} years"
    n = len(c.licenses_missing)
    why = "at your cost" if t.licensing.paid is False else "fees not stated (yours at the low end)"
    return (
        f"{n} licence{'s' if n != 1 else ''} you lack, {why}: ({_usd(d.LICENSE_INITIAL.value)} over "
        f"{d.RESERVE_YEARS.value:g} years + {_usd(d.LICENSE_ANNUAL.value)}/yr) each"
    )


def _figures(r: Ranked) -> Figures:
    c = r
    ctx = c.ctx
    w2 = c.w2
    gross = None if c.pay.kind == "none" else (c.pay.low, c.pay.high)
    hourly = None if w2 is None else (_div(w2[0], ctx.hours_year), _div(w2[1], ctx.hours_year))
    per_rvu = None if w2 is None else (_div(w2[0], ctx.rvus_year), _div(w2[1], ctx.rvus_year))
    adjustments = _adjustments(r)
    if w2 is None:
        w2_how = "unknown: no pay figure"
    elif adjustments:
        parts = [f"{a.item} {_span_text((min(a.low, a.high), max(a.low, a.high)))}" for a in adjustments]
        w2_how = "gross − " + " − ".join(parts) + " (low end − worse case, high end − better case)"
    else:
        w2_how = "gross as is: a W-2 job with benefits, malpractice, workstation and licences covered"
    workload = _workload(r)
    how = {
        "annual_gross_usd": _gross_how(r),
        "w2_equivalent_usd": w2_how,
        "effective_hourly_usd": f"W-2 equivalent ÷ {_schedule(ctx)}" if w2 else "unknown: no pay figure",
        "effective_per_rvu_usd": (
            f"W-2 equivalent ÷ {_num(ctx.rvus_year)} wRVU a year ({_num(ctx.pace_rvu)} wRVU/h × "
            f"{_num(ctx.hours_year)} h)"
            if w2
            else "unknown: no pay figure"
        ),
        "workload": workload.how if workload else "no volume stated",
    }
    return Figures(gross, w2, hourly, per_rvu, workload, adjustments, how)


_PER_TEXT = {
    "hour": "an hour",
    "shift": "a shift",
    "day": "a day",
    "week": "a week",
    "month": "a month",
    "year": "a year",
}


def _volume_text(v: Volume) -> str:
    unit = "wRVU" if v.unit == "rvu" else "studies"
    kind = v.kind.replace("_", " ")
    return f"{_span_text(_ordered(v.min, v.max), _num)} {unit} {_PER_TEXT[v.per]} ({kind})"


def _workload(r: Ranked) -> Workload | None:
    c = r
    ctx = c.ctx
    if c.rvu_demand is None and c.study_demand is None:
        return None
    asked = [_volume_text(v) for v in r.offer.terms.volume if v.kind in _DEMANDED]
    pieces = ["; ".join(asked)]
    if c.rvu_demand is not None:
        pieces.append(f"= {_span_text(c.rvu_demand, _num)} wRVU/h against your {_num(ctx.pace_rvu)}")
    if c.study_demand is not None:
        pieces.append(f"= {_span_text(c.study_demand, _num)} studies/h against your {_num(ctx.pace_study)}")
    how = " ".join(pieces) + f" (per hour of your {_num(ctx.hours_shift)}-h shift)"
    if c.implied is not None:
        how += f"; pay ÷ wRVUs asked = {_span_text(c.implied)}/wRVU"
    return Workload(
        c.rvu_demand,
        ctx.pace_rvu,
        c.study_demand,
        ctx.pace_study,
        c.ratio,
        c.implied,
        how,
    )


def _pct(x: float | None) -> str:
    return "?" if x is None else f"{x * 100:.0f}%"


def _breakdown(r: Ranked) -> tuple[ScorePart, ...]:
    c = r
    ctx = c.ctx
    reasons = (_value_reason(c), _workload_reason(r), _risk_reason(c), _preference_reason(r))
    names: tuple[Component, ...] = ("value", "workload", "risk", "preference")
    return tuple(
        ScorePart(names[i], ctx.weights[i], c.fits[i], c.tenths[i] / 10, reasons[i]) for i in range(4)
    )


def _value_reason(c: Ranked) -> str:
    ctx = c.ctx
    per_rvu = None if c.w2 is None else (_div(c.w2[0], ctx.rvus_year), _div(c.w2[1], ctx.rvus_year))
    if per_rvu is None:
        return (
            f"no pay figure: valued as {_usd(d.UNKNOWN_PAY_PER_RVU.value)}/wRVU, the below-market line, "
            f"÷ {_usd(ctx.ceiling)}"
        )
    lo, hi = per_rvu
    if lo is None:
        return (
            f"pay only as a ceiling ({_span_text(per_rvu)}/wRVU W-2 equivalent): valued as unknown pay "
            f"({_usd(d.UNKNOWN_PAY_PER_RVU.value)}/wRVU) or less"
        )
    if hi is None:
        est, where = lo, f"the low end of {_span_text(per_rvu)}"
    elif hi == lo:
        est, where = lo, "stated"
    else:
        est, where = (lo + hi) / 2, f"middle of {_span_text(per_rvu)}"
    return (
        f"W-2-equivalent {_usd(est)}/wRVU at your pace ({where}) "
        f"÷ {_usd(ctx.ceiling)}, the top of published rates"
    )


def _workload_reason(r: Ranked) -> str:
    c = r
    if c.ratio is None:
        if c.fits[1] == 1.0:
            return "the posting says there is no volume quota"
        return "no volume stated: counted as a quota 12.5% above your pace"
    share = _span_text(c.ratio, _pct)
    return (
        f"asks {share} of your pace (middle {_pct(_mid(c.ratio))}); full marks up to 100%, "
        f"none at {d.QUOTA_ZERO_FIT_RATIO.value:g}×"
    )


def _risk_reason(c: Ranked) -> str:
    if not c.flag_levels:
        return "no red flags"
    counts: dict[Severity, int] = {"critical": 0, "warning": 0, "note": 0}
    for _, severity in c.flag_levels:
        counts[severity] += 1
    said = ", ".join(f"{n} {k}{'s' if n != 1 and k != 'critical' else ''}" for k, n in counts.items() if n)
    terms = " − ".join(f"{n} × {d.SEVERITY_PENALTY[k]:g}" for k, n in counts.items() if n)
    return f"{said}: 1 − {terms}, floored at 0"


def _preference_reason(r: Ranked) -> str:
    c = r
    fits: list[float] = []
    _preference(r.offer.terms, c.ctx, c.abroad is not None, fits)
    parts = dict(zip(PREFERENCE_CHECKS, fits, strict=False))
    misses = [
        f"{k} {'not stated' if v == c.ctx.half else 'against your profile'}"
        for k, v in parts.items()
        if v < 1
    ]
    if not misses:
        return "fits your profile: " + ", ".join(parts)
    return "; ".join(misses) + f" (mean of {len(parts)} checks)"


def _evidence(r: Ranked, *paths: str) -> tuple[str, ...]:
    out: list[str] = []
    for e in r.offer.terms.evidence:
        f = e.field
        for p in paths:
            if f == p or f.startswith(p + ".") or f.startswith(p + "["):
                text = e.text or r.offer.text[e.start : e.end]
                if text and text not in out:
                    out.append(text)
                break
    return tuple(out)


def _render_flags(r: Ranked) -> tuple[Flag, ...]:
    ordered = sorted(r.flag_levels, key=lambda f: _SEVERITY_ORDER[f[1]])  # stable: catalogue order
    return tuple(_render_flag(r, fid, severity) for fid, severity in ordered)


def _render_flag(r: Ranked, fid: str, severity: Severity) -> Flag:
    spec = FLAGS_BY_ID[fid]
    message, evidence = _MESSAGES[fid](r, severity)
    return Flag(fid, severity, message, evidence, spec.threshold, spec.heuristic)


def _msg_quota(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    ctx = r.ctx
    asked = "; ".join(_volume_text(v) for v in r.offer.terms.volume if v.kind in _DEMANDED)
    parts = []
    if r.rvu_demand is not None and (_top(r.rvu_demand) or 0) > ctx.pace_rvu:
        parts.append(f"{_span_text(r.rvu_demand, _num)} wRVU an hour against your {_num(ctx.pace_rvu)}")
    if r.study_demand is not None and (_top(r.study_demand) or 0) > ctx.pace_study:
        parts.append(
            f"{_span_text(r.study_demand, _num)} studies an hour against your {_num(ctx.pace_study)}"
        )
    where = "" if severity == "critical" else " at the top of its range"
    return (
        f"Faster than you read{where}: the job asks {asked}, that is {' and '.join(parts)} "
        f"over your {_num(ctx.hours_shift)}-h shift.",
        _evidence(r, "volume"),
    )


def _msg_rvus_high(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    c = r
    return (
        f"The job asks up to {_num(_top(c.rvu_demand) or 0)} wRVU an hour, above the "
        f"{d.RVUS_PER_HOUR_FLAG.value:g}/h no one sustains in published data; error rates rise with speed.",
        _evidence(r, "volume"),
    )


def _msg_studies_high(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    c = r
    top = _top(c.study_demand) or 0
    return (
        f"The job asks up to {_num(top)} studies an hour ({_num(top * c.ctx.hours_shift)} per "
        f"{_num(c.ctx.hours_shift)}-h shift); teleradiology shifts with major misses averaged 119.",
        _evidence(r, "volume"),
    )


def _msg_tail(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    ctx = r.ctx
    m = r.offer.terms.malpractice
    cost = _usd(ctx.tail_total)
    if m.tail == "not_provided":
        text = f"Claims-made cover and you pay the tail when you leave: about {cost} at exit."
    elif m.tail == "negotiable":
        text = f"Who pays the tail is open to negotiation; get it in writing (about {cost} at exit)."
    else:
        text = f"Claims-made cover and the posting does not say who pays the tail (about {cost} at exit)."
    return text, _evidence(r, "malpractice.tail", "malpractice.policy")


def _msg_malpractice(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    premium = _usd(r.ctx.premium)
    if severity == "critical":
        text = f"You buy your own malpractice cover: about {premium} a year (more in high-cost states)."
    else:
        text = (
            "A contractor job that does not say who pays malpractice; "
            f"your own cover costs about {premium} a year."
        )
    return text, _evidence(r, "malpractice.provided", "employment_type")


def _msg_no_pay(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    named = r.offer.terms.pay.models
    text = "The posting states no pay figure"
    if named:
        text += f" (it names the basis only: {', '.join(m.replace('_', ' ') for m in named)})"
    return text + "; ask for the rate before you spend time on it.", _evidence(r, "pay.models")


def _msg_board(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    b = r.offer.published_pay or {}
    quote = str(b.get("text") or "")
    return (
        "The pay figure comes from the job board's salary field; the posting itself states none.",
        (quote,) if quote else (),
    )


def _msg_below_market(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    c = r
    ctx = c.ctx
    bits = []
    if not c.pay.time:
        for name, lo, hi, _, _ in c.pay.prod:
            if name == "per_rvu_usd":
                bits.append(f"it pays {_span_text((lo, hi))}/wRVU")
    if c.implied is not None:
        bits.append(f"pay ÷ the volume asked comes to {_span_text(c.implied)}/wRVU")
    if c.w2 is not None:
        eff = (_div(c.w2[0], ctx.rvus_year), _div(c.w2[1], ctx.rvus_year))
        bits.append(f"it is worth {_span_text(eff)}/wRVU as a W-2 equivalent at your pace")
    return (
        f"Below market: {'; '.join(bits)}. Published rates run "
        f"${d.MARKET_PER_RVU_LOW.value:g}–{d.MARKET_PER_RVU_HIGH.value:g}/wRVU (median about "
        f"${d.MARKET_PER_RVU_MEDIAN.value:g}).",
        _evidence(r, "pay", "volume"),
    )


def _msg_min_hourly(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    c = r
    w2 = c.w2
    assert w2 is not None
    hourly = (_div(w2[0], c.ctx.hours_year), _div(w2[1], c.ctx.hours_year))
    lead = "Below your minimum" if severity == "warning" else "May fall below your minimum"
    return (
        f"{lead} of {_usd(c.ctx.min_hourly)} an hour: "
        f"worth {_span_text(hourly)} an hour as a W-2 equivalent.",
        _evidence(r, "pay"),
    )


def _msg_licences(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    c = r
    ctx = c.ctx
    t = r.offer.terms
    missing = list(c.licenses_missing)
    named = sorted({s.upper() for s in t.licensing.states})
    held = [s for s in named if s in ctx.held]
    head = f"The posting names licences in {', '.join(named)}; you lack {', '.join(missing)}"
    if held:
        head += f" (you hold {', '.join(held)}, which may be enough if it asks for any one)"
    fee = f"{_usd(d.LICENSE_INITIAL.value)} a state to obtain + {_usd(d.LICENSE_ANNUAL.value)} a year to keep"
    if t.licensing.paid:
        fee += " (the employer pays the fees)"
    fast = [
        s for s in missing if ctx.imlc_route and s in d.IMLC_MEMBER_STATES and s not in d.IMLC_AT_RISK_STATES
    ]
    slow = [s for s in missing if s not in fast]
    lead = []
    if fast:
        lead.append(
            f"{', '.join(fast)} through the IMLC in "
            f"{d.LICENSE_WEEKS_IMLC[0]}–{d.LICENSE_WEEKS_IMLC[1]} weeks "
            f"(+ {_usd(d.IMLC_LOQ.value)} Letter of Qualification)"
        )
    if slow:
        lead.append(
            f"{', '.join(slow)} in {d.LICENSE_DAYS_TRADITIONAL[0]}–{d.LICENSE_DAYS_TRADITIONAL[1]} days"
        )
    return f"{head}. Cost: {fee}. Time: {'; '.join(lead)}.", _evidence(r, "licensing")


def _msg_non_compete(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    if severity == "warning":
        text = (
            "A non-compete on a remote job: a radius means little when you read from home; check its scope."
        )
    else:
        text = "The contract has a non-compete; check its length (over 2 years is unusual) and radius."
    return text, _evidence(r, "non_compete")


def _msg_pe_quota(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    return (
        "Private-equity-backed employer with a volume quota: the pattern behind reported pay cuts and "
        "rising RVU loads after a sale.",
        _evidence(r, "private_equity", "volume"),
    )


def _msg_pe(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    return "The employer is backed by private equity.", _evidence(r, "private_equity")


def _msg_workstation(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    c = r
    if c.mammo_job:
        text = (
            f"You supply the home workstation; mammography needs 5 MP displays (MQSA, ≥ 420 cd/m²): "
            f"about {_usd(d.WORKSTATION_MAMMO.value)}."
        )
    else:
        text = f"You supply the home workstation and diagnostic displays: about {_usd(d.WORKSTATION.value)}."
    return text, _evidence(r, "equipment_provided")


def _msg_abroad(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    quote = r.abroad
    text = (
        "The posting lets radiologists read from outside the US. Medicare does not pay for final reads "
        "done abroad (CMS Transmittal 66), and signing them risks False Claims Act liability; ask whether "
        "reads from abroad are preliminary only."
    )
    return text, (quote,) if quote else ()


def _msg_refused(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    c = r
    hit = sorted(c.ctx.refused.intersection(r.offer.terms.shifts))
    lead = "Every shift listed is one you refuse" if severity == "critical" else "Includes shifts you refuse"
    return f"{lead}: {', '.join(hit)}.", _evidence(r, "shifts")


def _msg_mode(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    mode = r.offer.terms.work_mode
    what = "on site" if mode == "onsite" else "hybrid (some days on site)"
    return f"The job is {what}; your profile accepts {', '.join(sorted(r.ctx.modes))}.", _evidence(
        r, "work_mode"
    )


def _msg_subs(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    asked = ", ".join(sorted(set(r.offer.terms.subspecialties)))
    yours = ", ".join(sorted(r.ctx.subs))
    return f"The job asks for {asked}; your profile lists {yours}.", _evidence(r, "subspecialties")


def _msg_mammo(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    return (
        "The job includes mammography or breast imaging, which your profile says you do not read (MQSA).",
        _evidence(r, "modalities", "subspecialties"),
    )


def _msg_stale(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    o = r.offer
    age = _age_days(o, r.today)
    if o.posted_date is not None:
        text = f"Posted {age} days ago; it may be filled or a recycled ad."
    else:
        text = f"First seen by Scout {age} days ago; it may be filled or a recycled ad."
    return text, ()


def _msg_removed(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    removed = r.offer.removed_at
    assert removed is not None
    return f"No longer listed on its board since {removed.date().isoformat()}; it may be filled.", ()


_MESSAGES = {
    "quota_above_pace": _msg_quota,
    "volume_rvus_high": _msg_rvus_high,
    "volume_studies_high": _msg_studies_high,
    "tail_not_covered": _msg_tail,
    "malpractice_not_provided": _msg_malpractice,
    "no_pay_figure": _msg_no_pay,
    "pay_from_board_only": _msg_board,
    "per_rvu_below_market": _msg_below_market,
    "below_min_hourly": _msg_min_hourly,
    "licenses_missing": _msg_licences,
    "non_compete_remote": _msg_non_compete,
    "private_equity_quota": _msg_pe_quota,
    "private_equity": _msg_pe,
    "workstation_at_your_cost": _msg_workstation,
    "reads_from_abroad": _msg_abroad,
    "refused_shift": _msg_refused,
    "work_mode_unwanted": _msg_mode,
    "subspecialty_mismatch": _msg_subs,
    "mammo_not_read": _msg_mammo,
    "posting_stale": _msg_stale,
    "posting_removed": _msg_removed,
}
