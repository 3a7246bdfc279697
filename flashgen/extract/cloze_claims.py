"""Bold spans that state a claim rather than name a term: no gap, or only the term within.

A writer bolds the point of a line, and the point is often a whole claim: `스프링에서는
기본적으로 **트랜잭션 범위 = 영속성 컨텍스트 범위**` hides an equation between two terms,
`… 지시하여 **스스로 상태를 변환**할 수 있다` an act done to an object, `it **returns a new
list**` a verb and its object. Hidden whole, such a gap asks the sentence's claim back from
the few words left around it, which many claims would fit.

- Two terms joined by `=`, `≠`, an arrow or a comparison (`joins_two_terms`) are no gap.
- An object and the act done to it (`검색 속도를 향상`+`시키기`, `독점권을 반납`+`하기`)
  hides the object alone when it is a plain noun (`{{c1::검색 속도}}를 향상시키기`) and the
  sentence does not print its words elsewhere (`spelled_around`); an object a clause or an
  adverb qualifies (`구체적인 타입을 명시`, `스스로 상태를 변환`) leaves no term: no gap.
- A verb and its object in English (`returns a new list`) is no gap.
- A restriction (`**메서드 실행 지점만** 지원`) hides what it restricts to, `만` shown after
  the gap: `{{c1::메서드 실행 지점}}만 지원`.
"""

from __future__ import annotations

from flashgen.extract.cloze_gaps import printed
from flashgen.extract.place import plain
from flashgen.patterns import lazy
from flashgen.text import STRONG

_JOINED = lazy(
    r"\w[\w)\]]*\s*(?:≠|→|⇒|↔|->|=>|<->|≤|≥)\s*[\w(]|\w[\w)\]]*\s(?:=|==|!=|<|>|<=|>=)\s[\w(]"
)
"""`트랜잭션 범위 = 영속성 컨텍스트 범위`, `A → B`, `O(n) > O(log n)`: two terms and what
holds between them. `=`, `<` and `>` count only with spaces around them, not in
`2<sup>h</sup>` or `key=value`."""
_JOINS = ("=", "≠", "→", "⇒", "↔", "->", "<", ">", "≤", "≥")
"""What `_JOINED` cannot match without."""


def joins_two_terms(words: str) -> bool:
    """Whether a bold phrase (its words without Markdown) sets two terms equal, apart or in
    order (`트랜잭션 범위 = 영속성 컨텍스트 범위`): a claim, whose terms the student would have
    to recall together with what joins them."""
    if not any(join in words for join in _JOINS):
        return False  # nearly every phrase
    return _JOINED.search(words) is not None


_ACT_ON = lazy(r"^(?P<object>.*?[\w)])(?:을|를)\s+[가-힣]+$")
"""`검색 속도를 향상`, `락을 걸어`, `스스로 상태를 변환`: an object, its particle, and one word
for the act done to it."""
_ACT_AFTER = frozenset("하되된될한할해했돼됐시됨함")
"""What may follow the act's word when it is a verbal noun (`향상` + `시키기`, `반납` + `하기`)."""
_ADVERBIAL = lazy(r"(?:스스로|부터|까지|에서|에게|으로|로|하게|게|히|[가-힣](?:이|가))$")
"""`스스로`, `머리에서부터`, `유연하게`, `무효가`: a word saying how, where from or of what
subject, which makes the object part of a clause, no name."""
_MODIFIER = lazy(r"(?:한|운|은|는|된|인|할|될|던|의)$")
"""`동일한`, `새로운`, `데이터의`: a word qualifying the noun after it."""
MAX_OBJECT_WORDS = 3
_GENERIC_OBJECTS = frozenset((
    "데이터", "테이블", "시스템", "객체", "값", "상태", "코드", "기능", "정보", "순서", "작업",
    "파일", "프로그램", "메모리", "결과",
))  # fmt: skip
"""`데이터를 저장`, `테이블을 분해`, `순서를 변경`: an object any note of the field acts on;
alone in the gap it asks nothing the act beside it does not tell."""


def acts_on_an_object(words: str, after: str) -> bool:
    """Whether a bold phrase (its words without Markdown) is an object and the act done to it
    (`_ACT_ON`), the act a verb (`락을 걸어`), a verbal noun the verb after the bold is made
    of (`향상`+`시키기`) or closing its clause (`커널을 공유,`): a predicate, no term. An
    object and a noun with a particle after the bold (`첫문자를 대문자`+`로`) is not one."""
    if "을 " not in words and "를 " not in words:
        return False  # nearly every phrase
    if after[:1].isalnum() and after[:1] not in _ACT_AFTER:
        return False  # `첫문자를 대문자`+`로 구분`: a noun and its particle follow
    return _ACT_ON.match(words) is not None


def object_of(words: str) -> str | None:
    """The object of a phrase that acts on one (`acts_on_an_object`) when it is a noun of a
    few words, a name the student can recall (`검색 속도` of `검색 속도를 향상`), one word
    qualifying it at most (`데이터의 정합성`, `동일한 메터리얼`); None when a word says how or
    of what subject (`스스로 상태`, `수정이 어려운 단점`), when it is a word any note acts on
    (`_GENERIC_OBJECTS`), or when the phrase acts on nothing."""
    act = _ACT_ON.match(words)
    if act is None:
        return None
    names = act["object"].split()
    if act["object"] in _GENERIC_OBJECTS:
        return None
    if len(names) > MAX_OBJECT_WORDS or any(_ADVERBIAL.search(word) for word in names[:-1]):
        return None
    if sum(_MODIFIER.search(word) is not None for word in names[:-1]) > 1:
        return None  # `무효가 된 데이터`, `수정이 어려운 단점`: a clause before the noun
    return act["object"]


_WORD = lazy(r"[^\W\d_]{2,}")


def spelled_around(sentence: str, words: str) -> bool:
    """Whether the rest of the sentence, its bold phrases taken out, prints every word of a
    gap (particles aside): `… 실제 행위를 실행하는 대신 … [행위 실행]을 위임한다` gives the gap
    away."""
    names = _WORD.findall(words.casefold())
    if not names:
        return False
    rest = plain(STRONG.sub(" ", sentence)).casefold()
    return all(printed(name, rest) for name in names)


_VERB_PHRASE = lazy(
    r"^[a-z]{3,}(?<![su]s)(?<!is)(?:s|ed) (?:a|an|the|its|their|his|her|each|every|all|no|"
    r"one|two|new|this|that|these|those)\s+\S"
)
"""`returns a new list`, `holds the lock`, `copied the buffer`: a verb in the third person or
the past, then its object; `class`, `status`, `basis` are no verbs."""


def english_verb_phrase(words: str) -> bool:
    """Whether a bold phrase is an English verb with its object (`_VERB_PHRASE`): what the
    subject does, a claim, no term."""
    return words[:1].islower() and words.isascii() and _VERB_PHRASE.match(words) is not None


_ONLY = lazy(r"(?<=[가-힣]{2})(?:에서|에게|으로|로|에)?만$")
"""`메서드 실행 지점만`, `지역 변수로만`: `만` (only), maybe after a particle, closing a phrase."""


def restricted(words: str) -> str | None:
    """What a restriction (`메서드 실행 지점만`) restricts to, `메서드 실행 지점`: the term to
    hide, `만` shown after it; None for any other phrase."""
    if not words.endswith("만"):
        return None  # nearly every phrase
    only = _ONLY.search(words)
    return words[: only.start()] if only else None
