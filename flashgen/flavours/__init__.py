"""Notes as their own tools show them: Obsidian vaults, Logseq pages, Quarto pages, Docusaurus,
MkDocs and GitHub pages.

Each flavour's syntax is read in a small module of its own, as a markdown-it plugin or as a
step on the note's text before it is parsed (one that keeps every line where it was, so
cards and messages still name the right line).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from flashgen.model import Note
from flashgen.paths import read_regular
from flashgen.patterns import lazy
from flashgen.sources import MAX_NOTE_BYTES, NoteFile

if TYPE_CHECKING:
    from flashgen.flavours.obsidian import ObsidianText


def read_flavours(text: str, note: Note) -> ObsidianText:
    """The note's text (its front matter blanked) as plain Markdown: its Dataview or Logseq
    fields blanked, a Quarto page's equations, figures, callouts and cells as it renders them,
    a Logseq page's outline as headings over their points, Docusaurus' tabs as
    boxes, MkDocs' tabs as bold names over their text, its snippet and abbreviation lines
    blanked, MDX's lines blanked (a partial page it places shown), definition lists as `term:
    definition` bullets, Notion's callouts as quotes, Jekyll's Liquid tags, kramdown's
    attribute lines and inline `$$` math read, Obsidian's syntax read. Every line
    stays where it was."""
    # Imported here: finding the notes (a rebuild with nothing to do) needs no parser.
    from flashgen.flavours.anki_plugin import without_plugin_lines
    from flashgen.flavours.audio import as_sound_tags
    from flashgen.flavours.boxes import ad_blocks_as_boxes
    from flashgen.flavours.definitions import definitions_as_items
    from flashgen.flavours.embeds import embedded_note
    from flashgen.flavours.image_tags import image_tags_as_img
    from flashgen.flavours.jekyll import is_jekyll_page, kramdown_math, liquid_read
    from flashgen.flavours.logseq import outline_read, without_page_fields
    from flashgen.flavours.notion import asides_as_quotes
    from flashgen.flavours.obsidian import NO_NOTE_LINKED, ObsidianText, read_obsidian
    from flashgen.flavours.pages import (
        components_and_tabs,
        content_tabs,
        jsx_image_sources,
        without_abbreviation_lines,
        without_mdx_lines,
        without_snippet_lines,
        without_toc_markers,
    )
    from flashgen.flavours.quarto import quarto_read
    from flashgen.flavours.vault import vault_at

    root = note.path.parents[len(PurePosixPath(note.name).parts) - 1]
    vault = vault_at(root)
    partials = ObsidianText("")

    def include(address: str, line: int) -> str | None:
        found = Path(os.path.normpath(note.path.parent / address))
        if not vault.holds(found):
            partials.notices.append((line, f"a partial page not in the notes folder: {address}"))
            return None
        shown = PurePosixPath(address).stem
        return embedded_note(
            found,
            "",
            shown,
            line,
            note.path.parent,
            vault,
            partials,
            frozenset({note.path}),
            read_obsidian,
        )

    shown = without_page_fields(text)  # unless `status:: done` is a card the writer wrote
    if shown is not text and not _declares_cards(note.text):
        text = shown
    text = quarto_read(text)
    referenced: set[Path | None] = set()

    def block_elsewhere(block_id: str) -> str:
        found = vault.block(block_id)
        referenced.add(None if found is None else found[1])  # rebuilt when it changes
        return "" if found is None else found[0]

    read = outline_read(text, block_elsewhere)
    logseq_page = read is not text  # a Logseq page: read so (nearly every note is not one)
    text = read
    read = liquid_read(text)
    if "$$" in read and (read is not text or is_jekyll_page(note.name, note.text)):
        read = kramdown_math(read)  # `forward $$q$$는 …`: inline, as kramdown shows it
    # before MDX's lines go: an image's `import` is one
    text = jsx_image_sources(read)
    text = image_tags_as_img(asides_as_quotes(text))
    text, tab_ends, tab_labels = content_tabs(
        without_abbreviation_lines(without_snippet_lines(without_toc_markers(text)))
    )
    text, item_ends, item_labels = components_and_tabs(ad_blocks_as_boxes(text))
    text = definitions_as_items(without_mdx_lines(text, include))
    text, plugin_tags = without_plugin_lines(text)
    result = read_obsidian(as_sound_tags(text), note.path, vault, tagged=_tagged(note.text))
    result.tags = list(dict.fromkeys([*result.tags, *plugin_tags]))
    if logseq_page:  # Logseq makes a page of every link: one not yet written is no slip
        result.notices = [n for n in result.notices if not n[1].startswith(NO_NOTE_LINKED)]
    result.notices += partials.notices
    result.tab_ends = tab_ends | item_ends
    result.tab_labels = tab_labels | item_labels
    result.depends |= partials.depends | referenced
    return result


_FRONT_MATTER_TAGS = lazy(r"\A---[ \t]*\r?\n(?:.*\r?\n)*?tags[ \t]*:[ \t]*\S", re.MULTILINE)
_FRONT_MATTER_TAG_LIST = lazy(
    r"\A---[ \t]*\r?\n(?:.*\r?\n)*?tags[ \t]*:[ \t]*\r?\n[ \t]*-[ \t]*\S", re.MULTILINE
)


_SITE_KEYS = lazy(
    r"^(?:sidebar_position|sidebar_label|slug|permalink|layout|hide_title|authors)[ \t]*:",
    re.MULTILINE,
)
"""Front matter only a site's page has (Docusaurus, Jekyll, Hugo): its `tags:` are the
site's, and a `#word` in its text is a word, as the site shows it."""


_DECLARES_CARDS = lazy(r"(?:^|\s)#flashcards(?![\w-])|^cards[ \t]*:[ \t]*explicit\b", re.I | re.M)


def _declares_cards(text: str) -> bool:
    """Whether the note declares its cards (`#flashcards`, `cards: explicit`): then a
    `key:: value` line is the card the writer wrote, not a field."""
    return _DECLARES_CARDS.search(text) is not None


def _tagged(text: str) -> bool:
    """Whether the note's front matter gives it tags (`tags: [a, b]`, or a `- a` list) as
    a vault's note does, not as a site's page does."""
    if not text.startswith("---"):
        return False
    end = text.find("\n---", 3)
    head = text[: end + 1] if end > 0 else ""
    if _SITE_KEYS.search(head):
        return False
    return bool(_FRONT_MATTER_TAGS.match(head) or _FRONT_MATTER_TAG_LIST.match(head))


def without_templates(files: list[NoteFile]) -> list[NoteFile]:
    """The notes less those in an Obsidian vault's templates folder (set in `.obsidian/`),
    Excalidraw's drawings, and a docs site's partial pages: a template is the shape of notes
    to come, with nothing to learn, a drawing is no text, and a partial is shown inside the
    pages that place it."""
    folders = {root: _template_folders(root) for root in {_root_of(file) for file in files}}
    files = [
        file
        for file in files
        if not any(file.name.startswith(folder + "/") for folder in folders[_root_of(file)])
        and not file.name.lower().endswith(".excalidraw.md")  # a drawing, kept as Markdown
        and not _is_template(file)
    ]
    return without_partials(files)


_TEMPLATE_FOLDERS = frozenset({"templates", "template", "_templates", "templater"})
_PLACEHOLDER = lazy(r"\{\{\s*(?:title|date|time)\b[^{}]*\}\}|<%[-_*]?\s*tp\.")
"""`{{title}}`, `{{date:YYYY-MM-DD}}` (Obsidian's templates), `<% tp.date.now() %>` (Templater)."""


def _is_template(file: NoteFile) -> bool:
    """A note in a folder named Templates that fills in placeholders: a template, even in a
    vault copied without the `.obsidian/` folder that names its templates folder."""
    if file.refusal is not None or "templat" not in file.name.lower():
        return False  # every name in _TEMPLATE_FOLDERS holds it: most notes, without a path
    folders = PurePosixPath(file.name).parts[:-1]
    if not any(f.lower() in _TEMPLATE_FOLDERS for f in folders):
        return False
    try:
        return bool(_PLACEHOLDER.search(read_regular(file.path)[:65536].decode("utf-8", "replace")))
    except OSError:
        return False


def without_partials(files: list[NoteFile]) -> list[NoteFile]:
    """The notes less the partial pages of a docs site (Docusaurus leaves out every file or
    folder whose name starts with `_`): those another note imports (`import X from
    './_x.md'`), and, in a folder of notes that import anything, every `_` name.

    A Markdown `_Index.md` elsewhere (an Obsidian user's way to sort a note first) stays a
    note. Notes are read for imports only when a `_` name is among them."""
    if not any(_is_partial_name(file.name) for file in files):
        return files
    from flashgen.flavours.pages import outside_fences, partials_imported  # a parser: rarely

    imported: set[Path] = set()
    site = False
    for file in files:
        if file.refusal is not None:
            continue
        try:
            if file.path.stat().st_size > MAX_NOTE_BYTES:
                continue  # refused as a note later, with its reason
            text = outside_fences(read_regular(file.path).decode("utf-8", "replace"))
        except OSError:
            continue
        for address in partials_imported(text).values():
            site = True
            imported.add(Path(os.path.normpath(file.path.parent / address)))
        site = site or file.name.lower().endswith(".mdx") or _IMPORT_LINE.search(text) is not None
    return [
        file
        for file in files
        if Path(os.path.normpath(file.path)) not in imported
        and not (site and _is_partial_name(file.name))
    ]


_IMPORT_LINE = lazy(r"^import\s+[\w{*][^'\"\n]*\sfrom\s+['\"]", re.MULTILINE)


def _is_partial_name(name: str) -> bool:
    """Whether a part of the `/`-separated name starts with `_` (`_x.md`, `docs/_parts/x.md`)."""
    return name.startswith("_") or "/_" in name


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
