"""Classic iCIMS portals (`https://careers-x.icims.com`), searched keyword by keyword.

The classic portal is searched at `{portal}/jobs/search?ss=1&searchKeyword=KW&pr=N&in_iframe=1`
(without `in_iframe=1` it serves an empty wrapper); rows are found by their `/jobs/{id}/{slug}/job`
links, the last page has no `<link rel="next">`, and job pages are read with the JSON-LD reader,
else from their `iCIMS_InfoMsg_Job` blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from urllib.parse import quote_plus, urlsplit

import httpx
from selectolax.lexbor import LexborHTMLParser, LexborNode

from scout.config import Settings
from scout.errors import ParseError
from scout.extract.html import html_to_text
from scout.http import Fetcher
from scout.models import Batch, PageError, PublishedPay, RawPosting
from scout.sources.base import clean_text, page_text
from scout.sources.jsonld import first_job_posting
from scout.sources.paging import Board, Listing, Search, radiologist_only, walk
from scout.sources.rows import Row, below, ids_under, job_link, row_around

_JOB_PATH = re.compile(r"^/jobs/(\d+)/[^/]+/job/?$")
_PORTAL_LOCATION = re.compile(r"^([A-Z]{2})-([A-Z0-9]{1,3})-(.+)$")  # US-VA-Fairfax Station
_NO_JOBS = re.compile(
    r"\bno (?:jobs|results|positions|openings|matching jobs)\b[^.\n]{0,40}?\b(?:found|match|available)"
    r"|\bthere are (?:currently )?no (?:open )?(?:jobs|positions|openings)",
    re.IGNORECASE,
)
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_ID_PREFIX = re.compile(r"^\s*\d+\s+-\s+")
# Elements that are the list or the page, never one row of it.
_NOT_A_ROW = frozenset(["body", "ul", "table"])


@dataclass
class PortalPage:
    rows: list[Row] = field(default_factory=list)
    has_next: bool = False
    says_no_jobs: bool = False


def portal_location(text: str | None) -> str | None:
    """`US-VA-Fairfax Station` as `Fairfax Station, VA`; other countries keep theirs at the end."""
    text = clean_text(text)
    if not text:
        return None
    places = []
    for part in re.split(r"\s*\|\s*", text):
        m = _PORTAL_LOCATION.match(part)
        if not m:
            places.append(part)
        elif m.group(1) == "US":
            places.append(f"{m.group(3)}, {m.group(2)}")
        else:
            places.append(f"{m.group(3)}, {m.group(2)}, {m.group(1)}")
    return "; ".join(places)


def portal_date(text: str | None) -> date | None:
    """A slash date from a row ("7/28/2026 2:40 PM" or "23/07/2026 08:17"); None when the day
    and month cannot be told apart, since tenants differ in which comes first."""
    m = _SLASH_DATE.search(text or "")
    if not m:
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        month, day = a, b
    elif a == b:
        month = day = a
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_element(node: LexborNode) -> LexborNode | None:
    nxt = node.next
    while nxt is not None and not nxt.is_element_node:
        nxt = nxt.next
    return nxt


def _labelled_values(node: LexborNode) -> list[tuple[str, LexborNode]]:
    """(label, value node) pairs: `dt`/`dd`, and screen-reader `field-label` spans before a value."""
    pairs: list[tuple[str, LexborNode]] = []
    for dt in below(node, "dt"):
        dd = _next_element(dt)
        if dd is not None and dd.tag == "dd":
            pairs.append((clean_text(dt.text(deep=True)), dd))
    for label in below(node, ".field-label"):
        if label.parent is not None and label.parent.tag in ("dt", "a"):
            continue
        value = _next_element(label)
        if value is not None:
            pairs.append((clean_text(label.text(deep=True)), value))
    return pairs


def _portal_title(a: LexborNode) -> str:
    heading = a.css_first("h1, h2, h3, h4, h5, h6")
    if heading is not None and clean_text(heading.text(deep=True)):
        return clean_text(heading.text(deep=True))
    text = clean_text(a.text(deep=True))
    for hidden in below(a, ".sr-only, .field-label"):
        label = clean_text(hidden.text(deep=True))
        if label and text.startswith(label):
            text = text[len(label) :].strip()
    return text or _ID_PREFIX.sub("", clean_text(a.attributes.get("title")))


def parse_portal_results(html: str, page_url: str) -> PortalPage:
    """The rows and the next-page signal of one classic portal results page (`in_iframe=1`)."""
    tree = LexborHTMLParser(html)
    host = (urlsplit(page_url).hostname or "").lower()
    page = PortalPage(has_next=tree.css_first('link[rel="next"]') is not None)
    links: list[tuple[LexborNode, str, str]] = []
    for a in tree.css("a[href]"):
        link = job_link(a.attributes.get("href") or "", page_url, _JOB_PATH)
        if link is not None and link[2] == host:
            links.append((a, link[0], link[1]))
    held = ids_under(links)
    seen: set[str] = set()
    for a, job_id, url in links:
        title = _portal_title(a)
        if job_id in seen or not title:
            continue
        seen.add(job_id)
        row = row_around(a, job_id, held, _NOT_A_ROW)
        item = Row(job_id=job_id, url=url, title=title)
        pairs = _labelled_values(row) if row is not a else []
        places = [v for label, v in pairs if "location" in label.lower() and "address" not in label.lower()]
        if places:
            item.location = portal_location(places[0].text(deep=True))
        for label, value in pairs:
            low = label.lower()
            if "posted" in low and item.posted is None:
                item.posted = portal_date(value.attributes.get("title") or value.text(deep=True))
            elif low in ("id", "job id", "requisition id") and item.ref is None:
                item.ref = clean_text(value.text(deep=True))
        page.rows.append(item)
    if not page.rows:
        page.says_no_jobs = bool(_NO_JOBS.search(html_to_text(html)))
    return page


def parse_portal_job(html: str, row: Row, source: str, employer: str) -> RawPosting:
    """One classic portal job page as a RawPosting; ParseError when it has no description."""
    tree = LexborHTMLParser(html)
    ld = first_job_posting(tree)
    description = html_to_text(ld.description_html) if ld and ld.description_html else ""
    if not description:
        blocks = tree.css(".iCIMS_InfoMsg_Job") or tree.css(".iCIMS_JobContent")
        description = "\n\n".join(t for t in (html_to_text(b.html or "") for b in blocks) if t)
    if not description:
        raise ParseError(row.url, "no job description on the page (markup changed or truncated)")
    header = tree.css_first(".iCIMS_JobHeaderGroup")
    fields = [
        (label, clean_text(value.text(deep=True)))
        for label, value in (_labelled_values(header) if header is not None else [])
    ]
    fields = [(label, value) for label, value in fields if label and value]
    page_location = next((v for label, v in fields if "location" in label.lower()), None)
    title = (ld.title if ld else None) or row.title
    company = (ld.employer if ld else None) or employer
    location = (ld.location if ld else None) or portal_location(page_location) or row.location
    pay = ld.pay if ld else None
    pay_text = next((v for label, v in fields if re.search(r"salary|pay|compensation", label, re.I)), None)
    if pay is None and pay_text:
        pay = PublishedPay(text=pay_text)
    lines = [f"{label}: {value}" for label, value in fields]
    facts: dict[str, str] = dict(fields)
    if row.ref:
        facts["ref"] = row.ref
    if ld and ld.employment_type:
        facts["employmentType"] = ld.employment_type
    return RawPosting(
        source=source,
        source_id=row.job_id,
        url=row.url,
        title=title,
        employer=company,
        location=location,
        posted_date=(ld.date_posted if ld else None) or row.posted,
        body=html,
        body_format="html",
        text=page_text(title, company, location, lines, description),
        work_mode_hint="remote" if ld and ld.remote else None,
        published_pay=pay,
        facts=facts,
    )


class ICIMSClassic:
    """A classic iCIMS portal (`https://careers-x.icims.com`), searched for each keyword in turn."""

    kind = "iCIMS portal"

    def __init__(
        self,
        name: str,
        label: str,
        portal_url: str,
        employer: str,
        keywords: tuple[str, ...] = ("radiologist", "teleradiology"),
    ) -> None:
        self.name = name
        self.label = label
        self.base_url = portal_url.rstrip("/")
        self.employer = employer
        self.keywords = keywords

    def search_url(self, keyword: str, page0: int) -> str:
        return f"{self.base_url}/jobs/search?ss=1&searchKeyword={quote_plus(keyword)}&pr={page0}&in_iframe=1"

    def _read_page(self, keyword: str, resp: httpx.Response, url: str, index: int) -> Listing[Row]:
        page = parse_portal_results(resp.text, url)
        if not page.rows and not page.says_no_jobs:
            reason = (
                "no job links and no 'no jobs found' message on a results page "
                "(the portal's markup may have changed)"
            )
            return Listing([], problem=PageError(url, reason, "parse"))
        next_url = self.search_url(keyword, index + 1) if page.rows and page.has_next else None
        return Listing(page.rows, next_url=next_url)

    def _read_job(self, html: str, row: Row) -> RawPosting | None:
        return radiologist_only(parse_portal_job(html, row, self.name, self.employer))

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        board = Board(
            self.name,
            self._read_job,
            repeats="results page repeats jobs already seen in this search; stopped paging "
            "(the portal may ignore the page parameter)",
            job_url=lambda row: row.url + "?in_iframe=1",
        )
        searches = [Search(self.search_url(k, 0), partial(self._read_page, k)) for k in self.keywords]
        yield from walk(fetch, board, searches, settings.page_cap)
