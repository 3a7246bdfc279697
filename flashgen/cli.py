"""The command line: parse options, call the library, report. No logic lives here."""

from __future__ import annotations

from pathlib import Path

import click

from flashgen import __version__
from flashgen.build import Split, build
from flashgen.errors import FlashgenError

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
def build_command(
    sources: tuple[Path, ...],
    out: Path,
    split: str,
    single: str | None,
    encoding: str,
    jobs: int | None,
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
    """
    try:
        report = build(
            list(sources) or [DEFAULT_SOURCE],
            out,
            split=Split(split),
            single=single,
            encoding=encoding,
            jobs=jobs,
        )
    except FlashgenError as error:
        raise click.ClickException(str(error)) from None

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
    if report.cards_by_rule:
        by_rule = ", ".join(f"{rule} {count}" for rule, count in report.cards_by_rule.most_common())
        click.echo(f"cards by rule: {by_rule}")
    if report.failed:
        raise SystemExit(1)


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"
