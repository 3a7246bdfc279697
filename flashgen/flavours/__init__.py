"""Notes as their own tools show them: Obsidian vaults, Docusaurus, MkDocs and GitHub pages.

Each flavour's syntax is read in a small module of its own, as a markdown-it plugin or as a
step on the note's text before it is parsed (one that keeps every line where it was, so
cards and messages still name the right line).
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from flashgen.model import Note
from flashgen.paths import read_regular
from flashgen.sources import NoteFile

if TYPE_CHECKING:
    from flashgen.flavours.obsidian import ObsidianText


def read_flavours(text: str, note: Note) -> ObsidianText:
    """The note's text (its front matter blanked) as plain Markdown: MDX's lines blanked,
    Obsidian's syntax read. Every line stays where it was."""
    # Imported here: finding the notes (a rebuild with nothing to do) needs no parser.
    from flashgen.flavours.audio import as_sound_tags
    from flashgen.flavours.obsidian import read_obsidian
    from flashgen.flavours.pages import without_mdx_lines
    from flashgen.flavours.vault import vault_at

    root = note.path.parents[len(PurePosixPath(note.name).parts) - 1]
    return read_obsidian(as_sound_tags(without_mdx_lines(text)), note.path, vault_at(root))


def without_templates(files: list[NoteFile]) -> list[NoteFile]:
    """The notes less those in an Obsidian vault's templates folder (set in `.obsidian/`):
    a template is the shape of notes to come, with nothing to learn."""
    folders = {root: _template_folders(root) for root in {_root_of(file) for file in files}}
    return [
        file
        for file in files
        if not any(file.name.startswith(folder + "/") for folder in folders[_root_of(file)])
    ]


def _root_of(file: NoteFile) -> Path:
    return file.folder


_TEMPLATE_SETTINGS = (
    (".obsidian/templates.json", "folder"),
    (".obsidian/plugins/templater-obsidian/data.json", "templates_folder"),
)


def _template_folders(root: Path) -> list[str]:
    folders = []
    for name, key in _TEMPLATE_SETTINGS:
        try:
            folder = json.loads(read_regular(root / name).decode("utf-8")).get(key)  # no FIFO
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(folder, str) and folder.strip("/ "):
            folders.append(folder.strip("/ "))
    return folders
