"""The profile: where it is read from, its defaults, and errors that name the key and expected form."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from scout import ranking_defaults as d
from scout.errors import ConfigError
from scout.profile import (
    KEY_DOCS,
    Profile,
    commented_profile_toml,
    load_profile,
    profile_from_dict,
    profile_path,
    save_profile,
)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_gives_all_defaults(tmp_path: Path) -> None:
    profile = load_profile(tmp_path / "nowhere.toml")
    assert profile == Profile()
    assert profile.rvus_per_hour == d.PACE_RVUS_PER_HOUR.value == 8
    assert profile.hours_per_year == 1600
    assert profile.min_effective_hourly_usd == 320  # $40/wRVU market low x 8 wRVU/h


def test_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCOUT_CONFIG_DIR", str(tmp_path / "cfg"))
    assert profile_path(None) == tmp_path / "cfg" / "profile.toml"
    monkeypatch.setenv("SCOUT_PROFILE", str(tmp_path / "env.toml"))
    assert profile_path(None) == tmp_path / "env.toml"
    assert profile_path(tmp_path / "arg.toml") == tmp_path / "arg.toml"


def test_env_profile_is_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "rvus_per_hour = 11\n")
    monkeypatch.setenv("SCOUT_PROFILE", str(path))
    assert load_profile(None).rvus_per_hour == 11


def test_a_partial_file_keeps_other_defaults(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'licenses_held = ["tx", "FL"]\nprincipal_license_state = "tx"\nimlc_eligible = true\n'
        "shifts_per_year = 182.5\n[weights]\nvalue = 2\n",
    )
    profile = load_profile(path)
    assert profile.licenses_held == ("TX", "FL")
    assert profile.principal_license_state == "TX"
    assert profile.shifts_per_year == 182.5
    assert profile.studies_per_hour == 8
    assert profile.weights.value == 2 and profile.weights.risk == 0.25
    assert sum(profile.weights.normalized().values()) == pytest.approx(1.0)


STATES_FORM = 'a list of two-letter state codes such as ["TX", "FL"]'
BAD_VALUES = [
    # (TOML, the exact message after the file name)
    (
        'rvus_per_hour = "fast"',
        "profile key 'rvus_per_hour': expected a number of wRVUs per hour between 1 and 40, got 'fast'",
    ),
    (
        "rvus_per_hour = 0.5",
        "profile key 'rvus_per_hour': expected a number of wRVUs per hour between 1 and 40, got 0.5",
    ),
    (
        "rvus_per_hour = true",
        "profile key 'rvus_per_hour': expected a number of wRVUs per hour between 1 and 40, got true",
    ),
    (
        "studies_per_hour = 90",
        "profile key 'studies_per_hour': expected a number of studies per hour between 1 and 60, got 90",
    ),
    (
        "hours_per_shift = 30",
        "profile key 'hours_per_shift': expected a number of hours between 1 and 24, got 30",
    ),
    (
        "shifts_per_year = 400",
        "profile key 'shifts_per_year': expected a number of shifts between 1 and 366, got 400",
    ),
    (
        'licenses_held = "TX"',
        f"profile key 'licenses_held': expected {STATES_FORM}, got 'TX'",
    ),
    (
        'licenses_held = ["TX", "Texas"]',
        f"profile key 'licenses_held': expected {STATES_FORM}, got 'Texas'",
    ),
    ('imlc_eligible = "yes"', "profile key 'imlc_eligible': expected true or false, got 'yes'"),
    (
        'licenses_held = ["TX"]\nprincipal_license_state = "OH"',
        "profile key 'principal_license_state': expected a two-letter state code from licenses_held, "
        "such as \"TX\", got 'OH'",
    ),
    (
        'preferred_shifts = ["nights"]',
        'profile key \'preferred_shifts\': expected a list drawn from "overnight", "day", "evening", '
        '"weekend", "flexible", got \'nights\'',
    ),
    (
        'refused_shifts = ["day"]\npreferred_shifts = ["day"]',
        "profile key 'refused_shifts': day is also in preferred_shifts; a shift can be preferred or refused, "
        "not both",
    ),
    (
        'employment_preference = "W2"',
        'profile key \'employment_preference\': expected "w2", "1099" or "either", got \'W2\'',
    ),
    (
        'work_modes = ["home"]',
        'profile key \'work_modes\': expected a list drawn from "remote", "hybrid", "onsite", got \'home\'',
    ),
    (
        "min_effective_hourly_usd = -1",
        "profile key 'min_effective_hourly_usd': expected a number of US dollars per hour "
        "between 0 and 5000, got -1",
    ),
    ("weights = 3", "profile key 'weights': expected a table of four numbers, got 3"),
    (
        '[weights]\nrisk = "high"',
        "profile key 'weights.risk': expected a number between 0 and 100, got 'high'",
    ),
    (
        "[weights]\nvalue = 0\nworkload = 0\nrisk = 0\npreference = 0",
        "profile key 'weights': at least one weight must be above 0",
    ),
    ("rvu_per_hour = 9", "'rvu_per_hour' is not a profile key; did you mean 'rvus_per_hour'?"),
    ("[weights]\nvalu = 1", "'weights.valu' is not a profile key; did you mean 'weights.value'?"),
]


@pytest.mark.parametrize(("toml", "message"), BAD_VALUES)
def test_bad_values_name_the_key_and_expected_form(tmp_path: Path, toml: str, message: str) -> None:
    path = write(tmp_path, toml + "\n")
    with pytest.raises(ConfigError) as info:
        load_profile(path)
    assert str(info.value) == f"{path}: {message}"


def test_unreadable_toml_is_a_config_error(tmp_path: Path) -> None:
    path = write(tmp_path, "rvus_per_hour = \n")
    with pytest.raises(ConfigError, match="cannot read profile file"):
        load_profile(path)


def test_commented_file_lists_every_key_with_its_default_and_source() -> None:
    text = commented_profile_toml()
    assert profile_from_dict(tomllib.loads(text)) == Profile()
    lines = text.splitlines()
    for key in Profile.model_fields:
        if key == "weights":
            assert "[weights]" in lines
            continue
        at = next(i for i, line in enumerate(lines) if line.lstrip("# ").startswith(f"{key} ="))
        comment = lines[at - 1]
        assert comment.startswith("# ") and "Default:" in comment, key
    for key in ("value", "workload", "risk", "preference"):
        assert f"{key} = " in text
    assert "Kidwai" in text and "RVU Monster" in text  # sources named beside the defaults


def test_every_key_is_documented() -> None:
    for key in Profile.model_fields:
        assert key in KEY_DOCS
    for key in ("value", "workload", "risk", "preference"):
        assert f"weights.{key}" in KEY_DOCS


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    profile = Profile(
        licenses_held=("TX", "OH"),
        principal_license_state="TX",
        imlc_eligible=True,
        refused_shifts=("overnight",),
        employment_preference="w2",
        subspecialties=("neuro",),
        rvus_per_hour=10.5,
    )
    path = save_profile(profile, tmp_path / "sub" / "profile.toml")
    assert load_profile(path) == profile
    assert "principal_license_state" in path.read_text()
    assert "None" not in path.read_text()


def test_save_unset_principal_leaves_the_key_out(tmp_path: Path) -> None:
    path = save_profile(Profile(), tmp_path / "p.toml")
    assert "principal_license_state" not in path.read_text()
    assert load_profile(path) == Profile()
