"""Add an offer that came by e-mail: paste it, watch its terms, figures, flags and score appear, and
store it with ctrl+s.

The preview runs the real extractor and ranking (`extract` then `rank_offer`) in a worker, 300 ms
after the last keystroke. The screen stores nothing itself: it dismisses with an `AddOfferRequest`
that the app turns into a posting (`to_posting()`) and saves with `pipeline.add_manual` in a worker.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static, TextArea

from scout.extract import extract
from scout.models import RawPosting
from scout.profile import Profile
from scout.rank import OfferInput, Ranked, rank_offer
from scout.tui.offer_facts import FIGURE_FACTS, SEVERITY_MARKS, TERM_FACTS, pay_text

DEBOUNCE_SECONDS = 0.3
_PREVIEW_FIGURES = ("annual_gross", "w2_equivalent", "effective_hourly", "effective_per_rvu", "workload")
_SEVERITY_STYLE = {"critical": "bold red", "warning": "dark_orange", "note": "dim"}


@dataclass(frozen=True, slots=True)
class AddOfferRequest:
    """An offer to store: the pasted text and what the user typed beside it (blank fields are None)."""

    text: str
    title: str | None
    employer: str | None
    url: str | None

    def to_posting(self) -> RawPosting:
        """The posting `scout add` would store for the same text (source `manual`, id from its hash)."""
        digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]
        return RawPosting(
            source="manual",
            source_id=digest,
            url=self.url or f"manual:{digest}",
            title=(self.title or default_title(self.text))[:120],
            employer=self.employer,
            body=self.text,
            body_format="text",
            text=self.text,
        )


def default_title(text: str) -> str:
    """The e-mail's subject or first line, as `scout add` does (without a "Subject:" prefix)."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first.lower().startswith("subject:"):
        first = first[len("subject:") :].strip()
    return first or "Manual offer"


def preview_text(r: Ranked) -> Text:
    """The preview pane: score, pay, figures, flags, then every term; plain Text (never markup)."""
    out = Text()
    out.append(f"Score {r.score:.1f}", style="bold")
    out.append("  " + " · ".join(f"{p.component} {p.points:.1f}" for p in r.score_breakdown) + "\n")
    title = r.offer.title + (f" · {r.offer.employer}" if r.offer.employer else "")
    out.append(title + "\n", style="italic")
    out.append("Pay as posted: ", style="dim")
    out.append(pay_text(r) + "\n")
    out.append("\nFigures at your pace\n", style="bold")
    for fact in FIGURE_FACTS:
        if fact.key in _PREVIEW_FIGURES:
            out.append(f"  {fact.label}: ", style="dim")
            out.append(fact.text(r) + "\n")
    out.append(f"\nRed flags ({len(r.flags)})\n", style="bold")
    if not r.flags:
        out.append("  none\n")
    for flag in r.flags:
        out.append(f"  {SEVERITY_MARKS[flag.severity]} ", style=_SEVERITY_STYLE[flag.severity])
        out.append(flag.message + "\n")
        for quote in flag.evidence[:2]:
            out.append(f"     “{quote}”\n", style="dim")
    out.append("\nTerms\n", style="bold")
    for fact in TERM_FACTS:
        value = fact.text(r)
        if fact.key == "pay" or (value in ("not stated", "no states named", "none") and fact.key != "volume"):
            continue
        out.append(f"  {fact.label}: ", style="dim")
        out.append(value + "\n")
    return out


class AddOfferScreen(Screen[AddOfferRequest | None]):
    """Paste an offer, preview it live, store it with ctrl+s; escape cancels."""

    DEFAULT_CSS = """
    AddOfferScreen #add-title {
        height: 1;
        padding: 0 1;
        background: $panel;
    }
    AddOfferScreen #add-body {
        height: 1fr;
    }
    AddOfferScreen #add-form {
        width: 1fr;
    }
    AddOfferScreen #add-form Input {
        margin-bottom: 0;
    }
    AddOfferScreen #add-text {
        height: 1fr;
    }
    AddOfferScreen #add-preview {
        width: 1fr;
        padding: 0 1;
        border-left: vkey $foreground 20%;
    }
    AddOfferScreen #add-status {
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "store", "Store offer", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    class PreviewReady(Message):
        """The worker ranked the text typed so far."""

        def __init__(self, ranked: Ranked | None, generation: int) -> None:
            super().__init__()
            self.ranked = ranked
            self.generation = generation

    def __init__(self, profile: Profile, *, today: date | None = None) -> None:
        super().__init__()
        self.profile = profile
        self.today = today
        self.preview: Ranked | None = None  # the ranking shown, for the text as of the last preview
        self._generation = 0
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(
            Text.assemble(("Add an offer", "bold"), "  paste the recruiter's e-mail; the preview follows"),
            id="add-title",
        )
        with Horizontal(id="add-body"):
            with Vertical(id="add-form"):
                yield Input(
                    placeholder="Title (default: the e-mail's first line)", id="add-title-input", compact=True
                )
                yield Input(placeholder="Employer", id="add-employer", compact=True)
                yield Input(placeholder="Link to the offer, if any", id="add-url", compact=True)
                yield TextArea(id="add-text", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
            with VerticalScroll(id="add-preview"):
                yield Static(self._empty_preview(), id="add-preview-text")
        yield Static(id="add-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    @staticmethod
    def _empty_preview() -> Text:
        return Text(
            "Paste the offer on the left: its pay, volume, licences and red flags appear here.", style="dim"
        )

    # --- form --------------------------------------------------------------------------------------

    def _field(self, widget_id: str) -> str | None:
        return self.query_one(f"#{widget_id}", Input).value.strip() or None

    def request(self) -> AddOfferRequest:
        return AddOfferRequest(
            text=self.query_one(TextArea).text,
            title=self._field("add-title-input"),
            employer=self._field("add-employer"),
            url=self._field("add-url"),
        )

    # --- live preview ------------------------------------------------------------------------------

    @on(TextArea.Changed)
    @on(Input.Changed)
    def _edited(self) -> None:
        """Restart the debounce: the preview runs once typing pauses."""
        self._generation += 1
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, self._start_preview)
        self.query_one("#add-status", Static).update("reading…")

    def _start_preview(self) -> None:
        self._timer = None
        self._rank(self.request(), self._generation)

    @work(thread=True, exclusive=True, group="add-offer-preview")
    def _rank(self, request: AddOfferRequest, generation: int) -> None:
        """Extract and rank off the UI thread; touches no widget."""
        if not request.text.strip():
            self.post_message(self.PreviewReady(None, generation))
            return
        offer = OfferInput(
            id=0,
            title=request.title or default_title(request.text),
            employer=request.employer,
            terms=extract(request.text),
            sources=[{"source": "manual", "url": request.url or ""}],
            text=request.text,
        )
        ranked = rank_offer(offer, self.profile, today=self.today or date.today())
        _ = ranked.figures, ranked.flags, ranked.score_breakdown  # build the lazy text here, not in the UI
        self.post_message(self.PreviewReady(ranked, generation))

    @on(PreviewReady)
    def _show_preview(self, message: PreviewReady) -> None:
        if message.generation != self._generation:
            return  # typing went on: a newer preview is coming
        self.preview = message.ranked
        body = self.query_one("#add-preview-text", Static)
        status = self.query_one("#add-status", Static)
        if message.ranked is None:
            body.update(self._empty_preview())
            status.update("")
            return
        body.update(preview_text(message.ranked))
        found = len(message.ranked.offer.terms.evidence)
        status.update(f"{found} phrase{'s' if found != 1 else ''} read as terms · ctrl+s stores the offer")

    # --- actions -----------------------------------------------------------------------------------

    def action_store(self) -> None:
        request = self.request()
        if not request.text.strip():
            self.notify("Paste the offer's text first.", severity="warning")
            return
        self.dismiss(request)

    def action_cancel(self) -> None:
        self.dismiss(None)
