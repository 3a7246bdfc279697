"""Images on the cards the notes' structure gives: on the back, beside words.

A picture on the front asks the student to decode it, and a back that is only a picture
gives nothing to recall in words: the image belongs on the back, with the words that
explain it. An image alone is a card only when its heading asks for one (`구조 다이어그램`).
Cards written in a flashcard syntax are taken as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.text import ATTRIBUTE_LIST, PAGE_ATTRIBUTES

_IMAGE = lazy(
    r"\[\s*(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>)\s*\]\([^)]*\)"  # a linked image
    r"|!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])"
    r"|<img\b[^>]*>",
    re.IGNORECASE,
)
_NOT_WORDS = lazy(rf"\]\([^)]*\)|<[^>]*>|&#?\w+;|https?://\S+|{ATTRIBUTE_LIST}|{PAGE_ATTRIBUTES}")
"""Link targets, tags, entities, addresses and kramdown's or MkDocs' attribute lists
(`{: width="400"}`, `{ width="500" }`):
no words to read."""
_WORD = lazy(r"[^\W_]")
_SPACES = lazy(r"[ \t]{2,}")
_ASKS_FOR_A_PICTURE = lazy(
    r"다이어그램|다이아그램|도식|도표|그림|사진|(구성|구조|흐름|순서|설계|개념|배치|관계)도|아키텍처|차트|"
    r"diagram|flowchart|figure|chart|architecture",
    re.IGNORECASE,
)
"""Headings that ask for a picture: a diagram, a drawing of an architecture, a chart, a photo
(`패킷 교환 방식 비교 사진`)."""


def may_show_images(markdown: str) -> bool:
    """A quick look, before any closer one: most cards show no image."""
    return "![" in markdown or "<img" in markdown or "<IMG" in markdown


def has_words(markdown: str) -> bool:
    """Whether the Markdown says something in words once its images are taken away."""
    return bool(_WORD.search(_NOT_WORDS.sub(" ", _IMAGE.sub(" ", markdown))))


def pictures_on_the_back(card: Card) -> Card | None:
    """The card with the images of its question moved to its back; None when it has no
    question left in words, or when its back is only pictures and nothing asks for one."""
    question, answer = card.question, card.answer
    if may_show_images(question) and _IMAGE.search(question):
        if not has_words(question):
            return None  # `- ![handshake](hs.png)` over its notes: a picture, no question
        images = [match[0] for match in _IMAGE.finditer(question)]
        question = _SPACES.sub(" ", _IMAGE.sub(" ", question)).strip()
        answer = "\n\n".join(part for part in (answer, *images) if part)
        card = replace(card, question=question, answer=answer)
    if (
        may_show_images(answer)
        and not has_words(answer)
        and not _ASKS_FOR_A_PICTURE.search(card.question)
    ):
        return None
    return card
