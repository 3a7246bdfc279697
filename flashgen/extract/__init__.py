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

from flashgen.extract.items import label_with_children, table_of_contents_entry, term_definition
from flashgen.extract.place import BlockRule, ItemRule, Place
from flashgen.extract.skip import (
    has_substance,
    is_attribution,
    is_boilerplate_section,
    is_layout,
    is_table_of_contents,
    is_unanswered_questions,
)
from flashgen.model import Card, CardKind, NoteTree, Section

SKIPPED_SECTIONS: list[Callable[[Section], bool]] = [is_boilerplate_section]
"""Sections never carded, with everything under them."""

SKIPPED_BLOCKS: list[Callable[[SyntaxTreeNode], bool]] = [
    is_layout,
    is_table_of_contents,
    is_attribution,
]
"""Blocks with nothing to learn, dropped before any rule sees them."""

ITEM_RULES: list[ItemRule] = [table_of_contents_entry, term_definition, label_with_children]
"""Tried in order on each list item; the first that recognises the item wins."""

BLOCK_RULES: list[BlockRule] = []
"""Tried in order on each block that is not a list (paragraphs, HTML, quotes, code)."""


def extract_cards(tree: NoteTree, rules_off: frozenset[str] = frozenset()) -> list[Card]:
    """Every card a note gives, in the order its sections are written.

    A rule named in `rules_off` makes no cards: what it would have taken stays in its
    heading's answer.
    """
    tags = note_tags(tree)
    item_rules = [rule for rule in ITEM_RULES if rule.__name__ not in rules_off]
    block_rules = [rule for rule in BLOCK_RULES if rule.__name__ not in rules_off]
    cards = _cards_of(tree, tree.root, (tree.root.title,), item_rules, block_rules)
    return [
        replace(card, tags=(*tags, *card.tags))
        for card in cards
        if (card.kind is CardKind.CLOZE or has_substance(card.answer))
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
    tree: NoteTree,
    section: Section,
    path: tuple[str, ...],
    item_rules: list[ItemRule],
    block_rules: list[BlockRule],
) -> Iterator[Card]:
    if any(skip(section) for skip in SKIPPED_SECTIONS):
        return
    place = Place(tree, section, path)
    own_answer: list[str] = []
    own_nodes: list[SyntaxTreeNode] = []  # the items and blocks of the heading's own answer
    item_cards: list[Card] = []
    for block in section.blocks:
        if any(skip(block) for skip in SKIPPED_BLOCKS):
            continue
        if block.type in ("bullet_list", "ordered_list"):
            kept = []
            for item in block.children:
                made = _first_match(item_rules, item, place)
                if made is None:
                    kept.append(item)
                else:
                    item_cards.extend(made)
            if kept:
                own_answer.append("\n".join(place.quote(item) for item in kept))
                own_nodes.extend(kept)
        else:
            made = _first_match(block_rules, block, place)
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
        yield from _cards_of(tree, child, (*path, child.title), item_rules, block_rules)


def _first_match(
    rules: list[ItemRule] | list[BlockRule], node: SyntaxTreeNode, place: Place
) -> list[Card] | None:
    for rule in rules:
        made = rule(node, place)
        if made is not None:
            return made
    return None
