"""Finding and reading note files: the only stage that reads the file system."""

from __future__ import annotations

import codecs
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from flashgen.errors import FlashgenError, NoteError
from flashgen.model import Note

NOTE_SUFFIXES = (".md", ".markdown")
_BINARY_SNIFF = 8192


@dataclass(frozen=True)
class NoteFile:
    path: Path
    name: str
    """Relative to the folder it was found in, `/`-separated (or the bare name of a file)."""
    shown: str
    """How messages name it: the path as the user would type it."""


def find_notes(sources: list[Path]) -> list[NoteFile]:
    """Every Markdown file under the given folders and files, in a stable order."""
    found: list[NoteFile] = []
    for source in sources:
        if source.is_dir():
            names = sorted(_notes_under(source, ""), key=lambda name: name.split("/"))
            for name in names:
                path = source / name
                found.append(NoteFile(path, name, path.as_posix()))
        elif source.is_file():
            found.append(NoteFile(source, source.name, source.as_posix()))
        else:
            raise FlashgenError(
                f"{source}: no such file or folder (name your notes folder, as in "
                f"'flashgen build notes/', or run 'flashgen init' to start one)"
            )
    return found


def _notes_under(folder: Path, prefix: str) -> Iterator[str]:
    """Relative names of the note files under a folder, hidden files and folders left out.

    Symbolic links to folders are not followed (a link cycle would never end)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                yield from _notes_under(Path(entry.path), f"{prefix}{entry.name}/")
            elif entry.name.lower().endswith(NOTE_SUFFIXES) and entry.is_file():
                yield prefix + entry.name


def read_note(file: NoteFile, encoding: str = "utf-8") -> Note:
    """Decode a note, refusing binary files and naming the line of the first undecodable byte."""
    try:
        data = file.path.read_bytes()
    except OSError as error:
        raise NoteError(f"cannot read: {error.strerror or error}") from error
    codec = codecs.lookup(encoding).name
    wide = codec.startswith(("utf-16", "utf-32"))  # where every other byte of ASCII is NUL
    if not wide and b"\x00" in data[:_BINARY_SNIFF]:
        raise NoteError("binary file, not a Markdown note")
    try:
        # utf-8-sig: a byte-order mark, as some Windows editors write, is not part of the text.
        text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise NoteError(
            f"not valid {encoding} text (byte 0x{data[error.start]:02x}); if the note was saved "
            f"in another encoding, pass it with --encoding, e.g. --encoding cp949",
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
