"""A table too long to recall in one go, by its lines or its facts, asked row by row.

A table whose first column names its rows (`| 종류 | 설명 |` over a register in each row,
`|  | 대칭키 | 공개키 |` over `| 키 개수 | 한개 | 두개 |`) holds one fact a row. A careful
student asks each row on its own card, its cells under their column headers, and recalls
on the heading's card the table whole when it is short enough as its rows, else the rows'
names, each with what the table says first of it while that fits a line (`- Smurf: 출발지를
피해자 IP로 위조`): a bare name says nothing of what the heading asks. A table of data
(`| 학번 | 이름 |` over numbers, a timeline of two transactions) names no rows and stays
whole; a first column only counting the rows off (`| # | Stage | Gate |` over 1 … 6) names
none, the column after it does. A short table among other words of an answer past one go
is asked row by row too, the answer no longer recalled with it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from flashgen.extract.apart import answer_part, joined, last_bullet, other_bullet, says
from flashgen.extract.headings import heading_answer
from flashgen.extract.lead_ins import INNER_END, leads_on
from flashgen.extract.marked_answers import answered_by_label
from flashgen.extract.place import Place, plain
from flashgen.extract.set_headings import names_a_set
from flashgen.extract.sizes import (
    ITEM_START,
    MAX_RECALL_LINES,
    MAX_WHOLE_LINES,
    Block,
    recallable,
    shown_lines,
    texts_recallable,
)
from flashgen.extract.skip import has_substance
from flashgen.extract.subjects import in_context
from flashgen.extract.term_gists import gist_lines
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import CODE_TYPES, LIST_TYPES, Node
from flashgen.text import CODE_SPAN, HANGUL, as_item_text

_MIN_ROWS = 4
"""Fewer rows are read at a glance, however wide."""
_MAX_NAME_WORDS = 8
"""A first cell of more words (`Check if a number is a power of 2`) says, not names."""
_LETTERS = lazy(r"[^\W\d_]{2,}|[가-힣一-鿿]")
"""A word: two letters or more, or one Hangul syllable or Chinese character (`값`, `키`)."""
_ASIDE = lazy(r"\s*\([^()]*\)")
"""`메모리 주소 레지스터(MAR, Memory Address Register)`: the aside is no more of the name."""
_TAG = lazy(r"<[^<>]+>")
_BREAK = lazy(r"\s*<br\s*/?>\s*", re.IGNORECASE)
_ASPECTS = lazy(
    r"^(?:|구분|대상|비교|비교\s*항목|항목|기준|특징|features?|aspects?|dimensions?|criteria|properties)$",
    re.IGNORECASE,
)
"""The first column's header when the rows are what the other columns are compared by."""
_NOT_A_NAME = lazy(r"[=<>→]|\]\(|^\W*$|^\*+$|^step\s*\d", re.IGNORECASE)
"""A formula, a link, a mark or a step's number fills a cell, but names no row."""


@dataclass(frozen=True)
class Row:
    """A row of a table asked on its own: its name and what its other cells say of it."""

    name: str
    answer: str
    node: Node


@dataclass(frozen=True)
class TableParts:
    """A long table cut into its rows, and whether their names stand where the table was on
    the heading's card: not when the rows are only what a comparison's sides are compared
    by (`키 개수`), which answer nothing of the heading."""

    rows: list[Row]
    named: bool
    asked: str = ""
    """The one other column's header when the front must name it (`Heading Name`)."""
    sides: str = ""
    """The sides a comparison's columns name, when the heading does not name them all
    (`MVVM vs TCA` under `TCA란?`): what each row's front asks of."""


def table_rows(table: Node, text: str, heading: str, short_too: bool = False) -> TableParts | None:
    """The rows of a table too long to recall (`text` as written), or of any length when
    `short_too` (table_apart: a short table in an answer past one go), each named by its
    first cell, when every row's first cell names it (words, not a number or a formula; no
    two alike) and says something in another cell; None for any other table."""
    if not short_too and _recalled_at_once(text):
        return None
    nodes = table.rows()
    rows = _named_first([_cells(row) for row in nodes])
    if len(rows) < _MIN_ROWS + 1 or len({len(row) for row in rows}) != 1 or len(rows[0]) < 2:
        return None
    if not any(rows[0]) or any("](#" in cell for row in rows for cell in row):
        return None  # no column named, or a table of contents (`Step 2 | [Metrics](#…)`)
    header, *body = rows
    names = [_BREAK.sub(" ", row[0]) for row in body]
    if not all(_names_a_row(name) for name in names) or len(set(names)) < len(names):
        return None
    if any(plain(name).casefold() == plain(heading).casefold() for name in names):
        return None  # `Company size` a row of `## Company size`: the rows are no parts of it
    if not all(any(cell for cell in row[1:]) for row in body):
        return None
    columns = [plain(cell) for cell in header[1:]]
    # two sides or more compared (`| 구분 | RDB | NoSQL |`); `| 구분 | 설명 |` names kinds
    compared = len(columns) > 1 and (
        _ASPECTS.match(plain(header[0])) or _compares(columns, heading)
    )
    rows = [
        Row(name, _told(header, row), node)
        for row, name, node in zip(body, names, nodes[1:], strict=True)
    ]
    if not all(has_substance(row.answer) for row in rows):
        return None  # `| Heap | [notes](heap.md) |`: a row that only points elsewhere
    asked = _asked_column(header, heading) if _values([row[-1] for row in body]) else ""
    sides = _sides_compared(columns, heading) if compared else ""
    return TableParts(rows, named=not compared, asked=asked, sides=sides)


_MAX_SIDES = 4
_MAX_SIDES_CHARS = 50
"""The most sides, and characters of them joined, a row's front names: more is no front."""


def _sides_compared(columns: list[str], heading: str) -> str:
    """`MVVM vs TCA`, `Polling / Long Polling / SSE / WebSocket`: the sides a comparison's
    columns name, which each row's front asks of when the heading leaves some unnamed: under
    `### Q. TCA란?`, `| | MVVM | TCA |` over `| 외부 의존성 | 없음 | 라이브러리 의존 |` asked
    `TCA란? › 외부 의존성` answers of MVVM too, and under `## 비교 표` names no side at all.
    Empty when the heading names every side (`TCP와 UDP의 비교`), maybe by a short name
    (`CJS vs ESM` over `| | CommonJS | ES Modules |`), or there are too many to name on a
    front."""
    if _compares(columns, heading):
        return ""  # nearly every comparison: its heading names its sides
    if len(_VERSUS.findall(heading)) == len(columns) - 1:
        return ""  # `Security Groups vs NACLs`: as many sides, named as the writer calls them
    names = [_ASIDE.sub("", column).strip(" *") for column in columns]
    if not all(names) or len(names) > _MAX_SIDES:
        return ""
    joined = " vs ".join(names) if len(names) == 2 else ", ".join(names)
    return joined if len(joined) <= _MAX_SIDES_CHARS else ""


_VERSUS = lazy(r"\svs\.?\s|\sVS\s", re.IGNORECASE)
"""` vs `: a heading setting one side against the next."""


_SAYS_NOTHING = lazy(
    r"^(?:설명|내용|의미|뜻|정의|비고|참고|요약|개요|특징|값|descriptions?|explanations?|"
    r"details?|notes?|comments?|remarks?|meanings?|definitions?|summary|contents?|info|"
    r"information|overview|values?)$",
    re.IGNORECASE,
)
"""A column's header that asks nothing the row's name does not (`| 용어 | 설명 |`)."""


_MAX_VALUE_WORDS = 5
"""A cell of more words describes its row (`Throughout the interview, …`), which answers
what the row is without the column's name."""


def _values(cells: list[str]) -> bool:
    """Whether most of a column's cells are short values (`"Work Experience"`, `443`), not
    sentences describing their rows."""
    short = sum(len(plain(_BREAK.sub(" ", cell)).split()) <= _MAX_VALUE_WORDS for cell in cells)
    return short * 2 > len(cells)


def _asked_column(header: list[str], heading: str) -> str:
    """The header of a table's one other column when the row's name alone does not say
    what its cell answers (`| Section | Heading Name |`: the heading name to use for the
    row); none for a header that only describes (`설명`, `Description`) or that the
    heading already says (`| Protocol | Port |` under `## Port numbers`)."""
    if len(header) != 2:
        return ""  # more columns: each cell stands under its header on the back
    column = _ASIDE.sub("", plain(_TAG.sub(" ", header[1]))).strip(" *:")
    words = column.casefold().split()
    if not words or not _LETTERS.search(column):
        return ""
    if _SAYS_NOTHING.match(column) or _SAYS_NOTHING.match(words[-1]):
        return ""
    said = plain(heading).casefold()
    if column.casefold() in said or any(w.startswith(words[-1]) for w in said.split()):
        return ""
    return column


_SIDES = lazy(
    r"^(?:장점|단점|이점|한계|pros|cons|advantages?|disadvantages?|benefits?|drawbacks?|"
    r"strengths?|weaknesses|upsides?|downsides?)$",
    re.IGNORECASE,
)
"""A column of a table setting a subject's good points against its bad ones."""


def table_sides(table: Node, text: str) -> list[Row] | None:
    """The columns of a table (Markdown, or HTML as written: `<table>` … `<th>장점</th>`)
    whose every header names a side of what it weighs (`| 장점 | 단점 |`, `| Pros | Cons
    |`), each with the points its cells list, row after row, when the table is too long to
    recall as the card shows it (a cell's points wrap within its column, so a row's one
    line says little of its length): a side is recalled on its own, as the note's columns
    say, and a row pairs nothing across them. None for any other table."""
    if table.type == "table":
        rows = [_cells(row) for row in table.rows()]
    elif "<th" in text:
        rows = _html_rows(text)
    else:
        return None
    if len(rows) < 2 or len({len(row) for row in rows}) != 1 or len(rows[0]) < 2:
        return None
    header, *body = rows
    names = [plain(_BREAK.sub(" ", cell)).strip() for cell in header]
    if not all(_SIDES.match(name) for name in names) or len(set(names)) < len(names):
        return None
    sides = []
    for column, name in enumerate(names):
        points = [point for row in body if row[column] for point in _points(row[column])]
        said = "\n".join(f"- {point}" for point in points) if len(points) > 1 else "".join(points)
        if not has_substance(said):
            return None
        sides.append(Row(name, said, table))
    shown = sum(max(_cell_lines(cell, len(names)) for cell in row) for row in body)
    return sides if shown > MAX_RECALL_LINES else None


_HTML_ROW = lazy(r"<tr\b[^>]*>(.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = lazy(r"<t[hd]\b[^>]*>(.*?)</t[hd]\s*>", re.IGNORECASE | re.DOTALL)
_HTML_ITEM = lazy(r"<li\b[^>]*>(.*?)</li\s*>", re.IGNORECASE | re.DOTALL)
_HTML_LIST = lazy(r"</?[uo]l\b[^>]*>", re.IGNORECASE)


def _html_rows(text: str) -> list[list[str]]:
    """An HTML table's rows, each cell as a Markdown table's would be (its list's items
    `- a<br>- b`, a break within an item a space); none for a table within a table or a
    cell spanning others, which no row-by-row reading keeps."""
    if text.lower().count("<table") != 1 or "span=" in text.lower():
        return []
    rows = []
    for row in _HTML_ROW.findall(text):
        cells = []
        for cell in _HTML_CELL.findall(row):
            items = _HTML_ITEM.findall(cell)
            if items:
                if _HTML_LIST.sub("", _HTML_ITEM.sub("", cell)).strip():
                    return []  # words beside the list, which its points would drop
                said = ["- " + " ".join(_BREAK.sub(" ", item).split()) for item in items]
                cells.append("<br>".join(said))
            else:
                cells.append(" ".join(cell.split()))
        rows.append(cells)
    return rows


def _cell_lines(cell: str, columns: int) -> int:
    """The lines a cell's points take in its column, a `columns`-th of the card's width."""
    points = [plain(_TAG.sub("", point)) for point in _points(cell) if point]
    return sum(shown_lines([point * columns]) for point in points)


def _cells(row: Node) -> list[str]:
    return [" ".join(inline.content.split()) for inline in row.inlines()]


_ORDINAL = lazy(r"\d{1,2}")


def _named_first(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows (its header first) with the column naming them first. A first column
    that only counts the rows off (`_counts`) names none of them: the next column does
    (`Offline eval`, `전송`), and the count follows it under its header, a fact of the row
    (`계층: 4`), or is left out under a header of no words (`#`), where it is only the row's
    place, which the heading's card shows by their order. Any other table's rows, as they
    are."""
    if _counts(rows) is None:
        return rows
    if _LETTERS.search(plain(rows[0][0])):
        return [[row[1], row[0], *row[2:]] for row in rows]
    return [row[1:] for row in rows]


def _counts(rows: list[list[str]]) -> list[int] | None:
    """The numbers of a first column counting a table's rows off one by one, up from 0 or 1
    or down to it (`| # | Stage | Gate |` over 1 … 6, `| 계층 | 이름 | PDU |` over 7 … 1),
    beside a column naming each and one telling them apart in words; None for any other
    table (`| 1001 | 김철수 |`, `| 9 | SIGKILL |`: numbers naming rows, or records)."""
    if len(rows[0]) < _MIN_COUNTED_COLUMNS or not _ORDINAL.fullmatch(plain(rows[-1][0])):
        return None  # a quick look first: most tables end on no count
    counts = [plain(row[0]) for row in rows[1:]]
    if len(counts) < _MIN_ROWS or len({len(row) for row in rows}) != 1:
        return None
    if not all(_ORDINAL.fullmatch(count) for count in counts):
        return None
    numbers = [int(count) for count in counts]
    step = 1 if numbers[-1] >= numbers[0] else -1
    if numbers != list(range(numbers[0], numbers[-1] + step, step)) or min(numbers) > 1:
        return None
    if not any(
        _told_in_words([row[column] for row in rows[1:]]) for column in range(2, len(rows[0]))
    ):
        return None  # `| 1 | 01 소프트웨어 설계 | ★★★ | 1회독 |`: entries of a register
    return numbers


def _told_in_words(cells: list[str]) -> bool:
    """Whether a column tells its rows apart in words (`required tags present`, `CSRF 토큰
    검증`), not marks or a few values repeated (`★★★`, `1회독`)."""
    filled = [cell for cell in cells if cell]
    return _tells_apart(filled) and all(_LETTERS.search(plain(cell)) for cell in filled)


_MIN_COUNTED_COLUMNS = 3
"""A count, a name and what the row says of it: a count beside names alone is a list."""


def _without_rule(text: str) -> str:
    """The table's lines without its `|---|---|` line, which the card shows as none."""
    return "\n".join(line for line in text.splitlines() if not set(line) <= set("|:- \t"))


def _names_a_row(cell: str) -> bool:
    """Whether a first cell names its row: words, not a number, a formula, a link or a
    mark. What it writes as code is a name as written (`max-age=N`, `ss -tlnp`, `@property`):
    a directive, a command or a decorator, no formula of the note's own."""
    written = _TAG.sub(" ", cell)  # `Set k<sup>th</sup> bit`, `GPL<br>v2.0`
    words = plain(written)
    return (
        bool(_LETTERS.search(words))
        and not _NOT_A_NAME.search(CODE_SPAN.sub("code", written) if "`" in written else written)
        and len(_ASIDE.sub("", words).split()) <= _MAX_NAME_WORDS
    )


def _compares(columns: list[str], heading: str) -> bool:
    """Whether the columns are the sides the heading compares (`| 프로토콜 | TCP | UDP |`
    under `TCP와 UDP의 비교`): the rows are then only what the sides are compared by."""
    said = heading.casefold()
    return all(
        _ASIDE.sub("", column).strip().casefold() in said and column.strip() for column in columns
    )


def _told(header: list[str], row: list[str]) -> str:
    """What a row says of its name: the one other cell alone, or each cell under its column's
    header (`- **대칭키**: 한개`), empty cells left out."""
    if len(row) == 2:
        points = _points(row[1])
        if len(points) == 1:
            return points[0]
        return "\n".join(f"- {as_item_text(point)}" for point in points)
    lines = []
    for column, cell in zip(header[1:], row[1:], strict=True):
        if cell:
            points = _points(cell)
            name = f"**{plain(column)}**:" if plain(column) else ""
            if len(points) > 1:
                lines += [f"- {name}".rstrip(), *(f"  - {as_item_text(point)}" for point in points)]
            else:
                lines.append(f"- {name} {points[0]}" if name else f"- {as_item_text(points[0])}")
    return "\n".join(lines)


def _points(cell: str) -> list[str]:
    """A cell's points when it lists them a line each (`- Android<br>- Hadoop`), which the
    card shows as a list, its bullets dropped; else the cell as written, one point."""
    points = [point.strip() for point in _BREAK.split(cell) if point.strip()]
    if not points or not all(point[:2] in ("- ", "* ") for point in points):
        return [cell]
    return [point[2:].strip() for point in points]


def table_apart(
    own: list[Block], place: Place, asked: frozenset[int]
) -> tuple[list[Block], list[Card]]:
    """An overlong answer with one table too long to recall whose first column names its
    rows: each row is asked as that row of what the heading asks (`Array › Time complexity
    › Access`), and the heading's card keeps the rest with the rows' names where the table
    was, each with its gist when the table tells it (`_rows_told`). When the rows are what
    a comparison's sides are compared by, nothing stands there, nor the line just above
    that leads into the table (`다음은 … 비교한 것이다.`): it would promise what the card no
    longer shows; and a card left with only a list of terms each
    asked on a card of its own (`asked`: their lines), which name them there, answers
    nothing of the comparison: the heading gives no card of its own. A table the heading's
    card can show whole stays there instead (table_kept), its rows asked all the same."""
    tables = [index for index, (node, text) in enumerate(own) if _is_table(node, text)]
    if len(tables) != 1:
        return own, []
    at = tables[0]
    node, text = own[at]
    if _shows_code_output(own, at):
        return own, []
    heading = heading_answer("", place)
    parts = table_rows(node, text, heading.question) if node.type == "table" else None
    if (
        parts is None
        and node.type == "table"
        and at
        and _said_past_recall(own)
        and not _figures_only(text)
    ):
        parts = table_rows(node, text, heading.question, short_too=True)
        if parts is not None and table_kept(own, at, not parts.named, asked) is not None:
            parts = None  # a short table the heading's card shows whole stays whole
    by_rows = parts is not None
    if parts is None and (sides := table_sides(node, text)) is not None:
        parts = TableParts(sides, named=False)  # `장점`, `단점`: the heading's card names no side
    if parts is None:
        return own, []
    asked_of, context = heading.question, heading.context
    if parts.sides:  # `MVVM vs TCA › 외부 의존성`, under the heading that tables them
        asked_of, context = parts.sides, (*heading.context, heading.question)
    questions = [_question(asked_of, row.name, parts.asked) for row in parts.rows]
    cards = [
        in_context(answer_part(question, row.answer, row.node, place), context)
        for question, row in zip(questions, parts.rows, strict=True)
    ]
    shown = table_kept(own, at, not parts.named, asked) if by_rows else None
    if shown is not None:  # the rows keep their cards; the heading's, its table
        own, notes = shown
        if notes:
            front = _notes_front(heading.question)
            cards.append(
                in_context(answer_part(front, joined(notes), notes[0][0], place), heading.context)
            )
        return own, cards
    marker = other_bullet(own[at - 1][1]) if at else "-"  # not more items of a list above
    if marker == "-" and _opens_on_dash(own[at + 1 :]) and not _after_list(own, at):
        marker = "*"  # nor the first items of the list below (`- ※ ARP는 …` under the layers)
    marks = [marker] * len(parts.rows)
    if node.type == "table" and not _after_list(own, at):
        counts = _counts([_cells(row) for row in node.rows()])
        if counts and counts[0] == 1:  # `1. Register`, `2. Offline eval`: the order kept
            marks = [f"{count}." for count in counts]
    told = _rows_told(node, marks) if parts.named and node.type == "table" else None
    if (
        not parts.named
        or (told is None and _values_unasked(node, heading.question, place))
        or (node.type == "table" and "$" in text and _equations(node) and not _named_set(own, at))
    ):
        before = _without_table_lead_in(own[at - 1]) if at else None
        kept = [*own[: at - 1], *([before] if before else []), *own[at + 1 :]] if at else own[1:]
        said = [(n, t) for n, t in kept if says(n) and not _all_asked(n, asked)]
        if not has_substance(joined(said)):
            return [], cards
        if not at and by_rows:  # only notes under the comparison: asked as its notes
            front = _notes_front(heading.question)
            cards.append(
                in_context(answer_part(front, joined(kept), kept[0][0], place), heading.context)
            )
            return [], cards
        return kept, cards
    names = told or [f"{mark} {row.name}" for mark, row in zip(marks, parts.rows, strict=True)]
    if told is None and len(names) > MAX_WHOLE_LINES and len(own) == 1:
        return [], cards  # `- itinerary`, `- inventory`, … twelve words: nothing to recall
    rows = [(node, "\n".join(names))]
    return [*own[:at], *rows, *own[at + 1 :]], cards


_OUTPUT_LEAD = lazy(r"^\W*(?:results?|output|returns?|gives|결과|출력)\b[^.\n]{0,40}:?\s*$", re.I)
"""`Result:`, `Output (Postgres 16):`, `결과:`: a line naming what follows as the code's output."""


def _shows_code_output(own: list[Block], at: int) -> bool:
    """Whether the table is what the code above it gives (`select rep, region, rank() over w
    as rnk …` over `| rep | region | rnk |`, a row a sample person): right under the code, or
    under a line naming it its output (`Result:`), its columns named as the code names them.
    What the query gives is read with it; its rows are no facts to ask one by one. A table
    comparing what the code showed (`| | B-Tree | B+Tree |` under an example) stays apart."""
    before = [node for node, _ in own[max(0, at - 2) : at]]
    if before and before[-1].type in CODE_TYPES:
        code = before[-1]
    elif (
        len(before) == 2
        and before[0].type in CODE_TYPES
        and before[1].type == "paragraph"
        and _OUTPUT_LEAD.match(before[1].children[0].content) is not None
    ):
        code = before[0]
    else:
        return False
    header = own[at][0].rows()[:1] if own[at][0].type == "table" else []
    if not header:
        return False
    columns = [plain(inline.content).strip().lower() for inline in header[0].inlines()]
    named = set(_IDENTIFIER.findall(code.content.lower()))
    return len(columns) >= 2 and 2 * sum(column in named for column in columns) > len(columns)


_IDENTIFIER = lazy(r"[^\W\d]\w*")


def _opens_on_dash(after: list[Block]) -> bool:
    """Whether the blocks after a table open on a list bulleted `-`, which a list of the
    rows' names bulleted alike would run into."""
    return bool(after) and after[0][0].type in LIST_TYPES and after[0][1].startswith("- ")


def _after_list(own: list[Block], at: int) -> bool:
    return at > 0 and own[at - 1][0].type in LIST_TYPES


def _values_unasked(table: Node, heading: str, place: Place) -> bool:
    """Whether a table's rows are told by values repeated down its columns (`| 이름 | Best |
    Avg | Worst |` over six sorts, `yes` and `no` under `Real-time order?`) under a heading
    that asks those values (`알고리즘의 시간 복잡도`, `The big comparison table`), not which
    the rows are: the rows' names alone answer nothing of it, and each row's card asks its
    values. A heading naming what the first column holds (`| 모드 |` under `블록 암호 운용
    모드`, `| Class |` under `Storage classes`) or a set (`Purchasing options`) is answered
    by the names."""
    rows = _named_first([_cells(row) for row in table.rows()])
    if _tells_apart([row[1] for row in rows[1:]]):
        return False  # a column telling its rows apart, too long to stand beside their names
    said = plain(heading).casefold()
    named = [word[: max(2, len(word) - 1)] for word in _WORD.findall(plain(rows[0][0]).casefold())]
    if any(len(word) >= 2 and word in said for word in named):
        return False
    return not names_a_set(place.path)


_WORD = lazy(r"[^\W_]+")


def _tells_apart(cells: list[str]) -> bool:
    """Whether a column's cells differ from row to row as what each row is does: three in
    four at least, none said of more than two rows. `yes`, `no`, `O(n²)`, `set up with a
    handshake` repeated down a column sort the rows by a value, not tell them."""
    said = Counter(plain(cell).casefold() for cell in cells)
    return len(said) >= _MIN_TOLD_APART * len(cells) and max(said.values()) <= _MAX_ALIKE


_MIN_TOLD_APART = 0.75
_MAX_ALIKE = 2


def _rows_told(table: Node, marks: list[str]) -> list[str] | None:
    """The lines naming a long table's rows on the heading's card, each with the gist of
    what its first column after the names, or else a column saying what each is (`의미`,
    `Meaning`), says of it (`- Teardrop: IP 단편의 Offset을 겹치게
    조작` from `| 공격 | 원리 | 대응 |`, `- Valproate: Na⁺ block, ↑ GABA` from `| Drug | MOA
    | Use | SE |`): a row's bare name (`IA`, `Land Attack`) says nothing of what the heading
    asks. None when that column does not tell the rows apart in words (`yes`, `no`, `O(n²)`
    down the column, `1998`, `≥3`), lists points or links, when a row's line would wrap
    (the card would grow by it) or the rows are more than one go: the rows are then named
    alone, each told on its own card. A row whose cell is empty (`| other | | adenosine |`)
    is named alone, one at most."""
    rows = [_cells(row) for row in table.rows()]
    if _counts(rows) is not None:
        rows = [row[1:] for row in rows]  # the count is the order the lines keep
    if _peer_columns(rows[0][1:]):
        return None  # `| 시기 | 1910년대 | 1920년대 |`: the first period is no gist of a row
    header, rows = rows[0], rows[1:]
    if len(rows) > MAX_RECALL_LINES:
        return None
    told = next(
        (
            column
            for column in range(1, len(header))
            if (column == 1 or _SAYS_WHAT.match(plain(header[column])))
            and _column_tells(rows, column)
        ),
        None,
    )
    if told is None:
        return None
    cells = [row[told] if told < len(row) else "" for row in rows]
    names = [_BREAK.sub(" ", row[0]) for row in rows]
    terms = [(name, cell) if cell else None for name, cell in zip(names, cells, strict=True)]
    lines = gist_lines(marks, terms)
    if any(
        term is not None and (line is None or shown_lines([line]) > 1)
        for line, term in zip(lines, terms, strict=True)
    ):
        return None
    return [line or f"{mark} {name}" for line, mark, name in zip(lines, marks, names, strict=True)]


_SAYS_WHAT = lazy(
    r"^(?:의미|설명|뜻|정의|하는\s*일|역할|용도|원리|기능|description|meaning|definition|"
    r"purpose|role|what it does|use[ds]?(?: for)?)$",
    re.IGNORECASE,
)
"""`| 설정 | 값 | 의미 |`, `| Flag | Default | Meaning |`: a column past the first saying what
each row is or does, its gist when the first column only gives a value."""


def _column_tells(rows: list[list[str]], column: int) -> bool:
    """Whether a column of a table's rows (its header aside) tells them apart in words, each
    row's cell at most a line: `모든 ISR 복제 후 응답` beside `중복 없는 전송` does; `all`, `2`,
    `true` down a `값` column, `yes` and `no`, links or points broken over lines do not."""
    cells = [row[column] if column < len(row) else "" for row in rows]
    filled = [cell for cell in cells if cell]
    return (
        len(filled) >= len(cells) - 1
        and _tells_apart(filled)
        and all(
            _LETTERS.search(plain(cell)) and "](" not in cell and "<br" not in cell.lower()
            for cell in filled
        )
    )


def _peer_columns(columns: list[str]) -> bool:
    """Whether the columns after the first are peers of one kind, the sides a table sets
    side by side with its rows the facets they are told by: periods (`| 시기 | 1910년대 |
    1920년대 | 1930년대 ~ 1945 |`), versions (`| | Java 8 | Java 11 |`), or kinds named
    alike (`| operation | nil channel | closed channel | open channel |`). A row's first
    value then says what one side is, no gist of the row. Each header holds a number and
    reads as the others do without it, or all open or all close on one word that none is
    alone. Columns each saying something else of the rows (`| 공격 | 원리 | 대응 |`) are no
    peers."""
    names = [plain(_TAG.sub(" ", column)).casefold().split() for column in columns]
    if len(names) < 2 or not all(names):
        return False
    if all(_DIGIT.search(" ".join(words)) for words in names):
        return len({_DIGITS.sub("", " ".join(words)).strip(" ~-–.,") for words in names}) == 1
    return any(
        len({words[at] for words in names}) == 1 and all(len(words) > 1 for words in names)
        for at in (0, -1)
    )


_DIGIT = lazy(r"\d")
_DIGITS = lazy(r"[\d\s~–.,-]+")


def _recalled_at_once(table: str) -> bool:
    """Whether a table is recalled in one go, by its lines and its facts."""
    return texts_recallable([_without_rule(table)]) and not _too_many_facts(table)


def _said_past_recall(own: list[Block]) -> bool:
    """Whether what an answer says, its code and pictures aside, is past one go (`Kernel
    trick`: what it is, the prediction's formula, `| Kernel | Formula | Notes |` over four
    kernels and Mercer's condition): a short table after the answer's opening words, whose
    rows each name a thing, then has its rows asked apart as a long one has, the answer's
    words no longer recalled with it; the heading's card keeps the rows' names where the
    table was. An answer long only by its code (`| 필요 | 선택 |` over six maps, then an LRU
    class) keeps its table, and so does one opening on its table, the notes after it on
    its rows."""
    said = [
        (node, _without_rule(text) if node.type == "table" else text)  # the rule shows nothing
        for node, text in own
        if says(node) and not _PICTURE.match(text)
    ]
    return len(said) > 1 and not recallable(said)


_FIGURE = lazy(r"^[~≈<>≤≥]?\s*[\d][\d.,]*\s*(?:%|x|×|[kKMGT]?B?|ms|s|k|M)?$")
"""`100,256`, `0.78`, `32k`, `12 ms`, `3×`: a measured figure, not a word saying something."""


def _figures_only(table: str) -> bool:
    """Whether every cell past a table's first column is a figure (`| cl100k_base | 100,256 |
    0.78 |` over five tokenizers): the rows compare measurements, read against each other, and
    a row asked alone tells a number with nothing to compare it to. Such a short table stays
    whole on its heading's card."""
    cells = _value_cells(table)
    return bool(cells) and all(_FIGURE.match(plain(cell)) for cell in cells)


_PICTURE = lazy(r"^\s*(?:!\[|<img)[^\n]*\s*$")
"""A block that is only a picture (`![](…)`), which the card shows, nothing to recall."""


def table_kept(
    own: list[Block], at: int, compared: bool, asked: frozenset[int]
) -> tuple[list[Block], list[Block]] | None:
    """What the heading's card keeps when it can show its table (`own[at]`), and the notes
    under a comparison asked on their own; None when the table is too long to show. The
    rows' names alone would leave the card a list of names where the note says what each
    is for (`| `useState` | 상태 | setter 는 비동기적으로 배치 처리됨 |` cut to `useState`):
    the table stays whole when it fits, or else each row's name with its values, the
    remarks after them left to the rows' cards (`_without_remarks`). A comparison's sides
    compared row by row (`| | Security Group | Network ACL |`) are what its heading asks,
    and the notes under it (`- Blocking a specific IP -> NACL`, `Exam tip: …`) that would
    make the card too long go to a card of their own (`… › Notes`) rather than stand there
    alone; terms under it each asked on their own card (`asked`: their lines) are none."""
    if shown_with_table(own, at):
        return own, []
    if not compared:
        values = _without_remarks(own[at])
        if values is None or not shown_with_table([*own[:at], values, *own[at + 1 :]], at):
            return None
        return [*own[:at], values, *own[at + 1 :]], []
    if not shown_with_table(own[: at + 1], at):
        return None
    notes = [(node, text) for node, text in own[at + 1 :] if not _all_asked(node, asked)]
    said = [(node, text) for node, text in notes if says(node)]
    return own[: at + 1], (notes if has_substance(joined(said)) else [])


def notes_apart(
    own: list[Block], place: Place, asked: frozenset[int]
) -> tuple[list[Block], list[Card]]:
    """An answer of one table shown whole and notes after it (`| 설정 | 값 | 의미 |` over
    five settings, then `min.insync.replicas = RF로 두면 …`), together past one go by the
    table's facts and the notes' lines: the heading's card keeps what leads to the table
    and the table, which answer it, and the notes are asked on a card of their own (`… ›
    참고`, `… › Notes`), as the notes under a compared table are (`table_kept`). A table
    the heading's card cannot show whole is for `table_apart`; notes of code alone, or
    terms each asked on their own card (`asked`), are no notes to ask. The table opens the
    answer, or a line leads into it; rows of data (`| 1001 | 운영체제 | A |`) are read with
    the words on them."""
    tables = [index for index, (node, _) in enumerate(own) if node.type == "table"]
    if len(tables) != 1 or tables[0] == len(own) - 1 or tables[0] > 1:
        return own, []
    at = tables[0]
    if at and (own[0][0].type != "paragraph" or shown_lines([own[0][1]]) > 1):
        return own, []  # the table is part of an answer opening on more than a line into it
    rows = [_cells(row) for row in own[at][0].rows()][1:]
    if not all(row and _names_a_row(row[0]) for row in rows):
        return own, []  # `| 1001 | 운영체제 | A |`: data, read with what is said of it
    notes = [(node, text) for node, text in own[at + 1 :] if not _all_asked(node, asked)]
    said = [text for node, text in notes if says(node)]
    if not said or not has_substance("\n\n".join(said)):
        return own, []
    facts = len(_value_cells(own[at][1])) / 2 + shown_lines(said)
    if facts <= MAX_RECALL_LINES or not shown_with_table(own[: at + 1], at):
        return own, []
    heading = heading_answer("", place)
    front = _notes_front(heading.question)
    card = in_context(answer_part(front, joined(notes), notes[0][0], place), heading.context)
    return own[: at + 1], [card]


def shown_with_table(own: list[Block], at: int) -> bool:
    """Whether the heading's card can show its table (`own[at]`) whole beside the rest of
    its answer: at most `MAX_WHOLE_LINES` lines as the card shows them, a little over one
    go, as a list is kept whole rather than cut to its names (apart.names_alone_left). A
    table counts as its rows, each as many lines as its longest cell wraps or breaks into
    (`<br>`); its header only names the columns, nothing more to recall."""
    rows = _without_rule(own[at][1]).splitlines()[1:]
    lines = sum(max(shown_lines([row]), 1 + len(_BREAK.findall(row))) for row in rows)
    rest = [text for index, (_, text) in enumerate(own) if index != at]
    if own[at][0].type == "table" and _too_many_facts(own[at][1]):
        return False  # 28 facts in seven lines: the rows' cards ask them
    return lines + shown_lines(rest) <= MAX_WHOLE_LINES


MAX_TABLE_FACTS = 2 * MAX_RECALL_LINES
"""Cells a table may say, its first column and header aside, and be recalled in one go: a
row of two short values (`| 로딩 | 동기 | 비동기 |`) reads as one line of the card."""


def _too_many_facts(text: str) -> bool:
    r"""Whether a table (Markdown, as the card shows it) says more than is recalled in one
    go, however few lines it takes: five distributions each with its PMF, support, mean and
    variance (20 facts), seven aspects of four kinds of storage (28), six formulas of a
    formula sheet (`| flux | $\Phi_B = BA\cos\phi$ |`, 18). Each filled cell past the
    first column and the header is one, a formula `FORMULA_FACTS`."""
    cells = _value_cells(text)
    formulas = sum(_FORMULA.search(cell) is not None for cell in cells) if "$" in text else 0
    return len(cells) + (FORMULA_FACTS - 1) * formulas > MAX_TABLE_FACTS


FORMULA_FACTS = 3
r"""A formula is recalled sign by sign, what it relates and how (`$E = \dfrac{\sigma}{2
\varepsilon_0}$`: the field, the charge's density, the factor): three facts of a table's."""
_FORMULA = lazy(r"\$[^$]*=[^$]*\$")
r"""A cell's equation (`$V = Ed$`, `$C = \dfrac{2\pi\varepsilon_0L}{\ln(b/a)}$`), not a
value (`$10^{-3}$`, `$\propto 1/V^2$`), a lone symbol (`$H$`) or a price (`$120k`)."""


def _named_set(own: list[Block], at: int) -> bool:
    """Whether a line leads into the table (`all 4 Maxwell's equations:`): the rows' names
    are then a set the writer names, which the heading's card recalls. A heading alone
    (`Capacitors (Ch 24)`, `Electrostatics`) says what the formulas are of, not that their
    names are worth knowing."""
    return at > 0 and _leads_into_table(plain(own[at - 1][1].splitlines()[-1]))


def _equations(table: Node) -> bool:
    r"""Whether each row of a table names an equation (`| Faraday | $\varepsilon = -N\,d
    \Phi_B/dt$ |`): a formula sheet, whose rows' names alone recall none of them."""
    rows = [_cells(row) for row in table.rows()][1:]
    return all(any(_FORMULA.search(cell) for cell in row[1:]) for row in rows)


def _value_cells(table: str) -> list[str]:
    """A Markdown table's filled cells past its first column and its header: what its rows
    say of what they name."""
    rows = _without_rule(table).splitlines()[1:]
    return [
        cell.strip()
        for row in rows
        for cell in _CELL_BREAK.split(row.strip().strip("|"))[1:]
        if cell.strip()
    ]


_CELL_BREAK = lazy(r"(?<!\\)\|")


def tells_too_many_facts(own: list[Block]) -> bool:
    """Whether an answer short enough to recall by its lines holds a table saying more
    than one go (`| Sort | Best | Average | Worst | Stable |` over five sorts: 20 costs in
    seven lines), which is asked row by row all the same."""
    for node, text in own:  # noqa: SIM110 (the loop is the point: no generator's frame a block)
        if node.type == "table" and _too_many_facts(text):
            return True
    return False


def _without_remarks(table: Block) -> Block | None:
    """The table without its last column when that alone remarks on the rows at length
    and every other cell is a short value, at most five words (`| Operation | Big-O | Note
    |` over `| Insert | O(n) | Insertion would require shifting … |`: `| Operation | Big-O
    |`): the values answer the heading. None for any other table, whose values alone would
    say only part of what it tells (`| Method | What it asks for | Safe |` as safe or not)."""
    node, _ = table
    rows = [_cells(row) for row in node.rows()]
    if len(rows[0]) < _MIN_REMARKED_COLUMNS or _short([row[-1] for row in rows[1:]]):
        return None
    values = [row[:-1] for row in rows]
    if not all(_short([row[column] for row in values[1:]]) for column in range(1, len(values[0]))):
        return None
    if any("|" in cell for row in values for cell in row):
        return None  # `a \| b`: no cell to write back as it was
    lines = [f"| {' | '.join(row)} |" for row in values]
    lines.insert(1, "|" + " --- |" * len(values[0]))
    return node, "\n".join(lines)


_MIN_REMARKED_COLUMNS = 3
"""A row's name, a value and a remark on it: fewer leave no value to show."""


def _short(cells: list[str]) -> bool:
    """Whether every cell of a column is a short value, at most five words."""
    return all(len(plain(_BREAK.sub(" ", cell)).split()) <= _MAX_VALUE_WORDS for cell in cells)


def _notes_front(heading: str) -> str:
    """The front of what a note says under a comparison it tables (`Security Groups vs
    NACLs › Notes`, `HDD vs SSD › 참고`), in the heading's language."""
    return f"{heading} › {'참고' if HANGUL.search(heading) else 'Notes'}"


def _question(heading: str, name: str, asked: str) -> str:
    """A row's front: that row of the heading, and the column its cell answers when the
    name alone does not say it (`… › Professional summary: Heading Name`)."""
    if asked and not name.rstrip().endswith(("?", ":", "？")):
        return f"{heading} › {name}: {asked}"
    return f"{heading} › {name}"


def _is_table(node: Node, text: str) -> bool:
    """A table, in Markdown or in HTML (`<table>` … as written)."""
    return node.type == "table" or (
        node.type == "html_block" and text.lstrip()[:6].lower() == "<table"
    )


_TABLE_LEAD = lazy(
    r"^(?:다음|아래)(?:은|는|의|\s*표)|표로 (?:정리|비교)|\b(?:following|below)\b.*\btable\b"
    r"|\btable (?:below|above)\b|^(?:here|below) (?:is|are)\b",
    re.IGNORECASE,
)
"""`다음은 … 비교한 것이다.`, `아래 표는 …`, `The following table compares …`: a line that
points to the table after it."""


def _without_table_lead_in(block: Block) -> Block | None:
    """The block just above a table without its line leading into the table (a paragraph of
    that line alone: none; a list whose last item is that line: the list without it)."""
    node, text = block
    if node.type == "paragraph":
        line = plain(text).strip()
        leads = "\n" not in line and not INNER_END.search(line)
        return None if leads and _leads_into_table(line) else block
    line = last_bullet(node)
    if line is None or not _leads_into_table(plain(line)):
        return block
    lines = text.rstrip().splitlines()
    last = max(i for i, said in enumerate(lines) if ITEM_START.match(said))
    return (node, "\n".join(lines[:last]).rstrip()) if last else None


def _leads_into_table(line: str) -> bool:
    """Whether a line (plain text) leads into what comes next or points to a table."""
    return leads_on(line) or _TABLE_LEAD.search(line) is not None


def _all_asked(node: Node, asked: frozenset[int]) -> bool:
    """Whether a block is a list whose every item another rule asks on a card of its own."""
    return node.type in LIST_TYPES and all(
        item.map is not None and item.map[0] + 1 in asked for item in node.children
    )


_SAMPLE_WORD = r"(?:\d+(?:[.,]\d+)*|[^\s.:;,()\[\]`*<>=|]+)"
_SAMPLE_CELL = lazy(rf"{_SAMPLE_WORD}(?: {_SAMPLE_WORD}){{0,2}}")
"""A value of sample data: at most three words (`김운영`, `100만원`, `4.0`, `3,000`,
`C/C#`), no sentence, formula, code, link or mark."""
_ROW_ID = lazy(r"\d+")
_MIN_SAMPLE_ROWS = 3


def only_sample_rows(answer: str) -> bool:
    """`#### 과목, 동아리` over only the rows of a table of sample data (students by number,
    `| 101 | 운영체제 |`; a value repeated down its key column, `| 김기술 | 알고리즘 |`): the
    rows of a worked example, nothing to recall on a card of their own. A table whose rows
    are named facts (`| Access | O(1) |`, `| 200 | OK | 서버가 요청을 … |`) is no sample."""
    if not answer.startswith("|"):
        return False  # a quick look first: most backs are no table
    lines = answer.strip().splitlines()
    if len(lines) < 2 + _MIN_SAMPLE_ROWS or not set(lines[1].strip()) <= set("|:- \t"):
        return False
    rows = []
    for line in (lines[0], *lines[2:]):
        line = line.strip()
        if not line.startswith("|"):
            return False
        rows.append([" ".join(cell.split()) for cell in line.strip("|").split("|")])
    if len(rows[0]) < 2 or any(not _SAMPLE_CELL.fullmatch(cell) for row in rows for cell in row):
        return False
    keys = [row[0] for row in rows[1:]]
    return len(set(keys)) < len(keys) or all(_ROW_ID.fullmatch(key) for key in keys)


_ASKING_CELL = lazy(r"[?？]\s*(?:/[^/|]*[?？]\s*)*$")
"""`columns independent? / one-to-one?`: a first cell that asks, in one wording or two."""
_MIN_ASKING_ROWS = 2


def question_rows(table: Node) -> list[Row] | None:
    """A table whose rows are questions and their answers (`| 질문 | 보는 것 |` over `| Ax =
    b consistent? | … |`): at least half the rows (two or more) ask in their first cell, and
    every row says something in another. Each row, named by its first cell; None for any
    other table, however its rows read."""
    if table.type != "table":
        return None
    nodes = table.rows()
    rows = [_cells(row) for row in nodes]
    if len(rows) < _MIN_ASKING_ROWS + 1 or len({len(row) for row in rows}) != 1:
        return None
    header, *body = rows
    if len(header) < 2:
        return None
    asking = sum(bool(_ASKING_CELL.search(plain(row[0]))) for row in body)
    if asking < _MIN_ASKING_ROWS or asking * 2 < len(body):
        return None
    if not all(row[0] and any(row[1:]) for row in body) or len({row[0] for row in body}) < len(
        body
    ):
        return None
    asked = [
        Row(row[0], _told(header, row), node) for row, node in zip(body, nodes[1:], strict=True)
    ]
    return asked if all(has_substance(row.answer) for row in asked) else None


_ANSWER_COLUMN = lazy(r"^\W*(?:answers?|solutions?|정답|답|해답)\W*$", re.IGNORECASE)
"""`| # | pH | CO2 | HCO3 | Answer |`, `| 문제 | 정답 |`: the column of a table of problems
that gives each one's answer."""
_COUNT_HEADER = lazy(r"^\W*(?:#|no\.?|num(?:ber)?|번호|순번)?\W*$", re.IGNORECASE)
"""`#`, `No.`, `번호`, or nothing: a column that only counts the rows off."""


def answered_rows_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """A table of problems whose last column gives each one's answer (`| # | pH | CO2 |
    HCO3 | Answer |` over `| 1 | 7.30 | 52 | 24 | uncompensated resp acidosis |`): each row
    is a problem the writer set themselves, asked on a card of its own with its givens on
    the front (`pH 7.30, CO2 52, HCO3 24`), under the heading, and its answer on the back.
    The heading's card keeps the rest. A column only counting the rows off is left out;
    a row with no answer, or givens of no words, leaves the table as it is. The cards are
    `answered_by_label`'s, whose problems are marked with their answers too."""
    tables = [index for index, (node, _) in enumerate(own) if node.type == "table"]
    if len(tables) != 1:
        return own, []  # nearly every answer: no table, or several
    node = own[tables[0]][0]
    rows = [_cells(row) for row in node.rows()]
    header, body = rows[0], rows[1:]
    if len(body) < 2 or len(header) < 2 or not _ANSWER_COLUMN.match(plain(header[-1])):
        return own, []
    counted = bool(_COUNT_HEADER.match(plain(header[0]))) and len(header) > 2
    heading = heading_answer("", place)
    context = (*heading.context, heading.question)
    # `pH 7.30, CO2 52`: each value by its column; one column's value says it alone
    named = len(header) - 1 - counted > 1
    cards = []
    for row in body:
        if len(row) != len(header) or not row[-1].strip():
            return own, []
        pairs = zip(header[:-1], row[:-1], strict=True)
        given = [
            (name, value)
            for column, (name, value) in enumerate(pairs)
            if value.strip() and not (counted and column == 0)
        ]
        givens = [f"{name} {value}" if named and name.strip() else value for name, value in given]
        if not givens or not any(char.isalpha() for char in "".join(givens)):
            return own, []
        card = place.card(", ".join(givens), row[-1], node, answered_by_label)
        cards.append(in_context(card, context))
    return [block for block in own if block[0] is not node], cards
