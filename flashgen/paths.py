"""Paths taken from files nobody vetted (notes, images, what a build left in its folder),
kept inside the folder they belong to.

One rule for all of them: a path is followed through every symbolic link, and used only
if where it ends is inside the folder (itself followed through its links). So `../x`,
an absolute path, and a link pointing out of the folder are all refused alike.
"""

from __future__ import annotations

import os
from pathlib import Path


class OutsideFolder(ValueError):
    """A path that leads out of the folder it must stay in."""


def confined(folder: Path, path: str | os.PathLike[str]) -> Path:
    """`folder / path`, every link followed, when it stays inside `folder`; else OutsideFolder.

    A link loop is not resolved (the path is returned as it is, and reading it then fails
    with an OSError saying so), since no loop leads anywhere."""
    root = os.path.realpath(folder)
    target = os.path.realpath(os.path.join(root, path))
    if os.path.commonpath((root, target)) != root:
        raise OutsideFolder(f"{os.fspath(path)} leads outside {os.fspath(folder)}")
    return Path(target)
