"""Two to four offers side by side, term by term and figure by figure, with differences highlighted.

One row per term or figure and one column per offer; the label column stays put while wide tables
scroll sideways (80x24 shows two offers at a time). Cells that differ across the offers are bold in
the accent colour, rows where all agree are dimmed (`d` hides them), and the best value of each
figure is marked ★. The line under the table explains the cell under the cursor: the posting's
own words for a term, "how computed" for a figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.coordinate import Coordinate
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from scout.rank import Ranked
from scout.ranking_defaults import FLAGS_BY_ID
from scout.tui.offer_facts import FIGURE_FACTS, TERM_FACTS, Fact, explain, flag_label

LABEL_WIDTH = 17
MIN_COLUMN = 18
MAX_COLUMN = 40
BEST = "★ "
IDENTITY = ("title", "employer")  # rows that name the offer: never highlighted, never hidden
_SEVERITY_RANK = {"critical": 0, "warning": 1, "note": 2}


@dataclass(slots=True)
class CompareRow:
    """One row of the comparison: its cells as plain text and what sets them apart."""

    key: str
    label: str
    cells: list[str]
    section: bool = False
    fact: Fact | None = None
    flag_id: str | None = None
    best: frozenset[int] = field(default_factory=frozenset)

    @property
    def differs(self) -> bool:
        return not self.section and self.key not in IDENTITY and len(set(self.cells)) > 1


def build_rows(ranked: Sequence[Ranked]) -> list[CompareRow]:
    """Every row of the comparison, in display order, with the best value of each figure picked."""
    rows = [
        CompareRow("title", "Title", [r.offer.title for r in ranked]),
        CompareRow("employer", "Employer", [r.offer.employer or "not stated" for r in ranked]),
        CompareRow("section:terms", "TERMS", ["" for _ in ranked], section=True),
    ]
    rows += [CompareRow(f.key, f.label, [f.text(r) for r in ranked], fact=f) for f in TERM_FACTS]
    rows.append(CompareRow("section:figures", "FIGURES", ["" for _ in ranked], section=True))
    for f in FIGURE_FACTS:
        rows.append(CompareRow(f.key, f.label, [f.text(r) for r in ranked], fact=f, best=_best(f, ranked)))
    flag_ids = sorted(
        {fid for r in ranked for fid in r.flag_ids},
        key=lambda fid: (_SEVERITY_RANK[FLAGS_BY_ID[fid].severity], fid),
    )
    if flag_ids:
        rows.append(CompareRow("section:flags", "RED FLAGS", ["" for _ in ranked], section=True))
    for fid in flag_ids:
        cells: list[str] = []
        for r in ranked:
            severity = next((f.severity for f in r.flags if f.id == fid), None)
            cells.append(severity or "—")
        rows.append(CompareRow(f"flag:{fid}", flag_label(fid), cells, flag_id=fid))
    return rows


def _best(fact: Fact, ranked: Sequence[Ranked]) -> frozenset[int]:
    """The columns holding the best known value, when the offers differ on it."""
    if fact.value is None or fact.better is None:
        return frozenset()
    values = [fact.value(r) for r in ranked]
    known = [v for v in values if v is not None]
    if len(known) < 2 or len(set(known)) == 1:
        return frozenset()
    top = max(known) if fact.better == "higher" else min(known)
    return frozenset(i for i, v in enumerate(values) if v == top)


class CompareScreen(Screen[None]):
    """Two to four offers side by side; escape goes back to the table."""

    DEFAULT_CSS = """
    CompareScreen {
        layout: vertical;
    }
    CompareScreen #compare-title {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text;
    }
    CompareScreen #compare-table {
        height: 1fr;
    }
    CompareScreen #compare-explain {
        height: 3;
        padding: 0 1;
        background: $boost;
        color: $text-muted;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Back"),
        Binding("d", "toggle_same", "Differences only"),
        Binding("j", "cursor('down')", "Down", show=False),
        Binding("k", "cursor('up')", "Up", show=False),
        Binding("h", "cursor('left')", "Left", show=False),
        Binding("l", "cursor('right')", "Right", show=False),
        Binding("g", "cursor('top')", "Top", show=False),
        Binding("G", "cursor('bottom')", "Bottom", show=False),
    ]

    def __init__(self, ranked: Sequence[Ranked]) -> None:
        if not 2 <= len(ranked) <= 4:
            raise ValueError(f"compare takes 2 to 4 offers, not {len(ranked)}")
        super().__init__()
        self.ranked: tuple[Ranked, ...] = tuple(ranked)
        self.rows: list[CompareRow] = build_rows(self.ranked)
        self.differences_only = False
        self._built_width = 0

    @property
    def differing(self) -> set[str]:
        """Keys of the rows whose cells are not all the same."""
        return {row.key for row in self.rows if row.differs}

    def compose(self) -> ComposeResult:
        yield Static(id="compare-title")
        yield DataTable(id="compare-table", cursor_type="cell", zebra_stripes=False)
        yield Static(id="compare-explain")
        yield Footer()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._build())
        self._build()
        table = self.query_one(DataTable)
        table.cursor_coordinate = Coordinate(self._row_index("pay"), 1)  # first term, first offer
        table.focus()

    def _row_index(self, key: str) -> int:
        table = self.query_one(DataTable)
        return next((i for i, row in enumerate(table.ordered_rows) if row.key.value == key), 0)

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._built_width:
            self._build()

    def _build(self) -> None:
        """Fill the table for the current width, theme and "differences only" setting."""
        table = self.query_one(DataTable)
        where = table.cursor_coordinate
        keep = self._cursor_row_key()
        width = self.size.width or self.app.size.width
        self._built_width = width
        column = max(MIN_COLUMN, min(MAX_COLUMN, (width - LABEL_WIDTH - 4) // len(self.ranked) - 2))
        styles = self._styles()
        table.clear(columns=True)
        table.fixed_columns = 1
        table.add_column(Text("", no_wrap=True), width=LABEL_WIDTH, key="label")
        for i, r in enumerate(self.ranked):
            header = Text(f"#{r.id} {r.offer.title}", style="bold", no_wrap=True, overflow="ellipsis")
            table.add_column(header, width=column, key=f"o{i}")
        for row in self.rows:
            if self.differences_only and not (row.differs or row.section or row.key in IDENTITY):
                continue
            table.add_row(*self._cells(row, styles), key=row.key)
        if table.row_count:
            if keep is not None and keep in table.rows:
                where = Coordinate(table.get_row_index(keep), where.column)
            else:  # the row was hidden: stay on the first shown row after it
                order = [row.key for row in self.rows]
                after = order[order.index(keep) :] if keep in order else []
                shown = next((k for k in after if k in table.rows), None)
                if shown is not None:
                    where = Coordinate(table.get_row_index(shown), where.column)
            table.cursor_coordinate = table.validate_cursor_coordinate(where)
        self._set_title()

    def _cursor_row_key(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return key

    def _styles(self) -> dict[str, Style]:
        """Cell styles from the theme's text colours (made to read on its background)."""
        colours = self.app.theme_variables

        def colour(name: str, bold: bool = False) -> Style:
            value = colours.get(f"text-{name}") or colours[name]
            return Style(color=Color.parse(value).rich_color, bold=bold)

        return {
            "differs": colour("accent", bold=True),
            "best": colour("success", bold=True),
            "same": Style(dim=True),
            "section": colour("primary", bold=True),
            "critical": colour("error", bold=True),
            "warning": colour("warning"),
            "note": Style(dim=True),
        }

    def _cells(self, row: CompareRow, styles: dict[str, Style]) -> list[Text]:
        if row.section:
            return [Text(row.label, style=styles["section"]), *(Text("") for _ in row.cells)]
        differs = row.differs
        label = Text(row.label, no_wrap=True, overflow="ellipsis")
        if differs:
            label.stylize(styles["differs"])
        elif row.key not in IDENTITY:
            label.stylize(styles["same"])
        cells = [label]
        for i, value in enumerate(row.cells):
            if i in row.best:
                cells.append(Text(BEST + value, style=styles["best"], no_wrap=True, overflow="ellipsis"))
                continue
            cell = Text(value, no_wrap=True, overflow="ellipsis")
            if row.flag_id is not None and value in _SEVERITY_RANK:
                cell.stylize(styles[value])
            elif differs:
                cell.stylize(styles["differs"])
            elif row.key not in IDENTITY:
                cell.stylize(styles["same"])
            cells.append(cell)
        return cells

    def _set_title(self) -> None:
        shown = "differences only" if self.differences_only else "all rows"
        title = Text.assemble(
            (f"Compare {len(self.ranked)} offers", "bold"),
            f"  ★ best figure · bold: differs · {shown} (d)",
        )
        self.query_one("#compare-title", Static).update(title)

    @on(DataTable.CellHighlighted)
    def _explain(self, event: DataTable.CellHighlighted) -> None:
        row_key = event.cell_key.row_key.value
        column_key = event.cell_key.column_key.value
        row = next((r for r in self.rows if r.key == row_key), None)
        if row is None or row.section:
            self.query_one("#compare-explain", Static).update("")
            return
        self.query_one("#compare-explain", Static).update(self._explanation(row, column_key))

    def _explanation(self, row: CompareRow, column_key: str | None) -> Text:
        if column_key is None or not column_key.startswith("o"):
            text = Text(row.label.strip(), style="bold")
            if row.key not in IDENTITY:
                text.append(
                    ": differs across these offers" if row.differs else ": the same for all these offers"
                )
            text.append("\n" + " │ ".join(row.cells))
            return text
        i = int(column_key[1:])
        r = self.ranked[i]
        text = Text.assemble((f"{row.label.strip()} · #{r.id} {r.offer.title}", "bold"), "\n")
        text.append(row.cells[i])
        if row.fact is not None:
            why = explain(row.fact, r)
        elif row.flag_id is not None:
            flag = next((f for f in r.flags if f.id == row.flag_id), None)
            why = flag.message if flag else "not flagged for this offer"
        else:
            why = ""
        if why:
            text.append("\n" + why)
        return text

    def action_close(self) -> None:
        self.dismiss(None)

    def action_toggle_same(self) -> None:
        self.differences_only = not self.differences_only
        self._build()

    def action_cursor(self, where: str) -> None:
        table = self.query_one(DataTable)
        if where == "top":
            table.move_cursor(row=0)
        elif where == "bottom":
            table.move_cursor(row=table.row_count - 1)
        else:
            getattr(table, f"action_cursor_{where}")()
