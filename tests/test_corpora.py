"""Real study-note collections build cleanly and import whole into Anki.

The collections live beside the project (they are not ours to copy in); these
tests skip when they are absent.
"""

from __future__ import annotations

import re

import pytest

from flashgen.build import build
from flashgen.config import Settings

from .conftest import SHARED, has_content, import_apkg, sides, taught_on_back, visible_text

CORPORA = SHARED / "corpora"
_QUESTION = re.compile(r'<div class="question[^"]*">(.*?)</div>', re.DOTALL)
_BOILERPLATE = re.compile(
    r"^(references?|참고( 자료)?|출처|작성자|목차|contents|table of contents|license|contributing)$",
    re.IGNORECASE,
)
NAMES = sorted(p.name for p in CORPORA.iterdir() if p.is_dir()) if CORPORA.is_dir() else []


@pytest.mark.skipif(not NAMES, reason="the study-note corpora are not beside the project")
@pytest.mark.parametrize("name", NAMES)
def test_a_real_collection_of_notes_imports_whole_with_no_empty_or_duplicate_cards(
    name, collection, tmp_path
):
    report = build(Settings(sources=(CORPORA / name,), out=tmp_path / "decks", single=name))

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
        asked = visible_text(_QUESTION.search(front)[1])
        assert not _BOILERPLATE.match(asked), f"a boilerplate heading as a front: {question}"
        assert not re.search(r"\*\*|:[a-z_]+:", asked), f"markup left on a front: {question}"
        assert 'href="#' not in back, f"a link into the page on a back: {question}"
        assert "shields.io" not in back, f"a badge on a back: {question}"
        fronts.add(question)
    assert len(fronts) > 0.97 * report.cards, "many cards a student cannot tell apart"
    # Some collections bold mostly topics in syllabus lists, which are no sentences to cloze.
    assert report.cards_by_rule["bold_cloze"] > 0, "bold phrases not asked"
