"""A section of questions with their answers (`## 예상 질문`), asked a card a question.

`예상 질문` alone asks nothing: each question under it (`**Q1** 로드밸런싱이란?`) is asked
with what stands under it, up to the next question.
"""

from __future__ import annotations

import re

from flashgen.extract.apart import answer_part
from flashgen.extract.place import Place, plain
from flashgen.extract.sizes import Block
from flashgen.extract.skip import asks, has_substance, is_question_section, is_questions_to_ask
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node

_QUESTION_LEAD = lazy(r"^[✅❓❔🙋]*\s*(?P<q>Q\s*\d*\s*[.:)]?\s+|Q\d+\s*)?", re.IGNORECASE)
"""`Q1 `, `Q. `, `✅`: what marks a line as a question, not part of it."""
_ANSWER_LEAD = lazy(
    r"^(?P<lead>[ \t]*>?[ \t]*)(?:(\*\*|`)A\s*\d*\s*[.:)]?(\*\*|`)|A\s*\d*\s*[.:)]|A\d+)[ \t]*"
)
"""`> **A1** …`, `A. …`: the mark of an answer, which the back need not repeat."""
_BREAK = lazy(r"(<br\s*/?>\s*)+", re.IGNORECASE)


def question_section_apart(own: list[Block], place: Place) -> list[Card]:
    """`## 예상 질문` over `**Q1** 로드밸런싱이란?` and its answer, then `**Q2** …` and its
    answer: a card for each question, with what stands under it up to the next question.
    A student asks each on its own; `예상 질문` alone asks nothing. Only when the section's
    answer starts with a question; a question with nothing under it (one of a list of them,
    the last answered below) gives no card, as it gives none anywhere."""
    if not own or not is_question_section(place.path[-1]) or is_questions_to_ask(place.path[-1]):
        return []  # questions to ask the interviewer are the heading's answer
    asked: list[tuple[str, Node, list[str]]] = []
    for node, text in own:
        questions = _questions(node)
        if questions:
            rest = text.strip().partition("\n")[2].strip() if node.type == "paragraph" else ""
            asked.extend((question, node, []) for question in questions)
            if rest:
                asked[-1][2].append(rest)
        elif asked:
            asked[-1][2].append(text)
        else:
            return []
    cards = []
    for question, node, texts in asked:
        answer = _ANSWER_LEAD.sub(r"\g<lead>", "\n\n".join(texts)).strip()
        if has_substance(answer):
            cards.append(answer_part(question, answer, node, place))
    return cards


def _questions(node: Node) -> list[str]:
    """The questions a block asks, without their marks (`**Q1** 로드밸런싱이란?` →
    `로드밸런싱이란?`): a paragraph's first line, or each item of a list of bare questions;
    none when it asks nothing."""
    if node.type == "paragraph":
        lines = [node.children[0].content.strip().partition("\n")[0]]
    elif node.type in LIST_TYPES and not any(item.below for item in node.children):
        lines = [item.line.content.strip() if item.line else "" for item in node.children]
    else:
        return []
    questions = [_question(line) for line in lines]
    return [] if None in questions else questions  # type: ignore[return-value]


def _question(line: str) -> str | None:
    words = plain(_BREAK.sub(" ", line))
    marked = _QUESTION_LEAD.match(words)
    question = words[marked.end() :].strip()
    return question if question and (asks(question) or marked["q"]) else None
