"""Stored postings -> offers ready to rank: one per job, with every source that lists it.

An offer's terms come from its primary posting, the member whose extracted terms say the most
(pay figures first, then the longer text), so evidence offsets point into that posting's text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from scout.extract.contract import (
    Evidence,
    Licensing,
    Malpractice,
    Pay,
    Range,
    Terms,
    Volume,
)
from scout.profile import Profile
from scout.rank import OfferInput, Ranked, rank_all
from scout.store import Row, Store

_PAY_RANGES = ("per_rvu_usd", "per_study_usd", "per_shift_usd", "hourly_usd", "daily_usd", "annual_usd")


def terms_from_stored(raw: str | None) -> Terms:
    """Terms from the JSON Scout itself stored: built without re-validation (10x faster, and the
    TUI loads thousands); anything unexpected falls back to full validation."""
    if not raw:
        return Terms()
    data: dict[str, Any] = json.loads(raw)
    try:
        pay = dict(data.get("pay") or {})
        for key in _PAY_RANGES:
            if pay.get(key) is not None:
                pay[key] = Range.model_construct(**pay[key])
        fields = {
            k: v
            for k, v in data.items()
            if k not in ("schema", "pay", "volume", "malpractice", "licensing", "evidence")
        }
        return Terms.model_construct(
            pay=Pay.model_construct(**pay),
            volume=[Volume.model_construct(**v) for v in data.get("volume") or []],
            malpractice=Malpractice.model_construct(**(data.get("malpractice") or {})),
            licensing=Licensing.model_construct(**(data.get("licensing") or {})),
            evidence=[Evidence.model_construct(**e) for e in data.get("evidence") or []],
            **fields,
        )
    except (TypeError, AttributeError):
        return Terms.model_validate(data)


def _richness(row: Row) -> tuple[int, int, int]:
    terms = row["terms"] or ""
    has_figure = any(f'"{k}":{{' in terms for k in _PAY_RANGES)
    return (1 if has_figure else 0, len(terms), len(row["text"] or ""))


def group_rows(rows: Iterable[Row]) -> Iterator[list[Row]]:
    """`offers_load` rows (ordered by offer) in one list per offer."""
    current: list[Row] = []
    for row in rows:
        if current and row["offer_id"] != current[0]["offer_id"]:
            yield current
            current = []
        current.append(row)
    if current:
        yield current


def build_offer(
    members: Sequence[Row], load_terms: Callable[[str | None], Terms] = terms_from_stored
) -> OfferInput:
    """One offer from its member postings' rows; `load_terms` reads the stored terms JSON (the
    TUI passes a leaner loader)."""
    primary = members[0] if len(members) == 1 else max(members, key=_richness)
    removed = [m["removed_at"] for m in members]
    return OfferInput(
        id=int(members[0]["offer_id"]),
        title=primary["title"],
        employer=primary["employer"],
        terms=load_terms(primary["terms"]),
        sources=[
            {"source": m["source"], "url": m["url"], "posting_id": str(m["posting_id"])} for m in members
        ],
        text=primary["text"] or "",
        posted_date=primary["posted_date"],
        first_seen=min(m["first_seen"] for m in members),
        last_seen=max(m["last_seen"] for m in members),
        removed_at=None if any(r is None for r in removed) else max(r for r in removed if r),
        published_pay=json.loads(primary["published_pay"]) if primary["published_pay"] else None,
    )


def load_offers(store: Store) -> list[OfferInput]:
    """Every offer in the database (removed ones included: ranking flags them)."""
    return [build_offer(members) for members in group_rows(store.query("offers_load"))]


def ranked_offers(
    store: Store, profile: Profile, today: date | None = None, *, ignore_flags: Iterable[str] = ()
) -> list[Ranked]:
    """Every offer ranked for this profile, best first."""
    return rank_all(load_offers(store), profile, today or date.today(), ignore_flags=ignore_flags)


def offer_row(r: Ranked) -> dict[str, Any]:
    """One ranked offer as `scout rank --json` prints it, plus the dates export and the TUI show."""
    row = r.to_json()
    o = r.offer
    row["first_seen"] = o.first_seen.isoformat() if o.first_seen else None
    row["last_seen"] = o.last_seen.isoformat() if o.last_seen else None
    row["removed"] = o.removed_at is not None
    row["posted_date"] = o.posted_date.isoformat() if o.posted_date else None
    return row
