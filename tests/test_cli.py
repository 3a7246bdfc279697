"""`flashgen build` as a user runs it, checked through what it writes."""

from __future__ import annotations

import zipfile

import pytest
from click.testing import CliRunner

from flashgen import __version__
from flashgen.cli import main
from flashgen.errors import DEBUG_ENV

from .conftest import deck_names, import_apkg, project_of, run, write

AWS = "# AWS\n\n## AWS 대표 서비스\n- EC2: 가상 컴퓨터\n- S3: 파일 시스템\n"
NETWORK = "# Network\n\n## TCP란?\n- 연결 지향 프로토콜\n- 장점\n    - 신뢰성\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A student's folder with two notes in source/, as the working directory."""
    return project_of(tmp_path, monkeypatch, {"source/aws.md": AWS, "source/network.md": NETWORK})


def test_build_with_no_arguments_turns_source_into_decks(project, collection):
    result = run("build")

    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "decks").glob("*.apkg")) == [
        "AWS.apkg",
        "Network.apkg",
    ]
    assert "2 notes read, 2 decks in decks/, 4 cards, 0 warnings" in result.output
    for deck in (project / "decks").glob("*.apkg"):
        import_apkg(collection, deck)
    assert collection.note_count() == 4
    assert {"AWS::AWS 대표 서비스", "Network::TCP란?"} <= deck_names(collection)


def test_build_summary_counts_the_cards_each_rule_made(project):
    result = run("build")

    assert result.exit_code == 0, result.output
    assert "cards by rule: term_definition 2, heading_answer 1, label_with_children 1" in (
        result.output
    )


def test_build_takes_other_sources_and_an_output_folder(project):
    other = write(
        project / "elsewhere" / "os.md", "# OS\n## PCB\n- 프로세스 정보를 담는 자료구조\n"
    )

    result = run("build", str(other.parent), "source/aws.md", "-o", "out")

    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "out").glob("*.apkg")) == ["AWS.apkg", "OS.apkg"]
    assert not (project / "decks").exists()


def test_split_sections_writes_one_deck_file_per_top_level_section(project, collection):
    result = run("build", "--split", "sections")

    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (project / "decks").glob("*.apkg"))
    assert files == ["AWS - AWS 대표 서비스.apkg", "Network - TCP란.apkg"]
    import_apkg(collection, project / "decks" / "AWS - AWS 대표 서비스.apkg")
    assert deck_names(collection) == {"AWS", "AWS::AWS 대표 서비스"}


def test_single_writes_every_deck_into_one_file(project, collection):
    result = run("build", "--single", "CS Study")

    assert result.exit_code == 0, result.output
    assert [p.name for p in (project / "decks").glob("*.apkg")] == ["CS Study.apkg"]
    import_apkg(collection, project / "decks" / "CS Study.apkg")
    assert collection.note_count() == 4
    assert {"AWS::AWS 대표 서비스", "Network::TCP란?"} <= deck_names(collection)


def test_deck_file_names_are_safe_everywhere_and_keep_hangul(project):
    write(project / "source" / "q.md", '# 운영체제: "프로세스" vs 스레드?\n## A\n- 내용\n')

    assert run("build").exit_code == 0
    assert (project / "decks" / "운영체제 프로세스 vs 스레드.apkg").exists()


def test_a_note_without_a_single_title_is_named_for_its_file(project, collection):
    write(project / "source" / "자료구조 정리.md", "# 스택\n- LIFO\n# 큐\n- FIFO\n")

    assert run("build").exit_code == 0
    import_apkg(collection, project / "decks" / "자료구조 정리.apkg")
    assert deck_names(collection) == {"자료구조 정리", "자료구조 정리::스택", "자료구조 정리::큐"}


def test_a_note_that_is_not_utf8_is_named_and_the_others_still_build(project):
    write(project / "source" / "legacy.md", "# 레거시\n## 메모\n- 내용\n", encoding="cp949")

    result = run("build")

    assert result.exit_code == 1
    assert "source/legacy.md:1: error: not valid utf-8 text" in result.output
    assert "--encoding cp949" in result.output
    assert sorted(p.name for p in (project / "decks").glob("*.apkg")) == [
        "AWS.apkg",
        "Network.apkg",
    ]
    assert "2 notes read, 2 decks in" in result.output
    assert "1 error" in result.output


def test_the_line_of_the_first_undecodable_byte_is_named(project):
    (project / "source" / "broken.md").write_bytes("# 제목\n\n- 좋음\n- 나".encode() + b"\xff\n")

    result = run("build")

    assert "source/broken.md:4: error: not valid utf-8 text (byte 0xff)" in result.output


@pytest.mark.parametrize("encoding", ["cp949", "utf-16"])
def test_encoding_option_reads_notes_saved_in_another_encoding(project, collection, encoding):
    # UTF-16 puts a NUL byte beside every ASCII character: no reason to call the note binary.
    legacy = write(
        project / "legacy" / "db.md", "# 데이터베이스\n## 인덱스\n- B-Tree: 균형 트리\n", encoding
    )

    result = run("build", "--encoding", encoding, str(legacy.parent))

    assert result.exit_code == 0, result.output
    import_apkg(collection, project / "decks" / "데이터베이스.apkg")
    [card_id] = collection.find_cards("")
    assert "균형 트리" in collection.get_card(card_id).answer()


def test_a_nul_deep_in_a_long_note_is_read_as_a_replacement_character(project, collection):
    # Past the bytes read to tell a binary file, a stray NUL is text gone wrong, not a reason
    # to stop the build: CommonMark reads it as U+FFFD.
    padding = "".join(f"- 항목 {n}: 설명 {n}\n" for n in range(600))
    folded = "<details <summary><\x00 접힌 질문</summary>답<details>"
    write(project / "source" / "long.md", f"# 긴 노트\n## 목록\n{padding}\n## 접기\n{folded}\n")

    result = run("build")

    assert result.exit_code == 0, result.output
    import_apkg(collection, project / "decks" / "긴 노트.apkg")
    [card_id] = collection.find_cards("접힌")
    assert "\ufffd 접힌 질문" in collection.get_card(card_id).question()


def test_an_unknown_encoding_is_a_clear_error(project):
    result = run("build", "--encoding", "klingon")

    assert result.exit_code != 0
    assert "unknown encoding: klingon" in result.output


def test_a_byte_order_mark_is_not_part_of_the_title(project):
    (project / "source" / "bom.md").write_bytes(b"\xef\xbb\xbf" + b"# BOM\n## A\n- b\n")

    assert run("build").exit_code == 0
    assert (project / "decks" / "BOM.apkg").exists()


def test_a_fault_on_one_note_is_reported_against_it_and_the_others_are_built(project, monkeypatch):
    import flashgen.extract

    real = flashgen.extract.written_cards

    def failing_on_network(tree, rules_off=frozenset()):
        if tree.note.name == "network.md":
            raise KeyError("a fault of flashgen's own")
        return real(tree, rules_off)

    monkeypatch.setattr(flashgen.extract, "written_cards", failing_on_network)
    monkeypatch.setenv(DEBUG_ENV, "")  # so that what --debug sets is undone after the test

    result = run("build")

    assert result.exit_code == 1
    assert "source/network.md: error: flashgen failed on this note (KeyError in " in result.output
    assert "Please report it" in result.output
    assert (project / "decks" / "AWS.apkg").exists()
    assert not (project / "decks" / "Network.apkg").exists()
    with pytest.raises(KeyError):
        run("--debug", "build")
    with pytest.raises(KeyError):
        run("build", "--debug")


def test_a_binary_file_is_refused_by_name(project):
    (project / "source" / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    result = run("build")

    assert result.exit_code == 1
    assert "source/image.md: error: binary file, not a Markdown note" in result.output


def test_an_empty_note_is_a_warning_and_gives_no_deck(project):
    write(project / "source" / "empty.md", "\n  \n")

    result = run("build")

    assert result.exit_code == 0
    assert "source/empty.md: warning: empty note: no deck written" in result.output
    assert "1 warning" in result.output
    assert len(list((project / "decks").glob("*.apkg"))) == 2


def test_a_missing_source_folder_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    result = run("build")

    assert result.exit_code != 0
    assert "source: no such file or folder" in result.output
    assert "flashgen init" in result.output, "a newcomer is told how to start"


def test_a_failed_write_leaves_the_previous_deck_whole(project, monkeypatch):
    assert run("build").exit_code == 0
    deck = project / "decks" / "AWS.apkg"
    before = deck.read_bytes()
    write(project / "source" / "aws.md", AWS + "- IAM: 인증\n")

    def disk_full(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", disk_full)
    result = run("build")

    assert result.exit_code == 1
    assert "decks/AWS.apkg: error: cannot write deck: No space left on device" in result.output
    assert deck.read_bytes() == before
    kept = {".flashgen-state", ".flashgen-cache"}
    assert sorted(p.name for p in (project / "decks").iterdir() if p.name not in kept) == [
        "AWS.apkg",
        "Network.apkg",
    ]


def test_version_is_printed():
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


@pytest.mark.parametrize("command", [[], ["build"]])
def test_every_command_has_help_with_examples(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Markdown" in result.output
    if command == ["build"]:
        assert "flashgen build --split sections" in result.output


def test_python_dash_m_runs_the_same_cli():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "flashgen", "--version"], capture_output=True, text=True, check=True
    )
    assert __version__ in result.stdout


def test_a_rebuild_says_which_decks_were_already_up_to_date(project):
    assert run("build").exit_code == 0
    write(project / "source" / "aws.md", AWS + "- IAM: 인증\n")

    result = run("build")

    assert "2 notes read, 2 decks (1 unchanged) in decks/" in result.output


def test_split_and_single_together_are_refused_not_one_ignored(project):
    result = CliRunner().invoke(main, ["build", "--split", "sections", "--single", "All"])

    assert result.exit_code == 2
    assert "--split and --single" in result.output
    assert not (project / "decks").exists()


def test_an_empty_single_deck_name_is_refused(project):
    result = CliRunner().invoke(main, ["build", "--single", " "])

    assert result.exit_code == 2
    assert "--single" in result.output
    assert not (project / "decks").exists(), "no _.apkg"


def test_rules_with_equal_counts_are_listed_by_name_whatever_note_came_first(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "a.md", "# A\n\n- 장점\n    - 빠름\n")
    write(tmp_path / "source" / "b.md", "# B\n\n## B란?\n- 설명 하나\n")

    result = run("build")

    assert "cards by rule: heading_answer 1, label_with_children 1" in result.output


def test_build_counts_the_cards_anki_will_make_and_the_notes_when_they_differ(project, collection):
    write(project / "flashgen.toml", "reverse_definitions = true\n")

    result = run("build")

    for deck in (project / "decks").glob("*.apkg"):
        import_apkg(collection, deck)
    assert collection.card_count() == 6 and collection.note_count() == 4
    assert "6 cards (4 notes), 0 warnings" in result.output


def test_output_cut_short_by_a_pipe_ends_quietly(tmp_path):
    """`flashgen build | head`: the reader goes away; flashgen stops as Unix tools do,
    with no 'unexpected BrokenPipeError' and no traceback."""
    import subprocess
    import sys

    for number in range(40):
        write(tmp_path / "source" / f"note{number}.md", f"# Topic {number}\n\n- A: B\n")
    build = subprocess.Popen(
        [sys.executable, "-m", "flashgen", "build"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    build.stdout.close()  # the reader gone before the first line, as `… | head -0` does
    errors = build.stderr.read().decode()
    build.wait()

    assert "unexpected" not in errors
    assert "Traceback" not in errors
