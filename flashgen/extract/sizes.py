"""The size of a card's answer as the card shows it: how many lines, and whether a student
recalls it in one go."""

from __future__ import annotations

import re

from flashgen.patterns import lazy
from flashgen.syntax import Node

MAX_ANSWER_LINES = 15
"""A back longer than this is too long to read as one answer, code and all."""
MAX_RECALL_LINES = 8
"""A back of more lines than this is more than a student recalls in one go: when the writer
named its parts, each is asked on its own."""

MAX_WHOLE_LINES = 10
"""A back a little over one go that is still kept whole when the only shorter answer would
be its parts' bare names, which answer nothing of the question."""
_WHOLE_WRAPS = 2
"""Lines of such a back that may wrap past `MAX_WHOLE_LINES` as the card shows them."""

Block = tuple[Node, str]
"""A block of a heading's own answer, with its text there (a list: what is left of it)."""


def _lines(blocks: list[Block]) -> int:
    """The lines of the blocks' text that are not blank."""
    return len([line for _, text in blocks for line in text.splitlines() if line.strip()])


_LINE_COLUMNS = 84
"""Columns of a line of a back before it wraps: the note types' style sets the card 42em
wide (style.py), where a Latin letter takes about half an em and a Korean or Chinese one a
whole em, so two columns."""


_FITS_ANY_WAY = _LINE_COLUMNS * 2 // 5
"""Characters of a line that fit a line of the card whatever they are: UTF-8 takes 4 bytes
at most for one, which counts as two and a half columns."""

_LINK_TARGET = lazy(r"\]\([^()\s]*(\([^()\s]*\)[^()\s]*)*\)")


def recallable(blocks: list[Block]) -> bool:
    """Whether an answer can be recalled in one go: no more than `MAX_RECALL_LINES` lines as
    the card shows them, a long line counted as the lines it wraps into (six bullets of two
    sentences each are no six-line answer)."""
    if not at_most(blocks, MAX_RECALL_LINES):
        return False
    return texts_recallable([text for _, text in blocks])


def texts_recallable(texts: list[str]) -> bool:
    """`recallable`, of texts already counted to be no more lines than it allows."""
    return shown_lines(texts) <= MAX_RECALL_LINES


def shown_lines(texts: list[str]) -> int:
    """The lines the texts take on a card, a long line counted as the lines it wraps into."""
    shown = 0
    for text in texts:
        for line in text.splitlines():
            if line.strip():
                if "](" in line:
                    line = _LINK_TARGET.sub("]", line)  # the card shows a link's words only
                # UTF-8 takes 3 bytes for a Hangul or CJK letter, 1 for ASCII: a cheap width
                # (not needed for a line of ASCII, known at once, nor one short enough to fit
                # however wide its characters).
                columns = len(line)
                if columns > _FITS_ANY_WAY and not line.isascii():
                    columns += (len(line.encode()) - columns) // 2
                shown += 1 + (columns - 1) // _LINE_COLUMNS
    return shown


def at_most(blocks: list[Block], limit: int) -> bool:
    """Whether the blocks' text has no more than `limit` lines that are not blank: counted
    only when its line breaks alone exceed the limit, as few answers' do."""
    breaks = len(blocks)
    for _, text in blocks:
        breaks += text.count("\n")
    return breaks <= limit or _lines(blocks) <= limit


def nearly_recallable(blocks: list[Block]) -> bool:
    """Whether an answer is at most a little over one go (`MAX_WHOLE_LINES` lines, a
    couple more as the card wraps them): short enough to keep whole rather than say only
    its parts' names."""
    return at_most(blocks, MAX_WHOLE_LINES) and (
        shown_lines([text for _, text in blocks]) <= MAX_WHOLE_LINES + _WHOLE_WRAPS
    )


_BARE_NAME = lazy(r"(?:[-*+]|\d+[.)])\s+[^:;]*[^:;.\s]")
ITEM_START = lazy(r"^(?:[-*+]|\d+[.)])\s", re.MULTILINE)
ITEM_MARKER = lazy(r"^\s*(?:[-*+]|\d+[.)])\s+")
"""A list item's marker and the space after it, however indented: what a line of a list
loses to be read as its words."""
"""`- `, `1. `, `2) `: where an item of a list starts, on a line of its own."""


def list_items(text: str) -> list[str]:
    """A list's items as written, each with what stands under it (its quote, its points);
    none when the text does not open on an item."""
    starts = [found.start() for found in ITEM_START.finditer(text)]
    if not starts or starts[0] != 0:
        return []
    ends = [*starts[1:], len(text)]
    return [text[start:end].rstrip() for start, end in zip(starts, ends, strict=True)]


_MAX_NAME_WORDS = 8


def bare_names(short: str, whole: str) -> bool:
    """Whether a shortened list keeps every item of the whole one but says of each only a
    name (`- 로직 회로의 크기`, `- 코드 밀도`), none with its points or definition: a back that
    names what to recall and answers none of it. (A shortened list that leaves out items,
    `- 장점` under `## TCP란?`, answers with the rest.)"""
    lines = [line.strip() for line in short.splitlines() if line.strip()]
    return (
        len(lines) == len(ITEM_START.findall(whole))
        and len(lines) == len(ITEM_START.findall(short))
        and all(
            _BARE_NAME.fullmatch(line) and len(line.split()) <= _MAX_NAME_WORDS + 1  # `-`
            for line in lines
        )
    )
