"""A terminal's means: a progress bar for long reads, columns that line up whatever the
script, counted words. What the commands report with them is reports.py's."""

from __future__ import annotations

import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

from flashgen.config import Settings
from flashgen.errors import printable

_BAR_AFTER = 0.5
"""Seconds a build runs before a bar appears: a quick build should not flicker one."""
_BAR_WIDTH = 30


class ProgressBar:
    """A one-line bar on a terminal, shown only once the work has taken a moment."""

    def __init__(self, label: str, stream: TextIO = sys.stderr, enabled: bool = True):
        self.label = label
        self.stream = stream
        self.enabled = enabled and stream.isatty()
        self.started = time.monotonic()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or time.monotonic() - self.started < _BAR_AFTER:
            return
        filled = _BAR_WIDTH * done // max(total, 1)
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        """Erase the bar so what follows starts on a clean line."""
        if self.drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.drawn = False


def width(text: str) -> int:
    """Columns a text takes in a terminal: Hangul and other wide characters take two, and
    joiners, variation selectors and combining marks none."""
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def table(header: Sequence[str], rows: Iterable[Sequence[str]], right: Sequence[int] = ()) -> str:
    """Columns padded to line up, whatever the script: the first row is the header."""
    rows = [list(header), *([printable(str(cell)) for cell in row] for row in rows)]
    widths = [max(width(row[i]) for row in rows) for i in range(len(header))]

    def line(row: list[str]) -> str:
        cells = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - width(cell))
            cells.append(pad + cell if i in right else cell + pad)
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(rows[0]), rule, *(line(row) for row in rows[1:])])


def plural(count: int, word: str) -> str:
    return f"{count} {word if count == 1 else word + 's'}"


def with_progress(label: str, read: Callable, settings: Settings, enabled: bool = True):
    """`read(settings, progress)` with a progress bar on the terminal while it reads the notes
    (a bar shows only once it has taken a moment)."""
    bar = ProgressBar(label, enabled=enabled)
    try:
        return read(settings, progress=bar)
    finally:
        bar.close()
