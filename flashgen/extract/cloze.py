"""Bold key phrases → cloze cards: the sentence with each bolded phrase hidden in turn.

A writer bolds what they want to remember. The sentence around the phrase is the cue,
so it must say enough on its own (with its section and label as context): a bold that
is the whole line, a heading-like label or the term of a definition is emphasis, not a
gap to fill.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from flashgen.extract.explicit import HIGHLIGHT
from flashgen.extract.place import Place, is_short_label, is_statement, plain
from flashgen.extract.sections import comparison_sides
from flashgen.extract.skip import asks
from flashgen.model import Card, CardKind
from flashgen.parse import EMOJI, unwrap_brackets, unwrap_strong
from flashgen.syntax import Node

_BOLD = re.compile(r"\*\*(?=\S)(?P<a>.+?)(?<=\S)\*\*|(?<!\w)__(?=\S)(?P<u>.+?)(?<=\S)__(?!\w)")
_CODE_SPAN = re.compile(r"(`+).*?\1")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+(?=\S)|\n")
_MAY_END = re.compile(r"[.!?。\n]")
_TERM = re.compile(r"^(?P<term>.{1,60}?)(\s*[:：]|\s+(-|–|—|->|=>|→|⇒))\s")
"""The term of a `term: definition` line, which is the front of a card of its own."""
_WORD = re.compile(r"\w{2,}")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_NOT_CUE = re.compile(r"`[^`]*`|\([^)]*\)|\]\([^)]*\)|https?://\S+|<[^>]+>")
"""Code, asides in parentheses, link targets and tags: no words to recall a phrase from."""
_PARENTHESES = re.compile(r"\([^)]*\)")
_BREAK = re.compile(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)
_LEADING_SYMBOLS = re.compile(rf"^(?:\s|{EMOJI.pattern}|[\u2190-\u21ff]|->|=>)+")
"""Emoji and arrows a writer puts before a line (`👉`, `->`): pointers, not words to read."""

_SIGNPOST = re.compile(
    r"((알아|살펴)(보자|보겠다|보겠습니다|보려고 한다|볼 것이다|봅시다)|"
    r"(다음과|아래와) 같(다|습니다)|"
    r"as follows|the following|below)\W*$",
    re.IGNORECASE,
)
"""`…을 알아보자.`, `…은 다음과 같다.`: a sentence that announces what follows states nothing
to recall; what follows is the answer."""

MAX_PHRASE_CHARS = 60
MAX_SENTENCE_CHARS = 300
MIN_CUE_WORDS = 2
"""Words outside the hidden phrases: fewer, and the sentence gives the student no cue."""
MAX_CLOZES = 4
"""More gaps than this in one sentence leave nothing to read."""


def bold_cloze(blocks: list[Node], place: Place) -> list[Card]:
    """`- **Single Point of Failure** 발생 가능` → "{{c1::Single Point of Failure}} 발생 가능"."""
    cards = []
    sides = comparison_sides(place.section.title)
    for inline, labels in _lines(blocks, (), sides, _bold_lines(blocks, place.tree.lines)):
        content = inline.content
        context = (*place.path, *labels)
        for sentence in _sentences(_BREAK.sub(" ", content) if "<" in content else content):
            text = _cloze_text(sentence, context)
            if text is not None:
                cards.append(
                    Card(
                        deck=place.path,
                        context=context,
                        question=text,
                        answer="",
                        source=place.tree.note.name,
                        line=inline.map[0] + 1 if inline.map else place.section.line,
                        rule="bold_cloze",
                        kind=CardKind.CLOZE,
                    )
                )
    return cards


def _lines(
    nodes: list[Node], labels: tuple[str, ...], sides: tuple[str, ...], bold: list[int]
) -> Iterator[tuple[Node, tuple[str, ...]]]:
    """Each paragraph's inline text with the labels of the list items it stands under:
    those with bold in them, since only bold makes a gap."""
    for node in nodes:
        if not _may_be_bold(node, bold):
            continue  # most blocks and items have no bold: their labels need not be read
        if node.type == "paragraph":
            yield node.children[0], labels
        elif node.type in ("bullet_list", "ordered_list"):
            for item in node.children:
                if not _may_be_bold(item, bold):
                    continue
                text, rest = item.line, item.below
                if text is not None and _has_bold_marks(text.content):
                    yield text, labels
                if rest:
                    yield from _lines(rest, (*labels, *_label_of(text, sides)), (), bold)
        elif node.type == "blockquote":
            yield from _lines(node.children, labels, sides, bold)


def _bold_lines(blocks: list[Node], source: tuple[str, ...]) -> list[int]:
    """The numbers of the lines the blocks were written on that hold a bold mark (`**`,
    `__`), in order: each line is looked at once, not again for each item it belongs to."""
    spans = [block.map for block in blocks if block.map is not None]
    if not spans:
        return []
    start, end = min(span[0] for span in spans), max(span[1] for span in spans)
    return [number for number in range(start, end) if _has_bold_marks(source[number])]


def _may_be_bold(node: Node, bold: list[int]) -> bool:
    """Whether any line a block or item was written on holds a bold mark at all."""
    if node.map is None:
        return True
    start, end = node.map
    first = bisect_left(bold, start)
    return first < len(bold) and bold[first] < end


def _has_bold_marks(text: str) -> bool:
    return "**" in text or "__" in text


def _label_of(text: Node | None, sides: tuple[str, ...]) -> tuple[str, ...]:
    """How an item's children are asked about: the side of a comparison, the term of a
    definition, or the item itself when it is a label (`장점`), not a statement."""
    if text is None:
        return ()
    line = plain(unwrap_strong(text.content.strip()))
    side = next((s for s in sides if line.casefold().startswith(s.casefold())), None)
    term = _TERM.match(line)
    label = unwrap_brackets(side or (term["term"] if term else line.removesuffix(":")).strip())
    return (label,) if is_short_label(label) and not is_statement(label) else ()


def _sentences(content: str) -> Iterator[str]:
    """The sentences of a paragraph, never cutting through a bold phrase."""
    # Most lines hold no sentence end: seen with one scan, not by trying the pattern at each.
    ends = list(_SENTENCE_END.finditer(content)) if _MAY_END.search(content) else []
    bold = [match.span() for match in _BOLD.finditer(content)] if ends else []
    bold_starts = [span[0] for span in bold]
    start = 0
    for end in ends:
        # The one bold phrase that may hold this end is the last to open before it.
        inside = bisect_left(bold_starts, end.start()) - 1
        if inside >= 0 and end.start() < bold[inside][1]:
            continue
        yield _LEADING_SYMBOLS.sub("", content[start : end.start()]).strip()
        start = end.end()
    yield _LEADING_SYMBOLS.sub("", content[start:]).strip()


def _cloze_text(sentence: str, context: tuple[str, ...]) -> str | None:
    """The sentence with each bold phrase as `{{cN::…}}`, or None when it makes no card.

    A phrase the context line already names (`HTTPS` under `## HTTPS란?`) is no gap to fill."""
    if not _has_bold_marks(sentence):
        return None  # no bold, no gap: the other sentences of a line with bold in it
    words = plain(sentence)
    if len(sentence) > MAX_SENTENCE_CHARS or asks(words):
        return None  # a question in the notes asks already; a gap in it asks nothing
    if _SIGNPOST.search(words):
        return None
    if "{{c" in sentence or ("==" in sentence and HIGHLIGHT.search(sentence)):
        return None  # the writer chose the gaps already (`{{c1::…}}`, `==…==`)
    numbers: dict[str, int] = {}
    hidden = []
    code = [span.span() for span in _CODE_SPAN.finditer(sentence)] if "`" in sentence else []
    for match in _BOLD.finditer(sentence):
        if any(start < match.end() and match.start() < end for start, end in code):
            continue  # `__name__` is code, not bold
        phrase = match["a"] or match["u"]
        if not _is_key_phrase(sentence, match, phrase) or _names(context, plain(phrase)):
            continue
        numbers.setdefault(phrase, len(numbers) + 1)
        hidden.append(match)
    if not numbers or len(numbers) > MAX_CLOZES:
        return None
    parts, last = [], 0
    for match in hidden:
        phrase = match["a"] or match["u"]
        parts.append(sentence[last : match.start()])
        parts.append(f"{{{{c{numbers[phrase]}::{phrase}}}}}")
        last = match.end()
    parts.append(sentence[last:])
    cue = "".join(part for part in parts if not part.startswith("{{c"))
    cue = _NOT_CUE.sub(" ", _BOLD.sub(" ", cue))
    if len(_WORD.findall(cue)) < MIN_CUE_WORDS:
        return None
    return "".join(parts).strip()


def _names(context: tuple[str, ...], phrase: str) -> bool:
    """Whether a heading or label of the context is the phrase (`HTTPS`, `HTTPS란?`,
    `Hoisting 이란?`, `HTTPS (보안)`), ignoring case."""
    return any(_title_names(title.strip(), phrase) for title in context)


_NAMED_AFTER = re.compile(r"(\s*(\(|이란|란|\?)|$)")
"""What may follow the phrase in a title that names it."""


def _title_names(title: str, phrase: str) -> bool:
    """`_naming(phrase).match(title)`, decided with string comparisons where they give the
    same answer: compiling a pattern for each bold phrase was most of the rule's time in
    real notes, where few phrases repeat."""
    size = len(phrase)
    head = title[:size]
    if len(head) < size or not _NAMED_AFTER.match(title, size):
        return False
    if head == phrase:
        return True
    if phrase == phrase.lower() == phrase.upper():
        return False  # no letter with a case (`통신`): only the same characters match
    if head.isascii() and phrase.isascii():
        return head.lower() == phrase.lower()
    return _naming(phrase).match(title) is not None  # the rare rest: the pattern decides


@lru_cache(maxsize=1024)
def _naming(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(phrase)}{_NAMED_AFTER.pattern}", re.IGNORECASE)


def _is_key_phrase(sentence: str, match: re.Match[str], phrase: str) -> bool:
    words = plain(phrase)
    if len(words) > MAX_PHRASE_CHARS or "{{" in phrase or "](" in phrase:
        return False
    if not _LETTER_OR_DIGIT.search(words):
        return False  # `**→**`, a bold `*`: nothing to recall
    before, after = sentence[: match.start()], sentence[match.end() :]
    term = _TERM.match(sentence)
    if term and match.end() <= term.end("term") and len(plain(term["term"]).split()) <= 6:
        return False  # `**ROLLBACK** : 변경 취소`: the term is the front of its own card
    if not before.strip() and not _PARENTHESES.sub("", plain(after)).strip(" .:!?"):
        return False  # the whole line is bold: emphasis of the line, asked from its context
    if not before.strip() and words.endswith((".", "!", "。")):
        return False  # a whole sentence in bold, before another: emphasis, not a gap
    if "?" in words:
        return False  # `**DMZ가 뭐에요?**` quotes a question
    return not words.endswith(":")  # `**Definition:**` opens a definition
