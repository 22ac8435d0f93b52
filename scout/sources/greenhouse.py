"""Greenhouse job boards, read through the public Job Board API.

`GET https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true` returns the whole board
in one response, no paging. `content` is the description, HTML-entity-escaped: unescaped, then
read as HTML. Pay comes from `pay_input_ranges` when the employer publishes it (asked for with
`pay_transparency=true`): amounts in cents, with a label but no unit, so the unit stays unset and
the label goes into the text. There is no work-mode field; the location name says "Remote".
"""

from __future__ import annotations

import html
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
    pay_text,
    posting_text,
    read_board,
    read_whole_board,
    text_field,
)

API = "https://boards-api.greenhouse.io/v1/boards"
_SETTING_FIELD = re.compile(r"remote|work\s*(?:place|setting|type|location)|location\s*type", re.I)


def _names(items: Any) -> list[str]:
    if not isinstance(items, list):
        return []
    return [str(i["name"]) for i in items if isinstance(i, dict) and i.get("name")]


def _metadata(items: Any) -> dict[str, str]:
    """The board's custom fields ("Employment Type": "Full-time") that have a readable value."""
    out: dict[str, str] = {}
    if not isinstance(items, list):
        return out
    for item in items:
        if not isinstance(item, dict) or not item.get("name"):
            continue
        value = item.get("value")
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v is not None)
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value):
            out[str(item["name"])] = str(value)
    return out


def _setting_values(metadata: dict[str, str]) -> list[str]:
    """Custom fields that describe where the work is done ("Work Setting", "Remote Status")."""
    return [v for k, v in metadata.items() if _SETTING_FIELD.search(k)]


def read_pay(ranges: Any) -> list[PublishedPay]:
    """Every pay range as published: dollars from cents, the range's title and blurb as text."""
    out: list[PublishedPay] = []
    if not isinstance(ranges, list):
        return out
    for r in ranges:
        if not isinstance(r, dict):
            continue
        lo, hi = number(r.get("min_cents")), number(r.get("max_cents"))
        if lo is None and hi is None:
            continue
        label = " - ".join(p for p in (text_field(r, "title"), text_field(r, "blurb")) if p)
        out.append(
            PublishedPay(
                min=lo / 100 if lo is not None else None,
                max=hi / 100 if hi is not None else None,
                currency=text_field(r, "currency_type"),
                text=label or None,
            )
        )
    return out


def _pay_line(pay: PublishedPay) -> str:
    """Pay as "Hourly rate: USD 275 - 300": Greenhouse gives a range a title, never a unit."""
    amount = pay_text(pay)
    return f"{pay.text}: {amount}" if pay.text else amount


def read_job(job: Any, *, source: str, employer: str, board_url: str) -> RawPosting | None:
    """One board job as a RawPosting; None when it is not a radiologist's job."""
    if not isinstance(job, dict):
        raise ParseError(board_url, "a job in the board is not a JSON object")
    title = text_field(job, "title")
    if title is None or job.get("id") is None:
        missing = " and ".join(k for k in ("id", "title") if job.get(k) in (None, ""))
        raise ParseError(
            text_field(job, "absolute_url") or board_url,
            f"a job has no {missing} (the API's shape may have changed)",
        )
    verdict = is_radiologist_title(title)
    if verdict is False:
        return None
    url = text_field(job, "absolute_url")
    if url is None:
        raise ParseError(board_url, f"job {job['id']} ({title}) has no absolute_url")
    content = job.get("content")
    description = html_text(html.unescape(content)) if isinstance(content, str) else ""
    if not description:
        raise ParseError(url, "the job has no description ('content' is missing or empty)")
    if verdict is None and not is_radiologist(title, description):
        return None
    location_obj = job.get("location")
    location = text_field(location_obj, "name") if isinstance(location_obj, dict) else None
    employer = text_field(job, "company_name") or employer
    departments = _names(job.get("departments"))
    offices = _names(job.get("offices"))
    metadata = _metadata(job.get("metadata"))
    pays = read_pay(job.get("pay_input_ranges"))
    lines: list[tuple[str, str | None]] = [
        ("Department", ", ".join(departments) or None),
        *metadata.items(),
        *(("Pay", _pay_line(p)) for p in pays),
    ]
    facts: dict[str, Any] = {
        k: job[k] for k in ("requisition_id", "internal_job_id", "updated_at") if job.get(k) is not None
    }
    if departments:
        facts["departments"] = departments
    if offices:
        facts["offices"] = offices
    if metadata:
        facts["metadata"] = metadata
    if len(pays) > 1:
        facts["pay_ranges"] = [p.model_dump(exclude_none=True) for p in pays]
    return RawPosting(
        source=source,
        source_id=str(job["id"]),
        url=url,
        title=title,
        employer=employer,
        location=location,
        posted_date=iso_date(job.get("first_published")),
        body=json.dumps(job, ensure_ascii=False),
        body_format="json",
        text=posting_text(title, employer, location, lines, description),
        work_mode_hint=mode_from_text(location, *_setting_values(metadata)),
        published_pay=pays[0] if pays else None,
        facts=facts,
    )


class GreenhouseBoard:
    """One employer's Greenhouse job board, by its board token."""

    kind = "Greenhouse board"

    def __init__(self, name: str, label: str, board: str) -> None:
        self.name = name
        self.label = label
        self.board = board
        self.base_url = f"{API}/{quote(board, safe='')}/jobs"

    def jobs_url(self) -> str:
        return f"{self.base_url}?content=true&pay_transparency=true"

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]:
        url = self.jobs_url()
        missing = missing_board("Greenhouse", f"job board '{self.board}'", "board token")
        yield from read_whole_board(
            fetch,
            url,
            source=self.name,
            missing=missing,
            jobs_of=read_board,
            read=lambda job: read_job(job, source=self.name, employer=self.label, board_url=url),
        )
