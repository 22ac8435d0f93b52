"""One offer per job: postings of the same job on different sources are grouped into one offer.

Blocking: postings are only compared within an employer block (the employer's name reduced to its
distinctive words), so cost grows with the postings per employer, not with all pairs overall.
Within a block, titles are compared all-against-all in C (rapidfuzz.process); only pairs whose titles
are close enough have their location and description compared. Postings from the same source are
never merged: a board lists a job once, so two postings there are two jobs. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

# Words that do not tell employers apart.
_GENERIC = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "&",
        "llc",
        "l.l.c",
        "inc",
        "inc.",
        "corp",
        "corporation",
        "co",
        "company",
        "pc",
        "p.c",
        "pa",
        "p.a",
        "pllc",
        "ltd",
        "group",
        "groups",
        "associates",
        "partners",
        "partnership",
        "services",
        "solutions",
        "health",
        "healthcare",
        "medical",
        "medicine",
        "imaging",
        "radiology",
        "radiologists",
        "radiological",
        "teleradiology",
        "telerad",
        "diagnostic",
        "diagnostics",
        "physicians",
        "physician",
        "network",
        "networks",
        "center",
        "centers",
        "clinic",
        "clinics",
        "system",
        "systems",
        "usa",
        "us",
        "national",
        "american",
    ]
)
_WORD = re.compile(r"[a-z0-9]+")
_SPACE = re.compile(r"\s+")

TITLE_GATE = 70.0  # titles below this similarity are never the same job
MATCH_THRESHOLD = 82.0  # weighted title/location/description score that merges two postings
WEIGHTS = {"title": 0.35, "location": 0.15, "description": 0.50}
DESCRIPTION_CHARS = 1500


@dataclass(frozen=True)
class DedupeItem:
    """What dedupe needs of one posting."""

    posting_id: int
    source: str
    employer: str
    title: str
    location: str
    description: str


def employer_key(employer: str) -> str:
    """The employer's distinctive words, sorted: 'Summit Teleradiology, LLC' -> 'summit'."""
    words = [w for w in _WORD.findall(employer.lower()) if w not in _GENERIC]
    if not words:
        words = _WORD.findall(employer.lower())
    return " ".join(sorted(set(words)))


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.lower()).strip()


@dataclass(frozen=True)
class _Prepared:
    """One posting's compared fields, normalised once (not once per pair)."""

    item: DedupeItem
    title: str
    location: str
    description: str  # lowercase words, sorted: fuzz.ratio on it is token_sort_ratio


def _prepare(item: DedupeItem) -> _Prepared:
    words = _WORD.findall(item.description[:DESCRIPTION_CHARS].lower())
    return _Prepared(item, _norm(item.title), _norm(item.location), " ".join(sorted(words)))


def _score(a: _Prepared, b: _Prepared, threshold: float, title: float | None = None) -> float:
    """The weighted score; the description comparison is skipped (or cut short) when it cannot
    lift the pair over the threshold."""
    t = fuzz.token_set_ratio(a.title, b.title) if title is None else title
    loc = fuzz.token_set_ratio(a.location, b.location) if a.location and b.location else 60.0
    partial = WEIGHTS["title"] * t + WEIGHTS["location"] * loc
    need = (threshold - partial) / WEIGHTS["description"]
    if need > 100:
        return partial
    d = fuzz.ratio(a.description, b.description, score_cutoff=max(need, 0.0))
    return partial + WEIGHTS["description"] * d


def pair_score(a: DedupeItem, b: DedupeItem) -> float:
    """0-100 similarity of two postings (title, location, description), for the threshold."""
    return _score(_prepare(a), _prepare(b), threshold=0.0)


class _UnionFind:
    def __init__(self, ids: Iterable[int]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = min(ra, rb), max(ra, rb)
            self.parent[hi] = lo


def _match_block(block: Sequence[_Prepared], uf: _UnionFind, threshold: float) -> None:
    if len(block) < 2:
        return
    titles = [p.title for p in block]
    for i, title in enumerate(titles):
        # one C call per row compares this title with every later one in the block
        close = process.extract(
            title, titles[i + 1 :], scorer=fuzz.token_set_ratio, score_cutoff=TITLE_GATE, limit=None
        )
        a = block[i]
        for _match, title_score, offset in close:
            b = block[i + 1 + offset]
            if a.item.source != b.item.source and _score(a, b, threshold, title_score) >= threshold:
                uf.union(a.item.posting_id, b.item.posting_id)


def group_offers(items: Sequence[DedupeItem], threshold: float = MATCH_THRESHOLD) -> dict[int, int]:
    """posting_id -> offer_id (the smallest posting id of its group), for every item."""
    uf = _UnionFind(i.posting_id for i in items)
    blocks: dict[str, list[_Prepared]] = defaultdict(list)
    for item in items:
        blocks[employer_key(item.employer)].append(_prepare(item))
    for block in blocks.values():
        _match_block(block, uf, threshold)
    return {i.posting_id: uf.find(i.posting_id) for i in items}


def group_offers_naive(items: Sequence[DedupeItem], threshold: float = MATCH_THRESHOLD) -> dict[int, int]:
    """The all-pairs baseline (no blocking, no title gate) for the benchmark's ratio."""
    uf = _UnionFind(i.posting_id for i in items)
    prepared = [_prepare(i) for i in items]
    keys = [employer_key(i.employer) for i in items]
    for x in range(len(prepared)):
        for y in range(x + 1, len(prepared)):
            a, b = prepared[x], prepared[y]
            if a.item.source != b.item.source and keys[x] == keys[y] and _score(a, b, threshold) >= threshold:
                uf.union(a.item.posting_id, b.item.posting_id)
    return {i.posting_id: uf.find(i.posting_id) for i in items}
