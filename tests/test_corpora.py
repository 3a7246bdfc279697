"""Real study-note collections build cleanly and import whole into Anki.

The collections live beside the project (they are not ours to copy in); these
tests skip when they are absent.
"""

from __future__ import annotations

import pytest

from flashgen.build import build

from .conftest import SHARED, has_content, import_apkg, sides, taught_on_back, visible_text

CORPORA = SHARED / "corpora"
NAMES = sorted(p.name for p in CORPORA.iterdir() if p.is_dir()) if CORPORA.is_dir() else []


@pytest.mark.skipif(not NAMES, reason="the study-note corpora are not beside the project")
@pytest.mark.parametrize("name", NAMES)
def test_a_real_collection_of_notes_imports_whole_with_no_empty_or_duplicate_cards(
    name, collection, tmp_path
):
    report = build([CORPORA / name], tmp_path / "decks", single=name)

    assert not report.failed, [str(p) for p in report.problems if p.is_error]
    assert report.cards > 100
    [deck] = report.decks_written
    log = import_apkg(collection, deck)
    assert collection.note_count() == report.cards
    assert not log.conflicting and not log.duplicate

    fronts = set()
    for card_id in collection.find_cards(""):
        front, back = sides(collection.get_card(card_id))
        question = visible_text(front)
        assert question, "a card with an empty front"
        assert has_content(taught_on_back(back)), f"empty back: {question}"
        assert "목차" not in question.split()[-1:], f"a table of contents card: {question}"
        fronts.add(question)
    assert len(fronts) > 0.97 * report.cards, "many cards a student cannot tell apart"
