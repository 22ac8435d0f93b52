"""The numbers behind the figures, pure and fast: gross pay at the user's schedule, the volume a
job asks per hour, the costs between gross and its W-2 equivalent, payroll tax, the preference fit
and the points. `scout.rank.offer_numbers` puts them together for one offer; `scout.rank.score`
scores them; `scout.rank.text` explains them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from scout.extract.contract import Terms, Volume
from scout.rank.context import _Context
from scout.rank.model import Span

_FIELD_UNIT = {"per_rvu_usd": "rvu", "per_study_usd": "study"}


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
    """The lowest annual low and the highest annual high of several bases."""
    if len(parts) == 1:
        return parts[0][3], parts[0][4]
    lo = hi = None
    for _, _, _, p_lo, p_hi in parts:
        if p_lo is not None and (lo is None or p_lo < lo):
            lo = p_lo
        if p_hi is not None and (hi is None or p_hi > hi):
            hi = p_hi
    return lo, hi


def _pay(terms: Terms, board: Mapping[str, Any] | None, ctx: _Context) -> _Pay:
    time: list[PayPart] = []
    prod: list[PayPart] = []
    stated_pay = terms.pay.__dict__  # read by key: faster than pydantic attribute access
    # Each basis in a fixed order (time bases, then production), as `_part` would give it.
    for name, mult, is_time in ctx.pay_bases:
        r = stated_pay[name]
        if r is None:
            continue
        lo, hi = r.min, r.max
        if lo is None:
            if hi is None:
                continue
            part: PayPart = (name, None, hi, None, hi * mult)
        elif hi is None:
            part = (name, lo, None, lo * mult, None)
        else:
            if lo > hi:
                lo, hi = hi, lo
            part = (name, lo, hi, lo * mult, hi * mult)
        if is_time:
            time.append(part)
        else:
            prod.append(part)
    if not time and not prod:
        return _board_pay(board, ctx)
    if not time:
        lo, hi = (prod[0][3], prod[0][4]) if len(prod) == 1 else _union(prod)
        top = None
        for part in prod:
            if part[0] == "per_rvu_usd":
                top = part[2] if part[2] is not None else part[1]
        return _Pay("stated", lo, hi, (), tuple(prod), (), None, None, top)
    t_lo, t_hi = (time[0][3], time[0][4]) if len(time) == 1 else _union(time)
    if not prod:
        return _Pay("stated", t_lo, t_hi, tuple(time), (), (), t_lo, t_hi)
    lo, hi = t_lo, t_hi
    bonus: list[tuple[str, float, float | None, Span]] = []
    free = prod
    volumes = terms.volume
    stated = [v for v in volumes if v.kind == "bonus_threshold"] if volumes else None
    if stated:
        free = []
        for part in prod:
            unit = _FIELD_UNIT[part[0]]
            thresholds = [v for v in stated if v.unit == unit]
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
        f_hi = free[0][4] if len(free) == 1 else _union(free)[1]
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
    # Per unit ("rvu" or "study"): the most demanding low, the most demanding high, an open top
    demand: dict[str, list[Any]] = {}
    period_hours = ctx.period_hours
    for v in volumes:
        kind = v.kind
        if kind != "minimum" and kind != "expected":
            continue
        lo, hi = v.min, v.max
        if lo is None and hi is None:
            continue
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        hours = period_hours[v.per]  # in the period the volume is given for
        unit = demand.get(v.unit)
        if unit is None:
            unit = demand[v.unit] = [None, None, False]
        if lo is not None:
            x = lo / hours
            if unit[0] is None or x > unit[0]:
                unit[0] = x
            if hi is None:
                unit[2] = True
        if hi is not None:
            y = hi / hours
            if unit[1] is None or y > unit[1]:
                unit[1] = y
    rvu, study = demand.get("rvu"), demand.get("study")
    return (
        _demand_span(*rvu) if rvu is not None else None,
        _demand_span(*study) if study is not None else None,
    )


def _demand_span(lo: float | None, hi: float | None, open_top: bool) -> Span:
    """A unit's demand: an open top leaves the high open; a high below the low is raised to it."""
    if open_top:
        return (lo, None)
    if lo is not None and hi is not None and hi < lo:
        return (lo, lo)
    return (lo, hi)


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


CostItem = tuple[str, float, float]  # item, cost at the low end, cost at the high end


def _benefits_unlisted(listed: Sequence[str], ctx: _Context) -> float:
    """The value of the benefits a W-2 job carries that the listed ones leave out.

    Postings list few distinct combinations, so each is worked out once per ranking run.
    """
    key = tuple(listed)
    unlisted = ctx.benefits_unlisted.get(key)
    if unlisted is None:
        got = 0.0
        for b in sorted(set(listed)):  # a fixed order: the float sum is the same in every process
            got += ctx.benefit_parts.get(b, 0.0)
        unlisted = ctx.benefits_unlisted[key] = ctx.benefits - got if got < ctx.benefits else 0.0
    return unlisted


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
    td = t.__dict__  # the fields read once each, by key: faster than pydantic attribute access
    listed = td["benefits"]
    if listed:
        b_lo = b_hi = ctx.benefits_unlisted.get(tuple(listed)) or _benefits_unlisted(listed, ctx)
    else:
        b_lo = ctx.benefits
        b_hi = ctx.benefits if contractor[1] else 0.0
    if b_lo or b_hi:
        lo += b_lo
        hi += b_hi
        if items is not None:
            items.append(("benefits", b_lo, b_hi))
    md = td["malpractice"].__dict__
    tail, provided = md["tail"], md["provided"]
    if tail == "provided" or md["policy"] == "occurrence":
        tail_lo = tail_hi = 0.0
    elif tail == "not_provided":
        tail_lo = tail_hi = ctx.tail_reserve
    else:
        tail_lo, tail_hi = ctx.tail_reserve, 0.0
    if provided is False:
        item, c_lo, c_hi = "malpractice", ctx.premium, ctx.premium
    elif provided is None:
        item, c_lo, c_hi = "malpractice", ctx.premium, tail_hi
    else:
        item, c_lo, c_hi = "tail", tail_lo, tail_hi
    if c_lo or c_hi:
        lo += c_lo
        hi += c_hi
        if items is not None:
            items.append((item, c_lo, c_hi))
    equipment = td["equipment_provided"]
    if equipment is not True and td["work_mode"] != "onsite":
        station = ctx.workstation_mammo if mammo_job else ctx.workstation
        s_hi = station if equipment is False else 0.0
        lo += station
        hi += s_hi
        if items is not None:
            items.append(("workstation", station, s_hi))
    if n_missing and (paid := td["licensing"].paid) is not True:
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


PREFERENCE_CHECKS = (
    "employment",
    "shifts",
    "subspecialty",
    "mammography",
    "work mode",
    "reading from abroad",
)


def _preference(t: Terms, ctx: _Context, mammo_job: bool, abroad: bool, parts: list[float] | None) -> float:
    """Mean fit of employment type, shifts, subspecialty, mammography and work mode (and abroad)."""
    half = ctx.half
    pref = ctx.employment_preference
    td = t.__dict__  # the fields read once each, by key: faster than pydantic attribute access
    emp = td["employment_type"]
    if pref == "either" or emp == "either":
        employment = 1.0
    elif emp is None:
        employment = half
    else:
        employment = 1.0 if emp == pref else 0.0
    shifts = td["shifts"]
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
    subs = td["subspecialties"]
    sub = 1.0 if not ctx.subs or not subs or not ctx.subs.isdisjoint(subs) else 0.0
    mammo = 0.0 if mammo_job and not ctx.reads_mammo else 1.0
    mode = td["work_mode"]
    work_mode = half if mode is None else 1.0 if mode in ctx.modes else 0.0
    total = employment + shift + sub + mammo + work_mode
    n = 5
    if ctx.read_from_abroad:
        total += 1.0 if abroad else half
        n = 6
    if parts is not None:
        parts.extend((employment, shift, sub, mammo, work_mode))
        if n == 6:
            parts.append(1.0 if abroad else half)
    return total / n


Quad = tuple[float, float, float, float]  # value, workload, risk, preference


def _tenths(w: Quad, fits: Quad) -> tuple[int, int, int, int]:
    """Each part's points in tenths: weight x fit x 100, rounded to one decimal."""
    return (
        round(w[0] * fits[0] * 1000),
        round(w[1] * fits[1] * 1000),
        round(w[2] * fits[2] * 1000),
        round(w[3] * fits[3] * 1000),
    )
