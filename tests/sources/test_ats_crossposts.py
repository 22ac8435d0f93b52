"""The demo's cross-posted jobs: the same job on ACR and on the employer's own board reads alike.

These pairs are what the demo's one-offer-per-job merge must join; if either cassette drifts, the
demo stops showing multi-source offers, so the pairs are checked here.
"""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from scout.config import Settings
from scout.models import RawPosting
from scout.pipeline import replay_fetcher
from scout.sources.registry import load_registry, registry_sources
from scout.sources.ymcareers import Card, parse_job
from tests.conftest import CASSETTES

# ACR job id -> (registry employer, the employer board's id for the same job)
PAIRS = [
    ("54779864", "lakeshore-telerad", "4512378008"),
    ("54859330", "lakeshore-telerad", "4601127008"),
    ("54851868", "keystone-locums", "7d0b6c4e-2f1a-4b8e-9c3d-51a2e8f04b11"),
    ("54773155", "keystone-locums", "3a9e51f2-8c47-4d06-b1f5-0e6c2d7a9310"),
    ("54855112", "radcloud-global", "0b6f7c1e-93a2-4d5b-8e0f-2a7c4d19e6b3"),
    ("54807715", "sonoran-radiology", "R-24117"),  # Workday: matched by requisition
    ("54806651", "sonoran-radiology", "R-24109"),
]


@pytest.fixture(scope="module")
def employer_postings() -> dict[tuple[str, str], RawPosting]:
    entries = load_registry([CASSETTES / "demo-employers.toml"])
    out: dict[tuple[str, str], RawPosting] = {}
    settings = Settings()
    with replay_fetcher(settings, [CASSETTES / f"ats-{e.key}" for e in entries]) as fetch:
        for source in registry_sources(entries):
            for batch in source.scrape(fetch, settings):
                for p in batch.postings:
                    out[(p.source, p.facts.get("jobReqId", p.source_id))] = p
    return out


def acr_posting(job_id: str) -> RawPosting:
    html = (CASSETTES / "acr" / "jobs" / f"{job_id}.html").read_text(encoding="utf-8")
    card = Card(job_id=job_id, url=f"https://jobs.acr.org/job/x/{job_id}/", title="")
    return parse_job(html, card, "acr")


def test_about_a_quarter_of_the_employer_boards_radiologist_jobs_are_also_on_acr(
    employer_postings: dict[tuple[str, str], RawPosting],
) -> None:
    assert len(PAIRS) / len(employer_postings) >= 0.2


@pytest.mark.parametrize(("acr_id", "source", "key"), PAIRS)
def test_cross_posted_job_matches_its_acr_posting(
    employer_postings: dict[tuple[str, str], RawPosting], acr_id: str, source: str, key: str
) -> None:
    acr = acr_posting(acr_id)
    own = employer_postings[(source, key)]
    assert own.employer == acr.employer
    assert own.title == acr.title
    assert acr.location and own.location and own.location.startswith(acr.location)
    assert fuzz.token_set_ratio(acr.text, own.text) >= 90
