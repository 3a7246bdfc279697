"""Bold phrases a sentence sets side by side as examples: either none is a gap, or all are
asked together.

`**#include**, **#define**같이 #으로 시작하는 지시자` and `languages such as **Go**, **Rust**`
liken what the sentence names to a few of its kind: hide one and the other shown beside it
leaves any other of the kind a right answer, and hidden together they ask for any two. None
is a gap; the sentence stays on its heading's card. A list closed by `등` or `etc.` (`**갱신
분실**, **모순성**, **연쇄 복귀** 등의 문제`) is the writer's set of that kind: hidden one at a
time, the others shown cue it no better than any other member would, so all of it is one gap,
asked together, or none when one of it is shown anyway.

So is any run of bold items set side by side (`parallel_runs`): `**부호 1비트**, **지수 8비트**,
**가수 23비트**`, `states: **follower**, **candidate**, **leader**`. Shown one beside the
others, the hidden one is worked out from them (what the rest leave of 32 bits, the one state
not shown), so the run is hidden whole or not at all.
"""

from __future__ import annotations

import re

from flashgen.patterns import lazy

_BETWEEN = lazy(r"\s*(?:,|、|/|및|와|과|,?\s*(?:and|or))\s*", re.IGNORECASE)
"""What stands between two members of a list: a comma, a slash, `와`/`과`/`및`, `and`/`or`."""
_LIKENED_AFTER = lazy(r"\s*(?:같이|처럼|(?:와|과)?\s*같은)(?![가-힣])")
"""`**A**, **B**같이 …`, `**A**, **B** 같은 …`, `**A**와 **B**처럼 …`: examples of what the
sentence names after them."""
_LIKENED_BEFORE = lazy(
    r"(?:\bsuch as|\blike|\be\.g\.,?|\bfor example,?|\bfor instance,?|예를 들어,?|예컨대,?|"
    r"예\)|ex\))\s*$",
    re.IGNORECASE,
)
"""`such as **A**, **B**`, `e.g. **A**, **B**`, `예를 들어 **A**, **B**`: examples of what the
sentence named before them."""
_LISTED_AFTER = lazy(
    r"\s*(?:등(?:의|이|을|은|과|도|에서|으로)?(?![가-힣])|,?\s*etc\b|,?\s*and so on\b)",
    re.IGNORECASE,
)
"""`**A**, **B** 등의 …`, `**A**, **B**, etc.`: a list the writer closes as a few of many."""
_LISTED_BEFORE = lazy(r"\bincluding\s*$", re.IGNORECASE)
_NEEDS = ("같", "처럼", "등", "such", "like", "e.g", "example", "instance", "예", "ex)", "etc",
          "and so on", "including")  # fmt: skip
"""What none of the markers can match without: most sentences hold none of it."""


def examples_side_by_side(
    sentence: str, bold: list[re.Match[str]]
) -> tuple[set[int], list[list[int]]]:
    """The starts of the bold phrases (`bold`, in order) the sentence likens its subject to,
    which are no gaps, and the runs (each a list of starts) it lists as a few of many, which
    are asked together: each run two phrases or more, joined only by `_BETWEEN`."""
    if len(bold) < 2:
        return set(), []
    folded = sentence.casefold()
    if not any(word in folded for word in _NEEDS):
        return set(), []  # nearly every sentence: no marker of examples at all
    likened: set[int] = set()
    listed: list[list[int]] = []
    run = [bold[0]]
    for match in [*bold[1:], None]:
        if match is not None and _BETWEEN.fullmatch(sentence, run[-1].end(), match.start()):
            run.append(match)
            continue
        if len(run) > 1:
            first, last = run[0].start(), run[-1].end()
            starts = [member.start() for member in run]
            if _LIKENED_AFTER.match(sentence, last) or _LIKENED_BEFORE.search(sentence, 0, first):
                likened.update(starts)
            elif _LISTED_AFTER.match(sentence, last) or _LISTED_BEFORE.search(sentence, 0, first):
                listed.append(starts)
        if match is not None:
            run = [match]
    return likened, listed


_ASIDE_THEN_BETWEEN = lazy(
    r"(?:\s*\([^()]*\))?\s*(?:,|、|/|및|와|과|(?:이)?나(?=\s)|또는|혹은|,?\s*(?:and|or))\s*",
    re.IGNORECASE,
)
"""What stands between two items of a run: a joint of `_BETWEEN` or a word of "or" (`이나`,
`나`, `또는`, `혹은`: `**추적**이나 **계수**`), after an aside in parentheses that glosses the item
before it (`**white** (unvisited), **gray**`)."""
_OPENS_ASIDE = lazy(r"\s*\([^()]*$")
"""The text from an item to a bold phrase inside the aside after it (`**변수 객체**(`)."""


def parallel_runs(sentence: str, bold: list[re.Match[str]]) -> list[list[int]]:
    """The runs of two bold phrases or more (`bold`, in order) that the sentence sets side by
    side as items of one list, each run the starts of its items: joined only by a comma, a
    slash, `와`/`과`/`및` or `and`/`or`, an item maybe glossed by an aside in parentheses,
    whose own bold (`**변수 객체**(**Variable Object**)`) is no item."""
    if len(bold) < 2:
        return []
    runs: list[list[int]] = []
    run = [bold[0]]
    for match in bold[1:]:
        last = run[-1].end()
        if _ASIDE_THEN_BETWEEN.fullmatch(sentence, last, match.start()):
            run.append(match)
            continue
        if _OPENS_ASIDE.fullmatch(sentence, last, match.start()):
            continue  # the gloss of the item before, in its aside
        if len(run) > 1:
            runs.append([member.start() for member in run])
        run = [match]
    if len(run) > 1:
        runs.append([member.start() for member in run])
    return runs
