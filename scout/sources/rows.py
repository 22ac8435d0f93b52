"""Rows of a results page found by their posting links, for boards whose list templates differ.

A tenant's results page is a list of postings in markup Scout cannot know in advance, but each
posting has a link whose URL names its id. A posting's row is then the largest element around its
link that holds no other posting: climbing from the link, stop below the first element that also
holds another posting's link, or at an element that is the list or the page itself (the caller
names those tags, since boards differ in how they nest their lists). Used by the Avature and the
classic iCIMS adapters.
"""

from __future__ import annotations

from collections.abc import Iterable

from selectolax.lexbor import LexborNode


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
