"""A block rule for the blocks most notes are made of, read without markdown-it's rules.

Study notes are mostly headings, short paragraphs and bullet lists: one line an item,
nested by indentation, no blank line between items. markdown-it reads a block by trying
each of its block rules in turn, line after line, and each list item by running that
whole chain again on the item's content: most of the time it takes to parse a note.
`simple_blocks` stands first in the chain and reads, in one go, the run of such blocks
that starts where it is asked, writing the very tokens markdown-it's rules would write.
It stops at the first block it cannot be sure of, which markdown-it reads as always, and
is asked again after it. A test holds the two to the same tokens on generated notes and
on every note of the samples and corpora.

What it takes, at the top level of a note only (not in quotes or lists):
- an ATX heading (`## text`) with no `#` or space at its end;
- a line of HTML that only breaks or rules (`<br>`, `<hr/>`), then a blank line;
- a paragraph of lines that cannot open another block or be read as more of one
  (see OPENS_A_BLOCK; no `|`, which could make a table), then a blank line;
- a bullet list whose every line is an item (`- `, `* ` or `+ `, one space, a line of
  text that cannot open another block, maybe spaces after it), each nested two to five
  spaces right of its parent's marker or level with an item above, all items of one list
  with the same marker; ended by the end of the note, by a heading on the next line, or
  by a blank line after which comes neither another item nor indented text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import fields

from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from flashgen.patterns import lazy

ITEM = lazy(r"( *)([-*+]) (?=\S)([^\t\r]*)")
"""A bullet item on one line: its indent, its marker and one space, its text."""
OPENS_A_BLOCK = lazy(
    r"\s|[#>=_|~<]|[-+*](?:\s|$)|[-*]{3}|```|\d+[.)]|\[[^\]]*\]:|\$\$|\\\[|:::|!!!|\?\?\?"
)
"""Text that could be read as a block of its own, or as more of one (a heading, a quote, a
list, a fence, HTML, a thematic break, a reference or footnote definition, math, `\\[`, an
admonition): left to markdown-it."""
_HEADING = lazy(r"#{1,6}(?:[ \t]|$)")
_SIMPLE_HEADING = lazy(r"(#{1,6}) +([^\s#|](?:[^\t|]*[^\s#|])?)")
"""`## text`: no closing `#`s or trailing space to trim, no `|` that could make a table."""
_BREAK = lazy(r"<(?:br|hr) ?/?>")
_RULE = lazy(r" *([-*_])[ \t]*(?:\1[ \t]*){2,}")
"""A thematic break, which even `- --` or `* * *` is, and not a list item."""
_DASHES = lazy(r"-+[ \t]*")
"""A line of dashes under a paragraph makes it a heading."""


def simple_blocks(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if silent or state.level or state.blkIndent:
        return False
    # Each line read from the source here, not through `_Lines`: its calls a line were as
    # many as the lines of every note.
    src, begins, ends = state.src, state.bMarks, state.eMarks
    line = start
    while line < end:
        if not src[begins[line] : ends[line]].strip(" \t"):
            line += 1  # markdown-it's blank lines: spaces and tabs only
            continue
        taken = _read_block(state, _Lines(state, line, end))
        if not taken:
            break
        line += taken
    if line == start:
        return False
    state.line = line
    return True


def _read_block(state: StateBlock, lines: _Lines) -> int:
    """Pushes the tokens of the block the lines begin with, and says how many lines it
    took (blank lines after a list among them); 0, and nothing pushed, when it is not of
    a kind this module knows."""
    first = lines[0]
    if first[0] == "#":
        heading = _SIMPLE_HEADING.fullmatch(first)
        if heading is None:
            return 0
        markup = heading[1]
        _push_leaf(state, "heading", "h" + str(len(markup)), markup, heading[2], lines.start, 1)
        return 1
    if first[0] == "<":
        if not (_BREAK.fullmatch(first) and (len(lines) == 1 or not lines[1].strip(" \t"))):
            return 0
        content = state.src[state.bMarks[lines.start] : state.eMarks[lines.start] + 1]
        _push(state, "html_block", "", 0, [lines.start, lines.start + 1], content=content)
        return 1
    if ITEM.match(first):
        items = list_items(lines)
        after = _end_of_list(lines, len(items), items[0][1]) if items else None
        if after is None:
            return 0
        _push_list(state, items, lines.start, lines.start + after)
        return after
    count = 0
    while count < len(lines) and lines[count].strip(" \t"):
        if not is_paragraph_text(lines[count]):
            return 0  # or a paragraph ended by a block
        count += 1
    content = "\n".join(lines[index] for index in range(count)).rstrip(" \t")
    if content[-1].isspace():
        return 0  # markdown-it 3 trims any whitespace off a paragraph, 4 CommonMark's only
    _push_leaf(state, "paragraph", "p", "", content, lines.start, count)
    return count


def is_paragraph_text(line: str) -> bool:
    """A line that can only be more of a paragraph: it opens no block, has no `|` that
    could make a table, and is no line of dashes that would make one a heading."""
    # A line of dashes or a rule opens on `-` or `*` here (`_` and spaces open a block).
    return not (
        OPENS_A_BLOCK.match(line)
        or "|" in line
        or (line[:1] in "-*" and (_DASHES.fullmatch(line) or _RULE.fullmatch(line)))
    )


def is_item_text(text: str) -> bool:
    """An item's text (after its marker) that is only the text of one line: it opens no
    block inside the item, and ends in no space."""
    return not (
        OPENS_A_BLOCK.match(text)
        or (text.lstrip(" ")[:1] in "-*_" and _RULE.fullmatch(text))  # what a rule opens on
        or text[-1].isspace()
    )


def _push_leaf(
    state: StateBlock, kind: str, tag: str, markup: str, content: str, line: int, count: int
) -> None:
    """A heading's or a paragraph's three tokens, its text in the inline one."""
    _push_all(
        state,
        (
            (kind + "_open", tag, 1, [line, line + count], markup, "", False, None),
            ("inline", "", 0, [line, line + count], "", content, False, []),
            (kind + "_close", tag, -1, None, markup, "", False, None),
        ),
    )


def _push(
    state: StateBlock,
    kind: str,
    tag: str,
    nesting: int,
    map_: list[int] | None = None,
    markup: str = "",
    content: str = "",
    hidden: bool = False,
    children: list[Token] | None = None,
) -> Token:
    """`state.push(kind, tag, nesting)` with the token's fields given. A note's lists make
    five tokens an item, and markdown-it's Token fills its thirteen fields through their
    defaults, which `push` and its caller then set again: here each is set once (about a
    twentieth of a note's parse)."""
    if not _FIELDS_AS_KNOWN:
        token = state.push(kind, tag, nesting)
        token.map, token.markup, token.content = map_, markup, content
        token.hidden, token.children = hidden, children
        return token
    if nesting < 0:
        state.level -= 1
    token = _new_token(Token)
    token.type, token.tag, token.nesting, token.attrs, token.map = kind, tag, nesting, {}, map_
    token.level, token.children, token.content = state.level, children, content
    token.markup, token.info, token.meta, token.block, token.hidden = markup, "", {}, True, hidden
    if nesting > 0:
        state.level += 1
    state.tokens.append(token)
    return token


TokenFields = tuple[str, str, int, list[int] | None, str, str, bool, list[Token] | None]
"""A token's kind, tag, nesting, map, markup, content, hidden and children: `_push`'s
arguments, in its order."""


def _push_all(state: StateBlock, tokens: tuple[TokenFields, ...]) -> list[Token]:
    """`_push` of each token in turn, in one call: a paragraph pushes three tokens, and each
    item of a note's lists four for its line (a call for each would be most of the time
    taken to write them)."""
    if not _FIELDS_AS_KNOWN:
        return [_push(state, *fields) for fields in tokens]
    pushed = []
    for kind, tag, nesting, map_, markup, content, hidden, children in tokens:
        if nesting < 0:
            state.level -= 1
        token = _new_token(Token)
        token.type, token.tag, token.nesting, token.attrs, token.map = kind, tag, nesting, {}, map_
        token.level, token.children, token.content = state.level, children, content
        token.markup, token.info, token.meta, token.block = markup, "", {}, True
        token.hidden = hidden
        if nesting > 0:
            state.level += 1
        pushed.append(token)
    state.tokens.extend(pushed)
    return pushed


_new_token = object.__new__
_FIELDS_AS_KNOWN = [field.name for field in fields(Token)] == [
    *("type", "tag", "nesting", "attrs", "map", "level", "children", "content", "markup"),
    *("info", "meta", "block", "hidden"),
]
"""Whether markdown-it's Token has the fields `_push` sets, and no other (else it pushes as
markdown-it does)."""


class _Lines(Sequence[str]):
    """The note's lines from `start`, each cut from the source only when it is read: a
    list is a few lines of a long note."""

    def __init__(self, state: StateBlock, start: int, end: int) -> None:
        self.state, self.start, self.end = state, start, end

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[str]:
        # The lines in turn, without `__getitem__`'s checks for each (as `Sequence` reads
        # them): a list's lines are read so, one after another.
        src, begins, ends = self.state.src, self.state.bMarks, self.state.eMarks
        for line in range(self.start, self.end):
            yield src[begins[line] : ends[line]]

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
        if match is None or (match[3][:1] in "-*" and _RULE.fullmatch(line)):
            break  # a rule's next mark is its first's (`- - -`): most items open on a word
        # Spaces a note leaves at an item's end (`- Perceptron `) are trimmed off its
        # paragraph, as markdown-it trims them: one line, so no line break either.
        indent, marker, text = len(match[1]), match[2], match[3].rstrip(" ")
        if not is_item_text(text):
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
    if lines[count].strip(" \t"):
        return count if _HEADING.match(lines[count]) else None
    after = count
    while after < len(lines) and not lines[after].strip(" \t"):
        after += 1
    if after == len(lines):
        return after
    following = lines[after]
    if following[0] in " \t" or (following[0] == marker and following[1:2] in ("", " ", "\t")):
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
        self.token = _push(state, "bullet_list_open", "ul", 1, [line, 0], marker)
        self.item: list[int] = []

    def open_item(self, state: StateBlock, text: str, line: int) -> None:
        item, *_ = _push_all(
            state,
            (
                ("list_item_open", "li", 1, [line, 0], self.marker, "", False, None),
                ("paragraph_open", "p", 1, [line, line + 1], "", "", True, None),  # a tight list
                ("inline", "", 0, [line, line + 1], "", text, False, []),
                ("paragraph_close", "p", -1, None, "", "", True, None),
            ),
        )
        self.item = item.map

    def close_item(self, state: StateBlock, line: int) -> None:
        self.item[1] = line
        _push(state, "list_item_close", "li", -1, markup=self.marker)

    def close(self, state: StateBlock, line: int) -> None:
        self.close_item(state, line)
        self.token.map[1] = line
        _push(state, "bullet_list_close", "ul", -1, markup=self.marker)
