"""Which line breaks inside a paragraph its writer meant to show (statement_lines.py): a
line ending a statement, or one opening on a label, starts a new line; prose going on
mid-sentence joins the next line."""

from __future__ import annotations

import pytest

from flashgen.statement_lines import kept_breaks, starts_a_new_line


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


def test_a_cloze_gap_over_two_lines_is_never_broken():
    assert kept_breaks(["A {{c1::gap ends.", "Here}} now.", "Next."]) == [False, True]
