"""The filter panel (`f`): what the table shows, by terms, licences, score, flags and list.

Every change applies at once (the panel posts `FilterPanel.Changed`); the app owns the filters and
pushes them back with `show` after a restore, a chart pick or "clear filters".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import get_args

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Checkbox, Input, Label, SelectionList
from textual.widgets.selection_list import Selection

from scout.extract.contract import Shift, Subspecialty
from scout.ranking_defaults import FLAG_CATALOGUE
from scout.tui.state import VALUE_LABELS, Filters

NOT_STATED = (VALUE_LABELS["unknown"], "unknown")
CHOICES: dict[str, tuple[str, Sequence[tuple[str, str]]]] = {
    "employment": ("Employment", (("W-2 employee", "w2"), ("1099 contractor", "1099"), NOT_STATED)),
    "pay_basis": (
        "Pay basis",
        (
            ("per wRVU", "per_rvu"),
            ("per study", "per_study"),
            ("per shift", "per_shift"),
            ("hourly", "hourly"),
            ("daily", "daily"),
            ("salary", "salary"),
            NOT_STATED,
        ),
    ),
    "shifts": (
        "Shift",
        (
            *((s, s) for s in get_args(Shift)),
            NOT_STATED,
        ),
    ),
    "subspecialties": (
        "Subspecialty",
        (
            *((s, s) for s in get_args(Subspecialty)),
            NOT_STATED,
        ),
    ),
    "work_modes": (
        "Work mode",
        (("remote", "remote"), ("hybrid", "hybrid"), ("on site", "onsite"), NOT_STATED),
    ),
    "flags": ("Has red flag", tuple((spec.id.replace("_", " "), spec.id) for spec in FLAG_CATALOGUE)),
}
CHECKS: tuple[tuple[str, str], ...] = (
    ("licensed_only", "Only states I hold a licence in"),
    ("hide_critical", "Hide offers with critical flags"),
    ("shortlisted_only", "On the current shortlist only"),
    ("new_only", "New since the last scrape"),
    ("include_removed", "Include offers taken down"),
)


def parse_states(text: str) -> frozenset[str]:
    """`tx, FL ny` -> {TX, FL, NY}: two-letter codes, anything else ignored."""
    words = text.replace(",", " ").split()
    return frozenset(w.upper() for w in words if len(w) == 2 and w.isalpha())


def parse_score(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 0 <= value <= 100 else None


class FilterPanel(VerticalScroll, can_focus=False):
    """A scrollable column of filters beside the table."""

    class Changed(Message):
        def __init__(self, filters: Filters) -> None:
            super().__init__()
            self.filters = filters

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.filters = Filters()

    def compose(self) -> ComposeResult:
        yield Label("Filters · x clears · esc back", classes="filters-title")
        for key, (label, options) in CHOICES.items():
            yield Label(label, classes="filters-heading")
            yield SelectionList[str](
                *(Selection(text, value) for text, value in options), id=f"f-{key}", compact=True
            )
        for key, label in CHECKS:
            yield Checkbox(label, id=f"f-{key}", compact=True)
        yield Label("Minimum score", classes="filters-heading")
        yield Input(placeholder="0-100", id="f-min_score", type="number", compact=True)
        yield Label("States named in the posting", classes="filters-heading")
        yield Input(placeholder="e.g. TX FL", id="f-states", compact=True)

    def show(self, filters: Filters) -> None:
        """Set every widget to these filters without posting Changed."""
        self.filters = filters
        with self.prevent(SelectionList.SelectedChanged, Checkbox.Changed, Input.Changed):
            for key in CHOICES:
                selection = self.query_one(f"#f-{key}", SelectionList)
                wanted: frozenset[str] = getattr(filters, key)
                known = {value for _, value in CHOICES[key][1]}
                if set(selection.selected) != wanted:
                    selection.deselect_all()
                    for value in sorted(wanted & known):
                        selection.select(value)
            for key, _ in CHECKS:
                self.query_one(f"#f-{key}", Checkbox).value = bool(getattr(filters, key))
            score = self.query_one("#f-min_score", Input)
            if parse_score(score.value) != filters.min_score:
                score.value = "" if filters.min_score is None else f"{filters.min_score:g}"
            states = self.query_one("#f-states", Input)
            if parse_states(states.value) != filters.states:
                states.value = " ".join(sorted(filters.states))

    def _changed(self, **changes: object) -> None:
        self.filters = replace(self.filters, **changes)  # type: ignore[arg-type]
        self.post_message(self.Changed(self.filters))

    @on(SelectionList.SelectedChanged)
    def _selection(self, event: SelectionList.SelectedChanged[str]) -> None:
        key = (event.selection_list.id or "").removeprefix("f-")
        self._changed(**{key: frozenset(event.selection_list.selected)})

    @on(Checkbox.Changed)
    def _check(self, event: Checkbox.Changed) -> None:
        key = (event.checkbox.id or "").removeprefix("f-")
        self._changed(**{key: event.value})

    @on(Input.Changed, "#f-min_score")
    def _score(self, event: Input.Changed) -> None:
        self._changed(min_score=parse_score(event.value))

    @on(Input.Changed, "#f-states")
    def _states(self, event: Input.Changed) -> None:
        self._changed(states=parse_states(event.value))
