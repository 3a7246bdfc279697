"""Sections → cards, by small named recognisers.

A section is skipped whole when it is boilerplate (an author block, a reference list).
Otherwise its blocks are read in order: blocks that are only layout, navigation or
credits are dropped (`SKIPPED_BLOCKS`); each item of a list is offered to the
`ITEM_RULES` in turn, and every other block to the `BLOCK_RULES`; the first rule that
recognises it makes its cards and takes it out of the section's own answer. Whatever
remains answers the section's heading, unless it is only questions with no answers. Then
the `SECTION_RULES` read the section as a whole (the blocks that were not dropped, and its
subsections) for cards drawn across it. A card whose back has nothing to learn is never
made, and cards asking the same front in one deck become one.

Adding a behaviour is adding a recogniser to one of these lists, with its cases in
tests/fixtures/cards/.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import PurePosixPath

from markdown_it.tree import SyntaxTreeNode

from flashgen.extract.cloze import bold_cloze
from flashgen.extract.items import (
    label_with_children,
    table_of_contents_entry,
    term_arrow_definition,
    term_definition,
)
from flashgen.extract.place import BlockRule, ItemRule, Place, SectionRule
from flashgen.extract.qa import answered_question, details_question, without_answer_mark
from flashgen.extract.sections import comparison_side, comparison_table, section_parts
from flashgen.extract.skip import (
    has_substance,
    is_attribution,
    is_badges,
    is_boilerplate_section,
    is_layout,
    is_navigation,
    is_table_of_contents,
    is_unanswered_questions,
)
from flashgen.model import Card, CardKind, NoteTree, Section

SKIPPED_SECTIONS: list[Callable[[Section], bool]] = [is_boilerplate_section]
"""Sections never carded, with everything under them."""

SKIPPED_BLOCKS: list[Callable[[SyntaxTreeNode], bool]] = [
    is_layout,
    is_table_of_contents,
    is_navigation,
    is_badges,
    is_attribution,
]
"""Blocks with nothing to learn, dropped before any rule sees them."""

ITEM_RULES: list[ItemRule] = [
    table_of_contents_entry,
    answered_question,
    term_definition,
    term_arrow_definition,
    comparison_side,
    label_with_children,
]
"""Tried in order on each list item; the first that recognises the item wins."""

BLOCK_RULES: list[BlockRule] = [details_question, comparison_table]
"""Tried in order on each block that is not a list (paragraphs, HTML, quotes, code)."""

SECTION_RULES: list[SectionRule] = [section_parts, bold_cloze]
"""Each run on every section after its blocks; they add cards, and take nothing away."""


def extract_cards(tree: NoteTree) -> list[Card]:
    """Every card a note gives, in the order its sections are written."""
    tags = note_tags(tree)
    cards = _cards_of(tree, tree.root, (tree.root.title,))
    return [
        replace(card, tags=(*tags, *card.tags))
        for card in one_card_per_front(cards)
        if card.kind is CardKind.CLOZE or has_substance(card.answer)
    ]


def one_card_per_front(cards: Iterable[Card]) -> list[Card]:
    """Two cards asking the same front in one deck cannot be told apart by a student:
    the answers of a repeated question join the first card's (a repeated cloze goes)."""
    first: dict[tuple[str, str, CardKind], int] = {}
    kept: list[Card] = []
    for card in cards:
        key = (card.deck_name, card.front, card.kind)
        if key not in first:
            first[key] = len(kept)
            kept.append(card)
        elif card.kind is not CardKind.CLOZE and card.answer not in kept[first[key]].answer:
            earlier = kept[first[key]]
            kept[first[key]] = replace(earlier, answer=f"{earlier.answer}\n\n{card.answer}")
    return kept


_TAG_UNSAFE = re.compile(r"[\s\"]+")


def note_tags(tree: NoteTree) -> tuple[str, ...]:
    """Every card is tagged with its note file, so a student can find a note's cards in Anki.

    `os/process.md` → `os::process`: Anki shows `::` tags as a tree. Tags cannot hold spaces.
    """
    parts = PurePosixPath(tree.note.name).with_suffix("").parts
    return ("::".join(_TAG_UNSAFE.sub("_", part) for part in parts),)


def _cards_of(tree: NoteTree, section: Section, path: tuple[str, ...]) -> Iterator[Card]:
    if any(skip(section) for skip in SKIPPED_SECTIONS):
        return
    place = Place(tree, section, path)
    own_answer: list[str] = []
    own_nodes: list[SyntaxTreeNode] = []  # the items and blocks of the heading's own answer
    item_cards: list[Card] = []
    kept_blocks: list[SyntaxTreeNode] = []
    for block in section.blocks:
        if any(skip(block) for skip in SKIPPED_BLOCKS):
            continue
        kept_blocks.append(block)
        if block.type in ("bullet_list", "ordered_list"):
            kept = []
            for item in block.children:
                made = _first_match(ITEM_RULES, item, place)
                if made is None:
                    kept.append(item)
                else:
                    item_cards.extend(made)
            if kept:
                own_answer.append("\n".join(place.quote(item) for item in kept))
                own_nodes.extend(kept)
        else:
            made = _first_match(BLOCK_RULES, block, place)
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
            answer=without_answer_mark("\n\n".join(own_answer)),
            source=tree.note.name,
            line=section.line,
            rule="heading_answer",
        )
    yield from item_cards
    for section_rule in SECTION_RULES:
        yield from section_rule(kept_blocks, place)
    for child in section.children:
        yield from _cards_of(tree, child, (*path, child.title))


def _first_match(
    rules: list[ItemRule] | list[BlockRule], node: SyntaxTreeNode, place: Place
) -> list[Card] | None:
    for rule in rules:
        made = rule(node, place)
        if made is not None:
            return made
    return None
