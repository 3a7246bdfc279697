"""Docusaurus, MkDocs and GitHub pages: what belongs to the site, not to the page's text.

- MDX lines — `import … from '…'`, `export …`, a `<head>` … `</head>` block, a line that
  only places a component (`<InDocAd />`) — build the site; they are not shown.
- A partial page placed as a component (`import Courses from './_courses.md'`, then
  `<Courses />`) shows its text there, in a box, as the site does; the partial is not a
  page of its own (flavours/__init__.py leaves it out of the notes).
- `<Tabs>` of `<TabItem label="Python">` … `</TabItem>`: each tab's text in a box titled by
  its label (the site shows one tab at a time; a card shows them all).
- A link to another page of the site (`[queue](./queue.md)`, `[x](x.md#part)`) goes
  nowhere inside Anki: the card shows its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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


_PARTIAL_IMPORT = re.compile(
    r"^import\s+(?P<name>[A-Z]\w*)\s+from\s+(['\"])(?P<address>[^'\"]+\.mdx?)\2;?\s*$"
)
_PLACED = re.compile(r"^\s*<(?P<name>[A-Z]\w*)\s*/>\s*$")


def partials_imported(text: str) -> dict[str, str]:
    """Each component a page imports from a Markdown file → the file's address from the page
    (`import Courses from './\\_courses/Courses.md'` → `_courses/Courses.md`)."""
    if "import " not in text:
        return {}
    found = {}
    for line in text.split("\n"):
        match = _PARTIAL_IMPORT.match(line)
        if match and not match["address"].startswith("@"):
            found[match["name"]] = match["address"].replace("\\_", "_").removeprefix("./")
    return found


def without_mdx_lines(text: str, include: Callable[[str, int], str | None] | None = None) -> str:
    """The text with MDX's lines blanked (kept as empty lines, so every other line keeps
    its number), outside code fences. `include(address, line)` gives the one line of HTML
    that shows a partial page placed as a component (`<Courses />`), or None."""
    if not _might_hold_mdx(text):
        return text  # most notes: no line to look at
    partials = partials_imported(text) if include is not None else {}
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
            placed = _PLACED.match(line) if partials else None
            shown = None
            if placed and placed["name"] in partials and include is not None:
                shown = include(partials[placed["name"]], number + 1)
            lines[number] = shown or ""
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


_TABS = re.compile(r"^\s*</?Tabs\b[^<>]*>\s*$")
_TAB_OPEN = re.compile(r"^(?P<indent>\s*)<TabItem\b(?P<attributes>[^<>]*)>(?P<rest>.*)$")
_TAB_CLOSE = re.compile(r"^\s*</TabItem>\s*$")
_TAB_ONE_LINE = re.compile(r"^(?P<content>.*?)</TabItem>\s*$")
_ATTRIBUTE = re.compile(r"""\b(?P<key>label|value)=\{?(["'`])(?P<value>.*?)\2\}?""")
TAB_BOX = "::::::"
"""A tab's box: longer than any admonition's `:::` inside it, so that one ends first."""


def tabs_as_boxes(text: str) -> str:
    """Docusaurus' `<Tabs>` blocks with each `<TabItem label="Python">` … `</TabItem>` as a
    box titled by its label (`TAB_BOX tab Python` … `TAB_BOX`, read by boxes.py), its text
    unindented as MDX reads it; line for line, outside code fences."""
    if "<TabItem" not in text:
        return text
    lines = text.split("\n")
    fence: str | None = None
    indent: int | None = None  # inside a tab: the indent its text is written at
    for number, line in enumerate(lines):
        opening = FENCE.match(line if indent is None else _unindented(line, indent))
        if fence is not None:
            if opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence):
                fence = None
            lines[number] = _unindented(line, indent)
            continue
        if _TABS.match(line):
            lines[number] = ""
        elif tab := _TAB_OPEN.match(line):
            lines[number] = f"{TAB_BOX}tab {_label(tab['attributes'])}"
            rest = tab["rest"].strip()
            if one_line := _TAB_ONE_LINE.match(rest):  # `<TabItem …>text</TabItem>`
                lines[number] = f"**{_label(tab['attributes'])}:** {one_line['content'].strip()}"
                continue
            indent = _indent_of_tab(lines, number + 1)
        elif indent is not None and _TAB_CLOSE.match(line):
            lines[number], indent = TAB_BOX, None
        else:
            if opening:
                fence = opening[1]
            lines[number] = _unindented(line, indent)
    return "\n".join(lines)


def _label(attributes: str) -> str:
    found = {match["key"]: match["value"] for match in _ATTRIBUTE.finditer(attributes)}
    return " ".join((found.get("label") or found.get("value") or "Tab").split())


def _indent_of_tab(lines: list[str], start: int) -> int:
    """The fewest spaces any line of the tab's text starts with."""
    indents = []
    for line in lines[start:]:
        if _TAB_CLOSE.match(line):
            break
        if line.strip():
            indents.append(len(line) - len(line.lstrip(" ")))
    return min(indents, default=0)


def _unindented(line: str, indent: int | None) -> str:
    if not indent:
        return line
    return line[indent:] if line[:indent].strip() == "" else line.lstrip(" ")
