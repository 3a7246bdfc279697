"""What a list answers its heading, once rules have made cards of some of its items: the
items kept together, as a whole answer; the items the heading's answer keeps, and how.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flashgen.extract.item_kinds import (
    ASPECTS_NAMED,
    PAIR_SEPARATOR,
    PRO_CON,
    asks_for_its_items,
    goes_on_from_a_step,
    is_bare_label,
    is_condition,
    is_sequence,
    item_text,
    names_a_message,
    names_a_process,
    names_an_aspect,
    names_its_claims,
    names_the_old_way,
    says_relative,
)
from flashgen.extract.labels import META_NAMES
from flashgen.extract.list_points import marked_as_a_term
from flashgen.extract.list_steps import steps_of_a_procedure
from flashgen.extract.overviews import (
    MAX_PART_LINES,
    first_point,
    pointed_names,
    points_line,
    says_nothing_alone,
)
from flashgen.extract.place import (
    Place,
    is_claim,
    is_statement,
    is_term_like,
    plain,
    undressed,
    without_task_mark,
)
from flashgen.extract.qa import JUDGED_FRONT, answered_question, lists_follow_ups
from flashgen.extract.sections import (
    asks_a_difference,
    comparison_sides,
    is_aspect,
    names_a_collection,
)
from flashgen.extract.sizes import (
    MAX_RECALL_LINES,
    MAX_WHOLE_LINES,
    at_most,
    bare_names,
    nearly_recallable,
    recallable,
    shown_lines,
    texts_recallable,
)
from flashgen.extract.skip import has_substance, is_grab_bag_of_topics
from flashgen.extract.skip.questions import asks, is_question_section
from flashgen.extract.subjects import step_asked
from flashgen.extract.term_gists import line_gist, own_topic, told_apart
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import as_item_text, unwrap_strong


def kept_together(
    items: list[Node], made: list[list[Card] | None], place: Place
) -> list[list[Card] | None]:
    """The cards each item of a list gives (`made`), less those of items that make sense
    only beside their siblings: then the list answers its heading whole, and no item of it
    is a front. Such are the rows of a list one of whose items is defined relative to the
    others (`- Immutable: primitives`, `- Mutable: 그 외 모든 객체`), the few lines of a list
    written alike whose siblings are points (`- P > ATC → profit` beside `- AVC < P < ATC →
    loss, …`), and the two sides a heading above compares, written under an aspect of the
    comparison (`- 추상 클래스` and `- 인터페이스`, each over its points, under `### 생성자`
    under `## 추상 클래스 vs 인터페이스`)."""
    if not any(made):
        return made  # most lists: no item a card of its own
    made = _without_shared_definitions(items, made)
    if lists_follow_ups(place.section.title):
        made = _answered_follow_ups(items, made, place)
    if (
        any(map(says_relative, items))
        or any(map(names_the_old_way, items))
        or _compared_sides(items, made, place)
        or _is_mapping(made)
        or _numbered_names(made)
        or any(map(_elides, items))
        or _works_out(items)
        or _few_taken_among_questions(items, made, place)
        or _few_taken_among_points(items, made, place)
    ):
        return [None if cards and cards[0].rule in _PART_RULES else cards for cards in made]
    ordered = _is_ordered(items[0], place)  # read once: the steps and the numbered labels ask
    if ordered and steps_of_a_procedure(items, place):  # `2. Who am I: …` (Methodology)
        return [
            None if cards and cards[0].rule in _TERM_RULES and not item.below else cards
            for item, cards in zip(items, made, strict=True)
        ]
    steps = ordered and is_sequence(items, place)
    if steps:
        return _asked_as_steps(items, _answers_together(items, made, place, steps), place)
    if asks_for_its_items(items, place):
        return _answers_together(items, made, place, steps)
    if _claims_told_whole(made, place):
        return [
            None if cards and cards[0].rule == _LABEL_RULE and _names_an_answer(cards) else cards
            for cards in made
        ]
    if _among_bare_names(items, made, place):
        return [
            None if cards and _lists_instances(item, cards) else cards
            for item, cards in zip(items, made, strict=True)
        ]
    if ordered:  # `3. **Notification**: After a worker …` is a step
        return [
            None if cards and _names_an_answer(cards) and goes_on_from_a_step(item) else cards
            for item, cards in zip(items, made, strict=True)
        ]
    return made


def _answered_follow_ups(
    items: list[Node], made: list[list[Card] | None], place: Place
) -> list[list[Card] | None]:
    """Under a heading over follow-up questions (`## 꼬리질문`, qa.lists_follow_ups), a list
    some of whose questions the writer answered, each on its own card (`- memory cache vs
    disk cache? → 브라우저가 결정`): the questions left unanswered (`- [ ] useTransition /
    useDeferredValue 차이`, `- How do you change limits without redeploy?`) have nothing
    to recall, and leave the heading's answer with the rest of the list. So do the tasks
    of a checklist of such questions, whatever a rule made of them (`- [ ] 템플릿 리터럴 타입
    예시 하나 만들어두기`): to-dos. A line saying more than a question (`- How do you handle
    a hot shard? (split it, …)`) stays in the heading's answer, and so does every question
    and task when the writer goes on below the list in a paragraph (`My answer (ordering,
    draft): …`), which may answer one of them."""
    answered = answered_question.__name__
    if not any(cards and cards[0].rule == answered for cards in made):
        return made
    if not _last_said(items, place):
        return made  # a paragraph below may answer what the list leaves open
    kept: list[list[Card] | None] = []
    for item, cards in zip(items, made, strict=True):
        line = item.line.content.strip() if item.line is not None else ""
        if cards and cards[0].rule == answered:
            kept.append(cards)
        elif without_task_mark(line)[1]:
            kept.append([])  # `- [ ] …`: a to-do
        elif cards is None and not item.below and _bare_question(line):
            kept.append([])  # a question left unanswered
        else:
            kept.append(cards)
    return kept


def _last_said(items: list[Node], place: Place) -> bool:
    """Whether a list closes what its section says: no paragraph follows it, up to a rule
    (`---`) setting the rest apart."""
    end = items[-1].map[1] if items[-1].map is not None else None
    if end is None:
        return False
    for block in place.section.blocks:
        if block.map is None or block.map[0] < end:
            continue
        if block.type == "hr":
            return True
        if block.type == "paragraph":
            return False
    return True


def _bare_question(line: str) -> bool:
    """`How do you change limits without redeploy?`, `Job vs SupervisorJob`: a question
    asked (or a pair named) with nothing after it."""
    words = plain(line)
    return asks(words) or (" vs" in words and not _SAYS_MORE.search(words))


_SAYS_MORE = lazy(r"[(:→—]|->| - ")


def _claims_told_whole(made: list[list[Card] | None], place: Place) -> bool:
    """Whether labels over their points (`- 계층별 역할`, `- 통신 역할`) answer a heading
    naming an aspect of its subject (`### 공통점`, `### Other topics`: `names_its_claims`)
    whose whole answer is recalled in one go: each label is one claim of that aspect, part
    of the answer, and asked alone it would turn the answer into questions and leave the
    heading with nothing (the heading's card keeps the list whole instead)."""
    if not place.path or not names_its_claims(place.path[-1]):
        return False  # most headings: a subject, or an aspect asked by other rules
    if not any(cards and cards[0].rule == _LABEL_RULE for cards in made):
        return False
    if is_grab_bag_of_topics(place.section):
        return False  # names only (`- Distance metrics` over three): no card of the heading
    return recallable([(block, place.quote(block)) for block in place.section.blocks])


def _few_taken_among_questions(
    items: list[Node], made: list[list[Card] | None], place: Place
) -> bool:
    """Whether a short list of one-line items written alike, a name and a remark on it,
    most remarks asking a question (`- **Ownership** — did you take responsibility?`,
    `- **Growth** — can you take feedback?`), gave term cards to the few that do not
    (`- **Leadership** — influence without authority`): the list names what its heading
    asks for, each name glossed by what it probes, and one gloss asked alone is one
    answer pulled out of the others, which the heading's card holds whole."""
    if len(items) < _MIN_ALIKE or any([item.below for item in items]):
        return False  # most lists: short, or items over points of their own
    taken = _terms_taken(made)
    if not taken or 2 * taken > len(items):
        return False  # none taken, or most: names defined (`livenessProbe: 살아있나? 실패하면 …`)
    values = [item_text(item).value for item in items]
    asking = sum(value is not None and "?" in value for value in values)
    return (
        all(value is not None for value in values)
        and 2 * asking > len(items)
        and at_most([(item, place.quote(item)) for item in items], MAX_RECALL_LINES)
    )


_MIN_ALIKE = 3


def _few_taken_among_points(items: list[Node], made: list[list[Card] | None], place: Place) -> bool:
    """Whether a list of three or more one-line items, each split at an arrow (`- P > ATC →
    profit`, `- AVC < P < ATC → loss, but keep producing`, `- P < min AVC → shut down`),
    gave term cards to fewer than half of them, the leads of the others as short as a name:
    the rules read those leads as no terms (a condition, a case, a value), and the few
    taken are written just as they are, cases too, which asked alone give half a line
    (`P > ATC` ⟶ `profit`); the heading's card keeps the list whole. An arrow leads from a
    case to what follows it as often as from a term to its meaning: the list's other lines
    tell which. A lead the writer marks as a term (in bold or code, an acronym, named so
    elsewhere in the note: `- **Ranolazine** → …`) keeps its card, and so do the lines of a
    list written with colons or dashes, a glossary's separators, and a term among lines led
    by sentences (`- CPU-bound → multiprocessing` among what the GIL does)."""
    if len(items) < _MIN_ALIKE:
        return False
    taken = 0
    for cards in made:  # a loop, no generator's frame: asked of every list with a card
        if cards:
            if cards[0].rule not in _TERM_RULES:
                return False
            taken += 1
    if 2 * taken >= len(items):
        return False  # most lists with a term: its siblings are terms too
    for item, cards in zip(items, made, strict=True):
        if not _split_at_an_arrow(item):
            return False  # a plain line, points under one, or a colon's or a dash's line
        if not cards and not _name_sized(item_text(item).key or ""):
            return False  # a sentence before the arrow
    return not any(
        marked_as_a_term(item, item_text(item).key or "", place)
        for item, cards in zip(items, made, strict=True)
        if cards
    )


_ASIDE = lazy(r"\([^()]*\)")
_WORD = lazy(r"[^\W_]+")


def _name_sized(lead: str) -> bool:
    """Whether lead words are as short as a name, once their asides in brackets are left
    out, and say nothing as a sentence does: `1s ≤ lag < 30s`, `AVC < P < ATC` (its words
    counted, not its signs); `the old primary comes back with writes` is a sentence."""
    words = _ASIDE.sub(" ", lead).strip()
    if len(_WORD.findall(words)) > _MAX_NAME_WORDS:
        return False
    return not (is_statement(words) or is_claim(words))


_CODE_OR_FORMULA = lazy(r"`[^`\n]*`|\$[^$\n]*\$")
_ARROWS = ("->", "=>", "→", "⇒")


def _split_at_an_arrow(item: Node) -> bool:
    """Whether a one-line item's first separator, outside its code and formulas, is an
    arrow (`- lag < 1s → healthy`; `` `Allow-Credentials: true` `` holds no colon)."""
    if item.line is None or item.below:
        return False
    found = PAIR_SEPARATOR.search(plain(_CODE_OR_FORMULA.sub("x", item.line.content)))
    return found is not None and found[0].strip() in _ARROWS


def _terms_taken(made: list[list[Card] | None]) -> int:
    """How many items of a list a term rule took: asked of every list, counted without a
    generator's frame an item."""
    return sum([bool(cards) and cards[0].rule in _TERM_RULES for cards in made])


_COMPUTED = lazy(r"^[\d\s.,+\-−×÷*/^()]*[+\-−×÷*/^][\d\s.,+\-−×÷*/^()]*=\s*[\d.,]+$")
"""`17 − 2 = 15`: a sum worked out to its result."""
_MIN_COMPUTED = 2


def _works_out(items: list[Node]) -> bool:
    """Whether two or more items of the list give a sum worked out (`- P3: 17 − 2 = 15`,
    `- P4: 5 − 3 = 2`): the list is the working of one example, each line a step of it read
    beside the others and the example's data; asked alone, `P3` gives a number the writer
    picked. The heading's card keeps the working whole."""
    computed = 0
    for item in items:
        if item.line is None or "=" not in item.line.content:
            continue  # no sum on its line (most items), nor in its words: they need not be read
        value = item_text(item).value
        if value is not None and "=" in value and _COMPUTED.match(value.strip()):
            computed += 1
            if computed >= _MIN_COMPUTED:
                return True
    return False


_ELLIPSIS = lazy(r"^(\.{3,}|…+|⋯|⋮)$")


def _elides(item: Node) -> bool:
    """`- ...` between `- 첫 번째 회전의 비교 횟수 : n-1` and `- 합 : n(n-1)/2`: a series told
    in its first lines and its last, the middle left out. Its lines are steps of one working
    read in their order, not terms; the heading's card keeps the working whole."""
    line = item.line
    return line is not None and not item.below and _ELLIPSIS.match(line.content.strip()) is not None


_MIN_SHARED_WORDS = 4


def _without_shared_definitions(
    items: list[Node], made: list[list[Card] | None]
) -> list[list[Card] | None]:
    """`made`, less the cards of terms defined in the same words as a sibling (`- BEFORE 또는
    AFTER : 트리거가 실행되는 시기를 지정한다.`, `- INSTEAD OF : 트리거가 실행되는 시기를
    지정한다.`): the sentence says what the terms have in common, not what each is, and
    asked by either name it cannot tell them apart; the heading's answer keeps both lines.
    A short value shared (`- @OneToMany: LAZY`, `- push: O(1)`) is a fact of each."""
    if _terms_taken(made) < 2:
        return made  # most lists: fewer than two terms to compare
    said = [_definition_said(item, cards) for item, cards in zip(items, made, strict=True)]
    shared = {words for words in said if words is not None and said.count(words) > 1}
    if not shared:
        return made  # most lists: each term its own definition
    return [None if words in shared else cards for cards, words in zip(made, said, strict=True)]


def _definition_said(item: Node, cards: list[Card] | None) -> str | None:
    """The words a term's item defines it by, when a term rule took it and they make a
    sentence (`_MIN_SHARED_WORDS` or more); else None."""
    if not cards or cards[0].rule not in _TERM_RULES:
        return None
    words = (item_text(item).value or "").rstrip(" .").casefold().split()
    return " ".join(words) if len(words) >= _MIN_SHARED_WORDS else None


def _answers_together(
    items: list[Node], made: list[list[Card] | None], place: Place, steps: bool
) -> list[list[Card] | None]:
    """`made`, less the cards of items that each give one answer to the heading, or are one
    step of its process: all of them while the list fits in one go (steps, which make sense
    only in their order, while the heading's whole answer is not overlong), else those told
    in a line or two (a term and its definition, a label over one point). When that takes
    most of them, the list answers its heading and takes the rest too, while it is not
    overlong: one reason for UDP left a card of its own would leave its name bare among
    the others told whole."""
    blocks = [(item, place.quote(item)) for item in items]
    if steps:  # the heading's card holds the section's other text too (HTML is layout)
        text = [(block, place.quote(block)) for block in place.section.blocks]
        fits = not_overlong = at_most(
            [(block, quoted) for block, quoted in text if block.type != "html_block"],
            _MAX_TOGETHER_LINES,
        )
    else:
        fits = at_most(blocks, MAX_RECALL_LINES)
        not_overlong = fits or at_most(blocks, _MAX_ANSWERS_LINES)
    answers = [bool(cards) and _names_an_answer(cards, in_code=True) for cards in made]
    taken = [
        answer
        and (fits or not_overlong and (cards[0].rule in _TERM_RULES or _over_one_point(item)))
        for item, cards, answer in zip(items, made, answers, strict=True)
    ]
    if 2 * sum(taken) > sum(answers) and not_overlong:
        taken = answers
    return [None if took else cards for cards, took in zip(made, taken, strict=True)]


def _asked_as_steps(
    items: list[Node], made: list[list[Card] | None], place: Place
) -> list[list[Card] | None]:
    """`made`, with each step still a card of its own (the steps too long to stay together
    on their heading's card) asked as that step of the process: `인터럽트 동작 순서 › Step
    1: 인터럽트 요청` over its points (subjects.step_asked). A step's name alone
    (`인터럽트 요청`, `상태 복구`) says neither of what process it is a step nor where in it;
    the heading's card names the steps in their order, and each card asks what its step
    does. A message (`Client → Server: SYN`) says who does what: it asks its step already."""
    if not place.path:
        return made
    asked = []
    for item, cards in zip(items, made, strict=True):
        if cards and cards[0].rule == "label_with_children" and not names_a_message(item):
            number = _marker(item, place).rstrip(".)")
            step = replace(cards[0], context=place.path[:-1])
            step = step_asked(step, place.path[-1], f"Step {number}", cards[0].question)
            cards = [step, *cards[1:]]
        asked.append(cards)
    return asked


_STEP_ASKED = lazy(r" › Step \d+: (?P<name>.+)$")
_STEP_NAME = lazy(r"^\*\*(?P<name>.+?)\*\*\n")


def _step_name(card: Card) -> str | None:
    """The name of the step a card asks as that step of its process (`_asked_as_steps`):
    after its number in the front, or heading the back when too long for it; None when it
    asks no step."""
    if " › Step " not in card.question:
        return None  # most cards: the cheap test first
    asked = _STEP_ASKED.search(card.question)
    if asked is not None:
        return asked["name"]
    found = _STEP_NAME.match(card.answer) if card.question[-1:].isdigit() else None
    return found["name"] if found else None


_MAX_TOGETHER_LINES = 2 * MAX_RECALL_LINES
"""The lines a process's steps may take and still stay together on its heading's card."""
_MAX_ANSWERS_LINES = MAX_RECALL_LINES + MAX_RECALL_LINES // 2
"""The lines a list of answers told in a line or two each (pros, reasons, cases) may take
and still stay together; past it, each answer that says more is a card of its own, in the
heading's context, and the heading's card names them."""


def _among_bare_names(items: list[Node], made: list[list[Card] | None], place: Place) -> bool:
    """Whether the list names its heading's answers, most of them bare (`- GitHub profile
    URL`, `- Personal website URL`), one or another over a few points of its own (`-
    Competitive coding profile` over `- CodeChef`): such a label is one answer among the
    names, its points examples of it; asked alone it gives itself away, and the list, short
    enough, answers its heading whole."""
    bare = sum(
        [
            cards is None and is_bare_label(item) and _names_alone(item)
            for item, cards in zip(items, made, strict=True)
        ]
    )
    return (
        bare >= 2
        and 2 * bare >= len(items)
        and any(
            cards and _lists_instances(item, cards) for item, cards in zip(items, made, strict=True)
        )
        and at_most([(item, place.quote(item)) for item in items], MAX_RECALL_LINES)
    )


_MAX_INSTANCE_WORDS = 3


def _lists_instances(item: Node, cards: list[Card]) -> bool:
    """Whether an item is a label over a few names of what it stands for (`- Competitive
    coding profile` over `- CodeChef`, `- HackerRank`): its card asks for examples, which
    its front does not say. A label over what it means or asks (`- Extensions` over
    `- Iterations over the base design …`) teaches something of its own."""
    if cards[0].rule != "label_with_children" or not _names_an_answer(cards):
        return False
    if not all(block.type in LIST_TYPES for block in item.below):
        return False
    points = [point for block in item.below for point in block.children]
    return all(
        point.line is not None
        and not point.below
        and 0 < len(item_text(point).words.split()) <= _MAX_INSTANCE_WORDS
        and not any(mark in point.line.content for mark in "?[](")
        for point in points
    )


def _names_alone(item: Node) -> bool:
    """`- Personal website URL`: a name, with no value after a separator (`- Method: GET`)
    and no colon waiting for one (`- 가정:`)."""
    text = item_text(item)
    return ":" not in text.words and text.key is None


def _names_an_answer(cards: list[Card], in_code: bool = False) -> bool:
    """Whether an item's cards ask its name, which is an answer to its heading (the caller
    keeps the cards of labels over points too many to recall in one go, which the heading
    could only name: `1. SRP 위배:` over how an example breaks it); an aspect
    (`- 장점` over its points, under `### 장단점`) is asked of the subject, and stays, as
    does a name written in code, unless `in_code`: under a heading asking for its items
    (`## TDD의 한계` over `` 3. `GUI` ``), code marks one answer as plainly as bold does."""
    question = cards[0].question
    if not in_code and question.startswith("`") and question.isascii():
        return False  # a name in code (`IN`, `OUT`) is a thing of its own
    return cards[0].rule in _PART_RULES and not _names_aspect(question)


def _over_one_point(item: Node) -> bool:
    """`- 디버깅 시간의 단축` over one line saying why: a term with its definition written on
    the next line, which under a title asking for pros is one answer, as `- term: …` is."""
    points = [point for block in item.below for point in block.children]
    return (
        len(item.below) == 1
        and item.below[0].type == "bullet_list"
        and len(points) == 1
        and points[0].line is not None
        and not points[0].below
        and "\n" not in points[0].line.content.strip()
    )


def _is_ordered(item: Node, place: Place) -> bool:
    marker = _marker(item, place, None)
    return marker is not None and marker[0].isdigit()


_NUMBERING = lazy(r"^\W*(\d+[.)]?\s*)+")


_MAX_MAPPED_WORDS = 3


def _is_mapping(made: list[list[Card] | None]) -> bool:
    """Whether the list's terms, three or more, map each to a value of one kind written
    alike (`- Create: 데이터 생성(POST)`, `- Read: 데이터 조회(GET)`, …): a table written as
    a list, where one row alone is trivial and the heading asks for the whole mapping.
    Values of one word (`O(1)`), or all the same, may well be asked one by one."""
    answers = [cards[0].answer for cards in made if cards and cards[0].rule in _TERM_RULES]
    if len(answers) < 3:
        return False  # most lists: too few terms to read their values
    values = []
    for answer in answers:
        words = plain(answer).split()
        if not 1 < len(words) <= _MAX_MAPPED_WORDS:
            return False
        values.append(words)
    return (
        len({tuple(words) for words in values}) == len(values)  # each row its own value
        and (len({words[0] for words in values}) == 1 or len({words[-1] for words in values}) == 1)
    )


_NAME_NUMBERED = lazy(
    r"^(?P<stem>\S.*?)\s+(?P<number>\d+)$"
    r"|^\$(?P<symbol>[A-Za-z])_\{?(?P<index>\d+)\}?\$$"  # `$p_1$`, `$p_2$`: one symbol indexed
)


def _numbered_names(made: list[list[Card] | None]) -> bool:
    """Whether the list's terms are one name numbered 1, 2, … (`- Subnet 1: 192.168.1.0/25`,
    `- Subnet 2: …`; `- $p_1$: …`, `- $p_2$: …`, the processes of an exercise): rows of
    one worked case, told apart only by their numbers, which asked alone name nothing.
    (`RAID 0`, `RAID 5` name levels of their own; a label over its points, `- Core 1` over
    the topics of an exam, names a thing.)"""
    names = [cards[0].question for cards in made if cards and cards[0].rule in _TERM_RULES]
    if len(names) < 2:
        return False
    found = [_NAME_NUMBERED.match(plain(name)) for name in names]
    return (
        all(found)
        and len({match["stem"] or match["symbol"] for match in found if match}) == 1
        and [int(match["number"] or match["index"]) for match in found if match]
        == list(range(1, len(found) + 1))
    )


def _compared_sides(items: list[Node], made: list[list[Card] | None], place: Place) -> bool:
    """Whether the list is two items, each a card, naming the two sides that a heading
    above this section compares (`추상 클래스 vs 인터페이스`)."""
    if len(items) != 2 or not all(made):
        return False
    names = [plain(cards[0].question).casefold() for cards in made if cards]
    for title in place.path[:-1]:
        sides = [_NUMBERING.sub("", side).casefold() for side in comparison_sides(title)]
        if sides and all(any(name.startswith(side) for name in names) for side in sides):
            return True
    return False


_TERM_RULES = frozenset({"term_definition", "term_arrow_definition"})
"""The item rules of items.py, by the name a card carries: items.py asks this module what a
label's children answer, so this module names its rules rather than importing them."""
_LABEL_RULE = "label_with_children"
_PART_RULES = _TERM_RULES | {_LABEL_RULE}
"""Rules whose items name a part of what their heading asks: `- EC2: 가상 컴퓨터` under
`## AWS 대표 서비스`, `- Read Through 패턴` over its details under `## 캐시 읽기 전략`."""
LIST_MARKER = lazy(r"^\s*([-*+]|\d+[.)])\s")
"""A list item's marker at the start of its line: `-`, `*`, `3.`."""


def list_answer(
    items: list[Node],
    made: list[list[Card] | None],
    place: Place,
    *,
    whole: bool = False,
    with_points: bool = False,
) -> tuple[str, bool] | None:
    """What of a list answers its heading (`made` holds, for each item, the cards a rule
    made of it, or None when none took it).

    Splitting an item off never takes it from the answer it belongs to. `whole`, the
    answer keeps every item that names a part or an aspect of the subject (`- 장점` over
    its points) as it is written, children and all: the heading's card keeps the whole
    list, and a sequence all its steps. The caller takes that when the heading's answer
    still fits in one go; otherwise an item that became a card by naming a part (a term, a
    label over its details) stays in the list by its own line without what stands under
    it, and when the list was all such parts, or the items left are bare labels too
    (`- Assumptions`), the answer names the parts, one a line: the details are on the
    parts' own cards. Questions and explicit cards ask something else, and navigation is
    nothing: neither answers the heading. `with_points`, a bare label among terms
    defined in their line says its points after it in one line when they are short (a
    label's answer, whose points are the label's own parts: `- 입출력 인터럽트: 전송이
    끝난 경우; …` beside `- 정렬 예외: …`).

    Returns the text, and whether it only holds parts that all have cards of their own:
    such a list answers a heading that asks for a collection (`## 캐시 쓰기 전략`) or
    says something else too, but a topic's terms alone (`## 트랜잭션` over `- COMMIT: …`)
    are each asked, and leave nothing to ask of the topic."""
    if made.count(None) == len(made):  # most lists: no item is a card of its own
        return "\n".join([place.quote(item) for item in items]), False
    return _answer(items, made, place, _sorted_items(items, made, place), whole, with_points)


def list_answers(
    items: list[Node], made: list[list[Card] | None], place: Place
) -> tuple[tuple[str, bool] | None, tuple[str, bool] | None]:
    """`list_answer` of a list, shortened and whole, its items sorted once for both."""
    if made.count(None) == len(made):
        answer = list_answer(items, made, place)
        return answer, answer  # no item is a card of its own: nothing to shorten
    if (tabs := _tabs_said(items, made, place)) is not None:
        return tabs
    sorted_items = _sorted_items(items, made, place)
    gists = False
    short = _answer(items, made, place, sorted_items, False, cut_short=True)
    whole = _answer(items, made, place, sorted_items, True)
    if whole is not None and sorted_items[4] and not texts_recallable([whole[0]]):
        # Left out, remarks (`- Tips`) let parts that fit in one go stay whole; past that
        # the whole is no answer to choose and keeps them as written.
        whole = _answer(items, made, place, _sorted_items(items, made, place, False), True)
    if (
        short is not None
        and whole is not None
        and bare_names(short[0], whole[0])
        and not comparison_sides(place.section.title)  # a first point says one side only
        and (
            names_a_collection(place.section.title)  # the names stay: said with a point each
            or not nearly_recallable([(items[0], whole[0])])  # else the whole list may
        )
    ):
        short = _answer(items, made, place, sorted_items, False, cut_short=True, gists=True)
        gists = True
    if short is not None and _terms_told_long(items, made):
        named = _answer(
            items, made, place, sorted_items, False, cut_short=True, gists=gists, terms_named=True
        )
        if named != short:
            return named, named  # past one go as written: no whole to choose
    if short is not None and whole is not None and _aspects_named(short[0], whole[0]):
        return whole, whole
    return short, whole


_ASPECT_OF_A_CONDITION = lazy(
    r"(?:causes?|etiology|s/s|signs?|symptoms?|sx|tx|rx|treatment|management|dx|diagnosis|"
    r"ecg|ekg|labs?|complications?|risk factors?|prognosis|work-?up|"
    r"(?:nursing )?interventions?|assessment|원인|증상|징후|치료|진단|합병증|검사)\b",
    re.IGNORECASE,
)
_NAME_LINE = lazy(r"[-*+][ \t]+(?P<name>[^:：\n]{1,40})")


def _aspects_named(short: str, whole: str) -> bool:
    """Whether a list shortened to its parts' names names only aspects any condition has
    (`- causes`, `- ECG`, `- tx in order of why` under `### HyperK (>5.0)`), which say
    nothing of this one, while the whole list is at most two goes: the heading's card keeps
    it as written (its parts keep their cards, `HyperK › causes`)."""
    if ":" in short or not _ASPECT_OF_A_CONDITION.search(short):
        return False  # nearly every list: its names told after a colon, or no aspect named
    lines = [line.strip() for line in short.splitlines() if line.strip()]
    for line in lines:
        named = _NAME_LINE.fullmatch(line)
        if named is None or not _ASPECT_OF_A_CONDITION.match(named["name"]):
            return False
    return bool(lines) and shown_lines([whole]) <= 2 * MAX_WHOLE_LINES


def _terms_told_long(items: list[Node], made: list[list[Card] | None]) -> bool:
    """Whether an item is a term a rule took, told in its own line past the two lines of
    the card a part's line may take on its heading's card (`- **Agentic systems**:
    planning (ReAct, plan-and-execute), …`): the heading's answer may name the terms
    (`_terms_named`)."""
    for item, cards in zip(items, made, strict=True):  # a loop: no generator's frame an item
        if cards and cards[0].rule in _TERM_RULES and _told_long(item):
            return True
    return False


def _tabs_said(
    items: list[Node], made: list[list[Card] | None], place: Place
) -> tuple[tuple[str, bool], tuple[str, bool]] | None:
    """A list of a page's content tabs (`=== "TCP Tahoe"` over its points, then `=== "TCP
    Reno"` over theirs, each a bold label over a list), every tab asked on a card of its
    own: shortened, each tab named with its points in one line when every tab's fit (`TCP
    Tahoe: 손실 종류 상관없이 …; cwnd = 1 MSS로 리셋 → 슬로 스타트; 빠른 회복 없음`), three
    lines of the card a tab at most and one go in all; whole, the tabs as written. The tabs
    are the sides or ways of the heading's subject: their bare names, or none at all when
    they only repeat the heading's words, leave its card with nothing said of any of them.
    None when the items are no such tabs, or a tab's points do not fit its line (a first
    point alone may say one side only): the list is read as any other."""
    labels = place.tree.tab_labels
    if (
        not labels
        or len(items) < 2
        or not all(made)
        or not all(item.map and item.map[0] in labels and item.line for item in items)
        or not all(len(item.below) == 1 and item.below[0].type in LIST_TYPES for item in items)
    ):
        return None
    names = [unwrap_strong(item.line.content.strip()).rstrip(" :") for item in items]
    said = [points_line(item.below) for item in items]
    if not all(points and len(points) <= _MAX_POINTS_CHARS for points in said):
        return None
    lines = [f"- {as_item_text(name)}: {points}" for name, points in zip(names, said, strict=True)]
    if any(shown_lines([line]) > _MAX_TAB_LINES for line in lines) or (
        shown_lines(lines) > MAX_RECALL_LINES
    ):
        return None
    short = "\n".join(lines)
    whole = _between(items[0], place).join(place.quote(item).rstrip() for item in items)
    return (short, False), (whole, False)


_MAX_TAB_LINES = MAX_PART_LINES + 1
"""The lines of a card a tab named with its points may take on the heading's card."""


def names_past_recall(short: tuple[str, bool] | None, whole: tuple[str, bool] | None) -> bool:
    """Whether a heading's answer cut short is only the bare names of more terms than a
    student recalls in one go (`- ACID`, `- BASE`, … nineteen more, each defined on its own
    card): a table of contents, asked of no one, which leaves the heading's card. A short
    list of names (`- Read committed`, `- Serializable`) stays as it is."""
    return (
        short is not None
        and whole is not None
        and short[1]  # every item a part with a card of its own
        and short[0].count("\n") >= MAX_RECALL_LINES  # most lists: a few lines
        and bare_names(short[0], whole[0])
    )


_Sorted = tuple[list[tuple[Node, str | None]], list[Node], list[Node], set[int], bool]
"""A list's items as its answers keep them: each item in the answer with the part it
names, the items no card took, the items a whole answer keeps, those of them (by id) it
keeps by their own line, their answer on their own card (`_steps_asked`), and whether a
part named is a remark (`- Tips`), read once here for both answers."""


def _sorted_items(
    items: list[Node], made: list[list[Card] | None], place: Place, remarks_apart: bool = True
) -> _Sorted:
    kept: list[tuple[Node, str | None]] = []  # each item in the answer, and the part it names
    left: list[Node] = []
    answering: list[Node] = []  # the items a whole answer keeps: parts and aspects too
    steps_asked = _steps_asked(items, made)
    # Beside points written out, a label over questions only keeps them (`- Data access`
    # over `- Do we log …?`): its card is dropped, asking only, and its bare line would
    # read as a point whose content was lost. Among labels it is named like the others.
    asking = [cards is not None and _only_asks(cards) for cards in made]
    written = any(asking) and any(  # most lists: no label over questions only
        cards is None and not is_bare_label(item) for item, cards in zip(items, made, strict=True)
    )
    remarks = False  # a part named is a remark (`- Tips`)
    numbered = bool(steps_asked) and (_marker(items[0], place) or "")[:1].isdigit()
    for item, cards, asks_only in zip(items, made, asking, strict=True):
        if (
            cards is None
            or (is_condition(item, place) and not cards[0].question.startswith(JUDGED_FRONT))
            or (written and asks_only)
        ):
            # a case keeps what follows from it in any answer
            kept.append((item, None))
            left.append(item)
        elif (part := _part_name(cards)) is not None:
            kept.append((item, part))
            if META_NAMES.match(plain(part)):
                remarks = True
                if remarks_apart:
                    continue  # `- Tips` over remarks: asked on its own card, no part of the whole
        elif id(item) in steps_asked:  # by its line: its answer is on its own card
            kept.append((item, cards[0].question))
            remarks = remarks or bool(META_NAMES.match(plain(cards[0].question)))
            if asks(cards[0].question) and not numbered:
                # A question asks something besides the heading, which a whole answer
                # need not name; a label over questions to ask (`✅ Clarify assumptions`)
                # is one of the heading's answers, kept by its line. So is a numbered
                # step asked as a question (`2. **Primary process** — which moved?` over
                # its cases): the sequence keeps its step, its cases go to its own card.
                continue
        elif not _is_aspect(cards):
            continue
        answering.append(item)
    return kept, left, answering, steps_asked, remarks


def _only_asks(cards: list[Card]) -> bool:
    """Whether an item is a label whose one card holds only questions (`- Data access` over
    `- Do we log …?`, `- Do we have …?`): the build drops such a card, nothing to learn."""
    if len(cards) != 1 or cards[0].rule != "label_with_children":
        return False
    for line in cards[0].answer.splitlines():  # read up to the first that asks not
        line = LIST_MARKER.sub("", line).strip()
        if line and not asks(line):
            return False
    return True


def _steps_asked(items: list[Node], made: list[list[Card] | None]) -> set[int]:
    """The items (by id) that are a question over its answer among the parts or points of
    an outline (`- Do we need ML to solve this problem?` after `- Requirements`, `-
    Assumptions`): a step of what the heading lists, asked on its own card, which the
    heading's answer names like the others; left out, the outline would read as whole
    without it. A list mostly of questions (`## 예상 질문`) lists no steps."""
    asked = {
        id(item)
        for item, cards in zip(items, made, strict=True)
        if cards
        and cards[0].rule == answered_question.__name__
        and item.line is not None
        and plain(undressed(item.line.content.strip())) == plain(cards[0].question)
    }
    return asked if 2 * len(asked) < len(items) else set()


def _answer(
    items: list[Node],
    made: list[list[Card] | None],
    place: Place,
    sorted_items: _Sorted,
    whole: bool,
    with_points: bool = False,
    cut_short: bool = False,
    gists: bool = False,
    terms_named: bool = False,
) -> tuple[str, bool] | None:
    kept, left, answering, by_line, _ = sorted_items
    if not left and len(answering if whole else kept) < 2:
        return _lone_part(kept, answering, place, whole)
    if whole:
        return _between(items[0], place).join(
            [
                (_own_line(item, place) if id(item) in by_line else place.quote(item)).rstrip()
                for item in answering
            ]
        ), not left
    if len(left) < len(kept) - len(left) and (
        all(map(is_bare_label, left)) or (_only_labels(made) and all(map(_names_in_a_line, left)))
    ):
        names = {
            (part or plain(unwrap_strong(item.line.content.strip()))).rstrip(" :;,"): item
            for item, part in kept
        }
        said = {id(item): cards for item, cards in zip(items, made, strict=True)}
        marker = _marker(items[0], place)
        named = "\n".join(
            [
                f"{_numbered(marker, number)} {line}"
                for number, line in enumerate(
                    _with_members(
                        names,
                        _named_lines(names, _told_names(names, said), gists, _defined(names, said)),
                    )
                )
            ]
        )
        return named, not left
    asking = _asking_among_points(items, made)
    # beside names defined in their line (`- 정렬 예외: …`) a bare name reads as one whose
    # definition was lost; beside names and sentences (`- LR`) it names a part
    with_points = with_points and any(item_text(item).key is not None for item in left)
    if cut_short:
        # A heading's answer cut short: a bare label alone among points written out in
        # their line (`- **Behavior prediction**` over one line, beside `- **Planning**:
        # decision making`) reads as one whose content was lost, as it does beside an
        # item kept whole over its points (`- Ignore it (the ostrich approach)` over why,
        # no card of its own, beside `- **Prevention**`); beside cases over their points
        # (`- When the cache is full`) it names a part like them.
        with_points = any(
            not is_condition(item, place) if item.below else not is_bare_label(item)
            for item in left
        )
    shown = [(item, part) for item, part in kept if id(item) not in asking]
    lines = [None if part is None else _short_line(item, place) for item, part in shown]
    stated = _stated_alike(shown, lines, place)
    if not stated:
        lines = [
            None if part is None else _short_line(item, place, stated=False) for item, part in shown
        ]
    if with_points:
        # One part alone among points written out may say its points over two more lines
        # (`- Thumbnail service: picks three frames; …`): they are all the card would lose
        # of it, where several parts' points would make the card overlong. Not numbered
        # steps (`- 쿠키 저장 프로세스` over `1.`–`3.`): a sequence run together over three
        # lines of the card is no point among points, and is asked on its own card.
        lone = (
            cut_short
            and len(lines) - lines.count(None) == 1
            and not any(
                line is not None and over_steps(item)
                for (item, _), line in zip(shown, lines, strict=True)
            )
        )
        pointed = [
            None if line is None else _short_line(item, place, True, lone, stated)
            for (item, _), line in zip(shown, lines, strict=True)
        ]
        if not cut_short or all(
            _adds_a_line_at_most(item, place, line, said, 1 + lone)
            for (item, _), line, said in zip(shown, lines, pointed, strict=True)
        ):
            lines = pointed  # the parts said alike: all with their points, or all bare
        elif (gisted := _gisted_lines(shown, lines, place, 1 + lone)) is not None and (
            _fits_as_before(items, place, _joined(items, shown, lines, place), gisted, shown)
        ):
            lines = gisted  # too many points to say: each bare label with its gist
    if cut_short:
        shown, lines = _without_bare_steps(shown, lines, made, items, place)
    if terms_named:
        lines = _terms_named(items, made, shown, lines, place)
    return _joined(items, shown, lines, place), False


def _terms_named(
    items: list[Node],
    made: list[list[Card] | None],
    shown: list[tuple[Node, str | None]],
    lines: list[str | None],
    place: Place,
) -> list[str | None]:
    """The lines of a shortened answer with its terms named rather than told whole, when
    the list is mostly parts asked on cards of their own, a term's line runs past two
    lines of the card, and the heading's answer is more than a little over one go
    (`- **Agentic systems**: planning (ReAct, plan-and-execute), tool/function calling,
    memory, …`, `- **Serving & scaling**: …`, seven such areas beside a point written
    out): each term by its name and its gist (term_gists.line_gist), in the writer's
    words and separator, while every term has one in two lines of the card (`- **Task** -
    What were you required to achieve?`), else by its name alone. A student recalls the
    names on the heading's card, and each term on its own. Items no card took stay as
    written (a point; a term whose text only asks, `- **Results** - What was …?`); left
    whole is a list beside a term told at length that another rule asks, or beside which
    bare names would read as cut (`- **Trie**: Do you need …?`), a list of the answers its
    heading asks for (`## Why …`, `- **Isolation**: …`), and names that say nothing
    alone (`Input`)."""
    cards_of = {id(item): cards for item, cards in zip(items, made, strict=True)}
    terms: list[tuple[str, str, str] | None] = []
    for (item, part), line in zip(shown, lines, strict=True):
        cards = cards_of[id(item)]
        term = None
        if part is not None and line is not None and cards and cards[0].rule in _TERM_RULES:
            term = _told_term(item, line, place)
        terms.append(term)
    parts = sum(part is not None for _, part in shown)
    if (
        sum(term is not None for term in terms) < 2
        or 2 * parts <= len(items)  # points written out, a term or two among them
        or any(part is None and _told_long(item) and _says_more(item) for item, part in shown)
        or any(says_nothing_alone(term[0]) for term in terms if term is not None)
        or asks_for_its_items(items, place)
    ):
        return lines
    others = [
        (block, place.quote(block))
        for block in place.section.blocks
        if block.type not in _ASIDE_BLOCKS
        and not (block.children and block.children[0] is items[0])
    ]
    if nearly_recallable([*others, (items[0], _joined(items, shown, lines, place))]) or all(
        shown_lines([line]) <= MAX_PART_LINES
        for line, term in zip(lines, terms, strict=True)
        if line is not None and term is not None
    ):
        return lines  # a little over one go at most, or every term told in a line or two
    marks = [_marker(item, place) or "-" for item, _ in shown]
    gists = told_apart(
        [term[2] if term else "" for term in terms],
        [line_gist(term[2], term[0]) if term else None for term in terms],
    )
    told = [
        None if term is None or gist is None else f"{mark} {term[0]}{term[1]}{gist}"
        for mark, term, gist in zip(marks, terms, gists, strict=True)
    ]
    whole = [term is not None and gist == term[2] for term, gist in zip(terms, gists, strict=True)]
    if all(
        said is not None and shown_lines([said]) <= MAX_PART_LINES
        for said, term in zip(told, terms, strict=True)
        if term is not None
    ):
        return [  # a term whose gist is all it says keeps its line as written
            line if said is None or kept else said
            for line, said, kept in zip(lines, told, whole, strict=True)
        ]
    if any(part is None and _told_in_its_line(item) for item, part in shown):
        return lines  # names bare beside a term told whole (`- **Trie**: Do you need …?`)
    return [
        line if term is None else f"{mark} {term[0]}"
        for line, term, mark in zip(lines, terms, marks, strict=True)
    ]


def _told_long(item: Node) -> bool:
    """Whether an item is a term told in its own line past the two lines of the card a
    part's line may take (`- **Health plans** - Companies often partner with …`)."""
    line = item.line
    return (
        _told_in_its_line(item)
        and line is not None
        and shown_lines([line.content]) > MAX_PART_LINES
    )


def _told_in_its_line(item: Node) -> bool:
    """Whether an item is a term told in its own line, nothing under it (`- **Trie**: …`)."""
    return not item.below and item.line is not None and item_text(item).key is not None


def _says_more(item: Node) -> bool:
    """Whether what an item says after its name has something to learn, not only questions
    (`- **Results** - What was the outcome of your actions? What did you learn?`)."""
    value = item_text(item).value
    return value is not None and has_substance(value)


def _told_term(item: Node, line: str, place: Place) -> tuple[str, str, str] | None:
    """The name of a term an item tells in its own line, what parts it from its
    definition, and the definition, as written (`**Agentic systems**`, `: `, `planning
    (ReAct, …), …`), when the shortened answer shows that line whole; None for a term
    shown otherwise, or told over lines."""
    if item.below or item.line is None or line != _own_line(item, place).rstrip(" :"):
        return None
    text = item.line.content.strip()
    separator = PAIR_SEPARATOR.search(text)
    if separator is None or "\n" in text or text[: separator.start()].count("`") % 2:
        return None
    mark = ": " if ":" in separator[0] else f" {separator[0].strip()} "
    return text[: separator.start()].rstrip(), mark, text[separator.end() :].strip()


def _joined(
    items: list[Node], shown: list[tuple[Node, str | None]], lines: list[str | None], place: Place
) -> str:
    """A shortened answer's text: each item shown by its line, or as written."""
    return _between(items[0], place).join(
        [
            place.quote(item) if line is None else line
            for (item, _), line in zip(shown, lines, strict=True)
        ]
    )


def _fits_as_before(
    items: list[Node],
    place: Place,
    bare: str,
    gisted: list[str | None],
    shown: list[tuple[Node, str | None]],
) -> bool:
    """Whether the heading's answer with its labels said with their gists is still
    recalled in one go when it was with them bare: a few more words are no reason for the
    answer to be taken apart into parts."""
    others = [
        (block, place.quote(block))
        for block in place.section.blocks
        if block.type not in _ASIDE_BLOCKS
        and not (block.children and block.children[0] is items[0])
    ]
    if not recallable([*others, (items[0], bare)]):
        return True
    return recallable([*others, (items[0], _joined(items, shown, gisted, place))])


_ASIDE_BLOCKS = frozenset({"fence", "code_block", "html_block"})
"""Blocks an answer's length is counted without."""


_MIN_GIST_WORDS = 4
"""The words a first point takes to say what its label is: fewer name one member of it."""


def _gisted_lines(
    shown: list[tuple[Node, str | None]], lines: list[str | None], place: Place, more: int
) -> list[str | None] | None:
    """The lines of a shortened answer with each bare label among points written out said
    with its first point, its gist (`- **LRU**` over `- 가장 오래 쓰이지 않은 항목을 내보내는
    정책`, then its pros and cons → `**LRU**: 가장 오래 쓰이지 않은 항목을 내보내는 정책`),
    when its points are too many to say in a line and every such label has a gist taking
    `more` lines at most: a bare label there reads as one whose content was lost. None
    when one has none (a label naming an aspect or a process, a first point naming an
    aspect: `- Pros: …`), or when no label is bare."""
    gisted: list[str | None] = []
    bare = False
    for (item, part), line in zip(shown, lines, strict=True):
        if (
            part is None
            or line is None
            or not item.below
            or line != _own_line(item, place).rstrip(" :")
            or ":" in item_text(item).words.rstrip(" :")  # `posting list:` is bare too
        ):
            gisted.append(line)
            continue
        if asks(part) or item.below[0].type == "ordered_list":
            return None  # a question's answer, a label over steps: no first point says it
        if asks_a_difference(part):
            gisted.append(line)  # `blues vs PPD vs psychosis`: a first point is one side
            continue
        gist = gist_point(part, item)
        if not gist or len(plain(gist).split()) < _MIN_GIST_WORDS:
            return None  # `- Online metrics` over `- CTR`: one member, not what it is
        said = f"{line}: {gist}"
        if not _adds_a_line_at_most(item, place, line, said, more):
            return None
        gisted.append(said)
        bare = True
    return gisted if bare else None


def _without_bare_steps(
    shown: list[tuple[Node, str | None]],
    lines: list[str | None],
    made: list[list[Card] | None],
    items: list[Node],
    place: Place,
) -> tuple[list[tuple[Node, str | None]], list[str | None]]:
    """A shortened answer without a label left bare over the numbered steps it names (`-
    세션을 통한 인증방식` over `1. 클라이언트가 인증을 요청`, …), asked on its own card:
    among points written out its bare line reads as a point whose steps were cut, and no
    line can say them. A label said with its steps stays; so does an answer of labels only."""
    cards_of = {id(item): cards for item, cards in zip(items, made, strict=True)}
    bare = {
        id(item)
        for (item, part), line in zip(shown, lines, strict=True)
        if part is not None
        and line is not None
        and line == _own_line(item, place).rstrip(" :")
        and over_steps(item)
        and (cards := cards_of[id(item)])
        and cards[0].rule == "label_with_children"
    }
    if not bare or all(line is not None for line in lines):
        return shown, lines  # labels only: each names a part asked on its own card
    kept = [i for i, (item, _) in enumerate(shown) if id(item) not in bare]
    return [shown[i] for i in kept], [lines[i] for i in kept]


def over_steps(item: Node) -> bool:
    """Whether a list item names the numbered steps under it (`- 쿠키 저장 프로세스` over
    `1. 브라우저에서 웹페이지 접속`, `2. …`, `3. …`): a sequence of its own, not points."""
    below = item.below
    return len(below) == 1 and below[0].type == "ordered_list" and len(below[0].children) > 1


def _named_lines(
    names: dict[str, Node],
    told: list[tuple[str, str | None]],
    gists: bool,
    defined: frozenset[str] = frozenset(),
) -> list[str]:
    """The lines naming a list's parts (`pointed_names`); with `gists`, when their points
    are too many to fit beside the names, each name with its first point
    (`overviews.first_point`: `Write Through 패턴: DB와 캐시에 함께 저장하는 전략`) while every
    part has one and they fit: names alone leave the heading's card an outline of words
    with nothing said of any of them. (The caller asks for gists only where the names
    would stay: under a heading asking for them, or beside a whole list too long to keep.)
    A term `defined` in its own line keeps that definition as its gist, not its first point."""
    lines = pointed_names(told)
    if not gists or not all(line in names for line in lines):
        return lines  # each name with all its points, or a name that says nothing alone
    firsts = [
        (name, gist_point(name, names[name]) if point and name not in defined else point)
        for name, point in told
    ]
    gisted = pointed_names(firsts)
    return lines if all(line in names for line in gisted) else gisted


def _with_members(names: dict[str, Node], lines: list[str]) -> list[str]:
    """An outline of bare labels each over a short list of the members it groups
    (`- Control plane` over `- apiserver — …`, `- etcd — …`; `- Worker` over its own): each
    label with its members' names (`Control plane: apiserver, etcd, scheduler`), while
    every label has them, each in two lines of the card at most and all in one go. The
    labels alone would leave the heading's card naming groups with nothing in them; what
    each member does stays on its label's own card. `lines` as they were when any label
    names no such members, or any line already says more than its name."""
    if not lines or not all(line in names for line in lines):
        return lines
    listed = [_with_names_below(line, names[line], stated=False) for line in lines]
    if (
        any(said == line for said, line in zip(listed, lines, strict=True))
        or any(shown_lines([said]) > MAX_PART_LINES for said in listed)
        or shown_lines(listed) > MAX_RECALL_LINES
    ):
        return lines
    return listed


def gist_point(name: str, item: Node) -> str | None:
    """An item's first point as its gist (`overviews.first_point`); none for a label naming
    an aspect or a process (`- 세션 특징`, `- 세션의 동작 순서`), whose first point is one
    feature or step among several, nor when that point names an aspect (`- Pros: Training
    speed`), one side of what the points weigh."""
    words = plain(name).split()
    if not words or _names_aspect(words[-1]) or names_a_process(name):
        return None
    if _ASKS_BY_ITS_WORDS.match(name) and not _one_point(item):
        return None  # `- Where it pays` over three places: the first is one answer of them
    point = first_point(item.below)
    if point is not None and not _one_point(item) and not _says_what_it_is(name, point):
        return None  # `- Camera` over `- used for …`, then its weaknesses: one point of several
    if point is None or ":" not in point:
        return point
    return None if _names_aspect(plain(point.split(":", 1)[0])) else point


_ASKS_BY_ITS_WORDS = lazy(
    r"(?:where|when|why|how|what|which|who)\b|(?:언제|어디|왜|어떻게|무엇|어떤)", re.IGNORECASE
)
"""`Where it pays`, `When to use it`, `언제 쓰나`: a label asking, with no question mark."""


def _one_point(item: Node) -> bool:
    """Whether an item says one point under its name, all there is of it."""
    below = item.below
    return len(below) == 1 and (below[0].type not in LIST_TYPES or len(below[0].children) == 1)


def _says_what_it_is(name: str, point: str) -> bool:
    """Whether the first of a part's several points says what the part is, its gist
    (`가장 오래 쓰이지 않은 항목을 내보내는 정책`, `어떤 해시 값에서 입력 값을 찾기 어려워야 함`),
    not one point among the others the part goes on to: a use (`used for classification`),
    a comparison (`Write Through보다 빠름`, `faster than …`), the first step of a chain (`text ->
    encoder -> embedding`), a statement about something of its own (`Hashtable은 동기화를
    지원한다`, then `HashMap은 …`; `백업 과정은 쿼리에 영향을 준다`, then what is done)."""
    said = plain(point)
    if _USE_OR_COMPARISON.search(said) or len(_CHAIN_ARROW.findall(said)) > 1:
        return False
    topic = own_topic(said)
    return topic is None or topic.casefold() in plain(name).casefold()


_USE_OR_COMPARISON = lazy(
    r"^(?:used|use|using)\b|\b(?:than)\b|[^\s\W\d_]보다(?:\s|$)",
    re.IGNORECASE,
)
"""`used for classification`, `faster than …`, `Write Through보다 훨씬 빠름`: a part's use, or how
it compares, not what it is."""
_CHAIN_ARROW = lazy(r"->|→|=>|⇒")
"""An arrow of a chain (`text -> preprocess -> encoder`): with two or more, a first point is
the start of a flow, whose later steps the part's other points go on with."""


def _told_names(
    names: dict[str, Node], said: dict[int, list[Card] | None]
) -> list[tuple[str, str | None]]:
    """Each name of a list of names with the points it is read with (`_points_of`). Terms
    defined in their line (`- "Must have" — Typically, most of the must-haves include a
    degree …`) are read with the gist of their definitions when every one has a gist, as a
    heading's card names terms taken apart (term_gists.line_gist): a bare name says nothing of
    what the term is."""
    told = [(name, _points_of(name, item)) for name, item in names.items()]
    defined = _defined(names, said)
    if defined:
        # A term defined in its own line over points of its own (`- **In-order traversal** -
        # Left -> Root -> Right` over `- Result: …`) says its definition, not its first
        # point, which would read as the definition: the points are on its own card.
        told = [
            (name, _own_definition(said[id(names[name])]) if name in defined else point)
            for name, point in told
        ]
    gists: dict[str, str] = {}
    for name, item in names.items():
        if (cards := said[id(item)]) and cards[0].rule in _TERM_RULES and not item.below:
            gist = line_gist(cards[0].answer, name)
            if gist is None:
                return told  # one term with no gist: all of them by their names
            gists[name] = gist
    if not gists:
        return told  # no terms: all of them by their names
    named = list(gists)
    answers = [said[id(names[name])][0].answer for name in named]  # type: ignore[index]
    whole = told_apart(answers, [gists[name] for name in named])
    if whole != [gists[name] for name in named]:
        if any(
            shown_lines([f"- {name}: {gist}"]) > MAX_PART_LINES
            for name, gist in zip(named, whole, strict=True)
        ):
            return told  # told apart only at more than a term's line: all by their names
        gists = {name: gist for name, gist in zip(named, whole, strict=True) if gist}
    return [(name, gists.get(name, point)) for name, point in told]


def _defined(names: dict[str, Node], said: dict[int, list[Card] | None]) -> frozenset[str]:
    """The names of a list of names that are terms defined in their own line over points
    of their own (`- **In-order traversal** - Left -> Root -> Right` over `- Result: …`)."""
    return frozenset(
        name
        for name, item in names.items()
        if item.below and (cards := said[id(item)]) and cards[0].rule in _TERM_RULES
    )


def _own_definition(cards: list[Card]) -> str | None:
    """What a term's card says first, its own line's definition, as `line_gist` reads it
    (None when that is no short line: the names are then said alone)."""
    return line_gist(cards[0].answer.split("\n\n", 1)[0])


def _points_of(name: str, item: Node) -> str | None:
    """The points a name is read with in a list of names: none after a question
    (`- Is a new cluster needed?`), whose points are its answer, asked on its own card,
    and which asks enough without them beside names read with theirs."""
    return "" if asks(name) else points_line(item.below)


def _only_labels(made: list[list[Card] | None]) -> bool:
    """Whether every item a card took is a label over its points, whose own line in an
    answer would be its name alone."""
    return all(cards[0].rule == "label_with_children" for cards in made if cards)


def _names_in_a_line(item: Node) -> bool:
    """Whether an item no card took, among labels that are parts, is a short line over
    points it says in one (`- We choose NN` over its reasons: named as `We choose NN:
    unstructured data; …` beside `multi-labels: P(click), …`), so the answer can name
    the parts and it alike."""
    words = item_text(item).words
    return (
        bool(item.below)
        and 0 < len(words.split()) <= _MAX_NAME_WORDS
        and ":" not in words
        and points_line(item.below) is not None
    )


def _lone_part(
    kept: list[tuple[Node, str | None]], answering: list[Node], place: Place, whole: bool
) -> tuple[str, bool] | None:
    """A list whose one item is a card of its own. It stays in the heading's answer when the
    heading says more besides (each `- @OneToMany : LAZY` a list of its own between
    pictures, the four of them its answer): whole, or by its own line; a bare label among
    other lists by its name (`- Recommend most engaging games` over its options, before the
    list that goes on to define relevance; each of five methods a list of its own): left
    out, the heading's card would read as whole without that part. A heading over that one
    part alone would ask it twice."""
    if not answering or sum(not _leads_in(block) for block in place.section.blocks) < 2:
        return None
    if whole:
        return place.quote(answering[0]).rstrip(), True
    if not kept:
        return None  # an aspect (`- 장점` over its points) is no line of a shortened answer
    item = kept[0][0]
    line = _short_line(item, place, stated=_lone_labels_stated(place))
    if item.below and line == _own_line(item, place).rstrip(" :"):
        # A bare label: all it says is under it, on its own card. Among other lists it
        # names one part of the answer; alone, or in bold on a line of its own
        # (`**Routines**`, heading what follows), it would name nothing the card says.
        if _marker(item, place, None) is None or not _among_lists(place):
            return None
        return line, True
    return line, False


def _lone_labels_stated(place: Place) -> bool:
    """Whether every label that is a list of its own over terms (`1. For the system` over
    `- Throughput: …`, then `2. For the program` over its own) can be said with the terms'
    gists (`_with_terms_stated`): the parts of one answer are said alike, all stated or
    all an outline of names, in separate lists as in one (`_stated_alike`)."""
    for block in place.section.blocks:
        if block.type not in LIST_TYPES or len(block.children) != 1:
            continue  # most blocks: no label alone in a list
        item = block.children[0]
        if item.line is None or not item.below:
            continue
        line = _own_line(item, place).rstrip(" :")
        names = _with_names_below(line, item, stated=False)
        if names != line and _with_names_below(line, item) == names:
            return False
    return True


def _among_lists(place: Place) -> bool:
    """Whether the heading's answer holds more than one list."""
    lists = (block for block in place.section.blocks if block.type in LIST_TYPES)
    return next(lists, None) is not None and next(lists, None) is not None


def _leads_in(block: Node) -> bool:
    """`Below are the most common questions:`: a line that only leads into the list below,
    which says nothing of its own beside it."""
    if block.type != "paragraph":
        return False
    text = block.children[0].content.strip()
    return text.endswith(":") and "\n" not in text


def _between(item: Node, place: Place) -> str:
    """What goes between the items of a list written again: a line break, or a blank line
    between bold labels over their lists (`**Advantages**`, then `**Disadvantages**`),
    which would else run on into the list above."""
    return "\n" if _marker(item, place, None) else "\n\n"


def _is_aspect(cards: list[Card]) -> bool:
    """Whether an item's cards ask an aspect of the subject (`- 장점` over its points); read
    only of items `_part_name` found no part in, so never of an aspect grouping parts."""
    return bool(cards) and cards[0].rule in _PART_RULES and _names_aspect(cards[0].question)


def _groups_parts(cards: list[Card]) -> bool:
    """Whether a label naming an aspect groups parts each asked on a card of its own
    (`- Features` over `- User features`, `- Item features`, each over its points, under
    `## Feature engineering`): a part of the heading beside the others, which its card
    names like them; left out, the heading's card would read as whole without it. An
    aspect over its claims (`- 장점` over `- 빠름`) is no such part."""
    lines = [line for line in cards[0].answer.splitlines() if line.strip()]
    points = [plain(LIST_MARKER.sub("", line)) for line in lines if not line[0].isspace()]
    if len(points) < 2 or not all(map(LIST_MARKER.match, lines)):
        return False  # most aspects: points written out, or one
    asked = [
        plain(card.question).rstrip(" :")
        for card in cards[1:]
        if card.rule == _LABEL_RULE and card.context[-1:] == (cards[0].question,)
    ]
    return len(asked) == len(points) and all(
        point.rstrip(" :") == name or point.startswith(f"{name}:")
        for point, name in zip(points, asked, strict=True)
    )


def _names_aspect(label: str) -> bool:
    """`장점`, `Use case`, `목적`: an aspect of the subject, which a shortened answer cannot
    keep by its name alone (`- Use case` would dangle there, its points lost)."""
    return is_aspect(label) or names_an_aspect(label)


def _asking_among_points(items: list[Node], made: list[list[Card] | None]) -> set[int]:
    """The items (by id) that are labels over questions to ask (`- Clarifying questions`
    over `- What volume is expected?`) among points written out (`- Goal: detect harmful
    posts`): what the writer would ask is rehearsed on its own card, and its label alone
    among the points would read as a point whose content was lost. In an outline of labels
    (`- Clarifying questions`, `- Requirements`, …) it names a step like the others."""
    asking = {
        id(item)
        for item, cards in zip(items, made, strict=True)
        if cards
        and cards[0].rule == "label_with_children"
        and is_question_section(cards[0].question)
    }
    if not asking:
        return asking  # most lists: no label over questions
    points = any(
        (cards is None and not is_bare_label(item)) or (cards and cards[0].rule in _TERM_RULES)
        for item, cards in zip(items, made, strict=True)
    )
    return asking if points else set()


def _part_name(cards: list[Card]) -> str | None:
    """The name of the part an item's cards ask about (the first is the item's own; a label's
    parts may follow), or None when they ask another question."""
    if not cards or cards[0].rule not in _PART_RULES:
        return None
    if _names_aspect(cards[0].question) and not _groups_parts(cards):
        return None
    question = cards[0].question
    if (step := _step_name(cards[0])) is not None:
        return step  # `인터럽트 요청`, asked as `… › Step 1: 인터럽트 요청`
    if question.endswith(_ASPECTS_ASKED) and PRO_CON.match(
        plain(LIST_MARKER.sub("", cards[0].answer, count=1))
    ):
        for asked in ASPECTS_NAMED.values():  # `Item-based CF: pros and cons` asks of
            question = question.removesuffix(asked)  # the part `Item-based CF`
    return question


_ASPECTS_ASKED = tuple(ASPECTS_NAMED.values())
"""What a label's front may end in; a front without one names the part as it is (and its
answer, maybe long, needs no reading)."""


_MAX_NAMES_BELOW = 6
_MAX_NAME_WORDS = 4


def _stated_alike(
    shown: list[tuple[Node, str | None]], lines: list[str | None], place: Place
) -> bool:
    """Whether labels over terms are each said with the terms' gists (`_with_terms_stated`)
    alike: when one label's terms are stated and another's only named (its gists too long
    for its line), every label names its terms alone, as the parts of one answer are said
    alike: all stated, or all an outline of names."""
    stated = named = False
    for (item, part), line in zip(shown, lines, strict=True):
        if part is None or line is None or not item.below:
            continue
        names = _short_line(item, place, stated=False)
        if line != names:
            stated = True
        elif names != _own_line(item, place).rstrip(" :"):
            named = True
    return not (stated and named)


def _short_line(
    item: Node, place: Place, with_points: bool = False, lone: bool = False, stated: bool = True
) -> str:
    """An item that is a card of its own, as a shortened answer keeps it among points
    written out: its own line, and after a bare label the names of the points under it
    (`Options` → `Options: top view, vectorised, graph`), since a label alone among
    sentences reads as a point whose content was lost. (An answer of labels only names
    them, one a line: there each is plainly a part asked on its own card.)"""
    line = _own_line(item, place).rstrip(" :")
    if "\n" in line:
        return line
    if asks_a_difference(line):
        return _sides_stated(line, item) if stated else line
    named = _with_names_below(line, item, stated)
    if named != line or not with_points:
        return named
    return _with_points_below(line, item, _MAX_LONE_POINTS_CHARS if lone else _MAX_POINTS_CHARS)


def _sides_stated(line: str, item: Node) -> str:
    """A comparison among points written out (`- Push vs pull CDN` over `- pull: …`, `- push:
    …`): its sides told in a line more at most (`Push vs pull CDN: pull: edge fetches …;
    push: you upload …`), else its line alone. Its sides' names again (`SIADH vs DI: SIADH,
    DI, tx DI`) or one side's first point say nothing more of it; the comparison is asked
    on its own card."""
    below = item.below
    if len(below) != 1 or below[0].type not in LIST_TYPES:
        return line
    said = _with_terms_stated(line, below[0].children)
    return said if said is not None and shown_lines([said]) <= shown_lines([line]) + 1 else line


def _adds_a_line_at_most(
    item: Node, place: Place, line: str | None, pointed: str | None, lines: int = 1
) -> bool:
    """Whether a part's line said with its points (`label: point; point`) takes at most
    `lines` lines more than its line alone (one; two for a part alone among points), and
    the points say something (no placeholder `<링크 넣기>`): a heading's answer cut short
    to fit in one go keeps a label's few words, not its paragraphs, which are on the
    label's own card. A bare label whose points cannot be said so (a point of two lines)
    does not."""
    if line is None or pointed is None:
        return True  # a line written out
    if line == pointed:  # nothing said after it: a part with no points, or too many
        bare = line == _own_line(item, place).rstrip(" :") and ":" not in item_text(item).words
        # `XSS vs CSRF` names its sides: bare, it reads as a comparison asked on its card
        return not (bare and item.below) or (asks_a_difference(line))
    return shown_lines([pointed]) <= shown_lines([line]) + lines and has_substance(
        pointed[len(line) :]
    )


_MAX_POINTS_CHARS = 150
"""The characters a label's points may take said in one line after it in a shortened
answer; past it the label stays bare, its points on its own card."""
_MAX_LONE_POINTS_CHARS = 250
"""The same for a label that is the one part among points written out (`_answer`)."""


def _with_points_below(label: str, item: Node, max_chars: int = _MAX_POINTS_CHARS) -> str:
    """`label: point; point` when the item is a bare label over a few short points that
    name nothing (`- 입출력 인터럽트` over `- 전송이 끝난 경우`, `- 데이터에 이상이 있는
    경우`): its line alone among points written out would read as a point whose content was
    lost. Else `label`."""
    if item.line is None or not item.below or item_text(item).key is not None:
        return label  # an item saying something on its line keeps it
    said = points_line(item.below)
    if not said or len(said) > max_chars:
        return label
    return f"{label} {said}" if label.endswith((",", "?")) else f"{label}: {said}"


def _with_names_below(label: str, item: Node, stated: bool = True) -> str:
    """`label: name, name, name` when the item is a bare label over one short list whose
    points each start with a name (`- vectorised: a context map`, `- GNN`); else `label`.
    With `stated`, terms told after their names are said with their gists when they fit
    (`_with_terms_stated`)."""
    text, below = item.line, item.below
    if (
        text is None
        or len(below) != 1
        or below[0].type not in LIST_TYPES
        or not 2 <= len(below[0].children) <= _MAX_NAMES_BELOW
        or not _names_its_points(plain(unwrap_strong(text.content.strip())).rstrip(" :"))
    ):
        return label
    names = []
    for point in below[0].children:
        text = item_text(point)
        name = (text.words if text.key is None else text.key).strip(" :")
        if (code := _cut_from_code(name, point)) is not None:
            name = code  # `` `flex: 1` ``, not the `flex` before its colon
        if (
            not is_term_like(name)
            or len(name.split()) > _MAX_NAME_WORDS
            or is_aspect(name)
            or "?" in name  # `운영체제 왜 배울까요?` asks, names nothing
        ) and not code:
            return label  # `pros: …`, `cons: …` name aspects of the label, not its points
        if not says_nothing_alone(name):  # `Input`, `another option`: the point is after it
            names.append(name)
    if len(names) < 2 or len(set(names)) < len(names):
        return label  # `flex, flex, flex`: names alike tell no point from another
    said = _with_terms_stated(label, below[0].children) if stated else None
    return said if said is not None else f"{label}: {', '.join(names)}"


def _cut_from_code(name: str, point: Node) -> str | None:
    """The code a point's line opens on (`` `flex: 1` ``), when the point's name is its
    start cut at a colon inside it (`flex` of `` `flex: 1` → `1 1 0%` ``): code is one
    name, never a term and its definition. None for a name that is no such cut."""
    text = point.line.content.strip() if point.line is not None else ""
    code = _OPENING_CODE.match(text)
    if code is None or name == code["code"].strip() or not code["code"].startswith(name):
        return None
    return code[0]


_OPENING_CODE = lazy(r"`(?P<code>[^`\n]+)`")


_LEFT_OPEN = lazy(r"\.\.|…|(?:->|→|=>|:)$")


def _with_terms_stated(label: str, points: list[Node]) -> str | None:
    """`label: term: gist; term: gist` when every point under the label is a term told
    after its name (`- **sync**: primary waits for backup acks …`, `- 타임아웃 → cwnd = 1`),
    each said by its gist (term_gists.line_gist), while the line takes two lines of the
    card at most: the names alone (`Synchronous vs asynchronous: sync, async, semi-sync`)
    would keep what the label asks and lose every answer to it. None when a point is no
    term told so, has no gist, or the line would be longer; what else a point says stays
    on the label's own card."""
    said = []
    for point in points:
        if point.line is None or point.below:
            return None
        text = point.line.content.strip()
        separator = PAIR_SEPARATOR.search(text)
        if separator is None or "\n" in text or "](" in text:
            return None
        if text[: separator.start()].count("`") % 2:
            return None  # `` `flex: 1` → … ``: a colon inside code parts nothing
        gist = line_gist(text[separator.end() :])
        if not gist or not has_substance(gist) or _LEFT_OPEN.search(gist):
            return None  # `input -> CNN -> ..`: a point its writer left unfinished
        key = text[: separator.start()].rstrip()
        mark = ": " if ":" in separator[0] else f" {separator[0].strip()} "
        said.append(f"{key}{mark}{gist.rstrip(' .;,')}")
    line = f"{label}: {'; '.join(said)}"
    return line if shown_lines([line]) <= MAX_PART_LINES else None  # the label has its marker


def _names_its_points(label: str) -> bool:
    """Whether a label's own line is a name whose points are what it names: a term
    (`Options`), or a name with a count that says nothing alone after it (`ML category:
    two options`), not a name that says more after its colon (`Scale: 1B users`)."""
    name, colon, said = label.partition(": ")
    if colon:
        return not said.count(":") and says_nothing_alone(said) and is_term_like(name)
    return ":" not in label and is_term_like(label)


def _own_line(item: Node, place: Place) -> str:
    """A list item's own line (lines, when it wraps), with its marker, without its children."""
    quoted = place.quote(item)
    if not item.below or item.map is None or item.children[0].map is None:
        return quoted
    return "\n".join(quoted.split("\n")[: item.children[0].map[1] - item.map[0]])


def _numbered(marker: str, offset: int) -> str:
    """The marker of the item `offset` places after one marked `marker` (`-`, or `3.` → `4.`)."""
    if not marker[0].isdigit():
        return marker
    return f"{int(marker[:-1]) + offset}{marker[-1]}"


def _marker(item: Node, place: Place, default: str | None = "-") -> str | None:
    """`-`, `*` or `3.`: how the item is marked in the note."""
    match = LIST_MARKER.match(place.tree.lines[item.map[0]]) if item.map else None
    return match[1] if match else default
