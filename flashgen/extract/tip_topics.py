"""A tip asked with its topic: `modals › Gotcha` over `` `show()` is NON-modal, no backdrop ``
names only the kind of remark the writer made, and a student shown it in a shuffled deck
cannot tell which gotcha of the modals is asked. The tip's own sentence names what it is
about before it says anything of it: what stands before its arrow (`INCR then EXPIRE as two
commands → …`), the case it opens on (`when BOTH curves shift, …`, `캐시가 꽉 찼을 때 …`), or
the name in code it opens on (`` `show()` is … ``). That goes on the front after the label
(`modals › Gotcha: `show()``); what the tip says of it stays on the back.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flashgen.model import Card
from flashgen.patterns import lazy

_TIP = lazy(
    r"^(?:gotchas?|(?:exam|quick|pro)\s+tips?|tips?|til|caveats?|"
    r"주의(?:\s*(?:점|사항))?)$",
    re.IGNORECASE,
)
"""`Gotcha`, `Exam tip`, `TIL`, `Caveat`, `주의점`: a label naming the kind of remark a tip is."""
MAY_NAME_A_TIP = ("otcha", "otchas", "ip", "ips", "IL", "il", "aveat", "aveats", "의", "점", "항")
"""How a front naming a tip ends (`… › Gotcha`, `… › Exam tip`, `… › 주의점`): looked at
before anything else, as every card's front is (`str.endswith`, no pattern)."""
_MAX_TIP_CHARS = 400
"""A tip longer than this is more than one remark: its topic is not one thing."""
_NO_SENTENCE = ("- ", "* ", "+ ", "|", ">", "#", "<", "![", "$$")
_MAX_TOPIC_CHARS = 70
_BEFORE_ARROW = lazy(r"^(?P<topic>[^\n.!?→]{3,70}?)\s+(?:→|->)\s+(?P<rest>\S.*)$", re.DOTALL)
"""`L4 + long-lived connections → balancing is per connection`: a case, then what follows
from it."""
_CASE_FIRST = lazy(
    r"^(?P<topic>(?:when|if|for|once|unless|whenever)\s[^\n,;:—–]{2,70}?)\s*[,—–]\s*(?P<rest>\S.*)$"
    r"|^(?P<topic2>[^\n,;:]{2,50}?(?:[일할될인한을은는]\s*때|경우|하면|이면|라면))\s*,?\s+(?P<rest2>\S.*)$",
    re.DOTALL | re.IGNORECASE,
)
"""`when BOTH curves shift, one of P or Q is ambiguous`, `if asked "…" — check …`, `for
Coase, the efficient outcome …`, `캐시가 꽉 찼을 때 가장 오래된 것을 버린다`: the case a tip is
about, then what it says of that case."""
_LEAD = lazy(r"^(?:when|if|for|once|unless|whenever)\s+", re.IGNORECASE)
_CODE_FIRST = lazy(r"^(?P<topic>`[^`\n]{1,40}`)\s+(?=[a-z(])")
"""`` `show()` is NON-modal ``, `` `frame-ancestors` doesn't work … ``: a name in code the
tip is about, then what it says of it (the whole sentence stays the answer)."""


def with_its_topic(card: Card) -> Card:
    """The card of a tip (`… › Gotcha`, `… › Exam tip`) asked with the topic its one
    sentence or paragraph opens on; the card as it is when its front names more than a
    tip, its answer is more than one paragraph, or the sentence opens on no topic to name
    (`A component can collapse onto one point …`: the subject already says what of), or on
    the case its subject names already (`Both curves shift › Exam tip` over `when both
    curves shift, …`)."""
    head, mark, name = card.question.rpartition(" › ")
    if len(name) > 12 or not _TIP.match(name.strip().rstrip(":")):
        return card  # nearly every card: its front names more than a tip
    answer = card.answer.strip()
    if len(answer) > _MAX_TIP_CHARS or "\n" in answer or answer.startswith(_NO_SENTENCE):
        return card  # a list, a table, a quote, a picture, or more than one paragraph
    topic, rest = _topic(answer)
    if not topic or _LEAD.sub("", topic).casefold() in head.casefold():
        return card  # `Both curves shift › Exam tip` over `when both curves shift, …`
    return replace(card, question=f"{card.question}: {topic}", answer=rest)


def _topic(answer: str) -> tuple[str, str]:
    """What a tip is about, and what of it stays on the back; no topic when it opens on
    none."""
    for pattern in (_BEFORE_ARROW, _CASE_FIRST):
        match = pattern.match(answer)
        if match is not None:
            topic = (match["topic"] or match.groupdict().get("topic2") or "").strip()
            rest = (match["rest"] or match.groupdict().get("rest2") or "").strip()
            if topic and rest and len(topic) <= _MAX_TOPIC_CHARS and _whole(topic):
                return topic, rest
    match = _CODE_FIRST.match(answer)
    if match is not None:
        return match["topic"], answer
    return "", answer


def _whole(topic: str) -> bool:
    """Whether a topic closes what it opens: code, a formula, brackets (not `A component can
    collapse onto one point ($\\Sigma_k \\to 0$, likelihood`, cut at an arrow inside them)."""
    return (
        topic.count("`") % 2 == 0
        and topic.count("$") % 2 == 0
        and topic.count("(") == topic.count(")")
        and topic.count("[") == topic.count("]")
    )
