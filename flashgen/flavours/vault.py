"""A notes folder as Obsidian sees it: a vault, whose files a note names by name alone.

`![[Pasted image 20240124134103.png]]` names a file wherever it is in the vault (most often
an attachments folder); `[[Keys]]` names the note `Keys.md`, or the note whose front matter
gives it the alias `Keys`. Only files inside the notes folder are found, so nothing outside
it is ever packed.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path, PurePosixPath

from flashgen.paths import confined, read_regular
from flashgen.patterns import lazy

NOT_NOTES = frozenset({".obsidian", ".trash", "node_modules"})
"""Folders of a vault that hold no notes: Obsidian's settings, its bin, packages."""
_MAX_VAULT_FILES = 50_000


@dataclass
class Vault:
    """The notes folder as Obsidian sees it: every file in it, found by name on demand.

    The list of its files is made once, when a name is first looked for, and made again
    when a name is not found in it and a folder has changed since (a picture added while
    `--watch` runs, or between two builds of one process)."""

    root: Path
    _by_name: dict[str, list[str]] | None = field(default=None, repr=False)
    _folders: dict[str, int] = field(default_factory=dict, repr=False)
    """Each folder listed → its modification time then."""
    _aliases: dict[str, Path] | None = field(default=None, repr=False)
    _blocks: tuple[dict[Path, int], dict[str, tuple[str, Path]]] | None = field(
        default=None, repr=False
    )
    """The pages' Logseq blocks by id, with the pages' times they were read at."""

    @property
    def by_name(self) -> dict[str, list[str]]:
        """Each file's lower-cased name → its paths from the root, shortest first."""
        if self._by_name is None:
            self._list()
        assert self._by_name is not None
        return self._by_name

    def _list(self) -> None:
        found: dict[str, list[str]] = {}
        self._folders, self._aliases = {}, None
        count = 0
        for folder, folders, files in os.walk(self.root):
            folders[:] = sorted(name for name in folders if not _hidden(name))
            self._folders[folder] = _modified(folder)
            relative = PurePosixPath(Path(folder).relative_to(self.root).as_posix())
            for name in sorted(files):
                found.setdefault(name.lower(), []).append(str(relative / name))
                count += 1
            if count > _MAX_VAULT_FILES:
                break
        for paths in found.values():
            paths.sort(key=lambda path: (path.count("/"), path))
        self._by_name = found

    def _changed(self) -> bool:
        return any(_modified(folder) != time for folder, time in self._folders.items())

    @cached_property
    def settings_folder(self) -> Path | None:
        """The `.obsidian/` folder of the vault the notes are, or are a folder in; None
        when they are in no vault."""
        root = self.root.absolute()  # `source = "."` in a vault's subfolder has no parents
        for folder in (root, *root.parents):
            if (folder / ".obsidian").is_dir():
                return folder / ".obsidian"
        return None

    @property
    def is_obsidian(self) -> bool:
        """Whether the notes are an Obsidian vault, or a folder in one: `.obsidian/` there."""
        return self.settings_folder is not None

    @property
    def app_settings(self) -> Path | None:
        """The vault's own settings file (its editor's and reading view's options)."""
        return None if self.settings_folder is None else self.settings_folder / "app.json"

    def shows_line_breaks(self) -> bool:
        """Whether the vault's reading view shows a line break where a note has one inside
        a paragraph, as Obsidian does unless its "Strict line breaks" option is on
        (`"strictLineBreaks": true` in `app.json`). CommonMark joins the two lines."""
        if self.app_settings is None:
            return False
        try:
            settings = json.loads(read_regular(self.app_settings).decode("utf-8"))
        except (OSError, ValueError):
            return True  # no settings file (a new vault), or one Obsidian would not read
        return not (isinstance(settings, dict) and settings.get("strictLineBreaks") is True)

    def find(self, target: str, folder: Path) -> Path | None:
        """The file Obsidian shows for `target` (`x.png`, `sub/x.png`, `Note.md`) from a note
        in `folder`: from the vault's root, from the note's folder, or the file anywhere in the
        vault whose path ends so; None when there is none."""
        target = target.strip().lstrip("/")
        if not target or "\x00" in target:
            return None
        for base in (self.root, folder):
            candidate = base / target
            if self.holds(candidate):
                return candidate
        found = self._named(target.lower())
        if found is None and self._changed():
            self._list()
            found = self._named(target.lower())
        return found if found is not None and self.holds(found) else None

    def holds(self, path: Path) -> bool:
        """A regular file inside the vault, not hidden: `![[../../.ssh/id_rsa]]`, a note
        linked out of the vault and `![[.git/config]]` are no files of it, and a FIFO would
        hold the build forever."""
        inside = confined(path, self.root) if path.is_file() else None
        if inside is None:
            return False
        return not any(
            part.startswith(".") for part in inside.relative_to(self.root.resolve()).parts
        )

    def _named(self, wanted: str) -> Path | None:
        for path in self.by_name.get(PurePosixPath(wanted).name, []):
            if path.lower() == wanted or path.lower().endswith("/" + wanted):
                return self.root / path
        return None

    def find_note(self, name: str, folder: Path) -> Path | None:
        """The note `[[name]]` links to (`Note`, `Folder/Note`, `Note.md`, or one of a note's
        `aliases:`)."""
        if not name.strip():
            return None
        if PurePosixPath(name).suffix.lower() in (".md", ".markdown"):
            return self.find(name, folder)
        found = self.find(name + ".md", folder) or self.find(name, folder)
        return found or self.aliases.get(" ".join(name.split()).lower())

    @property
    def aliases(self) -> dict[str, Path]:
        """Each alias a note gives itself in its front matter (lower-cased) → the note."""
        if self._aliases is None:
            named: dict[str, Path] = {}
            for paths in self.by_name.values():
                for path in paths:
                    if path.lower().endswith(".md") and self.holds(self.root / path):
                        for alias in _aliases_of(self.root / path):
                            named.setdefault(alias.lower(), self.root / path)
            self._aliases = named
        return self._aliases

    def block(self, block_id: str) -> tuple[str, Path] | None:
        """The text of the Logseq block `block_id` names (`((6603b2f7-…))`, its page's
        `id:: 6603b2f7-…`) and its page; None when no page of the vault has it. The
        pages are read again when the block's page has changed since, or, for a block not
        found, when any page has (an edit while `--watch` runs)."""
        if self._blocks is not None:
            found = self._blocks[1].get(block_id)
            if found is not None and self._blocks[0].get(found[1]) == _modified(str(found[1])):
                return found  # nearly every lookup: one look at its page's time
        pages = [
            self.root / path
            for paths in self.by_name.values()
            for path in paths
            if path.lower().endswith(".md")
        ]
        times = {page: _modified(str(page)) for page in pages}
        if self._blocks is None or self._blocks[0] != times:
            from flashgen.flavours.logseq import blocks_of  # it imports nothing of this

            blocks: dict[str, tuple[str, Path]] = {}
            for page in pages:
                if not self.holds(page):
                    continue
                try:
                    text = read_regular(page).decode("utf-8", "replace")
                except OSError:
                    continue
                for name, shown in blocks_of(text).items():
                    blocks.setdefault(name, (shown, page))
            self._blocks = (times, blocks)
        return self._blocks[1].get(block_id)


def _modified(folder: str) -> int:
    try:
        return os.stat(folder).st_mtime_ns
    except OSError:
        return -1


@lru_cache(maxsize=4)
def vault_at(root: Path) -> Vault:
    """The vault of the notes folder `root`, one for every note in it."""
    return Vault(root)


_ALIASES = lazy(r"^aliases\s*:[ \t]*(?P<inline>.*)$", re.MULTILINE)
_ALIAS_ITEM = lazy(r"^[ \t]*-[ \t]+(?P<alias>.+?)[ \t]*$")


def _aliases_of(path: Path) -> list[str]:
    """`aliases: [a, b]`, `aliases: a` or a `- a` list under `aliases:` in a note's front
    matter (only its first few kilobytes are read)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as file:
            head = file.read(4096)
    except OSError:
        return []
    if not head.startswith("---"):
        return []
    front = head[: head.find("\n---", 3) + 1]
    match = _ALIASES.search(front)
    if match is None:
        return []
    inline = match["inline"].strip()
    if inline:
        items = inline.strip("[]").split(",")
    else:
        items = []
        for line in front[match.end() + 1 :].split("\n"):
            item = _ALIAS_ITEM.match(line)
            if item is None:
                break
            items.append(item["alias"])
    return [" ".join(item.strip().strip("\"'").split()) for item in items if item.strip()]


def _hidden(name: str) -> bool:
    return name.startswith(".") or name in NOT_NOTES
