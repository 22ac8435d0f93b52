"""The words around an amount that make it something other than a rate: decoys, sign-ons, premiums.

Decoys (stipends, allowances, policy limits, revenue, hourly or full-time equivalents, what partners
or other radiologists earn, partnership buy-ins, market rates, referral bonuses, Medicare's conversion
factor) are never pay. A sign-on bonus is its own field. A premium written as an increment ("weekends
+$10/wRVU") is added to the base rate by `pay`. All patterns read lowercase text.
"""

from __future__ import annotations

import re


def _words(spaced: str) -> list[str]:
    """The words of a space-separated list (keeps long vocabularies readable)."""
    return spaced.split()


# Decoys are read word by word (a set lookup), phrases only when one of their words is present:
# one big alternation over every window would cost more than the rest of the extractor together.
WORD = re.compile(r"[a-z0-9$][a-z0-9'$-]*")
_DECOY_WORDS = frozenset(
    _words(
        "stipend stipends allowance allowances reimburse reimbursed reimbursement reimbursements "
        "reimbursable reimburses relocation relocate relocating relo moving cme meal meals incidental "
        "incidentals lodging travel mileage loan loans debt edrp nhsc research furniture fund funds "
        "funding referral referrals refer referring referred revenue revenues raised valuation medicare "
        "cms limit limits aggregate equivalent equiv equals corresponds correspond corresponding "
        "annualized annualised comparison comparing effective effectively elsewhere competitor "
        "competitors nationally median mgma benchmark benchmarks survey surveys averaged dues tuition "
        "scholarship differential differentials startup start-up home-office earned made compare "
        "compared versus vs worth valued premium premiums tail insurance match matching contribution "
        "contributions retirement pension 401k 401 403b 403 457b profit-sharing billed billing "
        "collections charges payer payers insurer insurers averaging equate equates equating translates "
        "annualizes annualises annualizing annualising netted grossed math"
    )
)
_DECOY_AFTER_WORDS = frozenset(
    _words(
        "stipend stipends allowance allowances reimburse reimbursed reimbursement relocation relo moving "
        "cme meal meals incidental incidentals referral referrals revenue revenues limit limits aggregate "
        "equivalent equiv loan loans research fund funds funding series medicare cms effective annualized "
        "annualised conversion national median home-office percentile mgma benchmark premium premiums "
        "match contribution contributions 401k call"
    )
)
# An amount restating the one before it: "$20,000 per 7-night block (roughly $2,850 per night)",
# "13,500 wRVUs a year, or roughly $650,000".
_RESTATED = re.compile(
    r"(?:^\s*(?:/|per|an?|each)?[\w\s.-]{0,25}\(\s*(?:roughly|about|approx\w*\.?|around|~|or|i\.?e\.?,?|that'?s"
    r"|which is|equal to|equivalent to)?|\bor (?:roughly|about|approximately|around|nearly)|\bi\.e\.,?)\s*$"
)
_FULL_TIME = r"full[- ]time (?:rate|equivalent)|full[- ]time[^.$]{0,50}\bearns?\b"
# A buy-in just before the amount ("buy-in is $75K", "a buy-in of $150,000"), unless it is denied or a
# pay label follows it ("no buy-in, salary $500K").
_BUY_IN_BEFORE = (
    r"(?<!no )(?<!without )(?<!zero )\bbuy[- ]?ins?\b"
    r"(?![^$\d]*\b(?:salary|base|pay|comp\w*|rate|guarantee\w*)\b)[^$\d.;]{0,60}$"
)
_PARTNERS = (
    r"partner\w*'? (?:average |avg |level |track )?(?:income|earnings|distributions?|compensation"
    r"|comp\b|pay\b|take[- ]home|draw\b)"
    r"|partners?'? (?:\w+ )?(?:average|avg|earn|make|made|take home|took home|cleared|pulled in|brought home)"
)
# what other radiologists earn: "their avg rad grosses $700K+", "top readers make $1.2M"
_EARNERS = (
    r"(?:avg|average|typical|top|median) (?:rad|radiologist|reader|doc|physician)s? (?:\w+ )?"
    r"(?:gross|grosses|grossed|earns?|earned|makes?|made|clears?|cleared|bills?|billed|takes? home)"
)
# what other people in the practice earn, in any words: "full-timers on our weekday team make $520k",
# "their current nighthawk makes ~$700k", "staff radiologists there earn roughly $600k" (not "new hires
# start at", nor "associates earn ... in year one": in a posting for that job, that is its pay)
_OTHERS_EARN = (
    r"(?:\b(?:rads|radiologists|docs|doctors|physicians|readers|partners|full[- ]?timers|employees|staff"
    r"|colleagues|nighthawks|nocturnists|imagers|teleradiologists|attendings|faculty|folks|everyone)"
    r"|\b(?:their|his|her|the\s+current|the\s+outgoing|the\s+previous|the\s+last)\s+(?:[\w-]+\s+)?"
    r"(?:rad|radiologist|doc|doctor|physician|reader|nighthawk|attending|guy|person)"
    r"|\bthe\s+(?:[\w-]+\s+)?(?:rad|radiologist|doc|doctor|physician|reader|person)\s+(?:who|that))\b"
    r"(?:\s+(?!you\b|your\b)[\w'’,-]+){0,6}?\s+(?:make|makes|making|made|earn|earns|earning|earned|gross"
    r"|grosses|grossed|grossing|clearing|netting|take\s+home|takes\s+home|pull(?:s|ed|ing)?\s+in|clear|clears"
    r"|cleared|average|averages"
    r"|averaged|bring(?:s)?\s+in|brought\s+in|net|nets|netted|pocket|pockets|top\s+out|land|lands|landed"
    r"|end\s+up|ends\s+up|ended\s+up|get|gets|got"
    r"|(?:are|were)\s+(?:at|north\s+of|over|above|around|about|near|closer\s+to|in\s+the))\b[^.;$]{0,25}$"
)
_THEIR_HIRES_START = (
    r"\btheir\s+(?:[\w-]+\s+){0,2}?(?:rads|radiologists|docs|doctors|physicians|readers|hires|staff)\s+"
    r"(?:start|starts|begin|begins|are\s+paid|get\s+paid|get)\b[^.;$]{0,25}$"
    # "their per-diem reader covering a maternity leave is on 1099 at $2,800/day": someone else's deal
    r"|\btheir\s+(?:[\w-]+\s+){0,2}?(?:reader|radiologist|rad|doc|doctor|physician|locum)s?\b[^.;$]{0,60}"
    r"\b(?:is|are)\s+(?:on\s+\S+\s+)?(?:at|paid)\s*$"
)
_EARN_WORDS = (
    "get gets got grossing clearing netting pulling land lands landed end ends ended make makes making "
    "made earn earns earning earned gross grosses "
    "grossed home pull pulls pulled clear "
    "clears cleared average averages averaged bring brings brought net nets netted pocket pockets top "
    "are were"
)
# Decoy phrases, each looked for only when its key word is in the window.
_PHRASE_LIST: list[tuple[str, str]] = [
    ("continuing", r"continuing (?:medical )?education"),
    ("start", r"start[- ]?up package"),
    ("home", r"home office"),
    ("series", r"series [a-f]\b"),
    ("conversion", r"conversion factor"),
    ("fee", r"fee schedule"),
    ("claim", r"per claim"),
    ("out", r"(?:pencils?|works?|comes?) out"),
    ("that's thats", r"that'?s (?:about|roughly|around|approximately|nearly|close to)|that'?s\s*~?\s*$"),
    ("market", r"in (?:this|the|your) market|market rate"),
    ("going", r"going rate"),
    ("usually typically", r"(?:usually|typically) (?:go|pay)"),
    ("industry", r"industry (?:average|standard|median|rate)"),
    ("current currently", r"your current|currently (?:make|making|earn|earning|paid|get)"),
    ("making earning", r"(?:making|earning) now"),
    ("full-time full earns earn", _FULL_TIME),
    ("would", r"would (?:be|pay|earn|come to)\b"),
    ("partner partners partners' partner's", _PARTNERS),
    ("avg average typical top median", _EARNERS),
    (_EARN_WORDS, _OTHERS_EARN),
    ("their", _THEIR_HIRES_START),
    ("comes come adds add", r"\b(?:comes?|adds?\s+up)\s+to\b"),
    ("buy buy-in buy-ins buyin", _BUY_IN_BEFORE),
    ("took", r"\btook[- ]home"),
    ("income", r"income of (?:our|the) partners"),
    ("performance", r"performance pay"),
    ("quality", r"quality (?:bonus|incentive|metrics)"),
    (
        "call",
        r"call (?:pay|pays|stipend)|\bcall (?:nights?|weekends?|shifts?|days?) (?:pay|paid|are paid)\b",
    ),  # "call is compensated at $X ..." is read over the whole sentence (pay_basis._CALL_PAID)
    ("call-backs call-back callbacks callback", r"call[- ]?backs?\b"),
    ("reference comparison context", r"\bfor (?:reference|comparison|context)\b[^.;]{0,130}$"),
    ("national", r"national (?:average|median|data|benchmark)"),
    ("or", r"\bor (?:roughly|about|approximately|around|nearly)\s*~?\s*$"),
    ("fte", r"(?:1\.0 )?fte\s*(?:=|:|is|would be)\s*$"),
    (
        "for",
        r"for (?:our|established|current|existing|senior|experienced|top) (?:\w+ )?"
        r"(?:radiologists|physicians|partners|readers|producers|earners)",
    ),
]
_PHRASES: dict[str, re.Pattern[str]] = {
    word: re.compile("|".join(f"(?:{p})" for ws, p in _PHRASE_LIST if word in ws.split()))
    for word in {w for ws, _ in _PHRASE_LIST for w in ws.split()}
}
_AFTER_TRIGGERS = frozenset(["full-time", "full", "at", "if", "fte", "home", "per"])
_DECOY_AFTER_PHRASES = re.compile(
    r"full[- ]time equivalent|at full[- ]time|if full[- ]time|fte\b(?! (?:schedule|position|role|job))"
    r"|home office|per claim"
)
_BUY_WORDS = frozenset(_words("buy buy-in buy-ins buyin"))
_BUY_IN_AFTER = re.compile(
    r"\s*(?:(?:one-time|partnership|partner|equity|capital|total|share)\s+)?(?:to\s+)?buy[- ]?ins?\b"
)
_SIGN_ON_WORDS = frozenset(["sign-on", "signon", "signing", "sign-in"])
_SIGN_ON = re.compile(
    r"sign on|sign bonus|(?:hiring|recruitment|recruiting|commencement|starting) (?:bonus|incentive)"
)
_SIGN_ON_WORD_NEAR = re.compile(r"sign-?on|signing|sign-in")
_SIGN_ON_TRIGGERS = frozenset(["sign", "hiring", "recruitment", "recruiting", "commencement", "starting"])

# A premium over the base rate on the same basis: "Weekends optional (+$10/wRVU)", "night differential
# of $25/hr", "weekends pay $10/wRVU more". `pay` adds it to the base rate; alone it is no rate.
_PLUS_BEFORE = re.compile(r"\+\s?$")
_EXTRA_BEFORE = re.compile(r"\b(?:extra|additional)\s*\+?\s?$")
_PREMIUM_WORDS = frozenset(_words("premium premiums differential differentials uplift bump"))
_SCHEDULE_CUES = frozenset(
    _words(
        "weekend weekends night nights overnight overnights evening evenings holiday holidays swing stat "
        "trauma call saturday saturdays sunday sundays"
    )
)
_PREMIUM_CUES = _PREMIUM_WORDS | _SCHEDULE_CUES
_PREMIUM_BEFORE = re.compile(
    r"\b(?:premium|differential|uplift|bump)s?\s*(?:of|is|:|-|–|=|at)?\s*(?:an? )?(?:extra |additional )?"
    r"\+?\s?$"
)
_MORE_AFTER = re.compile(
    r"\s*(?:(?:/|per\b|an?\b)\s*[\w-]+(?:\s+(?!for\b|of\b|on\b|in\b|at\b)[\w-]+)?\s*)?"
    r"(?:more|on top|higher|premium|differential|uplift|bump|over (?:the )?base)\b"
)
# A rate past a volume threshold is a productivity rate, not a premium: "(+$40/wRVU over 12,000)".
_THRESHOLD_AFTER = re.compile(
    r"\s*(?:(?:/|per\b|an?\b)\s*[\w-]+(?:\s+[\w-]+)?\s*)?(?:over|above|beyond|past|after|exceeding"
    r"|in excess of)\s+~?\d"
)


def is_increment(lead: str, lead_set: set[str], tail: str, tail_set: set[str]) -> bool:
    """Whether an amount is a premium over the base rate: "(+$10/wRVU)", "weekends +$10", "$10/hr more"."""
    plus = "+" in lead[-3:] and _PLUS_BEFORE.search(lead[-3:]) is not None
    extra = ("extra" in lead_set or "additional" in lead_set) and _EXTRA_BEFORE.search(lead[-20:]) is not None
    if not (plus or extra or lead_set & _PREMIUM_CUES) or _THRESHOLD_AFTER.match(tail):
        return False  # most amounts: no "+", no premium or schedule word before them
    if extra and (lead_set | tail_set) & _SCHEDULE_CUES:
        return True  # "plus an extra $10/wRVU on weekends"
    more_after = _MORE_AFTER.match(tail) is not None
    if plus:  # `lead` is the whole clause: the words before the "+" count
        before = set(WORD.findall(lead[-40:]))
        return "(" in lead[-3:] or bool(before & _PREMIUM_CUES) or more_after
    if lead_set & _PREMIUM_WORDS and _PREMIUM_BEFORE.search(lead[-40:]):
        return bool((lead_set | tail_set) & _SCHEDULE_CUES or "shift" in lead_set)  # not an insurance premium
    return bool(lead_set & _SCHEDULE_CUES) and more_after


_HOURS_BILLED = re.compile(r"\b(?:hours?|hrs?|time)\b[^.;$]{0,40}\bbilled\s+at\s*$")
_VALUED = frozenset(("valued", "worth"))
_COMPENSATION_VALUED = re.compile(
    r"\b(?:compensation|comp|pay)(?:\s+package)?\s+(?:is\s+)?(?:valued|worth)\s+(?:at\s+)?"
    r"(?:~|about|approximately|around|roughly)?\s*$"
)


def is_restated(lead: str) -> bool:
    """Whether an amount restates the one before it ("(roughly $2,850 per night)", "or about $650,000")."""
    return ("(" in lead or " or " in lead or "i.e" in lead) and bool(_RESTATED.search(lead))


def is_decoy(lead: str, lead_set: set[str], tail: str, tail_set: set[str], premium: bool = False) -> bool:
    """Whether the words around an amount make it a stipend, a limit, an equivalent or someone else's pay.

    With `premium` (the amount is a weekend premium or night differential) those words are no decoy.
    """
    if premium:
        lead_set, tail_set = lead_set - _PREMIUM_WORDS, tail_set - _PREMIUM_WORDS
    if "billed" in lead_set and _HOURS_BILLED.search(lead[-60:]):
        lead_set = lead_set - {"billed"}  # "time past 10 hours in a day billed at $325/hr": an overtime rate
    if lead_set & _VALUED and _COMPENSATION_VALUED.search(lead[-60:]):
        lead_set = lead_set - _VALUED  # "total compensation package valued at $725K": the job's own total
    if lead_set & _DECOY_WORDS or any(_PHRASES[word].search(lead) for word in lead_set & _PHRASES.keys()):
        return True
    if tail_set & _BUY_WORDS and _BUY_IN_AFTER.match(tail):
        return True  # "$100K buy-in", "$150,000 to buy in": a cost, never pay
    return bool(
        tail_set & _DECOY_AFTER_WORDS or (tail_set & _AFTER_TRIGGERS and _DECOY_AFTER_PHRASES.search(tail))
    )


def is_sign_on(window: str, words: set[str]) -> bool:
    """Whether a window (and its set of words) names a sign-on or hiring bonus."""
    if words & _SIGN_ON_WORDS:
        return _SIGN_ON_WORD_NEAR.search(window[-60:]) is not None
    return bool(words & _SIGN_ON_TRIGGERS and _SIGN_ON.search(window[-60:]))
