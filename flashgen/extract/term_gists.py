"""The gist of what a list says of a term, to stand beside its name on the heading's card.

A term's line on an overview says what the term is in a line (`- Testing: Ability to test
code …`): its first sentence (or the later one that speaks of the term, when the first
speaks of something else), or the first clause that says something alone; never a cut
that leaves an opening, a joined Korean clause or an open bracket, which would read wrong.
"""

from __future__ import annotations

import re

from flashgen.extract.cloze_sounds import sounds_alike
from flashgen.extract.labels import ASIDE_END
from flashgen.extract.overviews import MAX_PART_LINES
from flashgen.extract.place import plain
from flashgen.extract.sizes import shown_lines
from flashgen.patterns import lazy
from flashgen.text import as_item_text

SENTENCE_BREAK = lazy(r"(?<!\betc\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<=[.!?])\s+")
"""Where a sentence ends: not after `etc.`, `e.g.`, `i.e.` or `vs.`, which go on."""
_BLOCK_START = lazy(r"^\s*(?:[-*+]\s|\d+[.)]\s|>|```|~~~|\||#|!!!|\?\?\?|:::|<|\$\$)")
"""A line that starts a block of its own (a list, a quote, code, a table, a box) rather than
going on with the paragraph above it."""
_CLAUSE_BREAK = lazy(r",\s|;\s|\s[-–—]\s")
_CLAUSE_LEAD = lazy(
    r"^(?:in|on|at|for|with|by|to|from|of|like|unlike|during|without|through|when|if|as|"
    r"since|after|before|while|although|though|because|typically|usually|generally|often|"
    r"also|however|here|there|this|it|they)\b",
    re.IGNORECASE,
)
_POINTING = lazy(r"^(?:also|however|here|there|this|it|they)\b", re.IGNORECASE)
"""Words a sentence's main clause may open with after an opening (`During the first year,
they paired …`), which alone would point back at what came before."""
_EXAMPLE_GIST = lazy(r"^(?:an? example|for (?:example|instance)|e\.g\.|예를 들)", re.IGNORECASE)
_MIN_CLAUSE_WORDS = 3


def first_paragraph(said: str) -> str:
    """The first paragraph of what a list says of a term, its lines joined: a note wraps
    a long sentence over lines (`rebuild the dirty page table and the` / `active
    transaction table`), and a line's end is no sentence's."""
    lines = said.strip().split("\n")
    joined = [lines[0].strip()]
    for line in lines[1:]:
        if not line.strip() or _BLOCK_START.match(line):
            break
        joined.append(line.strip())
    return " ".join(joined)


def first_sentence(said: str) -> str:
    """The first sentence of what a list says of a term (`first_paragraph`)."""
    return SENTENCE_BREAK.split(first_paragraph(said), maxsplit=1)[0]


def gist_line(mark: str, term: tuple[str, str]) -> str | None:
    """A term's line on its heading's card with its gist beside its name (`- Testing:
    Ability to test code against normal and corner cases`), None when it has no gist
    (`line_gist`) or the line would overflow two lines of the card: the heading's card then
    names every term alone."""
    name, said = term
    gist = line_gist(said, name)
    line = f"{mark} {as_item_text(name)}: {gist}"
    return None if gist is None or shown_lines([line]) > MAX_PART_LINES else line


def gist_lines(marks: list[str], terms: list[tuple[str, str] | None]) -> list[str | None]:
    """`gist_line` for each term of a list, the gists told apart (`told_apart`)."""
    gists = told_apart(
        [term[1] if term else "" for term in terms],
        [line_gist(term[1], term[0]) if term else None for term in terms],
    )
    return [
        None if term is None else _fitted_line(mark, term[0], gist)
        for mark, term, gist in zip(marks, terms, gists, strict=True)
    ]


def _fitted_line(mark: str, name: str, gist: str | None) -> str | None:
    line = f"{mark} {as_item_text(name)}: {gist}"
    return None if gist is None or shown_lines([line]) > MAX_PART_LINES else line


def told_apart(said: list[str], gists: list[str | None]) -> list[str | None]:
    """The gists of a list's terms, or, when one is cut to what another term's definition
    also opens on (`Failed: All containers terminated` beside `Succeeded: All containers
    terminated with exit 0`), each term's whole first sentence: a cut that leaves out what
    tells two terms apart says neither. The caller keeps a line only while it fits."""
    for index, gist in enumerate(gists):
        own = said[index].strip()
        if not gist or not own.startswith(gist) or len(own) <= len(gist) + 1:
            continue  # whole, or not cut from the definition's opening
        opening = gist.rstrip(" .,;:") + " "
        if any(
            other != index and (other_said.strip().startswith(opening))
            for other, other_said in enumerate(said)
        ):
            return [
                first_sentence(text) if gist is not None else None
                for text, gist in zip(said, gists, strict=True)
            ]
    return gists


def term_gist(said: str, name: str | None = None) -> str | None:
    """The gist of what a list says of a term, to stand beside its name: the first sentence,
    or, when that overflows a line, the first clause that says something alone (not `In its
    early days`, `With a proxy`), which after such an opening is the one it leads into
    (`Typically, most of the must-haves include a degree` → `Most of the must-haves
    include a degree`); never half of two joined (`블록에 저장하고, 주소를 넘긴다`). A
    sentence with no clause to cut at may take the two lines a term's line may. None when
    no gist fits, or it is an example (`An example is …`). What else the list says of a
    term stays on the term's own card. Given the term's `name`, the sentence is the one
    that speaks of it (`spoken_of`)."""
    gist = first_sentence(said) if name is None else spoken_of(said, name)
    lines = 1
    shown = shown_lines([gist])
    whole = gist
    if shown > 1:  # most gists fit one line as they are: nothing to cut, nor to measure again
        clauses = [clause.strip() for clause in _CLAUSE_BREAK.split(gist, maxsplit=2)]
        if len(clauses) == 1:
            if not _JOINT.search(gist):
                lines = MAX_PART_LINES  # a sentence with no clause to cut at, whole if it fits
        elif len(clauses[1].split()) < _MIN_CLAUSE_WORDS:
            clauses = [gist]  # `클래스의 메서드, 필드, 상위 클래스, …`: a list's commas
        first = clauses[0]
        if _says_alone(first):
            gist = first
        elif len(clauses) > 1 and _opens(first) and _says_alone(clauses[1], after_opening=True):
            gist = clauses[1][0].upper() + clauses[1][1:]  # the clause an opening leads into
        shown = shown_lines([gist])
    if shown > lines or not closed(gist) or _EXAMPLE_GIST.match(plain(gist)):
        return None  # `Range-based: An example could be …` says what it is not
    if gist is not whole and "$" in whole and _in_a_formula(gist, whole):
        return None  # `M) \to \mathcal N(0`, cut from `$\sqrt{n}(x - m) \to \mathcal N(0, 1)$`
    return gist


def _in_a_formula(cut: str, whole: str) -> bool:
    """Whether a clause cut from a sentence starts or ends inside one of its formulas: a
    comma or dash of the formula (`$N(0, 1)$`) is no break between clauses."""
    start = whole.casefold().find(cut.casefold())
    return start < 0 or whole[:start].count("$") % 2 == 1 or cut.count("$") % 2 == 1


def line_gist(said: str, name: str | None = None) -> str | None:
    """`term_gist`, or, when it finds none, a definition said in one short line whole (`-
    검색: 보통은 O(1)이지만 최악의 경우 O(n)`, `- get(): 비어 있으면 예외를 던진다`): a
    short value is the term's answer, which its name alone on the heading's card would
    lose. The caller keeps it while its line fits in two and the list in one go."""
    gist = term_gist(said, name)
    if gist is not None:
        return gist
    said = said.strip()
    if "\n" in said or not closed(said) or _EXAMPLE_GIST.match(plain(said)):
        return None
    return said


def spoken_of(said: str, name: str) -> str:
    """The sentence of what a list says of a term that speaks of it: the first, unless it
    opens on a topic of its own (`own_topic`) and never names the term (`names_the_term`) while a
    later sentence of its paragraph does. `- **메서드**` over `웹 개발자들은 대부분 HTTP 위에서
    API를 만든다. 요청 줄의 Method는 서버가 리소스에 어떤 동작을 해야 하는지 알려 준다.` is
    said by the second: the first speaks of developers, and beside the name says nothing of
    it. A first sentence with no topic of its own (`받은 메시지를 디스크에 기록한 뒤에 확인 응답을
    보낸다.`, `Ability to test code …`) says what the term is or does; one on something the
    term involves (`송신자와 수신자는 본문의 형식을 미리 맞춰 두어야 한다.` of `본문`), with no
    later sentence naming the term, is still the best said of it, and stays."""
    first = first_sentence(said)
    if "은" not in first and "는" not in first:
        return first  # no topic of its own (`X은`, `X는`) it could open on: most sentences
    if own_topic(first) is None or names_the_term(first, name):
        return first
    later = SENTENCE_BREAK.split(first_paragraph(said))[1:]
    return next((sentence for sentence in later if names_the_term(sentence, name)), first)


def names_the_term(text: str, name: str) -> bool:
    """Whether a text names a term: a word of its name of two letters or more, maybe with an
    ending (`식별자로` of `식별자`, `caching` of `cache`), or written in the other script
    (`요청 줄의 Method는` of `메서드`)."""
    folded = plain(text).casefold()
    return any(
        word[: max(2, len(word) - 1)] in folded or sounds_alike(word, text)
        for word in _WORD.findall(plain(name).casefold())
        if len(word) >= 2
    )


_WORD = lazy(r"[^\W_]+")


def own_topic(sentence: str) -> str | None:
    """The topic a sentence opens on of its own in its first words (`Hashtable은 …`, `백업
    과정은 …`, `대부분의 의존관계는 …`), None when it opens on none (`HTTP 웹 표준을
    사용하기 때문에 …`), or the word before `은`/`는` is a verb or adjective describing what
    follows (`저장하는 전략`, `많은 데이터`)."""
    topic = _OWN_TOPIC.match(plain(sentence))
    if topic is None or _ADNOMINAL.search(topic["topic"]):
        return None
    return topic["topic"]


_OWN_TOPIC = lazy(r"^(?:[^\s]+의\s+|[^\s]+\s+)?(?P<topic>[^\s]+?)(?:은|는)\s")
"""`Hashtable은 …`, `백업 과정은 …`, `대부분의 의존관계는 …`: a sentence opening on a topic of
its own in its first words (`X은`/`X는`)."""
_ADNOMINAL = lazy(r"(?:하|되|있|없|않|같|많|적|좋|높|낮|작|넓|깊|짧|얕|어떤|이러|그러)$|^[가-힣]$")
"""A word before `은`/`는` that is no topic but a verb or adjective describing what follows
(`저장하는 전략`, `많은 데이터`), or a one-syllable stem (`쓰는`, `보는`)."""


def _says_alone(clause: str, after_opening: bool = False) -> bool:
    """Whether a clause says something alone: a few words, not an opening (`Typically`,
    `In Facebook's early days`) that leads into the clause after it, nor a Korean clause
    that ends joining the next (`매개변수를 블록에 저장하고`, `…넣어지고(push)`). The
    clause an opening leads into may start with a pronoun (`they paired on …`)."""
    words = ASIDE_END.sub("", plain(clause))
    if after_opening and _POINTING.match(words):
        words = _POINTING.sub("", words, count=1)
        return len(clause.split()) >= _MIN_CLAUSE_WORDS and not _JOINS_ON.search(words)
    return not _opens(clause) and not _JOINS_ON.search(words)


def _opens(clause: str) -> bool:
    """`Typically`, `In Facebook's early days`: words that open a sentence, leading into
    its main clause after the comma."""
    return len(clause.split()) < _MIN_CLAUSE_WORDS or bool(_CLAUSE_LEAD.match(plain(clause)))


_JOINS_ON = lazy(r"(?:[가-힣](고|며|면|서|나|지만|는데|으나|기에|므로)|[가-힣]\s때)$")
_JOINT = lazy(r"[가-힣](고|며|면|서|나|지만|는데|으나)\s")
"""`직렬화를 사용하면 객체의 …`: a Korean sentence joins its clauses by their endings, not
by commas; it has clauses to cut at, though none the gist can cut it at. A clause of a
reason or a time (`관리하기에,`, `변경할 때,`) leads into the one after it too."""


def closed(text: str) -> bool:
    """Whether a cut leaves no quote, bracket or bold mark open (`(e.g.` is no gist)."""
    return (
        text.count('"') % 2 == 0
        and text.count("**") % 2 == 0
        and text.count("`") % 2 == 0
        and text.count("(") == text.count(")")
        and text.count("[") == text.count("]")
    )
