"""`flashgen check` names what the build leaves out on purpose as no study material: a note
about the project itself, a week of a study plan, a syllabus that only names topics."""

from __future__ import annotations

import pytest

from .conftest import run, write

PRACTICE_WEEK = """\
# Algorithm practice

## Week 2 - Graphs

Graph questions come up a lot at larger companies.

| Problem | Difficulty | Judge |
| --- | --- | --- |
| Clone Graph | Medium | [Link](https://example.com/problems/clone-graph) |

## Week 3 - Scheduling

A scheduler picks which ready process runs next on the CPU.
"""

SYLLABUS = """\
# Interviews

## Topics to cover

### Graphs

- Link prediction
"""


@pytest.fixture
def notes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path / "source"


def checked(path, text: str) -> list[str]:
    """The lines `flashgen check` prints once `text` is written as the note at `path`."""
    write(path, text)
    return run("check").stdout.splitlines()


def test_a_note_about_the_project_is_named_once_with_why_it_gives_no_card(notes):
    warnings = checked(
        notes / "license.md", "# License\n\nMIT License.\n\n## Permissions\n\nYou may copy it.\n"
    )

    assert warnings == [
        "source/license.md:1: warning: note 'License' gives no card: it is about the project "
        "or its writer (a licence, changelog, contributing guide, a site's About page), not a "
        "subject"
    ]


def test_a_sites_about_page_gives_no_card_and_check_says_why(notes):
    warnings = checked(
        notes / "_pages" / "about.md",
        '---\ntitle: "About"\npermalink: /about/\n---\n\n안녕하세요! 논문 읽고 정리하는 블로그입니다.\n\n'
        "## 이 블로그에서 하는 것\n\n- 논문 리뷰 (주 1편 목표)\n- 수식은 직접 유도해 보기\n",
    )

    assert warnings == [
        "source/_pages/about.md:1: warning: note 'About' gives no card: it is about the "
        "project or its writer (a licence, changelog, contributing guide, a site's About "
        "page), not a subject"
    ]


def test_a_week_of_a_study_plan_is_named_as_such_and_a_week_of_lessons_is_carded(notes):
    warnings = checked(notes / "practice.md", PRACTICE_WEEK)

    assert warnings == [
        "source/practice.md:3: warning: section 'Week 2 - Graphs' gives no card: it is a week "
        "of a study plan, with problems to practise"
    ]


def test_a_syllabus_section_is_named_as_only_naming_topics(notes):
    warnings = checked(notes / "interviews.md", SYLLABUS)

    assert (
        "source/interviews.md:5: warning: section 'Graphs' gives no card: under a heading that "
        "plans study, it only names topics"
    ) in warnings


def test_a_checklist_of_what_to_study_under_a_plan_is_named_as_such(notes):
    warnings = checked(
        notes / "topics.md",
        "# Vision interviews\n\n## Topics to cover\n\n### Neural networks\n\n"
        "- Convolutional layers\n  - Solid understanding of how kernels slide over an image\n"
        "  - [EX] output size of a layer with stride 2\n- Pooling\n  - max pooling, average pooling\n"
        "- Batch normalization\n  - internal covariate shift\n",
    )

    assert (
        "source/topics.md:5: warning: section 'Neural networks' gives no card: under a heading "
        "that plans study, it is a checklist of what to study"
    ) in warnings


def test_a_period_of_a_named_study_plan_is_named_as_such(notes):
    warnings = checked(
        notes / "plan.md",
        "# Coding rounds\n\n## The six week study plan\n\n### Week 3 - 6: Mixed practice\n\n"
        "Do two mixed problems a day, and time yourself on each.\n",
    )

    assert (
        "source/plan.md:5: warning: section 'Week 3 - 6: Mixed practice' gives no card: it is a "
        "period of a study plan, saying what to do in it"
    ) in warnings


def test_a_section_of_a_roadmap_naming_only_topics_is_named_and_one_that_explains_is_not(notes):
    warnings = checked(
        notes / "roadmap.md",
        "# Backend Roadmap\n\n## Messaging\n\n- RabbitMQ\n- Kafka\n\n"
        "## Storage\n\n- Write-ahead log: changes are written to a log first\n",
    )

    assert warnings == [
        "source/roadmap.md:3: warning: section 'Messaging' gives no card: under a heading that "
        "plans study, it only names topics"
    ]


def test_a_file_listed_under_its_name_alone_is_named_with_why_it_gives_no_card(notes):
    warnings = checked(
        notes / "servlets.md",
        "# Servlets\n\nA servlet answers HTTP requests in Java.\n\n"
        "## 2.1 hello.jsp\n\n```\n<html><body>Hello</body></html>\n```\n",
    )

    assert warnings == [
        "source/servlets.md:5: warning: section '2.1 hello.jsp' gives no card: it only lists "
        "that file's code, which no card asks to recall"
    ]


def test_a_review_of_the_notes_writing_is_named_with_why_it_gives_no_card(notes):
    warnings = checked(
        notes / "oauth.md",
        "# OAuth\n\n## Code flow\n\nThe client trades a short-lived code for an access token.\n\n"
        "### Suggestions for Improvement\n\n"
        "- It might be helpful to add a brief explanation that access tokens expire.\n"
        "- The term refresh token could be clarified further.\n",
    )

    assert warnings == [
        "source/oauth.md:7: warning: section 'Suggestions for Improvement' gives no card of its "
        "own: it reviews how the note is written, not its subject"
    ]


def test_an_index_of_notebooks_and_a_list_of_bracketed_note_titles_are_named(notes):
    warnings = checked(
        notes / "coding.md",
        "# ML coding\n\nEach model is written from scratch in numpy.\n\n## Models\n\n"
        "- Linear regression ([code](./nb/linear.ipynb)) ✅\n"
        "- K-means ([code](./nb/kmeans.ipynb)) ✅\n\n"
        "## See\n\n- [Gradient descent from scratch]\n",
    )

    assert warnings == [
        "source/coding.md:5: warning: section 'Models' gives no card of its own: it is an index "
        "of the writer's notebooks (a code link by each topic)",
        "source/coding.md:10: warning: section 'See' gives no card of its own: it only names "
        "other notes, in brackets",
    ]


def test_a_pages_opening_that_speaks_of_the_page_is_named(notes):
    warnings = checked(
        notes / "onsite.md",
        "---\ntitle: Onsite interviews\n---\n\nEvery loop ends with small talk.\n\n"
        "Here, I present the habits that made my own onsites go well.\n\n"
        "## Bring water\n\nA bottle lets you pause without asking for one.\n",
    )

    assert warnings == [
        "source/onsite.md:1: warning: the opening of 'Onsite interviews' gives no card: it "
        "speaks of the page itself, not its subject"
    ]


def test_an_opening_that_only_says_how_its_subject_counts_in_interviews_is_named(notes):
    warnings = checked(
        notes / "trie.md",
        "# 트라이\n\n> 면접 단골 질문. 그냥 외우지 말고 구조랑 같이 설명할 수 있어야 함.\n\n"
        "## 구조\n\n각 노드가 문자 하나를 나타낸다.\n",
    )

    assert warnings == [
        "source/trie.md:1: warning: the opening of '트라이' gives no card: it only says how the "
        "subject counts in interviews or what the reader should know"
    ]


def test_an_introduction_that_only_says_what_the_reader_should_know_is_named(notes):
    warnings = checked(
        notes / "coloring.md",
        "# Graph coloring\n\n## Introduction\n\nGraph coloring rarely comes up in coding "
        "interviews. You should at least know how to two-colour a bipartite graph.\n\n"
        "## Corner cases\n\n- A graph with no edges needs one colour.\n",
    )

    assert warnings == [
        "source/coloring.md:3: warning: section 'Introduction' gives no card: it only says how "
        "the subject counts in interviews or what the reader should know"
    ]


def test_a_notes_first_heading_that_only_announces_the_lesson_is_named(notes):
    warnings = checked(
        notes / "sync.md",
        "## 동기와 비동기\n\n이번 시간에는 동기와 비동기의 차이를 알아보자.\n\n"
        "## 동기\n\n요청한 작업이 끝나야 다음 작업을 시작하는 방식이다.\n",
    )

    assert warnings == [
        "source/sync.md:1: warning: section '동기와 비동기' gives no card: it opens the note "
        "by speaking of the page itself, not its subject"
    ]


def test_a_section_describing_the_pages_layout_is_named(notes):
    warnings = checked(
        notes / "cheatsheets.md",
        "# Cheatsheets\n\nOne page per data structure.\n\n## What each page holds\n\n"
        "For each topic, you can expect to find:\n\n1. An overview\n1. Corner cases\n",
    )

    assert warnings == [
        "source/cheatsheets.md:5: warning: section 'What each page holds' gives no card of its "
        "own: it describes the page's own layout, not a subject"
    ]


def test_a_section_of_links_to_practise_is_named_and_an_index_of_notes_is_not(notes):
    warnings = checked(
        notes / "graphs.md",
        "# Graphs\n\nA graph is a set of nodes joined by edges.\n\n## Practice questions\n\n"
        "_Do these after the basics._\n\n- Search\n  - [Clone Graph](https://example.com/p/1)\n"
        "  - [Course Schedule](https://example.com/p/2)\n\n## Notes\n\n"
        "- [BFS](./bfs.md)\n- [DFS](./dfs.md)\n",
    )

    assert warnings == [
        "source/graphs.md:5: warning: section 'Practice questions' gives no card of its own: it "
        "only lists links to problems or pages elsewhere"
    ]


def test_a_note_holding_only_a_placeholder_is_named_as_such(notes):
    warnings = checked(notes / "trial.md", "# Test File\n\n테스트 파일입니다.\n")

    assert warnings == [
        "source/trial.md:1: warning: note 'Test File' gives no card: it holds only a placeholder"
    ]


def test_a_chatty_opening_setting_off_on_the_page_is_named_and_its_headings_carded(notes):
    warnings = checked(
        notes / "build.md",
        "개발을 하다 보면 빌드 도구를 자주 만나게 된다.\n\n지금부터 알아보자!!\n\n"
        "## 빌드 도구\n\n소스 코드를 실행 가능한 결과물로 만드는 과정을 자동화하는 도구이다.\n",
    )

    assert warnings == [
        "source/build.md:1: warning: the opening of 'build' gives no card: it speaks of the page "
        "itself, not its subject"
    ]


def test_advice_on_using_a_study_plan_and_a_list_of_cheatsheets_are_named_with_why(notes):
    warnings = checked(
        notes / "prep.md",
        "# Prep\n\n## Study plan for six weeks\n\nIn each study plan, you will find topics to "
        "work through every week.\n\n### Week 1 - 2: Arrays\n\n#### Strings\n\nA string is "
        "immutable in most languages.\n\n## Study with cheatsheets\n\nI recommend keeping the "
        "following cheatsheets open while you practise:\n\n- **Complexity**: running times\n"
        "- **Patterns**: which technique fits\n\n### Complexity\n\nLookup in a hash table "
        "takes constant time on average.\n",
    )

    assert warnings == [
        "source/prep.md:3: warning: section 'Study plan for six weeks' gives no card of its "
        "own: it says how to use the study plan, whose periods follow",
        "source/prep.md:13: warning: section 'Study with cheatsheets' gives no card of its own: "
        "it only recommends resources to study with",
    ]


def test_the_writers_account_of_a_course_they_used_is_named_with_why(notes):
    warnings = checked(
        notes / "practice.md",
        "# Practice\n\n## AlgoCamp\n\nI was introduced to [algocamp.dev](https://algocamp.example/)"
        " by a classmate, and found it very useful.\n\n## Recursion\n\nA recursive function "
        "calls itself on a smaller input until it reaches a base case.\n",
    )

    assert warnings == [
        "source/practice.md:3: warning: section 'AlgoCamp' gives no card of its own: it tells "
        "how a course or site served the writer"
    ]


def test_a_section_presenting_a_linked_page_and_a_files_listing_are_named_with_why(notes):
    code = "\n".join(f"    String part{n}();" for n in range(8))
    warnings = checked(
        notes / "rounds.md",
        "# Rounds\n\n## Techniques\n\nHere is [a list of techniques](./techniques.md) for "
        "getting unstuck.\n\nThey help most on questions you have never seen.\n\n"
        "## Container start\n\nThe container reads the configuration, then creates each bean "
        "and wires it to the others.\n\n`BeanFactory` creates the beans; `Container` adds "
        "events and messages to it.\n\nNo code of its own creates the objects: it reads "
        "settings and applies inversion of control.\n\nMost applications use the container "
        "rather than the factory.\n\n**Container.java**\n```\npublic interface Container {\n"
        f"{code}\n}}\n```\n",
    )

    assert warnings == [
        "source/rounds.md:3: warning: section 'Techniques' gives no card of its own: it "
        "presents a page elsewhere, through its link",
        "source/rounds.md:19: warning: 'Container.java' gives no card: it only lists that "
        "file's code, which no card asks to recall",
    ]


def test_a_bank_of_interview_questions_is_named_once_and_questions_to_ask_are_carded(notes):
    warnings = checked(
        notes / "behavioral.md",
        "# Behavioral rounds\n\n## Initech behavioral interview questions\n\n"
        "Show why the mission matters to you.\n\n"
        "- Why do you want to join Initech?\n- Tell me about a time you disagreed.\n"
        "- What is a product you love?\n\n"
        "## Best questions to ask about the team\n\nAsk these near the end.\n\n"
        "- How is performance measured?\n- What would my first project be?\n"
        "- Who decides what to build next?\n",
    )

    assert warnings == [
        "source/behavioral.md:3: warning: section 'Initech behavioral interview questions' gives "
        "no card: it only lists questions an interviewer may ask, with no answers under them"
    ]


def test_the_writers_own_cheatsheets_presented_are_named_with_why(notes):
    warnings = checked(
        notes / "coding.md",
        "# Coding rounds\n\n## Union-find\n\nIt keeps disjoint sets.\n\n"
        "## My (free) graph problems cheatsheets\n\n"
        "These one-page sheets got me through my own interviews - they work.\n",
    )

    assert warnings == [
        "source/coding.md:7: warning: section 'My (free) graph problems cheatsheets' gives no "
        "card of its own: it presents the writer's own guide or cheatsheets"
    ]


def test_a_section_advertising_a_service_is_named_with_why(notes):
    warnings = checked(
        notes / "salary.md",
        "# Salary talks\n\n## Payup\n\nPayup pairs you with a coach, and you pay only if your "
        "offer goes up. Check out [Payup](https://payup.example/?utm_medium=referral).\n\n"
        "## Be clear\n\nTell every company what it would take to win you.\n",
    )

    assert warnings == [
        "source/salary.md:3: warning: section 'Payup' gives no card of its own: it advertises "
        "a product or service, not a subject"
    ]


def test_a_template_for_writing_notes_is_named_once_with_why_it_gives_no_card(notes):
    warnings = checked(
        notes / "template.md",
        "# 제목을 입력해 주세요\n\n## 소제목\n- 소제목은 ## 으로 시작합니다.\n",
    )

    assert warnings == [
        "source/template.md:1: warning: note '제목을 입력해 주세요' gives no card: its title asks "
        "to be filled in: it is a template for writing notes, not a subject"
    ]


def test_a_study_groups_goals_and_its_description_of_itself_are_named(notes):
    warnings = checked(
        notes / "README.md",
        "# 면접 스터디\n\n## 소개\n- 면접 지식을 정리해 놓은 저장소입니다.\n\n"
        "## 목표\n- 기본 지식을 습득한다.\n- 설명하는 연습을 한다.\n\n"
        "## DNS\n도메인 이름을 IP 주소로 바꿔 주는 시스템이다.\n",
    )

    assert warnings == [
        "source/README.md:3: warning: section '소개' gives no card of its own: it is the "
        "collection describing itself, not a subject",
        "source/README.md:6: warning: section '목표' gives no card: it states a study group's "
        "goals (what it means to learn), not a subject",
    ]


def test_a_note_that_gives_no_card_is_named_even_when_none_of_its_headings_is(notes):
    # An index of other notes: its links are left out on purpose, heading by heading,
    # and the note as a whole must still not vanish from the decks unsaid.
    warnings = checked(
        notes / "index.md", "# Network\n\n[TCP](tcp.md)\n\n[UDP](udp.md)\n\n[IP](ip.md)\n"
    )

    assert warnings == ["source/index.md: warning: no cards found in this note"]


def test_a_sample_with_blanks_to_fill_in_is_named_with_why_also_with_a_pointer_box_after(notes):
    warnings = checked(
        notes / "resume.md",
        "# Resume\n\n## Contact details\n\nPut your name and email at the very top.\n\n"
        "## New graduate\n\nFinal year student at University X. Interned at X companies.\n\n"
        ":::info\n\nRead more about summaries on [Guide](https://example.com/summary).\n\n:::\n",
    )

    assert warnings == [
        "source/resume.md:7: warning: section 'New graduate' gives no card of its own: it is a "
        "sample with blanks to fill in, to copy, not to recall"
    ]


def test_a_sample_answer_quoted_in_the_first_person_is_named_with_why(notes):
    warnings = checked(
        notes / "intro.md",
        "# Self introduction\n\n## Keep it short\n\nTwo minutes is enough for most rounds.\n\n"
        '## Sample\n\n> "Hi, I\'m Dana. I graduated last year and I build payment systems."\n',
    )

    assert warnings == [
        "source/intro.md:7: warning: section 'Sample' gives no card of its own: it is a sample "
        "answer quoted in the first person, to imitate"
    ]


SAMPLE_QUESTIONS = """\
# Design interviews

## Design sample questions

### Ranking

- **Feed ranking system**
  - Notification ranking
  - Story ranking
"""


def test_titles_of_sample_questions_over_their_variants_are_named_as_problems_to_practise(notes):
    warnings = checked(notes / "design.md", SAMPLE_QUESTIONS)

    assert (
        "source/design.md:5: warning: section 'Ranking' gives no card: under a heading over "
        "sample questions, it only names problems to practise"
    ) in warnings


def test_a_list_of_problems_to_practise_is_named_with_why(notes):
    warnings = checked(
        notes / "graphs.md",
        "# Graphs\n\n## Flood fill\n\nPaint every connected cell.\n\n"
        "## Practice\n\n200, 695, 733 (starts from one cell), 1020\n",
    )

    assert warnings == [
        "source/graphs.md:7: warning: section 'Practice' gives no card: it only names problems "
        "to practise on a judge's site"
    ]


def test_a_leftover_heading_over_names_only_is_named_outside_a_syllabus_too(notes):
    warnings = checked(
        notes / "puzzles.md",
        "# Puzzles\n\n## Grids\n\n- Flood fill: paint every connected cell\n\n"
        "## Other\n\n- Coin change\n- Tower of Hanoi\n",
    )

    assert warnings == [
        "source/puzzles.md:7: warning: section 'Other' gives no card: it only names what did "
        "not fit elsewhere, asking nothing"
    ]


def test_a_first_heading_that_only_tells_why_to_read_on_is_named(notes):
    warnings = checked(
        notes / "lb.md",
        "# 로드 밸런서\n\n## 처음 들었을 때\n\n"
        "- 회의에서 이 말을 자주 듣게 된다.\n"
        "  > **로드 밸런서** 설정은 건드리지 마세요.\n"
        "- 그래서 이 글을 통해 어떤 역할을 하는지 알아 봅시다.\n\n"
        "## 로드 밸런서란?\n\n- 여러 서버에 요청을 나누어 보내는 장치이다.\n",
    )

    assert warnings == [
        "source/lb.md:3: warning: section '처음 들었을 때' gives no card: it only tells why "
        "to read on, leading into the page below"
    ]


def test_a_task_set_with_no_answer_is_named_with_why_it_gives_no_card(notes):
    warnings = checked(
        notes / "heap.md",
        "# 힙\n\n## 삽입\n\n마지막 자리에 넣고 위로 올린다.\n\n### 퀴즈\n\n"
        "이 순서로 넣으면 힙이 어떻게 될지 생각해 보자! (숙제)\n\n1. insert(7)\n2. insert(3)\n",
    )

    assert warnings == [
        "source/heap.md:7: warning: section '퀴즈' gives no card of its own: it only sets the "
        "reader a task to work out, with no answer to recall"
    ]


def test_a_course_hubs_logistics_and_an_exam_report_are_named_with_why(notes):
    warnings = checked(
        notes / "BIO 3110.md",
        "# BIO 3110\n\n## Logistics\n- T/Th 9:30, clickers count\n"
        "- textbook: Essential Cell Biology\n- grading: exams 45%, final 25%\n\n"
        "## Midterm\nScore: 41/50. Lost points on the Nernst question.\n\n"
        "## Membrane potential\nResting potential is about −70 mV, set mostly by K⁺ leak.\n",
    )

    assert warnings == [
        "source/BIO 3110.md:3: warning: section 'Logistics' gives no card: it tells how the "
        "course is run (its hours, exams, grading), not what it teaches",
        "source/BIO 3110.md:8: warning: section 'Midterm' gives no card of its own: it is the "
        "writer's report on an exam they sat, with their own mark",
    ]
