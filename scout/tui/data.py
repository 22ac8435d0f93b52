"""Reading the database for the TUI: offers, runs, shortlists and notes, and noticing new scrapes.

Everything here runs in the app's thread workers and never touches a widget: the app posts the
results to itself as messages. A read holds one connection only as long as its queries take, so a
cron scrape can write the same file between two reads; a locked file raises StoreLockedError, which
the app shows in the status bar before trying again on the next poll.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic_core import from_json

from scout import shortlists
from scout.extract.contract import (
    PAY_FIGURES,
    SCHEMA,
    Evidence,
    Licensing,
    Malpractice,
    Pay,
    Range,
    Terms,
    Volume,
)
from scout.offers import build_offer, group_rows, terms_from_stored
from scout.profile import Profile
from scout.rank import OfferInput, rank_all
from scout.store import Row, Store
from scout.tui.cache import (
    CacheFiles,
    offers_from,
    offers_key,
    ranking_key,
    read_ranking,
    read_records,
    save_offers,
    save_ranking,
)
from scout.tui.model import OfferTableModel
from scout.tui.preview import first_screen, stale_screen
from scout.tui.runs import RunInfo
from scout.tui.search import SearchIndex, haystack
from scout.tui.state import DEFAULT_SHORTLIST

M = TypeVar("M", bound=BaseModel)


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """Build many objects without the cycle collector re-scanning them as they pile up (and with
    longer thread time slices, so the UI thread does not keep interrupting the build), then move
    them out of the collector's reach (gc.freeze), so later collections stay short while the user
    types. Offers and rankings hold no reference cycles, so nothing frozen is leaked."""
    was_on = gc.isenabled()
    gc.disable()
    switch = sys.getswitchinterval()
    sys.setswitchinterval(max(switch, 0.05))
    try:
        yield
    finally:
        sys.setswitchinterval(switch)
        gc.freeze()
        if was_on:
            gc.enable()


class _Kind:
    """What building one pydantic model class from stored JSON needs, worked out once."""

    __slots__ = ("cls", "defaults", "fields_set", "lists", "names")

    def __init__(self, cls: type[BaseModel]) -> None:
        self.cls = cls
        self.defaults = {n: f.get_default(call_default_factory=True) for n, f in cls.model_fields.items()}
        self.lists = tuple(k for k, v in self.defaults.items() if isinstance(v, list))
        self.names = cls.model_fields.keys()
        self.fields_set = set(cls.model_fields)


_new = object.__new__
_set = object.__setattr__
_KINDS: dict[type[BaseModel], _Kind] = {
    cls: _Kind(cls) for cls in (Terms, Pay, Range, Volume, Malpractice, Licensing, Evidence)
}


def _built(cls: type[M], values: dict[str, Any]) -> M:
    """A model from trusted values Scout itself stored, without validation: the decoded dict
    becomes the model's own (it holds every field as Scout writes them; an older file's missing
    fields get their defaults), and one fields-set is shared per class (the TUI treats terms as
    read-only), so each object costs little more than its values."""
    kind = _KINDS[cls]
    if values.keys() != kind.names:
        if not values.keys() <= kind.names:
            raise KeyError(f"unexpected fields in stored {cls.__name__}")
        merged = dict(kind.defaults)
        for key in kind.lists:
            merged[key] = []
        merged.update(values)
        values = merged
    obj = _new(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", kind.fields_set)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def stored_terms(raw: str | None) -> Terms:
    """scout.offers.terms_from_stored, several times faster and leaner (the TUI holds every offer):
    pydantic-core's JSON parser shares each short string ("remote", "pay.models") between
    postings; anything unexpected falls back to the shared loader."""
    if not raw:
        return Terms()
    try:
        data = from_json(raw, cache_strings=True)
        pay = data["pay"]
        for key in PAY_FIGURES:
            if pay.get(key) is not None:
                pay[key] = _built(Range, pay[key])
        data["pay"] = _built(Pay, pay)
        data["volume"] = [_built(Volume, v) for v in data.get("volume") or ()]
        data["malpractice"] = _built(Malpractice, data.get("malpractice") or {})
        data["licensing"] = _built(Licensing, data.get("licensing") or {})
        data["evidence"] = [_built(Evidence, e) for e in data.get("evidence") or ()]
        return _built(Terms, {"schema_": data.pop("schema", SCHEMA), **data})
    except (TypeError, KeyError, AttributeError, ValueError):
        return terms_from_stored(raw)


def _drain(rows: list[Row]) -> Iterator[Row]:
    """The rows in order, each dropped from the list as it is handed out, so the raw JSON of the
    offers already built is freed while the rest are built."""
    rows.reverse()
    while rows:
        yield rows.pop()


def offers_from_rows(rows: list[Row]) -> list[OfferInput]:
    """Offers from `offers_load` rows (emptied on the way), with faster, leaner terms."""
    return [build_offer(members, stored_terms) for members in group_rows(_drain(rows))]


def load_offers_quickly(store: Store) -> list[OfferInput]:
    """scout.offers.load_offers with faster, leaner terms (tests keep the two equal)."""
    return offers_from_rows(store.query("offers_load"))


@dataclass(frozen=True)
class Signature:
    """What changes when anyone writes the database file: its and its WAL's size and mtime."""

    parts: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, db: Path) -> Signature:
        parts = []
        for path in (db, db.with_name(db.name + ".wal")):
            try:
                st = os.stat(path)
                parts.append((st.st_mtime_ns, st.st_size))
            except OSError:
                parts.append((0, 0))
        return cls(tuple(parts))


def read_runs(store: Store) -> RunInfo:
    return RunInfo.of(list(store.last_runs().values()))


@dataclass(frozen=True)
class Lists:
    """The user's shortlists, the offers on the current one, and the notes."""

    names: tuple[str, ...] = ()
    current: str = "default"
    shortlisted: frozenset[int] = frozenset()
    notes: dict[int, str] = field(default_factory=dict)


def read_lists(store: Store, current: str) -> Lists:
    names = tuple(s.name for s in shortlists.lists(store))
    on_list: frozenset[int] = frozenset()
    if current in names:
        rows = store.query("shortlist_offer_ids", shortlist=current)
        on_list = frozenset(int(r["offer_id"]) for r in rows)
    return Lists(names=names, current=current, shortlisted=on_list, notes=shortlists.notes(store))


@dataclass
class Loaded:
    """One read of the database, ranked: what the main screen shows."""

    offers: list[OfferInput]
    model: OfferTableModel
    runs: RunInfo
    lists: Lists
    new_ids: frozenset[int]
    signature: Signature
    profile: Profile
    from_cache: bool = False
    """The offers came from the last start's file (scout.tui.cache), not from every posting."""
    unsaved: list[Callable[[], None]] = field(default_factory=list)
    """Writes of the cache files this read could not use, for a worker to run after the table."""


@dataclass(frozen=True)
class Preview:
    """A first screen drawn from the cached ranking while the read goes on (scout.tui.preview)."""

    model: OfferTableModel
    runs: RunInfo
    lists: Lists
    stale: bool = False
    """Drawn from a ranking saved for other data, code, profile or day: its top offers only, which
    may since have changed; nothing is to act on them (scout.tui.preview.stale_screen)."""


def read_all(
    store: Store,
    profile: Profile,
    today: date,
    shortlist: str,
    *,
    cache: CacheFiles | None = None,
    preview: Callable[[Preview], None] | None = None,
) -> Loaded:
    """Everything the main screen needs, read and ranked (a second or two at 20,000 offers: a
    worker). With `cache`, offers built from the same data are read from the last start's file,
    and with `preview`, a first screen is handed over as soon as the cached ranking allows."""
    the_rest: Future[dict[int, OfferInput]] = Future()  # for a first screen's lower rows
    try:
        return _read_all(store, profile, today, shortlist, cache, preview, the_rest)
    except BaseException as e:
        if not the_rest.done():
            the_rest.set_exception(e)
        raise


def _read_all(
    store: Store,
    profile: Profile,
    today: date,
    shortlist: str,
    cache: CacheFiles | None,
    preview: Callable[[Preview], None] | None,
    the_rest: Future[dict[int, OfferInput]],
) -> Loaded:
    signature = Signature.of(store.path)
    with store.reading():  # one connection, one state of the file
        offers_at = offers_key(store.query("offers_fingerprint")[0])
        runs, lists, new_ids = read_runs(store), read_lists(store, shortlist), read_new_ids(store)
        ranking_at = ranking_key(offers_at, profile, today)
        ranking = read_ranking(cache.ranking, ranking_at) if cache is not None else None
        shown = preview is not None and ranking is not None
        if preview is not None and ranking is not None:
            preview(Preview(first_screen(ranking, profile, today, stored_terms, the_rest), runs, lists))
        elif preview is not None and cache is not None:
            _preview_stale(cache, profile, today, runs, lists, preview)
        records = read_records(cache.offers, offers_at) if cache is not None else None
        rows = store.query("offers_load") if records is None else []
    with no_gc_pauses():
        offers = offers_from(records, stored_terms) if records is not None else offers_from_rows(rows)
        if shown:
            the_rest.set_result({o.id: o for o in offers})
        model = OfferTableModel(rank_all(offers, profile, today))
    loaded = Loaded(offers, model, runs, lists, new_ids, signature, profile, from_cache=records is not None)
    if cache is not None and records is None:
        loaded.unsaved.append(partial(save_offers, cache.offers, offers_at, offers))
    if cache is not None and ranking is None:
        loaded.unsaved.append(
            partial(save_ranking, cache.ranking, ranking_at, model.ranked, model.removed_rows)
        )
    return loaded


def _preview_stale(
    cache: CacheFiles,
    profile: Profile,
    today: date,
    runs: RunInfo,
    lists: Lists,
    preview: Callable[[Preview], None],
) -> None:
    """Hand over a first screen from a ranking saved under another key, when there is one."""
    saved = read_ranking(cache.ranking, None)
    model = stale_screen(saved.top, profile, today, stored_terms) if saved is not None else None
    if model is not None and len(model):
        preview(Preview(model, runs, lists, stale=True))


def prepare_next_start(store: Store, profile: Profile, today: date) -> bool:
    """Build the offers and their ranking as a start would and keep them for the next start (what
    `scout scrape` does once it has stored a run, so that the next TUI start is a warm one). False
    when the database could not be read or the files not written; never raises for that."""
    try:
        loaded = read_all(store, profile, today, DEFAULT_SHORTLIST, cache=CacheFiles.beside(store.path))
        save_for_next_start(loaded)
    except Exception:  # the cache only ever saves time: a failure here must not fail a scrape
        return False
    return True


def save_for_next_start(loaded: Loaded) -> None:
    """Write the cache files this read could not use (a worker: under a second)."""
    while loaded.unsaved:
        loaded.unsaved.pop(0)()


def read_new_ids(store: Store) -> frozenset[int]:
    """The offers first stored by the latest run of their source ("new since the last scrape")."""
    return frozenset(int(r["offer_id"]) for r in store.query("offers_new_in_latest_run"))


def rerank(offers: Sequence[OfferInput], profile: Profile, today: date) -> OfferTableModel:
    with no_gc_pauses():
        model = OfferTableModel(rank_all(offers, profile, today))
        model.prepare()
        return model


def build_search(offers: Sequence[OfferInput]) -> SearchIndex:
    with no_gc_pauses():
        return SearchIndex((o.id, haystack(o.title, o.employer, o.text)) for o in offers)


def offer_history(store: Store, offer_id: int) -> list[Row]:
    """Every recorded change to an offer's terms, oldest first."""
    return store.query("offer_history", offer_id=offer_id)
