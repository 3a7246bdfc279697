"""Questions: a line that asks, a section of questions to ask, questions left unanswered."""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.labels import EXERCISE_TITLE, EXERCISE_WORDS
from flashgen.extract.place import plain
from flashgen.extract.skip.common import reads
from flashgen.model import Section
from flashgen.patterns import lazy
from flashgen.syntax import Node

_ASKS = lazy(r"([?？]|(세요|시오|가요|나요|까요|인가|는가|[입습]니까|(?<!니)까)[.!]?)$")
"""A question's mark or ending: `…할까`, `…입니까`, not the reason `…방지하니까` (because)."""


def asks(text: str) -> bool:
    """`…의 차이는?`, `…설명해 주세요`, `…뭔가요`: a question, in English or Korean."""
    # Its last few characters are enough (the longest ending is `세요.`): a search of the
    # whole text would try the pattern at every character first. Every ending's last
    # character is one of `_ASKS_LAST`: most texts, no search at all.
    end = text.rstrip()[-4:]
    return end[-1:] in _ASKS_LAST and bool(_ASKS.search(end))


_ASKS_LAST = frozenset("?？.!요오가까")
"""The last character of each ending of `_ASKS`: a mark, or the last syllable of one."""


_QUESTION_SECTION = lazy(r"(질문|\bquestions?\b)", re.IGNORECASE)
QUESTION_NUMBER = r"^Q\d*\s*[.:)]"
"""`Q1.`, `Q)`: a text numbered as a question."""
_QUESTION_TEXT = lazy(rf"({QUESTION_NUMBER}|[?？]$|요\.?$)", re.IGNORECASE)


@lru_cache(maxsize=1024)  # asked of every heading above each section, and for its items
def is_question_section(title: str) -> bool:
    """`## 예상 질문`, `### 📢 면접 질문`, `Interview questions`: a list of questions to ask."""
    return bool(_QUESTION_SECTION.search(title))


_ANSWERED_ON_ITS_LINE = lazy(r"`[^`\n]+`\s*[-–—:]\s+\S")
"""`` `if slow() or fast()` - Both are run when … ``: code and what it does, on its line."""


def is_unanswered_questions(nodes: list[Node], path: tuple[str, ...]) -> bool:
    """Questions with nothing under them: `- TCP와 UDP의 차이?`, a paragraph of question
    lines, or bare bullets under a `예상 질문` / `Interview questions` heading (`…설명해주세요`)
    or an `Exercises` one (`1. Compute FIRST/FOLLOW for …`, tasks set and left to do).
    Nothing for the back."""
    under_question_heading = None  # read from `path` once a line first needs it: most never
    for node in nodes:
        if node.type == "list_item":
            text, rest = node.line, node.below
            if rest or text is None:
                return False
            if not _QUESTION_TEXT.search(plain(text.content)):
                if under_question_heading is None:
                    under_question_heading = any(map(is_question_section, path)) or (
                        len(path) > 1 and bool(EXERCISE_TITLE.match(plain(path[-2]).strip()))
                    )  # the section's own title: the last of `path` names the note
                if not under_question_heading or _ANSWERED_ON_ITS_LINE.match(text.content):
                    return False
        elif node.type == "paragraph":
            lines = node.children[0].content.split("\n")
            if not all(_QUESTION_TEXT.search(plain(line)) for line in lines):
                return False  # `**Q: …?**` over `A: …` on the next line: answered
        else:
            return False
    return bool(nodes)


EXPECTED_QUESTION = (
    r"(?:(?:likely|possible|probable|expected)\s+)?(?:exam|interview)\s+(?:question|q)"
    r"|(?:예상|면접|기출)\s*질문|기출\s*예상"
)
"""`Likely exam question`, `Possible exam Q`, `Interview question`, `예상 질문`, `기출 예상`:
a label naming the question the writer expects to be asked, before a colon."""
EXPECTED_PROMPT = lazy(rf"^[ \t]*(?:\*\*)?(?:{EXPECTED_QUESTION})[ \t]*[:：]", re.IGNORECASE)
"""`Likely exam question: …`, `**면접 질문:** …`: a line opening on that label and its colon."""
_ARROW = lazy(r"→|->|=>|⇒")


@reads("paragraph", "blockquote")
def is_expected_question_unanswered(block: Node) -> bool:
    """A paragraph or a quote whose every line is a question the writer expects, with no
    answer after an arrow (`> Likely exam question: trace the queries for resolving a name
    with an empty cache — how many messages, …`): a task to practise, nothing to recall.
    One answered after its arrow (`… why UDP rather than TCP? → single request/response,
    …`) is a card of its own (qa.answered_question)."""
    paragraphs = block.children if block.type == "blockquote" else [block]
    if not paragraphs or any(node.type != "paragraph" for node in paragraphs):
        return False
    lines = [line for node in paragraphs for line in node.children[0].content.split("\n")]
    return all(EXPECTED_PROMPT.match(line) and not _ARROW.search(line) for line in lines)


_ASKED_OF_THE_CANDIDATE = lazy(
    r"\binterview questions\b|\basked\b.*\bquestions\b|면접 질문|예상 질문|기출 질문", re.IGNORECASE
)
"""`Airbnb behavioral interview questions`, `Most commonly asked behavioral questions`: the
questions an interviewer puts, for the student to prepare answers to."""
_TO_BE_ASKED_BY_THE_CANDIDATE = lazy(
    r"\bto ask\b|\bask (?:the|your|an) interviewer|\bclarifying\b|역질문|물어볼", re.IGNORECASE
)
"""`Best questions to ask about the role`, `Clarifying questions`, `역질문`: what the student
asks; the questions are the answer, and stay."""


@lru_cache(maxsize=1024)
def is_questions_to_ask(title: str) -> bool:
    """`## Best questions to ask about the role`, `Clarifying questions`: questions the
    student puts, which answer the heading however bare they stand."""
    return is_question_section(title) and bool(_TO_BE_ASKED_BY_THE_CANDIDATE.search(title))


_FEW_QUESTIONS = 3
_ASIDE_LENGTH = 300


def is_question_bank(nodes: list[Node], title: str) -> bool:
    """A bank of questions an interviewer may ask (`## Airbnb behavioral interview
    questions` over `- Why do you like Airbnb?`, …), with no answers and at most one short
    line leading into them or giving a tip: a list to prepare for, with nothing to recall.
    A list of questions the student asks (`questions to ask`) answers its heading."""
    if not _ASKED_OF_THE_CANDIDATE.search(title) or _TO_BE_ASKED_BY_THE_CANDIDATE.search(title):
        return False  # most sections, at their title
    items = [node for node in nodes if node.type == "list_item"]
    aside = [node for node in nodes if node.type != "list_item"]
    if len(items) < _FEW_QUESTIONS or len(aside) > 1:
        return False
    if aside and (
        aside[0].type != "paragraph" or len(aside[0].children[0].content) > _ASIDE_LENGTH
    ):
        return False
    return is_unanswered_questions(items, (title,))


_ANSWERED_PROMPT = lazy(r":\s|\s[-–—]\s|->|→|=>|[?？]\s*$")
"""`Two sum: a hash map`, `Two sum — a hash map`, `Why …?`: an item answering, or asking."""


_PROMPTS_ASIDE_LENGTH = 400
"""A line or two above a list of problems saying what kind they are (a round's name)."""


def is_practice_prompts(nodes: list[Node]) -> bool:
    """Under a heading over sample questions (`lists_sample_questions`: `# ML System Design
    Sample Questions` › `### GenAI systems`), a flat list of problems to practise (`-
    **RAG document Q&A** (retrieval + grounded generation)`), each a line with nothing
    under it, with at most one short line or quote beside: a to-do, with nothing to recall.
    An item answered in its line, or over points of its own, keeps the section's card."""
    items = [node for node in nodes if node.type == "list_item"]
    aside = [node for node in nodes if node.type != "list_item"]
    if len(items) < _FEW_QUESTIONS or len(aside) > 1:
        return False
    if aside and (
        aside[0].type not in ("paragraph", "blockquote")
        or len(plain(" ".join(n.content for n in aside[0].walk() if n.type == "inline")))
        > _PROMPTS_ASIDE_LENGTH
    ):
        return False
    return all(
        item.line is not None
        and not item.below
        and _ANSWERED_PROMPT.search(plain(item.line.content)) is None
        for item in items
    )


_TASK_TITLE = lazy(
    rf"^\W*(?:퀴즈|quiz|{EXERCISE_WORDS}|숙제|homework|try it(?: yourself)?)"
    r"\W*(?:\d{1,2}\W*)?$",
    re.IGNORECASE,
)
"""`### [ 퀴즈 ]`, `## Exercise 2`, `### 연습 문제`: a title naming only a task set."""
_TASK_WORD = lazy(r"숙제|퀴즈|연습\s*문제|\bhomework\b|\bexercise\b|\bquiz\b", re.IGNORECASE)
"""`(숙제!)`, `(homework)`: the writer calling the lines a task set."""
_SETS_TASK = lazy(
    # `어떻게 될지 생각해 보자`: a question put to the reader, not `…을 생각해 보자` (let us say)
    r"지\s*(?:생각|고민|계산|예측)해\s*(?:보자|보세요|보시오|봅시다)|"
    r"(?:풀어|구해|그려|답해|채워)\s*(?:보자|보세요|보시오|봅시다)|"
    r"\btry (?:it|this|these|them)(?: out)? (?:yourself|on your own|by hand)\b|"
    r"\b(?:work|figure) (?:it|this|these|them) out\b",
    re.IGNORECASE,
)
"""`… 어떻게 될지 생각해 보자!`, `직접 풀어 보세요`, `Try these yourself`: the reader set
to work something out. `식당을 예로 생각해 보자` only leads into what the page tells."""
_GIVES_ANSWER = lazy(
    r"정답|풀이|해설|답\s*[:：]|\banswers?\b|\bsolutions?\b|\bsolved\b", re.IGNORECASE
)
"""`풀이`, `정답`, `Answer:`, `Solution`: what a worked exercise gives."""
_TASK_LENGTH = 200
_PICTURE_OR_SPACE = lazy(r"^(?:\s|<[^>]*>|!\[[^\]]*\]\([^)]*\))*$")
"""`<div align='center'><img …></div>`, `![](…)`, `<br>`: no words."""


def sets_a_task(section: Section) -> bool:
    """`### [ 퀴즈 ]` over `위의 내용을 바탕으로 … 어떻게 될지 생각해 보자! (숙제!)` and `1.
    insert(40)` / `2. insert(35)`: a task the reader is set to work out, with nothing
    that answers it. A line setting it under a title naming a task (`퀴즈`, `Exercise 2`)
    or calling itself one (`숙제`), then at most its inputs (items of one line, none
    answered in its line) and pictures. A worked exercise, with its answer, solution or
    code, and a quiz of questions answered, stay; so does one whose subsection solves it."""
    blocks = section.blocks
    first = blocks[0] if blocks else None
    if first is None or first.type != "paragraph" or not first.children:
        return False
    text = first.children[0].content
    if len(text) > _TASK_LENGTH or not _SETS_TASK.search(text):
        return False  # most sections, at their first paragraph
    if not (_TASK_TITLE.match(section.title) or _TASK_WORD.search(text)):
        return False
    if _GIVES_ANSWER.search(text) or any(
        _GIVES_ANSWER.search(child.title) for child in section.children
    ):
        return False
    return all(_only_inputs(block) for block in blocks[1:])


def _only_inputs(block: Node) -> bool:
    """A list of a task's inputs (`- insert(40)`), each a line answering nothing, or a
    picture or spacing with no words."""
    if block.type in ("bullet_list", "ordered_list"):
        return all(
            item.line is not None
            and not item.below
            and _ANSWERED_PROMPT.search(plain(item.line.content)) is None
            and _GIVES_ANSWER.search(item.line.content) is None
            for item in block.children
        )
    if block.type in ("html_block", "paragraph"):
        if block.type == "html_block":
            return bool(_PICTURE_OR_SPACE.match(block.content))
        return not block.children or bool(_PICTURE_OR_SPACE.match(block.children[0].content))
    return block.type == "hr"


_PRACTICE_TITLE = lazy(
    rf"^\W*(?:practice|{EXERCISE_WORDS}|연습|풀어\s*볼\s*문제)"
    r"(?:\s+(?:problems?|questions?|set))?\W*(?:\d{1,2}\W*)?$",
    re.IGNORECASE,
)
"""`## Practice`, `## Exercises`, `## 연습 문제`, `## Practice problems`: a title naming only
exercises, none of them."""
_ANSWERED_TASK = lazy(r"->|→|=>|⇒")
"""`Is it linear? → no`: an exercise answered in its own line."""


def lists_exercises(section: Section) -> bool:
    r"""A section titled only as practice (`## Practice`, `## Exercises`, `## 연습 문제`) whose
    text is one numbered list of tasks, each a line with nothing under it and no answer
    (`1. Is $T(x,y) = (x + y, xy)$ linear?` / `2. Find the matrix of …` / `4. Let $D$ be
    differentiation. Find $\ker D$ …`): exercises left to the student, nothing to recall,
    its title asking nothing. A section that also holds answers (an `Answers` box, a line
    under an item, `→ …`), a formula or anything else beside its list, stays; so do its
    subsections."""
    blocks = section.blocks
    if not blocks or blocks[0].type != "ordered_list" or len(blocks) != 1:
        return False  # most sections, at their first block
    if not _PRACTICE_TITLE.match(section.title):
        return False
    items = blocks[0].children
    return len(items) >= 2 and all(
        item.line is not None
        and not item.below
        and _ANSWERED_TASK.search(item.line.content) is None
        and _GIVES_ANSWER.search(item.line.content) is None
        for item in items
    )


_OWN_DOUBTS = lazy(
    r"^\W*(?:what\s+i\s+(?:didn'?t|did\s+not|don'?t|do\s+not)\s+(?:yet\s+)?"
    r"(?:get|understand|follow)|open\s+questions|(?:my\s+)?questions\s+i\s+(?:still\s+)?have|"
    r"things\s+i'?m\s+(?:still\s+)?(?:unsure|confused|not\s+sure)\s+(?:about|of)|"
    r"(?:still\s+)?(?:unsure|confused)\s+about|"
    r"(?:잘\s*)?모르겠는\s*(?:것|거|부분|점)|질문\s*거리|궁금한\s*(?:것|거|점)|의문점|"
    r"이해\s*(?:안|못)\s*(?:된|되는|한|하는)\s*(?:것|거|부분|점))\W*$",
    re.IGNORECASE,
)


def only_doubts(lines: list[str]) -> bool:
    """Whether the text under a heading over the writer's doubts (`names_own_doubts`) is
    doubts only: every sentence a question, a bare `how …`/`whether …`, or the writer not
    knowing (`Also no idea how compactions interact with GC.`, `- whether appends are
    exactly-once`). One stating something (`Technically CP. Brewer later wrote …`) is what
    the writer worked out, and the heading's card keeps it."""
    said = [
        sentence.strip(" -*>")
        for line in lines
        for sentence in _SENTENCES.split(plain(line))
        if sentence.strip(" -*>")
    ]
    return bool(said) and all(_DOUBT.search(sentence) for sentence in said)


_SENTENCES = lazy(r"(?<=[.!?])\s+|\n")
_DOUBT = lazy(
    r"[?？]\W*$|^(?:how|why|whether|what|when|which)\b|"
    r"\b(?:no idea|not sure|unsure|unclear|confus\w*|don'?t (?:get|understand|know)|"
    r"didn'?t (?:get|understand))\b|모르겠|헷갈|궁금",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # asked of every section's title
def names_own_doubts(title: str) -> bool:
    """`What I didn't get`, `Open questions`, `Things I'm unsure about`, `모르겠는 것`,
    `질문거리`: a heading over the writer's doubts, which names no subject. Its musings
    (`Also no idea how compactions work.`) answer nothing; a question it asks in bold and
    answers (`**Why sort at all?** I think it's so that …`) is asked as that question
    (qa.answered_question). `What I still get wrong` is the writer's corrections, each a
    fact, and is no such heading."""
    return bool(_OWN_DOUBTS.match(plain(title).strip()))
