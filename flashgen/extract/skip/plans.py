"""Plans of study: a syllabus that only names the topics to cover, a week of a study plan
with its time budgets and the problems to practise. What to study, not what is studied:
a student recalls nothing from a topic's name."""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.place import plain
from flashgen.extract.skip.common import LINK_ADDRESSES, reads
from flashgen.model import Card, Section
from flashgen.patterns import MONTHS, lazy
from flashgen.syntax import LIST_TYPES, Node

_PLANS = lazy(
    r"\b(?:topics?|syllabus|curriculum|roadmap|study plan|study guide|what to study)\b|"
    r"커리큘럼|목차|로드맵|학습\s*계획|공부\s*계획|학습\s*주제|공부\s*주제|"
    r"^\W*(?:\d+\W+)?(?:week|day|month)\s*\d|\d+\s*(?:주차|일차)",
    re.IGNORECASE,
)
"""`2. ML Fundamentals Topics`, `Week 3`, `3주차`, `커리큘럼`: a heading that plans what to
study. Not `Other topics` alone (`_plans`)."""


@lru_cache(maxsize=4096)  # asked of every section; the paths of a note's sections share titles
def plans_study(path: tuple[str, ...]) -> bool:
    """Whether a section stands under a heading that plans study (`… Topics`, `Syllabus`,
    `Week 3`), its own or one above it. A note's title counts only when it names a plan
    (`CS Roadmap`, `백엔드 커리큘럼`): a note titled `Topics in graph theory` still teaches
    under its headings."""
    if len(path) == 1:
        return _names_a_plan(path[0])
    # Its parent's path was asked first, and is remembered: one title more to read.
    return _plans(path[-1]) or plans_study(path[:-1])


_PLAN_HINTS = (
    "topic", "study", "week", "day", "month", "syllabus", "curriculum", "roadmap", "커리큘럼",
    "목차", "로드맵", "계획", "주제", "주차", "일차",
)  # fmt: skip
_SYLLABUS_HINTS = (
    "topics", "study", "syllabus", "curriculum", "roadmap", "what to", "커리큘럼", "로드맵", "학습",
    "공부", "다룰", "배울",
)  # fmt: skip


@lru_cache(maxsize=4096)
def _plans(title: str) -> bool:
    """Whether a title plans study. `Other topics` (`_GRAB_BAG`) gathers the subject's
    other points, not topics to study: on its own it plans nothing, and `- Query logs` over
    `- Personal data kept in them` there is a point, not a chain of two names. Under a
    heading that plans (`## Topics to review`), it stands in the plan all the same."""
    lower = title.lower()
    # A word each plan of `_PLANS` holds, looked for first: most titles hold none.
    return (
        any(map(lower.__contains__, _PLAN_HINTS))
        and bool(_PLANS.search(title))
        and not _GRAB_BAG.match(title)
    )


_PERIOD = lazy(
    r"^\W*(?:week|day|month)s?\s*\d+(?:\s*[-–~]\s*\d+)?\b|^\W*\d+\s*(?:주차|일차)", re.IGNORECASE
)
"""`Week 1 - Sequences`, `Week 5 - 12: In-depth practice`, `Day 3`, `2주차`: a period of a plan."""


def is_practice_week(section: Section) -> bool:
    """`## Week 5 - Dynamic programming` over why to practise it and a table of problems to
    solve (`| Coin Change | Medium | [Link](…) |`), or `### Week 1 - 4` over tables of how
    long to spend on what: a week of a study plan, with everything under it. Its words are
    advice on the plan. A week of lecture notes (`## Week 3 - Scheduling` over what
    scheduling is) holds no such table, and stays."""
    return _is_period(section.title) and _holds_plan_table(section)


_SYLLABUS = lazy(
    r"\btopics\W*$|\btopics\s+to\s+(?:cover|study|learn|review|practi[cs]e|know)\b|"
    r"\b(?:syllabus|curriculum|roadmap|study plan|study guide|what to (?:study|learn|cover))\b|"
    r"커리큘럼|로드맵|(?:학습|공부)\s*(?:계획|주제|목표)|공부할\s*(?:것|내용|주제)|"
    r"(?:다룰|배울)\s*(?:것|내용|주제)",
    re.IGNORECASE,
)
"""`2. ML Fundamentals Topics`, `Topics to cover`, `Syllabus`, `학습 목표`, `공부할 것`,
`다룰 내용`: a heading naming what its lists are, topics to study. Not `Topic modeling` nor
`Topics in graph theory`, which teach, nor `Week 3`, over a lesson's notes as often as a
plan's, nor `Other topics` alone, a grab bag in any note."""


@lru_cache(maxsize=4096)  # asked of every section; the paths of a note's sections share titles
def lists_topics(path: tuple[str, ...]) -> bool:
    """Whether a section stands under a heading saying that it lists topics to study
    (`_SYLLABUS`), its own or one above it, the note's title too when it names a plan.
    Under it, a list of names only is the syllabus itself (`syllabus_kept`)."""
    if len(path) > 1 and lists_topics(path[:-1]):
        return True
    title = path[-1]
    if len(path) == 1:
        return _names_a_plan(title)
    lower = title.lower()
    # A word each name of `_SYLLABUS` holds, looked for first: most titles hold none.
    may_list = any(map(lower.__contains__, _SYLLABUS_HINTS))  # in C: no generator's frame
    return may_list and bool(_SYLLABUS.search(title)) and not _GRAB_BAG.match(title)


_ASKS_KINDS = lazy(r"\b(?:types|kinds|categories)\s+of\b|종류|유형", re.IGNORECASE)
"""`- Types of joins`, `- 정렬의 종류`: an entry asking for its kinds, whose names answer it."""


def syllabus_kept(block: Node) -> Node | None:
    """`- Decision Trees` over `- Leaves`, `- Pruning`; `- Loss functions` over three of
    them: under a heading saying it lists topics to study (`lists_topics`), a list of
    names only (`is_topic_list`) is what to learn, not what is learnt, and gives no card,
    however many names an entry holds. Of it, only an entry asking for kinds (`- Types of
    joins` over its names) stays: a question its names answer."""
    asking = [
        item
        for item in block.children
        if item.line is not None and item.below and _ASKS_KINDS.search(plain(item.line.content))
    ]
    if not asking:
        return None
    return block if len(asking) == len(block.children) else with_blocks_under(block, asking)


_PLAN_NAME = lazy(
    r"\b(?:study plan|syllabus|curriculum|roadmap|what to study)\b|"
    r"학습\s*계획|공부\s*계획|로드맵|커리큘럼",
    re.IGNORECASE,
)
"""`The 3 month study plan`: a plan by name. Not `Week 3` (`Day 1` under it may be a lesson's
notes), nor `Topics`."""


@lru_cache(maxsize=1024)
def _names_a_plan(title: str) -> bool:
    return bool(_PLAN_NAME.search(title))


def under_a_plan(path: tuple[str, ...]) -> bool:
    """Whether a section stands under a heading naming a plan of study (`## 공부 계획` over
    `### 평일 루틴`, `## Study plan`), its own or one above it, the note's title aside."""
    return any(_names_a_plan(title) for title in path[1:])


def is_plan_period(section: Section, path: tuple[str, ...]) -> bool:
    """`### Week 5 - 12: In-depth practice` under `## The 3 month study plan`: a period of
    a plan, whose own words say what to do in it. Its subsections may still teach."""
    return _is_period(section.title) and any(_PLAN_NAME.search(title) for title in path[1:-1])


@lru_cache(maxsize=4096)
def _is_period(title: str) -> bool:
    return bool(_PERIOD.match(title))


def _holds_plan_table(section: Section) -> bool:
    return any(is_plan_table(block) for block in section.blocks) or any(
        _holds_plan_table(child) for child in section.children
    )


_PLAN_CELL = lazy(
    r"^\W*(?:easy|medium|hard|쉬움|보통|어려움|"
    r"\d+(?:\.\d+)?\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|시간|분|일|주))\W*$",
    re.IGNORECASE,
)
"""`Easy`, `Medium`, `3 hours`, `2시간`: how hard a problem is, how long to spend on a topic.
Not `High` or `Low` alone, which as well compare the things a table links to."""


@reads("table")
def is_plan_table(block: Node) -> bool:
    """A table each of whose rows links to a problem or a topic's page and rates it, in a
    column named for it (`| Two Sum | Easy | [Link](…) |` under `Difficulty`, `| [Array](…) |
    High | 2 hours |` under `Time required`): what to practise and for how long, not what
    to know. The problems are elsewhere."""
    if block.type != "table" or "](" not in (text := _table_text(block)):
        return False  # no link at all: most tables, at a glance
    if not _may_rate(text):
        return False
    header, *rows = block.rows() or [block]
    if not _RATING_COLUMN.search(" ".join(inline.content for inline in header.inlines())):
        return False  # `| Index | Read speed | Write cost |`: the table compares, rates nothing
    return bool(rows) and all(
        any("](" in cell for cell in cells) and any(_PLAN_CELL.match(cell) for cell in cells)
        for cells in ([inline.content for inline in row.inlines()] for row in rows)
    )


def _table_text(table: Node) -> str:
    return "\n".join(inline.content for inline in table.inlines())


def _may_rate(text: str) -> bool:
    lower = text.lower()
    return any(word in lower for word in _RATINGS)


_RATINGS = ("easy", "medium", "hard", "hour", "시간", "쉬움", "어려움")
_RATING_COLUMN = lazy(r"difficulty|time|hours|난이도|시간|소요", re.IGNORECASE)
"""`| Question | Difficulty | LeetCode |`, `| Topic | Priority | Time required |`: a column
that rates each row for practice."""


_DEFINES = lazy(r"(?::|：|\s[-–—=]\s|\s->\s|→)\s*\S")
"""`Centroid models: k-means`, `RT-2 — built on …`: a name and what it is, not a name."""
_PLACEHOLDER = lazy(r"^\W*(?:tbd|todo|wip)\b", re.IGNORECASE)
_ADDRESS_ONLY = lazy(r"^<?https?://\S+?>?$")
"""`https://isocpp.github.io/CppCoreGuidelines`: a page to read, named by its address only."""
_TOPIC_CHARS = 80
_TOPIC_WORDS = 8


def is_topic_list(block: Node) -> bool:
    """A list, nested or not, each line of which only names a topic (`- Decision Trees` /
    `  - Pruning`, `- Seq2seq models, NMT, Transformers`, `- NLP Tasks:`): under a heading
    that plans study (`plans_study`), a syllabus, naming what to learn without a word of it.
    A line that says what its topic is (`Centroid models: k-means`, a sentence) makes the
    list notes, and it stays."""
    if block.type not in ("bullet_list", "ordered_list"):
        return False
    return all(names_only(inline.content) for inline in block.inlines())


def names_only(line: str) -> bool:
    if "](" in line:  # before its length is judged: an address may be longer than a sentence
        line = LINK_ADDRESSES.sub(r"\1", line)  # `[Object detection](…)`: its name
    if len(line) > 2 * _TOPIC_CHARS:
        return False  # a paragraph: most lines of notes, at a glance
    text = plain(line).rstrip(":：").rstrip()
    if _PLACEHOLDER.match(text) or _ADDRESS_ONLY.match(text):
        return True  # `[TBD: LinkedIn lecture]`: a topic still to name; a page's address
    return (
        0 < len(text) <= _TOPIC_CHARS
        and len(text.split()) <= _TOPIC_WORDS
        and not text.endswith((".", "다", "요"))
        and not _DEFINES.search(text)
    )


_LISTS = ("bullet_list", "ordered_list")


_STUDY_DIRECTIVE = lazy(
    r"^\W*(?:\[(?:ex|exercise)\]|"
    r"(?:(?:in[- ]depth|deep|good|solid|basic|working)\s+)?(?:knowledge|understanding)\s+of\b|"
    r"(?:be\s+)?familiar(?:ity)?\s+with\b|be\s+able\s+to\b|know\s+how\s+to\b|"
    r"understand\s+(?:how|what|why|when|the)\b)",
    re.IGNORECASE,
)
"""`In depth knowledge of how they work`, `Familiar with …`, `[EX] activation function for
…`: a line telling the student what to study or practise of a topic, a checklist's line."""


def directs_study(block: Node) -> bool:
    """Whether a line of the list says what to study rather than what is so. Under a heading
    that plans study, such a list is the plan's checklist (`- Feedforward NNs` / `  - In depth
    knowledge of how they work`): its topics and their names are what to learn, not learnt."""
    if block.type not in _LISTS:
        return False
    return any(_directs(inline.content) for inline in block.inlines())


def _directs(line: str) -> bool:
    lower = line.lower()
    # A word each directive holds, looked for first: most lines hold none.
    may_direct = (
        "[ex" in lower
        or " of" in lower
        or "with" in lower
        or " to" in lower
        or "understand" in lower
    )
    return may_direct and bool(_STUDY_DIRECTIVE.match(plain(line)))


_LEVEL_MARK = lazy(
    r"\[(?:adv(?:anced)?|basic|beginner|intermediate|optional|bonus|심화|기초|선택)\]",
    re.IGNORECASE,
)
"""`Viterbi algorithm [Advanced]`, `[Adv] Dialog and chatbots`, `[Optional] …`: the level a
syllabus says to study a topic at, in square brackets."""


_KINDS = lazy(
    r"\b(?:tasks|types|kinds|methods|techniques|metrics|functions|algorithms|approaches|"
    r"strategies|categories|variants)\b|종류|유형|기법",
    re.IGNORECASE,
)
"""`NLP Tasks`, `Loss functions`, `정렬 기법`: an entry naming a set; its names are its members."""


def marks_study_levels(card: Card) -> bool:
    """Whether an entry of a syllabus asked over its names (`- Hidden Markov Models` over
    `- Markov processes`, `- Viterbi algorithm [Advanced]`) marks them with the level to
    study them at: what to learn of the topic and how far, not what it is. Its parent's
    card still names them. An entry naming a set (`- NLP Tasks` over `- [Adv] Dialog and
    chatbots`) is answered by its members' names, marked or not."""
    return (
        card.rule == "label_with_children"
        and "[" in card.answer
        and bool(_LEVEL_MARK.search(card.answer))
        and not _KINDS.search(card.question)
    )


_QUESTION_TITLES = lazy(
    r"\b(?:sample|practice|mock)\s+(?:interview\s+)?(?:questions|problems)\b", re.IGNORECASE
)
"""`2. ML System Design Sample Questions`, `Practice problems`: a heading over the titles of
problems to practise. Not `Example questions` (under a point, what it asks the student)."""


@lru_cache(maxsize=4096)  # asked of every section; the paths of a note's sections share titles
def lists_sample_questions(path: tuple[str, ...]) -> bool:
    """Whether a section stands under a heading over sample questions, its own or one above
    it (`_QUESTION_TITLES`)."""
    if len(path) > 1 and lists_sample_questions(path[:-1]):
        return True
    lower = path[-1].lower()
    # A word each title of `_QUESTION_TITLES` holds, looked for first: most titles hold none.
    may_list = "sample" in lower or "practice" in lower or "mock" in lower
    return may_list and bool(_QUESTION_TITLES.search(path[-1]))


def is_titles_with_variants(block: Node) -> bool:
    """`- **Harmful content detection**` over `  - [Multimodal harmful content](…)` / `  -
    Fraud detection`, under a heading over sample questions (`lists_sample_questions`): a
    list of names only, some over more names. The titles of problems to practise and their
    variants, not parts to recall: no card. A flat list of titles there is judged as ever (a
    list of questions, of links to problems); a line that says anything keeps the list."""
    return (
        block.type in _LISTS and any(item.below for item in block.children) and is_topic_list(block)
    )


def studied(block: Node, syllabus: bool = False) -> Node | None:
    """What of a block, under a heading that plans study (`plans_study`), is more than a
    syllabus. A list that only names topics loses each entry over one name alone (`-
    Feature selection` / `  - Feature importance`, `- Seq2seq models` / `  - Machine
    Translation`), a chain of names with nothing to recall; a list left with one bare name
    (`- People you may know` under `### Graph problems`) is none. An entry over several
    names (`- Loss functions` over three of them) stays, unless the heading says it lists
    topics to study (`syllabus`: `lists_topics`): then a list of names only is none."""
    if block.type not in _LISTS:
        return block
    if directs_study(block):
        return None  # a checklist of what to study (`In depth knowledge of …`): no card
    if syllabus and is_topic_list(block):
        return syllabus_kept(block)  # under `Topics to cover`: what to learn, nothing learnt
    if not is_topic_list(block):
        # `- Attention` over `  - self-attention` among topics said more of: the chain of
        # two names goes all the same, the entries that say something stay.
        return _without_lone_names(block, among_notes=True) or block
    kept = _without_lone_names(block)
    if kept is None or (len(kept.children) == 1 and not kept.children[0].below):
        return None
    return kept


def _without_lone_names(block: Node, among_notes: bool = False) -> Node | None:
    """The list less its entries over one name alone, at any depth (the list itself when
    it has none: most lists, or when one entry only would be left); None when nothing is.
    `among_notes`: the list's other lines say more than names (`_names_one_below`)."""
    items, changed = [], False
    for item in block.children:
        if _names_one_below(item, among_notes):
            changed = True
            continue
        below = [_without_lone_names(c, among_notes) if c.type in _LISTS else c for c in item.below]
        if all(new is old for new, old in zip(below, item.below, strict=True)):
            items.append(item)
        else:
            changed = True
            items.append(with_blocks_under(item, [child for child in below if child is not None]))
    if not items:
        return None
    if not changed or len(items) == 1 < len(block.children):
        return block  # one entry left would stand for its list: the list stays as written
    return with_blocks_under(block, items)


def with_blocks_under(node: Node, below: list[Node]) -> Node:
    """A list, or a list item, with other blocks under it: the same node otherwise."""
    copy = Node.__new__(Node)
    copy.type, copy.tag, copy.map = node.type, node.tag, node.map
    copy.content, copy.attrs = node.content, node.attrs
    if node.type == "list_item":
        copy.line, copy.below = node.line, below
        copy.children = [node.children[0], *below] if node.line is not None else below
    else:
        copy.children = below
    return copy


_SEVERAL = lazy(r",|/|\bvs\.?\s|\band\b|및|와|과")


def _names_one_below(item: Node, among_notes: bool = False) -> bool:
    """`- Feature selection` over `  - Feature importance` alone: one name under another.
    In a list whose other lines say more (`among_notes`), both lines must only name a topic
    (`names_only`) and the lower be the last of the chain."""
    below = item.below
    if item.line is None or len(below) != 1 or below[0].type not in _LISTS:
        return False
    entries = below[0].children
    return (
        len(entries) == 1
        and entries[0].line is not None
        and not _SEVERAL.search(plain(entries[0].line.content))
        and (
            not among_notes
            or (
                not entries[0].below
                and names_only(item.line.content)
                and names_only(entries[0].line.content)
            )
        )
    )


_GRAB_BAG = lazy(
    r"^\W*(?:\d+\W*)?(?:other|misc\w*|more|additional|remaining|further)\s+topics?\W*$|"
    r"^\W*(?:\d+\W*)?(?:others?|misc\w*|기타(?:\s*주제)?|그\s*외)\W*$",
    re.IGNORECASE,
)
"""`4. Other topics:`, `Misc topics`, `## Other`, `기타`, `그 외`: a heading over what did not
fit elsewhere."""


def is_grab_bag_of_topics(section: Section) -> bool:
    """`## Other topics` over `- Outliers` / `- Similarity metrics`, a coding page's `## Other`
    over the titles of problems (`- Triangle closing`, `- Meeting point`): a heading that
    asks nothing, over names only, in a syllabus or not. It gives no card of its own; an
    entry of it that lists several names (`- Similarity metrics` over `Euclidean, Manhattan,
    …`) still may. Under `## 기타`, a line that says something (`- SHA: …`) keeps the card."""
    return (
        bool(_GRAB_BAG.match(section.title))
        and bool(section.blocks)
        and all(is_topic_list(block) for block in section.blocks)
    )


def is_entry_of_plan(section: Section, path: tuple[str, ...]) -> bool:
    """`## BackEnd` over `- gRPC` / `- Kafka` in a note titled as a plan (`CS Roadmap`,
    `백엔드 커리큘럼`): an entry of the plan, naming what to learn without a word of it. It
    gives no card of its own, as a grab bag of topics gives none; a section of the plan
    that says what its topics are (`Kafka: a log of events`) still teaches."""
    return (
        bool(section.blocks)
        and _names_a_plan(path[0])
        and all(is_topic_list(block) for block in section.blocks)
    )


def is_plan_contents(section: Section, said: list[str]) -> bool:
    """`## Topics to cover` or `## The six week study plan` over its subsections, with at
    most a line leading into them (`Below are the most important topics:`) of its own
    (`said`): a card of it would only name the subsections, a table of contents of the
    plan. So is a topic of the plan with no word of its own over its subsections (`## 1.
    Classic ML Concepts` under `# ML Fundamentals Topics`): its subsections' names are the
    plan's outline, not parts to recall. A note's title is its subject, and is asked as ever."""
    return (
        section.level > 0
        and bool(section.children)
        and (not said or bool(_PLANS.search(section.title)))
        and all(text.rstrip().endswith((":", "：")) for text in said)
    )


_STUDY_ORDER = lazy(
    r"\b(?:study|learning)\s+(?:order|plan)\b|\border\s+of\s+study\b|"
    r"(?:공부|학습)\s*(?:순서|계획)|\((?:계획|plan)\)",
    re.IGNORECASE,
)
"""`공부 순서 (계획)`, `학습 계획`, `Study order`, `Revision (plan)`: a heading naming the order
the writer means to study in."""


def orders_own_study(section: Section) -> bool:
    """`## 2. 공부 순서 (계획)` over `1. 프로그래밍 언어 기출 먼저 (점수 제일 큰 덩어리)`, `6.
    OS/네트워크 — 계산문제만 확실히`: under a heading naming the writer's order of study, a
    numbered list of it, what to take up first and how far: their plan, not what any topic
    is. The whole section goes, the advice to themselves beside the list too. A plan that
    teaches under its own headings (`### Week 1 - Sorting`) keeps them."""
    return any(block.type == "ordered_list" for block in section.blocks) and bool(
        _STUDY_ORDER.search(section.title)
    )


def guides_through_the_plan(section: Section) -> bool:
    """`## The 3 month study plan` over prose on how to use it (`In each study plan, you
    will find …`, `create a template …`) and its periods as subsections (`### Week 1 - 4`):
    advice on the plan, which is under the periods, not a subject to recall. A plan with a
    list or table of its own is judged as a syllabus is."""
    return (
        bool(section.children)
        and _names_a_plan(section.title)
        and all(block.type == "paragraph" for block in section.blocks)
        and any(_is_period(child.title) for child in section.children)
    )


_STUDY_ASPECT = (
    r"concepts?|formulas?|equations?|code|implementation|derivations?|proofs?|intuition|"
    r"(?:with )?examples?|remember (?:the )?formulas?(?: as well)?|"
    r"\[(?:link|code|source|notebook)\d*\]\([^()]*\)"
)
_STUDY_MARK = lazy(
    rf"[ \t]+\((?:\s*(?:{_STUDY_ASPECT})\s*(?:,|/|\band\b)?)+\s*\)(?=[ \t]*(?:$|[,;]))",
    re.IGNORECASE | re.MULTILINE,
)
"""`Gradient descent (concept, formula, code)`, `Cross Entropy (remember formula as well)`,
`stratified sampling ([link](…))`: what to study of a topic, or where its code or source
is, in brackets after its name. `부호(code)화` glosses a word, and is no such mark."""


def without_study_marks(answer: str) -> str:
    """An answer less the marks a syllabus puts after a topic's name, saying what to study
    of it (`(concept, formula, code)`, `(with examples)`) or linking its code or source
    (`([code](./notebooks/svm.ipynb))`, `([link](…))`): the names stay, and are the answer."""
    if " (" not in answer:
        return answer  # no mark can be there: most answers, at a glance
    return _STUDY_MARK.sub("", answer)


_OWN_SCORE = lazy(
    r"^[ \t]*(?:\*\*|__)?(?:내 |my )?(?:점수|성적|score|grade|mark)(?:\*\*|__)?[ \t]*[:：]"
    r"[ \t]*(?:\*\*|__)?\d+(?:\.\d+)?[ \t]*/[ \t]*\d+",
    re.IGNORECASE,
)
"""`점수: 41/50`, `**My score:** 78/100`: the writer's own mark on an exam, out of its total."""
_SCORE_REPORT_LINES = 6


def reports_own_score(section: Section) -> bool:
    """`## 결과` over `점수: 41/50 🙂 평균 33.` / `틀린 것: …` / `→ 기말 때는 …`: a few lines of
    prose opening on the writer's own mark on an exam, then what they got wrong and will
    do next time. How the writer did, not the subject; what they got wrong is what the
    pages on each topic teach."""
    blocks = section.blocks
    if not blocks or any([block.type != "paragraph" for block in blocks]):
        return False
    first = blocks[0].children[0].content
    if not _OWN_SCORE.match(first):
        return False
    lines = sum(block.children[0].content.count("\n") + 1 for block in blocks)
    return lines <= _SCORE_REPORT_LINES


_MONTH = rf"(?:{MONTHS})[a-z]{{0,6}}\.?"
_DAY = lazy(
    r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:19|20)\d\d([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])\.?"
    r"|(?:0?[1-9]|1[0-2])월\s*(?:0?[1-9]|[12]\d|3[01])일"
    rf"|(?:0?[1-9]|[12]\d|3[01])\s+{_MONTH}|{_MONTH}\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?",
    re.IGNORECASE,
)
"""`03/16`, `9/6`, `3월 16일`, `2024-03-16`, `24 Mar`, `Mar 24th`: a day of a calendar, not a
year alone."""
_YEAR = lazy(r"(?:19|20)\d\d[-./]")
_ROUND = lazy(r"(\D*?)\s*(\d{1,4})\s*(\D*)")
_SCORE = lazy(r"\d{1,4}(?:\.\d+)?\s*(?:/\s*\d{1,4}|%|점)?")
"""`62`, `41/50`, `85%`, `72.5점`: a mark or a count."""
_MIN_LOG_ROWS = 3
_PASSES_HEADER = lazy(r"\W*(?:회독|passe?s?|read-?throughs?)\W*", re.IGNORECASE)
"""`회독`, `Pass`: a first column counting the writer's passes through the material."""
_MARKS_HEADER = lazy(r"score|mark|grade|result|점수|총점|성적|결과", re.IGNORECASE)
"""`Score`, `점수`: a column of the marks the writer got, not of the subject's numbers."""


@reads("table")
def is_results_log(block: Node) -> bool:
    """`| 회차 | 푼 날 | 점수 | 급수 | 메모 |` over `| 60회 | 03/16 | 62 | 3급 | 첫 풀이 |` and
    more rounds, `| Date | Case | How it went |` over `| 9/6 | Lucy v. Zehmer | fine |`: the
    writer's log of their own results, a row each time they sat a mock exam or were asked
    in class. Its first column counts the rounds up (`60회`, `61회`) or gives the days, and
    a column gives the days of the writer's calendar (a month and day, no year), or the
    days or counted rounds with a column of marks or counts beside them (`62`, `41/50`,
    `| wk 6 | Quant topic test | 64% |`). Asked by its round
    or day, a row gives how the writer did, nothing to learn. A timeline of the subject
    stays: its first column gives years (`| 1876 | 강화도 조약 |`), and its days, when it
    gives them with their years, come with no marks (`| 1950.06.25 | 전쟁 발발 |`)."""
    nodes = block.rows()
    if len(nodes) <= _MIN_LOG_ROWS:
        return False
    firsts = [_cell(next(row.inlines(), None)) for row in nodes[1:]]
    if not (_all_days(firsts) or _counts_rounds(firsts)):
        return False  # most tables, at their first column
    rows = [[_cell(inline) for inline in row.inlines()] for row in nodes]
    body = rows[1:]
    width = len(rows[0])
    if width < 2 or any(len(row) != width for row in body):
        return False
    if _PASSES_HEADER.fullmatch(rows[0][0]) and _counts_rounds(firsts):
        return True  # `| 회독 | 기간 | 방법 |` over `| 1 | 23.03 ~ 23.06 | 인강 + 기본서 |`
    days = [c for c in range(width) if _all_days([row[c] for row in body])]
    if not days:  # `| wk 6 | Quant topic test | 64% |`: rounds counted up, each marked
        return _counts_rounds(firsts) and any(
            _MARKS_HEADER.search(rows[0][c]) and _scores([row[c] for row in body], True)
            for c in range(1, width)
        )
    if not any(_YEAR.match(row[c]) for c in days for row in body):
        return True  # the writer's days, by month and day
    return any(
        _scores([row[c] for row in body], bool(_MARKS_HEADER.search(rows[0][c])))
        for c in range(1, width)
        if c not in days
    )


_EXAM_COLUMN = lazy(r"^\W*(?:exams?|tests?|quiz(?:zes)?|midterms?|시험|평가)\W*$", re.IGNORECASE)
_DATE_COLUMN = lazy(r"^\W*(?:dates?|when|day|날짜|일시|일정|시험일)\W*$", re.IGNORECASE)


@reads("table")
def is_exam_schedule(block: Node) -> bool:
    """`| Exam | Date | Covers | Note card? | Score |` over `| Exam 1 | Thu Feb 19 | Ch 21–24 |
    1 index card | 81/100 |`: a course's exams, a row each, first named in the column of
    exams and dated in another: when the writer sits them, what they cover, what they may
    bring and how they did. The course's calendar, nothing to learn."""
    nodes = block.rows()
    if len(nodes) < 2 or _EXAM_COLUMN.match(_cell(next(nodes[0].inlines(), None))) is None:
        return False  # nearly every table, at its first column's name
    header = [_cell(inline) for inline in nodes[0].inlines()]
    return len(header) >= 2 and any(_DATE_COLUMN.match(cell) for cell in header[1:])


_RESULT_LINE = lazy(
    r"^[ \t]*(?:\*\*|__)?(?P<round>[^:：\n]{0,20}?(?:(?P<count>\d{1,2})\s*(?:차|회)|"
    r"\b(?:mock|practice test|test|quiz|exam)\s*#?(?P<number>\d{1,2})\b)[^:：\n]{0,12})"
    r"(?:\*\*|__)?"
    r"[ \t]*[:：][ \t]*(?:\*\*|__)?\d{1,4}(?:\.\d+)?\s*(?:/\s*\d{1,4}|%|점)?(?:\*\*|__)?"
    r"(?:$|[ \t,(→←-])",
    re.IGNORECASE,
)
"""`10월 1차 모의: 78 → 시간 부족`, `- Mock 2: 64%`, `3회: 41/50`: a round the writer sat, counted,
and the mark they got."""
_SAT = lazy(r"모의|시험|테스트|기출|\b(?:mock|test|quiz|exam|practice)\b", re.IGNORECASE)
"""`1차 모의`, `Mock 2`: a round of a test the writer sat, not of the subject (`- 1차 개헌: 1952
발췌 개헌`, a history's rounds by year)."""
_MIN_RESULT_LINES = 3


@reads("bullet_list", "ordered_list")
def is_results_list(block: Node) -> bool:
    """`- 10월 1차 모의: 78 → 시간 부족` / `- 11월 2차 모의: 92` / `- 12월 3차 모의: 103` / `- 목표:
    **105 이상**`: the writer's marks on the mock exams they sat, a round a line, counted up
    (one line beside them at most, the mark they aim at). Asked by its round, a line gives
    how the writer did, nothing to learn. A list of a subject's values by name (`- HTTP:
    80`) names no round sat."""
    if block.type not in ("bullet_list", "ordered_list") or len(block.children) < 3:
        return False
    rounds: list[int] = []  # the count of each round sat, in order
    for item in block.children:
        found = _RESULT_LINE.match(item.line.content) if item.line is not None else None
        if found is None and item is block.children[0]:
            return False  # nearly every list: its first line marks no round sat
        if found is not None and _SAT.search(found["round"]):
            rounds.append(int(found["count"] or found["number"]))
    if len(rounds) < _MIN_RESULT_LINES or len(rounds) + 1 < len(block.children):
        return False
    return all(a < b for a, b in zip(rounds, rounds[1:], strict=False))


def _scores(cells: list[str], named: bool) -> bool:
    """Whether a column gives the writer's marks or counts (`62`, `41/50`, `64%`); under a
    header naming them (`총점`, `Score`), a round not sat yet may be left empty (`| 4 |
    2024.02.25 | | 접수 완료 ✅ |`), two marks at least."""
    marks = [cell for cell in cells if cell]
    if len(marks) < len(cells) and not named:
        return False  # `| 1 | 1950.06.25 | 전쟁 발발 | |`: a count of the subject's, left out
    return len(marks) >= 2 and all(_SCORE.fullmatch(cell) for cell in marks)


def _cell(inline: Node | None) -> str:
    return "" if inline is None else " ".join(plain(inline.content).split())


def _all_days(cells: list[str]) -> bool:
    return all(_DAY.fullmatch(cell) for cell in cells)


def _counts_rounds(cells: list[str]) -> bool:
    """`60회`, `61회`, `62회`; `Mock 1`, `Mock 2`: a number counting up, the same words
    around it in every cell."""
    found = [_ROUND.fullmatch(cell) for cell in cells]
    if not all(found):
        return False
    numbers = [int(match[2]) for match in found if match]
    words = {(match[1], match[3]) for match in found if match}
    return len(words) == 1 and all(a < b for a, b in zip(numbers, numbers[1:], strict=False))


_LOG_REMARK_LINES = 6


def logs_own_results(section: Section) -> bool:
    """`## 회차별 점수 기록` over the writer's results log (`is_results_log`), with a few
    lines of their own on it (`- 평균: 75.8`, `- 틀리는 패턴: ① 사건 순서 배열 …`, `- 목표:
    85 이상`): how the writer did and means to do, not the subject. A section saying
    more than a few lines beside its log, or holding code or another table, stays, the
    log alone dropped."""
    blocks = section.blocks
    if not blocks or not any(block.type == "table" for block in blocks):
        return False  # most sections, at a glance
    logs = [block for block in blocks if block.type == "table" and is_results_log(block)]
    if len(logs) != 1:
        return False
    rest = [block for block in blocks if block is not logs[0]]
    if any(block.type not in SAID_IN_WORDS or block.map is None for block in rest):
        return False
    lines = sum(block.map[1] - block.map[0] for block in rest if block.map is not None)
    return lines <= _LOG_REMARK_LINES


_TALLY_TITLE = lazy(
    r"^\W*(?:(?:틀린|오답|실수|틀리는)\s*(?:유형|문제|개수)?\s*(?:별\s*)?(?:통계|집계|개수|카운트|현황)|"
    r"(?:mistakes?|errors?|misses|wrong answers?)\s+(?:by\s+(?:type|topic)|tally|count|stats|"
    r"statistics))\b",
    re.IGNORECASE,
)
"""`틀린 유형 통계 (01.20 ~ 02.17)`, `오답 집계`, `Mistakes by type`: a heading over the writer's
count of their own mistakes."""
_COUNTED = lazy(r"[:：]\s*\d{1,4}\s*(?:개|회|문제|번|x|times)?(?:\s|$|\()", re.IGNORECASE)
"""`- 어휘: 7 (그중 complimentary 3 ㅋ)`, `- LC Part 2: 11`: a kind of mistake, counted."""


def tallies_own_mistakes(section: Section) -> bool:
    """`### 틀린 유형 통계` over `- 전치사/접속사: 4` / `- 어휘: 7` / `→ 어휘랑 Part 2가 제일
    많음`: the writer's count of their own mistakes by kind, and what they make of it. It
    tells where the writer goes wrong, nothing of the subject to recall. Its title names
    the count, and a list of it counts each kind; other blocks are the writer's words on it."""
    if not section.blocks or not _TALLY_TITLE.match(section.title):
        return False
    lists = [block for block in section.blocks if block.type in LIST_TYPES]
    return (
        bool(lists)
        and all(block.type in SAID_IN_WORDS for block in section.blocks)
        and any(
            all(
                item.line is not None and _COUNTED.search(item.line.content)
                for item in block.children
            )
            for block in lists
        )
    )


_LOG_TITLE = lazy(
    r"\b(?:progress|daily|weekly|schedule|diary|journal|study log|learning log|lecture log|"
    r"class log)\b|"
    r"일지|진도|공부 기록|학습 기록|(?:공부|학습|스터디|수업|강의)\s*로그|주간 계획|일정|"
    r"^\W*주간\W*$|"
    r"(?:누적\s*)?(?:테스트|시험)\s*(?:결과|기록)|점수\s*기록|\btest (?:results|scores)\b",
    re.IGNORECASE,
)
"""`Daily progress`, `Study log`, `공부 로그`, `weekly`, `공부 일지`, `진도`, `주간`, `누적 테스트
결과`: a title naming the writer's record of their days of study or tests, or the week they
keep to."""
_WEEKDAY = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?|"
    r"[월화수목금토일](?:요일)?"
)
_DAY_OPENS = lazy(
    r"^[ \t]*(?:\*\*|__)?[(\[]?(?:"
    rf"(?:{_WEEKDAY}),?[ \t]*(?:\d{{1,2}}(?:[/.]\d{{1,2}})?|[A-Za-z]{{3,9}}\.?[ \t]*\d{{1,2}})|"
    rf"(?:\d{{4}}[-./])?(?:0?[1-9]|1[0-2])[-./]\d{{1,2}}\.?(?:[ \t]*[(\[]?(?:{_WEEKDAY})[)\]]?)?|"
    r"\d{1,2}월[ \t]*\d{1,2}일|day[ \t]*\d{1,3}|"
    # a week of the study, or its weekdays alone: `wk3: …`, `Week 4 — …`, `Mon/Wed/Fri: …`
    r"wk[ \t]*\d{1,2}|week[ \t]*\d{1,2}|\d{1,2}[ \t]*주차|"
    rf"(?:{_WEEKDAY})(?:[ \t]*[/,&~][ \t]*(?:{_WEEKDAY}))*"
    r")[)\]]?(?:\*\*|__)?(?:[ \t]*\([^()\n]{1,24}\))?[ \t]*(?:—|–|-|:|→|->)[ \t]*\S",
    re.IGNORECASE,
)
"""`**Mon 11** — 会 社 員. …`, `3/12 (화): …`, `2024-03-12 — …`, `Day 4: …`, `wk3: 10 problems`,
`Tue: 1 system design mock`, `월~금: 위 루틴`, `02.11 (Day 1–13) : 241/260`: an entry
opening on the day or week it was written or kept for (a remark in brackets beside it at
most), a date of the writer's calendar (a weekday, a day of a month, a week of the study),
not a year a fact happened in (`1969 → ARPANET`)."""


_DAY_OF_MONTH = r"(?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|[12]\d|3[01])"
_DATED = lazy(
    r"^[ \t]*\(?(?:\*\*|__)?(?:(?:L|Lec|Lecture|W|Wk|Week)[ \t]*\d{1,2}[ \t]+)?"
    rf"(?:(?:(?:19|20)\d\d[-./])?{_DAY_OF_MONTH}"
    rf"(?:[ \t]*~[ \t]*(?:{_DAY_OF_MONTH}|[12]\d|3[01]|0?[1-9]))?|"
    rf"{_MONTH}[ \t]*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,[ \t]*(?:19|20)\d\d)?"
    r"(?:[ \t]*[-–~][ \t]*(?:[12]\d|3[01]|0?[1-9]))?)"
    r"(?:\*\*|__)?[ \t]+\S",
    re.IGNORECASE,
)
"""`3/6 W01 정리`, `4/10~11 W06 — …`, `3/31~4/2 과제1 막판`, `Feb 16 — practice exam F24, 85`,
`L16 Mar 10 - cell cycle engine`: an entry opening on the day or days it was kept (after the
lecture's number at most), and what was done then, with or without a mark between; read as
such under a title naming a log only (`_LOG_TITLE`), where `3/6` can be nothing but a day."""


def is_day_log(section: Section) -> bool:
    """`## Daily progress` over `- **Mon 11** — 会 社 員. Easy, …` / `- **Thu 14** — skipped`,
    `## progress` over `- wk1: 9 problems. rusty on DP` / `- wk4: skipped`, `## weekly` over
    `- Mon/Wed/Fri: 2 mediums, 1 hard` / `- Thu: behavioral`: the writer's log of their days
    or weeks of study, or the week they keep to, each entry a day or a week. Asked by its
    day, an entry asks nothing; what each day covered is taught on the topic's own page. A
    list of dates under any other title (`Mistakes log`, `History`) may teach by them, and
    stays."""
    if not section.blocks or not _LOG_TITLE.search(section.title):
        return False  # most sections, at their title
    if any(block.type == "table" for block in section.blocks):
        return _logs_days_in_a_table(section)
    lists = [block for block in section.blocks if block.type in LIST_TYPES]
    if len(lists) != 1:
        return False
    items = [item.line.content for item in lists[0].children if item.line is not None]
    if len(items) < 3 or len(items) != len(lists[0].children):
        return False
    dated = sum(1 for item in items if _DAY_OPENS.match(item) or _DATED.match(item))
    # a day off among the entries (`(Feb 26 no class - …)`, `spring break Mar 16-20`) is
    # one still: four in five dated make the log
    return dated >= 3 and 5 * dated >= 4 * len(items)


_DATE_CELL = lazy(
    rf"^[ \t]*(?:\*\*|__)?(?:(?:19|20)\d\d[-./])?{_DAY_OF_MONTH}"
    rf"(?:[ \t]*~[ \t]*(?:(?:19|20)\d\d[-./])?{_DAY_OF_MONTH})?(?:\*\*|__)?"
    rf"(?:[ \t]*[(\[]?(?:{_WEEKDAY}|[월화수목금토일])[)\]]?)?[ \t]*$",
    re.IGNORECASE,
)
"""`6/10`, `10/14 Mon`, `9/1 (화)`, `03/04 ~ 03/10`: a cell that is a day of the writer's
calendar, or a span of days, and nothing more."""


def _logs_days_in_a_table(section: Section) -> bool:
    """`## Study log` over `| date | what | time | notes |` / `| 10/14 Mon | reread stereo
    notes | 1.5 h | … |`, `## 점수 기록` over `| 회차 | 푼 날 | 점수 |` / `| 68회 | 7/3 | **81**
    ✅ |`: the log as a table, one row a day, the day in its first or second column, four
    rows in five (rows left blank to fill in aside), maybe under a line or two of words."""
    tables = [block for block in section.blocks if block.type == "table"]
    if len(tables) != 1 or any(b.type not in ("table", "paragraph", "hr") for b in section.blocks):
        return False
    rows = [[inline.content.strip() for inline in row.inlines()] for row in tables[0].rows()[1:]]
    rows = [row for row in rows if any(row)]
    dated = sum(1 for row in rows if any(_DATE_CELL.match(cell) for cell in row[:2]))
    return dated >= 3 and 5 * dated >= 4 * len(rows)


_LOOK_BACK_TITLE = lazy(
    r"^\W*(?:회고|느낀\s*점|소감|(?:정리|공부|학습)\s*후기|retrospective|retro)\W*$", re.IGNORECASE
)
"""`## 회고`, `## 📝 회고`, `## 느낀 점`, `## 정리 후기`, `## Retrospective`: a heading over the
writer's look back on their own study."""
SAID_IN_WORDS = frozenset({"paragraph", "bullet_list", "ordered_list", "blockquote", "hr"})
"""Blocks of words (and a rule, `---`, closing a section as many writers close each one)."""


def looks_back(section: Section) -> bool:
    """`## 회고` over `BFS는 이제 손에 익음. 근데 2206처럼 **상태를 늘려야 하는** 문제는 아직 바로
    안 떠오른다.` or `- 8월 3주: DP에서 완전히 막힘.`: the writer's look back on how their
    study went, in a few words of their own, what they found hard and mean to do next. It
    asks nothing a student recalls; the note's sections teach the subject. Such a section
    holding code or a table shows something of the subject, and one with a line opening in
    bold sets apart a rule the writer drew (`**키워드: 그룹, 연결 여부** 나오면 의심하기`):
    both stay."""
    if not section.blocks or not _LOOK_BACK_TITLE.match(section.title):
        return False  # most sections, at their title
    return all(
        block.type in SAID_IN_WORDS
        and not any(_OPENS_IN_BOLD.search(inline.content) for inline in block.inlines())
        for block in section.blocks
    )


_INTERVIEW_LOOK_BACK = lazy(
    r"^\W*(?:실제\s*)?면접\s*(?:후기|복기|회고|기록|경험)\W*$|"
    r"^\W*(?:(?:my|real|actual)\s+)?interview\s+(?:log|diary|debrief|recaps?|retro(?:spective)?s?|"
    r"experiences?|reviews?|stories)\W*$",
    re.IGNORECASE,
)
"""`## 💬 실제 면접 후기`, `## 면접 복기`, `## Interview log`: a heading over the writer's account
of interviews they sat."""


def looks_back_on_interviews(section: Section) -> bool:
    """`## 💬 실제 면접 후기` over `**`2024.04.09` B사 2차** ❌` and what was asked and how the
    writer answered (`- "훅을 조건문에서 쓰면 안 되는 이유" → … 자신없게 말함`): their account
    of interviews they sat, by date and company, in words. How it went for them; the note's
    sections teach the answers. Such a section holding code or a table shows something of
    the subject, and stays."""
    if not section.blocks or not _INTERVIEW_LOOK_BACK.match(section.title):
        return False  # most sections, at their title
    return all(block.type in SAID_IN_WORDS for block in section.blocks)


_EXAM_LOGISTICS = lazy(
    r"^\W*(?:(?:시험|자격증)\s*(?:구성|정보|안내|일정|개요|방식|접수)|합격\s*기준|"
    r"응시\s*(?:자격|료|방법|접수)|원서\s*접수|"
    r"(?:exam|test)\s+(?:format|structure|info(?:rmation)?|logistics|schedule|fees?|dates?)|"
    r"passing\s+(?:score|criteria|mark))\W*$",
    re.IGNORECASE,
)
"""`## 📌 시험 구성`, `### 합격 기준`, `## 응시료`, `## Exam format`: a heading over how an exam is
run (its parts, time, fee, pass mark)."""


def tells_how_the_exam_runs(section: Section) -> bool:
    """`## 📌 시험 구성` over `| 1과목 | … | 10문항 | 20점 |` and `- 시험 시간: **90분**`, `### 합격
    기준` over `- 총점 **60점 이상**`: how an exam is run, its parts, time, fee and pass mark.
    The writer's logistics, not the subject they study; a card asking it is read JUNK."""
    return bool(section.blocks) and _EXAM_LOGISTICS.match(section.title) is not None


_EXAM_LOOK_BACK = lazy(
    r"(?:\bexams?|\bmidterms?|\bfinals?|\bquiz(?:zes)?|\bmocks?|모의고사|중간고사|기말고사|시험)"
    r"[^\n]{0,24}?(?:post[- ]?mortem|retro(?:spective)?|debrief|reflections?|회고|후기)",
    re.IGNORECASE,
)


def looks_back_on_an_exam(path: tuple[str, ...], section: Section) -> bool:
    """A section in words of a note titled as the writer's look back on an exam they sat
    (`# Exam 2 Post-Mortem`, `# 중간고사 회고`): their score, where they went wrong, their
    plan and grade maths, each a paragraph, a quote or a list. How the exam went for them,
    not the subject; a table or code there (`| Q | topic | what I did | what's right |`)
    may set out what is right, and stays."""
    if not path or not section.blocks or not _EXAM_LOOK_BACK.search(path[0]):
        return False  # nearly every note, at its title
    return all(
        block.type in SAID_IN_WORDS or block.type == "html_block" for block in section.blocks
    )


_EXAM_TITLE = lazy(
    r"^\W*(?:\d+\s*(?:차|회)\s*)?(?:(?:중간|기말)(?:고사|시험)?|모의고사|"
    r"(?:midterm|final)(?:\s+exam)?|(?:exam|quiz|test)\s*#?\d{1,2}|"
    r"after\s+the\s+(?:exam|midterm|final|quiz|test)|시험\s*(?:후|끝나고|직후))(?!\w)",
    re.IGNORECASE,
)
"""`## 중간고사 (1~7주차)`, `## Midterm`, `### Quiz 3`, `## After the exam (Feb 20)`: a heading
naming an exam of the course, or the time after one."""
_SCORE_SAID = lazy(
    r"(?:^|\n)[ \t]*(?:\*\*|__)?(?:결과|점수|성적|results?|scores?|grades?)(?:\*\*|__)?[ \t]*[:：]"
    r"[^\n]*?(?<!\d)\d{1,3}[ \t]*/[ \t]*\d{2,3}(?!\d)",
    re.IGNORECASE,
)
"""`결과: … Adam 식 쓰기 나옴. 82/100 🙂`, `Score: 41/50`: a line giving the writer's own mark,
out of the exam's total."""


def reports_an_exam_sat(section: Section) -> bool:
    """`## 중간고사 (1~7주차)` over what the professor said would come, the writer's checklist
    for it, `결과: 출력크기/파라미터 수 문제, … 나옴. 82/100 🙂` and `- 틀린 거: …`: the
    writer's report on an exam they sat, in words, with their own mark. How it went for
    them; the subject it asked is taught on its own pages. Under an exam's heading, text
    giving no mark of the writer's (what the exam covers, its questions worked) stays."""
    if not section.blocks or not _EXAM_TITLE.match(section.title):
        return False  # nearly every section, at its title
    if not all(block.type in SAID_IN_WORDS for block in section.blocks):
        return False
    return any(
        _SCORE_SAID.search(inline.content) for block in section.blocks for inline in block.inlines()
    )


_OPENS_IN_BOLD = lazy(r"(?:^|\n)[ \t]*(?:\*\*|__)\S")
"""`**키워드: …** 나오면 의심하기`, `- **Lesson**: …`: a line opening in bold."""


_SIGN_OFF_TITLE = lazy(
    r"^\W*(?:(?:글을\s*)?(?:마치며|마치면서|마무리하며|마무리하면서)|마무리|맺음말|끝으로|나가며|"
    r"(?i:final thoughts|closing (?:thoughts|remarks|words)|parting (?:thoughts|words)|"
    r"wrapping up|that'?s (?:it|all)(?: for (?:today|now))?))\W*$"
)
"""`## 마치며`, `## 글을 마치며`, `## 맺음말`, `## Final thoughts`, `## Wrapping up`: the heading a
post takes leave of its readers under."""


def closes_the_post(section: Section) -> bool:
    """`## 마치며` over `HPA는 yaml 몇 줄이면 끝나지만, 결국 **requests를 제대로 잡는 것**이
    핵심이었다. 다음에는 KEDA로 … 해볼 예정.`: a blog post taking leave of its readers, in
    words: what the writer took from it and means to write next. What it teaches, the post's
    sections teach; it asks nothing a student recalls. It is `looks_back` at the post's end,
    where a line opening in bold is the writer's moral (`**Events는 끝까지 다 읽자.** 교훈
    끝.`), no rule of the subject; a sign-off line anywhere (`읽어주셔서 감사합니다`) is
    meta.is_said_to_the_reader's. One holding code or a table shows something, and stays;
    so does a summary under its own name (`## 정리`, `## Summary`, `## Wrap-up`), which sums
    the subject up."""
    if not section.blocks or not _SIGN_OFF_TITLE.match(section.title):
        return False  # most sections, at their title
    return all(block.type in SAID_IN_WORDS for block in section.blocks)


_SCOPE = (
    r"what\s+(?:the\s+)?(?:prof(?:essor)?|TAs?|instructor|lecturer)\s+said\s+(?:will|would)\s+"
    r"be\s+on\s+(?:it|the\s+(?:exam|midterm|final|test))|"
    r"(?:exam|midterm|final|test|quiz)\s+(?:scope|coverage)|(?:시험|출제)\s*범위"
)
"""`What prof said will be on it`, `Exam scope`, `시험 범위`: what the course says an exam
covers."""
_SCOPE_TITLE = lazy(rf"^\W*(?:{_SCOPE})\W*(?:\([^()\n]*\)\W*)?$", re.IGNORECASE)
"""The same, a remark in brackets after it or not (`What prof said will be on it (Feb 12
lecture, last 10 min)`)."""
_EXAM_POINTS_TITLE = lazy(
    r"^\W*(?:(?:시험|기출|출제|중간고사|기말고사|중간|기말)\s*(?:포인트|대비|예상|체크\s*리스트)|"
    r"(?:exam|midterm|final|test|quiz)\s+(?:points|focus|prep|checklist|topics)|"
    r"(?:likely\s+)?on\s+the\s+(?:exam|midterm|final|test)|"
    r"what(?:'s|’s|\s+is|\s+will\s+be)\s+(?:on\s+the\s+(?:exam|midterm|final|test)|tested)|"
    rf"{_SCOPE})\W*(?:\([^()\n]*\)\W*)?$",
    re.IGNORECASE,
)
"""`시험 포인트`, `기말 대비`, `Exam points`, `On the exam`, `What will be tested`, `What prof
said will be on it`, `시험 범위`: a heading over what the writer expects an exam to ask."""
_TRAILING_REMARK = lazy(r"\s*(?:(?:←|<-|⬅)[^\n]*|\([^()\n]*\)|[!*~\s]+)$")
"""`← 무조건 나옴`, `(2×2 표 만들어 보기)`: the writer's remark closing a line."""
_SENTENCE_OR_CASE = (
    r"(?:[다요음함됨임짐죠]|니다)[.!]?$|"  # `… 퍼블릭 서브넷에 둔다`: a Korean sentence
    r"(?:→|->|=>)\s*(?:\*\*|__|`)|"  # `"…" → **NAT Gateway**`: a case and its answer
    r"\b(?:is|are|was|were|isn't|aren't|has|have|can|cannot|can't|must|will|won't|never|"
    r"always|means|gives|returns|takes|runs)\b"
)
_STATES = lazy(r"[:：]\s+\S|" + _SENTENCE_OR_CASE)  # `WAL: 로그 먼저`: a name and what it is
"""What makes a line a statement of the subject, not a topic or a task: a sentence's ending,
a case with its answer in bold, a name and what it is, an English verb that states."""
_STATES_BUT_TOPICS = lazy(_SENTENCE_OR_CASE)
"""The same, but for a name and what it is: in an exam's scope, `four subspaces: bases +
dimensions` names a topic and its parts."""


def lists_exam_points(section: Section) -> bool:
    """`## 시험 포인트` over `- 로그 + 체크포인트 주고 redo/undo 리스트 작성 ← 무조건 나옴`,
    `- WAL 규칙과 그 이유`, `- 격리 수준 표 빈칸 채우기`: under a heading naming what an exam
    will ask, a list of the tasks and topics the writer expects, none answered. What to
    practise, not what to recall: a card of it asks nothing. A list stating facts under that
    heading (`- "고정 IP가 필요하다" → **NLB**`, `- NLB 는 TCP/UDP 를 그대로 넘긴다`) is the
    answers, and stays; so does a section with any other text."""
    if not section.blocks or not _EXAM_POINTS_TITLE.match(plain(section.title)):
        return False  # most sections, at their title
    items = [item for block in section.blocks if block.type in _LISTS for item in block.children]
    if len(items) < 2 or any(block.type not in _LISTS for block in section.blocks):
        return False
    states = _STATES_BUT_TOPICS if _SCOPE_TITLE.match(plain(section.title)) else _STATES
    return all(
        item.line is not None
        and not item.below
        and not states.search(_without_remarks(plain(item.line.content)))
        for item in items
    )


def names_exam_points(title: str) -> bool:
    """`## Exam prep`, `## 시험 포인트`: a heading over what the writer expects an exam to ask.
    A test of another kind (`## Test checklist` over what to try on a web app) is none."""
    if not _AN_EXAM.search(title):
        return False  # most headings; and `Test checklist`, `What will be tested`: no exam
    return bool(_EXAM_POINTS_TITLE.match(plain(title)))


_AN_EXAM = lazy(r"시험|기출|출제|중간|기말|\b(?:exam|midterm|final|quiz)", re.IGNORECASE)
"""A word naming an exam, which `names_exam_points` asks of a title besides
`_EXAM_POINTS_TITLE`: `test` alone names none."""


_EXAM_TASK = lazy(r"^\[[ xX]\]\s|^be\s+(?:ready|able)\s+to\b", re.IGNORECASE)
"""`[ ] Derive Cournot BR from scratch`, `Be ready to do the full welfare table`: a line on
the writer's list of what to practise, ticked or not."""


def _is_exam_task(line: str) -> bool:
    """`_EXAM_TASK`, unless the box names a point and states it after a colon (`[ ] Perfect
    complements: remember there's no tangency, set $ax_1 = bx_2$`): what is so, ticked
    or not, which the card keeps."""
    task = _EXAM_TASK.match(line)
    return task is not None and ": " not in line[task.end() :]


def without_exam_tasks(block: Node) -> Node | None:
    """Under a heading naming what an exam will ask (`names_exam_points`), a list less its
    items that are the writer's tasks, a box to tick (`- [ ] Explain Bertrand paradox in
    words`) or what to be able to do (`- Be ready to do the full welfare table`): what to
    practise, not what is so, and a card of them asks nothing. The items stating the
    subject stay (`- Q: is a dominant-strategy equilibrium always a NE? → yes.`); None when
    every item is a task, the list itself when none is (most)."""
    kept = [
        item
        for item in block.children
        if item.line is None or not _is_exam_task(item.line.content.lstrip())
    ]
    if len(kept) == len(block.children):
        return block
    return with_blocks_under(block, kept) if kept else None


def _without_remarks(line: str) -> str:
    """`B+ 트리 삽입 과정 그리기 (분할 포함) ← 매년 나옴` → `B+ 트리 삽입 과정 그리기`."""
    while (shorter := _TRAILING_REMARK.sub("", line, count=1)) != line:
        line = shorter
    return line


_EXAM_TAKING = lazy(
    r"서술형|객관식|주관식|단답형|답안|부분\s*점수|채점|시험\s*(?:때|장|에서|볼\s*때)|"
    r"\b(?:before|when|while)\s+answering\b|\bshow\s+(?:(?:all\s+)?your\s+|all\s+)?work\b|"
    r"\bpartial\s+credit\b|\b(?:every|each|all)\s+(?:the\s+)?(?:options?|choices?)\b|"
    r"\b(?:on|in|during)\s+the\s+(?:exam|test|midterm|final)\b",
    re.IGNORECASE,
)
"""`서술형`, `답안`, `before answering`, `show your work`, `every option`: the taking of an
exam, its answers and its marks."""
_TIP = lazy(
    r"(?:[기것자라]|하세요|할\s*것)[.!]?$|"
    r"^(?:read|re-?read|show|write|check|answer|skip|start|draw|label|state|leave|spend|"
    r"budget|use|circle|underline|don't|do\s+not|never|always)\b",
    re.IGNORECASE,
)
"""`… 세트로 쓰기`, `Read every option …`: a line telling what to do, not what is so."""
_TIP_LENGTH = 120


@reads("paragraph", "bullet_list", "ordered_list")
def is_exam_tip(block: Node) -> bool:
    """`서술형은 원리 + 대응방안 세트로 쓰기`, `Read every option before answering`, `Show your
    work on the recurrence`: a paragraph or a list each line of which tells how to take an
    exam (write an answer, read its options, earn its marks), not of the subject. A line on
    the subject that names the exam (`Dijkstra fails with negative edges (on the exam too)`)
    tells no step to take, and stays."""
    if block.type == "paragraph":
        lines = block.children[0].content.split("\n") if block.children else []
    else:
        items = block.children
        if not items or items[0].line is None or _EXAM_TAKING.search(items[0].line.content) is None:
            return False  # nearly every list, at its first line (before each item is looked at)
        if any([item.below or item.line is None for item in items]):
            return False
        lines = [item.line.content for item in items]
    if not lines or _EXAM_TAKING.search(lines[0]) is None:
        return False  # nearly every block: its first line names no exam's taking, as written
    return all(map(_tells_how_to_sit, lines))


EXAM_WEIGHT = lazy(
    r"(?:시험|실기|필기|기출|중간|기말)[^.!?\n]{0,30}(?:비중|배점)|(?:비중|배점)[^.!?\n]{0,30}"
    r"(?:시험|실기|필기|기출|출제|점수|문제)|출제\s*(?:비율|빈도)|"
    r"(?:거저|공짜로?)\s*(?:주는|먹는)\s*점수|"
    r"점수\s*(?:제일|가장)?\s*(?:큰|많은)|"
    r"\bworth\s+(?:\d+|most|a\s+lot)\s*(?:%|of\s+the\s+)?\s*(?:marks|points|grade|exam)|"
    r"\d+\s*%\s+of\s+the\s+(?:exam|grade|marks|paper|test|final)\b|\bhigh[- ]yield\b|"
    r"\b(?:exam|test)\s+weight(?:ing)?\b|"
    # `Small weight (5–8%) but very formulaic.`, `Biggest topic by weight.`, `easy marks`
    r"\b(?:small|low|low-ish|big|bigger|biggest|high|heavy|large|largest|tiny)\s+"
    r"(?:topic\s+)?(?:by\s+)?weight(?:ing)?\b|\b(?:easy|free)\s+(?:marks|points)\b|"
    # `Prof said this WILL be on the exam`, `There will be an aldol mechanism on exam 3`,
    # `시험에 무조건 나옴`: that the exam will ask it
    r"\b(?:will|gonna|going\s+to)\s+(?:\w+\s+)?(?:be|come\s+up|show\s+up|appear)\s+"
    r"(?:[^.!?\n]{1,40}\s+)?on\s+(?:the\s+|an?\s+)?(?:exam|final|midterm|test|quiz)s?\b|"
    r"시험에\s*(?:꼭|무조건|반드시|매번|100%)?\s*(?:나옴|나온다|나올|출제)",
    re.IGNORECASE,
)
"""`실기에선 … 비중 작지만`, `배점 큼 (기출 매번)`, `거저 주는 점수`, `worth 20% of the grade`,
`high-yield`, `Small weight (5–8%)`, `easy marks`: how much of the exam a topic is worth.
`비중` beside no word of an exam is as well a specific gravity (`비중이 1보다 작으면 뜬다`)."""
_BOX_FIRST_LINE = lazy(r"^\[![\w-]+\][-+]?[^\n]*\n")
_SENTENCE_STOP = lazy(r"(?<=[.!?])\s+|\n")
_WEIGHING_LENGTH = 300
_WEIGHING_LINES = 3


@reads("blockquote")
def weighs_for_the_exam(block: Node) -> bool:
    """`> [!note] 범위` over `> 실기에선 OS/네트워크 비중 작지만 **계산 문제** 나오면 거저 주는
    점수. …`, `> High-yield: expect one question on it.`: a box or a quote of a few lines of
    prose opening on how much of the exam its topic is worth. The writer weighing what to
    study, not what the topic is; a box that goes on with a list, a table or code, or at
    length, may teach, and stays."""
    if not block.children or any(child.type != "paragraph" for child in block.children):
        return False
    text = "\n".join(child.children[0].content for child in block.children if child.children)
    title = ""
    if text.startswith("[!"):
        box = _BOX_FIRST_LINE.match(text)
        title = box[0] if box else ""
        text = text[len(title) :]  # the box's kind and title
    if not text or len(text) > _WEIGHING_LENGTH or text.count("\n") >= _WEIGHING_LINES:
        return False
    first = _SENTENCE_STOP.split(text, maxsplit=1)[0]
    if EXAM_WEIGHT.search(plain(first)) is not None:
        return True
    # `[!important] Prof said this WILL be on the exam` over what she said of the exam: a
    # box under such a title that goes on to teach (`SN1 goes through a carbocation`) stays
    return EXAM_WEIGHT.search(plain(title)) is not None and _OF_THE_EXAM.search(text) is not None


_OF_THE_EXAM = lazy(r"\b(?:exams?|final|midterm|quiz)\b|시험|기출", re.IGNORECASE)


def _tells_how_to_sit(line: str) -> bool:
    text = plain(line).strip()
    return (
        len(text) <= _TIP_LENGTH
        and _EXAM_TAKING.search(text) is not None
        and _TIP.search(text) is not None
    )
