"""The radiologist filter: physician roles in, technologists, nurses, sales and admin out."""

from __future__ import annotations

import pytest

from scout.roles import is_radiologist, is_radiologist_title

RADIOLOGISTS = [
    "Remote Overnight General Radiologist 7-on 14-off",
    "Teleradiologist - Nights (1099)",
    "Neuroradiologist",
    "Neuro-Radiologist, Remote",
    "Interventional Radiologist",
    "Diagnostic Radiology Physician",
    "Physician - Diagnostic Radiology",
    "Breast Imaging Radiologist",
    "Nighthawk Radiologist",
    "Body Imaging Physician",
    "Radiology Partner - Private Practice",
    "Locum Tenens Radiologist – Rural Montana Hospital",
    "Academic Neuroradiologist – Assistant/Associate Professor",
    "Assistant Professor of Radiology - Breast Imaging",
    "MSK Teleradiologist – 1099",
    "Per Diem Teleradiologist – Flexible Schedule",
]

NOT_RADIOLOGISTS = [
    "CT Technologist",
    "Radiology Technologist - MRI",
    "Radiologic Technologist (X-Ray) - Nights",
    "Ultrasound Sonographer",
    "Mammographer",
    "Radiology Nurse Navigator",
    "Interventional Radiology RN",
    "PACS Sales Executive",
    "Radiology Coder (Remote)",
    "Radiologist Assistant",
    "Physician Assistant - Radiology",
    "Teleradiology Coordinator",
    "Radiology Scheduler",
    "Radiology Residency Program Coordinator",
    "Director of Radiology Operations",
    "Radiology Fellow",
    "Medical Physicist - Diagnostic Imaging",
    "Imaging Services Manager",
]


@pytest.mark.parametrize("title", RADIOLOGISTS)
def test_radiologist_titles_are_kept(title: str) -> None:
    assert is_radiologist(title)


@pytest.mark.parametrize("title", NOT_RADIOLOGISTS)
def test_other_roles_are_dropped(title: str) -> None:
    assert not is_radiologist(title)


def test_a_vague_title_is_decided_by_the_description() -> None:
    title = "Locum Tenens Opportunity - Imaging"
    assert is_radiologist_title(title) is None
    physician = "Board-certified radiologists (ABR) read CT and MR; paid per wRVU, final reads."
    tech = "Registered technologist to run the CT scanner on nights; ARRT required."
    assert is_radiologist(title, physician)
    assert not is_radiologist(title, tech)
    assert not is_radiologist(title)
