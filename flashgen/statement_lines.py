"""Where a line break inside a paragraph is one its writer meant to show.

CommonMark joins the lines of a paragraph with a space, and a writer who puts one statement
a line, without blank lines between them, sees them as lines in their own editor (Obsidian,
most note apps) and wants them so on a card:

    S: Black Friday week, checkout p99 jumped to 8s.
    T: I was on call; needed to restore service and find root cause.

A break is kept when the line before it ends a statement (`… to 8s.`, `… 반복해서 등장한다`,
`…결과 같음`, `… (실수 많이 하는 부분)`), when the line after it opens on a label
(`T:`, `**멱등(Idempotent)** :`, `Learning:`) or an arrow (`→ CPI = 1.06`), or when either
line is a formula or a statement of code (`dist[k][i][j] = min(…)`). Prose wrapped at a
width mid-sentence (`… the model` over `predicts the next token …`) still joins with a
space, as does a line after a comma, a sentence going on in lowercase (`e.g.` over `the
input`), and lines the writer already breaks with HTML (`<br>`).
"""

from __future__ import annotations

from flashgen.patterns import lazy

_SENTENCE_END = lazy(r"(?:[.!?。！？:：]|(?<=[\uac00-\ud7a3])[다요])$")
"""A statement's last character: a stop, a colon over what it introduces, or a Korean
sentence ending (`…반복해서 등장한다`)."""
_ASIDE_END = lazy(r"\s\([^()]*\)$")
"""An aside closing the line (`… 여야 한다! (실수 많이 하는 부분)`), set off by a space: not a
word's gloss (`힙(heap)`) or a link's address."""
_CLOSING_MARKS = "*_~ \t"
_NAME_REST = r"(?:[^\s:()*`]|\([^()]*\))*"
_LABEL = lazy(
    r"(?:\*\*[^*]{1,40}\*\*|`[^`]{1,40}`)\s?[:：]"
    rf"|(?:[A-Z\u0080-\uffff]{_NAME_REST}(?:\s[^\s:(]{_NAME_REST}){{0,3}}|[a-z][\w.\-\[\]]*)"
    r"\s?[:：](?:\s|$)"
)
"""A line opening on a label: a bold or code name (`**멱등(Idempotent)** :`), a name of up to
four words starting with a capital or a letter of another script (`Learning:`, `물리
주소(physical address):`), or one word (`maxLifetime :`), then a colon and a space."""
_ARROW = lazy(r"(?:→|->|=>|⇒)\s")
_FORMULA = lazy(r"[^\s=$`]{1,30}(?:\s[^\s=$`]{1,12}){0,2}\s?=(?!=)\s?\S")
"""A line stating a formula or code: a term of a few words, then `=` (`dist[k][i][j] = min(…)`,
`평균 = (0+7+10+18)/4`, `CTR= Number of Clicks …`)."""
_GOES_ON = lazy(r"[a-z]+\s+[a-z]")
"""A line going on in lowercase English words: the sentence before it did not end (`e.g.`
over `the input`)."""
_RUNS_ON = lazy(r"[A-Za-z,]$")
_HTML_EDGE = lazy(r"</?[A-Za-z][^<>]*>$")
_HTML_START = lazy(r"</?[A-Za-z]")


def starts_a_new_line(before: str, after: str) -> bool:
    """Whether the break between two lines of a paragraph is one its writer meant to show."""
    before, after = before.strip(), after.strip()
    if not before or not after or _HTML_EDGE.search(before) or _HTML_START.match(after):
        return False  # broken with HTML already, or nothing to break
    if before.endswith((",", "，", "、")):
        return False
    if _LABEL.match(after) or _ARROW.match(after):
        return True
    if _FORMULA.match(before) or _FORMULA.match(after):
        return True
    if _GOES_ON.match(after):
        return False
    said = before.rstrip(_CLOSING_MARKS)
    return bool(_SENTENCE_END.search(said) or _ASIDE_END.search(said) or _noun_ending(said))


def _noun_ending(line: str) -> bool:
    """A Korean statement closed as a noun, on a last syllable in ㅁ (`…결과 같음`,
    `…만큼만 보냄`, `…실행됨`): notes say most things so, without a stop."""
    last = ord(line[-1]) - 0xAC00 if line else -1
    return 0 <= last < 11172 and last % 28 == _FINAL_M


_FINAL_M = 16
"""The index of ㅁ among the final consonants of a Hangul syllable."""


def kept_breaks(lines: list[str]) -> list[bool]:
    """For each break between a paragraph's `lines`, whether it is shown (`starts_a_new_line`).
    A paragraph wrapped at a width (`… the model` over `predicts the next token …`) shows
    none: a break there after a stop falls where the width put it, not where its writer
    ended a line. A break inside a cloze (`{{c1::…` over `…}}`) is never shown: the words
    of a gap stay together."""
    if len(lines) < 2:
        return []  # most paragraphs: one line, no break to decide
    pairs = list(zip(lines, lines[1:], strict=False))
    if any(_wrapped(before, after) for before, after in pairs):
        return [False] * len(pairs)
    kept, open_clozes = [], 0
    for before, after in pairs:
        if "{{" in before or "}}" in before:
            open_clozes = max(0, open_clozes + before.count("{{c") - before.count("}}"))
        kept.append(open_clozes <= 0 and starts_a_new_line(before, after))
    return kept


def _wrapped(before: str, after: str) -> bool:
    """A sentence in English running on from one line into the next."""
    return (
        _RUNS_ON.search(before.rstrip()) is not None and _GOES_ON.match(after.lstrip()) is not None
    )
