"""Items over a list that read like labels but are no names a card can ask by.

`label_with_children` (items.py) asks a short item over its points as a question: fine for a
term (`- TLB` over its points) or an aspect (`- 장점`). These tests find the items it must
leave in their heading's answer instead: the heading's own definition written as the list's
first line, a verdict on the things it lists, a template's line over placeholders, and a
title promising parts its points do not give.
"""

from __future__ import annotations

import re

from flashgen.extract.item_kinds import (
    ListAbove,
    item_text,
    list_holding,
    under_a_process,
    words_in,
)
from flashgen.extract.place import Place, is_adnominal, is_statement, plain
from flashgen.extract.sections import asked_as, is_aspect, names_a_collection
from flashgen.extract.sizes import MAX_RECALL_LINES, at_most
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import clean_heading

_DESCRIBED = lazy(
    r"(?:[가-힣](?:한|된)|하는|되는|있는|없는|같은)\s+(?:\S+\s+){0,2}(?!(?:경우|때)$)[가-힣]\S*$"
    r"|^(?:a|an)\s+\S+\s+(?:that|which|of|for|used|with)\s",
    re.IGNORECASE,
)
"""A phrase describing what something is by what it does or has, its head noun last
(`페이지 테이블을 캐싱한 저장장치`, `아무것도 없는 클래스`, `A buffer that caches …`); not a
case (`… 페이지를 참조하는 경우`), which names when its points hold."""
_MIN_DESCRIBING_WORDS = 3


def defines_its_subject(item: Node, words: str, place: Place) -> bool:
    """`- 페이지 테이블을 캐싱한 저장장치` over `- 일종의 캐시 개념`, opening the list of
    `## 개요` under `# TLB`; `- 비관계형 모델을 이용한 데이터 저장 방식` over the kinds of
    NoSQL, opening the list under `## NoSQL?`: the line says what the heading's subject is,
    the first thing its answer says; asked as a question, the back (a remark on it, or its
    kinds) says less than the front. It opens the section's own list, after statements
    only, under a heading naming one subject (not asking for kinds, ways or an aspect), and
    does not name that subject itself (`- TCP 연결 과정` over its steps names a part)."""
    if len(words.split()) < _MIN_DESCRIBING_WORDS or not _DESCRIBED.search(words):
        return False  # most labels: a name, cheap to see
    listed = list_holding(item, place)
    if listed is None or not any(block is listed for block in place.section.blocks):
        return False  # an item of an item's points
    before = listed.children[: next(i for i, c in enumerate(listed.children) if c is item)]
    if not all(is_statement(item_text(other).words) for other in before):
        return False
    subject = asked_as(place.path)[-1]
    title = _SUBJECT_ASKED.sub("", plain(clean_heading(subject)))
    if (
        len(title.split()) > _MAX_SUBJECT_WORDS  # `2-5. 공채 11년차가 바라본 …의 지향점`
        or names_a_collection(subject)  # `## 해시 함수의 종류`: the item is one of them
        or is_aspect(title)
    ):
        return False
    named = set(words_in(words))
    return not all(word in named for word in words_in(title))


_SUBJECT_ASKED = lazy(r"\([^()]*\)|\?|(이)?란\??$")
"""What a heading asks about its subject besides its name: `NoSQL(Not Only SQL)?`, `TLB란?`."""
_MAX_SUBJECT_WORDS = 3


_VERDICT = lazy(
    r"\s(?:is\s+|are\s+)?(?:(?:very|really|quite|a)\s+)?"
    r"(?:good|bad|better|worse|best|worst|ideal|preferred|recommended|great|poor|fine|"
    r"useful|helpful|a\s+good\s+fit|not\s+a\s+good\s+fit)$",
    re.IGNORECASE,
)
"""`MRR, mAP, and nDCG good`, `Tree models are better`: the line judges what it names."""


def judges(words: str) -> bool:
    """`- MRR, mAP, and nDCG good:` over a line on each metric: a verdict on the things the
    line names, which asked alone gives a fragment for a front; the heading's answer keeps
    it with its points. (One word, `Good`, may name the good cases.)"""
    return " " in words and _VERDICT.search(words.rstrip(" :")) is not None


_PLACEHOLDER = lazy(r"^(?:\.{3}|…|\.\s?\.\s?\.)$")


def over_placeholders(rest: list[Node]) -> bool:
    """`- Modular architecture design` over `- Model 1 architecture (e.g. …)`, `- Model 2
    architecture …`, `- ...`: a template's line over slots the reader fills in; a line
    of `...` says the points are open, no answer a card can hold."""
    for block in rest:  # loops: no generator's frame a point, under every label
        if block.type not in LIST_TYPES:
            continue
        for point in block.children:
            content = point.line.content if point.line is not None else ""
            if ("." in content or "…" in content) and _PLACEHOLDER.match(plain(content).strip()):
                return True  # most points: no dots
    return False


_NAMES_IN_BRACKETS = lazy(r"\(([^()]*,[^()]*)\)\s*:?$")


def promises_more(words: str, rest: list[Node], place: Place) -> bool:
    """`- Users (user profile, historical interactions):` over only `- User profile` and its
    fields: the title lists its parts in brackets, the points take up one of them by name and
    leave another out; asked by the title, the back answers part of it. The heading's answer
    keeps the line as written. (`Data splits (train, dev, test)` over other points names no
    part its points take up: it is kept.)"""
    found = _NAMES_IN_BRACKETS.search(words)
    if found is None:
        return False  # most labels: no names in brackets
    names = [name.strip().casefold() for name in found[1].split(",")]
    names = [name for name in names if name and name not in ("etc", "etc.")]
    points = [
        item_text(point).words.rstrip(" :").casefold()
        for block in rest
        if block.type in LIST_TYPES
        for point in block.children
        if point.line is not None
    ]
    if len(names) < 2 or not any(point in names for point in points):
        return False
    below = plain("\n".join(place.quote(block) for block in rest)).casefold()
    return any(name not in below for name in names)


def a_point_of_a_tab(item: Node, place: Place) -> bool:
    """`- stale: can't react to what the user did 5 minutes ago` beside `- cheap, simple,
    high throughput` in the tab `Batch`, `- Memory heavy — stores every timestamp` beside
    `- Accurate.`: inside one of a page's content tabs, a list mixing lines led by a word
    with plain ones is the tab's pros and cons, each a point of the tab's answer (its own
    card holds them), not terms; the lead word is an adjective or a claim (`produces sparse
    weights`). A list whose every line names a term (`- always — …`, `- everysec — …`)
    defines them, and a term whose value is only a formula (`- closed form: \\(…\\)`) stays."""
    labels = place.tree.tab_labels
    if not labels or item.map is None or item.line is None:
        return False  # most notes: no tabs
    at = item.map[0]
    label = max((line for line in labels if line < at), default=None)
    if label is None or any(label < end <= at for end in place.tree.tab_ends):
        return False
    if _ONLY_MATH.match(item_text(item).value or ""):
        return False
    listed = list_holding(item, place)
    return listed is not None and any(
        other.line is not None and item_text(other).key is None for other in listed.children
    )


_ONLY_MATH = lazy(r"^\s*(?:\\\(.*\\\)|\$[^$]+\$|`[^`]+`)\s*$")


_ASIDE = lazy(r"\s*\([^()]*\)")
_BY_MEANS = lazy(
    r"(?<![경회도통미진항선수])(?:으로|로)\s+(?:\S+\s+)?(?:구현|구성|동작|시작|작동|대체|해결)$"
)
"""`MVCC 로 구현`, `Primary / Secondary node 로 구성`, `CMS와 비슷한 방식으로 동작 시작`: what
its subject is made or done with, then the act (a predicate); `회로 구성`, `경로 해결` name."""
_MUST = lazy(r"(?:[^\s\d][어아여]|[해써와봐돼져줘워혀쳐켜겨])야\s+\S")
"""`왼쪽부터 순서대로 써야 인덱스 탐`: what must hold for the rest to, a clause joined to its
sentence (`…해야`, `…써야`)."""
_EQUATION = lazy(r"^[^\W\d_]{2,}(?: [^\W\d_]+)?\s*(?:=|≠|!=)\s*[^\W\d_]{2,}(?: [^\W\d_]+)?$")
"""`암호키 = 복호키`, `서명 키 ≠ 검증 키`: two terms (two words each at most) said equal or
not, a fact of the heading's subject. (`〜ば〜ほど = the more… the more…` glosses a phrase;
`디스크 캐시(=디스크 버퍼)` names one thing twice.)"""
_SUBJECT_MARKED = lazy(
    r"(?:(?:(?<=[^\W_가-힣])|(?<=[)\]]))\s?(?:가|이|는|은)|(?<=\s)(?:가|는|은))\s+(?P<said>\S.*)$"
)
"""`synchronized, wait(), notify() 가 모니터 기반`, `Kafka는 pull 방식`, `σ는 교환법칙 성립`:
a name in letters other than Korean or code, then the particle marking it as what the line
speaks of, then what it says of it."""
_TOPIC_MARKED = lazy(r"(?:^|\s)\S*[가-힣]{2}(?<![하되있없않])(?:는|은)\s+(?P<said>\S+\s+\S.*)$")
"""`WAS의 주요 튜닝 포인트는 최대 쓰레드 수`, `범위 조건 뒤의 컬럼은 인덱스로 못 좁힘`: a
Korean noun marked by `은`/`는` as the topic, then two words or more said of it. (`하는`,
`있는`, `않은` after a verb's stem describe the noun after them: `관리하는 방법` names.)"""


def one_claim_of_its_list(item: Node, words: str, place: Place, above: ListAbove) -> bool:
    """`- MVCC(Multi-Version Concurrency Control) 로 구현` over how, `- 왼쪽부터 순서대로 써야
    인덱스 탐` over the queries that do, `2. TLB에서 VPN 찾기` over a hit and a miss among the
    steps of `주소 변환 과정:`: a claim (`states_a_claim`) or a step told as an act, each one
    line of its list's answer; asked alone it gives itself away. It asks no card when the
    card holding its list keeps it with its points in one go (the list's lines and this
    item's points, 8 lines at most: other labels' points may go to cards of their own);
    else its points would only make a long card longer, and it is asked as written."""
    if not states_a_claim(words) and not (
        _TOLD_ACT.search(words) and under_a_process(item, place, above)
    ):
        return False
    listed = list_holding(item, place)
    return listed is not None and _kept_with_its_list(item, listed, place)


def _kept_with_its_list(item: Node, listed: Node, place: Place) -> bool:
    """Whether the card holding a list keeps the item with its points in one go: the
    list's lines and this item's points, 8 lines at most (other items' points may go to
    cards of their own)."""
    lines = [other.line.content for other in listed.children if other.line is not None]
    lines.extend(place.quote(block) for block in item.below)
    return at_most([(listed, "\n".join(lines))], MAX_RECALL_LINES)


_WHEN_OR_HOW = lazy(r"[가-힣]으로(?:\s|$)|(?<=\S)\s시$|(?<=[가-힣])\s?때$")
"""`주기적으로`, `기본으로 … 들어감`: an adverb or adverbial phrase of manner (`…으로`);
`회복 시`, `… 호출했을 때`: the moment its points hold. Words a name is never made of:
they tell how or when, and leave the thing they qualify to the line's predicate or its
points."""


def tells_when_or_how(item: Node, words: str, place: Place) -> bool:
    """`- 주기적으로` over the three things done at a checkpoint; `` - `getInstance()` 함수를
    호출했을 때 `` over what it does then, beside `- 생성자를 private으로 선언한다.`; `- 2x2
    표면 기본으로 Yates 연속성 보정이 들어감` over a remark: a line telling how or when
    (`_WHEN_OR_HOW`), the one item of its list with points under it, is one line of the
    list's answer with its details; asked alone (`주기적으로` ⟶ …) its front names nothing
    and the list is cut. The card holding the list keeps it with its points, when that is
    one go. A list of cases, each over its points (`- 읽을 때`, `- 쓸 때`), asks each."""
    if not ("으로" in words or words.endswith(("시", "때"))):
        return False  # most labels: none of these words, read at a glance
    bare = _ASIDE.sub("", words).strip(" :")
    found = _WHEN_OR_HOW.search(bare)
    if found is None or (found[0].endswith("때") and not is_adnominal(bare[: found.start()])):
        return False  # `그때`: a time named; `…할 때`: a clause of when
    listed = list_holding(item, place)
    if listed is None or any(
        other is not item and any(block.type in LIST_TYPES for block in other.below)
        for other in listed.children
    ):
        return False
    return _kept_with_its_list(item, listed, place)


_TOLD_ACT = lazy(r"\S(?:에서|에게|을|를)\s+(?:\S+\s+){0,2}[가-힣]+기$")
"""`TLB에서 VPN 찾기`: an act on what it acts on or where (a Korean verb made a noun by
`-기`), the way a step is written in a note."""


def states_a_claim(words: str) -> bool:
    """Whether a label-shaped line has a predicate of its own, which `is_claim` does not
    read: a Korean predicate after what it is done with (`MVCC 로 구현`), a clause of what
    must hold (`…써야 인덱스 탐`), two terms said equal (`암호키 = 복호키`), or a subject
    marked in Korean after its Latin name (`` `synchronized` 가 모니터 기반 ``) or a topic
    so marked after a Korean noun (`… 컬럼은 인덱스로 못 좁힘`), none of it
    ending in a noun the words before describe (`GC Root가 되는 것들` names them)."""
    if " " not in words:
        return False  # most labels: one word
    bare = _ASIDE.sub("", words).strip(" :")
    if _EQUATION.match(bare) or _BY_MEANS.search(bare) or _MUST.search(bare):
        return True
    said = _SUBJECT_MARKED.search(bare)
    if said is None and ("는 " in bare or "은 " in bare):
        said = _TOPIC_MARKED.search(bare)
    return said is not None and not any(
        "가" <= word[-1] <= "힣" and is_adnominal(word) for word in said["said"].split()[:-1]
    )
