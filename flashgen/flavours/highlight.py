"""`==highlight==`, Obsidian's (and Typora's) highlight, drawn as `<mark>`.

flashgen reads a highlighted phrase as a cloze first (the `cloze` rule, as
obsidian-spaced-repetition does by default): what a card shows highlighted is what is left
when that rule is off (`[rules] cloze = false`) or the highlight stands in an answer.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline


def _highlight(state: StateInline, silent: bool) -> bool:
    start = state.pos
    if not state.src.startswith("==", start) or state.src.startswith("===", start):
        return False
    if start > 0 and _in_code_word(state.src[start - 1]):
        return False  # `i%2==0`: a comparison, as the cloze rule reads it too
    end = state.src.find("==", start + 2, state.posMax)
    inner = state.src[start + 2 : end] if end > 0 else ""
    if not inner or inner[0].isspace() or inner[-1].isspace() or inner.endswith("="):
        return False
    if end + 2 < len(state.src) and _in_code_word(state.src[end + 2]):
        return False
    if not silent:
        state.push("mark_open", "mark", 1)
        limit, state.pos, state.posMax = state.posMax, start + 2, end
        state.md.inline.tokenize(state)
        state.posMax = limit
        state.push("mark_close", "mark", -1)
    state.pos = end + 2
    return True


def _in_code_word(char: str) -> bool:
    """Whether a character next to `==` makes it an operator (`x==0`): ASCII letters and
    digits only, so a Korean particle may follow a highlight (`==핵심==은`)."""
    return char.isascii() and (char.isalnum() or char == "_")


def highlight_plugin(md: MarkdownIt) -> None:
    md.inline.ruler.before("emphasis", "highlight", _highlight)
