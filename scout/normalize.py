"""Posting text -> stored terms: the extractor's JSON for the store, and what changed between versions."""

from __future__ import annotations

import json
from typing import Any

from scout.extract import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "diff_terms", "terms_json"]

TermChange = tuple[str, str | None, str | None]  # field, old JSON, new JSON


def terms_json(text: str) -> str:
    """The contract JSON (with evidence) for one posting's plain text."""
    return json.dumps(extract(text).to_contract(), separators=(",", ":"))


def _flatten(terms: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in terms.items():
        if key in ("schema", "evidence"):
            continue
        if key in ("pay", "malpractice", "licensing") and isinstance(value, dict):
            for sub, v in value.items():
                flat[f"{key}.{sub}"] = sorted(v) if isinstance(v, list) else v
        elif isinstance(value, list):
            flat[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
        else:
            flat[key] = value
    return flat


def diff_terms(old: str, new: str) -> list[TermChange]:
    """Fields whose value differs between two stored terms (evidence offsets ignored)."""
    a, b = _flatten(json.loads(old)), _flatten(json.loads(new))
    changes: list[TermChange] = []
    for field in sorted(set(a) | set(b)):
        if a.get(field) != b.get(field):
            changes.append(
                (
                    field,
                    json.dumps(a.get(field), sort_keys=True),
                    json.dumps(b.get(field), sort_keys=True),
                )
            )
    return changes
