"""The Markdown parser notes are read with: CommonMark with tables, formulas and boxes."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore, text_join
from markdown_it.token import Token

from flashgen.fast_blocks import simple_blocks
from flashgen.fast_render import inline_children, parse_inline_with_shortcut
from flashgen.flavours.boxes import box_blocks_plugin
from flashgen.flavours.math import math_blocks_plugin


@cache
def markdown_parser() -> MarkdownIt:
    """CommonMark plus tables, raw HTML kept as tokens (the renderer sanitises it).

    Headings, paragraphs, lists and inline text of the simple kind most notes are written
    in are read by shortcuts of our own (fast_blocks.py, fast_render.py) into the tokens
    markdown-it would make of them: they are most of what a note is, and most of the time
    its parse takes.

    The text inside a block is read into tokens only when something asks for them
    (`read_inline`): the rules read most blocks' text as it is written, and a note's
    inline tokens, were they all made at once, would mostly go unread. Its inline tokens
    are left None for that."""
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    md.block.ruler.before("table", "simple_blocks", simple_blocks)
    md.use(math_blocks_plugin)  # before every other rule: a formula's lines are not Markdown
    md.use(box_blocks_plugin)  # an admonition is one block, as a quote is
    md.core.ruler.at("inline", _inline_when_read)
    md.core.ruler.disable("text_join")  # part of reading the text, done then
    return md


def read_inline(content: str) -> list[Token]:
    """The inline tokens of a block's text, as markdown-it's `inline` and `text_join` rules
    make them in a note with no link reference definitions (which one with them gets at
    once)."""
    md = markdown_parser()
    token = Token("inline", "", 0, content=content, children=inline_children(content, md, {}))
    state = StateCore("", md, {})
    state.tokens = [token]
    text_join(state)
    return token.children or []


def _inline_when_read(state: StateCore) -> None:
    """Leaves each inline token's children None, to be read by `read_inline`; but a note
    with link reference definitions (`[1]: https://…`) is read at once, while its
    definitions are at hand."""
    if state.env:
        parse_inline_with_shortcut(state)
        text_join(state)
        return
    for token in state.tokens:
        if token.type == "inline":
            token.children = None
