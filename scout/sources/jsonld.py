"""The shared schema.org JobPosting reader, used on every detail page that carries JSON-LD.

Lenient by design: real pages give numbers as strings ("$100,000"), non-standard enum values,
arrays where one value is expected, and broken JSON. The salary's unit is kept as published
(HOUR, DAY, YEAR...): annualising hourly locum pay is the ranking's job, with the user's hours.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from scout.models import PublishedPay

_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


@dataclass
class JobPostingLD:
    title: str | None = None
    description_html: str | None = None
    date_posted: date | None = None
    employer: str | None = None
    location: str | None = None
    remote: bool = False
    employment_type: str | None = None
    identifier: str | None = None
    pay: PublishedPay | None = None
    url: str | None = None


def _walk(node: Any) -> list[dict[str, Any]]:
    """Every object with @type JobPosting anywhere in a JSON-LD value (@graph, arrays)."""
    found: list[dict[str, Any]] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if "JobPosting" in kinds:
                found.append(item)
            elif "@graph" in item:
                stack.append(item["@graph"])
    return found


def job_postings_in(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    """Raw JobPosting objects from a page's JSON-LD scripts; broken scripts are skipped."""
    out: list[dict[str, Any]] = []
    for script in tree.css('script[type="application/ld+json"]'):
        raw = script.text(deep=True) or ""
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        out.extend(_walk(data))
    return out


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("value")
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    match = _NUMBER.search(str(value))
    if not match:
        return None
    try:
        return float(match.group(0).replace(",", ""))
    except ValueError:
        return None


def parse_date(value: Any) -> date | None:
    text = _text(value)
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _salary(value: Any, currency: Any = None) -> PublishedPay | None:
    if value is None:
        return None
    if isinstance(value, int | float | str) and not isinstance(value, bool):
        number = _number(value)
        return PublishedPay(min=number, max=number, text=str(value)) if number else None
    if not isinstance(value, dict):
        return None
    cur = _text(value.get("currency")) or _text(currency)
    inner = value.get("value", value)
    unit = _text(value.get("unitText"))
    if isinstance(inner, dict):
        unit = _text(inner.get("unitText")) or unit
        lo = _number(inner.get("minValue"))
        hi = _number(inner.get("maxValue"))
        single = _number(inner.get("value"))
    else:
        lo = _number(value.get("minValue"))
        hi = _number(value.get("maxValue"))
        single = _number(inner)
    if lo is None and hi is None and single is not None:
        lo = hi = single
    if lo is None and hi is None:
        return None
    return PublishedPay(min=lo, max=hi, unit=unit.upper() if unit else None, currency=cur)


def _location(value: Any) -> str | None:
    places = value if isinstance(value, list) else [value]
    names = []
    for place in places:
        if not isinstance(place, dict):
            continue
        addr = place.get("address", place)
        if isinstance(addr, str):
            names.append(addr)
            continue
        if not isinstance(addr, dict):
            continue
        city = _text(addr.get("addressLocality"))
        region = _text(addr.get("addressRegion"))
        parts = [p for p in (city, region) if p]
        if parts:
            names.append(", ".join(parts))
    return "; ".join(dict.fromkeys(names)) or None


def read_job_posting(obj: dict[str, Any]) -> JobPostingLD:
    """The fields Scout uses from one JobPosting object."""
    loc_type = obj.get("jobLocationType")
    loc_types = loc_type if isinstance(loc_type, list) else [loc_type]
    remote = any(str(t).upper() == "TELECOMMUTE" for t in loc_types if t)
    emp = obj.get("employmentType")
    if isinstance(emp, list):
        emp = ", ".join(str(e) for e in emp)
    ident = obj.get("identifier")
    if isinstance(ident, dict):  # PropertyValue {name: the issuer, value: the id}
        ident = ident.get("value") or ident.get("name")
    return JobPostingLD(
        title=_text(obj.get("title")),
        description_html=obj.get("description")
        if isinstance(obj.get("description"), str)
        else None,
        date_posted=parse_date(obj.get("datePosted")),
        employer=_text(obj.get("hiringOrganization")),
        location=_location(obj.get("jobLocation")),
        remote=remote,
        employment_type=_text(emp),
        identifier=_text(ident),
        pay=_salary(obj.get("baseSalary"), obj.get("salaryCurrency"))
        or _salary(obj.get("estimatedSalary"), obj.get("salaryCurrency")),
        url=_text(obj.get("url")),
    )


def first_job_posting(tree: LexborHTMLParser) -> JobPostingLD | None:
    found = job_postings_in(tree)
    return read_job_posting(found[0]) if found else None
