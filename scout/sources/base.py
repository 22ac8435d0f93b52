"""The interface every source adapter implements, and helpers they share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from urllib.parse import SplitResult, urljoin, urlsplit

from scout.config import Settings
from scout.errors import FetchError, ParseError, RobotsDisallowed, SourceStopped
from scout.http import Fetcher
from scout.models import Batch, PageError


class Source(Protocol):
    """One board or ATS tenant. `scrape` yields one Batch per results page, stored as it comes."""

    name: str
    label: str

    def scrape(self, fetch: Fetcher, settings: Settings) -> Iterator[Batch]: ...


@dataclass(frozen=True)
class SourceInfo:
    """What `scout sources` shows about a configured source."""

    name: str
    label: str
    kind: str
    detail: str
    enabled: bool = True


def join_url(base: str, href: str) -> str | None:
    """`href` resolved against `base`; None for a link urllib cannot parse (an href like
    "//[x/" raises ValueError "Invalid IPv6 URL"): a broken link is skipped, never a crash."""
    try:
        joined = urljoin(base, href.strip())
        urlsplit(joined)  # validates the host part
    except ValueError:
        return None
    return joined


def split_url(url: str) -> SplitResult | None:
    """urlsplit that answers None instead of raising on a malformed host."""
    try:
        parts = urlsplit(url)
        _ = parts.hostname, parts.port
    except ValueError:
        return None
    return parts


def clean_text(text: str | None) -> str:
    """Text with its runs of white space folded to single spaces, and none at either end."""
    return " ".join((text or "").split())


def first_date(text: str, formats: Iterable[str]) -> date | None:
    """The date `text` gives in the first of `formats` (strptime's) that reads it, else None."""
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def page_text(
    title: str, employer: str | None, location: str | None, lines: Iterable[str], description: str
) -> str:
    """The text the extractor reads: title, employer, location, the board's labelled lines
    ("Salary: ..."), a blank line, then the description."""
    header = [title, employer or "", location or "", *lines]
    return "\n".join(h for h in header if h) + "\n\n" + description


def page_error(err: FetchError | ParseError) -> PageError:
    """A recorded error with the kind a reader can act on."""
    if isinstance(err, RobotsDisallowed):
        kind = "robots"
    elif isinstance(err, SourceStopped):
        kind = "breaker"
    elif isinstance(err, ParseError):
        kind = "parse"
    else:
        kind = "fetch"
    return PageError(url=err.url, reason=err.reason, kind=kind)


def page_cap_guard(next_url: str, cap: int, pages: str = "results pages") -> PageError:
    """The guard recorded where paging stopped at the page cap; `pages` names the board's pages."""
    return PageError(next_url, f"stopped after {cap} {pages} (page cap)", "guard")
