"""Sections → cards, by small named recognisers.

A section's blocks are read in order. Blocks that are only layout or navigation
(a table of contents, `<br>` spacers, rules, comments) are dropped. Each item of a
bullet list is offered to the item rules in turn; the first that recognises it makes
its cards, and the item leaves the section's own answer. Whatever remains is the
answer to the section's heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from markdown_it.tree import SyntaxTreeNode

from flashgen.model import Card, NoteTree, Section
from flashgen.parse import plain_text


@dataclass(frozen=True)
class Place:
    """Where a rule is working: the note, the section, and the headings above it."""

    tree: NoteTree
    section: Section
    path: tuple[str, ...]
    """Titles from the note's root down to this section, inclusive."""

    def quote(self, node: SyntaxTreeNode) -> str:
        """A block's Markdown exactly as written, moved left to where its first line starts."""
        start, end = node.map
        lines = self.tree.lines[start:end]
        indent = len(lines[0]) - len(lines[0].lstrip(" "))
        return "\n".join(_dedent(line, indent) for line in lines).strip("\n")

    def card(self, question: str, answer: str, node: SyntaxTreeNode, rule: str) -> Card:
        return Card(
            deck=self.path,
            context=self.path,
            question=question.strip(),
            answer=answer.strip(),
            source=self.tree.note.name,
            line=node.map[0] + 1 if node.map else self.section.line,
            rule=rule,
        )


ItemRule = Callable[[SyntaxTreeNode, Place], "list[Card] | None"]
"""Looks at one list item: None when it is not this rule's, else the cards it gives (maybe none)."""


def extract_cards(tree: NoteTree) -> list[Card]:
    """Every card a note gives, in the order its sections are written."""
    cards = _cards_of(tree, tree.root, (tree.root.title,))
    return [card for card in cards if has_substance(card.answer)]


_TAG = re.compile(r"<[^>]*>")
_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)|<?\b[a-z]+://\S+")
_LIST_MARKER = re.compile(r"^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?", re.MULTILINE)


def has_substance(answer: str) -> bool:
    """An answer with something to learn: words or a picture, not only tags, spacing or links.

    A back that is only a link points elsewhere; a student could not answer from it.
    """
    if "![" in answer or "<img" in answer.lower():
        return True
    text = _LIST_MARKER.sub("", _TAG.sub(" ", answer)).replace("&nbsp;", " ")
    return bool(re.search(r"\w", _LINK.sub(" ", text)))


def _cards_of(tree: NoteTree, section: Section, path: tuple[str, ...]) -> Iterator[Card]:
    if is_boilerplate_section(section):
        return
    place = Place(tree, section, path)
    own_answer: list[str] = []
    own_nodes: list[SyntaxTreeNode] = []
    """The list items and blocks that make up the heading's own answer."""
    item_cards: list[Card] = []
    for block in section.blocks:
        if is_layout(block) or is_table_of_contents(block) or is_attribution(block):
            continue
        if block.type in ("bullet_list", "ordered_list"):
            kept = []
            for item in block.children:
                made = _first_match(item, place)
                if made is None:
                    kept.append(item)
                else:
                    item_cards.extend(made)
            if kept:
                own_answer.append("\n".join(place.quote(item) for item in kept))
                own_nodes.extend(kept)
        else:
            own_answer.append(place.quote(block))
            own_nodes.append(block)

    if own_answer and not is_unanswered_questions(own_nodes, path):
        yield Card(
            deck=path,
            context=path[:-1],
            question=section.title_markdown or section.title,
            answer="\n\n".join(own_answer),
            source=tree.note.name,
            line=section.line,
            rule="heading_answer",
        )
    yield from item_cards
    for child in section.children:
        yield from _cards_of(tree, child, (*path, child.title))


def _first_match(item: SyntaxTreeNode, place: Place) -> list[Card] | None:
    for rule in ITEM_RULES:
        made = rule(item, place)
        if made is not None:
            return made
    return None


# --- blocks that are never cards -------------------------------------------------------

_SPACER = re.compile(r"^(\s|<\s*/?\s*br\s*/?\s*>|&nbsp;|<!--.*?-->)*$", re.IGNORECASE | re.DOTALL)


def is_layout(block: SyntaxTreeNode) -> bool:
    """Spacing and markup with nothing to learn: `<br>` lines, rules, HTML comments."""
    if block.type == "hr":
        return True
    if block.type == "html_block":
        return bool(_SPACER.match(block.content))
    if block.type == "paragraph":
        return bool(_SPACER.match(block.children[0].content))
    return False


def is_table_of_contents(block: SyntaxTreeNode) -> bool:
    """A list whose entries are all links into the same page, under at most a label."""
    if block.type not in ("bullet_list", "ordered_list"):
        return False
    return all(_is_toc_entry(item) for item in block.children) and _has_anchor_link(block)


def _is_toc_entry(item: SyntaxTreeNode) -> bool:
    text, rest = _split_item(item)
    if any(child.type not in ("bullet_list", "ordered_list") for child in rest):
        return False
    if not all(is_table_of_contents(child) for child in rest):
        return False
    if text is None:
        return bool(rest)
    return _is_anchor_link_only(text) or (bool(rest) and _is_short_label(plain_text(text)))


def _is_anchor_link_only(inline: SyntaxTreeNode) -> bool:
    links = [c for c in inline.children if c.type == "link"]
    others = [
        c
        for c in inline.children
        if c.type != "link" and not (c.type == "text" and not c.content.strip())
    ]
    return len(links) == 1 and not others and str(links[0].attrs.get("href", "")).startswith("#")


def _has_anchor_link(node: SyntaxTreeNode) -> bool:
    return any(
        n.type == "link" and str(n.attrs.get("href", "")).startswith("#") for n in node.walk()
    )


_BOILERPLATE_TITLES = {
    # Who wrote it and where to read more: nothing a student memorises.
    "작성자", "글쓴이", "저자", "author", "authors", "written by", "contributor", "contributors",
    "도움을 주신 분들", "기여자", "reference", "references", "ref", "refs", "참고", "참고 자료",
    "참고자료", "참고 문헌", "참고문헌", "참고 링크", "참조", "출처", "레퍼런스", "각주", "link",
    "links", "링크", "resources", "more resources", "further reading", "see also", "sources",
    "목차", "contents", "table of contents",
}  # fmt: skip
_SHORTCODE = re.compile(r":(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+:")
_NOT_WORDS = re.compile(r"[^\w\s]")


def is_boilerplate_section(section: Section) -> bool:
    """An author block or a reference list, whatever emoji or numbering dresses its heading."""
    title = _NOT_WORDS.sub(" ", _SHORTCODE.sub(" ", section.title.lower()))
    return " ".join(title.replace("_", " ").split()) in _BOILERPLATE_TITLES


_QUESTION_SECTION = re.compile(r"(질문|\bquestions?\b)", re.IGNORECASE)
_QUESTION_TEXT = re.compile(r"(^Q\d*\s*[.:)]|[?？]$|요\.?$)", re.IGNORECASE)


def is_unanswered_questions(nodes: list[SyntaxTreeNode], path: tuple[str, ...]) -> bool:
    """Questions with nothing under them: `- TCP와 UDP의 차이?`, or bare bullets under a
    `예상 질문` / `Interview questions` heading (`…설명해주세요`). Nothing for the back."""
    under_question_heading = any(_QUESTION_SECTION.search(title) for title in path)
    for node in nodes:
        if node.type == "list_item":
            text, rest = _split_item(node)
            if rest or text is None:
                return False
            if not under_question_heading and not _QUESTION_TEXT.search(_plain(text.content)):
                return False
        elif node.type == "paragraph":
            if not _QUESTION_TEXT.search(_plain(node.children[0].content)):
                return False
        else:
            return False
    return bool(nodes)


_ATTRIBUTION = re.compile(
    r"(작성자|글쓴이|작성하였|정리한 내용|written by|출처|원문|포스팅|참고\s*:|source\s*:|credit)",
    re.IGNORECASE,
)


def is_attribution(block: SyntaxTreeNode) -> bool:
    """`> 작성자 : 팬시 / [출처](…)`, `> written by …`: who wrote the note, not what it says."""
    if block.type != "blockquote":
        return False
    text = _LINK.sub(" ", " ".join(node.content for node in block.walk() if node.type == "text"))
    return len(text) < 200 and bool(_ATTRIBUTION.search(text))


# --- list item rules --------------------------------------------------------------------

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
_LINK_ONLY = re.compile(r"^(<?[a-z]+://\S+?>?|\[[^\]]*\]\([^)]*\))$", re.IGNORECASE)
"""A bare URL or a lone link: a pointer to read elsewhere, not an answer to learn."""


def term_definition(item: SyntaxTreeNode, place: Place) -> list[Card] | None:
    """`- EC2: Elastic Compute Cloud` → EC2 ⟶ Elastic Compute Cloud (and any children)."""
    text, rest = _split_item(item)
    if text is None:
        return None
    match = _TERM_DEFINITION.match(text.content)
    if not match:
        return None
    term = _unwrap_strong((match["strong_term"] or match["term"]).strip())
    words = _plain(term)
    if (
        not words
        or len(words) > _MAX_TERM_CHARS
        or len(words.split()) > _MAX_TERM_WORDS
        or words.lower().rstrip(".") in _NOT_TERMS
        or words.lower().split()[-1] in _NOT_TERMS  # 이미지 출처: …
        or _EXAMPLE_PREFIX.match(words)
        or _RANKING.match(words)
        or _LINK_ONLY.match(match["definition"].strip())
        or match["definition"].rstrip().endswith(":")  # `Data: Sources and Availability:` labels
        or not _balanced(term)  # the colon sits inside a link, a code span or parentheses
    ):
        return None
    answer = "\n\n".join([match["definition"], *(place.quote(child) for child in rest)])
    return [place.card(term, answer, item, "term_definition")]


_MAX_LABEL_CHARS = 50
_MAX_LABEL_WORDS = 8


def label_with_children(item: SyntaxTreeNode, place: Place) -> list[Card] | None:
    """`- 장점` over child bullets → "<section> › 장점" ⟶ the children."""
    text, rest = _split_item(item)
    if text is None or not any(c.type in ("bullet_list", "ordered_list") for c in rest):
        return None
    label = text.content.strip().removesuffix(":").strip()
    if not _is_short_label(_plain(label)) or _is_statement(_plain(label)):
        return None
    answer = "\n\n".join(place.quote(child) for child in rest)
    return [place.card(_unwrap_strong(label), answer, item, "label_with_children")]


def table_of_contents_entry(item: SyntaxTreeNode, place: Place) -> list[Card] | None:
    """`- 목차` over anchor links, inside a longer list: navigation, never a card."""
    text, rest = _split_item(item)
    if rest and all(is_table_of_contents(child) for child in rest) and _is_toc_entry(item):
        return []
    return None


ITEM_RULES: list[ItemRule] = [table_of_contents_entry, term_definition, label_with_children]
"""Tried in order on each list item; the first that recognises the item wins."""


# --- helpers ----------------------------------------------------------------------------


def _split_item(item: SyntaxTreeNode) -> tuple[SyntaxTreeNode | None, list[SyntaxTreeNode]]:
    """A list item's own line (its first paragraph's inline node) and the blocks under it."""
    children = list(item.children)
    if children and children[0].type == "paragraph":
        return children[0].children[0], children[1:]
    return None, children


def _is_statement(text: str) -> bool:
    """`- 노드는 항상 red다.` states a fact; a label (`장점`, `람다`, `Pros`) names a part."""
    text = text.rstrip()
    if text.endswith("."):
        return not text.endswith("...")
    return text.endswith("다") and len(text.split()) > 1


def _balanced(text: str) -> bool:
    """No bracket, parenthesis or code span left open, so a colon after it ends the text."""
    if text.count("`") % 2 or text.count("**") % 2:
        return False
    depth = {"(": 0, "[": 0}
    closers = {")": "(", "]": "["}
    for char in text:
        if char in depth:
            depth[char] += 1
        elif char in closers:
            depth[closers[char]] -= 1
    return all(value == 0 for value in depth.values())


def _is_short_label(text: str) -> bool:
    return 0 < len(text) <= _MAX_LABEL_CHARS and len(text.split()) <= _MAX_LABEL_WORDS


_MARKUP = re.compile(r"(\*\*|__|`|<[^>]+>)")


def _plain(markdown: str) -> str:
    return " ".join(_MARKUP.sub("", markdown).split())


def _unwrap_strong(markdown: str) -> str:
    """`**EC2**` → `EC2`: a term is bold in the note to stand out, which the front needs not."""
    for mark in ("**", "__"):
        inner = markdown[len(mark) : -len(mark)]
        if markdown.startswith(mark) and markdown.endswith(mark) and mark not in inner and inner:
            return inner.strip()
    return markdown


def _dedent(line: str, indent: int) -> str:
    """Remove up to `indent` leading spaces; lazy continuation lines may have fewer."""
    stripped = len(line) - len(line.lstrip(" "))
    return line[min(indent, stripped) :]
