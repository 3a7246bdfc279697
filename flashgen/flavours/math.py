"""A formula written over several lines (`$$` … `$$`, `\\[` … `\\]`) is one block; one whose
closing `$` is missing ends where the sentence goes on in words.

CommonMark knows nothing of math, so inside such a formula a line `=` would underline the
line above into a heading, a line `- x` would start a list and a line with `|` a table.
Obsidian, MkDocs and Typora read the lines between the delimiters as TeX and nothing else:
this block rule, first in the chain, does the same, for the parse that cuts a note into
sections and for the render of a card's sides alike.

A `$` opening TeX that no `$` closes (`$\\sum_{i=1}^{k} i + (k+1). By the hypothesis …`)
would show its TeX raw, `$` and all, where the writer plainly meant a formula: the formula
is taken to end where words take over from TeX (two words in a row, or Korean, Chinese,
Japanese), or at the end of its line. TeX between two `$` of a line with a space just
inside one of them (`$ a,b \\in \\mathbb{R}$`), which the dollar rule refuses, is a formula too.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline

from flashgen.patterns import lazy
from flashgen.text import CJK_LETTER

_CLOSERS = {"$$": "$$", "\\[": "\\]"}


def math_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """`$$` or `\\[` opening a line and closed on a later line: a `math_block` token of
    what stands between. A formula opened and closed on one line is left to the inline
    rules; one never closed is no formula."""
    if state.sCount[start] - state.blkIndent >= 4:
        return False  # indented code
    first = _line(state, start)
    opener = first[:2]
    if opener not in _CLOSERS:
        return False
    closer = _CLOSERS[opener]
    if closer in first[2:]:
        return False  # opened and closed on one line
    for line in range(start + 1, end):
        text = _line(state, line)
        if text and state.sCount[line] < state.blkIndent:
            return False  # out of the list item or quote it was opened in
        at = text.rfind(closer)
        if at >= 0 and not text[at + 2 :].strip():
            break
    else:
        return False
    if silent:
        return True
    body = [first[2:], *(_line(state, n) for n in range(start + 1, line)), text[:at]]
    token = state.push("math_block", "math", 0)
    token.block = True
    token.content = "\n".join(part for part in body if part.strip())
    token.markup = opener
    token.map = [start, line + 1]
    state.line = line + 1
    return True


def _line(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].rstrip()


def math_blocks_plugin(md: MarkdownIt) -> None:
    """The rule, ahead of every other block rule, and able to end a paragraph."""
    first = md.block.ruler.get_all_rules()[0]
    md.block.ruler.before(
        first,
        "math_lines",
        math_block,
        {"alt": ["paragraph", "reference", "blockquote", "list", "footnote_def"]},
    )


_TEX = lazy(r"\\[A-Za-z]|[_^]\{")
"""What only TeX is written with: a command (`\\sum`), a braced sub- or superscript."""
_WORDS = lazy(r"(?<![\\\w])[^\W\d_]{2,} [^\W\d_]{2,}(?!\w)|" + CJK_LETTER)
"""Where a sentence goes on in words: two words in a row (not TeX commands), or Korean,
Chinese or Japanese."""
_LONGEST = 1_000
"""Characters looked at after a `$` no `$` closes: a formula is shorter, and a long line of
lone `$`s costs no more than the dollar rule's own look for a closing one."""


def unclosed_formula(state: StateInline, silent: bool) -> bool:
    """A `$` before TeX that the dollar rule (just before this one) found no closing `$`
    for: a formula up to where words take over, or to the end of its line."""
    src, start = state.src, state.pos
    if src[start] != "$" or src.startswith("$$", start) or (start and src[start - 1] in "$\\"):
        return False
    limit = min(state.posMax, start + 1 + _LONGEST)
    line_end = src.find("\n", start, limit)
    rest = src[start + 1 : line_end if line_end >= 0 else limit]
    closing = rest.find("$")
    if closing >= 0:
        rest = rest[:closing]
    if not rest or (start and src[start - 1].isdigit()):
        return False  # `5$` is money, as the dollar rule reads it
    end = _words_start(rest)
    if closing >= 0 and end == len(rest):  # a `$` closes it after all: the dollar rule refused it
        return _spaced_formula(state, silent, rest)
    if rest[0].isspace():
        return False  # `$ 5` is money, as the dollar rule reads it
    formula = rest[:end].rstrip().rstrip(".,;:").rstrip()
    if not _TEX.search(formula):
        return False  # `$HOME`, `$5 a month`: no formula
    if not silent:
        token = state.push("math_inline", "math", 0)
        token.content = formula
        token.markup = "$"
    state.pos = start + 1 + len(formula)
    return True


def _spaced_formula(state: StateInline, silent: bool, inside: str) -> bool:
    """`$ a,b \\in \\mathbb{R}$`, `$\\alpha $`: TeX between two `$` of one line, refused by
    the dollar rule for a space just inside a `$` only. Its TeX shows it is a formula, as its
    writer meant; without TeX (`$x $`, `$ 5 or $`), or with a digit after the closing `$`
    (`$\\alpha$5`), it stays text, as the dollar rule has it."""
    formula = inside.strip()
    after = state.pos + len(inside) + 2
    if formula == inside or inside.endswith("\\") or not _TEX.search(formula):
        return False  # not spaced (`$\\alpha\\$` closes nothing), or no TeX
    if after < state.posMax and state.src[after].isdigit():
        return False
    if not silent:
        token = state.push("math_inline", "math", 0)
        token.content = formula
        token.markup = "$"
    state.pos = after
    return True


def _words_start(text: str) -> int:
    """Where words take over from TeX in `text`, outside braces (`\\text{for all x}` is TeX)."""
    depth, counted = 0, 0
    for match in _WORDS.finditer(text):
        between = text[counted : match.start()]
        depth += between.count("{") - between.count("}")
        counted = match.start()
        if depth <= 0:
            return counted
    return len(text)


def unclosed_formulas_plugin(md: MarkdownIt) -> None:
    """The rule, right after the dollar rule (mdit_py_plugins' dollarmath) that refused."""
    md.inline.ruler.after("math_inline", "unclosed_formula", unclosed_formula)
