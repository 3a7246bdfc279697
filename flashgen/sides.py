"""A note's cards as Anki draws them: its note type's templates filled with its fields.

One card a template, or one a cloze number for a cloze note, each cloze hidden on the
front and shown on the back as Anki's own `{{cloze:}}` filter does: the preview page
shows these, and tests hold them against what Anki itself renders.
"""

from __future__ import annotations

import re

from flashgen.model import CLOZE_CLOSE, CLOZE_OPEN, AnkiNote, CardKind, cloze_numbers
from flashgen.note_types import BASIC, NOTE_TYPES
from flashgen.patterns import lazy

_SECTION = lazy(r"\{\{([#^])([^}]+)\}\}(.*?)\{\{/\2\}\}", re.DOTALL)
_FIELD = lazy(r"\{\{([^#^/}][^}]*)\}\}")


_CLOZE_PART = lazy(f"{CLOZE_OPEN}|{CLOZE_CLOSE}|::")
"""A cloze's opening mark, its close, and `::`, which starts its hint."""


def fill_template(
    template: str, fields: dict[str, str], cloze: tuple[int, bool] | None = None
) -> str:
    """An Anki card template with the note's fields put in: `{{Field}}`, `{{#Field}}…{{/Field}}`
    (shown when the field is not empty), `{{^Field}}…{{/Field}}` (when it is), and
    `{{cloze:Field}}` for the cloze numbered `cloze[0]`, on the back if `cloze[1]`."""

    def section(match: re.Match[str]) -> str:
        shown = bool(fields.get(match[2].strip(), "").strip())
        return match[3] if shown == (match[1] == "#") else ""

    def field(match: re.Match[str]) -> str:
        *filters, name = match[1].split(":")
        value = fields.get(name.strip(), "")
        if "cloze" in filters and cloze is not None:
            return fill_cloze(value, *cloze)
        return value  # other filters (`text:`, `hint:`): the field itself is near enough

    return _FIELD.sub(field, _SECTION.sub(section, template))


def fill_cloze(text: str, ordinal: int, back: bool) -> str:
    """Cloze `ordinal` hidden as `[...]` (or its hint) on the front, marked on the back;
    the other clozes show their text, marked as inactive, as in Anki.

    Read as Anki reads it, in one pass over the marks (see `cloze_numbers`): a cloze may
    hold others, and one never closed hides the rest of the text, every cloze in it too."""
    done: list[str] = []  # the text outside any cloze, rendered
    open_clozes: list[tuple[int, list[str], list[str]]] = []  # number, text, hint
    into = done
    end = 0
    for mark in _CLOZE_PART.finditer(text):
        into.append(text[end : mark.start()])
        end = mark.end()
        if mark[1] is not None:
            open_clozes.append((int(mark[1]), [], []))
            into = open_clozes[-1][1]
        elif mark[0] == "::":
            if open_clozes and into is open_clozes[-1][1]:
                into = open_clozes[-1][2]  # the rest, up to the close, is the hint
            else:
                into.append("::")
        elif open_clozes:
            number, shown, hint = open_clozes.pop()
            into = open_clozes[-1][1] if open_clozes else done
            into.append(_deletion(number, "".join(shown), "".join(hint), ordinal, back))
        else:
            into.append("}}")
    if open_clozes:  # never closed: Anki shows nothing from its opening mark on
        return "".join(done)
    into.append(text[end:])
    return "".join(done)


def _deletion(number: int, shown: str, hint: str, ordinal: int, back: bool) -> str:
    if number != ordinal:
        return f'<span class="cloze-inactive">{shown}</span>'
    if not back:
        shown = f"[{hint or '...'}]"
    return f'<span class="cloze">{shown}</span>'


def card_sides(note: AnkiNote) -> list[tuple[str, str, str]]:
    """(card name, front HTML, back HTML) of each card Anki makes of the note."""
    card = note.card
    note_type = NOTE_TYPES.get(card.kind, BASIC)
    fields = dict(zip(note_type.fields, card.fields, strict=True))
    if card.kind is CardKind.CLOZE:
        [template] = note_type.templates
        ordinals = sorted(cloze_numbers(card.question))
        sides = []
        for ordinal in ordinals:
            front = fill_template(template.front, fields, (ordinal, False))
            back = fill_template(template.back, {**fields, "FrontSide": front}, (ordinal, True))
            sides.append((f"c{ordinal}", front, back))
        return sides
    sides = []
    for template in note_type.templates:
        front = fill_template(template.front, fields)
        back = fill_template(template.back, {**fields, "FrontSide": front})
        sides.append((template.name, front, back))
    return sides
