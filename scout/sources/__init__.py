"""Source adapters, one module per board or ATS family, and the one registry of configured sources."""

from __future__ import annotations

from scout.sources.base import Source, SourceInfo
from scout.sources.ymcareers import YMCareers

__all__ = ["Source", "SourceInfo", "builtin_sources"]


def builtin_sources() -> dict[str, Source]:
    """The boards Scout reads out of the box, by name."""
    sources: list[Source] = [
        YMCareers("acr", "ACR Career Center", "https://jobs.acr.org"),
    ]
    return {s.name: s for s in sources}
