"""The Lever adapter on its cassettes: paging until a short page, salary intervals, failures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scout.config import Settings
from scout.models import Batch
from scout.pipeline import replay_fetcher, scrape_source
from scout.sources.lever import LeverSite, read_pay
from scout.store import Store
from tests.conftest import CASSETTES

MAIN = CASSETTES / "ats-keystone-locums"
CASES = CASSETTES / "_cases"


def scrape(folder: Path, site: str = "keystonelocums", settings: Settings | None = None) -> list[Batch]:
    settings = settings or Settings()
    source = LeverSite("keystone-locums", "Keystone Locums", site)
    with replay_fetcher(settings, [folder]) as fetch:
        return list(source.scrape(fetch, settings))


@pytest.fixture(scope="module")
def page() -> Batch:
    batches = scrape(MAIN)
    assert len(batches) == 1
    return batches[0]


def test_a_short_first_page_ends_paging_with_a_complete_listing(page: Batch) -> None:
    assert page.page_url.endswith("?mode=json&skip=0&limit=100")
    assert page.complete_listing and page.errors == [] and page.pages_fetched == 1
    assert len(page.postings) == 7
    assert all(p.url == f"https://jobs.lever.co/keystonelocums/{p.source_id}" for p in page.postings)


@pytest.mark.parametrize(
    "title",
    [
        "Locum Tenens Recruiter – Radiology Desk",
        "Travel CT Technologist – 13 Weeks",
        "Travel MRI Technologist",
        "Credentialing Coordinator",
        "Locum Tenens CRNA",  # vague title: the description rules it out
        "Locum Tenens Hospitalist – Nocturnist",
        "Travel Ultrasound Technologist (Sonographer)",
    ],
)
def test_other_roles_are_dropped(page: Batch, title: str) -> None:
    assert title not in {p.title for p in page.postings}


@pytest.mark.parametrize(
    ("title", "low", "high", "unit", "interval"),
    [
        ("Locum Tenens Teleradiologist – Weekend Coverage", 425, 475, "HOUR", "per-hour-wage"),
        ("Locum Radiologist – Short-Term Coverage, Alaska", 16000, 18000, "WEEK", "per-week-salary"),
        ("Locum Tenens Neuroradiologist – Remote Overnights", 3600, 3900, "DAY", "per-day-wage"),
    ],
)
def test_salary_range_is_kept_as_published(
    page: Batch, title: str, low: float, high: float, unit: str, interval: str
) -> None:
    p = next(p for p in page.postings if p.title == title)
    assert p.published_pay is not None
    assert (p.published_pay.min, p.published_pay.max) == (low, high)
    assert (p.published_pay.unit, p.published_pay.currency) == (unit, "USD")
    assert p.published_pay.text is not None and interval in p.published_pay.text


def test_a_posting_without_salary_range_keeps_its_pay_words_in_the_text(page: Batch) -> None:
    p = next(p for p in page.postings if "MRI-Heavy" in p.title)
    assert p.published_pay is None
    assert "Pay details: Paid per study: MRI $42–$48" in p.text


def test_workplace_type_created_at_and_lists(page: Batch) -> None:
    by_title = {p.title: p for p in page.postings}
    weekend = by_title["Locum Tenens Teleradiologist – Weekend Coverage"]
    assert weekend.work_mode_hint == "remote"
    assert weekend.posted_date == date(2026, 11, 2)  # createdAt in epoch milliseconds
    assert "Assignment details\n- Schedule: Saturday and Sunday" in weekend.text
    assert weekend.text.index("Assignment details") < weekend.text.index("About Keystone Locums")
    assert by_title["Locum Tenens Radiologist – Hybrid, Central Texas"].work_mode_hint == "hybrid"
    assert by_title["Locum Radiologist – Short-Term Coverage, Alaska"].work_mode_hint == "onsite"
    assert weekend.facts["commitment"] == "Locum Tenens"


def test_a_full_page_is_followed_by_the_next_until_a_short_page() -> None:
    batches = scrape(CASES / "ats-lever-paging", site="keystonebig")
    assert [b.page_url.split("skip=")[1] for b in batches] == ["0&limit=100", "100&limit=100"]
    assert [len(b.postings) for b in batches] == [4, 3]
    assert [b.complete_listing for b in batches] == [False, True]
    assert not any(b.errors for b in batches)


def test_a_site_ignoring_skip_is_stopped_by_the_repeat_guard() -> None:
    batches = scrape(CASES / "ats-lever-repeat", site="keystonebig")
    assert len(batches) == 2
    (err,) = batches[1].errors
    assert err.kind == "guard" and "repeats postings" in err.reason
    assert not any(b.complete_listing for b in batches)


def test_page_cap_stops_paging() -> None:
    batches = scrape(CASES / "ats-lever-paging", site="keystonebig", settings=Settings(page_cap=1))
    assert len(batches) == 1
    assert any(e.kind == "guard" and "page cap" in e.reason for e in batches[0].errors)
    assert not batches[0].complete_listing


def test_429_then_success_reads_the_page() -> None:
    settings = Settings()
    source = LeverSite("keystone-locums", "Keystone Locums", "keystonelocums")
    with replay_fetcher(settings, [CASES / "ats-lever-429"]) as fetch:
        (batch,) = list(source.scrape(fetch, settings))
        statuses = [s for _m, url, s in fetch.log.requests if "/v0/postings/" in url]
    assert statuses == [429, 200]
    assert len(batch.postings) == 7 and batch.errors == [] and batch.complete_listing


def test_unknown_site_is_a_recorded_404() -> None:
    (batch,) = scrape(CASES / "ats-lever-unknown", site="nosuchsite")
    (err,) = batch.errors
    assert err.kind == "fetch" and "no postings site 'nosuchsite'" in err.reason
    assert batch.postings == [] and not batch.complete_listing


def test_empty_site_is_a_complete_empty_listing() -> None:
    (batch,) = scrape(CASES / "ats-lever-empty")
    assert batch.postings == [] and batch.errors == [] and batch.complete_listing


def test_a_renamed_title_field_makes_every_posting_an_error() -> None:
    (batch,) = scrape(CASES / "ats-lever-changed")
    assert batch.postings == [] and not batch.complete_listing
    assert len(batch.errors) == 5
    assert all("no text (title) field" in e.reason for e in batch.errors)
    assert all(e.url.startswith("https://jobs.lever.co/keystonelocums/") for e in batch.errors)


def test_read_pay_keeps_an_unknown_interval_in_the_text() -> None:
    pay = read_pay({"currency": "USD", "interval": "one-time", "min": 10000, "max": 10000})
    assert pay is not None and pay.unit is None and pay.text == "USD 10,000 one-time"
    assert read_pay({"currency": "USD", "interval": "per-hour-wage"}) is None


def test_history_a_complete_listing_removes_jobs_a_broken_one_does_not(db_path: Path) -> None:
    store = Store(db_path)
    settings = Settings()
    source = LeverSite("keystone-locums", "Keystone Locums", "keystonelocums")

    def run(case: Path) -> None:
        with replay_fetcher(settings, [case]) as fetch:
            scrape_source(store, source, fetch, settings, trigger="replay")

    run(MAIN)
    assert len(store.postings(source="keystone-locums", include_removed=False)) == 7
    run(CASES / "ats-lever-changed")  # every posting unreadable: not a complete listing
    assert len(store.postings(source="keystone-locums", include_removed=False)) == 7
    run(CASES / "ats-lever-empty")  # the site really is empty: every job is gone
    assert store.postings(source="keystone-locums", include_removed=False) == []
