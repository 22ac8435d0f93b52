"""The typer app every command module registers on, and the consoles and options they share."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from scout.config import Settings, resolve_db
from scout.errors import ScoutError
from scout.profile import load_profile
from scout.store import Store

app = typer.Typer(
    help="Scout: find, compare and rank remote radiology job offers.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True, markup=False)  # posting text is never markup
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Database file (default: $SCOUT_DB, else the data directory).",
        show_default=False,
    ),
]


def _store(db: Path | None, settings: Settings) -> Store:
    return Store(resolve_db(db), lock_timeout_s=settings.lock_timeout_s)


def open_store(db: Path | None, settings: Settings) -> Store:
    return Store(resolve_db(db), lock_timeout_s=settings.lock_timeout_s)


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """A plain aligned table: readable in a terminal, a log file and a pipe alike."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out.print(line.rstrip(), markup=False)
    out.print("  ".join("-" * w for w in widths), markup=False)
    for r in rows:
        out.print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip(), markup=False)


ProfileOption = Annotated[
    Path | None,
    typer.Option("--profile", help="Profile file (default: $SCOUT_PROFILE, else profile.toml in "
                 "the config directory).", show_default=False),
]


def prepare_tui(store: Store) -> str:
    """Keep the built offers and their ranking (default profile, today) beside the database, so
    the next `scout tui` starts from them instead of building every offer again; what `scout
    scrape` and `scout renormalize` do last. Best effort: a broken profile or an unwritable folder
    only means a slower next start. Returns a line for the log."""
    from scout.tui.data import prepare_next_start  # no textual: data, model and cache only

    started = time.monotonic()
    try:
        profile = load_profile()
    except ScoutError as e:
        return f"TUI cache not prepared: {e}"
    if prepare_next_start(store, profile, date.today()):
        return f"TUI cache prepared in {time.monotonic() - started:.1f} s"
    return "TUI cache not prepared (the database or the folder beside it could not be used)"
