"""Notes as their own tools show them: formulas over several lines, Obsidian vaults,
Docusaurus, MkDocs and GitHub pages, as real Anki shows their cards after import."""

from __future__ import annotations

from pathlib import Path

from flashgen.build import build
from flashgen.config import Settings

from .conftest import answer_of, import_apkg, sides, write

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def imported(collection, source: Path, out: Path, **options) -> dict[str, tuple[str, str, object]]:
    """Build the notes, import every deck into Anki, and give each card as Anki renders it:
    its deck and question → (front, back, the card)."""
    report = build(Settings(sources=(source,), out=out, **options))
    assert not report.failed, report.problems
    for deck in report.decks_written:
        import_apkg(collection, deck)
    cards = {}
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        note = card.note()
        front, back = sides(card)
        question = note["Question"] if "Question" in note else note["Text"]
        cards[f"{collection.decks.name(card.did)} | {question}"] = (front, back, card)
    return cards


FORMULA_NOTE = """\
# Algebra

## Sum of squares

The identity, over several lines:

$$
(a + b)^2
=
a^2 + 2ab + b^2
- 0
| x |
$$

## Bracketed

\\[
x
===
\\]

## After the formulas

- squares: numbers times themselves
"""


def test_a_formula_over_several_lines_is_one_formula_not_headings_or_lists(collection, tmp_path):
    write(tmp_path / "notes" / "algebra.md", FORMULA_NOTE)

    cards = imported(collection, tmp_path / "notes", tmp_path / "decks")

    decks = {key.split(" | ")[0] for key in cards}
    assert decks == {
        "Algebra::Sum of squares",
        "Algebra::Bracketed",
        "Algebra::After the formulas",
    }, "no line inside a formula became a heading"
    back = answer_of(cards["Algebra::Sum of squares | Sum of squares"][1])
    assert "\\[(a + b)^2\n=\na^2 + 2ab + b^2\n- 0\n| x |\\]" in back
    assert "<li>" not in back and "<table" not in back
    assert "\\[x\n===\\]" in answer_of(cards["Algebra::Bracketed | Bracketed"][1])
