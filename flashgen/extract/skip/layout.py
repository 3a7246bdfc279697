"""Layout and decoration: spacing, rules, comments, footnote lines, badges, avatars, HTML
links."""

from __future__ import annotations

import re

from flashgen.extract.skip.common import LINK, WORD_CHARACTER, reads, source_text
from flashgen.extract.skip.substance import has_substance
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import HTML_TAG, LINK_ADDRESS, LINK_TEXT

_SPACER = lazy(r"^(\s|<\s*/?\s*br\s*/?\s*>|&nbsp;|<!--.*?-->)*$", re.IGNORECASE | re.DOTALL)


@reads("hr", "html_block", "paragraph")
def is_layout(block: Node) -> bool:
    """Spacing and markup with nothing to learn: `<br>` lines, rules, HTML comments, and
    tags alone (`</details>`, `<div align="center">`, `<a name="top"></a>`).

    A block that opens a comment is one never closed (closed ones are gone before the
    parse), which Markdown lets run to the end of the note, hiding it."""
    if block.type == "hr":
        return True
    if block.type == "html_block":
        return (
            bool(_SPACER.match(block.content))
            or block.content.lstrip().startswith("<!--")
            or not has_substance(block.content)
        )
    if block.type == "paragraph":
        return bool(_SPACER.match(block.children[0].content))
    return False


_FOOTNOTE_DEFINITIONS = lazy(r"^(\[\^[^\]\s]+\]:.*(\n|$))+$")


@reads("paragraph")
def is_footnote_definition(block: Node) -> bool:
    """`[^1]: 출처` lines: the renderer gives them to the cards that cite them."""
    return block.type == "paragraph" and bool(
        _FOOTNOTE_DEFINITIONS.match(block.children[0].content)
    )


_IMAGE = lazy(rf"!\[{LINK_TEXT}\]\({LINK_ADDRESS}\)")
_BADGE = lazy(r"shields\.io|badgen\.net|badge|travis-ci|codecov\.io", re.IGNORECASE)


@reads("paragraph", links=True)
def is_badges(block: Node) -> bool:
    """A row of linked status images (`[![License](…shields.io…)](LICENSE)`): decoration."""
    if block.type != "paragraph" or "![" not in block.children[0].content:
        return False  # no image
    words = LINK.sub(" ", _IMAGE.sub(" ", HTML_TAG.sub(" ", block.children[0].content)))
    if re.search(r"\w", words):
        return False  # words beside the pictures: read before the line's tokens are made
    images = [node for node in block.walk() if node.type == "image"]
    return bool(images) and all(_BADGE.search(str(image.attrs.get("src", ""))) for image in images)


_AVATAR = lazy(
    r"^https?://(github\.com/[\w.-]+\.png|avatars\d*\.githubusercontent\.com/|"
    r"(www\.|secure\.)?gravatar\.com/avatar/|contrib\.rocks/)",
    re.IGNORECASE,
)


_HTML_IMAGE_SOURCE = lazy(r"<img\b[^<>]*?\bsrc\s*=\s*[\"']?([^\"'\s<>]+)", re.IGNORECASE)


@reads("html_block", "paragraph", "table", links=True)
def is_avatars(block: Node) -> bool:
    """Profile pictures of the writers, in a row or a table with their names under them
    (`[![](https://github.com/kim.png)](https://github.com/kim)`, or the same in HTML:
    `<td><img src="https://avatars.githubusercontent.com/u/1"><br>Kim</td>`): who wrote
    it, not what."""
    if block.type == "html_block":
        text = block.content
    elif block.type == "paragraph":
        text = block.children[0].content
    elif block.type == "table":
        text = source_text(block)
    else:
        return False
    if "![" not in text and "<img" not in text and "<IMG" not in text:
        return False  # no image
    sources = [str(node.attrs.get("src", "")) for node in block.walk() if node.type == "image"]
    sources += _HTML_IMAGE_SOURCE.findall(text)
    return bool(sources) and all(_AVATAR.match(source) for source in sources)


_PROFILE_CELL = lazy(
    rf"^\W{{0,3}}(?:\[{LINK_TEXT}\]\(\s*https?://(?:www\.)?(?:github|gitlab)\.com/[\w.-]+/?\s*\)"
    r"|@[\w.-]+)\W{0,3}$",
    re.IGNORECASE,
)
"""`[@dohyun-kim](https://github.com/dohyun-kim)`, `@seoyeon-p`: a cell naming a person by
their profile."""


@reads("table", links=True)
def is_roster(block: Node) -> bool:
    """A table with a row of the writers' profiles (`| 김도현 | 박서연 |` over `|
    [@dohyun-kim](https://github.com/dohyun-kim) | [@seoyeon-p](…) |`, perhaps over who
    took which topic), or a column of them, a member a row (`| 김민수 |
    [@minsu-kim-dev](…) | 백엔드 3년차 | 개념 정리 |`): the study group's members, who wrote
    it, not what. A table linking a project's repository (`github.com/org/repo`) is not a
    person's profile, and stays."""
    if block.type != "table":
        return False
    rows = [[inline.content.strip() for inline in row.inlines()] for row in block.rows()]
    for cells in rows:
        cells = [cell for cell in cells if cell]
        if len(cells) >= 2 and all(_PROFILE_CELL.match(cell) for cell in cells):
            return True
    body = rows[1:]
    # `| 김민수 | [@minsu-kim-dev](https://github.com/minsu-kim-dev) | 백엔드 3년차 | … |`: a
    # column of profiles, a member a row
    return len(body) >= 2 and any(
        all(len(row) > column and _PROFILE_CELL.match(row[column]) for row in body)
        for column in range(len(rows[0]))
    )


_A_TAG = lazy(r"<\s*(/?)\s*a\b", re.IGNORECASE)


@reads("html_block", "paragraph", links=True)
def is_html_links(block: Node) -> bool:
    """HTML whose every word is the text of a link: a `<table>` of `<a href="#…">` cells,
    a row of profile pictures or badges each linked to its page. Where to go, not what.
    Any other picture (a diagram with its credit, one linked to its full size) is content."""
    if block.type == "html_block":
        html = block.content
    elif block.type == "paragraph" and block.children[0].content.lstrip().startswith("<"):
        html = block.children[0].content
    else:
        return False
    if "<a" not in html and "<A" not in html:
        return False  # no link
    if ("<img" in html or "<IMG" in html) and not all(
        _AVATAR.match(source) or _BADGE.search(source)
        for source in _HTML_IMAGE_SOURCE.findall(html)
    ):
        return False
    outside, linked = _outside_html_links(html)
    words = LINK.sub(" ", HTML_TAG.sub(" ", outside)).replace("&nbsp;", " ")
    return linked and not WORD_CHARACTER.search(words)


def _outside_html_links(html: str) -> tuple[str, bool]:
    """The HTML of `html` outside its `<a>…</a>` elements, and whether it has one. Tag by
    tag, so an `<a>` never closed costs one pass, not one per tag."""
    outside: list[str] = []
    depth, last, linked = 0, 0, False
    for tag in HTML_TAG.finditer(html):
        if depth == 0:
            outside.append(html[last : tag.end()])
        last = tag.end()
        anchor = _A_TAG.match(tag[0])
        if anchor and not anchor[1]:
            depth, linked = depth + 1, True
        elif anchor:
            depth = max(depth - 1, 0)
    if depth == 0:
        outside.append(html[last:])
    return " ".join(outside), linked
