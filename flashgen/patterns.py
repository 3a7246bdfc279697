"""Regular expressions compiled when first used rather than when their module is loaded.

Compiling a pattern costs up to a few milliseconds (a class of Hangul syllables alone is
11,172 characters to index), and every build process loads all of the rules: a rebuild of
one edited note runs only some of them, so the patterns of the card rules (flashgen/extract)
compile lazily, and a rebuild compiles those its note reaches."""

from __future__ import annotations

import re
from collections.abc import Iterable

_PATTERN_ATTRIBUTES = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
    "pattern", "flags", "groups", "groupindex",
)  # fmt: skip


class CompiledPattern:
    """A `LazyPattern` once compiled: its attributes are the compiled pattern's, kept on the
    instance. Without a `__getattr__` on its class, Python reads them as fast as any
    attribute; with one, every call of `pattern.search` paid for it (about 20 ns, on the
    million regular-expression calls of a build of a few hundred notes)."""


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`: its first use compiles it, after which it is
    a `CompiledPattern`, whose methods are the compiled pattern's own."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        _UNCOMPILED.append(self)

    def __getattr__(self, name: str):  # reached only before the first compile
        return getattr(self._compiled(), name)

    def _compiled(self) -> re.Pattern[str]:
        compiled = re.compile(*self._source)
        for attribute in _PATTERN_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        self.__class__ = CompiledPattern  # type: ignore[assignment]
        return compiled


_UNCOMPILED: list[LazyPattern] = []
"""Every lazy pattern made, until `compile_all` compiles those not used yet."""


MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
"""The months' names as dates abbreviate them, lower case (match ignoring case; each may run on
to its full name, `sept`, `march`)."""


def compile_all() -> None:
    """Compile every lazy pattern not used yet. Called before worker processes are forked
    to build many notes, which between them reach nearly every pattern: the workers then
    share the compiled patterns instead of each compiling them."""
    for pattern in _UNCOMPILED:
        if "search" not in vars(pattern):
            pattern._compiled()
    _UNCOMPILED.clear()


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use (see `LazyPattern`)."""
    return LazyPattern(pattern, flags)


def any_of(words: Iterable[str]) -> str:
    """A pattern finding whether any of these words (literal text) is in a text, its
    alternatives grouped by the characters they begin with (`ook up|ook it up` is written
    `ook\\ (?:it\\ up|up)`): tried at each place of a text, it reads a character once where a
    list of the words reads it once for each word, and where as many looks for each word
    read the whole text again. Quickest when the words open on characters a text seldom
    holds (not a space): it is tried further at each of them. A word that begins another
    makes the longer one needless: the pattern says that one of them is there, not which."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here
    return _alternatives(tree)


def _alternatives(node: dict[str, dict]) -> str:
    if "" in node:
        return ""  # a word ends here: found, whatever follows
    branches = [re.escape(character) + _alternatives(node[character]) for character in sorted(node)]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
