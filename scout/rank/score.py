"""Ranking proper: one offer's numbers, red flags and score (`_compute`), and the public
`rank_offer` and `rank_all`."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from datetime import date, datetime

from scout.profile import Profile
from scout.rank.context import _Context
from scout.rank.model import OfferInput
from scout.rank.numbers import _costs, _demands, _div, _fica, _mid, _pay, _preference, _times, _top
from scout.rank.ranked import Ranked
from scout.ranking_defaults import Severity


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
        ranked.sort(key=_rank_key)  # best score first; equal scores in id order
    finally:
        if paused:
            gc.enable()
    return ranked


def _rank_key(r: Ranked) -> tuple[float, int]:
    return (-r.score, r.id)




def _rank(offer: OfferInput, ctx: _Context, today: date) -> Ranked:
    return _compute(offer, ctx, today)
