"""Recognisers that read a section as a whole: a parent that is its parts, a comparison.

Section rules take the blocks of a section that were not dropped and the place; item
rules here use the section's heading to read an item.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from flashgen.extract.claim_headings import states_a_claim
from flashgen.extract.labels import ASIDE_END, LETTERS, words_of
from flashgen.extract.marked_answers import sets_an_answered_problem
from flashgen.extract.overviews import (
    listed_names,
    opening_statement,
    points_line,
    result_line,
)
from flashgen.extract.place import MAX_LABEL_CHARS, Place, is_short_label, is_statement, plain
from flashgen.extract.sizes import MAX_RECALL_LINES, shown_lines, texts_recallable
from flashgen.extract.skip import (
    has_substance,
    is_boilerplate_section,
    is_not_study_text,
    is_question_section,
    only_code_listings,
)
from flashgen.extract.skip.problems import names_practice
from flashgen.extract.skip.questions import QUESTION_NUMBER
from flashgen.model import Card, Section
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import EMOJI, HANGUL, as_item_text, clean_heading, unwrap_strong

_MAX_PARTS = 8
"""More subsections than this read as a table of contents, not as parts to recall."""

LANGUAGES = r"java|c|c\+\+|cpp|c#|python\s?3?|javascript|js|kotlin|go|swift"
"""The languages whose name titles a subsection of code (`## Java`, `### Python3 코드`)."""

_GENERIC_TITLES = lazy(
    r"^(\d+[.)]?\s*)?(정의|개념|특징|장점|단점|장단점|예시|예제|구현|코드|정리|요약|결론|배경|"
    r"동작\s*원리|원리|동작\s*방식|과정|사용법|목적|용어|이유|문제점|해결\s*방법|해결책|한계|"
    r"개요|종류|구조|문법|주의할\s*점|주의\s*사항|참고|소스\s*코드|사전\s*지식|기타|그\s*외.*|"
    r"적용|실습|테스트(\s*해보기)?|결과|출력\s*결과|계획|진행(?:\s*상황)?|plan|"
    r"우선\s*순위|부호|sign(?:\s*convention)?|"
    r"(?:contains|includes|requires)(?!\s*\()|"  # not a method, `contains(x)`
    r"(?:interview|면접)\s*(?:answer|답변)|(?:\d+\s*(?:sec|s|초)\s*)(?:answer|답변)|elevator\s*pitch|"
    r"(?:법적\s*)?근거|암기(?:\s*법|\s*팁)?|외우는\s*법|외우기|두문자|mnemonics?|memory\s*(?:aid|trick|hook)s?|"
    r"definition|overview|introduction|intro|summary|conclusion|example|examples|"
    r"implementation|code|usage|background|pros|cons|pros and cons|features|"
    r"advantages?|disadvantages?|limitations?|source\s*code|misc.*|others?|"
    rf"({LANGUAGES})(\s*(version|코드|code))?)"
    r"(\s*\d+)?(\s*[(:].*)?$",
    re.IGNORECASE,
)
"""Subsection titles that name an aspect of the parent, not a part of it; `암기`, `Mnemonic`:
the way to learn it by heart; `계획`, `진행`, `Plan`: the writer's plan for a task and
how it went; `우선순위`, `sign`, `contains`: which of its parts wins, its sign convention,
what it holds (`- contains: serial number, …` under `Certificates`)."""


_COLLECTION = lazy(
    r"(종류|유형|분류|구성\s*요소|요소|조건|단계|절차|방법|기법|전략|원칙|패턴|속성|성질|"
    r"명령어|연산|\d+\s*가지)\s*\??$"
    r"|\b(types?|kinds?|steps?|phases?|stages?|components?|principles?|properties|methods|"
    r"strategies|techniques|patterns|categories|conditions|terms|operations|commands)\b",
    re.IGNORECASE,
)


_ANALYSIS = lazy(r"(?<!원인)(?<!원인\s)분석|(?<!cause\s)\banalysis\b", re.IGNORECASE)
"""`CVP 분석`, `Variance analysis`: a heading naming a method of study, whose subsections are
its topics (`기본 공식`, `복수제품`), not the parts a student recalls it by. Not `원인 분석`,
`Root cause analysis`, whose parts are the causes found."""


@lru_cache(maxsize=1024)
def names_a_collection(title: str) -> bool:
    """`해시 함수의 종류`, `캐시 읽기 전략`, `발생 조건`, `Delivery terms`: a heading that asks for
    the members of a list, so a list of terms under it answers it by their names (a
    glossary's heading, `Key terms`, asks for none: set_headings.names_a_glossary)."""
    return bool(_COLLECTION.search(plain(clean_heading(title))))


_FEATURES_ASKED = lazy(
    r"(특징|특성|장점|단점|장단점|성질|속성|(?:^|의\s?|\s)이점)\s*\??$"
    r"|\b(features|properties|characteristics|advantages|disadvantages|benefits|drawbacks|"
    r"pros|cons)\b",
    re.IGNORECASE,
)
"""`이점` alone or of a subject (`REST의 이점`), not the end of `차이점`, which asks how two
things differ."""


def asks_its_features(title: str) -> bool:
    """`REST의 특징`, `장단점`, `Characteristics of B-trees`, `Advantages of …`: a heading that
    asks for its subject's features, properties, advantages or drawbacks, which a student
    recalls together, by their names."""
    return bool(_FEATURES_ASKED.search(plain(clean_heading(title))))


@lru_cache(maxsize=1024)
def is_aspect(title: str) -> bool:
    """`장점`, `Pros`, `예시`: a title or label naming an aspect of its subject, not a part."""
    return bool(_GENERIC_TITLES.match(plain(title)))


_CLOSING = (
    r"정리|요약|결론|마치며|마무리|정리하며|에필로그|복습|summary|conclusion|in summary|"
    r"wrap[- ]?up|tl;?\s?dr|epilogue|review|recap|정리하면|요약하면|결론적으로|"
    r"in\s+short|to\s+sum\s+(?:it\s+)?up"
)
"""Titles of a section summing up or concluding what came before it (`결론`, `Summary`), or
going over it again (`Review`, `복습`)."""
_OWNED = r"(?:(?:우리\s*팀|저희\s*팀|우리|저희|나|내|팀)의?\s*|(?:my|our|(?:the\s+)?team'?s?)\s+)?"
"""`우리 팀 결론`, `내 정리`, `Our conclusion`: whose summing up it is, the writer's or their
team's, which leaves it a closing title all the same (as `결론 (우리 팀)` is)."""
_FRAMING_TITLES = lazy(
    rf"^(개요|들어가기\s*(전에?|앞서)|들어가며|서론|시작하며|프롤로그|overview|intro|introduction|"
    rf"prologue|{_OWNED}(?:{_CLOSING}))[.!]?$",
    re.IGNORECASE,
)
"""Headings that frame their parent's topic (`들어가기 전에`, `정리`, `Overview`, `Prologue`):
what stands under them answers the parent, and `… › 들어가기 전에` alone asks nothing."""
_CLOSING_TITLES = lazy(rf"^{_OWNED}({_CLOSING})[.!]?$", re.IGNORECASE)


_OWNED_CLOSING = lazy(rf"^(?=\S)(?!(?:{_CLOSING})[.!]?$){_OWNED}(?:{_CLOSING})[.!]?$", re.I)


def owns_its_summary(title: str) -> bool:
    """`우리 팀 결론`, `Our conclusion`: a closing title naming whose summing up it is, which
    asks of its subject as a bare `결론` does (subjects.asks_of_a_subject)."""
    return bool(_OWNED_CLOSING.match(plain(clean_heading(title))))


@lru_cache(maxsize=256)  # asked of every term's card, and a section's cards share one
def sums_up(title: str) -> bool:
    """`정리`, `결론`, `Summary`, `TL;DR`, `Review`: a title summing up or going over again what
    came before it."""
    return bool(_CLOSING_TITLES.match(plain(clean_heading(title))))


def asked_as(path: tuple[str, ...]) -> tuple[str, ...]:
    """The titles a section's own answer is asked by: its own path, or its parent's when its
    heading only frames the parent (`### 정리` under `## 동시성 제어` → `… › 동시성 제어`)."""
    if len(path) >= 2 and frames_its_parent(path[-1]):
        return path[:-1]
    return path


@lru_cache(maxsize=256)  # asked of every card's context, and a section's cards share one
def frames_its_parent(title: str) -> bool:
    """`정리`, `Overview`, `Prologue`: a title that frames its parent's topic."""
    return bool(_FRAMING_TITLES.match(plain(clean_heading(title))))


def frame_apart(card: Card, parent: Card | None, path: tuple[str, ...]) -> Card:
    """A framing section's card asked as its parent's (`## 정리` under `# 해시 테이블`, a
    table of the two ways to resolve a collision) joins the parent's own card only when the
    two together are recalled in one go: a short summary, or one under a parent with little
    of its own. Under a parent that says much already (`충돌 해결 방식:` over its list,
    `**적재율(load factor)**` over its code), joined it makes one back no student recalls;
    it is then asked on a card of its own, of the parent's subject (`해시 테이블 › 정리`),
    and the parent's card stays as it was. `path` is the framing section's own."""
    if (
        parent is None
        or (card.deck, card.question, card.kind) != (parent.deck, parent.question, parent.kind)
        or card.answer in parent.answer
        or texts_recallable([parent.answer, card.answer])
    ):
        return card
    title = clean_heading(path[-1])
    return replace(card, deck=path, question=f"{card.question} › {title}")


def is_a_phase(section: Section, root: Section) -> bool:
    """`### Introduction` between `### Before interview` and `### Upon delivering the
    question`, `### Wrap up` before `### Post interview`: a framing title standing between
    subsections of substance is one phase of several, no frame of its parent, and is asked
    by its own title (two such phases asked as the parent would also join into one card).
    A summary before the note's questions or references still frames it."""
    siblings = _siblings(root, section)
    if siblings is None:
        return False
    at = next(index for index, child in enumerate(siblings) if child is section)
    return any(_a_part_beside(child, section) for child in siblings[:at]) and any(
        _a_part_beside(child, section) for child in siblings[at + 1 :]
    )


_PARTS_CLOSED = 2
"""Sections of substance before a summary or conclusion, for it to close them."""


def closes_the_parts(section: Section, root: Section) -> bool:
    """`## 결론` over `- 읽기가 많으면 Cache-Aside부터 시작한다.` after `## Cache-Aside`,
    `## Write-Through` and more: a section titled as a summary or a conclusion (`정리`,
    `결론`, `마치며`, `Summary`, `TL;DR`) after two or more subsections of substance at its
    level sums up or concludes them. It does not say what its parent is, so it is asked
    by its own title, of the parent's subject (`캐시 전략 › 결론`), not as the parent. An
    opening overview (`## 개요` first under the title) still frames its parent; so does a
    summary with one part or none before it."""
    if not _CLOSING_TITLES.match(plain(clean_heading(section.title))):
        return False
    siblings = _siblings(root, section)
    if siblings is None:
        return False
    at = next(index for index, child in enumerate(siblings) if child is section)
    return sum(_a_part_beside(child, section) for child in siblings[:at]) >= _PARTS_CLOSED


def _siblings(parent: Section, section: Section) -> list[Section] | None:
    """The subsections beside `section`, itself among them; None when it is not found."""
    for child in parent.children:
        if child is section:
            return parent.children
    for child in parent.children:
        found = _siblings(child, section)
        if found is not None:
            return found
    return None


def _a_part_beside(section: Section, framing: Section) -> bool:
    """A subsection written at the framing one's level that is a part of its parent's
    topic: not a frame, an author block, references, questions to ask or text that is no
    study text (a small table of contents quoted above the note's first section is none)."""
    return section.level == framing.level and not (
        frames_its_parent(section.title)
        or is_boilerplate_section(section)
        or is_question_section(section.title)
        or is_not_study_text(section)
    )


_EXAMPLE_TITLE = lazy(
    r"(^|\s)(예시|예제|사용\s*예|examples?|walk-?through)(\s*\d+)?$|"
    r"^(예시|예제|examples?|e\.g\.|worked\s+examples?)(\s|:|$)|^(예시|예제)(로|를\s*통해)\s",
    re.IGNORECASE,
)
"""`시스템 콜 예시`, `[ 예시 : 이체 ]`, `Example: a cache`, `Worked example: …`: a subsection
illustrating the parts beside it, not one more of them; a section so titled holds examples,
not parts, and so does one titled for going through them (`예제로 보기` over `### 1NF → 2NF`,
`### 2NF → 3NF`; `문제 walk-through` over a problem a subsection)."""


def section_parts(blocks: list[Node], place: Place) -> list[Card]:
    """`## 무중단 배포 기법` with only `### 블루/그린 배포` and `### Rolling 배포` under it
    → "무중단 배포 기법" ⟶ its parts. Not for a note's title (that list is a table of
    contents) nor for subsections that are aspects (`정의`, `장점`, `Example`)."""
    section = place.section
    if (
        section.level <= 1  # a note's title, or a `#` title of one of its parts
        or len(section.children) < 2  # most sections: no parts to ask for, and cheap to see
        or any(has_substance(place.quote(block)) for block in blocks)
    ):
        return []
    parts = part_titles(section, place.path)
    claims = [part for part in parts if not is_short_label(plain(part))]
    cases = asks_for_cases(section.title, parts)
    if not parts or not (cases or all(states_a_claim(part) for part in claims)):
        return []  # a part a claim (`Sort the intervals by their start`) is one however long
    if _ANALYSIS.search(section.title) and not names_a_collection(section.title):
        return []  # `CVP 분석` over `기본 공식`, `복수제품`: topics of a study, no parts of it
    if claims and any(not (child.blocks or child.children) for child in section.children):
        return []  # claims, some told by their heading alone, which part_titles leaves out
    if asks_a_difference(section.title):
        return []  # `팩토리 메소드 패턴과의 차이점`: the names of the sides say no difference
    if any(comparison_sides(part) for part in parts):
        return []  # `대칭키 vs 비대칭키`, `대칭키 알고리즘`: an outline of topics, no set of parts
    if _WRONG_ANSWER_LOG.search(place.path[0]):
        return []  # `기출 오답 모음` › `현대` over its problems: a group of misses, no parts
    if names_practice(plain(clean_heading(section.title))) and all(
        _NUMBERED_PROBLEM.match(child.title) for child in section.children
    ):
        return []  # `출력 결과 문제` over `C-1. 포인터 기본`, …: problems, each asked on its own
    if only_code_listings(section):
        return []  # `인터페이스 정의`, `클래스 구현` over only code: the steps of writing it
    if _shows_sample_tables(section, place):
        return []  # `제 2 정규형을 활용하면,` over `수강`, `지도`: an example's tables, no parts
    if 2 * sum(map(sets_an_answered_problem, section.children)) >= len(section.children):
        return []  # `Q114`, `Q118`: problems, each asked on its own card with its answer
    told = told_titles(section, parts, [])
    if told == parts and names_nothing_to_recall(parts, section.title):
        return []  # `원판 1개`, `원판 2개`, `원판 N개`: each case is asked on its own card
    if _parts_say_nothing(section, place):
        return []  # `노트 목록` over `시대별`, `전체`: lists of pages or of tasks, no parts
    from flashgen.extract.subjects import of_subject  # (subjects reads this module)

    return [
        of_subject(  # `Techniques` over its parts asks `Linked list › Techniques`
            Card(
                deck=place.path,
                context=place.path[:-1],
                question=without_label(section.title_markdown or section.title),
                answer=named(told),
                note_name=place.tree.note.name,
                line=section.line,
                rule=section_parts.__name__,
            )
        )
    ]


def _parts_say_nothing(section: Section, place: Place) -> bool:
    """Whether every subsection holds only blocks that give no card, and no subsection of
    its own: lists of links to the notes (`### 시대별` over `- [01 선사시대](01_선사시대.md)
    ✅`), task lists (`### Stereo` over `- [x] find chirality centers fast`), a link alone
    with a legend of its marks (`🚧 = 작성중`). Their titles name no parts of the heading:
    they sort what gives nothing to recall."""
    from flashgen.extract import skipped_block  # (the rules' module reads this one)

    for child in section.children:
        if not child.blocks or child.children:
            return False
        texts = [place.quote(block) for block in child.blocks]
        if not any("](" in text or "- [" in text for text in texts):
            return False  # no link nor task: words of a part (most sections), at a glance
        kept = [
            text
            for block, text in zip(child.blocks, texts, strict=True)
            if not skipped_block(block) and not _MARK_MEANS.match(text)
        ]
        if has_substance("\n\n".join(kept)):
            return False
    return True


_MARK_MEANS = lazy(r"^[^\w\s]+\s*[=:]\s*[^\n]{1,20}$")
"""`🚧 = 작성중`: what a mark beside the links means, a key to the list, nothing of a part."""


_WRONG_ANSWER_LOG = lazy(
    r"오답|\bwrong[- ]answers?\b|\bmissed questions\b|\bmistakes? (?:log|notebook|journal)\b|"
    r"\b(?:exam|test|quiz|practice|qbank|uworld)\s+mistakes\b",
    re.IGNORECASE,
)
"""`기출 오답 모음`, `오답노트`, `Wrong answers`, `Practice exam mistakes`: a note of the
problems the writer missed, its sections groups of them (by era, by round), whose titles
are no parts of a subject."""
_NUMBERED_PROBLEM = lazy(r"^\W*(?:[A-Za-z]{1,3}[-.]?)?\d{1,3}(?:[-.]\d{1,2})?[.):]\s")
"""`C-1. 포인터 기본`, `3) 재귀`, `Q2: …`: a problem of a set, by its number."""


def _shows_sample_tables(section: Section, place: Place) -> bool:
    """Subsections one of which opens with a table of sample rows (`| 101 | 운영체제 |`):
    the tables a worked example splits its records into, named for the example only."""
    from flashgen.extract.table_parts import only_sample_rows  # (it reads this module)

    return any(
        child.blocks
        and child.blocks[0].type == "table"
        and only_sample_rows(place.quote(child.blocks[0]))
        for child in section.children
    )


_COUNT = lazy(r"\d+|(?<![A-Za-z])[NnKkMm](?![A-Za-z])")
"""`1`, `12`, `N` (`원판 N개`): the count a name is written with, a lone letter standing for
any count."""


def counts_one_name(titles: list[str]) -> bool:
    """`원판 1개`, `원판 2개`, `원판 3개`, `원판 N개`; `Case 1`, `Case 2`: one name written with
    a count going up by one from 0 or 1 (a last `N` standing for any), the cases of one
    thing worked one by one. Their names, listed, say nothing to recall but the count."""
    if len(titles) < 2:
        return False
    names, counts = set(), []
    for title in titles:
        said = plain(ASIDE_END.sub("", title)).casefold()
        found = _COUNT.findall(said)
        if len(found) != 1:
            return False
        names.add(_COUNT.sub("#", said))
        counts.append(found[0])
    if not counts[-1].isdigit():
        counts.pop()  # `N개` after `1개`, `2개`: any count, last
    if len(names) > 1 or len(counts) < 2 or not all(count.isdigit() for count in counts):
        return False
    first = int(counts[0])
    return first in (0, 1) and [int(count) for count in counts] == list(
        range(first, first + len(counts))
    )


def names_nothing_to_recall(titles: list[str], heading: str) -> bool:
    """Subsections' titles that, named alone on their heading's card, give nothing to
    recall: the cases of one name counted (`counts_one_name`), or titles only repeating the
    heading's own words split apart (`C++의 자료형 (32비트 운영체제 기준)`, `JAVA의 자료형` under
    `… C++과 JAVA의 자료형`, the aside after a title left out)."""
    from flashgen.extract.member_names import repeat_the_heading  # (it reads this module)

    return counts_one_name(titles) or repeat_the_heading(
        [ASIDE_END.sub("", title) for title in titles], heading
    )


_OTHER_ASPECT = lazy(
    r"^(?:(?:시간|공간)?\s*복잡도|성능(?:\s*비교)?|평가(?:\s*지표)?|지표|"
    r"(?:evaluation\s+)?metrics?|evaluation|(?:time\s+|space\s+)?complexity|performance)$",
    re.IGNORECASE,
)
"""`Metrics`, `시간복잡도`, `Performance`: what measures the things named beside it, not one
of them."""


def without_closing_aspect(heading: str, titles: list[str]) -> list[str]:
    """The titles without a last one naming another aspect (`Metrics`, `시간복잡도`) after
    names of kinds of the heading's subject: `Two stage detectors`, `One stage detectors`
    under `2D object detectors` (each ends on the heading's noun), or the cases of one name
    counted (`원판 1개`, … `원판 N개`). It measures them, it is none of them."""
    if len(titles) < 3:
        return titles
    last = clean_heading(titles[-1])
    if not (_OTHER_ASPECT.match(plain(last)) or is_aspect(last)):
        return titles
    kinds = titles[:-1]
    if counts_one_name(kinds) or _kinds_of(heading, kinds):
        return kinds
    return titles


def _kinds_of(heading: str, titles: list[str]) -> bool:
    """`Two stage detectors`, `One stage detectors` under `2D object detectors`: titles of
    more than one word each ending on a word of the heading, the kind of thing it names."""
    asked = words_of(ASIDE_END.sub("", heading))
    for title in titles:
        words = LETTERS.findall(plain(ASIDE_END.sub("", title)).casefold())
        if len(words) < 2 or words[-1].rstrip("s") not in asked:
            return False
    return True


_ASKS_WHEN = lazy(
    r"언제|어떤\s*(?:경우|때|상황)|경우$|^when\b|\bwhen\s+(?:is|are|does|do|to)\b",
    re.IGNORECASE,
)
"""`… 언제 발생할까`, `Full scan이 더 좋은 경우`, `When is a full scan faster`: a heading
asking in which cases something holds."""
_A_CASE = lazy(r"(?:때|경우|상황)$|^(?:when|if)\s", re.IGNORECASE)
"""`테이블에 데이터가 조금 있을 때`, `… context switch가 일어나는 경우`, `When the table is
small`: a title naming one case."""


def asks_when(title: str) -> bool:
    """`… 언제 발생할까`, `… 경우`: a heading asking in which cases something holds."""
    return _ASKS_WHEN.search(plain(clean_heading(title))) is not None


def asks_for_cases(title: str, parts: list[str]) -> bool:
    """A heading asking in which cases something holds over subsections each naming a case
    (`언제 발생할까` over `1) … 인터럽트 발생`, `2) … 일어나는 경우`): however long, the
    titles answer it, as names do; only a few words may name a case otherwise."""
    if len(parts) < 2 or not asks_when(title):
        return False  # nearly every heading
    said = [plain(part) for part in parts]
    named_cases = [_A_CASE.search(part) is not None for part in said]
    return any(named_cases) and all(
        case or is_short_label(part) for part, case in zip(said, named_cases, strict=True)
    )


_SUB_NUMBER = lazy(r"^(?P<parent>\d{1,2})-\d{1,2}\s+(?=\S+\s+\S)")
"""`4-3 HTTP 응답 상태 코드`: the third part of section 4, its dot left out. (`2-3 트리`
names a tree: one word after it.)"""


def without_sub_number(question: str, parent: str) -> str:
    """`4-3 HTTP 응답 상태 코드` under `4. REST API 디자인 가이드` asks `HTTP 응답 상태 코드`:
    the number only places the section under its parent's, as `4-3.` with its dot
    (which every front loses) does."""
    number = _SUB_NUMBER.match(question)
    if number is None or not re.match(rf"\W*{number['parent']}[.)]?\s", parent):
        return question  # `## 4. …`, `## **4)** …` over it, or the number names something
    return question[number.end() :]


def part_titles(
    section: Section,
    path: tuple[str, ...],
    promised: bool = False,
    counted: bool = False,
    led: bool = False,
) -> list[str]:
    """The titles of a section's subsections when they are its parts (two to `_MAX_PARTS`,
    none an aspect, a question or an example), else none; not those of the steps of a
    sequence, which its own card holds (`sequence_steps`). A section whose text ends
    leading into them with a colon (`promised`) names a subsection of questions too
    (`2. Practice the most common behavioral questions`): the line promised it. An example
    whose text ends counting what follows (`counted`: `이때 두 가지 작업이 일어난다.` over
    `#### 1) 출금`, `#### 2) 입금`) holds those as its parts. A section whose text leads
    into them (`led`) has them as its parts though its heading asks a question (`CORS란?`
    over `세 가지 유형이 있다.`), a subsection framing them (`정리` summing them up) is
    none of them, nor a sign that they are aspects, and one titled for questions among them
    (`2. Plan your time and tackle topics and questions`) or numbered as they are is one of
    them; only after the last, unnumbered, are such subsections the note's questions."""
    example = _EXAMPLE_TITLE.search(plain(clean_heading(section.title))) is not None
    if (
        len(section.children) < 2
        or sequence_steps(section, path)
        or is_question_section(section.title)
        or comparison_sides(section.title)  # each side is asked on its own
        or (example and not counted)  # `문법과 예시`
    ):
        return []
    kept = [
        child
        for child in section.children
        if not (led and frames_its_parent(child.title))  # `### 정리` sums the parts up
        and not is_boilerplate_section(child)
        and not (is_not_study_text(child) and not child.children)
        and (child.blocks or child.children)  # an empty heading is an outline, not a part
        and not _titles_an_example(plain(clean_heading(child.title)))
    ]
    if not promised:
        asking = [_holds_questions(child.title) for child in kept]
        if led and not all(asking):  # questions between the parts, or numbered as they are
            last = max(index for index, asks in enumerate(asking) if not asks)
            asking = [
                asks and index > last and step_number(child.title) is None
                for index, (child, asks) in enumerate(zip(kept, asking, strict=True))
            ]
        kept = [child for child, asks in zip(kept, asking, strict=True) if not asks]
    parts = [
        without_sub_number(child.title_markdown or child.title, section.title) for child in kept
    ]
    parts = without_closing_aspect(section.title, parts)
    if not 2 <= len(parts) <= _MAX_PARTS or any(
        _GENERIC_TITLES.match(plain(title))
        or (plain(title).endswith("?") and not (led and title == section.title_markdown))
        for title in (*parts, *(() if example else (section.title_markdown,)))
    ):
        return []
    if any(asks_itself(child.title) for child in kept) or names_subtopics(section.title, parts):
        return []  # a table of contents: each subsection asks, or teaches one side of it
    return parts


_ASKS_ITSELF = lazy(rf"{QUESTION_NUMBER}|^how\s+(?:to|do|does|can|should)\s", re.IGNORECASE)
"""`Q1. 프로세스와 스레드의 차이`, `How to write a cover letter`: a title that is a question."""


def asks_itself(title: str) -> bool:
    """`Q1. 프로세스와 스레드의 차이`, `How to write a cover letter`: a subsection title that
    is itself a question or a how-to, answered under it; its parent's card naming it (and
    the others) names questions, a table of contents with nothing to recall."""
    said = plain(title)  # `Q1.` numbers a question, and `clean_heading` takes numbers off
    return _ASKS_ITSELF.match(said) is not None or (
        _ASKS_ITSELF.match(plain(clean_heading(said))) is not None
    )


_SUBTOPIC = lazy(
    r"\bvs\.?\s|(?:방법|방식|원인|조치|비교|차이점?|유형|종류)$"
    r"|^(?:types?|kinds?|defen[cs]es|comparison|causes?|pitfalls|why|what)\b",
    re.IGNORECASE,
)
"""`수평 vs 수직`, `해소 방법`, `파티션 방식`, `원인`, `Types`, `Defenses`, `What the attacker
can do`: a title naming a comparison, a method, a cause or a kind of its subject: one thing
to teach about it, not a part of it."""


def names_subtopics(heading: str, titles: list[str]) -> bool:
    """`페이지 교체` over `메모리 과할당`, `해소 방법`, `페이지 교체 알고리즘`; `XSS` over
    `Types`, `What the attacker can do`, `Defenses`: titles most of which (two at least)
    name one thing to teach about the heading's subject (a comparison, a method, a cause,
    its kinds) or open on the subject itself (`페이지 교체 알고리즘`), under a heading that
    asks for no collection. They are a table of contents, each told in its own section;
    `Career levels` over the levels, `단편화 해결책` over the fixes are its members."""
    subject = plain(ASIDE_END.sub("", clean_heading(heading)))  # `가지치기 (Pruning)`
    if names_a_collection(heading) or _WAYS.search(subject):
        return False  # `해시 함수의 종류`, `How to …`: the titles are its members or ways
    opening = " ".join(subject.split()[:2]).casefold()
    said = [plain(clean_heading(title)) for title in titles]
    topics = sum(
        1
        for title in said
        if _SUBTOPIC.search(title)
        or (len(title) > len(opening) and title.casefold().startswith(opening + " "))
    )
    return topics >= 2 and 2 * topics >= len(said)


_MAX_TOLD_LINES = 2
"""A subsection told beside its title in a line or two (`상호 배제: 자원은 한 번에 …`);
longer, its title alone names it and its own card tells it."""


def told_titles(section: Section, titles: list[str], own: list[str]) -> list[str]:
    """The titles, each with what its subsection says in a line (`상호 배제: 자원은 한 번에 한
    프로세스만이 …`) when every one says it so and the heading's card, its own answer with
    them, is still recalled in one go: the titles alone (`- 상호 배제`, `- 비선점` under `…
    아래 4가지 조건`) name what to recall and answer none of it. Each subsection still has
    its own card."""
    if any(child.children for child in section.children):
        return titles  # parts of parts: no subsection says itself in a line
    if any(is_statement(plain(title)) for title in titles):
        return titles  # `교환법칙이 성립한다.`: a title stating a fact answers already
    said = {
        without_sub_number(child.title_markdown or child.title, section.title): child.blocks
        for child in section.children
    }
    from flashgen.extract.member_names import repeat_the_heading  # (it reads this module)

    if repeat_the_heading(titles, section.title):
        return titles  # `정수`, `실수` under `정수와 실수`: each side is asked, the heading not
    # What each says, else what each lists, else what each says first (`SSR: 서버에서 최종
    # HTML을 생성해서 전달` over its other points and a picture), else the value each works
    # out (`정수: 1011(2)` under a worked conversion): never some told, some bare.
    for says in (points_line, listed_names, opening_statement, result_line):
        if says is opening_statement and not _first_says_what(section, titles):
            continue
        told, points = [], set()
        for title in titles:
            point = says(said.get(title, []))
            if not point:  # nothing under it, or more than a line
                break
            told.append(f"{title}: {point}")
            points.add(_beside_its_name(point, title))
        else:
            if len(points) < len(told):
                continue  # `웹 서버: HTTP 기반 동작` and the same under `WAS`: nothing told apart
            if all(shown_lines([line]) <= _MAX_TOLD_LINES for line in told) and (
                shown_lines([*own, *told]) <= MAX_RECALL_LINES
            ):
                return told
    return titles


_WORD = lazy(r"[^\W_]+")


def _beside_its_name(point: str, title: str) -> tuple[str, ...]:
    """What a part's point says beside its own name: `Two-stage object detectors are a type
    of deep learning model …` under `Two stage detectors` says what `One-stage …` says
    under `One stage detectors`, each only its name again; told apart they tell nothing."""
    named = set(_WORD.findall(plain(title).casefold()))
    return tuple(word for word in _WORD.findall(plain(point).casefold()) if word not in named)


_WAYS = lazy(r"^how\s+(?:to|do|does|can|should)\s|(?:하는|는)\s*(?:법|방법)$", re.IGNORECASE)
"""`How to keep the bag light`, `짐을 가볍게 하는 방법`: a heading whose parts are ways, each
titled by what to do (`Share the load`), whose first point is one tip among several."""


def _first_says_what(section: Section, titles: list[str]) -> bool:
    """Whether what each subsection says first tells what the part is: under a heading of
    names (`SSR`, `Adapter`), a subsection opens with that. Not ways or instructions (`Share
    the load`, `Use recursion`), which their titles already tell, and whose first point is
    one of several; nor titles naming a process (`동작 과정`), whose first line is a step."""
    from flashgen.extract.item_kinds import names_a_process  # (it reads this module)

    return not (
        _WAYS.search(plain(clean_heading(section.title)))
        or any(states_a_claim(plain(title)) or names_a_process(title) for title in titles)
    )


_ONE_QUESTION = lazy(r"\b(the|a|this|each|one)\s+question\b", re.IGNORECASE)
_MAX_EXAMPLE_WORDS = 4


def _holds_questions(title: str) -> bool:
    """`Interview questions`, `예상 질문`: a subsection of questions to ask, no part; not a
    part that does something with the one question asked (`Break the question down into
    smaller parts`, a way of solving it)."""
    return is_question_section(title) and not _ONE_QUESTION.search(title)


def _titles_an_example(title: str) -> bool:
    """`시스템 콜 예시`, `Usage examples`, `Example: a cache`: a subsection illustrating the
    parts beside it; not a part saying what to do with examples in a sentence of its own
    (`Come up with more examples`, a way of solving a problem)."""
    found = _EXAMPLE_TITLE.search(title)
    return found is not None and (found.start() == 0 or len(title.split()) <= _MAX_EXAMPLE_WORDS)


_STEP_TITLE = lazy(
    r"^(?:step\s*(?P<step>\d+)\b|(?P<stage>\d+)\s*단계\b|(?P<number>\d+)(?:-\d+)?\\?[.)](?=\s|$))",
    re.IGNORECASE,
)
"""`1) DNS 조회`, `2-1) …`, `3. …`, `Step 4: …`, `5단계: …`: the title of a step of a sequence."""
_STEP_WORD = lazy(r"^(step|\d+\s*단계)", re.IGNORECASE)
_PROCESS = lazy(
    r"과정|절차|흐름|순서|프로세스|단계|process|flow|steps|sequence|life\s?cycle|workflow|"
    r"pipeline|procedure|how\b.*\bworks?\b|what happens",
    re.IGNORECASE,
)
"""A title naming a process (`웹 통신의 흐름`, `인증 처리 과정`, `Login flow`): the numbered
sections under it are its steps, where under `Deadlock 발생의 4가지 조건` they are parts."""
_MIN_STEPS = 3
_SHORT_STEP_LINES = 3
"""A step whose text has more lines than this is a chapter of its own, not a step."""


_LABEL = lazy(
    r"^(?:(?:point|step|part|chapter|lesson|stage|phase|solution|method|"
    r"포인트|방법)\s*\d{1,2}|\d{1,2}\s*단계)\s*[:.)\-–—]\s*(?=\S)",
    re.IGNORECASE,
)
"""`Point 2 :`, `Step 3 -`, `1단계:`, `방법1)`: a counter before a section's name."""


_COURSE_NUMBER = r"\d{1,3}(?:\s*[-–~]\s*\d{1,3})?"
"""`3`, `1 - 2`, `1~2`: a page's number in its course, or the numbers of several it spans."""
_COURSE_COUNTER = (
    rf"(?:(?:lectures?|lec|weeks?|wk|days?|chapters?|ch|units?|modules?|sessions?)\.?\s*{_COURSE_NUMBER}"
    r"|(?:part|chapter|ch|unit|book)\.?\s+(?-i:[IVX]{1,5})\b|L\d{1,2}(?=\.)"
    rf"|(?:제\s*{_COURSE_NUMBER}\s*(?:장|강|주차?|회|편|부)|{_COURSE_NUMBER}\s*(?:주차|강|장|일차|회차)))"
)
_COURSE_NAME = r"(?:[^\W\d_][\w.&+#]*(?:[ \t]+[\w.&+#]+){0,3}[ \t]*(?:[-–—:|,][ \t]*)?)"
"""`Distributed Systems — `, `STAT 512 — `, `알고리즘 `: the course a page belongs to, a few
words written before its lecture or week."""
_COURSE_TIME = (
    rf"(?:(?:lectures?|lec|weeks?|wk)\.?\s*{_COURSE_NUMBER}|{_COURSE_NUMBER}\s*(?:주차|강))"
)
"""`Lecture 4`, `Week 5`, `9주차`, `3강`: a course's own count of its pages, which a name
before it can only be the course's (not `Raft — Part II`, a part of a subject)."""
_COURSE_PLACE = lazy(
    rf"^(?:\[\s*{_COURSE_COUNTER}\s*\]|\(\s*{_COURSE_COUNTER}\s*\)"
    rf"|{_COURSE_COUNTER}\s*(?:[:.|]|[-–—]{{1,2}})"
    rf"|(?:제\s*)?{_COURSE_NUMBER}\s*(?:주차|강|장|일차|회차)(?=\s)"
    rf"|{_COURSE_NAME}{_COURSE_TIME}\s*(?:[:.|]|[-–—]{{1,2}}|(?<=[차강])(?=\s)))"
    r"\s*(?!\d+\s*[:.)~\-–—]|\d+$)(?=\S)",
    re.IGNORECASE,
)
"""`Lecture 9 —`, `Lec 04:`, `L3.`, `Week 3:`, `Day 12:`, `Ch 2 —`, `Part II:`, `3주차 -`,
`[3주차]`, `제3장`, with the course's name before a lecture or a week (`Distributed
Systems — Lecture 4:`, `알고리즘 9주차 —`): where a course or a study log files a page among
its others. Never a number that is the subject's own (`Chapter 11 bankruptcy`, `L4 스위치`,
`제 1 정규형`)."""


_COUNTED = lazy(r"[\dIVX]")
"""A digit, or a capital of a Roman numeral: what every counter (`_LABEL`) and every place
in a course (`_COURSE_PLACE`) holds."""


def without_label(title: str) -> str:
    """`Point 2 : 동작 방식 (자료구조)` → `동작 방식 (자료구조)`: the name a counter stands before.
    The counter tells where the section stands among its neighbours, which a card, asked
    alone and out of order, does not show; it asks nothing of its own. So does the place a
    course gives a page (`Lecture 9 — Paxos` asks `Paxos`), unless what follows names no
    subject (`Lecture 1 — Introduction`)."""
    if not _COUNTED.search(title):
        return title  # most titles: no number, which every counter and course place has
    match = _LABEL.match(title)
    if match:
        return title[match.end() :]
    match = _COURSE_PLACE.match(title)
    if match is None:
        return title
    rest = title[match.end() :]
    return title if frames_its_parent(rest) or is_aspect(clean_heading(rest)) else rest


def step_number(title: str) -> int | None:
    """The number a title gives its section in a sequence of steps, or None."""
    match = _STEP_TITLE.match(EMOJI.sub("", title).lstrip())
    if match is None:
        return None
    return int(match["step"] or match["stage"] or match["number"])


def _is_short_step(section: Section) -> bool:
    if section.children:
        return False
    lines = 0
    for block in section.blocks:
        if block.type != "html_block" and block.map:  # `<br>`, a centred picture: no words
            lines += block.map[1] - block.map[0]
    return lines <= _SHORT_STEP_LINES


def _is_sequence(steps: list[Section], holders: tuple[str, ...]) -> bool:
    """Three or more sections numbered from 1 on, each its number or the next (`2-1)`,
    `2-2)` share one), none with subsections, and most a line or two, that are the steps
    of one process: titled as steps (`Step 2`, `2단계`), or under a title naming a process
    (the heading holding them or its parent). They only make sense in their order."""
    if len(steps) < _MIN_STEPS:
        return False
    if not _STEP_WORD.match(EMOJI.sub("", steps[0].title).lstrip()) and not any(
        _PROCESS.search(title) for title in holders
    ):
        return False
    numbers = [step_number(step.title) for step in steps]
    if numbers[0] != 1 or any(
        number is None or number - before not in (0, 1)
        for before, number in zip(numbers, numbers[1:], strict=False)
    ):
        return False
    short = sum(_is_short_step(step) for step in steps)
    return all(not step.children for step in steps) and 3 * short >= 2 * len(steps)


def sequence_steps(section: Section, path: tuple[str, ...]) -> list[Section]:
    """The section's subsections when they are the steps of one process, else none; `path`
    is the section's, which names its parent."""
    children = section.children
    if (
        len(children) < _MIN_STEPS
        or step_number(children[0].title) is None
        and (len(children) < 2 or step_number(children[1].title) is None)
    ):
        return []  # nearly every section: cheap to see
    steps = [child for child in children if not is_boilerplate_section(child)]  # `## 작성자`
    if not steps or step_number(steps[-1].title) is None:
        return []
    return steps if _is_sequence(steps, path[-2:]) else []


_MIN_FLAT_RUN = 2
"""Numbered headings in a run, `1)` then `2)`, before they count up as parts."""
_BARE_EXAMPLE = lazy(r"^(예시|예제|examples?)(\s*\d+)?$", re.IGNORECASE)
"""`예시 2`, `Example`: a title naming no subject its numbered neighbours could be parts of."""


def with_numbered_parts_nested(section: Section) -> Section:
    """The section with each run of headings numbered `1)`, `2)` … written at the level of
    the unnumbered heading right before them put under that heading, as its parts
    (`### Index 설정 기준` then `### 1) 카디널리티` … `### 4) 수정 빈도`, all `###`): `활용도`
    asked under the page alone says not of what. The section's own cards are read as
    written; this places its subsections. Only a run of two or more counting up from 1 by
    one to the next unnumbered heading or the section's end (`3-1.` among them numbers
    something else); the page's own top headings only after one with no text of its own
    (`## 비동기 처리 방법` then `## 1. Callback`, `## 2. Future`), never after `## 작성자`
    or an opening line (then `## 1. …`, `## 2. …` are the page's chapters), nor after a
    heading that frames, holds questions, only
    names an example (`예시 2`) or repeats the section's title, nor under a heading naming
    a collection (`… 성립하기 위한 조건` over `매트로이드`, then `1.`, `2.`): there the
    numbered ones are its members, not parts of the one before."""
    children = section.children
    if len(children) <= _MIN_FLAT_RUN:
        return section
    numbers = [step_number(child.title) for child in children]
    if numbers.count(1) == 0:  # nearly every section: cheap to see
        return section
    if names_a_collection(section.title):
        return section

    def numbers_its_parts(owner: Section, start: int, end: int) -> bool:
        return (
            end - start >= _MIN_FLAT_RUN
            and (section.level > 0 or not owner.blocks)  # the page's top: a bare heading
            and numbers[start:end] == list(range(1, end - start + 1))
            and _numbers_parts(section, owner, children[start:end])
        )

    return _runs_nested(section, [number is not None for number in numbers], numbers_its_parts)


def _runs_nested(
    section: Section,
    numbered: list[bool],
    owns: Callable[[Section, int, int], bool],
) -> Section:
    """The section with each run of its numbered subsections (`numbered`, one flag a
    child), children[start:end], put under the unnumbered sibling right before it when
    `owns(that sibling, start, end)`; the section itself when no run moves."""
    children = section.children
    nested: list[Section] = []
    index = 0
    while index < len(children):
        end = index
        while end < len(children) and numbered[end]:
            end += 1
        owner = nested[-1] if nested else None
        if end > index and owner is not None and owns(owner, index, end):
            nested[-1] = replace(owner, children=children[index:end])
            index = end
        else:
            nested.extend(children[index : max(end, index + 1)])
            index = max(end, index + 1)
    if len(nested) == len(children):
        return section
    return replace(section, children=nested)


def _numbers_parts(section: Section, owner: Section, run: list[Section]) -> bool:
    """Whether `owner`, the unnumbered heading right before `run`, is what they number."""
    return (
        not owner.children
        and step_number(owner.title) is None
        and all(child.level == owner.level for child in run)
        and not (
            frames_its_parent(owner.title)
            or is_boilerplate_section(owner)
            or is_question_section(owner.title)
            or is_not_study_text(owner)
            or _BARE_EXAMPLE.match(plain(clean_heading(owner.title)))
            or plain(clean_heading(owner.title)) == plain(clean_heading(section.title))
        )
    )


def with_sequences_nested(section: Section) -> Section:
    """The section with each sequence of steps written flat beside the heading that leads
    into it (`### 웹 통신의 흐름` then `### 1) …` … `### 9) …`, all `###`) put under that
    heading, as its steps: a step torn from its sequence makes no sense alone. A sequence
    its parent's own text leads into stays where it is; the parent holds it."""
    children = section.children
    if len(children) <= _MIN_STEPS:
        return section
    numbered = [step_number(child.title) is not None for child in children]
    if sum(numbered) < _MIN_STEPS:  # nearly every section: cheap to see
        return section

    def leads_into_steps(owner: Section, start: int, end: int) -> bool:
        return (
            not owner.children
            and not is_boilerplate_section(owner)
            and step_number(owner.title) is None
            and _is_sequence(children[start:end], (section.title, owner.title))
        )

    return _runs_nested(section, numbered, leads_into_steps)


def lead_line(section: Section) -> Section | None:
    """`## 7. HRN` over `#### SJF를 보완하기 위해 만들어졌다.` and nothing between: a sentence
    its writer made a heading two levels down, for its size, to open the section's own
    text. It is the first line of that text, not a subsection asking itself; None when the
    section opens otherwise (a title naming a part, a question, a step, a heading one level
    down)."""
    if section.blocks or not section.children or section.level == 0:
        return None  # nearly every section: cheap to see
    first = section.children[0]
    if first.level < section.level + 2 or first.children or not first.blocks:
        return None
    title = first.title.strip()
    if (
        title.endswith("?")
        or is_question_section(title)
        or step_number(title) is not None
        or (is_short_label(title) and not is_statement(title))
    ):
        return None
    return first


def named(parts: list[str]) -> str:
    """An answer that names the parts, one a line."""
    return "\n".join(f"- {as_item_text(part)}" for part in parts)


_VERSUS = lazy(r"^(?P<a>.+?)\s+(?:vs\.?|versus|대)\s+(?P<b>.+?)$", re.IGNORECASE)
_DIFFERENCE = lazy(
    r"^(?P<a>.+?)\s*(?:와|과|and|&)\s+(?P<b>.+?)\s*(?:의)?\s*(?:차이점?|비교|differences?)$",
    re.IGNORECASE,
)
_ASKS_DIFFERENCE = lazy(
    r"(차이점?|비교|differences?|comparison)\W*$|^differences?\b|\b(vs\.?|versus)\s",
    re.IGNORECASE,
)
_MAX_COMPARISON_CHARS = 2 * MAX_LABEL_CHARS + 40
"""A longer title compares nothing, since each side is a short label. The bound also keeps
the patterns, which try every split of the title, from taking time growing with the square
of its length."""


@lru_cache(maxsize=1024)  # asked of a section's title for each of its items
def comparison_sides(title: str) -> tuple[str, ...]:
    """`Scale up vs Scale out`, `TCP와 UDP의 차이` → the two sides; () when the title
    compares nothing."""
    title = EMOJI.sub("", title).strip()
    if len(title) > _MAX_COMPARISON_CHARS:
        return ()
    match = _VERSUS.match(title) or _DIFFERENCE.match(title)
    if not match:
        return ()
    sides = (match["a"].strip(" *"), re.sub(r"\s*(비교|차이(점)?)$", "", match["b"]).strip(" *"))
    return sides if all(is_short_label(side) for side in sides) else ()


def asks_a_difference(title: str) -> bool:
    """`팩토리 메소드 패턴과의 차이점`, `Differences from REST`, `A vs B`: a heading asking how
    things differ, which the names of the things compared do not answer. Asked of list
    items' lines too, most of them distinct and holding none of its words: those are seen
    at a glance, before the title is cleaned and read."""
    lower = title.lower()
    if not any(map(lower.__contains__, _DIFFERENCE_WORDS)):
        return False
    return _asks_a_difference(title)


_DIFFERENCE_WORDS = ("vs", "versus", "differen", "compar", "차이", "비교")
"""A word each pattern of `_ASKS_DIFFERENCE` holds."""


@lru_cache(maxsize=1024)
def _asks_a_difference(title: str) -> bool:
    return bool(_ASKS_DIFFERENCE.search(plain(clean_heading(title))))


def comparison_side(item: Node, place: Place) -> list[Card] | None:
    """Under `## Scale up vs Scale out`, `- Scale up(수직적 확장) <-> Scale down` over child
    bullets → "… › Scale up vs Scale out › Scale up" ⟶ the line and its children."""
    text, rest = item.line, item.below
    sides = comparison_sides(place.section.title)
    if text is None or not sides or not rest:
        return None
    line = unwrap_strong(text.content.strip().removesuffix(":").rstrip())
    words = plain(line).casefold()
    side = next((s for s in sides if words.startswith(s.casefold())), None)
    if side is None or not is_short_label(plain(line)) or _states_a_point(plain(line)):
        return None
    answer = [place.quote(child) for child in rest]
    front = side
    if _glossed_side(plain(line), side, place.section.title):
        front = line  # `지속 연결 (Persistent)`: the side as named, its back what follows
    elif plain(line).casefold() != side.casefold():
        answer.insert(0, line)
    return [place.card(front, "\n\n".join(answer), item, comparison_side)]


_GLOSSED = lazy(r"^(?P<name>[^()]+?)\s*\((?P<gloss>[^()]+)\)$")
_ACRONYM = lazy(r"[A-Z][A-Z0-9-]{1,7}s?")


def _glossed_side(line: str, side: str, title: str) -> bool:
    """Whether a side's line only names it again with a gloss in brackets: its name in the
    other script or its initials (`포워딩 (Forwarding)`, `Go-Back-N (GBN)`), the words
    before it the side's and the heading's (`비지속 연결 (Non-persistent)` under `비지속 vs
    지속 연결`). On the back it would repeat the front; the side's card asks it as named.
    A line saying more (`Scale up(수직적 확장) <-> Scale down`) or a remark in brackets
    (`(선택함)`) stays on the back."""
    found = _GLOSSED.match(line)
    if found is None:
        return False
    name, gloss = found["name"].strip(), found["gloss"].strip()
    if bool(HANGUL.search(name)) == bool(HANGUL.search(gloss)) and not _ACRONYM.fullmatch(gloss):
        return False
    asked = {word.casefold() for word in f"{side} {plain(title)}".split()}
    return name.casefold().startswith(side.casefold()) and all(
        word.casefold() in asked for word in name.split()
    )


_LEADS_INTO = lazy(r"((다음|아래)과 같(다|습니다)|as follows|the following)\W*$", re.I)


def _states_a_point(line: str) -> bool:
    """`- 스레드는 … 영역을 공유한다.` states a point of the comparison, which answers its
    heading; `- EAGER의 경우 순서는 다음과 같다` over the steps is a side's label still."""
    return is_statement(line) and not _LEADS_INTO.search(line)
