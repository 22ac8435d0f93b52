"""The one place an HTTP client is built: user agent, timeouts, robots.txt, pacing, retries, breaker.

Politeness rules (all in HttpSettings):
- robots.txt is fetched once per host per run and parsed with Protego (RFC 9309 matching);
  a 4xx robots file means everything is allowed, a 5xx or an unreachable host means nothing is.
- one request in flight per pacing key and at least `min_interval_s` between requests, raised by
  the host's Crawl-delay; hosts of a shared backend (`*.avature.net`, `*.icims.com`) share a key.
- 429, 5xx and timeouts are retried with exponential backoff and jitter, honouring Retry-After up
  to a bound; after `breaker_429s` consecutive 429s the source is stopped for the run.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from protego import Protego

from scout.config import HttpSettings
from scout.errors import FetchError, RobotsDisallowed, SourceStopped

# Backends that many employers share: one pacing budget for all their tenants.
SHARED_BACKENDS = ("avature.net", "icims.com", "bamboohr.com", "myworkdayjobs.com")

_ALLOW_ALL = "allow-all"
_DISALLOW_ALL = "disallow-all"
_ROBOTS_MAX_BYTES = 500 * 1024


def pacing_key(host: str) -> str:
    """Hosts of one shared ATS backend pace together; every other host paces alone."""
    host = host.lower()
    for backend in SHARED_BACKENDS:
        if host == backend or host.endswith("." + backend):
            return backend
    return host


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


@dataclass
class _Breaker:
    consecutive_429: int = 0
    open_reason: str | None = None


@dataclass
class FetchLog:
    """What the fetcher did, for tests and the run record: requests made and waits chosen."""

    requests: list[tuple[str, str, int | None]] = field(default_factory=list)  # method, url, status
    waits: list[tuple[str, float, str]] = field(default_factory=list)  # key/url, seconds, why


class Fetcher:
    """A polite HTTP client shared by every adapter in a run."""

    def __init__(
        self,
        settings: HttpSettings | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        deadline: float | None = None,
    ) -> None:
        self.settings = settings or HttpSettings()
        self._client = httpx.Client(
            transport=transport,
            headers={"user-agent": self.settings.user_agent},
            timeout=self.settings.timeout_s,
            follow_redirects=True,
            max_redirects=5,
        )
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._robots: dict[str, Protego | str] = {}
        self._robots_why: dict[str, str] = {}  # origin -> why it is off limits, when not by its rules
        self._last_request: dict[str, float] = {}
        self._interval: dict[str, float] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._breakers: dict[str, _Breaker] = {}
        self.deadline = deadline
        self.log = FetchLog()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public ------------------------------------------------------------------------------

    def get(
        self, url: str, *, source: str, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        """GET a URL politely; raises FetchError (or a subclass) when it fails for good."""
        return self._request("GET", url, source=source, headers=headers)

    def post_json(self, url: str, payload: Any, *, source: str) -> httpx.Response:
        return self._request("POST", url, source=source, json=payload)

    def breaker_reason(self, source: str) -> str | None:
        b = self._breakers.get(source)
        return b.open_reason if b else None

    # -- robots ------------------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets Scout fetch this URL (fetching robots.txt once per host)."""
        if not self.settings.obey_robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._fetch_robots(origin)
            self._robots[origin] = rules
        if rules == _ALLOW_ALL:
            return True
        if rules == _DISALLOW_ALL:
            return False
        assert isinstance(rules, Protego)
        return bool(rules.can_fetch(url, self.settings.robots_agent))

    def _fetch_robots(self, origin: str) -> Protego | str:
        url = origin + "/robots.txt"
        key = pacing_key(urlsplit(origin).hostname or "")
        try:
            with self._slot(key):
                resp = self._client.get(url)
            self.log.requests.append(("GET", url, resp.status_code))
        except (httpx.HTTPError, httpx.InvalidURL) as e:
            self.log.requests.append(("GET", url, None))
            # unreachable: RFC 9309 says assume full disallow
            why = f"{url} could not be fetched ({type(e).__name__}), so the host is off limits"
            self._robots_why[origin] = why
            return _DISALLOW_ALL
        if 400 <= resp.status_code < 500:
            return _ALLOW_ALL  # "unavailable": crawling is allowed
        if resp.status_code >= 500 or resp.status_code < 200 or resp.status_code >= 300:
            self._robots_why[origin] = f"{url} answered HTTP {resp.status_code}, so the host is off limits"
            return _DISALLOW_ALL
        rules = Protego.parse(resp.content[:_ROBOTS_MAX_BYTES].decode("utf-8", "replace"))
        delay = rules.crawl_delay(self.settings.robots_agent)
        if delay:
            self._interval[key] = max(self._interval.get(key, 0.0), float(delay))
        return rules

    # -- pacing ------------------------------------------------------------------------------

    def _lock_for(self, key: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(key, threading.Lock())

    class _Slot:
        def __init__(self, fetcher: Fetcher, key: str) -> None:
            self.fetcher = fetcher
            self.key = key
            self.lock = fetcher._lock_for(key)

        def __enter__(self) -> None:
            self.lock.acquire()
            f = self.fetcher
            if f.settings.pace:
                interval = max(f.settings.min_interval_s, f._interval.get(self.key, 0.0))
                last = f._last_request.get(self.key)
                if last is not None:
                    wait = last + interval - f._clock()
                    if wait > 0:
                        f._wait(wait, self.key, "pacing")

        def __exit__(self, *exc: object) -> None:
            self.fetcher._last_request[self.key] = self.fetcher._clock()
            self.lock.release()

    def _slot(self, key: str) -> Fetcher._Slot:
        return Fetcher._Slot(self, key)

    def interval_for(self, host: str) -> float:
        """The gap Scout keeps between requests to this host (after robots' Crawl-delay)."""
        key = pacing_key(host)
        return max(self.settings.min_interval_s, self._interval.get(key, 0.0))

    # -- requests ----------------------------------------------------------------------------

    def _backoff(self, attempt: int) -> float:
        s = self.settings
        base: float = min(s.backoff_max_s, s.backoff_base_s * 2.0**attempt)
        return base * (0.5 + self._rng.random() / 2)  # "equal jitter"

    def _wait(self, seconds: float, url: str, reason: str) -> None:
        """Sleep before a request, unless the wait would carry the run past its time limit: then
        stop now rather than overshoot --max-duration by a Retry-After or a Crawl-delay."""
        if self.deadline is not None and self._clock() + seconds > self.deadline:
            raise SourceStopped(
                url, f"the run's time limit (--max-duration) would pass while waiting "
                f"{seconds:.0f} s ({reason})",
            )
        self.log.waits.append((url, seconds, reason))
        self._sleep(seconds)

    def _check_time(self, url: str) -> None:
        if self.deadline is not None and self._clock() >= self.deadline:
            raise SourceStopped(url, "the run's time limit (--max-duration) was reached")

    def _request(
        self,
        method: str,
        url: str,
        *,
        source: str,
        headers: dict[str, str] | None = None,
        json: Any = None,
    ) -> httpx.Response:
        breaker = self._breakers.setdefault(source, _Breaker())
        if breaker.open_reason:
            raise SourceStopped(url, breaker.open_reason)
        self._check_time(url)
        if not self.allowed(url):
            origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
            why = self._robots_why.get(origin, "robots.txt disallows this URL for Scout")
            raise RobotsDisallowed(url, why)
        key = pacing_key(urlsplit(url).hostname or "")
        s = self.settings
        last_reason = ""
        for attempt in range(s.max_retries + 1):
            self._check_time(url)
            wait: float | None = None
            try:
                with self._slot(key):
                    resp = self._client.request(method, url, headers=headers, json=json)
                    resp.read()
            except httpx.TimeoutException:
                self.log.requests.append((method, url, None))
                last_reason = f"timed out after {s.timeout_s:g} s"
            except httpx.InvalidURL as e:  # e.g. a redirect to mailto: or javascript:
                self.log.requests.append((method, url, None))
                raise FetchError(url, f"redirected to a URL that is not a web page ({e})") from None
            except httpx.TooManyRedirects:
                self.log.requests.append((method, url, None))
                raise FetchError(url, "too many redirects (a redirect loop?)") from None
            except httpx.HTTPError as e:
                self.log.requests.append((method, url, None))
                last_reason = f"connection failed: {type(e).__name__}: {e}".rstrip(": ")
            else:
                self.log.requests.append((method, url, resp.status_code))
                status = resp.status_code
                if status == 429:
                    breaker.consecutive_429 += 1
                    if breaker.consecutive_429 >= s.breaker_429s:
                        breaker.open_reason = (
                            f"stopped after {breaker.consecutive_429} consecutive 429 "
                            f"(Too Many Requests) answers from {urlsplit(url).hostname}"
                        )
                        raise SourceStopped(url, breaker.open_reason, status)
                    retry_after = parse_retry_after(resp.headers.get("retry-after"))
                    if retry_after is not None and retry_after > s.retry_after_max_s:
                        raise FetchError(
                            url,
                            f"HTTP 429 with Retry-After {retry_after:.0f} s (over the "
                            f"{s.retry_after_max_s:.0f} s limit)",
                            status,
                        )
                    wait = retry_after
                    last_reason = "HTTP 429 Too Many Requests"
                elif status >= 500:
                    breaker.consecutive_429 = 0
                    retry_after = parse_retry_after(resp.headers.get("retry-after"))
                    if retry_after is not None and retry_after <= s.retry_after_max_s:
                        wait = retry_after
                    last_reason = f"HTTP {status}"
                elif status >= 400:
                    breaker.consecutive_429 = 0
                    raise FetchError(url, f"HTTP {status}", status)
                else:
                    breaker.consecutive_429 = 0
                    return resp
            if attempt == s.max_retries:
                break
            delay = wait if wait is not None else self._backoff(attempt)
            self._wait(delay, url, last_reason)
        raise FetchError(url, f"{last_reason} (gave up after {s.max_retries + 1} attempts)")
