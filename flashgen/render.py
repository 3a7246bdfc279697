"""Card Markdown → the HTML Anki shows.

CommonMark with tables, strikethrough, task lists and footnotes, through markdown-it-py; fenced
code that names its language is highlighted by Pygments (its colours are in the note
type's CSS, flashgen/style.py). Math is handed to Anki's MathJax untouched: `$x$`,
`$$x$$`, `\\(x\\)` and `\\[x\\]` all come out between `\\(` `\\)` or `\\[` `\\]`, the only
delimiters Anki renders. Raw HTML from notes is kept but
sanitised, because Anki runs scripts inside cards.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.state_inline import Delimiter
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from flashgen.fast_blocks import simple_blocks
from flashgen.fast_render import parse_inline_with_shortcut, render_simple, written_values
from flashgen.flavours.boxes import boxes_plugin
from flashgen.flavours.highlight import highlight_plugin
from flashgen.flavours.math import math_blocks_plugin, unclosed_formulas_plugin
from flashgen.flavours.pages import outside_fences, page_links_plugin
from flashgen.flavours.shortcodes import html_with_emoji
from flashgen.flavours.spaced_links import spaced_links_plugin
from flashgen.model import Card, CardKind, RenderedCard, cloze_numbers, made
from flashgen.patterns import lazy
from flashgen.safe_html import inert_tex, sanitised
from flashgen.statement_lines import kept_breaks
from flashgen.style import CODE_FORMATTER
from flashgen.text import (
    ATTRIBUTE_LIST,
    CJK_LETTER,
    CODE_SPAN,
    CODE_TITLE,
    FOOTNOTE_MARKER,
    LINK_TEXT,
    PAGE_ATTRIBUTES,
    is_html_tag,
)

if TYPE_CHECKING:
    from pygments.lexer import Lexer

CONTEXT_SEPARATOR = " › "


def render_card(
    card: Card,
    footnotes: Mapping[str, str] | None = None,
    references: Mapping[str, str] | None = None,
    line_breaks: bool = False,
) -> RenderedCard:
    """A card's fields as HTML; the `footnotes` of its note that it cites go on its back,
    and the `references` it uses (`![ok][r]` under `[r]: img/ok.png`) go with each side.
    `line_breaks`: a line break inside a paragraph is shown, as Obsidian shows it."""
    references = references or {}
    question = card.question + _cited(card.question, references)
    answer = _with_footnotes(card, footnotes or {})
    return made(  # RenderedCard(…), every field given: a card of each question
        RenderedCard,
        card=card,
        question=inert_tex(html_with_emoji(render_markdown(question, line_breaks))),
        answer=inert_tex(
            html_with_emoji(
                _without_asked_titles(
                    render_markdown(answer + _cited(answer, references), line_breaks),
                    card.question,
                )
            )
        ),
        context=context_field(card.context),
        origin=inert_tex(html.escape(origin_of(card), quote=False)),
        media=(),
    )


_TITLE_SHOWN = lazy(r'<div class="code-title">(?P<title>[^<]*)</div>\n')


def _without_asked_titles(answer: str, question: str) -> str:
    """The back without a code title its front already asks by (`스케일링 정책 › desired
    capacity 수동 변경` over code titled `desired capacity 수동 변경`): said again over the
    code, it would only repeat the question."""
    if "code-title" not in answer:
        return answer  # most backs
    return _TITLE_SHOWN.sub(
        lambda found: "" if question.endswith(html.unescape(found["title"])) else found[0], answer
    )


def context_field(context: tuple[str, ...]) -> str:
    """The headings shown above a question, as the context field holds them: a heading's
    math (`### 3. From $x = \\frac{a}{a+b}$`) between the delimiters Anki typesets, as it is
    on the card's sides, not the `$` it was written with."""
    text = html.escape(CONTEXT_SEPARATOR.join(context), quote=False)
    if "$" in text:
        text = _HEADING_MATH.sub(r"\\(\1\\)", text)
    return inert_tex(text)


_HEADING_MATH = lazy(r"(?<![\\$\w])\$(?=\S)([^$\n]*?\S)\$(?![\d$])")
"""`$x_1$` in a heading, as dollarmath reads it: no space inside the dollars, and no digit
after the closing one (`$5 or $10` is money)."""


def shows_something(card: RenderedCard) -> bool:
    """Whether a student would see something on each side the card shows: the extractors
    judge the Markdown, and the sanitiser can still leave a side blank (an image whose
    only source was a `javascript:` address). A cloze's back is optional, but its front
    needs a cloze Anki makes a card of."""
    if card.kind is CardKind.CLOZE:
        return bool(cloze_numbers(card.question))
    return _is_visible(card.question) and _is_visible(card.answer)


_TEXT_OUTSIDE_TAGS = lazy(r"(?:^|>)\s*[^<\s]")
_IMAGE_WITH_SOURCE = lazy(r'<img\b[^>]*\ssrc="[^"]')


def _is_visible(html: str) -> bool:
    return bool(_TEXT_OUTSIDE_TAGS.search(html) or _IMAGE_WITH_SOURCE.search(html))


def origin_of(card: Card) -> str:
    """Where a card came from: its note file and the headings it stands under.

    No line number: it would change, and re-stamp the card, at every edit above it.
    """
    headings = CONTEXT_SEPARATOR.join(card.deck[1:])
    return f"{card.note_name} · {headings}" if headings else card.note_name


_FOOTNOTE_DEFINITION = lazy(
    r"^\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?:[ \t]*\n)*(?: {4}|\t)\S.*)*)$", re.MULTILINE
)
"""`[^1]: Drift = the world changed.` and the lines indented under it (`    Skew is a bug;
drift is weather.`), which the footnote goes on with, as MkDocs and GitHub show it."""
_FOOTNOTE_REFERENCE = lazy(r"\[\^([^\[\]\s]+)\](?!:)")  # no `[` inside: linear time


def footnotes_of(text: str) -> dict[str, str]:
    """A note's `[^label]: text` definitions: a card cites them far from where they stand.
    A line of fenced code is code, whatever it looks like."""
    if "[^" not in text or _FOOTNOTE_DEFINITION.search(text) is None:
        return {}  # most texts define none (`[^` first, at once): no need to find their code
    found = _FOOTNOTE_DEFINITION.findall(outside_fences(text))
    return {label: definition for label, definition in found}


def _with_footnotes(card: Card, footnotes: Mapping[str, str]) -> str:
    """The card's answer, followed by the definitions of the footnotes its sides cite."""
    if not footnotes:
        return card.answer  # most notes define none
    cited = _FOOTNOTE_REFERENCE.findall(card.question + "\n" + card.answer)
    defined = set(footnotes_of(card.answer))
    missing = [
        label for label in dict.fromkeys(cited) if label in footnotes and label not in defined
    ]
    if not missing:
        return card.answer
    return card.answer + "\n\n" + "\n".join(f"[^{label}]: {footnotes[label]}" for label in missing)


_REFERENCE_DEFINITION = lazy(r"^ {0,3}(\[[^\]^\n][^\]\n]{0,998}\]):[ \t]*\S.*$", re.MULTILINE)


def references_of(text: str) -> dict[str, str]:
    """A note's link reference definitions (`[r]: img/ok.png "title"`), by their label as
    a use of it is written (lowercase, spaces as one): a card uses them far from where
    they stand, as it cites footnotes. A line of fenced code is code (`[K in T]: () => T[K];`
    in TypeScript), not a definition to show again under the card."""
    if "]:" not in text or _REFERENCE_DEFINITION.search(text) is None:
        return {}  # most notes define none (`]:` first, at once): no need to find their code
    found = reversed(list(_REFERENCE_DEFINITION.finditer(outside_fences(text))))
    return {_label(match[1]): match[0].strip() for match in found}  # the first one wins


def _label(bracketed: str) -> str:
    return " ".join(bracketed.lower().split())


def _cited(markdown: str, references: Mapping[str, str]) -> str:
    """The definitions of the references `markdown` uses, to render it with; as Markdown
    reads them they show nothing themselves."""
    if not references or "[" not in markdown:
        return ""  # most cards use none
    text = " ".join(markdown.lower().split())
    used = [line for label, line in references.items() if label in text]
    return "\n\n" + "\n".join(used) if used else ""


_IN_PAGE_LINK = lazy(rf"(?<!!)\[(?P<text>{LINK_TEXT})\]\(#[^()\s]*(?:\s+\"[^\"]*\")?\)")


def render_markdown(markdown: str, line_breaks: bool = False) -> str:
    """Markdown → safe HTML. A one-paragraph text loses its `<p>` so a front reads as a line.

    Footnote markers (`<sup>[1)](#ref1)</sup>`) go, and links into the page keep only their
    text (`[응용 계층](#application)`): they point into a page the card is not. With
    `line_breaks`, a line break inside a paragraph (of a list item or quote too) is a `<br>`,
    as in Obsidian's reading view, where CommonMark joins the lines; code and tables are
    as without.
    """
    markdown = as_read(markdown)
    simple = render_simple(markdown, line_breaks)
    if simple is not None:
        return simple
    md = _renderer(line_breaks)
    env: dict = {}
    tokens = md.parse(markdown, env)
    rendered = md.renderer.render(tokens, md.options, env).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    if "<li></li>" in rendered:  # `* ` left empty: a place the writer kept, not an item
        rendered = rendered.replace("<li></li>\n", "")
    if not _has_raw_html(tokens):
        return rendered  # markdown-it escapes text and refuses unsafe link schemes by itself
    return _without_closing_breaks(sanitised(rendered))


def as_read(markdown: str) -> str:
    """A side's Markdown as both renderers read it (the shortcut, then markdown-it): without
    kramdown's attribute lists, footnote markers and links into the page (their words
    kept), code spans and all."""
    if "{" in markdown and "}" in markdown:  # rare: a page for kramdown (Jekyll) or MkDocs
        markdown = without_attribute_lists(markdown)
    if "](#" in markdown:  # what a footnote's marker and a link into the page need
        markdown = _IN_PAGE_LINK.sub(r"\g<text>", FOOTNOTE_MARKER.sub("", markdown))
    return markdown


_ATTRIBUTE_LIST = lazy(ATTRIBUTE_LIST)
_FENCE_LINE = lazy(r"^\s*(`{3,}|~{3,})")


def without_attribute_lists(markdown: str) -> str:
    """The Markdown without kramdown's attribute lists (`![](d.png){: width="400"}`, a line
    `{:.center}` under a paragraph): they lay out a page, and a card would show them as
    text. Code, fenced or in backticks, says what it says."""
    lines, fence = [], ""
    for line in markdown.split("\n"):
        opened = _FENCE_LINE.match(line)
        if fence or opened:
            if opened and not fence:
                fence = opened[1]
            elif opened and opened[1][0] == fence[0] and len(opened[1]) >= len(fence):
                fence = ""
            lines.append(line)
            continue
        if "{" in line and "}" in line:
            masked = kept = CODE_SPAN.sub("\x00", line)
            if not _MATH_OR_ESCAPE.search(line):
                kept = _TRAILING_ATTRIBUTES.sub("", _SIZED_IMAGE.sub(_sized_image, kept))
            if "{:" in kept:
                kept = _ATTRIBUTE_LIST.sub("", kept)
            if kept != masked:
                if not kept.strip():
                    continue  # the line was only an attribute list
                codes = iter(match[0] for match in CODE_SPAN.finditer(line))
                line = re.sub("\x00", lambda _, codes=codes: next(codes), kept.rstrip())
        lines.append(line)
    return "\n".join(lines)


_MATH_OR_ESCAPE = lazy(r"[$\\]")
"""A line holding a formula (`$\\{x=1\\}$`) or escaped braces: its braces say what they say."""
_SIZED_IMAGE = lazy(
    rf"(?P<image>!\[(?P<alt>[^\[\]]*)\]\((?P<address>[^()\s]+)\))"
    rf"(?P<attributes>{ATTRIBUTE_LIST}|{PAGE_ATTRIBUTES})"
)
_TRAILING_ATTRIBUTES = lazy(rf"(?:^|(?<=\s))[ \t]*{PAGE_ATTRIBUTES}[ \t]*$")
"""`{ #id .class }` ending a heading or a block's line (after a space, or alone)."""
_SIZE = lazy(r"(?<![\w-])(?P<key>width|height)=[\"']?(?P<value>\d+)(?:px)?[\"']?(?=[\s}])")


def _sized_image(match: re.Match[str]) -> str:
    """`![alt](x.png){ width="500" }`: the picture, sized as the page says (MkDocs' and
    kramdown's attribute lists); the rest of the list (`align=left`, `.center`) is layout."""
    sizes = "".join(
        f' {size["key"]}="{size["value"]}"' for size in _SIZE.finditer(match["attributes"])
    )
    if not sizes:
        return match["image"]
    address, alt = html.escape(match["address"]), html.escape(match["alt"])
    return f'<img src="{address}" alt="{alt}"{sizes}>'


_CLOSING_TAGS_REVERSED = lazy(r"(?:\s|>/?\s*rb<|>[a-z0-9]+/<)*", re.IGNORECASE)
"""Space, `<br>`s and closing tags, read backwards from the end of a side: matched from the
start of the reversed text, the pattern never backtracks over a long run of them."""
_BREAK_WITH_SPACE = lazy(r"\s*<br\s*/?>", re.IGNORECASE)


def _without_closing_breaks(html: str) -> str:
    """Leaves out the `<br>`s that end a side, among the closing tags at its end: notes put
    them after a section to space it from the next, and on a card they only leave blank
    lines under the answer. A `<br>` written in code is escaped by then, so code keeps it."""
    tail = _CLOSING_TAGS_REVERSED.match(html[::-1]).end()
    closing = html[len(html) - tail :]
    kept = _BREAK_WITH_SPACE.sub("", closing)
    return html if kept == closing else (html[: len(html) - tail] + kept).rstrip()


def _has_raw_html(tokens) -> bool:
    return any(
        token.type == "html_block"
        or (token.children and any(child.type == "html_inline" for child in token.children))
        for token in tokens
    )


@cache
def _renderer(line_breaks: bool = False) -> MarkdownIt:
    md = MarkdownIt(
        "commonmark",
        {"html": True, "xhtmlOut": False, "breaks": line_breaks, "highlight": _highlight},
    ).enable(["table", "strikethrough"])
    md.use(tasklists_plugin).use(footnote_plugin)
    md.block.ruler.before("table", "simple_blocks", simple_blocks)
    md.core.ruler.at("inline", parse_inline_with_shortcut)  # before the plugins' own core rules
    md.core.ruler.after("block", "markdown_after_html", _markdown_after_html)
    md.core.ruler.after("markdown_after_html", "without_empty_rows", _without_empty_rows)
    md.core.ruler.after("without_empty_rows", "written_numbers", _written_numbers)
    md.core.ruler.after("inline", "unknown_tags_as_text", _unknown_tags_as_text)
    if not line_breaks:  # with them, every break shows
        md.core.ruler.after("unknown_tags_as_text", "statement_lines", _statement_lines)
    md.add_render_rule("footnote_anchor", lambda *args: "")  # no ↩ links on a card
    md.add_render_rule("footnote_block_open", _render_footnotes_open)
    # No space inside and no digit after the closing `$`: "$5 and $6" is money, not math.
    md.use(
        dollarmath_plugin,
        allow_space=False,
        allow_digits=False,
        allow_labels=False,
        double_inline=True,
    )
    md.inline.ruler.at("math_inline", _dollar_at_start(_inline_rule(md, "math_inline")))
    md.use(math_blocks_plugin)  # a formula over several lines is one block, as in parse.py
    md.use(unclosed_formulas_plugin).use(spaced_links_plugin)  # raw `$\sum…`, `[a](b c.md)`
    md.use(boxes_plugin).use(page_links_plugin)  # callouts, admonitions; links to other pages
    md.use(highlight_plugin).use(_code_titles_plugin)
    md.inline.ruler.before("escape", "tex_brackets", _tex_brackets)
    md.inline.ruler.at("emphasis", _emphasis_beside_cjk)
    md.add_render_rule("math_inline", _render_inline_math)
    md.add_render_rule("math_inline_double", _render_inline_math)
    md.add_render_rule("math_block", _render_block_math)
    return md


def _statement_lines(state: StateCore) -> None:
    """Shows the line breaks of a paragraph its writer meant to show (statement_lines.py),
    as the shortcut does (fast_render.py). A paragraph whose breaks cannot be told from its
    lines (a formula or an HTML tag over two lines) keeps CommonMark's."""
    for token in state.tokens:
        if token.type != "inline" or not token.children or "\n" not in token.content:
            continue
        breaks = [child for child in token.children if child.type in _BREAKS]
        lines = token.content.split("\n")
        if len(breaks) != len(lines) - 1:
            continue
        for child, shown in zip(breaks, kept_breaks(lines), strict=True):
            if shown and child.type == "softbreak":
                child.type, child.tag = "hardbreak", "br"


_BREAKS = ("softbreak", "hardbreak")
_CLOSING_TAG_LINE = lazy(r"[ \t]*</[A-Za-z][A-Za-z0-9]*\s*>[ \t]*")
_OPENING_BLOCK = lazy(r" {0,3}<|[ \t]*$| {0,3}\t| {4}")


def _markdown_after_html(state: StateCore) -> None:
    """`<div>` … `</div>` then, on the next line, `출처: [rebro](https://rebro.kr)`: an HTML
    block runs on to a blank line, so CommonMark (and GitHub) shows the line after the
    closing tag as raw text, link syntax and all. The writer meant Markdown there: the block
    ends at its closing tag, and what follows is read as Markdown (not a line indented as
    code, nor one starting another tag)."""
    tokens = state.tokens
    for index in reversed(range(len(tokens))):
        token = tokens[index]
        if token.type != "html_block" or "</" not in token.content:
            continue
        lines = token.content.split("\n")
        cut = next(
            (
                number + 1
                for number, line in enumerate(lines[:-1])
                if _CLOSING_TAG_LINE.fullmatch(line) and not _OPENING_BLOCK.match(lines[number + 1])
            ),
            None,
        )
        if cut is None:
            continue
        following: list = []
        state.md.block.parse("\n".join(lines[cut:]), state.md, state.env, following)
        for part in following:
            part.level += token.level
        token.content = "\n".join(lines[:cut]) + "\n"
        tokens[index + 1 : index + 1] = following


def _written_numbers(state: StateCore) -> None:
    """A numbered list shows the numbers its writer wrote where they jump ahead (`1.`, `2.`,
    `4.`: step 3 is on a card of its own), not CommonMark's count from its first: an answer
    numbered 1 to 3 would read as the wrong step. A list numbered lazily (`1.`, `1.`, `1.`)
    counts up as CommonMark counts it (fast_render.written_values)."""
    lists: list[tuple[int, list]] = []  # each numbered list open: its items' level, its items
    for token in state.tokens:
        kind = token.type
        if kind == "ordered_list_open":
            lists.append((token.level + 1, []))
        elif kind == "list_item_open" and lists and token.level == lists[-1][0] and token.info:
            lists[-1][1].append(token)
        elif kind == "ordered_list_close" and lists:
            items = lists.pop()[1]
            values = written_values([int(item.info) for item in items])
            for item, value in zip(items, values, strict=True):
                if value is not None:
                    item.attrSet("value", str(value))


def _without_empty_rows(state: StateCore) -> None:
    """`| | |` over `| --- | --- |`, a table written without a header (GitHub has no other
    way), and a last `| | |` the writer left: a row whose every cell is empty shows only
    lines on a card. It goes, the header row too (the table is then shown without a
    `<thead>`); a row with any text stays, and a table left with no row goes."""
    tokens = state.tokens
    if not any(token.type == "table_open" for token in tokens):
        return
    kept: list = []
    table_at = group_at = row_at = 0
    for token in tokens:
        kept.append(token)
        kind = token.type
        if kind == "table_open":
            table_at = len(kept) - 1
        elif kind in ("thead_open", "tbody_open"):
            group_at = len(kept) - 1
        elif kind == "tr_open":
            row_at = len(kept) - 1
        elif kind == "tr_close" and all(
            not cell.content.strip() for cell in kept[row_at:] if cell.type == "inline"
        ):
            del kept[row_at:]
        elif kind in ("thead_close", "tbody_close") and kept[-2] is kept[group_at]:
            del kept[group_at:]
        elif kind == "table_close" and kept[-2] is kept[table_at]:
            del kept[table_at:]
    state.tokens = kept


def _unknown_tags_as_text(state: StateCore) -> None:
    """`static_cast<T>(expr)`, `List<String>`: a tag in a line that names no HTML element
    (or is capitalised, `Stream<Object>`) is shown as written. A browser (and the sanitiser)
    would drop it as a tag it does not know, leaving `static_cast(expr)`; the writer meant
    the type's parameter."""
    for token in state.tokens:
        for child in token.children or ():
            if child.type == "html_inline" and not is_html_tag(child.content):
                child.type = "text"


_CJK = lazy(CJK_LETTER)
"""Hangul, kana and Han: scripts whose particles and endings follow a word with no space."""


def _emphasis_beside_cjk(state: StateInline, silent: bool) -> bool:
    """markdown-it's emphasis rule, but a `**` between punctuation and Korean (or Chinese,
    Japanese) counts as closing or opening the bold: `**O(logN)**을` is bold followed by a
    particle, as its writer meant, where CommonMark leaves both `**` showing (`)` then `을`
    makes the mark right-flanking only if a space or punctuation followed). Only `**`: a
    lone `*` beside punctuation (`장점*: 빠름`) is as often a mark of another kind."""
    marker = state.src[state.pos]
    if silent or marker not in "_*":
        return False
    scanned = state.scanDelims(state.pos, marker == "*")
    can_open, can_close = scanned.can_open, scanned.can_close
    end = state.pos + scanned.length
    if marker == "*" and scanned.length >= 2 and not (can_open and can_close):
        before = state.src[state.pos - 1] if state.pos else " "
        after = state.src[end] if end < state.posMax else " "
        can_close = can_close or (_is_punctuation(before) and bool(_CJK.match(after)))
        can_open = can_open or (_is_punctuation(after) and bool(_CJK.match(before)))
    for _ in range(scanned.length):
        token = state.push("text", "", 0)
        token.content = marker
        state.delimiters.append(
            Delimiter(
                marker=ord(marker),
                length=scanned.length,
                token=len(state.tokens) - 1,
                end=-1,
                open=can_open,
                close=can_close,
            )
        )
    state.pos = end
    return True


def _is_punctuation(char: str) -> bool:
    return isMdAsciiPunct(ord(char)) or isPunctChar(char)


def _tex_brackets(state: StateInline, silent: bool) -> bool:
    r"""Keep `\(…\)` and `\[…\]` whole; CommonMark would read `\(` as an escaped `(`."""
    opener = state.src[state.pos : state.pos + 2]
    if opener not in ("\\(", "\\["):
        return False
    closer = "\\)" if opener == "\\(" else "\\]"
    end = state.src.find(closer, state.pos + 2)
    if end < 0:
        return False
    if not silent:
        token = state.push("math_inline", "", 0)
        token.content = state.src[state.pos + 2 : end]
        token.markup = opener
    state.pos = end + 2
    return True


def _inline_rule(md: MarkdownIt, name: str):
    """The function of the inline rule `name`, as a plugin registered it."""
    rules = md.inline.ruler.__rules__
    return rules[md.inline.ruler.__find__(name)].fn


def _dollar_at_start(rule):
    """The dollar-math rule, minding a `$` that opens a text (`$x>0$ 이면 $g$, 아니면 0` in a
    table cell): refusing a `$` after a digit (`5$`, money), the plugin reads the character
    before one at the start as the text's last (`src[-1]`), and a text ending on a digit
    showed its first formula raw. A space put after the text while the rule looks, where
    no `$` is searched for, gives it nothing before the `$` to refuse."""

    def math_inline(state, silent: bool) -> bool:
        if state.pos != 0 or not state.src[-1:].isdigit():
            return rule(state, silent)
        src = state.src
        state.src = f"{src} "
        try:
            return rule(state, silent)
        finally:
            state.src = src

    return math_inline


def _render_inline_math(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    content = html.escape(token.content, quote=False)
    if token.markup == "\\[" or token.type == "math_inline_double":
        return f"\\[{content}\\]"
    return f"\\({content}\\)"


def _render_block_math(self, tokens, idx, options, env) -> str:
    return f"<div>\\[{html.escape(tokens[idx].content.strip(), quote=False)}\\]</div>\n"


_CODE_TITLE = lazy(rf"(?:^|\s){CODE_TITLE}")
"""`` ```yaml title="application.yml (to change it everywhere)" ``: the title Docusaurus and
MkDocs show over the code; only the title, not the attributes written after it
(`` title="psi.py" linenums="1" hl_lines="5 7" ``), which number and mark the lines."""


def _code_titles_plugin(md: MarkdownIt) -> None:
    """Code the writer titled (`` ```yaml title="application.yml (to change it everywhere)" ``)
    shown under its title, as the page shows it: the title says which file the code is,
    or what it is for, and the code alone does not."""
    shown = md.renderer.rules["fence"]

    def titled(tokens, idx, options, env) -> str:
        code = shown(tokens, idx, options, env)
        info = tokens[idx].info
        found = _CODE_TITLE.search(info) if "title=" in info else None
        if found is None:
            return code  # most code
        return f'<div class="code-title">{html.escape(found["title"].strip())}</div>\n{code}'

    md.renderer.rules["fence"] = titled


def _highlight(code: str, language: str, attributes: str) -> str:  # noqa: ARG001
    """Coloured spans for a fence naming a language Pygments knows; "" lets markdown-it escape it.

    markdown-it wraps what this returns in `<pre><code class="language-…">`.
    """
    lexer = _lexer(language) if language else None
    if lexer is None:
        return ""
    from pygments import highlight

    return highlight(code, lexer, CODE_FORMATTER)


@lru_cache(maxsize=256)
def _lexer(language: str) -> Lexer | None:
    """The Pygments lexer a fence's language names, or None. Found once per language: the
    search goes through every lexer Pygments has, and takes longer than colouring most
    fences; a lexer keeps no state between the texts it reads. Pygments' lexers are
    loaded here, when a note first names a language: a rebuild of one note without
    one does not wait for them."""
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(language)
    except ClassNotFound:
        return None


def _render_footnotes_open(self, tokens, idx, options, env) -> str:
    return '<section class="footnotes">\n<ol class="footnotes-list">\n'
