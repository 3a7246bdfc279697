"""`flashgen build`: notes in, decks out.

Two phases, as a build tool should: first every note is turned into cards
(note_summaries.py, note_cards.py; a bad note is reported and left out), then the deck
files are written, each atomically (deck_jobs.py, decks.py). Both are pure functions of
their input (a note file, a deck file), so both run in worker processes when there are
many notes. This module runs them, then keeps the state: renamed cards paired, stale
deck files removed. Between the phases the cards wait in the cache (cache.py), which is
also how a rebuild skips the notes and decks that did not change, and why memory stays
flat however many notes there are.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from flashgen.cache import (
    DeckRecord,
    Manifest,
    NoteSummary,
    cache_folder,
    load_manifest,
    save_manifest,
)
from flashgen.config import Settings, unmatched_skips
from flashgen.deck_jobs import (
    DeckJob,
    DeckOutcome,
    is_up_to_date,
    plan_deck_jobs,
    share_stamps,
    write_deck_job,
)
from flashgen.decks import made_by_flashgen
from flashgen.errors import FlashgenError, Problem
from flashgen.identity import card_id
from flashgen.note_cards import (
    MEDIA_CACHE,
)
from flashgen.note_files import find_note_files
from flashgen.note_summaries import summarise_notes
from flashgen.sources import NoteFile
from flashgen.stamps import Changes, Stamps, source_date_epoch
from flashgen.state import STATE_DIR, load_stamps, save_stamps, state_signature
from flashgen.workers import Steps, rare_collections, workers
from flashgen.writes import remove_stale_parts


@dataclass
class BuildReport:
    notes_read: int = 0
    decks_written: list[Path] = field(default_factory=list)
    """Every deck file of this build, written now or still up to date from the last."""
    decks_unchanged: int = 0
    cards: int = 0
    """Notes written, each one card of ours: what the change report counts."""
    anki_cards: int = 0
    """The cards Anki makes of them: a reversed note is two, a cloze note one a gap."""
    cards_per_deck: dict[Path, int] = field(default_factory=dict)
    cards_by_rule: Counter[str] = field(default_factory=Counter)
    """How many of the cards each recogniser made, so a writer sees where they came from."""
    problems: list[Problem] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    """New, updated and removed cards since the last build into the same folder."""
    state_lost: bool = False
    """Deck files were there but no state beside them: every card counts as new."""

    @property
    def failed(self) -> bool:
        return any(problem.is_error for problem in self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if not problem.is_error]


def build(settings: Settings, progress: Callable[[int, int], None] | None = None) -> BuildReport:
    """Build decks from every note under `settings.sources` into `settings.out`.

    Work already done by an earlier build into the same folder is reused (see cache.py):
    a note whose key is cached is not built again, and a deck file whose inputs are
    unchanged is not rewritten. The decks are the same bytes either way.

    `progress(done, total)` is told after each note is read and each deck written.
    """
    with rare_collections():
        try:
            return _build(settings, progress)
        except OSError as error:  # the output folder: read-only, full, or not a folder
            message = f"cannot write the decks in {settings.out.as_posix()}: {_os_reason(error)}"
            raise FlashgenError(message) from error


def _reclaim(folder: Path) -> Problem | None:
    """A folder of flashgen's own beside the decks that is a symlink or a file is removed
    (a symlink's target is left alone), so the build writes and deletes only inside the
    output folder: a shared `decks/` may hold `.flashgen-cache -> ~/somewhere`."""
    if not folder.is_symlink() and (folder.is_dir() or not folder.exists()):
        return None
    folder.unlink()
    return Problem(folder.as_posix(), "not a folder (a symlink or a file): removed, and made anew")


def _os_reason(error: OSError) -> str:
    """`decks/x.json: No space left on device`: the file, and why, without Python's wording."""
    reason = error.strerror or str(error)
    return f"{Path(error.filename).as_posix()}: {reason}" if error.filename else reason


def _build(settings: Settings, progress: Callable[[int, int], None] | None) -> BuildReport:
    out = settings.out
    files = find_note_files(settings)
    # Until the deck files are planned, guess one per note.
    tick = Steps(progress, total=2 * len(files))

    folder = cache_folder(out)
    report = BuildReport()
    for own in (folder, folder / "notes", out / STATE_DIR, out / MEDIA_CACHE):
        if (problem := _reclaim(own)) is not None:
            report.problems.append(problem)
    manifest = load_manifest(folder)
    if manifest.problem is not None:
        report.problems.append(manifest.problem)
    summaries = summarise_notes(files, manifest, folder, settings, tick)

    for file, summary in zip(files, summaries, strict=True):
        problems = summary.problems_for(file.shown)
        report.problems.extend(problems)
        if file.refusal is None and not any(problem.is_error for problem in problems):
            report.notes_read += 1

    signature = state_signature(out)
    report.state_lost = signature is None and any(Path(out).glob("*.apkg"))
    if signature != manifest.state:
        manifest.decks.clear()  # stamped from other stamps than those on disk now
    jobs_to_write, unchanged = [], []
    plan_jobs = plan_deck_jobs(files, summaries, settings)
    for job in plan_jobs:
        record = manifest.decks.get(job.filename)
        if record is not None and is_up_to_date(os.path.join(out, job.filename), job, record):
            unchanged.append((job, record))
        else:
            jobs_to_write.append(job)
    tick.total = tick.done + len(jobs_to_write)

    planned = {job.filename for job in plan_jobs}
    vanished = set(manifest.decks) - planned
    to_read = {job.filename for job in jobs_to_write} | vanished
    stamps = load_stamps(out, to_read, planned) if to_read else Stamps()
    report.problems.extend(stamps.problems)
    new_project = bool(to_read) and not stamps.project
    if new_project:
        stamps.project = _project_id(files)
    note_type_mods = {}
    if jobs_to_write:
        from flashgen.apkg import note_type_fingerprints

        newest = _newest_change(manifest.files)
        note_type_mods = stamps.stamp_note_types(note_type_fingerprints(), newest)
    write = partial(write_deck_job, folder=folder, note_type_mods=note_type_mods)
    shared = (stamps.known, stamps.aliases, stamps.project, _inputs_time(settings))
    with workers(len(jobs_to_write), settings.jobs, share_stamps, shared) as run:
        outcomes = run(write, jobs_to_write, tick)

    decks: dict[str, DeckRecord] = {}
    for job, record in unchanged:
        decks[job.filename] = record
        report.problems.extend(Problem(*problem) for problem in record.problems)
    damaged_entries = [problem for outcome in outcomes for problem in outcome.damaged]
    if damaged_entries:  # one line, however many: the cache is rebuilt either way
        first, more = damaged_entries[0], len(damaged_entries) - 1
        if more:
            first = replace(first, message=f"{first.message} (and {more} more such files)")
        report.problems.append(first)
    for job, outcome in zip(jobs_to_write, outcomes, strict=True):
        if outcome.record is not None:
            stamps.record(outcome.stamps, job.filename)
    gone: list[str] = []
    if jobs_to_write or vanished:
        read = _notes_read(stamps, files, summaries)
        written = zip(jobs_to_write, outcomes, strict=True)
        kept = {job.filename for job, _ in unchanged}
        kept |= {job.filename for job, outcome in written if outcome.record is None}
        gone = stamps.gone(read, kept)
        outcomes = _keep_renamed(stamps, gone, jobs_to_write, outcomes, write, settings)
    for job, outcome in zip(jobs_to_write, outcomes, strict=True):
        report.problems.extend(outcome.problems)
        if outcome.record is not None:
            decks[job.filename] = outcome.record
    for filename in sorted(decks):
        path = out / filename
        report.decks_written.append(path)
        report.cards += decks[filename].cards
        report.anki_cards += decks[filename].anki_cards
        report.cards_per_deck[path] = decks[filename].anki_cards
        report.cards_by_rule.update(dict(decks[filename].rules))
    report.decks_unchanged = len(unchanged)
    skipped = [card for record in decks.values() for card in record.skipped]
    report.problems.extend(unmatched_skips(settings, skipped))

    if jobs_to_write or vanished:
        changes = stamps.close_build(gone)
        deleted = _remove_stale_decks(stamps, out, planned, set(decks))
        unchanged_cards = changes.unchanged + sum(r.cards for _, r in unchanged)
        report.changes = replace(changes, unchanged=unchanged_cards, deleted_files=deleted)
    else:
        report.changes = Changes(unchanged=report.cards)
    changed = report.changes.removed or report.changes.deleted_files or new_project
    if len(decks) > len(unchanged) or changed:
        save_stamps(stamps, out)
    notes = {summary.note_key: summary for summary in summaries if summary.note_key}
    # A deck file of notes this build was not given stays known, to be looked at again.
    others = {name: manifest.decks[name] for name in vanished & stamps.deck_files}
    updated = Manifest(notes, {**others, **decks}, state_signature(out), manifest.files)
    if updated != manifest or manifest.problem is not None:
        save_manifest(folder, updated)
    for where in (out, folder, out / STATE_DIR, out / MEDIA_CACHE):
        remove_stale_parts(where)
    return report


def _notes_read(stamps: Stamps, files: list[NoteFile], summaries: list[NoteSummary]) -> set[str]:
    """The notes this build read: a card gone from one of them is gone from the notes. A
    note that could not be read keeps its cards, rather than have them reported gone."""
    return {
        stamps.file_key(file.path)
        for file, summary in zip(files, summaries, strict=True)
        if not any(is_error for _, _, is_error in summary.problems)
    }


def _keep_renamed(
    stamps: Stamps,
    gone: list[str],
    jobs: list[DeckJob],
    outcomes: list[DeckOutcome],
    write: Callable[[DeckJob], DeckOutcome],
    settings: Settings,
) -> list[DeckOutcome]:
    """Pair the cards gone from the notes with those never met before (renames.py); each
    pair keeps the old GUID, so the deck files holding them are written again."""
    fresh = stamps.appeared()
    if settings.skip_cards:  # a card the writer left out is gone by their choice: no rename
        gone = [guid for guid in gone if card_id(guid) not in settings.skip_cards]
    if not gone or not fresh:
        return outcomes
    from flashgen.renames import pair_renames, seen

    def known(guids: list[str]):
        return [(guid, seen(card)) for guid in guids if (card := stamps.known[guid].card)]

    pairs = pair_renames(known(gone), known(fresh))
    if not pairs:
        return outcomes
    again = set()
    for old, new in pairs:
        again.add(stamps.known[new].card.deck_file)
        stamps.rename(old, new)
    redo = [index for index, job in enumerate(jobs) if job.filename in again]
    shared = (stamps.known, stamps.aliases, stamps.project, _inputs_time(settings))
    with workers(len(redo), settings.jobs, share_stamps, shared) as run:
        rewritten = run(write, [jobs[index] for index in redo], lambda: None)
    outcomes = list(outcomes)
    for index, outcome in zip(redo, rewritten, strict=True):
        outcomes[index] = outcome
        if outcome.record is not None:
            stamps.record(outcome.stamps, jobs[index].filename)
    return outcomes


def _remove_stale_decks(
    stamps: Stamps, out: Path, planned: set[str], built: set[str]
) -> tuple[str, ...]:
    """Delete the deck files an earlier build wrote here that this one no longer writes
    and that hold no card still in the notes, so importing `decks/*.apkg` brings no
    deleted card back. Only files flashgen wrote (remembered in the state) are touched."""
    holding = {stamp.card.deck_file for stamp in stamps.known.values() if stamp.live and stamp.card}
    deleted = []
    for name in sorted(stamps.deck_files - planned - holding):
        if made_by_flashgen(out / name):  # a plain name: see state.load_stamps
            try:
                (out / name).unlink()
                deleted.append(name)
            except FileNotFoundError:
                pass
            except OSError:
                continue  # tried again next time
        stamps.deck_files.discard(name)
    stamps.deck_files |= built
    return tuple(deleted)


def _project_id(files: list[NoteFile]) -> str:
    """A new project's id, kept in the state from then on: from the names of the notes of its
    first build (relative to their folder), so that two folders of notes get two ids, and two
    checkouts of one the same whichever flashgen, settings or machine builds them."""
    names = sorted(file.name for file in files)
    return hashlib.sha256("\x1f".join(names).encode()).hexdigest()[:12]


def _inputs_time(settings: Settings) -> int:
    """When the settings file, an input every card shows beside its note, last changed:
    a card whose content changed is stamped no older, so a tag added there reaches a card
    edited in Anki before it. flashgen's own time is not taken: a new version's way of
    rendering reaches every card not edited in Anki, and leaves the edits alone."""
    if settings.config_file is None:
        return 0
    try:
        return int(settings.config_file.stat().st_mtime)
    except OSError:
        return 0


def _newest_change(seen: dict[str, tuple[int, int, str]]) -> int:
    """When the newest note changed: what a note type changed with no stamp of its own takes.

    Read from the times this build saw the notes with (`Manifest.files`), not asked of every
    file again."""
    epoch = source_date_epoch()
    if epoch is not None:
        return epoch
    return max((mtime_ns // 1_000_000_000 for _, mtime_ns, _ in seen.values()), default=0)
