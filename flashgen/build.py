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
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from pathlib import Path

from flashgen.apkg import write_apkg
from flashgen.errors import FlashgenError, NoteError, Problem
from flashgen.extract import extract_cards
from flashgen.identity import note_guid
from flashgen.model import DECK_SEPARATOR, AnkiNote, Card, DeckFile, RenderedCard
from flashgen.parse import parse_note
from flashgen.render import render_card
from flashgen.sources import NoteFile, find_notes, read_note
from flashgen.stamps import Stamps, load_stamps, save_stamps

_PARALLEL_FROM = 64
"""Below this many notes, starting worker processes costs more than it saves."""


class Split(StrEnum):
    NOTES = "notes"
    SECTIONS = "sections"


@dataclass
class BuildReport:
    notes_read: int = 0
    decks_written: list[Path] = field(default_factory=list)
    cards: int = 0
    cards_by_rule: Counter[str] = field(default_factory=Counter)
    """How many of the written cards each recogniser made, so a writer sees where they came from."""
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


def build(
    sources: list[Path],
    out: Path,
    split: Split = Split.NOTES,
    single: str | None = None,
    encoding: str = "utf-8",
    jobs: int | None = None,
) -> BuildReport:
    """Build decks from every note under `sources` into `out`."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise FlashgenError(f"unknown encoding: {encoding}") from None
    files = find_notes(sources)
    if not files:
        raise FlashgenError(f"no Markdown notes (*.md) found in {', '.join(map(str, sources))}")

    report = BuildReport()
    with _workers(len(files), jobs) as run:
        results = run(partial(cards_of_note, encoding=encoding), files)
        for result in results:
            if result.problem is not None:
                report.problems.append(result.problem)
            if not (result.problem and result.problem.is_error):
                report.notes_read += 1

        stamps = load_stamps(out)
        notes, duplicates = identify(results, stamps)
        report.problems.extend(duplicates)
        deck_files = plan_deck_files(notes, split, single)
        failures = run(partial(write_deck_file, out=out), deck_files)

    for deck_file, failure in zip(deck_files, failures, strict=True):
        if failure is not None:
            report.problems.append(failure)
            continue
        report.decks_written.append(out / deck_file.filename)
        report.cards += len(deck_file.notes)
        report.cards_by_rule.update(note.card.card.rule for note in deck_file.notes)
    if report.decks_written:
        save_stamps(stamps, out)
    return report


def write_deck_file(deck_file: DeckFile, out: Path) -> Problem | None:
    """Write one `.apkg`; a failure is reported, and the previous file stays as it was."""
    target = out / deck_file.filename
    try:
        write_apkg(deck_file.notes, target)
    except OSError as error:
        return Problem(target.as_posix(), f"cannot write deck: {error.strerror}", is_error=True)
    return None


def cards_of_note(file: NoteFile, encoding: str = "utf-8") -> NoteResult:
    """One note's whole journey to rendered cards: read → parse → extract → render."""
    try:
        note = read_note(file, encoding)
        changed_at = int(file.path.stat().st_mtime)
    except NoteError as error:
        return NoteResult(file, problem=Problem(file.shown, error.message, error.line, True))
    except OSError as error:
        return NoteResult(file, problem=Problem(file.shown, str(error), is_error=True))
    if not note.text.strip():
        return NoteResult(file, problem=Problem(file.shown, "empty note: no deck written"))
    try:
        cards = tuple(render_card(card) for card in extract_cards(parse_note(note)))
    except RecursionError:
        return NoteResult(
            file, problem=Problem(file.shown, "nested too deeply to read", is_error=True)
        )
    problem = None if cards else Problem(file.shown, "no cards found in this note")
    return NoteResult(file, cards, changed_at, problem)


@contextmanager
def _workers(tasks: int, jobs: int | None) -> Iterator[Callable[[Callable, list], list]]:
    """A `map` over worker processes when there is enough work to pay for starting them."""
    workers = jobs or os.cpu_count() or 1
    if workers == 1 or tasks < _PARALLEL_FROM:
        yield lambda function, items: [function(item) for item in items]
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:

        def run(function: Callable, items: list) -> list:
            chunk = max(1, len(items) // (workers * 8))
            return list(pool.map(function, items, chunksize=chunk))

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
    notes: list[AnkiNote], split: Split = Split.NOTES, single: str | None = None
) -> list[DeckFile]:
    """Which `.apkg` file each card goes in. Deck names are the same whatever the split,
    so switching between splits never duplicates a note in Anki."""
    groups: dict[str, list[AnkiNote]] = {}
    for note in notes:
        deck = note.card.card.deck
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
