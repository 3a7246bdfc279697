"""What goes wrong, said in terms of the user's files."""

from __future__ import annotations

from dataclasses import dataclass


class FlashgenError(Exception):
    """A problem that stops the whole build (no notes to read, nowhere to write)."""


@dataclass(frozen=True)
class Problem:
    """One thing to tell the user about one note, compiler-style: `file:line: message`."""

    file: str
    message: str
    line: int | None = None
    is_error: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {'error' if self.is_error else 'warning'}: {self.message}"


class NoteError(Exception):
    """A note that cannot be read or parsed; the build goes on without it."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
