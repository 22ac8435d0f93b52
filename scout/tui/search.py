"""Fuzzy search across offers' titles, employers and posting text, fast enough to run per keystroke.

Every word of the query must match the offer (words in any order). A query word matches an offer
when it begins a word of the offer ("neuro" finds "neuroradiology"), or when it is a long word
close to one (rapidfuzz ratio, so "nueroradiology" still finds it). An inverted index (word ->
offer ids, kept as compact arrays) is built once per load, so a keystroke costs a few dictionary
look-ups, not a scan of every posting; each query word's hits are cached, so typing on only
recomputes the last word. Results are offer ids, so a re-ranking keeps the index.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable

from rapidfuzz import fuzz, process

_WORD = re.compile(r"[a-z0-9]+")
FUZZY_MIN_LEN = 5
FUZZY_CUTOFF = 82.0
MAX_FUZZY_WORDS = 12


def haystack(title: str, employer: str | None, text: str) -> str:
    """The lowercased text one offer is searched in."""
    return f"{title}\n{employer or ''}\n{text}".lower()


def query_words(query: str) -> list[str]:
    return _WORD.findall(query.lower())


class SearchIndex:
    """Search over a fixed set of offers, each given as (offer id, haystack)."""

    def __init__(self, haystacks: Iterable[tuple[int, str]]) -> None:
        postings: dict[str, array[int]] = {}
        count = 0
        for i, text in haystacks:
            count += 1
            for word in set(_WORD.findall(text)):
                found = postings.get(word)
                if found is None:
                    postings[word] = array("Q", (i,))
                else:
                    found.append(i)
        self._size = count
        self._postings = postings
        self._vocab = sorted(postings)
        self._cache: dict[str, frozenset[int]] = {}

    def __len__(self) -> int:
        return self._size

    def search(self, query: str) -> frozenset[int] | None:
        """The offers every query word matches; None when the query has no words (no search)."""
        words = sorted(set(query_words(query)), key=len, reverse=True)  # rarest (longest) first
        if not words:
            return None
        result: frozenset[int] | None = None
        for word in words:
            hits = self.word_hits(word)
            result = hits if result is None else result & hits
            if not result:
                return frozenset()
        return result

    def word_hits(self, word: str) -> frozenset[int]:
        found = self._cache.get(word)
        if found is None:
            found = self._cache[word] = self._hits(word)
        return found

    def _hits(self, word: str) -> frozenset[int]:
        hits: set[int] = set()
        for match in self.matching_words(word):
            hits.update(self._postings[match])
        return frozenset(hits)

    def matching_words(self, word: str) -> list[str]:
        """The indexed words a query word stands for: those it begins, and close spellings."""
        vocab = self._vocab
        start = bisect_left(vocab, word)
        end = bisect_left(vocab, word + "\uffff", start)
        found = vocab[start:end]
        if len(word) >= FUZZY_MIN_LEN:
            close = process.extract(
                word, vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=MAX_FUZZY_WORDS
            )
            found.extend(match for match, _score, _i in close if not match.startswith(word))
        return found
