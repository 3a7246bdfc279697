"""`flashgen check`: what gives no card, or not the card it seems to, by file and line."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from flashgen.cli import main

from .conftest import PROJECT, run, write
from .images import png

BROKEN = """\
# 네트워크

## 비어 있는 절

## HTTP란?

## 예상 질문
- TCP와 UDP의 차이는?

## 용어
- RTT:왕복 시간
- MTU：최대 전송 단위
- 회의는 09:00에 시작
- 장점:
- 공식 문서: https://example.com/docs

##핸드셰이크

## 그림
![구조](img/없는그림.png)
<img src="img/missing.png" width="200">
![있는 그림](img/there.png)
![원격](https://example.com/a.png)

## 중복
- RTT: 왕복 시간
- RTT: 다시 적은 왕복 시간

```markdown
##코드 안의 제목은 괜찮음
- a:b
![코드](img/nope.png)
<!-- 코드 안의 주석
```

## 클로즈
- {{c0::DNS}}는 이름을 IP 주소로 바꾼다.
- `{{c0::x}}`처럼 쓰면 안 된다.
- {{c1::로드밸런서}}로 분산하고 {{c2::헬스 체크로 장애를 감지

## 미완성
<!-- TODO: 정리할 것

## 주석에 가려진 절
- 이 절은 보이지 않음
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "net.md", BROKEN)
    (tmp_path / "source" / "img").mkdir(parents=True)
    (tmp_path / "source" / "img" / "there.png").write_bytes(png())
    return tmp_path


def test_each_finding_names_the_file_and_line(project):
    result = run("check")

    assert result.stdout.splitlines() == [
        "source/net.md:3: warning: section '비어 있는 절' has nothing under it",
        "source/net.md:5: warning: question 'HTTP란?' has no answer under it",
        "source/net.md:7: warning: section '예상 질문' gives no card",
        "source/net.md:8: warning: question 'TCP와 UDP의 차이는?' has no answer under it",
        "source/net.md:11: warning: 'RTT:왕복 시간' is not a term card: put a space after ':' to make it one",
        "source/net.md:12: warning: 'MTU' is followed by a full-width '：', so it is not a term card: use ':' to make it one",
        "source/net.md:14: warning: '장점:' reads as a label, but nothing is under it",
        "source/net.md:17: warning: '##핸드셰이크' is not a heading: put a space after '##' to make it one",
        "source/net.md:20: warning: image not found: img/없는그림.png",
        "source/net.md:21: warning: image not found: img/missing.png",
        "source/net.md:27: warning: 'RTT' is asked twice in deck 네트워크::중복 (first at line 26): its answers are joined into one card",
        "source/net.md:37: warning: '{{c0::' hides nothing: Anki numbers clozes from c1",
        "source/net.md:39: warning: '{{c2::' is never closed with '}}': Anki shows nothing after it",
        "source/net.md:41: warning: section '미완성' gives no card",
        "source/net.md:42: warning: this HTML comment is never closed with '-->': Markdown hides everything after it, and none of it gives a card",
    ]
    assert "15 warnings, 0 errors in 1 note" in result.stderr


def test_warnings_pass_without_strict_and_fail_with_it(project):
    assert run("check").exit_code == 0
    assert run("check", "--strict").exit_code == 1


def test_clean_notes_pass_strict(project):
    write(project / "clean" / "aws.md", "# AWS\n## 대표 서비스\n- EC2: 가상 컴퓨터\n")

    result = run("check", "--strict", "clean")

    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no problems found" in result.stderr


def test_an_unreadable_note_is_an_error_even_without_strict(project):
    write(project / "source" / "legacy.md", "# 레거시\n- 내용\n", encoding="cp949")

    result = run("check")

    assert result.exit_code == 1
    assert "source/legacy.md:1: error: not valid utf-8 text" in result.stdout


def test_the_sample_notes_only_show_their_deliberately_empty_sections(monkeypatch):
    monkeypatch.chdir(PROJECT)

    result = run("check")

    assert result.exit_code == 0
    assert all(
        "has nothing under it" in line or "gives no card" in line
        for line in result.stdout.splitlines()
    )


QUERIES = """\
# Reading

## Reading list
```dataview
TABLE author FROM #book
```

## Open tasks

~~~tasks
not done
~~~

## Found by a search
```query
tag:#paper
```

## Scripted
```dataviewjs
dv.list(dv.pages("#book").file.name)
```

## Still to write
"""


def test_a_section_holding_only_a_query_for_the_writers_tool_is_not_reported(project):
    """Dataview, Tasks and search blocks show their results in Obsidian, nothing on a card:
    a section of only one has nothing missing; an empty one is still named."""
    write(project / "vault" / "reading.md", QUERIES)

    result = run("check", "vault")

    assert result.stdout.splitlines() == [
        "vault/reading.md:24: warning: section 'Still to write' has nothing under it"
    ]


def test_a_section_of_only_an_address_and_a_to_do_is_named_as_giving_no_card(project):
    """`## Preflight` over a page's address and `TODO: …` in one paragraph has nothing to learn:
    named as a section of only a link is; a sentence beside the address keeps its card."""
    write(
        project / "web" / "http.md",
        "# HTTP\n\n## Preflight\nhttps://example.com/preflight\nTODO: 캐시 시간 정리\n\n"
        "## ETag\nhttps://example.com/etag\nA tag naming one version of a resource.\n",
    )

    result = run("check", "web")

    assert result.stdout.splitlines() == [
        "web/http.md:3: warning: section 'Preflight' gives no card"
    ]


def test_a_note_whose_front_matter_asks_for_no_cards_is_not_reported_for_them(project):
    write(project / "clean" / "draft.md", "---\ncards: off\n---\n# 초안\n\n## 나중에 정리\n")

    result = run("check", "--strict", "clean")

    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""


def test_json_lists_the_findings_for_tools(project):
    import json

    findings = json.loads(run("check", "--json").stdout)

    assert len(findings) == 15
    assert findings[0] == {
        "file": "source/net.md",
        "line": 3,
        "severity": "warning",
        "message": "section '비어 있는 절' has nothing under it",
    }


def test_many_notes_checked_on_all_cores_give_the_findings_of_one_process(project):
    from pathlib import Path

    from flashgen.check import check
    from flashgen.config import Settings

    for number in range(70):  # enough notes for worker processes
        write(
            project / "many" / f"net{number:02}.md",
            BROKEN.replace("# 네트워크", f"# 노트 {number}"),
        )
    write(project / "many" / "empty.md", "\n")
    for twin in ("twin_a.md", "twin_b.md"):  # one deck: the second asks the first's question
        write(project / "many" / twin, "# 쌍둥이\n## 용어\n- RTT: 왕복 시간\n")
    write(project / "many" / "legacy.md", "# 레거시\n- 내용\n", encoding="cp949")

    serial = check(Settings(sources=(Path("many"),), jobs=1))
    parallel = check(Settings(sources=(Path("many"),), jobs=2))

    assert parallel == serial
    shown = [str(problem) for problem in parallel]
    assert "many/empty.md: warning: empty note: gives no card" in shown
    assert any(line.startswith("many/legacy.md:1: error: not valid utf-8") for line in shown)
    assert any(
        line.startswith("many/twin_b.md:3: warning: 'RTT' is asked twice") and "twin_a.md:3" in line
        for line in shown
    )
    last = [line for line in shown if line.startswith("many/net69.md:")]
    assert (
        "many/net69.md:17: warning: '##핸드셰이크' is not a heading: put a space after '##' to make it one"
        in last
    )
    assert (
        "many/net69.md:39: warning: '{{c2::' is never closed with '}}': Anki shows nothing after it"
        in last
    )


def test_a_lone_cloze_never_closed_is_named_since_it_gives_no_cloze_card(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(
        tmp_path / "source" / "linux.md",
        "# Linux\n\n## 명령\n- {{c1::nohup}}은 로그아웃 후에도 실행한다\n"
        "- {{c1::bg 는 멈춘 작업을 뒤에서 잇는다\n\n"
        "- {{c1::fg\n  }}는 앞으로 가져온다\n\n`{{c1::` 처럼 코드 안에 쓴 것은 괜찮다\n",
    )

    result = CliRunner().invoke(main, ["check"])

    assert result.output.splitlines() == [
        "source/linux.md:5: warning: '{{c1::' is never closed with '}}', so this gives no "
        "cloze card",
        "1 warning, 0 errors in 1 note",
    ]


def test_a_front_page_of_links_dates_and_names_is_not_reported_as_giving_no_card(project):
    write(
        project / "front" / "README.md",
        "# CS 스터디\n\n## 네트워크\n- [TCP와 UDP](./network/tcp.md) - 민수\n"
        "- [DNS](./network/dns.md) - 영희\n\n## 일시\n📅 날짜: 2024.03.19\n\n"
        "## 빈 줄만\n<br>\n\n## 그 밖\n- 정리 예정\n",
    )

    result = run("check", "front")

    assert result.stdout.splitlines() == [
        "front/README.md:10: warning: section '빈 줄만' gives no card",
        "front/README.md:13: warning: section '그 밖' gives no card",
    ]


def test_a_missing_picture_is_named_though_its_card_is_left_out(tmp_path, monkeypatch):
    """A card that was only a picture is not made when the picture is missing; check still
    says which file is missing, for `![]()`, `<img>` and `![[…]]` alike."""
    monkeypatch.chdir(tmp_path)
    note = (
        '# 네트워크\n\n## 구성도\n![](img/none.png){: width="400"}\n\n'
        '## 라우터\n패킷의 길을 정한다.\n\n![[router.png]]\n<img src="img/hop.png">\n'
    )
    write(tmp_path / "source" / "net.md", note)

    result = run("check")

    assert result.stdout.splitlines() == [
        "source/net.md:4: warning: image not found: img/none.png",
        "source/net.md:9: warning: image not found: router.png",
        "source/net.md:10: warning: image not found: img/hop.png",
    ]


LONG_ANSWER = """\
# 데이터베이스

## 트랜잭션 격리 수준
READ UNCOMMITTED는 다른 트랜잭션이 아직 커밋하지 않은 변경까지 읽는다.
그래서 나중에 롤백될 값을 읽는 더티 리드가 생긴다.
가장 빠르지만 실무에서는 거의 쓰지 않는다.

READ COMMITTED는 커밋된 변경만 읽는다.
더티 리드는 없지만 한 트랜잭션 안에서 같은 행을 두 번 읽으면 값이 다를 수 있다.
이를 반복 불가능한 읽기라고 한다.

REPEATABLE READ는 트랜잭션이 처음 읽은 스냅숏을 끝까지 읽는다.
같은 행은 항상 같은 값으로 읽히지만 범위 조회에 새 행이 나타날 수 있다.
이를 팬텀 리드라고 한다.

SERIALIZABLE은 트랜잭션을 하나씩 차례로 실행한 것과 같은 결과를 보장한다.
가장 안전하지만 잠금이나 충돌 검사 때문에 동시성이 가장 낮다.
"""

PARTS_HEADED = (
    LONG_ANSWER.replace("## 트랜잭션 격리 수준\n", "## 트랜잭션 격리 수준\n### READ UNCOMMITTED\n")
    .replace("\nREAD COMMITTED는", "\n### READ COMMITTED\nREAD COMMITTED는")
    .replace("\nREPEATABLE READ는", "\n### REPEATABLE READ\nREPEATABLE READ는")
    .replace("\nSERIALIZABLE은", "\n### SERIALIZABLE\nSERIALIZABLE은")
)


def test_an_answer_too_long_to_recall_is_named_with_how_to_split_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "notes" / "db.md", LONG_ANSWER)

    result = run("check", "notes")

    assert result.stdout.splitlines() == [
        "notes/db.md:3: hint: the answer to '트랜잭션 격리 수준' runs 11 lines, more than a "
        "student recalls in one go (about 8): a heading over each of its parts makes each "
        "part a card of its own"
    ]
    assert "0 warnings, 0 errors, 1 hint in 1 note" in result.stderr


def test_a_hint_names_no_fault_so_strict_lets_it_pass(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "notes" / "db.md", LONG_ANSWER)

    assert run("check", "--strict", "notes").exit_code == 0
    findings = json.loads(run("check", "--json", "notes").stdout)
    assert [(f["line"], f["severity"]) for f in findings] == [(3, "hint")]


def test_following_the_hint_asks_each_part_on_its_own(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "notes" / "db.md", PARTS_HEADED)

    checked = run("check", "--strict", "notes")
    cards = json.loads(run("export", "--format", "json", "notes").stdout)

    assert "hint" not in checked.stdout and checked.exit_code == 0
    asked = {card["question"]: card["answer"] for card in cards}
    assert "더티 리드" in asked["READ UNCOMMITTED"]
    assert "팬텀 리드" in asked["REPEATABLE READ"]
    assert all(len(answer.splitlines()) <= 8 for answer in asked.values())


def test_code_and_written_cards_are_left_to_their_writer(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code = "\n".join(f"    step_{n}()" for n in range(30))
    long_written = "\n".join(f"A: 줄 {n}" if n == 0 else f"줄 {n}" for n in range(14))
    write(
        tmp_path / "notes" / "code.md",
        f"# 코드\n\n## 재시도 루프\n짧은 설명.\n\n```python\ndef retry():\n{code}\n```\n\n"
        f"## 직접 쓴 카드\nQ: 길게 쓴 답은?\n{long_written}\n",
    )

    assert "hint" not in run("check", "notes").stdout


def test_no_hints_leaves_only_the_faults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "notes" / "db.md", LONG_ANSWER + "\n## 비어 있는 절\n")

    result = run("check", "--no-hints", "notes")

    assert result.stdout.splitlines() == [
        "notes/db.md:19: warning: section '비어 있는 절' has nothing under it"
    ]
