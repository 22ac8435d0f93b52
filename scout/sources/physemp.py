"""Physemp (physemp.com), a multi-specialty physician job board searched for radiology.

Job pages `/physician/jobs/{id}` carry schema.org JobPosting JSON-LD with `baseSalary` and
`hiringOrganization` (sources.md §3): read with the shared reader, salary unit kept as published
(HOUR for locums, DAY, YEAR). The search listing `/physician/jobs/radiology?page=N` and its card
and pager markup are UNVERIFIED (no source documents them): check them when re-recording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
from selectolax.lexbor import LexborHTMLParser

from scout.config import Settings
from scout.errors import ParseError
from scout.extract.html import html_to_text
from scout.http import Fetcher
from scout.models import Batch, PageError, PublishedPay, RawPosting
from scout.sources.base import clean_text, join_url, page_text
from scout.sources.jsonld import first_job_posting
from scout.sources.paging import Board, Listing, Search, radiologist_only, walk
from scout.sources.paging import ListedJob as Card
from scout.sources.rows import titled_links

JOB_LINK = re.compile(r"/physician/jobs/(\d{4,})/?(?:[?#].*)?$")
# An empty search says so; without such a message, a page with no job links is a changed page.
_NO_RESULTS = re.compile(r"\bno (?:matching )?(?:jobs|results|positions)\b|\b0 (?:jobs|results)\b", re.I)
_MODES = {"remote": "remote", "telecommute": "remote", "hybrid": "hybrid", "onsite": "onsite"}


@dataclass
class ResultsPage:
    cards: list[Card] = field(default_factory=list)
    last_page: bool = False  # the pager is shown and has no next link
    says_empty: bool = False  # the page states that nothing matched


def parse_results(html: str, page_url: str) -> ResultsPage:
    """Job cards of one search page, found by their job links whatever the card markup."""
    tree = LexborHTMLParser(html)
    page = ResultsPage()
    for a, job_id, title in titled_links(tree.css("a[href]"), JOB_LINK):
        url = join_url(page_url, (a.attributes.get("href") or "").split("#")[0].split("?")[0])
        if url is not None:
            page.cards.append(Card(job_id=job_id, url=url, title=title))
    pager = tree.css_first(".pagination")
    page.last_page = pager is not None and tree.css_first('a[rel="next"]') is None
    body = tree.body
    page.says_empty = bool(_NO_RESULTS.search(body.text(deep=True) if body else ""))
    return page


def _facts(tree: LexborHTMLParser) -> dict[str, str]:
    """The "Label: value" lines the job page shows above the description."""
    facts: dict[str, str] = {}
    for li in tree.css(".job-facts li"):
        text = clean_text(li.text(deep=True))
        label, sep, value = text.partition(":")
        if sep and label.strip() and value.strip():
            facts[label.strip()] = value.strip()
    return facts


def parse_job(html: str, card: Card, source: str) -> RawPosting:
    """One job page as a RawPosting; ParseError when it carries no JobPosting JSON-LD."""
    tree = LexborHTMLParser(html)
    ld = first_job_posting(tree)
    if ld is None:
        raise ParseError(card.url, "no JobPosting JSON-LD on the job page (markup changed?)")
    description = html_to_text(ld.description_html or "")
    if not description:
        raise ParseError(card.url, "the job page's JSON-LD has no description")
    shown = _facts(tree)
    title = ld.title or card.title
    pay = ld.pay
    compensation = shown.pop("Compensation", None)
    if pay is not None and compensation:
        pay = pay.model_copy(update={"text": compensation})
    elif pay is None and compensation and "$" in compensation:
        pay = PublishedPay(text=compensation)
    mode = "remote" if ld.remote else None
    setting = shown.get("Work Setting", "").lower().replace("-", "").replace(" ", "")
    mode = mode or _MODES.get(setting)
    lines = [f"Compensation: {compensation}"] if compensation else []
    lines += [f"{k}: {v}" for k, v in shown.items()]
    facts: dict[str, str] = dict(shown)
    if ld.employment_type:
        facts["employmentType"] = ld.employment_type
    return RawPosting(
        source=source,
        source_id=card.job_id,
        url=card.url,
        title=title,
        employer=ld.employer,
        location=ld.location,
        posted_date=ld.date_posted,
        body=html,
        body_format="html",
        text=page_text(title, ld.employer, ld.location, lines, description),
        work_mode_hint=mode,
        published_pay=pay,
        facts=facts,
    )


class Physemp:
    """The Physemp radiology search, paged by number, each radiologist job page read for JSON-LD."""

    kind = "Physemp board"

    def __init__(
        self,
        name: str = "physemp",
        label: str = "PhysEmp",
        base_url: str = "https://www.physemp.com",
        specialty: str = "radiology",
    ) -> None:
        self.name = name
        self.label = label
        self.base_url = base_url.rstrip("/")
        self.specialty = specialty

    def page_url(self, n: int) -> str:
        return f"{self.base_url}/physician/jobs/{self.specialty}?page={n}"

    def _read_page(self, resp: httpx.Response, url: str, index: int) -> Listing[Card]:
        results = parse_results(resp.text, url)
        if not results.cards and index == 0 and not results.says_empty:
            reason = (
                "no job links and no 'no jobs found' message on the first results page "
                "(the board's markup may have changed)"
            )
            return Listing([], problem=PageError(url, reason, "parse"))
        if not results.cards or results.last_page:
            return Listing(results.cards)  # past the last page, or an empty search
        return Listing(results.cards, next_url=self.page_url(index + 2))  # numbered from 1

    def _read_job(self, html: str, card: Card) -> RawPosting | None:
        return radiologist_only(parse_job(html, card, self.name))

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        board = Board(
            self.name,
            self._read_job,
            repeats="results page repeats jobs already seen; stopped paging "
            "(the board may ignore the page parameter)",
        )
        yield from walk(fetch, board, [Search(self.page_url(1), self._read_page)], settings.page_cap)
