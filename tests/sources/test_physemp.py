"""Physemp adapter against its hand-built cassettes: paging, JSON-LD pay units, filter, failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from scout.config import HttpSettings, Settings
from scout.http import Fetcher
from scout.models import Batch, RawPosting
from scout.pipeline import replay_fetcher, scrape_source
from scout.sources.physemp import Physemp, parse_results
from scout.store import Store
from tests.conftest import CASSETTES

BASE = "https://www.physemp.com"
LIST = BASE + "/physician/jobs/radiology?page={}"
MAIN = CASSETTES / "physemp"
CASES = CASSETTES / "_cases"

RADIOLOGIST_IDS = {
    "4471203", "4473318", "4475562", "4476011", "4477480", "4479336", "4480217", "4481109",
    "4482540", "4483015", "4483771", "4485129", "4485960", "4487310", "4488025", "4488777",
}  # fmt: skip
TITLE_DROPPED = {"4474090", "4478125", "4481876", "4486648"}  # technologists, coder, sonographer
DESCRIPTION_DROPPED = "4484402"  # "Hospitalist Physician – Nocturnist": vague title, not radiology


def run(folder: Path, settings: Settings | None = None) -> tuple[list[Batch], Fetcher]:
    settings = settings or Settings()
    fetch = replay_fetcher(settings, [folder])
    return list(Physemp().scrape(fetch, settings)), fetch


def postings(batches: list[Batch]) -> dict[str, RawPosting]:
    return {p.source_id: p for b in batches for p in b.postings}


def test_main_cassette_reads_every_page_and_keeps_only_radiologists() -> None:
    batches, fetch = run(MAIN)
    assert [b.page_url for b in batches] == [LIST.format(n) for n in (1, 2, 3)]
    assert [len(b.postings) for b in batches] == [6, 6, 4]
    assert set(postings(batches)) == RADIOLOGIST_IDS
    assert [b.complete_listing for b in batches] == [False, False, True]
    assert all(not b.errors for b in batches)
    # 3 results pages + 16 radiologist job pages + the one vague title read to decide
    assert sum(b.pages_fetched for b in batches) == 20
    fetched = {url for _m, url, _s in fetch.log.requests}
    assert not {f"{BASE}/physician/jobs/{i}" for i in TITLE_DROPPED} & fetched
    assert f"{BASE}/physician/jobs/{DESCRIPTION_DROPPED}" in fetched
    assert DESCRIPTION_DROPPED not in postings(batches)


@pytest.mark.parametrize(
    ("job_id", "lo", "hi", "unit", "text"),
    [
        ("4471203", 350, 380, "HOUR", "$350 - $380 per hour"),
        ("4473318", 310, 310, "HOUR", "$310 per hour"),
        ("4476011", 2900, 3200, "DAY", "$2,900 - $3,200 per day"),
        ("4483771", 2200, 2200, "DAY", "$2,200 per shift"),
        ("4479336", 600000, 700000, "YEAR", "$600,000 - $700,000 per year"),
    ],
)
def test_pay_is_kept_as_published_with_its_unit(
    job_id: str, lo: float, hi: float, unit: str, text: str
) -> None:
    pay = postings(run(MAIN)[0])[job_id].published_pay
    assert pay is not None
    assert (pay.min, pay.max, pay.unit, pay.currency, pay.text) == (lo, hi, unit, "USD", text)


def test_a_posting_without_baseSalary_has_no_pay() -> None:
    posting = postings(run(MAIN)[0])["4488777"]
    assert posting.published_pay is None  # "Competitive; W-2 with benefits" is not a figure
    assert "Compensation: Competitive; W-2 with benefits" in posting.text


def test_posting_fields_come_from_the_job_page_json_ld() -> None:
    p = postings(run(MAIN)[0])["4471203"]
    assert p.source == "physemp"
    assert p.url == f"{BASE}/physician/jobs/4471203"
    assert p.title == "Locum Tenens Radiologist – IR/Diagnostic"
    assert p.employer == "TrueNorth Locum Tenens"
    assert p.location == "Casper, WY"
    assert p.posted_date is not None and p.posted_date.isoformat() == "2026-09-28"
    assert p.body_format == "html" and '"@type": "JobPosting"' in p.body
    assert p.facts == {
        "Position Type": "Locum Tenens",
        "Work Setting": "On-site",
        "employmentType": "CONTRACTOR",
    }
    head, _, description = p.text.partition("\n\n")
    assert head.splitlines()[:4] == [
        "Locum Tenens Radiologist – IR/Diagnostic",
        "TrueNorth Locum Tenens",
        "Casper, WY",
        "Compensation: $350 - $380 per hour",
    ]
    assert "Rate: $350/hour diagnostic, $380/hour for IR procedure time" in description
    assert "<li>" not in p.text


@pytest.mark.parametrize(
    ("job_id", "mode"),
    [("4473318", "remote"), ("4477480", "remote"), ("4481109", "hybrid"), ("4485960", "onsite")],
)
def test_work_mode_from_telecommute_or_the_work_setting_line(job_id: str, mode: str) -> None:
    assert postings(run(MAIN)[0])[job_id].work_mode_hint == mode


def test_a_vague_title_is_kept_when_its_description_is_a_radiologist_job() -> None:
    p = postings(run(MAIN)[0])["4482540"]
    assert p.title == "Locum Tenens Opportunity – Northern Michigan"
    assert p.published_pay is not None and p.published_pay.unit == "HOUR"


def test_page_cap_stops_paging_and_says_so() -> None:
    batches, _ = run(MAIN, Settings(page_cap=2))
    assert len(batches) == 2
    assert len(postings(batches)) == 12
    assert not any(b.complete_listing for b in batches)
    [err] = batches[-1].errors
    assert (err.url, err.kind) == (LIST.format(3), "guard")
    assert "page cap" in err.reason


def test_empty_search_is_a_complete_listing_with_no_postings() -> None:
    batches, _ = run(CASES / "physemp-empty")
    assert len(batches) == 1
    assert batches[0].postings == [] and batches[0].errors == []
    assert batches[0].complete_listing is True
    assert batches[0].pages_fetched == 1


def test_429_then_success_on_the_search_and_a_job_page() -> None:
    batches, fetch = run(CASES / "physemp-429")
    assert set(postings(batches)) == {"4471203", "4480217"}  # the CT technologist is dropped
    assert all(not b.errors for b in batches)
    assert batches[-1].complete_listing is True  # the pager has no next link
    statuses = [(url, status) for _m, url, status in fetch.log.requests]
    assert statuses.count((LIST.format(1), 429)) == 1
    assert statuses.count((f"{BASE}/physician/jobs/4480217", 429)) == 1
    assert [w[1] for w in fetch.log.waits] == [1.0, 2.0]  # Retry-After honoured


def test_repeated_429s_stop_the_source_and_say_so() -> None:
    batches, _ = run(CASES / "physemp-429", Settings(http=HttpSettings(breaker_429s=1)))
    [batch] = batches
    assert batch.postings == [] and batch.complete_listing is False
    [err] = batch.errors
    assert (err.url, err.kind) == (LIST.format(1), "breaker")


def test_job_page_without_json_ld_is_recorded_and_the_others_are_kept() -> None:
    batches, _ = run(CASES / "physemp-no-jsonld")
    assert set(postings(batches)) == {"4476011", "4483015"}
    [err] = [e for b in batches for e in b.errors]
    assert err.url == f"{BASE}/physician/jobs/4477480"
    assert err.kind == "parse"
    assert "JSON-LD" in err.reason
    # a job page error does not make the listing incomplete
    assert batches[-1].complete_listing is True


def test_a_results_page_that_repeats_stops_paging_incomplete() -> None:
    batches, _ = run(CASES / "physemp-repeat")
    assert set(postings(batches)) == {"4479336", "4481109"}
    assert not any(b.complete_listing for b in batches)
    [err] = batches[-1].errors
    assert (err.url, err.kind) == (LIST.format(2), "guard")
    assert "repeats" in err.reason


def test_a_results_page_with_no_job_links_and_no_empty_message_is_an_error() -> None:
    batches, _ = run(CASES / "physemp-changed-listing")
    [batch] = batches
    assert batch.postings == [] and batch.complete_listing is False
    [err] = batch.errors
    assert (err.url, err.kind) == (LIST.format(1), "parse")
    assert "markup may have changed" in err.reason


def test_parse_results_finds_job_links_only_and_reads_the_pager() -> None:
    html = (MAIN / "search" / "radiology-3.html").read_text(encoding="utf-8")
    page = parse_results(html, LIST.format(3))
    assert [c.job_id for c in page.cards] == ["4485960", "4486648", "4487310", "4488025", "4488777"]
    assert page.cards[0].url == f"{BASE}/physician/jobs/4485960"  # the "Save" link is not a card
    assert page.last_page is True
    first = parse_results((MAIN / "search" / "radiology-1.html").read_text(encoding="utf-8"), LIST.format(1))
    assert first.last_page is False and len(first.cards) == 8


def test_a_full_run_is_stored_with_status_ok(tmp_path: Path) -> None:
    store = Store(tmp_path / "p.duckdb")
    settings = Settings()
    with replay_fetcher(settings, [MAIN]) as fetch:
        report = scrape_source(store, Physemp(), fetch, settings)
    assert report.status == "ok"
    assert report.counts.new == 16
    assert report.pages == 20
    assert {r["source_id"] for r in store.postings(source="physemp")} == RADIOLOGIST_IDS
