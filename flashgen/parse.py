"""Markdown text → a tree of sections that keeps source line numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import PurePosixPath

from flashgen.block_repairs import headings_set_free, repaired
from flashgen.extract.skip.boilerplate import is_boilerplate_section
from flashgen.extract.subjects import FILE_ORDER, only_aspects
from flashgen.flavours import read_flavours
from flashgen.flavours.notion import without_page_id
from flashgen.flavours.study import not_study_note
from flashgen.frontmatter import split_front_matter
from flashgen.glossary_lines import glossary_lines_as_items
from flashgen.markdown_parser import markdown_parser
from flashgen.model import CardsMode, Note, NoteTree, Section
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import FENCE, clean_heading, deck_safe, plain_text, without_heading_id

_LEADING_TABS = lazy(r"^[ \t]+", re.MULTILINE)
_COMMENT = lazy(r"<!--.*?-->", re.DOTALL)
_STRAY_COMMENT_CLOSE = lazy(r"(?<=\S)[ \t]+-->[ \t]*$", re.MULTILINE)
"""`- business level logic and policies  -->` after the comment it copies was closed: a
comment's closing left on a line of text, no arrow of the writer's."""
_ARROW = lazy(r"-->|->|=>|→")
_SKIP_DIRECTIVE = lazy(r"^[ \t]*<!--\s*flashgen\s*:\s*skip\s*-->[ \t]*$", re.IGNORECASE)


def parse_note(note: Note) -> NoteTree:
    """Split a note into sections by its headings.

    The note's title is its only `#` heading when it has exactly one (a credits or
    references `#` aside); otherwise the file name. Every other heading becomes a section
    under the one above it, whatever levels were skipped on the way, but a summary
    closing the last of several sections, which sums them all up, goes beside them
    (`_sum_up_series`); a heading with no words (`#` alone) is a spacer. Front matter
    (`deck:`) can name the note instead, and `<!-- flashgen: skip -->` leaves out the
    block after it: a heading with everything under it, or a list.
    """
    front_matter, text = split_front_matter(_normalise_indentation(note.text))
    flavoured = read_flavours(text, note)
    if reason := not_study_note(note.text, note.name):
        problems = (*front_matter.problems, (1, reason))
        front_matter = replace(front_matter, cards=CardsMode.OFF, problems=problems)
    text = flavoured.text
    if flavoured.tags:
        front_matter = replace(
            front_matter, tags=tuple(dict.fromkeys((*front_matter.tags, *flavoured.tags)))
        )
    directives = _skip_directives(text)
    text = _blank_comments(text)
    text, tokens = headings_set_free(text, markdown_parser().parse(text))
    text, tokens = glossary_lines_as_items(text, tokens)
    lines = tuple(text.split("\n"))
    tokens = repaired(tokens, lines)
    syntax = Node(tokens)
    nodes = _without_skipped(syntax.children, directives)
    headings = [node for node in nodes if node.type == "heading"]
    h1s = _titles([node for node in headings if node.tag == "h1"])
    title_node = h1s[0] if len(h1s) == 1 else None

    root = _section_for(title_node, level=0) if title_node is not None else None
    if root is None and front_matter.title:
        # A site's page (Docusaurus, Jekyll, Hugo) is titled in its front matter, not by
        # a `#` heading: a student names it so, not by its file name (`resume`).
        title = clean_heading(front_matter.title)  # `👩‍💻 Cheatsheet` → `Cheatsheet`
        root = Section(title=deck_safe(title), title_markdown=title, level=0, line=1)
    if front_matter.deck:
        # A deck name, not a heading: its `::` stays, to make subdecks.
        root = Section(title=front_matter.deck, title_markdown=front_matter.deck, level=0, line=1)
    if root is None or not root.title:
        stem = _name_of(PurePosixPath(note.name))
        # The deck keeps the file's name (`06_쿠키와 세션`), which orders the files; the
        # card asking the note's subject does not ask the number.
        root = Section(
            title=deck_safe(stem) or "Untitled",
            title_markdown=_asked_as(PurePosixPath(note.name), FILE_ORDER.sub("", stem)),
            level=0,
            line=1,
        )

    open_sections = [root]
    summaries: list[tuple[Section, Section, Section]] = []  # (grandparent, parent, summary)
    for node in nodes:
        if node is title_node:
            continue
        if node.type != "heading":
            open_sections[-1].blocks.append(node)
            continue
        if _is_credit_heading(node):
            continue  # `###### <small>이미지 출처 : URL</small>` under a picture: no section
        if not node.children[0].content.strip():
            # `#` or `####` alone on a line: a spacer its writer drew between parts, like a
            # rule. It closes no section: what follows stays in the one it was written in,
            # not in the note's title (whose card it would otherwise answer).
            continue
        section = _section_for(node, level=int(node.tag[1:]))
        while open_sections[-1].level >= section.level:
            open_sections.pop()
        if not section.title or section.title == open_sections[-1].title:
            # `# <a id="ref1"></a>` over footnotes, or `# 이진 트리` then `## 이진 트리`: no
            # new section, and no `이진 트리::이진 트리` deck; what follows stays in the
            # enclosing section.
            continue
        if len(open_sections) > 1 and _closes(section.title):
            summaries.append((open_sections[-2], open_sections[-1], section))
        open_sections[-1].children.append(section)
        open_sections.append(section)
    for grandparent, parent, summary in summaries:
        _sum_up_series(grandparent, parent, summary)
    return NoteTree(
        note=note,
        root=root,
        lines=lines,
        front_matter=front_matter,
        syntax=syntax,
        notices=tuple(flavoured.notices),
        depends=frozenset(flavoured.depends),
        obsidian_links=flavoured.links,
        tab_ends=flavoured.tab_ends,
        tab_labels=flavoured.tab_labels,
    )


_CLOSING_TITLE = lazy(
    r"(정리|요약|결론|마치며|마무리|정리하며|summary|conclusion|in summary|wrap[- ]?up|"
    r"tl;?\s?dr)[.!:]?",
    re.IGNORECASE,
)
"""`### 정리`, `#### Summary`: a heading closing what came before it."""
_CLOSING_WORDS = frozenset(
    ("정리", "요약", "결론", "마치며", "마무리", "정리하며", "summary", "conclusion")
    + ("up", "wrap-up", "tl;dr", "dr")
)
"""The last word of such a heading: seen before the heading is cleaned and matched."""


def _closes(title: str) -> bool:
    """Whether a heading only closes what came before it (`정리`, `🔎 Summary:`)."""
    words = title.rsplit(None, 1)
    if not words or words[-1].rstrip(".!:").casefold() not in _CLOSING_WORDS:
        return False  # nearly every heading: no cleaning, no pattern
    return _CLOSING_TITLE.fullmatch(clean_heading(title)) is not None


_SERIES = 3
"""Sections in a row, the summary closing the last of them, before it sums them all up."""


def _sum_up_series(grandparent: Section, parent: Section, summary: Section) -> None:
    """A summary written under the last of several sections at one level (`### 정리` under
    `## 제 5 정규형`, after `## 제 1 정규형` … `## 제 4 정규형`), none of which has one of its
    own, sums them all up: it becomes the last of them, asked as what they are parts of
    (`정규화 › 정리`), where `제 5 정규형 › 정리` would put a line on 1NF under 5NF. Not
    when a later section has subsections of its own (the summary then closes one in the
    middle) or the summary is not its section's last part."""
    siblings = grandparent.children
    if parent not in siblings:
        return  # a summary's own summary, moved with it
    at = siblings.index(parent)
    if at + 1 < _SERIES or not parent.children or parent.children[-1] is not summary:
        return
    if any(section.children for section in siblings[at + 1 :]):
        return
    if any(
        _closes(child.title)
        for section in siblings
        if section is not parent
        for child in section.children
    ):
        return  # each section has a summary of its own
    parent.children.pop()
    summary.level = parent.level
    siblings.insert(at + 1, summary)


_CREDIT_HEADING = lazy(
    r"\W*(?:(?:이미지|그림|사진|image|picture|photo|figure)\s*)?(?:출처|source|credits?)\s*[:：]",
    re.IGNORECASE,
)


def _is_credit_heading(heading: Node) -> bool:
    """A heading that only says where the picture above came from (`###### 이미지 출처 :
    https://…`, `#### Source: [blog](…)`): a caption written small, not a section's name,
    which would take the cards below it and stand on their fronts."""
    inline = heading.children[0]
    return ("http" in inline.content or "](" in inline.content) and _CREDIT_HEADING.match(
        plain_text(inline)
    ) is not None


_PAGE_KIND = lazy(
    r"(?:\d+[ ._-]*)?(?:overview|index|readme|intro|introduction|summary|notes|basics)",
    re.IGNORECASE,
)


def _name_of(path: PurePosixPath) -> str:
    """A note's name when no heading gives one: its file name (less the page id a Notion
    export adds), but its folder's for a file named for the kind of page it is
    (`Deadlocks/Overview.md` is about deadlocks; several such files in a vault would
    otherwise share one deck `Overview`)."""
    if _PAGE_KIND.fullmatch(path.stem) and path.parent.name:
        return path.parent.name
    return without_page_id(path.stem)


def _asked_as(path: PurePosixPath, name: str) -> str:
    """The subject a note named by its file asks: its name, but of its folder's when the
    name says only aspects (`Batch scheduling/Advantages and Disadvantages.md` asks
    `Batch scheduling › Advantages and Disadvantages`): a vault files a subject's parts
    under its folder, and `Advantages and Disadvantages` alone says not of what. A name
    written as a slug is read as words (`OS/os_dead_lock.md` asks `dead lock`)."""
    folder = path.parent.name
    name = _slug_words(name, folder)
    if folder and only_aspects(name) and not only_aspects(folder):
        return f"{folder} › {name}"
    return name


_SLUG = lazy(r"[^\W_]+(?:_[^\W_]+)+")
"""`algorithm_binary_search`: words joined by underscores for a file's name. (A hyphen also
joins the words of a name, `e-commerce`, so it stays.)"""


def _slug_words(name: str, folder: str) -> str:
    """A file name written as a slug, as its words (`algorithm_binary_search` asks `algorithm
    binary search`), without a first word that only repeats its folder's name
    (`Algorithm/algorithm_binary_search.md` asks `binary search`): a repository of notes
    prefixes each file with its topic to sort them, which the folder already says. A name
    with a space is written as words already (`spring vs spring boot`), and one of numbers
    alone is a date or a number (`2024_03_11`)."""
    if "_" not in name or not _SLUG.fullmatch(name):
        return name  # most names: words already, or one word
    words = name.split("_")
    if all(word.isdigit() for word in words):
        return name
    if folder and words[0].casefold() == folder.casefold():
        rest = " ".join(words[1:])
        if not (_PAGE_KIND.fullmatch(rest) or only_aspects(rest)):
            return rest  # not `network_basics`, `os_장단점`: the subject is the folder's
    return " ".join(words)


def _titles(h1s: list[Node]) -> list[Node]:
    """The `#` headings that may name the note: not one with no words (`#` alone, an anchor
    `# <a id="ref1"></a>` over footnotes), nor `# Credits:` or `# References` beside another
    `#` (a note titled `# Ref` alone is about refs). Beside the real title these would leave
    the note named by its file (`1_replication › Database Replication › …` on every card)."""
    worded = [(node, _section_for(node, level=1)) for node in h1s]
    worded = [(node, section) for node, section in worded if section.title]
    if len(worded) < 2:
        return [node for node, _ in worded]
    return [node for node, section in worded if not is_boilerplate_section(section)]


def _heading_words(inline: Node) -> str:
    """A heading's words, but those of a link into the page beside them (`TCP [Top](#top)`,
    `[:top:](#top)`): a way back up, not its name, as on its front (`clean_heading`)."""
    if "](#" not in inline.content:
        return plain_text(inline)  # most headings
    away = {
        id(node)
        for child in inline.children
        if child.type == "link" and str(child.attrs.get("href", "")).startswith("#")
        for node in child.walk()
    }
    words = "".join(
        node.content
        for node in inline.walk(include_self=False)
        if node.type in ("text", "code_inline") and id(node) not in away
    )
    return " ".join(words.split()) or plain_text(inline)


def _section_for(heading: Node, level: int) -> Section:
    inline = heading.children[0]
    return Section(
        title=deck_safe(without_heading_id(_heading_words(inline))),
        title_markdown=clean_heading(inline.content),
        level=level,
        line=heading.map[0] + 1 if heading.map else 1,
    )


def _skip_directives(text: str) -> list[int]:
    """0-based lines holding `<!-- flashgen: skip -->` on their own, outside code fences."""
    if "<!--" not in text:
        return []
    in_code = _in_code_fence(text)
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    return [
        number
        for number, line in enumerate(lines)
        if _SKIP_DIRECTIVE.match(line) and not in_code(offsets[number])
    ]


def _without_skipped(nodes: list[Node], directives: list[int]) -> list[Node]:
    """The top-level blocks, less each one a skip directive stands before (between it and
    the block above). A skipped heading takes its whole section: everything up to the
    next heading of its level or above."""
    if not directives:
        return nodes
    kept: list[Node] = []
    previous_end = 0
    skipping_under: int | None = None  # level of the skipped heading whose section this is
    for node in nodes:
        start, end = node.map or (previous_end, previous_end)
        marked = any(previous_end <= line < start for line in directives)
        previous_end = end
        level = int(node.tag[1:]) if node.type == "heading" else None
        if skipping_under is not None and level is not None and level <= skipping_under:
            skipping_under = None
        if skipping_under is not None:
            continue
        if marked:
            skipping_under = level
            continue
        kept.append(node)
    return kept


def _in_code_fence(text: str) -> Callable[[int], bool]:
    """Whether a position of the text is inside a fenced code block."""
    fences = [m.start() for m in FENCE.finditer(text)]

    def in_code(position: int) -> bool:
        return sum(1 for start in fences if start < position) % 2 == 1

    return in_code


def _blank_comments(text: str) -> str:
    """HTML comments out of the text, outside code fences, keeping every line where it was."""
    if "<!--" not in text:
        return text
    in_code = _in_code_fence(text)

    def blank(match: re.Match[str]) -> str:
        if in_code(match.start()):
            return match.group(0)
        return "\n" * match.group(0).count("\n")

    # None closes past the last `-->`: searching there too would take quadratic time.
    end = text.rfind("-->") + 3
    text = _COMMENT.sub(blank, text[:end]) + text[end:]
    if "-->" not in text:
        return text
    in_code = _in_code_fence(text)  # the comments blanked, the fences moved
    return _STRAY_COMMENT_CLOSE.sub(lambda m: _unless_arrow(m, text, in_code), text)


def _unless_arrow(close: re.Match[str], text: str, in_code: Callable[[int], bool]) -> str:
    """A stray `-->` ending a line of text in a note with comments goes (the writer copied a
    comment's last line and left its closing); inside code, or on a line that draws arrows
    (`A --> B -->`), it stays."""
    start = text.rfind("\n", 0, close.start()) + 1
    if in_code(close.start()) or _ARROW.search(text, start, close.start()):
        return close.group(0)
    return ""


def _normalise_indentation(text: str) -> str:
    """Leading tabs → 4 spaces, so a block's lines can be re-indented by counting spaces."""
    if "\t" not in text:
        return text
    return _LEADING_TABS.sub(lambda m: m.group(0).expandtabs(4), text)
