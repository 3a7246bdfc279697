"""A formula written over several lines (`$$` … `$$`, `\\[` … `\\]`) is one block.

CommonMark knows nothing of math, so inside such a formula a line `=` would underline the
line above into a heading, a line `- x` would start a list and a line with `|` a table.
Obsidian, MkDocs and Typora read the lines between the delimiters as TeX and nothing else:
this block rule, first in the chain, does the same, for the parse that cuts a note into
sections and for the render of a card's sides alike.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

_CLOSERS = {"$$": "$$", "\\[": "\\]"}


def math_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """`$$` or `\\[` opening a line and closed on a later line: a `math_block` token of
    what stands between. A formula opened and closed on one line is left to the inline
    rules; one never closed is no formula."""
    if state.sCount[start] - state.blkIndent >= 4:
        return False  # indented code
    first = _line(state, start)
    opener = first[:2]
    if opener not in _CLOSERS:
        return False
    closer = _CLOSERS[opener]
    if closer in first[2:]:
        return False  # opened and closed on one line
    for line in range(start + 1, end):
        text = _line(state, line)
        if text and state.sCount[line] < state.blkIndent:
            return False  # out of the list item or quote it was opened in
        at = text.rfind(closer)
        if at >= 0 and not text[at + 2 :].strip():
            break
    else:
        return False
    if silent:
        return True
    body = [first[2:], *(_line(state, n) for n in range(start + 1, line)), text[:at]]
    token = state.push("math_block", "math", 0)
    token.block = True
    token.content = "\n".join(part for part in body if part.strip())
    token.markup = opener
    token.map = [start, line + 1]
    state.line = line + 1
    return True


def _line(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].rstrip()


def math_blocks_plugin(md: MarkdownIt) -> None:
    """The rule, ahead of every other block rule, and able to end a paragraph."""
    first = md.block.ruler.get_all_rules()[0]
    md.block.ruler.before(
        first,
        "math_lines",
        math_block,
        {"alt": ["paragraph", "reference", "blockquote", "list", "footnote_def"]},
    )
