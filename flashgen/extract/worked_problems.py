"""A problem worked under its own heading, and the points of its solution.

A heading naming a problem to solve, by its judge and number (`### Example: Koko Eating
Bananas (LC 875)`, `## Two heaps — running median (LC 295)`, `### 백준 1260 DFS와 BFS`),
as an exercise with its title (`### Exercise 3: Reverse a linked list`, `## 문제: 괄호
검사`) or as a worked example (`## Worked example 1 (lecture)`), is answered by how that
problem is solved. The labelled items of its list (`- answer space: speed k in [1,
max(piles)]`, `- feasible(k): …`, `- minimize -> first True`, `- decompose: R1(…), R2(…)`)
are the steps of that solution, not terms: asked alone (`… › minimize` → `first True`)
each is a fragment of it, and with all of them taken the problem itself would be asked
nowhere. They stay on the problem's card. A label set wholly in bold or code (`-
**Present bit**: …`, `` - `lo`: max-heap of the smaller half ``) names a thing the note
defines for its own sake, and keeps its card; so does every item under a heading naming
a thing rather than a problem (`## Example: x86 Page Table Entry`).

A heading titled only as an exercise (`## Exercise`, `### 연습 문제`) says nothing of it:
its text states the task (`Let X ~ Geom(p). Show $E[X] = 1/p$.`, `Roll two
dice, $X$ = max. Find pmf.`), and that statement is what a card on it asks. The points
of the working below it (`- Try: …`, `- Alternative (she showed): …`) are steps of its
solution like those above, not terms.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flashgen.extract.labels import EXERCISE_TITLE, EXERCISE_WORDS, without_answer_mark
from flashgen.extract.place import Place, plain
from flashgen.extract.skip.common import LIST_MARKER
from flashgen.extract.skip.problems import names_a_judged_problem, names_practice
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import clean_heading

_ORDER = lazy(
    r"(?:^|(?<=[.;:!?])\s+)(?:show|prove|find|compute|calculate|derive|determine|verify|"
    r"evaluate)\b[^.;:!?\n]*[.!]?$"
    r"|(?:구하|증명하|계산하|보이)(?:라|시오|세요)\.?$",
    re.IGNORECASE,
)
"""`… Show $E[X] = 1/p$.`, `… Find pmf.`, `… 기댓값을 구하시오.`: a line ending on the order that
sets its task."""
_MAX_TASK_CHARS = 200

_EXERCISE = lazy(
    rf"^(?:(?:{EXERCISE_WORDS}|문제|예제)\s*\d{{0,2}}|problem\s*\d{{1,2}})\s*[:.)\-–—]\s*\S"
    r"|^worked\s+(?:examples?|problems?)\b",
    re.IGNORECASE,
)
"""`Exercise 3: Reverse a linked list`, `Problem 2. Two Sum`, `문제: 괄호 검사`, `예제 1 -
최소 동전`: a problem set under its title (not `Example: x86 Page Table Entry`, an example
of a thing, nor `문제점` or `Problem: Thundering herd`, what goes wrong); a worked example
or problem (`Worked example 1 (lecture)`, `Worked problem`), a problem worked out step by
step whatever follows."""
_MARKED_NAME = lazy(
    r"^(?:\*\*[^*\n]+?\*\*|__[^_\n]+?__|`[^`\n]+`|\*\*[^*\n]+?:\*\*)[ \t]*(?::|→|->|=>|[-–—]\s|$)"
)
"""`**Present bit**: …`, `` `lo`: … ``, `**Dirty bit:** …`, `**SFT** — …`: a label set
wholly in bold or code, naming a thing."""


@lru_cache(maxsize=256)  # asked of each labelled item, every item of a section alike
def works_a_problem(title: str) -> bool:
    """Whether a heading names a problem to solve: by its judge and number (`Koko Eating
    Bananas (LC 875)`, `백준 1260 DFS와 BFS`), as an exercise with its title (`Exercise
    3: Reverse a linked list`, `문제: 괄호 검사`), or as a past exam's or a homework set's (`S24
    #2 — cwnd graph`, `HW 6 #3 — charge sharing`, `파이프라인 stall (2022 6번)`)."""
    words = plain(clean_heading(title))
    return (
        names_a_judged_problem(words)
        or bool(_EXERCISE.match(words))
        or bool(_PAST_EXAM_PROBLEM.match(words))
        or ("번" in words and _PAST_EXAM_ASIDE.search(words) is not None)
    )


_PAST_EXAM_PROBLEM = lazy(
    r"^\W*(?:(?:[SFW]\d{2}|(?:spring|fall|winter|summer)\s*'?\d{2,4}|midterm|final|quiz|exam)"
    r"\s*(?:\d+\s*)?(?:#\s*\d+|Q\s*\d+)|"
    r"(?:(?:19|20)\d{2}(?:\s*년)?|기출)\s*(?:\d+\s*회\s*)?(?:#\s*\d+|\d+\s*번)|"
    r"(?:HW|homework|psets?|problem\s*sets?|PS)\s*\d+\s*(?:#\s*\d+|Q\s*\d+|problem\s*\d+))\b",
    re.IGNORECASE,
)
"""`S24 #2 — cwnd graph`, `F23 Q4`, `Midterm Q2`, `2021년 1회 3번`: a past exam's problem by
its sitting and number (`2022 Q4` may be a quarter: a year takes `#` or `번`); a homework
problem by its set and number (`HW 6 #3 — charge sharing`, `PS3 Q2`)."""
_PAST_EXAM_ASIDE = lazy(
    r"\(\s*(?:19|20)\d{2}\s*(?:년\s*)?(?:(?:중간|기말)(?:고사)?\s*|기출\s*)?\d{1,2}\s*번"
)
"""`6. 파이프라인 stall (2022 6번, 2023 6번 비슷)`, `1. 주소 분할 (2023 기말 1번)`: a problem titled
by its subject, the past exams that set it in brackets after."""


_MAY_NAME_AN_EXERCISE = lazy(r"xercise|연습|ractice|uestion|roblem", re.IGNORECASE)
"""The words `labels.EXERCISE_TITLE` opens on, as any title naming an exercise spells them (no
markup inside a word): looked for in the title as it is, before cleaning it."""


@lru_cache(maxsize=256)  # asked of every item of a section alike, and of a front that may be one
def names_only_an_exercise(title: str) -> bool:
    """`Exercise`, `연습 문제`: a title saying only that an exercise follows."""
    if not _MAY_NAME_AN_EXERCISE.search(title):
        return False  # nearly every title and front: cleaning it would read it for nothing
    return bool(EXERCISE_TITLE.match(plain(clean_heading(title)).strip()))


def sets_a_task(line: str) -> bool:
    """Whether a line states a task, ending on the order to carry it out (`Let X ~
    Geom(p). Show $E[X] = 1/p$.`, `Roll two dice, $X$ = max. Find pmf.`)."""
    line = line.strip()
    return "\n" not in line and len(line) <= _MAX_TASK_CHARS and _ORDER.search(line) is not None


def _states_its_task(place: Place) -> bool:
    """Whether a section titled only as an exercise opens on a paragraph stating its task."""
    blocks = place.section.blocks
    if not blocks or blocks[0].type != "paragraph":
        return False
    if not names_only_an_exercise(place.section.title):
        return False
    return sets_a_task(blocks[0].children[0].content)


def asked_by_its_task(card: Card) -> Card:
    """The card of a heading titled only as an exercise (`Exercise`, `Exam-style question`)
    asked by the task its text opens on (`Let X ~ Geom(p). Show $E[X] = 1/p$.`, or a
    paragraph the writer marks `**Q.**`), the working below as its answer (its `**Answer.**`
    mark dropped): `Exercise` alone asks nothing. A heading naming a set of problems (`기출
    문제 풀이`) whose text opens on a question the writer marks (`**Q. (빅분기 8회 비슷)** …
    p-value는?` over `풀이:` and its points) is asked by it alike; there, an unmarked line is
    no task. Any other card as it is."""
    if len(card.question) > 40:
        return card  # nearly every card: looked at before the cache, which fronts would flood
    exercise = bool(_MAY_NAME_AN_EXERCISE.search(card.question)) and names_only_an_exercise(
        card.question
    )
    opens_on_q = card.answer[:1] == "Q" or card.answer[:3] == "**Q"  # no call: every card
    if not exercise and not (opens_on_q and names_practice(card.question.rpartition(" › ")[2])):
        return card
    first, _, rest = card.answer.partition("\n\n")
    if not rest.strip():
        return card
    marked = _MARKED_QUESTION.match(first)
    if marked is not None:  # `**Q.** … Explain.` over `**Answer.** …`: the writer's own marks
        first, rest = first[marked.end() :], without_answer_mark(rest)
    elif not exercise or not sets_a_task(first):
        return card  # under `기출 문제 풀이`, only a question the writer marks is one
    return Card(
        deck=card.deck,
        context=card.context,
        question=first.strip(),
        answer=rest.strip("\n"),
        note_name=card.note_name,
        line=card.line,
        rule=card.rule,
    )


_QUOTED_PROBLEM = lazy(r"^((?:>[^\n]*(?:\n|$))+)\n*")
_ASKS = lazy(
    r"(?:[?？]|(?:쓰|고르|구하|계산하|서술하|설명하|답하)(?:시오|세요|라)\.?|"
    r"\b(?:find|calculate|compute|determine|show|explain)\b[^.?!\n]*\.)"
    r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*$",
    re.IGNORECASE,
)
"""`… 시간당 몇 mL?`, `… 부재 횟수를 구하시오.`, `… Find the steady state.`, maybe a remark in
brackets after it: a problem's text ending on what it asks."""
_MAX_PROBLEM_CHARS = 400


def asked_by_its_problem(card: Card) -> Card:
    """A heading's card whose text opens on the problem it works, quoted (`### 9. 헤파린 지속
    주입` over `> heparin 25,000 U를 D5W 500 mL에 혼합. 1,000 U/hr로 주입하라는 처방. 시간당
    몇 mL?`, then its working), asked by that problem, the heading's title joining its
    context: the title names the problem (`중간에 재계산`), and asked alone it would show
    the problem itself on the back. A heading that asks its own question stays as it is."""
    if card.answer[:1] != ">" or card.rule != "heading_answer" or card.question.endswith("?"):
        return card  # nearly every card
    quoted = _QUOTED_PROBLEM.match(card.answer)
    rest = card.answer[quoted.end() :].strip("\n") if quoted else ""
    if not rest or rest[:1] == ">":
        return card  # a quote alone, or quotes in turn: an exchange (`> 형: 줄래?` / `> 동생: …`)
    problem = "\n".join(line[1:].strip() for line in quoted[1].strip("\n").split("\n")).strip()
    if not _sets_its_problem(problem, card.context[-1] if card.context else ""):
        return card
    context = (*card.context, *card.question.split(" › "))  # the title joins the context
    return replace(card, context=context, question=problem, answer=rest)


def _sets_its_problem(problem: str, above: str) -> bool:
    """Whether a quote opening a section's text sets the problem the section works: short
    enough to ask, no Obsidian callout, and asking (`… 몇 mL?`, `… 구하시오.`), or standing
    under a title naming problems to practise (`## 문제 풀이` over `> N/S 500 mL를 4시간 …`)."""
    if len(problem) > _MAX_PROBLEM_CHARS or "[!" in problem:
        return False
    return _ASKS.search(problem) is not None or names_practice(plain(clean_heading(above)))


_MAX_PROBLEM_LINES = 3


def problem_and_working(said: str) -> tuple[str, str] | None:
    """The problem an example's text opens on and the working after it (`> [!example] 분권
    전동기` over `$V = 220$ V, … $I_a = 50$ A 되면? (자속 일정)` and the steps to `$N_2 ≈
    1536$ rpm`), or None: the problem a line or a few, no list yet, ending on what it asks
    (`_ASKS`), with working after it."""
    lines = said.strip("\n").split("\n")
    for at, line in enumerate(lines[:_MAX_PROBLEM_LINES]):
        if not line.strip() or LIST_MARKER.match(line):
            return None
        if _ASKS.search(line):
            problem = " ".join(part.strip() for part in lines[: at + 1])
            working = "\n".join(lines[at + 1 :]).strip("\n")
            if not working or len(problem) > _MAX_PROBLEM_CHARS:
                return None
            return problem, working
    return None


_MARKED_QUESTION = lazy(
    r"^(?:\*\*)?Q\s*\d{0,2}\s*[.:)](?:\s*\([^()\n]{1,40}\)(?=\*\*))?(?:\*\*)?[ \t]+(?=\S)"
)
"""`**Q.** `, `Q1: `, `**Q. (빅분기 8회 비슷)** `: the writer's mark of the question an exercise
asks, with where it came from beside it, before it."""


def asks_an_exercise(place: Place) -> bool:
    """Whether the section is titled only as an exercise, whose items ask its tasks: a
    question there answered after an arrow (`2. Why does the mean of Cauchy draws not
    settle? → no mean to settle on`) needs no `Q.` to be one."""
    return names_only_an_exercise(place.section.title)


def names_only_practice(title: str) -> bool:
    """`## Practice`, `## Practice Q`, `## Exercise`: a title saying only that practice
    follows, its text the questions: a paragraph there asking and answered after an arrow
    (`Client … RR 16, POSS 2. Action?` over `→ give the dose, …`) needs no `Q.` to be one,
    and the title alone asks nothing."""
    if "ractice" in title and _PRACTICE_ONLY.match(plain(clean_heading(title))):
        return True
    return names_only_an_exercise(title)


_PRACTICE_ONLY = lazy(r"^\W*practice(?:\s+(?:qs?|questions?|set))?\W*$", re.IGNORECASE)
"""`## Practice`, `## Practice Q`, `## Practice Qs`: a title naming practice, none of its
questions."""


def a_task_of_an_exercise(words: str, place: Place) -> bool:
    """Whether an item under a heading titled only as an exercise states one of its tasks
    (`1. Roll two dice, $X$ = max. Find pmf.` over its working): asked as a question."""
    return asks_an_exercise(place) and sets_a_task(words)


def a_step_of_a_worked_problem(item: Node, place: Place) -> bool:
    """Whether a labelled item is a step of the solution of the problem its section's
    heading names (`- feasible(k): sum(ceil(p / k) for p in piles) <= h` under `### Example:
    Koko Eating Bananas (LC 875)`), or a given or a step of a worked example
    (`works_an_example`), which stays on the problem's card; not when its label is set
    wholly in bold or code, a thing's name."""
    if item.line is None or not place.works_out_a_problem:
        return False  # nearly every item: its heading names no problem
    return _MARKED_NAME.match(item.line.content.lstrip()) is None


def works_out_a_problem(place: Place) -> bool:
    """Whether a section works out a problem its heading names, an exercise whose task its
    text opens on, or an example (`works_an_example`): what `a_step_of_a_worked_problem`
    asks of each labelled item, the same for every item of a section (`Place`
    keeps it)."""
    return (
        works_a_problem(place.section.title)
        or _states_its_task(place)
        or works_an_example(place)
        or opens_on_its_problem(place)
    )


def opens_on_its_problem(place: Place) -> bool:
    """Whether a section's text opens on the problem it works, quoted (`> heparin 25,000 U를
    … 시간당 몇 mL?`), as `asked_by_its_problem` asks it: its points are the working."""
    blocks = place.section.blocks
    if len(blocks) < 2 or blocks[0].type != "blockquote" or place.section.title.endswith("?"):
        return False  # nearly every section
    if blocks[1].type == "blockquote":
        return False  # quotes in turn: an exchange, no problem and its working
    problem = " ".join(inline.content for inline in blocks[0].inlines())
    return _sets_its_problem(problem, place.path[-2] if len(place.path) > 1 else "")


_NUMBERED_EXAMPLE = lazy(
    r"^(?:example|예제)\s*\d{1,2}(?:\.\d{1,2})?\s*(?:$|\(|[-–—]\s*\S)", re.IGNORECASE
)
"""`Example 9.1 — dice`, `Example 3.2 — the classic disease test`, `Example 7.4`, `Example
3.1 (cards)`: an example numbered as a textbook numbers its worked examples (not `Example 1:
Front End Engineer at Meta`, a sample of a thing under a colon)."""
_EXAMPLES = lazy(r"^(?:예제|예시)(?:로\s*보기|들)?$|^worked\s+examples?$", re.IGNORECASE)
"""`예제로 보기`, `예제`, `Worked examples`: a heading over examples worked one per subsection."""


def works_an_example(place: Place) -> bool:
    """Whether a section works an example: numbered as one (`### Example 3.2 — the classic
    disease test` over `- prevalence 1%: $P(D) = 0.01$`), or under a heading of worked
    examples and opening on the line that sets it (`## 예제로 보기` › `### 3NF → BCNF` over
    `수강(학생, 과목, 교수) — …`, then `- 기본키 (학생, 과목), 함수종속 : …` and `- 분해: …`).
    Its labelled items are the example's givens and the steps worked from them: asked
    alone (`prevalence 1%` ⟶ `P(D) = 0.01`) each means nothing without the problem, which
    the example's own card asks with all of them."""
    if _numbers_an_example(place.section.title):
        return True
    if len(place.path) < 2 or not _heads_examples(place.path[-2]):
        return False  # nearly every section
    blocks = place.section.blocks
    return bool(blocks) and blocks[0].type == "paragraph"


@lru_cache(maxsize=256)  # asked of each labelled item, every item of a section alike
def _numbers_an_example(title: str) -> bool:
    """`Example 3.2 — the classic disease test`: a title numbering a worked example."""
    return _NUMBERED_EXAMPLE.match(plain(clean_heading(title))) is not None


@lru_cache(maxsize=256)  # asked of each labelled item, every item of a section alike
def _heads_examples(title: str) -> bool:
    """`예제로 보기`, `Worked examples`: a title over examples worked one per subsection."""
    return _EXAMPLES.match(plain(clean_heading(title)).strip()) is not None
