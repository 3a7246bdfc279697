"""Finding and reading note files: the only stage that reads the file system."""

from __future__ import annotations

import codecs
import errno
import os
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath

from flashgen.errors import FlashgenError, NoteError
from flashgen.model import Note
from flashgen.paths import confined, read_regular

NOTE_SUFFIXES = (".md", ".markdown", ".mdx", ".qmd", ".rmd")
MAX_NOTE_BYTES = 20_000_000
"""No one writes a note this long, and reading a file (a sparse one costs no disk) far
longer would exhaust memory and stop the build for every note."""
_BINARY_SNIFF = 8192


@dataclass(frozen=True)
class Refusal:
    """Why something found among the notes is not read as one."""

    message: str
    is_error: bool = False
    """An error when notes may be missing from the build, not only something odd in it."""


@dataclass(frozen=True)
class NoteFile:
    path: Path
    name: str
    """Relative to the folder it was found in, `/`-separated (or the bare name of a file)."""
    shown: str
    """How messages name it: the path as the user would type it."""
    refusal: Refusal | None = None
    """Set for what looks like a note but is not read: a broken link, a folder named `x.md`,
    a folder that cannot be listed, a link out of the notes folder. The build reports it
    and goes on with the others."""

    @cached_property  # asked of every note by several stages
    def folder(self) -> Path:
        """The notes folder it was found in: nothing outside it is read for this note."""
        if "/" not in self.name and self.name not in ("", "."):
            return self.path.parent  # a note at the top of its folder: no path to split
        return self.path.parents[len(PurePosixPath(self.name).parts) - 1]


def find_notes(sources: list[Path]) -> list[NoteFile]:
    """Every Markdown file under the given folders and files, in a stable order."""
    found: list[NoteFile] = []
    for source in sources:
        if source.is_dir():
            names = sorted(_notes_under(source), key=lambda found: found[0].split("/"))
            for name, refusal in names:
                path = source / name
                found.append(NoteFile(path, _text(name), _text(path.as_posix()), refusal))
        elif source.is_file():
            found.append(NoteFile(source, _text(source.name), _text(source.as_posix())))
        else:
            raise FlashgenError(
                f"{source}: no such file or folder (name your notes folder, as in "
                f"'flashgen build notes/', or run 'flashgen init' to start one)"
            )
    return found


def _text(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by Python as lone surrogates,
    which no deck, card or terminal can hold) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _notes_under(root: Path) -> Iterator[tuple[str, Refusal | None]]:
    """Relative names of the note files under `root`, hidden files and folders left out (and
    a Logseq graph's `logseq/` folder, its backups of pages there), each with why it cannot
    be read as a note, if it cannot.

    Symbolic links to folders are not followed (a link cycle would never end), and folders
    are walked with a list, not by recursion, however deep they nest. A subfolder that
    cannot be listed is reported under its own name, and the others are still read."""
    folders = [""]
    while folders:
        prefix = folders.pop()
        try:
            with os.scandir(os.path.join(root, prefix)) as scan:
                entries = list(scan)
        except OSError as error:
            if not prefix:
                raise FlashgenError(f"{root}: cannot read folder: {error.strerror}") from None
            message = f"cannot read folder: {error.strerror}: its notes are left out"
            yield prefix[:-1], Refusal(message, is_error=True)
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                if entry.name == "logseq" and os.path.isfile(
                    os.path.join(entry.path, "config.edn")
                ):
                    continue  # a Logseq graph's settings, page backups and bin: no notes
                folders.append(f"{prefix}{entry.name}/")
                if entry.name.lower().endswith(NOTE_SUFFIXES):  # not a note, though named one
                    yield prefix + entry.name, Refusal(_NAMED_LIKE_A_NOTE + " (notes in it are)")
            elif entry.name.lower().endswith(NOTE_SUFFIXES):
                # A plain file met on this walk (no link on the way) lies inside `root`
                # and is not hidden: only a link needs the closer look.
                plain = entry.is_file(follow_symlinks=False)
                yield prefix + entry.name, None if plain else _refusal(root, prefix + entry.name)


_NAMED_LIKE_A_NOTE = "a folder named like a note: not read as one"


def _refusal(root: Path, name: str) -> Refusal | None:
    """Why a file named like a note is not one to read, if it is not."""
    path = root / name
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if not path.is_symlink():
            return Refusal(f"cannot read: {error.strerror}", True)
        if error.errno == errno.ENOENT:
            return Refusal(f"a link to {os.readlink(path)}, which is not there: not read")
        return Refusal(f"a link that cannot be followed ({error.strerror}): not read")
    inside = confined(path, root)
    if inside is None:
        target = os.path.realpath(path)
        return Refusal(f"a link to {target}, outside the notes folder: not read", is_error=True)
    if _is_hidden(inside, root):
        shown = inside.relative_to(root.resolve()).as_posix()
        return Refusal(f"a link to {shown}, a hidden file: not read", is_error=True)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Refusal(_NAMED_LIKE_A_NOTE + " (a link to one, not followed)")
    return Refusal("not a regular file: not read")


def _is_hidden(resolved: Path, root: Path) -> bool:
    """Whether a file inside `root` is hidden or in a hidden folder: the walk leaves those
    out, and a link must not bring one in (`.git/config` can hold a token)."""
    return any(part.startswith(".") for part in resolved.relative_to(root.resolve()).parts)


_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8-sig"),  # the -sig codecs leave the mark out of the text
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16's, which begins the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _encoding_of(data: bytes, encoding: str) -> str:
    """The codec a note is read with. A byte-order mark decides (Windows editors write
    one for UTF-8 and UTF-16); else a note that is valid UTF-8 is UTF-8, whatever
    `--encoding` says, so one folder can mix new notes with old ones saved otherwise;
    else the encoding given."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return codec
    codec = codecs.lookup(encoding).name
    if codec != "utf-8" and b"\x00" not in data:  # text in UTF-16 or -32 holds NULs
        try:
            data.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            pass
    return codec


def note_bytes(file: NoteFile) -> bytes:
    """A note's bytes, read only if the file is inside its notes folder: a note linked to a
    file elsewhere (`x.md -> ~/.ssh/id_rsa`) must not end up in a deck that is shared.
    NoteError says why it cannot be read."""
    if file.refusal is not None:
        raise NoteError(file.refusal.message)
    path = confined(file.path, file.folder)
    if path is None:
        raise NoteError("a link to a file outside the notes folder: not read")
    if _is_hidden(path, file.folder) and not file.path.name.startswith("."):
        raise NoteError("a link to a hidden file: not read")
    try:
        if path.stat().st_size > MAX_NOTE_BYTES:
            raise NoteError(f"larger than {MAX_NOTE_BYTES // 1_000_000} MB: not read as a note")
        return read_regular(path)
    except OSError as error:
        raise NoteError(f"cannot read: {error.strerror or error}") from error


def read_note(file: NoteFile, encoding: str = "utf-8", data: bytes | None = None) -> Note:
    """Decode a note, refusing binary files and naming the line of the first undecodable byte.
    `data`: its bytes, when read already (by `note_bytes`)."""
    if data is None:
        data = note_bytes(file)
    codec = _encoding_of(data, encoding)
    wide = codec.startswith(("utf-16", "utf-32"))  # where every other byte of ASCII is NUL
    if not wide and b"\x00" in data[:_BINARY_SNIFF]:
        raise NoteError("binary file, not a Markdown note")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        named = encoding if codec == codecs.lookup(encoding).name else codec.removesuffix("-sig")
        raise NoteError(
            f"not valid {named} text (byte 0x{data[error.start]:02x}); if the note was saved "
            "in another encoding, pass it with --encoding, e.g. --encoding cp949",
            line=line,
        ) from error
    if "\x00" in text:
        if wide and "\x00" in text[:_BINARY_SNIFF]:
            raise NoteError("binary file, not a Markdown note")
        # A NUL further on is read as U+FFFD, as CommonMark reads it; later stages rely on
        # a note holding none (they use it to set code aside).
        text = text.replace("\x00", "\ufffd")
    # NFC: macOS may store Hangul decomposed; deck names and GUIDs must not depend on that.
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return Note(path=file.path, name=unicodedata.normalize("NFC", file.name), text=text)


def names_its_deck(file: NoteFile) -> bool:
    """The note's front matter names its deck (`deck: Basics`): put there on purpose. Read
    again only for a note whose deck another note's name shares."""
    from flashgen.frontmatter import split_front_matter

    try:
        return bool(split_front_matter(read_note(file).text)[0].deck)
    except (NoteError, OSError):
        return False
