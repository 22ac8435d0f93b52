"""Licensing: who pays licence fees, whether the IMLC is usable, and the states named as licences.

A state counts only in a licensing context ("TX, OK and LA licenses required", "licensed in
Georgia", "Need CA or NY on day one"); a state named as the job's or the company's location does
not. Codes that double as words or abbreviations (IN, OR, ME, OK, CT the scan or Central Time, MD
the degree) count only inside a list of states or right beside a licence word.
"""

from __future__ import annotations

import re

from scout.extract.contract import Licensing
from scout.extract.doc import Quote
from scout.extract.facts_scope import Scope
from scout.extract.negation import needles, negated_before, search_if
from scout.extract.states import AMBIGUOUS_CODES, CODES, NAME_TO_CODE, STRICT_CODES, code_for

_LIC = re.compile(r"\blicen[cs]\w*|\blic\b|\bcredential\w*|\bregistration\b")
_LIC_AT = re.compile(r"licen[cs]\w*|lic\b\.?|credential\w*|registration\b")
_FEE = re.compile(r"fees?\b|costs?\b")
_PAID = re.compile(
    r"\bpa(?:y|ys|id|ying)\b|\breimburs\w*|\bcover(?:s|ed|ing)?\b(?!\s+(?:an?|the|our|their|your)\s+"
    r"(?:client|hospital|site|facilit|state|region))"
    r"|\bat\s+(?:our|their|no|the\s+[\w']+|(?:the\s+)?(?:company|employer|agency|group|practice)['’]?s?)\s+"
    r"(?:cost|expense)"
    r"|\bon\s+us\b|\bstipend\b|\bno\s+(?:cost|charge)\b|\bfree\s+of\s+charge\b|\babsorb\w*|\bexpensed\b"
    r"|\bincluding\s+fees\b|\bpayment\s+of\b|\bon\s+(?:their|our|the\s+(?:company|group|practice)['’]s)\s+dime\b"
)
_FOLLOW_UP = re.compile(
    r"\s*(?:(?:all\s+)?(?:costs?|fees?)\s+(?:are\s+|is\s+)?(?:reimbursed|covered|paid)\b"
    r"|(?:(?:we|they)\s+(?:add|obtain|get|sponsor)\s+)?(?:any\s+|all\s+)?(?:more|others|the\s+others|the\s+rest"
    r"|the\s+remainder|additional\s+\w+)\s+(?:are\s+|will\s+be\s+)?(?:obtained\s+|added\s+|acquired\s+)?at\s+"
    r"(?:our|their|(?:the\s+)?(?:company|employer|group|practice|agency)['’]?s?)\s+(?:cost|expense))[^;.\n]{0,60}"
    r"|\s*(?:and\s+)?(?:we|they|the\s+\w+|(?:company|employer|agency|group|practice|client|hospital))"
    r"(?:['’]ll|\s+will)?\s+(?:[\w'’-]+\s+){0,5}?(?:pay|reimburse|cover)\w*\b"
    r"[^;.\n]{0,60}"
)
# the next sentence, on the same line, saying who pays: "AZ + NV licenses needed. You pay up front, we
# reimburse after 6 months."
_NEXT_SENTENCE_PAID = re.compile(
    r"[ \t]{0,3}[^.;\n]{0,40}?\b(?:we|they)\s+(?:obtain|get|add|handle)\b[^.;\n]{0,30}?"
    r"\bat\s+(?:our|their)\s+(?:expense|cost)\b[^.;\n]{0,40}"  # "We obtain the rest at our expense"
    r"|[ \t]{0,3}[^.;\n]{0,40}?\b(?:we|they)(?:['’]ll|\s+will)?\s+(?:pay|reimburse|cover)\w*\b"
    r"(?:\s+(?:for\s+)?(?:it|them|those|these|that|the\s+(?:fees?|costs?|licen\w*)|all|fees|costs"
    r"|(?:any\s+|all\s+)?(?:additional|other|more|new|extra)\s+(?:states|licen\w*))\b)?"
    r"(?=\s*(?:[.;,\n]|$|after|within|once|when|up\s+to|in\s+full|100))[^.;\n]{0,40}"
)
# "they'll pay for any add'l states": a licence fee said without the word licence
_PAYS_FOR_STATES = re.compile(
    r"(?:pay|pays|cover|covers|reimburse|reimburses)\s+(?:for\s+)?(?:the\s+)?(?:any\s+|all\s+)?"
    r"(?:add['’]?l|addl|additional|other|extra|new|more)\s+states\b"
)
_PAID_LATER = re.compile(r"\b(?:we|they)(?:['’]ll|\s+will)?\s+reimburse")
# "need 8+ states in yr 1, we pay": licences counted, not named
_STATE_COUNT = re.compile(r"states\b")
_COUNTED_BEFORE = re.compile(
    r"\b(?:need|needs|needed|require[sd]?|hold|obtain|get|licensed\s+in|licenses?\s+in|licensure\s+in)\s+"
    r"(?:\w+\s+)?(?:\d{1,2}\+?|multiple|several|additional|extra|more)\s+(?:more\s+|additional\s+)?$"
)
_LICENCE_LINE = re.compile(r"\W*(?:lic|licen[cs]\w*|licensure|licensing)\s*[:\-–]")
_UNPAID = re.compile(
    r"\b(?:fees?|costs?)\s+(?:are|is)\s+(?:yours|your\s+responsibility|on\s+you"
    r"|on\s+the\s+(?:reader|physician|radiologist|contractor|doctor|provider))\b|\byours\s+to\s+pay\b"
    r"|\bresponsible\s+for\s+(?:their|your|his|her)\s+own\b|\bat\s+your\s+(?:own\s+)?(?:expense|cost)\b"
    r"|\byou\s+pay\b|\bnot\s+(?:paid|reimbursed|covered)\b|\b(?:do|does|will)\s+not\s+(?:pay|reimburse|cover)\b"
    r"|\b(?:don|doesn|won)['’]t\s+(?:pay|reimburse|cover)\b|\bunpaid\b|\bout\s+of\s+pocket\b"
    r"|\byour\s+own\s+(?:licen\w*|fees?)\b|\bphysician\s+pays\b"
    r"|\b(?:reader|physician|radiologist|contractor|doctor)['’]?s?\s+(?:responsibility|expense|cost)\b"
)
_LIC_NEEDLES = needles("lic", "credential", "registration")
_HELP_AFTER = re.compile(r"\s+(?:support|assistance|help|guidance)\b")
_LICENCE_HEADING = re.compile(r"(?:state\s+)?(?:licen[cs]\w*|licensure)(?:\s+(?:&|and)\s+\w+)?")
_UNPAID_NEEDLES = needles(
    "yours", "responsib", "expense", "cost", "you pay", "not ", "n't", "n’t", "unpaid", "pocket", "own",
    "physician pays", "on you", "on the",
)  # fmt: skip
_IMLC = re.compile(r"imlc\b|interstate\s+medical\s+licens\w*\s+compact\b|compact\b")
_COMPACT_CONTEXT = re.compile(r"licen|\bstate|imlc|interstate|\blic\b")
_IMLC_REFUSED_AFTER = re.compile(
    r"[\w\s()-]{0,12}?\b(?:won['’]?t|will\s+not|isn['’]?t|is\s+not|does\s+not|doesn['’]?t|cannot|can['’]?t|not)\b"
    r"\s+(?:help|be\s+used|usable|accepted|available|an\s+option|apply|work|recogni[sz]ed|valid|used|"
    r"supported|an\s+avenue|a\s+route)"
)
_IMLC_REFUSED_BEFORE = re.compile(
    r"\b(?:unable\s+to|cannot|can['’]?t|do\s+not|don['’]?t|does\s+not|doesn['’]?t|not\s+able\s+to|won['’]?t)"
    r"\s+(?:currently\s+)?(?:use|accept|support|participate\s+in|recogni[sz]e|process|go\s+through|work\s+with)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:the\s+)?$"
    r"|\bnot\s+(?:a\s+)?(?:member|part|participant)\s+(?:of|in)\s+(?:the\s+)?$"
)
_THROUGH_THE = ("through the ", "via the ", "use the ", "using the ", "under the ")
_STRONG_CUES = ("lic", "imlc", "compact")
MAX_TOKENS = 400  # state names in any real posting number a few dozen; this keeps odd input linear
_CUES = (
    "need", "requir", "hold", "active", "one of", "two of", "three of", "must have",
    "prefer", "plus", "req'd", "req’d", "helpful", "ideal", "day one", "to start", "love", "nice", "holder",
    "willing",
)  # fmt: skip
_STATE_LIC = re.compile(r"licen[cs]\w*|\blic\b|\blic\.|\blicensure\b|\bimlc\b|\bcompact\b")
_STATE_LIC_NEEDLES = needles("lic", "imlc", "compact")
_GLUE = re.compile(r"\s*(?:,|/|\+|&)?\s*(?:(?:and/or|and|or|nor)\s+)?")
_WEAK_BEFORE = re.compile(
    r"(?:\bneed(?:s|ed)?|\brequire[sd]?|\bhold(?:ing)?|\bactive|\bone\s+of|\btwo\s+of|\bthree\s+of|\bsponsor(?:s|ed|ing)?|"
    r"\bmust\s+(?:have|hold)|\b(?:\d|two|three|four)\s+of(?:\s+the)?(?:\s+(?:\d|two|three|four|five|six|following))?"
    r"|(?:['’]d|\bwould)\s+love|\bwilling\s+to\s+(?:get|obtain|acquire))"
    r"[\s:]*(?:at\s+least\s+)?(?:either\s+|both\s+)?$"
)
_WEAK_AFTER = re.compile(
    r"\s*(?:(?:also|strongly|highly|are|is|especially|particularly|very|most|extremely)\s+){0,2}"
    r"(?:on\s+day\s+one|to\s+start|required|needed|preferred|a\s+plus|req['’]?d|helpful|ideal|as\s+well|active"
    r"|nice\s+to\s+have|within\s+\d+\s+(?:days|months)|would\s+be\s+(?:nice|great|helpful|a\s+plus|ideal)"
    r"|(?:license\s+)?holders?"
    r"|(?:\+|and|&|plus)\s+(?:a\s+)?(?:handful|few|couple|number)\s+(?:of\s+)?(?:other\s+|more\s+)?states)\b"
)
_LOCATION_BEFORE = re.compile(
    r"(?:hospitals?|facilit\w+|clinics?|cent(?:er|re)s?|sites?|practices?|offices?|located|based|"
    r"headquartered|serving|serves|throughout|across|region|communities|cities|towns?|area|clients?|"
    r"eds|campus\w*|affiliate|operations?)\s+(?:[\w-]+\s+){0,3}?(?:in|of|across|throughout|near)\s+"
    r"(?:the\s+)?(?:state\s+of\s+)?$|\bin\s+(?:rural|western|eastern|northern|southern|central|upstate|"
    r"downstate|northwest|northeast|southwest|southeast)\s+$"
)
_LICENCE_AFTER = re.compile(r"\s*(?:medical\s+)?(?:licen|lic\b)")
_LICENCE_BEFORE = re.compile(r"(?:licen[cs]\w*|\blic\.?)\s*(?:in|:)?\s*$")
_ANY_STATE = re.compile(r"\bany\s+(?:u\.?s\.?\s+)?state\b")
_NAME_BEFORE_NOT_STATE = re.compile(r"(?:\blake|\buniversity\s+of|\bgulf\s+of|\bbank\s+of|\bmount)\s+$")
_NAME_AFTER_NOT_STATE = re.compile(
    r"\s+(?:University|College|City|Street|Avenue|Coast|Health|Medical|Valley|Hospital|Radiology|Imaging|"
    r"Clinic|County|River|Beach|Road|Parkway|Blvd|Partners|Associates|Group)\b|-(?:based|headquartered)\b"
)
_LOWERCASE_AFTER_NAME = re.compile(r"\s+(?:hospital|clinic|site|facility|campus)s?\b")


def licensing(scope: Scope) -> tuple[Licensing, list[Quote]]:
    states, ev_states = _states(scope)
    paid, ev_paid = _paid(scope, [(q.start, q.end) for q in ev_states])
    imlc, ev_imlc = _imlc(scope)
    return Licensing(paid=paid, imlc=imlc, states=states), ev_paid + ev_imlc + ev_states


def _paid(scope: Scope, named_states: list[tuple[int, int]]) -> tuple[bool | None, list[Quote]]:
    """Who pays for licences, read where a licence, a counted or named licensing state, or a fee
    beside a licence is mentioned ("Need TX and LA to start; they pay for those")."""
    lower = scope.lower
    yes: list[tuple[int, int]] = []
    no: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    mentions = [(m.start(), m.end()) for m in scope.at(_LIC_AT, ("lic", "credential", "registration"))]
    mentions += named_states
    for m in scope.at(_STATE_COUNT, ("states",)):
        if _COUNTED_BEFORE.search(lower, max(0, m.start() - 40), m.start()):
            mentions.append((m.start(), m.end()))
    for m in scope.at(_FEE, ("fee", "cost")):
        s_start, s_end = scope.sentence(m.start())
        if search_if(_LIC, _LIC_NEEDLES, lower, s_start, s_end):
            continue  # the licence mention in this sentence is read already
        l_start, l_end = scope.line(m.start())
        if search_if(_LIC, _LIC_NEEDLES, lower, max(l_start, m.start() - 300), m.start()):
            mentions.append((m.start(), m.end()))
    for m in scope.at(_PAYS_FOR_STATES, ("pay", "pays", "cover", "covers", "reimburse", "reimburses")):
        if not negated_before(lower, m.start(), scope.clause(m.start())[0]):
            return True, [scope.evidence("licensing.paid", m.start(), m.end())]
    for start, end in sorted(mentions):
        l_start, l_end = scope.line(start)
        if _LICENCE_LINE.match(lower, l_start):
            c_start, c_end = l_start, min(l_end, l_start + 400)
        else:
            c_start, c_end = scope.clause(start)
            c_start = max(c_start, start - 80)
            follow = (
                _FOLLOW_UP.match(lower, c_end + 1) if c_end < len(lower) and lower[c_end] == ";" else None
            )
            if follow is None and c_end < len(lower) and lower[c_end] == ".":
                follow = _NEXT_SENTENCE_PAID.match(lower, c_end + 1)
            if follow is not None:  # "NY license preferred; we'll pay for any additional states"
                c_end = follow.end()
            elif c_end > end + 80:
                c_end = end + 80
        if (c_start, c_end) in seen:
            continue
        seen.add((c_start, c_end))
        unpaid = search_if(_UNPAID, _UNPAID_NEEDLES, lower, c_start, c_end)
        if unpaid and not (
            unpaid.group().startswith("you") and _PAID_LATER.search(lower, unpaid.end(), c_end)
        ):
            no.append((start, end))
        elif _PAID.search(lower, c_start, c_end) or (
            scope.heading_polarity(start) > 0 and not _HELP_AFTER.match(lower, end)
        ):  # "What we offer: - Licensing"; but "- Licensing support" need not mean the fees
            yes.append((start, end))
            break  # the first mention that says so settles it
    if yes:
        return True, [scope.evidence("licensing.paid", *yes[0])]
    if no:
        return False, [scope.evidence("licensing.paid", *no[0])]
    return None, []


def _imlc(scope: Scope) -> tuple[bool, list[Quote]]:
    lower = scope.lower
    usable: list[tuple[int, int]] = []
    refused: list[tuple[int, int]] = []
    for m in scope.at(_IMLC, ("imlc", "compact", "interstate")):
        start, end = m.start(), m.end()
        if m.group() == "compact":
            line_start = scope.line(start)[0]  # "Licenses: need TX + LA; they pay, and use the compact"
            near = lower[max(0, min(start - 40, max(line_start, start - 120))) : end + 40]
            through = lower.endswith(_THROUGH_THE, max(0, start - 12), start)  # "through the compact"
            if not _COMPACT_CONTEXT.search(near) and scope.text[start] != "C" and not through:
                continue
        c_start, _ = scope.clause(start)
        if (
            _IMLC_REFUSED_AFTER.match(lower, end)
            or _IMLC_REFUSED_BEFORE.search(lower, max(c_start, start - 64), start)
            or negated_before(lower, start, c_start)
        ):
            refused.append((start, end))
        else:
            usable.append((start, end))
            break  # usable anywhere settles it
    if usable:
        return True, [scope.evidence("licensing.imlc", *usable[0])]
    if refused:
        return False, [scope.evidence("licensing.imlc", *refused[0])]
    return False, []


def _states(scope: Scope) -> tuple[list[str], list[Quote]]:
    tokens = _state_tokens(scope)
    codes: list[str] = []
    evidence: list[Quote] = []
    for group in _groups(scope.lower, tokens):
        if not _licensing_group(scope, group):
            continue
        for start, end, code in group:
            lone = code in AMBIGUOUS_CODES and scope.text[start:end] == code and len(group) == 1
            if lone and not (
                _beside_licence(scope.lower, start, end, code)
                or _LICENCE_LINE.match(scope.lower, scope.line(start)[0])  # "Licensure: need CO."
            ):
                continue
            if code not in codes:  # one evidence span per state: its first licensing mention
                codes.append(code)
                evidence.append(scope.evidence("licensing.states", start, end))
    return codes, evidence


def _state_tokens(scope: Scope) -> list[tuple[int, int, str]]:
    """State names and codes within reach of a licence or requirement word ("need", "preferred")."""
    text, lower = scope.text, scope.lower
    reach = [(p, 220) for cue in _STRONG_CUES for p in scope.positions(cue)]
    reach += [(p, 50) for cue in _CUES for p in scope.positions(cue)]
    if not reach:
        return []
    reach.sort()
    spans: list[tuple[int, int]] = []
    for cue, width in reach:  # windows around the cues (wide for licence words), merged
        lo, hi = max(0, cue - width), min(len(text), cue + width + 30)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    found: list[tuple[int, int, str]] = []
    for lo, hi in spans:
        if len(found) >= MAX_TOKENS:
            break
        for m in _STATE_TOKEN.finditer(text, lo, hi):
            start, end = m.start(), m.end()
            word = m.group()
            ok = _code_bounded(text, start, end) if len(word) == 2 else _bounded(text, start, end)
            if ok:
                found.append((start, end, NAME_TO_CODE.get(word, word)))
                if len(found) >= MAX_TOKENS:
                    break
    found.sort(key=lambda t: (t[0], -t[1]))
    tokens: list[tuple[int, int, str]] = []
    shouting: dict[int, bool] = {}
    for start, end, code in found:
        if tokens and start < tokens[-1][1]:
            continue  # "Virginia" inside "West Virginia"
        if text[start:end] == code:
            line_start = scope.line(start)[0]
            if line_start not in shouting:
                shouting[line_start] = _shouting(scope, start)
            if shouting[line_start] or _after_city(text, start):
                continue
        else:
            if _NAME_BEFORE_NOT_STATE.search(lower, max(0, start - 20), start):
                continue
            if _NAME_AFTER_NOT_STATE.match(text, end) or _LOWERCASE_AFTER_NAME.match(text, end):
                continue
        tokens.append((start, end, code))
    return tokens


def _grouped(words: list[str]) -> str:
    """An alternation grouped by first letter, longest first: far faster for the regex engine."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in sorted(by_first.items()))


_STATE_TOKEN = re.compile(r"(?:" + _grouped([*NAME_TO_CODE, *CODES]) + r")(?![A-Za-z])")


def _bounded(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def _code_bounded(text: str, start: int, end: int) -> bool:
    """A two-letter code standing alone: not inside "INTERVENTIONAL", "U.S.", "M&A" or "CT-guided"."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.&-"):
        return False
    if end < len(text):
        nxt = text[end]
        if nxt.isalnum() or nxt in "_&'’-":
            return False
        if nxt == "." and end + 1 < len(text) and text[end + 1].isalnum():
            return False
    return True


def _shouting(scope: Scope, pos: int) -> bool:
    """An all-capitals line ("LOCUMS IN TEXAS OR OKLAHOMA") where codes are just words."""
    start, end = scope.line(pos)
    line = scope.text[start:end]
    if line.isascii():  # counted by str.count at C speed: capitals as "U", small letters as "l"
        cased = line.translate(_CASES)
        upper = cased.count("U")
        letters = upper + cased.count("l")
    else:
        letters = sum(map(str.isalpha, line))
        upper = sum(1 for c in line if c.isalpha() and c.isupper())
    if letters < 12:
        return False
    return upper / letters > 0.7 and not _STATE_LIC.search(scope.lower, start, end)


_CASES = {i: ord("U") if chr(i).isupper() else ord("l") if chr(i).isalpha() else 32 for i in range(128)}


def _after_city(text: str, start: int) -> bool:
    """A code right after a place name and a comma ("Boise, ID", "Lakewood, CO") is a location."""
    if not text.endswith(", ", 0, start):
        return False
    word_end = start - 2
    word_start = word_end
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] in ".'"):
        word_start -= 1
    word = text[word_start:word_end]
    return bool(word) and word[0].isupper() and not word.isupper() and code_for(word) is None


def _groups(lower: str, tokens: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    groups: list[list[tuple[int, int, str]]] = []
    for token in tokens:
        if groups:
            prev_end = groups[-1][-1][1]
            gap_ok = token[0] - prev_end <= 8 and _GLUE.fullmatch(lower, prev_end, token[0]) is not None
            if gap_ok:
                groups[-1].append(token)
                continue
        groups.append([token])
    return groups


def _licensing_group(scope: Scope, group: list[tuple[int, int, str]]) -> bool:
    lower = scope.lower
    start, end = group[0][0], group[-1][1]
    c_start, c_end = scope.clause(start)
    c_end = max(c_end, scope.clause(end)[1]) if end < len(lower) else c_end
    before_lo = max(c_start, start - 90)
    if _ANY_STATE.search(lower, max(c_start, start - 60), start):
        return False
    near_before = lower[max(c_start, start - 40) : start]
    if _LOCATION_BEFORE.search(near_before) and not re.search(
        r"(?:licen\w*|practice\s+medicine)\s+in\s+(?:the\s+state\s+of\s+)?$", near_before
    ):
        return False
    if search_if(_STATE_LIC, _STATE_LIC_NEEDLES, lower, before_lo, start) or search_if(
        _STATE_LIC, _STATE_LIC_NEEDLES, lower, end, min(c_end, end + 70)
    ):
        return True
    if _WEAK_BEFORE.search(lower, max(c_start, start - 25), start):
        return True
    return _WEAK_AFTER.match(lower, end) is not None or _under_licence_heading(scope, start)


def _under_licence_heading(scope: Scope, pos: int) -> bool:
    """The paragraph at `pos` sits right under a "LICENSING" heading line ("Our biggest needs right
    now are California, Illinois and Michigan")."""
    lower = scope.lower
    start = scope.line(pos)[0]
    above = lower.rfind("\n", max(0, start - 400), max(0, start - 1))
    heading = lower[above + 1 : max(0, start - 1)].strip(" \t:")
    return bool(heading) and len(heading) <= 32 and _LICENCE_HEADING.fullmatch(heading) is not None


def _beside_licence(lower: str, start: int, end: int, code: str) -> bool:
    """An ambiguous code right beside a licence word: "VA license", "OH lic", "licensed in CT";
    the milder ones also beside a requirement word ("GA preferred", "need SC")."""
    after = lower[end : end + 14]
    before = lower[max(0, start - 16) : start]
    if _LICENCE_AFTER.match(after) or _LICENCE_BEFORE.search(before):
        return True
    if code in STRICT_CODES:
        return False
    return bool(_WEAK_AFTER.match(lower, end) or _WEAK_BEFORE.search(lower, max(0, start - 25), start))
