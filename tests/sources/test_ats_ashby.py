"""The Ashby adapter on its cassettes: listed jobs only, compensation intervals, failures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scout.config import Settings
from scout.models import Batch
from scout.pipeline import replay_fetcher
from scout.sources.ashby import AshbyBoard, read_pay
from tests.conftest import CASSETTES

MAIN = CASSETTES / "ats-radcloud-global"
CASES = CASSETTES / "_cases"


def scrape(folder: Path, board: str = "radcloud") -> list[Batch]:
    source = AshbyBoard("radcloud-global", "RadCloud Global", board)
    with replay_fetcher(Settings(), [folder]) as fetch:
        return list(source.scrape(fetch, Settings()))


@pytest.fixture(scope="module")
def board() -> Batch:
    (batch,) = scrape(MAIN)
    return batch


def test_listed_radiologist_jobs_are_read(board: Batch) -> None:
    assert board.complete_listing and board.errors == []
    titles = {p.title for p in board.postings}
    assert {
        "Teleradiologist – Work From Anywhere in the World",
        "Neuroradiologist – Global Night Coverage",
        "MSK Teleradiologist – Outpatient MRI",
        "Lead Teleradiologist, Quality & Peer Review",
        "Teleradiologist – Urgent Care Radiographs",
    } <= titles
    assert all(p.url == f"https://jobs.ashbyhq.com/radcloud/{p.source_id}" for p in board.postings)


def test_unlisted_jobs_are_skipped(board: Batch) -> None:
    assert "Teleradiologist – Pediatric Overnight (Pilot)" not in {p.title for p in board.postings}


@pytest.mark.parametrize(
    "title",
    [
        "Radiologist Success Manager",
        "Senior Backend Engineer (PACS Integrations)",
        "Licensing & Credentialing Specialist",
    ],
)
def test_other_roles_are_dropped(board: Batch, title: str) -> None:
    assert title not in {p.title for p in board.postings}


def test_a_product_designer_at_a_teleradiology_company_is_dropped(board: Batch) -> None:
    assert "Product Designer, Reading Experience" not in {p.title for p in board.postings}


@pytest.mark.parametrize(
    ("title", "low", "high", "unit"),
    [
        ("Teleradiologist – Work From Anywhere in the World", 300000, 550000, "YEAR"),
        ("Neuroradiologist – Global Night Coverage", 260, 300, "HOUR"),
        ("Teleradiologist – Urgent Care Radiographs", 180, 220, "HOUR"),
        ("MSK Teleradiologist – Outpatient MRI", None, None, None),
    ],
)
def test_compensation_is_kept_with_its_interval(
    board: Batch, title: str, low: float | None, high: float | None, unit: str | None
) -> None:
    p = next(p for p in board.postings if p.title == title)
    assert p.published_pay is not None
    assert (p.published_pay.min, p.published_pay.max, p.published_pay.unit) == (low, high, unit)
    assert p.published_pay.text and p.published_pay.text.startswith("$")
    assert f"Compensation: {p.published_pay.text}" in p.text


def test_workplace_dates_and_other_locations(board: Batch) -> None:
    p = next(p for p in board.postings if p.title.startswith("Teleradiologist – Work From"))
    assert p.work_mode_hint == "remote"
    assert p.location == "Wilmington, DE"
    assert p.posted_date is not None and p.posted_date.isoformat() == "2026-11-05"
    assert p.facts["employmentType"] == "Contract"
    assert "Other locations: Worldwide" in p.text
    assert "- You are an independent contractor (1099 for U.S. persons)." in p.text


def test_hidden_compensation_is_not_published() -> None:
    job: dict[str, Any] = {
        "shouldDisplayCompensationOnJobPostings": False,
        "compensation": {"compensationTierSummary": "$1 – $2"},
    }
    assert read_pay(job) is None


def test_compensation_from_tiers_when_summary_components_are_absent() -> None:
    job = {
        "compensation": {
            "compensationTiers": [
                {
                    "components": [
                        {"compensationType": "EquityPercentage", "minValue": 0.1},
                        {
                            "compensationType": "Salary",
                            "interval": "1 DAY",
                            "currencyCode": "USD",
                            "minValue": 2500,
                            "maxValue": 3000,
                        },
                    ]
                }
            ]
        }
    }
    pay = read_pay(job)
    assert pay is not None and (pay.min, pay.max, pay.unit, pay.currency) == (2500, 3000, "DAY", "USD")


def test_unknown_board_is_a_recorded_404() -> None:
    (batch,) = scrape(CASES / "ats-ashby-unknown", board="nosuchboard")
    (err,) = batch.errors
    assert err.kind == "fetch" and "no job board 'nosuchboard'" in err.reason
    assert not batch.complete_listing


def test_a_board_of_only_unlisted_jobs_is_complete_and_empty() -> None:
    (batch,) = scrape(CASES / "ats-ashby-empty")
    assert batch.postings == [] and batch.errors == [] and batch.complete_listing


def test_a_renamed_jobs_list_is_a_parse_error_not_an_empty_board() -> None:
    (batch,) = scrape(CASES / "ats-ashby-changed")
    (err,) = batch.errors
    assert err.kind == "parse" and "'jobs'" in err.reason
    assert batch.postings == [] and not batch.complete_listing
