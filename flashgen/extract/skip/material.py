"""Sections that are no study material, however well written: an advert for a course or a
platform, someone's sample text to copy (a self introduction, a résumé summary), a table of
pay figures, a project set up click by click in screenshots. Nothing in them is a fact a
student could recall, or would want to.

Each predicate is cheap at a glance (a character or a word looked for first) and, in doubt,
says no: the card stays.
"""

from __future__ import annotations

import re

from flashgen.extract.place import plain
from flashgen.extract.skip.common import LINK, LINK_ADDRESSES, reads, source_text
from flashgen.extract.skip.indexes import is_practice_links
from flashgen.extract.skip.meta import describes_the_page, reviews_the_note
from flashgen.extract.skip.navigation import is_pointer
from flashgen.model import Section
from flashgen.patterns import lazy
from flashgen.syntax import Node
from flashgen.text import HTML_TAG

_REFERRAL = lazy(r"[?&](?:aff|afftrack|affiliate|aff_id)=|\bshareasale\.com/", re.IGNORECASE)
"""`…/course/grokking?aff=kJSIoU`, `shareasale.com/r.cfm?…`: a link that pays whoever wrote the
page when a reader buys what it leads to."""

_TAGGED_REFERRAL = lazy(
    r"[?&]utm_medium=(?:referral|affiliate|partner(?:ship)?|sponsor(?:ed|ship)?)\b", re.IGNORECASE
)
"""`…/?utm_source=handbook&utm_medium=referral&…`: a link tagged so the shop it leads to
knows which page sent the buyer, and pays it. A page may cite its partner beside a fact
(`For compensation data, check out [a salary site](…)`), so a tagged link alone sells only
in a box or a button, or in a section named for what it links (`_named_for_its_link`)."""

_SALES = lazy(
    r"\b\d{1,2}\s?% (?:discount|off)\b|\bjoin (?:today|now)\b|\blifetime access\b|"
    r"\bpromo(?:tion)? code\b|\bcoupon code\b|"
    # `… schedule one with [a practice platform](…)`: a session to book, through the link
    r"\b(?:schedule|book) (?:one|a session|a mock interview|a (?:free )?(?:call|trial)) "
    r"(?:with|on|at) \[",
    re.IGNORECASE,
)
"""`[Join today for a 70% discount →](…)`, `pay a one-time fee and get lifetime access`,
`schedule one with [a practice platform](…)`: selling, when a link beside it leads to the
shop. Without one, `a 10% discount` is as likely a pricing rule in an example of the
strategy pattern, and stays."""
_ENDORSED = lazy(
    r"^\W*\[[^\]]+\]\([^)\s]+\)\s+is\s+(?:currently\s+the best\b[^.!?\n]{0,80}?\b"
    r"(?:resource|platform|tool|site|service|course)s?\b|the best\b[^.!?\n]{0,80}?\b"
    r"(?:resource|platform|tool|site|service|course)s?\s+(?:(?:in|on) the market|out there)\b)",
    re.IGNORECASE,
)
"""`[interviewing.io](…) is currently the best mock technical interview resource in the
market. It allows you to book …`: a paragraph opening on a product's link to rank it the
best of its kind on offer (`currently`, `in the market`), then what it offers: an advert,
however its writer meant it. `[Redis](…) is the best tool for caching sessions` judges a
tool of the subject, and stays."""
_GOES_ON = lazy(
    r"^\W*(?:moreover|furthermore|additionally|also|plus|even better|on top of (?:that|this)|"
    r"what(?:'s|’s| is) more)\b",
    re.IGNORECASE,
)
_VENDOR = lazy(
    r"\bsection (?:was|is) (?:added|written|provided) by the\b|\bsponsored by\b", re.IGNORECASE
)
"""`Disclaimer: This section was added by the Meetapro team`: the seller wrote it."""


_BOXES = ("container_box", "admonition")


@reads(
    "paragraph", "html_block", "container_box", "admonition", "table", "bullet_list", "ordered_list"
)
def is_advert(block: Node) -> bool:
    """A block that sells (`_sells_in`), a line inviting the reader to more elsewhere
    (`_invites`), or a paragraph opening on a product's link to call it the best of its
    kind (`_ENDORSED`): the block goes, the section's other text stays."""
    if block.type == "paragraph" and _invites(block.children[0].content):
        return True
    if block.type == "paragraph" and _endorses(block.children[0].content):
        return True  # the paragraph goes; the section's own point before it stays
    return _sells_in(block)


def _endorses(text: str) -> bool:
    """`_ENDORSED`, looked for only in a paragraph that opens on a link and says `the best`."""
    return text.lstrip()[:1] == "[" and "the best" in text and bool(_ENDORSED.match(text))


_OWN_WORK = lazy(r"\((?:built|made|created|developed|written) by (?:me|us|myself)\)")
_SENTENCE_END = lazy(r"[.!?][*_]*[ \t]+")


def without_own_promotion(answer: str) -> str:
    """`… prioritizing the most important ones first.` / `But how do you know which …? You
    may use the free [Grind 75 tool](…) (built by me) which produces … The algorithm behind
    it …`: from the sentence in which the writer recommends a tool or site of their own to
    the end of its paragraph, the text is about that tool, not the subject, and goes. So
    does a paragraph left holding only the question the tool was to answer; the sentences
    before it stay (`Generally, 3 months … is the recommended period.`)."""
    if "by me)" not in answer and "by us)" not in answer and "by myself)" not in answer:
        return answer  # most answers, at a glance
    kept: list[str] = []
    emptied = changed = False
    for line in answer.split("\n"):
        promotion = _OWN_WORK.search(line)
        changed = changed or promotion is not None
        if promotion is None:
            if not (emptied and not line.strip()):
                kept.append(line)
            emptied = False
            continue
        left = _before(line, promotion.start())
        while left.endswith(("?", "？")):  # the question the tool was to answer
            left = _before(left, len(left))
        emptied = not left
        if left:
            kept.append(left)
    return "\n".join(kept).strip("\n") if changed else answer


def _before(line: str, end: int) -> str:
    """The sentences of a line that end before `end`."""
    ends = [found.end() for found in _SENTENCE_END.finditer(line, 0, end)]
    return line[: ends[-1]].rstrip() if ends else ""


def _sells_in(block: Node) -> bool:
    """A paragraph, HTML or a box that sells (`Join today for a 70% discount →`, a vendor's
    `This section was added by the … team`), or that offers something through a referral
    link (`[Tech Leads](…&aff=…) is currently offering templates at **70% off**`); a table
    of courses with a referral link among them; a list of referral links."""
    if block.type == "paragraph":
        text = block.children[0].content
    elif block.type == "html_block":  # a page's embedded partial: `<div class="embed">…`
        text = block.content
    elif block.type in _BOXES:
        text = source_text(block)
    elif block.type == "table":
        return _sells_rows(block)
    elif block.type in ("bullet_list", "ordered_list"):
        return _is_referral_list(block)
    else:
        return False
    if _may_be_vendor(text) and _VENDOR.search(text):
        return True
    if block.type != "paragraph" and _tagged(text):
        return True  # `:::tip` / `Get paid more … [X](…utm_medium=referral…)`, a button
    if "](" not in text and "://" not in text:
        return False  # a sale leads somewhere to buy
    return _may_sell(text) and bool(_SALES.search(text))


_INVITATION = lazy(
    r"^[\W_]*(?:interested in|want|looking for|hungry for|need) (?:more|some more|extra)\b[^?\n]*\?"
    r"\s*(?:check out|try|get|grab|sign up|join|subscribe|read|see)\b",
    re.IGNORECASE,
)
"""`_Interested in more behavioral content? Check out [Mastering …](…) for a complete
preparation guide._`: a question to the reader, then a link to what answers it."""
_INVITATION_LENGTH = 250


def goes_on_selling(block: Node) -> bool:
    """A paragraph right after one that sells (`is_advert`), going on about what it sells:
    `Moreover, if you do well on your mock interviews, you will be able to unlock the "jobs
    page" …` after `[interviewing.io](…) is currently the best … resource`. Opening on
    `Moreover`, `Also`, `Even better`, it adds to the advert, not to the subject."""
    return block.type == "paragraph" and bool(_GOES_ON.match(block.children[0].content))


def _invites(text: str) -> bool:
    """A line, however it is dressed, inviting the reader to more of something elsewhere: an
    advert of a book, a course or a newsletter, at the end of an answer."""
    return (
        "?" in text
        and "](" in text  # what answers the question is elsewhere
        and len(text) <= _INVITATION_LENGTH
        and "\n" not in text.strip()
        and bool(_INVITATION.search(text))
    )


def _may_sell(text: str) -> bool:
    """Whether a text holds a word each sale of `_SALES` has (a cheap look first)."""
    return (
        "%" in text
        or "oin " in text
        or "ifetime" in text
        or "romo" in text
        or "oupon" in text
        or "chedule " in text
        or "ook " in text
    )


def _may_be_vendor(text: str) -> bool:
    return "ection " in text or "ponsored" in text


_FEW_BLOCKS = 3
_SAYING_BLOCKS = frozenset(("paragraph", "bullet_list", "ordered_list", *_BOXES))


def sells(section: Section) -> bool:
    """A section written by a vendor (`This section was added by the Meetapro team`), or a
    short one that sells (`… get lifetime access. [Join today for a 70% discount →](…)`) or
    recommends through a referral link (`… the famous ["Grokking …"](…?aff=…), this is one
    of the rare few courses …`), or one named for the product it links for a fee
    (`_named_for_its_link`): an advert, however it describes its product. So is the short
    prose over subsections that are all adverts (`There are several coaching services that
    can help you …` over `### Payup`, `### Wagebook`). A sale in a box beside a
    longer text is an aside, and only the box goes (`is_advert`)."""
    said = [block for block in section.blocks if block.type in _SAYING_BLOCKS]
    first = said[0].children[0].content if said and said[0].type == "paragraph" else ""
    if _may_be_vendor(first) and _VENDOR.search(first):
        return True
    if _named_for_its_link(section.title, first) or _leads_into_adverts(section, said):
        return True
    if len(said) > _FEW_BLOCKS:
        return False
    for block in said:  # noqa: SIM110 (the loop is the point: no generator's frame a block)
        if block.type == "paragraph" and (_sells_in(block) or _refers(block)):
            return True
    return False


def _tagged(text: str) -> bool:
    return "utm_medium=" in text and bool(_TAGGED_REFERRAL.search(text))


def _paid_for(text: str) -> bool:
    """Whether a text links for a fee: through a referral (`?aff=…`) or a tagged one."""
    return _tagged(text) or _has_referral(text)


def _named_for_its_link(title: str, first: str) -> bool:
    """`### Wagebook` over `[Wagebook](…?utm_medium=referral…) is known for its salary
    database …`: a section named for a product its first paragraph links to for a fee. It
    presents the product, as its seller would."""
    if not _paid_for(first):
        return False  # most sections, at a glance
    name = plain(title).strip().casefold()
    return any(
        plain(link[1]).strip().casefold() == name and _paid_for(link[2])
        for link in LINK_ADDRESSES.finditer(first)
    )


_FEW_ADVERTS = 2
_OFFERINGS = lazy(
    r"\b(?:services|platforms|courses|tools|products|apps|vendors|providers)\b", re.IGNORECASE
)
"""What adverts offer: `There are several coaching services that can help you`."""


def _leads_into_adverts(section: Section, said: list[Node]) -> bool:
    """A section's own text of one or two paragraphs of prose that speak of offerings, over
    two subsections or more that each sell: it leads into the adverts (`Don't worry! There
    are several coaching services that can help you.`), and teaches nothing of its
    own. Prose that speaks of the subject (`Many solutions involve a similar set of key
    patterns …` over two courses) stays."""
    children = section.children
    return (
        len(children) >= _FEW_ADVERTS
        and 0 < len(said) <= _FEW_ADVERTS
        and all(block.type == "paragraph" for block in said)
        and any(_OFFERINGS.search(block.children[0].content) for block in said)
        and all(child.blocks and not child.children and sells(child) for child in children)
    )


def _sells_rows(table: Node) -> bool:
    """`| [Ace the Python Coding Interview](…?aff=x23W) | 4.6/5 | 93h | $ |`: a table of
    courses to buy, with their prices and ratings; a referral link in a row is the tell."""
    text = source_text(table)
    return "aff" in text.lower() and bool(_REFERRAL.search(text))


def _is_referral_list(block: Node) -> bool:
    """`1. [AlgoMonster](https://shareasale.com/r.cfm?…)` / `1. [Grokking …](…?aff=…)`: a
    list of products, each entry a referral link; what they teach is on the shop's page."""
    for item in block.children:  # a loop: no generator's frame an item, in every list
        if item.line is None or item.below or not _has_referral(item.line.content):
            return False
    return True


def _refers(paragraph: Node) -> bool:
    return _has_referral(paragraph.children[0].content)


def _has_referral(text: str) -> bool:
    # Every referral of `_REFERRAL` holds a `=` or a `/`: most texts, no lowering at all.
    return ("=" in text or "/" in text) and _may_refer(text) and bool(_REFERRAL.search(text))


def _may_refer(text: str) -> bool:
    """Whether a text holds a word each referral of `_REFERRAL` has (a cheap look first)."""
    lowered = text.lower()
    return "aff" in lowered or "shareasale" in lowered


_MONEY = lazy(
    r"^[~≈]?\s*(?:(?:US|S|SG|A|C|NZ|HK)?\$|[€£¥₩])\s?\d[\d,.]*\s*[kKmM]?\b|"
    r"^\d[\d,.]*\s*(?:[kKmM]\s*)?(?:USD|SGD|EUR|GBP|KRW|JPY|원|만\s?원|달러)(?!\w)",
    re.IGNORECASE,
)
"""`$180,000`, `S$6000`, `$90,000 - $100,000`, `150k USD`, `4,000만원`: an amount of money."""
_CURRENCY = lazy(r"[$€£¥₩원]|USD|SGD|EUR|GBP|KRW|JPY|달러")
_NO_FIGURE = lazy(r"^\W*(?:n/?a|no data|none|unknown|없음)?\W*$", re.IGNORECASE)
_FEW_AMOUNTS = 4
_MATH = lazy(r"^\$(?:[^$\s]|[^$\s][^$]*[^$\s])\$(?!\d)")
r"""`$1.33$`, `$8.99\times10^9$ N·m²/C²`: a number in the note's math (no space inside its
dollars, no digit after them, as Pandoc reads it), an index or a constant, no price
(`$120k – $150k`)."""


@reads("table")
def is_pay_table(block: Node) -> bool:
    """A table whose cells past its first column are mostly amounts of money (`| E4 (SWE) |
    $267,000 | $162,000 |`, what companies paid in a year): reference data a reader looks
    up, dated as soon as written, not something to learn. A table of prices of a service
    in a note about it is as much a lookup."""
    if block.type != "table" or not _CURRENCY.search(source_text(block)):
        return False  # no currency at all: most tables, at a glance
    amounts = others = 0
    for row in block.rows():
        if any(cell.type == "th" for cell in row.children):
            continue  # the header
        for cell in list(row.inlines())[1:]:
            text = cell.content.strip()
            if _MONEY.match(text) and not _MATH.match(text):
                amounts += 1
            elif not _NO_FIGURE.match(text):
                others += 1
    return amounts >= _FEW_AMOUNTS and amounts >= 2 * others


_CAPTION = lazy(
    r"[:：]\s*$|^\s*[_*]+[^\n]*[_*]+\s*$|^\W*(?:note|source|data|출처|참고|기준)\b",
    re.IGNORECASE,
)
"""What frames a table of data: a line introducing it (`We ran a survey …, and here's a
sample of the results:`), or a note on it, often in italics (`_Data as of Aug 2021.
Source: …_`, `_Note: numbers are approximate._`)."""


def is_pay_data(section: Section) -> bool:
    """A section that is a table of pay with at most lines that frame it: under the heading
    `Singapore` or `Facebook`, nothing is left to learn once the figures go. A section that
    explains something beside such a table keeps its explanation (the table alone goes)."""
    blocks = section.blocks
    if "table" not in [block.type for block in blocks]:  # one look, not a frame per block
        return False  # no table: most sections
    return any(is_pay_table(block) for block in blocks) and all(
        is_pay_table(block)
        or (block.type == "paragraph" and bool(_CAPTION.search(block.children[0].content)))
        for block in blocks
    )


_QUOTE_MARK = ('"', "“", "'", "‘", "「")
_FIRST_PERSON = lazy(r"\b(?:I|I'm|I’m|I've|I’ve|my)\b|저는|제가|저의|안녕하세요")


def is_sample_speech(section: Section) -> bool:
    """A section that is only a quotation in the first person (`> "Hi I'm XXX and I
    graduated from …"`): someone's sample answer, a self introduction or a cover letter, to
    imitate, not to recall. A quoted principle (`> "A class should have one reason to
    change."`) speaks of its subject, not of its speaker, and stays; so does a quoted
    question (`> "What is my biggest weakness?"`), which asks."""
    blocks = section.blocks
    if not blocks or any([block.type != "blockquote" for block in blocks]):
        return False
    text = "\n".join(source_text(block) for block in blocks).strip(" *_")
    return (
        text.startswith(_QUOTE_MARK)
        and not text.rstrip("\"”'’」").endswith(("?", "？"))
        and bool(_FIRST_PERSON.search(text))
    )


def annotates_a_sample(section: Section) -> bool:
    """A section that quotes a sample answer line by line, a remark under each quote
    (`> "I love to create beautiful products …"` then `Qualities that a Front End engineer
    should possess.`): a breakdown of someone's self introduction, whose remarks say what
    each line of it does for its speaker. Its quotes are the speaker's, in the first person,
    and the sample itself gives no card (`is_sample_speech`), so neither do the remarks on it.
    A quoted principle with remarks (`> "A class should have one reason to change."`) speaks
    of its subject, not of its speaker, and stays."""
    blocks = section.blocks
    quotes = [block for block in blocks if block.type == "blockquote"]
    if len(quotes) < 2 or any(block.type not in _SAMPLE_BLOCKS for block in blocks):
        return False
    if blocks[0].type != "blockquote" or any(
        a.type == b.type == "paragraph" for a, b in zip(blocks, blocks[1:], strict=False)
    ):
        return False  # a quote under each remark, not prose quoting now and then
    texts = [source_text(quote).lstrip("> ").strip(" *_") for quote in quotes]
    return all(text.startswith(_QUOTE_MARK) for text in texts) and bool(
        _FIRST_PERSON.search("\n".join(texts))
    )


_PLACEHOLDER = lazy(
    r"\bX (?:years|months|companies|teams|projects)\b|\b(?:University|Company|College) X\b|"
    r"\bXXX+\b"
)
"""`Software Engineer with X years of …`, `Senior Year student at University X`, `Hi I'm XXX`:
a blank the reader fills with their own."""
_SAMPLE_BLOCKS = ("paragraph", "blockquote")
_SAMPLE_LENGTH = 600


def is_sample_to_fill_in(section: Section) -> bool:
    """A short section of prose with blanks to fill (`Front End Engineer with X years of
    experience and strong fundamentals in …` under `##### Senior Front End Engineer`): a
    template of a résumé summary or an introduction to copy, not something to recall. A box
    after it that only sends the reader elsewhere (`:::info` / `Read more about … on [X](…)`)
    is dropped anyway, and does not make it more."""
    blocks = section.blocks
    prose = [block for block in blocks if block.type in _SAMPLE_BLOCKS]
    if not prose or len(prose) > 2 or len(blocks) - len(prose) > 1:
        return False  # a sample is a paragraph or two, beside one pointer box at most
    text = "\n".join(source_text(block) for block in prose)
    return (
        "X" in text
        and len(text) <= _SAMPLE_LENGTH
        and bool(_PLACEHOLDER.search(text))
        and all(is_pointer(block) for block in blocks if block.type not in _SAMPLE_BLOCKS)
    )


_UI_STEP = lazy(
    r"\b(?:click|select|choose|press|tick|check the box|open the|go to|navigate to|install|"
    r"enable|right-click|drag)\b|클릭|선택|체크|눌러|누르|설치|활성화|입력|메뉴",
    re.IGNORECASE,
)
_LISTS = ("bullet_list", "ordered_list")
_FEW_STEPS = 4
_STEP_LENGTH = 80
_SCREENSHOTS = 2


def is_screenshot_steps(section: Section) -> bool:
    """A section of screenshots with a few short lines of what to click between them
    (`` `WAR` 선택 ``, `` `lombok` 설치하고, `어노테이션 활성화` 해준다. ``, `Click *New
    Project*`): setting up a project in a tool, a walk-through to follow with the tool open,
    not knowledge to recall. Pictures with sentences that explain them are a lesson, and stay."""
    pictures = 0
    for block in section.blocks:
        if block.type == "paragraph":
            pictures += _pictures_in(block.children[0].content)
        elif block.type == "html_block":
            pictures += _pictures_in(block.content)
        elif block.type not in _LISTS:
            return False  # code, a table, a quote: more than steps
    if pictures < _SCREENSHOTS:
        return False
    texts = [
        block.content if block.type == "html_block" else source_text(block)
        for block in section.blocks
    ]
    lines = [
        line.strip()
        for text in texts
        for line in LINK.sub(" ", HTML_TAG.sub(" ", text)).split("\n")
        if re.search(r"\w", line)
    ]
    return (
        0 < len(lines) <= min(_FEW_STEPS, pictures)
        and all(len(line) <= _STEP_LENGTH for line in lines)
        and any(_UI_STEP.search(line) for line in lines)
    )


def _pictures_in(text: str) -> int:
    if "![" not in text and "<img" not in text and "<IMG" not in text:
        return 0  # most paragraphs
    return text.count("![") + text.count("<img") + text.count("<IMG")


_RECOMMENDS = lazy(
    r"\b(?:I|we) (?:(?:would |highly |strongly )?(?:recommend|suggest))\b[^.!?\n]*"
    r"\bthe following\b[^.!?:\n]{0,40}\b(?:cheat ?sheets?|resources|courses|books|guides|"
    r"websites|sites|platforms|tools|videos|articles|materials|tutorials)\b",
    re.IGNORECASE,
)
"""`I recommend referring to the following coding interview cheatsheets while you study:`:
the writer naming what to study with, not what to know."""


def recommends_resources(section: Section) -> bool:
    """`I recommend referring to the following cheatsheets:` over `- **Coding interview
    techniques**: how to find a solution …`: a section whose own text is only the writer's
    list of resources to study with, each named and said what it is for. A student recalls
    nothing of the subject from it; what the resources teach is under their own headings."""
    lead = _lead_over_one_list(section)
    return lead is not None and "the following" in lead and bool(_RECOMMENDS.search(lead))


def _lead_over_one_list(section: Section) -> str | None:
    """The paragraph leading into the section's one list (`…the following cheatsheets:`),
    when that is all the section holds."""
    blocks = section.blocks
    if len(blocks) != 2 or blocks[0].type != "paragraph":
        return None
    if blocks[1].type not in ("bullet_list", "ordered_list"):
        return None
    lead = blocks[0].children[0].content.rstrip()
    return lead if lead.endswith((":", "：")) else None


_VOUCHES = lazy(
    r"^\W*I (?:was (?:first )?introduced to|(?:first )?came across|found(?! that)|(?:have )?"
    r"(?:personally )?used|(?:highly |strongly )?recommend)\b"
    r"[^.!?\n\[]{0,80}\[[^\]\n]*\]\(https?://",  # the link's name may hold a dot
)
"""`I was introduced to [educative.io](…) by a friend of mine, and soon found it super
useful …`: the writer telling how a site or course served them, through its link."""


def vouches_for_a_resource(section: Section) -> bool:
    """`## Educative.io` over `I was introduced to [educative.io](…) by a friend …, I found the
    [Grokking …](…) course pretty helpful`: the writer's account of a course or site they
    studied with, its link in the first sentence. Their experience, not the subject; the
    rest of such a section (a motto, more courses) goes with it."""
    blocks = section.blocks
    if not blocks or blocks[0].type != "paragraph":
        return False
    first = blocks[0].children[0].content
    return "](http" in first and first.lstrip("* _")[:1] == "I" and bool(_VOUCHES.match(first))


_OWN_RESOURCE_TITLE = lazy(
    r"^\W*(?:my|our) (?:\(?free\)? )?[^\n]{0,60}?\b(?:guides?|cheat ?sheets?|courses?|"
    r"books?|handbooks?|newsletters?|templates?|study notes)\W*$",
    re.IGNORECASE,
)
"""`My (free) algorithms study cheatsheets`, `Our system design course`: the writer's own
study material, named as such."""
_FEW_PARAGRAPHS = 3


def presents_own_resource(section: Section) -> bool:
    """`#### My (free) coding interview techniques guide` over a paragraph or two on what
    the guide does for the reader (`My … guide teaches you a few techniques …`, `these are
    also the notes that helped me …`): the writer presenting their own guide or cheatsheets,
    which teach elsewhere. Prose only: a list, table or code under such a title is taught
    here, and stays."""
    title = section.title
    if not (title[:3].lower() == "my " or title[:4].lower() == "our "):
        return False  # most sections, at their title's first word
    blocks = section.blocks
    return (
        0 < len(blocks) <= _FEW_PARAGRAPHS
        and all(block.type == "paragraph" for block in blocks)
        and bool(_OWN_RESOURCE_TITLE.match(plain(title)))
    )


_TOP_RESOURCES = lazy(
    r"\b(?:resources|courses|books|guides|cheat ?sheets|platforms|tools|materials)\b"
    r"[^.!?\n]{0,40}\bI (?:would|'d|personally) (?:use|recommend|pick|choose)\b",
    re.IGNORECASE,
)
"""`… these are the top coding interview preparation resources I would use in tandem:`: the
writer naming what they would study with, not what to know."""
_NAME_WORDS = 12


def names_top_resources(section: Section) -> bool:
    """`If I had to prioritize - these are the top … resources I would use in tandem:` over
    `1. [Grokking …](…?aff=…)` / `1. My (free) … guide`: the writer's pick of courses and
    guides, each entry only a name (a link or a title of a few words). Entries that say what
    something is (`- **Techniques**: how to …`) or more than a title stay."""
    lead = _lead_over_one_list(section)
    if lead is None or not _TOP_RESOURCES.search(lead):
        return False
    return all(
        item.line is not None and not item.below and _only_a_name(item.line.content)
        for item in section.blocks[1].children
    )


def _only_a_name(line: str) -> bool:
    """`[Grokking the Coding Interview: Patterns …](…)`, `My (free) algorithms study guide`:
    a title, a link's words counting as its name."""
    rest = LINK_ADDRESSES.sub("", line) if "](" in line else line
    words = plain(line).split()
    return 0 < len(words) <= _NAME_WORDS and not any(
        mark in rest for mark in (": ", " - ", " — ", " – ", "→", ". ")
    )


_MARK_MEANS = lazy(r"^\s*((?:[^\w\s`*_\[\]()<>]\ufe0f?\s*){1,3})\s*(?:=|:)\s*\S")
"""`✅ = Do`, `⭐ = must know`, `🔥: asked often`: a mark the note sets on its lines, and
what it means there."""


_MARK_SAYS = lazy(r"^\s*(?:[^\w\s`*_\[\]()<>]\ufe0f?){1,2}\s+[^\W\d]")
"""`✅ solved on my own, clean`: a mark, then in words what it stands for."""
_LEGEND_TITLE = lazy(
    r"\b(?:legend|key|marks?|emojis?|symbols?)\b|범례|(?:표시|기호|상태)\s*(?:규칙|설명|의미|표시)",
    re.IGNORECASE,
)
"""`Status legend`, `Key`, `범례`, `표시 규칙`: a title naming a key to the note's marks."""


def is_mark_legend(section: Section) -> bool:
    """`#### Legend` over `- ✅ = Do` / `- ❌ = Don't` / `- ⚠️ = Situational`: a list saying
    what the note's own marks mean (symbols, not words). A key to reading the page, nothing
    of the subject; a glossary of real terms (`- TCP — …`) teaches, and stays. Under a title
    naming a key (`## Status legend`, maybe over a line leading into it), a mark then its
    meaning in words is one too (`- ✅ solved on my own`); elsewhere such a list marks points
    of the subject done right or wrong (`- ✅ store indices`), and stays."""
    blocks = section.blocks
    titled = _LEGEND_TITLE.search(section.title) is not None
    if titled and len(blocks) == 2 and blocks[0].type == "paragraph":
        blocks = blocks[1:]  # `I use these everywhere in the problem lists:`
    if len(blocks) != 1 or blocks[0].type != "bullet_list":
        return False
    items = blocks[0].children
    return len(items) >= 2 and all(
        item.line is not None
        and not item.below
        and (
            _MARK_MEANS.match(item.line.content) is not None
            or (titled and _MARK_SAYS.match(item.line.content) is not None)
        )
        for item in items
    )


def is_not_study_text(section: Section) -> bool:
    """Whether a section's own text is an advert, pay figures, a sample to imitate,
    click-by-click screenshots, a review of the note's writing, the page's own layout or
    links to practise elsewhere: no card of its own, nor a part named in its parent's card."""
    return bool(section.blocks) and (
        sells(section)
        or reviews_the_note(section)
        or describes_the_page(section)
        or is_practice_links(section)
        or is_pay_data(section)
        or is_sample_speech(section)
        or is_sample_to_fill_in(section)
        or is_screenshot_steps(section)
        or recommends_resources(section)
        or vouches_for_a_resource(section)
        or presents_own_resource(section)
        or names_top_resources(section)
        or is_mark_legend(section)
    )
