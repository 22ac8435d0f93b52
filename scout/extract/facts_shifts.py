"""Shift types: overnight, day, evening, weekend, flexible (self-scheduled).

Words ("nights", "swing", "Sat/Sun", "weekday days") and clock ranges ("10p-8a", "2:00 p.m. –
11:00 p.m.") both count. A shift type does not count when it is negated ("no nights, no weekends"),
done by someone else ("overnight reads go to an outside nighthawk service") or withdrawn ("... is
being studied, but it is not part of this appointment"). A rotation pattern (7on/7off) is not a type.
"""

from __future__ import annotations

import re

from scout.extract.doc import Quote
from scout.extract.facts_scope import Scope
from scout.extract.facts_work import other_people, others_sentence
from scout.extract.negation import done_by_others, needles, negated_items, search_if, withdrawn

ORDER = ("overnight", "day", "evening", "weekend", "flexible")

# Each pattern starts at one of its anchors (Scope.at tries it only there).
_TERMS: dict[str, re.Pattern[str]] = {
    "overnight": re.compile(
        r"overnights?\b|nights\b|night[\s-]?(?:shifts?|blocks?|lines?|team|pod|coverage|reads?|reader|rate|"
        r"differential|tour|hawks?|float|position|role)\b|nighthawk\w*|nocturn\w*|graveyard\b|night\s*\(|night\b"
        r"|(?:third|3rd)\s+shift\b|noc\b"
    ),
    "evening": re.compile(
        r"evenings?\b|swing\b|eve\s+shifts?\b|(?:second|2nd)\s+shift\b|late[\s-]+(?:shifts?|readers?)\b"
        r"|pm\s+shifts?\b"
    ),
    "weekend": re.compile(
        r"weekends?\b|wknds?\b|wkends?\b|sat(?:urday)?s?\s*(?:/|\+|&|and|-)\s*sun(?:day)?s?\b|saturdays?\b"
        r"|sat\b(?=\s*\d{1,2}(?::\d\d)?\s*(?:a|p|am|pm)?\s*[-–])"
        r"|(?:thu(?:rs?)?(?:day)?|fri(?:day)?)\s*(?:-|–|—|to|through|thru|/)\s*(?:sat(?:urday)?\s*[-–/]\s*)?sun(?:day)?\b"
        r"|fri(?:day)?s?\s*(?:/|\+|&|and)\s*sat(?:urday)?s?\b"
    ),
    "day": re.compile(
        r"(?<!-)(?<!\d\s)day[\s-]?(?:shifts?|lines?|tours?|schedules?|worklists?|reads|coverage|hours|"
        r"service|blocks?|team|rotation|only)\b|daytime\b|day-time\b|business\s+hours\b"
        r"|(?:weekday|weekend|wknd|mon[\s-]*(?:-|–|to|through|thru)\s*fri|m-f|sat(?:urday)?/sun(?:day)?)"
        r"\s+days?\b|days\s+only\b|(?:shift|shifts|schedule)\s*[:|]\s*(?:weekday\s+)?days?\b"
        r"|(?<!-)(?<!\d\s)days?\b(?=\s*(?:,|or|and|/|&)\s*(?:evenings?|swing|nights?|overnights?)\b)"
        r"|(?<!-)(?<!\d\s)day\b(?=\s*(?:\(|\|))"
        r"|(?<!-)(?<!\d\s)days?\s+(?:position|role|opening)\b"
        r"|(?<!-)(?<!\d\s)days\b(?=\s*,\s*(?:m\s*[-–]\s*f|mon(?:day)?\s*[-–]\s*fri))"
    ),
}
_ANCHORS: dict[str, tuple[str, ...]] = {
    "overnight": ("overnight", "night", "nocturn", "graveyard", "third", "3rd", "noc"),
    "evening": ("evening", "swing", "eve", "second", "2nd", "late", "pm"),
    "weekend": ("weekend", "wknd", "wkend", "sat", "thu", "thur", "thurs", "thursday", "fri", "friday"),
    "day": (
        "day",
        "weekday",
        "weekend",
        "wknd",
        "mon",
        "m-f",
        "sat",
        "shift",
        "schedule",
        "business",
    ),
}
# a bare "night" counts after these: "a typical night", "per 10-hr night", "US night"
_NIGHT_LEAD = re.compile(
    r"(?:\b(?:per|a|each|every|typical|one|the|average|avg|us|american|weekday|weekend|low-volume|busy)"
    r"|\d+-(?:hr|hour))\s+$|\b(?:day|evening|swing)s?\s*/\s*$"
)
_ORDINAL_LEAD = re.compile(r"\b(?:your|the|my|a|each|every|their)\s+$")
_FLEXIBLE_ANCHORS = (
    "self", "set", "choose", "pick", "select", "you", "read", "work", "when", "flexible", "no", "sign",
    "hours", "claim", "make", "create", "build", "control", "design", "shift", "open", "flex", "sets",
    "as many", "as few", "schedule", "schedules", "shifts", "picked", "whenever",
)  # fmt: skip
# a comma that only continues a list of shift types ("evenings, nights and weekends are covered by"), not a
# new clause about another one ("..., and overnight interpretations are sent to a service")
_SHIFT_WORD = re.compile(
    r"\s*(?:and\s+|or\s+|&\s+)?(?:overnights?|nights?|evenings?|swing|weekends?|wknds?|days?|daytime)\b"
    r"(?=\s*(?:,|and\b|or\b|&|/|;|\.|\)|$|(?:shifts?|coverage)\s*(?:,|and\b|or\b|&|/)))"
)
_SUBCLAUSE_STOP = re.compile(r"[,():]")
_LABEL_NOUNS = frozenset(("", "coverage", "reads", "work", "studies", "shifts", "shift"))
_NOT_A_SHIFT = re.compile(
    r"(?:same|any|whether)\s+(?:time\s+of\s+)?day\s+or\s+night|day\s+or\s+night(?!\s+shift)"
    r"|(?:their|your|my|our)\s+(?:\w+\s+)?daytime|evenings?\s+(?:are|is|work)\s+(?:best|good|better|fine)"
    r"|evenings?\s+work\s+(?:on\s+my\s+end|for\s+(?:me|them|us|him|her))"
    r"|\b(?:during|in|into)\s+your\s+(?:local\s+)?(?:morning|afternoon|day)(?:\s+and\s+evening)?\b"
    r"|\byour\s+(?:local\s+)?(?:morning|afternoon)\s+and\s+evening\b"
    r"|nights?\s+off\b|\bit(?:\s+i|['’])s\s+(?:day|daytime|night|nighttime)\s+(?:in|there|here|for|at)\b"
    r"|\b(?:your|their|my|our)\s+(?:own\s+)?local\s+(?:day|daytime|business\s+hours)\b"
    r"|\b(?:australian|european|local)\s+business\s+hours\b"
    r"|\bhours\s+(?:read|worked)\s+on\s+(?:a\s+)?(?:saturday|sunday|weekend)"
)
_NOT_A_SHIFT_NEEDLES = needles(
    "day or night",
    "daytime",
    "evening",
    "night off",
    "nights off",
    "it is",
    "it's",
    "it’s",
    "local",
    "business hours",
    "hours read",
    "hours worked",
)
_TRAVEL_NEEDLES = needles("flight", "fly", "travel", "airfare", "getaway")
_NOT_FLEXIBLE_NEEDLES = needles("fixed", "hir", "whenever", "hire", "when you")
_TRAVEL = re.compile(r"\bflights?\b|\bfly\b|\btravel\b|\bairfare\b|\bgetaway")
_FLEXIBLE = re.compile(
    r"self[\s-]?schedul\w*"
    r"|sets?\s+(?:your|their)\s+own\s+(?:schedule|hours|shifts|block|pattern|days|calendar|start)"
    r"|(?:choose|pick|select)\s+(?:your|their|the)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:schedule|shifts|hours|days|"
    r"evenings|nights|weekends|blocks?)\b|(?:(?<=\bon\syour\s)|(?<=\bon\syour\sown\s))schedule\b"
    r"|you\s+(?:choose|pick|decide|select)\s+(?:your|when|which|them|the\s+(?:shifts|days|nights|hours))"
    r"|(?:read|work)\s+(?:when(?:ever)?|as\s+much|any\s*time)\b|when(?:ever)?\s+(?:it\s+)?suits\s+you"
    r"|flexible\s+(?:schedul\w*|hours|shifts)|no\s+fixed\s+schedule|no\s+scheduled\s+shifts"
    r"|(?:hours|schedules?|shifts)\s+(?:are|is)\s+(?:very\s+|fully\s+|completely\s+)?flexible\b"
    r"|flex\s+schedul\w*|(?:choose|pick|select)\s+\d+(?:\s*(?:-|–|to)\s*\d+)?\s+(?:shifts|days)\b"
    r"|as\s+many\s+as\s+you\s+(?:want|like)\b|claim\s+(?:the\s+)?shifts\b|schedule\s+control\b"
    r"|as\s+many\s+or\s+as\s+few\b|as\s+few\s+or\s+as\s+many\b"
    r"|picked\s+up\s+(?:as|when)\b|whenever\s+you\s+(?:want|like|wish|choose|please|are\s+available)\b"
    r"|sign\s+up\s+for\s+(?:the\s+)?(?:shifts|ones|what)|pick\s+up\s+(?:extra\s+|open\s+)?shifts"
    r"|pick\s+up\s+as\s+(?:many|much|few)\b|(?:choose|pick|select)\s+your\s+own\s+(?:from|off)\b"
    r"|hours\s+that\s+suit\s+you|claim\s+what\s+you\s+want|work\s+the\s+hours\s+you\s+want"
    r"|(?:make|create|build|control|design)\s+your\s+own\s+(?:[\w-]+\s+)?(?:schedule|hours|shifts|calendar)"
    r"|you\s+control\s+your\s+(?:own\s+)?(?:schedule|hours)|shift\s+marketplace\b|open[\s-]shift\s+marketplace"
)
# "weekend call", "evening and overnight call", "overnight IR call": call is never a shift (GUIDE)
_CHOICE = re.compile(r"choice\b")
_WHOSE_CHOICE = (
    "your ",
    *(
        f"{who}{s} "
        for who in ("provider", "physician", "radiologist", "reader")
        for s in ("'s", "’s", "s'", "s")
    ),
)
_SCHEDULE_BEFORE = re.compile(r"\b(?:days|shifts|hours|nights|evenings|weekends)\b")
_YOUR_CALL = re.compile(r"your\s+call(?=\s*(?:[.)!;\n]|$))")
_SAID_BEFORE = re.compile(r"[^,:(\n–—-]*[,–—-]\s*$")  # what "your call" answers: the words before its comma
_SCHEDULE_WORD = re.compile(r"\b(?:days?|shifts?|hours|nights?|evenings?|weekends?)\b")
_CALL_AFTER = re.compile(
    r"(?:\s*(?:,|and|&|/|\+|or)\s*(?:evenings?|overnights?|nights?|weekends?|holidays?|days?))*"
    r"\s*(?:(?:home|ir|phone|backup|back-up|pager)\s+)?call\b"
)
# "we cover a few weekends a year for home call": weekends counted out for call
_FOR_CALL_AFTER = re.compile(
    r"\s+(?:a|per|each|every)\s+(?:year|month|quarter)\s+(?:for|of|on|taking)\s+(?:(?:home|phone|pager)\s+)?call\b"
    r"|\s+(?:of|on)\s+(?:[\w-]+\s+){0,2}call\b"  # "one weekend of neuroradiology call in ten"
)
# "weekend call, approximately 1 in 8 weekends", "(about one weekend in eleven)": how often call comes
_CALL_RATE_BEFORE = re.compile(r"\b(?:1|one)\s+(?:in|of|out\s+of)\s+(?:\w+\s+)?$")
# call taken on a rota beside the job ("shared", "1 in 6", "1:6"), as against "overnight call, 7 on/7 off"
_CALL_ROTA = re.compile(
    r"\b(?:1|one)\s*(?:in|:|of)\s*(?:\d+|\w+)\b|\b(?:1|one)\s+(?:week)?(?:nights?|days?|weekends?)\s+in\s+\w+\b"
    r"|\bshared?\b|\brotation\b|\brota\b"
)
# "so their rads can stop taking overnight home call": the call this job replaces
_CALL_ENDS = re.compile(r"\b(?:stop|no\s+longer|instead\s+of|replac\w*|reliev\w*|end)\s+(?:\w+\s+)?$")
_CALL_BEFORE = re.compile(r"(?<!no )(?<!without )\bcall\b(?![\s-]*(?:free|-?less))")
_NIGHT_LIST_AFTER = re.compile(r"\s*(?:and|&|/|,)\s*(?:weekend|evening|day)s?\s+shifts\b")
_ABROAD_TIME = re.compile(
    r"\s+(?:in|at)\s+(?:sydney|perth|brisbane|melbourne|adelaide|australia|new\s+zealand|auckland|london|"
    r"europe|israel|india|singapore|your\s+(?:local\s+)?time)\b|\s+(?:your|local)\s+time\b"
    r"|\s+\(?(?:sydney|perth|brisbane|melbourne|adelaide|auckland|london|aest|aedt|awst|nzst|nzdt|gmt|bst|cet|ist)"
    r"(?:\s+time)?\b"
)
_COUNT_BEFORE = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s*$"
)
_PER_PERIOD_AFTER = re.compile(r"\s*(?:/\s*(?:wk|week|mo|month)|(?:a|per)\s+(?:week|wk|month))\b")
_SHIFT_NOUN_AFTER = re.compile(r"[\s-]*(?:shifts?|blocks?|tours?|lines?|rotations?|coverage|reading|reads)\b")
# "evenings are covered by our evening radiologist and nights by our teleradiology partner"
_BY_OTHERS_AFTER = re.compile(
    r"\s+by\s+(?:our|the|an?|their|its)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:partners?|group|service|team|vendor|radiologists?|company|fellows|residents)\b"
)
_TEAM_ALSO_AFTER = re.compile(
    r"\s+(?:team|group|readers|radiologists|crew|service)\s+also\s+(?:covers|handles|reads|does|takes)\b"
)
# "does not participate in the department's evening, overnight or weekend call": call refused
_NEGATED_CLAUSE = re.compile(r"\b(?:not|never|no)\b|n['’]t\b")
_SEPARATE_BEFORE = ("separate ", "another ", "different ", "outside ", "contracted ", "external ")
_TEAM_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:team|group|service|pool|attendings?|radiologists|readers|crew|vendor|company)\b"
)
_CALL_RATE_AFTER = re.compile(r"\s+(?:in|of|out\s+of)\s+(?:\d+|\w+)\b")
_OTHERS_AFTER = re.compile(
    r"\s*,\s*(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+)?(?:residents?|fellows?|trainees|nighthawk\w*|"
    r"tele\w*\s+(?:vendor|service|partner|group|company)|outside\s+\w+)\s+(?:\w+\s+)?"
    r"(?:issue|read|cover|provide|handle|take|do|dictate|prelim)"
)
_NOT_FLEXIBLE = re.compile(
    r"(?<!no\s)\bfixed\s+schedule\b|\bat\s+hiring\b|\b(?:assigned\s+)?at\s+(?:the\s+time\s+of\s+)?hire\b|\bupon\s+hire\b"
    r"|\bwhen\s+you\s+(?:accept\s+(?:an?|the|our)\s+offer|sign|join)\b"
    r"|\b(?:leave|quit|resign|terminate|cancel|contact|call|text|reach|apply|start)\s+(?:\w+\s+)?whenever\b"
)
_CLOCK_SEPARATORS = ("-", "–", "—", " to ")
_CLOCK_HEAD = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|a|p)?\s*$")
_CLOCK24 = re.compile(
    r"(?P<h1>[01]\d|2[0-3]):?(?P<m1>[0-5]\d)\s*(?:-|–|—|to)\s*(?P<h2>[01]\d|2[0-4]):?(?P<m2>[0-5]\d)(?![\d:])"
)
# "1200-1500 wRVUs a month", "2000-2400 studies": counts, not clock times
_COUNTED_AFTER = re.compile(
    r"\s*(?:w?rvus?|studies|exams|cases|reads|scans|beds?|miles|patients|procedures|per\b|/|a\s+(?:year|month|week|day))"
)
_QUARTERS = frozenset(("00", "15", "30", "45"))
_WEEKDAYS_BEFORE = re.compile(
    r"\b(?:fri(?:day)?|m-f|weekdays?(?:\s+only)?|days\s+(?:run|are|go)|hours(?:\s+are)?|daily|shifts?(?:\s+(?:of|from))?|schedule)\W*$"
)
# "8-5 local time", "8-4:30 ET": a clock range followed by its time zone
_ZONE_AFTER = re.compile(r"\s*(?:local(?:\s+time)?|[ecmp][sd]?t|eastern|central|mountain|pacific)\b")
_CLOCK = re.compile(
    r"(?P<h1>\d{1,2})(?::(?P<m1>\d{2}))?\s*(?P<s1>a\.m\.|p\.m\.|am\b|pm\b|a(?=[\s\-–—])|p(?=[\s\-–—]))?"
    r"\s*(?:-|–|—|to)\s*"
    r"(?:(?P<h2>\d{1,2})(?::(?P<m2>\d{2}))?\s*(?P<s2>a\.m\.|p\.m\.|am\b|pm\b|a\b|p\b)?|(?P<mid>midnight|noon))",
)


def shifts(scope: Scope) -> tuple[list[str], list[Quote]]:
    lower = scope.lower
    hits: list[tuple[int, int, str]] = []
    for kind, pattern in _TERMS.items():
        for m in scope.at(pattern, _ANCHORS[kind]):
            if (
                m.group() == "night"
                and not _NIGHT_LEAD.search(lower, max(0, m.start() - 14), m.start())
                and not _NIGHT_LIST_AFTER.match(lower, m.end())  # "Night and weekend shifts"
            ):
                continue
            if (
                m.group().endswith(" shift")
                and m.group().startswith(("second", "2nd", "third", "3rd"))
                and _ORDINAL_LEAD.search(lower, max(0, m.start() - 8), m.start())
            ):
                continue  # "your second shift" counts shifts, "second shift" names one
            if _CALL_AFTER.match(lower, m.end()) and (
                kind == "weekend"
                or _NEGATED_CLAUSE.search(lower, max(scope.clause(m.start())[0], m.start() - 60), m.start())
                or _CALL_ROTA.search(lower, *scope.sentence(m.start()))
                or _CALL_ENDS.search(lower, max(0, m.start() - 30), m.start())
            ):
                continue  # "evening and overnight call from home, 1 in 6": a rota beside the job, not a shift
            if kind == "weekend" and _FOR_CALL_AFTER.match(lower, m.end()):
                continue
            if kind == "weekend" and (
                (
                    _CALL_RATE_BEFORE.search(lower, max(0, m.start() - 20), m.start())
                    or _CALL_RATE_AFTER.match(lower, m.end())
                )
                and _CALL_BEFORE.search(lower, scope.sentence(m.start())[0], m.start())
            ):
                continue  # "weekend call is shared 1:6": a day job's call, not weekend shifts
            if lower.endswith(_SEPARATE_BEFORE, max(0, m.start() - 12), m.start()) and _TEAM_AFTER.match(
                lower, m.end()
            ):
                continue  # "a separate overnight attending team", "a contracted nighthawk service"
            if (
                _OTHERS_AFTER.match(lower, m.end())
                or _TEAM_ALSO_AFTER.match(lower, m.end())
                or _BY_OTHERS_AFTER.match(lower, m.end())
            ):
                continue  # "Overnight, residents issue preliminary reports"; "our daytime team also covers"
            if not _SHIFT_NOUN_AFTER.match(lower, m.end()) and _CALL_BEFORE.search(
                lower, scope.clause(m.start())[0], m.start()
            ):
                continue  # "Home call Mon-Thu evenings", "IR call from home 1 in 6, with evening cases"
            hits.append((m.start(), m.end(), kind))
    for m in _clock_ranges(scope):
        clock = _clock_kind(m)
        if clock is not None and _ABROAD_TIME.match(lower, m.end()):
            continue  # "2200-0700 US Eastern, which is roughly 1:00 pm to 10:00 pm in Sydney"
        if clock is not None and _CALL_BEFORE.search(lower, scope.line(m.start())[0], m.start()):
            continue  # "Call-back after hours | 5:00 p.m. - 10:00 p.m.": call hours, not a shift
        if clock is not None and not lower.endswith("between ", max(0, m.start() - 9), m.start()):
            hits.append((m.start(), m.end(), clock))
    hits.sort()
    hits = _without_counted_nights(lower, hits)
    floors = [scope.clause(start)[0] for start, _, _ in hits]
    negated = negated_items(lower, [(s, e) for s, e, _ in hits], floors)
    found: dict[str, tuple[int, int]] = {}
    for (start, end, kind), neg in zip(hits, negated, strict=True):
        if neg or kind in found:
            continue
        c_start, c_end = scope.clause(start)
        sub_start, sub_end = _subclause(lower, start, end, c_start, c_end)
        bracket = lower.rfind("(", c_start, start)
        if bracket >= 0 and lower.find(")", bracket, start) < 0:  # "Overnight (10p-8a) is covered by ..."
            sub_start, sub_end = _subclause(lower, bracket, bracket, c_start, c_end)
        if done_by_others(lower, sub_start, sub_end) or withdrawn(lower, c_start, c_end):
            continue
        if sub_end < c_end and lower[sub_end] == "," and done_by_others(lower, sub_start, c_end, sub_end):
            continue  # "Daytime imaging is read by the body, neuro and MSK divisions"
        if others_sentence(scope, start):
            continue  # "our team also includes body and MSK subspecialists who cover daytime work"
        if other_people(scope, start, end):
            continue  # "our night team works 6p-8a", "our evening radiologist covers until 11"
        if search_if(
            _NOT_A_SHIFT, _NOT_A_SHIFT_NEEDLES, lower, max(c_start, start - 25), min(c_end, end + 25)
        ):
            continue
        if kind == "weekend" and search_if(_TRAVEL, _TRAVEL_NEEDLES, lower, *scope.sentence(start)):
            continue
        found[kind] = (start, end)
    flexible = _flexible(scope)
    if flexible is not None:
        found["flexible"] = flexible
    kinds = [k for k in ORDER if k in found]
    return kinds, [scope.evidence("shifts", *found[k]) for k in kinds]


def _without_counted_nights(lower: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "1800-0200 CT, Tue-Fri (4 nights/wk)": nights counted as working days next to a clock range of
    another type say how often, not that the shift is overnight."""
    clock_kinds = {kind for start, end, kind in hits if kind != "overnight" and lower[start].isdigit()}
    if not clock_kinds:
        return hits
    return [
        (start, end, kind)
        for start, end, kind in hits
        if not (
            kind == "overnight"
            and _COUNT_BEFORE.search(lower, max(0, start - 10), start)
            and _PER_PERIOD_AFTER.match(lower, end)
        )
    ]


def _subclause(lower: str, start: int, end: int, c_start: int, c_end: int) -> tuple[int, int]:
    """The part of a clause a shift term belongs to: up to the nearest comma, colon or bracket,
    reading through a comma that only continues a list of shift types."""
    lo = max(lower.rfind(c, c_start, start) for c in ",():") + 1
    lo = max(lo, c_start)
    hi = end
    while True:
        stop = _SUBCLAUSE_STOP.search(lower, hi, c_end)
        if stop is None:
            return lo, c_end
        if lower[stop.start()] == "," and _SHIFT_WORD.match(lower, stop.end()):
            hi = stop.end()
            continue
        if lower[stop.start()] == ":" and lower[end : stop.start()].strip() in _LABEL_NOUNS:
            hi = stop.end()  # "Overnight coverage: contracted teleradiology group"
            continue
        if lower[stop.start()] == "(" and lower.find(". ", end, stop.start()) < 0:
            close = lower.find(")", stop.end(), min(c_end, stop.end() + 40))
            if close >= 0:  # "Overnight (10p-8a) is covered by our nighthawk partner"
                hi = close + 1
                continue
        return lo, stop.start()


# The reader decides when they work, in any wording: a choosing verb whose object is the schedule
# ("you pick which Saturdays you take", "readers book the blocks they want", "grab open shifts"),
# said of the reader, not of the company ("we set the schedule") and not fixed at hire.
_CHOOSE = re.compile(
    r"(?:choose|chooses|choosing|pick|picks|picking|select|selects|selecting|decide|decides|claim|claims"
    r"|claiming|grab|grabs|grabbing|book|books|booking|opt|opts|sign\s+up|request|requests|requesting)\b"
    r"(?P<object>(?:\s+(?:in|for|up|into|which|what|when|the|your|their|own|open|extra|any|how|many|much"
    r"|of|from|available|preferred|specific|individual|future"
    r"|(?:\d+|one|two|three|four|five|six|seven)(?:(?:\s*(?:-|–|,)\s*|\s+(?:to|or)\s+)(?:\d+|one|two|three|four"
    r"|five|six|seven))*(?=\s)"
    r"|[\w-]+(?=\s+(?:shifts?|blocks?|days|nights"
    r"|weekends|hours|slots?)\b))){0,5}?\s+(?:shifts?|blocks?|days|weekdays|weeknights|nights|evenings|weekends"
    r"|hours|slots?"
    r"|schedule|calendar|dates|weeks|sessions|start\s+times?))\b"
)
_CHOOSE_ANCHORS = (
    "choose", "chooses", "choosing", "pick", "picks", "picking", "select", "selects", "selecting", "decide",
    "decides", "claim", "claims", "claiming", "grab", "grabs", "grabbing", "book", "books", "booking", "opt",
    "opts", "sign", "request", "requests", "requesting",
)  # fmt: skip
_CHOOSER_BEFORE = re.compile(
    r"\b(?:you|you'll|you’ll|you'd|you’d|you're|yourself|radiologists?|readers?|rads?|providers?|physicians?"
    r"|docs?|doctors?|contractors?|clinicians?|each\s+(?:reader|radiologist|rad)|self)\b"
)
_NEEDED_TO = re.compile(
    r"\b(?:need|needs|needed|want|wants|seeking|looking\s+for|require|requires|hiring)\b[^.;]{0,40}\bto\s+$"
)
_WE_BEFORE = re.compile(r"\bwe\s+(?:\w+\s+)?$")
# "flexible hours", "schedule flexibility", "a flexible, self-directed schedule"
_FLEX_WORDS = re.compile(
    r"flex(?:ible|ibility)?\b(?P<object>(?:\s+|,\s*|-)(?:[\w-]+\s+){0,2}?(?:schedul\w*|hours|shifts?|days|calendar"
    r"|start\s+times?|blocks?|staffing|coverage\s+model))"
    r"|(?:schedul\w*|hours|shift)\s+flexibility\b"
    r"|build\s+your\s+own\s+(?:month|schedule|calendar|week|rotation)\b"
)


def _flexible_by_choice(scope: Scope) -> tuple[int, int] | None:
    lower = scope.lower
    for m in scope.each_at(_CHOOSE, _CHOOSE_ANCHORS):
        c_start, c_end = scope.clause(m.start())
        if m.end() > c_end:
            continue
        before = lower[max(c_start, m.start() - 40) : m.start()]
        obj = m["object"]
        if not (_CHOOSER_BEFORE.search(before) or " your " in f"{obj} " or " their own " in f"{obj} "):
            continue
        if _WE_BEFORE.search(before):
            continue  # "we set the schedule"
        if _NEEDED_TO.search(before):
            continue  # "we need radiologists to pick up overnight shifts": cover, not choose
        if search_if(_NOT_FLEXIBLE, _NOT_FLEXIBLE_NEEDLES, lower, c_start, c_end):
            continue
        if negated_items(lower, [(m.start(), m.end())], [c_start])[0]:
            continue
        return m.start(), m.end()
    for m in scope.each_at(
        _FLEX_WORDS, ("flex", "flexible", "flexibility", "schedule", "scheduling", "hours", "shift", "build")
    ):
        c_start, c_end = scope.clause(m.start())
        if search_if(_NOT_FLEXIBLE, _NOT_FLEXIBLE_NEEDLES, lower, c_start, c_end):
            continue
        if negated_items(lower, [(m.start(), m.end())], [c_start])[0]:
            continue
        return m.start(), m.end()
    return None


def _flexible(scope: Scope) -> tuple[int, int] | None:
    lower = scope.lower
    for m in scope.at(_CHOICE, ("choice",)):  # "3-5 days per week (provider's choice)"
        if lower.endswith(_WHOSE_CHOICE, max(0, m.start() - 16), m.start()) and _SCHEDULE_BEFORE.search(
            lower, max(0, m.start() - 60), m.start()
        ):
            return m.start(), m.end()
    for m in scope.at(_YOUR_CALL, ("your",)):  # "every weekend or every other weekend, your call."
        said = _SAID_BEFORE.search(lower, max(0, m.start() - 60), m.start())
        if said is not None and _SCHEDULE_WORD.search(said.group()):
            return m.start(), m.end()
    for m in scope.each_at(_FLEXIBLE, _FLEXIBLE_ANCHORS):
        c_start, c_end = scope.clause(m.start())
        if search_if(_NOT_FLEXIBLE, _NOT_FLEXIBLE_NEEDLES, lower, c_start, c_end):
            continue
        if negated_items(lower, [(m.start(), m.end())], [c_start])[0] and not m.group().startswith("no "):
            continue
        return m.start(), m.end()
    return _flexible_by_choice(scope)


def _clock_ranges(scope: Scope) -> list[re.Match[str]]:
    """Clock ranges ("8a-5p", "10:00 PM to 8:00 AM"), found from their dash or "to" backwards."""
    lower = scope.lower
    found: list[re.Match[str]] = []
    last_end = -1
    for sep in sorted({p for s in _CLOCK_SEPARATORS for p in scope.positions(s, word=False)}):
        if sep < last_end:
            continue
        k = sep - 1
        while k >= 0 and lower[k] == " ":
            k -= 1
        if k < 0 or not (lower[k].isdigit() or lower[k] in "apm."):
            continue
        digits = k
        while digits > 0 and lower[digits].isdigit():
            digits -= 1
        if lower[digits] == "$" and digits < k:
            continue  # "$45-$50": money, never a clock time
        m24 = _clock24(lower, k)
        if m24 is not None and m24.end() > sep:
            found.append(m24)
            last_end = m24.end()
            if len(found) >= 48:
                break
            continue
        head = _CLOCK_HEAD.search(lower, max(0, sep - 14), sep)
        if head is None or (
            head.start() > 0 and (lower[head.start() - 1].isalnum() or lower[head.start() - 1] in ":$.")
        ):
            continue
        m = _CLOCK.match(lower, head.start())
        if m is not None and m.end() > sep:
            found.append(m)
            last_end = m.end()
            if len(found) >= 48:
                break
    return found


def _clock24(lower: str, k: int) -> re.Match[str] | None:
    """A 24-hour range ("0700-1500", "22:00–08:00") whose first time ends at lower[k]."""
    for width in (4, 5):
        lo = k - width + 1
        if lo < 0 or (lo > 0 and (lower[lo - 1].isalnum() or lower[lo - 1] in "$.,:/")):
            continue
        m = _CLOCK24.match(lower, lo)
        if (
            m is not None
            and m["m1"] in _QUARTERS
            and m["m2"] in _QUARTERS
            and not _COUNTED_AFTER.match(lower, m.end())
            and (int(m["h2"]) - int(m["h1"])) % 24 >= 4
        ):
            return m
    return None


def _hour(raw: str, minutes: str | None, suffix: str) -> float:
    hour = int(raw) % 12
    if suffix == "p":
        hour += 12
    return hour + (int(minutes) / 60 if minutes else 0)


def _clock_kind(m: re.Match[str]) -> str | None:
    """The shift type of a clock range, or None when it is not a plausible shift (or not a time)."""
    if m.re is _CLOCK24:
        return _span_kind(int(m["h1"]) + int(m["m1"]) / 60, int(m["h2"]) % 24 + int(m["m2"]) / 60)
    h1 = int(m["h1"])
    s1 = (m["s1"] or "")[:1].lower()
    if m["mid"]:
        h2, s2 = 12, ("a" if m["mid"].lower() == "midnight" else "p")
        m2 = None
    else:
        h2, s2, m2 = int(m["h2"]), (m["s2"] or "")[:1].lower(), m["m2"]
    if h1 > 12 or h2 > 12 or h1 == 0:
        return None
    if not (s1 or s2):
        # "7:30 to 5:00", "8:00–4:30", "Monday-Friday 8-5": a working day across noon, no a.m./p.m.
        weekday = _WEEKDAYS_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) or _ZONE_AFTER.match(
            m.string, m.end()
        )
        if (m["m1"] or m2 or weekday) and 5 <= h1 <= 10 and 1 <= h2 <= 7:
            return "day"
        return None
    other = {"a": "p", "p": "a"}
    if not s1:  # "5:00–11:00 p.m.": same half of the day when earlier on the clock, else the other half
        s1 = s2 if h1 % 12 < h2 % 12 else other[s2]
    if not s2:
        s2 = s1 if h2 % 12 > h1 % 12 else other[s1]
    return _span_kind(_hour(m["h1"], m["m1"], s1), _hour(str(h2), m2, s2))


def _span_kind(start: float, end: float) -> str | None:
    """The shift type of a shift from `start` to `end` (hours from midnight)."""
    length = (end - start) % 24
    if length == 0 or length > 13:
        return None
    if end <= start:  # runs past midnight
        return "evening" if end <= 2 else "overnight"
    if start >= 19 or start < 4:
        return "overnight"
    if start >= 12:
        return "evening"
    return "day" if end <= 20 else None
