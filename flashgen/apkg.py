"""The one module that talks to genanki: note types, decks and notes → an `.apkg` file."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from functools import cache
from itertools import count
from pathlib import Path

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from flashgen.identity import BASIC_MODEL_ID, CLOZE_MODEL_ID, REVERSED_MODEL_ID, deck_id
from flashgen.model import AnkiNote, CardKind, MediaFile
from flashgen.style import CARD_CSS

_CSS = CARD_CSS

_FRONT = """\
{{#Context}}<div class="context">{{Context}}</div>{{/Context}}
<div class="question">{{Question}}</div>"""

_BACK = """\
{{FrontSide}}
<hr id="answer">
<div class="answer">{{Answer}}</div>
<div class="source">{{Source}}</div>"""

_REVERSE_FRONT = """\
{{#Context}}<div class="context">{{Context}}</div>{{/Context}}
<div class="question">{{Answer}}</div>"""

_REVERSE_BACK = """\
{{FrontSide}}
<hr id="answer">
<div class="answer">{{Question}}</div>
<div class="source">{{Source}}</div>"""

_CLOZE_FRONT = """\
{{#Context}}<div class="context">{{Context}}</div>{{/Context}}
<div class="question cloze-text">{{cloze:Text}}</div>"""

_CLOZE_BACK = """\
{{#Context}}<div class="context">{{Context}}</div>{{/Context}}
<div class="question cloze-text">{{cloze:Text}}</div>
<hr id="answer">
<div class="answer">{{Extra}}</div>
<div class="source">{{Source}}</div>"""

# Each note type's id and fields are frozen: adding or reordering fields under an id makes
# Anki refuse updates. Every kind keeps its four fields in the same order, so a card's
# question, answer, context and source land in the same places whatever its kind.
_FIELDS = [{"name": "Question"}, {"name": "Answer"}, {"name": "Context"}, {"name": "Source"}]
_CLOZE_FIELDS = [{"name": "Text"}, {"name": "Extra"}, {"name": "Context"}, {"name": "Source"}]

BASIC_MODEL = genanki.Model(
    BASIC_MODEL_ID,
    "flashgen Basic",
    fields=_FIELDS,
    templates=[{"name": "Card 1", "qfmt": _FRONT, "afmt": _BACK}],
    css=_CSS,
)
REVERSED_MODEL = genanki.Model(
    REVERSED_MODEL_ID,
    "flashgen Basic (and reversed card)",
    fields=_FIELDS,
    templates=[
        {"name": "Card 1", "qfmt": _FRONT, "afmt": _BACK},
        {"name": "Card 2", "qfmt": _REVERSE_FRONT, "afmt": _REVERSE_BACK},
    ],
    css=_CSS,
)
CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "flashgen Cloze",
    fields=_CLOZE_FIELDS,
    templates=[{"name": "Cloze", "qfmt": _CLOZE_FRONT, "afmt": _CLOZE_BACK}],
    css=_CSS,
    model_type=genanki.Model.CLOZE,
)
MODELS = {
    CardKind.BASIC: BASIC_MODEL,
    CardKind.REVERSED: REVERSED_MODEL,
    CardKind.CLOZE: CLOZE_MODEL,
}

NOTE_TYPES: tuple[genanki.Model, ...] = tuple(MODELS.values())
"""Every note type flashgen writes. `flashgen sync` touches only notes of these."""


def note_type_fingerprints() -> dict[int, str]:
    """Each note type's id → a hash of everything Anki shows of it (templates, style).

    Anki takes a note type's new templates and style on import only when the package's
    copy has a newer `mod` (and the same field and template names; otherwise it makes a
    copy named "... +"), so the builder stamps a note type anew when this changes.
    """
    return {
        model.model_id: hashlib.sha256(
            json.dumps(
                [
                    model.name,
                    [f["name"] for f in model.fields],
                    [[t["name"], t["qfmt"], t["afmt"]] for t in model.templates],
                    model.css,
                    model.sort_field_index,
                    model.latex_pre,
                    model.latex_post,
                ],
                ensure_ascii=False,
            ).encode("utf-8")
        ).hexdigest()[:16]
        for model in NOTE_TYPES
    }


class _StampedNote(genanki.Note):
    """genanki stamps every note with the package time and the deck writing it; ours carry
    their own `mod` and deck."""

    def __init__(self, mod: int, deck_id: int, **kwargs):
        super().__init__(**kwargs)
        self.mod = mod
        self.deck_id = deck_id

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):  # noqa: ARG002
        super().write_to_db(cursor, self.mod, self.deck_id, id_gen)


def write_apkg(
    notes: Iterable[AnkiNote], path: Path, note_type_mods: Mapping[int, int] | None = None
) -> None:
    """Write the notes, each in the deck its card names, as one `.apkg` file at `path`.

    `note_type_mods` gives each note type its `mod` (seconds); without it, note types
    carry the newest note's.

    The file is built beside its target and moved into place in one step, so a reader
    sees either the previous deck or the new one, never part of one. Building twice
    from the same notes gives the same bytes.
    """
    notes = list(notes)
    by_deck: dict[str, list[AnkiNote]] = {}
    for note in notes:
        by_deck.setdefault(note.deck_name, []).append(note)
    decks = [genanki.Deck(deck_id(name), name) for name in by_deck]
    in_order = [_genanki_note(note) for deck_notes in by_deck.values() for note in deck_notes]

    timestamp = max((note.mod for note in notes), default=0)
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(_empty_collection())
        _write_collection(connection.cursor(), decks, in_order, timestamp)
        if note_type_mods:
            _stamp_note_types(connection.cursor(), note_type_mods)
        connection.commit()
        collection = connection.serialize()
    finally:
        connection.close()

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=".flashgen-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file, zipfile.ZipFile(file, "w") as archive:
            archive.writestr(_fixed_entry("collection.anki2"), collection)
            media = _media_of(notes)
            for number, media_file in enumerate(media):
                archive.writestr(_fixed_entry(str(number)), media_file.path.read_bytes())
            archive.writestr(
                _fixed_entry("media"), json.dumps({str(n): f.name for n, f in enumerate(media)})
            )
        os.chmod(partial, 0o644)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


@cache
def _empty_collection() -> bytes:
    """genanki's empty collection (schema and `col` row), made once per process."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.executescript(APKG_SCHEMA)
        connection.executescript(APKG_COL)
        connection.commit()
        return connection.serialize()
    finally:
        connection.close()


def _write_collection(
    cursor: sqlite3.Cursor, decks: list[genanki.Deck], notes: list[genanki.Note], timestamp: int
) -> None:
    """What `genanki.Package.write_to_db` does after the schema, but with the collection's
    deck list and note types written once: genanki re-reads and re-writes both (the CSS
    and all) for every subdeck. Each note carries its own deck; the note types' default
    deck is the last one, as genanki leaves it."""
    (decks_json,) = cursor.execute("SELECT decks FROM col").fetchone()
    all_decks = json.loads(decks_json)
    all_decks.update({str(deck.deck_id): deck.to_json() for deck in decks})
    cursor.execute("UPDATE col SET decks = ?", (json.dumps(all_decks),))

    last_deck = decks[-1].deck_id if decks else 1
    used = {note.model.model_id: note.model for note in notes}
    (models_json,) = cursor.execute("SELECT models FROM col").fetchone()
    models = json.loads(models_json)
    models.update({str(i): model.to_json(timestamp, last_deck) for i, model in used.items()})
    cursor.execute("UPDATE col SET models = ?", (json.dumps(models),))

    ids = count(timestamp * 1000)
    for note in notes:
        note.write_to_db(cursor, timestamp, last_deck, ids)


def _media_of(notes: list[AnkiNote]) -> list[MediaFile]:
    """Every image the notes show, once each, in name order (so the bytes are reproducible)."""
    files = {file.name: file for note in notes for file in note.card.media}
    return [files[name] for name in sorted(files)]


def _genanki_note(note: AnkiNote) -> genanki.Note:
    card = note.card
    return _StampedNote(
        mod=note.mod,
        deck_id=deck_id(note.deck_name),
        model=MODELS[card.card.kind],
        fields=[card.question, card.answer, card.context, card.source],
        tags=list(card.card.tags),
        guid=note.guid,
    )


def _stamp_note_types(cursor: sqlite3.Cursor, mods: Mapping[int, int]) -> None:
    """genanki stamps note types with the package time; ours carry their own `mod`."""
    (models_json,) = cursor.execute("SELECT models FROM col").fetchone()
    models = json.loads(models_json)
    for model in models.values():
        model["mod"] = mods.get(int(model["id"]), model["mod"])
    cursor.execute("UPDATE col SET models = ?", (json.dumps(models),))


def _fixed_entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with a fixed date, so the archive's bytes depend on its content only."""
    entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    entry.compress_type = zipfile.ZIP_DEFLATED
    return entry
