"""GitHub's emoji shortcodes (`:floppy_disk:`, `:+1:`, `:white_check_mark:`) shown as the
emoji GitHub shows for them.

READMEs and notes written on GitHub use them in headings and text; left as written, a card
shows `:floppy_disk:` where its writer saw 💾. The names are the `emoji` library's (its
GitHub aliases), not a table of ours: GitHub adds names, and a kept library follows.

Only a known name between colons, standing apart from Latin letters and digits (a Korean
word may touch it, `사용:+1:`, as GitHub shows it), is one:
`12:30:00`, `a:b:c`, `resize:fit:720` and `std::vector` stay as written, and so does a
name GitHub does not know (`:notaname:`). Code is never touched: the card's HTML is read
outside `<code>` and `<pre>`, where markdown-it has put every code span and block.
"""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.patterns import lazy

_RUN = lazy(r"(?<![A-Za-z0-9:])(?::[a-z0-9_+-]+:)+(?![A-Za-z0-9:])")
"""Shortcodes written apart from letters and digits, one or several in a row
(`:floppy_disk::-1:`): each is looked up on its own."""
_ONE = lazy(r":[a-z0-9_+-]+:")
_CODE = lazy(r"<(/?)(code|pre)\b[^>]*>", re.IGNORECASE)


@lru_cache(maxsize=1024)
def emoji_of(shortcode: str) -> str | None:
    """`:floppy_disk:` → `💾`; None for a name GitHub does not know."""
    import emoji  # its table takes a while to load: only once a note has a shortcode

    shown = emoji.emojize(shortcode, language="alias")
    return None if shown == shortcode else shown


def _run_as_emoji(run: re.Match[str]) -> str:
    """A run of shortcodes as emoji, only when every one is known: `:a::b:` with an unknown
    name in it may well be something else written with colons."""
    codes = _ONE.findall(run[0])
    shown = [emoji_of(code) for code in codes]
    if "".join(codes) != run[0] or None in shown:
        return run[0]
    return "".join(shown)  # type: ignore[arg-type]


def may_hold_shortcode(text: str) -> bool:
    """A cheap look: two colons at least, and one followed by a letter, digit, `+` or `-`."""
    return text.count(":") >= 2 and _ONE.search(text) is not None


def with_emoji(text: str) -> str:
    """Plain text (a heading, a deck name) with its known shortcodes as emoji."""
    if not may_hold_shortcode(text):
        return text
    return _RUN.sub(_run_as_emoji, text)


def without_shortcodes(text: str) -> str:
    """Text with its shortcodes, known or not, taken out (a front's dress, as an emoji is)."""
    if not may_hold_shortcode(text):
        return text
    return _RUN.sub(" ", text)


def html_with_emoji(html: str) -> str:
    """A card's HTML with known shortcodes shown as emoji in its text: not inside a tag (an
    address, an attribute) nor inside `<code>` or `<pre>`."""
    if not may_hold_shortcode(html):
        return html  # most cards, at a glance
    parts: list[str] = []
    depth = 0  # how many <code>/<pre> the text stands in
    position = 0
    for tag in _CODE.finditer(html):
        if depth == 0:
            parts.append(_text_with_emoji(html[position : tag.start()]))
        else:
            parts.append(html[position : tag.start()])
        parts.append(tag[0])
        depth = max(0, depth - 1) if tag[1] else depth + 1
        position = tag.end()
    rest = html[position:]
    parts.append(_text_with_emoji(rest) if depth == 0 else rest)
    return "".join(parts)


_TAG = lazy(r"<[^<>]*>")


def _text_with_emoji(html: str) -> str:
    """Known shortcodes as emoji between tags, never in one (`<a href="…/:x:/">`)."""
    if not may_hold_shortcode(html):
        return html
    if "<" not in html:
        return _RUN.sub(_run_as_emoji, html)
    parts: list[str] = []
    position = 0
    for tag in _TAG.finditer(html):
        parts.append(_RUN.sub(_run_as_emoji, html[position : tag.start()]))
        parts.append(tag[0])
        position = tag.end()
    parts.append(_RUN.sub(_run_as_emoji, html[position:]))
    return "".join(parts)
