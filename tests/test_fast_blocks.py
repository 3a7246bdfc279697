"""The block shortcut must never change how a note is read: wherever it takes a heading, a
paragraph, a line of HTML or a list, the tokens are the ones markdown-it's own rules make."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import flashgen.fast_blocks
from flashgen.fast_blocks import simple_blocks

from .conftest import PROJECT, SHARED, mutated_notes


def _parsers() -> tuple[MarkdownIt, MarkdownIt]:
    plain = MarkdownIt("commonmark", {"html": True}).enable("table")
    shortcut = MarkdownIt("commonmark", {"html": True}).enable("table")
    shortcut.block.ruler.before("table", "simple_blocks", simple_blocks)
    return plain, shortcut


def _generated_notes(count: int, seed: int) -> list[str]:
    """Notes of list items at every indent and marker, blank lines, headings, paragraphs
    and the lines that end or continue a list in unexpected ways."""
    rng = random.Random(seed)
    words = ["a", "가나", "x1", "다.", "**b**", "`c`", "[x](#y)", "RTT: 왕복", "<br>", "a | b",
             "[r]: u", "# h", "> q", "1. o", "---", "#", "C#", "\u00a0", "b  ", ":--", "--"]  # fmt: skip
    odd = [
        "<br>",
        "---",
        "```",
        "  x",
        "    code",
        "\tcode",
        "> q",
        "1. o",
        "- ",
        "-",
        "***",
        "===",
        "[r]: /u",
        "<br/>",
        "<hr>",
        "<BR>",
        "<br>x",
        "--",
        "=",
        ":-:",
        "|-|-|",
        "## a ##",
        "#######",
        "#\ta",
        "## \u00a0a",
        "# a\u3000",
        " \t",
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
            elif roll < 0.75:
                lines.append(rng.choice(["#", "##", "###"]) + " " + rng.choice(words))
            elif roll < 0.8:
                lines.append(rng.choice(["<br>", "<br>", "<br />", "<hr/>"]))
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


@pytest.mark.slow
def test_generated_notes_are_read_into_the_tokens_markdown_it_makes(monkeypatch):
    taken = Counter()
    read = flashgen.fast_blocks._read_block

    def counted(state, lines):
        pushed = len(state.tokens)
        count = read(state, lines)
        if count:
            taken[state.tokens[pushed].type] += 1
        return count

    monkeypatch.setattr(flashgen.fast_blocks, "_read_block", counted)
    _, differ = _same_tokens(_generated_notes(8000, seed=3))

    assert differ == []
    for kind in ("bullet_list_open", "heading_open", "paragraph_open", "html_block"):
        assert taken[kind] > 400, f"the shortcut should have read many blocks of {kind}"


@pytest.mark.slow
def test_sample_notes_and_corpora_are_read_into_the_tokens_markdown_it_makes():
    files = sorted((PROJECT / "source").rglob("*.md")) + sorted((PROJECT / "tests").rglob("*.md"))
    if (SHARED / "corpora").is_dir():
        files += sorted((SHARED / "corpora").rglob("*.md"))
    if (SHARED / "seed").is_dir():
        files += sorted((SHARED / "seed").rglob("*.md"))
    notes = [Path(file).read_text(encoding="utf-8", errors="replace") for file in files]
    _, differ = _same_tokens(notes)
    assert differ == []


@pytest.mark.slow
def test_mutated_sample_and_corpus_notes_are_read_into_the_tokens_markdown_it_makes():
    folders = [PROJECT / "source", PROJECT / "tests" / "fixtures", SHARED / "corpora"]
    files = [file for folder in folders if folder.is_dir() for file in sorted(folder.rglob("*.md"))]
    notes = [file.read_text(encoding="utf-8", errors="replace") for file in files]
    _, differ = _same_tokens(mutated_notes(notes, 4000, seed=1))
    assert differ == []


def test_a_loose_list_or_a_list_in_a_quote_is_left_to_markdown_it(monkeypatch):
    taken_by_shortcut = []
    monkeypatch.setattr(flashgen.fast_blocks, "_push_list", lambda *a: taken_by_shortcut.append(a))
    _, shortcut = _parsers()
    for note in ("- a\n\n- b", "> - a\n> - b", "- a\n\n  more of a", "- a\n text", "1. a\n2. b"):
        shortcut.parse(note)
    assert taken_by_shortcut == []


def test_a_tight_list_with_spaces_left_at_item_ends_is_read_as_markdown_it_reads_it(monkeypatch):
    """Notes often keep a space or two after an item (`- Perceptron `): markdown-it trims
    them off the item's text, and so must the shortcut, which reads such lists too."""
    read = flashgen.fast_blocks._read_block
    taken = []
    monkeypatch.setattr(
        flashgen.fast_blocks, "_read_block", lambda *a: taken.append(read(*a)) or taken[-1]
    )
    plain, shortcut = _parsers()
    for note in ("- Perceptron \n- CNN  \n  - RNN   \n", "* a `b ` \n* c\n\n# d", "- a  \n## b"):
        taken.clear()
        tokens = [t.as_dict() for t in shortcut.parse(note)]
        assert tokens == [t.as_dict() for t in plain.parse(note)]
        assert taken[0] > 0, f"{note!r} should have been read by the shortcut"
        assert not any(t["content"].endswith(" ") for t in tokens if t["type"] == "inline")


def test_a_block_that_another_block_could_end_or_continue_is_left_to_markdown_it(monkeypatch):
    taken = []
    read = flashgen.fast_blocks._read_block
    monkeypatch.setattr(
        flashgen.fast_blocks, "_read_block", lambda *a: taken.append(read(*a)) or taken[-1]
    )
    plain, shortcut = _parsers()
    for note in ("a\n---", "a\n--", "a\n===", "a | b\n-|-", "a\n- b", "a\n<br>", "a\n  b",
                 "## a ##", "### #", "# a | b\n-|-", "<br>\nb", "<br> x"):  # fmt: skip
        taken.clear()
        assert [t.as_dict() for t in shortcut.parse(note)] == [
            t.as_dict() for t in plain.parse(note)
        ]
        assert taken[:1] == [0], f"{note!r} should have been left to markdown-it"
