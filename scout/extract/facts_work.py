"""What the job is: the subspecialty roles it asks for (its modalities are in facts_modalities).

A subspecialty counts only as a role the job asks for ("neuroradiologist", "body imaging
fellowship", "women's imaging", "generalist", "ER rad", "VIR"), not as case mix ("neuro and body CT
make up most of the list", "chest CT", "cardiac SPECT"), nor when it is welcome "but not required",
nor as another group's role ("our women's imaging section handles breast work", "neuro CTA goes to
our neuroradiology section") or a section in a description of the department ("its sections
include ... pediatric radiology").
"""

from __future__ import annotations

import re

from scout.extract.anchors import find_all
from scout.extract.doc import Quote
from scout.extract.facts_scope import Scope
from scout.extract.negation import (
    done_by_others,
    needles,
    negated_before,
    negated_items,
    other_team,
    search_if,
)

SUBSPECIALTIES = (
    "general", "neuro", "msk", "body", "breast", "pediatric", "ir", "nuclear", "cardiac", "chest",
    "emergency",
)  # fmt: skip

_AFTER_CASE_MIX = (
    r"(?!\s*(?:ct|cta|mr|mri|studies|exams|cases|imaging\s+studies|and\s+plain|films|x-?rays?)\b"
    r"|\s+[\w-]+\s+(?:cases|studies|exams)\b)"
)
# Each pattern starts at one of its anchors (Scope.at tries it only there).
_ROLE: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "general": (
        re.compile(
            r"generalists?\b|gen\.?\s*rads?\b"
            r"|general\s*(?:/\s*)?(?:ed|er)\b(?!\s+(?:physicians?|doctors?|docs?|staff|department|visits?))"
            r"|general\s+(?:diagnostic\s+)?(?:radiolog\w*|rads?\b|reads?\b|readers?\b|reading|reporting|telerad\w*|mix\b|job\b|"
            r"diagnostic|xr\b|x-?rays?\b)|general(?:\s*[&/]\s*|\s+and\s+)(?:body|breast|neuro|msk)\b"
            r"|(?:(?<=&)|(?<=&\s)|(?<=/)|(?<=/\s)|(?<=\band\s)|(?<=\bor\s))general\b"
            r"(?=\s*(?:\)|-|–|—|$|\n|radiolog|imaging))"
            r"|diagnostic\s*\(general\)|general\s+or\s+(?:any\s+)?subspecialt\w*"
            r"|(?:(?<=radiology - )|(?<=radiology – )|(?<=radiology: )|(?<=radiology/))general\b"
        ),
        ("general", "gen", "diagnostic"),
    ),
    "neuro": (
        re.compile(
            r"neuroradiolog\w*|neurorads?\b|neuro[\s-]?(?:fellowship\w*|trained|readers?|rads?|radiologists?|ir|"
            r"imager|ic|team|role|position|job|leaning|section|division|worklist|opp\w*)\b"
            r"|neuro[\s-]?imaging\s+(?:fellowship|trained|specialist)"
            r"|neurointerventional\s+(?:radiolog\w*|fellowship)|neurointerventionalists?\b"
            r"|neuro\s*(?:\+|/|&|\band\b|\bor\b)\s*(?:body|msk|general)\b"
            + _AFTER_CASE_MIX
            + r"|(?:body|msk|general)\s*(?:\+|/|&|\band\b|\bor\b)\s*neuro\b"
            + _AFTER_CASE_MIX
        ),
        ("neuro", "body", "msk", "general"),
    ),
    "msk": (
        re.compile(
            r"msk\b(?!\s*(?:mri|mr|us|ct|x-?rays?|radiographs|arthrograms|cases|studies|exams)\b)"
            r"|musculoskeletal\s+(?:imag\w*|radiolog\w*|fellowship)"
        ),
        ("msk", "musculoskeletal"),
    ),
    "body": (
        re.compile(
            r"body[\s-]+(?:imag\w*|radiolog\w*|rads?\b|fellowship\w*|trained|focused|section|team|readers?|"
            r"role|position|worklist)"
            r"|body\s*(?:/|&|\band\b|\bor\b)\s*(?:abdominal|general|neuro|msk|emergency)\b"
            + _AFTER_CASE_MIX
            + r"|(?:neuro|msk|general)\s*,?\s*(?:\+|/|&|\band\b|\bor\b)\s*body\b"
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
            r"(?:neuro)?interventional\s*(?:radiolog\w*|procedures|/\s*diagnostic|oncology|locums|fellowship)"
            r"|neurointerventionalists?\b"
            r"|vascular\s+(?:and|&)\s+interventional\b|interventionalists?\b"
        ),
        ("interventional", "vascular", "neurointerventional"),
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
            r"|chest\s+(?:imag\w*|radiolog\w*|fellowship)|thoracic\s+fellowship"
        ),
        ("cardi", "thoracic", "chest"),
    ),
    "emergency": (
        re.compile(
            r"emergency\s*(?:/|and|&)\s*trauma\s+(?:radiolog\w*|imag\w*)"
            r"|emergency\s+(?:radiolog\w*|teleradiolog\w*|rads?\b)|trauma\s+(?:radiolog\w*|rads?\b)"
            r"|er\s*/\s*trauma\s+fellowship|er\s+(?:radiologists?|teleradiologists?|rads?)\b"
        ),
        ("emergency", "trauma", "er"),
    ),
}
_IR_CODE = re.compile(
    r"VIR\b|IR(?=/DR\b|[\s-]+(?:trained|fellowship|physicians?|radiologists?|section|call|service|team|suites?|"
    r"procedures|clinic|job|role|position|certificate|certification|opening|practice|work|coverage|half|"
    r"interventions?|cases|locums?)\b)"
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
_ONE_PERSON = ("physician", "radiologist", "imager")
_MIX_AFTER = re.compile(r"[\s-]*(?:heavy|leaning|weighted)\b")
# "please see that posting", "apply to the other requisition": the clause is about another opening
_OTHER_POSTING = re.compile(
    r"\b(?:see|apply\s+(?:to|via|through|for|on))\s+(?:that|the\s+other|its|their|a\s+separate)\s+"
    r"(?:posting|listing|requisition|req|opening|ad|advert)\b"
)
_OTHER_POSTING_NEEDLES = needles("posting", "listing", "req", "opening", " ad", "advert")
_COMPOSITION = re.compile(
    r"\b(?:includ\w*|comprising|comprises|consisting\s+of|alongside|colleagues?|our\s+team\s+of|"
    r"(?:performed|done|handled|covered|read|interpreted)\s+by|"
    r"(?:group|section|division|department|practice)\s+of\s+\d+|staffed\s+by|supported\s+by|backed\s+up\s+by|"
    r"work\s+with|consult\w*\s+with|joins?)\b"
)
_DIVISIONS = re.compile(r"\b(?:divisions|sections|subspecialists|subspecialty\s+coverage)\b")
_DIVISIONS_NEEDLES = needles("divisions", "sections", "subspecialist", "subspecialty coverage")
_COMPOSITION_NEEDLES = needles(
    "includ", "compris", "consisting", "alongside", "colleague", "team of", "group of", "section of",
    "division of", "department of", "practice of", "staffed", "supported", "backed", "work with", "consult",
    "join", "by ",
)  # fmt: skip
_GROUP = r"(?:section|team|group|service|division|department|partners?|colleagues|pool)"
_GROUP_DOES = re.compile(
    r"(?:\s+\w+){0,1}\s+"
    + r"(?:section|team|group|service|division|department|partners?|colleagues|pool|readers|radiologists|"
    + r"subspecialists|program|fellows)"
    + r"\s+(?:handles?|covers?|reads?|does|do|takes?|manages?|performs?|owns?|rotates?|runs?|staffs?"
    + r"|(?:is|are)\s+responsible)\b"
)
_SENT_TO = re.compile(
    r"\b(?:covered|provided|handled|read|sent|go|goes|routed|referred|done|interpreted|taken)\s+(?:by|to)\s+"
    r"(?:[\w'’-]+,?\s+){0,5}$"
    r"|\bwith\s+(?:the|our|their)\s+(?:[\w'’-]+\s+){0,2}$|\bseparate\s+(?:[\w'’-]+\s+){0,2}$"
)
_NEXT_WORD = re.compile(r"\s+[\w-]+")
_GROUP_WORDS = ("section", "team", "group", "service", "division", "department")
_GROUP_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+" + _GROUP + r"\b")
_SENT_TO_NEEDLES = needles("by ", "to ", "with ", "separate")
_NOT_REQUIRED = re.compile(r"\bnot\s+(?:required|necessary|needed)\b|\bnot\s+a\s+requirement\b")
_NOT_NEEDLE = needles("not ")
_ALSO_CONSIDERED = re.compile(
    r"\balso\s+(?:be\s+)?considered\b|\balso\s+(?:fine|ok|okay|acceptable)\b|\bget\s+looked\s+at\b"
    r"|\s(?:ok|okay)\s*(?=[.;,]|$)"
)
_ALSO_NEEDLE = needles("also", "looked", " ok")
_ALSO_BEFORE = re.compile(
    r"\balso\s+(?:look\s+at|consider|accept|take|interview|welcome)\s+(?:[\w'’-]+\s+){0,2}$"
)
_ROUTE_BREAK = re.compile(r"\b(?:preferred|required|req['’]d|but)\b|;")
_SOME_BEFORE = (
    "some ", "occasional ", "light ", "a little ", "limited ", "mostly ", "largely ", "primarily ",
    "predominantly ",
)  # fmt: skip
_THORACIC_OR = ("thoracic or ", "chest or ")
_EXPERIENCE = re.compile(r"\s+(?:experience|exposure|interest|skills?)\b")
_EXPERIENCE_IN = ("experience in ", "experience in\n", "experience with ", "exposure to ", "interest in ")
_COMFORTABLE = re.compile(r"\b(?:comfortable|familiar|comfort)\s+(?:with|reading)\s+(?:[\w-]+\s+){0,2}$")
_ANOTHER_ROLE = re.compile(
    r"[,;]\s*(?:neuro|msk|body|breast|peds|pediatric|ir\b|nuclear|cardiac|chest|emergency|general|mammo)"
)


# A subspecialty naming other people: "our body imagers handle ...", "alongside our neuro and body
# sections", "a dedicated neuro team", "we hired two MSK radiologists", "the cardiac imaging service",
# "reporting to our Chief of Body Imaging" (unless the clause is about this job: "join our MSK team")
_THEIR_DETERMINER = re.compile(
    r"\b(?:our|their|its|the|dedicated|other|several|\d+|two|three|four|five|six|seven|eight|nine|ten|have|has"
    r"|employ|employs)\s+(?:(?:[\w'’-]+,?|and|&)\s+){0,4}$"
)
_PEOPLE = (
    r"imagers|radiologists|rads|docs|doctors|physicians|team|teams|sections?|divisions?|group|groups|faculty"
    r"|service|services|colleagues|partners|subspecialists|readers|specialists|attendings|folks|people|staff"
    r"|crew|pod|desk"
)
_PEOPLE_AFTER = re.compile(
    r"[\w'’-]*(?:(?:\s+|\s*,\s*|\s*[&/]\s*)(?:and\s+)?[\w'’-]+){0,3}?(?:\s+|(?<=neuro)|(?<=body))"
    r"(?:" + _PEOPLE + r")\b"
)
# one person who is not the reader: "our evening radiologist", "their current nighthawk"
_PERSON_AFTER = re.compile(
    r"[\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+(?:radiologist|rad|reader|doc|physician|attending|nighthawk|colleague)\b"
)
_THEIR_OWN = re.compile(r"\b(?:our|their|its)\s+(?:[\w'’-]+\s+){0,2}$")
_LEADER_OF = re.compile(r"\b(?:chief|director|head|chair|chairman|leader|lead)\s+of\s+(?:the\s+)?$")


def other_people(scope: Scope, start: int, end: int) -> bool:
    """The word at `start` (a subspecialty, a shift) names other people: "our body imagers", "our
    night team works 6p-8a", "two MSK radiologists", "our evening radiologist", "Chief of Body
    Imaging"; not in the title, and not the unit this job joins or is hiring for."""
    lower = scope.lower
    c_start, c_end = scope.clause(start)
    before = max(c_start, start - 60)
    if _LEADER_OF.search(lower, max(c_start, start - 24), start):
        return True
    if _PEOPLE_AFTER.match(lower, start):
        if _THEIR_DETERMINER.search(lower, before, start) is None:
            return False
    elif not (_PERSON_AFTER.match(lower, start) and _THEIR_OWN.search(lower, before, start)):
        return False
    line_start = scope.line(start)[0]
    if not lower[:line_start].strip():
        return False  # the title names the job
    return search_if(_JOINS, _JOINS_NEEDLES, lower, c_start, c_end) is None


_JOINS = re.compile(
    r"\b(?:join\w*|hiring|hires|seeks|seeking|looking\s+for|recruiting|(?:to|into)\s+our|member\s+of|part\s+of"
    r"|grow\w*|expand\w*|add\w*|new|need\w*|wanted|sought|openings?|positions?)\b"
)
_JOINS_NEEDLES = needles(
    "join",
    "hir",
    "seek",
    "looking",
    "recruit",
    "our",
    "member",
    "part",
    "grow",
    "expand",
    "add",
    "new",
    "need",
    "wanted",
    "sought",
    "opening",
    "position",
)


def subspecialties(scope: Scope) -> tuple[list[str], list[Quote]]:
    lower = scope.lower
    found: dict[str, tuple[int, int]] = {}
    for kind, (pattern, anchors) in _ROLE.items():
        for m in scope.each_at(pattern, anchors):
            if kind == "cardiac" and lower.endswith(_THORACIC_OR, max(0, m.start() - 12), m.start()):
                continue  # "a fellowship in thoracic or cardiothoracic imaging": the role is thoracic
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
        for m in scope.at(_IR_CODE, ("IR", "VIR"), case=True):
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
        if negated_before(lower, m.start(), scope.clause(m.start())[0]):
            continue  # "You don't need a subspecialty: we hire general radiologists who ..."
        for kind, pattern in _LIST_NAMES.items():
            hit = pattern.search(lower, m.start(1), m.end(1))
            if hit is not None and not lower.endswith(("no ", "not "), max(0, hit.start() - 4), hit.start()):
                found.setdefault(kind, (hit.start(), hit.end()))
    kinds = [k for k in SUBSPECIALTIES if k in found and not _other_jobs_echo(scope, *found[k])]
    return kinds, [scope.evidence("subspecialties", *found[k]) for k in kinds]


def _colleagues(lower: str, c_start: int, start: int, end: int) -> bool:
    """Colleagues in a list of the group's make-up ("our partners include fellowship-trained
    neuroradiologists, ..., interventionalists and a nuclear medicine physician"; "performed by the
    two interventional radiologists"): plural, or one person ("a ... physician")."""
    plural = lower[end - 1] == "s"
    if not plural and not (
        lower.endswith(_ONE_PERSON, start, end)
        and lower.endswith(("a ", "an ", "one "), max(0, start - 4), start)
    ):
        return False
    cue = search_if(_COMPOSITION, _COMPOSITION_NEEDLES, lower, max(c_start, start - 160), start)
    if cue is None or (
        not plural and ("," not in lower[cue.end() : start] or cue.group().startswith("join"))
    ):
        return False  # one person after a list of the group's members, not "join us as an ER radiologist"
    said_of_this_job = search_if(_THIS_JOB, _THIS_JOB_NEEDLES, lower, cue.end(), start) is not None
    return not said_of_this_job or (plural and start - cue.end() <= 80)


def _other_jobs_echo(scope: Scope, start: int, end: int) -> bool:
    """The words at [start, end) and the next one ("peds locums") also name the other opening the
    scope blanked out ("I also have a peds locums in CO"): a subject line's "(+ a peds locums FYI)"."""
    raw = scope.doc.lower
    if scope.lower is raw:
        return False
    nxt = _NEXT_WORD.match(raw, end)
    phrase = raw[start : nxt.end() if nxt else end]
    return any(scope.lower[pos] == " " and pos != start for pos in find_all(raw, phrase))


def _asked_for(scope: Scope, start: int, end: int) -> bool:
    """Not negated, not the make-up of the group ("our group includes neuroradiologists"), and not
    welcome "but not required" (unless also preferred)."""
    lower = scope.lower
    c_start, c_end = scope.clause(start)
    if negated_items(lower, [(start, end)], [c_start])[0]:
        return False
    before = max(c_start, start - 80)
    division = search_if(_DIVISIONS, _DIVISIONS_NEEDLES, lower, before, start)
    if division and not search_if(_THIS_JOB, _THIS_JOB_NEEDLES, lower, division.end(), start):
        return False
    if _colleagues(lower, c_start, start, end):
        return False  # the group's make-up, not the role asked for
    if _MIX_AFTER.match(lower, end) or search_if(
        _OTHER_POSTING, _OTHER_POSTING_NEEDLES, lower, c_start, c_end
    ):
        return False  # "General Radiologist - Neuro-Heavy"; "please see that posting if you trained in neuro"
    not_required = search_if(_NOT_REQUIRED, _NOT_NEEDLE, lower, c_start, c_end)
    if not_required and not_required.start() > end and _ANOTHER_ROLE.search(lower, end, not_required.start()):
        not_required = None  # "general rad is fine, neuro not needed": said of the other one
    optional = (
        not_required
        and lower.find("prefer", c_start, c_end) < 0
        and not (lower.find("a plus", c_start, c_end) >= 0 and lower.find("fellowship", c_start, c_end) >= 0)
    )
    if done_by_others(lower, start, c_end):
        return False  # "Pediatric neuroradiology is covered by our partners at ..."
    if not lower.startswith("general", start) and _COMFORTABLE.search(lower, max(c_start, start - 40), start):
        return False  # "a generalist comfortable with emergency and trauma imaging": not the role
    if lower.endswith(_SOME_BEFORE, max(c_start, start - 12), start):
        return False  # "some breast imaging with screening mammography": a share of the work, not the role
    if _EXPERIENCE.match(lower, end) or lower.endswith(_EXPERIENCE_IN, max(c_start, start - 20), start):
        return False  # "breast imaging experience preferred", "experience in breast imaging is valued"
    also = search_if(_ALSO_CONSIDERED, _ALSO_NEEDLE, lower, end, c_end)
    if also is not None and _ROUTE_BREAK.search(lower, end, also.start()):
        also = None  # "... preferred but strong generalists get looked at too": said of them
    if also is None:
        # "they'll also look at strong generalists"
        also = _ALSO_BEFORE.search(lower, max(c_start, start - 40), start)
    if optional or also is not None:
        return False  # "candidates with a body fellowship will also be considered": another route in
    return (
        not _another_group(scope, start, end)
        and not others_sentence(scope, start)
        and not other_people(scope, start, end)
    )


def others_sentence(scope: Scope, pos: int) -> bool:
    """The sentence holding `pos` is about other people's jobs ("our department also employs
    neuroradiologists ...", "the department is separately recruiting ...") and says nothing about
    this one before `pos`."""
    s_start, s_end = scope.sentence(pos)
    lower = scope.lower
    return other_team(lower, s_start, s_end) and (
        search_if(_THIS_JOB, _THIS_JOB_NEEDLES, lower, s_start, pos) is None
    )


def _another_group(scope: Scope, start: int, end: int) -> bool:
    """The subspecialty names another group: "our women's imaging section handles breast work",
    "neuro CTA goes to our neuroradiology section", "reading CT with the body section", or a
    section in a description of the department ("its sections include ... pediatric radiology")."""
    lower = scope.lower
    c_start = scope.clause(start)[0]
    if _GROUP_DOES.match(lower, end):
        return True
    before = max(c_start, start - 60)
    sent = search_if(_SENT_TO, _SENT_TO_NEEDLES, lower, before, start)
    if sent and (
        not sent.group().startswith("with")
        or _GROUP_AFTER.match(lower, end)
        or lower.endswith(_GROUP_WORDS, start, end)
    ):
        return True
    return department_sentence(scope, start)


def department_sentence(scope: Scope, pos: int) -> bool:
    """ "Its sections include breast imaging ... and nuclear medicine and PET/CT", "the department
    is organized into divisions: ...": a sentence about the department, not about this job."""
    s_start, s_end = scope.sentence(pos)
    lower = scope.lower
    cue = search_if(_DEPARTMENT, _DEPARTMENT_NEEDLES, lower, s_start, s_end)
    return (
        cue is not None
        and cue.start() < pos
        and search_if(_THIS_JOB, _THIS_JOB_NEEDLES, lower, s_start, s_end) is None
    )


_DEPARTMENT = re.compile(
    r"\b(?:sections|divisions)\b|organized\s+into\b"
    r"|\b(?:enterprise|department)(?:\s+of\s+(?:\w+\s+){0,2}?\w+)?\s+(?:also\s+)?(?:includes|offers|houses|operates|employs)\b"
    r"|\b(?:panel|roster|bench|team|group|practice)\s+(?:spans|encompasses)\b"
)
_DEPARTMENT_NEEDLES = needles(
    "sections", "divisions", "organized", "includes", "offers", "houses", "operates", "employs", "spans",
    "encompasses",
)  # fmt: skip
_THIS_JOB = re.compile(
    r"\b(?:you|your|candidate|this\s+(?:role|position|job|opening)|will\s+(?:read|interpret|perform|cover)|"
    r"hiring|seeks|seeking|looking\s+for|join)\b"
)
_THIS_JOB_NEEDLES = needles("you", "candidate", "this ", "will ", "hiring", "seek", "looking", "join")


def about_this_job(lower: str, start: int, end: int) -> bool:
    """Whether lower[start:end] speaks of this job ("you", "this role", "will read", "join")."""
    return search_if(_THIS_JOB, _THIS_JOB_NEEDLES, lower, start, end) is not None
