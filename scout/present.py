"""Compact, radiologist-readable renderings of offers for the CLI, the TUI and the CSV.

Pure formatting: `$42/RVU`, `$2.1k/shift`, `$550–650k`, flag markers by severity.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from scout.extract.contract import Range, Terms, Volume

Span = tuple[float | None, float | None]

_UNITS = (
    ("per_rvu_usd", "/RVU"),
    ("per_study_usd", "/study"),
    ("per_shift_usd", "/shift"),
    ("hourly_usd", "/h"),
    ("daily_usd", "/day"),
    ("annual_usd", "/yr"),
)
_BOARD_UNITS = {"HOUR": "/h", "DAY": "/day", "WEEK": "/wk", "MONTH": "/mo", "YEAR": "/yr"}


def money(value: float) -> str:
    """$42, $42.50, $2.1k, $550k, $1.2M."""
    if value >= 1_000_000:
        return f"${value / 1_000_000:.1f}M".replace(".0M", "M")
    if value >= 10_000:
        return f"${value / 1000:.0f}k"
    if value >= 1000:
        return f"${value / 1000:.1f}k".replace(".0k", "k")
    if value >= 100 or value == int(value):
        return f"${value:,.0f}"
    return f"${value:.2f}"


def money_range(lo: float | None, hi: float | None) -> str:
    """`$40–45`, `$550–650k` (shared suffix written once), `from $525k`, `up to $750k`."""
    if lo is None and hi is None:
        return "?"
    if lo is None:
        assert hi is not None
        return f"up to {money(hi)}"
    if hi is None:
        return f"from {money(lo)}"
    a, b = money(lo), money(hi)
    if a == b:
        return a
    for suffix in ("M", "k"):
        if a.endswith(suffix) and b.endswith(suffix):
            return f"{a[:-1]}–{b[1:]}"
    return f"{a}–{b[1:]}"


def span_text(span: Span | None) -> str:
    """A figure range for a table cell; 'unknown' when the posting lacks what it needs."""
    if span is None:
        return "unknown"
    return money_range(*span)


def pay_as_posted(terms: Terms, published_pay: Mapping[str, Any] | None = None) -> str:
    """Every pay figure the posting states, compactly; the board's own figure when it states none."""
    parts = []
    for key, unit in _UNITS:
        r: Range | None = getattr(terms.pay, key)
        if r is not None and (r.min is not None or r.max is not None):
            parts.append(money_range(r.min, r.max) + unit)
    if parts:
        return " + ".join(parts)
    if published_pay and (published_pay.get("min") or published_pay.get("max")):
        unit = _BOARD_UNITS.get(str(published_pay.get("unit") or "").upper(), "")
        return money_range(published_pay.get("min"), published_pay.get("max")) + unit
    if terms.pay.models:
        return ", ".join(m.replace("_", " ") for m in terms.pay.models) + " (no figure)"
    return "not stated"


def _n(x: float) -> str:
    return f"{x:,.0f}" if x >= 1000 else f"{x:g}"


def volume_text(v: Volume) -> str:
    if v.min is None:
        amount = f"≤{_n(v.max or 0)}"
    elif v.max is None:
        amount = f"{_n(v.min)}+"
    else:
        amount = _n(v.min) if v.min == v.max else f"{_n(v.min)}–{_n(v.max)}"
    unit = "RVU" if v.unit == "rvu" else "studies"
    kind = {"minimum": "min ", "maximum": "max ", "bonus_threshold": "bonus>", "expected": "~"}[v.kind]
    return f"{kind}{amount} {unit}/{v.per}"


def quota_text(terms: Terms) -> str:
    """The volume the job asks for (minimum or expected); bonus thresholds are not quotas."""
    asked = [v for v in terms.volume if v.kind in ("minimum", "expected", "maximum")]
    return "; ".join(volume_text(v) for v in asked) if asked else "-"


def tail_text(terms: Terms) -> str:
    m = terms.malpractice
    if m.tail:
        return {"provided": "covered", "not_provided": "NOT covered", "negotiable": "negotiable"}[m.tail]
    if m.policy == "occurrence":
        return "n/a (occurrence)"
    return "?"


def employment_text(terms: Terms) -> str:
    return {"w2": "W-2", "1099": "1099", "either": "W-2/1099"}.get(terms.employment_type or "", "?")


def flag_markers(severities: Iterable[str]) -> str:
    """`!!2 !1 ·3`: counts of critical, warning and note flags."""
    counts = {"critical": 0, "warning": 0, "note": 0}
    for s in severities:
        counts[s] = counts.get(s, 0) + 1
    parts = []
    if counts["critical"]:
        parts.append(f"!!{counts['critical']}")
    if counts["warning"]:
        parts.append(f"!{counts['warning']}")
    if counts["note"]:
        parts.append(f"·{counts['note']}")
    return " ".join(parts) or "-"
