"""The small readings of Markdown text the rules share: a heading as a question, bold and
brackets taken away, the words of an inline node."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from flashgen.model import DECK_SEPARATOR
from flashgen.patterns import lazy
from flashgen.syntax import Node

FENCE = lazy(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)
"""A line that opens or closes a fenced code block (`` ``` `` or `~~~`, at most three spaces in)."""
CODE_TITLE = r"""title=(?P<quote>["'])(?P<title>[^"'\n]*[^"'\s][^"'\n]*)(?P=quote)"""
"""`` title="probes" `` in a fence's opening line: the name MkDocs and Docusaurus show over
the code, without the attributes after it (`` title="psi.py" hl_lines="5 7" ``)."""
DASH_OR_ARROW = r"-|–|—|->|=>|→|⇒"
"""What joins a term to what it means or leads to, written between spaces: `A - B`, `A → B`."""
HTML_TAG = lazy(r"<[^<>]*>")
"""A tag written in Markdown, to strip it. It holds no `<`: so each `<` is read only up to the
next, and a line of thousands of unclosed `<` takes time growing with its length, not with
its square."""
_ELEMENT_NAMES = """a abbr acronym address area article aside audio b base basefont bdi bdo
big blink blockquote body br button canvas caption center cite code col colgroup data
datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font
footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input
ins kbd label legend li link main map mark marquee math menu meta meter nav nobr noframes
noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp
script search section select slot small source span strike strong style sub summary sup svg
table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr"""
HTML_ELEMENTS = frozenset(_ELEMENT_NAMES.split())
"""The elements of HTML, as browsers know them (old ones too: `<center>`, `<font>`)."""
_TAG_NAME = lazy(r"</?([A-Za-z][A-Za-z0-9-]*)")


NO_FINAL, FINAL_NIEUN, FINAL_RIEUL, FINAL_MIEUM, FINAL_SSANGSIOT = 0, 4, 8, 16, 20
"""Final consonants of a Hangul syllable as `final_consonant` numbers them: none (`다`),
`ㄴ` (`있는`), `ㄹ` (`높일`), `ㅁ` (`있음`, a statement closed as a noun), `ㅆ` (`했`, a past
tense)."""


def final_consonant(syllable: str) -> int:
    """The final consonant of a Hangul syllable as Unicode numbers it (`NO_FINAL`,
    `FINAL_RIEUL`, …), -1 for any other character: Unicode numbers a syllable from `가` as
    (initial × 21 vowels + vowel) × 28 finals + final."""
    code = ord(syllable) - 0xAC00
    return code % 28 if 0 <= code < 11172 else -1


_BLOCK_MARK = lazy(r"^(?:([-+*])(?=\s|$)|(\d{1,9})(?=[.)](?:\s|$))|(#{1,6})(?=\s|$)|(>))")
"""A start Markdown reads as a block of its own: a bullet, a number, a heading, a quote."""


def as_item_text(markdown: str) -> str:
    """Text to stand after a list item's mark as it was written elsewhere (a table's cell,
    a heading): `+ β-lactamase inhibitor`, a row's name, would open a list inside the item
    (`- - β-lactamase …` as shown), `2. ` a numbered one; the mark is escaped to be read."""
    mark = _BLOCK_MARK.match(markdown)
    if mark is None:
        return markdown
    if mark[2]:
        return f"{mark[2]}\\{markdown[len(mark[2]) :]}"
    return f"\\{markdown}"


def is_html_tag(tag: str) -> bool:
    """Whether a tag as written (`<br>`, `</div>`, `<T>`, `<->`) names an HTML element. `<T>` in
    `static_cast<T>(expr)` or `List<String>` is a type's parameter: browsers drop it as a tag
    they do not know, but the writer meant it to be read. So is a capitalised word, even
    one naming an element (`Stream<Object>`, `Map<Name>`): tags are written `<b>` or `<B>`."""
    name = _TAG_NAME.match(tag)
    if name is None:  # `<!-- … -->`, `<!DOCTYPE …>` are markup; `<->`, `<=>` are arrows
        return tag.startswith(("<!", "<?"))
    word = name[1]
    return word.lower() in HTML_ELEMENTS and (word.islower() or word.isupper())


def without_html_tags(markdown: str) -> str:
    """The text without the HTML tags in it; `<T>`, which is no HTML element, stays."""
    return HTML_TAG.sub(lambda tag: " " if is_html_tag(tag[0]) else tag[0], markdown)


LINK_TEXT = r"[^\[\]]*"
"""A Markdown link's `[text]`, inside the patterns that find links in a line: no bracket
inside, as CommonMark reads `[a [b](c)` (a link of `b`). Nor does LINK_ADDRESS run on past
the parenthesis after next: so each `[` is read only up to the next bracket, and a line of
thousands of unclosed `[a](` takes time growing with its length, not with its square."""
LINK_ADDRESS = r"(?:[^()]|\([^()]*\))*"
"""What a Markdown link's `(…)` holds, with at most one level of parentheses inside
(`https://en.wikipedia.org/wiki/Go_(language)`)."""
_ANCHOR_LINK = lazy(rf"\[{LINK_TEXT}\]\(#{LINK_ADDRESS}\)")
_LINK = lazy(rf"(?<!!)\[(?P<text>{LINK_TEXT})\]\({LINK_ADDRESS}\)")
FOOTNOTE_MARKER = lazy(rf"<sup>\s*\[{LINK_TEXT}\]\(#{LINK_ADDRESS}\)\s*</sup>", re.IGNORECASE)
"""`<sup>[1)](#ref1)</sup>`: a footnote's number after a word, which a card does not show."""
EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u266c\u2670-\u27bf\u2b00-\u2bff"
    "\ufe0f\u200d\u231a\u231b\u2328\u23cf\u23e9-\u23f3\u23f8-\u23fa]"
)
"""Pictographs and symbols (`📌`, `✔️`, `⏰`) that dress a heading or a line, not words of it.
Of the technical symbols only their emoji (`⌚ ⌛ ⏩ ⏰ ⏳`): `⌈x⌉`, `⌀` are words of a title;
so are music's sharp, natural and flat (`F♯ major`, `B♭`), where `F major` would be another
key. (`♀` and `♂` stay emoji: they end emoji joined with them, `🙋‍♀️`.)"""
CJK_LETTER = "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]"
"""A letter of Hangul (its jamo too), kana or Han."""
_POINTING_TAIL = lazy(
    rf"(?<=\S)\s*(?:→|->|=>)\s*(?:see\s+)?"
    rf"(?:\[{LINK_TEXT}\]\((?:<[^<>]*\.md(?:#[^<>]*)?>|(?!https?:)[^()\s]*\.md(?:#[^()\s]*)?)\)"
    rf"(?:\s*(?:,|\+|·|&|and)\s*)?)+\s*$"
)
"""`Substitution / elimination (ch 7) → [[L13 SN1 vs SN2]], [[L15 E1 and E2]]`: a heading
sending the student on to the notes that teach it; the front asks what comes before."""


def pointing_tail(markdown: str) -> re.Match[str] | None:
    """The arrow and the links to other notes closing a heading (`_POINTING_TAIL`), if any."""
    if "](" not in markdown or not ("→" in markdown or ">" in markdown):
        return None  # most headings: no link, or no arrow
    return _POINTING_TAIL.search(markdown)


_DANGLING_ARROW = lazy(rf"\s+(?:{DASH_OR_ARROW})$")
"""`변환 🔟 -> 2️⃣` without its emoji: the arrow joins nothing on a front."""
_KEYCAP = lazy("[0-9#*]\ufe0f?\u20e3")
"""`1️⃣`: a digit in a keycap, numbering a heading as `1.` does (its cap is no emoji of its own)."""
_NUMBERING = lazy(
    r"^(Q\s*\d*\s*[.:)]|\d+(\.\d+)*\\?[.)]|\d+(\.\d+)+|\d+(-\d+)+\\?[.)]|\(\d{1,2}\)|"
    r"(?:오답|문제|problem|question|exercise)\s*#?\d{1,3}\s*[—–])\s+",
    re.IGNORECASE,
)
"""`2.`, `6.1`, `Q1.`, `Q.`, `2-2.`, `(3)`, `오답 4 —`, `Problem 2 —`: how a writer numbers
sections, no word of a heading (a numbered label before a dash names the entry, not what it
asks).
A hyphened number counts only with its dot (`2-2.`): `2-3 트리` names a tree; `(2019)` is a year."""
HANGUL = lazy(r"[가-힣]")
"""A Hangul syllable: a text written (at least partly) in Korean."""
_BULLET = lazy(r"^[-+*•]\s+(?=\S)")
"""`### - 캐싱`, `### + 멱등성`: a writer's bullet before a heading, not a word of it."""
_HIGHLIGHT = lazy(r"(?<![=A-Za-z0-9_])==(?=[^\s=])(.+?)(?<=[^\s=])==(?![=A-Za-z0-9_])")
"""`## ==Expectation== of the role`: Obsidian's highlight marks words of a heading; the marks
are no words of its question or deck name."""


_LETTER = lazy(r"[^\W_]")


def highlighted_whole(line: str) -> bool:
    """`==TLB miss ≠ page fault==`, `==associativity 4배 → index 2bit ↓==`: a line the
    writer highlighted from end to end, their emphasis on a statement, no gap to ask by
    (its cloze would show only `[…]`), no term and definition to split (an arrow or a colon
    inside the marks is the statement's own) and no name of a part after it."""
    return (
        line.startswith("==")
        and line.rstrip().endswith("==")
        and not _LETTER.search(_HIGHLIGHT.sub("", line))
    )


_INLINE_MARKUP = lazy(r"[\n\\`*_\[\]!<>&]")
"""Every character that can start an inline rule of CommonMark (emphasis, code, links,
images, raw HTML, entities, escapes, line breaks): a text without them is one text node."""


def plain_text(inline: Node) -> str:
    """The words of an inline node, without Markdown or HTML."""
    if inline.type == "inline" and not _INLINE_MARKUP.search(inline.content):
        return " ".join(inline.content.split())  # no markup: its text is what was written
    parts: list[str] = []
    for child in inline.walk(include_self=False):
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "html_inline" and not is_html_tag(child.content):
            parts.append(child.content)  # `List<String>`: words, not a tag
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


ATTRIBUTE_LIST = r"\{:[^{}\n]*\}"
"""kramdown's attribute list (`{: width="400"}`, `{:.center}`, `{::comment}`): how a page
lays out the block or span it follows, no word of it."""
PAGE_ATTRIBUTES = (
    r"\{:?[ \t]*(?:(?:#[\w-]+|\.[A-Za-z_][\w-]*|"
    r"[A-Za-z_][\w-]*=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s{}\"'=]+))[ \t]*)+\}"
)
"""MkDocs' attribute list (`{ width="500" }`, `{ #id .class }`, `{ #2021-q7-qe }`): only `#id`,
`.class` and `key=value` tokens, so a set (`{a, b}`) or a template (`{{ x }}`) is none."""
_HEADING_ID = lazy(rf"[ \t]*(?:\{{#[\w-]+\}}|{ATTRIBUTE_LIST}|{PAGE_ATTRIBUTES})[ \t]*$")
"""`## Pick a language {#pick-a-language}`: an anchor for links, not a word of the heading."""


def without_heading_id(heading: str) -> str:
    """A heading's text without the anchor id it may end in (`{#pick-a-language}`)."""
    return _HEADING_ID.sub("", heading) if heading.endswith("}") else heading


@lru_cache(maxsize=1024)  # the rules ask again about headings read already
def clean_heading(markdown: str) -> str:
    """A heading as a card's question: without anchors, `[top](#top)` links, emoji, bold,
    the numbering of a list of sections (`2.`, `6.1`, `Q1.`, `1️⃣`), or a link around its words
    (`[Browser Cache](…/HttpCache.md)`: the front asks, it does not send the student away),
    or the id Docusaurus, Pandoc and kramdown let a heading end in (`{#anchor}`, `{: .cls}`)."""
    markdown = without_heading_id(markdown)
    codes = [match[0] for match in CODE_SPAN.finditer(markdown)]
    markdown = CODE_SPAN.sub("\x00", markdown)  # `<%@ page %>` in code is what it says
    if ":" in markdown:  # what a shortcode needs
        from flashgen.flavours.shortcodes import without_shortcodes  # (flavours read text.py)

        markdown = without_shortcodes(markdown)  # dress, as an emoji is; `a:b:c` stays
    if "<" in markdown:
        markdown = without_html_tags(markdown)
    for pattern in (_ANCHOR_LINK, _KEYCAP, EMOJI):
        markdown = pattern.sub(" ", markdown)
    markdown = _HIGHLIGHT.sub(r"\1", markdown)
    if codes:  # (a title with no code has no mark to put it back at)
        markdown = re.sub("\x00", lambda _: codes.pop(0), markdown)
    if (onward := pointing_tail(markdown)) is not None:
        markdown = markdown[: onward.start()]
    markdown = _LINK.sub(lambda link: link["text"], markdown)
    markdown = _DANGLING_ARROW.sub("", " ".join(markdown.split()))
    markdown = unwrap_brackets(markdown.rstrip(":").strip())
    markdown = without_strong(_BULLET.sub("", markdown))
    return _NUMBERING.sub("", markdown) or markdown  # `## 1.` alone keeps its number


# What bold holds never spans another of its marks, as in CommonMark (`**a **b**` makes only
# `b` bold); it also keeps each mark's search from running on past the next, so that a line
# of thousands of unclosed marks takes time growing with its length, not with its square.
STRONG = lazy(
    r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*"
    r"|(?<!\w)__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__(?!\w)"
    r"|<(?:b|strong)>((?:[^<]|<(?!/?(?:b|strong)>))*?)</(?:b|strong)>",
    re.IGNORECASE,
)
CODE_SPAN = lazy(r"(`+)[^`]*?\1")
"""Inline code, to set it aside: what it holds is what it says."""


def without_strong(markdown: str) -> str:
    """`Paging: **Too Slow**` → `Paging: Too Slow`: the front of a card is bold already.
    Code spans keep what they hold (`__init__`)."""
    if "**" not in markdown and "__" not in markdown and "<" not in markdown:
        return markdown  # no bold to take away
    return outside_code_spans(
        markdown, lambda text: STRONG.sub(lambda match: match[1] or match[2] or match[3], text)
    )


def outside_code_spans(markdown: str, change: Callable[[str], str]) -> str:
    """`change` made to the markdown with its code spans set aside (each as `\\x00` while it
    runs), then put back as written: what code holds is no markup to change."""
    codes = iter(match[0] for match in CODE_SPAN.finditer(markdown))
    changed = change(CODE_SPAN.sub("\x00", markdown))
    return re.sub("\x00", lambda _: next(codes), changed)


def unwrap_strong(markdown: str) -> str:
    """`**EC2**` → `EC2`: bold that makes a heading or a term stand out, which a front needs not."""
    for mark in ("**", "__"):  # both two characters: slices, not calls (asked of every item)
        if markdown[:2] == mark and markdown[-2:] == mark:
            inner = markdown[2:-2]
            if inner and mark not in inner:
                return inner.strip()
    return markdown


def unwrap_brackets(title: str) -> str:
    """`[ Index 설정 기준 ]` → `Index 설정 기준`: brackets some notes put around every heading."""
    if title.startswith("[") and title.endswith("]") and title.count("[") == 1:
        return title[1:-1].strip()
    return title


def deck_safe(title: str) -> str:
    """A heading as one deck-name component: `::` would start a subdeck in Anki."""
    if ":" in title:  # what a shortcode and a separator need
        from flashgen.flavours.shortcodes import with_emoji, without_shortcodes

        # `:floppy_disk:` as GitHub shows it (💾); a name it does not know, dropped.
        title = without_shortcodes(with_emoji(title)).replace(DECK_SEPARATOR, ":")
    if "==" in title:
        title = _HIGHLIGHT.sub(r"\1", title)
    return unwrap_brackets(" ".join(title.split()).rstrip(":").strip())
