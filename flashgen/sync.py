"""`flashgen sync`: apply a build straight to Anki, a closed collection file or a running Anki.

An `.apkg` import adds and updates notes, but never moves a card to another deck and
never deletes one. Sync works out one plan from the build and what the target holds
(`plan_sync`), then applies it through a target adapter (targets.py): the deck files
with new or changed notes are imported by Anki's own importer, so it judges exactly
as an import does (a note is updated only when the build's copy is newer, so edits
made inside Anki to unchanged notes survive, and review history stays with each
card); then cards are moved into the deck their note names, and the notes whose
source is gone (orphans) are tagged, suspended or deleted.

Only this project's notes are touched: a note of flashgen's note types whose GUID the
state beside the decks knows (every note ever built into that folder), or that carries
the project's tag (`flashgen::project::<id>`, which a build gives its cards and a sync
every card of the build). A note the student made by hand with a flashgen note type, or
another project's, is left alone.
"""

from __future__ import annotations

import html
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from flashgen.build import BuildReport
from flashgen.config import Settings
from flashgen.model import cloze_filled
from flashgen.stamps import CardRecord, Stamp, project_tag
from flashgen.state import load_stamps
from flashgen.targets import Held, HeldNote, Target

REMOVED_TAG = "flashgen::removed"
"""Tags a note whose source is gone, so the student can review and delete it in Anki."""

ANKI_MEMORY = "anki.json"
"""In the decks' cache folder: what a running Anki's decks held when last read."""

_MOVES_SHOWN = 10
"""Moves listed by name; orphans are always listed, since only the student can judge them."""


class Orphans(StrEnum):
    """What happens to a note whose source is gone."""

    TAG = "tag"
    """Tagged `flashgen::removed`, still studied."""
    SUSPEND = "suspend"
    """Tagged and suspended: out of the reviews, history kept."""
    DELETE = "delete"


def chosen_orphans(orphans: str | None, delete: bool, watch: bool, would_ask: bool) -> Orphans:
    """`--orphans` and `--delete` as one choice (tag, when neither is given). ValueError when
    they say two things, or when deleting would stop to ask (`would_ask`: no `--yes`, no dry
    run) in a `--watch` run, which cannot."""
    if delete and orphans not in (None, "delete"):
        raise ValueError(f"--delete and --orphans {orphans} say two things: give one")
    chosen = Orphans.DELETE if delete else Orphans(orphans or "tag")
    if watch and chosen is Orphans.DELETE and would_ask:
        raise ValueError("--watch with --orphans delete needs --yes: it cannot stop to ask")
    return chosen


_RETIRING = {
    Orphans.TAG: (f"tag {REMOVED_TAG}", f"tagged {REMOVED_TAG}"),
    Orphans.SUSPEND: ("suspend", f"suspended and tagged {REMOVED_TAG}"),
    Orphans.DELETE: ("delete", "deleted"),
}
"""What is done to orphans, as planned and as done."""


@dataclass(frozen=True)
class Moved:
    note: HeldNote
    card: CardRecord
    from_deck: str


@dataclass(frozen=True)
class Orphan:
    """A note in the target that the build no longer has."""

    note: HeldNote
    question: str
    """What its front asks, as plain text."""
    source: str
    deck: str


@dataclass
class SyncPlan:
    """What sync does, or did, to a target."""

    orphans: Orphans = Orphans.TAG
    add: list[CardRecord] = field(default_factory=list)
    update: list[CardRecord] = field(default_factory=list)
    move: list[Moved] = field(default_factory=list)
    retire: list[Orphan] = field(default_factory=list)
    """Orphans to tag, suspend or delete (already tagged ones are left, unless deleting)."""
    tagged: list[HeldNote] = field(default_factory=list)
    """Orphans tagged by an earlier sync: suspended too when the orphans are (not listed)."""
    restore: list[HeldNote] = field(default_factory=list)
    """Notes back in the build that carry the removed tag: untagged (and unsuspended)."""
    untagged: dict[str, list[HeldNote]] = field(default_factory=dict)
    """Project tag → notes of the build without it (imported before the project had one);
    an import tags only the notes it adds or updates."""
    imports: list[Path] = field(default_factory=list)
    """The deck files to import: those with new or changed notes."""
    decks_removed: list[str] = field(default_factory=list)
    """Decks emptied by this sync, and so removed (filled in when applied)."""

    def describe(self, dry_run: bool, where: str) -> list[str]:
        """The plan in a student's words: counts first, then each move and each orphan by
        name, since those are what an import would not have done."""
        retire = _RETIRING[self.orphans]
        verbs = [("add", "added"), ("update", "updated"), ("move", "moved"), retire]
        sizes = [len(self.add), len(self.update), len(self.move), len(self.retire)]
        if dry_run:
            head = f"sync plan (dry run, nothing is changed) for {where}: "
            counts = [f"{size} to {verb}" for size, (verb, _) in zip(sizes, verbs, strict=True)]
        else:
            head = f"synced into {where}: "
            counts = [f"{size} {done}" for size, (_, done) in zip(sizes, verbs, strict=True)]
        moved, retired = ("move", retire[0]) if dry_run else ("moved", retire[1])
        moves = [f"  {moved}: {m.card.question} ({m.from_deck} → {m.card.deck})" for m in self.move]
        if len(moves) > _MOVES_SHOWN:  # a new deck prefix moves every card: show a few
            moves[_MOVES_SHOWN - 1 :] = [f"  … and {len(moves) - _MOVES_SHOWN + 1} more"]
        return [
            head + ", ".join(counts),
            *moves,
            *(f"  {retired}: {r.question} ({r.source}, {r.deck})" for r in self.retire),
            *(f"  removed the emptied deck {deck}" for deck in self.decks_removed),
        ]

    def as_json(self, dry_run: bool, where: str) -> dict:
        def card(record: CardRecord) -> dict:
            return {"deck": record.deck, "question": record.question, "source": record.source}

        return {
            "target": where,
            "dry_run": dry_run,
            "orphans": str(self.orphans),
            "add": [card(c) for c in self.add],
            "update": [card(c) for c in self.update],
            "move": [{**card(m.card), "from_deck": m.from_deck} for m in self.move],
            "retire": [
                {"deck": r.deck, "question": r.question, "source": r.source} for r in self.retire
            ],
            "decks_removed": list(self.decks_removed),
        }


@dataclass(frozen=True)
class Build:
    """What sync takes of a build: its stamps, read from the state beside the decks."""

    built: dict[str, Stamp]
    """GUID → stamp of each card in the build's deck files."""
    live: set[str]
    """Also the cards of notes a partial build did not read: kept, not orphaned."""
    known: set[str]
    """Every GUID ever built into these folders: the notes of this project."""
    note_type_mods: dict[int, int]
    deck_files: dict[str, Path]
    project_tags: dict[str, str] = field(default_factory=dict)
    """GUID of a built card → its project's tag (none for a state without a project)."""
    projects: set[str] = field(default_factory=set)
    """The tags of the projects built into these folders."""


def read_build(decks: Sequence[Path]) -> Build:
    built: dict[str, Stamp] = {}
    live: set[str] = set()
    known: set[str] = set()
    note_type_mods: dict[int, int] = {}
    tags: dict[str, str] = {}
    projects: set[str] = set()
    names = {deck.name for deck in decks}
    for folder in {deck.parent for deck in decks}:
        stamps = load_stamps(folder)
        known.update(stamps.known)
        tag = project_tag(stamps.project) if stamps.project else ""
        projects.update([tag] if tag else [])
        for guid, stamp in stamps.known.items():
            if stamp.live:
                live.add(guid)
                if stamp.card and stamp.card.deck_file in names:
                    built[guid] = stamp
                    if tag:
                        tags[guid] = tag
        for type_id, stamp in stamps.note_types.items():
            note_type_mods[type_id] = max(stamp.mod, note_type_mods.get(type_id, 0))
    deck_files = {deck.name: deck for deck in decks}
    return Build(built, live, known, note_type_mods, deck_files, tags, projects)


def is_ours(note: HeldNote, build: Build) -> bool:
    """A note this project made: one its builds gave (its GUID is in their state), or one
    tagged with its project (the state may have been lost). The note type alone does not
    tell, since a student can make notes with it by hand."""
    return note.guid in build.known or not build.projects.isdisjoint(note.tags)


def plan_sync(held: Held, build: Build, orphans: Orphans = Orphans.TAG) -> SyncPlan:
    """What applying the build would do: compare the target's notes of this project with it."""
    plan = SyncPlan(orphans=orphans)
    ours = {note.guid: note for note in held.notes if is_ours(note, build)}
    imports: set[str] = set()
    for guid, stamp in build.built.items():
        card = stamp.card or CardRecord("", "", "")
        have = ours.get(guid)
        if have is None:
            plan.add.append(card)
            imports.add(card.deck_file)
            continue
        if have.mod < stamp.mod:
            plan.update.append(card)
            imports.add(card.deck_file)
        away = [deck for deck in have.decks if deck != card.deck]
        if away:
            plan.move.append(Moved(have, card, away[0]))
        if REMOVED_TAG in have.tags:
            plan.restore.append(have)
        tag = build.project_tags.get(guid)
        if tag and tag not in have.tags:
            plan.untagged.setdefault(tag, []).append(have)
    # A note type newer in the build (a new flashgen restyled the cards) reaches Anki with
    # any deck file carrying it (one the target has not got yet comes with its notes, all
    # new). Anki stamps a note type it updates with the time of the import, not the deck
    # file's, so one stays older only until imported once.
    held_types = held.note_type_mods
    older = {i for i, mod in build.note_type_mods.items() if held_types.get(i, mod) < mod}
    if older:
        from flashgen.apkg import note_types_in

        for name, path in sorted(build.deck_files.items()):
            if not older:
                break
            carried = note_types_in(path) & older
            if carried:
                imports.add(name)
                older -= carried
    plan.imports = [build.deck_files[name] for name in sorted(imports) if name in build.deck_files]
    for guid, have in ours.items():
        if guid in build.live:
            continue
        if orphans is not Orphans.DELETE and REMOVED_TAG in have.tags:
            plan.tagged.append(have)
        else:
            plan.retire.append(
                Orphan(have, _plain(have.sort_field), _plain(have.source), ", ".join(have.decks))
            )
    plan.retire.sort(key=lambda r: (r.source, r.deck, r.question))
    return plan


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


_TAG = re.compile(r"<[^>]+>")


def _plain(field_html: str) -> str:
    """A field as a line of text to name its note by: no markup, cloze gaps filled in."""
    return " ".join(html.unescape(_TAG.sub(" ", cloze_filled(field_html))).split())
