"""Rebuilds: the same notes give the same bytes, and a new look reaches Anki in place."""

from __future__ import annotations

import json
import os
import sqlite3
import zipfile

import pytest

from flashgen import apkg, cache
from flashgen.errors import FlashgenError
from flashgen.identity import BASIC_MODEL_ID

from .conftest import build_decks, write
from .test_anki_import import build_into, card_with_front, study

AWS = "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n- S3: 객체 스토리지\n"


def test_released_note_types_keep_their_ids_fields_and_template_names():
    # Anki matches a note type by id, then compares its field and template names: if any
    # was added, removed, renamed or reordered, it makes a copy ("flashgen Basic+") and
    # refuses to update the notes. A new layout must be a new note type with a new id.
    fields = ["Question", "Answer", "Context", "Source"]
    frozen = {
        1_607_392_319: (fields, ["Card 1"]),
        1_607_392_320: (fields, ["Card 1", "Card 2"]),
        1_607_392_321: (["Text", "Extra", "Context", "Source"], ["Cloze"]),
    }
    released = {
        model.model_id: ([f["name"] for f in model.fields], [t["name"] for t in model.templates])
        for model in apkg.MODELS.values()
    }
    assert {type_id: released[type_id] for type_id in frozen} == frozen


def test_a_changed_template_and_style_reach_anki_on_reimport_without_a_copy(
    collection, tmp_path, monkeypatch
):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "aws.md", AWS)
    build_into(collection, [source], out)
    card = card_with_front(collection, "EC2")
    study(collection, card)
    studied = collection.get_card(card.id)

    # A new look comes with a new flashgen: new code, so nothing cached is taken as current.
    monkeypatch.setattr(cache, "code_digest", lambda: "the code of a newer flashgen")
    monkeypatch.setattr(apkg.BASIC_MODEL, "css", apkg.BASIC_MODEL.css + ".question{color:#c00}")
    template = apkg.BASIC_MODEL.templates[0]
    monkeypatch.setitem(template, "qfmt", template["qfmt"] + '<div class="new-look"></div>')
    _, [log] = build_into(collection, [source], out)

    after = collection.get_card(card.id)
    assert ".question{color:#c00}" in after.question()
    assert '<div class="new-look"></div>' in after.question()
    names = [n.name for n in collection.models.all_names_and_ids()]
    assert [name for name in names if name.startswith("flashgen")] == ["flashgen Basic"]
    assert collection.note_count() == 2
    assert not log.new and not log.conflicting
    assert (after.reps, after.ivl, after.due) == (studied.reps, studied.ivl, studied.due)


def test_an_unchanged_note_type_keeps_its_mod_so_edits_to_it_in_anki_stay(collection, tmp_path):
    source, out = tmp_path / "source", tmp_path / "decks"
    note = write(source / "aws.md", AWS)
    build_into(collection, [source], out)
    note_type = collection.models.get(BASIC_MODEL_ID)
    note_type["css"] += ".card{font-size:30px}"  # the student enlarged the text
    collection.models.update_dict(note_type)

    write(note, AWS + "- IAM: 권한 관리\n")
    later = note.stat().st_mtime + 86_400
    os.utime(note, (later, later))
    build_into(collection, [source], out)

    collection.models._cache.clear()
    assert ".card{font-size:30px}" in collection.models.get(BASIC_MODEL_ID)["css"]


def package_times(deck) -> list[int]:
    """Every time (in seconds) written in a package: collection, note types, decks,
    notes and cards, and the ids Anki derives from the time of creation."""
    with zipfile.ZipFile(deck) as archive:
        data = archive.read("collection.anki2")
        infos = archive.infolist()
    db = sqlite3.connect(":memory:")
    db.deserialize(data)
    crt, col_mod, models, decks = db.execute("select crt, mod, models, decks from col").fetchone()
    times = [crt, col_mod // 1000]
    times += [m["mod"] for m in json.loads(models).values()]
    times += [d["mod"] for d in json.loads(decks).values()]
    for table in ("notes", "cards"):
        for row_id, mod in db.execute(f"select id, mod from {table}"):
            times += [row_id // 1000, mod]
    db.close()
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
    return times


def test_source_date_epoch_makes_every_machine_build_the_same_bytes(tmp_path, monkeypatch):
    epoch = 1_700_000_000
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    one = write(tmp_path / "one" / "aws.md", AWS)
    two = write(tmp_path / "two" / "aws.md", AWS)
    os.utime(two, (epoch + 5_000_000, epoch + 5_000_000))  # another checkout, another day

    [first] = build_decks([one.parent], tmp_path / "out-one").decks_written
    [second] = build_decks([two.parent], tmp_path / "out-two").decks_written

    assert first.read_bytes() == second.read_bytes()
    assert max(package_times(first)) <= epoch, "a build time written into the package"


def test_no_build_time_is_written_without_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    note = write(tmp_path / "source" / "aws.md", AWS)
    written = 1_600_000_000
    os.utime(note, (written, written))

    [deck] = build_decks([note.parent], tmp_path / "decks").decks_written

    assert max(package_times(deck)) <= written


def test_a_note_type_is_dated_by_the_newest_note_not_by_the_build(tmp_path, monkeypatch):
    # Reproducible, and newer than any earlier copy in Anki whenever its notes moved on.
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    source = tmp_path / "source"
    older = write(source / "aws.md", AWS)
    newer = write(source / "net.md", "# Network\n## TCP\n- 3-way handshake: 연결 수립\n")
    os.utime(older, (1_600_000_000, 1_600_000_000))
    os.utime(newer, (1_650_000_000, 1_650_000_000))

    decks = build_decks([source], tmp_path / "decks").decks_written

    for deck in decks:
        with zipfile.ZipFile(deck) as archive:
            db = sqlite3.connect(":memory:")
            db.deserialize(archive.read("collection.anki2"))
        [models] = db.execute("select models from col").fetchone()
        flashgen_types = [
            m for m in json.loads(models).values() if m["name"].startswith("flashgen")
        ]
        assert flashgen_types and {m["mod"] for m in flashgen_types} == {1_650_000_000}


def test_a_malformed_source_date_epoch_stops_the_build_with_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    write(tmp_path / "source" / "aws.md", AWS)
    with pytest.raises(FlashgenError, match="SOURCE_DATE_EPOCH"):
        build_decks([tmp_path / "source"], tmp_path / "decks")
    assert not (tmp_path / "decks").exists()


def test_a_note_edited_after_source_date_epoch_was_fixed_still_updates_in_anki(
    collection, tmp_path, monkeypatch
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    source, out = tmp_path / "source", tmp_path / "decks"
    note = write(source / "aws.md", AWS)
    build_into(collection, [source], out)

    write(note, AWS.replace("가상 컴퓨터", "Elastic Compute Cloud"))
    _, [log] = build_into(collection, [source], out)

    assert len(log.updated) == 1
    assert "Elastic Compute Cloud" in card_with_front(collection, "EC2").answer()
