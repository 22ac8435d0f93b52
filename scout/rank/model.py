"""What ranking reads and what it gives back: the offer as input, and the flags, score parts,
W-2 adjustments, workload and figures of a ranked offer, each with the JSON `scout rank --json`
prints. `Ranked` itself, whose text is built lazily, lives in `scout.rank.ranked`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from scout.extract.contract import Terms
from scout.rank.abroad import find_abroad_quote
from scout.ranking_defaults import Severity

Span = tuple[float | None, float | None]
Component = Literal["value", "workload", "risk", "preference"]


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
class FigureValues:
    """The comparable figures' numbers without their how-strings: cheap enough to read for every
    offer (charts, sorting). A span is (low, high), None when unknown."""

    annual_gross_usd: Span | None
    w2_equivalent_usd: Span | None
    effective_hourly_usd: Span | None
    effective_per_rvu_usd: Span | None
    share_of_your_pace: Span | None  # the volume asked against the user's pace (1.0 = the pace)


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
