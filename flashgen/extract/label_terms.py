"""A term told under a heading that is a discourse label, not a subject: `## 정리` over
`- 로딩: 작게, 적게, 가깝게(CDN), 캐싱`, `## 실무 메모` over `- 우리 주문 API: Parallel → G1 바꾸고
…`, `## Summary` over `- Vector: exact causality, O(n) size`. The label says how the writer
tells the points there (summing up what came before, from their own work), not what they
are of: each term is a word of the subject above the label, and alone on a front (`로딩`,
`Vector`) it asks nothing a student can place in a shuffled review. So its card is asked
of that subject, as an aspect's is (subjects.of_subject): `웹 성능 최적화 › 로딩`, `GC 종류 ›
우리 주문 API`. A term in code or an acronym (`` `G1` ``, `HLC`) names its own subject and
stays as it is; so does one naming the subject already (`First normal form` under
`## Summary` of `# Normal forms`)."""

from __future__ import annotations

from flashgen.extract.place import plain
from flashgen.extract.sections import sums_up
from flashgen.extract.subjects import is_writers_mark, names_the_subject, subject_named
from flashgen.model import Card
from flashgen.patterns import lazy

_TERM_RULES = frozenset({"term_definition", "term_arrow_definition", "label_with_children"})
"""The rules making a card of a list item's term (items.py), by the names cards record."""
_OWN_NAME = lazy(r"^(?:`[^`\n]+`|[A-Z][A-Z0-9&/+-]{1,7}s?)$")
"""`` `G1` ``, `HLC`, `CDN`: a name in code or an acronym, which says what it is of."""


def of_labelled_subject(card: Card) -> Card:
    """A term's card under a summary (`정리`, `결론`, `Summary`: sections.sums_up) or a
    writer's mark (`실무 메모`, `Practical notes`: subjects.is_writers_mark), asked of the
    subject above that heading, its context two titles shorter; any other card as it is."""
    if card.rule not in _TERM_RULES or len(card.context) < 2:
        return card
    label = card.context[-1]
    if not (sums_up(label) or is_writers_mark(label)):
        return card  # nearly every card
    term = plain(card.question).strip()
    subject = subject_named(card.context[-2])
    if _OWN_NAME.match(term) or _names(term, subject):
        return card
    return Card(
        deck=card.deck,
        context=card.context[:-2],
        question=f"{subject} › {card.question}",
        answer=card.answer,
        note_name=card.note_name,
        line=card.line,
        rule=card.rule,
    )


def _names(term: str, subject: str) -> bool:
    """Whether the term names the subject, maybe one of it (`First normal form` under
    `Normal forms`): it then says what it is of."""
    one = subject[:-1] if subject.endswith("s") and not subject.endswith("ss") else subject
    return names_the_subject(term, subject) or names_the_subject(term, one)
