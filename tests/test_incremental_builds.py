"""Rebuilds reuse earlier work, and what they write is exactly what a clean build writes."""

from __future__ import annotations

import shutil
from pathlib import Path

from flashgen.cache import CACHE_DIR, code_digest
from flashgen.state import STATE_DIR

from .conftest import build_decks as build
from .conftest import deck_bytes, notes_folder, write

NOTES = {
    "aws.md": "# AWS\n\n## 서비스\n- EC2: 가상 컴퓨터\n- S3: 파일 시스템\n",
    "net.md": "# Network\n\n## TCP\n- 연결 지향\n\n## UDP\n- 비연결형\n",
    "os.md": "# OS\n\n## 프로세스\n- 실행 중인 프로그램\n",
}


def notes(tmp_path: Path) -> Path:
    return notes_folder(tmp_path, NOTES)


def test_an_unchanged_rebuild_rewrites_no_deck(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    written = {path: path.stat().st_mtime_ns for path in out.glob("*.apkg")}

    report = build([source], out)

    assert report.decks_unchanged == 3
    assert len(report.decks_written) == 3 and report.cards == 5
    assert {path: path.stat().st_mtime_ns for path in out.glob("*.apkg")} == written


def test_editing_one_note_rewrites_only_its_deck(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    before = deck_bytes(out)

    write(source / "net.md", NOTES["net.md"] + "\n## HTTP\n- 무상태 프로토콜\n")
    report = build([source], out)

    after = deck_bytes(out)
    assert report.decks_unchanged == 2
    assert [name for name in after if after[name] != before[name]] == ["Network.apkg"]


def test_upgrading_a_library_that_shapes_the_cards_rebuilds_every_deck(tmp_path, monkeypatch):
    # A newer Markdown parser may render the same note differently: nothing cached may stay.
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    upgraded = tmp_path / "site-packages"
    (upgraded / "markdown_it_py-99.0.dist-info").mkdir(parents=True)
    monkeypatch.syspath_prepend(str(upgraded))
    code_digest.cache_clear()  # a new process would ask again
    try:
        report = build([source], out)
    finally:
        code_digest.cache_clear()

    assert report.decks_unchanged == 0 and report.cards == 5


def test_a_cached_rebuild_writes_the_same_bytes_as_a_clean_one(tmp_path):
    source, warm = notes(tmp_path), tmp_path / "warm"
    build([source], warm)
    clean = tmp_path / "clean"
    clean.mkdir()
    shutil.copytree(warm / STATE_DIR, clean / STATE_DIR)  # the same memory of past builds

    write(source / "aws.md", NOTES["aws.md"] + "- IAM: 인증, 보안\n")
    (source / "os.md").unlink()
    build([source], warm)
    build([source], clean)

    assert deck_bytes(clean) == {k: v for k, v in deck_bytes(warm).items() if k != "OS.apkg"}


def test_a_parallel_cached_rebuild_matches_a_serial_clean_one(tmp_path):
    source = tmp_path / "source"
    for i in range(70):  # enough notes for the worker pool
        write(source / f"n{i:02}.md", f"# Note {i}\n\n## 개념 {i}\n- 용어 {i}: 정의 {i}\n")
    parallel, serial = tmp_path / "parallel", tmp_path / "serial"
    build([source], parallel, jobs=2)
    shutil.copytree(parallel / STATE_DIR, tmp_path / "state")
    write(source / "n07.md", "# Note 7\n\n## 개념 7\n- 용어 7: 바뀐 정의\n")

    build([source], parallel, jobs=2)
    serial.mkdir()
    shutil.copytree(tmp_path / "state", serial / STATE_DIR)
    build([source], serial, jobs=1)

    assert deck_bytes(parallel) == deck_bytes(serial)


def test_a_deck_file_changed_by_hand_is_written_again(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    good = (out / "AWS.apkg").read_bytes()
    (out / "AWS.apkg").write_bytes(b"not a deck")
    (out / "OS.apkg").unlink()

    report = build([source], out)

    assert report.decks_unchanged == 1
    assert (out / "AWS.apkg").read_bytes() == good
    assert (out / "OS.apkg").is_file()


def test_a_damaged_cache_is_ignored_with_one_warning(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    good = deck_bytes(out)
    for entry in (out / CACHE_DIR / "notes").iterdir():
        entry.write_bytes(b"\x80garbage")
    (out / CACHE_DIR / "manifest.json").write_bytes(b"\x80garbage")
    for deck in out.glob("*.apkg"):
        deck.unlink()

    report = build([source], out)

    assert [problem.is_error for problem in report.problems] == [False]
    assert CACHE_DIR in report.problems[0].file
    assert "damaged cache file ignored" in report.problems[0].message
    assert deck_bytes(out) == good
    assert not build([source], out).problems  # and the cache is whole again


def test_damaged_entries_of_a_valid_manifest_are_rebuilt(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    good = deck_bytes(out)
    for entry in (out / CACHE_DIR / "notes").iterdir():
        entry.write_bytes(b"\x80garbage")
    (out / "AWS.apkg").unlink()

    build([source], out)

    assert deck_bytes(out) == good


def test_losing_the_stamps_file_rewrites_every_deck(tmp_path):
    """Decks are only as current as the stamps they were written with."""
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    shutil.rmtree(out / STATE_DIR)

    report = build([source], out)

    assert report.decks_unchanged == 0
    assert (out / STATE_DIR / "index.json").is_file()


def test_an_image_put_in_place_after_a_warning_is_packed_on_the_next_build(tmp_path):
    import zipfile

    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "a.md", "# A\n\n## 그림\n![구조](img/x.png)\n")
    first = build([source], out)
    assert any("img/x.png" in problem.message for problem in first.problems)

    (source / "img").mkdir()
    (source / "img" / "x.png").write_bytes(PNG)
    second = build([source], out)

    assert not second.problems
    with zipfile.ZipFile(out / "A.apkg") as deck:
        assert len(deck.namelist()) == 3  # the collection, the media map, and the image


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108020000009077"
    "53de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082"
)


def test_a_build_reads_a_note_with_images_once(tmp_path, monkeypatch):
    # Its cards are cached under a key that counts the images (here, one there and one
    # missing), and the deck file is written from that entry, not from the note read again.
    import flashgen.deck_jobs

    source, out = tmp_path / "source", tmp_path / "decks"
    write(
        source / "a.md",
        "# A\n\n## 그림\n![구조](img/x.png)\n\n## 표\n세 열로 된다.\n\n![표](img/y.png)\n",
    )
    (source / "img").mkdir()
    (source / "img" / "x.png").write_bytes(PNG)

    def read_again(*args, **kwargs):
        raise AssertionError("the note was read again to write its deck file")

    monkeypatch.setattr(flashgen.deck_jobs, "cards_of_note", read_again)
    report = build([source], out)

    assert len(report.decks_written) == 1 and report.cards == 2


def test_editing_one_note_rewrites_only_its_decks_memory(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    memory = {p.name: p.stat().st_mtime_ns for p in (out / STATE_DIR).glob("*.apkg.json")}

    write(source / "os.md", NOTES["os.md"] + "- PCB 를 가진다\n")
    report = build([source], out)

    after = {p.name: p.stat().st_mtime_ns for p in (out / STATE_DIR).glob("*.apkg.json")}
    assert sorted(memory) == sorted(after) == ["AWS.apkg.json", "Network.apkg.json", "OS.apkg.json"]
    assert [name for name in after if after[name] != memory[name]] == ["OS.apkg.json"]
    assert len(report.changes.updated) == 1 and not report.changes.removed


def test_switching_the_split_keeps_every_cards_memory(tmp_path):
    from flashgen.config import Split
    from flashgen.state import load_stamps

    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    mods = {guid: stamp.mod for guid, stamp in load_stamps(out).known.items()}

    report = build([source], out, split=Split.SECTIONS)

    assert not report.changes.new and not report.changes.updated and not report.changes.removed
    assert {guid: stamp.mod for guid, stamp in load_stamps(out).known.items()} == mods


def test_a_note_missing_an_image_is_not_rebuilt_until_the_image_comes(tmp_path):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "a.md", "# A\n\n## 그림\n세 계층으로 나뉜다.\n\n![구조](img/x.png)\n")
    build([source], out)

    again = build([source], out)

    assert again.decks_unchanged == 1
    assert any("img/x.png" in problem.message for problem in again.problems), "still warned"


def test_a_rebuild_with_nothing_to_do_writes_nothing_at_all(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    files = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}

    build([source], out)

    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == files
