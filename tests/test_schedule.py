"""Scheduling: the crontab line built for a given environment, `scout schedule` against a stand-in
crontab, and what a scheduled scrape adds: the lock, the log, --max-duration, --notify-cmd."""

from __future__ import annotations

import os
import re
import stat
import sys
import time
from pathlib import Path

import httpx
import pytest

from scout import notify, schedule
from scout.config import Settings
from scout.errors import ConfigError
from scout.http import Fetcher
from scout.profile import Profile
from scout.replay import Replayer
from scout.runlock import EX_TEMPFAIL, RunLock, lock_path
from scout.store import Store
from tests.conftest import CASSETTES
from tests.test_cli import run
from tests.test_shortlists import posting

# --- the line -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("30m", 1800), ("2h", 7200), ("1h30m", 5400), ("1d", 86400), (" 45M ", 2700)],
)
def test_durations(text: str, seconds: int) -> None:
    assert schedule.parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "30", "m", "1.5h", "-1h", "0m", "2 hours", "1h 30x"])
def test_bad_durations_are_refused(text: str) -> None:
    with pytest.raises(ConfigError):
        schedule.parse_duration(text)


@pytest.mark.parametrize(
    ("every", "offset", "fields"),
    [
        ("30m", 17, "17,47 * * * *"),
        ("30m", 45, "15,45 * * * *"),
        ("1h", 137, "17 * * * *"),
        ("6h", 137, "17 2-23/6 * * *"),
        ("8h", 1439, "59 7-23/8 * * *"),
        ("12h", 800, "20 1-23/12 * * *"),
        ("1d", 137, "17 2 * * *"),
    ],
)
def test_cron_expressions(every: str, offset: int, fields: str) -> None:
    assert schedule.cron_expression(schedule.every_minutes(every), offset) == fields


@pytest.mark.parametrize("every", ["5m", "15m", "5h", "2d", "weekly"])
def test_schedules_scout_does_not_install_are_refused(every: str) -> None:
    with pytest.raises(ConfigError, match="30m, 1h"):
        schedule.every_minutes(every)


def test_the_line_for_a_given_environment() -> None:
    job = schedule.CronJob(
        scout=["/home/dr x/.local/bin/scout"],
        db=Path("/home/dr x/.local/share/scout/scout.duckdb"),
        log_file=Path("/home/dr x/.local/state/scout/log/scrape.log"),
        every="6h",
        offset=137,
        notify_cmd='notify-send "Scout" "$SCOUT_SUMMARY" at 100%',
        notify_min_score=75,
        env={"SCOUT_CONFIG_DIR": "/home/dr x/scout config"},
    )
    assert job.line() == (
        "17 2-23/6 * * * SCOUT_CONFIG_DIR='/home/dr x/scout config' "
        "'/home/dr x/.local/bin/scout' scrape --trigger scheduled "
        "--db '/home/dr x/.local/share/scout/scout.duckdb' "
        "--log-file '/home/dr x/.local/state/scout/log/scrape.log' --max-duration 270m "
        '--notify-cmd \'notify-send "Scout" "$SCOUT_SUMMARY" at 100\\%\' --notify-min-score 75 '
        ">/dev/null 2>>'/home/dr x/.local/state/scout/log/scrape-errors.log' "
        "# scout-schedule (managed by `scout schedule`)"
    )


def test_the_line_calls_this_scout_by_absolute_path(tmp_path: Path) -> None:
    script = tmp_path / "bin" / "scout"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert schedule.scout_command(str(script)) == [str(script)]
    assert schedule.scout_command("scout", which=lambda _: str(script)) == [str(script)]
    python = str(Path(sys.executable).absolute())
    assert schedule.scout_command("/x/scout/__main__.py") == [python, "-m", "scout"]
    assert schedule.scout_command("scout", which=lambda _: None) == [python, "-m", "scout"]


def test_settings_variables_are_passed_to_cron_as_absolute_paths(tmp_path: Path) -> None:
    env = {"SCOUT_CONFIG_DIR": "~/cfg", "SCOUT_PROFILE": "", "HOME": str(tmp_path), "PATH": "/bin"}
    got = schedule.passed_env(env)
    assert list(got) == ["SCOUT_CONFIG_DIR"] and Path(got["SCOUT_CONFIG_DIR"]).is_absolute()


def test_install_replaces_only_scouts_line_and_remove_keeps_the_rest() -> None:
    mine = "MAILTO=me@example.com\n0 3 * * * backup.sh # nightly\n"
    old = f"1 2 * * * /old/scout scrape {schedule.MARKER}"
    new = f"5 */6 * * * /new/scout scrape {schedule.MARKER}"
    once = schedule.with_line(mine + old + "\n\n", new)
    assert once == mine + new + "\n"
    assert schedule.with_line(once, new) == once
    assert schedule.scout_lines(once) == [new]
    assert schedule.without_scout(once) == mine
    assert schedule.without_scout(new + "\n") == ""


# --- scout schedule, against a stand-in crontab -------------------------------------------------

FAKE_CRONTAB = """#!/bin/sh
store="$FAKE_CRONTAB_FILE"
case "$1" in
  -l) if [ -f "$store" ]; then cat "$store"; else echo "no crontab for $(id -un)" >&2; exit 1; fi ;;
  -) cat > "$store" ;;
  *) echo "usage" >&2; exit 2 ;;
esac
"""


@pytest.fixture
def fake_crontab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `crontab` first on PATH that keeps the table in a file (the user's own is never touched)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "crontab"
    exe.write_text(FAKE_CRONTAB)
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    store = tmp_path / "crontab.txt"
    monkeypatch.setenv("FAKE_CRONTAB_FILE", str(store))
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin")
    return store


def test_schedule_install_show_remove(
    fake_crontab: Path, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, monkeypatch, "schedule", "show")
    assert code == 0 and "no scheduled scrape" in out

    fake_crontab.write_text("0 3 * * * backup.sh\n")
    code, out, _ = run(capsys, monkeypatch, "schedule", "install", "--every", "1h", "--db", str(db_path))
    assert code == 0 and "added this line to your crontab" in out
    (line,) = schedule.scout_lines(fake_crontab.read_text())
    assert fake_crontab.read_text().startswith("0 3 * * * backup.sh\n")
    assert f"scrape --trigger scheduled --db {db_path} --log-file " in line
    assert "--max-duration 45m" in line and line.split()[1:5] == ["*", "*", "*", "*"]
    assert (Path(os.environ["XDG_STATE_HOME"]) / "scout" / "log").is_dir()  # so 2>> can append

    code, out, _ = run(capsys, monkeypatch, "schedule", "install", "--every", "12h", "--db", str(db_path))
    assert code == 0 and "replaced Scout's line" in out
    assert len(schedule.scout_lines(fake_crontab.read_text())) == 1

    code, out, _ = run(capsys, monkeypatch, "schedule", "show")
    assert code == 0 and "--max-duration 540m" in out

    code, out, _ = run(capsys, monkeypatch, "schedule", "remove")
    assert code == 0 and fake_crontab.read_text() == "0 3 * * * backup.sh\n"
    code, out, _ = run(capsys, monkeypatch, "schedule", "remove")
    assert code == 0 and "no scheduled scrape to remove" in out


def test_schedule_without_crontab_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    printed = []
    for args in (["install"], ["show"], ["remove"]):
        code, out, err = run(capsys, monkeypatch, "schedule", *args)
        assert code == 2 and "no `crontab` program" in err and "apt-get install cron" in err
        printed.append(out)
    assert "scrape --trigger scheduled" in printed[0]  # install printed the line to use elsewhere


def test_schedule_refuses_a_bad_interval(
    fake_crontab: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, monkeypatch, "schedule", "install", "--every", "5m")
    assert code == 2 and "--every 5m" in err and not fake_crontab.exists()


# --- the scheduled scrape ---------------------------------------------------------------------------


def scrape_args(db: Path, log: Path, *extra: str) -> list[str]:
    return [
        "scrape",
        "--db",
        str(db),
        "--source",
        "acr",
        "--replay",
        str(CASSETTES / "acr"),
        "--log-file",
        str(log),
        *extra,
    ]


def test_a_scheduled_scrape_logs_notifies_and_shows_in_runs(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log, told = tmp_path / "logs" / "scrape.log", tmp_path / "told.txt"
    notify_args = ("--notify-cmd", f"cat > '{told}'", "--notify-min-score", "0")
    code, out, err = run(
        capsys, monkeypatch, *scrape_args(db_path, log, "--trigger", "scheduled", *notify_args)
    )
    assert code == 1 and "acr: partial" in out  # the cassette holds a broken page on purpose
    offers = len({r["offer_id"] for r in Store(db_path).query("notify_new_offers", run_ids=[1])})
    headline, *listed = told.read_text().splitlines()
    assert headline == f"Scout: {offers} new offers scoring 0 or more" and len(listed) == offers
    assert re.match(r"^\d+(\.\d)? .+ \(#\d+\) https://jobs\.acr\.org/", listed[0])
    assert f"INFO [pid {os.getpid()}] notified about {offers} new offers" in log.read_text()
    assert "\x1b[" not in out + err  # no colour or progress bar without a terminal
    lines = log.read_text().splitlines()
    assert "scrape started [scheduled]: acr" in lines[0]
    assert [line for line in lines if " run #" in line] == [lines[1]]
    assert "WARNING" in lines[1] and "run #1 acr [scheduled] partial" in lines[1] and "46 new" in lines[1]
    assert lines[-1].endswith("scrape finished: exit 1")
    assert [(r["id"], r["trigger"], r["status"]) for r in Store(db_path).runs()] == [
        (1, "scheduled", "partial")
    ]
    code, out, _ = run(capsys, monkeypatch, "runs", "--db", str(db_path))
    assert code == 0 and out.startswith("#1 acr ") and "HTTP 404" in out  # failures included


def test_a_second_scrape_exits_75_while_the_lock_is_held(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "scrape.log"
    with RunLock(lock_path(db_path)) as held:
        assert held.acquire()
        started = time.monotonic()
        code, _, err = run(capsys, monkeypatch, *scrape_args(db_path, log, "--trigger", "scheduled"))
        assert code == EX_TEMPFAIL and time.monotonic() - started < 5
    assert f"another scrape (process {os.getpid()}, started just now) is still running" in err
    assert "WARNING" in log.read_text() and "this scheduled run did nothing" in log.read_text()
    assert not db_path.exists() or Store(db_path).runs() == []
    with RunLock(lock_path(db_path)) as again:
        assert again.acquire()  # released


def slow_replay(delay_s: float) -> object:
    """A stand-in for replay_fetcher whose cassette answers take `delay_s` each."""

    def make(settings: Settings, folders: list[Path]) -> Fetcher:
        replayer = Replayer.from_folders(folders)

        def handle(request: httpx.Request) -> httpx.Response:
            time.sleep(delay_s)
            return replayer.handle(request)

        http = settings.http.model_copy(update={"pace": False})
        return Fetcher(http, transport=httpx.MockTransport(handle), sleep=lambda _s: None)

    return make


def test_max_duration_stops_cleanly_and_keeps_what_was_stored(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("scout.cli.scrape.replay_fetcher", slow_replay(0.04))
    log = tmp_path / "scrape.log"
    started = time.monotonic()
    code, out, _ = run(capsys, monkeypatch, *scrape_args(db_path, log, "--max-duration", "1s"))
    assert time.monotonic() - started < 5
    assert code == 1 and "acr: stopped" in out
    (last,) = Store(db_path).runs()
    assert last["status"] == "stopped" and "--max-duration" in last["message"]
    kept = len(Store(db_path).postings())
    assert 0 < kept < 46
    assert "run #1 acr [replay] stopped" in log.read_text()


@pytest.mark.parametrize("value", ["soon", "0m"])
def test_a_bad_max_duration_is_a_usage_error(
    value: str,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = run(capsys, monkeypatch, *scrape_args(db_path, tmp_path / "l", "--max-duration", value))
    assert code == 2 and "duration" in err


# --- notify -------------------------------------------------------------------------------------------

OFFERS = [
    {
        "id": 4,
        "score": 91.5,
        "title": "Neuro nights",
        "employer": "Acme",
        "sources": [{"source": "acr", "url": "https://a/4"}],
    },
    {"id": 9, "score": 72, "title": "Body days", "employer": None, "sources": []},
]


def test_offers_worth_telling_are_new_and_score_high_enough() -> None:
    rows = [*OFFERS, {"id": 5, "score": 99, "title": "old"}, {"id": 6, "score": 40, "title": "low"}]
    assert [r["id"] for r in notify.worth_telling(rows, {4, 9, 6}, 72)] == [4, 9]


def test_the_notify_command_gets_the_summary_on_stdin_and_in_the_environment(tmp_path: Path) -> None:
    stdin, env = tmp_path / "stdin.txt", tmp_path / "env.txt"
    result = notify.run_command(
        f'cat > "{stdin}"; printf "%s|%s" "$SCOUT_NEW_OFFERS" "$SCOUT_SUMMARY" > "{env}"', OFFERS, 70
    )
    assert result.ok and result.message == "notified about 2 new offers"
    summary = (
        "Scout: 2 new offers scoring 70 or more\n"
        "91.5 Neuro nights - Acme (#4) https://a/4\n"
        "72 Body days (#9)\n"
    )
    assert stdin.read_text() == summary
    assert env.read_text() == "2|" + summary.rstrip("\n")


def test_a_failing_or_hanging_notify_command_is_reported_not_raised() -> None:
    failed = notify.run_command("echo oops; exit 3", OFFERS, 70)
    assert not failed.ok and "exit 3" in failed.message and "oops" in failed.message
    started = time.monotonic()
    hung = notify.run_command("sleep 30 & sleep 30", OFFERS, 70, timeout_s=0.3)
    assert not hung.ok and "stopped after 0.3 s" in hung.message
    assert time.monotonic() - started < 5  # the whole group was killed, pipes and all


def test_new_offers_are_those_all_of_whose_postings_this_run_stored_first(db_path: Path) -> None:
    store = Store(db_path)
    first, second = store.start_run("acr"), store.start_run("acr")
    store.save_batch(first, [posting(1), posting(2)])
    store.save_batch(second, [posting(2), posting(3), posting(4)])  # 2 is seen again, not new
    assert [p["id"] for p in store.postings()] == [4, 3, 2, 1]
    members = {1: 1, 2: 2, 3: 1, 4: 4}  # 3 is offer 1 on another board: that offer is not new
    store.execute_many(
        [
            ("offer_members_clear", {}),
            ("offer_members_insert", {"posting_ids": list(members), "offer_ids": list(members.values())}),
        ]
    )
    assert notify.new_offer_ids(store, [second]) == {4}
    assert notify.new_offer_ids(store, [first, second]) == {1, 2, 4}
    assert notify.new_offer_ids(store, []) == set()


def test_after_scrape_runs_the_command_only_for_offers_at_or_above_the_threshold(
    db_path: Path, tmp_path: Path
) -> None:
    store = Store(db_path)
    first = store.start_run("acr")
    store.save_batch(first, [posting(1), posting(2)])
    touched = tmp_path / "touched"
    quiet = notify.after_scrape(store, Profile(), [first], f"touch '{touched}'", 100.5)
    assert quiet.ok and "no new offers scoring 100.5 or more" in quiet.message and not touched.exists()
    told = notify.after_scrape(store, Profile(), [first], f"cat > '{touched}'", 0)
    assert told.ok and told.message == "notified about 2 new offers"
    assert touched.read_text().startswith("Scout: 2 new offers scoring 0 or more\n")


def test_the_refusal_says_how_long_the_other_scrape_has_held_the_lock(db_path: Path) -> None:
    path = lock_path(db_path)
    path.write_text(f"4242 {int(time.time()) - 3 * 3600 - 5 * 60}\n", encoding="utf-8")
    assert RunLock(path).holder() == "process 4242, started 3 h 5 min ago"
    path.write_text("4242\n", encoding="utf-8")  # a lock file written by an older Scout
    assert RunLock(path).holder() == "process 4242"
    path.write_text("garbage\n", encoding="utf-8")
    assert RunLock(path).holder() is None


def test_a_scrape_prepares_the_next_tui_start(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from scout.tui.cache import CacheFiles
    from scout.tui.data import read_all

    monkeypatch.setenv("SCOUT_PROFILE", str(tmp_path / "no-profile-yet.toml"))  # the defaults
    log = tmp_path / "scrape.log"
    code, _, _ = run(capsys, monkeypatch, *scrape_args(db_path, log))
    assert code == 1 and "TUI cache prepared" in log.read_text()
    files = CacheFiles.beside(db_path)
    assert files.offers.exists() and files.ranking.exists()
    previews: list[object] = []
    got = read_all(Store(db_path), Profile(), date.today(), "default", cache=files, preview=previews.append)
    assert got.from_cache and len(previews) == 1 and not got.unsaved  # a warm start: nothing rebuilt
