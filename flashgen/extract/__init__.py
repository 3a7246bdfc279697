"""Sections → cards, by small named recognisers.

A section is skipped whole when it is boilerplate (an author block, a reference list).
Otherwise its blocks are read in order: blocks that are only layout, navigation or
credits are dropped (`SKIPPED_BLOCKS`); each item of a list is offered to the
`ITEM_RULES` in turn, and the first that recognises it makes its cards and takes the
item out of the section's own answer. Whatever remains answers the section's heading,
unless it is only questions with no answers. A card whose back has nothing to learn
is never made.

Adding a behaviour is adding a recogniser to one of these lists, with its cases in
tests/fixtures/cards/.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from markdown_it.tree import SyntaxTreeNode

from flashgen.extract.items import label_with_children, table_of_contents_entry, term_definition
from flashgen.extract.place import ItemRule, Place
from flashgen.extract.skip import (
    has_substance,
    is_attribution,
    is_boilerplate_section,
    is_layout,
    is_table_of_contents,
    is_unanswered_questions,
)
from flashgen.model import Card, NoteTree, Section

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


def extract_cards(tree: NoteTree, rules_off: frozenset[str] = frozenset()) -> list[Card]:
    """Every card a note gives, in the order its sections are written.

    A rule named in `rules_off` makes no cards: the items it would have taken stay in
    their heading's answer.
    """
    item_rules = [rule for rule in ITEM_RULES if rule.__name__ not in rules_off]
    cards = _cards_of(tree, tree.root, (tree.root.title,), item_rules)
    return [card for card in cards if has_substance(card.answer) and card.rule not in rules_off]


def _cards_of(
    tree: NoteTree, section: Section, path: tuple[str, ...], item_rules: list[ItemRule]
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
                made = _first_match(item, place, item_rules)
                if made is None:
                    kept.append(item)
                else:
                    item_cards.extend(made)
            if kept:
                own_answer.append("\n".join(place.quote(item) for item in kept))
                own_nodes.extend(kept)
        else:
            own_answer.append(place.quote(block))
            own_nodes.append(block)

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
        yield from _cards_of(tree, child, (*path, child.title), item_rules)


def _first_match(
    item: SyntaxTreeNode, place: Place, item_rules: list[ItemRule]
) -> list[Card] | None:
    for rule in item_rules:
        made = rule(item, place)
        if made is not None:
            return made
    return None
