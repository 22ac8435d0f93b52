"""Ranking: every figure (ranges and unknowns), the score, and two offers worked by hand."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest

from scout.extract.contract import Terms
from scout.profile import Profile, Weights
from scout.rank import OfferInput, Ranked, rank_all, rank_offer

TODAY = date(2026, 3, 1)

# A W-2 offer that leaves nothing to the radiologist: its W-2 equivalent is its gross.
CLEAN: dict[str, Any] = {
    "work_mode": "remote",
    "employment_type": "w2",
    "malpractice": {"provided": True, "policy": "occurrence"},
    "equipment_provided": True,
    "benefits": ["health", "retirement", "disability", "life", "cme"],
}


def merged(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


def make_offer(terms: dict[str, Any], *, offer_id: int = 1, **kw: Any) -> OfferInput:
    return OfferInput(
        id=offer_id,
        title="Teleradiologist",
        employer="Acme Imaging",
        terms=Terms.model_validate(terms),
        sources=[{"source": "manual", "url": "https://example.org/job/1"}],
        **kw,
    )


def ranked(terms: dict[str, Any], profile: Profile | None = None, **kw: Any) -> Ranked:
    return rank_offer(make_offer(terms, **kw), profile or Profile(), today=TODAY)


def span(r: Ranked, name: str) -> tuple[float | None, float | None] | None:
    value = r.figures.to_json()[name]
    return None if value is None else (value["low"], value["high"])


# --- Annual gross at the user's workload (default profile: 8 wRVU/h, 8 studies/h, 8 h x 200 shifts) ---

GROSS = [
    ("per wRVU range", {"per_rvu_usd": {"min": 48, "max": 55}}, [], {}, (614_400, 704_000)),
    ("per study", {"per_study_usd": {"min": 10, "max": 10}}, [], {}, (128_000, 128_000)),
    ("per shift", {"per_shift_usd": {"min": 2400, "max": 2400}}, [], {}, (480_000, 480_000)),
    ("daily", {"daily_usd": {"min": 2000, "max": 2000}}, [], {}, (400_000, 400_000)),
    ("hourly range", {"hourly_usd": {"min": 450, "max": 500}}, [], {}, (720_000, 800_000)),
    ("salary as stated", {"annual_usd": {"min": 450_000, "max": 450_000}}, [], {}, (450_000, 450_000)),
    ("from $525k: low end only", {"annual_usd": {"min": 525_000, "max": None}}, [], {}, (525_000, None)),
    ("up to $600k: high end only", {"annual_usd": {"min": None, "max": 600_000}}, [], {}, (None, 600_000)),
    ("reversed range is ordered", {"hourly_usd": {"min": 500, "max": 450}}, [], {}, (720_000, 800_000)),
    (
        "your pace scales per-wRVU pay",
        {"per_rvu_usd": {"min": 50, "max": 50}},
        [],
        {"rvus_per_hour": 10, "hours_per_shift": 10, "shifts_per_year": 180},
        (900_000, 900_000),
    ),
    (
        "two time bases: the range spans them",
        {"hourly_usd": {"min": 300, "max": 300}, "per_shift_usd": {"min": 2600, "max": 2600}},
        [],
        {},
        (480_000, 520_000),
    ),
    (
        "shift base + bonus above a threshold you do not reach",
        {"per_shift_usd": {"min": 2400, "max": 2400}, "per_rvu_usd": {"min": 30, "max": 30}},
        [{"min": 110, "max": 110, "unit": "rvu", "per": "shift", "kind": "bonus_threshold"}],
        {},
        (480_000, 480_000),
    ),
    (
        "shift base + bonus above a threshold you pass",
        {"per_shift_usd": {"min": 2400, "max": 2400}, "per_rvu_usd": {"min": 30, "max": 30}},
        [{"min": 110, "max": 110, "unit": "rvu", "per": "shift", "kind": "bonus_threshold"}],
        {"rvus_per_hour": 16},  # 128 a shift: 18 over, x 200 shifts x $30 = $108,000
        (588_000, 588_000),
    ),
    (
        "salary + per-wRVU rate, no threshold: the rate can only raise the top",
        {"annual_usd": {"min": 400_000, "max": 400_000}, "per_rvu_usd": {"min": 60, "max": 60}},
        [],
        {},
        (400_000, 768_000),
    ),
]


@pytest.mark.parametrize(
    ("pay", "volume", "profile", "expected"), [c[1:] for c in GROSS], ids=[c[0] for c in GROSS]
)
def test_annual_gross(
    pay: dict[str, Any], volume: list[dict[str, Any]], profile: dict[str, Any], expected: tuple[float, float]
) -> None:
    r = ranked(merged(CLEAN, {"pay": pay, "volume": volume}), Profile(**profile))
    assert span(r, "annual_gross_usd") == expected


PUBLISHED = [
    ("hourly", {"min": 150, "max": 200, "unit": "HOUR", "currency": "USD"}, (240_000, 320_000)),
    ("yearly, no currency", {"min": 400_000, "max": None, "unit": "YEAR"}, (400_000, None)),
    ("monthly", {"min": 40_000, "max": 40_000, "unit": "MONTH", "currency": "USD"}, (480_000, 480_000)),
    ("weekly: 40 working weeks", {"min": 10_000, "max": 10_000, "unit": "WEEK"}, (400_000, 400_000)),
    (
        "another currency is not converted",
        {"min": 300_000, "max": 300_000, "unit": "YEAR", "currency": "EUR"},
        None,
    ),
    ("unknown unit", {"min": 300_000, "max": 300_000, "unit": "PIECE"}, None),
]


@pytest.mark.parametrize(("published", "expected"), [c[1:] for c in PUBLISHED], ids=[c[0] for c in PUBLISHED])
def test_published_pay_is_used_only_when_the_terms_have_none(
    published: dict[str, Any], expected: tuple[float, float] | None
) -> None:
    r = ranked(CLEAN, published_pay=published)
    assert span(r, "annual_gross_usd") == expected
    assert ("pay_from_board_only" in r.flag_ids) == (expected is not None)
    assert ("no_pay_figure" in r.flag_ids) == (expected is None)
    stated = ranked(
        merged(CLEAN, {"pay": {"annual_usd": {"min": 500_000, "max": 500_000}}}), published_pay=published
    )
    assert span(stated, "annual_gross_usd") == (500_000, 500_000)


def test_unknown_pay_gives_unknown_money_figures_never_a_guess() -> None:
    r = ranked(merged(CLEAN, {"pay": {"models": ["salary"]}}))
    figures = r.figures.to_json()
    for name in ("annual_gross_usd", "w2_equivalent_usd", "effective_hourly_usd", "effective_per_rvu_usd"):
        assert figures[name] is None
        assert figures["how"][name].startswith("unknown")


# --- W-2 equivalent (gross $500,000) -------------------------------------------------------------------
# 2026 employer FICA on $500,000: 6.2% x 184,500 + 1.45% x 500,000 = 11,439 + 7,250 = 18,689.
FICA_500K = 18_689

W2 = [
    ("W-2 with everything covered", {}, {}, (500_000, 500_000)),
    (
        "1099: payroll tax and benefits",
        {"employment_type": "1099", "benefits": []},
        {},
        2 * (500_000 - FICA_500K - 45_000,),
    ),
    (
        "1099 buying its own malpractice",
        {"employment_type": "1099", "benefits": [], "malpractice": {"provided": False, "policy": None}},
        {},
        2 * (500_000 - FICA_500K - 45_000 - 20_000,),
    ),
    (
        "1099 below the wage base: 7.65% of all of it",
        {"employment_type": "1099", "pay": {"annual_usd": {"min": 100_000, "max": 100_000}}},
        {},
        (92_350, 92_350),
    ),
    (
        "claims-made, tail not covered: 2 x $20k over 5 years",
        {"malpractice": {"policy": "claims_made", "tail": "not_provided"}},
        {},
        (492_000, 492_000),
    ),
    (
        "claims-made, tail unstated",
        {"malpractice": {"policy": "claims_made", "tail": None}},
        {},
        (492_000, 500_000),
    ),
    (
        "claims-made, tail negotiable",
        {"malpractice": {"policy": "claims_made", "tail": "negotiable"}},
        {},
        (492_000, 500_000),
    ),
    (
        "malpractice not stated at all",
        {"malpractice": {"provided": None, "policy": None}},
        {},
        (480_000, 500_000),
    ),
    (
        "who pays unstated, tail not covered",
        {"malpractice": {"provided": None, "policy": None, "tail": "not_provided"}},
        {},
        (480_000, 492_000),
    ),
    (
        "your own premium from the profile",
        {"malpractice": {"policy": "claims_made", "tail": "not_provided"}},
        {"malpractice_premium_usd": 40_000},
        (484_000, 484_000),
    ),
    ("workstation at your cost: $12k over 5 years", {"equipment_provided": False}, {}, (497_600, 497_600)),
    (
        "mammography workstation: $25k over 5 years",
        {"equipment_provided": False, "modalities": ["mammo"]},
        {},
        (495_000, 495_000),
    ),
    ("workstation not stated", {"equipment_provided": None}, {}, (497_600, 500_000)),
    (
        "on site: no home workstation",
        {"equipment_provided": False, "work_mode": "onsite"},
        {},
        (500_000, 500_000),
    ),
    (
        "two licences you lack, at your cost: ($500 / 5 + $350) each",
        {"licensing": {"paid": False, "states": ["TX", "OH", "GA"]}},
        {"licenses_held": ["TX"]},
        (499_100, 499_100),
    ),
    (
        "licence fees not stated",
        {"licensing": {"paid": None, "states": ["TX", "OH", "GA"]}},
        {"licenses_held": ["TX"]},
        (499_100, 500_000),
    ),
    ("licence fees paid", {"licensing": {"paid": True, "states": ["OH", "GA"]}}, {}, (500_000, 500_000)),
    ("W-2, benefits not stated", {"benefits": []}, {}, (455_000, 500_000)),
    ("W-2 with health only", {"benefits": ["health"]}, {}, (475_000, 475_000)),
    (
        "your benefits value from the profile",
        {"benefits": ["health"]},
        {"benefits_value_usd": 30_000},
        (483_333, 483_333),  # 30,000 - 20,000 x 30/45
    ),
    (
        "W-2 or 1099 not stated",
        {"employment_type": None, "benefits": []},
        {},
        (500_000 - FICA_500K - 45_000, 500_000),
    ),
    (
        "either, you prefer W-2",
        {"employment_type": "either"},
        {"employment_preference": "w2"},
        (500_000, 500_000),
    ),
    (
        "either, you prefer 1099",
        {"employment_type": "either"},
        {"employment_preference": "1099"},
        (500_000 - FICA_500K, 500_000 - FICA_500K),
    ),
]


@pytest.mark.parametrize(("terms", "profile", "expected"), [c[1:] for c in W2], ids=[c[0] for c in W2])
def test_w2_equivalent(terms: dict[str, Any], profile: dict[str, Any], expected: tuple[float, float]) -> None:
    base = merged(CLEAN, {"pay": {"annual_usd": {"min": 500_000, "max": 500_000}}})
    r = ranked(merged(base, terms), Profile(**profile))
    assert span(r, "w2_equivalent_usd") == expected
    adjustments = r.figures.adjustments
    gross = r.figures.annual_gross_usd
    assert gross is not None and gross[0] is not None and gross[1] is not None
    assert round(gross[0] - sum(a.low for a in adjustments)) == expected[0]  # the adjustments explain it
    assert round(gross[1] - sum(a.high for a in adjustments)) == expected[1]


def test_effective_rates_divide_the_w2_equivalent_by_your_hours_and_wrvus() -> None:
    r = ranked(merged(CLEAN, {"pay": {"annual_usd": {"min": 480_000, "max": 560_000}}}))
    assert span(r, "effective_hourly_usd") == (300.0, 350.0)  # / 1,600 h
    assert span(r, "effective_per_rvu_usd") == (37.5, 43.75)  # / 12,800 wRVU
    fast = ranked(
        merged(CLEAN, {"pay": {"annual_usd": {"min": 480_000, "max": 560_000}}}), Profile(rvus_per_hour=10)
    )
    assert span(fast, "effective_per_rvu_usd") == (30.0, 35.0)  # / 16,000 wRVU
    assert "12,800 wRVU" in r.figures.how["effective_per_rvu_usd"]


def test_one_sided_pay_gives_one_sided_figures() -> None:
    r = ranked(merged(CLEAN, {"pay": {"annual_usd": {"min": 525_000, "max": None}}}))
    assert span(r, "w2_equivalent_usd") == (525_000, None)
    assert span(r, "effective_hourly_usd") == (328.12, None)
    assert r.figures.how["annual_gross_usd"] == "$525,000 or more a year, as stated"


# --- Workload -----------------------------------------------------------------------------------------

WORKLOAD = [
    (
        "wRVU per shift",
        [{"min": 60, "max": 75, "unit": "rvu", "per": "shift", "kind": "expected"}],
        (7.5, 9.38),
        None,
    ),
    (
        "minimum per year",
        [{"min": 14_000, "max": 14_000, "unit": "rvu", "per": "year", "kind": "minimum"}],
        (8.75, 8.75),
        None,
    ),
    (
        "80+ a shift: open top",
        [{"min": 80, "max": None, "unit": "rvu", "per": "shift", "kind": "expected"}],
        (10.0, None),
        None,
    ),
    (
        "per week: five shifts",
        [{"min": 300, "max": 300, "unit": "rvu", "per": "week", "kind": "expected"}],
        (7.5, 7.5),
        None,
    ),
    (
        "per month",
        [{"min": 1000, "max": 1000, "unit": "rvu", "per": "month", "kind": "expected"}],
        (7.5, 7.5),
        None,
    ),
    (
        "studies per shift",
        [{"min": 70, "max": 80, "unit": "study", "per": "shift", "kind": "expected"}],
        None,
        (8.75, 10.0),
    ),
    (
        "a cap and a bonus threshold are not demands",
        [
            {"min": 120, "max": 120, "unit": "study", "per": "shift", "kind": "maximum"},
            {"min": 110, "max": 110, "unit": "rvu", "per": "shift", "kind": "bonus_threshold"},
        ],
        None,
        None,
    ),
    (
        "the most demanding of several",
        [
            {"min": 50, "max": 50, "unit": "rvu", "per": "shift", "kind": "minimum"},
            {"min": 60, "max": 75, "unit": "rvu", "per": "shift", "kind": "expected"},
        ],
        (7.5, 9.38),
        None,
    ),
]


@pytest.mark.parametrize(
    ("volume", "rvus", "studies"), [c[1:] for c in WORKLOAD], ids=[c[0] for c in WORKLOAD]
)
def test_workload_per_hour_of_your_shift(
    volume: list[dict[str, Any]], rvus: tuple[float, float] | None, studies: tuple[float, float] | None
) -> None:
    r = ranked(merged(CLEAN, {"volume": volume}))
    w = r.figures.to_json()["workload"]
    if rvus is None and studies is None:
        assert w is None
        return
    got_rvus = w["required_rvus_per_hour"]
    got_studies = w["required_studies_per_hour"]
    assert (None if got_rvus is None else (got_rvus["low"], got_rvus["high"])) == rvus
    assert (None if got_studies is None else (got_studies["low"], got_studies["high"])) == studies
    assert w["your_rvus_per_hour"] == 8.0


def test_salary_with_quota_tells_the_implied_rate() -> None:
    r = ranked(
        merged(
            CLEAN,
            {
                "pay": {"annual_usd": {"min": 300_000, "max": 300_000}},
                "volume": [{"min": 25_000, "max": 25_000, "unit": "rvu", "per": "year", "kind": "minimum"}],
            },
        )
    )
    assert r.figures.to_json()["workload"]["implied_per_rvu_usd"] == {"low": 12.0, "high": 12.0}
    assert "$12/wRVU" in r.figures.how["workload"]
    assert {"quota_above_pace", "per_rvu_below_market"} <= set(r.flag_ids)


WORKLOAD_FIT = [
    ("within your pace", [{"min": 56, "max": 64, "unit": "rvu", "per": "shift", "kind": "expected"}], 1.0),
    ("25% above your pace", [{"min": 80, "max": 80, "unit": "rvu", "per": "shift", "kind": "minimum"}], 0.5),
    ("50% above: zero", [{"min": 96, "max": 96, "unit": "rvu", "per": "shift", "kind": "minimum"}], 0.0),
    ("no volume stated", [], 0.75),
]


@pytest.mark.parametrize(("volume", "fit"), [c[1:] for c in WORKLOAD_FIT], ids=[c[0] for c in WORKLOAD_FIT])
def test_workload_fit(volume: list[dict[str, Any]], fit: float) -> None:
    r = ranked(merged(CLEAN, {"volume": volume}))
    assert r.score_breakdown[1].fit == pytest.approx(fit)


def test_stated_no_quota_scores_full_workload() -> None:
    evidence = [{"field": "volume", "start": 0, "end": 14, "text": "No RVU minimum"}]
    r = ranked(merged(CLEAN, {"evidence": evidence}), text="No RVU minimum. Read from home.")
    assert r.score_breakdown[1].fit == 1.0
    assert "no volume quota" in r.score_breakdown[1].reason


# --- Score ---------------------------------------------------------------------------------------------


def test_breakdown_adds_up_and_names_its_weights() -> None:
    r = ranked(merged(CLEAN, {"pay": {"per_rvu_usd": {"min": 50, "max": 60}}, "non_compete": True}))
    parts = r.score_breakdown
    assert [p.component for p in parts] == ["value", "workload", "risk", "preference"]
    assert round(sum(p.points for p in parts), 1) == r.score
    assert [p.weight for p in parts] == pytest.approx([0.4, 0.25, 0.25, 0.1])
    assert all(p.reason for p in parts)


def test_unknown_pay_ranks_below_a_known_market_offer() -> None:
    known = make_offer(merged(CLEAN, {"pay": {"per_rvu_usd": {"min": 40, "max": 40}}}), offer_id=1)
    unknown = make_offer(CLEAN, offer_id=2)
    first, second = rank_all([unknown, known], Profile(), TODAY)
    assert (first.id, second.id) == (1, 2)
    assert second.score_breakdown[0].fit == pytest.approx(35 / 80)
    assert "no pay figure" in second.score_breakdown[0].reason


def test_up_to_pay_is_valued_no_higher_than_unknown_pay() -> None:
    rich = ranked(merged(CLEAN, {"pay": {"annual_usd": {"min": None, "max": 900_000}}}))
    poor = ranked(merged(CLEAN, {"pay": {"annual_usd": {"min": None, "max": 200_000}}}))
    assert rich.score_breakdown[0].fit == pytest.approx(35 / 80)
    assert poor.score_breakdown[0].fit == pytest.approx(200_000 / 12_800 / 80)


def test_weights_from_the_profile() -> None:
    terms = merged(CLEAN, {"pay": {"annual_usd": {"min": 640_000, "max": 640_000}}})
    only_value = ranked(terms, Profile(weights=Weights(value=1, workload=0, risk=0, preference=0)))
    assert only_value.score == 62.5  # $50/wRVU / $80


def test_rank_all_sorts_by_score_then_id() -> None:
    offers = [
        make_offer(merged(CLEAN, {"pay": {"per_rvu_usd": {"min": 40, "max": 40}}}), offer_id=3),
        make_offer(merged(CLEAN, {"pay": {"per_rvu_usd": {"min": 60, "max": 60}}}), offer_id=2),
        make_offer(merged(CLEAN, {"pay": {"per_rvu_usd": {"min": 40, "max": 40}}}), offer_id=1),
    ]
    assert [r.id for r in rank_all(offers, Profile(), TODAY)] == [2, 1, 3]


def test_ignored_flags_are_dropped_and_not_scored() -> None:
    terms = merged(CLEAN, {"pay": {"per_rvu_usd": {"min": 50, "max": 50}}, "non_compete": True})
    offer = make_offer(terms)
    with_flag = rank_offer(offer, Profile(), today=TODAY)
    without = rank_offer(offer, Profile(), today=TODAY, ignore_flags=["non_compete_remote"])
    assert "non_compete_remote" in with_flag.flag_ids and "non_compete_remote" not in without.flag_ids
    assert without.score == with_flag.score + 5.0  # a warning: 0.2 x 0.25 weight x 100


def test_to_json_has_the_rank_json_shape() -> None:
    r = ranked(
        merged(CLEAN, {"pay": {"per_rvu_usd": {"min": 48, "max": 55}}, "licensing": {"states": ["OH"]}}),
        posted_date=date(2026, 2, 1),
        first_seen=datetime(2026, 2, 2, 9, 0),
    )
    obj = json.loads(json.dumps(r.to_json()))
    assert set(obj) >= {
        "id",
        "title",
        "employer",
        "sources",
        "score",
        "score_breakdown",
        "figures",
        "flags",
        "terms",
    }
    assert obj["sources"] == [{"source": "manual", "url": "https://example.org/job/1"}]
    assert obj["terms"]["schema"] == "scout.terms/1"
    for name in ("annual_gross_usd", "w2_equivalent_usd", "effective_hourly_usd", "effective_per_rvu_usd"):
        assert set(obj["figures"][name]) == {"low", "high"}
        assert obj["figures"]["how"][name]
    assert obj["licenses_missing"] == ["OH"]
    flag = obj["flags"][0]
    assert set(flag) == {"id", "severity", "message", "evidence", "threshold", "heuristic"}


# --- Two offers worked by hand (docs/ranking.md shows the same arithmetic) -----------------------------


def test_hand_worked_1099_per_wrvu_offer() -> None:
    """da-001 in the corpus: 1099, $48-55/wRVU, 60-75 wRVU per 8-h shift, malpractice and tail covered."""
    terms = {
        "work_mode": "remote",
        "employment_type": "1099",
        "pay": {"models": ["per_rvu"], "per_rvu_usd": {"min": 48, "max": 55}},
        "volume": [{"min": 60, "max": 75, "unit": "rvu", "per": "shift", "kind": "expected"}],
        "malpractice": {"provided": True, "policy": "claims_made", "tail": "provided"},
        "licensing": {"paid": True, "imlc": True, "states": ["OH", "IN", "GA", "TN"]},
        "shifts": ["flexible", "day", "evening"],
        "subspecialties": ["neuro"],
        "modalities": ["ct", "mri"],
        "equipment_provided": True,
    }
    r = ranked(terms)
    f = r.figures.to_json()
    # 12,800 wRVU a year (8 wRVU/h x 8 h x 200 shifts) x $48 / $55
    assert f["annual_gross_usd"] == {"low": 614_400, "high": 704_000}
    # - employer FICA (11,439 + 1.45% x gross = 20,347.80 / 21,647) - benefits 45,000
    assert f["w2_equivalent_usd"] == {"low": 549_052, "high": 637_353}
    assert f["effective_hourly_usd"] == {"low": 343.16, "high": 398.35}
    assert f["effective_per_rvu_usd"] == {"low": 42.89, "high": 49.79}
    assert f["workload"]["required_rvus_per_hour"] == {"low": 7.5, "high": 9.38}
    assert [(fl.id, fl.severity) for fl in r.flags] == [
        ("quota_above_pace", "warning"),
        ("licenses_missing", "warning"),
    ]
    # value: mid $46.34/wRVU / $80 = 0.5793 -> 23.2; workload: 105.5% of pace -> 0.8906 -> 22.3;
    # risk: 1 - 2 x 0.2 = 0.6 -> 15.0; preference: all fit -> 10.0
    assert [p.points for p in r.score_breakdown] == [23.2, 22.3, 15.0, 10.0]
    assert r.score == 70.5


def test_hand_worked_salaried_offer_with_a_quota() -> None:
    """W-2 $450k salary, 14,000 wRVU a year minimum, claims-made with tail unstated, PE-backed."""
    terms = {
        "work_mode": "remote",
        "employment_type": "w2",
        "pay": {"models": ["salary"], "annual_usd": {"min": 450_000, "max": 450_000}},
        "volume": [{"min": 14_000, "max": 14_000, "unit": "rvu", "per": "year", "kind": "minimum"}],
        "malpractice": {"provided": True, "policy": "claims_made", "tail": None},
        "private_equity": True,
        "benefits": ["health", "retirement"],
    }
    r = ranked(terms)
    f = r.figures.to_json()
    assert f["annual_gross_usd"] == {"low": 450_000, "high": 450_000}
    # - missing benefits 10,000 - tail reserve 8,000 (low end) - workstation 2,400 (low end)
    assert f["w2_equivalent_usd"] == {"low": 429_600, "high": 440_000}
    assert f["effective_per_rvu_usd"] == {"low": 33.56, "high": 34.38}
    assert f["workload"]["required_rvus_per_hour"] == {"low": 8.75, "high": 8.75}
    assert f["workload"]["implied_per_rvu_usd"] == {"low": 32.14, "high": 32.14}
    assert [(fl.id, fl.severity) for fl in r.flags] == [
        ("quota_above_pace", "critical"),
        ("tail_not_covered", "warning"),
        ("per_rvu_below_market", "warning"),
        ("below_min_hourly", "warning"),
        ("private_equity_quota", "warning"),
    ]
    # value: $33.97/wRVU / $80 -> 17.0; workload 109.4% -> 0.8125 -> 20.3; risk 1 - 0.5 - 4 x 0.2 < 0 -> 0
    assert [p.points for p in r.score_breakdown] == [17.0, 20.3, 0.0, 10.0]
    assert r.score == 47.3


def test_figure_values_are_the_figures_numbers_without_their_words() -> None:
    offers = [
        make_offer(merged(CLEAN, {"pay": {"hourly_usd": {"min": 350, "max": 420}}}), offer_id=1),
        make_offer(
            {
                "employment_type": "1099",
                "pay": {"per_rvu_usd": {"min": 38, "max": 42}},
                "volume": [{"min": 70, "max": 90, "unit": "rvu", "per": "shift", "kind": "minimum"}],
            },
            offer_id=2,
        ),
        make_offer({"pay": {"annual_usd": {"max": 600_000}}}, offer_id=3),
        make_offer({}, offer_id=4),
    ]
    for r in rank_all(offers, Profile(), TODAY):
        values = r.figure_values
        assert r._text is not None and set(r._text) == {"values"}  # no how-strings, nothing else kept
        f = r.figures
        assert values.annual_gross_usd == f.annual_gross_usd
        assert values.w2_equivalent_usd == f.w2_equivalent_usd
        assert values.effective_hourly_usd == f.effective_hourly_usd
        assert values.effective_per_rvu_usd == f.effective_per_rvu_usd
        assert values.share_of_your_pace == (f.workload.share_of_your_pace if f.workload else None)
