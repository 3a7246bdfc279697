"""Parts a note marks apart after its answer: an example, a bold name, a box, a glossary.

A writer answers the heading first and then sets something apart (`예를 들어 …`, `For
example, …`, `**Galera Clustering**` alone on a line, `> **IPC**`, `:::tip 왜 …?`, a box of
`term: what it is` lines). What is set apart is asked on its own card, named by its mark,
and the heading's card keeps the answer before it. A worked example labelled with its
setting (`예제: m = 7, …` over the steps) ends with its steps: what follows them stays too.
"""

from __future__ import annotations

import re
import textwrap

from flashgen.extract.apart import answer_part, joined, says
from flashgen.extract.code_parts import is_long_code
from flashgen.extract.headings import heading_answer
from flashgen.extract.item_kinds import quotes_a_speaker
from flashgen.extract.labels import (
    ASIDE_END,
    EXAMPLE,
    EXERCISE_TITLE,
    LETTERS,
    META_NAMES,
    STEP,
    example_name,
    label_of,
    names_a_part,
    words_of,
)
from flashgen.extract.lead_ins import SENTENCES
from flashgen.extract.place import Place, plain
from flashgen.extract.prose_parts import led_list_name
from flashgen.extract.sizes import (
    ITEM_START,
    MAX_ANSWER_LINES,
    Block,
    at_most,
    shown_lines,
    texts_recallable,
)
from flashgen.extract.skip import has_substance
from flashgen.extract.subjects import in_context, names_an_aspect, of_subject
from flashgen.extract.term_parts import MAX_TERM_WORDS
from flashgen.extract.worked_problems import problem_and_working
from flashgen.flavours.boxes import QUESTION_TYPES
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import EMOJI, unwrap_strong

_EXAMPLE_LEAD = lazy(
    r"^(?:(?:예를\s*들(?:어|면)|예시\s*[):]|예\s*\))|example\s*:[ \t]*(?=\S|\n)"
    r"|(?:for example|for instance|here(?:'s| is) an example|an example of)\b)",
    re.IGNORECASE,
)
"""`예를 들어 …`, `예시) …`, `For example, …`, `Here's an example of …`, `Example: …`: the
start of an example, as the note itself marks it (`Example:` alone on its line is a name)."""
_SUPPOSED = lazy(
    r"^(?:[^.!?\n]*(?:다|라|이)고\s*가정(?:하자|해\s?보자|해\s?봅시다|합시다|해\s?보겠습니다)"
    r"[.!]?(?:\s|$)|(?:suppose|let's say|let us say)\s)",
    re.IGNORECASE,
)
"""`처음 시스템에 자원이 12개 있다고 가정해보자.`, `Suppose …`: a case the note sets up to work
through, which starts an example when the answer before it is complete."""
_EXAMPLE_ANNOUNCED = lazy(
    r"^(?!위|앞|이전)\S.*(예제|예시|예를)\S*\s.*(보자|봅시다|보겠습니다|설명(?:드리|하)겠습니다)[.!]?$"
    r"|^(?!위|앞|이전)\S.*(예제|예시)(?:를 보면|는|은) (?:다음|아래)(?:과|와) 같(?:다|습니다)[.!]?$"
    r"|^(let's|let us) (look at|consider|see|take|walk through) (an|a few|some) examples?\b"
    r"|^consider the following examples?\b",
    re.IGNORECASE,
)
"""`다음 예시를 보자.`, `예시를 들어 설명드리겠습니다.`, `예시를 보면 다음과 같다.`, `Let's look
at an example …`: a line saying an example comes next; not one going back to an example
before it (`위 예제에서 … 처리해보자`), which it goes on with."""
_WALKTHROUGH_ANNOUNCED = lazy(
    r"^(?:아래|다음)의?\s*(?:그림|도식|도표|다이어그램|흐름)\S*\s+(?:보면서|보며)\s"
    r".*(?:보자|봅시다|보겠습니다)[.!]?$"
)
"""`아래의 도식도를 보면서 비관적 락에 대해 제대로 이해해보자.`: a line saying that a picture
and the steps walking through it come next, as an example of what the answer told."""
_WORKED_EXAMPLE = lazy(r"^(?:worked\s+)?example$", re.IGNORECASE)
"""`**Example.** …`, `**Worked example.** …`: a bold run-in head starting an example."""
_OUTPUT_NAMES = lazy(
    r"^(출력|출력값|출력\s*결과|실행\s*결과|결과|결과값|output|result|results)$", re.IGNORECASE
)
"""`**출력값**` under a program names what the program prints: no part apart from it."""
_MIN_TAIL_LINES = 3
"""An example or a named part of fewer lines of words (code aside) stays in the answer it
belongs to."""


def tail_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """A long answer that answers its heading first and then goes on to one part the note
    marks apart: an example led into as one (`예를 들어 …`, `For example, …`, `Here's an
    example of …`, `**Example.** …`, `예시` alone on a line, a case supposed after the
    answer, `…다고 가정해보자.`; the last item of the answer's list saying only that an
    example or a picture walked through comes next, `- 아래의 도식도를 보면서 …
    이해해보자.`; `Here's an example …` after a paragraph's first
    sentences, when blocks after it go on with the example), a bold name alone on a line
    (`**Galera Clustering**`), a box whose first line names in bold what it explains
    (`> **IPC**`, `> **IPC** : …`; several such boxes, a card each) or a box asking a
    question in its title or bold first line (`:::tip 왜 …?`). What the marker starts is
    asked on its own card, named by it (an example as `… › 예시`, `… › Example`; a box's
    question as written), and the heading's card keeps what comes before; a box ends where
    the writer closed it, and what follows it stays on the heading's card too. Nothing is
    cut elsewhere: an answer the note marks no such part in stays whole, however long; and
    only an answer whose words are too many to recall, or that runs long with its code, is
    cut."""
    found = _first_mark(own, place)
    if found is None or read_whole(own):
        return own, []
    index, name, first, head = found
    node = own[index][0]
    boxes = _boxes(own[index:], place) if node.type in _BOX_TYPES else []
    if len(boxes) > 1:  # `> **SPOF**` then `> **Fail over**`: a card for each term
        if not answers_first(head, example=False):
            return own, []
        cards = [of_subject(answer_part(name, said, box, place)) for box, name, said in boxes]
        return head, cards
    boxed = node.type in _BOX_TYPES  # a box ends where the writer closed it
    after = own[index + 1 :]
    tail = ([(node, first)] if first else []) + ([] if boxed else after)
    if (
        not answers_first(head, example=name in ("예시", "Example"))
        or not _one_part(after)
        or not _says_enough(tail, 1 if boxed else _MIN_TAIL_LINES)
    ):
        return own, []
    kept = [*head, *after] if boxed else head
    return kept, [of_subject(answer_part(name, joined(tail), node, place))]


_SETTING_LABEL = lazy(
    r"^(?:(?:[^\s:.!?][^:.!?\n]{0,40}\s)?(?:예제|예시)\s*[:)]|예\)"
    r"|(?:worked\s+)?example(?:\s*\([^()\n]{1,30}\))?\s*:|e\.g\.\s*:)[ \t]*\S",
    re.IGNORECASE,
)
"""`예제: m = 7, …`, `Example (from class): battery life, …`, `유효 메모리 접근 시간(EAT) 예제:
TLB 적중률 80%, …`, `E.g.: …`: an example's own label with its setting after it on the line
(not `Example:` alone, a name; nor `예: …`, one short example inside a sentence)."""
_STEP_TYPES = (*LIST_TYPES, "table", "fence", "code_block", "math_block")
"""What a worked example's steps are written as: a list, a table, code or a formula."""


def worked_example_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """A long answer that explains its heading first and then works one example through: a
    paragraph opening on the example's label with its setting (`예제: m = 7, h(k) = k mod
    7, 선형 탐사, 키 50, 700, … 순서로 삽입`, `Example (from class): battery life, …`) over
    its steps (a list, numbered or not, a table or code). The setting and its steps are
    asked as the subject's example (`… › 예시`, `… › Example`, the setting on its front when
    it is short: setups.with_setup), and the heading's card keeps the explanation and what
    follows the steps (`Normality assumption matters less for large n …`), which speaks of
    the subject again. An answer recalled in one go stays whole, as does one working more
    than one example, or under a heading that names an example itself (`예시`)."""
    if read_whole(own):
        return own, []
    found = [
        index
        for index, (node, text) in enumerate(own[:-1])
        if index
        and node.type == "paragraph"
        and own[index + 1][0].type in _STEP_TYPES
        and _SETTING_LABEL.match(plain(node.children[0].content.strip()))
    ]
    if len(found) != 1 or names_an_aspect(place.path[-1]):
        return own, []
    start = end = found[0]
    while end + 1 < len(own) and own[end + 1][0].type in _STEP_TYPES:
        end += 1
    head, tail = own[:start], own[start : end + 1]
    if not answers_first(head, example=True) or not _says_enough(tail, _MIN_TAIL_LINES):
        return own, []
    node, text = own[start]
    name = example_name(plain(text))
    card = of_subject(answer_part(name, joined(tail), node, place))
    return [*head, *own[end + 1 :]], [card]


def glossary_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """A long answer that answers its heading first and sets terms it uses apart in boxes
    of their own, a term and what it is (`> RTT: 패킷이 … 왕복 시간`, a box of such lines, a
    term a line, `> **Ajax**(…)는 …`, or a box drawn by its own marks with no title of its
    own, `:::tip` … `:::` or `> [!note]`, over such lines): each term is asked on a card of
    its own, and the heading's card keeps the rest. A student reads such a box as a
    glossary beside the answer, not as more of it. Only when the answer's words are too
    many to recall, and every such box before the rest of the answer defines terms, none
    of them the heading's."""
    if not any(node.type in _BOX_TYPES for node, _ in own[1:]) or read_whole(own):
        return own, []
    found = {
        index: terms
        for index, (node, text) in enumerate(own)
        if index
        and node.type in _BOX_TYPES
        and not _captions_code(own[index + 1 : index + 2])
        and (terms := _glossary(text, place))
    }
    if not found or not answers_first(own[: min(found)], example=False):
        return own, []
    kept = [block for index, block in enumerate(own) if index not in found]
    if not has_substance(joined([block for block in kept if says(block[0])])):
        return own, []
    cards = [
        of_subject(answer_part(name, said, own[index][0], place))
        for index in sorted(found)
        for name, said in found[index]
    ]
    return kept, cards


_GLOSS_LINE = lazy(r"^(?P<name>(?:`[^`\n]*`|[^:\n()\"'`]|\([^()\n]*\))+?)\s*:\s+(?P<said>\S.*)$")
"""`함수적 종속성(FD: Functional Dependency) : 테이블의 …`: a term, an aside, and what it is."""
_GLOSS_BOLD = lazy(
    r"^\*\*(?P<name>[^*\n]+?)\*\*(?:\s*\([^()\n]*\))?\s*(?:은|는|이란|란)\s+[^.\n]*?"
    r"(?:(?:의미|말|뜻)[하한합함]|(?:을|를) 일컫)"
)
"""`**Ajax**(…)는 … 기술을 의미한다.`, `**Data Binding**은 … 방법을 말하며`: a sentence telling
what a bold term is; not one saying something else of it (`**HTTPS**는 … 모두 사용한다.`)."""
_LINE_BREAK_END = lazy(r"(\s*</?br\s*/?>)+\s*$", re.IGNORECASE)


def _captions_code(after: list[Block]) -> bool:
    """`> push(i, item) : Add to a linked stack` over its code: a caption, no glossary."""
    return bool(after) and after[0][0].type in ("fence", "code_block")


def _glossary(text: str, place: Place) -> list[tuple[str, str]]:
    """The terms a box tells, each with what it says of it: a box whose every line is a
    term and what it is, or whose sentence tells what a bold term is; none for any other
    box (a remark, an output, a question, a story's line), nor for a box whose title says
    something of its own (`:::tip 싱글톤이 편한 경우`), which no term card would keep."""
    lines = text.strip().splitlines()
    title = _BOX_TITLE.match(lines[0]) if lines else None
    if title is not None:
        if (title["bracketed"] or title["title"]).strip() or (
            (title["type"] or "").lower() in QUESTION_TYPES
        ):
            return []
        lines = lines[1:]  # `:::tip`, `> [!note]`: the box's kind, no term
    lines = [_QUOTE_MARK.sub("", line) for line in _BOX_END.sub("", "\n".join(lines)).splitlines()]
    lines = [_LINE_BREAK_END.sub("", line).strip() for line in lines if line.strip()]
    if not lines:
        return []
    bold = _GLOSS_BOLD.match(lines[0])
    if bold is not None:
        told = [(bold["name"].strip(), "\n".join(lines))]
    else:
        found = [_GLOSS_LINE.match(line) for line in lines]
        if None in found:
            return []
        told = [(line["name"].strip(), line["said"].strip()) for line in found if line]
    names = [name for name, _ in told]
    if len(set(names)) < len(names) or not all(
        len(plain(name).split()) <= MAX_TERM_WORDS
        and _names_apart(name)
        and not names_an_aspect(name)
        and not _repeats(name, place)
        and has_substance(said)
        and not quotes_a_speaker(plain(name), said)  # `> Prof: "…"`: a remark, no term
        for name, said in told
    ):
        return []
    return told


def _first_mark(own: list[Block], place: Place) -> tuple[int, str, str, list[Block]] | None:
    """Where the first part the note marks starts: its block, its name, what of that block
    it keeps, and the blocks before it (with a paragraph's sentences before an example)."""
    aspect = None  # whether the heading itself names an aspect (`예시`): worked out once
    for index, (node, text) in enumerate(own):
        if node.type == "paragraph" and index + 1 < len(own):
            before, after = _example_inside(text)
            if before:
                aspect = names_an_aspect(place.path[-1]) if aspect is None else aspect
                if aspect:
                    return None  # `Conflict › 예시` giving an example: the example answers it
                return index, "Example", after, [*own[:index], (node, before)]
        if node.type in LIST_TYPES and index + 2 < len(own):
            before = _list_before_walkthrough(node, text)
            if before is not None and own[index + 1][0].type not in _BOX_TYPES:
                aspect = names_an_aspect(place.path[-1]) if aspect is None else aspect
                if aspect:
                    return None
                start = own[index + 1]
                name = example_name(plain(text))
                return index + 1, name, start[1], [*own[:index], (node, before)]
        marked = _marks_a_part(node, text, place) if index else None
        if marked is not None and _supposes(node) and not answers_first(own[:index], True):
            continue  # a case the answer's own argument supposes (`<T super A>`이 있다고 가정하자.)
        if marked is not None:
            return index, marked[0], marked[1], own[:index]
    return None


def _list_before_walkthrough(node: Node, text: str) -> str | None:
    """A list of points answering the heading whose last item only says that an example
    walked through below comes next (`- 아래의 도식도를 보면서 비관적 락에 대해 제대로
    이해해보자.`, `- 다음 예시를 보자.`): the list without that item, which the example's
    card needs no more than the heading's; None for any other list."""
    items = node.children
    last = items[-1] if len(items) > 1 else None
    if last is None or last.line is None or last.below:
        return None
    words = plain(last.line.content.strip())
    if "\n" in words or not (
        _WALKTHROUGH_ANNOUNCED.match(words) or _EXAMPLE_ANNOUNCED.search(words)
    ):
        return None
    starts = [found.start() for found in ITEM_START.finditer(text)]
    if len(starts) != len(items):
        return None  # the items are not found as written in what the card keeps
    return text[: starts[-1]].rstrip()


def _supposes(node: Node) -> bool:
    return _SUPPOSED.match(plain(node.children[0].content.strip())) is not None


def read_whole(own: list[Block]) -> bool:
    """Whether an answer is read in one go: words recalled so (code aside), beside code
    short enough to read with them."""
    return at_most(own, MAX_ANSWER_LINES) and texts_recallable(
        [text for node, text in own if says(node)]
    )


_EXAMPLE_INSIDE = lazy(r"(?<=[.!?])\s+(?=Here(?:'s| is) an example\b)")


def _example_inside(text: str) -> tuple[str, str]:
    """A paragraph that answers in its first sentences and then goes on, in a sentence of
    its own, to an example the next blocks show (`Early termination. Stop after … Here's an
    example of leveraging early termination. Consider …`): the sentences before it and the
    rest; ("", text) when it goes on to none, or answers in no more than a sentence first."""
    found = _EXAMPLE_INSIDE.search(text) if "example" in text else None
    if found is None or len(SENTENCES.split(text[: found.start()].strip())) < 2:
        return "", text
    return text[: found.start()].strip(), text[found.end() :]


def answers_first(head: list[Block], example: bool) -> bool:
    """Whether what comes before a marked part answers the heading on its own: words, not
    a line leading into the part (`… 경우에는?`, `… as follows:`); before an example, more
    than the one sentence that the example goes on to show."""
    said = [(node, text) for node, text in head if says(node)]
    if not said or not has_substance(joined(said)):
        return False
    if said[-1][1].rstrip().endswith((":", "?")):
        return False
    if len(said) > 1 or not example or said[0][0].type in LIST_TYPES:
        return True
    return len(SENTENCES.split(said[0][1].strip())) > 1  # a sentence leading to the example


def is_picture(text: str) -> bool:
    """A block that is only a picture: the line after it is its caption, not a name."""
    text = text.strip()
    return (text.startswith("![") or text.startswith("<img")) and "\n" not in text


def _one_part(rest: list[Block]) -> bool:
    """Whether the blocks after a marker are one part: no other name or lead-in among them,
    which would make them parts the marker does not name (a line under a picture is its
    caption)."""
    for index, (node, text) in enumerate(rest):
        if node.type == "paragraph" and (
            (label_of(node) is not None and not (index and is_picture(rest[index - 1][1])))
            or text.lstrip().startswith("**")
            or text.rstrip().endswith(":")
        ):
            return False
        if node.type == "blockquote" and _box_name(node) is not None:
            return False
        if node.type in _BOX_TYPES and _box_question(node, text) is not None:
            return False
    return True


def _says_enough(tail: list[Block], lines: int) -> bool:
    """Whether a part taken apart says enough to be a card: words, not a picture alone; a
    few lines of them, but for a box the writer set apart to explain one term, or for a
    line leading into the long code it introduces (`Here's an example where …` over a
    program), which the code answers."""
    said = [text for node, text in tail if says(node)]
    return has_substance("\n\n".join(said)) and (
        shown_lines(said) >= lines or any(is_long_code(node) for node, _ in tail)
    )


def _marks_a_part(node: Node, text: str, place: Place) -> tuple[str, str] | None:
    """The name a block gives the part it starts, and what of the block that part keeps
    (the block's text without its name); None when the block marks no part."""
    if node.type == "paragraph":
        line = node.children[0].content.strip()
        words = plain(line)
        lead = _EXAMPLE_LEAD.match(words)
        if (
            lead is not None
            or _SUPPOSED.match(words)
            or ("\n" not in words and _EXAMPLE_ANNOUNCED.search(words))
        ):
            if names_an_aspect(place.path[-1]):
                return None  # `Conflict › 예시` giving an example: it is the answer
            return example_name(words), text
        label = label_of(node)
        if label is not None and label[0] == "lead" and _WORKED_EXAMPLE.match(label[1]):
            if names_an_aspect(place.path[-1]):
                return None
            return "Example", label[2] or ""
        if label is None or (label[2] is not None and label[0] != "bold"):
            return None
        if EXAMPLE.match(label[1]) and not names_an_aspect(place.path[-1]):
            return ("예시" if not label[1].isascii() else "Example"), label[2] or ""
        if label[0] != "bold" or not _names_apart(label[1]) or _repeats(label[1], place):
            return None
        return label[1], label[2] or ""
    if node.type in _BOX_TYPES:
        return _box_part(node, text, place)
    if node.type in LIST_TYPES:
        return _example_list(text, place)
    return None


_FIRST_ITEM = lazy(r"(?:[-*+]|\d+[.)])[ \t]+(?P<line>[^\n]*)")


def _example_list(text: str, place: Place) -> tuple[str, str] | None:
    """A list of one item, standing alone between pictures or paragraphs, that opens with
    the note's mark of an example (`* Example: virtual address 21 in …`, `- 예를 들어 …`):
    the example starts there, as it does in a paragraph, and the text after it works the
    example out. Not an example item among others of one list (`- 예를 들어 …` then `- 여기서
    중요한 점은 …`), after which the list may go back to the answer."""
    found = _FIRST_ITEM.match(text)
    if found is None or len(ITEM_START.findall(text)) != 1:
        return None
    line = found["line"]
    if "xample" not in line and "예" not in line and "nstance" not in line:
        return None  # most lists, at a glance
    words = plain(line)
    if _EXAMPLE_LEAD.match(words) is None or names_an_aspect(place.path[-1]):
        return None
    return example_name(words), text


_BOX_TYPES = ("blockquote", "container_box")
"""A quote, or a box drawn by its own marks (`:::tip Title` … `:::`)."""


def _boxes(blocks: list[Block], place: Place) -> list[tuple[Node, str, str]]:
    """Each box with its name and what it says, when the blocks are all boxes naming a term
    (a box saying nothing more left out); else none."""
    boxes = []
    for node, text in blocks:
        box = _box_part(node, text, place) if node.type in _BOX_TYPES else None
        if box is None:
            return []
        if has_substance(box[1]):
            boxes.append((node, *box))
    return boxes


def _box_part(node: Node, text: str, place: Place) -> tuple[str, str] | None:
    """The part a box sets apart, named by its title or its first line, and what it says:
    a question it asks and answers (`:::tip 왜 시작 번호를 무작위로 고를까?`, `> **혼잡 창과
    수신 창의 차이는?**`), which is asked as written, or a term it explains (`> **IPC**`,
    `> **파일 디스크립터** : …`); None for any other box, or a term only repeating the
    heading."""
    asked = _box_question(node, text)
    if asked is not None:
        return asked
    named = _box(node, text, place) if node.type == "blockquote" else None
    return named if named is not None else _remark(node, text, place)


_REMARK_KINDS = frozenset(
    ("tip", "hint", "note", "info", "important", "caution", "warning", "danger")
)
"""The kinds of box a writer draws a remark beside the answer in."""
_BOX_KIND = lazy(r"^[\s:>\[!]*([A-Za-z][\w-]*)")
_REMARK_WORD = lazy(r"\b(?:tips?|notes?|hints?|info|caution|warning)\b|참고|주의|팁", re.IGNORECASE)
_REMARK_LABEL = lazy(r"^(?:참고|주의|note|tip|caution|warning)$", re.IGNORECASE)


def _remark(node: Node, text: str, place: Place) -> tuple[str, str] | None:
    """A remark the writer boxes beside the answer (`:::tip`, `:::info`, `> [!note]`,
    `:::tip Expert tip`, `> **참고**` over its lines) and named by its own first line, and
    what it says under that; None for any other box, for a box with a title of its own
    (`> [!note] Greedy choice`), and for a box of terms each told on a line, which is a
    glossary (`glossary_apart`)."""
    first, _, rest = text.strip().partition("\n")
    title = _BOX_TITLE.match(first)
    if title is not None:
        if _BOX_KIND.match(first)[1].lower() not in _REMARK_KINDS or _glossary(text, place):
            return None
        name = (title["bracketed"] or title["title"] or "").strip()
        if name and not _REMARK_WORD.search(name):
            return None  # `> [!note] Greedy choice`: a titled box stays as the writer set it
        said = _BOX_END.sub("", "\n" + rest) if node.type == "container_box" else rest
    elif node.type == "blockquote":
        name = unwrap_strong(_QUOTE_MARK.sub("", first).strip()).rstrip(" :")
        if not _REMARK_LABEL.match(name) or name == _QUOTE_MARK.sub("", first).strip():
            return None
        said = rest
    else:
        return None
    said = "\n".join(_QUOTE_MARK.sub("", line) for line in said.splitlines()).strip()
    if shown_lines([said]) < _MIN_TAIL_LINES:
        return None  # a remark of a line or two stays with the answer it goes with
    return _named_within(said)


_MAX_LABEL_WORDS = 8


def _named_within(said: str) -> tuple[str, str] | None:
    """A remark's name from its own first line when that names what follows, a label alone
    (`자원 선점시 고려사항` over its points) or a sentence leading into a list (`… 방법은 크게
    2가지가 있다.` → `… 방법`), and what the remark says under it; None when the first line
    names nothing: asked only as `… › Tip` or `… › Note`, a remark asks nothing a student
    can answer (readers kept none such), so it stays with the answer it goes with."""
    first, _, rest = said.partition("\n\n")
    if not rest.strip() or "\n" in first:
        return None
    if names_a_part(first) and len(plain(first).split()) <= _MAX_LABEL_WORDS:
        return plain(first).strip().rstrip(" :"), rest.strip()
    led = led_list_name(first) if ITEM_START.match(rest.lstrip()) else None
    return (led[1], said) if led is not None and not led[0] else None


_BOX_TITLE = lazy(
    r"^\s*(?::{3,}\s*[A-Za-z][\w-]*(?:\[(?P<bracketed>[^\]\n]*)\])?"
    r"|>\s*\[!(?P<type>[A-Za-z][\w-]*)\][+-]?)[ \t]*(?P<title>[^\n]*)"
)
"""`:::tip Title`, `:::note[Title]`, `> [!tip] Title`: a box's title on its first line."""
_BOX_END = lazy(r"\n\s*:{3,}\s*$")
_QUESTION_END = lazy(r"[?？]\s*:?$|(?<=[가-힣] )(?:이유|차이점?)$")
"""`…고를까?`, and a title asking without a question mark: `…, 쿠키를 사용하는 이유` (why cookies
are used), `저장 프로시저와 함수의 차이`."""


def _box_question(node: Node, text: str) -> tuple[str, str] | None:
    """The question a box's title or first bold line asks, and the box's answer to it
    (its lines after the question, out of the box); None when it asks nothing."""
    first, _, rest = text.strip().partition("\n")
    title = _BOX_TITLE.match(first)
    if title is not None:
        if (title["type"] or "").lower() in QUESTION_TYPES:
            return None  # `> [!question] …` is a card of its own already (`callout_question`)
        question = title["bracketed"] or title["title"]
    elif node.type == "blockquote":
        line = _QUOTE_MARK.sub("", first).strip()
        question = unwrap_strong(line)
        if question == line:
            return None  # not a bold line of its own: words of the box
    else:
        return None
    question = EMOJI.sub("", plain(question)).strip().rstrip(" :")
    if not _QUESTION_END.search(question) or len(question.split()) < 2:
        return None
    said = _BOX_END.sub("", "\n" + rest) if node.type == "container_box" else rest
    lines = [
        _QUOTE_MARK.sub("", line) if node.type == "blockquote" else line
        for line in said.splitlines()
    ]
    return question, "\n".join(lines).strip()


_BOX_TERM = lazy(r"^\*\*(?P<name>[^*\n]+?)\*\*\s*[:：]\s+(?P<rest>\S.*)$")
"""`**파일 디스크립터** : 열린 파일을 가리키는 번호`: a term and what it is, on a box's first
line."""


def _box_name(node: Node) -> tuple[str, str] | None:
    """The term a box names in bold on its first line, over what it says of it (`> **IPC**`
    then its lines, in the same paragraph or the next ones of the box; `> **IPC** : …` on
    the same line), with the rest of that line; None for any other quote."""
    if not node.children or node.children[0].type != "paragraph":
        return None
    first, _, rest = node.children[0].children[0].content.strip().partition("\n")
    term = _BOX_TERM.match(first.strip())
    if term is not None:
        return term["name"].strip(), term["rest"]
    name = unwrap_strong(first.strip()).rstrip(" :")
    if name == first.strip().rstrip(" :") or not (rest.strip() or len(node.children) > 1):
        return None
    return name, ""


def _box(node: Node, text: str, place: Place) -> tuple[str, str] | None:
    """A box naming a part of its own, and what it says of it (its lines after the name,
    out of the quote)."""
    named = _box_name(node)
    if named is None or not _names_apart(named[0]) or _repeats(named[0], place):
        return None
    name, same_line = named
    lines = [same_line, *text.splitlines()[1:]]  # the box without its name: what it explains
    return name, "\n".join(_QUOTE_MARK.sub("", line) for line in lines).strip()


_QUOTE_MARK = lazy(r"^\s*> ?")


def _repeats(name: str, place: Place) -> bool:
    """`**B tree**` under `## B tree`: a name that only repeats the heading names no part."""
    return words_of(name) <= words_of(place.path[-1])


_OPERATORS = lazy(r"<=|>=|==|!=|->|=>|\s[<>=]\s")


def _names_apart(name: str) -> bool:
    """A bold name that names a part of its own: a term, not a formula (`key(부모) >=
    key(자식)`), what a program prints (`출력값`), a step, an example, or a remark (`Tips`)."""
    words = plain(name)
    return (
        names_a_part(name)
        and not _OPERATORS.search(words)
        and not _OUTPUT_NAMES.match(words)
        and not META_NAMES.match(words)
        and not EXAMPLE.match(words)
        and not STEP.match(words)
    )


def titled_boxes_apart(
    own: list[Block], whole: list[Block], place: Place
) -> tuple[list[Block], list[Card]]:
    """Boxes of a remark's kind titled by what they explain (`:::caution 초과 프로퍼티
    검사`, `:::info site vs origin`, `> [!note] Post-LN vs Pre-LN`) after the first block of
    an answer too long to recall (`whole`, its pictures and the lines only marking a box,
    `:::`, aside): each is a point of its own the writer named, asked by its title as a
    bold term over a box is, however short, and the heading's card keeps the rest. A box
    titled only by what it is for (`:::warning 자주 헷갈림`, `> [!tip] 외우는 법`, `> [!bug]
    Common mistake`) names nothing to ask and stays, as does every box of an answer
    recalled in one go (`> [!note] Greedy choice` over a line). MkDocs admonitions (`!!!
    warning "Java arrays"`) and an example's box titled by its case (`> [!example] Course
    prerequisites`) are read alike. A box right over code, an admonition right after a set
    of tabs, boxes that are the answer from its first block, a box under `Exercises`
    (`Answer to 1`) and one that would leave the heading's card only a labelled line
    (`**Symptoms:** …`) stay."""
    if not any(node.type in _TITLED_TYPES for node, _ in own[1:]):
        return own, []  # most answers
    if read_whole(_words_to_recall(whole)) or EXERCISE_TITLE.match(plain(place.path[-1])):
        return own, []  # under `Exercises`, a box titled `Answer to 1` answers one of them
    if _titled_by_its_subject(*own[0], place) is not None:
        return own, []  # boxes one after another from the first: they are the answer
    kept: list[Block] = []
    cards: list[Card] = []
    for index, (node, text) in enumerate(own):
        titled = _titled_by_its_subject(node, text, place) if index else None
        if titled is None and index:
            titled = _warning_titled_by_its_role(node, text)
        if titled is None or _over_code(own, index) or _after_tabs(node, place):
            kept.append((node, text))
        else:
            cards.append(_titled_card(*titled, node, place))
    said = [block for block in kept if says(block[0])]
    if not cards or not has_substance(joined(said)) or _only_a_label(said):
        return own, []
    return kept, cards


def _over_code(own: list[Block], index: int) -> bool:
    """Whether the box stands right over code, which may show what the box explains (`!!!
    warning "Old → young pointers"` over a write barrier): both stay where they are."""
    return index + 1 < len(own) and own[index + 1][0].type in ("fence", "code_block")


def _after_tabs(node: Node, place: Place) -> bool:
    """Whether the box is an admonition right after a set of MkDocs' content tabs (`!!! tip
    "Which one"` after `=== "Mark-sweep"` and `=== "Copying"`): it speaks of them all, and
    closes the heading's card, which names them. (A `:::caution forEach + async` after
    Docusaurus tabs names a pitfall of its own, and is asked apart.)"""
    ends = place.tree.tab_ends
    return node.type == "admonition" and bool(ends) and bool(node.map) and node.map[0] in ends


def _only_a_label(said: list[Block]) -> bool:
    """Whether the words left would be one line opening on a label (`**Symptoms:** …`):
    a part's name and its line, no answer to the heading."""
    return len(said) == 1 and "\n" not in said[0][1].strip() and label_of(said[0][0]) is not None


_BOX_ROLE = lazy(
    r"자주|헷갈\S*|정리|요약|한\s*줄|실전|외우는\s*법|암기|면접|답변|꼬리\s*질문|대비"
    r"|\b(?:common|mistakes?|remember\w*|slides?|summary|recap|tl;?dr|exam|traps?|mnemonic"
    r"|don'?t|confuse|gotchas?|pitfalls?)\b"
    # what answers or checks the lines above it, and who remarks on them: `??? example
    # "Answers"` under practice questions, `Check`, `!!! note "Prof's comment"`
    r"|정답|풀이|해설|검산|코멘트|\b(?:answers?|solutions?|answer\s+key|(?:sanity\s+)?check"
    r"|comments?|remarks?|advice|(?:prof(?:essor)?|tutor|instructor|lecturer|TA)(?:'s|’s)?)(?!\w)",
    re.IGNORECASE,
)
"""Words of a box's title that say what the box is for, not what it is about (`자주
헷갈림`, `실전 정리`, `꼬리질문 대비`, `Exam trap`, `Mnemonic (click to open)`, `Answers` to
the questions above it, `Check` of a worked result, `Prof's comment`)."""


_EXAMPLE_LABEL = lazy(
    r"^(?:worked(?:\s+(?:examples?|problems?))?|examples?|ex|e\.g|예시|예제|풀이)\s*[:.—–]\s+(?=\S)",
    re.IGNORECASE,
)
"""`Worked:`, `Example:` opening an example box's title: the box's kind said again; the
title after it names the case (`Worked: 1,3,5-tribromobenzene from benzene`)."""


def _titled_by_its_subject(node: Node, text: str, place: Place) -> tuple[str, str, bool] | None:
    """A box of a remark's kind, or an example's, whose title names what it explains, what
    it says under the title, and whether it is an example's box; None for any other block,
    for a title saying only what the box is for or only its kind (`Expert tip`, read by
    `_remark`), for a sentence, and a name repeating the heading. MkDocs writes such a box
    as an admonition, its title in quotes over its indented lines (`!!! warning "Java
    arrays"`, `??? tip "Inspecting an image"`)."""
    if node.type not in _TITLED_TYPES:
        return None
    kind, name, said = _box_read(node, text)
    if kind not in _REMARK_KINDS and kind not in _EXAMPLE_KINDS:
        return None
    name = plain(name.strip())
    if kind in _EXAMPLE_KINDS:
        name = _EXAMPLE_LABEL.sub("", name, count=1)
    subject = _BOX_ROLE.sub(" ", ASIDE_END.sub("", name))
    if (
        not name
        or _REMARK_WORD.search(name)
        or not LETTERS.search(subject)
        or not names_a_part(name)
        or _repeats(name, place)
    ):
        return None
    said = said.strip()
    return (name, said, kind in _EXAMPLE_KINDS) if has_substance(said) else None


_WARNING_KINDS = frozenset(("caution", "warning", "danger"))


def _warning_titled_by_its_role(node: Node, text: str) -> tuple[str, str, bool] | None:
    """A warning box titled only by what it warns of (`!!! warning "common mistake"` under
    nine properties, `> [!caution] 자주 헷갈림`), after an answer too long to recall in one
    go: the mistake is a point of its own, asked under the heading by that title
    (`Properties › common mistake`), and the heading's card keeps the answer proper. Its
    title and what it says, flagged to be asked under the heading as an example's box is,
    or None for any other block."""
    if node.type not in _TITLED_TYPES or "\n" not in text.strip():
        return None
    kind, name, said = _box_read(node, text)
    name = plain(name.strip())
    if kind not in _WARNING_KINDS or not name or LETTERS.search(_BOX_ROLE.sub(" ", name)):
        return None
    said = said.strip()
    return (name, said, True) if has_substance(said) else None


def _box_read(node: Node, text: str) -> tuple[str, str, str]:
    """A box's kind (`warning`), its title as written and what it says under the title:
    MkDocs writes such a box as an admonition, its title in quotes over its indented lines
    (`!!! warning "Java arrays"`), a callout or a `:::` box on its first line."""
    first, _, rest = text.strip().partition("\n")
    if node.type == "admonition":
        title = _ADMONITION_TITLE.match(first)
        kind = title["kind"].lower() if title is not None else ""
        name = (title["title"] or "") if title is not None else ""
        said = textwrap.dedent(rest)
    else:
        title = _BOX_TITLE.match(first)
        kind = _BOX_KIND.match(first)[1].lower() if title is not None else ""
        name = (title["bracketed"] or title["title"] or "") if title is not None else ""
        said = _BOX_END.sub("", "\n" + rest) if node.type == "container_box" else rest
        said = "\n".join(_QUOTE_MARK.sub("", line) for line in said.splitlines())
    return kind, name, said


def _titled_card(name: str, said: str, example: bool, node: Node, place: Place) -> Card:
    """A titled box's card: asked by its title, of the subject when that names only an
    aspect (`Assumptions`). A title opening on an aspect (`Assumptions baked in`) is asked
    under its heading (`k-means › Assumptions baked in`), and so is an example's box
    (`Topological sort › Course prerequisites`), whose title names the case it works
    through: neither asks anything without the subject it tells of. An example's box opening
    on the problem it works (`> [!example] 분권 전동기` over `… $I_a = 50$ A 되면? (자속 일정)`
    and the steps) is asked by that problem, its title joining the context line: asked by
    the title, the card would show the problem on its back."""
    if not example and not names_an_aspect(name.split()[0]):
        return of_subject(answer_part(name, said, node, place))
    heading = heading_answer("", place)
    problem = problem_and_working(said) if example else None
    if problem is not None:
        card = answer_part(problem[0], problem[1], node, place)
        return in_context(card, (*heading.context, heading.question, name))
    card = answer_part(f"{heading.question} › {name}", said, node, place)
    return in_context(card, heading.context)


_TITLED_TYPES = (*_BOX_TYPES, "admonition")
"""A quote, a box drawn by its own marks, or a MkDocs admonition (`!!! note "Title"`)."""
_EXAMPLE_KINDS = frozenset(("example",))
"""The kind of box a writer sets an example or a worked case in (`> [!example] Course
prerequisites`, `??? example "Status page — investigating"`)."""
_ADMONITION_TITLE = lazy(
    r'^\s*(?:!!!|\?\?\?\+?)[ \t]*(?P<kind>[A-Za-z][\w-]*)(?:[ \t]+"(?P<title>[^"\n]*)")?'
)
"""`!!! warning "Java arrays"`, `???+ tip "…"`: an admonition's kind and its title."""


_BOX_MARK = lazy(r"[ \t]*:{3,}[ \t]*[A-Za-z-]*[ \t]*")
"""`:::`, `::::::tip`: a line opening or closing a box, with no title of its own."""


def _words_to_recall(own: list[Block]) -> list[Block]:
    """The answer as a student recalls it: without the lines only marking a box (`:::`,
    `::::::tip`) and the pictures, which are no words to recall."""
    return [
        (node, "\n".join(line for line in text.split("\n") if not _unsaid(line)))
        for node, text in own
    ]


def _unsaid(line: str) -> bool:
    return (":::" in line and _BOX_MARK.fullmatch(line) is not None) or is_picture(line)
