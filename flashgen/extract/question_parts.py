"""A section of questions with their answers (`## 예상 질문`), asked a card a question.

`예상 질문` alone asks nothing: each question under it (`**Q1** 로드밸런싱이란?`) is asked
with what stands under it, up to the next question. So is each of a run of the writer's
questions set in bold, under any heading (`**Q: list vs tuple?**`, `**Why not SHA-256?**
Too fast …`).
"""

from __future__ import annotations

import re

from flashgen.extract.apart import answer_part
from flashgen.extract.place import Place, plain
from flashgen.extract.qa import POINTS_BACK
from flashgen.extract.sizes import Block
from flashgen.extract.skip import asks, has_substance, is_question_section, is_questions_to_ask
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import EMOJI

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


def _asked_in_bold(line: str) -> tuple[str, str]:
    """`**Q: How does Python look up a name?** LEGB: …`: a line opening on a question in
    bold (asking, or marked as one) answered after it on the same line, as the question
    and what answers it; any other line is asked whole."""
    opened = _opening_bold(line)
    if opened is None or not opened[1]:
        return line, ""  # `**✅ … 두나요?**<br><br>`: its answer on the lines below
    question = opened[0]
    return opened if question.endswith(("?", "？")) or _OWN_MARK.match(question) else (line, "")


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


_OPENING_BOLD = lazy(
    r"^\*\*(?P<bold>(?:`[^`\n]*`|[^*`\n]|\*(?!\*))+?)\*\*"
    r"[ \t]*(?:<br\s*/?>\s*)*(?:[—–-][ \t]+)?(?P<rest>[\s\S]*)$"
)
"""`**★ Q: What are `*args` and `**kwargs`?** — easy. …`: a paragraph opening on a phrase
set in bold (its code may hold stars), then what the paragraph says after it, past the
dash or the breaks (`<br><br>`) setting it apart."""
_OWN_MARK = lazy(rf"^(?:{EMOJI.pattern}|\s)*Q\s*\d*\s*(?:\([^()\n]*\)\s*)?[.:)]\s*")
"""`★ Q: `, `Q1. `, `Q (live coding): `: the writer's mark of a question of their own."""
_MIN_RUN = 2
_MIN_WORDS = 2
_CODE = ("fence", "code_block")


def bold_questions_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """The blocks the heading's card keeps, and a card for each of a run of the writer's
    questions set in bold, as a paragraph of their own or opening one (`**★ Q: `is` vs
    `==`?**` over its answer, `**Why is a salt not secret?** Its job is …`): marked `Q:`,
    `Q.`, `Q1.`, or asking. Each question's answer is the rest of its paragraph and the
    blocks after it up to the next question, its `A:` mark dropped; code between the
    question and its marked answer is what the question asks about (`**Q: What's the
    output?**` over the code, then `A: …`), on the front. Read as one answer, or in parts
    named by the few questions without a `?`, the questions ran into each other. What
    stands before the first question stays; none is taken from fewer than two such
    questions, nor when one has no answer or asks alone nothing (`**Why?**`, `**Does this
    look familiar?**`)."""
    starts = [
        (index, asked)
        for index, (node, text) in enumerate(own)
        if node.type == "paragraph" and (asked := _bold_question(text)) is not None
    ]
    if len(starts) < _MIN_RUN:
        return own, []
    cards = []
    for number, (index, (question, rest)) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(own)
        blocks = own[index + 1 : end]
        code = next((at for at, (node, _) in enumerate(blocks) if node.type not in _CODE), 0)
        if rest or not code or not _ANSWER_LEAD.match(blocks[code][1]):
            code = 0  # code under a question with no answer marked after it answers it
        front = "\n\n".join([question, *(text for _, text in blocks[:code])])
        texts = [rest] if rest else []
        answer = "\n\n".join([*texts, *(text for _, text in blocks[code:])])
        answer = _ANSWER_LEAD.sub(r"\g<lead>", answer).strip()
        if not has_substance(answer):
            return own, []
        cards.append(answer_part(front, answer, own[index][0], place))
    return own[: starts[0][0]], cards


def _opening_bold(text: str) -> tuple[str, str] | None:
    """The phrase a paragraph or a line opens on in bold, and what it says after it."""
    found = _OPENING_BOLD.match(text.strip())
    return None if found is None else (found["bold"].strip(), found["rest"].strip())


def _bold_question(text: str) -> tuple[str, str] | None:
    """The question a paragraph opens on in bold, without its marks, and the rest of the
    paragraph; None when its bold phrase is no question of the writer's."""
    opened = _opening_bold(text)
    if opened is None:
        return None
    question, rest = opened
    marked = _OWN_MARK.match(question)
    if marked is not None:
        question = question[marked.end() :]
    words = plain(question)
    if not (marked or asks(words)) or len(words.split()) < _MIN_WORDS or POINTS_BACK.match(words):
        return None
    return question, rest
