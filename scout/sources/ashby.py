"""Ashby job boards, read through the public Posting API.

`GET https://api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true` returns the
whole board in one response; an unknown board is a 404. Postings with `isListed: false` are
hidden from the employer's own board and are skipped here too. Pay comes from the compensation
summary's "Salary" component, its interval ("1 HOUR", "1 YEAR") kept as the unit, and only when
the employer chose to show compensation on its postings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from scout.config import Settings
from scout.errors import ParseError
from scout.http import Fetcher
from scout.models import Batch, PublishedPay, RawPosting
from scout.roles import is_radiologist, is_radiologist_title
from scout.sources.ats import (
    html_text,
    iso_date,
    missing_board,
    mode_from_text,
    number,
    posting_text,
    read_board,
    read_whole_board,
    text_field,
)

API = "https://api.ashbyhq.com/posting-api/job-board"

_INTERVAL = re.compile(r"^\s*1\s+(HOUR|DAY|WEEK|MONTH|YEAR)S?\s*$", re.IGNORECASE)
_MODES = {"remote": "remote", "hybrid": "hybrid", "onsite": "onsite"}


def _salary_component(comp: dict[str, Any]) -> dict[str, Any] | None:
    """The first "Salary" component: from the summary, else from the first tier that has one."""
    groups: list[Any] = [comp.get("summaryComponents")]
    tiers = comp.get("compensationTiers")
    if isinstance(tiers, list):
        groups += [t.get("components") for t in tiers if isinstance(t, dict)]
    for group in groups:
        if not isinstance(group, list):
            continue
        for c in group:
            if isinstance(c, dict) and str(c.get("compensationType", "")).lower() == "salary":
                return c
    return None


def read_pay(job: dict[str, Any]) -> PublishedPay | None:
    """The salary as published, unit from its interval; None when the employer hides pay."""
    comp = job.get("compensation")
    if not isinstance(comp, dict) or job.get("shouldDisplayCompensationOnJobPostings") is False:
        return None
    component = _salary_component(comp)
    summary = text_field(comp, "compensationTierSummary") or text_field(
        comp, "scrapeableCompensationSalarySummary"
    )
    if component is None:
        return PublishedPay(text=summary) if summary else None
    lo, hi = number(component.get("minValue")), number(component.get("maxValue"))
    if lo is None and hi is None and not summary:
        return None
    unit = _INTERVAL.match(str(component.get("interval") or ""))
    return PublishedPay(
        min=lo,
        max=hi,
        unit=unit.group(1).upper() if unit else None,
        currency=text_field(component, "currencyCode"),
        text=summary or text_field(component, "summary"),
    )


def _mode(job: dict[str, Any], location: str | None) -> str | None:
    workplace = (text_field(job, "workplaceType") or "").lower().replace("-", "")
    if workplace in _MODES:
        return _MODES[workplace]
    if job.get("isRemote") is True:
        return "remote"
    return mode_from_text(location)


def read_job(job: Any, *, source: str, employer: str, board_url: str) -> RawPosting | None:
    """One listed Ashby job as a RawPosting; None when unlisted or not a radiologist's job."""
    if not isinstance(job, dict):
        raise ParseError(board_url, "a job in the board is not a JSON object")
    if job.get("isListed") is False:
        return None
    title = text_field(job, "title")
    jid = text_field(job, "id")
    if title is None or jid is None:
        missing = " and ".join(k for k, v in (("id", jid), ("title", title)) if v is None)
        raise ParseError(
            text_field(job, "jobUrl") or board_url,
            f"a job has no {missing} (the API's shape may have changed)",
        )
    verdict = is_radiologist_title(title)
    if verdict is False:
        return None
    url = text_field(job, "jobUrl")
    if url is None:
        raise ParseError(board_url, f"job {jid} ({title}) has no jobUrl")
    description = html_text(text_field(job, "descriptionHtml")) or (text_field(job, "descriptionPlain") or "")
    if not description:
        raise ParseError(url, "the job has no description (descriptionHtml/descriptionPlain)")
    if verdict is None and not is_radiologist(title, description):
        return None
    location = text_field(job, "location")
    secondary = [
        str(s["location"])
        for s in job.get("secondaryLocations") or []
        if isinstance(s, dict) and s.get("location")
    ]
    pay = read_pay(job)
    lines: list[tuple[str, str | None]] = [
        ("Other locations", "; ".join(secondary) or None),
        ("Department", text_field(job, "department")),
        ("Team", text_field(job, "team")),
        ("Employment type", text_field(job, "employmentType")),
        ("Workplace", text_field(job, "workplaceType")),
        ("Compensation", pay.text if pay else None),
    ]
    facts: dict[str, Any] = {
        k: job[k]
        for k in ("employmentType", "workplaceType", "isRemote", "department", "team")
        if job.get(k) is not None
    }
    if secondary:
        facts["secondaryLocations"] = secondary
    return RawPosting(
        source=source,
        source_id=jid,
        url=url,
        title=title,
        employer=employer,
        location=location,
        posted_date=iso_date(job.get("publishedAt")),
        body=json.dumps(job, ensure_ascii=False),
        body_format="json",
        text=posting_text(title, employer, location, lines, description),
        work_mode_hint=_mode(job, location),
        published_pay=pay,
        facts=facts,
    )


class AshbyBoard:
    """One employer's Ashby job board, by its board name (jobs.ashbyhq.com/{board})."""

    kind = "Ashby board"

    def __init__(self, name: str, label: str, board: str) -> None:
        self.name = name
        self.label = label
        self.board = board
        self.base_url = f"{API}/{quote(board, safe='')}"

    def jobs_url(self) -> str:
        return f"{self.base_url}?includeCompensation=true"

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        url = self.jobs_url()
        missing = missing_board("Ashby", f"job board '{self.board}'", "board name")
        yield from read_whole_board(
            fetch,
            url,
            source=self.name,
            missing=missing,
            jobs_of=read_board,
            read=lambda job: read_job(job, source=self.name, employer=self.label, board_url=url),
        )
