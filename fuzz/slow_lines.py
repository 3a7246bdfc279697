"""Hunting for notes that take time growing faster than their length, on their way to cards.

    python fuzz/slow_lines.py [REPEATS]
    python fuzz/slow_lines.py --huge [MEGABYTES]

A pattern that tries every opening mark up to the end of the text when nothing closes it
takes time growing with the square of a line's length: harmless on a short line, minutes
on a long one; so does a rule that looks through a whole note for each line of it. This
builds lines of one mark (or a mark and a letter, or a mark and a space) repeated REPEATS
times (default 1,000) and four times as many, in a paragraph, a bullet, a definition, a
heading and a bold phrase; and notes of one kind of line repeated as often, at the top and
under a bullet. It takes each through parsing, extraction and rendering, and prints every
input whose time grew more than sevenfold (a linear time grows fourfold, a square one
sixteenfold), beside markdown-it's own times for the same text. Times are noisy: run an
input found again before believing it.

`--huge` instead times a line of MEGABYTES (default 5) of each of a few mark units on its
way to cards, with the process's peak memory after each: past `MOST_MARKS` marks a
paragraph is read as plain text, so each should take seconds, not minutes or gigabytes.
"""

import resource
import sys
import time
from pathlib import Path

from markdown_it import MarkdownIt

from flashgen.errors import FlashgenError
from flashgen.extract import extract_cards
from flashgen.model import Note
from flashgen.parse import parse_note
from flashgen.render import footnotes_of, render_card

# fmt: off
MARKS = (
    "[", "]", "(", ")", "![", "[a](", "![a](", "[a]", "[a](b", "](", "<", "<a", "<a href=",
    "</", "<!--", "-->", "`", "``", "**", "__", "*", "_", "*a", "**a", "==", "{{c1::", "{{",
    "}}", "::", ":", " : ", "$", "$$", "\\(", "\\[", "~~", "~", "|", "&", "#", "[^", "[^1]",
    "[x]:", "http://", "<http://", "a:", "Q:", "A:", "?", "??", "%", "[[", "]]", "'", '"',
    "((", "))", "<details>", "<summary>", "<br>", "- ", "1. ", "> ", "\\", "@", "{", "}",
    "!", "^", "=", "+", "[ ]", "[x]",
)
LINES = (
    "<details>", "</details>", "<summary>a</summary>", "- a", "- Q: a", "Q: a", "A: b", "Q1. a",
    "## a", "#### a?", "- **a**", "**a**", "> a", "```", "~~~", "<!--", "-->",
    "<!-- flashgen: skip -->", "| a | b |", "|---|---|", "[^1]: a", "[a]: http://x", "a\n===",
    "---", "- [a](#a)", "  - a", "1. a", "a::b", "a ?? b", "{{c1::a", "==a", "$$", "<div>",
    "</div>", "<br>", "", "- 장점", "a:", "?", "%",
)
# fmt: on
PLACES = {
    "paragraph": "# T\n\n## H\n\n{}\n",
    "bullet": "# T\n\n## H\n\n- {}\n",
    "definition": "# T\n\n## H\n\n- term: {}\n",
    "heading": "# T\n\n## {}\n\ntext\n",
    "bold": "# T\n\n## H\n\n- a **{}** b\n",
}
LINE_PLACES = {"top": "# T\n\n## H\n\n{}", "under a bullet": "# T\n\n## H\n\n- x\n{}"}
_MARKDOWN_IT = MarkdownIt("commonmark").enable("table")


def seconds_to_cards(text: str) -> float:
    start = time.perf_counter()
    try:
        tree = parse_note(Note(Path("note.md"), "note.md", text))
        footnotes = footnotes_of(text)
        for card in extract_cards(tree):
            render_card(card, footnotes)
    except (RecursionError, FlashgenError):
        pass  # reported to the writer; the time is what is looked at here
    return time.perf_counter() - start


def seconds_to_parse(text: str) -> float:
    start = time.perf_counter()
    _MARKDOWN_IT.parse(text)
    return time.perf_counter() - start


def main(repeats: int) -> None:
    units = [unit for mark in MARKS for unit in (mark, mark + "a", mark + " ")]
    inputs = [
        (unit, place, template.format, unit) for unit in units for place, template in PLACES.items()
    ]
    for line in LINES:
        indented = "".join(f"  {part}\n" for part in line.split("\n"))
        inputs.append((line + "\n", "top", LINE_PLACES["top"].format, line))
        inputs.append((indented, "under a bullet", LINE_PLACES["under a bullet"].format, line))
    for unit, place, note_of, shown in inputs:
        short, long = note_of(unit * repeats), note_of(unit * repeats * 4)
        before, after = max(seconds_to_cards(short), 0.002), seconds_to_cards(long)
        if after / before > 7 and after > 0.1:
            print(
                f"{shown!r:26} {place:14} {before:.3f} s -> {after:.3f} s "
                f"({after / before:.1f}x); markdown-it alone: "
                f"{seconds_to_parse(short):.3f} s -> {seconds_to_parse(long):.3f} s",
                flush=True,
            )


HUGE_UNITS = ("*_[", "[", "![", "[a](", "<a", "`", "*a", "_a", "[]", "*_[\n")


def huge(megabytes: float) -> None:
    for unit in HUGE_UNITS:
        text = PLACES["paragraph"].format(unit * int(megabytes * 1_000_000 / len(unit)))
        seconds = seconds_to_cards(text)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"{unit!r:10} {megabytes} MB: {seconds:.2f} s, peak {peak} MB so far", flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--huge"]:
        huge(float(sys.argv[2]) if len(sys.argv) > 2 else 5)
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
