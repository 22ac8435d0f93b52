"""Ranking: an offer's extracted terms, read against the radiologist's profile, give comparable
figures, red flags that quote the posting, and a 0-100 score whose breakdown adds up.

Pure: no I/O, no clock (`today` is passed in). Every number comes from `scout.ranking_defaults`,
which names its source in domain.md; docs/ranking.md is the page a radiologist checks by hand.

Figures are low-high ranges. Ranges in the posting give ranges out; a term the posting leaves
unsettled (benefits, malpractice, tail, workstation, licence fees, W-2 or 1099) is counted both
ways: the low end assumes the worse case, the high end the better one. A one-sided pay figure gives
a one-sided figure ("from $525k" has a low end only, "up to $X" a high end only). When the posting
lacks what a figure needs, the figure is None (JSON null): never a made-up number.

Score = 100 x (w_value x value + w_workload x workload + w_risk x risk + w_preference x preference),
weights from the profile scaled to add up to 1, each part between 0 and 1:
- value: the W-2-equivalent $/wRVU at the user's pace (middle of its range; the low end when only
  that is known) / $80, the top of published rates, capped at 1. **Unknown pay** is valued as if
  it paid $35/wRVU, the below-market line (35/80 = 0.4375), so an offer with no pay figure never
  outranks a known market-rate offer on value; "up to $X" gets the smaller of that and X's value.
- workload: 1 when the volume asked for is within the user's pace, falling linearly to 0 at 1.5x
  the pace; 0.75 when the posting states no volume, 1 when it says there is no quota.
- risk: 1 - 0.5 per critical flag - 0.2 per warning - 0.05 per note, floored at 0.
- preference: the mean of employment type, shifts, subspecialty, mammography and work-mode fit
  (and reading from abroad, for a user who wants to); a fact the posting does not settle counts 0.5.
Each part's points are rounded to one decimal and the score is their sum, so the breakdown adds up.

Speed: `rank_all` keeps only what sorting and filtering need (score, fits, flags). The numbers
behind the figures are worked out again (they are pure) when first read, and messages, how-strings
and reasons built on first access (both cached), so ranking many offers and showing a few stays
fast; `Ranked.figure_values` gives the figures' numbers without the how-strings, for charts and
sorting. The one fact the terms do not carry (whether the posting lets you read from abroad) is
read from the text once, when the `OfferInput` is built, not on every ranking.

The package, one job per module; each imports only modules above it in this list (`text` and
`messages` name `Ranked` for type checking only):
- `abroad`: whether the posting text lets you read from outside the US.
- `model`: `OfferInput` and the parts of a ranked offer (`Flag`, `ScorePart`, `Figures`, ...).
- `context`: what the profile and the defaults give, computed once per run.
- `numbers`: pay, volume, costs, preference fit and points: the pure arithmetic.
- `offer_numbers`: that arithmetic put together for one offer, and the figures' values.
- `text`: figures with their how-strings, W-2 adjustments, score reasons, built on first access.
- `messages`: the red flags in words, with the posting words behind them.
- `ranked`: `Ranked`, the result, whose numbers come from `offer_numbers` and text from `text`
  and `messages`.
- `score`: `rank_offer` and `rank_all`: flags and score for each offer.
"""

from __future__ import annotations

from scout.rank.abroad import find_abroad_quote
from scout.rank.model import (
    Adjustment,
    Component,
    Figures,
    FigureValues,
    Flag,
    OfferInput,
    ScorePart,
    Span,
    Workload,
)
from scout.rank.numbers import PREFERENCE_CHECKS, CostItem, PayPart
from scout.rank.ranked import Ranked
from scout.rank.score import rank_all, rank_offer

__all__ = [
    "PREFERENCE_CHECKS",
    "Adjustment",
    "Component",
    "CostItem",
    "FigureValues",
    "Figures",
    "Flag",
    "OfferInput",
    "PayPart",
    "Ranked",
    "ScorePart",
    "Span",
    "Workload",
    "find_abroad_quote",
    "rank_all",
    "rank_offer",
]
