"""The cache beside the database: offers used only for the data they were built from, a first
screen only for the ranking it was saved for, both rebuilt after any change, never fatal."""

from __future__ import annotations

import os
import pickle
import random
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import scout.tui.app
from scout.normalize import EXTRACTOR_VERSION
from scout.offers import load_offers
from scout.profile import Profile
from scout.rank import rank_all
from scout.store import Store
from scout.tui import cache as cache_files
from scout.tui.app import ScoutApp
from scout.tui.cache import CacheFiles
from scout.tui.data import Loaded, Preview, read_all, save_for_next_start
from scout.tui.messages import PreviewReady
from scout.tui.model import reads_every_offer
from scout.tui.state import ViewState
from tests.tui.conftest import TODAY, add_markup_offer, fill, fixed_clock, loaded, settle, wait_for
from tests.tui.make_offers import synthetic_posting

AppFactory = Callable[..., ScoutApp]


def read(
    store: Store, cache: CacheFiles, profile: Profile | None = None, day: date = TODAY
) -> tuple[Loaded, list[Preview]]:
    previews: list[Preview] = []
    got = read_all(store, profile or Profile(), day, "default", cache=cache, preview=previews.append)
    return got, previews


def read_and_save(store: Store, cache: CacheFiles) -> Loaded:
    got, _ = read(store, cache)
    save_for_next_start(got)
    return got


def ranked_now(store: Store, profile: Profile | None = None) -> list[tuple[int, float]]:
    return [(r.id, r.score) for r in rank_all(load_offers(store), profile or Profile(), TODAY)]


def add_posting(store: Store, number: int) -> None:
    posting, terms = synthetic_posting(number, random.Random(number), "acr")
    run_id = store.start_run("acr")
    store.save_batch(
        run_id,
        [posting],
        terms={(posting.source, posting.source_id): terms},
        extractor_version=EXTRACTOR_VERSION,
    )
    store.finish_run(run_id, "ok", complete=False)


@pytest.fixture
def store(db: Path) -> Store:
    add_markup_offer(Store(db, clock=fixed_clock))  # markup in its text, a source of its own
    return Store(db, clock=fixed_clock)


@pytest.fixture
def cache(db: Path) -> CacheFiles:
    return CacheFiles.beside(db)


def test_a_second_read_of_the_same_data_comes_from_the_cache(store: Store, cache: CacheFiles) -> None:
    first = read_and_save(store, cache)
    assert not first.from_cache and cache.offers.exists() and cache.ranking.exists()
    second, previews = read(store, cache)
    assert second.from_cache and not second.unsaved  # both files served: nothing to write
    assert second.offers == first.offers == load_offers(store)
    assert [(r.id, r.score) for r in second.model.ranked] == ranked_now(store)
    assert len(previews) == 1


def test_the_first_screen_is_the_real_ranking(store: Store, cache: CacheFiles) -> None:
    read_and_save(store, cache)
    whole, (preview,) = read(store, cache)
    model = preview.model
    assert model.partial and len(model) == len(whole.model)
    assert model.row_ids == whole.model.row_ids and model.removed_rows == whole.model.removed_rows
    for row in (0, 1, len(model) - 1):  # ranked when read, by the ranking code
        assert model.cells(row) == whole.model.cells(row)
        assert model.ranked[row].score == whole.model.ranked[row].score
    assert [r.id for r in model.ranked] == [r.id for r in whole.model.ranked]  # every row, if asked
    assert [r.offer for r in model.ranked] == whole.offers or sorted(  # the same offers
        (r.offer for r in model.ranked), key=lambda o: o.id
    ) == sorted(whole.offers, key=lambda o: o.id)


def test_another_profile_or_day_shows_the_saved_top_ranked_anew(store: Store, cache: CacheFiles) -> None:
    first = read_and_save(store, cache)
    fussy = Profile(licenses_held=("TX",))
    got, (preview,) = read(store, cache, fussy)
    assert got.from_cache and preview.stale  # the offers still come from the file
    assert [(r.id, r.score) for r in got.model.ranked] == ranked_now(store, fussy)
    kept = min(len(first.offers), cache_files.TOP_ROWS)
    model = preview.model
    assert model.partial and len(model) == kept  # the saved top rows only, never the lower ones
    assert [(r.id, r.score) for r in model.ranked] == [
        (r.id, r.score) for r in rank_all([r.offer for r in first.model.ranked[:kept]], fussy, TODAY)
    ]
    later, (tomorrow,) = read(store, cache, day=TODAY + timedelta(days=1))
    assert tomorrow.stale and {r.id for r in tomorrow.model.ranked} <= {o.id for o in later.offers}


def _rekey(path: Path, key: str, fields: tuple[str, ...] | None = None) -> None:
    """The file as another version of Scout would have saved it: another key (and layout)."""
    with path.open("rb") as f:
        head = pickle.load(f)
        payloads = [pickle.load(f) for _ in range(head[2])]
    with path.open("wb") as f:
        pickle.dump((head[0], key, head[2], fields or head[3]), f)
        for payload in payloads:
            pickle.dump(payload, f)


def test_after_an_upgrade_the_old_ranking_gives_a_stale_first_screen(store: Store, cache: CacheFiles) -> None:
    first = read_and_save(store, cache)
    _rekey(cache.offers, "older code")
    _rekey(cache.ranking, "older code")
    got, (preview,) = read(store, cache)
    assert not got.from_cache and got.offers == load_offers(store)  # rebuilt from the database
    assert preview.stale and preview.model.row_ids == first.model.row_ids[: len(preview.model)]
    assert not preview.model.answers(ViewState(sort="title"))  # views over every offer wait
    save_for_next_start(got)
    assert len(read(store, cache)[1]) == 1 and not read(store, cache)[1][0].stale  # current again


def test_records_laid_out_by_other_code_give_no_first_screen(store: Store, cache: CacheFiles) -> None:
    read_and_save(store, cache)
    _rekey(cache.ranking, "older code", (*cache_files.FIELDS[1:], "a field this code lacks"))
    got, previews = read(store, cache)
    assert not previews and got.offers == load_offers(store)


def test_saved_records_this_code_cannot_rank_give_no_first_screen(store: Store, cache: CacheFiles) -> None:
    first = read_and_save(store, cache)
    broken = [
        tuple("not a value" if i != cache_files.FIELDS.index("id") else v for i, v in enumerate(r))
        for r in (cache_files._record(o) for o in first.offers[:3])
    ]
    with cache.ranking.open("wb") as f:
        pickle.dump((cache_files.FORMAT, "older code", 4, cache_files.FIELDS), f)
        for part in ([r[0] for r in broken], [1.0, 0.5, 0.2], [], broken):
            pickle.dump(part, f)
    got, previews = read(store, cache)
    assert not previews and [r.id for r in got.model.ranked] == [i for i, _ in ranked_now(store)]


def test_a_store_write_between_two_reads_shows_the_new_offer(store: Store, cache: CacheFiles) -> None:
    before = read_and_save(store, cache)
    add_posting(store, 5000)  # same clock: only the data tells the two states apart
    after, previews = read(store, cache)
    assert not after.from_cache and [p.stale for p in previews] == [True]
    assert len(after.offers) == len(before.offers) + 1
    assert after.offers == load_offers(store)


def test_new_terms_for_the_same_posting_are_read(store: Store, cache: CacheFiles) -> None:
    """What renormalize writes: a posting's terms replaced, its version and the clock unchanged."""
    read_and_save(store, cache)
    posting_id, version, _ = store.stale_terms("a later extractor")[0]
    store.save_terms([(posting_id, version, '{"schema": "scout.terms/1", "work_mode": "onsite"}')], "9")
    after, previews = read(store, cache)
    assert not after.from_cache and [p.stale for p in previews] == [True]
    changed = next(o for o in after.offers if any(s["posting_id"] == str(posting_id) for s in o.sources))
    assert changed.terms.work_mode == "onsite"


def test_a_regrouping_is_read(store: Store, cache: CacheFiles) -> None:
    before = read_and_save(store, cache)
    a, b = before.offers[0].id, before.offers[1].id
    grouped = {"posting_ids": [a, b], "offer_ids": [min(a, b), min(a, b)]}
    store.execute_many([("offer_members_clear", {}), ("offer_members_insert", grouped)])
    after, previews = read(store, cache)
    assert not after.from_cache and len(after.offers) == len(before.offers) - 1
    assert [p.stale for p in previews] == [True]  # the saved top rows, until the whole read is done


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not a pickle at all",
        pickle.dumps("just a string"),
        pickle.dumps((cache_files.FORMAT, "stale key", 1, cache_files.FIELDS)),
        pickle.dumps((1, "a file of the first format", 1)),
        pickle.dumps(os.system),  # a global outside the plain values: refused, never called
    ],
)
def test_a_damaged_cache_file_is_ignored_and_rebuilt(store: Store, cache: CacheFiles, damage: bytes) -> None:
    cache.offers.write_bytes(damage)
    cache.ranking.write_bytes(damage)
    got = read_and_save(store, cache)
    assert not got.from_cache and got.offers == load_offers(store)
    again, previews = read(store, cache)  # rewritten, and good this time
    assert again.from_cache and len(previews) == 1


def test_a_truncated_cache_file_is_ignored(store: Store, cache: CacheFiles) -> None:
    read_and_save(store, cache)
    cache.offers.write_bytes(cache.offers.read_bytes()[: cache.offers.stat().st_size // 2])
    got, (preview,) = read(store, cache)  # the ranking file is whole: the first screen shows
    assert not got.from_cache and got.offers == load_offers(store)
    assert [r.id for r in preview.model.ranked] == got.model.row_ids  # the rest from the database


def test_records_of_the_wrong_shape_are_ignored(store: Store, cache: CacheFiles) -> None:
    key = cache_files.offers_key(store.query("offers_fingerprint")[0])
    with cache.offers.open("wb") as f:
        pickle.dump((cache_files.FORMAT, key, 1, cache_files.FIELDS), f)
        pickle.dump([("too", "short")], f)
    assert cache_files.read_records(cache.offers, key) is None
    assert read(store, cache)[0].offers == load_offers(store)


def test_a_ranking_that_does_not_hold_together_is_not_shown(store: Store, cache: CacheFiles) -> None:
    first = read_and_save(store, cache)
    offers_at = cache_files.offers_key(store.query("offers_fingerprint")[0])
    key = cache_files.ranking_key(offers_at, Profile(), TODAY)
    shuffled = [*first.model.ranked[1:3], first.model.ranked[0], *first.model.ranked[3:]]
    cache_files.save_ranking(cache.ranking, key, shuffled, first.model.removed_rows)
    assert cache_files.read_ranking(cache.ranking, key) is not None  # well formed: it is only a cache
    with cache.ranking.open("wb") as f:  # top rows that are not the first ids
        pickle.dump((cache_files.FORMAT, key, 4, cache_files.FIELDS), f)
        for part in ([1, 2], [0.5, 0.4], [], [cache_files._record(first.offers[5])]):
            pickle.dump(part, f)
    got, previews = read(store, cache)
    assert got.from_cache and not previews


def test_an_unwritable_folder_means_no_cache_not_an_error(store: Store, tmp_path: Path) -> None:
    nowhere = CacheFiles.beside(tmp_path / "missing-folder" / "tui.duckdb")
    got = read_and_save(store, nowhere)
    assert got.offers and not nowhere.offers.exists()


@pytest.mark.anyio
async def test_a_scrape_between_two_starts_shows_the_new_offer(db: Path, make_app: AppFactory) -> None:
    first = make_app(db)
    async with first.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, first)
        await settle(pilot, first)  # the cache is written after the search index
        assert first.model is not None and len(first.model) == 40
    fill(db, 3, start=2000, sources=("acr",))  # a cron scrape while the TUI is closed
    again = make_app(db)
    async with again.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, again)
        assert again.loaded is not None and not again.loaded.from_cache
        assert len(again.loaded.model) == 43 and again.loaded.offers == load_offers(again.store)


@pytest.mark.anyio
async def test_a_second_start_draws_the_cached_order_first(db: Path, make_app: AppFactory) -> None:
    first = make_app(db)
    async with first.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, first)
        await settle(pilot, first)
        whole = first.model
    again = make_app(db)
    previews: list[PreviewReady] = []
    async with again.run_test(size=(120, 40), message_hook=_collect(previews)) as pilot:
        await loaded(pilot, again)
        assert len(previews) == 1 and previews[0].preview.model.partial
        assert again.model is not None and not again.model.partial
        assert whole is not None and again.model.row_ids == whole.row_ids


def _collect(into: list[PreviewReady]) -> Callable[[object], None]:
    def hook(message: object) -> None:
        if isinstance(message, PreviewReady):
            into.append(message)

    return hook


def test_a_first_screen_serves_only_the_ranking_order() -> None:
    view = ViewState()
    assert not reads_every_offer(view)
    assert not reads_every_offer(view.with_filters(min_score=50.0, include_removed=True))
    for other in (
        replace(view, sort="title"),
        replace(view, descending=False),
        replace(view, search="neuro"),
        view.with_filters(work_modes=frozenset({"remote"})),
        view.with_filters(hide_critical=True),
    ):
        assert reads_every_offer(other)


@pytest.mark.anyio
async def test_a_view_the_cached_order_cannot_show_waits_for_the_whole_read(
    db: Path, make_app: AppFactory
) -> None:
    first = make_app(db)
    async with first.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, first)
        await settle(pilot, first)
        await pilot.press("greater_than_sign")  # sorted by title: not the ranking's order
        await pilot.press("q")
    again = make_app(db)
    previews: list[PreviewReady] = []
    async with again.run_test(size=(120, 40), message_hook=_collect(previews)) as pilot:
        await loaded(pilot, again)
        assert again.view.sort == "title" and not previews
        assert again.loaded is not None and again.loaded.from_cache


def test_a_write_clears_temporary_files_left_by_a_dead_process(store: Store, cache: CacheFiles) -> None:
    old = cache.offers.with_name(cache.offers.name + ".abc123.tmp")
    fresh = cache.offers.with_name(cache.offers.name + ".def456.tmp")  # another process writing now
    for f in (old, fresh):
        f.write_bytes(b"half a pickle")
    aged = old.stat().st_mtime - cache_files.LEFTOVER_AGE_S - 60
    os.utime(old, (aged, aged))
    read_and_save(store, cache)
    assert not old.exists() and fresh.exists() and cache.offers.exists()


@pytest.mark.anyio
async def test_a_stale_first_screen_is_shown_but_not_acted_on(
    db: Path, make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_app(db)
    async with first.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, first)
        await settle(pilot, first)
    cache = CacheFiles.beside(db)
    for path in (cache.offers, cache.ranking):
        _rekey(path, "older code")  # as after an upgrade of Scout
    held = threading.Event()  # the whole read waits until the first screen has been tried
    real_read_all = scout.tui.app.read_all

    def slow_read_all(*args: Any, preview: Callable[[Preview], None] | None = None, **kwargs: Any) -> Loaded:
        def hand_over(got: Preview) -> None:
            assert preview is not None
            preview(got)
            held.wait(15)

        return real_read_all(*args, preview=hand_over if preview else None, **kwargs)

    monkeypatch.setattr(scout.tui.app, "read_all", slow_read_all)
    again = make_app(db)
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: again.first_screen_is_stale)
        assert again.loaded is None and again.table.rows
        shown = len(again.table.rows)
        assert again.status.busy == f"Loading offers… showing the last start's top {shown:,}"
        assert f"of {shown} offers" not in again.status.plain()  # not every offer: no total to show
        for key in ("s", "enter", "c", "e"):
            await pilot.press(key)
            assert not again.lists.shortlisted and again.screen is again.screen_stack[0]
        assert again.status.message.startswith("Still loading the current offers")
        assert not again.compare_ids
        held.set()
        await loaded(pilot, again)
        assert not again.first_screen_is_stale and again.model is not None and not again.model.partial
        assert not again.status.busy and not again.status.message  # "still loading" is taken down
        await pilot.press("s")
        await settle(pilot, again)
        assert again.lists.shortlisted == {again.table.cursor_id}
