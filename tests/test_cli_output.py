"""What the command line prints for people and for scripts: init, tables, --json, --quiet,
the progress bar, and errors without tracebacks."""

from __future__ import annotations

import io
import json

import pytest

from flashgen import build as build_module
from flashgen import console
from flashgen import parse as parse_module
from flashgen.build import build
from flashgen.config import Settings
from flashgen.errors import DEBUG_ENV

from .conftest import import_apkg, project_of, run, write

AWS = "# AWS\n\n## 대표 서비스\n- EC2: 가상 컴퓨터\n- S3: 파일 저장소\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    return project_of(tmp_path, monkeypatch, {"source/aws.md": AWS})


def test_init_writes_a_note_and_settings_that_build_at_once(tmp_path, monkeypatch, collection):
    monkeypatch.chdir(tmp_path)

    result = run("init")

    assert result.exit_code == 0, result.output
    assert "created source/welcome.md" in result.output
    assert "created flashgen.toml" in result.output
    built = run("build")
    assert built.exit_code == 0, built.output
    assert "0 warnings" in built.output
    [deck] = (tmp_path / "decks").glob("*.apkg")
    import_apkg(collection, deck)
    assert collection.note_count() >= 5
    assert run("check", "--strict").exit_code == 0


def test_init_never_overwrites_a_note_or_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "flashgen.toml", 'out = "mine"\n')

    result = run("init")

    assert "kept existing flashgen.toml" in result.output
    assert (tmp_path / "flashgen.toml").read_text() == 'out = "mine"\n'


def test_build_ends_with_a_table_of_deck_files_and_a_summary(project):
    write(project / "source" / "운영체제.md", "# 운영체제\n## 프로세스\n- PCB: 프로세스 정보\n")

    result = run("build")

    assert result.stdout.splitlines() == [
        "deck file      cards",
        "-------------  -----",
        "AWS.apkg           2",
        "운영체제.apkg      1",  # two columns for each Hangul syllable: lined up on a terminal
        "2 notes read, 2 decks in decks/, 3 cards, 0 warnings",
        "cards by rule: term_definition 3",
        "since the last build: 3 new",
    ]


def test_json_reports_decks_counts_and_problems_for_scripts(project):
    write(project / "source" / "empty.md", "")

    result = run("build", "--json")

    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["cards"] == 2
    assert report["decks"] == [{"file": "decks/AWS.apkg", "cards": 2}]
    assert report["problems"] == [
        {
            "file": "source/empty.md",
            "line": None,
            "severity": "warning",
            "message": "empty note: no deck written",
        }
    ]


def test_quiet_prints_errors_only(project):
    write(project / "source" / "empty.md", "")
    assert run("build", "--quiet").output == ""

    write(project / "source" / "legacy.md", "# 레거시\n- 내용\n", encoding="cp949")
    result = run("build", "-q")
    assert result.exit_code == 1
    assert result.output.startswith("source/legacy.md:1: error: not valid utf-8 text")
    assert "warning" not in result.output


def test_an_unexpected_failure_is_one_line_without_a_traceback(project, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(build_module, "plan_deck_jobs", broken)  # not one note's: the build's

    result = run("build")

    assert result.exit_code == 1
    assert "unexpected RuntimeError: disk on fire" in result.output
    assert "--debug" in result.output
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback(project, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(parse_module, "parse_note", broken)
    monkeypatch.setenv(DEBUG_ENV, "")  # so that what --debug sets is undone after the test

    with pytest.raises(RuntimeError, match="disk on fire"):
        run("--debug", "build")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_counts_notes_and_decks_then_clears_its_line(project, monkeypatch):
    monkeypatch.setattr(console, "_BAR_AFTER", 0)  # as if the build had already taken a moment
    terminal = _Terminal()
    bar = console.ProgressBar("building", stream=terminal)

    build(Settings(), progress=bar)
    bar.close()

    drawn = terminal.getvalue().split("\r")
    assert "building [###############---------------] 1/2" in drawn
    assert "building [##############################] 2/2" in drawn
    assert drawn[-1] == "\x1b[2K"


@pytest.mark.parametrize("label", ["checking notes", "reading notes"])
def test_check_and_preview_count_the_notes_they_read_then_clear_the_line(
    project, monkeypatch, label
):
    from flashgen.check import check
    from flashgen.collect import collect

    write(project / "source" / "net.md", "# Network\n## TCP\n- 연결 지향\n")
    monkeypatch.setattr(console, "_BAR_AFTER", 0)
    terminal = _Terminal()
    bar = console.ProgressBar(label, stream=terminal)

    (check if label == "checking notes" else collect)(Settings(), progress=bar)
    bar.close()

    drawn = terminal.getvalue().split("\r")
    assert f"{label} [###############---------------] 1/2" in drawn
    assert f"{label} [##############################] 2/2" in drawn
    assert drawn[-1] == "\x1b[2K"


def test_no_progress_bar_when_output_is_not_a_terminal(project):
    stream = io.StringIO()
    bar = console.ProgressBar("building", stream=stream)

    build(Settings(), progress=bar)

    assert stream.getvalue() == ""


def test_init_adds_no_starter_note_beside_notes_already_there(project):
    result = run("init")

    assert "kept the notes already in source/" in result.output
    assert "created flashgen.toml" in result.output
    assert not (project / "source" / "welcome.md").exists()


def test_a_large_build_lists_its_biggest_deck_files_and_counts_the_rest(project):
    for i in range(1, 26):
        terms = "".join(f"- 용어{j}: 뜻\n" for j in range(i))
        write(project / "source" / f"n{i:02}.md", f"# 노트 {i:02}\n## 절\n{terms}")

    lines = run("build").stdout.splitlines()

    assert lines[2].split() == ["노트", "25.apkg", "25"]
    assert lines[20].split() == ["노트", "07.apkg", "7"]  # the 19th biggest
    assert lines[21].split() == ["…", "7", "more", "files", "23"]  # notes 1-6, and AWS's 2
    assert lines[22].startswith("26 notes read, 26 decks in")
