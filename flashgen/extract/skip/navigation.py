"""Navigation: links to the top or the next page, pointers elsewhere, tables of contents,
lines that only link to another note."""

from __future__ import annotations

import re

from flashgen.extract.place import is_short_label
from flashgen.extract.skip.common import (
    LINK,
    LINK_ADDRESSES,
    WORD_CHARACTER,
    cut_from_lines,
    is_note_address,
    list_label,
    may_link,
    plain_words,
    reads,
    source_text,
)
from flashgen.extract.skip.plans import with_blocks_under
from flashgen.extract.skip.substance import is_reading_list
from flashgen.model import Section
from flashgen.patterns import any_of, lazy
from flashgen.syntax import Node
from flashgen.text import FENCE, HTML_TAG, LINK_ADDRESS, LINK_TEXT, plain_text

_NAVIGATION_WORDS = lazy(
    r"^(top|back|back to top|go to top|home|up|prev|previous|next|목차|목차로|위로|맨\s*위로|"
    r"처음으로|뒤로|뒤로\s*가기|돌아가기|이전|다음|이전\s*글|다음\s*글|홈|"
    # A lone link named for where it leads, not for what it says: `[참고자료](…)`.
    r"참고|참고\s*자료|참고\s*링크|출처|원문|링크|link|here|여기|source|reference|references|"
    r"ref|공식\s*문서|docs|documentation|read more|더\s*보기)$",
    re.IGNORECASE,
)


@reads("paragraph", "bullet_list", "ordered_list", "blockquote", links=True)
def is_navigation(block: Node) -> bool:
    """`[Top](#top)`, `[뒤로](../README.md)`, `<sup>[1부](#ref1)</sup>` lines, and lists of
    sibling notes (`> - [자바 클래스 로더](./java_class_loader.md) - 현재 포스트`)."""
    if block.type == "paragraph":
        return _is_navigation_line(block.children[0])
    if block.type in ("bullet_list", "ordered_list"):  # `- [이전 글](…)` / `- [다음 글](…)`
        return all(
            item.line is not None
            and not item.below
            and _is_navigation_line(item.line, anchors=False)
            for item in block.children
        )
    if block.type == "blockquote":
        return any(child.type != "heading" for child in block.children) and all(
            is_navigation(child) or is_reading_list(source_text(child))
            for child in block.children
            if child.type != "heading"
        )
    return False


POINTER = lazy(
    r"^\W*(see( also| more)?|for more|more (details|info|questions)|you can find|find more|"
    r"check out|read more|refer to|(more|further|additional|recommended) reading|"
    # `Links: [raft.github.io](…) (the visualization is great), …`: a label of links to read
    r"(useful |more )?links(?=\s*:)|read later(?=\s*:)|"
    r"자세한\s*(내용|설명)(은|는)|더\s*(많은|자세한)|관련\s*(글|내용)(은|는)?|"
    # `For the best samples and tips, check out this [guide](…).`: a purpose, then the page
    r"for (?!example\b|instance\b)[^,.?!]{0,100}, *(you (can|may|could) )?"
    r"(check out|see|read|refer to|head (over )?to|take a look at)|"
    # `If you want to learn how to write a résumé, I've written a [guide](…) …`
    r"if you('d| would)? (like|want|wish|are interested)\b[^,.?!]{0,120}, *"
    r"(I('ve| have) written|check out|see|read|refer to|head (over )?to|take a look at|"
    r"you (can|may|should) (read|check|refer|find|see|look))|"
    # `Once you learn about the basics, I highly recommend checking out … blogs. You can
    # refer to [them](…).`: reading advice, with the page to read it on
    r"((once|after|when) [^,.?!]{0,80}, *)?(I|we)('d| would)? (highly |strongly )?"
    r"recommend (checking out|reading|looking (at|into)|going through))\b|"
    # `먼저 [스택](…)을 읽자.`, `[스택](…)을 먼저 보고 오자.`: a note to read before this one
    r"^\W*(먼저\s+[^.!?\n]{0,60}?[을를]|[^.!?\n]{1,60}?[을를]\s*먼저)\s*(읽|보|참고|공부)|"
    # `Reference songs for these are on the [ear training](…) page.`, `… 는 [풀링](…) 글에
    # 있음`: where the rest is written, the line's whole say
    r"^[^.!?\n]{0,100}\b(is|are|lives?) (on|in) (the |my )?[^.!?\n]{1,40} (page|note)\.?$|"
    r"^[^.!?\n]{0,80}[은는]\s*[^.!?\n]{1,40}(글|노트|페이지)에\s*(있음|있다|정리(함|해\s*둠|했다))\.?$",
    re.IGNORECASE,
)


@reads("paragraph", "container_box", "admonition", "bullet_list", "ordered_list", links=True)
def is_pointer(block: Node) -> bool:
    """`See more questions in this [question bank](…).`, `You can find some samples under
    [Notebooks](…)`, `자세한 내용은 [위키](…)에서`: a line sending the student elsewhere; or
    a box holding only such lines (`:::info` / `Read more about … on [X](…)` / `:::`)."""
    if block.type == "paragraph":
        return _is_pointer_line(block.children[0])
    if block.type in ("container_box", "admonition"):
        said = [child for child in block.children if child.type != "admonition_title"]
        return bool(said) and all(is_pointer(child) for child in said)
    if block.type in ("bullet_list", "ordered_list"):
        return all(
            item.line is not None and not item.below and _is_pointer_line(item.line)
            for item in block.children
        )
    return False


def without_pointer_item(block: Node) -> Node:
    """A list less its last entry when that entry only sends the student elsewhere through
    a link (`- See [Cross-validation](cv.md) for how to estimate them.`, `- See also
    [[Bias]]`), as a line of its own after the list would: the entries before it are the
    answer, and read as they would without it. The list itself when there is none (most
    lists), or when that entry is all it holds (`is_pointer` judges that one). So for the
    run of entries that are only links closing a list of points (`- https://…` after the
    tips): a list of links alone is a reading list, which `is_pointer` and the reference
    rules judge."""
    items = block.children
    last = items[-1] if len(items) > 1 else None
    if last is None or last.below or last.line is None:
        return block
    if _is_pointer_line(last.line):
        return with_blocks_under(block, items[:-1])
    kept = len(items)
    while kept > 1 and _only_a_link(items[kept - 1]):
        kept -= 1  # `- https://…` closing a list of tips: where to read, no tip
    if kept == len(items) or _only_a_link(items[kept - 1]):
        return block
    return with_blocks_under(block, items[:kept])


def _only_a_link(item: Node) -> bool:
    """An item of one line that is only a link or an address (`- https://kentcdodds.com/…`,
    `- [MDN: inert](…)`): where to read more."""
    line = item.line
    if line is None or item.below or not may_link(line) or "\n" in line.content.strip():
        return False
    return _LINK_ALONE.fullmatch(line.content.strip()) is not None


_LINK_ALONE = lazy(
    rf"(?:\[[ xX]\][ \t]+)?(?:(?:→|->|=>)[ \t]*(?:[^:\[\]\n]{{1,30}}:[ \t]*)?)?"
    rf"(?:<?https?://\S+?>?|\[{LINK_TEXT}\]\({LINK_ADDRESS}\))"
)
"""A line that is a link and nothing more: an address, or a page's name linked to it, or an
arrow to it with what is there (`→ defenses: [[Defenses to Formation]]`), not `[Word
Break](…): a trie …`, which says what it teaches, nor `[ ] 다시 읽기`, a task."""


_TRAILING_POINTER = lazy(
    rf"(?<=[.!?)]) +(?:you can )?(?:see also|see more|read more|learn more|"
    rf"for more (?:details|information|info)|more (?:details|info) (?:on|at|in))\b"
    rf"[^\n]*?\[{LINK_TEXT}\]\({LINK_ADDRESS}\)[^\n\[]*$",
    re.IGNORECASE | re.MULTILINE,
)


_TRAILING_LINKED_POINTER = lazy(
    rf"(?<=[.!?)]) +(?:See|(?:Do )?[Cc]heck out|Refer to|Head over to|For more|"
    rf"You (?:may|can|could) (?:refer to|check out|read more|find more)|"
    # `For compensation data, check out [Levels.fyi](…).`: what to look up there, then where
    rf"For (?!example\b|instance\b)[^\n.!?,\[]{{1,40}}, (?:you (?:may|can|could) )?"
    rf"(?:check out|see|refer to|visit))"
    rf"\b[^\n.!?]*?"
    rf"\[{LINK_TEXT}\]\({LINK_ADDRESS}\)(?:[^\n\[.!?]|\[{LINK_TEXT}\]\({LINK_ADDRESS}\))*"
    rf"[.!]?[ \t]*$",
    re.MULTILINE,  # a capital starts the sentence: `… you can e.g. check out [X](…)` is one
)
"""`… opens almost any interview. See our advice in [Preparing a self introduction](…) and
a further dive [here](…).`, `… For more about this method, check out [this post](…).`, `Do
check out the section on [Trie](trie.md), which …`: a last sentence that sends the student to
a page through its link, which the card cannot follow."""
_IN_PARENTHESES = rf"(?:[^()\[\]]|\[{LINK_TEXT}\]\({LINK_ADDRESS}\))*\)"
_POINTER_IN_PARENTHESES = lazy(
    rf"(?<=[.!?])[ \t]*\(\s*(?i:for more|see|check out|refer to)\b{_IN_PARENTHESES}\.?(?=\s|$)|"
    rf"[ \t]+\((?:For more|See|Check out|Refer to)\b{_IN_PARENTHESES}(?=[ \t]*$)",
    re.MULTILINE,
)
"""`… the generic software system design. (For more insight on … you can e.g. check out
[Grokking …](…) and [System design primer](…).). However, …`, `- Clarify assumptions (Refer
to [algorithms cheatsheets](…) for common assumptions)`: a sentence in parentheses that sends
the student to pages elsewhere (through their links), after a sentence or closing a line.
Inside a sentence (`… nine methods (see [RFC 9110](…)).`) it cites where the claim is from."""
_SEEN_BELOW = lazy(
    r",?[ \t]+as (?:you|we)(?:'ll|’ll| will| shall) see below"
    r"(?:[ \t]+in[ \t]+[^.!?\n]{1,60}?)?(?=[.!?])|"
    r"[ \t]+\((?:more|further) (?:details|on (?:this|that|it))[^()\n]{0,30}? below\)"
)
"""`…, as you will see below in ML System Design Flow.`, `… (more details on this below).`:
a clause promising a part of the page the card does not hold."""


_MAY_POINT_IN_PARENTHESES = lazy(r"\(\s*(?:for more|see|check out|refer to)\b", re.IGNORECASE)


def _unless_unlinked(pointer: re.Match[str]) -> str:
    """Nothing for a pointer through a link; one naming no page (`(See the table of status
    codes.)`) may speak of what the card holds, and stays."""
    return "" if "](" in pointer[0] else pointer[0]


_LINK_OR_WORD = rf"(?:[^\n.!?\[]|\[{LINK_TEXT}\]\({LINK_ADDRESS}\))"
_TRAILING_OWN_WORK = lazy(
    rf"(?<=[.!?)]) +(?:(?:Hence|Also|So),? )?(?:I|We)(?:'ve|’ve| have)?(?: also)? "
    r"(?:wrote|written|shared|came up with|created|developed|prepared|collated|curated|built|"
    r"made|put together|have)\b"
    rf"{_LINK_OR_WORD}*?\[{LINK_TEXT}\]\({LINK_ADDRESS}\){_LINK_OR_WORD}*[.!]?[ \t]*$",
    re.MULTILINE,
)
"""`… stability should be a focus. I wrote more about [its culture in a blog post](…).`,
`We also have in-depth guides about [negotiation](./negotiation.md).`, `I came up with a
[personal study plan](…), which …`: a last sentence in which the writer points to a page of
their own, which the card cannot open."""
_TRAILING_SECTION_POINTER = lazy(
    r"(?<=[.!?)]) +(?:[Ss]ee|[Rr]efer to|More (?:on|about) (?:that|this|it|these|them) "
    r"(?:on|in|under|at)) (?:the )?"
    rf"(?:(?:[A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){{0,5}}|\[{LINK_TEXT}\]\(#[^)\s]*\)) )?"
    r"(?:(?:section|example|code|diagram|figure|image|table|snippet)s? )?(?:below|above)"
    r"(?: on [^.!?\n]{1,60})?[.!]?[ \t]*$",
    re.MULTILINE,
)
"""`… knowing what that signal is in advance. See Story Organization below.`, `See the
Thinking Defensively section below.`, `Refer to the section below on …`, `Refer to the
example below.`, `More on that on the [Transfers](#transfers) section below.`: a last
sentence that points to another part of the page, which the card does not hold or holds
without being pointed to."""
_SECTION_POINTER_CLAUSE = lazy(
    r"[ \t]+(?:[—–][ \t]*|\()(?:[Ss]ee|[Rr]efer to|[Cc]f\.) (?:the )?"
    rf"\[{LINK_TEXT}\]\(#[^)\s]*\) (?:section )?(?:below|above)"
    rf"(?:,? and (?:the )?\[{LINK_TEXT}\]\({LINK_ADDRESS}\))?\)?(?=[.!]?[ \t]*$)",
    re.MULTILINE,
)
"""`… applies, but with a GenAI lens — see [§ GenAI design](#genai-design) below and the
[Agents repo](https://…).`: the clause closing a line's last sentence that points to a
section of the page (and a page elsewhere), which the card does not show; the sentence
before it stands."""
_PRACTICE_LINK = (
    rf"\[{LINK_TEXT}\]\([^)\s]*/(?:problems?|problemset|problem-list|challenges)/[^)\s]*\)"
)
"""`[Two Sum](https://…/problems/two-sum/)`: a link to a problem on a judge's site."""
_PRACTICE_LINKS = lazy(
    r"(?<=[.!?)])[ \t]+(?:Examples?|Example (?:problems|questions)|Practice(?: problems)?)[ \t]*:"
    rf"[ \t]*{_PRACTICE_LINK}(?:[ \t]*(?:,|,? and)[ \t]*{_PRACTICE_LINK})*[.]?[ \t]*$",
    re.MULTILINE,
)
"""`… merge two sorted arrays. Examples: [Merge Sorted Array](https://…/problems/…/)`: after
a sentence, links to practice problems on a judge's site, which the card cannot open; what
they are examples of is said before them."""
_HERE_IS_A_LINK = lazy(
    r"(?:^|(?<=[.!?)])[ \t]+)Here(?:'s|’s| is| are) (?:an? |some |the |this )?"
    r"(?:(?:nice|great|good|helpful|useful|short|quick|cool|excellent|interactive|visual) )*"
    rf"\[{LINK_TEXT}\]\({LINK_ADDRESS}\)[.!]?[ \t]*$",
    re.MULTILINE,
)
"""`Here's a [nice visualization](https://…).`: a last sentence whose only news is a link,
the picture or page it names not on the card."""
_TRAILING_FOUND_AT = lazy(
    rf"(?<=[.!?)]) +[A-Z][^\n.!?\[]*? (?:can|could|may) be found (?:on|in|at|under) "
    rf"{_LINK_OR_WORD}*?\[{LINK_TEXT}\]\({LINK_ADDRESS}\){_LINK_OR_WORD}*[.!]?[ \t]*$",
    re.MULTILINE,
)
"""`… over a sorted array. Problems that need the array sorted first can be found in the
[sorting notes](./sorting.md).`: a last sentence saying where more is, through a link the
card cannot follow."""


_TRAILING_ARROW_LINK = lazy(
    r"(?<=[.!?다])[ \t]*\(?"  # after a sentence: not after a label (`참고) - [X](…)`)
    r"(?:(?:→|->|=>|⇒|☞|👉|[-–])|(?:참조|참고|관련 ?(?:정보|글|내용|링크))[ \t]*[:：\-–]?)"
    rf"[ \t]*\[{LINK_TEXT}\]\({LINK_ADDRESS}\)"
    rf"(?:[ \t]*[-–,/|·][ \t]*\[{LINK_TEXT}\]\({LINK_ADDRESS}\))*[ \t]*\)?[ \t]*$",
    re.MULTILINE,
)
"""`… 검색에 강한 클래스다. → [트리란?](…) - [작성자](…)`, `… 가 된다. 참조 - [진법
변환](…)`, `… 한다. (관련 정보 - [비교 가이드](…))`: after a sentence, an arrow or a
`참조` to another page (and who wrote it), which the card cannot follow; a line that is
only such links is judged as a block."""
_QUOTED_POINTER = lazy(
    r"^[ \t]*>[ \t]*(?:Read|See|Check out|Refer to|For more|자세한 (?:정보|내용|설명)(?:은|는))"
    r"[^\n]*\]\([^\n]*$\n?",
    re.MULTILINE,
)
"""`  > Read advice and [sample closing questions](./closing.md).` under an item, `> 자세한
내용은 [강의 노트](…)를 보면 된다.`: a quoted line sending the student to a
page, which the card cannot follow."""
_UNLINKED_POINTER = (
    r"(?:[Ss]ee|[Rr]efer to|[Cc]heck(?: out)?) [^\n.!?]{1,60}? for (?:more|further) "
    r"(?:info|information|details|examples)\b[.!]?[ \t]*$"
)
_UNLINKED_POINTER_LINE = lazy(
    rf"^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?{_UNLINKED_POINTER}\n?", re.MULTILINE
)
_UNLINKED_POINTER_SENTENCE = lazy(rf"(?<=[.!?])[ \t]+{_UNLINKED_POINTER}", re.MULTILINE)
"""`- See Routing Protocols for more info`: a line (or a line's last sentence) sending the
student to another note, its link gone as the note was read (`See [[Routing Protocols]]
…`); the card cannot follow it."""


def without_trailing_pointers(answer: str) -> str:
    """`… book them. Read more about [mock interview platforms](./mock-interviews.md).` →
    `… book them.`: a last sentence of a line that only sends the student to another page
    (or to a section below), which a card cannot follow, goes; the sentences before it are
    the answer. A line that is only such a sentence is no pointer of an answer's, and stays
    (`is_pointer` judges it as a block)."""
    if "](" in answer:
        answer = _TRAILING_LINKED_POINTER.sub("", _TRAILING_POINTER.sub("", answer))
        if _MAY_POINT_IN_PARENTHESES.search(answer):  # what a pointer in parentheses needs
            answer = _POINTER_IN_PARENTHESES.sub(_unless_unlinked, answer)
        answer = _TRAILING_ARROW_LINK.sub("", answer)
        if ">" in answer:
            answer = _QUOTED_POINTER.sub("", answer).rstrip("\n")
        # The writer speaking of a page of their own: `… I wrote …`, `… We also have …`
        if " be found " in answer:
            answer = _TRAILING_FOUND_AT.sub("", answer)
        if " I " in answer or " I'" in answer or " I’" in answer or " We " in answer:
            answer = _TRAILING_OWN_WORK.sub("", answer)
    if " below" in answer or " above" in answer:  # what a pointer to a section needs
        answer = _TRAILING_SECTION_POINTER.sub("", answer)
        if " see below" in answer or " below)" in answer:
            answer = _SEEN_BELOW.sub("", answer)
        if "](#" in answer:
            answer = _SECTION_POINTER_CLAUSE.sub("", answer)
    if "](" in answer and ("Here" in answer or "xample" in answer or "ractice" in answer):
        answer = _without_practice_links(answer)  # what each of them needs
    if "following" in answer[-200:]:  # what a last line leading into a list needs
        answer = _LEADS_INTO_NOTHING.sub("", answer)
    if "](" in answer and ("추천" in answer or "대체" in answer or "수 있" in answer):
        answer = _without_korean_pointers(answer)  # what each of them needs
    if "참" in answer[-40:]:  # what a last paragraph sending the student to a page needs
        answer = _LAST_PARAGRAPH_REFERS.sub("", answer)
    if " for more " in answer or " for further " in answer:
        answer = _UNLINKED_POINTER_LINE.sub("", answer).rstrip("\n")
        answer = _UNLINKED_POINTER_SENTENCE.sub("", answer)
    if answer.endswith(")"):  # what a last item linking a note needs
        answer = _without_last_note_item(answer)
    if _MAY_POINT_BELOW.search(answer):
        answer = _without_pointers_below(answer)  # what each of them needs
    return _without_closing_pointer(answer)


def _note_link(name: str) -> str:
    """A Markdown link whose address is captured as the group `name`."""
    return rf"\[{LINK_TEXT}\]\((?P<{name}>{LINK_ADDRESS})\)"


_NOTE_LINK = _note_link("note")


_POINTER_LABEL = lazy(
    r"^[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+)?\(?(?:"
    r"(?P<colon>see also|more|related(?: notes?| pages?)?|further reading|prereq(?:uisites?)?|"
    r"관련(?:[ \t]*(?:노트|문서|글))?|같이[ \t]*보기|함께[ \t]*보기|"
    r"(?P<ko_see>참고(?:[ \t]*자료)?))"
    r"[ \t]*[:：]|"
    r"(?P<bare>see(?: also)?|more (?:in|on|at)|details (?:in|on|at)))[ \t]+",
    re.IGNORECASE,
)
"""`See also [[MVCC]]`, `More in [sorting](sorting.md).`, `Related: Heaps, Tries`, `참고: 공룡책
8장, https://…`, `Further reading: MDN …`: a line opening on a word that sends the student
elsewhere; what follows it decides (`_only_references`)."""
_REFERENCE_SPLIT = lazy(r"[ \t]*(?:[,;·|]|[ \t]/[ \t])[ \t]*")
_REFERENCE_ASIDE = lazy(r'\([^()\n]*\)|"[^"\n]*"|“[^”\n]*”|「[^」\n]*」|『[^』\n]*』')
_A_LINK = lazy(rf"^(?:!?{_NOTE_LINK}|<?https?://\S+?>?)$")
_ANY_LINK = lazy(rf"{_NOTE_LINK}|https?://")
_BOOK_SIGN = lazy(r"\d+[ \t]*장|[「『]|\bp\.[ \t]*\d|\bch(?:apter|\.)[ \t]*\d", re.IGNORECASE)
_KOREAN_PREDICATE = lazy(r"(?:다|요|함|음|됨|임|있음|없음)[.!]?$")
_MAX_REFERENCE_WORDS = 7


def _only_references(rest: str, korean: bool, words: int = _MAX_REFERENCE_WORDS) -> bool:
    """Whether what follows a pointer's label only names where to look: links, addresses,
    a note's heading (`Transformer › Residuals`), books and chapters, or short names each
    (with a word in parentheses beside them), never a sentence of its own
    (`Related: Cross-validation is how we estimate …` teaches, and stays)."""
    rest = rest.strip().rstrip(".")
    if not rest:
        return False
    if korean and not (_ANY_LINK.search(rest) or _BOOK_SIGN.search(rest)):
        return False  # `참고: 대부분의 RDBMS는 …`: a remark, not where to read
    for piece in _REFERENCE_SPLIT.split(rest):
        piece = piece.strip().rstrip(".")
        if not piece or _A_LINK.match(piece):
            continue
        named = _REFERENCE_ASIDE.sub(" ", LINK.sub(" ", piece)).strip()
        if _KOREAN_PREDICATE.search(named) or len(named.split()) > words:
            return False
    return True


def names_only_references(text: str) -> bool:
    """Whether a line under a reference list's label only names where to look
    (`_only_references`): links, addresses, books and chapters, or names each, a course's
    or a book's title too (`실전! 스프링 부트와 JPA 활용2 - OSIV와 성능 최적화`)."""
    return _only_references(text, korean=False, words=_MAX_TITLE_WORDS)


_MAX_TITLE_WORDS = 12


_CLOSING_NOTE_CLAUSE = lazy(
    # `… small files ([[Parquet vs CSV#주의할 점]])`: a note link alone in parentheses
    rf"[ \t]*\((?:see |cf\.? |→[ \t]*|->[ \t]*)?{_note_link('alone')}\)(?P<end>\.?)[ \t]*$|"
    # `(and re-calibrate after, see [metrics](…))`, `…, see [[Transformer#Residuals]]`
    rf"[ \t]*(?:[,;—–]|[ \t]-)[ \t]*(?:see|cf\.)(?: also)? {_note_link('seen')}"
    r"(?P<close>\)?\.?)[ \t]*$|"
    # `… 보정 필요 → [[Calibration]]`, `泳ぐのが好きです → [L8](<Genki log.md>)`
    rf"(?<=\S)[ \t]*(?:→|->|=>)[ \t]*{_note_link('arrow')}"
    r"[ \t]*(?:에서[ \t]*(?:따로[ \t]*)?정리)?\.?[ \t]*$",
    re.IGNORECASE,
)
"""A clause closing a line that only points to another note of the collection through its
link; the words before it on the line stay."""
_ARROW_LINE = lazy(
    r"^[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+)?(?:(?P<name>[^\n:→]{1,30}?)[ \t]*)?(?:→|->|=>)[ \t]*"
    rf"(?:[^\n\[→]{{1,30}}?[은는][ \t]*)?{_NOTE_LINK}"
    r"[ \t]*(?:에서[ \t]*(?:따로[ \t]*)?정리(?:함|했다)?)?\.?[ \t]*$"
)
"""`→ [N+1 문제](./n-plus-one.md) 에서 따로 정리`, `→ 락 종류는 [MySQL 락](./lock.md)`, `> →
[[TCP 혼잡 제어]]`, `- 정규화 → [정규화 노트](…)`: a line that is an arrow to another note, at
most after a bare name of what is there."""
_MAX_ARROW_NAME_WORDS = 3


def _without_closing_pointer(answer: str) -> str:
    """The answer less the pointer its last line is or closes on (see the patterns above),
    which sends the student to another note or page the card cannot open: a line opening
    on `See also`, `More in`, `Related:`, `참고:` over only where to look; an arrow to a
    note; a note's link in parentheses or after `, see`. The words before a closing clause
    stay; a line that was only a pointer goes. Code is left as written."""
    for _ in range(_MAX_CLOSING_POINTERS):
        trimmed = _without_last_pointer(answer)
        if trimmed == answer:
            break
        answer = trimmed
    return answer


_MAX_CLOSING_POINTERS = 3
"""A back may close on a few pointers, one under the other (`- … see [[Transformer]]` over
`Related: [[Regularization]]`); more than that is a list of them, judged as a block."""


def _without_last_pointer(answer: str) -> str:
    trimmed = answer.rstrip()
    start = trimmed.rfind("\n") + 1
    last = trimmed[start:]
    if "```" in last or "~~~" in last or not last.strip() or last.lstrip().startswith("|"):
        return answer
    if "](" not in last and last.lstrip(_BEFORE_LABEL)[:1] not in _LABEL_FIRST:
        return answer  # most last lines: no link, and no word of a pointer's label first
    kept = _closing_pointer_cut(last, is_entry=bool(start) and bool(_ENTRY.match(last)))
    if kept == last:
        return answer
    head = trimmed[:start].rstrip()
    if not kept.strip(" \t>-*+"):
        return head
    return f"{head}\n{kept}" if head else kept


_ENTRY = lazy(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]")
_BEFORE_LABEL = " \t>-*+("
"""What `_POINTER_LABEL` reads before its word: spaces, a quote's and an item's marks, `(`."""
_LABEL_FIRST = frozenset("sSſmMrRfFpPdD관같함참")
"""The first letter of each word `_POINTER_LABEL` opens on, in either case (`ſ` is an `s`
to a pattern ignoring case): a line opening on any other is no pointer's label."""


def _closing_pointer_cut(line: str, is_entry: bool) -> str:
    label = _POINTER_LABEL.match(line)
    if label is not None:
        rest = line[label.end() :].rstrip()
        if label["bare"]:  # `See [[X]]`, `More in X › Y`: a note, a heading or a page named
            if _A_LINK.match(rest.rstrip(".")) or (" › " in rest and "." not in rest[:-1]):
                return ""
        elif _only_references(rest, korean=bool(label["ko_see"])):
            return ""
    if "](" not in line:
        return line
    arrow = _ARROW_LINE.match(line)
    if arrow is not None and is_note_address(arrow["note"]):
        name = arrow["name"]
        if name is None or (is_entry and len(name.split()) <= _MAX_ARROW_NAME_WORDS):
            return ""  # `- 정규화 → [정규화 노트](…)` among entries: where it is told
    clause = _CLOSING_NOTE_CLAUSE.search(line)
    note = clause and (clause["alone"] or clause["seen"] or clause["arrow"])
    if clause is None or not note or not is_note_address(note):
        return line
    kept = line[: clause.start()].rstrip()
    if not kept.strip(" \t>-*+("):
        return ""
    return kept + (clause["close"] or clause["end"] or "")


def _without_practice_links(answer: str) -> str:
    """The answer less the links to practice problems after a line's last sentence
    (`_PRACTICE_LINKS`), then less a last sentence that only hands a link
    (`_HERE_IS_A_LINK`, which those links may have followed); a line left empty goes with
    the blank line after it."""
    return cut_from_lines(answer, _line_without_practice_links)


def _line_without_practice_links(line: str) -> str:
    if "](" not in line:
        return line
    return _HERE_IS_A_LINK.sub("", _PRACTICE_LINKS.sub("", line))


_POINTS_ELSEWHERE = lazy(
    r"^[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+)?\(?"
    r"(?:[^\n]{0,60}?(?:(?:아래|밑)[ \t]*(?:의[ \t]*)?링크(?![ \t]*계층)|"
    r"자세한[ \t]*(?:내용|설명)(?:은|는)[ \t]*(?:다음[ \t]*(?:장|글|편|포스트)|나중에|추후|이후))|"
    r"More (?:details|info|information)(?: (?:on|about|in|at)\b| *\[)|"
    r"(?:[Ss]ee|[Cc]heck(?: out)?|[Rr]efer to|[Vv]isit|[Ff]ollow|[Rr]ead)\b[^\n]{0,40}?"
    r"\bthe links? below\b)"
    rf"(?:[^\n]{{0,80}}|[^\n]{{0,80}}\]\({LINK_ADDRESS}\)[^\n]{{0,40}})$"
)
"""`자세한 설명은 아래의 링크에서 볼 수 있다.`, `그 외 명령어들은 아래 링크를 참고하여 주시길
바랍니다.`, `> 자세한 내용은 다음 장 L4/L7스위치 참조`, `(자세한 내용은 나중에 … 정리하도록
하겠다.)`, `- More details on harmful content classification`, `* More info [here](…)`: a
line whose only news is that more stands elsewhere, on a page the card cannot open or in a
chapter it does not hold."""
_ONLY_LINKS = lazy(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:👉|☞|→|->|=>)?[ \t]*"
    rf"(?:(?:!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\({LINK_ADDRESS}\)|<?https?://\S+?>?)[ \t]*)+$"
)
"""`👉 [[자료구조] Red-Black 트리](…)`, `- https://…`, `![… 페이지](…/java_stream_api.md)`: a
line of links (or a picture of a page) and nothing else, where the line before pointed."""
_ONE_SENTENCE = r"(?:[^\n.!?]|[.!?](?=\S))*?"  # `HTTP/1.1` ends no sentence
_LOOKS_BACK = lazy(
    r"^[ \t]*(?:(?P<quoted>>)[ \t]*)?(?:[-*+][ \t]+)?(?!\W*(?:다음|아래))"
    rf"{_ONE_SENTENCE}"
    r"(?:(?P<covered>(?:알아|살펴)[ \t]?(?:봤|보았)|다뤘|다루었|"
    r"정리(?:했|하였|해[ \t]?(?:봤|보았))|에[ \t]?대해(?:서)?[ \t]?언급(?:했|하였))"
    r"|(?:이)?[라다]고[ \t]?(?:했|하였))(?:었)?(?:다|습니다)[.!]?[ \t]*(?:<br\s*/?>)?[ \t]*$"
    r"|^[ \t]*(?:[-*+][ \t]+)?So far,? (?:we|I)(?:'ve|’ve| have) (?:covered|looked at|seen|"
    r"discussed|gone over|learned about)\b[^\n.!?]*[.!]?[ \t]*$"
)
"""`1부에서 트랜잭션의 개념에 대해서 알아봤다.`, `지금까지 … 2번 과정까지 살펴봤다.`, `* 위의 면접
문제를 단계별로 나누어 정리했다.`, `앞 장의 … 예시에서 더티 리드에 대해서 언급했다.`, `So far we
have covered …`: a line of one sentence in which the writer looks back on what the page
covered, or on how it was written; it names a topic and teaches nothing of it. Not `다음은 …
용어들을 정리했다.`, which leads into what follows. A line recalling what the note said
(`…(이)라고 했다.`) only when set apart in a quote as a reminder (`> 회복 가능한 속성이
Recoverability이라고 했다.`): in running text it may be what the next sentence explains
(`… 지정해준다고 하였다. 즉, …`) or quote someone."""


_HOW_WRITTEN = lazy(
    rf"^[ \t]*(?:[-*+][ \t]+)?{_ONE_SENTENCE}(?:답안|풀이|답|코드|예제|예시)(?:은|는|도)[ \t]"
    r"(?:모두[ \t]|전부[ \t])?[^\n.!?]{0,30}?(?:으로|로)[ \t]?(?:구현|작성)(?:했|하였)"
    r"(?:다|습니다)[.!]?[ \t]*$"
)
"""`자바나 C# 같은 언어에서는 … 거의 없기 때문에 답안은 모두 C로 구현했다.`: a line of one
sentence in which the writer says in what they wrote the page's answers or code; it says
how the page was made, not what it teaches."""


def _looks_back(line: str) -> bool:
    """Whether a line only looks back on the page (`_LOOKS_BACK`) or says how the writer
    wrote its answers (`_HOW_WRITTEN`)."""
    if ("구현" in line or "작성" in line) and _HOW_WRITTEN.match(line):
        return True
    back = _LOOKS_BACK.match(line)
    return back is not None and bool(back["covered"] or back["quoted"] or "So far" in line)


_LOOKING_BACK = (
    "봤", "보았", "다뤘", "다루었", "정리했", "언급했", "언급하였", "정리하였", "구현했",
    "구현하였", "작성했", "작성하였", "고 했", "고했", "고 하였", "고하였", "So far",
)  # fmt: skip
"""A word each `_LOOKS_BACK` line ends on."""
_MAY_POINT_BELOW = lazy(any_of(("링크", "자세한", "More ", "below", *_LOOKING_BACK)))
"""What a line `_without_pointers_below` drops needs (`_POINTS_ELSEWHERE` or `_LOOKS_BACK`):
looked for at once, a character of an answer read once (patterns.any_of)."""


def _without_pointers_below(answer: str) -> str:
    """The answer less each `_POINTS_ELSEWHERE` line and the lines of only links right under
    it (blank lines between them aside), and the blank line either left doubled; and less
    each line looking back on the page (`_LOOKS_BACK`), the same way."""
    kept: list[str] = []
    pointed = dropped = False  # the last line not blank pointed elsewhere; any line went
    lines = answer.split("\n")
    for at, line in enumerate(lines):
        if not line.strip():
            # the blank line before a line that went, and after it, are one
            if not (pointed and kept and not kept[-1].strip()):
                kept.append(line)
            continue
        if pointed and _ONLY_LINKS.match(line):
            continue
        points = bool(_POINTS_ELSEWHERE.match(line) or _looks_back(line))
        pointed = points and not _has_items_under(lines, at)
        if pointed:
            dropped = True
        else:
            kept.append(line)
    return "\n".join(kept).strip("\n") if dropped else answer


def _has_items_under(lines: list[str], at: int) -> bool:
    """Whether the next line written is indented under line `at`: a label over its items
    (`- More details on caching` over `- LRU`) says more than where more is."""
    indent = len(lines[at]) - len(lines[at].lstrip())
    below = next((line for line in lines[at + 1 :] if line.strip()), "")
    return len(below) - len(below.lstrip()) > indent


_NOTE_ITEM = lazy(rf"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[{LINK_TEXT}\]\(\s*({LINK_ADDRESS})\)[ \t]*$")


def _without_last_note_item(answer: str) -> str:
    """`- Decision factors: … / - [Popular NN architectures](./popular-archs.md)` → the last
    item goes: a list's last entry that only links to another note names where more is, not
    what the answer holds. Among other such entries it is a list of notes, and stays whole."""
    head, _, last = answer.rpartition("\n")
    item = _NOTE_ITEM.match(last)
    if not head.strip() or item is None or not is_note_address(item[1]):
        return answer
    before = head.rstrip().rpartition("\n")[2]
    if _NOTE_ITEM.match(before):
        return answer
    return head.rstrip()


_KOREAN_POINTER = lazy(
    rf"(?:^[ \t]*|(?<=[.!?])[ \t]+){_LINK_OR_WORD}*?\[{LINK_TEXT}\]\((?!#){LINK_ADDRESS}\)"
    rf"{_LINK_OR_WORD}*?"
    r"(?:(?:읽어|살펴|확인해|참고해|찾아) ?보는 ?(?:것을|걸) 추천(?:한다|합니다|해요)|"
    r"(?:으로|로) 대체하(?:도록 하)?(?:겠다|겠습니다)|"
    r"에서 (?:확인할|확인하실|볼|보실) 수 있(?:다|습니다|어요)|"
    r"클릭(?:하여|하면|해서|해 ?보면|하시면)[^\n.!?]{0,80}?(?:알|볼|확인할|확인하실|보실) 수 "
    r"있(?:다|습니다|어요))"
    r"\.?[ \t]*$",
    re.MULTILINE,
)
"""`… 보다 자세한 정보는 [블로그](…)에 설명되어 있으니 읽어보는 것을 추천한다.`, `각 시나리오의
자세한 내용은 [MDN](…) 에서 확인할 수 있다.`, `아래 네가지의 설명은 [블로그 링크](…)로
대체하도록 하겠다.`, `[TLB](…)를 클릭하면 TLB에 대해 볼 수 있다.`: a sentence
sending the student to a page through its link, which the card cannot follow, wherever it
ends a line."""


def _without_korean_pointers(answer: str) -> str:
    """The answer less each `_KOREAN_POINTER` sentence; a paragraph that was only one goes
    with the blank line after it."""
    return cut_from_lines(answer, _line_without_korean_pointer)


def _line_without_korean_pointer(line: str) -> str:
    return _KOREAN_POINTER.sub("", line) if "](" in line else line


_LAST_PARAGRAPH_REFERS = lazy(
    r"(?:\s*<br\s*/?>)*\s*\n[ \t]*\n"  # a paragraph of its own, after the answer's last
    r"[^\n]{0,300}\]\([^\n]{0,300}참[고조]\s*(?:하|해|바라|바랍)[^\n]{0,20}[ \t]*\Z"
)
"""`보안과 관련되서는 [… 블로그 - [시큐어코딩] 쿠키 및 세션관리](…) 를 참조해봐도 좋을 것
같다.` as the last paragraph of an answer: a page to read, through a link the card cannot
follow, after the answer itself. The `<br/>` spacing it leaves behind goes with it."""


_LEADS_INTO_NOTHING = lazy(
    r"(?<=[.!?)]) +[^.!?\n]*\bthe following (?:resources|links|courses|books|articles|"
    r"videos|materials|sites|websites|guides)\b[^.!?\n]*[.:!]?[ \t]*\Z",
    re.IGNORECASE,
)
"""`… review your notes from courses. In particular, I found the following resources pretty
helpful.` at the very end of an answer: a sentence leading into a list the card does not
hold (it went as a reading list, or stands under the next heading)."""


def _is_pointer_line(inline: Node) -> bool:
    content = inline.content
    if not may_link(inline) or "\n" in content.strip():
        return False  # no link, or more than a line: most, before the line's tokens
    # Its words first, then its links: most lines that link send the student nowhere.
    return bool(POINTER.match(plain_text(inline))) and (
        "://" in content or any(node.type == "link" for node in inline.walk())
    )


def _may_hold_link(content: str) -> bool:
    """Whether a line's tokens can hold a link: a `[` that opens no picture (`![`), an
    autolink's `<`, or a `\\` that may keep a `!` from opening one. A line of pictures only
    (`![](…)`) holds none."""
    return "[" in content.replace("![", "") or "<" in content or "\\" in content


def _is_navigation_line(inline: Node, anchors: bool = True) -> bool:
    """Links and nothing else, each into the page (when `anchors`) or named `Top`, `뒤로`, …"""
    if not may_link(inline):
        return False
    words = LINK.sub(" ", HTML_TAG.sub(" ", inline.content))
    if re.search(r"\w", words.replace("|", " ")) or not _may_hold_link(inline.content):
        return False  # read before the line's tokens, which cost more to make
    links = [node for node in inline.walk() if node.type == "link"]
    return bool(links) and all(
        (anchors and str(link.attrs.get("href", "")).startswith("#"))
        or _NAVIGATION_WORDS.match(plain_text(link))
        for link in links
    )


@reads("table", "bullet_list", "ordered_list", links=True)
def is_table_of_contents(block: Node) -> bool:
    """A list whose entries are all links into the same page, under at most a label; or a
    table whose cells are such links (`| 1. [Formula](#1-the-formula) |`)."""
    if block.type == "table":
        cells = list(block.inlines())
        return _has_anchor_link(block) and all(
            not re.search(r"\w", _NUMBERING.sub("", LINK.sub(" ", cell.content))) for cell in cells
        )
    if block.type not in ("bullet_list", "ordered_list"):
        return False
    return all(map(is_toc_entry, block.children)) and _has_anchor_link(block)


_NUMBERING = lazy(r"^\s*\d+[.)]?")


def is_toc_entry(item: Node) -> bool:
    text, rest = item.line, item.below
    if rest and any(child.type not in ("bullet_list", "ordered_list") for child in rest):
        return False
    if text is None:
        entry = bool(rest)
    else:
        entry = _is_anchor_link_only(text) or (bool(rest) and is_short_label(plain_text(text)))
    # The item's own line first: it is cheaper to read than the lists under it.
    return entry and all(map(is_table_of_contents, rest))


_ANCHOR_LINK_LINE = lazy(r"\[[^\[\]\\`<>\n]+\]\(#[^\s()<>\\\x00-\x1f\x7f]*\)")
"""`[SQS 특징](#sqs-특징)` alone on its line, in the plainest form (no brackets, code, HTML or
escapes in its text; no space, bracket or control character in its address): one link into
the page, as the line's tokens would show. Every entry of a table of contents is written
so, and reading a line's tokens costs far more than this look at it."""
_SHORT_LINE = 1_000
"""Within fast_render.MOST_MARKS: a longer line's tokens may be plain text, not a link."""


def _is_anchor_link_only(inline: Node) -> bool:
    content = inline.content
    if "[" not in content:
        return False  # a link into the page is written `[text](#anchor)` or `[text][ref]`
    if len(content) <= _SHORT_LINE and _ANCHOR_LINK_LINE.fullmatch(content):
        return True
    links = [c for c in inline.children if c.type == "link"]
    others = [
        c
        for c in inline.children
        if c.type != "link" and not (c.type == "text" and not c.content.strip())
    ]
    return len(links) == 1 and not others and str(links[0].attrs.get("href", "")).startswith("#")


def _has_anchor_link(node: Node) -> bool:
    return any(
        (len(inline.content) <= _SHORT_LINE and _ANCHOR_LINK_LINE.fullmatch(inline.content))
        or any(
            n.type == "link" and str(n.attrs.get("href", "")).startswith("#")
            for n in inline.walk(include_self=False)
        )
        for inline in node.inlines()
        if "[" in inline.content  # `[text](#anchor)`, `[text][ref]`: no `<url>` is an anchor
    )


_SHORTCODE = lazy(r":[a-z0-9_+-]+:")
"""`:arrow_forward:`: an emoji, written as GitHub's shortcode."""


@reads("paragraph", links=True)
def is_note_link(block: Node) -> bool:
    """A line that is only links to other notes (`:arrow_forward: [답변 내용](/contents/os.md)`):
    where the answer is, not the answer. So is a breadcrumb (`Part of [Statistics
    MOC](<Statistics MOC.md>) → resampling. Used in [Bagging](<Bagging.md>).`)."""
    if block.type != "paragraph" or "](" not in block.children[0].content:
        return False
    content = block.children[0].content
    if (breadcrumb := _BREADCRUMB.match(content)) is not None:
        return _is_breadcrumb(content, breadcrumb["address"])
    links = [link[2] for link in LINK_ADDRESSES.finditer(content)]
    return (
        bool(links)
        and all(is_note_address(address) for address in links)
        and not WORD_CHARACTER.search(
            _SHORTCODE.sub(" ", LINK.sub(" ", HTML_TAG.sub(" ", content)))
        )
    )


_BREADCRUMB = lazy(
    rf"^[ \t]*(?:(?:part of|up|parent|back to|moc)[ \t]*:?|[←↑⬆]|⬅️?)[ \t]*\[{LINK_TEXT}\]"
    rf"\((?P<address>{LINK_ADDRESS})\)",
    re.IGNORECASE,
)
_BREADCRUMB_SENTENCE = lazy(r"(?<=[.!?])\s+")
_MAX_BREADCRUMB = 200


def _is_breadcrumb(content: str, address: str) -> bool:
    """`Part of [X](<X.md>) → deep learning. Used in [Y](<Y.md>).`, `Up: [X](<X.md>)`: a
    short line placing the note among the others (its first link to `address`), each
    sentence linking one of them."""
    return (
        len(content) <= _MAX_BREADCRUMB
        and is_note_address(address)
        and all(
            any(is_note_address(link[2]) for link in LINK_ADDRESSES.finditer(sentence))
            for sentence in _BREADCRUMB_SENTENCE.split(content.strip())
        )
    )


_PRESENTS_A_LINK = lazy(
    rf"^\W*here(?:'s|’s| is| are) (?:(?:a|an|the|my|our) )?\[{LINK_TEXT}\]\({LINK_ADDRESS}\)",
    re.IGNORECASE,
)


def presents_a_linked_page(section: Section) -> bool:
    """`Here is [list of around 10 techniques](./techniques.md) to …` over a line on what
    those techniques are good for: a section's own text that presents a page elsewhere,
    through its link, and then speaks of what that page holds, which the card does not.
    Prose only: a list, table or code of its own is what it presents, and stays."""
    blocks = section.blocks
    if not blocks or blocks[0].type != "paragraph":
        return False
    first = blocks[0].children[0].content
    return (
        first[:12].lower().lstrip(" *_").startswith("here")
        and bool(_PRESENTS_A_LINK.match(first))
        and all(block.type == "paragraph" for block in blocks)
    )


_RELATED = lazy(
    r"^[ \t]*(?:관련(?:[ \t]*(?:노트|문서))?|related(?:[ \t]+(?:notes?|pages?))?|"
    r"(?:이전|다음)[ \t]*(?:글|포스트)|(?:previous|prev|next)[ \t]+(?:post|note|page|article))"
    r"[ \t]*[:：]",
    re.IGNORECASE,
)
_MAX_RELATED = 300


@reads("paragraph", links=True)
def is_related_notes(block: Node) -> bool:
    """`관련: [[Spark MOC]], [[2024-05-14]] (튜닝한 날)`, `Related: [[Heaps]]`, `이전 글: [데이터
    모델링 & 엔터티](…)`, `Next post: […](…)`, a line or two
    naming the notes this one belongs with, the writer's word on them beside (`← 링크 안 됨`
    / `→ [영속성 컨텍스트](…)`): where else to look, not what to learn. Each line after the
    first is another pointer (`→ …`) or holds a link; a link to a note not in the folder may
    be left as its bare name on the first line."""
    if block.type != "paragraph":
        return False
    content = block.children[0].content
    if len(content) > _MAX_RELATED or not _RELATED.match(content):
        return False  # most paragraphs, at their first words
    if "](" not in content and "[[" not in content:
        return False
    rest = content.strip().split("\n")[1:]
    return all(
        line.lstrip().startswith(("→", "->", "←")) or "](" in line or "[[" in line for line in rest
    )


_NEIGHBOUR_BREAK = lazy(r"\s+[|·•]\s+")
_NEIGHBOUR_WORDS = 4
"""Words beside a link in a line of neighbouring notes: `before:`, `theory in`, `QR version
in`; more say something of their own."""
_SAYS = lazy(r"[.!?;]\s|[.!?]$")


@reads("paragraph", links=True)
def is_note_neighbours(block: Node) -> bool:
    """`[Linear Algebra MOC](…) | before: [Four Fundamental Subspaces](…) | after: [Least
    Squares](…)`, `[MOC](…) · theory in [Orthogonality](…) · QR version in [QR](…)` (a
    vault's `[[…]]` links, as they are read): a line placing the note among the others, cut
    by bars or dots into pieces that each link a note and name it only by where it stands
    or what stands there: where else to go, nothing to learn."""
    if block.type != "paragraph":
        return False
    content = block.children[0].content
    if "](" not in content or "\n" in content.strip() or len(content) > _MAX_RELATED:
        return False
    pieces = _NEIGHBOUR_BREAK.split(content.strip())
    if len(pieces) < _FEW_NEIGHBOURS:
        return False
    for piece in pieces:
        if not LINK.search(piece) or _SAYS.search(piece):
            return False
        if len(plain_words(LINK.sub(" ", piece)).split()) > _NEIGHBOUR_WORDS:
            return False
    return True


_FEW_NEIGHBOURS = 2


_SERIES_NAMED = lazy(r"시리즈|\bseries\b|연재", re.IGNORECASE)
_THIS_POST = lazy(
    r"👈|👉|지금\s*(?:읽는\s*)?(?:글|포스트)|현재\s*(?:글|포스트)|이번\s*글|"
    r"\b(?:you are here|this post|now reading|current post)\b",
    re.IGNORECASE,
)


@reads("blockquote", "bullet_list", "ordered_list", links=True)
def is_series_box(block: Node) -> bool:
    """`> 📚 **DB 정리** 시리즈` over `> 1. **인덱스는 왜 B+Tree일까?** 👈 지금 글` and links to
    the other posts: a blog's box placing the post in its series, one entry marked as the
    one being read. Where else to read, nothing to learn."""
    text = source_text(block)
    if not _THIS_POST.search(text) or "](" not in text:
        return False
    lists = (
        [block]
        if block.type != "blockquote"
        else [child for child in block.children if child.type in ("bullet_list", "ordered_list")]
    )
    if len(lists) != 1 or len(lists[0].children) < 2:
        return False
    if block.type == "blockquote" and not _SERIES_NAMED.search(text):
        return False
    current = 0
    for item in lists[0].children:
        line = item.line.content if item.line is not None else ""
        if _THIS_POST.search(line):
            current += 1
        elif "](" not in line:
            return False  # an entry that links no post: a list of the subject's own
    return current == 1


_RELATED_LABEL = lazy(
    r"(?:^|›[ \t]*)(?:관련(?:[ \t]*(?:노트|문서))?|related(?:[ \t]+(?:notes?|pages?))?)$",
    re.IGNORECASE,
)
_NAME_WORDS = 6
_NAME_LENGTH = 50
_TRAILING_ASIDE = lazy(r"[ \t]*\((?:[^()]|\([^()]*\))*\)$")
_ENDS_A_SENTENCE = lazy(r"[.!?。](?:\s|$)")


RELATED_ENDINGS = ("Related", "related", "관련")
RELATED_LAST = "d련"
"""How a front asking a label of related notes ends, its last letter: looked at before
`only_names_related_notes` is asked, as every card is."""


def only_names_related_notes(question: str, answer: str) -> bool:
    """A card asking a label of related notes (`Test checklist › Related`, `… › 관련`) whose
    back is a line of their names (`Auth - JWT & Sessions (tampering the sub claim = IDOR
    via token), SQLi`, `SQLi · Auth - JWT & Sessions (…)`), as a vault's `[[…]]` links read
    once they are names: where else to look, not what to learn. Each entry between commas
    or dots is a name of a few words, the writer's word on it in brackets; a back saying
    something (`the same lock is taken twice.`) stays."""
    if not question.endswith(RELATED_ENDINGS) or "\n" in answer.strip():
        return False  # most cards, at their front's last letters
    if not _RELATED_LABEL.search(question) or len(answer) > _MAX_RELATED:
        return False
    names = _entries(answer.strip())
    return bool(names) and all(_is_a_name(name) for name in names)


def _entries(text: str) -> list[str]:
    """A line cut at its commas, middle dots and bars, not those in brackets or code."""
    entries, depth, code, start = [], 0, False, 0
    for index, character in enumerate(text):
        if character == "`":
            code = not code
        elif code:
            continue
        elif character == "(":
            depth += 1
        elif character == ")":
            depth = max(depth - 1, 0)
        elif character in ",·|" and depth == 0:
            entries.append(text[start:index])
            start = index + 1
    entries.append(text[start:])
    return [entry.strip() for entry in entries]


def _is_a_name(entry: str) -> bool:
    """`Auth - JWT & Sessions (…)`, `SQLi`: a note's name of a few words, an aside after it."""
    name = _TRAILING_ASIDE.sub("", entry).strip()
    return (
        bool(name)
        and len(name) <= _NAME_LENGTH
        and len(name.split()) <= _NAME_WORDS
        and not _ENDS_A_SENTENCE.search(name)
    )


_POINTER_TARGET = rf"(?:[^\n.!?()\[\]→]|[.!?](?=\S)|\([^()\n]*\)|\[{LINK_TEXT}\]\({LINK_ADDRESS}\))"
"""What a pointer names: words, a link, a note's name with a dot in it (`lec02.md`), a
word in parentheses (`가설검정 (Hypothesis Testing)`); no sentence ends in it."""
_SEE_IN_PARENTHESES = lazy(
    r"(?:^|[ \t]+)\((?:→|->)?[ \t]*(?P<said>(?:[^()\n]|\([^()\n]*\))*?[ \t]+[—–;][ \t]+)?"
    rf"{_POINTER_TARGET}{{1,80}}?[ \t]참고\)"
)
"""`(→ [HikariCP 트러블슈팅](./hikaricp.md) 참고)`, `(1주차 amortized 참고)`, `(보완 알고리즘
있음 — 교재 참고)`: a note in parentheses that sends the student to another note, lecture
or book, set off by a space (`캐시([X](…) 참고)` glued to a word speaks of it). What it
says before a dash stays in the parentheses (`said`); one with a comma in
it (`(숫자는 CPU마다 다름, "…" 참고)`) may list what to look up, and stays."""
_ARROW_TO_SEE = lazy(rf"(?<=\S)[ \t]*(?:→|->)[ \t]*{_POINTER_TARGET}{{1,80}}?[ \t]*참고\.?[ \t]*$")
"""`… Checked는 커밋함 → [Transactional 문서](…) 참고`, `… subspace. → [lecture 02](…) 참고`:
an arrow closing a line to the note that tells more."""
_SENTENCE_TO_SEE = lazy(rf"(?<=[.!?])[ \t]+{_POINTER_TARGET}{{1,80}}?[ \t]참고\.?[ \t]*$")
"""`세션키 교환. [HTTP와 HTTPS](./…) 참고`: a last sentence that only names where more is."""
_LINE_TO_SEE = lazy(
    r"^[ \t]*(?:[-*+][ \t]+)?"
    rf"(?:{_POINTER_TARGET}{{1,40}}?[은는][ \t]*(?:→|->)[ \t]*|(?:→|->)[ \t]*)?"
    rf"{_POINTER_TARGET}{{1,80}}?[ \t]참고\.?[ \t]*$"
)
"""`[TCP 노트](../network/tcp.md) 참고`, `→ 파티셔닝 › 파일 write 쪽 참고`, `B-Tree 는 →
[인덱스 문서](…) 참고`: a line that only names where more is."""
_BELOW_IN_PARENTHESES = lazy(r"[ \t]*\((?:see |cf\.? )?(?:below|above)\)")
"""`… a sequence of instances (below).`, `… not literally mod N (see below).`: a note in
parentheses that the part it names is elsewhere on the page, which the card does not hold."""
_LATER_LECTURE = r"(?:(?:more )?(?:in |on )?(?:the )?next (?:lecture|class|week))"
_LATER_IN_PARENTHESES = lazy(
    rf"[ \t]*\((?P<arrow>(?:→|->)[ \t]*)?(?P<topic>[^()\n]{{0,60}}?),?[ \t]*{_LATER_LECTURE}\)",
    re.IGNORECASE,
)
"""`(→ vector clocks, next lecture)`: a topic the writer's next lecture takes up. The
lecture goes; the topic it names stays (`(→ vector clocks)`), the answer's next step."""
_DASH_POINTER = lazy(
    rf"[ \t]+[—–][ \t]+(?:see (?:below|above)|{_LATER_LECTURE})(?=[.!](?:[ \t]|$)|[ \t]*$)",
    re.IGNORECASE,
)
"""`… (the ABD algorithm) — next lecture.`, `- **place of action** — see above`: a clause
closing a sentence that only says where the rest is told."""
_SENTENCE_POINTER = lazy(
    rf"(?<=[.!?)])[ \t]+(?:{_LATER_LECTURE}|(?:which|this|that) (?:brings|leads) us to\b"
    r"[^.!?\n]*?)(?:\.{1,3}|…|!)?[ \t]*$",
    re.IGNORECASE,
)
"""`… with $n-1$ degrees of freedom. next lecture.`, `So probability = counting. Which
brings us to...`: a last sentence handing on to what the card does not hold."""
_ITEM_SEE_BELOW = lazy(
    r"^[ \t]*[-*+][ \t]+[^\n:→]{1,60}?(?::|[ \t]*(?:→|->|=>))[ \t]*"
    r"(?:see (?:the )?(?:[^\n.!?:]{1,30}? )?(?:below|above)|(?:아래|위)[ \t]*참고)\.?[ \t]*$"
)
"""`- **pmf / pdf**: see below`, `- HFrEF → see pillars below`, `- 캐시 → 아래 참고`: an
entry whose value is elsewhere on the page; its name alone answers nothing."""
_NOTE_NAME = (
    r"\d{1,3}_[\w.-]*[^\W\d_][\w.-]*|"
    r"[^\s→›()\[\]][^\n→›()\[\]]{0,59}?(?:[ \t]›[ \t][^\n→›()\[\]]{1,60}?)+"
)
"""`05_로드밸런싱`, `03_HTTP_HTTPS.md`: a note's file name, numbered as the notes of a
collection are; `Cardiovascular Drugs › Beta blockers`: a note's title and heading, as a
link to them reads."""
_ARROW_TO_A_NOTE = lazy(
    r"(?<![ \t])[ \t]*(?:→|->|=>)[ \t]*(?P<see>(?:see|cf\.)[ \t]+)?"
    rf"(?:\[(?P<text>{LINK_TEXT})\]\((?P<address>{LINK_ADDRESS})\)|(?P<name>{_NOTE_NAME}))"
    r"[ \t]*\.?[ \t]*$",
    re.IGNORECASE,
)
_A_NOTE_NAME = lazy(_NOTE_NAME)
_NOTE_LINK_NAMED_BY_KIND = lazy(
    rf"(?<![ \t])[ \t]*\(\[(?:notes?|here|글|정리|노트|여기)\]\((?P<address>{LINK_ADDRESS})\)\)",
    re.IGNORECASE,
)
"""`Dynamo-style systems ([notes](2024-03-23-dynamo.md)).`: a link in parentheses to
another note, named only by the kind of page it is; read as text it says `(notes)`."""


def without_pointer_to_a_note(line: str) -> str:
    """The line less what only sends the student to another note of the collection, which
    a card cannot follow: an arrow (or `→ see`) closing the line on a link to it, its file
    name or its title and heading (`서버 측 : … → [05_로드밸런싱](./05_로드밸런싱.md)`,
    `mirtazapine → see [CNS Drugs](<CNS Drugs.md>)`, `→ Cardiovascular Drugs › Beta
    blockers`), and a link to it in parentheses named only `notes` or `here`. A line whose
    words go with it is left with nothing; what an arrow leads to that says something of
    the subject (`해시 충돌 → 체이닝으로 해결`) stays, and so does a note's plain title after
    words of the line (`Unit dropping → [Dropout](<Dropout.md>)` names the remedy; the
    back's last line is judged by `_without_closing_pointer`)."""
    if "(" in line and "](" in line:
        line = _NOTE_LINK_NAMED_BY_KIND.sub(_unless_elsewhere, line)
    arrow = _ARROW_TO_A_NOTE.search(line)
    if arrow is None:
        return line
    said = line[: arrow.start()]
    if arrow["address"] is not None and not (
        is_note_address(arrow["address"])
        and (
            arrow["see"]
            or _A_NOTE_NAME.fullmatch(arrow["text"].strip())
            or not said.strip(" \t>-*+")
        )
    ):
        return line  # `3. Unit dropping → [Dropout](<Dropout.md>)`: the note's name answers
    return said


_TITLE_POINTER = lazy(
    r"(?<![ \t])[ \t]+(?:→|->|=>)[ \t]*"
    r"(?:(?:see|cf\.|(?:full |more )?notes? (?:in|at))[ \t]+[^→]{1,60}?|"
    rf"{_NOTE_NAME}|[^→]{{1,60}}?[ \t]참고)[ \t]*$",
    re.IGNORECASE,
)


def without_pointer_in_title(title: str) -> str:
    """A heading's title less the arrow closing it on where else the subject is written:
    another note's file name or its title and heading (`TLS 핸드셰이크 → 03_HTTP_HTTPS`,
    `β blockers → Cardiovascular Drugs › Beta blockers`, the words of a link to it), or
    one named after `see`, `full notes in` or before `참고` (`Opioids → full notes in
    Analgesia`). The front asks the subject alone; what an arrow in a title leads to that
    names no other note (`HTTP/1.1 → HTTP/2`) is the title's own."""
    if "→" not in title and "->" not in title and "=>" not in title:
        return title  # nearly every title
    pointer = _TITLE_POINTER.search(title)
    return title if pointer is None or not pointer.start() else title[: pointer.start()]


def _unless_elsewhere(link: re.Match[str]) -> str:
    """Nothing for a link to a note of the collection; one to a page elsewhere stays."""
    return "" if is_note_address(link["address"]) else link[0]


_OPENING_POINTER = lazy(
    r"^(?P<lead>[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?)[Ss]ee "
    r"(?!(?:that|how|why|what|when|where|which|who|if|whether)\b)"
    r"(?:[^\n.!?,;:()]|\.(?=\d)){1,60}?\.[ \t]+(?=[A-Z])",
    re.MULTILINE,
)
"""`See Bishop 12.2. Latent variable model …`, `see db-sharding-replication › Consistent
hashing. Adding a node only remaps ~K/N keys.`: a line opening on a short sentence that only
says where to read, its link gone as the note was read; the card cannot follow it, and the
sentences after it are the answer. `See that f is convex. Then …` opens an argument, and
stays."""

_SAID_BEFORE_KO = r"(?:앞서|앞에서|위에서|이전에)[ \t]?(?:설명|언급|말|이야기|소개)"
_SAME_AS_SAID = lazy(
    rf"{_SAID_BEFORE_KO}한[ \t]+[^,.\n]{{1,30}}?(?:과|와|랑)[ \t]?(?:동일|같음|같고|마찬가지)"
    r"(?:하며|하고|이며|이고)?,[ \t]*(?=\S)"
)
"""`앞서 설명한 스택과 동일, 각각 …`: a likeness to what the page told before, which the card
does not hold; what the line says after it stays."""
_AS_SAID_KO = lazy(
    rf"(?<![^\s(])(?:{_SAID_BEFORE_KO}(?:했듯이?|하였듯이?|한[ \t]?(?:대로|것처럼|바와[ \t]같이))"
    r"|앞서[ \t]살펴본[ \t]?(?:대로|것처럼|바와[ \t]같이)),?[ \t]+(?=\S)"
)
"""`앞서 설명했듯 …`, `위에서 언급했듯 …`, `앞서 설명한대로 …`: the writer pointing back to
the page; the sentence says its fact without it."""
_SAID_BEFORE_OF_KO = lazy(rf"(?<![^\s(]){_SAID_BEFORE_KO}한[ \t]+(?=[^\s것])")
"""`앞서 설명한 인터프리터는 …` → `인터프리터는 …`: the term stands without the page's
earlier text it points to (`위에서 말한 것` names only it, and stays)."""
_AS_SAID_EN = lazy(
    r"(?P<lead>^[ \t]*(?:[-*+][ \t]+)?|[.!?][ \t]+)As (?:mentioned|discussed|described|"
    r"explained|noted|covered|seen|stated) (?:earlier|above|before|previously),[ \t]*"
    r"(?P<first>\w)",
    re.MULTILINE,
)
"""`As mentioned earlier, a linked list …` → `A linked list …`."""
_AS_SAID_EN_AFTER = lazy(
    r",?[ \t]+as (?:mentioned|discussed|described|explained|noted|covered|seen|stated) "
    r"(?:earlier|above|before|previously)(?=[.,;!?])"
)
"""`… can be scaled well as described earlier.` → `… can be scaled well.`"""
_GO_READ_KO = lazy(
    r"(?:^[ \t]*(?:[-*+][ \t]+)?|(?<=[.!?])[ \t]+)[^.!?\n]{0,80}?"
    r"(?:(?:아래|위|다음|앞|이전)(?:의)?[ \t]?(?:글|링크|포스팅|포스트|내용|설명|문서|섹션)[을를]?"
    r"[ \t]?(?:읽어|참고해|확인해|봐)[ \t]?(?:보자|보세요|봐요|주세요)"
    r"|설명[을를][ \t]?(?:읽고|보고)[ \t]?오자)[.!~]*[ \t]*$",
    re.MULTILINE,
)
"""`멀티 모듈에 대해서 궁금하다면 아래 글을 읽어보자!`, `… 이것이 뭔지 알기 위해 A와 B 설명을
읽고 오자.`: a sentence sending the reader to read text elsewhere on the page, with no link;
the card cannot follow it. The sentences before it on its line stay."""


def _without_said_before(line: str) -> str:
    """The line less the writer's pointers back to the page (see the patterns above)."""
    if "앞" in line or "위에서" in line or "이전에" in line or "오자" in line or "보자" in line:
        line = _SAME_AS_SAID.sub("", line)
        line = _SAID_BEFORE_OF_KO.sub("", _AS_SAID_KO.sub("", line))
        line = _GO_READ_KO.sub("", line)
    if " as " in line or "As " in line:
        line = _AS_SAID_EN.sub(lambda m: m["lead"] + m["first"].upper(), line)
        line = _AS_SAID_EN_AFTER.sub("", line)
    return line


_SAID_BEFORE = (
    "앞서", "앞에서", "위에서", "이전에", "오자", "보자", "s mentioned", "s described",
    "s discussed", "s explained", "s noted", "s covered", "s seen", "s stated",
)  # fmt: skip
"""What a clause saying where the page told it before holds (`_without_said_before`)."""
_ENGLISH_POINTERS = ("below", "above", "ext lecture", "ext class", "ext week", "us to")
"""What an English pointer to a part of the page or a lecture to come holds."""
_TO_A_NOTE = ("→", "->", "=>", "([")
"""What a pointer to another note `without_pointer_to_a_note` cuts holds."""
_MAY_POINT = lazy(any_of(("참고", *_ENGLISH_POINTERS, *_SAID_BEFORE, *_TO_A_NOTE)))
"""What any pointer `without_pointer_clauses` cuts holds: looked for at once, a character
of an answer read once (patterns.any_of), before each kind is looked for."""


def _may_say_before(answer: str) -> bool:
    return any(map(answer.__contains__, _SAID_BEFORE))


def without_pointer_clauses(answer: str) -> str:
    """The answer less what only points elsewhere (see each pattern): a note in parentheses,
    a clause, a last sentence or a whole line sending the student to another note, a
    lecture to come, or a part of the page the card does not hold. What the line states
    beside it stays; a line that was only a pointer goes, and a back that was only pointers
    is left empty (no card). Code is left as written."""
    # `see ` is in much English prose: a line opening on a pointer is looked for itself
    opens_pointing = "ee " in answer and _OPENING_POINTER.search(answer) is not None
    if not opens_pointing and not _MAY_POINT.search(answer):
        return answer  # no pointer can be there: most answers, at a glance
    korean = "참고" in answer
    english = any(map(answer.__contains__, _ENGLISH_POINTERS))
    to_notes = any(map(answer.__contains__, _TO_A_NOTE))
    said_before = _may_say_before(answer)
    fenced = False

    def cut(line: str) -> str:
        nonlocal fenced
        if FENCE.match(line):
            fenced = not fenced
        if fenced or FENCE.match(line) or line.lstrip().startswith(_TITLE_LINES):
            return line  # code; a box's or a heading's title (`:::note 참고`) names, not points
        if (korean or english) and _ITEM_SEE_BELOW.match(line):
            return ""
        if to_notes:
            left = without_pointer_to_a_note(line)
            if left != line and not left.strip(" \t>-*+"):
                return ""
            line = left
        if korean and "참고" in line:
            line = _SEE_IN_PARENTHESES.sub(_said_in_parentheses, line)
            if _LINE_TO_SEE.match(line):
                return ""
            line = _SENTENCE_TO_SEE.sub("", _ARROW_TO_SEE.sub("", line))
        if english:
            line = _BELOW_IN_PARENTHESES.sub("", _LATER_IN_PARENTHESES.sub(_topic_kept, line))
            line = _SENTENCE_POINTER.sub("", _DASH_POINTER.sub("", line))
        if said_before:
            line = _without_said_before(line)
        if opens_pointing:
            line = _OPENING_POINTER.sub(r"\g<lead>", line)
        return line

    kept: list[str] = []
    changed = False
    for line in answer.split("\n"):
        left = cut(line)
        changed = changed or left != line
        if left.strip():
            kept.append(left.rstrip() if left != line else line)
        elif left == line and not (kept and not kept[-1].strip()):
            kept.append(line)  # a blank line, once where a line between two went
    return "\n".join(kept).strip("\n") if changed else answer


def _topic_kept(later: re.Match[str]) -> str:
    """`(→ vector clocks, next lecture)` → ` (→ vector clocks)`; `(next lecture)` → nothing."""
    topic = later["topic"].strip(" ,")
    return f" ({later['arrow'] or ''}{topic})" if topic else ""


def _said_in_parentheses(pointer: re.Match[str]) -> str:
    """Nothing for a note in parentheses that only points elsewhere; what it says before a
    dash, in its parentheses, for one that says something first. One with a comma in what
    it points to (`(숫자는 CPU마다 다름, "…" 참고)`) may list what to look up, and stays."""
    said = pointer["said"]
    if "," in pointer[0][len(said or "") :]:
        return pointer[0]
    if said is None:
        return ""
    return " (" + said.rstrip(_DASHES) + ")"


_DASHES = " \t—–;"
_TITLE_LINES = (":::", "!!!", "???", "#", "> [!")


_CONTENTS_LABEL = lazy(r"^(?:table of contents|contents|toc|on this page|목차)$", re.IGNORECASE)
"""`Contents`, `목차`, `Table of contents`: a label naming the list below it as the page's
table of contents."""


def lists_contents(label: Node, block: Node) -> bool:
    """A list right under a paragraph that is only a table of contents' label, whose entries
    each only name a part of the page, links or none (`Contents:` / `- Problems with
    HTTP/1.1` / `- HTTP/2` / `- exam qs`, each told under its own heading below). A card of
    it would ask the note's title for the names of its sections; each section asks its own.
    A list under another label (`There are 3 considerations:`), or with an entry saying
    something (`- HTTP/2 multiplexes streams over one connection.`), stays."""
    named = list_label(label, block)
    return named is not None and bool(_CONTENTS_LABEL.match(named)) and _names_parts_only(block)


def _names_parts_only(block: Node) -> bool:
    """Each entry a few words or a link into the page, with only such lists under it."""
    for item in block.children:
        if item.line is None or not (
            _is_anchor_link_only(item.line) or is_short_label(plain_text(item.line))
        ):
            return False
        if any(
            child.type not in ("bullet_list", "ordered_list") or not _names_parts_only(child)
            for child in item.below
        ):
            return False
    return True
