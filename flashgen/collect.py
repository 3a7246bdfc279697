"""The cards a set of notes gives, with the GUIDs a build would give them, nothing written.

`preview`, `check` and `export` read notes through the same stages as `build`, so what
they show is what Anki gets, and an exported card has the same GUID as in the `.apkg`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from flashgen.config import Settings, unmatched_skips
from flashgen.console import plural
from flashgen.decks import distinct_decks, identify
from flashgen.errors import Problem
from flashgen.model import AnkiNote, anki_cards
from flashgen.note_cards import NoteResult, cards_of_note, load_note_building
from flashgen.note_files import find_note_files
from flashgen.state import load_stamps
from flashgen.workers import Steps, rare_collections, workers


@dataclass(frozen=True)
class Collected:
    results: list[NoteResult]
    """Per note file, in the order found."""
    notes: list[AnkiNote]
    """Every card with its GUID, in the order written."""
    problems: list[Problem]
    files: dict[str, str]
    """GUID → the note file it came from, as the user would type its path."""
    skipped: int = 0
    """Cards left out by `skip_cards`."""

    @property
    def failed(self) -> bool:
        return any(problem.is_error for problem in self.problems)

    def counted(self) -> str:
        """`120 cards (118 notes)`: Anki's count of cards, and of notes where they differ."""
        cards = sum(anki_cards(note.extracted.kind, note.card.question) for note in self.notes)
        notes = len(self.notes)
        counted = plural(cards, "card")
        if cards != notes:
            counted += f" ({plural(notes, 'note')})"
        if self.skipped:
            counted += f"; {plural(self.skipped, 'card')} left out by skip_cards"
        return counted


def collect(settings: Settings, progress: Callable[[int, int], None] | None = None) -> Collected:
    """Every note's cards, made on all cores as a build makes them; `progress(done, total)`
    is told as each note is read."""
    files = find_note_files(settings)
    building = workers(len(files), settings.jobs, before_fork=load_note_building)
    with rare_collections(), building as run:
        read = partial(cards_of_note, settings=settings)
        results = distinct_decks(run(read, files, Steps(progress, len(files))))
    notes, duplicates, skipped = identify(
        results, load_stamps(settings.out), settings.deck_prefix, skip=settings.skip_cards
    )
    # The build's own warnings too (an image not there, a cloze never closed): what a
    # preview shows should come with what the build would say of it.
    problems = [
        problem
        for result in results
        for problem in (*result.notices, *([result.problem] if result.problem else []))
    ]
    shown = {id(card): result.file.shown for result in results for card in result.cards}
    files = {note.guid: shown[id(note.card)] for note in notes}
    problems += duplicates + unmatched_skips(settings, skipped)
    return Collected(results, notes, problems, files, len(skipped))
