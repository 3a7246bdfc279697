"""The card-quality report runs on any folder of note collections, in one command."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from .images import png

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "card_quality.py"


def _report():
    spec = importlib.util.spec_from_file_location("card_quality", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


NOTE = """# Networks

## TCP

A connection-oriented protocol that delivers bytes **in order**.

## Kinds

- Stream: a byte stream with no message bounds
- Datagram: one message a packet

## Diagram

![](tcp.png)
"""


def test_quality_report_samples_cards_with_their_source_section_and_counts_them(tmp_path, capsys):
    corpus = tmp_path / "corpora" / "net"
    corpus.mkdir(parents=True)
    (corpus / "net.md").write_text(NOTE, encoding="utf-8")
    (corpus / "tcp.png").write_bytes(png())  # a missing picture would leave no card to count
    out = tmp_path / "packets"

    assert _report().main([str(tmp_path / "corpora"), "--seed", "7", "-n", "3", "-o", str(out),
                           "--json"]) == 0  # fmt: skip

    printed = capsys.readouterr().out
    assert "seed: 7" in printed
    counts = json.loads(printed[printed.index("{") :].split("\npackets:")[0])
    assert counts["total"]["cards"] >= 4
    assert counts["total"]["picture_only_back"] == 1
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    assert len(key["cards"]) == 3 and key["seed"] == 7
    packets = (out / "packets.md").read_text(encoding="utf-8")
    assert packets.count("## Card ") == 3
    assert "heading_answer" not in packets and "term_definition" not in packets  # no rule names
    assert "```markdown\n## " in packets  # each card's section, from its heading


def test_quality_report_skips_when_there_are_no_corpora(tmp_path, capsys):
    assert _report().main([str(tmp_path / "absent"), "--seed", "1"]) == 0
    assert "skipped" in capsys.readouterr().out


BOXED = """# Caches

## Eviction

LRU drops the entry [used least recently](https://example.com/lru).

:::tip

Size the cache to the working set.

:::

![LRU order of entries](lru.png)
"""


def test_packets_show_boxes_pictures_and_links_as_anki_draws_them(tmp_path, capsys):
    corpus = tmp_path / "corpora" / "caches"
    corpus.mkdir(parents=True)
    (corpus / "caches.md").write_text(BOXED, encoding="utf-8")
    (corpus / "lru.png").write_bytes(png())
    out = tmp_path / "packets"

    assert (
        _report().main([str(tmp_path / "corpora"), "--seed", "1", "-n", "1", "-o", str(out)]) == 0
    )

    packets = (out / "packets.md").read_text(encoding="utf-8")
    back = packets[packets.index("**Back:**") : packets.index("**Source section**")]
    assert "> > **Tip:** Size the cache to the working set." in back
    assert "[image: LRU order of entries]" in back
    assert "LRU drops the entry used least recently." in back
    assert ":::" not in back and "](" not in back


def test_a_side_is_shown_from_its_html_in_the_looks_of_markdown():
    shown = _report().shown
    html = (
        "<h3>Kinds</h3>\n<ul>\n<li>Stream: <strong>ordered</strong><br>bytes</li>\n"
        '<li>Datagram</li>\n</ul>\n<pre><code class="language-py">'
        "<span>x</span> = 1\nprint(x)</code></pre>\n"
        "<table><thead><tr><th>Op</th><th>Cost</th></tr></thead>"
        "<tbody><tr><td>Get</td><td>O(1)</td></tr></tbody></table>"
    )
    assert shown(html) == (
        "**Kinds**\n\n- Stream: **ordered**\n  bytes\n- Datagram\n\n"
        "```\nx = 1\nprint(x)\n```\n\n| Op | Cost |\n| --- | --- |\n| Get | O(1) |"
    )


def test_a_box_opening_on_a_list_shows_the_list_under_its_title():
    shown = _report().shown
    box = '<div class="callout callout-warning">\n<div class="callout-title">{}</div>\n{}</div>'
    listed = box.format("Misuse", "<ul>\n<li>two locks</li>\n<li>no unlock</li>\n</ul>\n")
    told = box.format("Note", "<p>Locks are held briefly.</p>\n")
    assert shown(listed) == "> **Misuse:**\n>\n> - two locks\n> - no unlock"
    assert shown(told) == "> **Note:** Locks are held briefly."


def test_a_side_keeps_numbers_powers_cell_breaks_and_stars_a_reader_would_see_in_anki():
    shown = _report().shown
    html = (
        "<ol>\n<li>Confidentiality</li>\n</ol>\n<ul>\n<li>Encryption</li>\n</ul>\n"
        '<ol start="2">\n<li>Integrity</li>\n</ol>\n'
        "<table><tr><td>Multiply by 2<sup>k</sup></td><td><code>n |= m</code></td></tr>"
        "<tr><td>x<sub>i+1</sub></td><td>11<sub>(10)</sub></td></tr>"
        "<tr><td>- Adapter<br />- Bridge</td><td><strong>Ajax*</strong></td></tr></table>"
    )
    assert shown(html) == (
        "1. Confidentiality\n\n- Encryption\n\n2. Integrity\n\n"
        "| Multiply by 2^k | `n \\|= m` |\n| --- | --- |\n| x_(i+1) | 11_(10) |\n"
        "| - Adapter<br>- Bridge | **Ajax\\*** |"
    )


def test_a_cloze_of_two_gap_numbers_is_shown_as_anki_draws_its_first_card(tmp_path):
    # Anki makes a card per gap number: the first hides only c1, the c2 words stand.
    report = _report()
    question = "{{c1::n vertices}} are joined by {{c2::n-1 edges}}."
    card = report.Card("net", {"kind": "cloze", "question": question, "answer": ""}, tmp_path)

    assert report.drawn_front(card) == "[…] are joined by n-1 edges."
    assert report.drawn_back(card) == "⟦n vertices⟧ are joined by n-1 edges."


def test_packets_show_a_headings_math_in_the_context_line_typeset_as_anki_shows_it(tmp_path):
    corpus = tmp_path / "corpora" / "linalg"
    corpus.mkdir(parents=True)
    note = "# Elimination\n\n## L4 — $A = LU$\n\n### Solving with LU\n\nSolve $Lc = b$, then $Ux = c$.\n"
    (corpus / "lu.md").write_text(note, encoding="utf-8")
    out = tmp_path / "packets"

    assert (
        _report().main([str(tmp_path / "corpora"), "--seed", "1", "-n", "9", "-o", str(out)]) == 0
    )

    packets = (out / "packets.md").read_text(encoding="utf-8")
    assert r"**Context:** Elimination › L4 — \(A = LU\)" in packets
    assert "$A = LU$" not in packets.split("**Source section**")[0]
