"""Docusaurus, MkDocs and GitHub pages: what belongs to the site, not to the page's text.

- MDX lines — `import … from '…'`, `export …`, a `<head>` … `</head>` block, a line that
  only places a component (`<InDocAd />`) — build the site; they are not shown.
- A partial page placed as a component (`import Courses from './_courses.md'`, then
  `<Courses />`) shows its text there, in a box, as the site does; the partial is not a
  page of its own (flavours/__init__.py leaves it out of the notes).
- `<Tabs>` of `<TabItem label="Python">` … `</TabItem>`: each tab's text in a box titled by
  its label (the site shows one tab at a time; a card shows them all); an `<Admonition
  type="tip" title="T">` … `</Admonition>`, a box as `:::tip T` is. Tabs each holding only
  code, each in another language, are one example: the first tab's code under
  `*Java* · Kotlin`, the others' code left out.
- MkDocs' content tabs (`=== "Python"` over indented text): each tab's text under its label
  in bold, unindented, so a long answer is asked in its tabs as in any parts a writer
  labels; what follows the tabs is no tab's. A snippet line (`--8<-- "x.md"`) is not shown.
- MDX comments (`{/* … */}`) are not shown.
- A link to another page of the site (`[queue](./queue.md)`, `[x](x.md#part)`, `[x](/docs/x)`)
  goes nowhere inside Anki: the card shows its words. So does a page put where a picture
  goes (`![the lambda page](…/lambda.md)`), which would show as a broken picture.
- A picture whose address is JSX (`src={require('@site/static/img/x.png').default}`,
  `src={useBaseUrl('/img/x.png')}`, an imported `src={Chart}`) is the file the site builds
  it from: `@site/` is the site's root, `/img/x.png` is in its `static/` folder
  (site_file), packed as any picture.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from flashgen.patterns import lazy
from flashgen.text import FENCE, outside_code_spans

_MDX_LINE = lazy(
    r"^(?:import\s+(?:[\w*{][^'\"]*\sfrom\s+)?(['\"]).*\1;?"
    r"(?:\s*import\s+(?:[\w*{][^'\"]*\sfrom\s+)?(['\"]).*\2;?)*"
    r"|export\s+(?:const|default|function|let)\b.*"
    r"|(?:<[A-Z][\w.]*(?:\s[^<>]*)?/>\s*)+)\s*$"
)
_COMPONENT = lazy(r"<[A-Z]")


def _might_hold_mdx(text: str) -> bool:
    """A cheap look (plain searches) for what could start an MDX line."""
    return (
        "import " in text
        or "export " in text
        or "<head>" in text
        or "{/*" in text
        or bool(_COMPONENT.search(text))
    )


_ESM_OPEN = lazy(
    r"^(?:import\s+(?:type\s+)?\{[^'\"]*$|export\s+(?:const|default|function|let|var|class|async)\b)"
)
"""An `import {` or `export const …` that may go on over the next lines (to a blank line,
as MDX reads it)."""
_MDX_COMMENT = lazy(r"\{/\*.*?\*/\}")


_HEAD_OPEN = lazy(r"^<head>\s*$")
_HEAD_CLOSE = lazy(r"^</head>\s*$")


_PARTIAL_IMPORT = lazy(
    r"^import\s+(?P<name>[A-Z]\w*)\s+from\s+(['\"])(?P<address>[^'\"]+\.mdx?)\2;?\s*$"
)
_PLACED = lazy(r"^\s*<(?P<name>[A-Z]\w*)\s*/>\s*$")


def partials_imported(text: str) -> dict[str, str]:
    """Each component a page imports from a Markdown file → the file's address from the page
    (`import Courses from './\\_courses/Courses.md'` → `_courses/Courses.md`)."""
    if "import " not in text:
        return {}
    found = {}
    for line in outside_fences(text).split("\n"):
        match = _PARTIAL_IMPORT.match(line)
        if match and not match["address"].startswith("@"):
            found[match["name"]] = match["address"].replace("\\_", "_").removeprefix("./")
    return found


def outside_fences(text: str) -> str:
    """The text with the lines of fenced code blanked: an `import` there is an example."""
    if "```" not in text and "~~~" not in text:
        return text
    lines = text.split("\n")
    fence: str | None = None
    for number, line in enumerate(lines):
        opening = FENCE.match(line)
        if fence is None:
            if opening:
                fence, lines[number] = opening[1], ""
            continue
        if opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence):
            fence = None
        lines[number] = ""
    return "\n".join(lines)


def without_mdx_lines(text: str, include: Callable[[str, int], str | None] | None = None) -> str:
    """The text with MDX's lines blanked (kept as empty lines, so every other line keeps
    its number), outside code fences. `include(address, line)` gives the one line of HTML
    that shows a partial page placed as a component (`<Courses />`), or None."""
    if not _might_hold_mdx(text):
        return text  # most notes: no line to look at
    partials = partials_imported(text) if include is not None else {}
    lines = text.split("\n")
    fence: str | None = None
    in_head = in_esm = in_comment = False
    for number, line in enumerate(lines):
        opening = FENCE.match(line)
        if fence is not None:
            if opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence):
                fence = None
            continue
        if in_comment or "{/*" in line:
            line, in_comment = _without_mdx_comments(line, in_comment)
            lines[number] = line
        if in_esm:
            in_esm = bool(line.strip())
            lines[number] = ""
        elif opening:
            fence = opening[1]
        elif in_head or _HEAD_OPEN.match(line):
            in_head = not _HEAD_CLOSE.match(line)
            lines[number] = ""
        elif _ESM_OPEN.match(line):
            in_esm, lines[number] = True, ""
        elif _MDX_LINE.match(line):
            placed = _PLACED.match(line) if partials else None
            shown = None
            if placed and placed["name"] in partials and include is not None:
                shown = include(partials[placed["name"]], number + 1)
            lines[number] = shown or ""
    return "\n".join(lines)


def _without_mdx_comments(line: str, in_comment: bool) -> tuple[str, bool]:
    """The line less what `{/* … */}` comments (which may span lines) hide of it."""
    if in_comment:
        end = line.find("*/}")
        if end < 0:
            return "", True
        line = line[end + 3 :]
    line = _MDX_COMMENT.sub("", line)
    start = line.find("{/*")
    if start >= 0:
        return line[:start].rstrip(), True
    return line, False


_PAGE = lazy(r"^(?![a-z][a-z0-9+.-]*:|//|#)\S", re.IGNORECASE)
"""An address with no scheme or host: a page of the site or a file beside the note
(`./queue.md`, `../a/b.md#part`, Docusaurus' `./lru` and `/docs/intro`), which a card, on
no site, cannot open."""


PAGE_FILE = lazy(r"\.(?:md|mdx|markdown|html?)(?:[?#][^/]*)?$", re.IGNORECASE)
"""An address of a page, not of a picture (`…/blob/main/java/lambda.md`)."""


def _page_links_as_text(state: StateCore) -> None:
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        if not any(child.type in ("link_open", "image") for child in token.children):
            continue
        kept, dropped = [], 0
        for child in token.children:
            if child.type == "image" and PAGE_FILE.search(str(child.attrs.get("src", ""))):
                # `![람다 페이지](…/lambda.md)`: a page put where a picture goes shows as a
                # broken picture; its words say what it is, as a link's do.
                child = Token("text", "", 0, content=child.content)  # noqa: PLW2901
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


_TABS = lazy(r"^\s*</?Tabs\b[^<>]*>\s*$")
_BOX_OPEN = lazy(r"^\s*<(?P<name>TabItem|Admonition)\b(?P<attributes>[^<>]*)>(?P<rest>.*)$")
_BOX_OPEN_UNCLOSED = lazy(r"^\s*<(?:TabItem|Admonition)\b[^<>]*$")
_BOX_CLOSE = lazy(r"^\s*</(?P<name>TabItem|Admonition)>\s*$")
_ATTRIBUTE = lazy(r"""\b(?P<key>label|value|type|title)=\{?(["'`])(?P<value>.*?)\2\}?""")
_MARKERS = {"TabItem": "::::::", "Admonition": ":::::"}
"""Each component's box marker: longer than a `:::` admonition's inside it, so that one
ends first, and a tab's longer than an `<Admonition>`'s."""


def components_as_boxes(text: str) -> str:
    """Docusaurus' `<Tabs>` of `<TabItem label="Python">` … `</TabItem>`, and `<Admonition
    type="tip" title="T">` … `</Admonition>`, as boxes (`::::::tab Python` … `::::::`, read by
    boxes.py), titled by the tab's label or the admonition's title, their text unindented as
    MDX reads it; line for line, outside code fences."""
    return _components(text, tabs=False)[0]


def components_and_tabs(text: str) -> tuple[str, frozenset[int], frozenset[int]]:
    """`components_as_boxes`, but a tab that stands in no box is read as MkDocs' content
    tabs are (`content_tabs`): its label a bold name alone on its line (`**Cache-aside**`),
    its text unindented under it, so that a long answer is asked in its tabs, each the
    heading's way or kind beside the others; also the lines (from 0) that follow a set of
    such tabs, the page's text again, and the lines of their labels."""
    return _components(text, tabs=True)


def _components(text: str, tabs: bool) -> tuple[str, frozenset[int], frozenset[int]]:
    if "<TabItem" not in text and "<Admonition" not in text:
        return text, frozenset(), frozenset()
    lines = text.split("\n")
    if tabs:
        _examples_in_languages(lines)
    fence: str | None = None
    opened: list[tuple[int, bool]] = []  # each box open here: its text's indent, a bare tab?
    labels: set[int] = set()
    ends: set[int] = set()
    closed_tab = False  # a bare tab closed, and no text since: the next text is the page's
    for number, line in enumerate(lines):
        indent = opened[-1][0] if opened else 0
        opening = FENCE.match(_unindented(line, indent))
        if fence is not None:
            if opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence):
                fence = None
            lines[number] = _unindented(line, indent)
            continue
        if _TABS.match(line):
            lines[number] = ""
            continue
        if _BOX_OPEN_UNCLOSED.match(line):  # `<TabItem` over lines of attributes, then `>`
            end = next((n for n in range(number + 1, len(lines)) if ">" in lines[n]), None)
            if end is not None and end - number <= 8:
                line = " ".join(part.strip() for part in lines[number : end + 1])
                lines[number + 1 : end + 1] = [""] * (end - number)
        if box := _BOX_OPEN.match(line):
            kind, title = _kind_and_title(box["name"], box["attributes"])
            one_line = re.match(rf"^(?P<content>.*?)</{box['name']}>\s*$", box["rest"].strip())
            if one_line:  # `<TabItem value="go">Go has none.</TabItem>`
                lines[number] = f"**{title}:** {one_line['content'].strip()}"
                continue
            bare = tabs and kind == "tab" and not opened
            if bare:
                below = next((n for n in range(number + 1, len(lines)) if lines[n].strip()), None)
                said = below is not None and bool(_PROSE.match(lines[below].strip()))
                lines[number] = f"**{title}**" + ("\\" if said and below == number + 1 else "")
                labels.add(number)
                closed_tab = False
            else:
                lines[number] = f"{_MARKERS[box['name']]}{kind} {title}".rstrip()
            opened.append((_indent_of_box(lines, number + 1), bare))
        elif opened and _BOX_CLOSE.match(line):
            bare = opened.pop()[1]
            lines[number] = "" if bare else _MARKERS[_BOX_CLOSE.match(line)["name"]]
            closed_tab = closed_tab or bare
        else:
            if opening:
                fence = opening[1]
            if closed_tab and line.strip() and not opened:
                ends.add(number)
                closed_tab = False
            lines[number] = _unindented(line, indent)
    return "\n".join(lines), frozenset(ends), frozenset(labels)


_TAB_BAR = lazy(r"^\*[^*\n]+\*(?: · [^·\n]+)+$")


def names_tabs(line: str) -> bool:
    """Whether a line names the tabs of one example in several languages (`*Java* · Kotlin`,
    the one shown first in italics: `_examples_in_languages`); it names no part of the
    answer."""
    return "·" in line and _TAB_BAR.match(line) is not None


_TABS_OPEN = lazy(r"^\s*<Tabs\b[^<>]*>\s*$")
_TABS_CLOSE = lazy(r"^\s*</Tabs>\s*$")


def _examples_in_languages(lines: list[str]) -> None:
    """A set of tabs each holding only one fenced block of code, each in another language
    (`<TabItem label="Java">` over a `java` fence, then `<TabItem label="Kotlin">` over a
    `kotlin` one): one example written out in several languages, of which the site shows
    one at a time. Read as the page first shows it, in place: the first tab's code under a
    line naming it and the other tabs beside it (`*Java* · Kotlin`), the others' code
    left out, the same example again. Named one by one, the labels would be taken for the
    heading's parts, asked bare (`… › Kotlin`) and listed bare on its card (`- Java`)."""
    start = None
    fence = ""  # the code fence open here, whose lines are code: no tabs
    for number, line in enumerate(lines):
        if line.lstrip(" ")[:3] in ("```", "~~~") and (opening := FENCE.match(line.lstrip(" "))):
            if not fence:
                fence = opening[1]
            elif opening[1][0] == fence[0] and len(opening[1]) >= len(fence):
                fence = ""
            continue
        if fence or "Tabs" not in line:
            continue  # most lines
        if _TABS_OPEN.match(line):
            start = number
        elif start is not None and _TABS_CLOSE.match(line):
            _example_in_languages(lines, start, number)
            start = None


def _example_in_languages(lines: list[str], start: int, end: int) -> None:
    """The tabs between lines `start` and `end` read so, when they are such an example."""
    tabs: list[tuple[int, int, str]] = []  # each tab's opening line, closing line, label
    languages: set[str] = set()
    number = start + 1
    while number < end:
        line = lines[number]
        if not line.strip():
            number += 1
            continue
        box = _BOX_OPEN.match(line)
        if box is None or box["name"] != "TabItem" or box["rest"].strip():
            return
        close = next((n for n in range(number + 1, end) if _BOX_CLOSE.match(lines[n])), None)
        said = [n for n in range(number + 1, close or end) if lines[n].strip()]
        if close is None or len(said) < 2:
            return
        opening = FENCE.match(lines[said[0]].lstrip(" "))
        closing = FENCE.match(lines[said[-1]].lstrip(" "))
        language = lines[said[0]].strip().lstrip("`~").split(" ")[0].casefold()
        if opening is None or closing is None or not language or language in languages:
            return
        if lines[said[-1]].strip() != opening[1] or any(
            FENCE.match(lines[n].lstrip(" ")) for n in said[1:-1]
        ):
            return  # words beside the code, or more code: a tab of its own
        languages.add(language)
        tabs.append((number, close, _kind_and_title("TabItem", box["attributes"])[1]))
        number = close + 1
    if len(tabs) < 2:
        return
    (first, close, label), *others = tabs
    lines[first] = f"*{label}* · " + " · ".join(other for _, _, other in others)
    indent = _indent_of_box(lines, first + 1)
    for number in range(first + 1, close):
        lines[number] = _unindented(lines[number], indent)
    lines[close] = ""
    for other_first, other_close, _ in others:
        lines[other_first : other_close + 1] = [""] * (other_close + 1 - other_first)


def _kind_and_title(name: str, attributes: str) -> tuple[str, str]:
    found = {match["key"]: match["value"] for match in _ATTRIBUTE.finditer(attributes)}
    if name == "Admonition":
        return found.get("type") or "note", " ".join(found.get("title", "").split())
    return "tab", " ".join((found.get("label") or found.get("value") or "Tab").split())


def _indent_of_box(lines: list[str], start: int) -> int:
    """The fewest spaces any line of the box's text starts with."""
    indents = []
    for line in lines[start:]:
        if _BOX_CLOSE.match(line):
            break
        if line.strip():
            indents.append(len(line) - len(line.lstrip(" ")))
    return min(indents, default=0)


def _unindented(line: str, indent: int) -> str:
    if not indent:
        return line
    return line[indent:] if line[:indent].strip() == "" else line.lstrip(" ")


_TAB = lazy(r'^(?P<indent> *)===[!+]{0,2}[ \t]+"(?P<label>[^"\n]*\S[^"\n]*)"[ \t]*$')
"""MkDocs' content tab (`=== "Python"`, `===! "…"`, `===+ "…"`) over its indented text."""
_TABS_IN = lazy(r'^ *===[!+]{0,2}[ \t]+"', re.MULTILINE)
_ADMONITION = lazy(r"^(?P<indent> *)(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z]")
"""`!!! note`, `??? tip`, `???+ faq`: an admonition over its indented text, which may hold tabs."""
_ATX_HEADING = lazy(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_PROSE = lazy(r"^(?![-*+][ \t]|\d+[.)][ \t]|`{3}|~{3}|[#>|<!?=])\S")
"""A line of words (not a list, code, a heading, a quote, a table, HTML or a box)."""


def content_tabs(text: str) -> tuple[str, frozenset[int], frozenset[int]]:
    """MkDocs' content tabs (`=== "Python"` over its text, indented by four) as the page
    shows them, each tab's text under its label: the label a bold name alone on its line
    (`**Python**`), the text unindented; line for line, outside code fences. A tab in a tab
    or in an admonition (`!!! note`) is read so too, as deep as it stands. Also the lines
    (from 0) that follow a set of tabs, the page's text again: no tab's; and the lines of
    the tabs' labels."""
    if "===" not in text or not _TABS_IN.search(text):
        return text, frozenset(), frozenset()  # most notes
    ends: set[int] = set()
    labels: set[int] = set()
    lines = text.split("\n")
    written = list(lines)
    opened: list[tuple[int, bool]] = []  # each tab or admonition around: its text's indent, a tab?
    fence: tuple[str, int] | None = None  # a fence open: its marks, and how many blocks around
    for number, line in enumerate(written):
        closed_tab = False
        if line.strip():
            indent = len(line) - len(line.lstrip(" "))
            while opened and indent < opened[-1][0]:
                closed_tab = opened.pop()[1] or closed_tab
            if fence is not None and len(opened) < fence[1]:
                fence = None  # the block holding the fence ended, and the fence with it
        base = opened[-1][0] if opened else 0
        shift = 4 * sum(1 for _, tab in opened if tab)
        inner = line[base:] if line[:base].strip() == "" else line.lstrip(" ")
        if fence is not None:
            closing = FENCE.match(inner)
            if closing and closing[1][0] == fence[0][0] and len(closing[1]) >= len(fence[0]):
                fence = None
        elif (tab := _TAB.match(line)) and _opens_tab(written, number, base, closed_tab):
            below = written[number + 1].strip() if number + 1 < len(written) else ""
            label = f"**{tab['label'].strip()}**" + ("\\" if _PROSE.match(below) else "")
            lines[number] = " " * (base - shift) + label  # words right under: a break
            labels.add(number)
            above = lines[number - 1] if number else ""
            if above.strip() and _PROSE.match(above.strip()):  # `=== "B"` right under A's
                lines[number - 1] = above + "\\"  # words: its own line, as on the page
            opened.append((base + 4, True))
            continue
        else:
            if closed_tab:
                ends.add(number)
            if (box := _ADMONITION.match(line)) and len(box["indent"]) == base:
                opened.append((base + 4, False))
            elif opening := FENCE.match(inner):
                fence = (opening[1], len(opened))
        if shift:
            lines[number] = _unindented(line, shift)
    return "\n".join(lines), frozenset(ends), frozenset(labels)


def _opens_tab(lines: list[str], number: int, base: int, after_tab: bool) -> bool:
    """Whether the tab marker on line `number` opens a tab: it stands where a block may
    start (after a blank line, a heading or another tab's text), as deep as the blocks
    around it, over text indented by four more."""
    line = lines[number]
    if len(line) - len(line.lstrip(" ")) != base:
        return False
    above = lines[number - 1] if number else ""
    starts = not above.strip() or after_tab or bool(_ATX_HEADING.match(above))
    return starts and _indented_below(lines, number, base + 4)


def _indented_below(lines: list[str], number: int, indent: int) -> bool:
    """Whether the first line with words after `number` is indented by `indent` or more."""
    for line in lines[number + 1 :]:
        if line.strip():
            return len(line) - len(line.lstrip(" ")) >= indent
    return False


_SNIPPET = lazy(r"""^[ \t]*-+8<-+(?:[ \t]+(?:"[^"\n]+"|'[^'\n]+'))?[ \t]*$""")
"""MkDocs' snippet of another file (`--8<-- "includes/abbreviations.md"`, or `--8<--` over
and under a list of files)."""


def without_snippet_lines(text: str) -> str:
    """The text with MkDocs' snippet lines blanked, outside code fences: the site puts
    another file's text there, which a card does not show (often the site's list of
    abbreviations, shown as no text at all)."""
    if "8<-" not in text:
        return text  # most notes
    lines = text.split("\n")
    plain = outside_fences(text).split("\n")
    number = 0
    while number < len(lines):
        if _SNIPPET.match(plain[number]):
            end = number
            if plain[number].strip().endswith("-"):  # `--8<--` alone: files a line, to the next
                end = next(
                    (n for n in range(number + 1, len(lines)) if _SNIPPET.match(plain[n])), number
                )
                if end > number and any(not plain[n].strip() for n in range(number, end)):
                    end = number  # a block of files holds no blank line
            lines[number : end + 1] = [""] * (end + 1 - number)
            number = end
        number += 1
    return "\n".join(lines)


_ABBREVIATION = lazy(r"^ {0,3}\*\[[^\]\n]+\]:[ \t]*\S")
"""`*[AUC]: Area Under the Curve`: MkDocs' abbreviation line (`abbr`), shown as no text."""


def without_abbreviation_lines(text: str) -> str:
    """The text with MkDocs' abbreviation lines blanked, outside code fences: the site shows
    them as no text, only as a tooltip over the word where the page uses it."""
    if "*[" not in text:
        return text  # most notes
    lines = text.split("\n")
    plain = outside_fences(text).split("\n")
    for number, line in enumerate(plain):
        if line.lstrip().startswith("*[") and _ABBREVIATION.match(line):
            lines[number] = ""
    return "\n".join(lines)


_TOC_MARKER = lazy(
    r"^[ \t]*(?:\[TOC\]|\[\[_?TOC_?\]\]|\$\{toc\}|@\[toc\]|\{:\s*\.?toc\s*\})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""`[TOC]` (Python-Markdown, MkDocs), `[[_TOC_]]` (GitLab, Azure DevOps), `${toc}`, `@[toc]`,
kramdown's `{:toc}`: where a site draws the page's table of contents, no text of the note's."""
_KRAMDOWN_TOC_ITEM = lazy(r"^[ \t]*(?:[*+-]|1\.)[ \t]+\S.*$")


def without_toc_markers(text: str) -> str:
    """The text with its table-of-contents markers blanked, outside code fences: the site
    puts the page's contents there, which a card does not show (a title over only `[TOC]`
    would be a card with no answer). Kramdown's marker closes a one-item list whose text
    the contents replace (`* TOC` over `{:toc}`): that item goes too."""
    if _TOC_MARKER.search(text) is None:
        return text  # most notes
    lines = text.split("\n")
    plain = outside_fences(text).split("\n")
    for number, line in enumerate(plain):
        if _TOC_MARKER.match(line):
            lines[number] = ""
            before = number - 1
            if "{:" in line and before >= 0 and _KRAMDOWN_TOC_ITEM.match(plain[before]):
                lines[before] = ""
    return "\n".join(lines)


_JSX_SOURCE = lazy(
    r"""\bsrc=\{\s*(?:(?P<call>require|useBaseUrl)\(\s*(?P<quote>['"`])(?P<address>[^'"`{}]+)"""
    r"""(?P=quote)\s*\)(?:\.default)?|(?P<name>[A-Za-z_$][\w$]*))\s*\}"""
)
_IMAGE_IMPORT = lazy(
    r"""^import\s+(?P<name>[A-Za-z_$][\w$]*)\s+from\s+(['"])"""
    r"""(?P<address>[^'"]+\.(?:png|jpe?g|gif|bmp|svg|webp|avif))\2;?\s*$""",
    re.IGNORECASE | re.MULTILINE,
)


def jsx_image_sources(text: str) -> str:
    """`src={require('@site/static/img/x.png').default}` → `src="@site/static/img/x.png"`,
    `src={useBaseUrl('/img/x.png')}` → `src="/img/x.png"`, and `src={Chart}` after `import
    Chart from './chart.png'` → `src="./chart.png"`: the address the site builds the picture
    from, as HTML can hold it (and a message can name it); outside code, line for line."""
    if "src={" not in text:
        return text  # most notes
    code_less = outside_fences(text)
    imported = {match["name"]: match["address"] for match in _IMAGE_IMPORT.finditer(code_less)}
    lines = code_less.split("\n")

    def address(found: re.Match[str]) -> str:
        where = found["address"] or imported.get(found["name"])
        return f'src="{where}"' if where else found[0]

    written = text.split("\n")
    for number, line in enumerate(lines):
        if "src={" in line:
            written[number] = outside_code_spans(line, lambda text: _JSX_SOURCE.sub(address, text))
    return "\n".join(written)


SITE_CONFIGS = tuple(f"docusaurus.config.{kind}" for kind in ("js", "ts", "mjs", "cjs"))


def site_file(address: str, folder: Path, root: Path) -> Path | None:
    """The file a Docusaurus site means by `address` in a note in `folder`: `@site/x` is `x`
    in the site's root (the folder up to `root` holding its config, else `root`), and `/img/x.png`
    in the site's `static/` folder when it has one; None for any other address. Not yet
    confined to the notes folder: media.py does that as for any picture."""
    if address.startswith("@site/"):
        return _site_root(folder, root) / address.removeprefix("@site/")
    if address.startswith("/") and not address.startswith("//"):
        static = _site_root(folder, root) / "static"
        return static / address.lstrip("/") if static.is_dir() else None
    return None


def _site_root(folder: Path, root: Path) -> Path:
    if not folder.is_relative_to(root):
        return root
    for parent in (folder, *folder.parents):
        if any((parent / name).is_file() for name in SITE_CONFIGS):
            return parent
        if parent == root:
            break
    return root
