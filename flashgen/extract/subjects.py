"""A card's front naming its subject: an aspect (`예시`, `장점`, `Options`) is asked of the
title above it, which the context line alone would leave easy to pass over."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from flashgen.extract.course_asides import without_course_aside
from flashgen.extract.grab_bags import is_grab_bag
from flashgen.extract.pictures import has_words
from flashgen.extract.place import GOES_WRONG, is_short_label, plain
from flashgen.extract.sections import (
    LANGUAGES,
    asked_as,
    is_aspect,
    owns_its_summary,
    without_label,
)
from flashgen.extract.setups import with_setup
from flashgen.extract.views import labels_a_view
from flashgen.extract.worked_problems import (
    asked_by_its_problem,
    asked_by_its_task,
    names_only_an_exercise,
)
from flashgen.model import Card, Section
from flashgen.patterns import lazy
from flashgen.text import clean_heading


def in_context(card: Card, context: tuple[str, ...]) -> Card:
    """The card asked with this context line, in the same deck."""
    return Card(
        deck=card.deck,
        context=context,
        question=card.question,
        answer=card.answer,
        note_name=card.note_name,
        line=card.line,
        rule=card.rule,
    )


def of_subject(card: Card) -> Card:
    """The card asked of its subject (`_of_subject`), an example also with its setup
    (setups.with_setup: `Burn rate › 예시: SLO 99.9%, error ratio 0.5%`), an exercise by its
    task (worked_problems.asked_by_its_task: `Exercise` → `… Show $E[X] = 1/p$.`)."""
    card = asked_by_its_task(card)
    if card.answer[:1] == ">":  # a quote opening the back (few cards): a problem it works?
        card = asked_by_its_problem(card)
    return with_setup(_of_subject(card))


def _of_subject(card: Card) -> Card:
    """The card asked with its subject in its front when its question names only an aspect
    (`예시`, `Example Questions`, `장점`): `Conflict equivalent › 예시`, its context one
    title shorter. In small grey type above it, the subject is easily passed over, and
    `예시` in bold then asks nothing of its own. So is a language's name over what is
    written in it (`하노이의 탑 › Java`); a front that names its subject already
    (`(예시) 방어적 복사를 할 때` under `방어적 복사`) stays as it is."""
    context = asked_as(card.context)  # `Introduction › Advantages` asks of the page
    if not context:
        return card
    if _written_in(card, context):
        context = _above_code(context)  # `하노이의 탑 › 소스코드 › Java`: `하노이의 탑 › Java`
    elif not asks_of_a_subject(card.question) or _in_code(card.question):
        return card
    else:
        task = _task(card)
        if task is not None:
            return task
        if len(context) > 1 and only_aspects(context[-1]) and not _names_a_case(context[-1]):
            context = context[:-1]  # `장단점 › 장점` says not of what: `JWT › 장점`
    return _asked_of(card, context)


def of_its_code_tab(card: Card) -> Card:
    """A card of one of a page's content tabs holding only code, its label naming the
    code's language (`=== "YAML"` over `` ```yaml ``), asked of its subject: `Logging a run
    › YAML`, as a language's name over code is (`_written_in`). Alone, `YAML` asks
    nothing of its own."""
    context = asked_as(card.context)
    if not context or "›" in card.question:
        return card
    return _asked_of(card, context)


def _asked_of(card: Card, context: tuple[str, ...]) -> Card:
    """The card asked with the subject its context's last title names in its front, its
    context one title shorter; as it is when its front names that subject already
    (`… › (예시) 방어적 복사를 할 때` would say it twice)."""
    subject = _without_sides(_subject(context[-1]))
    if _names(card.question, subject):
        return card
    return Card(
        deck=card.deck,
        context=context[:-1],
        question=f"{subject} › {_unclosed(card.question)}",
        answer=card.answer,
        note_name=card.note_name,
        line=card.line,
        rule=card.rule,
    )


_MAX_STEP_TITLE = 100
"""The most columns (a Hangul character takes two) of a step title a front names after its
number (`Step 4: Sets Up a New Stack`); a longer one heads the back instead, the front
staying short."""


def _columns(text: str) -> int:
    """Columns a text takes: a Hangul or other wide character two."""
    return len(text) + sum(unicodedata.east_asian_width(char) in "WF" for char in text)


def step_asked(card: Card, process: str, counter: str, title: str) -> Card:
    """A step's card asked as that step of its process, named by its number and its title:
    `When an interrupt arrives › Step 4: Sets up a new stack`, over the step's points. The
    number alone (`… › Step 4`) asks little a student can answer, and the process's card
    already gives the titles in order; the number stays, since a step's points speak of the
    others by theirs (`2번에서 만든 세션`). But a step whose lines make only one point
    (`Step 9: 검증된 인증 객체를 AuthenticationFilter에게 전달` over `ProviderManager가
    AuthenticationFilter에 전달한다.`) says its title again: the title is then its answer,
    heading the back under its number alone."""
    title = title.strip().rstrip(":").strip()
    if not title:
        return replace(card, question=f"{process} › {counter}")
    if _columns(title) > _MAX_STEP_TITLE or _points(card.answer) < _POINTS_PAST_TITLE:
        answer = f"**{title}**\n\n{card.answer}"
        return replace(card, question=f"{process} › {counter}", answer=answer)
    return replace(card, question=f"{process} › {counter}: {title}")


_POINTS_PAST_TITLE = 2
"""The fewest points a step's lines make for its title to go on its front: one point alone
mostly restates the title in other words, or leaves the back one thin fact."""
_FENCE = ("```", "~~~")
_POINT_START = lazy(r"\n[ \t]*\n|(?:^|\n)[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+")
"""Where a point of a step's lines starts: a new paragraph or a list item."""
_SENTENCE_END = lazy(r"(?<!\d\.)(?<!\betc\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<=[.!?])\s+")
_ASIDE = lazy(r"^\(.*\)$")
"""`(recursive search)` after a sentence: an aside of it, no sentence of its own."""
_TOLD_ELSEWHERE = lazy(
    r"(?:위|앞|앞서|아래|이전)[^.!?\n]{0,30}?(?:에서|에|서)\s*(?:이미\s*)?"
    r"(?:설명|다루|다뤘|언급|정리)|"
    r"\b(?:explained|described|covered|discussed|mentioned)\s+(?:above|below|earlier|before|"
    r"later|in (?:step|point|section|part)\b)|\bsee (?:step|point|section) \S+",
    re.IGNORECASE,
)
"""`… 과정은 위 Point 1에서 설명하여 넘어간다.`, `as explained above`: a sentence sending the
student to another part of the note, which makes no point of its own."""


def _points(answer: str) -> int:
    """How many points a step's lines make: each sentence of its paragraphs and list items
    that says something itself, and each block of code or table."""
    points, prose, fenced, in_table = 0, [], False, False
    for line in answer.splitlines():
        stripped = line.strip()
        if stripped.startswith(_FENCE):
            points += not fenced  # a block of code is one point, however long
            fenced = not fenced
        elif not fenced:
            table = stripped.startswith("|")
            points += table and not in_table
            in_table = table
            if not table:
                prose.append(line)
    for point in _POINT_START.split("\n".join(prose)):
        for sentence in _SENTENCE_END.split(" ".join(point.split())):
            if (
                has_words(sentence)
                and not _ASIDE.match(sentence)
                and not _TOLD_ELSEWHERE.search(sentence)
            ):
                points += 1
    return points


_SOLVING = lazy(r"^(해결\s*(책|법|방법|방안)?|대책|solutions?|fix(es)?)$", re.IGNORECASE)
"""`- 해결책`, `- 해결법 :`, `- Solution`: a label over what solves a problem named elsewhere."""
_PROBLEM = lazy(r"^(문제\s*점?|problems?|issues?)$", re.IGNORECASE)
"""`- 문제`, `- Problems`: a label over the problems the next label's points solve."""
_NAMED_POINT = lazy(r"^[-*+]\s+(?:\*\*)?(?P<name>[^:*\n]{1,40}?)(?:\*\*)?\s*:\s*\S")
"""`- 기아 상태 : 우선순위가 낮은 …`: a point naming a problem, then telling it."""
_MAX_PROBLEMS = 3


def _label(question: str) -> str:
    return plain(question).strip().rstrip(":?").strip()


def solving_named(cards: list[Card]) -> list[Card]:
    """The cards of a list's labels, a solution's label (`- 해결책`) asked of the problems the
    label just before it names (`- 문제` over `- 기아 상태 : …`): `기아 상태의 해결책`. The
    heading above names what has the problem (`Priority Scheduling`), not what is solved,
    so `해결책` under it leaves the reader to guess which problem."""
    if len(cards) < 2 or not any(map(_SOLVING.match, map(_label, [c.question for c in cards]))):
        return cards  # nearly every list: no pattern over its answers
    named = list(cards)
    for at, card in enumerate(cards[1:], start=1):
        before = cards[at - 1]
        label = _label(card.question)
        if (
            before.context == card.context
            and _SOLVING.match(label)
            and _PROBLEM.match(_label(before.question))
        ):
            problems = _problems(before.answer)
            if problems:
                named[at] = replace(card, question=_solution_of(label, problems))
    return named


def _problems(answer: str) -> list[str] | None:
    """`기아 상태` of `- 기아 상태 : …`: the problems a list names, each point opening with its
    name; None when any point at its top names none, or there are too many to ask."""
    points = [line for line in answer.splitlines() if line[:1] in "-*+" and line.strip()]
    names = [_NAMED_POINT.match(line) for line in points]
    if not points or len(points) > _MAX_PROBLEMS or not all(names):
        return None
    return [name["name"].strip() for name in names if name]


def _solution_of(label: str, problems: list[str]) -> str:
    """`기아 상태의 해결책`, `Solution to lost writes and stale reads`."""
    if re.match(r"[가-힣]", label):
        return f"{', '.join(problems)}의 {label}"
    *first, last = problems
    return f"{label} to {', '.join(first)} and {last}" if first else f"{label} to {last}"


def names_the_subject(question: str, subject: str) -> bool:
    """Whether a front names the subject (`_names`): another front need not say it again."""
    return _names(question, subject)


def _names(question: str, subject: str) -> bool:
    """Whether the question names the subject as a word of its own (`방어적 복사를`,
    `Workflows`; not the `C` of `Code examples`)."""
    name, text = subject.casefold(), question.casefold()
    if name not in text:
        return False  # nearly every front: cheap to see, with no pattern to compile
    pattern = rf"(?<!\w){re.escape(name)}(e?s)?(?![A-Za-z0-9])"
    return re.search(pattern, text) is not None


_WORKED = lazy(
    r"^(example|ex|e\.g\.|exercise|예제|예시|연습\s*문제)\s*"
    r"(\d{0,2}[.:)]?|\d{1,2}\s*(\([^()]*\)|[:.\-–—]\s*\S.*))$",
    re.IGNORECASE,
)
"""`Example 1`, `Ex2`, `E.g. 1`, `예제 3`: a worked example or exercise, named by its number, maybe
with a name beside it (`Example 2: Dice`, `Example 3 (HW)`) that poses no question."""
_TASK = lazy(
    r"^(?:[-*+]\s+)?(?P<task>(?:claim|prove|show\s+that|theorem|proposition|문제)\b.*\S"
    r"|[^\n]*\S\?)$",
    re.IGNORECASE,
)
"""`- Claim: If n ≥ 4, then 2ⁿ ≥ 3n.`, `How many ways of getting 3 or fewer heads?`: a line
stating what an example works out."""
_MAX_TASK_CHARS = 200
_ASKED_FIRST = lazy(r"^(?P<task>[^\W\d_][^\n?]{8,200}\?)[ \t]+(?=\S)")
"""`What is the chance of two sixes with two fair dice? Each die …`: a paragraph opening
with the question the example works out, and going on to work it out."""


def _task(card: Card) -> Card | None:
    """`### Example 1` opening with `- Claim: …` over its proof asks the claim, with the proof
    as its answer: the claim is what the worked example works from, and `… › Example 1`
    would leave it to be guessed. So does one opening with a question that the rest of its
    paragraph goes on to work out. None unless the example opens with one line that states
    its task, or such a question."""
    if not _WORKED.match(plain(card.question)):
        return None
    first, _, rest = card.answer.partition("\n\n")
    match = None
    if rest.strip() and "\n" not in first and len(first) <= _MAX_TASK_CHARS:
        match = _TASK.match(first.strip())
    if match is None:
        match = _ASKED_FIRST.match(first)  # the question, then its working in one paragraph
        if match is None:
            return None
        rest = f"{first[match.end() :]}\n\n{rest}"
    return Card(
        deck=card.deck,
        context=card.context,
        question=match["task"],
        answer=rest.strip("\n"),
        note_name=card.note_name,
        line=card.line,
        rule=card.rule,
    )


_NAMED_CASE = lazy(r"^(example|ex|e\.g\.|예제|예시)\s*\d{1,2}\s*[:.\-–—]\s*\S", re.IGNORECASE)
"""`Example 1: Front End Engineer at Meta`: a worked example named by its case, which is
the subject of its parts (`… › Breakdown`), where `Example Questions` names none."""


def _names_a_case(title: str) -> bool:
    return bool(_NAMED_CASE.match(plain(clean_heading(title))))


_ORDERED = lazy(
    r"^(design|build|implement|write|find|compute|calculate|determine|estimate|develop|"
    r"create|show|prove)\s+\S",
    re.IGNORECASE,
)
"""`Design an ML system to detect …`, `Find the shortest path …`: a line setting a task."""


def worked_task(section: Section, lines: list[str]) -> str | None:
    """The task a worked example sets, when the example is titled only as one (`Example`,
    `예시`, `Example 2`) and its own text is one line stating it (`Design an ML system to
    detect if a pedestrian is going to do jaywalking.`, a question, a claim) over the
    subsections working it out. Those are asked in the context of that task: under
    `Self-driving cars › Example` alone, `2. Metrics` does not say metrics of what. None
    for any other section (nearly every one: its title says so)."""
    if len(section.blocks) != 1 or not _WORKED.match(plain(clean_heading(section.title))):
        return None
    node = section.blocks[0]
    start, end = node.map
    if node.type != "paragraph" or end - start != 1:
        return None
    line = plain(lines[start].strip())
    if len(line) > _MAX_TASK_CHARS or not (_ORDERED.match(line) or _TASK.match(line)):
        return None
    return line.removesuffix(".")  # a context line, which goes on after it: ` › 2. Metrics`


def under_task(card: Card, example: tuple[str, ...], task: str) -> Card:
    """A card of a worked example's subsection, its context naming the example's task in
    place of the example's bare title (`Self-driving cars › Example: Design an ML system
    …`); a card asked otherwise (its front naming the example) as it is."""
    at = len(example) - 1
    if card.context[: at + 1] != example:
        return card
    return replace(card, context=(*example[:at], f"{example[at]}: {task}", *card.context[at + 1 :]))


_JOINED = lazy(r"(?<=\S)(?:과|와)\s+|\s+(?:및|and|&)\s+|\s*[,/]\s*", re.IGNORECASE)


def only_aspects(title: str) -> bool:
    """`장단점`, `Pros and Cons`, `문법과 예시`, `장점 및 단점`: a title naming only aspects of
    the title above it, which is then the subject a card under it is of."""
    words = plain(clean_heading(title)).strip()
    return names_an_aspect(words) or all(
        part and names_an_aspect(part) for part in _JOINED.split(words)
    )


_ASKING = lazy(r"\s*((이란|란)(\s*무엇인가요?)?)?\s*\?$")
_WHAT_IS = lazy(r"^what\s+(is|are)\s+(the\s+|an?\s+)?(?=\S)", re.IGNORECASE)


def _in_code(question: str) -> bool:
    """`` `implementation` `` names a thing in code (a Gradle configuration), no aspect."""
    return question.startswith("`") and question.isascii()


@lru_cache(maxsize=256)  # every card asked of its subject in a section names the same title
def _subject(title: str) -> str:
    """`JPA란?`, `What is the GIL?` → `JPA`, `GIL`: the subject a heading asks about, to name
    in another front."""
    title = without_note_kind(without_label(without_course_aside(clean_heading(title).strip(" :"))))
    name = _WHAT_IS.sub("", _ASKING.sub("", title))  # `What is the GIL?` → `GIL`
    return name_in_title(name if name and is_short_label(name) else title)


_MAX_SUBJECT_COLUMNS = 32
"""The most columns (a Hangul character takes two) of a title named whole before a front's
question: `Hash table (hash map) › Java 8` reads at a glance, and stays."""
_WRITERS_TAG = lazy(r"^(?:\[[^\[\]\n]{1,12}\][ \t]*)+(?=\S)")
"""`[OS] `, `[Spring][JPA] `: the writer's tags filing a note, no part of its subject's name."""
_DASHED_ON = lazy(r"[ \t]+[—–][ \t]+(?=\S)")
"""` — `, ` – `: where a subtitle goes on after the name (`Dynamo — Amazon's Highly
Available Key-value Store`). A spaced hyphen often files a topic under its field instead
(`알고리즘 - 동적 계획법`), so it is no such mark."""
_SAID_OF_THE_NOTE = lazy(
    r",[ \t]+(?:finally|at last|once and for all|again|revisited|for real|for good)\b[^,]*$",
    re.IGNORECASE,
)
"""`, finally in one place`, `, revisited`: the writer's word on the note after its subject."""
_POINTS_AT = lazy(r"^(?:the|this|that|my|our)\s", re.IGNORECASE)
"""`the actual bug`: a head pointing at what the words after it name."""
_GLOSS_WORDS = 2
"""The most words of a parenthesis that is another name for what it follows (`(lazy
loading)`, `(hash map)`), not a subtitle."""
_LAST_PARENTHESIS = lazy(r"[ \t]*\((?P<inside>[^()\n]+)\)(?P<tail>[^\w()]*)$")
_ACRONYM = lazy(r"^[A-Z][A-Z0-9&/-]*[A-Z0-9]s?$")
_LISTED = lazy(r",|\+|/|&|\d{4}|\bet al\b")
"""`(PCB, 문맥 교환, 멀티스레드)`, `(+ start of perfect competition)`, `(Ioffe & Szegedy,
2015)`: contents, a sequel or a citation after the name."""


def name_in_title(title: str) -> str:
    """The name a long title is about, as a front asked of it names it: the head before a
    subtitle in parentheses or after a dash (`Raft (In Search of an Understandable Consensus
    Algorithm)`, `Dynamo — Amazon's Highly Available Key-value Store` → `Raft`, `Dynamo`) or
    before a list of contents (`[OS] CPU 스케줄링 총정리 (FCFS, SJF, RR, MLFQ)` → `CPU
    스케줄링`), less the writer's tags (clean_heading took the emoji) and their word on the
    note (`consistency models, finally in one place`). A front naming the whole title buries
    its question (`… › What I didn't get`) under words that ask nothing. A gloss stays (`CMS
    Collector (Concurrent Mark-Sweep)`, `브라우저 렌더링 과정 (Critical Rendering Path)`,
    `Cache-aside (lazy loading)`): it is the name again, in initials, other words or another
    language. So does a title short enough to read at a glance, and one whose head names no
    subject of its own (`Worked example — the classic disease test`, `Lab 1 — Flame
    tests`)."""
    name = title
    if name[:1] == "[":
        name = _WRITERS_TAG.sub("", name)
    if 2 * len(name) <= _MAX_SUBJECT_COLUMNS or _columns(name) <= _MAX_SUBJECT_COLUMNS:
        return name  # most titles: short enough, seen without counting wide characters
    head, *tail = _DASHED_ON.split(name, maxsplit=1)
    if tail and tail[0].endswith(")") and _is_glossed_name(tail[0]):
        head = name  # `로그 기반 — 지연 갱신 (Deferred Update)`: a kind, then the glossed name
    elif tail and _names_its_kind(head, tail[0].split()):
        # `Dimensionality reduction — PCA (+ a bit on t-SNE)`: the field, then what of it the
        # note is about, which the front must name (`… — PCA › Caveats`)
        head = f"{head} — {tail[0].split()[0]}"
    head = _SAID_OF_THE_NOTE.sub("", head)
    head = _without_subtitle(head)
    head = without_note_kind(head).strip(" -–—:,")
    if head == name:
        return name
    if (
        not has_words(head)
        or asks_of_a_subject(head)
        or head.split()[-1][-1:].isdigit()
        or _POINTS_AT.match(head)
    ):
        return name  # `Worked example`, `Lab 1`, `the actual bug`: no subject of its own
    return head


def _names_its_kind(head: str, subtitle: list[str]) -> bool:
    """Whether a subtitle after a dash is an acronym alone, or before its own aside (`PCA (+
    a bit on t-SNE)`), naming what of the field before the dash the note is about. Not after
    a name already whole with its gloss (`반정규화 (Denormalization) — SQLD`, an exam's
    name), nor an acronym opening a phrase (`배경 — HTTP 로 … 어려운 이유`)."""
    return (
        not head.endswith(")")
        and _ACRONYM.match(subtitle[0]) is not None
        and (len(subtitle) == 1 or subtitle[1].startswith("("))
    )


def _is_glossed_name(text: str) -> bool:
    """`지연 갱신 (Deferred Update)`: one name, its gloss after it; not a list of names
    (`다익스트라 / 플로이드 / (벨만포드)`)."""
    return not _LISTED.search(text) and _without_subtitle(text) == text


def _without_subtitle(name: str) -> str:
    """`Raft (In Search of …)` → `Raft`; `CMS Collector (Concurrent Mark-Sweep)` and
    `영속성 컨텍스트(Persistence Context)`, a gloss, stay."""
    if not name.endswith(")"):
        return name
    match = _LAST_PARENTHESIS.search(name)
    if match is None or not match.start():
        return name
    head, inside = name[: match.start()], match["inside"].strip()
    if not _LISTED.search(inside) and (
        (len(inside.split()) <= _GLOSS_WORDS and not any(map(str.isdigit, inside)))
        or _ACRONYM.match(inside)
        or _ACRONYM.match(head.split()[0])
        or head.isascii() != inside.isascii()
    ):
        return name  # another name, in initials or in another language
    if "," in inside:  # `프로세스와 스레드 정리 (PCB, 문맥 교환, …)`: a summary of those
        head = _SUMMED_UP.sub("", head)
    return head + match["tail"]


_SUMMED_UP = lazy(r"(?<=\S)[ \t]+정리$")
"""`정리` after a name and before the contents it sums up: the writer's summary of them (a
theorem, `베이즈 정리`, lists no contents after it)."""


def subject_named(title: str) -> str:
    """`JPA란?`, `트리거의 장단점` → `JPA`, `트리거`: the subject a heading names, as another
    card's front names it."""
    return _without_sides(_subject(title))


_SIDES = lazy(r"^(장단점|(시간|공간)\s*복잡도|pros\s+and\s+cons|(time|space)\s+complexity)$", re.I)
"""`장단점`, `시간복잡도`: sides a subject is weighed by, whose parts (`장점`, `공간 복잡도`)
name themselves."""


def _without_sides(subject: str) -> str:
    """`트리거의 장단점` → `트리거`, `Bubble Sort의 시간복잡도` → `Bubble Sort`: `장점` and
    `공간 복잡도` under such a title are asked of what it weighs. (`Bubble Sort의 구현`
    stays: `C++ Version` under it says not that it is the implementation.)"""
    if "의 " not in subject:
        return subject
    head, _, sides = subject.rpartition("의 ")
    return head if head.strip() and _SIDES.match(sides.strip()) else subject


_NOTE_KIND = lazy(r"\s+(?:cheat\s?sheet|guide)(\s+for\s+[\w\s-]+)?(?P<tail>\W*)$", re.IGNORECASE)
"""`Heap cheatsheet for coding interviews`, `System design interview guide for Software
Engineers`: a note's title naming what kind of note it is beside its subject. (Not `정리`,
which also names a theorem; not `Practical guide to writing resumes`, whose subject follows.)"""
_NOTE_GENRE = lazy(
    r"(?:[ \t]+[-–—:|]|[ \t]*\((?=[^()\n]*\)\W*$))[ \t]*"
    r"(?:(?:my|interview|quick|short|study|review|revision|prep|personal|rough|lecture|class|"
    r"exam|cram|reading)[ \t]+)*"
    r"(?:cheat[ \t]?notes|cheat[ \t]?sheets?|notes|refs|references?|summary|recap|TIL)\)?"
    r"(?P<tail>\W*)$|"
    r"[ \t]*\((?:collected|compiled|gathered|jotted|written|notes?)\b[^()\n]*\)(?P<tail2>\W*)$",
    re.IGNORECASE,
)
"""`SQL window functions — interview cheat notes`, `System design building blocks — quick
refs`, `Python gotchas (collected while prepping)`: the kind of page the writer makes of
their subject, or how they made it, set after the subject's name."""
_SUMMARY = lazy(r"[ \t]+(?:(?:요약|핵심|개념)[ \t]*정리|총정리)(?P<tail>\W*)$")
"""`Spring 핵심 정리`, `… 요약 정리`: a Korean page named as the writer's summary of its subject.
Not a bare `정리`: `중심 극한 정리`, `베이즈 정리`, `CAP 정리` name theorems."""
_FILED = lazy(r"(?<=\S)[ \t]+(?:notes|메모|노트)(?P<tail>[^\w\s]*)$", re.IGNORECASE)
"""`TLS notes`, `Docker 메모`, `Linux 노트`: a page filed by its subject, its kind last."""
_WHOSE_NOTES = lazy(
    r"^(?:(?:my|our|interview|quick|short|study|review|revision|prep|personal|rough|lecture|"
    r"class|exam|cram|reading|side|practical|general|deep\s+dive|release|patch|field|speaker|"
    r"meeting|sticky|기타|실무|추가|면접|수업|강의|공부|시험)\b[\s\w]*|\W*)$",
    re.IGNORECASE,
)
"""`Lecture`, `Release`, `기타`, `면접 질문`: what notes they are, or whose, naming no subject
(`Lecture notes`, `Release notes`, `기타 메모`)."""
FILE_ORDER = lazy(r"^\d{1,3}_(?=\D)")
"""`06_쿠키와 세션`: a note named by its file, whose number only orders the files."""
_EXPLAINING = lazy(r"(에\s*대한|에\s*대해서?)?\s+이해(하기)?(?P<tail>\W*)$")
"""`시스템 콜에 대한 이해`, `웹 어플리케이션 이해`: a title saying only that it explains its
subject, which is all it asks."""
_UNDERSTANDING = lazy(r"^understanding\s+(?=\S)", re.IGNORECASE)
"""`Understanding compensation`: the same, before the subject."""
_ONLY_A_NOUN = lazy(r"^(?:the|a|an|this|that|these|those|it|them)(?:\s+[a-z]+)?\W*$")
"""`the answer`, `it`: what is left of `Understanding …` that names no subject of its own."""


def without_note_kind(title: str) -> str:
    """`Heap cheatsheet for coding interviews` → `Heap`: a note's title as the subject it is
    of, which a card asking that subject names (the title alone asks nothing)."""
    if title[:1].isdigit():
        title = FILE_ORDER.sub("", title)
    if " " not in title:
        return title  # nearly every title of one word: cheap to see
    title = _without_genre(title)
    if ":" in title or "：" in title:
        title = _GENRE_FIRST.sub("", title, count=1) or title
    return without_explaining(_without_summary(_without_filing(_without(_NOTE_KIND, title))))


_GENRE_FIRST = lazy(
    r"^(?:(?:paper|reading|lecture|class|study|book|talk|course|my|quick|rough)[ \t]+)*"
    r"(?:notes?|review|summary|TIL)[ \t]*[:：][ \t]+(?=\S)|"
    r"^(?:논문|강의|책)[ \t]*(?:리뷰|정리|노트|요약)[ \t]*[:：][ \t]+(?=\S)",
    re.IGNORECASE,
)
"""`Paper notes: Raft`, `Notes: consistency models`, `TIL: CSS grid`, `논문 리뷰: Attention
Is All You Need`: the kind of page named before its subject, as `_NOTE_GENRE` reads it
after."""


def _without_filing(title: str) -> str:
    """`TLS notes` → `TLS`, `Docker 메모` → `Docker`; `Lecture notes`, `기타 메모` stay."""
    match = _FILED.search(title)
    if match is None or _WHOSE_NOTES.match(title[: match.start()]):
        return title
    return title[: match.start()] + match["tail"]


def _without_genre(title: str) -> str:
    """`SQL window functions — interview cheat notes` → `SQL window functions`."""
    match = _NOTE_GENRE.search(title)
    if match is None or not match.start():
        return title
    return title[: match.start()] + (match["tail"] or match["tail2"] or "").rstrip()


def _without_summary(title: str) -> str:
    """`Spring 핵심 정리` → `Spring`, `CAP 요약 정리` → `CAP`; `중심 극한 정리` stays."""
    match = _SUMMARY.search(title)
    if match is None or not match.start():
        return title
    return title[: match.start()] + match["tail"].rstrip()


def without_explaining(title: str) -> str:
    """`시스템 콜에 대한 이해` → `시스템 콜`, `Understanding compensation` → `Compensation`:
    a heading asks its subject, and saying it explains it asks nothing more."""
    if " " not in title:
        return title
    match = _UNDERSTANDING.match(title)
    if match is not None:
        rest = title[match.end() :]
        if _ONLY_A_NOUN.match(rest):
            return title  # `Understanding the answer`: `The answer` alone names nothing
        return rest[:1].upper() + rest[1:]
    explained = _without(_EXPLAINING, title)
    if explained != title and _BY_MEANS_OF.search(explained):
        return title  # `예제로 이해`: understanding by examples, `예제로` no subject
    return explained


_BY_MEANS_OF = lazy(r"[가-힣](?:으로|로|에서|을|를|에)$")
"""`예제로`, `그림으로`: what is left of `… 이해` ending in a particle, which names a way of
understanding, not its subject."""


def _without(kind: re.Pattern[str], title: str) -> str:
    match = kind.search(title)
    if match is None or not match.start():
        return title
    return title[: match.start()] + match["tail"].rstrip()


_ASPECT_NAMES = lazy(
    r"^(원인|영향|결과|대책|예방|해결(\s*방안)?|문제|주의|causes?|consequences?|effects?|prevention|"
    r"solutions?|problems?|options?|notes?|tips?|types?|kinds?|(key\s+|main\s+)?ideas?|goals?|"
    r"intuition|description|responsibilities|properties|assumptions|"
    r"proof(\s+(sketch|idea|outline))?|증명)(\s*\d+)?$"
    r"|^((비교|정리|요약|종합)\s*)?표$|^((summary|comparison)\s+)?table$"
    r"|^(two|three|four|five|several|multiple|\d+)\s+(options|ways|approaches|methods|choices|"
    r"types|kinds|solutions|cases|strategies)$"
    r"|^(\d+|두|세|네|다섯|여러)\s*가지(\s*(방법|방식|종류|유형|경우|해결책|전략|속성|특징|조건|원칙))?$"
    r"|^(other|additional|more|misc\.?|miscellaneous|extra)\s+(talking\s+)?(topics?|points?|"
    r"things|notes|considerations|extensions|details|remarks|ideas)$"
    r"|^(solve|sol|case|ex|exercise|obs|observation|fig\.?|figure|point|part|그림|풀이|방법|상황|"
    r"사례|케이스)\s*\d{1,2}[.:)]?$",
    re.IGNORECASE,
)
"""Names of aspects beside those a heading can have (`sections.is_aspect`), as a bold
lead-in names them: `**원인:** …`, `**Options**`; and the leftovers of a subject
(`Other topics`, `Other talking points`), which alone say nothing of what they are of; and
a counter alone (`Solve3`, `case 4`, `Ex1`, `그림 2`): the third solution of what? So is a
count of them (`Two options`, `5가지 속성`): two options of what? And a table named by its
kind only (`비교 표`, `정리 표`, `Summary table`): a comparison of what? And a proof
(`Proof sketch`): of which statement?"""
_ASPECT_HEAD = lazy(r"^(예시|예제|example|examples|e\.g\.)\s+\S", re.IGNORECASE)
"""`Example Questions`, `예시 코드`: an example of something unnamed."""


_LANGUAGE = lazy(rf"^({LANGUAGES})$", re.IGNORECASE)
"""A language's name alone (`## Go` under `# Web`) may be the subject itself."""
_A_LANGUAGE = lazy(  # more than `_LANGUAGE`: it decides only fronts
    rf"^\[?({LANGUAGES}|typescript|ts|golang|rust|ruby|scala|php)\]?$", re.IGNORECASE
)
_HOLDS_CODE = lazy(r"코드|구현|언어별|\b(code|implementations?|by\s+language)\b", re.I)
"""`소스코드`, `구현 코드`, `Bubble Sort의 구현`, `언어별 특징`: a title over the code of a
subject, written once in each language, which names not the subject."""


def _written_in(card: Card, context: tuple[str, ...]) -> bool:
    """`Java`, `python`, `[C++]`: a front naming only a language, over code or under a title
    over each language's way (`언어별 특징`, `구현`), names the language its answer is
    written in, and asks nothing until it says what was written (`하노이의 탑 › Java`).
    Over prose under another title (`## Go` under `# Web`) it is the subject itself."""
    return bool(_A_LANGUAGE.match(plain(card.question).strip())) and (
        "```" in card.answer or _over_code(context[-1])
    )


def _above_code(context: tuple[str, ...]) -> tuple[str, ...]:
    """The context up to the title naming what the code under it is of: `선택 정렬 › 구현
    코드` → `선택 정렬`. The nearest title would often name only the code (`구현 코드`)."""
    while len(context) > 1 and (only_aspects(context[-1]) or _over_code(context[-1])):
        context = context[:-1]
    return context


def _over_code(title: str) -> bool:
    """`소스코드`, `구현 코드`: a title over code (`_HOLDS_CODE`)."""
    return bool(_HOLDS_CODE.search(plain(clean_heading(title))))


_OF_A_SUBJECT = lazy(
    r"^(corner\s+cases|edge\s+cases|time\s+(and\s+space\s+)?complexity|techniques|"
    r"implementations|common\s+routines|things\s+to\s+(look|watch)\s+out\s+for"
    r"(\s+(during|in)\s+(the\s+)?interviews?)?|(알아야\s*할|주요|관련)\s*(용어|개념)|"
    r"how\s+(it|they)\s+works?|which\s+(one\s+)?to\s+(choose|use|pick)|"
    r"when\s+to\s+use(\s+(it|them|which))?|motivation|(시간|공간)\s*복잡도|"
    r"공통점|차이점|구현\s*방(법|식)|사용(하는|되는)\s*경우|사용\s*예(시|제)?|조건|"
    r"관련\s*기술|(개념|예시로)\s*설명|"
    r"key\s+(terms?|concepts?|definitions?)|terminology|핵심\s*(용어|개념)|"
    r"breakdown|explanation|(explained|put)\s+(more\s+)?simply|in\s+simpler?\s+terms|"
    r"simply\s+put|in\s+plain\s+english)$",
    re.IGNORECASE,
)
"""What a cheatsheet or study note names under each subject it covers (`Corner cases`,
`Things to look out for during interviews`, `알아야 할 용어`, `How it works`, `Which to
choose`, `시간 복잡도`, `차이점`), and a part that explains or defines the words of the
section above it (`Key Terms`, `Explanation`, `Breakdown`, `Explained more simply`): on a
card they ask nothing without that subject. Only
fronts name it: they are no `names_an_aspect`, which also decides what labels and bullets
stay in a heading's answer."""


_SAID_OF_IT = lazy(
    rf"^({GOES_WRONG}|(common\s+)?mistakes|workarounds?|hacks|alternatives?|대안|costs?|"
    r"((common|useful|handy|neat|standard|usual)\s+)?tricks?|"
    r"challenges?|trade-?offs?|"
    r"mitigations?|rules?\s+of\s+thumb|why|use\s+cases?|(handy|useful)\s+commands|"
    r"putting\s+it\s+(all\s+)?together|((key|rough)\s+)?(numbers|figures|stats)|수치|"
    r"실수한\s*(점|것|거)|자주\s*하는\s*실수|"
    r"til|today\s+i\s+learned|오늘\s*배운\s*(점|것|거)|(exam\s+|quick\s+)?tips?|시험\s*팁|"
    r"symptoms?|증상|(the\s+)?fix(es)?|대응(책|\s*방안)?|대처(\s*방법)?)$",
    re.IGNORECASE,
)
"""`Pitfalls`, `Gotchas`, `workaround`, `cost`, `alternatives`, `대안`, `common trick`,
`Challenge`, `주의점`, `Why`, `Rule of thumb`, `Handy commands`, `Putting it together`, `실수한
점`, `TIL`, `Symptoms`, `Fix`, `대응`: a common word for what is said of a subject (what goes
wrong with it or is hard, how it shows, how to get round it, mend it or do it better, what
else to use, what it costs, why it is there, the commands it is worked with, its pieces put
together, its numbers, what the writer learnt of it that day), whose subject is the title
above it.
`- workaround: browsers open ~6 TCP connections` under `## Problems with HTTP/1.1`, shuffled
among a deck's cards, asks a workaround for what? `Problems with HTTP/1.1 › workaround`
says; so does `JPA 엔티티 › 대안` for `- 대안: 비즈니스 키 사용` under `### JPA 엔티티`, and
`t-SNE gotchas › common trick` for `- common trick: PCA to ~50 dims first`, and `Dynamo ›
Numbers` for `## Numbers I noted` over `- N=3` (course_asides: `I noted` is the writer's).
A trick with a name of its own (`Kernel trick`, `Hashing trick`) is a term. Fronts only, as
`_OF_A_SUBJECT`."""


_ADVICE = lazy(
    r"^(?:(?:직접\s*)?확인|추천|권장|비추천?|"
    r"(?i:want(?:ed)?|avoid|prefer(?:red)?|recommended|mention|use|need(?:ed)?|check|careful|"
    r"beware|better|good|bad|[a-z]+-worthy))$"
)
"""`Want`, `Avoid`, `mention`, `use`, `need`, `check`, `careful`, `Better`, `Report-worthy`,
`확인`, `직접 확인`, `추천`: a key saying what the writer would have a reader do with the
subject (want of it, use it for, avoid, mention, check), or how they rate what follows, not
what it is. `- Want: TLS 1.2+ only, ECDHE suites, AEAD ciphers` under `## TLS`, `- mention:
auth, rate limiting, idempotency keys` under `## API`, `- 직접 확인: 로그 레벨 올리면 …` under
`## 필터 순서`: alone on a front (`Want`) the key asks nothing; `TLS › Want` asks what a good
TLS setup has. A key in capitals names a thing of its own (`CHECK`, a constraint). Fronts
only, as `_SAID_OF_IT`."""


def _advises(words: str) -> bool:
    """Whether a front is only a key of the writer's advice on its subject (`_ADVICE`)."""
    return len(words) < _MAX_ADVICE_CHARS and not words.isupper() and bool(_ADVICE.match(words))


_MAX_ADVICE_CHARS = 16
"""Longer than the longest key of advice (`Report-worthy`): most fronts, seen without a pattern."""


_BLOCK_KIND = lazy(
    r"^(?:the\s+)?(?:basics?|fundamentals|기본(?:\s*개념)?|기초(?:\s*개념)?|"
    r"recall|refresher|(?:key\s+)?takeaways?|lessons?\s+learned|"
    r"(?:work|dev|debug(?:ging)?)\s+log|작업\s*(?:로그|일지)|회고|retro(?:spective)?|"
    r"worked\s+examples?|drills?|드릴|"
    r"set-?up|definitions|theorem|lemma|corollary|practice|"
    r"(?:한|두|세|one|two|three)[\s-]*(?:줄|line|sentence)\s*(?:요약|summary)|"
    r"interview\s+(?:qs|questions)|면접\s*(?:질문|q&a))$",
    re.IGNORECASE,
)
"""`Basics`, `기본 개념`, `Recall`, `Takeaways`, `작업 로그`, `회고`, `Worked example`, `드릴`: the
kind of block a writer puts under a subject (its basics, a recall of what it builds on, the
lessons drawn, a log of the work or a look back on it, an example worked through, a drill),
naming no subject of its own: `기본 개념` over `- 인덱스 엔트리 = <검색 키, 포인터>` is asked
`인덱스 & 해싱 › 기본 개념`, `Recall` under `Lecture 3 — Conditional Probability` of that
lecture. So are a textbook's blocks (`Setup`, `Definitions`, `Theorem`, `Practice`: the
setup of what, a theorem of what?), a summary by its length (`한 줄 요약`) and the questions
an interview asks of the subject (`Interview Qs`). An exercise titled only as one
(`Exercises`, `연습문제`) is the same kind of block, once not asked by the task it opens on
(worked_problems.asked_by_its_task). Fronts only, as
`_OF_A_SUBJECT`."""


_FRAGMENT = lazy(
    r"^(?:(?:in|on|for|with|without|using|via|In|On)(?:\s+[\w+#.-]+){1,3}"
    r"|(?:For|With|Without|Using|Via)(?:\s+[\w+#.-]+){2,3})$"
)
"""`in Python`, `On disk`, `for big files`, `With a binary heap`: a title that goes on from
the one above it (`Call by Sharing` in Python, `Structures` on disk), naming only where or
how its subject is seen, which it leaves to that title. A capitalised `For`, `With` or
`Using` before one word may name a thing of its own (`For loops`, `With statement`, `Using
Git`), and so does a keyword in capitals (`USING 조건절`)."""


_WRITERS_MARK = lazy(
    r"^(?:중요|기출|복습|메모|important|review|recap|"
    r"(?:practical|general|quick|useful|side)\s+(?:notes?|tips?)|(?:실무|추가)\s*(?:메모|팁))[.!]*$",
    re.IGNORECASE,
)
"""`중요`, `기출`, `Review`, `Practical notes`, `실무 메모`: how much the writer makes of a part,
where it came from or that it goes over the subject again, which says not what it is of."""


@lru_cache(maxsize=256)  # asked of every term's card, and a section's cards share one
def is_writers_mark(title: str) -> bool:
    """`실무 메모`, `Practical notes`, `중요`: a title that is only the writer's mark."""
    return bool(_WRITERS_MARK.match(plain(clean_heading(title)).strip()))


_WRITERS_CLAUSE = lazy(r"^(?P<head>[^\W\d][\w /-]{0,30}?)\s+(?:I|we)(?:['’](?:ve|m|d))?\s+\w")
"""`What I didn't get`, `Edge cases I forget`, `Metrics we track`: a title naming what it holds,
then saying in the first person what the writer does with it."""
_NAMES_NOTHING = lazy(r"^(?:what|things?|stuff|bits|the\s+bits)$", re.IGNORECASE)
"""`What`, `Things`: the head of a title (`What I didn't get`, `Things I keep confusing`) that
names nothing but what the writer's clause after it says."""


def _of_the_writer(words: str) -> bool:
    """`What I didn't get`, `Things I keep confusing`, `Mistakes I made last time`: a title
    telling the writer's own dealings with the subject above it (what they missed, confuse,
    got wrong), whose head names nothing (`What`, `Things`) or only an aspect (`Mistakes`,
    `Edge cases`). Under `Paper notes: Raft`, `What I didn't get` is Raft's; alone on a
    card it asks nothing. A head naming a thing of its own (`Ports I always forget`,
    `itertools I actually use`) is the subject itself."""
    if " I" not in words and " we " not in words:
        return False  # nearly every front: no first person, cheap to see
    match = _WRITERS_CLAUSE.match(words)
    if match is None:
        return False
    head = match["head"].strip()
    return bool(_NAMES_NOTHING.match(head)) or asks_of_a_subject(head)


_EXAMPLE_MARK = lazy(r"^(\(\s*(예시|예제|ex|example)\s*\)|(ex|예)\s*[.)])\s*\S", re.I)
"""`ex) 장학금`, `(예시) 이체`, `예) 로그인`: an example of something unnamed, named by what
it is about."""


_OF_IT = lazy(
    r"^(what|why|how|when|where|who|which)\s+(\w+\s+){0,3}(it|this|they|these|them)\b[^?]*\?$"
    r"|^(why|how|왜|어떻게|왜\s*필요(한가|할까)?요?)\s*\?$"
    r"|^(각각|각자|이\s*둘|둘|이들|이것|그것)(의|은|는|이|가)?(\s+\S+){0,2}\s*\?$",
    re.IGNORECASE,
)
"""`What is it?`, `Why is this a problem?`, `How does it work?`, `왜?`, `왜 필요?`, `각각의
차이?`: a question of a subject it does not name, only points at."""
_ASKED_END = lazy(r"\s*(은|는)?\s*\?$")
"""`은?`, `?`: how a name is asked (`장점은?`), which leaves the name to judge."""


_DEFINES = lazy(r"^(definition|def|정의)\s*[:：]\s*\w", re.IGNORECASE)
"""`Definition: Total function`, `정의: 힙`: a definition naming the term it defines."""


def _unclosed(question: str) -> str:
    """`단점)`, `단점..`, `Pros.` → `단점`, `Pros`: a name with a mark the note types after
    it, like a label's colon (`단점:`), which closes nothing and is no part of the name."""
    if question.endswith(")") and "(" not in question:
        return question[:-1].rstrip()
    if question.endswith((".", "…")):
        return question.rstrip(".…").rstrip()
    return question


@lru_cache(maxsize=1024)  # asked of every item card's front, and labels repeat in a note
def asks_of_a_subject(question: str) -> bool:
    """`예시`, `Corner cases`, `ex) 장학금`, `What is it?`, `해결방안?`, `단점)`, `중요`,
    `기타 메모`, `한눈에 보기`: a front that asks only with its subject named in it.
    (`Definition: Total function` names its own: the title above it, `Proposition`, is no
    subject of it.)"""
    words = question = _unclosed(plain(question).strip())
    if _DEFINES.match(words):
        return False
    if words.endswith("?"):
        if _OF_IT.match(words):
            return True
        words = question = _ASKED_END.sub("", words)  # `장점은?`, `해결방안?`: an aspect, asked
    return (
        names_an_aspect(question)
        or bool(_OF_A_SUBJECT.match(words))
        or bool(_SAID_OF_IT.match(words))
        or _advises(words)  # `- Want: TLS 1.2+ only, …`: the writer's advice on the subject
        or bool(_BLOCK_KIND.match(words))
        or names_only_an_exercise(words)
        or bool(_FRAGMENT.match(words))
        or bool(_EXAMPLE_MARK.match(words))
        or bool(_WRITERS_MARK.match(words))
        or _of_the_writer(words)  # `What I didn't get`: the writer's, of the subject above
        or is_grab_bag(words)  # `기타 메모`: odds and ends of the subject above
        or owns_its_summary(words)  # `우리 팀 결론`: the conclusion the writer's team drew
        or labels_a_view(words)  # `한눈에 보기`: a view of the subject above
    )


@lru_cache(maxsize=4096)  # asked of each item card's front, and of a heading for each part
def names_an_aspect(question: str) -> bool:
    """`예시`, `Example Questions`, `Options`: a name that asks an aspect of some subject."""
    words = plain(question).strip()
    return (
        (is_aspect(words) and not _LANGUAGE.match(words))
        or bool(_ASPECT_HEAD.match(words))
        or bool(_ASPECT_NAMES.match(words))
    )
