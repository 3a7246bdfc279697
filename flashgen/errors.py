"""What goes wrong, said in terms of the user's files."""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass
from pathlib import Path

from flashgen.patterns import lazy

_PACKAGE = Path(__file__).parent

DEBUG_ENV = "FLASHGEN_DEBUG"
"""Set (by `flashgen --debug`, or by hand) to let a fault on one note stop the build with its
traceback, instead of being reported against the note while the others are built."""


_UNPRINTABLE = lazy(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f"  # control characters (a newline, escape codes), not tab
    "\u200e\u200f\u202a-\u202e\u2066-\u2069"  # marks turning text right to left
    "\ud800-\udfff]"  # bytes of a file name that are not UTF-8
)


def printable(text: str) -> str:
    """`text` safe to print on one line of a terminal: what would break the line, move the
    cursor or reorder the text is shown as an escape (`\\n`, `\\x1b`), so a file named
    `a\\nb.md:1: error: …` cannot forge a message of its own, nor a note color the screen."""
    return _UNPRINTABLE.sub(lambda match: match[0].encode("unicode_escape").decode(), text)


class FlashgenError(Exception):
    """A problem said in the user's terms that stops the whole command (no notes to read,
    nowhere to write); its kind NoteError stops only one note."""


@dataclass(frozen=True)
class Problem:
    """One thing to tell the user about one note, compiler-style: `file:line: message`."""

    file: str
    message: str
    line: int | None = None
    is_error: bool = False
    is_hint: bool = False
    """Not a fault of the note but a way to better cards (`check` only): `--strict` lets it by."""

    @property
    def severity(self) -> str:
        return "error" if self.is_error else "hint" if self.is_hint else "warning"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return printable(f"{where}: {self.severity}: {self.message}")


class NoteError(FlashgenError):
    """A note that cannot be read or parsed; the build goes on without it."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


def debugging() -> bool:
    return bool(os.environ.get(DEBUG_ENV))


def fault_on_note(error: Exception) -> str:
    """What to tell a user when flashgen itself failed on one of their notes: what failed
    and where in flashgen, for a report."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [frame for frame in frames if Path(frame.filename).is_relative_to(_PACKAGE)]
    where = ""
    if ours:
        where = f" in {Path(ours[-1].filename).relative_to(_PACKAGE).as_posix()}:{ours[-1].lineno}"
    return (
        f"flashgen failed on this note ({type(error).__name__}{where}: {error}); the other "
        "notes were built. Please report it with the note ('flashgen --debug' shows the traceback)"
    )
