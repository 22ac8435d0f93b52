"""Avature career sites: Radiology Partners, and any employer whose careers run on `*.avature.net`.

Search pages `{site}/SearchJobs/?jobOffset=N` are paged by record offset, with the stride taken
from the first page's row count (the page size is a per-tenant setting). List templates differ
per tenant, so rows are found by their `{site}/JobDetail/{slug}/{id}` links: a row is the largest
element around its link that holds no other posting (`scout.sources.rows`). Avature answers a
past-the-end offset with 200 "No jobs found" (sometimes still showing a Next link), which ends the
walk, and any offset past its 2,000-record window with a 200 error page, which is recorded as a
guard so the listing is not taken as complete. Job pages are read with the JSON-LD reader when
they carry it, else from their label/value fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import parse_qsl, urlsplit

import httpx
from selectolax.lexbor import LexborHTMLParser, LexborNode

from scout.config import Settings
from scout.errors import ParseError
from scout.extract.html import html_to_text
from scout.extract.states import NAME_TO_CODE
from scout.http import Fetcher
from scout.models import Batch, PageError, PublishedPay, RawPosting
from scout.sources.base import clean_text, first_date, join_url, page_text, split_url
from scout.sources.jsonld import first_job_posting
from scout.sources.paging import Board, Listing, Search, radiologist_only, walk
from scout.sources.rows import Row, below, ids_under, job_link, row_around

RESULT_WINDOW = 2000  # Avature answers offsets past this record with a 200 error page

_JOB_PATH = re.compile(r"/JobDetail/(?:[^/?#]+/)?(\d+)/?$")
_NO_JOBS = re.compile(
    r"\bno (?:jobs|results|positions|openings|vacancies|job openings|matching jobs)\b[^.\n]{0,40}?"
    r"\b(?:found|match|available)|\bthere are (?:currently )?no (?:open )?(?:jobs|positions|openings)",
    re.IGNORECASE,
)
_ERROR_PAGE = re.compile(r"something went wrong|an error (?:has )?occurred|\boops\b", re.IGNORECASE)
# Elements that are the list or the page, never one row of it.
_NOT_A_ROW = frozenset(
    ["html", "body", "main", "form", "section", "nav", "header", "footer", "ul", "ol", "table"]
)
_US_STATES = "|".join(NAME_TO_CODE)
_STATE_CODES = "|".join(NAME_TO_CODE.values())
# A row's unlabelled field that names a place: a state, a country or "Remote".
_PLACE = re.compile(
    rf"(?i:\b(?:{_US_STATES}|United States|Canada|United Kingdom|remote"
    r"|multiple (?:cities|states|locations))\b)"
    rf"|\b(?:{_STATE_CODES}|USA|US|UK)\b"
)
_REF_LABEL = re.compile(
    r"^(?:ref(?:erence)?|req(?:uisition)?|job\s*id)(?![a-z])(?:\s*(?:#|no\.|number|id)(?![a-z]))?\s*[:#]?\s*",
    re.IGNORECASE,
)
_POSTED_LABEL = re.compile(r"^(?:date\s+)?posted(?:\s+on)?\s*:?\s*", re.I)
_IGNORED_LABEL = re.compile(r"^(?:posting end date|apply by|closing date|closes|deadline)", re.I)
_LOCATION_LABEL = re.compile(r"^(?:job\s+|work\s+)?location\s*:\s*", re.I)
_DATE_FORMATS = ("%d-%b-%Y", "%b-%d-%Y", "%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%Y-%m-%d")
_SEPARATORS = " .,|·•-\u00a0"

_DESCRIPTION_LABELS = re.compile(
    r"^(?:job\s+)?description$|^overview$|^about the (?:job|role|position)$|^position summary$", re.I
)
_EMPLOYER_LABELS = re.compile(r"^(?:practice|company|employer|organi[sz]ation|hiring organi[sz]ation)$", re.I)
_LOCATION_LABELS = re.compile(r"^(?:job\s+|work\s+)?location$|^city,? state$", re.I)
_MODE_LABELS = re.compile(r"work\s*(?:type|setting|arrangement|place)|workplace|remote", re.I)
_PAY_LABELS = re.compile(r"compensation|salary|\bpay\b|\brates?\b", re.I)
_POSTED_LABELS = re.compile(r"posted", re.I)
_REF_LABELS = re.compile(r"^(?:ref\b|ref\s*#|job\s*id|requisition)", re.I)


def _trim(text: str) -> str:
    return clean_text(text).strip(_SEPARATORS).strip()


def parse_posted(text: str | None) -> date | None:
    """A row's or page's posted date ("Posted Jul-28-2026", "Date Posted: 28-Jul-2026")."""
    if not text:
        return None
    return first_date(_POSTED_LABEL.sub("", clean_text(text)).strip(_SEPARATORS), _DATE_FORMATS)


def _mode(value: str | None) -> str | None:
    """remote / hybrid / onsite from a board's own label, or None when it does not say."""
    text = (value or "").lower()
    if "hybrid" in text:
        return "hybrid"
    if "remote" in text or "telecommute" in text or "work from home" in text:
        return "remote"
    if re.search(r"on[-\s]?site|in[-\s]person|in office", text):
        return "onsite"
    return None


@dataclass
class SearchPage:
    rows: list[Row] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)  # every jobOffset the page links to
    says_no_jobs: bool = False
    says_error: bool = False
    other_host: str | None = None  # a host the posting links point to instead of this site

    def links_past(self, offset: int) -> bool:
        return any(o > offset for o in self.offsets)


def _inside(node: LexborNode, tag: str, stop: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != stop.mem_id:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


def _class_kind(node: LexborNode) -> str | None:
    for token in (node.attributes.get("class") or "").lower().split():
        if "location" in token:
            return "location"
        if "posted" in token or token == "daysago":
            return "posted"
        if token.endswith("-ref") or "jobid" in token or "refnumber" in token:
            return "ref"
    return None


def _read_row_fields(row_node: LexborNode, row: Row) -> None:
    """Location, posted date and reference from a row, by class when it names them, else by label."""
    if row_node.tag == "a":
        return
    classed: dict[str, str] = {}
    for node in below(row_node, "[class]"):
        kind = _class_kind(node)
        if kind is None or kind in classed or node.tag == "a" or _inside(node, "a", row_node):
            continue
        text = _trim(node.text(deep=True))
        if kind == "location":
            text = _LOCATION_LABEL.sub("", text)
        if text:
            classed[kind] = text
    spans = [s for s in below(row_node, "span") if not _inside(s, "a", row_node) and not below(s, "span")]
    entries: list[tuple[str, str]] = []  # (kind, text) in document order
    for span in spans:
        text = _trim(span.text(deep=True))
        if not text:
            continue
        if _REF_LABEL.match(text):
            entries.append(("ref", _REF_LABEL.sub("", text).strip(_SEPARATORS)))
        elif _POSTED_LABEL.match(text):
            entries.append(("posted", text))
        elif _IGNORED_LABEL.match(text) or text.startswith("#"):
            entries.append(("ignored", text))
        elif _LOCATION_LABEL.match(text):
            entries.append(("location", _LOCATION_LABEL.sub("", text)))
        else:
            entries.append(("unnamed", text))
    labelled = {k: t for k, t in reversed(entries) if k in ("ref", "posted", "location")}
    row.ref = classed.get("ref") or labelled.get("ref")
    if row.ref:
        row.ref = _REF_LABEL.sub("", row.ref).strip(_SEPARATORS) or row.ref
    row.posted = parse_posted(classed.get("posted") or labelled.get("posted"))
    row.location = classed.get("location") or labelled.get("location") or _place_from(entries)


def _place_from(entries: list[tuple[str, str]]) -> str | None:
    """The location among unlabelled fields: the ones naming a place, with a bare city before a
    lone state ("Charlotte", "NC", "USA"). Departments and job types are left out."""
    picked: list[int] = []
    for i, (kind, text) in enumerate(entries):
        if kind != "unnamed" or not _PLACE.search(text):
            continue
        if "," not in text and i > 0 and (i - 1) not in picked:
            prev_kind, prev = entries[i - 1]
            if (
                prev_kind == "unnamed"
                and not _PLACE.search(prev)
                and len(prev.split()) <= 3
                and not any(c.isdigit() for c in prev)
            ):
                picked.append(i - 1)
        picked.append(i)
    return ", ".join(entries[i][1] for i in picked) or None


def parse_search(html: str, page_url: str) -> SearchPage:
    """The rows and paging signals of one search results page, on any tenant's template."""
    tree = LexborHTMLParser(html)
    host = (urlsplit(page_url).hostname or "").lower()
    page = SearchPage()
    links: list[tuple[LexborNode, str, str]] = []
    for a in tree.css("a[href]"):
        href = a.attributes.get("href") or ""
        link = job_link(href, page_url, _JOB_PATH)
        if link is not None:
            job_id, url, link_host = link
            if link_host == host:
                links.append((a, job_id, url))
            elif page.other_host is None:
                page.other_host = link_host
            continue
        joined = join_url(page_url, href)
        parts = split_url(joined) if joined else None
        if parts is not None and "searchjobs" in parts.path.lower():
            for key, value in parse_qsl(parts.query):
                if key == "jobOffset" and value.isdigit():
                    page.offsets.append(int(value))
    held = ids_under(links)
    seen: set[str] = set()
    for a, job_id, url in links:
        if job_id in seen:
            continue
        title = clean_text(a.text(deep=True)) or clean_text(a.attributes.get("title"))
        if not title:
            continue  # a second, textless link around the same row
        seen.add(job_id)
        row = Row(job_id=job_id, url=url, title=title)
        _read_row_fields(row_around(a, job_id, held, _NOT_A_ROW), row)
        page.rows.append(row)
    if not page.rows:
        text = html_to_text(html)
        page.says_no_jobs = bool(_NO_JOBS.search(text))
        page.says_error = bool(_ERROR_PAGE.search(text))
    return page


def _detail_fields(tree: LexborHTMLParser) -> list[tuple[str, LexborNode]]:
    """A job page's label/value fields (`…field__label` followed by `…field__value`), in order."""
    fields: list[tuple[str, LexborNode]] = []
    for label in tree.css('[class*="label"]'):
        tokens = (label.attributes.get("class") or "").split()
        if not any(t.endswith("label") for t in tokens):
            continue
        value = label.next
        while value is not None and not value.is_element_node:
            value = value.next
        if value is None:
            continue
        if not any(t.endswith("value") for t in (value.attributes.get("class") or "").split()):
            continue
        fields.append((clean_text(label.text(deep=True)).rstrip(":"), value))
    return fields


def _field(fields: list[tuple[str, LexborNode]], pattern: re.Pattern[str]) -> str | None:
    for label, value in fields:
        if pattern.search(label):
            text = clean_text(value.text(deep=True))
            if text:
                return text
    return None


def _description(tree: LexborHTMLParser, fields: list[tuple[str, LexborNode]]) -> str:
    """The description from a labelled field, else the longest value, else a description block."""
    named = [v for label, v in fields if _DESCRIPTION_LABELS.search(label)]
    candidates = named or [v for _label, v in fields if len(clean_text(v.text(deep=True))) > 300]
    if not candidates:
        candidates = [
            n
            for n in tree.css('[class*="description"], [class*="Description"], [id*="escription"]')
            if len(clean_text(n.text(deep=True))) > 200
        ]
    best = max(candidates, key=lambda n: len(n.text(deep=True) or ""), default=None)
    return html_to_text(best.html or "") if best is not None else ""


def parse_job(html: str, row: Row, source: str, employer: str) -> RawPosting:
    """One job page as a RawPosting; ParseError when it has no readable description."""
    tree = LexborHTMLParser(html)
    ld = first_job_posting(tree)
    fields = _detail_fields(tree)
    description = html_to_text(ld.description_html) if ld and ld.description_html else ""
    if not description:
        description = _description(tree, fields)
    if not description:
        raise ParseError(row.url, "no job description on the page (markup changed or truncated)")
    title = (ld.title if ld else None) or row.title
    company = (ld.employer if ld else None) or _field(fields, _EMPLOYER_LABELS) or employer
    location = (ld.location if ld else None) or _field(fields, _LOCATION_LABELS) or row.location
    posted = (ld.date_posted if ld else None) or row.posted or parse_posted(_field(fields, _POSTED_LABELS))
    mode = "remote" if ld and ld.remote else _mode(_field(fields, _MODE_LABELS))
    if mode is None and location and location.lower().startswith("remote"):
        mode = "remote"
    pay = ld.pay if ld else None
    pay_text = _field(fields, _PAY_LABELS)
    if pay is None and pay_text:
        pay = PublishedPay(text=pay_text)
    short = [
        (label, clean_text(value.text(deep=True)))
        for label, value in fields
        if label and not _DESCRIPTION_LABELS.search(label)
    ]
    # short fields, less the ones already in the header lines (practice name, location)
    short = [
        (label, text)
        for label, text in short
        if text and len(text) <= 160 and text not in (company, location)
    ]
    facts: dict[str, str] = {
        label: text
        for label, text in short
        if not _PAY_LABELS.search(label) and not _REF_LABELS.search(label)
    }
    ref = row.ref or _field(fields, _REF_LABELS) or (ld.identifier if ld else None)
    if ref:
        facts["ref"] = ref
    if ld and ld.employment_type:
        facts["employmentType"] = ld.employment_type
    return RawPosting(
        source=source,
        source_id=row.job_id,
        url=row.url,
        title=title,
        employer=company,
        location=location,
        posted_date=posted,
        body=html,
        body_format="html",
        text=page_text(title, company, location, [f"{label}: {text}" for label, text in short], description),
        work_mode_hint=mode,
        published_pay=pay,
        facts=facts,
    )


class Avature:
    """One Avature career site (`site_url` is host plus section, e.g. `…avature.net/careers`)."""

    kind = "Avature career site"

    def __init__(
        self,
        name: str,
        label: str,
        site_url: str,
        employer: str,
        result_window: int = RESULT_WINDOW,
    ) -> None:
        self.name = name
        self.label = label
        self.base_url = site_url.rstrip("/")
        self.employer = employer
        self.result_window = result_window

    def search_url(self, offset: int) -> str:
        return f"{self.base_url}/SearchJobs/?jobOffset={offset}"

    def _empty_page_problem(self, url: str, offset: int, page: SearchPage) -> PageError | None:
        """What a page without postings means: the end (None), the 2,000-record window, or breakage."""
        if page.says_no_jobs and not page.says_error:
            return None  # an empty board, or past the last page
        if offset > self.result_window:
            reason = (
                f"Avature shows only the first {self.result_window:,} jobs of a career site; "
                f"past record {self.result_window:,} it answers with an error page, so the "
                "rest of this site could not be listed"
            )
            return PageError(url, reason, "guard")
        if page.other_host:
            reason = (
                f"the job links point to {page.other_host}: the career site seems to have "
                "moved there; update its address"
            )
            return PageError(url, reason, "parse")
        what = "an error page" if page.says_error else "no job links and no 'No jobs found' message"
        return PageError(url, f"{what} on a results page (the site's markup may have changed)", "parse")

    def _read_job(self, html: str, row: Row) -> RawPosting | None:
        return radiologist_only(parse_job(html, row, self.name, self.employer))

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        stride = 0  # the page size, which the first page shows

        def read_page(resp: httpx.Response, url: str, index: int) -> Listing[Row]:
            nonlocal stride
            page = parse_search(resp.text, str(resp.url))
            offset = index * stride
            if not page.rows:
                return Listing([], problem=self._empty_page_problem(url, offset, page))
            stride = stride or len(page.rows)
            if not (page.links_past(offset) or (not page.offsets and len(page.rows) >= stride)):
                return Listing(page.rows)
            # The 2,000-record window bounds the walk; the page cap only applies when it is larger.
            cap = max(settings.page_cap, self.result_window // stride + 2)
            return Listing(page.rows, next_url=self.search_url(offset + stride), page_cap=cap)

        board = Board(
            self.name,
            self._read_job,
            repeats="results page repeats jobs already seen; stopped paging (the site may ignore the offset)",
        )
        yield from walk(fetch, board, [Search(self.search_url(0), read_page)], settings.page_cap)
