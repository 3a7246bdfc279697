"""`flashgen build`: notes in, decks out.

Two phases, as a build tool should: first every note is read and turned into
cards (a bad note is reported and left out), then the deck files are written, each
atomically. Both are pure functions of their input (a note file, a deck file), so
both run in worker processes when there are many notes.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path, PurePosixPath

from flashgen.apkg import write_apkg
from flashgen.config import Settings, Split
from flashgen.errors import FlashgenError, NoteError, Problem
from flashgen.extract import extract_cards
from flashgen.identity import note_guid
from flashgen.media import RemoteImages, pack_images
from flashgen.model import (
    DECK_SEPARATOR,
    AnkiNote,
    Card,
    CardKind,
    CardsMode,
    DeckFile,
    Note,
    RenderedCard,
)
from flashgen.parse import parse_note
from flashgen.render import footnotes_of, render_card
from flashgen.sources import NoteFile, find_notes, read_note
from flashgen.stamps import Stamps, load_stamps, save_stamps

MEDIA_CACHE = ".flashgen-media"
"""Folder beside the decks where `--download-media` keeps fetched images."""

_PARALLEL_FROM = 64
"""Below this many notes, starting worker processes costs more than it saves."""


__all__ = ["Split", "build", "cards_of_note", "identify", "plan_deck_files"]

DEFAULT_SETTINGS = Settings()


@dataclass
class BuildReport:
    notes_read: int = 0
    decks_written: list[Path] = field(default_factory=list)
    cards: int = 0
    cards_per_deck: dict[Path, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(problem.is_error for problem in self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if not problem.is_error]


@dataclass(frozen=True)
class NoteResult:
    """What one note gave: its cards or the reason it gave none."""

    file: NoteFile
    cards: tuple[RenderedCard, ...] = ()
    changed_at: int = 0
    problem: Problem | None = None
    notices: tuple[Problem, ...] = ()
    """Warnings about a note that was still built, such as front matter that could not be read
    or an image that could not be packed."""


def build(settings: Settings, progress: Callable[[int, int], None] | None = None) -> BuildReport:
    """Build decks from every note under `settings.sources` into `settings.out`.

    `progress(done, total)` is told after each note is read and each deck written.
    """
    out = settings.out
    files = find_note_files(settings)
    # Until the deck files are planned, guess one per note.
    tick = _Steps(progress, total=2 * len(files))

    report = BuildReport()
    with _workers(len(files), settings.jobs) as run:
        remote = RemoteImages(out / MEDIA_CACHE) if settings.download_media else None
        results = run(partial(cards_of_note, settings=settings, remote=remote), files, tick)
        for result in results:
            report.problems.extend(result.notices)
            if result.problem is not None:
                report.problems.append(result.problem)
            if not (result.problem and result.problem.is_error):
                report.notes_read += 1

        stamps = load_stamps(out)
        notes, duplicates = identify(results, stamps)
        report.problems.extend(duplicates)
        deck_files = plan_deck_files(
            notes, settings.split, settings.single, prefix_depth=len(settings.deck_prefix)
        )
        tick.total = len(files) + len(deck_files)
        failures = run(partial(write_deck_file, out=out), deck_files, tick)

    for deck_file, failure in zip(deck_files, failures, strict=True):
        if failure is not None:
            report.problems.append(failure)
            continue
        report.decks_written.append(out / deck_file.filename)
        report.cards += len(deck_file.notes)
        report.cards_per_deck[out / deck_file.filename] = len(deck_file.notes)
    if report.decks_written:
        save_stamps(stamps, out)
    return report


def find_note_files(settings: Settings) -> list[NoteFile]:
    """The notes a build reads; none at all, or an unknown encoding, stops it before it starts."""
    try:
        codecs.lookup(settings.encoding)
    except LookupError:
        raise FlashgenError(f"unknown encoding: {settings.encoding}") from None
    files = find_notes(list(settings.sources))
    if not files:
        shown = ", ".join(source.as_posix() for source in settings.sources)
        raise FlashgenError(f"no Markdown notes (*.md) found in {shown}")
    return files


@dataclass
class _Steps:
    """Finished steps of a build, for `progress`: each note read, then each deck written."""

    progress: Callable[[int, int], None] | None
    total: int
    done: int = 0

    def __call__(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))


def write_deck_file(deck_file: DeckFile, out: Path) -> Problem | None:
    """Write one `.apkg`; a failure is reported, and the previous file stays as it was."""
    target = out / deck_file.filename
    try:
        write_apkg(deck_file.notes, target)
    except OSError as error:
        return Problem(target.as_posix(), f"cannot write deck: {error.strerror}", is_error=True)
    return None


def cards_of_note(
    file: NoteFile, settings: Settings = DEFAULT_SETTINGS, remote: RemoteImages | None = None
) -> NoteResult:
    """One note's whole journey to rendered cards: read → parse → extract → render → images."""
    try:
        note = read_note(file, settings.encoding)
        changed_at = int(file.path.stat().st_mtime)
    except NoteError as error:
        return NoteResult(file, problem=Problem(file.shown, error.message, error.line, True))
    except OSError as error:
        return NoteResult(file, problem=Problem(file.shown, str(error), is_error=True))
    if not note.text.strip():
        return NoteResult(file, problem=Problem(file.shown, "empty note: no deck written"))
    try:
        tree = parse_note(note)
        footnotes = footnotes_of(note.text)
        extracted = extract_cards(tree, rules_off=settings.rules_off)
        cards = tuple(render_card(_placed(card, settings), footnotes) for card in extracted)
    except RecursionError:
        return NoteResult(
            file, problem=Problem(file.shown, "nested too deeply to read", is_error=True)
        )
    cards, image_problems = _with_images(cards, note, _notes_folder(file), file.shown, remote)
    notices = tuple(
        Problem(file.shown, message, line) for line, message in tree.front_matter.problems
    )
    wants_cards = tree.front_matter.cards is not CardsMode.OFF
    problem = (
        None if cards or not wants_cards else Problem(file.shown, "no cards found in this note")
    )
    return NoteResult(file, cards, changed_at, problem, notices + image_problems)


def _with_images(
    cards: tuple[RenderedCard, ...],
    note: Note,
    root: Path,
    shown: str,
    remote: RemoteImages | None,
) -> tuple[tuple[RenderedCard, ...], tuple[Problem, ...]]:
    """Cards whose images are packed; each image that is not is reported once."""
    lines = tuple(note.text.split("\n"))
    packed: list[RenderedCard] = []
    warnings: dict[Problem, None] = {}
    for card in cards:
        card, problems = pack_images(card, note.path, root, lines, shown, remote)
        packed.append(card)
        warnings.update(dict.fromkeys(problems))
    return tuple(packed), tuple(warnings)


def _notes_folder(file: NoteFile) -> Path:
    """The folder the note was found in: images are packed from inside it only."""
    return file.path.parents[len(PurePosixPath(file.name).parts) - 1]


def _placed(card: Card, settings: Settings) -> Card:
    """A card as configured: under the deck prefix (its context, the headings, stays as
    written), with the configured tags, and a definition asked both ways if so chosen."""
    if settings.deck_prefix:
        card = replace(card, deck=(*settings.deck_prefix, *card.deck))
    if settings.tags:
        card = replace(card, tags=(*card.tags, *settings.tags))
    if (
        settings.reverse_definitions
        and card.rule == "term_definition"
        and card.kind is CardKind.BASIC
    ):
        card = replace(card, kind=CardKind.REVERSED)
    return card


Run = Callable[[Callable, list, Callable[[], None]], list]


@contextmanager
def _workers(tasks: int, jobs: int | None) -> Iterator[Run]:
    """A `map` over worker processes when there is enough work to pay for starting them;
    `done()` is called as each item finishes, for a progress bar."""
    workers = jobs or os.cpu_count() or 1
    if workers == 1 or tasks < _PARALLEL_FROM:

        def run_here(function: Callable, items: list, done: Callable[[], None]) -> list:
            results = []
            for item in items:
                results.append(function(item))
                done()
            return results

        yield run_here
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:

        def run(function: Callable, items: list, done: Callable[[], None]) -> list:
            chunk = max(1, len(items) // (workers * 8))
            results = []
            for result in pool.map(function, items, chunksize=chunk):
                results.append(result)
                done()
            return results

        yield run


def identify(results: Iterable[NoteResult], stamps: Stamps) -> tuple[list[AnkiNote], list[Problem]]:
    """Give every card its GUID and `mod`; a question asked twice in one deck is reported."""
    notes: list[AnkiNote] = []
    first_seen: dict[str, Card] = {}
    problems: list[Problem] = []
    for result in results:
        for rendered in result.cards:
            card = rendered.card
            guid = first_guid = note_guid(card.deck_name, card.front, card.kind)
            repeat = 1
            while guid in first_seen:
                repeat += 1
                guid = note_guid(card.deck_name, f"{card.front}\x1f{repeat}", card.kind)
            if repeat > 1:
                first = first_seen[first_guid]
                problems.append(
                    Problem(
                        result.file.shown,
                        f"'{card.question}' is asked twice in deck {card.deck_name} (first at "
                        f"{first.source}:{first.line}); both are kept, but their review "
                        "histories follow the order they are written in",
                        card.line,
                    )
                )
            first_seen[guid] = card
            content = "\x1f".join(
                (
                    card.deck_name,
                    rendered.question,
                    rendered.answer,
                    rendered.context,
                    rendered.source,
                    card.kind,
                    " ".join(card.tags),
                )
            )
            notes.append(AnkiNote(rendered, guid, stamps.stamp(guid, content, result.changed_at)))
    return notes, problems


def plan_deck_files(
    notes: list[AnkiNote],
    split: Split = Split.NOTES,
    single: str | None = None,
    prefix_depth: int = 0,
) -> list[DeckFile]:
    """Which `.apkg` file each card goes in. Deck names are the same whatever the split,
    so switching between splits never duplicates a note in Anki. The first `prefix_depth`
    decks are a configured prefix shared by every note, so files are named below it."""
    groups: dict[str, list[AnkiNote]] = {}
    for note in notes:
        deck = note.card.card.deck[prefix_depth:]
        if single is not None:
            key = single
        elif split is Split.SECTIONS:
            key = " - ".join(deck[:2])
        else:
            key = deck[0]
        groups.setdefault(safe_filename(key) + ".apkg", []).append(note)
    return [DeckFile(name, tuple(group)) for name, group in sorted(groups.items())]


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(10)}
_MAX_NAME_BYTES = 200


def safe_filename(name: str) -> str:
    """A file name valid on Windows, macOS and Linux that keeps Hangul and spaces."""
    name = unicodedata.normalize("NFC", name.replace(DECK_SEPARATOR, " - "))
    name = " ".join(_UNSAFE.sub(" ", name).split()).strip(". ")
    while len(name.encode("utf-8")) > _MAX_NAME_BYTES:
        name = name[:-1]
    name = name.rstrip(". ")
    if not name or name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name
