"""A heading over a set of things, each a term asked on its own card: `## Core entities`
over `**Root user** — …`, `**IAM user** — …`, `**IAM role** — …`. The question a student
asks of such a heading first is which they are, and no term's card asks it."""

from __future__ import annotations

from functools import lru_cache

from flashgen.extract.grab_bags import is_grab_bag
from flashgen.extract.labels import META_NAMES
from flashgen.extract.place import plain
from flashgen.extract.sections import (
    comparison_sides,
    frames_its_parent,
    is_aspect,
    names_a_collection,
)
from flashgen.patterns import lazy
from flashgen.text import clean_heading

MIN_SET = 3
"""Fewer terms than this are a pair, read on their own cards or compared."""

_ASIDE = lazy(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_PLURAL = lazy(
    r"^(?:[A-Za-z][a-z-]*[^sui\W]|[A-Z]{2,})s$|^[가-힣]+들$|^(?:역할|방식|상태|현상|규칙|규약)$"
)
"""`entities`, `Workloads`, `Options`, `APIs`, `객체들`: a word in a plural (not `Access`,
`Status`, `Analysis`, nor an acronym alone, `AWS`); or a Korean noun that, closing a
heading over a list, names the several it holds (`운영체제의 역할`, `파일 접근 방식`,
`이상 현상`)."""
_OF = lazy(r"\s(?:of|for|in|on|at|from|with|to)\s")
"""`Time, clocks, and ordering of events`: the words before it name what the heading does."""


@lru_cache(maxsize=1024)
def names_a_set(path: tuple[str, ...]) -> bool:
    """Whether the heading ending `path` names a set of things: in a plural (`Core
    entities`, `Workloads`, `Purchasing Options (exam)`), or as a collection (`종류`,
    `구성 요소`: sections.names_a_collection); or it only frames its parent (`Overview`
    under `EC2 Purchasing Options`), which does. Not odds and ends (`Misc`, `기타`), an
    aspect of a subject or remarks on it (`Examples`, `Deep dive notes`), nor two sides
    compared (`Public vs private subnets`)."""
    if not path:
        return False
    title = plain(clean_heading(path[-1]))
    if len(path) >= 2 and frames_its_parent(title):
        title = plain(clean_heading(path[-2]))
    if is_grab_bag(title) or is_aspect(title) or comparison_sides(title):
        return False
    if names_a_collection(title):
        return True
    head = _OF.split(_ASIDE.sub("", title))[0].split()  # `Ordering of events`: an ordering
    last = head[-1] if head else ""
    return bool(_PLURAL.match(last)) and not META_NAMES.match(last)
