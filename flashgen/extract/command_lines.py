"""A cheat sheet's commands, each with what it does, asked one by one.

A block of six shell commands or more, a line each, three or more glossed by a comment
(`go build -race  # race-enabled binary`, `pgrep -a java  # 이름으로 PID 찾기`), is a list
of unrelated commands kept to be looked up: a careful student asks for each glossed
command by what it does, on a card of its own (`Build & run › race-enabled binary:
command` → `go build -race`), as a table of what and command is asked row by row; asked
the other way the gloss mostly says the command again (`-race`, `race-enabled`). The
heading's card leaves the block out: its commands bare would be a list of code saying
nothing there, the glossed ones asked already, and a few left with no gloss (`top / htop`
above the rest of the answer) an arbitrary remnant. A script (a command
going on to the next line, a loop, a here-document), a block split into runs by blank
lines, or commands under a title naming a sequence (`The 60-second checklist`, `배포
순서`) run in order: they stay whole.
"""

from __future__ import annotations

import re

from flashgen.extract.apart import answer_part
from flashgen.extract.headings import heading_answer
from flashgen.extract.item_kinds import names_a_process
from flashgen.extract.place import Place, plain
from flashgen.extract.sizes import Block
from flashgen.extract.subjects import in_context
from flashgen.model import Card
from flashgen.patterns import lazy
from flashgen.text import HANGUL

_SHELL_FENCE = lazy(
    r"(`{3,}|~{3,})[ \t]*(?:bash|sh|shell|zsh|console)\b[^\n]*\n(.*)\n\1[ \t]*$", re.DOTALL
)
_GLOSS = lazy(r"^(?P<command>\S.*?\S)[ \t]+#[ \t]+(?P<gloss>.*\S)[ \t]*$")
"""`go build -race        # race-enabled binary`: a command, then a comment saying what it
does, spaced from it (`#` within a word, `…/#/route`, opens no comment)."""
_REMARK = lazy(r"!\s*$|^\s*(?:if|unless)\b|\b(?:everyone|I|we|my|me)\b|;;|[ㅋㅎ]{2}")
"""`# if you must`, `# not stdlib but everyone uses it`: the writer's remark on a command,
not what it does: no front to ask the command by. A question (`# why is this here??` over
`go mod why …`) may well be what the command answers, and stays a gloss."""
_SCRIPT = lazy(
    r"\\$|<<|^\s|^(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|function)\b|[{}]$"
)
"""A line of a script rather than a command alone: going on to the next line, a
here-document, an indented body, a loop or a branch."""
_SEQUENCE_TITLE = lazy(
    r"\b(?:checklist|steps|setup|install(?:ation)?)\b|체크리스트|단계|설치", re.IGNORECASE
)
"""`The 60-second checklist`, `Setup`, `설치`: a title over commands run in order."""
_WORD = lazy(r"[^\W\d_]{2,}|[가-힣]")


_MIN_COMMANDS = 6
"""Fewer commands are read at a glance with their glosses."""
_MIN_GLOSSED = 3


def glossed_commands(text: str, title: str) -> list[tuple[int, str, str]] | None:
    """The glossed commands of a shell block that lists commands to look up (`text` as
    written), each as its line's index in the block's code, the command and its gloss; None
    for code of any other kind: a script, a block in runs, or commands under a title naming
    a sequence, which run in order."""
    found = _SHELL_FENCE.match(text.strip())
    if found is None or names_a_process(title) or _SEQUENCE_TITLE.search(plain(title)):
        return None
    lines = found[2].splitlines()
    if len(lines) < _MIN_COMMANDS or any(not line.strip() for line in lines):
        return None
    if any(_SCRIPT.search(line) or line.startswith("#") for line in lines):
        return None
    glossed = []
    for index, line in enumerate(lines):
        said = _GLOSS.match(line)
        if (
            said is not None
            and _WORD.search(said["gloss"])
            and not _REMARK.search(said["gloss"])
            and "`" not in said["command"]
        ):
            glossed.append((index, said["command"], said["gloss"]))
    return glossed if len(glossed) >= _MIN_GLOSSED else None


def commands_apart(own: list[Block], place: Place) -> tuple[list[Block], list[Card]]:
    """Each glossed command of a cheat sheet's shell block asked by its gloss under the
    heading (`Build & run › run package in cwd: command`, the command the answer); the
    block leaves the heading's card, which keeps the rest of its answer, if any."""
    title = place.path[-1] if place.path else ""
    kept: list[Block] = []
    cards: list[Card] = []
    for node, text in own:
        glossed = glossed_commands(text, title) if node.type == "fence" else None
        if glossed is None:
            kept.append((node, text))
            continue
        heading = heading_answer("", place)
        for _, command, gloss in glossed:
            asked = "명령어" if HANGUL.search(gloss) else "command"
            card = answer_part(
                f"{heading.question} › {gloss}: {asked}", f"`{command}`", node, place
            )
            cards.append(in_context(card, heading.context))
    return kept, cards
