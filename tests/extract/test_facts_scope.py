"""The shared machinery: other jobs blanked out, clause bounds, negation of lists."""

from __future__ import annotations

import pytest

from scout.extract.doc import Doc
from scout.extract.facts_scope import build_scope
from scout.extract.negation import done_by_others, negated_before, negated_items, withdrawn


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        (
            "Nights, IC.\nAlso hiring: an on-site IR at $650K with partnership track.\nMal provided.",
            "an on-site IR at $650K with partnership track",
        ),
        (
            "Role 1 details.\nSeparately - also sitting on an on-site IR job in Phoenix at $700K.",
            "on-site IR job in Phoenix",
        ),
        ("Know someone? $10K referral bonus paid to you if they sign on for nights.", "sign on for nights"),
        (
            "2) Pediatric Interventional Radiologist (separate posting)\n\nFor that position the range is "
            "$520,000 - $600,000.",
            "the range is",
        ),
        (
            "A general radiologist covers body and plain films on the same shift, so your list stays neuro.",
            "covers body and plain films",
        ),
        (
            "Rate: $375/hr (for context, general diagnostic locums in this market go for $300/hr).",
            "general diagnostic locums",
        ),
        (
            "FYI they also have a general radiology opening at their Ohio affiliate with partner track.",
            "general radiology opening",
        ),
        ("1) Nights role, W2.\n\n2) I also have a peds locums in Columbus, $3,000/day.", "peds locums"),
        ("Nights role, W2.\n\n2) Unrelated - a breast job in Ohio pays $500K.", "breast job in Ohio"),
    ],
)
def test_other_jobs_are_blanked(text: str, blanked: str) -> None:
    scope = build_scope(Doc(text))
    assert len(scope.text) == len(text)
    assert blanked not in scope.text
    assert scope.text.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    "text",
    [
        "Travel, lodging and rental car arranged and paid separately (not part of the daily rate).",
        "Nights 10p-8a; we also have a small number of day lines.",
        "Pick up extra reads around another job or between locum stints.",
        "Willingness to complete onboarding on Australian referral conventions.",
        "Our medical center is the referral center for the region.",
        "The unrelated findings are flagged for the ordering physician.",
        "We also have a locums pool that covers vacations.",
    ],
)
def test_this_job_is_kept(text: str) -> None:
    assert build_scope(Doc(text)).text == text


def test_clause_and_sentence_bounds() -> None:
    text = "Need 5+ state licenses incl. IL and IN. Fees are yours; we pay nothing.\nNext line"
    scope = build_scope(Doc(text))
    start, end = scope.clause(text.index("IL"))
    assert text[start:end] == "Need 5+ state licenses incl. IL and IN"
    start, end = scope.clause(text.index("we pay"))
    assert text[start:end] == " we pay nothing"
    start, end = scope.line(text.index("Next"))
    assert text[start:end] == "Next line"


@pytest.mark.parametrize(
    ("window", "negated"),
    [
        ("there is no ", True),
        ("not eligible for ", True),
        ("we don't staff ", True),
        ("we never offer ", True),
        ("without any ", True),
        ("no call - ", False),
        ("not-for-profit regional ", False),
        ("northstar ", False),
        ("lymph node ", False),
        ("nothing about ", False),
        ("", False),
    ],
)
def test_negated_before(window: str, negated: bool) -> None:
    text = window + "weekend"
    assert negated_before(text, len(window), 0) is negated


def test_negation_runs_through_a_list() -> None:
    text = "there is no weekend, evening or overnight call; nights 7on/7off"
    terms = ["weekend", "evening", "overnight", "nights"]
    spans = [(text.index(t), text.index(t) + len(t)) for t in terms]
    floors = [0, 0, 0, text.index("nights")]
    assert negated_items(text, spans, floors) == [True, True, True, False]


@pytest.mark.parametrize(
    ("clause", "others", "taken_back"),
    [
        ("overnight reads go to an outside nighthawk service", True, False),
        ("evening and weekend coverage is handled by a separate team", True, False),
        ("they use a nighthawk for nights", True, False),
        (
            "overnight neuro reads are covered by the health system's emergency teleradiology partner",
            True,
            False,
        ),
        ("neuro cta goes to our neuroradiology section", True, False),
        ("overnight coverage, 7 on / 7 off", False, False),
        ("home reading for evening coverage is being studied", False, True),
        ("weekend shifts are not required", False, True),
    ],
)
def test_done_by_others_and_withdrawn(clause: str, others: bool, taken_back: bool) -> None:
    assert done_by_others(clause, 0, len(clause)) is others
    assert withdrawn(clause, 0, len(clause)) is taken_back
