"""`flashgen export`: text that Anki's own text import takes as is, and JSON for other tools."""

from __future__ import annotations

import json

import pytest

from .conftest import answer_of, import_apkg, project_of, run, sides, visible_text, write

NOTE = """\
# Network

## TCP란?
- 연결 지향 프로토콜
- 탭과 "따옴표", 줄바꿈이 있는 답:
    - 첫째	둘째

```python
print("tab\\tinside")
```

## 용어
- RTT: 왕복 시간
- MTU: 한 번에 보낼 수 있는 최대 크기
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    return project_of(tmp_path, monkeypatch, {"source/network.md": NOTE})


def import_csv(col, path):
    """Import a text file the way Anki's File › Import does, reading its own headers."""
    from anki.collection import ImportCsvRequest

    metadata = col.get_csv_metadata(str(path), None)
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def fields_by_guid(col) -> dict[str, list[str]]:
    notes = (col.get_note(note_id) for note_id in col.find_notes(""))
    return {note.guid: list(note.fields) for note in notes}


def test_text_export_starts_with_the_headers_anki_reads(project):
    result = run("export")

    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:7] == [
        "#separator:tab",
        "#html:true",
        "#guid column:1",
        "#notetype column:2",
        "#deck column:3",
        "#tags column:8",
        "#columns:guid\tnotetype\tdeck\tQuestion\tAnswer\tContext\tSource\ttags",
    ]


def test_csv_imported_after_the_deck_updates_the_same_notes_field_for_field(project, collection):
    assert run("build").exit_code == 0
    import_apkg(collection, project / "decks" / "Network.apkg")
    from_deck = fields_by_guid(collection)

    assert run("export", "-o", "cards.txt").exit_code == 0
    log = import_csv(collection, project / "cards.txt")

    # Anki lists a matched note whose fields are already the same as a duplicate, not an update.
    assert len(log.new) == 0 and not log.missing_notetype and not log.conflicting
    assert len(log.duplicate) + len(log.updated) == collection.note_count() == 4
    assert fields_by_guid(collection) == from_deck


def test_an_edit_exported_as_csv_reaches_the_card_in_anki(project, collection):
    assert run("build").exit_code == 0
    import_apkg(collection, project / "decks" / "Network.apkg")
    write(project / "source" / "network.md", NOTE.replace("왕복 시간", "Round Trip Time"))

    assert run("export", "-o", "cards.txt", "--tag", "tcp").exit_code == 0
    import_csv(collection, project / "cards.txt")

    assert collection.note_count() == 4
    card = collection.get_card(collection.find_cards("RTT")[0])
    assert visible_text(answer_of(sides(card)[1])) == "Round Trip Time"
    assert sorted(card.note().tags) == ["network", "tcp"]  # network: the note file


def test_json_has_one_object_per_card_with_its_source_and_the_deck_guid(project, collection):
    assert run("build").exit_code == 0
    import_apkg(collection, project / "decks" / "Network.apkg")

    result = run("export", "--format", "json")

    cards = json.loads(result.output)
    assert len(cards) == 4
    assert {card["guid"] for card in cards} == set(fields_by_guid(collection))
    rtt = next(card for card in cards if card["question"] == "RTT")
    assert rtt["answer"] == "왕복 시간"
    assert rtt["deck"] == "Network::용어"
    assert rtt["rule"] == "term_definition"
    assert rtt["source"] == {"file": "network.md", "line": 13}


def test_output_dash_writes_to_standard_output_not_a_file_named_dash(project):
    result = run("export", "--format", "json", "-o", "-")

    assert result.exit_code == 0, result.output
    assert not (project / "-").exists()
    assert {card["question"] for card in json.loads(result.output)} >= {"RTT", "MTU"}


def test_json_names_each_note_relative_to_its_folder_however_the_folder_was_given(project):
    """Tools read the export on other machines: no absolute path of this one leaks into it."""
    result = run("export", "--format", "json", str(project / "source"))

    assert {card["source"]["file"] for card in json.loads(result.output)} == {"network.md"}


def test_csv_is_comma_separated_and_anki_imports_it_into_the_same_notes(project, collection):
    assert run("build").exit_code == 0
    import_apkg(collection, project / "decks" / "Network.apkg")
    from_deck = fields_by_guid(collection)

    assert run("export", "--format", "csv", "-o", "cards.csv").exit_code == 0
    text = (project / "cards.csv").read_text(encoding="utf-8")
    log = import_csv(collection, project / "cards.csv")

    assert text.startswith("#separator:comma\n")
    assert "#columns:guid,notetype,deck,Question,Answer,Context,Source,tags" in text
    assert len(log.new) == 0 and not log.conflicting
    assert fields_by_guid(collection) == from_deck
