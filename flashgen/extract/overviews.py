"""The lines of a heading's card that name its parts (`Text: tokenize; embed with BERT`).

A student recalls the parts' names in one go, then each part on its own card: the overview
gives each name with what its part says in a line while all of them fit one recall, and the
names alone otherwise. List answers name their parts the same way.
"""

from __future__ import annotations

import re

from flashgen.extract.labels import META_NAMES
from flashgen.extract.place import plain
from flashgen.extract.sizes import MAX_RECALL_LINES, Block, shown_lines
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node

MAX_PART_LINES = 2
"""A part named with what it says keeps that to two lines of the card; longer, it is
asked on the part's own card, and the overview names it alone."""


def pointed_names(parts: list[tuple[str, str | None]]) -> list[str]:
    """The lines of an answer naming its parts, from each part's name and what it says in
    one line (`points_line`): `Text: tokenize; embed with BERT` while every part says it
    in a line or two and the whole is recalled in one go, else the names alone. A part is
    never cut short (`first point …`), nor named bare beside others told whole: the
    overview is either whole or an outline of names, and each part's own card holds the
    rest; only a name that says nothing alone (`Two options`) keeps its points there. A
    meta name (`Tips`) names no part."""
    kept = [part for part in parts if not META_NAMES.match(plain(part[0]))] or parts
    pointed = [f"{name}: {point}" if point else name for name, point in kept]
    if (
        all(point is not None for _, point in kept)
        and all(shown_lines([line]) <= MAX_PART_LINES for line in pointed)
        and shown_lines(pointed) <= MAX_RECALL_LINES
    ):
        return pointed
    return [
        line if VAGUE_NAME.match(plain(name)) and shown_lines([line]) <= MAX_PART_LINES else name
        for (name, point), line in zip(kept, pointed, strict=True)
    ]


VAGUE_NAME = lazy(
    r"^((two|three|four|several|some|other|\d+)\s+)?"
    r"(options?|choices|ways|approaches|alternatives|examples?|variants)$",
    re.IGNORECASE,
)
"""`Two options`, `Examples`: a name that says nothing alone, which even an outline of
names gives with its points (`Two options: pointwise; pairwise`) when they fit."""
_GENERIC_NAME = lazy(
    r"^(?:(?:one|another|the other|first|second|third|last)\s+"
    r"(?:option|choice|way|approach|alternative|variant|example|case)s?(?:\s+for\s+.+)?"
    r"|(?:two|three|four|several)\s+(?:types|kinds)"
    r"|inputs?|outputs?|in|out|results?|returns?|advanced|basic)$",
    re.IGNORECASE,
)
"""`one option for history`, `another option`, `Input`, `Out`, `two types`: labels whose
point is what follows them, which name nothing a student recalls alone."""


def says_nothing_alone(name: str) -> bool:
    """Whether a point's name says nothing without its point (`Two options`, `another
    option`, `Input`): an outline giving such names in place of their points reads as
    labels whose content was lost."""
    name = plain(name).strip(" :,")
    return bool(VAGUE_NAME.match(name) or _GENERIC_NAME.match(name))


def points_line(blocks: list[Node]) -> str | None:
    """What stands under a label, said in one line: its paragraph of one line, or the own
    lines of its list's points joined (`ID, username; Demographics`); "" when nothing
    stands under it, None when it says more than a line holds (a second block, code, a
    link, which sends the student away). A point's own points are on the part's card."""
    if not blocks:
        return ""
    if len(blocks) > 1:
        return None
    first = blocks[0]
    if first.type == "paragraph":
        lines = [first.children[0]]
    elif first.type in LIST_TYPES:
        lines = [item.line for item in first.children]
    else:
        return None
    said = []
    for line in lines:
        text = line.content.strip() if line is not None else ""
        if not text or "\n" in text or "](" in text or text.endswith(":"):
            return None  # a label over points of its own (`Two approaches:`) says no point
        said.append(text.rstrip(" ;,"))  # as written: `<user, item>` is no tag
    if len(said) > 1:  # `쓴다.; 나눈 …`: the points are joined, not sentences
        said = [point.rstrip(".") for point in said]
    if first.type in LIST_TYPES and (names := _names_of_mixed_levels(first.children, said)):
        return (", " if not any("," in name for name in names) else "; ").join(names)
    return "; ".join(said) if all(said) else None


_MAX_KEY_WORDS = 6


def _names_of_mixed_levels(points: list[Node], said: list[str]) -> list[str] | None:
    """The names of points of two levels, when some are named with their claim (`전원 이상
    인터럽트: 정전 등`) and others are names over points of their own (`- 입출력 인터럽트` over
    its cases): joined as written they read `외부 인터럽트: 전원 이상 인터럽트: 정전 등; 입출력
    인터럽트`, a name's claim beside names whose claims are left out. Each is named alone
    (`전원 이상 인터럽트, …, 입출력 인터럽트`), its points on the part's own card. None when
    the points are all of one level, or one of them is a claim with no name."""
    if not any(point.below for point in points):
        return None  # the common case, one level: read no further
    names, keyed = [], False
    for point, text in zip(points, said, strict=True):
        key, colon, _ = text.partition(": ")
        if point.below and not colon:
            names.append(text)
        elif colon and not point.below and 0 < len(key.split()) <= _MAX_KEY_WORDS:
            names.append(key.rstrip())
            keyed = True
        else:
            return None
    return names if keyed else None


def first_point(blocks: list[Node]) -> str | None:
    """The first thing said under a label, in one line (`- Write-through` over `- 캐시와 DB에
    함께 쓴다`, then its costs): mostly what the part is, its later points what follows
    from it. None when that is no line of its own: a label over points of its own, a line
    leading on (`…:`), a link, a bold name alone."""
    if not blocks or blocks[0].type not in LIST_TYPES:
        return points_line(blocks[:1]) or None
    point = blocks[0].children[0]
    text = point.line.content.strip() if point.line is not None else ""
    if point.below or not text or "\n" in text or "](" in text or text.endswith(":"):
        return None
    if text.startswith(("**", "__")) and text.endswith(("**", "__")):
        return None  # `**Call from above**`: a name, no point
    return text.rstrip(" ;,")


def part_line(label: Node, blocks: list[Block]) -> str | None:
    """What a labelled part says in one line (`points_line`); a bold lead-in's own
    paragraph (`**Constants.** For a constant …`) says its text after the name."""
    if blocks and blocks[0][0] is label:
        text = blocks[0][1].strip()
        return None if len(blocks) > 1 or "\n" in text or "](" in text else text
    return points_line([node for node, _ in blocks])
