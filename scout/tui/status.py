"""The status bar: offers shown of the total, search and filters in force, how the latest scrape
of each source went, and short messages (saved, exported, database busy) that fade after a few
seconds."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget

MESSAGE_SECONDS = 5.0
COUNTS_ROOM = 24  # "20,000 of 20,000 offers": the scrape summary goes short rather than hide it


class StatusBar(Widget):
    """One line at the bottom of the main screen. All text is plain: nothing here is markup."""

    DEFAULT_CSS = """
    StatusBar { height: 1; }
    """

    shown: reactive[int] = reactive(0)
    total: reactive[int] = reactive(0)
    search: reactive[str] = reactive("")
    filters: reactive[tuple[str, ...]] = reactive(())
    scrape: reactive[str] = reactive("")
    scrape_short: reactive[str] = reactive("")
    """What `scrape` says, for a terminal too narrow for it."""
    shortlist: reactive[str] = reactive("default")
    busy: reactive[str] = reactive("")
    message: reactive[str] = reactive("")
    error: reactive[bool] = reactive(False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None

    def say(self, text: str, *, error: bool = False, seconds: float = MESSAGE_SECONDS) -> None:
        """Show a message for a few seconds (errors a little longer)."""
        self.message, self.error = text, error
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(seconds * (2 if error else 1), self._clear)

    def _clear(self) -> None:
        self.message, self.error = "", False

    def unsay(self, text: str) -> None:
        """Take a message down early, if it is still the one shown (its moment has passed)."""
        if self.message == text:
            if self._timer is not None:
                self._timer.stop()
            self._clear()

    def set_filters(self, active: Sequence[str]) -> None:
        self.filters = tuple(active)

    def plain(self) -> str:
        """The whole line as text (what the tests read)."""
        return self.render().plain

    def render(self) -> Text:
        left = Text(no_wrap=True, overflow="ellipsis")
        if self.busy:
            left.append(self.busy, "bold")
            left.append("  ")
        if self.total or not self.busy:
            left.append(f"{self.shown:,}", "bold")
            left.append(f" of {self.total:,} offers")
        if self.message:  # a message has the room for a few seconds; the filters come back after
            left.append("  ")
            left.append(self.message, "bold red" if self.error else "bold")
        else:
            if self.search:
                left.append("  /")
                left.append(self.search, "bold")
            if self.filters:
                left.append("  ⧩ " + "; ".join(self.filters), "italic")
        width = self.size.width
        right = Text(no_wrap=True)
        if not self.message:
            right.append(f"★ {self.shortlist}")
            scrape = self.scrape
            if self.scrape_short and len(scrape) + right.cell_len + 2 + COUNTS_ROOM > width:
                scrape = self.scrape_short
            if scrape:
                right.append("  " + scrape, "dim")
        room = max(width - right.cell_len - 1, 0)
        if left.cell_len > room:
            left.truncate(room, overflow="ellipsis")
        line = left + Text(" " * max(room - left.cell_len + 1, 1)) + right
        line.truncate(max(width, 1), overflow="ellipsis")
        return line
