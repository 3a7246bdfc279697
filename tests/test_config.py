"""Settings from flashgen.toml or pyproject.toml, under the command line's flags."""

from __future__ import annotations

import json
from collections import Counter

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


def test_a_settings_file_naming_a_rule_of_an_earlier_version_still_builds(project):
    write(project / "flashgen.toml", "[rules]\ncomparison_table = false\n")

    result = run("build", "notes")

    assert result.exit_code == 0, result.output
    assert "unknown rule" not in result.output


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


def listed_rules(message: str) -> list[str]:
    """The rule names an error lists: `… (rules: heading_answer, answer_part, …)`."""
    return message.split("(rules: ", 1)[1].split(")", 1)[0].split(", ")


def test_an_unknown_rule_is_refused_with_the_list_of_rules(project):
    write(project / "flashgen.toml", 'source = "notes"\n\n[rules]\nlabels = false\n')
    in_the_file = run("build")
    write(project / "flashgen.toml", 'source = "notes"\n')
    as_a_flag = run("build", "--rule-off", "labels")

    assert in_the_file.exit_code != 0 and as_a_flag.exit_code != 0
    assert not (project / "decks").exists()
    listed = listed_rules(in_the_file.output)
    assert {"heading_answer", "term_definition", "inline_pair", "callout_question"} <= set(listed)
    assert "'labels' is not one of" in as_a_flag.output
    assert all(f"'{rule}'" in as_a_flag.output for rule in listed)


EVERY_RULE = """# Study

## AWS 대표 서비스
- 클라우드 서비스 모음
- EC2: 가상 컴퓨터
- LFU → 참조 횟수가 가장 적은 페이지를 교체

## 블루/그린 배포
- 트래픽을 한번에 전환
- 장점
    - 손쉬운 롤백
    - 환경 재사용

## Scale up vs Scale out
- Scale up
    - 하나의 더 성능이 좋은 서버로 확장
    - **Single Point of Failure** 발생 가능
- Scale out
    - 비슷한 성능의 여러 개 서버로 확장

## 대칭키 vs 공개키
|  | 대칭키 | 공개키 |
|:--|:--:|:--:|
| 키 개수 | 한개 | 두개 |
| 암호화 속도 | 빠름 | 느림 |

## 예상 질문
- Q. checked Exception과 Unchecked Exception을 알고 있나요?
    - A. RuntimeException을 상속하면 Unchecked Exception이다.

<details>
<summary>문제는 무엇일까요?</summary>
정답 : 객체 간 결합도가 높다
</details>

> [!question] B-tree란?
> 한 노드에 여러 키를 두는 균형 트리

## 무중단 배포 기법

### 블루/그린 배포
- 트래픽을 한번에 신버전으로 전환

### Rolling 배포
- 인스턴스를 하나씩 새 버전으로 교체

## Expectation
Expectation is linear and monotone, and these follow from its definition as a sum.

**Linearity.** For random variables $X$, $Y$ and constants $a$, $b$:

$$E[aX + bY] = aE[X] + bE[Y]$$

It holds even when $X$ and $Y$ are dependent.

**Monotonicity.** If $X \\le Y$ always, then:

$$E[X] \\le E[Y]$$

**Independence.** If $X$ and $Y$ are independent:

$$E[XY] = E[X]E[Y]$$

The converse does not hold: uncorrelated variables can be dependent.

**Constants.** For a constant $c$, $E[c] = c$, and so $E[E[X]] = E[X]$.

## 셸
- 표준 에러의 fd :: 2

Q: chmod 755가 주는 권한은?
A: 소유자는 모두, 나머지는 읽기와 실행

SIGKILL의
번호는?
?
9

==fg== 는 작업을 앞으로 가져온다

STARTI [Basic] 표준 출력의 fd는? Back: 1 ENDI

## 파이프의 역할
앞 명령의 출력을
%
뒤 명령의 입력으로 넘긴다

## 연습문제
1. 파이프로 앞 명령의 출력을 넘기는 곳은?
   - 뒤 명령의 표준 입력

## 결과 구하기 연습
**Q1.** `echo a | wc -l` → 1 줄

**Q2.** `echo a b | wc -w` → 2 단어

## 오답 Q7
> `ls ------- wc -l` 로 파일 개수를 센다. (A) > (B) | (C) &

- 내 답: A ❌
- 정답: **B**

## 셸 O/X
- 파이프는 표준 에러도 넘긴다 (X) → 표준 출력만
- `&`는 명령을 백그라운드로 보낸다 (O)
- 리다이렉션 `>`는 파일을 덮어쓴다 (O)
"""
"""A note giving a card by each rule."""


def test_every_rule_in_that_list_can_be_switched_off_and_then_makes_no_card(tmp_path, monkeypatch):
    project_of(tmp_path, monkeypatch, {"source/study.md": EVERY_RULE})
    write(tmp_path / "flashgen.toml", "[rules]\nlabels = false\n")
    listed = listed_rules(run("build").output)
    (tmp_path / "flashgen.toml").unlink()

    def rules_of_cards(*flags: str) -> Counter[str]:
        result = run("export", "--format", "json", *flags)
        assert result.exit_code == 0, result.output
        return Counter(card["rule"] for card in json.loads(result.stdout))

    every = rules_of_cards()
    assert sorted(every) == sorted(listed), "each rule listed, and only they, make its cards"
    for rule in listed:
        left = rules_of_cards("--rule-off", rule)
        assert rule not in left
        assert left, f"the note still gives cards with {rule} off"


def test_a_written_card_syntax_can_be_switched_off_too(project):
    write(
        project / "notes" / "linux.md",
        "# Linux\n## 셸\n- 표준 에러의 fd :: 2\n- 파이프: 출력을 입력으로\n",
    )

    shown = run("preview", "notes/linux.md").output
    switched_off = run("preview", "notes/linux.md", "--rule-off", "inline_pair").output

    assert "inline_pair" in shown
    assert "inline_pair" not in switched_off and "term_definition" in switched_off


def test_with_answered_by_label_off_a_table_of_answered_problems_stays_on_its_heading(
    tmp_path, monkeypatch
):
    note = (
        "# AWS 데이터베이스\n\n## 한 줄 매칭표\n\n| 요구사항 | 답 |\n|---|---|\n"
        "| 관계형, 고가용성 | RDS Multi-AZ |\n| 키-값, 서버리스 | DynamoDB |\n"
    )
    project_of(tmp_path, monkeypatch, {"source/aws.md": note})

    def fronts(*flags: str) -> dict[str, str]:
        cards = json.loads(run("export", "--format", "json", *flags).stdout)
        return {card["question"]: card["answer"] for card in cards}

    assert fronts() == {"관계형, 고가용성": "RDS Multi-AZ", "키-값, 서버리스": "DynamoDB"}
    [(front, back)] = fronts("--rule-off", "answered_by_label").items()
    assert front == "한 줄 매칭표" and "| 관계형, 고가용성 | RDS Multi-AZ |" in back
