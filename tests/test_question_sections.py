"""A section of expected interview questions, as Anki shows it: each answered question is a
card of its own, its `Q1`/`A1` marks gone, and the section's title asks nothing alone."""

from __future__ import annotations

from .conftest import cards_in_anki

EXPECTED_QUESTIONS = """\
# 인덱스

## 예상 질문

**Q1** 인덱스가 조회를 빠르게 하는 이유는?
> **A1** 정렬된 자료구조를 따라가 전체를 읽지 않고 원하는 행을 찾기 때문입니다.

**Q2** 인덱스를 많이 만들면 생기는 문제는?
> **A2** 쓰기마다 인덱스도 고쳐야 하므로 삽입과 수정이 느려집니다.
"""


def test_each_expected_question_is_a_card_answered_by_what_stands_under_it(tmp_path, collection):
    cards = {  # the question, after the context line every front opens with
        front.removeprefix("인덱스 › 예상 질문 "): back
        for front, back in cards_in_anki(tmp_path, collection, "index.md", EXPECTED_QUESTIONS)
    }
    assert set(cards) == {
        "인덱스가 조회를 빠르게 하는 이유는?",
        "인덱스를 많이 만들면 생기는 문제는?",
    }
    first = cards["인덱스가 조회를 빠르게 하는 이유는?"]
    assert first.startswith("정렬된 자료구조를 따라가")
    assert "삽입과 수정이 느려집니다" not in first  # the next question's answer is its own
    assert not any("A1" in back or "A2" in back for back in cards.values())
