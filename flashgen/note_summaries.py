"""A build's first phase: each note's summary (its decks, its card count, its problems).

A note unchanged since the last build is summarised from the cache's manifest without being
read; any other is built (note_cards.py) in a worker process, which keeps its cards in the
cache for the deck files (deck_jobs.py) and returns the summary.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from flashgen.cache import Manifest, NoteSummary, note_key, save_entry, vouch_for
from flashgen.config import Settings
from flashgen.errors import NoteError
from flashgen.note_cards import cards_of_note, load_note_building, remote_images
from flashgen.sources import NoteFile, note_bytes
from flashgen.stamps import source_date_epoch
from flashgen.workers import workers
from flashgen.writes import file_signature


def summarise_notes(
    files: list[NoteFile],
    manifest: Manifest,
    folder: Path,
    settings: Settings,
    tick: Callable[[], None],
) -> list[NoteSummary]:
    """Each note's summary: from the manifest when its cards are cached, else by building it."""
    shaping = _card_settings(settings)
    summaries: dict[int, NoteSummary] = {}
    missing: list[tuple[int, NoteFile, str | None, bytes | None]] = []
    signatures: dict[int, tuple[int, int]] = {}  # of the notes whose key is worked out later
    files_seen = manifest.files
    manifest.files = {}
    # With no note's cards known (a first build), no key can find a summary: each note's key
    # is worked out where it is built, from the bytes its cards are made of (read once, and
    # never all held here at once).
    cold = not manifest.notes
    for index, file in enumerate(files):
        seen_as = f"{shaping}\x1f{file.shown}"
        signature = file_signature(file.path)
        data = None  # the note's bytes, when read here: its cards are made of them, not read again
        if signature is not None and files_seen.get(seen_as, (None,))[:2] == signature:
            key = files_seen[seen_as][2]  # untouched since it was last read, as make assumes
        elif cold:
            if signature is not None:
                signatures[index] = signature
            missing.append((index, file, None, None))
            continue
        else:
            try:
                data = note_bytes(file)
                key = note_key(file.name, data, shaping)
            except NoteError:
                key = ""  # not to be read: cards_of_note says why, and nothing is cached
        if key and signature is not None:
            manifest.files[seen_as] = (*signature, key)
        known = manifest.notes.get(key)
        if known is not None and known.is_current():
            summaries[index] = known  # should its cards have gone missing, they are built again
            tick()
        else:
            missing.append((index, file, key, data))
    with workers(len(missing), settings.jobs, before_fork=load_note_building) as run:
        built = run(partial(summarise_note, settings=settings, folder=folder), missing, tick)
    for (index, file, *_), (summary, digest) in zip(missing, built, strict=True):
        summaries[index] = summary
        if digest is not None:
            vouch_for(summary.key, digest)
        if index in signatures and summary.note_key:
            manifest.files[f"{shaping}\x1f{file.shown}"] = (*signatures[index], summary.note_key)
    return [summaries[index] for index in range(len(files))]


def _card_settings(settings: Settings) -> str:
    """The settings that shape a note's cards (not where the decks go, or how they split)."""
    return repr(
        (
            settings.encoding,
            settings.download_media,
            sorted(settings.rules_off),
            settings.reverse_definitions,
            settings.tags,
            settings.only_tagged,
            source_date_epoch(),  # the time every note is taken to have changed, when set
        )
    )


def summarise_note(
    task: tuple[int, NoteFile, str | None, bytes | None], settings: Settings, folder: Path
) -> tuple[NoteSummary, bytes | None]:
    """Build one note's cards, keep them in the cache, and say what they were, with a
    digest of the cache entry written (None: none was). The task holds the note's cache
    key and bytes when they are known already (a None key: worked out here)."""
    _, file, key, data = task
    if key is None:
        try:
            data = note_bytes(file)
            key = note_key(file.name, data, _card_settings(settings))
        except NoteError:
            key = ""  # not to be read: cards_of_note says why, and nothing is cached
    result = cards_of_note(file, settings, remote_images(settings), data=data)
    problems = (*result.notices, *((result.problem,) if result.problem else ()))
    depends = tuple(
        sorted(
            (path.as_posix(), *(file_signature(path) or _ABSENT)) if path else _UNFETCHED
            for path in result.looked_at
        )
    )
    summary = NoteSummary(
        note_key=key,
        decks=tuple(dict.fromkeys([card.deck[:2] for card in result.cards])),
        cards=len(result.cards),
        problems=tuple((p.message, p.line, p.is_error) for p in problems),
        depends=depends,
    )
    if not key:
        return summary, None
    # Under the key the deck files read it by, which counts the images the cards pack.
    entry = (result.cards, result.changed_at)
    return summary, save_entry(folder, summary.key, entry, made_here=True)


_ABSENT = (-1, -1)
"""The signature of an image file that was not there."""
_UNFETCHED = ("", -1, -1)
"""A remote image that could not be fetched, or a fault on the note: always worth trying
again."""
