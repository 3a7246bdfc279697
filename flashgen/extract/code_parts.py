"""Long code on a card of its own, named by the line over it or by its language.

Code too long to read with the answer it illustrates leaves the heading's card when a line
names it (`반복 구조를 이용한 구현`) or it is written once in each of several languages; code
no line names stays with its answer, which would lose what the code shows. Several long
pieces under words that answer without them leave the card: no one of them is the example.
"""

from __future__ import annotations

import re
from dataclasses import replace
from textwrap import dedent

from flashgen.extract.apart import answer_part, joined
from flashgen.extract.headings import heading_answer
from flashgen.extract.labels import ASIDE_END, label_of
from flashgen.extract.place import Place, plain
from flashgen.extract.sections import is_aspect
from flashgen.extract.sizes import (
    ITEM_START,
    MAX_ANSWER_LINES,
    Block,
    at_most,
    recallable,
    shown_lines,
)
from flashgen.extract.skip import (
    has_substance,
    without_closing_narration,
    without_trailing_pointers,
)
from flashgen.extract.subjects import in_context, of_subject
from flashgen.flavours.pages import names_tabs
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import CODE_TITLE, HANGUL

_MIN_CODE_LINES = 6
"""Shorter code stays in the answer it illustrates."""


def code_apart(
    blocks: list[Block], place: Place, context: tuple[str, ...]
) -> tuple[list[Block], list[Card]]:
    """Long code blocks of a card too long to recall, each on a card of its own when the
    line just above it names it (`반복 구조를 이용한 구현`): that name is the question. Code
    no line names stays with the answer it illustrates; asked as a bare `Code` it would ask
    nothing, and the answer would lose what the code shows. Code that is all the answer
    says stays too: it is the answer."""
    if context == place.path and (titled := _titled_code_apart(blocks, place)) is not None:
        return titled
    if at_most(blocks, MAX_ANSWER_LINES):
        return blocks, []
    languages = _languages_apart(blocks, place, context)
    if languages is not None:
        return languages
    taken: dict[int, str] = {}  # index of the code and of its caption → the code's name
    for index, (node, _) in enumerate(blocks):
        if not index or not is_long_code(node) or index - 1 in taken:
            continue
        name = _caption(blocks[index - 1][0])
        if name is not None:
            taken[index - 1] = taken[index] = name
    rest = [block for index, block in enumerate(blocks) if index not in taken]
    code = [
        index for index, (node, _) in enumerate(blocks) if index in taken and is_long_code(node)
    ]
    if not code:
        return _example_apart(blocks, place, context)
    if not has_substance(joined(rest)):
        return blocks, []
    cards = [
        in_context(answer_part(taken[index], blocks[index][1], blocks[index][0], place), context)
        for index in code
    ]
    return rest, cards


def _titled_code_apart(blocks: list[Block], place: Place) -> tuple[list[Block], list[Card]] | None:
    """Code the writer titled (`` ```bash title="desired capacity 수동 변경" ``) after the
    words of an answer too long to recall in one go: the title says what the code is, so
    each such piece is asked by it under the heading (`스케일링 정책 › desired capacity 수동
    변경`), with a line leading into it (`예:`), and the heading's card keeps the words. None
    when no titled code follows the answer's first block (code opening the answer is
    what the words after it tell of), when words after the code read it (`위 코드를 보면`),
    or when what is left says nothing of its own. Not under a heading asking for code
    (`live binding 예시`, `… 구현해보기`), nor code titled by its file's name (`chain.js`)
    or right after other code (`counter.mjs`, then `main.mjs`): the files of one example."""
    if len(blocks) < 2 or not any(
        node.type == "fence" and "title=" in text for node, text in blocks[1:]
    ):
        return None  # most answers, at a glance
    if recallable(blocks) or any(
        _ASKS_FOR_CODE.search(plain(title)) or _POINTS_AT_CODE.search(title)
        for title in place.path[-2:]
    ):
        return None  # `live binding 예시`, `… 구현해보기`: the code is what is asked
    titled = {
        index: title
        for index, (node, text) in enumerate(blocks)
        if index and node.type == "fence" and (title := _fence_title(text)) is not None
    }
    if not titled or any(
        _FILE_NAME.fullmatch(ASIDE_END.sub("", title))
        or blocks[index - 1][0].type in _UNSAID
        or (index + 1 < len(blocks) and _reads_above(blocks[index + 1]))
        for index, title in titled.items()
    ):
        return None  # `chain.js`: a file's name says not what its code shows
    leads = {
        index - 1 for index in titled if index - 1 not in titled and _leads_into(blocks[index - 1])
    }
    rest = [
        block for index, block in enumerate(blocks) if index not in titled and index not in leads
    ]
    if not has_substance(joined([block for block in rest if block[0].type not in _UNSAID])):
        return None
    heading = heading_answer("", place)
    cards = []
    for index, title in titled.items():
        own = [blocks[index - 1], blocks[index]] if index - 1 in leads else [blocks[index]]
        card = answer_part(f"{heading.question} › {title}", joined(own), own[0][0], place)
        cards.append(in_context(card, heading.context))
    return rest, cards


_UNSAID = ("fence", "code_block", "html_block")
_FILE_NAME = lazy(r"[\w./-]+\.\w{1,5}")
"""`chain.js`, `deploy.yaml`: a file's name as a code block's title."""


_LANGUAGE_NAMES = {
    "java": "Java", "python": "Python", "python3": "Python", "py": "Python",
    "javascript": "JavaScript", "js": "JavaScript", "typescript": "TypeScript", "ts": "TypeScript",
    "c": "C", "cpp": "C++", "c++": "C++", "c#": "C#", "csharp": "C#", "kotlin": "Kotlin",
    "go": "Go", "swift": "Swift", "rust": "Rust", "ruby": "Ruby", "scala": "Scala", "php": "PHP",
}  # fmt: skip
"""The languages a fence names that a program is written in (not `bash`, `sql`, `json`)."""
_FENCE_INFO = lazy(r"\s*(?:`{3,}|~{3,})\s*([^\s`{]*)")
_SPOKEN_NAMES = {
    "Java": "자바(?!스)", "Python": "파이썬", "JavaScript": "자바스크립트",
    "TypeScript": "타입스크립트", "Kotlin": "코틀린", "Swift": "스위프트", "Rust": "러스트",
}  # fmt: skip
"""A language's name as Korean notes write it (`파이썬`에서는 …)."""


def _languages_apart(
    blocks: list[Block], place: Place, context: tuple[str, ...]
) -> tuple[list[Block], list[Card]] | None:
    """Long code written once in each of several languages (a `java` fence and a `python`
    one), each asked as that language's way (`이분 탐색 › Java`) with the line leading into it
    when that names the language (`Java 코드입니다.`): a student learns one of them, and
    all on one card are too long to recall. None unless each long code names another
    language and the answer says something besides."""
    languages = {
        index: _LANGUAGE_NAMES.get(_FENCE_INFO.match(text)[1].lower())
        for index, (node, text) in enumerate(blocks)
        if node.type == "fence" and is_long_code(node)
    }
    names = list(languages.values())
    if len(names) < 2 or None in names or len(set(names)) < len(names):
        return None
    taken: dict[int, str] = {}
    for index, name in languages.items():
        taken[index] = name
        if index and index - 1 not in languages and _leads_into_code(blocks[index - 1], name):
            taken[index - 1] = name
    rest = [block for index, block in enumerate(blocks) if index not in taken]
    if not has_substance(joined(rest)):
        return None
    cards = []
    for name in names:
        own = [index for index in sorted(taken) if taken[index] == name]
        text = joined([blocks[index] for index in own])
        card = answer_part(name, text, blocks[own[0]][0], place)
        cards.append(of_subject(in_context(card, context)))
    return rest, cards


_MIN_EXAMPLE_LINES = 10
"""Code of fewer lines stays on the card of the words it illustrates."""
_MIN_WORD_LINES = 3
"""Words of fewer lines than this, as the card shows them (a long sentence wrapping into
several), do not answer a heading without its code."""
_ASKS_FOR_CODE = lazy(
    r"코드|구현|소스|예시|예제|사용\s*예|테스트|작성|실습|템플릿|"
    r"\b(code|implement\w*|examples?|usage|samples?|versions?|(?<!\bt-)tests?|demo|templates?)\b|\.\w{1,5}$",
    re.IGNORECASE,
)
"""`구현`, `소스코드`, `예시`, `Java Version`, `join-form.jsp`: a title asking for code (not a
statistician's `t-test`)."""
_NOT_CODE_FENCES = lazy(r"\s*(?:`{3,}|~{3,})\s*(markdown|md|text|txt|plain(text)?)\b", re.I)
_LEAD_INTO = lazy(r"(:|👇|(다음|아래)(과|와) 같(다|습니다|이)\.?|^\W*\*\*[^*]+\*\*\W*)$")
_POINTS_AT_CODE = lazy(
    r"(위|아래|다음|밑)(의|에|에서|와|과)?\s*(코드|예시|예제|소스|클래스|메[서소]드|함수|main|"
    r"결과|출력|방식|방법|같|예(?=[를와에처\s]))|(이|해당|그)\s*코드|코드를\s*(보면|살펴)|"
    r"이렇게|(다음|아래)처럼|\b(like|as)\s+(this|follows)\b|\bthis\s+(sample|template)\b|"
    r"\b(above|below|following|this|previous)\s+(code|example|snippet|function|class)|"
    r"\b(code|example|snippet)\s+(above|below)|\bas\s+(shown\s+)?(above|below)\b|"
    r"(코드|예시|예제)(에서)?(와|과)\s*같|(코드|예시|예제)(에서)?처럼",
    re.IGNORECASE,
)
"""`아래의 코드는 …`, `위와 같이`, `다음과 같이 적용할 수 있다`, `예제에서와 같은`, `the code
above`: words that read the code with them, and say nothing without it."""
_STRINGS_AND_COMMENTS = lazy(r"\"[^\"]*\"|'[^']*'|(//|#|--|/?\*).*$")


def _example_apart(
    blocks: list[Block], place: Place, context: tuple[str, ...]
) -> tuple[list[Block], list[Card]]:
    """One long piece of code (`_MIN_EXAMPLE_LINES` lines or more) that no line names, in
    an answer whose words alone answer the heading (`### UserDetailsService`: what it is,
    its three-line interface, then a class implementing it): the code is asked as the
    heading's example code (`UserDetailsService › 예시 코드`, `… › Example code`), with
    the line leading into it (`구현하면 다음과 같다:`, `- **put() 구현**`, a list's last item
    `- 반복문으로는 다음과 같이 만들 수 있다.`), under the steps of a `### 과정` too. Not when
    the heading asks for code (`구현`, `예시`, `Java Version`, `Main.java`) or points at it
    (`아래 예를 통해 …`), when other code of six lines or more stays, nor when the words
    are too few to answer without it or read the code (`위 코드를 보면`, `아래와 같이`,
    `goes like this`, a class `A` the code defines): the code is then part of the answer."""
    if any(
        _ASKS_FOR_CODE.search(plain(title))
        or (is_aspect(title) and not _ASKS_FOR_WORDS.match(plain(title)))
        or _POINTS_AT_CODE.search(title)
        for title in context[-2:]
    ):
        return blocks, []
    long = [
        index
        for index, (node, text) in enumerate(blocks)
        if node.type in ("fence", "code_block")
        and not _NOT_CODE_FENCES.match(text)
        and (
            _code_lines(node) >= _MIN_EXAMPLE_LINES
            or (_printed_after(blocks, index) and _run_lines(blocks, index) >= _MIN_CODE_LINES)
        )
        and not _prose(node)
        and not _printed_after(blocks, index - 1)
    ]
    if not long:
        left = _examples_left_out(blocks, context)
        return (left, []) if left is not blocks else _example_item(blocks, place, context)
    if len(long) != 1 or (long[0] == 0 and not _points_after(blocks)):
        # an answer opening on its code: the words after it tell of it
        return _examples_left_out(blocks, context), []
    given, taken = blocks, set(long)
    lead_item = None  # a list's last item leading into the code, taken from its list
    if long[0] and (_leads_into(blocks[long[0] - 1]) or _points_below(blocks[long[0] - 1])):
        taken.add(long[0] - 1)
    elif long[0] and (lead_item := _last_item_leading(blocks[long[0] - 1])) is not None:
        blocks = [*blocks[: long[0] - 1], lead_item[0], *blocks[long[0] - 1 :]]
        blocks[long[0]] = lead_item[1]
        long, taken = [long[0] + 1], {long[0], long[0] + 1}
    elif long[0] and _names_code(blocks[long[0] - 1][1]):
        return blocks, []  # `- **put() 구현**` over its source: the code's caption
    end = long[0] + 1 if _printed_after(blocks, long[0]) else long[0]
    taken.add(end)  # the output the code prints goes with it: alone it answers nothing
    if end + 1 < len(blocks) and (
        _reads_above(blocks[end + 1]) or (end > long[0] and _reads_output(blocks[end + 1]))
    ):
        taken.add(end + 1)
    rest = [block for index, block in enumerate(blocks) if index not in taken]
    if any(is_long_code(node) for node, _ in rest):
        return _examples_left_out(given, context), []
    if long[0] and all(index in taken for index in range(long[0])):
        return given, []  # only a line leading into it comes before: as an answer opening on it
    if not _answers_without(blocks[long[0]][0].content, rest, context):
        return given, []
    own = [blocks[index] for index in sorted(taken)]
    said = joined([block for block in rest if block[0].type not in _UNSAID])
    name = _fence_title(blocks[long[0]][1]) or _example_name(
        context, blocks[long[0]][0].content, said
    )
    card = answer_part(name, joined(own), blocks[long[0]][0] if lead_item else own[0][0], place)
    return rest, [of_subject(in_context(card, context))]


_PRINTS = lazy(
    r"\b(?:print(?:ln|f)?|puts|echo|console\.log|System\.out\.\w+|fmt\.\w*Print\w*)\s*[(\s]"
)
"""`print(vif)`, `console.log(x)`, `System.out.println(…)`: code that writes what it shows."""
_OUTPUT_FENCES = lazy(r"\s*(?:`{3,}|~{3,})\s*(?:(?:text|txt|output|console|plain(?:text)?)\s*)?$")
"""A fence naming no language (or `text`, `output`): what a program printed, not code."""


def _printed_after(blocks: list[Block], index: int) -> bool:
    """Whether the block after some code is what that code prints (`print(vif)` over a fence
    naming no language: `          var    VIF` / `0  horsepower  3.977`): the two are one run
    of the program, asked together, and the output alone answers nothing."""
    if index < 0 or index + 1 >= len(blocks):
        return False
    (code, _), (after, text) = blocks[index], blocks[index + 1]
    return (
        after.type == "fence"
        and code.type in ("fence", "code_block")
        and bool(_OUTPUT_FENCES.match(text.split("\n", 1)[0]))
        and bool(_PRINTS.search(code.content))
    )


_ARROW_OPENING = lazy(r"\s*(?:→|⇒|=>|->)")


def _reads_output(block: Block) -> bool:
    """A paragraph under a program's output opening on an arrow (`→ 정규성 OK, p=0.003 < 0.05
    → 두 반 평균 차이 있다`): what the writer reads off that run, which goes with it."""
    node, text = block
    return node.type == "paragraph" and bool(_ARROW_OPENING.match(text))


def _run_lines(blocks: list[Block], index: int) -> int:
    """The lines of some code and of the output printed under it, as the card shows them."""
    return _code_lines(blocks[index][0]) + _code_lines(blocks[index + 1][0])


def _points_after(blocks: list[Block]) -> bool:
    """An answer opening on its code whose bulleted points come right after it (`### Dijkstra`
    over its code, then `- O((V + E) log V)`, `- non-negative weights only`): points a
    student recalls without the code, which is then the heading's example, when they pass
    what `_answers_without` asks. Not words after the code in a paragraph (`Output: …`,
    `The script runs first …`), which walk through it, nor points naming in code spans
    what the code writes (`` `selfHeal: true` → … ``, `` `rate` vs `irate` ``): they tell
    of that code. A keyword in capitals (`` in one `RUN` ``) is the language's, which any
    such code writes, and ties no point to this code."""
    if len(blocks) < 2 or blocks[1][0].type != "bullet_list" or _drawn(blocks[0][0].content):
        return False
    used = set(_WORD_NAMES.findall(blocks[0][0].content))  # a JSON key is a string
    named = {
        name
        for _, text in blocks[1:]
        for span in _CODE_SPAN.findall(text)
        for name in _WORD_NAMES.findall(span)
        if len(name) > 2 and not name.isupper()
    }
    return not named & used


_CODE_SPAN = lazy(r"`([^`\n]+)`")
_STROKES = lazy(r"[\s|/\\]+")
"""`  /   \\`, `   |`: a line of strokes joining a drawn tree's nodes."""


def _drawn(code: str) -> bool:
    """A drawing set in a code block (`_diagram`), a tree joined by strokes too (`SAT`, `|`,
    `3-SAT`, `/  \\`): the answer itself, not an example of it."""
    lines = [line for line in code.splitlines() if line.strip()]
    drawn = sum(1 for line in lines if _STROKES.fullmatch(line) or _DIAGRAM_LINE.search(line))
    return drawn * 3 >= len(lines)


_MAX_KEPT_CODE = 20
"""Lines of code, all its blocks together, short enough to read beside the words."""


def _examples_left_out(blocks: list[Block], context: tuple[str, ...]) -> list[Block]:
    """Two or more pieces of code of six lines or more, over 20 lines in all, in an
    answer opening on words that answer the heading without them in 15 lines at most
    (`### 예외 처리` naming three ways, each bullet over its code): the code leaves the
    card, with a line leading into it (`형식은 다음과 같다:`), and the card's source still
    leads to it in the note. Which of several examples to ask on a card of its own is not
    plain, and all of them on one card are no answer to recall. Not when the words read
    the code (`위 코드를 보면 …`) or name what it defines (as `_example_apart`); shorter
    code (a one-line statement) stays with the words."""
    code = [
        index
        for index, (node, text) in enumerate(blocks)
        if is_long_code(node)
        and not _NOT_CODE_FENCES.match(text)
        and not _prose(node)
        and not _diagram(node.content)
    ]
    all_code = sum(_code_lines(node) for node, _ in blocks if node.type in ("fence", "code_block"))
    if len(code) < 2 or all_code <= _MAX_KEPT_CODE or code[0] == 0:
        return blocks
    taken = set(code)
    for index in code:
        if index - 1 not in taken and (
            _leads_into(blocks[index - 1]) or _points_below(blocks[index - 1])
        ):
            taken.add(index - 1)
        if index + 1 < len(blocks) and _reads_above(blocks[index + 1]):
            return blocks  # `위 코드를 보면 …`: words telling of the code, which it keeps
    if 0 in taken:
        return blocks  # only a line leading into the code comes before it
    rest = [block for index, block in enumerate(blocks) if index not in taken]
    shown = "\n".join(blocks[index][0].content for index in code)
    if not at_most(rest, MAX_ANSWER_LINES) or not _answers_without(shown, rest, context):
        return blocks  # still too long without the code: the words walk through it
    return rest


_ASKS_FOR_WORDS = lazy(r"(\d+[.)]?\s*)?(과정|동작\s*원리|원리|동작\s*방식|정의|개념|구조|특징)\b")
"""`과정`, `동작 원리`: an aspect answered in words (the steps, how it works), which code
beside them only carries out; not `구현`, `예시`, `사용법`, which ask for the code."""
_LEADS_DOWN = lazy(
    r"(아래|다음|밑)(의|에|에서|와|과)?\s*(코드|예시|예제|소스|클래스|메[서소]드|함수|같|처럼)"
    r"|\b(as\s+follows|like\s+this|below)\b|:$",
    re.IGNORECASE,
)
"""`… 함수는 다음과 같이 만들 수 있다.`, `아래와 같이 구현했다.`: a line leading on to what
follows it."""


def _last_item_leading(block: Block) -> tuple[Block, Block] | None:
    """A list whose last item, a line of its own, leads into the code under the list
    (`- 아래와 같이 C언어로 구현했다.`): the list without that item, and the item's words,
    which go with the code as a line over it would. None for a list that is only that item,
    or whose last item has points of its own or asks (`…의 출력은?`)."""
    node, text = block
    if node.type not in LIST_TYPES:
        return None
    starts = [found.start() for found in ITEM_START.finditer(text)]
    if len(starts) < 2:
        return None
    last = text[starts[-1] :].strip()
    said = ITEM_START.sub("", last, count=1).strip()
    if "\n" in last or said.endswith("?") or not _LEADS_DOWN.search(plain(said)):
        return None
    return (node, text[: starts[-1]].rstrip()), (node, said)


_EXAMPLE_POINTER = lazy(
    r"(다음|아래)의?\s*(예제|예시)(로|를|을|에서)?\s*(함께\s*)?(확인|살펴|보)[가-힣 ]*[.!]?"
    r"|(here'?s|here\s+is|see|consider)\s+(an|the\s+following)\s+example\W*",
    re.IGNORECASE,
)
"""`다음 예제로 확인해보자.`, `Here's an example:`: a line that says only that an example
follows, and nothing the example shows."""


def _example_item(
    blocks: list[Block], place: Place, context: tuple[str, ...]
) -> tuple[list[Block], list[Card]]:
    """A bulleted answer one of whose items only points at an example (`- 다음 예제로
    확인해보자.`) and holds its long code, after items whose words answer the heading
    (`- Set 은 객체의 hashCode 로 …`): the code is asked as the heading's example code,
    with the items after it that tell what it printed, each naming what the code names
    (`str1`, `count`); the pointing line goes, its front saying what the card is. Not when
    any item after the code speaks of something else, nor when the items before it are too
    few, read the code or name what it defines (as `_example_apart`)."""
    found = [
        (index, item)
        for index, (node, _) in enumerate(blocks)
        if node.type == "bullet_list"
        for item in node.children
        if item.line is not None
        and len(item.below) == 1
        and _EXAMPLE_POINTER.fullmatch(plain(item.line.content).strip())
        and item.below[0].type == "fence"
        and _code_lines(item.below[0]) >= _MIN_EXAMPLE_LINES
        and not _prose(item.below[0])
    ]
    if len(found) != 1:
        return blocks, []
    index, item = found[0]
    node, text = blocks[index]
    starts = [match.start() for match in _BULLET_START.finditer(text)]
    ends = [*starts[1:], len(text)]
    texts = [text[start:end].strip() for start, end in zip(starts, ends, strict=True)]
    pointer = item.line.content.strip()
    at = [number for number, said in enumerate(texts) if said[1:].lstrip().startswith(pointer)]
    if len(at) != 1:
        return blocks, []  # the item is not found as written in what the card keeps
    before, after = texts[: at[0]], texts[at[0] + 1 :]
    # A closing pointer to read on (`…가 궁금하면 [String Pool]에 대해 알아보자.`) leaves
    # every card; it tells nothing of the code.
    told = without_closing_narration(without_trailing_pointers("\n".join(after)))
    after = [said.strip() for said in _BULLET_START.split(told) if said.strip()]
    after = [f"- {said}" for said in after]
    fence = item.below[0]
    if not before or any(
        is_long_code(code) and code is not fence for other, _ in blocks for code in other.walk()
    ):
        return blocks, []  # other long code: which one the words tell of is not plain
    code = fence.content
    named = {
        name
        for name in _WORD_NAMES.findall(_STRINGS_AND_COMMENTS.sub("", code))
        if _DISTINCT.search(name) and name not in _KEYWORDS
    } - {name for title in context for name in _WORD_NAMES.findall(title)}
    if not all(set(_WORD_NAMES.findall(said)) & named for said in after):
        return blocks, []  # an item after the code that says more than what it showed
    rest = [*blocks[:index], (node, "\n".join(before)), *blocks[index + 1 :]]
    if not _answers_without(code, rest, context):
        return blocks, []
    shown = dedent(texts[at[0]].split("\n", 1)[1])  # the item's code, without its indent
    answer = "\n\n".join([shown.strip("\n"), *after])
    name = _fence_title(texts[at[0]].split("\n", 2)[1]) or _example_name(context, code)
    card = answer_part(name, answer, fence, place)
    return rest, [of_subject(in_context(card, context))]


def _answers_without(code: str, rest: list[Block], context: tuple[str, ...]) -> bool:
    """Whether the words left beside the example code (`rest`) answer the heading without
    it: lines enough, of substance, none reading the code, none naming what it defines."""
    words = [text for node, text in rest if node.type in ("paragraph", *LIST_TYPES)]
    lines = [
        plain(line)
        for text in words
        for line in text.splitlines()
        if _HANGUL_OR_WORD.search(line) and not _PICTURE.match(line)
    ]
    # A box or other block beside the words (`:::info … in this sample`) may read it too.
    said = [plain(text) for node, text in rest if node.type not in ("fence", "code_block")]
    return (
        shown_lines(lines) >= _MIN_WORD_LINES
        and has_substance("\n\n".join(words))
        and not any(_POINTS_AT_CODE.search(text) for text in said)
        and _shown_apart(code, lines, context)
    )


def _example_name(context: tuple[str, ...], code: str, said: str = "") -> str:
    """The front's last part, in the language of the titles it goes under, with the one
    thing the code defines at its top level (`panic / recover › Example code: `safeGo``,
    `Decorators › Example code: `timer``): the code a student is asked to write, where
    `Example code` alone does not say which. Not a name the titles say already (`class
    TokenBucket` under `Token bucket`), nor one the words beside the code (`said`) name as
    the setting of what they tell (`Author 엔티티에서 books 필드에 …` over code whose
    `class Author` only sets up the query it shows)."""
    name = "예시 코드" if any(HANGUL.search(title) for title in context) else "Example code"
    defined = _defines(code)
    if defined is None:
        return name
    titled = {word.lower() for title in context for word in _NAME_WORDS.findall(plain(title))}
    if {word.lower() for word in _NAME_WORDS.findall(defined)} <= titled or (
        said and defined in _WORD_NAMES.findall(said)
    ):
        return name
    return f"{name}: `{defined}`"


_TOP_DEFINED = lazy(
    r"^(?:(?:export|public|async|abstract|final|static)[ \t]+)*"
    r"(?:class|struct|interface|enum|record|trait|def|function\*?|fun|func|fn)[ \t]+"
    r"(?:\([^()\n]*\)[ \t]*)?([A-Za-z_]\w*)",
    re.MULTILINE,
)
"""`func safeGo(`, `class TokenBucket:`, `async def fetch(`, `func (s *Server) Run(`: a
definition written at the code's top level, not one nested in another."""
_JAVA_MAIN = lazy(r"\bstatic[ \t]+void[ \t]+main[ \t]*\(")
"""`public static void main(String[] args)`: the class around it only holds the program."""
_NAME_WORDS = lazy(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
"""`TokenBucket` → `Token`, `Bucket`; `flood_fill` → `flood`, `fill`: the words of a name."""


def _defines(code: str) -> str | None:
    """The one name `code` defines at its top level (`safeGo`), None when it defines none,
    several, or only an entry point (`main`, `Main`, a class holding `static void main(`),
    which names nothing shown."""
    names = set(_TOP_DEFINED.findall(code))
    if len(names) != 1 or names & {"main", "Main"} or _JAVA_MAIN.search(code):
        return None
    return names.pop()


_FENCE_TITLE = lazy(rf"^[ \t]*(?:`{{3,}}|~{{3,}})[^\n`]*?\b{CODE_TITLE}")
"""`` ```yaml title="probes" ``: the name MkDocs and Docusaurus show over the code."""


def _fence_title(text: str) -> str | None:
    """The title the fence opening `text` gives its code, if any."""
    if "title=" not in text:
        return None  # most code
    found = _FENCE_TITLE.match(text)
    return found["title"].strip() if found else None


_BULLET_START = lazy(r"^[-*+][ \t]", re.MULTILINE)
_BOLD_LINE = lazy(r"^\W*\*\*[^*]+\*\*\W*$", re.MULTILINE)


def _names_code(text: str) -> bool:
    """A block whose line in bold alone, or ending in `:`, names the code under it; so does
    the line naming the tabs of an example in several languages (`*Java* · Kotlin`)."""
    return bool(_BOLD_LINE.search(text)) or text.rstrip().endswith(":") or names_tabs(text.strip())


def _shown_apart(code: str, lines: list[str], context: tuple[str, ...]) -> bool:
    """Code that can be asked apart from the words: not when the words name what the code
    defines or calls (`external()` 은 …, a class `OrderService` the code declares), nor a term
    its comments show (`// FQCN 사용 O` under `메서드 영역`, after words telling what FQCN
    is): the code then shows what the words speak of. A name a title gives, or the words
    define themselves (`` `def slow_add` ``), is not the code's. Not code made only of
    declarations either (entity classes of fields and annotations, which set up a scenario
    and show nothing alone), nor a diagram drawn in a code block."""
    said = {name for line in lines for name in _WORD_NAMES.findall(line)}
    called = {name for line in lines for name in _CALLS.findall(line)}
    own = {name for title in context for name in _WORD_NAMES.findall(title)}
    own |= {name for line in lines for found in _DEFINED.findall(line) for name in found}
    defined = {name for found in _DEFINED.findall(code) for name in found if name}
    defined = {name for name in defined - _KEYWORDS if _DISTINCT.search(name)}
    uses = set(_CALLS_IN_CODE.findall(code))
    comments = {
        term
        for comment in _COMMENT.findall(code)
        for term in _WORD_NAMES.findall(comment)
        if _TERM.fullmatch(term)
    }
    return not (
        (defined | comments) & said - own
        or called & (uses | defined) - own
        or _declarations(code)
        or _diagram(code)
    )


_WORD_NAMES = lazy(r"(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]*")
"""Names as words write them, a Korean particle right after (`Author를`)."""
_CALLS = lazy(r"(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)\(\)")
"""`external()`: a call the words name."""
_CALLS_IN_CODE = lazy(r"(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)\s*\(")
_DEFINED = lazy(
    r"\b(?:class|struct|interface|enum|record|trait|def|function|fun|func|fn)\s+([A-Za-z_]\w*)"
    r"|^[ \t]*(?:[\w<>\[\],.?*&]+[ \t]+)+\**([A-Za-z_]\w*)[ \t]*\([^;{}]*\)[ \t]*"
    r"(?:throws[ \t][\w., \t]+)?(?:\{|\n[ \t]*\{)",
    re.MULTILINE,
)
"""`class Author`, `def read(`, `public void external() {`: the names code defines."""
_KEYWORDS = {"if", "for", "while", "switch", "catch", "return", "new", "else", "elif", "with"}
_DISTINCT = lazy(r"[a-z0-9][A-Z]|[A-Z]{2}|[_0-9]|^[A-Za-z]{1,2}$")
"""A name words could mean only as the code's: `OrderService`, `load_user`, a made-up `A`;
not a plain word (`Author`, `read`), which words name as the code's when calling it
(`read()`)."""
_COMMENT = lazy(r"(?:^|\s)(?://|#|--|/\*)[ \t]*(.*)$", re.MULTILINE)
_TERM = lazy(r"[A-Z]{2,}[A-Za-z0-9]*|[A-Za-z][a-z0-9]+[A-Z]\w*")
"""`FQCN`, `EntityGraph`: a term a comment names, not a plain word (`Smith`)."""
_DECLARATION_LINE = lazy(
    r"\s*(?:[{}();,]*|(?://|#|/?\*).*|\.\.\.;?|@\w+(?:\.\w+)*(?:\(.*\))?"
    r"|(?:package|import)\b.*"
    r"|(?:(?:public|private|protected|static|final|abstract|sealed|data|open|export)\s+)*"
    r"(?:class|interface|enum|record|struct)\b[^=;]*"
    r"|(?!(?:return|throw|yield|break|continue|delete|print|echo)\b)"
    r"(?:(?:public|private|protected|static|final|transient|readonly|val|var|let|const)\s+)*"
    r"[\w<>\[\],.?]+(?:\s+[\w<>\[\],.?]+)*\s+\w+(?:\s*=\s*(?:new\s+[\w<>]+\(\)|[^;.()]*))?;"
    r"|\w+\s*:\s*[\w\[\], .|]+(?:\s*=\s*[^()]*)?"
    r"|(?:(?:public|protected|private)\s+)?[A-Z]\w*\s*\([^)]*\)\s*\{?"
    r"|this\.\w+\s*=\s*\w+;)\s*"
)
"""A line that declares and does nothing: an annotation, a class's head, a field, a
constructor that only keeps its arguments."""
_CLASS_HEAD = lazy(r"^\s*(?:@\w+\s+)*(?:\w+\s+)*(?:class|interface|struct|record)\s+\w+", re.M)


def _declarations(code: str) -> bool:
    """Classes of fields, annotations and constructors only, with no logic."""
    return bool(_CLASS_HEAD.search(code)) and all(
        _DECLARATION_LINE.fullmatch(line) for line in code.splitlines()
    )


_DIAGRAM_LINE = lazy(
    r"[\u2500-\u259f\u2190-\u21ff\u25a0-\u25ff]|[+|]-{2,}|-{2,}[+|>]|={2,}>|^\s*\|.*\|\s*$"
)
"""`┌──┐`, `+----+`, `-->`, `| a | b |`: a line of a drawing, not of code."""


def _diagram(code: str) -> bool:
    """A box or arrow drawing set in a code block: a third of its lines drawn."""
    lines = [line for line in code.splitlines() if line.strip()]
    return sum(1 for line in lines if _DIAGRAM_LINE.search(line)) * 3 >= len(lines)


_PICTURE = lazy(r"\s*(!\[|<img)", re.IGNORECASE)
_HANGUL_OR_WORD = lazy(r"[가-힣]|[A-Za-z]{3,}")


def _prose(node: Node) -> bool:
    """Words set in a code block (a dialogue, a glossary): a third of its lines or more
    written in Korean outside strings and comments."""
    lines = [line for line in node.content.splitlines() if line.strip()]
    said = sum(1 for line in lines if HANGUL.search(_STRINGS_AND_COMMENTS.sub("", line)))
    return said * 3 >= len(lines)


def _code_lines(node: Node) -> int:
    return sum(1 for line in node.content.splitlines() if line.strip())


_POINTS_BELOW = lazy(
    r"(아래|다음|밑)(는|은|의|에)?\s[^.\n]{0,30}(코드|예제|예시|소스)\s*(입니다|이다|다)?\s*\.?\s*"
    r"|below\s+is\s+(the|an?)\s+[^.\n]{0,30}\b(code|example|snippet)\b[^.\n]{0,30}\.?\s*",
    re.IGNORECASE,
)
"""`아래는 EJB을 통해 짠 코드입니다`, `Below is the code for …`: a line saying only that
code follows (not `아래 코드를 보면 쓰기마다 두 곳에 저장한다.`, which tells of it)."""
_READS_ABOVE = lazy(
    r"(위|앞)(의|에서)?\s*(코드|예제|예시|소스)|(이|해당|그)\s*코드|코드를\s*(보면|살펴)|"
    r"\b(the|this)\s+(code|example|snippet)\b(?!\s+below)|"
    r"\b(code|example|snippet)\s+above\b",
    re.IGNORECASE,
)
"""`위 코드 예제를 보면`, `코드를 살펴보면`, `The code above`: words reading the code above
them (not `다음과 같다`, which leads on to what follows)."""
_READ_AT = 20
"""How far into a paragraph words reading the code above may start (`즉, 위 코드는 …`)."""


def _points_below(block: Block) -> bool:
    """A paragraph of one line pointing at the code under it: it goes with that code."""
    node, text = block
    return (
        node.type == "paragraph"
        and "\n" not in text.strip()
        and bool(_POINTS_BELOW.fullmatch(plain(text).strip()))
    )


def _reads_above(block: Block) -> bool:
    """A paragraph right under some code that opens on reading it (`코드를 살펴보면, 변수부터
    … EJB에 의존적인 것을 볼수 있습니다.`): it tells of that code and goes with it."""
    node, text = block
    if node.type != "paragraph":
        return False
    found = _READS_ABOVE.search(plain(text).lstrip())
    return found is not None and found.start() <= _READ_AT


def _leads_into(block: Block) -> bool:
    """`구현하면 다음과 같다.`, `Here it is:`, `- **put() 구현**`: a line leading into the
    code under it."""
    node, text = block
    line = text.strip()
    return (
        node.type in ("paragraph", *LIST_TYPES)
        and "\n" not in line
        and bool(
            _LEAD_INTO.search(line) or (not line.endswith("?") and _LEADS_DOWN.search(plain(line)))
        )
    )


def _leads_into_code(block: Block, language: str) -> bool:
    """`Java 코드입니다.`, `` `파이썬`에서는 `heapq` 모듈을 … ``: a paragraph naming the
    language of the code under it tells of that code."""
    node, text = block
    latin = rf"(?<![\w+#]){re.escape(language)}(?![\w+#])"
    spoken = _SPOKEN_NAMES.get(language)
    return node.type == "paragraph" and (
        re.search(latin, text, re.IGNORECASE) is not None
        or (spoken is not None and re.search(spoken, text) is not None)
    )


_ASIDE_ALONE = lazy(r"^\s*\([^()]*\)\s*$")


def _caption(node: Node) -> str | None:
    """The name a block just above some code gives it, when it is a name on a line; not a
    generic one (`예시`, `Code`, `Java 코드`), which would ask nothing of its own."""
    if node.type != "paragraph":
        return None
    label = label_of(node)
    if label is None or label[2] is not None or is_aspect(label[1]):
        return None
    if _ASIDE_ALONE.match(label[1]):
        return None  # `(lives here bc it's a heap thing)`: the writer's aside, no name
    return label[1]


def code_alone(blocks: list[Block]) -> bool:
    return bool(blocks) and all(node.type in ("fence", "code_block") for node, _ in blocks)


_EXAMPLE_NAMES = lazy(r"^(예시|예제|examples?|usage)\b", re.IGNORECASE)
_FENCES_ONLY = lazy(r"(?:(`{3,}|~{3,})[^\n]*\n.*?\n\1[ \t]*(?:\n\s*|$))+", re.DOTALL)
"""An answer of fenced code blocks alone, nothing written between or around them."""


def example_asked(card: Card, aspects: list[str]) -> Card:
    """`### 세터 주입` over only its example code, while its `- 장점`, `- 단점`
    (or subsections so titled) are asked on cards of their own: asked by its name, its card
    would answer what the thing is with code alone. It is asked as the example it is
    (`세터 주입 › 예시`, `Example` when the aspects are named in English); not when an
    aspect is an example already, which that card asks."""
    if (
        not aspects
        or not _FENCES_ONLY.fullmatch(card.answer)
        or "›" in card.question
        or any(_EXAMPLE_NAMES.match(name) for name in aspects)
    ):
        return card
    word = "Example" if all(name.isascii() for name in aspects) else "예시"
    return of_subject(replace(card, context=(*card.context, card.question), question=word))


def is_long_code(node: Node) -> bool:
    return node.type in ("fence", "code_block") and node.content.count("\n") >= _MIN_CODE_LINES
