"""The walk asks each "not study material" check only of the kinds of block it declares it
reads: a check that could recognise another kind would then let that block through."""

from pathlib import Path

from flashgen.extract import SKIPPED_BLOCKS
from flashgen.extract.skip.common import (
    LINK_MARKS,
    holds,
    holds_marks,
    holds_to_do,
    source_text,
)
from flashgen.extract.skip.navigation import _ANCHOR_LINK_LINE, _may_hold_link
from flashgen.markdown_parser import read_inline
from flashgen.model import Note
from flashgen.parse import parse_note
from flashgen.syntax import Node

# Every kind of block, each written as one of the checks looks for (links, dates, badges,
# credits, prices …), so a check that reads more kinds than it declares is caught.
_NOTE = """# Kinds

[Top](#kinds) · [뒤로](../README.md)

- [TCP](./network/tcp.md)
- [UDP](./network/udp.md)
  - [Java] 자바 컴파일 과정

1. [Formula](#formula)
2. [Proof](#proof)

| Name | Link |
| --- | --- |
| [Array](./array.md) | $10 |

> 📅 날짜: 2024.03.05 | 발표자: 김민수
> - [이전 글](./prev.md)

<div align="center"><a href="#top"><img src="https://github.com/kim.png"></a></div>

> [!NOTE]
> See more in [the docs](https://example.com/docs).

```
Created: March 5, 2024
- [TCP](./network/tcp.md)
```

    [Top](#top) indented code

---

[![License](https://img.shields.io/badge/license-MIT-blue.svg)](LICENSE)

$$
[Top](#top)
$$
"""


def _blocks(node):
    for block in node.blocks:
        yield block
        yield from _blocks_under(block)
    for child in node.children:
        yield from _blocks(child)


def _blocks_under(block):
    for child in block.children:
        if child.type not in ("inline", "list_item", "text"):
            yield child
        yield from _blocks_under(child)


def test_a_check_never_skips_a_kind_of_block_it_does_not_declare_it_reads():
    tree = parse_note(Note(Path("kinds.md"), "kinds.md", _NOTE))
    blocks = list(_blocks(tree.root))
    assert {"paragraph", "bullet_list", "ordered_list", "table", "blockquote"} <= {
        block.type for block in blocks
    }
    for check in SKIPPED_BLOCKS:
        kinds = getattr(check, "block_kinds", None)
        if kinds is None:
            continue
        for block in blocks:
            if block.type not in kinds:
                assert not check(block), (check.__name__, block.type)


def test_a_link_deep_in_a_list_is_found_and_a_list_without_one_is_not():
    tree = parse_note(
        Note(Path("lists.md"), "lists.md", "- a\n  - b\n    - [c](./c.md)\n\ntext\n\n- a\n  - b\n")
    )
    first, _, last = tree.root.blocks
    assert holds(first, "[")
    assert not holds(last, "[")


# Each block written like one a link-reading check drops (a table of contents, an index of
# notes, a pointer, navigation, a to-do list), but with no link, picture, tag nor checkbox;
# and a date line, which a check that reads no links drops.
_WITHOUT_LINKS = """# Plain

- Top
- 뒤로

- 목차
  - 소개
  - 본론

1. Formula
2. Proof

- See more in the docs.
- Read more on the wiki.

- x 네트워크 정리
- x 운영체제 정리

| Name | Link |
| --- | --- |
| Array | ./array.md |

> See more in the docs.

Top · 뒤로

Created: March 5, 2024
"""


def test_a_check_that_reads_links_never_skips_a_block_written_without_one():
    tree = parse_note(Note(Path("plain.md"), "plain.md", _WITHOUT_LINKS))
    blocks = list(_blocks(tree.root))
    reading_links = [check for check in SKIPPED_BLOCKS if getattr(check, "reads_links", False)]
    assert reading_links
    for block in blocks:
        assert block.map is None or not holds_marks(block, tree.lines)  # (a cell has none)
        for check in reading_links:
            assert not check(block), (check.__name__, block.type)


def test_every_block_whose_text_holds_a_link_is_seen_to_hold_one():
    tree = parse_note(Note(Path("kinds.md"), "kinds.md", _NOTE))
    for block in _blocks(tree.root):
        if any(mark in source_text(block) or mark in block.content for mark in LINK_MARKS):
            assert holds_marks(block, tree.lines), block.type


_TOPICS = """# Topics

- Linear regression
- Decision trees
- Support vector machines

* Linear regression — TODO move here
* Decision trees
* SVMs — skip for now?
"""


def test_a_check_that_reads_to_do_remarks_never_skips_a_list_written_without_one():
    tree = parse_note(Note(Path("topics.md"), "topics.md", _TOPICS))
    plain, remarked = tree.root.blocks
    reading = [check for check in SKIPPED_BLOCKS if getattr(check, "reads_to_do", False)]
    assert reading
    assert not holds_to_do(plain, tree.lines)
    assert holds_to_do(remarked, tree.lines)
    for check in reading:
        assert not check(plain), check.__name__
    assert any(check(remarked) for check in reading)


# Lines a table of contents or a navigation line may be written in, plain and not: what the
# checks tell from a line's text before reading its tokens must be what its tokens show.
_LINK_LINES = [
    "[SQS 특징](#sqs-특징)",
    "[*Formula*](#formula)",
    "[a **b](#c)",
    "[x](#)",
    "[Top](#top) · [뒤로](../README.md)",
    '[Top](#top "title")',
    "[`code`](#code)",
    "[a [b]](#c)",
    "[a](#b\\))",
    "[a](#\x01)",
    "\\[a](#b)",
    "![](https://example.com/a.png)",
    "![a](x.png) ![b](y.png)",
    "\\![a](#b)",
    "![a] [b](#c)",
    "<https://example.com>",
    "[![badge](https://img.shields.io/x.svg)](#top)",
]


def _links(line):
    return [node for node in Node(read_inline(line)).walk() if node.type == "link"]


def test_a_line_told_to_be_one_link_into_the_page_has_tokens_of_one():
    told = [line for line in _LINK_LINES if _ANCHOR_LINK_LINE.fullmatch(line)]
    assert told[:4] == _LINK_LINES[:4]
    for line in told:
        links = _links(line)
        assert len(links) == 1 and links[0].attrs["href"].startswith("#"), line


def test_a_line_told_to_hold_no_link_has_tokens_of_none():
    assert not _may_hold_link("![](https://example.com/a.png)")
    for line in _LINK_LINES:
        if _links(line):
            assert _may_hold_link(line), line
