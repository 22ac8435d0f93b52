"""Settings and paths: where the database and config live, and how politely Scout fetches."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import platformdirs
from pydantic import BaseModel, Field, ValidationError

from scout import __version__
from scout.errors import ConfigError

APP_NAME = "scout"
USER_AGENT = (
    f"Scout/{__version__} (+https://github.com/scout-radiology/scout; radiologist job search)"
)


def data_dir() -> Path:
    """Where Scout keeps its database by default (XDG data dir on Linux)."""
    return platformdirs.user_data_path(APP_NAME)


def config_dir() -> Path:
    """Where the user's config, profile and employer registry live."""
    return Path(os.environ.get("SCOUT_CONFIG_DIR") or platformdirs.user_config_path(APP_NAME))


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME)


def resolve_db(cli_value: Path | None) -> Path:
    """`--db` wins, then `SCOUT_DB`, then the data directory."""
    if cli_value is not None:
        return cli_value.expanduser()
    env = os.environ.get("SCOUT_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / "scout.duckdb"


def demo_db_path(cli_value: Path | None) -> Path:
    """The demo's database: the file `--db` names, else a demo file beside (never over) the user's."""
    if cli_value is not None:
        return cli_value.expanduser()
    return resolve_db(None).with_name("scout-demo.duckdb")


class HttpSettings(BaseModel):
    """How Scout fetches: every politeness rule is here and can be changed in config.toml [http]."""

    user_agent: str = USER_AGENT
    """Names Scout and where to read about it, so a board's operator can reach us."""
    robots_agent: str = "Scout"
    """The token matched against robots.txt user-agent lines."""
    timeout_s: float = 20.0
    """Connect/read timeout per request."""
    min_interval_s: float = 1.0
    """Minimum gap between two requests to one host (raised by a robots.txt Crawl-delay)."""
    max_retries: int = 4
    """Retries after a 429, a 5xx or a timeout, before the URL is recorded as failed."""
    backoff_base_s: float = 1.0
    """First backoff; doubled each retry, with jitter."""
    backoff_max_s: float = 60.0
    """Longest single backoff."""
    retry_after_max_s: float = 120.0
    """A Retry-After longer than this fails the URL instead of waiting."""
    breaker_429s: int = 5
    """Consecutive 429s from one source that stop the source for the rest of the run."""
    obey_robots: bool = True
    pace: bool = True
    """False only for replays: cassettes need no pacing."""


class Settings(BaseModel):
    """Scout's settings; the file is `config.toml` in the config directory, every key optional."""

    http: HttpSettings = Field(default_factory=HttpSettings)
    page_cap: int = 40
    """Most results pages read per search before a source is cut off (a guard, recorded)."""
    lock_timeout_s: float = 30.0
    """How long to wait for another Scout process to release the database file."""
    radworking_max_age_days: int = 120
    """Radworking serves stale ads: drop postings older than this."""


def load_settings(path: Path | None = None) -> Settings:
    """Read config.toml if it exists; a bad value is a ConfigError naming the key."""
    path = path or config_dir() / "config.toml"
    if not path.exists():
        return Settings()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"cannot read settings file {path}: {e}") from e
    try:
        return Settings.model_validate(raw)
    except ValidationError as e:
        first = e.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{path}: setting '{key}': {first['msg']}") from e
