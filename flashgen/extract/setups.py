"""An example asked with its setup: `Burn rate › 예시` alone asks nothing a student can
answer, where `Burn rate › 예시: SLO 99.9%, error ratio 0.5%` asks to work it out.

A card whose front names only an example (`Example 1`, `예시`, `Worked example`, `간단한
예제`) and whose answer opens with one short line giving what the example starts from (the
values it is given, `A = [[4, 1], [2, 3]]`, `테이블 크기 7, 삽입 순서: 10, 17, 24`, or the
case it supposes, `… 자녀가 둘일 때`) is asked with that line after its name, the line
leaving the back. When the line goes on past an arrow (`… 0.5% → burn rate = 5`), only
what stands before it is the setup: what follows is the answer and stays on the back. Any
other example (code, a picture, a sentence that tells the result) is left as it is.
"""

from __future__ import annotations

import re

from flashgen.extract.place import plain
from flashgen.model import Card
from flashgen.patterns import lazy

_EXAMPLE_NAME = lazy(
    r"^(?:(?:worked\s+)?(?:example|ex\.?|e\.g\.?)|예시?|예제|간단한\s*예(?:시|제)?|연습\s*문제|"
    r"exercise)\s*(?:\d{1,2}|\(\d{1,2}\))?$",
    re.IGNORECASE,
)
"""`Example 1`, `Worked example`, `예시`, `예제 2`, `간단한 예`, `예시 (2)`: a name saying only
that an example follows."""
_MARKER = lazy(r"^(?:>\s*)?(?:(?:(?:예시?|ex|e\.g\.?)\s*[):]|example\s*:)\s*)?", re.I)
"""`예시)`, `Example:`, `> `: what opens the line before its setup, as the note marks it."""
_NOT_SETUP = lazy(
    r"^(?:[-*+|<!\[`#]|\d{1,2}\\?[.)]|\*\*)"
    r"|아래|다음|위의|위와|이와|below|following|here(?:'s| is| are)|let's|consider this|보자",
    re.IGNORECASE,
)
"""A list, table, picture, code or step (`1\\) 10 삭제`), a bold answer, or a line pointing
elsewhere (`아래 예시에서는 …`, `Here's an example where …`): no setup."""
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


def with_setup(card: Card) -> Card:
    """The card asked with its example's setup after the example's name (`Example 1: $A =
    …$`), the setup leaving its back; the card as it is unless its front names only an
    example and its answer opens with a short setup line over more that works it out."""
    name = card.question.rpartition(" › ")[2]
    if len(name) > 16 or not _EXAMPLE_NAME.match(name.strip()):
        return card  # nearly every card: its front names more than an example
    first, _, rest = card.answer.partition("\n\n")
    line, _, more = first.partition("\n")
    split = _setup(line.strip())
    if split is None:
        return card
    setup, after = split
    if more and not after:
        return card  # a paragraph going on past its first line: no line of setup alone
    after = f"{after}\n{more}" if more else after
    if not (after.strip() or rest.strip()):
        return card
    answer = f"{after}\n\n{rest}" if after else rest
    return Card(
        deck=card.deck,
        context=card.context,
        question=f"{card.question}: {setup}",
        answer=answer.strip("\n"),
        note_name=card.note_name,
        line=card.line,
        rule=card.rule,
    )


def _setup(line: str) -> tuple[str, str] | None:
    """The setup an example's opening line gives, and what of the line stays on the back;
    None when the line gives none."""
    line = _MARKER.sub("", line, count=1)
    if _NOT_SETUP.search(line):
        return None
    if line.startswith("$$") and line.endswith("$$") and line.count("$$") == 2:
        line = f"${line[2:-2].strip()}$"  # a formula on its own line: inline on a front
    setup, after = line, ""
    arrow = _ARROW.search(line)
    if arrow is not None:  # `SLO 99.9% → burn rate = 5`: the answer after the arrow
        setup, after = line[: arrow.start()], line[arrow.end() :]
    else:
        end = _SENTENCE_END.search(line)
        if end is not None and ("=" in line[end.end() :] or line.endswith(":")):
            setup, after = line[: end.start() + 1], line[end.end() :]  # then its working
    setup = setup.replace("**", "").strip().rstrip(",;")
    words = plain(setup)
    if not words or len(words) > _MAX_SETUP or _STATES.search(words):
        return None
    if len(_NUMBER.findall(words)) < _MIN_NUMBERS and not _SUPPOSES.search(words):
        return None
    return setup, after.strip()
