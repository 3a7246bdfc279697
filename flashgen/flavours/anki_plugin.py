"""Obsidian_to_Anki's own lines: `TARGET DECK` and `FILE TAGS`, each with its value on the
same line after `: ` or on the next line. They tell the plugin where a note's cards go and
how they are tagged: the tags become the cards' tags; the deck is left to flashgen, whose
decks follow the notes' folders, so that all of a note's cards stay together. Its notes
themselves (`START` … `END`, `STARTI` … `ENDI`) are read in extract/explicit.py, each as
one block: a blank line inside one is kept as a line break, not as the end of a paragraph.
"""

from __future__ import annotations

from flashgen.patterns import lazy
from flashgen.text import FENCE

_HEADER = lazy(r"^(?P<key>TARGET DECK|FILE TAGS)(?::[ \t]*(?P<value>\S.*))?$")


def without_plugin_lines(text: str) -> tuple[str, list[str]]:
    """The text with each such line (and the value under it) blanked, and the file's tags.
    Only whole lines outside code count, as the plugin wants them: exactly so."""
    if "TARGET DECK" not in text and "FILE TAGS" not in text and "START\n" not in text:
        return text, []  # nearly every note
    lines = text.split("\n")
    tags: list[str] = []
    fence = None
    awaiting = None  # the key whose value is the next line
    for number, line in enumerate(lines):
        match = FENCE.match(line)
        if fence is not None or match:
            if fence is None:
                fence = match[1][0]
            elif match and match[1][0] == fence:
                fence = None
            continue
        if awaiting is not None:
            if not line.strip():
                continue
            if awaiting == "FILE TAGS":
                tags += line.split()
            lines[number], awaiting = "", None
            continue
        if line == _START and "END" in text:
            _join_note(lines, number)
            continue
        header = _HEADER.match(line.rstrip())
        if header is None:
            continue
        lines[number] = ""
        if header["value"] is None:
            awaiting = header["key"]
        elif header["key"] == "FILE TAGS":
            tags += header["value"].split()
    return "\n".join(lines), [tag.lstrip("#") for tag in tags if tag.lstrip("#")]


_START, _END = "START", "END"
_LINE_BREAK = "<br>"


def _join_note(lines: list[str], start: int) -> None:
    """The blank lines of the note opened at `start`, up to its `END`, made line breaks, so
    that Markdown reads it as one paragraph, as the plugin reads it as one note."""
    for end in range(start + 1, len(lines)):
        if lines[end] == _END:
            break
        if FENCE.match(lines[end]) or lines[end] == _START:
            return  # code inside, or no end before the next note: left as written
    else:
        return
    for number in range(start + 1, end):
        if not lines[number].strip():
            lines[number] = _LINE_BREAK
