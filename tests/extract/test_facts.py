"""Whole postings through extract_facts, and the guarantees: never raises, spans match the text."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scout.extract.contract import Licensing, Malpractice
from scout.extract.doc import Doc
from scout.extract.facts import extract_facts

EMPTY: dict[str, Any] = {
    "work_mode": None,
    "employment_type": None,
    "malpractice": Malpractice(),
    "licensing": Licensing(),
    "shifts": [],
    "subspecialties": [],
    "modalities": [],
    "equipment_provided": None,
    "partnership_track": None,
    "non_compete": None,
    "private_equity": None,
    "benefits": [],
}


def facts(text: str) -> dict[str, Any]:
    values, evidence = extract_facts(Doc(text))
    for e in evidence:
        assert 0 <= e.start <= e.end <= len(text)
        assert text[e.start : e.end] == e.text
    fields = {e.field.split(".")[0] for e in evidence}
    for key, value in values.items():
        if value not in (None, [], Malpractice(), Licensing()):
            assert key in fields, f"{key} has no evidence"
    out = dict(values)
    for key in ("shifts", "subspecialties", "modalities", "benefits"):
        out[key] = sorted(out[key])
    out["licensing"] = out["licensing"].model_copy(update={"states": sorted(out["licensing"].states)})
    return out


POSTINGS: list[tuple[str, dict[str, Any]]] = [
    (
        "Dr. Kim - new one: remote MSK reads, 1099, $52/RVU. M-F 8a-4p PST. They supply a dual-monitor "
        "setup. Malpractice covered (occurrence). Need UT or ID lic; IMLC ok. No non-compete. "
        "Not PE - physician-run.",
        {
            "work_mode": "remote",
            "employment_type": "1099",
            "malpractice": Malpractice(provided=True, policy="occurrence"),
            "licensing": Licensing(imlc=True, states=["ID", "UT"]),
            "shifts": ["day"],
            "subspecialties": ["msk"],
            "equipment_provided": True,
            "non_compete": False,
            "private_equity": False,
        },
    ),
    (
        "Position: Radiologist - Neuroradiology\nStatus: Full-time employee\nLocation: St. Agnes Medical "
        "Center, Toledo, Ohio (on-site)\n\nResponsibilities include interpretation of CT and MR of the brain "
        "and spine and myelography under fluoroscopy.\n\nSchedule: weekdays 7:00am-4:00pm; one weekend per "
        "month.\n\nBenefits: medical/dental/vision; 403(b) with match; 25 days PTO; $3,000 CME; "
        "employer-paid life insurance.\nProfessional liability: occurrence policy provided by St. Agnes.\n"
        "Licensure: Ohio license required (or eligible); St. Agnes reimburses licensure fees.\n"
        "A one-year, 10-mile restrictive covenant applies.",
        {
            "work_mode": "onsite",
            "employment_type": "w2",
            "malpractice": Malpractice(provided=True, policy="occurrence"),
            "licensing": Licensing(paid=True, states=["OH"]),
            "shifts": ["day", "weekend"],
            "subspecialties": ["neuro"],
            "modalities": ["ct", "fluoro", "mri"],
            "non_compete": True,
            "benefits": ["cme", "health", "life", "pto", "retirement"],
        },
    ),
    (
        "Horizon Reads - Teleradiologist (Evening/Overnight)\nWe're physician-led and proudly independent "
        "(no private equity).\n- Choose W-2 with benefits or 1099\n- $45-$52/wRVU\n- Evenings 4p-12a ET or "
        "overnights 11p-7a ET\n- Workstation: we provide three monitors and a UPS\n"
        "- Malpractice: claims-made; "
        "tail coverage split 50/50 if you leave in the first two years\n- Licensing: we pay all fees and use "
        "the IMLC; active FL license required\n- Benefits (W-2): health, dental, 401(k) match, long-term "
        "disability\n- Generalists and neuroradiologists welcome",
        {
            "employment_type": "either",
            "malpractice": Malpractice(provided=True, policy="claims_made", tail="negotiable"),
            "licensing": Licensing(paid=True, imlc=True, states=["FL"]),
            "shifts": ["evening", "overnight"],
            "subspecialties": ["general", "neuro"],
            "equipment_provided": True,
            "private_equity": False,
            "benefits": ["disability", "health", "retirement"],
        },
    ),
    (
        "LOCUM - Teleradiology - Nights\nWe need a BC radiologist for overnight reads (8p-6a) for a hospital "
        "in Reno, Nevada. Must hold NV and CA licenses; we'll reimburse new licenses.\nRate: $400/hr.\n"
        "No malpractice provided - you must carry your own $1M/$3M policy; tail is your responsibility.\n"
        "You'll need your own workstation.\n"
        "About the agency: we place 500 locums a year across all 50 states.",
        {
            "work_mode": "remote",  # a teleradiology locum on your own workstation reads from home
            "malpractice": Malpractice(provided=False, tail="not_provided"),
            "licensing": Licensing(paid=True, states=["CA", "NV"]),
            "shifts": ["overnight"],
            "equipment_provided": False,
        },
    ),
    (
        "The Department of Radiology seeks a thoracic radiologist (Assistant Professor). Faculty split their "
        "week between the hospital and home reading (two remote days). Salary commensurate with experience. "
        "The University provides a home workstation. Benefits include TIAA retirement contributions, health "
        "and dental coverage, and paid vacation. Licensure in Massachusetts is required. "
        "Malpractice coverage "
        "is provided through the university's risk management foundation.",
        {
            "work_mode": "hybrid",
            "malpractice": Malpractice(provided=True),
            "licensing": Licensing(states=["MA"]),
            "subspecialties": ["chest"],
            "equipment_provided": True,
            "benefits": ["health", "pto", "retirement"],
        },
    ),
    (
        "Top teleradiology group hiring! Work from home. We read 2 million studies a year for 300 hospitals "
        "in Texas, Florida and Georgia. Competitive compensation. Flexible schedule. Generous benefits.",
        {"work_mode": "remote", "shifts": ["flexible"]},
    ),
    (
        "Radiologist - Hartford area private practice (CT)\nOur 12-radiologist group (acquired by a "
        "private-equity-backed platform in 2023) seeks a body radiologist. On-site only. Monday-Friday 8-5, "
        "no call, no weekends. Mix: CT, MRI, ultrasound; no mammography. Salary $500K. Connecticut license "
        "required. Two-year non-compete.",
        {
            "work_mode": "onsite",
            "licensing": Licensing(states=["CT"]),
            "shifts": ["day"],
            "subspecialties": ["body"],
            "modalities": ["ct", "mri", "us"],
            "non_compete": True,
            "private_equity": True,
        },
    ),
    (
        "Re: Pittsburgh IR/DR - 4 days in office, 1 WFH. W2. $650K + $50K signing. Partner track (3 yrs). "
        "Mal w/ tail. PA lic req'd (they pay). 1:5 call.",
        {
            "work_mode": "hybrid",
            "employment_type": "w2",
            "malpractice": Malpractice(provided=True, tail="provided"),
            "licensing": Licensing(paid=True, states=["PA"]),
            "subspecialties": ["ir"],
            "partnership_track": True,
        },
    ),
    (
        "Teleradiologist - Nights - Independent Contractor\nLocation: Remote\nWe are a physician-owned "
        "teleradiology group (no PE). Read overnight ED studies (CT, X-ray, ultrasound) for hospitals in IN, "
        "OH and KY. Licenses in IN and OH required; KY a plus - we reimburse licensing. IMLC-friendly. "
        "Malpractice: occurrence, provided. We supply a 4-monitor workstation. No non-compete.",
        {
            "work_mode": "remote",
            "employment_type": "1099",
            "malpractice": Malpractice(provided=True, policy="occurrence"),
            "licensing": Licensing(paid=True, imlc=True, states=["IN", "KY", "OH"]),
            "shifts": ["overnight"],
            "modalities": ["ct", "us", "xr"],
            "equipment_provided": True,
            "non_compete": False,
            "private_equity": False,
        },
    ),
    (
        "Job Title: Staff Radiologist, Musculoskeletal\nWork Location: Onsite with remote work option "
        "(1 day per week)\nEmployment Type: Employee\nDuties: MSK MRI, CT arthrography, fluoroscopic "
        "arthrograms, ultrasound-guided injections.\nSchedule: Monday–Friday, 8 a.m.–5 p.m.\nBenefits: "
        "medical, dental, vision, 403(b), PTO, CME $4,000, LTD.\nMalpractice: provided by the hospital "
        "(claims-made) including tail.\nMust hold or obtain an Oregon license.",
        {
            "work_mode": "hybrid",
            "employment_type": "w2",
            "malpractice": Malpractice(provided=True, policy="claims_made", tail="provided"),
            "licensing": Licensing(states=["OR"]),
            "shifts": ["day"],
            "subspecialties": ["msk"],
            "modalities": ["ct", "fluoro", "mri", "us"],
            "benefits": ["cme", "disability", "health", "pto", "retirement"],
        },
    ),
    (
        "Dr. Lee - quick hit: remote body imaging, W-2 or IC. $600K base or $55/RVU. Evenings 3p–11p PT. "
        "Lic: CA + WA (paid). Mal: yes, tail covered after 2 yrs. Kit: 2 monitors shipped. Partnership? No. "
        "Non-compete: 1 yr.",
        {
            "work_mode": "remote",
            "employment_type": "either",
            "malpractice": Malpractice(provided=True, tail="negotiable"),
            "licensing": Licensing(paid=True, states=["CA", "WA"]),
            "shifts": ["evening"],
            "subspecialties": ["body"],
            "equipment_provided": True,
            "partnership_track": False,
            "non_compete": True,
        },
    ),
    (
        "Locum Radiologist – Critical Access Hospital, Nevada\nOn-site, Monday–Friday, 8–5. No weekends, no "
        "call. Reads: CT, XR, US; some fluoro. Rate $2,500/day. Agency provides occurrence malpractice. "
        "Nevada license required (we pay). Flights home every weekend are covered.",
        {
            "work_mode": "onsite",
            "malpractice": Malpractice(provided=True, policy="occurrence"),
            "licensing": Licensing(paid=True, states=["NV"]),
            "shifts": ["day"],
            "modalities": ["ct", "fluoro", "us", "xr"],
        },
    ),
    (
        "The Department of Radiology at Northfield University seeks a breast imager at the Assistant "
        "Professor rank. Our Breast Imaging section includes eight fellowship-trained breast radiologists "
        "and two nurse navigators. Duties: screening and diagnostic mammography with DBT, breast MRI, breast "
        "ultrasound, and image-guided biopsies. On-site at the Comprehensive Breast Center. Benefits: TIAA, "
        "medical/dental, disability, life, vacation. Malpractice through the University's self-insurance "
        "program. Licensure in Minnesota required. Northfield is an equal opportunity employer; we welcome "
        "individuals with disabilities.",
        {
            "work_mode": "onsite",
            "malpractice": Malpractice(provided=True),
            "licensing": Licensing(states=["MN"]),
            "subspecialties": ["breast"],
            "modalities": ["mammo", "mri", "us"],
            "benefits": ["disability", "health", "life", "pto", "retirement"],
        },
    ),
    (
        "Read US nights from Europe. Contract role, EUR 250/hr or $270/hr. We hold licences for you in OR, "
        "WA and ID, and sponsor IMLC applications. No benefits. Equipment: bring your own.",
        {
            "work_mode": "remote",  # reading from abroad is remote (GUIDE, cases settled later)
            "employment_type": "1099",
            "licensing": Licensing(imlc=True, states=["ID", "OR", "WA"]),
            "shifts": ["overnight"],
            "equipment_provided": False,
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSTINGS)
def test_postings(text: str, expected: dict[str, Any]) -> None:
    assert facts(text) == {**EMPTY, **expected}


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\x00\x01\x02", "$$$$", "CT" * 10, "no " * 50])
def test_degenerate_text(text: str) -> None:
    values, _ = extract_facts(Doc(text))
    assert values["licensing"].states == [] or text.startswith("CT")


_FRAGMENTS = st.sampled_from(
    [
        "no ", "not ", "tail ", "mal ", "1099 ", "W-2 ", "TX, OK and LA licenses ", "CT ", "IN ", "OR ",
        "10p-8a ", "8:00–4:30 ", "nights ", "weekend ", "remote ", "on-site ", "hybrid ", "$", "450K ",
        "Also hiring: ", "(for context, ", ")", "\n", "- ", "; ", ". ", "non-compete ", "private equity ",
        "PE-backed ", "partnership track ", "401(k) ", "health ", "IMLC ", "Compact ", "Ohio ", "New York ",
        "neuro ", "body ", "general ", "US ", "MR ", "PET/CT ", "mammo ", "’", "–", "\u00a0",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=60))
def test_never_raises_and_spans_match(parts: list[str]) -> None:
    text = "".join(parts)
    values, evidence = extract_facts(Doc(text))
    assert set(values) == set(EMPTY)
    for e in evidence:
        assert 0 <= e.start <= e.end <= len(text)
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    "unit",
    [
        "$1234567890 ",
        "no weekend or overnight call, licensed in TX, OK, LA, CT, IN; tail split 50/50 after 3 years; "
        "8a-5p ",
        "NY, NJ, CT, ",
        "mal tail malpractice ",
        "Malpractice\n",
        "Also hiring: ",
        "a",
    ],
)
def test_long_adversarial_input_finishes(unit: str) -> None:
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    _, evidence = extract_facts(Doc(text))
    assert all(text[e.start : e.end] == e.text for e in evidence)
