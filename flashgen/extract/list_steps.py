"""List items whose lead words are one case, rule or moment of an answer, not a term.

`term_definition`, `term_arrow_definition` and `label_with_children` ask an item's lead words
as a question. Some lead words name no thing a card can ask by: a condition (`Budget > 0 →
ship normally`, `4. Old 영역이 가득 차면 Major GC`, `7. Still stuck → escalate`), a version
or time it holds from (`Java 8부터: …`, `Since 1.18: …`), a sentence of its own (`6. Check
the data. If good: …`), a trend (`Complexity ↑ → …`), one case of a list of cases closed by
its complement (`아니면: …`), a quantity worked out in an estimate or an example (`5 years:
100M × 12 × 5 = 6B URLs`), or a step of numbered steps told as a sequence (`2. hit → 반환`).
Such an item is one rule of a policy or one step of a flow; asked alone it gives away half
its answer, and its heading's card holds it in its place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.item_kinds import (
    ListAbove,
    item_text,
    list_and_line_above,
    list_holding,
    section_list,
)
from flashgen.extract.list_points import marked_as_a_term, states_a_point, under_its_points
from flashgen.extract.place import Place, is_claim, is_statement, plain
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node

_CODE_SPAN = lazy(r"`[^`\n]*`")
_COMPARES = lazy(r"(?<=\w|%|\))\s+(?:>=?|<=?|≥|≤|≠|!=)\s+(?=[\w$(.-])")
"""`Budget > 0`, `p < 0.05`, `usage ≥ 80%`: a comparison between words outside code, a
condition (never `A <-> B`, `x => y`, nor an operator set in code: `` `a > b` `` names it)."""
_OPENS_A_CASE = lazy(
    r"(?:^|[.;,]\s+)(?:[Ii]f|[Ww]hen|[Ww]henever|[Uu]nless|[Ss]till|[Oo]therwise|[Oo]nce)\b"
    r"|(?:하|되|이|있으|없으|차|크|작|많|적|같|넘으|않으|나|오|지)면(?=[\s,]|$)"
)
"""`Still stuck`, `Check the data. If good`, `가득 차면 Major GC`, `aggregation 이면 …`: a
clause saying when its line holds. (`측면`, `화면`, `이면` alone: nouns, no condition; `IF`,
in capitals, names a stage.)"""
_ELIDED_COMPARISON = lazy(r"^\\?\$?\s*\\?(?:[<>]=?|=|≤|≥|≠)(?=[\s\d$.]|$)")
"""`$<$`, `< 0.4`, `\\> 1.7`, `$= $`: a comparison whose left side is left out, the quantity
compared written once in a sibling line (`$f(tK, tL) > t f(K,L)$ → increasing RTS`) or the
line above the list (`Electronegativity difference:`). It is one case of a lookup read
beside the others; asked alone it asks of nothing (`<` ⟶ `decreasing`)."""
_COMPARISON_OPENS = frozenset("$\\<>=≤≥≠")
"""The characters a comparison with its left side left out opens on: a cheap test first."""
_SINCE = lazy(
    r"^(?:since|as of|starting (?:with|from|in)|from|before|until|prior to|after)\s+"
    r"(?:\S+\s+)?v?\d[\w.]*\+?$"
    r"|^(?:\S+\s+)?v?\d[\w.]*\+?\s*(?:부터|이후|이전|까지|이상|버전부터)$"
    r"|^\d{4}\s*년(?:\s*\d{1,2}\s*월)?(?:부터|이후|이전|까지)?$",
    re.IGNORECASE,
)
"""`Java 8부터`, `since 1.18`, `As of Python 3.12`, `2022년`: when a point holds from, half
of the answer it leads, not a thing."""
_SENTENCES = lazy(r"[a-z가-힣)][.!]\s+[A-Z가-힣]")
"""`Check the data. If good`: one sentence ended and another begun: words, no name."""
_TRAILING_MARKS = lazy(r"[\s!\u2190-\u2bff\ufe0f\U0001f000-\U0001faff]+$")
"""`❗`, `⭐`, `!!` after a label's words: emphasis, which hides how the words end."""


def no_term_of_its_list(item: Node, lead: str, place: Place) -> bool:
    """Whether an item's lead words (`lead`, as written) are a condition, a version or
    time qualifier, or a sentence: one part of its heading's answer, which keeps it in its
    place. A qualifier or two sentences never name a term; a condition (a comparison,
    `Still stuck`, `…차면`) is one in a numbered list, the rules of a policy or the steps
    of a flow in their order: bulleted, `- n ≤ 500 → O(n³)` is a row of a lookup a card may
    ask, and `- When the cache is full` over its points a case."""
    if lead[:1] in _COMPARISON_OPENS and _ELIDED_COMPARISON.match(lead):
        return True  # `- $<$ → decreasing` beside `- $f(tK, tL) > t f(K,L)$ → increasing RTS`
    words = plain(lead)
    if _SINCE.match(words) or _SENTENCES.search(words) or _marked_claim(words):
        return True
    if (words[-1:] in _TREND_LAST and _TREND.search(words)) or one_of_its_cases(item, place):
        return True
    if not (_OPENS_A_CASE.search(words) or _COMPARES.search(_CODE_SPAN.sub("code", lead))):
        return False
    listed = list_holding(item, place)
    return listed is not None and listed.type == "ordered_list"


def _marked_claim(words: str) -> bool:
    """`Checked Exception은 커밋됨 ❗`: a claim (`…됨`, `…다`) with a mark after it, which
    the tests of a claim read as the last word; without the mark it states a fact."""
    bare = _TRAILING_MARKS.sub("", words) if not words[-1:].isalnum() else words
    return bare != words and bool(bare) and (is_claim(bare) or is_statement(bare))


_TREND = lazy(
    r"(?:\s?[↑↓⬆⬇]+|\s(?:증가|감소|상승|하락)(?:함|하면)?"
    r"|\s(?i:increases|decreases|grows|rises|falls|shrinks|goes up|goes down))$"
)
"""`Complexity ↑`, `트래픽 증가`, `Latency increases`: a change in something, whose line says
what changes with it (`bias ↓, variance ↑`); a trend names no thing to ask by. (`Additive
Increase`, a noun, names a part of AIMD.)"""
_TREND_LAST = frozenset("↑↓⬆⬇가소승락함면sSſpPnN")
"""The last character of every trend `_TREND` reads (`ſ` is an `s` to a pattern ignoring
case): words ending otherwise, known at a glance, hold none."""
_COMPLEMENT = lazy(
    r"^(?:아니면|아닐\s?때|아닌\s?경우|그렇지\s?않(?:으면|은\s?경우)|그\s?외(?:에는|의\s?경우)?"
    r"|(?i:otherwise|else))(?=[\s:,.]|$)"
)
"""`아니면`, `그렇지 않으면`, `otherwise`: the case left over by the cases before it."""
_MAY_COMPLEMENT = lazy(r"^[\W_]*(?:아니|아닐|아닌|그렇지|그\s?외|(?i:otherwise|else))")
"""The words `_COMPLEMENT` opens on, opening a line (markup aside): a cheap test before any
head is read."""


_A_CASE = lazy(r"(?:면|경우|때|\s시)$|^(?i:if|when|whenever|unless)\s")


def one_of_its_cases(item: Node, place: Place) -> bool:
    """Whether the item is in a list of the cases of one rule, one case opening on a
    condition (`- w_i > w 이면: dp[i][w] = dp[i-1][w]`) and another on its complement (`-
    아니면: dp[i][w] = max(…)`, `- Otherwise: …`): each case is half of the rule, which
    makes sense only beside the other; the heading's or the label's card keeps them
    together. (`- 그 외: QUIC` beside `- TCP: …` and no condition names more protocols.)"""
    block = section_list(item, place)
    if block is None or not _may_hold_a_complement(block):
        return False  # nearly every list: no word of a complement in any of its lines
    listed = list_holding(item, place)
    return listed is not None and _cases_of_one_rule(listed)


@lru_cache(maxsize=64)  # every item of a list asks of the same list, whose lines it reads
def _may_hold_a_complement(block: Node) -> bool:
    """Whether an item's line of a list, or of any list nested under its items, opens on a
    word of a complement (`_MAY_COMPLEMENT`): read once a list of the section's, before the
    list nested in it that holds an item is looked for."""
    lists = [block]
    while lists:  # a loop, not generators: read of every list an item asks about
        for item in lists.pop().children:
            if item.line is not None and _MAY_COMPLEMENT.search(item.line.content):
                return True
            for below in item.below:
                if below.type in LIST_TYPES:
                    lists.append(below)
    return False


@lru_cache(maxsize=64)  # every item of a list asks of the same list, whose items it reads
def _cases_of_one_rule(listed: Node) -> bool:
    """Whether a list's items are cases, one opening on a condition and one on its
    complement."""
    if len(listed.children) < 2:
        return False
    if not any(_MAY_COMPLEMENT.search(c.line.content) for c in listed.children if c.line):
        return False  # nearly every list: no word of a complement in any item's line
    heads = [_head(child) for child in listed.children]
    return any(_COMPLEMENT.match(head) for head in heads) and any(
        _A_CASE.search(head) or _COMPARES.search(head) for head in heads
    )


def _head(item: Node) -> str:
    """An item's words before its separator, or all of them without one."""
    text = item_text(item)
    return (text.key if text.key is not None else text.words).strip().rstrip(" :")


_WORKED_OUT = lazy(
    r"예제|풀이|계산|추정|\b(?:estimates?|estimations?|back[- ]of[- ](?:the[- ])?envelope|"
    r"capacity|calculations?|worked example)\b",
    re.IGNORECASE,
)
"""`## Estimates`, `### 예제`, `풀이 과정`, `EAT 예제:`: a title or line over numbers worked out."""
_QUANTITY = lazy(
    r"^[~≈약]?\s*\d[\d.,]*\s*[^\W\d_]*(?:/[^\W\d_]+)?(?=[\s,.(]|$)"  # `5 years`, `~4k/s`
    r"|^[^\W\d_]\w*\s*=\s*\d|\s\d[\d.,]*\s*(?:x|배)$",  # `t=0`, `reads 100x`
)
"""A number with its unit (`5 years`, `100ns`, `~500 bytes/row`), a variable at a value
(`t=0`) or a multiple (`reads 100x`)."""
_DIGIT = lazy(r"\d")


def worked_out(item: Node, lead: str, value: str, place: Place) -> bool:
    """Whether an item's lead words or its value are a quantity worked out under an
    estimate or a worked example (`- 5 years: 100M × 12 × 5 = 6B URLs` under `##
    Estimates`, `- 적중 시: 100ns` under `EAT 예제: …`, `1. t=0: P1 실행` under `풀이
    과정`), the heading or the line just above the list saying so: one line of a
    calculation, which names nothing and makes sense only beside the lines it follows
    from; the heading's card keeps the calculation whole."""
    if not (_DIGIT.search(lead) or _DIGIT.search(value)):
        return False  # most items: no digit, which each quantity holds (looked for at once)
    if not (_QUANTITY.search(plain(lead)) or _QUANTITY.match(plain(value))):
        return False  # most items: no number to work out
    above = list_and_line_above(item, place)
    titles = [*place.path[-1:], above[1] if above else ""]
    return any(_WORKED_OUT.search(plain(title)) for title in titles)


_ARROW = lazy(r"\s(?:->|=>|→|⇒)\s")
"""An arrow between words, never a dash: `hit → 반환`."""


def a_step_of_its_sequence(item: Node, place: Place) -> bool:
    """Whether the item is a step of a numbered list that tells a flow in its order: one
    of its other items chains steps by arrows (`3. miss → DB 조회 → 캐시에 저장 → 반환`
    beside `2. hit → 반환`), or most of its items are steps told in words, not names
    (`2. Look up p in the TLB`, `5. Form the physical address` beside `3. **Hit** → frame
    directly`, `4. **Miss** → walk the page table`). The words before an arrow in one of
    its steps are a moment of that flow, not a term, bold or not; asked alone the step is
    cut out of it, and its heading's card keeps the steps together. (A name in code before
    the arrow, `` `AuthenticationException` → … ``, is a term the step names.)"""
    listed = list_holding(item, place)
    if listed is None or listed.type != "ordered_list":
        return False
    if _another_step_chains(listed, item):
        return True
    opens_on_code = item.line is not None and item.line.content.lstrip().startswith("`")
    return not opens_on_code and _told_in_steps(listed) and not under_its_points(item, place)


def _another_step_chains(listed: Node, item: Node) -> bool:
    """Whether an item of a numbered list other than `item` chains steps by two arrows or
    more (`3. miss → DB 조회 → 캐시에 저장 → 반환`)."""
    return any(
        child is not item
        and child.line is not None
        and len(_ARROW.findall(_CODE_SPAN.sub("code", child.line.content))) >= 2
        for child in listed.children
    )


def a_step_beside_a_chain(item: Node, lead: str, place: Place) -> bool:
    """Whether an item written with any separator (`3. Set to zero: XᵀXw = Xᵀy`, `2. 진짜
    프로세스 죽이기: 앱 백그라운드 → …`) is one step of a numbered list another of whose steps
    chains moments by arrows (`5. Hessian is XᵀX ⪰ 0 → convex → a global min`, `1. 개발자
    옵션 → "활동 유지 안 함" ON → …`): the list tells one derivation or procedure in its
    order, and the words before the separator say which moment of it, no term. Asked alone
    (`Set to zero` ⟶ …) the step is cut out of its sequence; the heading's card keeps the
    steps together. A list under a title naming properties names its points, and a head the
    writer marks as a term (in bold or code, an acronym, or named so elsewhere in the note)
    keeps its card."""
    if item.map is None or not place.tree.lines[item.map[0]].lstrip()[:1].isdigit():
        return False  # nearly every item: no number opens its line, no step's
    listed = list_holding(item, place)
    if listed is None or listed.type != "ordered_list" or not _another_step_chains(listed, item):
        return False  # no numbered list, or no chain of arrows in it
    return not under_its_points(item, place) and not marked_as_a_term(item, lead, place)


_MIN_TOLD_STEPS = 3


@lru_cache(maxsize=64)  # every item of a list asks of the same list, whose lines it reads
def _told_in_steps(listed: Node) -> bool:
    """Whether a list's items are mostly steps told in words: at least three are plain
    lines or say something before a separator (`1. CPU generates (p, d)`, `5. Form
    physical address`), more than are led by a name before one (`3. **Hit** → …`)."""
    told = sum(map(_acts, listed.children))
    return told >= _MIN_TOLD_STEPS and told > len(listed.children) - told


def a_step_over_its_details(item: Node, place: Place) -> bool:
    """Whether a label over sub-items is a step told in words of a numbered list whose
    items are mostly such steps (`4. look up B's chat server in the session registry`
    over `- online → forward it …` and `- offline → push notification`, beside `3. persist
    to the message store`): the label says what happens at that moment of the flow rather
    than naming a part, and asked alone it is cut out of the flow; its heading's card
    keeps the step with its details in their order. (`1. Problem Formulation` over its
    points, among names as short, names a part, as does a label the writer sets in bold or
    code: `2. **Hash-based** shard = …` over its pros and cons.)"""
    if item.map is not None and _NUMBER_MARK.search(place.tree.lines[item.map[0]]) is None:
        return False  # most items: their first line has no `3.` to number them, no step's
    listed = list_holding(item, place)
    if listed is None or listed.type != "ordered_list" or not _told_in_words(item):
        return False
    return (
        _stated_in_steps(listed)
        and not under_its_points(item, place)
        and not marked_as_a_term(item, item_text(item).words, place)
    )


_NUMBER_MARK = lazy(r"\d[.)]")
"""What the line a numbered list's item opens on holds (`3.`, `2)`), its number's mark."""


@lru_cache(maxsize=64)  # every item of a list asks of the same list, whose lines it reads
def _stated_in_steps(listed: Node) -> bool:
    """Whether most of a list's items, and at least three, are told in words."""
    told = sum(map(_told_in_words, listed.children))
    return told >= _MIN_TOLD_STEPS and told * 2 > len(listed.children)


_ASIDE = lazy(r"\([^()]*\)")
_MAX_NAME_WORDS = 4


def _told_in_words(item: Node) -> bool:
    """An item whose line says something: a sentence, a claim, or more words than a name
    has once its asides in brackets are left out (`단일 책임 원칙(SRP, Single Responsibility
    Principle)` is a name of three)."""
    if item.line is None:
        return False
    words = _ASIDE.sub(" ", item_text(item).words).split()
    text = " ".join(words)
    return len(words) > _MAX_NAME_WORDS or is_statement(text) or is_claim(text)


_ASKS_REQUIREMENTS = lazy(r"요구\s?사항|(?i:\brequirements\b|^(?:non-?\s?)?functional\s*:?$)")
"""`## Requirements`, `Functional:`, `### 기능 요구사항`: a title or line over what a system
must do, each line one requirement. (`함수적 종속 (Functional Dependency)` names a term.)"""


def a_point_told_by_arrow(item: Node, lead: str, place: Place) -> bool:
    """Whether an item written `X → Y`, its head not marked as a term, is one point of its
    heading's answer: a step of a numbered list whose other items are actions, plain lines
    with no name before a separator or words that say something before it (`3. n-1번 반복
    → O(n log n)` beside `1. heapify로 최대 힙 구성 O(n)`, `1. A가 캐시 miss → …` beside
    `2. B가 DB를 v2로 업데이트 → 캐시 삭제`); a line of a list of requirements is one too, as
    `_definition_card` finds for any separator (`a_requirement_of_its_list`). Split at its
    arrow such a line asks nothing; its
    heading's card keeps it with the rest. (A bulleted `- CPU-bound → multiprocessing`
    among sentences, or `- 압축 -> gzip` beside `- 번들 -> minify, …`, names a case and
    what goes with it, and keeps its card.)"""
    listed = list_holding(item, place)
    if listed is None or marked_as_a_term(item, lead, place):
        return False
    if listed.type != "ordered_list":
        return False
    others = [child for child in listed.children if child is not item and child.line]
    return bool(others) and all(_acts(child) for child in others)


def a_requirement_of_its_list(item: Node, lead: str, place: Place, above: ListAbove) -> bool:
    """Whether an item is one line of a list of requirements, the heading or the line just
    above the list naming them, whatever separates its words (`- redirect short → long`
    under `Functional:`, `- latency budget — limiter must add <1ms` under `## Requirements
    to clarify`, `- group chat: up to 100 members`): the list answers what the system
    must do, line by line; split at its separator a line asks only half of one
    requirement, and its heading's card keeps it. A head the writer marks as a term
    (`- **SLA**: …`, `- RPO: …`) keeps its card. (`above`: the item's
    item_kinds.list_and_line_above.)"""
    if not (
        (place.path and _names_requirements(place.path[-1]))
        or (above is not None and _names_requirements(above[1]))
    ):
        return False  # nearly every item
    return not marked_as_a_term(item, lead, place)


@lru_cache(maxsize=256)  # asked of every item: its heading's title, its list's line above
def _names_requirements(title: str) -> bool:
    """`## Requirements`, `Functional:`: a title or line over a list of requirements."""
    return _ASKS_REQUIREMENTS.search(plain(title)) is not None


def _acts(item: Node) -> bool:
    """A step told as an action: no name before a separator, or words that say something."""
    return item_text(item).key is None or states_a_point(item)


def told_as_an_arrow(label: str) -> bool:
    """Whether a label is itself a statement told with an arrow, a transformation, a step
    or a mapping (`1. **HTML 파싱 -> DOM 트리**` over its details): it asks nothing, and
    its heading's card keeps it among the steps it is one of. (`유저 모드 <-> 커널 모드
    전환` names a switch both ways; `Client → Server: SYN` names the message it sends.)"""
    return ":" not in label and _ARROW.search(_CODE_SPAN.sub("code", label)) is not None


_PROCEDURE_TITLE = lazy(
    r"\b(methodology|runbook|playbook|checklist|derivation|recipe|convention)\b"
    r"|컨벤션|체크\s?리스트|유도\s?과정",
    re.IGNORECASE,
)
"""`## Methodology`, `IC checklist`, `The derivation`, `My layering convention`, `3. 팀
컨벤션`: a title naming one way of working to carry out in order, a derivation to follow
line by line, or the rules a writer's team agreed on; not a set of things (`방법론 3개`
counts methodologies, each a name)."""


def steps_of_a_procedure(items: list[Node], place: Place) -> bool:
    """Whether a numbered list (`items`) is the steps of a procedure its heading, or the
    line leading into it just above (`Derivation of the normal equations:`), names
    (`_PROCEDURE_TITLE`): `2. Who am I: id, sudo -l` and `8. Creds: config files, env
    vars` under `## Methodology`, `3. 그래도 느리면 → DTO 직접 조회` under `### 팀 컨벤션`,
    `2. service: wrap with context` under `## My layering convention`. Each lead is the
    subject of that step or the case it applies in, whatever words it is written in, no
    term; asked alone a one-line step is cut out of the order that gives it sense, and the
    heading's card keeps the steps together. A paragraph above that only mentions a
    methodology in passing leads into nothing. Asked once a list, and only of numbered
    lists."""
    if place.path and _names_a_procedure(place.path[-1]):
        return True
    above = list_and_line_above(items[0], place)  # a line leading into it: `Derivation …:`
    return above is not None and above[1].endswith(":") and _names_a_procedure(above[1])


@lru_cache(maxsize=256)  # every numbered list of a section asks of the same heading
def _names_a_procedure(title: str) -> bool:
    return _PROCEDURE_TITLE.search(plain(title)) is not None
