"""An item of a checklist: a check to tick, not a term to define. Under `## 체크리스트 (새 DAG
만들 때)`, `- [ ] 멱등성 — 같은 날짜 다시 돌려도 결과 같게` and `` - [ ] 테스트: `airflow dags
test …` `` sit among `- [ ] catchup=False` and `- [ ] owner, tags 채우기`: each line is one
thing to check before going on, and the list asks for them together on its heading's card.
Taken apart, `멱등성` would be asked as if the note defined it, and `테스트` as if it named a
command; so under `## Detection`, `- [ ] arithmetic: …` beside `- [ ] time: …` is one probe
to try. A list of tasks most of whose items name a term the writer marks (`- [x]
**Helm**: …`, `- [x] **Argo CD**: …`) is a glossary ticked off, and its terms are asked as
ever."""

from __future__ import annotations

from functools import lru_cache

from flashgen.extract.item_kinds import list_holding
from flashgen.extract.place import Place, without_task_mark
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import DASH_OR_ARROW

_NAMES_A_TERM = lazy(
    rf"^(?:\*\*[^*\n]{{1,40}}\*\*|`[^`\n]{{1,40}}`)(?:\s*:|\s(?:{DASH_OR_ARROW}))\s"
)
"""`**Helm**: …`, `` `catchup=False` — … ``: a line opening on a short name the writer sets in
bold or code, and what follows from it. A plain lead (`멱등성 — …`, `arithmetic: …` among
`- [ ] time: …` under `## Detection`) names one check to make, not a term."""


def a_check_among_checks(item: Node, place: Place) -> bool:
    """Whether the item is a task (`- [ ] …`) of a list of tasks most of which name no term:
    one check of a checklist (see the module)."""
    line = item.line
    if line is None or line.content[:1] != "[" or not without_task_mark(line.content)[1]:
        return False  # nearly every item: no checkbox
    listed = list_holding(item, place)
    return listed is not None and _mostly_checks(listed)


@lru_cache(maxsize=64)  # every task of a list asks of the same list
def _mostly_checks(listed: Node) -> bool:
    """Whether most tasks of a list name no term (`- [ ] catchup=False`, `- [ ] owner, tags
    채우기`)."""
    tasks = [
        words
        for child in listed.children
        if child.line is not None
        for words, task in [without_task_mark(child.line.content)]
        if task
    ]
    naming = sum(1 for words in tasks if _NAMES_A_TERM.match(words))
    return 2 * naming < len(tasks)
