"""Synthetic offers written straight into a Store, for the TUI tests and its benchmark.

Each posting's text is assembled from phrases, and its terms are written beside it with evidence
offsets pointing at those phrases, so the detail screen's highlighting works as on real data; no
extractor runs, so 20,000 offers take seconds, not minutes.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from typing import Any

from scout.models import RawPosting
from scout.normalize import EXTRACTOR_VERSION
from scout.store import Store

SOURCES = ("acr", "physemp", "radworking", "ymcareers")
_SPECIALTIES = (
    ("Neuroradiologist", "neuro"),
    ("Body Radiologist", "body"),
    ("MSK Radiologist", "msk"),
    ("Teleradiologist", "general"),
    ("Breast Imager", "breast"),
    ("Pediatric Radiologist", "pediatric"),
    ("Nuclear Medicine Physician", "nuclear"),
    ("Cardiothoracic Radiologist", "chest"),
    ("Emergency Radiologist", "emergency"),
    ("Interventional Radiologist", "ir"),
)
_SHIFTS = (
    ("Overnight", "overnight"),
    ("Days", "day"),
    ("Swing", "evening"),
    ("Weekend", "weekend"),
    ("Flexible Hours", "flexible"),
)
_MODES = (("Remote", "remote"), ("Hybrid", "hybrid"), ("On-site", "onsite"))
_FIRST = (
    "Lakeshore",
    "Summit",
    "Meridian",
    "NightRead",
    "Blue Harbor",
    "Cobalt",
    "Sonoran",
    "Prairie",
    "Granite",
    "Copper Basin",
    "Ridgeline",
    "Northwoods",
    "Coastal",
    "Evergreen",
    "Keystone",
    "Red Rock",
    "Harbor Light",
    "Silver Lake",
    "Tri-County",
    "Great Lakes",
)
_SECOND = (
    "Teleradiology",
    "Imaging",
    "Radiology Partners",
    "Diagnostic Group",
    "Remote Reads",
    "Radiology Associates",
    "Medical Imaging",
    "Health System",
    "Neuroimaging",
    "Vision",
)
_STATES = ("TX", "FL", "CA", "NY", "IL", "PA", "OH", "GA", "NC", "MI", "AZ", "CO", "WA", "MN", "WI")
_FILLER = (
    "We are a physician-led group reading for community hospitals and outpatient centres.",
    "Our PACS and voice recognition are integrated, and worklists are balanced by subspecialty.",
    "Turnaround expectations are 30 minutes for stat studies and four hours for routine work.",
    "You will join a collegial team with ready access to subspecialty consultation.",
    "Credentialing is handled by our in-house team and typically takes 60 to 90 days.",
    "Candidates must be board certified or board eligible by the American Board of Radiology.",
    "Fellowship training is preferred but strong general radiologists are encouraged to apply.",
    "Reads include CT, MRI, ultrasound and plain films from emergency departments.",
)


class _Text:
    """Posting text built phrase by phrase, with evidence for the phrases that carry a term."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.evidence: list[dict[str, Any]] = []

    def add(self, phrase: str, field: str | None = None, quote: str | None = None) -> None:
        if field is not None:
            quote = quote or phrase
            start = self.length + phrase.index(quote)
            self.evidence.append({"field": field, "start": start, "end": start + len(quote), "text": quote})
        self.parts.append(phrase)
        self.length += len(phrase)

    def text(self) -> str:
        return "".join(self.parts)


def _range(lo: float, hi: float) -> dict[str, float]:
    return {"min": lo, "max": hi}


def synthetic_posting(i: int, rng: random.Random, source: str) -> tuple[RawPosting, str]:
    """One posting and its terms JSON; `i` makes the ids and titles unique."""
    role, sub = rng.choice(_SPECIALTIES)
    shift_label, shift = rng.choice(_SHIFTS)
    mode_label, mode = rng.choices(_MODES, weights=(8, 1, 1))[0]
    employer = f"{rng.choice(_FIRST)} {rng.choice(_SECOND)}"
    title = f"{mode_label} {role} – {shift_label} #{i}"
    t = _Text()
    t.add(f"{title}\n", "subspecialties", role)
    t.add(f"{employer}\n\n")
    t.add(f"Work setting: {mode_label}. ", "work_mode", mode_label)
    t.add(f"We are hiring for {shift_label.lower()} coverage. ", "shifts", shift_label.lower())
    t.add(rng.choice(_FILLER) + " ")

    pay: dict[str, Any] = {"models": []}
    basis = rng.choice(("per_rvu", "salary", "per_shift", "hourly", "per_study", "none"))
    if basis == "per_rvu":
        rate = rng.choice((32, 38, 42, 45, 50, 55, 60, 65, 72, 80))
        pay["models"].append("per_rvu")
        pay["per_rvu_usd"] = _range(rate, rate)
        t.add(f"Compensation is ${rate} per wRVU. ", "pay.per_rvu_usd", f"${rate} per wRVU")
    elif basis == "salary":
        lo = rng.randrange(350, 700, 25) * 1000
        hi = lo + rng.choice((0, 50_000, 100_000, 150_000))
        pay["models"].append("salary")
        pay["annual_usd"] = _range(lo, hi)
        t.add(f"Salary: ${lo:,} - ${hi:,} per year. ", "pay.annual_usd", f"${lo:,} - ${hi:,} per year")
    elif basis == "per_shift":
        rate = rng.randrange(1800, 3600, 100)
        pay["models"].append("per_shift")
        pay["per_shift_usd"] = _range(rate, rate)
        t.add(f"We pay ${rate:,} per shift. ", "pay.per_shift_usd", f"${rate:,} per shift")
    elif basis == "hourly":
        rate = rng.randrange(180, 420, 10)
        pay["models"].append("hourly")
        pay["hourly_usd"] = _range(rate, rate)
        t.add(f"The rate is ${rate} per hour. ", "pay.hourly_usd", f"${rate} per hour")
    elif basis == "per_study":
        lo, hi = rng.choice(((7, 42), (9, 55), (12, 60)))
        pay["models"].append("per_study")
        pay["per_study_usd"] = _range(lo, hi)
        quote = f"${lo} to ${hi} per study"
        t.add(f"Paid {quote} by modality. ", "pay.per_study_usd", quote)
    else:
        t.add("Competitive compensation. ")

    employment = rng.choice(("w2", "1099", "either", None))
    if employment == "w2":
        t.add("This is a W-2 employed position with benefits. ", "employment_type", "W-2")
    elif employment == "1099":
        t.add("Independent contractor (1099) role. ", "employment_type", "1099")
    elif employment == "either":
        t.add("W-2 or 1099 arrangements are available. ", "employment_type", "W-2 or 1099")

    volume: list[dict[str, Any]] = []
    if rng.random() < 0.5:
        per_year = rng.randrange(8000, 16000, 500)
        volume.append({"min": per_year, "max": None, "unit": "rvu", "per": "year", "kind": "minimum"})
        t.add(f"Minimum of {per_year:,} wRVUs per year. ", "volume", f"{per_year:,} wRVUs per year")

    malpractice: dict[str, Any] = {"provided": None, "policy": None, "tail": None}
    tail = rng.choice(("provided", "not_provided", "negotiable", None))
    if tail is not None:
        malpractice.update(provided=True, policy="claims_made", tail=tail)
        words = {
            "provided": "tail coverage included",
            "not_provided": "tail coverage is your responsibility",
            "negotiable": "tail coverage is negotiable",
        }[tail]
        t.add(f"Claims-made malpractice provided; {words}. ", "malpractice.tail", words)

    states = sorted(rng.sample(_STATES, rng.choice((0, 0, 1, 2, 3))))
    if states:
        t.add(f"Licensure required in {', '.join(states)}. ", "licensing.states", ", ".join(states))
    non_compete = rng.random() < 0.15
    if non_compete:
        t.add("A two-year non-compete applies. ", "non_compete", "non-compete")
    t.add(" ".join(rng.sample(_FILLER, 4)))

    terms = {
        "schema": "scout.terms/1",
        "work_mode": mode,
        "employment_type": employment,
        "pay": pay,
        "volume": volume,
        "malpractice": malpractice,
        "licensing": {"paid": None, "imlc": False, "states": states},
        "shifts": [shift],
        "subspecialties": [sub],
        "modalities": ["ct", "mri"],
        "equipment_provided": None,
        "partnership_track": None,
        "non_compete": non_compete or None,
        "private_equity": None,
        "benefits": [],
        "evidence": t.evidence,
    }
    text = t.text()
    posting = RawPosting(
        source=source,
        source_id=f"syn-{i}",
        url=f"https://{source}.example/jobs/{i}",
        title=title,
        employer=employer,
        body=text,
        body_format="text",
        text=text,
    )
    return posting, json.dumps(terms, separators=(",", ":"))


def make_offers(
    store: Store,
    n: int,
    *,
    seed: int = 7,
    sources: Sequence[str] = SOURCES,
    chunk: int = 2000,
    start: int = 1,
) -> list[RawPosting]:
    """Store `n` synthetic postings (one offer each), one run per source; returns the postings."""
    rng = random.Random(seed)
    made = [synthetic_posting(i, rng, sources[i % len(sources)]) for i in range(start, start + n)]
    for source in sources:
        mine = [(p, terms) for p, terms in made if p.source == source]
        if not mine:
            continue
        run_id = store.start_run(source, "manual")
        for at in range(0, len(mine), chunk):
            part = mine[at : at + chunk]
            store.save_batch(
                run_id,
                [p for p, _ in part],
                terms={(p.source, p.source_id): t for p, t in part},
                extractor_version=EXTRACTOR_VERSION,
            )
        store.finish_run(run_id, "ok", complete=False)
    return [p for p, _ in made]
