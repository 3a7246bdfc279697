"""What a note carries into a card by mistake, as Anki shows it: a size's other units
beside a gap give it away unless hidden with it, and links left after a sentence point to
pages the card cannot open."""

from __future__ import annotations

from .conftest import (
    build_decks,
    cards_in_anki,
    import_apkg,
    sides,
    taught_on_back,
    visible_text,
    write,
)

SIZES = """\
# 운영체제

## 페이지
- 페이지 하나의 크기는 보통 **4KB**(4096B)이다.
"""

POINTERS = """\
# 컬렉션

## 트리 기반 컬렉션
- `TreeSet`은 `Set` 인터페이스를 구현한 클래스다.
- 둘 다 **트리** 구조라서 검색에 강한 클래스다. → [트리란?](https://example.com/tree.md) - [minji](https://example.com/minji)
"""


def test_a_size_gap_hides_the_same_size_in_other_units_with_it(tmp_path, collection):
    write(tmp_path / "source" / "page.md", SIZES)
    for deck in build_decks([tmp_path / "source"], tmp_path / "decks").decks_written:
        import_apkg(collection, deck)
    shown = [sides(collection.get_card(card)) for card in collection.find_cards("")]
    clozes = [(visible_text(front), back) for front, back in shown if "[...]" in front]
    assert len(clozes) == 1
    front, back = clozes[0]
    assert "4096" not in front and "4KB" not in front
    assert "4KB(4096B)" in taught_on_back(back)


def test_links_left_after_a_sentence_are_not_on_the_back(tmp_path, collection):
    cards = dict(cards_in_anki(tmp_path, collection, "tree.md", POINTERS))
    back = next(back for front, back in cards.items() if front.endswith("트리 기반 컬렉션"))
    assert "검색에 강한 클래스다." in back
    assert "트리란?" not in back and "minji" not in back
