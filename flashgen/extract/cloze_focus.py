"""A cloze of several gaps whose other words, every gap hidden, say too little: only its
last gap is asked.

`**n개의 정점**을 **n-1개의 간선**으로 연결한다.` leaves `[…]을 […]으로 연결한다.`, a frame any
two things fit. Its gaps cue each other: the first is what the sentence speaks of, the last
what it says of it (in Korean and English alike the words nearest the end carry the point).
So the first is shown, in bold as written, and the last is the one gap:
`**n개의 정점**을 {{c1::n-1개의 간선}}으로 연결한다.`

So is a topic in bold that opens a sentence saying what it does with two facts or more in
bold after it (`**컴파일러**는 **호출할 함수**를 **정적 타입**으로 고른다`): the facts are
what to recall and the topic their cue, shown; hidden, it asks a name every fact on the card
points to. With one fact (`**해시 테이블**은 … **인덱스** 자리에 값을 저장한다`) the two
gaps ask each other, and a sentence saying what its topic is (`**덱**은 … **양방향 큐**다`)
asks the term too, from what defines it.

Gaps that differ in one word (`**작은 값**부터 **큰 값**의 순서로`) are a pair the
sentence sets side by side: either, shown, gives the other away. They are one gap number,
hidden together, and the card asks the pair in its order.
"""

from __future__ import annotations

import re
from collections import Counter

from flashgen.patterns import lazy
from flashgen.text import NO_FINAL, final_consonant

MIN_FRAME_WORDS = 3
"""Words a sentence shows with every gap hidden, fewer than which it is no question (the
particles after a gap, which change with the word in it, and little words aside)."""

GAP = lazy(r"\{\{c\d+::(.*?)\}\}")
"""A gap of a cloze, its words in group 1."""
NUMBERED_GAP = lazy(r"\{\{c(\d+)::(.*?)\}\}")
"""A gap of a cloze, its number in group 1 and its words in group 2."""
_PARTICLE = lazy(
    r"^\s*(?:이나|으로|에서|에게|이며|이고|이다|이|가|은|는|을|를|와|과|로|의|에|도|만|나)(?![가-힣])"
)
"""A particle right after a gap: the gap's own ending, no word of the frame."""
_ASIDE = lazy(r"\*\*|__|`[^`]*`|\([^)]*\)|<[^>]+>")
_WORD = lazy(r"\w{2,}")
_LITTLE = frozenset((
    "and", "or", "the", "of", "to", "in", "on", "at", "by", "for", "with", "as", "is", "are",
    "be", "an", "its", "및", "또는", "그리고",
))  # fmt: skip
"""Words that join or point but say nothing: `[…] and […]`, `[…] 및 […]`."""


def asked_at_its_point(question: str) -> str:
    """The cloze with only its last gap hidden (`{{c1::…}}`), the others in bold, when every
    gap hidden leaves fewer than `MIN_FRAME_WORDS` words; else the cloze as it is."""
    if "{{c2::" not in question:
        return question  # nearly every cloze: one gap, or one phrase hidden wherever it stands
    if _frame_words(question) >= MIN_FRAME_WORDS:
        return question
    return only_gap(question, -1)


def frames_a_run(question: str) -> bool:
    """Whether a cloze can ask a run of items hidden together: it shows `MIN_FRAME_WORDS`
    words or more with every gap hidden, or names before the run what its items are
    (`Server states: […], […], […].`, `key must be […], […], and […]`). A run that opens
    the sentence with little after it (`[…] and […] stay cheap.`) asks nothing."""
    if _frame_words(question) >= MIN_FRAME_WORDS:
        return True
    opening = _ASIDE.sub(" ", question.partition("{{c")[0])
    return any(word.casefold() not in _LITTLE for word in _WORD.findall(opening))


def _frame_words(question: str) -> int:
    """How many words a cloze shows with every gap hidden, the particles after its gaps and
    little words (`_LITTLE`) aside."""
    texts = GAP.split(question)[0::2]  # text, gap, text, gap, …, text: the texts
    frame = " ".join([texts[0], *(_PARTICLE.sub(" ", text) for text in texts[1:])])
    words = _WORD.findall(_ASIDE.sub(" ", frame))
    return sum(word.casefold() not in _LITTLE for word in words)


_HANGUL_WORD = lazy(r"[가-힣]+")
_HANGUL_ONLY = lazy(r"[가-힣]{3,}")
"""A word of Hangul alone, long enough to hold a shared head of two syllables and more."""
MIN_SHARED_SYLLABLES = 2
MIN_TOGETHER_FRAME_WORDS = 4
"""Words a sentence must show, every gap hidden, to ask a pair of gaps together: fewer
(`[…]에 […]을 나누어 두는 구성`) leave the pair too open, and each gap stays its own."""


def asked_together(question: str) -> str:
    """The cloze with each pair of gaps that differ in one word (`_parallel`) under one
    number, the numbers counted again in order; else the cloze as it is."""
    if "{{c2::" not in question:
        return question  # nearly every cloze: one gap number
    numbers: dict[str, str] = {}  # each gap number to the number it is asked under
    words: dict[str, str] = {}  # each gap number to its first gap's words
    gaps = NUMBERED_GAP.findall(question)
    counts = Counter(number for number, _ in gaps)
    for number, text in gaps:
        if number in words:
            continue
        words[number] = text
        # A gap hidden twice stays its own: a sentence that names a pair twice, each way round
        # (`A를 B로 … B를 A로`), would fit it in either order.
        paired = next(
            (
                other
                for other, its in words.items()
                if other != number and counts[other] == counts[number] == 1 and _parallel(its, text)
            ),
            None,
        )
        numbers[number] = numbers[paired] if paired is not None else number
    if all(number == asked for number, asked in numbers.items()):
        return question
    if _frame_words(question) < MIN_TOGETHER_FRAME_WORDS:
        return question  # `[…]에 […]을 나누어 두는 구성`: too little to ask a pair by
    counted: dict[str, int] = {}
    for asked in numbers.values():
        counted.setdefault(asked, len(counted) + 1)

    def renumbered(match: re.Match[str]) -> str:
        return f"{{{{c{counted[numbers[match[1]]]}::{match[2]}}}}}"

    return NUMBERED_GAP.sub(renumbered, question)


def _parallel(one: str, other: str) -> bool:
    """Whether two gaps differ in one word only, put in place of another or added (`작은 값`
    and `큰 값`, `마지막 원소` and `마지막 빈 원소`), and share a word that says something (a
    Hangul word, or two letters or more, not `the`); or, written as one Hangul word each,
    share a head of two syllables or more (`논리주소` and `물리주소`)."""
    first, second = one.split(), other.split()
    if len(first) > len(second):
        first, second = second, first
    if len(first) == 1 == len(second):
        return _shared_head(first[0], second[0]) or _opposite(first[0], second[0])
    if len(first) < 2 or len(second) - len(first) > 1:
        return False
    if len(first) == len(second):
        differing = [at for at, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
        if len(differing) != 1:
            return False
        shared = first[: differing[0]] + first[differing[0] + 1 :]
    else:  # one word added somewhere in the longer
        pairs = enumerate(zip(first, second[: len(first)], strict=True))
        at = next((at for at, (a, b) in pairs if a != b), len(first))
        if first[at:] != second[at + 1 :]:
            return False
        shared = first
    return any(
        (len(word) >= 2 or _HANGUL_WORD.fullmatch(word)) and word.casefold() not in _LITTLE
        for word in shared
    )


_OPPOSITES = {
    frozenset(pair)
    for pair in (
        ("least", "most"), ("less", "more"), ("fewer", "more"), ("min", "max"),
        ("minimum", "maximum"), ("lowest", "highest"), ("low", "high"), ("smallest", "largest"),
        ("first", "last"), ("oldest", "newest"), ("earliest", "latest"), ("최소", "최대"),
        ("최솟값", "최댓값"), ("최소값", "최대값"), ("처음", "마지막"), ("상위", "하위"),
    )
}  # fmt: skip
"""`from **least** to **most** frequently changing`: the ends of a range, each of which,
shown, names the other."""


def _opposite(one: str, other: str) -> bool:
    """Whether two words are the two ends of a range (`_OPPOSITES`), in either case."""
    return frozenset((one.casefold(), other.casefold())) in _OPPOSITES


def _shared_head(one: str, other: str) -> bool:
    """`논리주소` and `물리주소`: Hangul words whose last two syllables or more are the same,
    and which are not the same word."""
    if one == other or not (_HANGUL_ONLY.fullmatch(one) and _HANGUL_ONLY.fullmatch(other)):
        return False
    shared = 0
    for a, b in zip(reversed(one), reversed(other), strict=False):  # the shorter's length
        if a != b:
            break
        shared += 1
    return shared >= MIN_SHARED_SYLLABLES


_TOPIC_GAP = lazy(r"\{\{c1::([^{}]*)\}\}(?:은|는)\s")
"""A gap opening the sentence as its topic (`[…]는 …`), asked under the first number."""
_LAST_WORD_END = lazy(r"(\}\}|[가-힣])(?:다|에요|예요|입니다)\W*$")
"""The letter before a sentence's closing `다` (or the gap it follows)."""


def _says_what_it_is(question: str) -> bool:
    """Whether a sentence ends on what its subject is: `… [양방향 큐]다.`, `… 도구다.`, `…
    원칙이다.` (a syllable with no final consonant before `다`, as after a noun), not on what
    it does (`… 판단하지 않는다.`, `… 얻을 수 있다.`); an adjective so ending (`빠르다`) is
    read as one too, which keeps the gap."""
    end = _LAST_WORD_END.search(question)
    return end is not None and (end[1] == "}}" or final_consonant(end[1]) == NO_FINAL)


def asked_of_its_topic(question: str) -> str:
    """The cloze with its opening topic (`_TOPIC_GAP`) shown in bold and the other gaps
    counted again from one, when the topic is a gap of its own, two gap numbers or more
    follow and the sentence says what the topic does, not what it is; else the cloze as it
    is."""
    if "{{c3::" not in question or not question.startswith("{{c1::"):
        return question  # nearly every cloze: fewer gap numbers, or no gap opening it
    topic = _TOPIC_GAP.match(question)
    if topic is None or question.count("{{c1::") > 1 or _says_what_it_is(question):
        return question

    def renumbered(match: re.Match[str]) -> str:
        return f"{{{{c{int(match[1]) - 1}::{match[2]}}}}}"

    rest = NUMBERED_GAP.sub(renumbered, question[topic.end(1) + 2 :])
    return f"**{topic[1]}**{rest}"


def only_gap(cloze: str, kept: int) -> str:
    """The cloze with only its gap at `kept` (counted from the first, or from the last when
    negative) hidden, as `{{c1::…}}`; the others shown in bold, as written, unless they are
    its words again."""
    words = GAP.findall(cloze)[kept]

    def gap(match: re.Match[str]) -> str:
        return f"{{{{c1::{words}}}}}" if match[1] == words else f"**{match[1]}**"

    return GAP.sub(gap, cloze)
