"""The parse-free renderer must never change what a card shows: wherever it answers, its
HTML is markdown-it's, byte for byte."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from flashgen import render
from flashgen.extract import extract_cards
from flashgen.fast_render import render_simple
from flashgen.parse import parse_note
from flashgen.sources import find_notes, read_note

from .conftest import PROJECT, SHARED


def _shortcut(text: str, line_breaks: bool = False) -> str | None:
    """The shortcut given a text as render_markdown gives it (kramdown's `{: …}` and links
    into the page left out)."""
    return render_simple(render.as_read(text), line_breaks)


def _markdown_it(monkeypatch: pytest.MonkeyPatch):
    """render_markdown with the shortcut turned off: every text goes through markdown-it."""
    monkeypatch.setattr(render, "render_simple", lambda markdown, line_breaks=False: None)
    return render.render_markdown


def _card_texts(folder: Path) -> set[str]:
    texts: set[str] = set()
    for file in find_notes([folder]):
        try:
            tree = parse_note(read_note(file))
        except Exception:  # noqa: BLE001 - a fixture that cannot be read has no cards to check
            continue
        for card in extract_cards(tree):
            texts.update((card.question, card.answer))
    return texts


def _generated_texts(count: int, seed: int) -> set[str]:
    """Texts shaped like card sides (lines, lists, blank lines), made of words and of the
    pieces the shortcut must judge: bold and code in every position, characters that begin
    other Markdown, odd spaces, indents and markers out of line."""
    words = ["a", "가나", "x1", "다.", "(1)", "…", "{{c1::b}}", "RTT:", '"q"', "a>b", "#3"]
    odd = ["*", "**", "`", "``", "_", "&", "<b>", "[x](#y)", "$", "~~", "|", "!", "\u00a0",
           "\u3000", "\t", "---", "===", "**(z)**", "x**y", "` `", "\\", " ", "  ", "**a,**",
           "![](https://e.com/a_b.png)", "![x \"y\"](img/p.png)", "![](a b)", "![](javascript:x)",
           "![](http://e.com/%20)", "![](HTTP://E.com/)", "![a*b](c)", "**가,**나", ",**가**",
           "[가 나](#가-나)", "[a](https://e.com/x?y=1#z)", "[a](javascript:x)", "[a](<b>)",
           "[a](b \"t\")", "[a]( b )", "[](#x)", "[a](b(c))", "[a](%41%zz)", "[ a ](#b)",
           "[a](b\x14c)", "[a](https://e.com/\x7f)", "\x00", "\r",
           "--", "-- --", "[a](HTTP://E.com)", "[a](http://가.com/나)", "[a](b:c)", "[a]", "[a][b]"]  # fmt: skip
    marks = ["", "- ", "* ", "1. ", "> ", "# ", "-", "-  ", "$$", "[^1]: ", "- [ ] ", "* [x] "]
    rng = random.Random(seed)

    def inline() -> str:
        parts = []
        for _ in range(rng.randint(1, 4)):
            roll, word = rng.random(), rng.choice(words)
            if roll < 0.15:
                parts.append(f"**{word}**")
            elif roll < 0.25:
                parts.append(f"`{rng.choice(words + odd)}`")
            elif roll < 0.3:
                parts.append(rng.choice(odd))
            else:
                parts.append(word)
        return ("" if rng.random() < 0.1 else " ").join(parts)

    def bullet_list() -> str:
        marker, depth, step, lines = rng.choice("-*+"), 0, rng.choice([2, 4]), []
        for _ in range(rng.randint(1, 6)):
            depth = max(0, min(depth + rng.choice([-1, 0, 0, 1]), 3))
            indent = depth * step + (rng.choice([-1, 1, 3]) if rng.random() < 0.1 else 0)
            mark = marker if rng.random() < 0.95 else rng.choice("-*+")
            lines.append(" " * max(indent, 0) + mark + " " + inline())
        return "\n".join(lines)

    def numbered_list() -> str:
        number, delimiter, lines = rng.choice(["1", "1", "0", "3", "01", "10"]), ".", []
        for _ in range(rng.randint(1, 5)):
            if rng.random() < 0.1:
                delimiter = rng.choice(".)")
            indent = rng.choice(["", "", "", "", " ", "   "])
            mark = rng.choice(["- ", f"{number}{delimiter}  "]) if rng.random() < 0.1 else ""
            lines.append(indent + (mark or f"{number}{delimiter} ") + inline())
            number = str(int(number) + rng.choice([1, 1, 0, 5]))
        return "\n".join(lines)

    texts = set()
    for _ in range(count):
        blocks = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            roll = rng.random()
            if roll < 0.1:
                blocks.append(numbered_list())
            elif roll < 0.5:
                blocks.append(bullet_list())
            elif roll < 0.8:
                blocks.append("\n".join(inline() for _ in range(rng.randint(1, 3))))
            else:
                blocks.append(" " * rng.choice([0, 1, 4]) + rng.choice(marks) + inline())
        texts.add(rng.choice(["\n\n", "\n\n", "\n", "\n\n\n"]).join(blocks))
    return texts


def test_generated_text_renders_as_markdown_it_renders_it(monkeypatch):
    texts = _generated_texts(20000, seed=11)
    simple = {text: _shortcut(text) for text in texts}
    full = _markdown_it(monkeypatch)

    taken = {text: html for text, html in simple.items() if html is not None}
    assert len(taken) > 1000, "the shortcut should answer for many of these texts"
    assert {text: full(text) for text in taken} == taken


def test_cards_of_the_sample_notes_render_as_markdown_it_renders_them(monkeypatch):
    texts = _card_texts(PROJECT / "source") | _card_texts(PROJECT / "tests" / "fixtures")
    simple = {text: _shortcut(text) for text in texts}
    full = _markdown_it(monkeypatch)

    taken = {text: html for text, html in simple.items() if html is not None}
    assert len(taken) > len(texts) / 2, "most sample cards are simple text or lists"
    assert {text: full(text) for text in taken} == taken


def test_with_obsidians_line_breaks_the_shortcut_renders_as_markdown_it_does(monkeypatch):
    """A vault's cards show a line break inside a paragraph as a `<br>` (markdown-it's
    `breaks`): the shortcut must write the same."""
    texts = _generated_texts(5000, seed=12) | _card_texts(PROJECT / "tests" / "fixtures")
    simple = {text: _shortcut(text, line_breaks=True) for text in texts}
    full = _markdown_it(monkeypatch)

    taken = {text: html for text, html in simple.items() if html is not None}
    assert sum("<br>" in html for html in taken.values()) > 100, "paragraphs of several lines"
    assert {text: full(text, line_breaks=True) for text in taken} == taken


@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="the shared corpora are absent")
def test_cards_of_the_real_corpora_render_as_markdown_it_renders_them(monkeypatch):
    texts: set[str] = set()
    for corpus in sorted((SHARED / "corpora").iterdir()):
        if corpus.is_dir():
            texts |= _card_texts(corpus)
    simple = {text: _shortcut(text) for text in texts}
    full = _markdown_it(monkeypatch)

    taken = {text: html for text, html in simple.items() if html is not None}
    assert {text: full(text) for text in taken} == taken


@pytest.mark.slow
def test_card_sides_render_the_same_with_the_block_shortcut_as_without_it(monkeypatch):
    """The card renderer reads a side's simple blocks with fast_blocks.py too, beside its
    own plugins (math, footnotes, task lists): no side may render otherwise for it."""
    import flashgen.fast_blocks

    shortcut = render._renderer()
    plain = render._renderer.__wrapped__()
    plain.block.ruler.disable("simple_blocks")
    generated = _generated_texts(5000, seed=13)
    texts = generated | _card_texts(PROJECT / "source")
    texts |= {"$$x^2$$", "$$\nx\n$$", "a\n\n$$\nx\n$$", "a\n$$x$$", "[^1]: a\n\nb[^1]",
              "- [ ] a\n- [x] b", "a ~~b~~ c", "\\[x\\]", "$x$ and $$y$$"}  # fmt: skip
    texts |= _card_texts(PROJECT / "tests" / "fixtures")
    if (SHARED / "corpora").is_dir():
        for corpus in sorted((SHARED / "corpora").iterdir()):
            texts |= _card_texts(corpus) if corpus.is_dir() else set()
    read = flashgen.fast_blocks._read_block
    taken = []
    monkeypatch.setattr(
        flashgen.fast_blocks, "_read_block", lambda *a: taken.append(read(*a)) or taken[-1]
    )

    def html(md, text: str) -> str:
        env: dict = {}
        return md.renderer.render(md.parse(text, env), md.options, env)

    def read_by_shortcut(text: str) -> bool:
        before = len(taken)
        html(shortcut, text)
        return any(taken[before:])

    assert {text: html(shortcut, text) for text in texts} == {
        text: html(plain, text) for text in texts
    }
    # Counted over the generated texts alone, so the check means the same with or without
    # the corpora: a comparison the shortcut sat out would prove nothing.
    shortcut_read = sum(read_by_shortcut(text) for text in generated)
    assert shortcut_read > len(generated) // 2, f"the shortcut read only {shortcut_read} texts"


def test_a_tight_nested_list_with_bold_and_code_is_rendered_without_markdown_it():
    html = render_simple("- 장점\n    - 조회 속도가 **빠름**\n    - `O(1)` 접근\n- 단점")
    assert html == (
        "<ul>\n<li>장점\n<ul>\n<li>조회 속도가 <strong>빠름</strong></li>\n"
        "<li><code>O(1)</code> 접근</li>\n</ul>\n</li>\n<li>단점</li>\n</ul>"
    )


def test_text_the_shortcut_cannot_be_sure_of_goes_to_markdown_it():
    for text in ("- a\n\n- b", "* a\n- b", "a\n- b", "a**(b)**c", "a *b*", "x <b>y</b>",
                 "$x_1$", "[a](b)", "- a\n 1. b", "a\u00a0 \nb", "- a\t", "# t", "a\n--", "-- --",
                 "a\n-- --", "1. a\n2) b", "1. a\n   - b", "1.  a", " 1. a"):  # fmt: skip
        assert render_simple(text) is None, text


def test_spaces_left_at_line_ends_render_as_markdown_it_renders_them(monkeypatch):
    """Notes often keep a space or two at a line's end (`- Perceptron `): markdown-it
    drops them, and two before a line break make a `<br>`; the shortcut must agree."""
    texts = ["- a \n- b  \n  - c ", "a \nb", "a  \nb", "**a**   \n`b` ", "a  \nb  \nc "]
    simple = {(text, breaks): _shortcut(text, breaks) for text in texts for breaks in (False, True)}
    full = _markdown_it(monkeypatch)

    assert None not in simple.values(), "each of these is simple text or a simple list"
    assert {(text, breaks): full(text, breaks) for text, breaks in simple} == simple


def test_a_numbered_list_of_one_level_is_rendered_without_markdown_it(monkeypatch):
    texts = [
        "1. 클래스 조회\n2. 생성자 **조회**",
        "3) a\n4) `b`",
        "10. a\n11. b ",
        "a\n\n1. x\n2. y",
    ]
    simple = {text: render_simple(text) for text in texts}
    full = _markdown_it(monkeypatch)

    assert None not in simple.values(), "each of these is a simple numbered list"
    assert {text: full(text) for text in simple} == simple


def test_a_side_with_a_web_link_is_rendered_as_markdown_it_renders_it(monkeypatch):
    """A link to the web is a link on the card, written by the shortcut as markdown-it
    writes it; a link into the page shows its words on either way."""
    texts = ["- TCP: [RFC 793](https://www.rfc-editor.org/rfc/rfc793) 참고",
             "[가](http://가.com/나) and [목차](#목차) `[x](#y)`",
             "**QUIC**: [HTTP/3](https://en.wikipedia.org/wiki/HTTP/3)\n\n- a [b](https://e.com/c_d)"]  # fmt: skip
    simple = {text: _shortcut(text) for text in texts}
    full = _markdown_it(monkeypatch)

    assert None not in simple.values(), "each of these is simple text, a link or a list"
    assert {text: full(text) for text in simple} == simple
    assert '<a href="https://www.rfc-editor.org/rfc/rfc793">RFC 793</a>' in simple[texts[0]]
    assert "<a" not in simple[texts[1]].replace('<a href="http://xn--', "")


def test_a_link_to_another_page_is_left_to_markdown_it_which_shows_its_words():
    for text in ("see [the queue](./queue.md)", "[intro](/docs/intro)", "[a ==b==](https://e.com)"):
        assert render_simple(text) is None, text


def _inline_contents(folder: Path) -> set[str]:
    from markdown_it import MarkdownIt

    plain = MarkdownIt("commonmark", {"html": True}).enable("table")
    contents: set[str] = set()
    for file in sorted(folder.rglob("*.md")):
        text = file.read_text(encoding="utf-8", errors="replace")
        contents.update(t.content for t in plain.parse(text) if t.type == "inline")
    return contents


@pytest.mark.slow
def test_inline_text_is_read_into_the_tokens_markdown_it_makes_of_it():
    """What the recognisers see of a note must not depend on which way its text was read."""
    from markdown_it import MarkdownIt

    from flashgen.fast_render import inline_tokens

    plain = MarkdownIt("commonmark", {"html": True}).enable("table")
    contents = _generated_texts(20000, seed=5) | _inline_contents(PROJECT / "source")
    if (SHARED / "corpora").is_dir():
        contents |= _inline_contents(SHARED / "corpora")
    read = {content: inline_tokens(content) for content in contents}
    taken = {content: tokens for content, tokens in read.items() if tokens is not None}

    def parsed(content: str) -> list[dict]:
        tokens: list = []
        plain.inline.parse(content, plain, {}, tokens)
        return [token.as_dict() for token in tokens]

    assert len(taken) > 2000
    assert {c: parsed(c) for c in taken} == {
        c: [t.as_dict() for t in ts] for c, ts in taken.items()
    }
