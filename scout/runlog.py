"""The scrape log: a rotating file with one line per source run, for unattended (cron) scrapes.

Every scrape writes to it, manual or scheduled, so `tail` of one file shows the whole history;
the file is rotated at 1 MB and five old files are kept.
"""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scout.config import log_dir
from scout.errors import ConfigError
from scout.models import RunReport

MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s [pid %(process)d] %(message)s"
_LEVEL = {"ok": logging.INFO, "partial": logging.WARNING, "stopped": logging.WARNING}


def default_log_file() -> Path:
    return log_dir() / "scrape.log"


@contextmanager
def run_log(path: Path) -> Iterator[logging.Logger]:
    """A logger writing to `path` (rotated) for the length of one scrape."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as e:
        raise ConfigError(f"cannot write the log file {path}: {e.strerror or e}") from e
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger = logging.getLogger("scout.scrape")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield logger
    finally:
        logger.removeHandler(handler)
        handler.close()


def log_report(logger: logging.Logger, report: RunReport, trigger: str) -> None:
    """One line for one source's run."""
    c = report.counts
    took = ""
    if report.finished_at is not None:
        took = f" in {(report.finished_at - report.started_at).total_seconds():.1f} s"
    logger.log(
        _LEVEL.get(report.status, logging.ERROR),
        f"run #{report.run_id} {report.source} [{trigger}] {report.status}{took}: {report.pages} pages, "
        f"{c.new} new, {c.changed} changed, {c.unchanged} unchanged, {len(report.errors)} errors"
        + report.skipped_text()
        + (f" - {report.message}" if report.message else ""),
    )
