"""Decide whether a posting is for a radiologist physician, not a technologist, nurse or sales role.

The title decides when it can; the description breaks ties for vague titles ("Physician -
Imaging", "Locum Tenens Opportunity"). Pure functions, table-tested in tests/test_roles.py.
"""

from __future__ import annotations

import re

# Roles that are not radiologist physicians, even when the title says "radiology".
_NOT_PHYSICIAN = re.compile(
    r"\b(?:technologists?|techs?|technicians?|radiographers?|sonographers?|ultrasonographers?|"
    r"mammographers?|nurses?|nursing|rn|lpn|np|nurse\s+practitioners?|physician\s+assistants?|"
    r"\bpa-c\b|radiologist\s+assistants?|\brra\b|coders?|coding|billers?|billing|schedulers?|"
    r"scheduling|receptionists?|front\s+desk|sales|account\s+(?:executive|manager)|"
    r"representatives?|recruiters?|recruiting|coordinators?|administrators?|administrative|"
    r"assistants?(?!\s+(?:or\s+associate\s+)?professor)(?!\s*/\s*associate\s+professor)|aides?|transcriptionists?|dosimetrists?|physicists?|engineers?|designers?|developers?|"
    r"analysts?|it\s+support|pacs\s+(?:admin|administrator|analyst|specialist)|specialists?|"
    r"navigators?|students?|interns?|residents?|residency|fellows?\b(?!hip)|"
    r"managers?|directors?\s+of\s+(?:imaging|radiology)\s+(?:operations|services)|"
    r"supervisors?|clerks?|transporters?|couriers?|veterinar\w*|"
    r"therapists?|dental|dentists?|chiropract\w*)\b",
    re.IGNORECASE,
)

_RADIOLOGIST = re.compile(
    r"\b(?:radiologists?|teleradiologists?|neuroradiologists?|neuro-radiologists?|"
    r"nighthawks?|night\s*hawks?|interventional\s+radiolog\w*|"
    r"(?:diagnostic|interventional|breast|body|msk|musculoskeletal|pediatric|neuro|nuclear|"
    r"emergency|abdominal|thoracic|cardiothoracic|chest|women'?s)\s+(?:imag\w+|radiolog\w+)\s+"
    r"(?:physician|radiologist|md|do|faculty|attending|position|opportunity)|"
    r"(?:physician|md|do|attending|faculty)\b[^.\n]{0,40}\b(?:radiology|imaging)\b|"
    r"\bradiology\b[^.\n]{0,40}\b(?:physician|md|do|attending|faculty|partner|locums?|"
    r"locum\s+tenens)\b|"
    r"ir\s+physician|telerad\w*|professor\s+(?:of\s+)?(?:diagnostic\s+)?(?:radiology|imaging))",
    re.IGNORECASE,
)

# A description that speaks to a reading physician: board certification, reads, fellowship.
_PHYSICIAN_SIGNS = re.compile(
    r"\b(?:board[-\s]certified|board[-\s]eligible|bc/be|abr\b|american\s+board\s+of\s+radiology|"
    r"fellowship[-\s]trained|wrvus?|rvus?|final\s+reads?|preliminary\s+reads?|"
    r"radiologists?|teleradiolog\w+|md\s*/\s*do|m\.d\.|d\.o\.)\b",
    re.IGNORECASE,
)


def is_radiologist_title(title: str) -> bool | None:
    """True or False when the title settles it, None when it is too vague to say."""
    if _RADIOLOGIST.search(title):
        # "Radiologist Assistant", "Teleradiology Coordinator", "Radiology Nurse": not physicians
        return not _NOT_PHYSICIAN.search(title)
    if _NOT_PHYSICIAN.search(title):
        return False
    return None


def is_radiologist(title: str, description: str = "") -> bool:
    """Whether a posting is for a radiologist physician (diagnostic, IR, telerad, locums)."""
    verdict = is_radiologist_title(title)
    if verdict is not None:
        return verdict
    if not description:
        return False
    return len(_PHYSICIAN_SIGNS.findall(description[:5000])) >= 2
