"""The main screen driven through the pilot: table, movement, sort, search, filters, detail."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Checkbox, Input, SelectionList, Static

from scout.profile import Profile
from scout.rank import rank_all
from scout.store import Store
from scout.tui.app import ScoutApp
from scout.tui.data import load_offers_quickly
from scout.tui.detail import DetailScreen, evidence_style
from scout.tui.empty import EmptyScreen
from scout.tui.filters import FilterPanel
from scout.tui.help import HelpScreen
from scout.tui.model import COLUMN_KEYS
from scout.tui.offers_table import OffersTable
from tests.tui.conftest import (
    MARKUP_TITLE,
    TODAY,
    Opened,
    add_markup_offer,
    fill,
    fixed_clock,
    loaded,
    poll_until,
    settle,
    wait_for,
)

AppFactory = Callable[..., ScoutApp]
pytestmark = pytest.mark.anyio


def shown_ids(app: ScoutApp) -> list[int]:
    table = app.query_one(OffersTable)
    assert table.model is not None
    return [table.model.ranked[i].id for i in table.rows]


def line_text(table: OffersTable, y: int) -> str:
    return "".join(segment.text for segment in table.render_line(y))


async def test_table_shows_every_offer_best_first(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        expected = rank_all(load_offers_quickly(app.store), Profile(), TODAY)
        assert shown_ids(app) == [r.id for r in expected]
        assert app.status.plain().startswith("40 of 40 offers")
        table = app.query_one(OffersTable)
        assert table.cursor == 0 and table.cursor_id == expected[0].id
        header = line_text(table, 0)
        assert "Score▼" in header and "Title" in header and "Pay as posted" in header
        assert f"{expected[0].score:.1f}" in line_text(table, 1)


async def test_vim_movement_and_pages(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 24)) as pilot:
        await loaded(pilot, app)
        table = app.query_one(OffersTable)
        await pilot.press("j", "j", "down")
        assert table.cursor == 3
        await pilot.press("k")
        assert table.cursor == 2
        await pilot.press("G")
        assert table.cursor == 39
        assert table.scroll_y > 0  # the cursor row is on screen
        await pilot.press("g")
        assert table.cursor == 0 and table.scroll_y == 0
        await pilot.press("ctrl+d")
        half = table.cursor
        assert half > 3
        await pilot.press("ctrl+u")
        assert table.cursor == 0
        await pilot.press("pagedown")
        assert table.cursor > half


async def test_sort_by_key_and_header_click(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        table = app.query_one(OffersTable)
        await pilot.press("greater_than_sign")  # the next column: title
        assert app.view.sort == "title" and not app.view.descending
        titles = [table.model.ranked[i].offer.title.casefold() for i in table.rows]  # type: ignore[union-attr]
        assert titles == sorted(titles)
        await pilot.press("I")
        assert app.view.descending
        # a click on the Eff. $/h header sorts by it (computed in a worker), a second click reverses
        x = sum(len(p) for p in line_text(table, 0).split("Eff. $/h")[:1]) + 2
        await pilot.click(OffersTable, offset=(x, 0))
        await settle(pilot, app)
        assert app.view.sort == "hourly" and app.view.descending
        hourly = [table.model.ranked[i].figures.effective_hourly_usd for i in table.rows]  # type: ignore[union-attr]
        mids = [(lo + hi) / 2 for lo, hi in (h for h in hourly if h and None not in h)]  # type: ignore[operator]
        assert mids == sorted(mids, reverse=True)
        await pilot.click(OffersTable, offset=(x, 0))
        await settle(pilot, app)
        assert app.view.sort == "hourly" and not app.view.descending
        assert "Eff. $/h ▲" in line_text(table, 0)


async def test_fuzzy_search_narrows_and_escape_clears(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("slash")
        assert app.query_one("#search", Input).has_focus
        await pilot.press(*"neuroradiologist")
        neuro = shown_ids(app)
        assert 0 < len(neuro) < 40
        for offer_id in neuro:
            assert "neuroradiologist" in app._ranked(offer_id).offer.text.lower()  # type: ignore[union-attr]
        assert "/neuroradiologist" in app.status.plain()
        await pilot.press("enter")
        assert app.query_one(OffersTable).has_focus
        # a misspelt word still finds them, and every word must match
        app.query_one("#search", Input).value = "nueroradiologist"
        await pilot.pause()
        assert shown_ids(app) == neuro
        app.query_one("#search", Input).value = "neuroradiologist zzzzqqq"
        await pilot.pause()
        assert shown_ids(app) == []
        assert "No offer matches" in line_text(app.query_one(OffersTable), 2)
        await pilot.press("escape")
        assert app.view.search == "" and len(shown_ids(app)) == 40


async def test_filters_panel(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("f")
        panel = app.query_one(FilterPanel)
        assert panel.display
        app.query_one("#f-employment", SelectionList).select("w2")
        await pilot.pause()
        assert app.view.filters.employment == {"w2"}
        for offer_id in shown_ids(app):
            assert app._ranked(offer_id).offer.terms.employment_type in ("w2", "either")  # type: ignore[union-attr]
        app.query_one("#f-hide_critical", Checkbox).value = True
        await pilot.pause()
        for offer_id in shown_ids(app):
            assert all(level != "critical" for _, level in app._ranked(offer_id).flag_levels)  # type: ignore[union-attr]
        app.query_one("#f-min_score", Input).value = "50"
        await pilot.pause()
        assert all(app._ranked(i).score >= 50 for i in shown_ids(app))  # type: ignore[union-attr]
        assert "score ≥ 50" in app.status.plain()
        await pilot.press("escape")
        assert app.query_one(OffersTable).has_focus
        await pilot.press("x")
        assert app.view.filters.employment == frozenset() and len(shown_ids(app)) == 40
        assert not app.query_one("#f-hide_critical", Checkbox).value


async def test_detail_highlights_evidence_and_opens_the_posting(db: Path, make_app: AppFactory) -> None:
    opened = Opened()
    app = make_app(db, opener=opened)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("j", "enter")
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        ranked = screen.ranked
        assert ranked.id == shown_ids(app)[1]
        text = screen.query_one("#detail-text", Static).visual
        assert isinstance(text, Text) or hasattr(text, "plain")
        rendered = screen.query_one("#detail-text", Static).render()
        plain = str(rendered)
        assert ranked.offer.title in plain
        evidence = ranked.offer.terms.evidence[0]
        styled = [s for s in _spans(screen) if (s.start, s.end) == (evidence.start, evidence.end)]
        assert styled and styled[0].style == evidence_style(evidence.field)
        await pilot.press("o")
        assert opened == [ranked.offer.sources[0]["url"]]
        await settle(pilot, app)
        assert "no change to its terms" in str(screen.query_one("#detail-history", Static).render())
        await pilot.press("escape")
        assert not isinstance(app.screen, DetailScreen)


def _spans(screen: DetailScreen) -> list[object]:
    from scout.tui.detail import highlighted_text

    return list(highlighted_text(screen.ranked.offer.terms, screen.ranked.offer.text).spans)


async def test_posting_text_is_never_markup(tmp_path: Path, make_app: AppFactory) -> None:
    path = tmp_path / "markup.duckdb"
    store = fill(path, 3)
    offer_id = add_markup_offer(store)
    app = make_app(path)
    async with app.run_test(size=(200, 30)) as pilot:
        await loaded(pilot, app)
        table = app.query_one(OffersTable)
        assert table.go_to(offer_id)
        row = line_text(table, table.cursor + 1)
        assert "[bold]Night reads[/bold]" in row
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        head = str(screen.query_one("#detail-0", Static).render())
        assert MARKUP_TITLE in head and "[i]Acme[/i]" in head
        body = str(screen.query_one("#detail-text", Static).render())
        assert "[link=https://evil.example]apply here[/link] [/]" in body


async def test_empty_database_shows_first_run_then_offers(tmp_path: Path, make_app: AppFactory) -> None:
    path = tmp_path / "empty.duckdb"
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EmptyScreen))
        text = str(app.screen.query_one("#empty-text", Static).render())
        assert "scout scrape" in text and "scout demo" in text
        fill(path, 5, sources=("acr",))  # a scrape lands while the TUI is open
        await poll_until(
            pilot,
            app,
            lambda: not isinstance(app.screen, EmptyScreen) and app.model is not None and len(app.model) == 5,
        )
        assert len(shown_ids(app)) == 5


async def test_live_refresh_keeps_cursor_sort_and_search(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("j", "j", "j")
        chosen = app.query_one(OffersTable).cursor_id
        await pilot.press("greater_than_sign")
        fill(db, 10, start=1000, sources=("acr",))  # the cron scrape finishes
        await poll_until(pilot, app, lambda: app.model is not None and len(app.model) == 50)
        assert app.view.sort == "title"
        assert app.query_one(OffersTable).cursor_id == chosen
        assert "New offers from the scrape" in app.status.plain()


async def test_state_survives_restart(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("greater_than_sign", "slash", *"teleradiologist", "enter", "j", "j", "t")
        app.query_one("#f-hide_critical", Checkbox).value = True
        await pilot.pause()
        cursor = app.query_one(OffersTable).cursor_id
        view = app.view
        await pilot.press("q")
    again = make_app(db)
    async with again.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, again)
        assert again.view == view
        assert again.view.filters.hide_critical and again.view.search == "teleradiologist"
        assert again.query_one(OffersTable).cursor_id == cursor
        assert again.query_one("#search", Input).value == "teleradiologist"
        assert again.query_one("#f-hide_critical", Checkbox).value
        assert again.theme == "textual-light"


async def test_help_lists_every_key(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-keys", Static).render())
        for binding in (*ScoutApp.BINDINGS, *OffersTable.BINDINGS, *DetailScreen.BINDINGS):
            description = binding.description  # type: ignore[union-attr]
            if description:
                assert description in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_usable_at_80_by_24(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot, app)
        table = app.query_one(OffersTable)
        assert table.size.height >= 20  # header + 19 offers on screen
        header = line_text(table, 0)
        assert "Score" in header and "Title" in header and "Pay as posted" in header
        await pilot.press("l", "l", "l")
        header = line_text(table, 0)
        assert "Score" in header and "Title" in header and "Employer" in header
        assert "Pay as posted" not in header
        assert len(app.status.plain()) <= 80


def test_every_column_can_be_sorted() -> None:
    assert set(COLUMN_KEYS) >= {
        "score",
        "title",
        "employer",
        "mode",
        "type",
        "pay",
        "hourly",
        "quota",
        "tail",
        "flags",
        "missing",
        "sources",
        "first_seen",
    }


async def test_mouse_selects_and_opens(db: Path, make_app: AppFactory) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        table = app.query_one(OffersTable)
        await pilot.click(OffersTable, offset=(20, 4))  # the header is line 0: row 3
        assert table.cursor == 3
        await pilot.click(OffersTable, offset=(20, 4), times=2)
        assert isinstance(app.screen, DetailScreen) and app.screen.ranked.id == shown_ids(app)[3]


async def test_a_running_scrape_is_read_once_it_finishes(db: Path, make_app: AppFactory) -> None:
    from tests.tui.make_offers import synthetic_posting

    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        store = Store(db, clock=fixed_clock)
        run_id = store.start_run("acr")
        posting, terms = synthetic_posting(5000, random.Random(1), "acr")
        store.save_batch(run_id, [posting], terms={(posting.source, posting.source_id): terms})
        await poll_until(pilot, app, lambda: "scrape running: acr" in app.status.plain())
        for _ in range(3):
            app.poll()
            await pilot.pause(0.05)
        assert len(app.model) == 40  # type: ignore[arg-type]
        store.finish_run(run_id, "ok", complete=False)
        await poll_until(pilot, app, lambda: app.model is not None and len(app.model) == 41)
        assert "last scrape just now" in app.status.plain() or "New offers" in app.status.plain()
