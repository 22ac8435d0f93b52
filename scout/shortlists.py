"""Named shortlists of offers and the user's note per offer, kept in the database.

Entries and notes are stored by the offer id the user gave (a posting id) and resolved through
offer_members when read, so they survive regrouping; an offer that leaves the boards stays on its
lists, marked removed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from scout.errors import ConfigError
from scout.store import Store

MAX_NAME = 60


@dataclass(frozen=True)
class Shortlist:
    """One list and how many offers it holds."""

    name: str
    created_at: datetime
    offers: int


@dataclass(frozen=True)
class Entry:
    """One offer on a shortlist, as the listing and the export show it."""

    offer_id: int
    added_at: datetime
    title: str
    employer: str | None
    sources: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    removed: bool = False
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    note: str | None = None


@dataclass(frozen=True)
class Change:
    """What an add or remove did: the current offer ids it changed, and those it left as they were."""

    changed: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)


def check_name(name: str) -> str:
    """The list name, trimmed; a ConfigError when it is empty or too long."""
    cleaned = name.strip()
    if not cleaned:
        raise ConfigError("a shortlist needs a name, e.g. 'favourites'")
    if len(cleaned) > MAX_NAME:
        raise ConfigError(f"a shortlist name can be at most {MAX_NAME} characters")
    return cleaned


def resolve(store: Store, offer_ids: Iterable[int]) -> dict[int, int]:
    """Map each given id to its current offer id; a ConfigError names the ids that match no posting."""
    ids = list(dict.fromkeys(offer_ids))
    found = {int(r["given_id"]): int(r["offer_id"]) for r in store.query("shortlist_resolve", ids=ids)}
    unknown = [i for i in ids if i not in found]
    if unknown:
        raise ConfigError(
            f"no offer with id {', '.join(map(str, unknown))}; `scout postings` or `scout rank` lists the ids"
        )
    return {i: found[i] for i in ids}


def add(store: Store, name: str, offer_ids: Iterable[int], *, note: str | None = None) -> Change:
    """Put offers on a list (made if new), in one transaction; a note becomes each offer's note."""
    name = check_name(name)
    resolved = resolve(store, offer_ids)
    on_list = _offer_ids(store, name)
    now = store.now()
    steps: list[tuple[str, dict[str, Any]]] = [("shortlist_create", {"shortlist": name, "now": now})]
    change = Change()
    for given, offer in resolved.items():
        if offer in on_list:
            if offer not in change.changed and offer not in change.unchanged:
                change.unchanged.append(offer)
            continue
        on_list.add(offer)
        change.changed.append(offer)
        steps.append(("shortlist_add", {"shortlist": name, "given_id": given, "offer_id": offer, "now": now}))
    if note is not None:
        for given, offer in resolved.items():
            steps.extend(_note_steps(given, offer, note, now))
    store.execute_many(steps)
    return change


def remove(store: Store, name: str, offer_ids: Iterable[int]) -> Change:
    """Take offers off a list in one transaction; ids that are not on it are reported, not an error."""
    name = _existing(store, name)
    on_list = _offer_ids(store, name)
    change = Change()
    for offer in dict.fromkeys(resolve(store, offer_ids).values()):
        (change.changed if offer in on_list else change.unchanged).append(offer)
    store.execute_many([("shortlist_remove", {"shortlist": name, "offer_id": o}) for o in change.changed])
    return change


def delete(store: Store, name: str) -> None:
    """Delete a list and its entries (the offers and their notes stay)."""
    name = _existing(store, name)
    params = {"shortlist": name}
    store.execute_many([("shortlist_delete_entries", params), ("shortlist_delete", params)])


def lists(store: Store) -> list[Shortlist]:
    return [
        Shortlist(name=r["name"], created_at=r["created_at"], offers=int(r["offers"]))
        for r in store.query("shortlists_list")
    ]


def entries(store: Store, name: str) -> list[Entry]:
    """The offers on a list in the order they were added; a ConfigError when there is no such list."""
    name = _existing(store, name)
    return [_entry(r) for r in store.query("shortlist_entries", shortlist=name)]


def set_note(store: Store, offer_id: int, note: str) -> int:
    """Set (or, with empty text, clear) the note of an offer; returns its current offer id."""
    offer = resolve(store, [offer_id])[offer_id]
    store.execute_many(_note_steps(offer_id, offer, note, store.now()))
    return offer


def notes(store: Store) -> dict[int, str]:
    """The user's note per current offer id (what `ranked_offers` puts in each row's `note`)."""
    return {int(r["offer_id"]): str(r["note"]) for r in store.query("shortlist_notes")}


def _existing(store: Store, name: str) -> str:
    name = check_name(name)
    known = [s.name for s in lists(store)]
    if name not in known:
        hint = f"; your lists: {', '.join(known)}" if known else "; `scout shortlist add` makes one"
        raise ConfigError(f"no shortlist named '{name}'{hint}")
    return name


def _offer_ids(store: Store, name: str) -> set[int]:
    return {int(r["offer_id"]) for r in store.query("shortlist_offer_ids", shortlist=name)}


def _note_steps(given: int, offer: int, note: str, now: datetime) -> list[tuple[str, dict[str, Any]]]:
    """One note per offer: drop notes kept under its other posting ids, then set or clear this one."""
    text = note.strip()
    steps: list[tuple[str, dict[str, Any]]] = [
        ("shortlist_note_clear_others", {"keep_id": given, "offer_id": offer})
    ]
    if text:
        steps.append(("shortlist_note_set", {"given_id": given, "note": text, "now": now}))
    else:
        steps.append(("shortlist_note_delete", {"given_id": given}))
    return steps


def _entry(row: dict[str, Any]) -> Entry:
    return Entry(
        offer_id=int(row["offer_id"]),
        added_at=row["added_at"],
        title=row["title"] or "(posting no longer stored)",
        employer=row["employer"],
        sources=list(row["sources"] or []),
        urls=list(row["urls"] or []),
        removed=bool(row["removed"]),
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        note=row["note"],
    )
