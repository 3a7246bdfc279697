"""What the recognisers of every kind read alike: links, list markers, words."""

from __future__ import annotations

import re
from collections.abc import Callable

from flashgen.extract.place import is_short_label, is_statement, plain
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import HTML_TAG, LINK_ADDRESS, LINK_TEXT

LINK = lazy(rf"!?\[{LINK_TEXT}\]\({LINK_ADDRESS}\)|<?\b[a-z]+://\S+")
# `[ \t]*`, not `\s*`: from each line, `\s*` would run on over every blank line below it.
LIST_MARKER = lazy(r"^[ \t]*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?", re.MULTILINE)
WORD_CHARACTER = lazy(r"\w")

FEW_WORDS = 4

BlockCheck = Callable[[Node], bool]


LINK_MARKS = ("[", "<", "://")
"""What a link, a picture, a tag or a checkbox (`[ ]`) cannot be written without."""


def reads(
    *kinds: str, links: bool = False, to_do: bool = False
) -> Callable[[BlockCheck], BlockCheck]:
    """Marks a block check with the only kinds of block it can recognise (`"paragraph"`,
    `"bullet_list"`, …): it says False of any other, so the walk need not ask it.
    `links`: it recognises only what is written with one of `LINK_MARKS` (links, pictures,
    tags, checkboxes), and says False of a block whose lines hold none, as most do.
    `to_do`: it recognises only a list holding a to-do remark (`holds_to_do`), and says
    False of any other list."""

    def marked(check: BlockCheck) -> BlockCheck:
        check.block_kinds = frozenset(kinds)  # type: ignore[attr-defined]
        check.reads_links = links  # type: ignore[attr-defined]
        check.reads_to_do = to_do  # type: ignore[attr-defined]
        return check

    return marked


def checks_reading(
    checks: tuple[BlockCheck, ...], kind: str, marks: bool = True, to_do: bool = True
) -> tuple[BlockCheck, ...]:
    """Those of `checks` that can recognise a block of this kind (unmarked ones: any),
    whose lines hold one of `LINK_MARKS` (`marks`) or none, and a to-do remark's word
    (`to_do`) or none."""
    return tuple(
        check
        for check in checks
        if kind in getattr(check, "block_kinds", (kind,))
        and (marks or not getattr(check, "reads_links", False))
        and (to_do or not getattr(check, "reads_to_do", False))
    )


def holds_marks(block: Node, lines: tuple[str, ...]) -> bool:
    """Whether the lines a block was written on (`lines`: the note's) hold any of
    `LINK_MARKS`: one look at its text, instead of each check walking its items."""
    if block.map is None:
        return True
    start, end = block.map
    text = "\n".join(lines[start:end])
    return "[" in text or "<" in text or "://" in text  # `LINK_MARKS`, written out


def holds_to_do(block: Node, lines: tuple[str, ...]) -> bool:
    """Whether the lines a block was written on (`lines`: the note's) hold a word a to-do
    remark is written with (`TODO`, `WIP`, `TBD`, `for now`): one look at its text, where a
    check would walk every item of a list to find none."""
    if block.map is None:
        return True
    start, end = block.map
    text = "\n".join(lines[start:end])
    return "TODO" in text or "WIP" in text or "TBD" in text or "for now" in text.lower()


def may_link(inline: Node) -> bool:
    """Whether an inline text can hold a link at all: `[text](…)`, `[text][ref]` or `<url>`
    (a cheap look before its nodes are made)."""
    content = inline.content
    return "[" in content or "<" in content or "://" in content


def holds(block: Node, mark: str) -> bool:
    """Whether any text of the block holds `mark` (`"["`: a link may be there): a list is
    read item by item, up to the first that does, its lines never gathered."""
    if block.type != "bullet_list" and block.type != "ordered_list":
        return any(mark in inline.content for inline in block.inlines())
    for item in block.children:
        line = item.line
        if line is None:  # opens with another block: all of it is `below`
            if any(mark in inline.content for inline in item.inlines()):
                return True
        elif mark in line.content or any(holds(child, mark) for child in item.below):
            return True
    return False


def cut_from_lines(answer: str, cut: Callable[[str], str]) -> str:
    """The answer with `cut` applied to each of its lines: a line it empties goes with the
    blank line after it, so no paragraph break is left doubled; the answer as it was when no
    line changes (code keeps its spacing, as only the lines cut change at all)."""
    kept: list[str] = []
    emptied = changed = False
    for line in answer.split("\n"):
        left = cut(line)
        if left == line:
            if not (emptied and not line.strip()):
                kept.append(line)
            emptied = False
            continue
        changed = True
        emptied = not left.strip()
        if not emptied:
            kept.append(left.rstrip())
    return "\n".join(kept).strip("\n") if changed else answer


def source_text(block: Node) -> str:
    return "\n".join(inline.content for inline in block.inlines())


NOT_WORDS = lazy(r"[^\w\s]")


def plain_words(markdown: str) -> str:
    """Words only: no tags, marks or punctuation."""
    return NOT_WORDS.sub(" ", HTML_TAG.sub(" ", markdown))


def names_a_topic(line: str) -> bool:
    """`Linked List`, `레드-블랙트리(Red-Black Tree)`: a label, not a statement."""
    text = plain(line)
    return is_short_label(text) and not is_statement(text) and ":" not in text


_LIST_LABEL = lazy(
    r"^(?:\*\*|__)?(?P<label>[^*_\n:：]{1,30}?)(?:\*\*|__)?[ \t]*[:：]?(?:\*\*|__)?$"
)


def list_label(label: Node, block: Node) -> str | None:
    """The words of a paragraph that is only a label over the list right under it (`참고`,
    `References:`, `**출처**`, `Contents:`), without its bold or colon; None when the block
    is no list or the paragraph says more than a label."""
    if label.type != "paragraph" or block.type not in ("bullet_list", "ordered_list"):
        return None
    named = _LIST_LABEL.match(label.children[0].content.strip())
    return None if named is None else named["label"]


LINK_ADDRESSES = lazy(rf"(?<!!)\[({LINK_TEXT})\]\(\s*({LINK_ADDRESS})\)")
_SCHEME = lazy(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_NOTE_FILE = lazy(r"\.(md|markdown|ipynb)$", re.IGNORECASE)


def is_note_address(address: str) -> bool:
    """`./os/process.md`, `../README.md`, `https://github.com/…/blob/main/os/process.md`: a
    note of the collection, not a page elsewhere nor an anchor into this one."""
    address = address.strip("<> ").split()[0] if address.strip("<> ") else ""
    if not address or address.startswith("#"):
        return False
    return not _SCHEME.match(address) or bool(_NOTE_FILE.search(address.split("#")[0]))
