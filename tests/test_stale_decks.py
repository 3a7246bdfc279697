"""A deck file the build no longer writes is deleted, so importing `decks/*.apkg` as the
README says never brings back a card the student deleted; files flashgen did not write
are never touched."""

from __future__ import annotations

from .conftest import build_decks, import_apkg, write

AWS = "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n- S3: 객체 스토리지\n"
NETWORK = "# Network\n## TCP\n- SYN: 연결 요청\n"


def import_folder(col, out) -> None:
    """File › Import of every deck file in the folder, as the README says."""
    for deck in sorted(out.glob("*.apkg")):
        import_apkg(col, deck)


def test_a_deleted_notes_cards_do_not_come_back_with_the_next_import(tmp_path, collection):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "aws.md", AWS)
    write(source / "network.md", NETWORK)
    build_decks([source], out)
    import_folder(collection, out)
    (source / "network.md").unlink()
    report = build_decks([source], out)
    collection.remove_notes(collection.find_notes("deck:Network"))  # deleted in Anki too

    import_folder(collection, out)

    assert report.changes.deleted_files == ("Network.apkg",)
    assert not collection.find_cards("deck:Network"), "a deleted card came back"
    assert collection.card_count() == 2


def test_switching_to_one_file_deletes_the_per_note_files_and_keeps_every_card(
    tmp_path, collection
):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "aws.md", AWS)
    write(source / "network.md", NETWORK)
    build_decks([source], out)
    import_folder(collection, out)
    ids = set(collection.find_cards(""))

    report = build_decks([source], out, single="CS")
    import_folder(collection, out)

    assert sorted(p.name for p in out.glob("*.apkg")) == ["CS.apkg"]
    assert sorted(report.changes.deleted_files) == ["AWS.apkg", "Network.apkg"]
    assert set(collection.find_cards("")) == ids


def test_files_flashgen_did_not_write_and_decks_of_notes_not_built_stay(tmp_path):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "aws.md", AWS)
    write(source / "network.md", NETWORK)
    build_decks([source], out)
    mine = write(out / "Network (my copy).apkg", "the student's own file")
    write(source / "old.md", "# Old\n- A: B\n")
    build_decks([source], out)
    (source / "old.md").unlink()
    theirs = write(out / "Old.apkg", "a file of the student's, saved over the deck")

    partial = build_decks([source / "aws.md"], out)  # the other note is not gone
    assert not partial.changes.deleted_files
    (source / "network.md").unlink()
    build_decks([source], out)

    assert sorted(p.name for p in out.glob("*.apkg")) == [
        "AWS.apkg",
        "Network (my copy).apkg",
        "Old.apkg",
    ]
    assert mine.read_text() == "the student's own file"
    assert theirs.read_text() == "a file of the student's, saved over the deck"


def test_a_crafted_state_cannot_have_a_file_outside_the_decks_folder_deleted(tmp_path):
    import json

    from flashgen.state import STATE_DIR

    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "aws.md", AWS)
    build_decks([source], out)
    outside = tmp_path / "precious.apkg"
    outside.write_bytes((out / "AWS.apkg").read_bytes())  # even one flashgen wrote
    index = json.loads((out / STATE_DIR / "index.json").read_text(encoding="utf-8"))
    index["deck_files"] += ["../precious.apkg"]
    index["project"] = "x y"
    (out / STATE_DIR / "index.json").write_text(json.dumps(index), encoding="utf-8")
    write(source / "aws.md", AWS + "- IAM: 권한\n")

    report = build_decks([source], out)

    assert outside.is_file()
    assert not report.changes.deleted_files
    warned = " ".join(problem.message for problem in report.problems)
    assert "not a file name" in warned and "is not an id" in warned
