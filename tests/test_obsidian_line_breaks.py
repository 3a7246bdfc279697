"""Obsidian's reading view shows a line break inside a paragraph as a break, unless the vault
turns on "Strict line breaks"; CommonMark, GitHub and docs sites join the two lines. Cards of
a vault's notes show them as the vault does, as real Anki renders them after import."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .conftest import answer_of, write
from .test_flavours import imported

TWO_LINE_NOTE = """\
# Memory

## Faster translation
The first problem is solved by [[Translation caches]]
The second problem is solved by [[Page table levels]]

## Code kept as written
Two statements:

```
first = 1
second = 2
```

## Levels
- outer table
  - inner table
- page offset

## Recall
A ==translation cache== holds recent mappings
and is looked up before the page table.
"""


def _cards(collection, notes: Path, out: Path) -> dict[str, tuple[str, str]]:
    """Build the notes, import the decks into Anki: each card's deck → its front and answer."""
    cards = imported(collection, notes, out)
    return {
        key.partition(" | ")[0]: (front, answer_of(back)) for key, (front, back, _) in cards.items()
    }


def _vault(folder: Path, app_settings: dict | None = None) -> Path:
    """A vault holding the two-line note, with these settings in `.obsidian/app.json`."""
    (folder / ".obsidian").mkdir(parents=True)
    if app_settings is not None:
        write(folder / ".obsidian" / "app.json", json.dumps(app_settings))
    write(folder / "OS" / "Memory.md", TWO_LINE_NOTE)
    return folder


def test_a_vault_card_shows_two_lines_of_a_paragraph_apart_as_obsidian_does(collection, tmp_path):
    cards = _cards(collection, _vault(tmp_path / "vault"), tmp_path / "decks")

    _, answer = cards["Memory::Faster translation"]
    assert (
        "The first problem is solved by Translation caches<br>\n"
        "The second problem is solved by Page table levels"
    ) in answer


def test_a_cloze_over_two_lines_of_a_vault_note_keeps_its_cloze_and_the_break(collection, tmp_path):
    cards = _cards(collection, _vault(tmp_path / "vault"), tmp_path / "decks")

    front, _ = cards["Memory::Recall"]
    assert '<span class="cloze"' in front, "Anki still asks the cloze"
    assert "holds recent mappings<br>\nand is looked up" in front


def test_strict_line_breaks_in_the_vault_settings_keep_the_lines_joined(collection, tmp_path):
    vault = _vault(tmp_path / "vault", {"strictLineBreaks": True, "useMarkdownLinks": False})

    _, answer = _cards(collection, vault, tmp_path / "decks")["Memory::Faster translation"]

    assert "<br>" not in answer
    assert "solved by Translation caches\nThe second problem" in answer


def test_notes_outside_a_vault_keep_commonmarks_joined_lines(collection, tmp_path):
    # Links written as Markdown (`[words](…)`, also with the words in brackets), or inside
    # code, are no sign of Obsidian.
    note = TWO_LINE_NOTE.replace("[[Translation caches]]", "[[Translation caches]](tlb.md)")
    note = note.replace("[[Page table levels]]", "`[[Page table levels]]`")
    write(tmp_path / "notes" / "OS" / "Memory.md", note)

    cards = _cards(collection, tmp_path / "notes", tmp_path / "decks")

    assert all("<br>" not in front + answer for front, answer in cards.values())
    assert "\nThe second problem" in cards["Memory::Faster translation"][1]


def test_a_note_linking_as_obsidian_does_outside_a_vault_shows_its_lines_apart(
    collection, tmp_path
):
    """A vault copied without its `.obsidian/` folder: a note linking as Obsidian does was
    written there, and read with Obsidian's line breaks."""
    write(tmp_path / "notes" / "OS" / "Memory.md", TWO_LINE_NOTE)
    write(tmp_path / "notes" / "OS" / "Plain.md", "# Plain\n\n## Wrapped\nOne sentence\ngoes on.\n")

    cards = _cards(collection, tmp_path / "notes", tmp_path / "decks")

    _, answer = cards["Memory::Faster translation"]
    assert "solved by Translation caches<br>\nThe second problem" in answer
    assert "first = 1\nsecond = 2" in cards["Memory::Code kept as written"][1]
    assert "One sentence\ngoes on." in cards["Plain::Wrapped"][1], "a note with no link joins"


def test_code_lists_and_fronts_of_a_vault_note_are_as_outside_a_vault(tmp_path):
    from anki.collection import Collection

    shown = []
    for name, notes in (
        ("vault", _vault(tmp_path / "vault")),
        ("plain", write(tmp_path / "plain" / "OS" / "Memory.md", TWO_LINE_NOTE).parents[1]),
    ):
        (tmp_path / name / "anki").mkdir()
        collection = Collection(str(tmp_path / name / "anki" / "collection.anki2"))
        try:
            shown.append(_cards(collection, notes, tmp_path / name / "decks"))
        finally:
            collection.close()
    in_vault, outside = shown

    assert in_vault.keys() == outside.keys()
    for deck in ("Memory::Code kept as written", "Memory::Levels"):
        assert in_vault[deck] == outside[deck], f"{deck} shows otherwise in a vault"
    assert "first = 1\nsecond = 2" in in_vault["Memory::Code kept as written"][1]
    assert in_vault["Memory::Faster translation"][0] == outside["Memory::Faster translation"][0]


def test_turning_strict_line_breaks_on_rebuilds_the_vaults_cards(collection, tmp_path):
    vault = _vault(tmp_path / "vault")
    before = _cards(collection, vault, tmp_path / "decks")["Memory::Faster translation"][1]

    write(vault / ".obsidian" / "app.json", json.dumps({"strictLineBreaks": True}))
    after = _cards(collection, vault, tmp_path / "decks")["Memory::Faster translation"][1]

    assert "<br>" in before
    assert "<br>" not in after, "the import updated the card to the vault's new setting"


def test_a_note_embedded_in_a_vault_note_shows_its_two_lines_apart(collection, tmp_path):
    vault = _vault(tmp_path / "vault")
    write(vault / "OS" / "Summary.md", "Caches answer the first\nLevels answer the second\n")
    write(vault / "OS" / "Review.md", "# Review\n\n## Both problems\nIn short:\n\n![[Summary]]\n")

    _, answer = _cards(collection, vault, tmp_path / "decks")["Review::Both problems"]

    assert '<div class="embed">Caches answer the first<br>\nLevels answer the second' in answer


def test_notes_given_as_the_current_folder_inside_a_vault_show_its_line_breaks(
    collection, tmp_path
):
    vault = _vault(tmp_path / "vault")
    here = os.getcwd()
    os.chdir(vault / "OS")  # `flashgen build` run in a folder of the vault, source `.`
    try:
        cards = _cards(collection, Path("."), tmp_path / "decks")
    finally:
        os.chdir(here)

    _, answer = cards["Memory::Faster translation"]
    assert "solved by Translation caches<br>\nThe second problem" in answer
