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


def test_a_note_named_for_questions_makes_no_card_of_its_bare_questions():
    """`os_expected_questions.md` lists questions under topic headings (`## 교착 상태`): with
    no answers there is nothing to put on a back, whatever the headings say."""
    note = "# 운영체제\n\n## 교착 상태\n1. 교착 상태의 네 가지 조건\n2. 회피와 예방의 차이\n"
    assert cards_of(note, "interview/os_expected_questions.md") == []
    assert [card.question for card in cards_of(note, "os.md")] == ["교착 상태"]


def test_a_note_named_only_by_an_aspect_asks_it_of_its_folder():
    """A vault files a subject's parts under its folder (`Batch scheduling/Advantages and
    Disadvantages.md`): the note's front says of what, as a heading's would; its deck keeps
    the file's name, beside the folder's other notes."""
    note = "| Algorithm | Advantages |\n| --- | --- |\n| FCFS | simple |\n| SJF | short waits |\n"
    named = cards_of(note, "Batch scheduling/Advantages and Disadvantages.md")
    assert [(card.deck_name, card.question) for card in named] == [
        ("Advantages and Disadvantages", "Batch scheduling › Advantages and Disadvantages")
    ]
    own = cards_of(note, "Batch scheduling/FCFS.md")
    assert [card.question for card in own] == ["FCFS"]


def test_a_summary_with_a_summary_of_its_own_keeps_both_on_cards():
    """`### 정리` closing the last of three sections, with `#### 요약` under it: the first
    sums the sections up and moves beside them, taking the second along; neither is lost."""
    note = "# Notes\n\n## A\n\nText a.\n\n## B\n\nText b.\n\n## C\n\nText c.\n\n"
    note += "### 정리\n\n- Sum one.\n\n#### 요약\n\n- Sum two.\n"
    backs = "\n".join(card.answer for card in cards_of(note))
    assert "Sum one." in backs
    assert "Sum two." in backs
