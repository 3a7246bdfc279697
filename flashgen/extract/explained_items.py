"""A list whose items each carry a quoted explanation, recalled by its items alone.

A writer lists what to do or what holds, one line an item, and quotes under most items why
(`- ✅ Pin the versions you depend on.` over `> A fresh install then builds what you
tested.`). Together that is more than one go; the items alone are not, and they are what
the heading asks for: a careful student keeps them and leaves the explanations in the note.
Not when an item only names what its quote says (`- Idempotency` over its definition), or
leads into it (`… as follows:`), nor when a quote holds code, a list, a table or a box:
those are the answer, not an explanation of it.
"""

from __future__ import annotations

from flashgen.extract.marked_runs import DO_MARKS, DONT_MARKS
from flashgen.extract.place import is_term_like, plain
from flashgen.extract.sizes import (
    ITEM_START,
    MAX_RECALL_LINES,
    Block,
    list_items,
    recallable,
    shown_lines,
)
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES
from flashgen.text import unwrap_strong

_QUOTE_LINE = lazy(r"^[ \t]+>[ \t]?(?P<said>.*)$")
"""`  > Why: …`: a line of a quote nested under an item."""
_NOT_PROSE = lazy(r"^(?:```|~~~|`|\[!|#|\||<|[-*+][ \t]|\d+[.)][ \t]|>|[ \t]{4})")
"""A quote's line that is no sentence of an explanation: code, a callout's mark, a heading,
a table, markup, a list or a quote in it."""
_MARK = lazy(rf"^(?:\*\*)?(?:{DO_MARKS}|{DONT_MARKS})\ufe0f?(?:\*\*)?[ \t]*")
"""`✅ `, `❌ `: a do's or a don't's mark opening an item."""
_SENTENCE_END = lazy(r"[.!。]$|[다요]\.?$")
"""`… are working.`, `Sound enthusiastic!`, `…한다`: an item told as a sentence."""
_LEAD_END = lazy(r"[:：]$")

_MIN_ITEMS = 3
"""Fewer items are recalled with their explanations."""


def explanations_left_out(own: list[Block]) -> list[Block] | None:
    """The heading's blocks with its list of explained items cut to the items' own lines,
    when the answer is too long to recall with the explanations and recalled without; None
    when no list is such a list, or cutting it leaves the answer too long still."""
    for index, (node, text) in enumerate(own):
        if node.type not in LIST_TYPES or recallable([(node, text)]):
            continue
        items = _items_alone(text)
        if items is None:
            continue
        if not recallable([(node, items)]):
            return None
        shortened = [*own[:index], (node, items), *own[index + 1 :]]
        return shortened if _fits(shortened) else None
    return None


def _items_alone(text: str) -> str | None:
    """The list's items, each its own line, when at least half of them (two at least) carry
    a quote explaining them and nothing else stands under any; else None."""
    items = list_items(text)
    if len(items) < _MIN_ITEMS:
        return None
    lines = []
    explained = 0
    for item in items:
        own, *below = item.split("\n")
        said = [match.group("said") for line in below if (match := _QUOTE_LINE.match(line))]
        if len(said) != sum(1 for line in below if line.strip()):
            return None  # a sublist, code or a line of its own under the item: it stays
        if said:
            if not _explains(said) or not _says_something(own):
                return None
            explained += 1
        lines.append(own)
    if explained < 2 or explained * 2 < len(lines):
        return None
    return "\n".join(lines)


def _explains(said: list[str]) -> bool:
    """Whether a quote's lines are prose: sentences, no code, list, table or box."""
    return any(line.strip() for line in said) and not any(
        _NOT_PROSE.match(line) for line in said if line.strip()
    )


def _says_something(line: str) -> bool:
    """Whether an item's own line says something of its own (`Prepare pen and paper.`), not
    a name its quote defines (`- **Idempotency**`) or a line leading into it."""
    words = plain(unwrap_strong(_MARK.sub("", ITEM_START.sub("", line, count=1)))).strip()
    if not words or _LEAD_END.search(words):
        return False
    return bool(_SENTENCE_END.search(words)) or not is_term_like(words)


def _fits(blocks: list[Block]) -> bool:
    """Whether the answer is recalled in one go, a picture (`<div><figure><img …>`) aside;
    never with code, which would stay beside the list."""
    texts = []
    for node, text in blocks:
        if node.type in ("fence", "code_block"):
            return False
        if node.type == "html_block" and "<img" in text:
            continue
        texts.append(text)
    return shown_lines(texts) <= MAX_RECALL_LINES
