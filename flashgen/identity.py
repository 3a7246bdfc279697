"""The ids Anki matches on. They must never change for the same deck and question.

Anki matches an imported note to the one in the collection by GUID alone, and a
student's review history follows the GUID. So a note's GUID comes from what the
student knows the card by, its deck and its front (the question in its context),
never from its answer (edits would duplicate it) or its position (insertions would
move histories). These are our own hashes, not genanki's, so a library upgrade
cannot change them.
"""

from __future__ import annotations

import hashlib

BASIC_MODEL_ID = 1_607_392_319
"""The "flashgen Basic" note type. Frozen with its fields: a new layout needs a new id."""
REVERSED_MODEL_ID = 1_607_392_320
"""The "flashgen Basic (and reversed card)" note type; frozen like the basic one."""
CLOZE_MODEL_ID = 1_607_392_321
"""The "flashgen Cloze" note type; frozen like the basic one."""

_BASE91 = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"
)
_BASE = len(_BASE91)
_DECK_ID_FLOOR = 1 << 52
"""Deck ids sit in [2**52, 2**53): clear of Anki's own small ids, exact in JavaScript."""


def deck_id(deck_name: str) -> int:
    return _DECK_ID_FLOOR + _hash_int("deck", deck_name) % _DECK_ID_FLOOR


def note_guid(deck_name: str, front: str, kind: str = "basic") -> str:
    """Base91, as Anki writes GUIDs; whitespace in the front does not count.

    A basic card is known by deck and front alone; another kind of card with the same
    front (a cloze of the same sentence, say) is a different note, so its kind counts.
    """
    kind_part = () if kind == "basic" else (kind,)
    value = _hash_int("note", deck_name, " ".join(front.split()), *kind_part)
    guid = ""
    while value:  # digits by operators, not calls: ten digits a card (the same digits)
        guid = _BASE91[value % _BASE] + guid
        value //= _BASE
    return guid or _BASE91[0]


def card_id(guid: str) -> str:
    """A card's id as `flashgen preview` shows it and `skip_cards` names it: ten hex digits
    of its GUID's hash. It lasts as long as the GUID does (the card's deck and question), and
    a terminal selects it whole with a double click, which the GUID's punctuation breaks."""
    return hashlib.sha256(guid.encode("utf-8")).hexdigest()[:CARD_ID_DIGITS]


CARD_ID_DIGITS = 10
"""Forty bits: two cards of a collection of 100,000 share an id about once in 200."""


def _hash_int(*parts: str) -> int:
    digest = hashlib.sha256("\x1f".join(("flashgen", *parts)).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")
