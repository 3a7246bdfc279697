"""A worked example's methods asked with the values its problem gives (setups.py): only
under an example or a problem, only over values that work nothing out, and only when each
later subsection solves it."""

from __future__ import annotations

from pathlib import Path

from flashgen.extract import extract_cards
from flashgen.model import Note
from flashgen.parse import parse_note

NOT_SOLVED = """\
# Paging

## 예제

### 페이지 번호 구하기
- 논리 주소를 페이지 번호와 오프셋으로 나눈다
- 페이지 크기 : 4096
- 논리 주소 : 9000
- 답 : 페이지 2, 오프셋 808

### 검산
2 × 4096 + 808 = 9000

## 실험

### 환경
- 프레임 수를 바꿔 가며 같은 참조열을 돌렸다
- 프레임 수 : 4
- 참조열 : 1, 2, 3, 4, 1, 2, 5

### 관찰
프레임이 4개일 때 폴트는 6번 난다.

## 연습 문제

### 문제
- 최적 교체의 폴트 수를 센다
- 프레임 수 : 3
- 참조열 : 7, 0, 1, 2, 0

### OPT
폴트 5번

### 한계
OPT는 실제로 구현할 수 없고, 다른 알고리즘을 잴 기준으로 쓴다.
"""


def test_values_worked_out_unexampled_or_not_solved_by_each_part_are_asked_as_written():
    """A problem whose answer is in its own list, values under a title naming no example
    or problem, and an exercise one of whose parts solves nothing: each subsection keeps its
    own card as written, none asked with values that are not its own."""
    cards = extract_cards(parse_note(Note(Path("paging.md"), "paging.md", NOT_SOLVED)))
    questions = {card.question for card in cards}
    assert {"페이지 번호 구하기", "검산", "환경", "관찰", "연습 문제 › 문제", "OPT"} <= questions
    assert not any("참조열:" in question or "논리 주소:" in question for question in questions)
