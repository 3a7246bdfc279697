"""A link whose address holds spaces: `[페이지 테이블](https://…/CS Notes/Paging (PDF).md)`.

CommonMark (and GitHub) end a link's address at its first space, so the whole link shows as
written, brackets, address and all. Obsidian reads it as the link its writer meant; so does
a card: the link's words, its address with the spaces encoded (`%20`). A link with no
scheme or host then shows its words only, as any link to another page does (pages.py).

Only what reads as an address is taken so: one with a scheme (`https:`), a `/`, or a file's
extension at its end (`My Note.md`). `[1](the first edition)` is words in parentheses.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline

_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:|[^ ]*/|.*\.[A-Za-z][A-Za-z0-9]{0,4}(?:#.*)?$")
"""A scheme, a path (a `/` in the first word), or a file's extension at the end."""


def _address_end(src: str, start: int, end: int) -> int:
    """Where the `)` closing a link's address opened at `start` stands, parentheses inside it
    balanced (`…(PDF).md`) as CommonMark balances them; -1 when the line ends first."""
    depth, position = 0, start
    while position < end:
        char = src[position]
        if char == "\n":
            return -1
        if char == "\\":
            position += 1  # an escaped parenthesis counts for nothing
        elif char == "(":
            depth += 1
        elif char == ")":
            if not depth:
                return position
            depth -= 1
        position += 1
    return -1


def _spaced_link(state: StateInline, silent: bool) -> bool:
    """After markdown-it's own link rule has refused `[text](address)`: the link, when its
    address holds a space and reads as an address."""
    if state.src[state.pos] != "[" or state.src.find("](", state.pos, state.posMax) < 0:
        return False  # a cheap look first: most brackets refused are not followed by `(`
    label_end = state.md.helpers.parseLinkLabel(state, state.pos, True)
    opening = label_end + 1
    if label_end < 0 or state.src[opening : opening + 1] != "(":
        return False
    start = opening + 1
    end = _address_end(state.src, start, state.posMax)
    address = state.src[start:end] if end > 0 else ""
    if " " not in address or address != address.strip() or not _ADDRESS.match(address):
        return False
    href = state.md.normalizeLink(address)
    if not state.md.validateLink(href):
        return False
    if not silent:
        maximum = state.posMax
        state.pos, state.posMax = state.pos + 1, label_end
        state.push("link_open", "a", 1).attrs = {"href": href}
        state.linkLevel += 1
        state.md.inline.tokenize(state)
        state.linkLevel -= 1
        state.push("link_close", "a", -1)
        state.posMax = maximum
    state.pos = end + 1
    return True


def spaced_links_plugin(md: MarkdownIt) -> None:
    """The rule, right after markdown-it's link rule."""
    md.inline.ruler.after("link", "spaced_link", _spaced_link)
