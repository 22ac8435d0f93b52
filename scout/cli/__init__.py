"""The `scout` command: parse arguments, call the pipeline, print. No logic of its own.

Each module here registers its commands on the one typer app in `app.py`.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from scout import __version__
from scout.cli import export as _export  # noqa: F401
from scout.cli import extract as _extract  # noqa: F401  (registers commands)
from scout.cli import history as _history  # noqa: F401
from scout.cli import rank as _rank  # noqa: F401
from scout.cli import schedule as _schedule  # noqa: F401
from scout.cli import scrape as _scrape  # noqa: F401
from scout.cli import shortlist as _shortlist  # noqa: F401
from scout.cli import tui as _tui  # noqa: F401
from scout.cli.app import app, err, out
from scout.errors import ConfigError, ScoutError
from scout.pipeline import EXIT_USAGE

__all__ = ["app", "main"]


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    if version:
        out.print(f"scout {__version__}")
        raise typer.Exit(0)


def main() -> None:
    """Console entry point: Scout's own errors become one clear line and an exit code.

    Usage errors are click's (exit 2); a ConfigError also exits 2, any other ScoutError 1.
    """
    try:
        app()
    except ConfigError as e:
        err.print(f"scout: {e}", markup=False)
        sys.exit(EXIT_USAGE)
    except ScoutError as e:
        err.print(f"scout: {e}", markup=False)
        sys.exit(1)
