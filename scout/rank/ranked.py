"""`Ranked`: one offer ranked for one radiologist. Its numbers are set when ranking; its text
(figures, score breakdown, flags) is built by `scout.rank.text` and `scout.rank.messages` on first
access."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from scout.rank.context import _Context
from scout.rank.messages import _render_flags
from scout.rank.model import Figures, Flag, OfferInput, ScorePart, Span
from scout.rank.numbers import _Pay
from scout.rank.text import _breakdown, _figures
from scout.ranking_defaults import Severity


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
