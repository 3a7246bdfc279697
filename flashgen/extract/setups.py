"""An example asked with its setup: `Burn rate › 예시` alone asks nothing a student can
answer, where `Burn rate › 예시: SLO 99.9%, error ratio 0.5%` asks to work it out.

A card whose front names only an example (`Example 1`, `예시`, `Worked example`, `간단한
예제`) and whose answer opens with one short line giving what the example starts from (the
values it is given, `A = [[4, 1], [2, 3]]`, `테이블 크기 7, 삽입 순서: 10, 17, 24`, or the
case it supposes, `… 자녀가 둘일 때`) is asked with that line after its name, the line
leaving the back. When the line goes on past an arrow (`… 0.5% → burn rate = 5`), only
what stands before it is the setup: what follows is the answer and stays on the back. A
line naming what its example works out (`유효 메모리 접근 시간(EAT) 예제: TLB 적중률 80%, …`)
asks by that name in place of `예시`. A name may have where the example came from beside it
(`Worked example 1 (lecture)`, `예제 (직접 계산)`). An example opening on two or three short
lines of givens over its solution (`R(StudentID, CourseID, …)` then `F = { StudentID →
StudentName, … }` over a list) is asked with those lines under its name. Any other example
(code, a picture, a sentence that tells the result) is left as it is.

A worked example whose first subsection only gives the values of its problem (`### 헤드 이동
거리 구하기` over `- 시작 위치 : 50`, `- 요청 큐 : 82, 170, 43, 140`), each later one a
method's name over what it works out on them (`### FCFS`, `### SSTF`), asks each method
with those values (`FCFS (시작 위치: 50; 요청 큐: 82, 170, 43, 140)`), under the problem's
title; the values alone make no card (`solved_problem`, `under_problem`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from flashgen.extract.labels import EXAMPLE_WORDS, EXERCISE_WORDS
from flashgen.extract.place import plain
from flashgen.model import Card, Section
from flashgen.patterns import lazy
from flashgen.text import clean_heading

_EXAMPLE_NAME = lazy(
    rf"^(?:(?:(?:worked\s+)?(?:{EXAMPLE_WORDS})|worked\s+problems?|간단한\s*예(?:시|제)?"
    rf"|{EXERCISE_WORDS})"
    r"\s*(?:\d{1,2}(?:\.\d{1,2})?|\(\d{1,2}\))?(?::\s*[\w-]+(?:\s[\w-]+)?)?|문제\s*\d{1,2})$",
    re.IGNORECASE,
)
"""`Example 1`, `Example 13.1`, `Worked example`, `Worked problem`, `예시`, `예제 2`, `간단한
예`, `예시 (2)`, `문제 3`: a name saying only that an example follows (`문제` alone names what
goes wrong, `Sigmoid › 문제`), or which of a few examples it is (`Example: semi-annual`)."""
_ASIDE = lazy(r"\s+\([^()\n]{1,60}\)$")
"""`Worked example 1 (lecture)`, `예제 (직접 계산)`: where the writer came by the example, beside
its name."""
_MARKER = lazy(
    r"^(?:>\s*)?(?:(?:(?:예시?|예제|ex|e\.g\.?)\s*[):]"
    r"|(?:worked\s+)?example(?:\s*\([^()\n]{1,30}\))?\s*:)\s*)?",
    re.I,
)
"""`예시)`, `예제:`, `Example:`, `Example (from class):`, `> `: what opens the line before its
setup, as the note marks it."""
_NOT_SETUP = lazy(
    r"^(?:[-*+|<!\[`#]|\d{1,2}\\?[.)]|\*\*)"
    r"|아래|다음|위의|위와|이와|below|following|here(?:'s| is| are)|let's|consider this|보자",
    re.IGNORECASE,
)
"""A list, table, picture, code or step (`1\\) 10 삭제`), a bold answer, or a line pointing
elsewhere (`아래 예시에서는 …`, `Here's an example where …`): no setup."""
_NAMED_EXAMPLE = lazy(r"^(?P<name>[^:\n]{1,40}?\s(?:예제|예시))\s*:\s*(?P<setup>\S.*)$")
"""`유효 메모리 접근 시간(EAT) 예제: TLB 적중률 80%, …`: a setup opening on the name of what its
example works out, which names the example on the front."""
_ARROW = lazy(r"\s*(?:→|->|⇒|=>)\s*")
_SENTENCE_END = lazy(r"(?<=[^\s.])\.\s+(?=\S)")
_NUMBER = lazy(r"\d+(?:[.,]\d+)?")
_SUPPOSES = lazy(r"(?:[일할될인한을]\s*때|경우|라면|이면|하면)\s*$")
"""`… 같은 나이일 때`, `… 자녀가 둘일 때`: a case supposed, the example's setup."""
_STATES = lazy(r"[가-힣]다\.?$")
"""`… commit한다.`: a Korean sentence telling what happens, no setup."""
_MAX_SETUP = 90
"""The most characters of a setup put on a front; a longer one is left on the back."""
_MIN_NUMBERS = 2
_MAX_SETTING_LINES = 3
"""The most lines of givens put on a front under the example's name."""
_SOLUTION = lazy(r"^(?:[-*+]\s|\||\d{1,2}[.)]\s|```|~~~|\$\$)")
"""A list, a table, code or a formula: how a worked example's solution is written."""


def with_setup(card: Card) -> Card:
    """The card asked with its example's setup after the example's name (`Example 1: $A =
    …$`, `Worked example (from problem set 4): ssthresh = 8, …`), the setup leaving its
    back, or a few lines of it under the name (`_with_setting`); the card as it is unless
    its front names only an example, maybe with where it came from beside it, and its answer
    opens with a short setup over more that works it out."""
    name = card.question.rpartition(" › ")[2]
    if len(name) > 16 and not name.endswith(")") and ":" not in name:
        return card  # nearly every card: its front names more than an example
    if not _EXAMPLE_NAME.match(_ASIDE.sub("", name).strip()):
        return card
    first, _, rest = card.answer.partition("\n\n")
    line, _, more = first.partition("\n")
    worked = _SOLUTION.match(more.lstrip()) is not None  # `$$48.2 \pm …$$` under the line
    split = _setup(line.strip(), solved_below=worked or bool(_SOLUTION.match(rest.lstrip())))
    if more and not (split and (split[1] or worked)):
        return _with_setting(card, first, rest)  # a paragraph of lines: their setting, or none
    if split is None:
        return card
    setup, after = split
    after = f"{after}\n{more}" if more else after
    if not (after.strip() or rest.strip()):
        return card
    answer = f"{after}\n\n{rest}" if after else rest
    mark = " — " if ":" in name else ": "  # `Example: annual — 5-yr, 6% coupon, …`
    question = f"{card.question}{mark}{setup}"
    named = _NAMED_EXAMPLE.match(setup)
    if named is not None:  # `TLB › 유효 메모리 접근 시간(EAT) 예제: …`, not `TLB › 예시: … 예제: …`
        subject, mark, _ = card.question.rpartition(" › ")
        question = f"{subject}{mark}{named['name']}: {named['setup']}"
    return Card(
        deck=card.deck,
        context=card.context,
        question=question,
        answer=answer.strip("\n"),
        note_name=card.note_name,
        line=card.line,
        rule=card.rule,
    )


def _with_setting(card: Card, first: str, rest: str) -> Card:
    """The card asked with its example's setting under its name, when the example opens on
    a few short lines of givens (`R(A, B, C)` then `F = {A → B, B → C}`, `Graph G, start
    A` then `Edges: A-B 4, A-C 2, …`) over its solution (a list, a table, code or a formula):
    a student needs all of them to work it. The card as it is for any other opening (a
    sentence telling what happens, a line pointing below, a bold result)."""
    lines = [line.strip() for line in first.split("\n")]
    lines[0] = _MARKER.sub("", lines[0], count=1)
    if len(lines) > _MAX_SETTING_LINES or not _SOLUTION.match(rest.lstrip()):
        return card
    for line in lines:
        words = plain(line)
        if not words or len(words) > _MAX_SETUP or "**" in line:
            return card
        if _NOT_SETUP.search(line) or _STATES.search(words) or _goes_on_past_an_arrow(line):
            return card
    words = plain(" ".join(lines))
    if len(_NUMBER.findall(words)) < _MIN_NUMBERS and "=" not in words:
        return card
    return Card(
        deck=card.deck,
        context=card.context,
        question=f"{card.question}\n\n" + "\n".join(lines),
        answer=rest.strip("\n"),
        note_name=card.note_name,
        line=card.line,
        rule=card.rule,
    )


_BRACKETED = lazy(r"\([^()\n]*\)|\{[^{}\n]*\}|\[[^\[\]\n]*\]")
_SPACED_ARROW = lazy(r"\s(?:→|->|⇒|=>)\s")


def _goes_on_past_an_arrow(line: str) -> bool:
    """`Quantum 2, bursts 3 and 1 → P1 finishes at 4`: a line going on past an arrow set
    apart by spaces, outside brackets; not one whose arrows are givens written in brackets
    (`F = {A → B, B → C}`) or close to their ends (`Edges: A→B 4, A→C 2`)."""
    if "→" not in line and ">" not in line:
        return False  # nearly every line: no arrow
    while True:
        bare = _BRACKETED.sub("", line)
        if bare == line:
            return _SPACED_ARROW.search(line) is not None
        line = bare


def _setup(line: str, solved_below: bool = False) -> tuple[str, str] | None:
    """The setup an example's opening line gives, and what of the line stays on the back;
    None when the line gives none. Over its solution (`solved_below`), a line going on past
    an arrow gives none: what follows may be a given (`page 2 → frame 5`) or the result the
    solution works out (`→ P1 finishes at 4`), and only the note's writer knows which."""
    line = _MARKER.sub("", line, count=1)
    if _NOT_SETUP.search(line):
        return None
    if line.startswith("$$") and line.endswith("$$") and line.count("$$") == 2:
        line = f"${line[2:-2].strip()}$"  # a formula on its own line: inline on a front
    asks = line.endswith(("?", "？"))  # `5-yr, 6% coupon, price 96.00 → YTM?`: all asked
    if solved_below and not asks and _goes_on_past_an_arrow(line):
        return None
    setup, after = line, ""
    arrow = None if asks else _ARROW.search(line)
    if arrow is not None:  # `SLO 99.9% → burn rate = 5`: the answer after the arrow
        setup, after = line[: arrow.start()], line[arrow.end() :]
    elif not asks:
        end = _SENTENCE_END.search(line)
        rest = line[end.end() :] if end is not None else ""
        # `… > 0. n = 36, s = 2.4%.`: the sentence after gives values too, and is setup
        if end is not None and ("=" in rest or line.endswith(":")) and not _only_givens(rest):
            setup, after = line[: end.start() + 1], rest  # then its working
    setup = setup.replace("**", "").strip().rstrip(",;")
    words = plain(setup)
    if not words or len(words) > _MAX_SETUP or _STATES.search(words):
        return None
    if len(_NUMBER.findall(words)) < _MIN_NUMBERS and not _SUPPOSES.search(words):
        return None
    return setup, after.strip()


_VALUE_GIVEN = lazy(r"^[^=:\n]{1,20}=\s*[^=\s,]{1,12}$")
"""`n = 36`, `$\bar x$ = 0.9%`: a value given by its name."""


def _only_givens(text: str) -> bool:
    """Whether a sentence only gives values (`n = 36, $\bar x$ = 0.9%, s = 2.4%.`), which
    set up the example as the sentence before does, where working would go on (`Set the
    energy to zero: $… = 0$`)."""
    values = text.strip().rstrip(".").split(", ")
    return all(_VALUE_GIVEN.match(value.strip()) for value in values)


class Problem(NamedTuple):
    """A worked example's problem, given in its first subsection, which the later ones
    solve: its line, its title (empty for one titled only `Problem`) and the values it
    gives."""

    line: int
    title: str
    setup: str


_PROBLEM_TITLE = lazy(r"(?:구하기|구하라|구하시오|구해\s*보기|계산하기)$")
"""`헤드 이동 거리 구하기`: a subsection titled as the problem it sets."""
_BARE_PROBLEM = lazy(r"^(?:problem|문제|question)\s*\d{0,2}[.:)]?$", re.IGNORECASE)
"""`Problem`, `문제 1`: a subsection titled only as a problem, which says nothing of it."""
_GIVEN = lazy(r"^[-*+][ \t]+(?P<name>[^:=\n]{1,30}?)[ \t]*:[ \t]*(?P<value>\S.*)$")
"""`- 시작 위치 : 50`, `- keys: 10, 17, 24`: a value the problem gives, named."""
_WORKED_OUT = lazy(r"→|->|=>|⇒|=|\?|답|answer|result|결과", re.IGNORECASE)
"""A line of a problem that works it out or asks it, which values alone never do."""
_MAX_PROBLEM_LINES = 5
_MAX_SOLUTION_TITLE = 30
_DIGIT = lazy(r"\d")


def solved_problem(section: Section, lines: list[str]) -> Problem | None:
    """The problem a worked example sets in its first subsection, when each later one
    solves it: under `## 예제`, `### 헤드 이동 거리 구하기` gives `- 시작 위치 : 50` and
    `- 요청 큐 : 82, 170, 43, 140`, then `### FCFS` and `### SSTF` each trace that
    method on those values. Asked by its name alone, `FCFS` cannot cue the trace; so each
    solution is asked with the values it works from (`under_problem`). None unless the
    section is an example (or its first subsection titled as a problem), that subsection a
    few named values and at most one line saying what is asked, and every later one a leaf
    under a short name holding a result (a number); nearly every section: its titles say."""
    children = section.children
    if len(children) < 2 or children[0].children or not children[0].blocks:
        return None
    first = plain(clean_heading(children[0].title))
    if not (
        _EXAMPLE_NAME.match(plain(clean_heading(section.title)).strip())
        or _PROBLEM_TITLE.search(first)
        or _BARE_PROBLEM.match(first)
    ):
        return None
    if section.blocks or not all(_solves(child, lines) for child in children[1:]):
        return None
    setup = _given(children[0], lines)
    if setup is None:
        return None
    return Problem(children[0].line, "" if _BARE_PROBLEM.match(first) else first, setup)


def _given(problem: Section, lines: list[str]) -> str | None:
    """`시작 위치: 50; 요청 큐: 82, 170, 43, 140`: the values a problem's subsection
    gives, one list of named values and at most one line besides; None for anything else
    (a paragraph, code, a table, a line working it out)."""
    if any(block.type != "bullet_list" for block in problem.blocks):
        return None
    start, end = problem.blocks[0].map[0], problem.blocks[-1].map[1]
    written = [line.strip() for line in lines[start:end] if line.strip()]
    if not written or len(written) > _MAX_PROBLEM_LINES:
        return None
    given = [match for line in written if (match := _GIVEN.match(line))]
    if len(written) - len(given) > 1 or not given:
        return None
    if any(_WORKED_OUT.search(line) for line in written):
        return None
    setup = "; ".join(f"{m['name'].strip()}: {m['value'].strip()}" for m in given)
    if len(plain(setup)) > _MAX_SETUP or len(_NUMBER.findall(setup)) < _MIN_NUMBERS:
        return None
    return setup


def _solves(child: Section, lines: list[str]) -> bool:
    """A subsection solving the problem before it: a method's short name over what it
    works out, with a number in it (`### FCFS` over its trace, `이동 거리 : … = 344`)."""
    title = plain(clean_heading(child.title))
    if child.children or not child.blocks or len(title) > _MAX_SOLUTION_TITLE:
        return False
    if title.endswith("?") or _PROBLEM_TITLE.search(title) or _BARE_PROBLEM.match(title):
        return False
    start, end = child.blocks[0].map[0], child.blocks[-1].map[1]
    return any(_DIGIT.search(line) for line in lines[start:end])


def under_problem(card: Card, path: tuple[str, ...], problem: Problem) -> Card:
    """A solution's own card asked with the problem it solves: `FCFS (시작 위치: 50; 요청
    큐: 82, 170, 43, 140)` under `… › 예제 › 헤드 이동 거리 구하기` (under
    `… › Exercise` alone when the problem is titled only `Problem`); any other card of it
    as it is."""
    if card.rule != "heading_answer" or card.context != path or card.deck[:-1] != path:
        return card
    return Card(
        deck=card.deck,
        context=(*path, problem.title) if problem.title else path,
        question=f"{card.question} ({problem.setup})",
        answer=card.answer,
        note_name=card.note_name,
        line=card.line,
        rule=card.rule,
    )
