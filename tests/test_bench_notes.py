"""The benchmark's note generator writes the same notes every time, and flashgen builds them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from flashgen.build import build
from flashgen.config import Settings

from .conftest import PROJECT, import_apkg, sides, visible_text

GENERATOR = PROJECT / "bench" / "make_notes.py"


def generate(out: Path, files: int) -> dict[str, bytes]:
    command = [sys.executable, str(GENERATOR), str(out), "--files", str(files)]
    subprocess.run(command, check=True, capture_output=True)
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.md"))}


def test_the_generator_writes_the_same_notes_every_time(tmp_path):
    first = generate(tmp_path / "first", 6)
    again = generate(tmp_path / "again", 6)

    assert len(first) == 6
    assert first == again


def test_a_bigger_corpus_starts_with_the_notes_of_a_smaller_one(tmp_path):
    small = generate(tmp_path / "small", 3)
    big = generate(tmp_path / "big", 6)

    assert {name: big[name] for name in small} == small


def test_generated_notes_have_the_shapes_of_real_study_notes(tmp_path):
    text = "\n".join(note.decode("utf-8") for note in generate(tmp_path, 30).values())

    for shape in (
        "- 목차\n    - [",
        "](#",
        "<br>",
        "\n## ",
        "\n### ",
        "- 장점\n    - ",
        "- 단점\n",
    ):
        assert shape in text, shape
    for shape in ("**", "\n```", "| --- |", "![](https://"):
        assert shape in text, shape


def test_flashgen_builds_every_generated_note_into_cards_anki_shows(tmp_path, collection):
    source = tmp_path / "notes"
    generate(source, 4)

    report = build(Settings(sources=(source,), out=tmp_path / "decks", jobs=1))

    assert not report.problems
    assert report.notes_read == 4 and len(report.decks_written) == 4
    for deck in report.decks_written:
        import_apkg(collection, deck)
    cards = [collection.get_card(card_id) for card_id in collection.find_cards("")]
    assert len(cards) == report.cards > 4 * 20  # about one card or more per section
    front, back = sides(cards[0])
    assert visible_text(front) and visible_text(back)
