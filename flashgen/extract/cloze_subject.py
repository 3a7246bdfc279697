"""A cloze whose sentence runs on from its heading asked with the subject it speaks of.

Notes write under a heading what its subject is or does, and leave the subject out:
`## 세마포어` over `- 정수 값으로 **동시 접근 수**를 제한`. Alone on a card the sentence is
a fragment, its gap about nothing; the context line, in small type above it, is easily
passed over. So the cloze names its subject first, the way a `term: definition` line's
cloze does (`**Minor GC**: …`): `세마포어: 정수 값으로 {{c1::동시 접근 수}}를 제한`.
"""

from __future__ import annotations

import re

from flashgen.extract.cloze_focus import GAP
from flashgen.extract.place import is_short_label, is_statement, plain
from flashgen.extract.sections import comparison_sides, frames_its_parent
from flashgen.extract.subjects import asks_of_a_subject, only_aspects, subject_named
from flashgen.patterns import lazy

_WORDS = lazy(r"\w{2,}")
_LATIN_WORDS = lazy(r"[a-z0-9]+")
_NO_NAME = lazy(
    r"[?？:：|<>\[\]{}\x22“”]|\s/|/\s|^Q\d*[.)]|(?<![가-힣])(?:왜|뭐|무엇|어떻게|언제|어디|누가)|"
    r"[요까]$|예시|예제|\b(?:why|what|how|when|which|who|examples?)\b",
    re.IGNORECASE,
)
"""A question (`왜 계층적 라우팅`, `Q. …`, `…안 돼요`), a label, a table cell, a link or tag,
two things (`A / B`), an example: no name of a subject to set before a sentence."""
_ASKED = lazy(r"\s*(?:(?:이|가)\s*(?:뭔가요|뭐야|뭐냐|무엇인가요?|뭘까요?)|이란|란)$")
"""`JPA가 뭔가요`, `트랜잭션이란`: a name asked about, its question marks gone."""
_ASPECT_AFTER = lazy(
    r"(?:의\s+(?:장점|단점|장단점|특징|개념|정의|구현|목적|원리|동작\s*원리|동작\s*방식)|"
    r"\s+(?:개념|정의|구현|특징|원리|동작\s*원리|동작\s*방식))$"
)
"""`RDB의 장점`, `Locking 개념`, `@Transactional 동작 원리`: an aspect after the name it is of."""

_ASPECT_ONLY = lazy(
    r"^(?:\d{1,2}[.)]\s*)?(?:고려\s*사항|주의\s*점|절차|이점|특성|성질|역할|considerations?|"
    r"procedure|steps|properties|뭐냐|뭐야|뭔가요|무엇인가요?)\W*$",
    re.IGNORECASE,
)
"""`고려사항`, `절차`, `Considerations`, `뭐냐`: more aspects of the title above, as notes name
them, and a bare question of it."""
_PARTICLE_LAST = lazy(r"(?<![가-힣])(?:으로|로|를|을|에|에서)\s*$")
"""`MVCC 로 구현`: a title telling how, whose aspect is no part of a name to cut."""


_QUESTION_LEFT = lazy(r",|(?<=[가-힣])(?:은|는)$")
"""`DI 방법 3가지와, 생성자 주입을 권장하는 이유`, `ArrayList와 LinkedList의 차이는`: what a
question title leaves once its `?` is gone, still a question (several things asked, a topic
particle left asking), no name of a subject. (`외래 키 존재 이유?` names what it asks.)"""


def _still_asks(title: str, name: str) -> bool:
    """A title asking a question (`Q. A와 B의 차이는?`) whose name, its asking form cut, is
    still the question rather than the subject it asks of (`JPA란?` → `JPA`)."""
    return plain(title).rstrip().endswith(("?", "？")) and bool(_QUESTION_LEFT.search(name))


_KIND_PREDICATE = lazy(r"[a-z0-9가-힣]+?\s*(?:이다|입니다)[.!]?\s*$")
"""`… Keyword이다`: a sentence closing on the kind its subject is, in a word of the
subject's name (`Virtual Keyword`, `가상 함수`) that does not tell which one it speaks of."""


def subject_of(context: tuple[str, ...], term: str = "") -> str:
    """What a sentence with no subject of its own speaks of: the term its line opened on
    (`term`: `**Continuous**: … Described by a **pdf**.`), else the nearest title or label
    of its context that names a subject, above those naming only an aspect of it (`TCP ›
    특징` is TCP's) or framing it (`정리`), less an aspect it names after it (`RDB의 장점`);
    `` when that title compares two things (`A vs B`: of which?), asks a question (`Q. A와 B의
    차이는?`, not `JPA란?`), names an example or is no short name."""
    if term:
        term = plain(term).strip()
        if not is_short_label(term) or _NO_NAME.search(term) or asks_of_a_subject(term):
            return ""  # `Note: …`, `장점: …` name an aspect, not what it is of
        return term
    titles = list(context)
    while titles and (
        asks_of_a_subject(titles[-1])
        or only_aspects(titles[-1])
        or frames_its_parent(titles[-1])
        or _ASPECT_ONLY.match(plain(titles[-1]))
    ):
        titles.pop()
    if not titles or comparison_sides(titles[-1]):
        return ""
    name = _ASKED.sub("", subject_named(titles[-1]).strip())
    aspect = _ASPECT_AFTER.search(name)
    if aspect and aspect.start() and not _PARTICLE_LAST.search(name, 0, aspect.start()):
        name = name[: aspect.start()]
    if not is_short_label(name) or is_statement(name) or _NO_NAME.search(name):
        return ""
    if _still_asks(titles[-1], name):
        return ""
    return name


def with_subject(cloze: str, subject: str) -> str:
    """A cloze whose sentence runs on from its heading (`runs_on_from_heading`), with its
    subject before it (`세마포어: 정수 값으로 {{c1::동시 접근 수}}를 제한`) unless it names
    that subject already (the card would say it twice) or hides it in a gap (the subject
    would give it away)."""
    if not subject:
        return cloze
    said = plain(GAP.sub(r"\1", cloze)).casefold()
    if "이" in said and " " in subject.strip():  # `… Keyword이다` of `Virtual Keyword`: its kind
        said = _KIND_PREDICATE.sub("", said)
    latin = set(_LATIN_WORDS.findall(said))
    for word in _WORDS.findall(subject.casefold()):
        if word in latin if word.isascii() else word in said:
            return cloze  # a Korean word takes its particle, `TCP는`; an English one stands apart
    return f"{subject}: {cloze}"
