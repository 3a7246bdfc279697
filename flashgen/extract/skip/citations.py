"""An item that only cites the work a section's text comes from: `- paper: Kulkarni et
al. 2014, "Logical Physical Clocks"`. It names where to read more, nothing to recall of the
subject: it gives no card of its own (`paper` ⟶ the citation) and leaves the back."""

from __future__ import annotations

import re

from flashgen.extract.skip.plans import with_blocks_under
from flashgen.patterns import lazy
from flashgen.syntax import Node

_CITATION = lazy(
    r"^(?:\*\*|__)?(?:(?P<cites>papers?|논문|citation|cite)|source|출처|refs?|reference|원문)"
    r"(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*(?P<work>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
"""`paper: …`, `논문: …`, `source: …`, `출처: …`: a label naming a cited work, then the work."""
_NAMES_A_WORK = lazy(
    r"(?<!\d)(?:1[89]|20)\d{2}[a-z]?(?!\d)|\bet al\b|\]\(|https?://|\"[^\"\n]+\"|“[^”\n]+”|"
    r"『|《|(?<!\w)\*[^*\n]+\*(?!\w)"
)
"""A year, `et al.`, a link or a quoted or italic title: what a citation gives of its work.
`- Source: 사용자의 IP를 Hashing 하여 분배하는 방식` (source-hash load balancing) gives none."""


def cites_a_work(item: Node) -> bool:
    """An item of one line, with nothing under it, that only cites a work: labelled `paper`
    or `논문`, or labelled `source`, `출처`, `ref` over a year, `et al.`, a link or a title."""
    if item.line is None or item.below:
        return False
    content = item.line.content
    if ":" not in content and "：" not in content:
        return False  # most items: no label's colon, which a citation needs
    match = _CITATION.match(content.strip())
    if match is None or "\n" in match["work"].strip():
        return False
    return bool(match["cites"]) or bool(_NAMES_A_WORK.search(match["work"]))


def is_citation_list(block: Node) -> bool:
    """A list whose every item only cites a work (`- paper: Kulkarni et al. 2014, …`)."""
    if block.type not in ("bullet_list", "ordered_list") or not block.children:
        return False
    return all(cites_a_work(item) for item in block.children)


def without_citation_items(block: Node) -> Node:
    """A list less its items that only cite a work, the list itself when none does (most
    lists) or when all do (`is_citation_list` drops that one whole)."""
    items = [item for item in block.children if not cites_a_work(item)]
    if len(items) == len(block.children) or not items:
        return block
    return with_blocks_under(block, items)
