"""A note's opening that only remarks on the note, not on its subject.

What stands between a note's title and its first heading answers the title when it says
something of the subject: names it or a word of it (`An eigenvector of A is a direction A
only stretches.`), sets a term in bold, code or math, or defines (`TCP는 연결 지향
프로토콜이다.`). It is the writer's remark when a sentence speaks instead of the writer
(`Asked in 2 of my last 5 loops`, `내 프로젝트 기준으로 답변 준비하기!`), of the reader's
interview or exam (`The "warm-up" question.`, `> I have now failed 2 practice ABG
questions …`), of the course and its calendar (`Week 4. Short chapter but …`), of the
note's state (`status: mostly done, ranking section is thin`) or of the notes it goes back
to (`↩ 00 … MOC`), or when it tells the writer what to do, in their own voice (`서브네팅
계산은 매일 1문제씩 풀기`, `… 절대 잃지 말 것`; not a label's steps, `라우터가 하는 일: … →
다음 홉으로 보내기`), and no sentence beside says anything of the subject: such a paragraph
or quote before the subject's leaves the title's back, and a title left with nothing gives
no card. A remark opening a paragraph that goes on to the subject leaves it too (`These get
confused constantly (including by me, 2 years ago). Short version: **CORS relaxes …**`),
when the sentence after it stands on its own. A sentence naming the subject says something
of it, in the first person or of an exam too (`I think of a spring tide as …`), unless it
says how often or how much the exam asks it (`SQL은 매 회차 1~2문제는 무조건 나옴`, `Small
weight (5–8%) but very formulaic.`). A paragraph a blog post opens by greeting its readers
(`안녕하세요! 오랜만에 글을 쓰네요. …`, `Hi everyone, …`) is said to them whole: why the post
was written and what it is about to do; its farewell is meta.is_said_to_the_reader's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.own_stories import may_tell, tells_own_time
from flashgen.extract.place import plain
from flashgen.extract.skip.plans import EXAM_WEIGHT
from flashgen.patterns import lazy

_I_BEFORE_A_VERB = (
    r"(?<![\w'’])I\s+(?:[a-z]+ed|am|was|had|did|do|don't|didn't|can|can't|could|would|will|"
    r"should|need|have|got|get|think|thought|know|knew|read|still|really|just|also|never|"
    r"always|finally|kept|keep|spent|took|tried|want|like|love|hate|found|made|went|saw|"
    r"wrote)\b"
)
"""`After [Paxos …](…) I wanted to read …`, `… before I agreed with it`: `I` before a verb,
not a numeral (`Type I errors`)."""
_OF_THE_STUDY = lazy(
    # the writer, and those they study with
    r"^\W*I\s|(?<![\w'’])(?:I['’](?:m|ve|d)|(?i:me|my|our))(?![\w'’])|"
    rf"{_I_BEFORE_A_VERB}|"
    r"(?:^|\s)(?:내|나는|나도|제가|저는)\s|"
    # the reader's interview or exam, and what to prepare for it
    r"(?i:\b(?:questions?|interview(?:s|ers?)?|loops|onsites?|exams?|midterms?|past papers)\b)|"
    r"(?:자주|매번|많이|무조건) 나(?:왔|오|온)|"
    r"질문|면접|시험|기출|실기|필기|실무|답변|준비하기|수 있어야|물어봐|써 ?봐서|"
    # the course and the note: its chapters, weeks, state and making
    r"(?i:\b(?:chapters?|lectures?|syllabus)\b)|"
    r"파트|챕터|강의|교수님|실습|정리(?:함|한|해)|문서 보고|보니까|봤더니"
)
"""A sentence's word on the writer, the reader's interview or exam, the course or the note
itself: what a remark speaks of."""
_OPENS_ON_THE_NOTE = lazy(
    # the week of the course, the note's state: `Week 4.`, `status: mostly done, …`
    r"(?i:^\W*(?:weeks? \d|status\s*:)|"
    # where its text comes from: `Mostly from the endo block + …`
    r"^\W*(?:mostly |largely |all )?(?:from|based on)\s)|"
    # a way back to the notes it belongs with: `↩ 00 … MOC`
    r"^[↩←⬅↑]"
)
"""A sentence opening on the course's week, the note's state or source, or a way back to
other notes: of the note, whatever it names after."""
_MAY_REMARK = lazy(r"(?i:weeks? \d|status\s*:|from\s|based on\s)|[↩←⬅↑]|\bI\s")
"""What a sentence of a remark holds that `_OF_THE_STUDY` may not find in a paragraph whole:
a look before its sentences are read."""
_TELLS_WHAT_TO_DO = lazy(r"(?:[가-힣]기|[할말]\s*것|필수)[.!~)\]\s]*$")
"""`… 매일 1문제씩 풀기)`, `… 절대 잃지 말 것`, `… 그리는 연습 필수`: a sentence closing on what
to do, in the voice of the writer telling themselves how to study."""
_TELLS_AT_ALL = lazy(r"(?:[가-힣]기|[할말]\s*것|필수)[.!~)\]]*(?:\s|$)")
"""What `_TELLS_WHAT_TO_DO` looks for, closing any word of a paragraph: a first look."""
_ASKED_OFTEN = lazy(r"(?:자주|매번|매년|많이|무조건|항상|꼭)\s+나(?:왔|오|온|옴)")
"""`SQL은 매 회차 1~2문제는 무조건 나옴`: how often an exam asks its topic, the topic named as
what is asked, not as what is said."""
_ASKED_OF = lazy(r"(?:[^\W\d_]+\s+){1,2}(?:질문|문제|questions?)", re.IGNORECASE)
"""`아키텍처 질문은 …`: the subject named as what a question asks, not as what is said."""
_QUOTED = lazy(r"\"[^\"\n]*\"|“[^”\n]*”")
"""Someone's words (`"design an API rate limiter"`): not what the sentence speaks of."""
_OF_THE_SUBJECT = lazy(
    r"\*\*|`|\$|(?<![<>=!])=(?!=)|\b(?:is|are) (?:a|an|the)\b|\bmeans\b|\brefers to\b|"
    r"[가-힣]다[.!]*$"
)
"""A term set apart in bold, code or math, a value or an equation, or a definition (`… is a
…`, `… 이다.`): a sentence saying something of the subject."""
_MEASURE = lazy(
    r"\d\s?(?:%|ms|s|secs?|mins?|h|hours?|days?|[KMGT]B|bytes?|bits?)(?![^\W\d_])|"
    r"\d\s?(?:시간|분|초|도|배)"
)
"""A measure (`45-60 min`, `12시간`): something of the subject, in whatever sentence."""
_LABELLED = lazy(r"\*\*|`|\$|=|→|->")
"""What a label's text goes on to that says something: a term, code, math, a value or steps."""
_TITLE_WORD = lazy(r"[^\W\d_]{2,}")
_SENTENCE = lazy(r"(?<=[.!?])[*_]*[ \t]+|\n")
_GOES_ON = lazy(
    r"^\W*(?:this|that|these|those|it|they|them|so|but|and|그래서|그|이)\b", re.IGNORECASE
)
"""A sentence that speaks of the one before it: cut from it, it says nothing."""
_GREETS = lazy(
    r"^\W*(?:안녕하세요|안녕하십니까|반갑습니다|"
    r"(?i:(?:hi|hello|hey|greetings)(?:\s+(?:there|everyone|all|folks|guys|friends|y'all))?))"
    r"[ \t]*(?:[!.,~…:)]|$)(?!\s*(?i:world))"
)
"""`안녕하세요!`, `Hi everyone,`: a post greeting its readers, not `Hello, World!`."""
_NOT_PROSE = lazy(r"[-*+|`~<!#]|:::|\[!|\d+[.)][ \t]")
"""A list, table, code, HTML, picture, heading or box: more than prose."""
MAX_OPENING = 500
"""An opening this long at most (its text, all blocks) is read for remarks: a longer one is
an article's introduction, whose sentences may teach without a mark."""


_SMALL_WORD = lazy(
    r"[a-z]{2}|(?i:answers?|notes?|papers?|past|plans?|revision)|정리|풀이|기출|답안|노트|모음"
)
"""`in`, `of`, `an`, `vs` in a title: words that begin many others (`into`, `often`, `and`),
naming nothing. `DP`, `OS` and two Korean letters (`정렬`) name something. Nor do the words
naming the note's kind of writing (`Past paper answers`, `기출 풀이`, `notes`): a sentence
holding them (`My answers/plans from doing past papers.`) speaks of the note."""


@lru_cache(maxsize=64)
def _stems(subject: str) -> tuple[str, ...]:
    """The first letters of each word of a note's title that names something."""
    words = _TITLE_WORD.findall(plain(subject))
    return tuple({word[:4].casefold() for word in words if not _SMALL_WORD.fullmatch(word)})


def _remarks(sentence: str, stems: tuple[str, ...]) -> bool:
    """Whether a sentence speaks of the writer, the study or the note rather than of the
    subject: it opens on the note's week, state or source (`_OPENS_ON_THE_NOTE`); or it
    names no word of the note's title (`I think of a spring tide as …` under `Tide tables`
    does) and gives no measure (`… 12시간 넘게 두면 …`), and has a word of the study
    (`_OF_THE_STUDY`, a word of the title aside: `Questions to ask the interviewer` speaks
    of interviews). Words in quote marks are someone's, not what it speaks of; a label of
    that kind before what it labels (`Order of operations in interviews: vertical scale →
    read replicas → …`) leaves the sentence to the subject."""
    if _OPENS_ON_THE_NOTE.search(plain(sentence)) or tells_own_time(sentence):
        return True
    said = _QUOTED.sub(" ", sentence)
    _, colon, rest = said.partition(": ")
    if colon and _LABELLED.search(rest):
        said = rest  # `라우터가 하는 일: … → 다음 홉으로 보내기`: what the subject does
    elif _TELLS_WHAT_TO_DO.search(plain(said)):
        return True
    if _ASKED_OFTEN.search(said) or EXAM_WEIGHT.search(plain(said)):
        return True  # how often or how much the exam asks it, in whatever measure
    if _names_the_subject(said, stems) or _MEASURE.search(said):
        return False
    return any(
        not match.group().strip().casefold().startswith(stems)
        for match in _OF_THE_STUDY.finditer(said)
    )


def _names_the_subject(sentence: str, stems: tuple[str, ...]) -> bool:
    said = plain(_ASKED_OF.sub(" ", sentence))
    return any(word.casefold().startswith(stems) for word in _TITLE_WORD.findall(said))


def _of_the_subject(sentence: str, stems: tuple[str, ...]) -> bool:
    """Whether a sentence (no remark) names the note's subject or states something of it."""
    if _OF_THE_SUBJECT.search(sentence.strip()) or _MEASURE.search(sentence):
        return True
    return _names_the_subject(_QUOTED.sub(" ", sentence), stems)


def without_remarks(text: str, subject: str) -> str:
    """A paragraph or quote of a note's opening less the writer's remarks (the module's
    docstring): "" when it is only remarks, no sentence of it saying anything of the note's
    `subject` (its title); less the remarks that open it when a sentence of the subject
    follows them and stands on its own; else as written. A list, table, code, picture or a
    box (`> [!tip]`) is more than a remark, and stays."""
    quoted = text.startswith(">")
    said = "\n".join(line.lstrip(">").strip() for line in text.split("\n")) if quoted else text
    mark = ""
    if said[:1] in "*_" and said.rstrip()[-1:] == said[:1] and said[1:2] not in "*_ ":
        mark, said = said[0], said.strip()[1:-1]  # `*Mostly from the endo block …*`
    if _NOT_PROSE.match(said) or "\n\n" in said:
        return text
    if _GREETS.match(said):
        return ""  # a blog post's greeting, and why or what it is about to write
    if (
        not _OF_THE_STUDY.search(said)
        and not _MAY_REMARK.search(said)
        and not EXAM_WEIGHT.search(said)
        and not may_tell(said)
        and not _TELLS_AT_ALL.search(said)
    ):
        return text  # most openings, at a glance
    stems = _stems(subject)
    pieces = [piece for piece in _SENTENCE.split(said) if piece.strip()]
    remarks = [_remarks(piece, stems) for piece in pieces]
    if not any(remarks):
        return text  # most openings, at their words
    if not any(
        _of_the_subject(piece, stems)
        for piece, remark in zip(pieces, remarks, strict=True)
        if not remark
    ):
        return ""
    lead = remarks.index(False)
    if not lead or _GOES_ON.match(plain(pieces[lead])):
        return text  # a remark after the subject's sentence, or none cut cleanly
    rest = said[said.index(pieces[lead]) :]
    if mark:
        rest = f"{mark}{rest}{mark}"
    return "\n".join(f"> {line}" for line in rest.split("\n")) if quoted else rest


_AS_THE_WRITER = lazy(
    r"(?<![\w'’])(?:I['’](?:m|ve|d)|[Mm]y|[Mm]e|[Mm]yself)(?![\w'’])|"
    rf"{_I_BEFORE_A_VERB}|"
    r"(?:^|\s)(?:내가|나는|나도|나한테|제가|저는|저도|내)\s|"
    r"\d\s*회독|(?:계속|또|자주|맨날)\s*틀(?:림|렸|려|린)"
)
"""`My biggest weakness …`, `I still messed up …`, `… 내가 대충 알고 있었다`, `2회독 때 … 계속
틀림`: the writer speaking of themselves, their passes through the book and their misses
(not `Type I errors`, nor `I/O`)."""


_KEY_POINT = lazy(
    r"핵심은|요점은|\b(?:the )?key (?:point |idea |takeaway )?is\b|\bthe trick is\b", re.I
)
"""`2회독 때 겨우 이해함. 핵심은 **이용자 = 무조건 B/S에 올린다** …`: the writer's story, then
the point of the subject they drew from it, which a student keeps."""


def speaks_as_the_writer(texts: list[str], subject: str) -> bool:
    """Whether a note's opening, prose only, speaks in the writer's own person (`혼자 만드는
    … 작업하다가 … 버그를 만남. 원인은 결국 … 내가 대충 알고 있었다 였다.`, `> 🎯 Test date: June
    14. … review EVERY rationale (even the ones I get right).`) and names no word of the
    note's `subject` (its title) anywhere: over sections that teach the subject, it is the
    story of the note, the writer's plan or their weak spot, not a card. An opening in the
    first person that names the subject says something of it, and stays (`I think of a
    spring tide as …` under `Tide Tables`)."""
    said = plain("\n".join(texts))
    if len(said) > MAX_OPENING or not _AS_THE_WRITER.search(said) or _KEY_POINT.search(said):
        return False
    stems = tuple(stem for stem in _stems(subject) if stem not in _WORDS_OF_NOTES)
    return not _names_the_subject(_QUOTED.sub(" ", said), stems)


_WORDS_OF_NOTES = frozenset(
    {"정리", "노트", "요약", "공부", "메모", "기록", "모음", "note", "summ"}
)
"""`… 정리`, `… notes`, `… summary`: a title's word for the note itself, naming no subject."""
