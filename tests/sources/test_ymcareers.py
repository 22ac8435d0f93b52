"""The YM Careers adapter on the ACR cassettes, including the ugly cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scout.config import Settings
from scout.models import Batch
from scout.pipeline import replay_fetcher
from scout.sources.ymcareers import Card, YMCareers, parse_job, parse_results
from tests.conftest import CASSETTES

ACR = CASSETTES / "acr"


@pytest.fixture(scope="module")
def batches() -> list[Batch]:
    source = YMCareers("acr", "ACR Career Center", "https://jobs.acr.org")
    with replay_fetcher(Settings(), [ACR]) as fetch:
        return list(source.scrape(fetch, Settings()))


def test_all_readable_radiologist_jobs_are_read(batches: list[Batch]) -> None:
    postings = [p for b in batches for p in b.postings]
    ids = [p.source_id for p in postings]
    assert len(ids) == len(set(ids)) == 46
    assert all(p.url.startswith("https://jobs.acr.org/job/") for p in postings)


def test_non_radiologist_cards_are_dropped_before_their_pages_are_fetched(batches: list[Batch]) -> None:
    titles = {p.title for b in batches for p in b.postings}
    for other in ("PACS Sales Executive", "CT Technologist", "Radiology Nurse Navigator"):
        assert not any(other in t for t in titles)


def test_ugly_pages_are_recorded_and_the_run_goes_on(batches: list[Batch]) -> None:
    errors = {e.url.rstrip("/").rsplit("/", 1)[-1]: e for b in batches for e in b.errors}
    assert errors["54818006"].kind == "parse"
    assert errors["54822015"].kind == "fetch" and "404" in errors["54822015"].reason
    guard = [e for b in batches for e in b.errors if e.kind == "guard"]
    assert len(guard) == 1 and guard[0].url.endswith("page=4")
    assert len(errors) == 3


def test_429_and_503_are_retried_to_success(batches: list[Batch]) -> None:
    ids = {p.source_id for b in batches for p in b.postings}
    assert "54862977" in ids  # answered 429 first
    page2 = [b for b in batches if b.page_url.endswith("keywords=radiologist&page=2")]
    assert page2 and page2[0].postings  # answered 503 first


def test_a_repeating_results_page_stops_paging_and_leaves_the_listing_incomplete(
    batches: list[Batch],
) -> None:
    assert not any(b.complete_listing for b in batches)


def test_json_ld_fields_are_read_with_the_salary_unit_kept(batches: list[Batch]) -> None:
    by_id = {p.source_id: p for b in batches for p in b.postings}
    daily = by_id["54844790"]
    assert daily.published_pay is not None and daily.published_pay.unit == "DAY"
    hourly = by_id["54843167"]
    assert hourly.published_pay is not None and hourly.published_pay.unit == "HOUR"
    assert hourly.published_pay.min == hourly.published_pay.max == 275
    remote = by_id["54855112"]
    assert remote.work_mode_hint == "remote"
    assert remote.posted_date is not None and remote.posted_date >= date(2026, 8, 15)


def test_pages_without_json_ld_are_read_from_the_html_blocks(batches: list[Batch]) -> None:
    by_id = {p.source_id: p for b in batches for p in b.postings}
    page = (ACR / "jobs" / "54859330.html").read_text()
    assert "application/ld+json" not in page
    p = by_id["54859330"]
    assert p.title.startswith("Body") and p.employer and p.location
    assert p.posted_date is not None
    assert "Salary:" in p.text and len(p.text) > 500


def test_card_parser_reads_employer_location_and_mode() -> None:
    html = (ACR / "search" / "teleradiology-1.html").read_text()
    page = parse_results(html, "https://jobs.acr.org/jobs/?keywords=teleradiology")
    assert len(page.cards) == 12
    assert page.next_url and page.next_url.endswith("page=2")
    card = page.cards[0]
    assert card.employer and card.location and "United States" not in card.location
    assert card.mode in {"remote", "hybrid", "onsite"}


def test_a_page_with_no_description_is_a_parse_error() -> None:
    from scout.errors import ParseError

    card = Card(job_id="1", url="https://jobs.acr.org/job/x/1/", title="Radiologist")
    with pytest.raises(ParseError, match="no job description"):
        parse_job("<html><body><h1>Radiologist</h1></body></html>", card, "acr")


def test_page_cap_stops_paging(tmp_path: Path) -> None:
    source = YMCareers("acr", "ACR Career Center", "https://jobs.acr.org", keywords=("radiologist",))
    settings = Settings(page_cap=1)
    with replay_fetcher(settings, [ACR]) as fetch:
        got = list(source.scrape(fetch, settings))
    assert len(got) == 1
    assert any(e.kind == "guard" and "page cap" in e.reason for e in got[0].errors)
