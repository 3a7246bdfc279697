"""Questions the writer already answered: `- Q. …` over `- A. …`, a question bullet over
its answer, `<details><summary>question</summary>answer</details>`, a box whose title asks.

A question with nothing under it is not recognised here: it stays in its section, where
`is_unanswered_questions` keeps it from becoming a card with an empty back.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flashgen.extract.marked_answers import folded_problem
from flashgen.extract.place import Place, plain
from flashgen.extract.sections import asks_a_difference
from flashgen.extract.skip import (
    EXPECTED_PROMPT,
    EXPECTED_QUESTION,
    asks,
    has_substance,
    is_question_section,
    is_questions_to_ask,
    is_table_of_contents,
    names_own_doubts,
    names_own_pending,
    opens_the_note,
)
from flashgen.extract.table_parts import question_rows
from flashgen.extract.worked_problems import (
    a_task_of_an_exercise,
    asks_an_exercise,
    names_only_practice,
)
from flashgen.flavours.boxes import QUESTION_TYPES, box_parts
from flashgen.markdown_parser import markdown_parser
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import EMOJI, FENCE, HTML_TAG, unwrap_strong

QUESTION_MARK = lazy(
    rf"^(\*\*)?(?:Q\s*\d*\s*[.:)]|질문\s*[:：]|(?:{EXPECTED_QUESTION})\s*[:：])"
    r"(?:\s*\([^()\n]{1,40}\)(?=\*\*))?\s*(\*\*)?\s*",
    re.IGNORECASE,
)
"""`Q. `, `**Q1.** `, `질문: `, or a label naming a question the writer expects to be asked
(`Likely exam question: `, `면접 질문: `): the writer's mark of a question of their own, not
part of it, nor is where it came from in the bold beside it (`**Q2. (ADsP 38회 비슷)** `)."""
POINTS_BACK = lazy(
    r"^((이|그|저)\s|(이런|그런|이러한|그러한|이와|그와|위|위의|앞의|이|반면|반대로|또|"
    r"[이그저](?:건|게|거))(?![가-힣])|"
    r"(?i:((does|do|is|are|was|were|can|could|will|would|should|isn't|doesn't) )?"
    r"(this|that|these|those|it|its|they|such|here|there|which|conversely)\b))",
)
"""`이 상황은 …?`, `이러한 hash는 …?`, `이건 왜 그럴까?`, `반면 Gradle의 문법은?`, `Does this
look familiar?`: a question about what the text just said, which asked alone asks nothing."""
_EMPTY_QUOTE_LINES = lazy(r"^(\s*>\s*\n)+")
# Within a line (`[ \t]*`, not `\s*`): from each line, `\s*` would run on over every blank
# line below it, taking time growing with the square of their number.
_ANSWER_MARK = lazy(
    r"^(?P<lead>[ \t]*(?:[-*+]|>)?[ \t]*)(?P<bold>\*\*)?A\s*\d*\s*[.:)]\s*(?(bold)\*\*)[ \t]*",
    re.MULTILINE,
)
"""`A. `, `**A.** `: the mark of an answer, the bold closing only the bold it opened (in
`A. **평균** O(1)` the bold is the answer's)."""


_MARKS_AFTER = lazy(rf"(\*\*|__)(?:\s|{EMOJI.pattern})+$")
"""`**Q. GET vs POST** 🔥`: the writer's mark after a bold question, no word of it."""
_DO_OR_DONT = lazy(r"^[✅✔☑❌✖✗🚫]")


def _is_advice(line: str) -> bool:
    """`✅ Try a tiny input by hand.`, `❌ Do not …`: a checklist's do or don't told in a
    sentence, which a heading speaking of a question may hold (`Upon receiving the
    question, …`) but which asks nothing; its example is part of the heading's answer.
    (A checked label over questions to ask, `✅ Clarify assumptions` over them, is asked.)"""
    return bool(_DO_OR_DONT.match(line)) and line.endswith(".") and not asks(line)


_JUDGED = lazy(
    r"^(?P<claim>\S.*?[^\s→>-])\s*(?:→|->)\s*"
    r"(?:(?P<verdict>\*\*(?:T|F|True|False|TRUE|FALSE|참|거짓)\*\*)"
    r"|(?P<said>True|False|TRUE|FALSE|참|거짓)(?=[.:,(]|\s*\(|\s*$))"
    r"(?P<why>(?:[.:,]?\s+|\s*\(|\.$)[\s\S]*)?$"
)
"""`If A is 3×5, its columns are dependent. → **T** (5 vectors in ℝ³)`: a claim and the
writer's verdict on it, with why after it."""
_MIN_CLAIM_WORDS = 3
JUDGED_FRONT = "True or false: "
"""The front of a claim the writer judged, before the claim."""


_ARROW_ANSWER = lazy(
    r"^(?P<question>[^\n]*?[?？])(?P<quoted>[\"”])?(?:\*\*)?[ \t]*\n?[ \t]*"
    r"(?P<open>\([ \t]*)?(?:→|->|=>|⇒)[ \t]*(?P<answer>\S[\s\S]*?)(?(open)\)[ \t]*)$"
)
_OPENING_QUOTE = str.maketrans("”", "“")


def arrow_answered(text: str, asked: bool = False) -> tuple[str, str] | None:
    """The writer's own question (marked `Q.`, `**Q1.**`, `질문:`, or named a question they
    expect: `Likely exam question: why UDP rather than TCP? → single request/response, …`)
    and its answer after an arrow, on its line or the next: `Q. 생성자 주입을 권장하는 이유? →
    불변성 보장, …`, or `Q. 클로저는 메모리 누수를 일으키나?` over `-> 참조가 남아 있는 동안 …`.
    The arrow must come after the question's `?`: in `Q. A -> B 로 가면?` it is part of the
    question. An answer set in brackets after the question (`… 2개인 이유? (→ 단편화 없이
    복사하려고)`) is asked without them. A question the writer quotes (`"… — true or
    false?" → partly: …`) is asked without its quotation marks. Where a line is known to
    ask (`asked`: an exercise's task, `2. Why does the mean of Cauchy draws not settle? →
    …`, a follow-up question under `## 꼬리질문`), no mark is needed."""
    marked = QUESTION_MARK.match(text)
    if (marked is None and not asked) or "?" not in text and "？" not in text:
        return None
    found = _ARROW_ANSWER.match(text[marked.end() if marked else 0 :].strip())
    if found is None:
        return None
    question = found["question"].strip().removesuffix("**").strip()
    quoted = found["quoted"]
    if quoted and question.startswith(quoted.translate(_OPENING_QUOTE)):
        question = question[1:].strip()  # `"HTTP/2 solved HOL blocking — true or false?" → …`
    elif quoted:
        question += quoted  # `Why say "why?" → …`: the quote closes inside the question
    if not question or POINTS_BACK.match(question):
        return None  # `Q. 이건 왜 그럴까? → …`: asked alone, it asks nothing
    first = question.split()[0]
    if first.isascii() and first.isalpha() and first.islower() and EXPECTED_PROMPT.match(text):
        question = question[0].upper() + question[1:]  # `… question: why UDP …?` → `Why UDP …?`
    answer = found["answer"].strip()
    if marked is not None:
        answer = _ANSWER_LABEL.sub("", answer, count=1)  # `Q: … → A: no 3'-OH`: `A:` its mark
    return question, answer


_ANSWER_LABEL = lazy(r"^(?:\*\*|__)?(?:A|Ans|Answer|답|정답)\s*\d*\s*[.:)](?:\*\*|__)?\s+(?=\S)")
"""`A:`, `A.`, `**A1.**`, `답:`: the writer's mark of the answer after their question's `Q.`,
no part of it."""


def answered_question(item: Node, place: Place) -> list[Card] | None:
    """`- Q. checked와 unchecked 예외를 알고 있나요?` over `- A. …`, or a question bullet in
    `## 예상 질문` with its answer under it → the question ⟶ the answer. So is the writer's
    own question answered after an arrow (`arrow_answered`), in a bullet or a paragraph of
    its own, and each row of a table of questions and their answers (`| Ax = b consistent?
    | … |`): a card a row. A question in the note's opening, over its headings, is what the
    page answers, its arrow what the page covers (`Q. 주소창에 URL 입력하면 무슨 일이? ->
    여기선 HTML 받은 이후`): no card. Under a heading over the writer's doubts (`## What I
    didn't get`), a question in bold with their answer after it is a card of its own."""
    if names_own_doubts(place.section.title):
        doubt = _doubt_answered(item, place)
        if doubt is not None:
            return doubt
    arrowed = _arrow_answer(item, place)
    if arrowed is not None:
        return arrowed
    if item.type != "list_item":  # a block: only a table of questions is one
        rows = question_rows(item)
        if rows is None:
            return None
        return [place.card(row.name, row.answer, row.node, answered_question) for row in rows]
    text, rest = item.line, item.below
    if text is None:
        return None
    if "→" in text.content or "->" in text.content:  # a quick look first: few items judge
        judged = _JUDGED.match(text.content.strip())
        if judged is not None and len(plain(judged["claim"]).split()) >= _MIN_CLAIM_WORDS:
            verdict = ((judged["verdict"] or judged["said"]) + (judged["why"] or "")).strip()
            answer = "\n\n".join([verdict, *(place.quote(child) for child in rest)])
            question = f"{JUDGED_FRONT}{judged['claim']}"
            return [place.card(question, answer, item, answered_question)]
    if not rest:
        return None
    line = text.content.strip()
    if "**" in line or "__" in line:  # what `_MARKS_AFTER` needs: most lines, no bold
        line = _MARKS_AFTER.sub(r"\1", line)
    line = unwrap_strong(line)
    marked = QUESTION_MARK.match(line)
    question = line[marked.end() :].strip() if marked else line
    if not question:
        return None
    if not marked:
        words = plain(question)
        asked = asks(words) or a_task_of_an_exercise(words, place)  # `1. … Find pmf.`
        if not (asked or is_question_section(place.section.title)):
            return None
        if not asked and len(words.split()) < 3:
            return None  # `- 장점` under `## 예상 질문` is a label; label_with_children asks it
        if _is_advice(words):
            return None  # `- ✅ Try a tiny input by hand.` over its example: a line of the heading
    answer = "\n\n".join(place.quote(child) for child in rest)
    answer = _ANSWER_MARK.sub(lambda match: match["lead"], answer)
    answer = _EMPTY_QUOTE_LINES.sub("", answer).strip()
    if not has_substance(answer):
        return None
    return [place.card(question, answer, item, answered_question)]


_BOLD_QUESTION = lazy(
    r"^[ \t]*(?:\*\*|__)(?P<question>[^*_\n]+?[?？])(?:\*\*|__)[ \t]*(?P<answer>\S[\s\S]*)$"
)
"""`**Why sort in the reduce phase at all?** I think it's so that …`: a question in bold, and
what answers it after it."""


def _doubt_answered(node: Node, place: Place) -> list[Card] | None:
    """The card of a paragraph or a bullet opening on a question in bold that the writer
    goes on to answer (`_BOLD_QUESTION`), what stands under the bullet going on with it."""
    if node.type == "paragraph":
        text, rest = node.children[0].content, []
    elif node.type == "list_item" and node.line is not None:
        text, rest = node.line.content, node.below
    else:
        return None
    found = _BOLD_QUESTION.match(text)
    if found is None:
        return None
    answer = "\n\n".join([found["answer"].strip(), *(place.quote(child) for child in rest)])
    return [place.card(found["question"].strip(), answer, node, answered_question)]


@lru_cache(maxsize=256)  # asked of each list, and each line asking, of a section
def lists_follow_ups(title: str) -> bool:
    """`## 꼬리질문`, `## 면접 예상 질문`, `## Follow-up questions interviewers ask`, `##
    Follow-ups from the onsite`: a heading over the questions an interviewer or examiner
    may ask next, the writer answering each on its line after an arrow (`- memory cache vs
    disk cache? → 브라우저가 결정`) or under it. Not the questions a student means to ask
    (`## Questions to ask`)."""
    return (is_question_section(title) or names_follow_ups(title)) and not (
        is_questions_to_ask(title)
    )


def only_asides_left(title: str, cards: list[Card], left: list[Node]) -> bool:
    """Whether all a heading over follow-up questions (`## 꼬리질문`) has left to say, once
    the questions its writer answered are cards of their own, is quoted or boxed asides
    (`> C사 면접관이 … 물어봄. … 맞혔다 ✌️`, a Notion callout of an interviewer's feedback):
    the writer's story of an interview beside the questions, which does not answer the
    heading. The heading gives no card of its own."""
    if not left or any(node.type not in _BOXES for node in left):
        return False  # most sections: a list or a paragraph left
    answered = answered_question.__name__
    return lists_follow_ups(title) and any(card.rule == answered for card in cards)


_FOLLOW_UP_TITLE = lazy(r"꼬리\s*질문|\bfollow[- ]?ups?\b", re.IGNORECASE)


def names_follow_ups(title: str) -> bool:
    """`## 🪝 꼬리 질문`, `## Follow-up questions interviewers ask`: a heading over the
    questions that come after the one the note answers, a hint of each answer beside it."""
    return bool(_FOLLOW_UP_TITLE.search(title))


_BRACKETED_ANSWER = lazy(r"^(?P<question>.*[?？])[ \t]*\((?P<answer>[^()]*\S[^()]*)\)$")
_MIN_HINT_WORDS = 2


def _answered_in_brackets(line: str) -> tuple[str, str] | None:
    """`- PriorityQueue 내부 구조? (힙, 배열)`, `- How do you handle a hot shard? (split it,
    add suffix to key, cache)`: a follow-up question and, in brackets closing its line, the
    writer's hint of its answer, of two words at least (`(jstack)` alone names no answer)."""
    found = _BRACKETED_ANSWER.match(line)
    if found is None or len(found["answer"].split()) < _MIN_HINT_WORDS:
        return None
    return found["question"].strip(), found["answer"].strip()


def _arrow_answer(node: Node, place: Place) -> list[Card] | None:
    """The card of a bullet's, a paragraph's or a one-paragraph quote's question answered
    after an arrow, what is under the bullet going on with the answer."""
    said = node.children[0] if node.type == "blockquote" and len(node.children) == 1 else node
    if said.type == "paragraph":  # or a quote of one: `> Likely exam question: why …? → …`
        text, rest = said.children[0].content, []
    elif node.type == "list_item" and node.line is not None:
        text, rest = node.line.content, node.below
    else:
        return None
    if "?" not in text and "？" not in text:
        return None  # nearly every line: no question (as arrow_answered would find)
    if node.type == "list_item":
        asked = lists_follow_ups(place.section.title) or asks_an_exercise(place)
    else:  # `Client … Action?` over `→ give the dose, …`: a paragraph under `## Practice Q`
        asked = names_only_practice(place.section.title)
    found = arrow_answered(text.strip(), asked=asked)
    if (
        found is None
        and node.type == "list_item"
        and asked
        and names_follow_ups(place.section.title)
    ):
        found = _answered_in_brackets(text.strip())
    if found is None or (place.section.children and opens_the_note(place.tree.root, place.section)):
        return None
    question, answer = found
    answer = "\n\n".join([answer, *(place.quote(child) for child in rest)])
    if not has_substance(answer):
        return None
    return [place.card(question, answer, node, answered_question)]


_SUMMARY = lazy(r"<summary[^>]*>(?P<summary>.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_DETAILS_TAG = lazy(r"</?details\b[^>]*>", re.IGNORECASE)
_WRAPPER = lazy(r"^<div\b[^>]*>(?P<inner>.*)</div>$", re.IGNORECASE | re.DOTALL)
_NOT_QUESTIONS = lazy(
    r"^(더\s*보기|펼치기|접기|보기|열기|코드|예제|예제\s*코드|예시|예시\s*코드|소스\s*코드|"
    r"(?:정답|답|해설|답변|풀이|(?:모범\s*)?답안)(?:\s*(?:보기|확인|펼치기))?|"
    r"(?:내|나의)\s*(?:풀이|답|답변)(?:\s*\([^()]*\))?|"
    r"click.*|show.*|see more|more|details?|expand|code|example|examples|answer|solution|"
    r"my\s+(?:answer|solution|attempt)(?:\s*\([^()]*\))?)$",
    re.IGNORECASE,
)
"""Summaries that only say "open me" (`답변 보기`, `Show answer`) or only whose answer it is
(`내 풀이 (두 번째 시도)`): what they fold stays part of the section's answer."""


_OFFERED_BEFORE = lazy(
    r"^(?:(?:답변|정답|답|해설|풀이)(?:\s*(?:보기|확인|펼치기))?|(?:show|see)\s+(?:the\s+)?"
    r"(?:answer|solution)|answer|solution)\s*[:：]\s*(?=\S)",
    re.IGNORECASE,
)
"""`답변 보기: 클로저를 설명하고 …`, `Show answer: …`: a summary opening on a label offering the
answer before the question it folds; the question is what follows."""


def details_question(block: Node, place: Place) -> list[Card] | None:
    """`<details><summary>ERD의 역사</summary>…</details>` → "ERD의 역사" ⟶ what it folds.

    A folded table of contents, or a `<details>` whose end lies past a heading, gives nothing.
    """
    if block.type != "html_block" or not _DETAILS_TAG.match(block.content.lstrip()):
        return None
    written = place.quote(block)
    summary = _SUMMARY.search(written)
    if summary is None or not _DETAILS_TAG.search(written[summary.end() :]):
        return []  # opened here and closed in a later section: only the tags are dropped
    question = plain(HTML_TAG.sub(" ", summary["summary"]))
    question = QUESTION_MARK.sub("", question, count=1).strip()  # `Q. …`: the writer's mark
    question = _OFFERED_BEFORE.sub("", question, count=1)  # `답변 보기: …`: a label to click
    body = _DETAILS_TAG.sub("", written[summary.end() :]).strip()
    wrapper = _WRAPPER.match(body)
    if wrapper:
        body = wrapper["inner"].strip()
    body = _answer_of_details(body)
    if _is_folded_contents(body) or not has_substance(body) or _folds_tasks(question, body):
        return []
    if (problem := folded_problem(body)) is not None:
        return [place.card(*problem, block, details_question)]
    if not question or _NOT_QUESTIONS.match(question):
        return None
    return [place.card(question, body, block, details_question)]


def _folds_tasks(summary: str, body: str) -> bool:
    """`<summary>TODO (정리할 거)</summary>` over `- [ ] Web Worker` / `- [ ] 프로토타입`: the
    writer's list of what is still to write, folded under a summary naming it; no question,
    and its tasks no answer."""
    if _TASKS_SUMMARY.match(summary) is None:
        return False
    lines = [line for line in body.splitlines() if line.strip()]
    return bool(lines) and all(_TASK_LINE.match(line) for line in lines)


_TASKS_SUMMARY = lazy(
    r"^\W*(?:to-?do|할\s*(?:일|것|거)|(?:정리|공부|작성)할\s*(?:것|거|목록)|backlog)\b",
    re.IGNORECASE,
)
_TASK_LINE = lazy(r"^\s*[-*+]\s+\[[ xX]\]\s")


_SPACING_LINES = lazy(
    r"^(?:[ \t]*(?:<br\s*/?>[ \t]*)?\n)+|(?:\n[ \t]*(?:<br\s*/?>[ \t]*)?)+$", re.IGNORECASE
)
"""`<br/>` lines opening or closing what a `<details>` folds: spacing below its summary."""


_OFFERS_THE_ANSWER = lazy(
    r"^(?:(?:정답|답|해설|풀이)(?:\s*(?:보기|확인))?|(?:show\s+(?:the\s+)?)?(?:answer|solution))$",
    re.IGNORECASE,
)
"""`정답 보기`, `답`, `Show answer`, `Solution`: a fold's summary only offering the answer."""
_CLOSING_FOLD = lazy(
    r"\n\n<details\b[^>]*>\s*<summary[^>]*>(?P<summary>[^<]*)</summary\s*>(?P<body>.*)"
    r"</details\s*>\s*$",
    re.IGNORECASE | re.DOTALL,
)
_ONE_BLOCK = lazy(r"^(?:(?P<fence>```|~~~)[^\n]*\n.*\n(?P=fence)|[^\n]+)$", re.DOTALL)
"""A fenced code block, or one line: the quiz a fold answers."""


def quiz_over_its_fold(card: Card) -> Card:
    """A card whose back is a quiz over a fold offering only its answer (code whose output
    is asked, then `<details><summary>정답 보기</summary>` over `start → a1 → b → …`), asked
    with the quiz on its front under its question and the fold's content as its back: with
    both on the back it quizzes nothing, and a card asking `정답 보기` asks nothing. Any
    other card as it is."""
    if "<details" not in card.answer:
        return card  # nearly every card
    fold = _CLOSING_FOLD.search(card.answer)
    if fold is None or not _OFFERS_THE_ANSWER.match(plain(fold["summary"]).strip()):
        return card
    quiz = card.answer[: fold.start()].strip("\n")
    body = _answer_of_details(fold["body"].strip("\n"))
    if not _ONE_BLOCK.match(quiz) or not has_substance(body):
        return card
    return replace(card, question=f"{card.question}\n\n{quiz}", answer=body)


_FOLD = lazy(
    r"<details\b[^>]*>\s*<summary[^>]*>(?P<summary>[^<]*)</summary\s*>(?P<body>.*?)</details\s*>",
    re.IGNORECASE | re.DOTALL,
)
_FOLDED_FOLLOW_UP = lazy(
    r"^[ \t]*(?:[^\w\s*_]{1,3}[ \t]*)?(?:\*\*|__)?(?:꼬리[ \t]*질문|추가[ \t]*질문|"
    r"follow[- ]?up(?:[ \t]+question)?)[ \t]*[:：][ \t]*(?P<question>[^\n]+?[?？])[ \t]*"
    r"(?:\*\*|__)?[ \t]*\n(?:[ \t]*\n)*[ \t]*<details\b[^>]*>\s*<summary[^>]*>(?P<summary>[^<]*)"
    r"</summary\s*>(?P<body>.*?)</details\s*>[ \t]*$",
    re.IGNORECASE | re.DOTALL | re.MULTILINE,
)
"""`🔁 **꼬리질문: 그럼 보안이 중요한 환경에서는?**` over `<details><summary>답변</summary>…`: a
follow-up question on a line of its own, its answer folded right under it."""


def follow_ups_apart(card: Card) -> list[Card]:
    """A question's card whose back goes on to follow-up questions, each on a line of its own
    with its answer folded under it (`🔁 **꼬리질문: 그럼 보안이 중요한 환경에서는?**` over
    `<details><summary>답변</summary>…</details>`): the first question keeps the back before
    them, and each follow-up is a card of its own, asked under the question it follows. One
    card of three answers is too long to recall, and asks two of them by nothing. Any other
    card, itself."""
    if "<details" not in card.answer or not card.question.rstrip().endswith(("?", "？")):
        return [card]  # nearly every card
    found = list(_FOLDED_FOLLOW_UP.finditer(card.answer))
    if not found:
        return [card]
    main = card.answer[: found[0].start()].strip()
    if not has_substance(main):
        return [card]  # the follow-ups are all the back says: it stays whole
    cards = [replace(card, answer=main)]
    for follow_up in found:
        body = _answer_of_details(follow_up["body"].strip("\n"))
        if has_substance(body):
            question = plain(follow_up["question"]).strip()
            cards.append(
                replace(
                    card, question=question, answer=body, context=(*card.context, card.question)
                )
            )
    return cards


_BLANK_LINES = lazy(r"\n{3,}")


def opened_folds(card: Card) -> Card:
    """A card whose back folds part of itself away under a summary that only says "open me"
    (`_NOT_QUESTIONS`: `<summary>더 보기</summary>` under an answer, `<summary>정답</summary>`
    over all of it), with each such fold opened: what it folds shown in its place, the tags
    and the summary gone. The back is the answer already; a label to click there hides part
    of it and asks nothing. A fold named by what it holds stays a fold."""
    if "<details" not in card.answer:
        return card  # nearly every card

    fenced = _fenced_spans(card.answer) if "```" in card.answer or "~~~" in card.answer else []

    def opened(fold: re.Match[str]) -> str:
        if not _NOT_QUESTIONS.match(plain(fold["summary"]).strip()):
            return fold[0]
        if any(start <= fold.start() < end for start, end in fenced):
            return fold[0]  # a fold written out in code shows how to write one, as it is
        body = _answer_of_details(fold["body"].strip("\n"))
        return f"\n\n{body}\n\n"

    answer = _FOLD.sub(opened, card.answer)
    if answer == card.answer:
        return card
    return replace(card, answer=_BLANK_LINES.sub("\n\n", answer).strip("\n"))


def _fenced_spans(text: str) -> list[tuple[int, int]]:
    """Where the fenced code blocks of a Markdown text stand, as offsets into it."""
    spans, fence, start, at = [], None, 0, 0
    for line in text.split("\n"):
        opening = FENCE.match(line)
        if fence is None and opening:
            fence, start = opening[1], at
        elif (
            fence is not None
            and opening
            and opening[1][0] == fence[0]
            and len(opening[1]) >= len(fence)
        ):
            spans.append((start, at + len(line)))
            fence = None
        at += len(line) + 1
    if fence is not None:
        spans.append((start, len(text)))
    return spans


def _answer_of_details(body: str) -> str:
    """What a `<details>` folds, as its back: without the spacing around it, and without the
    `A.` the writer marked the answer with (`> A. …` is a quote only to set the answer off:
    the back is the answer already)."""
    body = "\n".join(line.rstrip() for line in body.split("\n"))
    body = _SPACING_LINES.sub("", body)
    marked = _ANSWER_MARK.match(body)
    if marked is None:
        return body
    body = _ANSWER_MARK.sub(lambda match: match["lead"], body, count=1)
    lines = body.split("\n")
    if all(line.startswith(">") or not line.strip() for line in lines):
        body = "\n".join(line.removeprefix(">").removeprefix(" ") for line in lines)
    return body.strip()


def _is_folded_contents(body: str) -> bool:
    """A list of links into the page, folded away to save room: a table of contents."""
    nodes = Node(markdown_parser().parse(body)).children
    return bool(nodes) and all(is_table_of_contents(node) for node in nodes)


_BOXES = frozenset(("blockquote", "container_box", "admonition"))
_SETS_A_TASK = lazy(
    r"(?:spell|name|find|identify|write|give|convert|calculate|compute|label|analy[sz]e|"
    r"transpose|harmoni[sz]e|resolve|reali[sz]e|work out|draw|list|state|define|explain|"
    r"describe|compare|solve|derive|prove)\s+\S",
    re.IGNORECASE,
)
"""`Spell A♭ Lydian`, `Name the cadence`: a question box's title setting the task it asks,
not naming the box (`A question from the allotment meeting`, `Self-test (click)`)."""
_TITLE_ASKS = lazy(
    r"[?？]$|(?:까|인가|는가|나요)$|(?<=[가-힣] )(?:이유|차이점?)$"
    r"|^(?:why|how|what)\s+(?!(?:i|we|my|our)\b)\S|^(?:왜|어떻게|무엇|무슨)\s",
    re.IGNORECASE,
)
"""A box's title that asks: `Why not page on every error?`, `왜 아침에 줄까?`, `Why not one big
lock`, `How to read the plan`, `…를 쓰는 이유`; not one telling of the writer (`How I lay them
out`), nor `Which one` (a choice with no question mark names the box's topic)."""
_TITLE_MARK = lazy(r"^(?:interview\s+)?q\s*\d*\s*[.:)]\s*(?=\S)", re.IGNORECASE)
"""`Interview q: why not …?`, `Q. …`: the writer's mark of a question, not part of it."""


def title_asks(title: str) -> bool:
    """Whether a box's title is a question, of two words or more (`Why?` alone asks
    nothing of its own)."""
    title = title.strip().rstrip(" :")
    return len(title.split()) > 1 and _TITLE_ASKS.search(title) is not None


def callout_question(block: Node, place: Place) -> list[Card] | None:
    """A box whose title asks, over its answer, however it is drawn (`??? note "Why not …?"`
    in MkDocs, `:::tip How do you …?` in Docusaurus, `> [!tip] 왜 …?` in Obsidian), or an
    Obsidian box of questions with a title (`> [!question] B-트리란?`, `[!faq]`): a card
    asking it, the box's body its answer. The box is on a point of its own, which leaves
    the heading's answer. A box in the page's opening (`:::info Why this page exists`) is
    about the page: no card."""
    if block.type not in _BOXES:
        return None
    parts = box_parts(block, place.tree.lines)
    if parts is None:
        return None
    kind, title, answer = parts
    question = _TITLE_MARK.sub("", EMOJI.sub("", title).strip())
    if not question or not answer:
        return None
    if block.type == "blockquote" and kind.lower() in QUESTION_TYPES:
        pass  # `> [!question] 연습문제`: Obsidian's box of a question, whatever its title says
    elif (
        block.type == "admonition"
        and kind.lower() in QUESTION_TYPES
        and _SETS_A_TASK.match(plain(question))
    ):
        pass  # `??? question "Spell A♭ Lydian"`: MkDocs' box of a question, its title a task
    elif (
        block.type == "admonition"
        and kind.lower() in QUESTION_TYPES
        and (question != EMOJI.sub("", title).strip() or asks_a_difference(question))
    ):
        pass  # `??? question "Q. fetch join vs 일반 join"`: marked a question, or asking how
        # two differ (`Q. @EntityGraph 와 fetch join 차이`), in a box of questions
    elif not title_asks(plain(question)) or (
        place.section.children and opens_the_note(place.tree.root, place.section)
    ):
        return None
    if names_own_pending(plain(question)):
        return None  # `> [!question] 나중에 확인`: what the writer means to look into, no question
    if question[:1].islower() and question[:1].isascii() and title[:1] != question[:1]:
        question = question[0].upper() + question[1:]  # `Interview q: why not …?` → `Why not …?`
    return [place.card(question, answer, block, callout_question)]
