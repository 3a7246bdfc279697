"""A heading's own card asks of what it is about, as Anki shows it: a note's title naming
its kind asks its subject, leftovers (`Other talking points`) name what they are of, and a
sentence set as a small heading opens its section's answer instead of asking itself."""

from __future__ import annotations

from .conftest import answer_of, build_decks, import_apkg, sides, visible_text, write

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


def cards_shown(tmp_path, name: str, text: str) -> list[tuple[str, str]]:
    """(front, back) of each card as Anki renders it, the words a student sees."""
    from anki.collection import Collection

    write(tmp_path / "source" / name, text)
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        for deck in build_decks([tmp_path / "source"], tmp_path / "decks").decks_written:
            import_apkg(col, deck)
        shown = [sides(col.get_card(card_id)) for card_id in col.find_cards("")]
    finally:
        col.close()
    return [(visible_text(front), visible_text(answer_of(back))) for front, back in shown]


def test_a_cheatsheets_cards_ask_its_subject_not_the_kind_of_note(tmp_path):
    cards = cards_shown(tmp_path, "deque.md", CHEATSHEET)
    fronts = {front for front, _ in cards}
    assert "Deque" in fronts
    assert "Deque › Other talking points" in fronts
    assert not any("cheatsheet" in front for front in fronts)


def test_a_sentence_set_as_a_small_heading_opens_its_sections_card(tmp_path):
    [(front, back)] = cards_shown(tmp_path, "paging.md", PAGING)
    assert front.endswith("LRU")
    assert back.startswith("가장 오랫동안 쓰이지 않은 페이지를 내보낸다.")
    assert "구현 비용이 FIFO보다 크다." in back
