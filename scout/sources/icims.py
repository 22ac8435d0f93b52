"""iCIMS, in its two public shapes: the Jibe JSON API and the classic `*.icims.com` portal.

Jibe career sites (RadNet's `careers.radnet.com`) answer `{site}/api/jobs?page=N&limit=100` with
`{totalCount, jobs: [{data: {...}}]}`: every field a listing needs, description included, so no
job page is fetched; paging ends on a short page or when `totalCount` postings have been seen.
Pay fields are zeros when the employer publishes none.

The classic portal is searched at `{portal}/jobs/search?ss=1&searchKeyword=KW&pr=N&in_iframe=1`
(without `in_iframe=1` it serves an empty wrapper); rows are found by their `/jobs/{id}/{slug}/job`
links, the last page has no `<link rel="next">`, and job pages are read with the JSON-LD reader,
else from their `iCIMS_InfoMsg_Job` blocks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote, quote_plus, urljoin, urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scout.config import Settings
from scout.errors import FetchError, ParseError, SourceStopped
from scout.extract.html import html_to_text
from scout.http import Fetcher
from scout.models import Batch, PageError, PublishedPay, RawPosting
from scout.roles import is_radiologist, is_radiologist_title
from scout.sources.base import page_error
from scout.sources.jsonld import first_job_posting, parse_date

_JIBE_FREQUENCY = {
    "HOURLY": "HOUR",
    "DAILY": "DAY",
    "WEEKLY": "WEEK",
    "MONTHLY": "MONTH",
    "YEARLY": "YEAR",
    "ANNUAL": "YEAR",
    "ANNUALLY": "YEAR",
}
_JOB_PATH = re.compile(r"^/jobs/(\d+)/[^/]+/job/?$")
_PORTAL_LOCATION = re.compile(r"^([A-Z]{2})-([A-Z0-9]{1,3})-(.+)$")  # US-VA-Fairfax Station
_NO_JOBS = re.compile(
    r"\bno (?:jobs|results|positions|openings|matching jobs)\b[^.\n]{0,40}?\b(?:found|match|available)"
    r"|\bthere are (?:currently )?no (?:open )?(?:jobs|positions|openings)",
    re.IGNORECASE,
)
_CITY_STATE = re.compile(r"^[^,]+, [A-Z]{2}$")
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_ID_PREFIX = re.compile(r"^\s*\d+\s+-\s+")


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


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


# -- Jibe -----------------------------------------------------------------------------------


def parse_jibe_page(text: str, url: str) -> tuple[list[dict[str, Any]], int | None]:
    """The job objects (`data` of each item, with the item kept as served) and `totalCount`."""
    try:
        payload = json.loads(text)
    except ValueError as e:
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
    title = _clean(_text(data.get("title")))
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
            except SourceStopped as e:
                yield Batch(url, errors=[page_error(e)])
                return
            except (FetchError, ParseError) as e:
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
                batch.errors.append(
                    PageError(
                        self.page_url(n + 1),
                        f"stopped after {settings.page_cap} pages (page cap)",
                        "guard",
                    )
                )
                yield batch
                return
            yield batch
            n += 1


# -- classic portal -------------------------------------------------------------------------


@dataclass
class PortalRow:
    job_id: str
    url: str
    title: str
    location: str | None = None
    posted: date | None = None
    ref: str | None = None


@dataclass
class PortalPage:
    rows: list[PortalRow] = field(default_factory=list)
    has_next: bool = False
    says_no_jobs: bool = False


def portal_location(text: str | None) -> str | None:
    """`US-VA-Fairfax Station` as `Fairfax Station, VA`; other countries keep theirs at the end."""
    text = _clean(text)
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


def _below(node: LexborNode, selector: str) -> list[LexborNode]:
    return [n for n in node.css(selector) if n.mem_id != node.mem_id]


def _next_element(node: LexborNode) -> LexborNode | None:
    nxt = node.next
    while nxt is not None and not nxt.is_element_node:
        nxt = nxt.next
    return nxt


def _labelled_values(node: LexborNode) -> list[tuple[str, LexborNode]]:
    """(label, value node) pairs: `dt`/`dd`, and screen-reader `field-label` spans before a value."""
    pairs: list[tuple[str, LexborNode]] = []
    for dt in _below(node, "dt"):
        dd = _next_element(dt)
        if dd is not None and dd.tag == "dd":
            pairs.append((_clean(dt.text(deep=True)), dd))
    for label in _below(node, ".field-label"):
        if label.parent is not None and label.parent.tag in ("dt", "a"):
            continue
        value = _next_element(label)
        if value is not None:
            pairs.append((_clean(label.text(deep=True)), value))
    return pairs


def _portal_title(a: LexborNode) -> str:
    heading = a.css_first("h1, h2, h3, h4, h5, h6")
    if heading is not None and _clean(heading.text(deep=True)):
        return _clean(heading.text(deep=True))
    text = _clean(a.text(deep=True))
    for hidden in _below(a, ".sr-only, .field-label"):
        label = _clean(hidden.text(deep=True))
        if label and text.startswith(label):
            text = text[len(label) :].strip()
    return text or _ID_PREFIX.sub("", _clean(a.attributes.get("title")))


def parse_portal_results(html: str, page_url: str) -> PortalPage:
    """The rows and the next-page signal of one classic portal results page (`in_iframe=1`)."""
    tree = LexborHTMLParser(html)
    host = (urlsplit(page_url).hostname or "").lower()
    page = PortalPage(has_next=tree.css_first('link[rel="next"]') is not None)
    links: list[tuple[LexborNode, str, str]] = []
    for a in tree.css("a[href]"):
        parts = urlsplit(urljoin(page_url, (a.attributes.get("href") or "").strip()))
        m = _JOB_PATH.match(parts.path)
        if parts.scheme in ("http", "https") and m and (parts.hostname or "").lower() == host:
            url = urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, "", ""))
            links.append((a, m.group(1), url))
    ids_under: dict[int, set[str]] = {}
    for a, job_id, _url in links:
        node = a.parent
        while node is not None:
            ids_under.setdefault(node.mem_id, set()).add(job_id)
            node = node.parent
    seen: set[str] = set()
    for a, job_id, url in links:
        title = _portal_title(a)
        if job_id in seen or not title:
            continue
        seen.add(job_id)
        row = a
        node = a.parent
        while (
            node is not None
            and node.tag not in ("body", "ul", "table")
            and ids_under.get(node.mem_id) == {job_id}
        ):
            row = node
            node = node.parent
        item = PortalRow(job_id=job_id, url=url, title=title)
        pairs = _labelled_values(row) if row is not a else []
        places = [v for label, v in pairs if "location" in label.lower() and "address" not in label.lower()]
        if places:
            item.location = portal_location(places[0].text(deep=True))
        for label, value in pairs:
            low = label.lower()
            if "posted" in low and item.posted is None:
                item.posted = portal_date(value.attributes.get("title") or value.text(deep=True))
            elif low in ("id", "job id", "requisition id") and item.ref is None:
                item.ref = _clean(value.text(deep=True))
        page.rows.append(item)
    if not page.rows:
        page.says_no_jobs = bool(_NO_JOBS.search(html_to_text(html)))
    return page


def parse_portal_job(html: str, row: PortalRow, source: str, employer: str) -> RawPosting:
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
        (label, _clean(value.text(deep=True)))
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
    lines = [title, company, location or ""] + [f"{label}: {value}" for label, value in fields]
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
        text="\n".join(line for line in lines if line) + "\n\n" + description,
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

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        fetched: set[str] = set()
        all_complete = True
        for index, keyword in enumerate(self.keywords):
            last_keyword = index == len(self.keywords) - 1
            ids_this_search: set[str] = set()
            page0 = 0
            while True:
                url = self.search_url(keyword, page0)
                try:
                    page = parse_portal_results(fetch.get(url, source=self.name).text, url)
                except SourceStopped as e:
                    yield Batch(url, errors=[page_error(e)])
                    return
                except (FetchError, ParseError) as e:
                    all_complete = False
                    yield Batch(url, errors=[page_error(e)])
                    break
                batch = Batch(url, pages_fetched=1)
                if not page.rows:
                    if not page.says_no_jobs:
                        all_complete = False
                        batch.errors.append(
                            PageError(
                                url,
                                "no job links and no 'no jobs found' message on a results page "
                                "(the portal's markup may have changed)",
                                "parse",
                            )
                        )
                    batch.complete_listing = last_keyword and all_complete
                    yield batch
                    break
                if all(r.job_id in ids_this_search for r in page.rows):
                    all_complete = False
                    batch.errors.append(
                        PageError(
                            url,
                            "results page repeats jobs already seen in this search; stopped paging "
                            "(the portal may ignore the page parameter)",
                            "guard",
                        )
                    )
                    yield batch
                    break
                ids_this_search.update(r.job_id for r in page.rows)
                for row in page.rows:
                    if row.job_id in fetched:
                        continue
                    fetched.add(row.job_id)
                    if is_radiologist_title(row.title) is False:
                        continue
                    try:
                        job = fetch.get(row.url + "?in_iframe=1", source=self.name)
                        batch.pages_fetched += 1
                        posting = parse_portal_job(job.text, row, self.name, self.employer)
                    except SourceStopped as e:
                        batch.errors.append(page_error(e))
                        yield batch
                        return
                    except (FetchError, ParseError) as e:
                        batch.errors.append(page_error(e))
                        continue
                    if is_radiologist(posting.title, posting.text):
                        batch.postings.append(posting)
                more = page.has_next
                if more and page0 + 1 >= settings.page_cap:
                    all_complete = False
                    batch.errors.append(
                        PageError(
                            self.search_url(keyword, page0 + 1),
                            f"stopped after {settings.page_cap} results pages (page cap)",
                            "guard",
                        )
                    )
                    more = False
                batch.complete_listing = not more and last_keyword and all_complete
                yield batch
                if not more:
                    break
                page0 += 1
