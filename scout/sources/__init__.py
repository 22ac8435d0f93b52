"""Source adapters, one module per board or ATS family, and the one registry of configured sources."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from scout.sources.base import Source, SourceInfo
from scout.sources.physemp import Physemp
from scout.sources.radworking import Radworking
from scout.sources.ymcareers import YMCareers

__all__ = ["Source", "SourceInfo", "builtin_sources"]


def builtin_sources(today: Callable[[], date] = date.today) -> dict[str, Source]:
    """The boards Scout reads out of the box, by name. `today` dates relative ages ("5 days ago",
    stale-ad cut-offs); replays pass the day their cassettes were recorded."""
    sources: list[Source] = [
        YMCareers("acr", "ACR Career Center", "https://jobs.acr.org"),
        Physemp(),
        Radworking(today=today),
    ]
    return {s.name: s for s in sources}
