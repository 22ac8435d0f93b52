"""Commands that rank and show offers for the user's profile: rank, show, add, profile, flags."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Annotated

import typer

from scout.cli.app import DbOption, ProfileOption, app, open_store, out, prepare_tui, print_table
from scout.cli.extract import FileArg, describe_terms, looks_like_html, read_input
from scout.config import load_settings
from scout.errors import ConfigError
from scout.extract import extract, extract_html
from scout.models import RawPosting
from scout.offers import load_offers, offer_row, ranked_offers
from scout.pipeline import add_manual
from scout.present import employment_text, flag_markers, pay_as_posted, quota_text, span_text, tail_text
from scout.profile import commented_profile_toml, load_profile, profile_path
from scout.rank import OfferInput, Ranked, rank_offer
from scout.ranking_defaults import FLAG_CATALOGUE


def _table(ranked: list[Ranked]) -> None:
    rows = []
    for r in ranked:
        t = r.offer.terms
        rows.append(
            [
                str(r.id),
                f"{r.score:.1f}",
                r.offer.title[:44],
                (r.offer.employer or "-")[:28],
                t.work_mode or "?",
                employment_text(t),
                pay_as_posted(t, r.offer.published_pay)[:22],
                span_text(r.figures.effective_hourly_usd) + "/h",
                quota_text(t)[:22],
                tail_text(t),
                flag_markers(f.severity for f in r.flags),
                ",".join(sorted({s["source"] for s in r.offer.sources})),
            ]
        )
    print_table(
        [
            "id",
            "score",
            "title",
            "employer",
            "mode",
            "type",
            "pay as posted",
            "eff. $/h",
            "quota",
            "tail",
            "flags",
            "sources",
        ],
        rows,
    )


@app.command("rank")
def rank_cmd(
    db: DbOption = None,
    profile: ProfileOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="A JSON list of ranked offers.")] = False,
    limit: Annotated[int | None, typer.Option(help="Only the best N.")] = None,
    min_score: Annotated[
        float | None, typer.Option("--min-score", help="Only offers scoring this or more.")
    ] = None,
    hide_flag: Annotated[
        list[str] | None, typer.Option("--hide-flag", help="Ignore this flag id (repeatable).")
    ] = None,
    include_removed: Annotated[
        bool, typer.Option("--include-removed", help="Also offers gone from the boards.")
    ] = False,
) -> None:
    """Rank every stored offer for your profile: score, pay as posted, effective $/hour, flags.

    Example: scout rank --limit 10 --min-score 60
    """
    known = {spec.id for spec in FLAG_CATALOGUE}
    unknown = [f for f in hide_flag or [] if f not in known]
    if unknown:
        raise ConfigError(f"unknown flag id {', '.join(unknown)}; `scout flags` lists them")
    user = load_profile(profile)
    ranked = ranked_offers(open_store(db, load_settings()), user, ignore_flags=hide_flag or ())
    if not include_removed:
        ranked = [r for r in ranked if r.offer.removed_at is None]
    if min_score is not None:
        ranked = [r for r in ranked if r.score >= min_score]
    if limit is not None:
        ranked = ranked[:limit]
    if as_json:
        print(json.dumps([offer_row(r) for r in ranked], indent=1))
    else:
        _table(ranked)


def print_ranked(r: Ranked) -> None:
    """One offer in full: figures with how computed, score breakdown, flags with their quotes."""
    o = r.offer

    def say(text: str = "") -> None:
        out.print(text, markup=False)

    say(f"#{r.id}  {o.title}  ({o.employer or 'employer not stated'})")
    say(f"Score {r.score:.1f}/100")
    for part in r.score_breakdown:
        say(f"  {part.component:<10} {part.points:5.1f}  ({part.reason})")
    f = r.figures
    say("Figures at your pace:")
    for key, label in (
        ("annual_gross_usd", "Annual gross"),
        ("w2_equivalent_usd", "W-2 equivalent"),
        ("effective_hourly_usd", "Effective $/hour"),
        ("effective_per_rvu_usd", "Effective $/wRVU"),
    ):
        say(f"  {label:<18} {span_text(getattr(f, key)):<16} {f.how.get(key, '')}")
    if f.workload is not None:
        say(f"  Workload           {f.workload.how}")
    if r.licenses_missing:
        say(f"Licences you lack: {', '.join(r.licenses_missing)}")
    if r.flags:
        say("Red flags:")
        for flag in r.flags:
            say(f"  [{flag.severity}] {flag.id}: {flag.message}")
            for quote in flag.evidence:
                say(f"      \u201c{quote}\u201d")
            if flag.threshold:
                say(f"      threshold: {flag.threshold}{' (heuristic)' if flag.heuristic else ''}")
    say("Terms:")
    for line in describe_terms(o.terms, o.text):
        say(f"  {line}")
    say("Sources:")
    for s in o.sources:
        say(f"  {s['source']}: {s['url']}")
    seen = f"first seen {o.first_seen:%Y-%m-%d}" if o.first_seen else ""
    if o.removed_at:
        seen += f", removed {o.removed_at:%Y-%m-%d}"
    if seen:
        say(seen.strip(", "))


@app.command("show")
def show_cmd(
    offer_id: Annotated[int, typer.Argument(help="The offer id `scout rank` shows.")],
    db: DbOption = None,
    profile: ProfileOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Show one offer in full: figures, score breakdown, red flags with the posting's words, terms.

    Example: scout show 12
    """
    offers = {o.id: o for o in load_offers(open_store(db, load_settings()))}
    if offer_id not in offers:
        raise ConfigError(f"no offer {offer_id}; `scout rank` lists the ids")
    ranked = rank_offer(offers[offer_id], load_profile(profile), today=date.today())
    if as_json:
        print(json.dumps(offer_row(ranked), indent=1))
    else:
        print_ranked(ranked)


@app.command("assess")
def assess_cmd(
    file: FileArg,
    profile: ProfileOption = None,
    html: Annotated[bool, typer.Option("--html", help="The input is HTML.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object, as `scout rank --json`.")] = False,
) -> None:
    """Check one posting or recruiter e-mail: terms with their evidence, figures, flags and score.

    Nothing is stored (`scout add` stores it).

    Example: pbpaste | scout assess -
    """
    text = read_input(file)
    if html or looks_like_html(text):
        text, terms = extract_html(text)
    else:
        terms = extract(text)
    title = next((line.strip() for line in text.splitlines() if line.strip()), "Pasted offer")[:80]
    offer = OfferInput(id=0, title=title, employer=None, terms=terms, text=text)
    ranked = rank_offer(offer, load_profile(profile), today=date.today())
    if as_json:
        print(json.dumps(ranked.to_json(), indent=1))
    else:
        print_ranked(ranked)


@app.command("add")
def add_cmd(
    file: FileArg,
    db: DbOption = None,
    title: Annotated[str | None, typer.Option(help="The job's title (default: its first line).")] = None,
    employer: Annotated[str | None, typer.Option(help="Who offers it.")] = None,
    url: Annotated[str | None, typer.Option(help="A link to the offer, if any.")] = None,
) -> None:
    """Store an offer that arrived by e-mail or phone, as a posting from source `manual`.

    Example: scout add offer-email.txt --employer "Summit Teleradiology" --title "Nights, 1099"
    """
    text = read_input(file)
    if looks_like_html(text):
        text = extract_html(text)[0]
    if not text.strip():
        raise ConfigError("the offer is empty: nothing to add")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "Manual offer")
    posting = RawPosting(
        source="manual",
        source_id=digest,
        url=url or f"manual:{digest}",
        title=(title or first_line)[:120],
        employer=employer,
        body=text,
        body_format="text",
        text=text,
    )
    store = open_store(db, load_settings())
    offer_id = add_manual(store, posting)
    out.print(f"stored as offer {offer_id}; `scout show {offer_id}` ranks it", markup=False)
    prepare_tui(store)  # the next `scout tui` starts with the new offer without rebuilding every offer


profile_app = typer.Typer(
    help="Your profile: licences, pace, schedule, preferences, weights.", no_args_is_help=True
)
app.add_typer(profile_app, name="profile")


@profile_app.command("init")
def profile_init(
    profile: ProfileOption = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented profile file with every key at its default.

    Example: scout profile init && $EDITOR "$(scout profile path)"
    """
    path = profile_path(profile)
    if path.exists() and not force:
        raise ConfigError(f"{path} exists; use --force to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(commented_profile_toml(), encoding="utf-8")
    out.print(f"wrote {path}", markup=False)


@profile_app.command("show")
def profile_show(profile: ProfileOption = None) -> None:
    """Print the profile in use, with defaults filled in.

    Example: scout profile show
    """
    user = load_profile(profile)
    out.print(f"# {profile_path(profile)}", markup=False)
    out.print(json.dumps(user.model_dump(mode="json"), indent=1), markup=False)


@profile_app.command("path")
def profile_path_cmd(profile: ProfileOption = None) -> None:
    """Print where the profile file is (it need not exist yet).

    Example: scout profile path
    """
    out.print(str(profile_path(profile)), markup=False)


@app.command("flags")
def flags_cmd() -> None:
    """List the red-flag catalogue: id, most serious level, when it fires, threshold and source.

    Example: scout flags
    """
    for spec in FLAG_CATALOGUE:
        out.print(f"{spec.id} [{spec.severity}]{' (heuristic)' if spec.heuristic else ''}", markup=False)
        out.print(f"    {spec.when}", markup=False)
        if spec.threshold:
            out.print(f"    threshold: {spec.threshold}", markup=False)
