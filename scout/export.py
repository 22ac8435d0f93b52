"""CSV export: one row per offer, for a spreadsheet, an accountant or a recruiter.

The file is UTF-8 with a byte-order mark (so Excel detects UTF-8), RFC 4180 quoting with CRLF line
ends, and multi-line text (URLs, flags, notes) stays inside its quoted cell. Postings are untrusted
text, so any text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return (or their
full-width forms) gets a leading apostrophe and opens as text, never as a formula (OWASP "CSV
injection"). Numbers Scout computes are written as plain numbers. An unknown value is an empty cell.

Columns, in order (`COLUMNS` holds them as data; the README copies this table):

    score                       0-100 score for your profile
    offer_id                    the id Scout's commands take
    title                       the posting's title
    employer                    the employer named in the posting
    sources                     the boards that list the offer, one per line
    urls                        every source URL, one per line, in the same order
    work_mode                   remote, hybrid or onsite
    employment_type             w2, 1099 or either
    pay_basis                   every pay basis the posting states (per wRVU, salary, ...)
    pay_as_posted               the posted figures per basis, and any sign-on bonus
    annual_gross_usd_low        gross pay for a year at your schedule, low end
    annual_gross_usd_high       the same, high end
    effective_hourly_usd_low    W-2-equivalent pay per hour worked, low end
    effective_hourly_usd_high   the same, high end
    effective_per_rvu_usd_low   W-2-equivalent pay per wRVU at your pace, low end
    effective_per_rvu_usd_high  the same, high end
    w2_equivalent_usd_low       the year's pay as a W-2 employee's salary, low end
    w2_equivalent_usd_high      the same, high end
    quota                       the volume asked for (minimum, expected, maximum, bonus threshold)
    malpractice                 provided or not, and the policy type
    tail                        who pays tail coverage: provided, not provided, negotiable
    licences_required           the states named, and IMLC and licence fees when stated
    licences_missing            the states named in which you hold no licence
    flag_ids                    the red flags' ids, comma-separated (`scout flags` explains them)
    flags                       each red flag as "severity: message", one per line
    note                        your note on the offer
    first_seen                  when Scout first stored the offer (UTC)
    last_seen                   when a board last listed it (UTC)
    removed                     yes when every board has taken the offer down
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

Cell = str | int | float | None
Row = Mapping[str, Any]

BOM = "\ufeff"
# Characters that make Excel or LibreOffice read a cell as a formula (OWASP), and their full-width forms.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


@dataclass(frozen=True)
class Column:
    """One CSV column: its header, what it holds, and how to read it from an offer row."""

    name: str
    description: str
    value: Callable[[Row], Cell]


def neutralise(text: str) -> str:
    """Text that cannot run as a formula: a leading apostrophe when it starts like one."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell(value: Cell) -> str:
    """One cell's text: numbers as plain numbers, text neutralised, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")
    return neutralise(str(value))


def write_csv(rows: Iterable[Row], out: TextIO, *, bom: bool = True) -> int:
    """Write a header and one line per offer (rows shaped like `scout rank --json` plus first_seen,
    last_seen, removed and note); returns the number of offers written.

    `out` should be opened with newline="" so the CRLF line ends pass through unchanged."""
    if bom:
        out.write(BOM)
    writer = csv.writer(out, dialect="excel", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([c.name for c in COLUMNS])
    count = 0
    for row in rows:
        writer.writerow([cell(c.value(row)) for c in COLUMNS])
        count += 1
    return count


# --- reading one offer row ------------------------------------------------------------------------

_BASIS = {
    "per_rvu": "per wRVU",
    "per_study": "per study",
    "per_shift": "per shift",
    "hourly": "hourly",
    "salary": "salary",
    "daily": "daily",
}
_POSTED = (
    ("per_rvu_usd", "per wRVU"),
    ("per_study_usd", "per study"),
    ("per_shift_usd", "per shift"),
    ("hourly_usd", "an hour"),
    ("daily_usd", "a day"),
    ("annual_usd", "a year"),
)
_KIND = {
    "minimum": "minimum",
    "expected": "expected",
    "maximum": "at most",
    "bonus_threshold": "bonus above",
}
_UNIT = {"rvu": "wRVU", "study": "studies"}
_MALPRACTICE_POLICY = {"claims_made": "claims-made", "occurrence": "occurrence"}
_TAIL = {"provided": "provided", "not_provided": "not provided", "negotiable": "negotiable"}


def _get(row: Row, *path: str) -> Any:
    value: Any = row
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _number(value: Any) -> float | int | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _span_end(figure: str, end: str) -> Callable[[Row], Cell]:
    def read(row: Row) -> Cell:
        span = _get(row, "figures", figure)
        if isinstance(span, Mapping):
            return _number(span.get(end))
        return _number(span)  # a single number, should a figure ever be one

    return read


def _usd(x: float) -> str:
    if float(x).is_integer():
        return f"${x:,.0f}"
    return f"${x:,.2f}"


def _range(low: Any, high: Any, fmt: Callable[[float], str]) -> str | None:
    low, high = _number(low), _number(high)
    if low is None and high is None:
        return None
    if low is None:
        return f"up to {fmt(high)}"
    if high is None:
        return f"{fmt(low)}+"
    return fmt(low) if low == high else f"{fmt(low)}–{fmt(high)}"


def _count(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


def _lines(items: Iterable[Any]) -> str | None:
    text = "\n".join(str(i) for i in items if i)
    return text or None


def _sources(row: Row) -> Cell:
    return _lines(s.get("source") for s in row.get("sources") or [] if isinstance(s, Mapping))


def _urls(row: Row) -> Cell:
    return _lines(s.get("url") for s in row.get("sources") or [] if isinstance(s, Mapping))


def _pay_basis(row: Row) -> Cell:
    models = _get(row, "terms", "pay", "models") or []
    return ", ".join(_BASIS.get(m, str(m)) for m in models) or None


def _pay_as_posted(row: Row) -> Cell:
    pay = _get(row, "terms", "pay")
    if not isinstance(pay, Mapping):
        return None
    parts = []
    for key, label in _POSTED:
        figure = pay.get(key)
        if isinstance(figure, Mapping):
            text = _range(figure.get("min"), figure.get("max"), _usd)
            if text:
                parts.append(f"{text} {label}")
    bonus = _number(pay.get("sign_on_bonus_usd"))
    if bonus is not None:
        parts.append(f"sign-on bonus {_usd(bonus)}")
    return "; ".join(parts) or None


def _quota(row: Row) -> Cell:
    parts = []
    for v in _get(row, "terms", "volume") or []:
        if not isinstance(v, Mapping):
            continue
        amount = _range(v.get("min"), v.get("max"), _count)
        if amount is None:
            continue
        kind = _KIND.get(str(v.get("kind")), str(v.get("kind") or "")).strip()
        unit = _UNIT.get(str(v.get("unit")), str(v.get("unit") or ""))
        per = f" per {v['per']}" if v.get("per") else ""
        parts.append(" ".join(p for p in (kind, amount, unit) if p) + per)
    return "; ".join(parts) or None


def _malpractice(row: Row) -> Cell:
    m = _get(row, "terms", "malpractice")
    if not isinstance(m, Mapping):
        return None
    policy = _MALPRACTICE_POLICY.get(str(m.get("policy")))
    provided = m.get("provided")
    if provided is True:
        return f"provided ({policy})" if policy else "provided"
    if provided is False:
        return "not provided"
    return policy


def _tail(row: Row) -> Cell:
    return _TAIL.get(str(_get(row, "terms", "malpractice", "tail")))


def _licences_required(row: Row) -> Cell:
    lic = _get(row, "terms", "licensing")
    if not isinstance(lic, Mapping):
        return None
    parts = []
    states = ", ".join(sorted(str(s) for s in lic.get("states") or []))
    if states:
        parts.append(states)
    if lic.get("imlc") is True:
        parts.append("IMLC")
    if lic.get("paid") is True:
        parts.append("fees paid")
    elif lic.get("paid") is False:
        parts.append("fees not paid")
    return "; ".join(parts) or None


def _licences_missing(row: Row) -> Cell:
    return ", ".join(str(s) for s in row.get("licenses_missing") or []) or None


def _flags(row: Row) -> list[Mapping[str, Any]]:
    return [f for f in row.get("flags") or [] if isinstance(f, Mapping)]


def _flag_ids(row: Row) -> Cell:
    return ", ".join(str(f.get("id")) for f in _flags(row)) or None


def _flag_messages(row: Row) -> Cell:
    return _lines(f"{f.get('severity')}: {f.get('message')}" for f in _flags(row))


def _when(key: str) -> Callable[[Row], Cell]:
    def read(row: Row) -> Cell:
        value = row.get(key)
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                return str(value)
        return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else None

    return read


def _removed(row: Row) -> Cell:
    return "yes" if row.get("removed") else "no"


COLUMNS: tuple[Column, ...] = (
    Column("score", "0-100 score for your profile", lambda r: _number(r.get("score"))),
    Column("offer_id", "the id Scout's commands take", lambda r: _number(r.get("id"))),
    Column("title", "the posting's title", lambda r: _text(r.get("title"))),
    Column("employer", "the employer named in the posting", lambda r: _text(r.get("employer"))),
    Column("sources", "the boards that list the offer, one per line", _sources),
    Column("urls", "every source URL, one per line, in the same order", _urls),
    Column("work_mode", "remote, hybrid or onsite", lambda r: _text(_get(r, "terms", "work_mode"))),
    Column(
        "employment_type",
        "w2, 1099 or either",
        lambda r: _text(_get(r, "terms", "employment_type")),
    ),
    Column("pay_basis", "every pay basis the posting states (per wRVU, salary, ...)", _pay_basis),
    Column("pay_as_posted", "the posted figures per basis, and any sign-on bonus", _pay_as_posted),
    Column(
        "annual_gross_usd_low",
        "gross pay for a year at your schedule, low end",
        _span_end("annual_gross_usd", "low"),
    ),
    Column("annual_gross_usd_high", "the same, high end", _span_end("annual_gross_usd", "high")),
    Column(
        "effective_hourly_usd_low",
        "W-2-equivalent pay per hour worked, low end",
        _span_end("effective_hourly_usd", "low"),
    ),
    Column("effective_hourly_usd_high", "the same, high end", _span_end("effective_hourly_usd", "high")),
    Column(
        "effective_per_rvu_usd_low",
        "W-2-equivalent pay per wRVU at your pace, low end",
        _span_end("effective_per_rvu_usd", "low"),
    ),
    Column("effective_per_rvu_usd_high", "the same, high end", _span_end("effective_per_rvu_usd", "high")),
    Column(
        "w2_equivalent_usd_low",
        "the year's pay as a W-2 employee's salary, low end",
        _span_end("w2_equivalent_usd", "low"),
    ),
    Column("w2_equivalent_usd_high", "the same, high end", _span_end("w2_equivalent_usd", "high")),
    Column("quota", "the volume asked for (minimum, expected, maximum, bonus threshold)", _quota),
    Column("malpractice", "provided or not, and the policy type", _malpractice),
    Column("tail", "who pays tail coverage: provided, not provided, negotiable", _tail),
    Column(
        "licences_required",
        "the states named, and IMLC and licence fees when stated",
        _licences_required,
    ),
    Column("licences_missing", "the states named in which you hold no licence", _licences_missing),
    Column(
        "flag_ids",
        "the red flags' ids, comma-separated (`scout flags` explains them)",
        _flag_ids,
    ),
    Column("flags", 'each red flag as "severity: message", one per line', _flag_messages),
    Column("note", "your note on the offer", lambda r: _text(r.get("note"))),
    Column("first_seen", "when Scout first stored the offer (UTC)", _when("first_seen")),
    Column("last_seen", "when a board last listed it (UTC)", _when("last_seen")),
    Column("removed", "yes when every board has taken the offer down", _removed),
)
