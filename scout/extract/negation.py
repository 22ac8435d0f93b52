"""Negation and "someone else does it" tests over a bounded window of text, shared by the facts rules.

All checks look at most a few dozen characters around a match, inside one clause, so they stay
linear in the length of the posting.
"""

from __future__ import annotations

import re

# A negator followed by at most three filler words right before a term ("no weekend",
# "not eligible for health", "we don't staff overnights").
_NEG_BEFORE = re.compile(
    r"(?:\bno|\bnot|n['’]t|\bnever|\bwithout|\bnor|\bneither|\bzero|\bnone\s+of|\bstopped|\bceased)\b"
    r"[\s-]*(?:[\w'’/][\w'’/-]*[ \t]+){0,3}$"
)
# The glue between items of one list ("weekend or overnight", "health, retirement and"), with one
# qualifying word or unmatched item before the next ("general radiography, body CT or fluoroscopy",
# "no weekend, holiday or overnight obligations").
_LIST_GLUE = re.compile(
    r"[\s,/&+]*(?:(?:and/or|and|or|nor)\b[\s,/&+]*)?"
    r"(?:(?!(?:no|not|never|nor|without|but)\b)[a-z]+[ \t,/&+]+(?:(?:and/or|and|or|nor)\b[\s,/&+]*)?)?"
)
# A clause that says the work is done by somebody else ("overnight reads go to an outside
# nighthawk service", "evening coverage is handled by a separate team").
_OTHERS_DO_IT = re.compile(
    r"\b(?:covered|provided|handled|read|sent|send|sends|go|goes|going|outsourced|purchased|staffed|done|run|performed|"
    r"interpreted|routed|taken)\s+(?:on[\s-]?site\s+|in[\s-]house\s+|locally\s+)?(?:by|to|from(?!\s+(?:home|anywhere|your|wherever|a\s+home))|through)\s+"
    r"(?:an?\s+|the\s+|our\s+|their\s+|its\s+)?"
    r"(?:[\w'’-]+,?\s+){0,4}(?:services?|groups?|teams?|vendors?|partners?|company|residents|nighthawk|sections?|"
    r"radiologists?|colleagues|providers?|practice|physicians|fellows|pool|staff|locums|readers|departments?|"
    r"divisions?|attendings?|faculty|contractors?|centers?|centres?|clinics?|programs?|cardiology|cardiologists"
    r"|subspecialists|specialists|imagers|affiliates?|hospitalists?|guys|docs|doctors|co)\b"
    r"|\b(?:sent|go|goes|outsourced|routed)\s+to\s+(?:an?\s+|the\s+)?(?:outside|external|contracted|third[\s-]party)\b"
    # "they send nights to a telerad co.", "we farm evenings out to a vendor"
    r"|\b(?:send|sends|farm|farms|outsource|outsources)\s+(?:[\w-]+\s+){1,3}?(?:out\s+)?to\s+(?:an?\s+|the\s+|our\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:services?|groups?|teams?|vendors?|company|co|partners?|nighthawk|telerad\w*|radiologists)\b"
    r"|\b(?:is|are)\s+outsourced\b|\b(?:are|is)\s+(?:sent|farmed)\s+out\b"
    r"|\bbelongs?\s+to\s+(?:an?\s+|the\s+|our\s+|their\s+)|\b(?:is|are)\s+the\s+responsibility\s+of\s+(?!you)"
    r"|\b(?:coverage|reads|work|studies)\s*:\s*(?:an?\s+)?(?:contracted|outside|external|outsourced|third[\s-]party)\b"
    r"|\b(?:handled|covered|done|provided|staffed|read)\s+(?:separately|elsewhere|externally|off[\s-]?site)\b"
    r"|\bcoverage\s+(?:is|are)\s+separate\b|\bin\s+a\s+separate\s+(?:rotation|schedule|pool|team)\b"
    r"|\b(?:use|uses|using|contract\s+with|contracts\s+with)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:nighthawk|vendor)\b"
    r"|\bnighthawk\s+(?:partner|service|vendor|company|group)\s+(?:covers|handles|reads)\b"
    r"|\b(?:our|the|their|its)\s+(?:adult|pediatric|day|daytime|other|separate|sister|partner|nighthawk|"
    r"overnight|evening|on-?site|in-?house)\s+(?:team|group|partners?|service|section|colleagues|fellows|"
    r"residents|vendor|radiologists)\s+(?:covers|handles|takes)\b"
)
# A clause whose statement is withdrawn after the fact ("..., but it is not part of this
# appointment", "evening shifts are not required").
_WITHDRAWN = re.compile(
    r"\bnot\s+part\s+of\b|\bbeing\s+(?:studied|considered|discussed)\b"
    r"|\bnot\s+on\s+(?:our|the|your|this)\s+(?:work\s?list|list|queue)\b"
    r"|\b(?:is|are)\s+not\s+(?:required|expected|offered|available|included)\b"
)

# _NEG_BEFORE read backwards: matched at the start of the reversed window, so the regex is tried
# once instead of at every position of the window.
_NEG_BEFORE_REVERSED = re.compile(
    r"(?:[ \t]+[\w'’/-]*[\w'’/](?![\w'’/-])){0,3}[\s-]*"
    r"(?:(?:on|ton|reven|tuohtiw|ron|rehtien|orez|deppots|desaec)\b|t['’]n|fo\s+enon\b)"
)

WINDOW = 48


def negated_before(lower: str, start: int, floor: int) -> bool:
    """True when a negator sits just before `start` (within the clause that begins at `floor`), or
    a list that leaves things out starts there ("What you will not read: mammography, ...")."""
    lo = max(floor, start - WINDOW)
    if _NEG_BEFORE_REVERSED.match(lower[lo:start][::-1]) is not None:
        return True
    colon = lower.rfind(":", lo, start)
    return (
        colon >= 0
        and not lower[colon + 1 : start].strip()
        and _LEFT_OUT_LEAD.search(lower, max(floor, colon - 40), colon + 1) is not None
    )


# The lead of a list of what the job leaves out: "you will not read:", "not included:", "Excluded:".
_LEFT_OUT_LEAD = re.compile(
    r"(?:(?:\bnot|\bnever|n['’]t)\s+(?:be\s+)?(?:read|cover|do|include|handle|interpret|perform)\w*"
    r"|\bnot\s+(?:included|in\s+scope|part\s+of\s+(?:the|this)\s+(?:job|role|position))"
    r"|\bexcluded|\bexclusions|\bout\s+of\s+scope)\s*:$"
)


def negated_items(lower: str, spans: list[tuple[int, int]], floors: list[int]) -> list[bool]:
    """For sorted term spans, which are negated; items of one list share the first item's fate.

    "no weekend or overnight call": both terms are negated; "no call, nights 7on/7off": not.
    """
    out: list[bool] = []
    prev_end = -1
    prev_neg = False
    for (start, end), floor in zip(spans, floors, strict=True):
        listed = 0 <= prev_end <= start and start - prev_end <= 24
        if listed and _LIST_GLUE.fullmatch(lower, prev_end, start) is not None:
            neg = prev_neg
        else:
            neg = negated_before(lower, start, max(floor, prev_end))
        out.append(neg)
        prev_end, prev_neg = end, neg
    return out


def needles(*words: str) -> re.Pattern[str]:
    """Literal words a pattern cannot match without, as one pattern: the cheap test `search_if` runs."""
    return re.compile("|".join(map(re.escape, words)))


def search_if(
    pattern: re.Pattern[str], needles: re.Pattern[str], text: str, start: int, end: int
) -> re.Match[str] | None:
    """pattern.search over text[start:end], skipped when none of its literal needles occurs there.

    A rule's regex costs a hundred instructions or more per character tried; an alternation of
    plain words is nearly free, and most windows contain none of the words a rule needs.
    """
    if needles.search(text, start, end) is None:
        return None
    return pattern.search(text, start, end)


_OTHERS_NEEDLES = needles(
    "by ", " to ", " from ", " through ", "use", "contract", "nighthawk", "outsourced", "covers", "handles",
    "takes", "separately", "elsewhere", "externally", "off", "separate", " out", "belong", "responsibility",
    "outside", "external", "third", "send", "farm",
)  # fmt: skip
_WITHDRAWN_NEEDLES = needles("not ", "being ")
# A sentence about other people's jobs: the rest of the department, a sister requisition, a slot
# already filled ("our team also includes body and MSK subspecialists who cover daytime work", "the
# department is separately recruiting a pediatric neuroradiologist", "those teams are fully staffed").
_OTHER_TEAM = re.compile(
    r"\bfully\s+staffed\b|\bseparately\s+recruit\w*|\brecruit\w*\s+(?:independently|separately)\b"
    r"|\b(?:under\s+)?(?:their|its)\s+own\s+requisitions?\b"
    r"|\balso\s+(?:includes|employs|has)\s+(?:[\w'’&/-]+[\s,]+){0,6}?"
    r"\w*(?:subspecialists|radiologists|imagers|physicians|fellows|interventionalists|sections|divisions)\b"
    r"|\b(?:slot|position|spot|role|opening)\s+(?:is|was|has\s+been)\s+(?:already\s+)?filled\b"
    r"|\b(?:team|group|section|service|division)\s+also\s+(?:covers|reads|handles|does)\b"
    r"|\b(?:our|the|their)\s+(?:[\w.-]+\s+)?(?:day|daytime|night|nighttime|overnight|evening)\s+(?:desk|operations)\b"
)
_OTHER_TEAM_NEEDLES = needles(
    "staffed", "recruit", "own requisition", "also ", "filled", " desk", " operations"
)


def done_by_others(lower: str, start: int, end: int, said_before: int | None = None) -> bool:
    """True when the clause [start, end) says another service, group or team does the work; with
    `said_before`, only when that statement starts before it ("read by the body, neuro and MSK
    divisions" reaches past the comma a shift term's own part of the clause ends at)."""
    found = search_if(_OTHERS_DO_IT, _OTHERS_NEEDLES, lower, start, end)
    return found is not None and (said_before is None or found.start() < said_before)


def other_team(lower: str, start: int, end: int) -> bool:
    """True when the sentence [start, end) is about other people's jobs, not this one."""
    return search_if(_OTHER_TEAM, _OTHER_TEAM_NEEDLES, lower, start, end) is not None


def withdrawn(lower: str, start: int, end: int) -> bool:
    """True when the clause [start, end) takes its statement back ("not part of this role")."""
    return search_if(_WITHDRAWN, _WITHDRAWN_NEEDLES, lower, start, end) is not None
