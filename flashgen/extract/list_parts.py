"""Lists led into by a sentence or a bold name that names them, taken apart.

`Some common questions include:` over a list names it (`Common questions`): a long answer
of prose and such lists asks each list on its own under that name, and keeps the prose on
the heading's card.
"""

from __future__ import annotations

import re

from flashgen.extract.apart import answer_part, joined, says
from flashgen.extract.item_kinds import generic_label_over_few
from flashgen.extract.labels import (
    CLAUSE_WORD,
    EXAMPLE,
    EXAMPLE_END,
    LETTERS,
    META_NAMES,
    label_of,
    names_a_part,
    names_a_point,
    words_of,
)
from flashgen.extract.list_answers import gist_point
from flashgen.extract.overviews import (
    MAX_PART_LINES,
    VAGUE_NAME,
    pointed_names,
    says_nothing_alone,
)
from flashgen.extract.place import Place, is_claim, plain
from flashgen.extract.prose_parts import led_list_name
from flashgen.extract.sections import names_a_collection
from flashgen.extract.sizes import (
    ITEM_MARKER,
    ITEM_START,
    MAX_ANSWER_LINES,
    MAX_RECALL_LINES,
    MAX_WHOLE_LINES,
    Block,
    shown_lines,
    texts_recallable,
)
from flashgen.extract.skip import has_substance
from flashgen.extract.subjects import in_context, of_subject
from flashgen.extract.term_gists import SENTENCE_BREAK, first_sentence, term_gist
from flashgen.extract.term_parts import bold_term, named_term
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import CODE_TYPES, LIST_TYPES, Node
from flashgen.text import HTML_TAG, as_item_text, unwrap_strong


def led_lists(own: list[Block]) -> tuple[list[Block], list[tuple[str, Node, list[Block]]]]:
    """A long answer made of lists each led into by a sentence of its own (`Some common
    questions include:` over the questions) or by a bold name (`**Routines**`): the first
    such list answers the heading and stays on its card with the prose; each later one is
    asked on its own, named by what its lead-in names (`Common questions`). A lead-in that
    names nothing (`They are:`) keeps its list on the heading's card."""
    kept: list[Block] = []
    led: list[tuple[str, Node, list[Block]]] = []
    first = True  # the first list led into answers the heading: it stays on its card
    index = 0
    while index < len(own):
        node, text = own[index]
        after = own[index + 1] if index + 1 < len(own) else None
        if node.type == "paragraph" and after is not None and after[0].type in LIST_TYPES:
            prose, name = _lead_in(node, text)
            if name is not None and not first:
                if prose:
                    kept.append((node, prose))
                led.append((name, node, [after]))
                index += 2
                continue
            first = first and name is None and not text.rstrip().endswith(":")
        kept.append((node, text))
        index += 1
    if not led or not has_substance(joined(kept)):
        return _parts_led_later(own)
    return kept, led


def _parts_led_later(own: list[Block]) -> tuple[list[Block], list[tuple[str, Node, list[Block]]]]:
    """A long answer (over 10 lines as the card shows them, its code and drawings counted
    too, pictures aside) that answers its heading first, in words and a list or table of
    its own, then goes on to lists or tables each led in by a line naming it: a sentence
    (`Common fixes include:`, `해결 방법은 다음과 같다.`), a bold name (`**Scoring**`) or a
    short label (`Properties:`, `해결 방법`); or to code named in the writer's own words
    (`Numbers I keep forgetting:`). Each such part is asked on its own under that name,
    pictures and code after it going with it, and the heading's card keeps its answer.
    Not when the answer's lists are groups of one whole, each under a label of its own
    (`모든 스레드가 공유` over two areas, `스레드마다 하나씩` over three): one group asked
    alone leaves the others; nor when another list led in stays (`**[
    Circular wait ]** : 가장 많이 사용` over its list); nor a list working on the table
    before it (`풀이` under a worked example)."""
    if _shown_lines(own) <= MAX_WHOLE_LINES:
        return own, []
    kept: list[Block] = []
    led: list[tuple[str, Node, list[Block]]] = []
    answered = False  # the heading's words and a list or table of its own: what answers it
    stays = False
    index = 0
    while index < len(own):
        node, text = own[index]
        after = own[index + 1] if index + 1 < len(own) else None
        if (
            node.type == "paragraph"
            and after is not None
            and (after[0].type in _LED_BLOCKS or (answered and _kept_by_the_writer(after, text)))
        ):
            if not answered:
                if _heads_a_group(text):
                    return own, []  # `모든 스레드가 공유해서 사용` over one group of several
            else:
                prose, name = _lead_in(node, text)
                if name is None and after[0].type in LIST_TYPES:
                    prose, name = "", _label_over(node, _label_without_aside(text), after[0])
                elif name is None and after[0].type in CODE_TYPES:
                    prose, name = "", _label_over(node, text, after[0])
                if name is None and (text.rstrip().endswith(":") or _heads_a_group(text)):
                    stays = True  # a part led in stays: none is taken
                if name is not None and not (kept and kept[-1][0].type == "table"):
                    if prose:
                        kept.append((node, prose))
                    blocks = [after]
                    index += 2
                    while index < len(own) and (
                        shows_a_picture(*own[index]) or own[index][0].type in CODE_TYPES
                    ):
                        blocks.append(own[index])  # its picture or code goes with it
                        index += 1
                    if index < len(own) and _reads_the_list(own[index], name):
                        blocks.append(own[index])  # `1, 4번은 …` after the list: read with it
                        index += 1
                    led.append((name, node, blocks))
                    continue
        kept.append((node, text))
        if not answered and node.type in _LED_BLOCKS and has_substance(joined(kept)):
            answered = True
        index += 1
    if not led or stays or not has_substance(joined(kept)):
        return own, []
    return kept, led


def _label_without_aside(text: str) -> str:
    """A label's line without the aside after its name (`Demand shifters (the teacher's
    mnemonic "TIBEN"):` names `Demand shifters`), unless the name is of an example
    (`Worked example (3 processes):`), whose steps go on with the answer; the line as it
    is when it has no aside."""
    line = text.strip().removesuffix(":").rstrip()
    if not line.endswith(")"):
        return text
    name = _without_aside(line)
    return text if name == line or EXAMPLE_END.search(name) else name


def shows_a_picture(node: Node, text: str) -> bool:
    """Whether a block only shows a picture (`![](flow.png)`, `<div><img …></div>`)."""
    if node.type == "html_block":
        return "<img" in text and not HTML_TAG.sub("", text).strip()
    return _pictured(text)


_READS_ITEMS = lazy(r"^(?:\d+(?:\s*[,~-]\s*\d+)*\s*번|(?i:above|these|this|위|이\s))")


def _reads_the_list(block: Block, name: str) -> bool:
    """Whether the block after a list reads it: a paragraph or box opening on its items'
    numbers or pointing at it (`1, 4번은 비선점`, `These are …`), or naming the list as its
    lead-in did (`전이` over the transitions, then a box on a transition never made)."""
    node, text = block
    if node.type not in _PROSE:
        return False
    said = plain(unwrap_strong(text)).lstrip("> ").strip()
    if _READS_ITEMS.match(said):
        return True
    return len(name.split()) == 1 and len(name) > 1 and name.casefold() in said.casefold()


def _heads_a_group(text: str) -> bool:
    """Whether a paragraph is a line heading the group of points under it, no sentence
    (`모든 스레드가 공유해서 사용(GC의 대상)`, `Based on the context:`): one line, no sentence
    closed in it."""
    line = plain(unwrap_strong(text.strip()))
    return (
        bool(line)
        and "\n" not in line
        and not SENTENCE_BREAK.search(line)
        and not (line.endswith((".", "다", "요")))
    )


def _prose_still_long(kept: list[Block], given: str) -> bool:
    """Whether taking an answer's one list out would leave its heading's card prose alone,
    still too long to recall and longer than the list it gave away (`What are behavioral
    interviews`: two long paragraphs kept, the three kinds of questions they lead to gone):
    the card then loses the one list answering it and gains no recall."""
    if any(node.type in LIST_TYPES or ITEM_START.match(text) for node, text in kept):
        return False  # another list still answers (`Here are some tips:` over their names)
    texts = [text for node, text in kept if says(node)]
    lines = shown_lines(texts)
    return lines > MAX_WHOLE_LINES and lines > shown_lines([given])


def list_apart(
    own: list[Block], place: Place, asked: frozenset[int]
) -> tuple[list[Block], list[Card], frozenset[int]]:
    """Prose and one list led into by a sentence naming it (`Some examples of common
    values evaluated are:`) or by a bold name on a line, too long together: the list is
    asked on its own, named by its lead-in, and the prose stays on the heading's card. A
    list too long whole whose items each name a term (`**Growth** - How well …`) is
    answered by the names, and each term not yet asked by a rule of its own is asked with
    what the list says of it; a list whose terms cannot all be asked so (what it says of
    one is only a question) is asked whole while it is read as one answer, else it stays
    where it is. Also the lines of the list's items whose own cards the list's card answers
    (`glossed_items`), when a sentence leads into it whole."""
    lists = [index for index, (node, _) in enumerate(own) if node.type in LIST_TYPES]
    if len(lists) != 1 or lists[0] == 0 or own[lists[0] - 1][0].type != "paragraph":
        return own, [], frozenset()
    at = lists[0]
    lead_node, lead_text = own[at - 1]
    prose, name = _lead_in(lead_node, lead_text)
    if name is None:
        return _labelled_list_apart(own, at, place)
    kept = [*own[: at - 1], *([(lead_node, prose)] if prose else []), *own[at + 1 :]]
    before = [text for _, text in own[: at - 1]] + ([prose] if prose else [])
    if name is None or not has_substance("\n\n".join(before)) or _asks_for(place, name):
        return own, [], frozenset()
    if _prose_still_long(kept, own[at][1]):
        return own, [], frozenset()  # the answer stays whole
    node, text = own[at]
    label = label_of(lead_node)
    glossed = (
        glossed_items(node)
        if not (label and label[0] == "bold") and names_its_collection(lead_text)
        else frozenset()
    )
    terms = [bold_term(item) for item in node.children]
    # `My recommendation would be the **Breadth-first preparation** …` after the list: the
    # heading's answer speaks of its terms, so it keeps their names where the list was
    named_after = _named_after(terms, own[at + 1 :])
    whole = texts_recallable([text])
    if whole and not named_after:
        kept = _names_left(own, at, kept)
        return kept, [of_subject(answer_part(name, text, lead_node, place))], glossed
    lines = [item.map[0] + 1 if item.map else None for item in node.children]
    told = [  # each term's card: one a rule made, or one asking what the list says of it
        term is not None and line is not None and (line in asked or has_substance(term[1]))
        for term, line in zip(terms, lines, strict=True)
    ]
    names = "\n".join(f"- {as_item_text(term[0])}" for term in terms if term)
    if not all(told) or not texts_recallable([names]):
        if shown_lines([text]) > MAX_ANSWER_LINES and not whole:
            return own, [], frozenset()
        kept = _names_left(own, at, kept)
        glossed = glossed if whole else frozenset()
        return kept, [of_subject(answer_part(name, text, lead_node, place))], glossed
    if named_after:
        kept, cards, context = [*own[:at], (node, names), *own[at + 1 :]], [], place.path
    else:
        kept, context = _names_left(own, at, kept), (*place.path, name)
        cards = [of_subject(answer_part(name, names, lead_node, place))]
    for item, term, line in zip(node.children, terms, lines, strict=True):
        if term and line not in asked:
            cards.append(in_context(answer_part(term[0], term[1], item, place), context))
    return kept, cards, frozenset()


def _labelled_list_apart(
    own: list[Block], at: int, place: Place
) -> tuple[list[Block], list[Card], frozenset[int]]:
    """An answer that opens on what its subject is or does, then a short label leading into a
    list (`Fields:`, `해결:`, `Restore steps:`), too long together: two answers on one back.
    The list, read as one answer, is asked on its own by the label in the heading's context
    (`Inode › Fields`), and the heading's card keeps the prose. Not when the answer opens on
    code or a picture (the list then goes on from it), when a code block, a table or another
    list follows the list (code after it shows what it says), nor when the items name terms
    in bold, which are asked by rules of their own."""
    node, text = own[at]
    name = _label_over(*own[at - 1], node) if at >= 2 else None
    opening = own[0]
    if (
        name is None
        or opening[0].type != "paragraph"
        or not says(opening[0])
        or not has_substance(opening[1])
        or any(block.type not in _PROSE for block, _ in own[: at - 1] + own[at + 1 :])
        or any(bold_term(item) for item in node.children)
        or _asks_for(place, name)
        or not texts_recallable([text])
    ):
        return own, [], frozenset()
    kept = [*own[: at - 1], *own[at + 1 :]]
    return kept, [of_subject(answer_part(name, text, own[at - 1][0], place))], frozenset()


_PROSE = frozenset({"paragraph", "blockquote"})
_LED_BLOCKS = frozenset({*LIST_TYPES, "table"})
_MAX_LABEL_WORDS = 3
_LABEL_WORDS = lazy(r"^[^\W\d_][\w' -]*$")
_OWN_CLAUSE = lazy(
    r"^(?P<name>(?:[\w'-]+ ){0,2}[^\W\d_][\w'-]*s) (?:I|we|you)(?: [a-z][\w'-]*){1,2}$"
)
"""`Examples we keep using`, `Numbers I keep forgetting`, `Rules we now follow`: a
collection named by a plural, then the writer's own clause of a word or two saying what
they do with it; the clause counts for no word of the name, which stays whole on the front.
A longer clause tells a story of the writer's (`Design choices I had to make in PA3`)."""


def _kept_by_the_writer(after: Block, text: str) -> bool:
    """Whether a line names a collection in the writer's own words (`Numbers I keep
    forgetting:`) over code holding it: the code is that collection, as a list would be."""
    if after[0].type not in CODE_TYPES or "\n" in text:
        return False
    return bool(_OWN_CLAUSE.match(text.strip().removesuffix(":")))


_POINTS_AT = lazy(r"\b(?i:it|its|this|that|these|those|them)\b|이것|그것|이거|그거")
"""`Checking it:` goes on from the text before it (a worked example): no name of its own."""


def _label_over(node: Node, text: str, below: Node) -> str | None:
    """The name a short label gives the list under it (`Fields:` over an inode's fields,
    `들어있는 것`) after the heading's own answer: a line of a few words, nothing but a
    name and its colon if any, that a front can ask in the heading's context (`Inode ›
    Fields`); None for a sentence or a step leading into its list (`Then, chain rule
    backward:`, `Normal case for request $m$:`), an example or a remark (`Example:`,
    `Notes:`), a generic label over a few points (`Options:`), which stay on the heading's
    card."""
    line = text.strip()
    if node.type != "paragraph" or "\n" in line:
        return None
    name = plain(unwrap_strong(line.removesuffix(":"))).strip()
    words = len(name.split())
    if words > _MAX_LABEL_WORDS and (own := _OWN_CLAUSE.match(name)) is not None:
        words = len(own["name"].split())  # `Examples we keep using`: the clause names nothing
    if (
        not _LABEL_WORDS.match(name)
        or words > _MAX_LABEL_WORDS
        or CLAUSE_WORD.search(name)
        or _POINTS_AT.search(name)
        or not names_a_part(name)
        or EXAMPLE.match(name)
        or META_NAMES.match(name)
        or _JOINS_ON.match(name)
        or generic_label_over_few(name, [below])
    ):
        return None
    return name


_JOINS_ON = lazy(
    r"^(?:그래서|따라서|그러므로|즉|결국|그러니까|그리고|그런데|하지만|so|thus|hence|therefore|"
    r"then|and|but|also|plus|정리하면|요약하면|결론적으로|in\s+short|to\s+sum\s+up)[.!…]*$",
    re.IGNORECASE,
)
"""`그래서`, `So`, `정리하면` over a list: a word joining the list to what came before it (what
follows from it, its sum), no name of a part; asked alone it asks nothing."""


_MAX_GLOSS_NAME_WORDS = 4
_MAX_GLOSS_WORDS = 12
_MAX_GLOSSES = 6


_NAMES_ITS_COLLECTION = lazy(
    r"\b(?:include|includes|the following)\b"
    r"|\b(?:two|three|four|five|six|several|\d)\s+(?:[\w-]+\s+){0,2}[\w-]+s\b"
    r"|(?:다음|아래)(?:과|와) 같|(?:\d|두|세|네|다섯|여러|몇)\s?가지",
    re.IGNORECASE,
)
"""`The key elements of a pitch include:`, `… should span three areas:`, `다음과 같은 장점이
있다:`: a sentence naming the collection it leads into; not a clause over terms it goes
on to define (`How often a cache flushes:` over `- eager: …`, `- lazy: …`)."""


def names_its_collection(lead: str) -> bool:
    """Whether a lead-in's last sentence names the collection its list makes (`… include:`,
    `… three areas:`), with no clause in it (`How often …`)."""
    sentence = SENTENCE_BREAK.split(plain(unwrap_strong(lead.strip())))[-1]
    return bool(_NAMES_ITS_COLLECTION.search(sentence)) and not CLAUSE_WORD.search(sentence)


def glossed_items(node: Node) -> frozenset[int]:
    """The lines of a list's items when each is a short gloss of a name (`**Short** - You
    have limited time!`, `- **Direct** - Get to the point`): a name of a few words and one
    short sentence, nothing under it. Asked on a card of its own, under a lead-in naming
    the collection (`The key elements of a pitch include:`), the list is that card's back:
    an item asked by its name alone turns a piece of the answer into a question. None when
    any item is more (a term defined at length, points of its own)."""
    items = node.children
    if node.type not in LIST_TYPES or not 2 <= len(items) <= _MAX_GLOSSES:
        return frozenset()
    lines: list[int] = []
    for item in items:
        term = named_term(item)
        if term is None or item.map is None:
            return frozenset()
        name, said = plain(term[0]), plain(term[1])
        if (
            len(name.split()) > _MAX_GLOSS_NAME_WORDS
            or len(said.split()) > _MAX_GLOSS_WORDS
            or first_sentence(said).strip() != said.strip()
        ):
            return frozenset()
        lines.append(item.map[0] + 1)
    return frozenset(lines)


def _names_left(own: list[Block], at: int, kept: list[Block]) -> list[Block]:
    """The heading's card once the list at `at` is asked on its own: its lead-in stays,
    with the names of the list's parts where the list was (`For CF there are two
    modeling options:` over `1. Matrix Factorization`, `2. Two tower neural network`),
    each with its gist while all fit (`overviews.pointed_names`): without them the card
    keeps the prose and loses what answers it. The names go in a line after the lead-in
    when a list of them would make the card too long. `kept` (no names) when an item
    names no part (`- Viewing a post.`, `- 슈퍼 키`: the list is its own names) or the
    names would make the card more than a little over one go, a line longer at most
    when it already was."""
    lead_node, lead = own[at - 1]
    node = own[at][0]
    parts = [_part_named(item) for item in node.children]
    if not parts or None in parts:
        return kept
    told = [part for part in parts if part is not None]
    start = int(node.attrs.get("start", 1))
    before, after = [*own[: at - 1], (lead_node, lead.strip())], own[at + 1 :]
    limit = max(MAX_WHOLE_LINES, _said_lines(kept) + 1)
    for lines in (pointed_names(told), [name for name, _ in told]):  # with gists, then bare
        marks = [f"{start + n}." if node.type == "ordered_list" else "-" for n in range(len(lines))]
        listed = "\n".join(f"{mark} {line}" for mark, line in zip(marks, lines, strict=True))
        named = [*before, (node, listed), *after]
        if _said_lines(named) <= limit:
            return named
    if not lead.rstrip().endswith(":"):
        return kept  # a bold name or a sentence with no colon leads into no names in a line
    names = ", ".join(name for name, _ in told)
    inline = [*own[: at - 1], (lead_node, f"{lead.strip()} {names}."), *after]
    return inline if _said_lines(inline) <= limit else kept


def _part_named(item: Node) -> tuple[str, str | None] | None:
    """The name a list item gives its part and the gist of what it says of it (`**Short**
    - You have limited time!`, `Matrix Factorization` over its pros and cons): its first
    sentence whole, not a clause cut from it (`Swapping values: Just like arrays`); None
    when the item says no name apart from what it says."""
    term = named_term(item)
    if term is not None:
        sentence = first_sentence(term[1])
        gist = term_gist(term[1])
        return term[0], gist if gist == sentence else None  # a clause cut may read wrong
    name = _name_over_points(item)
    if name is None:
        return _name_over_one_point(item)
    return name, gist_point(name, item)


def _name_over_one_point(item: Node) -> tuple[str, None] | None:
    """A list item that is a name alone over the one point saying what it is (`- 배송
    거점` over what it keeps, beside names over points of their own): it names its part
    as those do, with no gist (its point may be long)."""
    below = item.below
    if item.line is None or len(below) != 1 or below[0].type != "bullet_list":
        return None
    if len(below[0].children) != 1:
        return None
    line = item.line.content.strip()
    if "\n" in line or "](" in line or "<" in line or _COLON_END.search(line):
        return None
    name = unwrap_strong(line).strip()
    if is_claim(name) or not names_a_part(name) or _CLAUSE_END.search(name):
        return None
    return name, None


def _shown_lines(blocks: list[Block]) -> int:
    """The lines the blocks take on the card, code and drawings too (`lock count ^` drawn
    under the two phases of a lock): the student reads them with the answer. Pictures
    aside."""
    return shown_lines([text for node, text in blocks if node.type != "html_block"])


def _said_lines(blocks: list[Block]) -> int:
    """The lines the blocks that say something take on the card (pictures aside)."""
    return shown_lines([text for node, text in blocks if says(node)])


def _named_after(terms: list[tuple[str, str] | None], after: list[Block]) -> bool:
    """Whether the text after a list speaks of one of the terms it defines by name."""
    said = joined(after).casefold()
    return bool(said) and any(
        term and len(term[0]) > 2 and plain(term[0]).casefold() in said for term in terms
    )


def _asks_for(place: Place, name: str) -> bool:
    """Whether the heading asks for the list itself (`## Graph representations` over `The
    common graph representations are:`, `## 외부 단편화 해결 방법` over `해결 방법은 아래와
    같다.`): the list is its answer, and stays on its card."""
    asked, named = words_of(place.path[-1]), words_of(name)
    return bool(asked) and bool(named) and (asked <= named or named <= asked)


_LEAD_SENTENCE = lazy(r"(?:^|(?<=[.!?])\s+)(?P<lead>[^.!?]+:)\s*$")
_LEAD_NAMES = (
    lazy(r"^(?:these|here) (?:are|is) (?:some |a few )?(?:of )?(?:the )?(?P<name>.+)$", re.I),
    lazy(
        r"^(?:(?:some|a few|other|the) )?(?P<name>.+?) (?P<verb>are|include|includes|would be)$",
        re.I,
    ),
    lazy(r"^(?P<name>.+?)(?:은|는|으로는|로는) (?:다음|아래)(?:과|와) 같(?:다|습니다)$"),
)
_MAX_LEAD_WORDS = 10


_ARTICLE = lazy(r"^(a|an|the)\s+", re.IGNORECASE)


def _names_a_list(name: str) -> bool:
    """`Common system design questions` names a list; `They`, `Steps`, `Two examples` do
    not, asked alone under the heading."""
    words = name.split()
    return (
        2 <= len(words) <= _MAX_LEAD_WORDS
        and bool(LETTERS.search(name))
        and not VAGUE_NAME.match(name)
    )


def _lead_in(node: Node, text: str) -> tuple[str, str | None]:
    """A paragraph's text before its last sentence when that sentence leads into a list
    (`… Some common questions include:`), and the name it gives the list (`Common
    questions`); a bold name alone on the line names it too. ("", None) when it leads into
    nothing it names."""
    label = label_of(node)
    if label is not None and label[0] == "bold" and label[2] is None:
        return "", label[1]
    return _led_by(text)


def _led_by(text: str) -> tuple[str, str | None]:
    """A text before its last sentence when that sentence leads into a list, and the name
    it gives the list; (text, None) when it names none."""
    match = _LEAD_SENTENCE.search(text.strip())
    if match is None or "\n" in match["lead"].strip():
        return led_list_name(text) or (text, None)
    sentence = plain(match["lead"]).rstrip(" :")
    for pattern in _LEAD_NAMES:
        found = pattern.match(sentence)
        if found is not None:
            name = _ARTICLE.sub("", found["name"].split(", ")[0].strip())
            if found.groupdict().get("verb") and CLAUSE_WORD.search(name):
                break  # `Costs depend on how large tables are:`: a sentence, its verb the clause's
            if _names_a_list(name):
                return text.strip()[: match.start("lead")].strip(), name[0].upper() + name[1:]
    return led_list_name(text) or (text, None)  # `Here's how it works:`, `…은 다음과 같다.`


def sublists_apart(
    own: list[Block], place: Place, asked: frozenset[int]
) -> tuple[list[Block], list[Card]]:
    """A long answer whose bulleted list has an item naming a part over points of its own
    (`- Translate the task into an ML problem` over `- ML objective`, `- ML I/O`, …; `-
    최상위 도메인 서버` over what it holds): each such part is asked on its own with its
    points, and the heading's card keeps the item's line where it was, in its list. Only
    points of three lines or more as the card shows them make a part (fewer are read with
    the line over them), and only under a name or a label: an item that makes a claim (`-
    SSL 암호화에 좋음`) or opens a clause its points go on with (`- 애플리케이션이 시작될 때`,
    `- Address split into`) keeps them, as do numbered steps, which stay together, and a
    list under a heading asking for its members (`트랜잭션 스케줄 유형`)."""
    if names_a_collection(place.section.title):
        return own, []  # `트랜잭션 스케줄 유형`: the members are its answer, on its card
    if _said_lines(own) <= MAX_WHOLE_LINES:
        return own, []  # a card a line or two over one go loses more than it sheds
    kept: list[Block] = []
    cards: list[Card] = []
    for node, text in own:
        if node.type == "bullet_list":
            others = [block for block in own if block[0] is not node and not _pictured(block[1])]
            room = MAX_RECALL_LINES - _said_lines(others)
            for item in node.children:
                name = _name_over_points(item)
                if name is None:
                    continue
                points = place.quote(item.below[-1])
                shorter = _without_points(text, item, points)
                if shorter is None or shown_lines([points]) < _MIN_PART_LINES:
                    continue
                if "```" in points or "~~~" in points:
                    continue  # `- 실행` over the code run: a worked example, read with its result
                shorter = _line_answering(shorter, item, item.below[-1], room)
                if shorter is None:
                    continue
                text = shorter
                if item.map is not None and item.map[0] + 1 not in asked:
                    points, deeper = _deeper_parts_apart(name, item.below[-1], points, place, asked)
                    cards.append(of_subject(answer_part(name, points, item, place)))
                    cards.extend(deeper)
        kept.append((node, text))
    if not cards:
        return own, []
    return kept, cards


def _deeper_parts_apart(
    name: str, points: Node, text: str, place: Place, asked: frozenset[int]
) -> tuple[str, list[Card]]:
    """A part's points once more taken apart when they are still too long to recall
    (`Scaling for increased demand` over `- Scaling the servers` and `- Scaling the model`,
    each over an outline of its own): each point naming a part over points of its own is
    asked on its own in the part's context (`… › Scaling for increased demand`), and the
    part's card keeps its line with the names beside it, its deeper lines gone. One level
    only: a card made here is not taken apart again."""
    if shown_lines([text]) <= MAX_RECALL_LINES:
        return text, []
    cards: list[Card] = []
    for point in points.children:
        label = _name_over_points(point)
        if label is None:
            continue
        below = place.quote(point.below[-1])
        if shown_lines([below]) < _MIN_PART_LINES or "```" in below or "~~~" in below:
            continue
        shorter = _without_points(text, point, below)
        if shorter is not None:
            shorter = _line_answering(shorter, point, point.below[-1], MAX_RECALL_LINES)
        if shorter is None:
            continue
        text = shorter
        if point.map is not None and point.map[0] + 1 not in asked:
            card = of_subject(answer_part(label, below, point, place))
            cards.append(in_context(card, (*card.context, name)))
    return text, cards


def _pictured(text: str) -> bool:
    """Whether a block only shows pictures (`![[sender.png]]`), which a card's size leaves
    aside."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(line.startswith(("![", "<img")) for line in lines)


_MIN_PART_LINES = 3
"""Points taking fewer lines than this on the card are read with the line over them."""
_COLON_END = lazy(r"[:：]\s*$")
_CLAUSE_END = lazy(
    r"(?:때|경우|면|고|며|서|는데|지만|[,;]|\b(?:into|of|by|includes?|are|is|such as|like))$",
    re.IGNORECASE,
)
"""`애플리케이션이 시작될 때`, `… 요청하는 경우`, `Address split into`: a clause the points
under it go on with."""
_OPENS_A_CLAUSE = lazy(
    r"^(?:(?:if|when|with|assuming|once|after|before|since|as|e\.g\.|for example)\b"
    r"|예를\s?들|예\))",
    re.IGNORECASE,
)
"""`If the IP isn't cached:`, `예를 들어 …`: a case set up, which names no part."""


def _name_over_points(item: Node) -> str | None:
    """What a list item names over a list of two points or more of its own (its line,
    without a closing colon or bold), when its line names a part or a point (`Offline
    metrics (e.g. …)`, `**Semaphore**:`); None for any other item."""
    below = item.below
    titled = item.line is None and len(below) == 2 and below[0].type == "heading"
    if titled:  # `- ### 로딩` over its points: the note marks the part with a heading
        below = below[1:]
    if (
        (item.line is None and not titled)
        or len(below) != 1
        or below[0].type != "bullet_list"
        or len(below[0].children) < 2
    ):
        return None
    line = _own_line(item).strip()
    if titled:
        name = unwrap_strong(line).strip()
        return name if "\n" not in name and LETTERS.search(name) else None
    if "\n" in line or "](" in line or "<" in line:
        return None  # several lines, a link or markup say more than a name
    led = _led_name(line)
    if led is not None:
        return led  # `오라클의 장점은 다음과 같다.` over them: the sentence names them
    # `**Semaphore**:` and `**Semaphore:**` alike: the colon outside the bold, then inside
    name = _COLON_END.sub("", unwrap_strong(_COLON_END.sub("", line))).strip()
    if _counts(name) == len(below[0].children):
        return name  # `CPU는 3개의 버스를 통해 …`, `there can be 2 scenarios`: it announces them
    if _OPENS_A_CLAUSE.match(name) or _CLAUSE_END.search(name):
        return None
    if generic_label_over_few(name, below):
        return None  # `- Options:` over three: options of what?
    if names_a_part(name) or (names_a_point(name) and not is_claim(name)):
        return name  # not a claim (`SSL 암호화에 좋음`), which asked gives itself away
    return None


def _line_answering(text: str, item: Node, points: Node, room: int) -> str | None:
    """The list's text once an item's points are asked on their own card: the item's line
    keeps the points' names beside it (`CPU는 3개의 버스를 통해 메모리에 접근함: 주소 버스,
    데이터 버스, 제어 버스`), as it said them. Points with no names (pros, claims) leave a
    line leading into them (`장점과 단점은 다음과 같다.`) out, the part's card asking it;
    None (no split) when the line would be left saying what the card no longer answers
    (`Frame-level` without its contrast); a title (`- ### 로딩`) stays alone. Names too
    many for a line or two go one a line under it, as bare names. Names that say nothing
    alone (`another option`, `Input`, `Out`) are not given: the line stays alone. Points
    over points of their own (`**Timeout**` over what the sender then does) are named
    each with its first point, one a line, while the list takes `room` lines at most: the
    name alone is a heading of what the student recalls, not the answer."""
    line = _own_line(item).strip()
    names = _point_names(points)
    lines = text.splitlines()
    at = _line_index(lines, item)
    if at is None:
        return None
    if names is not None:  # `one option for history`, `Input`, `Out`: their point is after them
        names = [name for name in names if not says_nothing_alone(name)]
        if not names:
            return text  # the line says more alone
    if names is None:
        if item.line is None:
            return text  # `- ### 로딩`: a title the note gave the part, read as an outline
        if _led_name(line) is None:
            return None
        return "\n".join([*lines[:at], *lines[at + 1 :]])
    said = plain(line).casefold()
    if all(plain(name).casefold() in said for name in names):
        return None  # `3단계 : 검증 -> 준비 -> 실행`: the names are there, their meanings would go
    marker = ITEM_MARKER.match(lines[at])
    indent = " " * (len(marker[0]) if marker else 2)
    pointed = (
        _names_with_first_points(points, names) if len(names) == len(points.children) else None
    )
    if pointed is not None:
        under = [f"{indent}- {said}" for said in pointed]
        told = "\n".join([*lines[: at + 1], *under, *lines[at + 1 :]])
        # the card as an outline (the list's own lines, this item's named points) fits one go:
        # the points under other items may yet go to cards of their own
        outline = [said for said in lines if said.strip() and not said[0].isspace()]
        if shown_lines([*outline, *under]) <= room:
            return told
    named = [f"{_LINE_END.sub('', lines[at])}: {', '.join(names)}"]
    if shown_lines([named[0].strip()]) > _MAX_NAMES_LINES:  # too many for a line: one a line
        named = [lines[at], *(f"{indent}- {name}" for name in names)]
    return "\n".join([*lines[:at], *named, *lines[at + 1 :]])


def _names_with_first_points(points: Node, names: list[str]) -> list[str] | None:
    """Each point's name with its first point (`Receipt of ACK: ACK for SN n is taken as
    cumulative acknowledgement …`) when some points have points of their own, which their
    names only head; a point with none is given as written. None when no point has points
    of its own, or one's first point is no line of its own, or a line would take more than
    two lines of the card."""
    if not any(point.below for point in points.children):
        return None
    said = []
    for point, name in zip(points.children, names, strict=True):
        own = point.line.content.strip() if point.line is not None else ""
        if not point.below:
            said.append(own.rstrip(" ;,") or name)  # `Regression metrics: MSE, MAE` as written
            continue
        if plain(own).rstrip(" :") != plain(name) and "](" not in own and "\n" not in own:
            said.append(own.rstrip(" ;,"))  # `Scaling SW system (sharding, caching, …)`
            continue
        below = point.below[0]
        first = below.children[0] if below.type in LIST_TYPES and below.children else None
        text = first.line.content.strip() if first is not None and first.line is not None else ""
        if len(point.below) != 1 or not text or "\n" in text or "](" in text or text.endswith(":"):
            return None
        if first is not None and first.below and len(plain(text).split()) <= _MAX_NAME_WORDS - 1:
            return None  # `Distributed ML` over its kinds: a name again, no point
        said.append(f"{name}: {text.rstrip(' ;,')}")
    if any(shown_lines([line]) > MAX_PART_LINES for line in said):
        return None
    return said


_MAX_NAMES_LINES = 2
_LINE_END = lazy(r"\s*[.:：]?\s*$")
_NAME_END = lazy(r"\s*(?:\([^()]*\))?\s*[,;.:]?\s*$")


_LINK = lazy(r"\[([^\]]*)\]\([^)]*\)")


def _without_aside(line: str) -> str:
    """A line without the aside closing it, asides inside it and all (`Auto ML (soft: HP
    tuning, hard: search (NAS))` → `Auto ML`): its name, whole."""
    if not line.endswith(")"):
        return line
    depth = 0
    for at in range(len(line) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(line[at], 0)
        if depth == 0:
            return line[:at].rstrip() or line
    return line  # `a) …)`: no aside opened


def _point_names(points: Node) -> list[str] | None:
    """The names of an item's points (`주소 버스: …` → `주소 버스`, `ML objective,` →
    `ML objective`, `ML category (e.g. …)` → `ML category`), None when one of them names
    nothing but says a claim or a sentence (`시간을 절약할 수 있다.`)."""
    names = []
    for point in points.children:
        term = named_term(point)
        if term is not None and term[0].count("(") <= term[0].count(")"):
            names.append(term[0])
            continue  # `Auto ML (soft: tuning, …)`: a colon inside the aside names no term
        if point.line is None:
            return None
        name = _NAME_END.sub("", _without_aside(_LINK.sub(r"\1", point.line.content.strip())))
        name = unwrap_strong(_COLON_END.sub("", name)).strip()
        if (
            not name
            or "\n" in name
            or len(name.split()) > _MAX_NAME_WORDS
            or is_claim(name)
            or not (names_a_part(name) or names_a_point(name))
        ):
            return None
        names.append(name)
    return names


_MAX_NAME_WORDS = 4


def _own_line(item: Node) -> str:
    """An item's own line as the note wrote it: its text, or the title of a heading
    opening it (`- ### 로딩`)."""
    if item.line is not None:
        return item.line.content
    first = item.below[0] if item.below else None
    return first.children[0].content if first is not None and first.type == "heading" else ""


def _line_index(lines: list[str], item: Node) -> int | None:
    """Where an item's own line stands among a list's lines (after its marker), None when
    it is not there (the list's text was already changed around it)."""
    line = _own_line(item).strip()
    if not line:
        return None
    return next((at for at, said in enumerate(lines) if said.strip().endswith(line)), None)


def _led_name(line: str) -> str | None:
    """The name a sentence alone on an item's line gives the points under it (`오라클의
    장점은 다음과 같다.` → `오라클의 장점`, `The main advantages are:` → `Main advantages`);
    None when the line is not such a sentence or names nothing a front can ask alone."""
    if not line.endswith((":", ".", "다")):
        return None  # cheap: a lead-in sentence closes so
    prose, name = _led_by(line)
    return name if name is not None and not prose else None


_COUNT = lazy(
    r"(?:^|\s)(?:(?P<count>\d)\s*(?:개|가지|종류|단계)?|(?P<word>two|three|four|five)"
    r"|(?P<korean>두|세|네|다섯)\s*(?:개|가지|종류|단계))(?=[\s의]|$)(?!\s*번째)",
    re.IGNORECASE,
)
"""`3개의 버스`, `3 events`, `two cases`, `세 가지 방법`; a Korean count word only with what it
counts by (`두 인터페이스` counts no points), never an ordinal (`두 번째`)."""
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "두": 2, "세": 3, "네": 4, "다섯": 5}


def _counts(line: str) -> int | None:
    """How many things a line says there are (`3개의 버스`, `two scenarios`), None when it
    counts nothing or more than one number."""
    found = list(_COUNT.finditer(line))
    if len(found) != 1:
        return None
    count = found[0]["count"] or (found[0]["word"] or found[0]["korean"]).casefold()
    return int(count) if count.isdigit() else _COUNTS[count]


def _without_points(text: str, item: Node, written: str) -> str | None:
    """A list's text (what is left of it) without the points under one of its items, as
    the note wrote them (`written`); None when they are not there under the item's line."""
    points = [line.strip() for line in written.splitlines() if line.strip()]
    lines = text.splitlines()
    stripped = [line.strip() for line in lines]
    at = _line_index(lines, item)
    if at is None:
        return None
    end, matched = at + 1, 0
    while end < len(lines) and matched < len(points):
        if stripped[end]:  # blank lines between the points (a loose list) go with them
            if stripped[end] != points[matched]:
                return None
            matched += 1
        end += 1
    if matched < len(points):
        return None
    while end < len(lines) - 1 and not stripped[end]:
        end += 1  # the blank line after the points, when more of the list follows
    return "\n".join([*lines[: at + 1], *lines[end:]]).rstrip()
