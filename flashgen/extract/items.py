"""Recognisers of list items that are cards of their own.

Each takes one list item and the place it is in, and returns None when the item is not
its kind, else the cards it gives (none, for navigation).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from flashgen.extract.checklists import a_check_among_checks
from flashgen.extract.grab_bags import MAX_COMMAND_WORDS, a_command_in_a_grab_bag
from flashgen.extract.item_kinds import (
    ASPECTS_NAMED,
    CHAIN,
    PRO_CON,
    RELATIVE,
    RELATIVE_LABEL,
    ListAbove,
    a_feature_among_statements,
    a_lone_term_among_steps,
    a_step_by_its_name,
    a_told_step,
    a_turn_of_a_party,
    generic_label_over_few,
    goes_on_below,
    in_a_legend,
    in_an_example,
    is_advice,
    is_number,
    is_term,
    is_verdict,
    item_text,
    label_over_list,
    leads_into_its_points,
    list_and_line_above,
    list_holding,
    listed_before,
    names_an_aspect,
    names_nothing,
    one_detail_below,
    one_question_of_many,
    one_way_told,
    only_tips_below,
    quotes_a_speaker,
    restates,
    sets_up_a_problem,
    shown_already,
    supposes,
    tells_what_to_do,
    titles_its_children,
    under_a_process,
)
from flashgen.extract.label_claims import (
    a_point_of_a_tab,
    defines_its_subject,
    judges,
    one_claim_of_its_list,
    over_placeholders,
    promises_more,
    tells_when_or_how,
)
from flashgen.extract.lead_ins import leads_on
from flashgen.extract.list_answers import LIST_MARKER, list_answer
from flashgen.extract.list_points import (
    a_case_among_its_cases,
    a_clause_before_its_separator,
    a_fragment_of_its_answer,
    a_point_of_an_aspect,
    a_point_of_its_answer,
    a_property_stated,
    a_value_stated,
    answers_the_question_above,
    marked_as_a_term,
    picks_up_the_line_before,
)
from flashgen.extract.list_steps import (
    a_point_told_by_arrow,
    a_requirement_of_its_list,
    a_step_beside_a_chain,
    a_step_of_its_sequence,
    a_step_over_its_details,
    no_term_of_its_list,
    told_as_an_arrow,
    worked_out,
)
from flashgen.extract.method_glosses import glosses_its_name
from flashgen.extract.place import (
    ItemRule,
    Place,
    is_claim,
    is_statement,
    is_term_like,
    plain,
    tells_an_act,
    without_own_number,
)
from flashgen.extract.sizes import MAX_RECALL_LINES, at_most, nearly_recallable
from flashgen.extract.skip import has_substance, is_toc_entry
from flashgen.extract.skip.common import is_note_address
from flashgen.extract.skip.questions import is_question_section
from flashgen.extract.stories import told_as_a_story
from flashgen.extract.subjects import in_context
from flashgen.extract.worked_problems import a_step_of_a_worked_problem
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import DASH_OR_ARROW, LINK_ADDRESS, LINK_TEXT, unwrap_strong

_TERM_DEFINITION = lazy(
    r"^(?:\*\*(?P<strong_term>[^*:\n]+?)\s*:\*\*"  # **term:** definition
    # term: definition, term : definition, **term**: definition; a colon inside a span of
    # code is the code's (`X-Frame-Options: DENY` → clickjacking), no separator
    r"|(?P<term>(?:`[^`\n]*`|[^:`\n])+?)\s*:)"
    r"\s+(?P<definition>\S.*)$",
    re.DOTALL,
)
_MAX_TERM_WORDS = 6
_PART_OF_A_PROBLEM = lazy(
    r"^(?![^\n]*\$)\W*(?:정답|답|모범\s*답안|해설|풀이|내\s*답|나|사료|선지|answer|"
    r"correct(?: answer)?|solution|explanation|my answer|(?-i:[Mm]e|Q)|why|"
    # a question bank's item by its number: `UW 1088`, `UWorld #1740 (Nov 6)`, `NBME 25 #14`
    r"(?:UW|UWorld|NBME|AMBOSS|Kaplan|Qbank)\s*#?\s*\d+(?:\s*#\s*\d+)?(?:\s*\([^()\n]*\))?)\W*$",
    re.IGNORECASE,
)
"""`정답`, `해설`, `사료`, `Answer`, `Q`, `Me`, `Why`: the label of a part of a problem the note
copied (not a symbol in math, `$q$`), and `UW
1088`, a question bank's problem by its number: never a term. Asked alone (`정답` ⟶ `**성왕**`,
`UW 1088` ⟶ `glucose titration curve — …`) it asks nothing; the line stays on its heading's card."""
_EXAMPLE_SENTENCES = lazy(r"^\W*(?:예문|例文|example sentences?)\W*$", re.IGNORECASE)
"""`- 예문` over sentences using `〜わけだ`: they show the pattern at work, with its meaning on
the heading's card; asked alone (`〜わけだ › 예문`), they are no question."""
_MATH_ONLY = lazy(r"^\s*(?:\$[^$\n]+\$[\s,.;]*)+$")
"""`$R_3 - R_2$` over `$[0,0,0,0]$`: a step worked in formulas (a row operation and the row it
gives), no term; the steps stay together on their heading's card. A symbol defined in words
(`$r$: the rank`) is a term."""
_GIVES_EXAMPLES = lazy(
    r"^(\(?(e\.\s?g|eg|ex|i\.e)\b\.?|예\s*[:)]|예를\s?들[어면]|for (example|instance)\b|such as\b)",
    re.IGNORECASE,
)
"""`video state: e.g. the positions of players, …`: examples of a thing, not what it is;
`- 예를 들어 사용자가 …하는 경우` over its steps: an example told, not a name."""


def term_definition(item: Node, place: Place) -> list[Card] | None:
    """`- EC2: Elastic Compute Cloud` → EC2 ⟶ Elastic Compute Cloud (and any children);
    `- **Stateless**` over its explanation on the next line of the item, likewise
    (`named_over_its_text`)."""
    text, rest = item.line, item.below
    if text is None:
        return None
    written = _written_term(text.content, item, place)
    if written is None:
        return None
    term = unwrap_strong(written[0].strip())
    definition, words = written[1], plain(written[1])
    if (
        not is_term(term, _MAX_TERM_WORDS)
        or _PART_OF_A_PROBLEM.match(term)
        or definition.rstrip().endswith(":")  # `Data: Sources and Availability:` labels
        or (is_number(words) and sets_up_a_problem(words, place.path))
        or _GIVES_EXAMPLES.match(words)
        or RELATIVE.match(words)
        or titles_its_children(words, rest)
        or (_MATH_ONLY.match(term) is not None and _MATH_ONLY.match(definition) is not None)
    ):
        return None
    siblings = _siblings_defined(written[0], definition)
    if siblings:  # `stable: 버블, 삽입 / unstable: 선택, 퀵`: the line pairs two terms
        term = " / ".join([term, *siblings])
        definition, words = text.content, plain(text.content)
    above = list_and_line_above(item, place)
    if in_an_example(above) or a_lone_term_among_steps(item, place):
        return None  # `3. Comparing: Evaluate …` among steps names that step, no term
    return _definition_card(
        Definition(term, definition, words), item, place, above, term_definition
    )


def _written_term(content: str, item: Node, place: Place) -> tuple[str, str] | None:
    """The term and its definition as the item's line writes them, None when it names no
    term: `term: definition`, or a bold name alone over its explanation. A name set wholly
    in bold before a dash is the term its dash defines, a colon after it the definition's
    own (`**SLI** — a measured ratio: good events / valid events`: term_arrow_definition)."""
    if (
        ":" in content
        and not (content[0] == "*" and _GLOSSARY_ENTRY.match(content))
        and (match := _TERM_DEFINITION.match(content))
    ):
        return match["strong_term"] or match["term"], match["definition"]
    return named_over_its_text(content, item, place)


_NAME_OVER_TEXT = lazy(r"^\*\*(?P<name>[^*\n]+)\*\*[ \t]*\\?\n(?P<text>\S.*)$", re.DOTALL)


def named_over_its_text(content: str, item: Node, place: Place) -> tuple[str, str] | None:
    """A bold name alone on the item's first line, its explanation on the lines after it in
    the same paragraph (a hard break or a soft one), in a list whose every item opens so on
    a term: `- **Stateless(무상태성)**` over `작업을 위한 상태정보를 따로 저장하고 관리하지
    않는다.`, then `- **Cacheable(캐시기능)**` over its own. The writer names each part of
    the heading's subject and tells it below, as `- **Stateless**: …` would in one line;
    None for any other item. A list among whose items one opens otherwise, on a sentence
    set in bold (`2. **URI 마지막 문자로 슬래시(/)를 포함하지 않는다.**`) or on a bold line
    with code or a list under it, is no list of names: it stays whole. Nor is a name whose
    explanation ends leading into what stands after the item (`다음은 이러한 체계 중 두
    가지입니다.` over a numbered list written outside it): asked alone, its back would
    promise what it does not show."""
    match = _NAME_OVER_TEXT.match(content) if content.startswith("**") else None
    if match is None:
        return None  # nearly every item
    listed = list_holding(item, place)
    if listed is None or not all(_opens_on_a_name(child) for child in listed.children):
        return None
    if not item.below and leads_on(plain(match["text"])):
        return None
    return match["name"], match["text"]


def _opens_on_a_name(item: Node) -> bool:
    """Whether an item's line is a bold term alone over its explanation."""
    match = _NAME_OVER_TEXT.match(item.line.content) if item.line is not None else None
    return match is not None and is_term(match["name"], _MAX_TERM_WORDS)


_SIBLING_TERM = lazy(
    r"(?:[.;]\s+|\s+[/|]\s+)(?P<term>(?:\*\*|`)?[^\s.;:/|*`][^.;:/|*`]{0,30}?(?:\*\*|`)?)\s*:\s+\S"
)
_MAX_SIBLING_WORDS = 2
_JOINING_WORDS = frozenset(
    {"or", "and", "but", "so", "also", "then", "otherwise", "또는", "혹은", "그리고", "즉"}
)
"""`Geometrically: … . Or: the penalty's gradient …`: a second way of saying it, no term."""
_REMEDY_WORDS = frozenset(
    {"fix", "fixes", "cause", "causes", "solution", "remedy", "mitigation", "workaround"}
    | {"해결", "해결책", "해결법", "대책", "원인"}
)
"""`Hot key: one key gets too much traffic. Fix: …`: what causes or cures the first term, no
term of its own."""
_THEN_WORDS = frozenset(
    {"before", "previously", "formerly", "earlier", "now", "today", "options", "alternatives"}
    | {"이전", "이전에는", "예전", "예전에는", "과거", "지금", "요즘", "대안"}
)
"""`loop variable: fine since 1.22. Before: needed `tt := tt``, `latency: an extra hop.
Options: …`: how the first term stood at another time, or the ways around it, no term of
its own."""
_NO_SIBLING = _JOINING_WORDS | _REMEDY_WORDS | _THEN_WORDS


def _siblings_defined(term: str, definition: str) -> list[str]:
    """The terms the definition goes on to define, written as the first is (`- stable: 버블,
    삽입 / unstable: 선택, 퀵`, ``- `signal(cv)`: wake one waiter. `broadcast(cv)`: wake
    all.``), after a sentence's end, a `;`, a `/` or a `|`: asked by the first name alone,
    the back would answer the others too, so the card asks for them together (`stable /
    unstable`). A label that is no term (`Note:`, `예:`, `Or:`), an aspect (`단점:`) or a
    cause or cure (`Fix:`) says more of the first term."""
    if ":" not in definition:
        return []  # most definitions: no second colon (the cheap test first)
    shape = _markup(term.strip())
    return [
        unwrap_strong(other)
        for found in _SIBLING_TERM.finditer(definition)
        if _markup(other := found["term"].strip()) == shape
        and other.strip("*`").casefold() not in _NO_SIBLING
        and is_term(other, _MAX_SIBLING_WORDS)
        and not names_an_aspect(other)
    ]


def _markup(term: str) -> str:
    """How a term is set: in code, in bold, or plain."""
    if term.startswith("`") and term.endswith("`"):
        return "code"
    if term.startswith("**") and term.endswith("**"):
        return "bold"
    return "plain"


_TERM_ARROW = lazy(
    rf"^(?P<term>[^\n]+?)\s+(?P<joint>{DASH_OR_ARROW})\s+(?P<definition>\S.*)$", re.DOTALL
)
_MAX_ARROW_TERM_WORDS = 3
"""`A - B` and `A -> B` also write ranges, steps and chains: only a short name is a term."""
_CONSEQUENCE = lazy(r"^(즉|따라서|그래서|그러므로|결국|so|thus|hence|therefore)\b", re.I)
_STATEMENT_END = lazy(r"(음|함|됨|임|vs\.?)$|\bvs\b", re.IGNORECASE)


def term_arrow_definition(item: Node, place: Place) -> list[Card] | None:
    """`- LFU - 참조 횟수가 가장 적은 페이지를 교체`, `- Response Time → …`, `**SFT** — …`."""
    text = item.line
    if text is None or not CHAIN.search(text.content):
        return None  # no separator: `_TERM_ARROW` would try every length of term to see it
    match = _TERM_ARROW.match(text.content)
    if not match:
        return None
    term, definition = unwrap_strong(match["term"].strip()), plain(match["definition"])
    words = MAX_COMMAND_WORDS if a_command_in_a_grab_bag(term, place) else _MAX_ARROW_TERM_WORDS
    if (
        not (is_term(term, words) or _a_long_name_in_a_glossary(term, words, item, place))
        or _PART_OF_A_PROBLEM.match(term)
        or ":" in term
        or _STATEMENT_END.search(plain(term))  # `HTTP 헤더 없음 → …` says what follows
        or _chains_steps(match["joint"], definition)
        or _CONSEQUENCE.match(definition)  # `… → 즉, …` draws a conclusion
        or definition.endswith("?")  # `Latency requirements - 200msec?` asks
        or not _LETTERS.search(definition)  # `실행 순서 - [1], [2]`
        or _GIVES_EXAMPLES.match(definition)
        or RELATIVE.match(definition)
        or (
            _draws_a_consequence(term, match["joint"], definition)
            and not is_question_section(place.path[-1])  # no card of its own keeps the line
        )
        or (
            _joins_a_conversion(match["joint"], definition)
            and not marked_as_a_term(item, match["term"], place)
        )
    ):
        return None
    above = list_and_line_above(item, place)
    if in_an_example(above) or (
        match["joint"] not in _DASH and _leads_to(term, definition, item, place, above)
    ):
        return None
    found = Definition(term, match["definition"], definition)
    return _definition_card(found, item, place, above, term_arrow_definition)


_GLOSSARY_ENTRY = lazy(r"^\*\*[^*\n]+\*\*[ \t]+[-–—][ \t]+\S")
"""`**Salt bridge** – maintains electrical neutrality`: a name set wholly in bold, a dash,
then what it means."""


def _a_long_name_in_a_glossary(term: str, words: int, item: Node, place: Place) -> bool:
    """Whether a name longer than `words` is a term all the same: a glossary's entry
    names it in bold (`**Standard reduction potential (E°)** – …`), up to six words."""
    return (
        len(term.split()) > words
        and _an_entry_of_a_glossary(item, place)
        and is_term(term, _MAX_TERM_WORDS)
    )


def _an_entry_of_a_glossary(item: Node, place: Place) -> bool:
    """Whether an item is one of a glossary's entries: its line, and every line of its
    bullet list of two or more, opens on a name set wholly in bold and a dash before what it
    means (`- **Standard reduction potential (E°)** – tendency to be reduced vs SHE`, `-
    **Salt bridge** – …`).
    The writer sets each name apart whole, so a name longer than a dash's term usually is
    (a step, a range and a chain also write `A - B`) is still the name defined."""
    if item.line is None or not _GLOSSARY_ENTRY.match(item.line.content):
        return False  # nearly every item with a long head: no bold name before its dash
    listed = list_holding(item, place)
    return (
        listed is not None
        and listed.type == "bullet_list"  # numbered, the names are steps or ranked kinds
        and len(listed.children) > 1
        and all(
            entry.line is not None and _GLOSSARY_ENTRY.match(entry.line.content)
            for entry in listed.children
        )
    )


_LETTERS = lazy(r"[^\W\d_]{2,}")
_DASH = ("-", "–", "—")
_CHANGED_VALUE = lazy(r"(?<![\w.])\d[\d.,]*(?:[mµn]?s|[KMGT]i?B|%)?$")
"""`maximumPoolSize 10`, `umask 077`, `응답시간 p95 320ms`: a setting's or a measure's value,
maybe in a unit of time, size or share, before an arrow to the value it becomes or gives
(`→ 85ms`)."""
_NEW_VALUE = lazy(r"^\d[\d.,]*(?:[mµn]?s|[KMGT]i?B|%)?(?:$|[\s,(])")
_CODE_SPAN = lazy(r"`[^`\n]*`")
_STATED = lazy(r"\s=\s")
"""`해시 = 키`: a statement whose value goes on past the arrow (`해시 = 키 → 인덱스`)."""


def _leads_to(term: str, definition: str, item: Node, place: Place, above: ListAbove) -> bool:
    """Whether the words before an arrow are no term the arrow defines, but where a line of
    its section's answer starts from: a step of a numbered list under a title naming a
    sequence, told with its result (`3. DNS 조회 → IP 주소 획득` under `전체 흐름`), a
    value changed into another (`` `maximumPoolSize` 10 → 20 ``), or a statement whose
    value goes on past the arrow (`해시 = 키 → 인덱스`), or a step of numbered steps one of
    which chains more arrows (`2. hit → 반환` beside `3. miss → DB 조회 → … → 반환`). Asked
    alone, each is a fragment of the answer its heading's card keeps in its place."""
    words = plain(term)
    return (
        (_CHANGED_VALUE.search(words) is not None and _NEW_VALUE.match(definition) is not None)
        or _STATED.search(_CODE_SPAN.sub("code", term)) is not None
        or under_a_process(item, place, above)
        or a_step_of_its_sequence(item, place)  # `2. hit → 반환` beside `3. miss → … → …`
        or a_point_told_by_arrow(item, term, place)  # `3. n-1번 반복 → O(n log n)`
    )


_IMPLIES = "⇒"
_STATE_MARK = lazy(r"[가-힣]\s?(?:X|O|❌|✅|⭕)$")
"""`스레드 안전 X`, `정렬 O`: whether the heading's subject has a property, marked yes or no."""
_PREDICATE_LEAD = lazy(
    r"^(?:needs|requires|produces|causes|gives|makes|breaks|allows|has|is|are|can|cannot|"
    r"must|should|will|won't|doesn't|isn't)\s+[^\W\d_]",
    re.IGNORECASE,
)
"""`Needs coordination`, `Produces sparse solutions`: a predicate whose subject is the
heading's, which says something of it rather than naming a thing."""
_FRAGMENT = lazy(r"^(?:neither|either|이것|이건|이게|그것|그건|그게)|\s[≤≥<>]$", re.IGNORECASE)
"""`neither ≤`, `이것도 at-least-once`: a piece of a sentence, whose other half is a line
above or the arrow's other side."""
_THRESHOLD = lazy(r"^[\d.,]+\s*보다\s*\S+면$")
"""`0.5보다 낮으면`: a value below or above a bound, a row of a scale."""
_COUNT_CASE = lazy(r"\s\d+\s?(?:개|명|대)$")
_COUNTED = lazy(r"^\d")
"""`컨슈머 6개 → 1개씩`: one case of a worked example, counted and worked out."""
_SPEED_ONLY = lazy(r"^(?:빠름|느림|빠르다|느리다|빨라짐|느려짐|fast(?:er)?|slow(?:er)?)\.?$", re.I)
"""`인메모리 → 빠름`: what a feature brings, its grade alone, not what it is."""
_REASON = lazy(r"(?:[어아해라여와워져돼봐]서|때문(?:에|이다|임)?)\.?$|^(?:because|since)\b", re.I)
"""`` `!=`, `NOT IN` → 보통 범위가 너무 넓어서 ``: why a case holds, which asks nothing of it."""
_CARRIED_ON = lazy(r"^(?:(?:and|but|or)\s|그리고\s|하지만\s)")
"""`7. Decide — and consider practical significance`: the sentence goes on past the dash."""
_INSTRUCTION = lazy(
    r"^(?:remove|keep|use|avoid|add|drop|delete|disable|enable|pin|prefer|never|always)\s",
    re.IGNORECASE,
)
_REQUIRED = lazy(
    r"^(?:the\s|each\s|every\s|all\s)?[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?\s+"
    r"(?:must|should|needs? to|ha(?:s|ve) to)\s",
    re.IGNORECASE,
)
"""`at-least-once delivery → consumers must be **idempotent**`: what something then
requires of another party, a consequence drawn, no definition of the words before it.
(After a dash, `**Internships** - You should mention …` tells the reader what a term asks.)"""
_ACT = lazy(
    r"\s\S*(?:유지|변환|변경|사용|설정|추가|삭제|생성|전송|호출|실행|적용|처리|저장|제거|차단|"
    r"허용|교체|할당|해제|공유|재시작)$"
)
"""`변환 테이블 유지`, `커넥션 재사용`: a thing and what is done with it, an act, whose
consequence the arrow goes on to (`→ 외부에서 먼저 들어오는 연결은 못 받음`)."""
_WHY_SAID = lazy(r"^(?:each|it|they|this)\s+(?:is|are)\b", re.IGNORECASE)
"""`Remove unused deps — each is attack surface.`: what to do, then why, in a sentence of its
own."""


def _draws_a_consequence(term: str, joint: str, definition: str) -> bool:
    """Whether the arrow draws a consequence rather than defining a term: the words before
    it are a condition, a state or a piece of a sentence, not the name of a thing (`인메모리
    → 빠름`, `independent ⇒ Cov = 0`, `Needs coordination → latency ≥ …`, `neither ≤ →
    concurrent`, `0.5보다 낮으면 → …`, `스레드 안전 X → …`, `컨슈머 6개 → 1개씩`), or what
    follows it gives only a reason (`… → 보통 범위가 너무 넓어서`, `Remove unused deps — each
    is attack surface.`), what it then requires of another (`at-least-once delivery →
    consumers must be idempotent`) or carries the sentence on (`Decide — and consider …`).
    Asked alone each is a clause split at its arrow; the line stays in its heading's answer.
    (Not under a heading of questions, `… (면접 질문)`, whose items may be asked one by one,
    with no card of the heading's own to keep the line.) (`definition` without markup.)"""
    words = plain(term)
    return (
        joint == _IMPLIES
        or _STATE_MARK.search(words) is not None
        or _PREDICATE_LEAD.match(words) is not None
        or _FRAGMENT.search(words) is not None
        or _THRESHOLD.match(words) is not None
        or (_COUNT_CASE.search(words) is not None and _COUNTED.match(definition) is not None)
        or _SPEED_ONLY.match(definition) is not None
        or _REASON.search(definition) is not None
        or _CARRIED_ON.match(definition) is not None
        or (joint not in _DASH and _REQUIRED.match(definition) is not None)
        or (_INSTRUCTION.match(words) is not None and _WHY_SAID.match(definition) is not None)
        or (_ACT.search(words) is not None and (is_claim(definition) or is_statement(definition)))
    )


_CONVERSION = lazy(
    r"^(?:\S*[^\s을를]\s)?\S*[^\s을를]\s?(?:변환|매핑|전환)"
    r"|^[\w/.-]+(?:\s[\w/.-]+)?\s(?:translation|mapping|conversion|transition|migration)\b",
    re.IGNORECASE,
)
"""`IP 변환하는 …`, `MAC 주소로 매핑`, `IP translation`, `Warm 전환은 …`: a noun of
converting, mapping or moving over right after the name or two of what the arrow leads
to. With an object before it (`키를 인덱스로 매핑`) the words after the arrow are a clause of
their own, saying what the term does."""


def _joins_a_conversion(joint: str, definition: str) -> bool:
    """Whether the arrow is the `to` of a phrase of conversion or mapping (`도메인 이름 → IP
    변환하는 분산 데이터베이스`: a database converting domain names to IPs), which splits
    nothing: asked by the words before the arrow, the card would say a domain name is a
    database; `Hot → Warm 전환은 7일 뒤 자동` is the move from one tier to the other, whose
    front would be one end of it. A term the writer marks (`NAT → 주소
    변환`) is left to its card (`definition` without markup)."""
    return joint not in _DASH and _CONVERSION.match(definition) is not None


def _chains_steps(joint: str, definition: str) -> bool:
    """Whether the item is a chain of steps (`signal() 호출 -> value = 1 -> …`), not a term
    over its value. A dash before a chain of arrows names what the chain is: `Post-order
    traversal - Left -> Right -> Root` gives the order of a traversal."""
    joints = [found[1] for found in CHAIN.finditer(definition)]
    return bool(joints) and not (joint in _DASH and all(j not in _DASH for j in joints))


class Definition(NamedTuple):
    """A term and its definition as an item writes them, and the definition's words
    without markup, which several checks read."""

    term: str
    definition: str
    words: str


def _definition_card(
    found: Definition, item: Node, place: Place, above: ListAbove, rule: ItemRule
) -> list[Card] | None:
    term, definition, rest = without_own_number(found.term), found.definition, item.below
    if (
        names_an_aspect(term)  # `- 정의: …` answers the heading, which names what it is of
        or _names_a_note(term)  # `- [Adam](<Adam.md>) 🌿 — plus momentum`: its note teaches it
        or is_advice(found.words)
        or quotes_a_speaker(plain(term), found.words)  # `- Prof: "…"`: who said it, no term
        or (not rest and is_verdict(found.words))  # `- FIFO — rarely what you want`
        or restates(term, found.words)  # `프로세스 식별자: 프로세스를 식별하는 용도`
        or glosses_its_name(found.term, found.words, item, place)  # `- size(): 개수를 반환`
        or in_a_legend(above)
        or (not rest and shown_already(found.words, term, place))
        or a_turn_of_a_party(item, place)  # `2. 서버: …`, `3. 서버: …`: turns, no terms
        or a_step_by_its_name(item, plain(term), place)  # `1. SYN 단계: …` under `… 과정`
        or a_point_of_a_tab(item, place)  # `- stale: …` beside `- cheap, simple` in a tab
        or no_term_of_its_list(item, found.term, place)  # `1. Budget > 0 → ship normally`
        or a_requirement_of_its_list(item, found.term, place, above)  # `- latency budget — …`
        or worked_out(item, found.term, found.words, place)  # `- 5 years: 100M × 12 × 5 = …`
        or a_point_of_its_answer(item, found.term, place, above)  # `5. Unsupervised:` (Properties)
        or picks_up_the_line_before(item, found.term, place)  # `- true: …` after `기본값 true`
        or a_fragment_of_its_answer(item, found.term, place)  # `- keep stats fresh: ANALYZE`
        or a_clause_before_its_separator(found.term)  # `- retries 는 default_args 에 넣기: …`
        or a_point_of_an_aspect(item, found.term, place, above)  # `- linear only — …` (Caveats)
        or a_property_stated(found.term)  # `- broadest spectrum → reserve for …`
        or a_case_among_its_cases(item, found.term, place)  # `- 컬럼에 함수 : …` under `…경우`
        or a_value_stated(found.term)  # `- α = 0.99: EAT = …`
        or a_step_beside_a_chain(item, found.term, place)  # `3. Set to zero: …` (a derivation)
        or answers_the_question_above(item, found.term, place, above)  # `- path: …` (What to…)
        or a_step_of_a_worked_problem(item, place)  # `- feasible(k): …` under `Koko (LC 875)`
        or a_check_among_checks(item, place)  # `- [ ] 테스트: …` among `- [ ] catchup=False`
        or told_as_a_story(item, place)  # `**T:** My proposal, my project.`: a story's part
    ):
        return None  # the item is a line of its section's answer, which keeps it
    answer = "\n\n".join([definition, *[place.quote(child) for child in rest]])
    if not has_substance(answer):
        return None  # `공식 문서: https://…` points elsewhere; leave it in the section's answer
    return _labelled([place.card(term, answer, item, rule)], item, place, above)


_LINKED_NAME = lazy(rf"^\[{LINK_TEXT}\]\((?P<address><{LINK_ADDRESS}>)\)[^\w\[\]]*$")


def _names_a_note(term: str) -> bool:
    """Whether the term is only a vault's link to another note, as read from `[[…]]`, maybe
    with a mark of how far that note has grown (`[Adam Optimizer](<Adam Optimizer.md>) 🌿`):
    a map of content's entry, whose remark beside it is no definition; the note it links
    teaches the term. (`- [TCP](./tcp.md): delivers bytes …` in other notes is a term.)"""
    found = _LINKED_NAME.match(term) if term.startswith("[") else None
    return found is not None and is_note_address(found["address"])


_LOOP_HEAD = lazy(
    r"^\W*(?:for\s+(?:each|every|all\b|\w+\s*(?:=|∈|in\b))|repeat\b|while\b|until\b|"
    r"(?:\d+\s*번\s*)?반복)",
    re.IGNORECASE,
)
"""`for m = 1..M:`, `Repeat until convergence:`, `for each x in D`, `반복:`: a step of an
algorithm heading the steps it repeats, no term; the algorithm stays whole, in its order
(its loop was a card of its own, and the steps around it lost their middle)."""


def label_with_children(item: Node, place: Place) -> list[Card] | None:
    """`- 장점` over child bullets → "<section> › 장점" ⟶ the children."""
    text, rest = item.line, item.below
    if text is None or not rest:
        return None  # most items: nothing under their line
    if not any([c.type in ("bullet_list", "ordered_list") for c in rest]):
        return None
    label = text.content.strip().removesuffix(":").strip()
    words = plain(label)
    if (
        not is_term_like(words)
        or tells_an_act(words)  # `**Hardware Saves the PC**` answers, names nothing
        or told_as_an_arrow(words)  # `1. **HTML 파싱 -> DOM 트리**` over its details
        or tells_what_to_do(item, words, place)  # `- Recommend most engaging games` answers too
        or a_told_step(item, place)
        or a_step_over_its_details(item, place)  # `4. look up B's chat server …` over cases
        or names_nothing(words)
        or a_fragment_of_its_answer(item, label, place)  # `- to avoid it:` over its ways
        or _GIVES_EXAMPLES.match(words)
        or _LOOP_HEAD.match(words)  # `2. for m = 1..M:` over the steps it repeats
        or _EXAMPLE_SENTENCES.match(words)
        or RELATIVE_LABEL.match(words)
        or _CONSEQUENCE.match(words)  # `- 즉 "구간이 끝나면 돌린다" 개념`: the line above, again
        or supposes(words)  # `- Assuming 3 packets,` over the case worked out
        or "~~" in label
        or one_way_told(words, place)
        or goes_on_below(label, rest)
        or leads_into_its_points(label)
        or one_detail_below(rest)
        or generic_label_over_few(words, rest)  # `- Options:` over three: options of what?
        or only_tips_below(item, place)  # `- Email address` over `- Never include your work email`
        or judges(words)  # `- MRR, mAP, and nDCG good:` over a line on each
        or over_placeholders(rest)  # `- Model 1 architecture`, `- ...`: a template's slots
        or promises_more(words, rest, place)  # `Users (profile, interactions)` over one
        or defines_its_subject(item, words, place)  # `- 페이지 테이블을 캐싱한 저장장치`
        or in_an_example(above := list_and_line_above(item, place))
        or one_claim_of_its_list(item, words, place, above)  # `- MVCC 로 구현` over how
        or tells_when_or_how(item, words, place)  # `- 주기적으로` over what is done then
        or a_feature_among_statements(item, place, above)
        or no_term_of_its_list(item, label, place)  # `4. Old 영역이 가득 차면 Major GC`
        or worked_out(item, label, "", place)  # `- 3 years` over its sums under `## Estimates`
        or a_step_of_a_worked_problem(item, place)  # `- approach:` over how, under `(LC 875)`
        or told_as_a_story(item, place)  # `**A:**` over the steps a STAR story's writer took
    ):
        return None  # `- Redis보다 적은 메모리 요구` over its reason is part of an answer
    label = unwrap_strong(label).rstrip(" :")  # `**Notes:**`
    answer, parts = _children_answer(rest, place, label)
    front = label + _aspects_asked(label, rest)
    cards = [place.card(front, answer, item, label_with_children), *parts]
    return _labelled(cards, item, place, above)


def _labelled(cards: list[Card], item: Node, place: Place, above: ListAbove) -> list[Card]:
    """An item's cards with the label over its list in their context (`… › Ranking ›
    Features` over `Video historic`), when a short line just above the list names it."""
    label = label_over_list(item, place, above) or listed_before(item, place)
    if label is None:
        return cards  # most lists: no label line over them
    return [_under(card, place, label) for card in cards]


_SAYS_PRO_CON = lazy(r"\b(pros|cons|advantages|disadvantages)\b|장단점|장점|단점", re.I)


def _aspects_asked(label: str, rest: list[Node]) -> str:
    """`: pros and cons` when the points under a label are only its pros and its cons
    (`- Item-based CF` over `- Pros: …` and `- Cons: …`): the front says what is asked,
    which the name alone does not. Else nothing."""
    if len(rest) != 1 or rest[0].type not in ("bullet_list", "ordered_list"):
        return ""
    if _SAYS_PRO_CON.search(label):
        return ""  # `- GBDT pros and cons` asks so already
    kinds = set()
    for point in rest[0].children:
        found = PRO_CON.match(item_text(point).words) if point.line is not None else None
        if found is None:
            return ""
        kinds.add("pro" if found["pro"] else "con")
    korean = "가" <= item_text(rest[0].children[0]).words[:1] <= "힣"
    return ASPECTS_NAMED[frozenset(kinds), korean]


def _children_answer(rest: list[Node], place: Place, label: str) -> tuple[str, list[Card]]:
    """What a label's children answer, and the cards of its own parts: children too many to
    recall in one go, among them labels over their details (`- GBDT` over its pros and
    cons, under `- Model selection`), are asked part by part, each with the label in its
    context, and the label's answer names them (`list_answer`)."""
    blocks = [(child, place.quote(child)) for child in rest]
    if at_most(blocks, MAX_RECALL_LINES):
        return "\n\n".join([text for _, text in blocks]), []
    texts: list[str] = []
    parts: list[Card] = []
    bare = True  # every part named without its points
    named_parts = False  # a part named, whether or not asked on a card of its own
    for child, text in blocks:
        made = (
            [label_with_children(sub, place) for sub in child.children]
            if child.type in ("bullet_list", "ordered_list")
            else []
        )
        if sum(cards is not None for cards in made) < 2:
            texts.append(text)  # one label alone is no list of parts
            continue
        named = list_answer(child.children, made, place, with_points=True)
        own = [
            None if _one_name_below(sub) else _own_part(cards, label)
            for sub, cards in zip(child.children, made, strict=True)
        ]
        if own != made:
            dropped = [cards for cards, kept in zip(made, own, strict=True) if cards and not kept]
            if named is None or any(_first_point(c[0]) not in named[0] for c in dropped):
                # Its points are not beside its name: the answer holds the part as written.
                named = list_answer(child.children, own, place, with_points=True)
            made = own
        if named is not None:
            texts.append(named[0])
            bare = bare and all(_first_point(c[0]) not in named[0] for c in made if c)
        asked = [
            None if cards and one_question_of_many(sub, cards[0].question, place) else cards
            for sub, cards in zip(child.children, made, strict=True)
        ]  # `- Use case?` over what was answered: named with its answer, asked by none
        parts.extend(_under(card, place, label) for cards in asked if cards for card in cards)
        named_parts = named_parts or any(made)
    if named_parts and bare and nearly_recallable(blocks):
        # Names alone would leave the label's card nothing that answers it; a little
        # over one go, it keeps its children whole, as a heading's card keeps a list
        # whose parts are asked on their own too.
        return "\n\n".join(text for _, text in blocks), parts
    return "\n\n".join(texts), parts


def _own_part(cards: list[Card] | None, label: str) -> list[Card] | None:
    """A part's cards, or None for a part named as the label it is under (`- Model
    training` under `- Model training`): it names no part of its own, and its card would
    ask the label again with a piece of its answer; the label's answer keeps it whole."""
    if cards and plain(cards[0].question).casefold() == plain(label).casefold():
        return None
    return cards


_SHORT_NAME = lazy(r"^\w[\w'-]*(?: [\w'-]+){0,2}$")
"""One to three words and nothing else: no comma, colon, brackets or sentence's end."""


def _one_name_below(sub: Node) -> bool:
    """`- Hyper parameter tuning` over the one point `- Grid search`, a part of a label's
    list: the point names one example at most, no definition and no code, and asked on a
    card of its own it asks for that one name. The label's answer keeps the part with its
    point. A part naming an aspect (`- Pros` over `- simple`) is asked as before."""
    rest = sub.below
    if sub.line is None or len(rest) != 1 or rest[0].type not in ("bullet_list", "ordered_list"):
        return False
    points = rest[0].children
    if len(points) != 1 or points[0].below or points[0].line is None:
        return False
    point = points[0].line.content
    words = plain(point)
    return (
        "`" not in point
        and _SHORT_NAME.match(words) is not None
        and not words.endswith("다")  # `- 빠르다` says something of it
        and not names_an_aspect(sub.line.content)
        and PRO_CON.match(plain(sub.line.content)) is None
    )


def _first_point(card: Card) -> str:
    """The words of the first point a label's card answers, without its bullet."""
    return LIST_MARKER.sub("", card.answer.split("\n", 1)[0]).strip()


def _under(card: Card, place: Place, label: str) -> Card:
    """A card made under a label, with the label in its context: `… › Model selection › GBDT`."""
    return in_context(card, (*place.path, label, *card.context[len(place.path) :]))


def table_of_contents_entry(item: Node, place: Place) -> list[Card] | None:
    """`- 목차` over anchor links, inside a longer list: navigation, never a card."""
    rest = item.below
    if not rest or not _may_link(rest[0], place):
        return None  # most labels: no list of links under them
    # is_toc_entry reads the lists under the item too: each is a table of contents.
    return [] if is_toc_entry(item) else None


def _may_link(block: Node, place: Place) -> bool:
    """Whether a block's lines hold a `[`, which any link into the page needs."""
    if block.map is None:
        return True
    start, end = block.map
    return "[" in "\n".join(place.tree.lines[start:end])
