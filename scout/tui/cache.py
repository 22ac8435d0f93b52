"""What one start of the TUI keeps for the next, in two files beside the database.

Building 20,000 offers means reading every posting, picking each offer's primary posting and
scanning its text, then ranking them all: most of a start. So a start keeps:

- the built offers (`<db>.offers`), under a key made of a fingerprint of everything they are built
  from (a hash over the `offers_load` columns, computed by DuckDB in milliseconds) and of the code
  that builds and ranks them. Any scrape, renormalize, regrouping or added offer changes the
  fingerprint, so a file built from other data is never used; it is rewritten after the next build.
- the ranking's order and scores (`<db>.ranking`), under that key plus the profile and the day. It
  lets the next start draw its first screen from the real order, ranking only the offers on
  screen, while the whole ranking is rebuilt behind it (scout.tui.preview).

The files hold plain values only (text, numbers, dates; each offer's terms as their JSON), read by
an unpickler that refuses anything else. A missing, corrupt or unreadable file is a miss, never an
error: the cache only ever saves time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO

from scout import __version__, offers, profile, rank, ranking_defaults
from scout.extract.contract import Terms
from scout.profile import Profile
from scout.rank import OfferInput, Ranked
from scout.resources import queries_dir
from scout.store import Row

FORMAT = 2  # 2: each file's head names the record fields
CHUNK = 1000  # offers per pickle: the UI thread gets the interpreter between two
TOP_ROWS = 256  # offers kept with the ranking, for a first screen (more are read as they come)
FIELDS = tuple(f.name for f in fields(OfferInput))  # init=False ones too (the abroad quote)
_TERMS_AT = FIELDS.index("terms")
_ID_AT = FIELDS.index("id")
# The code that decides the stored offers (OfferInput and its abroad quote are the rank package's),
# and what the ranking's key adds to it.
_BUILT_BY: tuple[ModuleType, ...] = (rank, offers, ranking_defaults)
_RANKED_BY: tuple[ModuleType, ...] = (profile,)
_PLAIN = frozenset({("datetime", "date"), ("datetime", "datetime")})

Record = tuple[Any, ...]


@dataclass(frozen=True)
class CacheFiles:
    """Where one database's cache files are."""

    offers: Path
    ranking: Path

    @classmethod
    def beside(cls, db: Path) -> CacheFiles:
        return cls(db.with_name(db.name + ".offers"), db.with_name(db.name + ".ranking"))


def _digest(paths: Sequence[Path]) -> str:
    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"{FORMAT} {__version__}".encode())
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _sources(modules: Sequence[ModuleType]) -> list[Path]:
    """The modules' files; a package's every module."""
    found: list[Path] = []
    for m in modules:
        if m.__file__:
            path = Path(m.__file__)
            found += sorted(path.parent.glob("*.py")) if path.name == "__init__.py" else [path]
    return found


@cache
def _offers_code() -> str:
    return _digest([*_sources(_BUILT_BY), Path(__file__), queries_dir() / "offers_load.sql"])


@cache
def _ranking_code() -> str:
    return _digest(_sources(_RANKED_BY))


def offers_key(fingerprint: Row) -> str:
    """The key for offers built from data with this `offers_fingerprint` row, by this code."""
    return f"{_offers_code()}-{fingerprint['postings']}-{fingerprint['digest']}"


def ranking_key(offers: str, ranked_for: Profile, today: date) -> str:
    """The key for the ranking of those offers (their key covers the ranking code) for this
    profile on this day."""
    wants = hashlib.blake2b(ranked_for.model_dump_json().encode(), digest_size=12).hexdigest()
    return f"{offers}-{_ranking_code()}-{today.isoformat()}-{wants}"


class _PlainValues(pickle.Unpickler):
    """Unpickles text, numbers, containers and dates; anything else is refused, so the file can
    never make Scout run code."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _PLAIN:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a plain value")


def _read(path: Path, key: str | None) -> list[Any] | None:
    """The payloads stored under `key` (None: under any key, records laid out as here), or None
    (no file, another key or layout, or unreadable)."""
    try:
        with path.open("rb") as f:
            return _payloads(f, key)
    except Exception:  # a corrupt file can raise almost anything; it is only a miss
        return None


def _payloads(f: BinaryIO, key: str | None) -> list[Any] | None:
    head = _PlainValues(f).load()
    if not (isinstance(head, tuple) and len(head) == 4 and head[0] == FORMAT and head[3] == FIELDS):
        return None
    if key is not None and head[1] != key:
        return None
    return [_PlainValues(f).load() for _ in range(head[2])]


def _write(path: Path, key: str, count: int, payloads: Iterable[object]) -> None:
    """Write `count` payloads atomically (a reader sees the old file or the new one); a folder
    Scout cannot write to just means no cache."""
    _clear_leftovers(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump((FORMAT, key, count, FIELDS), f, pickle.HIGHEST_PROTOCOL)
            for payload in payloads:
                pickle.dump(payload, f, pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


LEFTOVER_AGE_S = 3600.0  # a temporary file this old was left by a process that died mid-write


def _clear_leftovers(path: Path) -> None:
    """Remove temporary files an earlier write left behind when its process died (a write in
    progress elsewhere is far younger than LEFTOVER_AGE_S)."""
    now = time.time()
    try:
        for tmp in path.parent.glob(path.name + ".*.tmp"):
            try:
                if now - tmp.stat().st_mtime > LEFTOVER_AGE_S:
                    tmp.unlink()
            except OSError:
                continue
    except OSError:
        return


# -- offers ------------------------------------------------------------------------------------


def read_records(path: Path, key: str) -> list[Record] | None:
    """The offer records stored under `key`, or None."""
    chunks = _read(path, key)
    if chunks is None or not all(isinstance(c, list) for c in chunks):
        return None
    records = [r for chunk in chunks for r in chunk]
    if not all(isinstance(r, tuple) and len(r) == len(FIELDS) for r in records):
        return None
    return records


def offers_from(records: list[Record], load_terms: Callable[[str | None], Terms]) -> list[OfferInput]:
    """The offers the records were made from, each record dropped as it is used (like the rows of
    a fresh build). OfferInput's derived fields are set from the record rather than computed."""
    built = []
    records.reverse()
    while records:
        record = records.pop()
        offer = _new(OfferInput)
        for name, value in zip(FIELDS, record, strict=True):
            _set(offer, name, value)
        _set(offer, "terms", load_terms(record[_TERMS_AT]))
        built.append(offer)
    return built


_new = object.__new__
_set = object.__setattr__


def save_offers(path: Path, key: str, built: Sequence[OfferInput]) -> None:
    """Keep the offers under `key` (in a worker: under a second at 20,000 offers)."""
    chunks = range(0, len(built), CHUNK)
    _write(path, key, len(chunks), ([_record(o) for o in built[at : at + CHUNK]] for at in chunks))


def _record(offer: OfferInput) -> Record:
    values = [getattr(offer, name) for name in FIELDS]
    values[_TERMS_AT] = offer.terms.model_dump_json(by_alias=True)
    return tuple(values)


# -- the ranking -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ranking:
    """What a first screen needs: every row's offer id, best first, its score, the removed rows,
    and the records of the top rows (the ones a start shows)."""

    ids: list[int]
    scores: list[float]
    removed_rows: frozenset[int]
    top: list[Record]


def read_ranking(path: Path, key: str | None) -> Ranking | None:
    """The ranking stored under `key` (None: under whatever key it was saved), or None."""
    got = _read(path, key)
    if got is None or len(got) != 4:
        return None
    ids, scores, removed, top = got
    if not all(isinstance(x, list) for x in got) or len(ids) != len(scores) or len(set(ids)) != len(ids):
        return None
    if not all(isinstance(r, tuple) and len(r) == len(FIELDS) for r in top):
        return None
    if [r[_ID_AT] for r in top] != ids[: len(top)] or not all(0 <= row < len(ids) for row in removed):
        return None
    return Ranking(ids, scores, frozenset(removed), top)


def save_ranking(path: Path, key: str, ranked: Sequence[Ranked], removed_rows: Collection[int]) -> None:
    top = [_record(r.offer) for r in ranked[:TOP_ROWS]]
    _write(path, key, 4, [[r.id for r in ranked], [r.score for r in ranked], sorted(removed_rows), top])
