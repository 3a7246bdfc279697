"""An item that only cites the work a section's text comes from: `- paper: Kulkarni et
al. 2014, "Logical Physical Clocks"`, and a list of such works under a label of its own
(`참고` over `- https://…` / `- 김영한 - 스프링 핵심 원리 고급편`). It names where to read more,
nothing to recall of the subject: it gives no card of its own (`paper` ⟶ the citation, `김영한`
⟶ a course's title) and leaves the back. So does the record of a work a review opens on
(`- **제목**: Attention Is All You Need` / `- **저자**: …` / `- **학회**: NeurIPS 2017`, as a list
or a table of fields, or unlabelled under `## 논문 정보`): who wrote it and where, which the
student looks up, not recalls."""

from __future__ import annotations

import re

from flashgen.extract.skip.boilerplate import names_references
from flashgen.extract.skip.common import list_label, reads
from flashgen.extract.skip.navigation import names_only_references
from flashgen.extract.skip.plans import with_blocks_under
from flashgen.model import Section
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node

_CITATION = lazy(
    r"^(?:\*\*|__)?(?:(?P<cites>papers?|논문|citation|cite)|source|출처|refs?|reference|원문)"
    r"(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*(?P<work>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
"""`paper: …`, `논문: …`, `source: …`, `출처: …`: a label naming a cited work, then the work."""
_NAMES_A_WORK = lazy(
    r"(?<!\d)(?:1[89]|20)\d{2}[a-z]?(?!\d)|\bet al\b|\]\(|https?://|\"[^\"\n]+\"|“[^”\n]+”|"
    r"『|《|(?<!\w)\*[^*\n]+\*(?!\w)"
)
"""A year, `et al.`, a link or a quoted or italic title: what a citation gives of its work.
`- Source: 사용자의 IP를 Hashing 하여 분배하는 방식` (source-hash load balancing) gives none."""


def cites_a_work(item: Node) -> bool:
    """An item of one line, with nothing under it, that only cites a work: labelled `paper`
    or `논문`, or labelled `source`, `출처`, `ref` over a year, `et al.`, a link or a title."""
    if item.line is None or item.below:
        return False
    content = item.line.content
    if ":" not in content and "：" not in content:
        return False  # most items: no label's colon, which a citation needs
    match = _CITATION.match(content.strip())
    if match is None or "\n" in match["work"].strip():
        return False
    return bool(match["cites"]) or bool(_NAMES_A_WORK.search(match["work"]))


_RECORD_FIELD = lazy(
    r"^(?:\*\*|__)?(?:(?P<title>title|제목|논문\s*제목)|(?P<authors>authors?|저자|written by)|"
    r"(?P<venue>venue|학회|학술지|conference|journal|published(?: in)?|발표|게재|year|연도|출판)|"
    r"arxiv|doi|links?|링크|papers?|논문|code|코드|github|pdf|url|citations?|인용\s*수|"
    r"institutions?|affiliations?|소속)(?:\*\*|__)?[ \t]*(?P<colon>[:：])?",
    re.IGNORECASE,
)
"""A field of a work's record: its title, authors, venue or year, and where to find it."""
_MIN_RECORD_FIELDS = 3


def is_record_of_a_work(block: Node) -> bool:
    """A list or a two-column table of a work's fields (`- **제목**: …` / `- **저자**: …` /
    `- **학회**: …`, `| 저자 | Kaiming He, … |`): three fields or more, every one a field of
    a record, among them its authors and its title or venue."""
    if block.type in LIST_TYPES:
        items = block.children
        if len(items) < _MIN_RECORD_FIELDS or items[0].line is None:
            return False
        if _field(items[0].line.content, colon=True) is None:
            return False  # nearly every list, at its first line
        if any(item.line is None or item.below for item in items):
            return False
        fields = [_field(item.line.content, colon=True) for item in items]
    elif block.type == "table":
        rows = block.rows()
        if len(rows) <= _MIN_RECORD_FIELDS or _field(_first_cell(rows[1]), colon=False) is None:
            return False  # nearly every table, at its first row
        if any(len(list(row.inlines())) != 2 for row in rows):
            return False
        fields = [_field(_first_cell(row), colon=False) for row in rows[1:]]
    else:
        return False
    if len(fields) < _MIN_RECORD_FIELDS or None in fields:
        return False
    return "authors" in fields and ("title" in fields or "venue" in fields)


def _first_cell(row: Node) -> str:
    cell = next(row.inlines(), None)
    return "" if cell is None else cell.content


def _field(text: str, colon: bool) -> str | None:
    """The kind of record field a line or a cell opens on (`title`, `authors`, `venue`, or
    `where` for a link, a code or an id), None when it names no field of a record."""
    found = _RECORD_FIELD.match(text.strip())
    if found is None or (colon and not found["colon"]):
        return None
    if not colon and text.strip()[found.end() :].strip(" *_"):
        return None  # a cell of more words than the field's name
    return next((kind for kind in ("title", "authors", "venue") if found[kind]), "where")


_RECORD_TITLE = lazy(
    r"^\W*(?:\d+\.\s*)?(?:(?:논문|paper)\s*(?:정보|info(?:rmation)?|details)|서지\s*정보|"
    r"bibliographic (?:info(?:rmation)?|details)|citation)\W*$",
    re.IGNORECASE,
)
"""`## 논문 정보`, `## 1. 논문 정보`, `## Paper info`: a heading over the record of a work."""
_MAX_RECORD_LINE = 300


def records_a_work(section: Section) -> bool:
    """`## 논문 정보` over a list of the work's title, authors, venue and link, labelled or not
    (`- Generative Adversarial Nets` / `- Ian J. Goodfellow, …` / `- NIPS 2014` /
    `- <https://arxiv.org/abs/1406.2661>`): the record of the work the page reviews. A
    record has no more than its few lines, one of them a link or a year."""
    blocks = section.blocks
    if not blocks or not _RECORD_TITLE.match(section.title):
        return False
    lines = [
        inline.content for block in blocks for inline in block.inlines() if inline.content.strip()
    ]
    return (
        all(block.type in LIST_TYPES or block.type in ("table", "paragraph") for block in blocks)
        and 2 <= len(lines) <= 8
        and all(len(line) <= _MAX_RECORD_LINE and "\n" not in line.strip() for line in lines)
        and any(_NAMES_A_WORK.search(line) for line in lines)
    )


def is_citation_list(block: Node) -> bool:
    """A list whose every item only cites a work (`- paper: Kulkarni et al. 2014, …`)."""
    if block.type not in ("bullet_list", "ordered_list") or not block.children:
        return False
    return all(map(cites_a_work, block.children))


_AUTHORS_AND_YEAR = lazy(
    r"^[ \t]*(?:\*\*|__)?(?P<by>[A-Z][^()\n]{0,120}?)(?:\*\*|__)?[ \t]*"
    r"\((?:19|20)\d\d[a-z]?(?:,[^()\n]{0,20})?\)[,.:]?[ \t]*"
    r"(?P<work>\*[^*\n]+\*|_[^_\n]+_|\"[^\"\n]+\"|“[^”\n]+”|ch(?:apter|s?\.)[ \t]*\d)"
)
"""`Friedman, M. (1968) "The Role of Monetary Policy", …`, `**Mankiw, N. G.** (2022)
*Macroeconomics*, …`, `Mankiw (2022) ch. 14`: a work cited by its authors and year, then its
title, quoted or in italics, or the chapter to read."""
_NOT_AUTHORS = lazy(r"[:;!?]|\b(?:is|are|was|were|has|had|showed|argued|found|said)\b")
"""A sentence before the year (`Solow showed that … (1956)`), not a list of names."""
_MIN_WORKS = 2


@reads("bullet_list", "ordered_list")
def is_bibliography(block: Node) -> bool:
    """A list whose every item cites a work as a reading list or a bibliography does, by its
    authors and year, then its title or chapter (`- Phelps, E. S. (1967) "Phillips Curves,
    …", *Economica*, 34(135), 254–281.`, `- **Jones, C. I.** (2021) *Macroeconomics*, 5th edn.
    Norton. ← best on growth IMO`), a remark of the writer's beside it at most: works to read,
    nothing to recall of the subject. A list of what authors found (`- Solow (1956):
    exogenous growth`) names no title, and stays."""
    if len(block.children) < _MIN_WORKS:
        return False
    for item in block.children:
        if item.line is None or item.below:
            return False
        cited = _AUTHORS_AND_YEAR.match(item.line.content)
        if cited is None or _NOT_AUTHORS.search(cited["by"]):
            return False
    return True


def without_citation_items(block: Node) -> Node:
    """A list less its items that only cite a work, the list itself when none does (most
    lists) or when all do (`is_citation_list` drops that one whole)."""
    items = [item for item in block.children if not cites_a_work(item)]
    if len(items) == len(block.children) or not items:
        return block
    return with_blocks_under(block, items)


_READING_LABELS = frozenset({
    "links", "link", "read later", "to read", "reading", "reading list", "more reading",
    "useful links", "more links", "링크", "읽을거리", "읽을 거리", "더 읽을거리", "같이 볼 것",
})  # fmt: skip
"""`read later:`, `links:`, `읽을거리`: a label over a list of links to read, which under a
heading of its own would be no heading's answer; only over such a list (`lists_references`)."""
_WHERE_TO_READ = lazy(
    r"\]\(|https?://|『|《|「|\d+[ \t]*장|\bch(?:apter|\.)[ \t]*\d", re.IGNORECASE
)


def lists_references(label: Node, block: Node) -> bool:
    """A list right under a paragraph that is only a reference list's label (`참고`,
    `References:`, `**출처**`, `read later:`, `links`), whose items each only name where to
    read (a link, an address, a book, a course by its author and title) and one at least by
    a link or a book: `참고` / `- https://docs.spring.io/…` / `- 김영한 - 스프링 핵심 원리
    고급편`. A list under another label, or with an item saying something (`- 프록시는 …
    동작한다`), stays."""
    named = list_label(label, block)
    if named is None or not (names_references(named) or named.strip().lower() in _READING_LABELS):
        return False
    lines = []
    for item in block.children:
        if item.line is None or item.below:
            return False
        lines.append(item.line.content.strip())
    return any(_WHERE_TO_READ.search(line) for line in lines) and all(
        names_only_references(line) for line in lines
    )
