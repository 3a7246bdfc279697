"""Where a recogniser is working, and the small readings of Markdown they share."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from flashgen.extract.pictures import has_words
from flashgen.model import Card, CardKind, NoteTree, Section, made
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import EMOJI, FINAL_SSANGSIOT, final_consonant, unwrap_brackets, without_strong

MAX_LABEL_CHARS = 50
MAX_LABEL_WORDS = 8
T = TypeVar("T")


class _read_once(Generic[T]):  # noqa: N801 (a decorator, named as functools.cached_property is)
    """`functools.cached_property` without its lock: Python 3.11 takes a lock on the first
    read of each, and a build makes a Place for every section and reads two or three of
    its properties, which made the lock a hundredth of a build. A Place is read by one
    thread."""

    def __init__(self, compute: Callable[[Place], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, place: Place, owner: type | None = None) -> T:
        value = place.__dict__[self.name] = self.compute(place)  # read from there after
        return value


@dataclass(frozen=True)
class Place:
    """Where a rule is working: the note, the section, and the headings above it."""

    tree: NoteTree
    section: Section
    path: tuple[str, ...]
    """Titles from the note's root down to this section, inclusive."""

    @_read_once
    def block_starts(self) -> list[int]:
        """The first line of each of the section's blocks, in their order (-1 for a block
        with no lines): where the list holding an item is found by halving
        (item_kinds._list_index). Rule after rule asks that of every item of a section, so
        it is worked out once per section (the section's blocks never change once read)."""
        return [block.map[0] if block.map else -1 for block in self.section.blocks]

    @_read_once
    def list_indexes(self) -> dict[Node, int | None]:
        """Where among the section's blocks the list holding each item asked about stands,
        filled as rules ask (item_kinds._list_index): a dozen rules ask it of every item, and
        the answer never changes once the section's blocks are read."""
        return {}

    @_read_once
    def quoted(self) -> dict[Node, str]:
        """Each block's or item's Markdown as written (`quote`), filled as rules ask: a
        list's items are quoted by the rule that reads its answer, by the one that joins
        it, by the item's own card, a third of them again (the note's lines never change
        once read)."""
        return {}

    @_read_once
    def lists_above(self) -> dict[Node, tuple[Node, str, str] | None]:
        """Each item's list and the line just above it (item_kinds.list_and_line_above),
        filled as rules ask: the term rules and a dozen checks of theirs ask it of an
        item, most items twice or more (the section's blocks never change once read)."""
        return {}

    @_read_once
    def own_markdown(self) -> str:
        """The section's heading and its own blocks' lines as written (not its
        subsections'): what a rule reading the whole section at once reads (a bold cloze's
        advert check, a STAR story's letters), worked out once per section."""
        spans = [block.map for block in self.section.blocks if block.map is not None]
        lines = self.tree.lines
        text = "\n".join([line for start, end in spans for line in lines[start:end]])
        return self.section.title_markdown + "\n" + text

    @_read_once
    def works_out_a_problem(self) -> bool:
        """Whether the section works out a problem or an example
        (worked_problems.works_out_a_problem): asked of each labelled item, and the same for
        every item of the section, so worked out once (its title and blocks never change)."""
        from flashgen.extract.worked_problems import works_out_a_problem  # it imports this

        return works_out_a_problem(self)

    def quote(self, node: Node) -> str:
        """A block's Markdown exactly as written, moved left to where its first line starts."""
        known = self.quoted
        text = known.get(node)
        if text is None:
            text = known[node] = self._quoted(node)
        return text

    def _quoted(self, node: Node) -> str:
        start, end = node.map
        lines = self.tree.lines[start:end]
        first = lines[0]
        indent = len(first) - len(first.lstrip(" "))
        if indent == 0:  # most blocks: nothing to move
            return "\n".join(lines).strip("\n")
        if node.type == "code_block" and not _indented_list(node.content):
            return fenced(node.content)  # code indented by four: moved left, it is code still
        return "\n".join([_dedent(line, indent) for line in lines]).strip("\n")

    def card(
        self,
        question: str,
        answer: str,
        node: Node,
        rule: Callable[..., object],
        as_written: bool = False,
    ) -> Card:
        """A card asked in this place by `rule`, the recogniser asking it: the card records
        its name, the name a user switches it off by. A question read from ordinary notes
        loses the dress a writer gives a term (bold, a leading emoji, `[ ]`); one written
        `as_written` (in a flashcard syntax) is kept exactly."""
        if not as_written:
            question = undressed(question)
        return made(  # Card(…), every field given: rule after rule makes thousands of cards
            Card,
            deck=self.path,
            context=self.path,
            question=question.strip(),
            answer=answer.strip(),
            note_name=self.tree.note.name,
            line=node.map[0] + 1 if node.map else self.section.line,
            rule=rule.__name__,
            kind=CardKind.BASIC,
            tags=(),
        )


_OWN_NUMBER = lazy(
    r"^(?:(?P<bracket>\[\d{1,2}\])|(?P<round>\(\d{1,2}\))|(?P<half>\d{1,2}\))|"
    r"(?P<circled>[\u2460-\u2473\u2776-\u277f]))(?(circled)[ \t]*|[ \t]+)(?P<rest>\S.*)$",
    re.DOTALL,
)
"""`[2] `, `(2) `, `2) `, `②` before the words of a line: the number a writer gave an item."""
_OTHER_NUMBER = {
    "bracket": lazy(r"\[\d{1,2}\](?![(\[])"),
    "round": lazy(r"(?<![\w(])\(\d{1,2}\)"),
    "half": lazy(r"(?<![\w\[(.])\d{1,2}\)"),
    "circled": lazy(r"[\u2460-\u2473\u2776-\u277f]"),
}
"""Another number of the same kind further on: the line counts its own parts (`[1] 한 번
읽고, [2] 다시 읽는다`), and its first number goes with the second."""
_NUMBER_AS_WORD = lazy(
    r"^(?:과|와|은|는|이|가|을|를|의|에|에서|로|으로|번|and|or|to|of)(?![^\W\d_])"
)
"""`[1]과 …`, `(2) 에서 …`: the number is what the sentence speaks of, no mark before it."""


def without_own_number(text: str) -> str:
    """A line the card shows alone, less the number the writer gave it as one item of a list
    (`[2] 높이 k인 …`, `(1) 구현 세부사항`, `① …`, `3) …`), which means nothing there. Kept
    when the line numbers its own parts or speaks of the number, and on anything else (a
    list the card shows whole keeps its order: this is for a cloze's sentence, a term)."""
    first = text[:1]
    if not (first in "[(" or first.isdigit() or "\u2460" <= first <= "\u277f"):
        return text  # nearly every line: looked at before any pattern is tried
    found = _OWN_NUMBER.match(text)
    if found is None:
        return text
    rest = found["rest"]
    kind = next(name for name in _OTHER_NUMBER if found[name])
    if _OTHER_NUMBER[kind].search(rest) or _NUMBER_AS_WORD.match(rest):
        return text
    return rest


_TASK_MARK = lazy(r"^\[[ xX]\][ \t]+(?=\S)")
"""`[ ] `, `[x] ` before the words of a list item: a checkbox where the item is shown in a
list (GitHub, Obsidian, MkDocs), mere text on a card that shows the item's words alone."""
_ASKS_ONESELF = lazy(r"(?:\?|(?:[\uac00-\ud7a3](?:나|는가|는지|니)))[\s.)]*$")
"""`… 문서화했나`, `… 검증한 적 있나`, `… before the release?`: a check put to oneself."""


def without_task_mark(text: str) -> tuple[str, bool]:
    """A task item's words less its checkbox (`[ ] 가설을 문서화했나` → `가설을 문서화했나`),
    and whether there was one: a card that shows the item's words alone shows no box."""
    if text[:1] != "[":
        return text, False  # nearly every line
    found = _TASK_MARK.match(text)
    return (text, False) if found is None else (text[found.end() :], True)


def asks_oneself(text: str) -> bool:
    """A task of a checklist written as a question to oneself (`실험 전에 가설을 문서화했나`,
    `A/A 테스트를 돌려 본 적 있나`, `Is the changelog up to date?`): a check to tick, no
    statement to recall, whatever in it is bold."""
    found = _ASKS_ONESELF.search(text)
    if found is None:
        return False
    if found[0].lstrip()[:1] == "?":
        return True
    return final_consonant(found[0][0]) == FINAL_SSANGSIOT or found[0][0] == "없"


_LEADING_EMOJI = lazy(rf"^(?:\s|{EMOJI.pattern})+")
"""`💡 FetchType.EAGER와 …?`: a marker the writer put before the question, not part of it."""


@lru_cache(maxsize=1024)  # a note's labels (`장점`, `Example`) ask again section after section
def undressed(question: str) -> str:
    """A question read from ordinary notes without the dress a writer gives a term (bold, a
    leading emoji or check mark, a task's checkbox `[ ]`), as its card asks it."""
    if question[:1].isspace() or not question[:1].isascii():  # what the pattern needs
        question = _LEADING_EMOJI.sub("", question)
    question = without_task_mark(question)[0]
    return unwrap_brackets(without_strong(question).strip())


ItemRule = Callable[[Node, Place], "list[Card] | None"]
"""Looks at one list item: None when it is not this rule's, else the cards it gives (maybe none)."""

BlockRule = Callable[[Node, Place], "list[Card] | None"]
"""The same for a block outside lists: a paragraph, raw HTML, a quote, a code fence."""

SectionReader = Callable[[Section, Place], "list[Card] | None"]
"""Reads a whole section its own way: None when it is not this reader's, else the cards of
its own blocks (which then go to no other rule)."""

SectionRule = Callable[[list[Node], Place], "list[Card]"]
"""Looks at a whole section (its blocks that were not dropped, and `place.section`)."""


def is_short_label(text: str) -> bool:
    """A few words naming something; a picture alone (`![handshake](hs.png)`) names nothing."""
    return (
        0 < len(text) <= MAX_LABEL_CHARS
        and len(text.split()) <= MAX_LABEL_WORDS
        and ("![" not in text and "<img" not in text or has_words(text))
    )


def is_statement(text: str) -> bool:
    """`- 노드는 항상 red다.` states a fact; a label (`장점`, `람다`, `Pros`) names a part."""
    text = text.rstrip()
    if text.endswith("."):
        return not text.endswith("...")
    return text.endswith("다") and len(text.split()) > 1


_DOES = lazy(
    r"\b(?:saves|stores|stacks|loads|sets|runs|reads|writes|sends|receives|returns|restores|"
    r"decides|selects|picks|checks|calls|creates|starts|stops|switches|jumps|pushes|pops|"
    r"updates|handles|invokes|executes|resumes|copies|builds|opens|closes|acquires|releases)"
    r"\s+\S",
    re.IGNORECASE,
)
"""The verb of a title that tells what something does (`Hardware Stacks the PC`,
`Scheduler Decides Next Program to Run`), followed by what it acts on."""


def tells_an_act(title: str) -> bool:
    """`Hardware Saves the Registers`: a title stating what its subject does, as the steps
    of a process are written, which answers itself; a name (`Register Saving`, `Data Loads`)
    does not. The verb follows the subject and comes before its object."""
    if " " not in title:
        return False
    match = _DOES.search(title, title.index(" "))  # never the first word: `Loads` then names
    return match is not None


_CLAIM_END = lazy(
    r"(음|함|됨|짐|움|거침|미침|합침|바꿈|나눔|옮김|남김|숨김|가능|불가능?|필요|불필요|요구|향상|방지|강화|준수|보장|발생|증가|감소|저하|"
    r"제공|지원|존재|유리|불리|적합|용이|효과적)$"
)
"""How a Korean claim written as a note ends (`보안에 취약함`, `3단계 거침`, `롤백 가능`):
a predicate, not the noun a label is named by (`롤백 전략`)."""
_CLAIM_LINK = lazy(
    r"(\S(하여|해서|하며|하면|되어|되며|되면|므로|지만|는데|위해|인해|때문에)"
    r"|(있고|없고|하고|되고|어렵고|쉽고|크고|작고|빠르고|느리고|많고|적고|높고|낮고|좋고))\s"
)
"""Clauses joined in the middle of a line (`코드를 실행하여 로직 수행`) make a sentence."""
_OBJECT = lazy(r"\S(을|를)$")


def _acts_on_object(words: list[str]) -> bool:
    """`위치를 교환`, `원소를 루트로 이동`: an object and the act on it, a sentence. An act
    that names what follows (`생성을 캡슐화하는 패턴`, `@Autowired를 사용하지 않은 예`) is
    a name: a word ending in ㄴ or ㄹ between them (`하는`, `않은`, `할`) makes the rest a noun."""
    objects = [index for index, word in enumerate(words[:-1]) if _OBJECT.search(word)]
    return bool(objects) and not any(is_adnominal(word) for word in words[objects[-1] + 1 : -1])


def is_adnominal(word: str) -> bool:
    """`하는`, `않은`, `할`: a Korean word ending in ㄴ or ㄹ, which makes the words after it a
    noun it describes."""
    last = word[-1]
    return "가" <= last <= "힣" and (ord(last) - ord("가")) % 28 in (4, 8)  # final ㄴ, ㄹ


_CLAIM_VERB = lazy(
    r"\b(is|are|was|were|can|cannot|can't|should|must|will|won't|does|doesn't|don't|has|have|"
    r"contains|includes|requires|provides|allows|becomes|causes|ensures|enables|prevents|"
    r"guarantees|consists|belongs|depends|represents|determines)\b"
)  # lower case: `WAS`, `IS` are names. Verbs of the third person that are no plural noun
# (`uses`, `needs`, `stores` may well be): `Page table entry contains R and M bits` states.
_NAMED_BY = lazy(r"(방법|방식|이유|경우|때|과정|원리|전략|기법|구조|문제)$")
"""A line ending in such a noun names a way, a reason or a case, however it gets there."""
_QUESTION_WORD = lazy(r"^(what|why|how|when|which|who|where)\b", re.IGNORECASE)
_CLAUSE = lazy(
    r"^([Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|I)\s+[a-z]"
    r"|^([Yy]our|[Oo]ur|[Mm]y|[Tt]heir)\s+\w+\s+[a-z]+s\b"
    r"|\b(just|only|also|always|never|usually|often|still|already|simply|rarely)\s+[a-z]+(s|ed)\b"
    r"|\b(following|like|using|in|with)\s+(this|these)\s+\w+$"
    r"|\s(into|for|of|to|with|by|from|and|or|than|as)$"
)
"""`We choose NN`, `Your app sends user data`, `Scheduler just needs a queue`,
`Accomplishments listed following this structure`, `Address split into`: a
subject and its verb, or words that point at what the note writes next, which make a
sentence (or part of one), not a name."""
_ASIDE = lazy(r"\([^()]*\)")


@lru_cache(maxsize=4096)  # a term's checks and a label's both ask it of the same words
def is_claim(text: str) -> bool:
    """`Redis보다 적은 메모리 요구`, `DB 확장 어려움`, `Scaling is hard`: a label-shaped line
    that says something about its subject; it belongs to an answer, and asks nothing.
    One word (`지원`, `발생`) names a thing."""
    if " " not in text.strip():
        return False  # most terms: one word
    text = _ASIDE.sub("", text).rstrip(" :,")  # `Additional (only if you have time)`
    if (
        len(text.split()) < 2
        or text.endswith("?")
        or text.startswith(('"', "'", "“"))  # `"Must have"` quotes a name
        or _QUESTION_WORD.match(text)
        or _NAMED_BY.search(text)
    ):
        return False
    return bool(
        _CLAIM_END.search(text)
        or _CLAIM_LINK.search(text)
        or _CLAIM_VERB.search(text)
        or _CLAUSE.search(text)
        or _acts_on_object(text.split())
    )


@lru_cache(maxsize=1024)  # rule after rule asks it of the same label, and labels repeat
def is_term_like(text: str) -> bool:
    """A name a card can ask about (`장점`, `Look Aside 패턴`, `Model selection`), not a
    sentence or a claim."""
    return is_short_label(text) and not is_statement(text) and not is_claim(text)


GOES_WRONG = (
    r"pitfalls?|gotchas?|caveats?|limitations?|downsides?|"
    r"주의\s?(?:할\s?)?점|한계\s?점?"
)
"""Words for what goes wrong with a subject or trips one up (`Pitfalls`, `Gotchas`, `주의할 점`,
`한계점`), as an alternation of a title's pattern: such a title's points are the subject's."""


_MARKUP = lazy(r"(\*\*|__|`|</?[A-Za-z][^<>]*>)")  # no `<` in a tag: linear time


@lru_cache(maxsize=1024)  # several rules in turn read the same line of an item
def plain(markdown: str) -> str:
    if "**" in markdown or "__" in markdown or "`" in markdown or "<" in markdown:
        markdown = _MARKUP.sub("", markdown)  # what `_MARKUP` needs: most texts, none of it
    return " ".join(markdown.split())


_BACKTICKS = lazy(r"`{3,}")


_LIST_LINE = lazy(r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]")


def _indented_list(code: str) -> bool:
    """`    - 진짜 개발자 노하우` under a heading: a list its writer indented, whatever
    CommonMark makes of it, when every line of the "code" is an item of it."""
    lines = [line for line in code.split("\n") if line.strip()]
    return bool(lines) and all(_LIST_LINE.match(line) for line in lines)


def fenced(code: str) -> str:
    """Code as a fence (one longer than any run of backticks it holds): an indented code
    block moved left would be a paragraph, one line of words, and under a list a part of its
    last item."""
    longest = max((len(run) for run in _BACKTICKS.findall(code)), default=2)
    fence = "`" * (longest + 1)
    return f"{fence}\n{code.rstrip(chr(10))}\n{fence}"


def _dedent(line: str, indent: int) -> str:
    """Remove up to `indent` leading spaces; lazy continuation lines may have fewer."""
    stripped = len(line) - len(line.lstrip(" "))
    return line[min(indent, stripped) :]
