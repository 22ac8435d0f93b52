"""Posting history across two replay runs with different cassettes: new, changed, removed."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from scout.config import Settings
from scout.pipeline import replay_fetcher, scrape
from scout.sources import builtin_sources
from scout.store import Store
from tests.conftest import CASSETTES
from tests.test_cli import run

CHANGED = "54862977"  # $60 per wRVU in the first run, $65 in the second
REMOVED = "54871206"
NEW = "59999999"


def _complete_copy(dest: Path) -> Path:
    """The ACR cassettes with the repeating page 4 cut off, so the listing ends cleanly."""
    shutil.copytree(CASSETTES / "acr", dest)
    page3 = dest / "search" / "radiologist-3.html"
    page3.write_text(re.sub(r'<a rel="next"[^>]*>[^<]*</a>', "", page3.read_text()))
    data = json.loads((dest / "cassette.json").read_text())
    data["interactions"] = [i for i in data["interactions"] if not i["url"].endswith("page=4")]
    (dest / "cassette.json").write_text(json.dumps(data))
    return dest


def _second_week(first: Path, dest: Path) -> Path:
    shutil.copytree(first, dest)
    job = dest / "jobs" / f"{CHANGED}.html"
    job.write_text(job.read_text().replace("$60 per wRVU", "$65 per wRVU"))
    search = dest / "search" / "teleradiology-1.html"
    html = search.read_text()
    cards = re.findall(r'<li class="job-tile">.*?</li>', html, flags=re.S)
    removed = next(c for c in cards if REMOVED in c)
    changed_card = next(c for c in cards if CHANGED in c)
    new_card = changed_card.replace(CHANGED, NEW).replace(
        "Body Imaging (Swing Shift)", "Neuro Imaging (Overnight)"
    )
    search.write_text(html.replace(removed, "").replace(changed_card, changed_card + new_card))
    data = json.loads((dest / "cassette.json").read_text())
    original = next(i for i in data["interactions"] if CHANGED in i["url"] and i["status"] == 200)
    new_page = dest / "jobs" / f"{NEW}.html"
    new_page.write_text(
        (dest / original["body_file"])
        .read_text()
        .replace("Body Imaging (Swing Shift)", "Neuro Imaging (Overnight)")
        .replace("body imaging", "neuroimaging")
    )
    data["interactions"].append(
        {**original, "url": original["url"].replace(CHANGED, NEW), "body_file": f"jobs/{NEW}.html"}
    )
    (dest / "cassette.json").write_text(json.dumps(data))
    return dest


@pytest.fixture
def two_runs(tmp_path: Path) -> Path:
    db = tmp_path / "h.duckdb"
    week1 = _complete_copy(tmp_path / "week1")
    week2 = _second_week(week1, tmp_path / "week2")
    acr = [builtin_sources()["acr"]]
    for folder in (week1, week2):
        with replay_fetcher(Settings(), [folder]) as fetch:
            scrape(Store(db), acr, fetch, Settings())
    return db


def test_second_run_records_new_changed_and_removed(two_runs: Path) -> None:
    rows = {r["source_id"]: r for r in Store(two_runs).postings()}
    assert rows[REMOVED]["removed_at"] is not None
    assert rows[CHANGED]["version"] == 2
    assert rows[NEW]["first_seen"] > rows[CHANGED]["first_seen"]
    runs = Store(two_runs).runs()
    assert runs[0]["complete"] and runs[0]["removed"] == 1 and runs[0]["new"] == 1


def test_scout_new_lists_only_the_new_offer(
    two_runs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, monkeypatch, "new", "--db", str(two_runs))
    assert code == 0
    assert "Neuro Imaging (Overnight)" in out and "1 new offers" in out


def test_scout_changes_lists_the_pay_change_and_the_removal(
    two_runs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, monkeypatch, "changes", "--db", str(two_runs), "--since", "2000-01-01")
    assert code == 0
    assert "removed from the board" in out
    assert "pay.per_rvu_usd $60 -> $65" in out
