"""Cards as text for other tools: Anki's own text-import format (tab- or comma-separated),
or JSON.

The text carries Anki's file headers (`#separator:`, `#html:`, `#guid column:`, …), so
File › Import takes it with no questions asked, and the same GUIDs as the `.apkg`: an
imported export updates the notes a deck import made, and the other way round.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable

from flashgen.identity import card_id
from flashgen.model import AnkiNote

SEPARATORS = {"tsv": ("tab", "\t"), "csv": ("comma", ",")}
"""Anki's text import reads either, told which by the `#separator:` header."""
FORMATS = (*SEPARATORS, "json")

_COLUMNS = ("guid", "notetype", "deck", "Question", "Answer", "Context", "Source", "tags")
"""Anki fills each note type's fields in order from the columns it does not read by header,
so a cloze note's Text and Extra go where a basic note's Question and Answer do."""


def to_text(notes: Iterable[AnkiNote], fmt: str = "tsv") -> str:
    """HTML fields, one note a row, separated as `fmt` says (`tsv` or `csv`) and headed as
    Anki's importer expects."""
    import csv  # here: the command line reads FORMATS at every start, a build never writes text

    from flashgen.note_types import NOTE_TYPES  # their style needs Pygments: not at every start

    name, separator = SEPARATORS[fmt]
    out = io.StringIO()
    out.write(f"#separator:{name}\n#html:true\n")
    for header in ("guid", "notetype", "deck", "tags"):
        out.write(f"#{header} column:{_COLUMNS.index(header) + 1}\n")
    out.write("#columns:" + separator.join(_COLUMNS) + "\n")
    writer = csv.writer(out, delimiter=separator, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for note in notes:
        card = note.card
        writer.writerow(
            (
                note.guid,
                NOTE_TYPES[card.kind].name,
                note.deck_name,
                *card.fields,
                " ".join(card.card.tags),
            )
        )
    return out.getvalue()


def to_json(notes: Iterable[AnkiNote]) -> str:
    """A list with one object per card: its Markdown and HTML, deck, GUID, the id `skip_cards`
    names it by, and where it came from (its note file relative to the notes folder, so the
    export reads the same on any machine)."""
    cards = [
        {
            "guid": note.guid,
            "id": card_id(note.guid),
            "deck": note.deck_name,
            "context": list(note.extracted.context),
            "question": note.extracted.question,
            "answer": note.extracted.answer,
            "question_html": note.card.question,
            "answer_html": note.card.answer,
            "context_html": note.card.context,
            "rule": note.extracted.rule,
            "kind": str(note.extracted.kind),
            "tags": list(note.extracted.tags),
            "source": {"file": note.extracted.note_name, "line": note.extracted.line},
        }
        for note in notes
    ]
    return json.dumps(cards, ensure_ascii=False, indent=2) + "\n"
