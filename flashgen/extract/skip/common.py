"""What the recognisers of every kind read alike: links, list markers, words."""

from __future__ import annotations

import re

from flashgen.extract.place import is_short_label, is_statement, plain
from flashgen.syntax import Node
from flashgen.text import HTML_TAG, LINK_ADDRESS, LINK_TEXT

LINK = re.compile(rf"!?\[{LINK_TEXT}\]\({LINK_ADDRESS}\)|<?\b[a-z]+://\S+")
# `[ \t]*`, not `\s*`: from each line, `\s*` would run on over every blank line below it.
LIST_MARKER = re.compile(r"^[ \t]*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?", re.MULTILINE)
WORD_CHARACTER = re.compile(r"\w")

FEW_WORDS = 4


def may_link(inline: Node) -> bool:
    """Whether an inline text can hold a link at all: `[text](…)`, `[text][ref]` or `<url>`
    (a cheap look before its nodes are made)."""
    content = inline.content
    return "[" in content or "<" in content or "://" in content


def source_text(block: Node) -> str:
    return "\n".join(inline.content for inline in block.inlines())


NOT_WORDS = re.compile(r"[^\w\s]")


def plain_words(markdown: str) -> str:
    """Words only: no tags, marks or punctuation."""
    return NOT_WORDS.sub(" ", HTML_TAG.sub(" ", markdown))


def names_a_topic(line: str) -> bool:
    """`Linked List`, `레드-블랙트리(Red-Black Tree)`: a label, not a statement."""
    text = plain(line)
    return is_short_label(text) and not is_statement(text) and ":" not in text


LINK_ADDRESSES = re.compile(rf"(?<!!)\[({LINK_TEXT})\]\(\s*({LINK_ADDRESS})\)")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_NOTE_FILE = re.compile(r"\.(md|markdown|ipynb)$", re.IGNORECASE)


def is_note_address(address: str) -> bool:
    """`./os/process.md`, `../README.md`, `https://github.com/…/blob/main/os/process.md`: a
    note of the collection, not a page elsewhere nor an anchor into this one."""
    address = address.strip("<> ").split()[0] if address.strip("<> ") else ""
    if not address or address.startswith("#"):
        return False
    return not _SCHEME.match(address) or bool(_NOTE_FILE.search(address.split("#")[0]))
