"""The before/after report pairs each card with itself across a change to the rules."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "card_changes.py"


def _report():
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("card_changes", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _card(guid, question, answer, line, deck="Net", rule="heading_answer"):
    return {
        "guid": guid, "deck": deck, "context": [deck], "question": question,
        "answer": answer, "question_html": question, "answer_html": answer,
        "rule": rule, "kind": "basic", "tags": [],
        "source": {"file": "net.md", "line": line},
    }  # fmt: skip


def test_cards_pair_by_guid_then_by_their_place_in_the_note():
    changes = _report().changes
    before = [
        _card("a", "TCP", "ordered bytes", 3),  # its answer grows: changed
        _card("b", "장점", "fast", 7),  # reworded front, same place: changed
        _card("c", "Ports", "- 80", 9),  # moved deck, same sides: context only
        _card("d", "page frame", "3", 12, rule="term_definition"),  # gone
        _card("e", "UDP", "datagrams", 15),  # untouched
    ]
    after = [
        _card("a", "TCP", "ordered bytes, with acks", 3),
        _card("b2", "TCP › 장점", "fast", 7),
        _card("c2", "Ports", "- 80", 9, deck="Net::Ports"),
        _card("e", "UDP", "datagrams", 15),
        _card("f", "QUIC", "over UDP", 20),  # new
    ]
    found = changes(before, after)
    assert [(old["guid"], new["guid"]) for old, new in found.changed] == [("a", "a"), ("b", "b2")]
    assert [(old["guid"], new["guid"]) for old, new in found.context_only] == [("c", "c2")]
    assert [card["guid"] for card in found.removed] == ["d"]
    assert [card["guid"] for card in found.added] == ["f"]


def test_a_draw_takes_half_changed_pairs_and_a_quarter_each_removed_and_added(tmp_path):
    report = _report()
    found = report.Changes(
        changed=[(_card(f"c{i}", "q", "a", i), _card(f"c{i}", "q", "b", i)) for i in range(10)],
        removed=[_card(f"r{i}", "q", "a", i) for i in range(10)],
        added=[_card(f"n{i}", "q", "a", i) for i in range(1)],
    )
    drawn = report.draw({tmp_path: found}, 8, seed=1)
    kinds = [kind for kind, _, _ in drawn]
    assert kinds.count("changed") == 4 and kinds.count("removed") == 2
    assert kinds.count("added") == 1  # fewer exist than a quarter
    assert drawn == report.draw({tmp_path: found}, 8, seed=1)  # the seed decides the draw


def test_the_report_skips_when_there_are_no_corpora(tmp_path, capsys):
    assert _report().main([str(tmp_path / "absent"), "--before", "HEAD", "--seed", "1"]) == 0
    assert "nothing to compare" in capsys.readouterr().out


def test_a_changed_pair_shows_both_sides_and_the_notes_section(tmp_path):
    report = _report()
    (tmp_path / "net.md").write_text("# Net\n\n## TCP\n\nordered bytes, with acks\n", "utf-8")
    pair = (_card("a", "TCP", "ordered bytes", 3), _card("a", "TCP", "ordered bytes, with acks", 3))
    shown = report.packet(1, "changed", tmp_path, pair, report.quality.Notes())
    before, after = shown.split("### AFTER")
    assert "### BEFORE" in before and "> ordered bytes" in before and "acks" not in before
    assert "> ordered bytes, with acks" in after
    assert "## TCP\n\nordered bytes, with acks" in after  # the source section, as written


def _reading(folder, cards, verdicts):
    """A card_quality reading: its key (number → collection, GUID) and the reader's sheet."""
    folder.mkdir()
    key = {str(n): {"corpus": corpus, "guid": guid} for n, (corpus, guid) in cards.items()}
    (folder / "key.json").write_text(json.dumps({"seed": 1, "cards": key}), "utf-8")
    rows = "".join(f"{n}\t{v}\t\t\n" for n, v in verdicts.items())
    (folder / "verdicts.tsv").write_text("number\tverdict\tflaw\tnote\n" + rows, "utf-8")


def test_a_paired_reading_asks_again_only_the_sampled_cards_that_changed(tmp_path):
    report = _report()
    root = tmp_path / "kr-net"
    found = report.Changes(
        changed=[(_card("a", "TCP", "x", 3), _card("a", "TCP", "y", 3))],
        context_only=[(_card("c", "Ports", "- 80", 9), _card("c2", "Ports", "- 80", 9))],
        removed=[_card("d", "page frame", "3", 12), _card("z", "not drawn", "1", 30)],
    )
    _reading(
        tmp_path / "r1",
        {1: ("kr-net", "a"), 2: ("kr-net", "e"), 3: ("kr-net", "d"), 4: ("kr-net", "c")},
        {1: "FIX", 2: "KEEP", 3: "JUNK", 4: "KEEP"},
    )
    picked = report.sampled({root: found}, tmp_path / "r1")
    assert [(number, kind) for number, kind, _, _ in picked] == [
        (1, "changed"),
        (3, "removed"),
        (4, "changed"),  # its context line changed: the reader saw that line
    ]  # card 2 is untouched and "z" was never drawn


def test_the_tally_carries_unchanged_verdicts_and_takes_the_pairs_after_verdicts(tmp_path):
    report = _report()
    _reading(
        tmp_path / "r1",
        {1: ("kr-net", "a"), 2: ("kr-net", "e"), 3: ("kr-net", "d")},
        {1: "FIX", 2: "KEEP", 3: "JUNK"},
    )
    out = tmp_path / "p1"
    out.mkdir()
    pairs = {"1": {"kind": "changed", "card": 1}, "2": {"kind": "removed", "card": 3}}
    (out / "key.json").write_text(json.dumps({"pairs": pairs}), "utf-8")
    (out / "verdicts.tsv").write_text(
        "number\twhat\tverdict\tafter\tnote\n1\tchanged\tBETTER\tKEEP\t\n2\tremoved\tRIGHT\t\t\n",
        "utf-8",
    )
    shown = report.tally(tmp_path / "r1", out).splitlines()
    assert shown[0] == "before: KEEP 1 FIX 1 JUNK 1"
    assert shown[1] == "after:  KEEP 2 GONE 1"
    assert shown[2] == "moved:  FIX→KEEP 1, JUNK→GONE 1"
