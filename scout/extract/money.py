"""Amounts of money as postings write them, with their spans; what they pay for is decided elsewhere.

Covers `$450K`, `450k`, `$450,000.00`, `450-550K`, `$40–45/wRVU`, `45 per RVU`, `$1.8k/shift`,
`between $X and $Y`, `$X to $Y`, `$X+`, other currencies (`AUD $780`, `A$70`, `EUR 300`, `€300`,
`500,000 CAD`) and amounts in words ("forty-two dollars"). Numbers in words are also read for volumes.

Every function here reads `low`, the posting lowercased letter for letter (same length, same offsets),
with patterns that start on a digit, sign or letter so the regex engine can skip ahead quickly.
"""

from __future__ import annotations

import re
from itertools import islice
from operator import methodcaller
from typing import NamedTuple

# A posting never holds more; the caps keep adversarial input (pages of "$1$1$1") linear and fast.
MAX_MENTIONS = 200
MAX_MATCHES = 2_000

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# A number: "1,500", "450", "245.19"; the first digit must not continue a word or another number.
_DIGITS = r"(?:\d{0,2}(?:,\d{3}){1,3}|\d{0,6})(?:\.\d{1,2})?(?!\d)"
# "$450.000": a dot then exactly three digits, no cents, is a thousands separator after a currency sign
_DOTTED = r"\d{0,2}(?:\.\d{3}){1,2}(?:,\d{2}(?!\d))?(?!\d|[.,]\d)"  # "$450.000,00" too
_NUM = rf"\d(?<![\w.,]\d)(?:{_DOTTED}|{_DIGITS})"  # may follow a currency sign
_BARE_NUM = rf"\d(?<![\w$.,/:]\d){_DIGITS}"  # not after a currency sign
_SUF = r"(?:\s?k(?![a-z])|mm(?![a-z])|m(?![a-z])|b(?![a-z])|\s?(?:thousand|million|billion|bn)\b)"
_SEP = r"\s{0,3}(?:-|–|—|‒|−|to|and)\s{0,3}"
_CODES = "usd|aud|cad|eur|gbp|nzd|chf|inr|jpy|sgd|mxn|zar"
_RANGE = rf"(?:(?P<sep>{_SEP})(?:[$€£¥₹]\s?)?(?P<n2>{_NUM})(?P<s2>{_SUF})?)?(?P<plus>\+)?"

# "$450K", "$48-$55", "$40–45", "$2,200 and $2,800", "$100+" (a prefix such as "A$" or "AUD " is read apart)
_SIGNED = re.compile(rf"(?P<sign>[$€£¥₹])\s?(?P<n1>{_NUM})(?P<s1>{_SUF})?{_RANGE}")
# "AUD 1,850", "EUR 300"
_CODED = re.compile(rf"(?P<code>{_CODES})\s?(?P<n1>{_NUM})(?P<s1>{_SUF})?{_RANGE}")
# "500,000 CAD", "300 euros"
_CODE_AFTER = re.compile(
    rf"(?P<n1>{_BARE_NUM})(?P<s1>{_SUF})?(?:(?P<sep>{_SEP})(?P<n2>{_NUM})(?P<s2>{_SUF})?)?"
    rf"\s?(?P<code>{_CODES}|euros?|pounds)\b"
)
# "450-550K", "450 to 550K", "1.5-1.9k", "450k" (no sign; kept only with a salary cue or a unit)
_BARE_K = re.compile(
    r"\d(?<![\w$.,]\d)\d{0,3}(?:\.\d)?(?P<s1>k)?(?:\s{0,3}(?:-|–|—"
    r"|to)\s{0,3}\d{1,4}(?:\.\d)?)?\s?k(?![a-z])(?P<plus>\+)?"
)
_BARE_K_PARTS = re.compile(
    r"(?P<n1>\d{1,4}(?:\.\d)?)k?(?:\s{0,3}(?:-|–|—|to)\s{0,3}(?P<n2>\d{1,4}(?:\.\d)?))?\s?k"
)
# "45 per RVU", "45 to 50 per RVU", "300/hr" (no sign; kept only when a rate unit follows)
_BARE_RATE = re.compile(
    r"\d(?<![\w$.,/:]\d)(?:\d{0,2}(?:,\d{3})+|\d{1,3})(?:\.\d{1,2})?"
    r"(?:\s{0,3}(?:-|–|to)\s{0,3}(?P<n2>\d{1,3}(?:,\d{3})+|\d{2,4}(?:\.\d{1,2})?))?"
    r"(?=\s?(?:/\s?|per\s)(?:w?rvu|work rvu|hr\b|hour|shift|night|day\b|year|yr\b|annum))"
)
# "52 dollars per RVU", "2,000 dollars a night"
_DIGIT_DOLLARS = re.compile(
    rf"(?P<n1>{_BARE_NUM})(?P<s1>{_SUF})?(?:(?P<sep>{_SEP})(?P<n2>{_NUM})(?P<s2>{_SUF})?)?\s+(?:us\s+)?dollars?\b"
)
_NUMBER = re.compile(rf"\d(?<![\w.,]\d){_DIGITS}")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{2})?")
_NUMBER_ASCII = re.compile(_NUMBER.pattern, re.ASCII)  # the same on ASCII text, and quicker to scan
_SPAN = methodcaller("span")
_SIGNS = frozenset("$€£¥₹")
_NOT_MONEY_NEXT = frozenset("%:°")  # "45%", "8:00", "98°" never start an amount
_WORD_JOIN = re.compile(r"\s*(?:to|-|–|—|or)\s*")
_JOINED = re.compile(r"\s{0,3}(?:-|–|—|to|and|or|,|/)\s{0,3}")
_RETIREMENT = re.compile(r"40[13]\(?[kb]")  # "401k", "403b" are plans, not $401,000
_ATTACHED = re.compile(r"(?:^|[^a-z])(us|au|a|ca|c|nz|s)$")  # "A$70", "US$4,000"
_CODE_BEFORE = re.compile(rf"(?:^|[^a-z])({_CODES})\s?$")  # "AUD $780"
_TRAILING_CODE = re.compile(
    rf"\s?(?:{_CODES}|euros?|pounds? sterling)\b|\s(?:in )?(?:australian|canadian|new zealand"
    rf"|singapore) dollars"
)
_OTHER_SIGNS = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_PREFIX_CURRENCY = {"us": "USD", "au": "AUD", "a": "AUD", "ca": "CAD", "c": "CAD", "nz": "NZD", "s": "SGD"}

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_WORD = "|".join(sorted([*_SMALL, *_SCALE], key=len, reverse=True))
# "four hundred and seventy-five thousand", "forty-two"; each word is a literal, so no backtracking blow-up
_WORD_NUMBER = re.compile(rf"(?:{_WORD})\b(?:[\s-]+(?:and[\s-]+)?(?:{_WORD})\b)*")
_BIG_WORDS = ("teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
              "thousand")  # fmt: skip
_DOLLARS = re.compile(r"\s+(?:us\s+)?dollars?\b")
_SCALE_SUFFIX = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
                 "billion": 1e9}  # fmt: skip


class Money(NamedTuple):
    """One amount (or range) as written; `lo`/`hi` are plain numbers, not yet qualified by "up to"."""

    start: int
    end: int
    lo: float
    hi: float
    currency: str  # "USD", or the code of another currency (never converted)
    bare: bool = False  # written with no currency sign or word ("450-550K", "45 per RVU")
    plus: bool = False  # "$100+"
    words: bool = False  # written in words ("forty-two dollars")

    @property
    def is_usd(self) -> bool:
        return self.currency == "USD"


class WordNumber(NamedTuple):
    """A number (or a range: "eighty to one hundred") written in words, with its span."""

    start: int
    end: int
    value: int
    high: int | None = None  # the top of a range


def word_ranges(low: str, words: list[WordNumber]) -> list[WordNumber]:
    """`words` with "forty to fifty", "eighty-one hundred" joined into ranges."""
    out: list[WordNumber] = []
    i = 0
    while i < len(words):
        w = words[i]
        if i + 1 < len(words) and _WORD_JOIN.fullmatch(low, w.end, words[i + 1].start):
            nxt = words[i + 1]
            if nxt.value > w.value:
                out.append(WordNumber(w.start, nxt.end, w.value, nxt.value))
                i += 2
                continue
        out.append(w)
        i += 1
    return out


def lowercase(text: str) -> str:
    """`text` with ASCII letters lowercased: same length, so offsets stay valid."""
    return text.translate(_ASCII_LOWER)


def word_number(phrase: str) -> int | None:
    """The value of a number written in words ("four hundred and seventy-five thousand" → 475000)."""
    total = current = 0
    seen = False
    for token in re.split(r"[\s-]+", phrase.lower()):
        if token in _SMALL:
            current += _SMALL[token]
            seen = True
        elif token == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif token in ("thousand", "million"):
            total += max(current, 1) * _SCALE[token]
            current = 0
            seen = True
        elif token != "and":
            return None
    return total + current if seen else None


_WORD_TOKEN = re.compile(r"[a-z]+")


def _number_phrases(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The numbers in a run of number words: "year one and four hundred eighty-five thousand" holds
    two ("one", "four hundred eighty-five thousand"), since a unit cannot follow a unit nor a teen
    or a ten follow anything but a round hundred."""
    phrases: list[tuple[int, int]] = []
    first = last = -1
    current = 0
    after_and = False
    for m in _WORD_TOKEN.finditer(low, start, end):
        token = m.group()
        if token == "and":
            after_and = True
            continue
        if token not in _SMALL and token not in _SCALE:
            fits = False  # not a number word: the phrase ends here
            if first >= 0:
                phrases.append((first, last))
            first, current, after_and = -1, 0, False
            continue
        value = _SMALL.get(token)
        if value is None:  # hundred, thousand, million
            fits = first >= 0 and not after_and and (token != "hundred" or current < 100)
        elif first < 0:
            fits = True
        elif value < 10:
            fits = current % 10 == 0 and (not after_and or current % 100 == 0)
        else:
            fits = current % 100 == 0
        if not fits and first >= 0:
            phrases.append((first, last))
            first, current = -1, 0
        if first < 0:
            first = m.start()
        last = m.end()
        if value is not None:
            current += value
        elif token == "hundred":
            current = max(current, 1) * 100
        else:
            current = 0
        after_and = False
    if first >= 0:
        phrases.append((first, last))
    return phrases


def word_numbers(low: str) -> list[WordNumber]:
    """Numbers written in words near "dollars" or a unit ("forty-two dollars", "fourteen thousand wRVUs")."""
    spans: dict[int, WordNumber] = {}
    for trigger in ("dollar", *_BIG_WORDS):
        pos = low.find(trigger)
        tries = 0
        while pos >= 0 and tries < MAX_MENTIONS and len(spans) < MAX_MENTIONS:
            for m in _WORD_NUMBER.finditer(low, max(0, pos - 120), min(len(low), pos + 260)):
                if m.start() > pos + 60:
                    break  # a number that starts in the window may end past it (by 200 characters at most)
                if m.start() in spans or (m.start() and low[m.start() - 1].isalpha()):
                    continue
                for start, end in _number_phrases(low, m.start(), m.end()):
                    value = word_number(low[start:end])
                    if value is not None:
                        spans.setdefault(start, WordNumber(start, end, value))
            pos = low.find(trigger, pos + 60)
            tries += 1
    return [spans[start] for start in sorted(spans)]


def numbers(low: str) -> list[tuple[int, int]]:
    """The span of every number in `low` ("1,500", "245.19"), in reading order; one scan for all rules."""
    pattern = _NUMBER_ASCII if low.isascii() else _NUMBER
    return list(map(_SPAN, islice(pattern.finditer(low), MAX_MATCHES)))


def find_money(low: str, nums: list[tuple[int, int]], words: list[WordNumber]) -> list[Money]:
    """Every amount of money in `low`, in reading order, overlapping matches removed.

    `nums` are the posting's numbers (`numbers`); each is tried as the start of an amount.
    """
    found: list[Money] = []
    consumed = 0
    for start, end in nums:
        if start < consumed:
            continue
        m = _money_at(low, start, end)
        if m is None:
            continue
        read = _from_match(low, m)
        if len(read) == 1:
            read = [_hundreds(low, read[0])]
        found.extend(read)
        consumed = max((x.end for x in read), default=start + 1)
        if len(found) >= MAX_MENTIONS:
            break
    if "mid" in low:  # "Base: mid-400s" (no sign): the middle of the hundreds, as "mid-$400s"
        for m in islice(_MID_HUNDREDS.finditer(low), MAX_MENTIONS):
            value = int(m.group("n")) * 1000 + 50_000
            found.append(Money(m.start("n"), m.end(), value, value, "USD", bare=True))
    for w in word_ranges(low, words):
        dollars = _DOLLARS.match(low, w.end)
        if dollars:
            found.append(Money(w.start, dollars.end(), w.value, w.high or w.value, "USD", words=True))
    found.sort(key=lambda m: m.start)
    return _same_currency(low, _drop_overlaps(found)[:MAX_MENTIONS])


_MID_BEFORE = re.compile(r"\bmid[\s-]?$")
_MID_HUNDREDS = re.compile(r"\bmid[\s-]?(?P<n>[1-9]00)s(?![a-z])")


def _hundreds(low: str, m: Money) -> Money:
    """ "mid-$500s" (a salary said by its hundreds of thousands): the middle, $550,000."""
    if not (
        m.lo == m.hi
        and 100 <= m.lo <= 900
        and m.lo % 100 == 0
        and low.startswith("s", m.end)
        and not low[m.end + 1 : m.end + 2].isalpha()
        and _MID_BEFORE.search(low, max(0, m.start - 14), m.start)
    ):
        return m
    value = m.lo * 1000 + 50_000
    return m._replace(end=m.end + 1, lo=value, hi=value)


def _same_currency(low: str, found: list[Money]) -> list[Money]:
    """A plain "$" joined to an amount in another currency shares it ("AUD $780,000 and $900,000")."""
    out: list[Money] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.is_usd
            and m.is_usd
            and low[m.start : m.start + 1] == "$"
            and _JOINED.fullmatch(low, prev.end, m.start)
        ):
            m = Money(m.start, m.end, m.lo, m.hi, prev.currency, m.bare, m.plus, m.words)
        out.append(m)
    return out


def _money_at(low: str, start: int, end: int) -> re.Match[str] | None:
    """The amount of money that begins with the number at `start`, if it is one."""
    sign = start - 1 if start and low[start - 1] != " " else start - 2
    if sign >= 0 and low[sign] in _SIGNS:
        return _SIGNED.match(low, sign)
    if start >= 4 and low[start - 1] == " " and low[start - 2].isalpha():
        coded = _CODE_BEFORE.search(low, max(0, start - 5), start)
        if coded:
            return _CODED.match(low, coded.start(1))
    following = low[end : end + 16]
    if not following or following[0] in _NOT_MONEY_NEXT:
        return None
    m = None
    if following.lstrip()[:1].isalpha():
        m = _CODE_AFTER.match(low, start) or _DIGIT_DOLLARS.match(low, start)
    if m is None and "k" in following:
        m = _BARE_K.match(low, start)
    if m is None and ("/" in following or "per" in following):
        m = _BARE_RATE.match(low, start)
    return m


def _number(digits: str, suffix: str | None) -> float:
    if _DOTTED_THOUSANDS.fullmatch(digits):
        digits = digits.replace(".", "").replace(",", ".")  # "450.000" is 450,000; ",00" are cents
    value = float(digits.replace(",", ""))
    if suffix:
        value *= _SCALE_SUFFIX.get(suffix.strip(), 1.0)
    return value


def _currency(low: str, m: re.Match[str]) -> tuple[str, int, int]:
    """The currency of an amount and its written span ("A$70", "AUD $780", "$780 AUD")."""
    start, end = m.start(), m.end()
    groups = m.groupdict()
    if groups.get("code"):
        code = groups["code"]
        return ("EUR" if code.startswith("euro") else "GBP" if code == "pounds" else code.upper()), start, end
    sign = groups.get("sign")
    if sign is None:  # "52 dollars"
        return "USD", start, end
    if sign in _OTHER_SIGNS:
        return _OTHER_SIGNS[sign], start, end
    attached = _ATTACHED.search(low, max(0, start - 3), start)
    if attached:
        return _PREFIX_CURRENCY[attached.group(1)], attached.start(1), end
    coded = _CODE_BEFORE.search(low, max(0, start - 5), start)
    if coded:
        return coded.group(1).upper(), coded.start(1), end
    trailing = _TRAILING_CODE.match(low, end)
    if trailing:
        word = trailing.group(0).strip()
        currency = "USD" if word == "usd" else word.upper() if len(word) == 3 else "OTHER"
        return currency, start, trailing.end()
    return "USD", start, end


def _from_match(low: str, m: re.Match[str]) -> list[Money]:
    if m.re is _BARE_K or m.re is _BARE_RATE:
        return _from_bare(low, m)
    currency, start, end = _currency(low, m)
    plus = bool(m.groupdict().get("plus"))
    s1, s2 = m.group("s1"), m.group("s2")
    if m.group("n2") is None:
        value = _number(m.group("n1"), s1)
        return [Money(start, end, value, value, currency, plus=plus)]
    if not s1 and s2 and float(m.group("n1").replace(",", "")) < 1000:
        s1 = s2  # "450-550K", "$1.5-1.9k": the suffix covers both figures
    lo, hi = _number(m.group("n1"), s1), _number(m.group("n2"), s2)
    sep = m.group("sep").strip()
    between = low[max(0, m.start() - 9) : m.start()].rstrip().endswith("between")
    if hi < lo or (sep == "and" and not between):
        # not a range ("$30K and $40K" listed, or "$2,400 - 10 hr"): keep the first figure only
        value = _number(m.group("n1"), m.group("s1"))
        return [Money(start, m.start("sep"), value, value, currency)]
    return [Money(start, end, lo, hi, currency, plus=plus)]


def _from_bare(low: str, m: re.Match[str]) -> list[Money]:
    if _RETIREMENT.match(low, m.start()):
        return []
    if m.re is _BARE_K:
        parts = _BARE_K_PARTS.match(low, m.start())
        if parts is None:
            return []
        lo = _number(parts.group("n1"), "k")
        hi = _number(parts.group("n2"), "k") if parts.group("n2") else lo
    else:
        first = re.match(r"[\d.,]+", m.group(0))
        lo = float(first.group(0).replace(",", "")) if first else 0.0
        hi = float(m.group("n2").replace(",", "")) if m.group("n2") else lo
    if hi < lo:
        return []
    return [Money(m.start(), m.end(), lo, hi, "USD", bare=True, plus=bool(m.groupdict().get("plus")))]


def _drop_overlaps(found: list[Money]) -> list[Money]:
    kept: list[Money] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            if m.end - m.start > kept[-1].end - kept[-1].start:
                kept[-1] = m
            continue
        kept.append(m)
    return kept
