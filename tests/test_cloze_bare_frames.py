"""A cloze whose gaps, all hidden, leave too little: in Anki one card asks its last gap."""

from __future__ import annotations

from .conftest import cards_in_anki

NOTE = """\
# 신장 트리

## 성질
- **n개의 도시**를 **n-1개의 도로**만으로 잇는다.
- **해시 테이블**은 키를 해시 함수로 바꾼 **인덱스** 자리에 값을 저장한다.
"""


def test_a_bare_frame_of_two_gaps_gives_one_card_asking_the_last(tmp_path, collection):
    fronts = [front for front, _ in cards_in_anki(tmp_path, collection, "tree.md", NOTE)]
    roads = [front for front in fronts if "잇는다" in front]
    # one card, the first gap shown as its cue: not also `[...]를 n-1개의 도로만으로 잇는다`
    assert len(roads) == 1
    assert "n개의 도시 를 [...] 만으로 잇는다." in roads[0]


def test_a_frame_that_says_enough_keeps_a_card_for_each_gap(tmp_path, collection):
    fronts = [front for front, _ in cards_in_anki(tmp_path, collection, "tree.md", NOTE)]
    assert len([front for front in fronts if "값을 저장한다" in front]) == 2
