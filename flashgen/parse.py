"""Markdown text → a tree of sections that keeps source line numbers."""

from __future__ import annotations

import re
from functools import cache
from pathlib import PurePosixPath

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from flashgen.model import DECK_SEPARATOR, Note, NoteTree, Section

_LEADING_TABS = re.compile(r"^[ \t]+", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)
_SHORTCODE = re.compile(r":(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+:")
_HTML_TAG = re.compile(r"<[^>]*>")
_ANCHOR_LINK = re.compile(r"\[[^\]]*\]\(#[^)]*\)")
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]")
_NUMBERING = re.compile(r"^(Q\s*\d+\s*[.:)]|\d+(\.\d+)*[.)]|\d+(\.\d+)+)\s+", re.IGNORECASE)


@cache
def markdown_parser() -> MarkdownIt:
    """CommonMark plus tables, raw HTML kept as tokens (the renderer sanitises it)."""
    return MarkdownIt("commonmark", {"html": True}).enable("table")


def parse_note(note: Note) -> NoteTree:
    """Split a note into sections by its headings.

    The note's title is its only `#` heading when it has exactly one; otherwise the
    file name. Every other heading becomes a section under the one above it, whatever
    levels were skipped on the way.
    """
    text = _blank_comments(_normalise_indentation(note.text))
    nodes = SyntaxTreeNode(markdown_parser().parse(text)).children
    headings = [node for node in nodes if node.type == "heading"]
    h1s = [node for node in headings if node.tag == "h1"]
    title_node = h1s[0] if len(h1s) == 1 else None

    root = _section_for(title_node, level=0) if title_node is not None else None
    if root is None or not root.title:
        stem = PurePosixPath(note.name).stem
        root = Section(title=_deck_safe(stem) or "Untitled", title_markdown=stem, level=0, line=1)

    open_sections = [root]
    for node in nodes:
        if node is title_node:
            continue
        if node.type != "heading":
            open_sections[-1].blocks.append(node)
            continue
        section = _section_for(node, level=int(node.tag[1:]))
        while open_sections[-1].level >= section.level:
            open_sections.pop()
        if not section.title or section.title == open_sections[-1].title:
            # `## ` alone, or `# 이진 트리` then `## 이진 트리`: no new section, and no
            # `이진 트리::이진 트리` deck; what follows stays in the enclosing section.
            continue
        open_sections[-1].children.append(section)
        open_sections.append(section)
    return NoteTree(note=note, root=root, lines=tuple(text.split("\n")))


def plain_text(inline: SyntaxTreeNode) -> str:
    """The words of an inline node, without Markdown or HTML."""
    parts: list[str] = []
    for child in inline.walk(include_self=False):
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def _section_for(heading: SyntaxTreeNode, level: int) -> Section:
    inline = heading.children[0]
    return Section(
        title=_deck_safe(plain_text(inline)),
        title_markdown=clean_heading(inline.content),
        level=level,
        line=heading.map[0] + 1 if heading.map else 1,
    )


def clean_heading(markdown: str) -> str:
    """A heading as a card's question: without anchors, `[top](#top)` links, emoji, bold
    around the whole of it, or the numbering of a list of sections (`2.`, `6.1`, `Q1.`)."""
    for pattern in (_HTML_TAG, _ANCHOR_LINK, _SHORTCODE, _EMOJI):
        markdown = pattern.sub(" ", markdown)
    markdown = _unwrap_brackets(" ".join(markdown.split()).rstrip(":").strip())
    markdown = unwrap_strong(markdown)
    return _NUMBERING.sub("", markdown) if _NUMBERING.sub("", markdown) else markdown


def unwrap_strong(markdown: str) -> str:
    """`**EC2**` → `EC2`: bold that makes a heading or a term stand out, which a front needs not."""
    for mark in ("**", "__"):
        inner = markdown[len(mark) : -len(mark)]
        if markdown.startswith(mark) and markdown.endswith(mark) and mark not in inner and inner:
            return inner.strip()
    return markdown


def _deck_safe(title: str) -> str:
    """A heading as one deck-name component: `::` would start a subdeck in Anki."""
    title = _SHORTCODE.sub(" ", title).replace(DECK_SEPARATOR, ":")
    return _unwrap_brackets(" ".join(title.split()).rstrip(":").strip())


def _unwrap_brackets(title: str) -> str:
    """`[ Index 설정 기준 ]` → `Index 설정 기준`: brackets some notes put around every heading."""
    if title.startswith("[") and title.endswith("]") and title.count("[") == 1:
        return title[1:-1].strip()
    return title


def _blank_comments(text: str) -> str:
    """HTML comments out of the text, outside code fences, keeping every line where it was."""
    fences = [m.start() for m in _FENCE.finditer(text)]

    def in_code(position: int) -> bool:
        return sum(1 for start in fences if start < position) % 2 == 1

    def blank(match: re.Match[str]) -> str:
        if in_code(match.start()):
            return match.group(0)
        return "\n" * match.group(0).count("\n")

    return _COMMENT.sub(blank, text)


def _normalise_indentation(text: str) -> str:
    """Leading tabs → 4 spaces, so a block's lines can be re-indented by counting spaces."""
    return _LEADING_TABS.sub(lambda m: m.group(0).expandtabs(4), text)
