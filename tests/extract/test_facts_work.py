"""Subspecialty roles (not case mix) and modalities (not time zones, states or the country)."""

from __future__ import annotations

import pytest

from scout.extract.doc import Doc
from scout.extract.facts_scope import build_scope
from scout.extract.facts_work import modalities, subspecialties


def roles(text: str) -> list[str]:
    kinds, evidence = subspecialties(build_scope(Doc(text)))
    assert all(text[e.start : e.end] == e.text for e in evidence)
    return sorted(kinds)


def mods(text: str) -> list[str]:
    kinds, evidence = modalities(build_scope(Doc(text)))
    assert all(text[e.start : e.end] == e.text for e in evidence)
    return sorted(kinds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are looking for a fellowship-trained neuroradiologist.", ["neuro"]),
        ("Teleneuroradiologist – Overnight", ["neuro"]),
        ("Remote neuro reader - nights - 1099", ["neuro"]),
        ("Neuro fellowship + ABR cert required.", ["neuro"]),
        ("Division of Neuroradiology", ["neuro"]),
        ("remote neuro + body team", ["body", "neuro"]),
        ("body/neuro fellowship either one works", ["body", "neuro"]),
        ("Musculoskeletal Radiologist – Remote", ["msk"]),
        ("Remote MSK reader - 1099", ["msk"]),
        ("MSK-trained diagnostic rad", ["msk"]),
        ("Body Imaging Radiologist – Teleradiology", ["body"]),
        ("Fellowship-trained abdominal imagers", ["body"]),
        ("We're hiring general radiologists and fellowship-trained body imagers.", ["body", "general"]),
        ("Body or abdominal imaging fellowship preferred", ["body"]),
        ("MSK or body fellowship training", ["body", "msk"]),
        ("Body or MSK fellowship is preferred", ["body", "msk"]),
        ("Fellowship training in body imaging is preferred but not required.", ["body"]),
        ("Breast Imaging Radiologist - Remote", ["breast"]),
        ("Clinical Associate Professor - Women's Imaging", ["breast"]),
        ("Women’s Imaging Locum Tenens", ["breast"]),
        ("Pediatric Radiologist – Assistant Professor", ["pediatric"]),
        ("peds telerad - evenings/wknds", ["pediatric"]),
        ("Interventional Radiologist – Partnership Track", ["ir"]),
        ("Board certification in IR/DR, or DR with a VIR fellowship.", ["ir"]),
        ("Division of Vascular and Interventional Radiology", ["ir"]),
        ("Nuclear Medicine / PET-CT Radiologist - Part Time", ["nuclear"]),
        ("ABR DR with nuclear medicine training (ABNM or nuclear fellowship)", ["nuclear"]),
        ("Staff Radiologist, Cardiothoracic Imaging", ["cardiac", "chest"]),
        ("Level III cardiac CT certification", ["cardiac"]),
        ("Thoracic imaging fellowship", ["chest"]),
        ("Emergency and Trauma Radiologist - In-House Overnight", ["emergency"]),
        ("Emergency Teleradiologist – Overnight & Weekend Coverage", ["emergency"]),
        ("ER/trauma fellowship or equivalent experience", ["emergency"]),
        ("Gen rad, mostly CT/XR with some MR.", ["general"]),
        ("BC/BE gen rads welcome", ["general"]),
        ("Generalists welcome.", ["general"]),
        ("General Diagnostic Radiologist", ["general"]),
        ("Radiology – Diagnostic (General)", ["general"]),
        ("Physician – Diagnostic Radiology (Breast & General)", ["breast", "general"]),
        ("Teleradiologist - Body/General - Remote", ["body", "general"]),
        (
            "Subspecialties in demand: neuro, MSK, body, and general diagnostic.",
            ["body", "general", "msk", "neuro"],
        ),
        # case mix, other people, optional extras
        ("Neuro and body CT make up most of the list.", []),
        ("Comfortable with CT neuro, body and CTA.", []),
        ("Cardiac CTA, cardiac MRI and chest CT.", []),
        ("PET (oncologic, cardiac and neurologic) and cardiac SPECT.", []),
        ("XR, CT and general ultrasound.", []),
        ("Pine Harbor General Hospital", []),
        ("Reading ED studies overnight for emergency departments.", []),
        ("Experience with emergency imaging preferred.", []),
        ("Overnight Teleradiologist – Emergency Department Coverage", []),
        ("Body fellowship training is welcome but not required.", []),
        ("Breast imaging experience is a plus but not required.", []),
        ("A general radiologist covers body and plain films on the same shift.", []),
        ("A neuroradiologist is available for curbside help.", []),
        ("Teaching of radiology and pediatric residents.", []),
        ("Body studies are never pushed to you.", []),
        ("We partner with a diagnostic radiology residency.", []),
        ("Neuro CT/CTA/MR only, no body.", []),
    ],
)
def test_subspecialties(text: str, expected: list[str]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ER CT, US and plain films.", ["ct", "us", "xr"]),
        ("Neuro CT and MRI: brain, spine, head and neck, CTA and perfusion.", ["ct", "mri"]),
        ("Radiographs, CT, MRI, ultrasound and fluoroscopy", ["ct", "fluoro", "mri", "us", "xr"]),
        ("Rates: XR $7 | US $24 | CT $38 | MRI $52", ["ct", "mri", "us", "xr"]),
        ("Mostly CT A/P, MR abd/pelvis, some US overflow.", ["ct", "mri", "us"]),
        ("Screening + diagnostic mammo, DBT, breast US, some breast MRI", ["mammo", "mri", "us"]),
        ("Screening and diagnostic mammography with tomosynthesis", ["mammo"]),
        ("PET/CT, SPECT/CT, bone scans and thyroid uptake", ["ct", "nm", "pet"]),
        ("roughly 20-25 PET/CTs per week", ["ct", "pet"]),
        ("General nuclear medicine and the occasional nuc med bone scan", ["nm"]),
        ("X-ray, CT, ultrasound, some fluoro.", ["ct", "fluoro", "us", "xr"]),
        ("computed tomography and magnetic resonance imaging", ["ct", "mri"]),
        ("US-guided injections and MSK US", ["us"]),
        ("45 to 50 per RVU depending on modality mix (MR pays the top rate)", ["mri"]),
        ("6-8 CTs per hour", ["ct"]),
        ("plain films and sonography", ["us", "xr"]),
        # negated, time zones, states, the country, equipment grades
        ("Typical day: X-ray, CT, ultrasound. No mammo.", ["ct", "us", "xr"]),
        ("XR, US, CT, MR; no fluoro, no procedures", ["ct", "mri", "us", "xr"]),
        ("Modalities: CT, MRI, X-ray and ultrasound; no mammography.", ["ct", "mri", "us", "xr"]),
        ("fully remote, 7on/7off, 10p-8a CT", []),
        ("Sched: 7 on / 14 off, 9p–7a CT", []),
        ("Licenses: MA, RI, CT (we pay).", []),
        ("Licensed in NY, NJ and CT.", []),
        ("Read US overnights from Australia for US hospitals.", []),
        ("US-based readers only; US$4,000 monitor stipend.", []),
        ("Dual 5MP mammography-grade monitors", []),
        ("SCCT Level III preferred", []),
        ("Performs myelograms and arthrograms", []),
        ("Mr. Smith will call you.", []),
    ],
)
def test_modalities(text: str, expected: list[str]) -> None:
    assert mods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our group of 20 includes neuroradiologists and body imagers; we are hiring an MSK radiologist.",
            ["msk"],
        ),
        ("You'll work alongside fellowship-trained neuroradiologists.", []),
        ("The department has divisions of neuroradiology, body imaging and breast imaging.", []),
        ("We are hiring neuroradiologists for nights.", ["neuro"]),
        ("Neuro-trained radiologist wanted.", ["neuro"]),
        ("Neuroimaging fellowship required.", ["neuro"]),
        ("Seeking a mammographer for our breast center.", ["breast"]),
        ("Pediatric neuroradiologist", ["neuro", "pediatric"]),
        ("Chest radiologist for the lung screening program.", ["chest"]),
        ("Cardiac imager", ["cardiac"]),
    ],
)
def test_subspecialty_siblings(text: str, expected: list[str]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CTs, MRIs and X-rays", ["ct", "mri", "xr"]),
        ("MRI/CT reads", ["ct", "mri"]),
        ("US/CT guided procedures", ["ct", "us"]),
        ("Hours 8-5 CT, Monday to Friday", []),
        ("Day shift 8a–5p (CT)", []),
        ("Central Time (CT) zone", []),
        ("6-8 CT studies per hour", ["ct"]),
    ],
)
def test_modality_siblings(text: str, expected: list[str]) -> None:
    assert mods(text) == expected
