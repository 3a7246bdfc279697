"""The card-quality report runs on any folder of note collections, in one command."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

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
