"""Paragraphs a long answer opens with a plain label (`Senior vs mid-level: the difference
is …`, `Timing requirement:` over its formula on the next line).

A writer who names a part of the answer in plain words before a colon, and goes on in the
same paragraph, sets it apart as surely as a bold run-in head does (`**Consistency
check.** …`). In an answer too long to recall in one go, each such part is asked on its
own, named by its label under the heading (`What they're really assessing › Senior vs
mid-level`), and the heading's card keeps its own text. A label that marks a remark or an
example (`Note:`, `예:`, `e.g.:`, `Tip:`, `즉:`), a clause going on from the sentence
before (`Equivalently: …`) or a speaker's line names no part and stays where it is; so
does a labelled paragraph that code goes on from (`In practice: heartbeats + timeout.` over
a program), which may show the whole answer rather than the part.
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
    answer's own text that opens with a plain label naming a part (with the formula or
    list it leads into with a colon).

    A labelled paragraph stays where it is when what follows goes on from it (a formula or
    a list it does not lead into, code, `e.g. …`), when the answer itself opens with a
    label (`증상:` then `원인:`: one answer written in labelled lines), under a heading that
    asks a question (its paragraphs answer it together) or works a case out (`Worked
    example`), and when the heading's card would be left with bare names (a table cut to
    its rows' names): the labelled lines are then all that answers it."""
    if (
        len(own) < 2
        or _WORKED.search(plain(place.path[-1]))
        or _ASKS.search(plain(place.path[-1]))
        or (own[0][0].type == "paragraph" and _label(*own[0]) is not None)
        or any(_bare(node, text) for node, text in own)
    ):
        return own, []
    kept: list[Block] = []
    cards: list[Card] = []
    index = 0
    while index < len(own):
        node, text = own[index]
        found = _label(node, text) if node.type == "paragraph" and kept else None
        taken = 1
        while found is not None and index + taken < len(own):
            if not _goes_with(own[index + taken][0].type, text):
                break
            taken += 1
        after = own[index + taken] if index + taken < len(own) else None
        if (
            found is None
            or (after is not None and not _apart_from(*after))
            or not has_substance(joined([b for b in kept if says(b[0])]))
        ):
            kept.append(own[index])
            index += 1
            continue
        blocks = [(node, found[1]), *own[index + 1 : index + taken]]
        cards.append(of_subject(answer_part(found[0], joined(blocks), node, place)))
        index += taken
    return kept, cards


def _goes_with(kind: str, text: str) -> bool:
    """Whether a block after a labelled paragraph is its part: a formula or a list the
    paragraph leads into with a colon."""
    return (kind in LIST_TYPES or kind == "math_block") and text.rstrip().endswith(":")


def _apart_from(node: Node, text: str) -> bool:
    """Whether a block after a labelled part stands apart from it: a paragraph that does
    not go on from it (`e.g. N=3, W=2`), a heading's end, a box or a table; not a formula,
    a list or code it does not lead into, which go on from it (`Last decision: rob house
    i or not.` over the solution's code, `대충 계산: …` over the list working it out)."""
    if node.type in LIST_TYPES or node.type in ("math_block", "fence", "code_block"):
        return False
    return node.type != "paragraph" or not _GOES_ON.match(plain(text.strip()))


def _bare(node: Node, text: str) -> bool:
    """A table cut to its rows' names (`- **SFT**`, `- **DPO**`, the rows asked on their
    own): without the labelled lines, the heading's card would say nothing of them."""
    return node.type == "table" and not text.lstrip().startswith("|")


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
        or len(words.split()) > _MAX_WORDS
        or _CLAUSE.search(words)
        or _NOT_A_NAME.search(words)
        or _REMARK.match(words)
        or _NO_PART.search(words)
        or EXAMPLE.match(words)
        or META_NAMES.match(words)
        or not has_substance(rest)
    ):
        return None
    return name, rest


_MAX_WORDS = 5
"""A label names a part in a few words (`Senior vs mid-level`, `Why $f + 1$ replies`); more
before a colon are a sentence leading on (`Bounded buffers give the simplest form of it:`)."""
_CLAUSE = lazy(
    r"\b(?:it|its|this|that|these|those|is|are|was|were|be|has|have|can|will|we|you|they)\b",
    re.IGNORECASE,
)
"""`This works because: …`, `Here it is: …`: a clause leading on, no name."""
_GOES_ON = lazy(
    r"^(?:e\.g\.|i\.e\.|eg\b|ie\b|so\b|thus\b|hence\b|this\b|that\b|these\b|it\b|which\b"
    r"|for example\b|for instance\b|예를|예\)|예:|즉|이는|이것|그래서|따라서)",
    re.IGNORECASE,
)
"""`e.g. N=3 …`, `This is why …`, `즉 …`: a paragraph going on from the one before it."""
_ASKS = lazy(r"[?？]\s*$")
"""A heading that asks a question: its paragraphs answer it together."""
_WORKED = lazy(
    r"\b(?:examples?|exercises?|practice|quiz|worked|problems)\b|예시|예제|문제|풀이|연습",
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
