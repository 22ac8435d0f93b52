"""The CLI through its real entry point: exit codes, output, and the database afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scout.cli import app, main
from scout.store import Store
from tests.conftest import CASSETTES


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str | None = None
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.argv", ["scout", *args])
    if stdin is not None:
        import io

        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    code = 0
    try:
        main()
    except SystemExit as e:
        code = int(e.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_every_command_has_help_with_an_example() -> None:
    import typer.main

    def walk(command: object, path: str) -> None:
        subcommands = getattr(command, "commands", None)
        help_text = getattr(command, "help", None)
        assert help_text, path
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, f"{path} {name}")
        else:
            assert "Example:" in help_text, path

    walk(typer.main.get_command(app), "scout")


def test_replay_scrape_stores_postings_and_reports_partial_success(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        monkeypatch,
        "scrape",
        "--db",
        str(db_path),
        "--source",
        "acr",
        "--replay",
        str(CASSETTES / "acr"),
    )
    assert code == 1
    assert "acr: partial" in out and "46 new" in out
    assert "HTTP 404" in out
    assert len(Store(db_path).postings()) == 46


def test_second_replay_adds_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    args = ("scrape", "--db", str(db_path), "--source", "acr", "--replay", str(CASSETTES / "acr"))
    run(capsys, monkeypatch, *args)
    _, out, _ = run(capsys, monkeypatch, *args)
    assert "0 new, 0 changed, 46 unchanged" in out
    assert len(Store(db_path).postings()) == 46


def test_scout_db_environment_variable_names_the_database(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "from-env.duckdb"
    monkeypatch.setenv("SCOUT_DB", str(target))
    run(capsys, monkeypatch, "scrape", "--source", "acr", "--replay", str(CASSETTES / "acr"))
    assert len(Store(target).postings()) == 46


def test_postings_json_carries_the_documented_keys(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    run(capsys, monkeypatch, "scrape", "--db", str(db_path), "--replay", str(CASSETTES / "acr"))
    code, out, _ = run(capsys, monkeypatch, "postings", "--db", str(db_path), "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 46
    for key in ("source", "source_id", "url", "title", "employer", "first_seen", "last_seen"):
        assert key in rows[0]


def test_runs_and_sources_show_the_last_run_and_its_errors(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    run(capsys, monkeypatch, "scrape", "--db", str(db_path), "--replay", str(CASSETTES / "acr"))
    code, out, _ = run(capsys, monkeypatch, "runs", "--db", str(db_path))
    assert code == 0 and "partial" in out and "54822015" in out and "parse" in out
    code, out, _ = run(capsys, monkeypatch, "sources", "--db", str(db_path))
    assert code == 0 and "ACR Career Center" in out and "partial" in out


def test_demo_never_touches_the_users_database(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    user_db = tmp_path / "mine.duckdb"
    monkeypatch.setenv("SCOUT_DB", str(user_db))
    code, out, _ = run(capsys, monkeypatch, "demo", "--no-tui")
    assert code == 1
    assert not user_db.exists()
    assert (tmp_path / "scout-demo.duckdb").exists()
    assert "postings (126 offers) stored" in out


def test_unknown_source_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    code, _, err = run(capsys, monkeypatch, "scrape", "--db", str(db_path), "--source", "nope")
    assert code == 2 and "unknown source nope" in err


def test_extract_reads_stdin_and_files(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, monkeypatch, "extract", "-", stdin="")
    assert code == 0 and json.loads(out)["schema"] == "scout.terms/1"
    page = tmp_path / "p.html"
    page.write_text("<p>Remote teleradiologist</p>")
    code, out, _ = run(capsys, monkeypatch, "extract", "--html", str(page))
    assert code == 0 and json.loads(out)["schema"] == "scout.terms/1"
    code, _, err = run(capsys, monkeypatch, "extract", str(tmp_path / "missing.txt"))
    assert code == 2 and "cannot read" in err


def test_bad_settings_file_is_a_usage_error_naming_the_key(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    db_path: Path,
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text("[http]\nmin_interval_s = 'slow'\n")
    code, _, err = run(capsys, monkeypatch, "runs", "--db", str(db_path))
    assert code == 2 and "http.min_interval_s" in err
