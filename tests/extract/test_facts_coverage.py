"""Malpractice cover, policy form and tail: one phrase in, the values read out."""

from __future__ import annotations

import pytest

from scout.extract.doc import Doc
from scout.extract.facts_coverage import malpractice
from scout.extract.facts_scope import build_scope


def read(text: str) -> tuple[bool | None, str | None, str | None]:
    m, _ = malpractice(build_scope(Doc(text)))
    return m.provided, m.policy, m.tail


@pytest.mark.parametrize(
    ("text", "provided"),
    [
        ("Malpractice paid by the group.", True),
        ("Mal provided.", True),
        ("Malpractice and tail covered.", True),  # said of both
        ("Malpractice & tail covered by the group", True),
        ("Malpractice & tail: not covered, you buy your own.", False),
        ("Mal: they cover it, claims-made, tail included", True),
        ("mal w/ tail covered", True),
        ("We carry your malpractice.", True),
        ("Employer-paid malpractice coverage", True),
        ("- Occurrence malpractice coverage", True),
        ("Professional liability coverage is provided through the University's self-insurance trust.", True),
        ("Liability protection under the Federal Tort Claims Act, so no personal policy is required.", True),
        ("Medical malpractice coverage under the FTCA", True),
        ("Malpractice through the hospital's captive", True),
        ("Medical indemnity for US reads is arranged and paid by the company.", True),
        ("You're on our group malpractice policy (occurrence form).", True),
        ("Claims-made malpractice; the practice pays the tail if you leave", True),
        ("- occurrence policy, group pays", True),
        ("MALPRACTICE\nOccurrence policy purchased by the practice.", True),
        ("Malpractice insurance with tail coverage", True),
        ("You carry your own malpractice.", False),
        ("Malpractice is on you - carry your own policy with at least $1M/$3M limits.", False),
        ("Bring your own malpractice; our broker can quote you a policy.", False),
        ("Malpractice: contractor maintains their own coverage.", False),
        ("Contractors carry their own malpractice insurance, including tail.", False),
        ("Malpractice coverage is your responsibility; we require proof of a $1M/$3M policy.", False),
        ("Malpractice is not provided.", False),
        ("Physicians must carry their own professional liability insurance.", False),
        # near-misses
        ("No paid malpractice claims in the last five years.", None),
        ("Malpractice history will be reviewed during credentialing.", None),
        ("A normal day runs 60 studies.", None),
    ],
)
def test_provided(text: str, provided: bool | None) -> None:
    assert read(text)[0] is provided


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("Claims-made malpractice provided", "claims_made"),
        ("claims made policy with tail", "claims_made"),
        ("Occurrence-based professional liability coverage", "occurrence"),
        ("Malpractice (occurrence form) paid by Evergreen", "occurrence"),
        ("Professional liability coverage is provided on an occurrence basis.", "occurrence"),
        ("Malpractice provided.", None),
        ("A rare occurrence in our practice.", None),
    ],
)
def test_policy(text: str, policy: str | None) -> None:
    assert read(text)[1] == policy


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("Claims-made malpractice coverage provided, tail included", "provided"),
        ("mal w/ tail covered", "provided"),
        ("Malpractice with tail coverage paid by the employer", "provided"),
        ("Claims-made professional liability provided, with tail", "provided"),
        ("The practice pays the tail if you leave.", "provided"),
        ("Tail coverage is provided on departure.", "provided"),
        ("including extended reporting (tail) coverage", "provided"),
        ("mal + tail: yes, both covered", "provided"),
        ("Tail is not your concern - it's built into the agency's coverage.", "provided"),
        ("No tail provided.", "not_provided"),
        ("Tail is the physician's responsibility.", "not_provided"),
        ("tail coverage is the physician’s responsibility on departure", "not_provided"),
        ("Tail coverage is not included.", "not_provided"),
        (
            "Tail is not provided: if you leave, extended reporting coverage is your responsibility.",
            "not_provided",
        ),
        (
            "The extended reporting endorsement (tail) at separation is at the physician's expense.",
            "not_provided",
        ),
        ("Contractors carry their own malpractice insurance, including tail.", "not_provided"),
        ("Tail coverage is at your own expense.", "not_provided"),
        ("Tail is negotiable.", "negotiable"),
        ("Tail - they'll split it 50/50.", "negotiable"),
        ("Tail coverage becomes negotiable after three years of service.", "negotiable"),
        ("tail NOT covered if you leave before yr 3, covered after", "negotiable"),
        (
            "Tail coverage is provided to radiologists who complete at least 24 months of service.",
            "negotiable",
        ),
        (
            "If you stay three years, we purchase your tail when you leave; before that, tail is yours.",
            "negotiable",
        ),
        ("The practice pays your tail if you leave after becoming a partner.", "negotiable"),
        ("Tail cost is shared between the group and the radiologist.", "negotiable"),
        ("Tail coverage is negotiated individually at departure.", "negotiable"),
        ("Tail is handled case by case.", "negotiable"),
        # moot or absent
        ("Occurrence policy purchased by us, so no tail needed when you leave.", None),
        ("Occurrence-based malpractice provided.", None),
        ("Please send details of your availability.", None),
        ("We are at the tail end of our recruiting season and moving fast.", None),
    ],
)
def test_tail(text: str, tail: str | None) -> None:
    assert read(text)[2] == tail


def test_tail_does_not_decide_cover() -> None:
    text = (
        "Malpractice insurance (claims-made) – tail coverage is the physician’s responsibility on departure."
    )
    assert read(text) == (True, "claims_made", "not_provided")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malpractice is the responsibility of the contractor.", (False, None, None)),
        ("Malpractice insurance: included", (True, None, None)),
        ("Med mal: provided", (True, None, None)),
        ("We cover malpractice for all readers.", (True, None, None)),
        ("Malpractice provided. Tail: no", (True, None, "not_provided")),
        ("Malpractice provided; we do not pay for tail coverage.", (True, None, "not_provided")),
        ("Malpractice provided; tail coverage paid by the practice.", (True, None, "provided")),
        ("Malpractice: Yes (claims made) with tail", (True, "claims_made", "provided")),
        (
            "Claims-made malpractice; tail coverage is the employer's responsibility.",
            (True, "claims_made", "provided"),
        ),
        (
            "Claims-made malpractice; tail insurance reimbursed on departure.",
            (True, "claims_made", "provided"),
        ),
    ],
)
def test_coverage_siblings(text: str, expected: tuple[bool | None, str | None, str | None]) -> None:
    assert read(text) == expected


def test_required_insurance_is_the_physicians() -> None:
    assert read("Malpractice insurance required ($1M/$3M).")[0] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tail owed or given only on a condition of tenure: negotiable
        (
            "Claims-made malpractice paid by the group; tail is the physician's responsibility if leaving "
            "within three years",
            (True, "claims_made", "negotiable"),
        ),
        (
            "Claims-made professional liability coverage paid by the health system; the system purchases "
            "tail coverage for physicians who complete three years of service",
            (True, "claims_made", "negotiable"),
        ),
        ("Malpractice provided. Tail is on you if you resign before year two.", (True, None, "negotiable")),
        ("Malpractice provided; tail is yours if you leave early.", (True, None, "negotiable")),
        ("Tail split 50/50.", (None, None, "negotiable")),
        # unconditional: not a condition of tenure
        ("Malpractice provided; tail is on you.", (True, None, "not_provided")),
        ("The practice pays the tail if you leave.", (None, None, "provided")),
        (
            "Malpractice with tail covered; you may leave at any time with 90 days' notice.",
            (True, None, "provided"),
        ),
        # prior-acts ("nose") coverage buys out the previous job's tail: not this job's tail
        (
            "The Medical Center provides claims-made professional liability coverage. For physicians joining "
            'from another practice, the Medical Center purchases prior acts ("nose") coverage, so you will '
            "not need to buy a tail policy from your current group.",
            (True, "claims_made", None),
        ),
        ("Malpractice provided, no need to buy tail from your previous employer.", (True, None, None)),
        ("Occurrence policy provided by the agency.", (True, "occurrence", None)),
        (
            "Claims-made coverage provided; you need to buy a tail on departure.",
            (True, "claims_made", "not_provided"),
        ),
        # a liability body's dues reimbursed: malpractice provided
        (
            "The Department reimburses Canadian Medical Protective Association (CMPA) membership fees.",
            (True, None, None),
        ),
        ("CMPA fees reimbursed.", (True, None, None)),
        ("CMPA membership at your own expense.", (False, None, None)),
    ],
)
def test_coverage_settled_later(text: str, expected: tuple[bool | None, str | None, str | None]) -> None:
    assert read(text) == expected
