"""The text a pay or volume rule reads: the posting lowercased, the clause around a figure, other jobs.

Recruiter e-mails and ATS pages quote other openings ("Also hiring: IR at $650K", "Separately -
also sitting on an IR job at $700K", "Similar jobs"); figures in those passages are not this offer's.
Every window is bounded, so one 100 KB "sentence" costs no more than a short one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scout.extract.doc import Doc
from scout.extract.facts_scope import later_positions
from scout.extract.money import lowercase

Span = tuple[int, int]

# How far a figure's context reaches: its clause, never more than this many characters.
BEFORE_CHARS = 100
AFTER_CHARS = 60
SENTENCE_CHARS = 240

_OTHER_JOB = re.compile(
    r"also (?:open|opening|available)\b(?=\s*(?:--|-|–|—|:))"
    r"|also (?:hiring|hires|recruiting|recruits|filling|sitting on|looking to fill|trying to fill"
    r"|working (?:on )?an?\b"
    r"|(?:have|has|got|need) an?\b(?=[^.\n]{0,60}\b(?:opening|position|job|role|locums?|search|slot|spot|gig|"
    r"vacancy|assignment)))"
    r"|(?:separate|different) (?:thing|posting|opening|position|role|requisition|req|listing|search)\b"
    r"|(?:another|second|other) (?:opening|position|job|role|search|opportunit(?:y|ies))s?\b"
    r"(?! (?:description|title))|(?:similar|related|recommended) (?:jobs|openings|positions)\b"
    r"|(?:if|in case) you know (?:someone|anyone|an?\b)|know (?:someone|anyone) (?:who|else|that)\b"
    r"|send them my way\b"
    r"|(?:posted|listed|advertised) separately\b"
    r"|separately\b|friend (?:of mine|runs|has|at|in)\b|if you ever want|keep looking\b"
    r"|(?:different|another) (?:practice|group|client|hospital|system) (?:is|pays|paying|has|needs)\b"
)
# Every cue above starts with one of these words; `str.find` locates them faster than a regex scan.
_OTHER_JOB_ANCHORS = (
    *(
        "also ",
        "separate",
        "different ",
        "another ",
        "second ",
        "other ",
        "similar ",
        "related ",
        "recommended ",
    ),
    *("if you know", "know someone", "know anyone", "send them", "friend ", "if you ever", "different "),
    "keep looking",
    *("posted separately", "listed separately", "advertised separately"),
    "in case you know",
)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s|\n)[ \t]*(?:[-*•][ \t]*)?$")
_LOOKS_PAID = re.compile(r"[$€£]|\dk\b|\bdollars\b")
_MAX_EXTRA_LINES = 6
_HEADING_REST = 40  # a cue ending a short line ("Similar jobs") heads the lines below it
_HEADING_LINE = 80
_ABBREVIATION = re.compile(
    r"\b(?:min|max|approx|avg|est|ca|vs|no|nos|dr|st|inc|co|ft|pt|mo|yr|yrs|hr|hrs|wk|wks|e\.g|i\.e|p\.a|a\.m|p\.m)\.\s*$"
)


@dataclass
class Text:
    """A posting as the pay rules read it: the Doc, its lowercase twin and the other-job passages."""

    doc: Doc
    low: str = field(init=False)
    elsewhere: list[Span] = field(init=False)
    # sentence start -> clause start (the abbreviation test runs once per sentence)
    _clause_heads: dict[int, int] = field(init=False, default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        lower = self.doc.lower
        self.low = lower if len(lower) == len(self.doc.text) else lowercase(self.doc.text)
        self.elsewhere = _other_job_regions(self.low)

    def clause_start(self, pos: int) -> int:
        """The start of the sentence holding `pos`, not cut at an abbreviation ("min. 50")."""
        first, _ = self.doc.sentence_span(pos)
        start = self._clause_heads.get(first)
        if start is None:
            start = first
            for _ in range(3):
                if start == 0 or not _ABBREVIATION.search(self.low, max(0, start - 12), start):
                    break
                start, _ = self.doc.sentence_span(start - 1)
            self._clause_heads[first] = start
        return max(start, pos - SENTENCE_CHARS)

    def sentence_end(self, pos: int) -> int:
        _, end = self.doc.sentence_span(pos)
        return min(end, pos + SENTENCE_CHARS)

    def before(self, start: int, floor: int) -> str:
        """The lowercase clause leading up to `start`: not before `floor` nor the sentence start."""
        return self.low[max(self.clause_start(start), floor, start - BEFORE_CHARS) : start]

    def after(self, end: int, ceiling: int) -> str:
        """The lowercase clause following `end`: not past `ceiling` nor the sentence end."""
        if end >= len(self.low):
            return ""
        return self.low[end : min(self.sentence_end(end), ceiling, end + AFTER_CHARS)]

    def elsewhere_at(self, pos: int) -> bool:
        """Whether `pos` lies in a passage about another opening."""
        return any(start <= pos < end for start, end in self.elsewhere)

    def line_span(self, pos: int) -> Span:
        """The [start, end) of the line holding `pos`."""
        start = self.low.rfind("\n", 0, pos) + 1
        return start, _line_end(self.low, pos)

    def lines_above(self, pos: int, max_lines: int = 8, max_chars: int = 600) -> list[str]:
        """The non-blank lines above the one holding `pos`, nearest first (table and list headers)."""
        out: list[str] = []
        line_start = self.low.rfind("\n", 0, pos) + 1
        floor = max(0, pos - max_chars)
        cursor = line_start - 1
        while cursor > floor and len(out) < max_lines:
            start = self.low.rfind("\n", floor, cursor) + 1
            line = self.low[max(start, floor) : cursor]
            if line.strip():
                out.append(line)
            cursor = start - 1
        return out


def anchored(
    low: str, anchors: tuple[str, ...], pattern: re.Pattern[str], limit: int = 200
) -> list[re.Match[str]]:
    """Matches of `pattern` starting where one of the literal `anchors` occurs, in reading order.

    `str.find` skips through text far faster than a regex scan whose first letter is common.
    """
    found: dict[int, re.Match[str]] = {}
    for anchor in anchors:
        pos = low.find(anchor)
        tries = 0
        while pos >= 0 and tries < limit:
            m = pattern.match(low, pos)
            if m is not None:
                found.setdefault(pos, m)
            pos = low.find(anchor, pos + 1)
            tries += 1
    return [found[pos] for pos in sorted(found)]


def around(
    low: str, anchors: tuple[str, ...], pattern: re.Pattern[str], reach: int = 40, limit: int = 100
) -> list[re.Match[str]]:
    """Matches of `pattern` within `reach` characters of where a literal anchor occurs, in reading order."""
    found: dict[int, re.Match[str]] = {}
    for anchor in anchors:
        pos = low.find(anchor)
        tries = 0
        while pos >= 0 and tries < limit:
            m = pattern.search(low, max(0, pos - reach), min(len(low), pos + len(anchor) + reach))
            if m is not None:
                found.setdefault(m.start(), m)
            pos = low.find(anchor, pos + 1)
            tries += 1
    return [found[start] for start in sorted(found)]


def _other_job_regions(low: str) -> list[Span]:
    regions: list[Span] = []
    for m in anchored(low, _OTHER_JOB_ANCHORS, _OTHER_JOB):
        if len(regions) >= 50:
            break
        if m.start() and low[m.start() - 1].isalnum():
            continue
        if m.group(0) == "separately" and not _SENTENCE_OPENING.search(low, max(0, m.start() - 6), m.start()):
            continue  # "paid separately" is not a second opening; "Separately - ..." is
        start = m.start()
        end = _line_end(low, m.end())
        line_start = low.rfind("\n", 0, start) + 1
        if end - m.end() <= _HEADING_REST and end - line_start <= _HEADING_LINE:
            end = _block_end(low, start, end)
        regions.append((start, end))
    regions += later_positions(low)  # "POSITION 2 -- Overnight general teleradiologist ..."
    return regions


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _block_end(text: str, start: int, end: int) -> int:
    """Extend a heading's region over the lines below it, through the first block that holds figures."""
    paid = bool(_LOOKS_PAID.search(text, start, end))
    if paid:
        return end  # "Also hiring: IR at $700K" says it all on its own line
    for _ in range(_MAX_EXTRA_LINES):
        if end >= len(text):
            break
        next_end = _line_end(text, end + 1)
        if next_end - end > 400:
            break
        line = text[end + 1 : next_end]
        if not line.strip() and paid:
            break
        paid = paid or bool(_LOOKS_PAID.search(line))
        end = next_end
    return end
