"""Rendered cards → Anki notes with their identity and stamp → `.apkg` files.

`identify` gives each card its GUID and `mod`, and puts its deck under the deck prefix;
`deck_filename` says which file each goes in; `write_deck_file` writes one file
atomically through apkg.py.
"""

from __future__ import annotations

import os
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Set
from dataclasses import replace
from functools import cache
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from flashgen.config import Split
from flashgen.errors import Problem
from flashgen.identity import card_id, note_guid
from flashgen.model import DECK_SEPARATOR, AnkiNote, Card, DeckFile, RenderedCard, made
from flashgen.note_cards import NoteResult
from flashgen.patterns import lazy
from flashgen.sources import NoteFile, names_its_deck
from flashgen.stamps import CardRecord, Stamps, content_digest


class Identified(NamedTuple):
    notes: list[AnkiNote]
    problems: list[Problem]
    """Questions asked twice in a deck."""
    skipped: list[str]
    """The ids of the cards left out by `skip`."""


def identify(
    results: Iterable[NoteResult],
    stamps: Stamps,
    prefix: tuple[str, ...] = (),
    deck_file: str = "",
    aliases: Mapping[str, str] | None = None,
    inputs_at: int = 0,
    kept: Set[str] | None = None,
    skip: Set[str] = frozenset(),
) -> Identified:
    """Give every card its GUID and `mod`; a question asked twice in one deck is reported.

    GUIDs are unique across the whole build: two notes titled alike give the same deck
    (and so the same deck file), and a question asked in both is told apart by the order
    the notes are read in. Every deck is put under `prefix` (the configured deck prefix)
    here, at the end: it is where the decks go in Anki, not what a card is, and changing it
    keeps every GUID.
    `deck_file` is the file the cards are written in, remembered with their stamps.

    A card found renamed by an earlier build (renames.py) keeps the GUID it had: `aliases`
    maps the GUID its deck and front give it now to that one (from `stamps` when not
    given), and `kept` holds those older GUIDs (worked out once a build, not once a deck
    file). A card whose deck and front give a GUID such a card keeps is told apart like a
    question asked twice. `inputs_at`: see `Stamps.stamp`.

    A card whose id (`identity.card_id`) is in `skip` is left out, after its GUID is given:
    leaving one card out moves no other card's GUID.
    """
    from flashgen.renames import fingerprint  # not loaded by a rebuild with nothing to write

    if aliases is None:
        aliases = stamps.aliases
    if kept is None:
        kept = set(aliases.values())
    notes: list[AnkiNote] = []
    skipped: list[str] = []
    first_seen: dict[str, tuple[Card, str]] = {}  # GUID → first card, its note as shown
    problems: list[Problem] = []
    names: dict[tuple[str, ...], tuple[str, str]] = {}  # deck → name in Anki, and below the prefix
    tag_lists: dict[tuple[str, ...], str] = {}
    stamp, known = stamps.stamp, stamps.known
    for result in results:
        file = stamps.file_key(result.file.path)
        shown, changed_at = result.file.shown, result.changed_at
        for rendered in result.cards:
            card = rendered.card
            if (deck_names := names.get(card.deck)) is None:
                deck_names = names[card.deck] = (
                    DECK_SEPARATOR.join((*prefix, *card.deck)),
                    DECK_SEPARATOR.join(card.deck),
                )
            deck_name, deck = deck_names
            key = first_guid = note_guid(deck, card.front, card.kind)
            repeat = 1
            while key in first_seen or (key in kept and key not in aliases):
                repeat += 1
                key = note_guid(deck, f"{card.front}\x1f{repeat}", card.kind)
            guid = aliases.get(key, key)
            if skip and (this_id := card_id(guid)) in skip:
                first_seen[key] = (card, shown)
                skipped.append(this_id)
                continue
            if repeat > 1 and first_guid in first_seen:
                first, first_file = first_seen[first_guid]
                problems.append(
                    Problem(
                        shown,
                        f"'{card.question}' is asked twice in deck {deck_name} (first at "
                        f"{first_file}:{first.line}); both are kept, but their review "
                        "histories follow the order they are written in",
                        card.line,
                    )
                )
            first_seen[key] = (card, shown)
            if (tags := tag_lists.get(card.tags)) is None:
                tags = tag_lists[card.tags] = " ".join(card.tags)
            content = "\x1f".join(
                (
                    deck_name,
                    *rendered.fields,
                    card.kind,
                    tags,
                )
            )
            digest = content_digest(content)
            previous = known.get(guid)
            same = previous.card if previous is not None and previous.hash == digest else None
            # The same answer is sketched already, unless recorded by an older flashgen
            # (which kept no kind, and no sketch).
            sketch = same.answer if same and same.kind else fingerprint(card.answer)
            record = CardRecord(
                deck_name,
                card.question,
                card.note_name,
                file,
                deck_file,
                card.line,
                card.kind,
                sketch,
                key if guid != key else "",
            )
            mod = stamp(guid, content, changed_at, record, inputs_at, digest)
            # AnkiNote(…), every field given: a note of each card
            notes.append(made(AnkiNote, card=rendered, guid=guid, mod=mod, deck_name=deck_name))
    return Identified(notes, problems, skipped)


def distinct_decks(results: list[NoteResult]) -> list[NoteResult]:
    """The notes' cards in the decks the whole build gives them (`roots_to_rename`)."""
    tops = [(result.file, result.cards[0].deck[0] if result.cards else None) for result in results]
    roots = roots_to_rename(tops)
    if not roots:
        return results
    return [
        replace(result, cards=in_root(result.cards, root))
        if (root := roots.get(result.file.shown)) is not None
        else result
        for result in results
    ]


def in_root(cards: tuple[RenderedCard, ...], root: str) -> tuple[RenderedCard, ...]:
    """Cards put under another top-level deck, each keeping its own subdeck. The note's
    name above each question says it too: two notes' `Basics › What does UDP promise?`
    would read the same, and Anki would call one a duplicate of the other."""
    from flashgen.render import context_field

    moved = []
    for card in cards:
        deck, context = card.card.deck, card.card.context
        if context[:1] == deck[:1]:
            context = (root, *context[1:])
        extracted = replace(card.card, deck=(root, *deck[1:]), context=context)
        moved.append(replace(card, card=extracted, context=context_field(context)))
    return tuple(moved)


def roots_to_rename(tops: list[tuple[NoteFile, str | None]]) -> dict[str, str]:
    """`distinct_roots` of the build's notes, each given with the top-level deck its cards
    go in. A note whose front matter names its deck (`deck: Basics`) is where its writer
    put it, with whatever notes share it."""
    counts = Counter(top.casefold() for _, top in tops if top is not None)
    named: dict[str, tuple[str, str, str]] = {}
    for file, top in tops:
        if top is not None and counts[top.casefold()] > 1 and not names_its_deck(file):
            named.setdefault(_same_file(file), (file.shown, file.name, top))
    if not named:
        return {}
    renamed = distinct_roots(named.values())
    # A link to a note (`alias.md` → `real/linux.md`) is that note: it goes where the note goes.
    return {
        file.shown: renamed[shown]
        for file, _ in tops
        if (shown := named.get(_same_file(file), ("",))[0]) in renamed
    }


def _same_file(file: NoteFile) -> str:
    return os.path.realpath(file.path)


def distinct_roots(named: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """New top-level deck names for notes in different folders that would share one.

    `named`: each note's path as shown, its path in its notes folder, and the top-level deck
    its cards go in. Two `Basics.md` (or two notes titled `정리`) in two folders are two
    subjects: each is named for as few of its last folders as tell them apart, `Basics
    (Transport Layer)` and `Basics (Deadlocks)`. A note at the top of the notes folder keeps
    its name, as do notes in one folder (a subject written in two files: `network.md`,
    `network-tcp.md`, both `# Network`) and every note whose name no other note shares:
    their decks and cards stay as they were. Returns the new name of each note renamed, by
    its path shown.
    """
    groups: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
    for shown, name, root in named:
        folder = PurePosixPath(name).parent.parts
        groups.setdefault(root.casefold(), []).append((shown, folder, root))
    renamed: dict[str, str] = {}
    for notes in groups.values():
        if len(folders := {folder for _, folder, _ in notes}) < 2:
            continue
        labels = _labels(folders)
        for shown, folder, root in notes:
            if label := labels[folder].replace(DECK_SEPARATOR, ":"):  # `::` makes a subdeck
                renamed[shown] = f"{root} ({label})"
    return renamed


def _labels(folders: set[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """What tells each folder apart from the others: the fewest of its last folders that no
    other's path ends with; "" for the top of the notes folder, whose note keeps its name."""
    labels = {}
    for own in folders:
        others = folders - {own}
        depth = next(
            (k for k in range(1, len(own) + 1) if all(parts[-k:] != own[-k:] for parts in others)),
            0,
        )
        labels[own] = " / ".join(own[-depth:]) if depth else ""
    return labels


def deck_filename(deck: tuple[str, ...], split: Split, single: str | None) -> str:
    """Which `.apkg` file a deck goes in. Deck names are the same whatever the split,
    so switching between splits never duplicates a note in Anki."""
    if single is not None:
        key = single
    elif split is Split.SECTIONS:
        key = " - ".join(deck[:2])
    else:
        key = deck[0]
    return safe_filename(key) + ".apkg"


_UNSAFE = lazy(r'[<>:"/\\|?*\x00-\x1f]+')


_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(10)}


_MAX_NAME_BYTES = 200


@cache
def safe_filename(name: str) -> str:
    """A file name valid on Windows, macOS and Linux that keeps Hangul and spaces."""
    name = unicodedata.normalize("NFC", name.replace(DECK_SEPARATOR, " - "))
    name = " ".join(_UNSAFE.sub(" ", name).split()).strip(". ")
    # Cut once, at a character's edge: a character at a time re-encodes the name each time.
    name = name.encode("utf-8")[:_MAX_NAME_BYTES].decode("utf-8", "ignore").rstrip(". ")
    if not name or name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name


def made_by_flashgen(path: Path) -> bool:
    """A deck file as flashgen writes them: an `.apkg` whose collection holds its note types
    (the only files a build deletes, so a file of the student's under that name is kept)."""
    import zipfile  # a deck file to delete: rarely here

    from flashgen.note_types import NOTE_TYPE_IDS  # their style needs Pygments: rarely here

    try:
        with zipfile.ZipFile(path) as archive:
            collection = archive.read("collection.anki2")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    return any(str(model).encode() in collection for model in NOTE_TYPE_IDS)


def write_deck_file(
    deck_file: DeckFile, out: Path, note_type_mods: dict[int, int] | None = None
) -> Problem | None:
    """Write one `.apkg`; a failure is reported, and the previous file stays as it was."""
    target = out / deck_file.filename
    try:
        from flashgen.apkg import write_apkg

        write_apkg(deck_file.notes, target, note_type_mods, deck_file.tags)
    except OSError as error:
        return Problem(target.as_posix(), f"cannot write deck: {error.strerror}", is_error=True)
    return None
