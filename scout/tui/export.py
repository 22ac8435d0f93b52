"""Writing offers to CSV from the TUI (the columns are scout/export.py's)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from scout.export import write_csv


def default_export_path(today: date, home: Path | None = None) -> Path:
    """~/scout-offers-DATE.csv, numbered so it never overwrites an earlier export."""
    folder = home or Path.home()
    path = folder / f"scout-offers-{today:%Y-%m-%d}.csv"
    n = 2
    while path.exists():
        path = folder / f"scout-offers-{today:%Y-%m-%d}-{n}.csv"
        n += 1
    return path


def export_rows(rows: Sequence[dict[str, Any]], notes: Mapping[int, str], path: Path) -> int:
    """Write offer rows (offer_row shape) with the user's notes; returns how many were written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        return write_csv(({**row, "note": notes.get(int(row["id"]))} for row in rows), out)
