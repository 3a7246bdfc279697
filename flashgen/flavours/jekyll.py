"""Pages of a Jekyll site (GitHub Pages): its Liquid tags and kramdown's attribute lines read
as the site shows them.

A Jekyll post writes code as a Liquid block, not a fence:

    {% highlight go %}
    func main() { … }
    {% endhighlight %}

and styles a block with a kramdown attribute line of its own (`{: .note}` under a
paragraph, `{:.warning}`), links another post by its file (`[Dynamo]({% post_url
2024-03-23-dynamo %})`), and may place an include or set a variable on a line of its own
(`{% include figure.html … %}`, `{% assign n = 3 %}`). Read as CommonMark, the code's lines
are paragraphs, its `*` and `_` emphasis, and the tags show on the cards as written.

The site shows code, a styled paragraph and a link: a highlight block is read as a fence
in its language, an attribute line and a tag of its own line are blank, and a post's link
points to its file (`2024-03-23-dynamo.md`), as a link between notes does. Every line stays
where it was, and code fences are never touched.

kramdown writes all math between `$$`: a formula in a line of words (`forward $$q$$는 고정된
Markov chain`) is inline math, one standing alone as its paragraph is displayed. Read as
the notes' other tools read `$$`, each would break its sentence into a displayed block; on
a Jekyll page (a post in `_posts/`, a page asking for `use_math`, or one written with
Liquid or kramdown's syntax) it is read as kramdown shows it, `$q$`.
"""

from __future__ import annotations

import re

from flashgen.flavours.pages import outside_fences
from flashgen.patterns import lazy

_HIGHLIGHT = lazy(r"^[ \t]{0,3}\{%-?[ \t]*highlight[ \t]+(?P<language>[\w+#.-]+)[^%]*-?%\}[ \t]*$")
_END_HIGHLIGHT = lazy(r"^[ \t]{0,3}\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$")
_TAG_LINE = lazy(r"^[ \t]{0,3}\{%-?[ \t]*[a-z_]+\b[^%]*-?%\}[ \t]*$")
"""A Liquid tag alone on its line (`{% include … %}`, `{% raw %}`, `{% assign … %}`)."""
_ATTRIBUTES = lazy(r"^[ \t]{0,3}\{:[ \t]*[.#][^{}\n]*\}[ \t]*$")
"""Kramdown's attribute line, `{: .note}`, `{:.warning}`, `{: #anchor}` (`{:toc}` is the
contents' marker, read with the others in pages.without_toc_markers)."""
_POST_LINK = lazy(r"\(\{%-?[ \t]*post_url[ \t]+(?P<name>[^\s%]+)[ \t]*-?%\}\)")


_POST_FOLDERS = frozenset({"_posts", "_drafts", "_pages"})
_USES_MATH = lazy(r"\A---[ \t]*\r?\n(?:.*\r?\n)*?use_math[ \t]*:", re.MULTILINE)
_MATH_OR_CODE = lazy(r"(`+)[^`]*?\1|\$\$(?=\S)(?P<math>.+?)(?<=\S)\$\$")
"""A code span, kept as written, or a formula between `$$` on one line."""
_LINE_MARKS = lazy(r"^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?")
"""The quote marks and list marker a line opens on: no words beside a formula."""


def is_jekyll_page(name: str, text: str) -> bool:
    """Whether a note is a Jekyll site's page by its place or its front matter: a post
    (`_posts/2024-05-25-ddpm.md`), a page of `_pages/`, or a page asking for math
    (`use_math: true`). One written with Liquid's tags or kramdown's attribute lines is one
    too, which `liquid_read` tells as it reads them."""
    return not _POST_FOLDERS.isdisjoint(name.split("/")[:-1]) or (
        text.startswith("---") and _USES_MATH.search(text) is not None
    )


def kramdown_math(text: str) -> str:
    """The text with each formula between `$$` among a line's words written `$…$`, inline,
    as kramdown shows it (see the module); a formula alone on its line (after its list
    marker or quote marks, if any) stays displayed, and code is never touched."""
    if "$$" not in text:
        return text
    lines = text.split("\n")
    for number, line in enumerate(outside_fences(text).split("\n")):
        if "$$" in line:
            lines[number] = _inline_math(lines[number])
    return "\n".join(lines)


def _inline_math(line: str) -> str:
    formulas = [found for found in _MATH_OR_CODE.finditer(line) if found["math"] is not None]
    if not formulas:
        return line
    opening, only = _LINE_MARKS.match(line).end(), formulas[0]
    if len(formulas) == 1 and not (line[opening : only.start()] + line[only.end() :]).strip():
        return line  # `$$ … $$` alone: displayed
    return _MATH_OR_CODE.sub(
        lambda found: found[0] if found["math"] is None else f"${found['math']}$", line
    )


def liquid_read(text: str) -> str:
    """The text with a Jekyll page's Liquid and kramdown syntax as the site shows it (see
    the module): highlight blocks as fences, attribute lines and tag lines blank, a post's
    link to its file. A note with no `{%` and no `{:` is returned as it is (most notes)."""
    if "{%" not in text and "{:" not in text:
        return text
    lines = text.split("\n")
    plain = outside_fences(text).split("\n")
    end = -1  # the line closing the highlight block being read, if any
    for number, line in enumerate(plain):
        if number <= end:
            continue  # the code's own lines, as written
        if "{" not in line:
            continue
        if (found := _HIGHLIGHT.match(line)) and (end := _closing(lines, number)) > number:
            fence = "`" * max(3, _longest_backticks(lines[number + 1 : end]) + 1)
            lines[number], lines[end] = f"{fence}{found['language']}", fence
        elif _TAG_LINE.match(line) or _ATTRIBUTES.match(line):
            lines[number] = ""
        elif "{%" in line:
            lines[number] = _POST_LINK.sub(_linked_file, lines[number])
    return "\n".join(lines)


def _closing(lines: list[str], opening: int) -> int:
    """The line of the `{% endhighlight %}` closing the block opened at `opening`, -1 when
    none does: a block never closed is no code (Jekyll refuses the page), and its opening
    tag alone goes, where a fence never closed would make code of the rest of the note."""
    return next(
        (
            number
            for number in range(opening + 1, len(lines))
            if _END_HIGHLIGHT.match(lines[number])
        ),
        -1,
    )


def _longest_backticks(code: list[str]) -> int:
    """The longest run of backticks in the code (a Markdown snippet's own ``` fence): the
    fence around it is one longer, so the snippet's fence does not close it."""
    return max((len(run) for line in code for run in _BACKTICKS.findall(line)), default=0)


_BACKTICKS = lazy(r"`+")


def _linked_file(link: re.Match[str]) -> str:
    """`({% post_url 2024-03-23-dynamo %})` → `(2024-03-23-dynamo.md)`: the post's file, in
    the folder of posts the note is in."""
    return f"({link['name']}.md)"
