"""The pipeline's glue: an extractor failure keeps the posting, records the error, and
renormalize fills the terms in later."""

from __future__ import annotations

from pathlib import Path

import pytest

from scout import pipeline
from scout.config import Settings
from scout.http import Fetcher
from scout.pipeline import renormalize, scrape
from scout.store import Store
from tests.test_health import FakeBoard


def test_an_extractor_crash_keeps_the_posting_and_is_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.terms_json

    def flaky(text: str) -> str:
        if "Remote radiologist 3," in text:
            raise RuntimeError("rule blew up")
        return real(text)

    monkeypatch.setattr(pipeline, "terms_json", flaky)
    store = Store(tmp_path / "db")
    with Fetcher() as fetch:
        outcome = scrape(store, [FakeBoard(dated=True, count=5)], fetch, Settings())
    assert len(store.postings()) == 5
    errors = store.run_errors(outcome.reports[0].run_id)
    assert [(e["kind"], "rule blew up" in e["reason"]) for e in errors] == [("extract", True)]
    assert outcome.reports[0].status == "partial"
    monkeypatch.setattr(pipeline, "terms_json", real)
    assert renormalize(store) == 1
    assert renormalize(store) == 0


def test_renormalize_prepares_the_next_tui_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_cli import run

    monkeypatch.setattr(pipeline, "terms_json", lambda text: (_ for _ in ()).throw(RuntimeError("x")))
    db = tmp_path / "scout.duckdb"
    with Fetcher() as fetch:
        scrape(Store(db), [FakeBoard(dated=True, count=3)], fetch, Settings())
    monkeypatch.undo()
    monkeypatch.setenv("SCOUT_PROFILE", str(tmp_path / "no-profile.toml"))
    offers, ranking = db.with_name(db.name + ".offers"), db.with_name(db.name + ".ranking")
    assert not offers.exists()
    code, out, _ = run(capsys, monkeypatch, "renormalize", "--db", str(db))
    assert code == 0 and "re-extracted terms for 3 postings" in out
    assert offers.exists() and ranking.exists()


def test_add_prepares_the_next_tui_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from scout.profile import load_profile
    from scout.tui.cache import CacheFiles
    from scout.tui.data import read_all
    from scout.tui.state import DEFAULT_SHORTLIST
    from tests.test_cli import run

    db = tmp_path / "scout.duckdb"
    with Fetcher() as fetch:
        scrape(Store(db), [FakeBoard(dated=True, count=3)], fetch, Settings())
    monkeypatch.setenv("SCOUT_PROFILE", str(tmp_path / "no-profile.toml"))
    email = tmp_path / "offer.txt"
    email.write_text("Remote neuroradiologist, 1099, $45/wRVU, nights 7on/7off.\n", encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, "add", str(email), "--db", str(db), "--employer", "Summit")
    assert code == 0 and "stored as offer" in out
    files = CacheFiles.beside(db)
    assert files.offers.exists() and files.ranking.exists()
    # the next start reads the offers, the new one included, from the cache instead of rebuilding them
    loaded = read_all(Store(db), load_profile(), date.today(), DEFAULT_SHORTLIST, cache=files)
    assert loaded.from_cache and not loaded.unsaved
    assert any(o.employer == "Summit" for o in loaded.offers) and len(loaded.offers) == 4
