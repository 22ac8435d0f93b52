"""Fuzzing the terms extractor: arbitrary text, adversarial radiology-token text, and HTML.

Properties, for every input: `extract` returns (never raises), within a loose time bound; every
evidence span lies inside the text and its `text` equals `text[start:end]`; the contract JSON
validates against the contract model. `extract_html` holds the same properties against the plain
text it returns.

`SCOUT_FUZZ_SCALE=20 pytest tests/test_fuzz_extract.py` runs twenty times as many examples.
"""

from __future__ import annotations

import os
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scout.extract import extract, extract_html
from scout.extract.contract import Terms

SCALE = max(1, int(os.environ.get("SCOUT_FUZZ_SCALE", "1")))
# Loose: the target is linear time, ~1 ms per 3 KB posting; this catches blow-ups (quadratic
# rules, catastrophic backtracking), not slow machines. CPU time of this thread, not wall time,
# so a busy CI box does not make it flaky.
BOUND_S = 0.2
MAX_CHARS = 20_000

STATE_NAMES = ["Texas", "New York", "Florida", "California", "North Carolina", "West Virginia", "Washington",
               "Georgia", "Indiana", "Maine", "Oregon", "TX", "NY", "FL", "CA", "NC", "WV", "DC", "IN", "ME",
               "OR", "OK"]
TOKENS = [
    "$", "$$", "1", "4", "45", "450", "1,000", "000", ",", ".", "5", "0.5", "k", "K", "M", "mm", "-", "–",
    "—", "~", "/", "+", "%", "(", ")", "per", "a", "an", "to", "and", "or", "between", "from", "up to",
    "at least",
    "wRVU", "wRVUs", "RVU", "RVUs", "work RVU", "/shift", "shift", "shifts", "hour", "hr", "/hr", "h", "day",
    "week", "month", "year", "annually", "salary", "base", "bonus", "sign-on", "stipend", "CME",
    "relocation", "study", "studies", "exams", "reads", "cases", "minimum", "no minimum", "quota", "cap",
    "tail", "no tail", "tail coverage", "claims-made", "occurrence", "malpractice", "provided", "not",
    "no", "non-compete", "noncompete", "restrictive covenant", "W-2", "W2", "1099", "IC", "locum", "remote",
    "hybrid", "on-site", "overnight", "nights", "7on/7off", "weekend", "IMLC", "licensed", "license",
    "licensing", "neuro", "MSK", "IR", "mammo", "5 MP", "workstation", "PE-backed", "partnership",
    "\n", "\n\n", " ", "  ", "\t", "•", "- ", ":", ";", "million", "thousand", "forty-five", "dollars",
    "٤٥", "４５", "½", "¹", "\u00a0", "\u2028", "$1M/$3M", "450-550K", "$40–45/wRVU", "$1.8k/shift",
    *STATE_NAMES,
]
HTML_BITS = ["<p>", "</p>", "<br>", "<li>", "<ul>", "</ul>", "<table><tr><td>", "</td><td>", "</td></tr>",
             "<b>", "</b>", "<script>", "</script>", "<style>", "&amp;", "&nbsp;", "&#36;", "&dollar;",
             "<!--", "-->", "<h2>", "</h2>", "<div>", "</div>", "<", ">", "&"]

BASE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def adversarial_text(draw: st.DrawFn) -> str:
    """Radiology tokens in random runs, some runs repeated many times (half-matches en masse)."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        token = st.sampled_from(TOKENS) | st.integers(0, 10**7).map(str)
        run = draw(st.lists(token, min_size=1, max_size=25))
        sep = draw(st.sampled_from(["", " ", " ", "\n", ", ", "-"]))
        chunk = sep.join(run)
        parts.append(chunk * draw(st.integers(1, max(1, 4000 // max(len(chunk), 1)))))
    return "".join(parts)[:MAX_CHARS]


@st.composite
def html_text(draw: st.DrawFn) -> str:
    bits = draw(st.lists(st.sampled_from(HTML_BITS) | st.sampled_from(TOKENS) | st.text(max_size=8),
                         max_size=300))
    return " ".join(bits) * draw(st.integers(1, 5))


def check(text: str, terms: Terms) -> None:
    for ev in terms.evidence:
        assert 0 <= ev.start <= ev.end <= len(text), ev
        assert text[ev.start : ev.end] == ev.text, ev
    Terms.model_validate(terms.to_contract())


def timed_extract(text: str) -> Terms:
    """extract() under the bound; a slow call is timed again before it fails the test, so a one-off
    pause (a garbage collection of hypothesis's own heap) is not blamed on the extractor, while a
    real blow-up, slow every time, still is."""
    bound = BOUND_S * max(1.0, len(text) / MAX_CHARS)
    spent = []
    for _ in range(2):
        start = time.thread_time()
        terms = extract(text)
        spent.append(time.thread_time() - start)
        if spent[-1] < bound:
            return terms
    times = ", ".join(f"{s * 1000:.0f}" for s in spent)
    raise AssertionError(f"extract took {times} ms on {len(text)} chars (bound {bound * 1000:.0f} ms)")


@settings(BASE, max_examples=150 * SCALE)
@given(st.text(max_size=3000))
def test_extract_never_raises_on_arbitrary_text(text: str) -> None:
    check(text, timed_extract(text))


@settings(BASE, max_examples=150 * SCALE)
@given(adversarial_text())
def test_extract_on_adversarial_token_text(text: str) -> None:
    check(text, timed_extract(text))


@settings(BASE, max_examples=60 * SCALE)
@given(html_text())
def test_extract_html_spans_point_into_the_returned_text(html: str) -> None:
    text, terms = extract_html(html)
    check(text, terms)


def test_extract_of_empty_and_whitespace_is_empty() -> None:
    for text in ("", " ", "\n\n", "\u00a0"):
        terms = extract(text)
        check(text, terms)
        assert terms.evidence == []


def test_characters_whose_lowercase_is_longer_keep_spans_in_place() -> None:
    # "İ".lower() is two characters: a lowercase copy that grows would shift every span after it
    text = "İ IC. İstanbul-trained independent contractor, $50/wRVU, CT and MRI"
    terms = extract(text)
    check(text, terms)
    assert terms.employment_type == "1099" and terms.pay.per_rvu_usd is not None
    check("İ IC. ", extract("İ IC. "))  # raised IndexError before
