"""Recognisers of list items that are cards of their own.

Each takes one list item and the place it is in, and returns None when the item is not
its kind, else the cards it gives (none, for navigation).
"""

from __future__ import annotations

import re

from markdown_it.tree import SyntaxTreeNode

from flashgen.extract.place import (
    Place,
    is_short_label,
    plain,
    split_item,
    unwrap_strong,
)
from flashgen.extract.skip import has_substance, is_table_of_contents, is_toc_entry
from flashgen.model import Card

_TERM_DEFINITION = re.compile(
    r"^(?:\*\*(?P<strong_term>[^*:\n]+?)\s*:\*\*"  # **term:** definition
    r"|(?P<term>[^:\n]+?)\s*:)"  # term: definition, term : definition, **term**: definition
    r"\s+(?P<definition>\S.*)$",
    re.DOTALL,
)
_MAX_TERM_CHARS = 40
_MAX_TERM_WORDS = 6
_NOT_TERMS = {
    # Words that introduce an example, a note or a source, not a thing to define.
    "예", "예시", "예를 들어", "ex", "ex.", "e.g", "e.g.", "eg", "example", "examples",
    "참고", "note", "notes", "주의", "출처", "source", "sources", "ref", "reference",
    "링크", "link",
    "tip", "팁", "결론", "요약", "summary",
}  # fmt: skip
_EXAMPLE_PREFIX = re.compile(r"^(ex|eg|e\.g|예|예시)\s*[).]", re.IGNORECASE)
_RANKING = re.compile(r"^\d+\s*(위|등|st|nd|rd|th)?$")


def term_definition(item: SyntaxTreeNode, place: Place) -> list[Card] | None:
    """`- EC2: Elastic Compute Cloud` → EC2 ⟶ Elastic Compute Cloud (and any children)."""
    text, rest = split_item(item)
    if text is None:
        return None
    match = _TERM_DEFINITION.match(text.content)
    if not match:
        return None
    term = unwrap_strong((match["strong_term"] or match["term"]).strip())
    words = plain(term)
    if (
        not words
        or len(words) > _MAX_TERM_CHARS
        or len(words.split()) > _MAX_TERM_WORDS
        or words.lower().rstrip(".") in _NOT_TERMS
        or words.lower().split()[-1] in _NOT_TERMS  # 이미지 출처: …
        or _EXAMPLE_PREFIX.match(words)
        or _RANKING.match(words)
        or match["definition"].rstrip().endswith(":")  # `Data: Sources and Availability:` labels
        or not _balanced(term)  # the colon sits inside a link, a code span or parentheses
    ):
        return None
    answer = "\n\n".join([match["definition"], *(place.quote(child) for child in rest)])
    if not has_substance(answer):
        return None  # `공식 문서: https://…` points elsewhere; leave it in the section's answer
    return [place.card(term, answer, item, "term_definition")]


def label_with_children(item: SyntaxTreeNode, place: Place) -> list[Card] | None:
    """`- 장점` over child bullets → "<section> › 장점" ⟶ the children."""
    text, rest = split_item(item)
    if text is None or not any(c.type in ("bullet_list", "ordered_list") for c in rest):
        return None
    label = text.content.strip().removesuffix(":").strip()
    if not is_short_label(plain(label)) or _is_statement(plain(label)):
        return None
    answer = "\n\n".join(place.quote(child) for child in rest)
    return [place.card(unwrap_strong(label), answer, item, "label_with_children")]


def table_of_contents_entry(item: SyntaxTreeNode, place: Place) -> list[Card] | None:
    """`- 목차` over anchor links, inside a longer list: navigation, never a card."""
    text, rest = split_item(item)
    if rest and all(is_table_of_contents(child) for child in rest) and is_toc_entry(item):
        return []
    return None


def _is_statement(text: str) -> bool:
    """`- 노드는 항상 red다.` states a fact; a label (`장점`, `람다`, `Pros`) names a part."""
    text = text.rstrip()
    if text.endswith("."):
        return not text.endswith("...")
    return text.endswith("다") and len(text.split()) > 1


def _balanced(text: str) -> bool:
    """No bracket, parenthesis, code span or math left open, so a colon after it ends the text."""
    if any(text.count(mark) % 2 for mark in ("`", "**", "$")):
        return False
    depth = {"(": 0, "[": 0}
    closers = {")": "(", "]": "["}
    for char in text:
        if char in depth:
            depth[char] += 1
        elif char in closers:
            depth[closers[char]] -= 1
    return all(value == 0 for value in depth.values())
