"""Bold key phrases → cloze cards: the sentence with each bolded phrase hidden in turn.

A writer bolds what they want to remember. The sentence around the phrase is the cue: it
must say enough on its own, with its section and label as context (see cloze_sentence.py),
and each gap must be a key term the card does not show anyway (see cloze_gaps.py). Nothing
in an advertisement is a gap. When in doubt, no cloze: a junk card costs more than a
missing one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from flashgen.block_repairs import bold_label
from flashgen.extract.arrow_asides import before_arrow_note, without_arrow_aside
from flashgen.extract.cloze_clauses import clause_question
from flashgen.extract.cloze_examples import examples_side_by_side, parallel_runs
from flashgen.extract.cloze_focus import (
    GAP,
    asked_at_its_point,
    asked_of_its_topic,
    asked_together,
    frames_a_run,
    only_gap,
)
from flashgen.extract.cloze_gaps import (
    MAX_GAP_WORDS,
    MAX_SUBJECT_WORDS,
    bold_phrases,
    glossed,
    hinted,
    is_key_phrase,
    is_too_long,
    kind_printed,
    led_to_by_arrow,
    mostly_printed,
    named_by_context,
    not_in_another_form,
    not_shown_elsewhere,
    own_subject,
    phrase_of,
    predicate_head,
    printed,
    restated_size,
    spelled_beside,
    spelled_by_acronym,
    word_shown_beside,
    worked_out_beside,
    written_in_code_beside,
)
from flashgen.extract.cloze_sentence import (
    asks_of_a_case,
    asks_whether_there_is,
    breaks_off,
    can_cue,
    commands_a_step,
    counts_what_follows,
    hides_a_qualifier,
    hides_advice,
    hides_too_much,
    is_subjectless_fragment,
    leans_on_the_sentence_before,
    names_a_stock_actor,
    names_its_subject,
    names_what_follows,
    only_follows_from,
    only_opens_a_merit,
    opens_on_a_bare_merit,
    points_back_before_gap,
    runs_on_from_heading,
    says_only_presence,
    sentences,
    sets_out_an_example,
    story_actors,
    tells_an_example,
    term_of,
    without_joint,
)
from flashgen.extract.cloze_subject import subject_of, with_subject
from flashgen.extract.explicit import HIGHLIGHT
from flashgen.extract.list_parts import shows_a_picture
from flashgen.extract.place import (
    Place,
    asks_oneself,
    is_short_label,
    is_statement,
    plain,
    without_own_number,
    without_task_mark,
)
from flashgen.extract.qa import lists_follow_ups
from flashgen.extract.sections import comparison_sides
from flashgen.flavours.boxes import without_callout_mark
from flashgen.model import Card, CardKind
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import (
    CODE_SPAN,
    FOOTNOTE_MARKER,
    STRONG,
    unwrap_brackets,
    unwrap_strong,
)

_WORD = lazy(r"\w{2,}")
_WORKED_OUT = lazy(r"[=≈≒]\s*\**\Z")
"""`… → U ≈ **0.00027**`: a number an example works out, its result, not a value it picks."""
_NOT_CUE = lazy(r"`[^`]*`|\([^)]*\)|\]\([^)]*\)|https?://\S+|<[^>]+>")
"""Code, asides in parentheses, link targets and tags: no words to recall a phrase from."""
_DEFINED = lazy(r"^(?P<term>(?:\S+\s+){0,3}?\S+?)\s*(?:[:：]|\s[-–—])\s")
"""`스레드(Thread): …`, `` `prototype` — …``: a line's short term (four words at most), then what
it is; an arrow (`A → B`) leads to a result, not a definition."""
_ANY_WORD = lazy(r"\w+")
_MARKED_TERM = lazy(r"(\*\*|__)[^*_]+\1|`[^`]+`")
"""`**스레드(Thread)**`, `` `prototype` ``: a term the writer set apart."""
_BREAK = lazy(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)
_ADVERT = lazy(
    r"\b\d{1,2}\s?% (off|discount)\b|\b(coupon|promo code|discount code|affiliate|"
    r"shareasale|join today|sign up today|buy now|lifetime access)\b|[?&](ref|aff|afftrack|"
    r"affiliate|coupon)=|할인\s?(코드|쿠폰)|수강\s?신청",
    re.IGNORECASE,
)
"""A discount, a coupon, an affiliate link: the section sells something; its phrases are
slogans, not facts to recall."""
_ADVERT_HINTS = ("%", "=", "할인", "수강")
_ADVERT_WORDS = (
    "coupon", "promo code", "discount code", "affiliate", "shareasale", "join today",
    "sign up today", "buy now", "lifetime access",
)  # fmt: skip
_ADVERT_NEEDS = lazy("|".join(map(re.escape, (*_ADVERT_HINTS, *_ADVERT_WORDS))))
"""What `_ADVERT` cannot match without: looked for first, in casefolded text, as a pattern
that ignores case is slow to try at every place of a section that sells nothing."""

MAX_SENTENCE_CHARS = 300
MIN_CUE_WORDS = 2
"""Words outside the hidden phrases: fewer, and the sentence gives the student no cue."""
MAX_CLOZES = 4
"""More gaps than this in one sentence leave nothing to read."""


def bold_cloze(blocks: list[Node], place: Place) -> list[Card]:
    """`- **Single Point of Failure** 발생 가능` → "{{c1::Single Point of Failure}} 발생 가능"."""
    cards: list[Card] = []
    # Each card's sentence, line and context, which tell its subject: read only for a
    # sentence that runs on from its heading (most name their own).
    told: list[tuple[str, str, tuple[str, ...]] | None] = []
    bold = _bold_lines(blocks, place.tree.lines)
    if not bold and None not in [block.map for block in blocks]:
        return cards  # most sections hold no bold: nothing to look at, not even for adverts
    if tells_an_example(place.path):
        return cards  # its sentences tell of the example's actors: none cues a gap
    sides = comparison_sides(place.section.title)
    for inline, labels, lead, under, alone in _lines(blocks, (), sides, bold):
        content = inline.content
        context = (*place.path, *labels)
        if labels and tells_an_example(context):  # without labels, it is the path asked above
            continue
        shown = " › ".join(context).casefold()  # the context line, as each gap is sought in it
        before = lead
        first, defined = True, ""  # the term a `term: definition` line opens on, if it does
        named = ""  # the plain name such a line opens on (`JoinPoint : …`), if it does
        content = _BREAK.sub(" ", content) if "<" in content else content
        if "\n" in content and _quotes_an_exchange(content):
            continue  # `면접관: "…?"` over `나: …`: who said what in an interview, no statement
        if (
            "?" in content
            and lists_follow_ups(place.section.title)
            and _ANSWERED_AFTER_ARROW.search(content)
        ):
            continue  # `- UI가 멈추면? → **Web Worker**로 분리`: its card asks it
        # where the answer to a question over it starts, if any (nearly every paragraph: none)
        asks = "?" in content and "\n" in content
        answered, at = _answer_below_question(content) if asks else -1, 0
        for sentence in sentences(content):
            if answered >= 0 and (at := content.find(sentence[:24], at)) >= answered:
                continue  # `Q: …?` over `A: …`: the answer's half, its question left out
            if before and asks_of_a_case(before):
                before = sentence
                continue  # it answers for the case the question sets, which the card leaves out
            about = ""  # the plain name the line opened on, which this sentence does not name
            opening = first  # the line's first sentence speaks of its heading, not of another
            if first:
                first, defined = False, _defined_term(sentence)
                named = "" if defined else _named_term(sentence) or _title_term(sentence)
            elif defined and (term := _defined_term(sentence)):
                defined = term
            elif defined and not _speaks_of(defined, sentence, shown):
                before = sentence
                continue  # it says more of the term the line opened on, which it does not name
            elif named and not _speaks_of(named, sentence, shown):
                about = named  # `JoinPoint : … 지점. 스프링 AOP는 …`: named first on its card
            before = said = sentence
            if "**" not in sentence and "__" not in sentence:  # `_has_bold_marks`, written out
                continue  # no bold, no gap, nor any once a footnote's mark is taken off
            sentence = without_callout_mark(sentence)  # `[!tip] Title` opening a box
            sentence, task = without_task_mark(_without_footnote_mark(sentence))
            if task and asks_oneself(sentence):
                continue  # a check put to oneself (`… 문서화했나`): to tick, not to recall
            sentence = without_own_number(sentence)
            sentence = without_arrow_aside(sentence)  # `… ← 우리 케이스`: the writer's, no gap
            asked = _asked_clause(sentence)
            if asked is not None:  # a clause in bold: asked of its subject, not as a gap
                (question, answer), kind = asked, CardKind.BASIC
            elif (cloze := _cloze_text(sentence, shown, under, context)) is not None:
                if is_subjectless_fragment(cloze, alone):
                    continue  # the label's own card asks it whole; alone it names no subject
                if commands_a_step(cloze, _line_of(inline, place)):
                    continue  # `6. [Restart the instruction] …`: one step, out of its order
                if opens_on_a_bare_merit(cloze) and comparison_sides(context[-1]):
                    continue  # `A vs B` › `단점: …`: of which side, the card does not say
                if only_opens_a_merit(cloze, context[-1]):
                    continue  # `장점` › `[…]을 절감할 수 있다`: any merit fits the gap
                if not (opening or defined or about) and leans_on_the_sentence_before(cloze):
                    continue  # `… 커넥션 2개. 트래픽 몰리면 [커넥션 풀 고갈] 가능`: from what?
                question, answer, kind = f"{about}: {cloze}" if about else cloze, "", CardKind.CLOZE
            else:
                continue
            # a line carrying on the statement above speaks of that statement's subject
            told.append(None if under or about else (said, content, context))
            cards.append(
                Card(
                    deck=place.path,
                    context=context,
                    question=question,
                    answer=answer,
                    note_name=place.tree.note.name,
                    line=inline.map[0] + 1 if inline.map else place.section.line,
                    rule=bold_cloze.__name__,
                    kind=kind,
                )
            )
    if not cards:
        return cards
    if len(cards) > 1:
        cards = _told_apart(cards)
    cards = [
        _at_its_point(card) if where is None else _of_its_subject(_at_its_point(card), *where)
        for card, where in zip(cards, told, strict=True)
    ]
    # Asked last, of a section that makes cards: one whose bold makes none is not read again.
    text = place.own_markdown
    if _advertises(text):
        return []
    # The people of a dialogue the section tells, or of an example: a sentence of them tells
    # the story the card does not show.
    actors = story_actors(text)
    return [
        card
        for card in cards
        if not names_a_stock_actor(card.question + card.answer)
        and not _names_an_actor(card.question + card.answer, actors)
    ]


_SPEAKER = lazy(r"^[>\s]*(?:\*\*)?(?P<who>[^\s:：*`]{1,12}(?: [^\s:：*`]{1,12})?)(?:\*\*)?\s*[:：]")
_QUESTION_AND_ANSWER = frozenset({"Q", "A"})
_ANSWERED_AFTER_ARROW = lazy(r"[?？][\"”]?(?:\*\*)?[ \t]*\(?[ \t]*(?:→|->|=>|⇒)")
"""`…멈추면? → **Web Worker**로 분리` under `## 꼬리질문`: a follow-up question answered after
an arrow on its line, which its own card asks (qa.answered_question); a gap in the answer
would ask it without the question."""


def _quotes_an_exchange(content: str) -> bool:
    """`> 면접관: "Context만 쓰면 어떤 문제가 있나요?"` over `> 나: Provider value 바뀌면 …
    **Context 쪼개기** 얘기를 못 함.`: lines each opening on who speaks, one asking and the
    next said by another: an exchange quoted from an interview or a lesson, the writer's
    record of who said what. A gap in it asks what someone said, not what is so. (`Q:` over
    `A:` is a question and its answer, read as one.)"""
    if ":" not in content and "：" not in content:
        return False  # nearly every paragraph of several lines
    lines = content.split("\n")
    speakers = [_SPEAKER.match(line) for line in lines]
    for at in range(len(lines) - 1):
        asker, replier = speakers[at], speakers[at + 1]
        if asker is None or replier is None or asker["who"] == replier["who"]:
            continue
        if {asker["who"], replier["who"]} == _QUESTION_AND_ANSWER:
            continue
        if "?" in lines[at] or "？" in lines[at]:
            return True
    return False


_PICTURE_AFTER_GAP = lazy(r"\}\}[ \t]?[\U0001f300-\U0001faff][\ufe0f\u200d]*")
"""`부모가 먼저 죽으면 → **좀비 프로세스** 🧟`: a pictograph right after a gap, which may draw
the word hidden; it is dropped from the card (check marks, `✅ ✗`, say a verdict and stay)."""
_QUESTION_ABOVE_ANSWER = lazy(
    r"\?[ \t]*(?:\*\*|__)?[ \t]*\n[ \t]*(?:\*\*|__)?(?:A|답|Answer)[ \t]*\d*[ \t]*[.:)：]"
)
"""`Q: Why doesn't atropine fix the weakness?` over `A: weakness is **nicotinic** …`: a line
ending in a question mark, then one opening on the mark of its answer."""


def _answer_below_question(content: str) -> int:
    """Where the answer to a question asked on the line above it starts in a paragraph, or
    -1: the paragraph is a question and its answer (`Q. transform 애니메이션이 왜 더 빠른가?`
    over `A. 레이아웃/페인트를 건너뛰고 **컴포지터 스레드**에서 합성만 하기 때문.`), asked
    as written (qa.py). A cloze of the answer's sentences leaves out what they answer: alone
    they are a reason or a predicate with no subject. (Asked only of a paragraph holding a
    question mark and a line break.)"""
    match = _QUESTION_ABOVE_ANSWER.search(content)
    return -1 if match is None else match.start() + 1


def _line_of(inline: Node, place: Place) -> str:
    """The note's line a paragraph's text begins on, as written (``, when not known)."""
    if inline.map is None or inline.map[0] >= len(place.tree.lines):
        return ""
    return place.tree.lines[inline.map[0]]


def _lines(
    nodes: list[Node],
    labels: tuple[str, ...],
    sides: tuple[str, ...],
    bold: list[int],
    under: bool = False,
    alone: bool = False,
) -> Iterator[tuple[Node, tuple[str, ...], str, bool, bool]]:
    """Each paragraph's inline text with the labels of the list items it stands under, and
    the text of the paragraph right before it (its lead, when it has one): those with bold in
    them, since only bold makes a gap.

    Each comes with whether it stands under a list item that is a statement (`- 짧은 함수를
    인라인으로 쓰면, 코드가 작아질 수 있다.`), whose sentence it carries on, and whether it is
    all that stands under a label (`- 열` over `- **세로** 방향으로 읽는 것`): the label's answer.

    A numbered label alone (`3. COMMIT`) names the bullets written right under it, when the
    writer did not indent them (`- …를 반영하는 명령어`): Markdown reads two lists."""
    above: tuple[str, ...] = ()
    previous: Node | None = None
    pictured: tuple[str, ...] = ()  # a bold label, then only pictures or code so far
    last_pictured = False
    for node in nodes:
        given = (*labels, *above) if node.type == "bullet_list" else labels
        if pictured and node.type in LIST_TYPES and last_pictured:
            given = (*given, *pictured)  # `**Entity Group**`, its picture, then its points
        above = _label_above(node, sides)
        pictured, last_pictured = _label_over_pictures(node, pictured)
        last, previous = previous, node  # the block before this one gives its lead
        if not _may_be_bold(node, bold):
            continue  # most blocks and items have no bold: their labels need not be read
        if node.type == "paragraph":
            lead = last.children[0].content if last and last.type == "paragraph" else ""
            yield node.children[0], given, lead, under, alone
        elif node.type in ("bullet_list", "ordered_list"):
            before: Node | None = None  # the line of the item above, when nothing is under it
            for item in node.children:
                above_line, before = before, None if item.below else item.line
                if not _may_be_bold(item, bold):
                    continue
                text, rest = item.line, item.below
                # not the rest of a sentence the item above began
                if (
                    text is not None
                    and _has_bold_marks(text.content)
                    and (above_line is None or not breaks_off(above_line.content))
                ):
                    yield text, given, "", under, alone
                if rest:
                    label = _label_of(text, sides)
                    stated = text is not None and not label and is_statement(plain(text.content))
                    only = bool(label) and _only_line(rest)
                    yield from _lines(rest, (*given, *label), (), bold, stated, only)
        elif node.type == "blockquote":
            yield from _lines(node.children, given, sides, bold, under)


def _label_over_pictures(node: Node, pictured: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """The bold label a block carries on to the list after it, and whether a picture or code
    stands between: `**Entity Group**` alone on a line, then its diagram, then its points.
    The label names what the points speak of, as it does written right over them (a label
    item, see block_repairs); a block of any other kind ends it."""
    if node.type == "paragraph":
        text = node.children[0].content
        if pictured and shows_a_picture(node, text):
            return pictured, True
        label = bold_label(text) if text.startswith(("**", "__")) else None
        if label is not None:
            label = unwrap_brackets(label)
            if is_short_label(label) and not is_statement(label):
                return (label,), False
    elif pictured and (
        node.type in ("fence", "code_block")
        or (node.type == "html_block" and shows_a_picture(node, node.content))
    ):
        return pictured, True
    return (), False


def _defined_term(sentence: str) -> str:
    """The term, set in bold or code, that a line's first sentence defines (`**스레드**: 흐름의
    단위.` → `스레드`), or ``: the subject of the sentences after it on the line, which do not
    name it again. A plain label (`Note: …`, `Goal: …`) names an aspect, not a subject."""
    if sentence[:1] not in "*_`" or not (
        ":" in sentence or "：" in sentence or " —" in sentence or " -" in sentence
    ):
        return ""  # most sentences: no term in bold or code before a colon or dash
    term = _DEFINED.match(sentence)
    return plain(term["term"]) if term and _MARKED_TERM.fullmatch(term["term"]) else ""


def _named_term(sentence: str) -> str:
    """The plain name a line's first sentence defines (`JoinPoint : Advice가 적용될 수 있는
    지점.` → `JoinPoint`): a word or two of Latin letters opening on a capital, before a colon,
    that names no aspect (`Note`, `Goal`, `Pros`); or ``. A sentence after it on the line that
    does not name it may say more of it (`스프링 AOP는 **메서드 실행 지점**만 지원`) or start
    anew (`Raft … decomposes …`): its card names it first, which reads right either way."""
    if not sentence[:1].isupper() or ":" not in sentence[:40]:
        return ""  # most sentences: no capital opening a name before a colon
    term = _DEFINED.match(sentence)
    if term is None or ":" not in sentence[term.end("term") : term.end()]:
        return ""
    name = term["term"]
    words = name.split()
    if not name.isascii() or len(words) > 2 or not all(word.isalnum() for word in words):
        return ""
    return name if subject_of((), name) == name else ""


_TITLE = lazy(
    r"(?P<name>(?:\*\*[^*]+\*\*|__[^_]+__|`[^`]+`)"
    r"(?:[ \t]*(?:→|->|=>|—|–)[ \t]*(?:\*\*[^*]+\*\*|__[^_]+__|`[^`]+`))?)\.?"
)
"""`**Clinical correlation — malignant hyperthermia**`, `` `some Protocol` → **Opaque Type**. ``:
a sentence that is only a name the writer set apart, or two joined by an arrow or dash."""


def _title_term(sentence: str) -> str:
    """The name a line's first sentence is and says nothing of (`_TITLE`: a bold title over a
    box's text, `` `some Protocol` → **Opaque Type**. `` before what it does), or ``: the
    subject of the sentences after it, which do not name it (`컴파일 타임에 구체 타입이 **하나로
    고정**됨`, of `some Protocol`, not of the other kind the heading asks about). A name of
    an aspect (`**Note**`, `**장점**`) is no subject, nor is a statement set in bold."""
    if sentence[:1] not in "*_`":
        return ""  # most sentences: they open on a word, not on a name set apart
    title = _TITLE.fullmatch(sentence.strip())
    if title is None:
        return ""
    name = plain(title["name"]).strip("_* ")
    if name.endswith((".", "!", "。")) or is_statement(name):
        return ""  # `**_하나의 키값으로 레코드를 식별할 수 있는 성질._**`: a statement in bold
    return subject_of((), name)


def _speaks_of(term: str, sentence: str, shown: str) -> bool:
    """Whether a sentence names a term by any of its words (`스레드` of `스레드(Thread)`), or
    the heading it stands under (the last of `shown`, casefolded) is the term."""
    folded = term.casefold()
    heading = shown.rpartition(" › ")[2]
    if folded in heading and len(heading) <= 2 * len(folded) + 3:
        return True  # `## Thread` over `**Thread**: …`: the context line names it
    words = _WORD.findall(folded)  # its words of two letters or more
    sentence = sentence.casefold()
    return not words or any(word in sentence for word in words)


def _only_line(nodes: list[Node]) -> bool:
    """Whether the blocks under an item are one line: a paragraph, or a list of one item with
    nothing under it."""
    if len(nodes) != 1:
        return False
    node = nodes[0]
    if node.type == "paragraph":
        return True
    return (
        node.type in ("bullet_list", "ordered_list")
        and len(node.children) == 1
        and not node.children[0].below
    )


def _label_above(node: Node, sides: tuple[str, ...]) -> tuple[str, ...]:
    """The label of a numbered list's last item when nothing stands under it."""
    if node.type != "ordered_list" or not node.children:
        return ()
    last = node.children[-1]
    return () if last.below else _label_of(last.line, sides)


def _bold_lines(blocks: list[Node], note_lines: tuple[str, ...]) -> list[int]:
    """The numbers of the lines the blocks were written on that hold a bold mark (`**`,
    `__`), in order: each line is looked at once, not again for each item it belongs to."""
    spans = [block.map for block in blocks if block.map is not None]
    if not spans:
        return []
    start, end = min([span[0] for span in spans]), max([span[1] for span in spans])
    # `_has_bold_marks` written out: this runs for every line of every section
    return [
        number
        for number, line in enumerate(note_lines[start:end], start)
        if "**" in line or "__" in line
    ]


def _may_be_bold(node: Node, bold: list[int]) -> bool:
    """Whether any line a block or item was written on holds a bold mark at all."""
    if node.map is None:
        return True
    start, end = node.map
    first = bisect_left(bold, start)
    return first < len(bold) and bold[first] < end


def _has_bold_marks(text: str) -> bool:
    return "**" in text or "__" in text


def _label_of(text: Node | None, sides: tuple[str, ...]) -> tuple[str, ...]:
    """How an item's children are asked about: the side of a comparison, the term of a
    definition, or the item itself when it is a label (`장점`), not a statement."""
    if text is None:
        return ()
    line = plain(unwrap_strong(text.content.strip()))
    side = next((s for s in sides if line.casefold().startswith(s.casefold())), None)
    term = term_of(line)
    label = unwrap_brackets(side or (term["term"] if term else line.removesuffix(":")).strip())
    return (label,) if is_short_label(label) and not is_statement(label) else ()


_FOOTNOTE_MARK = lazy(r"([_*]?)(?:\\\*)+(\*(?!\*)|_(?!_))?[ \t]*")
"""`\\* `, `\\*\\* `, `_\\* ` (a footnote set in italics), `\\**` (and the italics it opens): the
escaped asterisks that tie a footnote to the word marked above, no part of its sentence."""


def _without_footnote_mark(sentence: str) -> str:
    """`\\* **교착 상태** 는 …` → `**교착 상태** 는 …`: a footnote's sentence less the mark that
    leads it, and the italics around it (whose end may be a later sentence's)."""
    if not sentence.startswith(("\\*", "_\\*", "*\\*")):
        return sentence  # nearly every sentence: looked at before any pattern is tried
    mark = _FOOTNOTE_MARK.match(sentence)
    if mark is None:
        return sentence
    rest = sentence[mark.end() :]
    italic = mark[1] or mark[2]
    # its italics close at the end, unless the run of marks there only closes bold (`**`)
    if italic and (len(rest) - len(rest.rstrip(italic))) % 2:
        rest = rest[:-1]
    return rest


def _asked_clause(sentence: str) -> tuple[str, str] | None:
    """A sentence with a clause in bold (`is_too_long`) as a question and its answer, when it
    names its subject first and asks something of it (`clause_question`); else None, and
    the clause is no gap of its cloze."""
    if sentence.count(" ") < MAX_GAP_WORDS or not _has_bold_marks(sentence):
        return None  # nearly every sentence: too short to hold a clause in bold
    # `is_too_long` first, on the bold alone: few sentences hold a clause in bold at all
    if not any(
        phrase_of(match).count(" ") >= MAX_GAP_WORDS and is_too_long(plain(phrase_of(match)))
        for match in bold_phrases(sentence)
    ):
        return None
    if len(sentence) > MAX_SENTENCE_CHARS or not can_cue(plain(sentence)):
        return None
    sentence = without_joint(sentence)[0]
    for match in bold_phrases(sentence):
        words = plain(phrase_of(match))
        if (
            is_too_long(words)
            and is_key_phrase(sentence, match, words)
            and own_subject(words) is None
        ):
            question = clause_question(sentence)
            return None if question is None else (question, sentence)
    return None


def _cloze_text(
    sentence: str, shown: str, under: bool = False, context: tuple[str, ...] = ()
) -> str | None:
    """The sentence with each bold phrase as `{{cN::…}}`, or None when it makes no card.

    A phrase the context line (`shown`, casefolded) already prints (`HTTPS` under `## HTTPS란?`,
    `red` under `Red-Black 트리`) or the sentence shows unhidden elsewhere is no gap to fill."""
    if not _has_bold_marks(sentence):
        return None  # no bold, no gap: the other sentences of a line with bold in it
    if len(sentence) > MAX_SENTENCE_CHARS:
        return None
    if "{{c" in sentence or ("==" in sentence and HIGHLIGHT.search(sentence)):
        return None  # the writer chose the gaps already (`{{c1::…}}`, `==…==`)
    written = sentence
    sentence, joined = without_joint(sentence)  # `또한, …`: the card shows it alone
    # The phrases that can be gaps first, on their own words: a sentence none of whose bold
    # is a term makes no card, and its cue is not read at all.
    terms = _terms(sentence)
    if not terms or not can_cue(plain(written)):
        return None
    hidden = []
    # Each gap's words, the words of its bold shown after it, and where the sentence resumes.
    gaps: dict[int, tuple[str, str, int]] = {}
    for match, phrase, words, subject in terms:
        if glossed(sentence, match, words) or hinted(sentence, match, words, shown):
            continue
        if spelled_beside(sentence, match, words, shown):
            continue  # `데이터 바인딩` beside `**Data Binding**`: the card prints the gap
        if word_shown_beside(sentence, match, words):
            continue  # `**사용자에 의해**` beside `사용자가`: only the postposition is left
        if spelled_by_acronym(words, sentence, match, shown):
            continue  # `모델, 컨트롤러, 뷰` under `MVC 패턴`: the card prints its initials
        if worked_out_beside(sentence, match, words):
            continue  # `4096 / 4 = **1024**`: the card prints the sum it comes to
        if led_to_by_arrow(sentence, match, words):
            continue  # `… 교체 → **12번**`: what a run the card does not show came to
        if written_in_code_beside(sentence, match, words):
            continue  # `**take b before a**, so the edge is` then `b -> a`: code prints it
        folded = words.casefold()
        if (folded not in shown or not printed(folded, shown)) and not mostly_printed(
            folded, shown
        ):
            if kind_printed(folded, shown) and _alone_of_its_kind(sentence, match, folded):
                continue  # `일관된 상태` under `일관성`: only the kind is left to fill in
            if named_by_context(folded, context):
                continue  # `automatic batching` under `Batching`, `vnodes` under `Virtual nodes`
            hidden.append(match)
            end = restated_size(sentence, match, words)
            if subject is None:
                gaps[match.start()] = (phrase, "", end)
            else:  # the subject is hidden; what the statement says of it shows
                gaps[match.start()] = (subject, phrase[len(subject) :], end)
    if hidden:
        hidden = not_in_another_form(sentence, not_shown_elsewhere(sentence, hidden))
    if hidden and sets_out_an_example(plain(sentence).lstrip()):
        hidden = [
            match
            for match in hidden
            if not gaps[match.start()][0][:1].isdigit()
            or _WORKED_OUT.search(sentence, 0, match.start())
        ]
    if len(hidden) > 1:
        hidden = _outside_the_case(sentence, hidden)
    hidden, leaders = _examples_apart(sentence, hidden)
    together = len(leaders)  # gaps asked together with another
    if hidden and sentence.count("**") + sentence.count("__") >= 4:  # two bold phrases
        hidden = _runs_whole(sentence, hidden, leaders, shown)
    numbers: dict[str, int] = {}
    for match in hidden:
        numbers.setdefault(gaps[leaders.get(match.start(), match.start())][0], len(numbers) + 1)
    if not numbers or len(numbers) > MAX_CLOZES:
        return None
    parts, cue_parts, last = [], [], 0
    for match in hidden:
        phrase, rest, end = gaps[match.start()]
        number = numbers[gaps[leaders.get(match.start(), match.start())][0]]
        cue_parts.append(sentence[last : match.start()])
        gloss = sentence[match.end() : end]  # `(4096B)`, hidden with `4KB`
        parts += cue_parts[-1], f"{{{{c{number}::{phrase}{gloss}}}}}"
        if rest:  # `가 CPU 전체를 점유`: what the statement says of its subject, the cue
            cue_parts.append(rest)
            parts.append(rest)
        last = end
    cue_parts.append(sentence[last:])
    parts.append(cue_parts[-1])
    cue = "".join(cue_parts)
    if "<" in cue or "*" in cue or "_" in cue or "`" in cue or "(" in cue or "http" in cue:
        cue = _NOT_CUE.sub(" ", STRONG.sub(" ", cue))  # most cues: plain words, nothing to drop
    if len(_WORD.findall(cue)) < MIN_CUE_WORDS:
        return None
    noted = before_arrow_note(cue)  # the cue itself, when no arrow closes it
    if noted != cue and len(_ANY_WORD.findall(noted)) < MIN_CUE_WORDS:
        return None  # `[…] ← 가장 중요`: only the writer's note by the gap, no cue to it
    text = "".join(parts).strip()
    if max(text) >= "\U0001f300":  # most clozes hold no pictograph at all
        text = _PICTURE_AFTER_GAP.sub("}}", text)
    if len(leaders) > together and not frames_a_run(text):
        return None  # `[…] and […] stay cheap.`: a run hidden whole, and nothing to ask it by
    if hides_too_much(text) or hides_a_qualifier(text) or says_only_presence(text):
        return None
    if hides_advice(text):
        return None  # `[don't cache the access token] …`: what to do, not a term
    if asks_whether_there_is(text):
        return None
    if points_back_before_gap(text) or counts_what_follows(text) or names_what_follows(text):
        return None
    if under and only_follows_from(text):
        return None  # the reason or result of the statement above, which is not shown
    if joined and not names_its_subject(text):
        return None  # it said more of the sentence before's subject, which is not shown
    if len(hidden) == 4 and _mirrored(text):
        return None
    return text


def _mirrored(cloze: str) -> bool:
    """Whether a cloze's four gaps are two phrases, each written twice, the second time the
    other way round (`[유도 클래스]를 [기초 클래스]로 뿐만 아니라, [기초 클래스]를 [유도
    클래스]로`): it says a thing goes both ways, and either phrase, shown, gives the other."""
    gaps = GAP.findall(cloze)
    return len(gaps) == 4 and gaps[0] == gaps[3] != gaps[1] == gaps[2]


def _terms(sentence: str) -> list[tuple[re.Match[str], str, str, str | None]]:
    """The bold phrases of a sentence that are terms to recall, whatever the card shows
    (`is_key_phrase`, no clause nor code): each with its phrase, the words to hide and, of a
    statement in bold (`**하나의 Job이 CPU 전체를 점유**`), its subject, which is hidden
    instead."""
    code = [span.span() for span in CODE_SPAN.finditer(sentence)] if "`" in sentence else []
    terms = []
    for match in bold_phrases(sentence):
        if code and any(start < match.end() and match.start() < end for start, end in code):
            continue  # `__name__` is code, not bold
        phrase = phrase_of(match)
        words = plain(phrase)  # read once, for every check below
        if not is_key_phrase(sentence, match, words):
            continue
        # `**하나의 Job이 CPU 전체를 점유**`, `**데드락 발생 가능**`: a term and what is said of it
        subject = own_subject(words) or predicate_head(words, sentence[match.end() :])
        if subject is not None:  # `**하나의 Job이 CPU 전체를 점유**`: its subject is the gap
            if phrase != words or len(subject.split()) > MAX_SUBJECT_WORDS:
                continue  # marks inside the bold, or a subject too long to be a term
            words = subject
        if is_too_long(words):
            continue  # a clause or a whole description, not a term
        terms.append((match, phrase, words, subject))
    return terms


def _examples_apart(
    sentence: str, hidden: list[re.Match[str]]
) -> tuple[list[re.Match[str]], dict[int, int]]:
    """The gaps less the examples the sentence likens its subject to, and each gap of a list
    it closes as a few of many (`examples_side_by_side`) mapped to the list's first: asked
    together, under its number; the list is no gap when any of it is shown anyway."""
    if not hidden or sentence.count("**") + sentence.count("__") < 4:
        return hidden, {}  # nearly every sentence: fewer than two bold phrases
    likened, listed = examples_side_by_side(sentence, bold_phrases(sentence))
    if not likened and not listed:
        return hidden, {}
    starts = {match.start() for match in hidden}
    leaders: dict[int, int] = {}
    for run in listed:
        if all(start in starts for start in run):
            leaders.update((start, run[0]) for start in run)
        else:
            likened.update(run)  # one of it shown: the others would be asked beside it
    return [match for match in hidden if match.start() not in likened], leaders


def _alone_of_its_kind(sentence: str, match: re.Match[str], phrase: str) -> bool:
    """Whether a bold phrase (`phrase`, casefolded) is neither an item of a run set side by
    side (`parallel_runs`) nor set against another bold phrase opening on its first word
    (`**가리키는 대상**은 …, **가리키는 값**은 …`): there the kind tells it from the others."""
    bold = bold_phrases(sentence)
    first = phrase.split(" ", 1)[0]
    others = (plain(phrase_of(other)).casefold() for other in bold)
    if any(other != phrase and other.startswith(first) for other in others):
        return False  # the same phrase written twice is no other
    return all(match.start() not in run for run in parallel_runs(sentence, bold))


def _runs_whole(
    sentence: str, hidden: list[re.Match[str]], leaders: dict[int, int], shown: str
) -> list[re.Match[str]]:
    """The gaps with each run of items the sentence sets side by side (`parallel_runs`:
    `**부호 1비트**, **지수 8비트**, **가수 23비트**`) hidden whole, its items mapped in
    `leaders` to its first, one gap asked together; or none of it, when any item of it is
    shown anyway, or it has more items than a card asks at once (`MAX_CLOZES`): the items
    shown would tell the hidden one. Nor is a run an acronym on the card spells out (`MVC`
    over `**Model**, **View**, **Controller**`; `shown` is the context line, casefolded)."""
    bold = bold_phrases(sentence)
    runs = parallel_runs(sentence, bold)
    if not runs:
        return hidden  # most sentences: no bold items side by side
    starts = {match.start(): match for match in hidden}
    words = {match.start(): plain(phrase_of(match)) for match in bold}
    apart: set[int] = set()
    for run in runs:
        whole = len(run) <= MAX_CLOZES and all(start in starts for start in run)
        if whole and not spelled_by_acronym(
            ", ".join(words[start] for start in run), sentence, starts[run[0]], shown
        ):
            leaders.update((start, leaders.get(run[0], run[0])) for start in run)
        else:
            apart.update(run)
    return [match for match in hidden if match.start() not in apart]


_CASE_END = lazy(r"[가-힣](?:면|\s(?:때|경우)(?:에는|는)?),\s|^(?:If|When|Whenever)\b[^,]+,\s")
"""`…가 존재할 때, `, `…하려면, `, `If …, `: the end of the case a sentence sets before what
follows in it."""


def _outside_the_case(sentence: str, hidden: list[re.Match[str]]) -> list[re.Match[str]]:
    """The gaps after the case the sentence sets, when it has gaps on both sides: `JPA에
    **@ManyToOne** 으로 … 존재할 때, … **join**이 필요하다` asks what follows (`join`); the case
    is the cue, one of many the writer could have chosen, and no answer to recall with it."""
    if "," not in sentence:
        return hidden  # most sentences: no case set off by a comma
    case = _CASE_END.search(sentence)
    if case is None:
        return hidden
    after = [match for match in hidden if match.start() >= case.end()]
    return after or hidden


_PARTICLE_AFTER_GAP = lazy(r"\x00(?:이|가|은|는|을|를|와|과|으로|로)(?![가-힣])")
"""The particle after a gap, which changes with the word in it (`[…]가`, `[…]이`)."""


def _told_apart(cards: list[Card]) -> list[Card]:
    """The section's clozes, each asking only its last gap that tells it apart when another
    sentence of the section says the same of other words: `**스택**에 넣은 뒤 꺼낼 때는
    **맨 위**의 원소가 나온다` and `**큐**에 넣은 뒤 꺼낼 때는 **맨 앞**의 원소가 나온다`, every
    gap hidden, would fit either. The words it shares with the other
    are the cue the student tells the two apart by; they are shown."""
    frames: dict[str, list[int]] = {}
    for at, card in enumerate(cards):
        if card.kind is CardKind.CLOZE and card.question.count("{{c") > 1:
            frame = _PARTICLE_AFTER_GAP.sub(
                "\x00", GAP.sub("\x00", " ".join(card.question.split()))
            )
            frames.setdefault(frame, []).append(at)
    told = list(cards)
    for indices in frames.values():
        fillings = [GAP.findall(cards[at].question) for at in indices]
        for at, filling in zip(indices, fillings, strict=True):
            others = [other for other in fillings if other != filling]
            differing = [
                slot for slot, words in enumerate(filling) if any(o[slot] != words for o in others)
            ]
            if differing:  # not only the same sentence written twice
                told[at] = replace(cards[at], question=only_gap(cards[at].question, differing[-1]))
    return told


def _at_its_point(card: Card) -> Card:
    """The cloze asking only its last gap when its gaps, all hidden, leave too little; else
    with the gaps that differ in one word asked together, and its opening topic no gap of its
    own when the sentence says what the topic does."""
    if card.kind is not CardKind.CLOZE:
        return card
    question = asked_of_its_topic(asked_together(asked_at_its_point(card.question)))
    return card if question is card.question else replace(card, question=question)


def _subject_of(sentence: str, content: str, context: tuple[str, ...]) -> str:
    """What a sentence speaks of when it names no subject (`subject_of`): its heading's or
    label's when it opens its line, the term its line opens on when it follows it
    (`**Continuous**: … Described by a **pdf**.`); `` after any other sentence, whose
    subject it may carry on."""
    start = sentence[:12]
    line = next((line for line in content.split("\n") if start in line), "")
    if not any(char.isalnum() for char in line[: line.find(start)]):
        return subject_of(context)  # it opens its line (after a mark or emoji, if any)
    term = term_of(line)
    if term is None or not (_MARKED_TERM.fullmatch(term["term"]) or term["term"].isascii()):
        return ""  # `DFS하면서 상태 3개: …` is no term's name
    return subject_of(context, term["term"])


def _of_its_subject(card: Card, said: str, content: str, context: tuple[str, ...]) -> Card:
    """The cloze naming its subject first when its sentence (`said`) runs on from its
    heading; the subject is looked for only then (most sentences name their own)."""
    if card.kind is not CardKind.CLOZE:
        return card
    read = card.question
    if "<sup" in read:  # `[다형성]<sup>[1)](#ref1)</sup>을 …`: the mark shows nothing
        read = FOOTNOTE_MARKER.sub("", read)
    if not runs_on_from_heading(read):
        return card
    question = with_subject(card.question, _subject_of(said, content, context))
    return card if question is card.question else replace(card, question=question)


def _names_an_actor(cloze: str, actors: frozenset[str]) -> bool:
    """Whether a cloze names one of the actors (`지호의 공개키로`), in a gap or not."""
    if not actors:
        return False  # most sections tell no dialogue
    folded = cloze.casefold()
    return any(printed(name.casefold(), folded) for name in actors)


def _advertises(text: str) -> bool:
    """Whether the section's own lines (`Place.own_markdown`) sell something."""
    # Casefolded as the pattern ignores case: `İ` and `ı` also match its `i`. Casefolding
    # leaves `%`, `=` and Hangul as they are, so the hints are looked for in the same text.
    folded = text.replace("İ", "i").replace("ı", "i").casefold()
    if _ADVERT_NEEDS.search(folded) is None:
        return False
    return _ADVERT.search(text) is not None
