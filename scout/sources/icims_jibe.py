"""iCIMS career sites on the Jibe platform, read through their `/api/jobs` JSON.

Jibe career sites (RadNet's `careers.radnet.com`) answer `{site}/api/jobs?page=N&limit=100` with
`{totalCount, jobs: [{data: {...}}]}`: every field a listing needs, description included, so no
job page is fetched; paging ends on a short page or when `totalCount` postings have been seen.
Pay fields are zeros when the employer publishes none.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from scout.config import Settings
from scout.errors import FetchError, ParseError
from scout.extract.html import html_to_text
from scout.http import Fetcher
from scout.models import Batch, PageError, PublishedPay, RawPosting
from scout.roles import is_radiologist
from scout.sources.base import clean_text, page_cap_guard, page_error
from scout.sources.jsonld import parse_date

_JIBE_FREQUENCY = {
    "HOURLY": "HOUR",
    "DAILY": "DAY",
    "WEEKLY": "WEEK",
    "MONTHLY": "MONTH",
    "YEARLY": "YEAR",
    "ANNUAL": "YEAR",
    "ANNUALLY": "YEAR",
}
_CITY_STATE = re.compile(r"^[^,]+, [A-Z]{2}$")


def _text(value: Any) -> str:
    """A Jibe field as text; tenants send strings, numbers, lists or objects for the same key."""
    if isinstance(value, list):
        return ", ".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("value"))
    if value is None or isinstance(value, bool):
        return ""
    return str(value).strip()


def _amount(value: Any) -> float | None:
    """A positive pay figure, or None: Jibe sends zeros for pay the employer did not publish."""
    try:
        number = float(str(value).replace(",", "").replace("$", "").strip())
    except ValueError:
        return None
    return number if number > 0 else None


def parse_jibe_page(text: str, url: str) -> tuple[list[dict[str, Any]], int | None]:
    """The job objects (`data` of each item, with the item kept as served) and `totalCount`."""
    try:
        payload = json.loads(text)
    except (ValueError, RecursionError) as e:  # RecursionError: JSON nested ~1,000 deep
        raise ParseError(url, f"the jobs API did not answer with JSON ({e})") from e
    jobs = payload.get("jobs") if isinstance(payload, dict) else None
    if not isinstance(jobs, list):
        raise ParseError(url, "the jobs API answered without a 'jobs' list (its format may have changed)")
    total = payload.get("totalCount")
    return [j for j in jobs if isinstance(j, dict)], total if isinstance(total, int) else None


def jibe_pay(data: dict[str, Any]) -> PublishedPay | None:
    """The salary fields as published (frequency named as schema.org units; never annualised)."""
    lo = _amount(data.get("salary_min_value"))
    hi = _amount(data.get("salary_max_value"))
    if lo is None and hi is None:
        lo = hi = _amount(data.get("salary_value"))
    if lo is None and hi is None:
        return None
    freq = _text(data.get("salary_frequency")).upper()
    currency = _text(data.get("salary_currency")).upper() or None
    if lo is None:
        span = f"up to {hi:,.2f}"
    elif hi is None or hi == lo:
        span = f"{lo:,.2f}"
    else:
        span = f"{lo:,.2f} - {hi:,.2f}"
    return PublishedPay(
        min=lo,
        max=hi,
        unit=_JIBE_FREQUENCY.get(freq, freq or None),
        currency=currency,
        text=" ".join(p for p in (currency or "", span, freq) if p),
    )


def jibe_posting(item: dict[str, Any], site_url: str, source: str, employer: str) -> RawPosting | None:
    """One Jibe search result as a RawPosting; None when it lacks an id or a title."""
    data = item.get("data", item)
    if not isinstance(data, dict):
        return None
    slug = _text(data.get("slug")) or _text(data.get("req_id"))
    title = clean_text(_text(data.get("title")))
    if not slug or not title:
        return None
    company = _text(data.get("hiring_organization")) or _text(data.get("brand")) or employer
    # the compact "City, ST" the site shows when it has one, else the spelled-out full location
    short = _text(data.get("location_name"))
    location = short if _CITY_STATE.match(short) else _text(data.get("full_location")) or short
    if not location:
        location = ", ".join(p for p in (_text(data.get("city")), _text(data.get("state"))) if p)
    pay = jibe_pay(data)
    parts = [
        html_to_text(_text(data.get(key)))
        for key in ("description", "responsibilities", "qualifications")
        if _text(data.get(key))
    ]
    description = "\n\n".join(p for p in parts if p)
    lines = [title, company, location]
    labelled = (
        ("Employment type", _text(data.get("employment_type"))),
        ("Category", _text(data.get("categories"))),
        ("Department", _text(data.get("department"))),
        ("Pay", pay.text if pay else ""),
    )
    lines += [f"{label}: {value}" for label, value in labelled if value]
    facts = {
        key: _text(data.get(key))
        for key in ("req_id", "employment_type", "brand", "department")
        if _text(data.get(key))
    }
    categories = _text(data.get("categories"))
    if categories:
        facts["categories"] = categories
    remote = data.get("remote") is True or location.lower().startswith("remote")
    return RawPosting(
        source=source,
        source_id=slug,
        url=f"{site_url}/jobs/{quote(slug, safe='')}",
        title=title,
        employer=company,
        location=location or None,
        posted_date=parse_date(data.get("posted_date")),
        body=json.dumps(item, ensure_ascii=False),
        body_format="json",
        text="\n".join(line for line in lines if line) + ("\n\n" + description if description else ""),
        work_mode_hint="remote" if remote else None,
        published_pay=pay,
        facts=facts,
    )


class ICIMSJibe:
    """An iCIMS career site on the Jibe platform, read through its `/api/jobs` JSON."""

    kind = "iCIMS career site (Jibe API)"

    def __init__(self, name: str, label: str, site_url: str, employer: str, page_size: int = 100) -> None:
        self.name = name
        self.label = label
        self.base_url = site_url.rstrip("/")
        self.employer = employer
        self.page_size = page_size

    def page_url(self, page: int) -> str:
        return f"{self.base_url}/api/jobs?page={page}&limit={self.page_size}"

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        seen: set[str] = set()
        n = 1
        while True:
            url = self.page_url(n)
            try:
                jobs, total = parse_jibe_page(fetch.get(url, source=self.name).text, url)
            except (FetchError, ParseError) as e:  # a stopped source too: nothing more may be fetched
                yield Batch(url, errors=[page_error(e)])
                return
            batch = Batch(url, pages_fetched=1)
            if not jobs:
                batch.complete_listing = True  # an empty board, or past the last page
                yield batch
                return
            postings = [jibe_posting(item, self.base_url, self.name, self.employer) for item in jobs]
            if any(p is None for p in postings):
                missing = sum(p is None for p in postings)
                batch.errors.append(
                    PageError(url, f"{missing} job(s) on this page have no id or title", "parse")
                )
            fresh = [p for p in postings if p is not None and p.source_id not in seen]
            if not fresh and len(seen) > 0:
                batch.errors.append(
                    PageError(
                        url,
                        "page repeats jobs already seen; stopped paging (the site may ignore the page)",
                        "guard",
                    )
                )
                yield batch
                return
            for posting in fresh:
                seen.add(posting.source_id)
                if is_radiologist(posting.title, posting.text):
                    batch.postings.append(posting)
            if len(jobs) < self.page_size or (total is not None and len(seen) >= total):
                batch.complete_listing = True
                yield batch
                return
            if n >= settings.page_cap:
                batch.errors.append(page_cap_guard(self.page_url(n + 1), settings.page_cap, "pages"))
                yield batch
                return
            yield batch
            n += 1
