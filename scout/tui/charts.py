"""Charts of the offers: effective $/hour against quota (or W-2-equivalent value), the spread of
effective $/wRVU, and counts by pay basis, employment type, state and red flag.

Picking a count (Enter or a click in the list beside its bars) dismisses the screen with a
`ChartFilter` that the app applies to the table. The figures' values are computed in a worker
(they are worked out lazily: a fraction of a second for 20,000 offers); offers whose figure is
unknown are left out of a plot and counted in its caption.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option
from textual_plotext import PlotextPlot

from scout.rank import Ranked
from scout.tui.offer_facts import EMPLOYMENT_LABELS, PAY_BASIS_LABELS, flag_label, mid

FilterKind = Literal["pay_basis", "employment_type", "state", "flag"]
XAxis = Literal["quota", "w2"]
KINDS: tuple[FilterKind, ...] = ("pay_basis", "employment_type", "state", "flag")
KIND_TITLES: dict[FilterKind, str] = {
    "pay_basis": "Pay basis",
    "employment_type": "Employment",
    "state": "States",
    "flag": "Flags",
}
TABS = ("scatter", "per-rvu", *(f"bars-{k}" for k in KINDS))
MAX_BARS = 10
SELECTED_MARK = "◆"


@dataclass(frozen=True, slots=True)
class ChartFilter:
    """What a picked bar asks the table to show: offers whose `kind` includes `value`.

    Values are the terms vocabulary: pay_basis "per_rvu", "per_study", "per_shift", "hourly", "daily",
    "salary"; employment_type "w2", "1099", "either"; state a two-letter code from licensing.states;
    flag a flag id such as "tail_not_covered".
    """

    kind: FilterKind
    value: str


@dataclass(frozen=True, slots=True)
class OfferPoint:
    """The figures one offer contributes to the plots (middle of each range; None when unknown)."""

    id: int
    hourly: float | None
    quota_share: float | None  # share of the user's pace, 1.0 = exactly the pace
    w2: float | None
    per_rvu: float | None


@dataclass(frozen=True, slots=True)
class Bar:
    value: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Counts:
    """Offers counted by one term; `silent` offers do not state it."""

    kind: FilterKind
    bars: tuple[Bar, ...]
    silent: int


def offer_point(r: Ranked) -> OfferPoint:
    f = r.figure_values  # the numbers alone: building the figures' how-strings would take seconds
    return OfferPoint(
        r.id,
        mid(f.effective_hourly_usd),
        mid(f.share_of_your_pace),
        mid(f.w2_equivalent_usd),
        mid(f.effective_per_rvu_usd),
    )


def _values(r: Ranked, kind: FilterKind) -> Iterable[str]:
    t = r.offer.terms
    if kind == "pay_basis":
        return set(t.pay.models)
    if kind == "employment_type":
        return [t.employment_type] if t.employment_type else []
    if kind == "state":
        return {s.upper() for s in t.licensing.states}
    return set(r.flag_ids)


def count_by(ranked: Sequence[Ranked], kind: FilterKind) -> Counts:
    """How many offers state each value of a term, most common first."""
    counter: Counter[str] = Counter()
    silent = 0
    for r in ranked:
        values = list(_values(r, kind))
        counter.update(values)
        silent += not values
    label: Callable[[str], str] = {
        "pay_basis": lambda v: PAY_BASIS_LABELS.get(v, v),
        "employment_type": lambda v: EMPLOYMENT_LABELS.get(v, v),
        "state": lambda v: v,
        "flag": flag_label,
    }[kind]
    bars = tuple(Bar(v, label(v), n) for v, n in sorted(counter.items(), key=lambda vn: (-vn[1], vn[0])))
    return Counts(kind, bars, silent)


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) covering lo..hi."""
    span = hi - lo or abs(hi) or 1.0
    raw = span / max(1, n - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = []
    value = math.ceil(lo / step) * step
    while value <= hi + step * 1e-9:
        ticks.append(value)
        value += step
    return ticks


def histogram(values: Sequence[float], bins: int) -> tuple[list[float], list[int]]:
    """Bin centres and counts over the values' range, in equal-width bins."""
    lo, hi = min(values), max(values)
    width = (hi - lo) / bins or 1.0
    heights = [0] * bins
    for v in values:
        heights[min(bins - 1, int((v - lo) / width))] += 1
    return [lo + width * (i + 0.5) for i in range(bins)], heights


def _counts_ticks(top: int) -> list[float]:
    return [t for t in nice_ticks(0, top) if t == int(t)] or [0.0, float(top)]


def _offers(n: int) -> str:
    return f"{n} offer{'s' if n != 1 else ''}"


def scatter_caption(points: Sequence[OfferPoint], axis: XAxis) -> str:
    without_pay = sum(p.hourly is None for p in points)
    without_x = sum(
        p.hourly is not None and (p.quota_share if axis == "quota" else p.w2) is None for p in points
    )
    plotted = len(points) - without_pay - without_x
    parts = [f"{_offers(plotted)} plotted"]
    left_out = []
    if without_pay:
        left_out.append(f"{_offers(without_pay)} without pay")
    if without_x:
        left_out.append(f"{_offers(without_x)} without a stated quota")  # W-2 value is known when pay is
    if left_out:
        parts.append(" and ".join(left_out) + " not plotted")
    return "; ".join(parts)


def per_rvu_caption(points: Sequence[OfferPoint]) -> str:
    without = sum(p.per_rvu is None for p in points)
    caption = f"{_offers(len(points) - without)} plotted"
    return caption + (f"; {_offers(without)} without pay not plotted" if without else "")


def counts_caption(counts: Counts) -> str:
    what = {
        "pay_basis": "name no pay basis",
        "employment_type": "state no employment type",
        "state": "name no state",
        "flag": "have no red flags",
    }[counts.kind]
    parts = [f"{_offers(counts.silent)} {what}"] if counts.silent else []
    if len(counts.bars) > MAX_BARS:
        parts.append(f"top {MAX_BARS} of {len(counts.bars)} plotted; the list has all")
    parts.append("Enter filters the table")
    return "; ".join(parts)


class ChartsScreen(Screen[ChartFilter | None]):
    """Plots and counts of the offers given; dismisses with a ChartFilter when a count is picked."""

    DEFAULT_CSS = """
    ChartsScreen #charts-title {
        height: 1;
        padding: 0 1;
        background: $panel;
    }
    ChartsScreen TabbedContent {
        height: 1fr;
    }
    ChartsScreen TabPane {
        padding: 0;
    }
    ChartsScreen .chart-body {
        height: 1fr;
    }
    ChartsScreen .chart-body PlotextPlot {
        width: 1fr;
        height: 1fr;
    }
    ChartsScreen .chart-body OptionList {
        width: 35;
        height: 1fr;
    }
    ChartsScreen .caption {
        height: auto;
        max-height: 2;
        padding: 0 1;
        color: $text-muted;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Back"),
        Binding("x", "toggle_axis", "Quota ↔ W-2"),
        Binding("left,h", "tab(-1)", "Previous chart", show=False),
        Binding("right,l", "tab(1)", "Next chart", show=False),
        Binding("j", "list('down')", "Down", show=False),
        Binding("k", "list('up')", "Up", show=False),
        *(Binding(str(i + 1), f"show('{tab}')", show=False) for i, tab in enumerate(TABS)),
    ]

    class DataReady(Message):
        """The worker's figures for every offer, ready to plot."""

        def __init__(self, points: list[OfferPoint], counts: dict[FilterKind, Counts]) -> None:
            super().__init__()
            self.points = points
            self.counts = counts

    def __init__(self, ranked: Sequence[Ranked], selected_id: int | None) -> None:
        super().__init__()
        self.ranked: tuple[Ranked, ...] = tuple(ranked)
        self.selected_id = selected_id
        self.x_axis: XAxis = "quota"
        self.points: list[OfferPoint] = []
        self.counts: dict[FilterKind, Counts] = {}
        self.ready = False

    def compose(self) -> ComposeResult:
        yield Static(id="charts-title")
        with TabbedContent(initial="scatter"):
            with TabPane("1 Pay×quota", id="scatter"), Vertical(classes="chart-body"):
                yield PlotextPlot(id="plot-scatter")
                yield Static(id="caption-scatter", classes="caption")
            with TabPane("2 $/wRVU", id="per-rvu"), Vertical(classes="chart-body"):
                yield PlotextPlot(id="plot-per-rvu")
                yield Static(id="caption-per-rvu", classes="caption")
            for i, kind in enumerate(KINDS, start=3):
                with TabPane(f"{i} {KIND_TITLES[kind]}", id=f"bars-{kind}"), Vertical(classes="chart-body"):
                    with Horizontal():
                        yield PlotextPlot(id=f"plot-{kind}")
                        yield OptionList(id=f"list-{kind}")
                    yield Static(id=f"caption-{kind}", classes="caption")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#charts-title", Static).update(self._title())
        self.query_one(TabbedContent).loading = True
        self._compute(self.ranked)

    def _title(self) -> Text:
        title = Text.assemble((f"Charts · {_offers(len(self.ranked))}", "bold"), "  1–6 or ←→ switch chart")
        selected = self._selected()
        if selected is not None:
            title.append(f"  {SELECTED_MARK} #{selected.id} {selected.offer.title}")
        return title

    def _selected(self) -> Ranked | None:
        return next((r for r in self.ranked if r.id == self.selected_id), None)

    @work(thread=True, exclusive=True)
    def _compute(self, ranked: Sequence[Ranked]) -> None:
        """Figures and counts for every offer, off the UI thread; touches no widget."""
        points = [offer_point(r) for r in ranked]
        counts = {kind: count_by(ranked, kind) for kind in KINDS}
        self.post_message(self.DataReady(points, counts))

    @on(DataReady)
    def _data_ready(self, message: DataReady) -> None:
        self.points = message.points
        self.counts = message.counts
        self.ready = True
        self.query_one(TabbedContent).loading = False
        self._draw_scatter()
        self._draw_per_rvu()
        for kind in KINDS:
            self._draw_counts(kind)

    # --- drawing ---------------------------------------------------------------------------------

    def _draw_scatter(self) -> None:
        plot = self.query_one("#plot-scatter", PlotextPlot)
        plt = plot.plt
        plt.clear_figure()
        quota = self.x_axis == "quota"
        xs: list[float] = []
        ys: list[float] = []
        mark: tuple[float, float] | None = None
        for p in self.points:
            x = (p.quota_share * 100 if p.quota_share is not None else None) if quota else p.w2
            if x is None or p.hourly is None:
                continue
            x = x if quota else x / 1000
            if p.id == self.selected_id:
                mark = (x, p.hourly)
            else:
                xs.append(x)
                ys.append(p.hourly)
        all_x = xs + ([mark[0]] if mark else [])
        all_y = ys + ([mark[1]] if mark else [])
        if all_x:
            if quota and min(all_x) <= 100 <= max(all_x):
                plt.vline(100, "gray")  # your pace
            ticks = nice_ticks(min(all_x), max(all_x))
            plt.xticks(ticks, [f"{t:.0f}%" if quota else f"${t:,.0f}k" for t in ticks])
            ticks = nice_ticks(min(all_y), max(all_y))
            plt.yticks(ticks, [f"${t:,.0f}" for t in ticks])
        if xs:
            plt.scatter(xs, ys, marker="dot")
        if mark is not None:
            plt.scatter([mark[0]], [mark[1]], marker=SELECTED_MARK, color="red")
        plt.xlabel("quota, % of your pace (line: your pace)" if quota else "W-2 equivalent a year")
        plt.ylabel("effective $/h")
        caption = scatter_caption(self.points, self.x_axis)
        caption += f" · x switches to {'W-2 value' if quota else 'quota'}"
        self.query_one("#caption-scatter", Static).update(caption + self._selected_note(mark is not None))
        plot.refresh()

    def _draw_per_rvu(self) -> None:
        plot = self.query_one("#plot-per-rvu", PlotextPlot)
        plt = plot.plt
        plt.clear_figure()
        values = [p.per_rvu for p in self.points if p.per_rvu is not None]
        if values:
            centres, heights = histogram(values, bins=min(30, max(5, len(values) // 3)))
            plt.bar(centres, heights, width=1)
            ticks = nice_ticks(min(values), max(values))
            plt.xticks(ticks, [f"${t:,.0f}" for t in ticks])
            plt.yticks(_counts_ticks(max(heights)))
        marked = next((p.per_rvu for p in self.points if p.id == self.selected_id), None)
        if marked is not None:
            plt.vline(marked, "red")
        plt.xlabel("effective $/wRVU at your pace")
        plt.ylabel("offers")
        caption = per_rvu_caption(self.points) + self._selected_note(marked is not None, "red line")
        self.query_one("#caption-per-rvu", Static).update(caption)
        plot.refresh()

    def _selected_note(self, shown: bool, how: str = SELECTED_MARK) -> str:
        if self.selected_id is None or self._selected() is None:
            return ""
        if shown:
            return f" · {how}: #{self.selected_id}"
        return f" · #{self.selected_id} has no figure here"

    def _draw_counts(self, kind: FilterKind) -> None:
        counts = self.counts[kind]
        plot = self.query_one(f"#plot-{kind}", PlotextPlot)
        plt = plot.plt
        plt.clear_figure()
        top = counts.bars[:MAX_BARS]
        if top:
            # Plotext draws the first bar at the bottom: reversed, the biggest is at the top like the list.
            plt.bar(
                [b.label for b in reversed(top)],
                [b.count for b in reversed(top)],
                orientation="horizontal",
                width=0.6,
            )
            plt.xticks(_counts_ticks(top[0].count))
        plot.refresh()
        selected = self._selected()
        mine = set(_values(selected, kind)) if selected is not None else set()
        options = []
        for bar in counts.bars:
            prompt = Text(f"{SELECTED_MARK} " if bar.value in mine else "  ", style="bold red")
            label = bar.label if len(bar.label) <= 22 else bar.label[:21] + "…"
            prompt.append(f"{label:<22}")
            prompt.append(f"{bar.count:>5}", style="bold")
            options.append(Option(prompt, id=bar.value))
        option_list = self.query_one(f"#list-{kind}", OptionList)
        option_list.clear_options()
        option_list.add_options(options)
        if options:
            option_list.highlighted = 0
        self.query_one(f"#caption-{kind}", Static).update(counts_caption(counts))

    # --- picking and keys ------------------------------------------------------------------------

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        list_id = event.option_list.id or ""
        kind = next(k for k in KINDS if list_id == f"list-{k}")
        if event.option_id is not None:
            self.dismiss(ChartFilter(kind=kind, value=event.option_id))

    @on(TabbedContent.TabActivated)
    def _tab_shown(self, event: TabbedContent.TabActivated) -> None:
        pane = event.pane.id or ""
        if pane.startswith("bars-"):
            self.query_one(f"#list-{pane.removeprefix('bars-')}", OptionList).focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_toggle_axis(self) -> None:
        self.x_axis = "w2" if self.x_axis == "quota" else "quota"
        self.query_one(TabbedContent).active = "scatter"
        if self.ready:
            self._draw_scatter()

    def action_show(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

    def action_tab(self, step: int) -> None:
        tabs = self.query_one(TabbedContent)
        at = TABS.index(tabs.active) if tabs.active in TABS else 0
        tabs.active = TABS[(at + step) % len(TABS)]

    def action_list(self, direction: str) -> None:
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_cursor_down() if direction == "down" else focused.action_cursor_up()
