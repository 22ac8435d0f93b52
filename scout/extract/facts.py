"""Categorical terms: placeholder until the facts extractor lands (returns nothing found)."""

from __future__ import annotations

from typing import Any

from scout.extract.contract import Evidence
from scout.extract.doc import Doc


def extract_facts(doc: Doc) -> tuple[dict[str, Any], list[Evidence]]:
    return {}, []
