"""Validate every corpus label against the terms contract; prints problems, exits 1 if any."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from scout.extract.contract import Terms  # noqa: E402

VOICES = {
    "acr-board",
    "radworking",
    "telerad-company",
    "recruiter-email",
    "locums",
    "ats-html",
    "hospital",
    "academic",
    "onsite-private-practice",
    "vague",
}


def check(path: Path) -> list[str]:
    problems: list[str] = []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"{path.name}: not JSON: {e}"]
    meta = data.get("meta", {})
    if meta.get("voice") not in VOICES:
        problems.append(f"{path.name}: meta.voice {meta.get('voice')!r} not one of {sorted(VOICES)}")
    if not isinstance(meta.get("traps"), list):
        problems.append(f"{path.name}: meta.traps must be a list")
    terms = data.get("terms")
    if not isinstance(terms, dict):
        return [*problems, f"{path.name}: no terms object"]
    if "evidence" in terms or "schema" in terms:
        problems.append(f"{path.name}: labels carry no schema and no evidence")
    try:
        t = Terms.model_validate(terms)
    except Exception as e:  # pydantic's message names the field
        return [*problems, f"{path.name}: {e}"]
    if t.pay.annual_usd is not None and "salary" not in t.pay.models:
        problems.append(f"{path.name}: annual_usd set but 'salary' not in pay.models")
    for state in t.licensing.states:
        if len(state) != 2 or not state.isupper():
            problems.append(f"{path.name}: state {state!r} is not a two-letter code")
    stem = path.with_suffix("")
    if not (stem.with_suffix(".txt").exists() or stem.with_suffix(".html").exists()):
        problems.append(f"{path.name}: no .txt or .html posting beside the label")
    return problems


def main() -> int:
    problems: list[str] = []
    count = 0
    for part in ("dev", "heldout"):
        for path in sorted((HERE / part).glob("*.json")):
            count += 1
            problems.extend(check(path))
    for p in problems:
        print(p)
    print(f"{count} labels, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
