"""Cards that vanished and cards that appeared in one build, paired as renames.

A card's GUID comes from its deck and its front, so renaming a heading, numbering it,
moving a section to another note or changing a note's `deck:` gives its cards new
GUIDs, and with them new cards in Anki without their review history. As git finds a
renamed file among the files deleted and added in one commit, a build pairs each card
gone from the notes with one that appeared when they are plainly the same card, and the
new card keeps the old GUID (the state remembers which: see stamps.py):

1. the same question and answer, in another place (a move, a new title or deck);
2. the same question, where only one card went and one came with it;
3. the same answer, where only one went and one came, in the same note or with a
   question still alike (a heading reworded);
4. a question grown by words its answer gave it (`예시` → `예시: A is 5×7`), in the same note;
5. else, the closest pairs whose answers and questions are both alike enough.

A question rewritten over another answer pairs with nothing: it is a new card.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable, Hashable, Iterable
from typing import TYPE_CHECKING, NamedTuple
from zlib import crc32

from flashgen.model import cloze_filled, has_cloze
from flashgen.text import EMOJI

if TYPE_CHECKING:
    from flashgen.stamps import CardRecord

_NO_MARKS = str.maketrans("", "", "*_`")
_NUMBERING = re.compile(r"^\s*(?:[Qq]?\d+(?:[.-]\d+)*[.)]?|\(\d+\)|[IVX]+\.)\s+")


class Seen(NamedTuple):
    """What a card is recognised by, from one build to the next."""

    kind: str
    question: str
    """Normalised: no numbering, case or spacing."""
    answer: str
    """The answer's fingerprint (`fingerprint`); empty for a card with no answer."""
    file: str
    line: int


def seen(card: CardRecord) -> Seen:
    """A card as the state remembers it. One recorded by a flashgen that kept no kind or
    answer sketch is known by its question alone, and taken for a cloze when it has a gap,
    else for a basic card (a card of another kind would not update in Anki)."""
    kind = card.kind or ("cloze" if has_cloze(card.question) else "basic")
    return Seen(kind, question_key(card.question), card.answer, card.file, card.line)


def question_key(question: str) -> str:
    """A question as a reader compares it: numbering (`1.`, `Q3.`, `2.1`), case, spacing,
    marks (bold, code, a cloze's brackets and number) and emoji (`⏰ Eager Loading` once
    its clock is dropped) do not count, so a sentence whose gaps moved is still the same
    sentence."""
    text = EMOJI.sub("", cloze_filled(question).translate(_NO_MARKS))
    return " ".join(_NUMBERING.sub("", text).casefold().split())


_WORD = re.compile(r"\w+")
_MARKS = b"*_`#>[](){}|!?,.:;\"'"
"""Markdown marks and punctuation, which do not make a word another."""
_SKETCH = 6
"""Words an answer is sketched by: its six of least hash (a bottom-k MinHash)."""


def fingerprint(answer: str) -> str:
    """A small sketch of the answer's words, in hex: two answers' sketches tell how many
    words they share, so an edited answer is told from another one without the state
    keeping any answer's text. (Worked out for every card of a build: kept to what C
    code does, bytes split and hashed, no pattern.)"""
    words = set(answer.casefold().encode().translate(None, _MARKS).split())
    hashes = sorted({value & 0xFFFF for value in map(crc32, words)})[:_SKETCH]  # map: in C
    return struct.pack(f">{len(hashes)}H", *hashes).hex()


def answer_likeness(first: str, second: str) -> float:
    """The share of words two answers have in common, estimated from their sketches: 1 for
    the same words, 0 for none in common."""
    if not first or not second:
        return 0.0
    a, b = _values(first), _values(second)
    union = sorted(a | b)[:_SKETCH]
    return sum(1 for value in union if value in a and value in b) / len(union)


def _values(sketch: str) -> set[int]:
    return {int(sketch[i : i + 4], 16) for i in range(0, len(sketch), 4)}


def question_likeness(first: str, second: str) -> float:
    from difflib import SequenceMatcher  # only when cards were renamed: not in every build

    return SequenceMatcher(None, first, second, autojunk=False).ratio()


_FUZZY_LIMIT = 40_000
"""Pairs compared one by one at most, past the exact passes: a change that renews every
card (a rule switched off, say) is not a pile of renames, and is not worth a long wait."""


def pair_renames(
    gone: Iterable[tuple[str, Seen]], came: Iterable[tuple[str, Seen]]
) -> list[tuple[str, str]]:
    """(old GUID, new GUID) for each card that came in place of one gone."""
    left = dict(sorted(gone, key=lambda item: (item[1].file, item[1].line)))
    right = dict(sorted(came, key=lambda item: (item[1].file, item[1].line)))
    pairs: list[tuple[str, str]] = []

    def take(key: Callable[[Seen], Hashable], unique: bool, accept=None) -> None:
        by_key: dict[Hashable, tuple[list[str], list[str]]] = {}
        for guid, seen in left.items():
            by_key.setdefault(key(seen), ([], []))[0].append(guid)
        for guid, seen in right.items():
            if (group := by_key.get(key(seen))) is not None:
                group[1].append(guid)
        for olds, news in by_key.values():
            if not news or (unique and (len(olds) > 1 or len(news) > 1)):
                continue
            for old, new in zip(olds, news, strict=False):
                if accept is None or accept(left[old], right[new]):
                    pairs.append((old, new))
                    del left[old], right[new]

    take(lambda s: (s.kind, s.question, s.answer), unique=False)
    take(lambda s: (s.kind, s.question), unique=True)
    take(lambda s: (s.kind, s.answer or None), unique=True, accept=_reworded)
    _take_grown(left, right, pairs)
    if left and right and len(left) * len(right) <= _FUZZY_LIMIT:
        scored = []
        for old, was in left.items():
            for new, now in right.items():
                if was.kind == now.kind and (score := _alike(was, now)) is not None:
                    scored.append(
                        (-score, was.file != now.file, abs(was.line - now.line), old, new)
                    )
        for *_, old, new in sorted(scored):
            if old in left and new in right:
                pairs.append((old, new))
                del left[old], right[new]
    return pairs


def _take_grown(
    left: dict[str, Seen], right: dict[str, Seen], pairs: list[tuple[str, str]]
) -> None:
    """Pair a question that grew by words its note moved onto the front (`예시` → `예시: A
    is 5×7, rank 3`, the example's setup taken from its answer, which then says less), or
    by the subject named before it (`정수 값으로 동시 접근 수를 제한` → `세마포어: 정수 값으로 …`,
    a cloze's sentence given the subject it ran on from), with the one card of the same note
    asking it with those words (of two, the one still on its line: a sentence written
    alike under two headings); two such cards elsewhere, or a question grown in another
    note, are left to the closer look."""
    in_file: dict[str, list[tuple[str, Seen]]] = {}
    for old, was in left.items():
        in_file.setdefault(was.file, []).append((old, was))
    grown: dict[str, list[str]] = {}
    for new, now in right.items():
        for old, was in in_file.get(now.file, ()):  # a note's own cards only: few
            if was.kind == now.kind and was.question and _grown(was.question, now.question):
                grown.setdefault(old, []).append(new)
    for old, news in grown.items():
        if len(news) > 1:
            same_line = [new for new in news if right[new].line == left[old].line]
            if len(same_line) == 1:
                grown[old] = same_line
    taken = [news[0] for news in grown.values() if len(news) == 1]
    for old, news in grown.items():
        if len(news) == 1 and taken.count(news[0]) == 1:
            pairs.append((old, news[0]))
            del left[old], right[news[0]]


def _grown(was: str, now: str) -> bool:
    """Whether question `now` is `was` with words after it (`예시` → `예시: A is 5×7`) or a
    subject and a colon before it (`… 구현` → `dfs: … 구현`)."""
    if now.startswith(was):
        return now[len(was) : len(was) + 1] in (":", " ")
    return now.endswith(" " + was) and now[: -len(was)].rstrip().endswith(":")


def _reworded(was: Seen, now: Seen) -> bool:
    """The same answer under a reworded question: in the same note, or asked alike. An
    answer of a word or two (`O(n)`, `0`) tells little: the question must then keep its
    words (`UDP` → `UDP 프로토콜`), not trade one for another (`탐색 시간` → `삽입 시간`)."""
    if not was.answer:
        return False
    if not _telling(was.answer):
        return _words_kept(was.question, now.question)
    return was.file == now.file or question_likeness(was.question, now.question) >= 0.3


def _alike(was: Seen, now: Seen) -> float | None:
    """How alike two cards are, when enough to be the same card edited twice over."""
    answer = answer_likeness(was.answer, now.answer)
    if answer < 0.6 and (was.answer or now.answer):
        return None  # most pairs end here, before the slower look at the questions
    if was.answer and not _telling(was.answer) and not _words_kept(was.question, now.question):
        return None
    question = question_likeness(was.question, now.question)
    if answer >= 0.85 and (question >= 0.3 or was.file == now.file):
        return answer + question
    if answer >= 0.6 and question >= 0.6:
        return answer + question
    if not was.answer and not now.answer and question >= 0.85:  # a cloze: its text is all
        return question
    return None


def _telling(sketch: str) -> bool:
    """An answer of three words or more: enough to know a card by."""
    return len(sketch) >= 3 * 4


def _words_kept(first: str, second: str) -> bool:
    """One question holds every word of the other."""
    a, b = set(_WORD.findall(first)), set(_WORD.findall(second))
    return a <= b or b <= a
