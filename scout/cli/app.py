"""The typer app every command module registers on, and the consoles and options they share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from scout.config import Settings, resolve_db
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
