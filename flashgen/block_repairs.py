"""markdown-it's tokens → the blocks the note's writer meant.

CommonMark reads some ordinary note-writing differently from the way its writer (and the
previews they write in) show it: a bold label over a list, a child list indented too
little, `Q:` written right after a list, a `<details>` block with Markdown inside. Each
repair here rewrites the token stream so a section's blocks are those its writer saw.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from markdown_it.token import Token

from flashgen.markdown_parser import markdown_parser
from flashgen.patterns import lazy
from flashgen.text import EMOJI


def repaired(tokens: list[Token], lines: tuple[str, ...]) -> list[Token]:
    """The tokens of a note, each repair applied in turn (`lines`: the note's text)."""
    tokens = _questions_after_lists(_bold_labels_as_items(_fold_details(tokens, lines)), lines)
    return _under_indented_children(tokens, lines)


_BOLD_LABEL = lazy(r"^(\*\*|__)(?P<label>[^*_\n]{1,50}?)[\s:]*\1\s*:?(?P<marks>[\s\W]*)$")
_MAX_LABEL_WORDS = 6
_ASKED = lazy(r"^Q\s*\d*\s*[.:)]\s*\S")


def _bold_labels_as_items(tokens: list[Token]) -> list[Token]:
    """`**장점**` alone on a line, then a list: the writer's label over its items, read as
    the list item `- 장점` with the list under it, so it is asked like any label bullet."""
    labels = {
        index
        for index, token in enumerate(tokens)
        if token.type == "paragraph_open" and _is_bold_label(tokens, index)
    }
    if not labels:
        return tokens
    result: list[Token] = []
    index = 0
    joined: Token | None = None  # the list opened for the label just before, if any
    while index < len(tokens):
        if index in labels:
            paragraph, list_open = tokens[index : index + 3], tokens[index + 3]
            end = _closing(tokens, index + 3)
            span = [paragraph[0].map[0], list_open.map[1]]
            item = [
                Token("list_item_open", "li", 1, map=span, markup="-", block=True),
                *paragraph,
                *tokens[index + 3 : end + 1],
                Token("list_item_close", "li", -1, markup="-", block=True),
            ]
            if joined is not None and result[-1].type == "bullet_list_close":
                # `**HashTable**` over its points, then `**HashMap**` over theirs: the
                # labels side by side are items of one list, as `- HashTable` would be.
                result[-1:-1] = item
                joined.map = [joined.map[0], span[1]]
            else:
                joined = Token("bullet_list_open", "ul", 1, map=span, markup="-", block=True)
                result.extend(
                    [joined, *item, Token("bullet_list_close", "ul", -1, markup="-", block=True)]
                )
            index = end + 1
            if index not in labels:
                joined = None
            continue
        result.append(tokens[index])
        index += 1
    return result


def _is_bold_label(tokens: list[Token], index: int) -> bool:
    """A paragraph of one bold phrase, with a list right after it at its level."""
    return (
        tokens[index].type == "paragraph_open"
        and index + 3 < len(tokens)
        and bool(tokens[index].map)
        and not (index and tokens[index - 1].type == "list_item_open")  # `- **TCP**` is an item
        and _is_label(tokens[index + 1].content.strip())
        and tokens[index + 3].type in ("bullet_list_open", "ordered_list_open")
        and bool(tokens[index + 3].map)
        and tokens[index + 3].level == tokens[index].level
    )


def _is_label(text: str) -> bool:
    """`**장점**`, `**[ 복구 전략 ]**`; not `**트랜잭션이 커밋되면 소멸한다.**`, a statement.
    A question the writer marks (`**Q. 힙으로 구현하는 이유?**`, `**Q. GET vs POST** 🔥`,
    a mark of their own after it) is the label of the answer listed under it, however long."""
    match = _BOLD_LABEL.match(text)
    if not match:
        return False
    label = match["label"].strip()
    if _ASKED.match(label):
        return EMOJI.sub("", match["marks"]).strip() == ""
    if match["marks"].strip():
        return False  # `**장점** (교재)`: more than a label
    return len(label.split()) <= _MAX_LABEL_WORDS and not label.endswith((".", "다"))


def bold_label(text: str) -> str | None:
    """The label a paragraph of one bold phrase writes (`**장점**` → `장점`), or None."""
    text = text.strip()
    if not text.startswith(("**", "__")) or not _is_label(text):
        return None
    return _BOLD_LABEL.match(text)["label"].strip()


def _closing(tokens: list[Token], opening: int) -> int:
    """The index of the token that closes the one opened at `opening`."""
    depth = 0
    for index in range(opening, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _innermost_open(tokens: list[Token]) -> Token:
    """The last token of `tokens` opened and not closed: the last item's `list_item_open`
    once its closing is taken off, whatever the item holds (a paragraph, a sub-list, code)."""
    depth = 0
    for token in reversed(tokens):
        depth += token.nesting
        if depth == 1:
            return token
    return tokens[0]


_LIST_OPENS = ("bullet_list_open", "ordered_list_open")
_LIST_ENDS = ("bullet_list_close", "ordered_list_close")
_BARE_ITEM = ("list_item_open", "paragraph_open", "inline", "paragraph_close", "list_item_close")


def _list_after_list(tokens: list[Token]) -> bool:
    """Whether a list opens right where another closes. A loop, not `any(…)` over a
    generator: asked of every token of every note."""
    before = ""
    for token in tokens:
        if token.type in _LIST_OPENS and before in _LIST_ENDS:
            return True
        before = token.type
    return False


def _under_indented_children(tokens: list[Token], lines: tuple[str, ...]) -> list[Token]:
    """`1. 스트림 필터링` over ` - filter() : …` indented one space: CommonMark wants three
    under `1. `, so it ends the numbered list there and starts a list of its own, and the
    label loses its children. A list that starts right under a list's last item, indented
    further than that item's marker, is put back under the item; and the next number
    (`2. 스트림 변환`), which CommonMark starts a new list with, joins the list again."""
    if not _list_after_list(tokens):
        return tokens  # most notes: no list starts right where another ends
    result: list[Token] = []
    opened: list[Token] = []  # the list tokens open in `result`, innermost last
    opener: dict[int, Token] = {}  # id() of each list's closing token → its opening
    mended: set[int] = set()  # id() of the lists given back children
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type in _LIST_OPENS and result and result[-1].type in _LIST_ENDS:
            outer = opener.get(id(result[-1]))
            end = 0
            if outer is not None:
                end = (
                    _closing(tokens, index)
                    if _child_of_last_item(result, token, lines)
                    else _steps_of_last_item(
                        outer, tokens, index, lines, id(outer) in mended, _spaced(result, outer)
                    )
                )
            if end:
                item_close, list_close = result[-2], result.pop()
                result.pop()
                item_open = _innermost_open(result)
                result.extend(tokens[index : end + 1])
                result.extend((item_close, list_close))
                last_line = max(t.map[1] for t in tokens[index : end + 1] if t.map)
                if item_open.map:
                    item_open.map = [item_open.map[0], last_line]
                outer.map = [outer.map[0], last_line]
                mended.add(id(outer))
                index = end + 1
                continue
            if (
                outer is not None
                and id(outer) in mended
                and token.type == outer.type
                and token.markup == outer.markup
                and token.map
                and token.map[0] - outer.map[1] <= 1
            ):
                result.pop()  # the numbered list goes on: `2.` after `1.` and its children
                opened.append(outer)
                outer.map = [outer.map[0], token.map[1]]
                index += 1
                continue
        if token.type in _LIST_OPENS:
            opened.append(token)
        elif token.type in _LIST_ENDS and opened:
            opener[id(token)] = opened.pop()
        result.append(token)
        index += 1
    return result


def _child_of_last_item(result: list[Token], child: Token, lines: tuple[str, ...]) -> bool:
    """Whether `child`, a list opening right after the list that `result` ends with, is
    written under that list's last item: the item is one line of text, the list starts on
    the next line (or after one blank line) and further right than the item's marker."""
    item = result[-6:-1]
    if [token.type for token in item] != list(_BARE_ITEM) or not item[0].map or not child.map:
        return False
    start, end = item[0].map
    if not 0 <= child.map[0] - end <= 1 or child.map[0] >= len(lines):
        return False
    return _indent(lines[child.map[0]]) > _indent(lines[start])


def _steps_of_last_item(
    outer: Token,
    tokens: list[Token],
    index: int,
    lines: tuple[str, ...],
    going_on: bool,
    spaced: bool,
) -> int:
    """`- look aside cache`, then `1. …` `2. …` at the left margin, then `- write back`
    and its steps, with no blank line anywhere: CommonMark reads a list of bullets, one of
    numbers, one of bullets…, and the bullets after the steps fall away from the list they
    go on; the writer numbered the steps of the item above them. Numbered steps touching
    a bullet above and bullets going on right after them (or, once so, in a list given
    back its steps: `going_on`); after one blank line too when the writer spaces the
    list's items so (`spaced`) and the steps are a tight run of numbers, and then with
    the paragraphs written between the steps and the bullets going on, which are the
    item's too (numbers spaced apart, with points of their own, may be labels instead).
    Not when the bullets themselves hang under a number (`1. TCP` over `- 연결 지향`, then
    `2. UDP`): those numbers are labels, the bullets their points. The index of the last
    token that goes under the item; 0 if none."""
    steps = tokens[index]
    if outer.type != "bullet_list_open" or steps.type != "ordered_list_open":
        return 0
    if not steps.map or not outer.map or not 0 < outer.map[0] < steps.map[0] <= len(lines):
        return 0
    if not lines[steps.map[0] - 1].strip() or _LIST_LINE.match(lines[outer.map[0] - 1]):
        return 0
    end = _closing(tokens, index)
    if going_on:
        return end
    spaced = spaced and _tight(tokens[index:end])
    last, last_line = end, steps.map[1]
    while last_line > steps.map[0] and not lines[last_line - 1].strip():
        last_line -= 1  # markdown-it's map of a list takes in the blank line after it
    while spaced and _paragraph_after(tokens, last, lines, last_line):
        last, last_line = last + 3, tokens[last + 1].map[1]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if (
        after is not None
        and after.type == "bullet_list_open"
        and after.markup == outer.markup
        and _touching(lines, last_line, after, spaced)
    ):
        return last
    return 0


def _paragraph_after(tokens: list[Token], index: int, lines: tuple[str, ...], end: int) -> bool:
    """Whether a paragraph of the note's own text follows the token at `index`, after at
    most one blank line from line `end`."""
    following = tokens[index + 1 : index + 4]
    return (
        [token.type for token in following] == ["paragraph_open", "inline", "paragraph_close"]
        and following[0].level == 0
        and _touching(lines, end, following[0], spaced=True)
    )


def _touching(lines: tuple[str, ...], end: int, block: Token, spaced: bool) -> bool:
    """Whether `block` starts at line `end`, or (`spaced`) after one blank line."""
    if not block.map or not 0 < block.map[0] <= len(lines):
        return False
    gap = lines[end : block.map[0]]
    return len(gap) <= int(spaced) and not any(line.strip() for line in gap)


def _tight(steps: list[Token]) -> bool:
    """Whether a list's items follow one another with no blank line between them."""
    return all(token.hidden for token in steps if token.type == "paragraph_open")


def _spaced(result: list[Token], outer: Token) -> bool:
    """Whether the list `outer`, the last one closed in `result`, has a blank line between
    each two of its items (markdown-it shows their paragraphs), or is one item only: a
    blank line after numbered steps under its last item is then the list's own spacing."""
    start = max(index for index, token in enumerate(result) if token is outer)
    own = result[start:]
    items = sum(t.type == "list_item_open" and t.level == outer.level + 1 for t in own)
    return items == 1 or any(
        t.type == "paragraph_open" and t.level == outer.level + 2 and not t.hidden for t in own
    )


_LIST_LINE = lazy(r"^ *(?:\d{1,9}[.)]|[-*+])(?:[ \t]|$)")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


_QUESTION_LINE = lazy(r"^Q\s*[:：]\s*\S")
_LIST_CLOSES = ("list_item_close", "bullet_list_close", "ordered_list_close")


def _questions_after_lists(tokens: list[Token], lines: tuple[str, ...]) -> list[Token]:
    """`Q: …` / `A: …` lines written right under a list, with no blank line between: to
    CommonMark a lazy continuation of the last item, but the writer began a card of its own.
    They are taken out of the item into a paragraph after the list, lines kept."""
    if not any(map(_QUESTION_LINE.match, lines)):  # `map`: no generator's frame a line
        return tokens  # most notes write no `Q:` at the start of a line
    result: list[Token] = []
    opened = 0
    for index, token in enumerate(tokens):
        result.append(token)
        if token.level == 0 and token.type in ("bullet_list_open", "ordered_list_open"):
            opened = index
        if token.level == 0 and token.type in ("bullet_list_close", "ordered_list_close"):
            result.extend(_lazy_question(tokens, opened, index, lines))
    return result


def _lazy_question(
    tokens: list[Token], opened: int, end: int, lines: tuple[str, ...]
) -> list[Token]:
    """The paragraph of `Q:` lines cut from the end of the list `opened`…`end`, if any."""
    last = end
    while last > 0 and tokens[last].type in _LIST_CLOSES:
        last -= 1
    inline = tokens[last - 1]
    if tokens[last].type != "paragraph_close" or inline.type != "inline" or not inline.map:
        return []
    start = inline.map[0]
    content = inline.content.split("\n")
    cut = next(
        (
            k
            for k in range(1, len(content))
            if start + k < len(lines) and _QUESTION_LINE.match(lines[start + k])
        ),
        None,
    )
    if cut is None:
        return []
    inline.content = "\n".join(content[:cut])
    inline.children = markdown_parser().parseInline(inline.content)[0].children
    for token in tokens[opened:end]:  # the list and every item around the paragraph
        if token.map:
            token.map = [token.map[0], min(token.map[1], start + cut)]
    question = "\n".join(content[cut:])
    span = [start + cut, start + len(content)]
    paragraph = markdown_parser().parseInline(question)[0]
    paragraph.map, paragraph.level = span, 1
    return [
        Token("paragraph_open", "p", 1, map=span, block=True),
        paragraph,
        Token("paragraph_close", "p", -1, block=True),
    ]


_DETAILS_OPEN = lazy(r"<details\b", re.IGNORECASE)
_DETAILS_CLOSE = lazy(r"</details\s*>", re.IGNORECASE)
_DETAILS_TAG = lazy(r"</?details\b", re.IGNORECASE)


def _fold_details(tokens: list[Token], lines: tuple[str, ...]) -> list[Token]:
    """A `<details>` … `</details>` written over several blocks (a summary, a blank line,
    Markdown, the closing tag) → one `html_block`, so a rule sees the summary beside its
    answer. A heading inside opens sections of its own: such a block is left as it is."""
    if not _DETAILS_TAG.search("\n".join(lines)):
        return tokens  # most notes fold nothing: no need to look at every block
    tokens = [part for token in tokens for part in _split_after_details(token, lines)]
    folded: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        end = _details_end(tokens, index)
        if end is None:
            folded.append(token)
            index += 1
            continue
        start_line, end_line = token.map[0], tokens[end].map[1]
        block = Token("html_block", "", 0, block=True, level=token.level)
        block.map = [start_line, end_line]
        block.content = "\n".join(lines[start_line:end_line]) + "\n"
        folded.append(block)
        index = end + 1
    return folded


def _split_after_details(token: Token, lines: tuple[str, ...]) -> list[Token]:
    """`</details>` then `<details>` on the next line are one HTML block to markdown-it:
    cut it after each closing tag, so each `<details>` starts a block of its own."""
    if token.type != "html_block" or not token.map:
        return [token]
    start, end = token.map
    cuts = [
        number + 1
        for number in range(start, end - 1)
        if _DETAILS_CLOSE.search(lines[number]) and lines[number + 1].strip()
    ]
    if not cuts:
        return [token]
    parts = []
    for part_start, part_end in zip([start, *cuts], [*cuts, end], strict=True):
        part = Token("html_block", "", 0, block=True, level=token.level)
        part.map = [part_start, part_end]
        part.content = "\n".join(lines[part_start:part_end]) + "\n"
        parts.append(part)
    return parts


def _details_end(tokens: list[Token], start: int) -> int | None:
    """The index of the block closing a `<details>` opened at `start` and left open there."""
    first = tokens[start]
    if first.type != "html_block" or not first.map or not _DETAILS_OPEN.match(first.content):
        return None
    depth = len(_DETAILS_OPEN.findall(first.content)) - len(_DETAILS_CLOSE.findall(first.content))
    for index in range(start + 1, len(tokens)):
        token = tokens[index]
        if depth <= 0 or token.type == "heading_open" or token.level < first.level:
            return None
        if token.type == "html_block" and token.level == first.level:
            depth += len(_DETAILS_OPEN.findall(token.content))
            depth -= len(_DETAILS_CLOSE.findall(token.content))
            if depth <= 0:
                return index if token.map else None
    return None


_CONTAINERS = ("blockquote_open", "bullet_list_open", "ordered_list_open", "list_item_open")
_CLOSES = {opening: opening.replace("_open", "_close") for opening in _CONTAINERS}
_QUOTE_MARK = lazy(r"^ {0,3}> ?")
_MAX_FREEINGS = 4  # a heading in a quote in a list item is freed in two steps


def headings_set_free(text: str, tokens: list[Token]) -> tuple[str, list[Token]]:
    """A heading written inside a list item (`### 2.1 List` indented under `- …`) or a
    quote (`> #### 참고`): GitHub draws it inside the item or the box, but its writer
    began a section with it, and a student asks each such section on cards of its own.
    The note's text with each such heading and what follows it in its item or quote moved
    out to the left margin, lines kept where they were, and its tokens (those given when
    no heading is inside)."""
    for _ in range(_MAX_FREEINGS):
        lines = text.split("\n")
        moved = 0  # the lines before it are done: a span starting inside one is inside it
        for start, end, kind, floor in _ending_sections(list(_held_headings(tokens, lines)), lines):
            if start < moved:
                continue
            indent = _indent(lines[start])
            for number in range(start, min(end, len(lines))):
                lines[number] = _out_of(kind, lines[number], indent)
            for heading in _held_in(tokens, start, end):
                lines[heading] = _below(floor, lines[heading])
            moved = end
        if not moved:
            break
        text = "\n".join(lines)
        tokens = markdown_parser().parse(text)
    return text, tokens


def _held_headings(tokens: list[Token], lines: list[str]) -> Iterator[tuple[int, int, str, int]]:
    """Where each heading inside a quote or list item is and what holds it: the lines to
    move out (from the heading to the end of the outermost item, or the whole quote),
    `quote` or `item`, and the level of the heading the quote or list is written under.
    A heading on an item's own line (`- ### Title`) stays."""
    for token in tokens:  # a loop, not `any(…)`: no generator's frame a token
        if token.type == "heading_open" and token.level:
            break
    else:
        return  # most notes: every heading at the top
    held: list[Token] = []
    floor = 0
    for token in tokens:
        if token.type == "heading_open" and not token.level:
            floor = int(token.tag[1:])
        elif token.type in _CONTAINERS:
            held.append(token)
        elif token.nesting == -1 and held and token.type == _CLOSES[held[-1].type]:
            held.pop()
        elif token.type == "heading_open" and held and token.map:
            outer = held[0]
            if outer.type == "blockquote_open" and outer.map:
                if _CALLOUT_START.match(lines[outer.map[0]]):
                    continue  # an Obsidian callout is a box of its own (flavours/boxes.py)
                yield outer.map[0], outer.map[1], "quote", floor
                continue
            item = held[1] if len(held) > 1 else None
            line = lines[token.map[0]]
            if item is not None and item.map and line.lstrip(" ").startswith("#"):
                yield token.map[0], item.map[1], "item", floor


_CALLOUT_START = lazy(r"^ {0,3}> ?\[!")


def _ending_sections(
    spans: list[tuple[int, int, str, int]], lines: list[str]
) -> list[tuple[int, int, str, int]]:
    """The spans that end where their section does: at a heading, at the end of the note,
    or at another such span. Prose after a quote (`> #### 목차` over links, then the
    note's first sentence) is the enclosing section's: such a quote stays a quote."""
    kept: list[tuple[int, int, str, int]] = []
    starts: set[int] = set()
    for span in reversed(spans):
        after = next((n for n in range(span[1], len(lines)) if _says(lines[n])), None)
        if after is None or after in starts or _HEADING_MARK.match(lines[after].lstrip(" ")):
            kept.append(span)
            starts.add(span[0])
    return kept[::-1]


_SPACER = lazy(r"^ {0,3}(?:(?:[-*_][ \t]*){3,}|<br\s*/?>)\s*$", re.IGNORECASE)


def _says(line: str) -> bool:
    """Whether a line says something: not blank, not a rule (`---`) nor a `<br>` alone."""
    return bool(line.strip()) and not _SPACER.match(line)


_HEADING_MARK = lazy(r"^(#{1,6})(?=[ \t]|$)")


def _held_in(tokens: list[Token], start: int, end: int) -> list[int]:
    """The lines of the headings inside a quote or item that lie between `start` and `end`."""
    return [
        token.map[0]
        for token in tokens
        if token.type == "heading_open" and token.level and token.map
        if start <= token.map[0] < end
    ]


def _below(floor: int, line: str) -> str:
    """A freed heading at least one level under the heading its quote or list is written
    under (`> ### 주의` in a `####` section is an aside of that section, not its parent)."""
    match = _HEADING_MARK.match(line)
    if match is None or len(match[1]) > floor:
        return line
    return "#" * min(floor + 1, 6) + line[match.end() :]


def _out_of(kind: str, line: str, indent: int) -> str:
    """A line of a quote without its `>`, or of an item without the heading's indent."""
    if kind == "quote":
        return _QUOTE_MARK.sub("", line, count=1)
    return line[min(indent, _indent(line)) :]
