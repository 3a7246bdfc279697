"""`flashgen sync`: apply a build straight to a local Anki collection.

An `.apkg` import adds and updates notes, but never moves a card to another deck and
never deletes one. Sync adds and updates through Anki's own importer, so it judges
exactly as an import does (a note is updated only when the build's copy is newer,
so edits made inside Anki to unchanged notes survive, and review history stays with
each card); then it moves cards into the deck their note names, and tags — or, when
asked, deletes — the notes whose source is gone. It touches only notes of flashgen's
own note types, never the student's other notes, and of those only the ones this folder
of notes made: known to its state, or tagged with its project (another folder's cards,
synced into the same collection, are not its to retire).

Needs the Anki library: `pip install 'flashgen[anki]'`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from flashgen.apkg import NOTE_TYPES
from flashgen.errors import FlashgenError
from flashgen.stamps import CardRecord, Stamp, load_stamps, project_tag

REMOVED_TAG = "flashgen::removed"
"""Tags a note whose source is gone, so the student can review and delete it in Anki."""

_MOVES_SHOWN = 10
"""Moves listed by name; notes retired are always listed, since only the student can judge them."""

_CHUNK = 500
"""GUIDs asked of the collection at a time (SQLite limits a statement's parameters)."""

_NOTE_TYPE_IDS = ",".join(str(model.model_id) for model in NOTE_TYPES)


@dataclass(frozen=True)
class Moved:
    note_id: int
    card: CardRecord
    from_deck: str


@dataclass(frozen=True)
class Retired:
    """A note in the collection that the build no longer has."""

    note_id: int
    question: str
    """What its front asks, as plain text."""
    source: str
    deck: str


@dataclass
class SyncPlan:
    """What sync does, or did, to a collection."""

    add: list[CardRecord] = field(default_factory=list)
    update: list[CardRecord] = field(default_factory=list)
    move: list[Moved] = field(default_factory=list)
    retire: list[Retired] = field(default_factory=list)
    """Tagged `flashgen::removed`, or deleted with `delete`."""
    restore: list[int] = field(default_factory=list)
    """Ids of notes back in the build that carry the removed tag; the tag is taken off."""
    delete: bool = False

    def describe(self, dry_run: bool) -> list[str]:
        """The plan in a student's words: counts first, then each move and each retired
        note by name, since those are what an import would not have done."""
        retire = (
            ("delete", "deleted")
            if self.delete
            else (f"tag {REMOVED_TAG}", f"tagged {REMOVED_TAG}")
        )
        verbs = [("add", "added"), ("update", "updated"), ("move", "moved"), retire]
        sizes = [len(self.add), len(self.update), len(self.move), len(self.retire)]
        if dry_run:
            head = "sync plan (dry run, the collection is not changed): "
            counts = [f"{size} to {verb}" for size, (verb, _) in zip(sizes, verbs, strict=True)]
        else:
            head = "synced: "
            counts = [f"{size} {done}" for size, (_, done) in zip(sizes, verbs, strict=True)]
        moved, retired = (verbs[2][0], retire[0]) if dry_run else (verbs[2][1], retire[1])
        moves = [f"  {moved}: {m.card.question} ({m.from_deck} → {m.card.deck})" for m in self.move]
        if len(moves) > _MOVES_SHOWN:  # a new deck prefix moves every card: show a few
            moves[_MOVES_SHOWN - 1 :] = [f"  … and {len(moves) - _MOVES_SHOWN + 1} more"]
        return [
            head + ", ".join(counts),
            *moves,
            *(f"  {retired}: {r.question} ({r.source}, {r.deck})" for r in self.retire),
        ]


def sync_collection(
    collection: Path,
    decks: Sequence[Path],
    delete: bool = False,
    dry_run: bool = False,
) -> SyncPlan:
    """Apply a build — its deck files, and the state beside them — to the collection.

    With `dry_run` the plan is worked out and nothing is written. A collection Anki
    holds open is refused before anything is changed.
    """
    folders = {deck.parent for deck in decks}
    states = [load_stamps(folder) for folder in folders]
    live = {guid: stamp for state in states for guid, stamp in state.known.items() if stamp.live}
    names = {deck.name for deck in decks}
    built = {guid: s for guid, s in live.items() if s.card and s.card.deck_file in names}
    scope = Scope(
        {guid for state in states for guid in state.known},
        {project_tag(state.project) for state in states if state.project},
    )
    col = _open(collection)
    try:
        plan = plan_sync(col, built, set(live), delete, scope)
        if not dry_run:
            tagged = {
                project_tag(state.project): [guid for guid in state.known if guid in built]
                for state in states
                if state.project
            }
            _apply(col, plan, decks, tagged)
    finally:
        col.close()
    return plan


@dataclass(frozen=True)
class Scope:
    """The flashgen notes of one project: the GUIDs its state has ever built, and its tag."""

    guids: set[str]
    tags: set[str]

    def holds(self, note: _CollectionNote) -> bool:
        return note.guid in self.guids or not self.tags.isdisjoint(note.tags)


def plan_sync(
    col,
    built: Mapping[str, Stamp],
    live: set[str],
    delete: bool = False,
    scope: Scope | None = None,
) -> SyncPlan:
    """What applying the build would do: compare the collection's flashgen notes with it.

    `built` are the cards in the build's deck files; `live` also holds cards of notes a
    partial build did not read, which are kept, not retired. Only notes in `scope` (by
    default every flashgen note) are retired.
    """
    plan = SyncPlan(delete=delete)
    ours = {note.guid: note for note in _flashgen_notes(col)}
    for guid, stamp in built.items():
        card = stamp.card or CardRecord("", "", "")
        have = ours.get(guid)
        if have is None:
            plan.add.append(card)
            continue
        if have.mod < stamp.mod:
            plan.update.append(card)
        away = [deck for deck in have.decks if deck != card.deck]
        if away:
            plan.move.append(Moved(have.id, card, away[0]))
        if REMOVED_TAG in have.tags:
            plan.restore.append(have.id)
    for guid, have in ours.items():
        if guid in live or (scope is not None and not scope.holds(have)):
            continue
        if delete or REMOVED_TAG not in have.tags:
            plan.retire.append(Retired(have.id, have.question, have.source, ", ".join(have.decks)))
    plan.retire.sort(key=lambda r: (r.source, r.deck, r.question))
    return plan


@dataclass(frozen=True)
class _CollectionNote:
    id: int
    guid: str
    mod: int
    tags: tuple[str, ...]
    question: str
    source: str
    decks: tuple[str, ...]
    """The home deck of each of its cards (a card in a filtered deck counts where it returns)."""


def _flashgen_notes(col) -> list[_CollectionNote]:
    source_field = {
        model.model_id: next((i for i, f in enumerate(model.fields) if f["name"] == "Source"), None)
        for model in NOTE_TYPES
    }
    deck_names = {deck.id: deck.name for deck in col.decks.all_names_and_ids()}
    decks: dict[int, list[str]] = {}
    for note_id, deck_id in col.db.all(
        "select c.nid, case when c.odid then c.odid else c.did end from cards c "
        f"join notes n on n.id = c.nid where n.mid in ({_NOTE_TYPE_IDS}) order by c.ord"
    ):
        name = deck_names.get(deck_id, "")
        if name not in decks.setdefault(note_id, []):
            decks[note_id].append(name)
    notes = []
    for note_id, guid, mod, type_id, sort_field, fields, tags in col.db.all(
        f"select id, guid, mod, mid, sfld, flds, tags from notes where mid in ({_NOTE_TYPE_IDS})"
    ):
        index = source_field.get(type_id)
        source = fields.split("\x1f")[index] if index is not None else ""
        notes.append(
            _CollectionNote(
                note_id,
                guid,
                mod,
                tuple(col.tags.split(tags)),
                _plain(str(sort_field)),
                _plain(source),
                tuple(decks.get(note_id, ())),
            )
        )
    return notes


def _apply(
    col, plan: SyncPlan, decks: Sequence[Path], tagged: Mapping[str, list[str]] | None = None
) -> None:
    """Import the decks, then do what an import cannot. The plan's notes were already in
    the collection, and an import keeps a note's id, so the ids it holds still stand.
    Every note of the build gets its project's tag, which an import gives only to the
    notes it adds or updates."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    for deck in decks:
        request = ImportAnkiPackageRequest(
            package_path=str(deck.resolve()), options=ImportAnkiPackageOptions()
        )
        col.import_anki_package(request)
    for move in plan.move:
        card_ids = col.card_ids_of_note(move.note_id)
        col.set_deck(card_ids, col.decks.id(move.card.deck))
    if plan.restore:
        col.tags.bulk_remove(plan.restore, REMOVED_TAG)
    for tag, guids in (tagged or {}).items():
        note_ids = []
        for start in range(0, len(guids), _CHUNK):
            chunk = guids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            note_ids += col.db.list(f"select id from notes where guid in ({marks})", *chunk)
        if note_ids:
            col.tags.bulk_add(note_ids, tag)
    retired = [note.note_id for note in plan.retire]
    if retired and plan.delete:
        col.remove_notes(retired)
    elif retired:
        col.tags.bulk_add(retired, REMOVED_TAG)


def _open(path: Path):
    if not path.is_file():
        raise FlashgenError(
            f"{path}: no Anki collection there (it is the collection.anki2 file in your "
            "Anki profile folder)"
        )
    try:
        from anki.collection import Collection
        from anki.errors import DBError
    except ImportError:
        raise FlashgenError(
            "flashgen sync needs the Anki library: pip install 'flashgen[anki]'"
        ) from None
    try:
        return Collection(str(path))
    except DBError as error:
        if "already open" in str(error):  # Anki holds its collection locked while open
            raise FlashgenError(
                f"{path}: {error} Close Anki and try again; nothing was changed."
            ) from None
        raise FlashgenError(
            f"{path}: not an Anki collection that can be opened ({error})"
        ) from None


_TAG = re.compile(r"<[^>]+>")
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", re.DOTALL)


def _plain(field_html: str) -> str:
    """A field as a line of text to name its note by: no markup, cloze gaps filled in."""
    return " ".join(html.unescape(_TAG.sub(" ", _CLOZE.sub(r"\1", field_html))).split())
