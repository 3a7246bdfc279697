"""A remark the writer pinned to the end of a line with an arrow pointing back at it, which
says nothing of the subject: where the example is (`- 판별 유니온 (`kind` 필드) ← 위 예시`,
`← see above`), or what the line meant to the writer's own work (`… 다시 안 부름 ← **우리
케이스 이거였음**`, `` `createQuery(…)` ← seen this in a real PR``, `← 실수함`). The card
shows the line without it: the example it points at is not on the card, and the writer's
story is no part of the answer. A note after the arrow that says something of the line
(`← 세그먼트`, `← divides by $n$, so **biased**!`, `← 이거 자주 틀림!! 172.16/16 아님`)
stays, and so does every arrow in code, a table or a drawing."""

from __future__ import annotations

import re

from flashgen.extract.place import plain
from flashgen.patterns import lazy

_ARROW_AT_END = lazy(r"[ \t]+(?:←|⬅|<-{1,2}(?![->]))[ \t]*(?P<aside>[^←`$|\n]{1,40}?)[ \t]*$")
"""An arrow pointing back at the line, and a short note after it closing the line (no code,
math or table cell in it)."""

_OWN_REMARK = (
    # Where the example is, elsewhere in the note: `위 예시`, `아래 코드 참고`, `see above`
    r"(?:위|아래|앞|뒤)(?:의|에|에서)?[ \t]*(?:예시|예제|코드|그림|표|설명)"
    r"(?:[ \t]*(?:참고|참조|처럼|보기|에서))?|"
    r"(?:see|cf\.?)[ \t]+(?:the[ \t]+)?(?:(?:example|code|diagram)[ \t]+)?(?:above|below)|"
    r"(?:(?:the|my)[ \t]+)?(?:example|code|diagram)[ \t]+(?:above|below)|"
    # What the line was in the writer's own work: `우리 케이스 이거였음`, `이게 우리 팀 문제`
    r"(?:이게[ \t]*|이거[ \t]*)?우리[ \t]*(?:케이스|경우|팀|회사|서비스|상황|문제)[^\n]{0,12}|"
    r"(?:(?:I|we)(?:'ve|’ve|[ \t]+have)?[ \t]+)?(?:seen|saw|hit|had)[ \t]+(?:this|it|that)"
    r"[ \t]+(?:in|at|on)[ \t]+(?:a[ \t]+real|our|my|prod\b|production|work)[^\n]{0,20}|"
    r"(?:this|that)[ \t]+bit[ \t]+(?:me|us)\b[^\n]{0,20}|our[ \t]+(?:case|bug|incident|outage)|"
    # The writer's own slip: `실수함`, `이거 빼먹어서 1번 틀림`, `작년 모의고사에서 틀림`
    r"(?:[^ \t\n]+[ \t]+){0,3}(?:실수함|실수했[음다]|틀렸[음다]|\d+[ \t]*번[ \t]*틀림|"
    r"[^ \t\n]+에서[ \t]*틀림)|(?:I|we)[ \t]+got[ \t]+(?:this|it|that)[ \t]+wrong[^\n]{0,20}"
)
_REMARK = lazy(rf"^(?:{_OWN_REMARK})[ \t]*[.!~;]*$", re.IGNORECASE)


def _arrow_at_end(line: str) -> re.Match[str] | None:
    """A short note pinned to the line's end by an arrow (`_ARROW_AT_END`), or None."""
    if "←" not in line and "<-" not in line and "⬅" not in line:
        return None  # nearly every line
    return _ARROW_AT_END.search(line)


def arrow_aside(line: str) -> re.Match[str] | None:
    """The writer's remark pinned to the line's end by an arrow (see the module), or None."""
    found = _arrow_at_end(line)
    if found is None or not plain(line[: found.start()]).strip():
        return None
    return found if _REMARK.match(plain(found["aside"]).strip()) else None


def without_arrow_aside(line: str) -> str:
    """The line less such a remark closing it: `… 안 부름 ← **우리 케이스 이거였음**` →
    `… 안 부름`."""
    found = arrow_aside(line)
    return line if found is None else line[: found.start()]


def before_arrow_note(line: str) -> str:
    """The line up to a short note pinned to its end by an arrow, whatever the note says
    (`GRANT ... **TO** / REVOKE ... **FROM**  ← 이거 자주 틀림!!` → `GRANT ... **TO** / REVOKE
    ... **FROM**`): the note speaks of the line, and is no cue to recall the line's words by."""
    found = _arrow_at_end(line)
    return line if found is None else line[: found.start()]


_FENCE = ("```", "~~~")


def without_arrow_asides(answer: str) -> str:
    """An answer less the remarks pinned to its lines by an arrow (`without_arrow_aside`),
    code blocks aside."""
    if "←" not in answer and "<-" not in answer and "⬅" not in answer:
        return answer  # most answers, at a glance
    lines = answer.split("\n")
    fenced = False
    for index, line in enumerate(lines):
        if line.lstrip(" \t>").startswith(_FENCE):
            fenced = not fenced
        elif not fenced and not line.lstrip().startswith("|"):
            lines[index] = without_arrow_aside(line)
    return "\n".join(lines)
