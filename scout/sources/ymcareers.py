"""YM Careers boards (ACR Career Center and other society boards on the same engine).

Search `{base}/jobs/?keywords=KW`, follow the next-page links, then read each job page
`{base}/job/{slug}/{id}/`: schema.org JSON-LD first, the HTML blocks (`job-data-basics`,
`job-data-contain`, `description-text`) when a page has none. Cards are found class-agnostically
by their job links, because the engine's list templates drift.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import quote_plus

import httpx
from selectolax.lexbor import LexborHTMLParser, LexborNode

from scout.config import Settings
from scout.errors import ParseError
from scout.extract.html import html_to_text
from scout.http import Fetcher
from scout.models import Batch, PublishedPay, RawPosting
from scout.roles import is_radiologist, is_radiologist_title
from scout.sources.base import clean_text, first_date, join_url, page_text
from scout.sources.jsonld import first_job_posting
from scout.sources.paging import Board, ListedJob, Listing, Search, walk
from scout.sources.rows import titled_links

JOB_LINK = re.compile(r"/job/[^/?#]+/(\d{5,})/?(?:[?#].*)?$")
_MODE = re.compile(r"\((Remote|Hybrid|On-?Site)\)\s*$", re.IGNORECASE)
_POSTED = re.compile(r"Posted\s*:?\s*(.+)", re.IGNORECASE)
_DATE_FORMATS = ("%m/%d/%Y", "%b %d, %Y", "%B %d, %Y", "%Y-%m-%d", "%d %b %Y")


@dataclass
class Card(ListedJob):
    """A job card of a results page, with what the card itself shows."""

    employer: str | None = None
    location: str | None = None
    posted: date | None = None
    mode: str | None = None


@dataclass
class ResultsPage:
    cards: list[Card] = field(default_factory=list)
    next_url: str | None = None


def parse_date_text(text: str | None) -> date | None:
    if not text:
        return None
    return first_date(text.strip().rstrip("."), _DATE_FORMATS)


def _first_text(node: LexborNode, selectors: tuple[str, ...]) -> str | None:
    for sel in selectors:
        found = node.css_first(sel)
        if found is not None:
            text = clean_text(found.text(deep=True))
            if text:
                return text
    return None


def _normalise_mode(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.lower().replace("-", "").replace(" ", "")
    return {"remote": "remote", "hybrid": "hybrid", "onsite": "onsite"}.get(raw)


def parse_results(html: str, page_url: str) -> ResultsPage:
    """Cards and the next-page link of one search results page."""
    tree = LexborHTMLParser(html)
    page = ResultsPage()
    for a, job_id, title in titled_links(tree.css("a[href]"), JOB_LINK):
        card_node: LexborNode | None = a.parent
        while card_node is not None and card_node.tag not in ("li", "article", "tr"):
            if card_node.tag == "div" and "job" in (card_node.attributes.get("class") or ""):
                cls = card_node.attributes.get("class") or ""
                if any(k in cls for k in ("tile", "summary", "card", "result", "listing")):
                    break
            card_node = card_node.parent
        url = join_url(page_url, (a.attributes.get("href") or "").split("#")[0])
        if url is None:
            continue
        card = Card(job_id=job_id, url=url, title=title)
        if card_node is not None:
            card.employer = _first_text(card_node, (".job-company", ".company", ".employer"))
            location = _first_text(card_node, (".job-location", ".location", "strong"))
            if location:
                mode = _MODE.search(location)
                if mode:
                    card.mode = _normalise_mode(mode.group(1))
                    location = location[: mode.start()].strip()
                card.location = re.sub(r",\s*United States$", "", location)
            posted = _first_text(card_node, (".job-posted", ".posted", ".date"))
            if posted:
                pm = _POSTED.search(posted)
                card.posted = parse_date_text(pm.group(1) if pm else posted)
        page.cards.append(card)
    nxt = tree.css_first('a[rel="next"]')
    if nxt is not None and nxt.attributes.get("href"):
        page.next_url = join_url(page_url, nxt.attributes["href"] or "")
    return page


def _info_block(tree: LexborHTMLParser) -> dict[str, str]:
    """The "Job Information" block as label -> value (Salary, Job Type, Work Setting...)."""
    info: dict[str, str] = {}
    block = tree.css_first(".job-data-contain")
    if block is None:
        return info
    for dt in block.css("dt"):
        dd = dt.next
        while dd is not None and dd.tag != "dd":
            dd = dd.next
        if dd is not None:
            key = clean_text(dt.text(deep=True)).rstrip(":")
            info[key] = clean_text(dd.text(deep=True))
    return info


def parse_job(html: str, card: Card, source: str) -> RawPosting:
    """One job page as a RawPosting; ParseError when it has no readable description."""
    tree = LexborHTMLParser(html)
    ld = first_job_posting(tree)
    info = _info_block(tree)
    desc_node = tree.css_first(".description-text") or tree.css_first(".job-description")
    description = ""
    if ld and ld.description_html:
        description = html_to_text(ld.description_html)
    if not description and desc_node is not None:
        description = html_to_text(desc_node.html or "")
    if not description:
        raise ParseError(card.url, "no job description on the page (markup changed or truncated)")
    h1 = tree.css_first("h1")
    title = (ld.title if ld else None) or (clean_text(h1.text(deep=True)) if h1 else None) or card.title
    basics = tree.css_first(".job-data-basics")
    employer = (
        (ld.employer if ld else None)
        or (_first_text(basics, (".job-company",)) if basics else None)
        or card.employer
    )
    location = (
        (ld.location if ld else None)
        or (_first_text(basics, (".job-location",)) if basics else None)
        or card.location
    )
    posted = ld.date_posted if ld else None
    if posted is None and basics is not None:
        raw = _first_text(basics, (".job-posted",))
        pm = _POSTED.search(raw or "")
        posted = parse_date_text(pm.group(1) if pm else raw)
    posted = posted or card.posted
    mode = "remote" if ld and ld.remote else _normalise_mode(info.get("Work Setting")) or card.mode
    text = page_text(title, employer, location, [f"{k}: {v}" for k, v in info.items()], description)
    pay = ld.pay if ld else None
    if pay is None and info.get("Salary"):
        pay = PublishedPay(text=info["Salary"])
    facts: dict[str, str] = {k: v for k, v in info.items() if k != "Salary"}
    if ld and ld.employment_type:
        facts["employmentType"] = ld.employment_type
    return RawPosting(
        source=source,
        source_id=card.job_id,
        url=card.url,
        title=title,
        employer=employer,
        location=location,
        posted_date=posted,
        body=html,
        body_format="html",
        text=text,
        work_mode_hint=mode,
        published_pay=pay,
        facts=facts,
    )


class YMCareers:
    """A YM Careers board at `base_url`, searched for each keyword in turn."""

    kind = "YM Careers board"

    def __init__(
        self,
        name: str,
        label: str,
        base_url: str,
        keywords: tuple[str, ...] = ("teleradiology", "radiologist"),
    ) -> None:
        self.name = name
        self.label = label
        self.base_url = base_url.rstrip("/")
        self.keywords = keywords

    def search_url(self, keyword: str) -> str:
        return f"{self.base_url}/jobs/?keywords={quote_plus(keyword)}"

    def _read_page(self, resp: httpx.Response, url: str, index: int) -> Listing[Card]:
        results = parse_results(resp.text, url)
        return Listing(results.cards, next_url=results.next_url)

    def _read_job(self, html: str, card: Card) -> RawPosting | None:
        posting = parse_job(html, card, self.name)
        # a vague title ("Locum Tenens Opportunity") is decided by the page
        if is_radiologist_title(card.title) is None and not is_radiologist(posting.title, posting.text):
            return None
        return posting

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        board = Board(
            self.name,
            self._read_job,
            repeats="results page repeats jobs already seen in this search; "
            "stopped paging (the board may ignore the page parameter)",
        )
        searches = [Search(self.search_url(keyword), self._read_page) for keyword in self.keywords]
        yield from walk(fetch, board, searches, settings.page_cap)
