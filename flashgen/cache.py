"""What earlier builds worked out, kept beside the decks so a rebuild redoes only what changed.

Two things are kept in `<out>/.flashgen-cache/`, and deleting the folder is always safe
(the next build is then a clean one, and writes the same bytes):

- each note's rendered cards, in a file named for the note's *key*: a hash of its bytes,
  its name, the settings that shape its cards, and flashgen's own code. An edit, an
  upgrade or another setting gives another key, so a stale entry is never read;
- a manifest: what each note key gave (deck paths, card count, problem) and, per deck
  file, the inputs it was written from and the size and time it was written with. A deck
  file whose inputs are unchanged, and which nobody has touched since, is not rewritten.

Both are JSON, read field by field into the types they must have: the folder is shared
(committed, synced, unpacked from an archive), so nothing in it may run code, and a damaged
file is a warning and is built again, never a reason to fail.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field, fields
from functools import cache
from itertools import chain
from operator import attrgetter
from pathlib import Path

from flashgen.errors import Problem
from flashgen.model import Card, CardKind, MediaFile, RenderedCard
from flashgen.paths import read_regular
from flashgen.patterns import lazy
from flashgen.stored import NotAsStored, flag, text, whole
from flashgen.writes import file_signature, is_stale_part, write_bytes

CACHE_DIR = ".flashgen-cache"
_MANIFEST = "manifest.json"
_FORMAT = 6


_SHAPING_LIBRARIES = ("emoji", "genanki", "markdown-it-py", "mdit-py-plugins", "nh3", "pygments")
"""Libraries whose upgrade can change a card's HTML, its note type or a deck's bytes."""


@cache
def code_digest() -> str:
    """A hash of flashgen's own source and the versions of the libraries that shape its
    output: an upgrade or any change to the code invalidates every entry (and so also
    rewrites every deck, so a changed note type reaches Anki)."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    for library, version in library_versions(_SHAPING_LIBRARIES).items():
        digest.update(f"{library}=={version}".encode() if version else f"{library} absent".encode())
    return digest.hexdigest()


def library_versions(libraries: tuple[str, ...]) -> dict[str, str | None]:
    """Each installed library's version (None: not installed), as importlib.metadata gives it.

    Read from the name of the `name-version.dist-info` folder an installer leaves beside the
    library, first on `sys.path` first: importing importlib.metadata brings the email
    package with it, about a tenth of a rebuild with nothing to do. A library installed
    another way (an egg, say) is still asked through it."""
    wanted = {_normalised(library): library for library in libraries}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip file, or a folder that is not there
            continue
        for name in names:
            if name.endswith(".dist-info"):
                project, _, version = name.removesuffix(".dist-info").partition("-")
                found.setdefault(_normalised(project), version)
    versions: dict[str, str | None] = {}
    for key, library in wanted.items():
        versions[library] = found.get(key) or _version_by_metadata(library)
    return versions


def _normalised(project: str) -> str:
    """A project's name as packaging compares them: `Markdown_It.py` is `markdown-it-py`."""
    return re.sub(r"[-_.]+", "-", project).lower()


def _version_by_metadata(library: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return None


def note_key(name: str, data: bytes, settings: str) -> str:
    """The cache key of a note: everything its cards depend on."""
    digest = hashlib.sha256()
    for part in (code_digest().encode(), settings.encode(), name.encode(), data):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


@dataclass(frozen=True)
class NoteSummary:
    """What the build needs to know of a note without loading its cards."""

    note_key: str
    """The note's key (see `note_key`)."""
    decks: tuple[tuple[str, ...], ...]
    """The first two levels of the deck paths its cards go in, each once, in the order they
    first appear: all that decides which files its cards are written to, in any split."""
    cards: int
    problems: tuple[tuple[str, int | None, bool], ...] = ()
    """Each problem's message, line and is_error; the file is named by whoever reports it."""
    depends: tuple[tuple[str, int, int], ...] = ()
    """The image files its cards were built from, with their size and time then (-1 for
    a missing one; an empty path for a remote image that could not be fetched)."""

    @property
    def key(self) -> str:
        """What its cards are cached under: the note, and the images they pack."""
        if not self.depends:
            return self.note_key
        return hashlib.sha256(repr((self.note_key, self.depends)).encode()).hexdigest()

    def is_current(self) -> bool:
        """Still what a build would give: every image its cards were built from (packed,
        missing or refused) is as it was, and none was a remote image that failed."""
        return all(
            path and file_signature(Path(path)) == (None if size < 0 else (size, mtime_ns))
            for path, size, mtime_ns in self.depends
        )

    def problems_for(self, shown: str) -> list[Problem]:
        return [
            Problem(shown, message, line, is_error) for message, line, is_error in self.problems
        ]


@dataclass(frozen=True)
class DeckRecord:
    """How a deck file was last written: from which inputs, and what it looked like then."""

    inputs: str
    size: int
    mtime_ns: int
    cards: int
    problems: tuple[tuple[str, str, int | None, bool], ...] = ()
    rules: tuple[tuple[str, int], ...] = ()
    """How many of its cards each recogniser made."""
    anki_cards: int = 0
    """How many cards Anki makes of its notes (a reversed note two, a cloze one a gap)."""
    skipped: tuple[str, ...] = ()
    """The ids of its cards left out by `skip_cards`."""


@dataclass
class Manifest:
    notes: dict[str, NoteSummary] = field(default_factory=dict)
    decks: dict[str, DeckRecord] = field(default_factory=dict)
    state: tuple[int, int] | None = None
    """Size and time of the stamps file the decks were written with: a deck is up to date
    only while the stamps it was stamped from are still the ones on disk."""
    files: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    """Settings and note path → size, time and key when last read: an untouched file's key
    is known without reading it again."""
    problem: Problem | None = field(default=None, compare=False)
    """Why the manifest on disk could not be read, when it was damaged."""


def cache_folder(out: Path) -> Path:
    return out / CACHE_DIR


def entry_path(folder: Path, key: str) -> Path:
    """Where a note's cards are cached. Keys are hashes this code made; one read from a
    damaged manifest that is anything else names no file (a `..` would lead out)."""
    if not _KEY.fullmatch(key):
        raise DamagedCache(f"not a cache key: {key[:80]!r}")
    return folder / "notes" / f"{key}.json"


_KEY = lazy(r"[0-9a-f]{64}")


class DamagedCache(NotAsStored):
    """A cache file that is not what this code writes: ignored, and built again."""


def load_entry(folder: Path, key: str) -> tuple[tuple[RenderedCard, ...], int]:
    """A note's cached cards and the time it changed. JSON, read field by field into the
    types they must have: nothing in the output folder can run code or hand the build a
    value of another type. Raises OSError or DamagedCache when it cannot be read."""
    cards, changed_at, _ = read_entry(folder, key)
    return cards, changed_at


def read_entry(folder: Path, key: str) -> tuple[tuple[RenderedCard, ...], int, bool]:
    """`load_entry`, and whether the entry holds the very bytes this process wrote there
    from cards it made (`save_entry(..., made_here=True)`): those need no second look."""
    data = read_regular(entry_path(folder, key))
    made_here = _MADE_HERE.get(key) == _digest(data)
    try:
        raw = json.loads(data)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError too
        raise DamagedCache("not JSON") from None
    try:
        cards = tuple(map(_card_from_json, raw["cards"]))
        return cards, whole(raw["changed_at"]), made_here
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise DamagedCache(f"not a cached note: {error}") from None


def save_entry(
    folder: Path, key: str, value: tuple[tuple[RenderedCard, ...], int], made_here: bool = False
) -> bytes:
    """Cache a note's cards; `made_here`: cards this process made from the note (and not
    read from anywhere), remembered as such for `read_entry`. Returns a digest of the
    bytes written, for `vouch_for`."""
    cards, changed_at = value
    raw = {"cards": [_card_to_json(card) for card in cards], "changed_at": changed_at}
    data = _dumps(raw)
    _write_atomically(entry_path(folder, key), data)
    digest = _digest(data)
    if made_here:
        _MADE_HERE[key] = digest
    return digest


def vouch_for(key: str, digest: bytes) -> None:
    """Take the entry a worker process of this build wrote, of cards it made (`digest`:
    what `save_entry` returned there), as made here. The processes that then write the
    deck files are forked from this one and inherit it: they read the cards without
    checking each one again (`_could_have_written` in deck_jobs.py)."""
    _MADE_HERE[key] = digest


_MADE_HERE: dict[str, bytes] = {}
"""A digest of each cache entry this process (or a worker of its build) wrote of cards it
made, by key: 16 bytes a note, kept for the process's life (a build, or a `--watch`
session)."""


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def load_manifest(folder: Path) -> Manifest:
    """The manifest of the last build; an empty one when absent or outdated, and when
    damaged, an empty one naming what is wrong with it (`Manifest.problem`)."""
    path = folder / _MANIFEST
    try:
        raw = _read_json(path)
        if not isinstance(raw, dict):
            raise DamagedCache("not a manifest")
        if raw.get("format") != _FORMAT or raw.get("code") != code_digest():
            return Manifest()  # written by another version: nothing in it holds now
        notes = (_summary_from_json(row) for row in raw["notes"])
        return Manifest(
            notes={summary.note_key: summary for summary in notes},
            decks={text(name): _deck_from_json(row) for name, row in raw["decks"].items()},
            state=None if raw["state"] is None else _ints(raw["state"], 2),
            files={text(seen): _file_from_json(row) for seen, row in raw["files"].items()},
        )
    except FileNotFoundError:
        return Manifest()
    except (OSError, DamagedCache, KeyError, IndexError, TypeError, ValueError,
            AttributeError) as error:  # fmt: skip
        return Manifest(problem=damaged(path, error))


def damaged(path: Path, error: Exception) -> Problem:
    """The warning for a cache file that cannot be read: the build goes on without it."""
    reason = error.strerror if isinstance(error, OSError) and error.strerror else error
    return Problem(path.as_posix(), f"damaged cache file ignored ({reason}); built again")


def save_manifest(folder: Path, manifest: Manifest) -> None:
    """Write the manifest and drop cached notes it no longer names, and the files of
    earlier versions' formats (pickles, which this version never reads: they can run code)."""
    raw = {
        "format": _FORMAT,
        "code": code_digest(),
        "notes": [_row(summary) for _, summary in sorted(manifest.notes.items())],
        "decks": {name: _row(record) for name, record in sorted(manifest.decks.items())},
        "state": manifest.state,
        "files": dict(sorted(manifest.files.items())),
    }
    _write_atomically(folder / _MANIFEST, _dumps(raw))
    _remove(folder / "manifest.pickle")
    keep = {f"{summary.key}.json" for summary in manifest.notes.values()}
    notes = folder / "notes"
    try:
        names = os.listdir(notes)  # names, not Path objects: there is one a note
    except OSError:
        return
    for name in names:
        path = notes / name
        if name not in keep and (name.endswith((".json", ".pickle")) or is_stale_part(path)):
            _remove(path)


def _remove(path: Path) -> None:
    with suppress(OSError):  # removed by a build at the same time, or a folder someone made
        path.unlink(missing_ok=True)


def _read_json(path: Path):
    try:
        return json.loads(read_regular(path))
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError too
        raise DamagedCache("not JSON") from None


def _dumps(raw: object) -> bytes:
    return json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _line(value: object) -> int | None:
    return None if value is None else whole(value)


def _strs(values: list) -> tuple[str, ...]:
    # Types compared in one pass of C code: a manifest holds a list of deck names per note.
    if type(values) is not list or not set(map(type, values)) <= _ONLY_TEXT:
        raise DamagedCache(f"{values!r:.80} is not a list of text")
    return tuple(values)


_ONLY_TEXT = {str}
_ONLY_LISTS = {list}


def _ints(values: list, count: int) -> tuple[int, ...]:
    if len(values) != count:
        raise DamagedCache(f"{values!r:.80} is not {count} numbers")
    return tuple(whole(value) for value in values)


def _summary_from_json(row: list) -> NoteSummary:
    key, decks, cards, problems, depends = row
    if not _KEY.fullmatch(text(key)):
        raise DamagedCache(f"not a cache key: {key[:80]!r}")
    # Every name's type in one pass of C code: a rebuild reads a summary of every note.
    if not (
        type(decks) is list
        and set(map(type, decks)) <= _ONLY_LISTS
        and set(map(type, chain.from_iterable(decks))) <= _ONLY_TEXT
    ):
        raise DamagedCache(f"{decks!r:.80} is not a list of deck paths")
    return NoteSummary(
        key,
        tuple(map(tuple, decks)),
        whole(cards),
        tuple((text(m), _line(line), flag(e)) for m, line, e in problems) if problems else (),
        tuple((text(p), whole(size), whole(time)) for p, size, time in depends) if depends else (),
    )


def _deck_from_json(row: list) -> DeckRecord:
    inputs, size, mtime_ns, cards, problems, rules, anki_cards, skipped = row
    return DeckRecord(
        text(inputs),
        whole(size),
        whole(mtime_ns),
        whole(cards),
        tuple((text(f), text(m), _line(line), flag(e)) for f, m, line, e in problems),
        tuple((text(rule), whole(count)) for rule, count in rules),
        whole(anki_cards),
        _strs(skipped),
    )


def _file_from_json(row: list) -> tuple[int, int, str]:
    size, mtime_ns, key = row
    if not _KEY.fullmatch(text(key)):
        raise DamagedCache(f"not a cache key: {key[:80]!r}")
    return whole(size), whole(mtime_ns), key


def _card_to_json(rendered: RenderedCard) -> list:
    card = rendered.card
    return [
        list(card.deck), list(card.context), card.question, card.answer, card.note_name,
        card.line, card.rule, card.kind.value, list(card.tags),
        rendered.question, rendered.answer, rendered.context, rendered.origin,
        [[media.name, os.fspath(media.path)] for media in rendered.media],
    ]  # fmt: skip


def _card_from_json(row: list) -> RenderedCard:
    (deck, context, question, answer, note_name, line, rule, kind, tags,
     question_html, answer_html, context_html, origin_html, media) = row  # fmt: skip
    texts = (question, answer, note_name, rule, kind, question_html, answer_html, context_html,
             origin_html)  # fmt: skip
    if not set(map(type, texts)) <= _ONLY_TEXT:  # every type in one pass of C code
        for value in texts:
            text(value)  # raises, naming the value
    if type(media) is not list:
        raise DamagedCache(f"{media!r:.80} is not a list of images")
    # Each record is filled in place, every field given and checked: a frozen dataclass's
    # `__init__` would set each field through `object.__setattr__`, and a deck file reads
    # back thousands of cards.
    card = _new(Card)
    card.__dict__.update(
        deck=_strs(deck), context=_strs(context), question=question, answer=answer,
        note_name=note_name, line=whole(line), rule=rule, kind=_KINDS[kind], tags=_strs(tags),
    )  # fmt: skip
    rendered = _new(RenderedCard)
    rendered.__dict__.update(
        card=card, question=question_html, answer=answer_html, context=context_html,
        origin=origin_html,
        media=tuple(MediaFile(text(name), Path(text(path))) for name, path in media)
        if media else (),
    )  # fmt: skip
    return rendered


_new = object.__new__
_KINDS = {kind.value: kind for kind in CardKind}
"""A kind by its name: a name of no kind is a KeyError, as a damaged entry is."""


def _row(record: NoteSummary | DeckRecord) -> tuple:
    return _fields_of(type(record))(record)


@cache
def _fields_of(record_type: type) -> Callable[[object], tuple]:
    """A record's fields as a tuple, by a getter made once (`fields()` is slow to ask)."""
    return attrgetter(*(field.name for field in fields(record_type)))


def _write_atomically(path: Path, data: bytes) -> None:
    """The cache is safe to delete: a folder someone left where a cache file goes is."""
    if path.is_dir() and not path.is_symlink():
        import shutil  # here: rarely needed, and a rebuild with nothing to write never is

        shutil.rmtree(path)
    write_bytes(path, data, ours=True)
