"""The scrape lock: two scrapes on one database never overlap.

An exclusive, non-blocking `flock` on a file beside the database. The kernel releases it when the
holder exits or dies (even by SIGKILL), so a crashed run never leaves a stale lock behind; the
file itself stays, holding the last holder's process id and start time for the message a refused
run prints (a scrape holding the lock for hours is probably hung, and the message shows it).
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from typing import IO

EX_TEMPFAIL = 75  # sysexits.h: try again later; what a scrape refused by the lock exits with


def lock_path(db: Path) -> Path:
    """The lock file of a database: `scout.duckdb` locks with `scout.duckdb.lock`."""
    return db.with_name(db.name + ".lock")


class RunLock:
    """Held for a whole scrape; `acquire` never waits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def acquire(self) -> bool:
        """Take the lock; False (at once) when another process holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        file = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            file.close()
            return False
        except BaseException:
            file.close()
            raise
        file.seek(0)
        file.truncate()
        file.write(f"{os.getpid()} {int(time.time())}\n")
        file.flush()
        self._file = file
        return True

    def holder(self) -> str | None:
        """Who holds the lock, as the lock file names them: "process 123, started 40 min ago"
        (the holder, or the last one); None when the file says nothing readable."""
        try:
            fields = self.path.read_text(encoding="utf-8").split()
        except OSError:
            return None
        if not fields or not fields[0].isdigit():
            return None
        who = f"process {fields[0]}"
        if len(fields) > 1 and fields[1].isdigit():
            who += f", started {_ago(time.time() - int(fields[1]))}"
        return who

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def __enter__(self) -> RunLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _ago(seconds: float) -> str:
    minutes = max(0, int(seconds // 60))
    if minutes < 1:
        return "just now"
    if minutes < 120:
        return f"{minutes} min ago"
    return f"{minutes // 60} h {minutes % 60} min ago"
