"""Categorical terms (everything but pay and volume): the composition of the facts rules.

Each rule reads the same Scope (the posting with other openings blanked out) and returns its value
and the evidence spans behind it. Modules by field group:

    facts_scope       Scope: other-job masking, clause/sentence bounds, anchor lookups
    anchors           the per-text index of where every rule's trigger words start a word
    clauses           where clauses and sentences end
    negation          negators before a term, lists sharing one negator, "done by another service"
    facts_employment  work_mode, employment_type
    facts_coverage    malpractice (provided, policy form, tail)
    facts_licensing   licensing (fees paid, IMLC, states) with the state table in states.py
    facts_shifts      shifts (words and clock ranges, flexible scheduling)
    facts_work        subspecialties (roles, not case mix)
    facts_modalities  modalities (the job's, not the department's)
    facts_contract    equipment_provided, partnership_track, non_compete, private_equity
    facts_benefits    benefits
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scout.extract.doc import Doc, Quote
from scout.extract.facts_benefits import benefits
from scout.extract.facts_contract import equipment_provided, non_compete, partnership_track, private_equity
from scout.extract.facts_coverage import malpractice
from scout.extract.facts_employment import employment_type, work_mode
from scout.extract.facts_licensing import licensing
from scout.extract.facts_modalities import modalities
from scout.extract.facts_scope import Scope, build_scope
from scout.extract.facts_shifts import shifts
from scout.extract.facts_work import subspecialties

Rule = Callable[[Scope], tuple[Any, list[Quote]]]

RULES: tuple[tuple[str, Rule], ...] = (
    ("work_mode", work_mode),
    ("employment_type", employment_type),
    ("malpractice", malpractice),
    ("licensing", licensing),
    ("shifts", shifts),
    ("subspecialties", subspecialties),
    ("modalities", modalities),
    ("equipment_provided", equipment_provided),
    ("partnership_track", partnership_track),
    ("non_compete", non_compete),
    ("private_equity", private_equity),
    ("benefits", benefits),
)


def extract_facts(doc: Doc) -> tuple[dict[str, Any], list[Quote]]:
    """The contract's categorical terms of one posting, keyed as in Terms, with their evidence."""
    scope = build_scope(doc)
    facts: dict[str, Any] = {}
    evidence: list[Quote] = []
    for key, rule in RULES:
        facts[key], found = rule(scope)
        evidence += found
    return facts, evidence
