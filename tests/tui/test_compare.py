"""The compare screen: offers side by side, differing cells highlighted, best figures starred."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.widgets import DataTable, Static

from scout.rank import Ranked
from scout.tui.compare import BEST, CompareScreen, build_rows
from scout.tui.offer_facts import evidence_quotes, mid, workload_text
from tests.tui.ranked_offers import CLEAN, ScreenApp, offer, ranked, run

PAY_QUOTE = "$50 per wRVU"
TEXT_A = f"Remote neuro reads. We pay {PAY_QUOTE}, W-2 with benefits."


def three_offers() -> list[Ranked]:
    start = TEXT_A.index(PAY_QUOTE)
    a = offer(
        1,
        {
            **CLEAN,
            "pay": {"models": ["per_rvu"], "per_rvu_usd": {"min": 50, "max": 50}},
            "evidence": [
                {"field": "pay.per_rvu_usd", "start": start, "end": start + len(PAY_QUOTE), "text": PAY_QUOTE}
            ],
        },
        title="Neuro nights [bold]now[/bold]",
        text=TEXT_A,
    )
    b = offer(
        2,
        {
            **CLEAN,
            "employment_type": "1099",
            "pay": {"models": ["per_rvu"], "per_rvu_usd": {"min": 40, "max": 40}},
        },
    )
    c = offer(3, {**CLEAN, "pay": {"models": ["salary"], "annual_usd": {"min": 500_000, "max": 500_000}}})
    return ranked([a, b, c])


def cell(table: DataTable[object], row: str, column: str) -> Text:
    value = table.get_cell(row, column)
    assert isinstance(value, Text)
    return value


def test_rows_differ_only_where_the_offers_do() -> None:
    rows = {row.key: row for row in build_rows(three_offers())}
    assert rows["employment"].differs
    assert rows["employment"].cells == ["W-2 employee", "1099 contractor", "W-2 employee"]
    assert not rows["work_mode"].differs
    assert rows["effective_per_rvu"].best == {0}  # $50/wRVU as a W-2 beats $40 as 1099 and $500k salary
    assert rows["workload"].best == set()  # no quota stated anywhere: nothing to pick


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_differing_cells_are_highlighted_and_the_best_is_starred(size: tuple[int, int]) -> None:
    async def scenario() -> None:
        app = ScreenApp(CompareScreen(three_offers()))
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CompareScreen)
            table = screen.query_one(DataTable)
            assert "employment" in screen.differing and "work_mode" not in screen.differing
            differs = cell(table, "employment", "o1")
            same = cell(table, "work_mode", "o1")
            assert differs.plain == "1099 contractor"
            assert differs.spans and differs.spans[0].style.bold  # type: ignore[union-attr]
            assert same.spans and same.spans[0].style.dim  # type: ignore[union-attr]
            assert cell(table, "effective_per_rvu", "o0").plain.startswith(BEST)
            assert not cell(table, "effective_per_rvu", "o1").plain.startswith(BEST)
            # The cursor starts on the first term of the first offer, explained by the posting's words.
            assert table.cursor_coordinate.column == 1
            explain = screen.query_one("#compare-explain", Static)
            assert PAY_QUOTE in str(explain.content)
            app.theme = "textual-light"  # the highlights are rebuilt in the new theme's colours
            await pilot.pause()
            assert cell(table, "effective_per_rvu", "o0").plain.startswith(BEST)
            assert cell(table, "employment", "o1").spans[0].style != differs.spans[0].style

    run(scenario())


def test_d_keeps_only_the_rows_that_differ_and_escape_goes_back() -> None:
    async def scenario() -> None:
        app = ScreenApp(CompareScreen(three_offers()))
        async with app.run_test(size=(120, 40)) as pilot:
            table = app.screen.query_one(DataTable)
            everything = table.row_count
            table.move_cursor(row=table.get_row_index("employment"))
            await pilot.press("d")
            keys = {row.key.value for row in table.ordered_rows}
            assert table.row_count < everything
            assert "employment" in keys and "work_mode" not in keys and "title" in keys
            assert table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value == "employment"
            await pilot.press("escape")
            assert app.results == [None]

    run(scenario())


def test_four_offers_scroll_sideways_at_80x24_with_the_labels_kept() -> None:
    async def scenario() -> None:
        four = ranked(
            [offer(i, {**CLEAN, "pay": {"per_rvu_usd": {"min": 40 + i, "max": 40 + i}}}) for i in range(1, 5)]
        )
        app = ScreenApp(CompareScreen(four))
        async with app.run_test(size=(80, 24)) as pilot:
            table = app.screen.query_one(DataTable)
            assert table.fixed_columns == 1
            assert table.virtual_size.width > table.size.width
            await pilot.press("l", "l", "l")
            await pilot.pause()
            assert table.cursor_coordinate.column == 4
            assert table.scroll_x > 0
            assert cell(table, "effective_per_rvu", "o3").plain.startswith(BEST)

    run(scenario())


def test_posting_words_are_shown_literally() -> None:
    async def scenario() -> None:
        app = ScreenApp(CompareScreen(three_offers()))
        async with app.run_test(size=(120, 40)):
            table = app.screen.query_one(DataTable)
            assert cell(table, "title", "o0").plain == "Neuro nights [bold]now[/bold]"
            header = next(c for c in table.columns.values() if c.key.value == "o0")
            assert "[bold]now" in header.label.plain

    run(scenario())


def test_compare_needs_two_to_four_offers() -> None:
    offers = three_offers()
    with pytest.raises(ValueError, match="2 to 4"):
        CompareScreen(offers[:1])


def test_fact_helpers() -> None:
    a = three_offers()[0]
    assert mid((10.0, 20.0)) == 15.0 and mid((None, 20.0)) == 20.0 and mid(None) is None
    assert evidence_quotes(a, ("pay",)) == [PAY_QUOTE]
    assert workload_text(a.figures.workload) == "no quota stated"
