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

_QUESTION_LEAD = lazy(r"^[✅❓❔🙋★]*\s*(?P<q>Q\s*\d*\s*[.:)]?\s+|Q\d+\s*)?", re.IGNORECASE)
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
            rest = _rest_of(text) if node.type == "paragraph" else ""
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
        line = node.children[0].content.strip().partition("\n")[0]
        lines = [_asked_in_bold(line)[0]]
    elif node.type in LIST_TYPES and not any(item.below for item in node.children):
        lines = [item.line.content.strip() if item.line else "" for item in node.children]
    else:
        return []
    questions = [_question(line) for line in lines]
    return [] if None in questions else questions  # type: ignore[return-value]


_BOLD_QUESTION = lazy(
    r"^[ \t]*(\*\*(?:[^*\n]+?[?？]|[✅❓❔🙋★ \t]*Q[ \t]*\d*[ \t]*[.:)][^*\n]+?)\*\*)[ \t]*(\S.*)$"
)


def _asked_in_bold(line: str) -> tuple[str, str]:
    """`**Q: How does Python look up a name?** LEGB: …`: a line opening on a question in
    bold answered after it on the same line, as the question and what answers it; any other
    line is asked whole."""
    match = _BOLD_QUESTION.match(line)
    if match is None or not _BREAK.sub("", match[2]).strip():
        return line, ""  # `**✅ … 두나요?**<br><br>`: its answer on the lines below
    return match[1], match[2]


def _rest_of(text: str) -> str:
    """What a paragraph opening on a question says after it: the rest of its first line,
    when the question stands in bold before it, and its lines below."""
    first, _, below = text.strip().partition("\n")
    return "\n".join(part for part in (_asked_in_bold(first)[1], below.strip()) if part)


_CODE_SPAN = lazy(r"`([^`\n]+)`")
_MARK_ONLY = lazy(r"[✅❓❔🙋★]*\s*Q\s*\d*\s*[.:)]?\s*", re.IGNORECASE)
_KEPT = {"`": "\0", "_": "\1", "*": "\2"}
_UNKEPT = str.maketrans({kept: mark for mark, kept in _KEPT.items()})


def _kept_code(span: re.Match[str]) -> str:
    """A code span with the marks `plain` would take away held apart, for `_UNKEPT`; a
    question's mark set as code (`` `Q1.` ``) is only its mark, dropped with it."""
    if _MARK_ONLY.fullmatch(span[1]):
        return span[1]
    return "".join(_KEPT.get(char, char) for char in span[0])


def _question(line: str) -> str | None:
    # `What does `__slots__` do?`: a code span kept as written, its underscores no bold
    line = _CODE_SPAN.sub(_kept_code, line)
    words = plain(_BREAK.sub(" ", line)).translate(_UNKEPT)
    marked = _QUESTION_LEAD.match(words)
    question = words[marked.end() :].strip()
    return question if question and (asks(question) or marked["q"]) else None
