"""Whether a sentence can cue a gap: one that stands alone, states something of the subject
its card names, and leaves enough of itself to read.

A sentence that leans on the one before it (`그 방법은 …`, `It …`) or breaks off (`…이고,`)
is no cue; nor is a fragment with no predicate (a topic in a syllabus list, `128-byte memory
with 16-byte frames`), an analogy or illustration (`예를 들어 …`, `Imagine …`), a signpost
(`…을 알아보자`) nor a sentence about a picture or a worked example the card does not show.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache

from flashgen.extract.cloze_focus import NUMBERED_GAP
from flashgen.extract.place import plain
from flashgen.extract.skip import asks
from flashgen.patterns import lazy
from flashgen.text import CODE_SPAN, DASH_OR_ARROW, EMOJI, HANGUL, STRONG

_SENTENCE_END = lazy(r"(?<=[.!?。])(\*\*|__)?\s+(?=\S)|\n")
"""A full stop and the spaces after it, or after the bold that closes on it (`**…했다.** 이를
…`): the next sentence starts there."""
_ABBREVIATED = lazy(
    r"(?:(?<![A-Za-z])[A-Za-z]\.){2,}$|(?<![A-Za-z])(?:vs|cf|approx|etc|esp|incl|resp|viz)\.$",
    re.IGNORECASE,
)
"""`w.r.t.`, `e.g.`, `vs.`: a stop that shortens a word, not one that ends the sentence; the
card would stop at `…gradient of the loss w.r.t.`. After `etc.` a capital starts a sentence."""
_UNFINISHED = lazy(
    r"([,;]|이고|하고|되고|이며|하며|되며|으며|지만|는데|으나|(?<=[가-힣])(을|를|으로)|"
    r"(?<=[가-힣])(?<![측표단화정전방국평외양후장직당곡])면)\s*$"
)
"""`…이고,`, `…하며`, `…트랜잭션을`, `…하는 식으로`, `…남는다면`: the sentence goes on (on
the next line of the paragraph, or nowhere); no Korean sentence ends in its object, in an
adverb of means or in a condition. (`측면`, `화면` and the like are nouns.)"""
_UNFINISHED_LAST = frozenset(",;고며만데나을를로면")
"""The characters `_UNFINISHED` can match last, before spaces."""
_DEMONSTRATIVES = r"이런|이러한|그러한|그런(?!데)|이렇게|그렇게|이처럼"
"""`이런`, `그렇게`, `이처럼`: words pointing at what was said before (`그런데`, but, does not)."""
_POINTS_BACK = lazy(
    r"^(otherwise|그렇지\s?않으면|그렇지\s?않은\s?경우)(?![\w가-힣])|(?-i:^where\s)|"
    r"^((그래서|따라서|그러므로|그리고|또한|하지만|그러나|다만|결국|so|therefore|thus|and|but|"
    r"however),?\s+|\w+,\s+|[^\s:：]{1,12}\s?[:：]\s+)?((이|그|저)\s(?!외)|"
    r"(이것|그것|이는|이를|이때|그때|그다음|그후|그뒤|"
    rf"{_DEMONSTRATIVES}|이와|그와|위와|이럴|그럴|그러면|그럼|여기서|여기에|위에서|위의|아래|앞서|"
    r"앞의|이번에는|지난|현재(?=\s)|무엇보다(?!도?\s*중요)|각각(?:에서|은|는|이|도)?(?=[\s,]))|"
    r"(this|that|these|those|it|its|they|such|here|above all)\b)",
    re.IGNORECASE,
)
"""`그 방법은 …`, `이 때 …`, `그래서 이럴 경우에는 …`, `It …`, `Instead, these
…`, `Otherwise (…) they are …`, `그렇지 않으면 …`, `그다음은 …`: a sentence that points back at
the one before it (after a joint or any one word and a comma), or names what the equation
before it writes (`where $D_t$ = nominal primary deficit.`), cannot be read alone, so it cannot
cue its gap; nor can one that gives the best reason for a claim made before it (`무엇보다
…`; `무엇보다 중요한 것은 …` names its own), nor one that tells how things stand now in
what was just set out (`현재 큐의 …는 3번 칸을 가리킨다`; `현재는 …`, nowadays, reads
alone), nor one that goes on with each of the things just named (`각각에서 …`; `각각의
프로세스는 …` names them). A label before it (`한계: 이 방식은 …`) names an aspect, not
what it points at."""
_LIKE_BEFORE = lazy(
    r"(?<![잡속정온밀빈강각용제한농척진])도\s*(?:비슷|마찬가지|동일|똑같|같)\S{0,6}\W*$|"
    r"^마찬가지로(?![가-힣])|(?<![가-힣])또\s?다른\s?(?:예(?![외약])|사례)|"
    r"(?<![가-힣])(?:기존|앞|이전|전자|후자)[과와]\s*(?:마찬가지로|같이|비슷하게|동일하게|똑같이)"
    r"(?![가-힣])|"
    r"^(?:같은|동일한|똑같은)\s?[^\s,]+?(?:으로|로)\s|"
    r"(?i:^(?:similarly|likewise)\b|\bthe same (?:is true|goes|applies|holds)\b|\bas before\b|"
    r"^(?:with|using) the same\b)",
)
"""`**자바**에서 … 구현하는 방법도 비슷하다.`, `기존과 마찬가지로 …`, `Similarly, …`: a sentence
that says its subject is like what came before, without naming it; alone, it says nothing. So
does one that gives `또 다른 예` (another example) of what the sentence before told, and one
that opens by redoing it with the same thing (`같은 입력으로 …하면 …`, `With the same input,
…`): the same as what, the card does not show.
One that names both sides (`TCP와 마찬가지로 UDP도 …`) reads alone."""


def _may_liken(words: str) -> bool:
    """What `_LIKE_BEFORE` cannot match without, looked for first: most sentences hold none."""
    return (
        "같" in words
        or "비슷" in words
        or "마찬가지" in words
        or "동일" in words
        or "imilar" in words
        or "ikewise" in words
        or "same" in words
        or "before" in words
        or "다른" in words
    )


_POINTER_LAST = ("that", "this", "these", "those")
_POINTS_BACK_AT_END = lazy(r"(?<![\w'-])(?:that|this|these|those)\W*$", re.IGNORECASE)
"""`An explicit Allow somewhere can override that.`: a sentence whose last word points at
what the sentence before said; alone, it says what is done to something it does not name."""
_POINTS_BACK_BEFORE_ARROW = lazy(
    r"(?<![\w'-])(?:ignores?|does|means?|explains?|causes?|is|fixes|avoids?)\s+"
    r"(?:that|this|these|those|it)\s*(?:→|->|=>)",
    re.IGNORECASE,
)
"""`A fixed basket ignores that → **substitution bias**`: what the sentence before said, acted on
and named after an arrow; alone, the cue names nothing."""


_CONTRAST = lazy(r"^(반면에?|반대로|conversely|in contrast|on the other hand)(?!\w)", re.I)
_CONDITION = lazy(r"[가-힣]면[,\s]|(?i:\b(if|when)\b)")
"""`반면, 블로킹은 …이다`: a sentence that sets its subject against the one before says of it
only what differs, half a statement without the other side. One that sets out its own case
(`반면, 가장 적은 단위에 lock을 걸면 …`) reads alone."""


@cache  # compiled when first needed: its Hangul ranges, ignoring case, take milliseconds
def _points_out() -> re.Pattern[str]:
    """`이 예시에서 …`, `해당 예시에서 …`, `위 그림처럼 …`, `표에서 보듯이 …`, `다음과 같은 장점`,
    `트랜잭션1은 …`, `손님2` (an actor of a worked example): a sentence about something the
    card does not show. (`맨 위의 값` is the top of a stack, not a text above.)"""
    return re.compile(
        r"(?<![가-힣])((이|위|아래|다음|앞|현재|해당)\s*(의\s*)?(예시|예제|그림|사진|도표|이미지)|"
        r"(위|아래|다음|앞)\s*(의\s*)?(코드|표|흐름|과정|예(?=에서|를|처럼|와|\s|$))|(?<!맨\s)위의\s|"
        r"(다음|아래)[과와]\s*같은|표(에서|를\s*보면|와\s*같이|처럼|에\s*(나와|나온|보이|정리)))|"
        r"[가-힣]{2,}[12](?![\d.,])|"
        r"\b(this|the above|above|following|previous) "
        r"(example|figure|diagram|picture|code|table)\b|"
        r"\b(in|from) the table\b|\b(table|figure|diagram|example) below\b|"
        r"\b(shown|mentioned|described|listed) above\b",
        re.IGNORECASE,
    )


_PLACEHOLDER = lazy(
    r"[A-BD-NP-QS-Z](?=\s?((의|는|은|가|를|을|와|과|에게|에서|에|로|보다|도|만)(?![가-힣])|"
    r"(클래스|객체|인스턴스|테이블|노드|트랜잭션|프로세스|스레드|쓰레드)))"
)
"""`A의 크기는 …`, `B 클래스의 …`: a name one letter long stands for a thing of an example (a
class of the code above, a table, a process) the card does not show. (`C`, `R` and `O` name
languages and Big O.) A capital first, so that the pattern skips ahead to one."""


_NUMBERED_ACTOR = lazy(r"(?<![\w.])(?:P\d|T[0-46-9])(?=\s*[~,)]|[가-힣])")
"""`P0~P2는 프로세스, …`, `Transaction_1(T1)에서 …`, `T1가 …`: a process or transaction of a worked
example, named by its letter and number, as `트랜잭션1` is (`T5` names a model)."""


def _names_a_placeholder(words: str) -> bool:
    """Whether a `_PLACEHOLDER` stands as a word of its own (not `DB가`, `O(N)`, `B-트리`)."""
    for match in _PLACEHOLDER.finditer(words):
        before = words[match.start() - 1 : match.start()]
        if not before or not (before.isalnum() or before in "._-/(+#'"):
            return True
    return False


_NUMBERED = lazy(r"(그림|표|[Ff]ig\.|[Ff]igure|[Tt]able)\s?\d")
_NUMBERED_NEEDS = lazy(r"그림|표|ig|able")
"""`[그림 5-2]에 나와 있는 …`, `Figure 3 shows …`: a numbered picture or table the card does not
show."""
_POINTS_OUT_NEEDS = lazy(
    r"예|그림|사진|표|이미지|코드|흐름|과정|위의|같은|example|figure|diagram|picture|code|table|above"
)
"""With the digits `1` and `2` (an actor's number), what `_points_out` cannot match without;
the digits are looked for apart, as a class among the words keeps the pattern from
skipping ahead to where a word could start."""
_FIRST_PERSON = lazy(
    r"(?<![\w'/])(I|I'm|I've|I'd|[Mm]y|me)(?![\w'/])|(?<![가-힣])(나는|내가|제가|저는|필자는|필자가|개인적으로)(?![가-힣])"
)
"""`I practiced with around 350 problems`, `One of my managers …`: the writer's own story,
not a fact of the subject."""
_FIRST_PERSON_NEEDS = lazy(r"I|my|My|me|나는|내가|제가|저는|필자|개인적")
_EXAMPLE_HEADING = lazy(
    r"^[\W\d_]*((예시|예제|시나리오|(?i:example|scenario))(?![가-힣]|(?i:[a-z]))|"
    r"(예|상황|(?i:ex|e\.g|eg))\s*\d*\s*([-:.)\]]|$))",
)
"""`예시`, `상황 1 - 뮤텍스`, `Example`, `ex) 주문 내역`: a section that walks through an example or
a story, whose sentences tell of its actors (`직원은 가게 문을 lock 잠근다`), not of what to
recall."""
_MAY_END = lazy(r"[.!?。\n]")
TERM = lazy(rf"^(?P<term>.{{1,60}}?)(\s*[:：]|\s+({DASH_OR_ARROW}))\s")
"""The term of a `term: definition` line, which is the front of a card of its own."""
_TERM_NEEDS = lazy(r"[:：\-–—=→⇒]")
"""What `TERM` cannot match without (a colon, or a dash or arrow of `DASH_OR_ARROW`)."""
_LEADING_SYMBOLS = lazy(rf"^(?:\s|{EMOJI.pattern}|[\u2190-\u21ff]|->|=>)+")
"""Emoji and arrows a writer puts before a line (`👉`, `->`): pointers, not words to read."""

_KOREAN_PREDICATE = lazy(
    r"(다|요|죠|함|됨|음|임|짐|킴|냄|줌|봄|씀|움|옴|듦|앎|것|가능|필요|불가|존재|발생|제공|지원|"
    r"사용|수행|보장|저장|처리|결정|전달|지정|생성|반환|포함|유지|증가|감소|저하|향상|해결|방지)$"
)
"""`…한다`, `…이다`, `…함`, `…됨`, `…하는 것`, `발생 가능`, `영역 존재`: how a Korean sentence or
note-style clause ends; a line ending in a bare noun (`해시 충돌과 **체이닝**`) is a topic."""
_KOREAN_CLAUSE = lazy(
    r"[가-힣](는|은|한|된|할|될|던|인|진|낸|킨|른|운|온)\s+(\S+\s+){0,2}\S+$|"
    r"\w(을|를|에서|으로|로|에게)\s+\S"
)
"""`…를 저장하는 비휘발성 메모리`, `…할당받는 작업의 단위`: a noun its clause defines, the way
notes define the subject their heading names; `변수의 값을 상수로 지정`: a verbal noun with its
object, the way notes write a clause."""
_ASIDE = lazy(r"\([^)]*\)|\[[^\]]*\]\([^)]*\)|\[[^\]]*\]")
"""Asides, footnote marks and links after the sentence's last word."""
_ENGLISH_VERB = lazy(
    r"\b(is|are|was|were|be|been|has|have|had|does|do|did|can(not)?|could|will|would|shall|"
    r"should|must|may|might|isn't|aren't|doesn't|don't|can't|won't|so|that|which|who|when|"
    r"because|unless|while|whereas)\b",
    re.IGNORECASE,
)
"""A finite verb English needs to state something; without one (or a full stop) a line is a
topic in a list (`Why classic metrics fail; **hallucination** & calibration`). A word that
opens a clause (`so`, `that`, `when`) brings a verb with it."""
_VERB_FIRST = lazy(r"[a-z]{2,}(?<!s)s\s+\S+\s+\S")
"""`keeps the function body short`: a note's clause whose subject is its heading, opened by
a verb (lower case, unlike a topic's first noun; `ss` ends a noun, `class`)."""


@cache  # as `_points_out`
def _illustration() -> re.Pattern[str]:
    """`예를 들어 …`, `비유하자면 …`, `Imagine …`: an analogy or a worked example tells of its
    own actors (`식당`, `손님`), not of the subject. So does a sentence that sets up a case
    to suppose (`편의점에서 우유 가격을 2000원이라고 생각해보자.`, `…이 있다고 가정하자.`): what
    it says holds only in the story it starts."""
    return re.compile(
        r"(?<![가-힣])(예를\s*(들어|들면)|예컨대|비유하(면|자면)|비유하자면|가령)(?![가-힣])|"
        r"(생각|상상|가정)해\s*(보자|봅시다|보세요)|가정하자|[라다]고\s*(하자|치자)(?![가-힣])|"
        r"\b(for (example|instance)|e\.g\.|imagine|suppose|let's say|say you|think of)\b",
        re.IGNORECASE,
    )


_ILLUSTRATION_NEEDS = lazy(
    r"예|비유|가령|생각해|상상해|가정|고\s*하자|치자|for|e\.g\.|imagine|suppose|say|think"
)
_EXAMPLE_OPENER = lazy(r"^[(\[]?\s*(?:예시?|ex|eg|e\.g)\s*\d*\s*[):.]", re.IGNORECASE)
_EXAMPLE_FIRST = frozenset("([예Ee")


def sets_out_an_example(sentence: str) -> bool:
    """Whether a sentence opens as an example (`예) 16KB 크기의 page와 …`, `예: …`, `ex) …`,
    `e.g. …`): its numbers are the example's, picked by the writer or worked out from them,
    nothing to recall of the subject."""
    return sentence[:1] in _EXAMPLE_FIRST and _EXAMPLE_OPENER.match(sentence) is not None


_RESTATES = lazy(
    r"^(?:(즉|다시 말해(서)?|다시 말하면|요컨대|i\.e\.|in other words)\b[,\s]"
    r"|(?:meaning|that is|that means|뜻)\s*:)",
    re.I,
)
"""`즉, …`, `In other words, …`, `Meaning: …`: a restatement of the sentence or formula before
it, often an analogy."""
_CONCLUDES = lazy(
    r"^(따라서|그러므로|그렇기\s?때문에|그렇기에|그래서|결국|결과적으로|결론적으로|정리하(면|자면)|"
    r"결론부터\s?말하(면|자면)|"
    r"요약하(면|자면)|종합하(면|자면)|therefore|thus|hence|so|"
    r"consequently|accordingly|as a result)(?=[,\s])",
    re.IGNORECASE,
)
"""`따라서 …`, `그렇기 때문에 …`, `Therefore, …`: a conclusion drawn from the sentence before
it, which the card leaves out; what it concludes is half of what the gap stands for. So is a
summing up of the sentences before (`결론적으로 …`, `정리하면 …`), or the bottom line of a
story told around it (`결론부터 말하면 …였음`: of what, the card does not say)."""
_CONCLUDES_FIRST = frozenset("따그결정요종TtHhSsCcAa")
_SIGNPOST = lazy(
    r"((알아|살펴|정리해 ?)(보자|보겠다|보겠습니다|보려고 한다|볼 것이다|봅시다|본다|봅니다)|"
    r"(다음과|아래와) 같(다|습니다)|"
    r"as follows|the following|below)\W*$",
    re.IGNORECASE,
)
"""`…을 알아보자.`, `…과정을 살펴본다.`, `오늘은 **X**를 정리해보려고 한다.`, `…은 다음과 같다.`: a
sentence that announces what follows states nothing to recall; what follows is the answer."""
_REQUEST = lazy(r"(주세요|주십시오|바랍니다|되겠습니다)\W*$")
"""`…참고해주시면 되겠습니다.`, `…해주세요`: the writer asks the reader something; nothing to
recall of the subject."""
_SIGNPOST_NEEDS = lazy(r"보|봅|본|볼|같|follow|below")
"""What each pattern above cannot match without, looked for first in `_folded` text: most
sentences hold none of it, and one scan for a few plain strings is far quicker than trying
a pattern of many branches at every character."""


def _folded(words: str) -> str:
    """The words as a pattern that ignores case sees them: `İ` and `ı` match its `i`, `K`
    its `k` and `ſ` its `s`, so a plain string in lower case is found in this text whenever
    the pattern matches it in the words."""
    return words.replace("İ", "i").replace("ı", "i").casefold()


_VERDICT_ON_BEFORE = lazy(r"^[A-Z][a-z]+ly,? [a-z]+,? (?:since|because|as|but|though|although)\b")
"""`Seemingly costly since every retry resends the batch …`, `Increasingly popular as a …`:
a verdict (an adverb, an adjective, then its reason) on something the line does not name;
the subject is the sentence before it, so alone it cues no gap."""


_CASE_OF_BEFORE = lazy(r"^(?:if|when|once|unless)\s+(?:it|they|this|these)\b", re.IGNORECASE)
"""`If it's uneven, you get **skew**`: a case of what the sentence before named, not this one."""


_AWAITS_MORE = lazy(
    r"(?<![\w'-])(?:with|of|to|by|from|into|than|whose|the|a|an|and|or|is|are|via)$",
    re.IGNORECASE,
)
"""`… is an eigenvalue of $A$ if there is a **nonzero** $v$ with` (then `$$Av = λv$$`):
an English sentence that stops on a word that needs more after it, cut before the formula,
code or list that finishes it; alone it says less than the writer did."""


_CARRIES_ON = lazy(r"^(?:…|\.\.\.)")
"""`…so about **2 years**.`: a sentence opening on an ellipsis carries on the one before it."""
_DOES_WHAT_BEFORE = lazy(
    r"^(?:[A-Za-z]+\s+)?(?:do|does|did|doing|try|use|run|avoid)\s+(?:this|that|it|these|those)\b",
    re.IGNORECASE,
)
"""`Only do this when …`, `Avoid it unless …`: a sentence whose verb acts on what the one
before it set out, which the card does not show."""


_ANSWERS_BEFORE = lazy(r"^(?:reason|why|이유)\s*(?:[:：]|->|=>|→|⇒)", re.IGNORECASE)
"""`Reason: **Mesa semantics** …`, `이유: …`, `이유 -> React 는 훅을 …`: the answer to the
sentence before it, which the card leaves out; alone it cues nothing."""


_CHAT_MARKS = lazy(r";;|ㅋㅋ|ㅎㅎ|ㅠㅠ|ㅜㅜ")
"""`맨날 반대로 씀;; …`, `…안 죽음 ㅋㅋ`: the marks a writer types to sigh or laugh at themselves;
a sentence holding them is the writer's aside, not a fact of the subject."""


def can_cue(words: str) -> bool:
    """Whether the sentence (its words, without Markdown) can be read alone as the cue of a
    gap (see `tells_an_example` for the context it stands under)."""
    if asks(words):
        return False  # a question in the notes asks already; a gap in it asks nothing
    if _unfinished(words, 0, len(words)) or _POINTS_BACK.match(words):
        return False
    if words[-1:].islower() and _AWAITS_MORE.search(words, max(0, len(words) - 8)):
        return False
    if "ly " in words[:16] and _VERDICT_ON_BEFORE.match(words):
        return False
    if words[:1] in "IiWwOoUu" and _CASE_OF_BEFORE.match(words):
        return False
    if words[:1] in "RrWw이" and _ANSWERS_BEFORE.match(words):
        return False
    if words[:1] in "…." and _CARRIES_ON.match(words):
        return False
    if _CHAT_MARKS.search(words):
        return False  # `맨날 반대로 씀;; …`: the writer's aside
    if (" th" in words or " it" in words) and _DOES_WHAT_BEFORE.match(words):
        return False
    if _may_liken(words) and _LIKE_BEFORE.search(words):
        return False
    if words.rstrip(" .!").casefold().endswith(_POINTER_LAST) and _POINTS_BACK_AT_END.search(
        words, max(0, len(words) - 10)
    ):
        return False
    if ("→" in words or "->" in words or "=>" in words) and _POINTS_BACK_BEFORE_ARROW.search(words):
        return False
    contrast = _CONTRAST.match(words) if words[:1] in "반CcIiOo" else None
    if contrast and not _CONDITION.search(words, contrast.end()):
        return False
    folded = _folded(words)
    if _SIGNPOST_NEEDS.search(folded) and _SIGNPOST.search(words):
        return False
    if ("니다" in words or "주세요" in words) and _REQUEST.search(words, max(0, len(words) - 24)):
        return False
    if (
        "1" in folded or "2" in folded or _POINTS_OUT_NEEDS.search(folded)
    ) and _points_out().search(words):
        return False
    if _NUMBERED_NEEDS.search(words) and _points_at_a_number(words):
        return False
    if _names_a_placeholder(words) or _NUMBERED_ACTOR.search(words):
        return False
    if _FIRST_PERSON_NEEDS.search(words) and _FIRST_PERSON.search(words):  # case counts
        return False
    if _ILLUSTRATION_NEEDS.search(folded) and _illustration().search(words):
        return False
    if _RESTATES.match(words):
        return False
    if words[:1] in _CONCLUDES_FIRST and _CONCLUDES.match(words):
        return False
    return _states(words)


_SETS_A_CASE = lazy(
    r"(?<![가-힣])(만약|만일)(?![가-힣])|(?<!그러|이러)(?<=[가-힣])면\s|"
    r"(?i:\b(if|what if|suppose)\b)",
)


def asks_of_a_case(text: str) -> bool:
    """Whether the text ends in a question that sets a case (`두 번째 칼럼으로만 검색하면 어떻게
    될까?`, `What if the leader fails?`): the sentence after it answers for that case, which
    a card of that sentence alone would not show."""
    text = text.rstrip()
    if not text.endswith("?"):
        return False  # nearly every sentence and paragraph
    start = max(text.rfind(mark, 0, len(text) - 1) for mark in ".!\n") + 1
    if _SETS_A_CASE.search(text, start) is not None:
        return True
    question = text[start:-1].split()
    return 0 < len(question) <= MAX_CASE_WORDS and _ASKS_WHAT.search(text, start) is None


MAX_CASE_WORDS = 3
"""A question this short that asks no `what`, `why` or `how` (`KMS-encrypted bucket?`, `인덱스
없으면?`) names a case, and the sentence after it (`You also need … on the key`) answers
for it."""
_ASKS_WHAT = lazy(
    r"(?i:\b(?:what|why|how|when|where|which|who|is|are|does|do|can)\b)|"
    r"무엇|뭐|뭔|뭘|무슨|왜|어떻게|어떤|언제|어디|누가|란\?|이란|인가|일까|할까|될까|는가|나요|까요|데\?"
)


_SPEAKER = lazy(r"^[\W_]*\((?P<name>[가-힣]{2,4}|[A-Z][a-z]{2,9})\)\s?:", re.MULTILINE)
"""`🙋(지호) : 계약서에 서명할게`: a line of a dialogue the notes tell as a story, the
speaker's name in parentheses (`인덱스(색인): …`, a term and its gloss, starts with a word)."""
_STOCK_ACTORS = lazy(
    r"(?<![A-Za-z])(Alice|Bob|Carol|Charlie|Dave|Eve|Mallory|Trudy)(?![a-z])|(?<![가-힣])(철수|영희)"
)
"""The names examples give their people (`Alice signs with her private key`, `철수가 …`)."""
_STOCK_NEEDS = (
    "Alice", "Bob", "Carol", "Charlie", "Dave", "Eve", "Mallory", "Trudy", "철수", "영희",
)  # fmt: skip


def story_actors(text: str) -> frozenset[str]:
    """The speakers of a dialogue the text (a section's Markdown) tells, when it tells one:
    two lines of it at least."""
    if "):" not in text and ") :" not in text:
        return frozenset()  # most sections: no line of a dialogue
    names = [match["name"] for match in _SPEAKER.finditer(text)]
    return frozenset(names) if len(names) > 1 else frozenset()


def names_a_stock_actor(words: str) -> bool:
    """Whether a sentence tells of a person of an example by the name examples give their
    people: it is about the example the card does not show. (Asked of the clozes a section
    makes, far fewer than its sentences.)"""
    may_name = any(map(words.__contains__, _STOCK_NEEDS))  # in C: no generator's frame
    return may_name and _STOCK_ACTORS.search(words) is not None


def tells_an_example(context: tuple[str, ...]) -> bool:
    """Whether a card's `context` (the note, headings and labels it stands under) walks
    through an example, whose sentences cue no gap. The note's own title (`context[0]`)
    names no example section."""
    return any(map(_names_an_example, context[1:]))


@lru_cache(maxsize=4096)  # each heading is asked again for every section and line under it
def _names_an_example(label: str) -> bool:
    return _EXAMPLE_HEADING.match(plain(label)) is not None


def term_of(text: str) -> re.Match[str] | None:
    """`TERM` matched at the start of the text. Most lines hold no colon, dash nor arrow:
    one scan for them spares trying sixty lengths of term."""
    return TERM.match(text) if _TERM_NEEDS.search(text) else None


def sentences(content: str) -> Iterator[str]:
    """The sentences of a paragraph, never cutting through a bold phrase or code (`SELECT
    ... FOR UPDATE`), nor at the end of a line that breaks off (`…이고,`)."""
    # Most lines hold no sentence end: seen with one scan, not by trying the pattern at each.
    ends = list(_SENTENCE_END.finditer(content)) if _MAY_END.search(content) else []
    bold = [match.span() for match in STRONG.finditer(content) if match[3] is None] if ends else []
    bold_starts = [span[0] for span in bold]
    spans_code = ends and "`" in content
    code = [match.span() for match in CODE_SPAN.finditer(content)] if spans_code else []
    code_starts = [span[0] for span in code]
    parens = ends and "(" in content
    start = 0
    for end in ends:
        at = end.end(1) if end[1] else end.start()  # after the bold that closes on the stop
        # The one bold phrase that may hold this end is the last to open before it.
        inside = bisect_left(bold_starts, at) - 1
        if inside >= 0 and at < bold[inside][1]:
            continue
        held = bisect_left(code_starts, at) - 1  # so with code
        if held >= 0 and at < code[held][1]:
            continue
        if end[0] == "\n" and (_unfinished(content, start, at) or _runs_on(content, start, at)):
            continue  # `…이고,` over the next line: one sentence written on two lines
        if content[at - 1 : at] == "." and _abbreviated(content, start, at, end.end()):
            continue  # `…of the loss w.r.t. current predictions`: one sentence
        if content[at - 4 : at] == " ..." and end[0] != "\n":
            continue  # `GRANT ... **TO**`: dots standing for words left out, mid-sentence
        if parens and end[0] != "\n" and _in_an_aside(content, start, at):
            continue  # `후속 연구(Santurkar et al. 2018 …)에서는 …`: the aside goes on
        yield _LEADING_SYMBOLS.sub("", content[start:at]).strip()
        start = end.end()
    yield _LEADING_SYMBOLS.sub("", content[start:]).strip()


def _in_an_aside(text: str, start: int, at: int) -> bool:
    """Whether the stop before `at` stands inside an aside in parentheses opened since
    `start` and closed later on (`… onto the same ring (0 .. 2^32−1).`, `연구(Santurkar et
    al. 2018 …)에서는`): it ends no sentence, and a sentence cut there is half an aside."""
    opened = text.count("(", start, at) - text.count(")", start, at)
    return opened > 0 and text.find(")", at) >= 0  # no copy of the rest of the text


def _abbreviated(text: str, start: int, at: int, after: int) -> bool:
    """Whether the stop before `at` ends an abbreviation (`_ABBREVIATED`) rather than the
    sentence begun at `start`: always after dotted letters or `vs.`; after `etc.` only when
    the words after it (from `after`) go on in lower case."""
    if not ("a" <= text[at - 2 : at - 1].casefold() <= "z"):
        return False  # most stops: after a word's last letter in no Latin script, or a digit
    abbreviation = _ABBREVIATED.search(text, max(start, at - 12), at)
    if abbreviation is None:
        return False
    if abbreviation[0].casefold() != "etc.":
        return True
    return text[after : after + 1].islower() and text[after : after + 1].isascii()


def _unfinished(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` breaks off (`_UNFINISHED`): only its last two characters
    before any spaces can match, so only they are tried."""
    last = len(text[start:end].rstrip()) + start
    if last == start or text[last - 1] not in _UNFINISHED_LAST:
        return False  # most sentences end in a character no ending of `_UNFINISHED` ends in
    return _UNFINISHED.search(text, max(start, last - 2), end) is not None


_RUNS_ON = lazy(r"[A-Za-z0-9,`)*_]\n[ \t]*[a-z]")
"""`…and a heavily loaded` over `shard is a **hot spot**.`: an English line that stops on a
word, and a next line going on in lower case, are one sentence wrapped where the writer's
editor wrapped it; the second line alone is a fragment with no subject."""


def _runs_on(text: str, start: int, at: int) -> bool:
    """Whether the line break at `at` wraps the English sentence begun at `start`
    (`_RUNS_ON`); a line with Hangul in it is no English sentence."""
    if _RUNS_ON.match(text, max(start, at - 1)) is None or HANGUL.search(text, start, at):
        return False
    if text[at - 1] not in "*_":
        return True
    line = text[text.rfind("\n", start, at) + 1 : at].strip()  # `**Note**` alone is a label
    return not (line[:2] in ("**", "__") and line.count(line[:2]) == 2)


_GOES_ON = lazy(r"(?<=[가-힣])(해|어|아|여|워|와|려|져|쳐|켜|하여|되어)서$")
"""`…모두 조회해서`: a clause of means or cause that the next words finish."""


def breaks_off(line: str) -> bool:
    """Whether a list item's line stops mid-sentence (`- 플랜이 없다면 모두 조회해서`,
    `- …이고,`): the next item goes on with the same sentence, so that item alone is a
    fragment whose subject and premise stand in the line above it."""
    words = plain(line).rstrip()
    if words[-1:] == "서":
        return _GOES_ON.search(words, max(0, len(words) - 4)) is not None
    return _unfinished(words, 0, len(words))


def _points_at_a_number(words: str) -> bool:
    """Whether the sentence names a numbered picture or table (`_NUMBERED`) as a word of its
    own: `대표 2명` and `subtable 2` name none."""
    return any(
        not words[match.start() - 1 : match.start()].isalnum()
        for match in _NUMBERED.finditer(words)
    )


def _states(words: str) -> bool:
    """Whether the sentence states something: a Korean one ends in a predicate or defines its
    subject with a clause (`…을 저장하는 메모리`); an English one has a finite verb or ends in a
    full stop."""
    if HANGUL.search(words):
        term = term_of(words)
        if term and "," not in (rest := words[term.end() :]) and ";" not in rest:
            return True  # `RAM : 휘발성 기억 장치` defines its term; `주제: A, B, C` lists topics
        trimmed = _trimmed(words)
        if _ends_a_korean_sentence(trimmed):
            return True
        return _has_asides(words) and _ends_a_korean_sentence(_trimmed(_ASIDE.sub("", words)))
    # `(KV can exceed weights)`: an aside states nothing of the line
    main = _ASIDE.sub("", words) if _has_asides(words) else words
    if main.rstrip().endswith((".", "!")) or _ENGLISH_VERB.search(main):
        return True
    return _VERB_FIRST.match(main) is not None


def _trimmed(text: str) -> str:
    """The text without the spaces, marks and underscores it ends in (all but letters and
    digits: `str.isalnum` is what a pattern's `\\w` matches, bar `_`). Walked back from the
    end, as a pattern for them would be tried at every character of the sentence."""
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1
    return text[:end]


def _has_asides(words: str) -> bool:
    return "(" in words or "[" in words  # what each of `_ASIDE`'s branches opens with


def _ends_a_korean_sentence(text: str) -> bool:
    """A predicate at its end (its last two characters are all `_KOREAN_PREDICATE` can
    match: `text` ends in a word's character), or a clause that defines its subject."""
    return bool(
        _KOREAN_PREDICATE.search(text, max(0, len(text) - 2)) or _KOREAN_CLAUSE.search(text)
    )


_ENDING_ONLY = lazy(
    r"[\W_]*(이다|다|입니다|이에요|예요|이야|임|함|됨|하다|한다|된다|이었다|였다|했다|"
    r"[이가]\s?(된다|됐다|되었다|됨|아니다))?[\W_]*"
)
"""What may follow a gap that takes the sentence's predicate along: `…에 효과적]이다.`,
`…빌드 입력]이 된다.`."""
_SUBJECT = lazy(r"(?<![하되있없않])(은|는|이|가|께서|이란|란)$")
"""A word marked as what the sentence is about (`메모리 풀은`, `쿼리가`); not the `는` and
`은` that make a verb qualify a noun (`사용하는`, `없는`)."""
_WORD_END = lazy(r"[\W_]+$")
_MARKED_ALIKE = frozenset({"또는", "혹은", "같이", "많이", "깊이", "높이", "가까이", "굳이"})
"""`스택 또는 […]로 구현`, `…와 같이`: a conjunction or an adverb ending as a marked word
does, no subject or topic."""


def _marks_a_subject(word: str) -> bool:
    """Whether a Korean word is marked as what its sentence is about (`쿼리가`, `TCP는`)."""
    bare = _WORD_END.sub("", word)
    return bare not in _MARKED_ALIKE and _SUBJECT.search(bare) is not None


def hides_too_much(cloze: str) -> bool:
    """Whether the gaps leave too little to cue them: they hide more than half the sentence's
    words and take its predicate along (`메모리의 [할당, 해제가 잦은 경우에 효과적]이다.`), and
    the sentence names no subject of its own. Its heading cannot stand in for one: what is
    left says nothing of it (`메모리의 […]이다`)."""
    gaps = list(NUMBERED_GAP.finditer(cloze))
    if not gaps or not _ENDING_ONLY.fullmatch(plain(cloze[gaps[-1].end() :])):
        return False
    marked = NUMBERED_GAP.sub(lambda gap: " ".join("\x01" + word for word in gap[2].split()), cloze)
    words = plain(marked).split()
    if 2 * sum(["\x01" in word for word in words]) <= len(words):
        return False
    # `이` of `[…]이 된다` marks what the subject becomes, not the subject
    return not _names_its_subject(NUMBERED_GAP.sub("\x00", cloze[: gaps[-1].end()]))


def _names_its_subject(shown: str) -> bool:
    """Whether what the cards show of a sentence (each gap as `\\x00`) names what it is about:
    a Korean word marked as its subject or topic (the gap itself may be one: `[…]가 …`), an
    English noun phrase before its verb, or the term of a `term: definition` line."""
    words = plain(shown)
    term = term_of(words)
    if term and "\x00" not in term["term"]:
        return True
    if HANGUL.search(words):
        return any(map(_marks_a_subject, words.split()))
    verb = _ENGLISH_VERB.search(words)
    return verb is not None and re.search(r"[A-Za-z]{2,}", words[: verb.start()]) is not None


_COUNTED_SET = lazy(r"(?<![\d가-힣])(?:\d{1,2}|두|세|네|다섯|여섯|일곱)\s?가지(?![가-힣])")
"""`3가지 특성`, `네 가지 조건`: a set the sentence counts without naming its members."""


_COUNTED_BEFORE_COLON = lazy(
    r"(?i:\b(?:\d{1,2}|two|three|four|five|six|seven|eight)\s+[a-z-]+)\}\}[^{}]*[:：]\s*$"
)
"""`A solution must satisfy [three requirements] (memorize!!):`: a gap that counts the set
the list after the colon names, and only counts it."""


def counts_what_follows(cloze: str) -> bool:
    """Whether the sentence counts a set it does not name (`간단하게 설명하면 [안전한 통신]에는
    3가지 특성이 요구된다.`, `교착상태는 아래 [4가지 조건이 동시에 충족]될 때 발생한다.`): the
    members, listed after it, are the answer, and the gap only names what they are of. A gap
    that names them (`세 가지 주요 특성인 [용량, 접근속도, 비용]`) asks them."""
    if cloze.rstrip()[-1:] in ":：" and _COUNTED_BEFORE_COLON.search(cloze):
        return True  # English: `must satisfy [three requirements]:`, then the three
    if "가지" not in cloze or not _COUNTED_SET.search(cloze):
        return False
    return not any("," in gap[2] or "、" in gap[2] for gap in NUMBERED_GAP.finditer(cloze))


_NUMBERED_LINE = lazy(r"^\s*(?:>\s*)*\d{1,2}[.)]\s")
"""`6. …`, `2) …`: a line of a numbered list, one step of the sequence it tells."""
_COMMAND_GAP = lazy(
    r"^\{\{c\d+::[A-Z][a-z]+\s(?:the|a|an|each|every|all|any|its|their|your|this|that|these|"
    r"those)\s"
)
"""`[Restart the instruction] that caused the fault`: a gap opening an English line on a
verb of command, then what it acts on."""


def commands_a_step(cloze: str, line: str) -> bool:
    """Whether a cloze hides the command a numbered step opens on (`_COMMAND_GAP`: `6.
    **Restart the instruction** that caused the fault`, `line` the note's line it stands on),
    or the step opens on what its actor does without naming it (`_DOES_WITHOUT_ACTOR`: `4.
    Periodically writes **a checkpoint** …`, the actor in a step above): a step told to no
    one or of no one, whose place in its sequence the card does not show; its heading's
    card asks the steps in order."""
    if _COMMAND_GAP.match(cloze) is None and _DOES_WITHOUT_ACTOR.match(cloze) is None:
        return False  # nearly every cloze: no command opens it
    return _NUMBERED_LINE.match(line) is not None


_DOES_WITHOUT_ACTOR = lazy(
    r"^(?:[A-Z][a-z]+ly,?\s+[a-z]{2,}(?<![su])s|"
    r"[A-Z][a-z]{2,}(?<![su])s\s+(?:the|a|an|its|their|each|every|all|this|these))\s"
)
"""`Periodically writes …`, `Adds the …`, `Needs each …`: an English sentence opening on a
verb of the third person (after an adverb, or before what it acts on), no actor named. Only
a numbered step is read so: a line under a heading speaks of what the heading names."""


_ADVICE_GAP = lazy(
    r"\{\{c\d+::(?:(?:don't|don’t|do not|never)\s+[a-z]+\s+\S|"
    r"(?<=^\{\{c\d::)[A-Z][a-z]+(?<!s)\s(?:the|a|an|each|every|all|any|its|their|your|this|that|"
    r"these|those|it)\s)"
)
"""`[don't cache the access token] …`, `[Say this in review meetings], …`: a gap holding a
command told to the reader, a negated one anywhere, a bare verb opening the sentence on
what it acts on."""


def hides_advice(cloze: str) -> bool:
    """Whether a gap holds the writer's advice, a command told to the reader
    (`_ADVICE_GAP`): a clause of what to do, not a term; the cue around it (`…; keep the
    rest short.`, `…, sounds experienced.`) asks nothing it answers."""
    return _ADVICE_GAP.search(cloze) is not None


_KIND_BEFORE_COLON = lazy(
    r"\{\{c\d+::(?:주요\s?|큰\s?)?(?:다른\s?점|차이점?|공통점|장점|단점|장단점|특징|특성|이점|한계점?|"
    r"문제점|주의\s?(?:점|사항)|(?i:(?:main\s|key\s)?(?:differences?|advantages?|disadvantages?|"
    r"benefits?|drawbacks?|features?|properties|characteristics|pros|cons)))(?:들)?\}\}"
    r"\s*(?:\([^()]*\))?\s*[:：]\s*$"
)
"""`class가 함수 생성자랑 [다른 점]:`, `The main [differences]:`: a gap right before the colon
closing a lead-in, naming only what kind of points follow it."""


def names_what_follows(cloze: str) -> bool:
    """Whether a lead-in ends on a gap that only names the kind of points the lines after it
    list (`_KIND_BEFORE_COLON`: `class가 함수 생성자랑 **다른 점**:` over its five points): the
    points are the answer, and the gap hides only the word saying they are differences,
    merits or features, which the colon and the list after it give away."""
    if cloze.rstrip()[-1:] not in ":：":
        return False  # nearly every cloze: it does not lead into what follows
    return _KIND_BEFORE_COLON.search(cloze) is not None


_DEFINED_NOUN = lazy(r"[가-힣](?:는|은|한|된|할|될|던|인)\s+(?:\S+\s+)?[^\s\x00]+$")
"""`…방향으로 읽는 것`, `…를 지원하는 전송계층 프로토콜`: a noun its clause defines, at the end."""
_FINITE_END = lazy(r"(?:다|요|죠|함|됨|음|임)$")


_GAP_FOR_A_USE = lazy(r"\x00\s+for\s[^=:：→<>]*$")
"""`[Free-behind / read-ahead] for sequential access.`: a name, then what it is for."""
_QUALITY = lazy(r"[a-z]{2,}(?:al|ive|ble|ent|ant|ic|ous|ful|less)$", re.IGNORECASE)
"""`optimal`, `effective`, `suitable`: a gap closing on an adjective says what its heading's
subject is (`[Provably optimal] for average waiting time`), not what a name is for."""


def is_subjectless_fragment(cloze: str, alone: bool = True) -> bool:
    """Whether a Korean line only defines a noun by a clause (`[세로] 방향으로 읽는 것`) and names
    no subject of its own before that clause: what it defines is named only above it (asked
    when it is all a label holds, `alone`). Or an English one is only its gap and what it is
    for, with no verb (`[Free-behind / read-ahead] for sequential access.`): a topic in a
    list, which says nothing of it to recall it by."""
    shown = plain(NUMBERED_GAP.sub("\x00", cloze))
    if not HANGUL.search(shown):
        if not shown.startswith("\x00") or _GAP_FOR_A_USE.match(shown) is None:
            return False
        gap = plain(NUMBERED_GAP.search(cloze)[2]).split()  # type: ignore[index]
        return _ENGLISH_VERB.search(shown) is None and not (gap and _QUALITY.search(gap[-1]))
    if not alone:
        return False
    words = _trimmed(shown)
    end = _DEFINED_NOUN.search(words)
    if end is None or _FINITE_END.search(words):
        return False
    start = words.rfind(" ", 0, end.start() + 1) + 1  # the clause's last word, the verb
    return not _names_its_subject(words[:start])


_MERITS = lazy(
    r"(?<![가-힣])(?:장점|단점|장단점|이점|강점|약점|한계점?)(?![가-힣])|"
    r"(?i:\b(?:pros|cons|advantages?|disadvantages?|benefits?|drawbacks?|downsides?)\b)"
)
"""`장점`, `단점`, `Advantages`: a heading or label naming a set of merits or faults."""
_OPENING_OBJECT = lazy(r"\{\{c\d+::[^}]*\}\}(?:을|를|에서|에|으로|로)(?![가-힣])")
"""`[유지보수 비용]을 …`, `[… 측면]에서 …`: a gap opening a Korean line as what its verb acts
on, or where or by what."""
MAX_MERIT_WORDS = 4
"""Words after such a gap, as many as a bare predicate (`절감할 수 있다`, `쉽게 할 수 있다`)."""


def only_opens_a_merit(cloze: str, label: str) -> bool:
    """Whether a line under a set of merits or faults (`label`: `장점`) is its one gap and a
    bare predicate, and names no subject (`[유지보수 비용]을 절감할 수 있다.`, `[유지보수 및 재활용
    측면]에서 좋다.`): what it says is one merit of what the heading above names, and many
    phrases fit the gap as well as the writer's. The line stays on its heading's card."""
    if not cloze.startswith("{{c") or cloze.count("{{c") > 1:
        return False  # most clozes: a cue before the gap, or more than one gap
    opening = _OPENING_OBJECT.match(cloze)
    if opening is None or not _MERITS.search(label):
        return False
    rest = plain(cloze[opening.end() :])
    if not HANGUL.search(rest) or len(rest.split()) > MAX_MERIT_WORDS:
        return False
    return not _names_its_subject(NUMBERED_GAP.sub("\x00", cloze))


_MERIT_LABEL = lazy(
    r"^(?:장점|단점|이점|강점|약점|한계점?|"
    r"(?i:pros|cons|advantages?|disadvantages?|benefits?|drawbacks?|downsides?))\s*[:：]\s*"
)
"""`단점: …`, `Pros: …`: a label opening a line that names which aspect it tells, of what the
line does not say."""


def opens_on_a_bare_merit(cloze: str) -> bool:
    """Whether a line opens on a label naming a merit or fault (`단점: 충돌 나면 […] 직접
    구현해야 함.`) and names no subject after it: the label, not a term, cannot stand in for
    one; under a heading setting two things side by side (`낙관적 락 vs 비관적 락`), the card
    does not say of which it is a fault."""
    if cloze[:1] not in "장단이강약한PpCcAaDdBb":
        return False  # most clozes: no such label first
    label = _MERIT_LABEL.match(cloze)
    return label is not None and not _names_its_subject(
        NUMBERED_GAP.sub("\x00", cloze[label.end() :])
    )


_POINTER = lazy(
    rf"(?<![가-힣])(?:{_DEMONSTRATIVES}|그처럼|이와\s*같[이은]|"
    r"(?<!에\s)앞서|전술한|(?:위|앞)에서\s*(?:말한|설명한|본|살펴본|언급한))(?![가-힣])|"
    r"(?i:\b(?:in this way|like this|as mentioned)\b)",
)
_POINTER_NEEDS = (
    "이런", "이러", "그러", "그런", "렇게", "처럼", "이와", "앞", "전술", "위에서",
    "this", "mentioned",
)  # fmt: skip
"""What `_POINTER` cannot match without: most cues hold none of it."""


def points_back_before_gap(cloze: str) -> bool:
    """Whether the cue before the first gap points back at what came before (`하지만 이러한
    과정은 […]을 발생시킨다`, `이렇게 하는 이유는 […] 때문`): what it points at, half of what
    cues the gap, is not on the card; unless the sentence first sets out what it sets its
    pointer against (`…해도 되지만 이렇게 하는 이유는 [보안] 때문`). A pointer after the gap may
    name the gap itself (`[피드백]과 [협력]이 중요한데 … 이러한 두 가지 측면을`), and is left."""
    before = cloze[: cloze.find("{{c")]
    if before.endswith(_DETERMINER_LAST) and _points_at_the_gap(cloze, before):
        return True
    if not any(map(before.__contains__, _POINTER_NEEDS)):  # in C: no generator's frame
        return False  # most cues: no pointer at all
    pointer = _POINTER.search(before)
    return pointer is not None and not _SETS_OUT_ITS_OTHER_SIDE.search(before, 0, pointer.start())


_DETERMINER_LAST = ("이 ", "그 ", "저 ", "this ", "This ", "these ", "These ", "those ", "Those ")
_DETERMINER = lazy(r"(?:(?<![\w가-힣])(?:이|그|저)|(?<![\w'-])(?i:this|these|those))\s$")
_PARTICLE = lazy(r"(?:을|를|이|가|은|는|의|에서|에|으로|로|와|과|도|만)$")
_GAP_HEAD = lazy(r"\{\{c\d+::\W*([^\s}]+)")


def _points_at_the_gap(cloze: str, before: str) -> bool:
    """Whether the first gap opens on the noun a bare `이`, `그` or `this` before it points at
    (`스프링을 사용하면 이 [DTO를 효과적으로 캐시] 할 수 있고`), and the sentence has not named
    that noun before (`…할 때 그 [순서를 정하기 위해]` under `순서가 정해져있는 …`): what the
    pointer stands for is in the sentence before, which the card does not show, and the gap
    is half a phrase."""
    if _DETERMINER.search(before) is None:
        return False
    head = _GAP_HEAD.search(cloze)
    if head is None:
        return False
    stem = _PARTICLE.sub("", plain(head[1]).strip(".,:;!?)")).casefold()
    return len(stem) > 0 and stem not in plain(before).casefold()


_SETS_OUT_ITS_OTHER_SIDE = lazy(
    r"(?<![가-힣])(?!(?:하|그렇)지만|그런데|그러나)[가-힣]+(?:지만|으나|는데)[,\s]"
)
"""`내부 서버가 직접 서비스 제공해도 되지만 이렇게 하는 이유는 […] 때문`: a sentence that
first says the way it is set against (`…해도 되지만`) points with `이렇게` at the way its
section is about (`Reverse 프록시`), which its context line shows: it reads alone. (`하지만`,
`그런데` alone join it to the sentence before.)"""


_JOINT = lazy(
    r"^(?:(?:또한|그리고|게다가|더불어|하지만|그러나|그런데|"
    r"(?i:also|however|but|and|moreover|furthermore|in addition|besides))(?:,\s*|\s+)|"
    r"(?:단|다만),\s*)(?=\S)"
)
_JOINT_FIRST = frozenset("또그게더하단다AaHhBbMmFfIi")
"""`또한, …`, `하지만 …`, `However, …`, `단, …`: a word joining the sentence to the one before
it, which the card does not show; the sentence says the same without it. (`단` and `다만`, but,
only before a comma: `단 하나의 …` is `only one`.)"""


def without_joint(sentence: str) -> tuple[str, bool]:
    """The sentence less the joint that opens it (`또한, [Remote-tracking branch]와 …` →
    `[Remote-tracking branch]와 …`), and whether it had one. A card shows the sentence alone:
    `하지만` or `Also` there points at a sentence that is not on it."""
    if sentence[:1] not in _JOINT_FIRST:
        return sentence, False  # nearly every sentence: one look at its first letter
    joint = _JOINT.match(sentence)
    if joint is None:
        return sentence, False
    rest = sentence[joint.end() :]
    if sentence[:1].isascii() and _PLAIN_WORD.match(rest):
        rest = rest[0].upper() + rest[1:]  # `However, the cache …` → `The cache …`
    return rest, True


_PLAIN_WORD = lazy(r"[a-z]+(?=[\s,;:!?]|\.(?!\S)|$)")
"""`the cache …`: a word of small letters alone, which an English sentence opens on with a
capital once the joint before it is gone. A Korean sentence opens on a Latin word only to
name it as written, and so does any sentence on an identifier (`depends_on`, `npm.run`,
`useEffect`): `그리고 depends_on은 …` stays `depends_on은 …`, never `Depends_on은 …`."""


_CLAUSE_END = lazy(r"(?:때문에|므로|니까|[어아여]서?|고|며|지만|는데|(?<!으)면),?(?=\s)")
"""`…살아있기 때문에`, `…분산되어 `, `…하고,`: the end of a Korean clause, before the next."""


def names_its_subject(cloze: str) -> bool:
    """Whether a cloze names what it is about (see `_names_its_subject`): a sentence that
    joined the one before it (`또한, […]와 연결된 […]를 생성할 수 있게 된다.`) and names none
    says more of the subject of that sentence, which the card does not show. A Korean one
    names it in its first gap's clause (`하지만 TCP는 […]를 …`, `[…]가 …`, `보통 […]구조로
    서비스들이 분산되어 …`): what comes after that clause may name another (`단, [트랜잭션
    단위]로 살아있기 때문에 성능상 이점은 …`: what lives that long, the card does not say)."""
    shown = NUMBERED_GAP.sub("\x00", cloze)
    if HANGUL.search(shown):
        clause = _CLAUSE_END.search(shown, shown.find("\x00"))
        shown = shown if clause is None else shown[: clause.end()]
    if _names_its_subject(shown):
        return True
    return "에서" in shown and _DOER_AS_PLACE.search(plain(shown)) is not None


_ANSWERS_THE_ONE_BEFORE = lazy(
    r"^\W*(?:fix|solution|workaround|remedy|answer|cure|해결(?:책|법|방법)?|대책|대응)\W*[:：]",
    re.IGNORECASE,
)
"""`Fix:`, `Solution:`, `해결책:` opening a sentence: the answer to a problem the sentence
before states."""
_BACK_PRONOUN = lazy(r"(?<![\w'-])(?:it|its|they|them|their)(?![\w'-])", re.IGNORECASE)
"""`it`, `its`, `they`, `them`, `their`: English pronouns standing for a thing named before."""


def leans_on_the_sentence_before(cloze: str) -> bool:
    """Whether a cloze whose sentence follows another on its line or paragraph leans on that
    one: it names no subject of its own and so carries on that sentence's (`… 요청 하나에
    커넥션 2개. 트래픽 몰리면 [커넥션 풀 고갈] 가능`: from what, the card does not say), or it
    points back with a pronoun (`**PTBR** points to the page table. [PTLR] gives its length.`:
    the length of what). The sentence opening a line speaks of its heading, and is asked of
    it (`runs_on_from_heading`); a Korean one that names no subject often does too, and
    is left. So does one opening on the label of an answer to it (`… forever ("dueling
    proposers"). Fix: elect a [distinguished proposer].`: the fix of what, the card does not
    say)."""
    if _ANSWERS_THE_ONE_BEFORE.match(cloze):
        return True
    if HANGUL.search(cloze):
        return False  # `…가 없으면 [무한 루프]를 돌 수 있다` may speak of its heading's subject
    if runs_on_from_heading(cloze):
        return True
    words = plain(NUMBERED_GAP.sub("\x00", cloze))
    pronoun = _BACK_PRONOUN.search(words)
    if pronoun is None:
        return False
    # `[PTLR] gives its length`: nothing but the gap and a verb before it to stand for
    return len(words[: pronoun.start()].replace("\x00", " ").split()) <= MAX_WORDS_BEFORE_PRONOUN


MAX_WORDS_BEFORE_PRONOUN = 2
"""Words of a sentence before its pronoun, its gaps aside, that name nothing it could stand
for: `[PTLR] gives its …`; `…, a cover letter allows …, ensuring it …` names what it is."""


_OPENS_ON_A_VERB = lazy(
    r"^(?:(?:must|can(?:not)?|can't|should|may|might|will|would|could|has to|have to|needs? to)"
    r"\s|only\s|[A-Za-z]{3,}ed\s+(?:by|for|on|as|in|with|from|to|via|into|at|using)\s)",
    re.IGNORECASE,
)
"""`must be stable, unique …`, `Described by a …`, `Designed for …`, `only for …`: an English
line that opens on a modal, a participle or a bare `only`, the way notes write what their
heading's subject is or does."""
_OPENS_ON_A_SETTING = lazy(
    r"^(?:the\s)?(?:default|limit|max(?:imum)?|min(?:imum)?|cost|overhead)\s(?:is|are)\s",
    re.IGNORECASE,
)
"""`default is **Repeatable Read**` under `MySQL InnoDB`: an English line opening on a setting
or a measure without saying whose; it is its heading's."""
_ITSELF = lazy(r"(?<=\S)\s?자체")
"""`TCP 자체에서 …를 제공한다`: a sentence naming what it speaks of as itself, where it is."""
_OPENING_SUBJECT_GAP = lazy(r"^\x00(?:은|는|이|가|도|만)?(?![가-힣])")
"""`[…]는 …`, `[…] must …`: a gap opening the sentence, which may be its subject."""
_ONLY_A_CASE = lazy(r"[가-힣][ㄹ을는은인한]?\s(?:때|경우)(?:에)?[\W_]*$")
"""`[구간 합 + 값 변경]이 함께 있을 때`: a Korean line that is only the case something is for,
with no clause to say what happens then; the gap opening it is no subject, and the line
speaks of its heading's (`세그먼트 트리: …`)."""
_OPENING_OBJECT_GAP = lazy(r"^\x00(?:을|를|에서|에게|에|으로|로|와|과|의)(?![가-힣])")
"""`[연결형 서비스]를 지원하는 …`: a gap opening a Korean line as what its verb acts on."""


_PLACE_LAST = lazy(r"[가-힣)](?:에서|에게|으로)(?:만|도|는)?$|[가-힣)](?:에|로)(?:만|도)$")
"""`**등가 조인(=)에서만**`, `**단일 스레드로만**`: bold that takes its particle of place or means
along, which no subject does."""


def _ends_in_a_place(gap: re.Match[str] | None) -> bool:
    """Whether a gap opening a Korean line ends in its own particle of place or means
    (`_PLACE_LAST`): `[등가 조인(=)에서만] 사용 가능` under `Hash Join` says where its
    heading's subject works, and names no subject of its own."""
    return gap is not None and _PLACE_LAST.search(plain(gap[2]).rstrip()) is not None


def _hides_a_subject(gap: str) -> bool:
    """Whether a gap holds a word marked as the subject of what follows in it (`[속도가
    느리다]`)."""
    return any(map(_marks_a_subject, plain(gap).split()[:-1]))


def runs_on_from_heading(cloze: str) -> bool:
    """Whether a cloze's sentence names no subject of its own and runs on from its heading,
    whose subject it speaks of: a Korean one that marks no word as its subject or topic
    (`스택 또는 [재귀]로 구현`, `문자를 표현하는데 […]를 사용한다`, `[…]를 지원하는 전송계층
    프로토콜`), nor is a term's line; an English one that opens on a modal, a participle or a
    bare `only` (`must be stable, unique […]`, `Described by a […].`). A gap opening it may be
    its subject, and is left; so is a line whose words before a sign (`GROUP BY = …`, `Key:`)
    name what it is about, and a question."""
    shown = NUMBERED_GAP.sub("\x00", cloze)
    words = plain(shown).strip()
    if not words or words.endswith(("?", "？")):
        return False
    first = words.find("\x00")
    if first < 0:
        return False
    if "=" in words[:first] or ":" in words[:first] or "：" in words[:first]:
        return False  # `GROUP BY = 요약해서 […]`: what comes before the sign is its subject
    if HANGUL.search(words):
        if first == 0 and _ONLY_A_CASE.search(words):
            return True  # `[…]이 함께 있을 때`: its gap is the case's subject, not the line's
        if first == 0 and not (
            _OPENING_OBJECT_GAP.match(words) or _ends_in_a_place(NUMBERED_GAP.search(cloze))
        ):
            return False  # `[…] 방식으로 …`: the gap may be what the line is about
        last = list(NUMBERED_GAP.finditer(cloze))[-1]
        if _ENDING_ONLY.fullmatch(plain(cloze[last.end() :])) and _hides_a_subject(last[2]):
            return False  # `…때문에 [속도가 느리다.]`: the gap holds what it is said of
        return not _names_its_subject(shown) and _ITSELF.search(words) is None
    if first == 0 or _OPENING_SUBJECT_GAP.match(words):
        return False  # `[Mutex] is for …`: the gap is the subject
    if words[:1] in "dDlLmMcCoOtT" and _OPENS_ON_A_SETTING.match(words):
        return True
    opening = _OPENS_ON_A_VERB.match(words)
    if opening is None:
        return False
    if opening[0][:4] == "Only":
        return False  # `Only the leader can …` names its subject
    if opening[0][:4] == "only":
        return _ENGLISH_VERB.search(words) is None
    return True


_DOER_AS_PLACE = lazy(r"[\w`)]에서(?:는|도)?\s")
"""`TCP 자체에서 […]를 제공한다`: a Korean sentence may name who does a thing as where it is
done; a gap there (`[…]에서`) names nothing."""


_QUALIFIED_KIND = lazy(r"^\{\{c\d+::[^}]*\}\}\s+(?P<kind>[a-z]+)\s+(that|which|who)\b")
"""`[Linux] feature that allows threads …`: an English line with no subject of its own (its
heading is), whose gap only qualifies the kind of thing it names."""


def hides_a_qualifier(cloze: str) -> bool:
    """Whether the one gap opening a subjectless English line is a word before the noun it
    qualifies (`_QUALIFIED_KIND`): the card asks which kind of feature, not what the subject
    is or does; `[Mutex] is for …` and `[Paging] ensures that …` name their subject."""
    if not cloze.startswith("{{c") or HANGUL.search(cloze):
        return False
    kind = _QUALIFIED_KIND.match(cloze)
    if kind is None:
        return False
    word = kind["kind"]
    return not (_ENGLISH_VERB.fullmatch(word) or word.endswith(("s", "ed")))


_PRESENCE = lazy(
    r"(포함|존재)\s?((된|한|하|되)다|함|됨|(할|될)\s수\s있(다|음)|되어\s?있(다|음))?$|"
    r"(?<![가-힣])(있|없)(다|음)$"
)
"""`…가 각 요청에 포함된다`, `…이 존재 한다`, `… 영역 존재`: a predicate that says only that its
subject is there. (One that it happens, `[Single Point of Failure] 발생 가능` under `Scale
up`, tells a consequence of the subject its context names.)"""
_PRESENCE_NEEDS = ("포함", "존재", "있", "없")
_ENGLISH_PRESENCE = lazy(
    r"^(the\s|an?\s)?\x00\s+((is|are)\s+(included|present|contained)|exists?)\b",
    re.IGNORECASE,
)
_SUBJECT_GAP = lazy(r"\x00(이|가|은|는|도)?(\s|$)")
_AFTER_GAP = lazy(r"\x00(이|가|은|는|도|와|과|에는|에|의)?")
_LITTLE_WORDS = frozenset((
    "is", "are", "included", "present", "contained", "exist", "exists", "in", "on", "of", "to",
    "the", "an", "each", "every", "all", "any", "모든", "매번", "항상", "반드시",
))  # fmt: skip
"""Words that add nothing to a predicate of presence: `is included in each …`, `모든 …에`."""
MAX_PRESENCE_CUE = 1
"""Words of two letters or more a sentence may add to its predicate of presence and still
cue nothing: `각 요청에` leaves every part of a request to guess."""


def says_only_presence(cloze: str) -> bool:
    """Whether a gap is the subject of a sentence that says of it only that it is there
    (`[…]가 각 요청에 포함된다`, `[…] exists`, `[…]이 존재 한다`): many things are, so many
    answers fit. A sentence that says why or where (`… 때문에 [메모리 누수]가 있다`) cues one."""
    if any(map(cloze[-16:].__contains__, _PRESENCE_NEEDS)):
        shown = plain(NUMBERED_GAP.sub("\x00", cloze))
        end = _PRESENCE.search(_trimmed(shown), max(0, len(shown) - 20))
        if end is None or not _SUBJECT_GAP.search(shown, 0, end.start() + 1):
            return False
        cue = shown[: end.start()]
    elif "{{c" in cloze[:8]:  # an English sentence whose gap opens it, maybe after `The`
        cue = plain(NUMBERED_GAP.sub("\x00", cloze))
        if HANGUL.search(cue) or _ENGLISH_PRESENCE.match(cue) is None:
            return False
    else:
        return False  # most clozes: their end says something else of the gap
    words = _AFTER_GAP.sub(" ", cue).split()
    return sum([len(word) > 1 and word.casefold() not in _LITTLE_WORDS for word in words]) <= (
        MAX_PRESENCE_CUE
    )


_WHETHER_THERE = lazy(r"\x00\s?(?:이|가)\s?(?:있|없)는\s?지(?:를|는|도)?(?![가-힣])")
"""`[…]이 있는 지 찾아보는 과정이다`: the gap is what is looked for, the subject of `있는지`."""


def asks_whether_there_is(cloze: str) -> bool:
    """Whether a gap is only what a sentence with no subject of its own looks for
    (`[숨은 결함]이 있는지 찾아보는 과정이다` under `코드 리뷰의 목적`): it says only that
    something is looked for, one of the many things its heading's subject looks for, so many
    answers fit. A sentence that names who looks (`리뷰어는 …`) cues one."""
    if "지" not in cloze or "는" not in cloze:
        return False  # nearly every cloze: no `…는지`
    shown = NUMBERED_GAP.sub("\x00", cloze)
    whether = _WHETHER_THERE.search(shown)
    if whether is None:
        return False
    # who looks comes before what is looked for (`리뷰어는 […]가 있는지 본다`); a verb after it,
    # `알아보는 과정`, is no subject, though it ends in `는`
    return not _names_its_subject(shown[: whether.start()])


_REASON_OR_RESULT = lazy(
    r"(?:때문(?:이다|이에요|입니다|임)?|(?<=[가-힣])(?:아|어|워|해)(?:진다|짐|졌다)|"
    r"(?:줄어|늘어)(?:든다|난다|듦|남)|(?:증가|감소|향상|저하)(?:한다|된다|됨|함))\W*$"
)
"""`…하기 때문이다.`, `…의 크기가 작아진다.`, `…이 높아진다`: the reason for a claim, or what
follows from it, said and no more."""
MAX_RESULT_WORDS = 6
"""A result this short (`명령어 캐시 적중률이 높아진다.`) names nothing of what brings it."""


def only_follows_from(cloze: str) -> bool:
    """Whether a line written under a statement (`- 짧은 함수를 인라인으로 쓰면, 코드가 작아질
    수 있다.`) only gives its reason (`…하기 때문이다.`) or a short result of it (`목적 코드의
    크기가 […]진다.`): alone, it answers for a claim or a case the card does not show."""
    words = plain(NUMBERED_GAP.sub(r"\2", cloze)).rstrip()
    if not words[-1:] or not _REASON_OR_RESULT.search(words, max(0, len(words) - 12)):
        return False
    return "때문" in words[-8:] or len(words.split()) <= MAX_RESULT_WORDS
