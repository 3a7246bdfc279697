"""A heading naming two subjects whose own text only leads up to them.

`# Eager / Lazy loading` over a few lines on why loading has a fetch type, then `## Eager
loading (즉시 로딩)` and `## Lazy loading (지연 로딩)`; `## 추상 클래스 vs 인터페이스` over a
remark that the two are hard to compare, then `### 공통점` and `### 차이점`: the heading's own
text is a preamble and answers none of what its title asks. The subsections do, so the
heading's card names them after it, each with what it says (a side with its first
statement, an aspect of the comparison with its points or the titles of its parts).
"""

from __future__ import annotations

import re

from flashgen.extract.apart import other_bullet
from flashgen.extract.labels import ASIDE_END
from flashgen.extract.overviews import opening_statement, points_line
from flashgen.extract.place import Place, is_short_label, plain
from flashgen.extract.sections import comparison_sides, without_sub_number
from flashgen.extract.sizes import ITEM_MARKER, MAX_RECALL_LINES, shown_lines
from flashgen.model import Section
from flashgen.patterns import lazy
from flashgen.text import EMOJI, clean_heading

_SLASHED = lazy(r"^(?P<a>[^/]+?)\s+/\s+(?P<b>[^/]+?)$")
"""`Eager Loading / Lazy Loading`: two subjects set side by side (spaced, unlike `TCP/IP`)."""
_ASPECTS = (
    lazy(r"^(공통점|비슷한 점|similarities)$", re.IGNORECASE),
    lazy(r"^(차이점|다른 점|differences)$", re.IGNORECASE),
)
"""What a comparison's subsections name when they are its two aspects, in either order."""
_NOT_PROSE = lazy(r"```|~~~|^\s*\||!\[|<img\b|^\s+([-*+]|\d+[.)])\s", re.IGNORECASE | re.MULTILINE)
"""Code, a table, a picture or a nested point: an answer that is more than a preamble."""
_MAX_TOLD_LINES = 3
"""A subsection told in more lines than this is told on its own card only."""


def _title(section: Section) -> str:
    return plain(EMOJI.sub("", clean_heading(section.title))).strip()


def _subjects(title: str) -> tuple[str, ...]:
    """`추상 클래스 vs 인터페이스`, `Eager Loading / Lazy Loading` → the two subjects."""
    sides = comparison_sides(title)
    if sides:
        return sides
    found = _SLASHED.match(title)
    if found is None:
        return ()
    sides = (found["a"].strip(), found["b"].strip())
    return sides if all(is_short_label(side) for side in sides) else ()


def _told(section: Section, sides: tuple[str, ...]) -> list[str] | None:
    """Each subsection the heading's title names with what it says, in its order: its
    sides (titled by them, a gloss in brackets aside), or the comparison's two aspects."""
    parts = [child for child in section.children if child.blocks or child.children]
    titles = [_title(child) for child in parts]
    wanted = {side.casefold() for side in sides}
    by_side = [
        child
        for child, title in zip(parts, titles, strict=True)
        if title.casefold() in wanted or ASIDE_END.sub("", title).casefold() in wanted
    ]
    if len(by_side) == len(sides):
        said = [opening_statement(child.blocks) for child in by_side]
        if None in said:
            return None
        return [f"{_title(child)}: {it}" for child, it in zip(by_side, said, strict=True)]
    if len(parts) != len(_ASPECTS) or not all(
        any(aspect.match(title) for title in titles) for aspect in _ASPECTS
    ):
        return None
    told = []
    for child, title in zip(parts, titles, strict=True):
        if child.blocks and not child.children:
            it = points_line(child.blocks)
        elif not child.blocks:  # `### 차이점` over `#### 용도`, `#### 다중 상속 가능 여부`, …
            names = [_title(grand) for grand in child.children]
            names = [without_sub_number(name, child.title) for name in names]
            it = ("; " if any("," in name for name in names) else ", ").join(names)
        else:
            it = None
        if not it:
            return None
        told.append(f"{title}: {it}")
    return told


def subjects_after_preamble(answer: list[str], place: Place) -> list[str]:
    """The heading's answer with the subsections its title names told after it, when its
    own text is prose only (no code, table, picture or nested points) and names none of
    them already. The whole is kept while it is recalled in one go; else its last block
    stays when it names both subjects (`Fetch Type에는 Eager와 Lazy가 존재한다.`), leading
    into them; else the answer is left as the writer put it."""
    section = place.section
    if len(section.children) < 2 or not answer:
        return answer
    sides = _subjects(_title(section))
    if not sides or any(_NOT_PROSE.search(text) for text in answer):
        return answer
    told = _told(section, sides)
    if not told or any(shown_lines([line]) > _MAX_TOLD_LINES for line in told):
        return answer
    if _named_already([line.split(": ", 1)[0] for line in told], answer):
        return answer
    names = _named(told, answer[-1])
    if shown_lines([*answer, names]) <= MAX_RECALL_LINES:
        return [*answer, names]
    last = plain(answer[-1]).casefold()
    if all(side.split()[0].casefold() in last for side in sides) and (
        shown_lines([answer[-1], names]) <= MAX_RECALL_LINES
    ):
        return [answer[-1], names]
    return answer


def _named_already(titles: list[str], answer: list[str]) -> bool:
    """Whether a line of the answer names a part already (`- Mutex: …`, or `- Mutex` after a
    line leading into the subsections): the answer says them as it stands."""
    wanted = [title.casefold() for title in titles]
    for line in "\n".join(answer).splitlines():
        said = plain(ITEM_MARKER.sub("", line)).strip().casefold()
        if any(said == title or said.startswith(f"{title}:") for title in wanted):
            return True
    return False


def _named(told: list[str], before: str) -> str:
    """The parts one a line, bulleted `*` after a list bulleted `-`, which they would join."""
    mark = other_bullet(before)
    return "\n".join(f"{mark} {line}" for line in told)
