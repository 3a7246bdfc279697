"""A story told in the STAR shape: its parts, not terms. Behavioural interview notes tell
each story as `**S:** …` / `**T:** …` / `**A:** …` / `**R:** …` (Situation, Task, Action,
Result), often with a lesson after: one answer to one question (`## 4. Failure`),
told in order, that its heading's card keeps whole. Taken apart, `T` would be asked as if
it named something, over `My proposal, my project.`; and so would a labelled step of its
action (`- root cause: retries without jitter`) or its lesson (`**Learned:** …`). Only the
letters count, two at least among a list's labels (`- C: must declare before use` under a
heading on languages is C, and `- **Situation**: …` defining the method's parts names
them), or among the lines of a section, the Situation and the Action or three letters."""

from __future__ import annotations

import re
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
    letters (`**T:** …`), and so do other items of its list, two letters at least; or its
    section's own lines tell the story (`in_a_story`)."""
    line = item.line
    if line is None:
        return False
    if (":" in line.content or "：" in line.content) and _opens_on_a_letter(item, place):
        return True
    return in_a_story(place)


def _opens_on_a_letter(item: Node, place: Place) -> bool:
    """Whether a labelled item opens on a story's letter (`**T:** …`), as do other items of
    its list, two letters at least."""
    content = item.line.content
    first = content.lstrip(" \t*_`")[:1]  # past the marks `plain` drops or `_PART` skips
    if first not in _OPENS_A_PART and not first.isspace():
        return False  # most labelled items: no letter first (`- Kubernetes: …`), or a tag
    if _PART.match(plain(content)) is None:
        return False  # nearly every item: no letter of a story
    listed = list_holding(item, place)
    return listed is not None and _letters(listed) >= _MIN_PARTS


def in_a_story(place: Place) -> bool:
    """Whether a section's own lines tell a STAR story: lines open on its Situation and its
    Action, or on three of its letters (`**S:** Black Friday 2021. …`, `**T:** …`, `**A:**`
    over the steps taken). Its labelled lines are the story's, no terms: `- root cause: …`
    under `**A:**`, `**Learned:** …` after `**R:**`."""
    return _tells_a_story(place.own_markdown)


@lru_cache(maxsize=64)  # every item of a section asks of the same text
def _tells_a_story(text: str) -> bool:
    if "S" not in text or "A" not in text:
        return False  # nearly every section: no Situation or no Action told
    letters = {found[1] for found in _LINE_PART.finditer(text)}
    return {"S", "A"} <= letters or len(letters) >= 3


_LINE_PART = lazy(
    r"^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?\**[ \t]*([STAR])[ \t]*\**[ \t]*[:：]", re.M
)
"""A STAR story's letter opening a line of a section, in a list's item or not."""


@lru_cache(maxsize=256)  # each labelled item of a list asks of the same list
def _letters(listed: Node) -> int:
    return len(
        {
            found[1]
            for child in listed.children
            if child.line is not None and (found := _PART.match(plain(child.line.content)))
        }
    )
