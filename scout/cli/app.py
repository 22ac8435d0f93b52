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
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

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
