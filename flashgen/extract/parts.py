"""A heading's answer too long to recall in one go, asked in its parts.

A careful student splits a long answer: one card whose answer names the parts, a card for
each part, and long code on a card of its own. Notes mark such parts without a heading: a
short name on a line of its own (`ARP`, `**Hash Sharding**`, `- 트리 토폴로지` alone,
`> 라우팅 테이블`) over the blocks that explain it. An answer short enough to recall whole
stays whole, however it is written: the size of a card follows what stands under its
heading, not the shape it is written in.
"""

from __future__ import annotations

import re
from collections import Counter

from flashgen.extract.apart import (
    answer_part,
    joined,
    names_alone_left,
    other_bullet,
    says,
)
from flashgen.extract.code_parts import code_alone, code_apart, is_long_code
from flashgen.extract.item_kinds import (
    claim_question,
    claims_asked,
    is_sequence,
    says_more_than,
)
from flashgen.extract.labels import (
    ASIDE_END,
    EXAMPLE,
    META_NAMES,
    NUMBERED_LINE,
    STEP,
    label_of,
    names_a_part,
    names_a_point,
    words_of,
)
from flashgen.extract.lead_ins import (
    SENTENCES,
    leads_on,
    without_announcements,
    without_dangling_lead_in,
)
from flashgen.extract.list_parts import led_lists, list_apart
from flashgen.extract.member_names import repeat_the_heading, subsections_named
from flashgen.extract.overviews import MAX_PART_LINES, part_line, pointed_names
from flashgen.extract.place import Place, is_term_like, plain
from flashgen.extract.prose_parts import questions_apart
from flashgen.extract.question_parts import question_section_apart
from flashgen.extract.sections import names_a_collection
from flashgen.extract.sizes import (
    MAX_ANSWER_LINES,
    MAX_WHOLE_LINES,
    Block,
    at_most,
    recallable,
    shown_lines,
    texts_recallable,
)
from flashgen.extract.skip import has_substance
from flashgen.extract.subjects import names_an_aspect, of_subject
from flashgen.extract.table_parts import table_apart
from flashgen.extract.term_gists import SENTENCE_BREAK, closed, gist_line
from flashgen.extract.term_parts import (
    MAX_TERM_WORDS,
    aspect_items_apart,
    named_items_apart,
    named_term,
)
from flashgen.flavours.boxes import QUESTION_TYPES
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import EMOJI, unwrap_strong


def answer_parts(
    own: list[Block], place: Place, asked: frozenset[int] = frozenset()
) -> tuple[list[str], list[Card]]:
    """The texts the heading's own card keeps, and the cards of the parts taken from it
    (`asked`: the lines of the list items another rule already made a card of).

    A long answer whose blocks are named by labels gives a card for each label, and keeps
    what comes before the first label with the labels' names. Code long enough to be read
    on its own then leaves a card still too long."""
    titled = subsections_named(own, place)
    titles = titled[len(own) :]  # the subsections' names added after the answer, if any
    own = without_announcements(without_dangling_lead_in(titled))
    questions = question_section_apart(own, place)
    if questions:
        return [], questions  # `## 예상 질문` asks nothing itself: each question is asked
    if recallable(own):
        return [text for _, text in own], []
    cards: list[Card] = []
    split = _labelled(own)
    if split is None:
        whole = own
        own, led = led_lists(own)
        for name, node, blocks in led:
            cards.append(of_subject(answer_part(name, joined(blocks), node, place)))
        if not led:
            own, cards = list_apart(own, place, asked)
        if not cards:
            own, cards = _tail_apart(own, place)
        if not cards:
            own, cards = _glossary_apart(own, place)
        if not cards and not _read_whole(own):
            own, asked_parts = questions_apart(own, place.path[-1])
            cards = [answer_part(p.question, p.answer, p.node, place) for p in asked_parts]
        if not cards:
            own, cards = named_items_apart(own, place, asked)
        if not cards:
            own, cards = _terms_apart(own, place, asked)
        if not cards:
            own, cards = table_apart(own, place, asked)
        if not cards:
            own, cards = aspect_items_apart(own, place)
        if cards and names_alone_left(own, whole, place):
            own = whole  # the parts keep their cards; the heading's keeps what answers it
    else:
        own, parts = split
        closing = titles if titles and parts[-1][2][-1] is titles[0] else []
        if closing and len(parts[-1][2]) > 1:  # the subsections' names close the heading's
            parts[-1][2].pop()  # answer, not the last part's (`- Members` over sample rows)
        else:
            closing = []
        if not own and all(names_an_aspect(label) for label, _, _ in parts):
            cards = [of_subject(answer_part(label, joined(b), n, place)) for label, n, b in parts]
            return [], cards  # `Example Questions`, `Example Responses` alone answer nothing
        parts, outro = _without_outro(parts)
        marker = other_bullet(own[-1][1]) if own else "-"
        if closing and marker == "-":  # after the labels' names, which they would else join
            closing = [(node, _DASH_BULLET.sub("* ", text)) for node, text in closing]
        outro = [*outro, *closing]
        lines = pointed_names([(label, part_line(node, blocks)) for label, node, blocks in parts])
        markers = [marker] * len(lines)
        if _numbered([node for _, node, _ in parts]) and not (own and _is_list(own[-1][0])):
            markers = [f"{number}." for number in range(1, len(lines) + 1)]
        names = "\n".join(f"{mark} {line}" for mark, line in zip(markers, lines, strict=True))
        if _names_say_nothing(lines, parts, place) and not _leads_into(own):
            if not has_substance(joined(own + outro)):
                return [], _part_cards(parts, place)  # `Data preparation` ⟶ `- Data Sources`
            own = [*own, *outro]  # the heading's own answer, without the names trailing it
        else:
            own = [*own, (parts[0][1], names), *outro]
        cards = _part_cards(parts, place)
    own, code = code_apart(own, place, place.path)
    return [text for _, text in own], cards + code


_DASH_BULLET = lazy(r"^- ", re.MULTILINE)


def _part_cards(parts: list[tuple[str, Node, list[Block]]], place: Place) -> list[Card]:
    """A card for each labelled part, its long code on cards of their own."""
    cards: list[Card] = []
    for label, node, blocks in parts:
        blocks, code = code_apart(blocks, place, (*place.path, label))
        cards.append(of_subject(answer_part(label, joined(blocks), node, place)))
        cards.extend(code)
    return cards


def _names_say_nothing(
    lines: list[str], parts: list[tuple[str, Node, list[Block]]], place: Place
) -> bool:
    """Whether an overview of the parts' names alone answers nothing: names of what the
    parts tell (`Data Sources:` and `Type` under `Data preparation`, `Advantages`), each
    asked on a card of its own, or names that only repeat the heading's words (`고정
    소수점`, `부동 소수점` under `고정 소수점과 부동 소수점`). Names say something alone
    when the heading asks for its members (`해시 함수의 종류`, `Common framings`), when
    each is a kind of what it names (`버스 토폴로지` under `네트워크 토폴로지`), when the
    writer numbers them (`1. Connectionless`, `2. Stateless`: the members, counted), when
    they are code (`get()`) or points rather than names (`Say what you would do …`). Names
    of parts that are only code (`반복문으로 구현`, `재귀로 구현` under `구현`) say nothing
    unless the heading asks for them or they are numbered: the code is what is asked."""
    if not set(lines) <= {label for label, _, _ in parts}:
        return False  # the parts said with their points: the overview answers
    heading = place.path[-1]
    if repeat_the_heading(lines, heading):
        return True
    if (
        names_a_collection(heading)
        or _PLURAL_END.search(plain(ASIDE_END.sub("", heading)))
        or _numbered([node for _, node, _ in parts])
        or any(_CODE_NAME.fullmatch(line.strip("* ")) for line in lines)
    ):
        return False
    asked = words_of(heading)
    return all(code_alone(blocks) for _, _, blocks in parts) or not (
        all(words_of(line) & asked for line in lines)
        or not all(is_term_like(line) and len(line.split()) <= _MAX_NAME_WORDS for line in lines)
    )


_PLURAL_END = lazy(r"[a-z]{3,}[^s]s$|방식$")
"""`Common Problematic Framings`, `Shard Key 결정 방식`: a heading asking for several."""
_CODE_NAME = lazy(r"`[^`]+`")
_MAX_NAME_WORDS = 4


def _leads_into(own: list[Block]) -> bool:
    """Whether the heading's own answer ends leading into the parts (`Consider projects
    like these:`, `> 로드 밸런싱 알고리즘`): their names are what it promises."""
    if not own:
        return False
    node, text = own[-1]
    if node.type == "blockquote" or label_of(node) is not None:
        return True
    return node.type == "paragraph" and leads_on(plain(text.strip()))


_MIN_TERMS = 3
"""Two named items are as often two sides of one answer (`장점: …`, `단점: …`) as terms."""


def _terms_apart(
    own: list[Block], place: Place, asked: frozenset[int]
) -> tuple[list[Block], list[Card]]:
    """An overlong answer whose one list names a term in each item, each told in a sentence
    or more (`1. 상태 저장: 직렬화를 사용하면 …`, `**Motivation** - What drives you? …`,
    `- Shared lock: 읽기만 …`), maybe between prose: the heading's card keeps the prose and
    the terms' names where the list was (in their numbers when numbered), and each term no
    other rule asks is asked with what the list says of it. A student recalls the names in
    one go, then each term on its own card. Only when every item names a term so (at least
    three, none an aspect such as `장점`, which names nothing alone), the list is no steps
    of a process, the answer's words (pictures aside) are too many to recall, and cutting
    helps: the list alone is too long to recall, or the answer is recalled once the names
    stand for it."""
    lists = [index for index, (node, _) in enumerate(own) if node.type in LIST_TYPES]
    if len(lists) != 1:
        return own, []
    at = lists[0]
    node, text = own[at]
    items = node.children
    if len(items) < _MIN_TERMS or texts_recallable([t for n, t in own if says(n)]):
        return own, []  # a picture beside the list is no line to recall
    terms = [named_term(item) for item in items]
    if None in terms:
        return own, []
    if node.type == "ordered_list" and (
        is_sequence(items, place) or any(_STEP_BACK.search(term[1]) for term in terms if term)
    ):
        return own, []  # steps of one procedure (`1번으로 돌아가 …`), read in their order
    if not all(term[1].partition("\n")[0] in text for term in terms if term is not None):
        return own, []  # a list other rules already cut keeps what they left of it
    names = [term[0] for term in terms if term is not None]
    if len(set(names)) < len(names) or any(
        names_an_aspect(name) or META_NAMES.match(plain(name)) or EXAMPLE.match(plain(name))
        for name in names
    ):
        return own, []  # `장점: …`, `Note: …`, `Example: …` name no term of their own
    lines = [item.map[0] + 1 if item.map else None for item in items]
    if not all(
        line in asked or has_substance(term[1])
        for term, line in zip(terms, lines, strict=True)
        if term is not None
    ):
        return own, []  # a term it cannot ask (what it says is only a question, a link)
    start = int(node.attrs.get("start", 1))
    if node.type == "ordered_list":
        marks = [f"{start + number}." for number in range(len(names))]
    else:
        marks = ["-"] * len(names)
    overview = "\n".join(f"{mark} {name}" for mark, name in zip(marks, names, strict=True))
    kept = [*own[:at], (node, overview), *own[at + 1 :]]
    if not texts_recallable([overview]):
        return own, []
    if texts_recallable([text]) and not texts_recallable([t for n, t in kept if says(n)]):
        return own, []  # the names would not make the answer one a student recalls
    gists = [gist_line(mark, term) for mark, term in zip(marks, terms, strict=True) if term]
    claims = _claims_told(own, at, marks, gists, terms, items, place, asked)
    if claims is not None:
        return claims  # `### Advantages`: each item one claim, which its heading's card keeps
    if all(gists) and not names_alone_left(kept, own, place):  # else kept as written
        told = [*own[:at], (node, "\n".join(g for g in gists if g)), *own[at + 1 :]]
        if shown_lines([t for n, t in told if says(n)]) <= MAX_WHOLE_LINES:
            kept = told  # `- Google: people over process`, not the bare `- Google`
    cards = [
        answer_part(term[0], term[1], item, place)
        for item, term, line in zip(items, terms, lines, strict=True)
        if term is not None and line not in asked
    ]
    return kept, cards


def _claims_told(
    own: list[Block],
    at: int,
    marks: list[str],
    gists: list[str | None],
    terms: list[tuple[str, str] | None],
    items: list[Node],
    place: Place,
    asked: frozenset[int],
) -> tuple[list[Block], list[Card]] | None:
    """Under a heading asking for claims of its subject (`### Advantages`, `Consequences of
    SQL Injection`), the items are no terms: each is one answer to the heading, which asked
    alone gives itself away (`Simple to Build`). The heading's card keeps every claim with
    its first sentence, or its gist when that overflows; a claim the list explains beyond
    that line is asked as the question its explanation answers (`Why is “Simple to Build”
    an advantage of Lottery Scheduling?`). None when the heading asks no claims, or its card
    would then be more than a little over one go: the terms' rule then applies."""
    claims = claims_asked(place)
    if claims is None:
        return None
    node = own[at][0]
    told = [
        _claim_line(mark, term) or gist or f"{mark} {term[0]}"
        for mark, gist, term in zip(marks, gists, terms, strict=True)
        if term is not None
    ]
    kept = [*own[:at], (node, "\n".join(told)), *own[at + 1 :]]
    if shown_lines([text for block, text in kept if says(block)]) > MAX_WHOLE_LINES:
        return None
    cards = [
        answer_part(claim_question(term[0], claims), term[1], item, place)
        for item, term, line in zip(items, terms, told, strict=True)
        if term is not None
        and (item.map is None or item.map[0] + 1 not in asked)
        and says_more_than(term[1], line)
    ]
    return kept, cards


def _claim_line(mark: str, claim: tuple[str, str]) -> str | None:
    """A claim's line on its heading's card with the whole first sentence saying it, when
    that fits the two lines a part's line may take; else None (its gist, `term_gist`)."""
    name, said = claim
    sentence = SENTENCE_BREAK.split(said.partition("\n")[0].strip(), maxsplit=1)[0]
    line = f"{mark} {name}: {sentence}"
    return line if shown_lines([line]) <= MAX_PART_LINES and closed(sentence) else None


_STEP_BACK = lazy(r"\d\s*번(?!째)|\bsteps?\s*\d|\d\s*단계", re.IGNORECASE)
"""`1번으로 돌아가`, `go back to step 2`: an item that refers to another by its number."""


def _without_outro(
    parts: list[tuple[str, Node, list[Block]]],
) -> tuple[list[tuple[str, Node, list[Block]]], list[Block]]:
    """Parts each a paragraph led by a bold name (`**High-Impact Projects:** …`, then
    `**Learning Experiences:** …`) and the paragraphs after the last: those speak of all
    the parts (`Construct a story for each project …`), not of the last one, and close the
    heading's answer; so does a table after the last of several lists each under a name
    (`Basic signals:` over a list, `Advanced signals:` over one, then a table scoring both).
    Parts written otherwise keep what follows them."""
    *before, (label, node, blocks) = parts
    if len(blocks) < 2 or any(len(part) != 1 for _, _, part in before):
        return parts, []
    if blocks[0][0] is node:  # bold lead-ins: the paragraphs after the last one
        if any(part[0][0] is not name for _, name, part in before) or any(
            block.type != "paragraph" for block, _ in blocks[1:]
        ):
            return parts, []
    elif not _one_kind_each(before, blocks):
        return parts, []
    return [*before, (label, node, blocks[:1])], blocks[1:]


def _one_kind_each(before: list[tuple[str, Node, list[Block]]], last: list[Block]) -> bool:
    """Whether each part holds one block of a kind (`Basic signals:` over a list, then
    `Advanced signals:` over one) and the last one's first block is of that kind too, the
    blocks after it of none of the parts' (a table scoring them all)."""
    kind = last[0][0].type
    return (
        kind in LIST_TYPES
        and all(part[0][0].type == kind for _, _, part in before)
        and all(block.type == "table" for block, _ in last[1:])
    )


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
_OUTPUT_NAMES = lazy(
    r"^(출력|출력값|출력\s*결과|실행\s*결과|결과|결과값|output|result|results)$", re.IGNORECASE
)
"""`**출력값**` under a program names what the program prints: no part apart from it."""
_MIN_TAIL_LINES = 3
"""An example or a named part of fewer lines of words (code aside) stays in the answer it
belongs to."""


def _tail_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """A long answer that answers its heading first and then goes on to one part the note
    marks apart: an example led into as one (`예를 들어 …`, `For example, …`, `Here's an
    example of …`, `예시` alone on a line, a case supposed after the answer, `…다고
    가정해보자.`; `Here's an example …` after a paragraph's first
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
    if found is None or _read_whole(own):
        return own, []
    index, name, first, head = found
    node = own[index][0]
    boxes = _boxes(own[index:], place) if node.type in _BOX_TYPES else []
    if len(boxes) > 1:  # `> **SPOF**` then `> **Fail over**`: a card for each term
        if not _answers_first(head, example=False):
            return own, []
        cards = [of_subject(answer_part(name, said, box, place)) for box, name, said in boxes]
        return head, cards
    boxed = node.type in _BOX_TYPES  # a box ends where the writer closed it
    after = own[index + 1 :]
    tail = ([(node, first)] if first else []) + ([] if boxed else after)
    if (
        not _answers_first(head, example=name in ("예시", "Example"))
        or not _one_part(after)
        or not _says_enough(tail, 1 if boxed else _MIN_TAIL_LINES)
    ):
        return own, []
    kept = [*head, *after] if boxed else head
    return kept, [of_subject(answer_part(name, joined(tail), node, place))]


def _glossary_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """A long answer that answers its heading first and sets terms it uses apart in boxes
    of their own, a term and what it is (`> RTT: 패킷이 … 왕복 시간`, a box of such lines, a
    term a line, `> **Ajax**(…)는 …`, or a box drawn by its own marks with no title of its
    own, `:::tip` … `:::` or `> [!note]`, over such lines): each term is asked on a card of
    its own, and the heading's card keeps the rest. A student reads such a box as a
    glossary beside the answer, not as more of it. Only when the answer's words are too
    many to recall, and every such box before the rest of the answer defines terms, none
    of them the heading's."""
    if not any(node.type in _BOX_TYPES for node, _ in own[1:]) or _read_whole(own):
        return own, []
    found = {
        index: terms
        for index, (node, text) in enumerate(own)
        if index
        and node.type in _BOX_TYPES
        and not _captions_code(own[index + 1 : index + 2])
        and (terms := _glossary(text, place))
    }
    if not found or not _answers_first(own[: min(found)], example=False):
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


_GLOSS_LINE = lazy(r"^(?P<name>(?:[^:\n()\"']|\([^()\n]*\))+?)\s*:\s+(?P<said>\S.*)$")
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
        marked = _marks_a_part(node, text, place) if index else None
        if marked is not None and _supposes(node) and not _answers_first(own[:index], True):
            continue  # a case the answer's own argument supposes (`<T super A>`이 있다고 가정하자.)
        if marked is not None:
            return index, marked[0], marked[1], own[:index]
    return None


def _supposes(node: Node) -> bool:
    return _SUPPOSED.match(plain(node.children[0].content.strip())) is not None


def _read_whole(own: list[Block]) -> bool:
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


def _answers_first(head: list[Block], example: bool) -> bool:
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


def _one_part(rest: list[Block]) -> bool:
    """Whether the blocks after a marker are one part: no other name or lead-in among them,
    which would make them parts the marker does not name."""
    for node, text in rest:
        if node.type == "paragraph" and (
            label_of(node) is not None
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
            return ("Example" if words.isascii() else "예시"), text
        label = label_of(node)
        if label is None or (label[2] is not None and label[0] != "bold"):
            return None
        if EXAMPLE.match(label[1]) and not names_an_aspect(place.path[-1]):
            return ("예시" if not label[1].isascii() else "Example"), label[2] or ""
        if label[0] != "bold" or not _names_apart(label[1]) or _repeats(label[1], place):
            return None
        return label[1], label[2] or ""
    if node.type in _BOX_TYPES:
        return _box_part(node, text, place)
    return None


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
    if asked is not None or node.type != "blockquote":
        return asked
    return _box(node, text, place)


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


def _labelled(own: list[Block]) -> tuple[list[Block], list[tuple[str, Node, list[Block]]]] | None:
    """The blocks before the first label, and each label with its node and the blocks under
    it; None unless at least two labels each stand over something.

    A writer marks the parts of one answer alike (each `- 트리 토폴로지` alone, or each
    `**Hash Sharding**`): labels are those written the way most of them are, and a line of
    another kind among them (`> 스푸핑이란` under `- 버스 토폴로지`) belongs to the part above."""
    labels = [
        None if index and _is_picture(own[index - 1][1]) else label_of(node)  # a caption
        for index, (node, _) in enumerate(own)
    ]
    labels = [None if label and EXAMPLE.match(label[1]) else label for label in labels]
    kinds = Counter(label[0] for label in labels if label is not None)
    if not kinds:
        return None
    kind = max(kinds, key=lambda k: (kinds[k], -_KINDS.index(k)))
    if kind == "item":
        labels = _long_labels_over_code(own, labels)
    intro: list[Block] = []
    parts: list[tuple[str, Node, list[Block]]] = []
    for block, label in zip(own, labels, strict=True):
        if label is not None and label[0] == kind and (not parts or parts[-1][2]):
            parts.append((label[1], block[0], [(block[0], label[2])] if label[2] else []))
        elif parts:
            parts[-1][2].append(block)
        else:
            intro.append(block)
    if len(parts) < 2 or not all(blocks for _, _, blocks in parts):
        return None
    if len({label.casefold() for label, _, _ in parts}) < len(parts):
        return None  # `**Bonus:** …` in each of two worked examples: no parts, but repeats
    return intro, parts


def _is_picture(text: str) -> bool:
    """A block that is only a picture: the line after it is its caption, not a name."""
    text = text.strip()
    return (text.startswith("![") or text.startswith("<img")) and "\n" not in text


def _long_labels_over_code(
    own: list[Block], labels: list[tuple[str, str, str | None] | None]
) -> list[tuple[str, str, str | None] | None]:
    """`labels`, with a bullet alone over code named a label too, longer than a term
    though it is (`- 직업이 없는 사원은 이름 뒤에 없음 이라고 붙여서 보이기`), when every
    bullet label stands over its code (`- 이름과 직업 붙여서 보이기` over its query): it says
    what its code does, as they do; read as a point, it and its code would join the part
    above. A sentence (`…round로 감싼다.`) is still a point of the part above."""
    over_code = [
        index + 1 < len(own) and own[index + 1][0].type in _CODE_TYPES for index in range(len(own))
    ]
    if not all(over_code[i] for i, label in enumerate(labels) if label and label[0] == "item"):
        return labels  # most parts: labels over prose, where a long bullet is a point
    return [
        _long_item_label(node) if label is None and over else label
        for (node, _), label, over in zip(own, labels, over_code, strict=True)
    ]


_CODE_TYPES = ("fence", "code_block")


def _long_item_label(node: Node) -> tuple[str, str, str | None] | None:
    """A list of one bare item whose line names a point, as `names_a_point` reads it."""
    if node.type not in LIST_TYPES or len(node.children) != 1 or node.children[0].below:
        return None
    line = node.children[0].line
    text = line.content.strip() if line is not None else ""
    if not text or "\n" in text or "](" in text or "<" in text:
        return None
    label = unwrap_strong(text).rstrip(" :")
    return ("item", label, None) if names_a_point(label) else None


_KINDS = ("item", "bold", "lead", "quote", "line")
"""How a label is written, the surest first: a bullet alone, a bold line, a bold lead-in
(`**Linearity.** For any …`), a quote, a line."""


def _is_list(node: Node) -> bool:
    return node.type in LIST_TYPES  # numbered names after it would join it in Markdown


def _numbered(labels: list[Node]) -> bool:
    """Whether the parts are numbered (`1.Client-Server`, `2. Stateless`): their names keep
    the order they are given in."""
    return all(
        node.type == "ordered_list"
        or (node.type == "paragraph" and bool(NUMBERED_LINE.match(node.children[0].content)))
        for node in labels
    )


