"""Words that only caption a picture the card cannot show.

A picture that is not packed (its file is missing, or refused) shows nothing on the card
(media.py). Its caption would stay behind as a label of nothing: `RR 예시` under a
scheduling chart, `구현체 일부` under a class diagram, `출처: …` crediting it. Two places
are read as its caption, and go with it:

- the few words framed with it in one HTML block (`<div align="center">`, `<center>`,
  `<p>`), when nothing else is pictured there;
- a short line right under it, in the same paragraph or the next one: a few words naming
  it, no clause (`hibernate 구현체 일부`, not `JPA는 … 사이에서 동작` nor `그림에서 숫자가
  자원이다.`), followed by more prose, a heading, another picture or nothing, not by code,
  a list or a table it may name.

Anything longer or shaped as a sentence stays: when in doubt, the words stay. A picture
that is shown (packed, or a link to one online) keeps its caption as written.
"""

from __future__ import annotations

import re

from flashgen.patterns import lazy

GONE = "\x00"
"""Where a picture that is not shown stood, until its words are judged."""

_SPACE = r"(?:\s|<br\s*/?>|\x00)*"
_FRAMED = lazy(
    r"<(div|center)\b[^>]*>((?:(?!</?(?:div|center)\b)[\s\S])*?)</\1>"
    r"|<(p)\b[^>]*>((?:(?!</?p\b)[\s\S])*?)</p>",
    re.IGNORECASE,
)
"""A centring block and what it frames, or a paragraph (a picture over its caption line)."""
_UNDER = lazy(
    rf"(<(p|div|center)\b[^>]*>{_SPACE}\x00{_SPACE}</\2>\s*)"
    r"<p>((?:(?!</?p\b)[^\n])*)</p>\n?"
    r"(?=\s*(?:<(\w+)|$))",
    re.IGNORECASE,
)
"""A block holding only pictures not shown, and the one-line paragraph right under it."""
_AFTER_PROSE = frozenset(
    {"p", "div", "center", "blockquote", "hr", "h1", "h2", "h3", "h4", "h5", "h6"}
)
_TAG = lazy(r"<[^>]*>")
_BLOCK = lazy(r"<(?:p|div|center|ul|ol|pre|table|blockquote|h\d)\b", re.IGNORECASE)
_LINE_BREAK = lazy(r"\n|<br\s*/?>", re.IGNORECASE)
_ENDS_A_SENTENCE = lazy(r"[.!?。:：;)\]]$|[다요죠음]$")
_ONLY_BOLD = lazy(r"\s*<(strong|b)>[\s\S]*</\1>\s*", re.IGNORECASE)
_CLAUSE = lazy(r"[은는이가을를]$|에서$|하고$|[=?]|^\W*\d+[.)]")
"""A word that makes a line a clause rather than a name (`JPA는 …`, `… 사이에서 동작`), a
value (`Counter = 10`), a question, or a numbered step (`2) …`)."""
_SHOWN_PICTURE = lazy(r"<img\b", re.IGNORECASE)
CAPTION_CHARS = 50
CAPTION_WORDS = 5
"""A caption line is a few words: longer lines say something of their own."""
FRAMED_CHARS = 120
"""What a frame holds beside its picture: a caption and a credit, at most."""


def without_captions(html: str) -> str:
    """The card's HTML without the captions of pictures marked `GONE`."""
    html = _UNDER.sub(_under, html)
    if not _BLOCK.search(html):  # a back of one paragraph is rendered bare, with no `<p>`
        return GONE if _is_picture_over_caption(html) else html
    return _FRAMED.sub(_framed, html)


def _under(found: re.Match[str]) -> str:
    following = (found[4] or "").lower()
    if following and following not in _AFTER_PROSE or not _is_caption_line(found[3]):
        return found[0]
    return found[1]


def _framed(found: re.Match[str]) -> str:
    inside = found[2] if found[1] else found[4]
    if GONE not in inside or _SHOWN_PICTURE.search(inside):
        return found[0]
    words = " ".join(_TAG.sub(" ", inside.replace(GONE, " ")).split())
    if not words:
        return found[0]
    if found[1]:  # a centring frame: its words are the picture's caption and credit
        return GONE if len(words) <= FRAMED_CHARS else found[0]
    return GONE if _is_picture_over_caption(inside) else found[0]


def _is_picture_over_caption(paragraph: str) -> bool:
    """A paragraph that is a picture first, then one caption line under it."""
    head, _, rest = paragraph.strip().partition(GONE)
    lines = _LINE_BREAK.split(rest)
    text = [line for line in lines if line.replace(GONE, "").strip()]
    return (
        not head.strip()
        and not lines[0].replace(GONE, "").strip()  # words beside the picture are no caption
        and len(text) == 1
        and _is_caption_line(text[0])
    )


def _is_caption_line(line: str) -> bool:
    """A few words on one line that end no sentence and are not a bold label."""
    if _ONLY_BOLD.fullmatch(line):
        return False  # `**B tree**`: a label of what follows as likely as of the picture
    words = _TAG.sub(" ", line).split()
    text = " ".join(words)
    return (
        0 < len(words) <= CAPTION_WORDS
        and len(text) <= CAPTION_CHARS
        and not _ENDS_A_SENTENCE.search(text)
        and not any(_CLAUSE.search(word) for word in words)
    )
