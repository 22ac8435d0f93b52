"""`scout tui`: the command parses its options and opens the TUI on the right files."""

from __future__ import annotations

from pathlib import Path

import pytest

import scout.cli.tui  # registers the command (until scout/cli/__init__.py imports it)
import scout.tui.app
from tests.test_cli import run


def test_scout_tui_opens_the_given_database_and_profile(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[tuple[Path, Path | None]] = []
    monkeypatch.setattr(scout.tui.app, "run_tui", lambda db, profile=None: opened.append((db, profile)))
    code, _, err = run(
        capsys, monkeypatch, "tui", "--db", str(tmp_path / "x.duckdb"), "--profile", str(tmp_path / "p.toml")
    )
    assert code == 0, err
    assert opened == [(tmp_path / "x.duckdb", tmp_path / "p.toml")]


def test_scout_tui_defaults_to_the_users_database(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[Path] = []
    monkeypatch.setenv("SCOUT_DB", str(tmp_path / "mine.duckdb"))
    monkeypatch.setattr(scout.tui.app, "run_tui", lambda db, profile=None: opened.append(db))
    code, _, _ = run(capsys, monkeypatch, "tui")
    assert code == 0 and opened == [tmp_path / "mine.duckdb"]
