"""One ranked offer's terms and figures as short labelled lines, shared by the compare screen and the
add-offer preview: each line knows its posting evidence or its "how computed", and how to pick a best.

Pure text: no Textual here, so the renderings are tested and reused without an app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from scout.extract.contract import Terms
from scout.present import flag_markers, pay_as_posted, span_text, volume_text
from scout.rank import Ranked, Span, Workload

Better = Literal["higher", "lower"]

PAY_BASIS_LABELS: dict[str, str] = {
    "per_rvu": "per wRVU",
    "per_study": "per study",
    "per_shift": "per shift",
    "hourly": "hourly",
    "daily": "daily",
    "salary": "salary",
}
EMPLOYMENT_LABELS: dict[str, str] = {"w2": "W-2 employee", "1099": "1099 contractor", "either": "W-2 or 1099"}
WORK_MODE_LABELS: dict[str, str] = {"remote": "remote", "hybrid": "hybrid", "onsite": "on site"}
SEVERITY_MARKS: dict[str, str] = {"critical": "!!", "warning": "!", "note": "·"}
NOT_STATED = "not stated"


@dataclass(frozen=True, slots=True)
class Fact:
    """One comparable line: a key, a label, the text for an offer, and what backs it up."""

    key: str
    label: str
    text: Callable[[Ranked], str]
    evidence: tuple[str, ...] = ()  # evidence field prefixes in Terms.evidence
    how: str | None = None  # key in Figures.how
    better: Better | None = None  # which way is best, for figures
    value: Callable[[Ranked], float | None] | None = None  # the number compared for "best"


def mid(span: Span | None) -> float | None:
    """The middle of a range; its one known end when the other is open; None when unknown."""
    if span is None:
        return None
    lo, hi = span
    if lo is None:
        return hi
    if hi is None:
        return lo
    return (lo + hi) / 2


def _said(value: bool | None, yes: str, no: str) -> str:
    return NOT_STATED if value is None else (yes if value else no)


def _listed(items: Sequence[str]) -> str:
    return ", ".join(items) if items else NOT_STATED


def pay_text(r: Ranked) -> str:
    t = r.offer.terms
    text = pay_as_posted(t, r.offer.published_pay)
    if t.pay.sign_on_bonus_usd:
        text += f" + {span_text((t.pay.sign_on_bonus_usd, t.pay.sign_on_bonus_usd))} sign-on"
    return text


def volume_all_text(terms: Terms) -> str:
    return "; ".join(volume_text(v) for v in terms.volume) or NOT_STATED


def malpractice_text(terms: Terms) -> str:
    m = terms.malpractice
    policy = {"claims_made": "claims-made", "occurrence": "occurrence"}.get(m.policy or "", "")
    base = _said(m.provided, "provided", "you buy it")
    if policy:
        return policy if m.provided is None else f"{base}, {policy}"
    return base


def tail_of(terms: Terms) -> str:
    m = terms.malpractice
    if m.tail:
        return {"provided": "covered", "not_provided": "NOT covered", "negotiable": "negotiable"}[m.tail]
    if m.policy == "occurrence":
        return "none needed (occurrence)"
    return NOT_STATED


def licensing_text(terms: Terms) -> str:
    lic = terms.licensing
    parts = [", ".join(sorted({s.upper() for s in lic.states})) or "no states named"]
    if lic.imlc:
        parts.append("IMLC")
    if lic.paid is not None:
        parts.append("fees paid" if lic.paid else "fees yours")
    return "; ".join(parts)


def workload_text(w: Workload | None) -> str:
    if w is None:
        return "no quota stated"
    if w.share_of_your_pace is None:
        return "quota unclear"
    lo, hi = w.share_of_your_pace
    share = _pct_range(lo, hi)
    if w.required_rvus_per_hour is not None:
        return f"{share} of your pace ({_num_range(*w.required_rvus_per_hour)} wRVU/h)"
    if w.required_studies_per_hour is not None:
        return f"{share} of your pace ({_num_range(*w.required_studies_per_hour)} studies/h)"
    return f"{share} of your pace"


def _pct_range(lo: float | None, hi: float | None) -> str:
    a = "?" if lo is None else f"{lo * 100:.0f}"
    b = "?" if hi is None else f"{hi * 100:.0f}"
    return f"{a}%" if a == b else f"{a}–{b}%"


def _num_range(lo: float | None, hi: float | None) -> str:
    a = "?" if lo is None else f"{lo:.3g}"
    b = "?" if hi is None else f"{hi:.3g}"
    return a if a == b else f"{a}–{b}"


def _per(span: Span | None, unit: str) -> str:
    return span_text(span) if span is None else span_text(span) + unit


def _part(index: int) -> Callable[[Ranked], str]:
    def text(r: Ranked) -> str:
        part = r.score_breakdown[index]
        return f"{part.points:.1f} of {part.weight * 100:.0f}"

    return text


def _part_value(index: int) -> Callable[[Ranked], float | None]:
    def value(r: Ranked) -> float | None:
        return r.score_breakdown[index].points

    return value


def _share(r: Ranked) -> float | None:
    w = r.figures.workload
    return None if w is None else mid(w.share_of_your_pace)


TERM_FACTS: tuple[Fact, ...] = (
    Fact("pay", "Pay as posted", pay_text, ("pay",)),
    Fact("volume", "Volume", lambda r: volume_all_text(r.offer.terms), ("volume",)),
    Fact(
        "employment",
        "Employment",
        lambda r: EMPLOYMENT_LABELS.get(r.offer.terms.employment_type or "", NOT_STATED),
        ("employment_type",),
    ),
    Fact(
        "work_mode",
        "Work mode",
        lambda r: WORK_MODE_LABELS.get(r.offer.terms.work_mode or "", NOT_STATED),
        ("work_mode",),
    ),
    Fact(
        "malpractice",
        "Malpractice",
        lambda r: malpractice_text(r.offer.terms),
        ("malpractice.provided", "malpractice.policy"),
    ),
    Fact("tail", "Tail", lambda r: tail_of(r.offer.terms), ("malpractice.tail",)),
    Fact("licensing", "Licensing", lambda r: licensing_text(r.offer.terms), ("licensing",)),
    Fact("licences_missing", "Licences missing", lambda r: ", ".join(r.licenses_missing) or "none"),
    Fact("shifts", "Shifts", lambda r: _listed(r.offer.terms.shifts), ("shifts",)),
    Fact(
        "subspecialties",
        "Subspecialties",
        lambda r: _listed(r.offer.terms.subspecialties),
        ("subspecialties",),
    ),
    Fact(
        "modalities",
        "Modalities",
        lambda r: _listed([m.upper() for m in r.offer.terms.modalities]),
        ("modalities",),
    ),
    Fact(
        "workstation",
        "Workstation",
        lambda r: _said(r.offer.terms.equipment_provided, "provided", "yours to buy"),
        ("equipment_provided",),
    ),
    Fact(
        "non_compete",
        "Non-compete",
        lambda r: _said(r.offer.terms.non_compete, "yes", "none"),
        ("non_compete",),
    ),
    Fact(
        "private_equity",
        "Private equity",
        lambda r: _said(r.offer.terms.private_equity, "PE-backed", "no"),
        ("private_equity",),
    ),
    Fact(
        "partnership",
        "Partnership track",
        lambda r: _said(r.offer.terms.partnership_track, "yes", "no"),
        ("partnership_track",),
    ),
    Fact("benefits", "Benefits", lambda r: _listed(r.offer.terms.benefits), ("benefits",)),
)

FIGURE_FACTS: tuple[Fact, ...] = (
    Fact(
        "annual_gross",
        "Annual gross",
        lambda r: span_text(r.figures.annual_gross_usd),
        how="annual_gross_usd",
        better="higher",
        value=lambda r: mid(r.figures.annual_gross_usd),
    ),
    Fact(
        "w2_equivalent",
        "W-2 equivalent",
        lambda r: span_text(r.figures.w2_equivalent_usd),
        how="w2_equivalent_usd",
        better="higher",
        value=lambda r: mid(r.figures.w2_equivalent_usd),
    ),
    Fact(
        "effective_hourly",
        "Effective $/h",
        lambda r: _per(r.figures.effective_hourly_usd, "/h"),
        how="effective_hourly_usd",
        better="higher",
        value=lambda r: mid(r.figures.effective_hourly_usd),
    ),
    Fact(
        "effective_per_rvu",
        "Effective $/wRVU",
        lambda r: _per(r.figures.effective_per_rvu_usd, "/wRVU"),
        how="effective_per_rvu_usd",
        better="higher",
        value=lambda r: mid(r.figures.effective_per_rvu_usd),
    ),
    Fact(
        "workload",
        "Workload",
        lambda r: workload_text(r.figures.workload),
        how="workload",
        better="lower",
        value=_share,
    ),
    Fact("score", "Score", lambda r: f"{r.score:.1f}", better="higher", value=lambda r: r.score),
    Fact("part_value", "  value", _part(0), better="higher", value=_part_value(0)),
    Fact("part_workload", "  workload", _part(1), better="higher", value=_part_value(1)),
    Fact("part_risk", "  risk", _part(2), better="higher", value=_part_value(2)),
    Fact("part_preference", "  preference", _part(3), better="higher", value=_part_value(3)),
    Fact("flags", "Flags", lambda r: flag_markers(f.severity for f in r.flags)),
)

PART_INDEX = {"part_value": 0, "part_workload": 1, "part_risk": 2, "part_preference": 3}


def evidence_quotes(r: Ranked, prefixes: Sequence[str]) -> list[str]:
    """The posting's own words behind a term, in the order they appear."""
    out: list[str] = []
    for e in sorted(r.offer.terms.evidence, key=lambda e: e.start):
        if any(e.field == p or e.field.startswith((p + ".", p + "[")) for p in prefixes):
            quote = e.text or r.offer.text[e.start : e.end]
            if quote and quote not in out:
                out.append(quote)
    return out


def explain(fact: Fact, r: Ranked) -> str:
    """What backs a fact for one offer: the posting's words, or how the figure was computed."""
    if fact.evidence:
        quotes = evidence_quotes(r, fact.evidence)
        return "posting: " + " … ".join(f"“{q}”" for q in quotes) if quotes else "the posting does not say"
    if fact.how is not None:
        return "how: " + r.figures.how.get(fact.how, "")
    if fact.key in PART_INDEX:
        return r.score_breakdown[PART_INDEX[fact.key]].reason
    if fact.key == "flags":
        return "; ".join(f"{SEVERITY_MARKS[f.severity]} {f.message}" for f in r.flags) or "no red flags"
    if fact.key == "licences_missing":
        return "states the posting names that you hold no licence in (profile: licenses_held)"
    if fact.key == "score":
        return " + ".join(f"{p.component} {p.points:.1f}" for p in r.score_breakdown)
    return ""


def flag_label(flag_id: str) -> str:
    """`tail_not_covered` -> `tail not covered`."""
    return flag_id.replace("_", " ")
