"""The `scout tui` command: open the terminal UI on the user's database."""

from __future__ import annotations

from scout.cli.app import DbOption, ProfileOption, app
from scout.config import resolve_db


@app.command("tui")
def tui_cmd(db: DbOption = None, profile: ProfileOption = None) -> None:
    """Open the terminal UI: ranked offers, search, filters, details, shortlists, export.

    Press ? inside for every key. The TUI picks up new offers when a scheduled scrape finishes.

    Example: scout tui
    """
    from scout.tui.app import run_tui  # imported here: textual loads only when the TUI is wanted

    run_tui(resolve_db(db), profile)
