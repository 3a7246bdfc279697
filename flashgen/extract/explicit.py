"""Recognisers of the flashcard syntaxes writers already use: the cards they wrote themselves.

They run before every other rule, so an explicit card is taken exactly as written and
never read again as a `term: definition` or a label. None of them looks inside code, math,
links or `:emoji:` codes, and a `::` glued between two words (`std::vector`,
`Class::method`) is a scope operator, not a card.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flashgen.extract.place import ItemRule, Place
from flashgen.extract.qa import arrow_answered
from flashgen.model import (
    CLOZE_CLOSE,
    CLOZE_OPEN,
    Card,
    CardKind,
    CardsMode,
    Section,
    cloze_numbers,
)
from flashgen.patterns import lazy
from flashgen.syntax import Node, neighbours
from flashgen.text import highlighted_whole, unwrap_strong

# --- Where a syntax may not be: code, math, links, tags, `:emoji:` ------------------------

_NOT_PROSE = lazy(
    r"(?P<ticks>`+).*?(?P=ticks)"  # `code`
    r"|\$\$.*?\$\$|\$[^$\n]+\$"  # $math$
    r"|\]\([^)]*\)"  # a link's target
    r"|<[^>\n]*>"  # <html> and <autolinks>
    r"|\b[a-z][a-z0-9+.-]*://\S+"  # bare URLs
    r"|(?<![\w:]):[a-z0-9_+-]*[a-z][a-z0-9_+-]*:(?!\w)",  # :emoji: shortcodes
    re.DOTALL,
)
_ANKI_CLOZE = lazy(CLOZE_OPEN + ".+?" + CLOZE_CLOSE, re.DOTALL)


def masked(markdown: str) -> str:
    """The Markdown with everything that is not prose blanked, at the same positions."""
    return _NOT_PROSE.sub(lambda m: "\0" * len(m.group(0)), markdown)


# --- question::answer and question:::answer (Obsidian Spaced Repetition) -------------------

_SEPARATOR = lazy(r"(?<!:):{2,3}(?!:)")


def inline_pair(node: Node, place: Place) -> list[Card] | None:
    """`question::answer` → a card; `question:::answer` → also asked the other way round.

    Each line of a paragraph or a list item's own text must be such a pair: a `::` in the
    middle of prose is something else. A `::` glued between two words is the scope operator
    of C++, Rust, PHP or Java (`std::vector`, `Class::method`), so it separates a card only in
    a note that declares its cards: `#flashcards` or `cards: explicit`. Anywhere else a card
    is written with a space or a `?` before the separator: `TCP :: Transmission Control
    Protocol`, `What does TCP guarantee?::Order`.
    """
    text, rest = _own_text(node)
    if text is None or "::" not in text:
        return None
    lines = text.split("\n")
    pairs = [_pair(line, glued_ok=False) for line in lines]
    if not all(pairs) and _writes_glued_pairs(place):
        pairs = [_pair(line, glued_ok=True) for line in lines]
    if not all(pairs):
        return None
    extra = _quoted(rest, place)
    cards = []
    for question, answer, reversed_ in pairs:
        card = place.card(
            question,
            "\n\n".join(filter(None, [answer, extra])),
            node,
            inline_pair,
            as_written=True,
        )
        cards.append(_with_kind(card, CardKind.REVERSED if reversed_ else CardKind.BASIC))
    return cards


def _blank_clozes(line: str) -> str:
    """The line with each `{{cN::…}}` blanked out, its `::` no separator."""
    # None closes past the last `}}`: looking there too would take quadratic time.
    end = line.rfind("}}") + 2
    return _ANKI_CLOZE.sub(lambda m: "\0" * len(m.group(0)), line[:end]) + line[end:]


def _pair(line: str, glued_ok: bool) -> tuple[str, str, bool] | None:
    hidden = masked(_blank_clozes(line))
    separators = list(_SEPARATOR.finditer(hidden))
    if len(separators) != 1:
        return None
    start, end = separators[0].span()
    reverse = end - start == 3  # `:::` is no operator of any language
    question, answer = line[:start].strip(), line[end:].strip()
    if not question or not answer:
        return None
    before, after = hidden[start - 1 : start], hidden[end : end + 1]
    if not reverse and (after.isalnum() or after == "_"):
        if before.isspace():
            return None  # `클래스이름 ::new`: a Java method reference
        glued = before.isalnum() or before == "_"
        if glued and (not glued_ok or _SCOPE.match(f"{question}::{answer}")):
            return None  # `std::vector`, `Class::method()`, `클래스이름::메소드이름`
    return question, answer, reverse


_SCOPE = lazy(r"^[A-Za-z_]\w*::[A-Za-z_~]\w*(?:$|[^\w\s])", re.ASCII)
"""`std::vector<int>`, `Class::method()`, `std::vector는`: an identifier glued to what follows."""


# --- Q: / A: lines ---------------------------------------------------------------------------

_QUESTION_LINE = lazy(r"^Q\s*[:：]\s*(?P<text>\S.*)$", re.DOTALL)
_ANSWER_LINE = lazy(r"^A\s*[:：]\s*(?P<text>\S.*)$", re.DOTALL)
_QA = lazy(
    r"^Q\s*[:：]\s*(?P<question>\S.*?)(?:\n\s*|(?<=[?？])[ \t]+)A\s*[:：]\s*(?P<answer>\S.*)$",
    re.DOTALL,
)


def question_answer(node: Node, place: Place) -> list[Card] | None:
    """`Q: …` then `A: …`, on the next line, in the next paragraph or the next list item, or
    after the question's `?` on its line (`Q: Is a write slower? A: Yes, …`).

    A list item `Q: …` with no `A:` is answered by what is written under it (`- Q: Net ATP
    from stearate?` over `  - **120**`); any other `Q:` with no `A:` makes no card (nothing
    to put on the back); one answered after an arrow without an `A:` (`Q: …? -> …`, or
    `-> …` on the line under it) is no card in this syntax: qa.answered_question reads it.
    An `A:` taken by the `Q:` before it makes none of its own.
    """
    text, rest = _own_text(node)
    if text is None or not text.startswith(("Q", "A")):
        return None  # every line this rule reads starts so
    both = _QA.match(text)
    if both:
        answer = "\n\n".join(filter(None, [both["answer"], _quoted(rest, place)]))
        return [place.card(both["question"], answer, node, question_answer, as_written=True)]
    question = _QUESTION_LINE.match(text)
    if question:
        answer_node = _answer_after(node, rest, place)
        if answer_node is None:
            if "\n" in question["text"].strip() or arrow_answered(text):
                return None  # `Q: …? -> …`: answered after an arrow (qa.answered_question)
            if rest and node.type == "list_item":  # `- Q: …?` over its answer, `  - **C**`
                answer = _quoted(rest, place)
                return [
                    place.card(question["text"], answer, node, question_answer, as_written=True)
                ]
            return []
        answer_text, answer_rest = _own_text(answer_node)
        answer = _ANSWER_LINE.match(answer_text or "")["text"]
        answer = "\n\n".join(filter(None, [answer, _quoted(answer_rest, place)]))
        return [place.card(question["text"], answer, node, question_answer, as_written=True)]
    before = _neighbours(node, place)[0] if _ANSWER_LINE.match(text) else None
    if before is not None:
        previous, previous_rest = _own_text(before)
        lone_question = previous and _QUESTION_LINE.match(previous) and not _QA.match(previous)
        if lone_question and not previous_rest:
            return []  # the `Q:` before took it as its answer
    return None


def _answer_after(node: Node, rest: list[Node], place: Place) -> Node | None:
    """The `A:` answering a `Q:`: the first item of the list under it, or the next block."""
    if rest:
        first = rest[0].children[0] if rest[0].type.endswith("_list") else rest[0]
    else:
        first = _neighbours(node, place)[1]
    text, _ = _own_text(first) if first is not None else (None, [])
    return first if text and _ANSWER_LINE.match(text) else None


# --- Multi-line question / ? / answer (Obsidian Spaced Repetition) ------------------------

_MULTILINE_SEPARATORS = ("?", "??")


def multiline_question(node: Node, place: Place) -> list[Card] | None:
    """Question lines, a `?` line, answer lines: a card; `??` asks both ways."""
    text, rest = _own_text(node)
    if text is None or "?" not in text or "\n" not in text:
        return None  # no `?` line between two others
    lines = text.split("\n")
    marks = [i for i, line in enumerate(lines) if line.strip() in _MULTILINE_SEPARATORS]
    if len(marks) != 1 or not 0 < marks[0] < len(lines) - 1:
        return None
    mark = marks[0]
    question, answer = "\n".join(lines[:mark]), "\n".join(lines[mark + 1 :])
    answer = "\n\n".join(filter(None, [answer, _quoted(rest, place)]))
    card = place.card(question, answer, node, multiline_question, as_written=True)
    return [_with_kind(card, CardKind.REVERSED if lines[mark].strip() == "??" else CardKind.BASIC)]


# --- ==highlight== and {{c1::…}} clozes -----------------------------------------------------

MAX_HIGHLIGHT_CHARS = 1000
"""Longer is no gap to recall, and the bound keeps a line of unclosed `==` from taking
time growing with the square of its length."""

HIGHLIGHT = lazy(
    rf"(?<![=A-Za-z0-9_])==(?=[^\s=])(?P<text>.{{1,{MAX_HIGHLIGHT_CHARS}}}?)(?<=[^\s=])==(?![=A-Za-z0-9_])"
)


def cloze(node: Node, place: Place) -> list[Card] | None:
    """`==phrase==` and `{{c1::phrase}}` / `{{c1::phrase::hint}}` hide the phrase.

    The text is one cloze card: each deletion is asked in turn (highlights are numbered
    after any `{{cN::…}}` already there), with the section as context. A text highlighted
    whole (`- ==TLB miss ≠ page fault==`) is the writer's emphasis, not a gap: it would ask
    nothing but `[…]`, and stays in its heading's answer.
    """
    text, rest = _own_text(node)
    if text is None or ("==" not in text and "{{c" not in text):
        return None
    hidden = masked(text)
    numbers = cloze_numbers(hidden)  # from c1: a `{{c0::…}}` alone makes no card
    highlights = list(HIGHLIGHT.finditer(hidden))
    if not numbers and not highlights:
        return None
    if not numbers and highlighted_whole(hidden.strip()):
        return None  # `- ==TLB miss ≠ page fault==`: the whole line marked, nothing left to ask by
    number, pieces, last = max(numbers, default=0), [], 0
    for match in highlights:
        number += 1
        phrase = text[match.start("text") : match.end("text")]
        pieces += [text[last : match.start()], "{{c" + str(number) + "::" + phrase + "}}"]
        last = match.end()
    text = "".join([*pieces, text[last:]])
    card = place.card(text, _quoted(rest, place), node, cloze, as_written=True)
    return [_with_kind(card, CardKind.CLOZE)]


# --- mdanki: `## front`, a `%` line, then the back ----------------------------------------


def mdanki_card(section: Section, place: Place) -> list[Card] | None:
    """A section with a `%` line: the heading and what precedes `%` ask, what follows
    answers. It stands in its parent's deck, as one card, not as a deck of its own."""
    if section.level == 0:
        return None
    for index, block in enumerate(section.blocks):
        if block.type != "paragraph" or "%" not in block.children[0].content:
            continue
        lines = block.children[0].content.split("\n")
        if "%" in (line.strip() for line in lines):
            mark = [line.strip() for line in lines].index("%")
            front = [*(place.quote(b) for b in section.blocks[:index]), "\n".join(lines[:mark])]
            back = [
                "\n".join(lines[mark + 1 :]),
                *(place.quote(b) for b in section.blocks[index + 1 :]),
            ]
            break
    else:
        return None
    deck = place.path[:-1]
    return [
        Card(
            deck=deck,
            context=deck,
            question="\n\n".join(filter(None, [section.title_markdown, *front])).strip(),
            answer="\n\n".join(filter(None, back)).strip(),
            note_name=place.tree.note.name,
            line=section.line,
            rule=mdanki_card.__name__,
        )
    ]


# --- Obsidian_to_Anki: START / note type / fields / END, and STARTI [type] … ENDI ---------

_NOTE_START, _NOTE_END = "START", "END"
_INLINE_NOTE = lazy(r"^STARTI\s*\[(?P<type>[^\]\n]+)\]\s*(?P<body>.+?)\s*ENDI$", re.DOTALL)
_FIELD = lazy(r"(?:^|(?<=\s))(?P<name>Front|Back|Text|Extra|Back Extra):[ \t]*", re.MULTILINE)
_FIRST_FIELDS = ("Front", "Text")
_ANSWER_FIELDS = ("Back", "Extra", "Back Extra")


def anki_note(node: Node, place: Place) -> list[Card] | None:
    """An Obsidian_to_Anki note: `START`, its note type (`Basic`, `Basic (and reversed
    card)`, `Cloze`), its fields (`Front: …`, `Back: …`; the first may go unnamed), `END`;
    or on one line, `STARTI [Basic] question Back: answer ENDI`. Its card is asked as the
    writer's note type asks it; a `<!--ID: …-->` the plugin wrote went with the comments."""
    text, rest = _own_text(node)
    if text is None or not text.startswith("START"):
        return None  # every note of the plugin starts so
    inline = _INLINE_NOTE.match(text.strip())
    if inline:
        kind, body = inline["type"], inline["body"]
    else:
        lines = text.strip().split("\n")
        if lines[0].strip() != _NOTE_START or len(lines) < 3:
            return None
        if lines[-1].strip() == _NOTE_END:
            lines.pop()  # else it stands in a block of its own, which `anki_note_line` drops
        kind, body = lines[1].strip(), "\n".join(lines[2:])
    fields = _fields(body)
    front = next((fields[name] for name in _FIRST_FIELDS if fields.get(name)), "")
    back = "\n\n".join(
        filter(None, [*(fields.get(name, "") for name in _ANSWER_FIELDS), _quoted(rest, place)])
    )
    if not front:
        return []  # a note with nothing to ask: the plugin would make none either
    card = place.card(front, back, node, anki_note, as_written=True)
    if kind.lower().startswith("cloze") or cloze_numbers(front):
        return [_with_kind(card, CardKind.CLOZE)]
    if not back:
        return []
    reversed_ = "reverse" in kind.lower()
    return [_with_kind(card, CardKind.REVERSED if reversed_ else CardKind.BASIC)]


def _fields(body: str) -> dict[str, str]:
    """`Front: …` / `Back: …` → each field's text; text before the first name is the first
    field's, as the plugin reads it."""
    marks = list(_FIELD.finditer(body))
    fields = {"Front": _field(body[: marks[0].start() if marks else len(body)])}
    # Not strict: a note with no field names has no marks, and nothing after the last one.
    for mark, after in zip(marks, [*marks[1:], None], strict=False):
        name = "Front" if mark["name"] == "Text" else mark["name"]
        fields[name] = _field(body[mark.end() : after.start() if after else len(body)])
    return fields


_EDGE_BREAKS = lazy(r"^(?:\s*<br>)+|(?:<br>\s*)+$")


def _field(text: str) -> str:
    """A field's text, without the line breaks that stood for blank lines around it."""
    return _EDGE_BREAKS.sub("", text.strip()).strip()


_PLUGIN_LINE = lazy(r"^(?:START|END|DELETE|FROZEN)$")


def anki_note_line(block: Node, place: Place) -> list[Card] | None:
    """A `START` or `END` line standing apart from its note (a blank line between them):
    Obsidian_to_Anki's marks, not something to learn. (`TARGET DECK` and `FILE TAGS` went
    before the parse: flavours/anki_plugin.py.)"""
    if block.type != "paragraph":
        return None
    text = block.children[0].content.strip()
    if text[0] not in "SEDF" or not _PLUGIN_LINE.match(text):
        return None
    return []


WRITTEN_CARDS: list[ItemRule] = [anki_note, question_answer, multiline_question, inline_pair, cloze]
"""The syntaxes a paragraph or a list item can be written in, in the order they are tried."""


def may_be_written(text: str) -> bool:
    """Whether a paragraph's or an item's own text may be written in one of `WRITTEN_CARDS`:
    each syntax needs one of these marks. Most lines hold none, and one look for them spares
    trying each syntax in turn."""
    return (
        text.startswith(("START", "Q", "A"))
        or "::" in text
        or "==" in text
        or "{{c" in text
        or ("?" in text and "\n" in text)
    )


def written_cards_below(item: Node, place: Place) -> list[Card] | None:
    """`- 표준 스트림` over `- 표준 입력 :: 0` bullets: a label grouping cards written below it.

    Every bullet under the label must be written in a syntax (a `Q:` and its `A:` count as
    one); the label joins their context. A label over other bullets too is left to the
    rules that read labels, which keep all of its children together.
    """
    text, rest = item.line, item.below
    if not rest or any([block.type not in ("bullet_list", "ordered_list") for block in rest]):
        return None
    cards = []
    for child in [child for block in rest for child in block.children]:
        made = _written_card(child, place)
        if made is None:
            return None
        cards.extend(made)
    label = unwrap_strong(text.content.strip().removesuffix(":").strip()) if text else ""
    if not label:
        return cards
    above = len(place.path)  # labels further down came in after the section path
    return [
        replace(card, context=(*card.context[:above], label, *card.context[above:]))
        for card in cards
    ]


def _written_card(node: Node, place: Place) -> list[Card] | None:
    text, _ = _own_text(node)
    syntaxes = WRITTEN_CARDS if text is not None and may_be_written(text) else []
    for rule in (*syntaxes, written_cards_below):
        made = rule(node, place)
        if made is not None:
            return made
    return None


_TAG_LINE = lazy(r"^(#[^\s#]+\s*)+$")
_FLASHCARDS_TAG = lazy(r"(^|\s)#flashcards(?![\w-])", re.IGNORECASE)


def flashcards_tag(block: Node, place: Place) -> list[Card] | None:
    """`#flashcards` on a line of its own marks a note for Obsidian Spaced Repetition: a tag,
    not something to learn."""
    if block.type == "paragraph" and _is_flashcards_tag_line(block.children[0].content):
        return []
    return None


def _is_flashcards_tag_line(text: str) -> bool:
    return bool(_TAG_LINE.match(text.strip()) and _FLASHCARDS_TAG.search(text))


EXPLICIT_RULES = frozenset(
    {rule.__name__ for rule in (*WRITTEN_CARDS, written_cards_below, mdanki_card)}
)
"""The names of the rules above: what `cards: explicit` keeps."""


# --- Shared --------------------------------------------------------------------------------


def _own_text(node: Node) -> tuple[str | None, list[Node]]:
    """A paragraph's Markdown, or a list item's own lines and the blocks under it."""
    if node.type == "paragraph":
        return node.children[0].content, []
    if node.type == "list_item":
        inline = node.line
        return (inline.content if inline is not None else None), node.below
    return None, []


def _neighbours(node: Node, place: Place) -> tuple[Node | None, Node | None]:
    """The blocks or items just before and after this one."""
    syntax = place.tree.syntax
    return neighbours(syntax, node) if syntax is not None else (None, None)


def _quoted(blocks: list[Node], place: Place) -> str:
    return "\n\n".join(place.quote(block) for block in blocks)


def _with_kind(card: Card, kind: CardKind) -> Card:
    return replace(card, kind=kind)


def _writes_glued_pairs(place: Place) -> bool:
    """Whether the note declares its `question::answer` cards: `cards: explicit` in its front
    matter, or the `#flashcards` tag Obsidian Spaced Repetition looks for."""
    front_matter = place.tree.front_matter
    if front_matter.cards is CardsMode.EXPLICIT:
        return True
    if any(tag.split("/")[0].lower() == "flashcards" for tag in front_matter.tags):
        return True
    return any(_FLASHCARDS_TAG.search(line) for line in place.tree.lines)
