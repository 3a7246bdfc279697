"""The command line: parse options, call the library, report. No logic lives here."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from flashgen import __version__
from flashgen.build import build
from flashgen.config import RULES, Settings, Split, load_settings, parse_deck_prefix
from flashgen.errors import DEBUG_ENV, FlashgenError, printable
from flashgen.export import FORMATS
from flashgen.sync import Orphans


class _Main(click.Group):
    """Errors as one line naming what went wrong; the traceback only with --debug."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except FlashgenError as error:
            if ctx.params.get("debug"):
                raise
            raise click.ClickException(printable(str(error))) from None
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as error:
            if ctx.params.get("debug"):
                raise
            raise click.ClickException(
                f"unexpected {type(error).__name__}: {printable(str(error))} (run "
                "'flashgen --debug …' to see where, and please report it)"
            ) from None


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="flashgen")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
def main(debug: bool) -> None:
    """Turn ordinary Markdown study notes into Anki decks.

    Rebuild after editing your notes and import again: Anki updates the cards
    in place, keeping your review history.

    \b
    Start with `flashgen init`, see the cards with `flashgen preview`,
    find what gives no card with `flashgen check`, then `flashgen build`.
    """
    if debug:
        os.environ[DEBUG_ENV] = "1"  # worker processes see it too


_RESOLVE_SETTINGS = "flashgen.resolve_settings"


def _debug_option(command):
    """`--debug` after the command too (`flashgen build --debug`), as people type it."""

    def turn_on(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        if value:
            ctx.find_root().params["debug"] = True
            os.environ[DEBUG_ENV] = "1"

    return click.option(
        "--debug",
        is_flag=True,
        expose_value=False,
        is_eager=True,
        callback=turn_on,
        help="Show the full traceback when something fails.",
    )(command)


def _note_options(command):
    """Options every command that reads notes shares; each overrides the configuration file."""

    @click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
    @click.option(
        "-c",
        "--config",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Settings file (default: flashgen.toml, or [tool.flashgen] in pyproject.toml).",
    )
    @click.option(
        "--encoding",
        help="Text encoding of the notes, e.g. cp949 for notes saved by older Korean Windows. "
        "[default: utf-8]",
    )
    @click.option(
        "--deck-prefix",
        metavar="DECK",
        help="Put every deck under DECK in Anki, e.g. 'CS' or 'CS::Study'.",
    )
    @click.option("--tag", "tags", multiple=True, help="Tag every card (repeat for more).")
    @click.option(
        "--rule-off",
        "rules_off",
        multiple=True,
        type=click.Choice(RULES),
        help="Make no cards by this rule (repeatable); its text stays in the heading's answer.",
    )
    @click.option(
        "--reverse-definitions/--no-reverse-definitions",
        default=None,
        help="Also ask `term: definition` cards the other way round.",
    )
    @functools.wraps(command)
    def with_settings(
        sources, config, encoding, deck_prefix, tags, rules_off, reverse_definitions, **rest
    ):
        try:
            prefix = None if deck_prefix is None else parse_deck_prefix(deck_prefix)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--deck-prefix") from None

        def resolve() -> Settings:
            settings = load_settings(config)
            return settings.with_flags(
                sources=tuple(sources) or None,
                encoding=encoding,
                deck_prefix=prefix,
                tags=tuple(tags) or None,
                rules_off=settings.rules_off | set(rules_off) if rules_off else None,
                reverse_definitions=reverse_definitions,
            )

        # Kept so `build --watch` can read the settings file again when it is saved.
        click.get_current_context().meta[_RESOLVE_SETTINGS] = resolve
        return command(settings=resolve(), **rest)

    return with_settings


@main.command("build")
@_debug_option
@_note_options
@click.option(
    "-o",
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the .apkg files into.  [default: decks]",
)
@click.option(
    "--split",
    type=click.Choice([split.value for split in Split]),
    help="One .apkg per note file, or one per top-level section of each note.  [default: notes]",
)
@click.option(
    "--single",
    metavar="NAME",
    help="Write one NAME.apkg holding every deck instead (deck names stay the same).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: one per CPU)."
)
@click.option(
    "--download-media",
    is_flag=True,
    help="Fetch remote images once into a cache beside the decks and pack them, "
    "so the decks work offline.",
)
@click.option("-w", "--watch", is_flag=True, help="Build, then rebuild whenever a note is saved.")
@click.option(
    "--sync",
    "and_sync",
    is_flag=True,
    help="Also apply each build to Anki, as `flashgen sync` does (with --watch: every save).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON, for scripts.")
def build_command(
    settings: Settings,
    out: Path | None,
    split: str | None,
    single: str | None,
    jobs: int | None,
    download_media: bool,
    watch: bool,
    and_sync: bool,
    quiet: bool,
    as_json: bool,
) -> None:
    """Build Anki decks from Markdown notes.

    SOURCES are note files or folders of them (default: source/). Each note
    becomes a deck named for its title, with a subdeck for each heading.

    \b
    Examples:
      flashgen build                      # source/ -> decks/
      flashgen build notes/ -o out/       # another folder
      flashgen build --split sections     # one .apkg per top-level section
      flashgen build --single 'CS Study'  # everything in 'CS Study.apkg'
      flashgen build --encoding cp949 old-notes/
      flashgen build --watch              # rebuild on every save
      flashgen build --watch --sync       # and push every save into the running Anki
      flashgen build --download-media     # pack remote images too
    """

    if split is not None and single is not None:
        raise click.UsageError("--split and --single choose the deck files two ways: give one")
    if single is not None and not single.strip():
        raise click.BadParameter("must be the name of the one deck file", param_hint="--single")

    def with_build_flags(settings: Settings) -> Settings:
        return settings.with_flags(
            out=out,
            split=Split(split) if split else None,
            single=single,
            jobs=jobs,
            download_media=download_media or None,
        )

    settings = with_build_flags(settings)
    if and_sync:
        run = functools.partial(
            _sync_once,
            orphans=Orphans.TAG,
            yes=False,
            dry_run=False,
            quiet=quiet,
            as_json=as_json,
            kept={},
        )
        if not watch:
            if not run(settings):
                raise SystemExit(1)
            return
        _watch(settings, with_build_flags, run)
        return
    if not watch:
        report = _build_once(settings, quiet, as_json)
        if report.failed:
            raise SystemExit(1)
        return

    from flashgen.watch import Changes
    from flashgen.watch import watch as watch_notes

    _build_once(settings, quiet, as_json)
    watched = [*settings.sources, *([settings.config_file] if settings.config_file else [])]
    shown = ", ".join(path.as_posix() for path in watched)
    click.echo(f"watching {shown} for changes (Ctrl-C to stop)", err=True)

    resolve = click.get_current_context().meta[_RESOLVE_SETTINGS]

    def rebuild(changes: Changes) -> None:
        nonlocal settings
        for change in changes.files:
            click.echo(printable(f"changed: {change}"), err=True)
        try:
            if changes.settings:
                settings = with_build_flags(resolve())
            _build_once(settings, quiet, as_json)
        except FlashgenError as error:
            # A typo in the settings, the last note deleted: say so, and keep watching.
            click.echo(printable(f"error: {error}"), err=True)

    watch_notes(settings, rebuild)


def _with_progress(label: str, read: Callable, settings: Settings, enabled: bool = True):
    """`read(settings, progress)` with a progress bar on the terminal while it reads the notes
    (a bar shows only once it has taken a moment)."""
    from flashgen.console import ProgressBar

    bar = ProgressBar(label, enabled=enabled)
    try:
        return read(settings, progress=bar)
    finally:
        bar.close()


def _build_once(settings: Settings, quiet: bool, as_json: bool, shown_out: Path | None = None):
    from flashgen.console import (
        ProgressBar,
        changes,
        deck_table,
        report_json,
        rule_counts,
        summary,
    )

    bar = ProgressBar("building", enabled=not quiet and not as_json)
    try:
        report = build(settings, progress=bar)
    finally:
        bar.close()
    if as_json:
        click.echo(report_json(report, settings.out))
        return report
    for problem in report.problems:
        if problem.is_error or not quiet:
            click.echo(str(problem), err=True)
    if not quiet:
        if report.cards_per_deck:
            click.echo(deck_table(report))
        click.echo(summary(report, shown_out or settings.out))
        if report.cards_by_rule:
            click.echo(rule_counts(report))
        for line in changes(report):
            click.echo(line)
    return report


_BUILD_OUTPUT_OPTIONS = ("out", "split", "single", "jobs", "download_media")


@main.command("sync", short_help="Build, then apply the build straight to Anki.")
@_debug_option
@_note_options
@click.option(
    "--collection",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write this closed collection (collection.anki2 in your Anki profile folder) "
    "instead of the running Anki.",
)
@click.option(
    "--anki-connect",
    metavar="URL",
    help="Where the running Anki's AnkiConnect add-on listens.  [default: http://127.0.0.1:8765]",
)
@click.option(
    "--anki-connect-key",
    metavar="KEY",
    envvar="FLASHGEN_ANKI_CONNECT_KEY",
    help="AnkiConnect's apiKey, if it has one (or set FLASHGEN_ANKI_CONNECT_KEY).",
)
@click.option(
    "--orphans",
    type=click.Choice([o.value for o in Orphans]),
    help="What to do with cards whose source is gone: tag them flashgen::removed, also "
    "suspend them, or delete them.  [default: tag]",
)
@click.option("--delete", is_flag=True, help="Same as --orphans delete.")
@click.option("-y", "--yes", is_flag=True, help="Delete without asking (for scripts).")
@click.option("--dry-run", is_flag=True, help="Show what would change; change nothing anywhere.")
@click.option("-w", "--watch", is_flag=True, help="Sync, then again whenever a note is saved.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON, for scripts.")
def sync_command(
    settings: Settings,
    collection: Path | None,
    anki_connect: str | None,
    anki_connect_key: str | None,
    orphans: str | None,
    delete: bool,
    yes: bool,
    dry_run: bool,
    watch: bool,
    quiet: bool,
    as_json: bool,
    **build_flags,
) -> None:
    """Build, then apply the build straight to Anki: the running Anki (through the
    AnkiConnect add-on), or a closed collection file with --collection.

    Adds and updates cards as an import would (your edits in Anki to unchanged
    cards stay), moves cards into the deck their note names, and tags the cards
    whose source is gone flashgen::removed (or suspends or deletes them, with
    --orphans). Only this project's cards are touched.

    \b
    Examples:
      flashgen sync --dry-run             # what would change in the running Anki
      flashgen sync --watch               # every save reaches Anki
      flashgen sync --orphans suspend
      flashgen sync --collection ~/.local/share/Anki2/'User 1'/collection.anki2
    """
    split = build_flags.pop("split")
    download_media = build_flags.pop("download_media") or None

    def with_flags(settings: Settings) -> Settings:
        return settings.with_flags(
            split=Split(split) if split else None,
            download_media=download_media,
            collection=collection,
            anki_connect=anki_connect,
            anki_connect_key=anki_connect_key,
            **build_flags,
        )

    settings = with_flags(settings)
    if delete and orphans not in (None, "delete"):
        raise click.UsageError(f"--delete and --orphans {orphans} say two things: give one")
    chosen = Orphans.DELETE if delete else Orphans(orphans or "tag")
    if watch and chosen is Orphans.DELETE and not yes and not dry_run:
        raise click.UsageError("--watch with --orphans delete needs --yes: it cannot stop to ask")
    if not watch:
        if not _sync_once(settings, chosen, yes, dry_run, quiet, as_json):
            raise SystemExit(1)
        return
    kept: dict = {}
    _watch(
        settings, with_flags, lambda s: _sync_once(s, chosen, yes, dry_run, quiet, as_json, kept)
    )


def _sync_once(
    settings: Settings,
    orphans,
    yes: bool,
    dry_run: bool,
    quiet: bool,
    as_json: bool,
    kept: dict | None = None,
) -> bool:
    """Check the target, build, sync (`sync.sync_notes`); say what happened. False when
    something failed. `kept`: see `sync_notes`."""
    from flashgen.console import plural, report_json
    from flashgen.sync import SyncDeclined, sync_notes

    def confirm(plan, where: str) -> bool:
        for line in plan.describe(dry_run=True, where=where)[1:]:
            click.echo(printable(line), err=True)
        if not _can_ask():
            raise FlashgenError(
                f"--orphans delete would delete {plural(len(plan.retire), 'note')} from Anki "
                "(listed above), and there is no terminal to ask: pass --yes to delete them; "
                "nothing was changed in Anki"
            )
        return click.confirm(f"Delete {plural(len(plan.retire), 'note')} from Anki?", err=True)

    out = settings.out

    def build(settings: Settings):
        return _build_once(settings, quiet=quiet or as_json, as_json=False, shown_out=out)

    try:
        report, plan, where = sync_notes(
            settings, build, orphans, dry_run, None if yes else confirm, kept
        )
    except SyncDeclined:
        click.echo("nothing was changed in Anki", err=True)
        return False
    if as_json:
        built = json.loads(report_json(report, out))
        click.echo(
            json.dumps(
                {**built, "sync": plan.as_json(dry_run, where)},
                ensure_ascii=False,
                indent=2,
            )
        )
    elif not quiet:
        for line in plan.describe(dry_run, where):
            click.echo(printable(line))
    return not report.failed


def _can_ask() -> bool:
    """Whether a question can be put to someone at a terminal."""
    return sys.stdin.isatty()


def _watch(
    settings: Settings, with_flags: Callable[[Settings], Settings], run: Callable[[Settings], bool]
) -> None:
    """Run once, then again after each burst of saves to the notes or the settings file
    (read again, with the command's flags over it)."""
    from flashgen.watch import Changes
    from flashgen.watch import watch as watch_notes

    try:
        run(settings)
    except FlashgenError as error:
        click.echo(printable(f"error: {error}"), err=True)
    watched = [*settings.sources, *([settings.config_file] if settings.config_file else [])]
    shown = ", ".join(path.as_posix() for path in watched)
    click.echo(f"watching {shown} for changes (Ctrl-C to stop)", err=True)
    resolve = click.get_current_context().meta[_RESOLVE_SETTINGS]

    def again(changes: Changes) -> None:
        nonlocal settings
        for change in changes.files:
            click.echo(printable(f"changed: {change}"), err=True)
        try:
            if changes.settings:
                settings = with_flags(resolve())
            run(settings)
        except FlashgenError as error:
            # A typo in the settings, Anki closed for a moment: say so, and keep watching.
            click.echo(printable(f"error: {error}"), err=True)

    watch_notes(settings, again)


# Sync builds as `build` does, into the same folder (whose state keeps each card's `mod`):
# it takes build's options for where and how the decks are written.
sync_command.params += [p for p in build_command.params if p.name in _BUILD_OUTPUT_OPTIONS]


@main.command("preview", short_help="Show the cards the notes give, without building.")
@_debug_option
@_note_options
@click.option(
    "--html",
    "html_file",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write one page showing every card as Anki would, instead of text.",
)
def preview_command(settings: Settings, html_file: Path | None) -> None:
    """Show the cards the notes give, before building: deck, front, back, and the rule.

    \b
    Examples:
      flashgen preview source/aws.md
      flashgen preview --html cards.html   # search, filter by deck, flip, night mode
    """
    from flashgen.collect import collect
    from flashgen.preview import html_page, terminal_lines
    from flashgen.writes import write_text

    collected = _with_progress("reading notes", collect, settings)
    for problem in collected.problems:
        click.echo(str(problem), err=True)
    if html_file is not None:
        write_text(html_file, html_page(collected.notes, collected.files))
        click.echo(f"{collected.counted()} written to {html_file.as_posix()}", err=True)
    else:
        text = "\n".join(terminal_lines(collected.notes, collected.files))
        text += f"{collected.counted()}\n"
        if sys.stdout.isatty():
            click.echo_via_pager(text)
        else:
            click.echo(text, nl=False)
    if collected.failed:
        raise SystemExit(1)


@main.command("check", short_help="Find what gives no card, or not the card it seems to.")
@_debug_option
@_note_options
@click.option("--strict", is_flag=True, help="Exit with status 1 on warnings too (for CI).")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON, for tools.")
def check_command(settings: Settings, strict: bool, as_json: bool) -> None:
    """Find what in the notes gives no card, or not the card it seems to.

    Sections with no card, questions with no answer, a question asked twice,
    missing local images, and lines that look like card syntax but are not —
    each as FILE:LINE: message. Exits with 1 on errors (with --strict, on any finding).
    """
    from flashgen.check import check
    from flashgen.console import plural, problems_json

    problems = _with_progress("checking notes", check, settings, enabled=not as_json)
    if as_json:
        click.echo(json.dumps(problems_json(problems), ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            click.echo(str(problem))
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    notes = len({problem.file for problem in problems})
    click.echo(
        f"{plural(warnings, 'warning')}, {plural(errors, 'error')} in {plural(notes, 'note')}"
        if problems
        else "no problems found",
        err=True,
    )
    if errors or (strict and warnings):
        raise SystemExit(1)


@main.command("export", short_help="Write every card as text for Anki's import, or JSON.")
@_debug_option
@_note_options
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="tsv",
    show_default=True,
    help="tsv or csv: Anki's text import (File › Import), tab- or comma-separated; "
    "json: one object per card, for other tools.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write to FILE instead of standard output.",
)
def export_command(settings: Settings, fmt: str, output: Path | None) -> None:
    """Write every card as Anki-importable text (tab- or comma-separated), or as JSON.

    The text carries the same note ids (GUIDs) as the .apkg decks, so importing it
    updates the cards a deck import made. It fills flashgen's note type, which a
    collection gets by importing any flashgen .apkg once.

    \b
    Examples:
      flashgen export -o cards.txt          # then Anki: File › Import
      flashgen export --format json | jq '.[].guid'
    """
    from flashgen.collect import collect
    from flashgen.export import to_json, to_text
    from flashgen.writes import write_text

    collected = _with_progress("reading notes", collect, settings)
    for problem in collected.problems:
        click.echo(str(problem), err=True)
    text = to_json(collected.notes) if fmt == "json" else to_text(collected.notes, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_text(output, text)
        click.echo(f"{collected.counted()} written to {output.as_posix()}", err=True)
        if fmt != "json":
            click.echo(
                "import it with Anki's File › Import; it fills flashgen's note types, "
                "which a collection gets from importing any flashgen .apkg once",
                err=True,
            )
    if collected.failed:
        raise SystemExit(1)


@main.command("init", short_help="Start a notes folder: a first note and settings.")
@_debug_option
@click.argument(
    "folder", default=".", type=click.Path(file_okay=False, path_type=Path), required=False
)
def init_command(folder: Path) -> None:
    """Start a notes folder: a first note in source/ and a flashgen.toml, ready to build."""
    from flashgen.starter import init

    for path, written in init(folder):
        if written:
            click.echo(f"created {path.as_posix()}")
        elif path.exists():
            click.echo(f"kept existing {path.as_posix()}")
        else:
            click.echo(f"kept the notes already in {path.parent.as_posix()}/")
    click.echo("next: flashgen preview, then flashgen build")
