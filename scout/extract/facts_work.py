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

from scout.extract.doc import Quote
from scout.extract.facts_scope import Scope
from scout.extract.negation import needles, negated_items, search_if
from scout.extract.states import CODES, NAME_TO_CODE

SUBSPECIALTIES = (
    "general", "neuro", "msk", "body", "breast", "pediatric", "ir", "nuclear", "cardiac", "chest",
    "emergency",
)  # fmt: skip
MODALITIES = ("xr", "ct", "mri", "us", "mammo", "pet", "nm", "fluoro")

_AFTER_CASE_MIX = r"(?!\s*(?:ct|cta|mr|mri|studies|exams|imaging\s+studies|and\s+plain|films|x-?rays?)\b)"
# Each pattern starts at one of its anchors (Scope.at tries it only there).
_ROLE: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "general": (
        re.compile(
            r"generalists?\b|gen\.?\s*rads?\b"
            r"|general\s+(?:diagnostic\s+)?(?:radiolog\w*|rads?\b|reads?\b|reading|reporting|telerad\w*|mix\b|"
            r"diagnostic|xr\b|x-?rays?\b)|general\s+(?:and|&|/)\s+(?:body|breast|neuro|msk)\b"
            r"|(?:(?<=&)|(?<=&\s)|(?<=/)|(?<=/\s)|(?<=\band\s))general\b(?=\s*(?:\)|-|–|—|$|\n|radiolog|imaging))"
            r"|diagnostic\s*\(general\)"
        ),
        ("general", "gen", "diagnostic"),
    ),
    "neuro": (
        re.compile(
            r"neuroradiolog\w*|neurorads?\b|neuro[\s-]?(?:fellowship\w*|trained|readers?|rads?|radiologists?|"
            r"imager|ic|team|role|position|leaning|section|division|worklist|opp\w*)\b"
            r"|neuro[\s-]?imaging\s+(?:fellowship|trained|specialist)"
            r"|neuro\s*(?:\+|/|&|\band\b|\bor\b)\s*(?:body|msk|general)\b"
            + _AFTER_CASE_MIX
            + r"|(?:body|msk|general)\s*(?:\+|/|&|\band\b|\bor\b)\s*neuro\b"
            + _AFTER_CASE_MIX
        ),
        ("neuro", "body", "msk", "general"),
    ),
    "msk": (
        re.compile(
            r"msk\b(?!\s*(?:mri|mr|us|ct|x-?rays?|radiographs|arthrograms)\b)"
            r"|musculoskeletal\s+(?:imag\w*|radiolog\w*|fellowship)"
        ),
        ("msk", "musculoskeletal"),
    ),
    "body": (
        re.compile(
            r"body[\s-]+(?:imag\w*|radiolog\w*|rads?\b|fellowship\w*|trained|focused|section|team|readers?|"
            r"role|position|worklist)"
            r"|body\s*(?:/|&|\band\b|\bor\b)\s*(?:abdominal|general|neuro|msk|emergency)\b"
            r"|(?:neuro|msk|general)\s*,?\s*(?:\+|/|&|\band\b|\bor\b)\s*body\b"
            + _AFTER_CASE_MIX
            + r"|abdominal\s+(?:imag\w*|radiolog\w*)"
        ),
        ("body", "neuro", "msk", "general", "abdominal"),
    ),
    "breast": (
        re.compile(
            r"breast\s+(?:imag\w*|radiolog\w*|fellowship|rads?\b|role|readers?|section)"
            r"|breast\s*(?:&|/|\band\b)\s*(?:general|body|women)\b"
            r"|women['’]?s\s+imaging\b|mammography\s+fellowship|mammographers?\b"
        ),
        ("breast", "women", "mammograph"),
    ),
    "pediatric": (
        re.compile(
            r"p(?:a)?ediatric\s+(?:radiolog\w*|imag\w*|telerad\w*|reads?\b|reading|fellowship|neuroradiolog\w*)"
            r"|peds\b"
        ),
        ("pediatric", "paediatric", "peds"),
    ),
    "ir": (
        re.compile(
            r"interventional\s*(?:radiolog\w*|procedures|/\s*diagnostic|oncology|locums)"
            r"|vascular\s+(?:and|&)\s+interventional\b|interventionalists?\b"
        ),
        ("interventional", "vascular"),
    ),
    "nuclear": (
        re.compile(
            r"nuclear\s+(?:medicine\s+)?(?:training|fellowship|physician|radiolog\w*|division)"
            r"|abnm\b|(?:training|fellowship|trained|certified)\s+in\s+nuclear\b|division\s+of\s+nuclear\b"
            r"|nuclear\s+medicine\s*/\s*pet\b|nuclear\s+medicine\s+and\s+molecular\b"
        ),
        ("nuclear", "abnm", "training", "fellowship", "trained", "certified", "division"),
    ),
    "cardiac": (
        re.compile(
            r"cardio[\s-]?thoracic\b|cardiac\s+(?:imag\w*|radiolog\w*|fellowship|-?trained)"
            r"|level\s+(?:iii|3)\s+cardiac\b|cardiovascular\s+(?:imag\w*|radiolog\w*)"
        ),
        ("cardi", "level"),
    ),
    "chest": (
        re.compile(
            r"cardio[\s-]?thoracic\b|thoracic\s+(?:imag\w*|radiolog\w*)"
            r"|chest\s+(?:imag\w*|radiolog\w*|fellowship)"
        ),
        ("cardi", "thoracic", "chest"),
    ),
    "emergency": (
        re.compile(
            r"emergency\s*(?:/|and|&)\s*trauma\s+(?:radiolog\w*|imag\w*)"
            r"|emergency\s+(?:radiolog\w*|teleradiolog\w*)|trauma\s+radiolog\w*|er\s*/\s*trauma\s+fellowship"
        ),
        ("emergency", "trauma", "er"),
    ),
}
_IR_CODE = re.compile(
    r"IR(?=/DR\b|[\s-]+(?:trained|fellowship|physicians?|radiologists?|section|call|service|team|suites?|"
    r"procedures|clinic|job|role|position|certificate|certification|opening|practice|work|coverage|half|"
    r"interventions?|cases)\b)"
)
# "Staff Radiologist, Musculoskeletal", "Radiologist – Breast Imaging": the role named in a title
_TITLE_ROLE = re.compile(
    r"(?:tele)?radiologist\s*(?:[,–—:|(]|\s-)\s*(?:staff\s+)?(?P<role>neuro\w*|musculoskeletal|msk|body|abdominal|breast|"
    r"women['’]?s|pediatric|peds|interventional|nuclear|cardiac|cardiothoracic|thoracic|chest|emergency|general)\b"
    r"(?![\s-]+(?:department|room|coverage|medicine|studies|reads|hospital|center|services?|physicians?|ct|mr|mri))"
)
_SUBSPECIALTY_LIST = re.compile(r"subspecialt(?:y|ies)\b[^.:\n]{0,30}:([^.\n]{0,120})")
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
_COMPOSITION = re.compile(
    r"\b(?:includ\w*|comprising|comprises|consisting\s+of|alongside|colleagues?|our\s+team\s+of|"
    r"(?:group|section|division|department|practice)\s+of\s+\d+|staffed\s+by|supported\s+by|backed\s+up\s+by|"
    r"work\s+with|consult\w*\s+with|joins?)\b"
)
_DIVISIONS = re.compile(r"\b(?:divisions|sections|subspecialists|subspecialty\s+coverage)\b")
_DIVISIONS_NEEDLES = needles("divisions", "sections", "subspecialist", "subspecialty coverage")
_COMPOSITION_NEEDLES = needles(
    "includ", "compris", "consisting", "alongside", "colleague", "team of", "group of", "section of",
    "division of", "department of", "practice of", "staffed", "supported", "backed", "work with", "consult",
    "join",
)  # fmt: skip
_NOT_REQUIRED = re.compile(r"\bnot\s+(?:required|necessary|needed)\b|\bnot\s+a\s+requirement\b")
_NOT_NEEDLE = needles("not ")

_MODALITY_WORDS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "xr": (
        re.compile(r"x-?rays?\b|xrs?\b|radiograph\w*|plain\s+films?\b|cr/dr\b"),
        ("x-ray", "xray", "xr", "radiograph", "plain", "cr/dr"),
    ),
    "us": (
        re.compile(r"ultrasound\w*|sonograph\w*|sono\b|us-guided\b"),
        ("ultrasound", "sonograph", "sono", "us-"),
    ),
    "mammo": (re.compile(r"mammo\w*|tomosynthesis\b|dbt\b"), ("mammo", "tomosynthesis", "dbt")),
    "nm": (
        re.compile(r"nuclear\s+medicine\b|nuc\s*med\b|spect\b|bone\s+scans?\b|scintigra\w*|hida\b|v/q\b"),
        ("nuclear", "nuc", "spect", "bone", "scintigra", "hida", "v/q"),
    ),
    "fluoro": (re.compile(r"fluoro\w*"), ("fluoro",)),
    "ct": (re.compile(r"computed\s+tomography\b"), ("computed",)),
    "mri": (re.compile(r"magnetic\s+resonance\b|mri\b"), ("magnetic", "mri")),
}
_MAMMO_NOT_STUDY = re.compile(r"[\s-]*(?:grade|quality|monitors?|displays?)\b")
_CT = re.compile(r"CT(?:A|P|s|'s)?(?![A-Za-z])")
_MR = re.compile(r"MR(?:I|A|Is|s)?(?![A-Za-z])")
_PET = re.compile(r"PET(?![A-Za-z])")
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
_ZONE_AFTER = re.compile(r"\s*(?:[),;.:|\n]|$|time\b|[-–—]|/\s*[A-Z]T\b|\s[A-Z][a-z])")
_TIME_BEFORE = re.compile(
    r"(?:\d\s*(?:a|p|am|pm|a\.m\.|p\.m\.)|midnight|noon|central\s+time|"
    r"\d{1,2}(?::\d\d)?\s*[-–—]\s*\d{1,2}(?::\d\d)?)\s*[()]?\s*$",
    re.IGNORECASE,
)


def subspecialties(scope: Scope) -> tuple[list[str], list[Quote]]:
    lower = scope.lower
    found: dict[str, tuple[int, int]] = {}
    for kind, (pattern, anchors) in _ROLE.items():
        for m in scope.each_at(pattern, anchors):
            if _asked_for(scope, m.start(), m.end()):
                found.setdefault(kind, (m.start(), m.end()))
                break
    if "neuro" not in found:  # "Teleneuroradiologist": inside a longer word
        lower = scope.lower
        for pos in scope.positions("neuroradiolog", word=False):
            word_start, word_end = pos, pos + 13
            while word_start > 0 and lower[word_start - 1].isalpha():
                word_start -= 1
            while word_end < len(lower) and lower[word_end].isalpha():
                word_end += 1
            if _asked_for(scope, word_start, word_end):
                found["neuro"] = (word_start, word_end)
                break
    if "ir" not in found:
        for m in scope.at(_IR_CODE, ("IR",), case=True):
            if _asked_for(scope, m.start(), m.end()):
                found["ir"] = (m.start(), m.end())
                break
    for m in scope.at(_TITLE_ROLE, ("radiologist", "teleradiologist")):
        role = m.group("role")
        for kind, pattern in _LIST_NAMES.items():
            if (
                kind not in found
                and pattern.match(role)
                and _asked_for(scope, m.start("role"), m.end("role"))
            ):
                found[kind] = (m.start("role"), m.end("role"))
    for m in scope.at(_SUBSPECIALTY_LIST, ("subspecialt",)):
        for kind, pattern in _LIST_NAMES.items():
            hit = pattern.search(lower, m.start(1), m.end(1))
            if hit is not None:
                found.setdefault(kind, (hit.start(), hit.end()))
    kinds = [k for k in SUBSPECIALTIES if k in found]
    return kinds, [scope.evidence("subspecialties", *found[k]) for k in kinds]


def _asked_for(scope: Scope, start: int, end: int) -> bool:
    """Not negated, not the make-up of the group ("our group includes neuroradiologists"), and not
    welcome "but not required" (unless also preferred)."""
    lower = scope.lower
    c_start, c_end = scope.clause(start)
    if negated_items(lower, [(start, end)], [c_start])[0]:
        return False
    before = max(c_start, start - 80)
    if search_if(_DIVISIONS, _DIVISIONS_NEEDLES, lower, before, start):
        return False
    if lower[end - 1] == "s" and search_if(_COMPOSITION, _COMPOSITION_NEEDLES, lower, before, start):
        return False  # plural colleagues, not the role asked for
    optional = (
        search_if(_NOT_REQUIRED, _NOT_NEEDLE, lower, c_start, c_end)
        and lower.find("prefer", c_start, c_end) < 0
    )
    return not optional


def modalities(scope: Scope) -> tuple[list[str], list[Quote]]:
    text, lower = scope.text, scope.lower
    hits: list[tuple[int, int, str]] = []
    for kind, (pattern, anchors) in _MODALITY_WORDS.items():
        for m in scope.at(pattern, anchors):
            if kind == "mammo" and _MAMMO_NOT_STUDY.match(lower, m.end()):
                continue
            hits.append((m.start(), m.end(), kind))
    for m in scope.at(_CT, ("CT",), case=True):
        if (
            m.group() == "CT"
            and _TIME_BEFORE.search(text, max(0, m.start() - 22), m.start())
            and _ZONE_AFTER.match(text, m.end())
        ):
            continue  # "10p-8a CT", "8-5 CT", "Central Time (CT)": the time zone
        if m.group() == "CT" and _next_to_state(text, m.start(), m.end()):
            continue  # "NY, NJ and CT": Connecticut
        hits.append((m.start(), m.end(), "ct"))
    hits.extend((m.start(), m.end(), "mri") for m in scope.at(_MR, ("MR",), case=True))
    hits.extend((m.start(), m.end(), "pet") for m in scope.at(_PET, ("PET",), case=True))
    for m in scope.at(_US, ("US",), case=True):
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
