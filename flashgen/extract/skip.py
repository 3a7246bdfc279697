"""Recognisers of what is never a card: layout, navigation, indexes of notes, credits,
when-and-who metadata, to-do lists, unanswered questions.

Each is a predicate on one block or section; a match is dropped before any item rule
or the heading's own answer sees it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from flashgen.extract.place import is_short_label, is_statement, plain
from flashgen.model import Section
from flashgen.syntax import Node
from flashgen.text import HTML_TAG, LINK_ADDRESS, LINK_TEXT, plain_text

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


_HTML_IMAGE_SOURCE = re.compile(r"<img\b[^<>]*?\bsrc\s*=\s*[\"']?([^\"'\s<>]+)", re.IGNORECASE)


def is_avatars(block: Node) -> bool:
    """Profile pictures of the writers, in a row or a table with their names under them
    (`[![](https://github.com/kim.png)](https://github.com/kim)`, or the same in HTML:
    `<td><img src="https://avatars.githubusercontent.com/u/1"><br>Kim</td>`): who wrote
    it, not what."""
    if block.type == "html_block":
        text = block.content
    elif block.type == "paragraph":
        text = block.children[0].content
    elif block.type == "table":
        text = _source_text(block)
    else:
        return False
    if "![" not in text and "<img" not in text and "<IMG" not in text:
        return False  # no image
    sources = [str(node.attrs.get("src", "")) for node in block.walk() if node.type == "image"]
    sources += _HTML_IMAGE_SOURCE.findall(text)
    return bool(sources) and all(_AVATAR.match(source) for source in sources)


_NAVIGATION_WORDS = re.compile(
    r"^(top|back|back to top|go to top|home|up|prev|previous|next|목차|목차로|위로|맨\s*위로|"
    r"처음으로|뒤로|뒤로\s*가기|돌아가기|이전|다음|이전\s*글|다음\s*글|홈|"
    # A lone link named for where it leads, not for what it says: `[참고자료](…)`.
    r"참고|참고\s*자료|참고\s*링크|출처|원문|링크|link|here|여기|source|reference|references|"
    r"ref|공식\s*문서|docs|documentation|read more|더\s*보기)$",
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
    [Notebooks](…)`, `자세한 내용은 [위키](…)에서`: a line sending the student elsewhere; or
    a box holding only such lines (`:::info` / `Read more about … on [X](…)` / `:::`)."""
    if block.type == "paragraph":
        return _is_pointer_line(block.children[0])
    if block.type in ("container_box", "admonition"):
        said = [child for child in block.children if child.type != "admonition_title"]
        return bool(said) and all(is_pointer(child) for child in said)
    if block.type in ("bullet_list", "ordered_list"):
        return all(
            item.line is not None and not item.below and _is_pointer_line(item.line)
            for item in block.children
        )
    return False


_TRAILING_POINTER = re.compile(
    rf"(?<=[.!?)]) +(?:you can )?(?:see also|see more|read more|learn more|"
    rf"for more (?:details|information|info)|more (?:details|info) (?:on|at|in))\b"
    rf"[^\n]*?\[{LINK_TEXT}\]\({LINK_ADDRESS}\)[^\n\[]*$",
    re.IGNORECASE | re.MULTILINE,
)


def without_trailing_pointers(answer: str) -> str:
    """`… book them. Read more about [mock interview platforms](./mock-interviews.md).` →
    `… book them.`: a last sentence that only sends the student to another page, which a
    card cannot follow, goes; the sentences before it are the answer."""
    if "](" not in answer:
        return answer  # no link to send anyone anywhere
    return _TRAILING_POINTER.sub("", answer)


_ABOUT_THE_PAGE = re.compile(
    r"\b(?:(?:in |of )?this (?:article|guide|page|post|tutorial|write-?up|blog post)\b|"
    r"the following (?:page|article|guide)\b|here we will\b|(?:covered|discussed) here\b)"
    r"|(?:이번|이|본|해당) (?:글|포스팅|포스트|문서)(?:에서|은|는|을|를)",
    re.IGNORECASE,
)


_DEFINES = re.compile(
    r"^\W*(?!(?:this|it|here|there|that)\b)[^.?!\n]{1,60}? (?:is|are|refers to|means)\b"
    r"|^[^.?!\n]{1,40}?(?:은|는|이란|란)\s[^\n]*?다\.",
    re.IGNORECASE,
)


def introduces_the_page(text: str) -> bool:
    """`In this article, I will share …`, `this guide will help you`, `이번 글에서 …`: a
    note's opening that talks about the page itself, and does not open by saying what its
    subject is (`A heap is …`, `자바 메모리 관리는 … 과정이다.`). Such a preamble is the
    page's introduction, not an answer to its title; what it says is said again, and
    better, under the headings below."""
    if not _ABOUT_THE_PAGE.search(text):
        return False
    first = text.lstrip().split("\n", 1)[0]
    return not _DEFINES.search(first) or bool(_ABOUT_THE_PAGE.search(first))


_PARENTHESIS = re.compile(r"\([^()]*\)")
_NOT_WORD = re.compile(r"[^\w\s]+")


def only_repeats_the_front(question: str, answer: str) -> bool:
    """`Scaling, Monitoring, and Updates` over `- Scaling (SW and ML systems)`, `- Monitoring`,
    `- Updates`: each line of the back only names again a word of the front (asides in
    brackets aside). The student would recite the question. A picture shows more."""
    if len(answer) > 2 * len(question) + 80 or "![" in answer or "<img" in answer.lower():
        return False  # longer than asides could make it, or a picture: more than the front
    lines = [line for line in answer.split("\n") if line.strip()]
    if not lines:
        return False
    front = f" {' '.join(_NOT_WORD.sub(' ', plain(question)).lower().split())} "
    # Line by line, stopping at the first that says more: most backs do at once.
    for line in lines:
        words = plain(_LIST_MARKER.sub("", line))
        name = " ".join(_NOT_WORD.sub(" ", _PARENTHESIS.sub(" ", words)).lower().split())
        if not name or f" {name} " not in front:
            return False
    return True


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


_A_TAG = re.compile(r"<\s*(/?)\s*a\b", re.IGNORECASE)


def is_html_links(block: Node) -> bool:
    """HTML whose every word is the text of a link: a `<table>` of `<a href="#…">` cells,
    a row of profile pictures or badges each linked to its page. Where to go, not what.
    Any other picture (a diagram with its credit, one linked to its full size) is content."""
    if block.type == "html_block":
        html = block.content
    elif block.type == "paragraph" and block.children[0].content.lstrip().startswith("<"):
        html = block.children[0].content
    else:
        return False
    if "<a" not in html and "<A" not in html:
        return False  # no link
    if ("<img" in html or "<IMG" in html) and not all(
        _AVATAR.match(source) or _BADGE.search(source)
        for source in _HTML_IMAGE_SOURCE.findall(html)
    ):
        return False
    outside, linked = _outside_html_links(html)
    words = _LINK.sub(" ", HTML_TAG.sub(" ", outside)).replace("&nbsp;", " ")
    return linked and not _WORD_CHARACTER.search(words)


def _outside_html_links(html: str) -> tuple[str, bool]:
    """The HTML of `html` outside its `<a>…</a>` elements, and whether it has one. Tag by
    tag, so an `<a>` never closed costs one pass, not one per tag."""
    outside: list[str] = []
    depth, last, linked = 0, 0, False
    for tag in HTML_TAG.finditer(html):
        if depth == 0:
            outside.append(html[last : tag.end()])
        last = tag.end()
        anchor = _A_TAG.match(tag[0])
        if anchor and not anchor[1]:
            depth, linked = depth + 1, True
        elif anchor:
            depth = max(depth - 1, 0)
    if depth == 0:
        outside.append(html[last:])
    return " ".join(outside), linked


_LINK_ADDRESSES = re.compile(rf"(?<!!)\[({LINK_TEXT})\]\(\s*({LINK_ADDRESS})\)")
_GENERIC_LINK_TEXT = re.compile(
    r"^\W*(code|codes|notebook|link|links|here|pdf|slides?|source|docs?|video|코드|링크|여기|"
    r"자료|영상|슬라이드|\d+)?\W*\d*\W*$",
    re.IGNORECASE,
)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_NOTE_FILE = re.compile(r"\.(md|markdown|ipynb)$", re.IGNORECASE)


def _is_note_address(address: str) -> bool:
    """`./os/process.md`, `../README.md`, `https://github.com/…/blob/main/os/process.md`: a
    note of the collection, not a page elsewhere nor an anchor into this one."""
    address = address.strip("<> ").split()[0] if address.strip("<> ") else ""
    if not address or address.startswith("#"):
        return False
    return not _SCHEME.match(address) or bool(_NOTE_FILE.search(address.split("#")[0]))


_SHORTCODE = re.compile(r":[a-z0-9_+-]+:")
"""`:arrow_forward:`: an emoji, written as GitHub's shortcode."""


def is_note_link(block: Node) -> bool:
    """A line that is only links to other notes (`:arrow_forward: [답변 내용](/contents/os.md)`):
    where the answer is, not the answer."""
    if block.type != "paragraph" or "](" not in block.children[0].content:
        return False
    content = block.children[0].content
    links = [link[2] for link in _LINK_ADDRESSES.finditer(content)]
    return (
        bool(links)
        and all(_is_note_address(address) for address in links)
        and not _WORD_CHARACTER.search(
            _SHORTCODE.sub(" ", _LINK.sub(" ", HTML_TAG.sub(" ", content)))
        )
    )


_ABOUT_THE_REPOSITORY = re.compile(
    # What is kept (knowledge, questions, a study) and how, then the repository itself: not
    # `Redis는 데이터를 메모리에 기록하는 저장소입니다`, which teaches.
    r"((지식|내용|개념|자료|질문|면접|스터디|공부)[^.]{0,60}(정리|기록|모아|모음|공부)\S*\s+"
    r"(\S+\s+)?(repository|repo|레포지토리|레포|저장소)\s*(입니다|이다|예요|에요)|"
    r"^\W*this (repo|repository) (is|contains|aims|collects|has)\b)",
    re.IGNORECASE,
)
_BUILT_FROM = re.compile(r"참고하여 (구성|작성|정리)(했|하였)습니다")
"""`스터디는 …를 참고하여 구성했습니다.`: what the collection was made from."""


_REPOSITORY_WORDS = ("repo", "Repo", "REPO", "레포", "저장소", "참고하여")
_ANOTHER_SUBJECT = re.compile(r"^\W*\S+(은|는)\s")
"""`Git은 변경 내용을 기록하는 저장소입니다`: a sentence about something else."""


def is_about_the_repository(block: Node) -> bool:
    """`기술 면접 대비를 위한 개념을 정리하는 Repository 입니다.`, `This repo contains my notes
    on …`, `…를 참고하여 구성했습니다.`: the collection describing itself, not a subject."""
    if block.type != "paragraph":
        return False
    content = block.children[0].content
    if not any(word in content for word in _REPOSITORY_WORDS):
        return False  # most paragraphs, at a glance
    text = plain(content)
    return len(text) < _FEEDBACK_LENGTH and (
        bool(_BUILT_FROM.search(text))
        or (not _ANOTHER_SUBJECT.match(text) and bool(_ABOUT_THE_REPOSITORY.search(text)))
    )


_LINKED_TERM = re.compile(
    rf"^\W{{0,3}}\[{LINK_TEXT}\]\({LINK_ADDRESS}\)\W{{0,3}}\s*(?::|-|–|—)\s+\S"
)
_ABOUT_A_RESOURCE = re.compile(
    r"\b(courses?|newsletters?|author(ed)?|books?|edition|playlists?|videos?|youtube(rs?)?|"
    r"blogs?|articles?|guides?|cheatsheets?|resources?|tutorials?|handbooks?|podcasts?|"
    r"founder|co-founder|creator|including|covers|contains|links to)\b|강의|책|블로그|영상|저자",
    re.IGNORECASE,
)


def is_resource_list(block: Node) -> bool:
    """`- [System Design Primer](…): Most comprehensive resource on …`, `- [Algorithms
    cheatsheets](./cheatsheet.md) - including the must-remembers …`: each line names a page,
    course or book elsewhere and says what it is. A reading list, however well described:
    what it describes is the page, not the subject; the student cannot study it here."""
    if block.type not in ("bullet_list", "ordered_list") or len(block.children) < 2:
        return False
    lines = [item.line.content if item.line is not None else "" for item in block.children]
    if not all(_LINKED_TERM.match(line) for line in lines):
        return False
    return sum(bool(_ABOUT_A_RESOURCE.search(_LINK.sub(" ", line))) for line in lines) * 2 >= len(
        lines
    )


def is_link_list(block: Node) -> bool:
    """A list whose lines each link to another note with at most a few words beside
    (`- [TCP와 UDP](./network/tcp.md) - 민수`), or name a topic, some linked to its note and
    some not yet (`- [Array](…/Array.md)`, `- Linked List`, …), or are titles of posts by
    category (`- [Java] 자바 컴파일 과정`): an index of the collection's notes, read as a
    whole before any rule makes a card of one line. Links out of the
    collection (`- [Trie](https://en.wikipedia.org/wiki/Trie)`) may name what answers the
    heading: their answer is judged whole (`has_substance`)."""
    if block.type not in ("bullet_list", "ordered_list"):
        return False
    if not any(
        item.below or (item.line is not None and "[" in item.line.content)
        for item in block.children
    ):
        return False  # one level, no link: most lists, at a glance
    lines = [inline.content for inline in block.inlines()]
    posts = sum(1 for line in lines if _POST_TITLE.match(line) and _names_a_topic(line))
    if posts >= 2 and all(_names_a_topic(line) for line in lines):
        return True  # `- [Java] 자바 컴파일 과정`, `- [C] 포인터`: titles of posts by category
    linked = sum(1 for line in lines if "](" in line and _links_a_note(line))
    if linked < 2:
        return False
    return linked >= 0.7 * len(lines) or (
        linked >= len(lines) / 3
        and all(_links_a_note(line) or _names_a_topic(line) for line in lines)
    )


_POST_TITLE = re.compile(r"^\[(?![ xX]\]|\d+\])[^\[\]]{1,20}\]\s+[^(\s]")
"""`[Java] 자바 컴파일 과정`: a category in brackets, then a title (not `[ ]` nor `[1]`)."""


def _links_a_note(line: str) -> bool:
    """`[TCP와 UDP](./tcp.md) - 민수`: a line naming a note by its link, a few words beside.
    `Linear regression ([code](./lr.ipynb))` names its topic outside the link: a list of
    such lines may well answer its heading."""
    if not any(
        _is_note_address(link[2]) and not _GENERIC_LINK_TEXT.match(link[1])
        for link in _LINK_ADDRESSES.finditer(line)
    ):
        return False
    beside = _LINK.sub(" ", _LIST_MARKER.sub("", line)).split()
    return sum(1 for word in beside if _WORD_CHARACTER.search(word)) <= _FEW_WORDS


def _names_a_topic(line: str) -> bool:
    """`Linked List`, `레드-블랙트리(Red-Black Tree)`: a label, not a statement."""
    text = plain(line)
    return is_short_label(text) and not is_statement(text) and ":" not in text


_LINKED_TEXT = re.compile(rf"(?<!!)\[({LINK_TEXT})\]\((?!#){LINK_ADDRESS}\)")


def is_link_table(block: Node) -> bool:
    """A table each of whose rows links to another page, the links holding at least as many
    words as the rest (`| 1주차 | [프로세스](os/process.md) | 민수 |`, `| Chapter 1 |
    [Coding](…) |`): an index of notes or a schedule of who presents what. A table that
    says more than its links (`| Quick sort | O(n log n) | [wiki](…) |`) is kept, and so is
    one whose links name code (`| Java | [`java.util.HashMap`](…) |`)."""
    if block.type != "table":
        return False
    rows = [node for node in block.walk() if node.type == "tr"][1:]  # the header aside
    linked_words = other_words = 0
    for row in rows:
        text = " | ".join(inline.content for inline in row.inlines())
        if not _WORD_CHARACTER.search(text):
            continue  # an empty row
        links = [link for link in _LINKED_TEXT.findall(text) if "`" not in link]
        if not links:
            return False
        linked_words += sum(len(_plain_words(link).split()) for link in links)
        other_words += len(_plain_words(_LINKED_TEXT.sub(_code_text, text)).split())
    return linked_words > 0 and linked_words >= other_words


def _code_text(link: re.Match[str]) -> str:
    return link[1] if "`" in link[1] else " "


def _plain_words(markdown: str) -> str:
    """Words only: no tags, marks or punctuation."""
    return _NOT_WORDS.sub(" ", HTML_TAG.sub(" ", markdown))


_TASK = re.compile(r"^\[([ xX])\]\s+")
_TOPIC_TO_WRITE = re.compile(
    r"(\]\(|<a\b|\.(md|pdf|ipynb|txt)\b|(정리|작성|공부|추가|업로드|복습|완료|하기|구현)\W*$|"
    r"^\W*(write|add|study|read|finish|review|upload|update|summari[sz]e)\b)",
    re.IGNORECASE,
)


def is_todo_list(block: Node) -> bool:
    """A task list tracking the writer's work: some items ticked and some not, each a note
    or a topic to write (`- [x] array.md`, `- [ ] 네트워크 정리`), or a run of topics
    (`* [ ] Array`, `* [ ] LinkedList`, `* [ ] B+ Tree`). Progress, not content: a checklist
    written as instructions (`- [ ] 모든 테스트가 통과하는지 확인한다`) stays."""
    if block.type not in ("bullet_list", "ordered_list"):
        return False
    states: list[bool] = []
    to_write = labels = True
    for item in block.children:
        line = item.line
        task = _TASK.match(line.content) if line is not None else None
        if task is None or not all(_is_todo_sublist(child) for child in item.below):
            return False
        states.append(task[1] != " ")
        text = line.content[task.end() :].strip()
        to_write = to_write and bool(_TOPIC_TO_WRITE.search(text))
        labels = labels and _names_a_topic(text)
    return bool(states) and (
        to_write or len(set(states)) == 2 or (labels and len(states) >= _TOPICS_TO_WRITE)
    )


_TOPICS_TO_WRITE = 3


def _is_todo_sublist(block: Node) -> bool:
    """Under a task, more tasks or one-line notes on it (`* Q. main이 static인 이유`)."""
    return block.type in ("bullet_list", "ordered_list") and all(
        item.line is not None and not item.below for item in block.children
    )


_DAY = (
    r"(\d{4}|\d{2})\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\.?|"
    r"(\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일|"
    r"\b([Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?"
    r"\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}"
)
_DATE = re.compile(rf"(?<!\d)({_DAY})(?!\d)")
_DIGIT = re.compile(r"\d")
_WHEN_KEYS = {
    "date", "dates", "day", "created", "created at", "created on", "created time", "last edited",
    "last edited time", "last modified", "last updated", "updated", "modified", "week",
    "lecture date", "since", "시작일",
    "날짜", "일시", "일자", "기간", "작성일", "작성 일자", "작성일자", "작성 날짜", "수정일",
    "최종 수정일", "발표일", "진행일", "진행 일시", "강의일", "강의 날짜", "스터디 날짜",
    "스터디 일시", "스터디 기간", "주차", "회차",
}  # fmt: skip
_WHO_KEYS = {
    "lecturer", "lecturers", "instructor", "instructors", "professor", "prof", "teacher",
    "tutor", "speaker", "speakers", "presenter", "presenters", "presented by",
    "강사", "강의자", "교수", "교수님", "발표자", "발표", "진행", "진행자", "스터디장", "담당",
    "담당자", "작성자", "author", "authors", "written by", "참여자", "참석자", "attendees",
    "scribe", "scribes", "scribed by", "notes by", "note taker", "필기", "collaborator",
    "collaborators", "contributor", "contributors", "members", "멤버", "팀원", "스터디원",
}  # fmt: skip
_CREDIT_KEYS = {
    # Where the note's text or picture came from: a credit, like a name.
    "source", "sources", "출처", "원문", "이미지 출처", "그림 출처", "image source", "credit",
    "credits", "via",
}  # fmt: skip
_OTHER_KEYS = {
    "tags", "tag", "태그", "type", "status", "상태", "category", "categories", "분류",
    "카테고리", "url", "link", "links", "링크", "reviewed", "장소", "location", "place",
    "course", "과목", "강의", "lecture", "수업", "class", "강좌", "교재", "textbook",
    "materials", "자료", "property", "aliases", "time", "시간",
}  # fmt: skip
_FIELD = re.compile(r"^[^\w]*([^\W\d][\w ]{0,20}?)\s*[:：]\s*(.*)$")
_FEW_NAMES = 4
_FIELD_LENGTH = 120
_FIELD_OR_DATE = re.compile(r"[:：\d]")
_FEW_WORDS_OF_A_FIELD = 8


def is_meta_lines(block: Node) -> bool:
    """When, by whom and for which class a note was written — `📅 날짜: 2024.03.05`,
    `Lecturer: Prof. Kim`, `Created: March 5, 2024`, `Tags: OS`, a line that is only a date —
    each line such a field, at least one of them a date or a person. Not what it teaches."""
    lines: Iterable[str | None]
    if block.type == "paragraph":
        content = block.children[0].content
        first = content[: content.find("\n")] if "\n" in content else content
        if len(first) > _FIELD_LENGTH or not _FIELD_OR_DATE.search(first):
            return False  # prose: most paragraphs, at their first line
        lines = content.split("\n")
    elif block.type in ("bullet_list", "ordered_list"):
        lines = (None if i.line is None or i.below else i.line.content for i in block.children)
    elif block.type == "table":
        lines = _table_fields(block)
    elif block.type == "blockquote":  # `> 📅 2024.03.05 | 발표자: 김민수`
        return bool(block.children) and all(is_meta_lines(child) for child in block.children)
    else:
        return False
    # A dated list is a timeline (`- 2014.03.18: Java 8`); a dated line alone is the note's.
    bare_dates = block.type != "bullet_list" and block.type != "ordered_list"
    kinds: set[str] = set()
    for line in lines:
        if line is not None and "](" in line:
            line = _LINK.sub(_link_text, line)  # `[김민수](https://github.com/…)`: a name
        if line is None or len(line) > _FIELD_LENGTH or not _FIELD_OR_DATE.search(line):
            return False  # prose, or no field or date: most blocks, at their first line
        for part in line.split(" | "):
            kind = _meta_kind(part, bare_dates) if part.strip() else ""
            if kind is None:
                return False
            kinds.add(kind)
    return bool(kinds & {"when", "who"})


_FEEDBACK_CHANNEL = re.compile(
    r"(이슈|\bissues?\b|\bPRs?\b|pull requests?|풀 ?리퀘|스타|\bstars?\b|⭐|제보|피드백|"
    r"\bfeedback\b|\bcontributions?\b|기여)",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"(주세요|주시면|바랍니다|부탁|환영|감사합니다|\bwelcome\b|appreciated|feel free|"
    r"please (open|file|create|submit|report|leave|give|send|star|let)\b)",
    re.IGNORECASE,
)
_FEEDBACK_LENGTH = 150


def is_feedback_request(block: Node) -> bool:
    """`잘못된 내용은 이슈로 알려주세요`, `PRs welcome!`, `Please give it a ⭐`: the writer asking
    readers for corrections or stars, one short line. Not what the note teaches."""
    if block.type != "paragraph":
        return False
    text = block.children[0].content
    return (
        len(text) < _FEEDBACK_LENGTH
        and "\n" not in text.strip()
        and bool(_REQUEST.search(text))
        and bool(_FEEDBACK_CHANNEL.search(text))
    )


def _table_fields(table: Node) -> Iterator[str | None]:
    """`| 날짜 | 2024.03.05 |` rows as `날짜: 2024.03.05` lines; None for a row of more cells."""
    for row in table.walk():
        if row.type == "tr":
            cells = [inline.content for inline in row.inlines()]
            yield f"{cells[0]}: {cells[1]}" if len(cells) == 2 else None


def _meta_kind(line: str, bare_dates: bool = True) -> str | None:
    """What a line of note metadata says: `when` (a date, or a date field), `who` (a
    person field), `other` (another field of the note, or a pointer elsewhere); None for a
    line that is not metadata."""
    text = plain(line)
    field = _FIELD.match(text)
    if field and field[1].strip().isupper():
        return None  # `DATE: 1000-01-01 ~ …` in a note on SQL types is its subject
    if field:
        key, value = " ".join(field[1].lower().split()), field[2]
        if key in _WHEN_KEYS and _DIGIT.search(value):
            return "when"
        if key in _WHO_KEYS and 0 < len(value.split()) <= _FEW_NAMES and not _ends_sentence(value):
            return "who"
        if key in _CREDIT_KEYS and 0 < len(value.split()) <= _FEW_WORDS_OF_A_FIELD:
            return "who"
        if key in _OTHER_KEYS and len(value.split()) <= _FEW_WORDS_OF_A_FIELD:
            return "other"
    date = bare_dates and _DIGIT.search(text) and _DATE.search(text)
    if date and len(_plain_words(_DATE.sub(" ", text)).split()) <= 3:
        return "when"  # `2024.03.05 (화)`, `Lecture 3 — 2021-09-14`
    if _POINTER.match(text):
        return "other"
    return None


def _link_text(link: re.Match[str]) -> str:
    return link[0].split("](")[0].lstrip("![")


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "다", "요"))


_BOILERPLATE_TITLES = {
    # Who wrote it and where to read more: nothing a student memorises.
    "작성자", "글쓴이", "저자", "author", "authors", "written by", "contributor", "contributors",
    "도움을 주신 분들", "기여자", "reference", "references", "ref", "refs", "참고", "참고 자료",
    "참고자료", "참고 문헌", "참고문헌", "참고 링크", "참조", "출처", "레퍼런스", "각주", "link",
    "links", "링크", "resources", "more resources", "further reading", "see also", "sources",
    "목차", "contents", "table of contents", "license", "licence", "라이선스", "라이센스",
    "contribution", "contributions", "contributing", "how to contribute", "created by",
    "acknowledgements", "acknowledgments", "citation", "star history", "멤버 소개", "팀원 소개",
    "news", "updates", "changelog", "change log", "공지", "공지사항", "learning resources",
    "학습 자료", "자료 출처", "참고 출처", "이미지 출처",
    # What a study group's front page says of itself: its plan, rules, people and folders.
    "todo", "todos", "to do", "todo list", "to do list", "할 일", "할일", "할 일 목록",
    "진행 상황", "진행상황", "진도", "스터디 규칙", "스터디 방식", "스터디 진행 방식", "진행 방식",
    "study rules", "ground rules", "스터디원", "스터디 멤버", "참여자", "participants",
    "team members", "팀원", "스터디 일정", "study schedule", "일정", "curriculum", "커리큘럼",
    "code of conduct", "study topics", "스터디 주제", "주제 목록", "다루는 내용", "목록",
    "학습 주제", "공부 주제", "주제", "학습 목록", "공부 목록", "tech stack", "기술 스택",
    "기술스택", "참여 방법", "how to participate", "how to join", "about", "convention rule",
    "commit convention", "커밋 컨벤션", "collaborator", "collaborators", "contributer",
    "contributers", "document structure", "folder structure", "폴더 구조",
    "repository structure", "repo structure", "레포 구조", "related", "related links",
    "관련 링크", "관련 글", "관련 자료", "관련 문서",
}  # fmt: skip
_DOCUMENT_TITLES = {
    # A whole note by these names is about the project, not a subject; a note titled
    # `Ref` or `Links` may well be about React refs or linking.
    "license", "licence", "라이선스", "라이센스", "contributing", "how to contribute",
    "changelog", "change log", "code of conduct", "contributors", "authors",
}  # fmt: skip
_NOT_WORDS = re.compile(r"[^\w\s]")


def is_boilerplate_section(section: Section) -> bool:
    """An author block or a reference list, whatever emoji or numbering dresses its heading,
    or several in one (`각주, Link`, `References & Links`). A note's own title is only asked
    whether the whole note is a license or the like."""
    titles = _DOCUMENT_TITLES if section.level == 0 else _BOILERPLATE_TITLES
    if _title_words(section.title) in titles:
        return True
    parts = _TITLE_JOINS.split(section.title.lower())
    return len(parts) > 1 and all(_title_words(part) in _BOILERPLATE_TITLES for part in parts)


_TITLE_JOINS = re.compile(r"[,&/·+]|\band\b|및")


def _title_words(title: str) -> str:
    title = _NOT_WORDS.sub(" ", title.lower())  # :shortcodes: went with the parse
    return " ".join(title.replace("_", " ").split())


_QUESTION_SECTION = re.compile(r"(질문|\bquestions?\b)", re.IGNORECASE)
_QUESTION_TEXT = re.compile(r"(^Q\d*\s*[.:)]|[?？]$|요\.?$)", re.IGNORECASE)


@lru_cache(maxsize=1024)  # asked of every heading above each section, and for its items
def is_question_section(title: str) -> bool:
    """`## 예상 질문`, `### 📢 면접 질문`, `Interview questions`: a list of questions to ask."""
    return bool(_QUESTION_SECTION.search(title))


_ANSWERED_ON_ITS_LINE = re.compile(r"`[^`\n]+`\s*[-–—:]\s+\S")
"""`` `if slow() or fast()` - Both are run when … ``: code and what it does, on its line."""


def is_unanswered_questions(nodes: list[Node], path: tuple[str, ...]) -> bool:
    """Questions with nothing under them: `- TCP와 UDP의 차이?`, or bare bullets under a
    `예상 질문` / `Interview questions` heading (`…설명해주세요`). Nothing for the back."""
    under_question_heading = any(is_question_section(title) for title in path)
    for node in nodes:
        if node.type == "list_item":
            text, rest = node.line, node.below
            if rest or text is None:
                return False
            if not _QUESTION_TEXT.search(plain(text.content)) and (
                not under_question_heading or _ANSWERED_ON_ITS_LINE.match(text.content)
            ):
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
