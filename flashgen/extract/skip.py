"""Recognisers of what is never a card: layout, navigation, credits, unanswered questions.

Each is a predicate on one block or section; a match is dropped before any item rule
or the heading's own answer sees it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.place import is_short_label, plain
from flashgen.model import Section
from flashgen.parse import HTML_TAG, LINK_ADDRESS, LINK_TEXT, plain_text
from flashgen.syntax import Node

_LINK = re.compile(rf"!?\[{LINK_TEXT}\]\({LINK_ADDRESS}\)|<?\b[a-z]+://\S+")
# `[ \t]*`, not `\s*`: from each line, `\s*` would run on over every blank line below it.
_LIST_MARKER = re.compile(r"^[ \t]*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?", re.MULTILINE)
_WORD_CHARACTER = re.compile(r"\w")
_FENCE_LINE = re.compile(r"^[ \t>]*(?:`{3,}|~{3,}).*$", re.MULTILINE)


@lru_cache(maxsize=4096)  # a rule asks it of a card's answer, then the build again
def has_substance(answer: str) -> bool:
    """An answer with something to learn: words or a picture, not only tags, spacing or links,
    nor only more questions (`- Use case?` over `- Homepage?`), nor only a line that
    introduces what follows (`Below are the most common questions:`), which became cards.

    A back that is only a link points elsewhere; a student could not answer from it.
    """
    if "![" in answer or ("<" in answer and "<img" in answer.lower()):
        return True
    text = HTML_TAG.sub(" ", answer) if "<" in answer else answer
    if "```" in text or "~~~" in text:
        text = _FENCE_LINE.sub("", text)  # a language name alone is no code: ```java, ```
    text = _LIST_MARKER.sub("", text).replace("&nbsp;", " ")
    if "](" in text or "://" in text:  # what a link needs
        text = _LINK.sub(" ", text)
    lines = [line.strip(" >") for line in text.split("\n")]
    said = [line for line in lines if _WORD_CHARACTER.search(line) and not _PLACEHOLDER.match(line)]
    return (
        bool(said)
        and not all(asks(line) for line in said)
        and not all(line.rstrip().endswith(":") for line in said)  # introduces what follows
        and not is_reading_list(answer)
    )


_READING_LINK = re.compile(
    rf"(?<!!)\[(?!\]){LINK_TEXT}\]\((https?://|\.{{0,2}}/|[\w-]+\.(md|pdf|html?)){LINK_ADDRESS}\)"
)
_FEW_WORDS = 4


def is_reading_list(text: str) -> bool:
    """Lines that are each a link to read elsewhere (`- [YouTube Recommendations](…pdf)`), with
    at most a few words beside it: a reading list or a list of other notes, not an answer."""
    if "](" not in text:
        return False  # no link to read
    lines = [line for line in text.split("\n") if line.strip(" >-*+\t")]
    if len(lines) < 2:
        return False
    linked = [
        line
        for line in lines
        if _READING_LINK.search(line)
        and len(_LINK.sub(" ", _LIST_MARKER.sub("", line)).split()) <= _FEW_WORDS
    ]
    return len(linked) >= 0.7 * len(lines)


_PLACEHOLDER = re.compile(
    r"^\W*(tbd|tba|todo|wip|coming soon|to be (added|written)|작성\s*중|작성\s*예정|정리\s*예정|"
    r"추가\s*예정|업데이트\s*예정|준비\s*중|(standard approaches )?(as|same as) (before|above)|"
    r"위와 (같음|동일)|(see|refer to) (the )?(next|following|below|above)"
    r"( sections?)?|아래\s*참고|하단\s*참고|위\s*참고)\W*$",
    re.IGNORECASE,
)
"""`[TBD]`, `정리 예정`, `see the next sections.`: a gap the writer means to fill or a
pointer elsewhere, nothing to learn here."""

_ASKS = re.compile(r"([?？]|(세요|시오|가요|나요|까요|인가|는가|까)[.!]?)$")


def asks(text: str) -> bool:
    """`…의 차이는?`, `…설명해 주세요`, `…뭔가요`: a question, in English or Korean."""
    # Its last few characters are enough (the longest ending is `세요.`): a search of the
    # whole text would try the pattern at every character first.
    return bool(_ASKS.search(text.rstrip()[-4:]))


_SPACER = re.compile(r"^(\s|<\s*/?\s*br\s*/?\s*>|&nbsp;|<!--.*?-->)*$", re.IGNORECASE | re.DOTALL)


def is_layout(block: Node) -> bool:
    """Spacing and markup with nothing to learn: `<br>` lines, rules, HTML comments, and
    tags alone (`</details>`, `<div align="center">`, `<a name="top"></a>`).

    A block that opens a comment is one never closed (closed ones are gone before the
    parse), which Markdown lets run to the end of the note, hiding it."""
    if block.type == "hr":
        return True
    if block.type == "html_block":
        return (
            bool(_SPACER.match(block.content))
            or block.content.lstrip().startswith("<!--")
            or not has_substance(block.content)
        )
    if block.type == "paragraph":
        return bool(_SPACER.match(block.children[0].content))
    return False


_FOOTNOTE_DEFINITIONS = re.compile(r"^(\[\^[^\]\s]+\]:.*(\n|$))+$")


def is_footnote_definition(block: Node) -> bool:
    """`[^1]: 출처` lines: the renderer gives them to the cards that cite them."""
    return block.type == "paragraph" and bool(
        _FOOTNOTE_DEFINITIONS.match(block.children[0].content)
    )


_IMAGE = re.compile(rf"!\[{LINK_TEXT}\]\({LINK_ADDRESS}\)")
_BADGE = re.compile(r"shields\.io|badgen\.net|badge|travis-ci|codecov\.io", re.IGNORECASE)


def is_badges(block: Node) -> bool:
    """A row of linked status images (`[![License](…shields.io…)](LICENSE)`): decoration."""
    if block.type != "paragraph" or "![" not in block.children[0].content:
        return False  # no image
    images = [node for node in block.walk() if node.type == "image"]
    words = _LINK.sub(" ", _IMAGE.sub(" ", HTML_TAG.sub(" ", block.children[0].content)))
    return (
        bool(images)
        and not re.search(r"\w", words)
        and all(_BADGE.search(str(image.attrs.get("src", ""))) for image in images)
    )


_AVATAR = re.compile(
    r"^https?://(github\.com/[\w.-]+\.png|avatars\d*\.githubusercontent\.com/|"
    r"(www\.|secure\.)?gravatar\.com/avatar/|contrib\.rocks/)",
    re.IGNORECASE,
)


def is_avatars(block: Node) -> bool:
    """Profile pictures of the writers, in a row or a table with their names under them
    (`[![](https://github.com/kim.png)](https://github.com/kim)`): who wrote it, not what."""
    if block.type not in ("paragraph", "table"):
        return False
    if block.type == "paragraph" and "![" not in block.children[0].content:
        return False  # no image
    images = [node for node in block.walk() if node.type == "image"]
    return bool(images) and all(_AVATAR.match(str(image.attrs.get("src", ""))) for image in images)


_NAVIGATION_WORDS = re.compile(
    r"^(top|back|back to top|go to top|home|up|prev|previous|next|목차|목차로|위로|맨\s*위로|"
    r"처음으로|뒤로|뒤로\s*가기|돌아가기|이전|다음|이전\s*글|다음\s*글|홈)$",
    re.IGNORECASE,
)


def is_navigation(block: Node) -> bool:
    """`[Top](#top)`, `[뒤로](../README.md)`, `<sup>[1부](#ref1)</sup>` lines, and lists of
    sibling notes (`> - [자바 클래스 로더](./java_class_loader.md) - 현재 포스트`)."""
    if block.type == "paragraph":
        return _is_navigation_line(block.children[0])
    if block.type in ("bullet_list", "ordered_list"):  # `- [이전 글](…)` / `- [다음 글](…)`
        return all(
            item.line is not None
            and not item.below
            and _is_navigation_line(item.line, anchors=False)
            for item in block.children
        )
    if block.type == "blockquote":
        return any(child.type != "heading" for child in block.children) and all(
            is_navigation(child) or is_reading_list(_source_text(child))
            for child in block.children
            if child.type != "heading"
        )
    return False


_POINTER = re.compile(
    r"^\W*(see( also| more)?|for more|more (details|info|questions)|you can find|find more|"
    r"check out|read more|refer to|자세한\s*(내용|설명)(은|는)|더\s*(많은|자세한)|"
    r"관련\s*(글|내용)(은|는)?)\b",
    re.IGNORECASE,
)


def is_pointer(block: Node) -> bool:
    """`See more questions in this [question bank](…).`, `You can find some samples under
    [Notebooks](…)`, `자세한 내용은 [위키](…)에서`: a line sending the student elsewhere."""
    if block.type == "paragraph":
        return _is_pointer_line(block.children[0])
    if block.type in ("bullet_list", "ordered_list"):
        return all(
            item.line is not None and not item.below and _is_pointer_line(item.line)
            for item in block.children
        )
    return False


def _is_pointer_line(inline: Node) -> bool:
    if not _may_link(inline):
        return False
    has_link = any(node.type == "link" for node in inline.walk()) or "://" in inline.content
    return (
        has_link and "\n" not in inline.content.strip() and bool(_POINTER.match(plain_text(inline)))
    )


def _is_navigation_line(inline: Node, anchors: bool = True) -> bool:
    """Links and nothing else, each into the page (when `anchors`) or named `Top`, `뒤로`, …"""
    if not _may_link(inline):
        return False
    links = [node for node in inline.walk() if node.type == "link"]
    words = _LINK.sub(" ", HTML_TAG.sub(" ", inline.content))
    return (
        bool(links)
        and not re.search(r"\w", words.replace("|", " "))
        and all(
            (anchors and str(link.attrs.get("href", "")).startswith("#"))
            or _NAVIGATION_WORDS.match(plain_text(link))
            for link in links
        )
    )


def _may_link(inline: Node) -> bool:
    """Whether an inline text can hold a link at all: `[text](…)`, `[text][ref]` or `<url>`
    (a cheap look before its nodes are made)."""
    content = inline.content
    return "[" in content or "<" in content or "://" in content


def _source_text(block: Node) -> str:
    return "\n".join(inline.content for inline in block.inlines())


def is_table_of_contents(block: Node) -> bool:
    """A list whose entries are all links into the same page, under at most a label; or a
    table whose cells are such links (`| 1. [Formula](#1-the-formula) |`)."""
    if block.type == "table":
        cells = list(block.inlines())
        return _has_anchor_link(block) and all(
            not re.search(r"\w", _NUMBERING.sub("", _LINK.sub(" ", cell.content))) for cell in cells
        )
    if block.type not in ("bullet_list", "ordered_list"):
        return False
    return all(is_toc_entry(item) for item in block.children) and _has_anchor_link(block)


_NUMBERING = re.compile(r"^\s*\d+[.)]?")


def is_toc_entry(item: Node) -> bool:
    text, rest = item.line, item.below
    if any(child.type not in ("bullet_list", "ordered_list") for child in rest):
        return False
    if text is None:
        entry = bool(rest)
    else:
        entry = _is_anchor_link_only(text) or (bool(rest) and is_short_label(plain_text(text)))
    # The item's own line first: it is cheaper to read than the lists under it.
    return entry and all(is_table_of_contents(child) for child in rest)


def _is_anchor_link_only(inline: Node) -> bool:
    if "[" not in inline.content:
        return False  # a link into the page is written `[text](#anchor)` or `[text][ref]`
    links = [c for c in inline.children if c.type == "link"]
    others = [
        c
        for c in inline.children
        if c.type != "link" and not (c.type == "text" and not c.content.strip())
    ]
    return len(links) == 1 and not others and str(links[0].attrs.get("href", "")).startswith("#")


def _has_anchor_link(node: Node) -> bool:
    return any(
        n.type == "link" and str(n.attrs.get("href", "")).startswith("#")
        for inline in node.inlines()
        if "[" in inline.content  # `[text](#anchor)`, `[text][ref]`: no `<url>` is an anchor
        for n in inline.walk(include_self=False)
    )


_BOILERPLATE_TITLES = {
    # Who wrote it and where to read more: nothing a student memorises.
    "작성자", "글쓴이", "저자", "author", "authors", "written by", "contributor", "contributors",
    "도움을 주신 분들", "기여자", "reference", "references", "ref", "refs", "참고", "참고 자료",
    "참고자료", "참고 문헌", "참고문헌", "참고 링크", "참조", "출처", "레퍼런스", "각주", "link",
    "links", "링크", "resources", "more resources", "further reading", "see also", "sources",
    "목차", "contents", "table of contents", "license", "licence", "라이선스", "라이센스",
    "contribution", "contributions", "contributing", "how to contribute", "created by",
    "acknowledgements", "acknowledgments", "citation", "star history", "멤버 소개", "팀원 소개",
    "news", "updates", "changelog", "change log", "공지", "공지사항",
}  # fmt: skip
_NOT_WORDS = re.compile(r"[^\w\s]")


def is_boilerplate_section(section: Section) -> bool:
    """An author block or a reference list, whatever emoji or numbering dresses its heading."""
    title = _NOT_WORDS.sub(" ", section.title.lower())  # :shortcodes: went with the parse
    return " ".join(title.replace("_", " ").split()) in _BOILERPLATE_TITLES


_QUESTION_SECTION = re.compile(r"(질문|\bquestions?\b)", re.IGNORECASE)
_QUESTION_TEXT = re.compile(r"(^Q\d*\s*[.:)]|[?？]$|요\.?$)", re.IGNORECASE)


@lru_cache(maxsize=1024)  # asked of every heading above each section, and for its items
def is_question_section(title: str) -> bool:
    """`## 예상 질문`, `### 📢 면접 질문`, `Interview questions`: a list of questions to ask."""
    return bool(_QUESTION_SECTION.search(title))


def is_unanswered_questions(nodes: list[Node], path: tuple[str, ...]) -> bool:
    """Questions with nothing under them: `- TCP와 UDP의 차이?`, or bare bullets under a
    `예상 질문` / `Interview questions` heading (`…설명해주세요`). Nothing for the back."""
    under_question_heading = any(is_question_section(title) for title in path)
    for node in nodes:
        if node.type == "list_item":
            text, rest = node.line, node.below
            if rest or text is None:
                return False
            if not under_question_heading and not _QUESTION_TEXT.search(plain(text.content)):
                return False
        elif node.type == "paragraph":
            if not _QUESTION_TEXT.search(plain(node.children[0].content)):
                return False
        else:
            return False
    return bool(nodes)


_ATTRIBUTION = re.compile(
    r"(작성자|글쓴이|작성하였|정리한 내용|written by|출처|원문|포스팅|참고\s*:|source\s*:|credit|"
    r"이 글의|이 글은|본 글은|이 레포|레포입니다|this (repo|repository|post|note|article)\b|"
    r"기반으로 (작성|정리)|감사의 말씀|thanks to|"
    r"무단|저작권|copyright)",
    re.IGNORECASE,
)


def is_attribution(block: Node) -> bool:
    """`> 작성자 : 팬시 / [출처](…)`, `> written by …`, `> 이 글의 내용은 수업 자료를 기반으로…`,
    thanks to whoever helped: who wrote the note and how, not what it says."""
    if block.type != "blockquote":
        return False
    text = _LINK.sub(" ", " ".join(node.content for node in block.walk() if node.type == "text"))
    return len(text) < 200 and bool(_ATTRIBUTION.search(text))
