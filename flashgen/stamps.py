"""What each build remembers for the next one, in a small state file beside the decks.

Anki updates a note on re-import only when the package's `mod` is newer than its own,
and skips it when not. So a note keeps its old `mod` while its content is unchanged
(the rebuild is then byte-identical, and edits the student made inside Anki survive),
and gets a newer one when it changes. With no memory of a note, the time its source
file was last modified stands in. Note types are stamped the same way, so a changed
template or style reaches Anki on the next import.

An `.apkg` import can add and update but never delete, so the state also remembers
which cards the last build wrote, with their deck, question and note: the next build
can then say which cards are new, which changed, and which are gone from the notes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from flashgen.errors import FlashgenError, Problem
from flashgen.paths import file_in, read_regular
from flashgen.writes import write_bytes

STATE_DIR = ".flashgen-state"
"""Beside the decks: `index.json` (the note types' stamps, and which deck files have a
memory), and one `<deck file>.json` per deck file with the stamps of the cards written
into it. A rebuild reads and writes only the files of the decks it writes."""
LEGACY_STATE_FILE = ".flashgen-state.json"
"""One file for everything, as flashgen wrote it before: still read, replaced on save."""
_INDEX = "index.json"
_UNSORTED = "unsorted"
"""The memory of cards whose deck file is not known (from a version 1 state file)."""
_VERSION = 4


class CardRecord(NamedTuple):
    """Enough of a card to name it to the student after its note has lost it."""

    deck: str
    question: str
    """As written in the note (Markdown)."""
    source: str
    """The note, as the card's Source line names it."""
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
    """A warning for each state file that was damaged: what could be read of it is kept."""
    _built: dict[str, str] = field(default_factory=dict)
    """GUID → "new", "updated" or "unchanged", for the cards of the deck files written now."""
    _renamed: dict[str, CardRecord] = field(default_factory=dict)
    """GUID → the card as it was, for the cards that kept their GUID under a new front."""
    _fresh: set[str] = field(default_factory=set)
    """The GUIDs of this build never met before."""

    def warn(self, path: Path, reason: object) -> None:
        if isinstance(reason, OSError) and reason.strerror:
            reason = reason.strerror
        message = f"damaged state file: {reason}; what could be read of it is kept"
        self.problems.append(Problem(path.as_posix(), message))

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
            removed=tuple(sorted(removed, key=lambda c: (c.source, c.deck, c.question))),
            unchanged=len(by_status["unchanged"]),
            renamed=tuple(sorted(renamed, key=lambda pair: _place(pair[1]))),
            moved=tuple(sorted(moved, key=lambda pair: _place(pair[1]))),
        )
        self._built, self._renamed, self._fresh = {}, {}, set()
        return changes

    def _exists(self, file: str) -> bool:
        return bool(file) and self.folder is not None and (self.folder / file).is_file()


def _place(card: CardRecord) -> tuple[str, int, str]:
    return card.source, card.line, card.question


def _next_mod(previous: Stamp | None, digest: str, changed_at: int, inputs_at: int) -> int:
    """Unchanged content keeps its `mod`; changed content gets a newer one than before,
    and at least the time of the newest input that could have changed it."""
    if previous is None:
        return changed_at
    if previous.hash == digest:
        return previous.mod
    return max(inputs_at, previous.mod + 1)


def load_stamps(
    folder: Path, deck_files: Iterable[str] | None = None, planned: Iterable[str] = ()
) -> Stamps:
    """The stamps saved in an output folder; none when absent.

    With `deck_files`, only the memory of those deck files is read (a rebuild that writes
    one deck reads one file), unless one of them has none yet: its cards may have been
    written into another deck file before (the split changed), so everything is read.

    The memory of deck files written before and not `planned` now is read too: their
    cards may have gone to another file, and the file may be left to delete.

    A state file from before cards were recorded (version 1: hash and mod only) still
    loads: its notes keep their `mod`, and are named in the changes from the next build on.

    The state is shared through git, so it may be damaged or crafted: what can be read is
    kept, each file that cannot (or that holds entries that cannot) is a warning in
    `Stamps.problems`, and a deck file's name that would lead out of the state's folder
    (`../../x`) is never read, written or removed.
    """
    if (folder / LEGACY_STATE_FILE).is_file() and not (folder / STATE_DIR / _INDEX).exists():
        return _load_legacy(folder)
    stamps = Stamps(folder=folder)
    index_path = folder / STATE_DIR / _INDEX
    try:
        index = json.loads(read_regular(index_path))
        stamps.note_types = _note_types(index["note_types"], stamps, index_path)
        shards = index["shards"]
        if not isinstance(shards, list):
            raise ValueError("no list of deck files")
        project, written = index.get("project", ""), index.get("deck_files")
    except FileNotFoundError:
        return stamps
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        stamps.warn(index_path, error)
        shards = _shard_names_on_disk(folder)  # what the index would have listed
        project, written = "", None
    for shard in shards:
        if isinstance(shard, str) and _shard_path(folder, shard) is not None:
            stamps.shards.add(shard)
        else:
            stamps.warn(index_path, f"deck file {str(shard)[:80]!r} is not a file name")
    stamps.project = _project(project, stamps, index_path)
    stamps.deck_files = _deck_files(written, stamps, index_path)
    wanted = stamps.shards if deck_files is None else set(deck_files) | {_UNSORTED}
    wanted |= stamps.deck_files - set(planned)
    if not wanted <= stamps.shards | {_UNSORTED}:
        wanted = stamps.shards
    for shard in sorted(wanted & stamps.shards):
        _load_shard(folder, shard, stamps)
    stamps.loaded = None if wanted == stamps.shards else wanted & stamps.shards
    return stamps


_PROJECT_ID = re.compile(r"[0-9a-z]{1,40}")


def _project(value: object, stamps: Stamps, path: Path) -> str:
    """The project's id as the index holds it; a damaged one is a warning (and the next
    build makes another)."""
    if isinstance(value, str) and (not value or _PROJECT_ID.fullmatch(value)):
        return value
    stamps.warn(path, f"project id {str(value)[:80]!r} is not an id")
    return ""


def _deck_files(value: object, stamps: Stamps, path: Path) -> set[str]:
    """The deck files the builds wrote, each a plain `.apkg` name in the folder (a build
    may delete them); an index from before they were listed: those with a memory."""
    if value is None:
        return stamps.shards - {_UNSORTED}
    names = value if isinstance(value, list) else []
    kept = {n for n in names if isinstance(n, str) and _plain_deck_name(n)}
    if len(kept) != len(names) or not isinstance(value, list):
        stamps.warn(path, "a deck file listed is not a file name")
    return kept


def _plain_deck_name(name: str) -> bool:
    """An `.apkg` name directly in the decks folder: no folder in it, nothing leading out
    (a symlink there is only ever unlinked, never followed to what it points at)."""
    return (
        name.endswith(".apkg")
        and name not in (".", "..")
        and not any(mark in name for mark in ("/", os.sep, "\x00"))
    )


def _shard_names_on_disk(folder: Path) -> list[str]:
    try:
        names = os.listdir(folder / STATE_DIR)
    except OSError:
        return []
    return [
        name.removesuffix(".json")
        for name in names
        if name.endswith(".json") and name != _INDEX and not name.startswith(".")
    ]


def _load_shard(folder: Path, shard: str, stamps: Stamps) -> None:
    """Read one deck file's memory into `stamps`, entry by entry: a damaged entry is
    left out (and warned about), the others are kept."""
    path = _shard_path(folder, shard)
    try:
        notes = json.loads(read_regular(path))["notes"]
        entries = notes.items()
    except FileNotFoundError:
        return  # removed by a build at the same time: its cards are new again
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        stamps.warn(folder / STATE_DIR / f"{shard}.json", error)
        return
    bad = 0
    for guid, entry in entries:
        try:
            stamp = _stamp_from_json(entry)
        except (ValueError, TypeError, IndexError):
            bad += 1
            continue
        if stamp.card is not None and stamp.card.deck_file not in ("", shard):
            bad += 1  # a deck file named in another's memory: kept where it was read
            stamp.card = stamp.card._replace(deck_file="" if shard == _UNSORTED else shard)
        stamps.known[guid] = stamp
    if bad:
        stamps.warn(folder / STATE_DIR / f"{shard}.json", f"{bad} damaged entries")


def _note_types(raw: dict, stamps: Stamps, path: Path) -> dict[int, Stamp]:
    note_types = {}
    for type_id, entry in raw.items():
        try:
            digest, mod = entry
            note_types[int(type_id)] = Stamp(_text(digest), _whole(mod))
        except (ValueError, TypeError):
            stamps.warn(path, f"damaged note type entry {type_id[:80]!r}")
    return note_types


def _load_legacy(folder: Path) -> Stamps:
    stamps = Stamps(folder=folder)
    path = folder / LEGACY_STATE_FILE
    try:
        raw = json.loads(read_regular(path))
        for guid, entry in raw["notes"].items():
            stamps.known[guid] = _stamp_from_json(entry)
        stamps.note_types = _note_types(raw.get("note_types", {}), stamps, path)
    except (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError) as error:
        stamps.warn(path, error)
    return stamps


def _shard_path(folder: Path, shard: str) -> Path | None:
    """Where a deck file's memory is kept; None for a name that is not a plain file name
    in the state's folder (a crafted `../../x` or a symlink out)."""
    return file_in(folder / STATE_DIR, f"{shard}.json")


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r:.40} is not text")
    return value


def _whole(value: object) -> int:
    if type(value) is not int:
        raise TypeError(f"{value!r:.40} is not a whole number")
    return value


def _stamp_from_json(entry: list) -> Stamp:
    """`[hash, mod]` (version 1), or `[hash, mod, live, deck, question, source, file,
    deck file, line, kind, answer sketch, key]` (version 3 stops at the deck file), the
    card left out (`[hash, mod, live]`) when not known. Anything else raises ValueError or
    TypeError."""
    if not isinstance(entry, list) or len(entry) not in (2, 3, 8, 12):
        raise ValueError("not a stamp")
    if len(entry) == 2:
        return Stamp(_text(entry[0]), _whole(entry[1]), None, True)
    card = None
    if len(entry) > 3:
        texts = [_text(value) for value in (*entry[3:8], *entry[9:12])]
        card = CardRecord(*texts[:5], _whole(entry[8]) if len(entry) > 8 else 0, *texts[5:])
    return Stamp(_text(entry[0]), _whole(entry[1]), card, bool(entry[2]))


def save_stamps(stamps: Stamps, folder: Path) -> None:
    """Save the stamps of the deck files read (and of any new ones), each file atomically;
    notes built before are kept too, so a card removed and later restored continues from
    its old `mod`.

    The index is read again and merged under a lock just before it is written: two builds
    into one folder at the same time (with other options, so other deck files) both keep
    the deck files they wrote in it."""
    by_shard: dict[str, dict[str, Stamp]] = {}
    for guid, stamp in stamps.known.items():
        shard = (stamp.card.deck_file if stamp.card else "") or _UNSORTED
        by_shard.setdefault(shard, {})[guid] = stamp
    loaded = stamps.shards if stamps.loaded is None else stamps.loaded
    state = folder / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    written, removed = set(), set()
    for shard in sorted(loaded | set(by_shard)):
        path = _shard_path(folder, shard)
        if path is None:
            continue  # never a name that leads out of the folder (see load_stamps)
        notes = by_shard.get(shard)
        if not notes:
            if path.is_file():
                path.unlink()
            removed.add(shard)
            continue
        raw = {"version": _VERSION, "notes": {g: _stamp_to_json(notes[g]) for g in sorted(notes)}}
        _write_json(path, raw)
        written.add(shard)
    with _locked(state):
        types_on_disk, shards_on_disk = _index_on_disk(folder)
        shards = ((shards_on_disk | stamps.shards) - removed) | written
        note_types = {**types_on_disk, **stamps.note_types}
        index = {
            "version": _VERSION,
            "project": stamps.project,
            "note_types": {str(i): [s.hash, s.mod] for i, s in sorted(note_types.items())},
            "shards": sorted(shards),
            "deck_files": sorted(stamps.deck_files),
        }
        _write_json(state / _INDEX, index)
    legacy = folder / LEGACY_STATE_FILE
    if legacy.is_file():
        legacy.unlink()


def _index_on_disk(folder: Path) -> tuple[dict[int, Stamp], set[str]]:
    """The note types and deck files the index on disk names now (another build may have
    saved since this one read it); nothing when it cannot be read (already warned of)."""
    path = folder / STATE_DIR / _INDEX
    scratch = Stamps(folder=folder)
    try:
        index = json.loads(read_regular(path))
        note_types = _note_types(index["note_types"], scratch, path)
        shards = {name for name in index["shards"] if isinstance(name, str)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return {}, set()
    return note_types, {name for name in shards if _shard_path(folder, name) is not None}


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (where the system has them: not on Windows)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # which releases the lock


def state_signature(folder: Path) -> tuple[int, int] | None:
    """Changes whenever the stamps are saved: size and time of the index."""
    try:
        stat = (folder / STATE_DIR / _INDEX).stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _write_json(path: Path, raw: dict) -> None:
    text = json.dumps(raw, ensure_ascii=False, separators=(",", ":"))
    write_bytes(path, (text + "\n").encode("utf-8"), ours=True)


def _stamp_to_json(stamp: Stamp) -> list:
    entry: list = [stamp.hash, stamp.mod, int(stamp.live)]
    if stamp.card is not None:
        card = stamp.card
        entry += list(card)
    return entry


def content_digest(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1024)
def _relative_folder(folder: str, base: str, cwd: str) -> str:
    """`folder` relative to `base` (either may be relative to `cwd`), `/`-separated: worked
    out once a folder, not once a note, as `os.path.relpath` makes both absolute each time."""
    return Path(os.path.relpath(os.path.join(cwd, folder), os.path.join(cwd, base))).as_posix()
