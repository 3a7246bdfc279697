"""A set of practice problems, each answered under it or by its number below.

A heading titled only as an exercise (`## Exercises`, `## 연습문제`) over a numbered list,
or one naming practice (`## Practice`, `## Problems`) over a numbered list whose lines
mostly ask or set a task (`1. Is $T(x, y) = (x + y, xy)$ linear?`, `2. Find the matrix of
the reflection across $y = x$.`), sets problems: a card asks a problem and answers with its
answer. The writer answers a problem under it (`1. 컴공 학생들이 수강하는 과목` over `- $\\pi_{과목}
(…)$`), after an arrow on its line (`3. 학과별 학생 수 → 집계 함수 …`), or in a box after the
list whose numbered lines answer the problems by their numbers (`??? example "Answers (1,
3)"` over `1. No — …` and `3. …`; the writer's numbers, which Markdown would renumber 1,
2). Each problem answered is a card, its problem on the front; one left unanswered gives
none, as the heading's card of the whole list gave only the problems to read, or answers
under numbers no longer theirs. A set whose problems are paragraphs each opening on a bold
number (`**Q1.** …`, `**2.** …`) is asked problem by problem too (`numbered_problems`). A
section of any other shape is read as any other.
"""

from __future__ import annotations

import re

from flashgen.extract.place import Place, plain
from flashgen.extract.skip import asks, names_practice
from flashgen.extract.worked_problems import names_only_an_exercise, sets_a_task
from flashgen.model import Card, Section
from flashgen.patterns import lazy
from flashgen.syntax import CODE_TYPES, Node

_NUMBER = lazy(r"^\s*(\d{1,3})[.)]\s")
"""`1. `, `3) `: the number a writer gave an item, as written in the note."""
_ARROW = lazy(r"\s(?:→|->|=>)\s")
"""` → `: an answer after the problem, on its line."""


def answered_problems(section: Section, place: Place) -> list[Card] | None:
    """The problems of a practice set answered in the note, one card each, and none for
    those left unanswered: `## Practice` over `1. Is $T(x) = x + 1$ linear?` / `2. Find …`
    and `??? example "Answers (1)"` over `1. No — $T(0) = 1 \\ne 0$.` gives the card of
    problem 1 alone. None for a section of any other shape."""
    blocks = section.blocks
    if not blocks or blocks[0].type != "ordered_list" or len(blocks) > 2:
        return None  # nearly every section
    exercise = names_only_an_exercise(section.title)
    bank = _names_questions(section.title)
    if not exercise and not bank and not names_practice(section.title):
        if len(blocks) == 1 and _names_answers(section.title):
            before = _sibling(place.tree.root, section, -1)
            if before is not None and _problems(before, place, _numbered(blocks[0], place)):
                return []  # the answers of the problems above, asked on their cards
        return None
    if len(blocks) == 2:
        box = _answers_box(blocks[1], place)
    else:  # `## Problems` over `1. …`, then `## Answers` over `1. …`, as a textbook ends
        box = _answers_below(section, place) or {}
    if box is None:
        return None
    problems: list[tuple[Node, str, str]] = []
    for item in blocks[0].children:
        number = _number(item, place)
        if item.line is None or number is None:
            return None
        answer = [place.quote(block) for block in item.below]
        question = item.line.content.strip()
        if not answer and number not in box:
            question, answer = _arrow_answered(question)
        if number in box:
            answer.append(box.pop(number))
        problems.append((item, question, "\n\n".join(answer)))
    if box:
        return None  # an answer to a problem not in the list: numbered otherwise
    if not exercise and not _sets_problems([plain(question) for _, question, _ in problems]):
        return None  # `## Problems` over `1. 성능 저하`: what goes wrong, not problems set
    if bank and not all(answer.strip() for _, _, answer in problems):
        return None  # `## Interview questions` over questions to prepare: none answered yet
    return [
        place.card(question, answer, item, answered_problems)
        for item, question, answer in problems
        if answer.strip()
    ]


def _number(item: Node, place: Place) -> str | None:
    """The number the writer gave an item, read from its line in the note."""
    if not item.map:
        return None
    found = _NUMBER.match(place.tree.lines[item.map[0]])
    return None if found is None else found.group(1)


def _answers_box(block: Node, place: Place) -> dict[str, str] | None:
    """A box after the problems holding only a numbered list (MkDocs' `??? example
    "Answers"` over `1. …` / `4. …`): each answer by the number the writer gave it. None for
    any other block."""
    if block.type != "admonition":
        return None
    body = [node for node in block.children if not node.type.endswith("title")]
    if len(body) != 1 or body[0].type != "ordered_list":
        return None
    return _numbered(body[0], place)


_ANSWERS_TITLE = lazy(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:answers?|solutions?|answer key|정답|해답|정답 및 해설)$",
    re.IGNORECASE,
)
"""`## Answers`, `## 1.5 Solutions`, `## 정답`: a heading naming only the answers."""


_QUESTIONS_TITLE = lazy(
    r"\b(?:q|questions?)\s*(?:bank|list)\b|\b(?:interview\s+)?questions\b|\bQ\s*&\s*A\b|"
    r"(?:면접\s*)?질문\s*(?:모음|목록|은행|리스트)|예상\s*질문",
    re.IGNORECASE,
)
"""`Q bank (answers short, the way I'd say them)`, `Interview questions`, `예상 질문`: a heading
over questions asked in turn, each answered after an arrow (`1. **Find duplicate emails** →
`group by …``)."""


def _names_questions(title: str) -> bool:
    return _QUESTIONS_TITLE.search(title) is not None


def _names_answers(title: str) -> bool:
    return len(title) < 30 and _ANSWERS_TITLE.match(title.strip()) is not None


def _answers_below(section: Section, place: Place) -> dict[str, str] | None:
    """The numbered answers of the section right after this one, when it is named only as
    answers (`## Answers` over `1. $a \approx 3.26$ m/s²`)."""
    after = _sibling(place.tree.root, section, 1)
    if after is None or after.children or not _names_answers(after.title):
        return None
    if len(after.blocks) != 1 or after.blocks[0].type != "ordered_list":
        return None
    return _numbered(after.blocks[0], place)


def _problems(section: Section, place: Place, answers: dict[str, str] | None) -> bool:
    """Whether the section sets numbered problems that these answers answer, every one."""
    blocks = section.blocks
    if not answers or len(blocks) != 1 or blocks[0].type != "ordered_list":
        return False
    if not names_only_an_exercise(section.title) and not names_practice(section.title):
        return False
    numbers = [_number(item, place) for item in blocks[0].children]
    return set(answers) <= set(numbers)


def _sibling(root: Section, section: Section, step: int) -> Section | None:
    """The section before (`step` -1) or after (1) this one under the same heading."""
    parents = [root]
    while parents:
        parent = parents.pop()
        for index, child in enumerate(parent.children):
            if child is section:
                at = index + step
                return parent.children[at] if 0 <= at < len(parent.children) else None
        parents.extend(parent.children)
    return None


def _numbered(block: Node, place: Place) -> dict[str, str] | None:
    """A numbered list's items by the numbers the writer gave them; None when one has none
    or two share one."""
    answers: dict[str, str] = {}
    for item in block.children:
        number = _number(item, place)
        if item.line is None or number is None or number in answers:
            return None
        parts = [item.line.content.strip(), *(place.quote(below) for below in item.below)]
        answers[number] = "\n\n".join(parts)
    return answers


def _arrow_answered(line: str) -> tuple[str, list[str]]:
    """`학과별 학생 수 → 집계 함수 …`: the problem before the arrow and its answer after it,
    an arrow outside code and formulas; the line whole and no answer when there is none."""
    found = _ARROW.search(line)
    if found is None:
        return line, []
    before = line[: found.start()]
    if before.count("`") % 2 or before.count("$") % 2:
        return line, []
    answer = line[found.end() :].strip()
    return before.strip(), [answer] if answer else []


def _sets_problems(lines: list[str]) -> bool:
    """Whether half the lines or more ask (`Are $u, v$ independent?`) or set a task ending on
    its order (`Let $X \\sim \\text{Bin}(10, 0.3)$. Find $E[X^2]$.`): problems, under a heading
    naming practice rather than only an exercise (`## Practice`, `## Problems`)."""
    return 2 * sum(asks(line) or sets_a_task(line) for line in lines) >= len(lines)


_PROBLEM_MARK = lazy(
    r"^(?:\*\*|__)(?:Q\s*)?\d{1,2}[.):]?(?:\s*\([^()\n]{1,40}\))?(?:\*\*|__)[.):]?(?:[ \t]+|$)"
)
"""`**Q1.** `, `**2.** `, `**Q3**`, `**Q2. (ADsP 38회 비슷)** `: a paragraph opening on the
number the writer bolds to set a problem apart from the one before, with where it came
from beside it."""
_ANSWER_ARROW = lazy(r"(?:^|\s)(?:→|->|=>|⇒)[ \t]*")
"""`… → 박민수`, `→ 경영은 …`: what follows is the problem's answer."""
_LEADING_ARROW = lazy(r"^\s*(?:→|->|=>|⇒)[ \t]*")
"""`→ 경영은 1명이라 …` opening a paragraph of the answer: the writer's mark of it."""


def numbered_problems(section: Section, place: Place) -> list[Card] | None:
    """A practice set whose problems are paragraphs each opening on a bold number (`**Q1.**
    `SELECT COUNT(*), COUNT(점수) FROM 학생;``, `**2.** Pt wants to stop metoprolol … Best
    response?`), each answered by what follows it up to the next (the options and
    rationale, the table of the result, a line after an arrow): a card a problem, asked by
    its stem (with the code right under a bare number or a label: `**Q2.**` over ```` ```sql
    ````), the givens written before the first problem (`` `학생` 테이블`` over its rows) on
    each front, as they are needed to work it out. Read as one card the problems ran into
    each other, the later ones' stems on the back; a set ends at a rule (`---`). None for
    a section of any other shape, or under a heading naming no practice."""
    blocks = section.blocks
    if len(blocks) < 2 or not names_practice(section.title):
        return None  # nearly every section
    starts = [
        index
        for index, block in enumerate(blocks)
        if block.type == "paragraph" and _PROBLEM_MARK.match(block.children[0].content)
    ]
    if len(starts) < 2:
        return None
    rule = next((i for i in range(starts[-1], len(blocks)) if blocks[i].type == "hr"), None)
    ends = [*starts[1:], len(blocks) if rule is None else rule]
    givens = "\n\n".join(place.quote(block) for block in blocks[: starts[0]])
    cards = []
    for start, end in zip(starts, ends, strict=True):
        stem = _PROBLEM_MARK.sub("", place.quote(blocks[start]), count=1).strip()
        rest = blocks[start + 1 : end]
        answer_first = ""
        arrow = _ANSWER_ARROW.search(stem)
        if arrow is not None and "?" not in stem[arrow.end() :]:
            stem, answer_first = stem[: arrow.start()].strip(), stem[arrow.end() :].strip()
        elif rest and rest[0].type in CODE_TYPES and not asks(plain(stem)):
            stem = "\n\n".join(part for part in (stem, place.quote(rest.pop(0))) if part)
        answer = [answer_first, *(place.quote(block) for block in rest)]
        answer_text = "\n\n".join(_LEADING_ARROW.sub("", part) for part in answer if part.strip())
        if not stem or not answer_text:
            continue
        front = f"{givens}\n\n{stem}" if givens else stem
        cards.append(place.card(front, answer_text, blocks[start], numbered_problems))
    return cards or None
