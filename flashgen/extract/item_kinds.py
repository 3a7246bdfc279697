"""Tests of what a list item is: a term, a key in a legend, a case, a bare label, a row
defined by the rest, an item in an example, advice; and what a term may be.

The item rules (items.py) and what a list answers its heading (list_answers.py) ask them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from flashgen.extract.labels import CLAUSE_WORD
from flashgen.extract.place import Place, is_claim, is_statement, is_term_like, plain, tells_an_act
from flashgen.extract.sizes import MAX_RECALL_LINES, at_most
from flashgen.extract.skip.meta import is_said_to_the_reader
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import DASH_OR_ARROW, unwrap_strong

_MAX_TERM_CHARS = 40
_NOT_TERMS = {
    # Words that introduce an example, a note or a source, not a thing to define.
    "예", "예시", "예를 들어", "ex", "ex.", "e.g", "e.g.", "eg", "example", "examples",
    "참고", "note", "notes", "주의", "출처", "source", "sources", "ref", "reference",
    "링크", "link",
    "tip", "tips", "팁", "꿀팁", "hint", "hints", "힌트", "결론", "요약", "summary",
    "recap", "overview",  # `Self-attention recap: …` lists what a topic covers
    # Words that mark how much a point counts or where it came from, not what it is of:
    # `- 중요: 막는 건 브라우저다`, `- 기출 : "…"` stay points of their heading's answer.
    "중요", "important", "기출", "복습", "메모", "memo", "비고",
    # Or where the writer trips (`- 헷갈림: 필요성 = 최소 침해, …`, `> 자주 틀림: …`): the
    # point is the heading's, and `헷갈림` asked alone asks nothing.
    "헷갈림", "헷갈리는 것", "헷갈리는 점", "자주 틀림", "자주 틀리는 것", "자주 틀리는 점",
    "함정", "exam tip", "exam tips", "common mistake", "common mistakes",
    # The writer speaking to themselves (`note to self: …`): a remark on the heading's
    # answer, no term of it (so is `me: …`, told apart from `ME`, mutual exclusion).
    "note to self", "my take", "my note", "my notes", "내 생각", "내 메모", "개인 메모",
    # A part of an argument or a worked problem, which names nothing of its own.
    "claim", "proof", "issue", "problem", "solution", "result",
    "문제", "해결", "해결책", "풀이", "결과",
    # A restatement in the writer's words (`- In plain words: 8 small "spotlights" …`): the
    # point said again, which stays on its heading's card.
    "in plain words", "in plain english", "in other words", "simply put", "put simply",
    "in short", "eli5", "쉽게 말하면", "쉽게 말해", "쉽게 말해서", "한마디로", "한 마디로",
    "다시 말해", "다시 말하면",
    # Then and now, set against each other (`- 예전: … 직접 생성` / `- 지금: … 컨테이너가`): the
    # two halves of one answer, no terms (`BEFORE`, `AFTER` name a trigger's timing in SQL).
    "예전", "지금",
    # The writer's mark on what is still to do (`- TODO: page on clustering`), no term.
    "todo", "to-do", "tbd", "fixme", "wip",
    # A part of the formula above (`- numerator: how many times word k appears …`): what
    # it counts is read with the formula, and `numerator` alone asks of no formula.
    "numerator", "denominator", "exponent", "lhs", "rhs", "분모",
}  # fmt: skip
_EXAMPLE_PREFIX = lazy(r"^(ex|eg|e\.g|예|예시)\s*[).]", re.IGNORECASE)
_AN_EXAMPLE = lazy(r"(?<!\bfor )\bexample\b", re.IGNORECASE)
"""`Here is an example:`, `One common example of recursion is the Fibonacci sequence.`: the
list after such a line spells out one example, whole; its items are its parts, not terms
the section teaches. Examples (`Some examples of common values are:`, `For example, …`,
`예시`, which says no number) may well be terms."""
_EXAMPLES_LABEL = lazy(r"^[^.!?]{0,30}\bexamples\b[^.!?]{0,30}:$", re.IGNORECASE)
"""`Example Responses:`, `Examples:`: a label over a list of examples."""
_A_STRUCTURE = lazy(r"\b(a|the|this|following)\s+(structure|template|outline)\b[^.!?]*:$", re.I)
"""`Here's a structure for your cover letter:`: the list below is the parts of one whole
(its opening, its middle, its close), which make sense only together, in their order."""
_GRADES = {
    # How often, how hard or for whom: a grade of something the heading names, not a name.
    "common", "uncommon", "rare", "almost never", "always", "never", "often", "sometimes",
    "easy", "medium", "hard", "junior", "mid", "mid-level", "senior", "staff", "principal",
    "beginner", "intermediate", "advanced", "required", "optional", "recommended",
    "must have", "must-have", "nice to have", "nice-to-have",
    "필수", "선택", "권장", "초급", "중급", "고급", "쉬움", "보통", "어려움",
}  # fmt: skip
_RELATIVE_VALUE = (
    r"그\s?외|그\s?밖의|나머지|위를 제외한|the rest\b|the others\b|everything else\b|"
    r"all (the )?(other|remaining)\b|any other\b|anything else\b|the opposite\b|그\s?반대"
)
RELATIVE = lazy(rf"^({_RELATIVE_VALUE})", re.IGNORECASE)
"""`그 외 모든 객체`, `the rest`, `the opposite`: said of what a sibling item leaves over or
says, which asked alone says nothing; a list with a row defined so answers its heading only
whole. (`Other threads wait` says something of its own.)"""
RELATIVE_LABEL = lazy(rf"^({_RELATIVE_VALUE}|이\s?외|기타|others?\b|otherwise\b)", re.I)
"""`- 그 외`, `- 기타 이진 트리`, `- Others`, `- Other points`: the rest, as a label."""
_RANKING = lazy(
    r"^(step\s*|#\s*|no\.\s*)?\d+\s*(위|등|단계|번째|번|차|st|nd|rd|th)?$", re.IGNORECASE
)
"""`1위`, `2단계`, `Step 3`, `#6`, `No. 3`: a place in an order, or a row or problem by its
number, which names nothing to ask about."""


_FIGURE = lazy(r"^(그림|표|figure|fig\.?|table|diagram)\s*\d+$", re.IGNORECASE)
"""`그림 1: …`, `Figure 2 - …`: what a picture of the note shows, read beside it; the
number names nothing to ask about."""


CHAIN = lazy(rf"\s({DASH_OR_ARROW})\s")
"""A dash or arrow between words: `A - B`, `A -> B`."""
PAIR_SEPARATOR = lazy(rf"\s*:\s+|\s+(?:{DASH_OR_ARROW})\s+")
"""What parts a key from its value in an item: `idle: 유휴 상태`, `B → the rest`."""


class ItemText(NamedTuple):
    """A list item's own line as the checks of this module read it, worked out once for
    each line however many of them ask: its words without markup, and the key and the
    value a separator parts them into (`idle: 유휴 상태`; None, None without one)."""

    words: str
    key: str | None
    value: str | None


@lru_cache(maxsize=4096)  # a line is read by several checks, on each list it is in
def _line_text(content: str) -> ItemText:
    words = plain(content)
    separator = PAIR_SEPARATOR.search(words)
    if separator is not None and "$" in words:
        separator = _outside_formulas(words)
    if separator is None:
        return ItemText(words, None, None)
    return ItemText(words, words[: separator.start()], words[separator.end() :])


_FORMULA = lazy(r"\$[^$\n]*\$")


def _outside_formulas(words: str) -> re.Match[str] | None:
    """The first separator of an item's words outside its formulas: in `1. compute
    $\\det(A - \\lambda I)$` the dash is a minus, which parts no key from a value, and the
    step is told in words (`2. roots → eigenvalues` beside it is then one step of three)."""
    spans = [found.span() for found in _FORMULA.finditer(words)]
    for separator in PAIR_SEPARATOR.finditer(words):
        if not any(start <= separator.start() < end for start, end in spans):
            return separator
    return None


_NO_LINE = ItemText("", None, None)


def item_text(item: Node) -> ItemText:
    """The item's own line as checks read it (no words when the item opens with a block)."""
    return _line_text(item.line.content) if item.line is not None else _NO_LINE


_NUMBER = lazy(r"^(0x[0-9a-f]+|[\d\s.,%+\-*/^()=]+)$", re.IGNORECASE)


def is_number(words: str) -> bool:
    """`3`, `1, 2, 3, 1`, `0x068`: a value or a row of them, which names and defines nothing.
    `- page frame : 3` under a worked problem sets the problem up; asked alone it tests a
    number the writer picked, and the problem's own card keeps the line."""
    return _NUMBER.match(words) is not None


def sets_up_a_problem(value: str, path: tuple[str, ...]) -> bool:
    """A number that sets a worked problem up, not a fact: a row of values (`1, 2, 3, 1`),
    or one value under a heading of an example or exercise (`## 예제` › `- page frame : 3`).
    `- HTTP: 80` under `Well-known ports` is a fact to recall and keeps its card."""
    return len(_VALUES.findall(value)) > 1 or any(_WORKED.search(title) for title in path)


_VALUES = lazy(r"\d+(?:\.\d+)?")
_WORKED = lazy(
    r"예제|예시|문제|풀이|연습|\b(examples?|exercises?|problems?|practice)\b", re.IGNORECASE
)


_DATE = lazy(r"^(19|20)\d\d(\s*년도?|[-./]\d{1,2})?(\s*\d{1,2}\s*(회|차|월|학기|분기))?\s*\??$")
"""`2021년 1회`, `2022년?`, `2019-03`: when something happened (an exam sitting, a release),
a line of a dated memo; asked alone the date names nothing to learn."""
_COMPARED = lazy(r"^(더|덜|가장|훨씬)\s")
"""`더 편한 PWA`, `가장 빠른 방법`: how a thing compares with another, a claim made of a
feature in a list of them, not the name of one."""
_EVALUATION = lazy(
    r"^(?:super|very|really|pretty|quite|so|too|kinda|somewhat|way|much|fairly|extremely)\s+"
    r"[a-z]+$|^(?:매우|아주|엄청|완전|진짜|꽤|너무|되게)\s+\S+$"
)
"""`super simple: only accepts the in-order pkt`, `꽤 느림 — …`: how the writer rates a thing
(an intensifier and a word), no name of it."""
_A_MARK = lazy(
    r"^((빨간|빨강|파란|파랑|노란|노랑|주황|초록|녹색|보라|분홍|검은|검정|흰|하얀|회색)색?\s?"
    r"(원|선|점|박스|상자|칸|네모|사각형|화살표|영역)"
    r"|(red|blue|green|yellow|orange|purple|pink|black|white|gr[ae]y|dotted|dashed)\s+"
    r"(circles?|lines?|dots?|box(es)?|squares?|arrows?|areas?))$",
    re.IGNORECASE,
)
"""`파란 원 : Minor GC`, `red line - …`: a mark of a figure, by its colour or stroke; it is a
key read beside the picture, which a card asked by it does not have."""


@lru_cache(maxsize=4096)  # a note asks it again of each term its items repeat
def is_term(term: str, max_words: int) -> bool:
    """A name to ask about: short, not an example marker, a ranking or a number."""
    words = plain(term)
    return bool(
        words
        and not (len(words) == 1 and words.islower() and "`" not in term)  # `- v: valid`: a mark
        and len(words) <= _MAX_TERM_CHARS
        and len(words.split()) <= max_words
        and words.lower().rstrip(".") not in _NOT_TERMS
        and words.lower().split()[-1] not in _NOT_TERMS  # 이미지 출처: …
        and words not in ("me", "Me")
        and not _EXAMPLE_PREFIX.match(words)
        and not _RANKING.match(words)
        and not _FIGURE.match(words)
        and not names_nothing(words)
        and not _only_connectives(words)
        and not RELATIVE_LABEL.match(words)
        and "~~" not in term  # `~~꿀팁~~`: struck out by its writer
        and not is_number(words)  # `0x068 -> 104` computes, `09 - 18` is a range
        and not _DATE.match(words)
        and not _COMPARED.match(words)
        and not _A_MARK.match(words)
        and not _EVALUATION.match(words)
        and _balanced(term)  # the separator sits inside a link, a code span or parentheses
        and not is_statement(words)  # `노드는 항상 red다.` states, as a label may not either
        and not is_claim(words)  # `You must be mad: …` says something, names nothing
        and not _DESCRIBED.search(words)  # `crops from tracked boxes: …` is a step's input
        and not _PROMPT.match(words)  # `Tell me about yourself: …` is a question asked
        and not _QUANTIFIED.match(words)  # `For all n ≥ n0: …` is a step of a definition
        and not supposes(words)  # `Assuming 3 packets: …` is a step of a worked case
        and not _ORDER_MARK.match(words)  # `Final: sign of …` places a step in its order
        and not _MOMENT.search(words)  # `On receiving m: …` is when a step of a procedure acts
        and not _OF_THOSE_ABOVE.search(words)  # `the trick for all of these: …` points back
    )


_OF_THOSE_ABOVE = lazy(
    r"\b(?:for|of|in|behind|to)\s+(?:all\s+(?:of\s+)?)?(?:these|those|them|the\s+above)\b|"
    r"(?:위|앞)의?\s*(?:것들?|문제들?|세\s*개|두\s*개)(?:의|에)?\s*(?:공통|핵심|요령|포인트)",
    re.IGNORECASE,
)
"""`the trick for all of these`, `common to these`, `위 문제들의 공통 요령`: a label naming what
the lines above share, asked alone it points at nothing; the line stays its heading's."""


_ORDER_MARK = lazy(
    r"^(first(ly)?|then|afterwards?|final(ly)?|initially|in the end|at (the )?(start|end)|"
    r"(at )?(each|every) (round|iteration|step|pass|epoch|turn|time)|"
    r"먼저|처음에?|그\s?다음|이후|마지막(으로|에)?|최종(적으로)?)\s*\.?$",
    re.IGNORECASE,
)
"""`Final`, `Each round`, `먼저`: a label placing a step of a procedure in its order (`- Each
round: fit a weak learner …`, `- Final: sign of the weighted votes`), which asked alone
names nothing; the step stays in its order on its heading's card."""
_MOMENT = lazy(
    r"^(?![A-Z]+\s)(?i:on|upon|when|whenever|if|unless|once|after|before|while|until)\s+\S|"
    r"^[^:\n]*\d[^:\n]*[가-힣][ \t]+때(?:[ \t]|$)|^[ \t]*(?:→|->|⇒|=>|∴)"
)
"""`On receiving m`, `When sending m`, `If n > promised`, `After round f + 1`: the moment or
the case in which a step of a procedure acts (`- On receiving m: set L := max(L, t) + 1`,
`- 4 들어올 때 {2, 0, 3}: … → **0**`, a step of a trace by its numbers; a case, `- 짧을 때: …`,
is asked), or what follows from the line above (`- → 너무 큼 → …`),
which names no thing; asked alone it is one branch of the procedure, whose steps stay
together on its heading's card. (`On-premise` and `If-else` are names: no space follows;
`BEFORE 또는 AFTER`, in capitals, names a keyword.)"""


_MAX_RESTATING_WORDS = 6
"""A definition of more words says something its term does not, whatever they are."""
_WORD = lazy(r"[^\W_]+")
_FILLER = frozenset(
    {"용도", "역할", "목적", "기능", "것", "하는", "하기", "위한", "위해", "때", "사용"}
    | {"used", "use", "for", "to", "the", "a", "an", "of", "its", "it", "is", "which", "that"}
    | {"purpose", "role", "thing"}
)
"""Words a definition may add to its term's and still say nothing more: `프로세스를 식별하는
용도` of `프로세스 식별자` tells only what the name does already."""


def restates(term: str, words: str) -> bool:
    """Whether a short definition says nothing its term does not: each of its words is one of
    the term's, maybe with an ending (`식별하는` of `식별자`, `processes` of `process`), or a
    filler (`용도`, `used for`). `- 프로세스 식별자: 프로세스를 식별하는 용도` asks the name
    and answers the name; the item stays a line of its heading's answer. (`- Bollards:
    Barricades` says another word; `프로그램` is no ending of `프로세스`.)"""
    if len(words.split()) > _MAX_RESTATING_WORDS:
        return False  # most definitions: longer than a restatement (the cheap test first)
    said = _WORD.findall(words.casefold())
    if not said or len(said) > _MAX_RESTATING_WORDS:
        return False  # none, or more once split at punctuation too (`읽기/쓰기`)
    folded = plain(term).casefold()
    if said[0] not in _FILLER and said[0][:2] not in folded:
        return False  # its first word begins as no word of the term (nor so any stem) does
    named = _WORD.findall(folded)
    stems = tuple(_stem(name) for name in named if len(name) >= 2)
    return bool(named) and all(word in _FILLER or word.startswith(stems) for word in said)


def _stem(name: str) -> str:
    """What a word of the term's begins with when it is that word with an ending: all of the
    name but its last letter, two letters at least (`식별하는` and `식별자`, `프로세스를` and
    `프로세스`)."""
    return name[: max(2, len(name) - 1)]


_QUANTIFIED = lazy(r"^(for\s+(all|each|every|any|some)|there\s+(is|are|exists?))\b", re.IGNORECASE)
"""`For all $n \\geq n_0$`, `There exists a c`: a condition a definition states, one step of
it, which names nothing; the definition is asked whole, on its heading's card."""


_SUPPOSES_A_CASE = lazy(
    r"^(assum(e|es|ing)|suppos(e|es|ing)|let'?s\s+say|let\s+us\s+say|imagine|say\s+(we|you))\b"
    r"|(라고|다고|이라고)\s?(하자|가정)|가정(하자|하면|할\s?때)$",
    re.IGNORECASE,
)


def supposes(words: str) -> bool:
    """`Assuming 3 packets`, `Assume no propagation delay and 1 packet`, `N개가 있다고
    가정하면`: a label that sets up one case of a worked example, whose points work it out
    (`Total delay = 4L/R`); asked alone it names nothing, and its numbers mean something
    only beside the rest of the example, which keeps it. (`words` without markup.)"""
    return _SUPPOSES_A_CASE.search(words) is not None


_PROMPT = lazy(
    r"^((Tell|Walk|Talk|Take)\s+(me|us)|(Describe|Explain|Give|Share|Name|List)\s+"
    r"(a|an|the|your|some|one|two|three|how|why|what|when|me|us))\b"
)
"""`Tell me about yourself`, `Describe a time you failed`: a question an interviewer asks,
which the rest of the item comments on (`this opens almost any interview`); asked alone
it asks for the student's own answer, which the note cannot give."""


_DESCRIBED = lazy(
    r"^[\w'’-]+(\s+[\w'’-]+)*\s+(from|by|with|into|via|using|through|on|onto|over|after|"
    r"before|without|at)\s+((the|a|an|each|every|all)\s+)?[a-z]"
)
"""A thing and where it comes from, in lower case after the preposition (`crops from
tracked boxes`, `cars on the road`), describes an input of a pipeline, not a name. Names
are capitalised (`Time on Page`) or join by `of`, `to`, `in` (`separation of concerns`)."""


_ASPECT_TERMS = lazy(
    r"^((정의|개념|의미|뜻|특징|장점|단점|장단점|예시|예제|용도|용례|목적|이유|종류|문제점|한계|"
    r"기본(값|\s?동작)?|"  # `- 기본: …`: what holds unless set (`default` is Java's modifier too)
    r"definition|meaning|pros|cons|pros and cons|advantages?|disadvantages?|features|"
    r"limitations?|purpose|use\s*cases?|examples?)(\s*\d+)?"
    r"|(사전|일반|기술|수학|학술)적\s?(정의|의미|뜻|개념)"  # `사전적 의미`: the meaning still
    r"|(formal|informal|literal|dictionary|technical|mathematical)\s+(definition|meaning))$",
    re.IGNORECASE,
)


def names_an_aspect(term: str) -> bool:
    """`정의`, `장점`, `Pros`, `Use case`, `문제점 2`, `기본` (the default): a term that names
    an aspect of the heading's subject, not a thing of its own. `- 정의: …` under `## Map` is
    what the heading's card answers; asked alone, `정의` says not of what, and the heading's
    card is left without it. A name in code (`implementation`, a Gradle configuration) is a
    thing."""
    if term.startswith("`") and term.isascii():
        return False
    return _ASPECT_TERMS.match(plain(term)) is not None


_CONNECTIVES = frozenset(
    {"그리고", "그래서", "그러나", "하지만", "근데", "그런데", "따라서", "그러므로", "결국", "즉",
     "결정적으로", "마지막으로", "또한", "게다가", "무엇보다", "특히", "요약하면", "정리하면",
     "한마디로", "다시", "말해", "말하면", "결론적으로", "그러니까", "그럼",
     "crucially", "importantly", "most", "basically", "in", "short", "the", "end", "and"}
)  # fmt: skip
"""`그리고 결정적으로`, `결론적으로`, `Most importantly`, `In the end`: words carrying the
writer's sentence on into what follows, which name nothing."""


def _only_connectives(words: str) -> bool:
    """`- 그리고 결정적으로 → ELBO가 …`: a term only of such words, no name; one English word of
    them alone (`and`, a logic's term) is no such phrase."""
    parts = words.lower().split()
    if len(parts) == 1 and parts[0].isascii() and parts[0] not in ("crucially", "importantly"):
        return False
    return all(part.strip(",.") in _CONNECTIVES for part in parts)


def names_nothing(label: str) -> bool:
    """`Uncommon`, `Senior`: a grade, which asked alone says not of what."""
    return label.lower().rstrip(" :.") in _GRADES


_ANSWERED_ASPECT = (
    r"(pros|cons|pros\s*(and|&|/)\s*cons|advantages?|disadvantages?|benefits?|drawbacks?|"
    r"downsides?|limitations?|strengths?|weaknesses?|장점|단점|장단점|이점|한계점?|문제점|약점|강점|"
    r"consequences?|examples?|예시|예제|사례|best\s+practices?|"
    r"pitfalls?|mistakes|tips|주의\s?(할\s?)?점|(주의|유의)\s?사항|"
    r"causes?|원인)"
)
_COUNTED_ASPECT = r"(\s*\d+(\s*(가지|개)(\s*\([^()]*\))?)?)?"
_ASKS_FOR_ITEMS = lazy(
    rf"^({_ANSWERED_ASPECT}{_COUNTED_ASPECT}(\s+(of|in|for|with|to)\b[^.!?:]*|\s+\w+)?"
    rf"|[^.!?:]*(의|\s|및|과|와){_ANSWERED_ASPECT}{_COUNTED_ASPECT}"
    rf"|(common|key|main|general|typical)\s+{_ANSWERED_ASPECT}\s+(of|in|for|with|to)\b[^.!?:]*)"
    r"\s*:?$",
    re.IGNORECASE,
)
"""`### Disadvantages`, `Benefits of JWT`, `TDD의 장점과 단점`, `Example 4:`, `간단한 예제`,
`Best Practices for Token Use`, `장점 4가지 (교재)`, `Common causes:`: a title asking for its
subject's pros, cons, examples, causes or the practices that answer it (`- Use HTTPS: …` is
one of them; `Deadlock Prevention` names its ways, which are terms: `Mutual exclusion`). A
count of them may follow, with a remark (`장점 4가지 (교재)`).
`예시 2: IN, OUT 사용` names what its example shows, which may well be terms. So do
pitfalls, mistakes, tips and points to watch (`Common pitfalls to avoid on a cover
letter`, `주의할 점`): `- Sloppiness: … Proofread.` tells what its name says already.
(`특징`, `Features`, `Use cases`, `구성 요소`, `Key elements`, `Traits`, `Qualities`,
`Requirements` also head lists of names that are terms of their own: `지역성`, `User
features`, `Semaphore`, `Producer`, `Clone`, `Availability`, `Termination`.)"""
NUMBER_LEAD = lazy(r"^\W*\d+([.)]\d*)*\s*")
"""`3. `, `2.1 `, `(4) `: the number a title or a line opens on, no part of its name."""
_ASKS_WHY = lazy(
    r"^(why|reasons?|when\s+(to|should|do|does|would|is|are)\b)|(하는|쓰는|사용|선택)\s?이유\??$"
    r"|(^|\s)(왜|언제)\s|(사용|도입|적용)\s?(시기|시점)",
    re.IGNORECASE,
)
"""`Why use UDP at all?`, `Reasons to shard`, `사용 이유`, `힙으로 구현하는 이유?`, `왜 결합도를
낮춰야 하나요?`: a title asking the reasons for something, each item one of them; `When to
use OAuth?`, `언제 사용할까?`: a title asking the cases it fits, each item one case."""


def asks_for_its_items(items: list[Node], place: Place) -> bool:
    """Whether the heading over a list, or a label just above it, asks for the pros, the cons
    or the examples of its subject: each item (`- **Highly responsive**: …`) is then one
    answer to it, which asked alone gives itself away; the list answers the heading."""
    if place.path and _title_asks_for_items(place.path[-1]):
        return True
    above = list_and_line_above(items[0], place) if items else None
    if above is None:
        return False
    # `There are several features … . Here are some examples:`: its last sentence leads in
    last_sentence = _SENTENCE_END.split(plain(above[1]).strip())[-1]
    lead = last_sentence.strip("*_ ")
    return _ASKS_FOR_ITEMS.match(lead) is not None or _REASONS_LEAD.match(lead) is not None


_REASONS_LEAD = lazy(
    r"^((the|main|key|two|three|some)\s+)*reasons?(\s+(why|for|to)\b[^.!?:]*)?\s*:$"
    r"|^[^.!?:]*(이유|까닭)(는|은)?\s*:$",
    re.IGNORECASE,
)
"""`Replication = keeping a copy of the data on several machines. Reasons:`: a lead-in,
closing with its colon, into the reasons for what the paragraph names, each item one of them."""


MAX_ANSWERS_LINES = MAX_RECALL_LINES + MAX_RECALL_LINES // 2
"""The lines a list of answers to its heading (reasons, pros, examples), each told in a line
or two, may take and still stay together on the heading's card: a little over one go reads
better than a card per reason asking the reason it answers with."""


@lru_cache(maxsize=256)  # every list of a section asks of the same title
def _title_asks_for_items(title: str) -> bool:
    words = NUMBER_LEAD.sub("", plain(title))
    return _ASKS_FOR_ITEMS.match(words) is not None or _ASKS_WHY.search(words) is not None


_SENTENCE_END = lazy(r"(?<=[.!?])\s+")


_CLAIMED_ASPECT = lazy(
    r"^((주요\s*)?(특징|특성)|공통점|차이점|발생\s*(시점|시기)|"
    r"((key|main)\s+)?(features|characteristics)|similarities|differences|"
    r"(other|additional|more|misc\.?|miscellaneous|extra)\s+(talking\s+)?(topics?|points?|"
    r"things|considerations))\s*:?$",
    re.IGNORECASE,
)
"""`특징`, `공통점`, `발생 시점`, `Features`, `Other topics`: a title naming, alone, an aspect
of the subject above it (or what is left of it) that a few claims answer together."""


@lru_cache(maxsize=256)  # every list of a section asks of the same title
def names_its_claims(title: str) -> bool:
    """Whether a heading names an aspect of its subject that its list answers as a whole
    (`### 공통점` over `- 계층별 역할` and `- 통신 역할`, each over its points): each label
    is one claim of that aspect, not a thing of its own (`Round Robin` under `## Load
    Balancing`, `` `push()` `` under `### 주요 메서드`)."""
    return _CLAIMED_ASPECT.match(NUMBER_LEAD.sub("", plain(title)).strip()) is not None


_CLAIMS = lazy(
    r"^(?P<aspect>pros|cons|advantages|disadvantages|benefits|drawbacks|downsides|limitations|"
    r"strengths|weaknesses|consequences)"
    r"(?:\s+(?:of|in|for|with)\s+(?P<subject>[^.!?:]+))?\s*:?$",
    re.IGNORECASE,
)
"""`Advantages`, `Benefits of a CDN`, `Consequences of SQL Injection`: an English title
asking for its subject's claims, each item one advantage, one consequence; not `Examples`
or `Best practices`, whose items are things or advice, nor `Main Advantages` or
`Advantages and Disadvantages`, whose first words name no subject."""
_ONE_CLAIM = {"pros": "advantage", "cons": "disadvantage"}


def claims_asked(place: Place) -> tuple[str, str] | None:
    """The kind of claim a heading asks for, one of them (`advantage`), and the subject
    they are claims of (`Lottery Scheduling` over `### Advantages`, `SQL Injection` of
    `Consequences of SQL Injection`); None when the heading asks for no claims."""
    if not place.path:
        return None
    asked = _claims_of(place.path[-1])
    if asked is None or asked[1] or len(place.path) < 2:
        return asked
    return asked[0], NUMBER_LEAD.sub("", plain(place.path[-2])).strip()  # of the heading above


@lru_cache(maxsize=256)  # every list of a section asks of the same title
def _claims_of(title: str) -> tuple[str, str] | None:
    found = _CLAIMS.match(NUMBER_LEAD.sub("", plain(title)))
    if found is None:
        return None
    subject = (found["subject"] or "").strip()
    aspect = found["aspect"].lower()
    one = _ONE_CLAIM.get(aspect) or (aspect[:-2] if aspect.endswith("sses") else aspect[:-1])
    return one, subject


def claim_question(claim: str, asked: tuple[str, str]) -> str:
    """`Why is “Simple to Build” an advantage of Lottery Scheduling?`: one claim of a
    subject asked as the question its explanation answers, standing alone."""
    one, subject = asked
    article = "an" if one[0] in "aeiou" else "a"
    return f"Why is “{plain(claim).strip()}” {article} {one} of {subject}?"


_MIN_WHY_WORDS = 5
"""Fewer words beyond a claim's gist (`in turn.`) explain nothing a card could ask."""


def says_more_than(said: str, line: str) -> bool:
    """Whether what a list says of a claim explains it beyond its line on the heading's
    card (its first sentence, its gist or its name alone): by `_MIN_WHY_WORDS` words or
    more, a reason a card could ask (`The scheduler draws a number and walks …`)."""
    line = line.partition(":")[2] or line
    return len(plain(said).split()) - len(plain(line).split()) >= _MIN_WHY_WORDS


_PROCESS_TITLE = lazy(
    r"\bhow\b.*\b(works?|happens?|occurs?|proceeds?|flows?)\b|\b(process|flow|workflow|sequence|"
    r"steps|procedure|scenario|walkthrough|lifecycle|situation|handshake)\b|"
    r"과정|흐름|절차|순서|시나리오|동작\s*(원리|방식)|작동\s*(원리|방식)|처리\s*방식",
    re.IGNORECASE,
)
"""`How It Works`, `JWT Validation Process`, `인증 처리 과정`: a title naming a sequence."""


def names_a_process(title: str) -> bool:
    """`How It Works`, `인증 처리 과정`: a title naming a sequence, whose steps answer it.
    Stricter than `_PROCESS_TITLE`, which steps told as what happens confirm: a title
    naming a process as a thing (`Multi-process`, `Key players in the process`) asks none."""
    return _NAMES_A_SEQUENCE.search(plain(title)) is not None


def _titles_over(place: Place, above: ListAbove) -> list[str]:
    """What may title a list: the heading it stands under and the line just above it."""
    return [place.path[-1] if place.path else "", above[1] if above else ""]


def under_a_process(item: Node, place: Place, above: ListAbove) -> bool:
    """Whether the item is one of a numbered list's steps under a title naming a sequence
    (`## 전체 흐름`, `Steps I'd go through:`, `Pod 종료 흐름:`, `Walkthrough:`) or its stages
    (`## 최적화 단계`, `Pipeline`), the heading or the line just above the list."""
    if _numbered_list_of(item, place) is None:
        return False
    titles = [plain(title) for title in _titles_over(place, above) if title]
    return any(map(_titles_steps, titles))


_STAGES_TITLE = lazy(
    r"(생애|생명)\s?주기|라이프\s?사이클|파이프\s?라인|\b(pipeline|stages|phases|life\s?-?cycle)\b"
    r"|단계(\s*\([^()]*\))?\s*:?$",
    re.IGNORECASE,
)
"""`Catalyst 최적화 단계 (대충)`, `MIPS 5단계:`, `Pipeline`, `Stages:`, `시그널 생애주기`: a
title naming the stages of a sequence. (`2단계 로킹` names a protocol: 단계 ends no such
title.)"""


@lru_cache(maxsize=256)  # every item of a list asks of the same titles
def _titles_steps(title: str) -> bool:
    """Whether a title names a sequence (`_PROCESS_TITLE`) or its stages (`_STAGES_TITLE`)."""
    return _PROCESS_TITLE.search(title) is not None or _STAGES_TITLE.search(title) is not None


_NAMES_A_SEQUENCE = lazy(
    r"\bhow\b.*\b(works?|happens?|occurs?|proceeds?|flows?)\b|\b(workflow|procedure|"
    r"walkthrough|handshake)\b|과정|흐름|절차|순서|(동작|작동)\s*(원리|방식)",
    re.IGNORECASE,
)


_NARRATES = lazy(
    r"^(the|you|we|they|it|if|when|once|after|then|next|finally|upon|on success|otherwise|"
    r"for subsequent)(?=[\s,])|^(이후|그\s?다음|다음으로|그러면|이때|마지막으로)"
    r"|\S[이가]\s.*[다함됨]\.?$|\s\S+[한된는]다\.$",
    re.IGNORECASE,
)
"""`The client sends credentials`, `If valid, the server issues a token`, `서버가 토큰을
발급한다.`, `요청을 프록시 서버로 전달한다.`: a step told as what someone does next, not a
definition of a name (which says what it is: `…하는 단계이다.`)."""
_KOREAN_ACT_END = lazy(
    r"\s\S*(전송|송신|수신|발송|전달|요청|응답|반환|생성|선택|검증|확인|발급|호출|실행|등록|저장|"
    r"교환|할당|연결|종료|수행|암호화|복호화|갱신|삭제|계산|획득|보냄|받음|있음|없음|함|됨|냄|김|줌|킴|옴|둠)"
    r"[\s.!)\]]*$"
)
"""`클라이언트 랜덤 값 전송`, `서버 인증서(서버 공개키 포함) 전송`, `ACK를 서버에 보냄`: a
step written as a note, ending in the act it does (a verbal noun or a nominalised verb),
after the words of what it acts on."""


def _tells(words: str) -> bool:
    """Whether a step's words tell what happens (`_NARRATES`, `_KOREAN_ACT_END`)."""
    return _NARRATES.search(words) is not None or _KOREAN_ACT_END.search(words) is not None


def is_sequence(items: list[Node], place: Place) -> bool:
    """Whether an ordered list under a title naming a process (or a line above it) tells the
    steps of that process (`1. **Login Request**: The client sends credentials.`, `2.
    **Session Creation**: If valid, a session ID is generated.`): most of the steps that say
    something are told as what happens, so each label names a step, not a term; the steps
    make sense only in their order, on their heading's card. The stages of a pipeline named
    by what each is (`1. **Pretraining** — self-supervised prediction`) are terms.

    Steps named by a bare label (`3. **B → A: FIN**`) tell what happens on the point
    under it; three of them at least, since two labels over points (`Query process`,
    `Caching`) are as often two parts as two steps. An exchange of messages between
    parties (`A → B: SYN`) is a sequence whatever its title and however it is told, as is
    a list whose items speak of another step or of themselves as steps (`refers_to_a_step`:
    `… 1번으로 돌아가 …`, `이 단계에서`)."""
    if len(items) < 2:
        return False
    above = list_and_line_above(items[0], place)
    titles = _titles_over(place, above)
    if all(map(names_a_message, items)):
        return True  # `1. A → B: SYN`, `2. B → A: SYN + ACK`: each message names its step
    if any(map(refers_to_a_step, items)):
        return True  # `2. 검사: … 1번으로 돌아가 …`: steps that point at each other by place
    if not any(_PROCESS_TITLE.search(plain(title)) for title in titles):
        return False
    labelled = len(items) >= _MIN_LABELLED_STEPS
    told = []
    for item in items:
        said = [(item_text(item).value or "").strip(), _first_point(item) if labelled else ""]
        if any(said):
            told.append(any(_tells(words) for words in said if words))
    return sum(told) >= 2 and 2 * sum(told) >= len(told)


_MIN_LABELLED_STEPS = 3
_STEP_REFERENCE = lazy(
    r"\d\s*번\s*(으로|부터|과정|단계|항목|에서)|\d\s*단계\s*(로|으로|부터)|(이|다음|이전|앞)\s*단계"
    r"|\b(go(es)?\s+back\s+to|repeat(ing)?|return\s+to|back\s+to)\s+step\s*\d"
    r"|\b(this|the\s+next|the\s+previous|the\s+last)\s+step\b",
    re.IGNORECASE,
)
"""`1번으로 돌아가`, `1번 과정을 통해`, `이 단계에서`, `go back to step 2`, `in the previous
step`: a line that speaks of another step of its list, or of itself as a step. (`2번
호출한다`, twice, and `2단계 로킹`, a name, speak of none.)"""


def refers_to_a_step(item: Node) -> bool:
    """`2. **적절성 검사**: … 겹치면 1번으로 돌아가 …`, `1. **구문 분석**: … 오타가 있으면 이
    단계에서 …`: an item whose words speak of another step of its list, or of itself as a
    step; its list is a sequence, whose items make sense only in their order."""
    return item.line is not None and _STEP_REFERENCE.search(item.line.content) is not None


_MESSAGE = lazy(r"^\S+(\s+\S+)?\s*(→|->|⇒|=>)\s*\S+")
"""`A → B: FIN`, `Client -> Server`: a message from one party to another, one step of an
exchange whatever its title says."""


def names_a_message(item: Node) -> bool:
    """`1. A → B: SYN`: an item naming a message from one party to another, which says
    who does what in that step of an exchange."""
    return _MESSAGE.match(item_text(item).words) is not None


def _first_point(item: Node) -> str:
    """The words of the first point under an item (`1. **A → B: FIN**` over `- A가 FIN을
    보낸다.`): a step named by a label tells what happens on the line under it."""
    below = item.below
    if not below or below[0].type not in ("bullet_list", "ordered_list"):
        return ""
    return item_text(below[0].children[0]).words.strip() if below[0].children else ""


_GOES_ON = lazy(
    r"^(after|afterwards|once|then|next|finally|subsequently|upon)(?=[\s,])"  # not `next-token`
    r"|^(이후|그\s?다음|다음으로|마지막으로)",
    re.I,
)


def goes_on_from_a_step(item: Node) -> bool:
    """`3. **Notification**: After a worker processes a message, …`: an item told as what
    happens after the one before, a step of a sequence, not a term defined."""
    value = item_text(item).value
    return value is not None and _GOES_ON.match(value) is not None


def in_an_example(above: ListAbove) -> bool:
    """Whether the item is in a list of the section that a line just above introduces as an
    example, or as a structure to follow (`above`: `list_and_line_above` of the item): the
    whole list answers the heading, and no item is a card of its own."""
    return above is not None and _leads_into_an_example(above[1], above[2])


@lru_cache(maxsize=64)  # every item of a list asks of the same paragraph above it
def _leads_into_an_example(line: str, paragraph: str) -> bool:
    return _introduces_an_example(line) or _SUPPOSES.search(paragraph) is not None


def in_a_legend(above: ListAbove) -> bool:
    """`- idle: 유휴 상태` in a list under `범례:`, or just under a picture with every line a
    short key and its short value (`above`: `list_and_line_above` of the item): a key to
    what the picture shows, read beside it, not a term the note teaches. (`- Load
    balancer: spreads requests over the servers` under a picture defines.)"""
    if above is None:
        return False
    listed, line, _ = above
    if _LEGEND_LABEL.match(plain(line)):
        return True
    return bool(_PICTURE_LINE.search(line)) and all(map(_is_key, listed.children))


_LEGEND_LABEL = lazy(r"^\W*(범례|legend)\s*:?$", re.IGNORECASE)
_PICTURE_LINE = lazy(r"^\s*(!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>)\s*$", re.IGNORECASE)
_MAX_KEY_WORDS = 2
_MAX_KEY_VALUE_WORDS = 3


def _is_key(item: Node) -> bool:
    """`- idle: 유휴 상태`: a word or two, a separator, and a few words."""
    text = item_text(item)
    return (
        text.key is not None
        and not item.below
        and len(text.key.split()) <= _MAX_KEY_WORDS
        and len(text.value.split()) <= _MAX_KEY_VALUE_WORDS
    )


def a_told_step(item: Node, place: Place) -> bool:
    """Whether the item is a step of a numbered list whose bold titles tell what happens
    (`1. **Hardware Saves the PC**` among `2. **Dispatcher Looks Up the Handler**`): such a
    title answers rather than asks, whichever of the steps says so in words we know."""
    if item.line is None or not item.line.content.startswith("**"):
        return False  # the cheap test first: step titles are bold
    steps = _numbered_list_of(item, place)
    return steps is not None and _tells_acts(steps)


def a_lone_term_among_steps(item: Node, place: Place) -> bool:
    """`3. Comparing/contrasting: Evaluate existing systems` among numbered steps none of
    which names a term (`1. Choose a framework`, `2. Evaluate people and processes`): the
    words before the colon name that step, not a term to define; the step stays in its
    order on its heading's card."""
    steps = _numbered_list_of(item, place)
    return (
        steps is not None
        and len(steps.children) >= _MIN_STEPS
        and not any(step is not item and _names_a_term(step) for step in steps.children)
    )


_MIN_STEPS = 3
_MAX_STEP_TERM_WORDS = 6
"""As many words as a term of `term: definition` may have."""


def _names_a_term(step: Node) -> bool:
    """Whether a step's line names a term before a colon (`2. Shared lock: …`); a step
    told in a sentence before it (`2) Execution of process-creation system call by running
    process: e.g. fork()`) names none, and leaves the one term among its siblings a step."""
    if step.line is None or ":" not in step.line.content:
        return False
    return is_term(plain(step.line.content).partition(":")[0], _MAX_STEP_TERM_WORDS)


def a_turn_of_a_party(item: Node, place: Place) -> bool:
    """`4. 클라이언트: TIME_WAIT 상태, 서버로 ACK 보냄` in a numbered list where two steps
    name the same key (`2. 서버: …`, `3. 서버: …`): the keys are the parties of one exchange
    taking turns, not terms; each line says what a party does at that step, which makes
    sense only in the exchange's order, on its heading's card. (A bulleted term written
    twice, `- Method: GET` and `- Method: PUT`, is one term told in two places.)"""
    steps = _numbered_list_of(item, place)
    return steps is not None and _keys_repeat(steps)


def a_step_by_its_name(item: Node, term: str, place: Place) -> bool:
    """`1. **SYN 단계** : 클라이언트가 SYN을 보냄` under `TCP 연결 성립 과정`: a numbered item
    naming itself a step of the process its heading (or the line above its list) names,
    with nothing under its line. Asked by its name alone it would lose where it stands
    (the step before, the one after); its line says no more than the heading's card, which
    holds the steps in their order while the section is recalled in one go."""
    if not _NAMES_A_STEP.search(term):
        return False  # most terms: the cheap test first
    if item.below or _numbered_list_of(item, place) is None:
        return False
    above = list_and_line_above(item, place)
    titles = _titles_over(place, above)
    if not any(names_a_process(title) for title in titles if title):
        return False
    said = [
        (block, place.quote(block)) for block in place.section.blocks if block.type != "html_block"
    ]
    return at_most(said, 2 * MAX_RECALL_LINES)


_NAMES_A_STEP = lazy(r"(\S\s*단계|\b(step|phase|stage))$", re.IGNORECASE)
"""`SYN 단계`, `ACK step`, `Commit phase`: a name saying it is a step of something."""


@lru_cache(maxsize=64)  # every item of a list asks of the same list
def _keys_repeat(listed: Node) -> bool:
    keys = [item_text(child).key for child in listed.children]
    named = [key.strip().casefold() for key in keys if key and key.strip()]
    return len(set(named)) < len(named)


def _numbered_list_of(item: Node, place: Place) -> Node | None:
    """The section's numbered list that holds the item, None when it is in none."""
    index = _list_index(item, place)
    block = place.section.blocks[index] if index is not None else None
    return block if block is not None and block.type == "ordered_list" else None


def _list_index(item: Node, place: Place) -> int | None:
    """Where among the section's blocks the list that holds the item is, None when no list
    of the section holds it; worked out once an item (`Place.list_indexes`)."""
    known = place.list_indexes
    if item in known:
        return known[item]
    index = None
    if item.map is not None:
        blocks = place.section.blocks  # in the order of their lines: found by halving
        after = bisect_right(place.block_starts, item.map[0])
        block = blocks[after - 1] if after else None
        if (
            block is not None
            and block.map is not None
            and block.map[1] > item.map[0]  # not an item of a list inside another block
            and block.type in ("bullet_list", "ordered_list")
        ):
            index = after - 1
    known[item] = index
    return index


@lru_cache(maxsize=64)  # every step of a list asks of the same list
def _tells_acts(steps: Node) -> bool:
    return any(
        step.line is not None and tells_an_act(plain(unwrap_strong(step.line.content)))
        for step in steps.children
    )


ListAbove = tuple[Node, str, str] | None
"""The section's list that holds an item, the last line of the paragraph just above it,
and that paragraph; None when no paragraph stands just above it. Rules read it more than
once of an item, so they work it out once (`list_and_line_above`) and pass it on."""


def list_and_line_above(item: Node, place: Place) -> ListAbove:
    """The item's `ListAbove`, worked out once an item (`Place.lists_above`)."""
    known = place.lists_above
    if item in known:
        return known[item]
    index = _list_index(item, place)
    if not index:
        above = None  # in no list, or in the section's first block
    else:
        above = _list_above(place.section.blocks[index - 1], place.section.blocks[index])
    known[item] = above
    return above


@lru_cache(maxsize=64)  # every item of a list asks it, rule after rule: read once a list
def _list_above(before: Node, listed: Node) -> ListAbove:
    """The `ListAbove` of a list after the block `before` it."""
    if before.type != "paragraph":
        term = _lone_term(before, listed)
        return None if term is None else (listed, term, term)
    if is_said_to_the_reader(before):
        return None  # `(팀 위키에 공유했던 내용이라 존댓말)`: left out, it names no list
    text = before.children[0].content
    lines = text.splitlines() or [""]  # a paragraph of only a no-break space has no line
    return listed, lines[-1], text


def _lone_term(block: Node, listed: Node) -> str | None:
    """The term a list of one bare item names (`* CTR`) when the list after it (`listed`)
    opens on its aspects, most of its items naming one (`- Definition:` …, `- Use Cases:`
    …): a new marker made them a list of their own, but the writer meant them under it, and
    they are its aspects, not the heading's."""
    if block.type != "bullet_list" or len(block.children) != 1:
        return None  # nearly every block before a list
    item = block.children[0]
    if item.below or item.line is None:
        return None
    words = plain(item.line.content).strip()
    if not words or len(words.split()) > _MAX_LONE_TERM_WORDS or not is_term_like(words):
        return None
    labels = [item_text(child).words.strip().rstrip(":").strip() for child in listed.children]
    aspects = [names_an_aspect(label) for label in labels]
    return words if aspects and aspects[0] and 2 * sum(aspects) >= len(aspects) else None


_MAX_LONE_TERM_WORDS = 3


_MAX_LIST_LABEL_WORDS = 5
_WRITERS_REMARK = lazy(r"\s+\((?:[^()\s*`,]+\s+){2,}[^()\s*`,]+\)$")
"""`Mnemonics (the dumb ones that stuck):`, `Side effects (learned the hard way):`: the
writer's remark on a label that is too long with it, three plain words or more in
brackets after it, which a card's context need not carry. Brackets listing what holds
(`Under mild conditions (continuous density, positive at the true median):`) are no
remark."""
_FORMULA_ALONE = lazy(r"^(?:\\\(.*\\\)|\$\$?[^$]+\$\$?)$")
_LEADS_ON = lazy(
    r"[,;]$|(때|면|고|서|며)$|\b(?i:where|which|that|when|whose|who|if|because|since|as|like|"
    r"include|includes|are|is|following|follows|below|of|to|for|with|by|and|or|the|a|an)$"
    r"|^(?i:it|this|these|there|here|they|we|you|i)\s"
)
"""A line that leads into the list as the rest of its sentence (`A cluster where:`, `It goes
as follows:`, `Given n nodes,`): no label."""


def listed_before(item: Node, place: Place) -> str | None:
    """The label of an earlier item of the same list that names this item's label among
    its points: `- 탄탄한 기본기` over its points, after `- 메인 개발자에게 요구되는 역량` over
    `- 개발에 대한 열정`, `- 꾸준한 학습`, `- 탄탄한 기본기`, is one of those, and asked as
    `… › 메인 개발자에게 요구되는 역량 › 탄탄한 기본기` it stands alone. None when no such
    item stands before it (most items)."""
    index = _list_index(item, place)
    if index is None or item.line is None:
        return None
    listed = place.section.blocks[index]
    named_lists = _names_listed_in(listed)
    if not named_lists:
        return None  # most lists: no item names others below it
    items = listed.children
    if item not in items:
        return None  # an item nested deeper: its own list's items are no names of it
    label = _name_key(item.line.content)
    for named in named_lists[: items.index(item)]:
        if named is not None and label in named[1]:
            return named[0]
    return None


@lru_cache(maxsize=64)  # every item of a list asks of the items before it
def _names_listed_in(listed: Node) -> tuple[tuple[str, set[str]] | None, ...]:
    """`_names_listed` of each item of a list, in order; () when no item names any."""
    named = tuple(map(_names_listed, listed.children))
    return named if any(named) else ()


def _names_listed(item: Node) -> tuple[str, set[str]] | None:
    """An item's label and the names its one list of two or more bare names gives, keyed
    as `_name_key` keys them; None for any other item."""
    if len(item.children) != 2 or item.children[1].type not in ("bullet_list", "ordered_list"):
        return None
    head, points = item.children
    if head.type not in ("paragraph", "heading") or not head.children:
        return None
    label = unwrap_strong(head.children[0].content.strip()).rstrip(" :")
    if not label or not is_term_like(plain(label)):
        return None
    names = set()
    for point in points.children:
        if point.line is None or point.below:
            return None  # a point told under it: no list of names
        names.add(_name_key(point.line.content))
    return (label, names) if len(names) >= 2 else None


@lru_cache(maxsize=1024)  # each item of a list reads again the names listed before it
def _name_key(text: str) -> str:
    """A name as two lists of one note write it alike: its words, bold and a colon aside."""
    return plain(unwrap_strong(text.strip()).rstrip(" :")).casefold()


def label_over_list(item: Node, place: Place, above: ListAbove) -> str | None:
    """The label a short line just above the item's list gives it (`Features` or `특징:`
    over `- Author history` over its points), which its cards need in their context:
    `… › Ranking model › Features`, not `… › Ranking model` over a bare `Author history`.
    The line is the whole paragraph, or its last line ending in a colon (`… by likes.` then
    `Model options:`); a sentence (`다음과 같은 특징이 있다:`), a question, or the title the
    section has already gives none, and a longer line only the subject it names
    (`lead_subject`). Only the list's own items take it: one nested deeper is
    under a label of its own (`above`: `list_and_line_above` of the item)."""
    if above is None or item not in above[0].children:
        return None  # most items: no paragraph just above their list
    named = _bold_lead(above, place)
    if named is not None:
        return named  # `**DOM-based** — … writes it to a *sink*.` over `- sinks: …`
    line = above[1].strip()
    if line != above[2].strip() and not line.endswith(":"):
        return None  # a paragraph's last line, not set apart as a label
    line = _named_after_a_sentence(line)
    label = unwrap_strong(line.removesuffix(":").strip()).rstrip(" :")
    if "![" in label:
        return None  # a picture over the list (`![](…)`), the line most often found there
    words = plain(label)
    if len(words.split()) > _MAX_LIST_LABEL_WORDS and ":" not in label:
        label = _WRITERS_REMARK.sub("", label)  # `Mnemonics (the dumb ones that stuck):`
        words = plain(label)
    if len(words.split()) > _MAX_LIST_LABEL_WORDS:
        return lead_subject(line, place)  # `The main approaches used for …:`
    if (
        not words
        or (label.startswith("(") and label.endswith(")"))  # `(O = 발생 가능)`: a legend
        or _LEADS_ON.search(words)  # `A cluster where:`, `n개라고 하면,`
        or (not line.endswith(":") and any(char.isdigit() for char in words))  # `Team of 12`
        or not is_term_like(words)
        or words.endswith("?")
        or _ADDRESS.search(label)
        or not any(char.isalpha() for char in words)
        or _FORMULA_ALONE.match(label)  # `$E_p = …$` over the cases it sorts: no name
        or (place.path and plain(place.path[-1]).casefold() == words.casefold())
    ):
        return None
    return label


_BOLD_LEAD = lazy(r"^\*\*(?P<name>[^*\n]+?)\*\*\s*(?:—|–|-|:)\s+\S")
"""`**DOM-based** — never touches …`, `**Condition variables**: …`: a paragraph that opens on
a name in bold, set off by a dash or a colon, and goes on to tell it."""


def _bold_lead(above: tuple[Node, str, str], place: Place) -> str | None:
    """The name a paragraph opens on in bold before telling it (`**DOM-based** — never
    touches the server response; client JS takes data from a *source* and writes it to a
    *sink*.`), when a list follows it: the list goes on telling that name (`- sources: …`,
    `- sinks: …`), and its cards need it in their context (`XSS › Three types ›
    DOM-based`), not only the heading over the paragraphs of its siblings (`**Reflected**
    — …`, `**Stored** — …`). A word that says nothing of what the list is of (`**Note**:`,
    `**Example** —`) or the section's own title gives none, and so does a paragraph that is
    not the last line written before the list (`**Why**: …` above a label `**Consequences**`
    set apart)."""
    listed, last, paragraph = above
    found = _BOLD_LEAD.match(paragraph.lstrip())
    if found is None:
        return None  # most paragraphs over a list
    if any(line.lstrip().startswith("**") for line in paragraph.strip().splitlines()[1:]):
        return None  # `**Why**: …` then `**Consequences**`: the last bold line labels the list
    if not _written_just_before(listed, last, place):
        return None
    name = found["name"].strip().rstrip(":").strip()
    if not is_term(name, _MAX_LIST_LABEL_WORDS) or not is_term_like(plain(name)):
        return None  # `**Note**: …`, `**Example** — …`: a remark, no name of what follows
    if place.path and plain(place.path[-1]).casefold() == plain(name).casefold():
        return None
    return name


def _written_just_before(listed: Node, last: str, place: Place) -> bool:
    """Whether the list is written as one, its first line an item, and the last non-blank
    line of the note before it is `last`."""
    if listed.map is None or not _ITEM_LINE.match(place.tree.lines[listed.map[0]]):
        return False  # `**Consequences**` joined to the list under it, as its label
    lines = place.tree.lines[: listed.map[0]]
    before = next((line for line in reversed(lines) if line.strip()), "")
    return before.strip() == last.strip()


_ITEM_LINE = lazy(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)")


_AFTER_A_SENTENCE = lazy(r"(?<=[^\W\d_]{3}[.!?])(?<!etc\.)\s+(?=\S)")
"""The gap after a sentence's full stop (`command. `, `도니까. `), not after an
abbreviation's (`e.g. `, `vs. `, `etc. `)."""


def _named_after_a_sentence(line: str) -> str:
    """The short name a line ends in when a sentence of its own comes first (`Append-only
    file logging every write. `appendfsync`:`, `… 도니까. 템플릿 변수:`): that name, with
    its colon, leads into the list, not the sentence before it. Any other line as it is."""
    if not line.endswith(":"):
        return line
    last = _AFTER_A_SENTENCE.split(line)[-1]
    if last == line or len(plain(last).split()) > _MAX_LIST_LABEL_WORDS:
        return line  # most lines: one sentence, or a long last one (`lead_subject`)
    if ":" in last[:-1]:
        return line  # `Goal: **strong eventual consistency**:`, a label with its value
    return last


_NOUN_LEAD = lazy(
    r"^(?:(?:the|some|a few)\s+)?(?:(?:main|common|key|basic|major|important|typical|popular|"
    r"different|various|possible|general)\s+)*(?P<name>[^\W\d_][^:]*?)"
    r"(?:\s+(?P<verb>are|include|includes))?\s*:$",
    re.IGNORECASE,
)
"""`The main approaches used for personalized music recommendation:`, `The key elements of
a product pitch include:`: a sentence that is only a noun phrase, the subject of the
list it leads into (maybe the last sentence of its line)."""
_PARTICIPLE = lazy(r"\s(?:used|applied|found|seen|employed)(?=\s(?:for|in|by|to)\s)", re.I)
"""`approaches used for X`: the participle says nothing `approaches for X` does not."""
_COUNTED = lazy(r"(?<!\S)(?:몇|여러|두|세|네|다섯|\d+)\s?가지(?:의)?\s+")
"""`Stream API의 몇 가지 추가 기능`: how many there are is the list's to say."""
_MAX_LEAD_WORDS = 6
_LAST_SENTENCE = lazy(r"(?<=[.!?])\s+(?=[A-Z])")
_MIN_NEW_SHARE = 0.5
_LINKING = frozenset(
    {"the", "and", "for", "with", "from", "into", "of", "to", "in", "on", "by", "an", "at", "or"}
)


def lead_subject(line: str, place: Place) -> str | None:
    """The subject a longer line leading into the list names, shortened to a name, when the
    context does not say it already: `The main approaches used for personalized music
    recommendation:` over `- Blended` gives `Approaches for personalized music
    recommendation`, so that the card does not ask a bare `Blended` under `3. Components`.
    A sentence with a verb, one going on into the list or pointing back (`These are …`,
    `Flags that you should know …`) names no subject."""
    if not line.endswith(":"):
        return None  # most long lines over a list: a sentence ending in its full stop
    lead = _NOUN_LEAD.match(_LAST_SENTENCE.split(plain(unwrap_strong(line)))[-1])
    if lead is None:
        return None  # most lines over a list: a sentence, or no colon
    name = _COUNTED.sub("", _PARTICIPLE.sub("", lead["name"]))
    words = name.split()
    if (
        not 2 <= len(words) <= _MAX_LEAD_WORDS
        or _LEADS_ON.search(name)
        or _ADDRESS.search(name)
        or any(char in name for char in ".!?;,")  # `For example, a client may send:`
        or _VERB.search(name)
        or not is_term_like(name)
        or _POINTS_BACK.search(name)
        or (lead["verb"] and CLAUSE_WORD.search(name))  # `Costs depend on how large tables are:`
    ):
        return None
    said = {word for word in words_in(" ".join(place.path))}
    own = [word for word in words_in(name) if word not in _LINKING]
    new = [word for word in own if word not in said]
    if not own or len(new) < _MIN_NEW_SHARE * len(own):
        return None  # `Approaches for a rollout` under `Rollout approaches`: said already
    return name[0].upper() + name[1:]


_VERB = lazy(
    r"\b(?i:may|might|can|could|will|would|shall|should|must|do|does|did|is|are|was|were|"
    r"has|have|had|need|needs|let|get|gets|make|makes|see|look)\b"
)
"""`Services a client can call:`: a subject and its verb, a clause, not a name."""
_POINTS_BACK = lazy(
    r"\b(?i:you|we|they|it|these|those|this|that|which|who|above|below|here|there)\b"
    r"|^(이|그|저|위|아래)\s"
)
"""`Flags that you should know …`, `Reasons this matters`: a clause, or words pointing
elsewhere, not a name."""


def words_in(text: str) -> list[str]:
    """A text's words of two letters or more, case-folded, a plural's `s` dropped."""
    return [word.casefold().rstrip("s") for word in _LEAD_WORDS.findall(plain(text))]


_LEAD_WORDS = lazy(r"[^\W\d_]{2,}")


def a_feature_among_statements(item: Node, place: Place, above: ListAbove) -> bool:
    """Whether the item is one feature of a list of features told in sentences (`RISC는
    다음과 같은 특징을 갖는다.` over `- 파이프라이닝 기술을 도입할 수 있어 … 갖는다.`, `- 고정길이
    명령어` over its points, `- … 임베디드에도 사용된다.`; or under `### 특징`): a label among
    them is one more feature, written short, which the list's answer holds; asked alone it
    gives itself away (`above`: `list_and_line_above` of the item)."""
    if above is not None and _names_features(above[1]):
        listed = above[0]
    elif place.path and _names_features(place.path[-1], " "):
        index = _list_index(item, place)
        listed = place.section.blocks[index] if index is not None else None
    else:
        return False  # most lists: no features they list
    others = [other for other in listed.children if other is not item] if listed else []
    return len(others) >= _MIN_STATED and all(
        other.line is not None and _states(plain(other.line.content)) for other in others
    )


@lru_cache(maxsize=64)  # every item of a list asks of the same line above it, or title
def _names_features(line: str, end: str = "") -> bool:
    return _NAMES_FEATURES.search(plain(line) + end) is not None


_MIN_STATED = 2
_NAMES_FEATURES = lazy(
    r"(특징|장점|단점|이점|장단점|특성)(을|를|은|는|이|가|으로|로)?(\s|:|$)|"
    r"(?i:\b(features|characteristics|properties|advantages|disadvantages|benefits|drawbacks)\b)"
)
"""A line or title leading into its subject's features, pros or cons (`다음과 같은 특징을
갖는다.`, `It has the following advantages:`, `RISC의 특징`)."""


_TELLS_TO_DO = lazy(
    r"^(?!(?i:for|in|on|at|with|by|from|to|of|after|before|during|under|over|into|through|"
    r"without|within|across|about|per|via|when|while|if|once|unless|and|or|but|not|all|"
    r"each|every|both|some|most|more|less|one|two|three|the|this|that|these|those|what|"
    r"which|how|why|who|where|it|our|your|their|my|his|her|we|you|they|he|she|there|"
    r"here)\s)[A-Z][a-z]+(?<!s)(?<!ing)(?<!ion)(?<!ment)(?<!ure)\s+"
    r"(a|an|the|all|each|every|most|more|some|your|its|their|our|over|into|out|up|off)\s"
)
"""`Recommend most engaging games`, `Translate an abstract problem into an ML problem`,
`Iterate over MVP model`, `Disable all interrupts`: a verb telling what to do, then what
it acts on. A name's first word is a noun (`Read Through 패턴`, `Challenge for MM
training`, `Use case`): no article or particle follows it; nor is a preposition or a
pronoun a verb (`For the system`, `All the others`). Matched ignoring case only for those
words: a verb is capitalised."""


def tells_what_to_do(item: Node, words: str, place: Place) -> bool:
    """Whether a label is an instruction, one step or one answer of its heading's list,
    which asked alone gives itself away; the heading's answer holds it with what it says
    under it. Under another label (`- Iterate over the model` among `- Model training`'s
    parts) it stays a part of that label's, which names it when its parts are many."""
    if _TELLS_TO_DO.match(words) is None:
        return False  # most labels: a name
    index = _list_index(item, place)
    return index is not None and item in place.section.blocks[index].children


def _states(words: str) -> bool:
    return is_statement(words) or is_claim(words)


@lru_cache(maxsize=256)  # every item of a list asks of the same line above it
def _introduces_an_example(line: str) -> bool:
    words = plain(_ADDRESS.sub("", line))  # `![](https://example.com/…)` says no example
    return bool(
        _AN_EXAMPLE.search(words)
        or _EXAMPLES_LABEL.match(words)
        or _A_STRUCTURE.search(words)
        or _SUCH_AS.search(words)
    )


_SUPPOSES = lazy(
    r"\b(let's say|let us say|suppose|imagine|say we have|say you have)\b"
    r"|(한다고|라고|이라고)\s?(하자|가정)",
    re.IGNORECASE,
)
"""`Let's say we have an app … Our services talk to each other:`: the paragraph above
sets up a made-up case, and the list spells it out (`Micro A: In Python`); its items are
the case's details, not terms the section teaches. (`예를 들어 OutOfMemoryError …` names
real instances, which may well be terms.)"""
_SUCH_AS = lazy(r"\b(like|such as)\s*:?$", re.IGNORECASE)
"""`You can manage DNS using services like:`, `Graphs model relations between entities, such
as` (the sentence going on into the list): the list names a few instances, any of which
would do; what each offers is the example's detail, not a term the section teaches."""


_ADDRESS = lazy(r"\]\([^)]*\)|<[^>]*>|\bhttps?://\S+")


_MAX_SUBTITLE_WORDS = 4


def titles_its_children(definition: str, rest: list[Node]) -> bool:
    """`- Labels: chargebacks and reviews` over `- chargebacks arrive late`: the words after
    the colon (`definition`, without markup) name what the points below speak of, so the
    line is a title, asked whole (`label_with_children`); its points do not define
    `Labels`."""
    words = definition.rstrip(" :").casefold().split()
    if not rest or rest[0].type not in ("bullet_list", "ordered_list") or not words:
        return False
    first = rest[0].children[0].line if rest[0].children else None
    return (
        first is not None
        and len(words) <= _MAX_SUBTITLE_WORDS
        and len(words[0]) > 2
        and is_term_like(" ".join(words))
        and plain(first.content).casefold().startswith(words[0])
    )


_ADVICE = lazy(
    r"^((if|when|unless|once)\b[^.;]*,\s*(include|add|mention|list|use|put|write|keep|leave|"
    r"omit|remove|avoid|consider|try|make|be|don't|do not|never|always|ask|say|show|highlight|"
    r"focus|prefer|skip|drop|describe|explain|specify|pick|choose|feel free)\b"
    r"|(make sure|be sure|don't|do not)\b)",
    re.IGNORECASE,
)
"""`If you shipped code in it, list it first`, `Make sure …`: a tip on what to do with the
item, not what the item is. (A Korean `… 적으세요` reads as a request to answer, which its
heading would not keep: it stays a card.)"""


def is_advice(text: str) -> bool:
    """Whether a definition tells what to do with its term rather than what it is."""
    return _ADVICE.search(text) is not None


_SPEAKER_ROLE = lazy(
    r"^(?:the\s+|my\s+|our\s+)?(?:prof(?:essor)?|lecturer|instructor|teacher|tutor|TAs?|"
    r"(?:guest\s+)?speaker|interviewer)\.?(?:\s+[A-Z][\w.'’-]*)?"
    r"(?:\s+(?:aside|said|says|remark|quote|comment))?$"
    r"|^(?:[가-힣]{2,4}\s*)?(?:교수님?|강사님?|선생님|조교|면접관)(?:\s*(?:왈|말씀|코멘트))?$",
    re.IGNORECASE,
)
_QUOTE_OPENS = lazy(r"^\s*[\"“„«「『]")


def quotes_a_speaker(name: str, said: str) -> bool:
    """`> Prof: "context switch is ~10 µs, quantum ~10 ms, so overhead is ~0.1%."`, `- 교수님:
    "…"`: what someone in the course said, in quote marks after who said it, a teacher, a
    teaching assistant or an interviewer by their role (`Prof`, `Prof aside`, `TA`, `교수님`).
    The label names who spoke, no term: asked as the front, `Prof` asks nothing. The remark
    stays with the answer it is made on. (`- Teacher: id, name, subject` in a schema names
    an entity, and a term defined in quotes, `- Idempotent: "same result …"`, names its term:
    both stay cards.)"""
    return _QUOTE_OPENS.match(said) is not None and _SPEAKER_ROLE.match(name.strip()) is not None


_VERDICT = lazy(
    r"(?:(?:in practice|nowadays|today|these days|it'?s|it is|they'?re)\s+)?(?:"
    # How often it is used or picked: `rarely used`, `거의 안 씀`, `잘 안 고름`, `주로 씀`
    r"(?:rarely|seldom|hardly ever|almost never|never|not (?:often|much|commonly|widely)|"
    r"commonly|widely|often|frequently|mostly|usually)\s+used"
    r"(?:\s+(?:in practice|today|nowadays|anymore|these days))?"
    r"|(?:not|no longer|hardly) used(?:\s+(?:much|anymore|in practice|today|nowadays))?"
    r"|(?:(?:거의|잘|별로|요즘(?:은|엔)?|실무(?:에서|에선)?|현업(?:에서|에선)?)\s*)+(?:안|못)\s*"
    r"(?:씀|써요|쓴다|쓰임|고름|골라요|고른다)"
    r"|(?:(?:가장|제일)\s*)?(?:자주|많이|주로|흔히|널리)\s*(?:씀|쓴다|쓰임|쓰인다|사용됨|사용된다)"
    # Whether it is the one to pick: `rarely what you want`, `the usual answer`, `비추`
    r"|(?:usually|generally|often|mostly|typically|almost always|almost never|rarely|seldom|"
    r"never)\s+(?:what you want|the (?:right|best) (?:answer|choice|option)|worth it|"
    r"a good (?:idea|choice))"
    r"|(?:usually|generally|often|mostly|typically|almost always)\s+(?:worse|better)"
    r"|(?:the\s+)?(?:usual|standard|go-to|typical|obvious) (?:answer|choice|option|pick)"
    r"|(?:a\s+)?(?:good|sane|safe|sensible|reasonable) default(?: choice)?"
    r"|(?:not |highly |strongly )?recommended|not advised|avoid(?: it| this)?|"
    r"(?:don'?t|do not|never) use(?: it| this)?|(?:you )?can(?:'|no)t trust (?:it|this|them)"
    r"|(?:(?:you )?get (?:it|this|that|them) |comes )?for free|good to mention|"
    r"worth (?:mentioning|a mention)"
    # A shrug or a grade alone: `meh`, `so-so`, `별로`, `그저 그럼`, `last resort`
    r"|meh|so-so|overrated|별로(?:임|다)?|그저 그럼|그럭저럭|(?:an?\s+|the\s+)?last resort"
    r"|(?:비)?권장(?:함|됨)?|비추(?:천)?(?:함)?|추천(?:함)?|지양(?:함|할 것)?|국룰|"
    r"쓰지\s?(?:말 것|마세요|마라)|사용\s?금지"
    r")",
    re.IGNORECASE,
)
_PLAIN_PRAISE = lazy(r"(?:simple|easy|cheap|naive|간단함?|단순함?|쉬움)", re.IGNORECASE)
"""A word that grades the term beside a verdict (`simple, usually worse`), saying nothing
of what it is."""
_SUPERLATIVE = lazy(
    r"(?:the\s+)?(?:(?:most|least)\s+\w+|simplest|easiest|cheapest|fastest|slowest|safest|"
    r"quickest|best|worst)|(?:가장|제일)\s?\S+"
)
"""`simplest`, `the cheapest`, `가장 느림`: how the term ranks among the others listed, a
grade that asked alone says not among what."""
_NOT_REALLY = lazy(
    r"^not (?:really|quite|exactly|strictly) (?:an? )?\w+(?:,\s*(?:but |just |rather )?"
    r"(?:an? )?\w+)?$",
    re.IGNORECASE,
)
"""`not really eviction, but expiry`: what a list's entry is not quite, said of one entry
among the list's; it grades the entry against its heading, and defines nothing."""
_CLAUSE_END = lazy(r"\s*(?:[.;!,·]|\s[—–-]\s)\s*")


def is_verdict(words: str) -> bool:
    """Whether a definition only judges its term (how often it is used, whether to pick it,
    how it compares with the others listed) rather than saying what it is: `- 일반 메서드
    주입 — 거의 안 씀`, `- FIFO — simple, usually worse.`, `- scheduled — simplest`, `- TTL
    — not really eviction, but expiry.`, `- Client side — can't trust it`, `- query
    priority: meh`. The line is one
    entry of its list's answer, which the heading's card keeps. A verdict beside what the
    term is or does (`- LRU — evict least recently used. Good default.`, `- Shuffle hash
    join — 한쪽이 적당히 작을 때. 잘 안 고름.`) says something of its own. (`words` without
    markup.)"""
    text = words.strip().rstrip(".!")
    if len(text.split()) > _MAX_VERDICT_WORDS:
        return False  # most definitions: longer than a verdict (the cheap test first)
    if _NOT_REALLY.match(text):
        return True
    clauses = [clause for clause in _CLAUSE_END.split(text) if clause]
    judged = [
        _VERDICT.fullmatch(clause) is not None or _SUPERLATIVE.fullmatch(clause) is not None
        for clause in clauses
    ]
    return any(judged) and all(
        verdict or _PLAIN_PRAISE.fullmatch(clause) is not None
        for verdict, clause in zip(judged, clauses, strict=True)
    )


_MAX_VERDICT_WORDS = 8


def shown_already(definition: str, term: str, place: Place) -> bool:
    """`- Demand forecasting: MAPE` under `## Mean Absolute Percentage Error`: a short value
    that the front or the context line already prints, in words or by its initials, teaches
    nothing asked. (`definition` without markup.) A name of two words or more is the same
    name in other letters too (`- ML category: Recommendation System` under `Design a
    video recommendation system`); one word is not (`Lazy` is no `LAZY`)."""
    value = definition.strip(" .")
    if not value or len(value.split()) > _MAX_KEY_VALUE_WORDS:
        return False
    titles = [plain(title) for title in (*place.path, term)]
    if " " in value:  # a name of words: `Recommendation System` in `… recommendation system`
        value, titles = value.casefold(), [title.casefold() for title in titles]
    if any([value in title for title in titles]):  # as printed: `Lazy` is no `LAZY`
        found = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")  # a word, not part of one
        if any(found.search(title) for title in titles):
            return True
    return _ACRONYM.match(value) is not None and any(value in _initials(title) for title in titles)


_ACRONYM = lazy(r"^[A-Z]{2,6}$")


def _initials(title: str) -> set[str]:
    """The initials of each run of capitalised words: `Mean Absolute Error` → MAE, AE, …"""
    words = [word for word in re.split(r"[\s\-/()]+", title) if word]
    found: set[str] = set()
    for start in range(len(words)):
        letters = ""
        for word in words[start:]:
            if not word[0].isupper():
                break
            letters += word[0]
            found.add(letters)
    return found


_WAY_TOLD = lazy(r"\S+\s\S+는\s(방법|방식)$")


def one_way_told(label: str, place: Place) -> bool:
    """`- 행과 열의 성분을 곱해서 더하는 방법` under `## 곱셈 방법`: one of the ways the
    heading asks for, told by what it does: the list answers the heading, and the line is
    its content, not a name. (`- Write Through 방식` names one.)"""
    if not label.endswith(("방법", "방식")):
        return False  # most labels: cheap to see
    found = _WAY_TOLD.search(label)
    return found is not None and plain(place.path[-1]).rstrip(" ?:").endswith(found[1])


PRO_CON = lazy(
    r"^((?P<pro>pros?|advantages?|benefits?|장점)|(?P<con>cons?|disadvantages?|drawbacks?|단점))"
    r"\s*(:|$)",
    re.IGNORECASE,
)
"""`- Pros: …`, `- 단점`: an item naming its label's pros or cons."""
ASPECTS_NAMED = {
    (frozenset({"pro", "con"}), False): ": pros and cons",
    (frozenset({"pro"}), False): ": pros",
    (frozenset({"con"}), False): ": cons",
    (frozenset({"pro", "con"}), True): " 장단점",
    (frozenset({"pro"}), True): " 장점",
    (frozenset({"con"}), True): " 단점",
}
"""What a front adds when the points under a label are its pros, its cons, or both."""


def says_relative(item: Node) -> bool:
    """`- Mutable: 그 외 모든 객체`, `- B → the rest`: a row defined by what its siblings
    leave over; or one that names them together, by its lead (`- both → CDF` beside `-
    discrete → PMF` and `- continuous → PDF`) or by a count of three or more opening what
    it says (`- 대칭: 셋 다 같음` beside the two skews, each ordering mean, median and mode):
    the rows are cases of one rule, and asked alone `both` or `대칭` asks nothing. An item
    that is itself the rest (`- 기타 이진 트리`, `- 나머지는 …`) is no front, but leaves its
    siblings theirs."""
    text = item.line
    if text is None or ":" not in text.content and not CHAIN.search(text.content):
        return False
    text = item_text(item)
    if text.value is None:
        return False
    if RELATIVE.match(text.value) is not None:
        return True
    key = text.key  # the separator took the spaces around it
    if len(key) <= _MAX_COUNT_CHARS and _COUNTS_SIBLINGS.match(key) is not None:
        return True
    return text.value[:1] in _COUNT_FIRST and _ALL_OF_THEM.match(text.value) is not None


_COUNTS_SIBLINGS = lazy(
    r"^(?:both|either|neither|none|all(?: (?:two|three|four|of them))?|"
    r"(?:둘|셋|넷) 다|모두|전부|양쪽(?: 다)?)$",
    re.IGNORECASE,
)
"""Lead words naming the list's rows together: `both`, `neither`, `all three`, `둘 다`."""
_MAX_COUNT_CHARS = len("all of them")
"""The longest of `_COUNTS_SIBLINGS`: a longer lead, nearly every one, is read no further."""
_ALL_OF_THEM = lazy(r"^(?:(?:셋|넷) 다|all (?:three|four))(?!\w)", re.IGNORECASE)
"""`셋 다 같음`, `all three agree`: what a row says of the three or four things its siblings
order or name. (`both push and pull` says what a thing does both of.)"""
_COUNT_FIRST = frozenset("셋넷aA")
"""The letters `_ALL_OF_THEM` opens on: a value opening otherwise is read no further."""


_THE_OLD_WAY = lazy(
    r"^(기존(의)?(\s?(방식|방법))?|이전\s?방식|전통적(인)?\s?방식|"
    r"(the\s+)?(traditional|conventional|old)\s+(approach|way)|traditionally)$",
    re.IGNORECASE,
)


def names_the_old_way(item: Node) -> bool:
    """`- 기존: 개발자가 직접 객체를 생성` beside `- IoC: 컨테이너가 생성`, `- Traditional
    approach: …`: a row naming what things were like before the subject, which says
    something only set against its sibling; the list is one contrast, answered whole."""
    key = item_text(item).key
    return key is not None and _THE_OLD_WAY.match(plain(key).strip()) is not None


_CONDITION = lazy(r"(경우|때|\s시)$|^(when|if|whenever|once|in case)\b", re.IGNORECASE)


_MAX_CASE_LINES = 5


@lru_cache(maxsize=4096)  # a list's answer asks it of the same lines more than once
def _names_a_case(words: str) -> bool:
    """`invalid 페이지를 참조하는 경우`, `When the cache is full`: a condition."""
    return _CONDITION.search(words.rstrip(" :")) is not None


def is_condition(item: Node, place: Place) -> bool:
    """`- invalid 페이지를 참조하는 경우` over what then happens, `- When the cache is full`:
    a case, which alone in an answer says nothing; its own card asks what follows, and the
    heading's answer keeps it whole when that is short."""
    text = item.line
    return (
        text is not None
        and bool(item.below)
        and _names_a_case(item_text(item).words)
        and at_most([(item, place.quote(item))], _MAX_CASE_LINES)
    )


_MAX_BARE_LABEL_WORDS = 5


def is_bare_label(item: Node) -> bool:
    """`- Assumptions`: a name with nothing under it and nothing said."""
    return item.line is not None and not item.below and _names_a_label(item_text(item).words)


@lru_cache(maxsize=4096)  # a list's answer asks it of the same lines more than once
def _names_a_label(words: str) -> bool:
    """Whether a line reads as a bare label's (`Assumptions`): a few words that state
    nothing and ask nothing."""
    words = words.rstrip(":")
    return (
        0 < len(words.split()) <= _MAX_BARE_LABEL_WORDS
        and not is_statement(words)
        and not is_claim(words)
        and "?" not in words
    )


def _balanced(text: str) -> bool:
    """No bracket, parenthesis, code span or math left open, so a colon after it ends the text."""
    if not _OPENS.search(text):
        return True  # most terms: plain words
    if any(text.count(mark) % 2 for mark in ("`", "**", "$")):
        return False
    if text and text[0] in "_*" and text[:2] != "**" and text.count(text[0]) % 2:
        return False  # `_Paragraph 4: …_`: the colon is inside the emphasis
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")


_OPENS = lazy(r"[`*$_()\[\]]")
"""A mark `_balanced` counts; a text without one is balanced."""


_GOES_ON_ENDING = lazy(
    r"\s\S*[가-힣]{2}(고|며|면서|여서|해서|지만|는데|거나)$|\s(and|or|but|then)$"
)
"""How a line that a sentence goes on from ends: `… 메모리를 할당하고`, `… and`; a word
after another, since one word alone (`참고`, `광고`) names a thing."""


def goes_on_below(label: str, rest: list[Node]) -> bool:
    """`- 애플리케이션이 시작될 때` over `1. 어떤 클래스가 … 할당하고`, `2. … 사용하는 패턴`:
    one sentence laid out as a list, its first point going on into the next, which the
    line above begins; no label over its points. (`label` as written.)"""
    if label.endswith(":") or not rest or rest[0].type not in ("bullet_list", "ordered_list"):
        return False
    points = rest[0].children
    return (
        len(points) >= 2
        and points[0].line is not None
        and _GOES_ON_ENDING.search(item_text(points[0]).words.rstrip()) is not None
    )


def leads_into_its_points(label: str) -> bool:
    """`- For oldest page in queue,` over what happens to it, `**정리하면,**` over the
    points it sums up: a clause the points below go on from, ending in a comma as the
    sentence's first half does; no name, and asked alone it gives a fragment of its
    heading's answer, which holds the item whole. (`label` as written.)"""
    return label.rstrip(" *_").endswith((",", "，"))  # inside its bold or italics too


_HOW_DONE = lazy(
    r"^[a-z]+ed\s+(based\s+on|by|from|using|with|over|on|as|per|at|via|in\s+terms\s+of)\s"
)
"""`calculated based on IOU threshold`, `measured by …`: how something is done to the
thing, a detail of it, not what it is."""


def generic_label_over_few(label: str, rest: list[Node]) -> bool:
    """`- Options:` over three representations, `- Examples:` over one approach: a generic
    label, which asked alone says not of what (`Behavior prediction › Options`), over a
    few points of a line each; they stay on the heading's card, where the label reads as
    one of its lines. Examples each opening on a name the writer marked (`**RT-2** — …`)
    are instances of the heading's subject, still asked; kinds (`종류`, `Types`) name what
    the heading has."""
    found = _GENERIC_LABEL.match(plain(unwrap_strong(label)).strip(" :"))
    if found is None or not rest or any(block.type not in LIST_TYPES for block in rest):
        return False
    points = [point for block in rest for point in block.children]
    if len(points) > _MAX_GENERIC_POINTS or any(point.below for point in points):
        return False  # a worked example, points over points of their own: a part of its own
    return not found["example"] or not all(
        point.line is not None and _MARKED_START.match(point.line.content.strip())
        for point in points
    )


_GENERIC_LABEL = lazy(r"^(?i:type|options?|(?P<example>examples?|e\.\s?g\.?|예시|예제))$")
_MARKED_START = lazy(r"^(\*\*[^*\n]+\*\*|`[^`\n]+`)")
_MAX_GENERIC_POINTS = 3


def one_detail_below(rest: list[Node]) -> bool:
    """`- Precision` over the one point `- calculated based on IOU threshold`, beside
    `- AP: avg. across …`: the point tells how the named thing is worked out, not what it
    is; asked alone by its name the card would not answer it. The item stays a line of
    its heading's answer."""
    if len(rest) != 1 or rest[0].type not in ("bullet_list", "ordered_list"):
        return False
    points = rest[0].children
    return (
        len(points) == 1
        and not points[0].below
        and _HOW_DONE.match(item_text(points[0]).words) is not None
    )


def section_list(item: Node, place: Place) -> Node | None:
    """The list among the section's blocks that holds the item, at any depth; None when no
    list of the section holds it."""
    index = _list_index(item, place)
    return place.section.blocks[index] if index is not None else None


def list_holding(item: Node, place: Place) -> Node | None:
    """The list, of the section's or nested in one of its items, whose item this is."""
    index = _list_index(item, place)
    listed = place.section.blocks[index] if index is not None else None
    start = item.map[0] if item.map else -1
    while listed is not None:
        if item in listed.children:  # by identity (a node has no equality of its own), in C
            return listed
        holder = next((c for c in listed.children if c.map and c.map[0] <= start < c.map[1]), None)
        lists = [b for b in holder.below if b.type in LIST_TYPES] if holder is not None else []
        listed = next((b for b in lists if b.map and b.map[0] <= start < b.map[1]), None)
    return None


_MIN_QUESTIONS = 4


def one_question_of_many(item: Node, label: str, place: Place) -> bool:
    """`- Use case?` over the answer given to it, among `- How many users? 100 million`,
    `- Can users invite friends?`, … most of which stand alone: a list of questions to ask
    (before designing, of an interviewer), each with what was answered, not questions to
    learn. The question stays a line of the list; asked on its own card it would ask what
    the one case at hand was told."""
    if not label.endswith("?"):
        return False
    listed = list_holding(item, place)
    if listed is None or len(listed.children) < _MIN_QUESTIONS:
        return False
    questions = [other for other in listed.children if other.line and "?" in other.line.content]
    alone = [other for other in questions if not other.below]
    return 2 * len(questions) > len(listed.children) and 2 * len(alone) > len(questions)


_TIP = lazy(
    r"^((never|always|avoid|don't|do not|make sure|be sure|try to|remember to)\b"
    r"|(i|we)\s+(would\s+)?(recommend|suggest|prefer)\b|you\s+(should|must|can)\b)",
    re.IGNORECASE,
)
"""`Never include your work email here`, `I recommend Gmail …`: a tip to the reader on
what to do."""


def only_tips_below(item: Node, place: Place) -> bool:
    """Whether the item is one entry of a list of entries (three or more, some with nothing
    under them) and every point under it tells the reader what to do with it (`- Email
    address` over `- Never include your work email here`, beside `- LinkedIn profile`): the
    entry stays a line of what its heading lists, with the writer's tips on it, not a term
    the points define."""
    rest = item.below
    points = [
        point
        for block in rest
        if block.type in LIST_TYPES
        for point in block.children
        if point.line is not None
    ]
    if not points or any([block.type not in LIST_TYPES for block in rest]):
        return False
    if not all(
        not point.below and (_TIP.match(plain(point.line.content)) or is_advice(point.line.content))
        for point in points
    ):
        return False
    listed = list_holding(item, place)
    return (
        listed is not None
        and len(listed.children) >= _MIN_ENTRIES
        and any(not other.below for other in listed.children)
    )


_MIN_ENTRIES = 3
