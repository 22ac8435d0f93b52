"""Real processes on one database: a scrape while another process reads, two scrapes at once, and
the scrape lock freed by the kernel when its holder is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from scout.runlock import EX_TEMPFAIL, RunLock, lock_path
from tests.conftest import CASSETTES, REPO

pytestmark = pytest.mark.slow

# `scout` through its real entry point, its cassette answers slowed by DELAY seconds; at request
# GATE_AT it says "waiting" on stderr and holds (the lock taken, no database connection open) until
# the file GATE exists, so the other processes are sure to run while it is mid-scrape.
SLOW_SCOUT = """
import os, sys, time
import httpx
import scout.cli.scrape as cli_scrape
from scout.http import Fetcher
from scout.replay import Replayer

delay, gate_at, gate = float(sys.argv[1]), int(sys.argv[2]), sys.argv[3]

def slow_replay(settings, folders):
    replayer = Replayer.from_folders(folders)
    calls = [0]
    def handle(request):
        calls[0] += 1
        if calls[0] == 1:
            print("fetching", file=sys.stderr, flush=True)
        if calls[0] == gate_at:
            print("waiting", file=sys.stderr, flush=True)
            deadline = time.monotonic() + 60
            while not os.path.exists(gate) and time.monotonic() < deadline:
                time.sleep(0.01)
        time.sleep(delay)
        return replayer.handle(request)
    http = settings.http.model_copy(update={"pace": False})
    return Fetcher(http, transport=httpx.MockTransport(handle), sleep=lambda s: None)

cli_scrape.replay_fetcher = slow_replay
sys.argv = ["scout", *sys.argv[4:]]
from scout.cli import main
main()
"""


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def scrape_args(log: Path) -> list[str]:
    return [
        "scrape",
        "--source",
        "acr",
        "--replay",
        str(CASSETTES / "acr"),
        "--trigger",
        "scheduled",
        "--log-file",
        str(log),
    ]


@contextmanager
def held_scrape(db: Path, log: Path, gate_at: int = 20, delay_s: float = 0.01) -> Iterator[HeldScrape]:
    """A scheduled scrape in its own process, yielded once it holds the lock and waits mid-run."""
    gate = log.with_name("go")
    args = [str(delay_s), str(gate_at), str(gate), *scrape_args(log), "--db", str(db)]
    with subprocess.Popen(
        [sys.executable, "-c", SLOW_SCOUT, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(),
    ) as proc:
        try:
            assert proc.stderr is not None
            assert proc.stderr.readline().strip() == "fetching"
            assert proc.stderr.readline().strip() == "waiting"
            yield HeldScrape(proc, gate)
        finally:
            gate.touch()
            if proc.returncode is None:
                try:
                    proc.communicate(timeout=60)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.communicate()


@dataclass
class HeldScrape:
    proc: subprocess.Popen[str]
    gate: Path

    def finish(self) -> tuple[str, str]:
        """Let the scrape run to its end; its standard output and error."""
        self.gate.touch()
        return self.proc.communicate(timeout=60)


def count(db: Path, query: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute(query).fetchone()
    finally:
        con.close()
    assert row is not None
    return int(row[0])


def scout(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scout", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        env=env(),
        timeout=60,
    )


def test_while_a_scrape_writes_readers_succeed_and_a_second_scrape_exits_75(
    db_path: Path, tmp_path: Path
) -> None:
    log = tmp_path / "scrape.log"
    with held_scrape(db_path, log) as writer:
        reader = scout(db_path, "postings", "--json")
        runs = scout(db_path, "runs")
        second = scout(db_path, *scrape_args(log))
        assert writer.proc.poll() is None  # all three ran while the scrape was mid-run
        out, err = writer.finish()
    assert (reader.returncode, runs.returncode) == (0, 0), reader.stderr + runs.stderr
    assert 0 < len(json.loads(reader.stdout)) < 46  # the pages stored so far
    assert "#1 acr" in runs.stdout
    assert second.returncode == EX_TEMPFAIL, second.stderr
    assert f"another scrape (process {writer.proc.pid}, started " in second.stderr
    assert writer.proc.returncode == 1 and "acr: partial" in out and "46 new" in out  # one page 404s
    assert "\x1b[" not in out + err  # no colour or progress bar without a terminal
    assert count(db_path, "SELECT count(*) FROM postings") == 46
    assert count(db_path, "SELECT count(*) FROM (SELECT DISTINCT source, source_id FROM postings)") == 46
    assert count(db_path, "SELECT count(*) FROM scrape_runs") == 1
    text = log.read_text()
    assert text.count("scrape started [scheduled]") == 1 and "this scheduled run did nothing" in text


def test_the_lock_dies_with_its_holder(db_path: Path, tmp_path: Path) -> None:
    with held_scrape(db_path, tmp_path / "scrape.log", gate_at=1) as holder:
        assert not RunLock(lock_path(db_path)).acquire()
        holder.proc.send_signal(signal.SIGKILL)
        holder.proc.wait(timeout=30)
    with RunLock(lock_path(db_path)) as lock:
        assert lock.acquire()  # no stale lock: the kernel released it with the dead process
