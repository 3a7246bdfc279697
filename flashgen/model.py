"""The data passed between stages: notes → sections → cards → decks.

Each stage is a pure function from one of these types to the next, so it can be
tested on its own, cached, and run in a worker process (everything here pickles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from flashgen.patterns import lazy

if TYPE_CHECKING:
    from flashgen.syntax import Node

DECK_SEPARATOR = "::"
"""How Anki writes a subdeck: `Parent::Child`."""

CLOZE_OPEN = r"\{\{c(\d+)::"
"""A cloze's opening mark (`{{c1::`), its number caught: every reading of clozes starts here."""
CLOZE_CLOSE = r"\}\}"
_CLOZE_MARK = lazy(f"{CLOZE_OPEN}|{CLOZE_CLOSE}")
_CLOZE = lazy(CLOZE_OPEN + r"(.*?)(?:::[^{}]*)?" + CLOZE_CLOSE, re.DOTALL)


def has_cloze(text: str) -> bool:
    return _CLOZE.search(text) is not None


def cloze_filled(text: str) -> str:
    """The text with each cloze's gap filled by its answer: `{{c1::EC2::a server}}` → `EC2`."""
    return _CLOZE.sub(r"\2", text)


def cloze_numbers(text: str) -> list[int]:
    """The numbers of the clozes Anki makes cards of in this text, as Anki reads them: a
    cloze may hold others; one left open hides every cloze inside it; numbers start at c1.
    One pass over the marks, so time grows with the text's length only."""
    return [number for number in dict.fromkeys(_read_clozes(text)[0]) if number > 0]


def cloze_left_open(text: str) -> str | None:
    """The opening mark (`{{c2::`) of the first cloze never closed, outside any other: Anki
    shows nothing of the text from there on. None when every cloze closes."""
    return _read_clozes(text)[1]


@lru_cache(maxsize=256)  # one card's text is read for clozes by several stages in turn
def _read_clozes(text: str) -> tuple[tuple[int, ...], str | None]:
    """The numbers of the clozes closed outside any left open, and the outermost one's mark."""
    closed: list[int] = []
    open_clozes: list[tuple[str, list[int]]] = []  # per open cloze: its mark, numbers inside
    for mark in _CLOZE_MARK.finditer(text):
        if mark[1] is not None:
            open_clozes.append((mark[0], [int(mark[1])]))
        elif open_clozes:
            done = open_clozes.pop()[1]
            (open_clozes[-1][1] if open_clozes else closed).extend(done)
    return tuple(closed), open_clozes[0][0] if open_clozes else None


@dataclass(frozen=True)
class Note:
    """One Markdown file, read and decoded."""

    path: Path
    name: str
    """The path relative to the source folder, with `/` separators: how messages name it."""
    text: str


@dataclass
class Section:
    """A heading and what stands under it, up to the next heading of its level or above.

    The root section of a note has level 0 and the note's title as its title.
    """

    title: str
    """Plain text of the heading: no Markdown, no HTML, safe in a deck name."""
    title_markdown: str
    """The heading's inline Markdown, as written."""
    level: int
    line: int
    """1-based line of the heading in the note (1 for the root)."""
    blocks: list[Node] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)


class CardsMode(StrEnum):
    """Which cards a note asks for, in its front matter (`cards: explicit`)."""

    AUTO = "auto"
    """Every rule: the note's own structure and any explicit flashcard syntax."""
    EXPLICIT = "explicit"
    """Only the cards written in an explicit syntax (`Q:`/`A:`, `::`, `==cloze==`, …)."""
    OFF = "off"
    """No cards at all."""


@dataclass(frozen=True)
class FrontMatter:
    """The settings a note gives itself in a `---` block at its very top."""

    deck: str | None = None
    """Deck name for the note instead of its title; `::` makes subdecks."""
    title: str | None = None
    """The page's title (`title:` of Docusaurus, Jekyll, Hugo): the note's name when no
    single `#` heading names it."""
    tags: tuple[str, ...] = ()
    """Added to every card of the note, without spaces."""
    cards: CardsMode = CardsMode.AUTO
    problems: tuple[tuple[int, str], ...] = ()
    """(line, message) for each setting that could not be read; the rest still apply."""


@dataclass(frozen=True)
class NoteTree:
    """A parsed note: its sections as a tree under a root named for the note."""

    note: Note
    root: Section
    lines: tuple[str, ...]
    """The note's source lines, so a rule can quote a block exactly as written."""
    front_matter: FrontMatter = FrontMatter()
    syntax: Node | None = None
    """The note's syntax tree, headings included: where a block's neighbours are found."""
    notices: tuple[tuple[int, str], ...] = ()
    """(line, message) for syntax of the note's flavour that could not be resolved (an
    Obsidian embed of no file, a link to no note)."""
    depends: frozenset[Path | None] = frozenset()
    """Files besides the note that its cards show (notes it embeds); None when an embed
    found no file, so a later build looks again."""
    tab_ends: frozenset[int] = frozenset()
    """The lines (from 0) that follow a set of MkDocs' content tabs: the page's text again,
    no tab's, though the tabs are shown as bold names over their text."""
    tab_labels: frozenset[int] = frozenset()
    """The lines (from 0) of those tabs' labels, each a bold name over its tab's text."""
    obsidian_links: bool = False
    """Whether the note links as Obsidian does (`[[Note]]`), outside code: written in
    Obsidian, and read in its reading view."""


class CardKind(StrEnum):
    """Which Anki note type a card becomes; each has its own frozen note type."""

    BASIC = "basic"
    """Question → answer."""
    REVERSED = "reversed"
    """Question → answer and answer → question: two Anki cards of one note."""
    CLOZE = "cloze"
    """`question` holds text with `{{c1::…}}` deletions; `answer` is optional extra."""


def anki_cards(kind: CardKind, question: str) -> int:
    """How many cards Anki makes of one note: a reversed note two, a cloze note one for each
    cloze number it counts, any other note one."""
    if kind is CardKind.REVERSED:
        return 2
    if kind is CardKind.CLOZE:
        return max(1, len(cloze_numbers(question)))
    return 1


@dataclass(frozen=True)
class Card:
    """A question and its answer, still in Markdown, with where it belongs and came from."""

    deck: tuple[str, ...]
    """Deck path, outermost first: ("AWS", "무중단 배포 기법", "블루/그린 배포")."""
    context: tuple[str, ...]
    """Headings shown above the question so the front stands on its own."""
    question: str
    answer: str
    note_name: str
    line: int
    rule: str
    """Name of the recogniser that made it, for tests and for `--explain`-style debugging."""
    kind: CardKind = CardKind.BASIC
    tags: tuple[str, ...] = ()
    """Anki tags, without spaces."""

    @property
    def deck_name(self) -> str:
        return DECK_SEPARATOR.join(self.deck)

    @property
    def front(self) -> str:
        """Everything the student reads before answering: the context, then the question.

        In a section `## 인터셉터`, the heading's card and an `- 인터셉터: …` bullet's card ask
        the same words; their context tells them apart, so identity counts it too.
        """
        return "\x1f".join((*self.context, self.question))


@dataclass(frozen=True)
class MediaFile:
    """An image packed into a deck: the name cards refer to it by, and where its bytes are."""

    name: str
    """Unique in Anki's one flat media folder: the file's stem and a hash of its bytes."""
    path: Path


FIELD_CONTEXT_CLASS = "field-context"
"""The class of the context a note's first field starts with; the note types' style hides
it, since the context line shows it above the question."""


@dataclass(frozen=True)
class RenderedCard:
    """A card's fields as the HTML Anki shows, plus what the builder needs to place it."""

    card: Card
    question: str
    answer: str
    context: str
    origin: str
    media: tuple[MediaFile, ...] = ()
    """The images its fields show, to pack beside it."""

    @property
    def kind(self) -> CardKind:
        return self.card.kind

    @property
    def deck(self) -> tuple[str, ...]:
        return self.card.deck

    @property
    def fields(self) -> tuple[str, str, str, str]:
        """The note's fields as Anki stores them, in the order of every flashgen note type:
        question (or cloze text), answer (or extra), context, source."""
        return (self.question_field, self.answer, self.context, self.origin)

    @property
    def question_field(self) -> str:
        """The first field: the question after its context, which the style hides.

        Anki calls a note a duplicate when its first field repeats another's of its note
        type (`장점` under each of fourteen sections); with its context each is its own,
        in Anki's browser too. The context is put in the field's text, not in a field of
        its own: the note types' fields are frozen. Its `{` are written as entities, so a
        heading holding `{{c1::` makes no cloze."""
        if not self.context:
            return self.question
        context = self.context.replace("{", "&#123;")
        return f'<span class="{FIELD_CONTEXT_CLASS}">{context} › </span>{self.question}'


@dataclass(frozen=True)
class AnkiNote:
    """A rendered card with the identity and modification time Anki will judge it by."""

    card: RenderedCard
    guid: str
    mod: int
    """Seconds: when this note's content last changed. Anki updates only on a newer mod."""
    deck_name: str
    """The deck it goes in, in Anki: the card's deck under the configured deck prefix."""

    @property
    def extracted(self) -> Card:
        """The card as the notes gave it (its Markdown, rule and line), before rendering."""
        return self.card.card


@dataclass(frozen=True)
class DeckFile:
    """One `.apkg` to write: its file name and the notes it holds, in every deck they name."""

    filename: str
    notes: tuple[AnkiNote, ...]
    tags: tuple[str, ...] = ()
    """On every note besides its own: the project's tag (stamps.project_tag)."""


_Made = TypeVar("_Made")


def made(cls: type[_Made], /, **fields: object) -> _Made:
    """An instance of a frozen dataclass, every field of it given, filled in one go: its
    `__init__` would set each field through `object.__setattr__`, and a build makes a card,
    its rendering and its note for each of thousands of questions. (tests/test_made.py holds
    each place that makes one so to every field of its type.)"""
    instance = object.__new__(cls)
    instance.__dict__.update(fields)
    return instance
