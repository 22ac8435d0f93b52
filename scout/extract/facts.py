"""Categorical terms (everything but pay and volume): the composition of the facts rules."""

from __future__ import annotations

from typing import Any

from scout.extract.contract import Evidence
from scout.extract.doc import Doc
from scout.extract.facts_benefits import benefits
from scout.extract.facts_contract import equipment_provided, non_compete, partnership_track, private_equity
from scout.extract.facts_coverage import malpractice
from scout.extract.facts_employment import employment_type, work_mode
from scout.extract.facts_licensing import licensing
from scout.extract.facts_scope import build_scope
from scout.extract.facts_shifts import shifts
from scout.extract.facts_work import modalities, subspecialties


def extract_facts(doc: Doc) -> tuple[dict[str, Any], list[Evidence]]:
    scope = build_scope(doc)
    facts: dict[str, Any] = {}
    evidence: list[Evidence] = []
    facts["work_mode"], ev = work_mode(scope)
    evidence += ev
    facts["employment_type"], ev = employment_type(scope)
    evidence += ev
    facts["malpractice"], ev = malpractice(scope)
    evidence += ev
    facts["licensing"], ev = licensing(scope)
    evidence += ev
    for key, list_rule in (
        ("shifts", shifts),
        ("subspecialties", subspecialties),
        ("modalities", modalities),
        ("benefits", benefits),
    ):
        facts[key], ev = list_rule(scope)
        evidence += ev
    for name, rule in (
        ("equipment_provided", equipment_provided),
        ("partnership_track", partnership_track),
        ("non_compete", non_compete),
        ("private_equity", private_equity),
    ):
        facts[name], ev = rule(scope)
        evidence += ev
    return facts, evidence
