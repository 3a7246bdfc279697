"""Docusaurus, MkDocs and GitHub pages: what belongs to the site, not to the page's text.

- MDX lines — `import … from '…'`, `export …`, a `<head>` … `</head>` block, a line that
  only places a component (`<InDocAd />`) — build the site; they are not shown.
- A link to another page of the site (`[queue](./queue.md)`, `[x](x.md#part)`) goes
  nowhere inside Anki: the card shows its words.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

from flashgen.text import FENCE

_MDX_LINE = re.compile(
    r"^(?:import\s+(?:[\w*{][^'\"]*\sfrom\s+)?(['\"]).*\1;?"
    r"(?:\s*import\s+(?:[\w*{][^'\"]*\sfrom\s+)?(['\"]).*\2;?)*"
    r"|export\s+(?:const|default|function|let)\b.*"
    r"|(?:<[A-Z][\w.]*(?:\s[^<>]*)?/>\s*)+)\s*$"
)
_COMPONENT = re.compile(r"<[A-Z]")


def _might_hold_mdx(text: str) -> bool:
    """A cheap look (plain searches) for what could start an MDX line."""
    return (
        "import " in text or "export " in text or "<head>" in text or bool(_COMPONENT.search(text))
    )


_HEAD_OPEN = re.compile(r"^<head>\s*$")
_HEAD_CLOSE = re.compile(r"^</head>\s*$")


def without_mdx_lines(text: str) -> str:
    """The text with MDX's lines blanked (kept as empty lines, so every other line keeps
    its number), outside code fences."""
    if not _might_hold_mdx(text):
        return text  # most notes: no line to look at
    lines = text.split("\n")
    fence: str | None = None
    in_head = False
    for number, line in enumerate(lines):
        opening = FENCE.match(line)
        if fence is not None:
            if opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening[1]
            continue
        if in_head or _HEAD_OPEN.match(line):
            in_head = not _HEAD_CLOSE.match(line)
            lines[number] = ""
        elif _MDX_LINE.match(line):
            lines[number] = ""
    return "\n".join(lines)


_PAGE = re.compile(r"^(?![a-z][a-z0-9+.-]*:|//)[^?#]*\.mdx?(?:#.*)?$", re.IGNORECASE)
"""A relative address of a Markdown page (`./queue.md`, `../a/b.md#part`)."""


def _page_links_as_text(state: StateCore) -> None:
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        if not any(child.type == "link_open" for child in token.children):
            continue
        kept, dropped = [], 0
        for child in token.children:
            if child.type == "link_open" and _PAGE.match(str(child.attrs.get("href", ""))):
                dropped += 1
                continue
            if child.type == "link_close" and dropped and _closes_page_link(kept):
                dropped -= 1
                continue
            kept.append(child)
        token.children = kept


def _closes_page_link(kept: list) -> bool:
    """Whether the `link_close` met now closes a dropped link (links do not nest)."""
    for child in reversed(kept):
        if child.type == "link_open":
            return False
        if child.type == "link_close":
            return True
    return True


def page_links_plugin(md: MarkdownIt) -> None:
    md.core.ruler.push("page_links_as_text", _page_links_as_text)
