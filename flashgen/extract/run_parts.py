"""A long run of parallel points, asked a few at a time.

A heading answered by one list of many points that have no names of their own (ten steps,
a dozen questions to ask, twelve tips of a line or two each) is more than a student
recalls in one go, and no name is there to ask each point by. A careful student splits the
run into consecutive cards of a few points each, in the writer's order, each asked as that
stretch of the heading (`Questions to ask the team (1–4 of 12)`). Only points that each
stand alone: a run whose points go on from one another (`따라서 …`, `However, …`) is one
argument and stays whole, as does a list of named points (other kinds take those apart),
points holding more than their line, and a heading asking what something is (a
definition).
"""

from __future__ import annotations

import math
import re

from flashgen.extract.apart import answer_part
from flashgen.extract.headings import heading_answer
from flashgen.extract.lead_ins import leads_on
from flashgen.extract.place import Place, plain
from flashgen.extract.sizes import Block, texts_recallable
from flashgen.extract.skip import has_substance
from flashgen.extract.subjects import in_context
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node

_MIN_POINTS = 8
"""Fewer points make no run worth splitting: a card too long with them is long per point
(each says much), not for their number."""
_MOST_POINTS = 5
"""The points a card holds at most: the most a student recalls in one go."""
_LEAST_POINTS = 2
"""A stretch of one point is no stretch: the points are each too long, not too many."""

_NAMED = lazy(r"^(?:\*\*|__)|^(?:`[^`]+`|[^\s:：][^:：]{0,40}?)\s*(?:[:：]|\s[-–—]\s)")
"""A point led by a name of its own (`**Growth** - …`, `Binary search: useful if …`), or by
bold, which names it."""
_GOES_ON = lazy(
    r"^(?:(?:따라서|그러나|그런나|그런데|하지만|또한|그러면|그럼|그래서|그리고|그러므로|이런|이러한|이를|"
    r"이것은|이것이|이는|이때|그때|이들|그들|이렇게|그렇게|마찬가지로|여기서|즉|결국|반면|그|이|위|아래|저)"
    r"[\s,]|"
    r"(?:so|but|however|therefore|thus|hence|this|these|that|those|also|then|it|they|"
    r"and|or|otherwise|instead|finally|as a result|in addition|for example|e\.g\.)\b)",
    re.IGNORECASE,
)
"""A point going on from the one before (`따라서 …`, `However, …`, `This …`): the run is
one argument, told a point at a time."""
_DEFINES = lazy(r"(?:란|은|는)\s*\??$|무엇인가\s*\??$|^what (?:is|are)\b", re.IGNORECASE)
"""`함수형 인터페이스란?`, `What is a CDN?`: asked what it is, a heading's answer is a
definition and its explanation, which stay whole."""


def run_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """The heading's answer, and the cards of a long run of parallel points taken from it.

    The run is the answer's last block, one list of many points a line each with nothing
    under them, most with no name of their own; the answer before it stays on the heading's
    card when it says more than leading into the list (`Some questions to ask:`), else the
    heading gives no card of its own: the stretches are all it asks."""
    if not own or _DEFINES.search(plain(place.section.title).strip()):
        return own, []
    node, text = own[-1]
    if node.type not in LIST_TYPES or text.strip() != place.quote(node).strip():
        return own, []  # a list some of whose items are cards already, or changed
    if not all(block.type == "paragraph" and "![" not in said for block, said in own[:-1]):
        return own, []  # a picture or a box over the list: it goes with the points it shows
    if texts_recallable([text]):
        return own, []  # the list is short: the answer is long for what stands before it
    points = _points(node, place)
    if points is None:
        return own, []
    stretches = _stretches(points)
    if stretches is None:
        return own, []
    cards = _stretch_cards(stretches, _first_number(node), node.type == "ordered_list", place)
    if not all(has_substance(card.answer) for card in cards):
        return own, []  # a stretch that would be no card (questions alone): a hole in the run
    before = own[:-1]
    if before and before[-1][0].type == "paragraph" and leads_on(plain(before[-1][1].strip())):
        before = before[:-1]  # `Some questions to ask:`: it leads into what left the card
    if not has_substance("\n\n".join(text for _, text in before)):
        before = []
    return before, cards


def _stretch_cards(
    stretches: list[list[tuple[Node, str]]], start: int, ordered: bool, place: Place
) -> list[Card]:
    """A card for each stretch, asked as that stretch of the heading (`… (6–10 of 10)`), a
    numbered point in its number in the whole list (`6.`, where the writer put `1.` for
    each and Markdown counts them)."""
    heading = heading_answer("", place)
    end = start + sum(len(stretch) for stretch in stretches) - 1
    cards: list[Card] = []
    first = start
    for stretch in stretches:
        last = first + len(stretch) - 1
        question = f"{heading.question} ({first}–{last} of {end})"
        answer = "\n".join(
            _NUMBER.sub(rf"{first + index}\1", point, count=1) if ordered else point
            for index, (_, point) in enumerate(stretch)
        )
        cards.append(
            in_context(answer_part(question, answer, stretch[0][0], place), heading.context)
        )
        first = last + 1
    return cards


_NUMBER = lazy(r"^\d+([.)])")
"""The number a numbered point is written with (`1.`, `3)`)."""


def _points(node: Node, place: Place) -> list[tuple[Node, str]] | None:
    """The list's items as written, when they are a run of parallel points: many, each a
    line of its own with nothing under it, few named, none going on from the one before."""
    items = node.children
    if len(items) < _MIN_POINTS:
        return None
    points: list[tuple[Node, str]] = []
    named = 0
    for item in items:
        line = item.line
        if line is None or item.below:
            return None
        content = line.content.strip()
        if not content or "![" in content or "<" in content or content.endswith((":", "：")):
            return None
        words = plain(content).strip()
        if _GOES_ON.match(words):
            return None
        named += bool(_NAMED.match(content))
        points.append((item, place.quote(item)))
    if named * 3 > len(items):
        return None  # named points: the kinds of named items take those apart
    if sum(plain(point).rstrip().endswith("?") for _, point in points) * 2 > len(items):
        return None  # questions to ask: the list is the answer, and no card asks a question
    return points


def _stretches(points: list[tuple[Node, str]]) -> list[list[tuple[Node, str]]] | None:
    """The points in consecutive stretches of nearly equal size, as few as leave each
    recalled in one go; None when only stretches of a single point would be."""
    count = len(points)
    for parts in range(math.ceil(count / _MOST_POINTS), count // _LEAST_POINTS + 1):
        size, extra = divmod(count, parts)
        stretches: list[list[tuple[Node, str]]] = []
        at = 0
        for index in range(parts):
            length = size + (index < extra)
            stretches.append(points[at : at + length])
            at += length
        if all(texts_recallable([point for _, point in stretch]) for stretch in stretches):
            return stretches
    return None


def _first_number(node: Node) -> int:
    """The number a list starts at (`5.` continuing an earlier one), 1 when bulleted."""
    if node.type != "ordered_list":
        return 1
    try:
        return int(node.attrs.get("start", 1))
    except (TypeError, ValueError):
        return 1
