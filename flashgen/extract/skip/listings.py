"""Code that is a listing to read, not a fact to recall.

A whole source file pasted from a project (`package …;`, its imports, its class), a whole
page of markup (`<!DOCTYPE html>` … `</html>`, a JSP page) and example code the writer
folded away under a `<details>` summary naming it (`예제 코드`, `Example output`) are there
to be read beside the notes. On a card they bury the answer the words give, and alone they
ask a student to recall a file line by line. Short code stays: a snippet, a command, a
function asked by its heading is the answer.
"""

from __future__ import annotations

import re

from flashgen.extract.place import plain
from flashgen.extract.skip.common import reads
from flashgen.extract.skip.substance import FILE_NAME
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import HTML_TAG

MIN_FILE_LINES = 15
"""A source file's code of fewer lines is a snippet, shown to make a point."""
MIN_PAGE_LINES = 10
"""A page of markup of fewer lines is a sample of its tags."""
MIN_FOLDED_LINES = 5
"""Folded code of fewer lines is a hint the writer hid, not an example."""
MAX_FOLDED_WORDS = 2
"""Lines of words beside the folded code (`Simplified — …`): more, and the fold tells."""

_PACKAGE = lazy(r"[ \t]*package[ \t]+(?:[\w]+(?:\.[\w]+)+[ \t]*;?|\w+[ \t]*;)[ \t]*")
"""`package com.example.member;`, `package app.web`: the first line of a JVM source file
(not Go's `package main`, whose program is most often the example itself)."""
_IMPORT = lazy(r"^[ \t]*import[ \t]+(?:static[ \t]+)?[\w.]+(?:\.\*)?[ \t]*;[ \t]*$", re.MULTILINE)
_TOP_TYPE = lazy(
    r"^(?P<annotated>(?:@\w+(?:\([^)\n]*\))?\s+)*)"
    r"(?:(?:public|abstract|final|sealed|open|data|internal)\s+)*"
    r"(?:class|interface|enum|record|object)\s+\w+",
    re.MULTILINE,
)
"""A type declared at the file's top level (not indented inside another)."""
_COMMENT_LINE = lazy(r"[ \t]*(?://|/\*|\*|#!).*")
_PAGE_START = lazy(r"\s*(?:<!DOCTYPE\s+html|<html[\s>]|<%@\s*page\b)", re.I | re.S)
_PAGE_END = lazy(r"</html>\s*$", re.IGNORECASE)


@reads("fence", "code_block", "html_block")
def is_listing(block: Node) -> bool:
    """A whole source file of `MIN_FILE_LINES` lines or more declaring one type, as a
    project's file does (opening on its `package` line, or its imports over a class
    annotated for a framework, `@WebServlet`, `@Getter`; not `import java.util.*;` over an
    algorithm's class, which its heading asks for, nor several classes written as one
    demonstration, `class Test` beside `public class SuperClass`), a whole page of markup
    (opening on `<!DOCTYPE html>`, `<html>` or a JSP `<%@ page`, closing on `</html>`), or
    example code folded under a summary naming it (`is_folded_example`)."""
    if block.type == "html_block":
        return is_folded_example(block.content)
    code = block.content
    lines = sum(1 for line in code.splitlines() if line.strip())
    if lines >= MIN_PAGE_LINES and _PAGE_START.match(code) and _PAGE_END.search(code):
        return True
    if lines < MIN_FILE_LINES:
        return False
    first = next(
        (line for line in code.splitlines() if line.strip() and not _COMMENT_LINE.fullmatch(line)),
        "",
    )
    types = list(_TOP_TYPE.finditer(code))
    if len(types) != 1:
        return False  # none, or a demo of several classes written as one example
    return bool(_PACKAGE.fullmatch(first)) or bool(_IMPORT.search(code) and types[0]["annotated"])


_SUMMARY = lazy(r"<summary\b[^>]*>(.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_NAMES_EXAMPLE = lazy(
    r"예제|예시|코드|소스|출력|실행\s*결과|"
    r"\b(?:examples?|code|snippets?|samples?|source|output|demo|listing)\b",
    re.IGNORECASE,
)
"""`예제 코드`, `실행 결과`, `Pseudo-code I wrote …`, `Example output`: a summary naming
what it folds as example code or its output."""
_FOLDED_FENCE = lazy(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.M | re.S)


def is_folded_example(html: str) -> bool:
    """`<details><summary>예제 코드</summary>` over code (and its output) of
    `MIN_FOLDED_LINES` lines or more, with `MAX_FOLDED_WORDS` lines of words at most beside
    it: the writer folded it away as an example to open when reading, not the answer. Not
    a summary asking a question (`What does this print?`), whose fold is its answer."""
    if not html.lstrip()[:8].lower().startswith("<details"):
        return False
    summary = _SUMMARY.search(html)
    if summary is None:
        return False
    title = HTML_TAG.sub("", summary[1]).strip()
    if not title or title.endswith("?") or not _NAMES_EXAMPLE.search(title):
        return False
    body = html[summary.end() :]
    code = sum(
        1
        for fence in _FOLDED_FENCE.finditer(body)
        for line in fence[2].splitlines()
        if line.strip()
    )
    if code < MIN_FOLDED_LINES:
        return False
    words = _FOLDED_FENCE.sub("", body)
    said = [line for line in HTML_TAG.sub("", words).splitlines() if line.strip()]
    return len(said) <= MAX_FOLDED_WORDS


def names_the_file(node: Node) -> bool:
    """`**ApplicationContext.java**` alone on its line over a listing left out: the
    listing's caption, which goes with it."""
    if node.type != "paragraph":
        return False
    text = node.children[0].content.strip()
    return "\n" not in text and FILE_NAME.fullmatch(plain(text)) is not None


_TREE_BRANCH = lazy(
    r"^[\s│|]*(?:├──|└──|├─|└─|\|--|`--)\s*(\S[^#\n]*?)\s*(?:(?:#|<-|←|//)(?:\s.*)?)?$"
)
"""`├── 02_TCP_UDP.md`, `└── network/`, `|-- README.md  # index`, `├── README.md  <- you are
here`: a line of a drawn file tree, and the writer's remark after it."""
_NOTE_FILE = lazy(r"\.(?:md|mdx|markdown)$", re.IGNORECASE)


@reads("fence", "code_block")
def is_notes_tree(block: Node) -> bool:
    """A drawn tree of files (`├── README.md` / `└── network` / `├── 01_OSI_7계층.md`) most of
    whose files are notes: the repository's own layout, where each note is, not what it
    teaches. A project's tree of source files (`├── src/main/java` / `└── pom.xml`), which
    a note on a build tool may teach, stays."""
    if "── " not in block.content and "-- " not in block.content:
        return False  # most code, at a glance
    files = notes = 0
    for line in block.content.splitlines():
        branch = _TREE_BRANCH.match(line)
        if branch is None:
            continue
        name = branch[1]
        if "." in name.rstrip("/").rsplit("/", 1)[-1]:
            files += 1
            notes += bool(_NOTE_FILE.search(name))
    return notes >= 2 and 2 * notes > files
