"""Statements the writer marks true or false, one card each.

Korean exam notes keep the statements an exam made of a topic, each marked as the writer
checked it, true `(O)` or false `(X)`, often with what is right after an arrow:

    ## 기출 O/X

    - 신의성실원칙은 행정법관계에는 적용되지 않는다 (X)
    - 공적 견해표명은 반드시 명시적 언동이어야 한다 (X) → 묵시적도 O
    - 무인가 행위는 원칙적으로 무효이다 (O)

Asked as the heading's card, the front says `기출 O/X` and the back holds a dozen unrelated
statements: nothing to recall in one go. A careful student asks each statement: the
statement on the front, `(O/X)` after it, and the mark with the writer's correction on the
back. A list only some of whose lines are so marked is no such drill, and is read as before.
"""

from __future__ import annotations

import re

from flashgen.extract.place import Place
from flashgen.model import Card, Section
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import HANGUL

_MARKED = lazy(
    r"^(?P<statement>\S.{7,}?)[ \t]*[(\[][ \t]*(?P<mark>O|X|○|×|⭕|❌|T|F|참|거짓)[ \t]*[)\]]"
    r"[ \t]*(?:(?:→|->|=>|:|—|–)[ \t]*(?P<why>\S.*))?$",
    re.DOTALL,
)
"""`신의성실원칙은 … 적용되지 않는다 (X) → …`: a statement, then its mark in brackets, then maybe
what is right."""
_MIN_STATEMENTS = 3
_BESIDE = frozenset({"paragraph", "hr"})
_MARKS = {"○": "O", "⭕": "O", "×": "X", "❌": "X", "T": "O", "F": "X", "참": "O", "거짓": "X"}


def marked_true_or_false(section: Section, place: Place) -> list[Card] | None:
    """A card for each statement of a section's one list, when every item of it is a
    statement marked `(O)` or `(X)`, `(T)` or `(F)` (the module): the statement and `(O/X)`
    (`(true or false?)`) on the front, the mark and what follows it on the back. Paragraphs
    beside the list (`(내가 틀린 것 위주)`) only say how it was made. None for a section of
    any other shape (nearly all)."""
    listed = None
    for block in section.blocks:  # (a loop, not a list made for every section)
        if block.type in LIST_TYPES:
            if listed is not None:
                return None  # two lists
            listed = block
    if listed is None or len(listed.children) < _MIN_STATEMENTS:
        return None  # nearly every section
    items = listed.children
    if _marked(items[0]) is None:
        return None  # most lists, at their first item
    if any(block.type not in _BESIDE for block in section.blocks if block is not listed):
        return None
    found = [_marked(item) for item in items]
    if not all(found):
        return None
    return [
        place.card(statement, answer, item, marked_true_or_false)
        for item, (statement, answer) in zip(items, found, strict=True)
    ]


def _marked(item: Node) -> tuple[str, str] | None:
    """The statement and its back (`**X** → 묵시적도 O`), or None for an item not so marked."""
    if item.line is None or item.below:
        return None
    match = _MARKED.match(item.line.content.strip())
    if match is None:
        return None
    mark = _MARKS.get(match["mark"], match["mark"])
    statement = match["statement"].strip()
    korean = bool(HANGUL.search(statement))
    why = (match["why"] or "").strip()
    asked = f"{statement} (O/X)" if korean else f"{statement} (true or false?)"
    return asked, _SAID[mark, korean] + (f" → {why}" if why else "")


_SAID = {
    ("O", True): "**O** (맞는 지문)",
    ("X", True): "**X** (틀린 지문)",
    ("O", False): "**True**",
    ("X", False): "**False**",
}
"""The mark as the back says it, in the statement's language (`X` alone reads as no answer)."""
