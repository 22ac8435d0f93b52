"""Fixtures for the TUI tests: small synthetic databases, an app factory, and a wait helper."""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from scout.models import RawPosting
from scout.pipeline import add_manual
from scout.store import Store
from scout.tui.app import ScoutApp
from tests.tui.make_offers import SOURCES, make_offers

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 12, 0)
MARKUP_TITLE = "[bold]Night reads[/bold] [link=https://evil.example]click[/link]"
MARKUP_TEXT = (
    "[bold]Night reads[/bold] for [red]Acme[/red]. Pay $55 per wRVU. "
    "[link=https://evil.example]apply here[/link] [/]"
)


def fixed_clock() -> datetime:
    return NOW


def fill(path: Path, n: int = 40, *, start: int = 1, sources: tuple[str, ...] = SOURCES) -> Store:
    """A database with n synthetic offers stored as of NOW."""
    store = Store(path, clock=fixed_clock)
    make_offers(store, n, start=start, sources=sources)
    return store


def add_markup_offer(store: Store) -> int:
    text = MARKUP_TEXT
    return add_manual(
        store,
        RawPosting(
            source="manual",
            source_id="markup",
            url="manual:markup",
            title=MARKUP_TITLE,
            employer="[i]Acme[/i]",
            body=text,
            body_format="text",
            text=text,
        ),
    )


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 synthetic offers, built once per session (building takes a couple of seconds)."""
    path = tmp_path_factory.mktemp("template") / "tui.duckdb"
    fill(path)
    return path


@pytest.fixture
def db(tmp_path: Path, template_db: Path) -> Path:
    """A fresh copy of the 40-offer database for one test."""
    path = tmp_path / "tui.duckdb"
    shutil.copy(template_db, path)
    return path


class Opened(list[str]):
    """A browser stand-in that records the URLs it was asked to open."""

    def __call__(self, url: str) -> bool:
        self.append(url)
        return True


@pytest.fixture
def make_app(tmp_path: Path) -> Callable[..., ScoutApp]:
    def factory(db: Path, **kwargs: Any) -> ScoutApp:
        kwargs.setdefault("today", TODAY)
        kwargs.setdefault("state_path", tmp_path / "state" / "tui.json")
        kwargs.setdefault("opener", Opened())
        kwargs.setdefault("poll_seconds", 3600)
        kwargs.setdefault("clock", fixed_clock)
        return ScoutApp(db, None, **kwargs)

    return factory


async def wait_for(pilot: Pilot[Any], ready: Callable[[], object], timeout: float = 15.0) -> None:
    """Let the app run until `ready()` is true (workers are threads: poll, do not sleep blindly)."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise AssertionError("the app did not get there in time")
        await pilot.pause(0.02)
    await pilot.pause()


async def poll_until(pilot: Pilot[Any], app: ScoutApp, ready: Callable[[], object]) -> None:
    """Run the app's database poll (normally every 3 s) until `ready()` is true."""
    deadline = time.monotonic() + 15
    while not ready():
        if time.monotonic() > deadline:
            raise AssertionError("the poll did not pick the change up in time")
        app.poll()
        await pilot.pause(0.05)
    await pilot.pause()


async def loaded(pilot: Pilot[Any], app: ScoutApp, *, indexed: bool = True) -> None:
    """Wait for the first load (and the search index) to land."""
    await wait_for(
        pilot, lambda: app.model is not None and not app.loading and (app.index is not None or not indexed)
    )


async def settle(pilot: Pilot[Any], app: ScoutApp) -> None:
    """Wait for every worker the app started to finish and their messages to be handled."""
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()
    await asyncio.sleep(0)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
