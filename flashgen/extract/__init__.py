"""Sections → cards, by small named recognisers.

A section is skipped whole when it is boilerplate (an author block, a reference list).
Otherwise its blocks are read in order: blocks that are only layout, navigation or
credits are dropped (`SKIPPED_BLOCKS`); each item of a list is offered to the
`ITEM_RULES` in turn, and every other block to the `BLOCK_RULES`; the first rule that
recognises it makes its cards and takes it out of the section's own answer. Whatever
remains answers the section's heading, unless it is only questions with no answers. A card
whose back has nothing to learn is never made.

Adding a behaviour is adding a recogniser to one of these lists, with its cases in
tests/fixtures/cards/.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import PurePosixPath

from markdown_it.tree import SyntaxTreeNode

from flashgen.extract.explicit import (
    EXPLICIT_RULES,
    WRITTEN_CARDS,
    flashcards_tag,
    mdanki_card,
    written_cards_below,
)
from flashgen.extract.items import label_with_children, table_of_contents_entry, term_definition
from flashgen.extract.place import BlockRule, ItemRule, Place, SectionRule
from flashgen.extract.skip import (
    has_substance,
    is_attribution,
    is_boilerplate_section,
    is_footnote_definition,
    is_layout,
    is_table_of_contents,
    is_unanswered_questions,
)
from flashgen.model import DECK_SEPARATOR, Card, CardKind, CardsMode, NoteTree, Section

SKIPPED_SECTIONS: list[Callable[[Section], bool]] = [is_boilerplate_section]
"""Sections never carded, with everything under them."""

SKIPPED_BLOCKS: list[Callable[[SyntaxTreeNode], bool]] = [
    is_layout,
    is_table_of_contents,
    is_attribution,
    is_footnote_definition,
]
"""Blocks with nothing to learn, dropped before any rule sees them."""

SECTION_RULES: list[SectionRule] = [mdanki_card]
"""Tried on each section first: a match makes the cards of the section's own blocks."""

ITEM_RULES: list[ItemRule] = [
    *WRITTEN_CARDS,  # cards written in a flashcard syntax come first: they are taken as written
    written_cards_below,
    table_of_contents_entry,
    term_definition,
    label_with_children,
]
"""Tried in order on each list item; the first that recognises the item wins."""

BLOCK_RULES: list[BlockRule] = [*WRITTEN_CARDS, flashcards_tag]
"""Tried in order on each block that is not a list (paragraphs, HTML, quotes, code)."""


def extract_cards(tree: NoteTree, rules_off: frozenset[str] = frozenset()) -> list[Card]:
    """Every card a note gives, in the order its sections are written.

    Its front matter can ask for only the cards written in an explicit syntax, or none.
    A rule named in `rules_off` makes no cards: what it would have taken stays in its
    heading's answer.
    """
    mode = tree.front_matter.cards
    if mode is CardsMode.OFF:
        return []
    tags = (*note_tags(tree), *tree.front_matter.tags)
    cards = _cards_of(tree, tree.root, tuple(tree.root.title.split(DECK_SEPARATOR)), rules_off)
    return [
        replace(card, tags=tuple(dict.fromkeys((*tags, *card.tags))))
        for card in cards
        if (card.kind is CardKind.CLOZE or has_substance(card.answer))
        and (mode is CardsMode.AUTO or card.rule in EXPLICIT_RULES)
        and card.rule not in rules_off
    ]


_TAG_UNSAFE = re.compile(r"[\s\"]+")


def note_tags(tree: NoteTree) -> tuple[str, ...]:
    """Every card is tagged with its note file, so a student can find a note's cards in Anki.

    `os/process.md` → `os::process`: Anki shows `::` tags as a tree. Tags cannot hold spaces.
    """
    parts = PurePosixPath(tree.note.name).with_suffix("").parts
    return ("::".join(_TAG_UNSAFE.sub("_", part) for part in parts),)


def _cards_of(
    tree: NoteTree, section: Section, path: tuple[str, ...], off: frozenset[str]
) -> Iterator[Card]:
    if any(skip(section) for skip in SKIPPED_SECTIONS):
        return
    place = Place(tree, section, path)
    made = _first_match(SECTION_RULES, section, place, off)
    if made is not None:
        yield from made
        for child in section.children:
            yield from _cards_of(tree, child, (*path, child.title), off)
        return
    own_answer: list[str] = []
    own_nodes: list[SyntaxTreeNode] = []  # the items and blocks of the heading's own answer
    item_cards: list[Card] = []
    for block in section.blocks:
        if any(skip(block) for skip in SKIPPED_BLOCKS):
            continue
        if block.type in ("bullet_list", "ordered_list"):
            kept = []
            for item in block.children:
                made = _first_match(ITEM_RULES, item, place, off)
                if made is None:
                    kept.append(item)
                else:
                    item_cards.extend(made)
            if kept:
                own_answer.append("\n".join(place.quote(item) for item in kept))
                own_nodes.extend(kept)
        else:
            made = _first_match(BLOCK_RULES, block, place, off)
            if made is None:
                own_answer.append(place.quote(block))
                own_nodes.append(block)
            else:
                item_cards.extend(made)

    if own_answer and not is_unanswered_questions(own_nodes, path):
        yield Card(
            deck=path,
            context=path[:-1],
            question=section.title_markdown or section.title,
            answer="\n\n".join(own_answer),
            source=tree.note.name,
            line=section.line,
            rule="heading_answer",
        )
    yield from item_cards
    for child in section.children:
        yield from _cards_of(tree, child, (*path, child.title), off)


def _first_match(
    rules: list[ItemRule] | list[BlockRule] | list[SectionRule],
    node: SyntaxTreeNode | Section,
    place: Place,
    off: frozenset[str] = frozenset(),
) -> list[Card] | None:
    for rule in rules:
        if rule.__name__ in off:
            continue
        made = rule(node, place)
        if made is not None:
            return made
    return None
