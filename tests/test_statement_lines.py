"""A card shows a line break inside a paragraph where the writer plainly meant a new line
(statement_lines.py), as their own editor shows it; prose wrapped at a width still reads
as one paragraph. The cases in fixtures/shown/ give each card as it shows: its back (or a
cloze's front) as the HTML Anki is given."""

from __future__ import annotations

from pathlib import Path
from textwrap import indent

import pytest
from markdown_it.utils import read_fixture_file

from flashgen.extract import extract_cards
from flashgen.identity import note_guid
from flashgen.model import CardKind, Note
from flashgen.parse import parse_note
from flashgen.render import render_card, render_markdown
from flashgen.statement_lines import kept_breaks, starts_a_new_line

from .conftest import FIXTURES

CASES = [
    pytest.param(note, expected, id=f"{path.stem}:{line}:{title}")
    for path in sorted((FIXTURES / "shown").glob("*.md"))
    for line, title, note, expected in read_fixture_file(path)
]


def shown(note: str) -> str:
    """Each card of a note: its deck, its kind if not basic, its front, and what it shows."""
    described = []
    for card in extract_cards(parse_note(Note(Path("note.md"), "note.md", note))):
        rendered = render_card(card)
        kind = f"kind: {card.kind}\n" if card.kind is not CardKind.BASIC else ""
        if card.kind is CardKind.CLOZE:
            described.append(
                f"deck: {card.deck_name}\n{kind}front:\n{indent(rendered.question, '  ')}\n"
            )
        else:
            back = indent(rendered.answer, "  ")
            described.append(
                f"deck: {card.deck_name}\n{kind}front: {rendered.question}\nback:\n{back}\n"
            )
    return "\n".join(described) or "(no cards)\n"


@pytest.mark.parametrize(("note", "expected"), CASES)
def test_a_card_shows_the_lines_its_writer_meant(note, expected):
    assert shown(note) == expected


def test_a_card_showing_its_lines_keeps_its_identity():
    """The lines a card shows are no part of what names it: a rebuild updates the card in
    Anki, it does not add another."""
    note = "# Stories\n\n## Outage\nS: The cache expired.\nT: I was on call.\n"
    card = extract_cards(parse_note(Note(Path("note.md"), "note.md", note)))[0]

    assert "<br>" in render_card(card).answer
    assert card.question == "Outage"
    assert note_guid(card.deck_name, card.question) == note_guid("Stories::Outage", "Outage")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("dist[k][i][j] = 정점 1..k 만 사용할 때의 최단 거리", "dist[k][i][j] = min(a, b)"),
        ("**k가 가장 바깥 루프**여야 한다! (실수 많이 하는 부분)", "시간 O(V³), 공간 O(V²)."),
        ("**안전(Safe)** : 리소스 변경 X", "**멱등(Idempotent)** : 여러 번 호출해도 결과 같음"),
        ("여러 번 호출해도 결과 같음", "POST는 멱등이 아니다"),
        ("Total cost: 12 ms.", "Learning: cache first."),
        ("CPI 계산: 분기 20%, 실패율 10%", "→ CPI = 1.06"),
    ],
)
def test_a_line_ending_a_statement_or_one_opening_on_a_label_starts_a_new_line(before, after):
    assert starts_a_new_line(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("the model", "predicts the next token"),
        ("피벗보다 큰 원소는 뒤에 오도록", "리스트를 둘로 나눈다."),
        ("user id,", "Item id,"),
        ("a line broken by hand<br>", "Next line."),
        ("A sentence ends here.", "<br> and HTML breaks the next one."),
        ("as shown in e.g.", "the first figure"),
        ("Client는 FIN을 받더라도", "일정시간(Default: 240s) 기다린다"),
    ],
)
def test_a_line_going_on_mid_sentence_joins_the_next(before, after):
    assert not starts_a_new_line(before, after)


def test_the_shortcut_and_markdown_it_show_the_same_breaks(monkeypatch):
    from flashgen import render

    texts = [
        "S: one.\nT: two.\nA: three",
        "Wrapped at a width, the\nline goes on. And then\nanother one.",
        "**굵은 이름** : 설명\n**다음 이름** : 설명",
        "A {{c1::gap over\ntwo lines}} here.\nNext.",
    ]
    quick = [render_markdown(text) for text in texts]
    monkeypatch.setattr(render, "render_simple", lambda markdown, line_breaks=False: None)
    assert [render_markdown(text) for text in texts] == quick
    assert "<br>" in quick[0]
    assert "<br>" not in quick[1]


def test_a_cloze_gap_over_two_lines_is_never_broken():
    assert kept_breaks(["A {{c1::gap ends.", "Here}} now.", "Next."]) == [False, True]
