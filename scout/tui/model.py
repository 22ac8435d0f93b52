"""The offers table as data: its columns, each offer's cells and facets, and the rows a view shows.

Pure (no Textual). Built once per ranking in a worker; a filter or search keystroke then only walks
precomputed sort orders and masks, which keeps it well under the 100 ms budget at 20,000 offers.
Cells are formatted when first drawn, so 20,000 offers cost nothing until they scroll into view.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from scout.present import (
    employment_text,
    flag_markers,
    pay_as_posted,
    quota_text,
    span_text,
    tail_text,
)
from scout.rank import Ranked, Span
from scout.tui.state import Filters, ViewState

Align = Literal["left", "right"]


@dataclass(frozen=True)
class Column:
    """One table column: key (for sorting and state), header label, width, and how it sorts."""

    key: str
    label: str
    width: int
    align: Align = "left"
    heavy: bool = False
    """Sorting needs every offer's figures: computed once, in a worker."""
    help: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("score", "Score", 6, "right", help="0-100 for your profile"),
    Column("title", "Title", 34, help="the posting's title"),
    Column("pay", "Pay as posted", 22, heavy=True, help="sorted by gross pay a year at your schedule"),
    Column("hourly", "Eff. $/h", 13, "right", heavy=True, help="W-2-equivalent $/hour at your pace"),
    Column("flags", "Flags", 8, help="!! critical, ! warning, · note"),
    Column("employer", "Employer", 24),
    Column("mode", "Mode", 6, help="remote, hybrid or onsite"),
    Column("type", "Type", 8, help="W-2 or 1099"),
    Column("quota", "Quota", 18, heavy=True, help="sorted by share of your pace"),
    Column("tail", "Tail", 10),
    Column("missing", "Lic. missing", 12, help="states you hold no licence in"),
    Column("sources", "Sources", 14),
    Column("first_seen", "First seen", 10),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
COLUMNS_BY_KEY = {c.key: c for c in COLUMNS}
FIXED_COLUMNS = 2  # score and title stay put when the table scrolls sideways
MARK_WIDTH = 2  # the ★/✎/◆ marks before the score


def _mid(span: Span | None) -> float | None:
    if span is None:
        return None
    lo, hi = span
    if lo is None:
        return hi
    if hi is None:
        return lo
    return (lo + hi) / 2


def _quota_share(r: Ranked) -> float | None:
    w = r.figures.workload
    return _mid(w.share_of_your_pace) if w is not None else None


# How each column sorts; None sorts last whichever the direction.
_SORT_KEYS: dict[str, Callable[[Ranked], Any]] = {
    "score": lambda r: r.score,
    "title": lambda r: r.offer.title.casefold(),
    "employer": lambda r: (r.offer.employer or "").casefold() or None,
    "mode": lambda r: r.offer.terms.work_mode,
    "type": lambda r: r.offer.terms.employment_type,
    "pay": lambda r: _mid(r.figures.annual_gross_usd),
    "hourly": lambda r: _mid(r.figures.effective_hourly_usd),
    "quota": _quota_share,
    "tail": lambda r: r.offer.terms.malpractice.tail,
    "flags": lambda r: tuple(sum(1 for _, s in r.flag_levels if s == level)
                             for level in ("critical", "warning", "note")),
    "missing": lambda r: len(r.licenses_missing),
    "sources": lambda r: ",".join(sorted({s["source"] for s in r.offer.sources})),
    "first_seen": lambda r: r.offer.first_seen,
}


def severities(r: Ranked) -> list[str]:
    return [level for _, level in r.flag_levels]


def _hourly(r: Ranked) -> str:
    span = r.figures.effective_hourly_usd
    return span_text(span) + "/h" if span is not None else "?"


# What each column shows (posting text: always drawn literally, never as markup).
_CELLS: dict[str, Callable[[Ranked], str]] = {
    "score": lambda r: f"{r.score:.1f}",
    "title": lambda r: r.offer.title,
    "pay": lambda r: pay_as_posted(r.offer.terms, r.offer.published_pay),
    "hourly": _hourly,
    "flags": lambda r: flag_markers(severities(r)),
    "employer": lambda r: r.offer.employer or "-",
    "mode": lambda r: r.offer.terms.work_mode or "?",
    "type": lambda r: employment_text(r.offer.terms),
    "quota": lambda r: quota_text(r.offer.terms),
    "tail": lambda r: tail_text(r.offer.terms),
    "missing": lambda r: ", ".join(r.licenses_missing) or "-",
    "sources": lambda r: ",".join(sorted({s["source"] for s in r.offer.sources})),
    "first_seen": lambda r: f"{r.offer.first_seen:%Y-%m-%d}" if r.offer.first_seen else "?",
}


def cells(r: Ranked) -> tuple[str, ...]:
    """The text of each column for one offer, in COLUMNS order."""
    return tuple(_CELLS[key](r) for key in COLUMN_KEYS)


@dataclass(slots=True)
class Facets:
    """What the filter panel filters on, for one offer (sets of values; "unknown" when unsaid)."""

    employment: frozenset[str]
    pay_basis: frozenset[str]
    shifts: frozenset[str]
    subspecialties: frozenset[str]
    work_modes: frozenset[str]
    states: frozenset[str]
    flags: frozenset[str]
    licensed: bool
    critical: bool
    removed: bool


_UNKNOWN = frozenset({"unknown"})


def facets(r: Ranked) -> Facets:
    t = r.offer.terms
    employment = t.employment_type
    return Facets(
        # "either" offers W-2 and 1099 alike, so it passes a filter on either one
        employment=frozenset({"either", "w2", "1099"}) if employment == "either"
        else frozenset({employment}) if employment else _UNKNOWN,
        pay_basis=frozenset(t.pay.models) or _UNKNOWN,
        shifts=frozenset(t.shifts) or _UNKNOWN,
        subspecialties=frozenset(t.subspecialties) or _UNKNOWN,
        work_modes=frozenset({t.work_mode}) if t.work_mode else _UNKNOWN,
        states=frozenset(t.licensing.states),
        flags=frozenset(r.flag_ids),
        licensed=not r.licenses_missing,
        critical=any(level == "critical" for _, level in r.flag_levels),
        removed=r.offer.removed_at is not None,
    )


def passes(f: Facets, flt: Filters, *, score: float, shortlisted: bool, new: bool) -> bool:
    """Whether one offer passes every filter that is on."""
    if not flt.include_removed and f.removed and not (flt.shortlisted_only and shortlisted):
        return False
    if flt.min_score is not None and score < flt.min_score:
        return False
    if flt.hide_critical and f.critical:
        return False
    if flt.licensed_only and not f.licensed:
        return False
    if flt.shortlisted_only and not shortlisted:
        return False
    if flt.new_only and not new:
        return False
    return all(
        not wanted or not wanted.isdisjoint(have)
        for wanted, have in (
            (flt.employment, f.employment),
            (flt.pay_basis, f.pay_basis),
            (flt.shifts, f.shifts),
            (flt.subspecialties, f.subspecialties),
            (flt.work_modes, f.work_modes),
            (flt.states, f.states),
            (flt.flags, f.flags),
        )
    )


class OfferTableModel:
    """Every ranked offer with its facets; answers "which rows, in which order" for a view.

    Row numbers are positions in `ranked` (best score first). Sort orders are cached per column and
    direction; the filter mask is cached per filter set; the search is applied last.
    """

    def __init__(self, ranked: Sequence[Ranked]) -> None:
        self.ranked = list(ranked)
        self.facets = [facets(r) for r in self.ranked]
        self.row_ids = [r.id for r in self.ranked]
        self.index_of = {offer_id: i for i, offer_id in enumerate(self.row_ids)}
        self._cells: dict[int, tuple[str, ...]] = {}
        self._orders: dict[tuple[str, bool], list[int]] = {}
        self._mask_key: tuple[Any, ...] | None = None
        self._mask: bytearray = bytearray()

    def __len__(self) -> int:
        return len(self.ranked)

    def cells(self, row: int) -> tuple[str, ...]:
        found = self._cells.get(row)
        if found is None:
            found = self._cells[row] = cells(self.ranked[row])
        return found

    def needs_work(self, sort: str) -> bool:
        """Whether sorting by `sort` first needs every offer's figures (slow: do it in a worker)."""
        column = COLUMNS_BY_KEY.get(sort)
        return bool(column and column.heavy and (sort, True) not in self._orders
                    and (sort, False) not in self._orders)

    def order(self, sort: str, descending: bool) -> list[int]:
        """Every row sorted by one column; ties keep the ranking's order, unknown values go last."""
        key = (sort, descending)
        found = self._orders.get(key)
        if found is not None:
            return found
        if sort == "score":
            rows = list(range(len(self.ranked)))
            found = rows if descending else _stable_reverse_ties(rows, self.ranked)
        else:
            keyfn = _SORT_KEYS.get(sort, _SORT_KEYS["score"])
            keyed = [(keyfn(r), i) for i, r in enumerate(self.ranked)]
            known = [(k, i) for k, i in keyed if k is not None]
            known.sort(key=lambda pair: pair[0], reverse=descending)
            found = [i for _, i in known] + [i for k, i in keyed if k is None]
        self._orders[key] = found
        return found

    def mask(self, flt: Filters, shortlisted: Collection[int], new: Collection[int]) -> bytearray:
        """One byte per row: 1 when the row passes the filters."""
        key = (flt, frozenset(shortlisted) if flt.shortlisted_only or not flt.include_removed else None,
               frozenset(new) if flt.new_only else None)
        if key != self._mask_key:
            self._mask = bytearray(
                passes(f, flt, score=r.score, shortlisted=r.id in shortlisted, new=r.id in new)
                for r, f in zip(self.ranked, self.facets, strict=True)
            )
            self._mask_key = key
        return self._mask

    def rows(
        self, view: ViewState, *, shortlisted: Collection[int] = (), new: Collection[int] = (),
        hits: Collection[int] | None = None,
    ) -> list[int]:
        """The rows the view shows, in order: sorted, filtered, then narrowed to the search hits
        (offer ids)."""
        order = self.order(view.sort, view.descending)
        mask = self.mask(view.filters, shortlisted, new)
        if hits is None:
            return [i for i in order if mask[i]]
        ids = self.row_ids
        return [i for i in order if mask[i] and ids[i] in hits]

    def ids(self, rows: Iterable[int]) -> list[int]:
        return [self.ranked[i].id for i in rows]


def _stable_reverse_ties(rows: list[int], ranked: Sequence[Ranked]) -> list[int]:
    """Lowest score first, ties in id order (the ranking's own tie-break)."""
    return sorted(rows, key=lambda i: (ranked[i].score, ranked[i].id))
