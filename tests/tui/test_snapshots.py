"""A few pictures of the main screens (state is asserted in the other tests; these catch layout)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from scout.tui.app import ScoutApp
from tests.tui.conftest import loaded

AppFactory = Callable[..., ScoutApp]
SnapCompare = Callable[..., bool]


def _ready(app: ScoutApp, *keys: str) -> Callable[[Pilot[Any]], Any]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await loaded(pilot, app)
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


def test_main_screen_at_80_by_24(db: Path, make_app: AppFactory, snap_compare: SnapCompare) -> None:
    app = make_app(db)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_ready(app, "j", "j"))


def test_filters_and_search(db: Path, make_app: AppFactory, snap_compare: SnapCompare) -> None:
    app = make_app(db)
    assert snap_compare(
        app, terminal_size=(120, 36), run_before=_ready(app, "f", "slash", *"remote", "enter")
    )


def test_detail_screen(db: Path, make_app: AppFactory, snap_compare: SnapCompare) -> None:
    app = make_app(db)
    assert snap_compare(app, terminal_size=(100, 40), run_before=_ready(app, "enter"))


def test_help_screen(db: Path, make_app: AppFactory, snap_compare: SnapCompare) -> None:
    app = make_app(db)
    assert snap_compare(app, terminal_size=(100, 40), run_before=_ready(app, "question_mark"))
