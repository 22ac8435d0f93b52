"""The detail screen (Enter): one offer in full, every figure traceable to the posting's words.

Terms with the words they came from (highlighted in the posting text), red flags with their
explanations and quotes, figures with how they were computed, the score breakdown, every source
with its link (`o` or 1-9 opens one in the browser), and the offer's history. All posting text is
drawn as plain Text: a posting containing "[bold]" shows the brackets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from rich.console import RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from scout.errors import ScoutError
from scout.extract.contract import Terms
from scout.present import money_range, pay_as_posted, span_text, volume_text
from scout.rank import Ranked
from scout.store import Row

Opener = Callable[[str], object]


def open_in_browser(url: str) -> bool:
    """webbrowser.open, imported on first use (it is slow to import and rarely needed)."""
    import webbrowser

    return webbrowser.open(url)


HistoryLoader = Callable[[int], Sequence[Row]]

# Mid-tone colours that read on the light theme and the dark one alike.
_GROUP_COLOURS = {
    "pay": "green3",
    "volume": "dark_orange",
    "malpractice": "magenta",
    "licensing": "dark_cyan",
    "employment_type": "dodger_blue2",
    "work_mode": "dodger_blue2",
}
_SEVERITY_STYLE = {"critical": "bold red", "warning": "bold dark_orange", "note": "dim"}
_PAY_UNITS = (
    ("per_rvu_usd", "per wRVU"),
    ("per_study_usd", "per study"),
    ("per_shift_usd", "per shift"),
    ("hourly_usd", "an hour"),
    ("daily_usd", "a day"),
    ("annual_usd", "a year"),
)


def evidence_style(field: str) -> Style:
    colour = _GROUP_COLOURS.get(field.split(".")[0], "medium_purple")
    return Style(color=colour, bold=True, underline=True)


def highlighted_text(terms: Terms, text: str) -> Text:
    """The posting text with each piece of evidence styled by the term it supports."""
    out = Text(text)
    for ev in terms.evidence:
        start, end = ev.start, ev.end
        if not (0 <= start < end <= len(text)) or text[start:end] != ev.text:
            start = text.find(ev.text)  # offsets from another version of the text: find the words
            end = start + len(ev.text)
        if start >= 0 and ev.text:
            out.stylize(evidence_style(ev.field), start, end)
    return out


def _yes_no(value: bool | None, yes: str, no: str) -> str | None:
    return None if value is None else yes if value else no


def term_lines(terms: Terms, published_pay: Any = None) -> list[tuple[str, str, str]]:
    """(label, value, evidence field prefix) for every term, "not stated" when the posting is silent."""
    pay = terms.pay
    figures = [
        money_range(r.min, r.max) + " " + unit
        for key, unit in _PAY_UNITS
        if (r := getattr(pay, key)) is not None
    ]
    m = terms.malpractice
    malpractice = [
        s
        for s in (
            _yes_no(m.provided, "provided", "NOT provided (you pay)"),
            m.policy.replace("_", "-") if m.policy else None,
            {
                "provided": "tail covered",
                "not_provided": "tail NOT covered",
                "negotiable": "tail negotiable",
            }.get(m.tail or ""),
        )
        if s
    ]
    lic = terms.licensing
    licensing = [", ".join(lic.states)] if lic.states else []
    if lic.imlc:
        licensing.append("IMLC")
    paid = _yes_no(lic.paid, "fees paid", "fees NOT paid")
    if paid:
        licensing.append(paid)
    rows: list[tuple[str, str | None, str]] = [
        ("Pay", "; ".join(figures) or pay_as_posted(terms, published_pay), "pay"),
        ("Pay basis", ", ".join(x.replace("_", " ") for x in pay.models), "pay.models"),
        (
            "Sign-on bonus",
            f"${pay.sign_on_bonus_usd:,.0f}" if pay.sign_on_bonus_usd else None,
            "pay.sign_on_bonus_usd",
        ),
        ("Volume", "; ".join(volume_text(v) for v in terms.volume), "volume"),
        (
            "Employment",
            {"w2": "W-2 employee", "1099": "1099 independent contractor", "either": "W-2 or 1099"}.get(
                terms.employment_type or ""
            ),
            "employment_type",
        ),
        ("Work mode", terms.work_mode, "work_mode"),
        ("Malpractice", ", ".join(malpractice), "malpractice"),
        ("Licences", "; ".join(licensing), "licensing"),
        ("Shifts", ", ".join(terms.shifts), "shifts"),
        ("Subspecialties", ", ".join(terms.subspecialties), "subspecialties"),
        ("Modalities", ", ".join(terms.modalities), "modalities"),
        ("Workstation", _yes_no(terms.equipment_provided, "provided", "NOT provided"), "equipment_provided"),
        ("Partnership track", _yes_no(terms.partnership_track, "yes", "no"), "partnership_track"),
        ("Non-compete", _yes_no(terms.non_compete, "YES", "none"), "non_compete"),
        ("Private equity", _yes_no(terms.private_equity, "PE-backed", "not PE-backed"), "private_equity"),
        ("Benefits", ", ".join(terms.benefits), "benefits"),
    ]
    return [(label, value or "not stated", field) for label, value, field in rows]


def _section(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def _grid(*widths: int | None) -> Table:
    """Label/value columns whose long values wrap under themselves, not under the labels."""
    grid = Table.grid(padding=(0, 1))
    for width in widths:
        grid.add_column(width=width, no_wrap=width is not None)
    grid.columns[-1].ratio = 1
    return grid


def describe(r: Ranked, *, note: str | None = None, shortlisted: bool = False) -> list[RenderableType]:
    """The detail screen's sections, top to bottom (the posting text comes after them)."""
    o = r.offer
    head = Text()
    head.append(f"#{o.id}  ", "dim")
    head.append(o.title, "bold")
    head.append(f"  —  {o.employer or 'employer not stated'}")
    head.append(f"\nScore {r.score:.1f}/100", "bold")
    if shortlisted:
        head.append("   ★ shortlisted")
    if o.removed_at is not None:
        head.append(f"   taken down {o.removed_at:%Y-%m-%d}", "bold red")
    if note:
        head.append("\nYour note: ", "bold")
        head.append(note)

    score = _grid(12, 5, None)
    for part in r.score_breakdown:
        score.add_row(
            Text(part.component, "bold"), Text(f"{part.points:.1f}", justify="right"), Text(part.reason)
        )

    figures = _grid(18, 14, None)
    f = r.figures
    for key, label in (
        ("annual_gross_usd", "Annual gross"),
        ("w2_equivalent_usd", "W-2 equivalent"),
        ("effective_hourly_usd", "Effective $/hour"),
        ("effective_per_rvu_usd", "Effective $/wRVU"),
    ):
        figures.add_row(
            Text(label, "bold"), Text(span_text(getattr(f, key))), Text(f.how.get(key, ""), "dim")
        )
    if f.workload is not None:
        figures.add_row(Text("Workload", "bold"), Text(""), Text(f.workload.how, "dim"))
    for adj in f.adjustments:
        figures.add_row(
            Text(""), Text(f"− {money_range(adj.low, adj.high)}"), Text(f"{adj.item}: {adj.reason}", "dim")
        )
    if r.licenses_missing:
        figures.add_row(Text("Licences you lack", "bold"), Text(""), Text(", ".join(r.licenses_missing)))

    flags = _grid(9, None)
    for flag in r.flags:
        body = Text(flag.message)
        for quote in flag.evidence:
            body.append(f"\n“{quote}”", "italic")
        if flag.threshold:
            body.append(
                f"\nthreshold: {flag.threshold}{' (a rule of thumb)' if flag.heuristic else ''}", "dim"
            )
        flags.add_row(Text(flag.severity.upper(), _SEVERITY_STYLE.get(flag.severity, "")), body)

    quotes: dict[str, list[str]] = {}
    for ev in o.terms.evidence:
        quotes.setdefault(ev.field, []).append(ev.text)
    terms = _grid(17, None)
    for label, value, field in term_lines(o.terms, o.published_pay):
        cell = Text(value, evidence_style(field) if value != "not stated" else "dim")
        said = [q for name, qs in quotes.items() if name == field or name.startswith(field + ".") for q in qs]
        if said:
            cell.append("  “" + "”, “".join(dict.fromkeys(said)) + "”", "italic dim")
        terms.add_row(Text(label, "bold"), cell)

    sources = _grid(3, 12, None)
    for n, s in enumerate(o.sources, 1):
        url = s.get("url", "")
        link = Style(link=url, underline=True) if url.startswith(("http://", "https://")) else Style()
        sources.add_row(Text(f"{n}."), Text(s.get("source", "?"), "bold"), Text(url, link))
    return [
        head,
        _section("Score"),
        score,
        _section("Figures at your pace, and how each is computed"),
        figures,
        _section(f"Red flags ({len(r.flags)})" if r.flags else "Red flags: none"),
        flags,
        _section("Terms (highlighted in the posting below)"),
        terms,
        _section("Sources (o opens the first, 1-9 the one numbered)"),
        sources,
    ]


def history_text(r: Ranked, changes: Sequence[Row] | None) -> Text:
    o = r.offer
    out = _section("History")
    out.append("\n")
    if o.posted_date:
        out.append(f"  posted {o.posted_date:%Y-%m-%d}\n")
    if o.first_seen:
        out.append(f"  first seen {o.first_seen:%Y-%m-%d %H:%M} UTC\n")
    if o.last_seen:
        out.append(f"  last seen  {o.last_seen:%Y-%m-%d %H:%M} UTC\n")
    if o.removed_at:
        out.append(f"  taken down {o.removed_at:%Y-%m-%d %H:%M} UTC\n", "bold red")
    if changes is None:
        out.append("  reading changes…\n", "dim")
    elif not changes:
        out.append("  no change to its terms since first seen\n", "dim")
    for c in changes or ():
        out.append(f"  {c['changed_at']:%Y-%m-%d} {c['source']}: {c['field']} ")
        out.append(f"{c['old_value']} → {c['new_value']}\n", "bold")
    return out


class DetailScreen(Screen[None]):
    """One offer in full. `opener` opens URLs (webbrowser.open; tests pass a recorder)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Back"),
        Binding("o", "open_source(1)", "Open posting"),
        *(Binding(str(n), f"open_source({n})", f"Open source {n}", show=False) for n in range(1, 10)),
        Binding("j,down", "scroll_down", "Scroll down", show=False),
        Binding("k,up", "scroll_up", "Scroll up", show=False),
        Binding("g,home", "top", "Top", show=False),
        Binding("G,end", "bottom", "Bottom", show=False),
        Binding("p", "jump_text", "Posting text"),
    ]

    def __init__(
        self,
        ranked: Ranked,
        *,
        note: str | None = None,
        shortlisted: bool = False,
        opener: Opener = open_in_browser,
        history: HistoryLoader | None = None,
    ) -> None:
        super().__init__()
        self.ranked = ranked
        self.note = note
        self.shortlisted = shortlisted
        self.opener = opener
        self.history_loader = history
        self.opened: list[str] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail-body"):
            for i, section in enumerate(describe(self.ranked, note=self.note, shortlisted=self.shortlisted)):
                yield Static(section, id=f"detail-{i}", classes="detail-section")
            yield Static(
                history_text(self.ranked, None if self.history_loader else []),
                id="detail-history",
                classes="detail-section",
            )
            yield Static(_section("Posting text"), classes="detail-section")
            yield Static(
                highlighted_text(self.ranked.offer.terms, self.ranked.offer.text),
                id="detail-text",
                classes="detail-text",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#detail-body").focus()
        if self.history_loader is not None:
            self._load_history()

    @work(thread=True, exit_on_error=False, description="history")
    def _load_history(self) -> None:
        assert self.history_loader is not None
        try:
            rows = list(self.history_loader(self.ranked.id))
        except ScoutError:  # a busy database must not break the screen: history is a nicety
            rows = []
        self.app.call_from_thread(self._show_history, rows)

    def show_marks(self, *, note: str | None, shortlisted: bool) -> None:
        """Redraw the heading after the note or the shortlist changed."""
        self.note, self.shortlisted = note, shortlisted
        head = describe(self.ranked, note=note, shortlisted=shortlisted)[0]
        self.query_one("#detail-0", Static).update(head)

    def _show_history(self, rows: Sequence[Row]) -> None:
        self.query_one("#detail-history", Static).update(history_text(self.ranked, rows))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_open_source(self, number: int) -> None:
        sources = list(self.ranked.offer.sources)
        if not 1 <= number <= len(sources):
            self.notify(f"This offer has {len(sources)} source(s).", severity="warning")
            return
        url = sources[number - 1].get("url", "")
        if not url.startswith(("http://", "https://")):
            self.notify("This source has no web address (an offer you added by hand).")
            return
        self.opened.append(url)
        self.opener(url)
        self.notify(f"Opened {url}")

    def action_scroll_down(self) -> None:
        self.query_one("#detail-body", VerticalScroll).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#detail-body", VerticalScroll).scroll_up(animate=False)

    def action_top(self) -> None:
        self.query_one("#detail-body", VerticalScroll).scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.query_one("#detail-body", VerticalScroll).scroll_end(animate=False)

    def action_jump_text(self) -> None:
        self.query_one("#detail-body", VerticalScroll).scroll_to_widget(
            self.query_one("#detail-text"), animate=False, top=True
        )
