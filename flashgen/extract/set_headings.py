"""A heading over a set of things, each a term asked on its own card: `## Core entities`
over `**Root user** — …`, `**IAM user** — …`, `**IAM role** — …`. The question a student
asks of such a heading first is which they are, and no term's card asks it."""

from __future__ import annotations

import re
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


_GLOSSARY = lazy(
    r"^(?:(?:key|core|common|basic|important|main|essential)\s+)?"
    r"(?:terms|terminology|glossary|vocabulary)$"
    r"|^(?:(?:핵심|주요|기본|기초)\s*)?용어(?:\s*정리)?$",
    re.IGNORECASE,
)
"""`Key terms`, `Terms`, `Common terms`, `Glossary`, `Vocabulary`, `핵심 용어`, `용어 정리`: a
title saying only that the words of its subject are defined below, naming no set of things
(`Delivery terms`, `Server states & terms` name what the terms are of)."""


@lru_cache(maxsize=1024)
def names_a_glossary(path: tuple[str, ...]) -> bool:
    """Whether the heading ending `path` is a glossary's: its terms are the words its
    subject (the note, the heading above) uses, each unrelated to the next (`## Key terms`
    over `- **Anode / cathode** – …`, `- **Salt bridge** – …`, `- **Faraday constant (F)**
    – …`), asked each on its own card. Recalling them together, by their names or with
    their meanings, is no question a student asks; a heading naming a set of things is."""
    return bool(path) and _GLOSSARY.match(plain(clean_heading(path[-1])).strip()) is not None
