"""A heading's answer too long to recall in one go, asked in its parts.

A careful student splits a long answer: one card whose answer names the parts, a card for
each part, and long code on a card of its own. Notes mark such parts without a heading: a
short name on a line of its own (`ARP`, `**Hash Sharding**`, `- 트리 토폴로지` alone,
`> 라우팅 테이블`) over the blocks that explain it. An answer short enough to recall whole
stays whole, however it is written: the size of a card follows what stands under its
heading, not the shape it is written in.

`answer_parts` tries each kind of part in turn, each read in a module of its own: a section
of questions (question_parts), two subjects a heading names told in turn (pair_parts),
lists led into by a name (list_parts), an example, a name or
a box set apart after the answer (marked_parts), lists of named items, steps, aspects,
terms or a subject's claims (term_parts), a long table (table_parts), a cheat sheet's
glossed commands (command_lines) and last long code (code_parts), then the named paragraphs
closing a list or table (closing_parts) and the boxes titled by what they explain
(marked_parts.titled_boxes_apart). The parts
a writer names with labels are read here.
"""

from __future__ import annotations

import re
from collections import Counter

from flashgen.extract.apart import answer_part, joined, names_alone_left, other_bullet
from flashgen.extract.closing_parts import closing_parts_apart
from flashgen.extract.cloze_sentence import sentences
from flashgen.extract.code_parts import code_alone, code_apart
from flashgen.extract.command_lines import commands_apart
from flashgen.extract.explained_items import explanations_left_out
from flashgen.extract.labelled_runs import labelled_runs
from flashgen.extract.labels import (
    ASIDE_END,
    BOLD_LEAD,
    EXAMPLE,
    META_NAMES,
    NUMBERED_LINE,
    PROOF,
    label_of,
    names_a_point,
    words_of,
)
from flashgen.extract.lead_ins import leads_on, without_announcements, without_dangling_lead_in
from flashgen.extract.list_parts import (
    glossed_items,
    led_lists,
    list_apart,
    names_its_collection,
    sublists_apart,
)
from flashgen.extract.marked_parts import (
    glossary_apart,
    is_picture,
    read_whole,
    tail_apart,
    titled_boxes_apart,
    worked_example_apart,
)
from flashgen.extract.marked_runs import runs_apart
from flashgen.extract.member_names import repeat_the_heading, subsections_named
from flashgen.extract.overviews import listed_names, opening_statement, part_line, pointed_names
from flashgen.extract.pair_parts import pair_apart
from flashgen.extract.place import Place, is_term_like, plain
from flashgen.extract.prose_parts import questions_apart
from flashgen.extract.question_parts import bold_questions_apart, question_section_apart
from flashgen.extract.sections import names_a_collection
from flashgen.extract.sizes import (
    MAX_RECALL_LINES,
    MAX_WHOLE_LINES,
    Block,
    at_most,
    nearly_recallable,
    recallable,
    shown_lines,
)
from flashgen.extract.skip import has_substance
from flashgen.extract.subjects import in_context, names_an_aspect, of_its_code_tab, of_subject
from flashgen.extract.table_parts import (
    answered_rows_apart,
    notes_apart,
    table_apart,
    tells_too_many_facts,
)
from flashgen.extract.term_gists import SENTENCE_BREAK
from flashgen.extract.term_parts import aspect_items_apart, named_items_apart, terms_apart
from flashgen.model import Card
from flashgen.patterns import LazyPattern, lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import unwrap_strong


def answer_parts(
    own: list[Block], place: Place, asked: frozenset[int] = frozenset(), problems: bool = True
) -> tuple[list[str], list[Card], frozenset[int]]:
    """The texts the heading's own card keeps, the cards of the parts taken from it
    (`asked`: the lines of the list items another rule already made a card of), and the
    lines of the items whose own cards a part's card answers (`glossed_items`). Without
    `problems` (`answered_by_label` switched off), a table of answered problems stays.

    A long answer whose blocks are named by labels gives a card for each label, and keeps
    what comes before the first label with the labels' names. Code long enough to be read
    on its own then leaves a card still too long."""
    titled = subsections_named(own, place)
    titles = titled[len(own) :]  # the subsections' names added after the answer, if any
    own = without_announcements(without_dangling_lead_in(titled))
    # `**Q: …?**` over its answer, then the next: the writer's questions, a card each
    own, run = bold_questions_apart(own, place)
    questions = [] if run else question_section_apart(own, place)
    if questions:
        return [], questions, frozenset()  # `## 예상 질문` asks nothing: each question is
    # `Q. …?` over its answer, after the heading's: the writer's own question, asked apart
    own, own_questions = questions_apart(own, place.path[-1], marked=True)
    # `| # | pH | CO2 | HCO3 | Answer |`: each row a problem of the writer's, asked apart
    own, problem_cards = answered_rows_apart(own, place) if problems else (own, [])
    texts, cards, glossed = _parts_of(own, titles, place, asked)
    cards = problem_cards + cards
    own_cards = [answer_part(p.question, p.answer, p.node, place) for p in own_questions]
    return texts, cards + run + own_cards, glossed


def _parts_of(
    own: list[Block], titles: list[Block], place: Place, asked: frozenset[int]
) -> tuple[list[str], list[Card], frozenset[int]]:
    """`answer_parts` of an answer whose own questions are asked apart already."""
    if recallable(own):
        # `**Why three steps?** …` after the steps: a question the writer marks as one of
        # its own, asked on its own card even in an answer recalled in one go.
        own, asked_parts = questions_apart(own, place.path[-1], bold=True)
        cards = [answer_part(p.question, p.answer, p.node, place) for p in asked_parts]
        if tells_too_many_facts(own):  # five sorts by four costs each, in seven lines
            own, rows = table_apart(own, place, asked)
            cards += rows
        else:  # five settings by three facts each, then a rule of thumb for them
            own, notes = notes_apart(own, place, asked)
            cards += notes
        return [text for _, text in own], cards, frozenset()
    own, runs = runs_apart(own, place)
    if runs:  # `- ✅ …` then `- ❌ Do not …`: the do's and the don'ts asked apart
        own, code = code_apart(own, place, place.path)
        return [text for _, text in own], runs + code, frozenset()
    shortened = explanations_left_out(own)
    if shortened is not None:  # `- ✅ Pin the versions.` over `> why`: the items alone
        return [text for _, text in shortened], [], frozenset()
    split = _labelled(own)
    if split is None and (paired := pair_apart(own, place, asked)) is not None:
        return [], paired, frozenset()  # `Race condition & critical section`: one card each
    cards: list[Card] = []
    glossed: frozenset[int] = frozenset()
    whole = own
    if split is None:
        own, led = led_lists(own)
        for name, node, blocks in led:
            cards.append(of_subject(answer_part(name, joined(blocks), node, place)))
        if not led:
            own, cards, glossed = list_apart(own, place, asked)
        if cards and _list_left_out(own, whole):
            # the list asked on its own stays where it answers too, whole or by its names
            own = whole if _whole_fits(whole) else _lists_named(own, whole, led)
        if not cards:
            own, cards = worked_example_apart(own, place)
        if not cards:
            own, cards = tail_apart(own, place)
        if not cards:
            own, cards = glossary_apart(own, place)
        if not cards and not read_whole(own):
            own, asked_parts = questions_apart(own, place.path[-1])
            cards = [answer_part(p.question, p.answer, p.node, place) for p in asked_parts]
        if not cards:
            own, cards = named_items_apart(own, place, asked)
        if not cards:
            own, cards = terms_apart(own, place, asked)
        if not cards:
            own, cards = table_apart(own, place, asked)
        if not cards:
            own, cards = aspect_items_apart(own, place)
        if not cards:
            own, cards = sublists_apart(own, place, asked)
        # The parts' cards may be the items' own (`- 삽입: … O(1)` a term card), none new
        # here: names alone are still all the heading's card would keep of them.
        if names_alone_left(own, whole, place):
            own = whole  # the parts keep their cards; the heading's keeps what answers it
    else:
        own, parts = split
        closing = titles if titles and parts[-1][2][-1] is titles[0] else []
        if closing and len(parts[-1][2]) > 1:  # the subsections' names close the heading's
            parts[-1][2].pop()  # answer, not the last part's (`- Members` over sample rows)
        else:
            closing = []
        if not own and all(names_an_aspect(label) for label, _, _ in parts):
            cards = [of_subject(answer_part(label, joined(b), n, place)) for label, n, b in parts]
            return [], cards, _glossed_parts(parts)  # `Example Questions` alone answer nothing
        parts, after_tabs = _tabs_closed(parts, place)
        parts, outro = _without_outro(parts)
        outro = [*outro, *after_tabs]
        marker = other_bullet(own[-1][1]) if own else "-"
        if closing and marker == "-":  # after the labels' names, which they would else join
            closing = [(node, _DASH_BULLET.sub("* ", text)) for node, text in closing]
        outro = [*outro, *closing]
        lines = pointed_names([(label, part_line(node, blocks)) for label, node, blocks in parts])
        tabs = _are_tabs(parts, place)
        if lines == [label for label, _, _ in parts] and (tabs or _run_in_heads(parts, _LEAD_IN)):
            state = _tab_with_its_statement if tabs else _with_its_statement
            stated = [state(label, node, blocks) for label, node, blocks in parts]
            if all(line != label for line, (label, _, _) in zip(stated, parts, strict=True)) and (
                not tabs or _fits_stated(own, stated, parts[0][1], outro)
            ):
                lines = stated  # each named with what it states, or all named bare
        if lines == [label for label, _, _ in parts] and not tabs:
            lines = _told(parts, [*own, *outro]) or lines
        markers = [marker] * len(lines)
        if _numbered([node for _, node, _ in parts]) and not (own and _is_list(own[-1][0])):
            markers = [f"{number}." for number in range(1, len(lines) + 1)]
        names = "\n".join(f"{mark} {line}" for mark, line in zip(markers, lines, strict=True))
        beside = not tabs and _lists_named_beside(lines, parts, own, outro, place)
        if (beside and not _kept_whole(whole, own, parts, place)) or (
            (
                _tabs_repeat_the_heading(lines, place.path[-1]) or _tabs_of_code(lines, parts, own)
                if tabs
                else _names_say_nothing(lines, parts, place)
            )
            and not _leads_into(own, parts)
            and not (own and _run_in_heads(parts))
        ):
            if not has_substance(joined(own + outro)):
                # `Data preparation` ⟶ `- Data Sources`
                return [], _part_cards(parts, place), _glossed_parts(parts)
            own = [*own, *outro]  # the heading's own answer, without the names trailing it
        elif lines == [label for label, _, _ in parts] and _kept_whole(whole, own, parts, place):
            own = whole
        else:
            own = [*own, (parts[0][1], names), *outro]
        cards = _part_cards(parts, place)
        glossed = _glossed_parts(parts)
    own, commands = commands_apart(own, place)  # `go build -race  # race-enabled binary`
    own, code = code_apart(own, place, place.path)
    code = [*commands, *code]
    if split is None:  # named paragraphs closing the list or table, the code set apart first
        own, closing = closing_parts_apart(own, place)
        code = [*code, *closing]
    own, boxes = titled_boxes_apart(own, whole, place)  # `:::info site vs origin`
    code = [*code, *boxes]
    if split is None and not cards and not code:  # a table, then notes past one go with it
        own, code = notes_apart(own, place, asked)
    return [text for _, text in own], cards + code, glossed


def _list_left_out(own: list[Block], whole: list[Block]) -> bool:
    """Whether taking a list apart under a label took it from the heading's card, label and
    all, not even its names left where it stood (`들어있는 것:` over a PCB's fields, `Fixes:`
    over five fixes). A sentence leading into its list (`These are quick tasks, such as:`)
    stays on the card, and says what the list was."""
    kept = {id(node) for node, _ in own}
    return any(
        node.type in LIST_TYPES
        and id(node) not in kept
        and index > 0
        and whole[index - 1][0].type == "paragraph"
        and id(whole[index - 1][0]) not in kept
        for index, (node, _) in enumerate(whole)
    )


def _lists_named(
    own: list[Block], whole: list[Block], led: list[tuple[str, Node, list[Block]]]
) -> list[Block]:
    """The heading's card with each list taken apart under its label (`해결책:` over five
    fixes) named where it stood by the label and the names it lists, when each is a list of
    a few short names (`해결책: ReLU 계열 활성화 함수, 좋은 가중치 초기화, 배치 정규화`) and
    the card stays a little over one go at most: the fixes are what the heading asks, and
    leaving them to their own card leaves it only the problem. `own` when any list names
    more than names (rules, sentences), or the card would grow past that."""
    if not led:
        return own  # a list its lead-in names, already named where it stood (list_apart)
    kept = {id(node) for node, _ in own}
    named: dict[int, str] = {}
    for name, lead, blocks in led:
        listed = listed_names([node for node, _ in blocks])
        if listed is None or shown_lines([f"{name}: {listed}"]) > _MAX_NAMED_LINES:
            return own
        named[id(lead)] = f"{name}: {listed}"
    texts = {id(node): text for node, text in own}
    result: list[Block] = []
    for node, _ in whole:
        if id(node) in kept:
            result.append((node, texts[id(node)]))
        if id(node) in named:
            result.append((node, named[id(node)]))
    said = [text for node, text in result if node.type not in _UNSAID]
    if len(named) != len(led) or shown_lines(said) > MAX_WHOLE_LINES:
        return own
    return result


_MAX_NAMED_LINES = 2


def _whole_fits(whole: list[Block]) -> bool:
    """Whether an answer of prose and the lists it leads into is a little over one go at
    most (10 lines as the card shows them, code and drawings it keeps counted, pictures
    aside): a list asked on its own card then stays on the heading's too, where it answers
    what the prose opens on (a PCB is a kernel structure; what is in it), rather than leave
    a line of prose alone."""
    said = [(node, text) for node, text in whole if node.type != "html_block"]
    return at_most(said, MAX_WHOLE_LINES) and shown_lines([t for _, t in said]) <= MAX_WHOLE_LINES


_UNSAID = frozenset({"fence", "code_block", "html_block"})


def _glossed_parts(parts: list[tuple[str, Node, list[Block]]]) -> frozenset[int]:
    """The lines of the items whose own cards a labelled part's card answers: a part whose
    text is a sentence leading into a list of short glosses (`**Show range:** Your stories
    should cover four dimensions:` over `- **Technical:** architecture choices`, …) asks
    for that list, and its items are its back (`glossed_items`)."""
    lines: set[int] = set()
    for _, _, blocks in parts:
        if len(blocks) < 2 or blocks[-1][0].type not in LIST_TYPES:
            continue
        lead_node, lead = blocks[-2]
        if lead_node.type == "paragraph" and _leads_in_by_a_sentence(lead):
            lines |= glossed_items(blocks[-1][0])
    return frozenset(lines)


_MIN_LEAD_WORDS = 4


def _leads_in_by_a_sentence(text: str) -> bool:
    """Whether a text ends in a sentence leading with a colon into the collection it names
    (`Your stories should cover four dimensions:`), not a name set as a label (`` `fsync`:
    ``) nor a clause over terms (`How often a cache flushes:`)."""
    text = text.strip()
    if not text.endswith(":"):
        return False
    last = SENTENCE_BREAK.split(text)[-1]
    return len(plain(unwrap_strong(last)).split()) >= _MIN_LEAD_WORDS and names_its_collection(last)


_DASH_BULLET = lazy(r"^- ", re.MULTILINE)


def _kept_whole(
    whole: list[Block], own: list[Block], parts: list[tuple[str, Node, list[Block]]], place: Place
) -> bool:
    """Whether an answer whose parts would be named bare stays whole instead: it is at most
    a little over one go, and the names are labels leading into their text (`Functional:`
    over a list, `**CAP theorem**: …`, a bullet alone), which say nothing without it; not
    names the heading asks for (`Impurity measures`, `Common framings`) or its own text
    leads into, nor points (`Ask about the intent first`), which say something alone, nor
    plain lines that may be points of their own."""
    if not nearly_recallable(whole):
        return False
    if all(_leads_on_with_colon(node) and _is_list(blocks[0][0]) for _, node, blocks in parts):
        return True  # `Functional:` over its list: a group, no member named
    heading = plain(ASIDE_END.sub("", place.path[-1]))
    return (
        not names_a_collection(heading)
        and not _PLURAL_END.search(heading)
        and not _leads_into(own, parts)
        and all(
            _leads_on(node) and is_term_like(label) and len(label.split()) <= _MAX_NAME_WORDS
            for label, node, _ in parts
        )
    )


def _leads_on(node: Node) -> bool:
    """Whether a part's label is written to lead into its text: a bold name before a colon
    or full stop, a line ending in a colon, a bullet or a quote alone."""
    label = label_of(node)
    if label is None:
        return False
    return label[0] != "line" or node.children[0].content.rstrip().endswith(":")


def _told(parts: list[tuple[str, Node, list[Block]]], rest: list[Block]) -> list[str] | None:
    """Each part's name with what it holds in a line, when every part has such a line and
    the heading's card with them (`rest`: its own answer and what closes it) is still
    recalled in one go: the terms its list names (`Three kinds: startupProbe,
    livenessProbe, readinessProbe`), else the sentence its text opens on (`Leaderless
    replication: No leader.`). Never some told, some bare; a part opening on a list of
    points (`조건:` over three conditions) has no such line, its first point being one of
    several. None when any part has none."""
    for says in (_listed_terms, _opening_sentence):
        told, points = [], set()
        for label, node, blocks in parts:
            nodes = [block for block, _ in blocks]
            point = None if not nodes or nodes[0] is node else says(nodes)
            if not point:
                break
            told.append(f"{label}: {point}")
            points.add(point)
        else:
            if (
                len(points) == len(told)
                and all(shown_lines([line]) <= _MAX_TOLD_LINES for line in told)
                and shown_lines([*(text for _, text in rest), *told]) <= MAX_RECALL_LINES
            ):
                return told
    return None


_MAX_TOLD_LINES = 2


def _listed_terms(nodes: list[Node]) -> str | None:
    return listed_names(nodes, terms=True)


def _opening_sentence(nodes: list[Node]) -> str | None:
    """The sentence a part's text opens on, when that is prose, not a list's first point."""
    return opening_statement(nodes) if nodes[0].type in ("paragraph", "blockquote") else None


def _part_cards(parts: list[tuple[str, Node, list[Block]]], place: Place) -> list[Card]:
    """A card for each labelled part, the runs it labels itself (`과정` over its steps)
    and its long code on cards of their own; a content tab only naming the code it holds
    is asked of the heading (`_names_its_code`). The last part runs on to the end of the answer:
    the named paragraphs closing it there (`Limitations: …` after `Cons` and its list) close
    the heading's answer, and are asked of the heading (closing_parts)."""
    cards: list[Card] = []
    tabs = _are_tabs(parts, place)
    for index, (label, node, blocks) in enumerate(parts):
        blocks, runs = labelled_runs(blocks)
        blocks, code = code_apart(blocks, place, (*place.path, label))
        if index == len(parts) - 1 and not recallable(blocks):
            blocks, closing = closing_parts_apart(blocks, place, examples=False)
            code = [*closing, *code]
        card = of_subject(answer_part(label, joined(blocks), node, place))
        cards.append(of_its_code_tab(card) if tabs and _names_its_code(label, blocks) else card)
        for name, run in runs:  # `인터럽트 › 과정`: an aspect of the part, asked of it
            card = answer_part(name, joined(run), run[0][0], place)
            cards.append(of_subject(in_context(card, (*card.context, label))))
        cards.extend(code)
    return cards


def _names_its_code(label: str, blocks: list[Block]) -> bool:
    """Whether a content tab holds only code and its label only names the language that
    code is written in, as its fence does (`YAML (sweep config)` over `` ```yaml ``): beside
    another tab (`Python`), the label says which of the heading's code it is, not what it
    is of, and its card is asked of the heading (`Logging a run › YAML (sweep config)`). A
    tab naming a way of its own (`Atomic update`, `Row lock`) is asked by its name; one
    naming a file (`batcher.conf`) is a listing (skip.only_lists_a_file)."""
    if len(blocks) != 1 or blocks[0][0].type != "fence":
        return False
    info = blocks[0][1].lstrip().split("\n", 1)[0].lstrip("`~").split()
    name = ASIDE_END.sub("", plain(label)).strip().casefold()
    return bool(info) and name in (info[0].casefold(), _FORMATS.get(info[0].casefold(), ""))


_FORMATS = {"yml": "yaml", "py": "python", "js": "javascript", "ts": "typescript", "sh": "bash"}
"""A fence's short name for a language, and the name a label gives it."""


def _names_say_nothing(
    lines: list[str], parts: list[tuple[str, Node, list[Block]]], place: Place
) -> bool:
    """Whether an overview of the parts' names alone answers nothing: names of what the
    parts tell (`Data Sources:` and `Type` under `Data preparation`, `Advantages`), each
    asked on a card of its own, or names that only repeat the heading's words (`고정
    소수점`, `부동 소수점` under `고정 소수점과 부동 소수점`). Names say something alone
    when the heading asks for its members (`해시 함수의 종류`, `Common framings`), when
    each is a kind of what it names (`버스 토폴로지` under `네트워크 토폴로지`), when the
    writer numbers them (`1. Connectionless`, `2. Stateless`: the members, counted), when
    they are code (`get()`) or points rather than names (`Say what you would do …`). Names
    of parts that are only code (`반복문으로 구현`, `재귀로 구현` under `구현`) say nothing
    unless the heading asks for them or they are numbered: the code is what is asked."""
    if not set(lines) <= {label for label, _, _ in parts}:
        return False  # the parts said with their points: the overview answers
    heading = place.path[-1]
    if repeat_the_heading(lines, heading):
        return True
    if (
        names_a_collection(heading)
        or _PLURAL_END.search(plain(ASIDE_END.sub("", heading)))
        or _numbered([node for _, node, _ in parts])
        or any(_CODE_NAME.fullmatch(line.strip("* ")) for line in lines)
    ):
        return False
    asked = words_of(heading)
    led = {label for label, node, _ in parts if _leads_on_with_colon(node)}
    return all(code_alone(blocks) for _, _, blocks in parts) or not (
        all(words_of(line) & asked for line in lines)
        or not all(
            line in led or (is_term_like(line) and len(line.split()) <= _MAX_NAME_WORDS)
            for line in lines
        )
    )


def _lists_named_beside(
    lines: list[str],
    parts: list[tuple[str, Node, list[Block]]],
    own: list[Block],
    outro: list[Block],
    place: Place,
) -> bool:
    """Whether the parts are lists, each under a line naming it with a colon (`Valid
    reasons to learn a new language:`, `Basic signals:`), named bare beside an answer of
    the heading's own (its text, or what closes it: a table scoring the signals) that does
    not lead into them: the names only say what each list is, and with each list on its own
    card they are labels over nothing on the heading's, beside an answer that does not need
    them. A line or quote leading into the parts (`Two kinds of reasons:`) keeps them; a
    point in a list above them leads into nothing, each part's line leading into its own;
    so does a heading asking for what the parts are (`Kinds of signals`)."""
    return (
        lines == [label for label, _, _ in parts]
        and all(_leads_on_with_colon(node) and _is_list(blocks[0][0]) for _, node, blocks in parts)
        and has_substance(joined([*own, *outro]))
        and not names_a_collection(place.path[-1])
        and not (own and not _is_list(own[-1][0]) and _leads_into(own, parts))
    )


def _leads_on_with_colon(node: Node) -> bool:
    """Whether a part's label is a line of its own leading with a colon into what stands
    under it (`Choosing k things from n:` over a table): a name, however many its words,
    no point of the answer."""
    if node.type != "paragraph":
        return False
    text = node.children[0].content.strip()
    return "\n" not in text and text.endswith(":")


_PLURAL_END = lazy(r"[a-z]{3,}[^s]s$|방식$")
"""`Common Problematic Framings`, `Shard Key 결정 방식`: a heading asking for several."""
_CODE_NAME = lazy(r"`[^`]+`")
_MAX_NAME_WORDS = 4


_RUN_IN = lazy(r"\*\*[^*\n]+\.\*\*(?:\s|$)")
_LEAD_IN = lazy(
    r"\*\*[^*\n]+(?:[.:]\*\*|\*\*[.:])(?:\s|$)"
    r"|\*\*[^*\n]+\*\*(?:\s*\([^()\n]+\))?(?:\s+-|\s*[—–])\s"
)
"""`**Theorem.** …`, `**Rule:** …`, `**Cheaper test**: …`, `**데이터 해저드** - 앞 명령어의 …`:
a bold name leading its paragraph."""


def _run_in_heads(parts: list[tuple[str, Node, list[Block]]], heads: LazyPattern = _RUN_IN) -> bool:
    """Whether every part opens with a run-in head, a name set in bold with its full stop
    (`**Consistency check.** AppendEntries includes …`, `**Log Matching Property.**` over
    its list), naming what it goes on to state: a named piece of the heading's subject
    (a check, a property, a theorem), which the heading's answer names after its own text;
    not an aspect of it (`**원인.**`) nor a remark (`**Note.**`), which name nothing, nor a
    name over code alone, which asks for the code. With `heads` `_LEAD_IN`, a bold name
    before a colon is one too (`**Cheaper test**: if a occurred at p_i …`), as a part to
    state on the heading's card: beside its statement the name says something however it
    is written, where named bare it stays only when such names say something alone; so
    with no text of the heading's own before them (`**Push (fan-out on write)**: when A
    posts, …` opening the section), whose bare names would say nothing of either side."""
    return all(
        node.type == "paragraph"
        and heads.match(node.children[0].content) is not None
        and not names_an_aspect(label)
        and not META_NAMES.match(label)
        and not code_alone(blocks)
        for label, node, blocks in parts
    )


def _with_its_statement(label: str, node: Node, blocks: list[Block]) -> str:
    """A run-in part's name with the one short sentence it opens on (`Clock condition: If
    a → b then L(a) < L(b).`, `Lemma 1: There is a bivalent initial configuration.`): a bare
    `Lemma 1` on the heading's card says nothing; its proof stays on the part's card. A part
    opening on no such sentence (`**Valence.** A configuration C is` over a list) is named
    alone, and then so is every part: the outline is either stated or names. A part whose
    one sentence leads with a colon into a list of a few terms is named with those terms
    (`Cover every layer: Network, Storage, Compute`): the sentence only promises them."""
    text = blocks[0][1].strip() if blocks and blocks[0][0] is node else ""
    first = next(sentences(text), "") if text else ""
    if first == text and first.endswith(":") and len(blocks) > 1:
        listed = listed_names([block for block, _ in blocks[1:]], terms=True)
        return f"{label}: {listed}" if listed else label
    if not first.endswith((".", "!")) or not _states_alone(first):
        return label
    return f"{label}: {' '.join(line.strip() for line in first.splitlines())}"  # one line


def _states_alone(sentence: str) -> bool:
    """Whether a part's opening sentence can stand beside its name on the heading's card:
    no link, at most 120 columns, no formula or code cut open."""
    return not (
        "](" in sentence
        or len(plain(sentence)) > _STATEMENT_LENGTH
        or sentence.count("$") % 2
        or sentence.count("`") % 2
    )


_STATEMENT_LENGTH = 120


def _are_tabs(parts: list[tuple[str, Node, list[Block]]], place: Place) -> bool:
    """Whether every part is one of MkDocs' content tabs (`=== "RoPE"` over its text): the
    ways, kinds or sides of the heading's subject, one beside the other, which the heading's
    answer names whatever their names say (`Sinusoidal`, `RoPE` under `Positional
    information`), unless they only repeat its words (`LLN`, `CLT` … stated or not at all)."""
    labels = place.tree.tab_labels
    return bool(labels) and all(node.map and node.map[0] in labels for _, node, _ in parts)


def _tabs_repeat_the_heading(lines: list[str], heading: str) -> bool:
    """Whether tabs named bare only repeat the heading's words, a word's other form too
    (`Embed` and `Reference` under `Embedding vs referencing`): names it already said."""
    asked = words_of(heading)
    return all(
        words_of(line)
        and all(any(said.startswith(word[:_STEM]) for said in asked) for word in words_of(line))
        for line in lines
    )


def _tabs_of_code(
    lines: list[str], parts: list[tuple[str, Node, list[Block]]], own: list[Block]
) -> bool:
    """Whether tabs named bare each open on code under the heading's own answer (`=== "Bad"`
    and `=== "Good"` over two Dockerfiles, after the rule they show): names of an example's
    variants, which say nothing without their code. With no answer of its own, the heading
    asks for them (`Preventing lost updates` over `Atomic update`, `Explicit lock`, …)."""
    return (
        bool(own)
        and has_substance(joined(own))
        and lines == [label for label, _, _ in parts]
        and all(blocks and blocks[0][0].type in ("fence", "code_block") for _, _, blocks in parts)
    )


_STEM = 5
"""Letters of a word that say which word it is, whatever its ending (`refer…`)."""


def _fits_stated(own: list[Block], stated: list[str], node: Node, outro: list[Block]) -> bool:
    """Whether the heading's answer with its tabs each named with its statement is still
    at most a little over one go: past it, the names alone keep the card from growing."""
    names = "\n".join(f"- {line}" for line in stated)
    return nearly_recallable([*own, (node, names), *outro])


def _tab_with_its_statement(label: str, node: Node, blocks: list[Block]) -> str:
    """A tab's name with the one short sentence its text opens on (`CLT: The distribution of
    the sample mean approaches a normal`, `RDB: Point-in-time snapshot.`), a paragraph that
    is only that sentence leading into its formula or code with a colon too, the colon left
    out: named bare, `LLN` and `CLT` under `LLN vs CLT` say nothing, and each tab's text
    stays on its own card. A tab opening on a formula or code, or on a sentence elided
    (`…`), with a link or past 120 columns, is named alone, and then so is every tab."""
    if not blocks or blocks[0][0].type != "paragraph":
        return label
    lines = blocks[0][1].strip().split("\n")  # a paragraph's lines, as the page joins them
    text = _without_bold_name(" ".join(line.strip().rstrip("\\").rstrip() for line in lines), label)
    first = next(sentences(text), "")
    if first == text and first.endswith(":") and len(blocks) > 1:
        first = first[:-1].rstrip()
    elif not first.endswith((".", "!")):
        return label
    if not first or "..." in first or "…" in first or not _states_alone(first):
        return label
    return f"{label}: {first}"


def _without_bold_name(text: str, label: str) -> str:
    """A tab's text without the bold name it opens on when that only says the tab's label
    again (`**Write-back (write-behind)** — write to cache, …` under `Write-back`): the
    statement is what follows it."""
    found = BOLD_LEAD.match(text)
    if found is None or not plain(found["name"]).casefold().startswith(label.casefold()):
        return text
    rest = text[found.end() :]
    return rest[0].upper() + rest[1:] if rest else text


def _leads_into(own: list[Block], parts: list[tuple[str, Node, list[Block]]]) -> bool:
    """Whether the heading's own answer ends leading into the parts (`Consider projects
    like these:`, `> 로드 밸런싱 알고리즘`): their names are what it promises. A line
    saying what the subject is leads into nothing, nor does a bold name's own statement
    (`**Multiplication rule**: if a procedure has k stages …`)."""
    if not own:
        return False
    node, text = own[-1]
    if len(own) == 1 and _says_what_it_is(node, [label_of(node), *_labels_of(parts)]):
        return False
    label = label_of(node)
    said = label[2].rstrip() if label is not None and label[0] == "lead" and label[2] else ""
    if said and not said.endswith(":"):
        return False  # `**Multiplication rule**: if … outcomes total.`: a statement, led on
    if node.type == "blockquote" or label is not None:
        return True
    return node.type == "paragraph" and leads_on(plain(text.strip()))


def _labels_of(
    parts: list[tuple[str, Node, list[Block]]],
) -> list[tuple[str, str, str | None] | None]:
    return [label_of(node) for _, node, _ in parts]


def _without_outro(
    parts: list[tuple[str, Node, list[Block]]],
) -> tuple[list[tuple[str, Node, list[Block]]], list[Block]]:
    """Parts each a paragraph led by a bold name (`**High-Impact Projects:** …`, then
    `**Learning Experiences:** …`) and the paragraphs after the last: those speak of all
    the parts (`Construct a story for each project …`), not of the last one, and close the
    heading's answer, a list one of them leads into with a colon too (`Session guarantees
    (client-centric):` over its list, after four models each a paragraph); so does a table
    after the last of several lists each under a name (`Basic signals:` over a list,
    `Advanced signals:` over one, then a table scoring both). Parts written otherwise keep
    what follows them."""
    *before, (label, node, blocks) = parts
    if len(blocks) < 2 or any(len(part) != 1 for _, _, part in before):
        return parts, []
    if blocks[0][0] is node:  # bold lead-ins: the paragraphs after the last one
        if PROOF.match(blocks[1][1].strip()):
            return parts, []  # `Proof sketch: …` after `**Proposition.** …`: the last part's
        if any(part[0][0] is not name for _, name, part in before) or not all(
            block.type == "paragraph" or (index > 1 and _led_into(blocks[index - 1][1]))
            for index, (block, _) in enumerate(blocks)
            if index
        ):
            return parts, []  # a list the last part's own sentence leads into is its own
    elif not _one_kind_each(before, blocks):
        return parts, []
    return [*before, (label, node, blocks[:1])], blocks[1:]


def _led_into(text: str) -> bool:
    """Whether a paragraph ends leading with a colon into the block after it."""
    return text.rstrip().endswith(":")


def _tabs_closed(
    parts: list[tuple[str, Node, list[Block]]], place: Place
) -> tuple[list[tuple[str, Node, list[Block]]], list[Block]]:
    """Parts that are MkDocs' content tabs, and the blocks after the last tab's text: the
    page shows them after the set of tabs, not in the last one, so they close the heading's
    answer."""
    ends = place.tree.tab_ends
    if not ends:
        return parts, []
    *before, (label, node, blocks) = parts
    for index, (block, _) in enumerate(blocks):
        if index and block.map and block.map[0] in ends:
            return [*before, (label, node, blocks[:index])], blocks[index:]
    return parts, []


def _one_kind_each(before: list[tuple[str, Node, list[Block]]], last: list[Block]) -> bool:
    """Whether each part holds one block of a kind (`Basic signals:` over a list, then
    `Advanced signals:` over one) and the last one's first block is of that kind too, the
    blocks after it of none of the parts' (a table scoring them all)."""
    kind = last[0][0].type
    return (
        kind in LIST_TYPES
        and all(part[0][0].type == kind for _, _, part in before)
        and all(block.type == "table" for block, _ in last[1:])
    )


def _labelled(own: list[Block]) -> tuple[list[Block], list[tuple[str, Node, list[Block]]]] | None:
    """The blocks before the first label, and each label with its node and the blocks under
    it; None unless at least two labels each stand over something.

    A writer marks the parts of one answer alike (each `- 트리 토폴로지` alone, or each
    `**Hash Sharding**`): labels are those written the way most of them are, and a line of
    another kind among them (`> 스푸핑이란` under `- 버스 토폴로지`) belongs to the part above."""
    labels = [
        None if index and is_picture(own[index - 1][1]) else label_of(node)  # a caption
        for index, (node, _) in enumerate(own)
    ]
    labels = [None if label and EXAMPLE.match(label[1]) else label for label in labels]
    labels = _without_stages(own, labels)
    defined = bool(own) and _says_what_it_is(own[0][0], labels)
    if defined:  # the heading's own answer, not a part's name; the parts stay parts
        labels[0] = None
    kinds = Counter(label[0] for label in labels if label is not None)
    if not kinds:
        return None
    kind = max(kinds, key=lambda k: (kinds[k], -_KINDS.index(k)))
    if kind == "item":
        labels = _long_labels_over_code(own, labels)
    elif kind == "line":
        labels = _without_line_runs(labels)
    intro: list[Block] = []
    parts: list[tuple[str, Node, list[Block]]] = []
    for block, label in zip(own, labels, strict=True):
        if label is not None and label[0] == kind and (not parts or parts[-1][2]):
            parts.append((label[1], block[0], [(block[0], label[2])] if label[2] else []))
        elif parts:
            parts[-1][2].append(block)
        else:
            intro.append(block)
    if len(parts) < (1 if defined else 2) or not all(blocks for _, _, blocks in parts):
        return None
    if len({label.casefold() for label, _, _ in parts}) < len(parts):
        return None  # `**Bonus:** …` in each of two worked examples: no parts, but repeats
    return intro, parts


def _without_line_runs(
    labels: list[tuple[str, str, str | None] | None],
) -> list[tuple[str, str, str | None] | None]:
    """`labels`, without the plain lines that stand next to one another (`서울 인구 940만명`,
    then `부산 인구 330만명`): each a statement of its own, a list written without bullets.
    A name stands over the longer text it names; no line of such a run names the next."""
    lines = [label is not None and label[0] == "line" for label in labels]
    beside = [False, *lines[:-1]], [*lines[1:], False]
    return [
        None if line and (after or before) else label
        for label, line, before, after in zip(labels, lines, *beside, strict=True)
    ]


def _says_what_it_is(node: Node, labels: list[tuple[str, str, str | None] | None]) -> bool:
    """Whether the line opening a heading's answer says what its subject is (`모든 노드의
    차수가 2 이하인 트리` over `종류` and `성질`, `정수 변수 S + 원자적 연산 두 개` over its
    two operations) rather than naming a part: a plain line leading into nothing with a
    colon, a phrase of four words or more, twice as long as any name after it. It is the
    heading's answer, the first thing its card says; asked on its own, the answer would be
    the question."""
    label = labels[0]
    if label is None or label[0] != "line" or node.type != "paragraph":
        return False
    if node.children[0].content.rstrip().endswith(":"):
        return False  # `Pod 종료 흐름:` leads into what it names
    words = len(plain(label[1]).split())
    names = [len(plain(other[1]).split()) for other in labels[1:] if other is not None]
    return words >= _PHRASE_WORDS and bool(names) and all(2 * n <= words for n in names)


_PHRASE_WORDS = 4


def _without_stages(
    own: list[Block], labels: list[tuple[str, str, str | None] | None]
) -> list[tuple[str, str, str | None] | None]:
    """`labels`, without those marking the two halves of an example shown in text (`before:`
    over a table and `after:` over another, `> 변경 전` and `> 변경 후` over code each): they
    name no part of the answer, and one half asks nothing alone. The example stays whole
    where it is. Halves shown in pictures keep their names: a picture the card cannot show
    would leave its mark alone on the heading's card."""
    halves = [
        _half(label[1]) if label is not None and _shown(own, index) else None
        for index, label in enumerate(labels)
    ]
    paired = {
        stem
        for stem, half in filter(None, halves)
        if half == "before" and (stem, "after") in halves
    }
    if not paired:
        return labels
    return [
        None if half is not None and half[0] in paired else label
        for label, half in zip(labels, halves, strict=True)
    ]


def _shown(own: list[Block], index: int) -> bool:
    """Whether the block after a label shows something in text, not a picture."""
    if index + 1 >= len(own):
        return False
    node, text = own[index + 1]
    return node.type != "html_block" and not is_picture(text)


def _half(label: str) -> tuple[str, str] | None:
    """What an example's half is of and which half it is (`회선 추가 전` → `회선 추가`,
    before), or None when the label marks no half."""
    match = _STAGE.match(plain(label))
    if match is None:
        return None
    if match["en"]:
        return "", match["en"].casefold()
    return match["stem"], "before" if match["ko"] == "전" else "after"


_STAGE = lazy(r"^(?:(?P<en>before|after)|(?P<stem>\S.*?)\s*(?P<ko>전|후))$", re.IGNORECASE)
"""`before`, `After`, `변경 전`, `회선 추가 후`: a label marking one half of an example."""


def _long_labels_over_code(
    own: list[Block], labels: list[tuple[str, str, str | None] | None]
) -> list[tuple[str, str, str | None] | None]:
    """`labels`, with a bullet alone over code named a label too, longer than a term
    though it is (`- 직업이 없는 사원은 이름 뒤에 없음 이라고 붙여서 보이기`), when every
    bullet label stands over its code (`- 이름과 직업 붙여서 보이기` over its query): it says
    what its code does, as they do; read as a point, it and its code would join the part
    above. A sentence (`…round로 감싼다.`) is still a point of the part above."""
    over_code = [
        index + 1 < len(own) and own[index + 1][0].type in _CODE_TYPES for index in range(len(own))
    ]
    if not all(over_code[i] for i, label in enumerate(labels) if label and label[0] == "item"):
        return labels  # most parts: labels over prose, where a long bullet is a point
    return [
        _long_item_label(node) if label is None and over else label
        for (node, _), label, over in zip(own, labels, over_code, strict=True)
    ]


_CODE_TYPES = ("fence", "code_block")


def _long_item_label(node: Node) -> tuple[str, str, str | None] | None:
    """A list of one bare item whose line names a point, as `names_a_point` reads it."""
    if node.type not in LIST_TYPES or len(node.children) != 1 or node.children[0].below:
        return None
    line = node.children[0].line
    text = line.content.strip() if line is not None else ""
    if not text or "\n" in text or "](" in text or "<" in text:
        return None
    label = unwrap_strong(text).rstrip(" :")
    return ("item", label, None) if names_a_point(label) else None


_KINDS = ("item", "bold", "lead", "quote", "line")
"""How a label is written, the surest first: a bullet alone, a bold line, a bold lead-in
(`**Linearity.** For any …`), a quote, a line."""


def _is_list(node: Node) -> bool:
    return node.type in LIST_TYPES  # numbered names after it would join it in Markdown


def _numbered(labels: list[Node]) -> bool:
    """Whether the parts are numbered (`1.Client-Server`, `2. Stateless`): their names keep
    the order they are given in."""
    return all(
        node.type == "ordered_list"
        or (node.type == "paragraph" and bool(NUMBERED_LINE.match(node.children[0].content)))
        for node in labels
    )
