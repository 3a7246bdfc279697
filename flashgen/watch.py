"""`flashgen build --watch`: rebuild when a note is saved.

Editors save in bursts (a temporary file, a rename, a touch), so changes are gathered
until the folder has been quiet for a short while, then built once.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

import watchfiles

from flashgen.config import Settings
from flashgen.sources import NOTE_SUFFIXES

DEBOUNCE_MS = 300


class _NoteFilter(watchfiles.DefaultFilter):
    """Markdown notes only, and not in hidden folders (.git, editors' swap folders)."""

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        return super().__call__(change, path) and Path(path).suffix.lower() in NOTE_SUFFIXES


def describe(changes: set[tuple[watchfiles.Change, str]], base: Path) -> list[str]:
    """`source/aws.md (modified)`, one a line, paths as the user would type them."""
    lines = []
    for change, path in sorted(changes, key=lambda c: c[1]):
        shown = Path(path)
        with contextlib.suppress(ValueError):  # outside the working folder: keep it whole
            shown = shown.relative_to(base.resolve())
        lines.append(f"{shown.as_posix()} ({change.name})")
    return lines


def watch(
    settings: Settings,
    rebuild: Callable[[list[str]], None],
    stop: threading.Event | None = None,
    debounce_ms: int = DEBOUNCE_MS,
) -> None:
    """Call `rebuild(changes)` after each burst of saves under the sources, until stopped
    (Ctrl-C, or `stop` being set)."""
    folders = [source if source.is_dir() else source.parent for source in settings.sources]
    for changes in watchfiles.watch(
        *folders,
        watch_filter=_NoteFilter(),
        debounce=debounce_ms,
        step=50,
        stop_event=stop,
        raise_interrupt=False,
    ):
        rebuild(describe(changes, Path.cwd()))
