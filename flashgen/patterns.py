"""Regular expressions compiled when first used rather than when their module is loaded.

Compiling a pattern costs up to a few milliseconds (a class of Hangul syllables alone is
11,172 characters to index), and every build process loads all of the rules: a rebuild of
one edited note runs only some of them, so the patterns of the card rules (flashgen/extract)
compile lazily, and a rebuild compiles those its note reaches."""

from __future__ import annotations

import re

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
