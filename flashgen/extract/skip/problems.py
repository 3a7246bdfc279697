"""Problems to practise: a list naming problems on a judge's site by their number or title
(`- LC 207 Course Schedule`, `200, 695, 994` under `## Problems`), which a student solves
there rather than recalls here."""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.place import plain
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node

_JUDGE = (
    r"(?:LC|LeetCode|BOJ|백준|프로그래머스|Programmers|Codeforces|AtCoder|HackerRank|SWEA|"
    r"리트코드|코드포스)(?![^\W\d_])"
)
_NUMBER = r"#?\d{1,5}[A-Z]?번?"
_ENDS = r"(?:[.:)]?(?=\s|$)|(?=[,(]))"
_JUDGED = lazy(
    rf"^(?:\[\s*{_JUDGE}\s*(?:{_NUMBER})?\s*\]|{_JUDGE}\s*[-:#]?\s*{_NUMBER}{_ENDS})",
    re.IGNORECASE,
)
"""`LC 207`, `LeetCode 210`, `백준 1260번`, `[BOJ 1260]`, `[프로그래머스] 타겟 넘버`: a problem
named by its judge and its number there (or, in brackets, by its judge and title)."""
_JUDGE_AND_TITLE = lazy(rf"^{_JUDGE}\s*[-:]?\s+\S", re.IGNORECASE)
"""`프로그래머스 타겟 넘버`: a judge, then the title of its problem."""
_NUMBERED = lazy(rf"^(?:\[{_NUMBER}\]|{_NUMBER}{_ENDS})")
"""`207 Course Schedule`, `207. Course Schedule`, `[207] Course Schedule`, `417 (…)`, `200`:
a problem by its number alone, as a list of problems to practise names it."""
_JUDGE_NUMBER = lazy(rf"(?<![^\W\d_]){_JUDGE}\s*[-:#]?\s*#?\d{{1,5}}(?!\d)", re.IGNORECASE)
"""`(LC 875)`, `LeetCode 210`, `백준 1260번`: a judge's problem by its number, anywhere."""
_MAY_NAME_JUDGED = lazy(rf"\[|{_JUDGE}", re.IGNORECASE)
_MAY_NAME_PRACTICE = lazy(rf"[\[#\d]|{_JUDGE}", re.IGNORECASE)
"""How a line opens whose first entry `_JUDGED` (and, under a heading over problems,
`_JUDGE_AND_TITLE` or `_NUMBERED`) may read, a box (`[ ]`) before it or not: looked at before
a line is cut at its commas."""
_CHECKBOX = lazy(r"^\[[ xX]\]\s+")
_PRACTICE_TITLE = lazy(
    r"\b(?:problems?|practice|exercises?)\b|문제|연습|풀어\s*볼|풀이\s*목록", re.IGNORECASE
)
"""`Problems`, `Practice problems`, `연습 문제`, `풀어볼 문제`: a heading over problems."""
_TITLE_WORDS = 4
_SHORT_REMARK = 60
"""An entry this long at most, title and remark (`LC 994 Rotting Oranges (sources = all
rotten)`), names a problem to practise wherever its list stands; a longer one says how."""
_TEACHING_REMARK = lazy(r"\(([^()]*\S\s+\S+\s+\S[^()]*)\)\s*$")
"""`(sources = all rotten)`: a remark in brackets of three words or more, saying how the
section's idea applies to the problem (not a tag such as `(classic)` or `(기본)`)."""
_LINE_REMARK = 100
"""Under a heading over problems, an entry may run to a line (`444 Sequence Reconstruction
— unique topo order iff …`): its remark is on the problem, which the heading says is for
practice."""


_ONE_PROBLEM = lazy(r"^(?:문제|problem|exercise)\s*#?\d+\b", re.IGNORECASE)
"""`문제 1`, `Problem 3: …`: one problem by its number, worked under it, not a list of them."""


@lru_cache(maxsize=1024)  # asked of every section's title, and titles repeat
def names_practice(title: str) -> bool:
    """Whether a heading of a few words names problems to practise (`## Problems`, `##
    Practice`, `## 연습 문제`, `## 풀어볼 문제`). Its lists may name a problem by its number
    alone (`- 207 Course Schedule`, `200, 695, 994`)."""
    return (
        len(title.split()) <= _TITLE_WORDS
        and bool(_PRACTICE_TITLE.search(title))
        and not _ONE_PROBLEM.match(title)  # `### 문제 1` over its trace `- 5 → [5]`
    )


def names_a_judged_problem(text: str) -> bool:
    """Whether a line names a problem on a judge's site: by its judge and number anywhere
    (`Koko Eating Bananas (LC 875)`, `Two heaps — running median (LC 295)`), or opening on
    its judge in brackets (`[프로그래머스] 타겟 넘버`)."""
    return bool(_JUDGE_NUMBER.search(text) or _JUDGED.match(text))


def is_problem_list(block: Node, under_practice: bool = False) -> bool:
    """`- LC 994 Rotting Oranges (sources = all rotten)` / `- LC 542 01 Matrix` / `- LC 286
    Walls and Gates`, `- 백준 1260 DFS와 BFS`: a list of two entries or more, each a problem
    on a judge's site named by its judge and number (several, by commas: `LC 1136, 2050`),
    with at most a short remark. Under a heading over problems (`names_practice`), a list
    or a paragraph of them naming a problem by its number alone (`200, 695, 994, 417
    (Pacific Atlantic — BFS from the oceans inward), 1091`, `- 207 Course Schedule`), with
    a line of remark at most. Problems to solve elsewhere, not what to recall: the list is
    no part of its heading's answer. A list with a line saying anything else (`- count of
    subarrays ending at r …`), or a problem told at length (`- Word Ladder (LC 127): words
    are nodes, …`), is study material, as a problem worked under its own heading is; so,
    outside a heading over problems, is a list whose remarks say how the section's idea
    applies (`- LC 994 Rotting Oranges (sources = all rotten)` / `- LC 542 01 Matrix
    (sources = all zeros)` under `Push ALL sources at distance 0 first`)."""
    if block.type in LIST_TYPES:
        if len(block.children) < 2 and not under_practice:
            return False
        lines = map(_item_line, block.children)  # read item by item: most fail on the first
    elif block.type == "paragraph" and under_practice:
        lines = block.children[0].content.split("\n")
    else:
        return False
    return all(
        line is not None
        and _names_problems(line, under_practice)
        # `- LC 994 Rotting Oranges (sources = all rotten)`: the heading's idea applied
        and (under_practice or not _TEACHING_REMARK.search(line))
        for line in lines
    )


def _item_line(item: Node) -> str | None:
    """An item's line, when it has nothing under it. `- 1631. Path With Minimum Effort`
    is read by CommonMark as a list numbered from 1631 in the item: its number is back."""
    if item.line is not None:
        return None if item.below else item.line.content
    inner = item.below[0] if len(item.below) == 1 else None
    if inner is None or inner.type != "ordered_list" or len(inner.children) != 1:
        return None
    entry = inner.children[0]
    if entry.line is None or entry.below:
        return None
    return f"{inner.attrs.get('start', 1)}. {entry.line.content}"


def _names_problems(line: str, under_practice: bool) -> bool:
    """Whether a line names only problems, one or several by commas, the first by its
    judge unless under a heading over problems."""
    text = plain(line)
    if not (_MAY_NAME_PRACTICE if under_practice else _MAY_NAME_JUDGED).match(text.lstrip()):
        return False  # nearly every line: its first entry opens on no judge, number or box
    text = _CHECKBOX.sub("", text)
    longest = _LINE_REMARK if under_practice else _SHORT_REMARK
    for index, entry in enumerate(_by_commas(text)):
        entry = entry.strip()
        if len(entry) > longest:
            return False
        if _JUDGED.match(entry) or (under_practice and _JUDGE_AND_TITLE.match(entry)):
            continue
        if (under_practice or index > 0) and _NUMBERED.match(entry):
            continue
        return False
    return True


def _by_commas(text: str) -> list[str]:
    """A line cut at the commas before each problem it names (`200, 695, 417 (Pacific
    Atlantic, BFS)`); a comma in brackets or before other words is its remark's
    (`— can do with topo on the implicit DAG, or DFS + memo`)."""
    entries, depth, start = [], 0, 0
    for index, character in enumerate(text):
        if character in "([":
            depth += 1
        elif character in ")]":
            depth = max(depth - 1, 0)
        elif character == "," and depth == 0 and _OPENS_ENTRY.match(text, index + 1):
            entries.append(text[start:index])
            start = index + 1
    entries.append(text[start:])
    return entries


_OPENS_ENTRY = lazy(rf"\s*(?:\[|#?\d|{_JUDGE})", re.IGNORECASE)
