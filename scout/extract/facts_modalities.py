"""What the job reads: imaging modalities.

A modality counts when it is named for this job: not a department's other sections ("its sections
include breast imaging ... and nuclear medicine and PET/CT"), not another team's work ("neuro MRI goes
to our neuroradiology section", "nuclear medicine colleagues"), not negated ("no mammo", "MRI is not
read", "all modalities except mammo"), and not when the letters mean something else: "CT" in "9p-7a
CT" is Central Time and in "NY, NJ and CT" Connecticut, "US" is usually the country. "All
modalities" and "cross-sectional" name none.
"""

from __future__ import annotations

import re

from scout.extract.doc import Quote
from scout.extract.facts_scope import Scope
from scout.extract.facts_work import about_this_job, department_sentence, others_sentence
from scout.extract.negation import done_by_others, needles, negated_items, search_if, withdrawn
from scout.extract.states import CODES, NAME_TO_CODE

MODALITIES = ("xr", "ct", "mri", "us", "mammo", "pet", "nm", "fluoro")

_MODALITY_WORDS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "xr": (
        re.compile(r"x-?rays?\b|c?xrs?\b|radiograph\w*|plain\s+films?\b|cr/dr\b"),
        ("x-ray", "xray", "xr", "cxr", "radiograph", "plain", "cr/dr"),
    ),
    "us": (
        re.compile(r"ultrasound\w*|sonograph\w*|sono\b|us-guided\b|doppler\w*"),
        ("ultrasound", "sonograph", "sono", "us-", "doppler"),
    ),
    "mammo": (
        re.compile(r"mammo\w*|tomosynthesis\b|dbt\b|tomo\b"),
        ("mammo", "tomosynthesis", "dbt", "tomo"),
    ),
    "nm": (
        re.compile(
            r"nuclear\s+medicine\b|nuc\s*med\b|nucs?\b|nukes?\b|spect\b|bone\s+scans?\b|scintigra\w*|hida\b|v/q\b"
        ),
        ("nuclear", "nuc", "nuke", "spect", "bone", "scintigra", "hida", "v/q"),
    ),
    "fluoro": (re.compile(r"fluoro\w*"), ("fluoro",)),
    "ct": (re.compile(r"computed\s+tomography\b"), ("computed",)),
    "mri": (re.compile(r"magnetic\s+resonance\b|mri\b"), ("magnetic", "mri")),
}
_MAMMO_NOT_STUDY = re.compile(r"[\s-]*(?:grade|quality|monitors?|displays?)\b")
_CR = re.compile(r"(?<![A-Za-z])CR(?![A-Za-z/])")
_LISTED_BEFORE = re.compile(r"\b(?:CT|CTA|MR|MRI|XR|CR|PET)\s*[/,]\s*$")
_CT = re.compile(r"CT(?:A|P|s|'s)?(?![A-Za-z])")
_MR = re.compile(r"MR(?:I|A|Is|s)?(?![A-Za-z])")
_PET = re.compile(r"PET(?![A-Za-z])")
_US = re.compile(r"(?<![A-Za-z.])US(?![A-Za-z]|\.[A-Za-z])")
_US_NOT_ULTRASOUND = re.compile(
    r"\s*-?\s*(?:based|state|states|hospitals?|dollars?|citizens?|nights?|overnights?|time|trained|readers?|"
    r"radiologists?|board|licen\w*|clients?|emergency|reads|tax|company|entity|territor\w*|eds|market|"
    r"facilities|practices?|soil|residents?|only|community|patients?|healthcare|health\s+systems?|sites?)\b",
    re.IGNORECASE,
)
_MODALITY_NEAR = re.compile(
    r"\b(?:CT|CTA|MR|MRI|XR|PET|X-?ray|fluoro\w*|radiographs?|plain\s+films?|mammo\w*)\b|\bbreast\b|\bmsk\b",
    re.IGNORECASE,
)
_ZONE_AFTER = re.compile(
    r"\s*(?:[),;.:|\n]|$|time\b|[-–—]|/\s*[A-Z]T\b|\s[A-Z][a-z]|\((?:[Cc]entral|CST|CDT))"
)
_TIME_BEFORE = re.compile(
    r"(?:\d\s*(?:a|p|am|pm|a\.m\.|p\.m\.)|midnight|noon|central\s+time|"
    r"\d{1,2}(?::?\d\d)?\s*(?:[-–—]|to|until|till)\s*\d{1,2}(?::?\d\d)?|\b\d{1,2}:\d\d)\s*[()]?\s*$",
    re.IGNORECASE,
)


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
    for m in scope.at(_CR, ("CR",), case=True):  # "Reads: CR, CT, MR, US": computed radiography
        if _MODALITY_NEAR.search(text, max(0, m.start() - 12), min(len(text), m.end() + 12)):
            hits.append((m.start(), m.end(), "xr"))
    for m in scope.at(_US, ("US",), case=True):
        listed = _LISTED_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
        if text.startswith("$", m.end()) or (_US_NOT_ULTRASOUND.match(text, m.end()) and not listed):
            continue  # "US-based", "US hospitals"; but "XR/CT/US only" lists ultrasound
        if text.startswith(".", m.end()) and _COUNTRY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "based in the US."
        near = text[max(0, m.start() - 30) : m.end() + 30]
        if _MODALITY_NEAR.search(near):
            hits.append((m.start(), m.end(), "us"))
    hits = sorted({start: (start, end, kind) for start, end, kind in sorted(hits, reverse=True)}.values())
    floors = [scope.clause(start)[0] for start, _, _ in hits]
    negated = negated_items(lower, [(s, e) for s, e, _ in hits], floors)
    found: dict[str, tuple[int, int]] = {}
    ruled_out: set[str] = set()
    departments: dict[int, bool] = {}  # by sentence start: a description of the department?
    equipped: dict[str, tuple[int, int]] = {}  # named in a sentence about the facility's equipment
    for i, ((start, end, kind), neg) in enumerate(zip(hits, negated, strict=True)):
        if kind in found or kind in ruled_out:
            continue
        if neg or _excepted(lower, start, floors[i]):
            ruled_out.add(kind)  # "no mammo", "all modalities except mammo": not even named elsewhere
            continue
        if not _the_jobs_modality(scope, hits, i, departments):
            continue
        if kind not in equipped and _facility_sentence(scope, start):
            equipped[kind] = (start, end)  # the job's only if nothing else says what the job reads
            continue
        found[kind] = (start, end)
    if not found:
        found = equipped
    kinds = [k for k in MODALITIES if k in found]
    return kinds, [scope.evidence("modalities", *found[k]) for k in kinds]


def _excepted(lower: str, start: int, floor: int) -> bool:
    """ "All modalities except mammo", "no breast imaging, interventional or nuclear medicine duties":
    the job names it to leave it out."""
    lo = max(floor, start - 60)
    return bool(
        search_if(_EXCEPT, _EXCEPT_NEEDLES, lower, lo, start)
        or (lower.find(" or ", lo, start) >= 0 and search_if(_NO_LIST, _NO_NEEDLES, lower, lo, start))
    )


def _the_jobs_modality(
    scope: Scope, hits: list[tuple[int, int, str]], i: int, departments: dict[int, bool]
) -> bool:
    """Whether the modality at hits[i] is read in this job: not "MRI is not read", not sent to
    another group ("neuro MRI goes to our neuro section"), not another team ("nuclear medicine
    colleagues") and not in a description of the department's other sections."""
    lower = scope.lower
    start, end, _ = hits[i]
    if _AFTER_MODALITY.match(lower, end):
        return False
    c_start, c_end = scope.clause(start)
    stop = end
    j = i
    while True:  # to the end of the list it belongs to ("CT, MR and US go to ...")
        comma = _STOP.search(lower, stop, c_end)
        if comma is None:
            stop = c_end
            break
        stop = comma.start()
        while j + 1 < len(hits) and hits[j + 1][0] < stop:
            j += 1
        if lower[stop] != "," or j + 1 >= len(hits) or hits[j + 1][0] - stop > 12:
            break
        j += 1
        stop = hits[j][1]
    if done_by_others(lower, start, stop) or withdrawn(lower, start, stop):
        return False
    if search_if(_GROUP_READS, _GROUP_READS_NEEDLES, lower, max(c_start, start - 90), start):
        return False  # "our neuro group handles brain MRI"
    if lower.endswith(_WITH_ANOTHER, max(0, start - 30), start):
        return False  # "thoracic PET/CT in collaboration with nuclear medicine": another service
    if lower.endswith(_UNIT_OF, max(0, start - 16), start):
        return False  # "read by the Division of Nuclear Medicine": a unit's name
    if others_sentence(scope, start):
        return False  # "our department also employs ... a nuclear medicine physician"
    sentence = scope.sentence(start)[0]
    if sentence not in departments:
        departments[sentence] = department_sentence(scope, start)
    return not departments[sentence]


def _facility_sentence(scope: Scope, pos: int) -> bool:
    """ "The hospital also offers PET/CT", "our imaging centers have 3T MRI", "the site just bought a
    new PET scanner": what the facility has, said in a sentence that says nothing of this job."""
    s_start, s_end = scope.sentence(pos)
    lower = scope.lower
    cue = search_if(_FACILITY, _FACILITY_NEEDLES, lower, s_start, pos)
    return cue is not None and not about_this_job(lower, s_start, s_end)


_FACILITY = re.compile(
    r"\b(?:centers?|centres?|sites?|hospitals?|facilit(?:y|ies)|campus(?:es)?|locations?|clinics?)\s+(?:also\s+)?"
    r"(?:ha(?:ve|s)|offers?|features?|houses?|operates?|boasts?|(?:is|are)\s+equipped)\b"
    r"|\b(?:bought|purchased|installed|acquired)\s+(?:an?\s+|two\s+|three\s+)?(?:new\s+)?"
)
_FACILITY_NEEDLES = needles(
    "have",
    "has",
    "offer",
    "feature",
    "house",
    "operate",
    "boast",
    "equipped",
    "bought",
    "purchased",
    "installed",
    "acquired",
)
_COUNTRY_BEFORE = re.compile(
    r"\b(?:the|in|across|of|outside|within|throughout|continental|contiguous|mainland)\s+$", re.IGNORECASE
)
_EXCEPT = re.compile(
    r"\b(?:except|excluding|other\s+than|apart\s+from|but\s+not)\s+(?:for\s+)?(?:[\w-]+\s+)?$"
)
_NO_LIST = re.compile(
    r"\b(?:no|not|without|nor)\s+(?:[\w-]+\s+){0,2}[\w-]+(?:\s*,\s*(?:[\w-]+\s+){0,2}[\w-]+)*,?\s+or\s+$"
)
_EXCEPT_NEEDLES = needles("except", "excluding", "other than", "apart from", "but not")
_NO_NEEDLES = needles("no", "nor", "without")
# another subspecialty's group doing the work: "our neuro group handles", "neuroradiologists read"
_GROUP_READS = re.compile(
    r"(?:\b(?:neuro\w*|body|breast|women['’]?s|msk|musculoskeletal|interventional|ir|nuclear|pediatric|peds|"
    r"general/e[dr]|e[dr]|emergency|other|separate|outside|another)\s+(?:[\w'’-]+\s+)?(?:group|section|team|"
    r"service|division|department|pool|radiologists|imagers|readers|docs|doctors|physicians|colleagues)"
    r"|\b(?:neuroradiologists|mammographers|interventionalists))"
    r"\s+(?:handles?|covers?|reads?|takes?|does|do|owns?)\s+(?:[\w/'’-]+\s+){0,4}$"
    # "faculty outside the neuro group cover pediatric body, musculoskeletal, fluoroscopy and ..."
    r"|\b(?:faculty|radiologists|colleagues|partners|readers)\s+(?:outside|from)\s+(?:the|our)\s+(?:[\w-]+\s+)?"
    r"(?:group|section|division|team)\s+(?:covers?|reads?|handles?|takes?)\s+(?:[\w/'’-]+,?\s+){0,5}$"
)
_GROUP_READS_NEEDLES = needles(
    "group", "section", "team", "service", "division", "department", "pool", "radiologists", "imagers",
    "readers", "mammographers", "interventionalists", "docs", "doctors", "physicians", "colleagues",
)  # fmt: skip
_STOP = re.compile(r"[,:()]")
_UNIT_OF = tuple(f"{unit} of " for unit in ("division", "department", "section", "service", "institute"))
_WITH_ANOTHER = tuple(
    f"{how} with {the}"
    for how in ("collaboration", "conjunction", "partnership", "coordination", "jointly")
    for the in ("", "the ", "our ")
)
# "MRI is not read on nights", "nuclear medicine colleagues", "PET isn't part of it"
_AFTER_MODALITY = re.compile(
    r"(?:\s+(?:studies|exams|scans|reads|cases|work))?\s+(?:(?:is|are)\s+not|isn['’]t|aren['’]t)\s+"
    r"(?:read|covered|included|interpreted|done|offered|performed|part|on\s+(?:the|your|this|our))\b"
    r"|\s+(?:colleagues|physicians?|radiologists?|docs|doctors|team|section|division|department|group|faculty|partners"
    r"|techs?|technologists?|technicians?|scanners?|machines?|magnets?|suites?|equipment)\b"
    r"|(?:\s+(?:studies|exams|scans))?\s+(?:is|are)\s+(?:read|covered|interpreted|handled)\s+"
    r"(?:off[\s-]?site|elsewhere|externally)\b"
)


_STATE_ALT = "|".join(sorted({*NAME_TO_CODE, *CODES} - {"CT"}, key=len, reverse=True))
_STATE_BEFORE = re.compile(r"\b(?:" + _STATE_ALT + r")\s*(?:,|/|\+|&)?\s*(?:(?:and|or)\s+)?$")
_STATE_AFTER = re.compile(r"\s*(?:,|/|\+|&)?\s*(?:(?:and|or)\s+)?(?:" + _STATE_ALT + r")\b")


def _next_to_state(text: str, start: int, end: int) -> bool:
    """ "NY, NJ and CT": CT listed among states is Connecticut."""
    return bool(_STATE_BEFORE.search(text, max(0, start - 30), start) or _STATE_AFTER.match(text, end))
