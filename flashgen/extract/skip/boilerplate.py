"""Sections about the collection, not a subject: authors, references, licences, a study
group's rules, schedule and goals, a template for writing notes."""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.skip.common import NOT_WORDS
from flashgen.model import Section
from flashgen.patterns import lazy
from flashgen.syntax import Node

_BOILERPLATE_TITLES = {
    # Who wrote it and where to read more: nothing a student memorises.
    "작성자", "글쓴이", "저자", "author", "authors", "written by", "contributor", "contributors",
    "도움을 주신 분들", "기여자", "reference", "references", "ref", "refs", "참고", "참고 자료",
    "참고자료", "참고 문헌", "참고문헌", "참고 링크", "참조", "출처", "레퍼런스", "각주", "link",
    "links", "링크", "resources", "more resources", "further reading", "see also", "sources",
    "목차", "contents", "table of contents", "license", "licence", "라이선스", "라이센스",
    "contribution", "contributions", "contributing", "how to contribute", "created by",
    "acknowledgements", "acknowledgments", "citation", "star history", "멤버 소개", "팀원 소개",
    "credits",
    "news", "updates", "changelog", "change log", "공지", "공지사항", "learning resources",
    "recently updated", "recent updates", "recent changes", "최근 업데이트", "업데이트 내역",
    "변경 내역",
    "학습 자료", "자료 출처", "참고 출처", "이미지 출처",
    # What a study group's front page says of itself: its plan, rules, people and folders.
    "todo", "todos", "to do", "todo list", "to do list", "할 일", "할일", "할 일 목록",
    "다음 할 일", "앞으로 할 일", "해야 할 일", "남은 할 일",
    "진행 상황", "진행상황", "진도", "스터디 규칙", "스터디 방식", "스터디 진행 방식", "진행 방식",
    "study rules", "ground rules", "스터디원", "스터디 멤버", "참여자", "participants",
    "team members", "팀원", "스터디 일정", "study schedule", "일정", "curriculum", "커리큘럼",
    "code of conduct", "study topics", "스터디 주제", "주제 목록", "다루는 내용", "목록",
    "학습 주제", "공부 주제", "주제", "학습 목록", "공부 목록", "tech stack", "기술 스택",
    "기술스택", "참여 방법", "how to participate", "how to join", "about", "convention rule",
    "commit convention", "커밋 컨벤션", "collaborator", "collaborators", "contributer",
    "contributers", "document structure", "folder structure", "폴더 구조",
    "repository structure", "repo structure", "레포 구조", "content layout", "contents layout",
    "repository layout", "repo layout", "folder layout", "폴더 구성", "저장소 구조",
    "related", "related links",
    "관련 링크", "관련 글", "관련 자료", "관련 문서",
    # How the writers study with these notes, not what they study.
    "공부 방법", "공부법", "학습 방법", "학습법", "스터디 방법", "study method", "study methods",
    "how to study", "how i study", "how we study", "how i use this", "how i use these notes",
    "how to use these notes", "how to use this repo",
    # Books to read: what to study, named by its title, not a word of it.
    "books", "recommended books", "book recommendations", "reading list", "recommended reading",
    "도서", "추천 도서", "참고 도서", "도서 추천", "책 추천", "추천 책", "추천 서적", "참고 서적",
}  # fmt: skip
_DOCUMENT_TITLES = {
    # A whole note by these names is about the project, not a subject; a note titled
    # `Ref` or `Links` may well be about React refs or linking.
    "license", "licence", "라이선스", "라이센스", "contributing", "how to contribute",
    "changelog", "change log", "code of conduct", "contributors", "authors",
    # A site's page about itself and its writer (`_pages/about.md`, `title: "About"`).
    "about", "about me", "about this blog", "about the blog", "about this site", "블로그 소개",
}  # fmt: skip


_RULES_TITLES = {"rules", "규칙", "the rules", "our rules", "룰"}
_OF_A_GROUP = lazy(r"스터디|[Ss]tudy group|\bPR\b|[Pp]ull request")
"""What only a group's rules speak of: its study, a pull request to hand in a note."""


def _speaks_of_a_group(section: Section) -> bool:
    """`### 📢 Rules` over `매일 오전 10시 온라인 스터디 … PR 생성하기`: a `Rules` section on how a
    study group meets and hands in its notes, not the rules of a subject (`Rules` of a
    firewall stay)."""
    texts = [block.children[0].content for block in section.blocks if block.type == "paragraph"]
    return any(_OF_A_GROUP.search(text) for text in texts)


def is_boilerplate_section(section: Section) -> bool:
    """An author block or a reference list, whatever emoji or numbering dresses its heading,
    or several in one (`각주, Link`, `References & Links`). A note's own title is only asked
    whether the whole note is a license, a template for notes or the like."""
    if _is_boilerplate_title(section.title, section.level == 0):
        return True
    if section.level == 0:
        return asks_for_a_title(section.title)
    return _names_rules(section.title) and _speaks_of_a_group(section)


_GOALS_TITLES = {
    "목표", "목적", "스터디 목표", "스터디 목적", "학습 목표", "공부 목표", "우리의 목표",
    "goal", "goals", "our goals", "study goals", "learning goals", "objectives",
}  # fmt: skip
_STUDY_AIM = lazy(
    r"습득|공부|학습|연습|익히|익힌|스터디|"
    r"\b(?:learn|study|studying|practi[cs]e|master)\b",
    re.IGNORECASE,
)
"""What each of a study group's goals speaks of: `네트워크 기본 지식을 꼼꼼하게 습득한다.`,
`공부한 내용을 말로 설명하는 연습을 한다.`, `Practise explaining answers out loud`."""


def states_study_goals(section: Section) -> bool:
    """`## 목표` over `- 네트워크 기본 지식을 습득한다.` / `- … 설명하는 연습을 한다.`: a
    study group's goals, each a resolution to learn or practise, on its front page; what
    the group means to do, not what it learned. A `목표` of a subject (`CPU 이용률을
    높인다`) names no study, and stays."""
    if section.children or not section.blocks or not _names_goals(section.title):
        return False  # most sections, at their title
    aims = [_aims(block) for block in section.blocks]
    return all(aims) and all(_STUDY_AIM.search(aim) for lines in aims for aim in lines)


def _aims(block: Node) -> list[str]:
    """Each line of a list or a paragraph; none of a table, code or a picture, which state
    no resolution."""
    if block.type not in ("bullet_list", "ordered_list", "paragraph"):
        return []
    return [inline.content for inline in block.inlines() if inline.content.strip()]


@lru_cache(maxsize=1024)  # asked of each section: its title decides
def _names_goals(title: str) -> bool:
    return _title_words(title) in _GOALS_TITLES


@lru_cache(maxsize=1024)
def _names_rules(title: str) -> bool:
    return _title_words(title) in _RULES_TITLES


_SECTION_NUMBER = lazy(r"^[ \t]*(?:\d{1,2}(?:[.-]\d{1,2})*[.)]?|[IVX]{1,4}[.)])[ \t]+(?=\S)")
"""`5. `, `5) `, `2-1. `, `IV. `: the number a note gives its heading among the others."""
_REFERENCE_TITLES = {
    "reference", "references", "ref", "refs", "참고", "참고 자료", "참고자료", "참고 문헌",
    "참고문헌", "참고 링크", "참조", "출처", "레퍼런스", "sources", "further reading",
    "자료 출처", "참고 출처", "참고 도서", "참고 서적",
}  # fmt: skip
"""The titles of a reference list, which a numbered note numbers as one chapter more
(`## 5. 참고`); not `3) 링크` among steps (linking), nor `2. Resources` of a system."""


@lru_cache(maxsize=1024)  # asked of each section by several rules: its title decides
def _is_boilerplate_title(title: str, whole_note: bool) -> bool:
    """`참고`, `References & Links`: a heading naming boilerplate; a reference list's also
    under the number the note gives it (`## 5. 참고`)."""
    numbered = _SECTION_NUMBER.match(title)
    if numbered and not whole_note:
        return _title_words(title[numbered.end() :]) in _REFERENCE_TITLES
    titles = _DOCUMENT_TITLES if whole_note else _BOILERPLATE_TITLES
    if _title_words(title) in titles:
        return True
    if not whole_note and (own := _WRITERS_CLAUSE.search(title)):
        return _title_words(title[: own.start()]) in _BOILERPLATE_TITLES
    parts = _TITLE_JOINS.split(title.lower())
    return len(parts) > 1 and all(_title_words(part) in _BOILERPLATE_TITLES for part in parts)


@lru_cache(maxsize=1024)
def names_references(title: str) -> bool:
    """`참고`, `References`, `출처`, `Further reading`, `참고하는 책/강의`: a title naming a
    reference list."""
    words = _title_words(title)
    return words in _REFERENCE_TITLES or _WORKS_REFERRED_TO.match(words) is not None


_WORK = r"(?:책|강의|인강|자료|도서|서적|문서|링크|사이트|영상|블로그)"
_WORKS_REFERRED_TO = lazy(rf"^참고(?:하는|한|할)?\s*{_WORK}(?:\s*[/·,&]?\s*{_WORK})*$")
"""`참고하는 책/강의`, `참고한 자료`, `참고 강의 · 블로그`: the works the writer reads by."""


_TITLE_TO_FILL_IN = lazy(
    r"제목(?:을|를)?\s*(?:입력|작성|적어|써)|\btitle (?:goes )?here\b|"
    r"\b(?:enter|insert|write|add|your) (?:(?:a|the|your) )?(?:note |page |post )?title\b|"
    r"^\W*\{\{\s*title\s*\}\}\W*$",
    re.IGNORECASE,
)
"""`제목을 입력해 주세요`, `Title goes here`, `Enter a title`, `{{title}}`: a note titled by a
request to fill its title in is a template for writing notes; what stands under its
headings says how to write one (`소제목은 #을 두 개 붙이고 작성합니다.`), not a subject."""


@lru_cache(maxsize=1024)
def asks_for_a_title(title: str) -> bool:
    return ("제목" in title or "title" in title.lower()) and bool(_TITLE_TO_FILL_IN.search(title))


_WRITERS_CLAUSE = lazy(r"\s+(?:that\s+|which\s+)?(?:I|we)(?:'ve|’ve|'d|’d)?\s+\w[^\n]*$")
"""`Resources I keep going back to`, `Books we read`: what the writer does with the resources,
after their name."""
_TITLE_JOINS = lazy(r"[,&/·+]|\band\b|및")


@lru_cache(maxsize=1024)  # each check of a section reads its title's words again
def _title_words(title: str) -> str:
    title = NOT_WORDS.sub(" ", title.lower())  # :shortcodes: went with the parse
    return " ".join(title.replace("_", " ").split())
