"""Small real image files for tests, made here rather than kept as binary fixtures."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from flashgen.extract import extract_cards
from flashgen.media import pack_images
from flashgen.model import Note
from flashgen.parse import parse_note
from flashgen.render import render_card, shows_something

from .conftest import visible_text


def png(width: int = 4, height: int = 4, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A valid PNG of one colour: different colours give different bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def packed_backs(
    folder: Path, name: str, text: str, shown: tuple[str, ...] = ()
) -> dict[str, tuple[str, int]]:
    """Each card's back of the note `text`, saved as `name` in `folder`, as a student reads it
    after a build packs its pictures: its words and how many pictures it shows, with only the
    pictures named in `shown` on disk under `img/`."""
    (folder / "img").mkdir()
    for picture in shown:
        (folder / "img" / picture).write_bytes(png(rgb=(0, 0, 128)))
    note = folder / name
    note.write_text(text, encoding="utf-8")
    lines = tuple(text.split("\n"))
    found = {}
    for card in extract_cards(parse_note(Note(note, name, text))):
        packed, _, _ = pack_images(render_card(card), note, folder, lines, name)
        if shows_something(packed):  # as a build keeps it
            found[card.question] = (visible_text(packed.answer), packed.answer.count("<img"))
    return found
