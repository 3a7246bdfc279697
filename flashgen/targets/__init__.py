"""Where `flashgen sync` applies a build: a closed collection file, or a running Anki.

Both adapters do the same few things (`Target`), so the plan (sync_plan.py) is worked out once
and applied to either: read the notes of flashgen's note types, import deck files (Anki's
own importer adds and updates, judging each note by its `mod` as File › Import does), move
cards, tag, suspend, delete notes, and remove empty decks. `open_target` checks the target
before anything is built, and says in one line what is wrong and how to fix it.

`collection.py` (`CollectionFile`) is the only code that uses the `anki` library;
`anki_connect.py` (`AnkiConnect`) speaks the AnkiConnect add-on's HTTP JSON protocol with the
standard library, reading Anki's exports of its decks through `exports.py`; `held.py` has
what both read.
"""

from __future__ import annotations

from pathlib import Path

from flashgen.targets.anki_connect import ANKI_CONNECT_ADDON, DEFAULT_ANKI_CONNECT, AnkiConnect
from flashgen.targets.collection import INSTALL_ANKI, CollectionFile
from flashgen.targets.held import Held, HeldNote, Target

__all__ = [
    "ANKI_CONNECT_ADDON",
    "DEFAULT_ANKI_CONNECT",
    "INSTALL_ANKI",
    "AnkiConnect",
    "CollectionFile",
    "Held",
    "HeldNote",
    "Target",
    "open_target",
]


def open_target(
    collection: Path | None,
    anki_connect: str,
    key: str | None = None,
    dry_run: bool = False,
    scratch: Path | None = None,
    memory: Path | None = None,
) -> Target:
    """The target a sync applies to, checked: the collection file when one is given, else
    the running Anki (see `AnkiConnect` for `scratch` and `memory`)."""
    if collection is not None:
        return CollectionFile(collection, read_only=dry_run)
    return AnkiConnect(anki_connect, key, scratch, memory, remember=not dry_run)
