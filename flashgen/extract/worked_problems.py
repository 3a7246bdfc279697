"""A problem worked under its own heading, and the points of its solution.

A heading naming a problem to solve, by its judge and number (`### Example: Koko Eating
Bananas (LC 875)`, `## Two heaps — running median (LC 295)`, `### 백준 1260 DFS와 BFS`),
as an exercise with its title (`### Exercise 3: Reverse a linked list`, `## 문제: 괄호
검사`) or as a worked example (`## Worked example 1 (lecture)`), is answered by how that
problem is solved. The labelled items of its list (`- answer space: speed k in [1,
max(piles)]`, `- feasible(k): …`, `- minimize -> first True`, `- decompose: R1(…), R2(…)`)
are the steps of that solution, not terms: asked alone (`… › minimize` → `first True`)
each is a fragment of it, and with all of them taken the problem itself would be asked
nowhere. They stay on the problem's card. A label set wholly in bold or code (`-
**Present bit**: …`, `` - `lo`: max-heap of the smaller half ``) names a thing the note
defines for its own sake, and keeps its card; so does every item under a heading naming
a thing rather than a problem (`## Example: x86 Page Table Entry`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.place import Place, plain
from flashgen.extract.skip.problems import names_a_judged_problem
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import clean_heading

_EXERCISE = lazy(
    r"^(?:(?:exercise|문제|연습\s*문제|예제)\s*\d{0,2}|problem\s*\d{1,2})\s*[:.)\-–—]\s*\S"
    r"|^worked\s+examples?\b",
    re.IGNORECASE,
)
"""`Exercise 3: Reverse a linked list`, `Problem 2. Two Sum`, `문제: 괄호 검사`, `예제 1 -
최소 동전`: a problem set under its title (not `Example: x86 Page Table Entry`, an example
of a thing, nor `문제점` or `Problem: Thundering herd`, what goes wrong); a worked example
(`Worked example 1 (lecture)`), a problem worked out step by step whatever follows."""
_MARKED_NAME = lazy(
    r"^(?:\*\*[^*\n]+?\*\*|__[^_\n]+?__|`[^`\n]+`|\*\*[^*\n]+?:\*\*)[ \t]*(?::|→|->|=>|[-–—]\s|$)"
)
"""`**Present bit**: …`, `` `lo`: … ``, `**Dirty bit:** …`, `**SFT** — …`: a label set
wholly in bold or code, naming a thing."""


@lru_cache(maxsize=256)  # asked of each labelled item, every item of a section alike
def works_a_problem(title: str) -> bool:
    """Whether a heading names a problem to solve: by its judge and number (`Koko Eating
    Bananas (LC 875)`, `백준 1260 DFS와 BFS`), or as an exercise with its title (`Exercise
    3: Reverse a linked list`, `문제: 괄호 검사`)."""
    words = plain(clean_heading(title))
    return names_a_judged_problem(words) or bool(_EXERCISE.match(words))


def a_step_of_a_worked_problem(item: Node, place: Place) -> bool:
    """Whether a labelled item is a step of the solution of the problem its section's
    heading names (`- feasible(k): sum(ceil(p / k) for p in piles) <= h` under `### Example:
    Koko Eating Bananas (LC 875)`), which stays on the problem's card; not when its label
    is set wholly in bold or code, a thing's name."""
    if item.line is None or not works_a_problem(place.section.title):
        return False  # nearly every item: its heading names no problem
    return _MARKED_NAME.match(item.line.content.lstrip()) is None
