"""A first screen before the whole ranking is built: the cached order, the offers on screen ranked.

When the ranking of this data for this profile on this day is in the cache, the order of every row
and its score are known, with the offers of the top rows; the table then needs only the offers it
draws, each ranked by the ranking code as usual. Reading any row computes it (a row below the top
ones waits for the read going on behind), so the model is right for every use, only slower for
those that read every row; the app shows the whole model as soon as it is built and keeps
searches, filters and other sorts until then (`OfferTableModel.answers`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from datetime import date
from typing import overload

from scout.extract.contract import Terms
from scout.profile import Profile
from scout.rank import OfferInput, Ranked, rank_all
from scout.tui.cache import FIELDS, Ranking, Record, offers_from
from scout.tui.model import OfferTableModel, Order

PAGE = 64  # rows ranked together when one of them is first read
_ID_AT = FIELDS.index("id")

Offers = dict[int, OfferInput]


class RankedOnDemand(Sequence[Ranked]):
    """The ranking in a known order, each page of offers ranked when one of its rows is read."""

    def __init__(
        self,
        ranking: Ranking,
        ranked_for: Profile,
        today: date,
        load_terms: Callable[[str | None], Terms],
        the_rest: Future[Offers],
    ) -> None:
        self._ids = ranking.ids
        self._top = {record[_ID_AT]: record for record in ranking.top}
        self._profile = ranked_for
        self._today = today
        self._load_terms = load_terms
        self._the_rest = the_rest
        self._done: dict[int, Ranked] = {}

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> Ranked: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Ranked]: ...
    def __getitem__(self, index: int | slice) -> Ranked | Sequence[Ranked]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        row = range(len(self._ids))[index]
        found = self._done.get(row)
        if found is None:
            start = row - row % PAGE
            page = range(start, min(start + PAGE, len(self._ids)))
            ranked = rank_all(self._offers([self._ids[i] for i in page]), self._profile, self._today)
            by_id = {r.id: r for r in ranked}
            for i in page:
                self._done[i] = by_id[self._ids[i]]
            found = self._done[row]
        return found

    def _offers(self, ids: list[int]) -> list[OfferInput]:
        if all(i in self._top for i in ids):
            return offers_from([self._top[i] for i in ids], self._load_terms)
        offers = self._the_rest.result()  # the whole read, a second at most behind
        return [offers[i] for i in ids]


def first_screen(
    ranking: Ranking,
    ranked_for: Profile,
    today: date,
    load_terms: Callable[[str | None], Terms],
    the_rest: Future[Offers],
) -> OfferTableModel:
    """A partial model over the cached order; rows beyond the cached top wait for `the_rest`."""
    ranked = RankedOnDemand(ranking, ranked_for, today, load_terms, the_rest)
    return OfferTableModel(ranked, order=Order(ranking.ids, ranking.scores, ranking.removed_rows))


def stale_screen(
    top: list[Record], ranked_for: Profile, today: date, load_terms: Callable[[str | None], Terms]
) -> OfferTableModel | None:
    """A first screen from a ranking saved under another key (Scout upgraded, another day or
    profile, data changed outside Scout): the offers it kept on top, ranked now by this code. Those
    offers may since have changed or gone, so it is shown only until the whole read is done, and
    the app acts on none of them (`ScoutApp.first_screen_is_stale`). None when the records cannot
    be ranked: this code may not read what another version wrote."""
    try:
        ranked = rank_all(offers_from(list(top), load_terms), ranked_for, today)
    except Exception:  # only a first screen: without it, the whole read is shown when done
        return None
    return OfferTableModel(ranked, partial=True)
