"""Two different notes of one name (two `Basics.md`, two notes titled `정리`) get a deck each,
told apart by their folders, as Anki shows them; every other note keeps its deck and its
cards, and the first note of a name keeps its cards' reviews when a second one comes."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

from flashgen.decks import distinct_roots

from .conftest import build_decks, deck_names, import_apkg, opened, visible_text, write
from .test_months_of_use import study_everything
from .test_renames import card_showing, live_through, reviews

TRANSPORT = """\
# Basics

## What does TCP promise?
- Bytes arrive in order, or the connection fails

## What does UDP promise?
- Nothing beyond a checksum
"""

DEADLOCKS = """\
# Basics

## What does UDP promise?
- (asked here by mistake) nothing

## What are the four conditions of a deadlock?
- Mutual exclusion, hold and wait, no preemption, circular wait
"""

SCHEDULING = """\
# Scheduling

## What is round robin?
- Each process runs for one time slice in turn
"""


def test_two_notes_of_one_title_in_two_folders_get_a_deck_each_in_anki(tmp_path, collection):
    source = tmp_path / "source"
    write(source / "Transport Layer" / "Basics.md", TRANSPORT)
    write(source / "Deadlocks" / "Basics.md", DEADLOCKS)
    write(source / "Deadlocks" / "Scheduling.md", SCHEDULING)

    report = build_decks([source], tmp_path / "decks")
    for deck in report.decks_written:
        import_apkg(collection, deck)

    assert not [p for p in report.problems if "asked twice" in p.message]
    assert deck_names(collection) >= {
        "Basics (Transport Layer)",
        "Basics (Deadlocks)",
        "Scheduling",
    }
    udp = [
        collection.decks.name(collection.get_card(card).did)
        for card in collection.find_cards("UDP")
    ]
    assert sorted(udp) == [
        "Basics (Deadlocks)::What does UDP promise?",
        "Basics (Transport Layer)::What does UDP promise?",
    ]
    assert collection.card_count() == 5


def test_a_note_no_other_shares_a_name_with_keeps_its_deck_and_cards(tmp_path):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "Transport Layer" / "Basics.md", TRANSPORT)
    write(source / "Deadlocks" / "Scheduling.md", SCHEDULING)
    build_decks([source], out)
    alone = _notes(out)

    write(source / "Deadlocks" / "Basics.md", DEADLOCKS)
    build_decks([source], out)
    both = _notes(out)

    scheduling = {guid: deck for guid, deck in alone.items() if deck.startswith("Scheduling")}
    assert scheduling and all(both[guid] == deck for guid, deck in scheduling.items())


def test_a_second_note_of_a_name_leaves_the_first_its_cards_and_reviews(tmp_path, collection):
    report, studied = live_through(
        tmp_path,
        collection,
        {"Transport Layer/Basics.md": TRANSPORT},
        {"Deadlocks/Basics.md": DEADLOCKS},
    )

    assert reviews(collection) == studied
    assert len(report.changes.moved) == 2 and not report.changes.removed
    assert report.changes.deleted_files == ("Basics.apkg",)
    tcp = collection.get_card(card_showing(collection, "TCP"))
    assert tcp.id in studied
    assert "Basics (Transport Layer) What does TCP promise?" in visible_text(tcp.question())
    assert "in order" in tcp.answer()
    assert collection.card_count() == 4  # the first note's 2, updated in place; 2 new


def test_sync_moves_the_first_notes_cards_into_its_new_deck_with_their_reviews(tmp_path, anki_file):
    from flashgen.sync import sync_collection

    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "Transport Layer" / "Basics.md", TRANSPORT)
    sync_collection(anki_file, build_decks([source], out).decks_written)
    with opened(anki_file) as col:
        study_everything(col)
        studied = reviews(col)
    write(source / "Deadlocks" / "Basics.md", DEADLOCKS)

    sync_collection(anki_file, build_decks([source], out).decks_written)

    with opened(anki_file) as col:
        assert {c: n for c, n in reviews(col).items() if c in studied} == studied
        tcp = col.get_card(card_showing(col, "TCP"))
        assert col.decks.name(tcp.did) == "Basics (Transport Layer)::What does TCP promise?"
        assert tcp.id in studied


def test_notes_whose_front_matter_names_one_deck_share_it(tmp_path):
    source = tmp_path / "source"
    write(source / "a" / "one.md", "---\ndeck: Networking\n---\n" + TRANSPORT)
    write(source / "b" / "two.md", "---\ndeck: Networking\n---\n" + SCHEDULING)

    build_decks([source], tmp_path / "decks")
    decks = {deck.split("::")[0] for deck in _notes(tmp_path / "decks").values()}

    assert decks == {"Networking"}


def test_notes_of_one_name_are_told_apart_by_as_few_folders_as_differ():
    named = [
        ("Basics.md", "Basics.md", "Basics"),
        ("os/memory/Basics.md", "os/memory/Basics.md", "Basics"),
        ("net/memory/Basics.md", "net/memory/Basics.md", "Basics"),
        ("net/Basics.md", "net/Basics.md", "Basics"),
        ("net/network.md", "net/network.md", "Network"),
        ("net/network-tcp.md", "net/network-tcp.md", "Network"),
        ("net/c.md", "net/c.md", "Alone"),
    ]

    assert distinct_roots(named) == {
        "os/memory/Basics.md": "Basics (os / memory)",
        "net/memory/Basics.md": "Basics (net / memory)",
        "net/Basics.md": "Basics (net)",
    }


def test_a_subject_written_in_two_notes_of_one_folder_stays_one_deck(tmp_path):
    source = tmp_path / "source"
    write(source / "net" / "network.md", "# Network\n\n## UDP\n- 비연결형 프로토콜\n")
    write(source / "net" / "network-tcp.md", "# Network\n\n## TCP\n- 연결 지향형 프로토콜\n")

    build_decks([source], tmp_path / "decks")

    assert sorted(_notes(tmp_path / "decks").values()) == ["Network::TCP", "Network::UDP"]


def _notes(out: Path) -> dict[str, str]:
    """GUID → deck of every note in the deck files a build wrote in `out`."""
    found = {}
    for package in out.glob("*.apkg"):
        with zipfile.ZipFile(package) as archive:
            (out / "read.anki2").write_bytes(archive.read("collection.anki2"))
        db = sqlite3.connect(out / "read.anki2")
        decks = {
            int(i): d["name"]
            for i, d in json.loads(db.execute("select decks from col").fetchone()[0]).items()
        }
        rows = db.execute("select n.guid, c.did from notes n join cards c on c.nid = n.id")
        found |= {guid: decks[did] for guid, did in rows}
        db.close()
        (out / "read.anki2").unlink()
    return found
