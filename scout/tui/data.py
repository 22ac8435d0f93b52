"""Reading the database for the TUI: offers, runs, shortlists and notes, and noticing new scrapes.

Everything here runs in the app's thread workers and never touches a widget: the app posts the
results to itself as messages. The store opens and closes a connection per call, so a cron scrape
can write the same file between two of our reads; a locked file raises StoreLockedError, which the
app shows in the status bar before trying again on the next poll.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from scout import shortlists
from scout.errors import ConfigError
from scout.extract.contract import Evidence, Licensing, Malpractice, Pay, Range, Terms, Volume
from scout.offers import build_offer, group_rows, terms_from_stored
from scout.profile import Profile
from scout.rank import OfferInput, rank_all
from scout.store import Row, Store
from scout.tui.model import OfferTableModel
from scout.tui.search import SearchIndex, haystack

M = TypeVar("M", bound=BaseModel)
_PAY_RANGES = ("per_rvu_usd", "per_study_usd", "per_shift_usd", "hourly_usd", "daily_usd", "annual_usd")


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


_SHARED: dict[str, str] = {}
# The fields whose values are a small vocabulary, per model: decoded once per posting, kept once.
_VOCABULARY: dict[type[BaseModel], tuple[str, ...]] = {
    Terms: ("work_mode", "employment_type", "shifts", "subspecialties", "modalities", "benefits"),
    Pay: ("models",),
    Volume: ("unit", "per", "kind"),
    Malpractice: ("policy", "tail"),
    Licensing: ("states",),
    Evidence: ("field",),
    Range: (),
}


@dataclass(frozen=True)
class _Shape:
    defaults: dict[str, Any]
    lists: tuple[str, ...]
    fields_set: set[str]


_SHAPES: dict[type[BaseModel], _Shape] = {}


def _shape(cls: type[BaseModel]) -> _Shape:
    found = _SHAPES.get(cls)
    if found is None:
        defaults = {
            name: f.get_default(call_default_factory=True)
            for name, f in cls.model_fields.items()
            if name != "schema_"
        }
        found = _SHAPES[cls] = _Shape(
            defaults, tuple(k for k, v in defaults.items() if isinstance(v, list)), set(cls.model_fields)
        )
    return found


def _same(value: Any) -> Any:
    """One shared copy of each vocabulary string ("remote", "per_rvu", "pay.models"): JSON decoding
    makes a new one per posting, and 20,000 postings' copies add up."""
    if isinstance(value, str):
        return _SHARED.setdefault(value, value)
    if isinstance(value, list):
        return [_SHARED.setdefault(v, v) if isinstance(v, str) else v for v in value]
    return value


def _built(cls: type[M], data: dict[str, Any]) -> M:
    """A model from trusted data Scout itself stored, without validation or per-field work.

    Field names come from one shared dict of defaults and the fields-set is one shared set per
    model class (the TUI treats terms as read-only), so each object costs little more than its
    values."""
    shape = _shape(cls)
    merged = dict(shape.defaults)
    for key in shape.lists:
        merged[key] = []
    merged.update(data)
    for key in _VOCABULARY.get(cls, ()):
        value = merged.get(key)
        if value:
            merged[key] = _same(value)
    obj = object.__new__(cls)
    object.__setattr__(obj, "__dict__", merged)
    object.__setattr__(obj, "__pydantic_fields_set__", shape.fields_set)
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


def stored_terms(raw: str | None) -> Terms:
    """scout.offers.terms_from_stored, several times faster and about half the memory (the TUI
    holds every offer); anything unexpected falls back to it."""
    if not raw:
        return Terms()
    try:
        data = json.loads(raw)
        pay = data["pay"]
        for key in _PAY_RANGES:
            if pay.get(key) is not None:
                pay[key] = _built(Range, pay[key])
        data["pay"] = _built(Pay, pay)
        data["volume"] = [_built(Volume, v) for v in data.get("volume") or []]
        data["malpractice"] = _built(Malpractice, data.get("malpractice") or {})
        data["licensing"] = _built(Licensing, data.get("licensing") or {})
        data["evidence"] = [_built(Evidence, e) for e in data.get("evidence") or []]
        data["schema_"] = data.pop("schema", "scout.terms/1")
        return _built(Terms, data)
    except (TypeError, KeyError, AttributeError, ValueError):
        return terms_from_stored(raw)


def _drain(rows: list[Row]) -> Iterator[Row]:
    """The rows in order, each dropped from the list as it is handed out, so the raw JSON of the
    offers already built is freed while the rest are built."""
    rows.reverse()
    while rows:
        yield rows.pop()


def load_offers_quickly(store: Store) -> list[OfferInput]:
    """scout.offers.load_offers with faster, leaner terms (tests keep the two equal)."""
    return [build_offer(members, stored_terms) for members in group_rows(_drain(store.query("offers_load")))]


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


@dataclass(frozen=True)
class RunInfo:
    """The scrape runs the status bar reports, and what tells a new finished scrape apart."""

    last: Row | None = None
    running: tuple[str, ...] = ()
    finished_key: tuple[Any, ...] = ()

    @classmethod
    def of(cls, runs: Sequence[Row]) -> RunInfo:
        finished = [r for r in runs if r["status"] != "running"]
        return cls(
            last=runs[0] if runs else None,
            running=tuple(sorted({r["source"] for r in runs if r["status"] == "running"})),
            finished_key=tuple((r["id"], r["status"]) for r in finished[:1]),
        )


def read_runs(store: Store) -> RunInfo:
    return RunInfo.of(store.runs(10))


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
        try:
            on_list = frozenset(e.offer_id for e in shortlists.entries(store, current))
        except ConfigError:
            on_list = frozenset()
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


def read_all(store: Store, profile: Profile, today: date, shortlist: str) -> Loaded:
    """Everything the main screen needs, read and ranked (seconds at 20,000 offers: a worker)."""
    signature = Signature.of(store.path)
    with no_gc_pauses():
        offers = load_offers_quickly(store)
        model = OfferTableModel(rank_all(offers, profile, today))
    runs = read_runs(store)
    return Loaded(offers, model, runs, read_lists(store, shortlist), read_new_ids(store), signature, profile)


def read_new_ids(store: Store) -> frozenset[int]:
    """The offers first stored by the latest run of their source ("new since the last scrape")."""
    return frozenset(int(r["offer_id"]) for r in store.query("postings_new_in_latest_run"))


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


def when(value: datetime | None, now: datetime) -> str:
    """`3 min ago`, `5 h ago`, `2 days ago`, or the date."""
    if value is None:
        return "never"
    seconds = (now - value).total_seconds()
    if seconds < 90:
        return "just now"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min ago"
    if seconds < 86400 * 2:
        return f"{seconds / 3600:.0f} h ago"
    if seconds < 86400 * 14:
        return f"{seconds / 86400:.0f} days ago"
    return f"{value:%Y-%m-%d}"
