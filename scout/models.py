"""The models that cross module boundaries: what adapters hand the pipeline, what runs report."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

BodyFormat = Literal["html", "json", "text"]


class PublishedPay(BaseModel):
    """A salary exactly as a source published it (JSON-LD baseSalary, an ATS pay field): unit kept."""

    min: float | None = None
    max: float | None = None
    unit: str | None = None  # HOUR, DAY, WEEK, MONTH, YEAR as published; never annualised
    currency: str | None = None
    text: str | None = None


class RawPosting(BaseModel):
    """One posting as a source served it, before any normalisation."""

    model_config = ConfigDict(frozen=True)

    source: str
    source_id: str
    url: str
    title: str
    employer: str | None = None
    location: str | None = None
    posted_date: date | None = None
    body: str = ""
    body_format: BodyFormat = "html"
    text: str = ""
    work_mode_hint: str | None = None  # the board's own remote/hybrid/on-site label, if any
    published_pay: PublishedPay | None = None
    facts: dict[str, Any] = Field(default_factory=dict)  # other structured fields worth keeping

    def content_hash(self) -> str:
        """Hash of what a reader sees; page chrome and markup changes do not count as changes."""
        parts = [
            self.title,
            self.employer or "",
            self.location or "",
            self.posted_date.isoformat() if self.posted_date else "",
            self.text,
            self.published_pay.model_dump_json() if self.published_pay else "",
        ]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PageError:
    """One URL that could not be fetched or read, and why."""

    url: str
    reason: str
    kind: str = "fetch"  # fetch, parse, robots, breaker, guard


@dataclass
class Batch:
    """One results page's worth of postings, stored in a single transaction."""

    page_url: str
    postings: list[RawPosting] = field(default_factory=list)
    errors: list[PageError] = field(default_factory=list)
    pages_fetched: int = 0
    complete_listing: bool = False
    """Set on the last batch when paging ended on the board's own last page."""
    listed_ids: list[str] = field(default_factory=list)
    """Ids the listing showed, read or not: a listed job whose page failed is still on the board."""
    skipped: dict[str, int] = field(default_factory=dict)
    """Postings read but deliberately not stored, counted by reason (e.g. stale ads)."""

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


@dataclass
class SaveCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0

    def add(self, other: SaveCounts) -> None:
        self.new += other.new
        self.changed += other.changed
        self.unchanged += other.unchanged


RunStatus = Literal["running", "ok", "partial", "failed", "broken", "stopped"]


@dataclass
class RunReport:
    """What one source's run did; also what `scout runs` shows."""

    run_id: int
    source: str
    status: RunStatus
    started_at: datetime
    finished_at: datetime | None
    pages: int
    counts: SaveCounts
    errors: list[PageError]
    message: str = ""
    skipped: dict[str, int] = field(default_factory=dict)

    def skipped_text(self) -> str:
        """", 3 skipped (stale ...)" for the one-line summaries; empty when nothing was skipped."""
        if not self.skipped:
            return ""
        if len(self.skipped) == 1:
            [(reason, n)] = self.skipped.items()
            return f", {n} skipped ({reason})"
        why = "; ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
        return f", {sum(self.skipped.values())} skipped ({why})"
