"""What HTML a card may hold, since Anki runs scripts inside cards: the safelist rendered
notes pass through (nh3), TeX that MathJax could turn into a live link or style made inert,
and a check that a card field from somewhere this code does not vouch for (a cache file in
the output folder) is what rendering could have written.
"""

from __future__ import annotations

import html
import re

import nh3

from flashgen.patterns import lazy

_ALLOWED_TAGS = (nh3.ALLOWED_TAGS | {"input", "section"}) - {"wbr"}
"""No `<wbr>`: MathJax reads text across it, so `\\hr<wbr>ef` would reach it as `\\href`."""
# No `on*` anywhere, and `style` only to align a table's columns (see `_safe_attribute`): a
# note may lay out its text, not run or cover the card. `class` only names our own CSS (code
# colours, task lists).
_ALLOWED_ATTRIBUTES = {
    **{tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"align", "colspan", "rowspan", "style"},
    "th": {"align", "colspan", "rowspan", "style"},
    "code": {"class"},
    "pre": {"class"},
    "span": {"class"},
    "div": {"class"},
    "section": {"class"},
    "sup": {"class"},
    "li": {"class", "value"},
    "ul": {"class"},
    "details": {"open"},
    "input": {"type", "checked", "disabled", "class"},
}


_LIVE_TEX = lazy(
    r"\\(?=(?:href|url|html[A-Za-z]*|style|class|cssId|data|unicode|require|bbox|mmlToken"
    r"|enclose|texttip|mathtip|toggle)(?![A-Za-z]))",
    re.IGNORECASE,
)
r"""The TeX commands MathJax turns into a link, a style, a class, an id, an attribute, a font
or a loaded extension (`\href{javascript:…}`, `\style{position:fixed}`, `\htmlStyle{…}` and
the other `\html…` of MathJax 4, `\bbox[…]`, `\mmlToken{mi}[href=…]`, `\require{…}`, the
action extension's tooltips and toggles)."""
_WORD_JOINER = "\u2060"


def inert_tex(html: str) -> str:
    r"""A card field whose TeX cannot make MathJax write a live link, style, class or id.

    Anki typesets every `\(…\)` and `\[…\]` in a card, wherever it stands (a `$…$` rendered,
    `\\(` written to show a bracket, a heading in the context line), so each such command
    in the whole field is broken, not only in what was rendered as math: a word joiner goes
    after its backslash. The text looks the same (a note on LaTeX shows them in code), but
    MathJax reads a command named by the joiner, which it does not know, and the name after
    it as letters."""
    if "\\" not in html:
        return html
    return _LIVE_TEX.sub(lambda _: "\\" + _WORD_JOINER, html)


_TAG = lazy(r'</?([a-z][a-z0-9]*)((?:\s+[a-z][a-z-]*(?:="[^"]*")?)*)\s*/?>')
_TAG_ATTRIBUTE = lazy(r'\s+([a-z][a-z-]*)(?:="([^"]*)")?')
_HARMLESS_ATTRIBUTES = {
    *("class", "id", "title", "alt", "width", "height", "align", "colspan", "rowspan"),
    *("start", "type", "checked", "disabled", "open", "lang"),
}
_SCHEME = lazy(r"([a-z][a-z0-9+.-]*):")


def is_inert_html(html: str) -> bool:
    """Whether a card field, from somewhere this code does not vouch for (a cache file in
    the output folder), is what `render_card` could have written: every `<` opens a tag
    it allows, no attribute runs script or loads anything but a web address (or an inline
    image), no style but a cell's alignment, and no TeX that MathJax makes live.

    Checked, not cleaned: a field that passes is kept byte for byte."""
    if "\\" in html and _LIVE_TEX.search(html):
        return False
    if "<" not in html:
        return True
    tags = _TAG_TEXT.findall(html)
    if "".join(tags).count("<") != html.count("<"):
        return False  # a `<` that opens no tag this code writes
    return all(tag in _INERT_TAGS or _is_inert_tag(tag) for tag in tags)


_TAG_TEXT = lazy(r'</?[a-z][a-z0-9]*(?:\s+[a-z][a-z-]*(?:="[^"]*")?)*\s*/?>')
"""A whole tag, as `_TAG` reads it (without its groups)."""
_INERT_TAGS: set[str] = set()
"""Tags already judged, as written: cards repeat the same few (`<li>`, `<strong>`)."""


def _is_inert_tag(text: str) -> bool:
    tag = _TAG.fullmatch(text)
    if tag is None or tag[1] not in _CARD_TAGS:
        return False
    for name, value in _TAG_ATTRIBUTE.findall(tag[2]):
        if not (name in _HARMLESS_ATTRIBUTES or _inert_value(tag[1], name, value)):
            return False
    if len(_INERT_TAGS) < 100_000:  # links and images are many and all unlike
        _INERT_TAGS.add(text)
    return True


_CARD_TAGS = _ALLOWED_TAGS | {"div", "span"}


def _inert_value(tag: str, attribute: str, value: str) -> bool:
    if attribute == "value":  # `<li value="4">`: the number an item of a list shows
        return tag == "li" and value.isdigit()
    if attribute == "style":
        return _TEXT_ALIGN.fullmatch(html.unescape(value)) is not None
    if attribute not in ("href", "src"):
        return False
    address = re.sub(r"[\x00-\x20]", "", html.unescape(value)).lower()  # as browsers read it
    scheme = _SCHEME.match(address)
    inline_image = (tag, attribute) == ("img", "src")
    return scheme is None or scheme[1] in ("http", "https", "mailto", *("data",) * inline_image)


_TEXT_ALIGN = lazy(r"\s*text-align\s*:\s*(left|right|center|justify)\s*;?\s*", re.I)


def _safe_attribute(tag: str, attribute: str, value: str) -> str | None:
    """`data:` URLs stay only as an image's source: a `data:` link can carry a page of script.

    A `style` stays only when it aligns a table cell, as Markdown tables do: any other
    property could cover the card (`position:fixed`), load an address (`url(…)`) or hide
    the answer, and none is needed to lay out a note."""
    if attribute == "style":
        match = _TEXT_ALIGN.fullmatch(value)
        return f"text-align:{match[1].lower()}" if match else None
    if value.strip().lower().startswith("data:") and not (tag == "img" and attribute == "src"):
        return None
    return value


def sanitised(rendered: str) -> str:
    """Rendered HTML with only the tags, attributes and addresses a card may hold."""
    return nh3.clean(
        rendered,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "data", "mailto"},
        attribute_filter=_safe_attribute,
        link_rel=None,
        strip_comments=True,
    )
