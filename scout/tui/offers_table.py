"""The ranked offers table: a virtual, keyboard-first table that draws only the rows on screen.

Textual's DataTable measures every cell of every row it is given, which takes seconds at 20,000
offers, so this Line API widget takes a list of row numbers instead and formats cells as they come
into view; a filter or search keystroke swaps the list and redraws one screenful. Score and title
stay put while the other columns scroll sideways a column at a time (h/l), which keeps the table
readable at 80 columns. Cell text is drawn as plain segments: posting text never becomes markup.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from scout.tui.model import COLUMNS, FIXED_COLUMNS, MARK_WIDTH, Column, OfferTableModel

_SEVERITY_CLASS = {"!!": "offers-table--critical", "!": "offers-table--warning", "·": "offers-table--note"}
TITLE_MIN, TITLE_MAX = 24, 60


def fit(text: str, width: int, align: str = "left") -> str:
    """Text padded or cut (with an ellipsis) to exactly `width` cells."""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…" if width > 1 else set_cell_size(text, width)
    return text.rjust(width) if align == "right" else set_cell_size(text, width)


class OffersTable(ScrollView, can_focus=True):
    """The table of ranked offers. The app gives it rows (positions in a model) and marks."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False),
        Binding("k,up", "cursor_up", "Up", show=False),
        Binding("g,home", "first", "First offer", show=False),
        Binding("G,end", "last", "Last offer", show=False),
        Binding("ctrl+d", "half_page_down", "Half page down", show=False),
        Binding("ctrl+u", "half_page_up", "Half page up", show=False),
        Binding("pagedown,ctrl+f", "page_down", "Page down", show=False),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False),
        Binding("l,right", "column_right", "Columns right", show=False),
        Binding("h,left", "column_left", "Columns left", show=False),
        Binding("enter", "open", "Details"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "offers-table--header",
        "offers-table--sorted",
        "offers-table--cursor",
        "offers-table--hover",
        "offers-table--critical",
        "offers-table--warning",
        "offers-table--note",
        "offers-table--removed",
        "offers-table--mark",
        "offers-table--empty",
    }

    cursor: reactive[int] = reactive(0, always_update=True)
    first_column: reactive[int] = reactive(FIXED_COLUMNS)
    hover_row: reactive[int] = reactive(-1)

    class CursorMoved(Message):
        """The cursor is on another offer (None when the table is empty)."""

        def __init__(self, offer_id: int | None) -> None:
            super().__init__()
            self.offer_id = offer_id

    class Opened(Message):
        """Enter or a double click on an offer."""

        def __init__(self, offer_id: int) -> None:
            super().__init__()
            self.offer_id = offer_id

    class SortClicked(Message):
        """A click on a column header."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.model: OfferTableModel | None = None
        self.rows: list[int] = []
        self.sort_key = "score"
        self.descending = True
        self.shortlisted: Collection[int] = frozenset()
        self.notes: Mapping[int, str] = {}
        self.compare: Collection[int] = ()
        self.empty_message = "Loading offers…"
        self._last_posted: int | None = -1
        self._layout: tuple[int, list[tuple[Column, int]]] | None = None
        self._styles: dict[str, Style] = {}
        self._lines: dict[tuple[object, ...], Strip] = {}

    # -- what the app sets -----------------------------------------------------------------------

    def set_rows(self, model: OfferTableModel, rows: list[int], keep_id: int | None = None) -> None:
        """Show these rows; the cursor stays on `keep_id` when it is still shown."""
        if model is not self.model:
            self._lines.clear()
        self.model = model
        self.rows = rows
        target = 0
        if keep_id is not None and keep_id in model.index_of:
            wanted = model.index_of[keep_id]
            try:
                target = rows.index(wanted)
            except ValueError:
                target = min(self.cursor, max(len(rows) - 1, 0))
        self._update_size()
        self.cursor = target
        self.refresh()

    def set_marks(
        self,
        *,
        shortlisted: Collection[int] | None = None,
        notes: Mapping[int, str] | None = None,
        compare: Collection[int] | None = None,
    ) -> None:
        if shortlisted is not None:
            self.shortlisted = shortlisted
        if notes is not None:
            self.notes = notes
        if compare is not None:
            self.compare = compare
        self.refresh()

    def set_sort(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.refresh()

    @property
    def cursor_id(self) -> int | None:
        if self.model is None or not self.rows:
            return None
        return self.model.ranked[self.rows[self.cursor]].id

    def go_to(self, offer_id: int) -> bool:
        """Put the cursor on an offer if it is shown."""
        if self.model is None or offer_id not in self.model.index_of:
            return False
        try:
            self.cursor = self.rows.index(self.model.index_of[offer_id])
        except ValueError:
            return False
        return True

    # -- geometry ----------------------------------------------------------------------------------

    def _update_size(self) -> None:
        size = Size(self._line_width, len(self.rows) + 1)
        viewport = self.scrollable_content_region.height
        if (size.height > viewport) == (self.virtual_size.height > viewport) and self.virtual_size.width:
            # same scrollbars as before: skip the screen-wide layout a virtual_size change costs
            # (tens of ms per keystroke), and just resize the scrollbar
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)
            self.refresh()
        else:
            self.virtual_size = size

    def on_resize(self, _event: events.Resize) -> None:
        self._forget()
        self._update_size()
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._forget()

    def _forget(self) -> None:
        """Drop the cached layout, styles and drawn lines (size, theme or columns changed)."""
        self._layout = None
        self._styles.clear()
        self._lines.clear()

    @property
    def _page(self) -> int:
        return max(self.size.height - 1, 1)

    @property
    def _line_width(self) -> int:
        return self.scrollable_content_region.width

    def _title_width(self, line_width: int) -> int:
        """A third of the width (24 to 60 cells), more when every column fits anyway."""
        rest = sum(c.width + 1 for c in COLUMNS[FIXED_COLUMNS:])
        fixed = MARK_WIDTH + sum(c.width + 1 for c in COLUMNS[:FIXED_COLUMNS] if c.key != "title")
        room = line_width - fixed - rest - 1
        return max(TITLE_MIN, min(TITLE_MAX, max(room, line_width // 3)))

    def columns_on_screen(self) -> list[tuple[Column, int]]:
        """The columns on screen with their widths: the fixed ones, then as many of the others as
        fit from `first_column` on (cached until the size or the first column changes)."""
        if self._layout is None:
            line_width = self._line_width
            title = self._title_width(line_width)
            shown = [(c, title if c.key == "title" else c.width) for c in COLUMNS[:FIXED_COLUMNS]]
            used = MARK_WIDTH + sum(w + 1 for _, w in shown)
            for column in COLUMNS[self.first_column :]:
                if len(shown) > FIXED_COLUMNS and used + column.width > line_width:
                    break
                shown.append((column, column.width))
                used += column.width + 1
            self._layout = (line_width, shown)
        return self._layout[1]

    def visible_columns(self) -> list[Column]:
        return [column for column, _ in self.columns_on_screen()]

    def _style(self, name: str, partial: bool = False) -> Style:
        key = f"{name}/{partial}"
        found = self._styles.get(key)
        if found is None:
            found = self._styles[key] = self.get_component_rich_style(name, partial=partial)
        return found

    # -- drawing -------------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self._line_width
        if y == 0:
            return self._header(width)
        index = int(self.scroll_y) + y - 1
        if index >= len(self.rows) or self.model is None:
            if not self.rows and y == 2:
                style = self._style("offers-table--empty")
                return Strip([Segment(fit("  " + self.empty_message, width), style)], width)
            return Strip.blank(width, self.rich_style)
        row = self.rows[index]
        offer_id = self.model.row_ids[row]
        state = (
            "cursor" if index == self.cursor else "hover" if index == self.hover_row else "",
            offer_id in self.shortlisted,
            offer_id in self.notes,
            offer_id in self.compare,
        )
        key = (row, width, *state)
        strip = self._lines.get(key)
        if strip is None:
            if len(self._lines) > 2000:
                self._lines.clear()
            strip = self._lines[key] = self._row(row, width, *state)
        return strip

    def _header(self, width: int) -> Strip:
        base = self._style("offers-table--header")
        sorted_style = base + self._style("offers-table--sorted")
        segments = [Segment(" " * MARK_WIDTH, base)]
        for column, w in self.columns_on_screen():
            label = column.label
            if column.key == self.sort_key:
                arrow = "▼" if self.descending else "▲"
                label = (label + " " + arrow) if len(label) + 2 <= w else label[: w - 1] + arrow
            style = sorted_style if column.key == self.sort_key else base
            segments.append(Segment(fit(label, w, column.align) + " ", style))
        return Strip(segments).adjust_cell_length(width, base)

    def _row(
        self, row: int, width: int, highlight: str, shortlisted: bool, noted: bool, compared: bool
    ) -> Strip:
        assert self.model is not None
        cells = self.model.cells(row)
        style = self.rich_style
        if row in self.model.removed_rows:
            style += self._style("offers-table--removed")
        if highlight:
            style += self._style(f"offers-table--{highlight}")
        mark_style = style + self._style("offers-table--mark", partial=True)
        marks = ("★" if shortlisted else "✎" if noted else " ") + ("◆" if compared else " ")
        segments = [Segment(marks, mark_style)]
        for column, w in self.columns_on_screen():
            text = cells[_COLUMN_INDEX[column.key]]
            cell_style = style + self._flag_style(text) if column.key == "flags" else style
            segments.append(Segment(fit(text, w, column.align) + " ", cell_style))
        return Strip(segments).adjust_cell_length(width, style)

    def _flag_style(self, markers: str) -> Style:
        for prefix, name in _SEVERITY_CLASS.items():
            if markers.startswith(prefix):
                return self._style(name, partial=True)
        return Style()

    # -- cursor ---------------------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.rows) - 1)) if self.rows else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        offer_id = self.cursor_id
        if offer_id != self._last_posted:
            self._last_posted = offer_id
            self.post_message(self.CursorMoved(offer_id))

    def watch_first_column(self) -> None:
        self._layout = None
        self._lines.clear()
        self.refresh()

    def watch_hover_row(self) -> None:
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor > top + self._page - 1:
            self.scroll_to(y=self.cursor - self._page + 1, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.rows) - 1

    def action_half_page_down(self) -> None:
        self.cursor += max(self._page // 2, 1)

    def action_half_page_up(self) -> None:
        self.cursor -= max(self._page // 2, 1)

    def action_page_down(self) -> None:
        self.cursor += self._page

    def action_page_up(self) -> None:
        self.cursor -= self._page

    def action_column_right(self) -> None:
        shown = self.visible_columns()
        if shown[-1] is not COLUMNS[-1]:
            self.first_column = min(self.first_column + 1, len(COLUMNS) - 1)

    def action_column_left(self) -> None:
        self.first_column = max(self.first_column - 1, FIXED_COLUMNS)

    def action_open(self) -> None:
        offer_id = self.cursor_id
        if offer_id is not None:
            self.post_message(self.Opened(offer_id))

    # -- mouse ------------------------------------------------------------------------------------------

    def _column_at(self, x: int) -> Column | None:
        left = MARK_WIDTH
        for column, width in self.columns_on_screen():
            right = left + width + 1
            if left <= x < right:
                return column
            left = right
        return None

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:
            column = self._column_at(offset.x)
            if column is not None:
                self.post_message(self.SortClicked(column.key))
            return
        index = int(self.scroll_y) + offset.y - 1
        if 0 <= index < len(self.rows):
            self.cursor = index
            if event.chain >= 2:
                self.action_open()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        offset = event.get_content_offset(self)
        self.hover_row = -1 if offset is None or offset.y == 0 else int(self.scroll_y) + offset.y - 1

    def on_leave(self, _event: events.Leave) -> None:
        self.hover_row = -1

    def _on_mouse_scroll_right(self, event: events.MouseScrollRight) -> None:
        event.stop()
        self.action_column_right()

    def _on_mouse_scroll_left(self, event: events.MouseScrollLeft) -> None:
        event.stop()
        self.action_column_left()


_COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
