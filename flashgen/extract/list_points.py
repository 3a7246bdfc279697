"""List items whose lead words are one point of the list answering its heading, not a term.

A list under `## Properties` or `## Mitigation levers` answers its heading whole: each item
is one point of that answer. When one of them happens to be written with a separator
(`5. Unsupervised: max variance directions may be useless …`, `- Restart pods — last
resort, …`) while its siblings are plain lines, the words before it are still that point,
not a term: asked alone, the card shows the answer on its front (`Unsupervised` ⟶ …), and
the heading's card keeps the line in its place. A head the writer marks as a term keeps its
card: set in bold or code (`- **COMMIT**: …`), an acronym (`- TTL: Time To Live`), or a
name the note gives a heading or a bold of its own; so does a list that names its points
(`1. 균일성 : …`, `2. 균형트리 : …`), and a grab bag (`## Misc`), whose lines answer nothing
together.
"""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.grab_bags import is_grab_bag
from flashgen.extract.item_kinds import item_text, list_and_line_above, list_holding
from flashgen.extract.place import Place, is_claim, is_statement, plain
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import clean_heading

_NAMES_POINTS = lazy(
    r"(특징|특성|장점|단점|장단점)(을|를|은|는|이|가|으로|로)?(\s|:|$)"
    r"|(?i:\b(properties|characteristics|advantages|disadvantages|pros|cons|levers|"
    r"in order of)\b)"
)
"""A title or line over the points of an answer: its subject's properties (`## Properties`,
`### 특징`, `Pros`), or the levers to pull in an order (`## Mitigation levers (roughly in
order of preference)`)."""
_MAX_LONE_KEYS = 2
"""A lone item or two with a separator among plain lines; more are a list of terms."""
_MAX_NAME_WORDS = 4
"""A plain line of more words than this states a point; a shorter one may be a name."""
_STATE = lazy(r"^(?:[\w-]+\s)?[\w-]+(?:ed|ive|able|ible|ous|less)$", re.IGNORECASE)
"""`Unsupervised`, `Single Threaded`, `Stateless`: an adjective of one or two words, ending
as one does (`-ed`, `-ive`, `-able`, `-ous`, `-less`), a state of the subject said as a
property, not the name of a thing (`Init`, `Agent metrics`, `Rebase`)."""
_STATE_LAST = frozenset("dDeEsSſ")
"""The last letter of each of `_STATE`'s endings, in either case (`ſ` is an `s` to a
pattern ignoring case)."""
_ACRONYM = lazy(r"^[A-Z][A-Z0-9/.-]*[A-Z0-9]s?(?:\s*\([^()]*\))?$")
"""`TTL`, `NAPT (PAT)`, `HTTP/2`: a name in capitals, a term whatever list it stands in."""
_MARKED = ("**", "__", "`")


def a_point_of_its_answer(item: Node, lead: str, place: Place) -> bool:
    """Whether an item's lead words (`lead`, before its separator) are one point of the list
    answering its heading rather than a term: an item of a list under a title (or a line
    just above it) naming properties or levers, whose points are written out at least as
    often as named (`5. Unsupervised: …` beside `1. Components are orthogonal; …` under
    `## Properties`, `- Restart pods — last resort, …` under `## Mitigation levers`); or a
    lone item or two written with a separator among plain statements, its head a state
    said as a property (`- Single Threaded : 한 번에 하나의 명령만 처리`). A head the writer
    marks as a term keeps its card, as does an item of a grab bag."""
    if place.path and is_grab_bag(place.path[-1]):
        return False  # `## Misc`: each line stands alone, the list answers nothing whole
    under = _under_points(item, place)
    words = plain(lead)
    if not under and not _is_state(words) and not is_claim(words):
        return False  # nearly every item: a lone head said as a term, not a state
    listed = list_holding(item, place)
    if listed is None:
        return False
    stated, named = _points_and_names(listed)
    point = stated >= named if under else named <= _MAX_LONE_KEYS and stated > named
    # asked last: it reads every line of the note, and nearly every item is no point anyway
    return point and not marked_as_a_term(item, lead, place)


@lru_cache(maxsize=64)  # every item of a list asks of the same list
def _points_and_names(listed: Node) -> tuple[int, int]:
    """How many of a list's items state a point, and how many are led by a name."""
    children = listed.children
    return sum(map(_states_a_point, children)), sum(map(_names_a_term, children))


def _is_state(words: str) -> bool:
    """`_STATE`, looked for only in words ending as its endings do (most heads do not)."""
    return words[-1:] in _STATE_LAST and _STATE.match(words) is not None


def _under_points(item: Node, place: Place) -> bool:
    """Whether the heading, or the line just above the item's list, names points."""
    if place.path and _names_points(place.path[-1]):
        return True
    above = list_and_line_above(item, place)  # only when the heading names none (most)
    return above is not None and _names_points(above[1])


@lru_cache(maxsize=1024)  # asked of a heading and of a line above a list once an item
def _names_points(title: str) -> bool:
    return _NAMES_POINTS.search(plain(title)) is not None


def _names_a_term(item: Node) -> bool:
    """An item led by a name before its separator (`균일성 : …`, `Unsupervised: …`)."""
    key = item_text(item).key
    return key is not None and not _states(key.strip())


def _states_a_point(item: Node) -> bool:
    """An item that states a point: a plain line that says something (`Scale out (only
    helps if it's actually load)`, `P2P는 STUN/TURN으로 NAT 통과 (WebRTC)`), not a bare name
    (`Redis`), or a line whose words before its separator are a sentence already (`Sign of
    eigenvectors is arbitrary — …`)."""
    if item.line is None:
        return False
    text = item_text(item)
    return _states((text.words if text.key is None else text.key).strip())


def _states(words: str) -> bool:
    """Words that say something: a sentence, a claim, or more words than a name has."""
    return is_statement(words) or is_claim(words) or len(words.split()) > _MAX_NAME_WORDS


def marked_as_a_term(item: Node, lead: str, place: Place) -> bool:
    """Whether the writer marks the head as a term: set in bold or code on the item's line,
    an acronym (`TTL`), or a name the note gives a heading or a bold of its own."""
    content = item.line.content.lstrip() if item.line is not None else ""
    if content.startswith(_MARKED) or _ACRONYM.match(plain(lead).strip()):
        return True
    return _set_apart_elsewhere(plain(lead), item, place)


def _set_apart_elsewhere(name: str, item: Node, place: Place) -> bool:
    """Whether a heading of the note names the name (`## 오픈 소스의 무게 : Rebase` over
    `- Rebase : …`), or another of its lines sets it in bold."""
    if not name:
        return False
    words = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    bold = re.compile(rf"\*\*{re.escape(name)}\*\*", re.IGNORECASE)
    own = item.map[0] if item.map else -1
    for at, line in enumerate(place.tree.lines):
        if at == own:
            continue
        if line.startswith("#") and words.search(clean_heading(line.lstrip("#"))):
            return True
        if "**" in line and bold.search(line):
            return True
    return False
