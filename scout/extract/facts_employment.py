"""Where the reading happens (work_mode) and on what footing (employment_type).

work_mode: "hybrid" when some days are on site and some remote; "onsite" when the text says the
work is on site or that remote work is not offered; "remote" for home reading; a posting that offers
"remote, on-site or a mix" as the candidate's choice settles nothing.
employment_type: "1099" for contractor wording, "w2" for employee wording, "either" for both.
"""

from __future__ import annotations

import re

from scout.extract.doc import Quote
from scout.extract.facts_scope import Scope
from scout.extract.facts_work import other_people
from scout.extract.negation import needles, negated_before, search_if, withdrawn

# Each pattern starts at one of its anchors (Scope.at tries it only there).
_REMOTE = re.compile(
    r"remote(?:ly)?\b|telecommut\w*|work[\s-]from[\s-]home\b|wfh\b|telework\w*|anywhere\b"
    r"|virtual\s+(?:reading|position|role|radiologist|practice|job|opportunity)\b"
    r"|home(?:[\s-]based|[\s-]reading)\b|home\b"
    r"|read(?:s|ing)?\s+(?:[\w-]+\s+){0,3}from\s+(?:abroad|overseas|australia|new\s+zealand|europe|the\s+uk|"
    r"israel|india|asia|another\s+country|outside\s+the\s+u\.?s\.?)\b"
)
_HOME_KIT = re.compile(
    r"home\s+(?:reading\s+)?(?:workstation|work\s+station|set[\s-]?up|office|pacs)\b"
    r"|(?:your|their)\s+own\s+(?:diagnostic\s+|home\s+)?(?:reading\s+station|workstation|work\s+station)\b"
)
_REMOTE_ANCHORS = (
    "remote", "telecommut", "work from", "work-from", "wfh", "telework", "anywhere", "home", "virtual",
    "read",
)  # fmt: skip
_REMOTE_NOT_WORK = re.compile(
    r"\s+(?:pacs|access|areas?|communit\w*|locations?|sites?|clinics?|hospitals?|facilities|"
    r"support|it\b|monitoring|desktop|server)"
)
_FROM_BEFORE = re.compile(
    r"(?:\bfrom|\bcomfort\s+of|\breading\s+at|\bwork(?:ing)?\s+at)\s+(?:your\s+|their\s+|the\s+|my\s+|our\s+|"
    r"his\s+or\s+her\s+|the\s+(?:radiologist|physician|reader)['’]s\s+)?(?:own\s+)?$"
)
_ANYWHERE_BEFORE = re.compile(r"(?:\b(?:from|read|work)\s+|\blocation\s*:\s*)$")
_CALL_BEFORE = re.compile(r"\bcall\b[^.;\n]{0,30}$")
_ONSITE = re.compile(r"(?:on[\s-]?site|in[\s-]person|in[\s-]house)\b")
_ONSITE_ANCHORS = ("on site", "on-site", "onsite", "in person", "in-person", "in house", "in-house")
_ONSITE_NOT_WORK = re.compile(
    r"[\s-]+(?:technologists?|techs?|staff|nurs\w*|support|it\b|gym|parking|child\s?care|daycare|residents?|fellows?|"
    r"trainees|"
    r"interview\w*|visits?|meetings?|training|orientation|lab\b|(?:[\w-]+\s+)?imager|pacs)"
    r"|\s+(?:with|by)\s+(?:our|the|a)\s+(?:local\s+)?(?:team|staff|technologists)"
)
_REMOTE_REFUSED_BEFORE = re.compile(
    r"(?:\bno|\bnot\s+(?:an?\s+)?|\bnon-?|\bnot\s+eligible\s+for\s+|\bhave\s+no\s+|\bnot\s+from\s+(?:a\s+)?"
    r"|\b(?:does|do|will|can)\s*(?:not|n['’]t)\s+(?:offer|allow|permit|support)\s+(?:an?\s+)?(?:[\w-]+\s+or\s+)?)\s*$"
)
_REMOTE_REFUSED_AFTER = re.compile(
    r"[\w\s-]{0,30}?\b(?:is|are)\s+not\s+(?:offered|available|an\s+option|possible|permitted)"
    r"|\s*(?:eligible)?\s*(?:[:|]|\?\s*[:|]?)\s*no\b"
)
_SOME_DAYS_AFTER = re.compile(
    r"[ \t,]*(?:for\s+)?up\s+to\s+(?:one|two|three|[123])\s+(?:clinical\s+|working\s+|work\s+)?days?\s+"
    r"(?:a|per|each|every)\s+week\b"
)
_REFUSABLE = ("remote", "telework", "teleradiology", "work-from-home", "work from home", "home")
_HYBRID = re.compile(
    r"hybrid\b(?![\s-]+(?:operating|or\s+suite|suites?|angio\w*|rooms?|cath\w*|pet|spect|scanners?|imaging\s+suite))|split\s+(?:their|your|the|his|her|our)?\s*(?:work\s*)?(?:week|time|schedule)\s+between\b"
    r"(?=[^.\n]{0,60}\b(?:home|remote))"
)
_CHOICE = re.compile(
    r"remote\s*,?\s*(?:or|and/or)\s+on[\s-]?site\b|on[\s-]?site\s*,?\s*(?:or|and/or)\s+remote\b"
    r"|remote,\s+on[\s-]?site,?\s+or\b"
)
_SPLIT = re.compile(
    r"\b(?:\d(?:\.\d)?|one|two|three|four|five|half)[\s-]*(?:(?:week)?days?|shifts?)\b|\bmix\s+of\b"
    r"|\bremaining\s+(?:days|shifts)\b|\brest\s+of\s+the\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri)\b"
    r"|\bother\s+(?:three|two|four|days)\b"
)
_ON_SITE_WORDS = ("site", "person", "house", "office", "hospital", "department", "reading room", "clinic")
_OFFICE = re.compile(
    r"\bin\s+(?:the\s+)?(?:office|hospital|department|reading\s+rooms?|clinic)\b|\breading\s+rooms?\b"
    r"|\bbetween\s+the\s+(?:hospital|office|department|clinic)\b"
)

_C1099 = re.compile(
    r"1099\b|independent[\s-]+contractors?\b|contractors?\b|self[\s-]employed\b"
    r"|contract\s+(?:radiologists?|readers?|positions?|roles?|basis|physicians?)\b"
    r"|own\s+(?:pc|llc|professional\s+corporation|s[\s-]?corp)\b"
)
_IC = re.compile(r"IC\b")
_W2 = re.compile(
    r"w[\s-]?2\b|employees?\b|employed\b"
    r"|(?:(?<=university\s)|(?<=hospital\s)|(?<=state\s)|(?<=federal\s)|(?<=faculty\s))employment\b"
)
# "unlike independent contractor roles, ...": the other footing named for contrast
_CONTRAST = re.compile(
    r"\b(?:unlike|rather\s+than|instead\s+of|versus|vs\.?|compared\s+(?:to|with))\s+(?:\w+\s+){0,2}$"
)
_EEO = re.compile(r"equal\s+opportunity|inclusive|diversity|without\s+regard|affirmative\s+action")
_EEO_NEEDLES = needles("equal", "inclusive", "diversity", "regard", "affirmative")
_THEIR_EMPLOYED = re.compile(r"employed\s+(?:group|radiologists|physicians|staff|team|docs|partners)\b")
_NOT_EMPLOYEE = re.compile(r"employee[\s-]+owned|employees?\s+of\s+(?:the\s+)?(?:client|hospital)s?\b")


def work_mode(scope: Scope) -> tuple[str | None, list[Quote]]:
    explicit = _explicit_hybrid(scope)
    if explicit is not None:
        return "hybrid", [scope.evidence("work_mode", *explicit)]
    if scope.at(_CHOICE, ("remote", "on site", "on-site", "onsite")):
        return None, []
    remote = _remote_cues(scope)
    for r_start, r_end in remote:  # "faculty may read from home up to two clinical days a week"
        if _SOME_DAYS_AFTER.match(scope.lower, r_end):
            return "hybrid", [scope.evidence("work_mode", r_start, r_end)]
    split = _split_week(scope, remote)
    if split is not None:
        return "hybrid", [scope.evidence("work_mode", *split)]
    refused = _remote_refused(scope)
    if refused is not None:
        return "onsite", [scope.evidence("work_mode", *refused)]
    onsite = _onsite_cues(scope)
    if remote and not onsite:
        return "remote", [scope.evidence("work_mode", *remote[0])]
    if onsite and not remote:
        return "onsite", [scope.evidence("work_mode", *onsite[0])]
    if remote and onsite:
        # both said, no split stated: the first statement frames the job
        first = min(remote[0], onsite[0])
        mode = "remote" if first == remote[0] else "onsite"
        return mode, [scope.evidence("work_mode", *first)]
    home_kit = _home_kit(scope)
    if home_kit is not None:  # a teleradiology job that equips your home reads from home
        return "remote", [scope.evidence("work_mode", *home_kit)]
    return None, []


def _home_kit(scope: Scope) -> tuple[int, int] | None:
    """A home workstation or setup in a teleradiology posting that says nothing else about where the
    reading happens ("Home workstation: $12,000 allowance", "your home setup is yours to choose",
    "contractors supply their own reading station")."""
    if scope.lower.find("teleradiolog") < 0:
        return None
    for m in scope.at(_HOME_KIT, ("home", "your", "their")):
        c_start = scope.clause(m.start())[0]
        if not negated_before(scope.lower, m.start(), c_start):
            return m.start(), m.end()
    return None


def _explicit_hybrid(scope: Scope) -> tuple[int, int] | None:
    lower = scope.lower
    for m in scope.each_at(_HYBRID, ("hybrid", "split")):
        if not negated_before(lower, m.start(), scope.clause(m.start())[0]):
            return m.start(), m.end()
    return None


def _split_week(scope: Scope, remote: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Some days on site, some from home, stated within one line ("3 days on site, 2 remote")."""
    lower = scope.lower
    for r_start, r_end in remote:
        line_start, line_end = scope.line(r_start)
        lo, hi = max(line_start, r_start - 250), min(line_end, r_end + 250)
        if not any(lower.find(word, lo, hi) >= 0 for word in _ON_SITE_WORDS) or not _SPLIT.search(
            lower, lo, hi
        ):
            continue
        for o in _ONSITE.finditer(lower, lo, hi):
            if not negated_before(lower, o.start(), scope.clause(o.start())[0]):
                return r_start, r_end
        if _OFFICE.search(lower, lo, hi):
            return r_start, r_end
    return None


def _remote_refused(scope: Scope) -> tuple[int, int] | None:
    """ "Not a remote position", "no remote reading", "Telework eligible: No", "not offered"."""
    lower = scope.lower
    for anchor in _REFUSABLE:
        for pos in scope.positions(anchor):
            end = pos + len(anchor)
            c_start = scope.clause(pos)[0]
            before = _REMOTE_REFUSED_BEFORE.search(lower, max(c_start, pos - 45), pos)
            if before is not None and (
                anchor != "home" or "from" in before.group() or "offer" in before.group()
            ):
                return before.start(), end
            if anchor != "home" and _REMOTE_REFUSED_AFTER.match(lower, end):
                return pos, end
    return None


def _remote_cues(scope: Scope) -> list[tuple[int, int]]:
    lower = scope.lower
    out = []
    for m in scope.at(_REMOTE, _REMOTE_ANCHORS):
        start, end = m.start(), m.end()
        word = m.group()
        if start > 0 and lower[start - 1].isalnum() and not word.startswith("telecommut"):
            continue
        if word.startswith("remote") and _REMOTE_NOT_WORK.match(lower, end):
            continue
        if word == "home" and not _FROM_BEFORE.search(lower, max(0, start - 30), start):
            continue
        if word == "anywhere" and not _ANYWHERE_BEFORE.search(lower, max(0, start - 10), start):
            continue
        if word.startswith("home") or word == "anywhere":
            if _CALL_BEFORE.search(lower, max(0, start - 40), start):
                continue  # "IR call from home" is call, not remote reading
            lead = _FROM_BEFORE.search(lower, max(0, start - 30), start)
            start = lead.start() if lead is not None else start
        c_start, c_end = scope.clause(start)
        if negated_before(lower, start, c_start) or withdrawn(lower, c_start, c_end):
            continue
        out.append((start, end))
    return out


def _onsite_cues(scope: Scope) -> list[tuple[int, int]]:
    lower = scope.lower
    out = []
    for m in scope.at(_ONSITE, _ONSITE_ANCHORS):
        if m.start() > 0 and lower[m.start() - 1].isalnum():
            continue
        if _ONSITE_NOT_WORK.match(lower, m.end()):
            continue
        c_start, c_end = scope.clause(m.start())
        if negated_before(lower, m.start(), c_start) or withdrawn(lower, c_start, c_end):
            continue
        if other_people(scope, m.start(), m.end()) or _OTHERS_ON_SITE.search(lower, c_start, m.start()):
            continue  # "our on-site colleagues handle procedures", "our hospital-based group reads on-site"
        out.append((m.start(), m.end()))
    return out


# other people's on-site work: "our hospital-based group reads on-site", "the partners work in person"
_OTHERS_ON_SITE = re.compile(
    r"\b(?:our|the|their)\s+(?:[\w-]+\s+){0,2}(?:group|team|colleagues|partners|radiologists|rads|staff|faculty"
    r"|physicians)\s+(?:\w+\s+)?(?:reads?|work|works|practices?|handles?|covers?|are|is)\s+(?:\w+\s+)?$"
)


_SOMEONE_ELSES = re.compile(
    r"\b(?:their|his|her|the\s+(?:current|outgoing|previous|other))\s+(?:[\w-]+\s+){0,2}"
    r"(?:reader|radiologist|rad|doc|doctor|physician|locum|nocturnist)s?\b"
)
_SOMEONE_ELSES_NEEDLES = needles("their", "his", "her", "current", "outgoing", "previous", "other")


def employment_type(scope: Scope) -> tuple[str | None, list[Quote]]:
    lower = scope.lower
    contractor: list[tuple[int, int]] = []
    employee: list[tuple[int, int]] = []
    spans = [
        (m.start(), m.end()) for m in scope.at(_C1099, ("1099", "independent", "contract", "self", "own"))
    ]
    spans += [(m.start(), m.end()) for m in scope.at(_IC, ("IC",), case=True)]
    for start, end in spans:
        if start > 0 and (lower[start - 1].isalnum() or lower[start - 1] in "$,."):
            continue
        c_start = scope.clause(start)[0]
        if negated_before(lower, start, c_start) or _CONTRAST.search(lower, max(c_start, start - 30), start):
            continue
        if search_if(_SOMEONE_ELSES, _SOMEONE_ELSES_NEEDLES, lower, max(c_start, start - 100), start):
            continue  # "their per-diem reader covering a leave is on 1099": another person's terms
        contractor.append((start, end))
    for m in scope.at(_W2, ("w2", "w-2", "w 2", "employ")):
        start = m.start()
        if start > 0 and lower[start - 1].isalnum():
            continue
        if lower.endswith("self-", 0, start) or lower.endswith("self ", 0, start):
            continue
        c_start = scope.clause(start)[0]
        if negated_before(lower, start, c_start) or _CONTRAST.search(lower, max(c_start, start - 30), start):
            continue
        if _THEIR_EMPLOYED.match(lower, start) and lower.endswith(("the ", "their ", "its "), 0, start):
            continue  # "daytime is covered by the employed group": another group, not this job
        if m.group().startswith("employee"):
            s_start, s_end = scope.sentence(start)
            if search_if(_EEO, _EEO_NEEDLES, lower, s_start, s_end) or _NOT_EMPLOYEE.match(lower, start):
                continue
        employee.append((start, m.end()))
    if contractor and employee:
        return "either", [
            scope.evidence("employment_type", *min(contractor)),
            scope.evidence("employment_type", *min(employee)),
        ]
    if contractor:
        return "1099", [scope.evidence("employment_type", *min(contractor))]
    if employee:
        return "w2", [scope.evidence("employment_type", *min(employee))]
    return None, []
