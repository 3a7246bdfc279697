"""The note types flashgen writes: their ids, fields, card templates and style. What a
card looks like in Anki; apkg.py writes them, sides.py fills their templates as Anki does."""

from __future__ import annotations

from dataclasses import dataclass

from flashgen.identity import BASIC_MODEL_ID, CLOZE_MODEL_ID, REVERSED_MODEL_ID
from flashgen.model import CardKind
from flashgen.style import CARD_CSS


@dataclass(frozen=True)
class Template:
    """One card of a note type: its name, and the front and back Anki fills in."""

    name: str
    front: str
    back: str


@dataclass(frozen=True)
class NoteType:
    id: int
    name: str
    fields: tuple[str, ...]
    templates: tuple[Template, ...]
    is_cloze: bool = False
    css: str = CARD_CSS


_FRONT = """\
{{#Context}}<div class="context">{{Context}}</div>{{/Context}}
<div class="question">{{Question}}</div>"""

_BACK = """\
{{FrontSide}}
<hr id="answer">
<div class="answer">{{Answer}}</div>
<div class="source">{{Source}}</div>"""

_REVERSE_FRONT = """\
{{#Context}}<div class="context">{{Context}}</div>{{/Context}}
<div class="question">{{Answer}}</div>"""

_REVERSE_BACK = """\
{{FrontSide}}
<hr id="answer">
<div class="answer">{{Question}}</div>
<div class="source">{{Source}}</div>"""

_CLOZE_FRONT = """\
{{#Context}}<div class="context">{{Context}}</div>{{/Context}}
<div class="question cloze-text">{{cloze:Text}}</div>"""

_CLOZE_BACK = """\
{{#Context}}<div class="context">{{Context}}</div>{{/Context}}
<div class="question cloze-text">{{cloze:Text}}</div>
<hr id="answer">
<div class="answer">{{Extra}}</div>
<div class="source">{{Source}}</div>"""

# Each note type's id and fields are frozen: adding or reordering fields under an id makes
# Anki refuse updates. Every kind keeps its four fields in the same order, so a card's
# question, answer, context and source land in the same places whatever its kind.
_FIELDS = ("Question", "Answer", "Context", "Source")
_CLOZE_FIELDS = ("Text", "Extra", "Context", "Source")

BASIC = NoteType(BASIC_MODEL_ID, "flashgen Basic", _FIELDS, (Template("Card 1", _FRONT, _BACK),))
REVERSED = NoteType(
    REVERSED_MODEL_ID,
    "flashgen Basic (and reversed card)",
    _FIELDS,
    (Template("Card 1", _FRONT, _BACK), Template("Card 2", _REVERSE_FRONT, _REVERSE_BACK)),
)
CLOZE = NoteType(
    CLOZE_MODEL_ID,
    "flashgen Cloze",
    _CLOZE_FIELDS,
    (Template("Cloze", _CLOZE_FRONT, _CLOZE_BACK),),
    is_cloze=True,
)
NOTE_TYPES: dict[CardKind, NoteType] = {
    CardKind.BASIC: BASIC,
    CardKind.REVERSED: REVERSED,
    CardKind.CLOZE: CLOZE,
}
NOTE_TYPE_IDS = tuple(note_type.id for note_type in NOTE_TYPES.values())
"""Every note type flashgen writes. `flashgen sync` touches only notes of these, and a
build deletes only deck files that hold them."""
