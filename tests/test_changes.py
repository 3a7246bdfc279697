"""After each build, what changed since the last: an import cannot delete, so say so."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from click.testing import CliRunner

from flashgen.cli import main
from flashgen.state import LEGACY_STATE_FILE, STATE_DIR, load_stamps

from .conftest import build_decks, write

AWS = "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n- S3: 객체 스토리지\n"
AWS_EDITED = "# AWS\n## 서비스\n- IAM: 권한 관리\n- EC2: Elastic Compute Cloud\n"
NETWORK = "# Network\n## TCP\n- SYN: 연결 요청\n"


def questions(records) -> list[str]:
    return sorted(record.question for record in records)


@pytest.fixture
def source(tmp_path):
    write(tmp_path / "source" / "aws.md", AWS)
    write(tmp_path / "source" / "network.md", NETWORK)
    return tmp_path / "source"


def test_a_rebuild_names_new_updated_and_removed_cards(source, tmp_path):
    out = tmp_path / "decks"
    first = build_decks([source], out).changes
    write(source / "aws.md", AWS_EDITED)
    changes = build_decks([source], out).changes

    assert questions(first.new) == ["EC2", "S3", "SYN"]
    assert questions(changes.new) == ["IAM"]
    assert questions(changes.updated) == ["EC2"]
    assert [(c.question, c.note_name, c.deck) for c in changes.removed] == [
        ("S3", "aws.md", "AWS::서비스")
    ]
    assert changes.unchanged == 1


def test_a_removed_card_is_named_once_and_counts_as_new_if_it_returns(source, tmp_path):
    out = tmp_path / "decks"
    build_decks([source], out)
    write(source / "aws.md", AWS_EDITED)
    build_decks([source], out)

    assert not build_decks([source], out).changes.removed
    write(source / "aws.md", AWS)
    assert questions(build_decks([source], out).changes.new) == ["S3"]


def test_a_deleted_note_file_removes_its_cards(source, tmp_path):
    out = tmp_path / "decks"
    build_decks([source], out)
    (source / "network.md").unlink()

    changes = build_decks([source], out).changes

    assert [(c.question, c.note_name) for c in changes.removed] == [("SYN", "network.md")]


def test_building_one_note_does_not_remove_the_cards_of_the_others(source, tmp_path):
    out = tmp_path / "decks"
    build_decks([source], out)

    changes = build_decks([source / "aws.md"], out).changes
    assert not changes.removed
    live = {stamp.card.question for stamp in load_stamps(out).known.values() if stamp.live}
    assert live == {"EC2", "S3", "SYN"}
    assert not build_decks([source], out).changes.new, "the other note's cards were forgotten"


def test_a_note_that_cannot_be_read_keeps_its_cards(source, tmp_path):
    out = tmp_path / "decks"
    build_decks([source], out)
    (source / "network.md").write_bytes(b"# Network\n\xff\xfe broken\n")

    report = build_decks([source], out)

    assert report.failed
    assert not report.changes.removed


def test_a_state_file_from_an_older_flashgen_still_keeps_every_mod(source, tmp_path):
    out = tmp_path / "decks"
    build_decks([source], out)
    known = load_stamps(out).known
    old = {"version": 1, "notes": {guid: [s.hash, s.mod] for guid, s in known.items()}}
    shutil.rmtree(out / STATE_DIR)
    (out / LEGACY_STATE_FILE).write_text(json.dumps(old), encoding="utf-8")
    for note in source.glob("*.md"):  # a fresh checkout: every file newer
        later = note.stat().st_mtime + 3600
        os.utime(note, (later, later))

    report = build_decks([source], out)

    assert not report.changes.new and not report.changes.removed
    stamps = load_stamps(out).known
    assert {guid: stamp.mod for guid, stamp in stamps.items()} == {
        guid: mod for guid, (_, mod) in old["notes"].items()
    }
    assert {stamp.card.question for stamp in stamps.values()} == {"EC2", "S3", "SYN"}


def test_the_build_summary_counts_the_changes_and_lists_removed_cards(
    source, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    first = runner.invoke(main, ["build"], catch_exceptions=False)
    write(source / "aws.md", AWS_EDITED)
    result = runner.invoke(main, ["build"], catch_exceptions=False)

    assert "since the last build: 3 new" in first.output
    assert "  aws.md:3" not in first.output, "a first build lists every card as new"
    assert "since the last build: 1 new, 1 updated, 1 removed" in result.output
    assert "new:\n  aws.md:3: IAM (AWS::서비스)\n" in result.output
    assert "updated:\n  aws.md:4: EC2 (AWS::서비스)\n" in result.output
    assert "  aws.md:4: S3 (AWS::서비스)" in result.output
    unchanged = runner.invoke(main, ["build"], catch_exceptions=False)
    assert "since the last build: no changes" in unchanged.output


def test_a_note_is_known_by_the_same_name_from_any_working_directory(tmp_path, monkeypatch):
    """The state names a note relative to the deck folder, however the folders were given:
    moving into another folder between builds must not make every card look new."""
    from pathlib import Path

    from flashgen.stamps import Stamps

    project = tmp_path / "project"
    note = project / "source" / "os" / "process.md"
    keys = set()
    for cwd, folder, path in (
        (project, Path("decks"), Path("source/os/process.md")),
        (project, project / "decks", Path("source/os/process.md")),
        (project / "source", Path("../decks"), Path("os/process.md")),
        (tmp_path, Path("project/decks"), note),
        (project / "source" / "os", project / "decks", Path("process.md")),
        (project, Path("decks"), Path("source/../source/os/process.md")),
    ):
        cwd.mkdir(parents=True, exist_ok=True)
        monkeypatch.chdir(cwd)
        key = Stamps(folder=folder).file_key(path)
        assert key == Path(os.path.relpath(note, project / "decks")).as_posix()
        keys.add(key)
    assert keys == {"../source/os/process.md"}


def test_a_relative_note_path_is_read_from_the_working_directory_of_each_build(
    tmp_path, monkeypatch
):
    from pathlib import Path

    from flashgen.stamps import Stamps

    decks = tmp_path / "project" / "decks"
    for cwd in (tmp_path / "project", tmp_path / "elsewhere"):
        cwd.mkdir(parents=True, exist_ok=True)
        monkeypatch.chdir(cwd)
        expected = Path(os.path.relpath(cwd / "source" / "a.md", decks)).as_posix()
        assert Stamps(folder=decks).file_key(Path("source/a.md")) == expected


def test_the_report_names_renamed_and_moved_cards_with_note_and_line(source, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    runner.invoke(main, ["build"], catch_exceptions=False)
    write(source / "aws.md", AWS.replace("# AWS", "# Cloud").replace("## 서비스", "## 주요 서비스"))
    write(source / "network.md", NETWORK.replace("## TCP", "## TCP 연결"))

    text = runner.invoke(main, ["build"], catch_exceptions=False).output
    write(source / "network.md", NETWORK)
    result = runner.invoke(main, ["build", "--json"], catch_exceptions=False)

    assert "since the last build: 3 moved" in text
    assert "  aws.md:3: EC2 (AWS::서비스, aws.md → Cloud::주요 서비스, aws.md)" in text
    assert "deck files no longer built, deleted: AWS.apkg" in text
    changes = json.loads(result.output)["changes"]
    assert changes["moved"] == [
        {
            "from": {
                "question": "SYN",
                "deck": "Network::TCP 연결",
                "source": "network.md",
                "line": 3,
            },
            "to": {"question": "SYN", "deck": "Network::TCP", "source": "network.md", "line": 3},
        }
    ]
    assert changes["new"] == changes["removed"] == changes["renamed"] == []
    assert changes["unchanged"] == 2


def test_a_build_beside_decks_whose_state_is_lost_says_so(source, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    first = runner.invoke(main, ["build"], catch_exceptions=False)
    shutil.rmtree(tmp_path / "decks" / STATE_DIR)

    again = runner.invoke(main, ["build"], catch_exceptions=False)

    assert "no state beside the decks" not in first.output
    assert "no state beside the decks (.flashgen-state/): every card counts as new" in again.output
