"""The only module that talks to DuckDB: short-lived connections, migrations, and the SQL in queries/.

A cron scrape and an open TUI share one file and DuckDB lets one process write at a time, so no
connection outlives the operation that needed it, and a process that finds the file locked waits
with backoff (bounded) before failing with StoreLockedError.
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from scout.errors import StoreError, StoreLockedError
from scout.models import PageError, RawPosting, SaveCounts
from scout.resources import queries_dir, sql

Row = dict[str, Any]
Differ = Callable[[str, str], list[tuple[str, str | None, str | None]]]
_MIGRATION = re.compile(r"^(\d{3})_[\w-]+\.sql$")


def utcnow() -> datetime:
    """Naive UTC timestamps throughout the database."""
    return datetime.now(UTC).replace(tzinfo=None)


def _is_lock_error(e: duckdb.Error) -> bool:
    """Another process holds the file, or another thread of this one has it open the other way
    (DuckDB opens a file read-only or read-write per process, not per connection)."""
    text = str(e).lower()
    if "different configuration" in text:
        return True
    return "lock" in text and ("could not set lock" in text or "conflicting lock" in text)


def current_schema_version() -> int:
    """The version queries/schema.sql builds (its last statement sets it)."""
    match = re.search(r"'schema_version',\s*'(\d+)'", sql("schema"))
    if not match:
        raise StoreError("queries/schema.sql does not set schema_version")
    return int(match.group(1))


def _schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The file's schema version, or None when it has no Scout tables yet."""
    try:
        row = con.execute("SELECT value FROM scout_meta WHERE key = 'schema_version'").fetchone()
    except duckdb.CatalogException:
        return None
    return int(row[0]) if row else 1


def _migrations() -> list[tuple[int, str]]:
    found = []
    folder = queries_dir() / "migrations"
    for path in sorted(folder.glob("*.sql")) if folder.is_dir() else []:
        m = _MIGRATION.match(path.name)
        if m:
            found.append((int(m.group(1)), path.read_text(encoding="utf-8")))
    return found


class Store:
    """Scout's DuckDB file. Every method opens, uses and closes its own connection."""

    def __init__(
        self,
        path: Path | str,
        *,
        lock_timeout_s: float = 30.0,
        clock: Callable[[], datetime] = utcnow,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.path = Path(path)
        self.lock_timeout_s = lock_timeout_s
        self._clock = clock
        self._sleep = sleep
        self._ready = False
        self._local = threading.local()  # the connection of a `reading()` block, per thread

    def now(self) -> datetime:
        """The store's clock (injected in tests)."""
        return self._clock()

    # -- connections -------------------------------------------------------------------------

    @contextmanager
    def connect(self, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one operation; waits (bounded) while another process holds the file.
        Inside `reading()`, reads use that block's connection."""
        shared: duckdb.DuckDBPyConnection | None = getattr(self._local, "con", None)
        if shared is not None:
            if not read_only:
                raise StoreError("a write inside Store.reading(), which holds a read-only connection")
            try:
                yield shared
            except duckdb.Error as e:
                raise StoreError(f"database error in {self.path}: {e}") from e
            return
        con = self._ready_connection(read_only)
        try:
            yield con
        except duckdb.Error as e:
            raise StoreError(f"database error in {self.path}: {e}") from e
        finally:
            con.close()

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Serve every read in this block, in this thread, from one read-only connection: opening
        the file costs tens of milliseconds, and a writer cannot commit between the block's reads."""
        if getattr(self._local, "con", None) is not None:
            yield
            return
        con = self._ready_connection(read_only=True)
        self._local.con = con
        try:
            yield
        finally:
            self._local.con = None
            con.close()

    def _ready_connection(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        """An open connection, the file created or migrated first if this store has not checked it.
        A reader checks on its own read-only connection, so an up-to-date file is opened once."""
        if not self._ready and read_only and self.path.exists():
            con = self._open(read_only=True)
            try:
                current = _schema_version(con) == current_schema_version()
            except duckdb.Error as e:
                con.close()
                raise StoreError(f"cannot read the database {self.path}: {e}") from e
            if current:
                self._ready = True
                return con
            con.close()
        if not self._ready:
            self._ready = True
            try:
                self.ensure_schema()
            except BaseException:
                self._ready = False
                raise
        return self._open(read_only=read_only)

    def _open(self, *, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_timeout_s
        delay = 0.05
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.Error as e:
                if not _is_lock_error(e):
                    raise StoreError(f"cannot open the database {self.path}: {e}") from e
                if time.monotonic() >= deadline:
                    raise StoreLockedError(
                        f"the database {self.path} is in use by another process (a scrape, or "
                        f"Scout open in another terminal) and stayed locked for "
                        f"{self.lock_timeout_s:.0f} s; try again when it finishes"
                    ) from e
                self._sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 1.0)

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One write transaction: all of it lands or none of it does."""
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def ensure_schema(self) -> None:
        """Create a new file at the current schema, or migrate an older one."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = self._open(read_only=False)
        try:
            has_meta = con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'scout_meta'"
            ).fetchone()
            if not has_meta or has_meta[0] == 0:
                con.execute(sql("schema"))
                return
            row = con.execute("SELECT value FROM scout_meta WHERE key = 'schema_version'").fetchone()
            version = int(row[0]) if row else 1
            target = current_schema_version()
            if version > target:
                raise StoreError(
                    f"{self.path} was written by a newer Scout (schema {version}, this one "
                    f"reads {target}); upgrade Scout"
                )
            for number, script in _migrations():
                if version < number <= target:
                    con.execute("BEGIN TRANSACTION")
                    con.execute(script)
                    con.execute(
                        "INSERT OR REPLACE INTO scout_meta VALUES ('schema_version', $v)",
                        {"v": str(number)},
                    )
                    con.execute("COMMIT")
        except duckdb.Error as e:
            raise StoreError(f"cannot prepare the database {self.path}: {e}") from e
        finally:
            con.close()

    def schema_version(self) -> int:
        with self.connect(read_only=True) as con:
            row = con.execute("SELECT value FROM scout_meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 0

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _rows(con: duckdb.DuckDBPyConnection, query: str, params: dict[str, Any]) -> list[Row]:
        cur = con.execute(query, params)
        names = [d[0] for d in cur.description or []]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def query(self, name: str, **params: Any) -> list[Row]:
        """Run queries/NAME.sql read-only and return its rows as dicts."""
        with self.connect(read_only=True) as con:
            return self._rows(con, sql(name), params)

    def execute(self, name: str, **params: Any) -> list[Row]:
        """Run queries/NAME.sql in its own write transaction; rows it returns (RETURNING) as dicts."""
        with self.transaction() as con:
            return self._rows(con, sql(name), params)

    def execute_many(self, steps: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """Run several queries/NAME.sql statements in one write transaction (all or nothing)."""
        with self.transaction() as con:
            for name, params in steps:
                con.execute(sql(name), params)

    # -- runs --------------------------------------------------------------------------------

    def start_run(self, source: str, trigger: str = "manual") -> int:
        with self.connect() as con:
            row = con.execute(
                sql("run_start"), {"source": source, "trigger": trigger, "now": self._clock()}
            ).fetchone()
        assert row is not None
        return int(row[0])

    def record_errors(self, run_id: int, errors: Sequence[PageError]) -> None:
        if not errors:
            return
        now = self._clock()
        with self.transaction() as con:
            _insert_errors(con, run_id, errors, now)

    def finish_run(
        self, run_id: int, status: str, *, complete: bool, removed: int = 0, message: str = ""
    ) -> None:
        with self.connect() as con:
            con.execute(
                sql("run_finish"),
                {
                    "run_id": run_id,
                    "now": self._clock(),
                    "status": status,
                    "complete": complete,
                    "removed": removed,
                    "message": message,
                },
            )

    def run_shape(self, source: str, run_id: int) -> tuple[Row, list[Row]]:
        """This run's shape and the source's previous runs' shapes, in one connection."""
        with self.connect(read_only=True) as con:
            shape = self._rows(con, sql("run_shape"), {"run_id": run_id})[0]
            history = self._rows(con, sql("run_shape_history"), {"source": source, "run_id": run_id})
        return shape, history

    def close_run(
        self,
        run_id: int,
        source: str,
        status: str,
        *,
        complete: bool,
        mark_removed: bool,
        listed: Sequence[str],
        shape: Row,
        message: str = "",
    ) -> int:
        """Finish a run in one transaction: its shape, removals after a complete listing, status.
        Returns how many postings were marked removed."""
        now = self._clock()
        with self.transaction() as con:
            con.execute(sql("run_shape_save"), {"run_id": run_id, **shape})
            removed = _mark_removed(con, source, run_id, listed, now) if mark_removed else 0
            con.execute(
                sql("run_finish"),
                {
                    "run_id": run_id,
                    "now": now,
                    "status": status,
                    "complete": complete,
                    "removed": removed,
                    "message": message,
                },
            )
        return removed

    def mark_removed(self, source: str, run_id: int, listed: Sequence[str] = ()) -> int:
        """After a complete listing, mark the source's postings this run did not see as removed;
        `listed` are ids the listing showed whose pages could not be read (still on the board)."""
        with self.connect() as con:
            return _mark_removed(con, source, run_id, listed, self._clock())

    def runs(self, limit: int = 20) -> list[Row]:
        return self.query("runs_recent", limit=limit)

    def run_errors(self, run_id: int) -> list[Row]:
        return self.query("run_errors_for", run_id=run_id)

    def last_runs(self) -> dict[str, Row]:
        return {r["source"]: r for r in self.query("runs_last_per_source")}

    # -- postings ----------------------------------------------------------------------------

    def save_batch(
        self,
        run_id: int,
        postings: Sequence[RawPosting],
        *,
        errors: Sequence[PageError] = (),
        pages: int = 1,
        terms: Mapping[tuple[str, str], str] | None = None,
        extractor_version: str = "",
        differ: Differ | None = None,
    ) -> tuple[SaveCounts, list[int]]:
        """Store one page's postings, their terms and the page's errors in one transaction.

        `terms` maps (source, source_id) to the extractor's JSON; it is written for the postings
        that are new or changed, and `differ` records what changed since the previous version.
        Returns the counts and the ids of the new or changed postings."""
        unique: dict[tuple[str, str], RawPosting] = {}
        for p in postings:
            unique[(p.source, p.source_id)] = p
        now = self._clock()
        params = {"now": now, "run_id": run_id}
        with self.transaction() as con:
            counts = SaveCounts()
            touched: list[int] = []
            if unique:
                con.execute(sql("incoming_create"))
                rows = [_row(p) for p in unique.values()]
                con.execute(sql("incoming_insert"), {k: [r[k] for r in rows] for k in rows[0]})
                row = con.execute(sql("incoming_counts")).fetchone()
                assert row is not None
                counts = SaveCounts(new=int(row[0]), changed=int(row[1]), unchanged=int(row[2]))
                con.execute(sql("versions_keep"), {"now": now})
                con.execute(sql("postings_update_changed"), params)
                con.execute(sql("postings_touch_unchanged"), params)
                con.execute(sql("postings_insert_new"), params)
                hit = con.execute(sql("incoming_touched_ids"), params).fetchall()
                touched = [int(r[0]) for r in hit]
                if terms is not None:
                    fresh = [
                        (int(r[0]), int(r[3]), terms[(r[1], r[2])]) for r in hit if (r[1], r[2]) in terms
                    ]
                    self._write_terms(con, fresh, extractor_version, differ, run_id, now)
                con.execute("DROP TABLE incoming")
            _insert_errors(con, run_id, errors, now)
            con.execute(
                sql("run_add_counts"),
                {
                    "run_id": run_id,
                    "pages": pages,
                    "new": counts.new,
                    "changed": counts.changed,
                    "unchanged": counts.unchanged,
                },
            )
        return counts, touched

    def _write_terms(
        self,
        con: duckdb.DuckDBPyConnection,
        rows: Sequence[tuple[int, int, str]],
        extractor_version: str,
        differ: Differ | None,
        run_id: int | None,
        now: datetime,
    ) -> None:
        """Write (posting_id, posting_version, terms JSON) rows; when a posting's version moved
        on, record the fields whose terms changed."""
        if not rows:
            return
        old = {}
        if differ is not None:
            ids = [r[0] for r in rows]
            old = {
                int(pid): (int(ver), t)
                for pid, ver, t in con.execute(sql("terms_for_ids"), {"ids": ids}).fetchall()
            }
        con.execute(
            sql("terms_upsert"),
            {
                "posting_ids": [r[0] for r in rows],
                "posting_versions": [r[1] for r in rows],
                "extractor_version": extractor_version,
                "terms": [r[2] for r in rows],
                "now": now,
            },
        )
        for posting_id, version, new_terms in rows:
            previous = old.get(posting_id)
            if differ is None or previous is None or previous[0] == version:
                continue
            for field, before, after in differ(previous[1], new_terms):
                con.execute(
                    sql("term_change_insert"),
                    {
                        "posting_id": posting_id,
                        "now": now,
                        "run_id": run_id,
                        "field": field,
                        "old_value": before,
                        "new_value": after,
                    },
                )

    def stale_terms(self, extractor_version: str) -> list[tuple[int, int, str]]:
        """(id, version, text) of postings whose terms are missing or out of date."""
        with self.connect(read_only=True) as con:
            rows = con.execute(sql("terms_stale"), {"extractor_version": extractor_version})
            return [(int(a), int(b), str(c)) for a, b, c in rows.fetchall()]

    def save_terms(
        self,
        rows: Sequence[tuple[int, int, str]],
        extractor_version: str,
        differ: Differ | None = None,
    ) -> None:
        """Store re-extracted terms (renormalize) in one transaction."""
        with self.transaction() as con:
            self._write_terms(con, rows, extractor_version, differ, None, self._clock())

    def postings(self, *, source: str | None = None, include_removed: bool = True) -> list[Row]:
        return self.query("postings_list", source=source, include_removed=include_removed)

    def posting_counts(self) -> dict[str, Row]:
        return {r["source"]: r for r in self.query("postings_count_by_source")}


def _insert_errors(
    con: duckdb.DuckDBPyConnection, run_id: int, errors: Sequence[PageError], now: datetime
) -> None:
    for err in errors:
        con.execute(
            sql("run_error_insert"),
            {"run_id": run_id, "now": now, "url": err.url, "kind": err.kind, "reason": err.reason},
        )


def _mark_removed(
    con: duckdb.DuckDBPyConnection, source: str, run_id: int, listed: Sequence[str], now: datetime
) -> int:
    rows = con.execute(
        sql("postings_mark_removed"),
        {"source": source, "run_id": run_id, "now": now, "listed": list(listed)},
    ).fetchall()
    return len(rows)


def _row(p: RawPosting) -> dict[str, Any]:
    return {
        "source": p.source,
        "source_id": p.source_id,
        "url": p.url,
        "title": p.title,
        "employer": p.employer,
        "location": p.location,
        "posted_date": p.posted_date,
        "work_mode_hint": p.work_mode_hint,
        "published_pay": p.published_pay.model_dump_json() if p.published_pay else None,
        "facts": json.dumps(p.facts, sort_keys=True) if p.facts else None,
        "body": p.body,
        "body_format": p.body_format,
        "text": p.text,
        "content_hash": p.content_hash(),
    }
