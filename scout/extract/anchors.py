"""Where a rule's trigger words start a word: one index per text, built in one regex pass.

Each facts rule tries its regex only where one of its literal anchors begins a word (Scope.at).
Finding those places with one str.find scan of the whole text per anchor, rule by rule, was most of
the extractor's time. Instead every anchor any rule has asked for goes into one vocabulary, compiled
into a single regex (a character trie, so the engine follows one branch per letter); one pass of it
over a text finds every vocabulary word at every word start, and each rule's lookup is then a dict
lookup. Words are found in a copy of the text in which every character but an ASCII letter or digit
is a space, so a word start is simply a place after a space.

The vocabulary grows as rules ask for new anchors: an anchor it does not hold yet is looked up the
slow way (the same answer) and joins the vocabulary for the next text.
"""

from __future__ import annotations

import re
import threading
from itertools import accumulate, count
from operator import add
from typing import NamedTuple

# every ASCII character that is not a letter or digit, mapped to a space (a word is what split() returns)
_NOT_ALNUM = {i: 32 for i in range(128) if not chr(i).isalnum()}
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def spaced(lower: str) -> str:
    """`lower` with every character but an ASCII letter or digit turned into a space (same length)."""
    if not lower.isascii():  # the ASCII fast path of translate() is many times quicker
        lower = lower.encode("ascii", "replace").decode("ascii")
    return lower.translate(_NOT_ALNUM)


def find_all(hay: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every position of `needle` in hay[start:end] (str.find at C speed, no regex)."""
    out = []
    stop = len(hay) if end is None else end
    i = hay.find(needle, start, stop)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1, stop)
    return out


def gate_key(anchor: str) -> str:
    """The anchor's first three characters, lowercased, when they are ASCII letters or digits, else ""."""
    head = anchor[:3].lower()
    return head if len(head) == 3 and head.isascii() and head.isalnum() else ""


class Anchor(NamedTuple):
    """One literal anchor (lowercase), prepared for the lookup."""

    word: str  # as the rule writes it
    key: str  # as it reads in the spaced text
    exact: bool  # the key alone proves the anchor (it is ASCII letters and digits only)


def _prepare(anchor: str) -> Anchor:
    return Anchor(anchor, spaced(anchor), anchor.isascii() and anchor.isalnum())


class _Group(NamedTuple):
    """The anchors of one rule, prepared, and the keys they read as."""

    anchors: tuple[Anchor, ...]
    keys: frozenset[str]


def _group(anchors: tuple[str, ...]) -> _Group:
    prepared = tuple(map(_prepare, anchors))
    return _Group(prepared, frozenset(anchor.key for anchor in prepared))


_GROUPS: dict[tuple[str, ...], _Group] = {}
_LOWERED: dict[str, tuple[str]] = {}


_Node = dict[str, "_Node"]


def _trie(words: list[str]) -> str:
    """An alternation of `words` as a character trie, longest match first."""
    root: _Node = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: _Node) -> str:
        alternatives = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        if len(alternatives) == 1 and "" not in node:
            return alternatives[0]
        body = "|".join(alternatives)
        return f"(?:{body})?" if "" in node else f"(?:{body})"

    return branch(root)


# The keys indexed, the regex that finds them, and each key's indexed prefixes (itself included).
_Table = tuple[frozenset[str], "re.Pattern[str] | None", dict[str, tuple[str, ...]]]


class _Vocabulary:
    """Every key the rules have looked up, and the one regex that finds them all at word starts."""

    def __init__(self) -> None:
        self.table: _Table = (frozenset(), None, {})
        self._waiting: set[str] = set()
        self._lock = threading.Lock()

    def add(self, key: str) -> None:
        if key[:1] in _WORD_CHARS:  # a word start is a letter or digit after a space
            with self._lock:
                self._waiting.add(key)

    def current(self) -> _Table:
        if self._waiting:
            with self._lock:
                keys = self.table[0] | self._waiting
                self._waiting = set()
                # a space, then (not consumed) the longest key there: split() drops it, keeps the key.
                # The class of first letters in front lets the engine pass most spaces in one test
                # instead of trying the trie's first branches one by one.
                firsts = "".join(sorted({key[0] for key in keys}))
                pattern = re.compile(r" (?=[" + firsts + "])(?=(" + _trie(sorted(keys)) + "))")
                prefixes = {k: tuple(k[:i] for i in range(1, len(k) + 1) if k[:i] in keys) for k in keys}
                self.table = (keys, pattern, prefixes)
        return self.table


_VOCABULARY = _Vocabulary()


class Index:
    """The word-start positions of anchors in one lowercase text."""

    __slots__ = ("_found", "_indexed", "_present", "_words", "lower", "spaced")

    def __init__(self, lower: str) -> None:
        self.lower = lower
        # position i of `spaced` is the character before lower[i]: a key found after it starts at lower[i]
        self.spaced = " " + spaced(lower)
        self._indexed, pattern, prefixes = _VOCABULARY.current()
        words: dict[str, list[int]] = {}
        if pattern is not None:
            parts = pattern.split(self.spaced)  # text, key, text, key, ..., text
            # the k-th key (k from 0) follows the k-th space matched: after the text before it and k spaces
            places = map(add, accumulate(map(len, parts[0:-1:2])), count())
            for key, place in zip(parts[1::2], places, strict=True):
                for word in prefixes[key]:
                    found = words.get(word)
                    if found is None:
                        words[word] = [place]
                    else:
                        found.append(place)
        self._words = words
        self._present = frozenset(words)
        self._found: dict[str, list[int]] = {}

    def starts(self, anchors: tuple[str, ...]) -> list[int]:
        """Where any of `anchors` starts a word, as ASCII sees it (the caller checks other letters),
        in reading order; a position may repeat when two anchors start there."""
        group = _GROUPS.get(anchors)
        if group is None:
            group = _GROUPS[anchors] = _group(anchors)
        out: list[int] = []
        if group.keys <= self._indexed:
            present = group.keys & self._present
            if not present:
                return out  # none of the rule's words is in the text: the whole rule is skipped
            words = self._words
            for anchor in group.anchors:
                if anchor.key in present:
                    if anchor.exact:
                        out += words[anchor.key]
                    else:
                        lower, word = self.lower, anchor.word
                        out += [i for i in words[anchor.key] if lower.startswith(word, i)]
        else:
            found = self._found
            for anchor in group.anchors:
                hits = found.get(anchor.word)
                if hits is None:
                    hits = found[anchor.word] = self._look_up(anchor)
                out += hits
        if len(group.anchors) > 1:
            out.sort()
        return out

    def starts_cased(self, anchors: tuple[str, ...], text: str) -> list[int]:
        """`starts` for anchors written in capitals ("CT", "IR"), in `text` (which `lower` is the
        lowercase of, letter for letter)."""
        out: list[int] = []
        for anchor in anchors:
            single = _LOWERED.get(anchor)
            if single is None:
                single = _LOWERED[anchor] = (anchor.lower(),)
            out += [i for i in self.starts(single) if text.startswith(anchor, i)]
        if len(anchors) > 1:
            out.sort()
        return out

    def starts_a_word(self, head: str) -> bool:
        """Whether some word (ASCII letters and digits) starts with `head`."""
        if head in self._indexed:
            return head in self._words
        _VOCABULARY.add(head)
        return self.spaced.find(" " + head) >= 0

    def _look_up(self, anchor: Anchor) -> list[int]:
        if anchor.key in self._indexed:
            lower, word = self.lower, anchor.word
            return [i for i in self._words.get(anchor.key, ()) if lower.startswith(word, i)]
        _VOCABULARY.add(anchor.key)
        text, needle = self.spaced, " " + anchor.key
        lower, word = self.lower, anchor.word
        out = []
        i = text.find(needle)
        while i >= 0:
            if lower.startswith(word, i):
                out.append(i)
            i = text.find(needle, i + 1)
        return out
