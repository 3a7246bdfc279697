"""A heading over odds and ends: `## 기타`, `## Misc`, `## 그 외`, `## 헷갈렸던 것`,
`## Random notes`. Its title asks nothing: what stands under it are points of the subject
above it, unrelated to each other, each asked on its own where it can be (`` - `terraform
state list` → … ``, `- **블룸 필터**: …`).

So a card drawn from such a point names the subject, not the grab bag, in its context
(`Terraform`, not `Terraform › Misc`), and a command in code told with its effect there is
asked on its own however many words it takes. The grab bag's own card goes, as any
heading's does, when every point under it is asked on a card of its own; one with a point
no card asks (`- Pin provider versions, or …`) keeps its card, the one place that asks it.

A title naming what its leftovers are (`Misc commands I forget`, `기타 용어`, `그 외 인덱스
종류`, `Other things that need cleanup`) or whose subject they are (`네트워크 잡다한 것`) is no
grab bag: it asks for them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from flashgen.extract.place import Place, plain
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.text import clean_heading

_GRAB_BAG = lazy(
    r"^(?:기타(?:\s*(?:정보들?|사항|내용|메모))?"
    r"|그\s*외(?:\s*기타)?(?:\s*(?:정보들?|사항|내용))?"
    r"|잡다한\s*(?:것들?|거|내용|메모)"
    r"|(?:(?:틀린|몰랐던)\s*(?:거|것)\s*/\s*)?(?:자주\s*)?헷갈(?:렸던|리는|린)\s*"
    r"(?:것들?|거|포인트|부분|점)(?:\s*(?:모음|정리))?"
    r"|misc\.?|miscellaneous|etc\.?|others?"
    r"|(?:misc\.?|miscellaneous|random|other)\s+(?:notes|thoughts|stuff|bits|things)"
    r"(?:\s+that\s+came\s+up)?"
    r"|practical\s+stuff)[.:]?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def is_grab_bag(title: str) -> bool:
    """`기타`, `3. 기타`, `Misc`, `그 외`, `헷갈렸던 것`, `Random notes`, `Misc things that
    came up`, `Practical stuff`: a title over what did not fit elsewhere, asking nothing."""
    return bool(_GRAB_BAG.match(plain(clean_heading(title)).strip()))


def out_of_the_bag(cards: Iterable[Card], path: tuple[str, ...]) -> Iterator[Card]:
    """The cards drawn under the grab bag ending `path`, with its title out of their
    context: `Terraform › Misc` › `` `terraform state list` `` asks `Terraform` ›
    `` `terraform state list` ``. Their deck stays the grab bag's. The grab bag's own card,
    asked without its title in its context (`Terraform › Misc`), is left as it is."""
    at = len(path) - 1
    for card in cards:
        context = card.context
        if len(context) > at and context[at] == path[at] and context[:at] == path[:at]:
            card = replace(card, context=(*context[:at], *context[at + 1 :]))
        yield card


_COMMAND = lazy(r"^`[^`\n]+`$")
MAX_COMMAND_WORDS = 8
"""`` `terraform fmt -recursive -check` ``: a command with its options is one name, though
it takes more words than a term an arrow defines (item_kinds.is_term still bounds its
length)."""


def a_command_in_a_grab_bag(term: str, place: Place) -> bool:
    """Whether an item's term is a command in code (`` `terraform fmt -recursive -check` →
    fails when a file is not formatted ``) told under a grab bag: nothing else asks it,
    where any other heading's card keeps it in its list. Its words are one name, not a
    chain or a range the arrow would join."""
    return (
        term.startswith("`")
        and _COMMAND.match(term) is not None
        and place.section.level > 0
        and is_grab_bag(place.section.title)
    )
