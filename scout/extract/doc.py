"""The shared view of one posting's text that every field extractor reads.

Extractors are pure: they take a Doc and return values plus Evidence spans into `doc.text`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from scout.extract.contract import Evidence

# Sentence-ish boundaries: end punctuation followed by space, line breaks, bullets.
_BOUNDARY = re.compile(r"[.!?;]\s+(?=[A-Z0-9$•\-*(\"'])|\n+")  # match.end() is the next start


@dataclass
class Doc:
    """A posting's text with precomputed helpers (lowercase copy, sentence spans)."""

    text: str
    lower: str = field(init=False)

    def __post_init__(self) -> None:
        self.lower = self.text.lower()

    @cached_property
    def sentence_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in _BOUNDARY.finditer(self.text))
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

    def evidence(self, field_name: str, start: int, end: int) -> Evidence:
        """An evidence span, trimmed of surrounding whitespace, always matching the text."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Evidence(field=field_name, start=start, end=end, text=self.text[start:end])
