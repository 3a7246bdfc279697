"""Whether a card's answer can be recalled in one go: what `check` hints at, and what the
preview marks, so a writer finds the sections to split with a heading over each part."""

from __future__ import annotations

from flashgen.extract import EXPLICIT_RULES
from flashgen.extract.sizes import MAX_WHOLE_LINES, shown_lines
from flashgen.flavours.pages import outside_fences
from flashgen.model import Card, CardKind


def lines_past_recall(card: Card) -> int:
    """The lines a card's answer takes as the card shows it (code aside), when they are more
    than a student recalls in one go (`MAX_WHOLE_LINES`); else 0. Only for a card the notes'
    own structure made: one written in a flashcard syntax is its writer's choice, and a cloze
    asks one gap."""
    if card.rule in EXPLICIT_RULES or card.kind is CardKind.CLOZE:
        return 0
    shown = shown_lines([outside_fences(card.answer)])  # blanked lines are not shown lines
    return shown if shown > MAX_WHOLE_LINES else 0
