"""`flashgen check`: what in the notes gives no card, or not the card it seems to.

Each finding names the file and line, compiler-style, so an editor or CI can jump to
it. The notes go through the same stages as a build, whose warnings (an image that is
not there, front matter that cannot be read) are among the findings; the others are
what those stages silently left out, and what they cannot see (a typo'd colon).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial

from flashgen.config import Settings, unmatched_skips
from flashgen.decks import distinct_decks, identify
from flashgen.errors import Problem, debugging, fault_on_note
from flashgen.extract import SKIPPED_BLOCKS, one_card_per_front, subsections
from flashgen.extract.headings import lists_a_file
from flashgen.extract.place import plain
from flashgen.extract.sections import frames_its_parent
from flashgen.extract.sizes import MAX_RECALL_LINES
from flashgen.extract.skip import (
    annotates_a_sample,
    answers_what_the_page_is,
    asks_for_a_title,
    describes_the_page,
    directs_study,
    guides_through_the_plan,
    introduces_the_page,
    is_about_the_repository,
    is_boilerplate_section,
    is_day_log,
    is_entry_of_plan,
    is_grab_bag_of_topics,
    is_layout,
    is_mark_legend,
    is_note_titles,
    is_notebook_index,
    is_placeholder,
    is_plan_period,
    is_practice_links,
    is_practice_week,
    is_problem_list,
    is_question_bank,
    is_questions_to_ask,
    is_sample_speech,
    is_sample_to_fill_in,
    is_titles_with_variants,
    lists_sample_questions,
    lists_topics,
    names_practice,
    names_top_resources,
    only_blurbs,
    only_leads_into_the_page,
    plans_study,
    presents_a_linked_page,
    presents_own_resource,
    recommends_resources,
    reports_an_exam_sat,
    reviews_the_note,
    runs_the_course,
    sells,
    sets_a_task,
    states_own_conventions,
    states_study_goals,
    studied,
    vouches_for_a_resource,
)
from flashgen.extract.skip.substance import FILE_NAME
from flashgen.flavours.obsidian import opens_query
from flashgen.model import (
    CLOZE_OPEN,
    DECK_SEPARATOR,
    Card,
    CardsMode,
    NoteTree,
    Section,
    cloze_left_open,
    cloze_numbers,
)
from flashgen.note_cards import NoteResult, cards_of_note
from flashgen.note_files import find_note_files
from flashgen.recall import lines_past_recall
from flashgen.sources import NoteFile
from flashgen.stamps import Stamps
from flashgen.syntax import Node
from flashgen.text import FENCE
from flashgen.workers import Steps, rare_collections, workers


def check(settings: Settings, progress: Callable[[int, int], None] | None = None) -> list[Problem]:
    """Every finding in the notes, note by note, in line order; `progress(done, total)` is
    told as each note is checked."""
    files = find_note_files(settings)
    with rare_collections(), workers(len(files), settings.jobs) as run:
        checked = run(partial(check_file, settings=settings), files, Steps(progress, len(files)))
    results = distinct_decks([result for result, _ in checked])
    problems = [result.problem for result in results if result.problem and result.problem.is_error]
    # A note that gives no card is named, with why where check can tell: its warning
    # stands when nothing in it was named, so no note disappears from the decks unsaid.
    named = {finding.file for _, findings in checked for finding in findings}
    problems += [
        result.problem
        for result in results
        if result.problem and not result.problem.is_error and result.problem.file not in named
    ]
    problems += [notice for result in results for notice in result.notices]
    # Questions asked twice: the build's own finding, reported with both places.
    identified = identify(results, Stamps(), skip=settings.skip_cards)
    problems += identified.problems + unmatched_skips(settings, identified.skipped)
    problems += [finding for _, findings in checked for finding in findings]
    return sorted(problems, key=lambda p: (p.file, p.line or 0))


def failed(problems: list[Problem], strict: bool) -> bool:
    """Whether `check` fails: on an error, or with `strict` (for CI) on any finding but a
    hint, which names no fault of the notes."""
    return any(problem.is_error for problem in problems) or (
        strict and any(not problem.is_hint for problem in problems)
    )


def check_file(file: NoteFile, settings: Settings) -> tuple[NoteResult, list[Problem]]:
    """A note's cards, as a build makes them, and what check finds in the note besides the
    build's own warnings: both from one parse."""
    seen: list[tuple[NoteTree, list[Card]]] = []
    result = cards_of_note(file, settings, parsed=lambda *parse: seen.append(parse))
    if result.problem is not None and result.problem.is_error:
        return result, []  # unreadable, or a fault: the error is the finding
    if file.refusal is not None:
        return result, [result.problem]  # not a note: a broken link, a folder named x.md
    if not seen:
        return result, [Problem(file.shown, "empty note: gives no card")]
    tree, written = seen[0]
    try:
        return result, check_note(file, tree, written)
    except Exception as error:  # a fault of flashgen's own: the other notes are still checked
        if debugging():
            raise
        return result, [Problem(file.shown, fault_on_note(error), is_error=True)]


def check_note(file: NoteFile, tree: NoteTree, written: list[Card]) -> list[Problem]:
    """What the build passes over in silence in one note: near-miss syntax, questions
    asked twice, and headings or items that give no card."""
    cards = one_card_per_front(written)
    found = [*_near_misses(tree.lines), *_lone_open_clozes(tree.lines), *_asked_twice(written)]
    auto = tree.front_matter.cards is CardsMode.AUTO
    if auto and not cards and is_boilerplate_section(tree.root):
        # Left out whole on purpose: one finding for the note, none for each of its headings.
        why = _TEMPLATE if asks_for_a_title(tree.root.title) else _PROJECT_PAGE
        found.append((1, f"note '{tree.root.title}' gives no card: {why}"))
    elif auto:
        # A note that asks for its written cards only, or none, leaves headings uncarded on purpose.
        root = tuple(tree.root.title.split(DECK_SEPARATOR))
        note_lines = tuple(tree.note.text.split("\n"))
        found += [*_sections_without_cards(tree.root, root, cards, note_lines)]
        found += [*_list_items(tree.root)]
        found += [*_page_introduction(tree.root, cards)]
        found += [*_placeholder_note(tree.root, cards)]
        found += [*_file_listings(tree.root, cards)]
    found.sort()
    hints = sorted(_too_long_to_recall(cards)) if auto else []
    return [
        *(Problem(file.shown, message, line) for line, message in found),
        *(Problem(file.shown, message, line, is_hint=True) for line, message in hints),
    ]


def _too_long_to_recall(cards: list[Card]) -> Iterator[tuple[int, str]]:
    """Each card whose answer runs past what a student recalls in one go: no rule can tell
    where its parts begin, but its writer can, with a heading over each, and the next build
    asks each part on its own."""
    for card in cards:
        if shown := lines_past_recall(card):
            yield (
                card.line,
                f"the answer to '{plain(card.question)}' runs {shown} lines, more than a "
                f"student recalls in one go (about {MAX_RECALL_LINES}): a heading over each "
                "of its parts makes each part a card of its own",
            )


def _asked_twice(cards: list[Card]) -> Iterator[tuple[int, str]]:
    """A question written twice in one deck: the build joins the answers into one card."""
    first: dict[tuple[str, str, str], int] = {}
    for card in cards:
        key = (card.deck_name, card.front, card.kind)
        # Two cards of one heading (its answer and its parts) are one card the build joins:
        # written once, so nothing for the writer to change.
        if key in first and first[key] != card.line:
            yield (
                card.line,
                (
                    f"'{card.question}' is asked twice in deck {card.deck_name} (first at line "
                    f"{first[key]}): its answers are joined into one card"
                ),
            )
        else:
            first[key] = card.line


def _sections_without_cards(
    section: Section, path: tuple[str, ...], cards: list[Card], note_lines: tuple[str, ...]
) -> Iterator[tuple[int, str]]:
    """Headings that give no card, neither their own nor from anything under them.
    `note_lines` are the note's lines as written."""
    # Looked up, not searched for each heading: a note of thousands of headings stays fast.
    lines = {card.line for card in cards}
    decks = {card.deck[:depth] for card in cards for depth in range(1, len(card.deck) + 1)}
    return _headings_without_cards(section, path, lines, decks, note_lines)


def _headings_without_cards(
    section: Section,
    path: tuple[str, ...],
    lines: set[int],
    decks: set[tuple[str, ...]],
    note_lines: tuple[str, ...],
) -> Iterator[tuple[int, str]]:
    for child, child_path in subsections(section, path):
        if is_boilerplate_section(child):
            continue  # a reference list or an author block is left out on purpose
        why = _left_out_as_meta(child) if child.line not in lines else ""
        if why:
            # Its text is left out as being about the notes: said, with why; its
            # subsections may still teach.
            yield child.line, f"section '{child.title}' gives no card of its own: {why}"
            yield from _headings_without_cards(child, child_path, lines, decks, note_lines)
            continue
        if _only_navigation_or_credits(child):
            continue  # an index of notes, dates or names only: left out on purpose
        if is_practice_week(child):  # left out with all under it: said once, for the week
            yield child.line, f"section '{child.title}' gives no card{_PRACTICE_WEEK}"
            continue
        if states_study_goals(child):
            yield child.line, f"section '{child.title}' gives no card{_STUDY_GOALS}"
            continue
        if _only_a_query(child, note_lines):
            continue  # its writer's tool shows the results there; a card cannot
        # A heading's own card starts on its line, whichever rule made it and in whatever deck.
        asked = child.line in lines
        below = asked or child_path in decks
        if child.title.rstrip().endswith("?") and not asked:
            yield child.line, f"question '{child.title}' has no answer under it"
        elif not below:
            if not child.blocks and not child.children:
                yield child.line, f"section '{child.title}' has nothing under it"
            else:
                why = _why_not(child, child_path)
                yield child.line, f"section '{child.title}' gives no card{why}"
        yield from _headings_without_cards(child, child_path, lines, decks, note_lines)


_META_TEXTS = (
    (reviews_the_note, "it reviews how the note is written, not its subject"),
    (describes_the_page, "it describes the page's own layout, not a subject"),
    (answers_what_the_page_is, "it says what the page itself is, not a subject"),
    (is_practice_links, "it only lists links to problems or pages elsewhere"),
    (recommends_resources, "it only recommends resources to study with"),
    (vouches_for_a_resource, "it tells how a course or site served the writer"),
    (guides_through_the_plan, "it says how to use the study plan, whose periods follow"),
    (presents_a_linked_page, "it presents a page elsewhere, through its link"),
    (presents_own_resource, "it presents the writer's own guide or cheatsheets"),
    (names_top_resources, "it only names the courses and guides the writer would use"),
    (is_mark_legend, "it only says what the note's own marks mean"),
    (states_own_conventions, "it is the writer's legend of their own marks or shorthand"),
    (is_day_log, "it is the writer's log of their days of study, each entry a day"),
    (reports_an_exam_sat, "it is the writer's report on an exam they sat, with their own mark"),
    (sets_a_task, "it only sets the reader a task to work out, with no answer to recall"),
    (sells, "it advertises a product or service, not a subject"),
    (is_sample_to_fill_in, "it is a sample with blanks to fill in, to copy, not to recall"),
    (is_sample_speech, "it is a sample answer quoted in the first person, to imitate"),
    (annotates_a_sample, "it remarks line by line on a sample answer, to imitate"),
)
_META_BLOCKS = (
    (is_notebook_index, "it is an index of the writer's notebooks (a code link by each topic)"),
    (is_note_titles, "it only names other notes, in brackets"),
    (is_about_the_repository, "it is the collection describing itself, not a subject"),
)


def _left_out_as_meta(section: Section) -> str:
    """Why the text of a section is left out as being about the notes, not a subject: the
    writer sees what was read so, and can tell whether it was ("" for most sections)."""
    if not section.blocks:
        return ""
    said = [block for block in section.blocks if not is_layout(block)]  # spacing aside
    for left_out, why in _META_BLOCKS:
        if said and all(left_out(block) for block in said):
            return why
    if _only_navigation_or_credits(section):
        return ""  # an index of notes and the like: left out on purpose, and in silence
    for left_out, why in _META_TEXTS:
        if left_out(section):
            return why
    return ""


_BLURB = "it only says how the subject counts in interviews or what the reader should know"


def _page_introduction(root: Section, cards: list[Card]) -> Iterator[tuple[int, str]]:
    """A note's opening that speaks of the page itself (`Here, I present …`, `this is the
    only guide you need`), which the build leaves out: said, so it does not go unseen."""
    if not root.blocks or any(card.line == root.line for card in cards):
        return
    if _speaks_of_the_page(root):
        yield (
            root.line,
            f"the opening of '{root.title}' gives no card: it speaks of the page itself, "
            "not its subject",
        )
    elif only_leads_into_the_page(_lines_said(root.blocks), root.title):
        yield (
            root.line,
            f"the opening of '{root.title}' gives no card: it only tells why to read on, "
            "leading into the page below",
        )
    elif only_blurbs(_lines_said(root.blocks), root.title):
        yield (
            root.line,
            f"the opening of '{root.title}' gives no card: {_BLURB}",
        )


def _speaks_of_the_page(section: Section) -> bool:
    said = [block.children[0].content for block in section.blocks if block.type == "paragraph"]
    return bool(said) and introduces_the_page("\n".join(said))


def _lines_said(blocks: list[Node], quoted: bool = False) -> str:
    """The lines of text of some blocks, each line in a quote marked `> ` as written."""
    lines = []
    for block in blocks:
        if block.type == "inline":
            lines += [("> " if quoted else "") + line for line in block.content.split("\n")]
        elif block.children:
            lines.append(_lines_said(block.children, quoted or block.type == "blockquote"))
    return "\n".join(line for line in lines if line)


def _placeholder_note(root: Section, cards: list[Card]) -> Iterator[tuple[int, str]]:
    """A note of one short text and no headings that gives no card: a placeholder (`테스트
    파일입니다.`, `TBD`), which the build leaves out. Said, as no heading is there to say it."""
    if cards or root.children or not root.blocks:
        return
    said = [block.children[0].content for block in root.blocks if block.type == "paragraph"]
    if said and is_placeholder("\n".join(said)):
        yield root.line, f"note '{root.title}' gives no card: it holds only a placeholder"


def _file_listings(section: Section, cards: list[Card]) -> Iterator[tuple[int, str]]:
    """A file's name over that file's code (`**ApplicationContext.java**` then a fence)
    whose code is on no card: the build leaves such a listing out (`only_lists_a_file`).
    Said, so it does not go unseen."""
    blocks = section.blocks
    for caption, code in zip(blocks, blocks[1:], strict=False):
        if caption.type != "paragraph" or code.type not in ("fence", "code_block"):
            continue
        name = plain(caption.children[0].content)
        if "." not in name or FILE_NAME.fullmatch(name) is None or caption.map is None:
            continue
        if not any(code.content.strip() in card.answer for card in cards):
            yield (
                caption.map[0] + 1,
                f"'{name}' gives no card: it only lists that file's code, which no card "
                "asks to recall",
            )
    for child in section.children:
        yield from _file_listings(child, cards)


_PROJECT_PAGE = (
    "it is about the project or its writer (a licence, changelog, contributing guide, a "
    "site's About page), not a subject"
)
_TEMPLATE = "its title asks to be filled in: it is a template for writing notes, not a subject"


def _why_not(section: Section, path: tuple[str, ...]) -> str:
    """Why a section the build left out on purpose gives no card, when it is a plan of
    study: the writer sees it was read so, and can tell whether it was."""
    if lists_a_file(section, section.blocks):
        return ": it only lists that file's code, which no card asks to recall"
    if runs_the_course(section):
        return ": it tells how the course is run (its hours, exams, grading), not what it teaches"
    if _is_question_bank(section):
        return ": it only lists questions an interviewer may ask, with no answers under them"
    if len(path) == 2 and only_leads_into_the_page(_lines_said(section.blocks), path[0]):
        # The first heading under the title, there only to tell why to read on.
        return ": it only tells why to read on, leading into the page below"
    if (
        len(path) == 2
        and frames_its_parent(path[1])
        and only_blurbs(_lines_said(section.blocks), path[0])
    ):
        return f": {_BLURB}"  # `## Introduction` under the title, its text a blurb
    if section.line == 1 and _speaks_of_the_page(section):
        # A note opening on this heading, with no title above it: its introduction.
        return ": it opens the note by speaking of the page itself, not its subject"
    if (
        lists_sample_questions(path)
        and section.blocks
        and all(is_titles_with_variants(block) for block in section.blocks)
    ):
        return ": under a heading over sample questions, it only names problems to practise"
    if section.blocks and is_grab_bag_of_topics(section):
        return ": it only names what did not fit elsewhere, asking nothing"
    practice = names_practice(section.title)
    if section.blocks and all(is_problem_list(block, practice) for block in section.blocks):
        return ": it only names problems to practise on a judge's site"
    syllabus = lists_topics(path)
    if not (syllabus or plans_study(path)):
        return ""  # most sections
    if is_plan_period(section, path):
        return ": it is a period of a study plan, saying what to do in it"
    blocks = section.blocks
    if any(directs_study(block) for block in blocks):
        return ": under a heading that plans study, it is a checklist of what to study"
    if blocks and (
        all(studied(block, syllabus) is None for block in blocks)
        or is_grab_bag_of_topics(section)
        or is_entry_of_plan(section, path)
    ):
        return ": under a heading that plans study, it only names topics"
    return ""


_PRACTICE_WEEK = ": it is a week of a study plan, with problems to practise"
_STUDY_GOALS = ": it states a study group's goals (what it means to learn), not a subject"


def _only_a_query(section: Section, note_lines: tuple[str, ...]) -> bool:
    """A section whose only content is a query for the writer's own tool (`` ```dataview ``,
    `` ```tasks `` …), which a card shows as nothing: the first line under its heading that
    holds anything opens the query."""
    if section.blocks or section.children:
        return False
    under = (line for line in note_lines[section.line :] if line.strip())
    return opens_query(next(under, ""))


def _only_navigation_or_credits(section: Section) -> bool:
    """A section of links to other notes, dates, names or to-dos only, and no headings under
    it: nothing in it was meant for a card. Spacing alone is still reported."""
    blocks = section.blocks
    return (
        bool(blocks)
        and not section.children
        and all(any(skip(block) for skip in SKIPPED_BLOCKS) for block in blocks)
        and not all(is_layout(block) for block in blocks)
    )


def _list_items(section: Section) -> Iterator[tuple[int, str]]:
    """Bullets that ask a question, or open a label, with nothing under them; not those of
    a bank of interview questions, which its section's finding names at once, nor the
    questions to ask an interviewer, which answer their heading."""
    asked = is_questions_to_ask(section.title) or _is_question_bank(section)
    for block in () if asked else section.blocks:
        for item in _items(block):
            text, rest = item.line, item.below
            if text is None or rest or not item.map:
                continue
            words = text.content.strip()
            if words.endswith("?"):
                yield item.map[0] + 1, f"question '{words}' has no answer under it"
            elif words.endswith(":") and len(words) <= 40:
                yield item.map[0] + 1, f"'{words}' reads as a label, but nothing is under it"
    for child in section.children:
        yield from _list_items(child)


def _is_question_bank(section: Section) -> bool:
    """`## Airbnb interview questions` over questions alone (`is_question_bank`), the blocks
    the build drops (a `Source:` line) aside."""
    nodes: list[Node] = []
    for block in section.blocks:
        if any(skip(block) for skip in SKIPPED_BLOCKS):
            continue
        lists = block.type in ("bullet_list", "ordered_list")
        nodes.extend(block.children if lists else [block])
    return is_question_bank(nodes, section.title)


def _items(block: Node) -> Iterator[Node]:
    if block.type in ("bullet_list", "ordered_list"):
        for item in block.children:
            yield item
            for child in item.children:
                yield from _items(child)


_HEADING_WITHOUT_SPACE = re.compile(r"^ {0,3}(#{2,6})([^\s#].*)$")
_TERM_WITHOUT_SPACE = re.compile(r"^\s*[-*+]\s+(?P<term>[^\s:`][^:`]{0,39}):(?P<rest>[^\s:/].*)$")
_FULLWIDTH_COLON = re.compile(r"^\s*[-*+]\s+(?P<term>[^：]{1,40}?)\s*：\s*\S")
_CLOCK = re.compile(r"\d:\d")
_BOLD_TERM_CLOSED = re.compile(r"^[*_]{1,3}\s")
"""`- **Advantages:** Faster`: the colon is inside the bold, and the space after its close."""
_UNCLOSED_COMMENT = re.compile(r"^ {0,3}<!--")
_CLOZE_OPENING = re.compile(CLOZE_OPEN)
_CODE_SPAN = re.compile(r"`+[^`]*`+")


def _near_misses(lines: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """Lines written as if they were a card's syntax, but off by a character."""
    for number, line in _outside_code(lines):
        if match := _HEADING_WITHOUT_SPACE.match(line):
            yield (
                number,
                (
                    f"'{line.strip()[:40]}' is not a heading: put a space after "
                    f"'{match[1]}' to make it one"
                ),
            )
        elif (
            (match := _TERM_WITHOUT_SPACE.match(line))
            and not _CLOCK.search(line)
            and not _BOLD_TERM_CLOSED.match(match["rest"])
        ):
            yield (
                number,
                (
                    f"'{match['term']}:{match['rest'][:20]}' is not a term card: put a space "
                    "after ':' to make it one"
                ),
            )
        elif _UNCLOSED_COMMENT.match(line):  # closed ones are gone before the parse
            yield (
                number,
                "this HTML comment is never closed with '-->': Markdown hides everything "
                "after it, and none of it gives a card",
            )
        elif "{{c0" in line and _numbered_zero(_CODE_SPAN.sub("", line)):
            yield number, "'{{c0::' hides nothing: Anki numbers clozes from c1"

        elif match := _FULLWIDTH_COLON.match(line):
            yield (
                number,
                (
                    f"'{match['term']}' is followed by a full-width '：', so it is not a term "
                    "card: use ':' to make it one"
                ),
            )


_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")


def _numbered_zero(line: str) -> bool:
    return any(int(opening[1]) == 0 for opening in _CLOZE_OPENING.finditer(line))


def _lone_open_clozes(lines: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """A cloze opened in a paragraph that closes no cloze at all: no cloze card is made of
    it, and the build says nothing (with another cloze closed, the card is made and the
    build warns of the open one). One pass over the paragraphs."""
    paragraph: list[tuple[int, str]] = []
    for number, line in [*_outside_code(lines), (len(lines) + 1, "")]:
        starts_item = _LIST_MARKER.match(line)
        if line.strip() and paragraph and paragraph[-1][0] == number - 1 and not starts_item:
            paragraph.append((number, _CODE_SPAN.sub("", line)))
            continue
        text = "\n".join(text for _, text in paragraph)
        if "{{c" in text and (mark := cloze_left_open(text)) and not cloze_numbers(text):
            first = next(n for n, text in paragraph if mark in text)
            yield first, f"'{mark}' is never closed with '}}}}', so this gives no cloze card"
        paragraph = [(number, _CODE_SPAN.sub("", line))] if line.strip() else []


def _outside_code(lines: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(line number, line) for every line not inside a fenced code block."""
    fence = None
    for number, line in enumerate(lines, 1):
        match = FENCE.match(line)
        if fence is None and match:
            fence = match[1][0]
        elif fence is not None and match and match[1][0] == fence:
            fence = None
        elif fence is None:
            yield number, line
