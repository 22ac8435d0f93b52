"""The words beside the numbers, built on first access: the figures with their how-strings, the
W-2 adjustments with their reasons, the workload, and the reason for each part of the score.
Flag messages are in `scout.rank.messages`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scout import ranking_defaults as d
from scout.extract.contract import Terms, Volume
from scout.rank.context import _Context
from scout.rank.model import Adjustment, Component, Figures, ScorePart, Span, Workload
from scout.rank.numbers import (
    PREFERENCE_CHECKS,
    CostItem,
    _costs,
    _fica,
    _mid,
    _ordered,
    _Pay,
    _preference,
    _tenths,
)
from scout.ranking_defaults import Severity

if TYPE_CHECKING:
    from scout.rank.ranked import Ranked

_DEMANDED = ("minimum", "expected")


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
    pay, ctx = r.numbers.pay, r.ctx
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
    nums, ctx, t = r.numbers, r.ctx, r.offer.terms
    pay, contractor = nums.pay, nums.contractor
    out: list[Adjustment] = []
    fica_lo = _fica(pay.low, ctx) if contractor[0] and pay.low is not None else 0.0
    fica_hi = _fica(pay.high, ctx) if contractor[1] and pay.high is not None else 0.0
    if contractor[0] or contractor[1]:
        why = (
            "1099: the employer's share a W-2 job pays (6.2% to $184,500 + 1.45%)"
            if contractor == (True, True)
            else "W-2 or 1099 not settled: 1099 at the low end (6.2% to $184,500 + 1.45%)"
        )
        out.append(Adjustment("payroll tax", fica_lo, fica_hi, why))
    items: list[CostItem] = []
    _costs(t, ctx, contractor, nums.mammo_job, nums.n_missing, items)
    for item, lo, hi in items:
        out.append(Adjustment(item, lo, hi, _cost_reason(item, r, t)))
    return tuple(out)


def _cost_reason(item: str, r: Ranked, t: Terms) -> str:
    nums, ctx = r.numbers, r.ctx
    if item == "benefits":
        if t.benefits:
            return f"value of benefits not listed (listed: {', '.join(sorted(set(t.benefits)))})"
        if nums.contractor == (True, True):
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
        cost = d.WORKSTATION_MAMMO.value if nums.mammo_job else d.WORKSTATION.value
        why = "at your cost" if t.equipment_provided is False else "not stated (at your cost at the low end)"
        return f"home workstation {why}: {_usd(cost)} over {d.RESERVE_YEARS.value:g} years"
    n = nums.n_missing
    why = "at your cost" if t.licensing.paid is False else "fees not stated (yours at the low end)"
    return (
        f"{n} licence{'s' if n != 1 else ''} you lack, {why}: ({_usd(d.LICENSE_INITIAL.value)} over "
        f"{d.RESERVE_YEARS.value:g} years + {_usd(d.LICENSE_ANNUAL.value)}/yr) each"
    )


def _figures(r: Ranked) -> Figures:
    ctx = r.ctx
    adjustments = _adjustments(r)  # works out the numbers and keeps them: the values below reuse them
    values = r.figure_values
    w2 = values.w2_equivalent_usd
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
    return Figures(
        values.annual_gross_usd,
        w2,
        values.effective_hourly_usd,
        values.effective_per_rvu_usd,
        workload,
        adjustments,
        how,
    )


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
    nums, ctx = r.numbers, r.ctx
    rvu_demand, study_demand, implied = nums.rvu_demand, nums.study_demand, nums.implied
    if rvu_demand is None and study_demand is None:
        return None
    asked = [_volume_text(v) for v in r.offer.terms.volume if v.kind in _DEMANDED]
    pieces = ["; ".join(asked)]
    if rvu_demand is not None:
        pieces.append(f"= {_span_text(rvu_demand, _num)} wRVU/h against your {_num(ctx.pace_rvu)}")
    if study_demand is not None:
        pieces.append(f"= {_span_text(study_demand, _num)} studies/h against your {_num(ctx.pace_study)}")
    how = " ".join(pieces) + f" (per hour of your {_num(ctx.hours_shift)}-h shift)"
    if implied is not None:
        how += f"; pay ÷ wRVUs asked = {_span_text(implied)}/wRVU"
    return Workload(rvu_demand, ctx.pace_rvu, study_demand, ctx.pace_study, nums.ratio, implied, how)


def _pct(x: float | None) -> str:
    return "?" if x is None else f"{x * 100:.0f}%"


def _breakdown(r: Ranked) -> tuple[ScorePart, ...]:
    weights = r.ctx.weights
    tenths = _tenths(weights, r.fits)
    reasons = (_value_reason(r), _workload_reason(r), _risk_reason(r), _preference_reason(r))
    names: tuple[Component, ...] = ("value", "workload", "risk", "preference")
    return tuple(ScorePart(names[i], weights[i], r.fits[i], tenths[i] / 10, reasons[i]) for i in range(4))


def _value_reason(r: Ranked) -> str:
    ctx = r.ctx
    per_rvu = r.figure_values.effective_per_rvu_usd
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
    ratio = r.numbers.ratio
    if ratio is None:
        if r.fits[1] == 1.0:
            return "the posting says there is no volume quota"
        return "no volume stated: counted as a quota 12.5% above your pace"
    share = _span_text(ratio, _pct)
    return (
        f"asks {share} of your pace (middle {_pct(_mid(ratio))}); full marks up to 100%, "
        f"none at {d.QUOTA_ZERO_FIT_RATIO.value:g}×"
    )


def _risk_reason(r: Ranked) -> str:
    if not r.flag_levels:
        return "no red flags"
    counts: dict[Severity, int] = {"critical": 0, "warning": 0, "note": 0}
    for _, severity in r.flag_levels:
        counts[severity] += 1
    said = ", ".join(f"{n} {k}{'s' if n != 1 and k != 'critical' else ''}" for k, n in counts.items() if n)
    terms = " − ".join(f"{n} × {d.SEVERITY_PENALTY[k]:g}" for k, n in counts.items() if n)
    return f"{said}: 1 − {terms}, floored at 0"


def _preference_reason(r: Ranked) -> str:
    fits: list[float] = []
    _preference(r.offer.terms, r.ctx, r.numbers.mammo_job, r.abroad is not None, fits)
    parts = dict(zip(PREFERENCE_CHECKS, fits, strict=False))
    misses = [
        f"{k} {'not stated' if v == r.ctx.half else 'against your profile'}"
        for k, v in parts.items()
        if v < 1
    ]
    if not misses:
        return "fits your profile: " + ", ".join(parts)
    return "; ".join(misses) + f" (mean of {len(parts)} checks)"
