"""The one module that talks to genanki: note types, decks and notes → an `.apkg` file."""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sqlite3
import sys
import types
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from itertools import count
from pathlib import Path

from flashgen.identity import deck_id
from flashgen.model import AnkiNote, CardKind, MediaFile, cloze_numbers
from flashgen.note_types import NOTE_TYPES, NoteType
from flashgen.writes import written


@contextmanager
def _cached_property_of_the_standard_library() -> Iterator[None]:
    """genanki takes its `cached_property` from the package of that name, which imports
    asyncio, and with it ssl, for properties genanki never makes asynchronous: half the
    time genanki takes to import, paid again by every rebuild that writes a deck. Python's
    own `functools.cached_property` does what genanki asks of it; it stands in while
    genanki is imported, and the package stays for anything else that imports it."""
    if "cached_property" in sys.modules:
        yield
        return
    stand_in = types.ModuleType("cached_property")
    stand_in.cached_property = functools.cached_property  # type: ignore[attr-defined]
    sys.modules["cached_property"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("cached_property") is stand_in:
            del sys.modules["cached_property"]


with _cached_property_of_the_standard_library():
    import genanki  # noqa: E402
    from genanki.apkg_col import APKG_COL  # noqa: E402
    from genanki.apkg_schema import APKG_SCHEMA  # noqa: E402


def _model(note_type: NoteType) -> genanki.Model:
    return genanki.Model(
        note_type.id,
        note_type.name,
        fields=[{"name": name} for name in note_type.fields],
        templates=[
            {"name": template.name, "qfmt": template.front, "afmt": template.back}
            for template in note_type.templates
        ],
        css=note_type.css,
        model_type=genanki.Model.CLOZE if note_type.is_cloze else genanki.Model.FRONT_BACK,
    )


MODELS = {kind: _model(note_type) for kind, note_type in NOTE_TYPES.items()}
"""genanki's copy of each note type, which writes it into a package."""
BASIC_MODEL = MODELS[CardKind.BASIC]


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
        for model in MODELS.values()
    }


def write_apkg(
    notes: Iterable[AnkiNote],
    path: Path,
    note_type_mods: Mapping[int, int] | None = None,
    tags: tuple[str, ...] = (),
) -> None:
    """Write the notes, each in the deck its card names, as one `.apkg` file at `path`;
    `tags` go on every note, beside its card's own.

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
    timestamp = max([note.mod for note in notes], default=0)
    collection = _collection(by_deck, timestamp, note_type_mods or {}, tags)

    with written(path) as file, zipfile.ZipFile(file, "w") as archive:
        _add_entry(archive, "collection.anki2", collection)
        media = _media_of(notes)
        for number, media_file in enumerate(media):
            _add_entry(archive, str(number), media_file.path.read_bytes())
        _add_entry(archive, "media", json.dumps({str(n): f.name for n, f in enumerate(media)}))


@cache
def _empty_collection() -> tuple[bytes, dict, dict]:
    """genanki's empty collection (schema and `col` row), made once per process, with the
    deck list and note types of its `col` row."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.executescript(APKG_SCHEMA)
        connection.executescript(APKG_COL)
        connection.commit()
        decks_json, models_json = connection.execute("SELECT decks, models FROM col").fetchone()
        return connection.serialize(), json.loads(decks_json), json.loads(models_json)
    finally:
        connection.close()


def _collection(
    by_deck: dict[str, list[AnkiNote]],
    timestamp: int,
    note_type_mods: Mapping[int, int],
    tags: tuple[str, ...] = (),
) -> bytes:
    """The `collection.anki2` of these notes: the rows `genanki.Package.write_to_db` writes,
    computed here and inserted in bulk (genanki makes a Note object per card and inserts
    its rows one by one, re-writing the deck list and note types for every subdeck)."""
    _, base_decks, base_models = _empty_collection()
    deck_ids = {name: deck_id(name) for name in by_deck}
    decks = {
        **base_decks,
        **{str(i): genanki.Deck(i, name).to_json() for name, i in deck_ids.items()},
    }

    # Note types in the order notes first use them; their default deck is the last deck,
    # as genanki leaves it, and each carries its own `mod` when it has one.
    last_deck = deck_ids[next(reversed(by_deck))] if by_deck else 1
    used = {note.extracted.kind: None for notes in by_deck.values() for note in notes}
    models = dict(base_models)
    for kind in used:
        model = MODELS[kind]
        model_json = model.to_json(timestamp, last_deck)
        model_json["mod"] = note_type_mods.get(model.model_id, model_json["mod"])
        models[str(model.model_id)] = model_json

    note_rows, card_rows = _rows(by_deck, deck_ids, count(timestamp * 1000), tags)
    return _filled(decks, models, ((_INSERT_NOTE, note_rows), (_INSERT_CARD, card_rows)))


def _filled(decks: dict, models: dict, inserts: Iterable[tuple[str, list[tuple]]]) -> bytes:
    """genanki's empty collection with this deck list and these note types, and each list
    of rows inserted by its statement: the bytes of a `collection.anki2`."""
    empty, _, _ = _empty_collection()
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(empty)
        connection.execute(
            "UPDATE col SET decks = ?, models = ?", (json.dumps(decks), json.dumps(models))
        )
        for statement, rows in inserts:
            connection.executemany(statement, rows)
        connection.commit()
        return connection.serialize()
    finally:
        connection.close()


# The columns genanki writes the same for every note and card (usn -1: not yet synced;
# no checksum, flags or data; a new card, unscheduled) are constants of the statements.
_INSERT_NOTE = "INSERT INTO notes VALUES(?, ?, ?, ?, -1, ?, ?, ?, 0, 0, '')"
_INSERT_CARD = "INSERT INTO cards VALUES(?, ?, ?, ?, ?, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')"


def _rows(
    by_deck: dict[str, list[AnkiNote]],
    deck_ids: dict[str, int],
    ids: Iterator[int],
    extra_tags: tuple[str, ...] = (),
) -> tuple[list[tuple], list[tuple]]:
    """The `notes` and `cards` rows, as genanki's `Note.write_to_db` and `Card.write_to_db`
    write them: one id sequence for notes and cards, a note's cards numbered right after
    it, both stamped with the note's `mod`; tags between spaces, fields joined by 0x1f."""
    note_rows: list[tuple] = []
    card_rows: list[tuple] = []
    tags_of: dict[tuple[str, ...], str] = {}
    for deck_name, notes in by_deck.items():
        did = deck_ids[deck_name]
        for note in notes:
            card = note.card
            fields = card.fields
            model = MODELS[card.kind]
            if (tags := tags_of.get(card.card.tags)) is None:
                tags = tags_of[card.card.tags] = f" {' '.join((*card.card.tags, *extra_tags))} "
            note_id, mod = next(ids), note.mod
            sort_field = fields[model.sort_field_index]
            note_rows.append(
                (note_id, note.guid, model.model_id, mod, tags, "\x1f".join(fields), sort_field)
            )
            for ord_ in _card_ords(model, fields):
                card_rows.append((next(ids), note_id, did, ord_, mod))
    return note_rows, card_rows


def _card_ords(model: genanki.Model, fields: tuple[str, ...]) -> Iterable[int]:
    """Which of the note type's cards a note has, as genanki's `Note.cards` decides: for a
    cloze type, one card per cloze number in its cloze fields (none without a cloze); else
    each template whose required fields are filled."""
    if model.model_type == genanki.Model.CLOZE:
        ords: set[int] = set()
        for index in _cloze_field_indexes(model):
            text = fields[index] if index >= 0 else ""
            ords.update([number - 1 for number in cloze_numbers(text)])
        return ords
    return [
        ord_
        for ord_, needs_all, required in _requirements(model)
        if (all if needs_all else any)([fields[i] for i in required])
    ]


@cache
def _cloze_field_indexes(model: genanki.Model) -> tuple[int, ...]:
    """The fields a cloze note type's front reads with `{{cloze:…}}` (-1: no such field)."""
    front = model.templates[0]["qfmt"]
    names = set(re.findall(r"{{[^}]*?cloze:(?:[^}]?:)*(.+?)}}", front))
    names |= set(re.findall("<%cloze:(.+?)%>", front))
    field_names = [field["name"] for field in model.fields]
    return tuple(field_names.index(name) if name in field_names else -1 for name in names)


@cache
def _requirements(model: genanki.Model) -> tuple[tuple[int, bool, tuple[int, ...]], ...]:
    """genanki's `req` of a front/back note type: each template, whether it needs all of
    its fields or any, and the fields, computed once (genanki renders the templates)."""
    return tuple((ord_, kind == "all", tuple(required)) for ord_, kind, required in model._req)


def _media_of(notes: list[AnkiNote]) -> list[MediaFile]:
    """Every image the notes show, once each, in name order (so the bytes are reproducible)."""
    files = {file.name: file for note in notes for file in note.card.media}
    return [files[name] for name in sorted(files)]


_COMPRESS_LEVEL = 1
"""Deflate's fastest level: about 11% larger files than the default level 6, written in
well under half the time. Anki reads any level."""


def _add_entry(archive: zipfile.ZipFile, name: str, data: bytes | str) -> None:
    """A deflated zip entry with a fixed date, so the archive's bytes depend on its content
    only."""
    entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    entry.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(entry, data, compresslevel=_COMPRESS_LEVEL)


def note_types_in(package: Path) -> set[int]:
    """The ids of the note types a package written by `write_apkg` carries."""
    return {int(key) for key in _col_json(package, "models")}


def deck_names_in(package: Path) -> list[str]:
    """The decks a package written by `write_apkg` holds notes in (Anki's Default left out)."""
    return [deck["name"] for key, deck in _col_json(package, "decks").items() if key != "1"]


def _col_json(package: Path, column: str) -> dict:
    """One of the JSON columns (decks, models) of a package's `col` row."""
    with zipfile.ZipFile(package) as archive:
        collection = archive.read("collection.anki2")
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(collection)
        (value,) = connection.execute(f"SELECT {column} FROM col").fetchone()
    finally:
        connection.close()
    return json.loads(value)


# Rows copied whole from another package: every column as it was read.
_COPY_NOTE = f"INSERT INTO notes VALUES({','.join('?' * 11)})"
_COPY_CARD = f"INSERT INTO cards VALUES({','.join('?' * 18)})"


def merge_packages(packages: Sequence[Path], target: Path) -> None:
    """One package holding every note, card, deck, note type and media file of these
    (written by `write_apkg`), so Anki imports them in one go: an import costs about the
    same for one note as for thousands. A note or card id two packages share is given the
    next free one (Anki matches notes by GUID; a new note keeps its id, its creation time)."""
    _, base_decks, base_models = _empty_collection()
    decks, models = dict(base_decks), dict(base_models)
    note_rows: list[tuple] = []
    card_rows: list[tuple] = []
    media: dict[str, bytes] = {}
    used: set[int] = set()

    def free(wanted: int) -> int:
        while wanted in used:
            wanted += 1
        used.add(wanted)
        return wanted

    for package in packages:
        with zipfile.ZipFile(package) as archive:
            connection = sqlite3.connect(":memory:")
            try:
                connection.deserialize(archive.read("collection.anki2"))
                decks_json, models_json = connection.execute(
                    "SELECT decks, models FROM col"
                ).fetchone()
                decks.update(json.loads(decks_json))
                for key, model in json.loads(models_json).items():
                    if key not in models or models[key]["mod"] < model["mod"]:
                        models[key] = model
                note_ids = {}
                for row in connection.execute("SELECT * FROM notes ORDER BY id"):
                    note_ids[row[0]] = free(row[0])
                    note_rows.append((note_ids[row[0]], *row[1:]))
                for row in connection.execute("SELECT * FROM cards ORDER BY id"):
                    card_rows.append((free(row[0]), note_ids[row[1]], *row[2:]))
            finally:
                connection.close()
            for number, name in json.loads(archive.read("media")).items():
                media[name] = archive.read(number)

    collection = _filled(decks, models, ((_COPY_NOTE, note_rows), (_COPY_CARD, card_rows)))
    names = sorted(media)
    with zipfile.ZipFile(target, "w") as archive:
        _add_entry(archive, "collection.anki2", collection)
        for number, name in enumerate(names):
            _add_entry(archive, str(number), media[name])
        _add_entry(archive, "media", json.dumps({str(n): name for n, name in enumerate(names)}))
