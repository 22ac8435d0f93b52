"""Workday career sites, read through the CXS JSON endpoints the sites' own pages use.

Search: `POST https://{host}/wday/cxs/{tenant}/{site}/jobs` with
`{"appliedFacets":{},"limit":20,"offset":N,"searchText":"radiologist"}`, 20 per page (a larger
limit is said to return nothing). Each hit has `title`, `externalPath`, `locationsText` and
`postedOn` prose ("Posted Today", "Posted 5 Days Ago", "Posted 30+ Days Ago", the last only a
bound). Detail: `GET https://{host}/wday/cxs/{tenant}/{site}{externalPath}` -> `jobPostingInfo`
with the HTML description. Undocumented by Workday (reported by public scrapers, sources.md §4).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import quote

from scout.config import Settings
from scout.errors import FetchError, ParseError
from scout.http import Fetcher
from scout.models import Batch, PageError, RawPosting
from scout.roles import is_radiologist, is_radiologist_title
from scout.sources.ats import (
    get_json,
    html_text,
    missing_board,
    mode_from_text,
    number,
    post_json,
    posting_text,
    text_field,
)
from scout.sources.base import page_cap_guard, page_error
from scout.sources.paging import read_jobs

PAGE_SIZE = 20
_POSTED = re.compile(
    r"posted\s+(?:(?P<today>today)|(?P<yesterday>yesterday)|"
    r"(?P<days>\d+)\s*(?P<plus>\+)?\s*days?\s+ago)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PostedOn:
    """What "Posted N Days Ago" says: a date, or for "30+" only the latest date it can be."""

    on: date | None = None
    on_or_before: date | None = None


def read_posted_on(text: str | None, today: date) -> PostedOn:
    """Turn Workday's postedOn prose into a date relative to `today`."""
    m = _POSTED.search(text or "")
    if m is None:
        return PostedOn()
    if m.group("today"):
        return PostedOn(on=today)
    if m.group("yesterday"):
        return PostedOn(on=today - timedelta(days=1))
    days = today - timedelta(days=int(m.group("days")))
    return PostedOn(on_or_before=days) if m.group("plus") else PostedOn(on=days)


@dataclass(frozen=True)
class Hit:
    """One search result, before its detail is fetched."""

    title: str
    path: str
    locations: str | None
    posted_on: str | None
    req_id: str | None


@dataclass
class SearchPage:
    total: int
    hits: list[Hit]
    size: int  # entries served, readable or not


def read_search(data: Any, url: str) -> SearchPage:
    """One search response; ParseError when it has no jobPostings list (shape changed)."""
    if not isinstance(data, dict) or not isinstance(data.get("jobPostings"), list):
        raise ParseError(url, "no 'jobPostings' list in the search response (shape changed?)")
    total = number(data.get("total"))
    hits = []
    for item in data["jobPostings"]:
        if not isinstance(item, dict):
            continue
        title, path = text_field(item, "title"), text_field(item, "externalPath")
        if title is None or path is None:
            continue
        bullets = item.get("bulletFields")
        req_id = str(bullets[0]) if isinstance(bullets, list) and bullets else None
        hits.append(
            Hit(
                title=title,
                path=path,
                locations=text_field(item, "locationsText"),
                posted_on=text_field(item, "postedOn"),
                req_id=req_id,
            )
        )
    return SearchPage(int(total or 0), hits, len(data["jobPostings"]))


class WorkdaySite:
    """One employer's Workday career site, searched for radiologist postings."""

    kind = "Workday site"

    def __init__(
        self,
        name: str,
        label: str,
        host: str,
        tenant: str,
        site: str,
        search_text: str = "radiologist",
        today: Callable[[], date] = date.today,
    ) -> None:
        self.name = name
        self.label = label
        self.host = host
        self.tenant = tenant
        self.site = site
        self.search_text = search_text
        self.today = today
        self.base_url = f"https://{host}/wday/cxs/{quote(tenant, safe='')}/{quote(site, safe='')}"

    def search_url(self) -> str:
        return f"{self.base_url}/jobs"

    def payload(self, offset: int) -> dict[str, Any]:
        return {
            "appliedFacets": {},
            "limit": PAGE_SIZE,
            "offset": offset,
            "searchText": self.search_text,
        }

    def read_job(self, data: Any, hit: Hit, detail_url: str, today: date) -> RawPosting | None:
        """A job's detail JSON as a RawPosting; None when its description rules it out."""
        info = data.get("jobPostingInfo") if isinstance(data, dict) else None
        if not isinstance(info, dict):
            raise ParseError(detail_url, "no 'jobPostingInfo' in the job's JSON (shape changed?)")
        title = text_field(info, "title") or hit.title
        description = html_text(text_field(info, "jobDescription"))
        if not description:
            raise ParseError(detail_url, "the job has no description (jobDescription)")
        if not is_radiologist(title, description):
            return None
        org = data.get("hiringOrganization")
        employer = (text_field(org, "name") if isinstance(org, dict) else None) or self.label
        location = text_field(info, "location") or hit.locations
        extra = info.get("additionalLocations")
        others = [str(x) for x in extra if x] if isinstance(extra, list) else []
        posted_text = hit.posted_on or text_field(info, "postedOn")
        posted = read_posted_on(posted_text, today)
        remote_type = text_field(info, "remoteType")
        req_id = text_field(info, "jobReqId") or hit.req_id
        country = info.get("country")
        lines: list[tuple[str, str | None]] = [
            ("Other locations", "; ".join(others) or None),
            ("Time type", text_field(info, "timeType")),
            ("Remote type", remote_type),
            ("Requisition", req_id),
            ("Posted", re.sub(r"^\s*posted\s+", "", posted_text or "", flags=re.I) or None),
        ]
        facts: dict[str, Any] = {"externalPath": hit.path}
        for key, value in (
            ("postedOn", posted_text),
            ("jobReqId", req_id),
            ("timeType", text_field(info, "timeType")),
            ("remoteType", remote_type),
            ("startDate", text_field(info, "startDate")),
            ("country", text_field(country, "descriptor") if isinstance(country, dict) else None),
        ):
            if value:
                facts[key] = value
        if others:
            facts["additionalLocations"] = others
        if posted.on_or_before:
            facts["posted_on_or_before"] = posted.on_or_before.isoformat()
        source_id = text_field(info, "id") or req_id or hit.path
        return RawPosting(
            source=self.name,
            source_id=source_id,
            url=text_field(info, "externalUrl") or f"https://{self.host}/{self.site}{hit.path}",
            title=title,
            employer=employer,
            location=location,
            posted_date=posted.on,
            body=json.dumps(data, ensure_ascii=False),
            body_format="json",
            text=posting_text(title, employer, location, lines, description),
            work_mode_hint=mode_from_text(remote_type) or mode_from_text(location, hit.locations),
            facts=facts,
        )

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        today = self.today()
        url = self.search_url()
        site = f"career site '{self.site}' for '{self.tenant}' on {self.host}"
        missing = missing_board("Workday", site, "host, tenant and site")
        gone = "the job is gone (HTTP 404)"
        seen: set[str] = set()
        total = 0
        unread = 0
        offset = 0
        pages = 0
        while True:
            try:
                data = post_json(fetch, url, self.payload(offset), source=self.name, missing=missing)
                page = read_search(data, url)
            except (FetchError, ParseError) as e:
                yield Batch(url, errors=[page_error(e)])
                return
            pages += 1
            total = max(total, page.total)  # only trust a total that some page gave
            if page.size == 0:
                if offset < total:
                    reason = (
                        f"Workday reports {total} postings for '{self.search_text}' but "
                        f"returned none at offset {offset}; stopped (the site may reject "
                        "this search or page size)"
                    )
                    yield Batch(url, pages_fetched=1, errors=[PageError(url, reason, "guard")])
                    return
                yield Batch(url, pages_fetched=1, complete_listing=unread == 0)
                return
            paths = {h.path for h in page.hits}
            if paths and paths <= seen:
                reason = (
                    f"the page at offset {offset} repeats postings already seen; stopped paging "
                    "(the site may ignore the offset)"
                )
                yield Batch(url, pages_fetched=1, errors=[PageError(url, reason, "guard")])
                return
            seen |= paths
            batch = Batch(url, pages_fetched=1)
            unread += page.size - len(page.hits)
            if page.size > len(page.hits):
                batch.errors.append(
                    PageError(
                        url,
                        f"{page.size - len(page.hits)} search result(s) at offset {offset} "
                        "have no title or externalPath",
                        "parse",
                    )
                )
            wanted = [hit for hit in page.hits if is_radiologist_title(hit.title) is not False]
            errors_before = len(batch.errors)
            if not read_jobs(
                batch,
                wanted,
                lambda hit: get_json(fetch, self.base_url + hit.path, source=self.name, missing=gone),
                lambda detail, hit: self.read_job(detail, hit, self.base_url + hit.path, today),
            ):
                yield batch
                return
            unread += len(batch.errors) - errors_before  # each one a job page that failed
            offset += page.size
            last_page = offset >= total or page.size < PAGE_SIZE
            if not last_page and pages >= settings.page_cap:
                batch.errors.append(page_cap_guard(url, settings.page_cap, "search pages"))
                yield batch
                return
            # a job we could not read is still listed: marking it removed would be wrong
            batch.complete_listing = last_page and unread == 0
            yield batch
            if last_page:
                return
