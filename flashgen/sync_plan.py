"""What a sync changes in Anki: the build and what the target holds, compared.

An `.apkg` import adds and updates notes, but never moves a card to another deck and
never deletes one. So a sync's plan names what to import (the deck files with new or
changed notes), which cards to move into the deck their note names, and which notes
whose source is gone (orphans) to tag, suspend or delete; sync.py applies it.

Only this project's notes are touched: a note of flashgen's note types whose GUID the
state beside the decks knows (every note ever built into that folder), or that carries
the project's tag (`flashgen::project::<id>`, which a build gives its cards and a sync
every card of the build). A note the student made by hand with a flashgen note type, or
another project's, is left alone.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from flashgen.model import cloze_filled
from flashgen.orphans import Orphans
from flashgen.stamps import CardRecord, Stamp, project_tag
from flashgen.state import load_stamps

if TYPE_CHECKING:  # the adapters load HTTP and Anki's code, which only a sync needs
    from flashgen.targets import Held, HeldNote

REMOVED_TAG = "flashgen::removed"
"""Tags a note whose source is gone, so the student can review and delete it in Anki."""

_MOVES_SHOWN = 10
"""Moves listed by name; orphans are always listed, since only the student can judge them."""


_RETIRING = {
    Orphans.TAG: (f"tag {REMOVED_TAG}", f"tagged {REMOVED_TAG}"),
    Orphans.SUSPEND: ("suspend", f"suspended and tagged {REMOVED_TAG}"),
    Orphans.DELETE: ("delete", "deleted"),
}
"""What is done to orphans, as planned and as done."""


@dataclass(frozen=True)
class Moved:
    note: HeldNote
    card: CardRecord
    from_deck: str


@dataclass(frozen=True)
class Orphan:
    """A note in the target that the build no longer has."""

    note: HeldNote
    question: str
    """What its front asks, as plain text."""
    origin: str
    """Where it came from, as its Source field says: the note and the headings above it."""
    deck: str


@dataclass
class SyncPlan:
    """What sync does, or did, to a target."""

    orphans: Orphans = Orphans.TAG
    add: list[CardRecord] = field(default_factory=list)
    update: list[CardRecord] = field(default_factory=list)
    move: list[Moved] = field(default_factory=list)
    retire: list[Orphan] = field(default_factory=list)
    """Orphans to tag, suspend or delete (already tagged ones are left, unless deleting)."""
    tagged: list[HeldNote] = field(default_factory=list)
    """Orphans tagged by an earlier sync: suspended too when the orphans are (not listed)."""
    restore: list[HeldNote] = field(default_factory=list)
    """Notes back in the build that carry the removed tag: untagged (and unsuspended)."""
    untagged: dict[str, list[HeldNote]] = field(default_factory=dict)
    """Project tag → notes of the build without it (imported before the project had one);
    an import tags only the notes it adds or updates."""
    imports: list[Path] = field(default_factory=list)
    """The deck files to import: those with new or changed notes."""
    decks_removed: list[str] = field(default_factory=list)
    """Decks emptied by this sync, and so removed (filled in when applied)."""

    def describe(self, dry_run: bool, where: str) -> list[str]:
        """The plan in a student's words: counts first, then each move and each orphan by
        name, since those are what an import would not have done."""
        retire = _RETIRING[self.orphans]
        verbs = [("add", "added"), ("update", "updated"), ("move", "moved"), retire]
        sizes = [len(self.add), len(self.update), len(self.move), len(self.retire)]
        if dry_run:
            head = f"sync plan (dry run, nothing is changed) for {where}: "
            counts = [f"{size} to {verb}" for size, (verb, _) in zip(sizes, verbs, strict=True)]
        else:
            head = f"synced into {where}: "
            counts = [f"{size} {done}" for size, (_, done) in zip(sizes, verbs, strict=True)]
        moved, retired = ("move", retire[0]) if dry_run else ("moved", retire[1])
        moves = [f"  {moved}: {m.card.question} ({m.from_deck} → {m.card.deck})" for m in self.move]
        if len(moves) > _MOVES_SHOWN:  # a new deck prefix moves every card: show a few
            moves[_MOVES_SHOWN - 1 :] = [f"  … and {len(moves) - _MOVES_SHOWN + 1} more"]
        return [
            head + ", ".join(counts),
            *moves,
            *(f"  {retired}: {r.question} ({r.origin}, {r.deck})" for r in self.retire),
            *(f"  removed the emptied deck {deck}" for deck in self.decks_removed),
        ]

    def as_json(self, dry_run: bool, where: str) -> dict:
        def card(record: CardRecord) -> dict:
            return {"deck": record.deck, "question": record.question, "source": record.note_name}

        return {
            "target": where,
            "dry_run": dry_run,
            "orphans": str(self.orphans),
            "add": [card(c) for c in self.add],
            "update": [card(c) for c in self.update],
            "move": [{**card(m.card), "from_deck": m.from_deck} for m in self.move],
            "retire": [
                {"deck": r.deck, "question": r.question, "source": r.origin} for r in self.retire
            ],
            "decks_removed": list(self.decks_removed),
        }


@dataclass(frozen=True)
class Build:
    """What sync takes of a build: its stamps, read from the state beside the decks."""

    built: dict[str, Stamp]
    """GUID → stamp of each card in the build's deck files."""
    live: set[str]
    """Also the cards of notes a partial build did not read: kept, not orphaned."""
    known: set[str]
    """Every GUID ever built into these folders: the notes of this project."""
    note_type_mods: dict[int, int]
    deck_files: dict[str, Path]
    project_tags: dict[str, str] = field(default_factory=dict)
    """GUID of a built card → its project's tag (none for a state without a project)."""
    projects: set[str] = field(default_factory=set)
    """The tags of the projects built into these folders."""


def read_build(decks: Sequence[Path]) -> Build:
    built: dict[str, Stamp] = {}
    live: set[str] = set()
    known: set[str] = set()
    note_type_mods: dict[int, int] = {}
    tags: dict[str, str] = {}
    projects: set[str] = set()
    names = {deck.name for deck in decks}
    for folder in {deck.parent for deck in decks}:
        stamps = load_stamps(folder)
        known.update(stamps.known)
        tag = project_tag(stamps.project) if stamps.project else ""
        projects.update([tag] if tag else [])
        for guid, stamp in stamps.known.items():
            if stamp.live:
                live.add(guid)
                if stamp.card and stamp.card.deck_file in names:
                    built[guid] = stamp
                    if tag:
                        tags[guid] = tag
        for type_id, stamp in stamps.note_types.items():
            note_type_mods[type_id] = max(stamp.mod, note_type_mods.get(type_id, 0))
    deck_files = {deck.name: deck for deck in decks}
    return Build(built, live, known, note_type_mods, deck_files, tags, projects)


def is_ours(note: HeldNote, build: Build) -> bool:
    """A note this project made: one its builds gave (its GUID is in their state), or one
    tagged with its project (the state may have been lost). The note type alone does not
    tell, since a student can make notes with it by hand."""
    return note.guid in build.known or not build.projects.isdisjoint(note.tags)


def plan_sync(held: Held, build: Build, orphans: Orphans = Orphans.TAG) -> SyncPlan:
    """What applying the build would do: compare the target's notes of this project with it."""
    plan = SyncPlan(orphans=orphans)
    ours = {note.guid: note for note in held.notes if is_ours(note, build)}
    imports: set[str] = set()
    for guid, stamp in build.built.items():
        card = stamp.card or CardRecord("", "", "")
        have = ours.get(guid)
        if have is None:
            plan.add.append(card)
            imports.add(card.deck_file)
            continue
        if have.mod < stamp.mod:
            plan.update.append(card)
            imports.add(card.deck_file)
        away = [deck for deck in have.decks if deck != card.deck]
        if away:
            plan.move.append(Moved(have, card, away[0]))
        if REMOVED_TAG in have.tags:
            plan.restore.append(have)
        tag = build.project_tags.get(guid)
        if tag and tag not in have.tags:
            plan.untagged.setdefault(tag, []).append(have)
    # A note type newer in the build (a new flashgen restyled the cards) reaches Anki with
    # any deck file carrying it (one the target has not got yet comes with its notes, all
    # new). Anki stamps a note type it updates with the time of the import, not the deck
    # file's, so one stays older only until imported once.
    held_types = held.note_type_mods
    older = {i for i, mod in build.note_type_mods.items() if held_types.get(i, mod) < mod}
    if older:
        from flashgen.apkg import note_types_in

        for name, path in sorted(build.deck_files.items()):
            if not older:
                break
            carried = note_types_in(path) & older
            if carried:
                imports.add(name)
                older -= carried
    plan.imports = [build.deck_files[name] for name in sorted(imports) if name in build.deck_files]
    for guid, have in ours.items():
        if guid in build.live:
            continue
        if orphans is not Orphans.DELETE and REMOVED_TAG in have.tags:
            plan.tagged.append(have)
        else:
            plan.retire.append(
                Orphan(
                    have, _plain(have.sort_field), _plain(have.source_field), ", ".join(have.decks)
                )
            )
    plan.retire.sort(key=lambda r: (r.origin, r.deck, r.question))
    return plan


_TAG = re.compile(r"<[^>]+>")


def _plain(field_html: str) -> str:
    """A field as a line of text to name its note by: no markup, cloze gaps filled in."""
    return " ".join(html.unescape(_TAG.sub(" ", cloze_filled(field_html))).split())
