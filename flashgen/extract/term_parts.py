"""Lists whose items each name a term, a step or an aspect, taken apart.

A long list of named items (`**Growth** - How well …`, `1. **Hardware Stacks the PC**` over
its points, `- **Advantages:** …`) is recalled as its names, then each item on its own
card; the heading's card keeps the names where the list was. So does a list of terms each
told in a sentence (`- Shared lock: 읽기만 …`), with each term's gist beside its name; under
a heading asking for its subject's claims (`### Advantages`) the items are no terms, and the
heading's card keeps them all.
"""

from __future__ import annotations

import re

from flashgen.extract.apart import answer_part, joined, names_alone_left, says
from flashgen.extract.item_kinds import (
    MAX_ANSWERS_LINES,
    asks_for_its_items,
    claim_question,
    claims_asked,
    is_sequence,
    is_verdict,
    says_more_than,
)
from flashgen.extract.labels import EXAMPLE, META_NAMES, SENTENCE_END, names_a_part
from flashgen.extract.overviews import MAX_PART_LINES
from flashgen.extract.place import Place, is_term_like, plain, tells_an_act
from flashgen.extract.sizes import (
    MAX_ANSWER_LINES,
    MAX_WHOLE_LINES,
    Block,
    at_most,
    nearly_recallable,
    shown_lines,
    texts_recallable,
)
from flashgen.extract.skip import has_substance
from flashgen.extract.subjects import in_context, names_an_aspect, of_subject, step_asked
from flashgen.extract.term_gists import SENTENCE_BREAK, closed, first_sentence, gist_lines
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.syntax import CODE_TYPES, LIST_TYPES, Node
from flashgen.text import as_item_text, unwrap_strong


def named_items_apart(
    own: list[Block], place: Place, asked: frozenset[int]
) -> tuple[list[Block], list[Card]]:
    """An overlong answer that is one list of names each over points of its own (`1. **Hardware
    Stacks the PC**` over its bullets, eight such steps), maybe after a paragraph leading
    into it: the heading's card keeps the lead-in and the names, in their numbers when the
    writer numbered them, and each name not yet asked by a rule of its own is asked with
    its points. Only a list too long to read as one answer as written is cut (whatever
    other rules took of it): shorter, the names are read with their points (steps in their
    order); a bulleted list, no steps to keep in order, is cut once it is more than a little
    over one go (`nearly_recallable`), and under a heading asking for its reasons, pros or
    examples only past `MAX_ANSWERS_LINES`. A list with an item that is no such name stays
    whole."""
    *before, (node, _) = own
    if node.type not in LIST_TYPES or any(block.type != "paragraph" for block, _ in before):
        return own, []
    named = [_item_name(item) for item in node.children]
    if len(named) < 2 or None in named:
        return own, []
    bulleted = node.type == "bullet_list"
    whole = [*before, (node, place.quote(node))]
    if at_most(whole, MAX_ANSWER_LINES) and (not bulleted or nearly_recallable(whole)):
        return own, []  # names with their points (steps in order) are read whole while they fit
    if at_most(whole, MAX_ANSWERS_LINES) and asks_for_its_items(node.children, place):
        # `- **No connection state**` over why, under `Why use UDP at all?`: each name is one
        # reason (a pro, an example) the heading asks for, which asked alone gives itself
        # away; the reasons answer the heading together, a little over one go as they are.
        return own, []
    names = [name for name in named if name is not None]
    steps = any(tells_an_act(name) for name in names)  # `Hardware Saves the PC`: no name
    if steps and node.type != "ordered_list":
        return own, []
    start = int(node.attrs.get("start", 1))
    if node.type == "ordered_list":
        lines = [f"{start + number}. {name}" for number, name in enumerate(names)]
    else:
        lines = [f"- {as_item_text(name)}" for name in names]
    overview = "\n".join(lines)
    if not texts_recallable([*(text for _, text in before), overview]):
        return own, []
    cards = []
    for number, (item, name) in enumerate(zip(node.children, names, strict=True)):
        if item.map is not None and item.map[0] + 1 not in asked:
            points = "\n\n".join(place.quote(child) for child in item.below)
            points = _TRAILING_BREAK.sub("", points)  # `<br/>` spacing the steps apart
            if steps:  # told as what happens, a title answers: asked as that step of it
                card = in_context(answer_part(name, points, item, place), place.path[:-1])
                cards.append(step_asked(card, place.path[-1], f"Step {start + number}", name))
            else:
                cards.append(of_subject(answer_part(name, points, item, place)))
    return [*before, (node, overview)], cards


def aspect_items_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """A list whose every item names an aspect of the heading's subject (`- **Advantages:**
    …`, `- **Disadvantages:** …` with the fixes under it; `* Pros` over its points) after
    the answer's own words: each is asked of the subject (`Load balancer › Advantages`), and
    the heading's card keeps what it is. Together they make an answer too long to recall,
    and the aspects' names say nothing on the heading's card; aspects said in a line each
    beside code that makes it long stay on it too (`_said_in_a_line_each`)."""
    for index, (node, _) in enumerate(own):
        if not index or node.type not in LIST_TYPES or len(node.children) < 2:
            continue
        parts = [_aspect_item(item, place) for item in node.children]
        if None in parts or len({name for name, _ in parts}) < len(parts):
            continue
        rest = own[:index] + own[index + 1 :]
        if not has_substance(joined(own[:index])):
            return own, []
        cards = [
            of_subject(answer_part(name, answer, item, place))
            for item, (name, answer) in zip(node.children, parts, strict=True)
        ]
        return (own if _said_in_a_line_each(node, own) else rest), cards
    return own, []


def _said_in_a_line_each(aspects: Node, own: list[Block]) -> bool:
    """Whether every aspect is said in its own line (`- 장점: 예측 가능, DevTools 디버깅`, no
    points under it) and the answer, its code aside, is a little over one go at most: the
    code, not the aspects, makes it long. The heading's card then keeps them as written,
    each still asked on its own card; taken from it, they would leave it with no word of
    what the subject is good or bad at."""
    if any(item.below for item in aspects.children):
        return False
    return nearly_recallable([block for block in own if block[0].type not in CODE_TYPES])


_ASPECT_ITEM = lazy(
    r"^(?:\*\*)?(?P<name>pros|cons|advantages?|disadvantages?|benefits|drawbacks|장점|단점)"
    r"(?:\s*[:：])?(?:\*\*)?(?:\s*[:：])?(?:\s+(?P<rest>\S[\s\S]*))?$",
    re.IGNORECASE,
)


def _aspect_item(item: Node, place: Place) -> tuple[str, str] | None:
    """The aspect a list item names and what it says of it, None for any other item."""
    if item.line is None:
        return None
    found = _ASPECT_ITEM.match(item.line.content.strip())
    if found is None:
        return None
    said = [found["rest"] or "", *(place.quote(child) for child in item.below)]
    answer = _TRAILING_BREAK.sub("", "\n\n".join(text for text in said if text.strip()))
    return (found["name"], answer) if answer else None


_TRAILING_BREAK = lazy(r"(\s*<br\s*/?>)+\s*$", re.IGNORECASE)


_NAMED_LEAD = lazy(r"^(?P<name>(?:`[^`\n]*`|[^:`\n])+?)\s*(?::|\s[-–—])\s+(?P<rest>\S[\s\S]*)$")
"""`상태 저장: …`, `Shared lock - …`, `` `MD5`: … ``: a name before a colon or a dash; not
a colon inside a span of code (`` `X-Frame-Options: DENY` → … `` names one header)."""
MAX_TERM_WORDS = 6


def named_term(item: Node) -> tuple[str, str] | None:
    """The term a list item names before what it says of it (`**Growth** - How well …`,
    `상태 저장: 직렬화를 사용하면 …`), when that is all the item holds; None for an item
    that says more than a name before its separator, or holds points of its own."""
    if item.line is None or item.below:
        return None
    line = item.line.content.strip()
    bold = bold_term(item)
    if bold is not None or line.startswith("**"):
        return bold
    found = _NAMED_LEAD.match(line)
    if found is None or "](" in found["name"]:
        return None
    name = found["name"].strip()
    if len(plain(name).split()) > MAX_TERM_WORDS or not names_a_part(name):
        return None
    return name, found["rest"].strip()


def _item_name(item: Node) -> str | None:
    """The name a list item's line gives what its own points below say (`**Hardware
    Stacks the PC**`, `Sensors:`), None when the line says more than a name."""
    if item.line is None or not any(child.type in LIST_TYPES for child in item.below):
        return None
    line = item.line.content.strip().rstrip(" :")  # `**Email Sending**:`
    name = unwrap_strong(line).strip().rstrip(" :")  # `**Email Sending:**`
    if "\n" in name or SENTENCE_END.search(name):
        return None
    if name != line and len(name.split()) <= _MAX_BOLD_NAME_WORDS and "**" not in name:
        return name  # a line bold from end to end is a name, a step's (`Hardware Saves …`) too
    return name if is_term_like(plain(name)) else None


_MAX_BOLD_NAME_WORDS = 12


_TERM_ITEM = lazy(
    r"^\*\*(?P<name>[^*\n]+?)\*\*\s*[-–—:]\s+(?P<rest>\S[^\n]*)$"
    r"|^\*\*(?P<inner>[^*\n]+?):\*\*\s+(?P<after>\S[^\n]*)$"
)
"""`**Growth** - How well …`, `**Heap**: Useful for …`, `**Heap:** Useful for …`."""


def bold_term(item: Node) -> tuple[str, str] | None:
    """The term a list item names in bold and what it says of it, when that is all the
    item holds."""
    if item.line is None or item.below:
        return None
    found = _TERM_ITEM.match(item.line.content.strip())
    if found is None:
        return None
    term = (found["name"] or found["inner"]).strip(" :")
    return (term, found["rest"] or found["after"]) if names_a_part(term) else None


_MIN_TERMS = 3
"""Two named items are as often two sides of one answer (`장점: …`, `단점: …`) as terms."""


def terms_apart(
    own: list[Block], place: Place, asked: frozenset[int]
) -> tuple[list[Block], list[Card]]:
    """An overlong answer whose one list names a term in each item, each told in a sentence
    or more (`1. 상태 저장: 직렬화를 사용하면 …`, `**Motivation** - What drives you? …`,
    `- Shared lock: 읽기만 …`), maybe between prose: the heading's card keeps the prose and
    the terms' names where the list was (in their numbers when numbered), and each term no
    other rule asks is asked with what the list says of it. A student recalls the names in
    one go, then each term on its own card. Only when every item names a term so (at least
    three, none an aspect such as `장점`, which names nothing alone), the list is no steps
    of a process, the answer's words (pictures aside) are too many to recall, and cutting
    helps: the list alone is too long to recall, or the answer is recalled once the names
    stand for it."""
    lists = [index for index, (node, _) in enumerate(own) if node.type in LIST_TYPES]
    if len(lists) != 1:
        return own, []
    at = lists[0]
    node, text = own[at]
    items = node.children
    if len(items) < _MIN_TERMS or texts_recallable([t for n, t in own if says(n)]):
        return own, []  # a picture beside the list is no line to recall
    terms = [named_term(item) for item in items]
    if None in terms:
        return own, []
    if _reasons_told_in_a_sentence(own, terms, items, place):
        return own, []
    if node.type == "ordered_list" and (
        is_sequence(items, place) or any(_STEP_BACK.search(term[1]) for term in terms if term)
    ):
        return own, []  # steps of one procedure (`1번으로 돌아가 …`), read in their order
    if not all(term[1].partition("\n")[0] in text for term in terms if term is not None):
        return own, []  # a list other rules already cut keeps what they left of it
    names = [term[0] for term in terms if term is not None]
    if len(set(names)) < len(names) or any(
        names_an_aspect(name) or META_NAMES.match(plain(name)) or EXAMPLE.match(plain(name))
        for name in names
    ):
        return own, []  # `장점: …`, `Note: …`, `Example: …` name no term of their own
    lines = [item.map[0] + 1 if item.map else None for item in items]
    if not all(
        line in asked or (has_substance(term[1]) and not is_verdict(plain(term[1])))
        for term, line in zip(terms, lines, strict=True)
        if term is not None
    ):
        return own, []  # a term it cannot ask (what it says is only a question, a link,
        # a verdict such as `- **FIFO** — rarely what you want`)
    start = int(node.attrs.get("start", 1))
    if node.type == "ordered_list":
        marks = [f"{start + number}." for number in range(len(names))]
    else:
        marks = ["-"] * len(names)
    overview = "\n".join(f"{mark} {name}" for mark, name in zip(marks, names, strict=True))
    kept = [*own[:at], (node, overview), *own[at + 1 :]]
    if not texts_recallable([overview]):
        return own, []
    if texts_recallable([text]) and not texts_recallable([t for n, t in kept if says(n)]):
        return own, []  # the names would not make the answer one a student recalls
    gists = gist_lines(marks, terms)  # every term is named: a list with one not is left
    claims = _claims_told(own, at, marks, gists, terms, items, place, asked)
    if claims is not None:
        return claims  # `### Advantages`: each item one claim, which its heading's card keeps
    if all(gists) and not names_alone_left(kept, own, place):  # else kept as written
        told = [*own[:at], (node, "\n".join(g for g in gists if g)), *own[at + 1 :]]
        if shown_lines([t for n, t in told if says(n)]) <= MAX_WHOLE_LINES:
            kept = told  # `- Google: people over process`, not the bare `- Google`
    cards = [
        answer_part(term[0], term[1], item, place)
        for item, term, line in zip(items, terms, lines, strict=True)
        if term is not None and line not in asked
    ]
    return kept, cards


def _reasons_told_in_a_sentence(
    own: list[Block], terms: list[tuple[str, str] | None], items: list[Node], place: Place
) -> bool:
    """`- **Isolation**: a process can't touch another's memory.` under `## Why`, after
    `Benefits:`: each term one reason the heading asks for, told in one sentence, which
    asked alone by its name gives itself away; the reasons answer the heading together
    while the answer is a little over one go as the card shows it. Reasons the note
    explains further (two sentences or more) are asked each on its own card, and a heading
    asking for claims (`### Advantages`) keeps them in its own way."""
    return (
        claims_asked(place) is None
        and all(
            term is not None and len(SENTENCE_BREAK.split(term[1].strip())) == 1 for term in terms
        )
        and shown_lines([text for block, text in own if says(block)]) <= MAX_WHOLE_LINES
        and asks_for_its_items(items, place)
    )


def _claims_told(
    own: list[Block],
    at: int,
    marks: list[str],
    gists: list[str | None],
    terms: list[tuple[str, str] | None],
    items: list[Node],
    place: Place,
    asked: frozenset[int],
) -> tuple[list[Block], list[Card]] | None:
    """Under a heading asking for claims of its subject (`### Advantages`, `Consequences of
    SQL Injection`), the items are no terms: each is one answer to the heading, which asked
    alone gives itself away (`Simple to Build`). The heading's card keeps every claim with
    its first sentence, or its gist when that overflows; a claim the list explains beyond
    that line is asked as the question its explanation answers (`Why is “Simple to Build”
    an advantage of Lottery Scheduling?`). None when the heading asks no claims, or its card
    would then be more than a little over one go: the terms' rule then applies."""
    claims = claims_asked(place)
    if claims is None:
        return None
    node = own[at][0]
    told = [
        _claim_line(mark, term) or gist or f"{mark} {term[0]}"
        for mark, gist, term in zip(marks, gists, terms, strict=True)
        if term is not None
    ]
    kept = [*own[:at], (node, "\n".join(told)), *own[at + 1 :]]
    if shown_lines([text for block, text in kept if says(block)]) > MAX_WHOLE_LINES:
        return None
    cards = [
        answer_part(claim_question(term[0], claims), term[1], item, place)
        for item, term, line in zip(items, terms, told, strict=True)
        if term is not None
        and (item.map is None or item.map[0] + 1 not in asked)
        and says_more_than(term[1], line)
    ]
    return kept, cards


def _claim_line(mark: str, claim: tuple[str, str]) -> str | None:
    """A claim's line on its heading's card with the whole first sentence saying it, when
    that fits the two lines a part's line may take; else None (its gist, `term_gist`)."""
    name, said = claim
    sentence = first_sentence(said)
    line = f"{mark} {name}: {sentence}"
    return line if shown_lines([line]) <= MAX_PART_LINES and closed(sentence) else None


_STEP_BACK = lazy(r"\d\s*번(?!째)|\bsteps?\s*\d|\d\s*단계", re.IGNORECASE)
"""`1번으로 돌아가`, `go back to step 2`: an item that refers to another by its number."""
