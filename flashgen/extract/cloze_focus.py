"""A cloze of several gaps whose other words, every gap hidden, say too little: only its
last gap is asked.

`**n개의 정점**을 **n-1개의 간선**으로 연결한다.` leaves `[…]을 […]으로 연결한다.`, a frame any
two things fit. Its gaps cue each other: the first is what the sentence speaks of, the last
what it says of it (in Korean and English alike the words nearest the end carry the point).
So the first is shown, in bold as written, and the last is the one gap:
`**n개의 정점**을 {{c1::n-1개의 간선}}으로 연결한다.`
"""

from __future__ import annotations

import re

from flashgen.patterns import lazy

MIN_FRAME_WORDS = 3
"""Words a sentence shows with every gap hidden, fewer than which it is no question (the
particles after a gap, which change with the word in it, and little words aside)."""

GAP = lazy(r"\{\{c\d+::(.*?)\}\}")
"""A gap of a cloze, its words in group 1."""
_PARTICLE = lazy(
    r"^\s*(?:이나|으로|에서|에게|이며|이고|이다|이|가|은|는|을|를|와|과|로|의|에|도|만|나)(?![가-힣])"
)
"""A particle right after a gap: the gap's own ending, no word of the frame."""
_ASIDE = lazy(r"\*\*|__|`[^`]*`|\([^)]*\)|<[^>]+>")
_WORD = lazy(r"\w{2,}")
_LITTLE = frozenset((
    "and", "or", "the", "of", "to", "in", "on", "at", "by", "for", "with", "as", "is", "are",
    "be", "an", "its", "및", "또는", "그리고",
))  # fmt: skip
"""Words that join or point but say nothing: `[…] and […]`, `[…] 및 […]`."""


def asked_at_its_point(question: str) -> str:
    """The cloze with only its last gap hidden (`{{c1::…}}`), the others in bold, when every
    gap hidden leaves fewer than `MIN_FRAME_WORDS` words; else the cloze as it is."""
    if "{{c2::" not in question:
        return question  # nearly every cloze: one gap, or one phrase hidden wherever it stands
    texts = GAP.split(question)[0::2]  # text, gap, text, gap, …, text: the texts
    frame = " ".join([texts[0], *(_PARTICLE.sub(" ", text) for text in texts[1:])])
    words = _WORD.findall(_ASIDE.sub(" ", frame))
    if sum(word.casefold() not in _LITTLE for word in words) >= MIN_FRAME_WORDS:
        return question
    return only_gap(question, -1)


def only_gap(cloze: str, kept: int) -> str:
    """The cloze with only its gap at `kept` (counted from the first, or from the last when
    negative) hidden, as `{{c1::…}}`; the others shown in bold, as written, unless they are
    its words again."""
    words = GAP.findall(cloze)[kept]

    def gap(match: re.Match[str]) -> str:
        return f"{{{{c1::{words}}}}}" if match[1] == words else f"**{match[1]}**"

    return GAP.sub(gap, cloze)
