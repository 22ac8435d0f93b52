"""The first-run screen: shown while the database holds no offers, and gone when a scrape adds some."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static


def first_run_text(db: Path) -> Text:
    out = Text()
    out.append("No offers yet\n\n", "bold")
    out.append("Scout has nothing stored in ")
    out.append(str(db), "bold")
    out.append(".\n\nTo fetch the remote radiology jobs posted on the boards, run in another terminal:\n\n")
    out.append("    scout scrape\n\n", "bold")
    out.append("or schedule it to run every night:\n\n")
    out.append("    scout schedule install\n\n", "bold")
    out.append("To look around first with about a hundred recorded offers:\n\n")
    out.append("    scout demo\n\n", "bold")
    out.append(
        "This screen closes by itself when a scrape stores offers. "
        "You can also paste an offer a recruiter e-mailed you: press a.\n",
        "dim",
    )
    return out


class EmptyScreen(Screen[None]):
    """What to do when there is nothing to rank."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "app.refresh", "Check again"),
        Binding("a", "app.add_offer", "Add an offer"),
        Binding("question_mark,f1", "app.help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, db: Path) -> None:
        super().__init__()
        self.db = db

    def compose(self) -> ComposeResult:
        with Vertical(id="empty"):
            yield Static(first_run_text(self.db), id="empty-text")
        yield Footer()
