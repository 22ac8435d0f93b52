"""Commands that fetch and list what is stored: scrape, demo, sources, runs, postings, record."""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from scout import notify
from scout.cli.app import DbOption, app, err, open_store, out, prepare_tui, print_table
from scout.config import Settings, demo_db_path, load_settings, resolve_db
from scout.demo import load_demo
from scout.errors import ConfigError, ScoutError
from scout.http import Fetcher
from scout.models import Batch, SaveCounts
from scout.pipeline import ScrapeOutcome, replay_fetcher, scrape
from scout.profile import load_profile
from scout.runlock import EX_TEMPFAIL, RunLock, lock_path
from scout.runlog import default_log_file, log_report, run_log
from scout.schedule import parse_duration
from scout.sources import Source, all_sources, builtin_sources
from scout.sources.base import SourceInfo
from scout.sources.discover import discover
from scout.sources.registry import default_registry_paths, load_registry, source_info, user_registry
from scout.store import Store


def _select(sources: dict[str, Source], names: list[str] | None) -> list[Source]:
    if not names:
        return list(sources.values())
    unknown = [n for n in names if n not in sources]
    if unknown:
        raise ConfigError(
            f"unknown source {', '.join(unknown)}; known: {', '.join(sorted(sources))}"
        )
    return [sources[n] for n in names]


def _print_outcome(outcome: ScrapeOutcome) -> None:
    for r in outcome.reports:
        c = r.counts
        out.print(
            f"{r.source}: {r.status} - {r.pages} pages, {c.new} new, {c.changed} changed, "
            f"{c.unchanged} unchanged, {len(r.errors)} errors{r.skipped_text()}"
        )
        for e in r.errors:
            out.print(f"  {e.kind}: {e.url}: {e.reason}")


def _run_scrape(
    store: Store, sources: list[Source], fetcher: Fetcher, settings: Settings, trigger: str
) -> ScrapeOutcome:
    if not sys.stderr.isatty():
        return scrape(store, sources, fetcher, settings, trigger=trigger)
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[info]}"),
        console=err,
        transient=True,
    ) as bar:
        tasks: dict[str, Any] = {}
        totals: dict[str, SaveCounts] = {}

        def progress(name: str, batch: Batch, got: SaveCounts) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(name, total=None, info="")
                totals[name] = SaveCounts()
            totals[name].add(got)
            t = totals[name]
            bar.update(
                tasks[name],
                advance=1,
                info=f"{t.new} new, {t.changed} changed, {t.unchanged} unchanged",
            )

        return scrape(store, sources, fetcher, settings, trigger=trigger, progress=progress)


@app.command("scrape")
def scrape_cmd(
    db: DbOption = None,
    source: Annotated[
        list[str] | None, typer.Option("--source", "-s", help="Only this source (repeatable).")
    ] = None,
    replay: Annotated[
        Path | None,
        typer.Option(help="Answer from cassette folders under DIR instead of the network."),
    ] = None,
    trigger: Annotated[
        str | None,
        typer.Option(help="Record the run as 'manual' or 'scheduled' (the crontab line says scheduled)."),
    ] = None,
    max_duration: Annotated[
        str | None,
        typer.Option(help="Stop cleanly after this long, e.g. 30m or 2h; what was fetched is kept."),
    ] = None,
    log_file: Annotated[
        Path | None,
        typer.Option(help="Append one line per source run here (default: scrape.log in the log folder)."),
    ] = None,
    notify_cmd: Annotated[
        str | None,
        typer.Option(
            help="After the run, if new offers score at least --notify-min-score, run CMD (through "
            "the shell) with a summary on standard input and in $SCOUT_SUMMARY.",
            metavar="CMD",
        ),
    ] = None,
    notify_min_score: Annotated[
        float, typer.Option(min=0, max=100, help="The score (0-100) a new offer needs to be notified.")
    ] = 70.0,
) -> None:
    """Fetch postings from every enabled source into the database.

    Exit 0 when every source succeeded, 1 when some failed or --max-duration cut them short (what
    was fetched is stored), 2 for usage or configuration errors, 75 when another scrape of the same
    database is still running (nothing is done; cron can simply try again next time).

    Example: scout scrape --source acr --max-duration 30m --notify-cmd 'notify-send Scout "$SCOUT_SUMMARY"'
    """
    settings = load_settings()
    sources = _select(all_sources(), source)
    if trigger not in (None, "manual", "scheduled"):
        raise ConfigError(f"--trigger {trigger}: write manual or scheduled")
    seconds = parse_duration(max_duration) if max_duration else None
    profile = load_profile() if notify_cmd else None
    folders: list[Path] = []
    if replay is not None:
        folders = [p for p in sorted(replay.iterdir()) if (p / "cassette.json").exists()]
        if (replay / "cassette.json").exists():
            folders = [replay]
        if not folders:
            raise ConfigError(f"no cassette.json under {replay}")
    run_trigger = trigger or ("replay" if replay is not None else "manual")
    path = resolve_db(db)
    store = open_store(db, settings)
    with run_log(log_file or default_log_file()) as log, RunLock(lock_path(path)) as lock:
        if not lock.acquire():
            holder = lock.holder()
            message = (
                f"another scrape{f' ({holder})' if holder else ''} is still running on "
                f"{path}; this {run_trigger} run did nothing (exit {EX_TEMPFAIL}: try again later)"
            )
            log.warning(message)
            err.print(f"scout: {message}", markup=False)
            raise typer.Exit(EX_TEMPFAIL)
        fetcher = replay_fetcher(settings, folders) if folders else Fetcher(settings.http)
        fetcher.deadline = time.monotonic() + seconds if seconds else None
        log.info(
            f"scrape started [{run_trigger}]: {', '.join(s.name for s in sources)} into {path}"
            + (f", for at most {max_duration}" if seconds else "")
        )
        try:
            with fetcher:
                outcome = _run_scrape(store, sources, fetcher, settings, run_trigger)
        except ScoutError as e:
            log.error(f"scrape failed: {e}")
            raise
        for report in outcome.reports:
            log_report(log, report, run_trigger)
        _print_outcome(outcome)
        if notify_cmd and profile is not None:
            run_ids = [r.run_id for r in outcome.reports]
            told = notify.after_scrape(store, profile, run_ids, notify_cmd, notify_min_score)
            log.log(logging.INFO if told.ok else logging.ERROR, told.message)
            if not told.ok:
                err.print(f"scout: {told.message}", markup=False)
        log.info(prepare_tui(store))
        log.info(f"scrape finished: exit {outcome.exit_code}")
    raise typer.Exit(outcome.exit_code)


@app.command("demo")
def demo_cmd(
    db: DbOption = None,
    no_tui: Annotated[
        bool, typer.Option("--no-tui", help="Print what was stored; no TUI.")
    ] = False,
) -> None:
    """Replay the bundled cassettes through the real scrapers into a demo database.

    The demo database is the file --db names, else scout-demo.duckdb beside (never over) your
    own database. Exit code as for `scout scrape`: the bundled cassettes include a broken page
    and a removed job on purpose, so the demo ends with 1 (partial success).

    Example: scout demo --no-tui
    """
    settings = load_settings()
    path = demo_db_path(db)
    if db is None:
        for stale in (path, path.with_name(path.name + ".wal")):
            stale.unlink(missing_ok=True)
    store = Store(path, lock_timeout_s=settings.lock_timeout_s)
    demo = load_demo()
    with replay_fetcher(settings, demo.folders) as fetcher:
        outcome = _run_scrape(store, demo.sources, fetcher, settings, "demo")
    _print_outcome(outcome)
    rows = store.postings()
    offers = len({r["offer_id"] for r in store.query("offers_load")})
    out.print(f"\n{len(rows)} postings ({offers} offers) stored in {path}", markup=False)
    if no_tui or not (sys.stdin.isatty() and sys.stdout.isatty()):
        _print_postings(rows)
        if not no_tui:
            out.print("(no terminal: the TUI needs one; this is the stored listing)", markup=False)
    else:
        from scout.tui.app import run_demo  # textual loads only when the TUI is wanted

        run_demo(path, None)
    raise typer.Exit(outcome.exit_code)


sources_app = typer.Typer(
    help="Every source, enabled or not, with its last run and status; `discover` adds employers.\n\n"
    "Example: scout sources",
    invoke_without_command=True,
)
app.add_typer(sources_app, name="sources")


@sources_app.callback()
def sources_cmd(ctx: typer.Context, db: DbOption = None) -> None:
    """List every source and registry employer, whether it is enabled, and its last run.

    A source whose results collapsed against its own history shows status `broken`.

    Example: scout sources
    """
    if ctx.invoked_subcommand:
        return
    settings = load_settings()
    store = open_store(db, settings)
    last = store.last_runs()
    counts = store.posting_counts()
    infos = [SourceInfo(name, src.label, getattr(src, "kind", ""), getattr(src, "base_url", ""))
             for name, src in builtin_sources().items()]
    infos += [source_info(e) for e in load_registry(default_registry_paths())]
    rows = []
    for info in infos:
        run = last.get(info.name)
        rows.append([
            info.name, info.label[:34], info.kind[:18], "yes" if info.enabled else "no",
            _fmt(run["started_at"]) if run else "never", run["status"] if run else "-",
            str(counts.get(info.name, {}).get("open", 0)), str(run["error_count"]) if run else "-",
        ])
    print_table(["source", "name", "platform", "enabled", "last run", "status", "open postings",
                 "errors"], rows)
    broken = [r for r in last.values() if r["status"] == "broken"]
    for r in broken:
        out.print(f"{r['source']} looks broken: {r['message']}", markup=False)
    out.print(f"Add employers in {user_registry()} (`scout sources discover URL` finds their board).",
              markup=False)


@sources_app.command("discover")
def discover_cmd(
    url: Annotated[str, typer.Argument(help="An employer's careers page.")],
) -> None:
    """Read an employer's careers page and name the applicant-tracking system behind it.

    Prints the employers.toml entry to add when Scout can read that platform.

    Example: scout sources discover https://www.example-telerad.com/careers
    """
    settings = load_settings()
    with Fetcher(settings.http) as fetcher:
        resp = fetcher.get(url, source="discover")
    found = discover(resp.text, str(resp.url))
    if not found:
        out.print("no applicant-tracking system recognised in that page's links", markup=False)
        raise typer.Exit(1)
    for d in found:
        out.print(f"{d.platform}: {d.link}", markup=False)
        if d.toml:
            out.print(f"add to {user_registry()}:\n{d.toml}", markup=False)
        else:
            out.print("  (Scout cannot read this platform from the registry yet)", markup=False)


@app.command("runs")
def runs_cmd(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="How many runs to show.")] = 20,
    errors: Annotated[
        bool, typer.Option("--errors/--no-errors", help="List each run's errors.")
    ] = True,
) -> None:
    """Show recent scrape runs with their counts and errors.

    Example: scout runs --limit 5
    """
    settings = load_settings()
    store = open_store(db, settings)
    for run in store.runs(limit):
        out.print(
            f"#{run['id']} {run['source']} [{run['trigger']}] {_fmt(run['started_at'])} "
            f"{run['status']}: {run['pages']} pages, {run['new']} new, {run['changed']} changed, "
            f"{run['unchanged']} unchanged, {run['removed']} removed, {run['error_count']} errors"
            + (f" - {run['message']}" if run["message"] else "")
        )
        if errors and run["error_count"]:
            for e in store.run_errors(run["id"]):
                out.print(f"    {e['kind']}: {e['url']}: {e['reason']}")


@app.command("postings")
def postings_cmd(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON list of objects.")] = False,
    source: Annotated[str | None, typer.Option(help="Only this source.")] = None,
) -> None:
    """List stored postings (newest first).

    Example: scout postings --json | jq '.[0].title'
    """
    settings = load_settings()
    rows = open_store(db, settings).postings(source=source)
    if as_json:
        out.print_json(json.dumps([_jsonable(r) for r in rows]))
    else:
        _print_postings(rows)


@app.command("record")
def record_cmd(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder to write the cassette into.")],
    source: Annotated[str, typer.Option(help="The source to record.")] = "acr",
    db: DbOption = None,
) -> None:
    """Scrape one source from the live network and record every exchange as a cassette.

    Example: scout record --source acr --out cassettes/acr-live
    """
    from scout.replay import RecordingTransport

    settings = load_settings()
    sources = _select(all_sources(), [source])
    store = open_store(db, settings)
    with Fetcher(settings.http, transport=RecordingTransport(out_dir)) as fetcher:
        outcome = scrape(store, sources, fetcher, settings, trigger="record")
    _print_outcome(outcome)
    raise typer.Exit(outcome.exit_code)


def _print_postings(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        removed = " (removed)" if r.get("removed_at") else ""
        out.print(
            f"{r['id']:>5} {r['source']:<6} {r['title'][:60]:<60} {(r['employer'] or '-')[:30]:<30} "
            f"{(r['location'] or '-')[:24]}{removed}"
        )


def _fmt(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    out_row: dict[str, Any] = {}
    for k, v in row.items():
        if isinstance(v, datetime | date):
            out_row[k] = v.isoformat()
        elif k == "published_pay" and isinstance(v, str):
            out_row[k] = json.loads(v)
        else:
            out_row[k] = v
    return out_row
