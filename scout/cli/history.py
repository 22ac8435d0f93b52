"""What moved on the boards: `scout new` and `scout changes`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Annotated, Any

import typer

from scout.cli.app import DbOption, app, open_store, out
from scout.config import load_settings
from scout.errors import ConfigError


def _fmt_value(raw: str | None) -> str:
    """A stored JSON term value, written the way a radiologist reads it."""
    if raw is None:
        return "-"
    value: Any = json.loads(raw)
    if value is None or value == []:
        return "none"
    if isinstance(value, dict) and ("min" in value or "max" in value):
        lo, hi = value.get("min"), value.get("max")

        def money(v: float) -> str:
            return f"${v:,.0f}" if v >= 100 else f"${v:g}"

        if lo is not None and hi is not None:
            return money(lo) if lo == hi else f"{money(lo)}-{money(hi)}"
        if lo is not None:
            return f"from {money(lo)}"
        return f"up to {money(hi)}" if hi is not None else "?"
    if isinstance(value, list):
        return ", ".join(json.dumps(v) if isinstance(v, dict) else str(v) for v in value)
    return str(value)


@app.command("new")
def new_cmd(db: DbOption = None) -> None:
    """List offers first seen in each source's latest run.

    Example: scout new
    """
    store = open_store(db, load_settings())
    rows = store.query("postings_new_in_latest_run")
    seen: set[int] = set()
    for r in rows:
        if r["offer_id"] in seen:
            continue
        seen.add(r["offer_id"])
        out.print(
            f"{r['offer_id']:>5}  {r['title'][:60]:<60}  {(r['employer'] or '-')[:30]:<30}  "
            f"{r['source']}  {r['url']}",
            markup=False,
        )
    out.print(f"{len(seen)} new offers", markup=False)


@app.command("changes")
def changes_cmd(
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="Since this date (YYYY-MM-DD) or time.")] = None,
    run: Annotated[int | None, typer.Option(help="Since the start of this run id.")] = None,
    days: Annotated[int, typer.Option(help="Without --since/--run: the last N days.")] = 7,
) -> None:
    """List changed terms (pay went from $40 to $45/RVU) and removed postings.

    Example: scout changes --since 2026-11-01
    """
    store = open_store(db, load_settings())
    if since and run is not None:
        raise ConfigError("give --since or --run, not both")
    if since:
        try:
            start = datetime.fromisoformat(since)
        except ValueError as e:
            raise ConfigError(f"--since {since!r}: expected a date like 2026-11-01") from e
    elif run is not None:
        found = store.query("run_started_at", run_id=run)
        if not found:
            raise ConfigError(f"no run {run}; `scout runs` lists them")
        start = found[0]["started_at"]
    else:
        start = store.now() - timedelta(days=days)
    rows = store.query("changes_since", since=start)
    for r in rows:
        head = (
            f"{r['happened_at']:%Y-%m-%d %H:%M}  #{r['offer_id']} {r['title'][:50]} "
            f"({r['employer'] or '-'}, {r['source']})"
        )
        if r["kind"] == "removed":
            out.print(f"{head}: removed from the board", markup=False)
        else:
            out.print(
                f"{head}: {r['field']} {_fmt_value(r['old_value'])} -> {_fmt_value(r['new_value'])}",
                markup=False,
            )
    out.print(f"{len(rows)} changes since {start:%Y-%m-%d %H:%M}", markup=False)
