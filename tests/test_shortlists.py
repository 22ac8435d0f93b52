"""Shortlists and notes through the real entry point: add, show, remove, survive regrouping and
removal from the boards, and a version-3 file migrated to hold them."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from scout import shortlists
from scout.errors import ConfigError
from scout.models import RawPosting
from scout.store import Store, current_schema_version
from tests.test_cli import run


class StepClock:
    def __init__(self) -> None:
        self.t = datetime(2026, 11, 27, 8, 0)

    def __call__(self) -> datetime:
        self.t += timedelta(seconds=1)
        return self.t


def posting(n: int, source: str = "acr") -> RawPosting:
    return RawPosting(
        source=source,
        source_id=str(n),
        url=f"https://{source}.example/job/{n}",
        title=f"Teleradiologist {n}",
        employer="Summit Telerad",
        location="Remote",
        posted_date=date(2026, 11, 1),
        body=f"<p>Job {n}</p>",
        text=f"Job {n}: reads CT and MR from home.",
    )


@pytest.fixture
def store(db_path: Path) -> Store:
    """Four postings (ids 1-4), each its own offer until a test regroups them."""
    s = Store(db_path, clock=StepClock())
    run_id = s.start_run("acr")
    s.save_batch(run_id, [posting(1), posting(2), posting(3)])
    other = s.start_run("physemp")
    s.save_batch(other, [posting(4, "physemp")])
    group(s, {1: 1, 2: 2, 3: 3, 4: 4})
    return s


def group(store: Store, members: dict[int, int]) -> None:
    ids = list(members)
    store.execute_many(
        [
            ("offer_members_clear", {}),
            ("offer_members_insert", {"posting_ids": ids, "offer_ids": [members[i] for i in ids]}),
        ]
    )


def sql(db: Path, statement: str) -> None:
    con = duckdb.connect(str(db))
    try:
        con.execute(statement)
    finally:
        con.close()


def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Path, *args: str
) -> tuple[int, str, str]:
    return run(capsys, monkeypatch, *args, "--db", str(db))


def test_shortlist_lifecycle(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = cli(
        capsys, monkeypatch, db_path, "shortlist", "add", "favourites", "1", "2", "--note", "ask about tail"
    )
    assert code == 0 and "added #1, #2 to favourites" in out

    code, out, _ = cli(capsys, monkeypatch, db_path, "shortlist", "add", "favourites", "2", "3")
    assert code == 0 and "added #3" in out and "already on favourites: #2" in out

    code, _, err = cli(capsys, monkeypatch, db_path, "shortlist", "add", "favourites", "999")
    assert code == 2 and "no offer with id 999" in err

    code, out, _ = cli(capsys, monkeypatch, db_path, "shortlist", "list")
    assert code == 0 and "favourites  3" in out

    code, out, _ = cli(capsys, monkeypatch, db_path, "shortlist", "remove", "favourites", "3", "4")
    assert code == 0 and "removed #3 from favourites" in out and "not on favourites: #4" in out

    code, out, _ = cli(capsys, monkeypatch, db_path, "shortlist", "show", "favourites", "--json")
    assert code == 0
    shown = json.loads(out)
    assert [(e["id"], e["note"], e["removed"]) for e in shown] == [
        (1, "ask about tail", False),
        (2, "ask about tail", False),
    ]
    assert shown[0]["sources"] == [{"source": "acr", "url": "https://acr.example/job/1"}]

    code, _, err = cli(capsys, monkeypatch, db_path, "shortlist", "show", "nope")
    assert code == 2 and "no shortlist named 'nope'; your lists: favourites" in err

    code, out, _ = cli(capsys, monkeypatch, db_path, "shortlist", "delete", "favourites")
    assert code == 0
    assert shortlists.lists(store) == []
    assert shortlists.notes(store) == {1: "ask about tail", 2: "ask about tail"}  # notes stay


def test_an_offer_that_leaves_the_boards_stays_marked_removed(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shortlists.add(store, "favourites", [1, 4])
    sql(db_path, "UPDATE postings SET removed_at = now() WHERE id = 4")
    code, out, _ = cli(capsys, monkeypatch, db_path, "shortlist", "show", "favourites")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()[2:]}
    assert "open" in lines["1"] and "removed" not in lines["1"]
    assert "removed" in lines["4"]


def test_entries_and_notes_follow_their_offer_through_regrouping(store: Store) -> None:
    shortlists.add(store, "a", [3], note="first note")
    group(store, {1: 1, 2: 2, 3: 1, 4: 4})  # posting 3 turns out to be offer 1 on another page
    (entry,) = shortlists.entries(store, "a")
    assert entry.offer_id == 1 and entry.urls == ["https://acr.example/job/1", "https://acr.example/job/3"]
    assert entry.note == "first note"
    assert shortlists.notes(store) == {1: "first note"}

    assert shortlists.add(store, "a", [1]).unchanged == [1]  # already there, under posting 3
    shortlists.set_note(store, 1, "second note")  # replaces the note kept under posting 3
    assert shortlists.notes(store) == {1: "second note"}

    assert shortlists.remove(store, "a", [1]).changed == [1]
    assert shortlists.entries(store, "a") == []

    group(store, {1: 1, 2: 2, 3: 3, 4: 4})  # split again: the note stays with the posting it named
    assert shortlists.notes(store) == {1: "second note"}


def test_an_offer_is_removed_only_when_every_posting_has_gone(store: Store, db_path: Path) -> None:
    group(store, {1: 1, 2: 2, 3: 3, 4: 1})
    shortlists.add(store, "a", [1])
    sql(db_path, "UPDATE postings SET removed_at = now() WHERE id = 1")
    assert [e.removed for e in shortlists.entries(store, "a")] == [False]
    sql(db_path, "UPDATE postings SET removed_at = now() WHERE id = 4")
    assert [e.removed for e in shortlists.entries(store, "a")] == [True]


def test_note_command_sets_and_clears(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = cli(capsys, monkeypatch, db_path, "note", "2", "line one\nline two")
    assert code == 0 and "note saved for offer #2" in out
    assert shortlists.notes(store) == {2: "line one\nline two"}
    code, out, _ = cli(capsys, monkeypatch, db_path, "note", "2", "")
    assert code == 0 and "cleared" in out
    assert shortlists.notes(store) == {}


@pytest.mark.parametrize("name", ["", "   ", "x" * 61])
def test_bad_names_are_refused(name: str) -> None:
    with pytest.raises(ConfigError):
        shortlists.check_name(name)


def test_an_older_file_is_migrated_to_hold_shortlists(tmp_path: Path) -> None:
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute((Path(__file__).parent / "fixtures" / "schema_v1.sql").read_text())
    con.execute(
        "INSERT INTO postings (source, source_id, url, title, body, body_format, text, "
        "content_hash, first_seen, last_seen) VALUES ('acr', '1', 'u', 'Radiologist', '', "
        "'html', 'text', 'h', now(), now())"
    )
    con.close()
    store = Store(old)
    assert store.schema_version() == current_schema_version() >= 4
    shortlists.add(store, "a", [1], note="kept")
    assert [(e.offer_id, e.title, e.note) for e in shortlists.entries(store, "a")] == [
        (1, "Radiologist", "kept")
    ]
