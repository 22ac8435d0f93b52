"""One offer's numbers put together: gross pay, its W-2 equivalent and the volume asked, at the
user's profile (`_numbers`), and the figures' values read from them (`_figure_values`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scout.extract.contract import Terms
from scout.rank.context import _Context
from scout.rank.model import FigureValues, Span
from scout.rank.numbers import _costs, _demands, _div, _mid, _Pay, _pay


@dataclass(slots=True)
class _Numbers:
    """The arithmetic behind one offer's figures at the user's profile.

    Ranking works it out, scores it and lets it go; `Ranked` works it out again (it is pure) when
    its figures or flag messages are first read, so 50,000 ranked offers do not each carry it.
    """

    pay: _Pay
    contractor: tuple[bool, bool]  # 1099 treatment at the low end, at the high end
    mammo_job: bool
    n_named: int  # distinct states the posting names
    n_missing: int  # of which the user holds no licence in
    w2: Span | None
    rvu_demand: Span | None  # per hour of the user's shift
    study_demand: Span | None
    ratio: Span | None  # share of the user's pace (the more demanding unit)
    implied: Span | None  # pay / the wRVUs asked


def _numbers(t: Terms, board: Mapping[str, Any] | None, ctx: _Context) -> _Numbers:
    """Gross pay, its W-2 equivalent and the volume asked, for one offer's terms."""
    pay = _pay(t, board, ctx)

    # Employment treatment at each end of the range: contractor (1099) or employee (W-2).
    contractor = ctx.contractor.get(t.employment_type, _UNSETTLED)
    mammo_job = "mammo" in t.modalities or "breast" in t.subspecialties
    states = t.licensing.states
    n_named = n_missing = 0
    if states:
        named = set(states)
        n_named, n_missing = len(named), len(named - ctx.held)

    # Gross -> W-2 equivalent (payroll tax as in `_fica`, written out: this runs for every offer).
    cost_lo, cost_hi = _costs(t, ctx, contractor, mammo_job, n_missing, None)
    w2_lo = w2_hi = None
    low, high = pay.low, pay.high
    if low is not None:
        w2_lo = low - cost_lo
        if contractor[0]:
            g = low if low > 0 else 0.0
            w2_lo -= ctx.ss_rate * (g if g < ctx.ss_base else ctx.ss_base) + ctx.medicare * g
    if high is not None:
        w2_hi = high - cost_hi
        if contractor[1]:
            g = high if high > 0 else 0.0
            w2_hi -= ctx.ss_rate * (g if g < ctx.ss_base else ctx.ss_base) + ctx.medicare * g
    w2 = None if w2_lo is None and w2_hi is None else (w2_lo, w2_hi)

    # Workload: what the job asks, per hour of the user's shift, against the user's pace.
    rvu_demand = study_demand = ratio = implied = None
    volume = t.volume
    if volume:
        rvu_demand, study_demand = _demands(volume, ctx)
        if rvu_demand is not None:
            lo, hi = rvu_demand
            k = ctx.pace_rvu
            ratio = (None if lo is None else lo / k, None if hi is None else hi / k)
            if pay.time:
                hours_year = ctx.hours_year
                implied = (
                    _div(pay.time_low, None if hi is None else hi * hours_year),
                    _div(pay.time_high, None if lo is None else lo * hours_year),
                )
                if implied == (None, None):
                    implied = None
        if study_demand is not None:
            lo, hi = study_demand
            k = ctx.pace_study
            study_ratio = (None if lo is None else lo / k, None if hi is None else hi / k)
            if ratio is None or (_mid(study_ratio) or 0.0) > (_mid(ratio) or 0.0):
                ratio = study_ratio
    return _Numbers(
        pay, contractor, mammo_job, n_named, n_missing, w2, rvu_demand, study_demand, ratio, implied
    )


_UNSETTLED = (True, False)  # W-2 or 1099 not settled: 1099 at the low end, W-2 at the high end


def _over(span: Span, k: float) -> Span:
    """Both ends of a span divided by k (k > 0)."""
    lo, hi = span
    return (None if lo is None else lo / k, None if hi is None else hi / k)


def _figure_values(n: _Numbers, ctx: _Context) -> FigureValues:
    """Gross pay, its W-2 equivalent, and that per hour and per wRVU at the user's pace."""
    w2 = n.w2
    return FigureValues(
        None if n.pay.kind == "none" else (n.pay.low, n.pay.high),
        w2,
        None if w2 is None else (_div(w2[0], ctx.hours_year), _div(w2[1], ctx.hours_year)),
        None if w2 is None else (_div(w2[0], ctx.rvus_year), _div(w2[1], ctx.rvus_year)),
        n.ratio,
    )
