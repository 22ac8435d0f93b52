"""The status bar's account of the scrapes: the latest run of each source, summed up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from scout.store import Store
from scout.tui.app import ScoutApp
from scout.tui.runs import RunInfo
from tests.tui.conftest import NOW, fixed_clock, loaded

AppFactory = Callable[..., ScoutApp]


def run(id: int, source: str, status: str, hours_ago: float = 0.0) -> dict[str, Any]:
    at = NOW - timedelta(hours=hours_ago)
    return {"id": id, "source": source, "status": status, "started_at": at, "finished_at": at}


def summary(*runs: dict[str, Any], short: bool = False) -> str:
    return RunInfo.of(runs).summary(NOW, short=short)


def test_every_source_ok() -> None:
    assert summary(run(1, "acr", "ok", 3), run(2, "physemp", "ok")) == (
        "last scrape just now · 2 sources · all ok"
    )


def test_a_broken_source_is_named_with_the_age_of_its_run() -> None:
    runs = [run(i, f"board{i}", "ok", 1) for i in range(1, 9)] + [run(9, "acr", "broken", 2)]
    assert summary(*runs) == "last scrape 2 h ago · 9 sources · 8 ok · 1 broken (acr 2 h ago)"
    assert summary(*runs, short=True) == "8/9 ok · acr broken"


def test_problems_worst_first_and_long_lists_cut_short() -> None:
    runs = [
        run(1, "a", "partial", 30),
        run(2, "b", "failed", 5),
        run(3, "c", "failed", 4),
        run(4, "d", "failed", 3),
        run(5, "e", "ok", 1),
    ]
    assert summary(*runs) == (
        "last scrape 1 h ago · 5 sources · 1 ok · 3 failed (d 3 h ago, c 4 h ago, +1 more)"
        " · 1 partial (a 30 h ago)"
    )
    assert summary(*runs, short=True) == "1/5 ok · d, c +1 failed · a partial"


def test_a_running_scrape_comes_first() -> None:
    runs = [run(1, "acr", "ok", 2), run(2, "physemp", "ok", 2), run(3, "acr", "running")]
    info = RunInfo.of([runs[1], runs[2]])  # the store gives the latest run of each source
    assert info.running == ("acr",)
    assert info.summary(NOW) == "scrape running: acr · last scrape 2 h ago · 2 sources · 1 ok"


def test_manual_additions_are_not_a_source_and_no_runs_is_never() -> None:
    assert summary(run(1, "manual", "ok")) == "never scraped"
    assert summary(run(1, "acr", "ok"), run(2, "manual", "ok")).endswith("1 source · all ok")


def test_a_finished_run_changes_the_key_a_new_start_does_not_add_one() -> None:
    before = RunInfo.of([run(1, "acr", "ok"), run(2, "physemp", "ok")])
    started = RunInfo.of([run(3, "acr", "running"), run(2, "physemp", "ok")])
    finished = RunInfo.of([run(3, "acr", "ok"), run(2, "physemp", "ok")])
    assert len({before.finished_key, started.finished_key, finished.finished_key}) == 3
    assert finished.finished_key != before.finished_key


@pytest.mark.anyio
async def test_status_bar_sums_up_the_latest_run_of_each_source(db: Path, make_app: AppFactory) -> None:
    store = Store(db, clock=lambda: NOW + timedelta(minutes=5))
    run_id = store.start_run("acr")
    store.finish_run(run_id, "broken", complete=True, message="returned 0 postings")
    app = make_app(db, clock=lambda: NOW + timedelta(hours=2))
    async with app.run_test(size=(160, 30)) as pilot:
        await loaded(pilot, app)
        assert app.status.plain().endswith("last scrape 2 h ago · 4 sources · 3 ok · 1 broken (acr 2 h ago)")
    narrow = make_app(db, clock=fixed_clock)
    async with narrow.run_test(size=(80, 24)) as pilot:
        await loaded(pilot, narrow)
        line = narrow.status.plain()
        assert line.startswith("40 of 40 offers") and line.endswith("3/4 ok · acr broken")


def test_the_store_gives_the_latest_run_of_each_source(tmp_path: Path) -> None:
    times = iter(datetime(2026, 11, 27, h) for h in range(1, 10))
    store = Store(tmp_path / "runs.duckdb", clock=lambda: next(times))
    for source, status in (("acr", "failed"), ("acr", "ok"), ("physemp", "broken")):
        store.finish_run(store.start_run(source), status, complete=True)
    info = RunInfo.of(list(store.last_runs().values()))
    assert [(r["source"], r["status"]) for r in info.latest] == [("physemp", "broken"), ("acr", "ok")]
