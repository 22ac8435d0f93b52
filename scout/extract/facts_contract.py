"""Contract terms: home equipment, partnership track, non-compete, private-equity ownership.

Each is true, false or unsettled (None): false only when the posting says so ("bring your own
workstation", "no partnership track", "no non-compete", "physician-owned, no private equity").
"""

from __future__ import annotations

import re

from scout.extract.doc import Quote
from scout.extract.facts_scope import Scope
from scout.extract.negation import needles, negated_before, search_if

_EQUIPMENT = re.compile(
    r"work[\s-]?stations?\b|ws\b|wk?stns?\b|reading\s+(?:station|setup)s?\b|home\s+(?:station|set[\s-]?up)\b"
    r"|(?:diagnostic\s+)?set[\s-]?up\b(?=[^.\n]{0,20}monitor)|monitors?\b|displays?\b|hardware\b"
    r"|(?:home\s+)?pacs\s+(?:work)?stations?\b"
    r"|station\b(?=\s+(?:is\s+)?(?:provided|supplied|shipped|included|furnished))|eqpt\b|equip(?:ment)?\s*:"
    r"|equipment\b(?=\s+(?:is\s+|are\s+|will\s+be\s+)?(?:provided|supplied|shipped|included|furnished|installed"
    r"|stipend|allowance|budget|credit|reimbursement))|(?<=\bown\s)station\b"
    r"|(?:home|reading|radiology|computer)\s+(?:reading\s+)?equipment\b"
)
_EQUIPMENT_ANCHORS = (
    "work", "ws", "wkstn", "wstn", "reading", "home", "diagnostic", "set", "monitor", "display", "hardware",
    "eqpt", "equipment", "pacs", "station", "equip",
)  # fmt: skip
_VERB_MONITORS = re.compile(r"(?:group|we|they|team|company|it|who|which)\s+$")
_OWN_KIT = re.compile(
    r"\b(?:your|their)\s+own\b|\bbring\s+(?:your\s+)?own\b|\bbyod?\b"
    r"|\bnot\s+(?:supplied|provided|included|furnished|shipped)\b|\b(?:do|does|will)\s+not\s+(?:provide|supply|ship|furnish)\b|\b(?:don|doesn|won)['’]t\s+"
    r"(?:provide|supply|ship|furnish)\b|\bno\s+(?:workstation|hardware|equipment|monitors?)\b"
    r"|\b(?:radiologist|physician|contractor)['’]?s?\s+responsibility\b|\byour\s+responsibility\b"
    r"|\byou\s+(?:will\s+|['’]ll\s+)?(?:need|supply|provide|purchase|buy)\b"
    r"(?!\s+(?:an?\s+|the\s+|your\s+own\s+)?(?:[\w-]+\s+){0,2}(?:connection|internet|broadband|bandwidth|network|line|isp)\b)"
    r"|\bneed\s+your\b"
    r"|\bat\s+your\s+(?:own\s+)?(?:expense|cost)\b"
    r"|\byours\s+to\s+(?:supply|provide|buy|purchase|source|furnish)\b"
    r"|\bown\s+(?:[\w-]+\s+){0,2}(?:workstation|equipment|hardware|monitors?|set[\s-]?up)\s+(?:is\s+|are\s+)?"
    r"(?:required|needed|necessary|expected)\b"
    r"|\b(?:radiologist|physician|contractor|reader)[\s-]+(?:supplied|provided|owned|furnished)\b"
    r"|\b(?:supplies|provides|furnishes|brings|buys|purchases)\s+(?:their\s+|his\s+or\s+her\s+)?own\b"
)
_OWN_KIT_NEEDLES = needles(
    "own", "bring", "byo", "yours", "not ", "n't", "n’t", "no ", "responsib", "you ", "need", "expense",
    "cost", "supplied", "provided", "owned", "furnished",
)  # fmt: skip
# the employer pays toward the radiologist's own kit: "or give you $6k toward your own setup"
_FUNDED_OWN = re.compile(
    r"\b(?:toward|towards)\s+(?:your|their)\s+own\b"
    r"|\b(?:stipend|allowance)\b[^.;\n]{0,40}\b(?:your|their)\s+own\b"
    r"|\b(?:your|their)\s+own\b[^.;\n]{0,40}\b(?:stipend|allowance)\b"
    r"|\b(?:reimburse\w*|stipend|allowance)\b[^.;\n]{0,30}\btowards?\b"
    r"|\b(?:stipend|allowance|credit|budget|reimburse\w*|\$\s?[\d,.]+\s?k?)\s+(?:\w+\s+){0,2}?"
    r"(?:for|to\s+(?:buy|purchase|equip))\s+(?:your|their)\s+own\b"
    r"|\bor\s+use\s+(?:our|the|a)\s+(?:\$\s?[\d,.]+\s?k?\s+)?(?:workstation|equipment|hardware|home[\s-]office)\s+"
    r"(?:stipend|allowance|credit|budget)\b"
)
_FUNDED_OWN_NEEDLES = needles("toward", "stipend", "allowance", "credit", "budget", "reimburs", "$")
_GIVE_KIT = re.compile(
    r"provid\w*|\bship\w*|suppl(?:y|ies|ied)|furnish\w*|\bissued\b|install\w*|deliver\w*|\bloan\w*|stipend|"
    r"allowance|\bat\s+(?:our|no|practice|their|the\s+\w+['’]s)\s+(?:cost|expense)|\bexpense\b|funded|"
    r"\bset\s+up\b|\bsets\s+up\b|\bsends?\b|maintain\w*|\byes\b|\bincluded\b|\bgiven?\b|\breceive\b"
    r"|\bfor\s+your\s+home\b|\btoward\b|\breplaced\b|\bwe\s+(?:provide|ship|supply)\b|\bsupplied\b|-issued\b"
    r"|reimburs\w*|\bset\s+you\s+up\b"
)

# anchored at "partner"/"shareholder"; what comes before is read by _PARTNER_LEAD / _PARTNER_DENIED
_PARTNER = re.compile(
    r"(?:partner|shareholder)(?:ship)?[\s-]+(?:track|path)\b|path\s+to\s+(?:ownership|shareholder\w*|equity)\b"
    r"|shareholder\b"
    r"|partnership\s+(?:is\s+)?(?:offered|opportunit\w*|eligib\w*|after|at|in|potential|possible|available)\b"
    r"|partnership\s*[:\-–]\s*(?:yes|available|offered)\b|partner(?:ship)?\b"
)
_PARTNER_LEAD = re.compile(
    r"(?:\bpath\s+to|\bthen|\buntil|\btowards?|\bto|\bfor|\binto|\bof|\bfull|\bequal|\bequal-share|\bmake|"
    r"\bmaking|\bbecome|\bbecoming|\bmade)\s+(?:a\s+)?(?:full\s+|equal\s+)?$"
)
_PARTNER_MADE = re.compile(
    r"\b(?:make|making|made|become|becoming|became|becomes)\s+(?:a\s+|full\s+|equal\s+)*$"
)
_PARTNER_DENIED = re.compile(
    r"(?:\bno|\bnot\s+(?:a\s+)?|\bnon[\s-]?)\s*$"
    r"|\bno\s+longer\s+(?:offer|have|provide)s?\s+(?:an?\s+|any\s+)?(?:equity\s+)?$"
)
_PARTNER_NONE = re.compile(r"[ \t]*[:\-–|?]\s*(?:no\b|none\b|n/a\b|not\s+(?:offered|available))")
_PARTNER_ENDED = re.compile(r"[\s-]+track\s+(?:was|has\s+been|is)\s+(?:discontinued|eliminated|ended|closed)")
# "Partner in 2 yrs": the track, said in a recruiter's shorthand
_PARTNER_IN_YEARS = re.compile(
    r"\s+(?:in|after|within)\s+(?:\d+(?:\s*[-–]\s*\d+)?|one|two|three|four|five)\s*(?:yrs?|years?)\b"
)
_EMPLOYED_ONLY = re.compile(r"employed[\s-]only\b")
_INCOME = re.compile(r"[^.;\n]{0,40}\b(?:earns?|earned|makes?|made|income)\b")

_NON_COMPETE = re.compile(r"non[\s-]?compet(?:e|es|ition)\b|restrictive\s+covenants?\b")
_NO_COMPETE_AFTER = re.compile(
    r"\s*(?:clause|agreement|provision)?s?\s*(?:[:|\-–—]\s*)+(?:none|no\b|n/a)"
    # a heading, then "We don't use them." / "None."
    r"|[ \t]*:?[ \t]*\n\s*(?:(?:we|they)\s+(?:don['’]t|do\s+not|never)\s+(?:use|have|require|ask\s+for)\b"
    r"|none\b|no\b|n/a\b|not\s+(?:used|required|applicable)\b)"
)
# a denial said of one track only ("1099 agreements carry no non-compete"): a W-2 one may still be stated
_ONE_TRACK = re.compile(
    r"\b(?:1099|w-?2|contractors?|employees?|employed|part[\s-]time|locums?|per\s+diem)\b"
)
_NO_COMPETE_BEFORE = re.compile(
    r"(?:\bno|\bnot|n['’]t|\bnever|\bwithout|\bnone|\bfree\s+of)\b[\s-]*(?:[\w'’-]+\s+){0,5}$"
)

_PRIVATE_EQUITY = re.compile(
    r"private[\s-]+equity\b|growth[\s-]+equity\b"
    r"|portfolio\s+(?:company|companies|practice|platform)\s+(?:of|for|within)\s+[^.;\n]{0,50}?"
    r"\b(?:capital|equity|investors|investments|ventures|holdings|fund|funds|partners)\b"
    r"|(?:backed|owned|acquired|acquisition)\s+by\s+(?:(?!venture\b)[\w&'’.-]+\s+){1,4}?(?:capital|equity)(?:\s+partners)?\b"
    r"|(?:capital|equity|investors|fund|holdings|ventures)\s+(?:\w+\s+)?(?:bought|acquired|purchased|took|holds?)\s+"
    r"(?:an?\s+)?(?:majority|controlling|significant|minority)\s+(?:stake|interest|position)\b"
)
_PE_ANCHORS = (
    "private", "growth", "portfolio", "backed", "owned", "acquired", "acquisition", "capital", "equity",
    "investors", "fund", "holdings", "ventures",
)  # fmt: skip
_PE_ABBR = re.compile(
    r"PE\b(?=[\s-]*(?:backed|owned|firm|sponsor|money|fund|funded|deal|investors?|investment|platform|"
    r"acquisition|partner|groups?|firms|buyers?|suitors?|offers?)\b)|(?<=\bby\s)PE\b(?![\s-]*(?:CT|CTA|stud|protocol|exam|work|rule))"
    r"|(?:(?<=\bno\s)|(?<=\bNo\s)|(?<=\bnot\s)|(?<=\bNOT\s)|(?<=\bNot\s)|(?<=\bdown\s)|(?<=\baway\s)"
    r"|(?<=\bdeclined\s)|(?<=\brejected\s)|(?<=\brefused\s))PE\b"
    r"(?![\s-]*(?:CT|CTA|stud|protocol|exam|work|rule))|\(PE\)"
)
_COURTED = re.compile(
    r"\b(?:approach\w*|courted|courting|offers?|overtures?|suitors?|interest(?:ed)?|pitch\w*|knock\w*|called)\b"
)
_COURTED_NEEDLES = needles(
    "approach", "court", "offer", "overture", "suitor", "interest", "pitch", "knock", "called"
)
_SAID_NO = re.compile(
    r"\b(?:declin\w*|turned\s+(?:\w+\s+)?down|said\s+no|voted\s+(?:to\s+(?:stay|remain)|against|no)"
    r"|(?:stay|stayed|remain|remained)\s+independent|rebuff\w*|refus\w*|rejected|passed|not\s+for\s+sale)\b"
)
_SAID_NO_NEEDLES = needles(
    "declin", "down", "said no", "voted", "independent", "rebuff", "refus", "rejected", "passed", "for sale"
)
_PE_DENIED = re.compile(
    r"\b(?:no|not|never|without|unlike|independent\s+of|free\s+of|rather\s+than|instead\s+of|"
    r"turned\s+down|turned\s+away|declined|refused|rejected)\b|n['’]t\b"
)


def equipment_provided(scope: Scope) -> tuple[bool | None, list[Quote]]:
    lower = scope.lower
    given: list[tuple[int, int]] = []
    own: list[tuple[int, int]] = []
    for m in scope.at(_EQUIPMENT, _EQUIPMENT_ANCHORS):
        start, end = m.start(), m.end()
        if m.group().startswith("monitor") and _VERB_MONITORS.search(lower, max(0, start - 12), start):
            continue
        s_start, s_end = scope.sentence(start)
        s_start, s_end = max(s_start, start - 160), min(s_end, end + 160)
        polarity = scope.heading_polarity(start)
        own_kit = polarity < 0 or search_if(_OWN_KIT, _OWN_KIT_NEEDLES, lower, s_start, s_end)
        if own_kit and polarity >= 0 and search_if(_FUNDED_OWN, _FUNDED_OWN_NEEDLES, lower, s_start, s_end):
            given.append((start, end))
        elif own_kit:
            own.append((start, end))
        elif _GIVE_KIT.search(lower, s_start, s_end) or polarity > 0:
            given.append((start, end))
        if given and own:
            break  # the first of each decides
    if given and not own:
        return True, [scope.evidence("equipment_provided", *given[0])]
    if own and not given:
        return False, [scope.evidence("equipment_provided", *own[0])]
    if given and own:
        first = min(given[0], own[0])
        return first == given[0], [scope.evidence("equipment_provided", *first)]
    return None, []


def partnership_track(scope: Scope) -> tuple[bool | None, list[Quote]]:
    lower = scope.lower
    offered: list[tuple[int, int]] = []
    for m in scope.each_at(_EMPLOYED_ONLY, ("employed",)):
        return False, [scope.evidence("partnership_track", m.start(), m.end())]
    for m in scope.at(_PARTNER, ("partner", "shareholder", "path")):
        start, end = m.start(), m.end()
        word = m.group()
        c_start = scope.clause(start)[0]
        lead_lo = max(c_start, start - 30)
        if word in ("partner", "shareholder"):
            if (
                _PARTNER_MADE.search(lower, lead_lo, start) or _PARTNER_IN_YEARS.match(lower, end)
            ) and not _INCOME.match(lower, end):
                offered.append((start, end))
            continue  # "our partners", "to partner with", "Radiology Partners": not a track
        if (
            _PARTNER_DENIED.search(lower, lead_lo, start)
            or _PARTNER_ENDED.match(lower, end)
            or (word == "partnership" and _PARTNER_NONE.match(lower, end))
            or negated_before(lower, start, c_start)
        ):
            return False, [scope.evidence("partnership_track", start, end)]
        if word == "partnership" and not _PARTNER_LEAD.search(lower, lead_lo, start):
            continue
        if _INCOME.match(lower, end):
            continue  # "a partner-track associate here earns ...": someone else's pay
        offered.append((start, end))
    if offered:
        return True, [scope.evidence("partnership_track", *offered[0])]
    return None, []


def non_compete(scope: Scope) -> tuple[bool | None, list[Quote]]:
    lower = scope.lower
    stated: list[tuple[int, int]] = []
    denied: list[tuple[int, int]] = []
    for m in scope.at(_NON_COMPETE, ("non", "restrictive")):
        start, end = m.start(), m.end()
        c_start = scope.clause(start)[0]
        if _NO_COMPETE_AFTER.match(lower, end) or _NO_COMPETE_BEFORE.search(
            lower, max(c_start, start - 60), start
        ):
            if not _ONE_TRACK.search(lower, c_start, start):
                return False, [scope.evidence("non_compete", start, end)]  # a denial outranks any statement
            denied.append((start, end))
        else:
            stated.append((start, end))
    if denied and not stated:
        return False, [scope.evidence("non_compete", *denied[0])]
    if stated:
        return True, [scope.evidence("non_compete", *stated[0])]
    return None, []


def private_equity(scope: Scope) -> tuple[bool | None, list[Quote]]:
    lower = scope.lower
    spans = [(m.start(), m.end()) for m in scope.at(_PRIVATE_EQUITY, _PE_ANCHORS)]
    spans += [(m.start(), m.end()) for m in scope.at(_PE_ABBR, ("PE", "(PE"), case=True)]
    backed: list[tuple[int, int]] = []
    denied: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        c_start = scope.clause(start)[0]
        s_start, s_end = scope.sentence(start)
        if _PE_DENIED.search(lower, max(c_start, start - 70), start) or (
            search_if(_COURTED, _COURTED_NEEDLES, lower, s_start, s_end)
            and search_if(_SAID_NO, _SAID_NO_NEEDLES, lower, end, s_end)
        ):
            denied.append((start, end))  # "approached by private equity ... and declined every time"
        else:
            backed.append((start, end))
            break  # backed outranks any denial
    if backed:
        return True, [scope.evidence("private_equity", *backed[0])]
    if denied:
        return False, [scope.evidence("private_equity", *denied[0])]
    return None, []
