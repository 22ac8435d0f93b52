"""Commands around the extractor: extract, assess, renormalize."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from scout.cli.app import DbOption, app, open_store, out, prepare_tui
from scout.config import load_settings
from scout.errors import ConfigError
from scout.extract import Terms, extract, extract_html
from scout.pipeline import renormalize

FileArg = Annotated[str, typer.Argument(help="A file, or - for standard input.", metavar="FILE|-")]


def read_input(name: str) -> str:
    """The text of FILE, or standard input for '-'; a ConfigError (exit 2) when unreadable."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as e:
            raise ConfigError(f"cannot read {name}: {e.strerror or e}") from e
    return data.decode("utf-8", errors="replace")


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype", "<html")) or ("<p>" in head or "<div" in head)


@app.command("extract")
def extract_cmd(
    file: FileArg,
    html: Annotated[bool, typer.Option("--html", help="The input is HTML: strip markup first.")] = False,
) -> None:
    """Print the terms of one posting as the contract JSON.

    Exit 0 on any text (empty included); 2 when the file cannot be read. With --html, evidence
    offsets point into the plain text Scout derives from the HTML.

    Example: scout extract posting.txt | jq .pay
    """
    text = read_input(file)
    terms = extract_html(text)[1] if html else extract(text)
    out.print_json(json.dumps(terms.to_contract()))


def describe_terms(terms: Terms, text: str) -> list[str]:
    """A radiologist-readable summary of the terms, each line with the words it came from."""
    quotes: dict[str, list[str]] = {}
    for ev in terms.evidence:
        nested = ev.field.startswith(("pay.", "malpractice.", "licensing."))
        top = ev.field if nested else ev.field.split(".")[0]
        quotes.setdefault(top, []).append(ev.text)

    def q(*fields: str) -> str:
        found = [t for f in fields for t in quotes.get(f, [])]
        return ("  \u201c" + "\u201d, \u201c".join(dict.fromkeys(found)) + "\u201d") if found else ""

    def rng(r: object) -> str:
        lo, hi = getattr(r, "min", None), getattr(r, "max", None)

        def fmt(v: float) -> str:
            return f"${v:,.0f}" if v >= 1000 else f"${v:,.2f}".rstrip("0").rstrip(".")

        if lo is not None and hi is not None:
            return fmt(lo) if lo == hi else f"{fmt(lo)}\u2013{fmt(hi)}"
        if lo is not None:
            return f"from {fmt(lo)}"
        return f"up to {fmt(hi)}" if hi is not None else "?"

    lines = []
    pay = terms.pay
    units = {
        "per_rvu_usd": "per wRVU",
        "per_study_usd": "per study",
        "per_shift_usd": "per shift",
        "hourly_usd": "per hour",
        "daily_usd": "per day",
        "annual_usd": "a year",
    }
    figures = [f"{rng(getattr(pay, k))} {u}" for k, u in units.items() if getattr(pay, k)]
    if figures:
        lines.append("Pay: " + "; ".join(figures) + q(*[f"pay.{k}" for k in units]))
    elif pay.models:
        lines.append("Pay: " + ", ".join(pay.models) + " (no figure stated)" + q("pay.models"))
    else:
        lines.append("Pay: not stated")
    if pay.sign_on_bonus_usd:
        lines.append(f"Sign-on bonus: ${pay.sign_on_bonus_usd:,.0f}" + q("pay.sign_on_bonus_usd"))
    for v in terms.volume:
        if v.min is None:
            span = f"up to {v.max:g}"
        elif v.max is None:
            span = f"{v.min:g}+"
        else:
            span = f"{v.min:g}" if v.min == v.max else f"{v.min:g}\u2013{v.max:g}"
        unit = "wRVUs" if v.unit == "rvu" else "studies"
        lines.append(f"Volume ({v.kind.replace('_', ' ')}): {span} {unit} per {v.per}" + q("volume"))
    if not terms.volume and "volume" in quotes:
        lines.append("Volume: no quota stated" + q("volume"))
    simple = [
        ("Work mode", terms.work_mode, "work_mode"),
        (
            "Employment",
            {"w2": "W-2 employee", "1099": "1099 independent contractor", "either": "W-2 or 1099"}.get(
                terms.employment_type or ""
            ),
            "employment_type",
        ),
    ]
    for label, value, field in simple:
        lines.append(f"{label}: {value or 'not stated'}" + (q(field) if value else ""))
    m = terms.malpractice
    mal = []
    if m.provided is not None:
        mal.append("provided" if m.provided else "NOT provided (you pay)")
    if m.policy:
        mal.append(m.policy.replace("_", "-"))
    if m.tail:
        mal.append(
            {"provided": "tail covered", "not_provided": "tail NOT covered", "negotiable": "tail negotiable"}[
                m.tail
            ]
        )
    lines.append(
        "Malpractice: "
        + (", ".join(mal) if mal else "not stated")
        + q("malpractice.provided", "malpractice.policy", "malpractice.tail")
    )
    lic = terms.licensing
    parts = []
    if lic.states:
        parts.append("states " + ", ".join(sorted(lic.states)))
    if lic.imlc:
        parts.append("IMLC")
    if lic.paid is not None:
        parts.append("fees paid" if lic.paid else "fees at your cost")
    lines.append(
        "Licensing: "
        + ("; ".join(parts) if parts else "not stated")
        + q("licensing.states", "licensing.imlc", "licensing.paid")
    )
    for label, values, field in (
        ("Shifts", terms.shifts, "shifts"),
        ("Subspecialties", terms.subspecialties, "subspecialties"),
        ("Modalities", terms.modalities, "modalities"),
        ("Benefits", terms.benefits, "benefits"),
    ):
        if values:
            lines.append(f"{label}: {', '.join(sorted(values))}" + q(field))
    flags: tuple[tuple[str, bool | None, str], ...] = (
        ("Workstation provided", terms.equipment_provided, "equipment_provided"),
        ("Partnership track", terms.partnership_track, "partnership_track"),
        ("Non-compete", terms.non_compete, "non_compete"),
        ("Private equity", terms.private_equity, "private_equity"),
    )
    for label, flag, field in flags:
        if flag is not None:
            lines.append(f"{label}: {'yes' if flag else 'no'}" + q(field))
    return lines


@app.command("renormalize")
def renormalize_cmd(db: DbOption = None) -> None:
    """Re-run the extractor over stored postings whose terms are missing or out of date.

    Example: scout renormalize
    """
    store = open_store(db, load_settings())
    count = renormalize(store)
    out.print(f"re-extracted terms for {count} postings")
    if count:
        prepare_tui(store)  # the next `scout tui` starts from the new terms without rebuilding
