"""The state beside the decks: the stamps of each build, read before it and saved after.

It is plain JSON in a folder of its own, one file per deck file, so a rebuild that writes
one deck reads and writes one small file, and the state can be committed with the notes.
Being shared through git, it may be damaged or crafted: what can be read is kept, and the
rest is a warning (see `load_stamps`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from flashgen.errors import Problem
from flashgen.paths import file_in, read_regular, resolved_folder
from flashgen.patterns import lazy
from flashgen.stamps import CardRecord, Stamp, Stamps
from flashgen.stored import text, whole
from flashgen.writes import file_signature, write_bytes

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
        _warn(stamps, index_path, error)
        shards = _shard_names_on_disk(folder)  # what the index would have listed
        project, written = "", None
    state = _resolved_state(folder)
    for shard in shards:
        if isinstance(shard, str) and _shard_path(folder, shard, state) is not None:
            stamps.shards.add(shard)
        else:
            _warn(stamps, index_path, f"deck file {str(shard)[:80]!r} is not a file name")
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


_PROJECT_ID = lazy(r"[0-9a-z]{1,40}")


def _project(value: object, stamps: Stamps, path: Path) -> str:
    """The project's id as the index holds it; a damaged one is a warning (and the next
    build makes another)."""
    if isinstance(value, str) and (not value or _PROJECT_ID.fullmatch(value)):
        return value
    _warn(stamps, path, f"project id {str(value)[:80]!r} is not an id")
    return ""


def _deck_files(value: object, stamps: Stamps, path: Path) -> set[str]:
    """The deck files the builds wrote, each a plain `.apkg` name in the folder (a build
    may delete them); an index from before they were listed: those with a memory."""
    if value is None:
        return stamps.shards - {_UNSORTED}
    names = value if isinstance(value, list) else []
    kept = {n for n in names if isinstance(n, str) and _plain_deck_name(n)}
    if len(kept) != len(names) or not isinstance(value, list):
        _warn(stamps, path, "a deck file listed is not a file name")
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
        _warn(stamps, folder / STATE_DIR / f"{shard}.json", error)
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
        _warn(stamps, folder / STATE_DIR / f"{shard}.json", f"{bad} damaged entries")


def _note_types(raw: dict, stamps: Stamps, path: Path) -> dict[int, Stamp]:
    note_types = {}
    for type_id, entry in raw.items():
        try:
            digest, mod = entry
            note_types[int(type_id)] = Stamp(text(digest), whole(mod))
        except (ValueError, TypeError):
            _warn(stamps, path, f"damaged note type entry {type_id[:80]!r}")
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
        _warn(stamps, path, error)
    return stamps


def _shard_path(folder: Path, shard: str, state: Path | None = None) -> Path | None:
    """Where a deck file's memory is kept; None for a name that is not a plain file name
    in the state's folder (a crafted `../../x` or a symlink out). `state`: the state's
    folder resolved (`_resolved_state`), when asked of every deck file."""
    return file_in(folder / STATE_DIR, f"{shard}.json", state)


def _resolved_state(folder: Path) -> Path | None:
    return resolved_folder(folder / STATE_DIR)


def _warn(stamps: Stamps, path: Path, reason: object) -> None:
    """A state file that cannot be read whole: said, and what could be read is kept."""
    if isinstance(reason, OSError) and reason.strerror:
        reason = reason.strerror
    message = f"damaged state file: {reason}; what could be read of it is kept"
    stamps.problems.append(Problem(path.as_posix(), message))


def _stamp_from_json(entry: list) -> Stamp:
    """`[hash, mod]` (version 1), or `[hash, mod, live, deck, question, note name, file,
    deck file, line, kind, answer sketch, key]` (version 3 stops at the deck file), the
    card left out (`[hash, mod, live]`) when not known. Anything else raises ValueError or
    TypeError."""
    if not isinstance(entry, list) or len(entry) not in (2, 3, 8, 12):
        raise ValueError("not a stamp")
    if len(entry) == 2:
        return Stamp(text(entry[0]), whole(entry[1]), None, True)
    card = None
    if len(entry) > 3:
        texts = [text(value) for value in (*entry[3:8], *entry[9:12])]
        card = CardRecord(*texts[:5], whole(entry[8]) if len(entry) > 8 else 0, *texts[5:])
    return Stamp(text(entry[0]), whole(entry[1]), card, bool(entry[2]))


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
    resolved = _resolved_state(folder)
    for shard in sorted(loaded | set(by_shard)):
        path = _shard_path(folder, shard, resolved)
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
        types_on_disk, shards_on_disk = _index_on_disk(folder, stamps.shards)
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


def _index_on_disk(folder: Path, checked: set[str]) -> tuple[dict[int, Stamp], set[str]]:
    """The note types and deck files the index on disk names now (another build may have
    saved since this one read it); nothing when it cannot be read (already warned of).
    `checked`: names this build found plain file names when it read the index (nearly
    all of them), not looked at again: the index only lists them, and whatever reads one
    of them checks it before it opens the file."""
    path = folder / STATE_DIR / _INDEX
    scratch = Stamps(folder=folder)
    try:
        index = json.loads(read_regular(path))
        note_types = _note_types(index["note_types"], scratch, path)
        shards = {name for name in index["shards"] if isinstance(name, str)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return {}, set()
    state = _resolved_state(folder)
    return note_types, {
        name for name in shards if name in checked or _shard_path(folder, name, state) is not None
    }


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
    return file_signature(folder / STATE_DIR / _INDEX)


def _write_json(path: Path, raw: dict) -> None:
    dumped = json.dumps(raw, ensure_ascii=False, separators=(",", ":"))
    write_bytes(path, (dumped + "\n").encode("utf-8"), ours=True)


def _stamp_to_json(stamp: Stamp) -> list:
    entry: list = [stamp.hash, stamp.mod, int(stamp.live)]
    if stamp.card is not None:
        card = stamp.card
        entry += list(card)
    return entry
