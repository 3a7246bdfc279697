"""A run of an answer its writer labels on a line of its own, asked apart when the answer
is too long to recall in one go.

Inside one answer a writer names a run of it by an aspect alone on its line (`과정` over
`1. 기존의 작업을 처리하던 도중, 인터럽트 발생`, `2. …`, `종류` over its kinds): the run is
that aspect of the answer's subject, and a careful student asks it so (`인터럽트 › 과정`),
the subject's card keeping the rest. So is a proof opening its paragraph on its name
after the statement it proves (`Proof sketch: write y₀ − f̂ as …`), asked `… › Proof
sketch`. A line that says more than an aspect's name (`CPU의 연산 처리`, a sentence, a
claim) names no such run, and an answer recalled in one go stays whole.
"""

from __future__ import annotations

from flashgen.extract.apart import joined, says
from flashgen.extract.labels import EXAMPLE, PROOF, label_of
from flashgen.extract.marked_parts import is_picture
from flashgen.extract.sizes import Block, recallable
from flashgen.extract.skip import has_substance
from flashgen.extract.subjects import names_an_aspect
from flashgen.syntax import LIST_TYPES

Run = tuple[str, list[Block]]
"""An aspect's name and the blocks of its run: the list after its line."""


def labelled_runs(blocks: list[Block]) -> tuple[list[Block], list[Run]]:
    """The blocks an answer keeps, and each run labelled by an aspect alone on its line
    over the list right after it (`과정` over four numbered steps) or a proof's paragraph
    after what it proves, when the answer is too long to recall in one go and still says
    something without them. `blocks` and no run otherwise."""
    if recallable(blocks):
        return blocks, []
    runs: list[Run] = []
    taken: set[int] = set()
    for index, (node, text) in enumerate(blocks):
        proof = PROOF.match(text.strip()) if node.type == "paragraph" and index else None
        if proof is not None:  # `Proof sketch: write …` under its proposition
            runs.append((proof["name"], [(node, proof["rest"])]))
            taken.add(index)
            continue
        if index + 1 == len(blocks):
            break
        label = label_of(node)
        after = blocks[index + 1][0]
        if (
            label is None
            or label[0] not in ("line", "bold")
            or label[2]  # a bold name over its text in the same paragraph
            or not names_an_aspect(label[1])
            or EXAMPLE.match(label[1])  # `Examples:` over sample questions: they illustrate
            or after.type not in LIST_TYPES
            or len(after.children) < _MIN_ITEMS  # one numbered paragraph of several
            or index in taken
        ):
            continue
        runs.append((label[1], [blocks[index + 1]]))
        taken |= {index, index + 1}
    kept = [block for index, block in enumerate(blocks) if index not in taken]
    if not runs or len({name for name, _ in runs}) < len(runs):
        return blocks, []  # `과정` twice: which run is which is not plain
    if not has_substance(joined([b for b in kept if says(b[0]) and not is_picture(b[1])])):
        return blocks, []  # `정의` over the whole answer: it is the subject's own card
    return kept, runs


_MIN_ITEMS = 2
