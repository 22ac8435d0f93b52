"""One offer per job: pairs that must merge, pairs that must stay apart, and blocking."""

from __future__ import annotations

import pytest

from scout.dedupe import DedupeItem, employer_key, group_offers, group_offers_naive

NIGHT_DESC = (
    "Summit Teleradiology is hiring a board-certified radiologist to read overnight emergency "
    "studies from home. 7 on / 7 off, 10 hour nights, CT, MR and X-ray for 40 community "
    "hospitals. Paid $42 per wRVU as a 1099 contractor with malpractice and tail provided. "
    "Licenses in TX, FL and GA required; we pay for additional states through the IMLC."
)
DAY_MSK_DESC = (
    "Summit Teleradiology seeks a fellowship-trained MSK radiologist for weekday day shifts. "
    "Outpatient MRI of joints and spine, sports medicine referrals, W-2 employee with full "
    "benefits, 401k match, $560,000 base salary, partnership track after two years."
)


def item(pid: int, source: str, employer: str, title: str, location: str, desc: str) -> DedupeItem:
    return DedupeItem(pid, source, employer, title, location, desc)


MUST_MERGE = [
    (  # same job, employer suffix and board template differ
        item(1, "acr", "Summit Teleradiology", "Overnight Teleradiologist", "Remote", NIGHT_DESC),
        item(
            2,
            "radworking",
            "Summit Teleradiology, LLC",
            "Overnight Teleradiologist - Remote",
            "Remote, US",
            "Job description: " + NIGHT_DESC + " Apply on Radworking today.",
        ),
    ),
    (  # title reworded, description lightly edited
        item(3, "acr", "Summit Teleradiology", "MSK Radiologist - Days", "Dallas, TX", DAY_MSK_DESC),
        item(
            4,
            "greenhouse",
            "Summit Teleradiology Inc.",
            "Musculoskeletal Radiologist - Days",
            "Dallas, Texas",
            DAY_MSK_DESC.replace("weekday day shifts", "weekday daytime shifts"),
        ),
    ),
]

MUST_NOT_MERGE = [
    (  # two different night jobs at the same company
        item(5, "acr", "Summit Teleradiology", "Overnight Teleradiologist", "Remote", NIGHT_DESC),
        item(
            6,
            "radworking",
            "Summit Teleradiology",
            "Overnight Neuroradiologist",
            "Remote",
            "Neuroradiology nights for our stroke network: CTA and perfusion, MR brain and spine, "
            "W-2 employed, $650k salary, 8 nights a month, no tail needed: occurrence policy.",
        ),
    ),
    (  # same title, different employer
        item(7, "acr", "Summit Teleradiology", "Overnight Teleradiologist", "Remote", NIGHT_DESC),
        item(
            8,
            "radworking",
            "Lakeshore Imaging",
            "Overnight Teleradiologist",
            "Remote",
            NIGHT_DESC.replace("Summit Teleradiology", "Lakeshore Imaging"),
        ),
    ),
    (  # same board twice: two jobs, even if alike
        item(9, "acr", "Summit Teleradiology", "Overnight Teleradiologist", "Remote", NIGHT_DESC),
        item(10, "acr", "Summit Teleradiology", "Overnight Teleradiologist", "Remote", NIGHT_DESC),
    ),
    (  # same employer and title family, different job (days vs nights)
        item(11, "acr", "Summit Teleradiology", "MSK Radiologist - Days", "Dallas, TX", DAY_MSK_DESC),
        item(12, "radworking", "Summit Teleradiology", "Overnight Teleradiologist", "Remote", NIGHT_DESC),
    ),
]


@pytest.mark.parametrize(("a", "b"), MUST_MERGE)
def test_same_job_on_two_boards_is_one_offer(a: DedupeItem, b: DedupeItem) -> None:
    groups = group_offers([a, b])
    assert groups[a.posting_id] == groups[b.posting_id] == min(a.posting_id, b.posting_id)


@pytest.mark.parametrize(("a", "b"), MUST_NOT_MERGE)
def test_different_jobs_stay_apart(a: DedupeItem, b: DedupeItem) -> None:
    groups = group_offers([a, b])
    assert groups[a.posting_id] != groups[b.posting_id]


def test_three_boards_make_one_offer_listing_all() -> None:
    a, b = MUST_MERGE[0]
    c = item(
        20,
        "physemp",
        "Summit Teleradiology",
        "Teleradiologist (Overnight)",
        "Remote",
        NIGHT_DESC + " Posted via Physemp.",
    )
    groups = group_offers([a, b, c])
    assert len(set(groups.values())) == 1


@pytest.mark.parametrize(
    ("employer", "key"),
    [
        ("Summit Teleradiology, LLC", "summit"),
        ("The Summit Teleradiology Group, Inc.", "summit"),
        ("Radiology Partners", "partners radiology"),  # all generic: keep the words
        ("Lakeshore Imaging Associates", "lakeshore"),
    ],
)
def test_employer_blocking_key(employer: str, key: str) -> None:
    assert employer_key(employer) == key


def test_blocked_and_naive_agree() -> None:
    items = [x for pair in MUST_MERGE + MUST_NOT_MERGE for x in pair]
    assert group_offers(items) == group_offers_naive(items)
