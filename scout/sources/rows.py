"""Rows of a results page found by their posting links, for boards whose list templates differ.

A tenant's results page is a list of postings in markup Scout cannot know in advance, but each
posting has a link whose URL names its id. A posting's row is then the largest element around its
link that holds no other posting: climbing from the link, stop below the first element that also
holds another posting's link, or at an element that is the list or the page itself (the caller
names those tags, since boards differ in how they nest their lists). Used by the Avature and the
classic iCIMS adapters, which also share `job_link` and `Row`; boards whose cards need no climbing
(Physemp, YM Careers) share `titled_links`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlunsplit

from selectolax.lexbor import LexborNode

from scout.sources.base import clean_text, join_url, split_url
from scout.sources.paging import ListedJob


@dataclass
class Row(ListedJob):
    """A posting's row on a results page, with what the row itself shows."""

    location: str | None = None
    posted: date | None = None
    ref: str | None = None


def titled_links(
    anchors: Iterable[LexborNode], job_link: re.Pattern[str]
) -> Iterator[tuple[LexborNode, str, str]]:
    """`(anchor, job id, title)` for the first link with text to each job whose href `job_link`
    matches (group 1 is the id); a job whose first such link the caller cannot use is not retried."""
    seen: set[str] = set()
    for a in anchors:
        m = job_link.search(a.attributes.get("href") or "")
        if not m or m.group(1) in seen:
            continue
        title = clean_text(a.text(deep=True))
        if not title:
            continue
        seen.add(m.group(1))
        yield a, m.group(1), title


def job_link(href: str, page_url: str, path: re.Pattern[str]) -> tuple[str, str, str] | None:
    """`(job id, posting URL without query, host)` for a web link whose path `path` matches
    (group 1 is the id); None for anything else. Share links (`mailto:?body=...`) and query
    strings that quote a posting's path fail the scheme and path checks."""
    joined = join_url(page_url, href)
    parts = split_url(joined) if joined else None
    if parts is None or parts.scheme not in ("http", "https"):
        return None
    m = path.search(parts.path)
    if not m:
        return None
    url = urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, "", ""))
    return m.group(1), url, (parts.hostname or "").lower()


def ids_under(links: Iterable[tuple[LexborNode, str, str]]) -> dict[int, set[str]]:
    """For each element above a posting link (`(anchor, job id, url)`), the ids of the postings
    it holds, keyed by the element's `mem_id`."""
    held: dict[int, set[str]] = {}
    for a, job_id, _url in links:
        node = a.parent
        while node is not None:
            held.setdefault(node.mem_id, set()).add(job_id)
            node = node.parent
    return held


def row_around(
    anchor: LexborNode, job_id: str, held: dict[int, set[str]], not_a_row: frozenset[str]
) -> LexborNode:
    """The largest element around a posting link that holds no other posting (`held` from
    `ids_under`), never one whose tag is in `not_a_row`; the link itself when nothing around it
    qualifies."""
    row = anchor
    node = anchor.parent
    while node is not None and node.tag not in not_a_row and held.get(node.mem_id) == {job_id}:
        row = node
        node = node.parent
    return row


def below(node: LexborNode, selector: str) -> list[LexborNode]:
    """Descendants matching a selector (selectolax's css() also matches the node itself)."""
    return [n for n in node.css(selector) if n.mem_id != node.mem_id]
