"""The latest scrape run of each source, summed up for the status bar.

"last scrape 5 min ago · 9 sources · 8 ok · 1 broken (acr 2 h ago)": how fresh the data is, and
which sources to look at (`scout runs`, `scout sources`) because their last run went wrong.
Pure: the rows come from the store's `runs_last_per_source`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from scout.store import Row

MANUAL = "manual"  # offers added by hand (`scout add`, the TUI's add screen): not a board
PROBLEMS = ("broken", "failed", "partial", "stopped")  # the statuses of a run that went wrong, worst first
NAMED = 2  # sources named per status before "+N more"


@dataclass(frozen=True)
class RunInfo:
    """The latest run of each scraped source, newest first."""

    latest: tuple[Row, ...] = ()

    @classmethod
    def of(cls, runs: Sequence[Row]) -> RunInfo:
        scraped = [r for r in runs if r["source"] != MANUAL]
        return cls(tuple(sorted(scraped, key=lambda r: r["id"], reverse=True)))

    @property
    def running(self) -> tuple[str, ...]:
        return tuple(sorted(r["source"] for r in self.latest if r["status"] == "running"))

    @property
    def finished_key(self) -> tuple[Any, ...]:
        """Changes when any source finishes a run: what tells a newly finished scrape apart."""
        return tuple(sorted((r["id"], r["status"]) for r in self.latest if r["status"] != "running"))

    def summary(self, now: datetime, *, short: bool = False) -> str:
        """The status bar's account of the scrapes; `short` fits a narrow terminal."""
        if not self.latest:
            return "never scraped"
        parts = []
        if self.running:
            parts.append(f"scrape running: {', '.join(self.running)}")
        finished = [r for r in self.latest if r["status"] != "running"]
        ok = [r for r in finished if r["status"] == "ok"]
        problems: dict[str, list[Row]] = {}
        for r in finished:
            if r["status"] != "ok":
                problems.setdefault(r["status"], []).append(r)
        worst_first = sorted(problems.items(), key=lambda item: (_severity(item[0]), item[0]))
        if short:
            if finished:
                parts.append(f"{len(ok)}/{len(finished)} ok")
            parts += [f"{_names(rows)} {status}" for status, rows in worst_first]
            return " · ".join(parts)
        if finished:
            parts.append(f"last scrape {when(_ended(finished[0]), now)}")
        n = len(self.latest)
        parts.append(f"{n} source{'s' if n != 1 else ''}")
        if len(ok) == n:
            parts.append("all ok")
        elif ok:
            parts.append(f"{len(ok)} ok")
        for status, rows in worst_first:
            named = ", ".join(f"{r['source']} {when(_ended(r), now)}" for r in rows[:NAMED])
            more = f", +{len(rows) - NAMED} more" if len(rows) > NAMED else ""
            parts.append(f"{len(rows)} {status} ({named}{more})")
        return " · ".join(parts)


def _ended(run: Row) -> datetime | None:
    ended: datetime | None = run["finished_at"] or run["started_at"]
    return ended


def _severity(status: str) -> int:
    """Known statuses worst first; one this module does not know comes first: look at it."""
    return PROBLEMS.index(status) if status in PROBLEMS else -1


def _names(rows: Sequence[Row]) -> str:
    names = ", ".join(r["source"] for r in rows[:NAMED])
    return names + (f" +{len(rows) - NAMED}" if len(rows) > NAMED else "")


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
