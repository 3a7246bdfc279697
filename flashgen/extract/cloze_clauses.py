"""A sentence whose bold phrase is a whole clause (`cloze_gaps.is_too_long`), asked as a
question instead of a cloze: the student cannot fill seven words back word for word, but can
say what the sentence says of its subject when the sentence names that subject first and ends
in a form that asks something of it:

- `` `RDBMS`는 … 일관성이 중요하고 … 필요한 데이터를 관리하는 용도일 때 더 적합하다. ``
  asks "`RDBMS`는 언제 더 적합한가?";
- `` `세그먼테이션`은 … 매핑하는 방식이다. `` asks "`세그먼테이션`은 어떤 방식인가?".

Any other such sentence gives no card: most are the writer's description of a step, which
asks nothing on its own.
"""

from __future__ import annotations

from flashgen.extract.place import plain
from flashgen.patterns import lazy

_SUBJECT = lazy(r"(?P<subject>`[^`\s][^`]*`|[A-Za-z0-9가-힣][\w/+#.-]*?)(?P<particle>은|는)\s")
"""The subject a sentence opens with, one name and its topic particle: `` `RDBMS`는 ``,
`NoSQL은`. A place or time before it (`최근 컴퓨터에서는`) is two words, no subject."""
_NOT_SUBJECTS = frozenset((
    "이", "그", "저", "이것", "그것", "저것", "이들", "그들", "이때", "그때", "여기", "거기",
    "이번", "다음", "결과", "반면", "한편", "또", "이상", "이후", "이전", "현재", "실제", "보통",
))  # fmt: skip
"""Words that point at what was said before, or say when: a sentence opening with them names
no subject of its own."""
_PLACE_ENDS = ("에서", "에게", "에", "으로", "로", "때", "경우", "에는", "에서는")
_FITS = lazy(r"(?P<more>더\s)?(적합|유리|유용)하다$")
"""`…용도일 때 더 적합하다`: when the subject fits."""
_KIND_OF = lazy(
    r"[가-힣A-Za-z](?:는|한|된|인|의|될|할|던|은)\s(?P<noun>[가-힣A-Za-z]{2,}?)(?:이다|다)$"
)
"""`…매핑하는 방식이다`, `…기반의 데이터베이스이다`: what kind of thing the subject is."""
_NOT_KINDS = frozenset((
    "경우", "때문", "부분", "특징", "장점", "단점", "이유", "문제", "의미", "결과", "방향",
    "생각", "대상", "정도", "상황", "차이",
))  # fmt: skip
"""Nouns that name no kind of thing: `…인 경우이다` asks nothing of the subject."""


def clause_question(sentence: str) -> str | None:
    """The question a sentence with a clause in bold asks of its subject, in the note's own
    Markdown (`` `RDBMS`는 언제 더 적합한가? ``), or None when it asks none."""
    opening = _SUBJECT.match(sentence)
    if opening is None:
        return None
    subject = opening["subject"]
    bare = subject.strip("`")
    if bare in _NOT_SUBJECTS or bare.endswith(_PLACE_ENDS) or len(bare) < 2:
        return None
    said = plain(sentence[opening.end() :]).rstrip(" .!")
    asked = f"{subject}{opening['particle']}"
    fits = _FITS.search(said)
    if fits:
        return f"{asked} 언제 {fits['more'] or ''}{fits[2]}한가?"
    kind = _KIND_OF.search(said)
    if kind and kind["noun"] not in _NOT_KINDS and kind["noun"] != bare:
        return f"{asked} 어떤 {kind['noun']}인가?"
    return None
