"""The pure parts of the main screen: view state and its file, filters, sort orders, search, loader."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from scout.extract.contract import Terms
from scout.offers import load_offers
from scout.profile import Profile
from scout.rank import rank_all
from scout.store import Store
from scout.tui.data import load_offers_quickly, stored_terms
from scout.tui.model import OfferTableModel
from scout.tui.search import SearchIndex
from scout.tui.state import Filters, StateFile, ViewState
from tests.tui.conftest import TODAY, add_markup_offer


def test_view_state_round_trips_through_its_file(tmp_path: Path) -> None:
    path = tmp_path / "tui.json"
    view = ViewState(
        sort="hourly",
        descending=False,
        search="neuro nights",
        cursor_id=12,
        shortlist="nights",
        filters=Filters(employment=frozenset({"w2"}), min_score=55, hide_critical=True),
    )
    state = StateFile.load(path)
    state.remember(Path("/data/scout.duckdb"), view)
    state.theme = "textual-light"
    state.save()
    again = StateFile.load(path)
    assert again.view(Path("/data/scout.duckdb")) == view
    assert again.view(Path("/other.duckdb")) == ViewState()
    assert again.theme == "textual-light"


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{not json",
        "[]",
        json.dumps({"version": 99}),
        json.dumps({"version": 1, "views": {"x": {"sort": 5, "filters": 3, "cursor_id": "a"}}}),
    ],
)
def test_an_unreadable_state_file_means_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "tui.json"
    path.write_text(content)
    state = StateFile.load(path)
    assert state.view(Path("x")) == ViewState()


def test_sorting_again_by_the_same_column_reverses_it() -> None:
    view = ViewState()
    assert view.sorted_by("score").descending is False
    assert view.sorted_by("title") == ViewState(sort="title", descending=False)
    assert view.sorted_by("title").sorted_by("title").descending is True
    assert view.sorted_by("hourly").descending is True  # money sorts largest first


@pytest.fixture(scope="module")
def model(template_db: Path) -> OfferTableModel:
    store = Store(template_db)
    return OfferTableModel(rank_all(load_offers_quickly(store), Profile(licenses_held=("TX",)), TODAY))


def test_filters_combine_and_either_passes_a_w2_filter(model: OfferTableModel) -> None:
    wanted = Filters(employment=frozenset({"w2"}), pay_basis=frozenset({"per_rvu", "salary"}))
    view = ViewState(filters=wanted)
    rows = model.rows(view)
    assert rows
    for i in rows:
        terms = model.ranked[i].offer.terms
        assert terms.employment_type in ("w2", "either")
        assert {"per_rvu", "salary"} & set(terms.pay.models)
    either = {i for i in range(len(model)) if model.ranked[i].offer.terms.employment_type == "either"}
    assert either and either <= set(model.rows(ViewState(filters=Filters(employment=frozenset({"w2"})))))


def test_licence_and_score_filters(model: OfferTableModel) -> None:
    rows = model.rows(ViewState(filters=Filters(licensed_only=True, min_score=40)))
    assert rows
    for i in rows:
        r = model.ranked[i]
        assert r.score >= 40 and not r.licenses_missing
        assert set(r.offer.terms.licensing.states) <= {"TX"}


def test_unknown_values_sort_last_both_ways(model: OfferTableModel) -> None:
    for descending in (True, False):
        order = model.order("type", descending)
        kinds = [model.ranked[i].offer.terms.employment_type for i in order]
        known = [k for k in kinds if k is not None]
        assert kinds[: len(known)] == known and all(k is None for k in kinds[len(known) :])
        assert known == sorted(known, reverse=descending)


def test_search_needs_every_word_and_forgives_typos() -> None:
    index = SearchIndex(
        [
            (1, "night neuroradiologist\nsummit\n$60 per wrvu"),
            (2, "day body radiologist\nlakeshore\nneuro reads welcome"),
            (3, "msk\ncoastal\nno call"),
        ]
    )
    assert index.search("") is None
    assert index.search("neuro") == {1, 2}
    assert index.search("neuro night") == {1}
    assert index.search("nueroradiologist") == {1}
    assert index.search("lakesh") == {2}
    assert index.search("neuro coastal") == frozenset()
    assert index.search("$60/wRVU") == {1}


def test_quick_loader_matches_the_shared_one(db: Path) -> None:
    store = Store(db)
    add_markup_offer(store)
    quick, shared = load_offers_quickly(store), load_offers(store)
    assert [o.id for o in quick] == [o.id for o in shared]
    for a, b in zip(quick, shared, strict=True):
        assert a.terms.to_contract() == b.terms.to_contract()
        assert (a.title, a.text, a.sources, a.first_seen, a.removed_at) == (
            b.title,
            b.text,
            b.sources,
            b.first_seen,
            b.removed_at,
        )
    day = date(2026, 11, 27)
    assert [(r.id, r.score) for r in rank_all(quick, Profile(), day)] == [
        (r.id, r.score) for r in rank_all(shared, Profile(), day)
    ]


def test_quick_terms_fall_back_on_anything_unexpected() -> None:
    assert stored_terms(None).pay.models == []
    assert stored_terms('{"schema": "scout.terms/1", "work_mode": "remote"}').work_mode == "remote"


def test_quick_loader_matches_on_scraped_postings(tmp_path: Path) -> None:
    """Real extractor output (evidence, several sources per offer) from the demo's cassettes."""
    from scout.config import Settings
    from scout.demo import load_demo
    from scout.pipeline import replay_fetcher, scrape

    store = Store(tmp_path / "demo.duckdb")
    demo = load_demo()
    wanted = ("acr", "physemp")
    folders = [f for f in demo.folders if f.name in wanted]
    with replay_fetcher(Settings(), folders) as fetcher:
        scrape(store, [s for s in demo.sources if s.name in wanted], fetcher, Settings(), trigger="demo")
    quick, shared = load_offers_quickly(store), load_offers(store)
    assert len(quick) > 40 and any(len(o.sources) > 1 for o in quick)
    assert [o.terms.to_contract() for o in quick] == [o.terms.to_contract() for o in shared]
    assert [(r.id, r.score) for r in rank_all(quick, Profile(), demo.recorded)] == [
        (r.id, r.score) for r in rank_all(shared, Profile(), demo.recorded)
    ]


def test_new_shortlisted_and_critical_filters(model: OfferTableModel) -> None:
    ids = model.row_ids
    new, listed = {ids[3], ids[7]}, {ids[1]}
    assert model.rows(ViewState(filters=Filters(new_only=True)), new=new) == sorted(
        model.index_of[i] for i in new
    )
    assert model.rows(ViewState(filters=Filters(shortlisted_only=True)), shortlisted=listed) == [1]
    calm = model.rows(ViewState(filters=Filters(hide_critical=True)))
    assert calm and all(lvl != "critical" for i in calm for _, lvl in model.ranked[i].flag_levels)
    assert len(calm) < len(model)


def test_quick_terms_are_the_validated_terms_field_for_field(db: Path) -> None:
    """Stored JSON with every field, with some left out (defaults), and Scout's own dump of the
    quick terms, which the offers cache stores: each reads back as full validation reads it."""
    raws = [r["terms"] for r in Store(db).query("offers_load")[:20]]
    for raw in raws:
        quick, checked = stored_terms(raw), Terms.model_validate_json(raw)
        assert quick == checked and quick.model_dump_json() == checked.model_dump_json()
        again = stored_terms(quick.model_dump_json(by_alias=True))
        assert again == checked and again.model_dump_json() == checked.model_dump_json()
