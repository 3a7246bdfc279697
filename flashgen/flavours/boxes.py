"""Callouts and admonitions: boxes with a title, as Obsidian, GitHub, Docusaurus and MkDocs
draw them.

- Obsidian's and GitHub's `> [!note] Title` (`> [!tip]-` folded, `> [!NOTE]` with no title)
- Docusaurus' `:::note Title` … `:::` (and `:::note[Title]`)
- MkDocs' `!!! note "Title"` and `??? note` over an indented body
- the Admonition plugin's code blocks, `` ```ad-note `` over `title: Title` and the body

In the parse they are blocks like a quote (one block each, so no line of them is a card of
its own, and a heading's answer shows the whole box); on a card each is a `<div
class="callout callout-TYPE">` under a title (the type's name when none is written), its
colour set by the type (style.py). A folded callout is shown open: on a card's back the
answer is there to be read. A callout that asks (`[!question]`, `[!faq]`) over its answer is
a card, as is any box whose title asks (`callout_question`, reading boxes by `box_parts`).
"""

from __future__ import annotations

import re
import textwrap

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.container import container_plugin

from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import FENCE

_CALLOUT = lazy(r"^\[!(?P<type>[A-Za-z][\w-]*)(?:\|[^\]\n]*)?\][+-]?[ \t]*(?P<title>[^\n]*)")
"""`[!tip] Title`, `[!faq]-` folded, `[!note|wide]` with a theme's metadata."""
_CONTAINER = lazy(r"^\s*(?P<type>[A-Za-z][\w-]*)(?:\[(?P<bracketed>[^\]]*)\])?\s*(?P<title>.*)$")

TYPES = {
    "note": "note", "info": "note", "todo": "note", "seealso": "note", "secondary": "note",
    "abstract": "abstract", "summary": "abstract", "tldr": "abstract",
    "tip": "tip", "hint": "tip", "important": "tip",
    "success": "success", "check": "success", "done": "success",
    "question": "question", "help": "question", "faq": "question",
    "warning": "warning", "caution": "warning", "attention": "warning",
    "failure": "danger", "fail": "danger", "missing": "danger", "danger": "danger",
    "error": "danger", "bug": "danger",
    "example": "example",
    "quote": "quote", "cite": "quote",
}  # fmt: skip
"""Each type Obsidian, GitHub, Docusaurus or MkDocs knows → the colour it is drawn in."""
QUESTION_TYPES = frozenset({"question", "help", "faq"})


def colour_of(kind: str) -> str:
    return TYPES.get(kind.lower(), "note")  # an unknown type is a note, as in Obsidian


def box_blocks_plugin(md: MarkdownIt) -> None:
    """Admonitions as blocks: `:::type` … `:::` and `!!! type` over indented lines."""
    container_plugin(md, "box", validate=lambda params, *_: bool(_CONTAINER.match(params)))
    admon_plugin(md)
    md.core.ruler.after("block", "box_lines", _with_closing_line)


def _with_closing_line(state: StateCore) -> None:
    """The container plugin's block ends before its closing `:::` line: a card quoting the
    box from the note's lines would lose it, and the next box would open inside this one."""
    boxes = [token for token in state.tokens if token.type == "container_box_open" and token.map]
    lines = state.src.split("\n") if boxes else []
    for token in boxes:
        if token.map:
            end = token.map[1]
            if end < len(lines) and lines[end].strip().startswith(":::"):
                token.map = [token.map[0], end + 1]


def boxes_plugin(md: MarkdownIt) -> None:
    """Admonitions and callouts drawn as titled boxes."""
    box_blocks_plugin(md)
    md.core.ruler.after("block", "boxes", _as_boxes)
    for name in ("container_box_open", "container_box_close", "admonition_open"):
        md.add_render_rule(name, _render_token)
    for name in ("admonition_close", "admonition_title_open", "admonition_title_close"):
        md.add_render_rule(name, _render_token)


def _render_token(self, tokens, idx, options, env) -> str:
    return self.renderToken(tokens, idx, options, env)


def _as_boxes(state: StateCore) -> None:
    tokens = state.tokens
    if not any(
        token.type in ("blockquote_open", "container_box_open", "admonition_open")
        for token in tokens
    ):
        return
    result: list[Token] = []
    for index, token in enumerate(tokens):
        if token.type == "container_box_open":
            match = _CONTAINER.match(token.info)
            kind = match["type"] if match else "note"
            title = (match["bracketed"] or match["title"]).strip() if match else ""
            _make_box(token, kind)
            result += [token, *_title_tokens(title or kind.title(), token.level + 1)]
            continue
        if token.type == "admonition_open":
            _make_box(token, str(token.meta.get("tag", "note")))
            if not token.content:  # `!!! note ""`: no title; give the type's
                result += [token, *_title_tokens(str(token.meta.get("tag", "")).title(), 1)]
                continue
        elif token.type == "admonition_title_open":
            token.tag, token.attrs = "div", {"class": "callout-title"}
        elif token.type == "admonition_title_close":
            token.tag, token.attrs = "div", {}
        elif token.type == "blockquote_open" and (callout := _callout_at(tokens, index)):
            kind, title, rest = callout
            _make_box(token, kind)
            _closing(tokens, index).tag = "div"
            result += [token, *_title_tokens(title or kind.title(), token.level + 1)]
            tokens[index + 2].content = rest
            if not rest.strip():
                tokens[index + 1].hidden = tokens[index + 3].hidden = True
                tokens[index + 2].type = "text"
            continue
        elif token.type in ("container_box_close", "admonition_close"):
            token.tag = "div"
        result.append(token)
    state.tokens = [token for token in result if token.type != "text" or not token.block]


def _callout_at(tokens: list[Token], index: int) -> tuple[str, str, str] | None:
    """`> [!type] Title` opening a quote: its type, title and the rest of its first paragraph."""
    if index + 2 >= len(tokens) or tokens[index + 1].type != "paragraph_open":
        return None
    match = _CALLOUT.match(tokens[index + 2].content)
    if match is None:
        return None
    rest = tokens[index + 2].content[match.end() :].lstrip("\n")
    return match["type"], match["title"].strip(), rest


def without_callout_mark(line: str) -> str:
    """`[!warning] TCP 순서 번호는 **바이트** 단위` → its title, as the box shows it over its
    body: the line a callout opens on, read as a sentence."""
    match = _CALLOUT.match(line) if line.startswith("[!") else None
    return line if match is None else match["title"]


def _make_box(token: Token, kind: str) -> None:
    token.tag = "div"
    token.attrs = {"class": f"callout callout-{colour_of(kind)}"}


def _title_tokens(title: str, level: int) -> list[Token]:
    opening = Token("paragraph_open", "div", 1, attrs={"class": "callout-title"}, level=level)
    inline = Token("inline", "", 0, content=title, children=[], level=level + 1)
    return [opening, inline, Token("paragraph_close", "div", -1, level=level)]


def _closing(tokens: list[Token], opening: int) -> Token:
    depth = 0
    for token in tokens[opening:]:
        depth += token.nesting
        if depth == 0:
            return token
    return tokens[-1]


def box_title(block: Node) -> str | None:
    """The title of a callout (`> [!quote] 교수님 코멘트`) or an admonition (`!!! note "Prof's
    comment"`) as written, without its quotes; None for any other block. What `box_parts`
    reads of them, without the note's lines."""
    if block.type == "blockquote":
        if not block.children or block.children[0].type != "paragraph":
            return None
        match = _CALLOUT.match(block.children[0].children[0].content)
        return match["title"].strip() if match is not None else None
    if block.type == "admonition":
        return block.content.strip().strip('"')
    return None


def box_parts(block: Node, lines: tuple[str, ...]) -> tuple[str, str, str] | None:
    """A box's type, its title as written (`""` when it has none) and its body's Markdown,
    whichever way it is drawn: `> [!tip] Title` over `> ` lines, `:::tip Title` (or
    `:::tip[Title]`) … `:::`, `!!! tip "Title"` (or `??? tip`) over indented lines; None for
    any other block (a quote that opens on no callout mark)."""
    if not block.map or not block.children:
        return None
    start, end = block.map
    if block.type == "blockquote":
        first = block.children[0]
        if first.type != "paragraph":
            return None
        match = _CALLOUT.match(first.children[0].content)
        if match is None:
            return None
        body = [_QUOTE_MARK.sub("", line) for line in lines[start + 1 : end]]
        return match["type"], match["title"].strip(), "\n".join(body).strip()
    if block.type == "container_box":
        match = _CONTAINER.match(lines[start].strip().lstrip(":"))
        if match is None:
            return None
        body = list(lines[start + 1 : end])
        if body and body[-1].strip().startswith(":::"):
            body.pop()  # the closing `:::`
        title = (match["bracketed"] or match["title"]).strip()
        return match["type"], title, "\n".join(body).strip()
    if block.type == "admonition":
        kind = str(block.attrs.get("class", "")).split()[1:2]
        body = textwrap.dedent("\n".join(lines[start + 1 : end]).expandtabs(4))
        return (kind[0] if kind else "note"), block.content.strip(), body.strip()
    return None


_QUOTE_MARK = lazy(r"^ {0,3}> ?")


_AD_FENCE = lazy(
    r"^ {0,3}(?P<fence>`{3,}|~{3,})[ \t]*ad-(?P<type>[A-Za-z][\w-]*)[ \t]*$", re.MULTILINE
)
_AD_SETTING = lazy(r"^[ \t]*(?P<key>title|collapse|icon|color)[ \t]*:[ \t]*(?P<value>.*)$")


def ad_blocks_as_boxes(text: str) -> str:
    """The Admonition plugin's `` ```ad-tip `` blocks as Docusaurus' boxes, line for line:
    the fence a `:::`-line of the type and the block's `title:`, its settings blank lines.
    The marker is longer by three than the fence, so a block nested in a longer fence stays
    inside its box."""
    if "ad-" not in text or not _AD_FENCE.search(text):
        return text
    lines = text.split("\n")
    number = 0
    while number < len(lines):
        opening = _AD_FENCE.match(lines[number])
        if opening is None:
            number += _code_after(lines, number)
            continue
        fence, start = opening["fence"], number
        title = ""
        number += 1
        while number < len(lines) and (setting := _AD_SETTING.match(lines[number])):
            if setting["key"] == "title":
                title = setting["value"].strip()
            lines[number] = ""
            number += 1
        marker = ":" * (len(fence) + 3)
        lines[start] = f"{marker}{opening['type']} {title}".rstrip()
        end = _closing_fence(lines, number, fence)
        if end is not None:
            lines[end] = marker
    return "\n".join(lines)


def _code_after(lines: list[str], number: int) -> int:
    """How many lines from `number` to step: past a whole code block that opens there."""
    opening = FENCE.match(lines[number])
    if opening is None:
        return 1
    end = _closing_fence(lines, number + 1, opening[1])
    return (end if end is not None else len(lines)) - number + 1


def _closing_fence(lines: list[str], start: int, fence: str) -> int | None:
    for number in range(start, len(lines)):
        closing = FENCE.match(lines[number])
        if (
            closing
            and closing[1][0] == fence[0]
            and len(closing[1]) >= len(fence)
            and not lines[number].strip()[len(closing[1]) :].strip()  # no info string
        ):
            return number
    return None
