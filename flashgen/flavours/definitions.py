"""Definition lists (MkDocs' `def_list`, Pandoc, PHP Markdown Extra) as `term: definition` items.

```
SLI
:   Service Level Indicator. Good events over valid events.
```

is a term over its definition, which CommonMark reads as one paragraph with a raw `:` in it.
Each such pair is read as the bullet `- SLI: Service Level Indicator. …`, so it gives the
card any `term: definition` line gives, and its heading's card shows it as that bullet. The
term's line is left blank and the bullet takes the definition's line (and the lines of its
paragraph, joined): every line stays where it was.
"""

from __future__ import annotations

from flashgen.flavours.pages import outside_fences
from flashgen.patterns import lazy

_DEFINITION = lazy(r"^(?P<indent> {0,3}):[ \t]+(?P<text>\S.*)$")
"""A definition's first line: `:` and a space or tab, at most three spaces in."""
_TERM = lazy(r"^ {0,3}(?![-*+][ \t]|\d{1,9}[.)][ \t]|`{3}|~{3}|[#>|<:!?=$\\])\S")
"""A line of words: not a list item, code, a heading, a quote, a table, HTML, a box, a formula."""
_MAX_TERM = 80
"""As long as a term may be: a longer line is a sentence, not a term."""


def definitions_as_items(text: str) -> str:
    """The text with each term and the definition under it read as a `term: definition`
    bullet, outside code fences. Only a term of one line, alone in its paragraph (a blank
    line or a heading above it), with no colon of its own, and one definition under it."""
    if "\n:" not in text:
        return text  # most notes
    lines = text.split("\n")
    plain = outside_fences(text).split("\n")
    for number in range(1, len(lines)):
        found = _DEFINITION.match(plain[number])
        if not found or not _is_term(plain, number - 1, found["indent"]):
            continue
        rest = _paragraph_after(plain, number)
        if any(_DEFINITION.match(line) for line in rest):
            continue  # a second definition of the term: left as written
        term = lines[number - 1].strip()
        lines[number - 1] = ""
        text = found["text"]
        if all(_TERM.match(line.lstrip()) for line in rest):
            # The definition's lines are one paragraph, which the site shows as one: its
            # lines joined, so a line such as `Fix: …` is no term of its own.
            text = " ".join([text.rstrip(), *(line.strip() for line in rest)])
            lines[number + 1 : number + 1 + len(rest)] = [""] * len(rest)
        lines[number] = f"{found['indent']}- {term}: {text}"
    return "\n".join(lines)


def _is_term(plain: list[str], number: int, indent: str) -> bool:
    line = plain[number]
    above = plain[number - 1] if number else ""
    return (
        _TERM.match(line) is not None
        and len(line) - len(line.lstrip(" ")) == len(indent)
        and len(line.strip()) <= _MAX_TERM
        and ":" not in line
        and (not above.strip() or above.lstrip().startswith("#"))
    )


def _paragraph_after(plain: list[str], number: int) -> list[str]:
    """The lines after a definition's first line, up to the next blank line."""
    rest = []
    for line in plain[number + 1 :]:
        if not line.strip():
            break
        rest.append(line)
    return rest
