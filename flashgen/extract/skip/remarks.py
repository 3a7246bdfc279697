"""The writer's remarks on their own study, left off a back: what is still to write
(`TODO: …`, `> [!todo]`), the state of the notes (`🚧 half done`, `(풀이 아직 안 씀)`), the
lecture missed or skipped (`휴강`, `missed it`), what the exam leaves out (`시험 범위 아님`),
what to look up later, and the day the writer wrote it down (`_2023-11-04 — after …_`), a
line that only cheers the writer or their group on (`- 스터디 활동 열심히 하자`, `화이팅!`), and
a sentence of the course's logistics (`과제: … (마감 4/20)`, `Prof spent 10 min on this.`,
`Not examinable.`, `Mentioned briefly.`, `Covered: …`).
None of it answers the card's question; a student would drop it from the card."""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.place import plain
from flashgen.extract.skip.common import list_label, reads
from flashgen.extract.skip.indexes import names_own_pending as _names_own_pending
from flashgen.extract.skip.plans import with_blocks_under
from flashgen.flavours.boxes import box_title
from flashgen.patterns import any_of, lazy
from flashgen.syntax import Node

_REMARK_WORDS = (
    "TODO", "todo", "🚧", "ook up", "ook it up", "ook this up", "ook that up", "passing",
    "issed", "the exam", "the midterm", "the final", "examined", "half done", "incomplete",
    "till need", "till have", "own so", "an into", "시험", "교수님", "휴강", "결석", "녹강",
    "배속", "받아 적", "받아적", "아직 안", "덜 됨", "정리 필요", "예정", "넘어감", "삽질",
    "붙여", "적어 둠", "적어둠", "otes, not", "otes not", "ot started", "ot yet started",
    "due ", "e-read", "eread", "WIP", "wip", "TBD", "ork in progress", "raft", "nfinished",
    "nder construction", "alf done", "alf-done", "till writ", "till working", "미완", "작성 중",
    "작성중", "정리 중", "정리중", "초안", "공사 중", "공사중", "열심히", "화이팅", "파이팅",
    "힘내", "eep going", "eep it up", "ot this", "an do it", "과제", "숙제", "마감", "HW",
    "omework", "roblem set", "강조", "범위", "xaminable", "riefly", "언급", "overed", "rof",
    "ecturer", "nstructor", "edo ", "e-do ", "evisit", "ome back to", "o back to", "aven't",
    "ave not", "ot yet ", "ritten up", "up later", "in later", "out later", "정리 못", "정리못",
    "정리 안", "정리안", "작성 못", "작성못", "나중에", "다시", "gain", "ext time", "rite up",
    "entioned", "iscussed", "efore mid", "o self", "o myself", "sk in", "sk the", "여쭤",
    "물어", "uaranteed", "무조건", "따로", "연결됨", "이어짐", "eparately", "스터디", "ext week",
    "확인 필요", "heck later", "다음에", "기회에", "자세한", "etails in", "etails are",
    "ore on this", "ore on it", "till to", "To add", "To write", "o cover", "추가할",
)  # fmt: skip
"""A word of every such remark: an answer with none is left as it is at a glance (one
pattern of the words, `_REMARK_WORD`, is quicker than a search for each word, or than a
pattern of the remarks themselves, on the many answers with none)."""
_REMARK_WORD = lazy(any_of(_REMARK_WORDS))

_DIARY_OPENING = lazy(r"^[ \t]*[_*]\(?(?:\d{4}[-./]\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))")

_TODO_MARK = (
    r"(?:🚧[ \t]*)?(?:TODO\b|todo:|(?:TBD|WIP)[ \t]*[:：—–]"
    r"|(?i:(?:still )?to (?:add|write(?: up)?|cover)|추가할\s*것|나중에\s*추가)[ \t]*[:：—–])"
)
_TODO_OPENS = lazy(rf"^{_TODO_MARK}")
"""`TODO: write up …`, `TODO — …`, `🚧 TODO: …`, `todo: generators, …`, `WIP: …`, `TBD: …`,
`Still to add: …`, `추가할 것: …`: what the writer has still to write."""

_TO_SELF = lazy(
    r"^(?:\*\*|__)?(?:(?:a )?(?:note|reminder|memo) )?to (?:self|myself|me)[ \t]*[:：—–-]"
    r"(?:\*\*|__)?[ \t]*",
    re.IGNORECASE,
)
"""`**To self:**`, `Note to self:`: the label of a line the writer addresses to themselves;
what follows it is read as if written alone (a fact after it stays: `Note to self: CORS
only decides whether JS can read the answer`)."""

_TODO_BOX = lazy(r"^[ \t]*>[ \t]*\[!todo\][-+]?", re.IGNORECASE)
"""`> [!todo]`: an Obsidian box of the writer's to-dos."""
_BOX_TITLE = lazy(r"^[ \t]*>[ \t]*\[![\w-]+\][-+]?[ \t]+(?P<title>\S[^\n]*)$")
"""`> [!question] 나중에 확인`: an Obsidian box's first line, and the title written on it."""

_TODO_LABEL = lazy(r"^(?:🚧[ \t]*)?TODO[ \t]*:?$")
"""`TODO` alone on its line: a label over what is still to write."""

_NOT_STARTED_OVER = lazy(r"^not (?:yet )?started\b[^\n]*:$", re.IGNORECASE)
"""`Not started. From the contents:` over a list: the list is what is still to study."""

_LIST_ITEM = lazy(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]")

_LABEL = lazy(r"^(?:\*\*|__)?(?P<label>[^\n:*_]{1,40}?)[ \t]*(?:\*\*|__)?:(?:\*\*|__)?$")
"""`나중에 추가할 것:`, `**To look up later:**`: a short label closed by a colon."""
_TASK_ITEM = lazy(r"^(?P<indent>[ \t]*)[-*+][ \t]+\[(?P<state>[ xX])\][ \t]+\S")
_TASK_TEXT = lazy(r"^\[([ xX])\][ \t]+\S")
"""An item's text as a task (`[ ] Kruskal writeup`), its box ticked or not."""
_RULE = lazy(r"^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")

_CHEER = lazy(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:[^\n]{0,40}?[ \t])?"
    r"(?:열심히[ \t]?(?:하자|해보자|해 보자|합시다|해야지)|화이팅|파이팅|힘내자|"
    r"let(?:'s|’s| us) keep (?:going|at it|it up)|keep (?:it|going) up|"
    r"you(?:'ve|’ve| have)? got this|you can do it)[ \t]*[!~.]*[ \t]*$",
    re.IGNORECASE,
)
"""`- JOB HOPE 활동 열심히 하자`, `화이팅!`, `Let's keep going!`: a line, or a list item,
that only cheers the writer or their group on; no answer to any question."""

_TODO_ITEM = lazy(rf"^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?{_TODO_MARK}")
"""`- TODO: bitmask DP, never got it`: a to-do left in a list."""

_TODO_TAIL = lazy(
    r"[ \t]+(?:\((?:🚧[ \t]*)?TODO\b[^()\n]*\)|"
    r"[—–-][ \t]+(?:나머지는[ \t]+|the rest (?:is )?)?TODO)[ \t]*$|"
    r"(?<=[.!?])[ \t]+TODO\b[^()\n]*$"
)
"""`- 트라이 — 문자열 검색 (TODO)`, `… (TODO: 해시 노트 따로)`, `… — TODO`, `… — 나머지는
TODO`, `… writes $\\ge u/2$. TODO check the bound.`: a to-do mark closing a line, or its
last sentence, its text the line's before it."""

_COURSE_ASIDE_PART = (
    r"(?:covered|discussed|taught|done)[ \t]+in[ \t]+(?:week|lecture|lec|class)[ \t]*\d{1,2}|"
    r"(?:just|only|briefly)[ \t]+mentioned(?:[ \t]+in[ \t]+(?:class|lecture))?|"
    r"mentioned[ \t]+(?:briefly|in[ \t]+passing)|not[ \t]+examinable|"
    r"(?:수업|강의)(?:에서|때)[ \t]*(?:잠깐|간단히|짧게)?[ \t]*(?:언급|다룸)(?:만)?"
    r"[ \t]*(?:함|됨|하심)?|"
    r"(?:잠깐|간단히|짧게)[ \t]*언급(?:만)?[ \t]*(?:함|됨|하심)?"
)
_COURSE_ASIDE = (
    rf"\((?:{_COURSE_ASIDE_PART})(?:[ \t]*[,;][ \t]*(?:{_COURSE_ASIDE_PART}))*[ \t]*[.!]?\)"
)
"""`(Covered in week 14, just mentioned.)`, `(just mentioned)`, `(수업에서 잠깐 언급)`: the
course's word on the line before it, in brackets: where the lecture took it up and how
briefly. What the brackets say of the subject (`(covered in week 3: the B+ tree)`) stays."""
_CLOSING_COURSE_ASIDE = lazy(rf"(?<=\S)[ \t]+{_COURSE_ASIDE}[.!]?[ \t]*$", re.IGNORECASE)

_COURSE_LOGISTICS = (
    # The course's word in brackets, alone: `(Covered in week 14, just mentioned.)`
    rf"^{_COURSE_ASIDE}[.!]?$|"
    # Homework and its deadline: `과제: 체이닝 해시 테이블 C로 구현 (마감 4/20)`, `HW3 due 4/20`,
    # `(Came up in HW.)`
    r"^\(?(?:과제|숙제|HW|homework|problem set|pset)[ \t]*#?\d*[ \t]*[:：]|"
    r"\bdue (?:on |by )?\d{1,2}/\d{1,2}\b|\(?마감[ \t]*[:：]?[ \t]*~?\d{1,2}[/월]|"
    r"^\(?came up (?:in|on) (?:the |a )?(?:HW|homework|problem set|pset|quiz)\b[^.!?]*[.!]?\)?$|"
    # How the course is graded: `Grade breakdown: HW 15% / labs 15% / …`, `성적 비율: 중간 30%`
    r"^(?:grade[ \t]+breakdown|grading|성적[ \t]*(?:비율|산출|반영)|평가[ \t]*(?:비율|방법))"
    r"[ \t]*[:：][^\n]*\d[ \t]*%|"
    # What the lecturer did, and for how long, said alone: `Prof spent 10 min on this.`,
    # `교수님이 강조하심.`
    r"^(?:the )?(?:prof|professor|lecturer|instructor)\.?[ \t]+(?:only[ \t]+)?(?:spent|took)"
    r"[ \t]+(?:about[ \t]+|around[ \t]+|~)?\d+[ \t]*(?:min|mins|minutes|hours?|h)\b"
    r"(?:[ \t]+(?:on|over)[ \t]+(?:this|it|that|these))?[ \t]*[.!]?$|"
    r"^\(?교수님(?:이|께서)?[ \t]*(?:특히[ \t]*|엄청[ \t]*|여러[ \t]?번[ \t]*|계속[ \t]*)?"
    r"강조(?:하심|함|하셨음|하셨다|했음)?[ \t]*[.!]*\)?$|"
    # Whether it is examinable: `Not examinable.`, `시험엔 안 나옴.`, `(시험범위: 여기까지.`,
    # `기말 범위.`
    r"^\(?(?:(?:it|this)(?: is|'s|’s)[ \t]+)?(?:not|non-?)[ \t]?examinable[.!]?\)?$|"
    r"^\(?시험(?:에|엔|에는)[ \t]?안[ \t]?나\S{0,3}[.!]?\)?$|"
    r"^\(?(?:시험|중간|기말)(?:고사)?[ \t]?범위[ \t]*(?:[:：]|(?:임|입니다)?[.!]?\)?$)|"
    r"^\(?(?:이번[ \t]?학기|시험|중간|기말)(?:고사)?[ \t]?범위인지[ \t]?(?:모르겠음|모르겠다|모름|"
    r"확인[ \t]?필요)[.!?]*\)?$|"
    # How briefly it was told: `Mentioned briefly.`, `잠깐 언급만 함.`
    r"^(?:only[ \t]+|just[ \t]+)?(?:briefly[ \t]+(?:mentioned|covered|touched on)|"
    r"(?:mentioned|covered|touched on)[ \t]+(?:very[ \t]+)?(?:briefly|quickly))"
    r"(?:[ \t]+in[ \t]+(?:class|lecture))?[.!]?$|"
    r"^(?:수업에서[ \t]*)?(?:잠깐|간단히|짧게)(?:만)?[ \t]*언급(?:만)?[ \t]*(?:함|하심|됨)?[.!]?$|"
    # What the lecture covered: `Covered: ridge, lasso, elastic net, …`
    r"^(?:topics[ \t]+)?covered(?:[ \t]+(?:today|here|in[ \t]+(?:this|the)[ \t]+"
    r"(?:lecture|class)))?[ \t]*:"
)
"""A sentence that is only the course's logistics, not its subject: homework and its
deadline, what the lecturer did and for how long, whether it is examinable, how briefly it
was told, what the lecture covered. A sentence that says something beside it stays
(`교수님 강조: 힙은 완전 이진 트리다.`)."""

_OWN_PENDING = (
    # What the writer has still to do, redo or write up, said to themselves: `redo it in a
    # week`, `still need to check the bound`, `haven't written up the proof`, `스트리밍 SSR,
    # RSC 는 아직 정리 못함`, `나중에 정리`, `mTLS는 나중에 따로 (서비스 메시 공부할 때)`
    r"^(?:I\b[^,;.\n]{0,40}[,;][ \t]*)?(?:redo|re-do|revisit|come back to|go back to)[ \t]+"
    r"(?:it|this|these|them|that)(?:[ \t]+again)?[ \t]+(?:later|tomorrow|next[ \t]+(?:week|month)|"
    r"in[ \t]+(?:a|one|two|three|a[ \t]+few|\d+)[ \t]+(?:days?|weeks?|months?))\b|"
    r"^(?:I[ \t]+)?still[ \t]+(?:need|have)[ \t]+to[ \t]+(?:write|add|fill|finish|cover|read|"
    r"learn|figure|look|check|study|go[ \t]+through|redo|practi[cs]e|understand|review|work)\b|"
    r"^(?:I[ \t]+)?(?:haven't|have[ \t]+not|not[ \t]+yet)[ \t]+"
    r"(?:written|gotten[ \t]+to|got[ \t]+to|finished|covered|looked[ \t]+(?:at|into))\b|"
    r"\bnot[ \t]+(?:yet[ \t]+)?written[ \t]+up\b|"
    r"\b(?:write|fill|flesh)[ \t]+(?:this|it|these|them)[ \t]+(?:up|in|out)[ \t]+later\b|"
    # Korean: said last, not of a subject marked `가`/`이` (`GC가 나중에 정리`: the collector
    # cleans it up) nor leading on (`아직 정리 안 된 객체`)
    r"아직[ \t]*(?:정리|작성)(?:을|를)?[ \t]*(?:못|안)[ \t]*(?:함|했음|했다|했어요)?[.!]?$|"
    r"(?:^|(?<![가이])[ \t])나중에[ \t]*(?:따로|(?:따로[ \t]*)?(?:정리|추가|보충|작성)[ \t]*"
    r"(?:하기|할[ \t]*것|해야[ \t]*(?:함|지|겠다)|예정)?)(?:[ \t]*\([^()\n]*\))?[.!]?$|"
    r"다시[ \t]*풀어[ \t]*(?:보기|봐야|볼[ \t]*것)|"
    # A push to themselves, said last: `bias-variance 부터 다시 ㄱㄱ`, `다시 보기`, `redo`,
    # `Review this again.`
    r"(?:^|[ \t])다시[ \t]*(?:ㄱㄱ|ㄱ|고고|보기|볼[ \t]*것|복습(?:하기|할[ \t]*것)?|"
    r"공부(?:하기|할[ \t]*것))[ \t]*[.!~]*$|"
    r"^(?:(?:I[ \t]+)?(?:need|have|should|must)[ \t]+to[ \t]+)?(?:redo|re-do|review|revisit|"
    r"re-?read|go[ \t]+over)(?:[ \t]+(?:it|this|these|them|that|this[ \t]+(?:part|section|"
    r"chapter|lecture|topic|proof|one)))?(?:[ \t]+again)?(?:[ \t]+later)?[ \t]*[.!]*$|"
    # A plan for a later note: `다음엔 [N+1 문제](…) 정리 예정`, `다음 글에서 다룰 예정`,
    # `Next time: write up the proof.`, `- splay trees — to write up`
    r"(?:^|[ \t])(?:다음엔|다음에는?|다음[ \t]*(?:글|포스트|편|시간)(?:에서|에)?)[ \t]"
    r"(?:[^.!?\n]|\.(?=\S)){0,80}?(?:정리|작성|추가|보충|다룰|공부)(?:할|하기로)?[ \t]*예정"
    r"(?:임|이다|입니다)?[.!]?$|"
    r"^(?:next[ \t]+time|in[ \t]+(?:the|a)[ \t]+(?:next|later)[ \t]+(?:post|note|entry))\b"
    r"[^.!?\n]{0,60}?\b(?:write[ \t]+(?:up|about)|cover|add|go[ \t]+(?:over|through))\b|"
    r"(?:^|[—–:][ \t]*|[ \t]-[ \t]+)(?:still[ \t]+)?to[ \t]+(?:write[ \t]+up|be[ \t]+written"
    r"[ \t]+up)[.!]?$|"
    # Put off to next time, trailing off: `… 얘기 나왔는데 다음에…`, `나머지는 나중에...`
    r"(?:^|[ \t])(?:다음에|나중에|다음[ \t]?기회에)[ \t]*(?:…|\.{2,})[ \t]*$"
)
"""A sentence saying only what the writer has still to do, redo or write up."""

_PENDING = lazy(_OWN_PENDING, re.IGNORECASE)

_BOOKKEEPING = (
    # Whom to ask, and where: `Ask in OH how to show that.`, `ask the TA about (b)`,
    # `교수님께 여쭤보기`, `사수님한테 물어보기`, `조교한테 물어볼 것`
    r"^(?:I[ \t]+)?(?:(?:should|need[ \t]+to|must|will|have[ \t]+to)[ \t]+)?ask[ \t]+"
    r"(?:(?:in|at|during)[ \t]+(?:the[ \t]+)?(?:OH|office[ \t]+hours?|recitation|review[ \t]+"
    r"session|section)\b|(?:the[ \t]+|my[ \t]+)?(?:TAs?|prof|professor|instructor|lecturer)\b)|"
    r"(?:^|[ \t])(?:[가-힣]{1,6}님|조교|선배|멘토)(?:께|한테|에게)[ \t]*(?:여쭤|물어)[ \t]*"
    r"(?:보기|볼[ \t]*것|봐야[ \t]*(?:함|겠다|지)|보자)[.!]*$|"
    # What the course asks next, and by when: `Two-sample problems next week.`, `Pre-read:
    # Welch's t-test, …`, `HW6 due Nov 14`
    r"^[^.!?\n]{1,60}?[ \t](?:next|coming)[ \t]+(?:week|lecture|class)[.!]*$|"
    r"^pre-?read(?:ing)?[ \t]*[:：]|\bdue[ \t]+(?:on[ \t]+|by[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b|"
    # What the exam will ask: `important, midterm Q guaranteed`, `시험에 무조건 나옴`
    r"\b(?:midterm|final|exam|quiz)[ \t]+(?:Q|questions?|problems?)[ \t]+"
    r"(?:guaranteed|for[ \t]+sure)[.!]*$|"
    r"(?:시험|중간|기말)(?:고사)?에?[ \t]*(?:무조건|꼭|반드시|100%)[ \t]*나[옴온와]\S*$|"
    # Where it is written up instead: `[[Kafka rebalancing]] 에 따로 정리`, `[[Parquet 내부구조]]
    # footer 얘기랑 연결됨`, `covered separately in the caching note`
    r"[ \t]*에(?:서)?[ \t]*따로[ \t]*(?:정리|적음|적어[ \t]*둠)(?:함|했음|해[ \t]*둠|됨)?[.!]*$|"
    r"[ \t](?:얘기|이야기|내용|부분|노트|글)(?:이?랑|와|과)[ \t]*(?:연결됨|이어짐|연결되는[ \t]*"
    r"(?:얘기|내용))[.!]*$|"
    r"\b(?:written[ \t]+up|covered)[ \t]+separately[ \t]+(?:in|under)[ \t]+[^.!?\n]{1,60}$|"
    # Where its details are told, not here: `자세한 건 대학원에서... 라고 하심`, `자세한 건 질의
    # 처리 장(12장?)에서.`, `Details in the advanced course.`
    r"^자세한[ \t]*(?:건|거는|것은|내용은)[ \t]*(?:[^.!?()\n]|\([^()\n]*\)){1,30}?에서[ \t]*"
    r"(?:…|\.{2,})?[ \t]*"
    r"(?:라고[ \t]*(?:하심|하셨음|함))?[.!]*$|"
    r"^(?:more[ \t]+on[ \t]+(?:this|it)|(?:the[ \t]+)?details)[ \t]+(?:are[ \t]+)?in[ \t]+"
    r"(?:the[ \t]+)?(?:advanced|grad(?:uate)?|next|later)[ \t]+(?:course|class|lecture|chapter|"
    r"semester)s?[.!]*$|"
    # The study group's next meeting: `다음주 스터디 주제: Iceberg …`, `Next week's study
    # group: …`
    r"^(?:다음[ \t]*(?:주|번|시간)|next[ \t]+(?:week|time)(?:'s|’s)?)[ \t]*(?:스터디|모임|"
    r"세미나|study(?:[ \t]+group)?|reading[ \t]+group|meetup|session)[ \t]*(?:주제|발표|범위|"
    r"topic)?[ \t]*[:：]"
)
"""A sentence of the writer's bookkeeping: whom to ask about it, what the course asks next,
what the exam will ask, where it is written up instead, the study group's next topic."""
_BOOKKEEPING_SENTENCE = lazy(_BOOKKEEPING, re.IGNORECASE)
_BOOKKEEPING_WORD = lazy(
    any_of(
        ("따로", "연결됨", "이어짐", "연결되는", "다음", "ext ", "oming ", "ask ", "Ask ", "여쭤",
         "물어", "uaranteed", "or sure", "무조건", "반드시", "꼭", "100%", "eparately", "e-read",
         "eread", "due ", "자세한", "etails ", "ore on ")
    )
)  # fmt: skip
"""A word every line of `_BOOKKEEPING` holds (`ask `, `따로`, `다음`, `pre-read`, …), as it is
written there (`ask ` and `e-read`, not `sk ` and `read`, which `task` and `thread` hold): a
list none of whose items holds one is left as it is at a glance."""

STUDY_REMARK = lazy(
    # What the notes still lack: `🚧 only half done — the examples come later`, `(풀이 아직 안
    # 씀)`, `그림 아직 안 옮김.`, `정리 덜 됨`, `나중에 정리 필요`, `다음 주에 추가 예정`
    r"🚧|\bhalf done\b|\bnotes (?:are |still )?incomplete\b|"
    r"\bstill (?:need|have) to (?:write|add|fill|finish|copy)\b|"
    r"아직 안[ \t]?(?:씀|썼|옮김|옮겼|합침|합쳤|채움|채웠|정리)|정리 (?:덜 됨|필요)|"
    r"(?:보충|추가|정리)(?:할)? 예정|"
    # The state of the page or the task: `quick notes, not complete`, `Not started.`,
    # `due Friday`, `Re-read those chapters, they're short.`
    r"\b(?:quick |rough |my )?notes,? (?:are )?not (?:complete|finished|done)\b|"
    r"^not (?:yet )?started\b|\bdue (?:on )?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|"
    r"sun)(?:day)?\b|\bre-?read (?:those|these|the|this|that) (?:chapters?|sections?|pages?)\b|"
    # The lecture as the writer followed it: `(Lecture 4 — missed it, see the slides.)`,
    # `목요일 휴강 → …`, `… 녹화 강의로 들음, 2배속`, `… 강의 3강 받아 적음.`, `… 빠르게 넘어감.`
    r"\blecture\b[^.\n]*\bmissed it\b|\bmissed (?:the |that |this )?(?:lecture|class)\b|"
    r"휴강|결석|녹강|배속|받아 ?적[은음었]|(?:대충|빠르게|가볍게|그냥) 넘어감|"
    # What the exam leaves out: `… 교수님이 스킵함. 시험 범위 아님.`, `(not on the final)`
    r"시험 ?범위 ?(?:아님|아니|밖|제외)|시험에 안 나|교수님이 (?:스킵|생략)|"
    # How the class went for the writer: `이 부분 수업 때 제일 어려웠음.`, `The hardest part of
    # the course for me.`
    r"수업 (?:때|시간에?) (?:\S+ )?(?:어려웠|헷갈렸|이해 ?못)|"
    r"\b(?:hardest|most confusing) (?:part|topic|bit) (?:of|in) (?:the|this) "
    r"(?:course|class|lecture|module|semester)\b|"
    r"\bnot (?:on|in) the (?:exam|midterm|final)\b|\bnot examined\b|"
    # What to look up later: `The lecturer named it only briefly; look up.`
    r"\bmentioned (?:it |this )?in passing\b|(?:^|[;:,.][ \t]*)look (?:it |this |that )?up[.!]?$|"
    # The writer's day: `Ran into a bug today where …`, `Writing this down so I stop …`,
    # `오늘 배포하다 삽질함.`, `그때 쓴 쿼리는 일기에 붙여둠`
    r"\bran into (?:a|an|this|the) (?:bug|issue|problem)\b|"
    r"\bwriting (?:this |it |these )?down (?:\S+ ){0,6}?so (?:that )?I\b|"
    r"오늘 (?:\S+ )?삽질|에 (?:붙여|적어) ?둠|"
    # What the writer means to study by a day of the course: `reread §2.4 of the textbook
    # before Thursday`, `Write out the definitions on one page before midterm.`
    r"\b(?:re-?read|review|go over|write (?:out|up)|redo|practi[cs]e|memori[sz]e)\b"
    r"(?:[^.!?\n]|\.(?=\S)){0,60}?\bbefore (?:the |next |this )?"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|midterms?|finals?|"
    r"exams?|quiz(?:zes)?|class|lecture)\b[.!]?$|"
    # What the writer has still to do (see `_OWN_PENDING`), and the writer's bookkeeping
    # (see `_BOOKKEEPING`)
    rf"{_OWN_PENDING}|{_BOOKKEEPING}|"
    # The course's logistics, a whole sentence of them (see `_COURSE_LOGISTICS`)
    rf"{_COURSE_LOGISTICS}",
    re.IGNORECASE,
)
"""A sentence in which the writer speaks of their own study, not of the subject."""

_DIARY_DAY = lazy(
    r"^[_*]\(?(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
    r"Dec)[a-z]*\.? \d{1,2})\b"
)
"""`_2023-11-04 — wrote this after a cache kept missing_`, `*Wed Oct 9* — notes incomplete, …`:
the day the writer wrote the note, and what they say of it."""

_STATE = (
    r"(?:🚧[ \t]*)?(?:wip|work in progress|draft|unfinished|incomplete|under construction|"
    r"미완성|미완|작성 ?중|정리 ?중|초안|공사 ?중)[ \t]*[!.~]*"
)
_STATE_BOX = lazy(
    r"^[ \t]*(?:>[ \t]*\[![\w-]+\][-+]?|:::[ \t]*[\w-]+|[!?]{3}\+?[ \t]*[\w-]+)[ \t]*"
    rf"(?:\[[ \t]*{_STATE}[ \t]*\]|\"[ \t]*{_STATE}[ \t]*\"|{_STATE}(?:[ \t]+[—–-][ \t]+[^\n]*)?)"
    r"[ \t]*$",
    re.IGNORECASE,
)
"""`> [!warning] 미완성`, `:::danger WIP`, `!!! note "WIP"`, `> [!warning] WIP — only through lec
32`: a box titled by the state of the page, over the writer's word on what it still lacks."""
_STATE_OPENS = lazy(
    r"^(?:🚧[ \t]*)?(?:(?:half[- ]done|work in progress|wip)[ \t]*(?:[.!:;,—–(]|$)|"
    r"still (?:writing|working on) (?:this|it|these)\b|"
    r"(?:아직[ \t]*)?(?:미완성|작성 ?중|정리 ?중|초안)(?:인[ \t]*(?:글|페이지|문서))?"
    r"(?:임|입니다|이에요)?[ \t]*(?:[.!~]|$))",
    re.IGNORECASE,
)
"""`Half done. …`, `Work in progress. …`, `still writing this one.`, `작성 중!`: the first words
of a box or a quote (`!!! info "Status"` over them) saying the page is not finished."""
_BOX_TITLE_LINE = lazy(r"^(?:\[![\w-]+\][-+]?|:::|[!?]{3})")

_FENCE = lazy(r"^[ \t]*(?:`{3,}|~{3,})")
_BOX_OPENING = lazy(r"^\[![\w-]+\][-+]?[ \t]*$")
"""`[!note]` alone on the first line of a box: a box with no title of its own."""
_PROSE = lazy(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?![-*+][ \t]|\d+[.)][ \t]|\||<(?!https?://)|#)")
_SENTENCE_END = lazy(r"(?<=[.!?])[ \t]+")
_QUOTE_MARKS = lazy(r"^[ \t]*(?:>[ \t]?)+")

_REMARK_LENGTH = 300
_REMARK_LINES = 3
_FEW_WORDS = 3  # `짧음.`, `Sorry.`: a word on the remark, no statement
_SENTENCE_LENGTH = 120


def _list_under(blocks: list[tuple[str, list[str]]], index: int) -> int | None:
    """Where the blocks go on after a list standing at `index` (a blank line before it
    aside), or None when no list stands there."""
    at = index + 1 if index < len(blocks) and blocks[index][0] == "blank" else index
    if at < len(blocks) and _LIST_ITEM.match(blocks[at][1][0]):
        return at + 1
    return None


def without_study_remarks(answer: str) -> str:
    """An answer less the writer's remarks on their own study (see the module): a paragraph
    or a box that is only such a remark, a to-do opening a line of a paragraph or a list, a
    to-do mark closing a line (`(TODO)`), and such a sentence closing a paragraph that says
    something before it (`… (Bloom, 1970). The lecturer mentioned it in passing; look up.`).
    A remark inside a sentence stays, and so does a paragraph that says something of the
    subject beside it. An answer left empty gives no card."""
    if not _REMARK_WORD.search(answer) and not _DIARY_OPENING.match(answer) and "[ ]" not in answer:
        return answer  # no such remark: most answers
    blocks = _blocks(answer.split("\n"))
    kept: list[str] = []
    changed = False
    said = False  # a block of the answer kept before this one
    index = 0
    while index < len(blocks):
        kind, block = blocks[index]
        index += 1
        if kind != "text":
            kept.extend(block)
            said = said or kind == "code"
            continue
        after = _pending_tasks(blocks, index)
        if after is not None:  # `나중에 추가할 것:` over `- [ ] …`: the writer's to-dos go
            changed = True
            index = after
            _drop_rule_before(kept, blocks, index)
            continue
        if len(block) == 1 and (
            _TODO_LABEL.match(block[0].strip())  # `TODO` over a list: what is left to write
            or _NOT_STARTED_OVER.match(block[0].strip())  # `Not started. From the ToC:` over one
        ):
            after = _list_under(blocks, index)
            if after is not None:  # the list is what is still to write or study: both go
                changed = True
                index = after
                if kept and not kept[-1].strip():
                    kept.pop()
                continue
        left = _paragraph_without_remarks(block, not said, blocks, index)
        changed = changed or left != block
        kept.extend(left)
        if not left and kept and not kept[-1].strip():
            kept.pop()  # the blank line before a paragraph dropped
        said = said or bool(left)
    if not changed:
        return answer
    return "\n".join(kept).strip("\n")


def _pending_tasks(blocks: list[tuple[str, list[str]]], index: int) -> int | None:
    """Where the answer goes on after a label saying what is left to do (`나중에 추가할 것:`,
    `TODO:`, `Still to look up:`) over a list of tasks not all done (`- [ ] 상태 다이어그램
    그려보기`), the list on the label's next line or after a blank line; None when the block
    before `index` is no such label and list. The writer's own to-dos: a checklist under a
    label naming what it checks (`배포 전:`) stays."""
    block = blocks[index - 1][1]
    label = _LABEL.match(block[0].strip())
    if label is None or not (
        _TODO_LABEL.match(label["label"]) or _names_own_pending(label["label"])
    ):
        return None
    if len(block) > 1:
        return index if _all_tasks(block[1:]) else None
    after = _list_under(blocks, index)
    if after is None or not _all_tasks(blocks[after - 1][1]):
        return None
    return after


def _all_tasks(lines: list[str]) -> bool:
    """Whether the lines are a list of tasks (`- [ ] …`, `- [x] …`), one at least not
    ticked, any line indented under one of them its note."""
    states = []
    for line in lines:
        task = _TASK_ITEM.match(line)
        if task is not None and not task["indent"]:
            states.append(task["state"])
        elif task is None and not line[:1].isspace():
            return False
    return " " in states


def _drop_rule_before(kept: list[str], blocks: list[tuple[str, list[str]]], index: int) -> None:
    """The blank lines kept before to-dos dropped go (those after them stay, one), and when
    the to-dos closed the answer, a rule (`---`) the writer set before them too."""
    while kept and not kept[-1].strip():
        kept.pop()
    if any(kind != "blank" for kind, _ in blocks[index:]):
        return
    if kept and _RULE.match(kept[-1]):
        kept.pop()
        while kept and not kept[-1].strip():
            kept.pop()


def _blocks(lines: list[str]) -> list[tuple[str, list[str]]]:
    """The answer's lines as runs: `blank` lines, `code` (a fenced block) and `text` (a
    paragraph, a list, a table or a box, up to a blank line or a fence)."""
    blocks: list[tuple[str, list[str]]] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            end = index
            while end < len(lines) and not lines[end].strip():
                end += 1
            blocks.append(("blank", lines[index:end]))
        elif _FENCE.match(lines[index]):
            end = _fence_end(lines, index)
            blocks.append(("code", lines[index:end]))
        else:
            end = index
            while end < len(lines) and lines[end].strip() and not _FENCE.match(lines[end]):
                end += 1
            blocks.append(("text", lines[index:end]))
        index = end
    return blocks


def _fence_end(lines: list[str], start: int) -> int:
    """The line after the code block opening at `start` (its end, or the answer's)."""
    mark = lines[start].strip()[:3]
    for index in range(start + 1, len(lines)):
        if lines[index].strip().startswith(mark):
            return index + 1
    return len(lines)


def _paragraph_without_remarks(
    paragraph: list[str], first: bool, blocks: list[tuple[str, list[str]]], after: int
) -> list[str]:
    if _TODO_BOX.match(paragraph[0]) or _titled_as_pending(paragraph[0]):
        return []  # `> [!todo]`, `> [!question] 나중에 확인` and its lines: the writer's to-dos
    if _states_the_page(paragraph):
        return []  # `:::danger WIP` over `Half done. Need to add: …`: the page's state
    texts = [_QUOTE_MARKS.sub("", line).strip() for line in paragraph]
    if texts and _BOX_OPENING.match(texts[0]):
        texts = texts[1:]  # `> [!note]` over a remark: the box goes with it
    if not texts:
        return paragraph
    if all(_PROSE.match(line) for line in paragraph):
        if len(paragraph) > 1:
            kept = _without_todo_lines(paragraph, _list_under(blocks, after) is not None)
            if len(kept) < len(paragraph):  # the rest is read as if written alone
                return _paragraph_without_remarks(kept, first, blocks, after) if kept else []
        text = " ".join(texts)
        if len(paragraph) == 1 and _TODO_OPENS.match(text):
            if _list_under(blocks, after) is not None or "**" in text:
                # `TODO: 아래부터 정리` over a list: which is which, unsure; `TODO: 뮤텍스 vs
                # 세마포어 (… **소유권**이 다름 …)`: a fact the writer marked, beside the to-do
                return paragraph
            return []  # `TODO: write up the amortised analysis …`
        if len(paragraph) == 1 and _CHEER.match(text):
            return []  # `화이팅!`: a cheer, alone on its line
        if first and len(paragraph) == 1 and _DIARY_DAY.match(text):
            return []  # `_2023-11-04 — wrote this after a cache kept missing_`
        if _only_study_remarks(_TO_SELF.sub("", text, count=1), len(texts)):
            return []  # `**To self:** reread §2.4 of the textbook before Thursday.`
        paragraph = _without_opening_remark(paragraph)
        return _without_closing_remark([_line_without_todo(line) for line in paragraph])
    return [_line_without_todo(line) for line in paragraph if not _is_todo_item(line, paragraph)]


def _titled_as_pending(line: str) -> bool:
    """Whether a box's first line titles it as what the writer has still to look into
    (`> [!question] 나중에 확인`, `> [!note] Check later`), whatever kind of box it is: its
    lines are a reminder, not an answer."""
    if "[!" not in line:
        return False  # most paragraphs: no box
    box = _BOX_TITLE.match(line)
    return box is not None and _names_own_pending(plain(box["title"]))


def _without_todo_lines(paragraph: list[str], over_a_list: bool) -> list[str]:
    """A paragraph of several lines less each line opening on a to-do, as a line alone
    goes: `https://developer.mozilla.org/…/CORS` over `TODO: preflight 조건 정리` keeps only
    the address (and, with nothing else, gives no card). A box's title line left alone goes
    too. A to-do setting a term in bold stays, and so does a last line over a list
    (`TODO: 아래부터 정리`), which may name what the list is."""
    last = len(paragraph) - 1
    kept = [
        line
        for index, line in enumerate(paragraph)
        if not _TODO_OPENS.match(_QUOTE_MARKS.sub("", line).strip())
        or "**" in line
        or (index == last and over_a_list)
    ]
    if all(_BOX_OPENING.match(_QUOTE_MARKS.sub("", line).strip()) for line in kept):
        return []
    return kept


_BOLD_WORDS = lazy(r"(?:\*\*|__)(.+?)(?:\*\*|__)")
_BOLD_MARKS = lazy(r"\*\*|__")


def _states_the_page(paragraph: list[str]) -> bool:
    """A box or a quote that only says the page is not finished, and what it lacks: titled
    by that state (`> [!warning] 미완성`, `:::danger WIP`, `!!! note "WIP"`), or opening on it
    (`!!! info "Status"` over `Half done. …`, `> still writing this one. rough notes.`, `> 🚧
    **아직 작성 중인 글입니다!** …`). Its lines are short prose with no term in bold (the state
    may be); a box that goes on to say more keeps it all."""
    first = paragraph[0].lstrip()
    quoted = first.startswith(">")
    if not (quoted or first.startswith((":::", "!!!", "???"))):
        return False  # a paragraph, a list: most blocks
    texts = [_QUOTE_MARKS.sub("", line).strip() for line in paragraph]
    if _BOX_TITLE_LINE.match(texts[0]):
        texts = texts[1:]  # the box's title line
    texts = [text for text in texts if text.strip(":")]  # and its closing `:::`
    titled = bool(_STATE_BOX.match(first))
    if titled and not texts:
        return True  # `> [!warning] WIP — only through lec 32. finish after …`: its title says it
    if (
        not texts
        or len(texts) > _REMARK_LINES
        or len(" ".join(texts)) > _REMARK_LENGTH
        or not all(_PROSE.match(text) for text in texts)
        or any(not _STATE_OPENS.match(bold) for bold in _BOLD_WORDS.findall(" ".join(texts)))
    ):
        return False  # a term in bold says something of the subject; the state in bold, not
    return titled or bool(_STATE_OPENS.match(_BOLD_MARKS.sub("", texts[0])))


def _only_study_remarks(text: str, lines: int) -> bool:
    """A short paragraph whose sentences are each the writer's remark on their study, or a
    word or two on it (`목요일 휴강 → 금요일에 한 장만 함. 짧음.`); none sets a term in bold."""
    if lines > _REMARK_LINES or len(text) > _REMARK_LENGTH or "**" in text or "__" in text:
        return False
    sentences = [sentence for sentence in _SENTENCE_END.split(text) if sentence.strip()]
    remarks = [sentence for sentence in sentences if STUDY_REMARK.search(plain(sentence))]
    if not remarks:
        return False
    return all(
        sentence in remarks or len(plain(sentence).split()) <= _FEW_WORDS for sentence in sentences
    )


def _without_opening_remark(paragraph: list[str]) -> list[str]:
    """The paragraph less a first sentence that is only such a remark, when a sentence after
    it says something (`Prof spent 10 min on this. For heavily overparameterised models …`,
    `Mentioned briefly. Combine physical time with …`)."""
    first = paragraph[0]
    sentences = _SENTENCE_END.split(first, maxsplit=1)
    opening = sentences[0]
    if len(sentences) < 2 or len(opening) > _SENTENCE_LENGTH or "**" in opening:
        return paragraph
    if not STUDY_REMARK.search(plain(opening)):
        return paragraph
    indent = first[: len(first) - len(first.lstrip())]
    return [indent + sentences[1], *paragraph[1:]]


def _without_closing_remark(paragraph: list[str]) -> list[str]:
    """The paragraph less a last sentence that is only such a remark, when a sentence before
    it says something (`… (Bloom, 1970). The lecturer mentioned it in passing; look up.`)."""
    last = paragraph[-1]
    sentences = _SENTENCE_END.split(last)
    closing = sentences[-1]
    if len(sentences) < 2 or len(closing) > _SENTENCE_LENGTH or "**" in closing:
        return paragraph
    if not STUDY_REMARK.search(plain(closing)):
        return paragraph
    return [*paragraph[:-1], last[: len(last) - len(closing)].rstrip()]


def _is_todo_item(line: str, paragraph: list[str]) -> bool:
    """`- TODO: …`, an item only cheering on (`- … 열심히 하자`), or one saying only what the
    writer has still to do (`- I keep messing this up, redo it in a week`, `- 스트리밍 SSR,
    RSC 는 아직 정리 못함`, `- … 얘기 나왔는데 다음에… (TODO: …)`: read less the to-do mark
    closing it, which goes anyway), with nothing nested under it."""
    if not _TODO_ITEM.match(line) and not (
        _LIST_ITEM.match(line) and (_CHEER.match(line) or _only_pending(_line_without_todo(line)))
    ):
        return False
    index = paragraph.index(line)  # the first such line: a to-do twice alike is dropped twice
    if index + 1 < len(paragraph):
        indent = len(line) - len(line.lstrip())
        following = paragraph[index + 1]
        return len(following) - len(following.lstrip()) <= indent
    return True


_TEACHING = lazy(r"`|\$|=|->|→|:")
"""Code, math, a value, an arrow or a label: an item that says something of the subject."""


def _only_pending(item: str) -> bool:
    """Whether a list item's text is only the writer's remarks on their study, one at least
    saying what they have still to do (`_OWN_PENDING`)."""
    text = _LIST_ITEM.sub("", item, count=1).strip()
    if _TEACHING.search(text):
        return False  # `Dijkstra: O(E log V) — 증명은 아직 정리 못함`: a fact beside it
    pending = any(_PENDING.search(plain(part)) for part in _SENTENCE_END.split(text))
    return pending and _only_study_remarks(text, 1)


def _line_without_todo(line: str) -> str:
    """A line less a to-do mark (`_TODO_TAIL`) or the course's word in brackets
    (`_COURSE_ASIDE`) closing it."""
    if "TODO" in line:
        line = _TODO_TAIL.sub("", line)
    if line.endswith((")", ").", ")!")):
        line = _CLOSING_COURSE_ASIDE.sub("", line)
    return line


_OPEN_TASK = "[ ] "
_TASK_TO_SELF = lazy(r"^(?:look[ \t]+(?:it[ \t]+|this[ \t]+)?(?:up|into)|ask|re-?read|re-?watch)\b")
"""`- [ ] look up Wilson interval …`, `- [ ] ask the TA …`: a task the writer set themselves
to study, not a step of the subject's checklist (`- [ ] 모든 테스트가 통과하는지 확인한다`)."""


@lru_cache(maxsize=256)  # each item of a list is read twice: is the whole list one, and which go
def _is_bookkeeping_item(item: Node) -> bool:
    """A list item with nothing under it that is only the writer's bookkeeping
    (`_BOOKKEEPING`), a label before it or not: `- 다음주 스터디 주제: Iceberg 의 hidden
    partitioning`, `- **Consumer Group** → [[Kafka rebalancing]] 에 따로 정리`, `- [[Parquet
    internals]] footer 얘기랑 연결됨`, `- [ ] HW6 due Nov 14`; so is a task not done that
    sets the writer to look something up (`- [ ] look up Wilson interval …`). An item holding
    code, math or a value (`=`) says something beside it, and stays."""
    line = item.line
    if line is None or item.below:
        return False
    content = line.content
    task = content.startswith(_OPEN_TASK)
    if not _BOOKKEEPING_WORD.search(content) and not task:
        return False  # most items, at a glance
    text = plain(content[len(_OPEN_TASK) :] if task else content)
    if "`" in content or "$" in text or "=" in text:
        return False
    if task and _TASK_TO_SELF.match(text):
        return True
    sentences = [sentence for sentence in _SENTENCE_END.split(text) if sentence.strip()]
    return any(_BOOKKEEPING_SENTENCE.search(sentence) for sentence in sentences) and (
        _only_study_remarks(text, 1)
    )


@reads("bullet_list", "ordered_list")
def is_bookkeeping_list(block: Node) -> bool:
    """A list each item of which is only the writer's bookkeeping (`_is_bookkeeping_item`):
    `- 다음주 스터디 주제: …` alone. Nothing of the subject to ask."""
    if block.type not in ("bullet_list", "ordered_list") or not block.children:
        return False
    return all(map(_is_bookkeeping_item, block.children))


_DEADLINE_ITEM = lazy(
    r"^(?:\*\*|__)?(?:마감(?:일|[ \t]*기한)?|제출[ \t]*기한|due(?:[ \t]+date)?|deadline)"
    r"(?:\*\*|__)?[ \t]*[:：][^\n]*\d",
    re.IGNORECASE,
)
"""`마감: 4/2 (화) 23:59, LMS 제출`, `**Due:** Oct 14, 11:59pm`, `deadline: 5/14`: when a piece of
coursework is due."""


@reads("bullet_list", "ordered_list")
def gives_an_assignment(block: Node) -> bool:
    """`- 마감: 4/2 (화) 23:59, LMS 제출` / `- 조건: **numpy 만**, autograd 금지, 은닉층 2개
    이상` / `- 보고서 2쪽 이내`: a list setting out a piece of coursework, its deadline among
    its items: when it is due, how to hand it in, what it must meet. The course's logistics
    for the writer's task; what the task teaches is on the pages of its topics. A list
    naming no deadline (`- 조건: …` alone) may state a subject's conditions, and stays."""
    # the pattern is anchored at the label: it fails at an item's first characters, as
    # quickly as any look for its words would
    return any(
        item.line is not None and _DEADLINE_ITEM.match(item.line.content) for item in block.children
    )


def _may_hold_bookkeeping(block: Node) -> bool:
    """Whether any item of a list may be the writer's bookkeeping: `_is_bookkeeping_item`'s
    first glance (a word of `_BOOKKEEPING`, or a task not done), taken at the lines of all
    its items at once, in one search where each item would take one."""
    text = "\n".join([item.line.content for item in block.children if item.line is not None])
    return _OPEN_TASK in text or _BOOKKEEPING_WORD.search(text) is not None


def without_bookkeeping_items(block: Node) -> Node:
    """A list less its items that are only the writer's bookkeeping (`_is_bookkeeping_item`)
    or left unwritten (`_is_unfinished`), before any rule reads them: `- 다음주 스터디 주제:
    Iceberg …` after what the writer learnt gives no card asking `다음주 스터디 주제`, and
    the heading's answer holds the rest. The list
    itself when it has none (most lists), or when every item is one (`is_bookkeeping_list`
    drops it whole)."""
    bookkeeping = _may_hold_bookkeeping(block)  # most lists, at a glance: none
    kept = [
        item
        for item in block.children
        if not (_is_unfinished(item) or (bookkeeping and _is_bookkeeping_item(item)))
    ]
    if not kept or len(kept) == len(block.children):
        return block
    return with_blocks_under(block, kept)


def _is_unfinished(item: Node) -> bool:
    """An item the writer left unwritten, a marker alone (`- ` closing a list, to fill in
    later): on a back it would show an empty point. (A line stopping at its separator,
    `- 2. from a running service:`, often leads into the code or table after it: it stays.)"""
    return not item.below and (item.line is None or not item.line.content.strip())


_TEACHERS_REMARK = lazy(
    r"^(?:(?:the\s+)?(?:prof(?:essor)?|tutor|instructor|lecturer|teacher|TA)(?:'s|’s)?|"
    r"교수님?|조교님?|강사님?)\s*(?:comments?|remarks?|notes?|advice|tips?|words?|코멘트|말씀|조언|팁)$",
    re.IGNORECASE,
)
"""`Prof's comment`, `TA's tip`, `교수님 코멘트`: a box's title saying whose remark it holds."""


@reads("admonition", "blockquote")
def is_teachers_remark(block: Node) -> bool:
    """A box titled as the teacher's remark (`!!! note "Prof's comment"` over `"You will never
    be asked to check all 8 axioms on an exam."`, `> [!quote] 교수님 코멘트`): what the course's
    teacher said of the exam or the topic, the writer's record of the class, not the subject.
    A box titled by what it explains stays."""
    title = box_title(block)
    return bool(title) and bool(_TEACHERS_REMARK.match(plain(title)))


_TO_ASK = lazy(
    r"^(?:(?:open\s+)?questions?\s+(?:for|to\s+ask(?:\s+(?:in|at))?)\s+(?:the\s+|my\s+)?"
    r"(?:OH|office\s+hours?|TAs?|prof(?:essor)?|instructor|lecturer|recitation|review\s+"
    r"session)|(?:OH|office\s+hours?|TA)\s+questions?|(?:things\s+)?to\s+ask(?:\s+about)?|"
    r"(?:[가-힣]{1,6}님|조교|선배|멘토)?(?:께|한테|에게)?\s*(?:여쭤|물어)\s*볼\s*(?:것|거|질문)|"
    r"질문할\s*(?:것|거)|(?:내\s*)?질문\s*(?:목록|리스트))$",
    re.IGNORECASE,
)
"""`Questions for OH:`, `OH questions`, `To ask:`, `교수님께 여쭤볼 것`, `질문 목록`: a label over
the questions the writer means to ask someone."""


def lists_questions_to_ask(label: Node, block: Node) -> bool:
    """A list right under a label naming questions the writer means to ask (`Questions for
    OH:` over `- [ ] why is the sign of a permutation well-defined? …`, some ticked off with
    what they were told) or tasks they mean to do (`TODO:` over `- [ ] Kruskal writeup`): the
    writer's bookkeeping, not what the course teaches; a card asking `Questions for OH` or
    `TODO` asks nothing."""
    named = list_label(label, block)
    if named is None:
        return False
    named = named.strip()
    if _TO_ASK.match(named):
        return True
    # `TODO:`, `나중에 정리할 것` over tasks (`- [ ] …`), as `_pending_tasks` reads them on a back;
    # `TODO!!! — lecture 10b` over points of the subject is no list of tasks
    if not (_TODO_LABEL.match(named) or _names_own_pending(named)):
        return False
    states = [_TASK_TEXT.match(item.line.content) if item.line else None for item in block.children]
    return all(states) and any(state[1] == " " for state in states if state)
