"""The notes a build reads: those found under the sources, less templates and exclusions."""

from __future__ import annotations

import codecs

from flashgen.config import Settings
from flashgen.errors import FlashgenError
from flashgen.flavours import without_templates
from flashgen.flavours.study import excluded
from flashgen.sources import NoteFile, find_notes


def find_note_files(settings: Settings) -> list[NoteFile]:
    """The notes a build reads; none at all, or an unknown encoding, stops it before it starts."""
    try:
        codecs.lookup(settings.encoding)
    except LookupError:
        raise FlashgenError(f"unknown encoding: {settings.encoding}") from None
    found = without_templates(find_notes(list(settings.sources)))
    files = excluded(found, settings.exclude, settings.out)
    if not files:
        shown = ", ".join(source.as_posix() for source in settings.sources)
        raise FlashgenError(f"no Markdown notes (*.md, *.mdx, *.qmd, …) found in {shown}")
    return files
