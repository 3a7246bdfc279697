"""A subsection headed only by a label: `### 예시`, `### [ 예시 1 ]`, `#### 💡 Tip`, `### 참고`,
`### 중요`, `### 기출`, `### Example code`. The label says what kind of text stands under it
(an example, a tip, the point an exam asked), not what it is of: it is no topic of its own
but a part of the heading above it, as a bold run-in would be.

So when the label shows the heading's subject (an example, its code, a view of it) and the
two are recalled in one go together, the label's text joins the heading's card
under the label in bold (`recoverable schedule` over its definition, then **예시** and the
schedule that shows it): that is the card a student writes. When they are not, the label's
card stays apart, asked of the heading's subject (`Conflict › 예시`, subjects.of_subject), as
it was. A title naming more than the label (`예시 문제 풀이: 다익스트라`, `Example: Design a
feed`, `사용 예시`) is a topic and stays as it is; so does a labelled section with subsections
of its own, whose card names them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from flashgen.extract.headings import heading_answer
from flashgen.extract.pictures import has_words
from flashgen.extract.place import plain
from flashgen.extract.sizes import MAX_ANSWER_LINES, texts_recallable
from flashgen.extract.skip import has_substance
from flashgen.extract.views import VIEW
from flashgen.model import Card, CardKind, Section
from flashgen.patterns import lazy
from flashgen.text import FENCE, clean_heading

_SHOWING = (
    r"예시|예제|(?:예시|예제)\s*코드|코드|examples?|e\.g\.|(?:example|sample)\s+code|"
    rf"code(?:\s+examples?)?|{VIEW}"
)
"""`예시`, `Example code`, `한눈에 보기`: the words of a label over what shows the heading's
subject (an example, its code, a view of it, views.VIEW)."""
_MARKING = r"중요|기출|참고|주의|팁|꿀팁|메모|important|tips?|notes?|side\s+note|caution|warning"
"""`중요`, `기출`, `Tip`, `Notes`: the words of a label the writer marks a point with."""
_NUMBERED = r"(?:\s*\d{1,2})?[.:!]*$"
_LABEL = lazy(rf"^(?:{_SHOWING}|{_MARKING}){_NUMBERED}", re.IGNORECASE)
"""`예시`, `예제 2`, `예시 코드`, `Example code`, `중요!`, `기출`, `참고`, `Tip`, `Notes`, a
view's name (`한눈에 보기`, `코드로 확인`, `At a glance`, `Demo`): a label alone, maybe
numbered, after the emoji and brackets a heading is dressed in."""
_SHOWS_ITS_SUBJECT = lazy(rf"^(?:{_SHOWING}){_NUMBERED}", re.IGNORECASE)
"""A label over what shows the heading's subject, which joins the subject's card. A tip, a
caution or an exam's point (`💡 Tip`, `주의`, `기출`) answers a question of its own (what to
beware of) and stays apart, asked of the subject: on the definition's card it read as two
answers."""
_AN_EXAMPLE = lazy(r"(?:예시|예제|examples?)(?:\s*\d{1,2})?$", re.IGNORECASE)
"""`예시`, `Example 2`, `Worked example`: a title over an example."""


@lru_cache(maxsize=1024)  # asked of every subsection of a section with a label among them
def label_of(title: str) -> str | None:
    """`[ 예시 ]` → `예시`, `💡 Tip` → `Tip`: the label a heading is titled by alone, None
    for a heading naming anything more (nearly every heading)."""
    label = plain(clean_heading(title)).strip(" []()")
    return label if _LABEL.match(label) else None


def lone_labels(placed: list[tuple[Section, tuple[str, ...]]]) -> frozenset[int]:
    """The lines of the labelled subsections among `placed` (each with the titles it is
    asked under) that may join the heading they are asked under: all but an example among
    others asked under the same heading (`Example 1`, `Example 2`, `Worked example`), a
    series each of whose examples is asked on its own, whichever is short."""
    labelled = [(child, titles) for child, titles in placed if label_of(child.title)]
    if not labelled:
        return frozenset()  # nearly every section
    examples = Counter(
        titles[:-1]
        for child, titles in placed
        if _AN_EXAMPLE.search(plain(clean_heading(child.title)))
    )
    return frozenset(
        child.line
        for child, titles in labelled
        if not (_AN_EXAMPLE.search(plain(clean_heading(child.title))) and examples[titles[:-1]] > 1)
    )


def joined_to_its_heading(
    cards: Iterable[Card], heading: Card, section: Section
) -> tuple[list[Card], Card]:
    """The cards of a labelled `section`, its own card asked as the `heading` card above it
    with the label in bold over its text, when the two are recalled in one go together
    (words 8 lines at most, code aside, and no more than 15 lines with it); and the
    heading's card as it then reads. The two cards ask one front, and join as one
    (`one_card_per_front`). Else the cards as they are."""
    label = label_of(section.title)
    made = list(cards)
    if (
        label is None
        or not _SHOWS_ITS_SUBJECT.match(label)
        or section.children
        or not has_words(heading.answer)  # a screenshot alone: the label's card stays apart
        or not has_substance(heading.answer)
    ):
        return made, heading
    for at, card in enumerate(made):
        if (
            card.line == section.line
            and card.rule == heading_answer.__name__
            and card.kind is CardKind.BASIC
            and plain(card.question).rpartition(" › ")[2] == label
            and has_substance(card.answer)
            # a picture alone under `예시` stays apart as before: a missing file would
            # leave the bare label at the end of the heading's answer
            and has_words(card.answer)
            and _read_whole([heading.answer, card.answer])
        ):
            answer = f"**{label}**\n\n{card.answer}"
            made[at] = replace(
                card,
                deck=heading.deck,
                context=heading.context,
                question=heading.question,
                answer=answer,
            )
            return made, replace(heading, answer=f"{heading.answer}\n\n{answer}")
    return made, heading


def with_joined(heading: Card, cards: list[Card]) -> Card:
    """The heading's card as it reads once the cards asking its front join it
    (`one_card_per_front`): a framing section's (`### 정리`) that fits with it."""
    for card in cards:
        if (card.deck, card.front) == (heading.deck, heading.front) and (
            card.answer not in heading.answer
        ):
            heading = replace(heading, answer=f"{heading.answer}\n\n{card.answer}")
    return heading


def heading_card(cards: list[Card], section: Section) -> Card | None:
    """The card a section's heading asks, among the section's cards; None when its text
    gives none."""
    for card in cards:
        if card.line == section.line and card.rule == heading_answer.__name__:
            return card
    return None


def _read_whole(answers: list[str]) -> bool:
    """Whether answers read together in one go: their words recalled so (code aside), and
    all their lines, code and all, few enough to read as one answer."""
    lines = [line for answer in answers for line in answer.splitlines() if line.strip()]
    label = 1  # the label's own line
    return len(lines) + label <= MAX_ANSWER_LINES and texts_recallable(
        [_without_code(answer) for answer in answers]
    )


def _without_code(answer: str) -> str:
    """The answer's lines outside its fenced code."""
    kept, fenced = [], False
    for line in answer.splitlines():
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            kept.append(line)
    return "\n".join(kept)
