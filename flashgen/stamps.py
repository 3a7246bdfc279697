"""What each build remembers for the next one: a stamp a card, and what changed since.

(state.py reads and saves them, in a small state folder beside the decks.)

Anki updates a note on re-import only when the package's `mod` is newer than its own,
and skips it when not. So a note keeps its old `mod` while its content is unchanged
(the rebuild is then byte-identical, and edits the student made inside Anki survive),
and gets a newer one when it changes. With no memory of a note, the time its note
file was last modified stands in. Note types are stamped the same way, so a changed
template or style reaches Anki on the next import.

An `.apkg` import can add and update but never delete, so the state also remembers
which cards the last build wrote, with their deck, question and note: the next build
can then say which cards are new, which changed, and which are gone from the notes.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from flashgen.errors import FlashgenError, Problem


class CardRecord(NamedTuple):
    """Enough of a card to name it to the student after its note has lost it."""

    deck: str
    question: str
    """As written in the note (Markdown)."""
    note_name: str
    """The note's name in its notes folder, as the card's Source line starts with it."""
    file: str = ""
    """The note file relative to the state's folder: tells a note left out of a build
    (its cards are kept) from a deleted one (its cards are gone)."""
    deck_file: str = ""
    """The `.apkg` it was written in: a deck file a rebuild finds up to date keeps its cards."""
    line: int = 0
    kind: str = ""
    answer: str = ""
    """A sketch of its answer (renames.fingerprint), to know the card again elsewhere."""
    key: str = ""
    """The GUID its deck and front give it now, when it keeps an older one (renamed)."""


@dataclass(slots=True)
class Stamp:
    hash: str
    mod: int
    """Seconds: when the note's content last changed."""
    card: CardRecord | None = None
    """None when remembered by a state file written before cards were recorded."""
    live: bool = False
    """Written by the last build that read its note: still in the notes."""


@dataclass(frozen=True)
class Changes:
    """What one build changed since the last: what a student should expect after importing."""

    new: tuple[CardRecord, ...] = ()
    updated: tuple[CardRecord, ...] = ()
    removed: tuple[CardRecord, ...] = ()
    """Gone from the notes; an import leaves them in Anki until the student deletes them."""
    unchanged: int = 0
    renamed: tuple[tuple[CardRecord, CardRecord], ...] = ()
    """(before, now) of each card whose question was reworded: it keeps its identity."""
    moved: tuple[tuple[CardRecord, CardRecord], ...] = ()
    """(before, now) of each card asking the same in another deck or note."""
    deleted_files: tuple[str, ...] = ()
    """Deck files an earlier build wrote that this one no longer writes, deleted."""


PROJECT_TAG = "flashgen::project::"


def project_tag(project: str) -> str:
    """The tag on every card built from one folder of notes: what `sync` knows its own by.
    Not part of a card's content, so adding it changes no stamp."""
    return PROJECT_TAG + project


def source_date_epoch() -> int | None:
    """`SOURCE_DATE_EPOCH`, the reproducible-builds convention, when set.

    It stands in for every note file's modification time: the time a note with no
    stamp yet, or with new content, is taken to have changed. File times differ
    between checkouts of the same notes; with it set, every machine builds the same bytes.
    """
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise FlashgenError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {value!r}")
    return int(value)


@dataclass
class Stamps:
    known: dict[str, Stamp] = field(default_factory=dict)
    """GUID → stamp, for every note ever built into this folder."""
    note_types: dict[int, Stamp] = field(default_factory=dict)
    folder: Path | None = None
    """Where the state lives; note files are remembered relative to it."""
    loaded: set[str] | None = None
    """The deck files whose memory was read (None: all of them): only those are saved."""
    shards: set[str] = field(default_factory=set)
    """Every deck file with a memory on disk."""
    project: str = ""
    """The id of the notes this folder is built from: their cards are tagged with it, and
    `sync` touches no other flashgen cards."""
    deck_files: set[str] = field(default_factory=set)
    """The deck files the builds into this folder wrote and have not removed."""
    problems: list[Problem] = field(default_factory=list)
    """A warning for each state file that was damaged (state.py): what could be read is kept."""
    _built: dict[str, str] = field(default_factory=dict)
    """GUID → "new", "updated" or "unchanged", for the cards of the deck files written now."""
    _renamed: dict[str, CardRecord] = field(default_factory=dict)
    """GUID → the card as it was, for the cards that kept their GUID under a new front."""
    _fresh: set[str] = field(default_factory=set)
    """The GUIDs of this build never met before."""

    def stamp(
        self,
        guid: str,
        content: str,
        changed_at: int,
        card: CardRecord | None = None,
        inputs_at: int = 0,
        digest: str = "",
    ) -> int:
        """The `mod` for a note with this content; remembers it for the next build.

        `changed_at` is when the note and its images last changed: a card met for the
        first time was made then, not later. `inputs_at` is when the settings last
        changed: a card whose content changed takes it (or its note's time, if later), so
        the change reaches Anki even over an edit made there in between.
        `digest`: the content's `content_digest`, when already worked out."""
        digest = digest or content_digest(content)
        previous = self.known.get(guid)
        mod = _next_mod(previous, digest, changed_at, max(changed_at, inputs_at))
        if card is None and previous is not None:
            card = previous.card
        self.known[guid] = Stamp(digest, mod, card, live=True)
        return mod

    def record(self, stamped: Mapping[str, Stamp], deck_file: str) -> None:
        """Take the stamps of the cards written into one deck file (by a worker), noting
        for each whether it is new, updated or unchanged since the last build."""
        for guid, stamp in stamped.items():
            previous = self.known.get(guid)
            if guid in self._built:  # written again with renames found: as first told
                pass
            elif previous is None or not previous.live:
                self._built[guid] = "new"
                if previous is None:
                    self._fresh.add(guid)
            else:
                self._built[guid] = "unchanged" if previous.hash == stamp.hash else "updated"
            card = stamp.card
            if card is not None and card.deck_file != deck_file:  # the worker names it
                stamp = Stamp(stamp.hash, stamp.mod, card._replace(deck_file=deck_file), stamp.live)
            self.known[guid] = stamp

    def stamp_note_types(self, fingerprints: Mapping[int, str], changed_at: int) -> dict[int, int]:
        """The `mod` of each note type. Anki takes a note type's new templates and style
        only from a package whose copy is newer than its own, as with notes."""
        mods = {}
        for type_id, fingerprint in fingerprints.items():
            mod = _next_mod(self.note_types.get(type_id), fingerprint, changed_at, changed_at)
            self.note_types[type_id] = Stamp(fingerprint, mod)
            mods[type_id] = mod
        return mods

    def file_key(self, path: Path) -> str:
        """How the state names a note file: relative to its own folder, so it survives
        moving the project or building from another working directory."""
        # A name that is not UTF-8 as text a state file can hold (see sources.NoteFile).
        path = Path(os.fsencode(path).decode("utf-8", "replace"))
        if self.folder is None:
            return path.as_posix()
        try:
            folder = _relative_folder(os.fspath(path.parent), os.fspath(self.folder), os.getcwd())
        except ValueError:  # another drive, on Windows
            return path.absolute().as_posix()
        return path.name if folder == "." else f"{folder}/{path.name}"

    def gone(self, files_read: set[str], kept_deck_files: set[str]) -> list[str]:
        """The cards the last build wrote and this one did not, given the note files this
        build read and the deck files it kept as they were (up to date, or failing to be
        written): those whose note was read (the card is gone from it) or no longer
        exists. A note this build was not given keeps its cards."""
        gone = []
        exists: dict[str, bool] = {}  # many cards share a note file: look at each once
        for guid, stamp in self.known.items():
            if guid in self._built or not stamp.live:
                continue
            card = stamp.card
            if card and card.deck_file in kept_deck_files:
                continue
            if card and card.file not in files_read:
                if card.file not in exists:
                    exists[card.file] = self._exists(card.file)
                if exists[card.file]:
                    continue
            gone.append(guid)
        return gone

    def appeared(self) -> list[str]:
        """The cards of this build never met before: new, unless one came in place of a
        card gone (renames.py)."""
        return [guid for guid in self._built if guid in self._fresh]

    def rename(self, old: str, new: str) -> None:
        """The card built as `new` is the one known as `old`: forget `new`, and have the
        next identification give it `old` (see `aliases`)."""
        del self._built[new], self.known[new]
        self._fresh.discard(new)
        before = self.known[old]
        assert before.card is not None  # only cards known by their record are paired
        self._renamed[old] = before.card
        self.known[old] = Stamp(before.hash, before.mod, before.card._replace(key=new), True)

    @property
    def aliases(self) -> dict[str, str]:
        """The GUID a deck and front now give → the older GUID the card keeps."""
        return {
            stamp.card.key: guid
            for guid, stamp in self.known.items()
            if stamp.card is not None and stamp.card.key
        }

    def close_build(self, gone: Iterable[str]) -> Changes:
        """What changed since the last build, given the cards gone from it (`gone`)."""
        removed: list[CardRecord] = []
        for guid in gone:
            stamp = self.known[guid]
            if guid in self._renamed:
                continue
            stamp.live = False
            if stamp.card is not None:
                removed.append(stamp.card)
        by_status: dict[str, list[CardRecord]] = {"new": [], "updated": [], "unchanged": []}
        renamed, moved = [], []
        for guid, status in self._built.items():
            card = self.known[guid].card or CardRecord("", "", "")
            if (before := self._renamed.get(guid)) is None:
                by_status[status].append(card)
            elif before.question == card.question:
                moved.append((before, card))
            else:
                renamed.append((before, card))
        changes = Changes(
            new=tuple(sorted(by_status["new"], key=_place)),
            updated=tuple(sorted(by_status["updated"], key=_place)),
            removed=tuple(sorted(removed, key=lambda c: (c.note_name, c.deck, c.question))),
            unchanged=len(by_status["unchanged"]),
            renamed=tuple(sorted(renamed, key=lambda pair: _place(pair[1]))),
            moved=tuple(sorted(moved, key=lambda pair: _place(pair[1]))),
        )
        self._built, self._renamed, self._fresh = {}, {}, set()
        return changes

    def _exists(self, file: str) -> bool:
        return bool(file) and self.folder is not None and (self.folder / file).is_file()


def _place(card: CardRecord) -> tuple[str, int, str]:
    return card.note_name, card.line, card.question


def _next_mod(previous: Stamp | None, digest: str, changed_at: int, inputs_at: int) -> int:
    """Unchanged content keeps its `mod`; changed content gets a newer one than before,
    and at least the time of the newest input that could have changed it."""
    if previous is None:
        return changed_at
    if previous.hash == digest:
        return previous.mod
    return max(inputs_at, previous.mod + 1)


def content_digest(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1024)
def _relative_folder(folder: str, base: str, cwd: str) -> str:
    """`folder` relative to `base` (either may be relative to `cwd`), `/`-separated: worked
    out once a folder, not once a note, as `os.path.relpath` makes both absolute each time."""
    return Path(os.path.relpath(os.path.join(cwd, folder), os.path.join(cwd, base))).as_posix()
