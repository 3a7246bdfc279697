"""`flashgen build --watch`: rebuild when a note, or the settings file, is saved.

Editors save in bursts (a temporary file, a rename, a touch), so changes are gathered
until the folder has been quiet for a short while, then built once.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import watchfiles

from flashgen.config import Settings
from flashgen.sources import NOTE_SUFFIXES

DEBOUNCE_MS = 300


@dataclass(frozen=True)
class Changes:
    files: list[str]
    """`source/aws.md (modified)`, one an entry, paths as the user would type them."""
    settings: bool
    """Whether the settings file was among them."""


class _NoteFilter(watchfiles.DefaultFilter):
    """Notes under the sources, and the settings file; nothing in hidden folders (.git,
    editors' swap folders)."""

    def __init__(self, sources: list[Path], config: Path | None):
        super().__init__()
        self.sources = [source.resolve() for source in sources]
        self.config = config.resolve() if config else None

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        if not super().__call__(change, path):
            return False
        file = Path(path)
        if file == self.config:
            return True
        return file.suffix.lower() in NOTE_SUFFIXES and any(
            file == source or file.is_relative_to(source) for source in self.sources
        )


def describe(changes: set[tuple[watchfiles.Change, str]], base: Path) -> list[str]:
    lines = []
    for change, path in sorted(changes, key=lambda c: c[1]):
        shown = Path(path)
        with contextlib.suppress(ValueError):  # outside the working folder: keep it whole
            shown = shown.relative_to(base.resolve())
        lines.append(f"{shown.as_posix()} ({change.name})")
    return lines


def watch(
    settings: Settings,
    rebuild: Callable[[Changes], None],
    stop: threading.Event | None = None,
    debounce_ms: int = DEBOUNCE_MS,
) -> None:
    """Call `rebuild(changes)` after each burst of saves under the sources or to the settings
    file, until stopped (Ctrl-C, or `stop` being set)."""
    config = settings.config_file
    folders = [source if source.is_dir() else source.parent for source in settings.sources]
    if config is not None:
        folders.append(config.parent)
    for changes in watchfiles.watch(
        *dict.fromkeys(folder.resolve() for folder in folders),
        watch_filter=_NoteFilter(list(settings.sources), config),
        debounce=debounce_ms,
        step=50,
        stop_event=stop,
        raise_interrupt=False,
    ):
        changed_settings = config is not None and any(
            Path(path) == config.resolve() for _, path in changes
        )
        rebuild(Changes(describe(changes, Path.cwd()), changed_settings))
