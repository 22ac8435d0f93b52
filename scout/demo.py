"""The bundled demo: which cassettes it replays, as of which day, with which employer registry."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from scout.errors import ConfigError
from scout.resources import cassettes_dir
from scout.sources import Source, all_sources


@dataclass(frozen=True)
class Demo:
    recorded: date
    folders: list[Path]
    sources: list[Source]


def load_demo(root: Path | None = None) -> Demo:
    """The demo's cassette folders and sources, dated the day the cassettes describe."""
    root = root or cassettes_dir()
    try:
        meta = tomllib.loads((root / "demo.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"the bundled demo settings {root / 'demo.toml'} are unreadable: {e}") from e
    recorded = meta.get("recorded")
    if not isinstance(recorded, date):
        raise ConfigError(f"{root / 'demo.toml'}: 'recorded' must be a date like 2026-11-27")
    folders = sorted(p for p in root.iterdir() if (p / "cassette.json").exists())
    registry = root / str(meta.get("registry", "demo-employers.toml"))
    sources = list(all_sources(today=lambda: recorded, registry=[registry]).values())
    return Demo(recorded=recorded, folders=folders, sources=sources)
