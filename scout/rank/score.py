"""Ranking proper: one offer's red flags and score from its numbers (`_compute`), and the public
`rank_offer` and `rank_all`."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from datetime import date, datetime
from operator import attrgetter

from scout.profile import Profile
from scout.rank.context import _Context
from scout.rank.model import OfferInput, Span
from scout.rank.numbers import _preference, _top
from scout.rank.offer_numbers import _numbers
from scout.rank.ranked import Ranked
from scout.ranking_defaults import Severity


def _quota(demand: Span | None, pace: float) -> Severity | None:
    """Critical when even the low end of what a job asks is above the user's pace, a warning when
    only its top is."""
    if demand is None:
        return None
    if demand[0] is not None and demand[0] > pace:
        return "critical"
    if (_top(demand) or 0.0) > pace:
        return "warning"
    return None


def _compute(offer: OfferInput, ctx: _Context, today: date, stale_before: date) -> Ranked:
    """One offer's flags and score; `stale_before` is the day before which a posting is stale.

    The numbers behind them are not kept: `Ranked` works them out again if its figures are read.
    """
    t = offer.terms
    td = t.__dict__  # the fields read by key: faster than pydantic attribute access
    n = _numbers(t, offer.published_pay, ctx)
    pay, w2, ratio, implied = n.pay, n.w2, n.ratio, n.implied
    rvu_demand, study_demand = n.rvu_demand, n.study_demand

    # Value fit: W-2-equivalent $/wRVU at the user's pace over the top of published rates.
    w2_lo, w2_hi = w2 if w2 is not None else (None, None)
    if w2 is None:
        value_fit = ctx.unknown_value
    elif w2_lo is None:
        value_fit = min(ctx.unknown_value, (w2_hi or 0.0) / ctx.rvus_year / ctx.ceiling)
    else:
        est = w2_lo if w2_hi is None else (w2_lo + w2_hi) / 2
        value_fit = est / ctx.rvus_year / ctx.ceiling
    value_fit = 0.0 if value_fit < 0 else 1.0 if value_fit > 1 else value_fit

    # Workload fit (`_mid` of the ratio, written out).
    if ratio is None:
        q = None
    else:
        q_lo, q_hi = ratio
        q = (q_lo + q_hi) / 2 if q_lo is not None and q_hi is not None else q_lo if q_lo is not None else q_hi
    if q is None:
        workload_fit = ctx.unknown_workload
        if not td["volume"]:  # a posting that names no volume yet has volume evidence says "no quota"
            for e in td["evidence"]:
                if e.field.startswith("volume"):
                    workload_fit = 1.0
                    break
    elif q <= 1:
        workload_fit = 1.0
    else:
        workload_fit = max(0.0, 1.0 - (q - 1.0) / ctx.zero_fit_excess)

    # Red flags, appended in catalogue order.
    flags: list[tuple[str, Severity]] = []
    if ratio is not None:
        rvu_quota = _quota(rvu_demand, ctx.pace_rvu)
        study_quota = _quota(study_demand, ctx.pace_study)
        quota = "critical" if "critical" in (rvu_quota, study_quota) else rvu_quota or study_quota
        if quota is not None:
            flags.append(("quota_above_pace", quota))
        if (_top(rvu_demand) or 0.0) >= ctx.rvus_hour_flag:
            flags.append(("volume_rvus_high", "warning"))
        top_study = _top(study_demand) or 0.0
        if top_study > ctx.studies_hour_flag or top_study * ctx.hours_shift > ctx.studies_shift_flag:
            flags.append(("volume_studies_high", "warning"))
    md = td["malpractice"].__dict__
    provided, policy, tail = md["provided"], md["policy"], md["tail"]
    unpaid_tail = False
    if provided is not False and policy != "occurrence":
        if tail == "not_provided":
            unpaid_tail = True
            flags.append(("tail_not_covered", "critical"))
        elif tail == "negotiable" or (policy == "claims_made" and tail is None):
            flags.append(("tail_not_covered", "warning"))
    if provided is False:
        flags.append(("malpractice_not_provided", "critical"))
    elif provided is None and td["employment_type"] == "1099" and not unpaid_tail:
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
    if n.n_missing:
        holds_one = n.n_missing < n.n_named
        flags.append(("licenses_missing", "note" if holds_one else "warning"))
    mode = td["work_mode"]
    if td["non_compete"]:
        flags.append(("non_compete_remote", "note" if mode == "onsite" else "warning"))
    if td["private_equity"]:
        if rvu_demand is not None or study_demand is not None:
            flags.append(("private_equity_quota", "warning"))
        else:
            flags.append(("private_equity", "note"))
    if td["equipment_provided"] is False and mode != "onsite":
        flags.append(("workstation_at_your_cost", "warning"))
    abroad = offer.abroad_quote if mode != "onsite" else None
    if abroad is not None:
        flags.append(("reads_from_abroad", "critical" if ctx.read_from_abroad else "warning"))
    shifts = td["shifts"]
    if ctx.refused and shifts and not ctx.refused.isdisjoint(shifts):
        every = ctx.refused.issuperset(shifts)
        flags.append(("refused_shift", "critical" if every else "warning"))
    if mode is not None and mode not in ctx.modes:
        flags.append(("work_mode_unwanted", "warning"))
    subspecialties = td["subspecialties"]
    if ctx.subs and subspecialties and ctx.subs.isdisjoint(subspecialties):
        flags.append(("subspecialty_mismatch", "warning"))
    if n.mammo_job and not ctx.reads_mammo:
        flags.append(("mammo_not_read", "warning"))
    seen = offer.posted_date or offer.first_seen
    if seen is not None and (seen.date() if isinstance(seen, datetime) else seen) < stale_before:
        flags.append(("posting_stale", "note"))
    if offer.removed_at is not None:
        flags.append(("posting_removed", "warning"))
    if ctx.ignore:
        flags = [f for f in flags if f[0] not in ctx.ignore]

    # Risk and preference fit, then the points.
    penalty = 0.0
    severity_penalty = ctx.penalty
    for _, severity in flags:
        penalty += severity_penalty[severity]
    risk_fit = 1.0 - penalty if penalty < 1 else 0.0
    pref_fit = _preference(t, ctx, n.mammo_job, abroad is not None, None)
    fits = (value_fit, workload_fit, risk_fit, pref_fit)
    # Each part's points in tenths (as `_tenths`), their sum the score.
    w = ctx.weights
    tenths = (
        round(w[0] * value_fit * 1000)
        + round(w[1] * workload_fit * 1000)
        + round(w[2] * risk_fit * 1000)
        + round(w[3] * pref_fit * 1000)
    )
    return Ranked(offer.id, tenths / 10, offer, ctx, today, fits, tuple(flags))


# --- Public API --------------------------------------------------------------------------------------


def rank_offer(
    offer: OfferInput, profile: Profile, *, today: date, ignore_flags: Iterable[str] = ()
) -> Ranked:
    """Figures, flags and score for one offer; flags in `ignore_flags` are dropped and not scored."""
    ctx = _Context(profile, ignore_flags)
    return _compute(offer, ctx, today, today - ctx.stale_days)


def rank_all(
    offers: Iterable[OfferInput], profile: Profile, today: date, *, ignore_flags: Iterable[str] = ()
) -> list[Ranked]:
    """Every offer ranked, best score first (ties: lower id first)."""
    ctx = _Context(profile, ignore_flags)
    stale_before = today - ctx.stale_days
    # The results hold no reference cycles; pausing the cycle collector while they pile up saves
    # about 40% of the time on large runs.
    paused = gc.isenabled()
    gc.disable()
    try:
        ranked = [_compute(o, ctx, today, stale_before) for o in offers]
        # Best score first, equal scores in id order: sorting by id, then (stably) by score.
        ranked.sort(key=_by_id)
        ranked.sort(key=_by_score, reverse=True)
    finally:
        if paused:
            gc.enable()
    return ranked


_by_id = attrgetter("id")
_by_score = attrgetter("score")
