"""The employer registry: the shipped file, the user's additions, clear errors, and the demo's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scout.config import Settings
from scout.errors import ConfigError
from scout.pipeline import replay_fetcher
from scout.sources.ashby import AshbyBoard
from scout.sources.greenhouse import GreenhouseBoard
from scout.sources.lever import LeverSite
from scout.sources.registry import (
    default_registry_paths,
    load_registry,
    registry_sources,
    shipped_registry,
    source_info,
    user_registry,
)
from scout.sources.workday import WorkdaySite
from tests.conftest import CASSETTES

DEMO = CASSETTES / "demo-employers.toml"

GOOD = """
[employers.summit-telerad]
platform = "greenhouse"
token = "summittelerad"
label = "Summit Teleradiology"
confirmed = "2026-11-30: careers page links to boards.greenhouse.io/summittelerad"

[employers.canyon-imaging]
platform = "workday"
host = "CanyonImaging.wd5.myworkdayjobs.com"
site = "External"
label = "Canyon Imaging"
confirmed = "2026-11-30: linked from the careers page"
"""


def write(tmp_path: Path, text: str, name: str = "employers.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_registry_is_empty_and_says_why() -> None:
    text = shipped_registry().read_text(encoding="utf-8")
    assert "confirmed" in text and "sources.md" in text
    assert load_registry([shipped_registry()]) == []


def test_default_paths_are_the_shipped_file_then_the_users(tmp_path: Path) -> None:
    paths = default_registry_paths()
    assert paths[0] == shipped_registry()
    assert paths[1] == user_registry() == tmp_path / "config" / "employers.toml"
    assert load_registry(paths) == []  # the user's file does not exist yet


def test_entries_are_read_with_defaults(tmp_path: Path) -> None:
    summit, canyon = load_registry([write(tmp_path, GOOD)])
    assert (summit.key, summit.platform, summit.token) == ("summit-telerad", "greenhouse", "summittelerad")
    assert summit.board_url == "https://job-boards.greenhouse.io/summittelerad"
    assert summit.enabled
    assert canyon.host == "canyonimaging.wd5.myworkdayjobs.com"
    assert (canyon.tenant, canyon.site, canyon.search) == ("canyonimaging", "External", "radiologist")
    assert summit.file.endswith("employers.toml")


def test_user_entries_add_to_replace_and_switch_off_shipped_ones(tmp_path: Path) -> None:
    shipped = write(tmp_path, GOOD, "shipped.toml")
    user = write(
        tmp_path,
        """
[employers.summit-telerad]
enabled = false

[employers.canyon-imaging]
platform = "lever"
token = "canyonimaging"
label = "Canyon Imaging"
confirmed = "moved to Lever in 2027"

[employers.mesa-reads]
platform = "ashby"
token = "mesareads"
label = "Mesa Reads"
confirmed = "checked by hand"
""",
        "user.toml",
    )
    entries = {e.key: e for e in load_registry([shipped, user, tmp_path / "missing.toml"])}
    assert list(entries) == ["summit-telerad", "canyon-imaging", "mesa-reads"]
    assert not entries["summit-telerad"].enabled
    assert entries["summit-telerad"].token == "summittelerad"
    assert entries["canyon-imaging"].platform == "lever"
    assert entries["canyon-imaging"].file.endswith("user.toml")
    sources = registry_sources(entries.values())
    assert [s.name for s in sources] == ["canyon-imaging", "mesa-reads"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[employers.Bad_Key]\nplatform = "lever"', "employer key 'Bad_Key'"),
        ('[employers.x]\nplatform = "smartrecruiters"', "'platform' must be one of"),
        ('[employers.x]\nplatform = "lever"\nlabel = "X"\nconfirmed = "y"', "employer 'x' needs 'token'"),
        ('[employers.x]\nplatform = "lever"\ntoken = "x"\nconfirmed = "y"', "needs 'label'"),
        ('[employers.x]\nplatform = "lever"\ntoken = "x"\nlabel = "X"', "needs 'confirmed'"),
        (
            '[employers.x]\nplatform = "lever"\ntoken = "x"\nlabel = "X"\nconfirmed = "y"\nsite = "s"',
            "unknown field(s) site for lever",
        ),
        (
            '[employers.x]\nplatform = "lever"\ntoken = "jobs.lever.co/x"\nlabel = "X"\nconfirmed = "y"',
            "'token' is the board's name",
        ),
        (
            '[employers.x]\nplatform = "workday"\nhost = "x.myworkday.com"\nsite = "E"\nlabel = "X"\n'
            'confirmed = "y"',
            "'host' must look like",
        ),
        (
            '[employers.x]\nplatform = "ashby"\ntoken = "x"\nlabel = "X"\nconfirmed = "y"\nenabled = "no"',
            "'enabled' must be true or false",
        ),
        ("[employers.x]\nenabled = false", "no earlier registry defines it"),
        ("[employer.x]\nplatform = 'lever'", "unknown top-level key(s) employer"),
        ("employers = 3", "'employers' must be a table"),
        ("[employers.x\n", "cannot read employer registry"),
    ],
)
def test_bad_entries_name_the_file_and_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_registry([path])
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_each_platform_becomes_its_adapter() -> None:
    entries = load_registry([DEMO])
    sources = {s.name: s for s in registry_sources(entries, today=lambda: date(2026, 11, 27))}
    assert isinstance(sources["lakeshore-telerad"], GreenhouseBoard)
    assert isinstance(sources["keystone-locums"], LeverSite)
    assert isinstance(sources["radcloud-global"], AshbyBoard)
    workday = sources["sonoran-radiology"]
    assert isinstance(workday, WorkdaySite)
    assert workday.base_url == "https://sonoranrad.wd1.myworkdayjobs.com/wday/cxs/sonoranrad/SRP_Careers"
    assert workday.today() == date(2026, 11, 27)


def test_source_info_for_scout_sources() -> None:
    entry = load_registry([DEMO])[0]
    info = source_info(entry)
    assert (info.name, info.label, info.enabled) == ("lakeshore-telerad", entry.label, True)
    assert info.kind.startswith("Greenhouse board")
    assert "job-boards.greenhouse.io/lakeshoretelerad" in info.detail


def test_demo_registry_has_one_fictional_employer_per_platform_each_with_its_cassette() -> None:
    entries = load_registry([DEMO])
    assert sorted(e.platform for e in entries) == ["ashby", "greenhouse", "lever", "workday"]
    for entry in entries:
        assert "fictional" in entry.confirmed
        assert (CASSETTES / f"ats-{entry.key}" / "cassette.json").exists()


def test_demo_registry_replays_its_cassettes_end_to_end() -> None:
    entries = load_registry([DEMO])
    folders = [CASSETTES / f"ats-{e.key}" for e in entries]
    settings = Settings()
    counts = {}
    with replay_fetcher(settings, folders) as fetch:
        for source in registry_sources(entries):
            batches = list(source.scrape(fetch, settings))
            assert not any(b.errors for b in batches), source.name
            assert batches[-1].complete_listing, source.name
            # the designer is a known filter gap (see test_ats_ashby), not counted either way
            counts[source.name] = sum(
                1 for b in batches for p in b.postings if not p.title.startswith("Product Designer")
            )
        assert fetch.log.requests and all(s == 200 for _m, _u, s in fetch.log.requests)
    assert counts == {
        "lakeshore-telerad": 9,
        "keystone-locums": 7,
        "radcloud-global": 5,
        "sonoran-radiology": 13,
    }
