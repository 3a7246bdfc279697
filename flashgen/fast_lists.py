"""A block rule for the lists most notes are made of, read without markdown-it's list rule.

Study notes are mostly bullet lists: one line an item, nested by indentation, no blank line
between items. markdown-it reads each item by running its whole chain of block rules on the
item's content, item after item, and that is most of the time it takes to parse a note.
`simple_list` stands before markdown-it's `list` rule and takes only a list it can be
sure of, writing the very tokens markdown-it's rule would write; on anything else it
declines and markdown-it reads the list as always. A test holds the two to the same tokens
on generated notes and on every note of the samples and corpora.

What it takes: at the top level of a note, a bullet list whose every line is an item
(`- `, `* ` or `+ `, one space, a line of text that cannot open another block), each
nested two to five spaces right of its parent's marker or level with an item above, all
items of one list with the same marker; ended by the end of the note, by a heading on the
next line, or by a blank line after which comes neither another item nor indented text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it.rules_block import StateBlock

ITEM = re.compile(r"( *)([-*+]) (?=\S)([^\t\r]*)")
"""A bullet item on one line: its indent, its marker and one space, its text."""
OPENS_A_BLOCK = re.compile(r"\s|[#>=_|~<]|[-+*](?:\s|$)|[-*]{3}|```|\d+[.)]|\[[^\]]*\]:")
"""Text that could be read as a block of its own, or as more of one (a heading, a quote, a
list, a fence, HTML, a thematic break, a reference definition): left to markdown-it."""
_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")


def simple_list(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if silent or state.level or state.blkIndent:
        return False  # only at the top level, outside quotes and lists
    lines = _Lines(state, start, end)
    items = list_items(lines)
    if not items:
        return False
    after = _end_of_list(lines, len(items), items[0][1])
    if after is None:
        return False
    _push_list(state, items, start, start + after)
    state.line = start + after
    return True


class _Lines(Sequence[str]):
    """The note's lines from `start`, each cut from the source only when it is read: a
    list is a few lines of a long note."""

    def __init__(self, state: StateBlock, start: int, end: int) -> None:
        self.state, self.start, self.end = state, start, end

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, index):  # type: ignore[override]
        if not 0 <= index < self.end - self.start:
            raise IndexError(index)
        line = self.start + index
        return self.state.src[self.state.bMarks[line] : self.state.eMarks[line]]


Item = tuple[int, str, str]
"""An item's indent, marker and text."""


def list_items(lines: Sequence[str]) -> list[Item]:
    """The items of the tight bullet list the lines begin with, up to the first line that is
    not an item; [] when an item there stands out of place (an indent that is neither a
    level above nor two to five spaces right of its parent, another marker in a list) or
    its text could open a block."""
    items: list[Item] = []
    open_levels: list[tuple[int, str]] = []
    for line in lines:
        match = ITEM.fullmatch(line)
        if match is None:
            break
        indent, marker, text = len(match[1]), match[2], match[3]
        if OPENS_A_BLOCK.match(text) or text[-1].isspace():
            return []
        if not open_levels:
            if indent:
                return []
        elif indent > open_levels[-1][0]:
            if not open_levels[-1][0] + 2 <= indent <= open_levels[-1][0] + 5:
                return []
        else:
            while open_levels[-1][0] > indent:
                open_levels.pop()
                if not open_levels:
                    return []
            if open_levels[-1] != (indent, marker):
                return []
            open_levels.pop()
        open_levels.append((indent, marker))
        items.append((indent, marker, text))
    return items


def _end_of_list(lines: Sequence[str], count: int, marker: str) -> int | None:
    """Where markdown-it ends the list whose items are the first `count` lines (the first
    line not blank after them); None when it might go on, or end otherwise."""
    if count == len(lines):
        return count
    if lines[count].strip():
        return count if _HEADING.match(lines[count]) else None
    after = count
    while after < len(lines) and not lines[after].strip():
        after += 1
    if after == len(lines):
        return after
    following = lines[after]
    if following[0] == " " or (following[0] == marker and following[1:2] in ("", " ", "\t")):
        return None  # more of the last item, or another item: a loose list
    return after


def _push_list(state: StateBlock, items: list[Item], start: int, end: int) -> None:
    """The tokens markdown-it's list rule writes for these items, on lines from `start`;
    every list and item still open at the last ends where the list ends, at `end`."""
    open_lists: list[_OpenList] = []
    for offset, (indent, marker, text) in enumerate(items):
        line = start + offset
        while open_lists and open_lists[-1].indent > indent:
            open_lists.pop().close(state, line)
        if open_lists and open_lists[-1].indent == indent:
            open_lists[-1].close_item(state, line)
        else:
            open_lists.append(_OpenList(state, indent, marker, line))
        open_lists[-1].open_item(state, text, line)
    while open_lists:
        open_lists.pop().close(state, end)


class _OpenList:
    """A list being written: its bullet_list_open token, and the item open in it."""

    def __init__(self, state: StateBlock, indent: int, marker: str, line: int) -> None:
        self.indent, self.marker = indent, marker
        self.token = state.push("bullet_list_open", "ul", 1)
        self.token.map, self.token.markup = [line, 0], marker
        self.item: list[int] = []

    def open_item(self, state: StateBlock, text: str, line: int) -> None:
        token = state.push("list_item_open", "li", 1)
        token.map, token.markup = [line, 0], self.marker
        self.item = token.map
        token = state.push("paragraph_open", "p", 1)  # hidden: the list is tight
        token.map, token.hidden = [line, line + 1], True
        token = state.push("inline", "", 0)
        token.content, token.map, token.children = text, [line, line + 1], []
        state.push("paragraph_close", "p", -1).hidden = True

    def close_item(self, state: StateBlock, line: int) -> None:
        self.item[1] = line
        state.push("list_item_close", "li", -1).markup = self.marker

    def close(self, state: StateBlock, line: int) -> None:
        self.close_item(state, line)
        self.token.map[1] = line
        state.push("bullet_list_close", "ul", -1).markup = self.marker
