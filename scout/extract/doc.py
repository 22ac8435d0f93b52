"""The shared view of one posting's text that every field extractor reads.

Extractors are pure: they take a Doc and return values plus Quote spans into `doc.text`; `extract`
turns the quotes into the contract's Evidence once, at the end.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from operator import methodcaller
from typing import NamedTuple

# Sentence-ish boundaries: end punctuation followed by space, line breaks, bullets. match.end() is the
# next start. It opens with one character class so that the regex engine skips to candidates at C speed.
# a sentence ends at a line break, or at . ! ? ; before a capital, digit, "$" or bullet; not at the
# dot leader of a rate table ("first 85 wRVU ..... $38")
_BOUNDARY = re.compile(
    r"[.!?;\n](?:(?<=\n)\n*|(?<=[.!?;])\s+(?=[A-Z•\-*(\"'])|(?<=[.!?;])(?<!\.\.\.)\s+(?=[0-9$]))"
)
_END = methodcaller("end")


class Quote(NamedTuple):
    """One evidence span: the field it backs and the [start, end) slice of the text it quotes."""

    field: str
    start: int
    end: int
    text: str


@dataclass
class Doc:
    """A posting's text with precomputed helpers (lowercase copy, sentence spans)."""

    text: str
    lower: str = field(init=False)

    def __post_init__(self) -> None:
        self.lower = _lower_in_place(self.text)

    @cached_property
    def sentence_starts(self) -> list[int]:
        starts = [0]
        starts += map(_END, _BOUNDARY.finditer(self.text))
        return starts

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """The [start, end) of the sentence holding character `pos`."""
        starts = self.sentence_starts
        i = bisect_right(starts, pos) - 1
        start = starts[max(i, 0)]
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return start, end

    def sentence_at(self, pos: int) -> str:
        start, end = self.sentence_span(pos)
        return self.text[start:end]

    def evidence(self, field_name: str, start: int, end: int) -> Quote:
        """An evidence span, trimmed of surrounding whitespace, always matching the text."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Quote(field_name, start, end, text[start:end])


def _lower_in_place(text: str) -> str:
    """`text` lowercased with every character kept at its position: spans found in the copy are
    spans of the text. The few characters whose lowercase is longer ("İ" -> "i̇") stay as they are."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)
