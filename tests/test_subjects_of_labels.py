"""Fronts that say of what they ask, as Anki shows them: a list label naming an aspect
(`- 단점`) or a count of options (`- Two options`) names its subject on the front, a title
naming only aspects (`## 장단점`) gives way to the one above it, a label repeating the
label it is under gives no card of its own, and `X에 대한 이해` asks `X`."""

from __future__ import annotations

from .conftest import cards_in_anki

NOTE = """\
# Garbage collectors

## Serial collector

- 단점
  - 모든 애플리케이션 스레드를 멈춘다
  - 힙이 크면 멈춤이 길다

## 장단점

### 장점

구현이 단순하고 작은 힙에서 빠르다.

## Ranking

- Model selection
  - Two options
    - pointwise model scoring each item
    - pairwise model comparing two items
  - Model selection
    - start simple, then a tree ensemble
  - Serving
    - score the top 500 candidates
    - cache scores per user
  - Training data
    - clicks as positives
    - skipped items as negatives

## 시스템 콜에 대한 이해

사용자 프로그램이 커널의 기능을 쓰려고 요청하는 인터페이스다.
"""


def _fronts(tmp_path, collection) -> list[str]:
    return [front for front, _ in cards_in_anki(tmp_path, collection, "gc.md", NOTE)]


def test_a_label_naming_an_aspect_names_its_subject_on_the_front(tmp_path, collection):
    fronts = _fronts(tmp_path, collection)
    assert any(front.endswith("Serial collector › 단점") for front in fronts)
    assert any(front.endswith("Model selection › Two options") for front in fronts)


def test_an_aspect_under_a_title_of_aspects_is_asked_of_the_title_above(tmp_path, collection):
    fronts = _fronts(tmp_path, collection)
    assert any(front.endswith("Garbage collectors › 장점") for front in fronts)
    assert not any("장단점 › 장점" in front for front in fronts)


def test_a_label_repeating_the_label_above_stays_in_its_answer(tmp_path, collection):
    cards = cards_in_anki(tmp_path, collection, "gc.md", NOTE)
    assert not any("tree ensemble" in back and "Serving" not in back for _, back in cards)
    [(_, back)] = [card for card in cards if card[0].endswith("Model selection")]
    assert "tree ensemble" in back


def test_a_heading_that_only_says_it_explains_asks_its_subject(tmp_path, collection):
    fronts = _fronts(tmp_path, collection)
    assert any(front.endswith("시스템 콜") for front in fronts)
    assert not any("이해" in front for front in fronts)
