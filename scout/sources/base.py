"""The interface every source adapter implements, and helpers they share."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
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
