"""Anki's exports of its decks, as a running Anki gives them: read for flashgen's notes, and
remembered between syncs.

AnkiConnect tells neither a note's GUID nor its `mod`, which a sync's plan needs; an
export of a deck carries both. Exporting is slow on large decks, so what each export held is
kept in a file with a signature of the deck (its cards' ids and decks, its notes' fields and
tags): a deck that still looks as it did is not exported again.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

from flashgen.model import DECK_SEPARATOR
from flashgen.targets.held import Held, HeldNote, read_database
from flashgen.writes import write_text


def deck_signatures(deck_of: dict[int, str], notes: list) -> dict[str, str]:
    """Each top-level deck holding flashgen's cards → a hash of its cards (id, deck) and of
    their notes (id, note type, fields, tags, cards)."""
    parts: dict[str, list] = {}
    for card, deck in deck_of.items():
        parts.setdefault(deck.split("::")[0], []).append(["card", card, deck])
    for note in notes:
        if not note:  # a note deleted meanwhile
            continue
        fields = [[name, value["value"]] for name, value in sorted(note["fields"].items())]
        cards = [int(card) for card in note["cards"]]
        entry = ["note", int(note["noteId"]), str(note["modelName"]), fields, sorted(note["tags"])]
        for top in {deck_of[card].split("::")[0] for card in cards if card in deck_of}:
            parts[top].append([*entry, cards])
    return {
        top: hashlib.sha256(
            json.dumps(sorted(entries), ensure_ascii=False).encode("utf-8")
        ).hexdigest()
        for top, entries in parts.items()
    }


_MEMORY_VERSION = 1


def recall(memory: Path, identity: list) -> dict[str, tuple[str, Held]]:
    """What the memory file holds for this Anki; nothing if it is missing, of another Anki
    or profile, or not as written (it is only data, checked field by field)."""
    try:
        raw = json.loads(memory.read_text(encoding="utf-8"))
        if raw["version"] != _MEMORY_VERSION or raw["anki"] != identity:
            return {}
        recalled = {}
        for top, entry in raw["decks"].items():
            notes = tuple(
                HeldNote(
                    int(i),
                    str(guid),
                    int(mod),
                    tuple(map(str, tags)),
                    str(sort_field),
                    str(source_field),
                    tuple(map(str, decks)),
                    tuple(map(int, cards)),
                )  # fmt: skip
                for i, guid, mod, tags, sort_field, source_field, decks, cards in entry["notes"]
            )
            mods = {int(i): int(mod) for i, mod in entry["note_types"].items()}
            recalled[str(top)] = (str(entry["signature"]), Held(notes, mods))
        return recalled
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def remember(memory: Path, identity: list, decks: dict[str, tuple[str, Held]]) -> None:
    raw = {
        "version": _MEMORY_VERSION,
        "anki": identity,
        "decks": {
            top: {
                "signature": signature,
                "note_types": {str(i): mod for i, mod in held.note_type_mods.items()},
                "notes": [
                    [n.id, n.guid, n.mod, n.tags, n.sort_field, n.source_field, n.decks, n.card_ids]
                    for n in held.notes
                ],
            }
            for top, (signature, held) in decks.items()
        },
    }
    write_text(memory, json.dumps(raw, ensure_ascii=False, separators=(",", ":")))


def top_decks_in(package: Path) -> set[str]:
    """The top-level decks a package's notes go in."""
    from flashgen.apkg import deck_names_in

    return {name.split(DECK_SEPARATOR)[0] for name in deck_names_in(package)}


def read_package(package: Path, scratch: Path) -> Held:
    """flashgen's notes and note types in a package Anki exported."""
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        inner = "collection.anki21" if "collection.anki21" in names else "collection.anki2"
        scratch.write_bytes(archive.read(inner))
    connection = sqlite3.connect(scratch)
    try:
        return read_database(connection)
    finally:
        connection.close()
