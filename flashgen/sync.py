"""`flashgen sync`: apply a build straight to Anki, a closed collection file or a running Anki.

The plan (sync_plan.py) is applied through a target adapter (targets/): the deck files
with new or changed notes are imported by Anki's own importer, so it judges exactly as
an import does (a note is updated only when the build's copy is newer, so edits made
inside Anki to unchanged notes survive, and review history stays with each card); then
cards are moved into the deck their note names, and orphans are tagged, suspended or
deleted.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import replace
from pathlib import Path

from flashgen.build import BuildReport
from flashgen.config import Settings
from flashgen.sync_plan import REMOVED_TAG, Orphans, SyncPlan, plan_sync, read_build
from flashgen.targets import Target

ANKI_MEMORY = "anki.json"
"""In the decks' cache folder: what a running Anki's decks held when last read."""


def sync_build(
    target: Target, decks: Sequence[Path], orphans: Orphans, dry_run: bool, confirm=None
) -> SyncPlan:
    """Plan the build's sync into the target and, unless a dry run, apply it. `confirm(plan)`
    is asked before deleting anything; when it says no, nothing is changed."""
    plan = plan_sync(target.read(), read_build(decks), orphans)
    if dry_run:
        return plan
    if plan.retire and orphans is Orphans.DELETE and confirm is not None and not confirm(plan):
        raise SyncDeclined
    apply_plan(target, plan)
    return plan


def sync_collection(
    collection: Path, decks: Sequence[Path], orphans: Orphans = Orphans.TAG, dry_run: bool = False
) -> SyncPlan:
    """Apply a build's deck files to a closed collection file (see `sync_build`)."""
    from flashgen.targets import CollectionFile

    target = CollectionFile(collection, read_only=dry_run)
    try:
        return sync_build(target, decks, orphans, dry_run)
    finally:
        target.close()


def sync_notes(
    settings: Settings,
    build: Callable[[Settings], BuildReport],
    orphans: Orphans,
    dry_run: bool,
    confirm: Callable[[SyncPlan, str], bool] | None = None,
    kept: dict | None = None,
) -> tuple[BuildReport, SyncPlan, str]:
    """`flashgen sync`: check the target the settings name, `build(settings)`, then sync the
    build into the target; the build's report, the plan, and how the target is named.

    A dry run builds in a copy of the output folder. `confirm(plan, where)` is asked before
    deleting. With `kept` (all through a `--watch` run), the connection to a running Anki is
    kept from one sync to the next, and with it what was read of Anki; a collection file
    is opened each time, so that it is closed between saves.
    """
    from flashgen.cache import cache_folder
    from flashgen.targets import open_target

    where = (settings.collection, settings.anki_connect, settings.anki_connect_key)
    keep = kept is not None and settings.collection is None
    target = kept.pop(where, None) if keep else None
    if keep:
        kept.clear()  # so a sync that fails (Anki closed) connects afresh the next time
    if target is None:
        scratch = settings.out.absolute().parent  # where Anki can write, as it reads decks/
        memory = cache_folder(settings.out) / ANKI_MEMORY
        target = open_target(*where, dry_run=dry_run, scratch=scratch, memory=memory)
    asked = None if confirm is None else (lambda plan: confirm(plan, target.where))
    try:
        with ExitStack() as stack:
            if dry_run:  # built aside, so neither the decks nor the state change
                settings = replace(settings, out=stack.enter_context(scratch_copy(settings.out)))
            report = build(settings)
            plan = sync_build(target, report.decks_written, orphans, dry_run, asked)
    finally:
        if not keep:
            target.close()
    if keep:
        # Read what this sync changed now, while the student is still typing: the next
        # save then waits only for what it changes itself.
        target.read()
        kept[where] = target
    return report, plan, target.where


class SyncDeclined(Exception):
    """The student said no to the deletions: nothing was changed."""


def apply_plan(target: Target, plan: SyncPlan) -> None:
    """Import the deck files, then do what an import cannot. The plan's notes were already
    in the target, and an import keeps a note's id, so the ids it holds still stand."""
    if len(plan.imports) > 1:
        from flashgen.apkg import merge_packages

        # Beside the deck files, where Anki reads them (a sandboxed Anki has its own /tmp).
        beside = plan.imports[0].parent
        with tempfile.TemporaryDirectory(dir=beside, prefix=".flashgen-sync-") as folder:
            package = Path(folder) / "flashgen.apkg"
            merge_packages(plan.imports, package)
            target.import_decks([package])
    else:
        target.import_decks(plan.imports)
    by_deck: dict[str, list[int]] = {}
    for move in plan.move:
        by_deck.setdefault(move.card.deck, []).extend(move.note.card_ids)
    for deck, card_ids in sorted(by_deck.items()):
        target.move(card_ids, deck)
    for tag, notes in sorted(plan.untagged.items()):
        target.tag([note.id for note in notes], tag)
    if plan.restore:
        target.tag([note.id for note in plan.restore], REMOVED_TAG, add=False)
        target.suspend([c for note in plan.restore for c in note.card_ids], suspend=False)
    retired = [orphan.note for orphan in plan.retire]
    if retired and plan.orphans is Orphans.DELETE:
        target.delete([note.id for note in retired])
    elif retired:
        target.tag([note.id for note in retired], REMOVED_TAG)
    if plan.orphans is Orphans.SUSPEND and (retired or plan.tagged):
        target.suspend([c for note in retired + plan.tagged for c in note.card_ids])
    emptied = [m.from_deck for m in plan.move if _same_deck_other_prefix(m.from_deck, m.card.deck)]
    if plan.orphans is Orphans.DELETE:
        emptied += [deck for note in retired for deck in note.decks]
    if emptied:
        plan.decks_removed = target.remove_empty_decks(emptied)


def _same_deck_other_prefix(old: str, new: str) -> bool:
    """A move made by a change of `deck_prefix` (`AWS::S3` → `CS::AWS::S3`): the deck left
    is one flashgen made, so it goes once empty; a deck the student moved a card into stays."""
    return new.endswith("::" + old) or old.endswith("::" + new)


@contextmanager
def scratch_copy(out: Path) -> Iterator[Path]:
    """A copy of the output folder beside it, removed afterwards: a dry run builds there,
    so neither the decks nor the state change. Beside it, so the state's paths (relative
    to its folder) name the same notes."""
    parent = Path(out).absolute().parent
    made = [folder for folder in (parent, *parent.parents) if not folder.exists()]
    parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(dir=parent, prefix=".flashgen-dry-run-"))
    try:
        if Path(out).is_dir():
            shutil.copytree(out, scratch, symlinks=True, dirs_exist_ok=True)
        yield scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        for folder in made:  # deepest first
            with suppress(OSError):
                folder.rmdir()
