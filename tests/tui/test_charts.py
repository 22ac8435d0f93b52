"""The charts screen: plots render at both sizes, captions count what is left out, bars filter."""

from __future__ import annotations

from typing import Any

import pytest
from rich.text import Text
from textual.widgets import OptionList, Static, TabbedContent
from textual_plotext import PlotextPlot

from scout.rank import Ranked
from scout.tui.charts import ChartFilter, ChartsScreen, count_by, histogram, nice_ticks
from tests.tui.ranked_offers import CLEAN, ScreenApp, offer, ranked, run


def terms(**extra: Any) -> dict[str, Any]:
    return {**CLEAN, **extra}


def per_rvu(rate: float) -> dict[str, Any]:
    return {"models": ["per_rvu"], "per_rvu_usd": {"min": rate, "max": rate}}


def quota(per_hour: float) -> list[dict[str, Any]]:
    return [{"min": per_hour, "max": per_hour, "unit": "rvu", "per": "hour", "kind": "minimum"}]


def sample() -> list[Ranked]:
    """Four offers with pay and a quota, one without pay, one without a quota."""
    return ranked(
        [
            offer(1, terms(pay=per_rvu(45), volume=quota(7), licensing={"states": ["TX", "FL"]})),
            offer(
                2,
                terms(pay=per_rvu(55), volume=quota(9), employment_type="1099", licensing={"states": ["TX"]}),
            ),
            offer(3, terms(pay=per_rvu(60), volume=quota(8))),
            offer(
                4,
                terms(
                    pay={"models": ["salary"], "annual_usd": {"min": 500_000, "max": 600_000}},
                    volume=quota(10),
                ),
            ),
            offer(5, terms(volume=quota(8))),  # no pay figure
            offer(6, terms(pay={"models": ["hourly"], "hourly_usd": {"min": 300, "max": 300}})),  # no quota
        ]
    )


def caption(screen: ChartsScreen, name: str) -> str:
    return str(screen.query_one(f"#caption-{name}", Static).content)


def test_counts_and_helpers() -> None:
    offers = sample()
    states = count_by(offers, "state")
    assert [(b.value, b.count) for b in states.bars] == [("TX", 2), ("FL", 1)]
    assert states.silent == 4
    assert [(b.value, b.count) for b in count_by(offers, "employment_type").bars] == [("w2", 5), ("1099", 1)]
    assert count_by(offers, "pay_basis").silent == 1
    assert nice_ticks(18.8, 187.5) == [50.0, 100.0, 150.0]
    assert histogram([1, 2, 2, 9], bins=4) == ([2.0, 4.0, 6.0, 8.0], [3, 0, 0, 1])


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_charts_render_and_count_the_offers_left_out(size: tuple[int, int]) -> None:
    async def scenario() -> None:
        app = ScreenApp(ChartsScreen(sample(), selected_id=3))
        async with app.run_test(size=size) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ChartsScreen) and screen.ready
            text = caption(screen, "scatter")
            assert text.startswith("4 offers plotted")
            assert "1 offer without pay and 1 offer without a stated quota not plotted" in text
            assert "#3" in text
            plot = screen.query_one("#plot-scatter", PlotextPlot)
            assert plot.size.width > 40 and plot.size.height > 8
            drawn = plot.render()
            assert isinstance(drawn, Text) and "quota, % of your pace" in drawn.plain
            assert "◆" in drawn.plain  # the selected offer
            assert "1 offer without pay not plotted" in caption(screen, "per-rvu")

            await pilot.press("x")  # effective $/h against W-2-equivalent value
            text = caption(screen, "scatter")
            assert text.startswith("5 offers plotted; 1 offer without pay not plotted")
            assert "W-2 equivalent a year" in screen.query_one("#plot-scatter", PlotextPlot).render().plain

            await pilot.press("2")
            assert screen.query_one(TabbedContent).active == "per-rvu"
            await pilot.pause()
            assert "effective $/wRVU" in screen.query_one("#plot-per-rvu", PlotextPlot).render().plain

    run(scenario())


def test_enter_on_a_count_dismisses_with_its_filter() -> None:
    async def scenario() -> None:
        app = ScreenApp(ChartsScreen(sample(), selected_id=None))
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("4")  # employment type
            await pilot.pause()
            listing = app.screen.query_one("#list-employment_type", OptionList)
            assert listing.has_focus
            assert [listing.get_option_at_index(i).id for i in range(listing.option_count)] == ["w2", "1099"]
            await pilot.press("j", "enter")
            assert app.results == [ChartFilter(kind="employment_type", value="1099")]

    run(scenario())


def test_clicking_a_count_dismisses_with_its_filter() -> None:
    async def scenario() -> None:
        app = ScreenApp(ChartsScreen(sample(), selected_id=1))
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("5")  # states
            await pilot.pause()
            screen = app.screen
            listing = screen.query_one("#list-state", OptionList)
            first = listing.get_option_at_index(0).prompt
            assert isinstance(first, Text) and first.plain.startswith("◆ TX")  # offer 1 names TX
            assert "4 offers name no state" in caption(screen, "state")
            await pilot.click("#list-state", offset=(4, 2))  # the second line: FL
            assert app.results == [ChartFilter(kind="state", value="FL")]

    run(scenario())


def test_escape_closes_without_a_filter() -> None:
    async def scenario() -> None:
        app = ScreenApp(ChartsScreen(sample(), selected_id=None))
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.press("escape")
            assert app.results == [None]

    run(scenario())
