"""Cards a writer marked up for another tool, as Anki shows them, and what `check` says of
notes that already give the cards they seem to.

fixtures/cards/obsidian_to_anki.md, marked_questions.md and question_headings.md say which
cards such notes give; these build real decks, import them into Anki and read them.
"""

from __future__ import annotations

from flashgen.build import build
from flashgen.config import Settings

from .conftest import answer_of, import_apkg, own_tags, run, sides, visible_text, write

PLUGIN_NOTE = """\
# Virtual memory

## Flashcards

TARGET DECK: Systems::Memory

FILE TAGS
memory os

START
Basic (and reversed card)
Front: Swap space
Back: Disk space holding pages evicted from memory.
<!--ID: 1700000000002-->
END

START
Cloze
Text: A TLB caches {{c1::page table entries}}.
END

STARTI [Basic] What does the MMU translate? Back: Virtual addresses into physical ones. ENDI
"""


def _reviewed(tmp_path, collection, name: str, text: str) -> list:
    write(tmp_path / "src" / name, text)
    report = build(Settings(sources=(tmp_path / "src",), out=tmp_path / "decks"))
    for deck in report.decks_written:
        import_apkg(collection, deck)
    return [collection.get_card(card_id) for card_id in collection.find_cards("")]


def test_obsidian_to_anki_notes_are_asked_as_their_type_with_the_file_tags(tmp_path, collection):
    cards = _reviewed(tmp_path, collection, "memory.md", PLUGIN_NOTE)

    shown = sorted(
        (visible_text(sides(card)[0]), visible_text(answer_of(sides(card)[1]))) for card in cards
    )
    context = "Virtual memory › Flashcards"
    assert shown == [
        (f"{context} A TLB caches [...] .", ""),
        (f"{context} Disk space holding pages evicted from memory.", "Swap space"),
        (f"{context} Swap space", "Disk space holding pages evicted from memory."),
        (f"{context} What does the MMU translate?", "Virtual addresses into physical ones."),
    ]
    everything = " ".join(" ".join(sides(card)) for card in cards)
    for mark in ("TARGET DECK", "FILE TAGS", "START", "END", "Back:", "Text:", "ID:"):
        assert mark not in everything
    assert all({"memory", "os"} <= own_tags(card.note()) for card in cards)


def test_a_folded_question_shows_without_its_q_and_a_marks(tmp_path, collection):
    note = (
        "# Sessions\n\n<details>\n<summary><strong> Q. Why keep sessions?</strong></summary>\n"
        '<div markdown="1">\n<br/>\n\n> A. HTTP keeps no state between requests.\n\n'
        "</div>\n</details>\n"
    )
    [card] = _reviewed(tmp_path, collection, "sessions.md", note)

    front, back = sides(card)
    assert visible_text(front) == "Sessions Why keep sessions?"
    assert visible_text(answer_of(back)) == "HTTP keeps no state between requests."
    assert "<br" not in answer_of(back) and "<blockquote" not in answer_of(back)


QUIET_NOTE = """\
# Caching

## How does a CDN speed up a site?
1. **Edge copies**:
   - Files are served from a server near the user.
2. **Compression**:
   - Responses are compressed before they travel.

## Cache policies
- **LRU:** Evicts the entry unused for longest.
- **LFU:** Evicts the entry used least often.

## Layers
Caches sit at several layers:

### Browser
The browser keeps responses its headers allow.

### Edge
A CDN keeps copies near the users.

# Credits:
1. [How CDNs work](https://example.com/cdn)
"""


def test_check_is_quiet_on_bold_terms_question_headings_parts_and_credits(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "cache.md", QUIET_NOTE)

    result = run("check")

    assert result.stdout == ""
    assert "no problems found" in result.stderr


def test_check_still_asks_for_the_space_a_term_card_needs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "cache.md", "# Caching\n\n## Policies\n- **LRU:**Evicts\n")

    result = run("check")

    assert "is not a term card: put a space after ':'" in result.stdout
