"""A problem copied into the note, its answer marked by a label under it: one card.

A wrong-answer log (오답노트) or a question bank copies a problem under a heading of its
own, then writes what is known of it as labelled lines:

    ### Q114 `#전치사접속사`
    > ------- the delay in shipping, most customers were satisfied with the service.
    > (A) Although (B) Despite (C) Even if (D) Nevertheless

    - 내 답: A ❌
    - 정답: **B**
    - 해설: 빈칸 뒤 the delay in shipping = 명사구. …

Asked as the heading's card, the front would be the problem's number (`Q114`) and every
label a card of its own (`정답` ⟶ `**B**`, `내 답` ⟶ `A ❌`), none of which can be answered
without the problem. A careful student asks the problem: it goes on the front, under the
heading, and the answer with its explanation on the back. What the writer once chose
(`내 답`, `My answer`) is a record of the mistake, no part of the answer, and leaves it.

Logs write the same problem in other shapes, each read here into the same card: problems one
after another under one heading (`_answered_in_turn`), an entry written as one list opening
on the problem by its label (`- 사료: "…"`, `- **Q**: …`: `_problem_in_its_list`), a problem in
paragraphs over `**정답: ②**` and why (`_answered_in_prose`), and a `<details>` fold holding
a problem over its labelled answer (`folded_problem`, read by qa.details_question).
"""

from __future__ import annotations

import re

from flashgen.extract.place import Place
from flashgen.model import Card, Section
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import HANGUL

_SETS_A_PROBLEM = lazy(
    r"-{4,}|_{4,}|\(\s*\)|（\s*）|빈칸|\(A\).*\(B\)|\bA\).*\bB\)|①.*②|\?\s*$", re.DOTALL
)
"""A blank to fill (`-------`, `____`, `( )`), choices (`(A) … (B)`, `① … ②`) or a question
mark closing it: a problem set, not a remark."""
_ANSWER_FIELD = lazy(
    r"(?:^|/|→|->)[ \t]*(?:\*\*|__)?(?:정답|답|모범\s*답안|answers?|correct(?: answer)?|key)"
    r"(?:\*\*|__)?[ \t]*[:：]",
    re.IGNORECASE | re.MULTILINE,
)
"""`정답:`, `답:`, `Answer:`, `Correct answer:` opening a line or after a `/` or an arrow
(`내 답: 3 → 정답: **2**`): a problem's answer, by its label."""
_PICK = (
    r"(?:\*\*|__)?(?:내\s*답|내가\s*고른\s*(?:것|거|답)|내\s*선택|나(?=[ \t]*[:：])|"
    r"my\s+(?:answer|pick|choice)|me(?=(?:\*\*|__)?[ \t]*[:：])|"
    r"i\s+(?:chose|picked|said))(?:\*\*|__)?[ \t]*[:：]"
)
"""`내 답:`, `**My answer:**`, `I chose:`: the label of what the writer once chose."""
_ANSWER_LABEL = r"(?:\*\*|__)?(?:정답|답|모범\s*답안|answers?|correct(?: answer)?|key)\b"
_OWN_PICK = lazy(
    rf"(?:^|(?<=/))[ \t]*{_PICK}.*?(?:(?:/|→|->)[ \t]*(?={_ANSWER_LABEL})|$)", re.IGNORECASE
)
"""`내 답: A ❌`, `My answer: C`, up to a `/` or an arrow that goes on to the right one (`내 답:
A ❌ / 정답: **B**`, `내 답: 3 → 정답: **2**`): the writer's pick, to leave out, with the
writer's reasons for it (`내 답: ④ (부종 → 폐부종이라고 생각함)`)."""
_RIGHT_PICK = lazy(rf"^[ \t]*{_PICK}[^/\n]*?(?:⭕|✅|✔|\bO\b)", re.IGNORECASE)
"""`내 답: C ⭕`: the writer's pick, marked right, is the answer."""
_PICK_LABEL = lazy(_PICK, re.IGNORECASE)
_MARKER = lazy(r"^([ \t]*(?:[-*+]|\d{1,9}[.)])?[ \t]*)(.*)$")
_ONLY_BREAKS = lazy(r"(?:\s*<br\s*/?>)+\s*", re.IGNORECASE)
"""`<br>` between sections: space on the page, nothing on the back."""
_PROBLEM_TYPES = frozenset({"blockquote", "paragraph"})
_SET_IN = _PROBLEM_TYPES | {"fence"}
"""Code is a problem too (`printf` of what?), when the list under it gives the writer's pick
against the answer."""
_QUOTE_MARK = lazy(r"^[ \t]*>[ \t]?", re.MULTILINE)


def sets_an_answered_problem(section: Section) -> bool:
    """Whether a section is a problem copied over its answer marked by a label (the module's
    shape), read from its blocks alone: its subsections' parent names no parts in naming it."""
    return _labelled_list_at(section) is not None


def answered_by_label(section: Section, place: Place) -> list[Card] | None:
    """The card of a problem copied as a quote, a paragraph or code (a blank, choices or a
    question mark in it, or a list giving the writer's pick against the answer) over a list
    of labelled lines, one of them its answer (`정답:`, `Answer:`): the problem on the front,
    the list on the back less the writer's own pick; or the cards of the module's other
    shapes. None for a section of any other shape (nearly all)."""
    if (in_turn := _answered_in_turn(section, place)) is not None:
        return in_turn
    blocks = section.blocks
    at = _labelled_list_at(section)
    if at is None:
        if blocks and blocks[0].type in LIST_TYPES:
            return _problem_in_its_list(section, place)
        return _answered_in_prose(section, place)
    problem = "\n\n".join(_unquoted(place.quote(block), block) for block in blocks[:at])
    after = [place.quote(block) for block in blocks[at + 1 :] if block.type != "hr"]
    after = [text for text in after if not _ONLY_BREAKS.fullmatch(text)]
    answer = "\n\n".join(
        part for part in [_without_own_pick(place.quote(blocks[at])), *after] if part
    )
    return [place.card(problem, answer, blocks[at], answered_by_label)]


_PROBLEM_WORDS = r"사료|지문|제시문|문제|question|problem|stem"
"""The labels a log sets a problem under (`사료:`, `**문제**`, `Question:`)."""
_PROBLEM_ITEM = lazy(
    rf"^(?:\*\*|__)?(?:{_PROBLEM_WORDS}|q)(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?"
    r"[ \t]*(?P<problem>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
"""`- 사료: "왕이 친히 군사를 이끌고 …"`, `- 문제: …`, `- Question: …`: a list's first item setting
the problem, by its label."""


def _problem_in_its_list(section: Section, place: Place) -> list[Card] | None:
    """A wrong-answer log's entry written as one list, the problem its first item by a label
    (`- 사료: "왕이 친히 군사를 이끌고 백잔을 토벌하였다 …"`), then the writer's pick against the
    answer (`- 내가 고른 거: 장수왕 → ❌ / 정답: **광개토대왕**`) and why (`- 왜 틀림: …`): the
    problem on the front, the rest of the list and what follows it on the back, less the
    writer's pick. Asked apart, `사료` and `정답` are labels of one problem, no questions."""
    blocks = section.blocks  # opening on a list (answered_by_label looked)
    if len(blocks[0].children) < 2:
        return None
    first = blocks[0].children[0]
    if first.line is None or first.below or first.map is None:
        return None
    problem = _PROBLEM_ITEM.match(first.line.content.strip())
    if problem is None or not _answers(blocks[0]):
        return None
    listed = place.quote(blocks[0]).split("\n")
    rest = "\n".join(listed[first.map[1] - first.map[0] :]).strip("\n")
    after = [place.quote(block) for block in blocks[1:] if block.type != "hr"]
    answer = "\n\n".join(part for part in [_without_own_pick(rest), *after] if part.strip())
    if not answer.strip():
        return None
    return [place.card(problem["problem"].strip(), answer, blocks[0], answered_by_label)]


_IN_PROSE = frozenset({"paragraph", "blockquote", "ordered_list", "bullet_list", "fence", "hr"})
_MAX_PROBLEM_BLOCKS = 4


def _answered_in_prose(section: Section, place: Place) -> list[Card] | None:
    """A problem copied as paragraphs (its question, its choices), then its answer in a
    paragraph of its own by its label (`**정답: ③**`, `Answer: B`), then why (`해설: …`), as
    a blog's or a textbook's solved problem writes it: the problem on the front, the answer
    and what follows on the back. None for a section of any other shape (nearly all)."""
    blocks = section.blocks
    if len(blocks) < 2 or blocks[0].type != "paragraph":
        return None  # nearly every section: no paragraph opening it
    at = None
    for index in range(1, min(len(blocks), _MAX_PROBLEM_BLOCKS + 1)):
        if blocks[index].type != "paragraph":
            continue
        said = blocks[index].children[0].content if blocks[index].children else ""
        if ("답" in said or "nswer" in said) and _ANSWER_FIELD.match(said):
            at = index
            break
    if at is None or any(block.type not in _IN_PROSE for block in blocks):
        return None
    problem = "\n\n".join(_unquoted(place.quote(block), block) for block in blocks[:at])
    if not _SETS_A_PROBLEM.search(problem):
        return None
    answer = "\n\n".join(place.quote(block) for block in blocks[at:] if block.type != "hr")
    return [place.card(problem, answer, blocks[at], answered_by_label)]


def _answered_in_turn(section: Section, place: Place) -> list[Card] | None:
    """A wrong-answer log's problems one after another under one heading (`## 2회 (8/17)`
    over `**[問題1]** 相手の立場を尊重する。` / `- 내 답: そんじゅう → 정답: **そんちょう**`
    / `- 重 = じゅう/ちょう …`, then `**[問題7]** …（　）か。` over its choices and its list): a
    card a problem, as one problem alone under its heading gives. Two problems answered at
    least, and every block a problem (its choices with it) over its list; a problem whose
    list marks no answer (`**[독해 問題13]** 필자 주장 문제` over what was missed) is asked all
    the same, the list its answer. None for a section of any other shape."""
    blocks = section.blocks
    if len(blocks) < 4 or blocks[0].type not in _PROBLEM_TYPES or blocks[1].type not in LIST_TYPES:
        return None  # nearly every section: no list right under its first paragraph
    runs: list[tuple[int, int]] = []  # each problem: where it starts, where its list stands
    at = 0
    while at < len(blocks):
        if blocks[at].type not in _PROBLEM_TYPES:
            return None
        below = at + 1
        if (
            below + 1 < len(blocks)
            and _choices(blocks[below])
            and blocks[below + 1].type in LIST_TYPES
        ):
            below += 1  # `1. 参ります 2. いらっしゃいます …` under the problem: part of it
        if below >= len(blocks) or blocks[below].type not in LIST_TYPES:
            return None
        runs.append((at, below))
        at = below + 1
    if sum(_answers(blocks[listed]) for _, listed in runs) < _MIN_IN_TURN:
        return None
    cards = []
    for start, below in runs:
        problem = "\n\n".join(_unquoted(place.quote(block), block) for block in blocks[start:below])
        answer = _without_own_pick(place.quote(blocks[below]))
        if answer.strip():
            cards.append(place.card(problem, answer, blocks[below], answered_by_label))
    return cards or None


_MIN_IN_TURN = 2


def _choices(block: Node) -> bool:
    """A numbered list of a problem's choices (`1. 参ります 2. いらっしゃいます`), no labelled
    answer in it."""
    return block.type == "ordered_list" and not _answers(block)


def _labelled_list_at(section: Section) -> int | None:
    """Where the list marking the answer stands in a section that opens on a problem (one or
    two quotes or paragraphs setting it, `_SETS_A_PROBLEM`); None for any other section."""
    blocks = section.blocks
    if len(blocks) < 2 or blocks[0].type not in _SET_IN:
        return None  # nearly every section
    if blocks[1].type in LIST_TYPES:
        at = 1
    elif len(blocks) > 2 and blocks[1].type in _PROBLEM_TYPES and blocks[2].type in LIST_TYPES:
        at = 2
    else:
        return None
    if not _answers(blocks[at]):
        return None
    if _picks_against_the_answer(blocks[at]):
        return at  # `- 내 답 : 2` over `- 정답 : **5**`: only a problem is answered so
    if any(block.type == "fence" for block in blocks[:at]):
        return None
    problem = "\n".join(inline.content for block in blocks[:at] for inline in block.inlines())
    return at if _SETS_A_PROBLEM.search(problem) else None


def _unquoted(text: str, block: Node) -> str:
    """A problem's text without the quote marks it was copied in (code as it is)."""
    return _QUOTE_MARK.sub("", text) if block.type == "blockquote" else text


def _picks_against_the_answer(fields: Node) -> bool:
    """Whether a list gives both the writer's pick and the right answer (`- 내 답 : 2` /
    `- 정답 : **5**`): what stands above it is a problem, whether or not it asks in so many
    words (`> … 참조 순서 1, 2, 3, 1, 2, 4 일 때 LRU 페이지 부재 횟수`, a description of an
    attack to name, code whose output is asked)."""
    return any(
        item.line is not None and _PICK_LABEL.search(item.line.content) is not None
        for item in fields.children
    )


def _answers(fields: Node) -> bool:
    """Whether a list marks a problem's answer: an item labelled as the answer (`정답:`, or
    after the writer's pick, `내 답: A ❌ / 정답: **B**`), or the writer's own pick marked
    right (`내 답: C ⭕`)."""
    return any(
        item.line is not None
        and (_ANSWER_FIELD.search(item.line.content) or _RIGHT_PICK.search(item.line.content))
        for item in fields.children
    )


def _without_own_pick(text: str) -> str:
    """The list less the writer's own pick: its item gone, or cut from the line it shares
    with the right answer (`- 내 답: A ❌ / 정답: **B**` ⟶ `- 정답: **B**`)."""
    lines = []
    dropped_at = None  # the indent of an item dropped whole: its lines below go with it
    for line in text.split("\n"):
        marker, rest = _MARKER.match(line).groups()
        if dropped_at is not None:
            if not line.strip() or len(line) - len(line.lstrip()) > dropped_at:
                continue  # `- 내 답 :` over the output the writer wrote, fenced below it
            dropped_at = None
        if _RIGHT_PICK.match(rest):  # `내 답: C ⭕` ⟶ `정답: C ⭕`, `My answer: C ✅` ⟶ `Answer: …`
            label = "정답:" if HANGUL.search(rest.split(":")[0]) else "Answer:"
            lines.append(f"{marker}{_PICK_LABEL.sub(label, rest, count=1)}")
            continue
        kept = _OWN_PICK.sub("", rest)
        if kept == rest:
            lines.append(line)
        elif kept.strip():
            lines.append(f"{marker}{kept.strip()}")
        else:  # the item was only the pick
            dropped_at = len(marker) - len(marker.lstrip())
    return "\n".join(lines)


_TOP_ITEM = lazy(r"^(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$", re.MULTILINE)
_PROBLEM_LABEL = lazy(
    rf"^(?:(?:\*\*|__)(?:{_PROBLEM_WORDS})[ \t]*[:：]?(?:\*\*|__)[ \t]*[:：]?[ \t]*\n?"
    rf"|(?:{_PROBLEM_WORDS})[ \t]*(?:[:：][ \t]*\n?|\n))",
    re.IGNORECASE,
)
"""`**문제**` over the problem or before it on its line, `문제:`: a label, not part of it."""


def folded_problem(text: str) -> tuple[str, str] | None:
    """A fold holding a problem over the list marking its answer (`<summary>#3 NTG 복용 교육
    (모의고사 2회)</summary>` over `**문제**` / `안정형 협심증 환자에게 … 취해야 할 행동은?` /
    `① … ⑤ …` / `- 내 답: ①` / `- 정답: **②**` / `- 이유` …): the problem, to ask on the
    front (the fold's title names only the entry), and the list and what follows less the
    writer's pick, its answer. None for a fold of any other shape."""
    if "답" not in text and "nswer" not in text:
        return None  # nearly every fold
    items = [
        found
        for found in _TOP_ITEM.finditer(text)
        if _ANSWER_FIELD.match(found[1]) or _PICK_LABEL.match(found[1])
    ]
    if not items:
        return None
    problem = _PROBLEM_LABEL.sub("", text[: items[0].start()].strip(), count=1).strip()
    answers = text[items[0].start() :]
    if not problem or not any(_ANSWER_FIELD.match(found[1]) for found in items):
        return None
    picked = any(_PICK_LABEL.match(found[1]) for found in items)
    if not picked and not _SETS_A_PROBLEM.search(problem):
        return None
    answer = _without_own_pick(answers).strip("\n")
    return (problem, answer) if answer.strip() else None
