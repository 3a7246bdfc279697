"""A heading naming two subjects whose answer tells the first, then the second.

`## Race condition & critical section` over a paragraph opening `A **race condition** is …`
and what follows it, then one opening `A **critical section** is …` and its own: one card
holding both is two answers to recall in one go. A careful student writes a card for each
subject, asked by its name under the heading, and none for the pair. Only when each run of
blocks opens on its subject's name (bold, the first words, a list item's, or its initials:
`The CE …`, `- NCE: …` under `Cross Entropy and Normalized Cross Entropy`) and the first
never speaks of the second: an answer mixing the two (`A **monitor** is … Inside,
**condition variables** let …`) stays whole, as does a comparison (`A vs B`, `A와 B의
차이`), which other rules ask.
"""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.apart import answer_part
from flashgen.extract.labels import ASIDE_END
from flashgen.extract.place import Place, is_term_like, plain
from flashgen.extract.sections import asks_a_difference, comparison_sides
from flashgen.extract.sizes import ITEM_MARKER, Block
from flashgen.extract.subjects import names_an_aspect
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import clean_heading, final_consonant

_JOINED = lazy(r"^(?P<a>[^,&]+?)\s+(?:and|&)\s+(?P<b>[^,&]+)$", re.IGNORECASE)
_JOINED_KO = lazy(r"^(?P<a>[^,&]*[가-힣])(?P<joint>와|과)\s+(?P<b>[^,&]+)$")
_ARTICLE = lazy(r"^(?:a|an|the)\s+", re.IGNORECASE)
_LEADS_ON = lazy(r"\s*(?:→|->|⇒|=>)\s*$")
"""`… reduce correlation between trees →` ending the first run: it led into the second."""
_WORD = lazy(r"\w+")
_CONTRAST = lazy(
    r"다르|다른|달리|차이|보다|\b(?:unlike|differ\w*|whereas|than|instead|compared|contrast)\b",
    re.IGNORECASE,
)
_LATIN_WORD = lazy(r"[A-Za-z][A-Za-z0-9-]*")
_OTHER_JOINT = lazy(r"\s(?:and|or|&|및|또는)\s|,", re.IGNORECASE)
_MAX_SUBJECT_WORDS = 4
_MIN_SUBJECT_CHARS = 2


@lru_cache(maxsize=1024)
def two_subjects(title: str) -> tuple[str, str] | None:
    """`Race condition & critical section`, `Bagging and Random Forest`, `인증서와 CA` → the
    two names; None for a comparison, an aspect (`Pros and Cons`), or more than two."""
    words = plain(clean_heading(title))
    if asks_a_difference(words) or comparison_sides(words):
        return None
    found = _JOINED.match(words)
    if found is None:
        found = _JOINED_KO.match(words)
        # `와` after a vowel, `과` after a consonant: else no particle (`결과 분석`)
        if found is None or (final_consonant(found["a"][-1]) == 0) != (found["joint"] == "와"):
            return None
    sides = tuple(ASIDE_END.sub("", found[side]).strip(" *") for side in ("a", "b"))
    if not all(_is_subject(side) for side in sides):
        return None
    if sides[0].casefold() == sides[1].casefold():
        return None
    return sides[0], sides[1]


def _is_subject(name: str) -> bool:
    return (
        len(name) >= _MIN_SUBJECT_CHARS
        and len(name.split()) <= _MAX_SUBJECT_WORDS
        and not _OTHER_JOINT.search(name)
        and is_term_like(name)
        and not names_an_aspect(name)
    )


def _initials(name: str) -> str:
    """`Normalized Cross Entropy` → `NCE`; '' for a name of one word or not in Latin letters."""
    words = name.split()
    if len(words) < 2 or not all(_LATIN_WORD.fullmatch(word) for word in words):
        return ""
    return "".join(word[0] for word in words).upper()


def _opens_on(text: str, name: str) -> bool:
    """Whether a block's first words are the name, after a bullet or an article, or its
    initials (`The CE (also a loss function), measures …`)."""
    words = _ARTICLE.sub("", ITEM_MARKER.sub("", plain(text.split("\n", 1)[0])))
    folded = words.casefold()
    if folded.startswith(name.casefold()):
        rest = words[len(name) :]
        return not rest or not (rest[0].isascii() and rest[0].isalnum())
    initials = _initials(name)
    if not initials or not words.startswith(initials):
        return False
    rest = words[len(initials) :].removeprefix("s")
    return not rest or not rest[0].isalnum()


def _mentions(text: str, name: str) -> bool:
    words = plain(text)
    if name.casefold() in words.casefold():
        return True
    initials = _initials(name)
    return bool(initials) and bool({initials, f"{initials}s"} & set(_WORD.findall(words)))


def _without(text: str, name: str) -> str:
    """A text less the name, where another name is written inside it (`비동기` holds `동기`)."""
    words = plain(text)
    folded, name = words.lower(), name.lower()
    if len(folded) != len(words):
        return words
    kept, at = [], 0
    while (found := folded.find(name, at)) >= 0:
        kept.append(words[at:found])
        at = found + len(name)
    return " ".join([*kept, words[at:]])


def _units(own: list[Block], place: Place) -> list[tuple[Node, str]]:
    """The blocks an answer's subjects are told in: the answer's blocks, or the items of a
    list that is the whole answer, each as written."""
    if len(own) == 1 and own[0][0].type in LIST_TYPES and len(own[0][0].children) > 1:
        node, text = own[0]
        if text != place.quote(node):
            return []  # the list as the card shows it is not as written: its items are asked
        units = []
        for item in node.children:
            if item.line is None or item.map is None:
                return []
            said = [item.line.content.strip(), *(place.quote(child) for child in item.below)]
            units.append((item, "\n\n".join(said)))
        return units
    return list(own)


def pair_apart(own: list[Block], place: Place, asked: frozenset[int]) -> list[Card] | None:
    """A card for each of the two subjects the heading names, each over the run of blocks
    opening on its name; None unless the answer is told so (`asked`: the lines of the
    list items another rule already made a card of, which need no second one)."""
    subjects = two_subjects(place.section.title)
    if subjects is None:
        return None
    first, second = subjects
    units = _units(own, place)
    if len(units) < 2 or not _opens_on(units[0][1], first) or _opens_on(units[0][1], second):
        return None
    start = next(
        (index for index, (_, text) in enumerate(units) if index and _opens_on(text, second)),
        None,
    )
    if start is None:
        return None
    if any(_mentions(text, second) for _, text in units[:start]):
        return None  # the first run speaks of the second too: told together
    for index, (_, text) in enumerate(units[start:]):
        said = _without(text, second)
        if _mentions(said, first) and (index or _CONTRAST.search(said)):
            # `위 코드는 동기 코드이다` after `비동기: …`, `값이 1인 세마포어와 다르며`: told
            # against each other; the second built on the first (`Random Forest = bagging +
            # …`) stays apart
            return None
    cards = []
    for name, run in ((first, units[:start]), (second, units[start:])):
        node = run[0][0]
        if len(run) == 1 and node.type == "list_item" and node.map[0] + 1 in asked:
            continue  # `- NCE: …` already asked as a term
        answer = _LEADS_ON.sub("", "\n\n".join(text for _, text in run))
        cards.append(answer_part(name, answer, node, place))
    return cards
