"""Words that only point at a picture the card cannot show.

A picture that is not packed (its file is missing, or refused) shows nothing on the card
(media.py). The sentence that led into it would stay behind pointing at nothing: `트리를
그림으로 표현하면 아래와 같다.`, `아래 그림을 보자`, `This is illustrated below:` over it,
`위의 그림은 … 예시이다.` or `(figure from the … paper)` under it. Such a sentence goes with
the picture; the words around it stay. Read as pointers:

- right before the picture: a sentence whose predicate only says the picture follows
  (`X는 다음과 같다`, `아래와 같이 나타낼 수 있다`, `아래 그림과 같이 표현된다`), invites
  the student to look at it (`아래 그림을 보자`, `… 도식도를 보면서 이해해보자`, `아래에서 …
  볼 수 있다`), says what it is (`아래의 사진은 … 결과이다`), or in English says it is
  illustrated or shown below (`This is illustrated below:`; a closing `, as shown below:`
  leaves the clause it ends, the sentence then closing with a full stop);
- right after the picture: a sentence saying what the picture above is (`위의 그림은 …
  예시이다.`), or a line in parentheses naming it or its source (`(figure from …)`);

Further down a back that shows no picture at all, a clause only saying where to look
goes and the sentence it opens stays (`위의 그림처럼 TLB가 있으면 …`, `위 사진과 같이 …`,
`위 그림은 … 도식화한 것으로 실제로는 …`, `[그림 5-1]에 나와 있는 것처럼 …`), as does a
figure's number labelling a line (`그림 1 : 주소 버스에 값이 있을 때 …`); a sentence that
is only such an invitation goes (`위의 그림을 예시로 들어보자.`). A clause over sizes read off
the picture stays (`위의 그림과 같이 bound register 는 16KB로 …`): the example is the picture's.

A sentence that tells something beyond the picture stays (`아래 그림처럼 완료된 상태에서
철회할 수 없다.`, `… 알 수 있듯이 속도가 빠르다.`), as does one naming code, a table or a
list, which may be what it leads into. A bare `다음과 같다` with no picture word leads into
the picture only when no list, code or table follows it. A picture that is shown keeps its
words as written.
"""

from __future__ import annotations

import re

from flashgen.captions import GONE
from flashgen.patterns import lazy
from flashgen.text import HTML_TAG

_PICTURE_WORD = lazy(
    r"그림|사진|이미지|도식|도표|다이어그램|스크린샷|캡[처쳐]|아키텍[처쳐]|(?:구성|구조|흐름|순서|설계|배치|관계)도"
    r"|\b(?:figure|diagram|image|picture|illustration|screenshot|chart|graph)s?\b",
    re.IGNORECASE,
)
"""Words naming a picture (`그림`, `도식도`, `아키텍처`, `diagram`)."""
_OTHER_THING = lazy(
    r"코드|목록|(?<![가-힣])표(?:[로를가는에와과]|에서)?(?![가-힣])|\b(?:code|table|snippet)s?\b",
    re.IGNORECASE,
)
"""What a sentence may lead into besides the picture: then it may name that, and stays."""
_AS_FOLLOWS = lazy(
    r"(?:다음|아래)\s*(?:의\s*)?(?:(?:그림|사진|이미지|도식도?|다이어그램|화면)\s*)?[과와]\s*같"
    r"(?:다|습니다|음|이\s*(?:\S+\s+){0,2}(?:(?:나타낼|표현할|그릴|요약할|정리할|볼|그려\s*볼)\s*수"
    r"\s*있(?:다|습니다)|표현된다|표현됩니다|나타난다|나타납니다|그려진다|생겼다))"
    r"[.:：]?$"
)
"""`X는 다음과 같다.`, `아래와 같이 [그림 6-3]으로 나타낼 수 있다.`, `아래의 그림과 같이
표현된다`: a predicate saying only that what follows shows it."""
_LOOK = lazy(
    r"(?:^|\s|[을를로])(?:살펴|확인해|파악해|이해해|알아)?\s*(?:보자|봅시다|보세요)[.!:]?$"
    r"|(?:^|\s)참고(?:하자|하세요)?[.!:]?$"
)
"""An invitation to look (`… 보자`), pointing at a picture when it names one."""
_SEE_BELOW = lazy(
    r"^아래(?:에서|의?\s*(?:그림|사진|이미지|화면)(?:에서|을\s*보면))\s.*(?:볼|확인할)\s*수\s*있다\.?$"
)
"""`아래에서 … 예외 처리 되는 것을 볼 수 있다.`: what the picture below shows."""
_FIGURE_HAS = lazy(
    r"^\[?그림\s*[\d.-]+\]?(?:에|에서)\s[^,]*(?:나와\s*있다|나타나\s*있다|보인다)\.?$"
)
"""`[그림 6-2]에 이진 트리의 예가 나와있다.`: what a numbered figure shows."""
_IS_THE_PICTURE = lazy(
    r"^(?:아래|다음|위)\s*(?:의\s*)?(?:그림|사진|이미지|도식도?|다이어그램|화면)[은는]\s"
    r"[^,]*(?:그림|사진|예시|예|결과|모습|과정|구조|흐름|그래프)(?:이다|입니다|다)\.?$"
)
"""`아래의 사진은 … 나오는 결과이다.`, `위의 그림은 … 예시이다.`: what the picture is."""
_ENGLISH_BELOW = lazy(
    r"^(?:this|that|it|these|they|which)\s+(?:is|are)\s+(?:illustrated|shown|depicted|pictured"
    r"|visuali[sz]ed|summari[sz]ed|drawn)\s+(?:below|here)[.:]?$"
    r"|^(?:see|refer\s+to)\s+the\s+(?:figure|diagram|image|picture|chart|illustration)\s+below[.:]?$"
    r"|^(?:here\s+is|here's|below\s+is)\s+(?:a|an|the)\s+(?:figure|diagram|image|picture|chart"
    r"|illustration|screenshot)\b[^.]*[.:]$",
    re.IGNORECASE,
)
"""`This is illustrated below:`, `See the diagram below.`, `Here is a diagram of …:`."""
_ENGLISH_CLOSING = lazy(
    r",?\s+as\s+(?:illustrated|shown|depicted|pictured|seen)\s+(?:below|here)\s*[.:]?$",
    re.IGNORECASE,
)
"""`…, as illustrated below:`: a closing clause, the sentence before it said."""
_CREDIT = lazy(
    r"^\((?:[^()]*\b(?:figure|diagram|image|picture|chart|screenshot|photo)s?\b|그림|사진|이미지|출처)"
    r"[^()]*\)$",
    re.IGNORECASE,
)
"""`(figure from the … paper, 2018)`: a line in parentheses naming the picture above."""

_PICTURE_NAME = r"(?:그림|사진|이미지|도식도?|다이어그램)"
_START = r"(?:^|(?<=[>\n])|(?<=[.!?]\s))(?:(?:하지만|그러나|즉|또한|따라서)\s*,?\s*|\[\d+\]\s*)?"
"""Where a sentence starts, after a connective (`하지만, `) or a step's number (`[2] `)."""
_AS_ABOVE = lazy(
    rf"({_START})(?:위\s*(?:의\s*)?{_PICTURE_NAME}\s*(?:처럼|[과와]\s*같이)"
    rf"|위\s*(?:의\s*)?{_PICTURE_NAME}[은는]\s[^,.<>]{{0,40}}?것으로"
    r"|\[그림\s*\d+(?:[.-]\d+)*\]\s*에\s*나와\s*있는(?:\s*것처럼)?)\s*,?\s+(?=[^\s<]|<(?!/))"
)
"""`위의 그림처럼 `, `위 사진과 같이 `, `위 그림은 … 도식화한 것으로 `, `[그림 5-1]에 나와
있는 것처럼 `: a clause saying only where to look, the sentence going on after it."""
_LOOK_ABOVE = lazy(
    rf"{_START}위\s*(?:의\s*)?{_PICTURE_NAME}\s*[을를]\s*(?:예시로\s*들어\s*)?(?:보자|봅시다)[.!]?"
    r"(?:[ \t]+|(?=[<\n])|$)"
)
"""`위의 그림을 예시로 들어보자.`: a sentence only inviting the student to look."""
_SENTENCE = lazy(r"(?:[^.!?<]|<(?!/?(?:p|li|div|br)\b))*", re.IGNORECASE)
"""The rest of a sentence, up to its full stop or the end of its paragraph or item."""
_SIZE = lazy(r"\d\s*(?:[KMGT]i?B|[KMG])(?![A-Za-z])")
"""A size (`16KB`, `26K`): a value read off the picture's example."""
_FIGURE_LABEL = lazy(r"(?:^|(?<=[>\n]))\[?그림\s*\d+\]?\s*[:：]\s*(?=[^\s<])")
"""`그림 1 : `: a figure's number labelling the line that reads it."""

_GAP = r"\s|<br\s*/?>|</?(?:p|div|center|figure|span)\b[^<>]*>|</(?:li|ul|ol)>"
"""Between a line and the picture it leads into: spacing, wrapping tags, the ends of items."""
_SPACER = rf"(?:{_GAP}|\x00)*"
_BLOCK = r"(?:p|div|li|ul|ol|br|pre|table|h\d|blockquote|center|figure|span)\b"
_LINE = rf"[^<>\n\x00]*(?:<(?!/?{_BLOCK})[^<>]*>[^<>\n\x00]*)*"
"""Words on one line of a block, with the inline tags among them (`<code>`, `<strong>`)."""
_BEFORE = lazy(rf"(?:^|(?<=>)|(?<=\n))({_LINE}?)(?=(?:{_GAP})*\x00)", re.IGNORECASE)
_AFTER = lazy(
    rf"(\x00(?:\s|<br\s*/?>|</?(?:p|div|center|figure|span|li|ul|ol)\b[^<>]*>|\x00)*)({_LINE})",
    re.IGNORECASE,
)
_FOLLOWED_BY = lazy(rf"((?:{_GAP})*)\x00{_SPACER}<(pre|table|ul|ol|dl|img)\b", re.IGNORECASE)
"""After the picture: a list, code, a table or a shown picture a line may lead into."""
_SHOWN = lazy(r"<img\b", re.IGNORECASE)
_SENTENCE_END = lazy(r"(?<=[.!?。])(?:\s|&nbsp;)+(?=\S)")

_EMPTY_ITEM = lazy(r"<li\b[^>]*>(?:\s|<p>\s*</p>)*</li>\n?", re.IGNORECASE)
_EMPTY_LIST = lazy(r"<(ul|ol)\b[^>]*>\s*</\1>\n?", re.IGNORECASE)
"""An item (or a paragraph in it) whose only line pointed at the picture, and its list when
that was its only item: no empty bullet left."""


def _plain(html: str) -> str:
    text = HTML_TAG.sub("", html).replace("&nbsp;", " ").replace("&amp;", "&")
    return " ".join(text.split())


def points_below(sentence: str) -> bool:
    """Whether a sentence (plain text) only says that the picture under it shows something."""
    if _OTHER_THING.search(sentence):
        return False
    if _AS_FOLLOWS.search(sentence) or _SEE_BELOW.search(sentence) or _FIGURE_HAS.match(sentence):
        return True
    if _LOOK.search(sentence) and (_PICTURE_WORD.search(sentence) or "아래" in sentence):
        return True
    if sentence.startswith(("아래", "다음")) and _IS_THE_PICTURE.search(sentence):
        return True
    return bool(_ENGLISH_BELOW.search(sentence))


def points_above(sentence: str) -> bool:
    """Whether a sentence (plain text) only says what the picture over it is."""
    if _OTHER_THING.search(sentence):
        return False
    if sentence.startswith("위") and _IS_THE_PICTURE.search(sentence):
        return True
    return bool(_CREDIT.fullmatch(sentence))


_ASIDE_OF_A_PICTURE = lazy(rf"\s?\(([^()<>{GONE}]{{0,80}}){GONE}([^()<>{GONE}]{{0,80}})\)")
"""`(see GONE)`, `(Strang's picture, GONE)`, `(my graph — see GONE for the real ones)`: a
missing picture in parentheses, with the words around it."""
_SEES = lazy(r"\b(?:see|cf|cf\.|as in|shown in)\b|참고|참조|보기", re.IGNORECASE)
_MARKS = " ,:;—–-"
"""Marks a missing picture leaves beside it in its parenthesis."""


def _aside_of_a_picture(found: re.Match[str]) -> str:
    """A parenthesis that only points at or names the missing picture goes whole (`(see )`,
    `(Strang's picture, )` were left); one saying more than that keeps its words."""
    said = f"{found[1]} {found[2]}"
    if not said.strip(_MARKS) or _SEES.search(said) or _PICTURE_WORD.search(said):
        return ""
    lead = found[0][: found[0].index("(")]
    return f"{lead}({f'{found[1].rstrip(_MARKS)} {found[2].lstrip(_MARKS)}'.strip()})"


def without_pointers(html: str) -> str:
    """The card's HTML without the sentences that only point at pictures marked `GONE`, and
    without the parentheses that only point at or name one."""
    if "(" in html:
        html = _ASIDE_OF_A_PICTURE.sub(_aside_of_a_picture, html)
    html = _BEFORE.sub(_before, html)
    html = _AFTER.sub(_after, html)
    html = _without_pointers_further_down(html)
    return _EMPTY_LIST.sub("", _EMPTY_ITEM.sub("", html))


def _before(found: re.Match[str]) -> str:
    line = found[1]
    sentences = _SENTENCE_END.split(line)
    sentence = sentences[-1]
    said = line[: len(line) - len(sentence)].rstrip()
    last = _plain(sentence)
    if not last:
        return line
    if points_below(last):
        if not _balanced(sentence) or _leads_on(last, found.string, found.end()):
            return line
        return said
    closing = _ENGLISH_CLOSING.search(sentence)
    if closing and _plain(sentence[: closing.start()]):
        return f"{said} {sentence[: closing.start()]}.".lstrip()
    return line


def _balanced(html: str) -> bool:
    """Whether a sentence opens as many tags as it closes: one cut out of a longer bold or
    linked run would leave a tag open."""
    return html.count("</") == html.count("<") - html.count("</")


def _leads_on(sentence: str, html: str, end: int) -> bool:
    """Whether the line may lead into something shown after the missing picture: a shown
    picture; or, when it names no picture (`… 다음과 같다.`), code, a table, a numbered list,
    or a bulleted list after a paragraph (in a running list of points, the next list goes
    on with the notes)."""
    found = _FOLLOWED_BY.match(html, end)
    if found is None:
        return False
    after = found[2].lower()
    if after == "img":
        return True
    if _PICTURE_WORD.search(sentence):
        return False
    return after != "ul" or "</li>" not in found[1].lower()


def _after(found: re.Match[str]) -> str:
    first = _SENTENCE_END.split(found[2], maxsplit=1)
    if not _balanced(first[0]) or not points_above(_plain(first[0])):
        return found[0]
    return found[1] + (first[1] if len(first) > 1 else "")


def _without_pointers_further_down(html: str) -> str:
    """Below the first missing picture of a back that shows none: the clauses and labels
    that only say where to look, the sentences they open kept."""
    start = html.find(GONE)
    if start < 0 or _SHOWN.search(html):
        return html
    below = _LOOK_ABOVE.sub("", html[start:])
    below = _FIGURE_LABEL.sub("", _AS_ABOVE.sub(_as_above, below))
    return html[:start] + below


def _as_above(found: re.Match[str]) -> str:
    """The clause gone, unless its sentence reads sizes off the picture (`위의 그림과 같이
    bound register 는 16KB로 …`): without it the picture's example would read as a rule."""
    sentence = _SENTENCE.match(found.string, found.end())
    if sentence and _SIZE.search(sentence[0]):
        return found[0]
    return found[1]
