"""The Avature adapter: real tenants' list pages, the Radiology Partners cassette, and the ugly cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx
import pytest

from scout.config import Settings
from scout.errors import ParseError
from scout.http import Fetcher
from scout.models import Batch, PublishedPay, RawPosting
from scout.pipeline import replay_fetcher, scrape_source
from scout.roles import is_radiologist_title
from scout.sources.avature import Avature, Row, parse_job, parse_posted, parse_search
from scout.sources.ymcareers import Card
from scout.sources.ymcareers import parse_job as parse_acr_job
from scout.store import Store
from tests.conftest import CASSETTES, REPO

RP = CASSETTES / "radpartners"
CASES = CASSETTES / "_cases"
REAL = REPO.parent / "shared" / "fixtures" / "real-ats"
needs_real = pytest.mark.skipif(
    not REAL.is_dir(), reason="shared/fixtures/real-ats is not beside this checkout"
)
SITE = "https://radpartners.avature.net/careers"


def pay(posting: RawPosting) -> PublishedPay:
    assert posting.published_pay is not None, posting.source_id
    return posting.published_pay


def radpartners() -> Avature:
    return Avature("radpartners", "Radiology Partners", SITE, "Radiology Partners")


def run(source: Avature, folder: Path, settings: Settings | None = None) -> list[Batch]:
    settings = settings or Settings()
    with replay_fetcher(settings, [folder]) as fetch:
        return list(source.scrape(fetch, settings))


def case(name: str, host: str, employer: str = "Test Practice") -> list[Batch]:
    return run(Avature("t", "Test", f"https://{host}/careers", employer), CASES / name)


@pytest.fixture(scope="module")
def fetched() -> tuple[list[Batch], list[tuple[str, str, int | None]]]:
    settings = Settings()
    with replay_fetcher(settings, [RP]) as fetch:
        batches = list(radpartners().scrape(fetch, settings))
        return batches, list(fetch.log.requests)


@pytest.fixture(scope="module")
def batches(fetched: tuple[list[Batch], list[tuple[str, str, int | None]]]) -> list[Batch]:
    return fetched[0]


@pytest.fixture(scope="module")
def by_id(batches: list[Batch]) -> dict[str, RawPosting]:
    return {p.source_id: p for b in batches for p in b.postings}


# -- the Radiology Partners cassette --------------------------------------------------------


def test_every_radiologist_job_on_six_offset_pages_is_read(batches: list[Batch]) -> None:
    assert [b.page_url.rsplit("=", 1)[-1] for b in batches] == ["0", "6", "12", "18", "24", "30"]
    postings = [p for b in batches for p in b.postings]
    ids = [p.source_id for p in postings]
    assert len(ids) == len(set(ids)) == 25
    assert all(p.url.startswith(f"{SITE}/JobDetail/") and p.url.endswith("/" + p.source_id) for p in postings)
    assert not [e for b in batches for e in b.errors]


def test_the_last_page_completes_the_listing(batches: list[Batch]) -> None:
    assert [b.complete_listing for b in batches] == [False] * 5 + [True]


def test_other_roles_are_dropped_before_their_pages_are_fetched(
    fetched: tuple[list[Batch], list[tuple[str, str, int | None]]],
) -> None:
    batches, requests = fetched
    titles = {p.title for b in batches for p in b.postings}
    urls = [url for _method, url, _status in requests]
    for other, job_id in (
        ("CT Technologist", "31790"),
        ("Radiologist Assistant (RRA)", "31798"),
        ("Teleradiology Coordinator", "31816"),
        ("Practice Manager", "31819"),
    ):
        assert not any(other in t for t in titles)
        assert not any(u.endswith("/" + job_id) for u in urls)
    # one request per results page and radiologist job page, one retry, and robots.txt
    assert len(urls) == 1 + 6 + 25 + 1
    assert sum(b.pages_fetched for b in batches) == 6 + 25


def test_a_429_on_a_job_page_is_retried(
    fetched: tuple[list[Batch], list[tuple[str, str, int | None]]], by_id: dict[str, RawPosting]
) -> None:
    statuses = [status for _m, url, status in fetched[1] if url.endswith("/31829")]
    assert statuses == [429, 200]
    assert "31829" in by_id


def test_json_ld_pay_keeps_its_published_unit(by_id: dict[str, RawPosting]) -> None:
    hourly = by_id["31874"]
    assert pay(hourly).unit == "HOUR"
    assert (pay(hourly).min, pay(hourly).max) == (275, 300)
    shift = by_id["31859"]
    assert pay(shift).unit == "DAY" and pay(shift).min == 3600
    salary = by_id["31842"]
    assert pay(salary).unit == "YEAR" and pay(salary).currency == "USD"
    assert salary.work_mode_hint == "remote"
    assert salary.posted_date == date(2026, 11, 12)


def test_pages_without_json_ld_are_read_from_their_fields(by_id: dict[str, RawPosting]) -> None:
    page = (RP / "jobs" / "31866.html").read_text()
    assert "application/ld+json" not in page
    p = by_id["31866"]
    assert p.title == "Teleradiologist – Evening Swing Shift"
    assert p.employer == "Radiology Partners"
    assert p.work_mode_hint == "remote"
    assert p.posted_date == date(2026, 11, 9)  # from the results row
    assert (pay(p).text or "").startswith("$58 per wRVU")
    assert pay(p).min is None  # text only: the extractor reads it
    assert "Compensation: $58 per wRVU" in p.text and "IMLC" in p.text
    assert p.facts["ref"] and p.body_format == "html"


def test_practice_jobs_carry_the_practice_as_employer(by_id: dict[str, RawPosting]) -> None:
    p = by_id["31801"]
    assert p.employer == "Bayou City Radiology Associates"
    assert p.location == "Houston, TX" and p.work_mode_hint == "onsite"
    assert by_id["31838"].work_mode_hint == "hybrid"


CROSS_POSTED = {
    "31857": "54853277",
    "31811": "54844790",
    "31833": "54828749",
    "31845": "54821893",
    "31855": "54776501",
    "31868": "54812479",
}


@pytest.mark.parametrize(("rp_id", "acr_id"), sorted(CROSS_POSTED.items()))
def test_cross_posted_jobs_match_their_acr_posting(
    by_id: dict[str, RawPosting], rp_id: str, acr_id: str
) -> None:
    page = CASSETTES / "acr" / "jobs" / f"{acr_id}.html"
    card = Card(job_id=acr_id, url=f"https://jobs.acr.org/job/x/{acr_id}/", title="")
    acr = parse_acr_job(page.read_text(), card, "acr")
    rp = by_id[rp_id]
    assert (rp.employer, rp.title, rp.location) == (acr.employer, acr.title, acr.location)
    opening = next(line for line in acr.text.split("\n\n", 1)[1].splitlines() if len(line) > 60)
    assert opening in rp.text


def test_the_cassette_stores_through_the_pipeline(tmp_path: Path) -> None:
    store = Store(tmp_path / "rp.duckdb")
    settings = Settings()
    with replay_fetcher(settings, [RP]) as fetch:
        report = scrape_source(store, radpartners(), fetch, settings)
    assert report.status == "ok" and report.counts.new == 25 and report.pages == 31
    assert len(store.postings(source="radpartners")) == 25


# -- the list parser on real Avature tenants ------------------------------------------------

REAL_PAGES = [
    # file, page URL, rows, first (id, title, location, posted), offsets linked past 0
    (
        "avature_ally_search_offset0.html",
        "https://ally.avature.net/careers/SearchJobs/?jobOffset=0",
        6,
        ("17055", "Manager, Invest Fraud Strategy and Operations", "Charlotte, NC, USA", date(2026, 7, 28)),
        6,
    ),
    (
        "avature_cuboulder_search_offset0.html",
        "https://jobs.colorado.edu/jobs/SearchJobs/?jobOffset=0",
        25,
        ("73770", "Communications and Marketing Manager", "Boulder, Colorado", date(2026, 7, 28)),
        25,
    ),
    (
        "avature_forvis_search_offset0.html",
        "https://forvis.avature.net/campuscareers/SearchJobs/?jobOffset=0",
        6,
        (
            "13268",
            "Associate Audit Fall 2027 | Atlanta",
            "Atlanta, Georgia, United States",
            date(2025, 7, 23),
        ),
        6,
    ),
    (
        "avature_landolakes_search_offset0.html",
        "https://lol.avature.net/Careers/SearchJobs/?jobOffset=0",
        10,
        ("1941", None, "Uganda", date(2025, 7, 10)),
        10,
    ),
]


@needs_real
@pytest.mark.parametrize(("name", "url", "count", "first", "next_offset"), REAL_PAGES)
def test_real_tenant_pages_parse_without_tenant_rules(
    name: str, url: str, count: int, first: tuple[str, str | None, str, date], next_offset: int
) -> None:
    page = parse_search((REAL / name).read_text(encoding="utf-8"), url)
    assert len(page.rows) == count
    assert len({r.job_id for r in page.rows}) == count
    row = page.rows[0]
    job_id, title, location, posted = first
    assert row.job_id == job_id
    assert title is None or row.title == title
    assert row.location == location and row.posted == posted
    assert all(r.title and "/JobDetail/" in r.url and "?" not in r.url for r in page.rows)
    assert all(r.url.startswith(url.split("/SearchJobs")[0]) for r in page.rows)
    assert min(o for o in page.offsets if o > 0) == next_offset and page.links_past(0)
    assert not any(is_radiologist_title(r.title) for r in page.rows)


@needs_real
def test_real_pages_keep_share_links_and_labels_out_of_the_fields() -> None:
    ally = parse_search(
        (REAL / "avature_ally_search_offset0.html").read_text(encoding="utf-8"),
        "https://ally.avature.net/careers/SearchJobs/?jobOffset=0",
    )
    assert [r.ref for r in ally.rows][:2] == ["22821", "22888"]
    assert all("Share" not in (r.location or "") for r in ally.rows)
    boulder = parse_search(
        (REAL / "avature_cuboulder_search_offset0.html").read_text(encoding="utf-8"),
        "https://jobs.colorado.edu/jobs/SearchJobs/?jobOffset=0",
    )
    assert boulder.rows[0].ref == "73770"
    # a department, a job type and a closing date are not a location
    assert all("Full-Time" not in (r.location or "") for r in boulder.rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted Jul-28-2026", date(2026, 7, 28)),
        ("Posted 23-Jul-2025", date(2025, 7, 23)),
        ("Date Posted: 28-Jul-2026", date(2026, 7, 28)),
        ("Posted: 10-Jul-2025", date(2025, 7, 10)),
        ("Posting End Date: 04-Aug-2026", None),
        ("Posted 3 days ago", None),
        ("", None),
    ],
)
def test_posted_dates(text: str, expected: date | None) -> None:
    assert parse_posted(text) == expected


# -- the ugly cases -------------------------------------------------------------------------


def test_an_empty_site_is_a_complete_empty_listing() -> None:
    got = case("avature-empty", "northwindimaging.avature.net")
    assert len(got) == 1 and got[0].complete_listing and not got[0].postings and not got[0].errors


def test_an_unknown_site_is_a_recorded_fetch_error() -> None:
    got = case("avature-unknown", "nosuchpractice.avature.net")
    assert len(got) == 1 and not got[0].complete_listing
    (err,) = got[0].errors
    assert err.kind == "fetch" and "404" in err.reason and err.url.endswith("/SearchJobs/?jobOffset=0")


def test_429_then_success_reads_the_page_and_the_job() -> None:
    got = case("avature-429", "crestviewrad.avature.net", "Crestview Radiology")
    (batch,) = got
    assert batch.complete_listing and not batch.errors
    assert [p.source_id for p in batch.postings] == ["5101"]
    assert pay(batch.postings[0]).unit == "YEAR"


def test_a_job_page_without_its_description_is_a_parse_error_and_the_rest_is_read() -> None:
    (batch,) = case("avature-changed", "crestviewrad.avature.net", "Crestview Radiology")
    assert [p.source_id for p in batch.postings] == ["5201"]
    assert "Crestview Radiology is hiring" in batch.postings[0].text
    (err,) = batch.errors
    assert err.kind == "parse" and err.url.endswith("/5202") and "no job description" in err.reason
    assert batch.complete_listing  # a broken job page does not cut the listing short


def test_a_results_page_without_job_links_or_a_message_is_loud() -> None:
    (batch,) = case("avature-changed-list", "crestviewrad.avature.net")
    assert not batch.complete_listing and not batch.postings
    (err,) = batch.errors
    assert err.kind == "parse" and "markup may have changed" in err.reason


def test_past_the_end_no_jobs_found_page_ends_paging_even_with_a_next_link() -> None:
    got = case("avature-past-end", "greatplainstelerad.avature.net")
    assert [b.page_url.rsplit("=", 1)[-1] for b in got] == ["0", "6", "12"]
    assert sorted(p.source_id for b in got for p in b.postings) == ["6103", "6108"]
    assert got[-1].complete_listing and not any(b.errors for b in got)


def test_a_site_that_ignores_the_offset_stops_with_a_guard() -> None:
    got = case("avature-repeat", "greatplainstelerad.avature.net")
    assert len(got) == 2 and not any(b.complete_listing for b in got)
    (err,) = got[1].errors
    assert err.kind == "guard" and err.url.endswith("jobOffset=6")


def test_the_2000_record_window_is_a_guard_and_the_listing_stays_incomplete() -> None:
    got = case("avature-window", "summithealth.avature.net", "Summit Health")
    assert len(got) == 82  # offsets 0..2000 in steps of 25, then the error page at 2025
    assert [p.source_id for b in got for p in b.postings] == ["200001"]
    guards = [e for b in got for e in b.errors]
    assert len(guards) == 1 and guards[0].kind == "guard"
    assert guards[0].url.endswith("jobOffset=2025") and "2,000" in guards[0].reason
    assert not any(b.complete_listing for b in got)


def test_the_page_cap_stops_a_walk_short_of_the_window() -> None:
    source = Avature("radpartners", "Radiology Partners", SITE, "Radiology Partners", result_window=6)
    got = run(source, RP, Settings(page_cap=2))
    assert len(got) == 3  # max(page cap 2, 6 // 6 + 2)
    (err,) = got[-1].errors
    assert err.kind == "guard" and "page cap" in err.reason and err.url.endswith("jobOffset=18")
    assert not any(b.complete_listing for b in got)


def test_a_job_page_with_no_description_raises_parse_error() -> None:
    row = Row(job_id="1", url=f"{SITE}/JobDetail/Radiologist/1", title="Radiologist")
    with pytest.raises(ParseError, match="no job description"):
        parse_job("<html><body><h2>Radiologist</h2></body></html>", row, "radpartners", "Radiology Partners")


def test_a_site_whose_job_links_point_elsewhere_is_reported_as_moved() -> None:
    page = (
        "<html><body><ul><li><a href='https://jobs.example-health.org/careers/JobDetail/Radiologist/77'>"
        "Radiologist</a></li></ul></body></html>"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, text=page)

    settings = Settings()
    fetch = Fetcher(
        settings.http.model_copy(update={"pace": False}),
        transport=httpx.MockTransport(handler),
        sleep=lambda _s: None,
    )
    with fetch:
        (batch,) = list(
            Avature("m", "Moved", "https://moved.avature.net/careers", "Moved").scrape(fetch, settings)
        )
    (err,) = batch.errors
    assert err.kind == "parse" and "jobs.example-health.org" in err.reason and not batch.complete_listing
