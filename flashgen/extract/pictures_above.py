"""A back that speaks of the picture above carries that picture.

`위 이미지에서 문자열 abc를 탐색하면 …`, `As the figure above shows, …`: the writer explains a
picture drawn just before, often at the end of the section before this one. On a card
alone the words point at nothing; a careful student puts the picture on the back, before
the words it explains. Only a picture standing right above the card's own first line is
taken (blank lines, `<br>` and wrapping `<div>`/`<p>` tags between): any text between
would make it a guess. The picture is the note's own line, packed or linked as any other,
so it reaches the card through the same safelist and the same notes-folder check.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flashgen.extract.pictures import may_show_images
from flashgen.model import Card
from flashgen.patterns import lazy

_ABOVE = lazy(
    r"위\s*(?:의\s*)?(?:그림|이미지|사진|도식|다이어그램)"
    r"|\b(?:the|this)\s+(?:figure|image|diagram|picture|illustration)\s+above"
    r"|\babove\s+(?:figure|image|diagram|picture|illustration)",
    re.IGNORECASE,
)
"""The picture above, in Korean or English (not `아래 그림`: a picture below is in the
section it is written in, on the card already)."""
_KOREAN_PICTURES = ("그림", "이미지", "사진", "도식", "다이어그램")
_WRAPPER = r"</?(?:p|div|center|figure)\b[^<>]*>"
_SPACER = lazy(rf"[ \t]*(?:<br\s*/?>|{_WRAPPER}|[ \t])*", re.IGNORECASE)
_A_PICTURE = r"!\[[^\]]*\]\([^)]*\)|<img\b[^<>]*>"
"""A picture, `![…](…)` or `<img …>`, as a picture alone and in a line of them."""
_PICTURE = lazy(_A_PICTURE, re.IGNORECASE)
_PICTURE_LINE = lazy(rf"[ \t]*(?:(?:{_A_PICTURE}|{_WRAPPER})[ \t]*)+", re.IGNORECASE)


def refers_to_a_picture_above(answer: str) -> bool:
    """Whether the back points at a picture above it and shows none."""
    if not (
        "above" in answer
        or "Above" in answer
        or "위" in answer
        and any(map(answer.__contains__, _KOREAN_PICTURES))
    ):
        return False  # most backs: a cheap look before any pattern
    return not may_show_images(answer) and bool(_ABOVE.search(answer))


def pictures_right_above(lines: tuple[str, ...], line: int) -> list[str]:
    """The pictures written just above the 1-based `line`, in their order: a run of lines
    that are only pictures, with blank lines, `<br>` and wrapping tags around them."""
    pictures: list[str] = []
    index = min(line - 2, len(lines) - 1)
    while index >= 0:
        text = lines[index]
        if _PICTURE_LINE.fullmatch(text) and _PICTURE.search(text):
            pictures[:0] = [found[0] for found in _PICTURE.finditer(text)]
        elif not _SPACER.fullmatch(text) or pictures and not text.strip():
            break  # words, or the blank line closing a run of pictures
        index -= 1
    return pictures


def with_picture_above(card: Card, lines: tuple[str, ...]) -> Card:
    """The card with the picture its back speaks of on its back, before the words."""
    if not refers_to_a_picture_above(card.answer):
        return card
    pictures = pictures_right_above(lines, card.line)
    if not pictures:
        return card
    return replace(card, answer=" ".join(pictures) + "\n\n" + card.answer)
