"""A link whose address holds spaces: `[페이지 테이블](https://…/CS Notes/Paging (PDF).md)`.

CommonMark (and GitHub) end a link's address at its first space, so the whole link shows as
written, brackets, address and all. Obsidian reads it as the link its writer meant; so does
a card: the link's words, its address with the spaces encoded (`%20`). A link with no
scheme or host then shows its words only, as any link to another page does (pages.py).

Only what reads as an address is taken so: one with a scheme (`https:`), a `/`, or a file's
extension at its end (`My Note.md`). `[1](the first edition)` is words in parentheses.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline

from flashgen.patterns import lazy

_ADDRESS = lazy(r"[A-Za-z][A-Za-z0-9+.-]*:|[^ ]*/|.*\.[A-Za-z][A-Za-z0-9]{0,4}(?:#.*)?$")
"""A scheme, a path (a `/` in the first word), or a file's extension at the end."""
_IN_PARENTHESES = lazy(r"\(((?:[^()\n\\]|\\.|\([^()\n]*\)){1,2000})\)")
"""An address up to the `)` closing it, on one line, parentheses inside it balanced
(`…(PDF).md`) as CommonMark balances them, escapes kept; at most 2,000 characters, so a
long line of `[a](b c` costs no more than markdown-it's own look for the link."""


def _spaced_link(state: StateInline, silent: bool) -> bool:
    """After markdown-it's own link rule has refused `[text](address)`: the link, when its
    address holds a space and reads as an address."""
    if state.src[state.pos] != "[" or state.src.find("](", state.pos, state.posMax) < 0:
        return False  # a cheap look first: most brackets refused are not followed by `(`
    if state.pos and state.src[state.pos - 1] == "!":
        return False  # a picture's address: not a link to show its alt text as
    label_end = state.md.helpers.parseLinkLabel(state, state.pos, True)
    opening = label_end + 1
    if label_end < 0 or state.src[opening : opening + 1] != "(":
        return False
    parenthesised = _IN_PARENTHESES.match(state.src, opening, state.posMax)
    address = parenthesised[1] if parenthesised else ""
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
    state.pos = parenthesised.end()
    return True


def spaced_links_plugin(md: MarkdownIt) -> None:
    """The rule, right after markdown-it's link rule."""
    md.inline.ruler.after("link", "spaced_link", _spaced_link)
