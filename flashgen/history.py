"""When a note last changed, as git knows it: the time of the last commit that touched it.

A card met for the first time (no state beside the decks: a fresh clone, a lost state)
is stamped with when its note changed. A file's modification time says when it was
checked out, which is newer than the truth, and an import would then overwrite every
edit the student made inside Anki. The last commit touching the note is the truth, as
long as the file is as committed; a file changed since is left to its own time.

Git is asked as a reader only: no hooks, no fsmonitor, no filters, no pager, with a
timeout, and only where git is installed and the notes are in a work tree (a folder with
no repository above it does not start git at all). The answers are kept per process, and
asked again when the repository's index changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from functools import lru_cache
from pathlib import Path

from flashgen.writes import file_signature

_TIMEOUT = 10
_SAFE = (
    "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "log.showSignature=false",
    "-c", "core.quotePath=false", "--no-pager", "--no-optional-locks",
)  # fmt: skip


def committed_time(path: Path) -> int | None:
    """When the last commit touching `path` was made, if the file is tracked and unchanged
    since (neither edited nor staged); None when that is not known."""
    try:
        path = path.resolve()
        repo = _repository(path.parent.as_posix())
        if repo is None:
            return None
        top, index = repo
        relative = path.relative_to(top).as_posix()
        snapshot = _snapshot(top, file_signature(index) or (0, 0))
        if snapshot is None or relative in snapshot.staged:
            return None
        blob = snapshot.blobs.get(relative)
        if blob is None or _blob_id(path.read_bytes(), len(blob)) != blob:
            return None
        return snapshot.times.get(relative)
    except (OSError, ValueError):
        return None


class _Snapshot:
    def __init__(self, blobs: dict[str, str], staged: set[str], times: dict[str, int]):
        self.blobs, self.staged, self.times = blobs, staged, times


def _git(folder: str, *args: str) -> str | None:
    if shutil.which("git") is None:
        return None
    import subprocess  # here: notes outside any repository never start git

    environment = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    try:
        done = subprocess.run(
            ["git", *_SAFE, "-C", folder, *args],
            capture_output=True,
            timeout=_TIMEOUT,
            env={**environment, "GIT_TERMINAL_PROMPT": "0"},
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "surrogateescape")


@lru_cache(maxsize=4096)
def _repository(folder: str) -> tuple[Path, Path] | None:
    """The work tree a folder is in, and its index file."""
    if not _may_be_in_repository(Path(folder)):
        return None
    found = _git(folder, "rev-parse", "--show-toplevel", "--git-path", "index")
    if found is None:
        return None
    lines = found.splitlines()
    if len(lines) != 2:
        return None
    top = Path(lines[0]).resolve()
    index = Path(lines[1]) if os.path.isabs(lines[1]) else Path(folder) / lines[1]
    return top, index


def _may_be_in_repository(folder: Path) -> bool:
    """Whether git could find a repository from `folder`: it looks in the folder and each
    one above for a `.git`, or for a folder that is a repository itself (it holds a HEAD).
    Where none of them has either, git would find none; not asking it saves starting it."""
    return any(
        os.path.lexists(place / ".git") or os.path.lexists(place / "HEAD")
        for place in (folder, *folder.parents)
    )


@lru_cache(maxsize=4)
def _snapshot(top: Path, _index: tuple[int, int]) -> _Snapshot | None:
    """The repository's tracked files (blob ids), those staged, and each file's last
    commit time, read in three commands."""
    folder = top.as_posix()
    listed = _git(folder, "ls-files", "-s", "-z")
    staged = _git(folder, "diff-index", "--cached", "--name-only", "-z", "HEAD")
    log = _git(folder, "log", "--format=%x01%ct", "--name-only", "-z", "--no-renames", "HEAD")
    if listed is None or staged is None or log is None:
        return None
    blobs = {}
    for entry in filter(None, listed.split("\0")):
        info, _, name = entry.partition("\t")
        blobs[name] = info.split(" ")[1]
    times: dict[str, int] = {}
    when = 0
    for field in log.split("\0"):
        for part in field.split("\n"):
            if part.startswith("\x01"):
                when = int(part[1:])
            elif part:
                times.setdefault(part, when)
    return _Snapshot(blobs, set(filter(None, staged.split("\0"))), times)


def _blob_id(data: bytes, length: int) -> str:
    """The id git gives a file of these bytes (no filters): SHA-1, or SHA-256 repositories'."""
    digest = hashlib.sha1 if length == 40 else hashlib.sha256
    return digest(b"blob %d\0" % len(data) + data).hexdigest()
