"""Scout's entries in the command palette (Ctrl+P) and the help screen's list of keys.

Both are generated from the same places as the keys themselves (the screens' BINDINGS and the
table's columns), so neither can drift from what the app does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand

from scout.tui.detail import DetailScreen
from scout.tui.empty import EmptyScreen
from scout.tui.filters import FilterPanel
from scout.tui.help import Section
from scout.tui.model import COLUMNS
from scout.tui.offers_table import OffersTable
from scout.tui.prompt import PromptScreen

if TYPE_CHECKING:
    from scout.tui.app import ScoutApp

_TOGGLES = (
    ("hide_critical", "offers with critical flags hidden"),
    ("licensed_only", "only offers in states you hold a licence in"),
    ("shortlisted_only", "only offers on the current shortlist"),
    ("new_only", "only offers new since the last scrape"),
    ("include_removed", "offers taken down included"),
)


def help_sections(app_class: type[App[None]]) -> list[Section]:
    """Every screen's keys, in the order a user meets them."""
    from scout.tui.add_offer import AddOfferScreen
    from scout.tui.charts import ChartsScreen
    from scout.tui.compare import CompareScreen
    from scout.tui.profile_screen import ProfileScreen

    return [
        ("Main screen", app_class.BINDINGS),
        ("Moving in the table", OffersTable.BINDINGS),
        ("Offer detail", DetailScreen.BINDINGS),
        ("Compare", CompareScreen.BINDINGS),
        ("Charts", ChartsScreen.BINDINGS),
        ("Profile", ProfileScreen.BINDINGS),
        ("Add an offer", AddOfferScreen.BINDINGS),
        ("Dialogs", PromptScreen.BINDINGS),
        ("First run", EmptyScreen.BINDINGS),
    ]


def system_commands(app: ScoutApp) -> Iterator[SystemCommand]:
    """Sort by each column, each filter toggle, and every action that has a key."""
    for column in COLUMNS:
        yield SystemCommand(
            f"Sort by {column.label}",
            column.help or f"order the table by {column.label}",
            partial(app.sort_by, column.key),
        )
    yield SystemCommand("Reverse the sort", "flip the table's order", app.action_sort_reverse)
    for facet, what in _TOGGLES:
        on = bool(getattr(app.view.filters, facet))
        yield SystemCommand(
            f"Filter: {'stop showing' if on else 'show'} {what}",
            "toggle this filter",
            partial(_toggle, app, facet),
        )
    yield SystemCommand("Filter panel", "show or hide every filter (f)", app.action_filters)
    yield SystemCommand("Clear filters and search", "show every offer again (x)", app.action_clear_filters)
    yield SystemCommand(
        "Export shown offers to CSV",
        "the offers in the table, in its order (e)",
        partial(app.action_export, False),
    )
    yield SystemCommand(
        "Export shortlist to CSV",
        "every offer on the current shortlist (E)",
        partial(app.action_export, True),
    )
    yield SystemCommand("Switch shortlist", "use another named shortlist (L)", app.action_switch_shortlist)
    yield SystemCommand("Switch light/dark theme", "remembered for next time (t)", app.action_toggle_theme)
    yield SystemCommand("Open profile", "pace, licences and ranking weights (p)", app.action_profile)
    yield SystemCommand("Charts", "pay against quota, $/wRVU, counts (v)", app.action_charts)
    yield SystemCommand("Compare marked offers", "side by side (C; mark with c)", app.action_compare)
    yield SystemCommand("Add an offer", "paste a recruiter's e-mail (a)", app.action_add_offer)
    yield SystemCommand("Refresh", "read the database again (r)", app.action_refresh)
    yield SystemCommand("Keys", "every key Scout answers to (?)", app.action_help)


def _toggle(app: ScoutApp, facet: str) -> None:
    flipped: dict[str, bool] = {facet: not getattr(app.view.filters, facet)}
    filters = replace(app.view.filters, **flipped)  # type: ignore[arg-type]
    app.query_one(FilterPanel).show(filters)
    app.set_view(replace(app.view, filters=filters))
