"""Locate the SQL and the bundled cassettes, in a checkout or an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    installed = _PKG / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PKG.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"Scout's bundled '{name}' folder is missing from {_PKG}")


def queries_dir() -> Path:
    return _find("queries")


def cassettes_dir() -> Path:
    return _find("cassettes")


@cache
def sql(name: str) -> str:
    """The text of queries/NAME.sql."""
    return (queries_dir() / f"{name}.sql").read_text(encoding="utf-8")
