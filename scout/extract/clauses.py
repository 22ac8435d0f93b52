"""Where clauses and sentences end in a posting's text: the bounds every facts rule reads within.

A clause ends at a line break, ';', '!', '?' or a full stop (not the one of "incl.", "e.g.", "Dr.");
a sentence ends at a line break or at such punctuation followed by a capital, a digit or a bullet.
Only punctuation at the end of the text or before a space counts.
"""

from __future__ import annotations

from bisect import bisect_right

from scout.extract.anchors import find_all

_ABBREVIATION = frozenset(
    ("incl", "approx", "appt", "e.g", "i.e", "a.m", "p.m", "st", "dr", "mr", "mrs", "ms", "vs", "etc",
     "no", "min", "max", "yr", "yrs", "wk", "wks", "mo", "mos", "hr", "hrs", "lic", "req", "dept", "ft",
     "pt", "est", "jr", "sr", "u.s", "inc", "co", "corp", "ltd", "ave", "blvd", "govt")
)  # fmt: skip
# "CT/MR." ends a sentence; "Mr." does not
_MODALITY_CAPS = frozenset(("MR", "MS"))
_SENTENCE_OPENER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789$•-*(\"'")
_ASCII_LETTERS_AND_DOT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."


def ends(lower: str, text: str) -> tuple[list[int], list[int]]:
    """The positions of every clause end and every sentence end, in reading order.

    `lower` is `text` lowercased; the punctuation is read in it, the capital after it in `text`.
    """
    if len(lower) == len(text):
        return ends_between(lower, text, 0, len(lower))
    return _ends_slowly(lower, text)


def ends_between(lower: str, text: str, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """The clause and sentence ends at positions lo <= pos < hi (`lower` and `text` of one length)."""
    size = len(lower)
    clause: list[int] = []
    sentence: list[int] = []
    for ch in ";!?.":
        pos = lower.find(ch, lo, hi)
        while pos >= 0:
            nxt = pos + 1
            if nxt == size or lower[nxt].isspace():
                if ch == ".":
                    before = lower[max(0, pos - 6) : pos]
                    if before.isascii():  # the run of letters and dots before it, at most six
                        word = before[len(before.rstrip(_ASCII_LETTERS_AND_DOT)) :]
                    else:
                        k = len(before)
                        while k and (before[k - 1].isalpha() or before[k - 1] == "."):
                            k -= 1
                        word = before[k:]
                    # "incl.", "e.g.", "Dr.", "J."; but "2p-10p." ends on a time, not an initial
                    initial = len(word) == 1 and not (pos >= 2 and lower[pos - 2].isdigit())
                    abbreviation = (
                        initial
                        or (word in _ABBREVIATION and text[pos - 2 : pos] not in _MODALITY_CAPS)
                        or (lower[pos - 1] == "." and _leader(lower, pos))
                    )
                else:
                    abbreviation = False
                if not abbreviation:
                    clause.append(pos)
                    after = text[nxt : pos + 8]  # up to seven spaces, then a capital, digit or bullet
                    opener = nxt + len(after) - len(after.lstrip())
                    if opener >= size or text[opener] in _SENTENCE_OPENER:
                        sentence.append(pos)
            pos = lower.find(ch, nxt, hi)
    breaks = [b for b in find_all(lower, "\n", lo, hi) if not wrapped(lower, text, b)]
    clause += breaks
    clause.sort()
    sentence += breaks
    sentence.sort()
    return clause, sentence


def _ends_slowly(lower: str, text: str) -> tuple[list[int], list[int]]:
    """`ends` character by character, for a text whose lowercase form is longer ("İ")."""
    size = len(lower)
    clause: list[int] = []
    sentence: list[int] = []
    for ch in "\n;!?.":
        for pos in find_all(lower, ch):
            if ch == "\n":
                if not wrapped(lower, text, pos):
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
                initial = len(word) == 1 and not (word_start > 0 and lower[word_start - 1].isdigit())
                if (
                    initial
                    or (word in _ABBREVIATION and text[pos - 2 : pos] not in _MODALITY_CAPS)
                    or _leader(lower, pos)
                ):
                    continue
            clause.append(pos)
            while nxt < size and nxt - pos < 8 and text[nxt].isspace():
                nxt += 1
            if nxt >= size or text[nxt] in _SENTENCE_OPENER:
                sentence.append(pos)
    clause.sort()
    sentence.sort()
    return clause, sentence


def _leader(lower: str, pos: int) -> bool:
    """The last dot of a dot leader in a rate table ("first 85 wRVU ..... $38"), not a full stop."""
    if not lower.startswith("..", pos - 2):
        return False
    after = lower[pos + 1 : pos + 9].lstrip()
    return after[:1] == "$" or after[:1].isdigit()


def wrapped(lower: str, text: str, pos: int) -> bool:
    """Whether the line break at `pos` only wraps a sentence ("...interpreted by the hospital's\n
    teleradiology partner"): a word or comma before it and a lowercase letter right after it."""
    nxt = pos + 1
    return (
        pos > 0
        and nxt < len(text)
        and "a" <= text[nxt] <= "z"
        and (lower[pos - 1].isalnum() or lower[pos - 1] == ",")
    )


def between(marks: list[int], pos: int, size: int, limit: int) -> tuple[int, int]:
    """The span between the marks around `pos`, at most `limit` characters either side of it."""
    i = bisect_right(marks, pos - 1)
    start = marks[i - 1] + 1 if i else 0
    end = marks[i] if i < len(marks) else size
    low, high = pos - limit, pos + limit
    return (start if start > low else low), (end if end < high else high)


def sentence_near(lower: str, text: str, pos: int) -> tuple[int, int] | None:
    """between(ends(lower, text)[1], pos, len(lower), 600), the sentence around `pos`, from the ends
    near `pos` alone: as line breaks end sentences, those on its line (within reach) settle it. None
    when the lowercase text is longer than the text (then only the whole text's ends will do)."""
    size = len(lower)
    if len(text) != size:
        return None
    floor = max(0, pos - 601)
    lo = lower.rfind("\n", floor, pos)
    while lo > floor and wrapped(lower, text, lo):  # a wrapped line continues the sentence above
        lo = lower.rfind("\n", floor, lo)
    lo = max(lo, floor)
    ceiling = min(size, pos + 601)
    line_end = lower.find("\n", pos, ceiling)
    while line_end >= 0 and wrapped(lower, text, line_end):
        line_end = lower.find("\n", line_end + 1, ceiling)
    hi = ceiling if line_end < 0 else min(line_end + 1, ceiling)
    return between(ends_between(lower, text, lo, hi)[1], pos, size, 600)
