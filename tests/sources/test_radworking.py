"""Radworking adapter against its hand-built cassettes: tables, employer-in-title, stale ads, failures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scout.config import HttpSettings, Settings
from scout.http import Fetcher
from scout.models import Batch, RawPosting
from scout.pipeline import replay_fetcher, scrape_source
from scout.sources.radworking import Radworking, parse_listing, parse_posted, split_title, work_mode
from scout.store import Store
from tests.conftest import CASSETTES

BASE = "http://www.radworking.com"
LIST = BASE + "/jobs/radiology-jobs.html?page={}"
MAIN = CASSETTES / "radworking"
CASES = CASSETTES / "_cases"
TODAY = date(2026, 11, 27)  # the cassettes' recording date

CURRENT_IDS = {
    "61872", "61790", "61955", "61640", "61512", "61811", "61921", "61588",
    "61744", "61430", "61599", "61682", "61900", "61480", "60981", "61835",
}  # fmt: skip
STALE_IDS = {"31244", "44207", "38815", "52310", "58402", "60215"}  # 2018 ... Jul 10 2026
TITLE_DROPPED = {"61703", "61699", "61777"}  # CT technologist, radiologist assistant, sonographer


def run(folder: Path, settings: Settings | None = None, today: date = TODAY) -> tuple[list[Batch], Fetcher]:
    settings = settings or Settings()
    fetch = replay_fetcher(settings, [folder])
    return list(Radworking(today=lambda: today).scrape(fetch, settings)), fetch


def postings(batches: list[Batch]) -> dict[str, RawPosting]:
    return {p.source_id: p for b in batches for p in b.postings}


def job_url(slug_id: str) -> str:
    return f"{BASE}/jobs/{slug_id}.html"


def test_main_cassette_keeps_current_radiologist_ads_only() -> None:
    batches, fetch = run(MAIN)
    assert [b.page_url for b in batches] == [LIST.format(n) for n in (0, 1, 2)]
    assert set(postings(batches)) == CURRENT_IDS
    assert [len(b.postings) for b in batches] == [6, 6, 4]
    assert [b.complete_listing for b in batches] == [False, False, True]
    assert all(not b.errors for b in batches)
    # 3 listing pages + 22 job pages (stale ads must be read to learn their date)
    assert sum(b.pages_fetched for b in batches) == 25
    fetched = " ".join(url for _m, url, _s in fetch.log.requests)
    assert not any(f"-{i}.html" in fetched for i in TITLE_DROPPED)
    assert all(f"-{i}.html" in fetched for i in STALE_IDS)
    skipped = sum(b.skipped.get("stale: posted over 120 days ago", 0) for b in batches)
    assert skipped == len(STALE_IDS)


def test_the_run_summary_says_how_many_stale_ads_were_skipped(tmp_path: Path) -> None:
    settings = Settings()
    store = Store(tmp_path / "s.duckdb")
    report = scrape_source(
        store, Radworking(today=lambda: TODAY), replay_fetcher(settings, [MAIN]), settings
    )
    assert report.skipped == {"stale: posted over 120 days ago": 6}
    assert report.skipped_text() == ", 6 skipped (stale: posted over 120 days ago)"


def test_stale_cutoff_follows_the_setting_and_the_injected_today() -> None:
    # 600 days keeps the Jun 2025 and Jul 2026 ads; 2023 and older still go
    kept = postings(run(MAIN, Settings(radworking_max_age_days=600))[0])
    assert set(kept) == CURRENT_IDS | {"58402", "60215"}
    # a year later, everything dated is stale and only the undated ad is left
    later = postings(run(MAIN, today=date(2027, 12, 1))[0])
    assert set(later) == {"61835"}


@pytest.mark.parametrize(
    ("job_id", "employer", "title", "location"),
    [
        # "Employer: Title"
        ("61872", "Sentinel Night Radiology", "Teleradiologist – Overnight (7 on/7 off)", "Austin, TX"),
        ("61744", "Laurel Highlands Imaging", "On-site Breast Imaging Radiologist", "Johnstown, PA"),
        # "Employer (City, ST) | Title"
        (
            "61921",
            "High Plains Imaging Associates",
            "Radiologist – Private Practice Partnership Track",
            "Amarillo, TX",
        ),
        # a headline, not an employer: the name comes from the #JobDetail table
        (
            "61512",
            "Prairie Rivers Radiology, S.C.",
            "Diagnostic Radiology | No Call | Top Earnings",
            "Peoria, IL",
        ),
        # agency post for a confidential client: the agency is the employer; "ST USA" becomes "ST"
        ("61599", "Crescent Locum Partners", "Interventional Radiology Locums - Daily Rate", "GA"),
        ("61588", "TrueNorth Locum Tenens", "Locum Tenens Radiologist – IR/Diagnostic", "Casper, WY"),
    ],
)
def test_employer_title_and_location(job_id: str, employer: str, title: str, location: str) -> None:
    p = postings(run(MAIN)[0])[job_id]
    assert (p.employer, p.title, p.location) == (employer, title, location)


def test_posting_fields_facts_and_text() -> None:
    p = postings(run(MAIN)[0])["61640"]
    assert p.source == "radworking"
    assert p.url == job_url("locum-radiologist-325-hr-weekend-telerad-61640")
    assert p.posted_date == date(2026, 11, 9)
    assert p.body_format == "html" and 'id="CompanyJobHeader"' in p.body
    assert p.published_pay is not None and p.published_pay.text == "$325/hr"
    assert p.published_pay.unit is None  # Radworking gives the rate as text only
    assert p.facts == {
        "agency": True,
        "ref": "RW61640",
        "agency_name": "Bluewater Locums",
        "Position Type": "Locum Tenens",
        "Workload": "Part Time",
        "Subspecialty": "Teleradiology",
        "Compensation": "$325/hr",
    }
    head, _, description = p.text.partition("\n\n")
    assert head.splitlines() == [
        "Locum Radiologist - $325/hr - Weekend Telerad",
        "Bluewater Locums",
        "PA",
        "Position Type: Locum Tenens",
        "Workload: Part Time",
        "Subspecialty: Teleradiology",
        "Compensation: $325/hr",
        "Posted by a recruiting agency: Bluewater Locums",
    ]
    assert "$325/hr, 1099 through Bluewater Locums." in p.text
    assert "<br>" not in description


@pytest.mark.parametrize(
    ("job_id", "pay_text"),
    [("61872", "$3,400 per shift"), ("61512", "$72/wRVU"), ("60981", "$1,900/day"), ("61790", None)],
)
def test_pay_line_is_kept_as_the_board_shows_it(job_id: str, pay_text: str | None) -> None:
    pay = postings(run(MAIN)[0])[job_id].published_pay
    assert (pay.text if pay else None) == pay_text


def test_per_click_rates_stay_in_the_text() -> None:
    p = postings(run(MAIN)[0])["61790"]
    assert "XR $8 | US $22 | CT $34 | CTA $40 | MRI $48" in p.text


@pytest.mark.parametrize(
    ("job_id", "mode"),
    [
        ("61790", "remote"),  # "Remote Radiologist" in the title
        ("61744", "onsite"),  # "On-site" in the title
        ("61872", "remote"),  # filed under Subspecialty: Teleradiology
        ("61512", None),  # nothing says
    ],
)
def test_work_mode_hint(job_id: str, mode: str | None) -> None:
    assert postings(run(MAIN)[0])[job_id].work_mode_hint == mode


def test_an_undated_ad_is_kept() -> None:
    p = postings(run(MAIN)[0])["61835"]
    assert p.posted_date is None
    assert p.employer == "Aurora Locum Staffing"


def test_page_cap_stops_paging_and_says_so() -> None:
    batches, _ = run(MAIN, Settings(page_cap=2))
    assert len(batches) == 2
    assert not any(b.complete_listing for b in batches)
    [err] = batches[-1].errors
    assert (err.url, err.kind) == (LIST.format(2), "guard")


def test_empty_listing_is_complete_with_no_postings() -> None:
    [batch] = run(CASES / "radworking-empty")[0]
    assert batch.postings == [] and batch.errors == []
    assert batch.complete_listing is True


def test_429_then_success_on_the_listing_and_a_job_page() -> None:
    batches, fetch = run(CASES / "radworking-429")
    assert set(postings(batches)) == {"61640", "61430"}
    assert all(not b.errors for b in batches)
    assert [b.page_url for b in batches] == [LIST.format(0), LIST.format(1)]
    assert batches[-1].complete_listing is True  # page 1 is empty: the end of the listing
    statuses = [(url, status) for _m, url, status in fetch.log.requests]
    assert statuses.count((LIST.format(0), 429)) == 1
    assert statuses.count((job_url("remote-neuroradiologist-85-wrvu-flexible-hours-61430"), 429)) == 1
    assert [w[1] for w in fetch.log.waits] == [1.0, 2.0]


def test_repeated_429s_stop_the_source_and_say_so() -> None:
    batches, _ = run(CASES / "radworking-429", Settings(http=HttpSettings(breaker_429s=1)))
    [batch] = batches
    assert batch.postings == [] and batch.complete_listing is False
    [err] = batch.errors
    assert (err.url, err.kind) == (LIST.format(0), "breaker")


def test_job_page_without_description_is_recorded_and_the_others_are_kept() -> None:
    batches, _ = run(CASES / "radworking-no-description")
    assert set(postings(batches)) == {"61872", "61512"}
    [err] = [e for b in batches for e in b.errors]
    assert err.url == job_url("remote-radiologist-per-click-61790")
    assert err.kind == "parse"
    assert ".description_comments" in err.reason
    assert batches[-1].complete_listing is True


def test_a_listing_page_that_repeats_stops_paging_incomplete() -> None:
    batches, _ = run(CASES / "radworking-repeat")
    assert set(postings(batches)) == {"61921", "61744"}
    assert not any(b.complete_listing for b in batches)
    [err] = batches[-1].errors
    assert (err.url, err.kind) == (LIST.format(1), "guard")


def test_a_listing_with_no_table_links_and_no_empty_message_is_an_error() -> None:
    [batch] = run(CASES / "radworking-changed-listing")[0]
    assert batch.postings == [] and batch.complete_listing is False
    [err] = batch.errors
    assert (err.url, err.kind) == (LIST.format(0), "parse")


def test_parse_listing_takes_job_links_from_table_cells_and_reads_the_pager() -> None:
    html = (MAIN / "list" / "radiology-jobs-2.html").read_text(encoding="utf-8")
    page = parse_listing(html, LIST.format(2))
    assert [c.job_id for c in page.cards] == [
        "61900", "58402", "61777", "61480", "60981", "60215", "61835",
    ]  # fmt: skip
    assert page.pages_linked == {0, 1}  # the last page links back only
    first = parse_listing(
        (MAIN / "list" / "radiology-jobs-0.html").read_text(encoding="utf-8"), LIST.format(0)
    )
    assert 1 in first.pages_linked and len(first.cards) == 9


@pytest.mark.parametrize(
    ("raw", "employer", "title", "location"),
    [
        (
            "Select Radiology Solutions: On-site Breast Imaging Radiologist",
            "Select Radiology Solutions",
            "On-site Breast Imaging Radiologist",
            None,
        ),
        (
            "Radiology Associates Imaging (Daytona Beach, FL) | Remote Radiologist",
            "Radiology Associates Imaging",
            "Remote Radiologist",
            "Daytona Beach, FL",
        ),
        (
            "Diagnostic Imaging Services: On-site Diagnostic Radiologist",
            "Diagnostic Imaging Services",
            "On-site Diagnostic Radiologist",
            None,
        ),
        # near-misses: specialties, headlines and places are not employers
        ("Radiology - MSK or Body Imaging | Dallas, TX", None, None, None),
        ("Diagnostic Radiology | No Call | Earnings", None, None, None),
        ("Build & Lead an Onsite Breast Imaging Program | Florida", None, None, None),
        ("Diagnostic Radiology - Hybrid | Great Lakes Coastal Town", None, None, None),
        ("Teleradiology: Overnight Radiologist Needed", None, None, None),
        ("Board Certified Radiologist: Nights", None, None, None),
        ("URGENT: Locum Radiologist", None, None, None),
        ("Florida: Remote Radiologist", None, None, None),
        ("Radiologist Opportunity", None, None, None),
    ],
)
def test_split_title(raw: str, employer: str | None, title: str | None, location: str | None) -> None:
    assert split_title(raw) == (employer, title or raw, location)


@pytest.mark.parametrize(
    ("title", "mode"),
    [
        ("Remote Radiologist", "remote"),
        ("On-site Breast Imaging Radiologist", "onsite"),
        ("Onsite Breast Imaging Radiologist", "onsite"),
        ("Diagnostic Radiology - Hybrid | Great Lakes Coastal Town", "hybrid"),
        ("Body Radiologist - Partnership Track", None),
    ],
)
def test_work_mode_from_title(title: str, mode: str | None) -> None:
    assert work_mode(title) == mode


@pytest.mark.parametrize(
    ("text", "posted"),
    [
        ("Posted: Nov 02, 2026", date(2026, 11, 2)),
        ("Posted: Mar 14, 2018", date(2018, 3, 14)),
        ("Posted: September 8, 2023", date(2023, 9, 8)),
        ("Posted:", None),
        ("", None),
    ],
)
def test_parse_posted(text: str, posted: date | None) -> None:
    assert parse_posted(text) == posted


def test_a_full_run_is_stored_with_status_ok(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.duckdb")
    settings = Settings()
    with replay_fetcher(settings, [MAIN]) as fetch:
        report = scrape_source(store, Radworking(today=lambda: TODAY), fetch, settings)
    assert report.status == "ok"
    assert report.counts.new == 16
    assert {r["source_id"] for r in store.postings(source="radworking")} == CURRENT_IDS


def test_a_listed_job_whose_page_failed_is_not_marked_removed(tmp_path: Path) -> None:
    settings = Settings()
    store = Store(tmp_path / "r.duckdb")
    for folder in (MAIN, CASES / "radworking-no-description"):
        scrape_source(store, Radworking(today=lambda: TODAY), replay_fetcher(settings, [folder]), settings)
    removed = {p["source_id"]: p["removed_at"] is not None for p in store.postings()}
    # its page could not be read in the second run, but the complete listing still showed it
    assert removed["61790"] is False
    # jobs the second, complete listing no longer showed are gone
    assert removed["61430"] is True
