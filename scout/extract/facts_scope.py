"""The part of a posting that is about *this* job, and bounded views around a match.

Recruiter e-mails and career pages often mention a second opening ("Also hiring: an on-site IR
...", "Separately - ...", a referral bonus); those passages are blanked out (same length, so offsets
still point into the original text) before any facts rule reads the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from scout.extract.anchors import Index, find_all, gate_key
from scout.extract.clauses import between, ends, sentence_near
from scout.extract.doc import Doc, Quote

# Each pattern starts at one of its anchors (Scope.at tries it only there).
_OTHER_OPENINGS = r"(?:other|additional|more)\s+(?:openings?|opportunities|positions|vacancies|jobs)"
_OTHER_JOB = re.compile(
    r"also\s+(?:hiring|hires|filling|recruiting|recruits|working\s+(?:on\s+)?an?|sitting\s+on)\b"
    r"|also\s+(?:open|opening|available)\b(?=\s*(?:--|-|–|—|:))"
    r"|also\s+(?:have|has|got|looking\s+for)\s+an?\s+(?:[\w/-]+\s+){0,3}"
    r"(?:opening|position|job|role|vacancy|locums?|gig|opportunity|assignment|slot|spot|req|requisition|search)\b"
    r"(?!\s+(?:pool|group|company|agency|coverage|physicians?|radiologists?|doctors?|team|staff))"
    r"|also\s+(?:have|has)\s+(?:[\w/-]+\s+){0,2}(?:openings|positions|jobs|roles|vacancies)\b"
    r"|also\s+(?:seeking|looking\s+for|need|needs)\s+(?:an?\s+)?(?:[\w/-]+\s+){0,2}"
    r"(?:radiologist|rad|reader|doc|doctor|physician|locum)"
    rf"|{_OTHER_OPENINGS}\s*(?:[:\-–]|\n)"
    r"|separate\s+(?:posting|opening|position|requisition|req|listing)\b"
    r"|separate(?:ly|\s+thing)?\b(?=\s*[-–—:,]|\s+thing)"
    r"|unrelated\b(?=\s*[-–—:,])"
    r"|(?:(?<=another\s)|(?<=second\s)|(?<=other\s))(?:opening|vacancy)\b"
    r"|referral\s+(?:bonus|fee|program|reward|incentive|to\s+you)"
    r"|refer\s+(?:a|an)\s+(?:colleague|friend|radiologist|rad)\b"
    r"|(?:couple|few)\s+(?:of\s+)?other\s+(?:openings|jobs|positions|roles|searches|opportunities|gigs)\b"
    r"|(?:couple|few)\s+others\s*(?=if\b|:)|(?:if|in\s+case)\s+you\s+know\s+(?:anyone|someone|somebody)\b"
)
# A recruiter's numbered list of jobs: the posting's job is the first ("POSITION 1 -- Remote Body
# Imager (the one for you)"); the later ones are other openings.
_POSITION_ANCHORS = ("position", "job", "opening", "req", "role")
_LATER_POSITION = re.compile(
    r"(?:position|job|opening|req|role)\s*(?:#|no\.?)?\s*(?:[2-9]|two|three|four)\b(?=\s*(?:--|-|–|—|:|\)|\.|\n))"
)
_FIRST_POSITION = re.compile(
    r"(?:^|\n)[\s*#>•-]*(?:position|job|opening|req|role)\s*(?:#|no\.?)?\s*(?:1|one)\b(?=\s*(?:--|-|–|—|:|\)|\.|\n))"
)


@lru_cache(maxsize=2)  # the pay scope and the facts scope ask for the same text, one after the other
def later_positions(lower: str) -> tuple[tuple[int, int], ...]:
    """The sections of a recruiter's numbered list of jobs that describe its second and later jobs:
    from the heading ("POSITION 2 -- ...") to the end of its paragraph (the bullets under it), and
    the second job a subject line names ("... (days) + a neuro nights seat") when there are some."""
    found: list[tuple[int, int]] = []
    for m in _scanned(_LATER_POSITION, _POSITION_ANCHORS, lower):
        line_start = lower.rfind("\n", 0, m.start()) + 1
        if not lower[line_start : m.start()].strip(" \t*#-•>") and _FIRST_POSITION.search(
            lower, 0, m.start()
        ):
            end = _PARAGRAPH_END.search(lower, m.end())
            found.append((m.start(), min(end.start() if end else len(lower), m.start() + 1500)))
    if found:  # "Subject: 2 remote openings - women's imaging (days) + a neuro nights seat"
        subject = _SUBJECT_SECOND_JOB.match(lower)
        if subject is not None:
            found.insert(0, (subject.start("second"), subject.end("second")))
    return tuple(found)


# the second job a subject line names after "+" or "&", when the body numbers its positions
_SUBJECT_SECOND_JOB = re.compile(r"\s*(?:subject|re|fwd?)\s*:[^\n]*?\s(?:\+|&|and\s+a)\s(?P<second>[^\n]+)")


_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


_OTHER_JOB_ANCHORS = (
    "also",
    "separate",
    "unrelated",
    "opening",
    "vacancy",
    "referral",
    "refer",
    "other",
    "additional",
    "more",
    "couple",
    "few",
    "if you know",
    "in case you know",
)
_OTHER_PERSON_ANCHORS = ("covers", "handles", "reads", "takes", "is available", "are available")
_SENTENCE_START = re.compile(r"(?:^|[\n.!?:]|\d\))\s*$")
# "A general radiologist covers body and plain films on the same shift": another person's work.
_OTHER_PERSON_VERB = re.compile(r"(?:covers|handles|reads|takes|is\s+available|are\s+available)\b")
_OTHER_PERSON_LEAD = re.compile(
    r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}(?:radiologist|neuroradiologist|reader|rad)s?\s+$"
)
# "(for context, general diagnostic locums in this market go for $300/hr)": a comparison, not this job.
_ASIDE = re.compile(r"\(\s*(?:for\s+(?:context|comparison|reference)|by\s+comparison)\b[^()\n]{0,300}\)")
_BULLET = re.compile(r"[ \t]*(?:[-*•·]|\d+[.)])\s")
_POSITIVE_HEADING = re.compile(
    r"what\s+(?:we|the\s+\w+|\w+)\s+(?:cover|covers|provide|provides|offer|offers|pay|pays)"
    r"|we\s+(?:cover|provide|offer|pay)\b|included|takes?\s+care\s+of|what\s+you\s+get|we\s+offer"
)
_NEGATIVE_HEADING = re.compile(
    r"what\s+you\s+(?:cover|bring|provide|pay|supply)|you\s+(?:provide|bring|supply)|what\s+we\s+don['’]?t"
)
CLAUSE_LIMIT = 240
MAX_MATCHES = 48


_GATE_KEYS: dict[str, str] = {}


@dataclass(frozen=True)
class Scope:
    """A posting's text with other jobs blanked out, plus bounded lookups around a position."""

    doc: Doc
    text: str
    lower: str

    def has(self, *words: str) -> bool:
        lower = self.lower
        return any(w in lower for w in words)

    @cached_property
    def index(self) -> Index:
        """Where anchors start a word in the lowercase text (built on first use)."""
        return Index(self.lower)

    @cached_property
    def _found(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """Anchor positions already looked up: in the lowercase text, and in the original."""
        return {}, {}

    def positions(self, anchor: str, case: bool = False, word: bool = True) -> list[int]:
        """Every place `anchor` occurs (in the lowercase text, or the original with `case`); cached,
        not to be changed. With `word`, an anchor that no word starts with is not looked for (but
        the places returned include those inside words)."""
        cache = self._found[1 if case else 0]
        key = anchor if word else "\0" + anchor
        found = cache.get(key)
        if found is None:
            gate = _GATE_KEYS.get(anchor)
            if gate is None:
                gate = _GATE_KEYS[anchor] = gate_key(anchor)
            skip = word and gate and not self.index.starts_a_word(gate)
            found = cache[key] = [] if skip else find_all(self.text if case else self.lower, anchor)
        return found

    def at(
        self, pattern: re.Pattern[str], anchors: tuple[str, ...], case: bool = False, word: bool = True
    ) -> list[re.Match[str]]:
        """Matches of `pattern` that start exactly where one of `anchors` occurs (first MAX_MATCHES).

        The cheap way to run a rule: the anchors are looked up (see anchors.Index), the regex is
        tried only there. With `word`, an anchor inside a word ("mal" in "normal") is skipped.
        """
        starts = self._starts(anchors, case, word)
        return list(_matches(pattern, starts, self.text if case else self.lower, word))

    def each_at(
        self, pattern: re.Pattern[str], anchors: tuple[str, ...], case: bool = False, word: bool = True
    ) -> Iterator[re.Match[str]]:
        """`at`, one match at a time: for a rule that stops at the first match it accepts."""
        return _matches(pattern, self._starts(anchors, case, word), self.text if case else self.lower, word)

    def _starts(self, anchors: tuple[str, ...], case: bool, word: bool) -> list[int]:
        """Where `at` tries its pattern, in reading order."""
        if word and not case:
            return self.index.starts(anchors)
        if word and len(self.text) == len(self.lower):  # capitals ("CT", "IR"): the lowercase index
            return self.index.starts_cased(anchors, self.text)
        starts = [p for anchor in anchors for p in self.positions(anchor, case, word)]
        if len(anchors) > 1:
            starts.sort()
        return starts

    @cached_property
    def _marks(self) -> tuple[list[int], list[int]]:
        """Clause ends (line breaks, ';', '!', '?', full stops not ending "incl.") and sentence ends."""
        return ends(self.lower, self.text)

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause around `pos`: bounded by line breaks, ';', '!', '?' and full stops (≤240 chars)."""
        return between(self._marks[0], pos, len(self.lower), CLAUSE_LIMIT)

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos`: a line, or up to a full stop before a capital (≤600 chars)."""
        return between(self._marks[1], pos, len(self.lower), 600)

    def sentence_nearby(self, pos: int) -> tuple[int, int]:
        """`sentence`, found without finding every sentence end of the text (for build_scope, whose
        text the rules may not read)."""
        found = sentence_near(self.lower, self.text, pos)
        return self.sentence(pos) if found is None else found

    def line(self, pos: int) -> tuple[int, int]:
        lower = self.lower
        start = lower.rfind("\n", max(0, pos - 2000), pos) + 1
        end = lower.find("\n", pos, pos + 2000)
        return start, (end if end >= 0 else min(len(lower), pos + 2000))

    def heading_body(self, pos: int) -> tuple[int, int] | None:
        """When `pos` sits on a short heading line ("Malpractice", "NON-COMPETE"), the next line."""
        start, end = self.line(pos)
        line = self.lower[start:end].strip()
        if not line or len(line) > 32 or ":" in line or "|" in line or _BULLET.match(line + " "):
            return None
        if line.endswith((".", "!", "?", ";", ",")):
            return None
        nxt = end
        while nxt < len(self.lower) and self.lower[nxt] in "\n \t":
            nxt += 1
        if nxt >= len(self.lower):
            return None
        return self.line(nxt)

    def heading_polarity(self, pos: int) -> int:
        """+1 under a "What we cover"-style heading, -1 under "What you bring", else 0.

        Only for a bullet line; the heading is the nearest non-bullet line above, at most 12 lines.
        """
        start, _ = self.line(pos)
        if not _BULLET.match(self.lower, start):
            return 0
        cursor = start - 1
        for _ in range(12):
            if cursor <= 0:
                return 0
            prev_start = self.lower.rfind("\n", max(0, cursor - 2000), cursor) + 1
            line = self.lower[prev_start:cursor].strip()
            cursor = prev_start - 1
            if not line or _BULLET.match(line + " "):
                continue
            if len(line) > 60:
                return 0
            if _NEGATIVE_HEADING.search(line):
                return -1
            if _POSITIVE_HEADING.search(line):
                return 1
            return 0
        return 0

    def evidence(self, field_name: str, start: int, end: int) -> Quote:
        """An evidence span into the original text, trimmed of surrounding whitespace."""
        text = self.doc.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Quote(field_name, start, end, text[start:end])


def _matches(pattern: re.Pattern[str], starts: list[int], hay: str, word: bool) -> Iterator[re.Match[str]]:
    """Matches of `pattern` at the sorted `starts`, none inside another (at most MAX_MATCHES);
    with `word`, a start inside a word is skipped."""
    found = 0
    last_end = -1
    match = pattern.match
    for pos in starts:
        if pos < last_end or (word and pos and hay[pos - 1].isalnum()):
            continue
        m = match(hay, pos)
        if m is not None:
            yield m
            end = m.end()
            last_end = end if end > pos else pos + 1
            found += 1
            if found >= MAX_MATCHES:
                break


_ZONE_CHARS = re.compile(r"[^\n]")


def build_scope(doc: Doc) -> Scope:
    """Blank out the passages about other openings, referrals and other people's work."""
    raw = Scope(doc, doc.text, doc.lower)
    zones: list[tuple[int, int]] = []
    for m in _scanned(_OTHER_JOB, _OTHER_JOB_ANCHORS, raw.lower):
        if m.group().startswith(("separate", "unrelated")) and not m.group().startswith(
            ("separate posting", "separate open")
        ):
            lead_lo = max(0, m.start() - 8)
            if not _SENTENCE_START.search(raw.lower, lead_lo, m.start()) and m.start() > 8:
                continue  # "paid separately": only a sentence opening with "Separately" turns away
        zones.append(_zone(raw, m.start()))
    for m in _scanned(_OTHER_PERSON_VERB, _OTHER_PERSON_ANCHORS, raw.lower):
        lo = max(0, m.start() - 60)
        if any(raw.lower.find(w, lo, m.start()) >= 0 for w in ("radiologist", "reader", "rad")) and (
            _OTHER_PERSON_LEAD.search(raw.lower, lo, m.start())
        ):
            zones.append(raw.sentence_nearby(m.start()))
    zones.extend(later_positions(raw.lower))
    asides = ("(for context", "(for comparison", "(for reference", "(by comparison", "( for")
    zones.extend((m.start(), m.end()) for m in raw.at(_ASIDE, asides, word=False))
    if not zones:
        return raw
    zones.sort()
    merged = [zones[0]]
    for lo, hi in zones[1:]:
        if lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    text = doc.text
    pieces = []
    cursor = 0
    for lo, hi in merged:
        pieces.append(text[cursor:lo])
        pieces.append(_ZONE_CHARS.sub(" ", text[lo:hi]))
        cursor = hi
    pieces.append(text[cursor:])
    masked = "".join(pieces)
    return Scope(doc, masked, masked.lower())


# "A couple others if you know anyone:", "Other openings": a heading over a list of other jobs
_OTHER_HEADING = re.compile(_OTHER_OPENINGS)


def _zone(scope: Scope, pos: int) -> tuple[int, int]:
    """From the sentence holding `pos` to the end of its line; a heading-like line takes the next one."""
    text = scope.text
    line_start, end = scope.line(pos)
    start = max(scope.sentence_nearby(pos)[0], line_start)
    line = text[line_start:end].strip()
    if len(line) < 80 and not line.endswith((".", "!", "?")) and not line.startswith(("-", "*", "•")):
        nxt = end
        while nxt < len(text) and text[nxt] == "\n":
            nxt += 1
        end = scope.line(nxt)[1] if nxt < len(text) else len(text)
        if line.endswith(":") or _OTHER_HEADING.fullmatch(line.lower()):  # and the list under it
            while end < len(text) and _BULLET.match(text, end + 1):
                end = scope.line(end + 1)[1]
    return start, min(end, start + 1500)


def _scanned(pattern: re.Pattern[str], anchors: tuple[str, ...], lower: str) -> list[re.Match[str]]:
    """Scope.at for build_scope's few anchors, found by str.find: the text's index is only worth
    building for the text the rules will read, which may be the one with other jobs blanked out."""
    starts = sorted(p for anchor in anchors for p in find_all(lower, anchor))
    return list(_matches(pattern, starts, lower, True))
