"""The HTTP layer's politeness decisions: robots, pacing, retries, Retry-After, breaker."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from scout.config import HttpSettings
from scout.errors import FetchError, RobotsDisallowed, SourceStopped
from scout.http import Fetcher, pacing_key, parse_retry_after

Handler = Callable[[httpx.Request], httpx.Response]


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        self.slept.append(s)
        self.t += s


def make(handler: Handler, clock: FakeClock | None = None, **settings: object) -> Fetcher:
    clock = clock or FakeClock()
    return Fetcher(
        HttpSettings(**settings),  # type: ignore[arg-type]
        transport=httpx.MockTransport(handler),
        clock=clock,
        sleep=clock.sleep,
    )


def site(
    robots: tuple[int, str] | None = (200, ""), pages: dict[str, httpx.Response] | None = None
) -> Handler:
    def handler(req: httpx.Request) -> httpx.Response:
        if req.url.path == "/robots.txt":
            if robots is None:
                raise httpx.ConnectError("unreachable", request=req)
            return httpx.Response(robots[0], text=robots[1])
        if pages and req.url.path in pages:
            return pages[req.url.path]
        return httpx.Response(200, text="ok")

    return handler


ROBOTS = "User-agent: *\nDisallow: /private\nAllow: /private/jobs\nDisallow: /*.pdf$\n"


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/jobs/", True),
        ("/private/", False),
        ("/private/jobs/1", True),  # longest match wins: urllib.robotparser gets this wrong
        ("/files/offer.pdf", False),  # wildcard and end anchor
        ("/files/offer.pdf?x=1", True),
    ],
)
def test_robots_rules_follow_rfc_9309_matching(path: str, allowed: bool) -> None:
    f = make(site((200, ROBOTS)))
    assert f.allowed("https://board.test" + path) is allowed


@pytest.mark.parametrize(
    ("robots", "allowed"),
    [((404, ""), True), ((403, ""), True), ((500, ""), False), ((503, ""), False), (None, False)],
)
def test_robots_status_decides_when_there_is_no_file(robots: tuple[int, str] | None, allowed: bool) -> None:
    f = make(site(robots))
    assert f.allowed("https://board.test/jobs/") is allowed


def test_disallowed_url_is_never_requested() -> None:
    f = make(site((200, "User-agent: Scout\nDisallow: /\n")))
    with pytest.raises(RobotsDisallowed):
        f.get("https://board.test/jobs/", source="t")
    assert [r[1] for r in f.log.requests] == ["https://board.test/robots.txt"]


def test_robots_fetched_once_per_host() -> None:
    f = make(site())
    for n in range(3):
        f.get(f"https://board.test/jobs/{n}", source="t")
    robots = [r for r in f.log.requests if r[1].endswith("/robots.txt")]
    assert len(robots) == 1


def test_pacing_keeps_one_second_between_requests_to_a_host() -> None:
    clock = FakeClock()
    f = make(site(), clock)
    for n in range(3):
        f.get(f"https://board.test/jobs/{n}", source="t")
    # robots, then 3 pages: every request after the first waits the full second
    assert clock.slept == [1.0, 1.0, 1.0]


def test_crawl_delay_raises_the_interval() -> None:
    clock = FakeClock()
    f = make(site((200, "User-agent: *\nCrawl-delay: 3\n")), clock)
    f.get("https://board.test/a", source="t")
    f.get("https://board.test/b", source="t")
    assert f.interval_for("board.test") == 3.0
    assert clock.slept == [3.0, 3.0]


def test_replay_mode_skips_pacing() -> None:
    clock = FakeClock()
    f = make(site(), clock, pace=False)
    for n in range(3):
        f.get(f"https://board.test/jobs/{n}", source="t")
    assert clock.slept == []


def test_shared_backends_pace_together() -> None:
    assert pacing_key("radpartners.avature.net") == pacing_key("ally.avature.net") == "avature.net"
    assert pacing_key("careers-x.icims.com") == "icims.com"
    assert pacing_key("jobs.acr.org") == "jobs.acr.org"


def test_429_retry_after_is_honoured_then_success() -> None:
    answers = iter([httpx.Response(429, headers={"retry-after": "7"}), httpx.Response(200, text="job")])

    def handler(req: httpx.Request) -> httpx.Response:
        return httpx.Response(404) if req.url.path == "/robots.txt" else next(answers)

    clock = FakeClock()
    f = make(handler, clock, pace=False)
    resp = f.get("https://board.test/job/1", source="t")
    assert resp.text == "job"
    assert clock.slept == [7.0]


def test_a_wait_that_would_pass_the_time_limit_stops_the_source_instead() -> None:
    clock = FakeClock()
    f = make(site(pages={"/job": httpx.Response(429, headers={"retry-after": "60"})}), clock, pace=False)
    f.deadline = clock.t + 30
    with pytest.raises(SourceStopped, match=r"time limit.*waiting 60 s"):
        f.get("https://board.test/job", source="t")
    assert clock.slept == [] and clock.t < f.deadline


def test_a_crawl_delay_that_would_pass_the_time_limit_stops_the_source() -> None:
    clock = FakeClock()
    f = make(site((200, "User-agent: *\nCrawl-delay: 20\n")), clock)
    f.deadline = clock.t + 30
    f.get("https://board.test/a", source="t")
    with pytest.raises(SourceStopped, match="time limit"):
        f.get("https://board.test/b", source="t")
    assert clock.t <= f.deadline


def test_retry_after_beyond_the_bound_fails_the_url() -> None:
    f = make(site(pages={"/job": httpx.Response(429, headers={"retry-after": "3600"})}), pace=False)
    with pytest.raises(FetchError, match="Retry-After 3600"):
        f.get("https://board.test/job", source="t")


def test_5xx_backs_off_exponentially_with_jitter_then_gives_up() -> None:
    clock = FakeClock()
    f = make(site(pages={"/job": httpx.Response(503)}), clock, pace=False, max_retries=3)
    with pytest.raises(FetchError, match="HTTP 503"):
        f.get("https://board.test/job", source="t")
    assert len(clock.slept) == 3
    for attempt, wait in enumerate(clock.slept):
        assert 0.5 * 2**attempt <= wait <= 2**attempt


def test_breaker_stops_a_source_after_repeated_429s() -> None:
    f = make(
        site(pages={"/job": httpx.Response(429, headers={"retry-after": "1"})}),
        pace=False,
        breaker_429s=3,
        max_retries=10,
    )
    with pytest.raises(SourceStopped, match="3 consecutive 429"):
        f.get("https://board.test/job", source="acr")
    with pytest.raises(SourceStopped):
        f.get("https://board.test/other", source="acr")
    assert f.breaker_reason("acr")
    assert f.breaker_reason("other") is None


def test_404_is_not_retried() -> None:
    f = make(site(pages={"/gone": httpx.Response(404)}), pace=False)
    with pytest.raises(FetchError) as info:
        f.get("https://board.test/gone", source="t")
    assert info.value.status == 404
    assert sum(1 for r in f.log.requests if r[1].endswith("/gone")) == 1


def test_timeouts_are_retried() -> None:
    calls = {"n": 0}

    def handler(req: httpx.Request) -> httpx.Response:
        if req.url.path == "/robots.txt":
            return httpx.Response(404)
        calls["n"] += 1
        if calls["n"] < 3:
            raise httpx.ReadTimeout("slow", request=req)
        return httpx.Response(200, text="finally")

    f = make(handler, pace=False)
    assert f.get("https://board.test/x", source="t").text == "finally"


def test_user_agent_names_scout() -> None:
    seen: list[str] = []

    def handler(req: httpx.Request) -> httpx.Response:
        seen.append(req.headers["user-agent"])
        return httpx.Response(404)

    f = make(handler, pace=False)
    with pytest.raises(FetchError):
        f.get("https://board.test/x", source="t")
    assert all(ua.startswith("Scout/") and "http" in ua for ua in seen)


def test_parse_retry_after_http_date() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("soon") is None
