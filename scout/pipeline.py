"""The glue: sources -> store (-> normalize). Takes its client, store and settings as arguments."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from scout.config import Settings
from scout.dedupe import DedupeItem, group_offers
from scout.health import RunShape, problems
from scout.http import Fetcher
from scout.models import Batch, PageError, RawPosting, RunReport, SaveCounts
from scout.normalize import EXTRACTOR_VERSION, diff_terms, terms_json
from scout.replay import Replayer
from scout.resources import cassettes_dir
from scout.sources.base import Source
from scout.store import Store

ProgressFn = Callable[[str, Batch, SaveCounts], None]

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2


@dataclass
class ScrapeOutcome:
    reports: list[RunReport] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when every source succeeded, 1 when any failed or was cut short (what was fetched
        is stored either way)."""
        return EXIT_OK if all(r.status == "ok" for r in self.reports) else EXIT_PARTIAL


def _status(saved_pages: int, errors: Sequence[PageError], stopped: bool) -> str:
    if stopped:
        return "stopped"
    if not errors:
        return "ok"
    return "partial" if saved_pages else "failed"


def _extract_batch(batch: Batch) -> dict[tuple[str, str], str]:
    """Terms for each posting of a batch; a posting the extractor chokes on is stored without
    terms (`scout renormalize` retries it) and the failure is recorded, never fatal."""
    terms: dict[tuple[str, str], str] = {}
    for p in batch.postings:
        try:
            terms[(p.source, p.source_id)] = terms_json(p.text)
        except Exception as e:  # the extractor must never raise; if it does, keep the posting
            batch.errors.append(PageError(p.url, f"extractor failed: {type(e).__name__}: {e}", "extract"))
    return terms


def scrape_source(
    store: Store,
    source: Source,
    fetcher: Fetcher,
    settings: Settings,
    *,
    trigger: str = "manual",
    progress: ProgressFn | None = None,
) -> RunReport:
    """Run one source to the end, storing each page as it arrives; never raises for bad pages."""
    run_id = store.start_run(source.name, trigger)
    started = store.now()
    counts = SaveCounts()
    errors: list[PageError] = []
    pages = 0
    good_pages = 0
    complete = False
    listed: set[str] = set()
    skipped: dict[str, int] = {}
    try:
        for batch in source.scrape(fetcher, settings):
            terms = _extract_batch(batch)
            got, _touched = store.save_batch(
                run_id,
                batch.postings,
                errors=batch.errors,
                pages=batch.pages_fetched,
                terms=terms,
                extractor_version=EXTRACTOR_VERSION,
                differ=diff_terms,
            )
            counts.add(got)
            errors.extend(batch.errors)
            pages += batch.pages_fetched
            if batch.pages_fetched:
                good_pages += 1
            complete = complete or batch.complete_listing
            listed.update(batch.listed_ids)
            for reason, n in batch.skipped.items():
                skipped[reason] = skipped.get(reason, 0) + n
            if progress:
                progress(source.name, batch, got)
    except Exception as e:  # an adapter bug must not stop the other sources
        err = PageError(
            url=getattr(source, "base_url", source.name),
            reason=f"adapter crashed: {type(e).__name__}: {e}",
            kind="crash",
        )
        store.record_errors(run_id, [err])
        errors.append(err)
        complete = False
    stopped = any(e.kind == "breaker" for e in errors)
    status = _status(good_pages, errors, stopped)
    message = next((e.reason for e in errors if e.kind == "breaker"), "")
    shape, history = store.run_shape(source.name, run_id)
    broken = problems(RunShape(**shape), [RunShape(**h) for h in history])
    if broken and not stopped:
        status, message = "broken", "; ".join(broken)
    store.close_run(
        run_id,
        source.name,
        status,
        complete=complete,
        listed=sorted(listed),
        shape=shape,
        mark_removed=complete and status in ("ok", "partial"),
        message=message,
    )
    return RunReport(
        run_id=run_id,
        source=source.name,
        status=status,  # type: ignore[arg-type]
        started_at=started,
        finished_at=store.now(),
        pages=pages,
        counts=counts,
        errors=errors,
        message=message,
        skipped=skipped,
    )


def scrape(
    store: Store,
    sources: Iterable[Source],
    fetcher: Fetcher,
    settings: Settings,
    *,
    trigger: str = "manual",
    progress: ProgressFn | None = None,
) -> ScrapeOutcome:
    """Run each source in turn; one failing source never stops the others."""
    outcome = ScrapeOutcome()
    for source in sources:
        outcome.reports.append(
            scrape_source(store, source, fetcher, settings, trigger=trigger, progress=progress)
        )
    regroup_offers(store)
    return outcome


def add_manual(store: Store, posting: RawPosting) -> int:
    """Store an offer that arrived by e-mail or phone (source `manual`); returns its offer id."""
    run_id = store.start_run("manual", "add")
    store.save_batch(
        run_id,
        [posting],
        pages=0,
        terms={(posting.source, posting.source_id): terms_json(posting.text)},
        extractor_version=EXTRACTOR_VERSION,
        differ=diff_terms,
    )
    store.finish_run(run_id, "ok", complete=False)
    regroup_offers(store)
    row = store.query("offer_of_posting", source=posting.source, source_id=posting.source_id)
    return int(row[0]["offer_id"])


def regroup_offers(store: Store) -> int:
    """Group every stored posting into offers (one per job across sources); returns the count."""
    items = [DedupeItem(**row) for row in store.query("dedupe_items")]
    groups = group_offers(items)
    ids = list(groups)
    store.execute_many(
        [
            ("offer_members_clear", {}),
            ("offer_members_insert", {"posting_ids": ids, "offer_ids": [groups[i] for i in ids]}),
        ]
    )
    return len(set(groups.values()))


def renormalize(store: Store) -> int:
    """Re-extract terms for postings whose stored terms are missing or from an older extractor."""
    stale = store.stale_terms(EXTRACTOR_VERSION)
    rows = [(pid, version, terms_json(text)) for pid, version, text in stale]
    for start in range(0, len(rows), 500):
        store.save_terms(rows[start : start + 500], EXTRACTOR_VERSION, diff_terms)
    return len(rows)


def replay_fetcher(settings: Settings, folders: Iterable[Path] | None = None) -> Fetcher:
    """A fetcher that answers from cassette folders, with pacing and waiting switched off."""
    if folders is None:
        root = cassettes_dir()
        folders = sorted(p for p in root.iterdir() if (p / "cassette.json").exists())
    replayer = Replayer.from_folders(folders)
    http = settings.http.model_copy(update={"pace": False})
    return Fetcher(http, transport=replayer.transport(), sleep=lambda _s: None, clock=time.monotonic)
