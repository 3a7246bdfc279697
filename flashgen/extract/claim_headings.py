"""A heading that states a claim or gives an instruction (`### Sort the intervals by their
start`, `### 자기 자신을 내적하면 제곱이 된다.`): asked as it stands, its front is the answer.

Such headings are one answer each to their parent (`Techniques`, `내적의 특징`), whose card
names them (sections.section_parts). The claim's own card asks the question its text
answers, when that text gives the reason for it (`Why sort the intervals by their start?`,
`자기 자신을 내적하면 제곱이 되는 이유는?`); a text that only says the title again makes no
card; any other stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flashgen.extract.place import plain
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.text import clean_heading

_INSTRUCTION = lazy(
    r"^(?P<adverb>(?:do\s+not|don't|never|always|only)\s+)?"
    r"(?P<verb>use|sort|avoid|keep|make|prepare|practi[cs]e|pick|try|identify|learn|know|be|"
    r"get|understand|find|think|apply|visuali[sz]e|optimi[sz]e|include|add|mind|minimi[sz]e|"
    r"maximi[sz]e|combine|summari[sz]e|organi[sz]e|expand|proclaim|ask|clarify|consider|"
    r"choose|remember|focus|explain|take|give|stay|leave|treat|limit|reduce|ensure|prefer|"
    r"follow|put|negotiate|quantify|highlight|tailor|craft|communicate|visit|come\s+up|"
    r"break)"
    r"\s+(?!(?:cases?|stud(?:y|ies)|plans?|of|and|or|vs\.?|tools?|times?|up\b)\b)[A-Za-z(\"']",
    re.IGNORECASE,
)
"""`Sort the array of intervals by its starting point`, `Don't be the decision maker`,
`Only use standard fonts`: an instruction, its verb first. Not a verb naming a thing (`Use
cases of …`, `Test cases`), whose words name what the section is about."""
_POINTS_ON = lazy(r"\b(them|these|those|above|below|following)\b|아래|다음|위와|이와", re.I)
"""`Know the STAR format for answering them`, `… 아래와 같은 구조로 이루어져 있다.`: a
heading that leads into, or back to, what it does not say itself."""
_KOREAN_STATEMENT = lazy(r"[가-힣]다\.?$")
_ASIDE_AT_END = lazy(r"\s*\([^()]*\)$")
_CAN = lazy(r"수\s*있다$")
_MIN_WORDS = 3
_MAX_WORDS = 14


@lru_cache(maxsize=1024)  # a section's title is read by its own card and its parent's
def states_a_claim(title: str) -> bool:
    """Whether a heading is a whole sentence stating a claim or an instruction: an English
    one whose verb comes first (`Get everything in writing`), or a Korean one ending as a
    statement does (`교환법칙과 분배법칙이 성립한다.`). Not a question, a label (`Step 2:
    …`), a name or a heading that points at what follows it."""
    words = _words(title)
    if not _MIN_WORDS - 1 <= len(words.split()) <= _MAX_WORDS:
        return False
    if words.endswith("?") or ":" in words or _POINTS_ON.search(words):
        return False
    if _KOREAN_STATEMENT.search(words):
        return True
    return len(words.split()) >= _MIN_WORDS and _INSTRUCTION.match(words) is not None


@lru_cache(maxsize=1024)
def _words(title: str) -> str:
    return plain(clean_heading(title)).strip()


_REASON = lazy(
    r"\b(because|so that|which is why|this is why|that's why|crucial|otherwise|"
    r"in order to|the reason|(?:is|are|it's) (?:extremely |very |so )?(?:important|key|"
    r"essential)|(?:it|this|which) helps?)\b"
    r"|때문|므로|위해서|니까|이유는",
    re.IGNORECASE,
)
"""The words by which a text gives the reason for what its heading says."""


def claim_question(title: str, answer: str) -> str | None:
    """The question a claim's text answers: `Why sort the array …?` for an instruction,
    `… 제곱이 되는 이유는?` for a Korean claim, when the text's first paragraph gives the
    reason; None when it does not, or the claim's words cannot be turned into a question."""
    first = answer.strip().split("\n\n", 1)[0]
    if _REASON.search(plain(first)) is None:
        return None
    words = _ASIDE_AT_END.sub("", _words(title)).rstrip(".")  # `(with Google engineers)`
    if _KOREAN_STATEMENT.search(words + "."):
        if _CAN.search(words):
            return None  # `사이각을 구할 수 있다`: its text tells how, not why
        stem = _korean_modifier(words)
        return f"{stem} 이유는?" if stem else None
    return _why(words)


_ADVERBS = {"do not": "not", "don't": "not", "never": "never", "always": "always", "only": "only"}


def _why(words: str) -> str | None:
    """`Don't be the decision maker` → `Why not be the decision maker?`"""
    found = _INSTRUCTION.match(words)
    if found is None:
        return None
    adverb = found["adverb"]
    rest = words[found.start("verb") :]
    # an acronym keeps its capitals
    verb_phrase = rest if rest[:2].isupper() else rest[0].lower() + rest[1:]
    if adverb:
        said = _ADVERBS[" ".join(adverb.lower().split())]
        return f"Why {said} {verb_phrase}?"
    return f"Why {verb_phrase}?"


_FINAL_N = 4  # ㄴ, a syllable's final consonant as Unicode counts them


def _korean_modifier(words: str) -> str | None:
    """`… 제곱이 된다` → `… 제곱이 되는`, `… 1이다` → `… 1인`, `… 성립한다` → `… 성립하는`:
    the claim's last verb turned to modify `이유`. None for an ending this does not know
    (an adjective, `크다`, turns otherwise)."""
    head, last = words[:-2], words[-2:]
    if last in ("있다", "없다"):
        return f"{head}{last[0]}는"
    if words.endswith("는다"):
        return words[:-1]
    if last == "이다":
        return f"{head}인"
    syllable = last[0]
    if "가" <= syllable <= "힣" and (ord(syllable) - ord("가")) % 28 == _FINAL_N:
        return f"{head}{chr(ord(syllable) - _FINAL_N)}는"  # `된다` → `되는`
    return None


_MAX_REPEAT_WORDS = 20


def only_repeats(title: str, answer: str, context: tuple[str, ...]) -> bool:
    """Whether a claim's text says nothing but its heading again (`교환법칙과 분배법칙이
    성립한다.` over `- 벡터의 내적은 교환법칙과 분배법칙 모두 성립한다.`): one line, whose
    words all but one are the heading's or its context's. Such a claim is told on its
    parent's card and asks nothing of its own."""
    text = plain(answer).lstrip("-*+ ").strip()
    if not text or "\n" in text or len(text.split()) > _MAX_REPEAT_WORDS or "![" in answer:
        return False
    seen = {_key(word) for line in (title, *context) for word in _WORD.findall(plain(line))}
    new = [word for word in _WORD.findall(text) if _key(word) not in seen]
    return len(new) <= 1


_WORD = lazy(r"\w+")


def _key(word: str) -> str:
    """A word as compared with another: a Korean word by its first two syllables, before
    its particle (`내적은`, `내적의`), an English one by its first five letters."""
    return word[:2] if "가" <= word[0] <= "힣" else word.casefold()[:5]


def claim_asked(card: Card) -> Card | None:
    """A heading's own card, when the heading states a claim under a parent: asked as the
    question its text answers (`claim_question`), or no card when its text only says the
    heading again (`only_repeats`); else as it is. A note's title is no claim of a parent."""
    if not card.context or "›" in card.question or not states_a_claim(card.question):
        return card  # nearly every heading
    if only_repeats(card.question, card.answer, card.context):
        return None
    question = claim_question(card.question, card.answer)
    return card if question is None else replace(card, question=question)
