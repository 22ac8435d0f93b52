"""A run killed with SIGKILL at any moment leaves whole postings, and the next run carries on."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import CASSETTES, REPO

# A real scrape of the ACR cassettes through the pipeline, slowed to ~20 ms per request so a
# kill lands mid-run.
SLOW_SCRAPE = """
import sys, time
from scout.config import Settings
from scout.http import Fetcher
from scout.pipeline import scrape
from scout.replay import Replayer
from scout.sources import builtin_sources
from scout.store import Store

delay = float(sys.argv[2])
replayer = Replayer.from_folders([__import__("pathlib").Path(sys.argv[3])])
import httpx

def slow(request):
    time.sleep(delay)
    return replayer.handle(request)

settings = Settings()
http = settings.http.model_copy(update={"pace": False})
with Fetcher(http, transport=httpx.MockTransport(slow), sleep=lambda s: None) as fetcher:
    print("started", flush=True)
    outcome = scrape(Store(sys.argv[1]), [builtin_sources()["acr"]], fetcher, settings)
print("done", flush=True)
"""


def scrape(db: Path, delay: float = 0.0) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", SLOW_SCRAPE, str(db), str(delay), str(CASSETTES / "acr")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def snapshot(db: Path) -> set[tuple[str, str, str, bool]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT p.source, p.source_id, p.content_hash, t.posting_id IS NOT NULL "
            "FROM postings p LEFT JOIN terms t ON t.posting_id = p.id"
        ).fetchall()
    finally:
        con.close()
    return {(a, b, c, bool(d)) for a, b, c, d in rows}


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str, bool]]:
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    with scrape(db) as proc:
        proc.communicate(timeout=60)
    assert proc.returncode == 0
    return snapshot(db)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_run_then_clean_run_equals_an_uninterrupted_run(
    seed: int, tmp_path: Path, uninterrupted: set[tuple[str, str, str, bool]]
) -> None:
    db = tmp_path / "killed.duckdb"
    with scrape(db, delay=0.02) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "started"
        time.sleep(random.Random(seed).uniform(0.1, 1.0))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    partial = snapshot(db) if db.exists() else set()
    assert partial <= uninterrupted  # whatever was stored is whole and correct
    with scrape(db) as proc:
        proc.communicate(timeout=60)
    assert snapshot(db) == uninterrupted
    assert len(uninterrupted) == 46 and all(has_terms for *_, has_terms in uninterrupted)
