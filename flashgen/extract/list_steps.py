"""List items whose lead words are one case, rule or moment of an answer, not a term.

`term_definition`, `term_arrow_definition` and `label_with_children` ask an item's lead words
as a question. Some lead words name no thing a card can ask by: a condition (`Budget > 0 →
ship normally`, `4. Old 영역이 가득 차면 Major GC`, `7. Still stuck → escalate`), a version
or time it holds from (`Java 8부터: …`, `Since 1.18: …`), or a sentence of its own (`6. Check
the data. If good: …`). Such an item is one rule of a policy or one step of a flow; asked
alone it gives away half its answer, and its heading's card holds it in its place.
"""

from __future__ import annotations

import re

from flashgen.extract.item_kinds import list_holding
from flashgen.extract.place import Place, is_claim, is_statement, plain
from flashgen.patterns import lazy
from flashgen.syntax import Node

_CODE_SPAN = lazy(r"`[^`\n]*`")
_COMPARES = lazy(r"(?<=\w|%|\))\s+(?:>=?|<=?|≥|≤|≠|!=)\s+(?=[\w$(.-])")
"""`Budget > 0`, `p < 0.05`, `usage ≥ 80%`: a comparison between words outside code, a
condition (never `A <-> B`, `x => y`, nor an operator set in code: `` `a > b` `` names it)."""
_OPENS_A_CASE = lazy(
    r"(?:^|[.;,]\s+)(?:[Ii]f|[Ww]hen|[Ww]henever|[Uu]nless|[Ss]till|[Oo]therwise|[Oo]nce)\b"
    r"|(?:하|되|이|있으|없으|차|크|작|많|적|같|넘으|않으|나|오|지)면(?=[\s,]|$)"
)
"""`Still stuck`, `Check the data. If good`, `가득 차면 Major GC`, `aggregation 이면 …`: a
clause saying when its line holds. (`측면`, `화면`, `이면` alone: nouns, no condition; `IF`,
in capitals, names a stage.)"""
_SINCE = lazy(
    r"^(?:since|as of|starting (?:with|from|in)|from|before|until|prior to|after)\s+"
    r"(?:\S+\s+)?v?\d[\w.]*\+?$"
    r"|^(?:\S+\s+)?v?\d[\w.]*\+?\s*(?:부터|이후|이전|까지|이상|버전부터)$"
    r"|^\d{4}\s*년(?:\s*\d{1,2}\s*월)?(?:부터|이후|이전|까지)?$",
    re.IGNORECASE,
)
"""`Java 8부터`, `since 1.18`, `As of Python 3.12`, `2022년`: when a point holds from, half
of the answer it leads, not a thing."""
_SENTENCES = lazy(r"[a-z가-힣)][.!]\s+[A-Z가-힣]")
"""`Check the data. If good`: one sentence ended and another begun: words, no name."""
_TRAILING_MARKS = lazy(r"[\s!\u2190-\u2bff\ufe0f\U0001f000-\U0001faff]+$")
"""`❗`, `⭐`, `!!` after a label's words: emphasis, which hides how the words end."""


def no_term_of_its_list(item: Node, lead: str, place: Place) -> bool:
    """Whether an item's lead words (`lead`, as written) are a condition, a version or
    time qualifier, or a sentence: one part of its heading's answer, which keeps it in its
    place. A qualifier or two sentences never name a term; a condition (a comparison,
    `Still stuck`, `…차면`) is one in a numbered list, the rules of a policy or the steps
    of a flow in their order: bulleted, `- n ≤ 500 → O(n³)` is a row of a lookup a card may
    ask, and `- When the cache is full` over its points a case."""
    words = plain(lead)
    if _SINCE.match(words) or _SENTENCES.search(words) or _marked_claim(words):
        return True
    if not (_OPENS_A_CASE.search(words) or _COMPARES.search(_CODE_SPAN.sub("code", lead))):
        return False
    listed = list_holding(item, place)
    return listed is not None and listed.type == "ordered_list"


def _marked_claim(words: str) -> bool:
    """`Checked Exception은 커밋됨 ❗`: a claim (`…됨`, `…다`) with a mark after it, which
    the tests of a claim read as the last word; without the mark it states a fact."""
    bare = _TRAILING_MARKS.sub("", words) if not words[-1:].isalnum() else words
    return bare != words and bool(bare) and (is_claim(bare) or is_statement(bare))
