"""Recognising an employer's job-board platform from its careers page (table-driven)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from scout.sources.discover import discover, match_link
from scout.sources.registry import load_registry


def page(title: str, body: str, head: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title>{head}</head><body>"
        '<nav><a href="/">Home</a><a href="/about">About</a><a href="/careers">Careers</a>'
        '<a href="https://www.linkedin.com/company/x">LinkedIn</a></nav>'
        f"<main>{body}</main><footer><a href='mailto:hr@x.example'>HR</a></footer></body></html>"
    )


CAREERS_PAGES = [
    (
        "greenhouse link to the hosted board",
        page(
            "Careers | Summit Teleradiology",
            "<h1>Join our reading team</h1><p>See every opening on our "
            '<a href="https://job-boards.greenhouse.io/summittelerad">job board</a>.</p>',
        ),
        [("greenhouse", "summittelerad", "")],
    ),
    (
        "greenhouse embed script and job links on the old host",
        page(
            "Summit Teleradiology – Careers",
            '<div id="grnhse_app"></div>'
            '<script src="https://boards.greenhouse.io/embed/job_board/js?for=summittelerad"></script>'
            '<a href="https://boards.greenhouse.io/summittelerad/jobs/4512378008">Neuroradiologist</a>',
        ),
        [("greenhouse", "summittelerad", "")],
    ),
    (
        "greenhouse iframe embed",
        page(
            "Work with us",
            '<iframe src="https://boards.greenhouse.io/embed/job_board?for=lakeshoretelerad&amp;b=https'
            '%3A%2F%2Flakeshore.example%2Fcareers" width="100%"></iframe>',
        ),
        [("greenhouse", "lakeshoretelerad", "")],
    ),
    (
        "lever postings list",
        page(
            "Keystone Locums | Open assignments",
            '<ul><li><a href="https://jobs.lever.co/keystonelocums/7d0b6c4e-2f1a-4b8e-9c3d-51a2e8f04b11">'
            "Weekend teleradiologist</a></li>"
            '<li><a href="https://jobs.lever.co/keystonelocums/7d0b6c4e-2f1a-4b8e-9c3d-51a2e8f04b11/apply">'
            "Apply</a></li></ul><a href='https://jobs.lever.co/keystonelocums'>All openings</a>",
        ),
        [("lever", "keystonelocums", "")],
    ),
    (
        "ashby board and the posting api",
        page(
            "RadCloud Global",
            '<a class="btn" href="https://jobs.ashbyhq.com/radcloud">Open roles</a>'
            '<script>fetch("https://api.ashbyhq.com/posting-api/job-board/radcloud")</script>',
        ),
        [("ashby", "radcloud", "")],
    ),
    (
        "workday site with a locale segment",
        page(
            "Careers at Sonoran Radiology Partners",
            '<a href="https://sonoranrad.wd1.myworkdayjobs.com/en-US/SRP_Careers">Search jobs</a>'
            '<a href="https://sonoranrad.wd1.myworkdayjobs.com/SRP_Careers/job/Phoenix-AZ/'
            'Diagnostic-Radiologist_R-24117">Diagnostic Radiologist</a>',
        ),
        [("workday", "sonoranrad", "SRP_Careers")],
    ),
    (
        "two platforms on one page, plus platforms the registry cannot read",
        page(
            "Desert Imaging Group - Careers",
            '<a href="https://desertimaging.wd5.myworkdayjobs.com/External">Physicians</a>'
            '<a href="https://careers-desertimaging.icims.com/jobs/search?ss=1">Technologists</a>'
            '<a href="https://jobs.jobvite.com/desertimaging/jobs">Corporate</a>'
            '<a href="https://desertimaging.bamboohr.com/careers">Billing office</a>'
            '<a href="https://recruiting.paylocity.com/recruiting/jobs/All/'
            '0f2b8c1d-3e4a-4b5c-9d6e-7f8091a2b3c4/Desert-Imaging">Clinics</a>'
            '<a href="https://desertimaging.avature.net/en_US/careers/SearchJobs">Hospital</a>'
            '<a href="https://recruiting2.ultipro.com/DES1001DIG/JobBoard/'
            '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d/">Affiliates</a>'
            '<a href="https://jobs.lever.co/desertimaging">Startup arm</a>',
        ),
        [
            ("workday", "desertimaging", "External"),
            ("icims", "careers-desertimaging", ""),
            ("jobvite", "desertimaging", ""),
            ("bamboohr", "desertimaging", ""),
            ("paylocity", "0f2b8c1d-3e4a-4b5c-9d6e-7f8091a2b3c4", ""),
            ("avature", "desertimaging", "careers"),
            ("ultipro", "DES1001DIG", "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"),
            ("lever", "desertimaging", ""),
        ],
    ),
    (
        "near misses: vendor marketing sites, bare hosts, look-alike hosts, text that is not a link",
        page(
            "Careers",
            "<p>We hire through jobs.lever.co/notalink (not a link).</p>"
            '<a href="https://www.greenhouse.io/">Powered by Greenhouse</a>'
            '<a href="https://www.lever.co/job-seeker-support">Lever help</a>'
            '<a href="https://jobs.lever.co/">Lever</a>'
            '<a href="https://www.ashbyhq.com/">Ashby</a>'
            '<a href="https://www.workday.com/en-us/signin.html">Workday sign-in</a>'
            '<a href="https://wd5.myworkdayjobs.com/External">bare workday host</a>'
            '<a href="https://acme.wd5.myworkdayjobs.com/">workday without a site</a>'
            '<a href="https://www.icims.com/">iCIMS</a>'
            '<a href="https://www.bamboohr.com/careers">BambooHR</a>'
            '<a href="https://acme.bamboohr.com/login">employee login</a>'
            '<a href="https://jobs.lever.co.evil.example/acme">look-alike</a>'
            '<a href="https://evil.example/boards.greenhouse.io/acme">path look-alike</a>'
            '<a href="https://recruiting.paylocity.com/recruiting/jobs/Details/123">one job</a>'
            '<a href="javascript:openJobs()">Jobs</a><a href="#openings">Openings</a>',
        ),
        [],
    ),
]


@pytest.mark.parametrize(
    ("html", "expected"),
    [(html, expected) for _name, html, expected in CAREERS_PAGES],
    ids=[name for name, _html, _expected in CAREERS_PAGES],
)
def test_careers_pages(html: str, expected: list[tuple[str, str, str]]) -> None:
    found = discover(html, "https://employer.example/careers")
    assert [(d.platform, d.token, d.site) for d in found] == expected


def test_the_page_itself_can_be_the_board() -> None:
    (found,) = discover("<html><body><h1>Open roles</h1></body></html>", "https://jobs.ashbyhq.com/radcloud")
    assert (found.platform, found.token) == ("ashby", "radcloud")


def test_relative_links_resolve_against_the_page() -> None:
    html = '<html><body><a href="../SRP_Careers/job/Phoenix-AZ/X_R-1">A job</a></body></html>'
    (found,) = discover(html, "https://sonoranrad.wd1.myworkdayjobs.com/en-US/SRP_Careers")
    assert (found.platform, found.tenant, found.site) == ("workday", "sonoranrad", "SRP_Careers")


@pytest.mark.parametrize(
    ("url", "platform", "token"),
    [
        (
            "https://boards-api.greenhouse.io/v1/boards/summittelerad/jobs?content=true",
            "greenhouse",
            "summittelerad",
        ),
        ("https://api.lever.co/v0/postings/keystonelocums?mode=json", "lever", "keystonelocums"),
        (
            "https://sonoranrad.wd1.myworkdayjobs.com/wday/cxs/sonoranrad/SRP_Careers/jobs",
            "workday",
            "sonoranrad",
        ),
        ("HTTPS://JOBS.LEVER.CO/keystonelocums", "lever", "keystonelocums"),
        (
            "https://boards.greenhouse.io/embed/job_app?for=summittelerad&token=4512378008",
            "greenhouse",
            "summittelerad",
        ),
    ],
)
def test_api_and_odd_links(url: str, platform: str, token: str) -> None:
    found = match_link(url)
    assert found is not None and (found.platform, found.token) == (platform, token)


@pytest.mark.parametrize(
    "url",
    [
        "https://boards.greenhouse.io/embed/job_board",  # embed without ?for=
        "https://boards-api.greenhouse.io/v1/boards/",
        "https://api.lever.co/v1/postings/x",
        "ftp://jobs.lever.co/x",
        "https://acme.wd5.myworkdayjobs.com/en-US/",
        "https://acme.wd5.myworkdayjobs.com/wday/cxs/acme",
        "https://recruiting.ultipro.com/ACME/JobBoard",
        "not a url at all",
    ],
)
def test_links_that_name_no_board(url: str) -> None:
    assert match_link(url) is None


def test_supported_boards_come_with_an_entry_the_registry_accepts(tmp_path: Path) -> None:
    html = page(
        "Careers | Summit Teleradiology",
        '<a href="https://job-boards.greenhouse.io/summittelerad">Jobs</a>',
        head='<meta property="og:site_name" content="Summit Teleradiology, LLC">',
    )
    (found,) = discover(html, "https://summittelerad.example/careers")
    assert found.supported and found.platform_name == "Greenhouse"
    data = tomllib.loads(found.toml)
    entry = data["employers"]["summit-teleradiology-llc"]
    assert entry["platform"] == "greenhouse" and entry["token"] == "summittelerad"
    assert entry["label"] == "Summit Teleradiology, LLC"
    assert "https://summittelerad.example/careers" in entry["confirmed"]
    path = tmp_path / "employers.toml"
    path.write_text(found.toml, encoding="utf-8")
    (loaded,) = load_registry([path])
    assert loaded.key == "summit-teleradiology-llc"


def test_several_boards_get_distinct_keys_and_workday_entries_load(tmp_path: Path) -> None:
    _name, html, _expected = CAREERS_PAGES[6]
    found = discover(html, "https://desertimaging.example/careers")
    entries = [d.toml for d in found if d.supported]
    assert len(entries) == 2
    assert all(not d.toml for d in found if not d.supported)
    path = tmp_path / "employers.toml"
    path.write_text("\n".join(entries), encoding="utf-8")
    loaded = {e.key: e for e in load_registry([path])}
    assert set(loaded) == {
        "desert-imaging-group-workday-desertimaging",
        "desert-imaging-group-lever-desertimaging",
    }
    workday = loaded["desert-imaging-group-workday-desertimaging"]
    assert (workday.host, workday.site, workday.tenant) == (
        "desertimaging.wd5.myworkdayjobs.com",
        "External",
        "desertimaging",
    )


def test_label_falls_back_to_the_token_when_the_title_is_only_careers() -> None:
    html = page("Careers", '<a href="https://jobs.lever.co/keystonelocums">Jobs</a>')
    (found,) = discover(html, "https://x.example/")
    assert tomllib.loads(found.toml)["employers"]["keystonelocums"]["label"] == "keystonelocums"
