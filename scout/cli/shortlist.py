"""Commands for the user's shortlists and notes: shortlist add/remove/list/show/delete, note."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated

import typer

from scout import shortlists
from scout.cli.app import DbOption, app, open_store, out, print_table
from scout.config import load_settings
from scout.store import Store

shortlist_app = typer.Typer(
    help="Keep named shortlists of offers, each offer with your note.\n\n"
    "Example: scout shortlist add favourites 12 31 --note 'ask about tail'",
    no_args_is_help=True,
)
app.add_typer(shortlist_app, name="shortlist")

NameArg = Annotated[str, typer.Argument(help="The shortlist's name.", metavar="NAME")]
IdsArg = Annotated[
    list[int],
    typer.Argument(help="Offer ids, as `scout rank` shows them.", metavar="OFFER_ID", show_default=False),
]


def _store(db: DbOption) -> Store:
    return open_store(db, load_settings())


def _ids(ids: list[int]) -> str:
    return ", ".join(f"#{i}" for i in ids)


@shortlist_app.command("add")
def add_cmd(
    name: NameArg,
    offer_ids: IdsArg,
    note: Annotated[
        str | None, typer.Option("--note", help="Your note on these offers (replaces the old one).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Put offers on a shortlist, making the list if it is new.

    An id may be any posting of an offer: the list keeps the offer. Exit 2 when an id is unknown.

    Example: scout shortlist add favourites 12 31 --note "ask about tail"
    """
    change = shortlists.add(_store(db), name, offer_ids, note=note)
    name = shortlists.check_name(name)
    if change.changed:
        out.print(f"added {_ids(change.changed)} to {name}", markup=False)
    if change.unchanged:
        out.print(f"already on {name}: {_ids(change.unchanged)}", markup=False)


@shortlist_app.command("remove")
def remove_cmd(name: NameArg, offer_ids: IdsArg, db: DbOption = None) -> None:
    """Take offers off a shortlist (their notes stay).

    Example: scout shortlist remove favourites 31
    """
    change = shortlists.remove(_store(db), name, offer_ids)
    name = shortlists.check_name(name)
    if change.changed:
        out.print(f"removed {_ids(change.changed)} from {name}", markup=False)
    if change.unchanged:
        out.print(f"not on {name}: {_ids(change.unchanged)}", markup=False)


@shortlist_app.command("list")
def list_cmd(db: DbOption = None) -> None:
    """List your shortlists and how many offers each holds.

    Example: scout shortlist list
    """
    found = shortlists.lists(_store(db))
    if not found:
        out.print("no shortlists yet; make one with: scout shortlist add NAME OFFER_ID")
        return
    print_table(
        ["shortlist", "offers", "created"],
        [[s.name, str(s.offers), _fmt(s.created_at)] for s in found],
    )


@shortlist_app.command("show")
def show_cmd(
    name: NameArg,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON list of objects.")] = False,
    db: DbOption = None,
) -> None:
    """Show the offers on a shortlist, with your notes; offers gone from the boards say "removed".

    Example: scout shortlist show favourites
    """
    entries = shortlists.entries(_store(db), name)
    if as_json:
        out.print_json(
            json.dumps(
                [
                    {
                        "id": e.offer_id,
                        "title": e.title,
                        "employer": e.employer,
                        "sources": [{"source": s, "url": u} for s, u in zip(e.sources, e.urls, strict=True)],
                        "removed": e.removed,
                        "note": e.note,
                        "added_at": e.added_at.isoformat(),
                        "first_seen": e.first_seen.isoformat() if e.first_seen else None,
                        "last_seen": e.last_seen.isoformat() if e.last_seen else None,
                    }
                    for e in entries
                ]
            )
        )
        return
    if not entries:
        out.print(f"{shortlists.check_name(name)} is empty", markup=False)
        return
    print_table(
        ["id", "title", "employer", "sources", "status", "last seen", "note"],
        [
            [
                str(e.offer_id),
                e.title[:60],
                (e.employer or "-")[:30],
                ", ".join(dict.fromkeys(e.sources)) or "-",
                "removed" if e.removed else "open",
                _fmt(e.last_seen),
                (e.note or "").replace("\n", " ")[:60],
            ]
            for e in entries
        ],
    )


@shortlist_app.command("delete")
def delete_cmd(name: NameArg, db: DbOption = None) -> None:
    """Delete a shortlist; the offers and your notes on them stay.

    Example: scout shortlist delete old-favourites
    """
    shortlists.delete(_store(db), name)
    out.print(f"deleted shortlist {shortlists.check_name(name)}", markup=False)


@app.command("note")
def note_cmd(
    offer_id: Annotated[int, typer.Argument(help="The offer id.", metavar="OFFER_ID")],
    text: Annotated[str, typer.Argument(help='Your note; "" clears it.', metavar="TEXT")],
    db: DbOption = None,
) -> None:
    """Keep a note on an offer (one per offer; it shows in shortlists and the CSV export).

    A note that starts with "-" goes after "--": scout note --db FILE 12 -- "-5% if 1099".

    Example: scout note 12 "recruiter says tail is negotiable"
    """
    offer = shortlists.set_note(_store(db), offer_id, text)
    out.print(f"note {'saved' if text.strip() else 'cleared'} for offer #{offer}")


def _fmt(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"
