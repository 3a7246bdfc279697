"""Pages kept in Logseq, and the fields of an Obsidian note, as their tools show them.

Logseq keeps a page as an outline: every line a bullet, a heading written as a bullet
(`- ## Glycolysis`) over its points, nested one tab or two spaces deeper; properties as
`key:: value` lines, the page's at its top and a block's under its first line (`id::` and
`collapsed::` hidden); the writer's tasks as `TODO` / `DONE` bullets; `{{query …}}`
macros and `((id))` references to other blocks. Read as plain Markdown, the page is one
long list under no heading, each property an explicit `key:: value` card, and the macros
raw syntax.

Obsidian's Dataview writes a note's fields the same way, as `key:: value` lines under its
title (`status:: 정리중`, `분류:: 메시징`). Both tools show a page's fields as a table of
properties above the page, not as its text: they are no card.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flashgen.flavours.pages import outside_fences
from flashgen.patterns import lazy

_FIELD = lazy(r"^[ \t]*[^\s:`*#>\-][^\s:`]*::[ \t]+\S")
"""`status:: 정리중`, `tags:: metabolism, carbs`: a one-word key, `::`, a space, a value
(`std::vector` and `Q::A` with no space after `::` are not fields)."""
_TITLE = lazy(r"^#[ \t]+\S")
_HEADING_BULLET = lazy(r"^[-*][ \t]+(#{1,6})[ \t]+(\S.*)$")
_TASK = lazy(
    r"^([-*])[ \t]+(TODO|DOING|NOW|LATER|WAITING|WAIT|IN-PROGRESS|DONE|CANCELED|CANCELLED)\b[ \t]*"
)
_HIDDEN_KEYS = frozenset({"id", "collapsed", "heading", "background-color"})
"""Block properties Logseq keeps to itself and never shows."""
_MACRO = lazy(r"\{\{(?!c\d+::)(\w+)\b[^{}]*\}\}")
_CLOZE = lazy(r"\{\{cloze[ \t]+([^{}]*)\}\}")
_BLOCK_REF = lazy(r"\(\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)\)")
_CARD_TAG = lazy(r"[ \t]*#(?:card|\[\[card\]\])(?![\w\-/])")
_BULLET = lazy(r"^[-*][ \t]+")
_TAG_PAGE = lazy(r"#\[\[([^\[\]\n]+)\]\]")


def without_page_fields(text: str) -> str:
    """The text with the fields that open a note blank: the run of `key:: value` lines
    before anything else but blank lines and the note's `#` title. Two or more make a
    run; one alone is a run on a page whose next line is a bullet (a Logseq page's lone
    `tags::`). Every line stays where it was."""
    if "::" not in text[:4096]:
        return text  # most notes
    lines = text.split("\n")
    fields: list[int] = []
    titled = False
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        if _FIELD.match(line):
            fields.append(number)
            continue
        if not fields and not titled and _TITLE.match(line):
            titled = True
            continue
        if len(fields) == 1 and not line.lstrip().startswith(("- ", "* ")):
            return text
        break
    if not fields:
        return text
    for number in fields:
        lines[number] = ""
    return "\n".join(lines)


def _is_outline(plain: list[str]) -> bool:
    """Whether the note (`plain`: its lines, code blanked) is a Logseq page: it opens on a
    bullet or a page property, nine lines in ten outside code are bullets or lines under
    them, and a heading is written as a bullet (`- ## Overview`) or a block carries a
    property only Logseq writes (`id::`, `collapsed::`). A GitHub note with a `- ### Step`
    among its paragraphs is no outline."""
    lines = [line for line in plain if line.strip()]
    if not lines or not (_is_bullet(lines[0]) or _FIELD.match(lines[0])):
        return False
    outlined = sum(
        1 for line in lines if _is_bullet(line) or line[:1] in " \t" or _FIELD.match(line)
    )
    if outlined < 0.9 * len(lines):
        return False
    return any(_HEADING_BULLET.match(line.lstrip()) or _hidden_property(line) for line in lines)


def outline_read(text: str, elsewhere: Callable[[str], str] | None = None) -> str:
    """A Logseq page as the Markdown it shows: a heading bullet a heading, its points
    moved out by one level to stand under it; a block's properties as `key: value` lines,
    the hidden ones blank; a task (`TODO …`, `DONE …`) with what is under it left out, as
    the writer's to-do, not the page's content; a `((id))` reference as the text of the
    block it names, on the page or by `elsewhere` on another (else nothing); a block
    tagged `#card` as the card it asks (`_card_read`); `{{cloze x}}` elsewhere as `x` and
    other macros (`{{query …}}`) blank; `#[[two words]]` as a tag; `#+BEGIN_QUOTE` … its
    lines … `#+END_QUOTE` as a quote (`_quote_read`). Every line stays where
    it was; code keeps its lines as written, less the outline's indent."""
    if "- #" not in text and "id::" not in text and "collapsed::" not in text:
        return text  # most notes: no heading bullet, no property only Logseq writes
    plain = outside_fences(text).split("\n")
    if not _is_outline(plain):
        return text
    lines = text.split("\n")
    own = _blocks_by_id(lines)

    def block(block_id: str) -> str:
        if block_id in own or elsewhere is None:
            return own.get(block_id, "")
        own[block_id] = elsewhere(block_id)  # looked up once a page
        return own[block_id]

    headings: list[tuple[int, int | None]] = []  # (the bullet's indent, its points' indent)
    task: int | None = None  # the indent of the task bullet whose lines are being left out
    quoting = False  # inside `#+BEGIN_QUOTE` … `#+END_QUOTE`
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        width = _width(line)
        if task is not None and width > task:
            lines[number] = ""
            continue
        task = None
        while headings and width <= headings[-1][0]:
            headings.pop()
        if headings and headings[-1][1] is None and _is_bullet(line):
            headings[-1] = (headings[-1][0], width)  # its first point, not its properties
        cut = headings[-1][1] if headings else 0
        shown = _dedent(line, cut or 0)
        if plain[number] != line:  # inside code: moved out with its bullet, as written
            lines[number] = shown
            continue
        if quoting or "#+" in shown:
            quoting, read = _quote_read(shown, quoting)
            if read != shown:
                lines[number] = read
                continue
        heading = _HEADING_BULLET.match(shown)
        if heading:
            lines[number] = f"{heading.group(1)} {heading.group(2)}"
            headings.append((width, None))
            continue
        if _TASK.match(shown.lstrip(" \t")):
            task = width
            lines[number] = ""
            continue
        lines[number] = _inline_read(_property_read(shown), block)
    return "\n".join(lines)


_QUOTE_OPENS = lazy(r"^([ \t]*(?:[-*][ \t]+)?)#\+BEGIN_QUOTE[ \t]*$", re.IGNORECASE)
_QUOTE_CLOSES = lazy(r"^[ \t]*#\+END_QUOTE[ \t]*$", re.IGNORECASE)


def _quote_read(line: str, quoting: bool) -> tuple[bool, str]:
    """A line of a quote written as Logseq writes it (`- #+BEGIN_QUOTE` over its lines, then
    `#+END_QUOTE`) as Markdown shows a quote: the markers' words gone (the bullet kept),
    each line between them opening on `> `. Whether the quote goes on after it, and the
    line; any other line as it is."""
    if not quoting:
        opened = _QUOTE_OPENS.match(line)
        return (True, opened.group(1).rstrip() or "") if opened else (False, line)
    if _QUOTE_CLOSES.match(line):
        return False, ""
    stripped = line.lstrip(" \t")
    return True, f"{line[: len(line) - len(stripped)]}> {stripped}"


def _is_bullet(line: str) -> bool:
    return line.lstrip(" \t").startswith(("- ", "* "))


def _width(line: str) -> int:
    """The columns of a line's indent, a tab to the next multiple of four."""
    stripped = line.lstrip(" \t")
    return len(line[: len(line) - len(stripped)].expandtabs(4))


def _dedent(line: str, columns: int) -> str:
    if not columns:
        return line
    return " " * max(0, _width(line) - columns) + line.lstrip(" \t")


def _hidden_property(line: str) -> bool:
    key, sep, _ = line.strip().partition("::")
    return bool(sep) and key in _HIDDEN_KEYS and line[:1] in " \t"


def _property_read(line: str) -> str:
    """A block's property line (`  enzyme:: hexokinase`, under its block's first line) as
    Logseq shows it, `enzyme: hexokinase`; a hidden one (`id::`) blank."""
    if not _FIELD.match(line) or line[:1] not in " \t":
        return line
    if _hidden_property(line):
        return ""
    return line.replace("::", ":", 1)


def _card_read(line: str) -> str:
    """A block tagged `#card`, Logseq's own flashcard, as the card it asks: its `{{cloze
    x}}` as Anki's gaps (`{{c1::x}}`, hidden together as Logseq hides them), else its text
    as a `Q:` over the points under it, which answer it (`- Krebs cycle: where? #card` over
    `  - mitochondrial matrix`)."""
    found = _CARD_TAG.search(line)
    if found is None:
        return line
    line = (line[: found.start()] + line[found.end() :]).rstrip()
    if "{{cloze" in line:
        return _CLOZE.sub(r"{{c1::\1}}", line)
    stripped = line.lstrip(" \t")
    bullet = _BULLET.match(stripped)
    if bullet is None:
        return line
    indent = line[: len(line) - len(stripped)]
    return f"{indent}{bullet.group(0)}Q: {stripped[bullet.end() :]}"


def _inline_read(line: str, block: Callable[[str], str]) -> str:
    if "#card" in line or "#[[card]]" in line:
        line = _card_read(line)
    if "{{" in line:
        line = _MACRO.sub("", _CLOZE.sub(r"\1", line))
    if "((" in line:
        line = _BLOCK_REF.sub(lambda ref: block(ref.group(1)), line)
    if "#[[" in line:
        line = _TAG_PAGE.sub(lambda tag: "#" + re.sub(r"\s+", "_", tag.group(1)), line)
    return line


def blocks_of(text: str) -> dict[str, str]:
    """A page's blocks by their `id::`, with the text each shows where it is referenced."""
    return _blocks_by_id(text.split("\n")) if "id::" in text else {}


def _blocks_by_id(lines: list[str]) -> dict[str, str]:
    """Each `id::` of the page, with the text of the block it is under (its first line,
    less its bullet): what a `((id))` reference shows."""
    blocks: dict[str, str] = {}
    for number, line in enumerate(lines):
        key, sep, value = line.strip().partition("::")
        if not sep or key != "id" or number == 0:
            continue
        bullets = (lines[n] for n in range(number - 1, -1, -1) if _is_bullet(lines[n]))
        above = next(bullets, "")
        text = re.sub(r"^[-*][ \t]+", "", above.strip())
        blocks[value.strip()] = _MACRO.sub("", text)
    return blocks
