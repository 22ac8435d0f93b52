"""Scout's benchmarks: `python tests/benchmarks/run.py [--quick] [--json] [--only SECTION ...]`.

Every figure is measured here, in this process (the TUI in a child process, so its peak memory is
its own), on synthetic postings from tests/benchmarks/synth.py; where a baseline makes sense it
runs in the same process on the same input and the ratio says how many times faster Scout's path
is. Nothing is made up: a figure that could not be measured says why.

Timing: single-threaded computations (HTML parsing, extraction, dedupe, ranking) are timed in
CPU seconds of this process (`time.process_time`), which a busy machine does not inflate; the
store (DuckDB runs threads), the replay scrape and the TUI are timed in wall-clock seconds. The
JSON output carries both for every figure. The machine's load average is recorded with the run.

Sections: html, extract, store, dedupe, rank, tui, replay. `--quick` uses small sizes (about a
minute on a 2-core machine); the full run takes a few minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import math
import os
import pickle
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.benchmarks import synth  # noqa: E402

TODAY = date(2026, 11, 27)


# -- figures -----------------------------------------------------------------------------------------


@dataclass
class Figure:
    key: str
    label: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    ratio: float | None = None  # how many times faster than the baseline (>1: Scout is faster)
    target: str = ""
    passed: bool | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Timing:
    wall: float
    cpu: float


def timed(fn: Callable[[], object], repeat: int = 1, collect: bool = True) -> Timing:
    """Best of `repeat` runs, wall and CPU seconds (each its own best). A full garbage collection
    first (not timed), unless the caller runs many short timings and collected once itself."""
    walls, cpus = [], []
    if collect:
        gc.collect()
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()  # kept until after the clock stops: freeing it is not the measured call
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - w)
        del result
    return Timing(min(walls), min(cpus))


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "duckdb": _version("duckdb"),
        "selectolax": _version("selectolax"),
        "beautifulsoup4": _version("beautifulsoup4"),
        "rapidfuzz": _version("rapidfuzz"),
        "textual": _version("textual"),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "started": datetime.now().isoformat(timespec="seconds"),
    }


# -- HTML: selectolax (Scout's parsers) against BeautifulSoup doing the same field extraction -------


def _bs4_text(node: Any) -> str:
    return " ".join(node.get_text(" ").split()) if node is not None else ""


def bs4_html_to_text(html: str) -> str:
    """scout.extract.html.html_to_text's walk, on a BeautifulSoup tree (html.parser)."""
    from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag

    from scout.extract.html import _BLOCK, _CELL, _SKIP, _newline, _tidy

    if not html or not html.strip():
        return ""
    soup = BeautifulSoup(html, "html.parser")
    root = soup.body or soup
    out: list[str] = []
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if isinstance(node, NavigableString):
            if isinstance(node, Comment | Doctype):
                continue
            text = str(node)
            if not text.strip() and (not out or out[-1].endswith("\n")):
                continue
            out.append(text)
            continue
        if not isinstance(node, Tag):
            continue
        tag = node.name or ""
        if closing:
            if tag in _CELL:
                out.append(" | ")
            elif tag in _BLOCK:
                _newline(out)
            continue
        if tag in _SKIP:
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag in _BLOCK:
            _newline(out)
            if tag == "li":
                out.append("- ")
        stack.append((node, True))
        for child in reversed(list(node.children)):
            stack.append((child, False))
    return _tidy("".join(out))


def bs4_parse_results(html: str, page_url: str) -> list[dict[str, Any]]:
    """ymcareers.parse_results's field extraction with BeautifulSoup."""
    from urllib.parse import urljoin

    from bs4 import BeautifulSoup

    from scout.sources.ymcareers import _MODE, _POSTED, JOB_LINK, parse_date_text

    soup = BeautifulSoup(html, "html.parser")
    cards: list[dict[str, Any]] = []
    seen: set[str] = set()

    def first(node: Any, selectors: tuple[str, ...]) -> str | None:
        for sel in selectors:
            text = _bs4_text(node.select_one(sel))
            if text:
                return text
        return None

    for a in soup.select("a[href]"):
        href = str(a.get("href") or "")
        m = JOB_LINK.search(href)
        if not m or m.group(1) in seen:
            continue
        title = _bs4_text(a)
        if not title:
            continue
        seen.add(m.group(1))
        node = a.parent
        while node is not None and node.name not in ("li", "article", "tr"):
            cls = " ".join(node.get("class") or []) if node.name == "div" else ""
            if "job" in cls and any(k in cls for k in ("tile", "summary", "card", "result", "listing")):
                break
            node = node.parent
        card: dict[str, Any] = {"job_id": m.group(1), "url": urljoin(page_url, href.split("#")[0]),
                                "title": title}
        if node is not None:
            card["employer"] = first(node, (".job-company", ".company", ".employer"))
            location = first(node, (".job-location", ".location", "strong"))
            if location:
                mode = _MODE.search(location)
                if mode:
                    location = location[: mode.start()].strip()
                card["location"] = re.sub(r",\s*United States$", "", location)
            posted = first(node, (".job-posted", ".posted", ".date"))
            if posted:
                pm = _POSTED.search(posted)
                card["posted"] = parse_date_text(pm.group(1) if pm else posted)
        cards.append(card)
    nxt = soup.select_one('a[rel="next"]')
    has_next = nxt is not None and nxt.get("href")
    cards.append({"next": urljoin(page_url, str(nxt["href"])) if has_next and nxt is not None else None})
    return cards


def bs4_parse_job(html: str) -> dict[str, Any]:
    """ymcareers.parse_job's field extraction with BeautifulSoup (JSON-LD, info block, description)."""
    from bs4 import BeautifulSoup

    from scout.sources.jsonld import _walk, read_job_posting

    soup = BeautifulSoup(html, "html.parser")
    ld = None
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            found = _walk(json.loads(script.get_text(), strict=False))
        except ValueError:
            continue
        if found:
            ld = read_job_posting(found[0])
            break
    info: dict[str, str] = {}
    block = soup.select_one(".job-data-contain")
    if block is not None:
        for dt in block.find_all("dt"):
            dd = dt.find_next_sibling("dd")
            if dd is not None:
                info[_bs4_text(dt).rstrip(":")] = _bs4_text(dd)
    description = bs4_html_to_text(ld.description_html) if ld and ld.description_html else ""
    if not description:
        node = soup.select_one(".description-text") or soup.select_one(".job-description")
        description = bs4_html_to_text(str(node)) if node is not None else ""
    h1 = soup.find("h1")
    basics = soup.select_one(".job-data-basics")
    return {
        "title": (ld.title if ld else None) or _bs4_text(h1),
        "employer": (ld.employer if ld else None) or (_bs4_text(basics.select_one(".job-company"))
                                                      if basics else None),
        "location": (ld.location if ld else None) or (_bs4_text(basics.select_one(".job-location"))
                                                      if basics else None),
        "info": info,
        "description": description,
    }


def bench_html(quick: bool) -> list[Figure]:
    try:
        import bs4  # noqa: F401
    except ImportError:
        return [Figure("html", "HTML parsing", None, "", note="beautifulsoup4 not installed (pip install "
                       "'.[bench]'): the selectolax/BeautifulSoup comparison was not run")]
    from scout.extract.html import html_to_text
    from scout.sources import ymcareers

    n_jobs, n_pages, repeat = (60, 5, 2) if quick else (300, 20, 3)
    posts = list(synth.generate(n_jobs + n_pages * 20, seed=21))
    jobs = [(synth.ym_job_page(p, with_jsonld=i % 3 != 0), p) for i, p in enumerate(posts[:n_jobs])]
    pages = [synth.ym_results_page(posts[i * 20 : (i + 1) * 20], i + 1, i == n_pages - 1)
             for i in range(n_pages)]
    url = "https://jobs.acr.org/jobs/?keywords=radiologist"
    log(f"html: {len(pages)} results pages ({sum(map(len, pages)) // len(pages) // 1024} KB avg), "
        f"{len(jobs)} job pages ({sum(len(h) for h, _ in jobs) // len(jobs) // 1024} KB avg)")

    def cards_of(p: Any) -> list[tuple[str, str | None, str | None]]:
        return [(c.title, c.employer, c.location) for c in p.cards]

    # the two implementations must agree, or the comparison means nothing
    agree_results = sum(
        cards_of(ymcareers.parse_results(h, url))
        == [(c["title"], c.get("employer"), c.get("location")) for c in bs4_parse_results(h, url)[:-1]]
        for h in pages
    )
    agree_jobs = 0
    for h, p in jobs:
        card = ymcareers.Card(job_id=p.job_id, url=synth.job_url(p), title=p.title)
        mine = ymcareers.parse_job(h, card, "acr")
        theirs = bs4_parse_job(h)
        agree_jobs += mine.title == theirs["title"] and mine.employer == theirs["employer"] and \
            mine.text.endswith(theirs["description"])

    def sel_results() -> None:
        for h in pages:
            ymcareers.parse_results(h, url)

    def bs_results() -> None:
        for h in pages:
            bs4_parse_results(h, url)

    def sel_jobs() -> None:
        for h, p in jobs:
            ymcareers.parse_job(h, ymcareers.Card(job_id=p.job_id, url=url, title=p.title), "acr")

    def bs_jobs() -> None:
        for h, _p in jobs:
            bs4_parse_job(h)

    descs = [p.description_html for _h, p in jobs]

    def sel_text() -> None:
        for d in descs:
            html_to_text(d)

    def bs_text() -> None:
        for d in descs:
            bs4_html_to_text(d)

    figures = []
    for key, label, mine_fn, base_fn, count, agree in (
        ("html_results_page_ms", "YM results page (20 cards): parse + fields", sel_results, bs_results,
         len(pages), f"{agree_results}/{len(pages)} pages give identical cards"),
        ("html_job_page_ms", "YM job page: JSON-LD, info, description text", sel_jobs, bs_jobs, len(jobs),
         f"{agree_jobs}/{len(jobs)} pages give the same title, employer, description"),
        ("html_to_text_ms", "description HTML to text (html_to_text)", sel_text, bs_text, len(descs), ""),
    ):
        mine = timed(mine_fn, repeat)
        base = timed(base_fn, repeat)
        figures.append(Figure(
            key, label, mine.cpu / count * 1000, "ms CPU/page", base.cpu / count * 1000,
            "BeautifulSoup (html.parser)", base.cpu / mine.cpu, note=agree,
            extra={"wall_ms_per_page": mine.wall / count * 1000,
                   "baseline_wall_ms_per_page": base.wall / count * 1000, "pages": count},
        ))
    return figures


# -- terms extraction ---------------------------------------------------------------------------------


def bench_extract(quick: bool, state: dict[str, Any]) -> list[Figure]:
    from scout.extract import extract

    n = 200 if quick else 1000
    texts = [p.text for p in synth.generate(n, seed=5, chars=3000)]
    for t in texts[:20]:
        extract(t)  # warm caches (compiled regexes, lazily built tables)
    log(f"extract: {n} postings of ~{sum(map(len, texts)) // n} chars")
    results: list[Any] = []

    def run_all() -> None:
        results.clear()
        results.extend(extract(t) for t in texts)

    t = timed(run_all, 1 if quick else 2)
    state["terms"] = list(results)
    figures = [Figure(
        "extract_per_s", "extract(): synthetic 3 KB postings per second, one core", n / t.cpu,
        "postings/s CPU", target=">= 1,000/s", passed=n / t.cpu >= 1000,
        extra={"wall_per_s": n / t.wall, "postings": n},
    )]
    corpus_dir = REPO / "tests" / "corpus" / "dev"
    corpus = [f.read_text(encoding="utf-8") for f in sorted(corpus_dir.glob("*.txt"))]
    if corpus:
        tc = timed(lambda: [extract(c) for c in corpus], 1 if quick else 2)
        kb = sum(map(len, corpus)) / len(corpus) / 1000
        figures.append(Figure(
            "extract_corpus_per_s",
            f"extract(): labelled dev corpus postings ({len(corpus)}, mean {kb:.1f} KB)",
            len(corpus) / tc.cpu, "postings/s CPU",
            note=f"{tc.cpu / len(corpus) * 1000:.2f} ms per posting; {tc.cpu / len(corpus) / kb * 1000:.2f} "
                 "ms per KB (real-voice postings, for comparison with the synthetic ones)",
            extra={"wall_per_s": len(corpus) / tc.wall},
        ))

    # time against length: distinct texts at each size, best of a few runs each
    sizes = [1_000, 3_000, 10_000, 30_000, 100_000]
    per_size: dict[int, float] = {}
    for size in sizes:
        count = {1_000: 30, 3_000: 20, 10_000: 8, 30_000: 4, 100_000: 3}[size]
        samples = [synth.posting_text(random.Random(size + k), size) for k in range(count)]
        reps = 3 if size <= 10_000 else 2
        gc.collect()
        per_size[size] = statistics.median(
            timed(lambda s=s: extract(s), reps, collect=False).cpu for s in samples  # type: ignore[misc]
        )
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(per_size[s], 1e-9)) for s in sizes]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    for size in sizes:
        figures.append(Figure(
            f"extract_{size // 1000}kb_ms", f"extract() on {size // 1000} KB of posting text",
            per_size[size] * 1000, "ms CPU",
            note=f"{per_size[size] * 1e6 / (size / 1000):.0f} µs/KB",
        ))
    figures.append(Figure(
        "extract_length_exponent", "extract() time ~ length^k, fitted over 1-100 KB", slope, "k",
        target="~1 (linear), <= 1.15", passed=slope <= 1.15,
        note=f"100 KB / 1 KB time = {per_size[100_000] / per_size[1_000]:.0f}x for 100x the text",
    ))

    worst_name, worst = "", 0.0
    adv_times: dict[str, float] = {}
    gc.collect()
    for name, text in synth.adversarial(100_000).items():
        adv_times[name] = timed(lambda text=text: extract(text), 2, collect=False).cpu  # type: ignore[misc]
        if adv_times[name] > worst:
            worst_name, worst = name, adv_times[name]
    figures.append(Figure(
        "extract_adversarial_100kb_ms", "extract() on 100 KB adversarial input (worst of "
        f"{len(adv_times)})", worst * 1000, "ms CPU", target="< 100 ms", passed=worst < 0.1,
        note=f"worst: {worst_name}", extra={k: round(v * 1000, 2) for k, v in adv_times.items()},
    ))
    return figures


# -- store ingest -------------------------------------------------------------------------------------


def _posting_batches(n: int, batch: int, seed: int) -> Iterable[list[Any]]:
    from scout.models import PublishedPay, RawPosting

    rng = random.Random(seed)
    pool = synth.TextPool(rng, 1200)
    for start in range(0, n, batch):
        out = []
        for i in range(start, min(n, start + batch)):
            text = pool.text(3000, f"Teleradiologist {i}")
            out.append(RawPosting(
                source=synth.SOURCES[i % len(synth.SOURCES)], source_id=str(1_000_000 + i),
                url=f"https://jobs.example.org/job/{i}/", title=f"Remote Teleradiologist {i}",
                employer=synth.employer_name(rng), location="Austin, TX", posted_date=TODAY,
                body=f"<div><p>{text}</p></div>", body_format="html", text=text, work_mode_hint="remote",
                published_pay=PublishedPay(text="$45/wRVU") if i % 3 == 0 else None,
                facts={"Job Type": "Full Time"},
            ))
        yield out


def _row_by_row(db: Path, postings: Sequence[Any]) -> None:
    """The baseline: one INSERT per posting through executemany, in one transaction."""
    from scout.store import Store, _row

    store = Store(db)
    run_id = store.start_run("bench", "manual")
    now = store.now()
    cols = ["source", "source_id", "url", "title", "employer", "location", "posted_date",
            "work_mode_hint", "published_pay", "facts", "body", "body_format", "text", "content_hash"]
    sql = (f"INSERT INTO postings ({', '.join(cols)}, version, first_seen, last_seen, first_run_id, "
           f"last_run_id) VALUES ({', '.join('?' * len(cols))}, 1, ?, ?, ?, ?)")
    with store.transaction() as con:
        con.executemany(sql, [[_row(p)[c] for c in cols] + [now, now, run_id, run_id] for p in postings])


def bench_store(quick: bool, tmp: Path) -> list[Figure]:
    from scout.store import Store

    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 100_000]
    batch = 1000
    figures = []
    first_rate = 0.0
    for n in sizes:
        db = tmp / f"ingest-{n}.duckdb"
        store = Store(db)
        run_id = store.start_run("bench", "manual")
        spent_wall = spent_cpu = 0.0
        for postings in _posting_batches(n, batch, seed=n):
            w, c = time.perf_counter(), time.process_time()
            store.save_batch(run_id, postings)
            spent_wall += time.perf_counter() - w
            spent_cpu += time.process_time() - c
        count = sum(int(r["postings"]) for r in store.query("postings_count_by_source"))
        size_mb = db.stat().st_size / 1e6
        rate = n / spent_wall
        fig = Figure(
            f"store_ingest_{n // 1000}k_per_s", f"Store.save_batch: {n:,} postings (batches of {batch:,})",
            rate, "postings/s wall",
            extra={"seconds": spent_wall, "cpu_seconds": spent_cpu, "db_mb": round(size_mb, 1),
                   "rows_stored": count},
            note=f"{spent_wall:.1f} s, {size_mb:.0f} MB file",
        )
        if n == sizes[0]:
            first_rate = rate
            postings = [p for b in _posting_batches(n, batch, seed=n) for p in b]
            base_db = tmp / "rowbyrow.duckdb"
            Store(base_db).ensure_schema()
            base = timed(lambda db=base_db, ps=postings: _row_by_row(db, ps))  # type: ignore[misc]
            fig.baseline = n / base.wall
            fig.baseline_label = "row-by-row executemany INSERT"
            fig.ratio = rate / fig.baseline
        else:
            fig.note += f"; {rate / first_rate:.2f}x the 1k rate"
        figures.append(fig)
        log(f"store: {n:,} postings at {rate:,.0f}/s")
        db.unlink(missing_ok=True)
    return figures


# -- dedupe -------------------------------------------------------------------------------------------


def bench_dedupe(quick: bool) -> list[Figure]:
    from scout.dedupe import employer_key, group_offers, group_offers_naive

    sizes = [2_000, 5_000] if quick else [5_000, 20_000, 50_000]
    figures = []
    per_posting: dict[int, float] = {}
    for n in sizes:
        items, jobs = synth.dedupe_items(n, seed=11)
        blocks = Counter(employer_key(i.employer) for i in items)
        pairs_per_posting = sum(b * b for b in blocks.values()) / n
        groups: dict[int, int] = {}

        def run(items: Any = items, groups: dict[int, int] = groups) -> None:
            groups.update(group_offers(items))

        t = timed(run)
        offers = len(set(groups.values()))
        per_posting[n] = t.cpu / n
        target = "< 3 s at 20k" if n == 20_000 else ""
        figures.append(Figure(
            f"dedupe_{n // 1000}k_s", f"group_offers: {n:,} postings", t.cpu, "s CPU",
            target=target, passed=(t.cpu < 3.0) if n == 20_000 else None,
            note=f"{t.cpu / n * 1e6:.0f} µs/posting; {len(blocks):,} employer blocks, largest "
                 f"{max(blocks.values())}, mean block seen by a posting {pairs_per_posting:.0f}; "
                 f"{offers:,} offers from {jobs:,} true jobs",
            extra={"wall_s": t.wall, "us_per_posting": t.cpu / n * 1e6, "blocks": len(blocks),
                   "largest_block": max(blocks.values()), "offers": offers, "true_jobs": jobs},
        ))
        log(f"dedupe: {n:,} in {t.cpu:.2f} s CPU")
    small = sizes[0]
    items, _jobs = synth.dedupe_items(small, seed=11)
    mine_at_small = per_posting[small] * small
    # The naive baseline, measured where it finishes in seconds: on a subset of the smallest set.
    m = 400 if quick else 1_000
    subset = items[:m]
    naive_m = timed(lambda: group_offers_naive(subset)).cpu
    mine_m = timed(lambda: group_offers(subset)).cpu
    figures.append(Figure(
        f"dedupe_vs_naive_{m}", f"group_offers vs all-pairs, both measured on {m:,} postings",
        mine_m, "s CPU", naive_m, "group_offers_naive (measured)", naive_m / mine_m,
    ))
    # At the smallest size it would take minutes, so it is ESTIMATED from its two per-pair costs,
    # measured on samples of the same data, times the exact pair counts; the same model's
    # prediction for the measured subset is reported beside it as a check.
    model = _naive_model(items)
    est_small = model.predict(items)
    est_m = model.predict(subset)
    figures.append(Figure(
        f"dedupe_vs_naive_{small // 1000}k_estimated",
        f"group_offers vs all-pairs at {small:,} (naive ESTIMATED, not run)", mine_at_small, "s CPU",
        est_small, "naive estimated from measured per-pair costs", est_small / mine_at_small,
        note=f"{model.check_cost * 1e6:.1f} µs per pair checked x {_pairs(items)[0]:,} pairs + "
             f"{model.score_cost * 1e6:.0f} µs per same-employer cross-source pair scored x "
             f"{_pairs(items)[1]:,}; the model predicts {est_m:.2f} s for the {m:,} subset, measured "
             f"{naive_m:.2f} s (scaled by that, {est_small * naive_m / est_m:.1f} s, "
             f"{est_small * naive_m / est_m / mine_at_small:.0f}x)",
    ))
    growth = per_posting[sizes[-1]] / per_posting[sizes[0]]
    figures.append(Figure(
        "dedupe_per_posting_growth", f"time per posting, {sizes[-1]:,} vs {sizes[0]:,}", growth, "x",
        target="near 1 (linear)", passed=growth < 1.5,
        note=" / ".join(f"{k:,}: {v * 1e6:.0f} µs" for k, v in per_posting.items()),
    ))
    return figures


@dataclass
class _NaiveModel:
    check_cost: float  # seconds per pair: the source and employer-key test every pair gets
    score_cost: float  # seconds per pair_score on a cross-source pair in one employer block

    def predict(self, items: Sequence[Any]) -> float:
        checked, scored = _pairs(items)
        return checked * self.check_cost + scored * self.score_cost


def _pairs(items: Sequence[Any]) -> tuple[int, int]:
    """(all pairs, cross-source pairs within an employer block): what the naive loop does."""
    from scout.dedupe import employer_key

    n = len(items)
    blocks: dict[str, Counter[str]] = {}
    for i in items:
        blocks.setdefault(employer_key(i.employer), Counter())[i.source] += 1
    scored = 0
    for by_source in blocks.values():
        b = sum(by_source.values())
        scored += b * (b - 1) // 2 - sum(c * (c - 1) // 2 for c in by_source.values())
    return n * (n - 1) // 2, scored


def _naive_model(items: Sequence[Any], checks: int = 100_000, scores: int = 1_500) -> _NaiveModel:
    """group_offers_naive's two per-pair costs, measured on random pairs of these items."""
    from scout.dedupe import employer_key, pair_score

    rng = random.Random(1)
    n = len(items)
    sample = [(items[rng.randrange(n)], items[rng.randrange(n)]) for _ in range(checks)]

    def check() -> None:
        for a, b in sample:
            if a.source != b.source and employer_key(a.employer) == employer_key(b.employer):
                pass

    check_cost = timed(check).cpu / checks  # the loop's own cost included, as in the naive function
    by_key: dict[str, list[Any]] = {}
    for i in items:
        by_key.setdefault(employer_key(i.employer), []).append(i)
    same = [(a, b) for block in by_key.values() if len(block) > 1
            for a, b in ((rng.choice(block), rng.choice(block)) for _ in range(len(block)))
            if a.source != b.source][:scores]
    score_cost = timed(lambda: [pair_score(a, b) for a, b in same]).cpu / max(len(same), 1)
    return _NaiveModel(check_cost, score_cost)


# -- ranking ------------------------------------------------------------------------------------------


def bench_rank(quick: bool, state: dict[str, Any]) -> list[Figure]:
    from datetime import timedelta

    from scout.extract import extract
    from scout.profile import Profile
    from scout.rank import OfferInput, rank_all

    n = 10_000 if quick else 50_000
    pool = state.get("terms") or [extract(p.text) for p in synth.generate(200, seed=5)]
    posts = list(synth.generate(len(pool), seed=5))
    offers = [
        OfferInput(
            id=i, title=posts[i % len(posts)].title, employer=posts[i % len(posts)].employer,
            terms=pool[i % len(pool)], text=posts[i % len(posts)].text,
            sources=[{"source": synth.SOURCES[i % 7], "url": f"https://example.org/{i}"}],
            posted_date=TODAY - timedelta(days=i % 120), first_seen=datetime(2026, 10, 1),
        )
        for i in range(n)
    ]
    profile = Profile(licenses_held=["TX", "FL"], principal_license_state="TX", imlc_eligible=True,
                      preferred_shifts=["overnight"], refused_shifts=["weekend"],
                      subspecialties=["neuro", "body", "general"])
    t = timed(lambda: rank_all(offers, profile, TODAY), 3)
    log(f"rank: {n:,} offers in {t.cpu:.2f} s CPU")
    target = "< 1 s at 50k"
    return [Figure(
        f"rank_{n // 1000}k_s", f"rank_all: {n:,} offers (terms from {len(pool)} extracted postings)",
        t.cpu, "s CPU", target=target, passed=t.cpu < 1.0 if n == 50_000 else None,
        note="" if n == 50_000 else "quick size; the target is for 50k",
        extra={"wall_s": t.wall},
    )]


# -- TUI ----------------------------------------------------------------------------------------------

TUI_QUERIES = ["neuro", "overnight", "1099", "summit"]


def _rss_mb(field: str = "VmRSS") -> float:
    """Resident set size (VmRSS), or its high-water mark (VmHWM), from Linux /proc, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return float("nan")


def _instrument_table(marks: dict[str, float]) -> None:
    """Record when the offers table is given new rows and when it last drew a line: keystroke to
    redrawn table without the test pilot's own waiting. Patched in the child process only."""
    from scout.tui.offers_table import OffersTable

    set_rows, render_line = OffersTable.set_rows, OffersTable.render_line

    def timed_set_rows(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = set_rows(self, *args, **kwargs)
        marks["set"] = time.perf_counter()
        marks.pop("drawn", None)
        return result

    def timed_render_line(self: Any, *args: Any, **kwargs: Any) -> Any:
        strip = render_line(self, *args, **kwargs)
        if "set" in marks:
            marks["drawn"] = time.perf_counter()
        return strip

    OffersTable.set_rows = timed_set_rows  # type: ignore[method-assign]
    OffersTable.render_line = timed_render_line  # type: ignore[method-assign]


def _sample_rss(started: float, peak: dict[str, float], stop: list[bool]) -> None:
    """Every 10 ms while the app starts: the largest RSS seen and when, so a brief spike is placed
    in the timeline. Stopped before the keystrokes: the pilot's idle detection compares CPU and wall
    time, and a busy sampler thread would keep it waiting."""
    while not stop:
        rss = _rss_mb()
        if rss > peak.get("mb", 0.0):
            peak["mb"], peak["at_s"] = rss, time.perf_counter() - started
        time.sleep(0.01)


async def _tui_measure(db: Path, profile: Path) -> dict[str, Any]:
    import threading

    started = time.perf_counter()
    peak: dict[str, float] = {}
    stop: list[bool] = []
    sampler = threading.Thread(target=_sample_rss, args=(started, peak, stop), daemon=True)
    sampler.start()
    from scout.tui.app import ScoutApp

    imported = time.perf_counter()
    marks: dict[str, float] = {}
    _instrument_table(marks)
    app = ScoutApp(db, profile)
    out: dict[str, Any] = {"import_s": imported - started, "rss_mb": {"imported": _rss_mb()}}
    async with app.run_test(size=(160, 48)) as pilot:
        table = app.table
        deadline = time.perf_counter() + 300
        while not (table.rows and "drawn" in marks) and time.perf_counter() < deadline:
            await pilot.pause(0.002)
        out["start_to_table_s"] = marks.get("drawn", time.perf_counter()) - started
        out["rows"] = len(table.rows)
        out["rss_mb"]["table_drawn"] = _rss_mb()
        out["first_screen_stale"] = app.first_screen_is_stale
        while app.loaded is None and time.perf_counter() < deadline:
            await pilot.pause(0.005)
        out["start_to_whole_table_s"] = time.perf_counter() - started
        while app.index is None and time.perf_counter() < deadline:
            await pilot.pause(0.01)
        out["start_to_search_ready_s"] = time.perf_counter() - started
        out["rss_mb"]["search_ready"] = _rss_mb()
        stop.append(True)
        sampler.join()

        async def keystroke(key: str, drawn: list[float], round_trip: list[float]) -> None:
            t0 = time.perf_counter()
            await pilot.press(key)
            while marks.get("set", 0.0) < t0 and time.perf_counter() < t0 + 5:
                await pilot.pause(0.001)
            await pilot.pause()
            round_trip.append(time.perf_counter() - t0)
            if marks.get("set", 0.0) >= t0 and "drawn" in marks:
                drawn.append(marks["drawn"] - t0)

        search: list[float] = []
        search_rt: list[float] = []
        await pilot.press("slash")
        for query in TUI_QUERIES:
            for ch in query:
                await keystroke(ch, search, search_rt)
            for _ in query:
                await keystroke("backspace", search, search_rt)
        floor: list[float] = []
        for _ in range(10):  # the pilot alone: a key that moves the input's cursor, no table update
            t0 = time.perf_counter()
            await pilot.press("left")
            await pilot.pause()
            floor.append(time.perf_counter() - t0)
        out["pilot_floor_ms"] = round(statistics.median(floor) * 1000, 2)
        out["search_ms"] = [round(x * 1000, 2) for x in search]
        out["search_round_trip_ms"] = [round(x * 1000, 2) for x in search_rt]
        await pilot.press("escape")
        filt: list[float] = []
        filt_rt: list[float] = []
        try:
            await pilot.press("f")
            for _ in range(3):
                for _toggle in range(2):  # on, then off again
                    await keystroke("space", filt, filt_rt)
                await pilot.press("down")
        except Exception as e:  # the filter panel's keys are the TUI's to change; report, don't fail
            out["filter_error"] = f"{type(e).__name__}: {e}"
        out["rss_mb"]["after_keystrokes"] = _rss_mb()
        out["filter_ms"] = [round(x * 1000, 2) for x in filt]
        out["filter_round_trip_ms"] = [round(x * 1000, 2) for x in filt_rt]
    # VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over fork and exec, so a child of
    # this (large) benchmark process would report the parent's size.
    out["peak_rss_mb"] = _rss_mb("VmHWM")
    out["ru_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["sampled_peak"] = {"mb": peak.get("mb"), "at_s": round(peak.get("at_s", 0.0), 3)}
    out["exited_s"] = time.perf_counter() - started
    return out


def tui_child(db: str, profile: str) -> None:
    """Runs in a fresh process: its peak RSS is the TUI's own."""
    print(json.dumps(asyncio.run(_tui_measure(Path(db), Path(profile)))))


def bench_tui(quick: bool, tmp: Path, keep_db: Path | None = None) -> list[Figure]:
    n = 2_000 if quick else 20_000
    try:
        from scout.store import Store
        from tests.tui.make_offers import make_offers
    except ImportError as e:
        return [Figure("tui", "TUI", None, "", note=f"TUI: not available ({e})")]
    db = keep_db if keep_db is not None else tmp / "tui.duckdb"
    if keep_db is not None and keep_db.exists():
        log(f"tui: reusing {keep_db} (built earlier with --tui-db)")
        n = sum(int(r["postings"]) for r in Store(keep_db).query("postings_count_by_source"))
    else:
        t = timed(lambda: make_offers(Store(db), n))
        log(f"tui: {n:,} offers stored in {t.wall:.1f} s (tests/tui/make_offers.py, not timed)")
    env = {**os.environ, "XDG_STATE_HOME": str(tmp / "state"), "SCOUT_CONFIG_DIR": str(tmp / "config"),
           "XDG_DATA_HOME": str(tmp / "data"), "PYTHONPATH": str(REPO)}
    env.pop("SCOUT_DB", None)
    env.pop("SCOUT_PROFILE", None)
    profile_path = tmp / "config" / "profile.toml"  # absent: the default profile, as a new user has

    def start() -> dict[str, Any] | str:
        """One TUI start in a child process: its measurements, or why there are none. Each starts
        as a new user's would: no view saved by an earlier start (its keystrokes leave a search or
        filter behind, and a saved view that needs every offer is not drawn from the cache)."""
        shutil.rmtree(tmp / "state", ignore_errors=True)
        proc = subprocess.run([sys.executable, __file__, "--tui-child", str(db), str(profile_path)],
                              capture_output=True, text=True, env=env, timeout=600)
        if proc.returncode != 0 or not proc.stdout.strip():
            return (proc.stderr.strip().splitlines() or ["no output"])[-1][:200]
        result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
        return result

    from scout.profile import load_profile
    from scout.tui.cache import CacheFiles
    from scout.tui.data import prepare_next_start

    files = CacheFiles.beside(db)

    def no_cache() -> None:
        files.offers.unlink(missing_ok=True)
        files.ranking.unlink(missing_ok=True)

    def prepare(day: date) -> Timing:
        no_cache()
        return timed(lambda: prepare_next_start(Store(db), load_profile(profile_path), day))

    def rekey(path: Path) -> None:
        """The file as an older version of Scout left it: the same layout under another key."""
        with path.open("rb") as f:
            head = pickle.load(f)
            payloads = [pickle.load(f) for _ in range(head[2])]
        with path.open("wb") as f:
            pickle.dump((head[0], "an older version", *head[2:]), f)
            for payload in payloads:
                pickle.dump(payload, f)

    # 1. no cache files at all (deleted, or a folder Scout cannot write to): every offer built and
    #    ranked before the first table
    no_cache()
    cold = start()
    # 2. after an upgrade of Scout: both files carry the older version's key (a stale first screen)
    prepare(date.today())
    rekey(files.offers)
    rekey(files.ranking)
    upgraded = start()
    # 3. the first start of a day with no scrape since yesterday: the offers are cached, their
    #    ranking is yesterday's (a stale first screen; the offers come from the file)
    prepare(date.today() - timedelta(days=1))
    next_day = start()
    # 4. a start after `scout scrape`, which prepares the cache for the default profile and today
    prep = prepare(date.today())
    got = start()
    if isinstance(got, str):
        return [Figure("tui", "TUI", None, "", note=f"TUI: not available ({got})")]
    search, filt = sorted(got["search_ms"]), sorted(got["filter_ms"])
    search_rt, filt_rt = sorted(got["search_round_trip_ms"]), sorted(got["filter_round_trip_ms"])

    def p95(xs: list[float]) -> float:
        return xs[min(len(xs) - 1, math.ceil(0.95 * len(xs)) - 1)]

    size = "" if n == 20_000 else " (quick size)"
    figures = [
        Figure("tui_start_to_table_s",
               f"TUI start after a scrape (cache prepared by it) to table drawn, {got['rows']:,} offers",
               got["start_to_table_s"], "s wall", target="< 1.5 s", passed=got["start_to_table_s"] < 1.5,
               note=f"imports {got['import_s']:.2f} s; every offer loaded and ranked (search ready) at "
                    f"{got['start_to_search_ready_s']:.2f} s; the scrape spent {prep.wall:.2f} s "
                    f"preparing the cache{size}",
               extra=got),
    ]
    stale_cases = (
        ("tui_upgrade_start_to_table_s", "TUI start after an upgrade of Scout (cache files of the older "
         "version) to table drawn", upgraded),
        ("tui_next_day_start_to_table_s", "TUI first start of a day, no scrape since yesterday, to table "
         "drawn", next_day),
        ("tui_cold_start_to_table_s", "TUI start with no cache files at all to table drawn", cold),
    )
    for key, label, case in stale_cases:
        if isinstance(case, str):
            figures.append(Figure(key, label, None, "", note=f"not measured: {case}"))
            continue
        first = "the saved top offers ranked anew, shown until" if case["first_screen_stale"] else "after"
        figures.append(Figure(
            key, label, case["start_to_table_s"], "s wall", target="< 1.5 s",
            passed=case["start_to_table_s"] < 1.5,
            note=f"imports {case['import_s']:.2f} s; {first} every offer is built and ranked "
                 f"({case['start_to_whole_table_s']:.2f} s){size}",
            extra=case))
    for key, label, xs, rt in (("search", "search keystroke", search, search_rt),
                               ("filter", "filter toggle", filt, filt_rt)):
        if not xs:
            why = got.get("filter_error", "no keystroke updated the table")
            figures.append(Figure(f"tui_{key}_key_median_ms", label, None, "", note=f"not measured: {why}"))
            continue
        figures += [
            Figure(f"tui_{key}_key_median_ms", f"{label} to table redrawn, median of {len(xs)}",
                   statistics.median(xs), "ms wall", target="< 100 ms", passed=statistics.median(xs) < 100,
                   note=f"through the test pilot (which waits for idle): median {statistics.median(rt):.0f} "
                        f"ms, its floor {got['pilot_floor_ms']:.0f} ms"),
            Figure(f"tui_{key}_key_p95_ms", f"{label} to table redrawn, p95", p95(xs), "ms wall",
                   note=f"max {xs[-1]:.0f} ms"),
        ]
    figures.append(Figure("tui_peak_rss_mb", f"TUI process peak memory with {n:,} offers", got["peak_rss_mb"],
                          "MB RSS", target="< 400 MB", passed=got["peak_rss_mb"] < 400,
                          note="RSS " + ", ".join(f"{k.replace('_', ' ')} {v:.0f}"
                                                  for k, v in got["rss_mb"].items())
                          + f" MB; largest sampled during start-up {got['sampled_peak']['mb']:.0f} MB at "
                          f"{got['sampled_peak']['at_s']:.2f} s (table drawn at "
                          f"{got['start_to_table_s']:.2f} s)"))
    return figures


# -- replay scrape of every bundled cassette ----------------------------------------------------------


def bench_replay(quick: bool, tmp: Path) -> list[Figure]:
    from scout.config import Settings
    from scout.demo import load_demo
    from scout.pipeline import replay_fetcher, scrape
    from scout.store import Store

    result: dict[str, Any] = {}

    def run(k: list[int] = [0]) -> None:  # noqa: B006 - a counter for fresh files
        k[0] += 1
        demo = load_demo()
        settings = Settings()
        store = Store(tmp / f"replay-{k[0]}.duckdb")
        with replay_fetcher(settings, demo.folders) as fetch:
            outcome = scrape(store, demo.sources, fetch, settings)
        result["outcome"] = outcome
        result["postings"] = len(store.query("dedupe_items"))
        result["offers"] = len({r["offer_id"] for r in store.query("offers_load")})
        result["folders"] = len(demo.folders)

    t = timed(run, 1 if quick else 2)
    outcome = result["outcome"]
    statuses = Counter(r.status for r in outcome.reports)
    crashed = [r.source for r in outcome.reports if any(e.kind == "crash" for e in r.errors)]
    log(f"replay: {t.wall:.2f} s")
    return [Figure(
        "replay_all_cassettes_s",
        f"replay scrape of {result['folders']} demo cassettes into a fresh DuckDB (with extraction, dedupe)",
        t.wall, "s wall", target="< 10 s", passed=t.wall < 10,
        note=f"{result['postings']} postings, {result['offers']} offers, {len(outcome.reports)} sources "
             f"({', '.join(f'{v} {k}' for k, v in sorted(statuses.items()))}), exit {outcome.exit_code}"
             + (f"; ADAPTER CRASHED: {', '.join(crashed)}" if crashed else ""),
        extra={"cpu_s": t.cpu, "postings": result["postings"], "offers": result["offers"],
               "statuses": dict(statuses)},
    )]


# -- output -------------------------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    if x is None:
        return "-"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.3g}" if abs(x) < 1 else f"{x:.2f}"


def table(figures: list[Figure], mach: dict[str, Any]) -> str:
    rows = [("figure", "value", "unit", "baseline", "ratio", "target", "pass")]
    for f in figures:
        rows.append((
            f.label, _fmt(f.value), f.unit,
            f"{_fmt(f.baseline)} ({f.baseline_label})" if f.baseline is not None else "-",
            f"{f.ratio:.1f}x" if f.ratio is not None else "-", f.target or "-",
            {True: "PASS", False: "FAIL", None: "-"}[f.passed],
        ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        f"machine: {mach['cpu']}, {mach['cores']} cores ({mach['cores_usable']} usable), Python "
        f"{mach['python']}, duckdb {mach['duckdb']}, selectolax {mach['selectolax']}, "
        f"beautifulsoup4 {mach['beautifulsoup4']}, rapidfuzz {mach['rapidfuzz']}, textual {mach['textual']}",
        f"load average: {mach['load_average_at_start']} at start, {mach.get('load_average_at_end')} at end; "
        f"run took {mach.get('seconds', 0):.0f} s ({'quick' if mach.get('quick') else 'full'} sizes)",
        "",
    ]
    for i, r in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if j in (0, 2, 3, 5) else c.rjust(w)
                               for j, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    notes = [f"  {f.label}: {f.note}" for f in figures if f.note]
    if notes:
        lines += ["", "notes:", *notes]
    lines += ["", "ratio = how many times faster than the baseline, measured in this process on the same "
              "input."]
    return "\n".join(lines)


SECTIONS = ["html", "extract", "store", "dedupe", "rank", "tui", "replay"]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="small sizes (about a minute)")
    ap.add_argument("--json", action="store_true", help="print JSON, one key per figure")
    ap.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    ap.add_argument("--tui-db", type=Path, help="keep the TUI's synthetic database here and reuse it "
                    "on later runs (building 20,000 offers takes minutes)")
    ap.add_argument("--tui-child", nargs=2, metavar=("DB", "PROFILE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.tui_child:
        tui_child(*args.tui_child)
        return 0
    mach = machine()
    mach["quick"] = args.quick
    started = time.perf_counter()
    figures: list[Figure] = []
    state: dict[str, Any] = {}
    wanted = args.only or SECTIONS
    with tempfile.TemporaryDirectory(prefix="scout-bench-") as tmp_name:
        tmp = Path(tmp_name)
        runners: dict[str, Callable[[], list[Figure]]] = {
            "html": lambda: bench_html(args.quick),
            "extract": lambda: bench_extract(args.quick, state),
            "store": lambda: bench_store(args.quick, tmp),
            "dedupe": lambda: bench_dedupe(args.quick),
            "rank": lambda: bench_rank(args.quick, state),
            "tui": lambda: bench_tui(args.quick, tmp, args.tui_db),
            "replay": lambda: bench_replay(args.quick, tmp),
        }
        for name in SECTIONS:
            if name not in wanted:
                continue
            log(f"section {name}")
            try:
                figures += runners[name]()
            except Exception as e:  # one broken section must not hide the others' figures
                traceback.print_exc(file=sys.stderr)
                figures.append(Figure(name, name, None, "", note=f"FAILED: {type(e).__name__}: {e}"))
    mach["seconds"] = time.perf_counter() - started
    mach["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        out: dict[str, Any] = {"machine": mach}
        for f in figures:
            out[f.key] = {
                "label": f.label, "value": f.value, "unit": f.unit, "baseline": f.baseline,
                "baseline_label": f.baseline_label or None, "ratio": f.ratio, "target": f.target or None,
                "pass": f.passed, "note": f.note or None, **({"details": f.extra} if f.extra else {}),
            }
        print(json.dumps(out, indent=2, default=str))
    else:
        print(table(figures, mach))
    return 0


if __name__ == "__main__":
    sys.exit(main())
