"""Does the posting let a radiologist read from outside the US? The one fact the extracted terms
do not carry, read from the posting text once per offer (when its `OfferInput` is built)."""

from __future__ import annotations

from scout import ranking_defaults as d


def find_abroad_quote(text: str) -> str | None:
    """The posting words that let a radiologist read from outside the US, or None.

    A cheap case-sensitive search on word stems first (most postings have none), then a
    case-insensitive check of the surrounding words for a negation ("no reading from abroad").
    """
    hit = -1
    for stem in _ABROAD_STEMS:
        hit = text.find(stem)
        if hit >= 0:
            break
    if hit < 0:
        return None
    lowered = text.lower()
    for word in d.ABROAD_WORDS:
        start = lowered.find(word)
        while start >= 0:
            before = lowered[max(0, start - 40) : start]
            if not any(neg in before for neg in d.ABROAD_NEGATIONS):
                return _sentence(text, start, start + len(word))
            start = lowered.find(word, start + 1)
    return None


_ABROAD_STEMS = (
    "broad",
    "verseas",
    "utside the",
    "nywhere in the world",
    "urope",
    "ustralia",
    "nternational",
)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around text[start:end], at most about 160 characters."""
    left = max(text.rfind(c, 0, start) for c in ".\n!?;") + 1
    right_candidates = [i for i in (text.find(c, end) for c in ".\n!?;") if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    left = max(left, start - 80)
    right = min(right, end + 80)
    return " ".join(text[left:right].split()).rstrip(";")
