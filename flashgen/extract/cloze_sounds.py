"""Whether a gap is printed beside it in the other script: `Data Binding` where the sentence
says `데이터 바인딩`, `클라이언트` where it says `Client`. A Korean loanword keeps the
consonants of the English word it spells (`바인딩`: b-n-d-ng, as `binding`), so the two are
compared by their consonants, each read as the sound Korean writes for it."""

from __future__ import annotations

from functools import lru_cache

from flashgen.patterns import lazy

_INITIALS = (
    "K", "K", "N", "T", "T", "L", "M", "P", "P", "S", "S", "", "J", "J", "J", "K", "T", "P", "",
)  # fmt: skip
"""The sound of each of Hangul's 19 initial consonants (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ
ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ): `ㅇ` and `ㅎ` are none (`이`, `하이` for `hi`)."""
_FINALS = (
    "", "K", "K", "K", "N", "N", "N", "T", "L", "L", "L", "L", "L", "L", "L", "L", "M", "P",
    "P", "T", "T", "NG", "T", "T", "K", "T", "P", "",
)  # fmt: skip
"""The sound of each final consonant (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ … ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ
ㅊ ㅋ ㅌ ㅍ ㅎ): a loanword ends `ㅅ` where English ends `t` (`인터넷`)."""
_ENGLISH = lazy(
    r"ng(?![aeiouy])|ck|ch|sh|th|ph|qu|ti(?=[aeiou])|(?P<soft>[cg])(?=[eiy])|"
    r"(?P<silent>r)(?![aeiouy])|(.)\3?"
)
_SOUNDS = {
    "ng": "NG", "ck": "K", "ch": "J", "sh": "S", "th": "S", "ph": "P", "qu": "K", "ti": "S",
    "c": "K", "g": "K",
    "b": "P", "p": "P", "f": "P", "v": "P", "d": "T", "t": "T", "k": "K", "q": "K", "s": "S",
    "z": "J", "x": "K S", "j": "J", "l": "L", "r": "L", "m": "M", "n": "N",
}  # fmt: skip
"""The Korean sound of English letters, a doubled one read once (`ll`): vowels, `h`, `w`, an
`r` before no vowel (`server`, `서버`) are none; `c` and `g` before `e`, `i`, `y` are read
as in `service` (`서비스`) and `page` (`페이지`), `ti` before a vowel as in `-tion` (`션`)."""
_PARTICLES = (
    "으로", "에서", "에게", "까지", "부터", "이다", "를", "을", "은", "는", "이", "가", "의",
    "에", "와", "과", "도", "로", "만",
)  # fmt: skip
"""Particles a loanword may end in (`데이터를`), the longer first: `인터넷으로` loses `으로`,
not `로` alone."""
_HANGUL_WORD = lazy(r"[가-힣]{2,}")
_LATIN_WORD = lazy(r"[A-Za-z]{3,}")
MIN_SOUNDS = 2
"""Fewer consonants than this, and two unrelated words sound alike by chance."""


@lru_cache(maxsize=4096)
def _korean_sounds(word: str) -> str:
    """`바인딩` → `P N T NG`: its consonants as sounds; a final consonant the next syllable
    opens with again (`클라`, `ㄹㄹ` for `cl`) is one."""
    sounds: list[str] = []
    final = ""
    for character in word:
        # Unicode numbers a syllable from `가` as (initial × 21 vowels + vowel) × 28 finals + final.
        code = ord(character) - 0xAC00
        if not 0 <= code < 11172:
            return ""  # not a Hangul syllable: no loanword
        initial = _INITIALS[code // 588]
        if initial and initial != final:
            sounds.append(initial)
        final = _FINALS[code % 28]
        if final:
            sounds.append(final)
    return " ".join(sounds)


@lru_cache(maxsize=4096)
def _english_sounds(word: str) -> str:
    """`binding` → `P N T NG`, as Korean would write its consonants."""
    sounds = []
    for letters in _ENGLISH.finditer(word.casefold()):
        if letters["silent"]:
            continue
        if letters["soft"]:
            sounds.append("S" if letters["soft"] == "c" else "J")
        elif sound := _SOUNDS.get(letters[0]) or _SOUNDS.get(letters[0][0]):
            sounds.append(sound)
    return " ".join(sounds)


def _korean_forms(word: str) -> tuple[str, ...]:
    """The word and the word without the particle it may end in (`데이터를` → `데이터`)."""
    bare = next((word[: -len(end)] for end in _PARTICLES if word.endswith(end)), "")
    return (word, bare) if len(bare) > 1 else (word,)


@lru_cache(maxsize=8192)
def _sounds_of(word: str) -> frozenset[str]:
    """The sounds a word may stand for, enough of them to tell it from chance."""
    if word.isascii():
        sounds = {_english_sounds(word)}
    else:
        sounds = {_korean_sounds(form) for form in _korean_forms(word)}
    return frozenset(one for one in sounds if one.count(" ") + 1 >= MIN_SOUNDS)


def heard(text: str, english: bool) -> frozenset[str]:
    """The sounds of the text's words in one script (`english`, else Korean): what a word
    of the other is looked for in."""
    words = (_LATIN_WORD if english else _HANGUL_WORD).findall(text)
    return frozenset().union(*map(_sounds_of, words))


def sounds_alike(word: str, text: str) -> bool:
    """Whether the text writes the word in the other script: `Binding` as `바인딩`,
    `클라이언트` as `Client`."""
    return heard_in(word, heard(text, english=not word.isascii()))


def heard_in(word: str, sounds: frozenset[str]) -> bool:
    """Whether a word is among sounds `heard` in the other script's words."""
    return not _sounds_of(word).isdisjoint(sounds)


def initial_sound(word: str) -> str | None:
    """The sound a word opens with, as `_SOUNDS` writes an English letter's: `모델` → `M`,
    `컨트롤러` → `K`, `model` → `M`, `view` → `P`; `` for a vowel (`애플`, `api`), None for a
    word of neither script."""
    first = word[:1]
    code = ord(first) - 0xAC00 if first else -1
    if 0 <= code < 11172:
        return _INITIALS[code // 588]
    if not first.isascii() or not first.isalpha():
        return None
    return _SOUNDS.get(first.casefold(), "")
