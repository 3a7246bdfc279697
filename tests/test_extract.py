"""Golden cases: a Markdown note beside the cards it must give.

Each file in fixtures/cards/ holds cases as `title / . / note / . / cards / .`, the
format markdown-it-py uses for its own fixtures, so a reviewer reads a note and its
cards side by side.
"""

from __future__ import annotations

from pathlib import Path
from textwrap import indent

import pytest
from markdown_it.utils import read_fixture_file

from flashgen.extract import extract_cards
from flashgen.model import Card, CardKind, Note
from flashgen.parse import parse_note

from .conftest import FIXTURES

CASES = [
    pytest.param(note, expected, id=f"{path.stem}:{line}:{title}")
    for path in sorted((FIXTURES / "cards").glob("*.md"))
    for line, title, note, expected in read_fixture_file(path)
]


def cards_of(markdown: str, name: str = "note.md") -> list[Card]:
    return extract_cards(parse_note(Note(Path(name), name, markdown)))


def describe(cards: list[Card]) -> str:
    """Cards as a person reads them: deck, context, front, and the back indented below.

    A card of another kind than basic says so; a cloze's back may be empty."""
    if not cards:
        return "(no cards)\n"
    return "\n".join(
        f"deck: {card.deck_name}\n"
        + (f"kind: {card.kind}\n" if card.kind is not CardKind.BASIC else "")
        + f"context: {' › '.join(card.context) or '(none)'}\n"
        f"front: {card.question}\n"
        + (f"back:\n{indent(card.answer, '  ')}\n" if card.answer else "")
        for card in cards
    )


@pytest.mark.parametrize(("note", "expected"), CASES)
def test_note_gives_the_cards_a_student_would_write(note, expected):
    assert describe(cards_of(note)) == expected
