"""The iCIMS adapters: the Jibe API (RadNet) and the classic portal, on real pages and the cassettes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import httpx
import pytest

from scout.config import Settings
from scout.errors import ParseError
from scout.http import Fetcher
from scout.models import Batch, PublishedPay, RawPosting
from scout.pipeline import replay_fetcher, scrape_source
from scout.roles import is_radiologist, is_radiologist_title
from scout.sources.icims import (
    ICIMSClassic,
    ICIMSJibe,
    PortalRow,
    jibe_pay,
    jibe_posting,
    parse_jibe_page,
    parse_portal_job,
    parse_portal_results,
    portal_date,
    portal_location,
)
from scout.sources.ymcareers import Card
from scout.sources.ymcareers import parse_job as parse_acr_job
from scout.store import Store
from tests.conftest import CASSETTES, REPO

RADNET = CASSETTES / "radnet"
CASES = CASSETTES / "_cases"
REAL = REPO.parent / "shared" / "fixtures" / "real-ats"
needs_real = pytest.mark.skipif(
    not REAL.is_dir(), reason="shared/fixtures/real-ats is not beside this checkout"
)
PORTAL = "https://careers-lakeviewhealth.icims.com"


def pay(posting: RawPosting) -> PublishedPay:
    assert posting.published_pay is not None, posting.source_id
    return posting.published_pay


def radnet() -> ICIMSJibe:
    return ICIMSJibe("radnet", "RadNet", "https://careers.radnet.com", "RadNet")


def lakeview(*keywords: str) -> ICIMSClassic:
    return ICIMSClassic("lakeview", "Lakeview Health", PORTAL, "Lakeview Health", keywords=keywords)


def run(
    source: ICIMSJibe | ICIMSClassic, folder: Path, settings: Settings | None = None
) -> tuple[list[Batch], list[str]]:
    settings = settings or Settings()
    with replay_fetcher(settings, [folder]) as fetch:
        batches = list(source.scrape(fetch, settings))
        return batches, [url for _method, url, _status in fetch.log.requests]


@pytest.fixture(scope="module")
def jibe() -> list[Batch]:
    return run(radnet(), RADNET)[0]


@pytest.fixture(scope="module")
def jibe_by_id(jibe: list[Batch]) -> dict[str, RawPosting]:
    return {p.source_id: p for b in jibe for p in b.postings}


# -- Jibe: the RadNet cassette --------------------------------------------------------------


def test_radiologists_are_kept_from_two_pages_of_mostly_technologists(jibe: list[Batch]) -> None:
    assert [b.page_url for b in jibe] == [
        "https://careers.radnet.com/api/jobs?page=1&limit=100",
        "https://careers.radnet.com/api/jobs?page=2&limit=100",
    ]
    assert [len(b.postings) for b in jibe] == [12, 3]
    assert [b.complete_listing for b in jibe] == [False, True]
    assert [b.pages_fetched for b in jibe] == [1, 1]
    assert not any(b.errors for b in jibe)
    served = [json.loads((RADNET / "api" / f"jobs-page-{n}.json").read_text())["jobs"] for n in (1, 2)]
    assert sum(len(jobs) for jobs in served) == 118
    titles = {p.title for b in jibe for p in b.postings}
    assert all("Technologist" not in t and "Nurse" not in t and "Liaison" not in t for t in titles)


def test_each_posting_links_to_its_page_on_the_career_site(jibe_by_id: dict[str, RawPosting]) -> None:
    p = jibe_by_id["186402"]
    assert p.url == "https://careers.radnet.com/jobs/186402"
    assert p.body_format == "json" and json.loads(p.body)["data"]["req_id"] == "186402"
    assert p.employer == "RadNet" and p.location == "Los Angeles, CA"
    assert p.posted_date == date(2026, 11, 6)
    assert "Pay: USD 520,000.00 - 610,000.00 YEARLY" in p.text and "DeepHealth" in p.text


def test_pay_fields_are_kept_as_published(jibe_by_id: dict[str, RawPosting]) -> None:
    hourly = pay(jibe_by_id["187342"])
    assert (hourly.min, hourly.max, hourly.unit, hourly.currency) == (300, 340, "HOUR", "USD")
    daily = pay(jibe_by_id["186118"])
    assert (daily.min, daily.max, daily.unit) == (2400, 2800, "DAY")
    assert pay(jibe_by_id["186402"]).unit == "YEAR"
    # zeros mean the employer published no pay, not that the job pays nothing
    assert jibe_by_id["186977"].published_pay is None and jibe_by_id["185511"].published_pay is None


def test_remote_jobs_say_so(jibe_by_id: dict[str, RawPosting]) -> None:
    assert jibe_by_id["187342"].work_mode_hint == "remote" and jibe_by_id["187342"].location == "Remote"
    assert jibe_by_id["187205"].work_mode_hint == "remote"
    assert jibe_by_id["186402"].work_mode_hint is None


CROSS_POSTED = {"186551": "54803370", "187018": "54848421", "186843": "54826117", "187077": "54841003"}


@pytest.mark.parametrize(("radnet_id", "acr_id"), sorted(CROSS_POSTED.items()))
def test_cross_posted_jobs_match_their_acr_posting(
    jibe_by_id: dict[str, RawPosting], radnet_id: str, acr_id: str
) -> None:
    page = CASSETTES / "acr" / "jobs" / f"{acr_id}.html"
    acr = parse_acr_job(page.read_text(), Card(job_id=acr_id, url="https://jobs.acr.org/", title=""), "acr")
    ours = jibe_by_id[radnet_id]
    assert (ours.employer, ours.title, ours.location) == (acr.employer, acr.title, acr.location)
    opening = next(line for line in acr.text.split("\n\n", 1)[1].splitlines() if len(line) > 60)
    assert opening in ours.text


def test_the_radnet_cassette_stores_through_the_pipeline(tmp_path: Path) -> None:
    store = Store(tmp_path / "radnet.duckdb")
    settings = Settings()
    with replay_fetcher(settings, [RADNET]) as fetch:
        report = scrape_source(store, radnet(), fetch, settings)
    assert report.status == "ok" and report.counts.new == 15 and report.pages == 2


def test_the_page_cap_stops_jibe_paging() -> None:
    batches, _ = run(radnet(), RADNET, Settings(page_cap=1))
    (batch,) = batches
    (err,) = batch.errors
    assert err.kind == "guard" and err.url.endswith("page=2&limit=100") and not batch.complete_listing


@needs_real
def test_a_real_jibe_response_parses() -> None:
    jobs, total = parse_jibe_page((REAL / "jibe_jcp_jobs.json").read_text(encoding="utf-8"), "x")
    assert total == 6172 and len(jobs) == 2
    postings = [jibe_posting(j, "https://jobs.jcp.com", "jcp", "JCPenney") for j in jobs]
    assert [(p.source_id, p.title, p.location) for p in postings if p] == [
        ("9291", "Store Manager", "Thornton, CO"),
        ("9282", "Assistant Designer", "New York, NY"),
    ]
    first = postings[0]
    assert first is not None
    assert first.url == "https://jobs.jcp.com/jobs/9291" and first.employer == "JCPenney"
    assert first.posted_date == date(2026, 7, 27) and first.published_pay is None
    assert not any(p and is_radiologist(p.title, p.text) for p in postings)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<html><body>Careers</body></html>", "did not answer with JSON"),
        ('{"results": []}', "without a 'jobs' list"),
        ("[1, 2]", "without a 'jobs' list"),
    ],
)
def test_a_body_that_is_not_the_jobs_json_is_a_parse_error(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_jibe_page(text, "https://careers.example.com/api/jobs?page=1&limit=100")


def test_a_jibe_job_without_id_or_title_is_skipped() -> None:
    assert jibe_posting({"data": {"title": "Radiologist"}}, "https://x", "s", "E") is None
    assert jibe_posting({"data": {"slug": "1", "title": " "}}, "https://x", "s", "E") is None


# -- Jibe: the ugly cases -------------------------------------------------------------------

HARBOR = "https://careers.harborviewimaging.com"


def test_jibe_empty_site_is_a_complete_empty_listing() -> None:
    (batch,), _ = run(ICIMSJibe("h", "H", HARBOR, "Harborview Imaging"), CASES / "icims-jibe-empty")
    assert batch.complete_listing and not batch.postings and not batch.errors


def test_jibe_unknown_site_is_a_recorded_fetch_error() -> None:
    source = ICIMSJibe("n", "N", "https://careers.nosuchradiology.com", "Nobody")
    (batch,), _ = run(source, CASES / "icims-jibe-unknown")
    (err,) = batch.errors
    assert err.kind == "fetch" and "404" in err.reason and not batch.complete_listing


def test_jibe_429_then_success() -> None:
    (batch,), urls = run(ICIMSJibe("h", "H", HARBOR, "Harborview Imaging"), CASES / "icims-jibe-429")
    assert urls.count(f"{HARBOR}/api/jobs?page=1&limit=100") == 2
    assert [p.source_id for p in batch.postings] == ["90412"]
    assert pay(batch.postings[0]).unit == "HOUR" and batch.complete_listing


def test_jibe_html_instead_of_json_is_loud() -> None:
    (batch,), _ = run(ICIMSJibe("h", "H", HARBOR, "Harborview Imaging"), CASES / "icims-jibe-changed")
    (err,) = batch.errors
    assert err.kind == "parse" and "JSON" in err.reason and not batch.complete_listing


# -- classic portal -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def classic() -> tuple[list[Batch], list[str]]:
    return run(lakeview("radiologist", "teleradiology"), CASES / "icims-classic")


def test_portal_pages_are_followed_until_there_is_no_rel_next(classic: tuple[list[Batch], list[str]]) -> None:
    batches, _ = classic
    assert [b.page_url.split("searchKeyword=")[1] for b in batches] == [
        "radiologist&pr=0&in_iframe=1",
        "radiologist&pr=1&in_iframe=1",
        "radiologist&pr=2&in_iframe=1",
        "teleradiology&pr=0&in_iframe=1",
    ]
    assert [b.complete_listing for b in batches] == [False, False, False, True]
    assert sorted(p.source_id for b in batches for p in b.postings) == ["4471", "4486", "4502", "4519"]
    assert not any(b.errors for b in batches)


def test_portal_job_pages_are_fetched_once_in_iframe_mode(classic: tuple[list[Batch], list[str]]) -> None:
    _, urls = classic
    jobs = [u for u in urls if "/job?" in u]
    assert len(jobs) == 4 and all(u.endswith("/job?in_iframe=1") for u in jobs)
    assert sum("/jobs/4471/" in u for u in jobs) == 1  # seen again in the second search, not refetched
    assert not any(f"/jobs/{i}/" in u for u in jobs for i in ("4390", "4401", "4433", "4455", "4461"))


def test_portal_postings_read_json_ld_and_html_blocks(classic: tuple[list[Batch], list[str]]) -> None:
    by_id = {p.source_id: p for b in classic[0] for p in b.postings}
    p = by_id["4471"]
    assert p.url == f"{PORTAL}/jobs/4471/diagnostic-radiologist/job"
    assert (p.employer, p.location, p.posted_date) == ("Lakeview Health", "Green Bay, WI", date(2026, 11, 4))
    assert (pay(p).min, pay(p).max, pay(p).unit) == (520000, 600000, "YEAR")
    night = by_id["4502"]
    assert night.work_mode_hint == "remote" and pay(night).unit == "DAY" and pay(night).min == 2900
    html_only = by_id["4519"]
    assert "application/ld+json" not in html_only.body
    assert pay(html_only).text == "USD $480,000.00 - USD $540,000.00 /Yr." and pay(html_only).min is None
    assert html_only.posted_date == date(2026, 10, 16) and html_only.location == "Oshkosh, WI"
    assert "MQSA qualification required" in html_only.text and html_only.facts["ref"] == "2026-4519"


REAL_PORTALS = [
    # file, host, rows, has next page, first (id, title, location, posted)
    (
        "icims_gdms_search_page1.html",
        "careers-gdms",
        20,
        True,
        ("73835", "Skillbridge - Embedded Software Engineer", "Fairfax Station, VA", date(2026, 7, 28)),
    ),
    (
        "icims_matchretail_search_page1.html",
        "careers-wow",
        19,
        False,
        ("10493", "Sales Associate Part Time - Centerpoint Mall", "Toronto, ON, CA", None),
    ),
    (
        "icims_petsuppliesplus_search_page1.html",
        "careers-petsuppliesplus",
        20,
        True,
        ("18075", "Groomer", "Seguin, TX", None),
    ),
    (
        "icims_tfghospitality_search_page1.html",
        "careers-tfghospitality",
        20,
        True,
        ("8149", "Commis II", "Silver Sands Beach", date(2026, 7, 23)),
    ),
]


@needs_real
@pytest.mark.parametrize(("name", "host", "count", "has_next", "first"), REAL_PORTALS)
def test_real_portal_pages_parse_without_tenant_rules(
    name: str, host: str, count: int, has_next: bool, first: tuple[str, str, str, date | None]
) -> None:
    url = f"https://{host}.icims.com/jobs/search?ss=1&searchKeyword=&pr=0&in_iframe=1"
    page = parse_portal_results((REAL / name).read_text(encoding="utf-8"), url)
    assert len(page.rows) == len({r.job_id for r in page.rows}) == count
    assert page.has_next is has_next and not page.says_no_jobs
    row = page.rows[0]
    assert (row.job_id, row.title, row.location, row.posted) == first
    assert all(
        r.url.startswith(f"https://{host}.icims.com/jobs/") and r.url.endswith("/job") for r in page.rows
    )
    assert all(r.title and r.location for r in page.rows)
    assert not any(is_radiologist_title(r.title) for r in page.rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US-VA-Fairfax Station", "Fairfax Station, VA"),
        ("CA-ON-Toronto", "Toronto, ON, CA"),
        ("US-CA-Chino | US-CA-Irvine", "Chino, CA; Irvine, CA"),
        ("Silver Sands Beach", "Silver Sands Beach"),
        ("", None),
    ],
)
def test_portal_locations(text: str, expected: str | None) -> None:
    assert portal_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7/28/2026 2:40 PM", date(2026, 7, 28)),
        ("23/07/2026 08:17", date(2026, 7, 23)),
        ("09/07/2026 12:18", None),  # 9 July or 7 September: tenants differ, so no guess
        ("07/07/2026", date(2026, 7, 7)),
        ("23 minutes ago", None),
    ],
)
def test_portal_dates_are_read_only_when_unambiguous(text: str, expected: date | None) -> None:
    assert portal_date(text) == expected


def test_portal_empty_search_is_complete() -> None:
    (batch,), _ = run(lakeview("radiologist"), CASES / "icims-classic-empty")
    assert batch.complete_listing and not batch.postings and not batch.errors


def test_portal_unknown_host_is_a_recorded_fetch_error() -> None:
    source = ICIMSClassic(
        "n", "N", "https://careers-nosuchhospital.icims.com", "Nobody", keywords=("radiologist",)
    )
    (batch,), _ = run(source, CASES / "icims-classic-unknown")
    (err,) = batch.errors
    assert err.kind == "fetch" and "404" in err.reason and not batch.complete_listing


def test_portal_job_page_that_lost_its_description_is_a_parse_error() -> None:
    (batch,), _ = run(lakeview("radiologist"), CASES / "icims-classic-changed")
    assert [p.source_id for p in batch.postings] == ["4471"]
    (err,) = batch.errors
    assert err.kind == "parse" and "/jobs/4486/" in err.url and "no job description" in err.reason
    assert batch.complete_listing


def test_portal_wrapper_page_without_rows_is_loud() -> None:
    (batch,), _ = run(lakeview("radiologist"), CASES / "icims-classic-wrapper")
    (err,) = batch.errors
    assert err.kind == "parse" and "markup may have changed" in err.reason and not batch.complete_listing


def test_portal_page_cap_is_a_guard() -> None:
    batches, _ = run(lakeview("radiologist"), CASES / "icims-classic", Settings(page_cap=1))
    (batch,) = batches
    (err,) = batch.errors
    assert err.kind == "guard" and "pr=1" in err.url and not batch.complete_listing


def test_a_portal_job_page_with_no_description_raises_parse_error() -> None:
    row = PortalRow(job_id="1", url=f"{PORTAL}/jobs/1/radiologist/job", title="Radiologist")
    with pytest.raises(ParseError, match="no job description"):
        parse_portal_job("<html><body><h1>Radiologist</h1></body></html>", row, "lakeview", "Lakeview Health")


def test_a_jibe_site_that_ignores_the_page_number_stops_with_a_guard() -> None:
    body = json.dumps(
        {
            "jobs": [
                {
                    "data": {
                        "slug": "1",
                        "title": "Radiologist",
                        "description": "<p>Board-certified radiologist.</p>",
                    }
                },
                {"data": {"slug": "2", "title": "CT Technologist"}},
            ],
            "totalCount": 10,
        }
    )

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, text=body, headers={"content-type": "application/json"})

    settings = Settings()
    fetch = Fetcher(
        settings.http.model_copy(update={"pace": False}),
        transport=httpx.MockTransport(handler),
        sleep=lambda _s: None,
    )
    source = ICIMSJibe("r", "R", "https://careers.example-imaging.com", "Example Imaging", page_size=2)
    with fetch:
        batches = list(source.scrape(fetch, settings))
    assert [len(b.postings) for b in batches] == [1, 0]
    (err,) = batches[1].errors
    assert err.kind == "guard" and err.url.endswith("page=2&limit=2")
    assert not any(b.complete_listing for b in batches)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"salary_min_value": 300, "salary_max_value": 340, "salary_frequency": "HOURLY"},
            (300, 340, "HOUR"),
        ),
        (
            {"salary_min_value": "2,400", "salary_max_value": "2800", "salary_frequency": "daily"},
            (2400, 2800, "DAY"),
        ),
        ({"salary_value": 95000, "salary_frequency": "ANNUAL"}, (95000, 95000, "YEAR")),
        ({"salary_max_value": 340, "salary_frequency": "HOURLY"}, (None, 340, "HOUR")),
        ({"salary_min_value": 50, "salary_frequency": "PER_STUDY"}, (50, None, "PER_STUDY")),
        ({"salary_min_value": 0, "salary_max_value": 0, "salary_frequency": ""}, None),
        ({"salary_min_value": "", "salary_max_value": None}, None),
    ],
)
def test_jibe_pay_fields(
    fields: dict[str, object], expected: tuple[float | None, float | None, str] | None
) -> None:
    got = jibe_pay(fields)
    assert (None if got is None else (got.min, got.max, got.unit)) == expected
