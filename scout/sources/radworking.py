"""Radworking (radworking.com), a radiology-only job board of HTML tables.

The listing `/jobs/radiology-jobs.html?page=N` (0-based) links each job from a table cell
(`td a`); job pages hold `#CompanyJobHeader` (ref number, contact, posted by an agency Yes/No),
`#JobDetail` tables (employer or hospital, then "City, ST" or "ST USA"), `.description_comments`,
`.posted` ("Posted: Mon DD, YYYY") and `.job-right-panel span` ("Subspecialty: ...") (sources.md
§2, selectors from 2021). The job URL form `/jobs/{slug}-{id}.html` is UNVERIFIED. Titles often
carry the employer ("Acme Radiology: Remote Radiologist"), and the board serves ads years old, so
postings older than `radworking_max_age_days` are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
from selectolax.lexbor import LexborHTMLParser, LexborNode

from scout.config import Settings
from scout.errors import ParseError
from scout.extract.html import html_to_text
from scout.http import Fetcher
from scout.models import Batch, PageError, PublishedPay, RawPosting
from scout.roles import is_radiologist_title
from scout.sources.base import clean_text, first_date, join_url, page_text, split_url
from scout.sources.paging import Board, Listing, Search, Skip, radiologist_only, walk
from scout.sources.paging import ListedJob as Card

JOB_PATH = re.compile(r"^/jobs/[^/?#]*?-(\d{4,})\.html?$")
_NO_RESULTS = re.compile(r"\bno (?:matching )?(?:jobs|results|positions)\b|\b0 (?:jobs|results)\b", re.I)
_POSTED = re.compile(r"Posted\s*:?\s*([A-Za-z]+\.?\s+\d{1,2},\s*\d{4})", re.I)
_PLACEHOLDER = re.compile(r"^(?:confidential|undisclosed|not disclosed|n/?a|none|-+)\b", re.I)
_PAY_LABELS = ("compensation", "salary", "locum rate", "pay", "rate")

# "Employer (City, ST) | Title" and "Employer: Title"
_TITLE_WITH_PLACE = re.compile(
    r"^(?P<emp>[^|:()]+?)\s*\((?P<loc>[^()]*?,\s*[A-Z]{2})\)\s*[|:–—-]\s*(?P<title>\S.*)$"
)
_TITLE_WITH_COLON = re.compile(r"^(?P<emp>[^|:()]+?)\s*:\s+(?P<title>\S.*)$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")


def _words(text: str) -> frozenset[str]:
    """A word list written as text; "_" stands for a space inside one entry."""
    return frozenset(w.replace("_", " ") for w in text.split())


# Words that make a title prefix a specialty or a headline rather than an employer's name.
_GENERIC = _words(
    """
    1099 a an and at bc bc/be be board body breast call career careers certified ct day days
    diagnostic diem earnings ed er evening evenings experienced fellowship for full full-time
    general hiring hot hybrid imaging immediate immediately in interventional ir job jobs locum
    locums looking medicine mri msk musculoskeletal need needed needs neuro neuroradiology new
    night nighthawk nights no now nuclear of on-site onsite opening openings opportunities
    opportunity or overnight part part-time pay pediatric peds per position positions
    radiologist radiologists radiology remote seeking shift shifts start swing telerad
    teleradiology tenens the time top trained urgent w-2 wanted weekend weekends with women's
    women’s
    """
)
_STATES = _words(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey
    new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania
    rhode_island south_carolina south_dakota tennessee texas utah vermont virginia washington
    west_virginia wisconsin wyoming
    """
)
_MODE_WORDS = (
    (re.compile(r"\bhybrid\b", re.I), "hybrid"),
    (re.compile(r"\b(?:remote|work from home|from home|wfh)\b", re.I), "remote"),
    (re.compile(r"\b(?:on-?site|in-house)\b", re.I), "onsite"),
)


def _looks_like_employer(text: str) -> bool:
    """Whether a title prefix names an organisation, not a specialty, a headline or a state."""
    text = text.strip()
    words = _WORD.findall(text)
    if not words or len(words) > 8 or not text[0].isupper():
        return False
    if text.lower() in _STATES:
        return False
    return any(w.lower().rstrip(".") not in _GENERIC for w in words)


def split_title(raw: str) -> tuple[str | None, str, str | None]:
    """(employer, title, location) from a title that may lead with the employer's name."""
    raw = " ".join(raw.split())
    m = _TITLE_WITH_PLACE.match(raw)
    if m and _looks_like_employer(m["emp"]):
        return m["emp"].strip(), m["title"].strip(), m["loc"].strip()
    m = _TITLE_WITH_COLON.match(raw)
    if m and _looks_like_employer(m["emp"]):
        return m["emp"].strip(), m["title"].strip(), None
    return None, raw, None


def work_mode(title: str) -> str | None:
    """The work mode a title states outright ("Remote ...", "On-site ..."), if any."""
    for pattern, mode in _MODE_WORDS:
        if pattern.search(title):
            return mode
    return None


def _subspecialty_mode(shown: dict[str, str]) -> str | None:
    """The board files remote reading under the subspecialty "Teleradiology"."""
    return "remote" if shown.get("Subspecialty", "").lower() == "teleradiology" else None


def parse_posted(text: str | None) -> date | None:
    m = _POSTED.search(text or "")
    if not m:
        return None
    return first_date(clean_text(m.group(1).replace(".", "")), ("%b %d, %Y", "%B %d, %Y"))


@dataclass
class ListingPage:
    cards: list[Card] = field(default_factory=list)
    pages_linked: set[int] = field(default_factory=set)  # page numbers the pager links to
    says_empty: bool = False


def parse_listing(html: str, page_url: str) -> ListingPage:
    """Job links from the listing's table cells, and the page numbers its pager links to."""
    tree = LexborHTMLParser(html)
    page = ListingPage()
    host = urlsplit(page_url).hostname
    seen: set[str] = set()
    for a in tree.css("td a[href]"):
        url = join_url(page_url, (a.attributes.get("href") or "").split("#")[0])
        parts = split_url(url) if url else None
        if url is None or parts is None:
            continue
        m = JOB_PATH.match(parts.path)
        if parts.hostname != host or not m or m.group(1) in seen:
            continue
        title = clean_text(a.text(deep=True))
        if not title:
            continue
        seen.add(m.group(1))
        page.cards.append(Card(job_id=m.group(1), url=url, title=title))
    for a in tree.css("a[href]"):
        link = split_url(a.attributes.get("href") or "")
        query = parse_qs(link.query) if link else {}
        for value in query.get("page", []):
            if value.isdigit():
                page.pages_linked.add(int(value))
    body = tree.body
    page.says_empty = bool(_NO_RESULTS.search(body.text(deep=True) if body else ""))
    return page


def _cell(node: LexborNode | None) -> str:
    return clean_text(node.text(deep=True)) if node is not None else ""


def _rows(table: LexborNode) -> list[tuple[str, str]]:
    """(label, value) per row; the value is the `.data` cell, else the row's last cell."""
    rows = []
    for tr in table.css("tr"):
        cells = tr.css("td")
        if not cells:
            continue
        data = tr.css_first(".data") or cells[-1]
        label = _cell(tr.css_first(".label")) if len(cells) > 1 else ""
        rows.append((label.rstrip(":").strip(), _cell(data)))
    return rows


def parse_job(html: str, card: Card, source: str) -> RawPosting:
    """One job page as a RawPosting; ParseError when its description block is missing."""
    tree = LexborHTMLParser(html)
    desc_node = tree.css_first(".description_comments")
    description = html_to_text(desc_node.html or "") if desc_node is not None else ""
    if not description:
        raise ParseError(card.url, "no .description_comments block on the job page (markup changed?)")
    h1 = tree.css_first("h1")
    full_title = _cell(h1) or card.title
    title_employer, title, title_location = split_title(full_title)

    header_table = tree.css_first("#CompanyJobHeader")
    header = [value for _label, value in _rows(header_table)] if header_table is not None else []
    ref = header[0] if header else ""
    agency = len(header) > 2 and header[2].strip().lower().startswith("y")

    tables = tree.css("#JobDetail")
    detail = _rows(tables[0]) if tables else []
    company_rows = _rows(tables[1]) if len(tables) > 1 else []
    hospital = detail[0][1] if detail else ""
    location = detail[1][1] if len(detail) > 1 else ""
    location = re.sub(r"\s+USA$", "", location).strip() or title_location or ""
    agency_name = company_rows[2][1] if agency and len(company_rows) > 2 else ""
    if hospital and _PLACEHOLDER.match(hospital):
        hospital = ""
    employer = hospital or title_employer or agency_name or None

    shown: dict[str, str] = {}
    for label, value in detail[2:]:
        if label and value:
            shown[label] = value
    for span in tree.css(".job-right-panel span"):
        label, sep, value = _cell(span).partition(":")
        if sep and label.strip() and value.strip():
            shown[label.strip()] = value.strip()
    pay_text = next((v for k, v in shown.items() if k.lower() in _PAY_LABELS), None)

    lines = [f"{k}: {v}" for k, v in shown.items()]
    if agency and agency_name:
        lines.append(f"Posted by a recruiting agency: {agency_name}")
    facts: dict[str, object] = {"agency": agency}
    if ref:
        facts["ref"] = ref
    if agency_name:
        facts["agency_name"] = agency_name
    facts.update(shown)
    return RawPosting(
        source=source,
        source_id=card.job_id,
        url=card.url,
        title=title,
        employer=employer,
        location=location or None,
        posted_date=parse_posted(_cell(tree.css_first(".posted"))),
        body=html,
        body_format="html",
        text=page_text(title, employer, location, lines, description),
        work_mode_hint=work_mode(full_title) or _subspecialty_mode(shown),
        published_pay=PublishedPay(text=pay_text) if pay_text else None,
        facts=facts,
    )


class Radworking:
    """The Radworking radiology listing, paged from 0, each job page read; stale ads dropped."""

    kind = "Radworking board"

    def __init__(
        self,
        name: str = "radworking",
        label: str = "Radworking",
        base_url: str = "http://www.radworking.com",
        today: Callable[[], date] = date.today,
    ) -> None:
        self.name = name
        self.label = label
        self.base_url = base_url.rstrip("/")
        self.today = today

    def page_url(self, n: int) -> str:
        return f"{self.base_url}/jobs/radiology-jobs.html?page={n}"

    def _read_page(self, resp: httpx.Response, url: str, index: int) -> Listing[Card]:
        listing = parse_listing(resp.text, url)
        if not listing.cards and index == 0 and not listing.says_empty:
            reason = (
                "no job links and no 'no jobs found' message on the first listing page "
                "(the board's markup may have changed)"
            )
            return Listing([], problem=PageError(url, reason, "parse"))
        # a pager that links other pages but not the next one: this is the last page
        if not listing.cards or (listing.pages_linked and index + 1 not in listing.pages_linked):
            return Listing(listing.cards)
        return Listing(listing.cards, next_url=self.page_url(index + 1))

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        max_age = settings.radworking_max_age_days
        cutoff = self.today() - timedelta(days=max_age)

        def read_job(html: str, card: Card) -> RawPosting | Skip | None:
            posting = parse_job(html, card, self.name)
            if posting.posted_date is not None and posting.posted_date < cutoff:
                return Skip(f"stale: posted over {max_age} days ago")  # an undated ad is kept
            return radiologist_only(posting)

        board = Board(
            self.name,
            read_job,
            repeats="listing page repeats jobs already seen; stopped paging "
            "(the board may ignore the page parameter)",
            pages="listing pages",
            wanted=lambda card: is_radiologist_title(split_title(card.title)[1]) is not False,
        )
        yield from walk(fetch, board, [Search(self.page_url(0), self._read_page)], settings.page_cap)
