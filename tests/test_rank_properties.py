"""Properties of the score over random offers and profiles (hypothesis)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scout.extract.contract import Terms
from scout.profile import Profile, Weights
from scout.rank import OfferInput, Ranked, rank_offer

TODAY = date(2026, 3, 1)
SHIFTS = ["overnight", "day", "evening", "weekend", "flexible"]
STATES = ["TX", "FL", "OH", "CA", "NY", "GA"]
MONEY = {
    "per_rvu_usd": 150,
    "per_study_usd": 200,
    "per_shift_usd": 6000,
    "hourly_usd": 800,
    "daily_usd": 6000,
    "annual_usd": 1_500_000,
}


def opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def money_range(top: int) -> st.SearchStrategy[dict[str, Any] | None]:
    amount = st.integers(min_value=1, max_value=top)
    return opt(st.fixed_dictionaries({"min": opt(amount), "max": opt(amount)}))


volume = st.fixed_dictionaries(
    {
        "min": opt(st.integers(1, 30_000)),
        "max": opt(st.integers(1, 30_000)),
        "unit": st.sampled_from(["rvu", "study"]),
        "per": st.sampled_from(["hour", "shift", "day", "week", "month", "year"]),
        "kind": st.sampled_from(["minimum", "expected", "maximum", "bonus_threshold"]),
    }
)

terms_dicts = st.fixed_dictionaries(
    {
        "work_mode": opt(st.sampled_from(["remote", "hybrid", "onsite"])),
        "employment_type": opt(st.sampled_from(["w2", "1099", "either"])),
        "pay": st.fixed_dictionaries({name: money_range(top) for name, top in MONEY.items()}),
        "volume": st.lists(volume, max_size=3),
        "malpractice": st.fixed_dictionaries(
            {
                "provided": opt(st.booleans()),
                "policy": opt(st.sampled_from(["claims_made", "occurrence"])),
                "tail": opt(st.sampled_from(["provided", "not_provided", "negotiable"])),
            }
        ),
        "licensing": st.fixed_dictionaries(
            {"paid": opt(st.booleans()), "states": st.lists(st.sampled_from(STATES), max_size=4, unique=True)}
        ),
        "shifts": st.lists(st.sampled_from(SHIFTS), max_size=3, unique=True),
        "subspecialties": st.lists(
            st.sampled_from(["general", "neuro", "body", "breast"]), max_size=2, unique=True
        ),
        "modalities": st.lists(st.sampled_from(["ct", "mri", "xr", "mammo"]), max_size=3, unique=True),
        "equipment_provided": opt(st.booleans()),
        "non_compete": opt(st.booleans()),
        "private_equity": opt(st.booleans()),
        "benefits": st.lists(
            st.sampled_from(["health", "retirement", "cme", "pto", "disability", "life"]), unique=True
        ),
    }
)


@st.composite
def profiles(draw: st.DrawFn) -> Profile:
    shifts = draw(st.permutations(SHIFTS))
    n_pref = draw(st.integers(0, 2))
    n_ref = draw(st.integers(0, 2))
    weights = draw(st.lists(st.floats(0, 10), min_size=4, max_size=4).filter(lambda w: sum(w) > 0.01))
    return Profile(
        licenses_held=draw(st.lists(st.sampled_from(STATES), max_size=3, unique=True)),
        rvus_per_hour=draw(st.floats(1, 40)),
        studies_per_hour=draw(st.floats(1, 60)),
        hours_per_shift=draw(st.floats(1, 24)),
        shifts_per_year=draw(st.floats(1, 366)),
        preferred_shifts=shifts[:n_pref],
        refused_shifts=shifts[n_pref : n_pref + n_ref],
        employment_preference=draw(st.sampled_from(["w2", "1099", "either"])),
        work_modes=draw(st.lists(st.sampled_from(["remote", "hybrid", "onsite"]), min_size=1, unique=True)),
        subspecialties=draw(st.lists(st.sampled_from(["general", "neuro", "body"]), max_size=2, unique=True)),
        reads_mammo=draw(st.booleans()),
        read_from_abroad=draw(st.booleans()),
        min_effective_hourly_usd=draw(st.floats(0, 1000)),
        weights=Weights(value=weights[0], workload=weights[1], risk=weights[2], preference=weights[3]),
    )


texts = st.sampled_from(["", "Read from home in the US.", "Radiologists living abroad welcome."])


def rank(terms: dict[str, Any], profile: Profile, text: str = "", **kw: Any) -> Ranked:
    offer = OfferInput(id=1, title="t", employer=None, terms=Terms.model_validate(terms), text=text, **kw)
    return rank_offer(offer, profile, today=TODAY)


def copied(terms: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(json.dumps(terms))
    return out


def raise_pay(terms: dict[str, Any], factor: float) -> dict[str, Any]:
    raised = copied(terms)
    for name in MONEY:
        r = raised["pay"][name]
        if r is not None:
            r["min"] = None if r["min"] is None else r["min"] * factor
            r["max"] = None if r["max"] is None else r["max"] * factor
    return raised


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def mutate(terms: dict[str, Any]) -> dict[str, Any]:
        out = copied(terms)
        node = out
        *parents, leaf = path.split(".")
        for key in parents:
            node = node[key]
        node[leaf] = value
        return out

    return mutate


CONCERNS = {
    "non-compete": _set("non_compete", True),
    "workstation at your cost": _set("equipment_provided", False),
    "tail not covered": _set("malpractice.tail", "not_provided"),
    "own malpractice": _set("malpractice.provided", False),
    "private equity": _set("private_equity", True),
}


# One test draws each example once and checks every property on it: generating examples costs far
# more than ranking them.
@settings(max_examples=200, deadline=None)
@given(terms_dicts, profiles(), texts, st.floats(1, 3))
def test_score_properties(terms: dict[str, Any], profile: Profile, text: str, factor: float) -> None:
    offer = OfferInput(id=1, title="t", employer=None, terms=Terms.model_validate(terms), text=text)
    r = rank_offer(offer, profile, today=TODAY)
    score = r.score

    # The breakdown adds up to the score, 0-100 with one decimal, and everything renders.
    assert 0 <= score <= 100
    assert round(score * 10) == score * 10
    assert sum(round(p.points * 10) for p in r.score_breakdown) == round(score * 10)
    assert all(0 <= p.fit <= 1 for p in r.score_breakdown)
    json.dumps(r.to_json())

    # Raising pay never lowers the score.
    assert rank(raise_pay(terms, factor), profile, text).score >= score

    # Adding a red flag never raises it: dropping any one flag never lowers it ...
    for flag in r.flag_ids:
        assert rank_offer(offer, profile, today=TODAY, ignore_flags=[flag]).score >= score
    # ... and terms that add a concern never raise it.
    for concern, mutate in CONCERNS.items():
        assert rank(mutate(terms), profile, text).score <= score, concern
    refused = [s for s in profile.refused_shifts if s not in terms["shifts"]][:1]
    assert rank({**terms, "shifts": terms["shifts"] + refused}, profile, text).score <= score
    assert rank(terms, profile, text, posted_date=date(2025, 1, 1)).score <= score
    assert rank(terms, profile, text, removed_at=datetime(2026, 2, 1)).score <= score


@settings(max_examples=100, deadline=None)
@given(terms_dicts)
def test_unknown_pay_never_outranks_a_market_rate(terms: dict[str, Any]) -> None:
    no_pay = {**terms, "pay": {}}
    market = {**terms, "pay": {"per_rvu_usd": {"min": 70, "max": 70}}}
    assert rank(market, Profile()).score > rank(no_pay, Profile()).score
