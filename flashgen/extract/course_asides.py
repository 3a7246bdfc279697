"""A heading's aside about the course or the note: `## DP 문제 푸는 순서 (교수님 강조)`,
`## Practical notes (from the TA session)`, `### AdaBoost (briefly)`, `### "Double descent"
aside`, and one on the note's own state: `## EC2 Spot — this got long, should maybe be its
own note`, `## Outage story — draft`, `(WIP)`, `(정리 중)`, and the writer's own view or note
taking: `## Raft vs Multi-Paxos (my rough take)`, `## Numbers I noted`, `## Exam format (so I
stop forgetting)`. It tells how the
writer came by the section, how far they went into it, how far they have written it or
that it is their view, not what the subject is: the front asks the subject alone, and the
context line names it so; the deck keeps the heading as written. An aside naming part of
the subject (`Dijkstra (음수 간선 X)`, `TCP (Transmission Control Protocol)`, `Boosting
(AdaBoost, GBM)`) stays. An arrow closing the title on another note where the subject is
written leaves the front and the context line the same way (`TLS 핸드셰이크 → 03_HTTP_HTTPS`:
skip.navigation.without_pointer_in_title)."""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.sections import frames_its_parent
from flashgen.extract.skip.navigation import without_pointer_in_title
from flashgen.patterns import lazy

_COVERED = (
    r"briefly|in\s+brief|condensed|short\s+version|(?-i:optional)|"
    r"간단히|간략히|짧게|심화|(?:매우\s*)?중요!*|(?:very\s+)?important!*|참고|복습|review|recap|"
    r"memori[sz]e(?:\s+(?:this|it|these))?(?:\s+one)?|make\s+(?:flash)?cards?|"
    r"암기(?:\s*할\s*것|하기)?|외울\s*것|외우기|"
    r"(?:[^()\n]{0,10}[\s+/,&])?기출[^()\n]{0,10}"
)
"""`(briefly)`, `(간단히)`, `(심화)`, `(중요)`, `(참고)`, `(복습)`: how far the writer went
into the section, or how much they make of it (`(memorise this one)`, `(make flashcards)`,
`(암기)`: to learn by heart; `(암기: 도부이결다조)` gives the rhyme to learn it by, and
stays); `(기출!!)`, `(실무 + 기출)`: that an exam asked it. `(optional)` only as a writer
writes it: `(Optional)` may be the English name of `옵셔널`."""
_COURSE_EN = (
    r"(?:from|per|in|during|covered\s+in|as\s+(?:seen\s+)?in|said\s+in)\s+(?:the\s+|our\s+)?"
    r"(?:TAs?|lectures?|class|recitation|tutorial|office\s+hours|slides|textbook|"
    r"prof(?:essor)?|instructor|lecturer)\b[^()\n]{0,30}|"
    r"(?:TA|prof(?:essor)?|instructor|lecturer|she|he)(?:'s)?\s+(?:emphasis|stressed|emphasi[sz]ed|"
    r"said|tip|favou?rite)[^()\n]{0,20}|"
    r"(?:not\s+)?(?:on|in|for)\s+(?:the\s+)?(?:exam|midterm|final|finals|quiz)\b[^()\n]{0,20}|"
    r"(?:lecture|lec|week|hw|homework|pset|problem\s+set|assignment)\s*#?\d{1,2}[^()\n]{0,30}|"
    r"(?:exam|midterm|final\s+exam|finals|quiz)(?:\s+(?:scope|material|topic|prep))?"
)
"""`(from the TA session)`, `(prof's emphasis)`, `(not on the exam)`, `(HW3)`, `(lecture 5)`,
`(midterm)`: where the section came from in the course, or what of the course it is for."""
_COURSE_KO = (
    r"(?:교수님|조교)[^()\n]{0,20}|"
    r"(?:강의|수업)(?:\s*\d{1,2}|에서|시간|\s*내용)[^()\n]{0,20}|"
    r"(?:과제|숙제)(?:\s*\d{1,2}|[^\S\n]|$)[^()\n]{0,20}|"
    r"(?:기말|중간고사|시험|퀴즈)\s*(?:범위|출제|대비|X|O|에\s*나[옴온왔])[^()\n]{0,10}|"
    r"기말|중간고사|다음\s*시간에?[^()\n]{0,20}|"
    # where a problem came from: `(3회분째 45번, 5회분째 42번)`, `(모의고사 2회, 10/26)`
    r"\d+\s*회(?:분째|차)?\s*\d+\s*번[^()\n]{0,30}|모의고사\s*\d+\s*회[^()\n]{0,20}|"
    r"문제집\s*[^()\n]{0,12}p\.?\s*\d+[^()\n]{0,10}"
)
"""`(교수님 강조)`, `(수업에서 본 예)`, `(과제 2번이랑 거의 같음)`, `(기말 범위)`, `(시험 X)`,
`(다음 시간에 여쭤보기)`, `(3회분째 45번)`: the same, in a Korean note."""
_OWN_SLIP = (
    r"\d+\s*번(?:이나|째)?\s*틀림|찍어서\s*맞음|소거법으로\s*(?:겨우\s*)?맞음|또\s*틀림|"
    r"자주\s*틀림|계속\s*틀림"
)
"""`2번이나 틀림`, `찍어서 맞음`: how the writer fared on the problem, beside its subject."""
_OFTEN_ASKED = (
    r"(?:(?:여기|이거|이건|제일|가장|진짜|정말|엄청|특히|항상)\s*)*"
    r"(?:(?:자주|매번|매년|계속|시험에?|꼭|또|많이)\s*(?:나옴|나온다|나왔음|나와요|나와|출제됨?)|"
    r"(?:최|초)?빈출|단골(?:\s*(?:문제|질문))?|(?:자주|많이)\s*(?:받은|나온|물어본)\s*질문)!*"
)
"""`자주 나옴`, `시험 나옴`, `빈출`, `단골`, `여기 자주 나와요!!`, `(진짜 많이 나옴)`: that exams
ask it often, the writer's mark beside the subject (`CASCADE vs RESTRICT ★ 자주 나옴`)."""
_OFTEN_ASKED_ASIDE = rf"\([^()\n]{{0,15}}?(?:{_OFTEN_ASKED})\)|(?:{_OFTEN_ASKED})"
"""The same, bare or in brackets with a word before it (`(서술형 자주 나옴)`)."""
_LEADING_SLIP = lazy(rf"^\W*(?:{_OWN_SLIP})\s*[—–-]{{1,2}}\s+(?=\S)")
"""`찍어서 맞음 — 발해 연호`: the same before the subject's name."""
_NOTE_STATE = (
    r"wip|work\s+in\s+progress|in\s+progress|draft|unfinished|incomplete|todo|tbd|"
    r"(?:(?:too\s+)?long,?\s*)?split\s+(?:it\s+|this\s+)?later|"
    r"초안|미완(?:성)?|(?:정리|작성|공사)\s*중"
)
"""`(WIP)`, `(draft)`, `(long, split later)`, `(정리 중)`: the state of the writer's note."""
_OWN_NOTE = (
    r"(?:this|it)\s+(?:got|is\s+getting|grew|is|'s)\s+(?:(?:too|really|quite|a\s+bit|way\s+too|"
    r"kind\s+of)\s+)?long\b[^()\n]*|"
    r"should\s+(?:maybe\s+|probably\s+)?(?:be|become|get)\s+its\s+own\s+(?:note|page)[^()\n]*"
)
"""`— this got long, should maybe be its own note`: the writer on their note, after a dash."""
_OWN_TAKE = (
    r"(?:my|a|personal)\s+(?:(?:rough|quick|own|hot|honest|personal)\s+)?"
    r"(?:take|opinion|view|thoughts|two\s+cents)|imo|imho|"
    r"(?:내|개인적(?:인)?)\s*(?:생각|의견|견해)|사견"
)
"""`(my rough take)`, `(IMO)`, `(개인적인 생각)`: that what follows is the writer's view."""
_AS_THE_WRITER = (
    r"(?=[^()\n]*(?<![\w/])(?-i:I|my|My|we|We|our|Our)(?![\w/'’]))[^()\n]{3,60}|"
    r"[^()\n]*(?:내가|나만|제가|우리)[^()\n]*"
)
"""`(so I stop forgetting)`, `(the one we actually have to write)`, `(내가 제일 헷갈리는 둘)`:
the writer speaking of themselves beside the subject's name (`I/O`, `goto(I, X)` do not)."""
_NOTED = (
    r"I\s+(?:noted|jotted(?:\s+down)?|wrote\s+down|picked\s+up|took\s+away|"
    r"(?:want\s+to\s+|should\s+)?remember)"
)
"""`Numbers I noted`, `Figures I wrote down`: the writer's clause after what they noted."""
_ASIDE = lazy(
    rf"\s+\(\s*(?:{_COVERED}|{_COURSE_EN}|{_COURSE_KO}|{_NOTE_STATE}|{_OWN_TAKE}|{_AS_THE_WRITER}|aside|"
    r"tangent|side\s+note|여담)\s*\)(?P<tail>\W*)$|"
    r"\s+(?:(?:an?\s+)?(?:aside|tangent)|여담|복습)(?P<tail2>\W*)$|"
    rf"(?<!^what)(?<!^which)(?<!^things)(?<!^stuff)(?<!^bits)\s+(?-i:{_NOTED})(?P<tail3>\W*)$|"
    rf"\s+[—–-]{{1,2}}\s+(?:{_NOTE_STATE}|{_OWN_NOTE}|{_OWN_SLIP}|{_OFTEN_ASKED})[\s.!ㅠ]*$|"
    rf"\s*[★⭐☆🌟]*\s+(?:{_OFTEN_ASKED_ASIDE})[\s.!★⭐☆🌟]*$",
    re.IGNORECASE,
)
"""What the writer set after the subject's name: a bracketed remark, `aside` last (`복습`,
the writer going over a subject again: `트랜잭션 복습` asks `트랜잭션`), or a remark on the
note's state after a dash."""
_QUOTED = lazy(r'^(["“\'‘])(?P<name>[^"“”\'‘’]+)["”\'’]$')
"""`"Double descent"`: a name the writer quoted because an aside followed it."""
_MAY_END_IN_ASIDE = lazy(
    r"(?:aside|tangent|여담|복습)\W*$|\s[—–-]{1,2}\s|\sI\s\w+(?:\s\w+)?\W*$|"
    r"맞음|나옴|나와|출제|빈출|단골|받은\s*질문",
    re.IGNORECASE,
)


_LECTURE_COUNTER = lazy(
    r"^(?:(?P<bare>L)|Lec\.?|Lecture|Week|강의)\s*\d{1,2}\s*[—–:-]\s+(?=[^\s\d])(?P<rest>.*?)"
    r"(?P<day>\s*\((?:[1-9]|1[0-2])/(?:[1-9]|[12]\d|3[01])\))?$",
    re.IGNORECASE,
)
"""`L18 — Properties (10/18)`, `Lecture 4: …`, `Week 3 - …`, `강의 5 — …`: the lecture the
section was written in, and maybe its day, around the subject's name (`Properties`). A bare
`L` and a number names a lecture only with its day after the name: `L2 — Ridge`, `L4 —
Transport` are a norm and a layer."""


def _without_lecture_counter(title: str) -> str:
    counter = _LECTURE_COUNTER.match(title)
    if counter is None or (counter["bare"] and not counter["day"]):
        return title
    rest = counter["rest"].strip()
    if frames_its_parent(rest):
        return title  # `Lecture 1 — Introduction`: the lecture is what the title names
    return rest


@lru_cache(maxsize=1024)  # every card of a section asks it of the same headings
def without_course_aside(title: str) -> str:
    """`DP 문제 푸는 순서 (교수님 강조)` → `DP 문제 푸는 순서`, `"Double descent" aside` →
    `Double descent`, `Spot — this got long, should maybe be its own note` → `Spot`; a title
    that is only the aside (`Aside`) stays."""
    title = without_pointer_in_title(title)  # `TLS 핸드셰이크 → 03_HTTP_HTTPS`
    if title[:1] in "LlWw강":
        title = _without_lecture_counter(title)  # `L18 — Properties (10/18)`
    if "(" not in title and not _MAY_END_IN_ASIDE.search(title):
        return title  # nearly every title: no bracket, no trailing aside or dash
    if "맞음" in title and (slip := _LEADING_SLIP.match(title)):
        title = title[slip.end() :]  # `찍어서 맞음 — 발해 연호`
    for _ in range(_ASIDES_AT_MOST):  # `개헌 (3회분째 45번) — 2번이나 틀림`: two, one after one
        match = _ASIDE.search(title)
        if match is None or not match.start():
            return title
        name = title[: match.start()].rstrip(" -–—:,")
        if not name:
            return title
        quoted = _QUOTED.match(name)
        if quoted is not None:
            name = quoted["name"].strip()
        title = name + (match["tail"] or match["tail2"] or match["tail3"] or "").rstrip()
    return title


_ASIDES_AT_MOST = 2

_OFTEN_ASKED_AFTER = lazy(
    rf"(?:\s+[—–-]{{1,2}}|\s*[★⭐☆🌟]+)?\s+(?:{_OFTEN_ASKED_ASIDE})[\s.!★⭐☆🌟]*$"
)
MAY_SAY_OFTEN_ASKED = (
    *("나옴", "나온다", "나왔음", "나와요", "나와", "출제", "출제됨", "빈출", "단골", "질문"),
    *(")", "!", ".", "★", "⭐"),
)
"""How a front marked as often asked ends, to look no further at any other."""


def without_often_asked(question: str) -> str:
    """`CASCADE vs RESTRICT ★ 자주 나옴` → `CASCADE vs RESTRICT`, `후보키 (빈출)` → `후보키`: a
    term's front without the writer's mark that exams ask it (a heading's goes with its other
    asides, `without_course_aside`); a front that is only the mark stays."""
    match = _OFTEN_ASKED_AFTER.search(question)
    if match is None or not question[: match.start()].strip():
        return question
    return question[: match.start()].rstrip(" -–—:,")
