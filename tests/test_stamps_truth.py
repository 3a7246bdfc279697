"""A card's stamp is never newer than the truth, and moves with everything the card shows.

Anki updates an imported note only when the package's copy is newer. Stamped later than
its content really changed (a fresh clone's checkout time), a card overwrites the edits
the student made inside Anki; stamped earlier than a change it shows (a replaced image,
a tag added in the settings), the change never arrives. Each test acts it out in real Anki.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from flashgen.state import load_stamps

from .conftest import build_decks, import_apkg, write
from .test_media import png
from .test_months_of_use import STUDENT_NOTE, edit_in_anki, notes_of, study_everything
from .test_renames import reviews

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

AWS = "# AWS\n\n## 서비스\n- EC2: 가상 컴퓨터\n- S3: 객체 스토리지\n"
NETWORK = "# Network\n\n## TCP\n- SYN: 연결 요청\n- ACK: 응답 확인\n"
COMMITTED = 1_600_000_000
"""When the notes were committed: long before anything the tests do in Anki."""


def git(folder: Path, *args: str) -> str:
    moment = f"@{COMMITTED} +0000"
    identity = {"GIT_AUTHOR_NAME": "s", "GIT_AUTHOR_EMAIL": "s@example.org"}
    identity |= {"GIT_COMMITTER_NAME": "s", "GIT_COMMITTER_EMAIL": "s@example.org"}
    dates = {"GIT_AUTHOR_DATE": moment, "GIT_COMMITTER_DATE": moment}
    done = subprocess.run(
        ["git", "-C", str(folder), *args],
        env={**os.environ, **identity, **dates},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def notes_in_git(project: Path) -> Path:
    """A project whose notes were committed long ago, checked out just now."""
    write(project / "source" / "aws.md", AWS)
    write(project / "source" / "network.md", NETWORK)
    git(project, "init", "-q")
    git(project, "add", "source")
    git(project, "commit", "-q", "-m", "notes")
    return project / "source"


def checked_out_now(source: Path) -> None:
    """Every note's file as a checkout leaves it: newer than any edit made in Anki."""
    later = time.time() + 60
    for note in source.rglob("*.md"):
        os.utime(note, (later, later))


def written_long_ago(*files: Path) -> None:
    for file in files:
        os.utime(file, (COMMITTED, COMMITTED))


def s3_of(col) -> str:
    return next(guid for guid, (front, _, _) in notes_of(col).items() if "S3" in front)


@needs_git
def test_a_lost_state_stamps_cards_with_their_commit_and_keeps_edits_made_in_anki(
    tmp_path, collection
):
    source, out = notes_in_git(tmp_path / "project"), tmp_path / "project" / "decks"
    for deck in build_decks([source], out).decks_written:
        import_apkg(collection, deck)
    study_everything(collection)
    studied, cards = reviews(collection), collection.card_count()
    edit_in_anki(collection, s3 := s3_of(collection))

    shutil.rmtree(out / ".flashgen-state")
    shutil.rmtree(out / ".flashgen-cache")
    checked_out_now(source)
    report = build_decks([source], out)
    for deck in report.decks_written:
        import_apkg(collection, deck)

    assert STUDENT_NOTE in notes_of(collection)[s3][1], "an edit made in Anki was overwritten"
    assert reviews(collection) == studied and collection.card_count() == cards
    assert {stamp.mod for stamp in load_stamps(out).known.values()} == {COMMITTED}


@needs_git
def test_a_fresh_clone_with_the_state_committed_builds_the_same_decks(tmp_path, collection):
    project = tmp_path / "laptop"
    source, out = notes_in_git(project), project / "decks"
    first = build_decks([source], out)
    for deck in first.decks_written:
        import_apkg(collection, deck)
    study_everything(collection)
    studied, cards = reviews(collection), collection.card_count()
    edit_in_anki(collection, s3 := s3_of(collection))
    git(project, "add", "decks/.flashgen-state")
    git(project, "commit", "-q", "-m", "state")

    clone = tmp_path / "desktop"
    git(tmp_path, "clone", "-q", str(project), str(clone))
    checked_out_now(clone / "source")
    again = build_decks([clone / "source"], clone / "decks")
    for deck in again.decks_written:
        import_apkg(collection, deck)

    assert {p.name: p.read_bytes() for p in again.decks_written} == {
        p.name: p.read_bytes() for p in first.decks_written
    }
    assert not (again.changes.new or again.changes.updated or again.changes.removed)
    assert STUDENT_NOTE in notes_of(collection)[s3][1]
    assert reviews(collection) == studied and collection.card_count() == cards


def test_an_image_replaced_after_an_edit_in_anki_reaches_the_card(tmp_path, collection):
    source, out = tmp_path / "source", tmp_path / "decks"
    diagram = "## 구조\n- 세 계층으로 나뉜 네트워크의 구성\n\n![](img/map.png)\n"
    write(source / "net.md", f"# Net\n\n{diagram}\n## TCP\n- SYN: 연결 요청\n")
    (source / "img").mkdir()
    (source / "img" / "map.png").write_bytes(png(rgb=(255, 0, 0)))
    written_long_ago(source / "net.md", source / "img" / "map.png")
    for deck in build_decks([source], out).decks_written:
        import_apkg(collection, deck)
    study_everything(collection)
    studied = reviews(collection)
    [image_note] = [
        n for n in collection.find_notes("") if "<img" in collection.get_note(n)["Answer"]
    ]
    note = collection.get_note(image_note)
    before = note["Answer"]
    note["Answer"] = before + " (내 메모)"
    collection.update_note(note)

    (source / "img" / "map.png").write_bytes(png(rgb=(0, 0, 255)))
    later = time.time() + 60  # replaced after the edit in Anki
    os.utime(source / "img" / "map.png", (later, later))
    report = build_decks([source], out)
    for deck in report.decks_written:
        import_apkg(collection, deck)

    after = collection.get_note(image_note)["Answer"]
    assert "<img" in after and after != before and "내 메모" not in after
    assert reviews(collection) == studied


def test_a_tag_added_in_the_settings_reaches_cards_edited_in_anki(tmp_path, collection):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "aws.md", AWS)
    settings_file = write(tmp_path / "flashgen.toml", "")
    written_long_ago(source / "aws.md", settings_file)
    for deck in build_decks([source], out, config_file=settings_file).decks_written:
        import_apkg(collection, deck)
    edit_in_anki(collection, s3 := s3_of(collection))

    write(settings_file, 'tags = ["cloud"]\n')
    later = time.time() + 60
    os.utime(settings_file, (later, later))
    report = build_decks([source], out, config_file=settings_file, tags=("cloud",))
    for deck in report.decks_written:
        import_apkg(collection, deck)

    note_id = collection.db.scalar("select id from notes where guid = ?", s3)
    assert "cloud" in collection.get_note(note_id).tags
    assert all("cloud" in collection.get_note(n).tags for n in collection.find_notes(""))


@needs_git
def test_only_a_note_as_committed_takes_its_commit_time(tmp_path):
    from flashgen.history import committed_time

    source = notes_in_git(tmp_path / "project")
    write(source / "network.md", NETWORK + "- FIN: 연결 종료\n")  # edited since
    write(source / "new.md", "# New\n")  # never committed
    write(source / "aws.md", AWS)  # saved again, unchanged

    assert committed_time(source / "aws.md") == COMMITTED
    assert committed_time(source / "network.md") is None
    assert committed_time(source / "new.md") is None
    git(tmp_path / "project", "add", "source/network.md")
    assert committed_time(source / "network.md") is None  # staged, not committed
    assert committed_time(tmp_path / "elsewhere.md") is None


def test_two_checkouts_built_with_other_settings_are_one_project(tmp_path, collection):
    """Without a committed state, a project is known by its notes: another machine's
    settings (or another flashgen) must not make its cards another project's, which sync
    would then leave behind."""
    notes = tmp_path / "notes"
    write(notes / "net.md", "# Net\n\n## 용어\n- TCP: 연결 지향\n- UDP: 비연결형\n")
    write(notes / "os.md", "# OS\n\n## 용어\n- PCB: 프로세스 제어 블록\n")
    build_decks([notes], tmp_path / "mine")
    build_decks([notes], tmp_path / "theirs", reverse_definitions=True, tags=("cs",))

    assert load_stamps(tmp_path / "mine").project == load_stamps(tmp_path / "theirs").project


@pytest.mark.skipif(os.name == "nt", reason="a stand-in git here is a shell script")
def test_notes_outside_any_repository_are_built_without_starting_git(tmp_path, monkeypatch):
    """Git is asked only where it could find a repository: a folder of notes with none
    above it builds (and rebuilds after an edit) without starting a git process."""
    tools = tmp_path / "tools"
    asked = tmp_path / "git-was-asked"
    write(tools / "git", f"#!/bin/sh\necho \"$@\" >> '{asked}'\nexit 128\n")
    (tools / "git").chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ.get('PATH', '')}")
    source = tmp_path / "notes"
    write(source / "aws.md", AWS)
    written_long_ago(source / "aws.md")

    build_decks([source], tmp_path / "decks")
    write(source / "aws.md", AWS + "- IAM: 권한 관리\n")
    build_decks([source], tmp_path / "decks")

    assert (tmp_path / "decks" / "AWS.apkg").is_file()
    assert not asked.exists()
