"""Source adapters, one module per board or ATS family, and the one registry of configured sources.

Built-in sources are the boards and the employers whose career sites are confirmed (sources.md);
employers on Greenhouse, Lever, Ashby and Workday come from the employer registry (shipped file plus
the user's `employers.toml`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from scout.errors import ConfigError
from scout.sources.avature import Avature
from scout.sources.base import Source, SourceInfo
from scout.sources.icims import ICIMSJibe
from scout.sources.physemp import Physemp
from scout.sources.radworking import Radworking
from scout.sources.registry import default_registry_paths, load_registry, registry_sources
from scout.sources.ymcareers import YMCareers

__all__ = ["Source", "SourceInfo", "all_sources", "builtin_sources"]


def builtin_sources(today: Callable[[], date] = date.today) -> dict[str, Source]:
    """The boards and confirmed employer sites Scout reads out of the box, by name. `today` dates
    relative ages ("5 days ago", stale-ad cut-offs); replays pass the day their cassettes describe."""
    sources: list[Source] = [
        YMCareers("acr", "ACR Career Center", "https://jobs.acr.org"),
        Physemp(),
        Radworking(today=today),
        Avature("radpartners", "Radiology Partners", "https://radpartners.avature.net/careers",
                "Radiology Partners"),
        ICIMSJibe("radnet", "RadNet", "https://careers.radnet.com", "RadNet"),
    ]
    return {s.name: s for s in sources}


def all_sources(
    today: Callable[[], date] = date.today, registry: Sequence[Path] | None = None
) -> dict[str, Source]:
    """Built-in sources plus the employer registry's (the shipped file, then the user's)."""
    sources = builtin_sources(today)
    paths = default_registry_paths() if registry is None else registry
    for s in registry_sources(load_registry(paths), today=today):
        if s.name in sources:
            raise ConfigError(
                f"employer registry key '{s.name}' is a built-in source's name; choose another key"
            )
        sources[s.name] = s
    return sources
