"""A Korean loanword and the English word it spells are one gap given away by the other."""

from __future__ import annotations

import pytest

from flashgen.extract.cloze_sounds import sounds_alike


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("Binding", "양방향 데이터 바인딩이 있다"),
        ("Data", "데이터를 맞춘다"),
        ("클라이언트", "CSR(Client Side Rendering)"),
        ("프로세스", "a running process"),
        ("서버", "Server Push"),
        ("세그먼테이션", "Segmentation"),
        ("페이지", "page table"),
    ],
)
def test_a_loanword_is_heard_in_the_word_it_spells(word: str, text: str) -> None:
    assert sounds_alike(word, text)


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("Binding", "데이터를 묶는다"),  # a native word, nothing spelled
        ("캐시", "Cache line"),  # the writer's `캐시` is read `cash`: left as a gap
        ("재사용", "Connection reuse"),  # a translation, not a loanword
        ("Tree", "트리거가 실행된다"),  # another word that only begins alike
    ],
)
def test_words_that_do_not_spell_each_other_are_not_heard_alike(word: str, text: str) -> None:
    assert not sounds_alike(word, text)
