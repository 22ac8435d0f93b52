"""What the ATS job-board adapters (Greenhouse, Lever, Ashby, Workday) share.

Each platform's own URLs, fields and quirks live in its module; this one holds the few steps
they do alike: reading a JSON body, rewording "no such board" for the user, reading a board
served whole in one response, and laying out the plain text the extractor reads.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

import httpx

from scout.errors import FetchError, ParseError, SourceStopped
from scout.extract.html import html_to_text
from scout.http import Fetcher
from scout.models import Batch, PublishedPay, RawPosting
from scout.sources.base import page_error, page_text

_REMOTE = re.compile(r"\b(?:remote|telecommut\w*|work\s+from\s+home|wfh)\b", re.IGNORECASE)
_HYBRID = re.compile(r"\bhybrid\b", re.IGNORECASE)
_ONSITE = re.compile(r"\bon[-\s]?site\b|\bin[-\s]office\b", re.IGNORECASE)


def parse_json(text: str, url: str) -> Any:
    """A response body as JSON; ParseError when it is not (an HTML error page, a cut-off body)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ParseError(url, f"the response is not JSON ({e.msg} at character {e.pos})") from e
    except RecursionError as e:  # nested ~1,000 deep: no real board answers like this
        raise ParseError(url, "the response is JSON nested too deeply to read") from e


def _json_answer(call: Callable[[], httpx.Response], url: str, missing: str) -> Any:
    try:
        resp = call()
    except SourceStopped:
        raise
    except FetchError as e:
        if e.status == 404:
            raise FetchError(url, missing, 404) from e
        raise
    return parse_json(resp.text, url)


def missing_board(platform: str, what: str, fields: str) -> str:
    """What a 404 from the platform's API tells the user: "Lever has no postings site 'x' ..."."""
    return f"{platform} has no {what} (HTTP 404); check this employer's {fields} in employers.toml"


def get_json(fetch: Fetcher, url: str, *, source: str, missing: str) -> Any:
    """GET a JSON endpoint; a 404 becomes a FetchError whose reason is `missing`."""
    headers = {"accept": "application/json"}
    return _json_answer(lambda: fetch.get(url, source=source, headers=headers), url, missing)


def post_json(fetch: Fetcher, url: str, payload: Any, *, source: str, missing: str) -> Any:
    """POST a JSON search; a 404 becomes a FetchError whose reason is `missing`."""
    return _json_answer(lambda: fetch.post_json(url, payload, source=source), url, missing)


def text_field(obj: dict[str, Any], key: str) -> str | None:
    """A string field, stripped; None when absent, empty or not a string."""
    value = obj.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def mode_from_text(*texts: str | None) -> str | None:
    """remote/hybrid/onsite when a location or label says so plainly, else None."""
    joined = " ".join(t for t in texts if t)
    if not joined:
        return None
    if _HYBRID.search(joined):
        return "hybrid"
    if _REMOTE.search(joined):
        return "remote"
    if _ONSITE.search(joined):
        return "onsite"
    return None


def iso_date(value: Any) -> date | None:
    """The date of an ISO timestamp ("2026-11-02T09:15:00-05:00"), as written (no tz shift)."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def epoch_ms_date(value: Any) -> date | None:
    """The UTC date of an epoch-milliseconds timestamp (Lever's createdAt)."""
    ms = number(value)
    if ms is None or ms <= 0:
        return None
    try:
        return datetime.fromtimestamp(ms / 1000, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def money(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def pay_text(pay: PublishedPay, label: str | None = None) -> str:
    """A pay line as a reader would see it: "USD 450,000 - 600,000 per YEAR"."""
    if pay.min is not None and pay.max is not None and pay.min != pay.max:
        amount = f"{money(pay.min)} - {money(pay.max)}"
    elif pay.min is not None or pay.max is not None:
        amount = money(pay.min if pay.min is not None else pay.max or 0.0)
    else:
        amount = ""
    parts = [p for p in (pay.currency, amount) if p]
    line = " ".join(parts)
    if label:
        line = f"{line} {label}".strip()
    elif pay.unit:
        line = f"{line} per {pay.unit.lower()}"
    return line


def posting_text(
    title: str,
    employer: str | None,
    location: str | None,
    lines: Iterable[tuple[str, str | None]],
    description: str,
) -> str:
    """`page_text` from the platform's labelled values ("Pay", ...), leaving out empty ones."""
    labelled = [f"{label}: {value}" for label, value in lines if value]
    return page_text(title, employer, location, labelled, description)


def html_text(*fragments: str | None) -> str:
    """Plain text of one or more HTML fragments, in order, blank-line separated."""
    parts = [html_to_text(f) for f in fragments if f]
    return "\n\n".join(p for p in parts if p)


def read_board(data: Any, url: str) -> list[Any]:
    """A whole board's job list (`{"jobs": [...]}`); ParseError when the response has none."""
    jobs = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(jobs, list):
        raise ParseError(url, "no 'jobs' list in the response (the API's shape may have changed)")
    return jobs


def read_whole_board(
    fetch: Fetcher,
    url: str,
    *,
    source: str,
    missing: str,
    jobs_of: Callable[[Any, str], list[Any]],
    read: Callable[[Any], RawPosting | None],
) -> Iterator[Batch]:
    """One Batch for a board served whole in one response (Greenhouse, Ashby).

    `jobs_of(data, url)` finds the job list (ParseError when the shape changed); `read(job)` turns
    one job into a posting, None for a job that is not a radiologist's, ParseError when unreadable.
    """
    try:
        jobs = jobs_of(get_json(fetch, url, source=source, missing=missing), url)
    except (FetchError, ParseError) as e:
        yield Batch(url, errors=[page_error(e)])
        return
    batch = Batch(url, pages_fetched=1)
    for job in jobs:
        try:
            posting = read(job)
        except ParseError as e:
            batch.errors.append(page_error(e))
            continue
        if posting is not None:
            batch.postings.append(posting)
    # a job we could not read is still on the board: marking it removed would be wrong
    batch.complete_listing = not batch.errors
    yield batch
