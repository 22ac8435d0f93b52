"""The radiologist's profile: licences, pace, schedule and preferences that offers are ranked against.

It lives in `profile.toml` in the config directory (or `--profile PATH`, or `$SCOUT_PROFILE`); every
key is optional and a missing file means all defaults. Each default names its source in domain.md.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from scout import ranking_defaults as d
from scout.config import config_dir
from scout.errors import ConfigError
from scout.extract.contract import Shift, Subspecialty, WorkMode

PROFILE_ENV = "SCOUT_PROFILE"
PROFILE_FILE = "profile.toml"

Preference = Literal["w2", "1099", "either"]


class Weights(BaseModel):
    """How much each part of the score counts; scaled to add up to 1."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    value: float = Field(default=d.DEFAULT_WEIGHTS["value"], ge=0, le=100)
    workload: float = Field(default=d.DEFAULT_WEIGHTS["workload"], ge=0, le=100)
    risk: float = Field(default=d.DEFAULT_WEIGHTS["risk"], ge=0, le=100)
    preference: float = Field(default=d.DEFAULT_WEIGHTS["preference"], ge=0, le=100)

    def normalized(self) -> dict[str, float]:
        """The four weights scaled to add up to 1."""
        total = self.value + self.workload + self.risk + self.preference
        return {
            "value": self.value / total,
            "workload": self.workload / total,
            "risk": self.risk / total,
            "preference": self.preference / total,
        }


class Profile(BaseModel):
    """Who is reading: what Scout needs to turn each offer's terms into figures for this radiologist."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    licenses_held: tuple[str, ...] = Field(default=(), strict=False)
    imlc_eligible: bool = False
    principal_license_state: str | None = None
    rvus_per_hour: float = Field(default=float(d.PACE_RVUS_PER_HOUR.value), ge=1, le=40)
    studies_per_hour: float = Field(default=float(d.PACE_STUDIES_PER_HOUR.value), ge=1, le=60)
    hours_per_shift: float = Field(default=float(d.HOURS_PER_SHIFT.value), ge=1, le=24)
    shifts_per_year: float = Field(default=float(d.SHIFTS_PER_YEAR.value), ge=1, le=366)
    preferred_shifts: tuple[Shift, ...] = Field(default=(), strict=False)
    refused_shifts: tuple[Shift, ...] = Field(default=(), strict=False)
    employment_preference: Preference = "either"
    work_modes: tuple[WorkMode, ...] = Field(default=("remote",), strict=False)
    subspecialties: tuple[Subspecialty, ...] = Field(default=(), strict=False)
    reads_mammo: bool = False
    read_from_abroad: bool = False
    min_effective_hourly_usd: float = Field(
        default=float(d.MARKET_PER_RVU_LOW.value * d.PACE_RVUS_PER_HOUR.value), ge=0, le=5000
    )
    malpractice_premium_usd: float = Field(default=float(d.MALPRACTICE_PREMIUM.value), ge=0, le=250_000)
    benefits_value_usd: float = Field(default=float(d.BENEFITS_VALUE.value), ge=0, le=250_000)
    weights: Weights = Field(default_factory=Weights)

    @field_validator("licenses_held", "principal_license_state", mode="before")
    @classmethod
    def _upper_states(cls, value: object) -> object:
        """State codes are read case-insensitively: "tx" is TX (anything else is left as written)."""
        if isinstance(value, str):
            return _upper_code(value)
        if isinstance(value, list | tuple):
            return [_upper_code(v) if isinstance(v, str) else v for v in value]
        return value

    @property
    def hours_per_year(self) -> float:
        return self.hours_per_shift * self.shifts_per_year


def _upper_code(text: str) -> str:
    code = text.strip()
    return code.upper() if len(code) == 2 else text


# key -> (what it means, expected form for errors, where the default comes from)
KEY_DOCS: dict[str, tuple[str, str, str]] = {
    "licenses_held": (
        "states where you hold an active licence",
        'a list of two-letter state codes such as ["TX", "FL"]',
        "none",
    ),
    "imlc_eligible": (
        "you qualify for the Interstate Medical Licensure Compact (faster licences)",
        "true or false",
        "not assumed",
    ),
    "principal_license_state": (
        "your State of Principal Licensure for the IMLC (one of licenses_held)",
        'a two-letter state code from licenses_held, such as "TX"',
        "not set",
    ),
    "rvus_per_hour": (
        "your sustained reading pace in wRVUs per hour",
        "a number of wRVUs per hour between 1 and 40",
        d.PACE_RVUS_PER_HOUR.source,
    ),
    "studies_per_hour": (
        "your sustained reading pace in studies per hour",
        "a number of studies per hour between 1 and 60",
        d.PACE_STUDIES_PER_HOUR.source,
    ),
    "hours_per_shift": (
        f"hours you read per shift (over {d.SHIFT_LENGTH_FLAG.value:g} h raises error risk)",
        "a number of hours between 1 and 24",
        d.HOURS_PER_SHIFT.source,
    ),
    "shifts_per_year": (
        "shifts you work per year (7 on / 7 off is about 182)",
        "a number of shifts between 1 and 366",
        d.SHIFTS_PER_YEAR.source,
    ),
    "preferred_shifts": (
        "shifts you like to work",
        'a list drawn from "overnight", "day", "evening", "weekend", "flexible"',
        "none",
    ),
    "refused_shifts": (
        "shifts you will not work",
        'a list drawn from "overnight", "day", "evening", "weekend", "flexible"',
        "none",
    ),
    "employment_preference": (
        "employee (W-2), independent contractor (1099) or either",
        '"w2", "1099" or "either"',
        "no preference",
    ),
    "work_modes": (
        "where you will read: from home, part on site, on site",
        'a list drawn from "remote", "hybrid", "onsite"',
        "Scout is for remote reading",
    ),
    "subspecialties": (
        "the roles you read; jobs asking for none of them are flagged (empty: any)",
        'a list drawn from "general", "neuro", "msk", "body", "breast", "pediatric", "ir", "nuclear", '
        '"cardiac", "chest", "emergency"',
        "any",
    ),
    "reads_mammo": (
        "you read mammography (MQSA-qualified; needs 5 MP displays)",
        "true or false",
        "not assumed",
    ),
    "read_from_abroad": (
        "you want to read from outside the US (final Medicare reads from abroad are not payable)",
        "true or false",
        "CMS Transmittal 66 (2007)",
    ),
    "min_effective_hourly_usd": (
        "the lowest W-2-equivalent hourly rate you would accept",
        "a number of US dollars per hour between 0 and 5000",
        f"market low ${d.MARKET_PER_RVU_LOW.value:g}/wRVU × {d.PACE_RVUS_PER_HOUR.value:g} wRVU/h (calc)",
    ),
    "malpractice_premium_usd": (
        "what your own malpractice cover would cost a year (varies by state: TX low, NY high)",
        "a number of US dollars a year between 0 and 250000",
        d.MALPRACTICE_PREMIUM.source,
    ),
    "benefits_value_usd": (
        "what a W-2 job's benefits are worth to you a year (single cover is less)",
        "a number of US dollars a year between 0 and 250000",
        d.BENEFITS_VALUE.source,
    ),
    "weights": ("how much each part counts in the 0-100 score", "a table of four numbers", "judgment"),
    "weights.value": ("weight of pay (W-2-equivalent $/wRVU)", "a number between 0 and 100", "judgment"),
    "weights.workload": ("weight of the quota against your pace", "a number between 0 and 100", "judgment"),
    "weights.risk": ("weight of the red flags", "a number between 0 and 100", "judgment"),
    "weights.preference": (
        "weight of shifts, employment type, subspecialty, work mode",
        "a number between 0 and 100",
        "judgment",
    ),
}

_EXAMPLES: dict[str, str] = {"principal_license_state": '"TX"'}


def profile_path(path: Path | None = None) -> Path:
    """`--profile PATH` wins, then `$SCOUT_PROFILE`, then profile.toml in the config directory."""
    if path is not None:
        return path.expanduser()
    env = os.environ.get(PROFILE_ENV)
    if env:
        return Path(env).expanduser()
    return config_dir() / PROFILE_FILE


def load_profile(path: Path | None = None) -> Profile:
    """Read the profile file; a missing file gives all defaults, a bad value a ConfigError naming the key."""
    file = profile_path(path)
    if not file.exists():
        return Profile()
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"cannot read profile file {file}: {e}") from e
    return profile_from_dict(raw, origin=str(file))


def profile_from_dict(raw: Mapping[str, Any], origin: str = "profile") -> Profile:
    """Validate a profile given as a mapping (a parsed TOML file, or the TUI's form)."""
    try:
        profile = Profile.model_validate(dict(raw))
    except ValidationError as e:
        raise ConfigError(f"{origin}: {_describe(e)}") from e
    _check_consistency(profile, origin)
    return profile


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    loc = [str(p) for p in first["loc"] if not isinstance(p, int)]
    key = ".".join(loc)
    if first["type"] == "extra_forbidden":
        known = (
            [k for k in KEY_DOCS if k.startswith("weights.")]
            if key.startswith("weights.")
            else list(Profile.model_fields)
        )
        guess = difflib.get_close_matches(key, known, n=1)
        hint = f"; did you mean '{guess[0]}'?" if guess else f"; known keys: {', '.join(known)}"
        return f"'{key}' is not a profile key{hint}"
    expected = KEY_DOCS.get(key, ("", "a valid value", ""))[1]
    return f"profile key '{key}': expected {expected}, got {_show(first['input'])}"


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    return repr(value)


def _bad(origin: str, key: str, got: object) -> ConfigError:
    return ConfigError(f"{origin}: profile key '{key}': expected {KEY_DOCS[key][1]}, got {_show(got)}")


def _check_consistency(profile: Profile, origin: str) -> None:
    for state in profile.licenses_held:
        if state not in d.US_STATES:
            raise _bad(origin, "licenses_held", state)
    principal = profile.principal_license_state
    if principal is not None and principal not in profile.licenses_held:
        raise _bad(origin, "principal_license_state", principal)
    both = sorted(set(profile.preferred_shifts) & set(profile.refused_shifts))
    if both:
        raise ConfigError(
            f"{origin}: profile key 'refused_shifts': {', '.join(both)} is also in preferred_shifts; "
            "a shift can be preferred or refused, not both"
        )
    w = profile.weights
    if w.value + w.workload + w.risk + w.preference <= 0:
        raise ConfigError(f"{origin}: profile key 'weights': at least one weight must be above 0")


def _toml_value(value: object) -> str:
    """One value as TOML on one line (lists inline, whole numbers without a decimal point)."""
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return tomli_w.dumps({"k": value}).strip().removeprefix("k = ")


def commented_profile_toml() -> str:
    """The file `scout profile init` writes: every key, its default, what it means and where it comes from."""
    default = Profile()
    lines = [
        "# Scout profile: how you read and what you want, used to rank offers for you.",
        "# Every key is optional; a key you delete takes the default shown here.",
        "",
    ]
    for key in Profile.model_fields:
        if key == "weights":
            continue
        meaning, _, source = KEY_DOCS[key]
        lines.append(f"# {meaning[0].upper()}{meaning[1:]}. Default: {source}.")
        value = getattr(default, key)
        if value is None:
            lines.append(f"# {key} = {_EXAMPLES[key]}")
        else:
            lines.append(f"{key} = {_toml_value(value)}")
        lines.append("")
    lines.append("# How much each part counts in the 0-100 score; Scout scales them to add up to 1.")
    lines.append("# Defaults: judgment (no source sets them).")
    lines.append("[weights]")
    for key, value in default.weights.model_dump().items():
        meaning = KEY_DOCS["weights." + key][0]
        lines.append(f"# {meaning[0].upper()}{meaning[1:]}.")
        lines.append(f"{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def save_profile(profile: Profile, path: Path | None = None) -> Path:
    """Write the profile as TOML (unset keys left out); returns the file written."""
    file = profile_path(path)
    data = {k: v for k, v in profile.model_dump(mode="json").items() if v is not None}
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(tomli_w.dumps(data), encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot write profile file {file}: {e}") from e
    return file
