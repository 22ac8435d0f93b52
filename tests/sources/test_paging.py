"""The results-page walk the HTML boards share, on a tiny in-memory board: guards, completeness
across searches, jobs read once, a stopped source."""

from __future__ import annotations

import httpx

from scout.config import HttpSettings
from scout.http import Fetcher
from scout.models import Batch, RawPosting
from scout.sources.paging import Board, ListedJob, Listing, Search, Skip, read_jobs, walk

SITE = "https://board.example"


def fetcher(pages: dict[str, str], *, breaker_429s: int = 5) -> Fetcher:
    """A fetcher serving `pages` by path; a page whose text is "429" answers 429, others 404."""

    def handler(request: httpx.Request) -> httpx.Response:
        text = pages.get(request.url.path)
        if text is None:
            return httpx.Response(404)
        return httpx.Response(429 if text == "429" else 200, text=text)

    http = HttpSettings(pace=False, max_retries=0, breaker_429s=breaker_429s)
    return Fetcher(http, transport=httpx.MockTransport(handler), sleep=lambda _s: None)


def results(resp: httpx.Response, url: str, index: int) -> Listing[ListedJob]:
    """A results page written as "id,id,... [next-path]"."""
    ids, _, next_path = resp.text.partition(" ")
    jobs = [ListedJob(i, f"{SITE}/job/{i}", f"Radiologist {i}") for i in ids.split(",") if i]
    return Listing(jobs, next_url=SITE + next_path if next_path else None)


def posting(text: str, job: ListedJob) -> RawPosting | Skip | None:
    if text == "stale":
        return Skip("stale")
    return RawPosting(source="b", source_id=job.job_id, url=job.url, title=job.title, text=text)


BOARD = Board("b", posting, repeats="page repeats jobs already seen")


def scrape(pages: dict[str, str], *first: str, page_cap: int = 10, breaker_429s: int = 5) -> list[Batch]:
    searches = [Search(SITE + path, results) for path in first]
    with fetcher(pages, breaker_429s=breaker_429s) as fetch:
        return list(walk(fetch, BOARD, searches, page_cap))


JOBS = {f"/job/{i}": f"a radiologist job, number {i}" for i in "1234"}


def test_a_listing_is_complete_only_after_every_search_reached_its_last_page() -> None:
    pages = {"/a1": "1,2 /a2", "/a2": "3", "/b1": "3,4", **JOBS}
    got = scrape(pages, "/a1", "/b1")
    assert [b.page_url for b in got] == [f"{SITE}/a1", f"{SITE}/a2", f"{SITE}/b1"]
    # job 3 was listed by both searches and read once
    assert [p.source_id for b in got for p in b.postings] == ["1", "2", "3", "4"]
    assert [b.complete_listing for b in got] == [False, False, True]
    assert not [e for b in got for e in b.errors]


def test_a_search_cut_short_leaves_the_listing_incomplete_but_the_next_search_runs() -> None:
    pages = {"/a1": "1 /a2", "/a2": "1 /a3", "/b1": "2", **JOBS}
    got = scrape(pages, "/a1", "/b1")
    (guard,) = got[1].errors
    assert guard.kind == "guard" and guard.reason == "page repeats jobs already seen"
    assert [p.source_id for b in got for p in b.postings] == ["1", "2"]
    assert not any(b.complete_listing for b in got)


def test_the_page_cap_is_a_guard_naming_the_next_page() -> None:
    pages = {"/a1": "1 /a2", "/a2": "2 /a3", **JOBS}
    got = scrape(pages, "/a1", page_cap=1)
    (batch,) = got
    (guard,) = batch.errors
    assert guard.kind == "guard" and guard.url == f"{SITE}/a2"
    assert guard.reason == "stopped after 1 results pages (page cap)" and not batch.complete_listing


def test_a_failed_job_page_is_recorded_and_a_stopped_source_ends_the_walk() -> None:
    pages = {"/a1": "1,2,3", "/b1": "4", "/job/1": "a radiologist job", "/job/3": "429"}
    got = scrape(pages, "/a1", "/b1", breaker_429s=1)
    (batch,) = got  # the second search is never fetched
    assert [e.kind for e in batch.errors] == ["fetch", "breaker"]
    assert [p.source_id for p in batch.postings] == ["1"] and not batch.complete_listing


def test_read_jobs_counts_skips_and_drops_nones() -> None:
    batch = Batch("x")
    jobs = [ListedJob(i, f"{SITE}/job/{i}", "Radiologist") for i in "123"]
    texts = {"1": "kept", "2": "stale", "3": "dropped"}
    assert read_jobs(
        batch,
        jobs,
        lambda job: texts[job.job_id],
        lambda text, job: None if text == "dropped" else posting(text, job),
    )
    assert [p.source_id for p in batch.postings] == ["1"]
    assert batch.skipped == {"stale": 1} and batch.pages_fetched == 3
