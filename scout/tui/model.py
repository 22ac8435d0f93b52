"""The offers table as data: its columns, each offer's cells and facets, and the rows a view shows.

Pure (no Textual). Built once per ranking in a worker; a filter or search keystroke then only walks
precomputed sort orders and masks, which keeps it well under the 100 ms budget at 20,000 offers.
Cells are formatted when first drawn, so 20,000 offers cost nothing until they scroll into view.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import compress
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
from scout.tui.search import SearchIndex, query_words
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
    return _mid(r.figure_values.share_of_your_pace)


# How each column sorts; None sorts last whichever the direction.
_SORT_KEYS: dict[str, Callable[[Ranked], Any]] = {
    "score": lambda r: r.score,
    "title": lambda r: r.offer.title.casefold(),
    "employer": lambda r: (r.offer.employer or "").casefold() or None,
    "mode": lambda r: r.offer.terms.work_mode,
    "type": lambda r: r.offer.terms.employment_type,
    "pay": lambda r: _mid(r.figure_values.annual_gross_usd),
    "hourly": lambda r: _mid(r.figure_values.effective_hourly_usd),
    "quota": _quota_share,
    "tail": lambda r: r.offer.terms.malpractice.tail,
    "flags": lambda r: tuple(
        sum(1 for _, s in r.flag_levels if s == level) for level in ("critical", "warning", "note")
    ),
    "missing": lambda r: len(r.licenses_missing),
    "sources": lambda r: ",".join(sorted({s["source"] for s in r.offer.sources})),
    "first_seen": lambda r: r.offer.first_seen,
}


def severities(r: Ranked) -> list[str]:
    return [level for _, level in r.flag_levels]


def _hourly(r: Ranked) -> str:
    span = r.figure_values.effective_hourly_usd
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


_UNKNOWN = ("unknown",)
_EITHER = ("either", "w2", "1099")  # "either" offers W-2 and 1099 alike: it passes a filter on either
SET_FACETS = ("employment", "pay_basis", "shifts", "subspecialties", "work_modes", "states", "flags")


def facet_values(r: Ranked) -> dict[str, Sequence[str]]:
    """What the filter panel filters on, for one offer; "unknown" when the posting does not say."""
    t = r.offer.terms
    employment = t.employment_type
    return {
        "employment": _EITHER if employment == "either" else (employment,) if employment else _UNKNOWN,
        "pay_basis": t.pay.models or _UNKNOWN,
        "shifts": t.shifts or _UNKNOWN,
        "subspecialties": t.subspecialties or _UNKNOWN,
        "work_modes": (t.work_mode,) if t.work_mode else _UNKNOWN,
        "states": t.licensing.states,
        "flags": r.flag_ids,
    }


# byte -> the 8 bytes (0 or 1) of its bits, least significant first: turns a bitmask into a flag per row
_EXPAND = [bytes((b >> k) & 1 for k in range(8)) for b in range(256)]


class _Bits:
    """Sets of rows as Python ints (bit i = row i): a filter is a few big-int ANDs and ORs."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.nbytes = (size + 7) // 8
        self.all = (1 << size) - 1

    def of(self, rows: Iterable[int]) -> int:
        buf = bytearray(self.nbytes)
        for i in rows:
            buf[i >> 3] |= 1 << (i & 7)
        return int.from_bytes(buf, "little")

    def flags(self, bits: int) -> bytes:
        """One byte per row: 1 where the bit is set."""
        raw = bits.to_bytes(self.nbytes, "little")
        return b"".join([_EXPAND[b] for b in raw])


def reads_every_offer(view: ViewState) -> bool:
    """Whether showing the view reads every offer: a search, a filter on the offers' terms or
    flags, or any order but the ranking's."""
    on_rows_only = replace(view.filters, min_score=None, include_removed=False) == Filters()
    return view.sort != "score" or not view.descending or bool(view.search.strip()) or not on_rows_only


@dataclass(frozen=True)
class Order:
    """The ranking's rows without the offers: ids best first, their scores, removed rows."""

    ids: list[int]
    scores: list[float]
    removed_rows: frozenset[int]


class OfferTableModel:
    """Every ranked offer with its facets; answers "which rows, in which order" for a view.

    Row numbers are positions in `ranked` (best score first). Sort orders are cached per column and
    direction; filters are bitmasks per facet value (built once), so a filter change costs a few
    big-int operations and one pass over the sorted rows; the search is applied last.
    """

    def __init__(
        self, ranked: Sequence[Ranked], *, order: Order | None = None, partial: bool = False
    ) -> None:
        self.partial = partial or order is not None
        """A first screen, before the whole ranking is built: `ranked` computes each offer when
        first read and `order` gives what the model needs of all of them, or (`partial`) `ranked`
        holds only some offers."""
        self.ranked = ranked if order is not None else list(ranked)
        if order is None:
            order = Order(
                [r.id for r in self.ranked],
                [r.score for r in self.ranked],
                frozenset(i for i, r in enumerate(self.ranked) if r.offer.removed_at is not None),
            )
        self.row_ids = order.ids
        self.index_of = {offer_id: i for i, offer_id in enumerate(self.row_ids)}
        self._bits = _Bits(len(self.ranked))
        self._removed = self._bits.of(order.removed_rows)
        self.removed_rows = order.removed_rows
        self._facet_bits: dict[str, dict[str, int]] | None = None  # built on the first filter
        self._neg_scores = [-score for score in order.scores]  # ascending, for bisect
        self._cells: dict[int, tuple[str, ...]] = {}
        self._orders: dict[tuple[str, bool], list[int]] = {}
        self._mask_key: tuple[Any, ...] | None = None
        self._mask = 0
        self._word_bits: dict[tuple[int, str], int] = {}

    def __len__(self) -> int:
        return len(self.ranked)

    def answers(self, view: ViewState) -> bool:
        """Whether the model can show this view: always when whole; when partial, only a view that
        does not read every offer."""
        return not self.partial or not reads_every_offer(view)

    def cells(self, row: int) -> tuple[str, ...]:
        found = self._cells.get(row)
        if found is None:
            found = self._cells[row] = cells(self.ranked[row])
        return found

    def needs_work(self, sort: str) -> bool:
        """Whether sorting by `sort` first needs every offer's figures (slow: do it in a worker)."""
        column = COLUMNS_BY_KEY.get(sort)
        return bool(
            column and column.heavy and (sort, True) not in self._orders and (sort, False) not in self._orders
        )

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

    def prepare(self) -> None:
        """Build the filters' bitmasks now (in a worker) rather than on the first filter."""
        self._facets()

    def _facets(self) -> dict[str, dict[str, int]]:
        """Per facet, per value, the rows that have it (plus "critical" and "unlicensed")."""
        if self._facet_bits is None:
            members: dict[str, dict[str, list[int]]] = {name: {} for name in SET_FACETS}
            members["other"] = {"critical": [], "unlicensed": []}
            other = members["other"]
            for i, r in enumerate(self.ranked):
                for name, values in facet_values(r).items():
                    for value in values:
                        members[name].setdefault(value, []).append(i)
                if any(level == "critical" for _, level in r.flag_levels):
                    other["critical"].append(i)
                if r.licenses_missing:
                    other["unlicensed"].append(i)
            self._facet_bits = {
                name: {v: self._bits.of(rows) for v, rows in values.items()}
                for name, values in members.items()
            }
        return self._facet_bits

    def _rows_of(self, offer_ids: Collection[int]) -> int:
        index = self.index_of
        return self._bits.of(index[i] for i in offer_ids if i in index)

    def mask(self, flt: Filters, shortlisted: Collection[int] = (), new: Collection[int] = ()) -> int:
        """The rows passing every filter that is on, as a bitmask."""
        key = (
            flt,
            frozenset(shortlisted) if flt.shortlisted_only else None,
            frozenset(new) if flt.new_only else None,
        )
        if key == self._mask_key:
            return self._mask
        bits = self._bits.all
        if flt.shortlisted_only:
            bits &= self._rows_of(shortlisted)  # a shortlisted offer shows even once taken down
        elif not flt.include_removed:
            bits &= ~self._removed
        if flt.min_score is not None:  # rows are best first: those scoring enough are a prefix
            bits &= (1 << bisect_right(self._neg_scores, -flt.min_score)) - 1
        if flt.hide_critical:
            bits &= ~self._facets()["other"]["critical"]
        if flt.licensed_only:
            bits &= ~self._facets()["other"]["unlicensed"]
        if flt.new_only:
            bits &= self._rows_of(new)
        for name in SET_FACETS:
            wanted: frozenset[str] = getattr(flt, name)
            if wanted:
                values = self._facets()[name]
                either = 0
                for value in wanted:
                    either |= values.get(value, 0)
                bits &= either
        self._mask_key, self._mask = key, bits
        return bits

    def search_bits(self, index: SearchIndex, query: str) -> int | None:
        """The rows matching a search (None: no search), each word's rows cached, so typing on
        only looks up the word being typed."""
        words = query_words(query)
        if not words:
            return None
        bits = self._bits.all
        for word in words:
            key = (id(index), word)
            found = self._word_bits.get(key)
            if found is None:
                if len(self._word_bits) > 512:
                    self._word_bits.clear()
                found = self._word_bits[key] = self._rows_of(index.word_hits(word))
            bits &= found
        return bits

    def rows(
        self,
        view: ViewState,
        *,
        shortlisted: Collection[int] = (),
        new: Collection[int] = (),
        hits: Collection[int] | None = None,
        search: int | None = None,
    ) -> list[int]:
        """The rows the view shows, in order: sorted, filtered, then narrowed to the search
        (`hits`: offer ids, or `search`: rows from search_bits)."""
        bits = self.mask(view.filters, shortlisted, new)
        if hits is not None:
            bits &= self._rows_of(hits)
        if search is not None:
            bits &= search
        flags = self._bits.flags(bits)
        order = self.order(view.sort, view.descending)
        return list(compress(order, map(flags.__getitem__, order)))

    def ids(self, rows: Iterable[int]) -> list[int]:
        return [self.row_ids[i] for i in rows]


def _stable_reverse_ties(rows: list[int], ranked: Sequence[Ranked]) -> list[int]:
    """Lowest score first, ties in id order (the ranking's own tie-break)."""
    return sorted(rows, key=lambda i: (ranked[i].score, ranked[i].id))
