"""A closed collection file, written through Anki's own library: the only code using `anki`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from flashgen.errors import FlashgenError
from flashgen.targets.held import (
    CARD_ROWS,
    NOTE_ROWS,
    NOTE_TYPE_IDS,
    Held,
    deepest_first,
    notes_from_rows,
    one_line,
    read_database,
)

INSTALL_ANKI = (
    "flashgen sync --collection needs the Anki library: run pip install '.[anki]' in "
    "flashgen's folder, or pip install anki"
)


class CollectionFile:
    """A collection file on disk, written through Anki's own library while Anki is closed."""

    def __init__(self, path: Path, read_only: bool = False):
        """`read_only` (a dry run): read with SQLite alone, since the library may change
        the file on opening it (an older collection's layout is upgraded)."""
        self.path = path
        self.where = path.as_posix()
        if read_only:
            _library()
            _check_collection_file(path)
            self.col = None
        else:
            self.col = _open_collection(path)

    def read(self) -> Held:
        try:
            return self._read()
        except (sqlite3.DatabaseError, _library_error()) as error:
            raise FlashgenError(
                f"{self.path}: a damaged Anki collection ({one_line(error)}); nothing was "
                "changed (Anki's Tools › Check Database may repair it)"
            ) from None

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Damage found while writing (the check before found none) is one line too."""
        try:
            yield
        except (sqlite3.DatabaseError, _library_error()) as error:
            raise FlashgenError(
                f"{self.path}: a damaged Anki collection ({one_line(error)}); the changes "
                "before it were made (Anki's Tools › Check Database may repair it)"
            ) from None

    def _read(self) -> Held:
        if self.col is not None:
            col = self.col
            deck_names = {deck.id: deck.name for deck in col.decks.all_names_and_ids()}
            notes = notes_from_rows(col.db.all(NOTE_ROWS), col.db.all(CARD_ROWS), deck_names)
            mods = {}
            for type_id in NOTE_TYPE_IDS:
                note_type = col.models.get(type_id)
                if note_type is not None:
                    mods[type_id] = int(note_type["mod"])
            return Held(notes, mods)
        with _reading(self.path) as connection:
            return read_database(connection)

    def import_decks(self, decks: Sequence[Path]) -> None:
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

        with self._writing():
            # The options AnkiConnect's importPackage uses, so both targets end up alike:
            # note types are merged (never a "+" copy); scheduling already in the
            # collection is kept, and the deck files carry none of their own.
            options = ImportAnkiPackageOptions(
                merge_notetypes=True, with_scheduling=True, with_deck_configs=True
            )
            for deck in decks:
                request = ImportAnkiPackageRequest(
                    package_path=str(deck.resolve()), options=options
                )
                self.col.import_anki_package(request)

    def move(self, card_ids: Sequence[int], deck: str) -> None:
        with self._writing():
            self.col.set_deck(list(card_ids), self.col.decks.id(deck))

    def tag(self, note_ids: Sequence[int], tag: str, add: bool = True) -> None:
        with self._writing():
            if add:
                self.col.tags.bulk_add(list(note_ids), tag)
            else:
                self.col.tags.bulk_remove(list(note_ids), tag)

    def suspend(self, card_ids: Sequence[int], suspend: bool = True) -> None:
        with self._writing():
            if suspend:
                self.col.sched.suspend_cards(list(card_ids))
            else:
                self.col.sched.unsuspend_cards(list(card_ids))

    def delete(self, note_ids: Sequence[int]) -> None:
        with self._writing():
            self.col.remove_notes(list(note_ids))

    def remove_empty_decks(self, names: Iterable[str]) -> list[str]:
        with self._writing():
            removed = []
            for name in deepest_first(names):
                deck_id = self.col.decks.id_for_name(name)
                if deck_id in (None, 1):  # Anki's Default deck stays
                    continue
                if self.col.decks.card_count(deck_id, include_subdecks=True) == 0:
                    self.col.decks.remove([deck_id])
                    removed.append(name)
            return removed

    def close(self) -> None:
        if self.col is not None:
            self.col.close()


def _open_collection(path: Path):
    """The collection, opened; every reason it cannot be is one line saying what to do."""
    if not path.is_file():
        raise FlashgenError(
            f"{path}: no Anki collection there (it is collection.anki2 in your Anki profile "
            "folder: Anki's Tools › Preferences shows it, or leave out --collection to sync "
            "into a running Anki through AnkiConnect)"
        )
    Collection = _library()
    _check_collection_file(path)
    try:
        return Collection(str(path))
    except Exception as error:
        if "already open" in str(error):  # Anki holds its collection locked while open
            raise FlashgenError(_held_open(path)) from None
        raise FlashgenError(
            f"{path}: not an Anki collection that can be opened ({one_line(error)}); nothing "
            "was changed"
        ) from None


def _library():
    try:
        from anki.collection import Collection
    except ImportError:
        raise FlashgenError(INSTALL_ANKI) from None
    return Collection


def _library_error() -> type[Exception]:
    from anki.errors import DBError

    return DBError


def _check_collection_file(path: Path) -> None:
    """Read-only, before the `anki` library opens the file (which would turn any SQLite
    file, or an empty one, into a new collection): it must be an Anki collection."""
    with path.open("rb") as file:
        header = file.read(16)
    if header != b"SQLite format 3\x00":
        raise FlashgenError(
            f"{path}: not an Anki collection (not an SQLite database); nothing was changed"
        )
    try:
        with _reading(path) as connection:
            _check_tables(path, connection)
    except sqlite3.Error as error:
        raise FlashgenError(f"{path}: cannot be read ({one_line(error)})") from None


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that leaves no trace: SQLite makes the `-wal` and `-shm`
    files of a collection in WAL mode even to read it, and those it made go again."""
    made = [Path(f"{path}{end}") for end in ("-wal", "-shm") if not Path(f"{path}{end}").exists()]
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.create_collation("unicase", _unicase)  # Anki's, named by its indexes
    try:
        yield connection
    finally:
        connection.close()
        for leftover in made:
            with suppress(OSError):
                if leftover.stat().st_size == 0 or leftover.name.endswith("-shm"):
                    leftover.unlink()


def _unicase(left: str, right: str) -> int:
    left, right = left.casefold(), right.casefold()
    return (left > right) - (left < right)


def _check_tables(path: Path, connection: sqlite3.Connection) -> None:
    try:
        tables = {row[0] for row in connection.execute("select name from sqlite_master")}
        if not {"col", "notes", "cards", "revlog"} <= tables:
            raise FlashgenError(
                f"{path}: an SQLite database, but not an Anki collection (no notes and cards "
                "tables); nothing was changed"
            )
        # Every page, as Anki's Check Database begins: a damaged one found now, not halfway
        # through the changes.
        (verdict,) = connection.execute("pragma quick_check(1)").fetchone()
        if verdict != "ok":
            raise sqlite3.DatabaseError(verdict)
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise FlashgenError(_held_open(path)) from None
        raise FlashgenError(
            f"{path}: not an Anki collection that can be read ({one_line(error)}); nothing "
            "was changed"
        ) from None
    except sqlite3.DatabaseError as error:
        raise FlashgenError(
            f"{path}: a damaged Anki collection ({one_line(error)}); nothing was changed "
            "(Anki's Tools › Check Database may repair it)"
        ) from None


def _held_open(path: Path) -> str:
    return (
        f"{path}: Anki already open: this collection is in use. Close Anki and try again, or "
        "leave out --collection to sync into the running Anki through AnkiConnect; nothing "
        "was changed."
    )
