"""Scout's one error tree.

    ScoutError                 anything Scout reports to the user; catch this at the CLI edge
    ├── ConfigError            a bad setting, profile value or command-line choice (exit 2)
    ├── StoreError             the database could not be read or written
    │   └── StoreLockedError   another process held the database file past the wait limit
    ├── FetchError             an HTTP request failed after retries (carries url and reason)
    │   ├── RobotsDisallowed   robots.txt forbids the URL; never retried
    │   └── SourceStopped      the source's breaker opened (repeated 429s) or its time ran out
    ├── ParseError             a page or JSON body could not be read as the adapter expects
    └── ExtractError           the extractor was given something that is not text

Adapters raise only FetchError and ParseError (never raw httpx or selectolax errors); the pipeline
records them per URL and carries on with the next page.
"""

from __future__ import annotations


class ScoutError(Exception):
    """Base of every error Scout raises on purpose."""


class ConfigError(ScoutError):
    """A setting, profile value or argument is wrong; the message names it and the expected form."""


class StoreError(ScoutError):
    """The DuckDB file could not be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process kept the database file locked for longer than Scout waits."""


class FetchError(ScoutError):
    """A request failed for good (after retries)."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


class RobotsDisallowed(FetchError):
    """robots.txt on the host forbids this URL for Scout's user agent."""


class SourceStopped(FetchError):
    """The source was stopped: its breaker opened after repeated 429s, or its time ran out."""


class ParseError(ScoutError):
    """A fetched page did not have the shape the adapter reads."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class ExtractError(ScoutError):
    """The extractor was handed something it cannot read as text."""
