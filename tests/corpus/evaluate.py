"""Measure the extractor against the labelled corpus: per-field precision, recall, exact match.

    python tests/corpus/evaluate.py dev        # the part rules are written against
    python tests/corpus/evaluate.py heldout    # the part nobody reads while writing rules
    python tests/corpus/evaluate.py dev --field pay.per_rvu_usd --show   # list the misses

Exact match: the share of postings whose field equals the label (lists compared as sets).
Precision and recall: over list items for list fields; for single-valued fields, over the
postings where the extractor or the label has a value (a wrong value counts against both).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from scout.extract import extract, extract_html  # noqa: E402
from scout.extract.contract import Terms  # noqa: E402

PAY_FIGURES = ("per_rvu_usd", "per_study_usd", "per_shift_usd", "hourly_usd", "daily_usd",
               "annual_usd", "sign_on_bonus_usd")
SCALARS = ["work_mode", "employment_type", *[f"pay.{f}" for f in PAY_FIGURES],
           "malpractice.provided", "malpractice.policy", "malpractice.tail", "licensing.paid",
           "licensing.imlc", "equipment_provided", "partnership_track", "non_compete",
           "private_equity"]
LISTS = ["pay.models", "volume", "licensing.states", "shifts", "subspecialties", "modalities",
         "benefits"]
FIELDS = SCALARS + LISTS
PAY_FIELDS = [f"pay.{f}" for f in PAY_FIGURES] + ["pay.models"]


def get(terms: dict[str, Any], path: str) -> Any:
    value: Any = terms
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def as_set(path: str, value: Any) -> set[Any]:
    if path == "volume":
        return {(_num(v.get("min")), _num(v.get("max")), v["unit"], v["per"], v["kind"])
                for v in value or []}
    return set(value or [])


def _num(x: Any) -> Any:
    return float(x) if isinstance(x, int | float) and not isinstance(x, bool) else x


def norm_scalar(value: Any) -> Any:
    if isinstance(value, dict):
        return (_num(value.get("min")), _num(value.get("max")))
    return _num(value)


def load(part: str) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    cases = []
    for label_path in sorted((HERE / part).glob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        gold = Terms.model_validate(label["terms"]).to_contract()
        html = label_path.with_suffix(".html")
        if html.exists():
            _, terms = extract_html(html.read_text(encoding="utf-8"))
        else:
            terms = extract(label_path.with_suffix(".txt").read_text(encoding="utf-8"))
        cases.append((label_path.stem, gold, terms.to_contract()))
    return cases


def score(cases: list[tuple[str, dict[str, Any], dict[str, Any]]], path: str) -> dict[str, Any]:
    exact = tp = fp = fn = 0
    misses = []
    for name, gold, got in cases:
        g, p = get(gold, path), get(got, path)
        if path in LISTS:
            gs, ps = as_set(path, g), as_set(path, p)
            ok = gs == ps
            tp += len(gs & ps)
            fp += len(ps - gs)
            fn += len(gs - ps)
        else:
            gn, pn = norm_scalar(g), norm_scalar(p)
            ok = gn == pn
            if path == "licensing.imlc":  # boolean with no null: score the positive class
                tp += int(bool(gn) and bool(pn))
                fp += int(bool(pn) and not gn)
                fn += int(bool(gn) and not pn)
            else:
                tp += int(ok and gn is not None)
                fp += int(pn is not None and not ok)
                fn += int(gn is not None and not ok)
        exact += ok
        if not ok:
            misses.append((name, g, p))
    n = len(cases)
    return {
        "field": path,
        "exact": exact / n if n else 0.0,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("part", choices=["dev", "heldout"])
    ap.add_argument("--field", action="append", help="only these fields")
    ap.add_argument("--show", action="store_true", help="list each miss: label vs extracted")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    cases = load(args.part)
    fields = args.field or FIELDS
    results = [score(cases, f) for f in fields]
    if args.json:
        print(json.dumps({r["field"]: {k: r[k] for k in ("exact", "precision", "recall")}
                          for r in results}, indent=1))
        return 0
    print(f"{args.part}: {len(cases)} postings")
    print(f"{'field':<28}{'exact':>8}{'prec':>8}{'recall':>8}")
    for r in results:
        print(f"{r['field']:<28}{r['exact']:>8.1%}{r['precision']:>8.1%}{r['recall']:>8.1%}")
    worst: Callable[[dict[str, Any]], float] = lambda r: r["exact"]
    print(f"lowest exact match: {min(results, key=worst)['field']} "
          f"{min(r['exact'] for r in results):.1%}")
    if args.show:
        for r in results:
            for name, g, p in r["misses"]:
                print(f"- {r['field']}: {name}\n    label:     {json.dumps(g)}\n    extracted: {json.dumps(p)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
