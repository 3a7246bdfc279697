"""A story told in the STAR shape: its parts, not terms. Behavioural interview notes tell
each story as `**S:** …` / `**T:** …` / `**A:** …` / `**R:** …` (Situation, Task, Action,
Result), often with a lesson after: one answer to one question (`## 4. Failure`),
told in order, that its heading's card keeps whole. Taken apart, `T` would be asked as if
it named something, over `My proposal, my project.`. Only the letters count, two at least
among a list's labels: `- C: must declare before use` under a heading on languages is C,
and `- **Situation**: …` defining the method's parts names them."""

from __future__ import annotations

from functools import lru_cache

from flashgen.extract.item_kinds import list_holding
from flashgen.extract.place import Place, plain
from flashgen.patterns import lazy
from flashgen.syntax import Node

_PART = lazy(r"^\s*\**\s*([STAR])\s*\**\s*[:：]")
"""`**S:**`, `T:`, `**A**:`: a STAR story's letter opening a line."""
_MIN_PARTS = 2
_OPENS_A_PART = "STAR<"
"""What a line read as a story's part opens on, past its spaces and marks of bold or code:
a letter, or an HTML tag `plain` drops (`""`, a line of marks only, is in it too)."""


def told_as_a_story(item: Node, place: Place) -> bool:
    """Whether the item is a part of a STAR story (see the module): it opens on one of the
    letters (`**T:** …`), and so do other items of its list, two letters at least. (A
    `**Learned:** …` after them is asked as ever: finding its list for every labelled item
    would cost each note's items a walk.)"""
    line = item.line
    if line is None or (":" not in line.content and "：" not in line.content):
        return False  # nearly every item: `plain` only drops markup, so no colon, no letter
    first = line.content.lstrip(" \t*_`")[:1]  # past the marks `plain` drops or `_PART` skips
    if first not in _OPENS_A_PART and not first.isspace():
        return False  # most labelled items: no letter first (`- Kubernetes: …`), or a tag
    if _PART.match(plain(line.content)) is None:
        return False  # nearly every item: no letter of a story
    listed = list_holding(item, place)
    return listed is not None and _letters(listed) >= _MIN_PARTS


@lru_cache(maxsize=256)  # each labelled item of a list asks of the same list
def _letters(listed: Node) -> int:
    return len(
        {
            found[1]
            for child in listed.children
            if child.line is not None and (found := _PART.match(plain(child.line.content)))
        }
    )
