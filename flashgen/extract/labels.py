"""How a note names a part without a heading, and which names name one.

Notes mark the parts of a long answer with a short name on a line of its own (`ARP`,
`**Hash Sharding**`, `- 트리 토폴로지` alone, `> 라우팅 테이블`) or a bold lead-in
(`**Linearity.** For any …`). Every kind of part reads its names the same way, so the
reading of a label, and of what a name must be (a term, not a sentence, a step or a remark),
stands here once.
"""

from __future__ import annotations

import re

from flashgen.extract.place import MAX_LABEL_CHARS, is_term_like, plain
from flashgen.flavours.pages import names_tabs
from flashgen.patterns import lazy
from flashgen.syntax import LIST_TYPES, Node
from flashgen.text import EMOJI, HANGUL, highlighted_whole, unwrap_strong

BOLD_LEAD = lazy(
    r"^\*\*(?P<name>[^*\n]+?)"
    r"(?:[.:]\*\*|\*\*(?P<aside>\s*\([^()\n]*\))?(?:\s*(?P<stop>[.:])|\s+-|\s*[—–]))\s*(?=\S)"
)
"""`**Linearity.** For any …`, `**Linearity**: For any …`, `**Whitening** (`whiten=True`): …`,
`**제어 해저드** (분기 해저드) - 분기 명령어의 …`: a bold name, an aside after it at most,
leading its paragraph; what the paragraph says follows the match. A name with an aside
before its colon (`**PMF** (probability mass function): …`) is a term defined in its line
to `label_of`, and names only a paragraph closing an answer (closing_parts)."""


def label_of(node: Node) -> tuple[str, str, str | None] | None:
    """How a block names the blocks after it, the name, and what the block says besides
    (a lead-in's sentence): a short name alone on a line (a paragraph, a list of one bare
    item, a quote of one line), or a bold name leading a paragraph."""
    if node.type == "paragraph":
        inline, kind = node.children[0], "line"
        content = inline.content.strip()
        if names_tabs(content):
            return None  # `*Java* · Kotlin` over code: the languages of one example
        lead = BOLD_LEAD.match(content)
        if lead is not None and lead["aside"] and lead["stop"]:
            lead = None  # `**PMF** (probability mass function): …`: a term defined in its line
        over = None if lead is not None else _BOLD_OVER.match(content)
        if over is not None:  # `**노드 삽입**` over its text on the next line: a bold name
            label = over["name"].strip()
            return ("bold", label, over["rest"].strip()) if names_a_part(label) else None
        if lead is not None:
            label = (lead["name"] + (lead["aside"] or "")).strip()
            if names_a_part(label) or names_a_point(label):
                return "lead", defined_term(label), content[lead.end() :]
            return None
        alone = _RUN_IN_ALONE.match(content)
        if alone is not None:  # `**Log Matching Property.**` over its list: a run-in head
            label = alone["name"].strip()
            return ("lead", defined_term(label), None) if names_a_part(label) else None
    elif node.type in LIST_TYPES and len(node.children) == 1 and not node.children[0].below:
        inline, kind = node.children[0].line, "item"
    elif node.type == "blockquote" and [c.type for c in node.children] == ["paragraph"]:
        inline, kind = node.children[0].children[0], "quote"
    else:
        return None
    if inline is None:
        return None
    text = inline.content.strip()
    if highlighted_whole(text):
        return None  # `==클럭 제일 높은 P3가 제일 느림==`: the writer's emphasis on a statement
    if kind == "line" and NUMBERED_LINE.match(text):
        kind, text = "item", NUMBERED_LINE.sub("", text)  # `1.Client-Server`, one of `2. …`
    if "\n" in text or "](" in text or "<" in text or ": " in text:
        return None  # several lines, a link, an image or a definition say more than a name
    label = unwrap_strong(text).rstrip(" :")
    if kind == "line" and label != text.rstrip(" :"):
        kind = "bold"
    if not names_a_part(label) or (kind != "item" and STEP.match(label)):
        return None
    if GIVES_THE_ANSWER.match(label):
        return None  # `정답:` over a program's output: the answer to what the section sets
    return kind, label, None


GIVES_THE_ANSWER = lazy(r"^(?:정답|답|풀이|해설|해답|answer|solution)$", re.IGNORECASE)
"""`정답:` over the program's output, `풀이:` over its working: the answer to the problem the
section sets (a program whose output is asked, code_quizzes), no part of a subject. Not
`출력:` (`Output:`), which may name what a program shows (a token decoded), a part of its
example."""


_RUN_IN_ALONE = lazy(r"^\*\*(?P<name>[^*\n]+?)\.\*\*$")
"""`**Log Matching Property.**` alone, its text in the blocks after it: a run-in head like
`**Consistency check.** …` beside it, which only happens to end its line."""
_BOLD_OVER = lazy(r"^\*\*(?P<name>[^*\n]+?)\*\*[ \t]*\\?\n(?P<rest>\S[\s\S]*)$")
"""`**노드 삽입**` alone on a line, its text on the lines after it in the same paragraph."""
NUMBERED_LINE = lazy(r"^\d+\.(?=[^\W\d_])")
"""`1.Client-Server`: an item numbered without the space Markdown needs to read it as one."""
STEP = lazy(r"^(\(?\d+(\\?[.)]|\s)|\[\d+\]|step\s*\d)", re.IGNORECASE)
"""`1\\) 10 삭제`, `[2] …`, `Step 3`: a step of a sequence, which stays in its order."""


def defined_term(label: str) -> str:
    """The term a run-in head defines when it names it in brackets after the word
    (`**Definition (bias).**` → `Bias`, `**정의 (힙)**`): that term is what a student asks;
    `Definition` alone is only the kind of statement. Any other name as it is."""
    found = _DEFINITION.match(label)
    if found is None:
        return label
    term = found["term"].strip()
    first = term.split()[0]
    return term[0].upper() + term[1:] if first.isalpha() and first.islower() else term


_DEFINITION = lazy(r"^(?:definition|def\.?|정의)\s*\((?P<term>[^()]+)\)$", re.IGNORECASE)


def names_a_part(label: str) -> bool:
    """A label that names a part: a term, not a sentence, a number or a speaker (`🙋 손님1`)."""
    words = plain(label)
    return bool(
        is_term_like(words)
        and not SENTENCE_END.search(words)
        and LETTERS.search(words)
        and not EMOJI.search(words)
    )


def names_a_point(label: str) -> bool:
    """A bold lead-in longer than a term that still names the point its paragraph makes
    (`**Leave out details that result in redundant takeaways:**`): the writer set it apart as
    a name, like the shorter ones beside it."""
    words = plain(label)
    return (
        len(words) <= 2 * MAX_LABEL_CHARS
        and len(words.split()) <= _MAX_POINT_WORDS
        and not SENTENCE_END.search(words)
        and bool(LETTERS.search(words))
        and not EMOJI.search(words)
    )


_MAX_POINT_WORDS = 12
SENTENCE_END = lazy(r"[다자요까라죠네니.!?~]$")
LETTERS = lazy(r"[^\W\d_]{2,}")


PROOF = lazy(
    r"^(?P<mark>\*\*|\*|_|)(?P<name>proof(?:\s+(?:sketch|idea|outline))?|증명)"
    r"(?:[.:](?P=mark)|(?P=mark)\s*[.:])\s+(?P<rest>\S[\s\S]*)$",
    re.IGNORECASE,
)
"""`Proof sketch: write …`, `*Proof idea.* Colour …`, `**증명.** …`: a paragraph opening on
the name of a proof, of the statement written above it."""
META_NAMES = lazy(
    r"^(tips?|notes?|others?|misc\.?|miscellaneous|etc\.?|extras?|todo|참고|주의|기타|그\s*외|팁|메모|비고|"
    r"교수님|조교님?|강사님?|선생님|쌤|prof(?:essor)?|instructor|lecturer|TA)$",
    re.IGNORECASE,
)
"""`Tips`, `Notes`, `기타`: a label over remarks, which names no part of the answer; `교수님:`,
`Prof:`, who said the words after it, no more."""
EXAMPLE_WORDS = r"예시|예제|예|examples?|e\.g\.?|for example|ex\.?"
"""`예시`, `Example`, `e.g.`: the words naming an example, in a label or a title."""
EXERCISE_WORDS = r"exercises?|연습\s*문제"
"""`Exercise`, `연습 문제`: the words naming an exercise, in a title."""
EXERCISE_TITLE = lazy(
    rf"^(?:{EXERCISE_WORDS}|practice\s+problems?|(?:exam|test|practice|sample|review)"
    r"(?:[- ]style)?\s+(?:questions?|problems?))"
    r"\s*\d{0,2}[.:)]?(?:\s*\([^()\n]{1,40}\))?$",
    re.IGNORECASE,
)
"""`Exercise`, `Exercises`, `Exercise 2`, `연습 문제`, `Exercise (from class)`, `Exam-style
question`, `Practice problems`: a heading titled only as an exercise, naming none."""


def example_name(text: str) -> str:
    """The front naming an example set apart, in its note's language: `예시` for an example
    written in Korean, `Example` for any other (`pH = 4.74 + log(0.20/0.10) = **5.04**`, whose
    subscripts and signs are no sign of Korean)."""
    return "예시" if HANGUL.search(text) else "Example"


EXAMPLE = lazy(rf"^(?:{EXAMPLE_WORDS})$", re.IGNORECASE)
"""`Example` alone on a line names no part: it goes with the part it illustrates."""
EXAMPLE_END = lazy(rf"(?:{EXAMPLE_WORDS})$", re.IGNORECASE)
"""`CPI 계산 예제`, `Worked example`: a name ending on the word for an example."""
ASIDE_END = lazy(r"\s*\([^()]*\)\s*$")
CLAUSE_WORD = lazy(r"\b(?i:which|how|what|whether|why|who|whom|whose)\b")
"""`Costs depend on how large tables are:`: a line with a clause in it is a sentence
leading into its list, never a name to cut before its verb (`… how large tables`)."""


def words_of(text: str) -> set[str]:
    return {word.casefold().rstrip("s") for word in LETTERS.findall(plain(text))}


_LEADING_ANSWER_MARK = lazy(
    r"^(\*\*)?(?:A\s*\d*\s*[.:)]|(?:Answer|Solution)\s*[.:]|(?:답|풀이)\s*[:：])"
    r"\s*(?(1)\*\*)[ \t]*(?=\S)"
)
"""`A. `, `**Answer.** `, `Solution: `, `답: `, `풀이: `: the writer's mark of an answer,
before it."""
_SECOND_CHOICE = lazy(r"^[ \t]*(\*\*)?B\s*[.:)]", re.MULTILINE)  # as _ANSWER_MARK


def opens_on_an_answer_mark(text: str) -> bool:
    """`A. …`, `**Answer.** …`, `답: …`: a block the writer marks as the answer to the
    question before it."""
    return _LEADING_ANSWER_MARK.match(text) is not None and not _SECOND_CHOICE.search(text)


def without_answer_mark(answer: str) -> str:
    """`#### Q1. …?` over `A. 캐시 만료 기한을 설정합니다.` (or `답: …`, `**Answer.** …`,
    `풀이: …`): the back is the answer already. Choices `A. …` / `B. …` keep their letters."""
    if _SECOND_CHOICE.search(answer):
        return answer
    return _LEADING_ANSWER_MARK.sub("", answer)
