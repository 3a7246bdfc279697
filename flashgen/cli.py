"""The command line: options read into Settings and handed to `commands.py`. No logic
lives here: what a flag may be is checked where its setting is (config.py, orphans.py)."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from flashgen import __version__
from flashgen.commands import (
    run_build,
    run_check,
    run_export,
    run_guarded,
    run_init,
    run_preview,
    run_sync,
    say,
)
from flashgen.config import (
    Settings,
    Split,
    deck_file_flags,
    load_settings,
    parse_deck_prefix,
)
from flashgen.errors import DEBUG_ENV, FlashgenError, printable
from flashgen.export import FORMATS
from flashgen.orphans import Orphans, chosen_orphans


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
        except BrokenPipeError:
            # `flashgen build | head`: the reader went away, as Unix tools take it, quietly;
            # the rest of the output goes nowhere (the decks are written whole or not at all).
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(1) from None
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


def _rule_names() -> tuple[str, ...]:
    """The card rules' names, read from the rules themselves only when a rule is named (or
    the help shown): a command that names none starts without loading them."""
    from flashgen.extract import RULES

    return RULES


class _RuleName(click.Choice):
    """One of the card rules' names (`_rule_names`), as `click.Choice` of them would be."""

    def __init__(self) -> None:
        self.case_sensitive = True  # not click.Choice's own: it would read the names now

    @property
    def choices(self) -> tuple[str, ...]:
        return _rule_names()


def _note_options(command=None, *, reloadable: bool = False):
    """Options every command that reads notes shares; each overrides the configuration file.
    A `reloadable` command is also given `reload_settings`, to read the file again (--watch)."""
    if command is None:
        return functools.partial(_note_options, reloadable=reloadable)

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
        type=_RuleName(),
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
            settings = load_settings(config, rule_names=_rule_names)
            return settings.with_flags(
                sources=tuple(sources) or None,
                encoding=encoding,
                deck_prefix=prefix,
                tags=tuple(tags) or None,
                rules_off=settings.rules_off | set(rules_off) if rules_off else None,
                reverse_definitions=reverse_definitions,
            )

        if reloadable:
            rest["reload_settings"] = resolve
        return command(settings=resolve(), **rest)

    return with_settings


@main.command("build")
@_debug_option
@_note_options(reloadable=True)
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
    reload_settings: Callable[[], Settings],
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

    deck_files = _checked(deck_file_flags, split, single)

    def with_build_flags(settings: Settings) -> Settings:
        return settings.with_flags(
            out=out, jobs=jobs, download_media=download_media or None, **deck_files
        )

    settings = with_build_flags(settings)
    if and_sync:
        run = functools.partial(
            run_sync,
            orphans=Orphans.TAG,
            yes=False,
            dry_run=False,
            quiet=quiet,
            as_json=as_json,
            kept={} if watch else None,  # a connection kept from one save to the next
        )
    else:
        run = functools.partial(_built, quiet=quiet, as_json=as_json)
    if not watch:
        if not run(settings):
            raise SystemExit(1)
        return
    if and_sync:  # Anki not open yet: watch anyway, a later save may find it
        run_guarded(run, settings)
    else:
        run(settings)
    from flashgen.watch import keep_running  # watchfiles, only when watching

    keep_running(settings, lambda: with_build_flags(reload_settings()), run, say)


def _built(settings: Settings, quiet: bool, as_json: bool) -> bool:
    return not run_build(settings, quiet, as_json).failed


def _checked(check: Callable, *flags):
    """A check of flags beyond their types (config.py, orphans.py), its ValueError as click's."""
    try:
        return check(*flags)
    except ValueError as error:
        raise click.UsageError(str(error)) from None


_BUILD_OUTPUT_OPTIONS = ("out", "split", "single", "jobs", "download_media")


@main.command("sync", short_help="Build, then apply the build straight to Anki.")
@_debug_option
@_note_options(reloadable=True)
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
    reload_settings: Callable[[], Settings],
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
    deck_files = _checked(deck_file_flags, build_flags.pop("split"), build_flags.pop("single"))
    download_media = build_flags.pop("download_media") or None

    def with_flags(settings: Settings) -> Settings:
        return settings.with_flags(
            download_media=download_media,
            collection=collection,
            anki_connect=anki_connect,
            anki_connect_key=anki_connect_key,
            **deck_files,
            **build_flags,
        )

    settings = with_flags(settings)
    chosen = _checked(chosen_orphans, orphans, delete, watch, not yes and not dry_run)
    run = functools.partial(
        run_sync, orphans=chosen, yes=yes, dry_run=dry_run, quiet=quiet, as_json=as_json
    )
    if not watch:
        if not run(settings):
            raise SystemExit(1)
        return
    run = functools.partial(run, kept={})
    run_guarded(run, settings)
    from flashgen.watch import keep_running

    keep_running(settings, lambda: with_flags(reload_settings()), run, say)


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
    if not run_preview(settings, html_file):
        raise SystemExit(1)


@main.command("check", short_help="Find what gives no card, or not the card it seems to.")
@_debug_option
@_note_options
@click.option("--strict", is_flag=True, help="Exit with status 1 on warnings too (for CI).")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON, for tools.")
@click.option(
    "--hints/--no-hints",
    default=True,
    show_default=True,
    help="Also name the answers too long to recall in one go.",
)
def check_command(settings: Settings, strict: bool, as_json: bool, hints: bool) -> None:
    """Find what in the notes gives no card, or not the card it seems to.

    Sections with no card, questions with no answer, a question asked twice,
    missing local images, and lines that look like card syntax but are not —
    each as FILE:LINE: message; as hints, answers too long to recall in one go.
    Exits with 1 on errors (with --strict, on warnings too).
    """
    if not run_check(settings, strict, as_json, hints):
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
    help="Write to FILE instead of standard output ('-' is standard output).",
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
    if output == Path("-"):
        output = None  # the usual spelling of standard output, not a file named '-'
    if not run_export(settings, fmt, output):
        raise SystemExit(1)


@main.command("init", short_help="Start a notes folder: a first note and settings.")
@_debug_option
@click.argument(
    "folder", default=".", type=click.Path(file_okay=False, path_type=Path), required=False
)
def init_command(folder: Path) -> None:
    """Start a notes folder: a first note in source/ and a flashgen.toml, ready to build."""
    run_init(folder)
