"""What the user has set up on the main screen: sort, filters, search, cursor, shortlist and theme.

Pure and serialisable: the app saves it to a JSON file in the user's state directory after every
change, so a refresh, a re-rank and the next start come back to the same view. One view is kept per
database file (the demo's and the user's own differ); the theme is shared. A file Scout cannot
read is ignored (defaults), never an error.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

STATE_FILE = "tui.json"
STATE_VERSION = 1
DEFAULT_THEME = "textual-dark"
LIGHT_THEME = "textual-light"
DEFAULT_SHORTLIST = "default"

# Filter facets that hold a set of values; the value "unknown" stands for "the posting does not say".
SET_FACETS = ("employment", "pay_basis", "shifts", "subspecialties", "work_modes", "states", "flags")
BOOL_FACETS = ("licensed_only", "hide_critical", "shortlisted_only", "new_only", "include_removed")
FACET_LABELS = {
    "employment": "employment",
    "pay_basis": "pay",
    "shifts": "shift",
    "subspecialties": "subspecialty",
    "work_modes": "work mode",
    "states": "state",
    "flags": "flag",
    "licensed_only": "no new licence",
    "hide_critical": "no critical flags",
    "shortlisted_only": "shortlisted",
    "new_only": "new",
    "include_removed": "with removed",
}


# How filter values read in the status bar and the panel ("unknown": the posting does not say).
VALUE_LABELS = {
    "w2": "W-2",
    "1099": "1099",
    "either": "W-2 or 1099",
    "unknown": "not stated",
    "per_rvu": "per wRVU",
    "per_study": "per study",
    "per_shift": "per shift",
    "hourly": "hourly",
    "daily": "daily",
    "salary": "salary",
    "onsite": "on site",
}


def state_dir() -> Path:
    """Where the TUI keeps its state (XDG state dir on Linux)."""
    return platformdirs.user_state_path("scout")


@dataclass(frozen=True)
class Filters:
    """Which offers the table shows; an empty set or False means "no filter on this"."""

    employment: frozenset[str] = frozenset()
    pay_basis: frozenset[str] = frozenset()
    shifts: frozenset[str] = frozenset()
    subspecialties: frozenset[str] = frozenset()
    work_modes: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()
    licensed_only: bool = False
    """Only offers you can read without a new licence (every state they name is one you hold)."""
    min_score: float | None = None
    hide_critical: bool = False
    shortlisted_only: bool = False
    new_only: bool = False
    """Only offers first stored by the latest scrape of their source."""
    include_removed: bool = False
    """Also offers every board has taken down (hidden by default, as in `scout rank`)."""

    def active(self) -> list[str]:
        """Short labels of the filters that are on, for the status bar."""
        out = []
        for name in SET_FACETS:
            values: frozenset[str] = getattr(self, name)
            if values:
                shown = ", ".join(VALUE_LABELS.get(v, v.replace("_", " ")) for v in sorted(values))
                out.append(f"{FACET_LABELS[name]}: {shown}")
        if self.min_score is not None:
            out.append(f"score ≥ {self.min_score:g}")
        out.extend(FACET_LABELS[name] for name in BOOL_FACETS if getattr(self, name))
        return out

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            data[f.name] = sorted(value) if isinstance(value, frozenset) else value
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Filters:
        """Filters from saved JSON; unknown keys and wrong types are dropped, not errors."""
        kwargs: dict[str, Any] = {}
        for name in SET_FACETS:
            value = data.get(name)
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                kwargs[name] = frozenset(value)
        for name in BOOL_FACETS:
            if isinstance(data.get(name), bool):
                kwargs[name] = data[name]
        score = data.get("min_score")
        if isinstance(score, int | float) and not isinstance(score, bool):
            kwargs["min_score"] = float(score)
        return cls(**kwargs)


@dataclass(frozen=True)
class ViewState:
    """The main screen's view of one database."""

    sort: str = "score"
    """The key of the column the table is sorted by."""
    descending: bool = True
    search: str = ""
    filters: Filters = field(default_factory=Filters)
    cursor_id: int | None = None
    """The offer under the cursor, kept by id so it survives re-ranking and refreshes."""
    shortlist: str = DEFAULT_SHORTLIST

    def with_filters(self, **changes: Any) -> ViewState:
        return replace(self, filters=replace(self.filters, **changes))

    def toggled(self, facet: str, value: str) -> ViewState:
        """The state with `value` added to or taken out of a set facet."""
        current: frozenset[str] = getattr(self.filters, facet)
        return self.with_filters(**{facet: current ^ {value}})

    def sorted_by(self, key: str) -> ViewState:
        """Sort by `key`; choosing the current sort column again reverses it."""
        if key == self.sort:
            return replace(self, descending=not self.descending)
        return replace(self, sort=key, descending=key in DESCENDING_FIRST)

    def to_json(self) -> dict[str, Any]:
        return {
            "sort": self.sort,
            "descending": self.descending,
            "search": self.search,
            "filters": self.filters.to_json(),
            "cursor_id": self.cursor_id,
            "shortlist": self.shortlist,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], sort_keys: Iterable[str] = ()) -> ViewState:
        """A view from saved JSON; anything unreadable falls back to its default."""
        known = set(sort_keys)
        sort = data.get("sort")
        cursor = data.get("cursor_id")
        shortlist = data.get("shortlist")
        filters = data.get("filters")
        return cls(
            sort=sort if isinstance(sort, str) and (not known or sort in known) else "score",
            descending=bool(data.get("descending", True)),
            search=str(data.get("search") or ""),
            filters=Filters.from_json(filters) if isinstance(filters, Mapping) else Filters(),
            cursor_id=cursor if isinstance(cursor, int) and not isinstance(cursor, bool) else None,
            shortlist=shortlist.strip()
            if isinstance(shortlist, str) and shortlist.strip()
            else DEFAULT_SHORTLIST,
        )


# Columns whose natural first sort is largest first (scores, pay, dates); the rest sort A to Z.
DESCENDING_FIRST = frozenset({"score", "pay", "hourly", "flags", "first_seen", "missing"})


@dataclass
class StateFile:
    """The JSON file holding every database's view and the theme."""

    path: Path
    theme: str = DEFAULT_THEME
    views: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> StateFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            return cls(path)
        theme = data.get("theme")
        views = data.get("views")
        return cls(
            path,
            theme=theme if isinstance(theme, str) else DEFAULT_THEME,
            views={k: v for k, v in views.items() if isinstance(v, dict)} if isinstance(views, dict) else {},
        )

    def view(self, db: Path, sort_keys: Iterable[str] = ()) -> ViewState:
        saved = self.views.get(_db_key(db))
        return ViewState.from_json(saved, sort_keys) if saved else ViewState()

    def remember(self, db: Path, view: ViewState) -> None:
        self.views[_db_key(db)] = view.to_json()

    def save(self) -> None:
        """Write the file atomically (a crash never leaves half a file); errors are ignored."""
        data = {"version": STATE_VERSION, "theme": self.theme, "views": self.views}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass


def _db_key(db: Path) -> str:
    try:
        return str(db.expanduser().resolve())
    except OSError:
        return str(db)
