"""How cards look: the CSS every flashgen note type shares, and the code colours in it.

Anki puts the note type's CSS in front of every card and adds `nightMode` (desktop,
AnkiMobile) or `night_mode` (AnkiDroid) to the card's element in night mode, so each
colour here has a night twin. Code is coloured by Pygments classes (`hl-k`, `hl-s`, …)
rather than inline colours, so night mode can recolour it.
"""

from __future__ import annotations

from pygments.formatters import HtmlFormatter

_LIGHT_CODE_STYLE = "default"
_NIGHT_CODE_STYLE = "github-dark"
_CLASS_PREFIX = "hl-"

CODE_FORMATTER = HtmlFormatter(style=_LIGHT_CODE_STYLE, classprefix=_CLASS_PREFIX, nowrap=True)
"""Turns a lexed fence into `<span class="hl-…">` runs; markdown-it adds the `<pre><code>`."""

_NIGHT = (".nightMode", ".night_mode")

_LAYOUT_CSS = """\
.card {
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Apple SD Gothic Neo",
    "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", "맑은 고딕", Roboto, sans-serif;
  font-size: 20px; line-height: 1.6; text-align: left;
  color: #1f2328; background: #fff;
  max-width: 42em; margin: 1em auto; padding: 0 1em;
  overflow-wrap: break-word; word-break: keep-all;
}
.nightMode.card, .night_mode.card, .nightMode .card, .night_mode .card {
  color: #e6e6e6; background: #1e1e1e;
}
@media (max-width: 600px) { .card { font-size: 17px; margin: 0.8em auto; padding: 0 0.8em; } }

.context { font-size: 0.7em; color: #6e7781; margin-bottom: 0.5em; }
/* A note's first field starts with its context, so Anki tells apart the `장점` of each
   section; the context line above the question shows it already. */
.field-context { display: none; }
.question { font-weight: 600; }
hr#answer { border: 0; border-top: 1px solid #d0d7de; margin: 1em 0; }
.source { font-size: 0.65em; color: #8c959f; margin-top: 2em; }
.nightMode .context, .night_mode .context { color: #9da7b1; }
.nightMode hr#answer, .night_mode hr#answer { border-top-color: #444c56; }
.nightMode .source, .night_mode .source { color: #8b949e; }

.cloze { font-weight: 700; color: #0969da; }
.nightMode .cloze, .night_mode .cloze { color: #58a6ff; }

img { max-width: 100%; height: auto; }
/* A wide formula scrolls on a phone rather than running off the card (MathJax 3, then 2). */
mjx-container[display="true"], .MathJax_Display { overflow-x: auto; overflow-y: hidden; }
a { color: #0969da; }
.nightMode a, .night_mode a { color: #58a6ff; }
ul, ol { padding-left: 1.4em; }
li.task-list-item { list-style: none; }
li.task-list-item input { margin: 0 0.4em 0 -1.2em; }
blockquote { margin: 0.5em 0; padding: 0 0.8em; border-left: 0.25em solid #d0d7de; color: #59636e; }
.nightMode blockquote, .night_mode blockquote { border-left-color: #444c56; color: #9da7b1; }

/* Callouts and admonitions (Obsidian, GitHub, Docusaurus, MkDocs): a box coloured by type. */
.callout { margin: 0.6em 0; padding: 0.4em 0.8em; border-left: 0.25em solid var(--box);
  border-radius: 4px; background: var(--box-bg); --box: #0969da; --box-bg: #ddf4ff; }
.callout p, .callout ul, .callout ol { margin: 0.3em 0; }
.callout > :last-child { margin-bottom: 0.2em; }
.callout-title { font-weight: 600; color: var(--box); }
.callout-abstract { --box: #1b7c83; --box-bg: #d8f5f5; }
.callout-tip, .callout-success { --box: #1a7f37; --box-bg: #dafbe1; }
.callout-question, .callout-warning { --box: #9a6700; --box-bg: #fff8c5; }
.callout-danger { --box: #cf222e; --box-bg: #ffebe9; }
.callout-example { --box: #8250df; --box-bg: #fbefff; }
.callout-quote { --box: #6e7781; --box-bg: #f6f8fa; }
.nightMode .callout, .night_mode .callout { --box: #58a6ff; --box-bg: #0d2136; }
.nightMode .callout-abstract, .night_mode .callout-abstract { --box: #39c5cf; --box-bg: #0f2a2c; }
.nightMode .callout-tip, .night_mode .callout-tip,
.nightMode .callout-success, .night_mode .callout-success { --box: #3fb950; --box-bg: #12261a; }
.nightMode .callout-question, .night_mode .callout-question,
.nightMode .callout-warning, .night_mode .callout-warning { --box: #d29922; --box-bg: #2b2111; }
.nightMode .callout-danger, .night_mode .callout-danger { --box: #f85149; --box-bg: #2d1517; }
.nightMode .callout-example, .night_mode .callout-example { --box: #a371f7; --box-bg: #231a33; }
.nightMode .callout-quote, .night_mode .callout-quote { --box: #9da7b1; --box-bg: #22272e; }
/* An embedded note's text (Obsidian's `![[Note]]`), set off as Obsidian does. */
.embed { margin: 0.5em 0; padding-left: 0.8em; border-left: 2px solid #8250df; }
.nightMode .embed, .night_mode .embed { border-left-color: #a371f7; }

.footnotes {
  font-size: 0.75em; color: #59636e; border-top: 1px solid #d0d7de; margin-top: 1.2em;
}
.footnote-ref a { text-decoration: none; }
.nightMode .footnotes, .night_mode .footnotes { color: #9da7b1; border-top-color: #444c56; }
.missing-image { color: #8c959f; font-style: italic; border: 1px dashed #8c959f; padding: 0 0.3em; }
table {
  display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; font-size: 0.85em;
}
td, th { border: 1px solid #d0d7de; padding: 0.25em 0.6em; }
th { background: #f6f8fa; }
.nightMode td, .nightMode th, .night_mode td, .night_mode th { border-color: #444c56; }
.nightMode th, .night_mode th { background: #2d333b; }

code, kbd, pre {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "D2Coding",
    "Noto Sans Mono CJK KR", monospace;
  font-size: 0.85em;
}
:not(pre) > code { background: #eff1f3; padding: 0.1em 0.3em; border-radius: 4px; }
.nightMode :not(pre) > code, .night_mode :not(pre) > code { background: #343942; }
kbd { border: 1px solid #d0d7de; border-bottom-width: 2px; border-radius: 4px; padding: 0 0.3em; }
pre {
  background: #f6f8fa; color: #1f2328; padding: 0.7em 0.9em; border-radius: 6px;
  line-height: 1.45; white-space: pre; overflow-x: auto; word-break: normal;
}
pre code { font-size: 1em; }
.nightMode pre, .night_mode pre { background: #161b22; color: #e6edf3; }
.code-title { margin-top: 0.6em; font-size: 0.85em; font-weight: 600; color: #59636e; }
.code-title + pre { margin-top: 0.2em; }
"""


def _code_colours() -> str:
    """Pygments' light colours, then night ones over them (light colours reset first, so a
    token the night style leaves alone does not stay dark-on-dark). Compact: the CSS is
    stored in every deck file, once per subdeck by genanki."""
    night_formatter = HtmlFormatter(style=_NIGHT_CODE_STYLE, classprefix=_CLASS_PREFIX)
    reset = ", ".join(f'{night} pre [class^="{_CLASS_PREFIX}"]' for night in _NIGHT)
    rules = [
        *_token_rules(CODE_FORMATTER, ["pre"]),
        f"{reset} {{ color: inherit; background: none; font: inherit }}",
        *_token_rules(night_formatter, [f"{night} pre" for night in _NIGHT]),
    ]
    return "\n".join(rules) + "\n"


def _token_rules(formatter: HtmlFormatter, scopes: list[str]) -> list[str]:
    """`scope .hl-k { … }` for each token colour, every scope in one selector, no comments."""
    rules = []
    for line in formatter.get_token_style_defs("@"):
        selector, _, rest = line.partition(" {")
        body = rest.split("}")[0].strip()
        token = selector.removeprefix("@ ")
        rules.append(f"{', '.join(f'{scope} {token}' for scope in scopes)} {{ {body} }}")
    return rules


CARD_CSS = _LAYOUT_CSS + _code_colours()
"""The CSS of every flashgen note type."""
