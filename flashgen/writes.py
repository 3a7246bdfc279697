"""Writing a file whole or not at all, clearing what an interrupted write left, and telling
whether a file was written since."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

PART_PREFIX = ".flashgen-"
PART_SUFFIX = ".part"
_STALE_AFTER = 3600
"""Seconds: no write takes this long, so a temporary file older than this was left by a
build that was killed (another build at the same time may still be writing a newer one)."""


@contextmanager
def written(path: Path, ours: bool = False) -> Iterator[BinaryIO]:
    """A file to write `path` through: written beside it and moved into place when the
    block ends, so a reader never sees half a file; if the block fails, removed.

    When the file is `ours` (the state and cache beside the decks), an empty folder standing
    where it goes (made by hand, or by an unlucky sync) is replaced; a folder with something
    in it is an error, and is left alone."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if ours and path.is_dir() and not path.is_symlink():
        os.rmdir(path)
    import tempfile  # here: a rebuild with nothing to write never loads it (nor what it loads)

    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=PART_PREFIX, suffix=PART_SUFFIX)
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
        os.chmod(partial, 0o644)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes, ours: bool = False) -> None:
    with written(path, ours) as file:
        file.write(data)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def is_stale_part(path: Path) -> bool:
    """A temporary file a killed build left: named as `write_bytes` names them (or as
    downloads do), and untouched for an hour."""
    name = path.name
    # `.json`: the state's temporary files, as earlier versions named them.
    ours = name.startswith(PART_PREFIX) and name.endswith((PART_SUFFIX, ".json"))
    if not (ours or name.startswith(".part-")):
        return False
    try:
        return time.time() - path.lstat().st_mtime > _STALE_AFTER
    except OSError:
        return False


def remove_stale_parts(folder: Path) -> None:
    """Remove the temporary files killed builds left in `folder` (not below it)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if not name.startswith((PART_PREFIX, ".part-")):
            continue  # most names, in a folder of many decks: no path made for them
        path = folder / name
        if is_stale_part(path):
            with suppress(OSError):  # removed by another build, or not ours to remove
                path.unlink()


def file_signature(path: Path | str) -> tuple[int, int] | None:
    """Size and modification time in nanoseconds: changes whenever anyone rewrites the file."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns
