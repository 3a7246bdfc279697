"""The lines of a heading's card that name its parts (`Text: tokenize; embed with BERT`).

A student recalls the parts' names in one go, then each part on its own card: the overview
gives each name with what its part says in a line while all of them fit one recall, and the
names alone otherwise. List answers name their parts the same way.
"""

from __future__ import annotations

import re

from flashgen.extract.labels import META_NAMES
from flashgen.extract.pictures import has_words
from flashgen.extract.place import is_statement, plain
from flashgen.extract.sizes import MAX_RECALL_LINES, Block, shown_lines
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import unwrap_strong

MAX_PART_LINES = 2
"""A part named with what it says keeps that to two lines of the card; longer, it is
asked on the part's own card, and the overview names it alone."""


def pointed_names(parts: list[tuple[str, str | None]]) -> list[str]:
    """The lines of an answer naming its parts, from each part's name and what it says in
    one line (`points_line`): `Text: tokenize; embed with BERT` while every part says it
    in a line or two and the whole is recalled in one go, else the names alone. A part is
    never cut short (`first point …`), nor named bare beside others told whole: the
    overview is either whole or an outline of names, and each part's own card holds the
    rest; only a name that says nothing alone (`Two options`) keeps its points there. A
    meta name (`Tips`) names no part."""
    kept = [part for part in parts if not META_NAMES.match(plain(part[0]))] or parts
    pointed = [f"{name}: {point}" if point else name for name, point in kept]
    if all([point is not None for _, point in kept]) and _fit(pointed):
        return pointed
    return [
        line if VAGUE_NAME.match(plain(name)) and shown_lines([line]) <= MAX_PART_LINES else name
        for (name, point), line in zip(kept, pointed, strict=True)
    ]


def _fit(lines: list[str]) -> bool:
    """Whether each line takes `MAX_PART_LINES` lines of the card at most, and all of them
    `MAX_RECALL_LINES`: each line measured once, the whole being the sum of its lines."""
    total = 0
    for line in lines:
        shown = shown_lines([line])
        if shown > MAX_PART_LINES:
            return False
        total += shown
    return total <= MAX_RECALL_LINES


VAGUE_NAME = lazy(
    r"^((two|three|four|several|some|other|\d+)\s+)?"
    r"(options?|choices|ways|approaches|alternatives|examples?|variants)$",
    re.IGNORECASE,
)
"""`Two options`, `Examples`: a name that says nothing alone, which even an outline of
names gives with its points (`Two options: pointwise; pairwise`) when they fit."""
_GENERIC_NAME = lazy(
    r"^(?:(?:one|another|the other|first|second|third|last)\s+"
    r"(?:option|choice|way|approach|alternative|variant|example|case)s?(?:\s+for\s+.+)?"
    r"|(?:two|three|four|several)\s+(?:types|kinds)"
    r"|inputs?|outputs?|in|out|results?|returns?|advanced|basic)$",
    re.IGNORECASE,
)
"""`one option for history`, `another option`, `Input`, `Out`, `two types`: labels whose
point is what follows them, which name nothing a student recalls alone."""


def says_nothing_alone(name: str) -> bool:
    """Whether a point's name says nothing without its point (`Two options`, `another
    option`, `Input`): an outline giving such names in place of their points reads as
    labels whose content was lost."""
    name = plain(name).strip(" :,")
    return bool(VAGUE_NAME.match(name) or _GENERIC_NAME.match(name))


def points_line(blocks: list[Node]) -> str | None:
    """What stands under a label, said in one line: its paragraph of one line, or the own
    lines of its list's points joined (`ID, username; Demographics`); "" when nothing
    stands under it, None when it says more than a line holds (a second block, code, a
    link, which sends the student away). A point's own points are on the part's card."""
    if not blocks:
        return ""
    if len(blocks) > 1:
        return None
    first = blocks[0]
    if first.type == "paragraph":
        lines = [first.children[0]]
    elif first.type in LIST_TYPES:
        lines = [item.line for item in first.children]
    else:
        return None
    said = []
    for line in lines:
        text = line.content.strip() if line is not None else ""
        if not text or "\n" in text or "](" in text or text.endswith(":"):
            return None  # a label over points of its own (`Two approaches:`) says no point
        said.append(text.rstrip(" ;,"))  # as written: `<user, item>` is no tag
    if len(said) > 1:  # `쓴다.; 나눈 …`: the points are joined, not sentences
        said = [point.rstrip(".") for point in said]
    if first.type in LIST_TYPES and (names := _names_of_mixed_levels(first.children, said)):
        return (", " if not any("," in name for name in names) else "; ").join(names)
    return "; ".join(said) if all(said) else None


_MAX_LISTED = 8
_MAX_LISTED_WORDS = 4
_MAX_TERM_WORDS = 6
"""Words of a name the writer marked as a term (`**Power of two random choices**`)."""
_LISTED_NAME = lazy(r"^(?P<name>[^(:]+?)(?P<told>\s*\(.*\)|\s+[-–—]\s.*|:\s.*)?$")
"""`Water (two litres at least)`, `Map - paper, not only the phone`, `Rain jacket`: a point that
names something, perhaps with a remark after it, whose name is the words before the remark."""
_MARKED_TERM = lazy(r"\*\*[^*\n]+\*\*|`[^`\n]+`")
"""`**startupProbe**`, `` `periodSeconds` ``: a name the writer set apart as a term."""
_TERM_TOLD = lazy(r"(?:\*\*[^*\n]+\*\*|`[^`\n]+`)(?:\s+[-–—]|:)\s[^\n]*?(?=\n|\]\(|$)")
"""`**IP hash** – hash(key) → server. … wrapped` up to the end of its first line or its first link:
a marked term and the start of its definition, all `listed_names` reads of a term."""
_LETTER = lazy(r"[^\W\d_]")
_COLON_INSIDE = lazy(r"^\*\*(?P<term>[^*\n:]+):\*\*(?=\s)")
"""`**Technical leadership:** …`: a bold term with its colon set inside the bold."""


def listed_names(blocks: list[Node], terms: bool = False) -> str | None:
    """What a part opening with a list of a few short names lists (`#### Essentials` over
    `- Water (two litres at least)`, `- Rain jacket`, …): the names, joined (`Water, Rain
    jacket`), each point's remarks and what follows the list left on its own card. None
    when a point is more than a name (a sentence, a link, a label leading on). With
    `terms`, a name the writer marks as a term (bold or code) before a dash or a colon is
    named however its point goes on (`**startupProbe** — runs first; …` names
    `startupProbe`): the points are the terms' definitions, each asked on its own card."""
    if not blocks or blocks[0].type not in LIST_TYPES:
        return None
    points = blocks[0].children
    if not 2 <= len(points) <= _MAX_LISTED:
        return None
    names = []
    for point in points:
        text = point.line.content.strip().rstrip(" ,;") if point.line is not None else ""
        text = _COLON_INSIDE.sub(r"**\g<term>**:", text, count=1)  # `**Term:** …`
        if terms and (marked := _TERM_TOLD.match(text)):
            text = marked[0]  # what a term's definition says, over lines and links, stays behind
        found = _LISTED_NAME.match(text) if "\n" not in text and "](" not in text else None
        if found is None:
            return None
        name = found["name"].rstrip(" ;,")
        term = (
            terms
            and bool(found["told"])
            and not found["told"].lstrip().startswith("(")
            and _MARKED_TERM.fullmatch(name) is not None
        )
        if (
            not _LETTER.search(name)  # `< 0.1`: a value, no name
            or len(name.split()) > (_MAX_TERM_WORDS if term else _MAX_LISTED_WORDS)
            or "," in name
            or "→" in name  # `**I**ncome → normal good` of `… → normal good: I↑ D↑; inferior …`
            or name.count("`") % 2  # `` `text-overflow `` of `` `text-overflow: clip` ``: code cut
            or name.count("**") % 2  # `**릿지` of `**릿지(Ridge)** 회귀`: a bold name cut
            or (is_statement(plain(text)) and not term)
            or is_statement(plain(name))
        ):
            return None
        names.append(unwrap_strong(name) if terms else name)
    return ", ".join(names)


_MAX_KEY_WORDS = 6


def _names_of_mixed_levels(points: list[Node], said: list[str]) -> list[str] | None:
    """The names of points of two levels, when some are named with their claim (`전원 이상
    인터럽트: 정전 등`) and others are names over points of their own (`- 입출력 인터럽트` over
    its cases): joined as written they read `외부 인터럽트: 전원 이상 인터럽트: 정전 등; 입출력
    인터럽트`, a name's claim beside names whose claims are left out. Each is named alone
    (`전원 이상 인터럽트, …, 입출력 인터럽트`), its points on the part's own card. None when
    the points are all of one level, or one of them is a claim with no name."""
    if not any(point.below for point in points):
        return None  # the common case, one level: read no further
    names, keyed = [], False
    for point, text in zip(points, said, strict=True):
        key, colon, _ = text.partition(": ")
        if point.below and not colon:
            names.append(text)
        elif colon and not point.below and 0 < len(key.split()) <= _MAX_KEY_WORDS:
            names.append(key.rstrip())
            keyed = True
        else:
            return None
    return names if keyed else None


def first_point(blocks: list[Node]) -> str | None:
    """The first thing said under a label, in one line (`- Write-through` over `- 캐시와 DB에
    함께 쓴다`, then its costs): mostly what the part is, its later points what follows
    from it. None when that is no line of its own: a label over points of its own, a line
    leading on (`…:`), a link, a bold name alone."""
    if not blocks or blocks[0].type not in LIST_TYPES:
        return points_line(blocks[:1]) or None
    point = blocks[0].children[0]
    text = point.line.content.strip() if point.line is not None else ""
    if text.endswith(":") and len(blocks[0].children) == 1:
        return _led_in_names(text, point.below)
    if point.below or not text or "\n" in text or "](" in text or text.endswith(":"):
        return None
    if text.startswith(("**", "__")) and text.endswith(("**", "__")):
        return None  # `**Call from above**`: a name, no point
    return text.rstrip(" ;,")


def _led_in_names(lead_in: str, below: list[Node]) -> str | None:
    """`weighted sum of text match, freshness, click rate`: a label's one point that only
    leads into a few short names (`- weighted sum of:` over `- text match`, …) said with
    them, as what the label is; None when it leads into more than names (`listed_names`)."""
    lead_in = lead_in.rstrip(" :")
    if "\n" in lead_in or "](" in lead_in or not lead_in or len(below) != 1:
        return None
    names = listed_names(below)
    if names is None:
        return None
    joint = " " if _GOES_ON.search(lead_in) else ": "
    return f"{lead_in}{joint}{names}"


_GOES_ON = lazy(r"\b(?:of|to|by|from|into|in|on|with|for|between|as|such as|like)$", re.I)
"""`weighted sum of`: a lead-in whose last word goes on into the names after it."""


_SENTENCE_BREAK = lazy(r"(?<=[^\W\d_]{2}[.!?])\s+(?=\S)")
"""Where a sentence ends: after a word's full stop (not `e.g.`, `3.5`, `ver. 2`)."""
_ENDS_A_SENTENCE = lazy(r"(?:[.!?]|[다음함됨임])\W*$")
"""A line that ends its sentence (`… 전달한다.`, `… 사용함`), not one wrapped mid-sentence."""
_NO_OPENING = lazy(
    r"^(?:예를\s*들[어면]|예\)|예시|ex\)|e\.g\.|for (?:example|instance)|as (?:shown|seen)|"
    r"(?:아래|다음|위)(?:와|과|의|에|는|\s)|(?:below|above|the following|here)\b|"
    r"(?:this|these|that|those|it|its|they|then|also|and|but|so|however)\b|"
    r"(?:이|그|저)(?:것|는|를|가|때|처럼|렇게|래서|런|러한)|(?:그리고|하지만|또한|즉|따라서)\b)",
    re.IGNORECASE,
)
"""Openings that lean on what is around them (`예를 들어`, `아래 그림처럼`, `This means`,
`그래서`): named after a title on another card, such a sentence says nothing alone."""
_KEYED = lazy(r"[^:.!?\n]{1,30}:\s+\S|(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)\s*(?:[:—–]|\s-\s)")
"""`**S lock**: 읽기 잠금`, `Frequency: Occasional`, `교재: …`: a point of the part's own
named in its line, one of several; after the part's title it reads as a second title."""
_SAYS_WHAT_FOLLOWS = lazy(
    r"(?:두|세|네|다섯|여섯|\d+)\s?가지|\b(?:two|three|four|five|six|\d+) (?:main |key )?"
    r"(?:ways|kinds|types|approaches|methods|options|steps|parameters|parts)\b"
    r"|(?:설명|서술|소개)(?:하겠다|하겠습니다|할 것이다|한다)"
    r"|\b(?:we|I)(?:'ll| will) (?:explain|cover|discuss|look)",
    re.IGNORECASE,
)
"""`중요한 두 가지 파라미터 존재`, `HikariCP 기준으로 설명하겠다`: a first line counting or
announcing what the part goes on to say, no statement of the part."""


_COMMAND_FIRST = lazy(r"`[^`\n]*\s--?[A-Za-z][^`\n]*`")
"""A sentence opening on a command line with its options (`` `k top pod $POD --containers` (if
it stays up) ``): what to run, not what the part is (`` `shard = hash(key) mod N` `` is)."""


def opening_statement(blocks: list[Node]) -> str | None:
    """What a subsection says first, in one sentence (`서버에서 최종 HTML을 생성해서
    클라이언트에 전달` under `#### SSR`, over its other points): its first paragraph's first
    sentence, its first bulleted point or a quoted definition, pictures above it aside.
    None when that is no statement standing alone: a label, a line leading on (`…:`), a
    link, code or a table first, a sentence leaning on another (`예를 들어 …`, `This …`),
    one announcing what comes next."""
    from flashgen.extract.lead_ins import ANNOUNCES, leads_on  # (it reads this module's readers)

    for block in blocks:
        if block.type == "html_block" or (
            block.type == "paragraph" and not has_words(block.children[0].content)
        ):
            if has_words(block.content if block.type == "html_block" else ""):
                return None  # HTML with words of its own: no statement to take from it
            continue  # a centred picture, `<br>`: no words
        break
    else:
        return None
    if block.type == "blockquote":
        if [child.type for child in block.children] != ["paragraph"]:
            return None
        text = block.children[0].children[0].content
        if text.lstrip().startswith(("[!", "**", "__")):
            return None  # `> [!note]`, `> **Note:**`: a remark beside the part, not it
    elif block.type == "paragraph":
        text = block.children[0].content
    elif block.type == "bullet_list":  # a numbered list's first point is its first step
        text = first_point([block]) or ""
    else:
        return None
    text = text.strip()
    if not text or "](" in text or "![" in text or "<" in text:
        return None
    line, _, more = text.partition("\n")
    if more and not _SENTENCE_BREAK.search(line) and not _ENDS_A_SENTENCE.search(line):
        line = " ".join(text.split())  # a sentence wrapped over lines: read on to its end
        if not _SENTENCE_BREAK.search(line):
            return None
    first = _SENTENCE_BREAK.split(line, maxsplit=1)[0].strip()
    said = plain(first)
    if (
        len(said.split()) < 2  # `max-age`: a name, not what the part is
        or first.endswith(":")
        or _NO_OPENING.match(said)
        or _KEYED.match(first)
        or _SAYS_WHAT_FOLLOWS.search(said)
        or ANNOUNCES.search(said)
        or leads_on(said)
        or first.count("`") % 2
        or first.count("**") % 2
        or _COMMAND_FIRST.match(first) is not None  # `` `k top pod --containers` ``: to run
    ):
        return None
    return first.rstrip(" ;,")


_VALUE = lazy(r"^[=→⇒\s]*[-+]?\d[\d.,]*(\s*[(\[]\d{1,2}[)\]])?$")
"""`1011(2)`, `= 0.625`, `42`: a value alone, the base it is written in aside."""


def result_line(blocks: list[Node]) -> str | None:
    """`> 1011<sub>(2)</sub>` under `### 정수` of a worked conversion, after its steps and
    table: the one quoted line that is a value alone, the result the subsection works out.
    None when it quotes anything else, or more than one line."""
    quotes = [block for block in blocks if block.type == "blockquote"]
    if len(quotes) != 1 or [child.type for child in quotes[0].children] != ["paragraph"]:
        return None
    text = quotes[0].children[0].children[0].content.strip()
    return text if "\n" not in text and _VALUE.match(plain(text)) else None


def part_line(label: Node, blocks: list[Block]) -> str | None:
    """What a labelled part says in one line (`points_line`); a bold lead-in's own
    paragraph (`**Constants.** For a constant …`) says its text after the name."""
    if blocks and blocks[0][0] is label:
        text = blocks[0][1].strip()
        return None if len(blocks) > 1 or "\n" in text or "](" in text else text
    return points_line([node for node, _ in blocks])
