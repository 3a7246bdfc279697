"""A front page (a README, a site's index page) saying how to build the site its notes are
published on, or how its notes are written: about the collection, not a subject."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePosixPath

from flashgen.extract.skip.common import NOT_WORDS
from flashgen.flavours.notion import without_page_id
from flashgen.model import Section
from flashgen.patterns import lazy
from flashgen.syntax import Node

_FRONT_PAGES = {"readme", "index", "_index", "home"}
_DASHBOARD = lazy(
    r"^\W*(?:[^\n]{0,12}?(?:study|learning|revision|exam)\s+)?dashboard$|"
    r"^\W*(?:[\w ]{0,12}\s)?대시보드$",
    re.IGNORECASE,
)
"""`국시 대시보드`, `Study Dashboard`, `📚 Dashboard`: a workspace's page over the others, as Notion
users keep one (not `Grafana dashboard`, a subject)."""


@lru_cache(maxsize=256)
def is_front_page(name: str) -> bool:
    """`README.md`, `docs/index.md`, a vault's `Home.md`, a workspace's `국시 대시보드 <id>.md`
    (Notion's page id aside): the page a repository, a site, a vault or a workspace opens on,
    where it says how it is built, how its notes are written and how the study goes."""
    stem = without_page_id(PurePosixPath(name).stem).strip()
    return stem.lower() in _FRONT_PAGES or _DASHBOARD.search(stem) is not None


_SITE_FOLDERS = {"", "docs"}


def opens_the_collection(name: str) -> bool:
    """`README.md` at the top of a repository of notes, `index.md` or `docs/index.md` of a
    site: the page the whole collection opens on, whose text under its title says what the
    collection is (`Personal notes from learning Go, coming from Java.`, `> 신입 백엔드
    면접 대비 네트워크 스터디입니다.`), not what a subject is. A chapter's `os/README.md`
    opens only its folder, and may teach."""
    path = PurePosixPath(name)
    return path.parent.as_posix().strip(".") in _SITE_FOLDERS and is_front_page(name)


_BUILD_TITLES = {
    "installation", "install", "installing", "local development", "development",
    "build", "building", "deployment", "deploy", "deploying", "how to build",
    "how to run", "how to run locally", "run locally", "running locally", "build locally",
    "building locally", "serve locally", "serving locally", "local preview",
    "building the site", "building the docs", "build the site", "build the docs",
    "설치", "빌드", "배포", "로컬 실행", "로컬 개발", "실행 방법", "빌드 방법", "설치 방법",
}  # fmt: skip
_SITE_COMMAND = lazy(
    r"^\s*(?:\$\s*)?(?:[A-Z_]+=(?:<[^>\n]*>|\S*)\s+)*"
    r"(?:yarn|npm|npx|pnpm|bun|pipx?3?|python3? -m (?:pip|mkdocs|http\.server)|mkdocs|"
    r"bundle|jekyll|hugo|gatsby|vuepress|docsify|hexo|gitbook|mdbook|docusaurus|quarto|"
    r"sphinx-build|cd|git clone)\b"
    r"|^\s*#"  # a comment among them
)
"""`$ yarn`, `npm run start`, `mkdocs serve`, `$ USE_SSH=true yarn deploy`, `pip install -r
requirements.txt`: a command that installs, serves or publishes a site of notes."""


def _commands_only(block: Node) -> bool:
    lines = [line for line in block.content.split("\n") if line.strip()]
    return bool(lines) and all(_SITE_COMMAND.match(line) for line in lines)


def builds_the_site(section: Section) -> bool:
    """`### Installation` / `$ yarn`, `### Local Development` / `$ yarn start`, `## How to
    build` / `mkdocs serve`: a front page's section on installing, serving or deploying the
    site, its code nothing but such commands. A section under another title, or with code
    of any other kind, may teach its subject, and stays."""
    if _title_words(section.title) not in _BUILD_TITLES:
        return False  # most sections, at their title
    code = [block for block in section.blocks if block.type in ("fence", "code_block")]
    return bool(code) and all(_commands_only(block) for block in code)


_CONVENTION_TITLES = {
    "conventions", "convention", "notation", "notations", "legend", "symbols",
    "how to read", "how to read this", "how to read these notes", "reading guide",
    "표기", "표기법", "표기 규칙", "범례", "일러두기", "읽는 법", "읽는 방법", "표시 규칙",
    "표시", "기호", "marks", "markers",
}  # fmt: skip
_OPENS_ON_A_MARK = lazy(r"^\s*(?:`[^`]+`|\*\*[^*]+\*\*|__[^_]+__|[^\w\s`*_][^\w]*?\s)")
"""`` `$...$` is LaTeX math``, `**Q:** / **A:** blocks are …`, `⚠️ = common mistake`: an item
naming a mark the notes use before saying what it means."""


_NOTATION_TITLES = {"notation", "notations", "symbols", "표기", "표기법", "표기 규칙"}
"""Of the conventions' titles, those a subject's page may also bear (`Big-O notation` is
one, and `표기법` of a formula): without more, no sign the section is the writer's."""
_WRITER = lazy(r"\b(?:I|I'm|I've|I'd|me|my|mine)\b|\bthese notes\b|내가|나는|제가|저는")
"""The writer speaking of themselves: `"TODO" means I know it's missing`, `things I got
wrong at least once`."""


def states_conventions(section: Section) -> bool:
    """`## Conventions` over `` - `$...$` is LaTeX math `` / `- **Q:** / **A:** blocks are
    things I want to answer from memory` / `- ⚠️ = common mistake`: a front page's legend of
    the marks its notes use, each item opening on the mark it explains. How the notes are
    written, not what they teach. So is a legend the writer speaks in (`- Vectors are bold
    lowercase` / `- "TODO" means I know it's missing`, or a table of `| Marker | Meaning |`
    over `things I got wrong`), unless it is titled only as a notation, which a subject has
    too and which stays."""
    title = _title_words(section.title)
    if title not in _CONVENTION_TITLES:
        return False  # most sections, at their title
    items = [
        item.line.content
        for block in section.blocks
        if block.type in ("bullet_list", "ordered_list")
        for item in block.children
        if item.line is not None
    ]
    if len(items) >= 2 and all(_OPENS_ON_A_MARK.match(item) for item in items):
        return True
    return title not in _NOTATION_TITLES and any(
        _WRITER.search(inline.content) for block in section.blocks for inline in block.inlines()
    )


_OWN_USE = lazy(
    r"^(?:my|our|내|나의|이 노트의|이 저장소의) |"
    r" (?:(?:that )?(?:i|we) (?:use|follow|keep)(?: here| in (?:these|this|my) (?:notes?|pages?|"
    r"site|repo|repository|notebook))?|used here|here|in (?:these|this|my) (?:notes?|pages?|"
    r"site|repo|repository|notebook))$"
)
"""`Conventions I use here`, `Conventions in these notes`, `My legend`, `Notation I use`: a
title saying the legend under it is the writer's own (what kind of legend decides:
`states_own_conventions`)."""


def states_own_conventions(section: Section) -> bool:
    """`## Conventions I use here` over `` - `!!! tip` = thing that saved me time ``: a legend
    its title says is the writer's, of the marks their notes use, wherever it stands. A key
    to the notebook, not the subject; a subject's `Naming conventions` or `Big-O notation`
    says nothing of the writer, and stays. So does a notation the writer says they use
    (`## Notation I use` over `- $\\Phi(z)$ — standard normal CDF`, `- iid — …`): its
    symbols are mostly the subject's own, worth a card each."""
    if not section.blocks:
        return False
    title = _title_words(section.title)
    if " " not in title or not (found := _OWN_USE.search(title)):
        return False  # most sections, at their title
    kind = title[found.end() :] or title[: found.start()]
    return kind in _CONVENTION_TITLES and kind not in _NOTATION_TITLES


_KEEPING_TITLES = {
    "rules", "규칙", "rules for myself", "my rules", "house rules", "note rules",
    "rules for notes", "나만의 규칙", "내 규칙", "작성 규칙", "노트 규칙", "정리 규칙",
}  # fmt: skip
_OF_THE_NOTES = lazy(
    r"노트|파일|폴더|커밋|\bnotes?\b|\bfiles?\b|\bfolders?\b|\bcommit|\bdaily\b|\bvault\b|"
    r"\binbox\b",
    re.IGNORECASE,
)
"""What a rule on keeping the notes speaks of: `하나의 노트 = 하나의 개념`, `Daily note 에는 …`,
`commit message: docs(til): …`."""


_NOTES_RULES_TITLES = {
    "정리 규칙", "작성 규칙", "노트 규칙", "노트 작성 규칙", "정리 원칙", "작성 원칙",
    "정리 방식", "작성 방식", "정리 방법",
    "note rules", "rules for notes", "note taking rules", "note-taking rules",
}  # fmt: skip
"""Titles that name rules for writing the notes up (`📌 정리 규칙` over `- 답변은 1분 안에 말로
설명할 수 있는 분량으로 쓰기`): whatever their lines speak of, they say how the notes are
written, not what they teach."""


def keeps_the_notes(section: Section) -> bool:
    """`## Rules for myself` over `1. 하나의 노트 = 하나의 개념.` / `3. Daily note 에는 …`,
    `## 규칙` over `- 한 주제 = 한 파일, 폴더는 카테고리별`: a front page's rules for how its
    notes are written and filed, most of its lines speaking of notes, files, folders or
    commits. The rules of a subject (`## Rules` of a firewall) speak of none of them, and stay."""
    if section.children:
        return False
    title = _title_words(section.title)
    if title in _NOTES_RULES_TITLES:
        return bool(section.blocks)  # `정리 규칙`: rules for writing the notes up, by its title
    if title not in _KEEPING_TITLES:
        return False  # most sections, at their title
    lines = [inline.content for block in section.blocks for inline in block.inlines()]
    lines = [line for line in lines if line.strip()]
    speaking = sum(1 for line in lines if _OF_THE_NOTES.search(line))
    return len(lines) >= 2 and 2 * speaking >= len(lines)


_COURSE_TITLE = lazy(
    r"^(?:course (?:description|overview|info|information|logistics|policies)|"
    r"about (?:this|the) (?:course|class)|syllabus|prereqs|prerequisites|grading|"
    r"grading policy|logistics|office hours|강의 (?:소개|정보|계획|계획서)|강의계획서|"
    r"수업 (?:소개|정보)|선수 ?과목|성적 평가|평가 (?:방법|기준)|"
    r"(?:exam|test) (?:info|information|format|details|logistics|schedule|dates)|"
    r"시험 (?:정보|안내|개요|구성|일정|형식|방식))"
    r"(?: (?:copied |taken )?from the (?:syllabus|course (?:page|site|website))| 메모| memo|"
    r" \d{4}(?: 기준)?)?$"
)
"""`Course description (copied from the syllabus)`, `Prereqs`, `Grading`, `강의 소개`, `시험 정보
(메모)`, `시험 일정 (2024 기준)`, `Exam format`: what a course or an exam is and how and when
it is run, on its notes' front page."""


def describes_the_course(section: Section) -> bool:
    """A front page's `## Course description (copied from the syllabus)` over the catalogue's
    blurb and prerequisites, `## Grading` over the weights of labs and exams: how the
    course the notes follow is run, not what it teaches (its lectures' pages do)."""
    return bool(section.blocks) and _names_the_course(section.title)


@lru_cache(maxsize=1024)  # asked of every section of every note (runs_the_course)
def _names_the_course(title: str) -> bool:
    return bool(_COURSE_TITLE.match(_title_words(title)))


_COURSE_WORDS = lazy(
    r"\b(?:exams?|midterms?|finals?|quiz(?:zes)?|grading|grades?|textbook|syllabus|lectures?|"
    r"office hours|problem sets?|psets?|homework|HW|clickers?|regrade|canvas|gradescope|TA)\b|"
    r"시험|중간고사|기말고사|과제|성적|교재|강의|출석|조교",
    re.IGNORECASE,
)
_COURSE_WORDS_SAID = 2


def runs_the_course(section: Section) -> bool:
    """`## Logistics` over `- T/Th 9:30-10:45, Hudson 120. clickers count …` / `- textbook: …`
    / `- exams = **evening exams, Mondays 7pm** ugh` / `- grading: exams 3x15 = 45%, …`, on
    any page (a course's hub among its notes, as a Logseq or Notion page is): a section its
    title says is about how the course is run, whose text speaks of its exams, lectures,
    grading or books at least twice. A subject's `## Logistics` (of a supply chain) speaks of
    none of them, and stays."""
    if not section.blocks or not _names_the_course(section.title):
        return False  # nearly every section, at its title
    said = "\n".join(inline.content for block in section.blocks for inline in block.inlines())
    return len(_COURSE_WORDS.findall(said)) >= _COURSE_WORDS_SAID


_FOR_THE_WRITER = lazy(
    r"\((?:[^()]*\s)?(?:나한테|나에게|내 경우|내꺼|나 혼자|혼자 보는|개인용|"
    r"for me|for myself|mine|my own|personal)(?:\s[^()]*)?\)\s*$",
    re.IGNORECASE,
)
"""`규칙 (나한테 하는 말)`, `공부 순서 (내 경우)`, `커밋 컨벤션 (나 혼자 보는 용)`, `Setup (for
me)`: a title saying in parentheses that what is under it is the writer's own business."""


def kept_for_the_writer(section: Section) -> bool:
    """A front page's section its title says is for the writer alone (`## 규칙 (나한테)` over
    `1. 30분 고민해도 안 되면 태그 보기`, `## 공부 순서 (내 경우)`, `## 커밋 컨벤션 (나 혼자 보는
    용)`): how they study and keep the repository, not what it teaches. A subject's section
    the writer speaks of (`General principles (things I keep repeating in code reviews)`)
    says nothing of whom it is for, and stays."""
    return ")" in section.title and bool(_FOR_THE_WRITER.search(section.title))


_GROUP_TITLE = lazy(
    r"^(?:멤버|스터디원|팀원|구성원|참여자|참여 멤버|members?|team|who we are|"
    r"(?:스터디 )?규칙|스터디 (?:규칙|방식|운영|진행|진행 방식)|진행 방식|운영 방식|발표 순서|"
    r"study (?:rules|format)|(?:how we )?(?:run|work)|"
    r"출석|출석부|벌금|출석 벌금 기록|출석 및 벌금|벌금 기록|attendance|fines?)$"
)
"""`👥 멤버`, `스터디 규칙`, `진행 방식`, `발표 순서`, `벌금`, `출석 / 벌금 기록`, `Members`: a
study group's members, its rules, its turns and its fines."""


def runs_the_group(section: Section) -> bool:
    """A study group's front page's `## 👥 멤버` over who is in it and how each writes,
    `## 📏 스터디 규칙` over when it meets and how PRs are merged, `### 벌금`, `## 📝 출석 /
    벌금 기록` over who came and who paid: how the group is run, not what it studies (its
    members' notes do)."""
    return bool(section.blocks) and bool(_GROUP_TITLE.match(_title_words(section.title)))


def about_the_site(section: Section) -> bool:
    """A front page's section on building its site, on its notes' conventions, on how its
    notes are kept, on the course they follow or the group that writes them, or kept for
    the writer alone."""
    return (
        builds_the_site(section)
        or states_conventions(section)
        or keeps_the_notes(section)
        or describes_the_course(section)
        or runs_the_group(section)
        or kept_for_the_writer(section)
    )


_TITLE_MARKS = lazy(r"[_\s]+")


def _title_words(title: str) -> str:
    title = NOT_WORDS.sub(" ", title.lower())
    return _TITLE_MARKS.sub(" ", title).strip(" :")
