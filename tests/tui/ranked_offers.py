"""Ranked offers built in memory from terms, and a one-screen test app, for the screen tests."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from textual.app import App
from textual.screen import Screen

from scout.extract.contract import Terms
from scout.profile import Profile
from scout.rank import OfferInput, Ranked, rank_all

TODAY = date(2026, 3, 1)
T = TypeVar("T")

# A W-2 offer that leaves nothing to the radiologist.
CLEAN: dict[str, Any] = {
    "work_mode": "remote",
    "employment_type": "w2",
    "malpractice": {"provided": True, "policy": "occurrence"},
    "equipment_provided": True,
    "benefits": ["health", "retirement"],
}


def offer(
    offer_id: int,
    terms: dict[str, Any],
    *,
    title: str | None = None,
    employer: str = "Acme Imaging",
    text: str = "",
) -> OfferInput:
    return OfferInput(
        id=offer_id,
        title=title or f"Teleradiologist {offer_id}",
        employer=employer,
        terms=Terms.model_validate(terms),
        sources=[{"source": "manual", "url": f"https://example.org/job/{offer_id}"}],
        text=text,
    )


def ranked(offers: Sequence[OfferInput], profile: Profile | None = None) -> list[Ranked]:
    """Ranked in input order (not best first), so tests know which column is which."""
    by_id = {r.id: r for r in rank_all(offers, profile or Profile(), TODAY)}
    return [by_id[o.id] for o in offers]


class ScreenApp(App[None], Generic[T]):
    """Pushes one screen at start and records what it dismisses with."""

    def __init__(self, screen: Screen[T]) -> None:
        super().__init__()
        self.screen_under_test = screen
        self.results: list[T | None] = []

    def on_mount(self) -> None:
        self.push_screen(self.screen_under_test, callback=self.results.append)


def run(test: Coroutine[Any, Any, None]) -> None:
    """Run one async pilot test (the suite has no asyncio plugin)."""
    asyncio.run(test)
