"""What a target holds of flashgen's, and what sync needs of a target (`Target`).

Both targets read an Anki database for it: the collection file itself, or the package a
running Anki exports.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from flashgen.note_types import NOTE_TYPE_IDS

SOURCE_FIELD = 3
"""Every flashgen note type keeps the note's source in its fourth field (note_types.py)."""


@dataclass(frozen=True)
class HeldNote:
    """A note of one of flashgen's note types, as the target holds it."""

    id: int
    guid: str
    mod: int
    tags: tuple[str, ...]
    sort_field: str
    source_field: str
    """The Source field, as Anki holds it (HTML): where the note came from."""
    decks: tuple[str, ...]
    """The home deck of each of its cards (a card in a filtered deck counts where it returns)."""
    card_ids: tuple[int, ...]


@dataclass(frozen=True)
class Held:
    """What the target holds of flashgen's: its notes, and its note types' `mod`."""

    notes: tuple[HeldNote, ...]
    note_type_mods: dict[int, int]


class Target(Protocol):
    """What sync needs of a place holding Anki notes."""

    where: str
    """How messages name it."""

    def read(self) -> Held: ...
    def import_decks(self, decks: Sequence[Path]) -> None: ...
    def move(self, card_ids: Sequence[int], deck: str) -> None: ...
    def tag(self, note_ids: Sequence[int], tag: str, add: bool = True) -> None: ...
    def suspend(self, card_ids: Sequence[int], suspend: bool = True) -> None: ...
    def delete(self, note_ids: Sequence[int]) -> None: ...
    def remove_empty_decks(self, names: Iterable[str]) -> list[str]:
        """Of these decks and those above them, remove each holding no card at all."""
        ...

    def close(self) -> None: ...


def notes_from_rows(note_rows, card_rows, deck_names: dict[int, str]) -> tuple[HeldNote, ...]:
    """`HeldNote`s from `notes` rows (id, guid, mod, tags, sfld, flds) and `cards` rows
    (id, nid, did, odid), as both targets read them from an Anki database."""
    decks: dict[int, list[str]] = {}
    cards: dict[int, list[int]] = {}
    for card_id, note_id, deck_id, home_id in card_rows:
        name = deck_names.get(home_id or deck_id, "")
        if name not in decks.setdefault(note_id, []):
            decks[note_id].append(name)
        cards.setdefault(note_id, []).append(card_id)
    return tuple(
        HeldNote(
            note_id,
            guid,
            mod,
            tuple(tags.split()),
            str(sort_field),
            (fields.split("\x1f") + [""] * SOURCE_FIELD)[SOURCE_FIELD],
            tuple(decks.get(note_id, ())),
            tuple(cards.get(note_id, ())),
        )
        for note_id, guid, mod, tags, sort_field, fields in note_rows
    )


_OURS = ",".join(str(i) for i in NOTE_TYPE_IDS)

NOTE_ROWS = f"select id, guid, mod, tags, sfld, flds from notes where mid in ({_OURS})"

CARD_ROWS = (
    "select c.id, c.nid, c.did, c.odid from cards c join notes n on n.id = c.nid "
    f"where n.mid in ({_OURS}) order by c.nid, c.ord"
)


def read_database(connection: sqlite3.Connection) -> Held:
    """flashgen's notes and note types in an Anki database, of either layout: decks and
    note types in tables of their own (Anki 2.1.28 and later), or as JSON in `col`."""
    tables = {row[0] for row in connection.execute("select name from sqlite_master")}
    if "notetypes" in tables:
        deck_names = {
            deck_id: name.replace("\x1f", "::")
            for deck_id, name in connection.execute("select id, name from decks")
        }
        mods = dict(connection.execute("select id, mtime_secs from notetypes"))
    else:
        decks_json, models_json = connection.execute("select decks, models from col").fetchone()
        deck_names = {int(i): deck["name"] for i, deck in json.loads(decks_json).items()}
        mods = {int(i): model["mod"] for i, model in json.loads(models_json).items()}
    notes = notes_from_rows(
        connection.execute(NOTE_ROWS).fetchall(),
        connection.execute(CARD_ROWS).fetchall(),
        deck_names,
    )
    return Held(notes, {i: int(mods[i]) for i in NOTE_TYPE_IDS if i in mods})


def _ancestors_and_self(name: str) -> list[str]:
    parts = name.split("::")
    return ["::".join(parts[:depth]) for depth in range(len(parts), 0, -1)]


def deepest_first(names: Iterable[str]) -> list[str]:
    """The decks and every deck above them, children before their parents."""
    every = {ancestor for name in names for ancestor in _ancestors_and_self(name)}
    return sorted(every, key=lambda name: (-name.count("::"), name))


def one_line(error: Exception) -> str:
    return " ".join(str(error).split())
