"""A heading's own card: what stands under it, fitted to be recalled in one go, asked
under the titles that name its subject; and the steps of a process, when its subsections
are steps, as that answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flashgen.extract.course_asides import without_course_aside
from flashgen.extract.pictures import has_words
from flashgen.extract.place import Place, plain
from flashgen.extract.sections import (
    asked_as,
    closes_the_parts,
    is_a_phase,
    is_aspect,
    without_sub_number,
)
from flashgen.extract.sizes import (
    MAX_RECALL_LINES,
    at_most,
    bare_names,
    nearly_recallable,
    texts_recallable,
)
from flashgen.extract.skip import EXPECTED_QUESTION, is_boilerplate_section
from flashgen.extract.skip.substance import FILE_NAME
from flashgen.extract.subjects import (
    asks_of_a_subject,
    names_an_aspect,
    of_subject,
    step_asked,
    without_explaining,
    without_label,
    without_note_kind,
)
from flashgen.model import Card, NoteTree, Section
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import clean_heading


def heading_answer(answer: str, place: Place) -> Card:
    """What stands under a heading answers it, asked as `asked_as` says: a heading that only
    frames its parent (`### 정리`) asks the parent's; one naming an aspect is asked with its
    subject (`### 예시` under `### Conflict` asks `Conflict › 예시`); a title naming the
    kind of text it is (`Heap cheatsheet for coding interviews`, `시스템 콜에 대한 이해`)
    asks its subject (`Heap`, `시스템 콜`)."""
    section, path = place.section, place.path
    asked = asked_as(path)
    root = place.tree.root
    if asked != path and (is_a_phase(section, root) or closes_the_parts(section, root)):
        asked = path  # `Introduction` among an interview's phases, a closing `결론`: itself
    question = without_label(  # `Point 2 : 동작 방식` asks `동작 방식`
        section.title_markdown or section.title
        if asked == path and path[-1] == section.title
        else clean_heading(asked[-1])  # the parent's, or a numbered title (`예시 (2)`)
    )
    question = without_course_aside(question)  # `AdaBoost (briefly)` asks `AdaBoost`
    if question[:1].isdigit() and len(asked) > 1:
        question = without_sub_number(question, asked[-2])
    if _ANSWER_TITLE.match(question):
        question = _question_answered(place) or question
    if answer.startswith(("**", ">")):  # most answers: no bold or quoted opening line
        answer = _without_echo(answer, question)
    answer = without_dangling_lead(answer)
    card = of_subject(
        Card(
            deck=asked,
            context=asked[:-1],
            # A note's title over what it is of: `Heap cheatsheet` asks `Heap`; any title
            # `X에 대한 이해` asks `X`.
            question=without_explaining(question)
            if len(asked) > 1
            else without_note_kind(question),
            answer=answer,
            note_name=place.tree.note.name,
            line=section.line,
            rule=heading_answer.__name__,
        )
    )
    return _defining_another(card) if card.answer.startswith("**") else card


def _without_echo(answer: str, question: str) -> str:
    """The answer without an opening line that only says its heading again, in bold or
    quoted (`> **Write-back Cache:**`, `**Write-through Cache**` under `## Write-through
    Cache`): the front asks that already, and what follows answers it."""
    first, _, rest = answer.partition("\n\n")
    echo = _ECHO.fullmatch(first.strip())
    if echo is None or not rest.strip():
        return answer
    if plain(echo["name"]).casefold() != plain(question).rstrip(" :").casefold():
        return answer
    return rest.lstrip("\n")


def without_dangling_lead(answer: str) -> str:
    """The answer without a last line that leads into what the card does not show: a
    question of its own (`방어적 복사는 언제 사용해야 할까?`) answered under another heading,
    a lead (`*  Labeling:`, `두 가지 방식은 다음과 같다.`) whose list went to cards of its own.
    Left last, it asks the reader for what is not there. A list of questions keeps its last."""
    whole = answer.rstrip()
    if whole[-1:] not in _LEAD_ENDS:  # most answers: no need to read their last line
        return answer
    line = whole.rpartition("\n")[2]
    if not _DANGLING.search(line) or _SHORTCODE_END.search(line):
        return answer
    if line.count("?") > 1 or "**" in line:
        return answer  # `- **Results** - What was …? What did …?`: a part told, not a lead
    head, _, last = whole.rpartition("\n\n")
    lines = last.split("\n")
    if _ITEM.match(line) is None:  # a paragraph: one line, under more that answers
        return head.rstrip() if len(lines) == 1 and head.strip() else answer
    if len(lines) == 1 or not all(
        _ITEM.match(above) or above.startswith(" ") for above in lines[:-1]
    ):
        return answer
    if line.rstrip().endswith("?") and not all(
        above.rstrip().endswith(".") for above in lines[:-1]
    ):  # `- Does the team …?` among questions to ask: each is the answer; a question
        return answer  # among an outline's named steps (`- Risks`, `- Is X needed?`) is one
    return "\n\n".join(part for part in (head, "\n".join(lines[:-1])) if part).rstrip()


_LEAD_ENDS = frozenset("?？:.다sS")
"""The last characters a dangling line can end with (`?`, `:`, `다음과 같다`, `… cases.`)."""
_ITEM = lazy(r"(?:[-*+]|\d+[.)])\s+\S")
"""A top-level list item's first line."""
_DANGLING = lazy(
    r"(?:[?？:]|다음과\s*같다\.?|as follows\.?|\bthere (?:are|can be) (?:\d+|two|three|four)"
    r" (?:scenarios|cases|ways)\.?)\s*$",
    re.IGNORECASE,
)
_SHORTCODE_END = lazy(r"(?::[\w+-]+:|::)\s*$")
"""`:::` closing a block, `:sob:`: a colon that ends no lead."""


_ECHO = lazy(r"(?:>\s*)?\*\*(?P<name>[^*\n]+?)\s*:?\s*\*\*\s*:?")
"""A line that is only a bold name (`**Name**`, `**Name:**`), maybe quoted."""


_DEFINITION = lazy(
    r"(?P<term>[^*\n:]{1,60}?)\s*(?::\s*\*\*|\*\*\s*:)\s*(?P<definition>[^\n]*\w[^\n]*)"
)
"""`**Write-ahead log:** Recording …`, `**TLB**: a cache of …`: a term and its definition,
the bold lead-in of a paragraph (after its opening `**`)."""
_MAX_TERM_WORDS = 6


def _defining_another(card: Card) -> Card:
    """A heading whose whole answer is one term defined in a line (`**Write-ahead log:**
    Recording every change …` opening a note named by its file) asks that term, in the
    heading's context: asked as the heading, the card answers what it does not ask. A term
    that only names what is said of a subject (`**Symptoms:** intermittent …` under `## DNS`)
    is asked of the heading (`DNS › Symptoms`): alone it asks symptoms of what?"""
    match = _DEFINITION.fullmatch(card.answer.strip()[2:])
    if match is None:
        return card
    term = match["term"].strip()
    if len(term.split()) > _MAX_TERM_WORDS or term.casefold() in card.question.casefold():
        return card
    if asks_of_a_subject(term):  # `**Symptoms:** …` under `## DNS`: `DNS › Symptoms`
        return replace(card, question=f"{card.question} › {term}", answer=match["definition"])
    return replace(
        card,
        context=(*card.context, card.question),
        question=term,
        answer=match["definition"].strip(),
    )


_ANSWER_TITLE = lazy(r"^(답변|답|정답|모범\s*답안|answers?|a)\s*[.:]?$", re.IGNORECASE)
_QUESTION_TITLE = lazy(
    rf"^\s*#{{1,6}}\s+\W*(?:{EXPECTED_QUESTION}|질문|questions?|q)\W*$", re.IGNORECASE
)
"""`### 예상 질문`, `### Interview question`, `### Q`: a heading naming only a question to come."""
_LOOK_BACK = 6
"""Lines above an answer heading to look for its question in: a heading and a line or two."""


def _question_answered(place: Place) -> str | None:
    """`## 답변` right after `### 예상 질문` over one question (`왜 index는 hash table이 아니라
    B+tree로 구현되나요?`) asks that question: `답변` alone asks nothing, and the question
    heading, holding no answer, gives no card of its own. None unless the lines just above
    are such a heading and one line ending in `?`."""
    lines = place.tree.lines
    start = place.section.line - 1  # the answer heading's own line
    above = [line for line in lines[max(0, start - _LOOK_BACK) : start] if line.strip()]
    if len(above) < 2 or not _QUESTION_TITLE.match(above[-2]):
        return None
    asked = plain(clean_heading(above[-1].strip()))
    return asked if asked.endswith("?") else None


def fitted(
    choices: list[tuple[Node, tuple[str, bool] | None, tuple[str, bool] | None]],
    *,
    names_answer: bool = False,
) -> tuple[list[tuple[Node, str]], int]:
    """The heading's answer, and how many lists in it only hold parts with cards of their
    own. Each list is kept whole, in order, while the answer still fits in one go (code
    and pictures aside); a list that would not fit keeps only its parts' names
    (list_answers.list_answer), unless those names would be all it says of them and the
    whole is a little over one go: under a heading the names do not answer
    (`names_answer` false: `CISC와 RISC 비교` over `- 코드 밀도`), the whole list stays. An
    introduction (`두 가지 방식이 있다:`) over a list that gives nothing goes with it."""
    chosen = [short for _, short, _ in choices]
    for index, (block, short, whole) in enumerate(choices):
        if whole is None or whole == short:
            continue
        trial = [*chosen[:index], whole, *chosen[index + 1 :]]
        shown = [
            (block, text[0])
            for (block, _, _), text in zip(choices, trial, strict=True)
            if text is not None and _says(block)
        ]
        if (
            at_most(shown, MAX_RECALL_LINES)
            and not (short is not None and short[1] and _wraps_past(block, whole[0]))
        ) or (
            not names_answer
            and short is not None
            and bare_names(short[0], whole[0])
            and nearly_recallable(shown)
        ):
            chosen = trial
    _named_alike(choices, chosen)
    _steps_together(choices, chosen)
    own: list[tuple[Node, str]] = []
    named = 0
    for (block, _, _), text in zip(choices, chosen, strict=True):
        if text is None:
            if own and own[-1][0].type == "paragraph" and introduces(own[-1][0], own[-1][0]):
                own.pop()
            continue
        own.append((block, text[0]))
        named += text[1]
    return own, named


def _wraps_past(block: Node, whole: str) -> bool:
    """Whether a list of parts each asked on its own card is few lines as written but, as
    the card wraps them, well past one go by itself (`- Bounce Rate: Bounce Rate calculates
    …`, six definitions of three lines each): the heading's card then names the parts,
    their definitions on their own cards. A list a little over one go stays whole."""
    return not nearly_recallable([(block, whole)])


def _named_alike(
    choices: list[tuple[Node, tuple[str, bool] | None, tuple[str, bool] | None]],
    chosen: list[tuple[str, bool] | None],
) -> None:
    """Parts written as lists of their own (`1. **키-값 DB**` over its points, `</br>`, `2.
    **도큐먼트 DB**` over its own) are said alike: when a later one is cut to its bare name,
    an earlier one kept whole because it still fitted is cut to its name too. Else the
    heading's card explains the first part and leaves the others' names with nothing
    under them, read as points whose content was lost; each part is on its own card."""
    named = [
        index
        for index, (_, short, whole) in enumerate(choices)
        if short is not None
        and whole is not None
        and short != whole
        and bare_names(short[0], whole[0])
    ]
    if len(named) > 1 and any(chosen[index] == choices[index][1] for index in named):
        for index in named:
            chosen[index] = choices[index][1]


def _steps_together(
    choices: list[tuple[Node, tuple[str, bool] | None, tuple[str, bool] | None]],
    chosen: list[tuple[str, bool] | None],
) -> None:
    """Groups of steps each under a label of its own (`**3-way handshake**` over `1.`–`3.`,
    `**연결 종료**` over `1.`–`4.`) stay together: when one is kept whole and a later one,
    which only its label could name, would be left out, the heading's card keeps every
    group while its answer takes `_MAX_STEPS_LINES` lines at most (code and pictures
    aside), as one list of steps does. Else it would answer half its heading, the first
    process told and the next one gone."""
    groups = [
        index
        for index, (block, short, whole) in enumerate(choices)
        if short is None and whole is not None and _labels_steps(block)
    ]
    if len(groups) < 2 or all(chosen[index] is not None for index in groups):
        return
    if not any(chosen[index] is not None for index in groups):
        return  # none kept: no group told beside another left out
    trial = list(chosen)
    for index in groups:
        trial[index] = choices[index][2]
    shown = [
        (block, text[0])
        for (block, _, _), text in zip(choices, trial, strict=True)
        if text is not None and _says(block)
    ]
    if at_most(shown, _MAX_STEPS_LINES):
        chosen[:] = trial


_MAX_STEPS_LINES = 2 * MAX_RECALL_LINES
"""The lines a heading's answer of steps may take and stay together on its card."""


def _labels_steps(block: Node) -> bool:
    """Whether a list is one label over numbered steps (`**Teardown**` over `1.` … `4.`)."""
    if len(block.children) != 1:
        return False
    below = block.children[0].below
    return len(below) == 1 and below[0].type == "ordered_list" and len(below[0].children) > 1


def lists_a_file(section: Section, blocks: list[Node]) -> bool:
    """`### 3.2 join-form.jsp` over nothing but that file's code (`blocks`: what answers
    the heading): a listing to read beside the text, not a question. Recalling a whole file
    line by line is no card; a file's heading that says what the file is for
    (`settings.gradle` over a sentence) still asks."""
    return (
        bool(blocks)
        and all([block.type in ("fence", "code_block") for block in blocks])
        and FILE_NAME.fullmatch(plain(section.title_markdown or section.title)) is not None
    )


_TAG = lazy(r"<[^>]*>")


def _says(block: Node) -> bool:
    """Whether a block shows words to recall: not code, nor HTML that is only tags (a
    centred picture, `</br>`), nor a paragraph that is only pictures (`![](states.png)`),
    which take lines of the note but none of the answer."""
    return block.type not in ("fence", "code_block") and not (
        (block.type == "html_block" and not _TAG.sub("", block.content).strip())
        or (block.type == "paragraph" and not has_words(block.children[0].content))
    )


def introduces(node: Node, block: Node) -> bool:
    """Whether the block last put in a heading's answer is a paragraph that only leads
    into the block after it (`Some resources include:`)."""
    return (
        node is block
        and block.type == "paragraph"
        and block.children[0].content.rstrip().endswith(":")
        and "\n" not in block.children[0].content.strip()
    )


def subsections(section: Section, path: tuple[str, ...]) -> list[tuple[Section, tuple[str, ...]]]:
    """Each subsection with the titles it is asked under: its own below the section's.

    Two subsections titled alike (`### 예시` after `### Conflict`, and again after
    `### Recoverable`) are the aspects of two subjects written flat. Asked under the one
    title, their cards would be one card that contradicts itself; so each is asked under
    the nearest subsection before it that has a title of its own and is no aspect
    (`… › Conflict › 예시`); with no such subsection, the second is numbered (`예시 (2)`).
    A title written once is left as it is: whether a lone `## 장점` is of the section or
    of the subsection before it, the notes do not say.
    """
    children = section.children
    titles = [child.title for child in children]
    counted = _counted_alike(children)
    if len(set(titles)) == len(titles) and not counted:  # nearly every section
        if section.level == 0 and len(children) > 1:
            return _titles_of_a_page(children, path)
        return [(child, (*path, child.title)) for child in children]
    # A title over nothing (`## **Bridge Pattern**` over `## Bridge Pattern`) asks nothing.
    asking = [child.title for child in children if child.blocks or child.children]
    repeated = {title for title in asking if asking.count(title) > 1}
    placed: list[tuple[Section, tuple[str, ...]]] = []
    used: set[tuple[str, ...]] = set()
    subject: Section | None = None
    lead: Section | None = None  # the subsection a counted one follows
    for child in children:
        title = child.title
        if title in counted:
            child_path = (*path, title)
            if lead is not None and lead is subject and _counted_under(lead, title):
                child_path = (*path, lead.title, title)
        elif title in repeated and subject and all(c.title != title for c in subject.children):
            child_path = (*path, subject.title, title)
        else:
            child_path = (*path, title)
        if child.blocks or child.children:
            number = 1
            while child_path in used:  # no subject to tell them apart: numbered, never joined
                number += 1
                child_path = (*child_path[:-1], f"{title} ({number})")
            used.add(child_path)
        placed.append((child, child_path))
        if title not in counted:
            lead = child
        if (
            title not in repeated
            and title not in counted
            and not is_aspect(clean_heading(title))
            and not is_boilerplate_section(child)
            and names_a_subject(title)
        ):
            subject = child  # an author block (`## 작성자`) is no subject
    return placed


_COUNTED = lazy(r"^(?P<name>\D*?)\s*\d{1,2}\W*$")
"""`case 2`, `예시 1`, `Solve3`: a name and the number counting it."""


def _counted_alike(children: list[Section]) -> set[str]:
    """The titles of subsections that count one aspect (`case 1` … `case 4`, `예시 1` and
    `예시 2`), two or more of them: titled alike but for the number, they are written flat
    after the subject they are of, as titles repeated outright are (`case 2` after
    `균형 인수가 2가 되면 네 경우 중 하나로 회전한다` is that rotation's case, not the note's)."""
    names: dict[str, list[str]] = {}
    for child in children:
        if not child.title.rstrip(" ]):.")[-1:].isdigit():
            continue  # nearly every title: cheap to see
        words = plain(clean_heading(child.title))
        match = _COUNTED.match(words)
        if match is not None and match["name"] and names_an_aspect(words):
            names.setdefault(match["name"].casefold(), []).append(child.title)
    return {title for alike in names.values() if len(alike) > 1 for title in alike}


def _counted_under(lead: Section, counted: str) -> bool:
    """Whether a counted subsection is asked under the subsection it follows: that one names
    its subject (`균형 인수가 2가 되면 …` before `case 1`; not `Problem` before `Solve1` nor
    `문제점` before `예제 1`, which name an aspect of the note's subject, as the counted ones
    do) and has no subsection of the same title, whose front it would ask again."""
    return not names_an_aspect(clean_heading(lead.title)) and all(
        child.title != counted for child in lead.children
    )


_DEFINING = lazy(r"(이란|란)\s*\?$|^(what\s+(is|are)|무엇이)\s", re.IGNORECASE)


def names_a_subject(title: str) -> bool:
    """`TCP`, `TCP란?`, `What is TCP?` name a subject an aspect written after them is of;
    a question of another kind (`TCP 포장?`, `왜 느릴까?`) asks about one it does not name
    alone, so a `## 특징` after it is of the subject before it."""
    title = title.rstrip()
    return not title.endswith("?") or bool(_DEFINING.search(clean_heading(title)))


def _titles_of_a_page(
    children: list[Section], path: tuple[str, ...]
) -> list[tuple[Section, tuple[str, ...]]]:
    """The `#` titles of a note that has several, each asked under the note's name; but a
    title naming only an aspect (`# Example` after `# Self-driving cars`) is of the title
    before it, since the note's name (often its file's: `mlsd-av`) names no subject."""
    placed: list[tuple[Section, tuple[str, ...]]] = []
    subject: Section | None = None
    for child in children:
        aspect = is_aspect(clean_heading(child.title))
        if (
            aspect
            and child.level == 1
            and subject is not None
            and all(c.title != child.title for c in subject.children)
        ):
            placed.append((child, (*path, subject.title, child.title)))
        else:
            placed.append((child, (*path, child.title)))
        if not aspect and not is_boilerplate_section(child) and names_a_subject(child.title):
            subject = child
    return placed


_STEP_MARK = lazy(r"^(\d+(?:-\d+)?)([.)])")


def steps_answer(
    steps: list[Section],
    own: list[tuple[Node, str]],
    tree: NoteTree,
    path: tuple[str, ...],
    skipped: Callable[[Node], bool],
) -> tuple[str, bool]:
    """The steps of a process as its heading's answer, and whether each step's text is in
    it: the titles, each over its lines while the whole answer is recalled in one go
    (sizes.recallable), else the titles alone."""
    titles = [_step_line(step) for step in steps]
    with_lines = []
    for step, title in zip(steps, titles, strict=True):
        place = Place(tree, step, (*path, step.title))
        said = [place.quote(block) for block in step.blocks if not skipped(block)]
        lines = "\n".join(
            f"  {line}" if line.strip() else "" for line in "\n\n".join(said).splitlines()
        )
        with_lines.append(f"{title}\n\n{lines}" if lines else title)
    if any(step.blocks for step in steps):
        whole = "\n\n".join(with_lines)
        if texts_recallable([*(text for _, text in own), whole]):
            return whole, True
    return "\n".join(titles), False


def _step_line(step: Section) -> str:
    """`- 2\\) 토큰 발급`: a step's title with its number, which its heading's Markdown
    leaves out, escaped so as to be the title's and not start a list inside the bullet."""
    number = _STEP_MARK.match(step.title)
    markdown = step.title_markdown or step.title
    if number is None:
        return f"- {markdown}"
    return f"- {number[1]}\\{number[2]} {markdown.removeprefix(number[0]).lstrip()}"


_COUNTER = lazy(r"^(?:step\s*\d{1,2}|\d{1,2}\s*단계)(?=\s*[:.)\-–—])", re.IGNORECASE)
"""`Step 3`, `1단계`: the writer's own word for a step's place, kept to ask it."""


def asked_as_step(card: Card, subject: str, step: Section, steps: list[Section]) -> Card:
    """A step's own card, when its process's card holds only the titles, asked as that step
    of that process by its number and title: `로그인 처리 과정 › Step 3: 세션 아이디를 쿠키로
    전달` over its lines (subjects.step_asked). A step's title alone mostly tells what
    happens in it, and its lines speak of the other steps by number (`2번에서 만든 세션`),
    which a card naming the step's number makes plain.
    A step whose number another step shares (two `6)`) keeps its title, or the two would
    ask one question; so does one whose lines are only a picture, which makes no card."""
    counter = _step_counter(step.title)
    if (
        counter is None
        or [_step_counter(other.title) for other in steps].count(counter) > 1
        or not has_words(card.answer)  # a picture alone, with no words, makes no card
    ):
        return replace(card, context=card.context[:-1], question=f"{subject} › {step.title}")
    title = without_label(step.title_markdown or step.title)
    number = _STEP_MARK.match(title)
    if number is not None:
        title = title[number.end() :]
    return step_asked(replace(card, context=card.context[:-1]), subject, counter, title)


def _step_counter(title: str) -> str | None:
    """`3)`, `2-1)`, `4.` → `Step 3`, `Step 2-1`, `Step 4`; `1단계 : …` → `1단계`."""
    number = _STEP_MARK.match(title)
    if number is not None:
        return f"Step {number[1]}"
    counter = _COUNTER.match(title)
    return counter[0] if counter is not None else None
