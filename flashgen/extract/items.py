"""Recognisers of list items that are cards of their own.

Each takes one list item and the place it is in, and returns None when the item is not
its kind, else the cards it gives (none, for navigation).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from flashgen.extract.parts import (
    MAX_RECALL_LINES,
    at_most,
    first_point,
    in_context,
    pointed_names,
)
from flashgen.extract.place import ItemRule, Place, is_claim, is_statement, is_term_like, plain
from flashgen.extract.sections import comparison_sides, is_aspect
from flashgen.extract.skip import has_substance, is_toc_entry
from flashgen.model import Card
from flashgen.syntax import Node
from flashgen.text import DASH_OR_ARROW, unwrap_strong

_TERM_DEFINITION = re.compile(
    r"^(?:\*\*(?P<strong_term>[^*:\n]+?)\s*:\*\*"  # **term:** definition
    r"|(?P<term>[^:\n]+?)\s*:)"  # term: definition, term : definition, **term**: definition
    r"\s+(?P<definition>\S.*)$",
    re.DOTALL,
)
_MAX_TERM_CHARS = 40
_MAX_TERM_WORDS = 6
_NOT_TERMS = {
    # Words that introduce an example, a note or a source, not a thing to define.
    "예", "예시", "예를 들어", "ex", "ex.", "e.g", "e.g.", "eg", "example", "examples",
    "참고", "note", "notes", "주의", "출처", "source", "sources", "ref", "reference",
    "링크", "link",
    "tip", "tips", "팁", "꿀팁", "hint", "hints", "힌트", "결론", "요약", "summary",
    "recap", "overview",  # `Self-attention recap: …` lists what a topic covers
}  # fmt: skip
_EXAMPLE_PREFIX = re.compile(r"^(ex|eg|e\.g|예|예시)\s*[).]", re.IGNORECASE)
_GIVES_EXAMPLES = re.compile(
    r"^(\(?(e\.\s?g|eg|ex|i\.e)\b\.?|예\s*[:)]|예를 들[어면]|for (example|instance)\b|such as\b)",
    re.IGNORECASE,
)
"""`video state: e.g. the positions of players, …`: examples of a thing, not what it is."""
_AN_EXAMPLE = re.compile(r"(?<!\bfor )\bexample\b", re.IGNORECASE)
"""`Here is an example:`, `One common example of recursion is the Fibonacci sequence.`: the
list after such a line spells out one example, whole; its items are its parts, not terms
the section teaches. Examples (`Some examples of common values are:`, `For example, …`,
`예시`, which says no number) may well be terms."""
_EXAMPLES_LABEL = re.compile(r"^[^.!?]{0,30}\bexamples\b[^.!?]{0,30}:$", re.IGNORECASE)
"""`Example Responses:`, `Examples:`: a label over a list of examples."""
_GRADES = {
    # How often, how hard or for whom: a grade of something the heading names, not a name.
    "common", "uncommon", "rare", "almost never", "always", "never", "often", "sometimes",
    "easy", "medium", "hard", "junior", "mid", "mid-level", "senior", "staff", "principal",
    "beginner", "intermediate", "advanced", "required", "optional", "recommended",
    "must have", "must-have", "nice to have", "nice-to-have",
    "필수", "선택", "권장", "초급", "중급", "고급", "쉬움", "보통", "어려움",
}  # fmt: skip
_RELATIVE_VALUE = (
    r"그\s?외|그\s?밖의|나머지|위를 제외한|the rest\b|the others\b|everything else\b|"
    r"all (the )?(other|remaining)\b|any other\b|anything else\b"
)
_RELATIVE = re.compile(rf"^({_RELATIVE_VALUE})", re.IGNORECASE)
"""`그 외 모든 객체`, `the rest`: said of what a sibling item leaves over, which asked alone
says nothing; a list with a row defined so answers its heading only whole. (`Other threads
wait` says something of its own.)"""
_RELATIVE_LABEL = re.compile(rf"^({_RELATIVE_VALUE}|이\s?외|기타|others?\b|otherwise\b)", re.I)
"""`- 그 외`, `- 기타 이진 트리`, `- Others`, `- Other points`: the rest, as a label."""
_RANKING = re.compile(r"^(step\s*)?\d+\s*(위|등|단계|번째|번|차|st|nd|rd|th)?$", re.IGNORECASE)
"""`1위`, `2단계`, `Step 3`: a place in an order, which names nothing to ask about."""


def term_definition(item: Node, place: Place) -> list[Card] | None:
    """`- EC2: Elastic Compute Cloud` → EC2 ⟶ Elastic Compute Cloud (and any children)."""
    text, rest = item.line, item.below
    if text is None or ":" not in text.content:
        return None
    match = _TERM_DEFINITION.match(text.content)
    if not match:
        return None
    term = unwrap_strong((match["strong_term"] or match["term"]).strip())
    if (
        not _is_term(term, _MAX_TERM_WORDS)
        or match["definition"].rstrip().endswith(":")  # `Data: Sources and Availability:` labels
        or _GIVES_EXAMPLES.match(plain(match["definition"]))
        or _RELATIVE.match(plain(match["definition"]))
        or _titles_its_children(match["definition"], rest)
        or _in_an_example(item, place)
    ):
        return None
    return _definition_card(term, match["definition"], rest, item, place, term_definition)


_MAX_SUBTITLE_WORDS = 4


def _titles_its_children(definition: str, rest: list[Node]) -> bool:
    """`- Labels: chargebacks and reviews` over `- chargebacks arrive late`: the words after
    the colon name what the points below speak of, so the line is a title, asked whole
    (`label_with_children`); its points do not define `Labels`."""
    words = plain(definition).rstrip(" :").casefold().split()
    if not rest or rest[0].type not in ("bullet_list", "ordered_list") or not words:
        return False
    first = rest[0].children[0].line if rest[0].children else None
    return (
        first is not None
        and len(words) <= _MAX_SUBTITLE_WORDS
        and len(words[0]) > 2
        and is_term_like(" ".join(words))
        and plain(first.content).casefold().startswith(words[0])
    )


_TERM_ARROW = re.compile(
    rf"^(?P<term>[^\n]+?)\s+(?:{DASH_OR_ARROW})\s+(?P<definition>\S.*)$", re.DOTALL
)
_MAX_ARROW_TERM_WORDS = 3
"""`A - B` and `A -> B` also write ranges, steps and chains: only a short name is a term."""
_CHAIN = re.compile(rf"\s({DASH_OR_ARROW})\s")
_CONSEQUENCE = re.compile(r"^(즉|따라서|그래서|그러므로|결국|so|thus|hence|therefore)\b", re.I)
_STATEMENT_END = re.compile(r"(음|함|됨|임|vs\.?)$|\bvs\b", re.IGNORECASE)


def term_arrow_definition(item: Node, place: Place) -> list[Card] | None:
    """`- LFU - 참조 횟수가 가장 적은 페이지를 교체`, `- Response Time → …`, `**SFT** — …`."""
    text, rest = item.line, item.below
    if text is None or not _CHAIN.search(text.content):
        return None  # no separator: `_TERM_ARROW` would try every length of term to see it
    match = _TERM_ARROW.match(text.content)
    if not match:
        return None
    term, definition = unwrap_strong(match["term"].strip()), plain(match["definition"])
    if (
        not _is_term(term, _MAX_ARROW_TERM_WORDS)
        or ":" in term
        or _STATEMENT_END.search(plain(term))  # `HTTP 헤더 없음 → …` says what follows
        or _CHAIN.search(definition)  # `signal() 호출 -> value = 1 -> …` is a chain of steps
        or _CONSEQUENCE.match(definition)  # `… → 즉, …` draws a conclusion
        or definition.endswith("?")  # `Latency requirements - 200msec?` asks
        or not _LETTERS.search(definition)  # `실행 순서 - [1], [2]`
        or _GIVES_EXAMPLES.match(definition)
        or _RELATIVE.match(definition)
        or _in_an_example(item, place)
    ):
        return None
    return _definition_card(term, match["definition"], rest, item, place, term_arrow_definition)


_LETTERS = re.compile(r"[^\W\d_]{2,}")
_NUMBER = re.compile(r"^(0x[0-9a-f]+|[\d\s.,%+\-*/^()=]+)$", re.IGNORECASE)


def _is_term(term: str, max_words: int) -> bool:
    """A name to ask about: short, not an example marker, a ranking or a number."""
    words = plain(term)
    return bool(
        words
        and len(words) <= _MAX_TERM_CHARS
        and len(words.split()) <= max_words
        and words.lower().rstrip(".") not in _NOT_TERMS
        and words.lower().split()[-1] not in _NOT_TERMS  # 이미지 출처: …
        and not _EXAMPLE_PREFIX.match(words)
        and not _RANKING.match(words)
        and not _names_nothing(words)
        and not _RELATIVE_LABEL.match(words)
        and "~~" not in term  # `~~꿀팁~~`: struck out by its writer
        and not _NUMBER.match(words)  # `0x068 -> 104` computes, `09 - 18` is a range
        and _balanced(term)  # the separator sits inside a link, a code span or parentheses
        and not is_statement(words)  # `노드는 항상 red다.` states, as a label may not either
        and not is_claim(words)  # `You must be mad: …` says something, names nothing
        and not _DESCRIBED.search(words)  # `crops from tracked boxes: …` is a step's input
    )


_DESCRIBED = re.compile(
    r"^[\w'’-]+(\s+[\w'’-]+)*\s+(from|by|with|into|via|using|through|on|onto|over|after|"
    r"before|without|at)\s+((the|a|an|each|every|all)\s+)?[a-z]"
)
"""A thing and where it comes from, in lower case after the preposition (`crops from
tracked boxes`, `cars on the road`), describes an input of a pipeline, not a name. Names
are capitalised (`Time on Page`) or join by `of`, `to`, `in` (`separation of concerns`)."""


def _names_nothing(label: str) -> bool:
    """`Uncommon`, `Senior`: a grade, which asked alone says not of what."""
    return label.lower().rstrip(" :.") in _GRADES


def _in_an_example(item: Node, place: Place) -> bool:
    """Whether the item is in a list of the section that a line just above introduces as an
    example: the whole list answers the heading, and no item is a card of its own."""
    above = _list_and_line_above(item, place)
    return above is not None and _introduces_an_example(above[1])


def _in_a_legend(item: Node, place: Place) -> bool:
    """`- idle: 유휴 상태` in a list under `범례:`, or just under a picture with every line a
    short key and its short value: a key to what the picture shows, read beside it, not a
    term the note teaches. (`- Load balancer: spreads requests over the servers` under a
    picture defines.)"""
    above = _list_and_line_above(item, place)
    if above is None:
        return False
    listed, line = above
    if _LEGEND_LABEL.match(plain(line)):
        return True
    return bool(_PICTURE_LINE.search(line)) and all(map(_is_key, listed.children))


_LEGEND_LABEL = re.compile(r"^\W*(범례|legend)\s*:?$", re.IGNORECASE)
_PICTURE_LINE = re.compile(r"^\s*(!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>)\s*$", re.IGNORECASE)
_MAX_KEY_WORDS = 2
_MAX_KEY_VALUE_WORDS = 3


def _is_key(item: Node) -> bool:
    """`- idle: 유휴 상태`: a word or two, a separator, and a few words."""
    words = plain(item.line.content) if item.line is not None else ""
    separator = _PAIR_SEPARATOR.search(words)
    return (
        separator is not None
        and not item.below
        and len(words[: separator.start()].split()) <= _MAX_KEY_WORDS
        and len(words[separator.end() :].split()) <= _MAX_KEY_VALUE_WORDS
    )


def _list_and_line_above(item: Node, place: Place) -> tuple[Node, str] | None:
    """The section's list that holds the item, and the last line of the paragraph just above
    it; None when no paragraph stands just above it."""
    if item.map is None:
        return None
    blocks = place.section.blocks  # in the order of their lines: the list is found by halving
    index = bisect_right(blocks, item.map[0], key=lambda block: block.map[0] if block.map else -1)
    block = blocks[index - 1] if index else None
    if (
        block is None
        or block.map is None
        or block.map[1] <= item.map[0]  # an item of a list inside another block
        or block.type not in ("bullet_list", "ordered_list")
        or index < 2
    ):
        return None
    before = blocks[index - 2]
    if before.type != "paragraph":
        return None
    return block, before.children[0].content.splitlines()[-1]


def _introduces_an_example(line: str) -> bool:
    words = plain(_ADDRESS.sub("", line))  # `![](https://example.com/…)` says no example
    return bool(_AN_EXAMPLE.search(words) or _EXAMPLES_LABEL.match(words))


_ADDRESS = re.compile(r"\]\([^)]*\)|<[^>]*>|\bhttps?://\S+")


def _definition_card(
    term: str,
    definition: str,
    rest: list[Node],
    item: Node,
    place: Place,
    rule: ItemRule,
) -> list[Card] | None:
    if (
        _ADVICE.search(plain(definition))
        or _in_a_legend(item, place)
        or (not rest and _shown_already(definition, term, place))
    ):
        return None  # the item is a line of its section's answer, which keeps it
    answer = "\n\n".join([definition, *(place.quote(child) for child in rest)])
    if not has_substance(answer):
        return None  # `공식 문서: https://…` points elsewhere; leave it in the section's answer
    return [place.card(term, answer, item, rule)]


_ADVICE = re.compile(
    r"^((if|when|unless|once)\b[^.;]*,\s*(include|add|mention|list|use|put|write|keep|leave|"
    r"omit|remove|avoid|consider|try|make|be|don't|do not|never|always|ask|say|show|highlight|"
    r"focus|prefer|skip|drop|describe|explain|specify|pick|choose|feel free)\b"
    r"|(make sure|be sure|don't|do not)\b)",
    re.IGNORECASE,
)
"""`If you shipped code in it, list it first`, `Make sure …`: a tip on what to do with the
item, not what the item is. (A Korean `… 적으세요` reads as a request to answer, which its
heading would not keep: it stays a card.)"""


def _shown_already(definition: str, term: str, place: Place) -> bool:
    """`- Demand forecasting: MAPE` under `## Mean Absolute Percentage Error`: a short value
    that the front or the context line already prints, in words or by its initials, teaches
    nothing asked."""
    value = plain(definition).strip(" .")
    if not value or len(value.split()) > _MAX_KEY_VALUE_WORDS:
        return False
    titles = [plain(title) for title in (*place.path, term)]
    if any(value in title for title in titles):  # as printed: `Lazy` is no `LAZY`
        found = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")  # a word, not part of one
        if any(found.search(title) for title in titles):
            return True
    return _ACRONYM.match(value) is not None and any(value in _initials(title) for title in titles)


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def _initials(title: str) -> set[str]:
    """The initials of each run of capitalised words: `Mean Absolute Error` → MAE, AE, …"""
    words = [word for word in re.split(r"[\s\-/()]+", title) if word]
    found: set[str] = set()
    for start in range(len(words)):
        letters = ""
        for word in words[start:]:
            if not word[0].isupper():
                break
            letters += word[0]
            found.add(letters)
    return found


def label_with_children(item: Node, place: Place) -> list[Card] | None:
    """`- 장점` over child bullets → "<section> › 장점" ⟶ the children."""
    text, rest = item.line, item.below
    if text is None or not any(c.type in ("bullet_list", "ordered_list") for c in rest):
        return None
    label = text.content.strip().removesuffix(":").strip()
    if (
        not is_term_like(plain(label))
        or _names_nothing(plain(label))
        or _RELATIVE_LABEL.match(plain(label))
        or "~~" in label
        or _one_way_told(plain(label), place)
        or _in_an_example(item, place)
    ):
        return None  # `- Redis보다 적은 메모리 요구` over its reason is part of an answer
    label = unwrap_strong(label).rstrip(" :,")  # `**Notes:**`, `정리하면,`
    answer, parts = _children_answer(rest, place, label)
    front = label + _aspects_asked(label, rest)
    return [place.card(front, answer, item, label_with_children), *parts]


_WAY_TOLD = re.compile(r"\S+\s\S+는\s(방법|방식)$")


def _one_way_told(label: str, place: Place) -> bool:
    """`- 행과 열의 성분을 곱해서 더하는 방법` under `## 곱셈 방법`: one of the ways the
    heading asks for, told by what it does: the list answers the heading, and the line is
    its content, not a name. (`- Write Through 방식` names one.)"""
    if not label.endswith(("방법", "방식")):
        return False  # most labels: cheap to see
    found = _WAY_TOLD.search(label)
    return found is not None and plain(place.path[-1]).rstrip(" ?:").endswith(found[1])


_PRO_CON = re.compile(
    r"^((?P<pro>pros?|advantages?|benefits?|장점)|(?P<con>cons?|disadvantages?|drawbacks?|단점))"
    r"\s*(:|$)",
    re.IGNORECASE,
)
_SAYS_PRO_CON = re.compile(r"\b(pros|cons|advantages|disadvantages)\b|장단점|장점|단점", re.I)


def _aspects_asked(label: str, rest: list[Node]) -> str:
    """`: pros and cons` when the points under a label are only its pros and its cons
    (`- Item-based CF` over `- Pros: …` and `- Cons: …`): the front says what is asked,
    which the name alone does not. Else nothing."""
    if len(rest) != 1 or rest[0].type not in ("bullet_list", "ordered_list"):
        return ""
    if _SAYS_PRO_CON.search(label):
        return ""  # `- GBDT pros and cons` asks so already
    kinds = set()
    for point in rest[0].children:
        found = _PRO_CON.match(plain(point.line.content)) if point.line is not None else None
        if found is None:
            return ""
        kinds.add("pro" if found["pro"] else "con")
    korean = "가" <= plain(rest[0].children[0].line.content)[:1] <= "힣"
    return _ASPECTS_NAMED[frozenset(kinds), korean]


_ASPECTS_NAMED = {
    (frozenset({"pro", "con"}), False): ": pros and cons",
    (frozenset({"pro"}), False): ": pros",
    (frozenset({"con"}), False): ": cons",
    (frozenset({"pro", "con"}), True): " 장단점",
    (frozenset({"pro"}), True): " 장점",
    (frozenset({"con"}), True): " 단점",
}


def _children_answer(rest: list[Node], place: Place, label: str) -> tuple[str, list[Card]]:
    """What a label's children answer, and the cards of its own parts: children too many to
    recall in one go, among them labels over their details (`- GBDT` over its pros and
    cons, under `- Model selection`), are asked part by part, each with the label in its
    context, and the label's answer names them (`list_answer`)."""
    blocks = [(child, place.quote(child)) for child in rest]
    if at_most(blocks, MAX_RECALL_LINES):
        return "\n\n".join(text for _, text in blocks), []
    texts: list[str] = []
    parts: list[Card] = []
    for child, text in blocks:
        made = (
            [label_with_children(sub, place) for sub in child.children]
            if child.type in ("bullet_list", "ordered_list")
            else []
        )
        if sum(cards is not None for cards in made) < 2:
            texts.append(text)  # one label alone is no list of parts
            continue
        named = list_answer(child.children, made, place)
        if named is not None:
            texts.append(named[0])
        parts.extend(_under(card, place, label) for cards in made if cards for card in cards)
    return "\n\n".join(texts), parts


def _under(card: Card, place: Place, label: str) -> Card:
    """A card made under a label, with the label in its context: `… › Model selection › GBDT`."""
    return in_context(card, (*place.path, label, *card.context[len(place.path) :]))


def kept_together(
    items: list[Node], made: list[list[Card] | None], place: Place
) -> list[list[Card] | None]:
    """The cards each item of a list gives (`made`), less those of items that make sense
    only beside their siblings: then the list answers its heading whole, and no item of it
    is a front. Such are the rows of a list one of whose items is defined relative to the
    others (`- Immutable: primitives`, `- Mutable: 그 외 모든 객체`), and the two sides a
    heading above compares, written under an aspect of the comparison (`- 추상 클래스` and
    `- 인터페이스`, each over its points, under `### 생성자` under `## 추상 클래스 vs
    인터페이스`)."""
    if not any(made):
        return made  # most lists: no item a card of its own
    if any(map(_says_relative, items)) or _compared_sides(items, made, place) or _is_mapping(made):
        return [None if cards and cards[0].rule in _PART_RULES else cards for cards in made]
    return made


def _says_relative(item: Node) -> bool:
    """`- Mutable: 그 외 모든 객체`, `- B → the rest`: a row defined by what its siblings
    leave over. An item that is itself the rest (`- 기타 이진 트리`, `- 나머지는 …`) is no
    front, but leaves its siblings theirs."""
    text = item.line
    if text is None or ":" not in text.content and not _CHAIN.search(text.content):
        return False
    words = plain(text.content)
    separator = _PAIR_SEPARATOR.search(words)
    return bool(separator and _RELATIVE.match(words[separator.end() :]))


_NUMBERING = re.compile(r"^\W*(\d+[.)]?\s*)+")
_PAIR_SEPARATOR = re.compile(rf"\s*:\s+|\s+(?:{DASH_OR_ARROW})\s+")


_MAX_MAPPED_WORDS = 3


def _is_mapping(made: list[list[Card] | None]) -> bool:
    """Whether the list's terms, three or more, map each to a value of one kind written
    alike (`- Create: 데이터 생성(POST)`, `- Read: 데이터 조회(GET)`, …): a table written as
    a list, where one row alone is trivial and the heading asks for the whole mapping.
    Values of one word (`O(1)`), or all the same, may well be asked one by one."""
    values = [
        plain(cards[0].answer).split()
        for cards in made
        if cards and cards[0].rule in (term_definition.__name__, term_arrow_definition.__name__)
    ]
    return (
        len(values) >= 3
        and all(1 < len(words) <= _MAX_MAPPED_WORDS for words in values)
        and len({tuple(words) for words in values}) == len(values)  # each row its own value
        and (len({words[0] for words in values}) == 1 or len({words[-1] for words in values}) == 1)
    )


def _compared_sides(items: list[Node], made: list[list[Card] | None], place: Place) -> bool:
    """Whether the list is two items, each a card, naming the two sides that a heading
    above this section compares (`추상 클래스 vs 인터페이스`)."""
    if len(items) != 2 or not all(made):
        return False
    names = [plain(cards[0].question).casefold() for cards in made if cards]
    for title in place.path[:-1]:
        sides = [_NUMBERING.sub("", side).casefold() for side in comparison_sides(title)]
        if sides and all(any(name.startswith(side) for name in names) for side in sides):
            return True
    return False


_MAX_BARE_LABEL_WORDS = 5
_PART_RULES = frozenset(
    rule.__name__ for rule in (label_with_children, term_definition, term_arrow_definition)
)
"""Rules whose items name a part of what their heading asks: `- EC2: 가상 컴퓨터` under
`## AWS 대표 서비스`, `- Read Through 패턴` over its details under `## 캐시 읽기 전략`."""
_MARKER = re.compile(r"^\s*([-*+]|\d+[.)])\s")


def list_answer(
    items: list[Node], made: list[list[Card] | None], place: Place, *, whole: bool = False
) -> tuple[str, bool] | None:
    """What of a list answers its heading (`made` holds, for each item, the cards a rule
    made of it, or None when none took it).

    Splitting an item off never takes it from the answer it belongs to. `whole`, the
    answer keeps every item that names a part or an aspect of the subject (`- 장점` over
    its points) as it is written, children and all: the heading's card keeps the whole
    list, and a sequence all its steps. The caller takes that when the heading's answer
    still fits in one go; otherwise an item that became a card by naming a part (a term, a
    label over its details) stays in the list by its own line without what stands under
    it, and when the list was all such parts, or the items left are bare labels too
    (`- Assumptions`), the answer names the parts, one a line: the details are on the
    parts' own cards. Questions and explicit cards ask something else, and navigation is
    nothing: neither answers the heading.

    Returns the text, and whether it only holds parts that all have cards of their own:
    such a list answers a heading that asks for a collection (`## 캐시 쓰기 전략`) or
    says something else too, but a topic's terms alone (`## 트랜잭션` over `- COMMIT: …`)
    are each asked, and leave nothing to ask of the topic."""
    if all(cards is None for cards in made):  # most lists: no item is a card of its own
        return "\n".join(place.quote(item) for item in items), False
    kept: list[tuple[Node, str | None]] = []  # each item in the answer, and the part it names
    left: list[Node] = []
    answering: list[Node] = []  # the items a whole answer keeps: parts and aspects too
    for item, cards in zip(items, made, strict=True):
        if cards is None or _is_condition(item, place):
            kept.append((item, None))  # a case keeps what follows from it in any answer
            left.append(item)
        elif (part := _part_name(cards)) is not None:
            kept.append((item, part))
        elif not _is_aspect(cards):
            continue
        answering.append(item)
    if not left and len(answering if whole else kept) < 2:
        return None  # one part alone is its own card's question
    if whole:
        return _between(items[0], place).join(
            place.quote(item).rstrip() for item in answering
        ), not left
    if len(left) < len(kept) - len(left) and all(_is_bare_label(item) for item in left):
        names = {
            (part or plain(unwrap_strong(item.line.content.strip()))).rstrip(" :;,"): item
            for item, part in kept
        }
        marker = _marker(items[0], place)
        named = "\n".join(
            f"{_numbered(marker, number)} {line}"
            for number, line in enumerate(
                pointed_names([(name, *first_point(item.below)) for name, item in names.items()])
            )
        )
        return named, not left
    return _between(items[0], place).join(
        place.quote(item) if part is None else _short_line(item, place) for item, part in kept
    ), False


_CONDITION = re.compile(r"(경우|때|\s시)$|^(when|if|whenever|once|in case)\b", re.IGNORECASE)


_MAX_CASE_LINES = 5


def _is_condition(item: Node, place: Place) -> bool:
    """`- invalid 페이지를 참조하는 경우` over what then happens, `- When the cache is full`:
    a case, which alone in an answer says nothing; its own card asks what follows, and the
    heading's answer keeps it whole when that is short."""
    text = item.line
    return (
        text is not None
        and bool(item.below)
        and bool(_CONDITION.search(plain(text.content).rstrip(" :")))
        and at_most([(item, place.quote(item))], _MAX_CASE_LINES)
    )


def _between(item: Node, place: Place) -> str:
    """What goes between the items of a list written again: a line break, or a blank line
    between bold labels over their lists (`**Advantages**`, then `**Disadvantages**`),
    which would else run on into the list above."""
    return "\n" if _marker(item, place, None) else "\n\n"


def _is_aspect(cards: list[Card]) -> bool:
    """Whether an item's cards ask an aspect of the subject (`- 장점` over its points)."""
    return bool(cards) and cards[0].rule in _PART_RULES and is_aspect(cards[0].question)


def _part_name(cards: list[Card]) -> str | None:
    """The name of the part an item's cards ask about (the first is the item's own; a label's
    parts may follow), or None when they ask another question."""
    if not cards or cards[0].rule not in _PART_RULES or is_aspect(cards[0].question):
        return None
    question = cards[0].question
    if _PRO_CON.match(plain(_MARKER.sub("", cards[0].answer, count=1))):
        for asked in _ASPECTS_NAMED.values():  # `Item-based CF: pros and cons` asks of
            question = question.removesuffix(asked)  # the part `Item-based CF`
    return question


_MAX_NAMES_BELOW = 6
_MAX_NAME_WORDS = 4


def _short_line(item: Node, place: Place) -> str:
    """An item that is a card of its own, as a shortened answer keeps it among points
    written out: its own line, and after a bare label the names of the points under it
    (`Options` → `Options: top view, vectorised, graph`), since a label alone among
    sentences reads as a point whose content was lost. (An answer of labels only names
    them, one a line: there each is plainly a part asked on its own card.)"""
    line = _own_line(item, place).rstrip(" :")
    return line if "\n" in line else _with_names_below(line, item)


def _with_names_below(label: str, item: Node) -> str:
    """`label: name, name, name` when the item is a bare label over one short list whose
    points each start with a name (`- vectorised: a context map`, `- GNN`); else `label`."""
    text, below = item.line, item.below
    if (
        text is None
        or len(below) != 1
        or below[0].type not in ("bullet_list", "ordered_list")
        or not 2 <= len(below[0].children) <= _MAX_NAMES_BELOW
        or ":" in text.content.strip().rstrip(":")  # `ML category: two options` says more
        or not is_term_like(plain(unwrap_strong(text.content.strip())).rstrip(" :"))
    ):
        return label
    names = []
    for point in below[0].children:
        words = plain(point.line.content) if point.line is not None else ""
        separator = _PAIR_SEPARATOR.search(words)
        name = (words[: separator.start()] if separator else words).strip(" :")
        if (
            not is_term_like(name)
            or len(name.split()) > _MAX_NAME_WORDS
            or is_aspect(name)
            or "?" in name  # `운영체제 왜 배울까요?` asks, names nothing
        ):
            return label  # `pros: …`, `cons: …` name aspects of the label, not its points
        names.append(name)
    return f"{label}: {', '.join(names)}"


def _own_line(item: Node, place: Place) -> str:
    """A list item's own line (lines, when it wraps), with its marker, without its children."""
    quoted = place.quote(item)
    if not item.below or item.map is None or item.children[0].map is None:
        return quoted
    return "\n".join(quoted.split("\n")[: item.children[0].map[1] - item.map[0]])


def _numbered(marker: str, offset: int) -> str:
    """The marker of the item `offset` places after one marked `marker` (`-`, or `3.` → `4.`)."""
    if not marker[0].isdigit():
        return marker
    return f"{int(marker[:-1]) + offset}{marker[-1]}"


def _marker(item: Node, place: Place, default: str | None = "-") -> str | None:
    """`-`, `*` or `3.`: how the item is marked in the note."""
    match = _MARKER.match(place.tree.lines[item.map[0]]) if item.map else None
    return match[1] if match else default


def _is_bare_label(item: Node) -> bool:
    """`- Assumptions`: a name with nothing under it and nothing said."""
    text, rest = item.line, item.below
    if text is None or rest:
        return False
    words = plain(text.content).rstrip(":")
    return (
        0 < len(words.split()) <= _MAX_BARE_LABEL_WORDS
        and not is_statement(words)
        and not is_claim(words)
        and "?" not in words
    )


def table_of_contents_entry(item: Node, place: Place) -> list[Card] | None:
    """`- 목차` over anchor links, inside a longer list: navigation, never a card."""
    rest = item.below
    if not rest or not _may_link(rest[0], place):
        return None  # most labels: no list of links under them
    # is_toc_entry reads the lists under the item too: each is a table of contents.
    return [] if is_toc_entry(item) else None


def _may_link(block: Node, place: Place) -> bool:
    """Whether a block's lines hold a `[`, which any link into the page needs."""
    if block.map is None:
        return True
    start, end = block.map
    return any("[" in line for line in place.tree.lines[start:end])


def _balanced(text: str) -> bool:
    """No bracket, parenthesis, code span or math left open, so a colon after it ends the text."""
    if any(text.count(mark) % 2 for mark in ("`", "**", "$")):
        return False
    if text and text[0] in "_*" and text[:2] != "**" and text.count(text[0]) % 2:
        return False  # `_Paragraph 4: …_`: the colon is inside the emphasis
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")
