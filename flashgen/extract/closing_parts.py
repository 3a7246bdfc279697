"""Named paragraphs closing a long answer after its list or table, asked apart.

A writer answers the heading with a list, steps or a table, and then goes on in paragraphs
each opened by a name of its own: `**Election restriction:** a voter denies its vote …`
after the steps of an election, `Work factor tuning: aim for …` after a table of hashing
algorithms, `Which to optimise? Depends on cost: …` after a confusion matrix's metrics.
Each says one more thing of the subject, under the name the writer gave it: on the
heading's card it makes the back too long to recall in one go. A careful student asks
each on a card of its own (`Leader election › Election restriction`), and keeps the list
or table on the heading's. A proof after a named statement (`**Theorem.** …`, then
`*Proof sketch.* …`) proves it, and goes with it.
"""

from __future__ import annotations

import re

from flashgen.extract.apart import answer_part, joined
from flashgen.extract.headings import heading_answer
from flashgen.extract.labels import (
    BOLD_LEAD,
    CLAUSE_WORD,
    EXAMPLE_END,
    GIVES_THE_ANSWER,
    META_NAMES,
    names_a_part,
)
from flashgen.extract.marked_parts import answers_first, read_whole
from flashgen.extract.place import Place, plain
from flashgen.extract.sizes import Block
from flashgen.extract.skip import has_substance
from flashgen.extract.subjects import in_context, names_an_aspect, of_subject
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES

_PLAIN_NAME = lazy(r"^(?P<name>[^\W\d_][^:*`\n]{0,40}?)\s*:[ \t]+(?=\S)")
"""`Work factor tuning: …`, `Gotcha: …`: a short name and a colon opening a paragraph."""
_QUESTION_NAME = lazy(
    r"^(?P<name>(?:(?i:why|what|which|how|when|where|who)\b|왜|어떻게|무엇)[^?？:*`\n]{2,60}[?？])"
    r"[ \t]+(?=\S)"
)
"""`Which to optimise? Depends on cost: …`, `왜 되는가? …`: a short question asking what,
why or how, answered on its line (not one the writer asks the reader, `Does this look
familiar? It should be, …`)."""
_MAX_NAME_WORDS = 4
_MAX_QUESTION_WORDS = 8
_STUDY_NAME = lazy(
    r"\b(?:exams?|quiz|tests?|tips?|hints?|notes?|mnemonic|remember|also|see|todo|q|lecture"
    r"|prof|my|i|we|our|still to|to (?:add|write|cover))\b|(?-i:^[Mm]e$)"
    r"|시험|기출|외우|암기|참고|확인|주의|팁|메모|질문",
    re.IGNORECASE,
)
"""`Exam tip`, `Mnemonic I use`, `Q for office hours`, `My take`, `me`, `What do we
choose?`, `외우는 법`, `Still to add`: a name over the writer's own study remark, opinion,
choice or to-do, which is no part of the subject (`ME`, mutual exclusion, may be)."""
_MIN_WORDS = 6
"""Words a named paragraph says after its name to be a card: fewer only finish the name's
own statement (`**Deny by default** — except for public resources.`)."""
_BODY_TYPES = (*LIST_TYPES, "table", "fence", "code_block")
"""What an answer is written as before the paragraphs that close it: a list, a table or
code (`def countdown(n): …` before `Why bother: …`)."""
_SHOWN_TYPES = ("fence", "code_block", "math_block")
"""What a named paragraph shows after it as its own: code or a formula. Any other block
after it (a paragraph, a list) may go on with the answer, and the answer stays whole."""


def closing_parts_apart(
    own: list[Block], place: Place, examples: bool = True
) -> tuple[list[Block], list[Card]]:
    """A long answer written as a list, steps, a table or code and closed by paragraphs
    each opened by a name (`closing_name`): each named paragraph of the run that ends the
    answer, with the code or formula after it, is asked on a card of its own (`_part_card`),
    and the heading's card keeps what comes before, the list or table with the words around
    it. A plain paragraph or a list after a named one may go on with it: the run starts
    after it. Not an answer recalled in one go, one under a heading naming an example, nor
    one whose words before the run do not answer the heading (a line leading into the
    names, `… as follows:`). Without `examples`, a paragraph naming an example (`CPI 계산
    예제: …`) ends the run: closing a labelled part, it works that part's example."""
    if read_whole(own) or names_an_aspect(place.path[-1]):
        return own, []  # `… › 예제` working an example: its named steps are the example
    body = next((index for index, (node, _) in enumerate(own) if node.type in _BODY_TYPES), None)
    if body is None:
        return own, []
    start = len(own)
    parts: list[tuple[str, list[Block]]] = []  # the named paragraphs closing it, read back
    remarks: list[Block] = []  # the writer's own remarks ending it, kept on the heading's card
    for index in range(len(own) - 1, body, -1):
        name = closing_name(own[index])
        if name is not None and not examples and EXAMPLE_END.search(name[0]):
            break  # `CPI 계산 예제: …` closing a part: the part's own example, worked there
        if name is not None:
            parts.insert(0, (name[0], [(own[index][0], name[1]), *own[index + 1 : start]]))
            start = index
        elif not parts and index == start - 1 and _remarks_on_it(own[index]):
            remarks.insert(0, own[index])  # `me: I keep wanting to discount it 4 years.`
            start = index
        elif own[index][0].type not in _SHOWN_TYPES and not _proves(own[index]):
            break  # a paragraph or a list that may go on with the answer: the run ends
    if not parts or not answers_first(own[:start], example=False):
        return own, []
    if not all(has_substance(joined(blocks)) for _, blocks in parts):
        return own, []
    kept = [*own[:start], *remarks]
    return kept, [_part_card(name, blocks, place) for name, blocks in parts]


def _remarks_on_it(block: Block) -> bool:
    """Whether a paragraph is the writer's remark on the answer, opened by a name saying so
    (`me: …`, `Exam tip: …`, `참고: …`): it names no part, nor ends the parts named above it."""
    node, text = block
    found = _PLAIN_NAME.match(text) if node.type == "paragraph" else None
    if found is None:
        return False
    name = plain(found["name"]).strip()
    return bool(META_NAMES.match(name) or _STUDY_NAME.search(name))


def _proves(block: Block) -> bool:
    """Whether a paragraph proves the statement above it (`*Proof sketch.* Each step …`,
    `**증명.** …`): it goes with the named statement (`**Theorem.** …`) it follows."""
    node, text = block
    return node.type == "paragraph" and _PROOF_OPENING.match(text) is not None


_PROOF_OPENING = lazy(r"^(?:\*\*|\*|_)?(?:proof|증명)\b", re.IGNORECASE)


def _part_card(name: str, blocks: list[Block], place: Place) -> Card:
    """A named paragraph's card. A name in bold is a term the writer set apart (`**Race
    condition** — …` under `## Why`): asked by itself under the heading, or of the subject
    when it names only an aspect (`**Variants**: …` → `PCA › Variants`). A plain name or a
    question says what more it tells of the heading (`Gotcha: …`, `Which to choose? …`):
    asked as that of the heading (`Rate limiting › Gotcha`). Under a heading asking a
    question (`When does it fail?`), a bold name is asked of the subject above it
    (`Diagonalisation › Theorem`): the question names no subject."""
    node, text = blocks[0]
    if node.children[0].content.startswith("**"):
        card = answer_part(name, joined(blocks), node, place)
        if len(card.context) > 1 and card.context[-1].endswith(("?", "？")):
            card = in_context(card, card.context[:-1])
        return of_subject(card)
    heading = heading_answer("", place)
    card = answer_part(f"{heading.question} › {name}", joined(blocks), node, place)
    return in_context(card, heading.context)


def closing_name(block: Block) -> tuple[str, str] | None:
    """The name a paragraph opens on, as the part it closes the answer with, and what it
    says after the name: a bold name (`**Election restriction:** …`), a short plain name
    with a colon (`Gotcha: …`, four words at most) or a short question (`Which to optimise?
    …`); None for any other block, a name over the writer's study remark (`Exam tip: …`,
    `Note: …`) or a sentence leading on with a colon (`Costs depend on how …: …`)."""
    node, text = block
    if node.type != "paragraph":
        return None
    asked = _QUESTION_NAME.match(text)
    found = BOLD_LEAD.match(text) or (None if asked else _PLAIN_NAME.match(text))
    if found is not None:
        name = plain(found["name"]).strip()
        first, _, after = name.partition(" ")
        if not names_a_part(name) or CLAUSE_WORD.search(after or first):
            return None  # `Why bother` names a part; `Why` or `Costs depend on how …` none
        if not text.startswith("**") and len(name.split()) > _MAX_NAME_WORDS:
            return None
        aside = found.groupdict().get("aside")
        if aside and not _STUDY_NAME.search(aside):
            name = f"{name} {aside.strip()}"  # `Whitening (`whiten=True`)`: what it is set by
    elif asked is not None and len(asked["name"].split()) <= _MAX_QUESTION_WORDS:
        found, name = asked, asked["name"].strip()
    else:
        return None
    if META_NAMES.match(name) or _STUDY_NAME.search(name) or GIVES_THE_ANSWER.match(name):
        return None
    rest = text[found.end() :].strip()
    if len(plain(rest).split()) < _MIN_WORDS or any(
        _names_another(line.strip()) for line in rest.splitlines()[1:]
    ):
        return None  # a line of its own naming another (`고아 프로세스: …`): a glossary
    first = rest.split(maxsplit=1)[0]
    if not first.isalpha() or (len(first) == 1 and first != "a"):
        return name, rest  # `m $10^{-3}$, μ …`: a symbol, whose case is its meaning (milli)
    return name, rest[0].upper() + rest[1:]


def _names_another(line: str) -> bool:
    """Whether a line inside a named paragraph opens on a name of its own, as the first
    does (`**Symbolic link** — …`, `고아 프로세스: …`): the paragraph is then a glossary
    written without bullets, not one part."""
    plain_name = _PLAIN_NAME.match(line)
    return BOLD_LEAD.match(line) is not None or (
        plain_name is not None and len(plain_name["name"].split()) <= _MAX_NAME_WORDS
    )
