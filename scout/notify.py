"""Tell the user about good new offers after a scrape, through a command of their choosing.

The command runs through the shell with a short summary on standard input and in the environment
(SCOUT_SUMMARY, SCOUT_NEW_OFFERS), so `notify-send`, `mail` or a chat webhook can be wired with no
code: `--notify-cmd 'notify-send "Scout" "$SCOUT_SUMMARY"'`. An offer counts as new when every
one of its postings was first stored by this scrape.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from scout.errors import ScoutError
from scout.offers import offer_row, ranked_offers
from scout.profile import Profile
from scout.store import Store

TIMEOUT_S = 60.0
ENV_LIMIT = 4000  # characters of summary put in SCOUT_SUMMARY; the full text goes on stdin
SHOWN_IN_ENV = 5


@dataclass(frozen=True)
class Result:
    """How the command went: ok, and a line for the log."""

    ok: bool
    message: str


def new_offer_ids(store: Store, run_ids: Sequence[int]) -> set[int]:
    """Offers all of whose postings were first stored by these runs."""
    if not run_ids:
        return set()
    return {int(r["offer_id"]) for r in store.query("notify_new_offers", run_ids=list(run_ids))}


def worth_telling(
    rows: Iterable[Mapping[str, Any]], new_ids: set[int], min_score: float
) -> list[Mapping[str, Any]]:
    """The new offers scoring at or above `min_score`, best first."""
    chosen = [r for r in rows if r.get("id") in new_ids and float(r.get("score") or 0) >= min_score]
    return sorted(chosen, key=lambda r: (-float(r.get("score") or 0), r.get("id") or 0))


def summary(offers: Sequence[Mapping[str, Any]], min_score: float, limit: int | None = None) -> str:
    """A short text: a headline, then one line per offer (score, title, employer, id, first URL)."""
    n = len(offers)
    lines = [f"Scout: {n} new offer{'s' if n != 1 else ''} scoring {min_score:g} or more"]
    shown = offers if limit is None else offers[:limit]
    for r in shown:
        employer = f" - {r['employer']}" if r.get("employer") else ""
        urls = [s.get("url") for s in r.get("sources") or [] if isinstance(s, Mapping) and s.get("url")]
        url = f" {urls[0]}" if urls else ""
        lines.append(f"{float(r.get('score') or 0):g} {r.get('title')}{employer} (#{r.get('id')}){url}")
    if len(shown) < n:
        lines.append(f"... and {n - len(shown)} more: scout rank")
    return "\n".join(lines) + "\n"


def run_command(
    cmd: str, offers: Sequence[Mapping[str, Any]], min_score: float, *, timeout_s: float = TIMEOUT_S
) -> Result:
    """Run `cmd` through the shell with the summary on stdin and in SCOUT_SUMMARY; the whole
    process group is killed if it outlives `timeout_s`."""
    full = summary(offers, min_score)
    env = {
        **os.environ,
        "SCOUT_SUMMARY": summary(offers, min_score, SHOWN_IN_ENV).rstrip("\n")[:ENV_LIMIT],
        "SCOUT_NEW_OFFERS": str(len(offers)),
        "SCOUT_MIN_SCORE": f"{min_score:g}",
    }
    try:
        proc = subprocess.Popen(
            cmd,
            shell=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            start_new_session=True,
        )
    except OSError as e:
        return Result(False, f"could not start the notify command: {e}")
    try:
        output, _ = proc.communicate(full, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        return Result(False, f"the notify command was stopped after {timeout_s:g} s")
    tail = (output or "").strip().splitlines()[-1:] or [""]
    if proc.returncode != 0:
        return Result(False, f"the notify command failed (exit {proc.returncode}): {tail[0]}".rstrip(": "))
    return Result(True, f"notified about {len(offers)} new offer{'s' if len(offers) != 1 else ''}")


def after_scrape(
    store: Store,
    profile: Profile,
    run_ids: Sequence[int],
    cmd: str,
    min_score: float,
    *,
    timeout_s: float = TIMEOUT_S,
) -> Result:
    """Rank the offers this scrape found for the first time and, if any score at or above
    `min_score`, run `cmd`; never raises (the scrape's data is stored either way)."""
    try:
        new_ids = new_offer_ids(store, run_ids)
        rows = [offer_row(r) for r in ranked_offers(store, profile) if r.id in new_ids] if new_ids else []
        offers = worth_telling(rows, new_ids, min_score)
    except ScoutError as e:
        return Result(False, f"could not rank the new offers to notify: {e}")
    if not offers:
        return Result(True, f"no new offers scoring {min_score:g} or more: nothing to notify")
    return run_command(cmd, offers, min_score, timeout_s=timeout_s)
