"""Malpractice: whether the employer provides it, the policy form, and who pays the tail.

provided: true for a policy the employer pays, carries or self-insures (FTCA counts); false when
the radiologist carries their own. tail: "negotiable" for shared, negotiated or conditional tail
("after three years", "split 50/50"), "not_provided" when it is the physician's, "provided" when
included; "no tail needed" with an occurrence policy settles nothing.
"""

from __future__ import annotations

import re

from scout.extract.contract import Malpractice
from scout.extract.doc import Quote
from scout.extract.facts_scope import Scope
from scout.extract.negation import needles, search_if

_MAL = re.compile(
    r"mal(?:practice|p)?\b|med[\s-]?mal\b|professional\s+liability\b"
    r"|liability\s+(?:coverage|insurance|protection|policy|program)\b|medical\s+indemnity\b"
    r"|ftca\b|federal\s+tort\s+claims\b|self[\s-]insur\w*|captive\b"
    r"|claims[\s-]+made\b|occurrence[\s-]*(?:based\s+|form\s+)?(?:form|policy|basis|coverage)\b"
    r"|cmpa\b|(?:canadian\s+)?medical\s+protective\s+association\b"
)
_MAL_ANCHORS = (
    "mal", "med", "professional", "liability", "medical indemnity", "ftca", "federal tort", "self",
    "captive", "claims", "occurrence", "cmpa", "canadian",
)  # fmt: skip
_STRONG = re.compile(r"ftca|federal|self[\s-]insur|captive")
_NOT_COVER = re.compile(r"\s+(?:claims?|history|suits?|lawsuits?|judgments?|settlements?|actions?)\b")
_OWN = re.compile(
    r"\b(?:your|their|his|her)\s+own\b|\bbring\s+(?:your\s+)?own\b|\bon\s+you\b|\bis\s+yours\b"
    r"|\byour\s+responsibility\b|\bat\s+your\s+(?:own\s+)?(?:expense|cost)\b"
    r"|\bnot\s+(?:provided|included|covered|offered|supplied)\b|\bno\s+malpractice\b"
    r"|\bmaintains?\s+(?:their|your)\s+own\b|\b(?:must|need\s+to|required\s+to)\s+(?:carry|purchase|obtain|"
    r"maintain|provide|have|hold)\b|\byou\s+(?:pay|purchase|buy|carry)\b|\bbroker\b|\bnot\s+(?:provide|cover)\b"
    r"|\bresponsibility\s+of\s+the\s+(?:contractor|physician|radiologist|provider|reader)\b"
    r"|\b(?:physician|radiologist|doctor|contractor|provider|reader)s?(?:['’]s?)?\s+(?:responsibility|expense)\b"
    r"|\b(?:insurance|coverage|policy)\s+(?:is\s+)?required\b"
    r"|\bproof\s+of\b|\byou(?:['’]ll|\s+will)?\s+need\s+(?:a|an|to\s+carry)\b"
)
_GIVEN = re.compile(
    r"provid|\bpaid\b|\bpays?\b|\bcover|\bcarr(?:y|ies|ied)\b|includ|\bthrough\b|\bunder\b|suppl|arrang|"
    r"furnish|purchas|self[\s-]insur|ftca|federal\s+tort|captive|coverage|polic(?:y|ies)|insurance|"
    r"\bw/|\+|\byes\b|\bon\s+us\b|\bincl\b|\bwith\b|claims[\s-]+made|occurrence|reimburs"
    r"|\bfull\s+(?:med(?:ical)?\s+)?mal"
)
_TAIL = re.compile(r"\btail\b|\bextended\s+reporting\b")
_TAIL_AT = re.compile(r"tail\b|extended\s+reporting\b")
_TAIL_CONTEXT = re.compile(
    r"mal|liabil|cover|polic|insur|\bpa(?:y|ys|id)\b|purchas|provid|includ|incl\b|responsib|expense|split|"
    r"negotia|leav|depart|separat|yours|on\s+you|w/|\+|concern|yes|cost|shar|case|handl|group|employer|practice"
    r"|:\s*no\b|\bbuy|discuss|contract|\bno\s+tail\b"
)
_TAIL_MOOT = re.compile(
    r"\bno\s+(?:separate\s+|additional\s+|extra\s+)?tail\s+(?:coverage\s+|purchase\s+)?(?:is\s+)?(?:needed|required|necessary)|\btail\s+(?:is\s+)?(?:not\s+)?(?:needed|"
    r"required|necessary)\b|\b(?:don['’]?t|do\s+not|won['’]?t|will\s+not|never)\s+need\s+(?:a\s+|any\s+)?tail"
    r"|\bno\s+need\s+for\s+(?:a\s+)?tail"
    r"|\bno\s+tail\s+(?:issue|problem|worr(?:y|ies)|concern|conversation|discussion)s?\b|\bno\s+tail\s+to\s+(?:worry\s+about|think\s+about|buy|purchase|pay\s+for|sort\s+out|deal\s+with|arrange)\b"
    r"|\b(?:not|n['’]t|never)\s+need\s+to\s+(?:buy|purchase|get|carry|pay\s+for)\s+(?:a\s+|any\s+)?tail"
    # the tail of a previous job (bought out by prior-acts, "nose", coverage): not this job's tail
    r"|\btail\b[^.;\n]{0,40}\b(?:from|with|at|for)\s+(?:your\s+)?(?:current|previous|prior|former|old|existing)\s+"
    r"(?:group|practice|employer|job|position|carrier|policy)"
)
_TAIL_SHARED = re.compile(
    r"negotia\w*|\bsplit\b|\bshared?\b|\b50\s*/\s*50\b|\b50-50\b|\bhalf\s+(?:of\s+)?(?:the\s+)?(?:tail|cost)"
    r"|\bafter\s+(?:\w+\s+){0,3}(?:years?|yrs?|months?)\b|\bbefore\s+(?:\w+\s+){0,2}(?:years?|yrs?|months?)\b"
    r"|\bif\s+you\s+(?:stay|remain|complete)\b|\bcomplete\s+at\s+least\b|\bat\s+least\s+\d+\s+(?:months?|years?)"
    r"|\bminimum\s+of\s+\d+|\bafter\s+(?:becoming|making|you\s+make)\s+(?:a\s+)?partner|\bconditional\b"
    r"|\bvest\w*|\bpro[\s-]?rat\w*|\bcase[\s-]by[\s-]case\b|\bdiscuss\w*"
    r"|\bif\s+you\s+give\s+(?:\w+\s+)?notice\b|\b(?:on|for)\s+the\s+(?:1099|w-?2)\s+(?:side|track)\b"
    r"|\bfor\s+(?:the\s+)?(?:1099|w-?2)\s+(?:docs|doctors|physicians|rads|radiologists|readers|contractors|employees)\b"
    # owed or given only on a condition of tenure: "if leaving within three years", "for physicians who
    # complete three years of service"
    r"|\b(?:if|when|should)\s+(?:you\s+|they\s+|the\s+\w+\s+)?(?:leav|depart|resign|separat|terminat|exit|quit)\w*"
    r"\b[^.;\n]{0,30}?\b(?:within|before|prior\s+to|early|first|during)\b"
    r"|\b(?:leav|depart|resign|separat|terminat|exit|quit)\w*\s+(?:early|before|within|prior\s+to)\b"
    r"|\b(?:once|if|after|when)\s+you(?:['’]ve|\s+have)\s+been\s+(?:with\b|w/|here\b|there\b|on\b)"
    r"|\b(?:who|that|once\s+you|when\s+you)(?:['’]ve|\s+have)?\s+(?:complete|completes|completed|stay|stays|stayed"
    r"|remain|remains|remained|serve|serves|served)\b"
)
_TAIL_GIVEN_DESPITE_NOT = re.compile(
    r"\bnot\s+(?:your|the\s+physician['’]?s?|the\s+radiologist['’]?s?)\s+(?:concern|problem|worry|"
    r"responsibility|cost|expense)\b|\bbuilt\s+into\b"
    r"|\b(?:employer|practice|group|company|hospital|agency)['’]?s\s+(?:responsibility|expense|cost)\b"
)
_TAIL_REFUSED = re.compile(
    r"\bno\s+tail\b|\btail\s+(?:coverage\s+)?(?:is\s+)?not\s+(?:provided|included|covered|offered|paid)"
    r"|\bnot\s+(?:include|provide|cover|pay\s+for)\w*\s+(?:\w+\s+){0,2}tail"
    r"|\b(?:don|doesn|won)['’]t\s+(?:include|provide|cover|pay)\w*\s+(?:for\s+)?(?:the\s+|any\s+)?tail"
    r"|(?:physician|radiologist|doctor|contractor|provider)s?(?:['’]s?)?\s+(?:responsibility|expense|cost)"
    r"|\bis\s+yours\b|\bon\s+you\b|\byour\s+(?:own\s+)?(?:responsibility|cost|expense)\b"
    r"|\bat\s+your\s+(?:own\s+)?(?:expense|cost)\b|\b(?:carry|carries|buy|purchase)\s+(?:your|their)\s+own\b"
    r"|\btail\s+not\s+covered\b|\bnot\s+covered\b|\byou\s+(?:pay|purchase|buy)\b"
    r"|\byou(?:['’]ll|\s+will)?\s+(?:need|have)\s+to\s+(?:buy|purchase|pay\s+for|carry|obtain)\b"
    r"|\btail\s*(?:coverage)?\s*[:\-–]\s*no\b|\bresponsibility\s+of\s+the\s+(?:contractor|physician|radiologist)"
    r"|\b(?:physician|radiologist|doctor|contractor|provider|reader)s?\s+(?:purchases|buys|pays|covers|carries"
    r"|purchase|buy|pay|cover|carry)\b"
)
_TAIL_GIVEN = re.compile(
    r"includ|\bincl\b|provid|\bcover|\bpa(?:y|ys|id)\b|purchas|\bwith\b|\bw/|\+|\byes\b|\bno\s+cost\b|\bon\s+us\b"
    r"|reimburs"
)
# literal words without which the regex above cannot match (a cheap test before searching)
_OWN_NEEDLES = needles(
    "own", "on you", "yours", "responsib", "expense", "cost", "not ", "no mal", "maintain", "must", "need",
    "requir", "you ", "broker", "proof",
)  # fmt: skip
_SHARED_NEEDLES = needles(
    "negotia", "split", "share", "50", "half", "after", "before", "if you", "complete", "at least", "minimum",
    "partner", "conditional", "vest", "pro", "case", "discuss", "leav", "depart", "resign", "separat",
    "terminat", "exit", "quit", "who ", "that ", "once you", "when you", "side", "track", "for w", "for 1099",
    "for the",
)  # fmt: skip
_DESPITE_NEEDLES = needles("not ", "built into", "responsib", "expense", "cost")
_REFUSED_NEEDLES = needles(
    "no ", "not", "responsib", "expense", "cost", "yours", "on you", "own", "you ", ":", "-", "–",
    "physician", "radiologist", "doctor", "contractor", "provider", "reader",
)  # fmt: skip
_TAIL_NEEDLES = needles("tail", "extended")
_AND_TAIL = re.compile(r"\s*(?:and|&|\+|plus|w/|with)\s*(?:the\s+|its\s+)?")
_MOOT_NEEDLES = needles(
    "need", "requir", "necessary", "issue", "problem", "worr", "concern", "tail to", "current", "previous",
    "prior", "former", "old", "existing", "conversation", "discussion",
)  # fmt: skip
_CLAIMS_MADE = re.compile(r"claims[\s-]+made\b")
_OCCURRENCE = re.compile(r"occurrence\b")
_EITHER_FORM = re.compile(
    r"claims[\s-]+made\s*(?:or|/)\s*occurrence|occurrence\s*(?:or|/)\s*claims[\s-]+made"
)
_POLICY_CONTEXT = re.compile(r"polic|coverage|\bform\b|basis|based|mal|liabil|insur|tail|carrier")


def malpractice(scope: Scope) -> tuple[Malpractice, list[Quote]]:
    provided, ev_provided = _provided(scope)
    policy, ev_policy = _policy(scope)
    tail, ev_tail = _tail(scope)
    return Malpractice(provided=provided, policy=policy, tail=tail), ev_provided + ev_policy + ev_tail


def _provided(scope: Scope) -> tuple[bool | None, list[Quote]]:
    lower = scope.lower
    given: list[tuple[int, int]] = []
    own: list[tuple[int, int]] = []
    mentions = [m for m in scope.at(_MAL, _MAL_ANCHORS) if not _NOT_COVER.match(lower, m.end())]
    for m in mentions:
        if _STRONG.search(m.group()):  # FTCA, self-insurance, a captive: provided, whatever else is said
            return True, [scope.evidence("malpractice.provided", m.start(), m.end())]
    for m in mentions:
        span = (m.start(), m.end())
        start, end = scope.clause(m.start())
        # what is said about the tail is the tail's business: stop the clause at the next tail mention
        tail = search_if(_TAIL, _TAIL_NEEDLES, lower, m.end(), end)
        stop = tail.start() if tail else end
        if tail and _AND_TAIL.fullmatch(lower, m.end(), tail.start()):
            stop = end  # "malpractice and tail covered": what follows is said of both
        prev_tail = lower.rfind("tail", start, m.start())
        if prev_tail >= 0:
            start = prev_tail + 4
        body = scope.heading_body(m.start())
        if body is not None:
            start, stop = body
            body_tail = search_if(_TAIL, _TAIL_NEEDLES, lower, start, stop)
            if body_tail and body_tail.start() > start:
                stop = body_tail.start()  # the tail's own sentence under the heading is the tail's business
        if search_if(_OWN, _OWN_NEEDLES, lower, start, stop):
            own.append(span)
        elif _GIVEN.search(lower, start, stop) or scope.heading_polarity(m.start()) > 0:
            given.append(span)
        if given and own:
            break  # the first of each decides
    if own and not given:
        return False, [scope.evidence("malpractice.provided", *own[0])]
    if given and not own:
        return True, [scope.evidence("malpractice.provided", *given[0])]
    if given and own:
        first = min(given[0], own[0])
        return first == given[0], [scope.evidence("malpractice.provided", *first)]
    return None, []


def _policy(scope: Scope) -> tuple[str | None, list[Quote]]:
    lower = scope.lower
    found: list[tuple[int, int, str]] = []
    for m in scope.at(_CLAIMS_MADE, ("claims",)):
        found.append((m.start(), m.end(), "claims_made"))
    for m in scope.at(_OCCURRENCE, ("occurrence",)):
        s_start, s_end = scope.sentence(m.start())
        if _POLICY_CONTEXT.search(lower, s_start, s_end):
            found.append((m.start(), m.end(), "occurrence"))
    if not found:
        return None, []
    start, end, kind = min(found)
    if _EITHER_FORM.search(lower, max(0, start - 16), end + 20):
        return None, []  # "your own policy (claims-made or occurrence)": either form will do
    return kind, [scope.evidence("malpractice.policy", start, end)]


def _tail(scope: Scope) -> tuple[str | None, list[Quote]]:
    lower = scope.lower
    verdicts: dict[str, tuple[int, int]] = {}
    for m in scope.at(_TAIL_AT, ("tail", "extended reporting")):
        s_start, s_end = scope.sentence(m.start())
        s_start, s_end = max(s_start, m.start() - 200), min(s_end, m.end() + 200)
        if not _TAIL_CONTEXT.search(lower, s_start, s_end) or search_if(
            _TAIL_MOOT, _MOOT_NEEDLES, lower, s_start, s_end
        ):
            continue
        verdict: str | None
        if search_if(_TAIL_SHARED, _SHARED_NEEDLES, lower, s_start, s_end):
            verdict = "negotiable"
        elif search_if(_TAIL_GIVEN_DESPITE_NOT, _DESPITE_NEEDLES, lower, s_start, s_end):
            verdict = "provided"
        elif search_if(_TAIL_REFUSED, _REFUSED_NEEDLES, lower, s_start, s_end):
            verdict = "not_provided"
        elif _TAIL_GIVEN.search(lower, s_start, s_end):
            verdict = "provided"
        else:
            verdict = None
        if verdict is not None:
            verdicts.setdefault(verdict, (m.start(), m.end()))
            if verdict == "negotiable":
                break  # it outranks the others
    for verdict in ("negotiable", "not_provided", "provided"):
        if verdict in verdicts:
            return verdict, [scope.evidence("malpractice.tail", *verdicts[verdict])]
    return None, []
