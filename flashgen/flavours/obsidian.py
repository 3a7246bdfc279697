"""Obsidian's syntax in a note's text, read as Obsidian shows it, before the note is parsed.

- `[[Note]]`, `[[Note|alias]]`, `[[Note#Heading]]`, `[[#Heading]]`, `[[Note#^block]]`: the
  words Obsidian shows for the link (the alias, else the note and heading names). A card
  cannot follow a link into the vault, so it keeps the words only.
- `![[…]]`: what embeds.py makes of the picture, sound, drawing or note embedded.
- `#tag`, `#nested/tag`: Anki tags (`nested::tag`), gone from the text.
- `%%comments%%`, `^block-id` markers and plugins' query blocks (`` ```dataview ``): gone.

Links, tags and block ids are read so in a note written for Obsidian: one in a vault (a
`.obsidian/` folder) or one holding a `[[link]]`. In other notes `#define에`, `C#` and `x ^2`
are what they say, and only a line of nothing but tags (`#flashcards`) is read as tags.

Every step keeps each line where it was, so cards and messages still name the right line,
and leaves code (fenced, or in backticks) as it is. What cannot be
resolved (an embed of no file, a link to no note) is a notice naming its line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from flashgen.flavours.embeds import SIZED_IMAGE, embed, link_text, sized_image
from flashgen.flavours.vault import Vault
from flashgen.patterns import lazy
from flashgen.text import CODE_SPAN, FENCE

_EMBED = lazy(r"!\[\[(?P<target>[^\[\]|]*?)(?:\|(?P<label>[^\[\]]*))?\]\]")
_LINK = lazy(r"\[\[(?P<target>[^\[\]|]*?)(?:\|(?P<label>[^\[\]]*))?\]\]")
_BLOCK_ID = lazy(r"(?:^|[ \t]+)\^[A-Za-z0-9-]+[ \t]*$")
_TAG = lazy(r"(?<!\S)#(?P<tag>(?=[\w/-]*[^\W\d])[\w/-]+)")
"""`#tag`, `#nested/tag`, `#태그`: after a space or at the start of a line, with a letter in it
(`#1` and `#123` are numbers, `C#` and `[x](#a)` are no tags)."""


@dataclass
class ObsidianText:
    """A note's text with Obsidian's syntax read, and what the reading found on the way."""

    text: str
    tags: list[str] = field(default_factory=list)
    notices: list[tuple[int, str]] = field(default_factory=list)
    """(line, message) for each embed or link that could not be resolved."""
    depends: set[Path | None] = field(default_factory=set)
    """Files besides the note whose content its cards show (embedded notes); None when an
    embed found no file, so a later build looks again (the file may have come)."""
    links: bool = False
    """Whether the note links as Obsidian does (`[[Note]]`, `![[x.png]]`), outside code."""
    tab_ends: frozenset[int] = frozenset()
    """The lines (from 0) after a set of MkDocs' content tabs (pages.content_tabs)."""
    tab_labels: frozenset[int] = frozenset()
    """The lines (from 0) of those tabs' labels."""


def read_obsidian(
    text: str,
    note_path: Path,
    vault: Vault | None,
    embedding: frozenset[Path] = frozenset(),
    tagged: bool = False,
) -> ObsidianText:
    """The note's text with Obsidian's syntax replaced by what Obsidian shows, line for line.

    `vault` finds the files of embeds and links (None: no file is looked for);
    `embedding` holds the notes being embedded around this one, so a loop ends; `tagged`
    says the note's front matter gives it tags. Only the lines holding a mark are looked
    at: most notes hold none."""
    if ("```" in text or "~~~" in text) and _QUERY_FENCE.search(text):
        text = _without_queries(text)
    marks = _marks(text)
    if not marks and "%%" not in text:
        return ObsidianText(text)
    result = ObsidianText(text)
    starts = [0, *(match.end() for match in _NEWLINE.finditer(text))]
    lines = text.split("\n")
    code = _fenced_lines(text, starts)
    if "%%" in text:
        _blank_comments(lines, code)
    # Obsidian's marks mean something in a note written for Obsidian: one in a vault, or one
    # that links as Obsidian does. Elsewhere `#define에 가깝다`, `#을 두 개` and `x ^2` are
    # words, and only a line of nothing but tags (`#flashcards #db`) is tags.
    everywhere = bool(embedding) or (vault is not None and vault.is_obsidian)
    everywhere = everywhere or ("[[" in text and bool(_LINK.search(text)))
    # A vault copied without its `.obsidian/` folder and with no link still tags its notes:
    # in front matter, or on a line of nothing but tags. Then a tag in a sentence is one too,
    # when it is one by Obsidian's grammar and no C directive (`#define`), colour or number.
    strict = not everywhere and (tagged or _has_tag_line(lines, code))
    marked = dict.fromkeys(bisect_right(starts, mark) - 1 for mark in marks)
    result.links = any(
        number not in code and _links(lines[number]) for number in marked if "[[" in lines[number]
    )
    into = embedding | {note_path}
    for number in marked:
        if number in code:
            continue
        line = lines[number]
        if not everywhere and not strict:
            if _TAG_LINE.match(line):
                lines[number] = _without_tags(line, result)
            continue
        if line.lstrip(" \t-*+")[:1] == "#" and _TO_DO_LINE.match(line):
            _without_tags(line, result)  # its tags still tag the note's cards
            lines[number] = ""
            continue
        lines[number] = _outside_code(
            line,
            lambda part, n=number + 1: _read_part(
                part, n, note_path.parent, vault, result, into, strict
            ),
        )
        picture = line.lstrip().startswith("![") and _HTML_LINE.match(lines[number])
        if picture and number + 1 < len(lines) and lines[number + 1].strip():
            lines[number] += _NOT_AN_HTML_BLOCK
    result.text = "\n".join(lines)
    return result


_HTML_LINE = lazy(r"^[ \t]*<img [^<>]*>(?:[ \t]*<img [^<>]*>)*[ \t]*$")
_NOT_AN_HTML_BLOCK = "<span></span>"
"""Ends a line of nothing but a picture: such a line would open a block of raw HTML, and the
caption under it (`*Figure 1*`) show its Markdown marks; Obsidian shows them one paragraph."""


_QUERY_FENCE = lazy(r"^ {0,3}(`{3,}|~{3,})[ \t]*(?:dataview|dataviewjs|query|tasks)[ \t]*$", re.M)
"""A plugin's query (Dataview, Tasks, an embedded search): Obsidian shows its results, which
a card cannot hold, never its code."""


def opens_query(line: str) -> bool:
    """Whether the line opens a plugin's query block (`` ```dataview ``, `` ```tasks `` …)."""
    return bool(_QUERY_FENCE.match(line))


def _without_queries(text: str) -> str:
    """The text with each query block's lines blanked."""
    lines = text.split("\n")
    fence: str | None = None
    for number, line in enumerate(lines):
        if fence is None:
            opening = _QUERY_FENCE.match(line)
            if opening:
                fence, lines[number] = opening[1], ""
            continue
        closing = FENCE.match(line)
        if closing and closing[1][0] == fence[0] and len(closing[1]) >= len(fence):
            fence = None
        lines[number] = ""
    return "\n".join(lines)


_LINK_MARK = lazy(r"\[\[")
_BLOCK_ID_MARK = lazy(r"\^[A-Za-z0-9-]+[ \t]*$", re.MULTILINE)
_TAG_MARK = lazy(r"#[^\s#]")


def _marks(text: str) -> list[int]:
    """Where a line may hold Obsidian's syntax: a link or embed, a block id, a tag. Each
    pattern begins with a character of its own, which the regex engine finds fast."""
    found = [match.start() for match in _LINK_MARK.finditer(text)] if "[[" in text else []
    if "|" in text and "![" in text:
        found += [match.start() for match in SIZED_IMAGE.finditer(text)]
    for pattern in (_BLOCK_ID_MARK, _TAG_MARK):
        found += [
            match.start()
            for match in pattern.finditer(text)
            if match.start() == 0 or text[match.start() - 1] in " \t\n"
        ]
    return sorted(found)


_NEWLINE = lazy("\n")
_TO_DO_LINE = lazy(r"^[ \t]*(?:[-*+][ \t]+)?#(?:todo|to-do|할일)(?![\w/-])[ \t]+\S", re.I)
"""`#todo look at Lion optimizer and Sophia`: a line the writer tagged as a reminder to
themselves, no part of what the note teaches."""
_TAG_LINE = lazy(r"^[ \t]*(?:#(?=[\w/-]*[^\W\d])[\w/-]+[ \t]*)+$")
"""A line of nothing but tags (`#flashcards #db`)."""
_NOT_A_TAG = lazy(
    r"^(?:(?:define|include|import|ifn?def|if|elif|else|endif|pragma|undef|error|warning|line"
    r"|region|endregion)(?![\w/-])|[0-9a-f]*\d[0-9a-f]*$|[\W\d_])",
    re.IGNORECASE,
)
"""What reads as a tag by Obsidian's grammar but is seldom one outside a vault: a C
directive (`#define에`), a colour (`#ff0000`), a word that starts with a digit (`#1위`)."""
_STRICT_BLOCK_ID = lazy(r"(?:^|[ \t]+)\^(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]{3,}[ \t]*$")
"""A block id (`^def-key`, `^a1b2c3`), not an exponent (`x ^2`)."""


def _has_tag_line(lines: list[str], code: set[int]) -> bool:
    return any(
        number not in code
        and _TAG_LINE.match(line)
        and not any(_NOT_A_TAG.match(tag) for tag in re.findall(r"#([^\s#]+)", line))
        for number, line in enumerate(lines)
        if "#" in line
    )


def _fenced_lines(text: str, starts: list[int]) -> set[int]:
    """The numbers of the lines in fenced code, fences included."""
    fenced: set[int] = set()
    if "```" not in text and "~~~" not in text:
        return fenced
    fence, opened = None, 0
    for match in FENCE.finditer(text):
        line = bisect_right(starts, match.start()) - 1
        if fence is None:
            fence, opened = match[1], line
        elif match[1][0] == fence[0] and len(match[1]) >= len(fence):
            fenced.update(range(opened, line + 1))
            fence = None
    if fence is not None:
        fenced.update(range(opened, len(starts)))
    return fenced


def _blank_comments(lines: list[str], code: set[int]) -> None:
    """`%%` … `%%` comments (which may span lines) out of the lines, outside code."""
    in_comment = False
    for number, line in enumerate(lines):
        if not in_comment and (number in code or "%%" not in line):
            continue  # a comment hides what it holds, code fences too (Kanban's settings)
        lines[number], in_comment = _without_comments(line, in_comment)


def _without_comments(line: str, in_comment: bool) -> tuple[str, bool]:
    """The line less what `%%` … `%%` comments (which may span lines) hide of it; a `%%`
    in a code span is code."""
    if "%%" not in line:
        return ("" if in_comment else line), in_comment
    masked = CODE_SPAN.sub(lambda span: "\x00" * len(span[0]), line) if "`" in line else line
    marks = [match.start() for match in re.finditer("%%", masked)]
    if not marks:
        return ("" if in_comment else line), in_comment
    kept: list[str] = []
    at = 0
    for mark in marks:
        if not in_comment:
            kept.append(line[at:mark])
        in_comment = not in_comment
        at = mark + 2
    if not in_comment:
        kept.append(line[at:])
    return "".join(kept).rstrip(), in_comment


_OBSIDIAN_LINK = lazy(r"\[\[[^\[\]\s|][^\[\]]*\]\](?!\()")
"""`[[Note]]`, `[[Note|alias]]`, in `![[x.png]]` too; not `[[words]](https://…)`, a Markdown
link whose words are in brackets, nor a shell test (`[[ -f x ]]`)."""


def _links(line: str) -> bool:
    """Whether the line holds an Obsidian link outside `code spans`."""
    return bool(_OBSIDIAN_LINK.search(CODE_SPAN.sub("", line) if "`" in line else line))


def _outside_code(line: str, read) -> str:
    """`read` applied to the parts of the line outside `code spans`."""
    if "`" not in line:
        return read(line)
    parts: list[str] = []
    at = 0
    for span in CODE_SPAN.finditer(line):
        parts += [read(line[at : span.start()]), span[0]]
        at = span.end()
    parts.append(read(line[at:]))
    return "".join(parts)


def _read_part(
    part: str,
    line: int,
    folder: Path,
    vault: Vault | None,
    result: ObsidianText,
    embedding: frozenset[Path],
    strict: bool = False,
) -> str:
    if "[[" in part:
        related = _RELATED.match(part)
        if related and _LINKS_ONLY.match(part[related.end() :]):
            part = related[1] + part[related.end() :]  # the label goes: the line is its links
        # A line that embeds (`![[…]]`) shows what it embeds: more than a pointer.
        points = "![[" not in part and bool(
            _POINTS_TO_A_NOTE.search(part) or _BREADCRUMB.match(part)
        )
        part = _EMBED.sub(
            lambda m: embed(m, line, folder, vault, result, embedding, read_obsidian), part
        )
        only_links = points or bool(_LINKS_ONLY.match(part) or _NEIGHBOURS.match(part))
        # A link closing a line after an arrow, dash or colon points elsewhere: a note link.
        pointer = (_POINTER.search(part) or _POINTER_ASIDE.search(part)) if not only_links else None
        at = pointer.start("link") if pointer else -1
        several = "," in part or "+" in part or "·" in part or "&" in part or " and " in part
        heading = several and part.lstrip().startswith("#")
        onward = _POINTERS.search(part) if heading and not only_links else None
        after = onward.start() if onward else len(part)
        named = _NAMED_BY_LINK.match(part) if not only_links else None
        lead = named.start("link") if named else -1
        part = _LINK.sub(
            lambda m: _link(
                m,
                line,
                folder,
                vault,
                result,
                only_links or m.start() in (at, lead) or m.start() > after,
            ),
            part,
        )
    if "|" in part and "![" in part:
        part = SIZED_IMAGE.sub(lambda m: sized_image(m, folder, vault, result), part)
    if "^" in part:
        part = (_STRICT_BLOCK_ID if strict else _BLOCK_ID).sub("", part)
    if "#" in part:
        stripped = part.lstrip()
        if stripped.startswith("#") and not _TAG.match(stripped):
            heading, _, rest = part.partition(" ")  # `## Title #tag`: the heading's marks stay
            return heading + " " + _without_tags(rest, result, strict) if rest else part
        part = _without_tags(part, result, strict)
    return part


def _without_tags(text: str, result: ObsidianText, strict: bool = False) -> str:
    def take(match: re.Match[str]) -> str:
        if strict and _NOT_A_TAG.match(match["tag"]):
            return match[0]
        tag = "::".join(piece for piece in match["tag"].split("/") if piece)
        if tag and tag not in result.tags:
            result.tags.append(tag)
        rest = text[match.end() : text.find("\n", match.end()) % (len(text) + 1)]
        before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if _LETTER.search(before) and _LETTER.search(_TAG.sub("", rest)):
            return match[0]  # `where #params ≈ #samples), then …`: read as part of the sentence
        return ""

    kept = _TAG.sub(take, text)
    return kept.rstrip() if kept != text else text


_LETTER = lazy(r"[^\W\d_]")
"""A letter before and after a tag on its line: the tag stands inside a sentence, which
Obsidian shows with it (`peak where #params ≈ #samples), then down again`); tags opening or
closing a line (`#tosort: does …`), or on a line of their own, only file the note."""


_POINTS_TO_A_NOTE = lazy(
    r"(?:^|[.!?][ \t]+)[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+)?"
    r"(?:(?:See|Refer to|Check out|Read)\b[^.!?\n\[]{0,40}\[\[|"
    r"(?:More|Details) (?:in|on|at) \[\[|Prereq(?:uisites?)?[ \t]*:[ \t]*\[\[|"
    r"(?:→|->|=>)[ \t]*(?:(?:see|cf\.)[ \t]+)?\[\[|"
    r"먼저[ \t]+[^.!?\n\[]{0,20}\[\[|\[\[[^\[\]\n]+\]\][을를]?[ \t]*먼저[ \t])"
)
"""`See [[Gradient Descent]] for plain SGD first.`, `먼저 [[스택]]을 읽자.`, `[[스택]]을 먼저
보고 오자.`, `- → see [[Pharmacokinetics#CYP450]]`: a sentence sending the student to another
note. Its links are written as the
Markdown links to the notes they mean, as on a line of links only, so the rules that leave out
pointers see them (a card shows them as their words)."""
_BREADCRUMB = lazy(
    r"^[ \t]*(?:(?:Part of|Up|Parent|Back to|MOC)[ \t]*:?|[←↑⬆]|⬅️?)[ \t]*\[\[", re.IGNORECASE
)
"""`Part of [[Machine Learning MOC]] → deep learning. Used in [[Transformer]].`, `Up:
[[Statistics]]`, `← [[Index]]`: a line at the top of a note placing it among the others.
Its links are written as the Markdown links to the notes they mean, so the rule leaving out
breadcrumbs sees them."""
_NAMED_BY_LINK = lazy(
    r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?P<link>\[\[[^\[\]]+\]\])[^\w\[\]\n:—–→-]{0,12}"
    r"(?::|[ \t]+(?:—|–|-|→|->|=>))[ \t]+\w"
)
"""`- [[Adam Optimizer]] 🌿 — plus momentum, RMSProp`: a list entry named by a link to
another note, with a remark beside it, as a map of content lists its notes. Written as the
Markdown link to that note, the entry gives no term card: its note teaches it."""
_LINKS_ONLY = lazy(r"^ {0,3}(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\[\[[^\[\]]+\]\][ \t,·]*)+$")
"""`- [[Producer-Consumer Problem]]`, `[[Joins]] · [[Indexes]]`: a line of nothing but links
to other notes. Not one nested under a label (`- Batch systems` / `\t- [[FCFS]]`): the links
there name the label's parts."""


_NEIGHBOURS = lazy(
    r"^ {0,3}(?:[^\[\]\n|·•.!?;]{0,40}\[\[[^\[\]\n]+\]\])+"
    r"(?:[ \t]*[|·•](?:[^\[\]\n|·•.!?;]{0,40}\[\[[^\[\]\n]+\]\])+)+[ \t,]*$"
)
"""`[[Linear Algebra MOC]] | before: [[Four Fundamental Subspaces]] | after: [[Least
Squares]]`, `[[MOC]] · theory in [[Orthogonality]] · QR version in [[QR]]`: a line of links
to other notes cut by bars or dots, each maybe named by a few words of where it stands. Its
links are written as the Markdown links to the notes they mean, so the rule leaving out
such lines sees them (skip.navigation.is_note_neighbours). Each gap between links is read
by one part of the pattern alone, so a long line that is none is given up on at once."""


_RELATED = lazy(
    r"^( {0,3}(?:(?:[-*+]|\d+[.)])[ \t]+)?)"
    r"(?:관련|관련 ?(?:글|노트|문서|링크)|연관 ?(?:글|노트|문서)|같이 보기|함께 보기|"
    r"related(?: notes?)?|see also)[ \t]*[:：][ \t]*(?=\[\[)",
    re.IGNORECASE,
)
"""`관련: [[Spark shuffle]] · [[Data Engineering MOC]]`, `See also: [[Indexes]]`: a label
saying that the links after it are related notes. A line of such links and nothing else
is read as links alone (`_LINKS_ONLY`): it places the note among the others."""
_POINTER = lazy(
    r"(?:(?<=[^\s*+-])|(?<=\S\*\*))[ \t]*"
    r"(?:(?:→|->|=>)[ \t]*(?:(?:see|cf\.)[ \t]+)?|—|–|:|[ \t]-)[ \t]*"
    r"(?P<link>\[\[[^\[\]]+\]\])[ \t]*$"
)
"""`- Normalization layers → [[Batch Norm vs Layer Norm]]`, `mirtazapine → see [[CNS
Drugs]]`, `Overdose → **glucagon** → [[Toxicology]]`: a line ending in a link to another
note after an arrow (or `→ see`), a dash or a colon points there for what it names; written
as the Markdown link to that note, a back that is only the link gives no card. Not a link
that is a list item's only words (`\t- [[FCFS]]` under a label): it names a part."""


_POINTERS = lazy(
    r"(?<=\S)[ \t]*(?:→|->|=>)[ \t]*(?:see[ \t]+)?"
    r"(?:\[\[[^\[\]]+\]\][ \t]*(?:,|\+|·|&|and)[ \t]*)+\[\[[^\[\]]+\]\][ \t]*$"
)
"""`## Substitution / elimination (ch 7) → [[L13 SN1 vs SN2]], [[L15 E1 and E2]]`: a heading
ending in links to several notes after an arrow points to each, as one link does
(`_POINTER`); the card's front asks what comes before them (text.clean_heading)."""


_POINTER_ASIDE = lazy(
    r"[ \t]*(?:\((?:see |→[ \t]*)?|[,;][ \t]*see )(?P<link>\[\[[^\[\]|]+\]\])\)?\.?[ \t]*$",
    re.IGNORECASE,
)
"""`… small files ([[Parquet vs CSV#주의할 점]])`, `(… uses batch stats, see [[Batch Norm]]).`,
`Pre-LN vs Post-LN, see [[Transformer#Residuals]]`: a link to another note alone in
parentheses, or after `see`, closing a line; written as the Markdown link to that note, the
rule leaving out closing pointers sees it. Not one shown by words of the writer's own
(`([[CLT#Pitfalls|√n 관계]])`): they say something."""


NO_NOTE_LINKED = "link to no note in the vault"


def _link(
    match: re.Match[str],
    line: int,
    folder: Path,
    vault: Vault | None,
    result: ObsidianText,
    only_links: bool = False,
) -> str:
    target, label = match["target"].removesuffix("\\"), match["label"]  # `[[a\|b]]` in a table
    note = target.partition("#")[0].partition("^")[0].strip()
    if vault is not None and note and vault.find_note(note, folder) is None:
        result.notices.append((line, f"{NO_NOTE_LINKED}: [[{target.strip()}]]"))
    text = link_text(target, label)
    if only_links and note and not _NOT_IN_ADDRESS.search(note + text):
        # A line of links only points to other notes: written as the Markdown link to a
        # note it means, the rules that leave out pointers and indexes of notes see it (a
        # card shows a link to a note as its words).
        return f"[{text}](<{note}.md>)"
    return text


_NOT_IN_ADDRESS = lazy(r"[<>\[\]\n]")
