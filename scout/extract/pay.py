"""Pay and volume: placeholder until the pay extractor lands (returns nothing found)."""

from __future__ import annotations

from scout.extract.contract import Evidence, Pay, Volume
from scout.extract.doc import Doc


def extract_pay(doc: Doc) -> tuple[Pay, list[Volume], list[Evidence]]:
    return Pay(), [], []
