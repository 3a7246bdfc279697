"""Questions a long answer asks in its own prose, and answers there.

Prose under one heading marks few parts: no names on lines of their own, no labels. One mark
it does have is a question the writer asks and answers in passing (`Why is it important to
know the BTTC? So that you don't …`, `🤔 뮤텍스가 스핀락보다 항상 좋을까?` over the paragraph
answering it). A careful student asks such a question on a card of its own; the heading's
card keeps what answers the heading before it. So too for the writer's own question and
answer after the heading's answer, marked as the answered questions of qa.py are (`질문:
…` over `답: …`, `Q. …?` over the paragraph answering it), however short the answer above
it; one answered after an arrow (`-> 아님. …`) qa.answered_question takes first.

Another is the sentence leading from the prose into a list (`Here's how it works:`, `해결
방법은 아래와 같다.`): it names what the list is, so the list can be asked on a card of its
own by that name while the prose answers the heading.

And prose too long to recall may carry the writer's own story beside the advice (`I've used
X … and found the experience to be excellent.`): that goes, the advice stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flashgen.extract.labels import opens_on_an_answer_mark, without_answer_mark
from flashgen.extract.place import plain
from flashgen.extract.qa import (
    POINTS_BACK,
    QUESTION_MARK,
)
from flashgen.extract.sizes import MAX_RECALL_LINES, Block, recallable, shown_lines
from flashgen.extract.skip import asks, has_substance
from flashgen.extract.subjects import asks_of_a_subject
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import EMOJI, HANGUL


@dataclass(frozen=True)
class AskedPart:
    """A question the prose asks, the block it starts in and the text that answers it."""

    question: str
    node: Node
    answer: str


_ASKED = lazy(
    r"^(?:(?P<bold>\*\*|__)(?P<set>[^*_.!?\n]+?[?？]{1,2})(?P=bold)|"
    r"(?P<question>(?:`[^`\n]*`|[^.!?\n`])+?[?？]{1,2}))(?=\s|$)"
)
"""The first sentence of a paragraph when it asks (`…항상 좋을까?`, `…실행하면??`, a stop
in its code aside: `` 왜 `this.handleClick.bind(this)` 했나? ``), or set in bold (`**왜 세
번일까?** …`); not a third `?`, the mark of an exclamation (`자리 없어요???`)."""
_QUOTE_MARK = lazy(r"^[ \t]*>[ \t]?", re.MULTILINE)
_MARK = lazy(r"^[\W_]*(?:Q\s*\d*\s*[.:)]\s*)?", re.IGNORECASE)
"""`🤔 `, `🧐❓ `, `Q. `: what dresses a question, not part of it."""
_GOES_ON = lazy(r"^(그럼|그러면|그렇다면|so|then|and|but|now),?\s+", re.IGNORECASE)
"""`그럼 …?`, `So …?`: a joint to the sentence before, which the front does without."""
_DELIBERATES = lazy(r"\b(we|our|us|I|my)\b|우리|내가|나는|제가", re.IGNORECASE)
"""`What do we choose?`: the writer weighing a choice of the design at hand, which asked
alone names nothing it is of."""
_ASIDE = lazy(r"^\([^()\n]*\)\s*")
"""`(나왔다!! use case)` after a question: the writer's aside, no answer."""
_MIN_WORDS = 3
_MIN_BOLD_WORDS = 2
"""`**왜 3단계일까?**`: a short question the writer sets in bold asks enough, under its context."""
_MIN_HEAD_LINES = 3
"""Lines of words the heading's card keeps before a question, so as to answer it: one is
enough before a question the writer marks as their own (`Q. …`)."""
_MAX_WORDS = 20


def questions_apart(
    own: list[Block], heading: str, bold: bool = False, marked: bool = False
) -> tuple[list[Block], list[AskedPart]]:
    """The blocks the heading's card keeps, and the questions its prose asks and answers
    after answering the heading first. A question answered in its own paragraph (`Why …?
    So that …`) takes that paragraph's rest; a question alone on its paragraph takes the
    blocks after it, up to the next such question, while they are recalled in one go (a
    story told in a dialogue after `만일 …했다면?` stays where it is). None are taken when
    no block before the first answers the heading, nor from a series of one-line
    paragraphs (a checklist written as prose, `Are there any constraints?` among `Check
    for off-by-one errors.`), nor when the question asks what the heading does (`그럼 A와
    B의 차이는 뭘까?` under `A와 B의 차이`): its answer is the heading's. `bold`: only questions
    the writer set in bold (`**Why three steps?** …`) or marked as theirs, which mark a
    question of its own in an answer however short. `marked`: only the questions the writer
    marks as theirs (`Q. …`, `질문: …`, `> Q. …` in a quote), after a line answering the
    heading at least. A first paragraph that is itself the writer's marked question with its
    answer (`Q. ECB 모드의 문제점?` over `A. 패턴이 드러남`, under `## 드릴`) is asked as the
    ones after it are: nothing need answer the heading before it. Nor need anything before
    the writer's answers to questions they quote (`My answer to "why not just pull?": …`
    after a list of follow-up questions)."""
    starts = [  # not the first block: nothing before it answers the heading
        (index, asked)
        for index, (node, text) in enumerate(own[1:], 1)
        if (asked := _asked(node, text, heading, bold, marked)) is not None
    ]
    if (
        marked
        and own
        and (asked := _asked(*own[0], heading, marked=True))
        and asked[1]
        and not (len(own) > 1 and opens_on_an_answer_mark(own[1][1]))
    ):
        # `Q. …` and its `A. …` first: a drill, asked whole (not `**Q.** … Explain.` over
        # `**Answer.** …`: the question goes on to its order, and the answer is marked apart)
        starts.insert(0, (0, asked))
    taken: dict[int, tuple[str, str | None, int]] = {}  # start → question, rest, end
    for number, (index, (question, rest)) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(own)
        answer = own[index + 1 : end]
        if rest:
            taken[index] = (question, rest, index + 1)
        elif answer and not _in_a_checklist(own[index - 1], answer[0]) and recallable(answer):
            taken[index] = (question, None, end)
    if not taken or (
        min(taken) > 0
        and not _answers_first(own[: min(taken)], 1 if marked else _MIN_HEAD_LINES)
        and not all(_answer_to(own[index][1].strip()) for index in taken)
    ):
        return own, []
    kept: list[Block] = []
    parts: list[AskedPart] = []
    index = 0
    while index < len(own):
        if index not in taken:
            kept.append(own[index])
            index += 1
            continue
        question, rest, end = taken[index]
        answer = rest or "\n\n".join(text for _, text in own[index + 1 : end])
        answer = without_answer_mark(answer)  # `답: FIFO.`: the back is the answer already
        if not has_substance(answer):
            return own, []
        parts.append(AskedPart(question, own[index][0], answer))
        index = end
    return kept, parts


def _asked(
    node: Node, text: str, heading: str, bold: bool = False, marked: bool = False
) -> tuple[str, str] | None:
    """The question a paragraph opens with, as a front, and what the paragraph says after
    it; None when it opens with no question that reads alone (`bold`: or that the writer
    did not set in bold or mark as theirs; `marked`: or did not mark as theirs). A quote
    asks only a question the writer marks (`> Q. 스래싱이 생기면 CPU 이용률은?`): the
    answer is what the quote says after it."""
    if "?" not in text and "？" not in text and _answer_to(text) is None:
        return None
    if node.type == "blockquote" and (bold or marked):
        text = _QUOTE_MARK.sub("", text)
    elif node.type != "paragraph":
        return None
    text = text.strip()
    mark = _own_mark(text)
    if mark is not None:
        text = mark
    elif node.type == "blockquote" or marked:
        return None
    found = _ASKED.match(text)
    if found is None or (bold and not (found["bold"] or mark is not None)):
        return None
    question = found["set"] or found["question"]
    if question.count("`") % 2:
        return None  # `< ? extends T>`: a `?` in code asks nothing
    words = plain(EMOJI.sub("", question))
    words = _GOES_ON.sub("", _MARK.sub("", words, count=1))
    words = re.sub(r"[?？]+$", "?", words.strip())
    count = len(words.split())
    set_apart = found["bold"] or mark is not None
    if (
        not (_MIN_BOLD_WORDS if set_apart else _MIN_WORDS) <= count <= _MAX_WORDS
        or ":" in words
        or not asks(words)
        or POINTS_BACK.match(words)
        or _DELIBERATES.search(words)
        or _asks_the_heading(words, heading)
    ):
        return None
    rest = _ASIDE.sub("", text[found.end() :].strip()).strip()
    first = words.split()[0]
    if first[1:] != first[1:].lower() or HANGUL.search(words):
        # `useMemo 를 …?`: a name written in its own case; `umask 077 일 때 …?`: Korean has
        # no capitals, and a command opening its sentence keeps its case
        return words, rest
    return words[0].upper() + words[1:], rest


def _own_mark(text: str) -> str | None:
    """The text after the writer's mark of a question of their own (`Q. `, `**Q:** `, `질문:
    `), the bold it opens kept (`**Q: Why …?**` → `**Why …?**`); None when it has none."""
    mark = QUESTION_MARK.match(text)
    if mark is None or mark.end() == len(text):
        return _answer_to(text)
    return ("**" if mark[1] and not mark[2] else "") + text[mark.end() :]


def _answer_to(text: str) -> str | None:
    """The question a paragraph quotes as the one it answers, asked, then its answer (`My
    answer to "why not just pull?": at 100k reads/s …` → `Why not just pull? At 100k …`,
    `My answer (for "which one would you use"): …`): the writer's own answer to a question
    they set down, after the list or table that sets out the choices. None for any other
    paragraph."""
    if "nswer" not in text[:14]:
        return None  # cheap: `My answer`, `Answer` opens the paragraph
    found = _ANSWER_TO.match(text)
    if found is None:
        return None
    question = found["question"].strip().rstrip("?？").strip()
    rest = text[found.end() :].strip()
    return f"{question[0].upper()}{question[1:]}? {rest[0].upper()}{rest[1:]}"


_ANSWER_TO = lazy(
    r"^(?:\*\*)?(?:(?:my|our)\s+)?answer\s*(?:\(\s*)?(?:to|on|for)\s*[\"“](?P<question>[^\"”\n]{3,80})"
    r"[\"”]\s*\)?\s*(?:\*\*)?\s*[:：]\s*(?=\S)",
    re.IGNORECASE,
)


_WORD = lazy(r"\w{2,}")
_MAX_OTHER_WORDS = 2


def _asks_the_heading(question: str, heading: str) -> bool:
    """Whether the question is the heading asked again (`그럼 A와 B의 차이는 뭘까?` under
    `A와 B의 차이`): every word of the heading in it, and at most a couple besides."""
    words = [word.casefold() for word in _WORD.findall(plain(heading)) if not word.isdigit()]
    asked = [word.casefold() for word in _WORD.findall(question)]
    if not words or not all(any(word in other for other in asked) for word in words):
        return False
    others = [other for other in asked if not any(word in other for word in words)]
    return len(others) <= _MAX_OTHER_WORDS


def _in_a_checklist(before: Block, after: Block) -> bool:
    """Whether a question alone on its line stands between one-line paragraphs: one point
    of a list of them written as prose, which the next line does not answer."""
    node, text = after
    return (
        before[0].type == "paragraph"
        and "\n" not in before[1].strip()
        and node.type == "paragraph"
        and "\n" not in text.strip()
        and shown_lines([text]) <= 2
        and not _ANSWER_MARK.match(text)
    )


_ANSWER_MARK = lazy(rf"^\s*(?:{EMOJI.pattern}+|A\s*[.:)])")
"""`🙋‍♀️💡 …`, `A) …`: a line the writer marks as the answer to the question above."""


def _answers_first(head: list[Block], lines: int = _MIN_HEAD_LINES) -> bool:
    """Whether the blocks before a question answer the heading: a few lines of words, not
    only the givens of a worked case (`A = {a,b,c,d,e}`, which the question goes on with),
    nor a line leading into what follows (`… as follows:`) or a question of their own."""
    said = [text for node, text in head if node.type not in ("fence", "code_block")]
    return (
        shown_lines(said) >= lines
        and has_substance("\n\n".join(said))
        and not said[-1].rstrip().endswith((":", "?", "？"))
    )


_LEADS = lazy(r"(?:[:.]|다)\s*$")
"""How a sentence leading into a list ends: `…:`, `…은 다음과 같다.` (or no stop at all)."""
_LAST_SENTENCE = lazy(r"(?:^|(?<=[.!?:])\s+)(?P<lead>[^\n.!?]+?)[\s:.]*$")
_NAMED_LEADS = (
    # `Here's how it works:`, `Here is how a session is fixed:` → `How it works`
    lazy(r"^(?:here(?:'s|’s| is)|this is) (?P<name>how \S.*)$", re.IGNORECASE),
    # `There are several extensions:`, `For CF there are two embedding based options:`
    lazy(
        r"(?:^|,\s|^for \S+(?: \S+)? )there (?:are|exist) (?:several|many|a few|some|multiple|"
        r"various|two|three|four|five|six|\d+) (?:main |common |different |basic |general |major )?"
        r"(?P<name>\S.*)$",
        re.IGNORECASE,
    ),
    # `Behavioral questions can be split into several types:` → `Types of behavioral questions`
    lazy(
        r"^(?:\w+, )?(?P<of>\S.*?) (?:can be|are|is) (?:broadly |roughly |typically )?"
        r"(?:split|divided|grouped|categori[sz]ed|classified|broken down) (?:broadly )?into "
        r"(?:several|a few|two|three|four|five|\d+) (?:main |broad )?"
        r"(?P<what>types|kinds|categories|groups|parts|stages|steps|phases)$",
        re.IGNORECASE,
    ),
    # `The steps are as follows:`
    lazy(r"^(?:the )?(?P<name>\S.*?) (?:is|are) as follows$", re.IGNORECASE),
    # `해결 방법은 아래와 같다.`, written without the colon the English form takes
    lazy(r"^(?P<name>\S.*?)(?:은|는) (?:다음|아래)(?:과|와) 같(?:다|습니다)$"),
    # `CISC는 다음과 같은 특징을 갖는다.` → `CISC의 특징`
    lazy(
        r"^(?P<of>\S.*?)(?:은|는) (?:다음|아래)(?:과|와) 같은 (?P<what>\S+?)(?:을|를) "
        r"(?:갖는다|가진다|갖습니다|가집니다)$"
    ),
    # `대처하는 방법은 크게 두 가지가 있다.`, `종류에는 크게 6가지가 있다.`
    lazy(
        r"^(?P<name>\S.*?)(?:에는|은|는) (?:크게 )?(?:\d+|두|세|네|다섯|여섯|여러)\s?가지(?:가)? "
        r"(?:있다|있습니다|존재한다|존재합니다)$"
    ),
    # `From the programme's point of view, the first session has two goals:` → `Goals of
    # the first session`: what its subject has a count of
    lazy(
        r"^(?:[^,]+, )?(?!(?:it|this|that|these|those|they|each|every|which|we|you|i)\b)"
        r"(?P<of>\S.*?) (?:has|have) (?:two|three|four|five|six|\d+) "
        r"(?:main |key |basic |distinct )?(?P<what>[a-z]+s)$",
        re.IGNORECASE,
    ),
)
"""Sentences leading into a list that name it in words of their own: `how it works`, what
there are several of, what the list is as follows (`해결 방법`), what there are n kinds of,
what a subject has a count of."""
_DIVIDED = lazy(
    r"^(?:(?P<of>\S.*?)(?:에는|은|는) )?(?:크게 |총 )?(?:\d+|두|세|네|다섯|여섯)\s?"
    r"(?:가지|개)(?:의)?\s?(?P<what>\S.*?)(?:으로|로) "
    r"(?:나뉜다|나뉩니다|나누어진다|나누어집니다|나뉘어진다|나뉘어집니다|"
    r"구분된다|구분됩니다|분류된다|분류됩니다|(?:나눌|구분할|분류할) 수 있(?:다|습니다))$"
)
"""`세 가지 물류 센터로 나뉜다.`, `트랜잭션 스케줄에는 세 가지 유형으로 구분할 수 있다.`: a
sentence counting the kinds its list holds, which names them (`물류 센터의 종류`, `트랜잭션
스케줄의 유형`)."""
_OPENING_ARTICLE = lazy(r"^(?:The|An?)(?= )")
"""`A request has three phases:` → `Phases of a request`: the article as the name reads it."""
_KIND_WORDS = lazy(r"^(?:종류|유형|형태|부류|갈래|가지)$")


def _divided_name(sentence: str) -> str | None:
    """The name a sentence counting what its list holds gives the list (`세 가지 물류
    센터로 나뉜다.` → `물류 센터의 종류`), None when it names no kind or no subject
    (`세 가지 종류로 나뉜다.`)."""
    found = _DIVIDED.match(sentence)
    if found is None:
        return None
    of, what = found["of"], found["what"].strip()
    if _KIND_WORDS.match(what):
        return f"{of}의 {what}" if of else None
    return f"{of}의 {what}" if of else f"{what}의 종류"


_TYPICAL = lazy(r"^(?:대표적인|대표적으로|주요|주요한|일반적인)\s+")
"""`대표적인 카디널리티`: the typical members of what the heading names, which it asks for."""
_JOINT = lazy(r"^(그럼에도|그래서|따라서|하지만|그러나|결국|즉)(?![가-힣])")
"""`그럼에도 … 이유는 다음과 같다.`: a sentence going on from the one before, whose list is
what the heading asks."""
_MAX_NAME_WORDS = 8


def led_list_name(text: str) -> tuple[str, str] | None:
    """A paragraph's text before its last sentence, and the name that sentence gives the
    list after it (`Here's how it works:` → `How it works`, `There are three main types of
    load balancers:` → `Types of load balancers`, `해결 방법은 아래와 같다.` → `해결 방법`); None
    when the sentence names nothing a front can ask alone: one word that is no aspect of
    the heading (`There are several variants:`), words pointing back (`이것을 구현하는
    방법에는 3가지가 있다.`) or going on from the sentence before (`그럼에도 … 이유는 다음과
    같다.`, whose list the heading asks for)."""
    text = text.strip()
    if not _LEADS.search(text):
        return None
    found = _LAST_SENTENCE.search(text)
    if found is None:
        return None
    sentence = plain(found["lead"]).strip()
    for pattern in _NAMED_LEADS:
        named = pattern.search(sentence)
        if named is not None:
            said = named.groupdict()
            name = said.get("name") or (
                f"{said['of']}의 {said['what']}"
                if said["what"][0] >= "가"  # `특징` of `VLIW`, in the words of the sentence
                else f"{said['what']} of {_OPENING_ARTICLE.sub(lambda a: a[0].lower(), said['of'])}"
            )
            name = _TYPICAL.sub("", name.strip(" ,"))
            words = name.split()
            if (
                POINTS_BACK.match(name)
                or _GOES_ON.match(name)
                or _JOINT.match(name)
                or not (2 <= len(words) <= _MAX_NAME_WORDS or asks_of_a_subject(name))
            ):
                return None
            return text[: found.start("lead")].strip(), name[0].upper() + name[1:]
    name = _divided_name(sentence) if sentence.endswith("다") else None
    if name is not None and not (POINTS_BACK.match(name) or _JOINT.match(name)):
        return text[: found.start("lead")].strip(), name
    return None


_TESTIMONY = lazy(
    r"\bI(?:'ve| have| had)? (?:used|tried|received|found|seen|relocated|interviewed|worked|"
    r"learned|spent|went|got|did|was able)\b|\b[Dd]uring my\b"
)
"""`I've used X both as an interviewer and an interviewee and found …`, `During my last job
hunt, I received offers from …`, `With multiple offers in hand, I was able to …`: the writer
telling what they did or found, not advice (`I wouldn't recommend …`, `I highly recommend
…`), an opinion with its reasons (`Personally, Python is my choice because …`) nor a fact."""
_SENTENCE_BREAK = lazy(r"[.!?]+[*_]*\s+")
_NOT_PROSE = lazy(r"^(?:\s|[-*+]\s|\d+[.)]\s|>|\||#|<|`{3}|~{3}|\$\$)")
"""A list item or a line indented under one, a quote, a table row, a heading, HTML, a fence:
no paragraph of the writer's prose (a quoted line or an item may be a script to say, or a
résumé's line)."""


_VERDICT = lazy(
    r"\bI(?:'m|’m| am) (?:(?:a bit|a little|mildly|somewhat|very|quite|still|not) )?"
    r"(?:skeptical|sceptical|unconvinced|convinced|sold|suspicious|impressed)\b|"
    r"\bI (?:(?:do|don't|don’t) )?(?:believe|buy|trust|doubt) (?:the|their|its|this|that|these) "
    r"(?:\w+ ){0,2}(?:conclusions?|claims?|results?|arguments?|numbers|benchmarks?|evaluation|"
    r"evidence|paper|authors?|study)\b|"
    # `but honestly the paper reads easier …, so I believe …`: not `try X first, honestly`
    r"\b[Hh]onestly\b(?=[^.!?\n]*\bI\b)|\bI\b(?=[^.!?\n]*\b[Hh]onestly\b)"
)
"""`I'm mildly skeptical of as evidence`, `so I believe the conclusion`, and `honestly` in a
sentence in which the writer speaks (`but honestly the paper reads easier …, so I …`): the
writer judging what they read, or saying how they feel about it. Not `I think it's so that
…`, how a writer answers their own question, nor `Which to use: honestly, try X first`."""
_OWN_WORD = lazy(f"{_TESTIMONY.pattern}|{_VERDICT.pattern}")
"""Either: a long answer loses both."""


_FIRST_PERSON = lazy(r"I[ '’]|my ")
"""`I `, `I'm`, `my `: a first person written somewhere in an answer, looked for in one search
(every card's answer is asked)."""


def without_own_testimony(answer: str) -> str:
    """An answer without the sentences of its prose in which the writer judges what they
    read or says how they feel about it (`_VERDICT`: `… I'm mildly skeptical of as evidence,
    but honestly the paper reads easier than anything Paxos, so I believe the conclusion.`)
    and, when too long to recall, those in which they vouch from their own past (`I've used
    [X](…) both as an interviewer and an interviewee and found the experience to be
    excellent.`, `During my last job hunt, I received offers from …, and I have found this to
    be true.`): a student recalls the subject and the advice, not the writer's story or
    verdict. The answer's first sentence stays, whatever it says, as do a sentence leading
    into what follows (`…:`), sentences in quotation marks, lists, quotes and code; a
    paragraph left with nothing goes, and an answer left with nothing stays whole."""
    if _FIRST_PERSON.search(answer) is None:
        return answer  # most answers, at a glance: no first person
    verdicts = _VERDICT.search(answer) is not None
    testimony = _TESTIMONY.search(answer) is not None and shown_lines([answer]) > MAX_RECALL_LINES
    if not (verdicts or testimony):
        return answer
    own = _VERDICT if not testimony else _OWN_WORD if verdicts else _TESTIMONY
    lines = answer.split("\n")
    fenced = False
    changed = False
    first = next(number for number, line in enumerate(lines) if line.strip())
    for number, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced or _NOT_PROSE.match(line) or not own.search(line):
            continue
        sentences = _sentences(line)
        kept = [
            sentence
            for index, sentence in enumerate(sentences)
            if (number == first and index == 0) or not _vouches(sentence, own)
        ]
        if len(kept) < len(sentences):
            lines[number] = "".join(kept).rstrip()
            changed = True
    if not changed or not has_substance("\n".join(lines)):
        return answer
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")


_BLANK_RUN = lazy(r"\n{3,}")


def _sentences(line: str) -> list[str]:
    """The sentences of a line of prose, each with the space after it; a stop before a
    small letter (`e.g. the`) ends no sentence, nor does one inside a word (`interviewing.io`)."""
    found: list[str] = []
    start = 0
    for end in [found_break.end() for found_break in _SENTENCE_BREAK.finditer(line)] + [len(line)]:
        piece = line[start:end]
        start = end
        if not piece:
            continue
        if found and not piece[:1].isupper() and piece[:1] not in "[*_(":
            found[-1] += piece
        else:
            found.append(piece)
    return found


def _vouches(sentence: str, own: re.Pattern[str]) -> bool:
    return own.search(sentence) is not None and '"' not in sentence and "“" not in sentence
