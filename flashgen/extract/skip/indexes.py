"""Indexes of a collection: lists and tables of links to its notes, reading lists,
to-do lists of notes still to write, trackers of the writer's progress."""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.skip.common import (
    FEW_WORDS,
    LINK,
    LINK_ADDRESSES,
    LIST_MARKER,
    WORD_CHARACTER,
    holds,
    is_note_address,
    names_a_topic,
    plain_words,
    reads,
)
from flashgen.extract.skip.plans import names_only
from flashgen.extract.skip.substance import is_reading_list
from flashgen.model import Section
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import LINK_ADDRESS, LINK_TEXT

_LINKED_TERM = lazy(rf"^\W{{0,3}}\[{LINK_TEXT}\]\({LINK_ADDRESS}\)\W{{0,3}}\s*(?::|-|–|—)\s+\S")
_ABOUT_A_RESOURCE = lazy(
    r"\b(courses?|newsletters?|author(ed)?|books?|edition|playlists?|videos?|youtube(rs?)?|"
    r"blogs?|articles?|guides?|cheatsheets?|resources?|tutorials?|handbooks?|podcasts?|"
    r"founder|co-founder|creator|including|covers|contains|links to)\b|강의|책|블로그|영상|저자",
    re.IGNORECASE,
)


@reads("bullet_list", "ordered_list", links=True)
def is_resource_list(block: Node) -> bool:
    """`- [System Design Primer](…): Most comprehensive resource on …`, `- [Algorithms
    cheatsheets](./cheatsheet.md) - including the must-remembers …`: each line names a page,
    course or book elsewhere and says what it is. A reading list, however well described:
    what it describes is the page, not the subject; the student cannot study it here."""
    if block.type not in ("bullet_list", "ordered_list") or len(block.children) < 2:
        return False
    lines = [item.line.content if item.line is not None else "" for item in block.children]
    if not all(_LINKED_TERM.match(line) for line in lines):
        return False
    return sum(bool(_ABOUT_A_RESOURCE.search(LINK.sub(" ", line))) for line in lines) * 2 >= len(
        lines
    )


@reads("bullet_list", "ordered_list", links=True)
def is_link_list(block: Node) -> bool:
    """A list whose lines each link to another note with at most a few words beside
    (`- [TCP와 UDP](./network/tcp.md) - 민수`), or name a topic, some linked to its note and
    some not yet (`- [Array](…/Array.md)`, `- Linked List`, …), or are titles of posts by
    category (`- [Java] 자바 컴파일 과정`): an index of the collection's notes, read as a
    whole before any rule makes a card of one line. Links out of the
    collection (`- [Trie](https://en.wikipedia.org/wiki/Trie)`) may name what answers the
    heading: their answer is judged whole (`has_substance`)."""
    if block.type not in ("bullet_list", "ordered_list"):
        return False
    if not holds(block, "["):
        return False  # no link nor `[Java]` on any line, at any depth: most lists
    lines = [inline.content for inline in block.inlines()]
    posts = sum(1 for line in lines if _POST_TITLE.match(line) and names_a_topic(line))
    if posts >= 2 and all(names_a_topic(line) for line in lines):
        return True  # `- [Java] 자바 컴파일 과정`, `- [C] 포인터`: titles of posts by category
    if _logs_notes_by_day(lines):
        return True  # `- **2026.03.21** [React Query staleTime](react/…md) — 작성중`
    linked = sum(1 for line in lines if "](" in line and _links_a_note(line))
    if linked < 2:
        return False
    return linked >= 0.7 * len(lines) or (
        linked >= len(lines) / 3
        and all(_links_a_note(line) or names_a_topic(line) for line in lines)
    )


def _logs_notes_by_day(lines: list[str]) -> bool:
    """Whether a list's entries open on a day, each then linking to one of the notes, what
    the writer says of it after (`- **2026.03.05** [HTTP 캐싱](network/http-caching.md) — 배포
    후 옛날 화면 뜨는 원인 찾음`): a log of the notes by the day each was written, its
    remarks on the writing; the notes teach what they name. Four entries in five at least,
    three at least."""
    if len(lines) < 3:
        return False
    undated, allowed = 0, len(lines) // 5
    for line in lines:
        found = _DAY_THEN_LINK.match(line) if line[:12].lstrip(" *_([")[:1].isdigit() else None
        if found is None or not is_note_address(found["address"]):
            undated += 1
            if undated > allowed:
                return False  # most lists, at their first line
    return True


_DAY_THEN_LINK = lazy(
    r"^\W{0,4}(?:(?:19|20)\d\d[-./]\s?)?(?:0?[1-9]|1[0-2])[-./]\s?(?:0?[1-9]|[12]\d|3[01])\.?"
    rf"\W{{0,4}}\[{LINK_TEXT}\]\((?P<address>{LINK_ADDRESS})\)"
)
"""`**2026.03.21** [React Query staleTime vs gcTime](react/react-query-staleTime.md)`,
`2026-01-09 · [클로저](javascript/closure.md)`: an entry opening on a day, then a link."""


_POST_TITLE = lazy(r"^\[(?![ xX]\]|\d+\])[^\[\]]{1,20}\]\s+[^(\s]")
"""`[Java] 자바 컴파일 과정`: a category in brackets, then a title (not `[ ]` nor `[1]`)."""


_GENERIC_LINK_TEXT = lazy(
    r"^\W*(code|codes|notebook|link|links|here|pdf|slides?|source|docs?|video|코드|링크|여기|"
    r"자료|영상|슬라이드|\d+)?\W*\d*\W*$",
    re.IGNORECASE,
)


def _links_a_note(line: str) -> bool:
    """`[TCP와 UDP](./tcp.md) - 민수`: a line naming a note by its link, a few words beside.
    `Linear regression ([code](./lr.ipynb))` names its topic outside the link: a list of
    such lines may well answer its heading."""
    if not any(
        is_note_address(link[2]) and not _GENERIC_LINK_TEXT.match(link[1])
        for link in LINK_ADDRESSES.finditer(line)
    ):
        return False
    beside = LINK.sub(" ", LIST_MARKER.sub("", line)).split()
    return sum(1 for word in beside if WORD_CHARACTER.search(word)) <= FEW_WORDS


_LINKED_TEXT = lazy(rf"(?<!!)\[({LINK_TEXT})\]\((?!#){LINK_ADDRESS}\)")


@reads("table", links=True)
def is_link_table(block: Node) -> bool:
    """A table each of whose rows links to another page, the links holding at least as many
    words as the rest (`| 1주차 | [프로세스](os/process.md) | 민수 |`, `| Chapter 1 |
    [Coding](…) |`): an index of notes or a schedule of who presents what. A table that
    says more than its links (`| Quick sort | O(n log n) | [wiki](…) |`) is kept, and so is
    one whose links name code (`| Java | [`java.util.HashMap`](…) |`)."""
    if block.type != "table":
        return False
    rows = block.rows()[1:]  # the header aside
    if _points_to_pages(rows) or _opens_on_notes(rows):
        return True
    linked_words = other_words = 0
    for row in rows:
        text = " | ".join(inline.content for inline in row.inlines())
        if not WORD_CHARACTER.search(text):
            continue  # an empty row
        links = [link for link in _LINKED_TEXT.findall(text) if "`" not in link]
        if not links:
            return False
        linked_words += sum(len(plain_words(link).split()) for link in links)
        other_words += len(plain_words(_LINKED_TEXT.sub(_code_text, text)).split())
    return linked_words > 0 and linked_words >= other_words


_OWNERS = lazy(r"@[\w.-]+(?:[ \t]*(?:[+,&/]|and)[ \t]*@[\w.-]+)*")
"""`@ml-platform`, `@growth-ds + @ml-platform`: who owns a thing, by their handles alone."""


@reads("table", links=True)
def is_page_directory(block: Node) -> bool:
    """A table giving, row by row, a page of the collection and who owns it (`| Serving |
    [Model serving](deploy/serving.md) | @inference | KServe |`): a team's directory of
    where things live and whom to ask, no facts about the subject. Every row links to one
    of the collection's pages, and one column names owners by their handles alone; a table
    with no such column (`| A03 | Injection | SQLi, SSTI | [sqli](web/sqli.md) |`) is kept."""
    if block.type != "table":
        return False
    rows = [[cell.content.strip() for cell in row.inlines()] for row in block.rows()[1:]]
    if len(rows) < 2:
        return False
    width = min(len(row) for row in rows)
    if not any(
        all(row[column][:1] == "@" and _OWNERS.fullmatch(row[column]) for row in rows)
        for column in range(width)
    ):
        return False  # most tables: no column of handles
    return all(
        any(is_note_address(link[2]) for link in LINK_ADDRESSES.finditer(" | ".join(row)))
        for row in rows
    )


def _points_to_pages(rows: list[Node]) -> bool:
    """Whether every row names an entry and says of it only where it is answered, with a
    count or a mark beside (`| 클로저가 뭔가요? | 5 | [링크](js/closure.md) |`): an index of
    questions or topics pointing to the pages that answer them, whose rows no card can ask
    (`횟수: 5`, `문서: 링크`). A row with a word outside its first cell and its links is read
    as content (`| Quick sort | O(n log n) | [wiki](…) |`)."""
    if len(rows) < 2:
        return False
    for row in rows:
        cells = [inline.content for inline in row.inlines()]
        if len(cells) < 2 or not WORD_CHARACTER.search(cells[0]):
            return False
        rest = " ".join(cells[1:])
        links = [link for link in _LINKED_TEXT.findall(rest) if "`" not in link]
        if not links or _LETTER.search(_LINKED_TEXT.sub(" ", rest)):
            return False
    return True


_NOTE_CELL = lazy(rf"^\W{{0,3}}(?<!!)\[{LINK_TEXT}\]\(\s*({LINK_ADDRESS})\)\W{{0,3}}$")
"""`[OWASP Top 10 (2021)](owasp-top-10.md)`, `**[Docker](containers/docker.md)**`: a cell that
is only a link."""


def _opens_on_notes(rows: list[Node]) -> bool:
    """Whether every row opens on a cell that is only a link to a note of the collection,
    what the rest of the row says being what that note holds (`| [SQL injection](sqli.md) |
    types, parameterized queries, ORMs | ✅ |`, `| [Docker](containers/docker.md) | images,
    layers, debugging |`): the collection's index with its notes' descriptions, which the
    notes themselves teach. A table opening on a page elsewhere (`| [RFC 9110](https://…) |
    HTTP semantics |`) is a reading list's business, not this."""
    if len(rows) < 2:
        return False
    for row in rows:
        first = next(row.inlines(), None)
        linked = _NOTE_CELL.match(first.content.strip()) if first is not None else None
        if linked is None:
            return False
        address = linked[1].strip("<> ").split("#")[0]
        if not is_note_address(address) or not _NOTE_PAGE.search(address):
            return False
    return True


_NOTE_PAGE = lazy(r"(?:\.(?:md|mdx|markdown)|/)$", re.IGNORECASE)
"""A note's address (`sqli.md`, `./docs/intro.mdx`) or a folder of notes (`linux/`)."""


_LETTER = lazy(r"[^\W\d_]")
"""A letter of any script: what a cell holding only counts, dates and marks has none of."""


def _code_text(link: re.Match[str]) -> str:
    return link[1] if "`" in link[1] else " "


_TASK = lazy(r"^\[([ xX])\](?:\s+|$)")
"""`[x] 구현`, `[ ] …`, and a box left empty to fill in (`- [ ] ` closing a list)."""
_TOPIC_TO_WRITE = lazy(
    r"(\]\(|<a\b|\.(md|pdf|ipynb|txt)\b|(정리|작성|공부|추가|업로드|복습|완료|하기|구현)\W*$|"
    r"^\W*(write|add|study|read|finish|review|upload|update|summari[sz]e)\b)",
    re.IGNORECASE,
)


@reads("bullet_list", "ordered_list", links=True)
def is_todo_list(block: Node) -> bool:
    """A task list tracking the writer's work: some items ticked and some not, each a note
    or a topic to write (`- [x] array.md`, `- [ ] 네트워크 정리`), or a run of topics
    (`* [ ] Array`, `* [ ] LinkedList`, `* [ ] B+ Tree`). Progress, not content: a checklist
    written as instructions (`- [ ] 모든 테스트가 통과하는지 확인한다`) stays."""
    if block.type not in ("bullet_list", "ordered_list"):
        return False
    states: list[bool] = []
    to_write = labels = True
    for item in block.children:
        line = item.line
        task = _TASK.match(line.content) if line is not None else None
        if task is None or not all(_is_todo_sublist(child) for child in item.below):
            return False
        states.append(task[1] != " ")
        text = line.content[task.end() :].strip()
        if "?" in text and _ANSWERED_AFTER.search(text):
            return False  # `- [x] Virtual DOM이 항상 빠른가요? → 아니요. …`: a question answered
        to_write = to_write and bool(_TOPIC_TO_WRITE.search(text))
        labels = labels and names_a_topic(text)
    return bool(states) and (
        to_write or len(set(states)) == 2 or (labels and len(states) >= _TOPICS_TO_WRITE)
    )


_TOPICS_TO_WRITE = 3
_ANSWERED_AFTER = lazy(r"[?？]\s*\(?\s*(?:→|->)\s*\S")
"""`… 빠른가요? → 아니요`, `… 이유? (→ 단편화 없이 …)`: a question the task answers on its line,
ticked once the writer can answer it: a question to recall, no progress to track."""


def _is_todo_sublist(block: Node) -> bool:
    """Under a task, more tasks or one-line notes on it (`* Q. main이 static인 이유`)."""
    return block.type in ("bullet_list", "ordered_list") and all(
        item.line is not None and not item.below for item in block.children
    )


_CODE_LINK_TEXT = lazy(
    r"^\W*(?:code|codes|notebook|implementation|코드|구현)\W*\d*\W*$", re.IGNORECASE
)
_PROGRESS_MARK = lazy(r":(?:white_check_mark|heavy_check_mark|ballot_box_with_check):|[✅✔☑]")
_EMPTY_BRACKETS = lazy(r"\(\W*\)")


@reads("bullet_list", "ordered_list", links=True)
def is_notebook_index(block: Node) -> bool:
    """`- Linear regression ([code](./notebooks/linear_regression.ipynb)) :white_check_mark:`:
    a list of topics, each line only a name, most of them beside a link to the writer's
    code for it in the collection (its notebook), some ticked off as done. The writer's
    progress through their own implementations: the code is in the notebooks, the list only
    names what they cover. Without the ticks, topics beside their code may answer a heading
    (`Models to implement`), and stay."""
    if block.type not in ("bullet_list", "ordered_list") or not holds(block, "]("):
        return False  # no link at any depth: most lists
    lines = [inline.content for inline in block.inlines()]
    coded = ticked = 0
    for line in lines:
        links = list(LINK_ADDRESSES.finditer(line))
        if any(_CODE_LINK_TEXT.match(link[1]) and is_note_address(link[2]) for link in links):
            coded += 1
        name, ticks = _PROGRESS_MARK.subn(" ", LINK.sub(" ", line))
        ticked += bool(ticks)
        if not names_a_topic(_EMPTY_BRACKETS.sub(" ", name).strip(" -–")):
            return False
    return coded >= _FEW_TICKS and ticked >= _FEW_TICKS and coded * 2 >= len(lines)


_FEW_TICKS = 2


_BRACKETED_TITLE = lazy(r"^\[(?![ xX]\]|\d+\]|(?:tbd|tba|todo|wip)\b)[^\[\]]+\]$", re.I)


@reads("bullet_list", "ordered_list", links=True)
def is_note_titles(block: Node) -> bool:
    """`- [Not Recently Used Page Replacement Algorithm]`: a list each of whose entries is
    only a title in brackets, a link to another note written without its address (as a
    vault writes one the note never defines). Where the answer is, not the answer; `[ ]`,
    `[x]`, `[1]` and `[TBD]` are not titles."""
    if block.type not in ("bullet_list", "ordered_list"):
        return False
    return all(
        item.line is not None
        and not item.below
        and bool(_BRACKETED_TITLE.match(item.line.content.strip()))
        for item in block.children
    )


@reads("paragraph")
def is_link_lines(block: Node) -> bool:
    """`[ArrayList 테스트 코드](https://…)` / `[Vector 테스트 코드](https://…)`: a paragraph
    whose lines are each a link to a page elsewhere, at most a few words beside. Labels of
    what is to be opened there, which a card cannot; the lines around it still answer."""
    if block.type != "paragraph":
        return False
    content = block.children[0].content
    return "\n" in content.strip() and "](" in content and is_reading_list(content)


_LINK_ALONE = lazy(rf"^\W{{0,3}}(?<!!)\[{LINK_TEXT}\]\((?!#){LINK_ADDRESS}\)\W{{0,3}}$")


def _links_by_group(block: Node) -> int:
    """How many links a list holds when each of its entries is a link alone (`- [Same
    Tree](https://…)`) or a name over more such entries (`- Binary tree` / `  - [Same
    Tree](…)`); 0 when an entry says anything more."""
    if block.type not in ("bullet_list", "ordered_list"):
        return 0
    links = 0
    for item in block.children:
        line = item.line.content.strip() if item.line is not None else ""
        if not item.below:
            if not _LINK_ALONE.match(line):
                return 0
            links += 1
            continue
        if line and not names_a_topic(line):
            return 0
        for child in item.below:
            below = _links_by_group(child)
            if not below:
                return 0
            links += below
    return links


_FEW_LINKS = 2


def is_practice_links(section: Section) -> bool:
    """`## Recommended practice questions` over `_These are recommended questions to practice
    …_` and `- Binary tree` / `  - [Same Tree](https://…)` …: a section of links to problems
    or pages elsewhere, grouped under names, with at most a line in italics saying what
    they are for. Titles of what is to be done there; nothing of it is here to recall. A
    section that explains anything beside such a list keeps its card."""
    links = 0
    for block in section.blocks:
        if block.type == "paragraph":
            if not _ASIDE.match(block.children[0].content):
                return False
        else:
            found = _links_by_group(block)
            if not found:
                return False
            links += found
    return links >= _FEW_LINKS


_ASIDE = lazy(r"^\s*(?:_[^_\n\[]+_|\*[^*\n\[]+\*)\s*$")


_STATUS_MARKS = "✅☑✔🟢🟡🟠🔴🔁❌✖⬜⬛🔲⭕⏳🚧"
_TRACKED_PROBLEM = lazy(
    rf"^\s*[{_STATUS_MARKS}]\ufe0f?\s*(?:\[[^\]\n]+\]\([^)\n]*\)|(?:LC|#)?\s*\d{{1,4}}[.)]?\s+\S)"
)
"""`✅ [496. Next Greater Element I](…) — …`, `⬜ 1944. Number of Visible People …`: a problem
to practise, opening on the mark of how the writer fared on it."""
_FEW_TRACKED = 3


@reads("bullet_list", "ordered_list")
def is_practice_tracker(block: Node) -> bool:
    """A list of problems each opening on the writer's mark of how they fared (`✅`, `🟡`,
    `🔁`, `❌`, `⬜` before `[739. Daily Temperatures](…)`, maybe a remark after it): a log of
    the writer's practice, whose entries name problems to be solved elsewhere, nothing to
    recall here. A list of facts marked right or wrong (`- ✅ use an index`) names no problem,
    and stays."""
    items = block.children
    if len(items) < _FEW_TRACKED:
        return False
    tracked = sum(
        1
        for item in items
        if item.line is not None and _TRACKED_PROBLEM.match(item.line.content) is not None
    )
    return tracked >= len(items) - 1


_FILE_ENTRY = lazy(
    r"^\W{0,2}`?(?P<path>(?:\.{0,2}/)?(?:[\w.@-]+/)+(?:[\w.@-]+)?|[\w.@-]+\.(?:md|mdx|markdown))`?"
    r"[ \t]*(?:[-–—:]|->|→)[ \t]*\S"
)
"""`` `docs/intro.md` – landing page ``, `` `docs/fundamentals/` – scalability, CAP ``: a path in
the collection (a folder, or a note), then what stands there."""
_NOTE_PATH = lazy(r"\.(?:md|mdx|markdown)$", re.IGNORECASE)


@reads("bullet_list", "ordered_list")
def is_file_index(block: Node) -> bool:
    """`` - `docs/intro.md` – landing page `` / `` - `docs/data/` – replication, sharding ``: a
    list each of whose lines names a folder or a note of the collection and what stands
    there, one of them a note (`.md`). A map of the collection's files, not of a subject; a
    project's folders with no note among them (`` `src/main/java/` – sources ``) may be
    what a note on a build tool teaches, and stay."""
    if block.type not in ("bullet_list", "ordered_list") or len(block.children) < _FEW_FILES:
        return False
    notes = 0
    for item in block.children:
        line = item.line.content if item.line is not None else ""
        entry = _FILE_ENTRY.match(line) if "/" in line or "." in line else None
        if entry is None or item.below:
            return False
        path = entry["path"]
        if _NOTE_PATH.search(path):
            notes += 1
        elif not path.endswith("/"):
            return False  # a source file (`src/App.java`): what a project's code holds
    return notes > 0


_FEW_FILES = 3
_NOTE_CELL_NAME = lazy(r"`?(?:[\w.@ -]+/)*[^/`|\n]+\.(?:md|mdx|markdown)`?", re.IGNORECASE)
"""`학개론_01_특성과지대이론.md`, `` `docs/intro.md` ``: a note of the collection by its file."""


@reads("table")
def is_file_table(block: Node) -> bool:
    """`| 파일 | 내용 | 상태 |` over `| 학개론_01_특성과지대이론.md | 자연적/인문적 특성, … | 1회독
    끝 |`: a table whose first column names a note of the collection, by its file, in
    every row, what each holds and how far the writer got beside it. A map of the
    collection's files, as `is_file_index` reads in a list; a row asked by its file asks
    nothing."""
    if block.type != "table":
        return False
    rows = block.rows()[1:]
    if len(rows) < _FEW_FILES:
        return False
    firsts = [next(row.inlines(), None) for row in rows]
    return all(
        cell is not None and _NOTE_CELL_NAME.fullmatch(cell.content.strip()) for cell in firsts
    )


_TODO_REMARK = lazy(
    r"[ \t]*(?:[-–—:,][ \t]*|\([ \t]*)[^\n]*?"
    r"(?:\b(?:TODO|WIP|TBD)\b|(?i:\bskip(?: it| this)? for now\b))[^\n]*$"
)
"""`— lives in my old stats notes, TODO migrate`, `— skip for now?`, `(TODO)`: the writer's
remark on a note still to write or move, closing a line of an index."""


@reads("bullet_list", "ordered_list", to_do=True)
def is_topics_to_do(block: Node) -> bool:
    """`- Linear regression — TODO migrate` / `- Decision Trees 🌳` / `- SVMs — skip for now?`:
    a list of topics only (as a syllabus names them, linked to their notes or not), some of
    them marked with the writer's to-do remark. An index of notes written and still to write,
    not what any of them says; a list whose lines say what their topics are stays."""
    if block.type not in ("bullet_list", "ordered_list"):
        return False
    lines = [inline.content for inline in block.inlines()]
    if not any(
        "TODO" in line or "WIP" in line or "TBD" in line or "for now" in line.lower()
        for line in lines
    ):
        return False  # no remark can be there: most lists, before any line's words are read
    remarks = 0
    for line in lines:
        if "TODO" in line or "WIP" in line or "TBD" in line or "for now" in line.lower():
            line, found = _TODO_REMARK.subn("", line)
            remarks += found
        if not names_only(line):
            return False
    return remarks > 0 and len(lines) >= 2


_STATUS_COLUMN = lazy(
    r"^\W*(?:done|status|solved|read|progress|completed?|상태|완료|진행|진행\s*상황|"
    r"풀이\s*여부|해결|읽음|(?:pass|round)\s*\d+|\d+(?:st|nd|rd|th)\s+pass|\d+\s*회독|"
    r"confidence|how\s+confident|이해도|자신감|숙련도)\W*$",
    re.IGNORECASE,
)
"""`| Problem | Variant | Done |`, `| 제목 | 상태 | 메모 |`, `| Topic | Pass 1 | Pass 2 |`,
`| 단원 | 1회독 | 2회독 |`, `| Page | Weeks | Confidence |`: a column for how far the writer got."""
_STATUS_CELL = lazy(
    r"^\W*(?:done|todo|to do|wip|in progress|not started|started|skipped|finished|pending|"
    r"read|unread|reading|half|partly|x|o|"
    r"읽음|안\s*읽음|읽는\s*중|반|완료|미완료|진행\s*중|시작\s*전|보류|\d+\s*/\s*\d+(?:\s+\w+)?)?"
    r"[\W]*(?:\([^()\n]*\)\W*)?$",
    re.IGNORECASE,
)
"""`✅`, `❌`, `done`, `in progress`, `2/5`, `6/10 stories`, `읽음`, `안 읽음`, `반`: a mark of
progress, nothing to learn (an empty cell, too), maybe with the writer's remark on it in
brackets (`✅ (lo=0으로 해서 ZeroDivision)`)."""


@reads("table")
def is_status_table(block: Node) -> bool:
    """`| Problem | Variant | Done |` over `| Sort Colors | three pointers | ✅ |`, `| 제목 |
    상태 | 메모 |` over `| XGBoost paper | 읽음 | … |`: a tracker of the writer's progress,
    each row a problem solved or a paper read, with a column named for it whose every cell
    is a mark of progress, the only such column. A table comparing with ✅ and ❌ (`| S lock
    | ✅ | ❌ |`, even under `| Mode | Read | Write |`) marks more columns, and stays."""
    if block.type != "table":
        return False
    nodes = block.rows()
    header = [" ".join(inline.content.split()) for inline in nodes[0].inlines()] if nodes else []
    if not any(_STATUS_COLUMN.match(name) for name in header) or len(nodes) < 3:
        return False  # most tables, at their header (before their rows are read)
    rows = [[" ".join(inline.content.split()) for inline in row.inlines()] for row in nodes[1:]]
    if any(len(row) != len(header) for row in rows):
        return False  # cells left off: which is which cannot be told
    marked = [
        i
        for i in range(len(header))
        if all(_STATUS_CELL.match(row[i]) for row in rows)
        and sum(bool(row[i].strip()) for row in rows) >= 2
    ]
    # Columns of marks each named for progress (`Done`; `Pass 1`, `Pass 2`): `| Mode | Read |
    # Write |` over `| S | ✅ | ❌ |` marks one not so named, and compares.
    if marked and all(_STATUS_COLUMN.match(header[i]) for i in marked):
        return True
    return _tracks_topics(header, rows)


def _tracks_topics(header: list[str], rows: list[list[str]]) -> bool:
    """`| 주제 | 개념 정리 | 푼 문제 수 | 체감 난이도 | 상태 |` over `| DP | ✅ | 21 | ⭐⭐⭐⭐⭐ |
    진행중 |`, `| Area | Note | Status |` over `| Web | [XSS](web/xss.md) | solid, DOM section
    needs work |`: each row a topic or note of the writer's, the status column saying in
    words how far they got, and every other cell past the first only a mark, a count or a
    link to the note. Asked by its topic, a row gives the writer's progress, nothing to
    learn. A table saying anything else in its other cells (`| Code | Status | Meaning |`)
    teaches, and stays; so does one of two columns, a name and its status."""
    if len(header) < 3:
        return False
    status = [i for i in range(1, len(header)) if _STATUS_COLUMN.match(header[i])]
    if len(status) != 1 or not any(_LETTER.search(row[status[0]]) for row in rows):
        return False  # none in words: a column of marks, read above
    linked = [any(_is_note_cell(cell) for cell in row) for row in rows]
    return all(
        _notes_column([row[i] for row in rows], linked)
        for i in range(1, len(header))
        if i != status[0]
    )


def _notes_column(cells: list[str], linked: list[bool]) -> bool:
    """Whether a column's cells are only marks, counts or links to the collection's notes,
    or, in the rows linking no note, the names of notes still to write (`| [부관](04_부관.md)
    |` over `| 신고 |`, its status `안씀`), two notes linked at least: the writer's list of
    their notes."""
    notes = named = 0
    for cell, row_links in zip(cells, linked, strict=True):
        if _is_note_cell(cell):
            notes += 1
        elif _LETTER.search(cell):
            if row_links:
                return False  # words beside a row's link to its note: a table that says more
            named += 1
    return not named or notes >= 2


def _is_note_cell(cell: str) -> bool:
    """`[XSS](web/xss.md)`: a cell that is only a link to a note of the collection."""
    linked = _NOTE_CELL.match(cell.strip())
    if linked is None:
        return False
    address = linked[1].strip("<> ").split("#")[0]
    return is_note_address(address) and bool(_NOTE_PAGE.search(address))


_PENDING_TITLE = lazy(
    r"^(?:(?:things|stuff|topics|papers|books|articles|links|stories|ideas)\s+)?"
    r"(?:i\s+)?(?:still\s+)?(?:need\s+)?"
    r"to (?:read|look (?:up|at|into)|revisit|learn|write|follow up)\b"
    r"|\bstill (?:shaky|unsure|fuzzy|unclear|need)\b|\breading (?:list|queue)\b|"
    r"\b(?:read|look at|revisit|for) later\b|^follow[- ]?ups?$|^backlog$|"
    r"(?:나중에|더|다시|추가로|따로|다음에)\s*(?:볼|읽을|정리할|공부할|찾아\s*볼|확인할|해\s*볼|"
    r"알아\s*볼|추가할|그려\s*볼|써\s*볼|채울|고칠|풀|풀어\s*볼)\s*것|"
    # `다음에 풀 것`, `Problems to solve next`: what the writer means to practise next
    r"\bto (?:solve|do|redo|try) (?:next|later)$|"
    r"^읽을\s*것|읽을\s*거리|읽은\s*것|^남은\s*것$|^다\s*읽음$|^읽는\s*중$|"
    # `Radicals to look up still`, `Proofs to revisit later`, `궁금한 것 / TODO`, `TODO`
    r"\bto (?:read|look (?:up|at|into)|revisit|learn|write(?: up)?|follow up|check)"
    r" (?:still|later)$|(?:^|/ ?)to-?dos?$|^to-?dos?\b|"
    # `모르는 것 / 확인할 것`, `이해 못한 것`, `Things I don't get yet`: what the writer does not
    # know yet, each entry a question with no answer
    r"^(?:아직\s*)?(?:모르는|이해\s*못\S*)\s*(?:것|거|부분)|"
    r"(?:^|/ ?)확인\s*(?:할|해\s*볼)\s*(?:것|거)$|"
    # `나중에 확인`, `다시 찾아보기`, `확인 필요`, `Check later`: a reminder to look into it
    r"^(?:나중에|다시|다음에|추가로|따로)\s*(?:확인|정리|찾아\s*보기|알아\s*보기)"
    r"(?:\s*(?:필요|하기|해야\s*함|할\s*것))?$|^확인\s*필요$|"
    r"^(?:to\s+)?(?:check|verify|confirm|double[- ]check)(?:\s+(?:this|it))?\s+later$|"
    r"^(?:things\s+)?i\s+(?:still\s+)?(?:don'?t|do not)\s+(?:yet\s+)?(?:get|understand|know)\b",
    re.IGNORECASE,
)
"""`Still shaky on`, `Stories I still need`, `To read`, `Reading list`, `더 볼 것`, `나중에
정리할 것`, `나중에 확인`, `Check later`, `다음에 풀 것`, `읽은 것 / 읽을 것`, `남은 것`,
`Radicals to look up still`, `… / TODO`, `모르는 것 / 확인할 것`: a heading over the writer's
own list of what is left to read, write, solve or understand."""
_PENDING_ITEM_WORDS = 25


def lists_own_pending(section: Section) -> bool:
    """`## Still shaky on` over `- the second case of the lemma`, `## 더 볼 것` over `- [ ]
    PodDisruptionBudget`, `## 읽은 것 / 읽을 것` over a table of papers: under a heading saying
    so, a list or a table of what the writer has still to read, learn or write up, each entry
    a line. Bookkeeping, not what any of them says; a section with any other text under that
    heading (a paragraph, code), or an entry that goes on, may teach, and stays. After a
    list of tasks (`- [ ] ScaNN은 뭐가 다른지`) a last line of a few words is the writer's
    word on where they stopped (`여기까지 씀. 논문 읽고 이어서`), and goes with it."""
    if not section.blocks or not names_own_pending(section.title):
        return False  # most sections, at their title
    tasks = False
    for at, block in enumerate(section.blocks):
        if block.type == "table":
            continue
        if tasks and at == len(section.blocks) - 1 and _is_closing_word(block):
            continue
        if block.type not in ("bullet_list", "ordered_list"):
            return False
        for item in block.children:
            if item.line is None or not all(_is_todo_sublist(child) for child in item.below):
                return False
            if len(plain_words(item.line.content).split()) > _PENDING_ITEM_WORDS:
                return False
            tasks = tasks or bool(_TASK.match(item.line.content))
    return True


_CLOSING_WORDS = 12


def _is_closing_word(block: Node) -> bool:
    """A paragraph of one short line: `여기까지 씀. 논문 읽고 이어서`."""
    if block.type != "paragraph":
        return False
    content = block.children[0].content.strip()
    return "\n" not in content and len(plain_words(content).split()) <= _CLOSING_WORDS


@lru_cache(maxsize=1024)  # asked of each section: its title decides
def names_own_pending(title: str) -> bool:
    """Whether a heading (or a label) says the writer's own list of what is left follows."""
    return bool(_PENDING_TITLE.search(_title_words(title)))


_TITLE_MARKS = lazy(r"[^\w\s/'-]+")


def _title_words(title: str) -> str:
    return " ".join(_TITLE_MARKS.sub(" ", title.lower()).split())


_OPENS_ON_A_NOTE = lazy(rf"^\[({LINK_TEXT})\]\(\s*({LINK_ADDRESS})\)[ \t]*(?:$|[-–—:→(]|[^\w\s(])")
"""`[Soil MOC](<Soil MOC.md>) — chemistry, texture`: an entry named by a link, then at most
a remark set off from it."""
_NAMES_A_MAP = lazy(r"(?:\bMOC|\bmaps? of contents?)\W*$", re.IGNORECASE)
"""`ML MOC`, `Rivers Map of Content`: a note that only lists other notes (Obsidian's name)."""
_REMARK_WORDS = 8


@reads("bullet_list", "ordered_list", links=True)
def is_map_of_notes(block: Node) -> bool:
    """`- [[Rivers MOC]] — flow, erosion, deltas` / `- [[Soil MOC]] — chemistry, texture`: a
    list whose entries are each named by a link to another map of contents (`… MOC`), a
    short remark beside it on what stands there (at most a third of its entries a short line
    naming a note not linked). Where to read, not what. A list of links to notes that teach
    (`- [[Bayes Filter]] — predict, then correct`) names their subjects, and stays."""
    if block.type not in ("bullet_list", "ordered_list") or len(block.children) < 2:
        return False
    maps = 0
    for item in block.children:
        if item.line is None or item.below:
            return False
        line = item.line.content
        opening = _OPENS_ON_A_NOTE.match(line)
        remark = line[opening.end(2) + 1 :] if opening else line
        if len(plain_words(LINK.sub(" ", remark)).split()) > _REMARK_WORDS:
            return False
        if opening and is_note_address(opening[2]) and _NAMES_A_MAP.search(opening[1]):
            maps += 1
    return maps >= 2 and maps * 3 >= len(block.children) * 2


_MAP_TAG = lazy(r"^(?:moc|maps?[-_ ]?of[-_ ]?contents?)$", re.IGNORECASE)
"""`tags: [moc]`, `#MOC`, `#map-of-content`: the writer's own word that a note is a map."""
_OPENS_ON_A_WIKILINK = lazy(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\*\*|__)?\[\[[^\[\]\n]+\]\]")
"""`- [[Raft]] ← start here`: an entry named by a link to a note, written as Obsidian links
(a note not written yet shows as plain words once read, so the line as written tells)."""
_MAP_ENTRY_WORDS = 15


def is_map_note(title: str, tags: tuple[str, ...]) -> bool:
    """`# Distributed Systems MOC`, or tagged `moc`: a map of contents, the note an Obsidian
    writer keeps to find the others, its lists naming them (`lists_mapped_notes`)."""
    return bool(_NAMES_A_MAP.search(title)) or any(map(_MAP_TAG.match, tags))


def lists_mapped_notes(block: Node, written: tuple[str, ...]) -> bool:
    """In a map of contents (`is_map_note`), a list naming the notes it maps, a third of its
    entries at least opening on a link to one (`- [[Raft]] ← start here`), each entry a
    short line (`- [[Quorums]] — R + W > N and why that's not the whole story`, `- CNNs 🌱`,
    `- dbt — 아직 안 씀`), entries under it alike: where to read, not what. `written` is
    the note's lines as written, where a link to a note not yet written still shows. A
    list of statements or terms with no link (`1. **Idempotent** 하게. …`) stays."""
    if block.type not in ("bullet_list", "ordered_list"):
        return False
    linked = [0, 0]  # entries opening on a link, entries
    if not _maps_entries(block, written, linked):
        return False
    return linked[0] >= 1 and linked[0] * 3 >= linked[1]


def _maps_entries(block: Node, written: tuple[str, ...], linked: list[int]) -> bool:
    for item in block.children:
        if item.line is None or item.map is None or "\n" in item.line.content:
            return False  # opens on a block, or its line goes on: no map's entry
        if len(plain_words(item.line.content).split()) > _MAP_ENTRY_WORDS:
            return False
        if any(child.type not in ("bullet_list", "ordered_list") for child in item.below):
            return False
        linked[1] += 1
        opening = _OPENS_ON_A_NOTE.match(item.line.content)
        if (item.map[0] < len(written) and _OPENS_ON_A_WIKILINK.match(written[item.map[0]])) or (
            opening and is_note_address(opening[2])
        ):
            linked[0] += 1
        if not all(_maps_entries(child, written, linked) for child in item.below):
            return False
    return True
