"""One note → its rendered cards: read → parse → extract → render → images.

A pure function of the note file and the settings (and the images it shows), so the
build can run it in worker processes and cache its result by the note's content.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from flashgen.config import Settings
from flashgen.errors import NoteError, Problem, debugging, fault_on_note
from flashgen.model import (
    Card,
    CardKind,
    CardsMode,
    Note,
    NoteTree,
    RenderedCard,
    cloze_left_open,
)
from flashgen.sources import NoteFile, read_note
from flashgen.stamps import source_date_epoch

if TYPE_CHECKING:
    from flashgen.downloads import RemoteImages

MEDIA_CACHE = ".flashgen-media"
"""Folder beside the decks where `--download-media` keeps fetched images."""

DEFAULT_SETTINGS = Settings()


@dataclass(frozen=True)
class NoteResult:
    """What one note gave: its cards or the reason it gave none."""

    file: NoteFile
    cards: tuple[RenderedCard, ...] = ()
    changed_at: int = 0
    problem: Problem | None = None
    notices: tuple[Problem, ...] = ()
    """Warnings about a note that was still built, such as front matter that could not be read
    or an image that could not be packed."""
    looked_at: frozenset[Path | None] = frozenset()
    """The image files its cards were built from, packed or not: a later build must look
    again when one of them changed. None: something that failed and is worth trying again
    (a remote image that could not be fetched, a fault of flashgen's own)."""


def load_note_building() -> None:
    """Import what building a note's cards needs. Called before worker processes are forked
    to build notes: they then share these modules instead of each importing (and, without
    cached bytecode, compiling) them again."""
    import flashgen.extract
    import flashgen.fast_render
    import flashgen.flavours.study
    import flashgen.history
    import flashgen.media
    import flashgen.parse
    import flashgen.render  # noqa: F401
    from flashgen.patterns import compile_all

    compile_all()  # the rules' patterns, which each worker would else compile for itself


def cards_of_note(
    file: NoteFile,
    settings: Settings = DEFAULT_SETTINGS,
    remote: RemoteImages | None = None,
    parsed: Callable[[NoteTree, list[Card]], None] | None = None,
    data: bytes | None = None,
) -> NoteResult:
    """One note's whole journey to rendered cards: read → parse → extract → render → images.

    `parsed(tree, written)`, when given, is shown the note's tree and every card its text
    asks for (a question written twice still twice), so that `check` reads a note from the
    same parse as its cards. It is not called for a note that cannot be read, or is empty.
    `data`: the note's bytes, when the caller has read them already (`note_bytes`).
    """
    # Imported here, not above: a rebuild with nothing to do never loads the parser.
    from flashgen.extract import one_card_per_front, written_cards
    from flashgen.flavours.study import opted_in
    from flashgen.flavours.vault import vault_at
    from flashgen.parse import parse_note
    from flashgen.render import footnotes_of, references_of, render_card, shows_something

    if file.refusal is not None:  # not a note to read: said once, and the others are built
        message, is_error = file.refusal.message, file.refusal.is_error
        return NoteResult(file, problem=Problem(file.shown, message, None, is_error))
    try:
        note = read_note(file, settings.encoding, data)
        changed_at = last_changed(file.path)
    except NoteError as error:
        return NoteResult(file, problem=Problem(file.shown, error.message, error.line, True))
    except OSError as error:
        return NoteResult(file, problem=Problem(file.shown, str(error), is_error=True))
    if not note.text.strip():
        return NoteResult(file, problem=Problem(file.shown, "empty note: no deck written"))
    # Every stage from here on is in one guard: whatever one note holds (or a fault of
    # flashgen's own on it) costs that note alone, and the other notes are still built.
    try:
        tree = parse_note(note)
        footnotes = footnotes_of(note.text)
        references = references_of(note.text)
        wanted = opted_in(tree, settings.only_tagged)  # with `only_tagged`, other notes give none
        written = written_cards(tree, rules_off=settings.rules_off) if wanted else []
        if parsed is not None:
            parsed(tree, written)
        extracted = one_card_per_front(written)
        folder = notes_folder(file)
        vault = vault_at(folder)
        # As the vault's reading view shows the note; a note linking as Obsidian does, in a
        # vault copied without its settings, as Obsidian shows it by default.
        line_breaks = vault.shows_line_breaks() or (tree.obsidian_links and not vault.is_obsidian)
        rendered = [
            render_card(_placed(card, settings), footnotes, references, line_breaks)
            for card in extracted
        ]
        cards, image_problems, looked_at = _with_images(
            tuple(rendered), note, folder, file.shown, remote
        )
        # After the images: a back that was only a picture that is missing shows nothing.
        cards = tuple(filter(shows_something, cards))
        notices = (
            tuple(
                Problem(file.shown, message, line)
                for line, message in (*tree.front_matter.problems, *tree.notices)
            )
            + tuple(_clozes_left_open(cards, file.shown))
            + tuple(_read_as_plain(tree, file.shown))
        )
    except RecursionError:
        return NoteResult(
            file, problem=Problem(file.shown, "nested too deeply to read", is_error=True)
        )
    except Exception as error:  # a fault of flashgen's own: the other notes can still be built
        if debugging():
            raise
        problem = Problem(file.shown, fault_on_note(error), is_error=True)
        return NoteResult(file, problem=problem, looked_at=frozenset({None}))  # tried again
    looked_at |= tree.depends
    if vault.app_settings is not None:  # its "Strict line breaks" changes every card
        looked_at |= {vault.app_settings}
    wants_cards = wanted and tree.front_matter.cards is not CardsMode.OFF
    problem = (
        None if cards or not wants_cards else Problem(file.shown, "no cards found in this note")
    )
    # A downloaded image's file is as old as the download, not as the image: left out.
    fetched = settings.out / MEDIA_CACHE
    images = [
        last_changed(path)
        for path in looked_at
        if path is not None and fetched not in path.parents and path.is_file()
    ]
    changed_at = max((changed_at, *images))
    return NoteResult(file, cards, changed_at, problem, notices + image_problems, looked_at)


def last_changed(path: Path) -> int:
    """When a file a card shows last changed, never later than it really did: the last
    commit that touched it, if it is as committed in git; else `SOURCE_DATE_EPOCH`; else
    its modification time."""
    from flashgen.history import committed_time

    committed = committed_time(path)
    if committed is not None:
        return committed
    epoch = source_date_epoch()
    return int(path.stat().st_mtime) if epoch is None else epoch


def _clozes_left_open(cards: tuple[RenderedCard, ...], shown: str) -> Iterator[Problem]:
    """A cloze card with a `{{c2::` never closed: the card is built, but Anki shows nothing
    of it from there on, so the writer is told where."""
    for card in cards:
        if card.kind is CardKind.CLOZE and (mark := cloze_left_open(card.card.question)):
            message = f"'{mark}' is never closed with '}}}}': Anki shows nothing after it"
            yield Problem(shown, message, card.card.line)


def _read_as_plain(tree: NoteTree, shown: str) -> Iterator[Problem]:
    """Text of too many Markdown marks, which the parser reads as plain text (see
    fast_render.MOST_MARKS): the writer is told where, as its cards show the marks."""
    from flashgen.fast_render import MOST_MARKS, has_too_many_marks, marks_in

    if marks_in(tree.note.text) <= MOST_MARKS:
        return  # nearly every note: its texts are cut from it, so none holds more marks
    sections = [tree.root]
    while sections:
        section = sections.pop()
        sections.extend(section.children)
        found = [(section.line, section.title_markdown)]
        for block in section.blocks:
            found += [
                ((node.map or [section.line - 1])[0] + 1, node.content) for node in block.inlines()
            ]
        for line, text in found:
            if has_too_many_marks(text):
                yield Problem(
                    shown,
                    f"{marks_in(text):,} Markdown marks ('[', '*', '_', …) in one paragraph: "
                    "read as plain text, as reading them as Markdown would take minutes",
                    line,
                )


def _with_images(
    cards: tuple[RenderedCard, ...],
    note: Note,
    root: Path,
    shown: str,
    remote: RemoteImages | None,
) -> tuple[tuple[RenderedCard, ...], tuple[Problem, ...], frozenset[Path | None]]:
    """Cards whose images are packed; each image that is not is reported once."""
    from flashgen.media import pack_images, pack_sounds

    lines = tuple(note.text.split("\n"))
    packed: list[RenderedCard] = []
    warnings: dict[Problem, None] = {}
    looked_at: set[Path | None] = set()
    for card in cards:
        card, problems, files = pack_images(card, note.path, root, lines, shown, remote)
        card, sound_problems, sound_files = pack_sounds(card, note.path, root, lines, shown)
        packed.append(card)
        warnings.update(dict.fromkeys([*problems, *sound_problems]))
        looked_at |= files | sound_files
    return tuple(packed), tuple(warnings), frozenset(looked_at)


def notes_folder(file: NoteFile) -> Path:
    """The folder the note was found in: images are packed from inside it only."""
    return file.folder


def _placed(card: Card, settings: Settings) -> Card:
    """A card as configured: with the configured tags, and a definition asked both ways if so
    chosen. (The deck prefix is not the card's: it is put on the deck names last, in
    decks.identify, so the cards and their cache are the same whatever it is.)"""
    if settings.tags:
        card = replace(card, tags=(*card.tags, *settings.tags))
    if settings.reverse_definitions and card.kind is CardKind.BASIC:
        from flashgen.extract.items import term_definition  # loaded: the rules made the card

        if card.rule == term_definition.__name__:
            card = replace(card, kind=CardKind.REVERSED)
    return card


_REMOTE: dict[tuple[Path, float], tuple[float, RemoteImages]] = {}
REMEMBER_FAILURES = 60.0
"""Seconds a download that failed is not tried again, by any note: ten notes showing one
image from a server that trickles must not hold a build ten times as long."""


def remote_images(settings: Settings) -> RemoteImages | None:
    """Where `--download-media` fetches to, when it is on: the same fetcher for every note
    of a build (in each worker process), which remembers what failed for a minute."""
    if not settings.download_media:
        return None
    from flashgen.downloads import RemoteImages  # here: without --download-media, never needed

    key = (settings.out.absolute(), settings.download_timeout)
    made, remote = _REMOTE.get(key, (0.0, None))
    if remote is None or time.monotonic() - made > REMEMBER_FAILURES:
        remote = RemoteImages(settings.out / MEDIA_CACHE, timeout=settings.download_timeout)
        _REMOTE[key] = (time.monotonic(), remote)
    return remote
