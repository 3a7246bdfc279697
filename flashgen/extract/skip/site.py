"""A front page (a README, a site's index page) saying how to build the site its notes are
published on, or how its notes are written: about the collection, not a subject."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePosixPath

from flashgen.extract.skip.common import NOT_WORDS
from flashgen.model import Section
from flashgen.patterns import lazy
from flashgen.syntax import Node

_FRONT_PAGES = {"readme", "index", "_index", "home"}


@lru_cache(maxsize=256)
def is_front_page(name: str) -> bool:
    """`README.md`, `docs/index.md`, a vault's `Home.md`: the page a repository, a site or a
    vault opens on, where it says how it is built and how its notes are written."""
    return PurePosixPath(name).stem.lower() in _FRONT_PAGES


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
    "표기", "표기법", "표기 규칙", "범례", "일러두기", "읽는 법", "읽는 방법",
}  # fmt: skip
_OPENS_ON_A_MARK = lazy(r"^\s*(?:`[^`]+`|\*\*[^*]+\*\*|__[^_]+__|[^\w\s`*_][^\w]*?\s)")
"""`` `$...$` is LaTeX math``, `**Q:** / **A:** blocks are …`, `⚠️ = common mistake`: an item
naming a mark the notes use before saying what it means."""


def states_conventions(section: Section) -> bool:
    """`## Conventions` over `` - `$...$` is LaTeX math `` / `- **Q:** / **A:** blocks are
    things I want to answer from memory` / `- ⚠️ = common mistake`: a front page's legend of
    the marks its notes use, each item opening on the mark it explains. How the notes are
    written, not what they teach."""
    if _title_words(section.title) not in _CONVENTION_TITLES:
        return False  # most sections, at their title
    items = [
        item.line.content
        for block in section.blocks
        if block.type in ("bullet_list", "ordered_list")
        for item in block.children
        if item.line is not None
    ]
    return len(items) >= 2 and all(_OPENS_ON_A_MARK.match(item) for item in items)


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


def keeps_the_notes(section: Section) -> bool:
    """`## Rules for myself` over `1. 하나의 노트 = 하나의 개념.` / `3. Daily note 에는 …`,
    `## 규칙` over `- 한 주제 = 한 파일, 폴더는 카테고리별`: a front page's rules for how its
    notes are written and filed, most of its lines speaking of notes, files, folders or
    commits. The rules of a subject (`## Rules` of a firewall) speak of none of them, and stay."""
    if section.children or _title_words(section.title) not in _KEEPING_TITLES:
        return False  # most sections, at their title
    lines = [inline.content for block in section.blocks for inline in block.inlines()]
    lines = [line for line in lines if line.strip()]
    speaking = sum(1 for line in lines if _OF_THE_NOTES.search(line))
    return len(lines) >= 2 and 2 * speaking >= len(lines)


def about_the_site(section: Section) -> bool:
    """A front page's section on building its site, on its notes' conventions or on how
    its notes are kept."""
    return builds_the_site(section) or states_conventions(section) or keeps_the_notes(section)


_TITLE_MARKS = lazy(r"[_\s]+")


def _title_words(title: str) -> str:
    title = NOT_WORDS.sub(" ", title.lower())
    return _TITLE_MARKS.sub(" ", title).strip(" :")
