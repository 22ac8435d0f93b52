"""The walk through a board's results pages that the HTML boards share.

Physemp, Radworking, YM Careers, Avature and classic iCIMS portals all list jobs on results pages
and keep each job on a page of its own. `walk` pages through a board's searches and reads each
listed radiologist job once; an adapter gives only what is its own, in a `Board` (how a job page
is read) and a `Search` per search (where it starts, how its results pages are read). The guards
are the same for every board:

- a results page that cannot be fetched or read ends its search, recorded;
- a page that lists only jobs already seen in the search ends it with a "guard" error (the board
  ignored the page parameter), and so does a next page past the page cap;
- a job page that cannot be fetched or read is recorded and skipped, but a stopped source (its
  breaker opened, or its time ran out) ends the whole walk.

The listing is complete only when every search ended on the board's own last page.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum, auto
from typing import Generic, TypeVar

import httpx

from scout.errors import FetchError, ParseError, SourceStopped
from scout.http import Fetcher
from scout.models import Batch, PageError, RawPosting
from scout.roles import is_radiologist, is_radiologist_title
from scout.sources.base import page_cap_guard, page_error


@dataclass
class ListedJob:
    """A job as a results page lists it: its id on the board, its page and its listed title."""

    job_id: str
    url: str
    title: str


J = TypeVar("J", bound=ListedJob)
T = TypeVar("T")
R = TypeVar("R")


@dataclass
class Listing(Generic[J]):
    """One results page, as the walk reads it."""

    jobs: list[J]
    next_url: str | None = None
    """The search's next results page; None on its last."""
    problem: PageError | None = None
    """Why the page ends its search short (no jobs where there should be some)."""
    page_cap: int | None = None
    """How many results pages the search may read, where the board sets it (Avature's window)."""


@dataclass(frozen=True)
class Skip:
    """A job read but deliberately not stored; the batch counts it under `reason`."""

    reason: str


@dataclass(frozen=True)
class Search(Generic[J]):
    """One search of a board: its first results page, and how each of its pages is read."""

    first_url: str
    read_page: Callable[[httpx.Response, str, int], Listing[J]]
    """A results page (response, URL asked for, index in the search from 0) as a Listing;
    ParseError when it cannot be read."""


@dataclass(frozen=True)
class Board(Generic[J]):
    """What a board's walk needs that is the board's own."""

    source: str
    read_job: Callable[[str, J], RawPosting | Skip | None]
    """A job page's text as a posting: None when it is not a radiologist's job, a Skip when it is
    left out on purpose (counted), ParseError when the page cannot be read."""
    repeats: str
    """The reason recorded when a results page lists only jobs already seen."""
    pages: str = "results pages"
    """What the page-cap message calls the board's pages."""
    job_url: Callable[[J], str] | None = None
    """Where a job's page is fetched from, when not its listed URL."""
    wanted: Callable[[J], bool] | None = None
    """Whether a listed job's page is worth reading; by default, unless its title rules it out."""


class End(Enum):
    """How one search's walk ended."""

    LAST_PAGE = auto()  # the board's own last page: the search is complete
    CUT_SHORT = auto()  # an error or a guard ended the search
    STOPPED = auto()  # the source was stopped: nothing more may be fetched


def walk(fetch: Fetcher, board: Board[J], searches: Sequence[Search[J]], page_cap: int) -> Iterator[Batch]:
    """One Batch per results page of each search in turn; a job listed twice is read once."""
    read: set[str] = set()
    complete = True
    for index, search in enumerate(searches):
        last = index == len(searches) - 1
        end = yield from _walk_search(fetch, board, search, page_cap, read, complete and last)
        if end is End.STOPPED:
            return
        complete = complete and end is End.LAST_PAGE


def _walk_search(
    fetch: Fetcher, board: Board[J], search: Search[J], page_cap: int, read: set[str], complete: bool
) -> Generator[Batch, None, End]:
    """The pages of one search; the last batch is a complete listing when `complete` allows."""
    job_url = board.job_url or _listed_url
    wanted = board.wanted or _titled_radiologist

    def fetch_job(job: J) -> str:
        return fetch.get(job_url(job), source=board.source).text

    listed: set[str] = set()
    url = search.first_url
    index = 0
    while True:
        try:
            listing = search.read_page(fetch.get(url, source=board.source), url, index)
        except SourceStopped as e:
            yield Batch(url, errors=[page_error(e)])
            return End.STOPPED
        except (FetchError, ParseError) as e:
            yield Batch(url, errors=[page_error(e)])
            return End.CUT_SHORT
        batch = Batch(url, pages_fetched=1)
        if listing.problem is not None:
            batch.errors.append(listing.problem)
            yield batch
            return End.CUT_SHORT
        ids = [job.job_id for job in listing.jobs]
        if ids and all(i in listed for i in ids):
            batch.errors.append(PageError(url, board.repeats, "guard"))
            yield batch
            return End.CUT_SHORT
        listed.update(ids)
        batch.listed_ids = ids  # a listed job whose page fails is still on the board: not removed
        if not read_jobs(batch, _unread(listing.jobs, read, wanted), fetch_job, board.read_job):
            yield batch
            return End.STOPPED
        next_url = listing.next_url
        cap = page_cap if listing.page_cap is None else listing.page_cap
        if next_url is not None and index + 1 >= cap:
            batch.errors.append(page_cap_guard(next_url, cap, board.pages))
            yield batch
            return End.CUT_SHORT
        if next_url is None:
            batch.complete_listing = complete
            yield batch
            return End.LAST_PAGE
        yield batch
        url = next_url
        index += 1


def read_jobs(
    batch: Batch,
    jobs: Iterable[T],
    fetch_page: Callable[[T], R],
    read: Callable[[R, T], RawPosting | Skip | None],
) -> bool:
    """Read each job's own page into the batch. A page that fails is recorded and skipped; a
    stopped source ends the reading, and then the answer is False."""
    for job in jobs:
        try:
            page = fetch_page(job)
            batch.pages_fetched += 1
            got = read(page, job)
        except SourceStopped as e:
            batch.errors.append(page_error(e))
            return False
        except (FetchError, ParseError) as e:
            batch.errors.append(page_error(e))
            continue
        if isinstance(got, Skip):
            batch.skip(got.reason)
        elif got is not None:
            batch.postings.append(got)
    return True


def radiologist_only(posting: RawPosting) -> RawPosting | None:
    """The posting when its title and text make it a radiologist's job, else None."""
    return posting if is_radiologist(posting.title, posting.text) else None


def _unread(jobs: Iterable[J], read: set[str], wanted: Callable[[J], bool]) -> Iterator[J]:
    """The jobs not read before in this walk that are worth reading, each marked read as it comes."""
    for job in jobs:
        if job.job_id in read:
            continue
        read.add(job.job_id)
        if wanted(job):
            yield job


def _listed_url(job: ListedJob) -> str:
    return job.url


def _titled_radiologist(job: ListedJob) -> bool:
    return is_radiologist_title(job.title) is not False
