"""Subspecialty roles (not case mix) and modalities (not time zones, states or the country)."""

from __future__ import annotations

import pytest

from scout.extract.doc import Doc
from scout.extract.facts_modalities import modalities
from scout.extract.facts_scope import build_scope
from scout.extract.facts_work import subspecialties


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the job's modalities only; named ones only; ruled out by "except"
        ("We read all modalities except mammo.", []),
        ("Read everything other than fluoro; mostly CT.", ["ct"]),
        ("Cross-sectional reads from 12 hospitals.", []),
        ("All modalities, all day.", []),
        (
            "All modalities except mammo. Plain film, CT, US and mammo screening at the clinic.",
            ["ct", "us", "xr"],
        ),
        ("Code-stroke CTA and head and neck MRA.", ["ct", "mri"]),
        ("Thoracic PET/CT with the tumor board.", ["ct", "pet"]),
        ("Bone density (DEXA) reports for the women's clinic.", []),
        # negated: before, after, in a list, as another team's work
        ("No MR, no nucs, no mammo. XR and CT.", ["ct", "xr"]),
        ("MRI is not read on the overnight service. CT and US are.", ["ct", "us"]),
        ("CT, radiographs. MRI isn't part of this service.", ["ct", "xr"]),
        ("There is no MRI on site; sonography and CT only.", ["ct", "us"]),
        ("There is no IR or fluoro in this role.", []),
        ("The appointment carries no breast imaging, interventional or nuclear medicine duties.", []),
        ("Spine plain films are routed to our general pool and are not part of this role.", []),
        ("All brain/spine MR goes to our neuro group, so your list is XR/CT/US.", ["ct", "us", "xr"]),
        ("Advanced neuro MRI and neuro CTA go to our neuroradiology section.", []),
        ("Mammography is read by our breast imaging team.", []),
        ("Interpret thoracic PET/CT jointly with nuclear medicine colleagues.", ["ct", "pet"]),
        ("This is not a neuro position; our neuro group handles brain MRI.", []),
        ("Our neuroradiologists handle all brain MRI; you read body CT.", ["ct"]),
        ("Our group reads CT, MRI and US for five hospitals.", ["ct", "mri", "us"]),
        # plurals and abbreviations
        ("CTs and MRIs, plus body US. No mammo.", ["ct", "mri", "us"]),
        ("Generalist list: CT, MRI, plain films and US. No PET, no mammo", ["ct", "mri", "us", "xr"]),
        ("ED CT (pan-scans, CTAs), XR, US.", ["ct", "us", "xr"]),
        ("The reading mix is broad (X-ray, CT, MR, US, nucs).", ["ct", "mri", "nm", "us", "xr"]),
        ("Chest CT incl. lung screening, CXR", ["ct", "xr"]),
        ("US/Doppler and radiography", ["us", "xr"]),
        ("Screening and diagnostic mammograms/tomo", ["mammo"]),
        ("Nuke med and nukes overflow", ["nm"]),
        # the department, not the job
        (
            "In addition to neuroradiology, its sections include breast imaging, which offers screening "
            "mammography; and nuclear medicine and PET/CT, home to a theranostics program.",
            [],
        ),
        ("Its clinical enterprise includes 3T and 7T MRI, PET/MRI and photon-counting CT.", []),
        (
            "The department is organized into sections of neuroradiology and nuclear medicine, with PET/CT.",
            [],
        ),
        ("Our sections include body and neuro; you will read CT and MRI.", ["ct", "mri"]),
        ("Rads based in the US. Workload is CT and MR.", ["ct", "mri"]),
        ("The imaging center offers 3T MRI, CT and ultrasound.", ["ct", "mri", "us"]),
        ("CT and MR reads; must live in the continental US.", ["ct", "mri"]),
    ],
)
def test_modalities_settled_later(text: str, expected: list[str]) -> None:
    assert mods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You will join our trauma team as an ER radiologist.", ["emergency"]),
        ("0.5 FTE, trauma-focused ER rad, fully remote.", ["emergency"]),
        ("Locum Tenens - Trauma Radiologist - Level I Trauma Center", ["emergency"]),
        (
            "ED studies overnight; you don't need a subspecialty: we hire general radiologists who are "
            "comfortable with emergency imaging.",
            ["general"],
        ),
        ("VIR fellowship required.", ["ir"]),
        ("Staff Radiologist, Cardiothoracic Imaging", ["cardiac", "chest"]),
        ("The group is adding a general/body person for next summer.", ["body", "general"]),
        ("Read radiographs, CT, ultrasound and body and MSK MRI.", []),
        ("Body or MSK fellowship preferred but not required.", ["body", "msk"]),
        ("This is not a neuro position.", []),
        # another group's role
        ("We're hiring a general radiologist; our women's imaging section handles breast work.", ["general"]),
        ("No IR in this role; the hospital's IR service handles procedures.", []),
        ("Advanced neuro MRI goes to our neuroradiology section.", []),
        ("Mammography is read by our breast imaging team.", []),
        ("Overnight neuro reads are covered by the health system's emergency teleradiology partner.", []),
        ("One day a week reading diagnostic CT with the body section.", []),
        ("Join our body section as its fifth radiologist.", ["body"]),
        # the department's sections
        (
            "The department is organized into eight clinical divisions: Abdominal Imaging, Breast Imaging, "
            "Musculoskeletal Radiology, Neuroradiology, Nuclear Medicine and Molecular Imaging, and "
            "Pediatric Radiology.",
            [],
        ),
        ("Its sections include vascular and interventional radiology and pediatric radiology.", []),
        ("Our divisions include neuro and body, and we are seeking a pediatric radiologist.", ["pediatric"]),
        # a second opening echoed in a subject line
        (
            "Subject: Nights telerad (+ a peds locums FYI)\n\n1) Neuro or body fellowship wanted.\n\n"
            "2) Unrelated - I also have a peds locums in Columbus, OH.",
            ["body", "neuro"],
        ),
    ],
)
def test_subspecialties_settled_later(text: str, expected: list[str]) -> None:
    assert roles(text) == expected
