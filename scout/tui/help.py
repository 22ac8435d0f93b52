"""The help screen (`?` or F1): every key, generated from the bindings so it never drifts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

Section = tuple[str, Sequence[BindingType]]


def key_rows(app_display: object, bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """(keys, what they do) for each binding with a description, keys of one action merged."""
    merged: dict[str, list[str]] = {}
    for binding in Binding.make_bindings(bindings):
        if not binding.description:
            continue
        display = getattr(app_display, "get_key_display", None)
        key = display(binding) if callable(display) else binding.key
        merged.setdefault(binding.description, [])
        if key not in merged[binding.description]:
            merged[binding.description].append(key)
    return [(" ".join(keys), description) for description, keys in merged.items()]


def help_text(app_display: object, sections: Sequence[Section]) -> Text:
    out = Text()
    for title, bindings in sections:
        rows = key_rows(app_display, bindings)
        if not rows:
            continue
        out.append(f"{title}\n", "bold underline")
        width = max(len(k) for k, _ in rows) + 2
        for keys, description in rows:
            out.append(f"  {keys:<{width}}", "bold")
            out.append(description + "\n")
        out.append("\n")
    out.append("Mouse: click a row to select it, double-click to open it, click a header to sort.\n", "dim")
    out.append("Ctrl+P opens the command palette: sort, filter, export, theme, profile and more.", "dim")
    return out


class HelpScreen(ModalScreen[None]):
    """Every key Scout answers to, by screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close help"),
        Binding("j,down", "scroll_down", "Scroll down", show=False),
        Binding("k,up", "scroll_up", "Scroll up", show=False),
    ]

    def __init__(self, sections: Sequence[Section]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text("Scout — keys\n", style="bold"))
            yield Static(help_text(self.app, self.sections), id="help-keys")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll_down(self) -> None:
        self.query_one("#help", VerticalScroll).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#help", VerticalScroll).scroll_up(animate=False)
