"""Who wrote a note, when, how and for what: metadata lines, credits, requests for
feedback, the page or the repository describing itself."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from flashgen.extract.place import plain
from flashgen.extract.skip.common import LINK, cut_from_lines, plain_words, reads
from flashgen.extract.skip.navigation import POINTER
from flashgen.extract.skip.plans import is_topic_list
from flashgen.extract.skip.remarks import STUDY_REMARK
from flashgen.extract.skip.substance import has_substance
from flashgen.model import Section
from flashgen.patterns import any_of, lazy
from flashgen.syntax import Node

_ABOUT_THE_PAGE = lazy(
    r"\b(?:(?:in |of )?this (?:article|guide|page|post|tutorial|write-?up|blog post)\b|"
    r"the following (?:page|article|guide)\b|here we will\b|(?:covered|discussed) here\b|"
    # The writer presenting the page: `Here, I present questions to ask …`, `this is the
    # only guide you need`, `_The ultimate guide on how to …_`.
    r"here,? (?:I|we)(?:'ll|’ll| will)? (?:present|share|list|outline|go (?:through|over))\b|"
    r"this is the (?:only |ultimate |complete |definitive )?guide\b|"
    r"the (?:ultimate|complete|definitive) guide\b|"
    # The writer setting off on the page: `Let's get started!`, `지금부터 알아보자!! 출~ 발~`.
    r"\blet(?:'s|’s| us) (?:get started|dive in|begin)\b|"
    # The page on an interview round describing the round and how to prepare for it: `As the
    # name suggests, this interview is intended to evaluate …`, `The best way to prepare for
    # this interview is …`; a page of notes saying what it holds: `Notes about system design,
    # things to know for …`.
    r"\bthis interview is (?:intended|meant|designed) to\b|\bto prepare for this interview\b|"
    r"\A\W*(?:my |some )?notes (?:about|on) )"
    r"|(?:이번|이|본|해당) (?:글|포스팅|포스트|문서)(?:에서|은|는|을|를)"
    r"|지금부터 (?:[^.!?\n]{0,40}? )?(?:알아보자|알아보도록 하자|살펴보자|시작해 ?보자)"
    # The lesson announcing itself: `이번 시간에는 … 알아보도록 하겠다.`, or a paragraph
    # ending on what it will look at: `… 차이점을 살펴본다.`, `…에 대해 알아보자.`
    r"|이번 시간에(?:는)? "
    r"|(?:알아|살펴)(?:본다|보자|보겠다|보겠습니다|봅시다|보도록 하겠다|보도록 하자|보려고 한다)"
    r"[.!~]*\s*\Z"
    # Advice on how to study the subject: `자료구조 공부에서 기본은 … 아는 것이다!`, `대답의
    # 깊이를 가져가기 위해서는 … 알면 좋다!`
    r"|공부(?:에서|할 때)(?:의)? (?:기본|핵심|중요한 것)(?:은|는|이)|대답의 깊이"
    # The writer greeting the reader: `Hi there, the author of this list here!`
    r"|(?m:^)[ \t>]*(?:hey|hi|hello)(?: there| everyone| all| folks)?,? (?:the author|I'm|I am)\b",
    re.IGNORECASE,
)


_DEFINES = lazy(
    # `A heap is …`: a subject, no clause before it (`As interviews mature …, there are`).
    r"^\W*(?!(?:this|it|here|there|that)\b)[^.?!,\n]{1,60}? (?:is|are|refers to|means)\b"
    r"|^[^.?!\n]{1,40}?(?:은|는|이란|란)\s[^\n]*?다\.",
    re.IGNORECASE,
)


_PROMISE = lazy(
    r"\bhere are (?:a few|some)\b[^.!?\n]{0,40}\b(?:recommendations|tips|ways|pointers)\b"
    r"[^\n]*\Z",
    re.IGNORECASE,
)
"""`…, here are some of the top tips and best practices that will help you …` at the very
end: the opening announcing what the headings below give."""
_MORE_THAN_PROSE = lazy(r"^[ \t]*(?:[-*+|>]|\d+[.)]|`{3}|~{3})", re.MULTILINE)


def _only_promises(text: str) -> bool:
    """One paragraph that ends by promising tips it does not give (they are under the
    headings below). A list, table or code after it is what was promised, and stays; so
    do paragraphs before it, which may say why the subject matters."""
    return (
        "ere are" in text[-300:]
        and "\n" not in text.strip()
        and bool(_PROMISE.search(text))
        and not _MORE_THAN_PROSE.search(text)
    )


_PROMISES_ANSWERS = lazy(
    r"(?:공부|학습)(?:하고|를 하고|한) (?:나면|난 뒤|뒤에?|후에?)[^.!?\n]{0,40}?"
    r"(?:대답|답|설명)할 수 있|"
    r"\bafter (?:reading|studying) (?:this|it)\b[^.!?\n]{0,60}?\byou(?:'ll|’ll| will)? "
    r"(?:be able to )?(?:answer|explain)\b",
    re.IGNORECASE,
)
"""`위의 질문들은 리플렉션을 공부하고 나면 자신 있게 대답할 수 있다!`, `After reading this, you
will be able to answer …`: the writer promising what the page will let the reader answer."""


def _only_teases(text: str) -> bool:
    """Questions the page will answer and a line promising so, nothing else (`> 프레임워크는
    어떻게 …할 수 있을까요?` / `> 위의 질문들은 …을 공부하고 나면 대답할 수 있다!`): a teaser;
    the answers are under the headings below. An opening that also says what its subject
    is stays."""
    if "?" not in text or not _PROMISES_ANSWERS.search(text):
        return False  # most openings, at a glance
    lines = [line.strip(" \t>") for line in text.split("\n")]
    return all(
        line.endswith(("?", "？")) or _PROMISES_ANSWERS.search(line) for line in lines if line
    )


_LEADS_BELOW = lazy(
    r"^\W*(?:below are|the following (?:are|sections?)|in the following sections?|"
    r"아래(?:와 같은|의)? (?:질문|내용|항목|목록)들?(?:은|는|을|이|과|에서))",
    re.IGNORECASE,
)
"""`Below are questions and answers illustrating …`, `아래 질문들은 …`: a first sentence that
points at what follows. Not `Below is a diagram …` nor `아래 그림과 같이 …`, which go on to
explain."""


def only_leads_below(said: list[str]) -> bool:
    """A section's own text (`said`) that is one paragraph of prose opening by pointing
    below (`Below are questions and answers illustrating how …`) over subsections that hold
    what it points at: an introduction to them, which answers nothing of its heading. A
    list, table, code or picture of its own is what it leads into, and stays."""
    if len(said) != 1 or not _LEADS_BELOW.match(said[0]):
        return False  # most sections, at their first words
    return _prose_only(said[0])


def _prose_only(text: str) -> bool:
    """Whether a text is prose alone: no list, table, quote, code or picture of its own,
    which would be what a line leading into them leads into."""
    return not _MORE_THAN_PROSE.search(text) and "![" not in text and "<img" not in text


_ANNOUNCES_AN_EXAMPLE = lazy(
    r"^\W*(?:here(?:'s| is|’s) an example of how\b|다음은\s.{0,40}?예시(?:이다|입니다)?[.:]?\s*$)",
    re.IGNORECASE,
)
"""`Here's an example of how …`, `다음은 실패한 테스트를 나누어 맡은 예시입니다.`: a paragraph
saying only that an example follows."""


def only_announces_an_example(said: list[str]) -> bool:
    """A section's own text that is one paragraph of prose only announcing an example
    (`Here's an example of how the STAR format can be used to answer the question: "…"`)
    and holding none: the example is in the sections after it, or was a sample left out
    (`is_sample_speech`), and the announcement answers nothing of its heading."""
    if len(said) != 1 or not _ANNOUNCES_AN_EXAMPLE.match(said[0]):
        return False  # most sections, at their first words
    return _prose_only(said[0])


_LEADS_INTO_THE_PAGE = lazy(
    r"(?:\bthat(?:'s|’s| is) what this (?:page|post|article|guide|note) is (?:for|about)"
    r"|\bin this (?:page|post|article|guide|note),? (?:we|I)(?:'ll|’ll| will) [^.!?\n]*"
    r"|(?:이|본) ?(?:글|포스팅|포스트|문서)(?:을|를)? ?통해[^.!?\n]*?(?:알아|살펴) ?"
    r"(?:봅시다|보자|보겠습니다|보도록 하자|보도록 하겠습니다))[.!~]*\s*\Z",
    re.IGNORECASE,
)
"""`That's what this page is for.`, `이 글을 통해 무슨 용어인지 알아 봅시다.`: the last line of an
opening, saying the page below is there to tell what the opening has not."""
_SHOWS_MORE = lazy(r"^[ \t>]*(?:\||`{3}|~{3})|!\[|<img", re.MULTILINE)


_SUBJECT = lazy(
    r"^[\W\d]*([^.?!,\n]{1,60}?)(?:\s(?:is|are|refers to|means)\b|(?:은|는|이란|란)\s)",
    re.IGNORECASE,
)
"""`A cache is …`, `캐시는 …`: what a line's sentence is about, before its verb or topic mark."""
_TITLE_WORD = lazy(r"[^\W_]{2,}")
_ARTICLE = lazy(r"^(?:an?|the)\s+|^\W+")


def only_leads_into_the_page(text: str, subject: str) -> bool:
    """A note's opening (its title's text, or the first section under the title) that
    ends by saying the page is there to tell what it has not (`That's what this page is
    for.`, `이 글을 통해 무슨 용어인지 알아 봅시다.`), after why to read on: a quote, an
    anecdote, a joke (`회사에서 이 단어를 듣게 된다`, `처음 듣는 용어라면 …`). It answers
    nothing of its heading; the page's answers are under the headings below. A line
    opening on the note's `subject` (its title) to say what it is (`캐시는 …`, `A cache
    is …`) answers, and the opening stays; so does a table, code or picture of its own."""
    if "\n" not in text and len(text) < 40:
        return False  # a line alone: not an opening that tells why to read on
    if not _LEADS_INTO_THE_PAGE.search(text[-300:]) or _SHOWS_MORE.search(text):
        return False  # most openings, at their last words
    stems = _stems(subject)
    return not any(
        _ARTICLE.sub("", said.group(1).casefold()).startswith(stems)
        for line in text.split("\n")
        if not line.lstrip().startswith(">")  # a quote: someone's words, an epigraph
        and (said := _SUBJECT.match(line))
    )


def opens_the_note(root: Section, section: Section) -> bool:
    """The note's title, or the heading on its very first line when it has no title (a
    note opening on `## Blocking & Non-Blocking I/O`): where a page introduces itself. Not
    the first heading under a title or front matter, which holds the subject's text."""
    return section is root or (section.line == 1 and section is next(iter(root.children), None))


def introduces_the_page(text: str) -> bool:
    """`In this article, I will share …`, `this guide will help you`, `이번 글에서 …`, `Here, I
    present questions to ask …`: a note's opening that talks about the page itself, and
    does not open by saying what its subject is (`A heap is …`, `자바 메모리 관리는 …
    과정이다.`). A question to the reader on a line of its own (`Ever wondered how … are
    evaluated?`) opens nothing: the line after it is read instead. Such a preamble is the
    page's introduction, not an answer to its title; what it says is said again, and
    better, under the headings below."""
    if not _ABOUT_THE_PAGE.search(text):
        return _only_promises(text) or _only_teases(text)
    said = (line for line in text.split("\n") if line.strip())
    first = next((line for line in said if not line.rstrip().endswith(("?", "？"))), "")
    return not _DEFINES.search(first) or bool(_ABOUT_THE_PAGE.search(first))


_OF_INTERVIEWS = lazy(
    r"\binterview(?:s|ers?|ing)?\b|면접|코테|코딩 ?테스트|실기(?!기)|단골 질문|꼬리 ?질문",
    re.IGNORECASE,
)
"""`… is less important in coding interviews`, `면접 단골 질문!!`, `정처기 실기에 나오는 파트`:
a sentence on the subject's place in interviews or exams."""
_TO_THE_READER = lazy(
    r"\b(?:you|you're|you are|one) (?:should|must|need to|have to|are expected to|"
    r"can expect)\b|\bexpected to have\b|\bneeds? to (?:have|know)\b|"
    r"\b(?:helpful|useful|important|crucial|essential) to (?:know|learn|understand)\b|"
    r"\bbe familiar with\b|\bless important\b|\bfoundational aspect\b|"
    r"외우|외울|(?:설명|대답)할 수 있(?:어야|으면)|꼭 (?:다시 )?보기|"
    r"정리(?:함|해 ?봄|한 (?:거|것|내용|노트))",
    re.IGNORECASE,
)
"""`you should at least know how to …`, `every programmer needs to have …`, `그냥 외우지
말고 …`, `… 코멘트 받고 정리함`: a sentence telling the reader what to know, memorise or
review, or why the note was written."""
_QUOTE_MARK = lazy(r"(?m)^[ \t]*>[ \t]?")


def only_blurbs(text: str, subject: str) -> bool:
    """A note's opening each sentence of which speaks of interviews or exams, or tells the
    reader what to know or memorise (`Knowledge of binary … is less important in coding
    interviews …. They are still asked sometimes, so you should at least know how to …`,
    `> 면접 단골 질문 1순위. 그냥 외우지 말고 … 설명할 수 있어야 함.`): a blurb on why the
    page matters, nothing of its subject to learn. A sentence saying what the subject is
    keeps the opening, whether it speaks of interviews (`A behavioral round is an interview
    about …`, opening on the note's `subject`, its title) or not (`Geometry is a branch of
    mathematics …`); so does a list, table, code or picture of its own."""
    if not _OF_INTERVIEWS.search(text) and not _TO_THE_READER.search(text):
        return False  # most openings, at a glance
    text = _QUOTE_MARK.sub("", text)
    if not _prose_only(text):
        return False
    sentences = [said for said in _SENTENCE_BREAK.split(text) if said.strip()]
    stems = _stems(subject)
    return bool(sentences) and all(
        _TO_THE_READER.search(said)
        or (_OF_INTERVIEWS.search(said) and not _says_what_it_is(said, stems))
        for said in sentences
    )


def _says_what_it_is(sentence: str, stems: tuple[str, ...]) -> bool:
    """`A behavioral round is …`, `캐시는 …`: a sentence opening on the note's subject (a
    word of its title, by its first letters) to say what it is."""
    said = _SUBJECT.match(sentence)
    if said is None:
        return False
    return _ARTICLE.sub("", said.group(1).casefold()).startswith(stems)


_ABOUT_THE_REPOSITORY = lazy(
    # What is kept (knowledge, questions, a study) and how, then the repository itself: not
    # `Redis는 데이터를 메모리에 기록하는 저장소입니다`, which teaches.
    r"((지식|내용|개념|자료|질문|면접|스터디|공부)[^.]{0,60}(정리|기록|모아|모음|공부)\S*\s+"
    r"(\S+\s+)?(repository|repo|레포지토리|레포|저장소|페이지|사이트|블로그|위키)\s*"
    r"(입니다|이다|예요|에요)|"
    r"^\W*this (repo|repository) (is|contains|aims|collects|has)\b|"
    # A site's scaffold saying what builds it: `This website is built using Docusaurus`.
    r"^\W*this (web)?site is (built|made|generated|powered) (using|with|by)\b)",
    re.IGNORECASE,
)
_BUILT_FROM = lazy(r"참고하여 (구성|작성|정리)(했|하였)습니다")
"""`스터디는 …를 참고하여 구성했습니다.`: what the collection was made from."""


def _may_describe_itself(content: str) -> bool:
    """Whether a text holds a word every description of the collection has (`repo`, `저장소`,
    `페이지`, …): a cheap look first, written out to spare a generator's frame per word, as it
    is asked of nearly every paragraph and list."""
    return (
        "repo" in content
        or "Repo" in content
        or "REPO" in content
        or "레포" in content
        or "저장소" in content
        or "참고하여" in content
        or "페이지" in content
        or "사이트" in content
        or "블로그" in content
        or "위키" in content
        or "his website" in content
        or "his site" in content
    )


_ANOTHER_SUBJECT = lazy(r"^\W*\S+(은|는)\s")
"""`Git은 변경 내용을 기록하는 저장소입니다`: a sentence about something else."""


@reads("paragraph", "bullet_list", "blockquote")
def is_about_the_repository(block: Node) -> bool:
    """`기술 면접 대비를 위한 개념을 정리하는 Repository 입니다.`, `… 질문들을 정리하는
    페이지입니다.`, `This repo contains my notes on …`, `This website is built using
    Docusaurus`, `…를 참고하여 구성했습니다.`: the collection (a repository, a site)
    describing itself, not a subject. A list whose first item says so (`- 백엔드 지식을
    정리해 놓은 저장소입니다.` / `- 받았던 질문 위주로 구성되어 있습니다.`) describes it
    point by point. A quote opening on it (`> … 정리하는 저장소입니다.`) is the same line set
    apart."""
    if block.type == "blockquote":
        first = block.children[:1]
        return bool(first) and first[0].type == "paragraph" and is_about_the_repository(first[0])
    if block.type == "bullet_list":
        first = block.children[0].children[:1] if block.children else []
        return bool(first) and first[0].type == "paragraph" and is_about_the_repository(first[0])
    if block.type != "paragraph":
        return False
    content = block.children[0].content
    if not _may_describe_itself(content):
        return False  # most paragraphs, at a glance
    text = plain(content)
    return len(text) < _FEEDBACK_LENGTH and (
        bool(_BUILT_FROM.search(text))
        or (not _ANOTHER_SUBJECT.match(text) and bool(_ABOUT_THE_REPOSITORY.search(text)))
    )


_DAY = (
    r"(\d{4}|\d{2})\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\.?|"
    r"(\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일|"
    r"\b([Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?"
    r"\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|"
    # `Tue Feb 6`, `Thursday, Jan 18th`: a lecture's day, its year the course's
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?\b"
)
_DATE = lazy(rf"(?<!\d)({_DAY})(?!\d)")
_DIGIT = lazy(r"\d")
_WHEN_KEYS = {
    "date", "dates", "day", "created", "created at", "created on", "created time", "last edited",
    "last edited time", "last modified", "last updated", "last touched", "last reviewed",
    "updated", "modified", "week",
    "lecture date", "since", "시작일",
    "날짜", "일시", "일자", "기간", "작성일", "작성 일자", "작성일자", "작성 날짜", "수정일",
    "최종 수정일", "발표일", "진행일", "진행 일시", "강의일", "강의 날짜", "스터디 날짜",
    "스터디 일시", "스터디 기간", "주차", "회차",
}  # fmt: skip
_WHO_KEYS = {
    "lecturer", "lecturers", "instructor", "instructors", "professor", "prof", "teacher",
    "tutor", "speaker", "speakers", "presenter", "presenters", "presented by",
    "강사", "강의자", "교수", "교수님", "발표자", "발표", "진행", "진행자", "스터디장", "담당",
    "담당자", "작성자", "서기", "author", "authors", "written by", "참여자", "참석자", "attendees",
    "scribe", "scribes", "scribed by", "notes by", "note taker", "필기", "collaborator",
    "collaborators", "contributor", "contributors", "members", "멤버", "팀원", "스터디원",
}  # fmt: skip
_CREDIT_KEYS = {
    # Where the note's text or picture came from: a credit, like a name.
    "source", "sources", "출처", "원문", "이미지 출처", "그림 출처", "image source", "credit",
    "credits", "via",
}  # fmt: skip
_OTHER_KEYS = {
    "tags", "tag", "태그", "type", "status", "상태", "category", "categories", "분류",
    "카테고리", "url", "link", "links", "링크", "reviewed", "장소", "location", "place",
    "course", "과목", "강의", "lecture", "수업", "class", "강좌", "교재", "textbook",
    "materials", "자료", "property", "aliases", "time", "시간",
}  # fmt: skip
_FIELD = lazy(r"^[^\w]*([^\W\d][\w ]{0,20}?)\s*[:：]\s*(.*)$")
_FEW_NAMES = 4
_FIELD_LENGTH = 120
_FIELD_OR_DATE = lazy(r"[:：\d]")
_FEW_WORDS_OF_A_FIELD = 8


@reads("paragraph", "bullet_list", "ordered_list", "table", "blockquote")
def is_meta_lines(block: Node) -> bool:
    """When, by whom and for which class a note was written — `📅 날짜: 2024.03.05`,
    `Lecturer: Prof. Kim`, `Created: March 5, 2024`, `Tags: OS`, a line that is only a date —
    each line such a field, at least one of them a date or a person. Not what it teaches."""
    lines: Iterable[str | None]
    if block.type == "paragraph":
        content = block.children[0].content
        first = content[: content.find("\n")] if "\n" in content else content
        if len(first) > _FIELD_LENGTH or not _FIELD_OR_DATE.search(first):
            return False  # prose: most paragraphs, at their first line
        lines = content.split("\n")
    elif block.type in ("bullet_list", "ordered_list"):
        lines = [None if i.line is None or i.below else i.line.content for i in block.children]
    elif block.type == "table":
        lines = _table_fields(block)
    elif block.type == "blockquote":  # `> 📅 2024.03.05 | 발표자: 김민수`
        return bool(block.children) and all(is_meta_lines(child) for child in block.children)
    else:
        return False
    # A dated list is a timeline (`- 2014.03.18: Java 8`); a dated line alone is the note's.
    bare_dates = block.type != "bullet_list" and block.type != "ordered_list"
    kinds: set[str] = set()
    for line in lines:
        if line is not None and "](" in line:
            line = LINK.sub(_link_text, line)  # `[김민수](https://github.com/…)`: a name
        if line is None or len(line) > _FIELD_LENGTH or not _FIELD_OR_DATE.search(line):
            return False  # prose, or no field or date: most blocks, at their first line
        if " · " in line and _is_session_line(line):
            kinds.add("when")
            continue
        for part in line.split(" | "):
            kind = _meta_kind(part, bare_dates) if part.strip() else ""
            if kind is None:
                return False
            kinds.add(kind)
    return bool(kinds & {"when", "who"})


_FEEDBACK_CHANNEL = lazy(
    r"(이슈|\bissues?\b|\bPRs?\b|pull requests?|풀 ?리퀘|스타|\bstars?\b|⭐|제보|피드백|"
    r"\bfeedback\b|\bcontributions?\b|기여)",
    re.IGNORECASE,
)
_REQUEST = lazy(
    r"(주세요|주시면|바랍니다|부탁|환영|감사합니다|\bwelcome\b|appreciated|feel free|"
    r"please (open|file|create|submit|report|leave|give|send|star|let)\b)",
    re.IGNORECASE,
)
_FEEDBACK_LENGTH = 150


@reads("paragraph")
def is_feedback_request(block: Node) -> bool:
    """`잘못된 내용은 이슈로 알려주세요`, `PRs welcome!`, `Please give it a ⭐`: the writer asking
    readers for corrections or stars, one short line. Not what the note teaches."""
    if block.type != "paragraph":
        return False
    text = block.children[0].content
    return (
        len(text) < _FEEDBACK_LENGTH
        and "\n" not in text.strip()
        and bool(_REQUEST.search(text))
        and bool(_FEEDBACK_CHANNEL.search(text))
    )


def _table_fields(table: Node) -> Iterator[str | None]:
    """`| 날짜 | 2024.03.05 |` rows as `날짜: 2024.03.05` lines; None for a row of more cells."""
    for row in table.rows():
        cells = [inline.content for inline in row.inlines()]
        yield f"{cells[0]}: {cells[1]}" if len(cells) == 2 else None


_SESSION = lazy(
    r"^\d{1,2}(?:\s*[~-]\s*\d{1,2})?\s*(?:주차|회차|차시)|^(?:week|session)\s*\d|"
    r"^(?:0?[1-9]|1[0-2])[./](?:0?[1-9]|[12]\d|3[01])\.?$",  # the day it met: `03.09`
    re.I,
)
"""`8주차`, `9~10주차`, `Week 3`: which meeting of a study group or course a note is of."""


def _is_session_line(line: str) -> bool:
    """`8주차 · 발표 김도현 · 참석 전원 (이수진, 박준영)`, `Week 3 · notes by Ana · reviewed by
    Ben`, `*03.09 · 서기: 지연*`: the line heading a study group's note, short parts joined by
    dots, one of them the meeting's number or day and the rest who presented, took the notes
    and came. A line saying more in any
    part, or ending a sentence, is no such line."""
    parts = [plain(part).strip(" *_") for part in line.split(" · ")]  # `*03.09 · 서기: 지연*`
    return (
        any(_SESSION.match(part) for part in parts)
        and all(len(part.split()) <= _FEW_WORDS_OF_A_FIELD for part in parts)
        and not _ends_sentence(parts[-1])
    )


def _meta_kind(line: str, bare_dates: bool = True) -> str | None:
    """What a line of note metadata says: `when` (a date, or a date field), `who` (a
    person field), `other` (another field of the note, or a pointer elsewhere); None for a
    line that is not metadata."""
    text = plain(line)
    field = _FIELD.match(text)
    if field and field[1].strip().isupper():
        return None  # `DATE: 1000-01-01 ~ …` in a note on SQL types is its subject
    if field:
        key, value = " ".join(field[1].lower().split()), field[2]
        if key in _WHEN_KEYS and _DIGIT.search(value):
            return "when"
        if key in _WHO_KEYS and 0 < len(value.split()) <= _FEW_NAMES and not _ends_sentence(value):
            return "who"
        if key in _CREDIT_KEYS and 0 < len(value.split()) <= _FEW_WORDS_OF_A_FIELD:
            return "who"
        if key in _OTHER_KEYS and len(value.split()) <= _FEW_WORDS_OF_A_FIELD:
            return "other"
    date = bare_dates and _DIGIT.search(text) and _DATE.search(text)
    if date and len(plain_words(_DATE.sub(" ", text)).split()) <= 3:
        return "when"  # `2024.03.05 (화)`, `Lecture 3 — 2021-09-14`
    if POINTER.match(text):
        return "other"
    return None


def _link_text(link: re.Match[str]) -> str:
    return link[0].split("](")[0].lstrip("![")


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "다", "요"))


_ATTRIBUTION = lazy(
    r"(작성자|글쓴이|작성하였|정리한 내용|written by|출처|원문|포스팅|참고\s*:|source\s*:|credit|"
    r"이 글의|이 글은|본 글은|이 레포|레포입니다|this (repo|repository|post|note|article)\b|"
    r"기반으로 (작성|정리)|감사의 말씀|thanks to|"
    r"무단|저작권|copyright)",
    re.IGNORECASE,
)


@reads("paragraph", "blockquote")
def is_attribution(block: Node) -> bool:
    """`> 작성자 : 팬시 / [출처](…)`, `> written by …`, `> 이 글의 내용은 수업 자료를 기반으로…`,
    thanks to whoever helped: who wrote the note and how, not what it says; or such a
    credit set apart in italics (`is_credit_line`)."""
    if block.type == "paragraph":
        text = block.children[0].content
        return is_credit_line(text) or _credits_the_content(text)
    if block.type != "blockquote":
        return False
    text = LINK.sub(" ", " ".join(node.content for node in block.walk() if node.type == "text"))
    return len(text) < 200 and bool(_ATTRIBUTION.search(text))


_EPIGRAPH = lazy(
    r"""\A\s*["“„«「『‘'](?P<said>[^\n]{3,300})["”»」』’']\s*[-–—―]{1,2}\s*(?P<by>\S[^\n]{0,80})\Z"""
)
"""`"…" — Phil Karlton`, `“…” - paraphrasing every Kaggle grandmaster ever`: a quotation in
quote marks, then a dash and who said it."""
_SPEAKER = lazy(
    r"""\A(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|da|di|le|la))*(?:,.*)?"""
    r"""|.*\b(?:proverb|paraphras\w*|saying|attributed|quoted)\b.*"""
    r"""|[가-힣]{2,4}(?:\s*(?:교수님?|선생님?|님))?|.*(?:속담|명언|격언))[.!]?\Z"""
)
"""Who said it: a name (`Phil Karlton`, `Edsger W. Dijkstra, 1972`, `홍길동 교수님`), or a kind of
saying (`Go proverb`, `paraphrasing …`, `옛 속담`); not a gloss after a dash (`— 함수가 값을
인자로 받듯이`), which says what the quotation means."""


def is_epigraph(block: Node) -> bool:
    """`> "There are only two hard things: cache invalidation and naming things." — Phil
    Karlton` over a note: a saying that sets the note's tone, not something it teaches a
    student to recall. Only a quotation in quote marks with a dash and its speaker after it,
    the whole quote; a dash before a gloss (`\"타입을 파라미터로 받는 것\" — 함수가 값을 인자로
    받듯이`) is no speaker, and the quotation stays."""
    if block.type != "blockquote" or [child.type for child in block.children] != ["paragraph"]:
        return False
    text = " ".join(node.content for node in block.walk() if node.type == "text")
    quoted = _EPIGRAPH.match(text)
    return quoted is not None and _SPEAKER.match(quoted["by"].strip()) is not None


_CREDIT = lazy(
    r"\b(?:(?:in )?collaboration with|co-?(?:written|authored) (?:with|by)|"
    r"written (?:together )?with|in partnership with|contributed by|guest post by|"
    r"courtesy of|reviewed by)\b|(?:와|과) 함께 (?:작성|정리)|의 도움을 받아",
    re.IGNORECASE,
)
_ITALIC_LINE = lazy(r"^\s*([_*])(?!\1)[^\n]+(?<!\s)\1\s*$")
_CREDIT_LENGTH = 300


def is_credit_line(text: str) -> bool:
    """`_The following page is a collaboration with [Austen](…), former … and author of
    [Mastering …](…)._`: one line in italics that says with whom a page was written, set
    apart from what it teaches. Not a card's text, however many titles it names."""
    if len(text) > _CREDIT_LENGTH or not text.lstrip().startswith(("_", "*")):
        return False  # most paragraphs, at their first character
    return bool(_ITALIC_LINE.match(text)) and bool(_CREDIT.search(text))


_CONTENT_CREDIT = lazy(
    r"^\W*(?:the )?(?:following |above )?(?:content|text|material)s? (?:below |here )?"
    r"(?:is|was|are|were) (?:(?:written|adapted|taken|reproduced|rephrased|originally) )*"
    r"(?:by|from) [^.!?\n]*[.!]\s+you can follow (?:him|her|them|me|us) on\b",
    re.IGNORECASE,
)
"""`The following content is by Jane Doe and rephrased for this handbook. You can follow
her on [Medium](…).`: who wrote the page's text, and where to follow them."""


_CONTENT_SOURCE = lazy(
    r"^\W*(?:the )?(?:key |main )?(?:points|notes|content|ideas|takeaways|summary|material)"
    r"(?: (?:here|below|above|on this page|in this (?:page|section|note)))?"
    r"(?: (?:are|is|were|was|have been|has been))? (?:mostly |largely )?"
    r"(?:extracted|adapted|taken|summari[sz]ed|condensed|paraphrased|excerpted|drawn|compiled)"
    r" from\b"
    r"|^\W*(?:this|these) (?:page|notes?|summary|section|article|post|guide)"
    r" (?:is|are) (?:based on|adapted from|a summary of|summari[sz]ed from|taken from)\b"
    r"|^\W*(?:이|본|해당) (?:글|문서|포스팅|내용)은 [^.\n]{1,120}?(?:을|를) "
    r"(?:참고|요약|발췌|번역)(?:하여|해서|해) (?:작성|정리|요약)",
    re.IGNORECASE,
)
"""`Key points taken from "Salary Talks Done Right" [Part 1](…) and [Part 2](…) by Jane Doe.`,
`이 글은 … 강의를 참고하여 정리했다.`: where the page's text comes from, said on a line of
its own. Not `Features can be extracted from videos`, which is of the subject."""


def _credits_the_content(text: str) -> bool:
    """A short paragraph crediting the page's text to its writer (`_CONTENT_CREDIT`), or
    naming the work it was taken from (`_CONTENT_SOURCE`), one line."""
    if len(text) > _CREDIT_LENGTH:
        return False  # prose: most paragraphs
    if "follow " in text and _CONTENT_CREDIT.search(text):
        return True
    one_line = "\n" not in text.strip()
    return one_line and _may_name_a_source(text) and bool(_CONTENT_SOURCE.match(text))


def _may_name_a_source(text: str) -> bool:
    """Whether a text holds a word each source of `_CONTENT_SOURCE` names (a cheap look first)."""
    return " from " in text or " based on " in text or " a summary of " in text or "은 " in text


_CONTACT = lazy(
    r"\]\(mailto:|\w\{at\}\w|"
    r"\b(?:e-?mail|contact|write to|reach(?: out to)?|get in touch with) us\b",
    re.IGNORECASE,
)
_CONTACT_LENGTH = 250


def _is_contact(text: str) -> bool:
    """`Are there companies you would like to know more about? Email us at [contact{at}…](
    mailto:…).`: one short line telling the reader how to reach the writers. Not what the
    note teaches."""
    return (
        len(text) <= _CONTACT_LENGTH
        and ("@" in text or "{at}" in text or " us " in text or " us." in text)  # what one needs
        and "\n" not in text.strip()
        and bool(_CONTACT.search(text))
    )


_NOTICE = lazy(
    r"\b(?:the|these|this page's|our) (?:instructions|information|details)\b"
    r"[^.!?\n]{0,40}\b(?:might|may|could|can) (?:differ|vary|change|be (?:different|"
    r"outdated|out of date|inaccurate))\b|\bsubject to change\b",
    re.IGNORECASE,
)


def is_notice(block: Node) -> bool:
    """`:::info` / `Due to COVID travel restrictions, …, so the instructions might differ.` /
    `:::`: a box warning that the page's own instructions may be out of date. A note on
    the page, of its time, not on its subject."""
    if block.type not in ("container_box", "admonition"):
        return False
    said = [child for child in block.children if child.type != "admonition_title"]
    return (
        bool(said)
        and all(child.type == "paragraph" for child in said)
        and any(_NOTICE.search(child.children[0].content) for child in said)
    )


_CHAT = lazy(
    r"\b(?:you(?:'ve|’ve| have) (?:listed|provided|mentioned|shared|asked)|I can provide|"
    r"I hope (?:this|that) helps|as an AI\b|"
    r"(?:let me know|feel free to ask) if you (?:need|have|want|would like) (?:any )?"
    r"(?:more|further|other|additional)\b|"
    r"I(?:'d|’d| would) be happy to help|"
    r"^here(?:'s|’s| is) (?:an? |the )?(?:improved|revised|refined|polished|corrected|"
    r"cleaned[- ]up|rewritten|updated|enhanced) version of your\b|"
    r"^(?:yes|great|absolutely|certainly|sure)\b[,!.]?\s+(?:this|that|your \w+) is (?:an? )?"
    r"(?:really |very )?(?:great|good|excellent|solid|nice|clear|well[- ]written) "
    r"(?:explanation|summary|overview|breakdown|description|write-?up|start)\b)",
    re.IGNORECASE,
)
_CHAT_LENGTH = 500


def _is_chat(text: str) -> bool:
    """`The levels you've listed typically exist in many companies … However, I can provide a
    general overview of what each of these roles entails:`: a chat assistant's reply to
    whoever asked it, pasted into the note with its answer. It speaks to its asker; the
    answer below it stays. So are its words on the asker's notes (`Here's an improved version
    of your notes:`, `Yes, this is a great explanation of …`)."""
    return len(text) <= _CHAT_LENGTH and _may_chat(text) and bool(_CHAT.search(text))


def _may_chat(text: str) -> bool:
    """Whether a text holds words each reply of `_CHAT` has (a cheap look first: the
    pattern costs more than these few looks)."""
    if "you" in text and ("ou've" in text or "ou’ve" in text or "ou have" in text):
        return True  # `you've listed …`
    return (
        "if you" in text
        or "I can provide" in text
        or "I hope" in text
        or "as an AI" in text
        or "happy to help" in text
        or " version of your " in text  # `Here's an improved version of your notes`
        # `Yes, this is a great explanation of …`
        or (" is a " in text and text[:1].lower() in ("y", "g", "a", "c", "s"))
    )


_SIGN_OFF = lazy(
    r"^\W*(?:(?:and|so|well),? )?(?:that(?:'s|’s| is) (?:all|it) "
    r"(?:from (?:me|us)|for (?:now|today|this (?:page|guide|article|post|chapter)))|"
    r"thanks? (?:you )?for reading)\b"
    r"|^\W*(?:읽어\s?주셔서 감사|이상으로 [^.\n]{0,60}마치|도움이\s?(?:되셨다면|되었다면|됐다면))"
    r"|공감\W{0,3}\s?(?:과|와|이랑|하고)?\s?구독",
    re.IGNORECASE,
)
"""`And that is all from me - for more detail …, do dive into each topic … through the
sidebar!`, `Thanks for reading!`, `읽어주셔서 감사합니다`, `도움이 되셨다면 공감❤️ 과 구독
부탁드려요 🙏`, `… 화이팅! 공감❤️ 과 구독은 큰 힘이 됩니다`: the writer signing off the page."""
_SIGN_OFF_LENGTH = 400
_BLOG_FURNITURE = lazy(
    r"^[ \t]*(?:공감(?:\s*\d+)?|구독하기|공유하기|댓글\s*\d*|저작자\s*표시(?:[ \t]+[^\n]{0,20})?|"
    r"반응형|\d{3}x\d{2,3}|"
    r"(?:태그|tags?)[ \t]*[:：][ \t]*#?[^\s,#]+(?:[ \t]*,?[ \t]*#?[^\s,#]+)*)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""`공감`, `저작자표시 비영리 변경금지`, `구독하기`, `태그: #ADsP, #회귀분석`: the buttons, licence
and tags a blog prints under every post, kept by its export as lines of text; `반응형` and
`728x90`, what its ad slots leave."""
_NEXT_POST = lazy(
    r"^\W*(?:다음\s*(?:글|포스트|포스팅|편)(?:은|에서는?|에선)\s|"
    r"(?:in )?(?:the )?next (?:post|article|part)(?: of this series)?\b[^.!?\n]{0,40}"
    r"\b(?:I'll|we'll|will)\b)",
    re.IGNORECASE,
)
"""`다음 글은 **가설검정**이에요.`, `In the next post I'll cover …`: the writer announcing their
next post, a word to the reader."""
_NEXT_POST_LENGTH = 160
_FURNITURE_HINT = lazy(r"다음|공감|태그|구독|저작자|공유|댓글|ext |ags|반응형|\dx\d")
"""What `_blog_furniture` cannot match without: a first look."""


def _blog_furniture(text: str) -> bool:
    """Whether a paragraph is only a blog's furniture under a post (`_BLOG_FURNITURE`, every
    line), or the writer announcing their next post in a line or two (`_NEXT_POST`)."""
    if (
        len(text) <= _NEXT_POST_LENGTH
        and ("다음" in text or "ext " in text)
        and _NEXT_POST.match(text)
    ):
        return True
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and len(_BLOG_FURNITURE.findall(text)) == len(lines)


def _signs_off(text: str) -> bool:
    head = text[:40].lower()
    return (
        "hat" in head
        or "hank" in head
        or "읽어" in head
        or "이상으로" in head
        or "도움" in head
        or "공감" in text
    ) and bool(_SIGN_OFF.search(text))


@reads("paragraph", "container_box", "admonition")
def is_said_to_the_reader(block: Node) -> bool:
    """A line or a box the writers address to the reader about the page, not its subject:
    how to reach them (`_is_contact`), a notice that its instructions may be out of date
    (`is_notice`), a chat assistant's words to its asker (`_is_chat`), the writer
    signing off (`That is all from me …`, `읽어주셔서 감사합니다`), the writer's word on how
    the page is written (`(팀 위키에 공유했던 내용이라 존댓말)`). Every block is asked: its
    type and length are looked at first."""
    kind = block.type
    if kind == "paragraph":
        text = block.children[0].content
        if len(text) > _CHAT_LENGTH:
            return False  # prose: most paragraphs
        return (
            _is_contact(text)
            or _is_chat(text)
            or (len(text) <= _SIGN_OFF_LENGTH and _signs_off(text))
            or _only_tells_to_try_first(text)
            or _only_remarks_on_its_format(text)
            or (_FURNITURE_HINT.search(text) is not None and _blog_furniture(text))
        )
    return (kind == "container_box" or kind == "admonition") and (
        is_notice(block) or _tells_to_try_first(block)
    )


_TRY_FIRST = lazy(
    r"\b(?:try|attempt|solve|work through|think (?:about|through)|(?:spend|give)\b[^.!?\n]{0,20}?"
    r"\b(?:minutes?|mins?|hours?))\b[^.!?\n]{0,60}?\b(?:yourself|on your own|alone)\b"
    r"[^.!?\n]{0,30}?\bbefore (?:reading|looking|checking|scrolling|peeking|you (?:read|look|"
    r"check|scroll))\b|"
    r"(?:풀이|정답|답|해설|아래)[^.!?\n]{0,10}?(?:보기|읽기)[ \t]*전에[^.!?\n]{0,30}?"
    r"(?:풀어|생각해|고민해)",
    re.IGNORECASE,
)
"""`Spend 20 minutes on this yourself before reading.`, `Try it on your own before looking
at the solution.`, `풀이를 보기 전에 먼저 직접 풀어 보자.`: the writer telling the reader to
attempt the problem before the page answers it; how to use the page, not what it teaches."""
_TRY_FIRST_LENGTH = 200
_COVER_THE_ANSWERS = lazy(
    r"\bno peeking\b|\bdon'?t peek\b|"
    r"\banswers?\b[^.!?\n]{0,20}?\b(?:in|inside|under|behind)\b[^.!?\n]{0,12}?"
    r"\b(?:dropdowns?|drop-downs?|toggles?|details|folds?|spoilers?)\b|"
    r"(?:답|정답|해설)(?:은|이)?[ \t]*(?:다[ \t]*)?(?:토글|접은[ \t]?글|드롭다운)"
    r"[ \t]*(?:안에|속에|에)",
    re.IGNORECASE,
)
"""`No peeking. Answers in the dropdowns.`, `정답은 토글 안에`: the writer telling the reader
to answer before opening the folds below, how to use a quiz, which the folds' questions
ask."""


def _only_tells_to_try_first(text: str) -> bool:
    """A short paragraph whose news is `_TRY_FIRST` or `_COVER_THE_ANSWERS`: at most a
    sentence or two beside it."""
    if len(text) > _TRY_FIRST_LENGTH:
        return False
    if ("before" in text or "전에" in text) and _TRY_FIRST.search(text):
        return True  # what each of them says, looked for first
    return ("eek" in text or "답" in text or "nswer" in text) and bool(
        _COVER_THE_ANSWERS.search(text)
    )


def _tells_to_try_first(block: Node) -> bool:
    """`:::tip Try first` / `Spend 20 minutes on this yourself before reading.` / `:::`: a box
    holding only the writer's word to attempt the problem first."""
    said = [child for child in block.children if child.type != "admonition_title"]
    return (
        len(said) == 1
        and said[0].type == "paragraph"
        and _only_tells_to_try_first(said[0].children[0].content)
    )


_KNOW_FIRST = lazy(
    # `X를 접하기 이전, Y가 무엇인지 파악하고 접근하자`, `이 글을 읽기 전에 Y를 알고 오면 좋다`
    r"(?:접하기|읽기|들어가기|알아보기|살펴보기|배우기|공부하기|알기)[ \t]*(?:이전|전)에?"
    r"[ \t,][^.!?\n]{0,80}?(?:(?:파악|이해|공부|학습|숙지)하고[ \t]*(?:접근|읽|보|오|와|시작)|"
    r"알고[ \t]*(?:오|와|가|접근|읽|보|시작)|(?:알아|파악해|공부해|읽어|익혀)[ \t]*두|"
    # `오류 정정 부호에 대해 알기 전에 오류 검출 방식에 대해 알 필요가 있다.`
    r"(?:알|이해할|알아[ \t]?둘)[ \t]?필요가[ \t]?있다)|"
    # `Before reading this, make sure you understand hashing.`
    r"\bbefore (?:reading|diving in(?:to)?|you (?:read|dive in)|going (?:further|on))\b"
    r"[^.!?\n]{0,80}?\b(?:make sure|be sure|you should|you need to|"
    r"(?:I )?(?:strongly )?recommend)\b[^.!?\n]{0,30}?\b(?:know|understand|(?:be|are) "
    r"(?:familiar|comfortable)|read|review|brush up)\b|"
    # `Make sure you understand hashing before reading this.`
    r"\b(?:make sure|be sure) (?:that )?you (?:know|understand|are (?:familiar|comfortable) "
    r"with|have read)\b[^.!?\n]{1,80}?\bbefore (?:reading|diving|you (?:read|dive)|"
    r"going (?:further|on))\b|"
    r"\bthis (?:page|note|post|article|guide|chapter) assumes (?:you|(?:some |basic )?"
    r"(?:familiarity|knowledge))\b",
    re.IGNORECASE,
)
"""`> @Autowired의 개념을 접하기 이전, DI 개념, SOLID 원칙이 무엇인지 파악하고 접근하자!`,
`Before reading this, make sure you understand hashing.`: the writer telling the reader
what to know before reading the page; how to read it, not what it teaches."""
_POINTS_INTO_THE_PAGE = lazy(r"아래|다음|below|following", re.IGNORECASE)
_KNOW_FIRST_LENGTH = 160
_SENTENCE_END = lazy(r"[.!?](?=\s+\S)")


@reads("paragraph", "blockquote")
def tells_what_to_know_first(block: Node) -> bool:
    """A line, plain or quoted, that only tells the reader what to know before reading
    (`_KNOW_FIRST`): one sentence, naming no part of the page below (`아래 그림으로 먼저
    파악해 보자` leads into it). A sentence stating a dependency as a fact (`@Autowired는
    DI를 구현하는 방법이다`) teaches it, and stays."""
    if block.type == "blockquote":
        if len(block.children) != 1 or block.children[0].type != "paragraph":
            return False
        block = block.children[0]
    return bool(block.children) and _only_tells_what_to_know_first(block.children[0].content)


def _only_tells_what_to_know_first(text: str) -> bool:
    """Whether a line says only what to know before reading (`_KNOW_FIRST`), in one
    sentence naming no part of the page below."""
    text = text.strip()
    if len(text) > _KNOW_FIRST_LENGTH or not (
        "전" in text or "before" in text.lower() or "assumes" in text
    ):
        return False  # most lines, at their length and words
    return (
        bool(_KNOW_FIRST.search(text))
        and not _POINTS_INTO_THE_PAGE.search(text)
        and not _SENTENCE_END.search(text)
    )


_REVIEW_TITLE = lazy(
    r"^\W*(?:strengths?|weaknesses|suggestions?|suggested (?:improvements|changes|edits)|"
    r"(?:suggestions|areas|room|points) (?:for|of|to) (?:improvement|improve|consider)|"
    r"improvements|(?:overall )?feedback|"
    # The writer looking back on the post: `## Review`, `## 회고`, `## 글을 마치며`
    r"reviews?|retrospective|회고|후기|소감|느낀\s*점|(?:글을\s*)?마치며)\W*$",
    re.IGNORECASE,
)
"""`### Suggestions for Improvement:`, `### Strengths:`, `## Review`: a heading of a review."""
_ON_THE_WRITING = lazy(
    r"\byou (?:provided|mentioned|described|explained|wrote|made it clear|might say|could say)\b|"
    r"\byour (?:explanation|notes?|summary|analogy|description|breakdown|draft|writing)\b|"
    r"\b(?:could|can|might) be (?:clarified|expanded|elaborated|made clearer)\b|"
    # Advice on the text, not on the subject: `it might be helpful to add a brief explanation`,
    # not `it might be helpful to add a cache`.
    r"\bit (?:might|could|would) be (?:helpful|useful|worth) (?:to )?(?:briefly |also )?"
    r"(?:mention|clarify|explain|note|(?:add|include) (?:a )?(?:brief |short )?"
    r"(?:explanation|mention|note|example|sentence))\b|"
    r"\bconsider (?:adding|including) (?:a )?(?:brief |short )?(?:explanation|mention|note|"
    r"example|sentence)\b|"
    # The writer on their own post: `이번 Post에서는 … 정리했다`, `정리를 하니까 … 이해가 되었다`
    r"(?:이번|이|본|해당)\s*(?:post|포스트|포스팅|글)에서|"
    r"정리(?:했다|하였다|해\s*보았다|해\s*봤다|를 하니|하면서|하니까)|이해가 (?:되었다|됐다)|"
    r"\b(?:in|with) this (?:post|article),? (?:I|we) (?:covered|summari[sz]ed|wrote|went over|"
    r"looked at|learned)\b|\bwhile writing (?:this|these)\b",
    re.IGNORECASE,
)
"""What a reviewer says of a text it was shown: `The step-by-step process you provided`,
`could be clarified further`, `It might be useful to include a brief mention of …`; or the
writer of their own post, looking back: `이번 Post에서는 … 정리했다`."""
_SAID_TWICE = 2


def reviews_the_note(section: Section) -> bool:
    """`### Suggestions for Improvement:` over `- The term "authorization server" could be
    clarified further.`, `### Strengths:` over `The step-by-step process you provided
    covers …`: a review of the note's own writing (a chat assistant's, pasted in with it),
    speaking of how the note explains its subject, not of the subject. So is the writer's
    own look back at the post (`## Review` over `- 이번 Post에서는 … 정리했다.` / `- … 정리를
    하니까 … 이해가 되었다.`). Its heading names a review and its lines, at least twice, the
    writing they judge; a `## Review` that sums up the subject stays."""
    if not section.blocks or not _names_a_review(section.title):
        return False  # most sections, at their title
    text = "\n".join(inline.content for block in section.blocks for inline in block.inlines())
    return len(_ON_THE_WRITING.findall(text)) >= _SAID_TWICE


@lru_cache(maxsize=1024)
def _names_a_review(title: str) -> bool:
    return bool(_REVIEW_TITLE.match(title))


_LAYOUT = lazy(
    r"\byou(?:'ll|’ll| will| can| can expect to| should expect to) (?:also )?find\b|"
    r"\b(?:each|every) (?:topic|chapter|section|page|guide|study guide|note) "
    r"(?:has|contains|includes|covers|is laid out)\b",
    re.IGNORECASE,
)
_OF_THE_PAGE = lazy(
    r"\b(?:each|every) (?:topic|chapter|section|page|guide|study guide|note|article)\b|"
    r"\bthis (?:page|guide|article|site|section|book)\b",
    re.IGNORECASE,
)
"""`For each topic, you can expect to find:`, `Each chapter contains:`: the page telling its
reader what its parts hold. Not `In the project root you will find:`, which is the
subject's own layout."""


def describes_the_page(section: Section) -> bool:
    """`For each topic, you can expect to find:` over `1. A brief overview` / `1. Learning
    resources` / …: the page describing its own layout, the names of the parts every topic
    of it has. Nothing of any topic is said; a list that says more than names stays."""
    blocks = section.blocks
    if len(blocks) < 2 or blocks[-1].type not in ("bullet_list", "ordered_list"):
        return False
    leads = blocks[:-1]
    if any(block.type != "paragraph" for block in leads):
        return False
    lead = leads[-1].children[0].content.rstrip()
    return (
        lead.endswith((":", "："))
        and bool(_LAYOUT.search(lead))
        and bool(_OF_THE_PAGE.search(lead))
        and is_topic_list(blocks[-1])
    )


_ASKS_ABOUT_THE_PAGE = lazy(
    r"^(?:what(?:'s|’s| is) this|about this(?: (?:page|guide|site|section|handbook|"
    r"cheat ?sheet|repo|repository|book|course|document))?|이 (?:문서|글|페이지)는)[ \t]*[?？]?$",
    re.IGNORECASE,
)
"""`## What is this`, `## About this guide`: a heading asking what the page itself is."""
_THIS_PAGE_OPENS = lazy(
    r"^\W*(?:this|the present) (?:section|page|guide|handbook|cheat ?sheet|site|repo|"
    r"repository|book|course|document)s?\b|^\W*(?:이|본) (?:문서|글|페이지)(?:는|은|에서)",
    re.IGNORECASE,
)


def answers_what_the_page_is(section: Section) -> bool:
    """`## What is this` over `This section dives deep into … The more techniques you have,
    the higher the chances …`: a heading asking about the page itself, answered by a
    paragraph opening on the page (`This section …`, `이 문서는 …`). The page's blurb, not
    its subject; its subsections stay."""
    if not section.blocks or not _ASKS_ABOUT_THE_PAGE.match(section.title.strip()):
        return False  # most sections, at their title
    first = section.blocks[0]
    return first.type == "paragraph" and bool(_THIS_PAGE_OPENS.match(first.children[0].content))


_PAGE_REMARK = (
    r"(?:\b(?:in |on )?this (?:article|page|guide|post|tutorial),? ?(?:we|I)(?:'ll|’ll| will)? "
    r"(?:focus|cover|discuss|look at|go (?:over|through)|talk about)\b|"
    r"\bthis (?:article|page|guide|post) (?:will )?(?:focus(?:es)?|covers?|discuss(?:es)?)\b|"
    r"\bbefore reading this (?:page|article|guide)\b|"
    # `This section gives you a breakdown of …`, `This section ensures your resume is …`
    r"\bthis section (?:(?:will )?(?:gives?|provides?) you|ensures|(?:will )?helps? you)\b|"
    # `Each of the following paragraphs will cover the content usually expected …`
    r"\b(?:each of )?the following (?:paragraphs|sections|chapters) (?:will )?"
    r"(?:cover|describe|discuss|explain|go (?:over|through))\b|"
    r"(?:이번|본|해당) (?:글|포스팅|포스트|문서)에서(?:는)? [^.\n]{0,120}?"
    r"(?:알아본다|알아보자|다룬다|다뤘다|다루었다|다루지 않는다|살펴본다|살펴보자)|"
    # The writer's plan for the notes: `추후에 … 정리할 예정이다.`, `… 다룰 예정이다.`
    r"(?:추후|나중에|다음에|다음 (?:글|포스팅|시간)|따로|별도|"
    r"다른 (?:글|페이지|포스트|포스팅|문서))"
    r"[^.\n]{0,80}?(?:(?:정리|작성|포스팅)할|다룰) 예정|"
    # The writer musing on what the note still lacks: `…을 이해하기 위해서는 예시를 보여줄
    # 필요가 있는 것 같다.`
    r"(?:보여|설명해|추가해|보충해|정리해|다뤄)(?:줄|야 할|볼) 필요가 있(?:는|을) 것 같다|"
    # `I will also be adding content on 1 month plans soon.`, `I will write on … in the future.`
    r"\bI(?:'ll|’ll| will)(?: also)? (?:be )?(?:writ(?:e|ing)|add(?:ing)?|post(?:ing)?|"
    r"shar(?:e|ing))\b[^.!?\n]{0,100}?\b(?:soon|in the (?:near )?future|later on)|"
    # `In future we will add tips on how to …`: the time first, then the writers' plan
    r"\b(?:in (?:the )?(?:near )?future|soon|later on),? (?:I|we)(?:'ll|’ll| will)(?: also)? "
    r"(?:be )?(?:writ(?:e|ing)|add(?:ing)?|post(?:ing)?|shar(?:e|ing)|cover(?:ing)?)\b)"
)
_IN_A_SENTENCE = r"(?:[^.!?\n\[]|\[[^\]\n]*\]\([^)\n]*\))"  # a link's `./a.md` ends none
_PAGE_REMARK_SENTENCE = lazy(
    rf"(?:^|(?<=[.!?])[ \t]+)[_*]?{_IN_A_SENTENCE}*?{_PAGE_REMARK}{_IN_A_SENTENCE}*[.!?]?[_*]?"
    r"(?=[ \t]|$)",
    re.IGNORECASE | re.MULTILINE,
)
"""`In this article, we focus on questions which use recursion …`, `You're recommended to read
the page on [Arrays](…) before reading this page.`, `이번 글에서 … 알아본다.`, `_본 문서에서는
REDO와 UNDO에 관해서는 자세하게 다루지 않는다._`: a sentence about what the page covers."""


def without_page_remarks(answer: str) -> str:
    """An answer less its sentences saying what the page covers or leaves out (`This page
    will focus on questions which …`): the page's plan, not its subject. The sentences
    around them stay; a paragraph left empty goes with the blank line after it. Only the
    lines that held such a sentence change (code keeps its spacing)."""
    if not _may_remark(answer):
        return answer  # no remark can be there: most answers, at a glance
    return cut_from_lines(answer, _line_without_remarks)


def _line_without_remarks(line: str) -> str:
    return _PAGE_REMARK_SENTENCE.sub("", line) if _may_remark(line) else line


_PAGE_WORDS = ("article", "page", "guide", "post", "tutorial", "section ")
_PARTS_OF_A_PAGE = ("paragraphs ", "sections ", "chapters ")


def _may_remark(text: str) -> bool:
    """Whether a text holds the words each remark of `_PAGE_REMARK` has (a cheap look
    first: the pattern costs more than these few looks)."""
    if "예정" in text or ("에서" in text and ("글" in text or "문서" in text or "포스" in text)):
        return True
    if "필요가 있" in text and " 것 같" in text:  # the writer musing on what the note lacks
        return True
    if (" will " in text or "'ll " in text or "’ll " in text) and (
        "soon" in text or "future" in text or "later on" in text
    ):
        return True
    if "following " in text and any(word in text for word in _PARTS_OF_A_PAGE):
        return True
    return ("this " in text or "This " in text) and any(word in text for word in _PAGE_WORDS)


_STUDY_VERB = (
    r"(?:(?:알아|알아가|살펴|들여다|공부해|학습해|정리해|비교해|확장해|다뤄|이야기해|얘기해)[ \t]?"
    r"(?:보자|봅시다|보겠다|보겠습니다|보도록[ \t]하자|보도록[ \t]하겠다|보도록[ \t]하겠습니다|"
    r"볼까요?|보기로[ \t]하자)|"
    # `…용어에 대해 먼저 정리하고 넘어가자.`: the terms are settled before the page goes on
    r"(?:정리하고|짚고)[ \t]?(?:넘어가자|가자|넘어가겠다|넘어가겠습니다|넘어갑시다))"
)
_SAYS_BEFORE = r"데[ \t,]|지만|므로|며[ \t,]|니까"  # `…방식인데 하나씩 알아가보자`: a claim first
_CLOSING_NARRATION = lazy(
    r"(?:(?<=[.!?])[ \t]+|^[ \t]*(?:[-*+][ \t]+)?)[*_]*(?:"
    rf"(?:(?!{_SAYS_BEFORE})(?:[^.!?\n]|[.!?](?=\S)))*?{_STUDY_VERB}[.!~]*|"
    r"(?:(?:so|now|next|then|first|in the next section),?[ \t]+)?"
    r"(?:we(?:'ll|’ll| will| are going to| shall)|let(?:'s|’s| us))[ \t]+"
    r"(?:(?:now|next|then|first|further)[ \t]+)?"
    r"(?:learn|discuss|explore|look (?:at|into)|dive|take a (?:closer |quick )?look|"
    r"talk about|cover|go (?:over|through)|study|examine|see how|find out)\b"
    r"(?:[^.!?\n]|[.!?](?=\S))*[.!?:]?"
    r")[*_]*[ \t]*(?:<br[ \t]*/?>)?[ \t]*$",
    re.IGNORECASE,
)
"""`그럼 이것에 대해 알아보자.`, `위의 테이블을 조금 더 확장해보자`, `So we'll learn how we can
handle these tasks using message queues.`: the writer announcing what the page turns to
next."""


def without_closing_narration(answer: str) -> str:
    """An answer less its last sentence when that only announces what the page looks at
    next (`… HTTPS의 원천 기술은 TLS이다. 그럼 이것에 대해 알아보자.`, `So we'll learn how …`):
    what it announces is not on the card, so the sentence leaves the student waiting, and a
    back that is only the announcement has nothing to recall. The sentences before it on
    its line stay; a line that held only it goes, with the blank lines before it. An
    announcement that opens a back leads into what follows it there, and stays, as does
    one after a claim of its own (`…방식인데 하나씩 알아가보자.`), one under a picture it
    tells of, and one completing a fragment of several lines. A back that is one fragment
    and the announcement (`- … 처리하는 경우` / `… 줄이는 방법에 대해서 알아보자.`) says only
    when something is needed and that the page will tell: nothing is left (no card)."""
    trimmed = answer.rstrip()
    line_start = trimmed.rfind("\n") + 1
    last = trimmed[line_start:]
    if not _may_close_by_narrating(last):
        return answer  # most answers, at a glance
    narration = _CLOSING_NARRATION.search(last)
    if narration is None:
        return answer
    head = trimmed[: max(line_start - 1, 0)]
    kept = last[: narration.start()].rstrip()
    if not _closed(kept):
        return answer  # it began inside a quotation or a bold phrase: `"뭐에요? …" 라고 …`
    left = f"{head}\n{kept}" if head and kept.strip(" \t-*+") else (head or kept).rstrip()
    words = _PICTURE_OR_TAG.sub("", left)
    if not any(char.isalnum() for char in words):
        # Only pictures stay: the announcement says what they show, as the writer put it.
        return answer if left.strip() else ""
    if not _A_SENTENCE_ENDS.search(words):
        if "\n" not in left.strip():
            return ""  # one fragment and the announcement: a situation and a promise
        return answer  # after a fragment (`… 처리하는 경우`) it is what names the subject
    return left


_PICTURE_OR_TAG = lazy(r"!\[[^\]\n]*\]\([^)\n]*\)|<[^<>\n]*>")
_A_SENTENCE_ENDS = lazy(r"[.!?。][*_`]*(?:\s|$)|[다요음됨함임][*_`]*[ \t]*$", re.MULTILINE)
"""`… 인증서이다.`, `… 작업이다`, `… 사용함`: a sentence, where a fragment (`… 처리하는 경우`)
ends on no predicate."""


def _closed(text: str) -> bool:
    """Whether a text closes every quotation, bold phrase and parenthesis it opens."""
    return (
        text.count('"') % 2 == 0
        and text.count("**") % 2 == 0
        and text.count("(") == text.count(")")
        and text.count("“") == text.count("”")
    )


_NARRATION_WORDS = ("et's", "et’s", "et us", "e'll", "e’ll", "e will", "e are going", "e shall")
"""`Let's`, `we'll`, `We will`: the words an English announcement opens on, less their first
letter, whatever its case."""
_WORDS_OF_NARRATION = lazy(any_of(_NARRATION_WORDS))
"""Any of them (plain words: one pattern finds any of them faster than as many looks for
each)."""


def _may_close_by_narrating(line: str) -> bool:
    """Whether a last line may hold an announcement of `_CLOSING_NARRATION` (a cheap look
    first: most lines end in no verb of study and hold no `we'll` or `let's`)."""
    end = line[-30:]  # a Korean verb of study closes the line, behind a few marks at most
    if "보" in end or "봅" in end or "볼" in end or "가자" in end or "넘어가" in end:
        return True
    return _WORDS_OF_NARRATION.search(line) is not None


_ANNOUNCING_VERB = (
    r"(?:알아|살펴)[ \t]?(?:보자|봅시다|보겠다|보겠습니다|보도록[ \t]하자|보도록[ \t]하겠다|"
    r"보도록[ \t]하겠습니다|볼까요?|보려고[ \t]한다)|"
    r"설명(?:드리|하|해[ \t]?드리|해[ \t]?보)겠(?:다|습니다)|"
    r"(?:정리하고|짚고)[ \t]?(?:넘어가자|가자|넘어가겠다|넘어가겠습니다|넘어갑시다)"
)
_OPENING_NARRATION = lazy(
    r"^[ \t]*(?:[-*+][ \t]+)?[*_]*(?:"
    rf"(?:(?!{_SAYS_BEFORE})[^.!?\n])*?(?:{_ANNOUNCING_VERB})[.!~]*|"
    r"(?:(?:so|now|first|here|in this section),?[ \t]+)?"
    r"(?:let(?:'s|’s| us)[ \t]+(?:take[ \t]+a[ \t]+(?:closer[ \t]+|quick[ \t]+)?look[ \t]+at|"
    r"look[ \t]+at|see(?![ \t]+that\b)|explore|discuss|learn[ \t]+about)|"
    r"we(?:'ll|’ll| will| are going to)[ \t]+(?:learn[ \t]+about|look[ \t]+at|discuss|explore|"
    r"cover|go[ \t]+(?:over|through)))\b[^.!?:\n]*[.!:]?"
    r")[*_]*[ \t]*(?:<br[ \t]*/?>)?[ \t]*$",
    re.IGNORECASE,
)
"""`가상 주소를 물리 주소로 변환하는 과정에 대해 알아보자.`, `…을 예시를 들어
설명드리겠습니다.`, `Let's look at how …`, `In this section we will discuss …`: a line that
only announces what the lines after it say."""
_TOP_ITEM = lazy(r"^[-*+][ \t]+\S")


def without_opening_narration(answer: str) -> str:
    """An answer less the lines opening it or one of its paragraphs that only announce what
    follows (`…에 대해 알아보자.`, `…를 설명드리겠습니다.`, `Let's look at how …`), or only
    tell what to know first (`오류 정정 부호에 대해 알기 전에 오류 검출 방식에 대해 알
    필요가 있다.`), and less such a bullet among others with lines after it (`- 위의 과정을
    아래에서 조금 더 자세하게 살펴보겠다.`): the lines after them say it, and the student has
    nothing to recall from the announcement. A line that says something besides
    (`…방식인데 하나씩 알아가보자.`, a second sentence, a subject in bold), one over the
    points nested under it, one inside code, and one over nothing but pictures or nothing
    at all stay as the writer put them; a bullet closing the answer is left to
    `without_closing_narration`."""
    if not _may_open_by_narrating(answer):
        return answer  # most answers, at a glance
    lines = answer.split("\n")
    dropped: set[int] = set()
    fenced = False
    for index, line in enumerate(lines):
        if line.lstrip(" \t>").startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced or line[:1] in " \t":
            continue  # a paragraph inside an item may complete it (`… 경우` / `…을 알아보자.`)
        opens = index == 0 or not lines[index - 1].strip()
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if not (opens or _TOP_ITEM.match(line)):
            continue
        if not (_OPENING_NARRATION.match(line) or _only_tells_what_to_know_first(line)):
            continue
        if not (opens or _among_items(lines, index)):
            continue
        if _STATES_SOMETHING.search(line):
            continue
        if _indent(following) > _indent(line) and following.strip():
            continue  # its own points hang under it: it names what they belong to
        dropped.add(index)
        if opens and index + 1 < len(lines) and not following.strip():
            dropped.add(index + 1)  # no paragraph break is left doubled
    if not dropped:
        return answer
    kept = [line for index, line in enumerate(lines) if index not in dropped]
    left = "\n".join(kept).strip("\n")
    words = _PICTURE_OR_TAG.sub("", left)
    return left if has_substance(words) else answer


def _among_items(lines: list[str], index: int) -> bool:
    """Whether a bullet below other lines has more of the answer after it and ends where
    the next bullet or a blank line starts (dropping it then joins nothing to the item
    before it)."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if following.strip() and not _TOP_ITEM.match(following):
        return False  # its own text runs on, or it closes a list the next line does not
    return any(line.strip() for line in lines[index + 1 :])


_OPENING_WORDS = (
    "알아보", "알아 보", "살펴보", "살펴 보", "설명드리", "설명하겠", "설명해",
    "고 넘어가", "하고 가자", "필요가",
)  # fmt: skip
_MAY_OPEN_BY_NARRATING = lazy(any_of(_OPENING_WORDS + _NARRATION_WORDS))
"""Any word an opening announcement holds, Korean or English, looked for at once."""
_STATES_SOMETHING = lazy(r"\*\*|__|인[ \t]+[`*]|지에[ \t]?(?:대해|관해)|기준|예로[ \t]")
"""`**…방법**에 대해 알아보자`, `…방법인 `Multi-level Page Tables`에 대해 알아보자`, `어떤
프로세스를 빼야 하는지에 대해 알아보자`, `HikariCP 기준으로 설명하겠다`: an announcement
that also says what the subject is, what it answers or which example the lines after it
follow; the lines after it may lean on it."""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _may_open_by_narrating(answer: str) -> bool:
    """Whether an answer may hold a line of `_OPENING_NARRATION` (a cheap look first)."""
    return _MAY_OPEN_BY_NARRATING.search(answer) is not None


_OWN_ASIDE = lazy(
    r"^[ \t]*\((?:"
    # `(I double checked: 150 ms / 0.5 ns = 3×10^8 …)`: the writer checking their own figures
    r"I(?:'ve|’ve| have)? (?:double[- ]checked|checked|verified|re-?did|recomputed|tested)\b|"
    # `(그래서 현재 프로젝트에서도 CDN을 구축하려고 하고 있다.)`: where the writer uses it
    r"(?:그래서[ \t]|참고로[ \t])?(?:현재|지금|우리|내|저희)[ \t]?(?:프로젝트|팀|회사)"
    r"에서(?:도|는)?[ \t]|"
    # `(the diagram in the slides is nicer: …)`, `(the image is from the workshop, need to
    # redo it …)`, `(그림은 강의 자료에서 가져옴)`: the page's own picture, where it came from
    # or what it still needs
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Mm]y|[Oo]ur)[ \t](?:(?:above|below|first|second|last)[ \t])?"
    r"(?:image|picture|pic|diagram|figure|drawing|screenshot|sketch|chart)s?[ \t]"
    r"(?=[^\n]*?\b(?:in the (?:slides?|lecture|book|paper)\b|redo\b|redraw|re-draw|TODO\b|"
    r"(?:is|are|looks?) (?:much |way |a lot )?(?:nicer|better|clearer|prettier|ugly|rough)\b|"
    r"(?:is|are|was|were|comes?|came|taken|copied|borrowed|stolen) from\b|"
    r"needs? (?:to (?:be )?)?(?:redo|redone|redraw|redrawn|update|updated|replace|replaced|"
    r"fix|fixed)\b|source:|credit:))|"
    r"(?:그림|사진|이미지|도식|다이어그램)(?:은|는|이|도)?[ \t]"
    r"(?=[^\n]*?(?:출처|가져[옴왔온]|캡처|캡쳐|퍼[옴왔온]|다시 그려|새로 그려|나중에|"
    r"바꿔야|고쳐야))"
    r")[^\n]*\)[.!]?[ \t]*$",
    re.MULTILINE,
)
"""A paragraph in parentheses in which the writer speaks of themselves: checking their own
arithmetic (`(I double checked: …)`), where they use the subject (`(그래서 현재
프로젝트에서도 CDN을 구축하려고 하고 있다.)`), or the page's own picture: where it came
from, that it is to redo (`(the diagram in the slides is nicer: …)`). An aside of the
writer's, not the subject's."""


def without_own_asides(answer: str) -> str:
    """An answer less its paragraphs in parentheses that only tell of the writer
    (`_OWN_ASIDE`): what it answers stands without them; a paragraph left empty goes with
    the blank line after it. A parenthesis inside a sentence, or one stating what the
    subject does (`(In practice use pgBackRest …)`), stays."""
    if "(" not in answer or not _OWN_ASIDE.search(answer):
        return answer  # no such aside: most answers, at a glance
    return cut_from_lines(answer, _line_without_own_aside)


def _line_without_own_aside(line: str) -> str:
    return "" if line.lstrip().startswith("(") and _OWN_ASIDE.match(line) else line


_FORMAT_REMARK = lazy(
    r"^[ \t>]*(?:[-*+][ \t]+)?[*_(]*(?:"
    # `마크다운 색상이 적용 문제로 이미지로 대체`, `표가 깨져서 사진으로 첨부`, `페이지 탐색 과정
    # 순서도로 대체하겠습니다.`: what the writer put in the text's place, and why
    r"(?=[^\W\d_])[^\n]{0,40}?(?:이미지|사진|그림|캡처|캡쳐|스크린샷|스샷|순서도|도식)(?:으로|로)?"
    r"[ \t]?(?:대체|첨부|대신)(?:함|했음|하였음|했습니다|하였습니다|합니다|하겠습니다|했어요|해요|"
    r"해[ \t]?둠)?|"
    # `(formatting broke, see screenshot)`, `The table didn't render, pasted as an image.`
    r"(?:the[ \t]+)?(?:formatting|markdown|table|math|latex|colou?rs?)[ \t]+(?:broke|"
    r"(?:is|was|got)[ \t]+broken|(?:did not|didn't|does not|doesn't|won't)[ \t]+(?:render|show))"
    r"\b[^\n]{0,40}?|"
    r"(?=[^\W\d_])[^\n]{0,40}?\b(?:pasted|replaced|attached)[ \t]+(?:it[ \t]+|this[ \t]+|"
    r"them[ \t]+|here[ \t]+)?(?:as|with|by)[ \t]+(?:an?[ \t]+)?(?:image|screenshot|picture)s?\b"
    r"[^\n]{0,40}?|"
    # `(팀 위키에 공유했던 내용이라 존댓말)`, `(written for the team wiki, hence the formal
    # tone)`: why the note speaks as it does
    r"(?=[^\W\d_])[^\n]{0,40}?(?:이라|라|여서|어서|해서)서?[ \t]?(?:존댓말|반말|높임말|경어체)"
    r"(?:로[ \t]?(?:씀|썼음|작성함?|적음))?|"
    r"(?=[^\W\d_])[^\n]{0,60}?\b(?:hence|so|thus)[ \t]+the[ \t]+(?:formal|informal|casual|"
    r"polite)[ \t]+(?:tone|register|style|wording)"
    r")[.!)*_ \t]*$",
    re.IGNORECASE,
)
"""A line whose whole content is the writer saying how the note is written: what stands in
the text's place and why (`* 마크다운 색상이 적용 문제로 이미지로 대체`, `표가 깨져서 사진으로
첨부`, `(formatting broke, see screenshot)`), or why it speaks in the tone it does (`(팀 위키에
공유했던 내용이라 존댓말)`). Of the page's making, not of its subject."""
_MAY_REMARK_ON_FORMAT = lazy(
    any_of(
        ("대체", "첨부", "대신", "broke", "render", "show", "pasted", "replaced", "attached")
        + ("존댓말", "반말", "높임말", "경어체", "tone", "register", "style", "wording")
        + ("ı", "ſ", "\u0307")
    )
)
"""A word every remark on the format holds (`_FORMAT_REMARK`'s verbs: what the writer put
in the text's place, what broke or did not render, what they pasted or attached), looked
for in an answer set in lower case by one pattern grouped by their first letters
(patterns.any_of): found so several times faster than by a search ignoring case, and as
surely (`ı`, `ſ` and `İ`, which such a search takes for `i` and `s` and lower case does
not, send an answer to the full test; `İ` in lower case is an `i` under a combining dot,
U+0307)."""
_FORMAT_REMARK_LENGTH = 100


def remarks_on_its_format(line: str) -> bool:
    """Whether a line is only the writer's word on how the note is formatted
    (`_FORMAT_REMARK`): a short line, no code nor term in bold in it."""
    return (
        len(line) <= _FORMAT_REMARK_LENGTH
        and "`" not in line
        and "**" not in line
        and _FORMAT_REMARK.match(line) is not None
    )


def _only_remarks_on_its_format(text: str) -> bool:
    """A paragraph of one line that is only the writer's word on how the note is written
    (`remarks_on_its_format`): `(팀 위키에 공유했던 내용이라 존댓말)` over the answer. Left out
    before any rule reads the section, it names no part of it."""
    return (
        len(text) <= _FORMAT_REMARK_LENGTH
        and "\n" not in text.strip()
        and _MAY_REMARK_ON_FORMAT.search(text.lower()) is not None
        and remarks_on_its_format(text)
    )


def without_format_remarks(answer: str) -> str:
    """An answer less its lines that only say how the note is formatted
    (`remarks_on_its_format`): the picture or the text they speak of stays; a line left
    empty goes with the blank line after it."""
    if not _MAY_REMARK_ON_FORMAT.search(answer.lower()):
        return answer  # no such remark: most answers, at a glance
    return cut_from_lines(answer, _line_without_format_remark)


def _line_without_format_remark(line: str) -> str:
    return "" if remarks_on_its_format(line) else line


_REMARK_ON_THE_NOTES = lazy(
    # Why and how the writer wrote the notes: `My notes for CS 4510.`, `These are my notes,
    # not official course material`, `Notes below are the cleaned up version.`
    r"\b(?:my|our) (?:own |personal |study |prep |class |course |lecture |review )*notes\b|"
    r"\bnotes below\b|\bwriting this (?:to|so|because|for)\b|"
    r"^(?:the |all the )?stuff (?:that|I|you)\b|"
    # `… 지적받고 정리함.`, `맨날 헷갈려서 한 번 제대로 정리.`, `로그 보다가 정리 시작.`,
    # `… 얘기가 나와서 공부 시작.`, `배운 것들 기록`, `ML 관련 노트 모음.`, and how the
    # vault is kept: `정리 안 된 건 일단 Inbox에 …`
    r"정리(?:함|했음|해 ?둠|해 ?봄)?(?:[.!]+|$)|(?:정리|공부) 시작|정리 안 된|"
    r"(?:삽질|배운 것들?|공부한 것들?) 기록|노트 모음|"
    # How the page was made and what it keeps: `벼락치기로 만든 거라 정리 상태 엉망`, `여기는
    # **순수 암기**만.`
    r"(?:만든|만들어 둔|정리한|쓴) 거라|정리 상태|"
    r"(?:^|[.!?,] )여기(?:는|엔|에는) [^.\n]{1,30}만[.!]?$|"
    # The course's logistics: `Lectures Tue/Thu 10:30–11:50`, `Review session Fri Feb 16`,
    # `Instructor: …`, `Exam is closed book`
    r"\b(?:lectures?|classes|review session|recitations?)\b[^.\n]{0,20}?"
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|"
    r"\binstructors?:|\boffice hours\b|\bexam is (?:open|closed)[- ]book\b|"
    # and the exam's: `midterm: **Thu 10/31**, in class, 80 min.`, `Exam: Fri 10/4, …`
    # `📅 **Exam 1 — Thu Feb 19, 2026**, in class (75 min).`
    r"\b(?:midterm|final|exam|quiz)(?:\s*\d)?\s*[:：—–-]\s*(?:\*\*|__)?"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\bin class(?:, | \()\d+ min\b|"
    # `관련: [[Data Engineering MOC]], …`, `트랜잭션 노트 먼저 보기.`: the notes it belongs
    # with, or is read after; `기준: PostgreSQL 15`: what it is written for
    r"^(?:관련|기준)\s*:|"
    r"(?:노트|글|문서|포스트)(?:를|을)?[ \t]*먼저[ \t]*(?:보기|읽기|보고|읽고|볼 것|읽을 것)",
    re.IGNORECASE | re.MULTILINE,
)
_OPENS_ON_A_DAY = lazy(rf"^\W*(?:{_DAY})")
"""`*Thu Feb 22* (first lecture after the midterm …)`, `*Tue Jan 23* · reading: …`: the
lecture's day, and what the writer says of it."""
_NOT_PROSE = lazy(r"^[ \t>]*(?:[-*+][ \t]|\||\d+[.)][ \t]|`{3}|~{3}|<)", re.MULTILINE)
"""A list, a table, code or HTML, quoted or not: more than a remark."""
_REMARK_LENGTH = 300
_REMARK_LINES = 3


def only_remarks_on_the_notes(said: list[str]) -> bool:
    """A note's opening whose own text (`said`: its paragraphs and quotes) is only the
    writer's remarks on the notes: why or how they were written (`사내 코드리뷰에서 … 지적받고
    정리함.`, `My notes for CS 4510.`, `> These are **my** notes, not official course
    material.`), the course's logistics (`Lectures Tue/Thu 10:30–11:50`, `Instructor: …`),
    the lecture's day with a word on it (`*Thu Feb 8* — heavy lecture.`), the notes it is
    related to (`관련: [[…]]`), or sentence by sentence what `_speaks_of_the_page` reads
    (`Sep 5 + Sep 10`, `Kurose Ch.3 (3.1 ~ 3.5). 분량 많음!!`, `Shorter page. I only needed
    the basics.`). Each is short prose; a list, table, code or a longer paragraph may
    teach, and keeps the card. What the note teaches is under its headings."""
    return bool(said) and all(_remarks_only(text) for text in said)


def remarks_opening(said: list[str]) -> int:
    """How many of the first paragraphs of a note's opening (`said`) are only the writer's
    remarks on the notes (`only_remarks_on_the_notes`) before what it teaches: `Shorter
    page. I only needed the basics.` over a formula, `Lecture 9 + 10.` over a definition.
    They leave the back; the rest stays as written."""
    count = 0
    for text in said:
        if not _remarks_only(text):
            break
        count += 1
    return count


def opens_by_announcing(said: list[str], subject: str) -> bool:
    """A note's opening (`said`: its paragraphs, quotes, lists and code) whose first
    paragraph opens by announcing what the post covers (`오늘은 pandas에서 자주 쓰는 것들만
    정리해보려고 한다.`): all of it is the post's introduction, the writer's reasons and the
    stage set for the sections below (`예시 데이터는 …` over sample rows, `기준 DB: MySQL
    8.0` and the tables its queries use). What the post teaches is under its headings. A
    sentence of that paragraph (`without_frames`) or a block after it opening on the
    note's `subject` (a word of its title: `> 영속성 컨텍스트 =
    "엔티티를 영구 저장하는 환경"` under `영속성 컨텍스트란 무엇인가`) answers the title, and
    the opening stays (less its announcing paragraph: `without_frames`)."""
    if not said or said[0][:1] in _NOT_PARAGRAPH:
        return False
    first = _SENTENCE_OR_LINE.split(said[0], maxsplit=1)[0]
    if not _announces_the_post(first) or without_frames(said[0], subject):
        return False  # most openings, at their first sentence; `… TCP는 …` after it
    stems = _stems(subject)
    for text in said[1:]:
        opening = _TITLE_WORD.search(plain(_QUOTE_MARK.sub("", text)))
        if opening is not None and opening.group().casefold().startswith(stems):
            return False
    return True


_NOT_PARAGRAPH = frozenset("-*+|>`~<#!")
"""What a block other than a paragraph opens on: a list, table, quote, code, HTML, picture."""


def without_frames(text: str, subject: str = "") -> str:
    """A paragraph or a quote of a note's opening less its sentences that only frame the
    note (`frames_the_note`): `Lots of definitions this week so this is mostly a glossary.`
    after an overview, `이번 기회에 … 정리해본다.` after the bug it explains, `[← index](
    README.md) · related: […](…)` over a definition, `> 정보보안 일반 과목의 핵심.` over
    nothing else. The sentences of the subject stay as written; a sentence whose subject is
    only a count goes on from the one before it, and goes with it (`… audit came back with 14
    issues. half were focus-related.`). A paragraph left with nothing of the subject (a word
    or two at most, `Prof.` before `Kim, week 5, came in late.`, or a question, which claims
    nothing) is left out whole (""). A list, table, code, HTML or a picture is more than
    prose, and stays. A paragraph opening by announcing the post (`_announces_the_post`) is
    the blog's introduction whole, its next sentences telling why the writer wrote it
    (`오늘은 회귀분석을 정리해보려고 한다.` then `sklearn으로 … 모르겠어서,,`), up to one
    opening on the note's `subject` (its title) to say what it is (`TCP는 …`), which stays
    with those after it. After any other frame (`> 시험 단골 1순위.`, `ticket OPS-41: …`) a
    sentence of the subject stays."""
    if _NOT_PROSE.search(text) or "![" in text:
        return text  # a list, a table, code, a picture: more than prose
    if text.startswith(">"):  # a quote of prose: its sentences read inside the marks
        said = _QUOTE_MARK.sub("", text)
        if said.lstrip().startswith(("[!", ">")):
            return text  # a box, or a quote in a quote
        left = without_frames(said, subject)
        if left == said:
            return text  # nothing framed: most quotes
        return "\n".join(f"> {line}" for line in left.split("\n")) if left else ""
    mark = ""
    if _ITALIC_LINE.match(text):  # `*… — took 50 min. …*`: its sentences read inside
        text = text.strip()
        mark, text = text[0], text[1:-1]
    lines = text.split("\n")
    sources = [line for line in lines if _names_provenance(plain(line))]
    if sources:  # `원 논문 : Lewis et al. 2020, …`: the whole line, whatever its stops
        text = "\n".join(line for line in lines if line not in sources)
    pieces = _SENTENCE_OR_LINE.split(text)
    kept: list[str] = []
    dropped = bool(sources)
    going_on = False  # whether the sentence before was dropped
    opened = False  # whether the paragraph opened by announcing the post
    gap = ""  # what stood before the next sentence kept
    for index in range(0, len(pieces), 2):
        sentence = pieces[index]
        if index:
            gap = "\n" if "\n" in gap + pieces[index - 1] else pieces[index - 1]
        if not sentence.strip():
            continue
        framed = frames_the_note(sentence)
        if not (kept or dropped):
            opened = framed and _announces_the_post(sentence)
        elif opened and _says_what_it_is(plain(sentence), _stems(subject)):
            opened = False  # `… 정리해보려고 한다. TCP는 …`: the subject, from here on
        if opened or framed or (going_on and _GOES_ON.match(plain(sentence))):
            dropped = going_on = True
            continue
        going_on = False
        kept.append(gap + sentence if kept else sentence)
        gap = ""
    if not dropped:
        return f"{mark}{text}{mark}"
    left = "".join(kept).strip()
    if all(
        (len(_WORD.findall(plain(said))) <= _FEW_WORDS_BESIDE or _QUESTION_END.search(said))
        and not _CODE_OR_FORMULA.search(said)
        for said in _SENTENCE_OR_LINE.split(left)[::2]
    ):
        return ""  # a word or two beside the frame: nothing of the subject
    return f"{mark}{left}{mark}"


_CODE_OR_FORMULA = lazy(r"`|\$|\\\(|=|→|->")
"""Code, math, a value or an arrow: a few words that still say something (`기본 → SGD.`)."""


_SENTENCE_OR_LINE = lazy(
    r"((?<=[.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bvs\.)"
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bcf\.)[ \t]+(?![\d§])|\n)"
)
"""Where a paragraph's sentences part: after a stop, or at a line's end (kept, to join
the sentences left as they were). Not before a number (`Boyd ch. 5 §5.1`, `p. 12`) nor
after a title or a Latin abbreviation (`Dr. O said …`, `e.g. Raft`): an abbreviation's
stop, not a sentence's."""


def _announces_the_post(sentence: str) -> bool:
    """Whether a sentence announces what the post covers (`오늘은 회귀분석을 정리해보려고
    한다.`, `… 위주로 정리해보려고 한다.`)."""
    return bool(_ANNOUNCES_THE_POST.search(plain(sentence).strip(" _*")))


@lru_cache(maxsize=64)
def _stems(subject: str) -> tuple[str, ...]:
    """The first letters of each word of a note's title, as `_says_what_it_is` reads them
    (a tuple: what `str.startswith` takes, and nothing a caller can change in the cache)."""
    return tuple({word[:4].casefold() for word in _TITLE_WORD.findall(subject)})


def frames_the_note(sentence: str) -> bool:
    """Whether a sentence speaks of the note, its writer, its lecture or its course, not
    of its subject: what `_FRAMES_THE_NOTE` reads (`Collected from ~8 interviews`, `This
    note = the I.`, `… 알게 되어서 정리한다.`, `practice run #2 — took 50 min, …`), the
    writer's log that `_WRITERS_LOG` reads (`switched the repo from jest to vitest last
    sprint.`, `Last unit of the course.`, `> 🔄 아직 정리 중.`), a request for issues or
    stars (`틀린 내용 있으면 issue 남겨주세요`), or a line of links to other notes with at
    most words that point (`[index](README.md) | see also: A02/A07 in [owasp-top-10](…)`). A
    sentence setting a term in bold, code or math says something of the subject, and a
    question claims nothing: both stay."""
    if _ANNOUNCES_THE_POST.search(plain(sentence).strip(" _*")):
        return True  # `오늘은 **CPU 스케줄링**을 정리해보려고 한다.`: its bold only names the topic
    if "**" in sentence or "__" in sentence or "`" in sentence or "$" in sentence:
        return False
    if _points_to_notes(sentence):
        return True
    said = plain(sentence).strip(" _*")
    return (
        bool(said)
        and not _QUESTION_END.search(said)
        and bool(
            _FRAMES_THE_NOTE.search(said)
            or _WRITERS_LOG.search(said)
            or (_REQUEST.search(said) and _FEEDBACK_CHANNEL.search(said))
        )
    )


_ANNOUNCES_THE_POST = lazy(
    # `오늘은 **CPU 스케줄링**을 정리해보려고 한다.`, `… 나온다고 해서 ㅠㅠ 오늘은 **X**를 정리해
    # 보려고 한다`, `오늘은 **가상 메모리**!! 🧠`, `동기화 다음은 **교착 상태(Deadlock)** 🔐`,
    # `Today I'm going to go over …`, `In this post, I'll …`, `ADsP 시험이 일주일 남아서 … 정리해
    # 보려고 한다.`
    r"(?:^|\s)오늘은 [^.!?\n]{1,60}(?:정리해 ?(?:보려고 한다|보자|본다|보겠다)|"
    r"알아 ?(?:보려고 한다|보자|본다)|공부해 ?(?:보자|본다)|다뤄 ?(?:보려고 한다|보자|본다))|"
    r"^오늘은 [^.!?\n]{1,30}!|(?:정리|공부)해 ?보려고 (?:한다|합니다)\W*$|"
    r"^[^\s.!?]{1,15}(?: [^\s.!?]{1,15})? 다음은 [^.!?\n]{1,40}$|"
    r"^today,? (?:I'm|I am|we're|we are|I'll|we'll|I will|we will) (?:going to |gonna )?"
    r"(?:cover|go over|look at|write up|review|talk about)\b|"
    r"^in this (?:post|article|note|entry),? (?:I|we)(?:'ll| will| am going to|'m going to)\b",
    re.IGNORECASE,
)
"""A sentence announcing what the post covers today, naming the topic in bold or not: the
blog's opening, not the subject. `X 다음은 Y` counts only as the whole sentence (a series'
next post); `SYN 다음은 SYN-ACK이 온다` says more, and is not this."""


_NOTE_LINK = lazy(r"(?<!!)\[[^\]\n]*\]\((?!https?:|mailto:)[^)\s]*\)|\[\[[^\]\n]*\]\]")
"""`[index](README.md)`, `[[caching]]`: a link to another note of the same notes."""
_POINTING_WORDS = lazy(
    r"\b(?:index|home|back|up|top|prev(?:ious)?|next|see|also|related|contents|readme|in)\b|"
    r"목차|관련|참고|이전|다음|돌아가기",
    re.IGNORECASE,
)


def _points_to_notes(line: str) -> bool:
    """`[← index](README.md) · related: [OWASP A03](owasp-top-10.md)`: a line of links to
    the notes around this one, words that point (`see also`, `related`, `관련`) and marks
    between them, nothing else, or a note's hub and its neighbours between dots
    (`_leads_about_the_notes`). The way about the notes, not their subject."""
    if "](" not in line and "[[" not in line:
        # no link: most sentences, at a glance; a hub named alone (`readme · …`) may lead
        return ("·" in line or "|" in line or "•" in line) and _leads_about_the_notes(line)
    rest = _NOTE_LINK.sub(" ", line)
    if rest != line and not _WORD.findall(_POINTING_WORDS.sub(" ", rest)):
        return True
    return _leads_about_the_notes(line)


_SEGMENTS = lazy(r"[ \t]+[·•|][ \t]+")


def _leads_about_the_notes(line: str) -> bool:
    """`[[readme]] · bond pricing is just TVM → [[quant-methods]]`, `readme | FX forwards link
    up with derivatives`: a note's way back to its hub, then, between dots or bars, where
    its neighbours say more, each pointing to one: a line of the way about the notes,
    however many words it has."""
    segments = _SEGMENTS.split(line.strip())
    if len(segments) < 2:
        return False
    first = segments[0].strip("*_ ")
    if _NOTE_LINK.fullmatch(first) is None and not _HUB.fullmatch(first):
        return False
    return all(_NOTE_LINK.search(segment) or _IN_A_NOTE.search(segment) for segment in segments[1:])


_HUB = lazy(r"(?:[←↑⬅]\s*)?(?:readme|index|home|moc|hub|목차|홈)", re.IGNORECASE)
"""`readme`, `← index`: a note's hub named as a link shows it, its link gone."""
_IN_A_NOTE = lazy(r"\b(?:are|is|lives?|also)\s+in\s+\S|\bin\s+[\w-]+-[\w-]+\b|→\s*\S+$|\blink")
"""`… are in quant-methods`, `ROE/DuPont in fra-ratios-inventory`, `… → quant-methods`, `…
link up with derivatives`: where another note says more."""


_OF_THE_ENTRIES = lazy(
    r"\b(?:pages?|links?|linked|definitions?|terms?|entries|entry|alphabetical\w*|list(?:ed)?)\b",
    re.IGNORECASE,
)
"""What a glossary's lead-in speaks of: its entries, their order, the pages they link to."""


def only_leads_into_names(said: list[str], title: str) -> bool:
    """Whether what a heading's answer says beside a long list of names it no longer shows
    (list_answers.names_past_recall) says nothing of its subject: nothing, remarks on the
    notes, or short lines leading into the list that teach nothing (no bold, code, math or
    value), name nothing of the heading and speak, each sentence, of the list's entries
    (`Quick definitions. Alphabetical-ish. If a term gets its own page it's linked.` under
    `Glossary`). A line naming the heading's subject (`The SQL standard names four
    isolation levels.` under `Isolation levels`) or stating something of the world (`The
    same leaf becomes green or black …`) says something of it, and stays."""
    named = {word.casefold() for word in _WORD.findall(plain(title)) if len(word) > 2}
    for text in said:
        if _remarks_only(text):
            continue
        words = plain(text)
        if (
            _NOT_PROSE.search(text)
            or _TEACHING_MARK.search(text)
            or text.count("\n") >= _REMARK_LINES
            or len(words) > _REMARK_LENGTH
            or any(word.casefold() in named for word in _WORD.findall(words))
        ):
            return False
        for sentence in _SENTENCE_BREAK.split(words):
            if len(_WORD.findall(sentence)) > _FEW_WORDS_BESIDE and not _OF_THE_ENTRIES.search(
                sentence
            ):
                return False
    return True


def _remarks_only(text: str) -> bool:
    if _NOT_PROSE.search(text):
        return False  # a list, table or code of its own: most openings
    lines = [line.strip(" \t>") for line in text.split("\n") if line.strip(" \t>")]
    words = plain("\n".join(lines))
    if not lines or len(lines) > _REMARK_LINES or len(words) > _REMARK_LENGTH:
        return False
    if len(lines) == 1 and _OPENS_ON_A_DAY.match(lines[0]):
        return True
    if not _REMARK_ON_THE_NOTES.search("\n".join(plain(line) for line in lines)):
        return _speaks_of_the_page(lines)
    # `90%는 **셔플** 아니면 **스큐** 문제라고 …. 정리해봄.`: a fact beside the remark
    return not any(_teaches_beside(sentence) for sentence in _SENTENCE_BREAK.split(text))


_PLACE_IN_THE_COURSE = lazy(
    # `Ch.3`, `ch. 2 & 5`, `Lecture 3–4`, `Lec 9 + 10`, `5.1–5.3`, `(3.1 ~ 3.5)`: a place
    # in a book or a course, not a value (no `=`, unit or `$` beside it)
    r"\b(?:ch(?:apters?)?|lec(?:tures?)?|sec(?:tions?)?|lessons?|weeks?|units?|§)\.?[ \t]*"
    r"\d+(?:\.\d+)*(?:[ \t]*(?:[-–~,&+/]|and)[ \t]*\d+(?:\.\d+)*)*|"
    r"(?<![\w.])\d+\.\d+(?:[ \t]*[-–~][ \t]*\d+\.\d+)?(?![\w.%])|"
    r"(?<![\w/])\d{1,2}/\d{1,2}(?![\w/])|(?<!\d)\d{1,2}:\d{2}(?:[ \t]*[ap]m)?\b|"
    # `1장 ~ 4장`: chapters, as a Korean course counts them
    r"(?<![\w.])\d{1,2}[ \t]*장(?:[ \t]*[-–~][ \t]*\d{1,2}[ \t]*장)?(?![가-힣])|"
    # `스터디 1주차`: a week, as a Korean course or study group counts them; `RFC 9113`: a
    # place in a standard
    r"(?<![\w.])\d{1,2}[ \t]*주차|\bRFC[ \t]*\d+|"
    rf"(?<!\d)(?:{_DAY})(?!\d)|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+"
    r"\d{1,2}(?:st|nd|rd|th)?\b|"
    # `26 Sep`: the day before its month
    r"(?<![\w.])\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\b\.?",
    re.IGNORECASE,
)
_ASIDE = lazy(r"\([^()\n]*\)")
_WORD = lazy(r"[^\W\d_]{2,}|[가-힣]+")
_TEACHING_MARK = lazy(r"\*\*|__|`|\$|\\\(|=|==")
_FEW_WORDS_BESIDE = 3
_WRITER_ON_THE_NOTES = lazy(
    # The writer of the page, of their page: `I only needed the basics.`, `Took me three
    # tries.`, `so I wrote these more carefully`, `The page I revisit most …`
    r"\bI(?:'ve|’ve| have)? (?:only |just |mostly |actually |first |originally )?"
    r"(?:needed|wrote|written|started|made|revisit|collected|compiled|copied)\b|"
    r"\b(?:took|cost) me\b|"
    r"\b(?:I|my|me)\b[^.!?\n]*\b(?:this|these|the) (?:page|notes?|file|vault|site|sheet)\b|"
    r"\b(?:this|these|the) (?:page|notes?|file|vault|site|sheet) (?:I|my)\b|"
    # The page's making, said without its writer: `Written after we lost half a day …`,
    # `Started this while refactoring …`, `Made this before the trip.`
    r"^(?:first |originally |mostly |largely )?"
    r"(?:written|writing|wrote|started|made|collected|compiled)"
    r"(?: (?:this|these|it|up|down))? (?:after|while|when|before|during|since|for|to|so|"
    r"because|from)\b|"
    # The page named by its kind: `Shorter page.`, `Quick refresher of the stuff …`,
    # `quick reference, mostly from … handouts`, `Notes from Algorithms I …`
    r"^(?:(?:a|an|my|some|these|this|the) )?(?:(?:quick|short|shorter|rough|personal|brief|"
    r"random|misc)\w*,? )*(?:refresher|reference|page|notes|cheat ?sheet|write-?up|dump)\b"
    r"(?![ \t]*:| (?:is|are|was|were)\b)|"
    # Where the page's text comes from: `Mostly from the … book + … workbook ch. 2 & 5.`
    r"^(?:mostly |largely |all )?(?:from|based on) [^.!?\n]*\b(?:book|textbook|workbook|"
    r"handouts?|slides|lectures?|course|notes)\b|"
    # The reader sent elsewhere before reading: `See Gradient Descent for … first.`,
    # `Prereq: [Attention](…)`
    r"^(?:see|read|review) [^.!?\n]{1,80}\bfirst\b|^prereq(?:uisites?|s)?:|"
    # The page's state and order: `(This one got long, should probably split into …)`,
    # `Random bag of things I keep having to re-look-up.`, `Not organised.`
    r"\b(?:this (?:one|page|note|file|sheet)|these notes)(?:'s|’s| is| got| has (?:got|gotten|"
    r"become)| is getting| grew)(?: (?:too|really|quite|very|a bit|kind of|way too))? "
    r"(?:long|messy|disorgani[sz]ed|unorgani[sz]ed|a mess|incomplete|unfinished|outdated)\b|"
    r"^(?:(?:a|an|my|some) )?(?:random|misc\w*|assorted) (?:bag|collection|pile|mix|"
    r"assortment|list) of (?:things|stuff|notes|bits|tips|facts)\b|"
    r"^(?:still |very much )?(?:not|un)[ -]?(?:very |really |yet |well )?(?:organi[sz]ed|"
    r"sorted|structured|finished|polished|proofread)(?: (?:yet|at all|properly|really))?\W*$",
    re.IGNORECASE,
)
"""A sentence in which the writer speaks of the page, not of its subject."""


_TO_DO_OPENING = lazy(r"^(?:TODO|TBD|FIXME|WIP)\b", re.IGNORECASE)


def _speaks_of_the_page(lines: list[str]) -> bool:
    """Whether each sentence of a short opening paragraph speaks of the page, not of the
    subject, and one at least plainly so: only the places in a book or course and the days
    it covers (`Sep 5 + Sep 10 (merged two lectures …)`, `교재 Ch.3`, `10/01, 10/03. Lay
    5.1–5.3`), the writer on the page (`_WRITER_ON_THE_NOTES`) or on their study
    (`remarks.STUDY_REMARK`: `Re-read those chapters, they're short.`), or what frames the
    notes (`_FRAMES_THE_NOTE`: `Queries below assume superuser or `pg_monitor` role.`, which
    may name in code what it assumes); a word or two beside them (`분량 많음!!`, `My weakest
    area.`) is said of the page too, and so is a question, which claims nothing (`… 호출하면
    어떻게 될까? 🤔`). Any other sentence with a term in bold, code, math or a value (`=`)
    teaches, and the paragraph stays."""
    text = " ".join(lines)
    if "**" in text:  # `시험 **10/17 (목)**`: a day set in bold teaches nothing
        text = _BOLD.sub(_unbold_places, text)
    said = False
    sources = [line for line in lines if _LABELLED_SOURCE.match(plain(line))]
    if sources:  # `Reading: Vaswani et al. 2017; …`: the whole line, whatever its stops
        said = True
        text = " ".join(line for line in lines if line not in sources)
    for written in _SENTENCE_BREAK.split(text):
        sentence = plain(written).strip(" _*")
        if not sentence:
            continue
        if _FRAMES_THE_NOTE.search(sentence):
            said = True
        elif _QUESTION_END.search(sentence):
            continue
        elif _TEACHING_MARK.search(written):
            return False
        elif (
            _only_places(sentence)
            or _WRITER_ON_THE_NOTES.search(sentence)
            or STUDY_REMARK.search(sentence)  # `Re-read those chapters, they're short.`
            or _TO_DO_OPENING.match(sentence)  # `TODO: get slides 25-end + watch recording`
        ):
            said = True
        elif len(_WORD.findall(sentence)) > _FEW_WORDS_BESIDE:
            return False
    return said


_SOURCE_LABEL = (
    r"^\W*(?:further )?(?:readings?|sources?|refs?|references?|textbooks?|books?|slides|"
    r"(?:original )?papers?)\s*:|"
    r"^\W*(?:책|교재|출처|참고(?:\s?자료)?|자료|(?:원\s?)?논문)\s*:"
)
_LABELLED_SOURCE = lazy(_SOURCE_LABEL, re.IGNORECASE)
"""`Reading: …`, `source: …`, `책: …`, `원 논문 : …`: a line naming what the notes are drawn
from."""
_PROVENANCE = lazy(
    # When it was written: `2024-03-24`, `2024-03-16 작성, 2024-03-18 배치 사이즈 부분 추가`,
    # `2024-03-20 ~ 03-23 (전파 부분 두 번 갈아엎음)`, `작성: 2024-03-04 / 수정: …`, `최종 수정:
    # 2024-03-02`, `Last updated: 2024-05-01`
    r"^\W*(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}\.?"
    r"(?:\s*[~–-]\s*(?:(?:19|20)\d\d[-./])?\d{1,2}(?:[-./]\d{1,2})?\.?)?"
    r"\s*(?:$|\(|작성|수정|updated|written|created)|"
    r"^\W*(?:(?:최종|마지막)\s*)?(?:작성|수정|업데이트)(?:일)?\s*[:：]\s*(?:19|20)\d\d|"
    r"^\W*(?:(?:last\s+)?(?:updated|edited)|created|written)(?:\s+on)?\s*[:：]\s*(?:19|20)\d\d|"
    # What it was written from: `📚 김영한 JPA 기본편 섹션 11 (페치 조인)`, `… 섹션 5 (연관관계
    # 매핑 기초), 섹션 6 …`, `책 3장 같이 봄`, `책 (… 16장 트랜잭션과 락) + Real MySQL 8.0 1권 5장
    # 일부`, `… 섹션 + 회사 테스트 코드 개선하면서 정리`, `JUnit 5 + AssertJ + Mockito 기준`
    r"^\s*📚|(?:섹션|section)\s*\d|^\W*(?:책|교재)\b[^\n]*\d+\s*장|"
    r"(?:하면서|하며|보면서|위주로|기준으로)\s*정리(?:함|했음|했다|한 것)?\W*$|"
    r"^[^.!?\n]{0,60}\s기준\W*$|"
    # The course it was written for, and its logistics: `⚡ **PHYS 2212 — Intro Physics II**
    # · Spring 2026`, `Prof. Okafor · TTh 9:30–10:45 · …`, `Office hours: …`, `HW = Mastering
    # Physics, due **Sundays 11:59pm**`
    r"\b[A-Z]{2,6}[ -]?\d{3,4}[A-Z]?\b[^\n]*\b(?:spring|fall|summer|winter|autumn)\s+"
    r"(?:19|20)\d\d\b|"
    r"^\W*(?:prof(?:essor)?\.?|instructors?|lecturers?|교수님?)\s[^\n]*\s·\s|\boffice hours?\b|"
    r"^\W*(?:HW|homework|problem sets?|psets?)\b[^\n]*\bdue\b",
    re.IGNORECASE,
)
"""A line of a note's opening saying when the note was written and updated, what course,
book or version it was written from, or the course's term, lecturer, hours and deadlines:
the page's provenance, a line each, whatever it holds in bold (`📚 … 기본편 **섹션 3. 영속성
관리**`)."""


def _names_provenance(line: str) -> bool:
    """`책: …`, `원 논문 : …` (`_LABELLED_SOURCE`), `2024-03-16 작성, …`, `📚 김영한 JPA
    기본편 섹션 11 (…)` (`_PROVENANCE`): a line of a note's opening naming where or when it
    was written."""
    return bool(_LABELLED_SOURCE.match(line) or _PROVENANCE.search(line))


_FRAMES_THE_NOTE = lazy(
    # Where the notes come from: `Reading: Vaswani et al. 2017; …`, `> source: lecture 7
    # slides`, `책: 「…」 1장`, `Collected from ~8 interviews …`, `… checklist plus things
    # I've been burned by`, `Source of truth for definitions is the SRE book ch. 4`, `김영한님
    # 강의를 듣다가 …`
    rf"{_SOURCE_LABEL}|"
    r"^(?:mostly |largely )?(?:collected|gathered|compiled|copied) from\b|\bsource of truth\b|"
    r"\b(?:things|stuff) I(?:'ve|’ve| have)? (?:been )?(?:burned|burnt|bitten) by\b|"
    r"강의(?:를)? 듣다가|"
    # When, after what and for whom it was written: `Last updated after the Q3 review.`,
    # `(… rewritten after the midterm review session)`, `마지막 수정: 3월 둘째주`, `For
    # whoever holds the pager.`, `Read this before your first shift`, `Not a tutorial, …`
    r"\b(?:updated|edited|revised|re-?written|cleaned up) (?:after|during|before|following)\b|"
    r"마지막 (?:수정|업데이트|편집)|^for (?:whoever|anyone who|those who|people who)\b|"
    r"^read (?:this|these|it)\b[^.!?\n]*\b(?:before|first)\b|"
    r"^(?:this is )?not an? (?:tutorial|guide|textbook|course)\b|"
    # Its own conventions: `★ = asked more than once.`, `My answers here are the cleaned up
    # versions`, `… so this is mostly a glossary`, `겪은 순서대로 적음.`, `자주 쓰는 것만.`,
    # `까먹을 때마다 여기 추가하기`
    r"^[^\w\s]{1,3}\s*=\s|\bmy \w+(?: \w+)? (?:here|below)\b|"
    r"\bthis (?:page |note |one )?is mostly (?:a|an) (?:glossary|list|collection|summary)\b|"
    r"순서대로 (?:적음|적었|정리|기록)|^(?:자주 쓰는|필요한) (?:것|거)만|"
    r"때마다 여기 (?:추가|적|기록)|"
    # What it assumes: `Queries below assume superuser`, `Everything here is
    # CPython-specific`, `(Spring Boot 3.x / Security 6.x 기준)`
    r"\b(?:below|here|these notes|this note|throughout)\b[^.!?\n]*\bassum(?:e|es|ing)\b|"
    r"\b(?:everything|all) (?:here|below|in (?:this|these) notes?) (?:is|are) [\w.+-]+-specific\b|"
    # `PG 14/15 on RDS + …`: the versions and the platform the notes are written for
    r"\([^()\n]*기준\)|"
    r"^[\w.+-]+(?: [\w.+-]+)? v?\d+(?:\.(?:\d+|x))*(?:[ \t]*/[ \t]*v?\d+(?:\.(?:\d+|x))*)+ on \w|"
    # The writer's study, plan and day: `제일 약한 파트..`, `매일 1문제씩 하기로 함`, `… 정리해
    # 보려고 한다.`, `… 대답을 못해서...`, `… 혼난 적이 있다`, `같은 거 두번 삽질하지
    # 말자`, `missed the first 10 min`
    r"(?:제일|가장) (?:약한|자신 없는|많이 틀리는|헷갈리는) (?:파트|부분|단원)|"
    r"[가-힣]기로 (?:함|했|한다)|"
    # what the notes are for and where to read more: `3/16 발표용.`, `자세한 건 민수님 노트가
    # 더 좋음 → …`
    r"(?:^|\s)발표[ ]?용\b|자세한 (?:건|내용은) [^.!?\n]{0,30}(?:노트|글|문서|정리)|"
    r"정리해 ?(?:봤다|봤음|본다|보았다|보려고 한다|보겠다)|정리하려고 한다|"
    r"(?:써|적어) ?(?:본다|봤다|봄)[.!]*$|대답(?:을|도)? (?:제대로 )?못|"
    r"[가-힣] 적이 있(?:는데|었|다)|삽질(?:하지 말자|안 하려고)|"
    r"^(?:I )?(?:missed|skipped) the (?:first|last|start|end)\b|"
    r"^\(?(?:I )?(?:missed|skipped) (?:half|part|most|some) of (?:it|the (?:lecture|class))\b|"
    r"^(?:\*\*|__)?(?:first|second|1st|2nd) half only\b|\bleft (?:at the break|early)\b|"
    r"\bre-?read\b|(?:수업|강의) [^.!?\n]{0,10}놓침|"
    r"\bfilled (?:in )?(?:the )?gaps? (?:from|with)\b|\bfilled in from\b|"
    r"(?:는|은) (?:거|것) 추천[.!]*$|"
    r"(?:제일|가장) 헷갈리는 (?:파트|부분|단원)|[가-힣] ?보니까 [^.!?\n]*(?:익숙해|알겠|이해)|"
    r"(?:확실히|제대로) 해 ?두자|다시 시작[!.]*$|시리즈 (?:마지막|시작|첫)|"
    # The lecture's number opening the page: `Lecture 5.`, `Lectures 6–7.`, `Lecture 8 + 9.`
    r"^lectures? \d+(?:\s*(?:[–+&-]|and)\s*\d+)*[.:]?$|"
    # What the exam will ask, as the writer heard it: `… 나온다고 해서`, `… 나온다고 하심`,
    # `guaranteed on the final (prof literally said so)`, `the examinable bit`, `good
    # candidate for short-answer questions`, `Focus: …`
    r"나온다고 (?:해서|하심|함|하셨|들었)|(?:기말|중간고사|시험)(?:에|엔|에는)? [^.!?\n]{0,30}"
    r"(?:많이|자주|꼭|무조건) 나온다|문제(?:가|는)? [^.!?\n]{0,20}(?:많이|자주|꼭|무조건) 나온다|"
    r"\bguaranteed on the (?:final|midterm|exam)\b|"
    r"\bexaminable\b|\bgood candidate for\b[^.!?\n]*\bquestions?\b|^(?:exam )?focus\s*:|"
    # The note, the lecture or the week as what the sentence speaks of: `This note = the I.`,
    # `This lecture: gradient descent and …`, `여기선 SGD 이후 변형들 위주`, `Rough order = the
    # order I usually do things in.`, `Notes from the tabular projects + …`
    r"^(?:this|today's|today’s) (?:note|page|lecture|class|session|week)\s*[:=]|"
    r"^(?:여기(?:선|서는)|이 (?:노트|글|페이지|문서)(?:에서는|는|은)) [^.!?\n]{0,40}위주|"
    r"^(?:rough |loose )?order\b[^.!?\n]*\bI\b|"
    r"^(?:my |rough |quick )?notes (?:from|taken (?:in|at|during|from))\b|"
    # Why the writer wrote it, and who they are: `… 알게 되어서 정리한다.`, `Writing this up
    # because I keep forgetting it.`, `Coming from 6 years of Java, …`, `Probably wrong in
    # places.`
    r"(?:어서|아서|해서|김에) 정리한다[.!]*$|"
    r"^writing (?:this|these|it) (?:up|down)\b|\bI keep (?:forgetting|googling|looking up)\b|"
    r"^coming from\b[^.!?\n]*\b(?:years?|background)\b|"
    r"^(?:probably|possibly|likely|may be|might be) (?:wrong|inaccurate|incomplete|outdated)\b|"
    # The writer's practice, day and plan: `practice run #2 — took 50 min, …`, `Next time
    # timebox each step.`, `Next week: lifetimes.`, `… 로그를 까봤더니 쿼리가 101개 …`,
    # `Prof. Kim, week 5, came in late.`
    r"^(?:practice|mock) (?:run|interview|attempt)\b|^next (?:week|lecture|class)\s*:|"
    r"^next time,? (?!(?:you|it|the|a|an|we|they|this|that|these|those)\b)|"
    r"[가-힣](?:봤|보았)더니 |"
    r"\bcame in (?:\d+ ?min(?:ute)?s? )?late\b",
    re.IGNORECASE,
)
"""A sentence framing the notes: where they come from, when and for whom they were written,
their own conventions, what they assume, the writer's study, plan or day. Of the page, not
of its subject: `I think of a Raft term as a logical clock.` says something of it."""
_QUESTION_END = lazy(r"[?？]\W*$")
_WRITERS_LOG = lazy(
    # The writer's day and work, something that happened to them: `asked in the interview
    # yesterday: "…"`, `switched the repo from jest to vitest last sprint`, `ticket SEC-212:
    # pentest report said …`, `the audit came back with 14 issues`, `got the "what does this
    # log" question twice`, `ok so redoing the dashboard layout`, `오늘 짧게`
    r"\b(?:yesterday|the other day|earlier today|this morning|last (?:sprint|night|semester))\b|"
    r"^(?:(?:I|we) )?(?:just |recently |finally )?(?:switched|moved|migrated|ported) "
    r"(?:the|our|my|this) [^.!?\n]*\bfrom \S+ to\b|"
    r"^(?:ticket|jira|issue|bug|incident)[ \t#:]*[a-z]*-?\d+\b|"
    r"\b(?:audit|review|report|scan|pentest|results?|feedback)\b[^.!?\n]{0,60}\bcame back "
    r"(?:with|saying)\b|"
    r"^(?:(?:I|we) )?(?:got |was |were )?asked\b[^.!?\n]{0,30}\b(?:in|at|during) (?:the|an|a|"
    r"my|our) (?:interview|onsite|phone screen|exam)\b|"
    r"\bcame up (?:in|at|during) (?:my|our) (?:interview|onsite|phone screen|exam)\b|"
    r"^(?:I )?got (?:the|this|that|a|an) [^.!?\n]{0,60}\bquestions?\b|"
    r"^ok(?:ay)?,? so,? (?:I'm |we're |im )?\w+ing\b|^오늘(?:은)? (?:짧게|간단히|조금만)|"
    # Where the writer's work lives, and what it is for: `Spreadsheet lives in the team drive:
    # …`, `Quarterly exercise + "will Black Friday kill us" prep.`
    r"\b(?:lives|is kept|are kept|sits|is stored|are stored) (?:in|on) (?:the|our|my) "
    r"(?:team |shared |company )?(?:drive|wiki|confluence|notion|sharepoint|folder)\b|"
    r"\bprep[.!]*$|"
    # The course, its exam and the writer's marks: `Last unit of the course.`, `the final is
    # picky`, `Prof keeps saying "…"`, `"…" ← 팀장님 말버릇`, `(after midterm — got 78, meh.`,
    # `CLT question went fine, messed up the covariance one`, `she went 10 min over`
    r"\b(?:first|last|final|next) (?:unit|lecture|module|chapter|topic|part|week) of the "
    r"(?:course|class|semester|term)\b|"
    r"\bthe (?:final|midterm|exam|quiz)(?: exam)? (?:is|was|will be|loves|likes|asks)\b|"
    r"^(?:final|midterm|exam|quiz)(?: exam)? is (?:on )?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|"
    r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|this|\d)|"
    r"\b(?:after|before) (?:the |my )?(?:midterm|finals?|exams?)\b|"
    r"\bgot (?:an? )?\d+(?:\.\d+)?(?:%|/\d+)?(?:,| on\b|\W*$)|"
    r"\b(?:question|exam|midterm|final|quiz|interview|onsite|it)s? went (?:fine|well|ok|okay|"
    r"badly|great)\b|\b(?:messed up|bombed|blanked on) (?:the|my|on)\b|"
    r"\b(?:keeps|kept) (?:saying|telling us|repeating)\b|\b(?:always|constantly) says\b|"
    r"말버릇|입버릇|"
    r"\b(?:went|ran) (?:\d+ ?(?:min(?:ute)?s?|hours?) )?(?:over|long)\b|"
    r"\bcopied (?:the )?(?:first|last|missing|rest)\b[^.!?\n]{0,30}\bfrom\b|"
    # … and in Korean: `정보보안 일반 과목의 핵심.`, `네트워크 보안 과목 = …`, `계산문제는 실기에도
    # 나옴 ★★`, `거의 무조건 나오는 질문`, `"…" 질문이 여기서 파생됨`, `면접 단골 1순위.`, `문제
    # 패턴: …`, how the writer means to practise and answer (`매칭 연습 많이 할 것`, `길게 말하는
    # 게 포인트`, `꼭 보안이랑 같이 답하기`), how hard they find it (`제일 어렵고 제일 중요함.`)
    r"과목(?:의|에서|은|는)? ?(?:=|핵심|절반|중심)|"
    r"^[^.!?\n]{0,25}(?:실기|필기|시험|기출|면접|코테)\S*\s(?:\S+\s)?(?:나옴|나온다|나와|나왔|출제)|"
    r"(?:무조건|자주|꼭|항상|매번|단골로?) 나오는 (?:질문|문제)|"
    r"질문(?:이|은|들이|들은)? [^.!?\n]{0,20}파생|^(?:면접|시험|기출|코테) ?단골|"
    r"^문제 패턴\s*:[ \t]*\S|"
    r"연습(?:을)?(?: 많이)?(?: 할 것| 하기| 해야 ?(?:함|한다|됨))?[.!~]*$|"
    r"(?:말하는|답하는|대답하는|쓰는|설명하는) (?:게|것이) (?:포인트|핵심|중요)|"
    r"(?:같이|함께|먼저) (?:답|대답|말|설명)하기[.!~]*$|"
    r"^(?:(?:제일|가장|젤) (?:어렵|헷갈리?|중요)[가-힣]*,? ?){1,3}[.!~]*$|"
    # The notes' state and purpose: `아직 정리 중.`, `… 계속 업데이트 중.`, `… 준비하면서 정리한
    # 노트`, `… 정리하는 개인 노트`, `그때그때 추가하는 메모`, `정리 안 돼 있음 주의`, `… 하면서
    # 찾아본 것들 위주`, `틀린 내용 있을 수 있음`, `RTL api is the same, so notes apply to both`,
    # `RAG 노트(04)랑 같이 보기`
    r"(?:정리|작성|업데이트|수정) ?중(?:임|이다|입니다|이에요)?[.!~]*$|"
    r"정리(?:한|하는|해 ?둔|해 ?놓은) (?:노트|메모)|개인 (?:노트|메모|공부 ?노트)|"
    r"(?:개념 ?)?정리 (?:레포|저장소|repo)\b|"
    # how the lectures were taken down: `(two lectures merged, the second one was mostly …)`
    r"\blectures? (?:merged|combined)\b|\b(?:merged|combined) (?:two|\d+) lectures\b|"
    r"(?:추가하는|적는|쓰는|기록하는) (?:메모|노트)|정리(?:가)? 안 (?:돼|되어|된|됨)|"
    r"(?:하면서|하다가) (?:찾아본|알게 된|배운|겪은) (?:것|거)들?|"
    r"틀린 (?:내용|부분|것|거|정보)(?:이|가)? (?:있을 수|있으면|있다면)|"
    r"\b(?:may|might|could) (?:contain|have) (?:errors|mistakes|typos)\b|"
    r"\bnotes (?:apply|work|hold) (?:to|for)\b|"
    r"(?:노트|글|문서)\S*\s*(?:같이|함께)\s*(?:보기|읽기|볼 것)",
    re.IGNORECASE,
)
"""A sentence of the writer's log rather than of the subject: their day and work, the course
and its exam as they met them, the notes' state and purpose."""
_GOES_ON = lazy(
    r"^\W*(?:(?:half|most|all|some|none|many|few|one|two|three|\d+)(?: of (?:them|those|these))? "
    r"(?:were|was|are|is|had|have)\b|[a-z]+ing(?: \w+)? (?:them|it|these|those)\b)",
    re.IGNORECASE,
)
"""`half were focus-related.`, `going through them one by one.`: a sentence whose subject is
only a count, or that has none and speaks of `them`, going on from the one before it (`…
came back with 14 issues.`, `ticket SEC-212: pentest report said "…".`)."""


def _only_places(sentence: str) -> bool:
    """`Kurose Ch.3 (3.1 ~ 3.5).`, `Lecture 3–4.`, `시험: 10/21(월) 13:30`: places in a book
    or course and days, with at most a name or two beside them (an aside in brackets
    aside)."""
    if not _PLACE_IN_THE_COURSE.search(sentence):
        return False
    left = _ASIDE.sub(" ", _PLACE_IN_THE_COURSE.sub(" ", sentence))
    if _EXAM_ROOM_OR_AIDS.search(left):
        left = _EXAM_ROOM_OR_AIDS.sub(" ", left)
    return len(_WORD.findall(left)) <= _FEW_WORDS_BESIDE


_EXAM_ROOM_OR_AIDS = lazy(
    r"(?<!\w)[가-힣]+관[ \t]*\d+[ \t]*호|\broom[ \t]+\w*\d+\w*|"
    r"(?:오픈북|계산기|치트[ \t]?시트|\bcheat[ \t]?sheets?|\bopen[- ]book|\bclosed[- ]book|"
    r"\bcalculators?)[ \t]*(?:[OX○×](?!\w)|허용|불가|가능|\b(?:allowed|not allowed|ok|no)\b)?",
    re.IGNORECASE,
)
"""`공학관 201호`, `Room B12`, `오픈북 X`, `계산기 O`, `cheat sheet X`: where an exam sits and
what may be brought to it, beside its day (`시험: 10/23(수) 10:30, 공학관 201호, 오픈북 X`)."""
_BOLD = lazy(r"\*\*([^*\n]+)\*\*")


def _unbold_places(bold: re.Match[str]) -> str:
    """A span in bold left plain when it holds only a day, a place in the course or an
    exam's room (`**10/23(수) 10:30, 공학관 201호**`), or the writer's word on their study
    (`Oct 15 — **important, midterm Q guaranteed**`); any other stays as written."""
    said = plain(bold[1])
    return bold[1] if _only_places(said) or STUDY_REMARK.search(said) else bold[0]


_SENTENCE_BREAK = lazy(r"(?<=[.!?])\s+|\n")


def _teaches_beside(sentence: str) -> bool:
    """Whether a sentence beside a remark on the notes sets a term in bold and is no remark
    itself: a fact the writer marked (`Spark 잡이 느리면 90%는 **셔플** 아니면 **스큐(skew)**
    문제`), which keeps the card; `These are **my** notes` is a remark."""
    return ("**" in sentence or "__" in sentence) and not _REMARK_ON_THE_NOTES.search(
        plain(sentence)
    )
