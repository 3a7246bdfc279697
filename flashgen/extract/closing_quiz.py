"""Questions a note closes on, set apart by a rule: of the whole note, not of its last
heading.

A writer who ends a note on a few review questions after a horizontal rule (`---` under
`## Thrombolytics`, then `Q: Pregnant woman with DVT?` / `A: LMWH`) asks them of the note's
subject: they go over every heading of it (warfarin, heparin, DOACs), and the rule says they
are no more of the last heading's text. Asked under that heading (`Anticoagulants ›
Thrombolytics`), a question of warfarin reads as one of thrombolytics. So a question written
after such a rule is asked under the note's title.

Only a rule after the note's last heading, followed by a question, and the only rule of the
note so followed: a writer who closes each section on its own drill (`---` then `Q:` under
every heading) asks each of its section.
"""

from __future__ import annotations

from dataclasses import replace

from flashgen.model import Card
from flashgen.patterns import lazy

_RULE = lazy(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
"""`---`, `***`, `___`: a thematic break."""
_QUESTION = lazy(r"^(?:\*\*)?(?:Q\s*\d{0,2}\s*[.:)]|Q\s|질문\s*\d{0,2}\s*[.:)])|\?\W*$")
"""`Q: …`, `**Q1.** …`, `질문: …`, or a line ending on its question mark."""


def closing_rule(lines: list[str]) -> int | None:
    """The line (from 1) of the rule a note's closing questions follow; None for a note
    with none (nearly every note: looked for once per note, from its end up to its last
    heading)."""
    closing = None
    for at in range(len(lines) - 1, -1, -1):
        line = lines[at]
        if line.startswith("#"):
            break
        if line[:1] in "-*_ " and _RULE.match(line) and _asked_after(lines, at):
            if closing is not None:
                return None  # two closing drills: each of its own part
            closing = at + 1
    if closing is None or _drills_before(lines, at):
        return None
    return closing


def _asked_after(lines: list[str], at: int) -> bool:
    """Whether the first line written after line `at` asks a question."""
    for line in lines[at + 1 :]:
        if line.strip():
            return _QUESTION.search(line.strip()) is not None
    return False


def _drills_before(lines: list[str], last_heading: int) -> bool:
    """Whether a rule before the note's last heading is followed by a question too: the
    writer closes each part on its own questions."""
    return any(
        line[:1] in "-*_" and _RULE.match(line) and _asked_after(lines, at)
        for at, line in enumerate(lines[:last_heading])
        if at > 0  # a front matter's opening `---`
    )


def of_the_note(card: Card, rule: int, note: tuple[str, ...]) -> Card:
    """A question written after the note's closing rule, asked under the note's title (its
    deck the title's); any other card as it is."""
    if card.line <= rule or card.deck == note or not card.question.rstrip().endswith("?"):
        return card
    return replace(card, deck=note, context=note)
