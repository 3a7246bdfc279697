"""Lines pointing at an example the card does not hold.

A note often gives an example (code, a table) and then, in the sections after it, maps its
points onto that example: `- 예제의 T가 타입 매개변수` under `### 타입 매개변수(Type parameter)`,
`- 위 예시: 세 번째 요청에서 A가 …`, `- 아래 wait와 signal을 보면 …`. On a card that shows no
example, the pointer dangles. Read here, on a back that shows no code, table, picture or
example of its own:

- a line that is only the pointer and a mapping of the example's names onto the term the
  card asks (`예제의 T가 타입 매개변수` on `타입 매개변수(Type parameter)`, `In the example
  above, side is the parameter.`) goes: it says nothing of the term itself;
- a line opening on a pointer to an example above, with a clause of its own after it (`위
  예시: …`, `위 예제에서 …`, `위의 예시로 이야기하면 …`), says it as an example: `예: …`; a
  lead-in `위 예시 결과:` keeps `예시 결과:`;
- a line opening on `아래 X를 보면` / `위 X를 보면` with a sentence of its own after it keeps
  the sentence.

A mapping whose names stand elsewhere on the back may be of an example the card holds, and
stays; so does a pointer whose clause only says that something can be seen (`위 예시에서 알
수 있듯이 …`).
"""

from __future__ import annotations

import re

from flashgen.patterns import any_of, lazy

_LEAD = r"(?P<lead>[ \t]*(?:[-*+][ \t]+)?)"
_EXAMPLE_KO = r"(?:(?:위|아래|앞|이)(?:의)?[ \t]*)?(?:예제|예시|코드)"
_MAPPING_KO = lazy(
    rf"^{_LEAD}{_EXAMPLE_KO}(?:의|에서)[ \t]+(?P<names>[^\n]{{1,40}}?)[이가은는][ \t]+"
    r"(?P<term>[^\n.]{1,30}?)(?:이다|입니다|임|에[ \t]?해당(?:한다|함|됨)?)?\.?[ \t]*$"
)
"""`예제의 T가 타입 매개변수`: the example's names mapped onto a term."""
_MAPPING_EN = lazy(
    rf"^{_LEAD}(?:in|from)[ \t]+(?:the|this|our)[ \t]+(?:above[ \t]+)?(?:example|code|snippet)"
    r"(?:[ \t]+(?:above|below))?,[ \t]*(?P<names>[^\n]{1,40}?)[ \t]+(?:is|are)[ \t]+"
    r"(?:the[ \t]+|an?[ \t]+)?(?P<term>[^\n.]{1,30}?)\.?[ \t]*$",
    re.IGNORECASE,
)
"""`In the example above, side is the parameter.`"""
_EXAMPLE_ABOVE = r"(?:위|앞)(?:의)?[ \t]*(?:예시|예제)"
_AS_EXAMPLE = lazy(
    rf"^{_LEAD}{_EXAMPLE_ABOVE}(?::|에서(?:는)?,?|(?:로|으로)[ \t]?(?:이야기|설명|말)하면,?"
    r"|를[ \t]?보면,?|에[ \t]?따르면,?)[ \t]+"
    r"(?!(?:도[ \t]*)?(?:알|볼|확인할)[ \t]?수[ \t]?있|보듯|보다시피|처럼|와[ \t]?같이|다음|아래)"
    r"(?=\S)"
)
"""`위 예시: …`, `위 예제에서 …`, `위의 예시로 이야기하면 …`: a clause said of the example
above, which reads alone as an example (`예: …`)."""
_EXAMPLE_TITLE = lazy(
    rf"^{_LEAD}(?:위|앞)(?:의)?[ \t]*(?=(?:예시|예제)[ \t]+[가-힣]{{1,8}}:[ \t]*$)"
)
"""`위 예시 결과:` over the list it leads into: `예시 결과:`."""
_LOOK_AT = lazy(
    rf"^{_LEAD}(?:위|아래)(?:의)?[ \t]+[^\n.,:]{{1,30}}?[을를][ \t]?보면,?[ \t]+"
    r"(?!(?:알|볼|확인할)[ \t]?수[ \t]?있|다음|아래|이와|이렇게)(?=\S[^\n]{14})"
)
"""`아래 wait와 signal을 보면 …`: the sentence after it says its fact alone."""
_SHOWS_EXAMPLE = lazy(
    r"^[ \t]*(?:[-*+>][ \t]+)*(?:\*\*)?(?:(?:예|예시|예제|ex|example)(?:\*\*)?[ \t]*(?:[):：.,]|\d)"
    r"|e\.g\.|for example|예를[ \t]?들[어면])"
    r"|^[ \t]*\|.*\|[ \t]*$|^[ \t]*(?:`{3,}|~{3,})|!\[|<img|<table|<pre",
    re.IGNORECASE | re.MULTILINE,
)
"""What shows an example on the back: a line opening on one (`예:`, `Example:`), a table,
code, a picture."""

_NAME_SEPARATOR = lazy(r",|와 |과 |\band\b")
"""Between the names a mapping lists (`side, 4`)."""
_WORD = lazy(r"[A-Za-z0-9_]+")
"""A name as code spells it: `n` in `area(n)`, not the n of `name`."""


_MAY_POINT = lazy(any_of(("예제", "예시", "코드", "보면", "xample", "code", "snippet")))
"""What a pointer at an example holds: looked for at once (patterns.any_of)."""


def _may_point(answer: str) -> bool:
    return _MAY_POINT.search(answer) is not None


def without_example_pointers(question: str, answer: str) -> str:
    """The answer less its pointers at an example it does not show (see the module)."""
    if not _may_point(answer) or _SHOWS_EXAMPLE.search(answer):
        return answer
    lines = answer.split("\n")
    kept: list[str] = []
    changed = False
    for at, line in enumerate(lines):
        said = _said_alone(question, lines, at)
        if said is None:
            kept.append(line)
            continue
        changed = True
        if said:
            kept.append(said)
        elif kept and not kept[-1].strip() and at + 1 < len(lines) and not lines[at + 1].strip():
            kept.pop()  # one blank line where the line between two went
    return "\n".join(kept).strip("\n") if changed else answer


def _said_alone(question: str, lines: list[str], at: int) -> str | None:
    """The line `at` as it reads without its pointer at an example ("" when it was only
    that), or None when it has none."""
    line = lines[at]
    mapping = _MAPPING_KO.match(line) or _MAPPING_EN.match(line)
    if mapping is not None and _maps_onto(question, mapping, lines[:at] + lines[at + 1 :]):
        return ""
    if "위" in line or "앞" in line:
        if (title := _EXAMPLE_TITLE.match(line)) is not None:
            return title["lead"] + line[title.end() :]
        if (lead := _AS_EXAMPLE.match(line)) is not None:
            return lead["lead"] + "예: " + line[lead.end() :]
    if "보면" in line and (look := _LOOK_AT.match(line)) is not None:
        return look["lead"] + line[look.end() :]
    return None


def _maps_onto(question: str, mapping: re.Match[str], others: list[str]) -> bool:
    """Whether the mapping's term is the card's own and its names stand nowhere else on the
    back (where they would be an example the card holds)."""
    term = mapping["term"].strip(" `*").casefold()
    if len(term) < 2 or term.rstrip("s") not in question.casefold():
        return False
    rest = "\n".join(others)
    words = set(_WORD.findall(rest))
    names = [name.strip(" `*") for name in _NAME_SEPARATOR.split(mapping["names"])]
    return all(
        name and (name not in words if name.isascii() else name not in rest) for name in names
    )
