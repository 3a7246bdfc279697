"""Pages exported from Notion: its callouts read as the boxes Notion draws, its pages named
as Notion names them.

Notion writes a callout as HTML around Markdown, `<aside>` on a line of its own, then the
callout's icon and text, then `</aside>`:

    <aside>
    🚫 **ViewModel에 넣으면 안 되는 것**: Activity Context, View 참조 …

    </aside>

CommonMark reads all of it up to the blank line as one block of raw HTML, so the bold, the
code and the links inside would show as their raw syntax. Notion shows a box of formatted
text: each line between the two tags is read as a line of a quote, as the page shows it.
"""

from __future__ import annotations

from flashgen.flavours.pages import outside_fences
from flashgen.patterns import lazy

_OPENS = lazy(r"^[ \t]{0,3}<aside>[ \t]*$")
_CLOSES = lazy(r"^[ \t]{0,3}</aside>[ \t]*$")


def asides_as_quotes(text: str) -> str:
    """The text with each Notion callout (`<aside>` … `</aside>`, each tag on a line of its
    own, outside code) as a quote: the tags' lines blank, every line between them opening
    on `> `. Every line stays where it was. An `<aside>` never closed stays as written."""
    if "<aside>" not in text:
        return text  # most notes
    lines = text.split("\n")
    plain = outside_fences(text).split("\n")
    opened: int | None = None
    for number, line in enumerate(plain):
        if opened is None:
            if _OPENS.match(line):
                opened = number
            continue
        if _CLOSES.match(line):
            lines[opened] = lines[number] = ""
            said = [n for n in range(opened + 1, number) if lines[n].strip()]
            if said:  # the blank line Notion leaves before `</aside>` ends no quote
                for inside in range(said[0], said[-1] + 1):
                    lines[inside] = f"> {lines[inside]}".rstrip()
            opened = None
    return "\n".join(lines)


_PAGE_ID = lazy(r" [0-9a-f]{32}$")
"""` 6a3f8e2b1d4c4b7a9e5f0c8d2a1b3e4f`: the page's id Notion writes after its title in an
exported file's name (`CrashLoopBackOff 트러블슈팅 로그 6a3f…e4f.md`), no part of the title."""


def without_page_id(name: str) -> str:
    """A file's name less the page id a Notion export adds to it (`CrashLoopBackOff 로그
    6a3f8e2b1d4c4b7a9e5f0c8d2a1b3e4f` → `CrashLoopBackOff 로그`); any other name as it is."""
    return _PAGE_ID.sub("", name) or name
