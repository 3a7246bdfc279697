"""The list shortcut must never change how a note is read: wherever it takes a list, the
tokens are the ones markdown-it's own list rule makes."""

from __future__ import annotations

import random
from pathlib import Path

from markdown_it import MarkdownIt

import flashgen.fast_lists
from flashgen.fast_lists import simple_list

from .conftest import PROJECT, SHARED


def _parsers() -> tuple[MarkdownIt, MarkdownIt]:
    plain = MarkdownIt("commonmark", {"html": True}).enable("table")
    shortcut = MarkdownIt("commonmark", {"html": True}).enable("table")
    shortcut.block.ruler.before("list", "simple_list", simple_list)
    return plain, shortcut


def _generated_notes(count: int, seed: int) -> list[str]:
    """Notes of list items at every indent and marker, blank lines, headings, paragraphs
    and the lines that end or continue a list in unexpected ways."""
    rng = random.Random(seed)
    words = ["a", "가나", "x1", "다.", "**b**", "`c`", "[x](#y)", "RTT: 왕복", "<br>", "a | b",
             "[r]: u", "# h", "> q", "1. o", "---"]  # fmt: skip
    odd = [
        "<br>",
        "---",
        "```",
        "  x",
        "    code",
        "> q",
        "1. o",
        "- ",
        "-",
        "***",
        "===",
        "[r]: /u",
    ]
    notes = []
    for _ in range(count):
        lines = []
        for _ in range(rng.randint(1, 12)):
            roll = rng.random()
            if roll < 0.55:
                indent = rng.choice([0, 0, 1, 2]) * rng.choice([2, 3, 4, 4, 5, 6])
                indent = max(0, indent + rng.choice([0, 0, 0, 1, -1]))
                space = rng.choice([" ", " ", " ", "  ", ""])
                text = " ".join(rng.choices(words, k=rng.randint(1, 3)))
                lines.append(
                    " " * indent
                    + rng.choice("--*+")
                    + space
                    + text
                    + rng.choice(["", "", " ", "\t"])
                )
            elif roll < 0.7:
                lines.append("")
            elif roll < 0.8:
                lines.append(rng.choice(["#", "##", "###"]) + " " + rng.choice(words))
            elif roll < 0.9:
                lines.append(" ".join(rng.choices(words, k=2)))
            else:
                lines.append(rng.choice(odd))
        notes.append("\n".join(lines) + rng.choice(["", "\n", "\n\n"]))
    return notes


def _same_tokens(notes: list[str]) -> tuple[int, list[str]]:
    """How many lists the shortcut took, and the notes whose tokens differ."""
    plain, shortcut = _parsers()
    taken = 0
    differ = []
    for note in notes:
        tokens = [token.as_dict() for token in shortcut.parse(note)]
        taken += sum(1 for t in tokens if t["type"] == "bullet_list_open" and t["level"] == 0)
        if tokens != [token.as_dict() for token in plain.parse(note)]:
            differ.append(note)
    return taken, differ


def test_generated_notes_are_read_into_the_tokens_markdown_it_makes(monkeypatch):
    taken_by_shortcut = []
    push = flashgen.fast_lists._push_list
    monkeypatch.setattr(
        flashgen.fast_lists, "_push_list", lambda *a: (taken_by_shortcut.append(1), push(*a))
    )
    _, differ = _same_tokens(_generated_notes(8000, seed=3))

    assert differ == []
    assert len(taken_by_shortcut) > 400, "the shortcut should have taken many of these lists"


def test_sample_notes_and_corpora_are_read_into_the_tokens_markdown_it_makes():
    files = sorted((PROJECT / "source").rglob("*.md")) + sorted((PROJECT / "tests").rglob("*.md"))
    if (SHARED / "corpora").is_dir():
        files += sorted((SHARED / "corpora").rglob("*.md"))
    if (SHARED / "seed").is_dir():
        files += sorted((SHARED / "seed").rglob("*.md"))
    notes = [Path(file).read_text(encoding="utf-8", errors="replace") for file in files]
    _, differ = _same_tokens(notes)
    assert differ == []


def test_a_loose_list_or_a_list_in_a_quote_is_left_to_markdown_it(monkeypatch):
    taken_by_shortcut = []
    monkeypatch.setattr(flashgen.fast_lists, "_push_list", lambda *a: taken_by_shortcut.append(a))
    _, shortcut = _parsers()
    for note in ("- a\n\n- b", "> - a\n> - b", "- a\n\n  more of a", "- a\n text", "1. a\n2. b"):
        shortcut.parse(note)
    assert taken_by_shortcut == []
