"""Lists whose items each name a term, a step or an aspect, taken apart.

A long list of named items (`**Growth** - How well …`, `1. **Hardware Stacks the PC**` over
its points, `- **Advantages:** …`) is recalled as its names, then each item on its own
card; the heading's card keeps the names where the list was.
"""

from __future__ import annotations

import re

from flashgen.extract.apart import answer_part, joined
from flashgen.extract.labels import SENTENCE_END, names_a_part
from flashgen.extract.place import Place, is_term_like, plain, tells_an_act
from flashgen.extract.sizes import (
    MAX_ANSWER_LINES,
    Block,
    at_most,
    nearly_recallable,
    texts_recallable,
)
from flashgen.extract.skip import has_substance
from flashgen.extract.subjects import in_context, of_subject
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import unwrap_strong


def named_items_apart(
    own: list[Block], place: Place, asked: frozenset[int]
) -> tuple[list[Block], list[Card]]:
    """An overlong answer that is one list of names each over points of its own (`1. **Hardware
    Stacks the PC**` over its bullets, eight such steps), maybe after a paragraph leading
    into it: the heading's card keeps the lead-in and the names, in their numbers when the
    writer numbered them, and each name not yet asked by a rule of its own is asked with
    its points. Only a list too long to read as one answer as written is cut (whatever
    other rules took of it): shorter, the names are read with their points (steps in their
    order); a bulleted list, no steps to keep in order, is cut once it is more than a little
    over one go (`nearly_recallable`). A list with an item that is no such name stays whole."""
    *before, (node, _) = own
    if node.type not in LIST_TYPES or any(block.type != "paragraph" for block, _ in before):
        return own, []
    named = [_item_name(item) for item in node.children]
    if len(named) < 2 or None in named:
        return own, []
    bulleted = node.type == "bullet_list"
    whole = [*before, (node, place.quote(node))]
    if at_most(whole, MAX_ANSWER_LINES) and (not bulleted or nearly_recallable(whole)):
        return own, []  # names with their points (steps in order) are read whole while they fit
    names = [name for name in named if name is not None]
    steps = any(tells_an_act(name) for name in names)  # `Hardware Saves the PC`: no name
    if steps and node.type != "ordered_list":
        return own, []
    start = int(node.attrs.get("start", 1))
    if node.type == "ordered_list":
        lines = [f"{start + number}. {name}" for number, name in enumerate(names)]
    else:
        lines = [f"- {name}" for name in names]
    overview = "\n".join(lines)
    if not texts_recallable([*(text for _, text in before), overview]):
        return own, []
    cards = []
    for number, (item, name) in enumerate(zip(node.children, names, strict=True)):
        if item.map is not None and item.map[0] + 1 not in asked:
            points = "\n\n".join(place.quote(child) for child in item.below)
            points = _TRAILING_BREAK.sub("", points)  # `<br/>` spacing the steps apart
            if steps:  # told as what happens, a title answers: asked as that step of it
                points = f"**{name}**\n\n{points}"
                question = f"{place.path[-1]} › Step {start + number}"
                card = answer_part(question, points, item, place)
                cards.append(in_context(card, place.path[:-1]))
            else:
                cards.append(of_subject(answer_part(name, points, item, place)))
    return [*before, (node, overview)], cards


def aspect_items_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """A list whose every item names an aspect of the heading's subject (`- **Advantages:**
    …`, `- **Disadvantages:** …` with the fixes under it; `* Pros` over its points) after
    the answer's own words: each is asked of the subject (`Load balancer › Advantages`), and
    the heading's card keeps what it is. Together they make an answer too long to recall,
    and the aspects' names say nothing on the heading's card."""
    for index, (node, _) in enumerate(own):
        if not index or node.type not in LIST_TYPES or len(node.children) < 2:
            continue
        parts = [_aspect_item(item, place) for item in node.children]
        if None in parts or len({name for name, _ in parts}) < len(parts):
            continue
        rest = own[:index] + own[index + 1 :]
        if not has_substance(joined(own[:index])):
            return own, []
        cards = [
            of_subject(answer_part(name, answer, item, place))
            for item, (name, answer) in zip(node.children, parts, strict=True)
        ]
        return rest, cards
    return own, []


_ASPECT_ITEM = lazy(
    r"^(?:\*\*)?(?P<name>pros|cons|advantages?|disadvantages?|benefits|drawbacks|장점|단점)"
    r"(?:\s*[:：])?(?:\*\*)?(?:\s*[:：])?(?:\s+(?P<rest>\S[\s\S]*))?$",
    re.IGNORECASE,
)


def _aspect_item(item: Node, place: Place) -> tuple[str, str] | None:
    """The aspect a list item names and what it says of it, None for any other item."""
    if item.line is None:
        return None
    found = _ASPECT_ITEM.match(item.line.content.strip())
    if found is None:
        return None
    said = [found["rest"] or "", *(place.quote(child) for child in item.below)]
    answer = _TRAILING_BREAK.sub("", "\n\n".join(text for text in said if text.strip()))
    return (found["name"], answer) if answer else None


_TRAILING_BREAK = lazy(r"(\s*<br\s*/?>)+\s*$", re.IGNORECASE)


_NAMED_LEAD = lazy(r"^(?P<name>[^:\n]+?)\s*(?::|\s[-–—])\s+(?P<rest>\S[\s\S]*)$")
"""`상태 저장: …`, `Shared lock - …`, `` `MD5`: … ``: a name before a colon or a dash."""
MAX_TERM_WORDS = 6


def named_term(item: Node) -> tuple[str, str] | None:
    """The term a list item names before what it says of it (`**Growth** - How well …`,
    `상태 저장: 직렬화를 사용하면 …`), when that is all the item holds; None for an item
    that says more than a name before its separator, or holds points of its own."""
    if item.line is None or item.below:
        return None
    line = item.line.content.strip()
    bold = bold_term(item)
    if bold is not None or line.startswith("**"):
        return bold
    found = _NAMED_LEAD.match(line)
    if found is None or "](" in found["name"]:
        return None
    name = found["name"].strip()
    if len(plain(name).split()) > MAX_TERM_WORDS or not names_a_part(name):
        return None
    return name, found["rest"].strip()


def _item_name(item: Node) -> str | None:
    """The name a list item's line gives what its own points below say (`**Hardware
    Stacks the PC**`, `Sensors:`), None when the line says more than a name."""
    if item.line is None or not any(child.type in LIST_TYPES for child in item.below):
        return None
    line = item.line.content.strip().rstrip(" :")  # `**Email Sending**:`
    name = unwrap_strong(line).strip().rstrip(" :")  # `**Email Sending:**`
    if "\n" in name or SENTENCE_END.search(name):
        return None
    if name != line and len(name.split()) <= _MAX_BOLD_NAME_WORDS and "**" not in name:
        return name  # a line bold from end to end is a name, a step's (`Hardware Saves …`) too
    return name if is_term_like(plain(name)) else None


_MAX_BOLD_NAME_WORDS = 12


_TERM_ITEM = lazy(
    r"^\*\*(?P<name>[^*\n]+?)\*\*\s*[-–—:]\s+(?P<rest>\S[^\n]*)$"
    r"|^\*\*(?P<inner>[^*\n]+?):\*\*\s+(?P<after>\S[^\n]*)$"
)
"""`**Growth** - How well …`, `**Heap**: Useful for …`, `**Heap:** Useful for …`."""


def bold_term(item: Node) -> tuple[str, str] | None:
    """The term a list item names in bold and what it says of it, when that is all the
    item holds."""
    if item.line is None or item.below:
        return None
    found = _TERM_ITEM.match(item.line.content.strip())
    if found is None:
        return None
    term = (found["name"] or found["inner"]).strip(" :")
    return (term, found["rest"] or found["after"]) if names_a_part(term) else None
