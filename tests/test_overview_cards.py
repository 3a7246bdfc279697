"""A heading's card over a long answer, and the cards of its parts, as Anki shows them."""

from __future__ import annotations

from flashgen.build import build
from flashgen.config import Settings

from .conftest import answer_of, import_apkg, sides, visible_text, write

NOTE = """\
# Interview guide

## Kinds of rounds

Rounds come in a few kinds:

- Coding round
- System design round
- Behavioral round

Most companies hold all three on one onsite day. Some common system design questions include:

- Design a URL shortener
- Design a chat service
- Design a file sync service
- Design a news feed
- Design a ride hailing service
- Design a web crawler

## Feature engineering

- Feature preparation
  - Text:
    - tokenise
    - embed with a language model
  - Images:
    - resize
    - embed with a vision model
  - Counts:
    - clicks and views
    - use directly
"""


def cards_seen(tmp_path, collection) -> dict[str, str]:
    """Each card's front (its last line, the question) and the words of its answer."""
    write(tmp_path / "src" / "guide.md", NOTE)
    report = build(Settings(sources=(tmp_path / "src",), out=tmp_path / "decks"))
    for deck in report.decks_written:
        import_apkg(collection, deck)
    seen = {}
    for card_id in collection.find_cards(""):
        front, back = sides(collection.get_card(card_id))
        seen[visible_text(front)] = visible_text(answer_of(back))
    return seen


def question(seen: dict[str, str], words: str) -> str:
    [front] = [front for front in seen if front.endswith(words)]
    return front


def test_a_later_list_led_in_by_its_own_sentence_is_its_own_card(tmp_path, collection):
    seen = cards_seen(tmp_path, collection)

    heading = seen[question(seen, "Kinds of rounds")]
    assert "Coding round" in heading and "Behavioral round" in heading
    assert "Design a URL shortener" not in heading
    questions = seen[question(seen, "Common system design questions")]
    assert questions.startswith("Design a URL shortener") and "Design a web crawler" in questions


def test_an_overview_shows_each_part_whole_and_never_cut_short(tmp_path, collection):
    seen = cards_seen(tmp_path, collection)

    overview = seen[question(seen, "Feature preparation")]
    assert "…" not in overview
    assert "Text: tokenise; embed with a language model" in overview
    assert "Counts: clicks and views; use directly" in overview
