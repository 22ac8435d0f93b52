"""What the main screen's keys do to offers: shortlist, note, export, compare, charts, profile, add.

A mixin of ScoutApp (app.py keeps the App's loading, view and live refresh); like the rest of the
app, every database write runs in a thread worker that posts a message back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App

from scout.errors import ScoutError
from scout.offers import offer_row
from scout.profile import Profile
from scout.rank import Ranked
from scout.shortlists import add as shortlist_add
from scout.shortlists import remove as shortlist_remove
from scout.shortlists import set_note
from scout.store import Store
from scout.tui.data import Lists, Loaded, read_lists, rerank
from scout.tui.detail import DetailScreen
from scout.tui.export import default_export_path, export_rows
from scout.tui.filters import FilterPanel
from scout.tui.messages import Done, ListsChanged, OfferAdded, Reranked
from scout.tui.model import OfferTableModel
from scout.tui.offers_table import OffersTable
from scout.tui.prompt import PromptScreen
from scout.tui.state import ViewState
from scout.tui.status import StatusBar

if TYPE_CHECKING:  # the other screens are imported when first opened: a faster start
    from scout.tui.add_offer import AddOfferRequest
    from scout.tui.charts import ChartFilter
    from scout.tui.profile_screen import ProfileScreen

MAX_COMPARE = 4
STILL_LOADING = "Still loading the current offers: try again in a moment"


class OfferActions(App[None]):
    """The offer actions; ScoutApp provides the state below and the view methods."""

    store: Store
    profile: Profile
    profile_file: Path
    today: date
    view: ViewState
    model: OfferTableModel | None
    loaded: Loaded | None
    lists: Lists
    compare_ids: list[int]
    first_screen_is_stale: bool

    def set_view(self, view: ViewState, keep_id: int | None = None) -> None:
        raise NotImplementedError

    def apply_view(self, keep_id: int | None = None) -> None:
        raise NotImplementedError

    def load(self, keep_id: int | None = None, message: str = "") -> None:
        raise NotImplementedError

    @property
    def table(self) -> OffersTable:
        return self.query_one("#offers", OffersTable)

    @property
    def status(self) -> StatusBar:
        return self.query_one("#status", StatusBar)

    def _ranked(self, offer_id: int | None) -> Ranked | None:
        if offer_id is None or self.model is None or offer_id not in self.model.index_of:
            return None
        return self.model.ranked[self.model.index_of[offer_id]]

    def _current(self) -> Ranked | None:
        """The offer the keys act on: the detail screen's, else the one under the cursor."""
        if isinstance(self.screen, DetailScreen):
            return self.screen.ranked
        if self._still_stale():
            return None
        return self._ranked(self.table.cursor_id)

    def _still_stale(self) -> bool:
        """Whether the table is a first screen from another day's or version's ranking (its offers
        may have changed or gone since: nothing acts on them); says so when it is."""
        if self.first_screen_is_stale:
            self.status.say(STILL_LOADING)
        return self.first_screen_is_stale

    # -- shortlists and notes ----------------------------------------------------------------------------

    def action_toggle_shortlist(self) -> None:
        ranked = self._current()
        if ranked is None:
            return
        on_list = ranked.id in self.lists.shortlisted
        self._toggle_shortlist(ranked.id, self.view.shortlist, on_list)

    @work(thread=True, group="write", exit_on_error=False, description="write")
    def _toggle_shortlist(self, offer_id: int, name: str, on_list: bool) -> None:
        try:
            if on_list:
                shortlist_remove(self.store, name, [offer_id])
            else:
                shortlist_add(self.store, name, [offer_id])
            lists = read_lists(self.store, name)
        except ScoutError as e:
            self.post_message(Done(str(e), error=True))
            return
        verb = f"Removed #{offer_id} from" if on_list else f"Added #{offer_id} to"
        self.post_message(ListsChanged(lists, f"{verb} shortlist '{name}'"))

    def on_lists_changed(self, event: ListsChanged) -> None:
        self.lists = event.lists
        self.table.set_marks(shortlisted=self.lists.shortlisted, notes=self.lists.notes)
        if self.view.filters.shortlisted_only:
            self.apply_view()
        if isinstance(self.screen, DetailScreen):
            offer_id = self.screen.ranked.id
            self.screen.show_marks(
                note=self.lists.notes.get(offer_id), shortlisted=offer_id in self.lists.shortlisted
            )
        if event.message:
            self.status.say(event.message)

    def action_edit_note(self) -> None:
        ranked = self._current()
        if ranked is None:
            return

        def save(text: str | None) -> None:
            if text is not None:
                self._save_note(ranked.id, text)

        self.push_screen(
            PromptScreen(
                f"Your note on #{ranked.id} {ranked.offer.title}",
                self.lists.notes.get(ranked.id, ""),
                hint="Enter saves (empty clears), Esc cancels",
            ),
            save,
        )

    @work(thread=True, group="write", exit_on_error=False, description="write")
    def _save_note(self, offer_id: int, text: str) -> None:
        try:
            set_note(self.store, offer_id, text)
            lists = read_lists(self.store, self.view.shortlist)
        except ScoutError as e:
            self.post_message(Done(str(e), error=True))
            return
        done = "saved" if text.strip() else "cleared"
        self.post_message(ListsChanged(lists, f"Note on #{offer_id} {done}"))

    def action_switch_shortlist(self) -> None:
        def switch(name: str | None) -> None:
            if name and name.strip() and name.strip() != self.view.shortlist:
                self.set_view(replace(self.view, shortlist=name.strip()[:60]))
                self._read_lists(f"Now using shortlist '{name.strip()}'")

        names = ", ".join(self.lists.names) or "none yet"
        self.push_screen(
            PromptScreen(
                "Shortlist to use (a new name makes a new list)",
                self.view.shortlist,
                hint=f"Your lists: {names}",
                suggestions=self.lists.names,
            ),
            switch,
        )

    @work(thread=True, group="write", exit_on_error=False, description="write")
    def _read_lists(self, message: str = "") -> None:
        try:
            self.post_message(ListsChanged(read_lists(self.store, self.view.shortlist), message))
        except ScoutError as e:
            self.post_message(Done(str(e), error=True))

    # -- export --------------------------------------------------------------------------------------------

    def action_export(self, shortlist: bool) -> None:
        if self.model is None or self._still_stale():
            return
        model = self.model
        if shortlist:
            picked = [r for r in model.ranked if r.id in self.lists.shortlisted]
            what = f"the {len(picked)} offers on shortlist '{self.view.shortlist}'"
        else:
            picked = [model.ranked[i] for i in self.table.rows]
            what = f"the {len(picked)} offers shown"
        if not picked:
            self.status.say(
                "Nothing to export: no offer is shown"
                if not shortlist
                else f"Shortlist '{self.view.shortlist}' is empty",
                error=True,
            )
            return

        def go(path: str | None) -> None:
            if path and path.strip():
                self.status.busy = f"Exporting {len(picked):,} offers…"
                self._export(picked, Path(path.strip()).expanduser())

        self.push_screen(
            PromptScreen(
                f"Export {what} to CSV file",
                str(default_export_path(self.today)),
                hint="Enter writes the file, Esc cancels",
            ),
            go,
        )

    @work(thread=True, group="export", exit_on_error=False, description="export")
    def _export(self, picked: list[Ranked], path: Path) -> None:
        try:
            count = export_rows([offer_row(r) for r in picked], self.lists.notes, path)
        except OSError as e:
            self.post_message(Done(f"Could not write {path}: {e.strerror or e}", error=True))
            return
        self.post_message(Done(f"Exported {count:,} offers to {path}"))

    def on_done(self, event: Done) -> None:
        self.status.busy = ""
        self.status.say(event.message, error=event.error)

    # -- other screens --------------------------------------------------------------------------------------

    def action_mark_compare(self) -> None:
        ranked = self._current()
        if ranked is None:
            return
        if ranked.id in self.compare_ids:
            self.compare_ids.remove(ranked.id)
        else:
            self.compare_ids.append(ranked.id)
            if len(self.compare_ids) > MAX_COMPARE:
                dropped = self.compare_ids.pop(0)
                self.status.say(f"Compare takes up to {MAX_COMPARE} offers: unmarked #{dropped}")
        self.table.set_marks(compare=self.compare_ids)
        count = len(self.compare_ids)
        if count >= 2:
            self.status.say(f"{count} offers marked ◆: press C to compare them")
        else:
            self.status.say(f"{count} offer marked ◆: mark another with c")

    def action_compare(self) -> None:
        from scout.tui.compare import CompareScreen

        picked = [r for r in (self._ranked(i) for i in self.compare_ids) if r is not None]
        if len(picked) < 2:
            self.status.say("Mark 2 to 4 offers with c first, then press C", error=True)
            return
        self.push_screen(CompareScreen(picked))

    def action_charts(self) -> None:
        from scout.tui.charts import ChartsScreen

        if self.model is None or self._still_stale():
            return
        shown = [self.model.ranked[i] for i in self.table.rows]
        if not shown:
            self.status.say("No offer is shown to chart", error=True)
            return
        self.push_screen(ChartsScreen(shown, self.table.cursor_id), self._chart_picked)

    def _chart_picked(self, picked: ChartFilter | None) -> None:
        if picked is None:
            return
        facet = {
            "pay_basis": "pay_basis",
            "employment_type": "employment",
            "state": "states",
            "flag": "flags",
        }[picked.kind]
        view = self.view.with_filters(**{facet: frozenset({picked.value})})
        self.query_one(FilterPanel).show(view.filters)
        self.set_view(view)
        self.status.say(f"Showing offers with {picked.kind.replace('_', ' ')} {picked.value} (x clears)")

    def action_profile(self) -> None:
        from scout.tui.profile_screen import ProfileScreen

        before = self.profile

        def done(saved: Profile | None) -> None:
            if saved is not None:
                self.profile = saved
                self.status.say(f"Profile saved to {self.profile_file}")
            elif self.profile != before:
                self.profile = before
                self._rerank(before)

        self.push_screen(ProfileScreen(self.profile, self.profile_file), done)

    def on_profile_screen_changed(self, event: ProfileScreen.Changed) -> None:
        self.profile = event.profile
        self._rerank(event.profile)

    @work(thread=True, exclusive=True, group="rank", exit_on_error=False, description="rank")
    def _rerank(self, profile: Profile) -> None:
        if self.loaded is None:
            return
        self.post_message(Reranked(rerank(self.loaded.offers, profile, self.today), profile))

    def on_reranked(self, event: Reranked) -> None:
        if event.profile != self.profile or self.loaded is None:
            return
        self.loaded.model = self.model = event.model
        self.loaded.profile = event.profile
        self.apply_view()

    def action_add_offer(self) -> None:
        from scout.tui.add_offer import AddOfferScreen

        def store(request: AddOfferRequest | None) -> None:
            if request is not None:
                self.status.busy = "Storing the offer…"
                self._add(request)

        self.push_screen(AddOfferScreen(self.profile, today=self.today), store)

    @work(thread=True, group="write", exit_on_error=False, description="write")
    def _add(self, request: AddOfferRequest) -> None:
        from scout.pipeline import add_manual

        try:
            offer_id = add_manual(self.store, request.to_posting())
        except ScoutError as e:
            self.post_message(Done(str(e), error=True))
            return
        self.post_message(OfferAdded(offer_id))

    def on_offer_added(self, event: OfferAdded) -> None:
        self.load(keep_id=event.offer_id, message=f"Stored as offer #{event.offer_id}")
