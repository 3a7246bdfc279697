"""A checklist of do's then don'ts, too long to recall together, asked run by run.

A writer lists what to do, each item opening on a mark (`- ✅ Name variables for what they
hold`), then what not to do (`- ❌ Do not reuse one name for two things`), often with a
quoted explanation under an item. Together that is more than one go; a careful student
writes a card for the do's and one for the don'ts, each asked as the heading with what
the run is, its items with their explanations while the card still fits, else the items
alone. A list whose marks mean something else (`⭕`/`❌` over claims right and wrong) says
no don't: only a run of prohibitions (`Do not …`, `Never …`, `…지 말 것`) is read as one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flashgen.extract.apart import answer_part
from flashgen.extract.headings import heading_answer
from flashgen.extract.place import Place
from flashgen.extract.sizes import MAX_RECALL_LINES, Block, list_items, recallable, shown_lines
from flashgen.extract.skip import has_substance
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import Node

DO_MARKS = "✅|✔|☑|👍"
DONT_MARKS = "❌|✖|❎|🚫|⛔|👎"
"""The marks a do and a don't open on, as alternatives of a pattern."""
_MARKED_ITEM = lazy(
    rf"^[-*+][ \t]+(?:\*\*)?(?:(?P<do>{DO_MARKS})|(?P<dont>{DONT_MARKS}))\ufe0f?(?:\*\*)?[ \t]*"
    r"(?P<rest>\S.*)$"
)
"""`- ✅ Ask before you assume`, `- ❌ Do not guess`: an item opening on a mark of a do or
a don't; what follows it, its own words."""
_PROHIBITION = lazy(r"^(?:\*\*)?(?:do not|don't|never|avoid|stop)\b", re.IGNORECASE)
"""`Do not …`, `Don't …`, `Never …`, `Avoid …`: an English don't."""
_KOREAN_PROHIBITION = lazy(
    r"지\s*(?:말(?:\s|것|기|자|아야|고|라)|마(?:세요|라|십시오)?(?:[\s.!]|$))|금지"
)
"""`…하지 말 것`, `…쓰지 마세요`, `…금지`: a Korean don't."""
_EXPLANATION = lazy(r"^\s*(?:>|[-*+][ \t]|\d+[.)][ \t]|```|~~~)")
"""Under an item's own line: a quoted explanation, a sublist or code — its elaboration."""

_NAMES = {"en": ("do", "don't"), "ko": ("할 것", "하지 말 것")}


def runs_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """The heading's blocks without a checklist of do's and don'ts too long to recall
    whole, and a card for each run (`… — do`, `… — don't`); the blocks unchanged, no card,
    when no list is such a checklist."""
    for index, (node, text) in enumerate(own):
        if node.type != "bullet_list" or recallable([(node, text)]):
            continue
        runs = _runs(text)
        if runs is None:
            continue
        names = _NAMES[runs[2]]
        first = 0
        cards = []
        for do, items in (runs[0], runs[1]):
            cards.append(_run_card(items, names[0 if do else 1], _line(node, first), place))
            first += len(items)
        rest = own[:index] + own[index + 1 :]
        if not has_substance("\n\n".join(kept for _, kept in rest)):
            rest = []
        return rest, cards
    return own, []


def _runs(text: str) -> tuple[tuple[bool, list[str]], tuple[bool, list[str]], str] | None:
    """The list's two runs, each with whether it is the do's and its items as written, and
    the language its don'ts are told in; None unless every item opens on a mark, the marks
    fall into one run of do's and one of don'ts, two items each at least, and every don't
    is told as one."""
    items = list_items(text)
    if len(items) < 3:
        return None
    kinds: list[bool] = []
    language = ""
    for item in items:
        match = _MARKED_ITEM.match(item.split("\n", 1)[0])
        if match is None:
            return None
        do = match.group("do") is not None
        kinds.append(do)
        if not do:
            told = _told(match.group("rest"))
            if not told or language not in ("", told):
                return None
            language = told
    cut = next(n for n in range(1, len(kinds) + 1) if n == len(kinds) or kinds[n] != kinds[0])
    if cut in (1, len(kinds) - 1, len(kinds)) or len(set(kinds[cut:])) != 1:
        return None  # one run, more than two, or a run of one item, which the other's card
        # would leave alone (`❌ Do not start typing yet` after the do's: it stays with them)
    return (kinds[0], items[:cut]), (kinds[cut], items[cut:]), language


def _told(said: str) -> str:
    """The language a don't is told in as one (`en`, `ko`), or nothing when it is not."""
    if _PROHIBITION.match(said):
        return "en"
    return "ko" if _KOREAN_PROHIBITION.search(said) else ""


def _line(node: Node, first: int) -> Node:
    """Where a run starts: its first item, when the list still holds every item."""
    items = node.children
    return items[first] if first < len(items) and items[first].map else node


def _run_card(items: list[str], name: str, node: Node, place: Place) -> Card:
    """The run's card: the heading asked with what the run is, its items with their
    explanations while that fits in one go, else each item's own line alone."""
    answer = "\n".join(items)
    if shown_lines([answer]) > MAX_RECALL_LINES:
        answer = "\n".join(_own_line(item) for item in items)
    card = heading_answer(answer, place)
    return replace(
        card,
        question=f"{card.question} — {name}",
        line=node.map[0] + 1 if node.map else card.line,
        rule=answer_part.__name__,
    )


def _own_line(item: str) -> str:
    """An item's own words, without what stands under them (`> why`, a sublist)."""
    lines = item.split("\n")
    kept = [lines[0]]
    for line in lines[1:]:
        if not line.strip() or _EXPLANATION.match(line):
            break
        kept.append(line)
    return "\n".join(kept)
