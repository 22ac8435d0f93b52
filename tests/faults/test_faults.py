"""Fault injection against a real HTTP server: each fault ends in bounded time, every posting that
could be fetched is stored exactly once, every failure is recorded with its URL and reason, and the
run reports partial success."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from scout.config import HttpSettings, Settings
from scout.http import Fetcher
from scout.pipeline import EXIT_OK, EXIT_PARTIAL, scrape
from scout.sources.ymcareers import YMCareers
from scout.store import Store
from tests.faults.board import JOBS, Faults, job_id, serve

FAST = HttpSettings(
    pace=False, timeout_s=0.5, max_retries=2, backoff_base_s=0.01, backoff_max_s=0.05, retry_after_max_s=5
)


def run_board(
    faults: Faults,
    db: Path,
    http: HttpSettings = FAST,
    settings: Settings | None = None,
    bound_s: float = 20.0,
) -> tuple[int, Store, list[dict[str, object]], float]:
    settings = settings or Settings(page_cap=8)
    with serve(faults) as (base, _board):
        source = YMCareers("board", "Fault board", base, keywords=("radiologist",))
        store = Store(db)
        started = time.monotonic()
        with Fetcher(http) as fetcher:
            outcome = scrape(store, [source], fetcher, settings)
        took = time.monotonic() - started
    assert took < bound_s, f"the run took {took:.1f} s"
    errors = store.run_errors(outcome.reports[0].run_id)
    return outcome.exit_code, store, errors, took


def stored_ids(store: Store) -> list[str]:
    return sorted(r["source_id"] for r in store.postings())


ALL = sorted(job_id(n) for n in range(JOBS))


def test_clean_board_is_read_completely(tmp_path: Path) -> None:
    code, store, errors, _ = run_board(Faults(), tmp_path / "db")
    assert code == EXIT_OK and errors == []
    assert stored_ids(store) == ALL
    assert store.runs()[0]["complete"]


def test_429_with_retry_after_is_waited_out(tmp_path: Path) -> None:
    page = "/jobs/?keywords=radiologist&page=2"
    code, store, errors, took = run_board(
        Faults(status_once={page: (429, {"retry-after": "1"})}), tmp_path / "db"
    )
    assert code == EXIT_OK and errors == []
    assert stored_ids(store) == ALL
    assert took >= 1.0


def test_a_500_once_is_retried_and_a_500_always_is_recorded(tmp_path: Path) -> None:
    flaky = f"/job/teleradiologist-1/{job_id(1)}/"
    broken = f"/job/teleradiologist-2/{job_id(2)}/"
    code, store, errors, _ = run_board(
        Faults(status_once={flaky: (500, {})}, status_always={broken: 503}), tmp_path / "db"
    )
    assert code == EXIT_PARTIAL
    assert stored_ids(store) == [i for i in ALL if i != job_id(2)]
    assert [(e["url"].endswith(broken), "HTTP 503" in e["reason"]) for e in errors] == [(True, True)]


def test_a_response_slower_than_the_timeout_is_recorded(tmp_path: Path) -> None:
    slow = f"/job/teleradiologist-3/{job_id(3)}/"
    code, store, errors, _took = run_board(Faults(slow={slow: 2.0}), tmp_path / "db")
    assert code == EXIT_PARTIAL
    assert job_id(3) not in stored_ids(store) and len(stored_ids(store)) == JOBS - 1
    assert len(errors) == 1 and "timed out" in errors[0]["reason"]


def test_connection_reset_is_recorded(tmp_path: Path) -> None:
    reset = f"/job/teleradiologist-4/{job_id(4)}/"
    code, store, errors, _ = run_board(Faults(reset={reset}), tmp_path / "db")
    assert code == EXIT_PARTIAL
    assert len(stored_ids(store)) == JOBS - 1
    assert errors[0]["url"].endswith(reset) and "connection failed" in errors[0]["reason"]


def test_truncated_body_is_recorded(tmp_path: Path) -> None:
    cut = f"/job/teleradiologist-5/{job_id(5)}/"
    code, store, errors, _ = run_board(Faults(truncated={cut}), tmp_path / "db")
    assert code == EXIT_PARTIAL
    assert job_id(5) not in stored_ids(store) and len(stored_ids(store)) == JOBS - 1
    assert errors[0]["url"].endswith(cut)


def test_malformed_page_is_a_parse_error(tmp_path: Path) -> None:
    bad = f"/job/teleradiologist-6/{job_id(6)}/"
    code, store, errors, _ = run_board(Faults(malformed={bad}), tmp_path / "db")
    assert code == EXIT_PARTIAL
    assert len(stored_ids(store)) == JOBS - 1
    assert errors[0]["kind"] == "parse" and "no job description" in errors[0]["reason"]


def test_robots_disallowing_a_path_is_obeyed_and_recorded(tmp_path: Path) -> None:
    robots = "User-agent: *\nDisallow: /job/teleradiologist-7/\n"
    with serve(Faults(robots=robots)) as (base, board):
        store = Store(tmp_path / "db")
        with Fetcher(FAST) as fetcher:
            outcome = scrape(
                store, [YMCareers("board", "b", base, keywords=("radiologist",))], fetcher, Settings()
            )
        assert not any("teleradiologist-7/" in k for k in board.hits)
    assert outcome.exit_code == EXIT_PARTIAL
    errors = store.run_errors(outcome.reports[0].run_id)
    assert errors[0]["kind"] == "robots" and len(stored_ids(store)) == JOBS - 1


def test_redirect_loop_is_recorded(tmp_path: Path) -> None:
    loop = f"/job/teleradiologist-8/{job_id(8)}/"
    code, store, errors, _ = run_board(Faults(redirect_loop={loop}), tmp_path / "db")
    assert code == EXIT_PARTIAL
    assert errors[0]["url"].endswith(loop) and "redirect" in errors[0]["reason"]
    assert len(stored_ids(store)) == JOBS - 1


def test_a_board_that_ignores_the_page_parameter_is_cut_off(tmp_path: Path) -> None:
    code, store, errors, _ = run_board(Faults(ignore_page_param=True), tmp_path / "db")
    assert code == EXIT_PARTIAL
    assert stored_ids(store) == sorted(job_id(n) for n in range(5))  # page 1, once
    assert errors[0]["kind"] == "guard" and "repeats" in errors[0]["reason"]
    assert not store.runs()[0]["complete"]


def test_persistent_429s_trip_the_breaker(tmp_path: Path) -> None:
    pages = {f"/job/teleradiologist-{n}/{job_id(n)}/": 429 for n in range(JOBS)}
    http = FAST.model_copy(update={"breaker_429s": 3, "max_retries": 5})
    code, store, errors, _ = run_board(Faults(status_always=pages), tmp_path / "db", http)
    assert code == EXIT_PARTIAL
    assert store.runs()[0]["status"] == "stopped"
    assert any(e["kind"] == "breaker" and "429" in e["reason"] for e in errors)


def test_a_second_run_stores_nothing_twice(tmp_path: Path) -> None:
    db = tmp_path / "db"
    run_board(Faults(status_always={f"/job/teleradiologist-2/{job_id(2)}/": 500}), db)
    code, store, _, _ = run_board(Faults(), db)
    assert code == EXIT_OK
    assert stored_ids(store) == ALL
    assert store.runs()[0]["new"] == 1 and store.runs()[0]["unchanged"] == JOBS - 1


@pytest.mark.parametrize("bad", ["status", "slow"])
def test_max_duration_stops_cleanly_and_keeps_what_was_stored(tmp_path: Path, bad: str) -> None:
    faults = Faults(slow={f"/job/teleradiologist-{n}/{job_id(n)}/": 0.15 for n in range(JOBS)})
    with serve(faults) as (base, _):
        store = Store(tmp_path / "db")
        with Fetcher(FAST, deadline=time.monotonic() + 0.8) as fetcher:
            outcome = scrape(
                store, [YMCareers("board", "b", base, keywords=("radiologist",))], fetcher, Settings()
            )
    assert outcome.reports[0].status == "stopped"
    assert 0 < len(stored_ids(store)) < JOBS
