"""The Markdown most cards are written in, turned into HTML, or into markdown-it's inline
tokens, without markdown-it's rules.

Most fronts and backs are a line of text with some **bold** or `code`, or a tight bullet
list of such lines. markdown-it takes as long to render one of them again as it took to
parse the note they came from, so `render_markdown` asks this module first: it recognises
only that small, unambiguous part of Markdown and writes exactly the HTML markdown-it
writes for it, or answers None, and markdown-it renders the text as always. A test holds
the two to the same bytes on every card of the sample notes and on generated text.
`inline_tokens` cuts the same simple text into the tokens markdown-it's inline parser
makes of it, for the note parse (parse.py); a test holds those to markdown-it's too.

What is recognised, and why no more:
- a line: text with no character that could begin other Markdown, HTML, an entity or
  math; `**bold**` of such text, where markdown-it's own flanking rules say it opens and
  closes; `` `code` `` with single backticks; `![alt](address)` with a plain address;
  `[text](address)` likewise (rendered only to a web address; `render_markdown` has
  rewritten links into the page by then, code spans and all, as for markdown-it);
- a paragraph: such lines, none starting the way a block starts (`#`, `>`, `-`, `1.`, …),
  spaces at their ends dropped (two or more before a line break make a `<br>`);
- a bullet list: one item per line, no blank line (tight), each `- `/`* `/`+ ` and one
  space, spaces at its end dropped, nested by starting a line two to five spaces right of
  its parent's marker;
- a numbered list of the same kind, of one level, each item `1.` (or `1)`) and one space;
- blocks apart by blank lines, two lists never next to each other (they would merge).
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from flashgen.fast_blocks import ITEM, is_item_text, is_paragraph_text, list_items
from flashgen.flavours.pages import PAGE_FILE
from flashgen.patterns import lazy
from flashgen.statement_lines import kept_breaks

_SPECIAL = r"\\`*_\[\]<&$~|\t\r\x00\n"
"""Characters that may begin Markdown, HTML, an entity or math, or end a line."""
_PLAIN = lazy(rf"[^{_SPECIAL}!=]+")
_TEXT = lazy(rf"[^{_SPECIAL}!=]+|!(?!\[)|=(?!=)")
"""What is only text to markdown-it's inline rules (`!` too, when no `[` follows; `=` when
no `=` follows, which could make a highlight)."""
_STRONG_INNER = lazy(rf"[^{_SPECIAL}]+")
_IMAGE = lazy(r"!\[([^\\`*_\[\]<&\n]*)\]\(((?:https?://)?[A-Za-z0-9/?@=+$,\-_.!~*'#;]+)\)")
"""`![alt](url)` with a plain alt text and a web address or path markdown-it keeps as written
(no `%`, `&`, parentheses, or scheme other than http(s), which it would encode or refuse)."""
_NOT_IN_ADDRESS = r"""\s()<>\\&"'`\x00-\x1f\x7f"""
_LINK = lazy(
    r"\[([^\\`*_\[\]<&$~|!\n]+)\]"  # plain text, then
    rf"\((https?://[^{_NOT_IN_ADDRESS}]+|[^{_NOT_IN_ADDRESS}:]+)\)"  # a web address or no scheme
)
"""`[text](address)` with plain text, and a web address or a path or `#anchor` with no
scheme (markdown-it refuses some schemes), nothing it would unescape, and no control
character (which ends an address): a table of contents is a list of them."""


def render_simple(markdown: str, line_breaks: bool = False) -> str | None:
    """The HTML markdown-it gives for `markdown` (one paragraph without its `<p>`), or None
    when the text is not of the simple kind this module knows. `line_breaks`: as
    markdown-it's `breaks` option, a line break in a paragraph is a `<br>`."""
    if not markdown:
        return ""
    blocks = markdown.split("\n\n")
    html: list[str] = []
    previous_was_list = False
    for block in blocks:
        if not block:
            return None  # more than one blank line, or a blank line at an end
        lines = block.split("\n")
        numbered = lines[0][:1].isdigit() and _NUMBERED_ITEM.match(lines[0])
        if numbered or ITEM.match(lines[0]):
            if previous_was_list:
                return None
            if block[-1] == " " or " \n" in block:
                lines = [line.rstrip(" ") for line in lines]  # an item's paragraph drops them
            rendered = _numbered_list(lines) if numbered else _bullet_list(lines)
            previous_was_list = True
        else:
            rendered = _paragraph(lines, line_breaks)
            previous_was_list = False
        if rendered is None:
            return None
        html.append(rendered)
    if len(html) == 1 and html[0].startswith("<p>"):
        return html[0][3:-5]
    return "".join(html).strip()


def _paragraph(lines: list[str], line_breaks: bool) -> str | None:
    """A paragraph's lines. Spaces at the end of a line are dropped, as markdown-it drops
    them: two or more before a line break make it a hard one (`<br>`). Without
    `line_breaks`, a break its writer meant to show is one too (statement_lines.py)."""
    html = ["<p>"]
    last = len(lines) - 1
    shown = [True] * last if line_breaks else kept_breaks(lines)
    for number, line in enumerate(lines):
        kept = line.rstrip(" ") if line[-1:] == " " else line
        if not kept or not is_paragraph_text(kept) or kept[-1].isspace():
            return None
        text = _inline(kept)
        if text is None:
            return None
        html.append(text)
        if number < last:
            hard = len(line) - len(kept) >= 2 or shown[number]
            html.append(_HARD_BREAK if hard else "\n")
    html.append("</p>\n")
    return "".join(html)


_HARD_BREAK = "<br>\n"
"""markdown-it's hard break, as the card renderer writes it (not XHTML's `<br />`)."""


def _bullet_list(lines: list[str]) -> str | None:
    """A tight bullet list, nested by indentation (fast_blocks.py says which lines are its
    items); None when a line is not one of them."""
    items = list_items(lines)
    if len(items) != len(lines):
        return None
    html: list[str] = []
    open_indents: list[int] = []  # of each list still open, innermost last
    for indent, _, text in items:
        content = _inline(text)
        if content is None:
            return None
        if not open_indents:
            html.append("<ul>\n")
        elif indent > open_indents[-1]:
            html.append("\n<ul>\n")
        else:
            while open_indents[-1] > indent:
                open_indents.pop()
                html.append("</li>\n</ul>\n")
            open_indents.pop()
            html.append("</li>\n")
        open_indents.append(indent)
        html.append(f"<li>{content}")
    html.append("</li>\n</ul>\n" * len(open_indents))
    return "".join(html)


_NUMBERED_ITEM = lazy(r"(\d{1,9})([.)]) (?=\S)([^\t\r]*)")
"""A numbered item on one line, not indented: its number, `.` or `)`, one space, its text."""


def _numbered_list(lines: list[str]) -> str | None:
    """A tight numbered list of one level, every item marked alike (`1.` or `1)`); its
    first number starts it. None when a line is not such an item."""
    items: list[str] = []
    numbers: list[int] = []
    delimiter = ""
    for line in lines:
        item = _NUMBERED_ITEM.fullmatch(line)
        if item is None or (delimiter and item[2] != delimiter):
            return None
        content = _inline(item[3]) if is_item_text(item[3]) else None
        if content is None:
            return None
        delimiter = item[2]
        numbers.append(int(item[1]))
        items.append(content)
    start = numbers[0]
    html = ["<ol>\n" if start == 1 else f'<ol start="{start}">\n']
    for content, value in zip(items, written_values(numbers), strict=True):
        html.append(
            f"<li>{content}</li>\n" if value is None else f'<li value="{value}">{content}</li>\n'
        )
    html.append("</ol>\n")
    return "".join(html)


def written_values(numbers: list[int]) -> list[int | None]:
    """The number each item of a numbered list shows instead of the count from its first,
    as written where the writer's numbers jump ahead (`1.`, `2.`, `4.` → None, None, 4):
    step 3 is on a card of its own, or the answers are to questions 1, 2 and 4, and an
    answer counted 1 to 3 would name the wrong one. A number going back (`1.` after `3.`,
    `3.` twice) is a slip the writer's own viewer counts over, as the card does; so is a
    list numbered lazily, every item alike (`1.`, `1.`, `1.`): None each."""
    values: list[int | None] = [None] * len(numbers)
    if len(numbers) < 2:
        return values  # no list, or one item: nothing to count over
    shown = numbers[0]
    for index in range(1, len(numbers)):
        shown += 1
        if numbers[index] > shown:
            values[index] = shown = numbers[index]
    return values


Piece = tuple[str, str, str]
"""One run of a line: ("text", text, ""), ("strong", text, ""), ("code", code, ""),
("image", alt, address) or ("link", text, address)."""


def inline_pieces(line: str) -> list[Piece] | None:
    """A line cut into text, bold, code, images and links as markdown-it's inline rules would cut
    it; None when it holds anything else, or anything those rules might read otherwise."""
    if _PLAIN.fullmatch(line):
        return [("text", line, "")]  # most lines: nothing but text
    if "\x00" in line or "\r" in line:
        return None  # markdown-it reads NUL as U+FFFD and CR as a line end, in code too
    pieces: list[Piece] = []
    position = 0
    length = len(line)
    while position < length:
        char = line[position]
        if char == "`":
            end = line.find("`", position + 1)
            if end < 0 or end == position + 1 or line[end + 1 : end + 2] == "`":
                return None
            code = line[position + 1 : end]
            if code[0] == " " and code[-1] == " " and code.strip(" "):
                code = code[1:-1]
            pieces.append(("code", code, ""))
            position = end + 1
        elif char == "[" and (link := _LINK.match(line, position)):
            pieces.append(("link", link[1], link[2]))
            position = link.end()
        elif char == "!" and (image := _IMAGE.match(line, position)):
            if PAGE_FILE.search(image[2]):
                return None  # a page where a picture goes: render.py shows its words
            pieces.append(("image", image[1], image[2]))
            position = image.end()
        elif line.startswith("**", position):
            end = line.find("**", position + 2)
            inner = line[position + 2 : end] if end > 0 else ""
            if (
                not inner
                or not _STRONG_INNER.fullmatch(inner)
                or line[end + 2 : end + 3] == "*"
                or not _can_open(line[position - 1] if position else " ", inner[0])
                or not _can_close(inner[-1], line[end + 2] if end + 2 < length else " ")
            ):
                return None
            pieces.append(("strong", inner, ""))
            position = end + 2
        else:
            text = _TEXT.match(line, position)
            if text is None:
                return None
            if pieces and pieces[-1][0] == "text":  # a lone `!` between two runs
                pieces[-1] = ("text", pieces[-1][1] + text[0], "")
            else:
                pieces.append(("text", text[0], ""))
            position = text.end()
    return pieces


def _inline(line: str) -> str | None:
    """One line's HTML, as markdown-it's renderer writes it."""
    if _PLAIN.fullmatch(line):
        return _escape(line)  # most lines: one piece of text (`inline_pieces`), only escaped
    pieces = inline_pieces(line)
    if pieces is None:
        return None
    html = []  # a loop, not generators: asked of every line of every card
    for kind, text, address in pieces:
        if kind == "link" and not _is_web_link(text, address):
            return None
        html.append(_HTML_OF[kind](text, address))
    return "".join(html)


def _is_web_link(text: str, address: str) -> bool:
    """A link the card renderer writes as markdown-it's link rule reads it: to a web
    address (one with no scheme leads to another page, and shows its words, pages.py),
    its words only text (the renderer's own inline rules, `==mark==` and the like, read
    more in them)."""
    return address.startswith(("https://", "http://")) and _PLAIN.fullmatch(text) is not None


_HTML_OF = {
    "text": lambda text, _: _escape(text),
    "strong": lambda text, _: f"<strong>{_escape(text)}</strong>",
    "code": lambda code, _: f"<code>{_escape(code)}</code>",
    "image": lambda alt, address: f'<img src="{address}" alt="{_escape(alt)}">',
    "link": lambda text, address: f'<a href="{_escape(_href(address))}">{_escape(text)}</a>',
}


def _can_open(before: str, after: str) -> bool:
    """CommonMark's left-flanking rule for a `**` between these two characters."""
    return not (
        _is_space(after) or (_is_punct(after) and not (_is_space(before) or _is_punct(before)))
    )


def _can_close(before: str, after: str) -> bool:
    """CommonMark's right-flanking rule for a `**` between these two characters."""
    return not (
        _is_space(before) or (_is_punct(before) and not (_is_space(after) or _is_punct(after)))
    )


def _is_space(char: str) -> bool:
    return isWhiteSpace(ord(char))


def _is_punct(char: str) -> bool:
    return isMdAsciiPunct(ord(char)) or isPunctChar(char)


def _escape(text: str) -> str:
    # Each mark replaced only where the text holds it (most text, none): `in` is no call.
    if "&" in text:
        text = text.replace("&", "&amp;")  # first: the others' entities hold one
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


def inline_tokens(content: str) -> list[Token] | None:
    """The tokens markdown-it's inline parser makes of an inline block's `content`, or None
    when the content is not made of the simple runs `inline_pieces` knows, line by line."""
    tokens: list[Token] = []
    for number, line in enumerate(content.split("\n") if content else ()):
        if not line or line[0].isspace() or line[-1].isspace():
            return None  # the newline rule would trim it, or make a hard break
        pieces = inline_pieces(line)
        if pieces is None:
            return None
        if number:
            tokens.append(Token("softbreak", "br", 0))
        for kind, text, address in pieces:
            for token in _TOKENS_OF[kind](text, address):
                if token.type == "text" and tokens and tokens[-1].type == "text":
                    tokens[-1].content += token.content  # as markdown-it's fragments_join
                else:
                    tokens.append(token)
    return tokens


_TOKENS_OF = {
    "text": lambda text, _: [Token("text", "", 0, content=text)],
    # Each `**` leaves an empty text token beside its tag, as markdown-it's emphasis rule
    # does; it joins the text next to it, if there is any.
    "strong": lambda text, _: [
        Token("text", "", 0),
        Token("strong_open", "strong", 1, markup="**"),
        Token("text", "", 0, content=text, level=1),
        Token("strong_close", "strong", -1, markup="**"),
        Token("text", "", 0),
    ],
    "code": lambda code, _: [Token("code_inline", "code", 0, content=code, markup="`")],
    "link": lambda text, address: [
        Token("link_open", "a", 1, attrs={"href": _href(address)}),
        Token("text", "", 0, content=text, level=1),
        Token("link_close", "a", -1),
    ],
    "image": lambda alt, address: [
        Token(
            "image",
            "img",
            0,
            attrs={"src": address, "alt": ""},
            children=[Token("text", "", 0, content=alt)] if alt else None,
            content=alt,
        )
    ],
}


@lru_cache(maxsize=4096)
def _href(address: str) -> str:
    """markdown-it's href for a link's address. Working it out takes longer than reading
    the rest of a line, and a table of contents names the same headings note after note."""
    return normalizeLink(address)


MOST_MARKS = 3_000
"""Marks (`[`, `*`, `_`, …) markdown-it reads in one paragraph, heading or cell. Each `[`
sends it looking for its `]` as far as the text goes, so a paragraph of nothing but
unclosed marks takes time growing with the square of its length (a 5 MB line of `*_[`:
84 s and 2.2 GB). Real writing has a few dozen; past this many, the text is plain."""
_MARKS = "[]*_<`"


def marks_in(text: str) -> int:
    return sum(map(text.count, _MARKS))


def has_too_many_marks(text: str) -> bool:
    return len(text) > MOST_MARKS and marks_in(text) > MOST_MARKS


def parse_inline_with_shortcut(state: StateCore) -> None:
    """markdown-it's `inline` core rule, taking the shortcut for simple inline content,
    and reading text of too many marks as plain text (see MOST_MARKS)."""
    for token in state.tokens:
        if token.type == "inline":
            token.children = inline_children(token.content, state.md, state.env)


def inline_children(content: str, md: MarkdownIt, env: dict) -> list[Token]:
    """The tokens markdown-it's `inline` core rule makes of one inline block's content (by
    the shortcut when it can), before its `text_join` rule."""
    children = inline_tokens(content)
    if children is None and has_too_many_marks(content):
        children = [Token("text", "", 0, content=content)]
    elif children is None:
        children = []
        md.inline.parse(content, md, env, children)
    return children
