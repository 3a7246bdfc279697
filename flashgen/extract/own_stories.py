"""Sentences in which the writer tells their own time with the subject, not the subject.

Notes written for oneself carry, beside what they teach, what happened to the writer with
it (`Gotcha: this bit me on the dashboard — …`, `we found 3 stray widgets this way`, `I've
gotten this backwards twice.`, `Spent an hour on this one.`, `이거 몰라서 반나절 날림.`), how
they feel about it (`the 3D view is honestly fun`, a closing `😅`), who told it them and
what they made of the saying (`> "…" — TA in section, best one-liner of the semester`), and
how an interviewer took it (`interviewer liked it`).
A student with the note open deletes these from the back; what the line says of the
subject stays. A sentence stating a fact or a rule stays though it says `I` or `we` (`I
think of a term as a logical clock.`, `We set max-age to one year.`), and so do words in
quotation marks (a script to say, a quoted case) and a sentence leading into what follows
(`…:`).
"""

from __future__ import annotations

import re

from flashgen.patterns import any_of, lazy
from flashgen.text import FINAL_MIEUM, final_consonant

_OWN_TIME = lazy(
    # What happened to the writer with it: `this bit me on …`, `Got burned by this on …`,
    # `I've gotten this backwards twice.`, `Roughly what I ended up with in the labs.`, `we
    # found 3 … this way`, `(ask me how I know)`, `실무에서 실제로 겪음!!`, `우리 팀 … 딱 이랬음`
    r"\b(?:this|that|it)[ \t]+(?:bit|bites|burned|burnt)[ \t]+(?:me|us)\b|"
    r"\b(?:got|been|was|were)[ \t]+(?:burned|burnt|bitten)[ \t]+by[ \t]+(?:this|that|it)\b|"
    r"\bI(?:'ve|’ve|[ \t]+have)?[ \t]+(?:get|got|gotten)[ \t]+(?:this|it|that)[ \t]+"
    r"(?:wrong|backwards|mixed[ \t]+up)\b|"
    r"\bI[ \t]+ended[ \t]+up\b|\bin[ \t]+the[ \t]+labs\b|\bI[ \t]+fumbled\b|"
    r"\b(?:I|we)[ \t]+(?:found|caught)\b[^.!?\n]{0,60}\bthis[ \t]+way\b|"
    r"\bwe[ \t]+had[ \t]+(?:this|that)[ \t]+in\b|\bbroke[ \t]+(?:my|our)\b|"
    r"\bask[ \t]+me[ \t]+how[ \t]+I[ \t]+know\b|"
    r"\b(?:in|on)[ \t]+my[ \t]+(?:own[ \t]+|side[ \t]+)?project\b|"
    r"\b(?:took|cost)[ \t]+(?:me|us)[ \t]+(?:(?:a|an|two|three|half[ \t]+a|\d+)[ \t]+)?"
    r"(?:(?:whole|full|good)[ \t]+)?(?:hours?|days?|weeks?|forever|ages|while|afternoon|evening)\b|"
    r"\b(?:took|cost)[ \t]+(?:me|us)[ \t]+(?:(?:embarrassingly|really|so|way|too|very)[ \t]+)?"
    r"long(?:er)?\b|"
    r"(?:실제로|직접|팀에서|회사에서|프로젝트에서|실무에서)[ \t]?(?:실제로[ \t]?)?"
    r"(?:겪|당)[음었은한]|"
    r"(?:겪|당)한[ \t]?적[ \t]?있|삽질(?:했|함|하다가)|"
    # … and said with the writer dropped, as a diary says it: `Took two evenings, plus a
    # third one just for Figure 2.`, `Spent an hour on this one.`, `Skimmed only; …`, `Got
    # this wrong twice in the problem set.` (`Took them 10+ years.` is someone else's time,
    # and `Spent a week on a prototype when …` tells what the writer did, in a story told)
    r"^[*_]*(?:took|spent)[ \t]+(?:(?:me|us)[ \t]+)?(?:(?:a|an|one|two|three|four|five|"
    r"half[ \t]+a|a[ \t]+few|several|\d+)[ \t]+)?(?:(?:whole|full|good|long)[ \t]+)?"
    r"(?:min(?:ute)?s?|hours?|evenings?|afternoons?|mornings?|nights?|days?|weeks?|while|"
    r"forever|ages)\b(?=[ \t]*(?:[,;:.!?)]|$)|[ \t]+on[ \t]+(?:this|it|that|these|them)\b)|"
    r"^[*_]*skimmed\b|^[*_]*(?:got|gotten)[ \t]+(?:this|it|that)[ \t]+(?:wrong|backwards|"
    r"mixed[ \t]+up)\b|"
    r"^[*_]*(?:I[ \t]+)?(?:lost|wasted)[ \t]+(?:a|an|one|two|three|half[ \t]+a|a[ \t]+few|\d+)"
    r"[ \t]+(?:whole[ \t]+)?(?:min(?:ute)?s?|hours?|days?|afternoons?|evenings?|mornings?|"
    r"weekends?)\b|"
    r"(?<![가-힣])(?:우리|저희)[^.!?\n]{0,20}?[이그]랬음|"
    # The writer's verdict on their own attempt beside the source's: `The paper's version
    # is cleaner.`
    r"\b(?:paper|book|textbook|lecture|slides|author)(?:'s|’s)[ \t]+(?:version|proof|explanation)"
    r"[ \t]+is[ \t]+(?:much[ \t]+|way[ \t]+|a[ \t]+lot[ \t]+)?"
    r"(?:cleaner|nicer|better|clearer|simpler)\b|"
    # How they feel about it: `the 3D view is honestly fun`, `… terrible but it works for me`
    r"\bhonestly[ \t]+(?:so[ \t]+|really[ \t]+)?(?:fun|cool|neat|satisfying)\b|"
    r"\bI[ \t]+(?:really[ \t]+)?(?:love|hate)[ \t]+(?:this|it|that|how|when)\b|"
    r"\bit[ \t]+works[ \t]+for[ \t]+me\b|"
    # How an interviewer took it: `interviewer liked it`, `(they loved that I knew this one)`
    r"\binterviewers?[ \t]+(?:really[ \t]+)?(?:liked|loved|appreciated)\b|"
    r"\bthey[ \t]+(?:really[ \t]+)?(?:liked|loved)[ \t]+(?:it|that)\b|"
    r"면접관(?:이|분이|분들이|들이)?[ \t]?(?:좋아|칭찬|만족)",
    re.IGNORECASE,
)
"""A word of the writer's own time with the subject (see the module)."""
_LOST_TIME = lazy(
    r"(?:^|(?<=\s))(?:(?:→|->)[ \t]*)?(?:[가-힣]{1,4}님[ \t]+)?"
    r"(?:(?:이거|이걸로|이것|그거)[^.!?\n]{0,30}?[ \t])?"
    r"(?:반나절|하루|이틀|한참|\d+[ \t]*(?:분|시간|일))[ \t]*(?:을|를|이나|넘게|동안|정도)?[ \t]*"
    r"(?:날림|날렸\S*|날려\S*|허비\S*)[.!~]*[ \t]*$"
)
"""`… 주의 ㅋㅋ 이걸로 30분 날림`, `이거 몰라서 반나절 날림.`, `… → 준영님 30분 날림.`: the time
the writer (or one of their group) lost to it, closing a sentence, from the words pointing
back at what the sentence said (`이거`, `이걸로`) or from the time itself."""
_STATEMENT_END = lazy(r"(?:[다요)!?~]|[ㅋㅎㅠㅜ]{2,})$")
"""`… 돌 수 있음`, `… 안 해줌`, `… 바꿔야 한다`, `… 주의 ㅋㅋ`: a sentence's statement closed
(a syllable ending in `ㅁ` is read apart: `_closes_a_statement`)."""
_OWN_ATTEMPT = lazy(
    r"^[*_]*my[ \t]+(?:own[ \t]+)?(?:attempt|try|stab|go)[ \t]+at\b[^.!?\n]*:[*_]*[ \t]*$",
    re.IGNORECASE,
)
"""`My attempt at the proof sketch:` over the steps: the writer framing what follows as
their own try, which leads into nothing the steps do not say."""
_MAY_TELL = lazy(
    any_of(
        ("bit ", "bites ", "burn", "bitten", "wrong", "backward", "mixed up", "ended up", "labs",
         "fumbled", "this way", "we had", "broke ", "how i know", "my project", "my own project",
         "my side project", "took ", "cost ", "겪", "당한", "삽질", "랬음", "attempt at", "try at",
         "stab at", "go at", "version is", "proof is", "explanation is", "honestly", "love",
         "spent ", "skimmed", "lost ", "wasted ", "날림", "날렸", "날려", "허비",
         "hate", "works for me", "interviewer", "liked", "면접관")
        + ("😅", "😬", "🙃", "😭", "🥲", "😇", "lol", "ㅋㅋ", "ㅠ", "ㅜㅜ")
    )
)  # fmt: skip
"""A word every telling of `_OWN_TIME` holds, looked for in an answer set in lower case."""

_FEELING_MARK = lazy(
    r"[ \t]+(?:😅|😬|🙃|😭|🥲|😇|lol|ㅋ{2,}|ㅠ+|ㅜ{2,})+(?:;{2,})?(?=[ \t]*(?:[).,;:!?]|$))"
)
"""`… got ugly fast 😅`, `… redundant now lol`, `(이미 죽어있음 ㅋㅋ)`: the writer's feeling
closing a sentence, by a mark alone; the sentence stays without it."""
_ATTRIBUTION = lazy(r"(?<=[\"”])[ \t]*(?:—|–|--?)[ \t]*(?P<who>[^\"“”\n]+)$", re.MULTILINE)
"""`"DP = recursion + remembering" — TA in section, best one-liner of the semester`: who said
the words in quotation marks, after a dash closing the line."""
_HEARD_OR_JUDGED = lazy(
    r"\bTAs?\b|\bprof(?:essor)?\b|\blecturer\b|\binstructor\b|\bteacher\b|\bmentor\b|"
    r"\bbest\b|\bfavou?rite\b|\bone-liner\b|교수님|조교|선배|팀장님|멘토",
    re.IGNORECASE,
)
"""Who told the writer (`TA in section`, `교수님`) or what they made of the saying (`best
one-liner of the semester`): the writer's own hearing of it, not its author."""

_HEAD = lazy(r"^(?P<head>[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?)")
_NOT_PROSE = lazy(r"^[ \t]*(?:\||#|<|`{3}|~{3}|\$\$)")
_SENTENCE_BREAK = lazy(r"(?<=[.!?])[*_]*[ \t]+")
_ABBREVIATION = lazy(r"\b(?:e\.g|i\.e|vs|etc|cf|approx|resp)\.[*_]*[ \t]+$", re.IGNORECASE)
_CLAUSE_BREAK = lazy(r"[ \t]+(?:—|–|--|…)[ \t]+")
_LABEL = lazy(r"^[*_]*[^\W\d][^:\n]{0,24}:[*_]*[ \t]+")
"""`Gotcha: `, `**Note:** `: what the sentence is, which stays over what it says."""


def without_own_stories(answer: str) -> str:
    """An answer less the writer's own time with its subject (see the module): a sentence
    telling it goes, or only its clause between dashes (`Gotcha: this bit me on the
    dashboard — long URLs …` → `Gotcha: long URLs …`) or its words in parentheses; a dash
    naming who said a quoted line, when it names the writer's teacher or their verdict,
    goes; a feeling mark closing a sentence goes alone. A line left with nothing goes, unless
    lines hang under it; code, tables and headings stay as written, and an answer left with
    nothing stays whole."""
    if not _may_tell(answer):
        return answer  # most answers, at a glance
    lines = answer.split("\n")
    kept: list[str] = []
    fenced = changed = emptied = False
    for index, line in enumerate(lines):
        fence = line.lstrip(" \t>").startswith(("```", "~~~"))
        fenced = fenced != fence
        as_written = fence or fenced or _NOT_PROSE.match(line)  # code, a table, a heading
        left = line if as_written else _line_without_story(line)
        if left != line:
            changed = True
            if not left.strip() and _has_lines_under(lines, index):
                left = line  # it names what the lines under it belong to
        if left != line and not left.strip():
            emptied = True
            continue
        if emptied and not line.strip() and (not kept or not kept[-1].strip()):
            continue  # no paragraph break is left doubled
        emptied = False
        kept.append(left)
    if not changed:
        return answer
    left = "\n".join(kept).strip("\n")
    return left if any(char.isalnum() for char in left) else answer


def may_tell(text: str) -> bool:
    """Whether a text holds a word some telling of `_OWN_TIME` holds: a look first."""
    return _MAY_TELL.search(text.lower()) is not None


def tells_own_time(sentence: str) -> bool:
    """Whether a sentence tells the writer's own time with the subject (`_OWN_TIME`): what
    a note's opening says of its writer, not of its subject, too."""
    return may_tell(sentence) and _OWN_TIME.search(sentence.lstrip(" \t>")) is not None


def _may_tell(text: str) -> bool:
    """Whether a text may hold a telling of `_OWN_TIME`, a feeling mark or a quoted line's
    attribution (a cheap look first: the patterns cost more than these looks)."""
    if may_tell(text):
        return True
    return (
        ("—" in text or "–" in text or "--" in text)
        and ('"' in text or "”" in text)
        and _ATTRIBUTION.search(text) is not None
    )


def _has_lines_under(lines: list[str], index: int) -> bool:
    following = next((line for line in lines[index + 1 :] if line.strip()), "")
    indent = len(lines[index]) - len(lines[index].lstrip(" \t"))
    return len(following) - len(following.lstrip(" \t")) > indent


def _line_without_story(line: str) -> str:
    head = _HEAD.match(line)["head"]  # type: ignore[index]
    text = line[len(head) :]
    said = _without_attribution(text)
    if _may_tell(said):
        kept = ""
        for sentence in _sentences(said):
            left = _sentence_without_story(sentence)
            kept = kept.rstrip(" \t") + left if left.startswith(")") else kept + left
        said = _FEELING_MARK.sub("", kept)
    if said == text:
        return line
    said = said.rstrip()
    return f"{head}{said}" if any(char.isalnum() for char in said) else ""


def _without_attribution(text: str) -> str:
    found = _ATTRIBUTION.search(text) if '"' in text or "”" in text else None
    if found is None or not _HEARD_OR_JUDGED.search(found["who"]):
        return text
    return text[: found.start()]


def _sentences(text: str) -> list[str]:
    """The sentences of a line's text, each with the space after it (`e.g. ` ends none)."""
    found: list[str] = []
    start = 0
    for end in [stop.end() for stop in _SENTENCE_BREAK.finditer(text)] + [len(text)]:
        piece = text[start:end]
        start = end
        if found and _ABBREVIATION.search(found[-1]):
            found[-1] += piece
        elif piece:
            found.append(piece)
    return found


def _sentence_without_story(sentence: str) -> str:
    """A sentence less its telling of the writer's own time: the words in parentheses
    holding it, else its clause between dashes (a label opening the sentence stays), else
    the whole sentence; a closing parenthesis opened before it stays."""
    if _OWN_ATTEMPT.match(sentence):
        return ""
    lost = _LOST_TIME.search(sentence) if "날" in sentence or "허비" in sentence else None
    if lost is not None:  # the statement before it stays, when there is one
        left = sentence[: lost.start()].rstrip(" \t→-")
        return left + " " if left and _closes_a_statement(left) else ""
    told = _OWN_TIME.search(sentence)
    if told is None:
        return sentence
    opened = sentence.rfind("(", 0, told.start())
    closed = sentence.find(")", told.end())
    if opened != -1 and closed != -1 and ")" not in sentence[opened : told.start()]:
        aside = sentence[opened : closed + 1]
        if '"' in aside or "“" in aside:
            return sentence
        before = sentence[:opened].rstrip(" \t")
        return before + sentence[closed + 1 :]
    clauses = _CLAUSE_BREAK.split(sentence.rstrip())
    breaks = _CLAUSE_BREAK.findall(sentence.rstrip())
    at = next(index for index, clause in enumerate(clauses) if _OWN_TIME.search(clause))
    if '"' in clauses[at] or "“" in clauses[at]:
        return sentence  # a script to say, a case quoted
    if sentence.rstrip().endswith(":"):
        return sentence  # it leads into what follows
    trailing = sentence[len(sentence.rstrip()) :]
    if len(clauses) > 1:
        label = _LABEL.match(clauses[0]) if at == 0 else None
        rest = [*clauses[:at], *clauses[at + 1 :]]
        seps = [*breaks[: max(at - 1, 0)], *breaks[at:]] if at else breaks[1:]
        joined = rest[0] + "".join(sep + clause for sep, clause in zip(seps, rest[1:], strict=True))
        return (label[0] if label else "") + joined + trailing
    excess = sentence.count(")") - sentence.count("(")
    return ")" * excess if excess > 0 else ""


def _closes_a_statement(text: str) -> bool:
    """Whether a text ends a statement (`_STATEMENT_END`, or a Korean predicate closing on
    `ㅁ`: `있음`, `해줌`), not a phrase the words after it finish (`dev 클러스터에서`)."""
    if text and final_consonant(text[-1]) == FINAL_MIEUM:
        return True
    return _STATEMENT_END.search(text) is not None
