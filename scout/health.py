"""Silent breakage made loud: a source whose results collapse against its own history is broken.

A board that changes its markup rarely errors; it returns nothing, or postings that suddenly lack
a field they always had. Each run's shape (postings seen; shares with pay, a posted date, a real
description) is compared with the source's previous runs. Pure: the store supplies the figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

MIN_HISTORY = 2  # runs needed before a collapse can be judged
MIN_USUAL_POSTINGS = 5  # a source that usually has fewer is too small to judge by count
COUNT_COLLAPSE = 0.3  # fewer than 30% of the usual count is a collapse
SHARE_MIN_USUAL = 0.5  # only fields most postings usually carry are watched
SHARE_DROP = 0.4  # a fall of 40 percentage points or more is a collapse


@dataclass(frozen=True)
class RunShape:
    """What one run of a source looked like."""

    seen: int
    with_pay: int
    with_date: int
    with_description: int

    def share(self, field: str) -> float:
        value: int = getattr(self, field)
        return value / self.seen if self.seen else 0.0


_FIELDS = {"with_pay": "pay", "with_date": "a posted date", "with_description": "a description"}


def problems(current: RunShape, history: list[RunShape]) -> list[str]:
    """Why this run looks broken against the source's previous runs; empty when it looks fine."""
    past = [h for h in history if h.seen > 0]
    if len(past) < MIN_HISTORY:
        return []
    usual = median(h.seen for h in past)
    found = []
    if usual >= MIN_USUAL_POSTINGS and current.seen < COUNT_COLLAPSE * usual:
        found.append(
            f"returned {current.seen} postings where its previous runs returned about {usual:.0f}: "
            "the board may have changed its markup or search"
        )
    if current.seen == 0:
        return found
    for field, label in _FIELDS.items():
        usual_share = median(h.share(field) for h in past)
        now = current.share(field)
        if usual_share >= SHARE_MIN_USUAL and usual_share - now >= SHARE_DROP:
            found.append(
                f"only {now:.0%} of postings had {label}, against {usual_share:.0%} in previous "
                "runs: the page layout may have changed"
            )
    return found
