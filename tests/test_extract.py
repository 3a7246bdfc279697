"""Golden cases: a Markdown note beside the cards it must give.

Each file in fixtures/cards/ holds cases as `title / . / note / . / cards / .`, the
format markdown-it-py uses for its own fixtures, so a reviewer reads a note and its
cards side by side.
"""

from __future__ import annotations

import json
from pathlib import Path
from textwrap import indent

import pytest
from markdown_it.utils import read_fixture_file

from flashgen.extract import extract_cards
from flashgen.model import Card, CardKind, Note
from flashgen.parse import parse_note

from .conftest import FIXTURES, run, write

CASES = [
    pytest.param(note, expected, id=f"{path.stem}:{line}:{title}")
    for path in sorted((FIXTURES / "cards").glob("*.md"))
    for line, title, note, expected in read_fixture_file(path)
]


def cards_of(markdown: str, name: str = "note.md") -> list[Card]:
    return extract_cards(parse_note(Note(Path(name), name, markdown)))


def describe(cards: list[Card]) -> str:
    """Cards as a person reads them: deck, context, front, and the back indented below.

    A card of another kind than basic says so; a cloze's back may be empty."""
    if not cards:
        return "(no cards)\n"
    return "\n".join(
        f"deck: {card.deck_name}\n"
        + (f"kind: {card.kind}\n" if card.kind is not CardKind.BASIC else "")
        + f"context: {' › '.join(card.context) or '(none)'}\n"
        f"front: {card.question}\n"
        + (f"back:\n{indent(card.answer, '  ')}\n" if card.answer else "")
        for card in cards
    )


@pytest.mark.parametrize(("note", "expected"), CASES)
def test_note_gives_the_cards_a_student_would_write(note, expected):
    assert describe(cards_of(note)) == expected


def test_a_note_named_for_questions_makes_no_card_of_its_bare_questions():
    """`os_expected_questions.md` lists questions under topic headings (`## 교착 상태`): with
    no answers there is nothing to put on a back, whatever the headings say."""
    note = "# 운영체제\n\n## 교착 상태\n1. 교착 상태의 네 가지 조건\n2. 회피와 예방의 차이\n"
    assert cards_of(note, "interview/os_expected_questions.md") == []
    assert [card.question for card in cards_of(note, "os.md")] == ["교착 상태"]


def test_a_note_named_only_by_an_aspect_asks_it_of_its_folder():
    """A vault files a subject's parts under its folder (`Batch scheduling/Advantages and
    Disadvantages.md`): the note's front says of what, as a heading's would; its deck keeps
    the file's name, beside the folder's other notes."""
    note = "| Algorithm | Advantages |\n| --- | --- |\n| FCFS | simple |\n| SJF | short waits |\n"
    named = cards_of(note, "Batch scheduling/Advantages and Disadvantages.md")
    assert [(card.deck_name, card.question) for card in named] == [
        ("Advantages and Disadvantages", "Batch scheduling › Advantages and Disadvantages")
    ]
    own = cards_of(note, "Batch scheduling/FCFS.md")
    assert [card.question for card in own] == ["FCFS"]


def test_a_note_named_by_a_slug_asks_its_words_not_its_folder_twice():
    """`Network/network_tcp_handshake.md` with no title: the front says `tcp handshake`, as a
    student would, not the file's name with its underscores and the folder it sits in; the
    deck keeps the file's name, which sorts the notes. A date or a hyphenated name stays."""
    note = "TCP opens a connection with three messages: SYN, SYN-ACK, ACK.\n"
    named = cards_of(note, "Network/network_tcp_handshake.md")
    assert [(card.deck_name, card.question) for card in named] == [
        ("network_tcp_handshake", "tcp handshake")
    ]
    assert [card.question for card in cards_of(note, "tcp_handshake.md")] == ["tcp handshake"]
    assert [card.question for card in cards_of(note, "Network/three-way-handshake.md")] == [
        "three-way-handshake"
    ]
    assert [card.question for card in cards_of(note, "Network/network_basics.md")] == [
        "network basics"
    ]


def test_a_summary_with_a_summary_of_its_own_keeps_both_on_cards():
    """`### 정리` closing the last of three sections, with `#### 요약` under it: the first
    sums the sections up and moves beside them, taking the second along; neither is lost."""
    note = "# Notes\n\n## A\n\nText a.\n\n## B\n\nText b.\n\n## C\n\nText c.\n\n"
    note += "### 정리\n\n- Sum one.\n\n#### 요약\n\n- Sum two.\n"
    backs = "\n".join(card.answer for card in cards_of(note))
    assert "Sum one." in backs
    assert "Sum two." in backs


_SITE_README = """# Packet notes

### Installation

```
$ yarn
```

### Local Development

```
$ yarn start
```

Starts a local server; most edits show without a restart.

### Deployment

```
$ GIT_USER=<your name> yarn deploy
```

## Conventions

- `$...$` is a formula in TeX
- **Q:** / **A:** pairs are what I drill before exams
- 🔥 = asked often

## Installation of a router

```
$ ssh admin@router
```

## TCP handshake

- **SYN**: the client asks to open a connection.
- **SYN-ACK**: the server agrees.
"""


def test_a_front_page_says_how_to_build_its_site_and_write_its_notes_on_no_card():
    """A README or a site's index page: its sections on installing, serving or deploying
    the site with its commands, and its legend of the marks its notes use, are about the
    collection. A section under another title, or with other code, stays; so does the
    same text in an ordinary note."""
    fronts = [card.question for card in cards_of(_SITE_README, "site/README.md")]
    assert fronts == ["Installation of a router", "TCP handshake", "SYN", "SYN-ACK"]
    assert [card.question for card in cards_of(_SITE_README, "docs/index.md")] == fronts
    kept = [card.question for card in cards_of(_SITE_README, "packets.md")]
    assert {"Installation", "Local Development", "Deployment", "Conventions"} <= set(kept)


def test_a_front_pages_section_teaching_with_commands_or_notation_keeps_its_card():
    """`## Installation` over `apt-get install nginx`, `## Notation` saying in prose what a
    symbol means: a README's section that teaches keeps its card."""
    note = (
        "# Web servers\n\n## Installation\n\n```\n$ sudo apt-get install nginx\n```\n\n"
        "Installs nginx and starts it as a service.\n\n## Notation\n\n"
        "In these formulas, n is the number of requests and t the time each takes.\n"
    )
    fronts = [card.question for card in cards_of(note, "README.md")]
    assert fronts == ["Installation", "Notation"]


_STUDY_GROUP_README = """# 🐳 kr-devops-study

## 👥 멤버

| 이름 | GitHub | 하는 일 | 정리 스타일 |
|:---:|:---|:---|:---|
| 김민수 | [@minsu-kim-dev](https://github.com/minsu-kim-dev) | 백엔드 3년차 | 개념 정리 |
| 박지연 | [@jiyeon-p](https://github.com/jiyeon-p) | 인프라 엔지니어, **총무** | 핵심만 요약 |

> 정리 스타일은 **각자 편한 대로**. 형식 통일 안 함!

## 📏 스터디 규칙

- 매주 **토요일 오전 10:00 ~ 12:00**, 디스코드
- 주차별 폴더에 `본인이름.md` 로 정리 → **금요일 23:59까지 PR**

## 📝 출석 / 벌금 기록

| 주차 | 민수 | 지연 | 메모 |
|:---:|:---:|:---:|---|
| 1 | ✅ | ✅ | 첫 주 무사 통과 |
| 2 | ✅ | ⏰ 지각 (-2,000) | |

## 이미지 레이어

- 이미지는 읽기 전용 레이어의 스택, 컨테이너는 그 위에 쓰기 레이어 하나를 더 얹은 것
"""


def test_a_study_groups_front_page_gives_no_card_of_its_members_rules_or_fines():
    """A study group's README: its table of members with their GitHub profiles in a column,
    its rules and its attendance and fines are how the group is run; the section on the
    subject stays. The same sections in an ordinary note are read as any section, but the
    table of members by their profiles goes there too."""
    fronts = [card.question for card in cards_of(_STUDY_GROUP_README, "README.md")]
    assert fronts == ["이미지 레이어"]
    kept = [card.question for card in cards_of(_STUDY_GROUP_README, "week01/minsu.md")]
    assert "멤버 › 김민수" not in kept
    assert {"멤버", "출석 / 벌금 기록", "이미지 레이어"} <= set(kept)


_COURSE_README = """# CHEM 210 — Organic chemistry

## Course description (copied from the syllabus)

> Structure and reactions of carbon compounds, with an emphasis on mechanisms.

Prereqs: CHEM 110.

## Grading

| Part | Weight |
|---|---|
| Labs | 30% |
| Final | 70% |

## Conventions

- Curly arrows are drawn from the electrons that move.
- "TODO" means I have not checked the mechanism yet.

## 정리 규칙

- 반응 하나에 한 페이지
- 메커니즘은 그림 없이 말로 설명할 수 있게 쓰기

## 시험 정보 (메모)

- 필기: 객관식 40문항, 60점 이상 합격
- 실기: 서술형 5문항

## 표시 규칙

- ★ : 자주 나옴
- **[암기]** : 그냥 외우는 게 빠른 것

## How I use this

1. Read a page the night before the lab.
2. Draw each mechanism from memory.

## SN2 reaction

- The nucleophile attacks as the leaving group leaves, in one step.
"""


def test_a_front_pages_course_blurb_legend_and_writing_rules_give_no_card():
    """A README's syllabus blurb and grading, what its exam is like, its legend of how the
    notes are written in the writer's words or of the marks they use, its rules for writing the notes up and how the writer uses them:
    about the course and the collection, not a subject. The same sections in an ordinary
    note (a course's `Grading`, a chemistry page's `Conventions`) stay."""
    fronts = [card.question for card in cards_of(_COURSE_README, "README.md")]
    assert fronts == ["SN2 reaction"]
    kept = [card.question for card in cards_of(_COURSE_README, "organic.md")]
    assert {
        "Grading",
        "Conventions",
        "정리 규칙",
        "SN2 reaction",
        "필기",
        "표시 규칙 › 암기",
    } <= set(kept)


_EXAM_README = """# 전기기사 실기 정리

## 시험 일정 (2025 기준)

| 회차 | 원서접수 | 시험 |
|---|---|---|
| 1회 | 3/10 ~ 3/13 | 4/19 |
| 2회 | 6/9 ~ 6/12 | 7/19 |

- 나: **2회** 응시 → D-day 7/19

### 시험 형식

- 필답형 18문항, **60점 이상 합격**
- 요즘 추세: 계산 문제 비중 커짐

## 변압기 효율

- 최대 효율 조건: 철손 = 동손
"""


def test_a_front_pages_exam_schedule_and_format_give_no_card():
    """A README's `## 시험 일정 (2025 기준)` over the dates of the sittings and the writer's
    own, and its `### 시험 형식` under it (the number of questions, the pass mark, the trend):
    when and how the exam is run, not what it asks; they were cards of the table, of `나`,
    of `요즘 추세` and clozes of their bold. The same sections in an ordinary note stay."""
    fronts = [card.question for card in cards_of(_EXAM_README, "README.md")]
    assert fronts == ["최대 효율 조건"]
    kept = [card.question for card in cards_of(_EXAM_README, "transformers.md")]
    assert {"시험 일정 (2025 기준)", "시험 형식", "최대 효율 조건"} <= set(kept)


_NOTES_README = """\
# 일본어 공부 노트

## 노트 목록
1. [문법 패턴](01_문법.md) — 뜻 / 접속 / 예문
2. [경어](02_경어.md) — 존경어/겸양어 표
3. [오답노트](03_오답.md) — 회차별 점수, 틀린 문제

## Layout

```
.
├── README.md        <- you are here
├── 01_문법.md       <- grammar patterns
└── 02_경어.md
```

## Resources I keep going back to
- NHK Easy News, for reading every morning
- the grammar book, one pattern a day

## 공부 계획

### 평일 루틴
1. 출근 지하철 (35분): 단어 앱 50개 + 청해 1트랙
2. 점심 (15분): 문법 패턴 3개

## 경어의 종류
- 존경어: 상대의 행동을 높임
- 겸양어: 나의 행동을 낮춤
"""


def test_a_front_pages_map_of_its_notes_its_tree_its_resources_and_plan_give_no_card(tmp_path):
    """A README's `## 노트 목록` over the notes beside it, each a link and a few words on it
    (they were cards asking `경어` ⟶ `존경어/겸양어 표`), its drawn tree of files with the
    writer's `<- you are here` beside them, its `Resources I keep going back to` and its
    `## 공부 계획` with the routine under it (`출근 지하철 (35분)` ⟶ `단어 앱 50개 …`): where and
    when to read, not what. A section teaching stays; in another note the plan is read as
    before."""
    write(tmp_path / "notes" / "README.md", _NOTES_README)
    for name in ("01_문법", "02_경어", "03_오답"):
        write(tmp_path / "notes" / f"{name}.md", f"# {name}\n\n- 뜻: 의미\n")
    out = tmp_path / "cards.json"
    assert run("export", str(tmp_path / "notes"), "--format", "json", "-o", str(out)).exit_code == 0
    cards = json.loads(out.read_text("utf-8"))
    fronts = [card["question"] for card in cards if card["source"]["file"] == "README.md"]
    assert fronts == ["경어의 종류", "존경어", "겸양어"]
    assert "출근 지하철 (35분)" in [card.question for card in cards_of(_NOTES_README, "plan.md")]


_VAULT_HOME = """\
# Garden

## Rules for myself
1. One note = one plant. Split a note when it grows long.
2. Daily notes hold only what I did in the garden that day.
3. Photos go in the attachments folder.

## Rules
1. Water before the sun is high.
2. Never prune in frost.
"""


def test_a_front_pages_rules_for_keeping_its_notes_give_no_card():
    """A vault's `Home.md` or a README: rules on how the notes are written and filed give no
    card; rules of a subject under the same title, and the same rules in another note, stay."""
    assert [card.question for card in cards_of(_VAULT_HOME, "Home.md")] == ["Rules"]
    assert [card.question for card in cards_of(_VAULT_HOME, "README.md")] == ["Rules"]
    kept = [card.question for card in cards_of(_VAULT_HOME, "garden.md")]
    assert kept == ["Rules for myself", "Rules"]


_REPOSITORY_README = """# Network study

Everyone writes up one topic a week and we quiz each other on Saturdays.

## Members

| Mina | Joon |
|---|---|
| [@mina-k](https://github.com/mina-k) | [@joon-p](https://github.com/joon-p) |
| OSI, TCP | HTTP, DNS |

## Notes

| Note | What's in it |
|---|---|
| [TCP](network/tcp.md) | handshake, flow control, congestion control |
| [DNS](network/dns.md) | resolvers, record types, caching |

## Layout

```
.
├── README.md
└── network
    ├── tcp.md
    └── dns.md
```

## Conventions (for me)

1. Read the chapter.
2. Write the note without the book.

## Ports to know

- 53: DNS
- 443: HTTPS
"""


def test_a_repositorys_readme_says_what_the_collection_is_on_no_card():
    """The README at the top of a repository of notes: the text under its title (what the
    repository is), its members' profiles, its index of notes with what each holds, a drawn
    tree of its files, and a section its title keeps for the writer (`(for me)`) are about
    the collection, not a subject; its section teaching ports stays. The same page as an
    ordinary note, or as a chapter's README in a folder, keeps its opening's card."""
    fronts = [card.question for card in cards_of(_REPOSITORY_README, "README.md")]
    assert fronts == ["Ports to know"]
    assert [card.question for card in cards_of(_REPOSITORY_README, "docs/index.md")] == fronts
    chapter = [card.question for card in cards_of(_REPOSITORY_README, "network/README.md")]
    assert "Network study" in chapter
    kept = [card.question for card in cards_of(_REPOSITORY_README, "study.md")]
    assert "Network study" in kept and "Conventions (for me)" in kept


def test_a_project_tree_and_a_table_of_web_pages_keep_their_cards():
    """A drawn tree of a project's source files (what a note on a build tool teaches) and a
    table whose rows open on pages elsewhere, not notes of the collection, stay cards."""
    note = (
        "# Maven\n\n## Project layout\n\n```\n.\n├── pom.xml\n└── src\n    ├── Main.java\n"
        "    └── MainTest.java\n```\n\n## Specs\n\n| Spec | Covers |\n|---|---|\n"
        "| [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110) | HTTP semantics and methods |\n"
        "| [RFC 9111](https://www.rfc-editor.org/rfc/rfc9111) | HTTP caching and freshness |\n"
    )
    fronts = [card.question for card in cards_of(note, "README.md")]
    assert "Project layout" in fronts and "Specs" in fronts


_DASHBOARD = """\
# 임용 대시보드

> 목표: 1차 80점 이상

## 시험 정보

| 교시 | 과목 | 배점 |
| --- | --- | --- |
| 1교시 | 교육학 | 20 |
| 2교시 | 전공 A | 40 |
| 3교시 | 전공 B | 40 |

## 공부 계획

- 오전: 전공 이론 1회독
- 오후: 기출 풀이
- 밤: 오답 정리
"""


def test_a_workspaces_dashboard_is_its_front_page():
    """A Notion workspace's `임용 대시보드 <page id>.md` is the page its study opens on, as a
    README is: its goal, the exam's format and the study plan give no card (`오전` ⟶ `전공 이론
    1회독` asked the writer's routine). A note named for a subject's dashboard (`Grafana
    dashboard`) is no front page, and keeps its cards."""
    assert cards_of(_DASHBOARD, "임용 대시보드 0f3c9a1e2b7d4c6a8e5f1b2c3d4e5f6a.md") == []
    fronts = [card.question for card in cards_of(_DASHBOARD, "Grafana dashboard.md")]
    assert "오전" in fronts
