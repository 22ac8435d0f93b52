"""The export command: ranked offers (or one shortlist) as a CSV file."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from scout import shortlists
from scout.cli.app import DbOption, ProfileOption, app, err, open_store
from scout.config import load_settings
from scout.errors import ConfigError
from scout.export import write_csv
from scout.offers import offer_row, ranked_offers
from scout.profile import Profile, load_profile
from scout.store import Store


@app.command("export")
def export_cmd(
    shortlist: Annotated[
        str | None, typer.Option("--shortlist", help="Only the offers on this shortlist.")
    ] = None,
    out_file: Annotated[
        Path | None,
        typer.Option("--out", help="Write to FILE (default: standard output).", metavar="FILE"),
    ] = None,
    include_removed: Annotated[
        bool,
        typer.Option(
            "--include-removed", help="Also offers gone from the boards (a shortlist always has them)."
        ),
    ] = False,
    db: DbOption = None,
    profile: ProfileOption = None,
) -> None:
    """Write offers as CSV, best score first: one row per offer, the columns the README lists.

    UTF-8 with a byte-order mark so Excel reads accents correctly; text that could run as a
    spreadsheet formula starts with an apostrophe. Exit 2 for an unknown shortlist.

    Example: scout export --shortlist favourites --out offers.csv
    """
    store = open_store(db, load_settings())
    rows = export_rows(store, load_profile(profile), shortlist, include_removed=include_removed)
    buffer = io.StringIO(newline="")
    count = write_csv(rows, buffer)
    data = buffer.getvalue().encode("utf-8")
    if out_file is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        try:
            out_file.expanduser().write_bytes(data)
        except OSError as e:
            raise ConfigError(f"cannot write {out_file}: {e.strerror or e}") from e
        err.print(f"{count} offers written to {out_file}", markup=False)


def export_rows(
    store: Store, profile: Profile, shortlist: str | None = None, *, include_removed: bool = False
) -> list[dict[str, Any]]:
    """Ranked offers as rows with the user's notes: every open offer, or one shortlist's offers
    (removed ones included, marked; one the ranking cannot place still gets a row)."""
    wanted: dict[int, shortlists.Entry] | None = None
    if shortlist is not None:
        wanted = {e.offer_id: e for e in shortlists.entries(store, shortlist)}
    notes = shortlists.notes(store)
    rows = [
        {**offer_row(r), "note": notes.get(r.id)}
        for r in ranked_offers(store, profile)
        if (r.id in wanted if wanted is not None else include_removed or r.offer.removed_at is None)
    ]
    if wanted is not None:
        found = {r["id"] for r in rows}
        rows += [_entry_row(e) for e in wanted.values() if e.offer_id not in found]
    return rows


def _entry_row(entry: shortlists.Entry) -> dict[str, Any]:
    return {
        "id": entry.offer_id,
        "title": entry.title,
        "employer": entry.employer,
        "sources": [{"source": s, "url": u} for s, u in zip(entry.sources, entry.urls, strict=True)],
        "first_seen": entry.first_seen,
        "last_seen": entry.last_seen,
        "removed": entry.removed,
        "note": entry.note,
    }
