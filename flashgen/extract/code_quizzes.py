"""A problem given as a program, its answer written after it: what the program prints.

Past papers and practice sets give a short program and ask what it prints; a writer
copies the program under the problem's heading and marks the answer after it (`답: `27
10``, `answer: `1 5 3 4 2``, `→ **`PCP3C3`**`) or in a comment beside each line that prints
(`print(a[::3])  # [1, 4, 7]`). As the heading's card, the front would be the problem's
name alone (`C-5. continue / break 함정`) and the back the program and its answer
together: nothing is asked. The program is what the problem gives: it goes on the front,
under the heading, and the answer with its working stays on the back.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flashgen.extract.labels import without_answer_mark
from flashgen.extract.worked_problems import names_only_an_exercise, works_a_problem
from flashgen.model import Card
from flashgen.patterns import lazy

_OPENING_FENCE = lazy(
    r"^(?P<fence>```+|~~~+)[^\n`]*\n(?P<code>.*?)\n(?P=fence)[ \t]*(?:\n|$)", re.DOTALL
)
"""The fenced block a back opens on, and its code."""
_PRINTS = lazy(
    r"\b(?:print(?:f|ln)?|puts|console\.log|System\.out\.\w+|fmt\.Print\w*)\s*\(|\bcout\s*<<"
)
"""`printf("%d", s)`, `print(a[::3])`, `console.log('1')`, `System.out.print(…)`, `cout <<`:
a line of a program that prints."""
_ANSWER_LINE = lazy(
    r"^(?:[-*+][ \t]+)?(?:\*\*)?(?:답|정답|answer|output|출력)(?:\*\*)?[ \t]*[:：]",
    re.IGNORECASE | re.MULTILINE,
)
"""`답: `27 10``, `- **답: `27 10`**`, `answer: `1 5 3 4 2``, `Output: …`: a line the writer
marks as the answer, wherever it stands after the working."""
_ARROW_TO_BOLD = lazy(r"^(?:→|->|=>)[^\n]*?\*\*[^*\n]+\*\*", re.MULTILINE)
"""`→ **`PCP3C3`**`, `→ q = s[1] → … → **`lee 155`**`, `→ **`[1, 2]`**: the default …`: a line
worked out to a result set in bold."""
_NUMBERED_PROBLEM = lazy(
    r"^(?:[A-Za-z]{1,2}[ \t]?-[ \t]?\d{1,3}|q[ \t]?\d{1,3}|(?:기출|문제)[ \t]?\d)\b", re.IGNORECASE
)
"""`C-5. continue / break 함정`, `P-1. 슬라이싱`, `q2 (async/await)`, `기출 2023-1`: a problem
named by its number in a set (not `1-4. 기타`, a part of the note numbered)."""
_OUTPUT_COMMENT = lazy(
    r"^(?P<line>.*?\S)[ \t]+(?:#|//)[ \t]*"
    r"(?P<output>(?:[\[\('\"{\d-]|true\b|false\b|none\b|null\b|출력|output|→|->|=>).*)$",
    re.IGNORECASE,
)
"""`print(a[::3])     # [1, 4, 7]`, `print(v, n)   # 10 2`: a printing line and, in its
comment, what it prints (a value, not a remark on the line)."""


def asked_by_its_code(card: Card) -> Card:
    """The card of a heading over a program and its answer asked with the program on its
    front, under the heading, and the answer alone on its back: the program must print,
    and the answer be marked as one after it (`답: …`, `answer: …`; under a heading naming
    a numbered problem, also a line worked out to a result in bold, `→ **`lee 155`**`), or,
    under such a heading, be written in the comments of the printing lines, which leave
    the front (`print(a[::3])  # [1, 4, 7]`: the back shows those lines with their
    comments). A program under any other heading (an example with its output written
    beside it) answers its heading as it is, as does a trace (no line prints). Asked only
    of a back opening on a fence: nearly every card is no such card."""
    answer = card.answer
    fence = _OPENING_FENCE.match(answer)
    if fence is None or not _PRINTS.search(fence["code"]):
        return card
    program, rest = fence[0].rstrip("\n"), answer[fence.end() :].strip("\n")
    if rest.strip():
        if not (
            _ANSWER_LINE.search(rest)
            or (_ARROW_TO_BOLD.search(rest) and _numbers_a_problem(card.deck[-1]))
        ):
            return card
        return _asked(card, program, without_answer_mark(rest))
    if not _numbers_a_problem(card.deck[-1]):  # the title as written, its number and all
        return card
    shown, printed = [], []
    for line in fence["code"].split("\n"):
        commented = _OUTPUT_COMMENT.match(line) if _PRINTS.search(line) else None
        shown.append(line if commented is None else commented["line"])
        if commented is not None:
            printed.append(line)
    if not printed:
        return card
    opening = answer[: answer.index("\n") + 1]
    closing = fence["fence"]
    quiz = opening + "\n".join(shown) + f"\n{closing}"
    return _asked(card, quiz, opening + "\n".join(printed) + f"\n{closing}")


def _numbers_a_problem(title: str) -> bool:
    """Whether a heading names a problem of a set: by its number (`C-5. …`, `q1`), or as
    an exercise or a judged problem (`Exercise 3: …`, `백준 1260 …`)."""
    return (
        _NUMBERED_PROBLEM.match(title.lstrip("*_ ")) is not None  # its number, before cleaning
        or works_a_problem(title)
        or names_only_an_exercise(title)
    )


def _asked(card: Card, quiz: str, answer: str) -> Card:
    return replace(card, question=f"{card.question}\n\n{quiz}", answer=answer)
