"""What the job reads: subspecialty roles and imaging modalities.

A subspecialty counts only as a role the job asks for ("neuroradiologist", "body imaging
fellowship", "women's imaging", "generalist"), not as case mix ("neuro and body CT make up most of
the list", "chest CT", "cardiac SPECT") nor when it is welcome "but not required". A modality counts
wherever it is named for this job, except when negated ("no mammo") or when the letters mean
something else: "CT" in "9p-7a CT" is Central Time and in "NY, NJ and CT" Connecticut, "US" is
usually the country.
"""

from __future__ import annotations

import re

from scout.extract.contract import Evidence
from scout.extract.facts_scope import Scope
from scout.extract.negation import negated_items
from scout.extract.states import CODES, NAME_TO_CODE

SUBSPECIALTIES = (
    "general", "neuro", "msk", "body", "breast", "pediatric", "ir", "nuclear", "cardiac", "chest",
    "emergency",
)  # fmt: skip
MODALITIES = ("xr", "ct", "mri", "us", "mammo", "pet", "nm", "fluoro")

_AFTER_CASE_MIX = r"(?!\s*(?:ct|cta|mr|mri|studies|exams|imaging\s+studies|and\s+plain|films|x-?rays?)\b)"
_ROLE: dict[str, re.Pattern[str]] = {
    "general": re.compile(
        r"\bgeneralists?\b|\bgen\.?\s*rads?\b"
        r"|\bgeneral\s+(?:diagnostic\s+)?(?:radiolog\w*|rads?\b|reads?\b|reading|reporting|telerad\w*|mix\b|"
        r"diagnostic|xr\b|x-?rays?\b)"
        r"|\bdiagnostic\s*\(general\)|(?:&|/|\band)\s*general\b(?=\s*(?:\)|-|–|—|$|\n|radiolog|imaging))"
        r"|\bgeneral\s+(?:and|&|/)\s+(?:body|breast|neuro|msk)\b"
    ),
    "neuro": re.compile(
        r"neuroradiolog\w*|\bneurorads?\b|\bneuro[\s-]?(?:fellowship\w*|trained|readers?|rads?|radiologists?|"
        r"imager|ic|team|role|position|leaning|section|division|worklist|opp\w*)\b"
        r"|\bneuro\s*(?:\+|/|&|\band\b|\bor\b)\s*(?:body|msk|general)\b"
        + _AFTER_CASE_MIX
        + r"|\b(?:body|msk|general)\s*(?:\+|/|&|\band\b|\bor\b)\s*neuro\b"
        + _AFTER_CASE_MIX
    ),
    "msk": re.compile(
        r"\bmsk\b(?!\s*(?:mri|mr|us|ct|x-?rays?|radiographs|arthrograms)\b)"
        r"|\bmusculoskeletal\s+(?:imag\w*|radiolog\w*|fellowship)"
    ),
    "body": re.compile(
        r"\bbody[\s-]+(?:imag\w*|radiolog\w*|rads?\b|fellowship\w*|trained|focused|section|team|readers?|"
        r"role|position|worklist)"
        r"|\bbody\s*(?:/|&|\band\b|\bor\b)\s*(?:abdominal|general|neuro|msk|emergency)\b"
        r"|\b(?:neuro|msk|general)\s*,?\s*(?:\+|/|&|\band\b|\bor\b)\s*body\b"
        + _AFTER_CASE_MIX
        + r"|\babdominal\s+(?:imag\w*|radiolog\w*)"
    ),
    "breast": re.compile(
        r"\bbreast\s+(?:imag\w*|radiolog\w*|fellowship|rads?\b|role|readers?|section)"
        r"|\bwomen['’]?s\s+imaging\b|\bmammography\s+fellowship"
    ),
    "pediatric": re.compile(
        r"\bp(?:a)?ediatric\s+(?:radiolog\w*|imag\w*|telerad\w*|reads?\b|reading|fellowship|neuroradiolog\w*)"
        r"|\bpeds\b"
    ),
    "ir": re.compile(
        r"\binterventional\s*(?:radiolog\w*|procedures|/\s*diagnostic|oncology|locums)"
        r"|\bvascular\s+(?:and|&)\s+interventional\b|\binterventionalists?\b"
    ),
    "nuclear": re.compile(
        r"\bnuclear\s+(?:medicine\s+)?(?:training|fellowship|physician|radiolog\w*|division)"
        r"|\babnm\b|\b(?:training|fellowship|trained|certified)\s+in\s+nuclear\b|\bdivision\s+of\s+nuclear\b"
        r"|\bnuclear\s+medicine\s*/\s*pet\b|\bnuclear\s+medicine\s+and\s+molecular\b"
    ),
    "cardiac": re.compile(
        r"\bcardio[\s-]?thoracic\b|\bcardiac\s+(?:imag\w*|radiolog\w*|fellowship|-?trained)"
        r"|\blevel\s+(?:iii|3)\s+cardiac\b|\bcardiovascular\s+(?:imag\w*|radiolog\w*)"
    ),
    "chest": re.compile(
        r"\bcardio[\s-]?thoracic\b|\bthoracic\s+(?:imag\w*|radiolog\w*)|\bchest\s+(?:imag\w*|radiolog\w*|"
        r"fellowship)"
    ),
    "emergency": re.compile(
        r"\bemergency\s*(?:/|and|&)\s*trauma\s+(?:radiolog\w*|imag\w*)|\bemergency\s+(?:radiolog\w*|"
        r"teleradiolog\w*)|\btrauma\s+radiolog\w*|\ber\s*/\s*trauma\s+fellowship"
    ),
}
_IR_CODE = re.compile(
    r"\bIR(?=/DR\b|[\s-]+(?:trained|fellowship|physicians?|radiologists?|section|call|service|team|suites?|"
    r"procedures|clinic|job|role|position|certificate|certification|opening|practice|work|coverage|half|"
    r"interventions?|cases)\b)"
)
_SUBSPECIALTY_LIST = re.compile(r"\bsubspecialt(?:y|ies)\b[^.:\n]{0,30}:([^.\n]{0,120})")
_LIST_NAMES = {
    "general": re.compile(r"\bgeneral\b"),
    "neuro": re.compile(r"\bneuro\b"),
    "msk": re.compile(r"\bmsk\b|\bmusculoskeletal\b"),
    "body": re.compile(r"\bbody\b|\babdominal\b"),
    "breast": re.compile(r"\bbreast\b|\bwomen['’]?s\b"),
    "pediatric": re.compile(r"\bpediatric\b|\bpeds\b"),
    "ir": re.compile(r"\bir\b|\binterventional\b"),
    "nuclear": re.compile(r"\bnuclear\b"),
    "cardiac": re.compile(r"\bcardiac\b|\bcardiothoracic\b"),
    "chest": re.compile(r"\bchest\b|\bthoracic\b|\bcardiothoracic\b"),
    "emergency": re.compile(r"\bemergency\b"),
}
_NOT_REQUIRED = re.compile(r"\bnot\s+(?:required|necessary|needed)\b|\bnot\s+a\s+requirement\b")
_PREFERRED = re.compile(r"\bprefer\w*")

_MODALITY_WORDS: dict[str, re.Pattern[str]] = {
    "xr": re.compile(r"\bx-?rays?\b|\bxrs?\b|\bradiograph\w*|\bplain\s+films?\b|\bcr/dr\b"),
    "us": re.compile(r"\bultrasound\w*|\bsonograph\w*|\bsono\b|\bus-guided\b"),
    "mammo": re.compile(r"\bmammo\w*|\btomosynthesis\b|\bdbt\b"),
    "nm": re.compile(
        r"\bnuclear\s+medicine\b|\bnuc\s*med\b|\bspect\b|\bbone\s+scans?\b|\bscintigra\w*|\bhida\b|\bv/q\b"
    ),
    "fluoro": re.compile(r"\bfluoro\w*"),
    "ct": re.compile(r"\bcomputed\s+tomography\b"),
    "mri": re.compile(r"\bmagnetic\s+resonance\b|\bmri\b"),
}
_ROLE_ANCHORS: dict[str, tuple[tuple[str, ...], int]] = {
    "general": (("general", "gen"), 8),
    "neuro": (("neuro",), 18),
    "msk": (("msk", "musculoskeletal"), 18),
    "body": (("body", "abdominal"), 18),
    "breast": (("breast", "women", "mammography fellowship"), 2),
    "pediatric": (("pediatric", "paediatric", "peds"), 2),
    "ir": (("interventional",), 14),
    "nuclear": (("nuclear", "abnm"), 30),
    "cardiac": (("cardi",), 14),
    "chest": (("thoracic", "chest", "cardi"), 14),
    "emergency": (("emergency", "trauma", "er/"), 4),
}
_MODALITY_ANCHORS: dict[str, tuple[str, ...]] = {
    "xr": ("x-ray", "xray", "x ray", "xr", "radiograph", "plain film", "cr/dr"),
    "us": ("ultrasound", "sonograph", "sono", "us-guided"),
    "mammo": ("mammo", "tomosynth", "dbt"),
    "nm": ("nuclear", "nuc", "spect", "bone scan", "scintig", "hida", "v/q"),
    "fluoro": ("fluoro",),
    "ct": ("computed",),
    "mri": ("magnetic", "mri"),
}
_MAMMO_NOT_STUDY = re.compile(r"[\s-]*(?:grade|quality|monitors?|displays?)\b")
_CT = re.compile(r"(?<![A-Za-z])CT(?:A|P|s|'s)?(?![A-Za-z])")
_MR = re.compile(r"(?<![A-Za-z])MR(?:I|A|Is|s)?(?![A-Za-z])")
_PET = re.compile(r"(?<![A-Za-z])PET(?![A-Za-z])")
_US = re.compile(r"(?<![A-Za-z.])US(?![A-Za-z.])")
_US_NOT_ULTRASOUND = re.compile(
    r"\s*-?\s*(?:based|state|states|hospitals?|dollars?|citizens?|nights?|overnights?|time|trained|readers?|"
    r"radiologists?|board|licen\w*|clients?|emergency|reads|tax|company|entity|territor\w*|eds|market|"
    r"facilities|practices?|soil|residents?|only)\b",
    re.IGNORECASE,
)
_MODALITY_NEAR = re.compile(
    r"\b(?:CT|CTA|MR|MRI|XR|PET|X-?ray|fluoro\w*|radiographs?|plain\s+films?|mammo\w*)\b|\bbreast\b|\bmsk\b",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(r"(?:\d\s*(?:a|p|am|pm|a\.m\.|p\.m\.)|midnight|noon)\s*\)?\s*$", re.IGNORECASE)


def subspecialties(scope: Scope) -> tuple[list[str], list[Evidence]]:
    lower = scope.lower
    found: dict[str, tuple[int, int]] = {}
    for kind, pattern in _ROLE.items():
        anchors, before = _ROLE_ANCHORS[kind]
        for m in scope.scan(pattern, anchors, before, 45):
            if _asked_for(scope, m.start(), m.end()):
                found.setdefault(kind, (m.start(), m.end()))
                break
    if "ir" not in found:
        for m in scope.scan(_IR_CODE, ("IR",), 2, 40, case=True):
            if _asked_for(scope, m.start(), m.end()):
                found["ir"] = (m.start(), m.end())
                break
    for m in scope.scan(_SUBSPECIALTY_LIST, ("subspecialt",), 2, 170):
        for kind, pattern in _LIST_NAMES.items():
            hit = pattern.search(lower, m.start(1), m.end(1))
            if hit is not None:
                found.setdefault(kind, (hit.start(), hit.end()))
    kinds = [k for k in SUBSPECIALTIES if k in found]
    return kinds, [scope.evidence("subspecialties", *found[k]) for k in kinds]


def _asked_for(scope: Scope, start: int, end: int) -> bool:
    """Not negated, and not welcome "but not required" (unless also preferred)."""
    lower = scope.lower
    c_start, c_end = scope.clause(start)
    if negated_items(lower, [(start, end)], [c_start])[0]:
        return False
    optional = _NOT_REQUIRED.search(lower, c_start, c_end) and not _PREFERRED.search(lower, c_start, c_end)
    return not optional


def modalities(scope: Scope) -> tuple[list[str], list[Evidence]]:
    text, lower = scope.text, scope.lower
    hits: list[tuple[int, int, str]] = []
    for kind, pattern in _MODALITY_WORDS.items():
        for m in scope.scan(pattern, _MODALITY_ANCHORS[kind], 2, 24):
            if kind == "mammo" and _MAMMO_NOT_STUDY.match(lower, m.end()):
                continue
            hits.append((m.start(), m.end(), kind))
    for m in scope.scan(_CT, ("CT",), 2, 8, case=True):
        if _TIME_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue  # "10p-8a CT": Central Time
        if m.group() == "CT" and _next_to_state(text, m.start(), m.end()):
            continue  # "NY, NJ and CT": Connecticut
        hits.append((m.start(), m.end(), "ct"))
    hits.extend((m.start(), m.end(), "mri") for m in scope.scan(_MR, ("MR",), 2, 8, case=True))
    hits.extend((m.start(), m.end(), "pet") for m in scope.scan(_PET, ("PET",), 2, 8, case=True))
    for m in scope.scan(_US, ("US",), 2, 8, case=True):
        if text.startswith("$", m.end()) or _US_NOT_ULTRASOUND.match(text, m.end()):
            continue
        near = text[max(0, m.start() - 30) : m.end() + 30]
        if _MODALITY_NEAR.search(near):
            hits.append((m.start(), m.end(), "us"))
    hits.sort()
    floors = [scope.clause(start)[0] for start, _, _ in hits]
    negated = negated_items(lower, [(s, e) for s, e, _ in hits], floors)
    found: dict[str, tuple[int, int]] = {}
    for (start, end, kind), neg in zip(hits, negated, strict=True):
        if not neg:
            found.setdefault(kind, (start, end))
    kinds = [k for k in MODALITIES if k in found]
    return kinds, [scope.evidence("modalities", *found[k]) for k in kinds]


_STATE_ALT = "|".join(sorted({*NAME_TO_CODE, *CODES} - {"CT"}, key=len, reverse=True))
_STATE_BEFORE = re.compile(r"\b(?:" + _STATE_ALT + r")\s*(?:,|/|\+|&)?\s*(?:(?:and|or)\s+)?$")
_STATE_AFTER = re.compile(r"\s*(?:,|/|\+|&)?\s*(?:(?:and|or)\s+)?(?:" + _STATE_ALT + r")\b")


def _next_to_state(text: str, start: int, end: int) -> bool:
    """ "NY, NJ and CT": CT listed among states is Connecticut."""
    return bool(_STATE_BEFORE.search(text, max(0, start - 30), start) or _STATE_AFTER.match(text, end))
