"""What earlier builds worked out, kept beside the decks so a rebuild redoes only what changed.

Two things are kept in `<out>/.flashgen-cache/`, and deleting the folder is always safe
(the next build is then a clean one, and writes the same bytes):

- each note's rendered cards, in a file named for the note's *key*: a hash of its bytes,
  its name, the settings that shape its cards, and flashgen's own code. An edit, an
  upgrade or another setting gives another key, so a stale entry is never read;
- a manifest: what each note key gave (deck paths, card count, problem) and, per deck
  file, the inputs it was written from and the size and time it was written with. A deck
  file whose inputs are unchanged, and which nobody has touched since, is not rewritten.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import cache
from operator import attrgetter
from pathlib import Path

from flashgen.errors import Problem

CACHE_DIR = ".flashgen-cache"
_MANIFEST = "manifest.pickle"
_FORMAT = 4


_SHAPING_LIBRARIES = ("genanki", "markdown-it-py", "mdit-py-plugins", "nh3", "pygments")
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

    source_key: str
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
            return self.source_key
        return hashlib.sha256(repr((self.source_key, self.depends)).encode()).hexdigest()

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


def cache_folder(out: Path) -> Path:
    return out / CACHE_DIR


def file_signature(path: Path | str) -> tuple[int, int] | None:
    """Size and modification time in nanoseconds: changes whenever anyone rewrites the file."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def entry_path(folder: Path, key: str) -> Path:
    return folder / "notes" / f"{key}.pickle"


def load_entry(folder: Path, key: str):
    with entry_path(folder, key).open("rb") as file:
        return pickle.load(file)


def save_entry(folder: Path, key: str, value) -> None:
    _write_atomically(entry_path(folder, key), pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def load_manifest(folder: Path) -> Manifest:
    """The manifest of the last build; an empty one when absent, unreadable or outdated."""
    try:
        raw = pickle.loads((folder / _MANIFEST).read_bytes())
        if raw.get("format") != _FORMAT or raw.get("code") != code_digest():
            return Manifest()
        notes = (NoteSummary(*row) for row in raw["notes"])
        return Manifest(
            notes={summary.source_key: summary for summary in notes},
            decks={name: DeckRecord(*row) for name, row in raw["decks"].items()},
            state=raw["state"],
            files=raw["files"],
        )
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, KeyError, TypeError,
            AttributeError, IndexError, ImportError):  # fmt: skip
        return Manifest()


def save_manifest(folder: Path, manifest: Manifest) -> None:
    """Write the manifest and drop cached notes it no longer names.

    A pickle of plain tuples, one a record: a rebuild with nothing to do reads it first,
    and pickle reads it back several times faster than JSON (which would also give lists
    to turn back into the tuples the records hold)."""
    raw = {
        "format": _FORMAT,
        "code": code_digest(),
        "notes": [_row(summary) for _, summary in sorted(manifest.notes.items())],
        "decks": {name: _row(record) for name, record in sorted(manifest.decks.items())},
        "state": manifest.state,
        "files": dict(sorted(manifest.files.items())),
    }
    _write_atomically(folder / _MANIFEST, pickle.dumps(raw, pickle.HIGHEST_PROTOCOL))
    (folder / "manifest.json").unlink(missing_ok=True)  # the format of earlier versions
    keep = {summary.key for summary in manifest.notes.values()}
    notes = folder / "notes"
    try:
        names = os.listdir(notes)  # names, not Path objects: there is one a note
    except OSError:
        return
    for name in names:
        if name.endswith(".pickle") and name[: -len(".pickle")] not in keep:
            (notes / name).unlink(missing_ok=True)


def _row(record: NoteSummary | DeckRecord) -> tuple:
    return _fields_of(type(record))(record)


@cache
def _fields_of(record_type: type) -> Callable[[object], tuple]:
    """A record's fields as a tuple, by a getter made once (`fields()` is slow to ask)."""
    return attrgetter(*(field.name for field in fields(record_type)))


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=".flashgen-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
