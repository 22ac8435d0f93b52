"""The Workday adapter on its cassettes: POST search paging, detail calls, postedOn prose."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scout.config import Settings
from scout.models import Batch
from scout.pipeline import replay_fetcher
from scout.sources.workday import PostedOn, WorkdaySite, read_posted_on
from tests.conftest import CASSETTES

MAIN = CASSETTES / "ats-sonoran-radiology"
CASES = CASSETTES / "_cases"
TODAY = date(2026, 11, 27)
HOST = "sonoranrad.wd1.myworkdayjobs.com"


def source(site: str = "SRP_Careers") -> WorkdaySite:
    return WorkdaySite(
        "sonoran-radiology",
        "Sonoran Radiology Partners",
        HOST,
        "sonoranrad",
        site,
        today=lambda: TODAY,
    )


def scrape(folder: Path, site: str = "SRP_Careers", settings: Settings | None = None) -> list[Batch]:
    settings = settings or Settings()
    with replay_fetcher(settings, [folder]) as fetch:
        return list(source(site).scrape(fetch, settings))


@pytest.fixture(scope="module")
def batches() -> list[Batch]:
    return scrape(MAIN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted Today", PostedOn(on=TODAY)),
        ("Posted Yesterday", PostedOn(on=date(2026, 11, 26))),
        ("Posted 5 Days Ago", PostedOn(on=date(2026, 11, 22))),
        ("Posted 1 Day Ago", PostedOn(on=date(2026, 11, 26))),
        ("Posted 30+ Days Ago", PostedOn(on_or_before=date(2026, 10, 28))),
        ("posted 12 days ago", PostedOn(on=date(2026, 11, 15))),
        ("Hace 3 días", PostedOn()),
        ("", PostedOn()),
        (None, PostedOn()),
    ],
)
def test_posted_on_prose_becomes_a_date_or_a_bound(text: str | None, expected: PostedOn) -> None:
    assert read_posted_on(text, TODAY) == expected


def test_three_search_pages_of_twenty_are_read(batches: list[Batch]) -> None:
    assert len(batches) == 3
    assert [len(b.postings) for b in batches] == [5, 6, 2]
    assert [b.complete_listing for b in batches] == [False, False, True]
    assert not any(b.errors for b in batches)


def test_only_radiologist_hits_get_a_detail_call(batches: list[Batch]) -> None:
    # one search POST per page, plus one GET per radiologist (or vague) title
    assert [b.pages_fetched for b in batches] == [1 + 5, 1 + 6, 1 + 2]
    postings = [p for b in batches for p in b.postings]
    assert len({p.source_id for p in postings}) == 13
    titles = {p.title for p in postings}
    for other in ("CT Technologist – Night Shift", "Radiologist Assistant (RRA)", "Radiology Scheduler"):
        assert other not in titles
    assert "Locum Tenens Physician – Yuma" in titles  # vague title, radiologist description


def test_detail_fields(batches: list[Batch]) -> None:
    by_req = {p.facts["jobReqId"]: p for b in batches for p in b.postings}
    neuro = by_req["R-24109"]
    assert neuro.title == "Remote Neuroradiologist – Overnight Stroke Coverage"
    assert neuro.employer == "Sonoran Radiology Partners" and neuro.location == "Phoenix, AZ"
    assert neuro.work_mode_hint == "remote"  # remoteType "Fully Remote"
    assert neuro.url == (
        f"https://{HOST}/SRP_Careers/job/Phoenix-AZ/"
        "Remote-Neuroradiologist---Overnight-Stroke-Coverage_R-24109"
    )
    assert neuro.body_format == "json" and '"jobPostingInfo"' in neuro.body
    assert "Schedule: 7 on / 14 off" in neuro.text
    assert neuro.published_pay is None  # Workday has no pay field; the text carries it
    weekend = by_req["R-24192"]
    assert weekend.facts["additionalLocations"] == ["Phoenix, AZ"]
    assert "Other locations: Phoenix, AZ" in weekend.text
    assert by_req["R-24201"].work_mode_hint == "hybrid"


def test_posted_dates_from_prose_and_30_plus_kept_as_a_bound(batches: list[Batch]) -> None:
    by_req = {p.facts["jobReqId"]: p for b in batches for p in b.postings}
    assert by_req["R-24199"].posted_date == TODAY  # Posted Today
    assert by_req["R-24201"].posted_date == date(2026, 11, 26)  # Posted Yesterday
    assert by_req["R-24192"].posted_date == date(2026, 11, 20)  # Posted 7 Days Ago
    old = by_req["R-24117"]  # Posted 30+ Days Ago
    assert old.posted_date is None
    assert old.facts["posted_on_or_before"] == "2026-10-28"
    assert old.facts["postedOn"] == "Posted 30+ Days Ago"


def test_the_search_sends_the_documented_payload() -> None:
    s = source()
    assert s.search_url() == f"https://{HOST}/wday/cxs/sonoranrad/SRP_Careers/jobs"
    assert s.payload(40) == {
        "appliedFacets": {},
        "limit": 20,
        "offset": 40,
        "searchText": "radiologist",
    }


def test_page_cap_stops_paging() -> None:
    got = scrape(MAIN, settings=Settings(page_cap=2))
    assert len(got) == 2
    assert any(e.kind == "guard" and "page cap" in e.reason for e in got[-1].errors)
    assert not any(b.complete_listing for b in got)


def test_a_total_with_no_postings_is_a_guard_error() -> None:
    (batch,) = scrape(CASES / "ats-workday-claims-none")
    (err,) = batch.errors
    assert err.kind == "guard" and "reports 45 postings" in err.reason and "offset 0" in err.reason
    assert not batch.complete_listing


def test_no_hits_is_a_complete_empty_listing() -> None:
    (batch,) = scrape(CASES / "ats-workday-empty")
    assert batch.postings == [] and batch.errors == [] and batch.complete_listing


def test_detail_without_job_posting_info_is_recorded_per_job() -> None:
    (batch,) = scrape(CASES / "ats-workday-changed")
    assert batch.postings == [] and not batch.complete_listing
    assert len(batch.errors) == 3
    assert all(e.kind == "parse" and "jobPostingInfo" in e.reason for e in batch.errors)
    assert all(e.url.startswith(f"https://{HOST}/wday/cxs/sonoranrad/SRP_Careers/job/") for e in batch.errors)


def test_429_on_search_and_detail_is_retried_to_success() -> None:
    settings = Settings()
    with replay_fetcher(settings, [CASES / "ats-workday-429"]) as fetch:
        (batch,) = list(source().scrape(fetch, settings))
        statuses = [s for _m, _u, s in fetch.log.requests]
    assert statuses.count(429) == 2
    assert len(batch.postings) == 3 and batch.errors == [] and batch.complete_listing


def test_a_job_gone_before_its_detail_call_is_recorded_and_the_rest_read() -> None:
    (batch,) = scrape(CASES / "ats-workday-detail-gone")
    (err,) = batch.errors
    assert err.kind == "fetch" and "404" in err.reason and err.url.endswith("_R-24188")
    assert {p.facts["jobReqId"] for p in batch.postings} == {"R-24173", "R-24160"}
    assert not batch.complete_listing


def test_robots_disallowing_the_api_is_recorded() -> None:
    (batch,) = scrape(CASES / "ats-workday-robots")
    (err,) = batch.errors
    assert err.kind == "robots" and batch.postings == []


def test_unknown_site_is_a_recorded_404() -> None:
    (batch,) = scrape(CASES / "ats-workday-unknown", site="NoSuchSite")
    (err,) = batch.errors
    assert err.kind == "fetch" and "no career site 'NoSuchSite'" in err.reason
    assert not batch.complete_listing
