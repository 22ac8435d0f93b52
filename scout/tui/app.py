"""Scout's TUI: the App, its messages and its handlers.

Threading rule (as in harlequin): database reads, ranking, indexing and writes run in
`@work(thread=True)` workers that never touch a widget; they post a message, and the handlers
here own every piece of UI state. The view (sort, filters, search, cursor, shortlist) lives in a
`ViewState` saved to the user's state directory after each change, so it survives a refresh, a
re-rank and the next start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from queue import SimpleQueue
from threading import Thread
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input

from scout.config import load_settings
from scout.errors import ScoutError, StoreLockedError
from scout.profile import Profile, load_profile
from scout.profile import profile_path as resolve_profile_path
from scout.store import Store, utcnow
from scout.tui import commands
from scout.tui.actions import STILL_LOADING, OfferActions
from scout.tui.cache import CacheFiles
from scout.tui.data import (
    Lists,
    Loaded,
    Preview,
    Signature,
    build_search,
    offer_history,
    read_all,
    read_runs,
    save_for_next_start,
)
from scout.tui.detail import DetailScreen, Opener, open_in_browser
from scout.tui.empty import EmptyScreen
from scout.tui.filters import FilterPanel
from scout.tui.help import HelpScreen
from scout.tui.messages import (
    DataLoaded,
    DbChanged,
    IndexReady,
    LoadFailed,
    PreviewReady,
    SortReady,
)
from scout.tui.model import COLUMN_KEYS, COLUMNS_BY_KEY, OfferTableModel, reads_every_offer
from scout.tui.offers_table import OffersTable
from scout.tui.runs import RunInfo
from scout.tui.search import SearchIndex
from scout.tui.state import LIGHT_THEME, Filters, StateFile, ViewState, state_dir
from scout.tui.status import StatusBar

POLL_SECONDS = 3.0
SAVE_DELAY = 0.5
# Keys that act on the main screen only; on the detail screen the offer keys act on its offer.
DETAIL_ACTIONS = frozenset({"toggle_shortlist", "edit_note", "help", "toggle_theme", "quit"})
EVERYWHERE = frozenset({"help", "toggle_theme", "quit"})
EMPTY_ACTIONS = EVERYWHERE | {"refresh", "add_offer"}


class ScoutApp(OfferActions):
    """Rank, filter, read, compare and shortlist offers from one Scout database."""

    TITLE = "Scout"
    CSS_PATH = Path(__file__).with_name("scout.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search"),
        Binding("f", "filters", "Filters"),
        Binding("s", "toggle_shortlist", "Shortlist"),
        Binding("c", "mark_compare", "Mark for compare", show=False),
        Binding("C", "compare", "Compare marked offers", show=False),
        Binding("question_mark,f1", "help", "Help"),
        Binding("q", "quit", "Quit"),
        Binding("escape", "escape", "Clear search / back to table", show=False),
        Binding("x", "clear_filters", "Clear filters and search", show=False),
        Binding("less_than_sign", "sort_step(-1)", "Sort by the column to the left", show=False),
        Binding("greater_than_sign", "sort_step(1)", "Sort by the column to the right", show=False),
        Binding("I", "sort_reverse", "Reverse the sort", show=False),
        Binding("n", "edit_note", "Note on the offer", show=False),
        Binding("L", "switch_shortlist", "Switch shortlist", show=False),
        Binding("e", "export(False)", "Export shown offers to CSV", show=False),
        Binding("E", "export(True)", "Export the shortlist to CSV", show=False),
        Binding("v", "charts", "Charts", show=False),
        Binding("p", "profile", "Profile and weights", show=False),
        Binding("a", "add_offer", "Add an offer", show=False),
        Binding("r", "refresh", "Refresh from the database", show=False),
        Binding("t", "toggle_theme", "Light / dark theme", show=False),
    ]

    def __init__(
        self,
        db_path: Path,
        profile_path: Path | None = None,
        *,
        today: date | None = None,
        state_path: Path | None = None,
        opener: Opener = open_in_browser,
        poll_seconds: float = POLL_SECONDS,
        clock: Callable[[], datetime] = utcnow,
        store: Store | None = None,
    ) -> None:
        super().__init__()
        settings = load_settings()
        self.db_path = db_path
        self.profile_file = resolve_profile_path(profile_path)
        self.profile: Profile = load_profile(profile_path)
        self.today = today or date.today()
        self.store = store or Store(db_path, lock_timeout_s=settings.lock_timeout_s)
        self.poll_store = Store(db_path, lock_timeout_s=1.0)
        self.cache = CacheFiles.beside(db_path)
        self.state_file = StateFile.load(state_path or state_dir() / "tui.json")
        self.view: ViewState = self.state_file.view(db_path, COLUMN_KEYS)
        self.opener = opener
        self.poll_seconds = poll_seconds
        self.clock = clock
        self.loaded: Loaded | None = None
        self.model: OfferTableModel | None = None
        self.index: SearchIndex | None = None
        self.lists = Lists(current=self.view.shortlist)
        self.compare_ids: list[int] = []
        self.first_screen_is_stale = False
        self.signature: Signature | None = None
        self._settling: Signature | None = None
        self.loading = False
        self._save_timer: Any = None
        # The first read starts now, while Textual sets the screen up, rather than once it is up;
        # it hands the load worker a first screen (when the cache allows), then the whole read.
        self._first_read: SimpleQueue[Preview | Loaded | BaseException] | None = SimpleQueue()
        reader = Thread(target=self._read_first, args=(self._first_read,), name="first-read", daemon=True)
        reader.start()

    def _read(self, preview: Callable[[Preview], None] | None = None) -> Loaded:
        return read_all(
            self.store, self.profile, self.today, self.view.shortlist, cache=self.cache, preview=preview
        )

    def _read_first(self, handed: SimpleQueue[Preview | Loaded | BaseException]) -> None:
        try:
            handed.put(self._read(None if reads_every_offer(self.view) else handed.put))
        except BaseException as e:  # handed to the load worker, which reports it
            handed.put(e)

    # -- layout ------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Input(
            self.view.search,
            placeholder="search title, employer and posting text…",
            id="search",
            compact=True,
        )
        with Horizontal(id="main"):
            yield FilterPanel(id="filters")
            yield OffersTable(id="offers")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.theme = self.state_file.theme if self.state_file.theme in self.available_themes else self.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        search = self.query_one("#search", Input)
        search.display = bool(self.view.search)
        self.query_one(FilterPanel).show(self.view.filters)
        self.table.set_sort(self.view.sort, self.view.descending)
        self.table.focus()
        self._show_view_status()
        self.status.busy = "Loading offers…"
        self.load()
        self.set_interval(self.poll_seconds, self.poll)

    # -- loading -------------------------------------------------------------------------------------

    def load(self, keep_id: int | None = None, message: str = "") -> None:
        self.loading = True
        self._load(keep_id, message)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False, description="load")
    def _load(self, keep_id: int | None, message: str) -> None:
        first, self._first_read = self._first_read, None
        try:
            loaded = self._read() if first is None else self._first_of(first)
        except StoreLockedError as e:
            self.post_message(LoadFailed(str(e), locked=True))
            return
        except ScoutError as e:
            self.post_message(LoadFailed(str(e), locked=False))
            return
        self.post_message(DataLoaded(loaded, keep_id, message))

    def _first_of(self, handed: SimpleQueue[Preview | Loaded | BaseException]) -> Loaded:
        """The first read's result, posting its first screen on the way."""
        while True:
            got = handed.get()
            if isinstance(got, BaseException):
                raise got
            if isinstance(got, Loaded):
                return got
            self.post_message(PreviewReady(got))

    def on_preview_ready(self, event: PreviewReady) -> None:
        if self.loaded is not None:  # the whole read got there first
            return
        self.model = event.preview.model
        self.first_screen_is_stale = event.preview.stale
        self.lists = event.preview.lists
        self._show_runs(event.preview.runs)
        self.table.set_marks(
            shortlisted=self.lists.shortlisted, notes=self.lists.notes, compare=self.compare_ids
        )
        self.apply_view()

    def on_data_loaded(self, event: DataLoaded) -> None:
        loaded = event.loaded
        self.loading = False
        self.loaded = loaded
        self.model = loaded.model
        self.first_screen_is_stale = False
        self.status.unsay(STILL_LOADING)
        self.lists = loaded.lists
        self.signature = loaded.signature  # the old search index serves until the new one is built
        self.status.busy = ""
        self._show_runs(loaded.runs)
        self.table.set_marks(
            shortlisted=self.lists.shortlisted, notes=self.lists.notes, compare=self.compare_ids
        )
        self.apply_view(keep_id=event.keep_id)
        if event.message:
            self.status.say(event.message)
        self.call_after_refresh(self._index, loaded)  # after the table is on screen
        empty = not loaded.offers
        if empty and not isinstance(self.screen, EmptyScreen):
            self.push_screen(EmptyScreen(self.db_path))
        elif not empty:
            for screen in self.screen_stack:
                if isinstance(screen, EmptyScreen):
                    screen.dismiss(None)

    def on_load_failed(self, event: LoadFailed) -> None:
        self.loading = False
        if self.loaded is None and self.model is not None and self.model.partial:
            self.model = None  # a first screen whose lower rows will not come
            self.first_screen_is_stale = False
            self.table.set_rows(OfferTableModel([]), [])
        self.status.busy = ""
        self.status.say(
            ("Database busy (a scrape is writing); trying again shortly. " if event.locked else "")
            + event.error,
            error=True,
            seconds=8,
        )

    @work(thread=True, exclusive=True, group="index", exit_on_error=False, description="index")
    def _index(self, loaded: Loaded) -> None:
        if self.model is not None:
            self.model.prepare()  # the filters' bitmasks, so the first filter keystroke is quick
        self.post_message(IndexReady(build_search(loaded.offers), loaded.offers))
        save_for_next_start(loaded)

    def on_index_ready(self, event: IndexReady) -> None:
        if self.loaded is not None and event.offers is self.loaded.offers:
            self.index = event.index
            if self.view.search:
                self.apply_view()

    # -- the view --------------------------------------------------------------------------------------

    def apply_view(self, keep_id: int | None = None) -> None:
        """Show the rows the view asks for, keeping the cursor on the same offer."""
        model = self.model
        if model is None:
            return
        view = self.view
        if not model.answers(view):  # a first screen: the whole ranking is on its way
            self.status.busy = "Loading offers…"
            return
        if model.needs_work(view.sort):
            self.status.busy = f"Sorting by {COLUMNS_BY_KEY[view.sort].label}…"
            self._sort(model, view.sort, view.descending)
            return
        searching = bool(view.search.strip())
        search = model.search_bits(self.index, view.search) if searching and self.index else None
        if searching and self.index is None:
            self.status.busy = "Indexing for search…"
        rows = model.rows(
            view,
            shortlisted=self.lists.shortlisted,
            new=self.loaded.new_ids if self.loaded else (),
            search=search,
        )
        self.table.empty_message = self._empty_message()
        self.table.set_rows(model, rows, keep_id if keep_id is not None else view.cursor_id)
        self.table.set_sort(view.sort, view.descending)
        self.status.shown, self.status.total = len(rows), len(model)
        if self.first_screen_is_stale:  # not all offers, nor today's: say what is on screen
            self.status.total = 0
            self.status.busy = f"Loading offers… showing the last start's top {len(rows):,}"
        if self.status.busy.startswith(("Sorting", "Indexing")) and (self.index or not searching):
            self.status.busy = ""

    def _empty_message(self) -> str:
        if self.view.search or self.view.filters != Filters():
            return "No offer matches the search and filters. x clears them."
        return "No offers to show."

    @work(thread=True, exclusive=True, group="sort", exit_on_error=False, description="sort")
    def _sort(self, model: OfferTableModel, key: str, descending: bool) -> None:
        model.order(key, descending)
        self.post_message(SortReady(model))

    def on_sort_ready(self, event: SortReady) -> None:
        self.status.busy = ""
        if event.model is self.model:
            self.apply_view()

    def set_view(self, view: ViewState, keep_id: int | None = None) -> None:
        self.view = view
        self._show_view_status()
        self.apply_view(keep_id)
        self.save_state_soon()

    def _show_view_status(self) -> None:
        self.status.search = self.view.search
        self.status.set_filters(self.view.filters.active())
        self.status.shortlist = self.view.shortlist

    def _show_runs(self, runs: RunInfo) -> None:
        now = self.clock()
        self.status.scrape = runs.summary(now)
        self.status.scrape_short = runs.summary(now, short=True)

    def save_state_soon(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_state)

    def save_state(self) -> None:
        self.state_file.remember(self.db_path, self.view)
        self.state_file.save()

    def _theme_changed(self, _theme: object) -> None:
        self.state_file.theme = self.theme
        self.save_state_soon()

    async def action_quit(self) -> None:
        self.save_state()
        self.exit()

    # -- table events ----------------------------------------------------------------------------------

    def on_offers_table_cursor_moved(self, event: OffersTable.CursorMoved) -> None:
        if event.offer_id is not None and event.offer_id != self.view.cursor_id:
            self.view = replace(self.view, cursor_id=event.offer_id)
            self.save_state_soon()

    def on_offers_table_sort_clicked(self, event: OffersTable.SortClicked) -> None:
        self.set_view(self.view.sorted_by(event.key))

    def on_offers_table_opened(self, event: OffersTable.Opened) -> None:
        ranked = None if self._still_stale() else self._ranked(event.offer_id)
        if ranked is not None:
            self.push_screen(
                DetailScreen(
                    ranked,
                    note=self.lists.notes.get(ranked.id),
                    shortlisted=ranked.id in self.lists.shortlisted,
                    opener=self.opener,
                    history=lambda offer_id: offer_history(self.store, offer_id),
                )
            )

    # -- search and filters ---------------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if event.value != self.view.search:
            self.set_view(replace(self.view, search=event.value))

    @on(Input.Submitted, "#search")
    def _search_done(self, _event: Input.Submitted) -> None:
        self.table.focus()

    def action_escape(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus or (self.view.search and self.table.has_focus):
            with self.prevent(Input.Changed):
                search.value = ""
            search.display = False
            self.set_view(replace(self.view, search=""))
        self.table.focus()

    def action_filters(self) -> None:
        panel = self.query_one(FilterPanel)
        panel.display = not panel.display
        if panel.display:
            panel.query("SelectionList").first().focus()
        else:
            self.table.focus()

    def on_filter_panel_changed(self, event: FilterPanel.Changed) -> None:
        self.set_view(replace(self.view, filters=event.filters))

    def action_clear_filters(self) -> None:
        search = self.query_one("#search", Input)
        with self.prevent(Input.Changed):
            search.value = ""
        search.display = False
        self.query_one(FilterPanel).show(Filters())
        self.set_view(replace(self.view, filters=Filters(), search=""))
        self.status.say("Filters and search cleared")

    def action_sort_step(self, step: int) -> None:
        keys = list(COLUMN_KEYS)
        at = keys.index(self.view.sort) if self.view.sort in keys else 0
        self.set_view(self.view.sorted_by(keys[(at + step) % len(keys)]))

    def action_sort_reverse(self) -> None:
        self.set_view(replace(self.view, descending=not self.view.descending))

    def sort_by(self, key: str) -> None:
        """Sort by a column in its natural direction (the palette's "Sort by …")."""
        if key != self.view.sort:
            self.set_view(self.view.sorted_by(key))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(commands.help_sections(type(self))))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.theme != LIGHT_THEME else "textual-dark"

    def action_refresh(self) -> None:
        self.status.busy = "Refreshing…"
        self.load(keep_id=self.table.cursor_id, message="Refreshed")

    # -- live refresh ---------------------------------------------------------------------------------

    def poll(self) -> None:
        """Every few seconds: has anyone written the database? A finished scrape is read once the
        file has been still for one poll (the scrape regroups offers right after its last run)."""
        if self.loading:
            return
        if self._settling is not None and Signature.of(self.db_path) == self._settling:
            self._settling = None
            self.load(keep_id=self.table.cursor_id, message="New offers from the scrape are in")
            return
        self._check(self.signature)

    @work(thread=True, exclusive=True, group="poll", exit_on_error=False, description="poll")
    def _check(self, known: Signature | None) -> None:
        now = Signature.of(self.db_path)
        if now == known:
            return
        try:
            runs = read_runs(self.poll_store)
        except StoreLockedError:
            self.post_message(DbChanged(now, None))
            return
        except ScoutError:
            return
        self.post_message(DbChanged(now, runs))

    def on_db_changed(self, event: DbChanged) -> None:
        runs = event.runs
        if runs is None:
            self.status.scrape = self.status.scrape_short = "database busy: a scrape is writing"
            return
        self._show_runs(runs)
        if self.loading:
            return
        if self.loaded is None:  # the first read failed (a busy file): try again now
            self.load()
            return
        self.signature = event.signature
        if runs.running:
            self._settling = None
        elif runs.finished_key != self.loaded.runs.finished_key:
            self._settling = event.signature  # read it when the file has been still for a poll
        else:
            self._read_lists()  # shortlists or notes changed (by us, or `scout shortlist`)

    # -- key availability and the command palette -----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer keys act on the main screen (some on the detail screen too), not behind others."""
        if action not in _APP_ACTIONS or self.screen is self.screen_stack[0]:
            return True
        if isinstance(self.screen, DetailScreen):
            return action in DETAIL_ACTIONS
        if isinstance(self.screen, EmptyScreen):
            return action in EMPTY_ACTIONS
        return action in EVERYWHERE

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if screen is self.screen_stack[0]:
            yield from commands.system_commands(self)


_APP_ACTIONS = frozenset(str(b.action).split("(")[0] for b in Binding.make_bindings(ScoutApp.BINDINGS))


def run_tui(db_path: Path, profile_path: Path | None = None, *, today: date | None = None) -> None:
    """Open the TUI on a database (blocks until the user quits)."""
    ScoutApp(db_path, profile_path, today=today).run()


def run_demo(db_path: Path, profile_path: Path | None = None) -> None:
    """Open the TUI on the demo database, ranked as of the day its cassettes were recorded (so the
    demo's offers are not all flagged as stale)."""
    from scout.demo import load_demo

    run_tui(db_path, profile_path, today=load_demo().recorded)
