"""The rule-based terms extractor: posting text in, contract terms out. Pure: no I/O.

`extract(text)` composes the field extractors (pay and volume in `pay.py`, everything else in
`facts.py`); each returns values plus evidence spans into the same text.
"""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING

from scout.extract.contract import Terms

if TYPE_CHECKING:
    from scout.extract.doc import Quote

# Bump when a rule changes what is extracted: `scout renormalize` re-runs postings whose stored
# terms carry an older version.
EXTRACTOR_VERSION = "7"

__all__ = ["EXTRACTOR_VERSION", "Terms", "extract", "extract_html"]

_READING_ORDER = itemgetter(1, 0)  # a Quote's (start, field)


def extract(text: str) -> Terms:
    """The contract terms of one posting's plain text; never raises on any string."""
    # The rules load on first use: importing the package for its contract (the TUI, the ranking)
    # must not compile every rule's patterns.
    from scout.extract.doc import Doc
    from scout.extract.facts import extract_facts
    from scout.extract.pay import extract_pay

    doc = Doc(text)
    pay, volume, pay_evidence = extract_pay(doc)
    facts, fact_evidence = extract_facts(doc)
    quotes: list[Quote] = sorted(pay_evidence + fact_evidence, key=_READING_ORDER)
    # plain dicts: pydantic validates the whole list at once, far quicker than one model per quote
    evidence = [{"field": f, "start": s, "end": e, "text": t} for f, s, e, t in quotes]
    return Terms(pay=pay, volume=volume, evidence=evidence, **facts)


def extract_html(html: str) -> tuple[str, Terms]:
    """Strip the markup, then extract; returns the plain text the evidence offsets point into."""
    from scout.extract.html import html_to_text

    text = html_to_text(html)
    return text, extract(text)
