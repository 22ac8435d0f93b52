"""The red-flag catalogue: every flag fires where it should, at the right severity, and not on near-misses."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from scout.profile import Profile
from scout.rank import find_abroad_quote
from scout.ranking_defaults import FLAG_CATALOGUE, FLAGS_BY_ID
from tests.test_rank import CLEAN, TODAY, merged, ranked

# A clean W-2 offer at $600k (= $46.88/wRVU, $375/h at the default pace): no flags at all.
BASE = merged(CLEAN, {"pay": {"models": ["salary"], "annual_usd": {"min": 600_000, "max": 600_000}}})


def over(terms: dict[str, Any]) -> dict[str, Any]:
    """BASE with these terms; a "pay" given here replaces BASE's pay as a whole."""
    out = merged(BASE, terms)
    if "pay" in terms:
        out["pay"] = terms["pay"]
    return out


def rvu(lo: float | None, hi: float | None, per: str = "shift", kind: str = "expected") -> dict[str, Any]:
    return {"min": lo, "max": hi, "unit": "rvu", "per": per, "kind": kind}


def studies(lo: float | None, hi: float | None, per: str = "shift", kind: str = "expected") -> dict[str, Any]:
    return {"min": lo, "max": hi, "unit": "study", "per": per, "kind": kind}


# (case, terms over BASE, offer keyword arguments, profile, flag id, expected severity or None)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any], str, str | None]] = [
    (
        "quota: even the low end is above your pace",
        {"volume": [rvu(80, 80, kind="minimum")]},
        {},
        {},
        "quota_above_pace",
        "critical",
    ),
    (
        "quota: the top of the range is above your pace",
        {"volume": [rvu(60, 75)]},
        {},
        {},
        "quota_above_pace",
        "warning",
    ),
    ("quota: exactly your pace", {"volume": [rvu(64, 64)]}, {}, {}, "quota_above_pace", None),
    ("quota: studies above your pace", {"volume": [studies(70, 80)]}, {}, {}, "quota_above_pace", "critical"),
    (
        "quota: a faster reader meets it",
        {"volume": [rvu(80, 80)]},
        {},
        {"rvus_per_hour": 10},
        "quota_above_pace",
        None,
    ),
    (
        "quota: a cap is not a quota",
        {"volume": [studies(150, 150, kind="maximum")]},
        {},
        {},
        "quota_above_pace",
        None,
    ),
    ("wRVU volume: 15 an hour", {"volume": [rvu(120, 120)]}, {}, {}, "volume_rvus_high", "warning"),
    ("wRVU volume: 14 an hour", {"volume": [rvu(112, 112)]}, {}, {}, "volume_rvus_high", None),
    ("studies: 121 a shift", {"volume": [studies(100, 121)]}, {}, {}, "volume_studies_high", "warning"),
    ("studies: 120 a shift", {"volume": [studies(120, 120)]}, {}, {}, "volume_studies_high", None),
    (
        "studies: 130 a 10-h shift",
        {"volume": [studies(130, 130)]},
        {},
        {"hours_per_shift": 10},
        "volume_studies_high",
        "warning",
    ),
    (
        "studies: 16 an hour",
        {"volume": [studies(16, 16, per="hour")]},
        {},
        {},
        "volume_studies_high",
        "warning",
    ),
    (
        "tail: claims-made, you pay the tail",
        {"malpractice": {"policy": "claims_made", "tail": "not_provided"}},
        {},
        {},
        "tail_not_covered",
        "critical",
    ),
    (
        "tail: claims-made, tail unstated",
        {"malpractice": {"policy": "claims_made", "tail": None}},
        {},
        {},
        "tail_not_covered",
        "warning",
    ),
    (
        "tail: negotiable",
        {"malpractice": {"policy": None, "tail": "negotiable"}},
        {},
        {},
        "tail_not_covered",
        "warning",
    ),
    (
        "tail: provided",
        {"malpractice": {"policy": "claims_made", "tail": "provided"}},
        {},
        {},
        "tail_not_covered",
        None,
    ),
    (
        "tail: occurrence needs none",
        {"malpractice": {"policy": "occurrence", "tail": None}},
        {},
        {},
        "tail_not_covered",
        None,
    ),
    (
        "tail: your own policy",
        {"malpractice": {"provided": False, "policy": None, "tail": "not_provided"}},
        {},
        {},
        "tail_not_covered",
        None,
    ),
    (
        "malpractice: not provided",
        {"malpractice": {"provided": False, "policy": None}},
        {},
        {},
        "malpractice_not_provided",
        "critical",
    ),
    (
        "malpractice: 1099, not stated",
        {"employment_type": "1099", "malpractice": {"provided": None, "policy": None}},
        {},
        {},
        "malpractice_not_provided",
        "warning",
    ),
    (
        "malpractice: W-2, not stated",
        {"malpractice": {"provided": None, "policy": None}},
        {},
        {},
        "malpractice_not_provided",
        None,
    ),
    ("no pay figure", {"pay": {"models": ["salary"]}}, {}, {}, "no_pay_figure", "warning"),
    (
        "pay from the board only",
        {"pay": {}},
        {"published_pay": {"min": 300, "max": 300, "unit": "HOUR"}},
        {},
        "pay_from_board_only",
        "note",
    ),
    (
        "below market: $34/wRVU stated",
        {"pay": {"per_rvu_usd": {"min": 30, "max": 34}}},
        {},
        {},
        "per_rvu_below_market",
        "warning",
    ),
    (
        "below market: $36/wRVU W-2",
        {"pay": {"per_rvu_usd": {"min": 36, "max": 36}}},
        {},
        {"min_effective_hourly_usd": 0},
        "per_rvu_below_market",
        None,
    ),
    (
        "below market: $39/wRVU as a 1099 is $34 as W-2",
        {"employment_type": "1099", "benefits": [], "pay": {"per_rvu_usd": {"min": 39, "max": 39}}},
        {},
        {},
        "per_rvu_below_market",
        "warning",
    ),
    (
        "below market: salary / quota",
        {
            "pay": {"annual_usd": {"min": 600_000, "max": 600_000}},
            "volume": [rvu(20_000, 20_000, per="year", kind="minimum")],
        },
        {},
        {},
        "per_rvu_below_market",
        "warning",
    ),
    (
        "below market: a low bonus rate over a shift base is not",
        {
            "pay": {"per_shift_usd": {"min": 3000, "max": 3000}, "per_rvu_usd": {"min": 30, "max": 30}},
            "volume": [rvu(110, 110, kind="bonus_threshold")],
        },
        {},
        {},
        "per_rvu_below_market",
        None,
    ),
    (
        "minimum hourly: $250 an hour",
        {"pay": {"annual_usd": {"min": 400_000, "max": 400_000}}},
        {},
        {},
        "below_min_hourly",
        "warning",
    ),
    (
        "minimum hourly: $300-350 an hour",
        {"pay": {"annual_usd": {"min": 480_000, "max": 560_000}}},
        {},
        {},
        "below_min_hourly",
        "note",
    ),
    (
        "minimum hourly: $325 an hour",
        {"pay": {"annual_usd": {"min": 520_000, "max": 520_000}}},
        {},
        {},
        "below_min_hourly",
        None,
    ),
    (
        "minimum hourly: none set",
        {"pay": {"annual_usd": {"min": 400_000, "max": 400_000}}},
        {},
        {"min_effective_hourly_usd": 0},
        "below_min_hourly",
        None,
    ),
    (
        "licences: you hold none of them",
        {"licensing": {"states": ["OH", "GA"]}},
        {},
        {},
        "licenses_missing",
        "warning",
    ),
    (
        "licences: you hold one of them",
        {"licensing": {"states": ["OH", "GA"]}},
        {},
        {"licenses_held": ["OH"]},
        "licenses_missing",
        "note",
    ),
    (
        "licences: you hold all",
        {"licensing": {"states": ["OH", "GA"]}},
        {},
        {"licenses_held": ["GA", "OH"]},
        "licenses_missing",
        None,
    ),
    ("non-compete on a remote job", {"non_compete": True}, {}, {}, "non_compete_remote", "warning"),
    (
        "non-compete on site",
        {"non_compete": True, "work_mode": "onsite"},
        {},
        {"work_modes": ["onsite"]},
        "non_compete_remote",
        "note",
    ),
    ("no non-compete", {"non_compete": False}, {}, {}, "non_compete_remote", None),
    (
        "private equity with a quota",
        {"private_equity": True, "volume": [rvu(50, 50, kind="minimum")]},
        {},
        {},
        "private_equity_quota",
        "warning",
    ),
    ("private equity, no quota", {"private_equity": True}, {}, {}, "private_equity", "note"),
    (
        "private equity, no quota: not the quota flag",
        {"private_equity": True},
        {},
        {},
        "private_equity_quota",
        None,
    ),
    (
        "workstation at your cost",
        {"equipment_provided": False},
        {},
        {},
        "workstation_at_your_cost",
        "warning",
    ),
    (
        "workstation on site",
        {"equipment_provided": False, "work_mode": "onsite"},
        {},
        {"work_modes": ["onsite"]},
        "workstation_at_your_cost",
        None,
    ),
    (
        "abroad: offered",
        {},
        {"text": "Radiologists living abroad are welcome to apply."},
        {},
        "reads_from_abroad",
        "warning",
    ),
    (
        "abroad: you plan to",
        {},
        {"text": "Cover US nights from Europe, your daytime."},
        {"read_from_abroad": True},
        "reads_from_abroad",
        "critical",
    ),
    (
        "abroad: forbidden",
        {},
        {"text": "No reading from abroad; you must be in the US."},
        {},
        "reads_from_abroad",
        None,
    ),
    (
        "abroad: nothing said",
        {},
        {"text": "Read from home anywhere in the US."},
        {},
        "reads_from_abroad",
        None,
    ),
    (
        "refused shift: every shift",
        {"shifts": ["overnight"]},
        {},
        {"refused_shifts": ["overnight"]},
        "refused_shift",
        "critical",
    ),
    (
        "refused shift: one of them",
        {"shifts": ["overnight", "day"]},
        {},
        {"refused_shifts": ["overnight"]},
        "refused_shift",
        "warning",
    ),
    (
        "refused shift: not offered",
        {"shifts": ["day"]},
        {},
        {"refused_shifts": ["overnight"]},
        "refused_shift",
        None,
    ),
    ("work mode: hybrid", {"work_mode": "hybrid"}, {}, {}, "work_mode_unwanted", "warning"),
    (
        "work mode: on site accepted",
        {"work_mode": "onsite"},
        {},
        {"work_modes": ["remote", "onsite"]},
        "work_mode_unwanted",
        None,
    ),
    ("work mode: not stated", {"work_mode": None}, {}, {}, "work_mode_unwanted", None),
    (
        "subspecialty: none of yours",
        {"subspecialties": ["neuro"]},
        {},
        {"subspecialties": ["body"]},
        "subspecialty_mismatch",
        "warning",
    ),
    (
        "subspecialty: one of yours",
        {"subspecialties": ["neuro", "body"]},
        {},
        {"subspecialties": ["body"]},
        "subspecialty_mismatch",
        None,
    ),
    ("subspecialty: you list none", {"subspecialties": ["neuro"]}, {}, {}, "subspecialty_mismatch", None),
    ("mammography you do not read", {"modalities": ["mammo"]}, {}, {}, "mammo_not_read", "warning"),
    ("breast imaging you do not read", {"subspecialties": ["breast"]}, {}, {}, "mammo_not_read", "warning"),
    ("mammography you read", {"modalities": ["mammo"]}, {}, {"reads_mammo": True}, "mammo_not_read", None),
    ("stale: posted 61 days ago", {}, {"posted_date": date(2025, 12, 30)}, {}, "posting_stale", "note"),
    ("stale: posted 60 days ago", {}, {"posted_date": date(2025, 12, 31)}, {}, "posting_stale", None),
    (
        "stale: first seen 90 days ago",
        {},
        {"first_seen": datetime(2025, 12, 1, 8, 0)},
        {},
        "posting_stale",
        "note",
    ),
    (
        "removed from its board",
        {},
        {"removed_at": datetime(2026, 2, 20, 6, 0)},
        {},
        "posting_removed",
        "warning",
    ),
]


@pytest.mark.parametrize(
    ("terms", "offer_kw", "profile", "flag", "severity"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_flag(
    terms: dict[str, Any], offer_kw: dict[str, Any], profile: dict[str, Any], flag: str, severity: str | None
) -> None:
    r = ranked(over(terms), Profile(**profile), **offer_kw)
    found = {f.id: f for f in r.flags}
    if severity is None:
        assert flag not in found
        return
    assert found[flag].severity == severity
    assert found[flag].message.endswith(".")
    assert found[flag].threshold == FLAGS_BY_ID[flag].threshold
    assert found[flag].heuristic == FLAGS_BY_ID[flag].heuristic


def test_the_clean_offer_has_no_flags() -> None:
    assert ranked(BASE).flags == ()


def test_every_catalogue_flag_is_tested() -> None:
    fired = {c[4] for c in CASES if c[5] is not None}
    assert fired == {spec.id for spec in FLAG_CATALOGUE}


def test_flags_are_most_serious_first() -> None:
    r = ranked(
        merged(
            BASE,
            {"non_compete": True, "malpractice": {"provided": False, "policy": None}, "private_equity": True},
        ),
        removed_at=datetime(2026, 2, 1),
    )
    assert [(f.severity, f.id) for f in r.flags] == [
        ("critical", "malpractice_not_provided"),
        ("warning", "non_compete_remote"),
        ("warning", "posting_removed"),
        ("note", "private_equity"),
    ]


def test_flags_quote_the_posting() -> None:
    text = "Claims-made malpractice provided. Tail coverage is the physician's responsibility. Remote."
    evidence = [
        {"field": "malpractice.provided", "start": 0, "end": 32, "text": text[0:32]},
        {"field": "malpractice.policy", "start": 0, "end": 11, "text": "Claims-made"},
        {"field": "malpractice.tail", "start": 34, "end": 81, "text": text[34:81]},
    ]
    r = ranked(
        merged(
            BASE, {"malpractice": {"policy": "claims_made", "tail": "not_provided"}, "evidence": evidence}
        ),
        text=text,
    )
    (flag,) = r.flags
    assert flag.id == "tail_not_covered"
    assert flag.evidence == ("Claims-made", "Tail coverage is the physician's responsibility")
    assert "$40,000" in flag.message
    assert "2×" in (flag.threshold or "")


def test_an_absent_fact_is_said_not_quoted() -> None:
    r = ranked(over({"pay": {"models": ["salary"]}}))
    (flag,) = r.flags
    assert flag.id == "no_pay_figure"
    assert flag.evidence == ()
    assert flag.message.startswith("The posting states no pay figure")


def test_licence_flag_gives_cost_and_lead_time() -> None:
    profile = Profile(licenses_held=["TX"], principal_license_state="TX", imlc_eligible=True)
    r = ranked(merged(BASE, {"licensing": {"states": ["TX", "OH", "CA"]}}), profile)
    (flag,) = r.flags
    assert r.licenses_missing == ("CA", "OH")
    assert flag.severity == "note"
    assert "$500 a state" in flag.message and "$350 a year" in flag.message
    assert "OH through the IMLC in 2–4 weeks (+ $700 Letter of Qualification)" in flag.message
    assert "CA in 60–90 days" in flag.message
    not_eligible = ranked(merged(BASE, {"licensing": {"states": ["OH"]}}))
    assert "OH in 60–90 days" in not_eligible.flags[0].message


def test_abroad_quote_is_the_sentence_around_it() -> None:
    text = (
        "Benefits: none.\nUS-trained radiologists living overseas (Australia, Europe) welcome. 100% remote."
    )
    assert find_abroad_quote(text) == "US-trained radiologists living overseas (Australia, Europe) welcome."
    assert find_abroad_quote("We read for hospitals in the United States.") is None
    r = ranked(BASE, text=text)
    assert r.flags[0].evidence == ("US-trained radiologists living overseas (Australia, Europe) welcome.",)


def test_catalogue_entries_are_complete() -> None:
    ids = [spec.id for spec in FLAG_CATALOGUE]
    assert len(ids) == len(set(ids))
    for spec in FLAG_CATALOGUE:
        assert spec.severity in ("critical", "warning", "note")
        assert spec.when
    assert TODAY  # the flag dates above are relative to this day
