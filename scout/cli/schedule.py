"""Commands that schedule unattended scrapes in the user's crontab: schedule install/show/remove."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from scout import schedule
from scout.cli.app import DbOption, app, out
from scout.config import resolve_db
from scout.runlog import default_log_file

schedule_app = typer.Typer(
    help="Scrape on a timer with cron: one line in your crontab, which Scout manages.\n\n"
    "Example: scout schedule install --every 6h",
    no_args_is_help=True,
)
app.add_typer(schedule_app, name="schedule")


@schedule_app.command("install")
def install_cmd(
    every: Annotated[str, typer.Option(help="How often: 30m, 1h, 2h, 3h, 4h, 6h, 8h, 12h or 1d.")] = "6h",
    max_duration: Annotated[
        str | None,
        typer.Option(help="Stop each run after this long (default: three quarters of --every)."),
    ] = None,
    notify_cmd: Annotated[
        str | None,
        typer.Option(help="Run CMD when new offers score high (see `scout scrape --help`).", metavar="CMD"),
    ] = None,
    notify_min_score: Annotated[
        float | None, typer.Option(min=0, max=100, help="The score a new offer needs to be notified.")
    ] = None,
    log_file: Annotated[
        Path | None, typer.Option(help="The scrape log (default: scrape.log in the log folder).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Add (or replace) Scout's line in your crontab: a scheduled scrape of your database.

    The line calls this Scout by absolute path, logs to a rotating file, and never overlaps a
    running scrape. Exit 2 when the computer has no crontab (the line is printed, to schedule by
    other means).

    Example: scout schedule install --every 6h --notify-cmd 'notify-send Scout "$SCOUT_SUMMARY"'
    """
    schedule.parse_duration(max_duration) if max_duration else None  # a bad value fails here
    log = (log_file or default_log_file()).expanduser().absolute()
    job = schedule.CronJob(
        scout=schedule.scout_command(),
        db=resolve_db(db).absolute(),
        log_file=log,
        every=every,
        offset=schedule.machine_offset(),
        max_duration=max_duration,
        notify_cmd=notify_cmd,
        notify_min_score=notify_min_score,
        env=schedule.passed_env(),
    )
    line = job.line()
    out.print(line, markup=False)
    crontab = schedule.Crontab()
    current = crontab.read()
    log.parent.mkdir(parents=True, exist_ok=True)
    crontab.write(schedule.with_line(current, line))
    verb = "replaced Scout's line in" if schedule.scout_lines(current) else "added this line to"
    out.print(f"{verb} your crontab; runs log to {log}", markup=False)


@schedule_app.command("show")
def show_cmd() -> None:
    """Print Scout's line from your crontab, if there is one.

    Example: scout schedule show
    """
    lines = schedule.scout_lines(schedule.Crontab().read())
    if not lines:
        out.print("no scheduled scrape; add one with: scout schedule install --every 6h")
        return
    for line in lines:
        out.print(line, markup=False)


@schedule_app.command("remove")
def remove_cmd() -> None:
    """Remove Scout's line from your crontab; your other lines stay as they are.

    Example: scout schedule remove
    """
    crontab = schedule.Crontab()
    current = crontab.read()
    if not schedule.scout_lines(current):
        out.print("no scheduled scrape to remove")
        return
    crontab.write(schedule.without_scout(current))
    out.print("removed Scout's line from your crontab")
