"""Lever job sites, read through the public Postings API.

`GET https://api.lever.co/v0/postings/{site}?mode=json&skip={n}&limit=100` answers a JSON array
with no total, so paging goes on until a page comes back shorter than the limit. Each posting
carries `workplaceType` (on-site, remote, hybrid, unspecified), an optional `salaryRange`
{currency, interval, min, max} whose interval ("per-hour-wage") is kept as published, and
`createdAt` in epoch milliseconds (there is no updated date).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from scout.config import Settings
from scout.errors import FetchError, ParseError
from scout.http import Fetcher
from scout.models import Batch, PageError, PublishedPay, RawPosting
from scout.roles import is_radiologist, is_radiologist_title
from scout.sources.ats import (
    epoch_ms_date,
    get_json,
    html_text,
    missing_board,
    mode_from_text,
    number,
    pay_text,
    posting_text,
    text_field,
)
from scout.sources.base import page_cap_guard, page_error

API = "https://api.lever.co/v0/postings"
PAGE_SIZE = 100

# Lever's salary intervals, mapped to the units Scout's pay fields use; the text keeps Lever's own.
_INTERVALS = {
    "per-hour-wage": "HOUR",
    "per-day-wage": "DAY",
    "per-week-salary": "WEEK",
    "per-month-salary": "MONTH",
    "per-year-salary": "YEAR",
}
_MODES = {"remote": "remote", "hybrid": "hybrid", "on-site": "onsite"}


def read_pay(salary: Any) -> PublishedPay | None:
    """`salaryRange` as published; the unit from its interval, the interval itself in the text."""
    if not isinstance(salary, dict):
        return None
    lo, hi = number(salary.get("min")), number(salary.get("max"))
    if lo is None and hi is None:
        return None
    interval = text_field(salary, "interval")
    pay = PublishedPay(
        min=lo,
        max=hi,
        unit=_INTERVALS.get(interval or ""),
        currency=text_field(salary, "currency"),
    )
    return pay.model_copy(update={"text": pay_text(pay, interval)})


def _description(p: dict[str, Any]) -> str:
    """Opening and body, the titled lists (requirements, benefits), then the closing text."""
    body = text_field(p, "description") or "".join(
        f for f in (text_field(p, "opening"), text_field(p, "descriptionBody")) if f
    )
    lists = p.get("lists")
    list_html = ""
    if isinstance(lists, list):
        for item in lists:
            if isinstance(item, dict) and (item.get("text") or item.get("content")):
                list_html += f"<h3>{item.get('text') or ''}</h3><ul>{item.get('content') or ''}</ul>"
    text = html_text(body, list_html, text_field(p, "additional"))
    return text or text_field(p, "descriptionPlain") or ""


def read_posting(p: Any, *, source: str, employer: str, page_url: str) -> RawPosting | None:
    """One Lever posting as a RawPosting; None when it is not a radiologist's job."""
    if not isinstance(p, dict):
        raise ParseError(page_url, "a posting is not a JSON object")
    title = text_field(p, "text")
    pid = text_field(p, "id")
    if title is None or pid is None:
        missing = " and ".join(k for k, v in (("id", pid), ("text (title)", title)) if v is None)
        raise ParseError(
            text_field(p, "hostedUrl") or page_url,
            f"a posting has no {missing} field (the API's shape may have changed)",
        )
    verdict = is_radiologist_title(title)
    if verdict is False:
        return None
    url = text_field(p, "hostedUrl")
    if url is None:
        raise ParseError(page_url, f"posting {pid} ({title}) has no hostedUrl")
    description = _description(p)
    if not description:
        raise ParseError(url, "the posting has no description")
    if verdict is None and not is_radiologist(title, description):
        return None
    raw_cats = p.get("categories")
    cats: dict[str, Any] = raw_cats if isinstance(raw_cats, dict) else {}
    location = text_field(cats, "location")
    workplace = text_field(p, "workplaceType")
    pay = read_pay(p.get("salaryRange"))
    salary_note = html_text(text_field(p, "salaryDescription")) or text_field(p, "salaryDescriptionPlain")
    lines: list[tuple[str, str | None]] = [
        ("Commitment", text_field(cats, "commitment")),
        ("Team", text_field(cats, "team")),
        ("Department", text_field(cats, "department")),
        ("Workplace", workplace),
        ("Pay", pay.text if pay else None),
        ("Pay details", salary_note),
    ]
    facts: dict[str, Any] = {
        k: v for k, v in (("workplaceType", workplace), ("country", p.get("country"))) if v
    }
    for key in ("commitment", "team", "department"):
        if text_field(cats, key):
            facts[key] = cats[key]
    all_locations = cats.get("allLocations")
    if isinstance(all_locations, list) and len(all_locations) > 1:
        facts["allLocations"] = [str(x) for x in all_locations]
    return RawPosting(
        source=source,
        source_id=pid,
        url=url,
        title=title,
        employer=employer,
        location=location,
        posted_date=epoch_ms_date(p.get("createdAt")),
        body=json.dumps(p, ensure_ascii=False),
        body_format="json",
        text=posting_text(title, employer, location, lines, description),
        work_mode_hint=_MODES.get((workplace or "").lower()) or mode_from_text(location),
        published_pay=pay,
        facts=facts,
    )


class LeverSite:
    """One employer's Lever postings, by its site name (jobs.lever.co/{site})."""

    kind = "Lever site"

    def __init__(self, name: str, label: str, site: str) -> None:
        self.name = name
        self.label = label
        self.site = site
        self.base_url = f"{API}/{quote(site, safe='')}"

    def page_url(self, skip: int) -> str:
        return f"{self.base_url}?mode=json&skip={skip}&limit={PAGE_SIZE}"

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        missing = missing_board("Lever", f"postings site '{self.site}'", "site name")
        seen: set[str] = set()
        unread = 0
        skip = 0
        pages = 0
        while True:
            url = self.page_url(skip)
            try:
                data = get_json(fetch, url, source=self.name, missing=missing)
                if not isinstance(data, list):
                    raise ParseError(url, "the response is not a list of postings (shape changed?)")
            except (FetchError, ParseError) as e:
                yield Batch(url, errors=[page_error(e)])
                return
            pages += 1
            ids = {str(p.get("id")) for p in data if isinstance(p, dict)}
            if data and ids <= seen:
                reason = (
                    "this page repeats postings already seen; stopped paging "
                    "(the site may ignore the skip parameter)"
                )
                yield Batch(url, pages_fetched=1, errors=[PageError(url, reason, "guard")])
                return
            seen |= ids
            batch = Batch(url, pages_fetched=1)
            for item in data:
                try:
                    posting = read_posting(item, source=self.name, employer=self.label, page_url=url)
                except ParseError as e:
                    unread += 1
                    batch.errors.append(page_error(e))
                    continue
                if posting is not None:
                    batch.postings.append(posting)
            last_page = len(data) < PAGE_SIZE
            if not last_page and pages >= settings.page_cap:
                next_page = self.page_url(skip + PAGE_SIZE)
                batch.errors.append(page_cap_guard(next_page, settings.page_cap, "pages"))
                yield batch
                return
            # a posting we could not read is still listed: removing it from history would be wrong
            batch.complete_listing = last_page and unread == 0
            yield batch
            if last_page:
                return
            skip += PAGE_SIZE
