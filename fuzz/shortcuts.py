"""Differential fuzzing of the parse and render shortcuts against markdown-it.

    pip install atheris
    python fuzz/shortcuts.py CORPUS_DIR [SEED_DIR ...] -dict=fuzz/markdown.dict -max_len=800

The shortcuts (flashgen/fast_blocks.py, flashgen/fast_render.py) promise markdown-it's own
tokens and HTML wherever they answer. Each input is read both ways; any difference stops
the run with the input saved as `crash-…` (libFuzzer's usual flags apply: -runs, -max_total_time).
A folder of notes makes good seeds.
"""

import sys

import atheris

with atheris.instrument_imports(include=["flashgen", "markdown_it"]):
    from markdown_it import MarkdownIt

    from flashgen import render
    from flashgen.fast_blocks import simple_blocks
    from flashgen.fast_render import inline_tokens, render_simple

PLAIN = MarkdownIt("commonmark", {"html": True}).enable("table")
SHORTCUT = MarkdownIt("commonmark", {"html": True}).enable("table")
SHORTCUT.block.ruler.before("table", "simple_blocks", simple_blocks)


def rendered_without_shortcut(text: str) -> str:
    render.render_simple = lambda markdown: None
    try:
        return render.render_markdown(text)
    finally:
        render.render_simple = render_simple


def inline_parsed(content: str) -> list[dict]:
    tokens: list = []
    PLAIN.inline.parse(content, PLAIN, {}, tokens)
    return [token.as_dict() for token in tokens]


def one_input(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    shortcut = [token.as_dict() for token in SHORTCUT.parse(text)]
    assert shortcut == [token.as_dict() for token in PLAIN.parse(text)], "block tokens differ"
    html = render_simple(text)
    assert html is None or html == rendered_without_shortcut(text), "HTML differs"
    for line in text.split("\n"):
        tokens = inline_tokens(line)
        if tokens is not None:
            assert [t.as_dict() for t in tokens] == inline_parsed(line), "inline tokens differ"


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
