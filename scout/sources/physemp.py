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

from selectolax.lexbor import LexborHTMLParser

from scout.config import Settings
from scout.errors import FetchError, ParseError, SourceStopped
from scout.extract.html import html_to_text
from scout.http import Fetcher
from scout.models import Batch, PageError, PublishedPay, RawPosting
from scout.roles import is_radiologist, is_radiologist_title
from scout.sources.base import join_url, page_error
from scout.sources.jsonld import first_job_posting

JOB_LINK = re.compile(r"/physician/jobs/(\d{4,})/?(?:[?#].*)?$")
# An empty search says so; without such a message, a page with no job links is a changed page.
_NO_RESULTS = re.compile(r"\bno (?:matching )?(?:jobs|results|positions)\b|\b0 (?:jobs|results)\b", re.I)
_MODES = {"remote": "remote", "telecommute": "remote", "hybrid": "hybrid", "onsite": "onsite"}


@dataclass
class Card:
    job_id: str
    url: str
    title: str


@dataclass
class ResultsPage:
    cards: list[Card] = field(default_factory=list)
    last_page: bool = False  # the pager is shown and has no next link
    says_empty: bool = False  # the page states that nothing matched


def parse_results(html: str, page_url: str) -> ResultsPage:
    """Job cards of one search page, found by their job links whatever the card markup."""
    tree = LexborHTMLParser(html)
    page = ResultsPage()
    seen: set[str] = set()
    for a in tree.css("a[href]"):
        href = a.attributes.get("href") or ""
        m = JOB_LINK.search(href)
        if not m or m.group(1) in seen:
            continue
        title = " ".join((a.text(deep=True) or "").split())
        if not title:
            continue
        seen.add(m.group(1))
        url = join_url(page_url, href.split("#")[0].split("?")[0])
        if url is None:
            continue
        page.cards.append(Card(job_id=m.group(1), url=url, title=title))
    pager = tree.css_first(".pagination")
    page.last_page = pager is not None and tree.css_first('a[rel="next"]') is None
    body = tree.body
    page.says_empty = bool(_NO_RESULTS.search(body.text(deep=True) if body else ""))
    return page


def _facts(tree: LexborHTMLParser) -> dict[str, str]:
    """The "Label: value" lines the job page shows above the description."""
    facts: dict[str, str] = {}
    for li in tree.css(".job-facts li"):
        text = " ".join((li.text(deep=True) or "").split())
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
    header = [title, ld.employer or "", ld.location or ""]
    if compensation:
        header.append(f"Compensation: {compensation}")
    header += [f"{k}: {v}" for k, v in shown.items()]
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
        text="\n".join(h for h in header if h) + "\n\n" + description,
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

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        seen: set[str] = set()
        n = 1
        while True:
            url = self.page_url(n)
            try:
                results = parse_results(fetch.get(url, source=self.name).text, url)
            except (FetchError, ParseError) as e:
                yield Batch(url, errors=[page_error(e)])
                return
            batch = Batch(url, pages_fetched=1)
            if not results.cards:
                if n == 1 and not results.says_empty:
                    batch.errors.append(
                        PageError(
                            url,
                            "no job links and no 'no jobs found' message on the first results "
                            "page (the board's markup may have changed)",
                            "parse",
                        )
                    )
                else:
                    batch.complete_listing = True  # past the last page, or an empty search
                yield batch
                return
            if all(c.job_id in seen for c in results.cards):
                batch.errors.append(
                    PageError(
                        url,
                        "results page repeats jobs already seen; stopped paging "
                        "(the board may ignore the page parameter)",
                        "guard",
                    )
                )
                yield batch
                return
            for card in results.cards:
                if card.job_id in seen:
                    continue
                seen.add(card.job_id)
                if is_radiologist_title(card.title) is False:
                    continue
                try:
                    resp = fetch.get(card.url, source=self.name)
                    batch.pages_fetched += 1
                    posting = parse_job(resp.text, card, self.name)
                except SourceStopped as e:
                    batch.errors.append(page_error(e))
                    yield batch
                    return
                except (FetchError, ParseError) as e:
                    batch.errors.append(page_error(e))
                    continue
                if is_radiologist(posting.title, posting.text):
                    batch.postings.append(posting)
            if results.last_page:
                batch.complete_listing = True
                yield batch
                return
            if n >= settings.page_cap:
                batch.errors.append(
                    PageError(
                        self.page_url(n + 1),
                        f"stopped after {settings.page_cap} results pages (page cap)",
                        "guard",
                    )
                )
                yield batch
                return
            yield batch
            n += 1
