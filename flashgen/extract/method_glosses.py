"""A container's method glossed by its own name: `- size(): 저장된 요소의 개수를 반환`,
`- isEmpty(): 비어있는지 확인`, `- remove(Object o): removes the element`.

A class's list of methods, each told in a few words that only say its name again in other
words (`add` → `추가`, `contains` → `포함되어 있는지 확인`), teaches nothing a card per method
is worth: asked `contains(Object o)`, the back gives back the front. The list stays whole in
its heading's answer, the one card that asks for it. A method whose gloss says more than its
name keeps its card: a name no container shares (`putIfAbsent(k, v)`: 없을 때만 넣고 기존 값을
반환), or a gloss with a condition, a case, a cost or an order (`get(key)`: 없으면 null).

Only a list of three methods or more, each written `name(args): gloss`, is such a listing:
one method glossed among terms is a term of its own."""

from __future__ import annotations

import re

from flashgen.extract.item_kinds import list_holding
from flashgen.extract.place import Place, plain
from flashgen.patterns import lazy
from flashgen.syntax import Node

_METHOD = lazy(r"^`?(?:[A-Za-z_]\w*\.)?(?P<name>[A-Za-z_]\w*)\([^()`]{0,40}\)`?$")
"""`size()`, `add(E e)`, `` `set.contains(x)` ``: a method by its name and arguments."""
_LISTED_METHOD = lazy(
    r"^\s*(?:\*\*|`)?(?:[A-Za-z_]\w*\.)?[A-Za-z_]\w*\([^()`]{0,40}\)(?:\*\*|`)?\s*:"
)
"""An item's line opening on a method glossed after a colon."""
_MIN_METHODS = 3
_MAX_GLOSS_WORDS = 8

_ADD = ("추가", "삽입", "넣", "add", "insert", "append")
_REMOVE = ("제거", "삭제", "지우", "remov", "delet", "discard")
_SAID_AS = {
    "add": _ADD,
    "addall": _ADD,
    "append": _ADD,
    "insert": _ADD,
    "remove": _REMOVE,
    "removeall": _REMOVE,
    "delete": _REMOVE,
    "discard": _REMOVE,
    "clear": ("모든", "모두", "전부", "비우", "clear", "all"),
    "contains": ("포함", "있는지", "존재", "contain", "includ", "whether"),
    "containskey": ("포함", "있는지", "존재", "contain", "whether"),
    "containsvalue": ("포함", "있는지", "존재", "contain", "whether"),
    "has": ("포함", "있는지", "존재", "contain", "whether"),
    "includes": ("포함", "있는지", "존재", "contain", "includ", "whether"),
    "isempty": ("비어", "비었", "empty"),
    "size": ("개수", "갯수", "크기", "number", "size", "count"),
    "length": ("개수", "갯수", "길이", "number", "length", "count"),
    "count": ("개수", "갯수", "number", "count"),
    "iterator": ("반복", "순회", "iterat"),
    "get": ("가져", "반환", "얻", "조회", "return", "get"),
    "put": ("저장", "넣", "추가", "put", "store", "associat"),
    "set": ("저장", "설정", "바꾸", "변경", "replac", "set"),
    "keyset": ("키", "key"),
    "keys": ("키", "key"),
    "values": ("값", "value"),
    "toarray": ("배열", "array"),
    "indexof": ("인덱스", "위치", "index", "position"),
}
"""The standard methods of a container (Java's collections, Python's and JavaScript's too),
each with the words a gloss says its name by."""

_SAYS_MORE = lazy(
    r"없으면|없을|않으면|않을|경우|때만|때에만|뿐|대신|예외|순서|정렬|동기|원자|복잡도|없이"
    r"|\b(?:unless|only|otherwise|instead|absent|null|none|exception|throws?|order|sorted"
    r"|atomic\w*|thread\w*|without|time)\b|\d|O\(",
    re.IGNORECASE,
)
"""A condition, a case, a cost or an order: what a gloss tells past the method's name."""


def glosses_its_name(term: str, words: str, item: Node, place: Place) -> bool:
    """Whether an item is one method of a container's listing glossed only by its name
    (`- isEmpty(): HashSet이 비어있는지 확인` among `- add(E e): …`, `- size(): …`): the
    gloss (`words`, without markup) is a few words holding one its name is said by, and
    telling no condition, case, cost or order. Its heading's card keeps the line."""
    found = _METHOD.match(plain(term)) if "(" in term else None
    if found is None:
        return False  # most terms: no method (the cheap test first)
    said_as = _SAID_AS.get(found["name"].replace("_", "").casefold())
    if said_as is None or len(words.split()) > _MAX_GLOSS_WORDS or _SAYS_MORE.search(words):
        return False
    folded = words.casefold()
    if not any(word in folded for word in said_as):
        return False
    listed = list_holding(item, place)
    return (
        listed is not None
        and sum(
            point.line is not None and _LISTED_METHOD.match(point.line.content) is not None
            for point in listed.children
        )
        >= _MIN_METHODS
    )
