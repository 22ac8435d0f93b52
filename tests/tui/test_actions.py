"""The main screen's actions: shortlist, note, export, compare, charts, profile, add, busy database."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from scout import shortlists
from scout.errors import StoreLockedError
from scout.profile import Profile, load_profile
from scout.store import Store
from scout.tui.add_offer import AddOfferRequest, AddOfferScreen
from scout.tui.app import ScoutApp
from scout.tui.charts import ChartFilter, ChartsScreen
from scout.tui.compare import CompareScreen
from scout.tui.detail import DetailScreen
from scout.tui.offers_table import OffersTable
from scout.tui.profile_screen import ProfileScreen
from scout.tui.prompt import PromptScreen
from tests.tui.conftest import loaded, poll_until, settle, wait_for

AppFactory = Callable[..., ScoutApp]
pytestmark = pytest.mark.anyio


def table(app: ScoutApp) -> OffersTable:
    return app.query_one(OffersTable)


async def answer(pilot: Any, app: ScoutApp, text: str) -> None:
    """Type `text` into the open prompt (replacing what it holds) and press Enter."""
    assert isinstance(app.screen, PromptScreen)
    app.screen.query_one(Input).value = text
    await pilot.press("enter")
    await settle(pilot, app)


async def test_s_toggles_the_offer_on_the_current_shortlist(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("j")
        offer_id = table(app).cursor_id
        assert offer_id is not None
        await pilot.press("s")
        await settle(pilot, app)
        assert offer_id in app.lists.shortlisted
        assert [e.offer_id for e in shortlists.entries(app.store, "default")] == [offer_id]
        assert "Added" in app.status.plain()
        assert "★" in "".join(s.text for s in table(app).render_line(2))
        # the shortlisted-only filter shows it alone; s again takes it off
        app.set_view(app.view.with_filters(shortlisted_only=True))
        assert table(app).rows and len(table(app).rows) == 1
        await pilot.press("s")
        await settle(pilot, app)
        assert offer_id not in app.lists.shortlisted and not table(app).rows
        # a named list: L switches, and s adds to it
        app.set_view(app.view.with_filters(shortlisted_only=False))
        await pilot.press("L")
        await answer(pilot, app, "nights")
        await pilot.press("s")
        await settle(pilot, app)
        assert app.view.shortlist == "nights"
        assert [e.offer_id for e in shortlists.entries(app.store, "nights")] == [table(app).cursor_id]


async def test_n_edits_the_note(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        offer_id = table(app).cursor_id
        await pilot.press("n")
        await answer(pilot, app, "ask about [tail] coverage")
        assert shortlists.notes(app.store) == {offer_id: "ask about [tail] coverage"}
        assert "✎" in "".join(s.text for s in table(app).render_line(1))
        await pilot.press("enter")
        assert "ask about [tail] coverage" in str(app.screen.query_one("#detail-0").render())


async def test_export_writes_the_shown_offers(db: Path, make_app: AppFactory, tmp_path: Path) -> None:
    app = make_app(db)
    out = tmp_path / "out" / "offers.csv"
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        app.set_view(app.view.with_filters(min_score=45))
        shown = [table(app).model.ranked[i].id for i in table(app).rows]  # type: ignore[union-attr]
        await pilot.press("n")
        await answer(pilot, app, "call Tuesday")
        await pilot.press("e")
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one(Input).value.endswith("scout-offers-2026-11-27.csv")
        await answer(pilot, app, str(out))
        await wait_for(pilot, lambda: "Exported" in app.status.plain())
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [int(r["offer_id"]) for r in rows] == shown
    assert rows[0]["note"] == "call Tuesday"


async def test_compare_marked_offers(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("C")
        assert not isinstance(app.screen, CompareScreen)
        assert "Mark 2 to 4" in app.status.plain()
        await pilot.press("c", "j", "c")
        assert "◆" in "".join(s.text for s in table(app).render_line(1))
        await pilot.press("C")
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert [r.id for r in screen.ranked] == app.compare_ids


async def test_picking_a_chart_bar_filters_the_table(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("v")
        screen = app.screen
        assert isinstance(screen, ChartsScreen)
        screen.dismiss(ChartFilter(kind="pay_basis", value="per_rvu"))
        await settle(pilot, app)
        assert app.view.filters.pay_basis == {"per_rvu"}
        shown = [table(app).model.ranked[i] for i in table(app).rows]  # type: ignore[union-attr]
        assert shown and all("per_rvu" in r.offer.terms.pay.models for r in shown)


async def test_profile_edits_rerank_and_cancel_restores(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        before = {r.id: r.score for r in app.model.ranked}  # type: ignore[union-attr]
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, ProfileScreen)
        faster = Profile(rvus_per_hour=14, licenses_held=("TX", "FL"))
        screen.post_message(ProfileScreen.Changed(faster))
        await wait_for(
            pilot,
            lambda: (
                app.model is not None
                and app.model.ranked[0].score != 0
                and {r.id: r.score for r in app.model.ranked} != before
            ),
        )
        assert app.profile == faster
        await pilot.press("escape")
        await wait_for(pilot, lambda: {r.id: r.score for r in app.model.ranked} == before)  # type: ignore[union-attr]
        assert app.profile == Profile()
        assert load_profile(None) == Profile()  # nothing was saved


async def test_add_offer_stores_and_selects_it(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("a")
        screen = app.screen
        assert isinstance(screen, AddOfferScreen)
        text = (
            "Night teleradiology, 1099, $58 per wRVU, fully remote, tail coverage included. "
            "Licences in TX and FL."
        )
        screen.dismiss(
            AddOfferRequest(text=text, title="Recruiter e-mail: nights", employer="Summit", url=None)
        )
        await wait_for(pilot, lambda: app.model is not None and len(app.model) == 41)
        offer_id = table(app).cursor_id
        ranked = app._ranked(offer_id)
        assert ranked is not None and ranked.offer.title == "Recruiter e-mail: nights"
        assert f"Stored as offer #{offer_id}" in app.status.plain()


async def test_detail_keys_act_on_its_offer(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("j", "j", "enter")
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        await pilot.press("s")
        await settle(pilot, app)
        assert screen.ranked.id in app.lists.shortlisted
        assert "★ shortlisted" in str(screen.query_one("#detail-0").render())
        await pilot.press("f", "v")  # main-screen keys do nothing here
        assert app.screen is screen


class LockedStore(Store):
    def query(self, name: str, **params: Any) -> list[dict[str, Any]]:
        raise StoreLockedError("the database is in use by another process")


async def test_busy_database_is_reported_not_fatal(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        app.store = LockedStore(db)
        await pilot.press("r")
        await wait_for(pilot, lambda: not app.loading)
        assert "Database busy" in app.status.plain()
        assert table(app).rows  # the offers already shown stay
        app.store = Store(db)
        await pilot.press("r")
        await wait_for(pilot, lambda: "Refreshed" in app.status.plain())


async def test_first_read_of_a_busy_file_is_retried(db: Path, make_app: AppFactory) -> None:
    app = make_app(db, store=LockedStore(db))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: "Database busy" in app.status.plain())
        assert app.model is None
        app.store = Store(db)
        await poll_until(pilot, app, lambda: app.model is not None)  # the next poll tries again
        await loaded(pilot, app)
        assert len(table(app).rows) == 40
