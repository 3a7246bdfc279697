"""The subsections' names, on the card of a heading whose answer leads into them.

An answer that ends `Here are my top tips.` over one `###` a tip, or a heading that asks for
its members (`## JVM의 메모리 구조` over `### Heap`, `### PC Register`), answers with the
subsections' titles: alone, the line promises an answer it does not give.
"""

from __future__ import annotations

import re

from flashgen.extract.apart import joined, last_bullet, other_bullet
from flashgen.extract.item_kinds import item_text
from flashgen.extract.labels import ASIDE_END, words_of
from flashgen.extract.lead_ins import ANNOUNCES, COUNTS, INNER_END, leads_on
from flashgen.extract.overviews import opening_statement
from flashgen.extract.pictures import has_words
from flashgen.extract.place import Place, plain
from flashgen.extract.sections import (
    asks_for_cases,
    asks_itself,
    asks_when,
    comparison_sides,
    named,
    names_a_collection,
    part_titles,
    told_titles,
)
from flashgen.extract.sizes import MAX_RECALL_LINES, Block, recallable, shown_lines
from flashgen.extract.skip import has_substance
from flashgen.extract.table_parts import table_rows
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import clean_heading


def subsections_named(own: list[Block], place: Place) -> list[Block]:
    """An answer that ends leading into the subsections below it (`Here are my top tips.`
    over one `###` a tip) with their titles after that line: alone, it promises an answer
    and gives none; the titles name the parts, each asked under its own heading."""
    section = place.section
    if len(section.children) < 2 or not own:
        return own
    sides = _sides_told(own, place)
    if sides:
        return [*own, (own[-1][0], named(sides))]
    node, text = own[-1]
    members = _asks_for_members(own, place)
    if _points_to_it(own, place):  # `아래 표로 알 수 있듯이 …` over the table's picture
        line, leads = "", True
    elif node.type == "paragraph":
        line = _words_above_pictures(node.children[0].content.strip())
        leads = leads_on(plain(line)) or members
    else:  # `- 대표적인 … 구현 클래스에 대해 알아보자.`: a last bullet leads in as a line does
        line = last_bullet(node) or ""
        leads = members or (
            bool(line) and (leads_on(plain(line)) or bool(ANNOUNCES.search(plain(line))))
        )
    if ("\n" in line and not members) or not leads:
        return own
    if (
        len(own) == 1
        and node.type == "paragraph"
        and line.endswith(":")
        and all(asks_itself(child.title) for child in section.children)
    ):
        return []  # `… Each of the following will cover:` over `### How to …`: an introduction
    titles = part_titles(
        section,
        place.path,
        promised=line.endswith(":"),
        counted=bool(COUNTS.search(plain(line))),
        led=True,
    )
    if titles and repeat_the_heading(titles, place.path[-1]):
        # `## Blocking과 Non Blocking` leading into `### Blocking`, `### Non-Blocking`: the
        # names would only repeat the question, and the line alone promises what is not there
        rest = own[:-1]
        return rest if not INNER_END.search(line) and has_substance(joined(rest)) else own
    if not titles:
        return own
    titles = told_titles(section, titles, [text for _, text in own])
    names = named(titles)
    if other_bullet(text) == "*":  # after a list bulleted `-`, which they would else join
        names = "\n".join(f"* {title}" for title in titles)
    return [*own, (node, names)]


def _words_above_pictures(text: str) -> str:
    """A paragraph's text without the lines under it that are only a picture (`프로세스는
    여러 가지 상태를 가진다.` over `![상태 전이도](state.png)`): the line above says what
    the picture shows, and the subsections tell each of it in words."""
    lines = text.split("\n")
    while len(lines) > 1 and not has_words(lines[-1]):
        lines.pop()
    return "\n".join(lines).strip()


_MAX_SIDE_LINES = 3
"""A side told in more lines than this is told on its own card only."""


def _sides_told(own: list[Block], place: Place) -> list[str]:
    """`# CountdownLatch vs CyclicBarrier` answered by one paragraph (`… 둘 다 쓰레드를
    관리해주는 클래스입니다.`) over a subsection titled by each side: the paragraph says what
    the sides share, the subsections how each differs. Each side is named with what its
    subsection says first (`- CyclicBarrier: … 재사용이 가능해진다.`), when every one opens
    on a statement and the card is still recalled in one go; else none."""
    sides = comparison_sides(place.section.title)
    if not sides or len(own) != 1 or own[0][0].type != "paragraph":
        return []
    titled = {
        plain(clean_heading(child.title)).casefold(): child for child in place.section.children
    }
    told = []
    for side in sides:
        child = titled.get(plain(side).casefold())
        said = opening_statement(child.blocks) if child is not None else None
        if said is None:
            return []
        told.append(f"{side}: {said}")
    if any(shown_lines([line]) > _MAX_SIDE_LINES for line in told) or (
        shown_lines([own[0][1], *told]) > MAX_RECALL_LINES
    ):
        return []
    return told


def _points_to_it(own: list[Block], place: Place) -> bool:
    """An answer ending in a picture that a line of it points to as the table below (`아래
    표로 알 수 있듯이 엄격해질수록 …`, `The table below compares …`): the table, a picture
    the card cannot tell, sums up the subsections after it (`### 1) READ UNCOMMITTED`, …),
    which the line leads into as much as into the picture."""
    node, text = own[-1]
    if len(own) < 2 or len(place.path) < 2 or node.type not in ("html_block", "paragraph"):
        return False
    if not _PICTURE.search(text) or has_words(text):
        return False
    return any(
        block.type == "paragraph" and _POINTS_TO_A_TABLE.search(plain(said))
        for block, said in own[:-1]
    )


_PICTURE = lazy(r"<img\b|!\[", re.IGNORECASE)
_POINTS_TO_A_TABLE = lazy(
    r"(아래|다음)(의)?\s?표|\b(the )?(table|chart) below\b|\bthe following (table|chart)\b",
    re.IGNORECASE,
)
"""`아래 표로 알 수 있듯이`, `다음 표는`, `the table below`: a line pointing to a table."""


def _asks_for_members(own: list[Block], place: Place) -> bool:
    """`## 구현 방법` answered by one sentence over `### 1. Cache-Control`, `### 2. ETag`,
    `## JVM의 메모리 구조` by what the memory is over `### Heap`, `### PC Register`: the
    heading asks for the members, which only the subsections' titles name. An answer of
    more blocks, short enough to recall, names them too when none of its blocks lists
    members already (`## Common terms` over its terms keeps them alone) and the heading
    is no note's title (whose subsections are its topics)."""
    heading = plain(ASIDE_END.sub("", place.path[-1]))  # `회복 기법(Recovery)` asks as `회복 기법`
    if not (
        names_a_collection(heading)
        or _STRUCTURE.search(heading)
        or _HOW_TO.match(heading)
        or (asks_when(heading) and asks_for_cases(heading, part_titles(place.section, place.path)))
    ):
        return _spelled_out(heading, own, place)
    if len(own) == 1 and own[0][0].type == "paragraph":
        return True
    if len(place.path) < 2:
        return False
    if not any(node.type in LIST_TYPES or node.type == "table" for node, _ in own):
        return recallable(own)
    return _names_no_part(own, place)


def _names_no_part(own: list[Block], place: Place) -> bool:
    """`## 이상 현상의 종류` over a table of sample rows, `## Types` over the tables of an
    example (`- Books` over its rows): lists and tables that name none of the subsections
    (`### 삽입 이상`, `### Super key`) hold the example the parts are told by, not the parts;
    only the titles name what the heading asks. A list of items marked as names (a term
    defined in its line, a bold name, a label over its points) or a table whose rows each a
    name names members of its own (`## Common terms` over `- Node: …`, `## 라이선스 종류`
    over `- **MIT License**` or a row of each license)."""
    if any(
        (node.type in LIST_TYPES and any(map(_names_a_member, node.children)))
        or (node.type == "table" and table_rows(node, text, place.path[-1]) is not None)
        for node, text in own
    ):
        return False
    titles = part_titles(place.section, place.path)
    said = plain(joined(own)).casefold()
    return bool(titles) and not any(plain(title).casefold() in said for title in titles)


def _names_a_member(item: Node) -> bool:
    """`- Node: …`, `- **MIT License**`, `- Heap` over its points: an item naming a member."""
    line = item.line.content.strip() if item.line is not None else ""
    return bool(item.below) or line.startswith(("**", "__")) or item_text(item).key is not None


_ACRONYM = lazy(r"(?<![A-Za-z])[A-Z]{3,8}(?![A-Za-z])")
"""`ACID`, `CRUD`: a word of capitals alone, which may stand for the words it abbreviates."""
_LATIN_LETTER = lazy(r"[A-Za-z]")


def _spelled_out(heading: str, own: list[Block], place: Place) -> bool:
    """`## ACID란?` over `### 원자성(Atomicity)`, `### 일관성(Consistency)`, `### 고립성
    (Isolation)`, `### 지속성(Durability)`: subsections whose titles, in order, begin (in
    Latin letters) with the letters of an acronym in the heading are what it stands for,
    its members, whatever its own text says it is (`… 성질이다.`), when that text, short
    enough to recall, names none of them."""
    acronyms = _ACRONYM.findall(heading)
    if not acronyms:
        return False  # nearly every heading
    titles = part_titles(place.section, place.path, led=True)  # `ACID란?` asks for them
    initials = [_LATIN_LETTER.search(plain(title)) for title in titles]
    if len(titles) < 3 or None in initials:
        return False
    spelled = "".join(letter[0].upper() for letter in initials if letter is not None)
    if spelled not in acronyms or not recallable(own):
        return False
    said = plain(joined(own)).casefold()
    return not any(
        word.casefold() in said for title in titles for word in words_of(title) if len(word) > 1
    )


_HOW_TO = lazy(r"^how\s+(to|do|does|can|should)\s", re.IGNORECASE)
"""`How to find solutions to coding problems`, `How do I prepare?`: a heading asking the
ways, which subsections titled each a way (`### 1. Visualize the problem`) answer."""
_STRUCTURE = lazy(r"(구조|구성)$|\b(structure|architecture|anatomy)$", re.IGNORECASE)
"""`JVM의 메모리 구조`, `Anatomy`: a heading asking what a thing is made of, its parts."""


def repeat_the_heading(titles: list[str], heading: str) -> bool:
    """Whether each title only repeats words of the heading (`Non-Blocking` under
    `Blocking과 Non Blocking`, `파이썬의 문자열` under `파이썬과 자바의 문자열`: a particle
    written onto a word aside); a number is a word too."""
    asked = words_of(heading)
    numbers = set(_NUMBER.findall(heading))
    return all(
        words_of(title)
        and all(
            any(said.startswith(_PARTICLE.sub("", word)) for said in asked)
            for word in words_of(title)
        )
        and set(_NUMBER.findall(title)) <= numbers  # `RAID 0` under `RAID 구성` names a level
        for title in titles
    )


_NUMBER = lazy(r"\d+")


_PARTICLE = lazy(r"(?<=[가-힣]{2})[의과와은는이가을를]$")
"""`파이썬의`, `자바와`: the particle after a word of two syllables or more."""
