"""Shared test helpers: a real Anki collection to import decks into, and paths to test data."""

from __future__ import annotations

import os
import random
import re
from contextlib import contextmanager
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Public study-note collections and the seed note live beside the project, not in it.
SHARED = Path(os.environ.get("FLASHGEN_SHARED", PROJECT.parent / "shared"))


@pytest.fixture
def collection(tmp_path):
    """A fresh, empty Anki collection, as a new student's would be."""
    from anki.collection import Collection

    folder = tmp_path / "anki"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    yield col
    col.close()


@contextmanager
def opened(path: Path):
    """A collection file opened as Anki opens it, and closed again."""
    from anki.collection import Collection

    col = Collection(str(path))
    try:
        yield col
    finally:
        col.close()


@pytest.fixture
def anki_file(tmp_path) -> Path:
    """A student's collection file, closed, as it is on disk when Anki is not running."""
    path = tmp_path / "anki" / "collection.anki2"
    path.parent.mkdir()
    with opened(path):
        pass
    return path


def import_apkg(col, path: Path, with_scheduling: bool = False):
    """Import a package the way Anki's File › Import does; returns Anki's import log."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(
        package_path=str(path.resolve()),
        options=ImportAnkiPackageOptions(with_scheduling=with_scheduling),
    )
    return col.import_anki_package(request).log


def deck_names(col) -> set[str]:
    """The decks a collection shows, but the Default deck every collection has."""
    return {deck.name for deck in col.decks.all_names_and_ids()} - {"Default"}


_STYLE = re.compile(r"<style>.*?</style>", re.DOTALL)


def sides(card) -> tuple[str, str]:
    """What Anki renders on the front and back of a card, without the note type's CSS."""
    return _STYLE.sub("", card.question()).strip(), _STYLE.sub("", card.answer()).strip()


_ANSWER = re.compile(r'<div class="answer">(.*)</div>\s*<div class="source">', re.DOTALL)


def answer_of(back: str) -> str:
    """The answer part of a rendered back, without the front repeated above it or the source."""
    match = _ANSWER.search(back)
    assert match, "a back without the answer block"
    return match.group(1)


_REVEALED_CLOZE = re.compile(r'<span class="cloze"[^>]*>(.*?)</span>', re.DOTALL)


def taught_on_back(back: str) -> str:
    """What a back teaches: its answer block, and for a cloze the text it reveals."""
    return " ".join([answer_of(back), *_REVEALED_CLOZE.findall(back)])


def has_content(html: str) -> bool:
    """Something a student can read or look at."""
    return bool(visible_text(html)) or "<img" in html


_HIDDEN_CONTEXT = re.compile(r'<span class="field-context">.*?</span>', re.DOTALL)
"""The context a first field starts with, which the note types' style hides (the
context line shows it): test_preview.py sees it hidden in a real browser."""


def question_of(first_field: str) -> str:
    """A note's question as its first field holds it, without the context it starts with."""
    return _HIDDEN_CONTEXT.sub("", first_field)


def visible_text(html: str) -> str:
    """The words a student sees in some card HTML."""
    return " ".join(re.sub(r"<[^>]+>", " ", _HIDDEN_CONTEXT.sub(" ", html)).split())


def cards_in_anki(tmp_path: Path, collection, name: str, text: str) -> list[tuple[str, str]]:
    """Build one note into decks, import them into `collection`, and give each card's front
    and the words of its answer, as a student sees them in Anki."""
    write(tmp_path / "source" / name, text)
    _, shown = built_into_anki(collection, [tmp_path / "source"], tmp_path / "decks")
    return [(front, visible_text(back)) for front, back in shown]


def built_into_anki(collection, sources, out: Path):
    """Build these notes and folders into `out`, import the decks into `collection`, and
    give the build's report and each card's front (its words) and answer (its HTML), as
    Anki draws them."""
    report = build_decks(sources, out)
    for deck in report.decks_written:
        import_apkg(collection, deck)
    shown = [sides(collection.get_card(card_id)) for card_id in collection.find_cards("")]
    return report, [(visible_text(front), answer_of(back)) for front, back in shown]


def own_tags(note) -> set[str]:
    """A note's tags but the project's own, which every flashgen card carries."""
    return {tag for tag in note.tags if not tag.startswith("flashgen::project::")}


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def build_decks(sources, out: Path, **settings):
    """Build as `flashgen build` does, from these notes and folders into `out`."""
    from flashgen.build import build
    from flashgen.config import Settings

    return build(Settings(sources=tuple(Path(s) for s in sources), out=out, **settings))


def notes_folder(tmp_path: Path, notes: dict[str, str]) -> Path:
    """`source/` under tmp_path holding these notes (name → text)."""
    source = tmp_path / "source"
    for name, text in notes.items():
        write(source / name, text)
    return source


def deck_bytes(out: Path) -> dict[str, bytes]:
    """Each deck file's name and bytes."""
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.apkg"))}


MUTATION_PIECES = ["", " ", "    ", "\t", "\u00a0", "- ", "* ", "1. ", "## ", "> ", "<br>", "<hr>",
                   "---", "--", "- --", "***", "| a |", "|-|-|", "===", "```", "[x]: /u", "**b**",
                   "`c`", "[l](#a)", "<div>", "#", "####### x", "\\", "\x1c", "\x85"]  # fmt: skip


def mutated_notes(
    notes: list[str], count: int, seed: int, pieces: list[str] = MUTATION_PIECES
) -> list[str]:
    """Stretches of real notes with lines added, prefixed, suffixed or dropped: the blocks
    of real writing, pushed against the edges of what the rules and shortcuts take."""
    rng = random.Random(seed)
    mutated = []
    for _ in range(count):
        lines = rng.choice(notes).split("\n")
        start = rng.randrange(len(lines))
        lines = lines[start : start + rng.randint(3, 40)]
        for _ in range(rng.randint(1, 4)):
            at, roll = rng.randrange(len(lines) + 1), rng.random()
            if roll < 0.4 or at == len(lines):
                lines.insert(at, rng.choice(pieces) + rng.choice(["", "text", "가나 다"]))
            elif roll < 0.7:
                lines[at] = rng.choice(pieces) + lines[at]
            elif roll < 0.85:
                lines[at] += rng.choice(pieces)
            else:
                del lines[at]
        mutated.append("\n".join(lines))
    return mutated


def run(*args: str):
    """`flashgen ARGS` as typed at a terminal, in the working folder; its output and exit code."""
    from click.testing import CliRunner

    from flashgen.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def project_of(tmp_path: Path, monkeypatch, notes: dict[str, str]) -> Path:
    """A student's folder holding these notes (path → text), as the working folder."""
    monkeypatch.chdir(tmp_path)
    for name, text in notes.items():
        write(tmp_path / name, text)
    return tmp_path
