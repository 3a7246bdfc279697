"""Settings from flashgen.toml or pyproject.toml, under the command line's flags."""

from __future__ import annotations

import pytest

from .conftest import (
    answer_of,
    deck_names,
    import_apkg,
    own_tags,
    project_of,
    run,
    sides,
    visible_text,
    write,
)

NOTE = "# AWS\n\n## 대표 서비스\n- 클라우드 서비스 모음\n- EC2: 가상 컴퓨터\n- S3: 파일 저장소\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    return project_of(tmp_path, monkeypatch, {"notes/aws.md": NOTE})


def test_flashgen_toml_sets_folders_deck_prefix_and_tags(project, collection):
    write(
        project / "flashgen.toml",
        'source = "notes"\nout = "anki"\ndeck_prefix = "CS::Cloud"\ntags = ["cs", "클라우드"]\n',
    )

    result = run("build")

    assert result.exit_code == 0, result.output
    assert [p.name for p in (project / "anki").glob("*.apkg")] == ["AWS.apkg"]
    import_apkg(collection, project / "anki" / "AWS.apkg")
    assert "CS::Cloud::AWS::대표 서비스" in deck_names(collection)
    for note_id in collection.find_notes(""):
        assert own_tags(collection.get_note(note_id)) == {"aws", "cs", "클라우드"}  # aws: the file


def test_a_deck_prefix_moves_the_decks_and_leaves_what_a_card_shows_as_it_was(project, tmp_path):
    def shown(out: str, *flags: str) -> list[tuple[str, str, list[str]]]:
        assert run("build", "notes", "--out", out, *flags).exit_code == 0
        from anki.collection import Collection

        col = Collection(str(tmp_path / f"{out}.anki2"))
        try:
            import_apkg(col, project / out / "AWS.apkg")
            notes = [col.get_note(note_id) for note_id in col.find_notes("")]
            decks = {note.guid: col.decks.name(note.cards()[0].did) for note in notes}
            return sorted((note.guid, decks[note.guid], list(note.values())) for note in notes)
        finally:
            col.close()

    plain, under = shown("plain"), shown("under", "--deck-prefix", "CS::Cloud")

    assert [(guid, f"CS::Cloud::{deck}", fields) for guid, deck, fields in plain] == under
    assert all("Cloud" not in fields[-1] for _, _, fields in under), "the Source line"


def test_pyproject_tool_flashgen_table_is_read(project):
    write(
        project / "pyproject.toml",
        '[project]\nname = "notes"\n\n[tool.flashgen]\nsource = "notes"\nout = "built"\n',
    )

    result = run("build")

    assert result.exit_code == 0, result.output
    assert (project / "built" / "AWS.apkg").exists()


def test_command_line_flags_override_the_file(project):
    write(project / "flashgen.toml", 'source = "notes"\nout = "anki"\nsplit = "sections"\n')

    result = run("build", "-o", "elsewhere", "--split", "notes")

    assert result.exit_code == 0, result.output
    assert [p.name for p in (project / "elsewhere").glob("*.apkg")] == ["AWS.apkg"]
    assert not (project / "anki").exists()


def test_a_rule_switched_off_leaves_its_bullets_in_the_heading_answer(project, collection):
    write(project / "flashgen.toml", 'source = "notes"\n\n[rules]\nterm_definition = false\n')

    assert run("build").exit_code == 0
    import_apkg(collection, project / "decks" / "AWS.apkg")

    [card_id] = collection.find_cards("")
    front, back = sides(collection.get_card(card_id))
    assert visible_text(front).endswith("대표 서비스")
    assert "EC2: 가상 컴퓨터" in visible_text(answer_of(back))


def test_rule_off_flag_adds_to_the_rules_the_file_switches_off(project):
    write(project / "flashgen.toml", 'source = "notes"\n')

    result = run("preview", "--rule-off", "term_definition")

    assert "term_definition" not in result.output
    assert "heading_answer" in result.output


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('source = "notes"\nspilt = "sections"\n', "flashgen.toml:2: unknown key 'spilt'"),
        (
            'split = "pages"\n',
            "flashgen.toml:1: split: must be one of notes, sections, not 'pages'",
        ),
        (
            "[rules]\nterm_definition = true\nlabels = false\n",
            "flashgen.toml:3: rules: unknown rule 'labels'",
        ),
        ('[rules]\nterm_definition = "no"\n', "term_definition must be true or false, not 'no'"),
        ('encoding = "klingon"\n', "flashgen.toml:1: encoding: unknown encoding 'klingon'"),
        ('deck_prefix = "CS::::x"\n', "deck_prefix: 'CS::::x' has an empty deck name"),
        ('tags = "cs"\n', "flashgen.toml:1: tags: must be a list of tags without spaces"),
        ("out = [\n", "flashgen.toml: not valid TOML"),
        ("download_timeout = 0\n", "download_timeout: must be a number of seconds from 0 to 600"),
    ],
)
def test_a_bad_setting_is_an_error_naming_the_file_line_and_key(project, toml, message):
    write(project / "flashgen.toml", toml)

    result = run("build", "notes")

    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (project / "decks").exists()


def test_a_settings_file_that_is_not_utf8_is_an_error_naming_its_line(project):
    (project / "flashgen.toml").write_bytes('split = "note"\nsingle = "컴퓨터"\n'.encode("cp949"))

    result = run("build", "notes")

    assert result.exit_code != 0
    assert "flashgen.toml:2: not UTF-8 text" in result.output
    assert "Traceback" not in result.output and "unexpected" not in result.output
    assert not (project / "decks").exists()


def test_a_config_file_named_on_the_command_line_must_exist(project):
    result = run("build", "--config", "missing.toml")

    assert result.exit_code != 0
    assert "missing.toml: no such configuration file" in result.output


def test_reverse_definitions_asks_a_term_card_both_ways(project, collection):
    write(project / "flashgen.toml", 'source = "notes"\nreverse_definitions = true\n')

    assert run("build").exit_code == 0
    import_apkg(collection, project / "decks" / "AWS.apkg")

    assert collection.note_count() == 3
    fronts = {visible_text(sides(collection.get_card(i))[0]) for i in collection.find_cards("")}
    assert {"AWS › 대표 서비스 EC2", "AWS › 대표 서비스 가상 컴퓨터"} <= fronts
    assert "AWS 대표 서비스" in fronts, "the heading's own card is asked one way only"
    assert len(fronts) == 5


def test_front_matter_overrides_the_settings_for_its_note(project, collection):
    write(project / "flashgen.toml", 'source = "notes"\ntags = ["cs"]\n')
    write(project / "notes" / "draft.md", "---\ncards: off\n---\n# 초안\n## 메모\n- A: B\n")
    write(
        project / "notes" / "os.md", "---\ntags: [운영체제]\n---\n# OS\n## PCB\n- 프로세스 정보\n"
    )

    assert run("build").exit_code == 0
    import_apkg(collection, project / "decks" / "OS.apkg")

    assert not (project / "decks" / "초안.apkg").exists()
    [note_id] = collection.find_notes("")
    assert own_tags(collection.get_note(note_id)) == {"os", "운영체제", "cs"}  # os: the file


def test_every_rule_a_setting_can_switch_off_is_a_rule_that_makes_cards():
    from flashgen.config import RULES
    from flashgen.extract import BLOCK_RULES, ITEM_RULES, SECTION_READERS, SECTION_RULES

    rules = (*ITEM_RULES, *BLOCK_RULES, *SECTION_READERS, *SECTION_RULES)
    names = {rule.__name__ for rule in rules}
    assert set(RULES) - {"heading_answer", "answer_part"} <= names


def test_a_written_card_syntax_can_be_switched_off_too(project):
    write(
        project / "notes" / "linux.md",
        "# Linux\n## 셸\n- 표준 에러의 fd :: 2\n- 파이프: 출력을 입력으로\n",
    )

    shown = run("preview", "notes/linux.md").output
    switched_off = run("preview", "notes/linux.md", "--rule-off", "inline_pair").output

    assert "inline_pair" in shown
    assert "inline_pair" not in switched_off and "term_definition" in switched_off
