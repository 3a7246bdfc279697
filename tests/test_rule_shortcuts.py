"""The walk offers a list item only the rules that can take it (the flashcard syntaxes only
to a line that may be written in one, also under a label; the rules that read what stands
under an item only to an item with something there), and a block only the skip checks that
can drop it (those that read links only to a block holding a link's marks). Shortcuts: they
must make exactly the cards that offering every rule and every check makes."""

from __future__ import annotations

from pathlib import Path

from markdown_it.utils import read_fixture_file

import flashgen.extract as extract
import flashgen.extract.explicit as explicit
from flashgen.extract import extract_cards
from flashgen.model import Note
from flashgen.parse import parse_note

from .conftest import FIXTURES


def _notes() -> list[tuple[str, str]]:
    """(name, text) of every case of the card fixtures and every note of the vaults."""
    cases = [
        (f"{path.stem}.md", note)
        for path in sorted((FIXTURES / "cards").glob("*.md"))
        for _, _, note, _ in read_fixture_file(path)
    ]
    vaults = [
        (path.name, path.read_text(encoding="utf-8"))
        for folder in ("vault", "uni-vault")
        for path in sorted((FIXTURES / folder).rglob("*.md"))
    ]
    return cases + vaults


def _cards(notes: list[tuple[str, str]]) -> list[list]:
    return [extract_cards(parse_note(Note(Path(name), name, text))) for name, text in notes]


def test_offering_only_the_rules_that_can_take_a_block_makes_the_cards_every_rule_makes(
    monkeypatch,
):
    notes = _notes()
    assert len(notes) > 100
    shortened = _cards(notes)
    monkeypatch.setattr(extract, "_rules_for", lambda item: tuple(extract.ITEM_RULES))
    monkeypatch.setattr(extract, "holds_marks", lambda block, lines: True)
    monkeypatch.setattr(extract, "holds_to_do", lambda block, lines: True)
    monkeypatch.setattr(explicit, "may_be_written", lambda text: True)
    assert _cards(notes) == shortened
    assert any(shortened)
