"""Pages written for Quarto (`.qmd`) or R Markdown (`.Rmd`), in Pandoc's Markdown, as the
rendered page shows them.

Quarto labels a display equation after its closing `$$` (`$$ {#eq-shm}`) and numbers it,
so that `@eq-shm` in the text reads `Equation 1` (a card shows a short one's formula
there instead, the equation seldom on the card that cites it); a figure the same way
(`![…](x.png){#fig-fbd width="55%"}`, `@fig-fbd`, `Figure 1`); draws a callout from a
fenced div (`::: {.callout-tip}` … `:::`, titled by its `title="…"` or by a heading on its
first line); and runs a code cell (```` ```{python} ````, its options on `#|` lines).
Read as CommonMark, a labelled equation never closes (everything after it is formula), the
attributes and references show as written, and a callout is two lines of colons around
ordinary text.
"""

from __future__ import annotations

from flashgen.flavours.pages import outside_fences
from flashgen.patterns import lazy
from flashgen.text import FENCE

_EQUATION_LABEL = lazy(r"^(?P<math>.*\$\$)[ \t]*\{#(?P<label>eq-[\w:-]+)[^}\n]*\}[ \t]*$")
_FIGURE = lazy(r"(?P<image>!\[[^\]\n]*\]\([^)\n]*\))\{(?P<attrs>[^}\n]*)\}")
_FIGURE_LABEL = lazy(r"#(fig-[\w:-]+)")
_REFERENCE = lazy(r"(?<![\w@.])@(?P<kind>eq|fig|tbl)-(?P<name>[\w:-]*\w)")
_DIV_OPENS = lazy(r"^[ \t]*(?P<fence>:{3,})[ \t]*\{(?P<attrs>[^}\n]*)\}[ \t]*$")
_DIV_CLOSES = lazy(r"^[ \t]*:{3,}[ \t]*$")
_CALLOUT = lazy(r"\.callout-(?P<kind>[A-Za-z]+)")
_TITLE = lazy(r"""\btitle=(?:"(?P<double>[^"\n]*)"|'(?P<single>[^'\n]*)')""")
_HEADING = lazy(r"^[ \t]*#{1,6}[ \t]+(?P<title>\S.*?)[ \t#]*$")
_CELL_OPENS = lazy(r"^(?P<fence>[ \t]*(?:`{3,}|~{3,}))\{(?P<language>[\w.+-]+)[^}\n]*\}[ \t]*$")
_CELL_OPTION = lazy(r"^[ \t]*#\|")
_HIDES_CODE = lazy(r"^[ \t]*#\|[ \t]*(?:echo|include)[ \t]*:[ \t]*false\b")
_CELL_FIGURE = lazy(r"^[ \t]*#\|[ \t]*label[ \t]*:[ \t]*(?P<label>fig-[\w:-]+)")
_SHORT_FORMULA = 80
"""Characters of a formula shown in place of `@eq-…`: one line of a card."""
_BROKEN = lazy(r"\\\\|\\begin\{|\\tag\{|\$")
"""A formula over lines (`\\`, `\begin{aligned}`) reads ill in a line of text."""
_WORDS = {"eq": "Equation", "fig": "Figure", "tbl": "Table"}
_MARKS = ("{#", ":::", "```{", "~~~{", "@eq-", "@fig-", "@tbl-")


def quarto_read(text: str) -> str:
    """The page's text as Quarto renders it, line for line: a labelled equation numbered
    (`\\tag{1}`) and closed, a figure's attributes gone, `@eq-shm` as its formula when short
    else `Equation 1` (`Figure`, `Table`, a cell's `#| label: fig-…` a figure too; a label
    the page does not define stays as written), a callout div
    as the box `:::tip Title` … `:::`, any other div's fences blank, a code cell as the page
    shows it (`_cell_read`)."""
    if not any(mark in text for mark in _MARKS):
        return text  # nearly every note
    written = text.split("\n")
    lines = list(written)
    plain = outside_fences(text).split("\n")  # a line of code is blank in it
    numbers: dict[str, int] = {}
    formulas: dict[str, str] = {}
    counts = {"eq": 0, "fig": 0, "tbl": 0}
    divs: list[bool] = []  # for each div open: whether it is a callout
    for number, line in enumerate(lines):
        cell = _CELL_OPENS.match(line)
        if cell:
            for option in lines[number + 1 : number + 12]:
                figure = _CELL_FIGURE.match(option)
                if figure:  # `#| label: fig-damped`: the figure its output draws
                    numbers[figure["label"]] = counts["fig"] = counts["fig"] + 1
            _cell_read(lines, number, cell["fence"] + cell["language"])
            continue
        if plain[number] != written[number]:
            continue  # code, as written
        equation = _EQUATION_LABEL.match(line)
        if equation:
            numbers[equation["label"]] = counts["eq"] = counts["eq"] + 1
            math = equation["math"][:-2].rstrip()
            formulas[equation["label"]] = _formula(lines, number, math)
            lines[number] = f"{math} \\tag{{{counts['eq']}}} $$".lstrip()
            continue
        if "](" in line and "{" in line:
            lines[number] = line = _FIGURE.sub(lambda m: _figure(m, numbers, counts), line)
        opens = _DIV_OPENS.match(line)
        if opens:
            lines[number] = _div_opens(opens, lines, number)
            divs.append(bool(lines[number]))
        elif divs and _DIV_CLOSES.match(line):
            lines[number] = ":::" if divs.pop() else ""
    for number, line in enumerate(lines):
        if "@" in line and plain[number] == written[number]:
            lines[number] = _REFERENCE.sub(lambda m: _reference(m, numbers, formulas), line)
    return "\n".join(lines)


def _cell_read(lines: list[str], start: int, fence: str) -> None:
    """A code cell as the page shows it: its fence naming its language, moved down past
    its `#|` options (blank lines, not lines of the code); a cell the page hides
    (`#| echo: false`, only its output shown) blank whole, through its closing fence."""
    options = start + 1
    while options < len(lines) and _CELL_OPTION.match(lines[options]):
        options += 1
    hidden = any(_HIDES_CODE.match(lines[n]) for n in range(start + 1, options))
    for number in range(start, options - 1):
        lines[number] = ""
    lines[options - 1] = fence
    if hidden:
        opening = FENCE.match(fence)
        assert opening is not None  # the cell's own fence
        end = options
        while end < len(lines):
            closing = FENCE.match(lines[end])
            if closing and closing[1][0] == opening[1][0] and len(closing[1]) >= len(opening[1]):
                break
            end += 1
        for number in range(start, min(end + 1, len(lines))):
            lines[number] = ""


def _figure(found, numbers: dict[str, int], counts: dict[str, int]) -> str:
    label = _FIGURE_LABEL.search(found["attrs"])
    if label:
        numbers[label.group(1)] = counts["fig"] = counts["fig"] + 1
    return found["image"]


def _reference(found, numbers: dict[str, int], formulas: dict[str, str]) -> str:
    """`@eq-shm` as the formula itself when it is short (`$\\ddot x + \\omega_0^2 x = 0$`:
    the card that cites it seldom shows the equation it numbers), else `Equation 1`."""
    label = f"{found['kind']}-{found['name']}"
    if label not in numbers:
        return found.group(0)
    formula = formulas.get(label, "")
    if formula and len(formula) <= _SHORT_FORMULA and not _BROKEN.search(formula):
        return f"${formula}$"
    return f"{_WORDS[found['kind']]} {numbers[label]}"


def _formula(lines: list[str], closing: int, last: str) -> str:
    """A labelled display equation's formula on one line: its lines from the opening `$$`
    to the closing one, whose text before `$$` is `last`."""
    if last.lstrip().startswith("$$"):  # `$$ x = 1 $$ {#eq-x}` on one line
        return last.lstrip().removeprefix("$$").strip()
    opening = closing - 1
    while opening > 0 and not lines[opening].lstrip().startswith("$$"):
        opening -= 1
    parts = [lines[opening].strip().removeprefix("$$"), *lines[opening + 1 : closing], last]
    return " ".join(part.strip() for part in parts if part.strip())


def _div_opens(found, lines: list[str], number: int) -> str:
    """A div's opening fence as the box it draws (`:::tip Title`), taking its title from
    the heading on its first line if it has no `title=`; blank for a div of layout."""
    callout = _CALLOUT.search(found["attrs"])
    if callout is None:
        return ""
    titled = _TITLE.search(found["attrs"])
    title = (titled["double"] or titled["single"] or "") if titled else ""
    if not title:
        after = number + 1
        while after < len(lines) and not lines[after].strip():
            after += 1
        heading = _HEADING.match(lines[after]) if after < len(lines) else None
        if heading:
            title = heading["title"]
            lines[after] = ""
    return f":::{callout['kind'].lower()} {title}".rstrip()
