"""Which bold phrases of a sentence are gaps to fill: a key term, never a word the card shows
anyway (in its context line, in a gloss beside it, elsewhere in the sentence), a marker
(`[참고]`, `A1`), letters of a word, a whole line in bold or the term of a definition."""

from __future__ import annotations

import ast
import re
import string
from functools import lru_cache

from flashgen.extract.cloze_sentence import term_of
from flashgen.extract.cloze_sounds import heard, heard_in, initial_sound
from flashgen.extract.place import plain
from flashgen.patterns import lazy
from flashgen.text import CODE_SPAN, FINAL_NIEUN, FINAL_RIEUL, HANGUL, STRONG, final_consonant

_GLOSS = lazy(r"\s?\((?P<gloss>[^)]*[^\W\d_][^)]*)\)")
"""`**ACID**(원자성, 일관성, …)`, `**고립성**(Isolation)`, `**TLS**(Transport Layer Security)`:
the gloss right after the gap spells out or translates the answer."""
_VERB_END = lazy(r"(다|고|며|면|서|나|지|거나|는|음)\W*$")
"""`…참조하거나(**Dirty Read**)`: a clause before the gap describes it; it is no word the
gap translates."""
_SMALL_WORDS = frozenset(("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "your"))
_COUNTED = lazy(r"^(?P<n>[1-9]|10)\s*(?P<unit>[가-힣]+)$")
_QUANTITY = lazy(r"^~?\d[\d,.]*\s?[A-Za-z가-힣]{1,5}$")
"""`4KB`, `4096B`, `1초`, `1000 ms`: a number and its unit."""
_NATIVE = ("한|하나", "두|둘", "세|셋", "네|넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열")
"""`1개` is printed as `한 개` beside it: Korean counts in their native words."""
_MARKER = lazy(
    r"^[\[(【<]?\s*(참고|주의|중요|핵심|팁|tips?|notes?|notice|warning|caution|important|info|"
    r"hint|예시|예제|예|ex|e\.g|example|결론|정리|요약|요점|cf|비고|추가|보충|tl;?dr|q|a|질문|"
    r"답변?|bold|굵게|강조|todo|하지만|그러나|그래서|따라서|즉|but|however)\s*\.?\s*\d*\s*[\])】>]?\s*[:.]?$",
    re.IGNORECASE,
)
"""`[참고]`, `Note`, `A3`, `예시`, `하지만`: a marker of the note's layout or a joint between
sentences, nothing to recall."""
_ENUMERATOR = lazy(r"^(?:\(\s*(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})\s*\)|(?:[a-zA-Z]|\d{1,2})[).])$")
"""`(c)`, `(2)`, `(iii)`, `b)`, `3.`: the label of a part of a problem or a list, its place
there."""
_REFERENCE_LABEL = lazy(
    r"^(?:prop(?:osition)?|thm|theorem|lemma|lem|cor(?:ollary)?|def(?:inition)?|example|ex|"
    r"problem|prob|exercise|exr?|claim|remark|eq|equation|§|sec(?:tion)?|ch(?:apter)?|fig(?:ure)?|"
    r"문제|예제|연습\s?문제|정리|보조\s?정리|따름\s?정리|정의|명제)\.?\s*\d+(?:\.\d+)*[a-z]?\.?"
    r"(?:\s*\([^()]*\))?$",
    re.IGNORECASE,
)
"""`Thm 2.1 (rank–nullity)`, `Lemma 2`, `예제 4.1`: the label of a statement in a book or course,
its place there; what it states is what to recall."""
_PLACE_NUMBER = lazy(r"^[1-9]\d?(?:\.[1-9]\d?)+[a-z]?\.?$")
"""`5.3`, `4.2.1`: a number of a problem or section, when nothing of the sentence comes before it
(`**5.3** show that …`), a word naming what it numbers does (`see Exercise **6.2**`) or
it stands alone in parentheses (`(**4.2**)`). After `=` (`… = **5.5**`) or before a unit it is a
value, and a value is a gap."""
_PLACE_BEFORE = lazy(
    r"(?:^|[^\w])(?:problems?|exercises?|sections?|sec\.|§|chapters?|ch\.|eq\.|equations?|"
    r"theorems?|thm\.?|lemmas?|props?\.?|propositions?|examples?|figures?|fig\.|문제|예제|절|장)\s*$",
    re.IGNORECASE,
)
_UNIT_AFTER = lazy(
    r"^\s?(?:%|×|x\b|배|초|개|번|분|times\b|[kmgtp]?i?b\b|[kmgt]?bps\b|[mµun]?s\b|[kmg]?hz\b|"
    r"bits?\b|bytes?\b|sec|min|ms\b|[mck]?m\b|kg\b|g\b)",
    re.IGNORECASE,
)


_CLAUSE_END = lazy(
    r"([,;]|이고|하고|되고|(?<=[있없않])고|이며|하며|되며|으며|지만|는데|으나|거나|(?<=[가-힣]{2})(?<!화)면|"
    r"(?<![가-힣])(하|되|나|보|다)면|므로|때문에|(?<=[가-힣])(에서|에게|에는|으로|까지|부터|처럼))$"
)
"""`연산을 위해서 반드시 레지스터를 거쳐야 하며`, `…정할 수 없고`, `…필요가 없어지므로`,
`…들어오면`: a clause, a cause or a condition that goes on into the sentence; `**실행 환경에서**
자원 요청에 대한 …`: a phrase with its particle of place or means says where or how, not which
concept. (`측면` and `초기화면` are nouns.)"""
_CLAUSE_LAST = frozenset(",;고며만데나면로에서게는지터럼\n")
"""The characters `_CLAUSE_END` can match last (or before a line break): most phrases end
in none of them, and are not tried."""
_JOINED = lazy(r"(?<=[가-힣])(하면|되면|으면|이면|다면|지만|는데)\s")
"""`발생하면 대응`, `간편히 사용할 수 있지만 속도가 느리다.`: two clauses, a condition or a contrast
with what follows it."""
_OWN_SUBJECT = lazy(r"[A-Za-z0-9)](?:가|이|는|은) [^ ]+ [^ ]")
"""`**하나의 Job이 CPU 전체를 점유**하고`, `**UDP는 비연결형 프로토콜**로`: a subject
(a name in Latin letters, which no noun's last syllable can be mistaken for) and what is
said of it, a clause with its own subject."""
MAX_SUBJECT_WORDS = 4
_PREDICATE_END = lazy(r"[가-힣]((?<![마바])다|(?<![처다마])음|(?<![포결])함|됨)[.!]?$")
"""`…저장하고 검색하는데 유용하다`: a sentence's whole predicate. `포함` and `처음` are nouns,
`마다` a particle."""
_PREDICATE_NOUN = lazy(r"(?<![가-힣])[가-힣]*(발생|가능|불가능|불가|필요|불필요)$")
"""`Overhead 발생`, `원본 변경 불가능`: a note's predicate written as a noun, when nothing but a
stop or a comma follows it."""
_PREDICATE_NOUN_LAST = frozenset("생능가요")
_PREDICATE_NOUNS = lazy(r"(?:(?:발생|필요)\s)?(?:발생|가능|불가능|불가|필요|불필요)")
"""`발생`, `발생 가능`: all that follows the one word a predicate noun is said of."""
MIN_VERB_PHRASE_WORDS = 4
"""`독점권을 반납`+`하기`, three words or fewer, may name an act to recall; more (`머리에서부터
리스트를 종주`+`해야`) say what is done, a clause."""
_OBJECT_THEN_VERB = lazy(r"[가-힣](?:을|를)\s+[가-힣]+$")
"""`상속한 메서드를 포함`+`하여`, `검색 속도를 향상`+`시키기`: an object and the verbal noun the
verb after the bold is made of, a clause."""
_VERB_AFTER = ("하", "되", "된", "될", "한", "할", "해", "돼", "시키", "됨", "함")
_PREDICATE_LAST = frozenset("다음함됨.!\n")
"""As `_CLAUSE_LAST`, for `_PREDICATE_END`."""
_NOMINAL_CLAUSE = lazy(r"[가-힣][는은한할된될던]\s+것$")
"""`Page의 크기를 늘려서 … 줄이는 것`: a predicate made a noun by `것`, as long as a predicate
(`MAX_PREDICATE_WORDS`) is what the card should say, not a term to recall."""
MAX_PREDICATE_WORDS = 4
"""A predicate of more words is what the card should say, not a term to recall word for word;
`메모리 요구량이 훨씬 적다.` and `겹치지 않음` are short enough to be one: a short predicate is
often the very fact to recall (`부분 문제가 **겹치지 않음**`)."""
MAX_GAP_WORDS = 6
"""A gap of more words, whatever it ends in, is a clause or a whole description (`모든 행을
그대로 두고 오른쪽에서 맞는 행만 붙여`), not a term: the student cannot recall it word for
word, and the sentence left around it cues little. Words in an aside (`표(작은 쪽으로 만든
것)에`) and marks between words (`+`) are not counted."""
_VAGUE = lazy(
    r"(?<![가-힣])(특수한|특별한|중요한|여러\s*가지|다양한|몇\s*가지|어떤|일정한|적절한|이런|그런|"
    r"이러한|그러한)\s+(조건|것|점|방법|부분|경우|단점|장점|특징|문제|요소|이유|기능|역할)(들)?$|"
    r"(?i:^(this|that|the|some|certain|special|important|various)\s+"
    r"(way|thing|things|condition|conditions|point|points|case|cases)$)",
)
"""`특수한 조건`, `여러 가지 단점`, `this way`: a vague word stands where the notes name nothing;
the student could recall it only as a phrase of this page."""
_VAGUE_NOUNS = frozenset((
    "조건", "것", "점", "방법", "부분", "경우", "단점", "장점", "특징", "문제", "요소", "이유",
    "기능", "역할", "way", "thing", "things", "condition", "conditions", "point", "points", "case",
    "cases",
))  # fmt: skip
"""The last word `_VAGUE` cannot match without."""
_LETTER_OR_DIGIT = lazy(r"[^\W_]")
_LATIN = frozenset(string.ascii_letters)
"""One Latin letter (an empty string is none)."""
_PARENTHESES = lazy(r"\([^)]*\)")
_TOKEN = lazy(r"[^\W_]{2,}")
_LATIN_WORD = lazy(r"[A-Za-z]+")
_THREE_CAPITALS = lazy(r"[A-Z][^A-Z]*[A-Z][^A-Z]*[A-Z]")
"""What a phrase holds when a token of it may be an acronym (`hinted`)."""

MAX_PHRASE_CHARS = 60

_PAIRS = {
    "생성": ("create",), "삭제": ("delete", "drop", "remove"), "삽입": ("insert",),
    "수정": ("update", "modify", "alter"), "갱신": ("update",), "변경": ("alter", "change"),
    "조회": ("select",), "선택": ("select",), "정렬": ("sort",), "탐색": ("search",),
    "검색": ("search",), "병합": ("merge",), "분할": ("split", "partition"),
    "압축": ("compress", "compression"), "암호화": ("encrypt", "encryption"),
    "복호화": ("decrypt", "decryption"), "잠금": ("lock",), "읽기": ("read",), "쓰기": ("write",),
    "복사": ("copy",), "부여": ("grant",), "캡슐화": ("encapsulation",), "상속": ("inheritance",),
    "다형성": ("polymorphism",), "추상화": ("abstraction",), "직렬화": ("serialization",),
    "개방": ("open",), "폐쇄": ("closed",), "측면": ("side",),
}  # fmt: skip
"""A term and its translation, when the card names a thing by one and hides the other
(`3. CREATE` › `테이블 등을 **생성**하는 명령어`): only words that translate each other one to
one, so that either gives the other away."""
_PAIRED = {english: korean for korean, words in _PAIRS.items() for english in words}


def bold_phrases(sentence: str) -> list[re.Match[str]]:
    """The phrases bolded with Markdown's marks (`**…**`, `__…__`), outside code spans."""
    return [match for match in STRONG.finditer(sentence) if match[3] is None]


def phrase_of(match: re.Match[str]) -> str:
    """What a bold mark holds."""
    return match[1] or match[2]


_ARROWS = ("=>", "⇒", "->", "→")
"""What leads from a case to what follows from it (`… 새 주 노드를 뽑는다 => 노드 수는 홀수로
둔다`): three words or more after it, to the sentence's end, say a conclusion; one or two
(`=> 읽기 분산`) may name the term it comes to."""


_ASIDE_THEN_COLON = lazy(r"\s*\([^()]*\)\s*[:：]\s")
"""`**Common mistake** (he said …): doing …`: an aside between a line's bold opening and the
colon after it; the bold is the line's label, or the term it defines."""
_RESTATES = lazy(r"\s*(?:즉|다시 말해|i\.e\.|that is|in other words)", re.IGNORECASE)
"""What opens an aside that says the words before it again (`(즉, …)`, `(i.e. …)`), unlike
one that is the term itself (`A virtual address = **(virtual page number, offset)**`)."""


_POSTPOSITION_STARTS = frozenset("을를은는이가의에와과도로으만보부까처하")
"""The first syllables of the postpositions and endings a one-syllable noun takes (`**힙**에`,
`**락**을`, `**키**보다`, `**값**이다`)."""


def _syllable_of_a_word(words: str, before: str, after: str) -> bool:
    """Whether a bold phrase is one Hangul syllable written into a word (`"**기**밀이니까"`,
    `보**안**`): a syllable right after another, or right before one that opens no
    postposition. A one-syllable noun stands apart, or takes its postposition (`**힙**에`)."""
    if len(words) != 1 or not "가" <= words <= "힣":
        return False  # nearly every phrase: longer than one syllable
    if "가" <= before[-1:] <= "힣":
        return True
    return "가" <= after[:1] <= "힣" and after[:1] not in _POSTPOSITION_STARTS


def is_key_phrase(sentence: str, match: re.Match[str], words: str) -> bool:
    """Whether the bold phrase (`match`, its `words` without Markdown) is a term to recall."""
    phrase = phrase_of(match)
    if len(words) > MAX_PHRASE_CHARS or "{{" in phrase or "](" in phrase:
        return False
    if not _LETTER_OR_DIGIT.search(words):
        return False  # `**→**`, a bold `*`: nothing to recall
    if ("(" in words or ")" in words) and words.count("(") != words.count(")"):
        return False  # `(**Serializable Schedule)**`: the bold cuts through an aside
    if words[:1] == "(" and words[-1:] == ")" and _RESTATES.match(words, 1):
        return False  # `**(즉, HTTPS 필수)**`: an aside restating the words before it
    if _MARKER.match(words) or _ENUMERATOR.match(words):
        return False  # `**[참고]**`, `**A1**`, `**(c)**`: a marker of the layout
    before, after = sentence[: match.start()], sentence[match.end() :]
    if _names_a_place(words, before, after):
        return False  # `**Thm 2.1 (rank–nullity)**`, `**5.3** show …`: a place in a book
    if (
        words[-1:] in _LATIN
        and after[:1] in _LATIN
        or words[:1] in _LATIN
        and before[-1:] in _LATIN
    ):
        return False  # `**V**irtual`: letters of a word, not a word
    if words in _LATIN:
        return False  # `**P**`: one letter is no term to recall
    if _syllable_of_a_word(words, before, after):
        return False  # `"**기**밀이니까"`: one syllable of a word, not a word
    if "-" in words and _spelled_out(words, before):
        return False  # `authoritative = **authori-TATIVE**`: the word before, cut to be said
    term = term_of(sentence)
    if term and match.end() <= term.end("term") and len(plain(term["term"]).split()) <= 6:
        return False  # `**ROLLBACK** : 변경 취소`: the term is the front of its own card
    if not before.strip() and not _PARENTHESES.sub("", plain(after)).strip(" .:!?"):
        return False  # the whole line is bold: emphasis of the line, asked from its context
    if words.count(" ") > 1 and before.rstrip().endswith(_ARROWS) and not after.strip(" .!"):
        return False  # `… 뽑는다 => **노드 수는 홀수로 둔다**`: the conclusion drawn, a clause
    if not before.strip() and words.endswith((".", "!", "。")):
        return False  # a whole sentence in bold, before another: emphasis, not a gap
    if "?" in words:
        return False  # `**DMZ가 뭐에요?**` quotes a question
    if _is_quoted_phrase(words):
        return False  # `**'분산 서버 동시성 이슈 해결 방안'**`: a quoted phrase, not a term
    if words.endswith(":"):
        return False  # `**Definition:**` opens a definition
    if not before.strip() and _ASIDE_THEN_COLON.match(after):
        return False  # `**Common mistake** (on every exam): …`: a label, its aside, its text
    if _only_filler(words, after):
        return False  # `**반드시 포함**되는`: how surely or how often, of a verb the grammar gives
    if (words.casefold() in _FUNCTION_WORDS or words.casefold() in _MODALS) and not (
        words.isascii() and words.isupper()
    ):
        # `does **not** work`, `A **and** B`, `boosting **can** overfit`: a word the grammar
        # gives, no term. Written in capitals (`identity policy **OR** resource policy`,
        # `clients **SHOULD** retry`), the logic is the writer's point (`**MUST**`, how surely,
        # is filler above).
        return False
    if _points_with_a_pronoun(words):
        return False  # `for private files **turn it off**`: a clause about what it points at
    if words.casefold() in _KIND_NOUNS and (
        _names_beside(words, before, after) or _defines_by_kind(before, after)
    ):
        return False  # `new, delete **키워드**`, `…읽도록 하는 **키워드**`: only the kind of thing
    if _is_clause(words.rstrip()) or _is_vague(words):
        return False
    return not holds_the_predicate(words.rstrip(), after)


_SPELLED = lazy(r"[^\W\d_]+")


def _spelled_out(words: str, before: str) -> bool:
    """`authoritative = **authori-TATIVE**`, `**mito-CHON-dria**` after `mitochondria`: the
    gap is a word printed just before it, cut by hyphens into the pieces a mnemonic says
    (its case changed at most): hiding it hides nothing the card does not show."""
    joined = "".join(_SPELLED.findall(words)).casefold()
    return len(joined) > 3 and joined in {word.casefold() for word in _SPELLED.findall(before)}


def _names_a_place(words: str, before: str, after: str) -> bool:
    """Whether a bold phrase only names where something stands in a book or course: a
    statement's label (`_REFERENCE_LABEL`) or the number of a problem or section
    (`_PLACE_NUMBER`), not a value the sentence gives (`… = **5.5**`, `**16** bytes`)."""
    if words[:1].isdigit():
        if not _PLACE_NUMBER.match(words) or _UNIT_AFTER.match(after):
            return False
        ahead = before.rstrip()
        return (
            not ahead
            or _PLACE_BEFORE.search(ahead) is not None
            or (ahead.endswith("(") and after.lstrip()[:1] == ")")
        )
    return _REFERENCE_LABEL.match(words) is not None


_QUOTES = {"'": "'", '"': '"', "‘": "’", "“": "”", "「": "」", "『": "』"}
_SENTENCE_END = lazy(r"(?:[다요죠]|[.!。])$")
MIN_QUOTED_WORDS = 3


def _is_quoted_phrase(words: str) -> bool:
    """Whether a bold phrase is a phrase of several words in quotes (`'분산 서버 동시성 이슈 해결
    방안'`, `"Write Once, Run Anywhere"`): someone's wording, quoted, which the student could
    recall only word for word, and many phrases would say as well. A quoted sentence (`"H₀를
    기각할 증거가 충분하지 않다"`) says what is so, and a quoted word (`"Apples"`) is a value."""
    close = _QUOTES.get(words[:1])
    if close is None or len(words) < 3 or words[-1] != close:
        return False  # nearly every phrase: not in quotes
    inner = words[1:-1].strip()
    if close in inner or len(inner.split()) < MIN_QUOTED_WORDS:
        return False
    return _SENTENCE_END.search(inner) is None


def _only_filler(words: str, after: str) -> bool:
    """Whether a phrase is an adverb of how surely or how often (`_EMPHASIS`), alone or with
    the one verb it qualifies (`**반드시 포함**되는`, `**자주 사용**하는`, `**always
    validate** the form`), or a bare verb of being or doing (`_BARE_VERBS`: `데이터가
    **존재**할 때`). The student fills such a gap from the grammar around it, not from
    knowing the subject; `**독립적으로 실행**` names a property, and stays."""
    first, _, rest = words.partition(" ")
    if first in _BARE_VERBS and not rest:
        return after[:1] in _VERB_SUFFIX
    if first.casefold() not in _EMPHASIS:
        return False  # nearly every phrase
    if not rest:
        return True
    if " " in rest:
        return False  # `항상 true 값`, `가장 오래 있던 페이지`: a thing, not a verb
    if HANGUL.search(rest):
        return after[:1] in _VERB_SUFFIX or rest.endswith(_VERB_ENDINGS)
    return first.isascii() and rest.isalpha() and rest.islower()


_FUNCTION_WORDS = frozenset((
    "not", "no", "and", "or", "nor", "but", "and/or", "및", "또는", "혹은", "그리고",
))  # fmt: skip
"""`does **not** work`, `the instruction **and** the checksums …`, `A **또는** B`: only whether,
or a joint between the words that say something; what it hides the grammar leaves open, or
gives."""
_MODALS = frozenset((
    "can", "cannot", "can't", "can not", "could", "may", "might", "must", "must not",
    "mustn't", "should", "shouldn't", "will", "won't", "would", "shall",
))  # fmt: skip
"""`Unlike RF, boosting **can** overfit with too many rounds`: a bare modal says only whether
or how surely, which the rest of the sentence leaves to a guess between two; the thing it is
said of is the term, and stays in the heading's answer."""
_POINTING = frozenset(("it", "them", "you", "we", "they", "he", "she", "us", "me"))
"""`for private files **turn it off**`: a pronoun in a lowercase phrase points at what the
sentence names elsewhere; the phrase is a clause about it, no term."""


def _points_with_a_pronoun(words: str) -> bool:
    """Whether a bold phrase is a lowercase phrase pointing with a pronoun (`_POINTING`): the
    rest of the sentence fills it, not knowing the subject. (A word of how much, `**all**`,
    `**any**`, `**하나**`, or a bare `**없음**` is often the very fact: `Relax **all** edges`,
    `닫힌 해는 **없음**`; they stay gaps.)"""
    folded = words.casefold()
    if " " not in words or not words.isascii() or words != folded:
        return False  # nearly every phrase: one word, Hangul or a name in capitals
    return not _POINTING.isdisjoint(_LATIN_WORD.findall(words))


_EMPHASIS = frozenset((
    "반드시", "항상", "꼭", "늘", "언제나", "자주", "흔히", "주로", "대개", "보통", "직접", "모두",
    "전부", "바로", "always", "never", "often", "usually", "also", "just", "must",
))  # fmt: skip
"""Adverbs that say how surely or how often (`**반드시 포함**되는 루틴`), not what."""
_BARE_VERBS = frozenset(("존재", "포함", "사용", "수행", "보장"))
"""Verbal nouns that say only that something is there, is used, is done or is made sure of."""
_VERB_SUFFIX = frozenset("하되할한된될해돼함됨했됐시")
"""What makes the verbal noun a gap ends in a verb (`포함` + `되는`)."""
_VERB_ENDINGS = ("다", "는", "된", "한", "함", "됨")


_KIND_NOUNS = frozenset((
    "함수", "키워드", "메서드", "메소드", "명령어", "연산자", "클래스", "어노테이션", "프로토콜",
    "function", "functions", "keyword", "keywords", "method", "methods", "command", "commands",
    "operator", "operators", "class", "annotation", "protocol",
))  # fmt: skip
"""Words that say only what kind of thing a name is (`함수`, `keyword`)."""
_NAME_END = frozenset(string.ascii_letters + string.digits + "_")
_NAMES_AFTER = lazy(r"\(\s*[A-Za-z_][\w.()]*(?:\s*[,/]\s*[A-Za-z_][\w.()]*)*\s*\)")
"""`(malloc, free)`: the names of what a kind word stands for, in an aside after it."""


def _names_beside(kind: str, before: str, after: str) -> bool:
    """Whether the sentence prints, unhidden, the names a kind word (`_KIND_NOUNS`) stands
    for: right before it (`new, delete **키워드**`, `` `final` **keyword** ``; before an
    English one only code, as `the **keyword**` names nothing) or in an aside after it
    (`…해제해주는 **함수**가 있다.(malloc,free)`). The names are the term to recall; the kind
    word alone the student fills from the grammar."""
    last = before.rstrip()[-1:]
    if last and (last in "`)" or last in _NAME_END and HANGUL.search(kind)):
        return True
    return "(" in after and _NAMES_AFTER.search(after) is not None


_DEFINITION_END = lazy(r"\s*(?:(?:이)?다|입니다)?\s*[.!]?\s*$")
"""What may follow the kind word a sentence defines by: its end (`…이다.`)."""


def _defines_by_kind(before: str, after: str) -> bool:
    """Whether a kind word (`_KIND_NOUNS`) ends a sentence that defines by a clause before it
    (`매번 메모리에서 읽도록 하는 **키워드**` under `volatile`, `…주고받는 **프로토콜**이다`):
    the clause is what to know; the kind, the heading's name and the grammar give."""
    last = before.rstrip()[-1:]
    if not last or final_consonant(last) not in (FINAL_NIEUN, FINAL_RIEUL):
        return False  # no clause before it, its verb ending in `ㄴ` or `ㄹ` (`하는`, `할`)
    return _DEFINITION_END.match(plain(after)) is not None


def _is_clause(words: str) -> bool:
    """Whether a bold phrase is a clause or a predicate rather than a term (`_CLAUSE_END`,
    `_JOINED`, `_PREDICATE_END`, `_NOMINAL_CLAUSE`). Each pattern is tried where it can
    match: at the end of the phrase (its last few characters), or where a plain look finds
    its joint."""
    end = words[-1:]
    if end in _CLAUSE_LAST and _CLAUSE_END.search(words, max(0, len(words) - 4)):
        return True
    if ("면 " in words or "지만 " in words or "는데 " in words) and _JOINED.search(words):
        return True
    if end == "것":
        predicate = _NOMINAL_CLAUSE.search(words, max(0, len(words) - 5))
    else:
        predicate = end in _PREDICATE_LAST and _PREDICATE_END.search(words, max(0, len(words) - 4))
    if not predicate:
        return False  # most phrases: a term, which ends in a noun
    # `발생할 수 있음` counts as two words: `수` only makes the verb a possibility
    return len(words.split()) - words.count(" 수 ") > MAX_PREDICATE_WORDS


def _ends_its_clause(after: str) -> bool:
    """Whether nothing but a stop or a comma follows a bold phrase in its sentence."""
    rest = plain(after).strip()
    return not rest or rest[0] in ",.!;)" and not rest[1:2].isalnum()


def predicate_head(words: str, after: str) -> str | None:
    """The one word a predicate noun that ends the sentence is said of (`데드락` of `**데드락
    발생 가능**`, `셔플` of `**셔플 발생**`): the term to hide, the predicate shown after it.
    None when the phrase is no such predicate, or more than one word comes before it (`원본
    변경 불가능`, `객체에 … 할당은 불가능`): a clause, no term."""
    if words[-1:] not in _PREDICATE_NOUN_LAST or not _PREDICATE_NOUN.search(words):
        return None
    head, _, predicate = words.partition(" ")
    if not predicate or not _ends_its_clause(after):
        return None
    if not _PREDICATE_NOUNS.fullmatch(predicate) or not head.isalnum():
        return None  # `원본 변경 불가능`: two words before it; `정렬,`: a list
    return head


_CASE_WORDS = ("때", "경우")


def _sets_a_case(words: str) -> bool:
    """`**격리 수준을 높일 경우**`, `**범위데이터를 읽을 때**`: a clause (its verb ending in `ㄹ`)
    that sets the case the sentence speaks of, no term."""
    *rest, last = words.split()
    if not rest or last not in _CASE_WORDS or not HANGUL.fullmatch(rest[-1][-1]):
        return False
    return final_consonant(rest[-1][-1]) == FINAL_RIEUL  # `높일`, `읽을`: a verb before `때`


def holds_the_predicate(words: str, after: str) -> bool:
    """Whether a bold phrase holds its sentence's predicate as a clause, not a term: a
    predicate noun that ends the sentence or its clause said of several words (`전달받은
    **객체에 새로운 메모리 값의 할당은 불가능**`, `_PREDICATE_NOUN`), an object with the verbal noun
    of the verb after it (`_OBJECT_THEN_VERB`), or the case a sentence sets (`높일 경우`). Hidden,
    it asks what the sentence concludes, which the words around it cue only loosely. A short
    predicate stays a gap (`부분 문제가 **겹치지 않음**`, `pushes **don't trigger** other
    workflows`): it is often the very fact to recall."""
    end = words[-1:]
    if end in _PREDICATE_NOUN_LAST and _PREDICATE_NOUN.search(words):
        return (
            len(words.split()) >= MIN_VERB_PHRASE_WORDS
            and _ends_its_clause(after)
            and predicate_head(words, after) is None
        )
    if after[:1] in "하되된될한할해돼시됨함" and after.startswith(_VERB_AFTER):
        if own_subject(words) is not None:
            return False  # `**하나의 Job이 CPU 전체를 점유**하고`: its subject is asked
        return (
            len(words.split()) >= MIN_VERB_PHRASE_WORDS
            and _OBJECT_THEN_VERB.search(words) is not None
        )
    return end in "때우" and _sets_a_case(words)


def is_too_long(words: str) -> bool:
    """Whether a gap's words (`MAX_GAP_WORDS`) are too many for a term."""
    if words.count(" ") < MAX_GAP_WORDS:
        return False  # nearly every gap: too few spaces to hold that many words
    if "(" in words:
        words = _PARENTHESES.sub("", words)
    return sum(_LETTER_OR_DIGIT.search(word) is not None for word in words.split()) > (
        MAX_GAP_WORDS
    )


def own_subject(words: str) -> str | None:
    """The subject of a bold phrase that is a statement with its own (`_OWN_SUBJECT`): `하나의
    Job` of `하나의 Job이 CPU 전체를 점유`. A gap hiding the whole statement leaves nothing to
    cue it; its subject is the term to recall. None for any other phrase."""
    if not ("가 " in words or "이 " in words or "는 " in words or "은 " in words):
        return None  # most phrases: no particle of a subject before another word
    subject = _OWN_SUBJECT.search(words)
    return words[: subject.start() + 1] if subject else None


def _is_vague(words: str) -> bool:
    if " " not in words:
        return False  # `_VAGUE` needs two words
    last = words.rsplit(None, 1)[-1].casefold().removesuffix("들")
    return last in _VAGUE_NOUNS and _VAGUE.search(words) is not None


def hinted(sentence: str, match: re.Match[str], phrase: str, shown: str) -> bool:
    """Whether the card spells the gap out anyway: a word of it in an aside in parentheses
    (`**LoRA / QLoRA** (QLoRA fine-tunes …)`), or an acronym whose letters are the initials of
    words the card prints (`**PDE**` under `Page directory entries`). `phrase` is the
    match's words without Markdown."""
    if _translated(phrase.casefold(), shown):
        return True
    if (" " in phrase or "-" in phrase) and _acronym_shown(sentence, phrase, shown):
        return True
    acronym = _THREE_CAPITALS.search(phrase) is not None
    if not acronym and "(" not in sentence:
        return False  # most phrases: no aside, no acronym; their words need not be read
    tokens = [word for word in _TOKEN.findall(phrase) if word.casefold() not in _SMALL_WORDS]
    names = [token for token in tokens if token.isascii()]  # `연산` names nothing in particular
    if len(tokens) > 1 and names and "(" in sentence:  # no parentheses, no aside
        asides = " ".join(_PARENTHESES.findall(plain(STRONG.sub(" ", sentence)))).casefold()
        if any(printed(name.casefold(), asides) for name in names):
            return True
    # Three capitals at least, and most of the word: two letters match initials by chance.
    if not acronym:
        return False  # no acronym to spell out
    acronyms = [
        capitals
        for token in tokens
        if len(capitals := "".join(letter for letter in token if "A" <= letter <= "Z")) >= 3
        and 2 * len(capitals) >= len(token)
    ]
    if not acronyms:  # most phrases: the initials need not be worked out
        return False
    rest = plain(sentence[: match.start()] + " " + sentence[match.end() :])
    initials = "".join(word[0] for word in _LATIN_WORD.findall(rest + " " + shown)).casefold()
    return any(capitals.casefold() in initials for capitals in acronyms)


_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "single": "1"}
_STANDS_FOR = lazy(r"약자|줄임말|준말|(?i:stands? for|short for|abbreviat)")
"""`[…]의 약자로 …`, `… stands for […]`: the sentence asks what an acronym stands for."""


def _acronym_shown(sentence: str, phrase: str, shown: str) -> bool:
    """Whether the context line (`shown`, casefolded) prints the acronym of the gap's words,
    a number word as its digit (`2PL` over `**two-phase locking**`, `2PC` over `**two-phase
    commit**`): the student reads the answer's initials. A sentence that asks what the
    acronym stands for (`[…]의 약자로`) asks the expansion, and keeps it."""
    words = [word for word in _LATIN_WORD.findall(phrase) if word.casefold() not in _SMALL_WORDS]
    if len(words) < 2 or HANGUL.search(phrase):
        return False
    initials = "".join(_NUMBER_WORDS.get(word.casefold(), word[0]) for word in words).casefold()
    if initials not in shown or not printed(initials, shown):
        return False
    return _STANDS_FOR.search(sentence) is None


_LIST_ITEMS = lazy(r"\s*(?:,|、|·|,?\s+(?:and|or)\s)\s*", re.IGNORECASE)
_ACRONYM_TOKEN = lazy(r"(?<![A-Za-z])[A-Za-z]{2,6}(?![A-Za-z])")
MIN_SPELLED_ITEMS = 2
"""Items whose first sound is a consonant (a vowel's is no sound), fewer than which an
acronym's letters match the items by chance."""


def spelled_by_acronym(phrase: str, sentence: str, match: re.Match[str], shown: str) -> bool:
    """Whether a gap listing a few items (`모델, 컨트롤러, 뷰`) is spelled out by an acronym the
    card prints, in the context line (`shown`, casefolded) or in the rest of the sentence: as
    many letters as items, each the sound an item opens with, in any order (`MVC`: `M`,
    `P`, `K` of `모델`, `뷰`, `컨트롤러`; a Korean
    loanword opens on the sound of its English word's letter). The student reads the answer's
    initials."""
    if "," not in phrase and "、" not in phrase and " and " not in phrase:
        return False  # nearly every gap: one term, no list
    items = [item for item in _LIST_ITEMS.split(phrase.strip()) if item]
    if not 2 <= len(items) <= 6:
        return False
    sounds = [initial_sound(item) for item in items]
    if None in sounds or sum(map(bool, sounds)) < MIN_SPELLED_ITEMS:
        return False
    rest = plain(sentence[: match.start()] + " " + sentence[match.end() :])
    tokens = _ACRONYM_TOKEN.findall(shown + " " + " ".join(_ACRONYM_TOKEN.findall(rest)))
    return any(
        len(token) == len(items)
        and sorted(initial_sound(letter) or "" for letter in token) == sorted(map(str, sounds))
        and (token.isupper() or token.islower())
        for token in tokens
    )


def _translated(phrase: str, shown: str) -> bool:
    """Whether the context line prints the phrase's translation (`생성` under `CREATE`,
    `lock` under `잠금`, `폐쇄적` under `Open-Closed`), both casefolded."""
    if phrase not in _PAIRS and "가" <= phrase[-1:] <= "힣":
        phrase = _root(phrase)
    if phrase in _PAIRS:
        return any(printed(word, shown) for word in _PAIRS[phrase])
    korean = _PAIRED.get(phrase)
    return korean is not None and printed(korean, shown)


def spelled_beside(sentence: str, match: re.Match[str], phrase: str, shown: str) -> bool:
    """Whether the card prints the gap in the other script: `**Data Binding**은 …, 단방향 데이터
    바인딩과 …`, `렌더링이 **클라이언트 측면**에서` under `CSR(Client Side Rendering)`. Each
    word of it is written there as a loanword (`sounds_alike`) or translated (`측면`, `side`),
    one at least as a loanword. `phrase` is the match's words without Markdown; `shown` the
    context line, casefolded."""
    korean = HANGUL.search(phrase) is not None
    rest = sentence[: match.start()] + " " + sentence[match.end() :]
    beside = rest + shown
    if (korean and not _LATIN_WORD.search(beside)) or (not korean and not HANGUL.search(beside)):
        return False  # most gaps: nothing beside them in the other script
    text = plain(rest) + " " + shown
    words = [word for word in _TOKEN.findall(phrase) if word.casefold() not in _SMALL_WORDS]
    # Each word is listened for in the other script's words (English ones for a Korean word),
    # and each script's words are heard once.
    sounds = {english: heard(text, english) for english in {not word.isascii() for word in words}}
    alike = [heard_in(word, sounds[not word.isascii()]) for word in words]
    if not any(alike):
        return False
    folded = text.casefold()
    return all(
        loanword or _translated(word.casefold(), folded)
        for word, loanword in zip(words, alike, strict=True)
    )


_WORD_AND_POSTPOSITION = lazy(
    r"^(?P<word>[가-힣A-Za-z0-9]{2,}?)\s?(?:에\s?의(?:해서?|한)|[을를]\s?통(?:해서?|한)|에\s?따라|"
    r"에게서?|에서|으로|로)$"
)
"""`사용자에 의해`, `서버를 통해`, `캐시에서`: one word and the postposition that says how the
sentence uses it (by whom, through what, where)."""


def word_shown_beside(sentence: str, match: re.Match[str], phrase: str) -> bool:
    """Whether a Korean gap is only a word the rest of the sentence prints and a postposition
    after it (`_WORD_AND_POSTPOSITION`): `사용자가 **직접 관리**할 수 있는 영역으로 **사용자에
    의해** 메모리 공간이 …` shows `사용자` beside the gap, and the postposition left to fill
    in is grammar, no fact. `phrase` is the match's words without Markdown."""
    if not HANGUL.search(phrase):
        return False
    found = _WORD_AND_POSTPOSITION.match(phrase)
    if found is None:
        return False  # most gaps: a term, not a word with its postposition
    rest = plain(sentence[: match.start()] + " " + sentence[match.end() :]).casefold()
    return printed(found["word"].casefold(), rest)


def not_shown_elsewhere(sentence: str, hidden: list[re.Match[str]]) -> list[re.Match[str]]:
    """The hidden phrases the rest of the sentence does not print: `삽입/삭제가 적으면 …,
    **삽입/삭제**가 많으면 …` would show its own answer; so would `**송신 버퍼**에 … 송신버퍼에
    남은` (its words run together or apart) and `SLOW를 … **LOW**를 보낸다` (a longer
    word holds its letters)."""
    squeezed = sentence.replace(" ", "").casefold()
    if all([squeezed.count(_squeezed(match[0])) < 2 for match in hidden]):
        return hidden  # nearly always: each phrase is written once in its sentence
    rest, last = [], 0
    for match in hidden:
        rest.append(sentence[last : match.start()])
        last = match.end()
    rest.append(sentence[last:])
    shown = _LINK_TARGET.sub("]", plain(" ".join(rest))).casefold()  # a link's address is not shown
    return [match for match in hidden if not _shown_in(plain(phrase_of(match)).casefold(), shown)]


_LINK_TARGET = lazy(r"\]\([^)]*\)")
MIN_FORM_LETTERS = 4
"""A gap word shorter than this is too short to tell its endings from its root."""


def not_in_another_form(sentence: str, hidden: list[re.Match[str]]) -> list[re.Match[str]]:
    """The hidden phrases whose word the rest of the sentence does not print in another form
    of it (`_root`): `everything is **denied** (implicit deny)`, `Input is **sorted** (or you
    can sort it)`, `**Signaling** …으로 … signal을 통해` show their own answer. Only a gap of
    one word of Latin letters is looked for: a phrase of more words shares a word by chance."""
    words = [plain(phrase_of(match)).casefold() for match in hidden]
    if not any(map(_one_latin_word, words)) and not any(["/" in word for word in words]):
        return hidden  # most gaps: more words than one, or Hangul
    rest, last = [], 0
    for match in hidden:
        rest.append(sentence[last : match.start()])
        last = match.end()
    rest.append(sentence[last:])
    shown = _LATIN_WORD.findall(_LINK_TARGET.sub("]", plain(" ".join(rest))).casefold())
    roots = {_root(word) for word in shown if len(word) >= MIN_FORM_LETTERS - 1}
    roots.update(_doers(shown))
    return [
        match
        for match, word in zip(hidden, words, strict=True)
        if not any(
            _root(one) in roots for one in alternatives(word) or (word,) if _one_latin_word(one)
        )
    ]


def _doers(words: list[str]) -> set[str]:
    """The roots (`_root`) of the verbs in `-y` whose doers the words name (`notifiers` →
    `notify`): `Services that **notify** …, so the notifiers …` prints its gap as the ones
    who do it. (`decoders` holds `decode` whole, which `_shown_in` finds.)"""
    return {
        _root(word.removesuffix("s")[:-3] + "y")
        for word in words
        if word.endswith(("ier", "iers")) and len(word) > MIN_FORM_LETTERS + 2
    }


def _one_latin_word(word: str) -> bool:
    """Whether a gap's words are one word of Latin letters, long enough to have endings."""
    return len(word) >= MIN_FORM_LETTERS and word.isascii() and word.isalpha()


def alternatives(word: str) -> tuple[str, ...]:
    """The words of Latin letters a gap offers as one answer, set apart by slashes
    (`option/right`, `partitions/shards`), or () when it is not such a word: any of them
    printed in another form (`options`) gives the answer away."""
    parts = tuple(word.split("/"))
    return parts if len(parts) > 1 and all(map(_one_latin_word, parts)) else ()


def _squeezed(phrase: str) -> str:
    """A bold phrase's words without marks or spaces, casefolded."""
    return plain(phrase).replace(" ", "").casefold()


def _shown_in(phrase: str, shown: str) -> bool:
    """Whether the rest of a sentence (`shown`) prints a gap's words (both casefolded): as a
    word of its own, with its words run together or apart (`송신 버퍼`, `송신버퍼`), or, for a
    word of three Latin letters or more, inside a longer word (`low` in `slow`)."""
    if printed(phrase, shown):
        return True
    if _LATIN_WORD.fullmatch(phrase) and len(phrase) >= 3:
        return any(phrase in word for word in _LATIN_WORD.findall(shown))
    spaced = r"\s?".join(map(re.escape, phrase.replace(" ", "")))
    return any(
        printed(found[0], shown) for found in re.finditer(spaced, shown) if found[0] != phrase
    )


def glossed(sentence: str, match: re.Match[str], phrase: str) -> bool:
    """Whether text beside the gap gives it away: a gloss after it (`**ACID**(원자성, …)`), a
    word it glosses (`갱신 손실(**Lost Update**)`), or a count the sentence spells out in words
    (`**1개** - 한 개의 키를 공유`). `phrase` is the match's words without Markdown."""
    before, after = sentence[: match.start()], sentence[match.end() :]
    gloss = _GLOSS.match(sentence, match.end())
    if gloss and (
        _translates(phrase, gloss["gloss"])
        or _spells_out(phrase, gloss["gloss"])
        or _shortens(phrase, gloss["gloss"])
        or _first_syllables(phrase, gloss["gloss"])
    ):
        return True
    word = before[:-1].split()[-1:] if before.endswith("(") and after.startswith(")") else []
    short = len(phrase.split()) <= 3 and "_" not in phrase
    if word and short and not _VERB_END.search(word[0]) and _translates(phrase, word[0]):
        return True
    counted = _COUNTED.match(phrase)
    if counted is None:
        return False
    rest = plain(before + " " + after)
    native = _NATIVE[int(counted["n"]) - 1]
    return re.search(rf"(?<![가-힣])({native})\s*{counted['unit']}", rest) is not None


_SUM_BEFORE = lazy(r"(?<![\w.=])[(\d][\d\s.,()×x*·/+\-−^]*[\d)]\s*[=≈]\s*$")
"""`4096 / 4 = `, `(227-11)/4+1 = `: numbers and the signs of a sum only, closing on `=`."""
_SYMBOL = lazy(r"(?<![\w'])[A-Za-z](?![\w'])")
"""`b`, `a`: a letter standing alone, a name the sentence gives to a thing."""


def written_in_code_beside(sentence: str, match: re.Match[str], phrase: str) -> bool:
    """Whether a phrase in bold says in words what code after it in its sentence writes out:
    it names two things by one letter each (`means **take b before a**, so the edge is` and
    then `b -> a` in code) and a code span after it holds those letters in the same order, so
    the card prints the gap as code. The code a sentence explains before its gap (`[a, b]`
    means …) is the cue, and a gap naming no such letters stays. `phrase` is the match's
    words without Markdown."""
    if sentence.find("`", match.end()) < 0:  # no copy of the rest of the sentence
        return False  # nearly every sentence: no code after its bold
    letters = _SYMBOL.findall(phrase)
    if len(letters) < 2:
        return False
    spans = CODE_SPAN.finditer(sentence, match.end())
    return any(_SYMBOL.findall(span[0].strip("`")) == letters for span in spans)


_SIGNS = str.maketrans({"×": "*", "x": "*", "·": "*", "−": "-", ",": ""})
_LEADING_NUMBER = lazy(r"\d[\d,]*(?:\.\d+)?")
_OPERATORS = (ast.Add, ast.Sub, ast.Mult, ast.Div)


def worked_out_beside(sentence: str, match: re.Match[str], phrase: str) -> bool:
    """Whether a number in bold is what the sum printed right before it comes to (`pointers per
    block = 4096 / 4 = **1024**`, `(32-5)/1+1 = **28**`): the card shows the sum, and the
    student works the gap out, recalling nothing. A result of letters (`U = L/R ≈ **…**`) or
    a value the sum does not come to stays a gap. `phrase` is the match's words without
    Markdown."""
    if not phrase[:1].isdigit() or ("=" not in sentence and "≈" not in sentence):
        return False  # nearly every phrase: no number, or no sum
    sum_ = _SUM_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
    if sum_ is None:
        return False
    value = _value(sum_[0].rstrip(" =≈").translate(_SIGNS))
    number = _LEADING_NUMBER.match(phrase)
    if value is None or number is None:
        return False
    return abs(value - float(number[0].replace(",", ""))) <= max(abs(value), 1) / 100


_ARROW_BEFORE = lazy(r"(?:→|->|⇒|=>)\s*$")
_BARE_NUMBER = lazy(r"~?\d[\d,.]*(?:\s?(?:%|[A-Za-z가-힣]{1,6}))?")
"""`12번`, `10 RCU`, `187MB`, `0.21%`, `2`: a number and at most its unit (not `1-RTT`, a name,
nor `72시간 이내`, which says more)."""
_RESULT_CLOSES = lazy(r"\s*[^\W\d_]*\s*(?:\([^)]*\))?[\W_]*")
"""What may follow such a number to the sentence's end: the word it counts (`폴트`), an aside
(`(4주 후)`), emoji and stops."""


def led_to_by_arrow(sentence: str, match: re.Match[str], phrase: str) -> bool:
    """Whether a number in bold is what an arrow right before it leads to, closing its sentence
    (`LRU: 가장 오랫동안 사용되지 않은 페이지 교체 → **12번**`, `결과: 1.2GB → **187MB** 🎉`,
    `최종 일관성이면 → **10 RCU**`): what a case comes to in a worked example or the writer's own
    run, whose givens (the reference string, the frames, the change made) the card does not
    show; the number is that run's, no fact of the subject to recall. A number the sentence
    names (`→ 처리량 ≈ **100** KB/s`), or says more of (`→ **1 RTT** for a new connection`),
    stays a gap. `phrase` is the match's words without Markdown."""
    if not phrase[:1].isdigit() and phrase[:1] != "~":
        return False  # nearly every phrase: no number
    if _ARROW_BEFORE.search(sentence, max(0, match.start() - 6), match.start()) is None:
        return False
    return (
        _BARE_NUMBER.fullmatch(phrase) is not None
        and _RESULT_CLOSES.fullmatch(sentence, match.end()) is not None
    )


def _value(expression: str) -> float | None:
    """What a sum of numbers and the four operations comes to, or None when it is none."""
    try:
        tree = ast.parse(expression.strip(), mode="eval").body
    except (SyntaxError, ValueError):
        return None
    if not isinstance(tree, ast.BinOp):
        return None  # a number alone (`= 5.5`) is given, not worked out
    return _evaluated(tree)


def _evaluated(node: ast.expr) -> float | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if not isinstance(node, ast.BinOp) or not isinstance(node.op, _OPERATORS):
        return None  # `2^10` and anything else: not summed in one's head
    left, right = _evaluated(node.left), _evaluated(node.right)
    if left is None or right is None or (isinstance(node.op, ast.Div) and right == 0):
        return None
    if isinstance(node.op, ast.Add):
        return left + right
    if isinstance(node.op, ast.Sub):
        return left - right
    return left * right if isinstance(node.op, ast.Mult) else left / right


def restated_size(sentence: str, match: re.Match[str], phrase: str) -> int:
    """Where the gap ends when a gloss right after it gives the same size in other units
    (`**4KB**(4096B)`: the gap hides `4KB(4096B)`, which would give it away if shown); else
    the bold phrase's own end. `phrase` is the match's words without Markdown."""
    if not phrase[:1].isdigit() or sentence[match.end() : match.end() + 2].strip()[:1] != "(":
        return match.end()  # nearly every phrase: no number, or no gloss after it
    gloss = _GLOSS.match(sentence, match.end())
    if gloss and _QUANTITY.match(phrase) and _QUANTITY.match(gloss["gloss"].strip()):
        return gloss.end()
    return match.end()


def _translates(one: str, other: str) -> bool:
    """Whether one side is Korean and the other not: a term and its translation (a size or
    count, `**4MByte** (Process 한개당)`, translates nothing)."""
    if any(character.isdigit() for character in one + other):
        return False
    return bool(HANGUL.search(one)) != bool(HANGUL.search(other))


def _spells_out(acronym: str, words: str) -> bool:
    """`TLS` before `(Transport Layer Security)`: the initials of the words."""
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z]+", words)).casefold()
    return (
        len(acronym) > 1
        and acronym.isupper()
        and acronym.isalpha()
        and (initials.startswith(acronym.casefold()))
    )


_ABBREVIATION = lazy(r"[A-Za-z][A-Za-z.&-]*")
"""One word of Latin letters (`Ajax`, `QoS`, `Wi-Fi`), which may shorten words beside it."""
_GLOSS_PIECES = lazy(r"[,;/=]")


def _shortens(short: str, words: str) -> bool:
    """Whether a word (`Ajax`, `QoS`) is made of letters taken from the words of a gloss
    after it (`Asynchronous JavaScript and XML`, `Quality of Service`), its capitals or not:
    the gloss gives the gap away. Each piece of a gloss (`Transport Layer Security, 전송 계층
    보안`) is tried alone; the gloss may be the hidden expansion's acronym, not the reverse."""
    short = plain(short).strip(" *\\")
    if _ABBREVIATION.fullmatch(short) is None:
        return False
    letters = "".join(letter for letter in short if letter.isalpha()).casefold()
    if len(letters) < 2:
        return False
    for piece in _GLOSS_PIECES.split(words) if len(words) > len(short) else ():
        latin = _LATIN_WORD.findall(piece.casefold())
        if sum(word not in _SMALL_WORDS for word in latin) > 1 and _takes(letters, 0, latin, 0):
            return True
    return False


_SYLLABLES = lazy(r"^[\W_]*([가-힣]{2,8})[\W_]*$")
_PIECE_BREAKS = (lazy(r"\s*/\s*"), lazy(r"\s*[-–·,]\s*"))


def _first_syllables(phrase: str, gloss: str) -> bool:
    """Whether a Korean mnemonic (`"오시서"`, `신자주근정`) is the first syllables, in order,
    of the pieces of the gloss after it (`(오심·구토 / 시각변화 / 서맥)`, `(신뢰-자율-주도-근면-
    정체)`): the card spells the hidden word out beside it."""
    word = _SYLLABLES.match(phrase)
    if word is None:
        return False
    for breaks in _PIECE_BREAKS:
        pieces = [piece for piece in breaks.split(gloss.strip()) if piece]
        if "".join(piece[0] for piece in pieces) == word[1]:
            return True
    return False


def _takes(letters: str, at: int, words: list[str], word: int) -> bool:
    """Whether `letters[at:]` are taken in order from `words[word:]` (all casefolded): each
    word gives its first letter and maybe more of its own after it (`JavaScript` gives `js`
    of `json`), a small word (`and`, `of`) maybe none, and no letter is left over."""
    if word == len(words):
        return at == len(letters)
    this = words[word]
    if this in _SMALL_WORDS and _takes(letters, at, words, word + 1):
        return True
    if at == len(letters) or this[0] != letters[at]:
        return False
    at, inside = at + 1, 1
    while not _takes(letters, at, words, word + 1):
        if at == len(letters) or (inside := this.find(letters[at], inside) + 1) == 0:
            return False
        at += 1
    return True


_WAY_WORDS = frozenset((
    "기법", "방식", "방법", "기술", "technique", "techniques", "method", "methods", "approach",
    "mechanism", "operation", "operations",
))  # fmt: skip
"""Words naming a thing only as a way of doing (`Paging 기법`, `Batch operations`): beside a
word the context line prints, they leave nothing to recall."""
_KIND_HEADS = frozenset((
    "상태", "객체", "값", "함수", "state", "states", "object", "objects", "value", "values",
    "function",
))  # fmt: skip
"""Words naming only the kind of thing the word before them makes it (`일관된 상태` under
`일관성(Consistency)`, `프록시 객체` under `프록시`, `이차 함수` under `이차 조사법`): that word
printed in the context line, in any form, leaves only the kind to fill in, which the grammar
gives."""


_DERIVING_WORDS = frozenset((
    "driven", "based", "oriented", "bound", "aware", "centric", "intensive", "heavy", "like",
    "style", "enabled",
))  # fmt: skip
"""Words that make another word a kind of thing (`interrupt-driven`, `CPU-bound`): beside
that word printed in the context line, they leave nothing to recall. (`lock-free` and
`thread-safe` say something of their own.)"""


def mostly_printed(phrase: str, shown: str) -> bool:
    """Whether the context line prints most words of the phrase, in this form or another
    (`echoed`): `멀티 모듈 프로젝트` under `멀티 프로젝트 빌드` leaves one word to recall, and
    `개방적` under `개방-폐쇄 원칙` or `replicated` under `Replication` none; nor does `Paging
    기법` under `Paging 개념`, the way of doing it named (`_WAY_WORDS`) and not counted."""
    if _printed_unspaced(phrase, shown):
        return True
    words = phrase.split()
    if len(words) == 1 and "-" in phrase:
        head, _, tail = phrase.rpartition("-")
        if tail in _DERIVING_WORDS and head and (printed(head, shown) or echoed(head, shown)):
            return True  # `interrupt-driven` under `인터럽트 (Interrupt)`
    if len(words) < 2:
        if words and "/" in words[0]:  # `option/right` under `Stock options`
            return any(echoed(word, shown) for word in alternatives(words[0]))
        return bool(words) and echoed(words[0], shown)
    if len(words) == 2 and words[1] in _WAY_WORDS and words[0] not in _SMALL_WORDS:
        return printed(_stem(words[0]), shown) or echoed(words[0], shown)
    words = [_stem(word) for word in words if word not in _SMALL_WORDS]
    return len(words) > 1 and 2 * sum(
        [printed(word, shown) or echoed(word, shown) for word in words]
    ) > len(words)


def kind_printed(phrase: str, shown: str) -> bool:
    """Whether a phrase (casefolded) is a word the context line (`shown`, casefolded) prints
    in another form (`일관성`, `불변성`), and a word for the kind of thing it makes it
    (`_KIND_HEADS`): `일관된 상태` under `일관성(Consistency)`, where the grammar fills in the
    rest. The word printed as a word of its own (`해시 함수` under `해시 테이블`, `프록시
    객체` under `프록시`) leaves the kind to recall, which is often the point (`key를 [해시
    함수]에 넣어서 …`), unless the context line prints it as what a way of working works by
    (`_works_by`: `이차 함수` under `이차 조사법`)."""
    first, _, kind = phrase.partition(" ")
    if kind not in _KIND_HEADS or not first or first in _SMALL_WORDS:
        return False  # nearly every phrase: not two words, or not ending in a kind
    if printed(first, shown, particles=False):
        return _works_by(first, shown)  # `해시` in `해시 테이블`, not `이차` in `이차 조사법`
    return printed(_stem(first), shown) or echoed(first, shown)


_WAY_AFTER = lazy(r"[\s-]?(?:[가-힣]*법|방식|기반|based|methods?|approach)(?![\w-])")
"""`조사법`, `기법`, `방식`, `기반`, `-based`, `method`: a word naming a way of working by the
word before it."""


def _works_by(word: str, shown: str) -> bool:
    """Whether the context line (`shown`, casefolded) prints the word right before a word
    naming a way of working (`_WAY_AFTER`): `이차 조사법` (quadratic probing) is the way that
    works by the `이차` the gap `[이차 함수]` asks, and `AOP는 프록시 기반` the one working by
    a `[프록시 객체]`; the title answers the gap, leaving only its kind to fill in."""
    at = shown.find(word)
    while at >= 0:
        if (at == 0 or not shown[at - 1].isalnum()) and _WAY_AFTER.match(shown, at + len(word)):
            return True
        at = shown.find(word, at + 1)
    return False


def _printed_unspaced(phrase: str, shown: str) -> bool:
    """Whether the context line prints the phrase with its words run together or apart:
    `FrontController` under `Front Controller의 등장`, `AVL트리` under `AVL 트리와 비교`."""
    squeezed = phrase.replace(" ", "")
    if len(squeezed) < 4 or squeezed[:2] not in shown or " " not in phrase + shown:
        return False  # most phrases: their first letters are not in the context line at all
    return printed(squeezed, shown.replace(" ", ""))


_PARTICLES = frozenset("을를은는이가의에와과도")


def _stem(word: str) -> str:
    """`원소를` as the context line prints it, `원소`: without the particle a word of two
    syllables or more takes in a sentence (`머리 원소를 제대로 추적` under `머리 원소 추적`),
    nor the plural's `들` before it (`헤더들을 압축` under `헤더 압축`)."""
    if word[-1:] in _PARTICLES and _after_two_syllables(word):
        word = word[:-1]
    if word[-1:] == "들" and _after_two_syllables(word):
        return word[:-1]
    return word


def _after_two_syllables(word: str) -> bool:
    """Whether the word's last letter follows two Hangul syllables: the stem of two or more
    that `_stem` keeps when it drops the letter."""
    return len(word) > 2 and "가" <= word[-2] <= "힣" and "가" <= word[-3] <= "힣"


_ROOT_WORD = lazy(r"[a-z]+|[가-힣]+")
_KOREAN_SUFFIXES = (
    "적으로", "적인", "적", "성", "화", "하다", "한다", "하는", "한", "하게", "히", "함", "되다",
    "된다", "되는", "된", "됨",
)  # fmt: skip
"""`개방적`, `일관성`, `암호화`, `분산된`: a noun of two syllables or more made an adjective,
a quality, a process or a verb; the noun is the word to recall."""
_PLURALS = (("sses", 2), ("xes", 2), ("zes", 2), ("shes", 2), ("ies", 3), ("s", 1))
_ENGLISH_SUFFIXES = (
    ("ional", 2), ("ical", 2), ("ion", 3), ("ing", 3), ("ed", 2), ("ity", 3), ("ness", 4),
    ("ment", 4), ("ly", 2),
)  # fmt: skip
"""An ending and how many of its letters go: `functional` → `function` → `funct`."""
_ENGLISH_ENDS = tuple(end for end, _ in _ENGLISH_SUFFIXES)
_VOWEL = lazy("[aeiouy]")
_SILENT_E = lazy("[^aeiouy][aeiouy][^aeiouwxy](?:ing|ed)$")
"""`paging`, `typed`, `coding`: a word of three letters, its silent `e` dropped before the
ending (consonant, vowel, consonant); `adding` and `seeing` keep theirs."""
_DOUBLED = lazy(r"([^aeiouyflsz])\1$")
"""`cutt` of `cutting`, `shipp` of `shipped`: the last consonant doubled before `-ing` or `-ed`
(not `ll`, `ss`, `ff`, `zz`, which end words of their own: `call`, `pass`)."""


def _root(word: str) -> str:
    """A casefolded word without the endings that make it another form of the same word:
    `개방적` → `개방`, `replicated` and `replication` → `replicat`, `queues` → `queu`, `Mutexes`
    → `mutex`, `cuts` and `cutting` → `cut`; `https` and `class` stay as they are. A word of
    one script's letters."""
    if "가" <= word[-1:] <= "힣":
        if word.endswith(_KOREAN_SUFFIXES):  # most words: a noun as it is
            for suffix in _KOREAN_SUFFIXES:
                if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                    return word[: -len(suffix)]
        return word
    root = word
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):  # `class`, `status`
        end, cut = next(plural for plural in _PLURALS if word.endswith(plural[0]))
        root = word[:-cut] + ("y" if end == "ies" else "")
    for _ in range(2):  # `functional` → `function` → `funct`
        if not root.endswith(_ENGLISH_ENDS):
            break  # most words
        cut = next(cut for end, cut in _ENGLISH_SUFFIXES if root.endswith(end))
        if len(root) - cut == 3 and root.endswith(("ing", "ed")) and _SILENT_E.match(root):
            return root[:3] + "e"  # `paging` → `page`, `typed` → `type`: the `e` it lost
        if len(root) - cut < 4 or not _VOWEL.search(root, 0, len(root) - cut):
            break  # `https`, `apis`: an acronym's letters, or too short to tell an ending
        verb = root.endswith(("ing", "ed"))
        root = root[:-cut]
        if verb and _DOUBLED.search(root):
            return root[:-1]  # `cutting` → `cut`, `shipped` → `ship`
        if verb and root.endswith("i"):
            return root[:-1] + "y"  # `denied` → `deny`, `applied` → `apply`
    if len(root) < (4 if root == word else 3) or not _VOWEL.search(root):
        return word  # a root of three letters only of a plural: `cuts` → `cut`, `keys` → `key`
    return root.removesuffix("e") if len(root) > 4 else root


@lru_cache(maxsize=1024)  # one context line is asked for each gap of each line under it
def _roots(shown: str) -> frozenset[str]:
    return frozenset(_root(_stem(word)) for word in _ROOT_WORD.findall(shown))


def echoed(word: str, shown: str) -> bool:
    """Whether the context line (`shown`, casefolded) prints the word (casefolded) in another
    form of it: `개방적` under `개방-폐쇄 원칙`, `Mutex` under `Mutexes, Semaphores`. Only a
    word of one script's letters is looked for: `FUTEX_WAIT` is not (`option/right` is, a
    word at a time: `alternatives`)."""
    word = _stem(word)
    # A root is the start of its word, two syllables or four letters at least, and the
    # start of a word of the context line: most words' first letters are not there at all.
    if word[: 2 if word[:1] >= "가" else 3] not in shown or _ROOT_WORD.fullmatch(word) is None:
        return False
    return _root(word) in _roots(shown)


def printed(phrase: str, text: str, particles: bool = True) -> bool:
    """Whether the phrase stands in the text as a word of its own, both casefolded: `red`
    in `red-black 트리`, `빅엔디언` in `빅엔디언과 리틀엔디언` (a Korean particle may follow,
    unless `particles` is off: then `불변` is not in `불변성`), but not `엔디언` in `빅엔디언`
    nor `red` in `reduce`."""
    start = text.find(phrase) if phrase else -1
    while start >= 0:
        end = start + len(phrase)
        after = text[end] if end < len(text) else ""
        if (start == 0 or not text[start - 1].isalnum()) and (
            not after or not (after.isalnum() and (after.isascii() or not particles))
        ):
            return True
        start = text.find(phrase, start + 1)
    return False


_ALTERNATIVES = lazy(r"/|↔|<->|\s(?:vs\.?|versus)\s", re.IGNORECASE)
"""`Eager Loading / Lazy Loading`, `Vertical vs horizontal scaling`: a heading naming things
to choose between; a gap naming one of them asks which, and the heading does not answer."""
_GLOSSED_GAP = lazy(r"(?P<term>.*\w\w)\s?(?:\((?P<gloss>[^()]*[^\W\d_][^()]*)\)|/\s(?P<other>.+))")
"""`인증 기관(CA)`, `MVCC (Multi-Version Concurrency Control)`, `Partitioning / sharding`: a
term and its gloss or another name of it, hidden together."""


@lru_cache(maxsize=256)  # one context is asked for each gap of each line under it
def _context_names(context: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """What the context line names, for `named_by_context`: its headings that name no
    choice, casefolded (` › ` between them), and the phrases of all of them a short word may
    shorten (`Virtual nodes`), the asides' pieces too."""
    segments = [segment for segment in context if not _ALTERNATIVES.search(segment)]
    pieces: list[str] = []
    for segment in segments:
        pieces.append(_PARENTHESES.sub(" ", segment).strip(" ?:!."))
        pieces += (aside[1:-1] for aside in _PARENTHESES.findall(segment))
    return " › ".join(segment.casefold() for segment in segments), tuple(pieces)


def named_by_context(phrase: str, context: tuple[str, ...]) -> bool:
    """Whether the context line names the gap (`phrase`, casefolded) in a way the whole-gap
    check misses: one half of a gap hidden with its gloss or another name (`인증 기관(CA)`
    under `인증서와 CA`, `partitioning / sharding` under `Sharding`), or a word shortening one
    of its phrases (`vnodes`, `VNs` under `Virtual nodes`): the student reads the answer. A
    heading naming things to choose between (`A vs B`, `A / B`) is left out: a gap naming
    one of them asks which. The heading's name with a word before it (`루트 CA` under
    `인증서와 CA`, `stale term` under `Terms`) stays a gap: that word is what is asked."""
    # The gap's own shape first: most gaps are neither glossed nor one Latin word, and the
    # context's names (a miss of their cache for nearly every line) are then not read.
    if "(" in phrase or "/ " in phrase:
        glossed_gap = _GLOSSED_GAP.fullmatch(phrase)
        if glossed_gap is None:
            return False
        shown = _context_names(context)[0]
        return any(
            half is not None and printed(half.strip(), shown)
            for half in glossed_gap.group("term", "gloss", "other")
        )
    return (
        " " not in phrase
        and _ABBREVIATION.fullmatch(phrase) is not None
        and any(_shortens(phrase, piece) for piece in _context_names(context)[1])
    )
