"""Bold key phrases → cloze cards: the sentence with each bolded phrase hidden in turn.

A writer bolds what they want to remember. The sentence around the phrase is the cue,
so it must say enough on its own (with its section and label as context): a bold that
is the whole line, a heading-like label or the term of a definition is emphasis, not a
gap to fill. A gap is a key term, never a word the card shows anyway (in its context
line or elsewhere in the sentence), a marker (`[참고]`, `A1`) or letters of a word; and
a sentence that leans on the one before it (`그 방법은 …`, `It …`) or breaks off
(`…이고,`) is no cue. Nor is a fragment with no predicate (a topic in a syllabus list, `128-byte
memory with 16-byte frames`), an analogy or illustration (`예를 들어 …`, `Imagine …`), nor
anything in an advertisement. When in doubt, no cloze: a junk card costs more than a missing
one.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Iterator

from flashgen.extract.explicit import HIGHLIGHT
from flashgen.extract.place import Place, is_short_label, is_statement, plain
from flashgen.extract.sections import comparison_sides
from flashgen.extract.skip import asks
from flashgen.model import Card, CardKind
from flashgen.syntax import Node
from flashgen.text import DASH_OR_ARROW, EMOJI, unwrap_brackets, unwrap_strong

_BOLD = re.compile(r"\*\*(?=\S)(?P<a>.+?)(?<=\S)\*\*|(?<!\w)__(?=\S)(?P<u>.+?)(?<=\S)__(?!\w)")
_CODE_SPAN = re.compile(r"(`+).*?\1")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+(?=\S)|\n")
_UNFINISHED = re.compile(r"([,;]|이고|하고|되고|이며|하며|되며|으며|지만|는데|으나)\s*$")
"""`…이고,`, `…하며`: the sentence goes on (on the next line of the paragraph, or nowhere)."""
_POINTS_BACK = re.compile(
    r"^((이|그|저)\s(?!외)|(이것|그것|이는|이를|이때|그때|이런|그런(?!데)|이러한|그러한|이렇게|그렇게|"
    r"이와|그와|위와|이럴|그럴|이처럼|그러면|그럼|여기서|여기에|위에서|위의|아래|앞서|앞의|이번에는|지난)|"
    r"(this|that|these|those|it|its|they|such|here)\b)",
    re.IGNORECASE,
)
"""`그 방법은 …`, `이 때 …`, `It …`: a sentence that points back at the one before it
cannot be read alone, so it cannot cue its gap."""
_POINTS_OUT = re.compile(
    r"(?<![가-힣])((이|위|아래|다음|앞)\s*(의\s*)?(예시|예제|그림|사진|도표|이미지)|"
    r"(위|아래|다음|앞)\s*(의\s*)?(코드|표|흐름|과정|예(?=에서|를|처럼|와|\s|$))|위의\s|"
    r"(다음|아래)[과와]\s*같은)|"
    r"[가-힣]{2,}[12](?![\d.,])|"
    r"\b(this|the above|above|following|previous) (example|figure|diagram|picture|code|table)\b|"
    r"\b(shown|mentioned|described|listed) above\b",
    re.IGNORECASE,
)
"""`이 예시에서 …`, `위 그림처럼 …`, `다음과 같은 장점`, `트랜잭션1은 …`, `손님2` (an actor of a
worked example): a sentence about something the card does not show."""
_FIRST_PERSON = re.compile(
    r"(?<![\w'/])(I|I'm|I've|I'd|[Mm]y|me)(?![\w'/])|(?<![가-힣])(나는|내가|제가|저는|필자는|필자가)(?![가-힣])"
)
"""`I practiced with around 350 problems`, `One of my managers …`: the writer's own story,
not a fact of the subject."""
_EXAMPLE_HEADING = re.compile(
    r"^[\W\d_]*((예시|예제|시나리오|example|scenario)(?![가-힣a-z])|(예|상황)\s*\d*\s*([-:.)\]]|$))",
    re.IGNORECASE,
)
"""`예시`, `상황 1 - 뮤텍스`, `Example`: a section that walks through an example or a story,
whose sentences tell of its actors (`직원은 가게 문을 lock 잠근다`), not of what to recall."""
_GLOSS = re.compile(r"\s?\((?P<gloss>[^)]*[^\W\d_][^)]*)\)")
"""`**ACID**(원자성, 일관성, …)`, `**고립성**(Isolation)`, `**TLS**(Transport Layer Security)`:
the gloss right after the gap spells out or translates the answer."""
_HANGUL = re.compile(r"[가-힣]")
_VERB_END = re.compile(r"(다|고|며|면|서|나|지|거나|는|음)\W*$")
"""`…참조하거나(**Dirty Read**)`: a clause before the gap describes it; it is no word the
gap translates."""
_SMALL_WORDS = frozenset(("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "your"))
_COUNTED = re.compile(r"^(?P<n>[1-9]|10)\s*(?P<unit>[가-힣]+)$")
_NATIVE = ("한|하나", "두|둘", "세|셋", "네|넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열")
"""`1개` is printed as `한 개` beside it: Korean counts in their native words."""
_MARKER = re.compile(
    r"^[\[(【<]?\s*(참고|주의|중요|핵심|팁|tips?|notes?|notice|warning|caution|important|info|"
    r"hint|예시|예제|예|ex|e\.g|example|결론|정리|요약|요점|cf|비고|추가|보충|tl;?dr|q|a|질문|"
    r"답변?|bold|굵게|강조|todo|하지만|그러나|그래서|따라서|즉|but|however)\s*\.?\s*\d*\s*[\])】>]?\s*[:.]?$",
    re.IGNORECASE,
)
"""`[참고]`, `Note`, `A3`, `예시`, `하지만`: a marker of the note's layout or a joint between
sentences, nothing to recall."""
_MAY_END = re.compile(r"[.!?。\n]")
_TERM = re.compile(rf"^(?P<term>.{{1,60}}?)(\s*[:：]|\s+({DASH_OR_ARROW}))\s")
"""The term of a `term: definition` line, which is the front of a card of its own."""
_WORD = re.compile(r"\w{2,}")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_LATIN = frozenset(string.ascii_letters)
"""One Latin letter (an empty string is none)."""
_NOT_CUE = re.compile(r"`[^`]*`|\([^)]*\)|\]\([^)]*\)|https?://\S+|<[^>]+>")
"""Code, asides in parentheses, link targets and tags: no words to recall a phrase from."""
_PARENTHESES = re.compile(r"\([^)]*\)")
_BREAK = re.compile(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)
_LEADING_SYMBOLS = re.compile(rf"^(?:\s|{EMOJI.pattern}|[\u2190-\u21ff]|->|=>)+")
"""Emoji and arrows a writer puts before a line (`👉`, `->`): pointers, not words to read."""

_KOREAN_PREDICATE = re.compile(
    r"(다|요|죠|함|됨|음|임|짐|킴|냄|줌|봄|씀|움|옴|듦|앎|것|가능|필요|불가|존재|발생|제공|지원|"
    r"사용|수행|보장|저장|처리|결정|전달|지정|생성|반환|포함|유지|증가|감소|저하|향상|해결|방지)$"
)
"""`…한다`, `…이다`, `…함`, `…됨`, `…하는 것`, `발생 가능`, `영역 존재`: how a Korean sentence or
note-style clause ends; a line ending in a bare noun (`해시 충돌과 **체이닝**`) is a topic."""
_KOREAN_CLAUSE = re.compile(
    r"[가-힣](는|은|한|된|할|될|던|인|진|낸|킨|른|운|온)\s+(\S+\s+){0,2}\S+$|"
    r"\w(을|를|에서|으로|로|에게)\s+\S"
)
"""`…를 저장하는 비휘발성 메모리`, `…할당받는 작업의 단위`: a noun its clause defines, the way
notes define the subject their heading names; `변수의 값을 상수로 지정`: a verbal noun with its
object, the way notes write a clause."""
_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]\([^)]*\)|\[[^\]]*\]")
"""Asides, footnote marks and links after the sentence's last word."""
_ENGLISH_VERB = re.compile(
    r"\b(is|are|was|were|be|been|has|have|had|does|do|did|can(not)?|could|will|would|shall|"
    r"should|must|may|might|isn't|aren't|doesn't|don't|can't|won't|so|that|which|who|when|"
    r"because|unless|while|whereas)\b",
    re.IGNORECASE,
)
"""A finite verb English needs to state something; without one (or a full stop) a line is a
topic in a list (`Why classic metrics fail; **hallucination** & calibration`). A word that
opens a clause (`so`, `that`, `when`) brings a verb with it."""
_VERB_FIRST = re.compile(r"[a-z]{2,}(?<!s)s\s+\S+\s+\S")
"""`keeps the function body short`: a note's clause whose subject is its heading, opened by
a verb (lower case, unlike a topic's first noun; `ss` ends a noun, `class`)."""
_TRAILING = re.compile(r"[\s\W_]+$")
_ILLUSTRATION = re.compile(
    r"(?<![가-힣])(예를\s*(들어|들면)|예컨대|비유하(면|자면)|비유하자면|가령)(?![가-힣])|"
    r"\b(for (example|instance)|e\.g\.|imagine|suppose|let's say|say you|think of)\b",
    re.IGNORECASE,
)
"""`예를 들어 …`, `비유하자면 …`, `Imagine …`: an analogy or a worked example tells of its own
actors (`식당`, `손님`), not of the subject."""
_RESTATES = re.compile(
    r"^(즉|다시 말해(서)?|다시 말하면|요컨대|i\.e\.|in other words)\b[,\s]", re.I
)
"""`즉, …`, `In other words, …`: a restatement of the sentence before it, often an analogy."""
_ADVERT = re.compile(
    r"\b\d{1,2}\s?% (off|discount)\b|\b(coupon|promo code|discount code|affiliate|"
    r"shareasale|join today|sign up today|buy now|lifetime access)\b|[?&](ref|aff|afftrack|"
    r"affiliate|coupon)=|할인\s?(코드|쿠폰)|수강\s?신청",
    re.IGNORECASE,
)
"""A discount, a coupon, an affiliate link: the section sells something; its phrases are
slogans, not facts to recall."""
_ADVERT_HINTS = ("%", "=", "할인", "수강")
_ADVERT_WORDS = (
    "coupon", "promo code", "discount code", "affiliate", "shareasale", "join today",
    "sign up today", "buy now", "lifetime access",
)  # fmt: skip
"""What `_ADVERT` cannot match without: looked for first, as a pattern that ignores case
is slow to try at every place of a section that sells nothing."""

_TOKEN = re.compile(r"[^\W_]{2,}")
_LATIN_WORD = re.compile(r"[A-Za-z]+")

_SIGNPOST = re.compile(
    r"((알아|살펴)(보자|보겠다|보겠습니다|보려고 한다|볼 것이다|봅시다)|"
    r"(다음과|아래와) 같(다|습니다)|"
    r"as follows|the following|below)\W*$",
    re.IGNORECASE,
)
"""`…을 알아보자.`, `…은 다음과 같다.`: a sentence that announces what follows states nothing
to recall; what follows is the answer."""

MAX_PHRASE_CHARS = 60
MAX_SENTENCE_CHARS = 300
MIN_CUE_WORDS = 2
"""Words outside the hidden phrases: fewer, and the sentence gives the student no cue."""
MAX_CLOZES = 4
"""More gaps than this in one sentence leave nothing to read."""


def bold_cloze(blocks: list[Node], place: Place) -> list[Card]:
    """`- **Single Point of Failure** 발생 가능` → "{{c1::Single Point of Failure}} 발생 가능"."""
    cards: list[Card] = []
    bold = _bold_lines(blocks, place.tree.lines)
    if not bold and all(block.map is not None for block in blocks):
        return cards  # most sections hold no bold: nothing to look at, not even for adverts
    if _advertises(place):
        return cards
    sides = comparison_sides(place.section.title)
    for inline, labels in _lines(blocks, (), sides, bold):
        content = inline.content
        context = (*place.path, *labels)
        for sentence in _sentences(_BREAK.sub(" ", content) if "<" in content else content):
            text = _cloze_text(sentence, context)
            if text is not None:
                cards.append(
                    Card(
                        deck=place.path,
                        context=context,
                        question=text,
                        answer="",
                        source=place.tree.note.name,
                        line=inline.map[0] + 1 if inline.map else place.section.line,
                        rule="bold_cloze",
                        kind=CardKind.CLOZE,
                    )
                )
    return cards


def _lines(
    nodes: list[Node], labels: tuple[str, ...], sides: tuple[str, ...], bold: list[int]
) -> Iterator[tuple[Node, tuple[str, ...]]]:
    """Each paragraph's inline text with the labels of the list items it stands under:
    those with bold in them, since only bold makes a gap."""
    for node in nodes:
        if not _may_be_bold(node, bold):
            continue  # most blocks and items have no bold: their labels need not be read
        if node.type == "paragraph":
            yield node.children[0], labels
        elif node.type in ("bullet_list", "ordered_list"):
            for item in node.children:
                if not _may_be_bold(item, bold):
                    continue
                text, rest = item.line, item.below
                if text is not None and _has_bold_marks(text.content):
                    yield text, labels
                if rest:
                    yield from _lines(rest, (*labels, *_label_of(text, sides)), (), bold)
        elif node.type == "blockquote":
            yield from _lines(node.children, labels, sides, bold)


def _bold_lines(blocks: list[Node], source: tuple[str, ...]) -> list[int]:
    """The numbers of the lines the blocks were written on that hold a bold mark (`**`,
    `__`), in order: each line is looked at once, not again for each item it belongs to."""
    spans = [block.map for block in blocks if block.map is not None]
    if not spans:
        return []
    start, end = min(span[0] for span in spans), max(span[1] for span in spans)
    return [number for number in range(start, end) if _has_bold_marks(source[number])]


def _may_be_bold(node: Node, bold: list[int]) -> bool:
    """Whether any line a block or item was written on holds a bold mark at all."""
    if node.map is None:
        return True
    start, end = node.map
    first = bisect_left(bold, start)
    return first < len(bold) and bold[first] < end


def _has_bold_marks(text: str) -> bool:
    return "**" in text or "__" in text


def _label_of(text: Node | None, sides: tuple[str, ...]) -> tuple[str, ...]:
    """How an item's children are asked about: the side of a comparison, the term of a
    definition, or the item itself when it is a label (`장점`), not a statement."""
    if text is None:
        return ()
    line = plain(unwrap_strong(text.content.strip()))
    side = next((s for s in sides if line.casefold().startswith(s.casefold())), None)
    term = _TERM.match(line)
    label = unwrap_brackets(side or (term["term"] if term else line.removesuffix(":")).strip())
    return (label,) if is_short_label(label) and not is_statement(label) else ()


def _sentences(content: str) -> Iterator[str]:
    """The sentences of a paragraph, never cutting through a bold phrase nor at the end of
    a line that breaks off (`…이고,`)."""
    # Most lines hold no sentence end: seen with one scan, not by trying the pattern at each.
    ends = list(_SENTENCE_END.finditer(content)) if _MAY_END.search(content) else []
    bold = [match.span() for match in _BOLD.finditer(content)] if ends else []
    bold_starts = [span[0] for span in bold]
    start = 0
    for end in ends:
        # The one bold phrase that may hold this end is the last to open before it.
        inside = bisect_left(bold_starts, end.start()) - 1
        if inside >= 0 and end.start() < bold[inside][1]:
            continue
        if end[0] == "\n" and _UNFINISHED.search(content, start, end.start()):
            continue  # `…이고,` over the next line: one sentence written on two lines
        yield _LEADING_SYMBOLS.sub("", content[start : end.start()]).strip()
        start = end.end()
    yield _LEADING_SYMBOLS.sub("", content[start:]).strip()


def _cloze_text(sentence: str, context: tuple[str, ...]) -> str | None:
    """The sentence with each bold phrase as `{{cN::…}}`, or None when it makes no card.

    A phrase the context line already prints (`HTTPS` under `## HTTPS란?`, `red` under
    `Red-Black 트리`) or the sentence shows unhidden elsewhere is no gap to fill."""
    if not _has_bold_marks(sentence):
        return None  # no bold, no gap: the other sentences of a line with bold in it
    words = plain(sentence)
    if len(sentence) > MAX_SENTENCE_CHARS or asks(words):
        return None  # a question in the notes asks already; a gap in it asks nothing
    if _SIGNPOST.search(words) or _POINTS_BACK.match(words) or _UNFINISHED.search(words):
        return None
    if _POINTS_OUT.search(words) or _FIRST_PERSON.search(words):
        return None
    if _RESTATES.match(words) or _ILLUSTRATION.search(words) or not _states(words):
        return None
    if any(_EXAMPLE_HEADING.match(plain(label)) for label in context[1:]):
        return None  # the note's own title (`context[0]`) names no example section
    if "{{c" in sentence or ("==" in sentence and HIGHLIGHT.search(sentence)):
        return None  # the writer chose the gaps already (`{{c1::…}}`, `==…==`)
    printed = " › ".join(context).casefold()
    code = [span.span() for span in _CODE_SPAN.finditer(sentence)] if "`" in sentence else []
    hidden = []
    for match in _BOLD.finditer(sentence):
        if any(start < match.end() and match.start() < end for start, end in code):
            continue  # `__name__` is code, not bold
        phrase = match["a"] or match["u"]
        if not _is_key_phrase(sentence, match, phrase):
            continue
        folded = plain(phrase).casefold()
        if _glossed(sentence, match) or _hinted(sentence, match, printed):
            continue
        if (folded not in printed or not _printed(folded, printed)) and not _mostly_printed(
            folded, printed
        ):
            hidden.append(match)
    if hidden:
        hidden = _not_shown_elsewhere(sentence, hidden)
    numbers: dict[str, int] = {}
    for match in hidden:
        numbers.setdefault(match["a"] or match["u"], len(numbers) + 1)
    if not numbers or len(numbers) > MAX_CLOZES:
        return None
    parts, last = [], 0
    for match in hidden:
        phrase = match["a"] or match["u"]
        parts.append(sentence[last : match.start()])
        parts.append(f"{{{{c{numbers[phrase]}::{phrase}}}}}")
        last = match.end()
    parts.append(sentence[last:])
    cue = "".join(part for part in parts if not part.startswith("{{c"))
    cue = _NOT_CUE.sub(" ", _BOLD.sub(" ", cue))
    if len(_WORD.findall(cue)) < MIN_CUE_WORDS:
        return None
    return "".join(parts).strip()


def _advertises(place: Place) -> bool:
    """Whether the section's own lines (heading and text) sell something."""
    section = place.section
    spans = [block.map for block in section.blocks if block.map is not None]
    text = " ".join(line for start, end in spans for line in place.tree.lines[start:end])
    text = section.title_markdown + " " + text
    # Casefolded as the pattern ignores case: `İ` and `ı` also match its `i`.
    folded = text.replace("İ", "i").replace("ı", "i").casefold()
    if not any(hint in text for hint in _ADVERT_HINTS) and not any(
        word in folded for word in _ADVERT_WORDS
    ):
        return False
    return _ADVERT.search(text) is not None


def _states(words: str) -> bool:
    """Whether the sentence states something: a Korean one ends in a predicate or defines its
    subject with a clause (`…을 저장하는 메모리`); an English one has a finite verb or ends in a
    full stop."""
    if _HANGUL.search(words):
        term = _TERM.match(words)
        if term and not re.search(r"[,;]", words[term.end() :]):
            return True  # `RAM : 휘발성 기억 장치` defines its term; `주제: A, B, C` lists topics
        bare = _TRAILING.sub("", _ASIDE.sub("", words))
        return any(
            _KOREAN_PREDICATE.search(text) or _KOREAN_CLAUSE.search(text)
            for text in (_TRAILING.sub("", words), bare)
        )
    main = _ASIDE.sub("", words)  # `(KV can exceed weights)`: an aside states nothing of the line
    if main.rstrip().endswith((".", "!")) or _ENGLISH_VERB.search(main):
        return True
    return _VERB_FIRST.match(main) is not None


def _hinted(sentence: str, match: re.Match[str], printed: str) -> bool:
    """Whether the card spells the gap out anyway: a word of it in an aside in parentheses
    (`**LoRA / QLoRA** (QLoRA fine-tunes …)`), or an acronym whose letters are the initials of
    words the card prints (`**PDE**` under `Page directory entries`)."""
    phrase = plain(match["a"] or match["u"])
    tokens = [word for word in _TOKEN.findall(phrase) if word.casefold() not in _SMALL_WORDS]
    names = [token for token in tokens if token.isascii()]  # `연산` names nothing in particular
    if len(tokens) > 1 and names and "(" in sentence:  # no parentheses, no aside
        asides = " ".join(_PARENTHESES.findall(plain(_BOLD.sub(" ", sentence)))).casefold()
        if any(_printed(name.casefold(), asides) for name in names):
            return True
    # Three capitals at least, and most of the word: two letters match initials by chance.
    acronyms = [
        capitals
        for token in tokens
        if len(capitals := "".join(letter for letter in token if "A" <= letter <= "Z")) >= 3
        and 2 * len(capitals) >= len(token)
    ]
    if not acronyms:  # most phrases: the initials need not be worked out
        return False
    rest = plain(sentence[: match.start()] + " " + sentence[match.end() :])
    initials = "".join(word[0] for word in _LATIN_WORD.findall(rest + " " + printed)).casefold()
    return any(capitals.casefold() in initials for capitals in acronyms)


def _not_shown_elsewhere(sentence: str, hidden: list[re.Match[str]]) -> list[re.Match[str]]:
    """The hidden phrases the rest of the sentence does not print: `삽입/삭제가 적으면 …,
    **삽입/삭제**가 많으면 …` would show its own answer."""
    folded = sentence.casefold()
    if all(folded.count(plain(match[0]).casefold()) < 2 for match in hidden):
        return hidden  # nearly always: each phrase is written once in its sentence
    rest, last = [], 0
    for match in hidden:
        rest.append(sentence[last : match.start()])
        last = match.end()
    rest.append(sentence[last:])
    shown = plain(" ".join(rest)).casefold()
    return [
        match for match in hidden if not _printed(plain(match["a"] or match["u"]).casefold(), shown)
    ]


def _glossed(sentence: str, match: re.Match[str]) -> bool:
    """Whether text beside the gap gives it away: a gloss after it (`**ACID**(원자성, …)`), a
    word it glosses (`갱신 손실(**Lost Update**)`), or a count the sentence spells out in words
    (`**1개** - 한 개의 키를 공유`)."""
    phrase = plain(match["a"] or match["u"])
    before, after = sentence[: match.start()], sentence[match.end() :]
    gloss = _GLOSS.match(sentence, match.end())
    if gloss and (_translates(phrase, gloss["gloss"]) or _spells_out(phrase, gloss["gloss"])):
        return True
    word = before[:-1].split()[-1:] if before.endswith("(") and after.startswith(")") else []
    short = len(phrase.split()) <= 3 and "_" not in phrase
    if word and short and not _VERB_END.search(word[0]) and _translates(phrase, word[0]):
        return True
    counted = _COUNTED.match(phrase)
    if counted is None:
        return False
    rest = plain(before + " " + after)
    native = _NATIVE[int(counted["n"]) - 1]
    return re.search(rf"(?<![가-힣])({native})\s*{counted['unit']}", rest) is not None


def _translates(one: str, other: str) -> bool:
    """Whether one side is Korean and the other not: a term and its translation (a size or
    count, `**4MByte** (Process 한개당)`, translates nothing)."""
    if any(character.isdigit() for character in one + other):
        return False
    return bool(_HANGUL.search(one)) != bool(_HANGUL.search(other))


def _spells_out(acronym: str, words: str) -> bool:
    """`TLS` before `(Transport Layer Security)`: the initials of the words."""
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z]+", words)).casefold()
    return (
        len(acronym) > 1
        and acronym.isupper()
        and acronym.isalpha()
        and (initials.startswith(acronym.casefold()))
    )


def _mostly_printed(phrase: str, printed: str) -> bool:
    """Whether the context line prints most words of the phrase: `멀티 모듈 프로젝트` under
    `멀티 프로젝트 빌드` leaves one word to recall."""
    words = [word for word in phrase.split() if word not in _SMALL_WORDS]
    return len(words) > 1 and 2 * sum(_printed(word, printed) for word in words) > len(words)


def _printed(phrase: str, text: str) -> bool:
    """Whether the phrase stands in the text as a word of its own, both casefolded: `red`
    in `red-black 트리`, `빅엔디언` in `빅엔디언과 리틀엔디언` (a Korean particle may follow),
    but not `엔디언` in `빅엔디언` nor `red` in `reduce`."""
    start = text.find(phrase) if phrase else -1
    while start >= 0:
        end = start + len(phrase)
        if (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not (text[end].isascii() and text[end].isalnum())
        ):
            return True
        start = text.find(phrase, start + 1)
    return False


def _is_key_phrase(sentence: str, match: re.Match[str], phrase: str) -> bool:
    words = plain(phrase)
    if len(words) > MAX_PHRASE_CHARS or "{{" in phrase or "](" in phrase:
        return False
    if not _LETTER_OR_DIGIT.search(words):
        return False  # `**→**`, a bold `*`: nothing to recall
    if _MARKER.match(words):
        return False  # `**[참고]**`, `**A1**`: a marker of the layout
    before, after = sentence[: match.start()], sentence[match.end() :]
    if (
        words[-1:] in _LATIN
        and after[:1] in _LATIN
        or words[:1] in _LATIN
        and before[-1:] in _LATIN
    ):
        return False  # `**V**irtual`: letters of a word, not a word
    if words in _LATIN:
        return False  # `**P**`: one letter is no term to recall
    term = _TERM.match(sentence)
    if term and match.end() <= term.end("term") and len(plain(term["term"]).split()) <= 6:
        return False  # `**ROLLBACK** : 변경 취소`: the term is the front of its own card
    if not before.strip() and not _PARENTHESES.sub("", plain(after)).strip(" .:!?"):
        return False  # the whole line is bold: emphasis of the line, asked from its context
    if not before.strip() and words.endswith((".", "!", "。")):
        return False  # a whole sentence in bold, before another: emphasis, not a gap
    if "?" in words:
        return False  # `**DMZ가 뭐에요?**` quotes a question
    return not words.endswith(":")  # `**Definition:**` opens a definition
