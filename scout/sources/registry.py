"""The employer registry: which employers' own job boards (Greenhouse, Lever, Ashby, Workday) to read.

A TOML file ships with Scout (`scout/data/employers.toml`); the user adds employers, replaces
shipped ones or switches them off in `employers.toml` in their config directory, same format:

    [employers.summit-telerad]            # the key becomes the source's name
    platform = "greenhouse"               # greenhouse, lever, ashby or workday
    token = "summittelerad"               # board token / Lever site / Ashby board name
    label = "Summit Teleradiology"
    confirmed = "2026-11-30: careers page https://summittelerad.example/careers links to it"

Workday entries give `host` ("acme.wd5.myworkdayjobs.com"), `site` and optionally `tenant`
(default: the host's first label) and `search` (default "radiologist") instead of `token`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import tomli_w

from scout.config import config_dir
from scout.errors import ConfigError
from scout.sources.ashby import AshbyBoard
from scout.sources.base import Source, SourceInfo
from scout.sources.greenhouse import GreenhouseBoard
from scout.sources.lever import LeverSite
from scout.sources.workday import WorkdaySite

PLATFORMS = ("greenhouse", "lever", "ashby", "workday")
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_WORKDAY_HOST = re.compile(r"^[a-z0-9-]+\.wd\d+\.myworkdayjobs\.com$")
_COMMON = {"platform", "label", "confirmed", "enabled"}
_FIELDS = {
    "greenhouse": _COMMON | {"token"},
    "lever": _COMMON | {"token"},
    "ashby": _COMMON | {"token"},
    "workday": _COMMON | {"host", "tenant", "site", "search"},
}


@dataclass(frozen=True)
class EmployerEntry:
    """One employer's job board, as a registry file gives it."""

    key: str
    platform: str
    label: str
    confirmed: str
    file: str
    token: str = ""
    host: str = ""
    tenant: str = ""
    site: str = ""
    search: str = "radiologist"
    enabled: bool = True

    @property
    def board_url(self) -> str:
        """The public board a person would open to check the entry."""
        if self.platform == "greenhouse":
            return f"https://job-boards.greenhouse.io/{self.token}"
        if self.platform == "lever":
            return f"https://jobs.lever.co/{self.token}"
        if self.platform == "ashby":
            return f"https://jobs.ashbyhq.com/{self.token}"
        return f"https://{self.host}/{self.site}"


def shipped_registry() -> Traversable:
    """The registry that ships with Scout."""
    return files("scout.data") / "employers.toml"


def user_registry() -> Path:
    """The user's own registry file (may not exist)."""
    return config_dir() / "employers.toml"


def default_registry_paths() -> list[Traversable]:
    return [shipped_registry(), user_registry()]


def _string(key: str, table: dict[str, Any], field: str, where: str, required: bool) -> str:
    value = table.get(field)
    if value is None:
        if required:
            raise ConfigError(f"{where}: employer '{key}' needs '{field}'")
        return ""
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: employer '{key}': '{field}' must be a non-empty string")
    return value.strip()


def _entry(key: str, table: Any, where: str) -> EmployerEntry:
    if not _KEY.match(key):
        raise ConfigError(
            f"{where}: employer key '{key}' must be lowercase letters, digits and dashes "
            "(it becomes the source's name, e.g. 'summit-telerad')"
        )
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: employer '{key}' must be a table ([employers.{key}])")
    platform = table.get("platform")
    if platform not in PLATFORMS:
        raise ConfigError(
            f"{where}: employer '{key}': 'platform' must be one of {', '.join(PLATFORMS)} (got {platform!r})"
        )
    unknown = sorted(set(table) - _FIELDS[platform])
    if unknown:
        allowed = ", ".join(sorted(_FIELDS[platform]))
        raise ConfigError(
            f"{where}: employer '{key}': unknown field(s) {', '.join(unknown)} for "
            f"{platform} (allowed: {allowed})"
        )
    enabled = table.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"{where}: employer '{key}': 'enabled' must be true or false")
    fields = {
        "label": _string(key, table, "label", where, True),
        "confirmed": _string(key, table, "confirmed", where, True),
    }
    if platform == "workday":
        host = _string(key, table, "host", where, True).lower()
        if not _WORKDAY_HOST.match(host):
            raise ConfigError(
                f"{where}: employer '{key}': 'host' must look like "
                f"'acme.wd5.myworkdayjobs.com' (got '{host}')"
            )
        fields |= {
            "host": host,
            "tenant": _string(key, table, "tenant", where, False) or host.split(".")[0],
            "site": _string(key, table, "site", where, True),
            "search": _string(key, table, "search", where, False) or "radiologist",
        }
        if not _TOKEN.match(fields["site"]) or not _TOKEN.match(fields["tenant"]):
            raise ConfigError(
                f"{where}: employer '{key}': 'site' and 'tenant' are single path words "
                "such as 'External' (no slashes or spaces)"
            )
    else:
        token = _string(key, table, "token", where, True)
        if not _TOKEN.match(token):
            raise ConfigError(
                f"{where}: employer '{key}': 'token' is the board's name in its URL, "
                f"such as 'summittelerad' (got '{token}')"
            )
        fields["token"] = token
    return EmployerEntry(key=key, platform=platform, file=where, enabled=enabled, **fields)


def _read(path: Traversable) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"cannot read employer registry {path}: {e}") from e
    extra = sorted(set(data) - {"employers"})
    if extra:
        raise ConfigError(
            f"{path}: unknown top-level key(s) {', '.join(extra)}; employers go under [employers.KEY]"
        )
    employers = data.get("employers", {})
    if not isinstance(employers, dict):
        raise ConfigError(f"{path}: 'employers' must be a table of [employers.KEY] tables")
    return employers


def load_registry(paths: Iterable[Traversable]) -> list[EmployerEntry]:
    """Employers from each file in turn; a later file's entry replaces an earlier one of the
    same key, and an entry holding only `enabled = false` switches that employer off.
    Files that do not exist are skipped; a bad entry is a ConfigError naming file and key."""
    entries: dict[str, EmployerEntry] = {}
    for path in paths:
        employers = _read(path)
        if employers is None:
            continue
        where = str(path)
        for key, table in employers.items():
            if isinstance(table, dict) and set(table) == {"enabled"}:
                if key not in entries:
                    raise ConfigError(
                        f"{where}: employer '{key}' only sets 'enabled', but no earlier registry defines it"
                    )
                if not isinstance(table["enabled"], bool):
                    raise ConfigError(f"{where}: employer '{key}': 'enabled' must be true or false")
                entries[key] = replace(entries[key], enabled=table["enabled"])
                continue
            entries[key] = _entry(key, table, where)
    return list(entries.values())


def employer_source(entry: EmployerEntry, today: Callable[[], date] = date.today) -> Source:
    """The adapter that reads this employer's board."""
    if entry.platform == "greenhouse":
        return GreenhouseBoard(entry.key, entry.label, entry.token)
    if entry.platform == "lever":
        return LeverSite(entry.key, entry.label, entry.token)
    if entry.platform == "ashby":
        return AshbyBoard(entry.key, entry.label, entry.token)
    return WorkdaySite(entry.key, entry.label, entry.host, entry.tenant, entry.site, entry.search, today)


def registry_sources(
    entries: Iterable[EmployerEntry], today: Callable[[], date] = date.today
) -> list[Source]:
    """One source per enabled employer, named by its registry key."""
    return [employer_source(e, today) for e in entries if e.enabled]


def source_info(entry: EmployerEntry) -> SourceInfo:
    """What `scout sources` shows for a registry employer."""
    kind = {"greenhouse": "Greenhouse", "lever": "Lever", "ashby": "Ashby", "workday": "Workday"}
    return SourceInfo(
        name=entry.key,
        label=entry.label,
        kind=f"{kind[entry.platform]} board (employer registry)",
        detail=f"{entry.board_url} - from {entry.file}",
        enabled=entry.enabled,
    )


def entry_toml(key: str, fields: dict[str, str]) -> str:
    """The TOML text of one registry entry, quoted correctly, ready to paste."""
    return tomli_w.dumps({"employers": {key: fields}})
