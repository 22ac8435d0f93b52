"""The `scout` command: parse arguments, call the pipeline, print. No logic of its own.

Each module here registers its commands on the one typer app in `app.py`.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from scout import __version__
from scout.cli import extract as _extract  # noqa: F401  (registers commands)
from scout.cli import scrape as _scrape  # noqa: F401
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
    """Console entry point: Scout's own errors become one clear line and an exit code."""
    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except ConfigError as e:
        err.print(f"scout: {e}")
        sys.exit(EXIT_USAGE)
    except ScoutError as e:
        err.print(f"scout: {e}")
        sys.exit(1)
    except Exception as e:  # click usage errors
        import click

        if isinstance(e, click.ClickException):
            e.show()
            sys.exit(EXIT_USAGE)
        if isinstance(e, click.exceptions.Abort):
            sys.exit(130)
        raise
