"""What every way of taking a heading's answer apart shares.

Each kind of part (labelled, led into, terms, examples, boxes, tables, code) ends the same
way: its card is made by the one `answer_part` rule, from blocks joined as the answer shows
them, and the heading's card keeps the rest, listing the parts' names with a bullet that
does not join a list above them.
"""

from __future__ import annotations

import re

from flashgen.extract.place import Place
from flashgen.extract.sections import names_a_collection
from flashgen.extract.sizes import MAX_WHOLE_LINES, Block, at_most, bare_names, shown_lines
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node


def answer_part(label: str, answer: str, node: Node, place: Place) -> Card:
    """A part of a heading's answer too long to recall in one go, asked on its own."""
    return place.card(label, answer, node, answer_part)


def joined(blocks: list[Block]) -> str:
    return "\n\n".join(text for _, text in blocks)


def says(node: Node) -> bool:
    return node.type not in ("fence", "code_block", "html_block")


_BULLET = lazy(r"^([-*+])\s", re.MULTILINE)


def other_bullet(before: str) -> str:
    """The bullet the parts' names are listed with: `-`, or `*` after a list bulleted `-`,
    which they would else join in Markdown (`ML options:` over its list, then the names of
    `Model options` and `Features`, read as more options)."""
    bullets = _BULLET.findall(before)
    return "*" if bullets and bullets[-1] == "-" else "-"


def last_bullet(node: Node) -> str | None:
    """The line of a list's last item when it stands alone, nothing under it."""
    if node.type not in LIST_TYPES or not node.children:
        return None
    last = node.children[-1]
    return None if last.line is None or last.below else last.line.content.strip()


def names_alone_left(own: list[Block], whole: list[Block], place: Place) -> bool:
    """Whether taking the parts apart left the heading's card naming them and answering
    none of it (`- Detecting cycles`, `- Getting the middle node` under `### Two pointers`,
    each told in its line), though the whole answer is only a little over one go (10 lines
    as the card shows them): as a list the heading keeps whole (headings.fitted), it then
    keeps them as written. Not under a heading asking for its members (`해시 함수의 종류`),
    nor when the writer numbered them (`1. 상태 저장`, the members counted): their names
    answer it."""
    if len(own) != len(whole) or names_a_collection(place.section.title):
        return False
    pairs = zip(own, whole, strict=True)
    changed = [(block, text, was) for (block, text), (_, was) in pairs if text != was]
    return (
        bool(changed)
        and all(
            block.type == "bullet_list" and bare_names(text, was) for block, text, was in changed
        )
        and at_most(whole, MAX_WHOLE_LINES)
        and shown_lines([text for _, text in whole]) <= MAX_WHOLE_LINES  # wrapped lines too
    )
