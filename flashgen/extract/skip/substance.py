"""Answers with nothing to learn: only links, spacing, placeholders, more questions, or
the front said again."""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.place import plain
from flashgen.extract.skip.common import (
    FEW_WORDS,
    LINK,
    LIST_MARKER,
    WORD_CHARACTER,
    names_a_topic,
)
from flashgen.extract.skip.questions import asks
from flashgen.model import Section
from flashgen.patterns import lazy
from flashgen.text import HTML_TAG, LINK_ADDRESS, LINK_TEXT

_FENCE_LINE = lazy(r"^[ \t>]*(?:`{3,}|~{3,}).*$", re.MULTILINE)


@lru_cache(maxsize=4096)  # a rule asks it of a card's answer, then the build again
def has_substance(answer: str) -> bool:
    """An answer with something to learn: words or a picture, not only tags, spacing or links,
    nor only more questions (`- Use case?` over `- Homepage?`), nor only a line that
    introduces what follows (`Below are the most common questions:`), which became cards.

    A back that is only a link points elsewhere; a student could not answer from it.
    """
    if "![" in answer or ("<" in answer and "<img" in answer.lower()):
        return True
    text = HTML_TAG.sub(" ", answer) if "<" in answer else answer
    if "```" in text or "~~~" in text:
        text = _FENCE_LINE.sub("", text)  # a language name alone is no code: ```java, ```
    text = LIST_MARKER.sub("", text).replace("&nbsp;", " ")
    if "|" in text and "-" in text:
        text = _TABLE_WITHOUT_ROWS.sub("", text)  # column names over no row say nothing
    if "](" in text or "://" in text:  # what a link needs
        text = LINK.sub(" ", text)
    # Some line that says something and asks nothing, and one that leads into nothing (most
    # answers: their first line is both), read line by line up to them.
    answers = leads_nowhere = False
    for line in text.split("\n"):
        line = line.strip(" >")
        if not WORD_CHARACTER.search(line) or _PLACEHOLDER.match(line) or _EMPHASIS.match(line):
            continue  # says nothing
        answers = answers or not asks(line)
        leads_nowhere = leads_nowhere or not _introduces(line)
        if answers and leads_nowhere:
            return not is_reading_list(answer)
    return False


_EMPHASIS = lazy(
    r"^\W*(?:(?:제일|가장|매우|아주|정말|진짜|완전|젤|엄청|특히|super|very|really|most|extremely)"
    r"\s*)*(?:중요|important|must[- ]know)(?:함|해|해요|합니다|하다)?\W*$",
    re.IGNORECASE,
)
"""`제일 중요 ⭐`, `(중요!)`, `**IMPORTANT**`, `Must know`: the writer's mark that the section
matters, nothing of what it says; a back of nothing else has nothing to learn (its
subsections, which say it, give their cards)."""

_TABLE_WITHOUT_ROWS = lazy(
    r"^[ \t>]*\|.*\|[ \t]*\n[ \t>]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$"
    r"(?![ \t]*\n[ \t>]*\|)",
    re.MULTILINE,
)
"""`| EmployeeID | DepartmentID |` over `|---|---|` and no row: a table the writer left empty."""

_ENDING_SHORTCODE = lazy(r"(?<![A-Za-z0-9:]):[a-z0-9_+-]+:$")
"""`… 남는다. :warning:`: an emoji written as GitHub's shortcode, not a colon that leads on."""


def _introduces(line: str) -> bool:
    """`Below are the most common questions:`: a line that leads into what follows."""
    line = line.rstrip()
    return line.endswith(":") and not _ENDING_SHORTCODE.search(line)


_READING_LINK = lazy(
    rf"(?<!!)\[(?!\]){LINK_TEXT}\]\((https?://|\.{{0,2}}/|[\w-]+\.(md|pdf|html?)){LINK_ADDRESS}\)"
)


_ASIDE_IN_ITALICS = lazy(r"^[ \t>]*(?:_[^_\n\[]+_|\*[^*\n\[]+\*)[ \t]*$")
"""`_These are essential questions to practice if you're studying for this topic._`: a line
in italics, without a link, that says what the list under it is for, not what it holds."""


def is_reading_list(text: str) -> bool:
    """Lines that are each a link to read elsewhere (`- [YouTube Recommendations](…pdf)`), with
    at most a few words beside it: a reading list or a list of other notes, not an answer.
    A line in italics above them, saying what they are for, is no line of an answer."""
    if "](" not in text:
        return False  # no link to read
    said = [line for line in text.split("\n") if line.strip(" >-*+\t")]
    lines = [line for line in said if not _ASIDE_IN_ITALICS.match(line)]
    if len(lines) < (1 if len(lines) < len(said) else 2):
        return False  # one link alone may be named in an answer; under its aside, it is a list
    linked = [
        line
        for line in lines
        if _READING_LINK.search(line)
        and len(LINK.sub(" ", LIST_MARKER.sub("", line)).split()) <= FEW_WORDS
    ]
    if len(linked) >= 0.7 * len(lines):
        return True
    # `- [Photo search](…)` beside `- Ads`: a reading list by topic, some topics' own links
    # left off as a list under them; half the lines titles of pages, the rest only names.
    # `- Perceptron ([code](…))` names its topic outside the link, and is no title.
    titles = [line for line in linked if LIST_MARKER.sub("", line).lstrip(" >").startswith("[")]
    return (
        len(titles) >= _LINKS_OF_A_LIST
        and len(titles) * 2 >= len(lines)
        and all(line in titles or names_a_topic(LIST_MARKER.sub("", line)) for line in lines)
    )


_LINKS_OF_A_LIST = 4


_PLACEHOLDER = lazy(
    r"^\W*(tbd|tba|todo|wip|coming soon|to be (added|written)|작성\s*중|작성\s*예정|정리\s*예정|"
    r"추가\s*예정|업데이트\s*예정|준비\s*중|(?:세션|수업|강의|발표)\s*(?:후|끝나고)\s*(?:추가|정리|작성)|"
    r"(standard approaches )?(as|same as) (before|above)|"
    r"위와 (같음|동일)|(see|refer to) (the )?(next|following|below|above)"
    r"( sections?)?|아래\s*참고|하단\s*참고|위\s*참고|"
    r"(this is a )?test (file|page|note)|테스트\s*(파일|페이지|문서)(입니다|이다)?|"
    r"(a\s*\d*\s*[.:)]\s*)?(답변|대답|정답|(sample |your )?answer)\s*"
    r"(예시|예제|샘플|example|sample|(goes )?here)(입니다|이다)?)\W*$",
    re.IGNORECASE,
)
"""`[TBD]`, `정리 예정`, `(세션 후 추가)`, `see the next sections.`: a gap the writer means to
fill or a pointer elsewhere, nothing to learn here; `테스트 파일입니다.`: a file made to try a tool;
`A. 답변 예시입니다.`, `Your answer here`: a template's place for an answer, never filled in."""


def is_placeholder(text: str) -> bool:
    """`테스트 파일입니다.`, `TBD`: a text whose every line is a gap or a placeholder."""
    lines = [line.strip(" >") for line in text.split("\n") if line.strip(" >")]
    return bool(lines) and all(_PLACEHOLDER.match(line) for line in lines)


_PARENTHESIS = lazy(r"\([^()]*\)")
_NOT_WORD = lazy(r"[^\w\s]+")
_JOINED = lazy(r"(?<=[\w)])(?:와|과|이랑|랑)(?= )")
"""`고정 소수점과 부동 소수점`: Korean joins two names with a particle on the first."""


def only_repeats_the_front(question: str, answer: str) -> bool:
    """`Scaling, Monitoring, and Updates` over `- Scaling (SW and ML systems)`, `- Monitoring`,
    `- Updates`, or `고정 소수점과 부동 소수점` over `- 고정 소수점`, `- 부동 소수점`: each
    line of the back only names again a word of the front (asides in brackets aside). The
    student would recite the question. A picture shows more."""
    if (
        len(answer) > 2 * len(question) + 80
        or "![" in answer
        or ("<" in answer and "<img" in answer.lower())
    ):
        return False  # longer than asides could make it, or a picture: more than the front
    front = ""  # read once the first line has a name: most backs say more at once
    # Line by line, stopping at the first that says more: most backs do at once.
    for line in answer.split("\n"):
        if not line.strip():
            continue
        first = line.lstrip(" \t")[:1]
        if first in "-*+" or first.isdecimal():  # what a list marker starts with: most lines none
            line = LIST_MARKER.sub("", line)
        words = plain(line)
        if "(" in words:
            words = _PARENTHESIS.sub(" ", words)
        name = " ".join(_NOT_WORD.sub(" ", words).lower().split())
        if not name:
            return False
        if not front:
            if len(name) + 2 > _most_front_chars(question):
                return False  # longer than the whole front: most backs, before it is read
            front = f" {' '.join(_NOT_WORD.sub(' ', plain(question)).lower().split())} "
            if "와 " in front or "과 " in front or "랑 " in front:
                front += _JOINED.sub("", front)  # the names apart from their particle
        if f" {name} " not in front:
            return False
    return bool(front)  # every line names a word of the front; no line at all, nothing


def _most_front_chars(question: str) -> int:
    """The most characters `only_repeats_the_front` can read the front as: its words in
    lower case (only `İ` grows, to two) between spaces, and again without their particles."""
    most = len(question) + question.count("İ") + 2
    return 2 * most if "와" in question or "과" in question or "랑" in question else most


_EDITED_FILE = lazy(
    r"(?:(?:create|edit|update|modify|add|write)\s+(?:the\s+)?(?P<before>\S+)|"
    r"(?P<after>\S+)\s*(?:파일\s*)?(?:수정|생성|작성|추가|변경|만들기))",
    re.IGNORECASE,
)
"""`index.html 수정`, `Create join-form.jsp`: a tutorial's step naming the file it edits."""

FILE_NAME = lazy(
    r"[\w.@-]+\.(jsp|java|kt|xml|html?|jsx?|tsx?|vue|py|rb|go|rs|c|h|cpp|hpp|cs|php|swift|"
    r"gradle|properties|ya?ml|json|toml|ini|conf|sql|sh|css|scss)",
    re.IGNORECASE,
)
"""`join-form.jsp`, `ApplicationContext.java`: the name of a source file."""
_ONLY_CODE = lazy(r"\A(`{3,}|~{3,})[^\n]*\n.*\n\1[ \t]*\Z", re.DOTALL)


def only_lists_a_file(question: str, answer: str) -> bool:
    """`**ApplicationContext.java**` over that file's code, taken to a card of its own: a
    listing to read beside the text, not to recall line by line (as `### join-form.jsp`
    over only its code gives no card); so is a step naming the file it edits,
    `index.html 수정` or `Create login.html`, over only that file's code."""
    if "." not in question:
        return False
    name = plain(question)
    edited = _EDITED_FILE.fullmatch(name)
    if edited:
        name = edited["before"] or edited["after"]
    return (
        FILE_NAME.fullmatch(name) is not None
        and _ONLY_CODE.match(answer.strip()) is not None
        and answer.count("\n```") + answer.count("\n~~~") == 1
    )


def only_code_listings(section: Section) -> bool:
    """`## Java 의 Queue 구현` over `### 인터페이스 정의`, `### 클래스 구현`, `### 예외 처리`, each
    holding only code: the titles name the pieces of one listing, the steps of writing it,
    not parts of the subject to recall (the code is to read, as a file's name over only its
    code is). A subsection saying a word of its own makes them parts again."""
    told = [child for child in section.children if child.blocks or child.children]
    return len(told) >= 2 and all(
        not child.children and all(block.type in ("fence", "code_block") for block in child.blocks)
        for child in told
    )


_FENCED = lazy(r"^(`{3,}|~{3,})[^\n]*\n(.*?)^\1[ \t]*$", re.DOTALL | re.MULTILINE)
_MODIFIERS = r"(?:(?:public|private|protected|static|final|abstract|internal|open)\s+)*"
_SUBCLASS = lazy(rf"^{_MODIFIERS}class\s+\w+(?:<[^>]*>)?\s+(?:extends|:)\s*[\w.<>, ]+\{{$")
_FORWARDING = lazy(
    rf"^{_MODIFIERS}\w+\s*\([^()]*\)\s*(?::\s*(?:base|super)\s*\([^()]*\)\s*)?\{{\s*\}}?$"
    r"|^(?:super|base)\s*\([^()]*\)\s*;$|^\}$|^//.*$"
)
"""The lines of a subclass adding nothing: its declaration, constructors empty or only
passing their arguments on (`super(message);`), closing braces, a comment."""


def only_empty_subclasses(answer: str) -> bool:
    """`class FullException extends RuntimeException` over constructors that only pass their
    message on, and nothing else on the card: declarations to copy, with no behaviour or
    idea of their own to recall (the note's other code uses them)."""
    if not answer.startswith(("```", "~~~")):
        return False  # the cheap test first: most answers open with words
    fences = list(_FENCED.finditer(answer))
    if not fences or _FENCED.sub("", answer).strip():
        return False  # words beside the code say what it is for
    lines = [line.strip() for fence in fences for line in fence[2].splitlines() if line.strip()]
    return sum(_SUBCLASS.match(line) is not None for line in lines) == len(fences) and all(
        _SUBCLASS.match(line) or _FORWARDING.match(line) for line in lines
    )


_ANSWER_ARROW = lazy(r"\A(?:→|->|=>|⇒)[ \t]+(?=\S)")
"""`→ ` opening a back: the writer's mark between a question and its answer
(`왜 2-way는 안 됨? → 지연된 SYN 때문`), not a word of the answer."""


def without_answer_arrow(question: str, answer: str) -> str:
    """The answer without the arrow the writer put between it and a question (`… 안 됨? → …`):
    on a card the question is the front, and the back starts at the answer's first word."""
    if not question.rstrip().endswith("?") or not answer.startswith(("→", "->", "=>", "⇒")):
        return answer
    return _ANSWER_ARROW.sub("", answer, count=1)
