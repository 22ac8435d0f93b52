"""Red flags in words: each flag's message for a radiologist, with the posting words behind it,
most serious first. Which flags an offer raises is decided in `scout.rank.score`."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from scout import ranking_defaults as d
from scout.rank.model import Flag, OfferInput
from scout.rank.numbers import _top
from scout.rank.text import _DEMANDED, _num, _span_text, _usd, _volume_text
from scout.ranking_defaults import FLAGS_BY_ID, Severity

if TYPE_CHECKING:
    from scout.rank.ranked import Ranked

_SEVERITY_ORDER: dict[str, int] = {"critical": 0, "warning": 1, "note": 2}


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
    rvu_demand, study_demand = r.numbers.rvu_demand, r.numbers.study_demand
    asked = "; ".join(_volume_text(v) for v in r.offer.terms.volume if v.kind in _DEMANDED)
    parts = []
    if rvu_demand is not None and (_top(rvu_demand) or 0) > ctx.pace_rvu:
        parts.append(f"{_span_text(rvu_demand, _num)} wRVU an hour against your {_num(ctx.pace_rvu)}")
    if study_demand is not None and (_top(study_demand) or 0) > ctx.pace_study:
        parts.append(f"{_span_text(study_demand, _num)} studies an hour against your {_num(ctx.pace_study)}")
    where = "" if severity == "critical" else " at the top of its range"
    return (
        f"Faster than you read{where}: the job asks {asked}, that is {' and '.join(parts)} "
        f"over your {_num(ctx.hours_shift)}-h shift.",
        _evidence(r, "volume"),
    )


def _msg_rvus_high(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    return (
        f"The job asks up to {_num(_top(r.numbers.rvu_demand) or 0)} wRVU an hour, above the "
        f"{d.RVUS_PER_HOUR_FLAG.value:g}/h no one sustains in published data; error rates rise with speed.",
        _evidence(r, "volume"),
    )


def _msg_studies_high(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    top = _top(r.numbers.study_demand) or 0
    return (
        f"The job asks up to {_num(top)} studies an hour ({_num(top * r.ctx.hours_shift)} per "
        f"{_num(r.ctx.hours_shift)}-h shift); teleradiology shifts with major misses averaged 119.",
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
    nums = r.numbers
    bits = []
    if not nums.pay.time:
        for name, lo, hi, _, _ in nums.pay.prod:
            if name == "per_rvu_usd":
                bits.append(f"it pays {_span_text((lo, hi))}/wRVU")
    if nums.implied is not None:
        bits.append(f"pay ÷ the volume asked comes to {_span_text(nums.implied)}/wRVU")
    eff = r.figure_values.effective_per_rvu_usd
    if eff is not None:
        bits.append(f"it is worth {_span_text(eff)}/wRVU as a W-2 equivalent at your pace")
    return (
        f"Below market: {'; '.join(bits)}. Published rates run "
        f"${d.MARKET_PER_RVU_LOW.value:g}–{d.MARKET_PER_RVU_HIGH.value:g}/wRVU (median about "
        f"${d.MARKET_PER_RVU_MEDIAN.value:g}).",
        _evidence(r, "pay", "volume"),
    )


def _msg_min_hourly(r: Ranked, severity: Severity) -> tuple[str, tuple[str, ...]]:
    hourly = r.figure_values.effective_hourly_usd
    assert hourly is not None
    lead = "Below your minimum" if severity == "warning" else "May fall below your minimum"
    return (
        f"{lead} of {_usd(r.ctx.min_hourly)} an hour: "
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
    if r.numbers.mammo_job:
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


def _age_days(offer: OfferInput, today: date) -> int | None:
    seen = offer.posted_date or offer.first_seen
    if seen is None:
        return None
    day = seen.date() if isinstance(seen, datetime) else seen
    return (today - day).days


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
