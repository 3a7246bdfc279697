"""A list led by a line that only names a thing in bold: `**Lucy v. Zehmer** (Va. 1954)`
over `- Facts: …`, `- Holding: …`, `- Rule: …`; `**장수왕** — 광개토대왕의 아들` over `- 업적: …`.
The line says whose the points below it are, as a heading would: each labelled point is
of that thing, and asked by its label alone under the section's heading (`Objective theory
› Rule`) it does not say whose rule, and two cases under one heading ask the same. So such
a point's card is asked of the name: `Lucy v. Zehmer › Rule`, its context the heading's
as before. (A bold name with nothing after it is read earlier as the label of the list
under it, one card of the thing: block_repairs.)

A line that says more than a name (`**Ricketts v. Scothorn** (Neb. 1898) — grandfather
gives Katie a note …`), a bold sentence or question, or a bold label that is itself an
aspect or the writer's mark (`**Advantages** (over REST)`, `**실수한 점**`) names no thing
its points are of: those stay as they were."""

from __future__ import annotations

from dataclasses import replace

from flashgen.extract.labels import LETTERS
from flashgen.extract.place import plain
from flashgen.extract.subjects import asks_of_a_subject, names_the_subject
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import EMOJI

_NAME_LINE = lazy(
    r"^(?:\*\*(?P<name>[^*\n]+?)\*\*|__(?P<under>[^_\n]+?)__)[ \t]*"
    r"(?:\([^()\n]{0,40}\))?[ \t]*"
    r"(?:[—–-][ \t]*(?P<remark>[^\n]*?))?[ \t]*:?$"
)
"""`**Lucy v. Zehmer** (Va. 1954)`, `**Jacob & Youngs v. Kent** (N.Y. 1921) — Cardozo`,
`**Redis**:`: a bold name alone on its line, a short parenthesis or a dash's remark after
it at most."""
_MAX_REMARK_WORDS = 4
"""`— Cardozo`, `— the "hairy hand"`: a remark this short says who or what, no more."""
_MAX_NAME_WORDS = 12
_ABBREVIATION_END = lazy(r"(?<![^\W\d_])[A-Z][a-z]{0,3}\.$")
"""`Co.`, `Corp.`, `Inc.` closing a name: an abbreviation, not a sentence's full stop."""
_SENTENCE_END = lazy(r"[다요까죠.!?？~]$")
_CHAIN = lazy(r"→|->|⇒|=>|←|<-")
"""`**식별 → 인증 → 인가**`: steps in order, no one thing the points are of."""
_TERM_RULES = frozenset({"term_definition", "term_arrow_definition", "label_with_children"})
"""The rules making a card of a list item's label (items.py), by the names cards record."""


def lead_name(paragraph: Node) -> str | None:
    """The thing a paragraph only names in bold (`**Lucy v. Zehmer** (Va. 1954)` →
    `Lucy v. Zehmer`), whose the points of a list right after it are; None for any other
    paragraph (nearly all)."""
    content = paragraph.children[0].content
    if content[:2] not in ("**", "__") or "\n" in content:
        return None  # nearly every paragraph: cheap to see
    line = _NAME_LINE.match(content.rstrip())
    if line is None:
        return None
    remark = line["remark"]
    if remark is not None and len(remark.split()) > _MAX_REMARK_WORDS:
        return None  # `— grandfather gives Katie a note …`: the line tells the case itself
    name = plain(line["name"] or line["under"]).strip(" :")
    words = _ABBREVIATION_END.sub("", name)
    if (
        len(name.split()) > _MAX_NAME_WORDS
        or _SENTENCE_END.search(words)
        or not LETTERS.search(words)
        or EMOJI.search(words)
        or _CHAIN.search(words)
        or asks_of_a_subject(name)  # `**장점**`, `**Pros**`: an aspect, not a thing
    ):
        return None
    return name


def of_lead_name(card: Card, name: str) -> Card:
    """A labelled point's card asked of the thing the line over its list names
    (`Lucy v. Zehmer › Rule`), its context the heading's (without the name, where the line
    gave it as a label over the list: items.label_over_list); a card of any other kind,
    or whose front names the thing already, as it is."""
    if card.rule not in _TERM_RULES or names_the_subject(card.question, name):
        return card
    context = card.context
    if context and plain(context[-1]).strip(" :") == name:
        context = context[:-1]
    return replace(card, context=context, question=f"{name} › {card.question}")
