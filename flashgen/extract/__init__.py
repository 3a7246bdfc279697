"""Sections → cards, by small named recognisers.

A section is skipped whole when it is boilerplate (an author block, a reference list).
A section written in a flashcard syntax of its own (`SECTION_READERS`) is read that way.
Otherwise its blocks are read in order: blocks that are only layout, navigation or
credits are dropped (`SKIPPED_BLOCKS`); each item of a list is offered to the
`ITEM_RULES` in turn, and every other block to the `BLOCK_RULES`; the first rule that
recognises it makes its cards and takes it out of the section's own answer (a bullet that
names a part stays in it whole while the answer fits, else by its own line:
list_answers.list_answers). Whatever remains answers the
section's heading, unless it is only questions with no answers; an answer too long to
recall in one go is asked in the parts its writer named (parts.py). Then
the `SECTION_RULES` read the section as a whole (the blocks that were not dropped, and its
subsections) for cards drawn across it. A card whose back has nothing to learn is never
made, and a question one section asks twice in one deck is one card. Subsections titled
alike are asked under the subject written before each (`… › TCP › 특징`, `… › UDP › 특징`),
so two sections never become one card.

Cards written in an explicit syntax come first in every list: they are taken as written.
A rule can be turned off by name (`rules_off`); what it would have taken stays in its
heading's answer. A rule's name is its recogniser's: the card records the function that
made it (`place.card(…, term_definition)`), and `RULES` lists those a user can name.

Adding a behaviour is adding a recogniser to one of these lists, with its cases in
tests/fixtures/cards/.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import PurePosixPath

from flashgen.extract.apart import answer_part
from flashgen.extract.arrow_asides import before_arrow_note, without_arrow_asides
from flashgen.extract.claim_headings import claim_asked
from flashgen.extract.closing_quiz import closing_rule, of_the_note
from flashgen.extract.cloze import bold_cloze
from flashgen.extract.code_parts import example_asked
from flashgen.extract.code_quizzes import asked_by_its_code
from flashgen.extract.course_asides import (
    MAY_SAY_OFTEN_ASKED,
    without_course_aside,
    without_often_asked,
)
from flashgen.extract.explicit import (
    EXPLICIT_RULES,
    WRITTEN_CARDS,
    anki_note_line,
    flashcards_tag,
    may_be_written,
    mdanki_card,
    written_cards_below,
)
from flashgen.extract.grab_bags import is_grab_bag, out_of_the_bag
from flashgen.extract.headings import (
    asked_as_step,
    fitted,
    heading_answer,
    introduces,
    lists_a_file,
    steps_answer,
    subsections,
)
from flashgen.extract.item_kinds import names_a_process
from flashgen.extract.items import (
    label_with_children,
    table_of_contents_entry,
    term_arrow_definition,
    term_definition,
)
from flashgen.extract.label_headings import (
    heading_card,
    joined_to_its_heading,
    lone_labels,
    with_joined,
)
from flashgen.extract.label_terms import of_labelled_subject
from flashgen.extract.labels import without_answer_mark
from flashgen.extract.lead_names import lead_name, of_lead_name
from flashgen.extract.list_answers import kept_together, list_answers, names_past_recall
from flashgen.extract.marked_answers import answered_by_label
from flashgen.extract.marked_parts import is_picture
from flashgen.extract.opening_remarks import (
    MAX_OPENING,
    speaks_as_the_writer,
    without_remarks,
)
from flashgen.extract.own_stories import without_own_stories
from flashgen.extract.parts import answer_parts
from flashgen.extract.pictures import may_show_images, pictures_on_the_back
from flashgen.extract.pictures_above import with_picture_above
from flashgen.extract.place import BlockRule, ItemRule, Place, SectionReader, SectionRule, plain
from flashgen.extract.practice_sets import answered_problems, numbered_problems
from flashgen.extract.preambles import subjects_after_preamble
from flashgen.extract.prose_parts import without_own_testimony
from flashgen.extract.qa import (
    answered_question,
    callout_question,
    details_question,
    follow_ups_apart,
    only_asides_left,
    opened_folds,
    quiz_over_its_fold,
)
from flashgen.extract.sections import (
    asks_its_features,
    comparison_side,
    frame_apart,
    frames_its_parent,
    is_aspect,
    lead_line,
    names_a_collection,
    section_parts,
    sequence_steps,
    with_numbered_parts_nested,
    with_sequences_nested,
    without_label,
)
from flashgen.extract.set_headings import MIN_SET, names_a_glossary, names_a_set
from flashgen.extract.setups import solved_problem, under_problem
from flashgen.extract.sizes import MAX_RECALL_LINES
from flashgen.extract.skip import (
    about_the_site,
    annotates_a_sample,
    answers_what_the_page_is,
    asks,
    closes_the_post,
    describes_the_page,
    gives_an_assignment,
    goes_on_selling,
    guides_through_the_plan,
    has_substance,
    introduces_the_page,
    is_about_the_repository,
    is_advert,
    is_attribution,
    is_avatars,
    is_badges,
    is_bibliography,
    is_boilerplate_section,
    is_bookkeeping_list,
    is_citation_list,
    is_day_log,
    is_entry_of_plan,
    is_epigraph,
    is_exam_schedule,
    is_exam_tip,
    is_expected_question_unanswered,
    is_feedback_request,
    is_file_index,
    is_file_table,
    is_footnote_definition,
    is_front_page,
    is_grab_bag_of_topics,
    is_html_links,
    is_layout,
    is_link_lines,
    is_link_list,
    is_link_table,
    is_listing,
    is_map_note,
    is_map_of_notes,
    is_mark_legend,
    is_meta_lines,
    is_navigation,
    is_note_link,
    is_note_neighbours,
    is_note_titles,
    is_notebook_index,
    is_notes_tree,
    is_page_directory,
    is_pay_data,
    is_pay_table,
    is_plan_contents,
    is_plan_period,
    is_plan_table,
    is_pointer,
    is_practice_links,
    is_practice_prompts,
    is_practice_tracker,
    is_practice_week,
    is_problem_list,
    is_question_bank,
    is_questions_to_ask,
    is_record_of_a_work,
    is_related_notes,
    is_resource_list,
    is_results_list,
    is_results_log,
    is_roster,
    is_said_to_the_reader,
    is_sample_speech,
    is_sample_to_fill_in,
    is_screenshot_steps,
    is_series_box,
    is_status_table,
    is_table_of_contents,
    is_teachers_remark,
    is_titles_with_variants,
    is_todo_list,
    is_topics_to_do,
    is_unanswered_questions,
    lists_contents,
    lists_exam_points,
    lists_exercises,
    lists_mapped_notes,
    lists_own_pending,
    lists_questions_to_ask,
    lists_references,
    lists_sample_questions,
    lists_topics,
    logs_own_results,
    looks_back,
    looks_back_on_an_exam,
    looks_back_on_interviews,
    marks_study_levels,
    names_exam_points,
    names_own_doubts,
    names_practice,
    names_top_resources,
    only_announces_an_example,
    only_blurbs,
    only_doubts,
    only_empty_subclasses,
    only_leads_below,
    only_leads_into_names,
    only_leads_into_the_page,
    only_lists_a_file,
    only_names_related_notes,
    only_remarks_on_the_notes,
    only_repeats_the_front,
    opens_by_announcing,
    opens_the_collection,
    opens_the_note,
    orders_own_study,
    plans_study,
    presents_a_linked_page,
    presents_own_resource,
    recommends_resources,
    records_a_work,
    remarks_opening,
    reports_an_exam_sat,
    reports_own_score,
    reviews_the_note,
    runs_the_course,
    sells,
    sets_a_task,
    states_own_conventions,
    states_study_goals,
    studied,
    tallies_own_mistakes,
    tells_how_the_exam_runs,
    tells_what_to_know_first,
    under_a_plan,
    vouches_for_a_resource,
    weighs_for_the_exam,
    without_answer_arrow,
    without_bookkeeping_items,
    without_citation_items,
    without_closing_narration,
    without_exam_tasks,
    without_example_pointers,
    without_format_remarks,
    without_frames,
    without_opening_narration,
    without_own_asides,
    without_own_promotion,
    without_page_remarks,
    without_pointer_clauses,
    without_pointer_item,
    without_study_marks,
    without_study_remarks,
    without_trailing_pointers,
)
from flashgen.extract.skip.common import checks_reading, holds_marks, holds_to_do, list_label
from flashgen.extract.skip.listings import names_the_file
from flashgen.extract.skip.navigation import RELATED_LAST
from flashgen.extract.subjects import of_subject, solving_named, under_task, worked_task
from flashgen.extract.table_parts import only_sample_rows
from flashgen.extract.tip_topics import MAY_NAME_A_TIP, with_its_topic
from flashgen.extract.true_false import marked_true_or_false
from flashgen.extract.worked_problems import names_only_practice
from flashgen.model import DECK_SEPARATOR, Card, CardKind, CardsMode, NoteTree, Section
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import clean_heading, highlighted_whole, without_strong

SKIPPED_SECTIONS: list[Callable[[Section], bool]] = [
    is_boilerplate_section,
    is_practice_week,
    states_study_goals,
]
"""Sections never carded, with everything under them."""

SKIPPED_TEXTS: list[Callable[[Section], bool]] = [
    sells,
    is_pay_data,
    is_sample_speech,
    annotates_a_sample,
    is_sample_to_fill_in,
    is_screenshot_steps,
    reviews_the_note,
    records_a_work,
    describes_the_page,
    answers_what_the_page_is,
    is_practice_links,
    guides_through_the_plan,
    recommends_resources,
    vouches_for_a_resource,
    presents_a_linked_page,
    presents_own_resource,
    names_top_resources,
    is_mark_legend,
    lists_own_pending,
    reports_own_score,
    logs_own_results,
    tallies_own_mistakes,
    states_own_conventions,
    is_day_log,
    looks_back,
    looks_back_on_interviews,
    tells_how_the_exam_runs,
    reports_an_exam_sat,
    closes_the_post,
    sets_a_task,
    lists_exercises,
    lists_exam_points,
]
"""Sections whose own text is no study material: it gives no card, their subsections may."""

SKIPPED_BLOCKS: list[Callable[[Node], bool]] = [
    is_layout,
    is_table_of_contents,
    is_navigation,
    is_pointer,
    is_related_notes,
    is_series_box,
    is_note_neighbours,
    is_badges,
    is_avatars,
    is_roster,
    is_teachers_remark,
    is_attribution,
    is_footnote_definition,
    is_html_links,
    is_link_list,
    is_file_index,
    is_practice_tracker,
    is_file_table,
    is_link_lines,
    is_resource_list,
    is_link_table,
    is_page_directory,
    is_map_of_notes,
    is_notebook_index,
    is_note_titles,
    is_meta_lines,
    is_todo_list,
    is_bookkeeping_list,
    gives_an_assignment,
    is_status_table,
    is_results_log,
    is_results_list,
    is_topics_to_do,
    is_feedback_request,
    is_note_link,
    is_about_the_repository,
    is_advert,
    is_pay_table,
    is_plan_table,
    is_exam_schedule,
    is_said_to_the_reader,
    is_expected_question_unanswered,
    tells_what_to_know_first,
    is_listing,
    is_notes_tree,
    is_citation_list,
    is_bibliography,
    is_record_of_a_work,
    is_exam_tip,
    weighs_for_the_exam,
]
"""Blocks with nothing to learn, dropped before any rule sees them."""


@cache
def _block_skips(kind: str, marks: bool, to_do: bool) -> tuple[Callable[[Node], bool], ...]:
    """The checks of `SKIPPED_BLOCKS` that can recognise a block of this kind, whose lines
    hold a link's marks or not, and a to-do remark's word or not: each is asked of every
    block, and most read a few kinds only, many only links (`reads`)."""
    return checks_reading(tuple(SKIPPED_BLOCKS), kind, marks, to_do)


def _skipped(block: Node, lines: tuple[str, ...] | None = None) -> bool:
    """Whether a block is dropped. The note's `lines`, when given, are looked through once
    for the marks of a link, so the checks that read links only are not asked of a block
    with none (most blocks); a list's, for a to-do remark's words, likewise."""
    if lines is None:
        return _any_holds(_block_skips(block.type, True, True), block)
    marks = holds_marks(block, lines)
    to_do = block.type not in ("bullet_list", "ordered_list") or holds_to_do(block, lines)
    return _any_holds(_block_skips(block.type, marks, to_do), block)


def skipped_block(block: Node) -> bool:
    """Whether a block gives no card, as `SKIPPED_BLOCKS` reads it (`_skipped`)."""
    return _skipped(block)


def _any_holds(checks: Iterable[Callable[..., bool]], subject: object) -> bool:
    """`any(check(subject) for check in checks)`, without a generator's frame per call:
    asked of every block and section, against a dozen checks each."""
    for check in checks:  # noqa: SIM110 (the loop is the point: no generator)
        if check(subject):
            return True
    return False


SECTION_READERS: list[SectionReader] = [
    mdanki_card,
    answered_problems,
    numbered_problems,
    answered_by_label,
    marked_true_or_false,
]
"""Tried on each section first: a match makes the cards of the section's own blocks."""

ITEM_RULES: list[ItemRule] = [
    *WRITTEN_CARDS,
    written_cards_below,
    table_of_contents_entry,
    answered_question,
    term_definition,
    term_arrow_definition,
    comparison_side,
    label_with_children,
]
"""Tried in order on each list item; the first that recognises the item wins."""

_READ_BELOW: tuple[ItemRule, ...] = (
    written_cards_below,
    table_of_contents_entry,
    comparison_side,
    label_with_children,
)
"""The item rules that recognise only an item with blocks under its line."""


@cache
def _item_rules(written: bool, below: bool) -> tuple[ItemRule, ...]:
    """The `ITEM_RULES` that can recognise an item: the flashcard syntaxes only when its
    line may be written in one (`written`), the rules that read what stands under an item
    only when something does (`below`). Most items are a line alone, in no syntax: of
    all the rules, they are offered the two that read a term and its definition."""
    return tuple(
        rule
        for rule in ITEM_RULES
        if (written or rule not in WRITTEN_CARDS) and (below or rule not in _READ_BELOW)
    )


def _rules_for(item: Node) -> tuple[ItemRule, ...]:
    line = item.line
    return _item_rules(line is not None and may_be_written(line.content), bool(item.below))


def _item_cards(item: Node, place: Place, off: frozenset[str]) -> list[Card] | None:
    """The cards of a list item by the first rule that takes it; None: it stays in its
    heading's answer, as a line highlighted whole does (`- ==TLB miss ≠ page fault==`, the
    writer's emphasis on one statement, which no rule splits at its arrow or colon)."""
    line = item.line
    if line is not None and highlighted_whole(line.content):
        return None
    return _first_match(_rules_for(item), item, place, off)


def _highlights_asked(item: Node, made: list[Card] | None) -> bool:
    """Whether an item's only card asks what its line highlights (`- ==**무오사화**== (1498)
    — 김일손 사초 …`): the writer's emphasis within a point of the heading's answer, which
    stays there too, as a bold word asked by its sentence does (bold_cloze); a king's card
    left without his two purges was gutted. A gap the writer wrote (`{{c1::…}}`) makes a
    card of the writer's own, and leaves; so do highlights in a list none of whose points
    is left in the heading's answer, a list of the writer's cards (`- ==**Single** Point of
    Failure==` beside `- {{c1::DNS}}는 …`)."""
    if made is None or len(made) != 1 or made[0].rule != "cloze":
        return False
    line = item.line.content if item.line is not None else ""
    return "==" in line and "{{c" not in line


BLOCK_RULES: list[BlockRule] = [
    anki_note_line,
    *WRITTEN_CARDS,
    flashcards_tag,
    details_question,
    callout_question,
    answered_question,
]
"""Tried in order on each block that is not a list (paragraphs, HTML, quotes, code)."""


@cache
def _block_rules(written: bool) -> tuple[BlockRule, ...]:
    """The `BLOCK_RULES` that can recognise a block: the flashcard syntaxes only when it is
    a paragraph that may be written in one (`written`), as for an item (`_item_rules`)."""
    return tuple(rule for rule in BLOCK_RULES if written or rule not in WRITTEN_CARDS)


def _block_rules_for(block: Node) -> tuple[BlockRule, ...]:
    written = block.type == "paragraph" and may_be_written(block.children[0].content)
    return _block_rules(written)


SECTION_RULES: list[SectionRule] = [section_parts, bold_cloze]
"""Each run on every section after its blocks; they add cards, and take nothing away."""


def extract_cards(tree: NoteTree, rules_off: frozenset[str] = frozenset()) -> list[Card]:
    """Every card a note gives, in the order its sections are written."""
    return one_card_per_front(written_cards(tree, rules_off))


def written_cards(tree: NoteTree, rules_off: frozenset[str] = frozenset()) -> list[Card]:
    """Every card the note's text asks for, a question written twice still twice.

    Its front matter can ask for only the cards written in an explicit syntax, or none.
    A rule named in `rules_off` makes no cards: what it would have taken stays in its
    heading's answer.
    """
    mode = tree.front_matter.cards
    if mode is CardsMode.OFF:
        return []
    tags = tuple(dict.fromkeys((*note_tags(tree), *tree.front_matter.tags)))
    note = tuple(tree.root.title.split(DECK_SEPARATOR))
    cards = (
        part
        for made in _cards_of(tree, tree.root, note, rules_off)
        # `🔁 **꼬리질문: …?**` over its folded answer, on a question's back: a card each
        for part in (
            [made]
            if made.rule in EXPLICIT_RULES or made.kind is CardKind.CLOZE
            else follow_ups_apart(made)
        )
    )
    closing = closing_rule(tree.lines)  # `---` then `Q: …` closing the note: of all of it
    written = []
    for card in cards:
        explicit = card.rule in EXPLICIT_RULES
        if card.rule in rules_off or not (explicit or mode is CardsMode.AUTO):
            continue
        if card.kind is not CardKind.CLOZE:
            # Images go on the back, beside words; a card written in a flashcard syntax
            # keeps them where the writer put them.
            if not explicit and may_show_images(card.question + card.answer):
                card = pictures_on_the_back(card)
            if card is not None and not explicit:
                card = with_picture_above(card, tree.lines)
                answer = without_own_promotion(without_page_remarks(card.answer))
                answer = without_own_testimony(without_own_asides(without_format_remarks(answer)))
                answer = without_arrow_asides(without_own_stories(answer))
                answer = without_closing_narration(without_trailing_pointers(answer))
                answer = without_pointer_clauses(answer)
                answer = without_example_pointers(card.question, answer)
                answer = without_study_marks(without_opening_narration(answer))
                answer = without_answer_arrow(card.question, without_study_remarks(answer))
                card = card if answer == card.answer else replace(card, answer=answer)
                if "←" in card.question or "<-" in card.question or "⬅" in card.question:
                    card = _without_note_on_front(card)  # `연령별 정상치 ← 아동이랑 같이 나옴`
                if card.question.endswith(MAY_SAY_OFTEN_ASKED) and "{{c" not in card.question:
                    card = replace(card, question=without_often_asked(card.question))  # `★ 빈출`
                if card.question.endswith(MAY_NAME_A_TIP):  # `modals › Gotcha`: its topic
                    card = with_its_topic(card)
                card = quiz_over_its_fold(card)  # code, then `<summary>정답 보기</summary>`
                if card.rule == heading_answer.__name__ and card.answer[:3] in _FENCES:
                    card = asked_by_its_code(card)  # a program, then `답: …`: the program asked
                card = opened_folds(card)  # `<summary>더 보기</summary>` on the back
            if card is None or not (
                has_substance(card.answer)
                or (card.rule == heading_answer.__name__ and _asks_for_questions(card))
            ):
                continue  # nothing to learn
            if (
                not explicit
                and card.rule != numbered_problems.__name__  # `… → 3`: a value of its givens
                and card.rule != marked_true_or_false.__name__  # `**X**`: the front's `(O/X)`
                and only_repeats_the_front(card.question, card.answer)
            ):
                continue  # the back names again what the front asks
            if not explicit and only_lists_a_file(card.question, card.answer):
                continue  # a source file's code under its name: a listing, not a question
            if (
                not explicit
                and card.question[-1:] in RELATED_LAST
                and only_names_related_notes(card.question, card.answer)
            ):
                continue  # `… › Related` over the names of other notes: where else to look
            if not explicit and only_empty_subclasses(card.answer):
                continue  # declarations adding nothing to what they extend: nothing to recall
            if not explicit and only_sample_rows(card.answer):
                continue  # a worked example's table of sample rows: nothing to recall
        if closing is not None:
            card = of_the_note(card, closing, note)
        if tree.tab_labels and card.rule != heading_answer.__name__:
            card = _in_its_tab(card, tree)
        if "**" in (context := "".join(card.context)) or "__" in context:
            card = replace(card, context=_undressed_context(card.context))
        if (asides := _without_asides(card.context)) != card.context:
            card = replace(card, context=asides)
        written.append(
            _tagged(card, tuple(dict.fromkeys((*tags, *card.tags))) if card.tags else tags)
        )
    return written


def _in_its_tab(card: Card, tree: NoteTree) -> Card:
    """A card taken from inside one of a page's content tabs (`- Memory heavy — …` in the
    tab `Sliding window log`), with the tab's label in its context after the section's
    titles: they alone do not say which of the section's tabs the line speaks of."""
    at = card.line - 1  # the card's line, from 0
    label = max((line for line in tree.tab_labels if line <= at), default=None)
    if label is None or label == at or any(label < end <= at for end in tree.tab_ends):
        return card
    name = without_strong(tree.lines[label].rstrip("\\").strip())
    if (
        not name
        or name in card.context
        or any(tree.lines[line].startswith("#") for line in range(label + 1, at))
    ):
        return card
    context, deck = card.context, card.deck
    at = len(deck) if context[: len(deck)] == deck else len(context)  # before a label's name
    return replace(card, context=(*context[:at], name, *context[at:]))


def _undressed_context(context: tuple[str, ...]) -> tuple[str, ...]:
    """The context line without the bold of a label a rule put in it (`**Q. GET vs POST** 🔥`
    over the list it names): the line is plain text, where `**` would show as written."""
    return tuple(without_strong(part) for part in context)


@lru_cache(maxsize=256)  # every card of a section has the same context, or nearly
def _without_asides(context: tuple[str, ...]) -> tuple[str, ...]:
    """The context line without the writer's asides on the course or the note
    (`DP 문제 푸는 순서 (교수님 강조)` → `DP 문제 푸는 순서`: course_asides); the deck keeps
    them, as the heading is written."""
    return tuple(map(without_course_aside, context))


def _asks_for_questions(card: Card) -> bool:
    """`## Questions to ask about the role` over bare questions: the questions are what its
    heading asks for, not questions left unanswered."""
    return card.answer.strip() != "" and is_questions_to_ask(card.question)


def _tagged(card: Card, tags: tuple[str, ...]) -> Card:
    """The card with these tags: `replace(card, tags=tags)`, copying its fields instead of
    passing each through the frozen dataclass's `__init__` again (a note gives hundreds)."""
    tagged = object.__new__(Card)
    tagged.__dict__.update(card.__dict__, tags=tags)
    return tagged


def one_card_per_front(cards: Iterable[Card]) -> list[Card]:
    """Two cards asking the same front in one deck cannot be told apart by a student:
    the answers of a repeated question join the first card's (a repeated cloze goes).

    Two sections never ask the same front (`subsections` tells apart those titled alike),
    so what joins is one section's question asked twice (`- Method: …` twice in its
    list), or a heading that frames its parent (`### 정리`) and so asks the parent's, when
    the two are recalled in one go together (sections.frame_apart)."""
    first: dict[tuple[str, str, CardKind], int] = {}
    kept: list[Card] = []
    for card in cards:
        key = (card.deck_name, card.front, card.kind)
        if key not in first:
            first[key] = len(kept)
            kept.append(card)
        elif card.kind is not CardKind.CLOZE and card.answer not in kept[first[key]].answer:
            earlier = kept[first[key]]
            kept[first[key]] = replace(earlier, answer=f"{earlier.answer}\n\n{card.answer}")
    return kept


def _labels_the_list(node: Node, last: Node, written: Node) -> bool:
    """Whether the block last put in a heading's answer is a paragraph only labelling the
    list right under it (`Problems` over the writer's practice log): a label of nothing
    once that list is left out."""
    return (
        node is last
        and written.type in LIST_TYPES
        and node.map is not None
        and written.map is not None
        and node.map[1] == written.map[0]  # no blank line between: the label is the list's
        and list_label(node, written) is not None
    )


def _without_note_on_front(card: Card) -> Card:
    """The card without a note the writer pinned to its question's end by an arrow
    (`연령별 정상치 ← 아동이랑 같이 나옴`, `Amortized cost ← see lecture 5`): what the writer
    makes of the question, which asks nothing (arrow_asides.before_arrow_note)."""
    if "\n" in card.question or "`" in card.question:
        return card  # code, or a problem set out over lines: its arrows are its own
    question = before_arrow_note(card.question).rstrip()
    return card if not question or question == card.question else replace(card, question=question)


_TAG_UNSAFE = lazy(r"[\s\"]+")


def note_tags(tree: NoteTree) -> tuple[str, ...]:
    """Every card is tagged with its note file, so a student can find a note's cards in Anki.

    `os/process.md` → `os::process`: Anki shows `::` tags as a tree. Tags cannot hold spaces.
    """
    parts = PurePosixPath(tree.note.name).with_suffix("").parts
    return ("::".join(_TAG_UNSAFE.sub("_", part) for part in parts),)


def _cards_of(
    tree: NoteTree, section: Section, path: tuple[str, ...], off: frozenset[str]
) -> Iterator[Card]:
    if (
        _any_holds(SKIPPED_SECTIONS, section)
        or (is_front_page(tree.note.name) and (about_the_site(section) or under_a_plan(path)))
        or runs_the_course(section)
    ):
        return  # a README's `## 공부 계획` over `### 평일 루틴`: the writer's, with all under it
    lead = lead_line(section)
    if lead is not None:  # its text is the section's own, under that first line
        section = replace(section, blocks=lead.blocks, children=section.children[1:])
    syllabus = lists_topics(path)  # under `Topics to cover`: its lists of names are none
    studying = syllabus or plans_study(path)  # under `Topics`, `Week 3`: names are a syllabus
    titles = lists_sample_questions(path)  # under `Sample questions`: names of problems
    practice = names_practice(section.title)  # under `Problems`: a number names one
    exam = bool(section.blocks) and names_exam_points(section.title)  # `## Exam prep`
    if section.blocks and (
        _any_holds(SKIPPED_TEXTS, section)
        or (studying and is_plan_period(section, path))
        or orders_own_study(section)
        or looks_back_on_an_exam(path, section)
    ):
        section = replace(section, blocks=[])
    written_map = _map_as_written(tree)
    if (
        written_map
        and section is tree.root
        and section.blocks
        and is_map_note(tree.root.title, tree.front_matter.tags)
    ):
        # `Map of everything I've been reading …` over the map: the map on itself
        lists = [block for block in section.blocks if block.type in LIST_TYPES]
        section = replace(section, blocks=lists)
    if section.children:
        section = with_sequences_nested(section)
    place = Place(tree, section, path)
    made = _first_match(SECTION_READERS, section, place, off)
    if made is not None:
        yield from made
        for child, child_path in _subsections_of(section, path):
            yield from _cards_of(tree, child, child_path, off)
        return
    # Each block of the heading's answer with its text there; a list, also its text whole.
    choices: list[tuple[Node, tuple[str, bool] | None, tuple[str, bool] | None]] = []
    own_nodes: list[Node] = []  # the items and blocks of the heading's own answer
    item_cards: list[Card] = []
    kept_blocks: list[Node] = []
    names_only: dict[int, str] = {}  # lists cut to more names than one go, by their block
    captions: set[int] = set()  # paragraphs standing right over a block dropped
    listing_left = False  # a whole source file or page left out of the answer
    advert_before = False  # the block before was a paragraph selling, dropped
    named_by: dict[int, str] = {}  # items' lines under a line naming their thing in bold
    name: str | None = None  # `**Lucy v. Zehmer** (Va. 1954)`: the block before named it
    for written in section.blocks:
        leading, name = name, lead_name(written) if written.type == "paragraph" else None
        block = studied(written, syllabus) if studying else written  # a syllabus: none, or less
        if titles and block is not None and is_titles_with_variants(block):
            block = None  # problems' titles over their variants
        if exam and block is not None and block.type in LIST_TYPES:
            block = without_exam_tasks(block)  # `- [ ] Derive Cournot BR from scratch`
        goes_on = advert_before and block is not None and goes_on_selling(block)
        advert_before = False
        references = (  # `참고` over `- https://…` / `- 김영한 - …`: where to read, label and all;
            block is not None  # `Contents:` over `- HTTP/2` / `- HTTP/3`: the page's sections
            and bool(own_nodes and choices)
            and choices[-1][0] is own_nodes[-1]
            and (
                lists_references(own_nodes[-1], block)
                or lists_contents(own_nodes[-1], block)
                or lists_questions_to_ask(own_nodes[-1], block)  # `Questions for OH:`
            )
        )
        problems = block is not None and is_problem_list(block, practice)
        if problems and block is not None and block.type in LIST_TYPES:
            # `- 444 Sequence Reconstruction — unique topo order iff …`: an item's own card
            # keeps what it says of its problem; the list leaves the heading's answer.
            for item in block.children:
                item_cards.extend(_item_cards(item, place, off) or [])
        if (
            block is None
            or problems  # `- LC 207 Course Schedule`, …: problems to solve elsewhere
            or goes_on  # `Moreover, if you do well you unlock …` after `[X](…) is the best …`
            or references
            or _skipped(block, tree.lines)
            or (written_map and lists_mapped_notes(block, written_map))
        ):
            advert_before = block is not None and block.type == "paragraph" and is_advert(block)
            listing = block is not None and block.type in _CODE_TYPES and is_listing(block)
            listing_left = listing_left or listing
            if references or (
                own_nodes
                and choices
                and (
                    introduces(own_nodes[-1], choices[-1][0])
                    or _labels_the_list(own_nodes[-1], choices[-1][0], written)
                )
            ):
                own_nodes.pop()  # `There are also courses available:` over a list dropped
                choices.pop()
            elif (
                own_nodes
                and choices
                and choices[-1][0] is own_nodes[-1]
                and names_the_file(own_nodes[-1])
                and listing
            ):
                own_nodes.pop()  # `**Member.java**` over its listing, left out
                choices.pop()
            elif (
                block is not None
                and is_link_table(block)
                and own_nodes
                and own_nodes[-1].type == "paragraph"
                and kept_blocks[-1:] == [own_nodes[-1]]
            ):
                captions.add(id(own_nodes[-1]))  # the caption of an index of pages
            continue
        if block.type in ("bullet_list", "ordered_list"):
            block = without_pointer_item(block)  # `- See [X](…) for …` closing it: no part
            block = without_citation_items(block)  # `- paper: Kulkarni et al. 2014, …`
            block = without_bookkeeping_items(block)  # `- 다음주 스터디 주제: …`
        kept_blocks.append(block)
        if block.type in ("bullet_list", "ordered_list"):
            if leading is not None:  # `- Rule: …` under `**Lucy v. Zehmer**`: of that case
                named_by.update((item.map[0] + 1, leading) for item in block.children if item.map)
            # For each item, its cards; None: left in the heading's answer.
            made_of = kept_together(
                block.children,
                [_item_cards(item, place, off) for item in block.children],
                place,
            )
            for made in made_of:
                item_cards.extend(made or [])
            # a point left in the heading's answer (not a list of cards), and a cloze among them
            if None in made_of and any(made and made[0].rule == "cloze" for made in made_of):
                made_of = [
                    None if _highlights_asked(item, made) else made
                    for item, made in zip(block.children, made_of, strict=True)
                ]
            # With no item a card of its own (most lists), the whole list is what is left.
            left, whole = list_answers(list(block.children), made_of, place)
            if left is not None and names_past_recall(left, whole):
                names_only[id(block)] = left[0]  # `- ACID`, `- BASE`, …: a table of contents
            if left is not None or whole is not None:
                choices.append((block, left, whole))
                own_nodes.extend(
                    [
                        item
                        for item, made in zip(block.children, made_of, strict=True)
                        if made is None
                    ]
                )
            elif own_nodes and choices and introduces(own_nodes[-1], choices[-1][0]):
                own_nodes.pop()  # `두 가지 방식이 있다:` over a list whose one part is asked
                choices.pop()
        else:
            made = _first_match(_block_rules_for(block), block, place, off)
            if made is None:
                choices.append((block, (place.quote(block), False), None))
                own_nodes.append(block)
            else:
                item_cards.extend(made)

    if own_nodes and not item_cards and all(id(node) in captions for node in own_nodes):
        # `실제 면접에서 두 번 이상 나온 질문들.` over a table of questions linking to their
        # pages: the caption of an index dropped, the heading's only words, answers nothing
        choices, own_nodes = [], []
    own_answer, parts_named = fitted(choices, names_answer=names_a_collection(section.title))
    if names_only:
        own_answer, parts_named = _without_names_only(own_answer, parts_named, names_only, section)
    if lists_a_file(section, [block for block, _ in own_answer]):
        own_answer = []  # `### join-form.jsp` over its code alone: a listing, not a question
    elif item_cards and own_answer and _only_remarks_left(section.title, own_answer):
        own_answer = []  # `## Practice Q`, its question asked: then `personal note: …` alone
    elif listing_left and not item_cards and _one_short_line(own_answer):
        # `- 테스트 디렉토리에 테스트 코드 생성` over a test class left out: the step of a
        # tutorial that wrote the file, no answer without it
        own_answer = []
    glossary = False  # `## Key terms` over `- **Salt bridge** – …` only: each term is asked
    if (
        own_answer
        and parts_named == len(own_answer)
        and (
            (glossary := names_a_glossary(path))
            or (
                not _asks_for_them(section.title)
                and not _names_its_features(section.title, own_answer)
            )
        )
    ):
        if not glossary and _names_its_set(path, own_answer, item_cards):  # `## Core entities`
            short = {id(block): cut[0] for block, cut, _ in choices if cut is not None}
            own_answer = [(block, short.get(id(block), text)) for block, text in own_answer]
        else:
            own_answer = []  # `## 트랜잭션` over `- COMMIT: …` only: each term is asked instead
    part_cards: list[Card] = []
    opening = opens_the_note(tree.root, section)
    texts = [text for _, text in own_answer]
    said = "\n".join(texts)
    if (
        opening
        and (
            introduces_the_page(said)
            # `오늘은 pandas에서 … 정리해보려고 한다.` over the sample data the post uses
            or (section.children and opens_by_announcing(texts, path[0]))
            or (section.children and only_remarks_on_the_notes(texts))
            # a repository's README over its sections: what the collection is, not a subject
            or (section.children and opens_the_collection(tree.note.name))
        )
    ) or (
        (opening or _first_under_the_title(tree, section))
        and (
            only_leads_into_the_page(said, path[0])
            # the title's own text, or `## Introduction` under it: not `## Mock interviews`
            or ((opening or frames_its_parent(section.title)) and only_blurbs(said, path[0]))
        )
    ):
        own_answer = []  # `In this article, I will share …`: the page's introduction
        # no clozes of the introduction's own words
        kept_blocks = [block for block in kept_blocks if block.type not in _PROSE_TYPES]
    elif (section.children and only_leads_below(texts)) or (
        len(own_answer) == 1 and only_announces_an_example([own_answer[0][1]])
    ):
        own_answer = []  # `Below are questions and answers …`: they are the subsections
    elif opening and (chatter := remarks_opening(texts[:-1])):
        # `Shorter page. I only needed the basics.` over a formula: the formula stays
        dropped = {id(block) for block, _ in own_answer[:chatter]}
        own_answer = own_answer[chatter:]
        kept_blocks = [block for block in kept_blocks if id(block) not in dropped]
    if opening and own_answer:
        # `Notes from the Kaggle course.`, `이번 기회에 … 정리해본다.`, `> 아직 정리 중.`:
        # sentences, plain or quoted, that only frame the note leave its title's back; the
        # subject's stay
        framed = [
            (block, without_frames(text, path[0]) if block.type in _PROSE_TYPES else text)
            for block, text in own_answer
        ]
        if framed and is_epigraph(framed[0][0]):  # `> "…" — Phil Karlton`: its tone only
            framed[0] = (framed[0][0], "")
        dropped = {id(block) for block, text in framed if not text}
        own_answer = [(block, text) for block, text in framed if text]
        kept_blocks = [block for block in kept_blocks if id(block) not in dropped]
    if (
        opening
        and own_answer
        and section.children
        and sum(len(text) for _, text in own_answer) <= MAX_OPENING
    ):
        # `Week 4. Short chapter but …`, `> I have now failed 2 practice ABG questions …`:
        # the writer's remarks on the note over its headings say nothing of the subject
        # (those leading it: a paragraph after the subject's may go on from it)
        dropped: set[int] = set()
        for index, (block, text) in enumerate(own_answer):
            left = without_remarks(text, path[0]) if block.type in _PROSE_TYPES else text
            if left:
                own_answer[index] = (block, left)
                break
            dropped.add(id(block))
        own_answer = [(block, text) for block, text in own_answer if id(block) not in dropped]
        kept_blocks = [block for block in kept_blocks if id(block) not in dropped]
        if all(block.type in _PROSE_TYPES for block, _ in own_answer) and speaks_as_the_writer(
            [text for _, text in own_answer], path[0]
        ):
            # `… 작업하다가 버그를 만남. … 내가 대충 알고 있었다`: the note's story over its
            # sections, in the writer's own person, no card and no cloze
            dropped = {id(block) for block, _ in own_answer}
            kept_blocks = [block for block in kept_blocks if id(block) not in dropped]
            own_answer = []
    contents = studying and is_plan_contents(section, [text for _, text in own_answer])
    if (
        contents
        or is_grab_bag_of_topics(section)
        or (studying and is_entry_of_plan(section, path))
        or (names_own_doubts(section.title) and only_doubts([text for _, text in own_answer]))
        or (item_cards and only_asides_left(section.title, item_cards, own_nodes))
    ):
        # `## Topics to cover`, `## Other topics`: names only, asking nothing; `## What I
        # didn't get` over doubts only (a question they answered is asked on its own card)
        own_answer = []
    steps = sequence_steps(section, path) if section.children else []
    sequence = steps_answer(steps, own_answer, tree, path, _skipped) if steps else None
    asked = ""  # the heading's own answer, once carded
    own_card: Card | None = None
    if sequence or (
        own_answer
        and (
            is_questions_to_ask(section.title)  # the questions are the answer
            or not is_unanswered_questions(own_nodes, (*path, _note_name(tree.note.name)))
        )
        and not is_question_bank(own_nodes, section.title)
        and not (titles and is_practice_prompts(own_nodes))
    ):
        if answer_part.__name__ in off:
            answer = [text for _, text in own_answer]
        else:
            answer, part_cards, glossed = answer_parts(
                own_answer,
                place,
                frozenset([card.line for card in item_cards]),
                problems=answered_by_label.__name__ not in off,
            )
            answer = subjects_after_preamble(answer, place)  # `A vs B` over a preamble
            # `- **Short** - You have limited time!` under `The key elements … include:`:
            # the list's own card answers it; asked by its name it would be a piece of that
            item_cards = [card for card in item_cards if card.line not in glossed]
        if lead is not None and answer:  # its first line, over what answers it
            answer.insert(0, lead.title_markdown or lead.title)
        if sequence:
            answer.append(sequence[0])  # `어떤 과정이 있을까?` over the steps: they answer it
        if answer:  # an answer of aspects only (`Example Questions`) is asked in them
            card = heading_answer(without_answer_mark("\n\n".join(answer)), place)
            if lead is None and not sequence:  # its code alone, its aspects asked apart
                card = example_asked(card, _aspects(item_cards, section))
            if all(is_aspect(clean_heading(child.title)) for child in section.children):
                card = claim_asked(card)  # not over parts (its card names them): an example
            if card is not None:
                asked = card.answer
                own_card = card
                yield card
    yield from part_cards
    if studying and asked:  # the heading's card names them: a syllabus's outline of a topic
        item_cards = [
            card for card in item_cards if not (marks_study_levels(card) and card.question in asked)
        ]
    # An item's label naming an aspect (`- 장점`, `- Two options`) is asked of its subject,
    # as a heading's is; only now, once the heading's answer has read the items' fronts.
    yield from [
        of_lead_name(card, named_by[card.line])
        if card.line in named_by
        else of_labelled_subject(of_subject(card))
        for card in solving_named(item_cards)
    ]
    for section_rule in SECTION_RULES:
        if section_rule.__name__ not in off and not (contents and section_rule is section_parts):
            yield from section_rule(kept_blocks, place)
    if sequence:
        yield from _steps_cards(tree, section, path, sequence[1], off)
        return
    task = worked_task(section, tree.lines) if section.children else None
    problem = solved_problem(section, tree.lines) if section.children and not task else None
    # The card of each heading a labelled subsection may be asked under: this one's, and
    # each subsection's (`### 예시` after `### Conflict` is asked under it: headings.subsections)
    heads: dict[tuple[str, ...], Card] = {} if own_card is None else {path: own_card}
    placed = _subsections_of(section, path)
    labels = lone_labels(placed)
    for child, child_path in placed:
        if problem is not None and child.line == problem.line:
            continue  # the values it gives: on each solution's front
        cards = _cards_of(tree, child, child_path, off)
        if frames_its_parent(child.title):  # `## 정리`: joins the heading's card if it fits
            cards = [frame_apart(card, heads.get(path), child_path) for card in cards]
            if path in heads:
                heads[path] = with_joined(heads[path], cards)
        elif child.line in labels:  # `### 예시`: likewise
            head = heads.get(child_path[:-1])
            if head is not None:
                cards, heads[child_path[:-1]] = joined_to_its_heading(cards, head, child)
        elif labels:  # a subsection a label after it may be asked under
            cards = list(cards)
            head = heading_card(cards, child)
            if head is not None:
                heads[child_path] = head
        if is_grab_bag(child.title):  # `## Misc`: its points are of the subject above it
            cards = out_of_the_bag(cards, child_path)
        if problem is not None:
            cards = (under_problem(card, path, problem) for card in cards)
        yield from (under_task(card, path, task) for card in cards) if task else cards


def _map_as_written(tree: NoteTree) -> tuple[str, ...]:
    """A map of contents' lines as written (skip.is_map_note), where a link to a note not
    yet written still shows; none for any other note (most). The page a collection opens on
    (`README.md`, `index.md`) maps its notes as a map of contents does (`1. [경어](04_경어.md)
    — 존경어/겸양어 표`)."""
    if not (is_map_note(tree.root.title, tree.front_matter.tags) or is_front_page(tree.note.name)):
        return ()
    return _lines_of(tree.note.text)


@lru_cache(maxsize=4)
def _lines_of(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n"))


def _subsections_of(
    section: Section, path: tuple[str, ...]
) -> list[tuple[Section, tuple[str, ...]]]:
    """Each subsection with the titles it is asked under; parts numbered flat after the
    heading they number (`### 1) 활용도` after `### Index 설정 기준`) are asked under it."""
    if not section.children:
        return []
    return subsections(with_numbered_parts_nested(section), path)


def _without_names_only(
    own_answer: list[tuple[Node, str]],
    parts_named: int,
    names_only: dict[int, str],
    section: Section,
) -> tuple[list[tuple[Node, str]], int]:
    """A heading's answer without the lists it shows as the bare names of more terms than
    one go (list_answers.names_past_recall), each term asked on its own card: a table of
    contents, which no student recalls. With them goes a lead-in that says nothing of the
    subject (`Quick definitions. Alphabetical-ish.`); the rest of what the heading says
    stays. A heading asking for the names (`## annotation 종류`) keeps them beside what else
    it says, which would not answer it."""
    kept = [(block, text) for block, text in own_answer if names_only.get(id(block)) != text]
    if len(kept) == len(own_answer):
        return own_answer, parts_named  # kept whole, or with its terms' gists
    if only_leads_into_names([text for _, text in kept], section.title):
        return [], 0
    if _asks_for_them(section.title):
        return own_answer, parts_named
    return kept, parts_named - (len(own_answer) - len(kept))


def _only_remarks_left(title: str, own_answer: list[tuple[Node, str]]) -> bool:
    """Whether a heading titled only as practice (`## Practice Q`, `## Exercise`), some of
    its questions asked on cards of their own, is left with the writer's own account alone,
    in the first person and asking nothing (`personal note: On my placement a pt's wife
    kept asking …`): its title asks nothing, nor does what stays beside the questions. A
    line of the subject (`> note to self: convergence in distribution ≠ in probability.`)
    stays on its card."""
    return names_only_practice(title) and all(
        "?" not in text and "？" not in text and _FIRST_PERSON.search(text) is not None
        for _, text in own_answer
    )


_FIRST_PERSON = lazy(r"\bI\b|\b(?i:my|me|we|our|us)\b")
"""`I`, `my`, `we`: the writer speaking of themselves."""


def _first_under_the_title(tree: NoteTree, section: Section) -> bool:
    """Whether a section is the first under the note's title to say anything: the title
    has no text of its own, and each heading before it only its writer's name or other
    blocks that give no card (`## 작성자` over an avatar)."""
    root = tree.root
    if section.level == 0 or root.blocks:
        return False
    if all(sibling.line != section.line for sibling in root.children):
        return False  # deeper in the note: most sections, before any block is read
    for sibling in root.children:
        if sibling.line == section.line:
            return True
        if sibling.children or not all(_skipped(block, tree.lines) for block in sibling.blocks):
            return False
    return False


def _aspects(item_cards: list[Card], section: Section) -> list[str]:
    """The aspects of a heading asked on cards of their own: its items' labels (`- 장점`)
    and its subsections' titles (`### 특징`) that name one."""
    return [card.question for card in item_cards if is_aspect(card.question)] + [
        plain(clean_heading(child.title))
        for child in section.children
        if is_aspect(clean_heading(child.title))
    ]


_CODE_TYPES = ("fence", "code_block", "html_block")
_FENCES = ("```", "~~~")
_PROSE_TYPES = ("paragraph", "blockquote")
"""The page's own words, plain or quoted (`> 정리 상태 엉망, 여기는 **정의**만.`): an
introduction dropped takes their clozes along."""
MAX_STEP_CHARS = 50
"""A line this short beside a listing says what the file is for, no more."""


def _one_short_line(own_answer: list[tuple[Node, str]]) -> bool:
    """Whether a heading's answer is one short line (a paragraph or a one-item list), a
    picture of the tutorial's screen beside it aside."""
    said = [
        line
        for _, text in own_answer
        for line in text.strip().splitlines()
        if line.strip() and not is_picture(line)
    ]
    return len(said) == 1 and len(plain(said[0])) <= MAX_STEP_CHARS


def _asks_for_them(title: str) -> bool:
    """`## 해시 함수의 종류`, `### How does DNS work?`, `## How a deadlock happens`: a
    heading that asks what the names of its parts (or steps) answer, so it keeps its card
    of names beside the parts' own cards."""
    return names_a_collection(title) or asks(clean_heading(title)) or names_a_process(title)


_MAX_FEATURES_NAMED = 5
"""A heading asking for features names this many at most on its card; past that a list
of terms is a glossary, each asked on its own card."""


def _names_its_features(title: str, own_answer: list[tuple[Node, str]]) -> bool:
    """`## REST의 특징` over `- **Stateless(무상태성)**` and four more properties, each told
    below its name: a heading that asks for the features, properties, advantages or
    drawbacks of its subject keeps its card naming the few terms its lists define, beside
    each term's own card. Recalling the features together is the question; recalling a
    topic's terms (`## 트랜잭션` over its commands) or a glossary's many is not one."""
    terms = sum(len(block.children) for block, _ in own_answer if block.type in LIST_TYPES)
    return 0 < terms <= _MAX_FEATURES_NAMED and asks_its_features(title)


def _names_its_set(
    path: tuple[str, ...], own_answer: list[tuple[Node, str]], item_cards: list[Card]
) -> bool:
    """`## Core entities` over `**Root user** — …`, `**IAM user** — …` and three more, each
    defined on its own card: a heading naming a set of things (set_headings.names_a_set)
    keeps its card naming the three to eight terms its lists define (with a gist each when
    they fit: the list cut short), which asks for the set as a whole; no term's card does.
    A pair is read on its own cards, more terms than one go are a glossary, and labels
    over links (`- LinkedIn` over its articles) define nothing."""
    terms = {card.line for card in item_cards if card.rule in _TERM_RULES}
    items = [item for block, _ in own_answer if block.type in LIST_TYPES for item in block.children]
    return (
        MIN_SET <= len(items) <= MAX_RECALL_LINES
        and all(item.map is not None and item.map[0] + 1 in terms for item in items)
        and names_a_set(path)
    )


_TERM_RULES = frozenset({term_definition.__name__, term_arrow_definition.__name__})


def _steps_cards(
    tree: NoteTree, section: Section, path: tuple[str, ...], held: bool, off: frozenset[str]
) -> Iterator[Card]:
    """The cards of the steps of a sequence its heading's card holds. A step's own card
    goes when that card holds its lines, and is else asked as that step of that process
    (`로그인 처리 과정 › Step 3: …`, headings.asked_as_step); the cards drawn from
    a step's text (a term it defines, a card written in a flashcard syntax) stay."""
    subject = without_label(clean_heading(section.title_markdown or section.title))
    parts = list(subsections(section, path))
    steps = [step for step, _ in parts]
    for step, step_path in parts:
        for card in _cards_of(tree, step, step_path, off):
            if card.rule != heading_answer.__name__ or card.line != step.line:
                yield card
            elif not held:
                yield asked_as_step(card, subject, step, steps)


@lru_cache(maxsize=64)
def _note_name(name: str) -> str:
    """`os_expected_questions.md` → `os expected questions`: a note named for what it holds."""
    return PurePosixPath(name).stem.replace("_", " ")


def _first_match(
    rules: Sequence[ItemRule] | Sequence[BlockRule] | Sequence[SectionReader],
    node: Node | Section,
    place: Place,
    off: frozenset[str] = frozenset(),
) -> list[Card] | None:
    for rule in rules:
        if off and rule.__name__ in off:  # most notes turn no rule off
            continue
        made = rule(node, place)
        if made is not None:
            return made
    return None


def _card_rules() -> tuple[str, ...]:
    """The names of the rules that make cards, those read from the note's structure first."""
    rules = (heading_answer, answer_part, *SECTION_READERS, *ITEM_RULES, *BLOCK_RULES)
    # These take what they recognise and make no card of their own: a label's cards
    # written below it are made by, and named for, the syntaxes they are written in.
    taking = (written_cards_below, table_of_contents_entry, flashcards_tag, anki_note_line)
    names = dict.fromkeys(rule.__name__ for rule in (*rules, *SECTION_RULES) if rule not in taking)
    return tuple(sorted(names, key=lambda name: name in EXPLICIT_RULES))


RULES = _card_rules()
"""The card rules a user can switch off (`[rules]` in flashgen.toml, `--rule-off`), by the
name each card records as its rule: its recogniser's."""
