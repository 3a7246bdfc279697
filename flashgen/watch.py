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

from flashgen.config import CONFIG_FILE, PYPROJECT, Settings
from flashgen.errors import FlashgenError, printable
from flashgen.sources import NOTE_SUFFIXES

DEBOUNCE_MS = 300


@dataclass(frozen=True)
class Saves:
    """One burst of saves (stamps.Changes is what they changed in the cards)."""

    files: list[str]
    """`source/aws.md (modified)`, one an entry, paths as the user would type them."""
    settings: bool
    """Whether the settings file was among them."""


class _NoteFilter(watchfiles.DefaultFilter):
    """Notes under the sources, and the settings files; nothing in hidden folders (.git,
    editors' swap folders)."""

    def __init__(self, sources: list[Path], settings_files: set[Path]):
        super().__init__()
        self.sources = [source.resolve() for source in sources]
        self.settings_files = settings_files

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        if not super().__call__(change, path):
            return False
        file = Path(path)
        if file in self.settings_files:
            return True
        return _is_note(file, self.sources)


def _is_note(file: Path, sources: list[Path]) -> bool:
    return file.suffix.lower() in NOTE_SUFFIXES and any(
        file == source or file.is_relative_to(source) for source in sources
    )


def describe(
    changes: set[tuple[watchfiles.Change, str]],
    base: Path,
    known: set[Path] | frozenset = frozenset(),
) -> list[str]:
    """One line a file. A file `known` to exist before the burst that comes back "added" was
    replaced, as `sed -i` and many editors save: to its writer, modified."""
    kinds: dict[str, set[watchfiles.Change]] = {}
    for change, path in changes:
        kinds.setdefault(path, set()).add(change)
    lines = []
    for path in sorted(kinds):
        seen = kinds[path]
        if seen == {watchfiles.Change.added} and Path(path) not in known:
            name = "added"
        elif seen == {watchfiles.Change.deleted}:
            name = "deleted"
        else:
            name = "modified"
        shown = Path(path)
        with contextlib.suppress(ValueError):  # outside the working folder: keep it whole
            shown = shown.relative_to(base.resolve())
        lines.append(f"{shown.as_posix()} ({name})")
    return lines


def watch(
    settings: Settings,
    rebuild: Callable[[Saves], None],
    stop: threading.Event | None = None,
    debounce_ms: int = DEBOUNCE_MS,
) -> None:
    """Call `rebuild(changes)` after each burst of saves under the sources or to the settings
    file, until stopped (Ctrl-C, or `stop` being set). With no settings file yet, the one a
    build would find in the working folder is watched for, so creating it is a change too."""
    config = settings.config_file
    if config is not None:
        settings_files = {config.resolve()}
    else:
        settings_files = {Path(name).resolve() for name in (CONFIG_FILE, PYPROJECT)}
    folders = [source if source.is_dir() else source.parent for source in settings.sources]
    folders += [file.parent for file in settings_files]
    sources = [source.resolve() for source in settings.sources]
    known = {
        file.resolve()
        for folder in settings.sources
        if folder.is_dir()
        for file in folder.rglob("*")
        if _is_note(file.resolve(), sources)
    } | {source for source in sources if source.is_file()}
    for changes in watchfiles.watch(
        *dict.fromkeys(folder.resolve() for folder in folders),
        watch_filter=_NoteFilter(list(settings.sources), settings_files),
        debounce=debounce_ms,
        step=50,
        stop_event=stop,
        raise_interrupt=False,
    ):
        changed_settings = any(Path(path) in settings_files for _, path in changes)
        files = describe(changes, Path.cwd(), known)
        for change, path in changes:
            (known.discard if change == watchfiles.Change.deleted else known.add)(Path(path))
        rebuild(Saves(files, changed_settings))


def keep_running(
    settings: Settings,
    reload: Callable[[], Settings],
    run: Callable[[Settings], object],
    say: Callable[[str], None],
) -> None:
    """After a first run, `run` again after each burst of saves to the notes or the settings
    file (read again with `reload` when it was saved); `say` tells the person watching."""
    watched = [*settings.sources, *([settings.config_file] if settings.config_file else [])]
    shown = ", ".join(path.as_posix() for path in watched)
    say(f"watching {shown} for changes (Ctrl-C to stop)")

    def again(changes: Saves) -> None:
        nonlocal settings
        for change in changes.files:
            say(printable(f"changed: {change}"))
        try:
            if changes.settings:
                settings = reload()
            run(settings)
        except FlashgenError as error:
            # A typo in the settings, the last note deleted, Anki closed for a moment: say
            # so, and keep watching.
            say(printable(f"error: {error}"))

    watch(settings, again)
