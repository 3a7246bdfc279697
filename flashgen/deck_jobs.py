"""Deck-writing jobs: which `.apkg` each note's cards go in, and writing one such file from
the cached cards of its notes (in a worker process when there are many)."""

from __future__ import annotations

import hashlib
from collections import ChainMap, Counter
from dataclasses import dataclass
from pathlib import Path

from flashgen.cache import (
    DamagedCache,
    DeckRecord,
    NoteSummary,
    damaged,
    entry_path,
    read_entry,
    save_entry,
)
from flashgen.config import Settings, Split
from flashgen.decks import deck_filename, identify, in_root, roots_to_rename, write_deck_file
from flashgen.errors import Problem
from flashgen.model import DECK_SEPARATOR, Card, DeckFile, RenderedCard, anki_cards
from flashgen.note_cards import MEDIA_CACHE, NoteResult, cards_of_note, notes_folder, remote_images
from flashgen.paths import confined
from flashgen.patterns import lazy
from flashgen.sources import NoteFile
from flashgen.stamps import Stamp, Stamps, project_tag
from flashgen.writes import file_signature


@dataclass(frozen=True)
class DeckJob:
    """One `.apkg` to write, and the notes whose cards go in it, in build order."""

    filename: str
    settings: Settings
    notes: tuple[tuple[NoteFile, str], ...]
    """Each note file with the key its cards are cached under."""
    inputs: str
    """A hash of everything the file's bytes depend on, besides the stamps."""
    roots: tuple[tuple[str, str], ...] = ()
    """The new top-level deck of each of its notes that would share one with another note
    (`distinct_roots`), by the note's path as shown."""

    def with_roots(
        self, file: NoteFile, cards: tuple[RenderedCard, ...]
    ) -> tuple[RenderedCard, ...]:
        """The note's cards, in the deck the whole build gives them."""
        root = dict(self.roots).get(file.shown)
        return cards if root is None else in_root(cards, root)

    def holds(self, card: Card) -> bool:
        settings = self.settings
        filename = deck_filename(card.deck, settings.split, settings.single)
        return filename == self.filename or filename.casefold() == self.filename.casefold()


@dataclass(frozen=True)
class DeckOutcome:
    record: DeckRecord | None
    """How the file was written; None when it could not be."""
    problems: tuple[Problem, ...]
    stamps: dict[str, Stamp]
    damaged: tuple[Problem, ...] = ()
    """A warning for each damaged cache entry read (and built again) for this file."""


def plan_deck_jobs(
    files: list[NoteFile], summaries: list[NoteSummary], settings: Settings
) -> list[DeckJob]:
    """Which `.apkg` each note's cards go in, from the notes' summaries alone."""
    split, single = settings.split, settings.single
    # The levels of a deck's path that name its file: none, the note's, or its section's.
    naming = 0 if single is not None else 2 if split is Split.SECTIONS else 1
    members: dict[str, list[tuple[NoteFile, str]]] = {}
    tops = [summary.decks[0][0] if summary.decks else None for summary in summaries]
    roots = roots_to_rename(list(zip(files, tops, strict=True)))
    for file, summary in zip(files, summaries, strict=True):
        decks = summary.decks
        if (root := roots.get(file.shown)) is not None:
            decks = tuple((root, *deck[1:]) for deck in decks)
        prefixes = dict.fromkeys([deck[:naming] for deck in decks])
        for filename in dict.fromkeys(deck_filename(deck, split, single) for deck in prefixes):
            members.setdefault(filename, []).append((file, summary.key))
    _join_names_differing_in_case(members, files)
    # How the cards look (the note types) is an input too: it changes only with flashgen's
    # code or a library's version, and then the cache's manifest is dropped whole.
    # So are the deck prefix and the cards left out by id, which the cached cards do not hold.
    prefix = DECK_SEPARATOR.join(settings.deck_prefix)
    skip = " ".join(sorted(settings.skip_cards))
    jobs = []
    for filename, notes in sorted(members.items()):
        keys = (key for _, key in notes)
        renamed = tuple((f.shown, roots[f.shown]) for f, _ in notes if f.shown in roots)
        inputs = hashlib.sha256(
            "\x1f".join(
                (filename, split, single or "", prefix, skip, *keys, *(r for _, r in renamed))
            ).encode()
        ).hexdigest()
        jobs.append(DeckJob(filename, settings, tuple(notes), inputs, renamed))
    return jobs


def _join_names_differing_in_case(
    members: dict[str, list[tuple[NoteFile, str]]], files: list[NoteFile]
) -> None:
    """Deck files whose names differ only in case (`Network`, `network`) are one file on
    macOS and Windows, and one deck in Anki: their notes go in one file, named by the
    spelling that sorts first (whichever note is read first), in the order they are read."""
    spellings: dict[str, list[str]] = {}
    for filename in sorted(members):
        spellings.setdefault(filename.casefold(), []).append(filename)
    position: dict[NoteFile, int] = {}
    for first, *others in (names for names in spellings.values() if len(names) > 1):
        position = position or {file: index for index, file in enumerate(files)}
        notes = set(members[first]).union(*(members.pop(name) for name in others))
        members[first] = sorted(notes, key=lambda note: position[note[0]])


def is_up_to_date(path: str, job: DeckJob, record: DeckRecord) -> bool:
    """The file was written from these inputs, and is still as it was written."""
    return record.inputs == job.inputs and file_signature(path) == (record.size, record.mtime_ns)


def _cached_cards(
    file: NoteFile, key: str, folder: Path, settings: Settings
) -> tuple[tuple[RenderedCard, ...], int, Problem | None]:
    """A note's cards from the cache, or built again (and cached again) if the entry cannot
    be read: then also a warning, unless the entry was simply not there."""
    try:
        cards, changed_at, made_here = read_entry(folder, key)
        if not made_here and not _could_have_written(cards, file, settings):
            raise DamagedCache("cards this version of flashgen does not write")
        return cards, changed_at, None
    except (OSError, DamagedCache) as error:
        result = cards_of_note(file, settings, remote_images(settings))
        entry = (result.cards, result.changed_at)
        if isinstance(error, FileNotFoundError):
            return (*entry, None)
        save_entry(folder, key, entry, made_here=True)
        return (*entry, damaged(entry_path(folder, key), error))


_MEDIA_NAME = lazy(r"[\w-]{1,80}\.[a-z0-9]{1,8}")
"""How media.py names a packed image or sound: no folder, no dot but the extension's."""


def _could_have_written(
    cards: tuple[RenderedCard, ...], file: NoteFile, settings: Settings
) -> bool:
    """Whether cached cards are what this code writes: HTML with nothing live in it, and
    images and sounds only from the notes folder or the downloads beside the decks. The
    cache lies in the output folder, which is shared: a crafted file under a note's key must
    not put a script into a card or a private file into a deck."""
    from flashgen.safe_html import is_inert_html

    roots = (notes_folder(file), settings.out / MEDIA_CACHE)
    for card in cards:
        if not all(map(is_inert_html, (card.question, card.answer, card.context, card.origin))):
            return False
        for media in card.media:
            if not _MEDIA_NAME.fullmatch(media.name):
                return False
            if all(confined(media.path, root) is None for root in roots):
                return False
    return True


_shared_stamps: dict[str, Stamp] = {}
_shared_aliases: dict[str, str] = {}
_kept: frozenset[str] = frozenset()
_project = ""
_inputs_at = 0


def share_stamps(
    known: dict[str, Stamp], aliases: dict[str, str], project: str, inputs_at: int
) -> None:
    """Hand every worker the stamps (and what goes with them) once, rather than with each
    deck it writes."""
    global _shared_stamps, _shared_aliases, _kept, _project, _inputs_at
    _shared_stamps, _shared_aliases, _project, _inputs_at = known, aliases, project, inputs_at
    _kept = frozenset(aliases.values())


def write_deck_job(
    job: DeckJob, folder: Path, note_type_mods: dict[int, int] | None = None
) -> DeckOutcome:
    """Identify, stamp and write one deck file from the cached cards of its notes."""
    results = []
    held: dict[tuple[str, ...], bool] = {}  # deck → whether its cards go in this file
    cache_problems = []  # reported once for the whole build, and not kept with the record
    for file, key in job.notes:
        cards, changed_at, problem = _cached_cards(file, key, folder, job.settings)
        cards = job.with_roots(file, cards)
        if problem is not None:
            cache_problems.append(problem)
        for card in cards:
            if card.card.deck not in held:  # `card.deck`, without its property's call a card
                held[card.card.deck] = job.holds(card.card)
        mine = tuple([card for card in cards if held[card.card.deck]])
        results.append(NoteResult(file, mine, changed_at))
    out = job.settings.out
    stamped: dict[str, Stamp] = {}  # where the stamps of this file's notes land
    known = ChainMap(stamped, _shared_stamps) if _shared_stamps else stamped  # a cold build
    stamps = Stamps(known, folder=out)
    settings = job.settings
    notes, problems, skipped = identify(
        results,
        stamps,
        settings.deck_prefix,
        job.filename,
        _shared_aliases,
        _inputs_at,
        _kept,
        settings.skip_cards,
    )
    tags = (project_tag(_project),) if _project else ()
    failure = write_deck_file(DeckFile(job.filename, tuple(notes), tags), out, note_type_mods)
    if failure is not None:
        return DeckOutcome(None, (*problems, failure), {}, tuple(cache_problems))
    stat = (out / job.filename).stat()
    record = DeckRecord(
        job.inputs,
        stat.st_size,
        stat.st_mtime_ns,
        len(notes),
        tuple((p.file, p.message, p.line, p.is_error) for p in problems),
        tuple(sorted(Counter([note.extracted.rule for note in notes]).items())),
        sum([anki_cards(note.extracted.kind, note.card.question) for note in notes]),
        tuple(skipped),
    )
    return DeckOutcome(record, tuple(problems), stamped, tuple(cache_problems))
