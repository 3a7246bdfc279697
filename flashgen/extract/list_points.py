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
together. Whatever the list, lead words that are what to do, what for or a restriction
(`keep stats fresh`, `to suppress`, `Only AEAD ciphers`) are a piece of a line, no term, and
so are lead words that are a clause (`retries 는 default_args 에 넣기`, `Find them`, `스케줄
주고`, `The paper shows they're equivalent`) or a property of the heading's subject
(`broadest spectrum`, `designed for disk`), and an item that is one case among the plain
cases a heading names (`컬럼에 함수/연산 : …` under `### 인덱스 못 타는 경우`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.grab_bags import is_grab_bag
from flashgen.extract.item_kinds import (
    NUMBER_LEAD,
    ListAbove,
    item_text,
    list_and_line_above,
    list_holding,
)
from flashgen.extract.place import GOES_WRONG, Place, is_claim, is_statement, plain
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import clean_heading

_NAMES_POINTS = lazy(
    r"(특징|특성|장점|단점|장단점)(을|를|은|는|이|가|으로|로)?(\s|:|$)"
    r"|(?i:\b(properties|characteristics|advantages|disadvantages|pros|cons|levers|"
    r"in order of|guidelines|conventions|rules of thumb)\b)"
)
"""A title or line over the points of an answer: its subject's properties (`## Properties`,
`### 특징`, `Pros`), the levers to pull in an order (`## Mitigation levers (roughly in
order of preference)`), or the guidelines one follows (`## Design guidelines I'm trying to
follow`, whose `- names: one-method interfaces end in -er` is one of them)."""
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


def a_point_of_its_answer(item: Node, lead: str, place: Place, above: ListAbove) -> bool:
    """Whether an item's lead words (`lead`, before its separator) are one point of the list
    answering its heading rather than a term: an item of a list under a title (or a line
    just above it) naming properties or levers, whose points are written out at least as
    often as named (`5. Unsupervised: …` beside `1. Components are orthogonal; …` under
    `## Properties`, `- Restart pods — last resort, …` under `## Mitigation levers`); or a
    lone item or two written with a separator among plain statements, its head a state
    said as a property (`- Single Threaded : 한 번에 하나의 명령만 처리`). A head the writer
    marks as a term keeps its card, as does an item of a grab bag. (`above`: the item's
    item_kinds.list_and_line_above.)"""
    if place.path and is_grab_bag(place.path[-1]):
        return False  # `## Misc`: each line stands alone, the list answers nothing whole
    under = _under_points(place, above)
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


def picks_up_the_line_before(item: Node, lead: str, place: Place) -> bool:
    """Whether the item's label is a word of the plain statement just before it, and the
    one label of its list: `` - `spring.jpa.open-in-view` 기본값 **true** `` then `- true:
    영속성 컨텍스트가 …`, then `- 우리 팀은 `false`로 끔`. The label picks up a value or a
    case that line names, to say what follows from it; asked alone (`true` ⟶ …) the front
    names nothing, and what it is the value of stays on the line before. The heading's card
    keeps both lines in their place. Terms that line introduces and the items after it
    define one by one (`- Model View Controller`, then `- Model: …`, `- View: …`) are a
    list of labels, each asked on its card."""
    label = plain(lead).strip()
    start = item.map[0] if item.map else 0
    if not label or start == 0 or label not in place.tree.lines[start - 1]:
        return False  # nearly every item: the line above it does not name its label
    listed = list_holding(item, place)
    if listed is None:
        return False
    children = listed.children
    index = next((i for i, child in enumerate(children) if child is item), 0)
    if index == 0 or children[index - 1].line is None:
        return False  # the first line picks nothing up
    before = item_text(children[index - 1])
    if before.key is not None or _points_and_names(listed)[1] > 1:
        return False  # `- Primary: …` then `- Secondary: …`: labels side by side
    return re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", before.words) is not None


@lru_cache(maxsize=64)  # every item of a list asks of the same list
def _points_and_names(listed: Node) -> tuple[int, int]:
    """How many of a list's items state a point, and how many are led by a name."""
    children = listed.children
    return sum(map(states_a_point, children)), sum(map(_names_a_term, children))


def _is_state(words: str) -> bool:
    """`_STATE`, looked for only in words ending as its endings do (most heads do not)."""
    return words[-1:] in _STATE_LAST and _STATE.match(words) is not None


def _under_points(place: Place, above: ListAbove) -> bool:
    """Whether the heading, or the line just above the item's list (`above`: the item's
    item_kinds.list_and_line_above), names points."""
    if place.path and _names_points(place.path[-1]):
        return True
    return above is not None and _names_points(above[1])


def under_its_points(item: Node, place: Place) -> bool:
    """Whether the heading, or the line just above the item's list, names the points or an
    aspect of its subject (`## Properties`, `## Gotchas`, `단점:`): its numbered items are
    points, whichever order they are in, no steps of a flow."""
    above = list_and_line_above(item, place)
    if _under_points(place, above):
        return True
    title = place.path[-1] if place.path else ""
    return _names_an_aspect(title) or (above is not None and _names_an_aspect(above[1]))


@lru_cache(maxsize=1024)  # asked of a heading and of a line above a list once an item
def _names_points(title: str) -> bool:
    return _NAMES_POINTS.search(plain(title)) is not None


def _names_a_term(item: Node) -> bool:
    """An item led by a name before its separator (`균일성 : …`, `Unsupervised: …`)."""
    key = item_text(item).key
    return key is not None and not _states(key.strip())


def states_a_point(item: Node) -> bool:
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


_FRAGMENT = lazy(
    r"^(?:to\s+[a-z]"  # `to suppress`: a purpose, the sentence's first half
    r"|only\s+\S"  # `Only AEAD ciphers`: a restriction, a claim about the heading's subject
    r"|(?:keep|use|avoid|prefer|don't|do not)\s+(?![Cc]ases?\b)\S)"  # `keep stats fresh`, `use X`
    r"|^(?:범인|원인|범위|bonus|culprit|equivalently|alternatively|similarly|likewise)$"
    r"|^(?:but|and|or|so|yet|however|still|though|하지만|그러나|그리고|그래서|즉)$"
    r"|^(?:so|thus|hence|therefore|그래서|따라서|그러므로|결국|즉)\s+\S+(?:\s+\S+)?$"
)
"""An instruction, a purpose, a restriction, or a bare word that says of what only through
its list (`범인`, `bonus`, `equivalently`) or joins the line to the one before it (`But:
flows with shorter RTT grab more`), in lower case once its first letter is (`Use`, not the
name `USE`). `use case` is a name. A word or two after a word drawing a conclusion (`그래서
규칙: 모든 연관관계는 LAZY`, `so the rule: …`) name what the lines before it conclude in,
not a term."""


def a_fragment_of_its_answer(item: Node, lead: str, place: Place) -> bool:
    """Whether an item's lead words are a piece of the line its heading's answer holds,
    not a term: what to do (`- keep stats fresh: ANALYZE (Postgres)`, `- use **OIDC**:
    IAM role trusting …`), what for (`- to suppress: catch the exception around the yield
    and don't re-raise.`), a restriction (`- Only AEAD ciphers: AES-GCM, …` under `What
    changed in 1.3:`) or a word whose meaning is its list's (`- 범인: 빌드 캐시 + dangling
    이미지가 80GB`, `- bonus: …`). Asked alone (`keep stats fresh` ⟶ `ANALYZE`) the front
    says not what is asked; the heading's card keeps the line whole. A lead the writer
    marks as a term (in bold or code, or named so elsewhere in the note) keeps its card.
    So does a lead in lower case that says something of the subject (`- all writes →
    leader, …`, `- **no closed form** → …`, `- drop rows — only if few & MCAR`), bold or not,
    unless in code or named so elsewhere."""
    written = plain(lead).strip()
    if _CLAIM_OPENING.match(written) or (
        _ACT.match(written) and _WHEN_TO.match(item_text(item).value or "")
    ):
        return not _named_elsewhere(item, lead, place)
    words = written[:1].lower() + written[1:]
    return _FRAGMENT.match(words) is not None and not marked_as_a_term(item, lead, place)


_CLAIM_OPENING = lazy(
    r"^(?:(?:no|not|never|all|every|each|some|most|many|few|any|none|both|high|low|too|very|"
    r"more|less)\s+\S"  # `no closed form`, `all writes`, `high variance`: a quantity, a degree
    r"|[a-z][\w-]*(?:\s+[\w-]+)?\s+only$"  # `linear only`: a restriction
    r"|[a-z][^!]*!$"  # `write conflicts!`: an exclamation
    r"|(?:안|못|너무|매우|항상|절대|전혀)\s+\S)"  # `너무 느림`: a negation, a degree
)
"""Lead words in lower case that say something of the heading's subject rather than name a
thing: a quantifier, a negation or a degree (`no closed form`, `all writes`, `high
variance`), a restriction (`linear only`) or an exclamation (`write conflicts!`). A hyphen
makes a name (`no-cache`, `all-reduce`), as a capital does (`No-op`, `Linear regression`).
(A Korean quantifier opens names too: `모든 쌍 (all-pairs)`, `일부 페이지 스와핑`.)"""
_ACT = lazy(r"^(?:drop|remove|add|delete|disable|enable)\s+\S")
_WHEN_TO = lazy(r"^(?:only\s+)?(?:if|when|unless)\b", re.IGNORECASE)
"""`drop rows — only if few & MCAR`: an act and when to take it, one point of the heading's
answer. What an act brings about (`add a node → only its neighbour's keys move`) asks what
happens then, a card of its own."""


def _named_elsewhere(item: Node, lead: str, place: Place) -> bool:
    """Whether a lead is a name all the same: in code, or named so by a heading or a bold
    elsewhere in the note."""
    return lead.lstrip().startswith("`") or _set_apart_elsewhere(plain(lead), item, place)


_ASPECT_OF_SUBJECT = lazy(
    r"^(?:(?:common|main|key|known)\s+)?(?:good|bad|pros|cons|pros\s*(?:and|&|/)\s*cons|"
    rf"drawbacks?|{GOES_WRONG}|wrap[- ]?up|장점|단점|장단점)(?:\s*[(/:].*)?$",
    re.IGNORECASE,
)
"""A title or a label naming an aspect of its subject, whose items are its points: what is
good or bad about it (`Bad:`, `Cons`, `단점`), where it falls short or trips one up
(`Caveats`, `Limitations`, `Gotchas`, `주의할 점`), or what is left to say of it
(`Wrap-up / things I forgot to mention`)."""


def a_point_of_an_aspect(item: Node, lead: str, place: Place, above: ListAbove) -> bool:
    """Whether an item is one point of a list under a heading, or a line just above the
    list, naming an aspect of its subject (`- high variance → a small change in the data
    flips the tree` under `Bad:`, `- linear only — misses curved structure` under
    `## Caveats`): its lead words say what the point is about, not a term, and asked alone
    (`high variance` ⟶ …) the front says not of what; the aspect's card keeps the line. A
    head the writer names, capitalised (`PEP 479`), marked as a term (`**overfitting**: …`)
    or named so elsewhere in the note, keeps its card. (`above`: the item's
    item_kinds.list_and_line_above.)"""
    title = place.path[-1] if place.path else ""
    if not _names_an_aspect(title) and not (above and _names_an_aspect(above[1])):
        return False  # nearly every item
    if plain(lead).lstrip("*_` ")[:1].isupper():
        return False  # `Forgetting await`, `PEP 479` under `Gotchas`: named by the writer
    return not marked_as_a_term(item, lead, place)


@lru_cache(maxsize=1024)  # asked of a heading and of a line above a list once an item
def _names_an_aspect(title: str) -> bool:
    words = NUMBER_LEAD.sub("", plain(clean_heading(title))).strip().rstrip(":").strip()
    return _ASPECT_OF_SUBJECT.match(words) is not None


_PARTICLE_APART = lazy(r"\s(?:은|는|을|를|에|에서|랑|이랑|로|으로|가|도|만)(?:\s|$)")
"""`retries 는 …`, `default_args 에`, `(Service Worker) 랑`: a Korean particle written apart
from the English word or code it marks, as a sentence's subject, object or place."""
_ASKS_OF_IT = lazy(r"(?:이유|차이점?|원리|방법|의미|목적|조건|핵심|기준|역할)\s*$")
"""`√d_k 로 나누는 이유`, `hard negative 가 핵심`: a lead ending on what it asks of its subject
(the reason, the difference, the key point) is a question of it, whatever particles it holds."""
_POINTS_BACK = lazy(r"\S\s+(?:it|them|both)$", re.IGNORECASE)
"""`… gives control to it`, `Find them`, `Real systems do both`: a pronoun pointing at what
the line above named, or at the two things its siblings name."""


def a_clause_before_its_separator(lead: str) -> bool:
    """Whether an item's lead words are a clause of the line, not a name: a sentence whose
    words are marked by particles written apart (`- retries 는 default_args 에 넣기: …`,
    `- Cache API (Service Worker) 랑 구분: …`, `- Caffeine 은 W-TinyLFU → …`), or one ending
    on a pronoun that points back (`- **Dispatcher** gives control to it: …`, `- Find them:
    …`, `- Real systems do both: …` after the two its siblings define). Asked alone, the
    front tells half the line and the back the rest; the heading's card keeps the line
    whole. A lead ending on a state in code (`- PVC 가 `Pending` → 맞는
    PV 없음`) is a symptom, asked for its cause, and one ending on what it asks of its subject
    (`- $\\sqrt{d_k}$ 로 나누는 이유: …`) a question."""
    if lead.rstrip().endswith("`"):
        return False
    words = plain(lead).strip()
    if _ASKS_OF_IT.search(words):
        return False
    return (
        _PARTICLE_APART.search(words) is not None
        or _POINTS_BACK.search(words) is not None
        or ends_on_a_connective(words)
        or has_a_pronoun_subject(words)
    )


_CONNECTIVE = lazy(
    r"(?:(?:하|되|주|받|있|없|않|두|넣|놓|[가-힣]지)고"  # `스케줄 주고`: and then
    r"|(?:하|되|주|보|쓰|두|오|[가-힣][으지다려])면|면서"  # `락을 잡으면`, `정해지면`: if
    r"|(?:해|돼|되어|[아어여와워봐줘써])서"  # `타입 안 맞아서`: so, because
    r"|(?:하|되|이|으)며|니까|므로|지만|는데)$"
)
"""A Korean verb ending that joins a clause to the next (`…주고`, `…하면`, `…정해지면`,
`…해서`, `…되며`, `…하지만`), after a verb's stem: nouns ending alike (`창고`, `화면`,
`지면`, `문서`) end otherwise."""


def ends_on_a_connective(words: str) -> bool:
    """Whether lead words end on a Korean connective verb ending: `- 스케줄 주고 → 우선순위
    그래프 + …` gives a schedule and then asks for its graph, a clause joined to the words
    after the arrow, which name no term."""
    return _CONNECTIVE.search(words) is not None


_PRONOUN_SUBJECT = lazy(
    r"\b(?:they|we|he|she)\s+[a-z]"
    r"|\b(?:it|they|we|you|he|she|that|there)['’](?:s|re|ve|ll|d)\b"
    r"|\bit\s+(?:is|was|does|did|can|will|has|makes|gives|means)\b",
    re.IGNORECASE,
)
"""A pronoun as a sentence's subject, with its verb: `they're`, `we use`, `it is`."""


def has_a_pronoun_subject(words: str) -> bool:
    """Whether lead words are a sentence whose subject is a pronoun: `- The paper shows
    they're equivalent: each can emulate the other.` says what it shows of two things named
    above, and names nothing itself; asked alone, its front is half of that sentence."""
    return _PRONOUN_SUBJECT.search(words) is not None


_PROPERTY = lazy(
    r"^(?:(?:broad|narrow|wid|high|low|fast|slow|cheap|strong|weak|saf|simpl|eas|hard)est"
    r"(?:\s+[\w-]+)?"  # `broadest spectrum`, `fastest`: a superlative, of a noun or none
    r"|[a-z]+[^\We]ed\s+(?:for|by|in|on|to|with|from|as)\s+\S.*)$"  # `designed for disk`
)
"""A property said of the heading's subject in lower case: a superlative of one noun at most
(`broadest spectrum`; a name runs longer, `lowest common ancestor`), or a participle and
what it is for or by (`designed for disk`, `used by most drivers`)."""


def a_property_stated(lead: str) -> bool:
    """Whether an item's lead words state a property of the heading's subject rather than
    name a thing: under `### Carbapenems`, `- broadest spectrum → reserve for severe
    infections` says the class is broadest and what follows from it, one fact of the
    heading's; under `### B-trees`, `- designed for **disk**: fan-out of hundreds …` is half a
    claim of them. Asked alone (`broadest spectrum` ⟶ …) the front does not say of what;
    the heading's card keeps the line. A lead in code keeps its card."""
    if lead.lstrip().startswith("`"):
        return False
    return _PROPERTY.match(plain(lead).strip()) is not None


_NAMES_CASES = lazy(
    r"(?:경우|이유|원인)들?$"
    r"|(?i:^when\s|\b(?:causes|reasons|cases)\b)"
)
"""A title or line naming a set of cases: `인덱스 못 타는 경우`, `캐시가 깨지는 이유들`, `When
a lock is not released`, `Causes of a slow query`. (Not `Why reduce dims at all:`, whose
reasons are as often named concepts, `curse of dimensionality — …`.)"""


def a_case_among_its_cases(item: Node, lead: str, place: Place) -> bool:
    """Whether an item is one case of a list under a heading (or a line just above the list)
    naming a set of cases, whose items are mostly cases written plainly: `- 컬럼에 함수/연산 :
    …` beside `- 타입 안 맞아서 암묵적 형변환` and three more under `### 인덱스 못 타는 경우`
    is a case like the others, the separator adding what to do about it; asked alone, the
    front is one case with no question. The heading's card keeps it in the list. A list whose
    items are mostly written with separators is a list of terms, and a head the writer marks
    as a term keeps its card."""
    title = clean_heading(place.path[-1]) if place.path else ""
    if not _names_cases(title):
        above = list_and_line_above(item, place)
        if above is None or not _names_cases(above[1]):
            return False  # nearly every item
    listed = list_holding(item, place)
    if listed is None:
        return False
    keyed = sum(item_text(child).key is not None for child in listed.children)
    return keyed * 2 <= len(listed.children) and not marked_as_a_term(item, lead, place)


@lru_cache(maxsize=1024)  # asked of a heading and of a line above a list once an item
def _names_cases(title: str) -> bool:
    words = NUMBER_LEAD.sub("", plain(title)).strip().rstrip(":").strip()
    return _NAMES_CASES.search(words) is not None


_ASKS = lazy(
    r"^(?:why|how\s+to|where|what(?!\s+(?:is|are|was|were)\b))\b"  # `What to tamper`
    r"|^(?:왜|어떻게|무엇을|무엇이|어디)\s",
    re.IGNORECASE,
)
"""A title or a line that asks for reasons, ways, places or things, opening on a question
word: `What to tamper`, `Where to look`, `Why it works`, `왜 나눴을까?`. (`What is MVC?`,
`MVC?`, `정규화란?` ask what a thing is, whose parts are terms of their own; `Which sort for
which size` asks for a lookup, each of whose rows is a question of its own, and `How often
a cache flushes:` for a measure, over the modes that set it.)"""


def answers_the_question_above(item: Node, lead: str, place: Place, above: ListAbove) -> bool:
    """Whether an item is one point of a list answering the question just above it, the
    line over the list or the heading (`- 표준화 → 서로 다른 제조사 장비끼리 호환` under `왜
    나눴을까?`, `` - path: `/api/orders/1043` → `1042` `` under `## What to tamper`): the list
    is the answer, each item a reason, a place or a thing to try, and its lead words say
    which only through the question. Asked alone (`표준화` ⟶ …, `path` ⟶ …) the front asks
    nothing; the heading's card keeps the list whole. A head the writer marks as a term (in
    bold or code, an acronym, or named so elsewhere in the note) keeps its card, as does a
    point told with details of its own below it.
    (`above`: the item's item_kinds.list_and_line_above.)"""
    if not ((above is not None and _asks(above[1])) or (place.path and _asks(place.path[-1]))):
        return False  # nearly every item
    return not item.below and not marked_as_a_term(item, lead, place)


@lru_cache(maxsize=1024)  # asked of a heading and of a line above a list once an item
def _asks(title: str) -> bool:
    words = NUMBER_LEAD.sub("", plain(clean_heading(title))).strip()
    return _ASKS.search(words) is not None


_EQUATED = lazy(r"\s=\s|[\w)]=[\w(]")
_CODE_OR_ASIDE = lazy(r"`[^`\n]*`|\$[^$\n]*\$|\([^()\n]*\)")


def a_value_stated(lead: str) -> bool:
    """Whether an item's lead words set something to a value (`- α = 0.99: EAT = … = 101
    ns` beside `- α = 0.80, m = 100 ns: …`, `- type 2 = immune: IgG vs heparin–PF4 …`): a
    statement, half of the line the rest finishes, not a term. Asked alone, the front gives
    the answer's first half and no question; its heading's card keeps the line. An `=` in
    code, in a formula or in brackets (`Llama-3-8B (GQA, n_kv=8)`) leaves the name before it."""
    if "=" not in lead:
        return False  # nearly every lead (the cheap test first)
    return _EQUATED.search(plain(_CODE_OR_ASIDE.sub(" ", lead))) is not None
