"""Paths taken from files nobody vetted (notes, the state and the cache beside the decks),
kept inside the folder they belong to.

Notes and output folders are shared through git and archives, so a note may name
`../../.ssh/id_rsa` as an image and a state file may name `../../VICTIM` as a deck file:
every such path is resolved (every `..` and symlink followed) and used only when it still
lies inside its folder.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


def confined(path: Path | str, folder: Path) -> Path | None:
    """`path` resolved, when it lies inside `folder` (itself resolved); None when a `..`, an
    absolute path or a symlink on the way leads anywhere else."""
    try:
        resolved = Path(path).resolve()
        return resolved if resolved.is_relative_to(folder.resolve()) else None
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL byte in the name
        return None


def file_in(folder: Path, name: str, resolved: Path | None = None) -> Path | None:
    """The file `name` directly in `folder` (not in a folder below it, not a symlink out of
    it); None for any other name. `resolved`: `folder.resolve()`, from a caller that asks
    of many names in one folder (resolving takes a system call for each part of its path)."""
    if not name or name in (".", "..") or "/" in name or os.sep in name or "\x00" in name:
        return None
    path = folder / name
    try:
        plain = not stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError:
        plain = True  # not there (yet): where it would be made
    except (OSError, ValueError):
        plain = False
    if plain:  # a plain name and no link: in the folder, with no file's path to resolve
        try:
            return (folder.resolve() if resolved is None else resolved) / name
        except (OSError, RuntimeError, ValueError):
            return None
    path = confined(path, folder)
    return path if path is not None and path.parent == folder.resolve() else None


def resolved_folder(folder: Path) -> Path | None:
    """`folder.resolve()` for `file_in`; None when it cannot be resolved (`file_in` then
    tries, and says None, for each name)."""
    try:
        return folder.resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def read_regular(path: Path) -> bytes:
    """The bytes of a regular file; OSError for anything else (a folder, or a FIFO or
    device, which would block a build forever), found without waiting on it."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", os.fspath(path))
        with os.fdopen(handle, "rb", closefd=False) as file:
            return file.read()
    finally:
        os.close(handle)
