"""A heading's own card asks of what it is about, as Anki shows it: a note's title naming
its kind asks its subject, leftovers (`Other talking points`) name what they are of, and a
sentence set as a small heading opens its section's answer instead of asking itself."""

from __future__ import annotations

from .conftest import cards_in_anki

CHEATSHEET = """\
# Deque cheatsheet for coding interviews

A deque is a sequence that can grow and shrink at both ends in constant time.

## Other talking points

- Ring buffers make a deque without moving elements
"""

PAGING = """\
# 페이지 교체

## 2. LRU
#### 가장 오랫동안 쓰이지 않은 페이지를 내보낸다.

- 최근 사용 시각을 페이지마다 기록해야 한다.
- 구현 비용이 FIFO보다 크다.
"""


def test_a_cheatsheets_cards_ask_its_subject_not_the_kind_of_note(tmp_path, collection):
    cards = cards_in_anki(tmp_path, collection, "deque.md", CHEATSHEET)
    fronts = {front for front, _ in cards}
    assert "Deque" in fronts
    assert "Deque › Other talking points" in fronts
    assert not any("cheatsheet" in front for front in fronts)


def test_a_sentence_set_as_a_small_heading_opens_its_sections_card(tmp_path, collection):
    [(front, back)] = cards_in_anki(tmp_path, collection, "paging.md", PAGING)
    assert front.endswith("LRU")
    assert back.startswith("가장 오랫동안 쓰이지 않은 페이지를 내보낸다.")
    assert "구현 비용이 FIFO보다 크다." in back


NUMBERED_FILE = """\
가상 메모리는 실제 메모리보다 큰 주소 공간을 프로그램에 준다.

## 장점

- 프로그램이 물리 메모리의 크기를 몰라도 된다.
"""


def test_a_note_named_by_its_numbered_file_asks_its_subject_without_the_number(
    tmp_path, collection
):
    cards = cards_in_anki(tmp_path, collection, "03_가상 메모리.md", NUMBERED_FILE)
    fronts = {front for front, _ in cards}
    assert fronts == {"가상 메모리", "가상 메모리 › 장점"}
    decks = [deck.name for deck in collection.decks.all_names_and_ids()]
    assert any(name.endswith("03_가상 메모리") for name in decks)  # it keeps the files' order


SIDES = """\
# Edge caches

An edge cache keeps copies of pages close to readers.

## How it works

A request goes to the nearest edge; a miss is fetched from the origin and kept.

## 머지 정렬의 시간복잡도

### 공간 복잡도

- 병합할 배열만큼 O(n)이 더 든다.
"""


def test_a_side_of_a_subject_names_that_subject_on_its_front(tmp_path, collection):
    cards = cards_in_anki(tmp_path, collection, "edge.md", SIDES)
    fronts = {front for front, _ in cards}
    assert "Edge caches › How it works" in fronts
    assert any(front.endswith(" 머지 정렬 › 공간 복잡도") for front in fronts)
    assert "How it works" not in fronts
    assert not any("의 시간복잡도 ›" in front for front in fronts)
