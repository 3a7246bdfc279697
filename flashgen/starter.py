"""`flashgen init`: a first note and a configuration file that build at once."""

from __future__ import annotations

from pathlib import Path

from flashgen.config import CONFIG_FILE
from flashgen.sources import NOTE_SUFFIXES

STARTER_NOTE = "source/welcome.md"

_NOTE = """\
# 시작하기

<!-- A first note. Edit it, run `flashgen preview` to see the cards it gives, then
`flashgen build` and import decks/*.apkg into Anki (File › Import). Comments like
this one never become cards. -->

## HTTP란?
- 웹에서 데이터를 주고받는 프로토콜
- 요청(request)과 응답(response)으로 이루어짐

## 용어
- **TCP**: 연결 지향, 신뢰성 있는 전송
- UDP: 연결 없이 빠르게 보내는 전송

## Caching
- Pros
    - Faster responses
    - Less load on the server
- Cons
    - Stale data until the cache expires
"""

_CONFIG = """\
# flashgen settings. Command-line flags override these; front matter overrides them per note.

source = "source"          # folder (or list of folders) of Markdown notes
out = "decks"              # where the .apkg files go
split = "notes"            # "notes": one .apkg per note; "sections": one per top-level section
# single = "CS Study"      # write everything into one CS Study.apkg instead
# encoding = "cp949"       # for notes saved by older Korean Windows
# deck_prefix = "CS"       # put every deck under CS:: in Anki
# tags = ["cs"]            # tags on every card
# reverse_definitions = true  # also ask "term: definition" cards the other way round
# download_media = true    # fetch remote images once and pack them into the decks
# skip_cards = ["3f9a2c41d0"]  # cards left out, by the id `flashgen preview` shows

[rules]                    # switch a rule off with false
heading_answer = true      # a heading's own content answers it
term_definition = true     # "- term: definition" bullets
label_with_children = true # "- 장점" over child bullets
bold_cloze = true          # **bold** phrases hidden in turn
# Any rule the build's "cards by rule" line names can be listed here.
"""


def init(folder: Path) -> list[tuple[Path, bool]]:
    """Write the starter note and configuration into `folder`, never over an existing file,
    and no starter note among notes already there.

    Returns each file with whether it was written (False: it, or notes, were there already).
    """
    written = []
    for relative, text in ((STARTER_NOTE, _NOTE), (CONFIG_FILE, _CONFIG)):
        path = folder / relative
        if path.exists() or (relative == STARTER_NOTE and _has_notes(path.parent)):
            written.append((path, False))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append((path, True))
    return written


def _has_notes(folder: Path) -> bool:
    return folder.is_dir() and any(
        path.suffix.lower() in NOTE_SUFFIXES for path in folder.rglob("*")
    )
