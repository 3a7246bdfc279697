"""What each command does with its settings, for a person at a terminal.

A bar while the notes are read, the report after, a question before anything is deleted
in Anki; each says whether the command failed (exit status 1). `cli.py` reads the options
into these; `reports.py` says what they did.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from flashgen.build import BuildReport, build
from flashgen.config import Settings
from flashgen.console import plural, with_progress
from flashgen.errors import FlashgenError, printable
from flashgen.reports import show_build, show_findings, show_sync

if TYPE_CHECKING:  # a sync's plan is loaded by a sync only
    from flashgen.orphans import Orphans
    from flashgen.sync_plan import SyncPlan


def say(line: str) -> None:
    """A line for the person watching, beside the output (which a script may read)."""
    click.echo(line, err=True)


def run_build(
    settings: Settings, quiet: bool, as_json: bool, shown_out: Path | None = None
) -> BuildReport:
    """`build`: the decks written, then what the build says (see `reports.show_build`)."""
    report = with_progress("building", build, settings, enabled=not quiet and not as_json)
    show_build(report, shown_out or settings.out, quiet, as_json)
    return report


def run_sync(
    settings: Settings,
    orphans: Orphans,
    yes: bool,
    dry_run: bool,
    quiet: bool,
    as_json: bool,
    kept: dict | None = None,
) -> bool:
    """`sync`: check the target, build, sync (`sync.sync_notes`); say what happened. False
    when something failed. `kept`: see `sync_notes`."""
    from flashgen.sync import SyncDeclined, sync_notes

    out = settings.out

    def built(settings: Settings) -> BuildReport:
        return run_build(settings, quiet=quiet or as_json, as_json=False, shown_out=out)

    try:
        report, plan, where = sync_notes(
            settings, built, orphans, dry_run, None if yes else ask_to_delete, kept
        )
    except SyncDeclined:
        say("nothing was changed in Anki")
        return False
    show_sync(report, out, plan, dry_run, where, quiet=quiet, as_json=as_json)
    return not report.failed


def ask_to_delete(plan: SyncPlan, where: str) -> bool:
    """The notes `--orphans delete` would delete, and whether the person at the terminal
    agrees; with no one to ask, an error (`--yes` is the answer a script gives)."""
    for line in plan.describe(dry_run=True, where=where)[1:]:
        say(printable(line))
    if not can_ask():
        raise FlashgenError(
            f"--orphans delete would delete {plural(len(plan.retire), 'note')} from Anki "
            "(listed above), and there is no terminal to ask: pass --yes to delete them; "
            "nothing was changed in Anki"
        )
    return click.confirm(f"Delete {plural(len(plan.retire), 'note')} from Anki?", err=True)


def can_ask() -> bool:
    """Whether a question can be put to someone at a terminal."""
    return sys.stdin.isatty()


def run_guarded(run: Callable[[Settings], object], settings: Settings) -> None:
    """A first run before watching: an error is said, and watching starts anyway."""
    try:
        run(settings)
    except FlashgenError as error:
        say(printable(f"error: {error}"))


def run_preview(settings: Settings, html_file: Path | None) -> bool:
    """`preview`: the cards as text (through a pager on a terminal), or as one page."""
    from flashgen.collect import collect
    from flashgen.preview import html_page, terminal_lines
    from flashgen.writes import write_text

    collected = with_progress("reading notes", collect, settings)
    for problem in collected.problems:
        say(str(problem))
    if html_file is not None:
        write_text(html_file, html_page(collected.notes, collected.files))
        say(f"{collected.counted()} written to {html_file.as_posix()}")
    else:
        text = "\n".join(terminal_lines(collected.notes, collected.files))
        text += f"{collected.counted()}\n"
        if sys.stdout.isatty():
            click.echo_via_pager(text)
        else:
            click.echo(text, nl=False)
    return not collected.failed


def run_check(settings: Settings, strict: bool, as_json: bool, hints: bool = True) -> bool:
    """`check`: the findings (without the hints, unless `hints`), then whether they fail it
    (see `check.failed`)."""
    from flashgen.check import check, failed

    problems = with_progress("checking notes", check, settings, enabled=not as_json)
    if not hints:
        problems = [problem for problem in problems if not problem.is_hint]
    show_findings(problems, as_json)
    return not failed(problems, strict)


def run_export(settings: Settings, fmt: str, output: Path | None) -> bool:
    """`export`: the cards as Anki's import text or JSON, to standard output or a file."""
    from flashgen.collect import collect
    from flashgen.export import to_json, to_text
    from flashgen.writes import write_text

    collected = with_progress("reading notes", collect, settings)
    for problem in collected.problems:
        say(str(problem))
    text = to_json(collected.notes) if fmt == "json" else to_text(collected.notes, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_text(output, text)
        say(f"{collected.counted()} written to {output.as_posix()}")
        if fmt != "json":
            say(
                "import it with Anki's File › Import; it fills flashgen's note types, "
                "which a collection gets from importing any flashgen .apkg once"
            )
    return not collected.failed


def run_init(folder: Path) -> None:
    """`init`: a first note and settings, and what was kept as it was."""
    from flashgen.starter import init

    for path, written in init(folder):
        if written:
            click.echo(f"created {path.as_posix()}")
        elif path.exists():
            click.echo(f"kept existing {path.as_posix()}")
        else:
            click.echo(f"kept the notes already in {path.parent.as_posix()}/")
    click.echo("next: flashgen preview, then flashgen build")
