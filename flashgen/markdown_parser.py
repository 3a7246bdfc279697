"""The Markdown parser notes are read with: CommonMark with tables, formulas and boxes."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt

from flashgen.fast_blocks import simple_blocks
from flashgen.fast_render import parse_inline_with_shortcut
from flashgen.flavours.boxes import box_blocks_plugin
from flashgen.flavours.math import math_blocks_plugin


@cache
def markdown_parser() -> MarkdownIt:
    """CommonMark plus tables, raw HTML kept as tokens (the renderer sanitises it).

    Headings, paragraphs, lists and inline text of the simple kind most notes are written
    in are read by shortcuts of our own (fast_blocks.py, fast_render.py) into the tokens
    markdown-it would make of them: they are most of what a note is, and most of the time
    its parse takes."""
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    md.block.ruler.before("table", "simple_blocks", simple_blocks)
    md.use(math_blocks_plugin)  # before every other rule: a formula's lines are not Markdown
    md.use(box_blocks_plugin)  # an admonition is one block, as a quote is
    md.core.ruler.at("inline", parse_inline_with_shortcut)
    return md
