"""Card Markdown → the HTML Anki shows.

CommonMark with tables, through markdown-it-py. Math is handed to Anki's MathJax
untouched: `$x$`, `$$x$$`, `\\(x\\)` and `\\[x\\]` all come out between `\\(` `\\)` or
`\\[` `\\]`, the only delimiters Anki renders. Raw HTML from notes is kept but
sanitised, because Anki runs scripts inside cards.
"""

from __future__ import annotations

import html
import re
from functools import cache

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from mdit_py_plugins.dollarmath import dollarmath_plugin

from flashgen.model import Card, RenderedCard

CONTEXT_SEPARATOR = " › "

_ALLOWED_TAGS = nh3.ALLOWED_TAGS | {"input"}
_ALLOWED_ATTRIBUTES = {
    **{tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"align", "colspan", "rowspan", "style"},
    "th": {"align", "colspan", "rowspan", "style"},
    "code": {"class"},
    "input": {"type", "checked", "disabled"},
}


def render_card(card: Card) -> RenderedCard:
    return RenderedCard(
        card=card,
        question=render_markdown(card.question),
        answer=render_markdown(card.answer),
        context=html.escape(CONTEXT_SEPARATOR.join(card.context), quote=False),
        # The file only: a line number would change, and re-stamp the note, at every edit above it.
        source=html.escape(card.source, quote=False),
    )


_FOOTNOTE_MARKER = re.compile(r"<sup>\s*\[[^\]]*\]\(#[^)]*\)\s*</sup>", re.IGNORECASE)
_IN_PAGE_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]*)\]\(#[^)]*\)")


def render_markdown(markdown: str) -> str:
    """Markdown → safe HTML. A one-paragraph text loses its `<p>` so a front reads as a line.

    Footnote markers (`<sup>[1)](#ref1)</sup>`) go, and links into the page keep only their
    text (`[응용 계층](#application)`): they point into a page the card is not.
    """
    md = _renderer()
    env: dict = {}
    markdown = _IN_PAGE_LINK.sub(r"\g<text>", _FOOTNOTE_MARKER.sub("", markdown))
    tokens = md.parse(markdown, env)
    rendered = md.renderer.render(tokens, md.options, env).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    if not _has_raw_html(tokens):
        return rendered  # markdown-it escapes text and refuses unsafe link schemes by itself
    return nh3.clean(
        rendered,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "data", "mailto"},
        link_rel=None,
        strip_comments=True,
    )


def _has_raw_html(tokens) -> bool:
    return any(
        token.type == "html_block"
        or (token.children and any(child.type == "html_inline" for child in token.children))
        for token in tokens
    )


@cache
def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "xhtmlOut": False}).enable("table")
    # No space inside and no digit after the closing `$`: "$5 and $6" is money, not math.
    md.use(
        dollarmath_plugin,
        allow_space=False,
        allow_digits=False,
        allow_labels=False,
        double_inline=True,
    )
    md.inline.ruler.before("escape", "tex_brackets", _tex_brackets)
    md.add_render_rule("math_inline", _render_inline_math)
    md.add_render_rule("math_inline_double", _render_inline_math)
    md.add_render_rule("math_block", _render_block_math)
    return md


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


def _render_inline_math(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    content = html.escape(token.content, quote=False)
    if token.markup == "\\[" or token.type == "math_inline_double":
        return f"\\[{content}\\]"
    return f"\\({content}\\)"


def _render_block_math(self, tokens, idx, options, env) -> str:
    return f"<div>\\[{html.escape(tokens[idx].content.strip(), quote=False)}\\]</div>\n"
