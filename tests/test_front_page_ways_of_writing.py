"""A front page's section on how its notes are written up (`## 📌 정리 방식`) is about the
collection, not a subject: no card, as `## 정리 규칙` gives none."""

from pathlib import Path

from flashgen.extract import extract_cards
from flashgen.model import Note
from flashgen.parse import parse_note

_README = """\
# 네트워크 면접 노트

## 📌 정리 방식

- 스터디에서 받은 질문 위주로 **질문 / 답변** 형식
- 답변은 **1분 안에 말할 수 있게** 먼저 쓰고, 긴 설명은 접어둠

## TCP와 UDP

- TCP는 연결을 맺고 순서와 도착을 보장하며, UDP는 연결 없이 데이터그램을 보낸다.
"""


def cards_of(markdown: str, name: str) -> list:
    return extract_cards(parse_note(Note(Path(name), name, markdown)))


def test_a_readmes_way_of_writing_its_notes_gives_no_card():
    assert [card.question for card in cards_of(_README, "README.md")] == ["TCP와 UDP"]


def test_the_same_section_in_an_ordinary_note_stays():
    fronts = [card.question for card in cards_of(_README, "network.md")]
    assert "정리 방식" in fronts
