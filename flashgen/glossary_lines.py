"""Lines of one paragraph written as a glossary: the items of a list without their markers.

A writer who keeps one term a line often writes no `- ` before them, each line opening on
the term in bold and a dash or a colon:

    **Monitoring** — watching known failure modes with predefined alerts.
    **Observability** — asking new questions of a system from its outputs.

CommonMark reads one paragraph, and its every line after the first would be part of the
first term's definition. The writer, and a student writing cards from it, read the list
`- **Monitoring** — …`, `- **Observability** — …`: here such a paragraph becomes that list,
so every list rule reads it as it reads one.
"""

from __future__ import annotations

from markdown_it.token import Token

from flashgen.extract.item_kinds import is_term
from flashgen.patterns import lazy

_GLOSSARY_LINE = lazy(
    r"^\*\*(?P<term>[^*\n]+?)(?:\s*[:：]\*\*|\*\*(?:\s*\([^()\n]+\))?(?:\s*[:：—–]|\s+-))\s+\S"
)
"""`**Metrics** — numeric …`, `**안전(Safe)** : …`, `**선점형(preemptive)** - …`, `**SLI:** …`:
a line opening on a bold name, an aside after it at most, then a dash or a colon."""
_MAX_GLOSSARY_TERM_WORDS = 6
_HARD_BREAK = lazy(r"(?<!\\)\\$|\s+$")
"""A line's hard break (a backslash or spaces closing it), which an item's line needs not."""


def glossary_lines_as_items(text: str, tokens: list[Token]) -> tuple[str, list[Token]]:
    """The note's text and tokens with each paragraph of glossary lines a bullet list, a
    line an item (`_is_glossary`), its lines given the bullet a quote of them then shows."""
    if "\n**" not in text:
        return text, tokens  # most notes: no line after another opens on bold
    lines = text.split("\n")
    result: list[Token] = []
    changed, index = False, 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "paragraph_open" and _is_glossary(token, tokens[index + 1], lines):
            beside = (result[-1:] if index else []) + tokens[index + 3 : index + 4]
            result.extend(_as_list(token, lines, _bullet_apart(beside)))
            changed, index = True, index + 3
            continue
        result.append(token)
        index += 1
    return ("\n".join(lines), result) if changed else (text, tokens)


def _is_glossary(paragraph: Token, inline: Token, lines: list[str]) -> bool:
    """A paragraph at the left margin of two lines or more, each opening on a bold name and
    a dash or a colon (`**안전(Safe)** : 리소스 변경 X`), two of the names at least terms to
    ask: `**Note:** …` or `**Exam tip** — …` names none, and is an item with no card of its
    own, as it would be in a list."""
    if paragraph.level or not paragraph.map or inline.type != "inline":
        return False
    start, end = paragraph.map
    if end - start < 2 or len(inline.content.split("\n")) != end - start:
        return False
    found = [_GLOSSARY_LINE.match(line) for line in lines[start:end]]
    if not all(found):
        return False
    terms = [match["term"].strip().rstrip(":：").strip() for match in found if match]
    return sum(is_term(term, _MAX_GLOSSARY_TERM_WORDS) for term in terms) >= 2


def _bullet_apart(beside: list[Token]) -> str:
    """A bullet no list just before or after the paragraph is written with: the list made
    of it stays a list of its own, as the paragraph was, where a card shows them together
    (`- DELETE : 삭제`, then `**안전(Safe)** : …` read as `* **안전(Safe)** : …`)."""
    taken = {token.markup for token in beside if token.type.startswith("bullet_list")}
    return next(bullet for bullet in "-*+" if bullet not in taken)


def _as_list(paragraph: Token, lines: list[str], bullet: str) -> list[Token]:
    """The bullet list of a glossary paragraph's lines, each line given its `bullet`."""
    start, end = paragraph.map
    tokens = [Token("bullet_list_open", "ul", 1, map=[start, end], markup=bullet, block=True)]
    for number in range(start, end):
        line = _HARD_BREAK.sub("", lines[number].strip())
        lines[number] = f"{bullet} {line}"
        span = [number, number + 1]
        tokens += [
            Token("list_item_open", "li", 1, map=span, markup=bullet, block=True, level=1),
            Token("paragraph_open", "p", 1, map=span, block=True, level=2, hidden=True),
            Token("inline", "", 0, map=span, content=line, level=3, children=None),
            Token("paragraph_close", "p", -1, block=True, level=2, hidden=True),
            Token("list_item_close", "li", -1, markup=bullet, block=True, level=1),
        ]
    tokens.append(Token("bullet_list_close", "ul", -1, markup=bullet, block=True))
    return tokens
