"""A running Anki, through the AnkiConnect add-on's HTTP JSON protocol (version 6)."""

from __future__ import annotations

import json
import sqlite3
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import replace
from pathlib import Path

from flashgen.errors import FlashgenError
from flashgen.note_types import NOTE_TYPE_IDS
from flashgen.targets.exports import deck_signatures, read_package, recall, remember, top_decks_in
from flashgen.targets.held import Held, HeldNote, deepest_first, one_line

DEFAULT_ANKI_CONNECT = "http://127.0.0.1:8765"

ANKI_CONNECT_ADDON = "2055492159"
"""AnkiConnect's code on AnkiWeb (Tools › Add-ons › Get Add-ons)."""


class AnkiConnect:
    """A running Anki, through the AnkiConnect add-on.

    AnkiConnect tells neither a note's GUID nor its `mod`, which the plan needs; an export
    of a deck carries both, so `read` exports the decks holding flashgen's cards into a
    temporary folder and reads them there. Deck files are imported with `importPackage`,
    Anki's own importer, so the path must be one the running Anki can read: this computer.
    """

    def __init__(
        self,
        url: str = DEFAULT_ANKI_CONNECT,
        key: str | None = None,
        scratch: Path | None = None,
        memory: Path | None = None,
        remember: bool = True,
        timeout: float = 120.0,
    ):
        """`scratch`: where Anki writes its exports for flashgen to read, in a folder made
        and removed each time. Anki must be able to write there: the project's folder
        suits a sandboxed Anki (Flatpak, Snap), which has a /tmp of its own.

        `memory`: a file keeping what the exports held from one sync to the next (in the
        decks' cache folder), so a deck whose cards and notes look as they did then is not
        exported again; written on `close` unless `remember` is false (a dry run)."""
        self.url = url
        self.key = key
        self.timeout = timeout
        self.scratch = scratch if scratch is not None and scratch.is_dir() else None
        self.memory = memory
        self.remember = remember
        self._signatures: dict[str, str] = {}
        """Top-level deck → how its cards and notes looked when read (see `deck_signatures`)."""
        self.where = f"Anki (AnkiConnect at {url})"
        self._exports: dict[str, Held] = {}
        """Top-level deck → what its last export held of flashgen's."""
        self._touched: set[str] = set()
        """Top-level decks this client wrote to since they were exported."""
        self._tops_of_note: dict[int, set[str]] = {}
        self._tops_of_card: dict[int, set[str]] = {}
        self._check()

    def call(self, action: str, expect: type | None = None, **params):
        """The result of one action; with `expect`, one of that type (a list of card ids, a
        table of decks), or an error saying the answer is not AnkiConnect's."""
        body = {"action": action, "version": 6, "params": params}
        if self.key:
            body["key"] = self.key
        request = urllib.request.Request(
            self.url, json.dumps(body).encode("utf-8"), {"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                answer = response.read(_MAX_ANSWER + 1)
            if len(answer) > _MAX_ANSWER:
                raise ValueError("too long")
            reply = json.loads(answer.decode("utf-8"))
        except TimeoutError:
            raise FlashgenError(
                f"Anki did not answer {action} within {self.timeout:.0f} s at {self.url}; is it "
                "busy with a dialog?"
            ) from None
        except (urllib.error.URLError, OSError) as error:
            raise FlashgenError(self._unreachable(error)) from None
        except ValueError:
            raise FlashgenError(
                f"{self.url} answered, but not as AnkiConnect does (not JSON, or over "
                f"{_MAX_ANSWER // 2**20} MB): is the address right?"
            ) from None
        if not isinstance(reply, dict) or "error" not in reply:
            raise FlashgenError(f"{self.url} answered, but not as AnkiConnect version 6 does")
        if reply["error"]:
            raise FlashgenError(f"AnkiConnect: {action} failed: {one_line(str(reply['error']))}")
        result = reply.get("result")
        if expect is not None and not isinstance(result, expect):
            raise FlashgenError(
                f"{self.url} answered {action}, but not as AnkiConnect does "
                f"({type(result).__name__}, not {expect.__name__})"
            )
        return result

    def _unreachable(self, error: Exception) -> str:
        reason = getattr(error, "reason", error)
        return (
            f"Anki is not running, or AnkiConnect does not answer at {self.url} ({reason}): "
            f"start Anki with the AnkiConnect add-on (code {ANKI_CONNECT_ADDON}), or close "
            "Anki and pass --collection PATH"
        )

    def _check(self) -> None:
        """Anki answers, the key is right, the add-on is new enough and a profile is open."""
        try:
            version = self.call("version")
        except FlashgenError as error:
            if "api key" in str(error):
                raise FlashgenError(
                    "AnkiConnect refused the key: set anki_connect.key in flashgen.toml (or "
                    "--anki-connect-key, or FLASHGEN_ANKI_CONNECT_KEY) to the apiKey in "
                    "AnkiConnect's config"
                ) from None
            raise
        if not isinstance(version, int) or version < 6:
            raise FlashgenError(
                f"AnkiConnect at {self.url} speaks version {version}; flashgen needs 6 or "
                "newer: update the add-on (Tools › Add-ons › Check for Updates)"
            )
        try:
            self.call("deckNames")
        except FlashgenError:
            raise FlashgenError(
                "Anki is running but has no profile open: open your profile in Anki, then try again"
            ) from None

    def many(self, action: str, each: Sequence[dict]) -> list:
        """One action with each of these parameters, in one request (`multi`)."""
        if not each:
            return []
        extra = {"key": self.key} if self.key else {}
        actions = [{"action": action, "version": 6, "params": p, **extra} for p in each]
        replies = []
        for start in range(0, len(actions), _BATCH):  # each request answered well in time
            replies += self.call("multi", list, actions=actions[start : start + _BATCH])
        results = []
        for reply in replies:
            if not isinstance(reply, dict) or reply.get("error"):
                error = reply.get("error") if isinstance(reply, dict) else reply
                raise FlashgenError(f"AnkiConnect: {action} failed: {one_line(str(error))}")
            results.append(reply.get("result"))
        return results

    def read(self) -> Held:
        """flashgen's notes, from an export of each top-level deck holding their cards.

        Exports are kept between reads (all through a `--watch` run): a deck is exported again
        only when this client wrote to it, or cards of flashgen's came into it or left
        Anki. What the student changes in Anki meanwhile is seen at the next sync
        started afresh; a note edited there keeps its old `mod` here, which at worst makes
        the plan import a deck file whose import then leaves that note as the student has it."""
        if self.memory is not None and not self._exports:
            return self._read_remembered()
        card_ids = set(self.call("findCards", list, query=_QUERY))
        seen = self._tops_of_card
        stale = set(self._touched)
        stale.update(top for card in seen.keys() - card_ids for top in seen[card])
        arrived = sorted(card_ids - seen.keys())
        if arrived:
            decks = self.call("getDecks", dict, cards=arrived)
            stale.update(str(deck).split("::")[0] for deck in decks)
        self._export(sorted(stale))
        self._touched = set()
        return self._combined()

    def _read_remembered(self) -> Held:
        """The first read of a sync: each deck whose cards and notes look as they did when
        last exported (by their ids, decks, fields and tags; an import or an edit changes
        those) is taken from the memory file, and only the others are exported."""
        card_ids = self.call("findCards", list, query=_QUERY)
        deck_of: dict[int, str] = {}
        if card_ids:
            for deck, ids in self.call("getDecks", dict, cards=card_ids).items():
                deck_of.update((int(card), str(deck)) for card in ids)
        notes = self.call("notesInfo", list, notes=self.call("findNotes", list, query=_QUERY))
        try:
            signatures = deck_signatures(deck_of, notes)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise FlashgenError(
                f"{self.url} answered notesInfo, but not as AnkiConnect does"
            ) from None
        identity = [self.url, self.call("getMediaDirPath")]
        remembered = recall(self.memory, identity)
        stale = []
        for top, signature in sorted(signatures.items()):
            if top in remembered and remembered[top][0] == signature:
                self._exports[top] = remembered[top][1]
            else:
                stale.append(top)
        self._export(stale)
        self._signatures = signatures
        self._identity = identity
        self._touched = set()
        return self._combined()

    def _export(self, tops: list[str]) -> None:
        with tempfile.TemporaryDirectory(
            dir=self.scratch, prefix=".flashgen-sync-", ignore_cleanup_errors=True
        ) as folder:
            paths = [Path(folder) / f"{number}.apkg" for number in range(len(tops))]
            self.many(
                "exportPackage",
                [
                    {"deck": top, "path": str(path), "includeSched": False}
                    for top, path in zip(tops, paths, strict=True)
                ],
            )
            for top, path in zip(tops, paths, strict=True):
                if path.is_file():
                    try:
                        self._exports[top] = read_package(path, path.with_suffix(".anki2"))
                    except (zipfile.BadZipFile, KeyError, ValueError, sqlite3.Error) as error:
                        raise FlashgenError(
                            f"Anki's export of deck {top} cannot be read ({one_line(error)})"
                        ) from None
                else:  # the deck is gone
                    self._exports.pop(top, None)

    def _combined(self) -> Held:
        """The exports as one: a note with cards in two top-level decks is in both."""
        notes: dict[int, HeldNote] = {}
        mods: dict[int, int] = {}
        self._tops_of_note = {}
        for top, held in self._exports.items():
            for note in held.notes:
                self._tops_of_note.setdefault(note.id, set()).add(top)
                have = notes.get(note.id)
                if have is not None:
                    note = replace(
                        have,
                        decks=tuple(dict.fromkeys(have.decks + note.decks)),
                        card_ids=tuple(dict.fromkeys(have.card_ids + note.card_ids)),
                    )
                notes[note.id] = note
            for type_id, mod in held.note_type_mods.items():
                mods[type_id] = max(mod, mods.get(type_id, 0))
        self._tops_of_card = {
            c: self._tops_of_note[n.id] for n in notes.values() for c in n.card_ids
        }
        return Held(tuple(notes.values()), mods)

    def _wrote(self, tops: Iterable[str]) -> None:
        self._touched.update(tops)

    def import_decks(self, decks: Sequence[Path]) -> None:
        # Each deck is marked as written before the request, so that a request failing
        # halfway leaves no deck remembered as it was.
        self._wrote(top for deck in decks for top in top_decks_in(deck))
        self.many("importPackage", [{"path": str(deck.resolve())} for deck in decks])

    def move(self, card_ids: Sequence[int], deck: str) -> None:
        self._wrote([deck.split("::")[0]])
        self._wrote(top for c in card_ids for top in self._tops_of_card.get(c, ()))
        self.call("changeDeck", cards=list(card_ids), deck=deck)

    def tag(self, note_ids: Sequence[int], tag: str, add: bool = True) -> None:
        self._wrote(top for n in note_ids for top in self._tops_of_note.get(n, ()))
        self.call("addTags" if add else "removeTags", notes=list(note_ids), tags=tag)

    def suspend(self, card_ids: Sequence[int], suspend: bool = True) -> None:
        self._wrote(top for c in card_ids for top in self._tops_of_card.get(c, ()))
        self.call("suspend" if suspend else "unsuspend", cards=list(card_ids))

    def delete(self, note_ids: Sequence[int]) -> None:
        self._wrote(top for n in note_ids for top in self._tops_of_note.get(n, ()))
        self.call("deleteNotes", notes=list(note_ids))

    def remove_empty_decks(self, names: Iterable[str]) -> list[str]:
        ids = self.call("deckNamesAndIds", dict)
        removed = []
        for name in deepest_first(names):
            if name not in ids or ids[name] == 1:
                continue
            below = [i for n, i in ids.items() if n == name or n.startswith(name + "::")]
            query = " OR ".join(f"did:{int(i)}" for i in below)
            if not self.call("findCards", list, query=query):
                self._wrote([name.split("::")[0]])
                self.call("deleteDecks", decks=[name], cardsToo=True)  # it has none
                removed.append(name)
                ids = {n: i for n, i in ids.items() if i not in below}
        return removed

    def close(self) -> None:
        """Remember what the decks held, but for those this client wrote to since."""
        if self.memory is None or not self.remember or not self._signatures:
            return
        kept = {
            top: (self._signatures[top], held)
            for top, held in self._exports.items()
            if top in self._signatures and top not in self._touched
        }
        with suppress(OSError):
            remember(self.memory, self._identity, kept)


_QUERY = " OR ".join(f"mid:{type_id}" for type_id in NOTE_TYPE_IDS)
"""Anki's search for the cards and notes of flashgen's note types."""


_MAX_ANSWER = 256 * 2**20
"""Bytes of an answer read at most: findCards of 100,000 cards is under 2 MB."""

_BATCH = 20
"""Actions sent in one request: Anki answers a request only when all of them are done."""
