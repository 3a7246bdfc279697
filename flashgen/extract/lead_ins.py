"""Lines that lead into what comes next (`종류는 다음과 같다.`, `Let's look at …`).

Such a line promises parts: when they are taken apart, or stand in subsections, the line
alone would promise what the card never shows; it is dropped, or the parts' names follow it.
"""

from __future__ import annotations

import re

from flashgen.extract.apart import joined
from flashgen.extract.place import plain
from flashgen.extract.sizes import Block
from flashgen.extract.skip import has_substance
from flashgen.patterns import lazy
from flashgen.syntax import Node

_LEADS_ON = lazy(
    r"(:|^(here (are|is)|below (are|is)|the following)\b.*|(다음|아래)(과|와) 같(다|습니다)\.?)$"
    r"|\b(a )?few examples of\b|\b(are|is|include|includes) the following\b"
    r"|(다음|아래)(과|와) 같은 \S+(이|가) (있다|있습니다)"
    r"|\b(falls?|grouped|divided|split|classified|categori[sz]ed) into (one of )?these\b"
    r"|\bone of these (\w+ )?(buckets|categories|groups|kinds|types|ways|approaches)$"
    r"|(두|세|네|다섯|여섯|\d+)\s?가지(\S*\s){0,3}\S*다\.?$"
    r"|\b(two|three|four|five|six|\d+) (main |basic |common |different )?"
    r"(ways|kinds|types|approaches|methods|options|categories|steps|scenarios|strategies)\b"
    r"[^.!?]*\.?$"
    r"|(여러|몇|다양한)\s?(가지\s?)?(\S+\s)?\S+(이|가) (있다|있습니다|존재한다|존재합니다)\.?$"
    r"|(여러|몇|다양한)\s?(가지\s?)?(\S+\s)?\S+(을|를) (가지고 있|갖고 있|가진|갖는)(다|습니다)\.?$"
    r"|\b(has|have) (several|various|multiple|a few) (main |different )?"
    r"(states|kinds|types|phases|stages|parts|components|modes|levels|layers)\.?$"
    r"|\b(several|various|multiple|a few) (main |common |different )?"
    r"(ways|kinds|types|approaches|methods|options|strategies|techniques|solutions)\b[^.!?]*\.?$",
    re.IGNORECASE,
)
"""`Here are my top tips for a summary.`, `종류는 다음과 같다.`, `There are three kinds:`,
`Here are a few examples of …`, `다음과 같은 방법이 있다.`, `Most questions fall into one
of these buckets.`, `방법에는 크게 두 가지가 존재한다.`, `There are three kinds of …`: a
sentence leading into what comes next (one that counts the parts promises them by name).
So does one saying there are several (`이를 개선하기 위한 여러 방법이 존재한다.`, `There are
several ways to …`) or that its subject has several (`프로세스는 여러 가지 상태를 가진다.`,
`A thread has several states.`): what follows are they."""
COUNTS = lazy(r"(두|세|네|다섯|여섯|\d+)\s?가지(\S*\s){0,3}\S*다\.?$")
"""`이때 두 가지 작업이 일어난다.`: a line counting what follows, which it promises by name."""
SENTENCES = lazy(r"(?<=[.!?])\s+(?=\S)")


def leads_on(line: str) -> bool:
    """Whether a paragraph's first or last sentence leads into what comes next: `Here are a
    few examples of redundant work. Although …` leads in as much as a line alone does."""
    if not INNER_END.search(line):
        return bool(_LEADS_ON.search(line))
    sentences = SENTENCES.split(line)
    return any(
        _LEADS_ON.search(sentence.rstrip("."))
        # `The following content is by …. You can follow her …`: about the page, not its parts
        and (sentence.endswith(":") or not sentence.casefold().startswith("the following"))
        for sentence in (sentences[0], sentences[-1])
    )


def without_dangling_lead_in(own: list[Block]) -> list[Block]:
    """The answer without a last line that leads into a list it does not hold (`… a
    structured way to prepare:` over subsections no names stand for, a picture, a table
    of their own): it promises what the card never shows. An answer with nothing else
    stays as the writer put it."""
    if len(own) < 2 or own[-1][0].type != "paragraph":
        return own
    line = own[-1][1].strip()  # its text: the names of the subsections may stand after it
    if "\n" in line or not line.endswith(":") or line.endswith("::"):
        return own
    rest = own[:-1]
    return rest if has_substance(joined(rest)) else own


ANNOUNCES = lazy(
    r"((알아|살펴)(보자|보겠다|보겠습니다|보려고 한다|볼 것이다|봅시다|보도록 하(자|겠습니다))|"
    r"let's (take a look|look at|dive|explore|see)\b[^.!?]*)\W*$",
    re.IGNORECASE,
)
"""`지금부터 HTTPS에 대해서 알아보자.`, `Let's look at …`: a line that says what comes next."""
INNER_END = lazy(r"[.!?]\s+\S")


def without_announcements(own: list[Block]) -> list[Block]:
    """The answer without the lines that only announce what comes next: they answer
    nothing, and the answer says what they announce. An answer with no other words (only
    the announcement, or it over a picture) stays as the writer put it."""
    kept = [block for block in own if not _announces(block[0])]
    said = [text for node, text in kept if node.type != "html_block" and "![" not in text]
    return kept if len(kept) < len(own) and has_substance("\n\n".join(said)) else own


def _announces(node: Node) -> bool:
    if node.type == "blockquote" and [child.type for child in node.children] == ["paragraph"]:
        node = node.children[0]
    if node.type != "paragraph":
        return False
    text = plain(node.children[0].content).strip()
    return "\n" not in text and not INNER_END.search(text) and bool(ANNOUNCES.search(text))
