"""Values read back from the JSON flashgen keeps beside the decks, checked for their type.

The state and the cache are shared (committed, synced, unpacked from an archive), so a
value in them may be damaged or crafted: each is checked as it is read, and one of another
type raises `NotAsStored`, naming it. Each reader says what that means to the user (a
damaged state file is kept as far as it can be read; a cache entry is built again).
"""

from __future__ import annotations


class NotAsStored(ValueError):
    """A stored value that is not of the type flashgen writes there."""


def text(value: object) -> str:
    if not isinstance(value, str):
        raise NotAsStored(f"{value!r:.80} is not text")
    return value


def whole(value: object) -> int:
    # `type() is`: a bool is an int to isinstance, and `true` is no count or time.
    if type(value) is not int:
        raise NotAsStored(f"{value!r:.80} is not a whole number")
    return value


def flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise NotAsStored(f"{value!r:.80} is not true or false")
    return value
