"""Paragraphs a long answer opens with a plain label (`Senior vs mid-level: the difference
is …`, `In practice: heartbeats + timeout.` over its code, `Timing requirement:` over its
formula on the next line).

A writer who names a part of the answer in plain words before a colon, and goes on in the
same paragraph, sets it apart as surely as a bold run-in head does (`**Consistency
check.** …`). In an answer too long to recall in one go, each such part is asked on its
own, named by its label under the heading (`What they're really assessing › Senior vs
mid-level`), and the heading's card keeps its own text. A label that marks a remark or an
example (`Note:`, `예:`, `e.g.:`, `Tip:`, `즉:`), a clause going on from the sentence
before (`Equivalently: …`, `또는 …`) or a speaker's line names no part and stays where it
is.
"""

from __future__ import annotations

import re

from flashgen.extract.apart import answer_part, joined, says
from flashgen.extract.labels import EXAMPLE, META_NAMES, names_a_part
from flashgen.extract.place import Place, plain
from flashgen.extract.sizes import Block
from flashgen.extract.skip import has_substance
from flashgen.extract.subjects import of_subject
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node


def label_paragraphs_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """The blocks the heading's card keeps, and a card for each paragraph after the
    answer's own text that opens with a plain label naming a part (with the code or
    formula it goes on to, or the list it leads into with a colon)."""
    kept: list[Block] = []
    cards: list[Card] = []
    if _WORKED.search(plain(place.path[-1])):
        return own, cards  # `Worked example`: its labelled lines are steps of the working
    index = 0
    while index < len(own):
        node, text = own[index]
        found = _label(node, text) if node.type == "paragraph" and kept else None
        if (
            found is None
            or (index + 1 < len(own) and own[index + 1][0].type in _CODE_TYPES)
            or not has_substance(joined([b for b in kept if says(b[0])]))
        ):
            kept.append(own[index])
            index += 1
            continue
        name, rest = found
        blocks = [(node, rest)]
        index += 1
        while index < len(own) and _goes_with(own[index][0].type, blocks[-1]):
            blocks.append(own[index])
            index += 1
        cards.append(of_subject(answer_part(name, joined(blocks), node, place)))
    return kept, cards


def _label(node: Node, text: str) -> tuple[str, str] | None:
    """The label a paragraph opens with and what the paragraph says after it; None when
    it opens with none that names a part, or when its other lines open with labels too
    (`첫 번째 … 확률 : 1/6` over `두 번째 … 확률 : 1/3`: values listed, no part)."""
    if text.strip() != node.children[0].content.strip():
        return None  # the paragraph as the answer shows it no longer (a subsection's name)
    found = _OPENS.match(text.strip())
    if found is None or any(_OPENS.match(line) for line in found["rest"].splitlines()[1:]):
        return None
    name, rest = found["name"].strip(), found["rest"].strip()
    words = plain(name)
    if (
        not names_a_part(name)
        or _NOT_A_NAME.search(words)
        or _REMARK.match(words)
        or _NO_PART.search(words)
        or EXAMPLE.match(words)
        or META_NAMES.match(words)
        or not has_substance(rest)
    ):
        return None
    return name, rest


def _goes_with(kind: str, last: Block) -> bool:
    """Whether a block after a labelled paragraph is still its part: a formula or a list
    its last line leads into with a colon."""
    return (
        (kind in LIST_TYPES or kind == "math_block")
        and last[0].type == "paragraph"
        and last[1].rstrip().endswith(":")
    )


_CODE_TYPES = ("fence", "code_block")
"""Code after a labelled paragraph (`Last decision: rob house i or not.` over the solution)
may show the whole answer, not the part: such a paragraph stays on the heading's card."""
_WORKED = lazy(
    r"\b(?:examples?|exercises?|practice|quiz|worked|problems?)\b|예시|예제|문제|풀이|연습",
    re.IGNORECASE,
)
"""`Worked example (bank transfer)`, `Exercise from class`: a heading working a case out,
whose `Snapshot: …`, `Not linearizable: …` lines are its steps and verdicts."""
_NO_PART = lazy(
    r",|^(?:my|our|우리|내|제)\s|느낀\s*점|소감|후기"
    r"|\bcases?$|^(?:if|when|otherwise|else|unless|once|on|after|before|while)\b|경우$|때$",
    re.IGNORECASE,
)
"""A clause (`Thanks to ACI, this works …`), the writer's own (`My go-to answer`, `느낀 점`),
or a condition (`Normal case`, `If the leader fails`, `… 경우`): no name of a part."""
_OPENS = lazy(
    r"^(?P<name>[^:*_\[\]()<>|#`\n]{2,50}?)[ \t]*:(?:[ \t]+|[ \t]*\n)(?P<rest>\S[\s\S]*)$"
)
"""`Senior vs mid-level: …`, `Timing requirement:` over its formula: a plain label and its
colon at the start of a paragraph (no bold, which `labels` reads, no link, code or aside)."""
_NOT_A_NAME = lazy(
    r"\d{4}|[\"“”'’]|^(?:ex|eg|e\.g|i\.e|q|a|vs)\b\.?"
    r"|\b(?:example|examples|analogy|analogue|예시|예제|예|비유)\b",
    re.IGNORECASE,
)
"""A year or a quote (a citation: `Howard & Mortier 2020, "…`), an example's or an analogy's
name (`재고 차감 예시`, `Real-world analogue`): not a part of the answer."""
_REMARK = lazy(
    r"^(?:note|nb|n\.b|tip|hint|aside|warning|caution|important|update|edit|ps|p\.s|todo|fixme"
    r"|btw|mine|my answer|answer|equivalently|in other words|that is|also|so|thus|hence"
    r"|therefore|then|again|result|results|check|hmm|즉|참고|주의|팁|메모|결론|정리|요약|결과)$",
    re.IGNORECASE,
)
"""`Note:`, `Tip:`, `즉:`, `Equivalently:`, `Mine:`: a remark, a clause going on from the
sentence before, or the writer's own aside, which names no part of the answer."""
