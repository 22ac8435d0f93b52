"""The part of a posting that is about *this* job, and bounded views around a match.

Recruiter e-mails and career pages often mention a second opening ("Also hiring: an on-site IR
...", "Separately - ...", a referral bonus); those passages are blanked out (same length, so offsets
still point into the original text) before any facts rule reads the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter

from scout.extract.contract import Evidence
from scout.extract.doc import Doc

# Each pattern starts at one of its anchors (Scope.at tries it only there).
_OTHER_JOB = re.compile(
    r"also\s+(?:hiring|filling|recruiting|working\s+(?:on\s+)?an?|sitting\s+on)\b"
    r"|also\s+(?:have|has|got|looking\s+for)\s+an?\s+(?:[\w/-]+\s+){0,3}(?:opening|position|job|role|vacancy)\b"
    r"|also\s+(?:have|has)\s+(?:[\w/-]+\s+){0,2}(?:openings|positions|jobs|roles|vacancies)\b"
    r"|also\s+(?:seeking|looking\s+for|need|needs)\s+(?:an?\s+)?(?:[\w/-]+\s+){0,2}(?:radiologist|rad|reader)"
    r"|(?:other|additional|more)\s+(?:openings?|opportunities|positions|vacancies)\s*[:\-–]"
    r"|separate\s+(?:posting|opening|position|requisition)\b"
    r"|separate(?:ly|\s+thing)?\b(?=\s*[-–—:,]|\s+thing)"
    r"|(?:(?<=another\s)|(?<=second\s)|(?<=other\s))(?:opening|vacancy)\b"
    r"|referral\s+(?:bonus|fee|program|reward|incentive|to\s+you)"
    r"|refer\s+(?:a|an)\s+(?:colleague|friend|radiologist|rad)\b"
)
_OTHER_JOB_ANCHORS = (
    "also",
    "separate",
    "opening",
    "vacancy",
    "referral",
    "refer",
    "other",
    "additional",
    "more",
)
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
_ABBREVIATION = frozenset(
    ("incl", "approx", "appt", "e.g", "i.e", "a.m", "p.m", "st", "dr", "mr", "mrs", "ms", "vs", "etc",
     "no", "min", "max", "yr", "yrs", "wk", "wks", "mo", "mos", "hr", "hrs", "lic", "req", "dept", "ft",
     "pt", "est", "jr", "sr", "u.s", "inc", "co", "corp", "ltd", "ave", "blvd", "govt")
)  # fmt: skip
_SENTENCE_OPENER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789$•-*(\"'")
CLAUSE_LIMIT = 240
MAX_MATCHES = 48


# every character that is not a letter or digit, mapped to a space: words are then what split() returns
_NOT_ALNUM = {i: 32 for i in range(128) if not chr(i).isalnum()}
_FIRST_THREE = itemgetter(slice(3))


_GATES: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = {}


@lru_cache(maxsize=1024)
def _gate_key(anchor: str) -> str:
    """The anchor's first three characters, lowercased, when they are letters or digits, else ""."""
    head = anchor[:3].lower()
    return head if len(head) == 3 and head.isascii() and head.isalnum() else ""


def find_all(hay: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every position of `needle` in hay[start:end] (str.find at C speed, no regex)."""
    out = []
    stop = len(hay) if end is None else end
    i = hay.find(needle, start, stop)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1, stop)
    return out


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
    def _found(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """Anchor positions already looked up: in the lowercase text, and in the original."""
        return {}, {}

    @cached_property
    def _word_starts(self) -> frozenset[str]:
        """The first three characters of every word: a cheap test for an anchor (of three or more)."""
        lower = self.lower
        if not lower.isascii():  # the ASCII fast path of translate() is many times quicker
            lower = lower.encode("ascii", "replace").decode("ascii")
        return frozenset(map(_FIRST_THREE, lower.translate(_NOT_ALNUM).split()))

    def positions(self, anchor: str, case: bool = False, word: bool = True) -> list[int]:
        """Where `anchor` occurs (in the lowercase text, or the original with `case`); cached.

        With `word`, only an anchor that some word starts with is looked for at all.
        """
        return self._positions(((anchor, _gate_key(anchor)),), case, word)

    def _positions(self, gates: tuple[tuple[str, str], ...], case: bool, word: bool) -> list[int]:
        cache = self._found[1 if case else 0]
        hay = self.text if case else self.lower
        word_starts = self._word_starts
        starts: list[int] = []
        for anchor, gate in gates:
            key = anchor if word else "\0" + anchor
            found = cache.get(key)
            if found is None:
                found = [] if word and gate and gate not in word_starts else find_all(hay, anchor)
                cache[key] = found
            if found:
                starts += found
        return starts

    def at(
        self, pattern: re.Pattern[str], anchors: tuple[str, ...], case: bool = False, word: bool = True
    ) -> list[re.Match[str]]:
        """Matches of `pattern` that start exactly where one of `anchors` occurs (first MAX_MATCHES).

        The cheap way to run a rule: str.find locates the anchors, the regex is tried only there.
        With `word`, an anchor inside a word ("mal" in "normal") is skipped, and an anchor no word
        starts with is not even looked for.
        """
        gates = _GATES.get(anchors)
        if gates is None:
            gates = _GATES[anchors] = tuple((anchor, _gate_key(anchor)) for anchor in anchors)
        starts = self._positions(gates, case, word)
        if not starts:
            return []
        if len(gates) > 1:
            starts.sort()
        hay = self.text if case else self.lower
        matches: list[re.Match[str]] = []
        last_end = -1
        for pos in starts:
            if pos < last_end or (word and pos > 0 and hay[pos - 1].isalnum()):
                continue
            m = pattern.match(hay, pos)
            if m is not None:
                matches.append(m)
                last_end = max(m.end(), pos + 1)
                if len(matches) >= MAX_MATCHES:
                    break
        return matches

    @cached_property
    def _marks(self) -> tuple[list[int], list[int]]:
        """Clause ends (line breaks, ';', '!', '?', full stops not ending "incl.") and sentence ends."""
        lower, text = self.lower, self.text
        size = len(lower)
        clause: list[int] = []
        sentence: list[int] = []
        for ch in "\n;!?.":
            for pos in find_all(lower, ch):
                if ch == "\n":
                    clause.append(pos)
                    sentence.append(pos)
                    continue
                nxt = pos + 1
                if nxt < size and not lower[nxt].isspace():
                    continue
                if ch == ".":
                    word_start = pos
                    while (
                        word_start > 0
                        and pos - word_start < 6
                        and (lower[word_start - 1].isalpha() or lower[word_start - 1] == ".")
                    ):
                        word_start -= 1
                    word = lower[word_start:pos]
                    if len(word) == 1 or word in _ABBREVIATION:
                        continue  # "incl.", "e.g.", "a.m.", "Dr.": not the end of anything
                clause.append(pos)
                while nxt < size and nxt - pos < 8 and text[nxt].isspace():
                    nxt += 1
                if nxt >= size or text[nxt] in _SENTENCE_OPENER:
                    sentence.append(pos)
        clause.sort()
        sentence.sort()
        return clause, sentence

    @staticmethod
    def _between(marks: list[int], pos: int, size: int, limit: int) -> tuple[int, int]:
        i = bisect_right(marks, pos - 1)
        start = marks[i - 1] + 1 if i > 0 else 0
        end = marks[i] if i < len(marks) else size
        return max(start, pos - limit), min(end, pos + limit)

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause around `pos`: bounded by line breaks, ';', '!', '?' and full stops (≤240 chars)."""
        return self._between(self._marks[0], pos, len(self.lower), CLAUSE_LIMIT)

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos`: a line, or up to a full stop before a capital (≤600 chars)."""
        return self._between(self._marks[1], pos, len(self.lower), 600)

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

    def evidence(self, field_name: str, start: int, end: int) -> Evidence:
        """An evidence span into the original text, trimmed of surrounding whitespace."""
        text = self.doc.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        # built without re-validation: the fields are correct by construction, and this is hot
        return Evidence.model_construct(field=field_name, start=start, end=end, text=text[start:end])


_ZONE_CHARS = re.compile(r"[^\n]")


def build_scope(doc: Doc) -> Scope:
    """Blank out the passages about other openings, referrals and other people's work."""
    raw = Scope(doc, doc.text, doc.lower)
    zones: list[tuple[int, int]] = []
    for m in raw.at(_OTHER_JOB, _OTHER_JOB_ANCHORS):
        if m.group().startswith("separate") and not m.group().startswith(
            ("separate posting", "separate open")
        ):
            lead_lo = max(0, m.start() - 8)
            if not _SENTENCE_START.search(raw.lower, lead_lo, m.start()) and m.start() > 8:
                continue  # "paid separately": only a sentence opening with "Separately" turns away
        zones.append(_zone(raw, m.start()))
    for m in raw.at(
        _OTHER_PERSON_VERB, ("covers", "handles", "reads", "takes", "is available", "are available")
    ):
        lo = max(0, m.start() - 60)
        if any(raw.lower.find(w, lo, m.start()) >= 0 for w in ("radiologist", "reader", "rad")) and (
            _OTHER_PERSON_LEAD.search(raw.lower, lo, m.start())
        ):
            zones.append(raw.sentence(m.start()))
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


def _zone(scope: Scope, pos: int) -> tuple[int, int]:
    """From the sentence holding `pos` to the end of its line; a heading-like line takes the next one."""
    text = scope.text
    line_start, end = scope.line(pos)
    start = max(scope.sentence(pos)[0], line_start)
    line = text[line_start:end].strip()
    if len(line) < 80 and not line.endswith((".", "!", "?")) and not line.startswith(("-", "*", "•")):
        nxt = end
        while nxt < len(text) and text[nxt] == "\n":
            nxt += 1
        end = scope.line(nxt)[1] if nxt < len(text) else len(text)
    return start, min(end, start + 1500)
