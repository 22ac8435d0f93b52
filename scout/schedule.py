"""Unattended scraping from cron: the crontab line Scout installs, and reading and writing the crontab.

Scout owns exactly one crontab line, recognised by the marker comment at its end, so installing
replaces it and removing deletes it without touching the user's other lines. The line calls the
installed `scout` by absolute path with the database, log file and `--trigger scheduled`; cron runs
it with a bare environment, so the Scout settings variables set now are written into the line.
"""

from __future__ import annotations

import getpass
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from scout.errors import ConfigError, ScoutError

CRON_PERCENT = "\\%"  # cron turns an unescaped % in a command into a newline
MARKER = "# scout-schedule (managed by `scout schedule`)"
# How often Scout may be scheduled: at most every 30 minutes (postings change a few times a day).
EVERY_MINUTES = {
    "30m": 30,
    "1h": 60,
    "2h": 120,
    "3h": 180,
    "4h": 240,
    "6h": 360,
    "8h": 480,
    "12h": 720,
    "24h": 1440,
    "1d": 1440,
}
# Settings variables cron would not otherwise see.
PASSED_ENV = ("SCOUT_CONFIG_DIR", "SCOUT_PROFILE", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")

_DURATION = re.compile(r"(\d+)\s*([smhd])")
_UNIT_S = {"s": 1, "m": 60, "h": 3600, "d": 86400}

Runner = Callable[..., "subprocess.CompletedProcess[str]"]


def parse_duration(text: str) -> int:
    """Seconds in a duration such as 90s, 30m, 2h, 1h30m or 1d; a ConfigError otherwise."""
    cleaned = text.strip().lower()
    parts = _DURATION.findall(cleaned)
    if not parts or _DURATION.sub("", cleaned).strip():
        raise ConfigError(f"'{text}' is not a duration: write it like 30m, 2h or 1h30m")
    seconds = sum(int(n) * _UNIT_S[unit] for n, unit in parts)
    if seconds <= 0:
        raise ConfigError(f"'{text}' is not a duration longer than zero")
    return seconds


def every_minutes(every: str) -> int:
    """Minutes between runs for --every; a ConfigError naming the choices otherwise."""
    minutes = EVERY_MINUTES.get(every.strip().lower())
    if minutes is None:
        raise ConfigError(
            f"--every {every} is not one of the schedules Scout installs: "
            f"{', '.join(k for k in EVERY_MINUTES if k != '24h')}"
        )
    return minutes


def cron_expression(minutes: int, offset: int) -> str:
    """The five cron fields for a run every `minutes`, shifted by `offset` minutes into the day
    so that Scout users do not all reach the boards at the top of the hour."""
    minute, hour = offset % 60, (offset // 60) % 24
    if minutes < 60:
        first = minute % minutes
        return f"{','.join(str(m) for m in range(first, 60, minutes))} * * * *"
    if minutes == 1440:
        return f"{minute} {hour} * * *"
    hours = minutes // 60
    if hours == 1:
        return f"{minute} * * * *"
    return f"{minute} {hour % hours}-23/{hours} * * *"


def machine_offset() -> int:
    """A minute of the day that stays the same for this user on this machine."""
    return zlib.crc32(f"{getpass.getuser()}@{socket.gethostname()}".encode()) % 1440


def scout_command(argv0: str | None = None, which: Callable[[str], str | None] = shutil.which) -> list[str]:
    """How cron should call this Scout: the `scout` script running now, else the one on PATH,
    else this Python with `-m scout`. Paths are made absolute, never resolved (a venv's python is
    a symlink whose target lacks the venv)."""
    path = Path(argv0 if argv0 is not None else sys.argv[0])
    if path.name == "scout" and path.is_file() and os.access(path, os.X_OK):
        return [str(path.absolute())]
    if path.name != "__main__.py":
        found = which("scout")
        if found:
            return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "scout"]


@dataclass(frozen=True)
class CronJob:
    """Everything the crontab line says: what to run, on which database, how often, where it logs."""

    scout: Sequence[str]
    db: Path
    log_file: Path
    every: str = "6h"
    offset: int = 0
    max_duration: str | None = None
    notify_cmd: str | None = None
    notify_min_score: float | None = None
    env: Mapping[str, str] | None = None

    @property
    def errors_file(self) -> Path:
        """Where cron appends what the run prints on standard error (a crash, a bad setting)."""
        return self.log_file.with_name(self.log_file.stem + "-errors.log")

    def default_max_duration(self) -> str:
        """Three quarters of the interval, so a slow run ends well before the next one starts."""
        return f"{every_minutes(self.every) * 3 // 4}m"

    def command(self) -> list[str]:
        args = [
            *self.scout,
            "scrape",
            "--trigger",
            "scheduled",
            "--db",
            str(self.db),
            "--log-file",
            str(self.log_file),
            "--max-duration",
            self.max_duration or self.default_max_duration(),
        ]
        if self.notify_cmd:
            args += ["--notify-cmd", self.notify_cmd]
            if self.notify_min_score is not None:
                args += ["--notify-min-score", f"{self.notify_min_score:g}"]
        return args

    def line(self) -> str:
        """The crontab line: schedule, environment, command, output redirects, marker."""
        env = " ".join(f"{k}={shlex.quote(v)}" for k, v in sorted((self.env or {}).items()))
        shell = " ".join(shlex.quote(a) for a in self.command())
        redirects = f">/dev/null 2>>{shlex.quote(str(self.errors_file))}"
        text = " ".join(p for p in (env, shell, redirects) if p)
        when = cron_expression(every_minutes(self.every), self.offset)
        return f"{when} {text.replace('%', CRON_PERCENT)} {MARKER}"


def passed_env(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The Scout settings variables set now, with absolute paths, for the crontab line."""
    environ = os.environ if environ is None else environ
    return {k: str(Path(environ[k]).expanduser().absolute()) for k in PASSED_ENV if environ.get(k)}


def scout_lines(crontab: str) -> list[str]:
    """The lines of a crontab that Scout installed."""
    return [line for line in crontab.splitlines() if line.rstrip().endswith(MARKER)]


def with_line(crontab: str, line: str) -> str:
    """The crontab with Scout's old line(s) replaced by `line` (appended at the end)."""
    kept = [ln for ln in crontab.splitlines() if not ln.rstrip().endswith(MARKER)]
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join([*kept, line]) + "\n"


def without_scout(crontab: str) -> str:
    """The crontab with Scout's line(s) removed and everything else as it was."""
    kept = [ln for ln in crontab.splitlines() if not ln.rstrip().endswith(MARKER)]
    return "\n".join(kept) + "\n" if kept else ""


class Crontab:
    """The user's crontab, read with `crontab -l` and replaced with `crontab -`."""

    def __init__(self, binary: str | None = None, *, run: Runner = subprocess.run) -> None:
        self.binary = binary if binary is not None else shutil.which("crontab")
        self._run = run

    def _call(self, args: list[str], text: str | None = None) -> subprocess.CompletedProcess[str]:
        if not self.binary:
            raise ConfigError(
                "this computer has no `crontab` program, so Scout cannot schedule itself; install "
                "cron (Debian or Ubuntu: sudo apt-get install cron), or have another scheduler run "
                "the line `scout schedule install` prints"
            )
        try:
            return self._run([self.binary, *args], input=text, capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise ScoutError(f"could not run {self.binary}: {e}") from e

    def read(self) -> str:
        """The current crontab; empty when the user has none yet."""
        result = self._call(["-l"])
        if result.returncode != 0:
            if "no crontab" in result.stderr.lower():
                return ""
            raise ScoutError(f"`crontab -l` failed: {result.stderr.strip() or result.returncode}")
        return result.stdout

    def write(self, text: str) -> None:
        result = self._call(["-"], text)
        if result.returncode != 0:
            raise ScoutError(f"`crontab -` refused the new crontab: {result.stderr.strip()}")
