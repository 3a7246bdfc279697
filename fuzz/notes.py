"""Fuzzing a note's whole way to cards, for what a student or Anki would trip over.

    pip install atheris
    python fuzz/notes.py CORPUS_DIR [SEED_DIR ...] -dict=fuzz/markdown.dict -max_len=1500

Each input is read as a note file is (binary check, NUL, line endings, NFC) and turned
into rendered cards.
It stops, saving the input as `crash-…`, when a note raises anything but the errors a
build reports, or gives a card with a blank side, or one Anki would make no card of.
"""

import sys
import unicodedata
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["flashgen"]):
    from flashgen.apkg import MODELS, _card_ords
    from flashgen.errors import FlashgenError
    from flashgen.extract import extract_cards
    from flashgen.model import CardKind, Note
    from flashgen.parse import parse_note
    from flashgen.render import footnotes_of, references_of, render_card, shows_something
    from flashgen.sources import _BINARY_SNIFF


def one_input(data: bytes) -> None:
    if b"\x00" in data[:_BINARY_SNIFF]:
        return  # a build refuses it as binary
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text.replace("\x00", "\ufffd"))
    if not text.strip():
        return
    try:
        tree = parse_note(Note(Path("note.md"), "note.md", text))
        footnotes, references = footnotes_of(text), references_of(text)
        rendered = [render_card(card, footnotes, references) for card in extract_cards(tree)]
    except (RecursionError, FlashgenError):
        return  # reported to the writer, naming the note
    for card in filter(shows_something, rendered):
        assert card.question.strip(), f"blank front: {card}"
        assert card.card.kind is CardKind.CLOZE or card.answer.strip(), f"blank back: {card}"
        fields = (card.question, card.answer, card.context, card.origin)
        assert list(_card_ords(MODELS[card.card.kind], fields)), f"Anki makes no card: {card}"


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
