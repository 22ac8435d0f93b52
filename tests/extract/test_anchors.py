"""The anchor index and the clause bounds: the shared lookups every facts rule reads through."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scout.extract.anchors import Index, find_all
from scout.extract.clauses import _ends_slowly, between, ends, sentence_near


def word_starts(lower: str, anchor: str) -> list[int]:
    """The slow reference: every occurrence not preceded by an ASCII letter or digit."""
    return [
        i
        for i in find_all(lower, anchor)
        if i == 0 or not (lower[i - 1].isascii() and lower[i - 1].isalnum())
    ]


@pytest.mark.parametrize(
    ("text", "anchors", "expected"),
    [
        ("Malpractice provided; mal covered", ("mal",), [0, 22]),
        ("normal hours, abnormal findings", ("mal",), []),  # near-miss: inside a word
        ("public licence, LIC: TX", ("lic",), [7, 16]),
        ("on-site or on site, onsite", ("on site", "on-site"), [0, 11]),
        ("w-2, w 2, w2 and w/2", ("w-2", "w 2", "w2"), [0, 5, 10]),
        ("(for context, x) (for comparison)", ("for",), [1, 18]),
        ("café mal", ("mal",), [5]),  # after a non-ASCII letter: the caller checks that one
        ("med/dental and medical", ("med/", "medical"), [0, 15]),
        ("nighthawk nights", ("night", "nighthawk"), [0, 0, 10]),
        ("", ("mal",), []),
    ],
)
def test_starts_finds_anchors_at_word_starts(
    text: str, anchors: tuple[str, ...], expected: list[int]
) -> None:
    lower = text.lower()
    for _ in range(2):  # unknown anchors are found the slow way, then from the index: same answer
        assert Index(lower).starts(anchors) == expected


def test_cased_anchors_keep_their_capitals() -> None:
    text = "CT and ct, MRI; PET-CT, competent"
    index = Index(text.lower())
    assert index.starts_cased(("CT",), text) == [0, 20]
    assert index.starts_cased(("PET",), text) == [16]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab .-/\n\té’", max_size=40),
    st.sampled_from(["a", "ab", "b a", "a-b", "a/b", "ab ", "ba"]),
)
def test_starts_matches_the_slow_reference(text: str, anchor: str) -> None:
    lower = text.lower()
    assert Index(lower).starts((anchor,)) == word_starts(lower, anchor)
    assert Index(lower).starts((anchor,)) == word_starts(lower, anchor)


@pytest.mark.parametrize(
    ("text", "clause_ends", "sentence_ends"),
    [
        ("Need IL and IN. Fees are yours; we pay.\nNext", [14, 30, 38, 39], [14, 38, 39]),
        ("Approx. 50 incl. CT e.g. MRI. done", [28], []),  # abbreviations end nothing
        ("$1.8k/shift. 5.5 hrs", [11], [11]),
        ("", [], []),
    ],
)
def test_ends(text: str, clause_ends: list[int], sentence_ends: list[int]) -> None:
    assert ends(text.lower(), text) == (clause_ends, sentence_ends)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ. ;!?\n\t5(e.g", max_size=60), st.integers(0, 60))
def test_ends_and_nearby_sentences_agree_with_the_slow_way(text: str, pos: int) -> None:
    lower = text.lower()
    found = ends(lower, text)
    assert found == _ends_slowly(lower, text)
    pos = min(pos, len(text))
    assert sentence_near(lower, text, pos) == between(found[1], pos, len(text), 600)
