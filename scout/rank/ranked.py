"""`Ranked`: one offer ranked for one radiologist. Its score, fits and flags are set when ranking;
the numbers behind its figures (`scout.rank.offer_numbers`) and its text (figures, score breakdown, flags:
`scout.rank.text`, `scout.rank.messages`) are worked out on first access."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from scout.rank.context import _Context
from scout.rank.messages import _render_flags
from scout.rank.model import Figures, FigureValues, Flag, OfferInput, ScorePart
from scout.rank.offer_numbers import _figure_values, _Numbers, _numbers
from scout.rank.text import _breakdown, _figures
from scout.ranking_defaults import Severity


@dataclass(slots=True, eq=False)
class Ranked:
    """One offer ranked for one radiologist: score, breakdown, figures and flags.

    Ranking keeps only what sorting and filtering need (score, fits, flags); the numbers behind the
    figures are worked out again, and the text (how-strings, reasons, flag messages) built, on first
    access, and kept. Treat it as read-only.
    """

    id: int
    score: float
    offer: OfferInput = field(repr=False)
    ctx: _Context = field(repr=False)
    today: date = field(repr=False)
    fits: tuple[float, float, float, float] = field(repr=False)  # value, workload, risk, preference
    flag_levels: tuple[tuple[str, Severity], ...] = field(repr=False)  # in catalogue order
    _text: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def flag_ids(self) -> tuple[str, ...]:
        return tuple(f[0] for f in self.flag_levels)

    @property
    def licenses_missing(self) -> tuple[str, ...]:
        """States the posting names that the user holds no licence in, in alphabetical order."""
        return tuple(sorted(set(self.offer.terms.licensing.states).difference(self.ctx.held)))

    @property
    def abroad(self) -> str | None:
        """The posting words that let you read from outside the US (not for an on-site job)."""
        return self.offer.abroad_quote if self.offer.terms.work_mode != "onsite" else None

    @property
    def numbers(self) -> _Numbers:
        """Gross pay, its W-2 equivalent and the volume asked: the arithmetic behind the figures."""
        result: _Numbers = self._cached("numbers", _offer_numbers)
        return result

    @property
    def figure_values(self) -> FigureValues:
        """The figures' numbers without their how-strings: cheap enough to read for every offer."""
        result: FigureValues = self._cached("values", _values)
        return result

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


def _offer_numbers(r: Ranked) -> _Numbers:
    return _numbers(r.offer.terms, r.offer.published_pay, r.ctx)


def _values(r: Ranked) -> FigureValues:
    # The numbers are not kept for this: the charts read every offer's values at once, and keeping
    # 20,000 offers' numbers would cost memory and garbage-collector time.
    kept = r._text.get("numbers") if r._text else None
    return _figure_values(kept or _offer_numbers(r), r.ctx)
