"""The command line: parse options, call the library, report. No logic lives here."""

from __future__ import annotations

from pathlib import Path

import click

from flashgen import __version__
from flashgen.build import BuildReport, Split, build
from flashgen.errors import FlashgenError
from flashgen.stamps import Changes
from flashgen.sync import sync_collection

DEFAULT_SOURCE = Path("source")
DEFAULT_OUT = Path("decks")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="flashgen")
def main() -> None:
    """Turn ordinary Markdown study notes into Anki decks.

    Rebuild after editing your notes and import again: Anki updates the cards
    in place, keeping your review history.
    """


@main.command("build")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="Folder to write the .apkg files into.",
)
@click.option(
    "--split",
    type=click.Choice([split.value for split in Split]),
    default=Split.NOTES.value,
    show_default=True,
    help="One .apkg per note file, or one per top-level section of each note.",
)
@click.option(
    "--single",
    metavar="NAME",
    help="Write one NAME.apkg holding every deck instead (deck names stay the same).",
)
@click.option(
    "--encoding",
    default="utf-8",
    show_default=True,
    help="Text encoding of the notes, e.g. cp949 for notes saved by older Korean Windows.",
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
def build_command(
    sources: tuple[Path, ...],
    out: Path,
    split: str,
    single: str | None,
    encoding: str,
    jobs: int | None,
    download_media: bool,
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
      flashgen build --download-media     # pack remote images too
    """
    report = _build(sources, out, split, single, encoding, jobs, download_media)
    if report.failed:
        raise SystemExit(1)


def _build(
    sources: tuple[Path, ...],
    out: Path,
    split: str,
    single: str | None,
    encoding: str,
    jobs: int | None,
    download_media: bool,
) -> BuildReport:
    try:
        report = build(
            list(sources) or [DEFAULT_SOURCE],
            out,
            split=Split(split),
            single=single,
            encoding=encoding,
            jobs=jobs,
            download_media=download_media,
        )
    except FlashgenError as error:
        raise click.ClickException(str(error)) from None
    _echo_report(report, out)
    return report


def _echo_report(report: BuildReport, out: Path) -> None:
    for problem in report.problems:
        click.echo(str(problem), err=True)
    failed = sum(problem.is_error for problem in report.problems)
    summary = (
        f"{report.notes_read} {_plural(report.notes_read, 'note')} read, "
        f"{len(report.decks_written)} {_plural(len(report.decks_written), 'deck')} written "
        f"to {out.as_posix()}/, {report.cards} {_plural(report.cards, 'card')}, "
        f"{len(report.warnings)} {_plural(len(report.warnings), 'warning')}"
    )
    if failed:
        summary += f", {failed} {_plural(failed, 'error')}"
    click.echo(summary)
    _echo_changes(report.changes)


def _echo_changes(changes: Changes) -> None:
    """New, updated and removed cards; the removed ones by name, since an import keeps them."""
    counts = [
        f"{len(changes.new)} new" if changes.new else "",
        f"{len(changes.updated)} updated" if changes.updated else "",
        f"{len(changes.removed)} removed" if changes.removed else "",
    ]
    click.echo(f"since the last build: {', '.join(filter(None, counts)) or 'no changes'}")
    if changes.removed:
        click.echo(
            "removed from the notes (an import leaves them in Anki: delete them there, "
            "or use flashgen sync):"
        )
        for card in changes.removed:
            click.echo(f"  {card.source}: {card.question} ({card.deck})")


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


@main.command("sync")
@click.option(
    "--collection",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The Anki collection to change: collection.anki2 in your Anki profile folder.",
)
@click.option("--delete", is_flag=True, help="Delete notes whose source is gone, not tag them.")
@click.option("--dry-run", is_flag=True, help="Show what would change; change nothing in Anki.")
def sync_command(collection: Path, delete: bool, dry_run: bool, **build_options) -> None:
    """Build, then apply the build straight to an Anki collection.

    Adds and updates cards as an import would (your edits in Anki to unchanged
    cards stay), moves cards into the deck their note names, and tags the cards
    whose source is gone flashgen::removed (or deletes them, with --delete).
    Only flashgen's own cards are touched. Close Anki first.

    \b
    Examples:
      flashgen sync --collection ~/.local/share/Anki2/'User 1'/collection.anki2 --dry-run
      flashgen sync --collection PATH --delete
    """
    report = _build(**build_options)
    try:
        plan = sync_collection(
            collection, report.decks_written, report.changes, delete=delete, dry_run=dry_run
        )
    except FlashgenError as error:
        raise click.ClickException(str(error)) from None
    for line in plan.describe(dry_run):
        click.echo(line)
    if report.failed:
        raise SystemExit(1)


# Sync builds exactly as `build` does: the same notes, options and output folder (whose
# state keeps each card's `mod`), so the decks it applies are the ones build would write.
sync_command.params[:0] = build_command.params
