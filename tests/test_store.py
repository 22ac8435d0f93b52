"""The store: schema and migrations, versions kept on change, no duplicates, locking."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from scout.errors import StoreError, StoreLockedError
from scout.models import PageError, RawPosting
from scout.store import Store, current_schema_version

FIXTURES = Path(__file__).parent / "fixtures"


def posting(n: int, text: str = "Reads CT and MR from home.", **kw: object) -> RawPosting:
    return RawPosting(
        source="acr",
        source_id=str(n),
        url=f"https://jobs.acr.org/job/x/{n}/",
        title=f"Teleradiologist {n}",
        employer="Summit Telerad",
        location="Remote",
        posted_date=date(2026, 11, 1),
        body=f"<p>{text}</p>",
        text=text,
        **kw,  # type: ignore[arg-type]
    )


class StepClock:
    def __init__(self) -> None:
        self.t = datetime(2026, 11, 27, 8, 0)

    def __call__(self) -> datetime:
        self.t += timedelta(seconds=1)
        return self.t


def tables_and_columns(path: Path) -> set[tuple[str, str, str]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
        ).fetchall()
    finally:
        con.close()
    return {(t, c, d) for t, c, d in rows}


def test_new_file_is_created_at_the_current_schema(db_path: Path) -> None:
    store = Store(db_path)
    assert store.schema_version() == current_schema_version() >= 2
    assert db_path.exists()


def test_a_version_1_file_is_migrated_and_keeps_its_postings(tmp_path: Path) -> None:
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute((FIXTURES / "schema_v1.sql").read_text())
    con.execute(
        "INSERT INTO postings (source, source_id, url, title, body, body_format, text, "
        "content_hash, first_seen, last_seen) VALUES ('acr', '1', 'u', 'Radiologist', '', "
        "'html', 'text', 'h', now(), now())"
    )
    con.close()
    store = Store(old)
    assert store.schema_version() == current_schema_version()
    assert [r["title"] for r in store.postings()] == ["Radiologist"]
    fresh = tmp_path / "fresh.duckdb"
    Store(fresh).schema_version()
    assert tables_and_columns(old) == tables_and_columns(fresh)


def test_a_file_from_a_newer_scout_is_refused(db_path: Path) -> None:
    Store(db_path).schema_version()
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE scout_meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(Exception, match="newer Scout"):
        Store(db_path).schema_version()


def test_rescrape_adds_no_duplicates_and_counts_unchanged(db_path: Path) -> None:
    store = Store(db_path, clock=StepClock())
    run = store.start_run("acr")
    counts, touched = store.save_batch(run, [posting(1), posting(2)])
    assert (counts.new, counts.changed, counts.unchanged) == (2, 0, 0)
    assert len(touched) == 2
    run2 = store.start_run("acr")
    counts, touched = store.save_batch(run2, [posting(1), posting(2), posting(2)])
    assert (counts.new, counts.changed, counts.unchanged) == (0, 0, 2)
    assert touched == []
    assert len(store.postings()) == 2


def test_changed_posting_keeps_its_previous_version(db_path: Path) -> None:
    store = Store(db_path, clock=StepClock())
    store.save_batch(store.start_run("acr"), [posting(1, "Pay $40 per wRVU.")])
    counts, touched = store.save_batch(store.start_run("acr"), [posting(1, "Pay $45 per wRVU.")])
    assert counts.changed == 1 and len(touched) == 1
    [row] = store.postings()
    assert row["version"] == 2 and row["changed_at"] is not None
    con = duckdb.connect(str(db_path), read_only=True)
    old = con.execute("SELECT version, text FROM posting_versions").fetchall()
    current = con.execute("SELECT text FROM postings").fetchone()
    con.close()
    assert old == [(1, "Pay $40 per wRVU.")]
    assert current == ("Pay $45 per wRVU.",)


def test_chrome_only_change_is_not_a_new_version(db_path: Path) -> None:
    store = Store(db_path, clock=StepClock())
    p = posting(1)
    store.save_batch(store.start_run("acr"), [p])
    reskinned = p.model_copy(update={"body": "<div class='new-theme'>" + p.body + "</div>"})
    counts, _ = store.save_batch(store.start_run("acr"), [reskinned])
    assert counts.unchanged == 1


def test_batch_errors_and_counts_land_with_the_run(db_path: Path) -> None:
    store = Store(db_path, clock=StepClock())
    run = store.start_run("acr")
    store.save_batch(run, [posting(1)], errors=[PageError("https://x/404", "HTTP 404")], pages=3)
    store.finish_run(run, "partial", complete=False)
    [r] = store.runs()
    assert (r["status"], r["pages"], r["new"], r["error_count"]) == ("partial", 3, 1, 1)
    assert store.run_errors(run)[0]["reason"] == "HTTP 404"


def test_complete_listing_marks_missing_postings_removed_and_reopens_returners(
    db_path: Path,
) -> None:
    store = Store(db_path, clock=StepClock())
    run1 = store.start_run("acr")
    store.save_batch(run1, [posting(1), posting(2)])
    run2 = store.start_run("acr")
    store.save_batch(run2, [posting(1)])
    assert store.mark_removed("acr", run2) == 1
    removed = {r["source_id"]: r["removed_at"] for r in store.postings()}
    assert removed["2"] is not None and removed["1"] is None
    store.save_batch(store.start_run("acr"), [posting(2)])
    assert all(r["removed_at"] is None for r in store.postings() if r["source_id"] == "2")


HOLD_LOCK = """
import duckdb, sys, time
con = duckdb.connect(sys.argv[1], read_only=sys.argv[3] == "ro")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


@contextmanager
def holding_lock(db_path: Path, seconds: float, *, read_only: bool = False) -> Iterator[None]:
    """Another process holds the database file open for `seconds`."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path), str(seconds), "ro" if read_only else "rw"],
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked"
        try:
            yield
        finally:
            proc.kill()


def test_locked_file_is_waited_for(db_path: Path) -> None:
    Store(db_path).schema_version()
    started = time.monotonic()
    with holding_lock(db_path, 1.0):
        assert Store(db_path, lock_timeout_s=20).start_run("acr") >= 1
    assert time.monotonic() - started >= 0.5


def test_lock_held_too_long_fails_with_a_clear_message(db_path: Path) -> None:
    Store(db_path).schema_version()
    with (
        holding_lock(db_path, 5.0),
        pytest.raises(StoreLockedError, match="in use by another process"),
    ):
        Store(db_path, lock_timeout_s=0.5).start_run("acr")


def test_reads_in_a_reading_block_share_one_read_only_connection(db_path: Path) -> None:
    store = Store(db_path, clock=StepClock())
    store.save_batch(store.start_run("acr"), [posting(1)])
    with store.reading():
        with store.connect(read_only=True) as first, store.connect(read_only=True) as second:
            assert first is second
        assert [r["title"] for r in store.postings()] == ["Teleradiologist 1"]
        with pytest.raises(StoreError, match="write inside"), store.connect():
            pass
    assert store.start_run("acr") >= 1  # writes work again after the block


def test_a_write_from_another_thread_waits_for_a_reading_block(db_path: Path) -> None:
    """DuckDB opens a file read-only or read-write per process: a writer in another thread waits
    for the reader's connection to close, as it waits for another process."""
    reader, writer = Store(db_path), Store(db_path, lock_timeout_s=20)
    reader.schema_version()
    started: list[int] = []
    with reader.reading():
        thread = threading.Thread(target=lambda: started.append(writer.start_run("acr")))
        thread.start()
        time.sleep(0.3)
        assert not started  # still waiting
    thread.join(timeout=20)
    assert started and started[0] >= 1


def test_a_current_file_is_read_without_a_write_connection(db_path: Path) -> None:
    Store(db_path).schema_version()
    with holding_lock(db_path, 10.0, read_only=True):  # another process reading: a writer waits
        started = time.monotonic()
        assert Store(db_path, lock_timeout_s=5).schema_version() == current_schema_version()
        assert time.monotonic() - started < 2
