"""A card-quality report: reader packets of sampled cards, and counts that need no reader.

    python scripts/card_quality.py [CORPORA] --seed N [-n 100] [-o OUT] [--json]

Exports each note collection in CORPORA (one folder per collection; default
`../shared/corpora` beside the project) with this checkout's flashgen
(`python -m flashgen export DIR --format json`), then:

- draws N cards (default 100, split evenly between collections) with a seeded random
  generator, the seed printed, and writes to OUT (default `card-quality-<seed>/`):
  `packets.md`, each card as the student sees it (context line, front, back; a cloze
  note as Anki's first card of it: the gaps of its first number hidden on the front and
  marked on the back, the other gaps' words shown) with its source section (the note's
  lines from the card's heading to the next heading of the same or higher level), no
  rule names; `key.json`, number → collection, rule, GUID, deck, source file and line;
  and `verdicts.tsv`, a blank sheet for the reader (KEEP / FIX / JUNK and the flaw,
  named as in the card rubric);
- prints counts over every card of every collection, per collection and in total (see
  `COUNTS`), with `--json` as JSON too. Each should fall toward zero, but cards per rule.

A missing CORPORA folder is reported and skipped, not an error.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"

ITEM_RULES = frozenset(
    {
        "table_of_contents_entry",
        "answered_question",
        "term_definition",
        "term_arrow_definition",
        "comparison_side",
        "label_with_children",
        "written_cards_below",
    }
)
"""Rules that take a list item out of its heading's answer to make a card of it (explicit
syntaxes aside: a card the writer asked for is never a split)."""

SHORT_ANSWER = 60
"""Characters of plain text below which a heading's card is left with too little."""
LONG_BACK = 15
"""Lines of a back (blank lines aside) above which it cannot be recalled in one go."""

COUNTS = {
    "cards": "cards of the collection, as exported (a cloze card is one, whatever its gaps)",
    "gutted_heading": (
        f"heading_answer cards whose own section also gave cards by an item rule "
        f"({', '.join(sorted(ITEM_RULES))}) and whose back has under {SHORT_ANSWER} "
        "characters of plain text"
    ),
    "long_back": f"cards whose back has over {LONG_BACK} non-blank lines of Markdown",
    "long_back_text": (
        f"cards whose back has over {LONG_BACK} non-blank lines with code blocks left out "
        "(the rubric's length, code aside)"
    ),
    "cloze_in_context": "cloze cards hiding a text the context line prints (case aside)",
    "repeated_front": "cards whose context and question repeat an earlier card's in its deck",
    "repeated_question": (
        "cards whose bare question (Anki's first field, the one its duplicate check reads) "
        "repeats an earlier card's in its deck"
    ),
    "picture_only_back": "cards whose back has an image and no words",
    "picture_on_front": "cards with an image on the front",
}


@dataclass(frozen=True)
class Card:
    corpus: str
    data: dict
    root: Path
    """The collection's folder: the export names a note relative to it."""

    @property
    def rule(self) -> str:
        return self.data["rule"]

    @property
    def file(self) -> Path:
        return self.root / self.data["source"]["file"]  # an absolute path stays as it is

    @property
    def line(self) -> int:
        return int(self.data["source"]["line"])

    @property
    def context_line(self) -> str:
        """The context line as Anki shows it (its math typeset, `\\(A = LU\\)`), or as
        written for an export that gives no HTML of it."""
        if "context_html" in self.data:
            return shown(self.data["context_html"])
        return " › ".join(self.data["context"])

    @property
    def is_cloze(self) -> bool:
        return self.data["kind"] == "cloze"


def export(corpus: Path, code: Path = ROOT) -> list[dict]:
    """Every card of a collection, as the JSON export of the flashgen in `code` gives it. Run
    in an empty folder, so no settings file or earlier decks there change what it makes."""
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "cards.json"
        done = subprocess.run(
            [sys.executable, "-m", "flashgen", "export", str(corpus.resolve()),
             "--format", "json", "-o", str(out)],
            cwd=work, capture_output=True, text=True, env=_env(code),
        )  # fmt: skip
        if not out.exists():
            raise SystemExit(f"{corpus}: export failed: {done.stderr.strip()[-500:]}")
        return json.loads(out.read_text(encoding="utf-8"))


def _env(code: Path) -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(code), env.get("PYTHONPATH"))))
    return env


# --- source sections --------------------------------------------------------------

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _without_code(text: str) -> list[str]:
    """The lines of some Markdown outside its fenced code blocks."""
    kept: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        mark = _FENCE.match(line)
        if fence is not None:
            if mark and mark[1][0] == fence[0] and len(mark[1]) >= len(fence):
                fence = None
        elif mark:
            fence = mark[1]
        else:
            kept.append(line)
    return kept


def heading_levels(lines: list[str]) -> dict[int, int]:
    """1-based line → level of each ATX heading, code blocks aside."""
    levels: dict[int, int] = {}
    fence: str | None = None
    for number, line in enumerate(lines, 1):
        mark = _FENCE.match(line)
        if fence is not None:
            if mark and mark[1][0] == fence[0] and len(mark[1]) >= len(fence):
                fence = None
            continue
        if mark:
            fence = mark[1]
            continue
        heading = _HEADING.match(line)
        if heading:
            levels[number] = len(heading[1])
    return levels


def section_span(levels: dict[int, int], line: int, total: int) -> tuple[int, int]:
    """The lines (first, last) of the section holding `line`: from the nearest heading at or
    above it to the line before the next heading of the same or a higher level."""
    above = [number for number in levels if number <= line]
    if not above:
        below = [number for number in levels if number > line]
        return 1, (min(below) - 1 if below else total)
    start = max(above)
    level = levels[start]
    ends = [number for number in levels if number > start and levels[number] <= level]
    return start, (min(ends) - 1 if ends else total)


def own_span(levels: dict[int, int], start: int, total: int) -> tuple[int, int]:
    """A heading's own lines, up to its first subheading."""
    below = [number for number in levels if number > start]
    return start, (min(below) - 1 if below else total)


class Notes:
    """Each note's lines and headings, read once."""

    def __init__(self) -> None:
        self._read: dict[Path, tuple[list[str], dict[int, int]]] = {}

    def get(self, file: Path) -> tuple[list[str], dict[int, int]]:
        if file not in self._read:
            lines = file.read_text(encoding="utf-8", errors="replace").split("\n")
            self._read[file] = (lines, heading_levels(lines))
        return self._read[file]

    def section(self, card: Card) -> str:
        lines, levels = self.get(card.file)
        first, last = section_span(levels, card.line, len(lines))
        return "\n".join(lines[first - 1 : last]).strip("\n")


# --- what a card shows ------------------------------------------------------------

_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::([^{}]*?))?\}\}", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"[*_`~#>|\-]+|^\s*\d+[.)]\s", re.MULTILINE)
_WORD = re.compile(r"\w")


def plain(markdown: str) -> str:
    """The words of a side: no images, tags, link addresses, marks or extra spaces."""
    text = _IMAGE.sub(" ", markdown)
    text = _LINK.sub(r"\1", _TAG.sub(" ", text)).replace("&nbsp;", " ")
    text = _CLOZE.sub(lambda m: m[2], text)
    return " ".join(_MARKS.sub(" ", text).split())


# --- a side as the student sees it ---------------------------------------------------


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    children: list[_Element | str]


_VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "source", "wbr", "col"})
_INLINE_MARKS = {"strong": "**", "b": "**", "em": "_", "i": "_", "s": "~~", "del": "~~"}
_BLOCKS = frozenset(
    {"p", "div", "pre", "ul", "ol", "li", "blockquote", "table", "h1", "h2", "h3", "h4",
     "h5", "h6", "hr", "figure", "figcaption", "details", "summary", "dl", "dt", "dd"}
)  # fmt: skip


class _Tree(HTMLParser):
    """A card side's HTML as a tree of elements and texts (what Anki draws from)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("", {}, [])
        self.open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, {k: v or "" for k, v in attrs}, [])
        self.open[-1].children.append(element)
        if tag not in _VOID:
            self.open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open[-1].children.append(_Element(tag, {k: v or "" for k, v in attrs}, []))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth].tag == tag:
                del self.open[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.open[-1].children.append(data)


def shown(html: str) -> str:
    """A card side's HTML as a reader of a packet should picture it in Anki, in Markdown's
    looks: a box as a labelled quote (`> **Info:** …`), a picture as `[image: alt]`, a
    link as its words, code in fences, a table as rows of cells. Raw syntax Anki does not
    draw (`:::info` left as text) stays visible, as the student would see it."""
    tree = _Tree()
    tree.feed(html)
    tree.close()
    return "\n\n".join(_blocks(tree.root.children)).strip()


def _blocks(nodes: list[_Element | str]) -> list[str]:
    """The blocks of these nodes, in order: a run of inline nodes makes one paragraph."""
    blocks: list[str] = []
    run: list[_Element | str] = []

    def end_run() -> None:
        text = "\n".join(line.strip() for line in _inline(run).split("\n")).strip()
        if text:
            blocks.append(text)
        run.clear()

    for node in nodes:
        if isinstance(node, str) or node.tag not in _BLOCKS:
            run.append(node)
            continue
        end_run()
        block = _block(node)
        if block.strip():
            blocks.append(block)
    end_run()
    return blocks


def _block(element: _Element) -> str:
    tag, children = element.tag, element.children
    if "callout" in element.attrs.get("class", "").split():
        titles = [c for c in children if isinstance(c, _Element) and _is_box_title(c)]
        title = " ".join(_inline(titles[0].children).split()) if titles else "Note"
        rest = [c for c in children if c not in titles]
        body = "\n\n".join(_blocks(rest))
        # A body opening on a list, code or a table starts under the title, not beside it.
        first = next((c for c in rest if not isinstance(c, str) or c.strip()), None)
        beside = not isinstance(first, _Element) or first.tag not in _BLOCKS or first.tag == "p"
        return _quote(f"**{title}:** {body}" if beside else f"**{title}:**\n\n{body}")
    if tag == "blockquote":
        return _quote("\n\n".join(_blocks(children)))
    if tag == "pre":
        return f"```\n{_text(element).strip(chr(10))}\n```"
    if tag in ("ul", "ol"):
        items = [c for c in children if isinstance(c, _Element) and c.tag == "li"]
        first = element.attrs.get("start") or "1"  # a list that goes on after a break
        return "\n".join(
            _item("- " if tag == "ul" else f"{number}. ", item)
            for number, item in enumerate(items, start=int(first) if first.isdigit() else 1)
        )
    if tag == "table":
        return _table(element)
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return f"**{' '.join(_inline(children).split())}**"
    if tag == "hr":
        return "---"
    return "\n\n".join(_blocks(children))


def _is_box_title(element: _Element) -> bool:
    return "callout-title" in element.attrs.get("class", "").split()


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _item(marker: str, item: _Element) -> str:
    lines = "\n\n".join(_blocks(item.children)).split("\n")
    pad = " " * len(marker)
    return "\n".join([marker + lines[0], *(pad + line if line else "" for line in lines[1:])])


def _table(table: _Element) -> str:
    rows = [e for e in _descendants(table) if e.tag == "tr"]
    lines = []
    for number, row in enumerate(rows):
        cells = [c for c in row.children if isinstance(c, _Element) and c.tag in ("td", "th")]
        shown = (_cell(_inline(c.children)) for c in cells)
        lines.append("| " + " | ".join(shown) + " |")
        if number == 0:
            lines.append("|" + " --- |" * len(cells))
    return "\n".join(lines)


def _cell(text: str) -> str:
    """A cell on one line: its breaks as `<br>`, its bars escaped."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "<br>".join(line for line in lines if line).replace("|", "\\|")


def _descendants(element: _Element) -> list[_Element]:
    found = []
    for child in element.children:
        if isinstance(child, _Element):
            found.extend((child, *_descendants(child)))
    return found


def _inline(nodes: list[_Element | str]) -> str:
    """Inline nodes as one text: spaces collapsed as a browser does, `<br>` a line break."""
    parts: list[str] = []
    for node in nodes:
        if isinstance(node, str):  # a star the note wrote is not a mark: `**Ajax\***`
            parts.append(re.sub(r"\s+", " ", node).replace("*", "\\*"))
        elif node.tag == "br":
            parts.append("\n")
        elif node.tag == "img":
            alt = " ".join(node.attrs.get("alt", "").split())
            parts.append(f"[image: {alt}]" if alt else "[image]")
        elif node.tag == "code":
            parts.append(f"`{_text(node)}`")
        elif node.tag in _INLINE_MARKS:
            mark = _INLINE_MARKS[node.tag]
            parts.append(f"{mark}{_inline(node.children).strip()}{mark}")
        elif node.tag in _BLOCKS:  # a block inside a line (a list in a cell): its words
            parts.append(" ".join(_blocks([node])))
        elif node.tag in ("sup", "sub"):  # 2<sup>k</sup> must not read as 2k
            mark = "^" if node.tag == "sup" else "_"
            held = _inline(node.children).strip()
            bare = len(held) == 1 or (held.startswith("(") and held.endswith(")"))
            parts.append(f"{mark}{held}" if bare else f"{mark}({held})")
        else:  # a link shows its words, a span what it holds
            parts.append(_inline(node.children))
    return "".join(parts)


def _text(element: _Element) -> str:
    """Every text under an element as written (code keeps its spaces and lines)."""
    return "".join(c if isinstance(c, str) else _text(c) for c in element.children)


def hidden(card: Card) -> list[str]:
    return [m[2] for m in _CLOZE.finditer(card.data["question"])] if card.is_cloze else []


def shown_back(card: Card) -> str:
    if not card.is_cloze:
        return card.data["answer"]
    text = _CLOZE.sub(lambda m: f"⟦{m[2]}⟧", card.data["question"])
    return text + (f"\n\n{card.data['answer']}" if card.data["answer"].strip() else "")


def _drawn(card: Card, side: str) -> str:
    return shown(card.data.get(f"{side}_html") or card.data[side])


def _first_ordinal(text: str) -> str:
    return min((m[1] for m in _CLOZE.finditer(text)), key=int, default="1")


def drawn_front(card: Card) -> str:
    """The front as Anki draws the note's first card (from the export's HTML): Anki makes
    a card per gap number, each hiding its own gaps and showing the others' words."""
    front = _drawn(card, "question")
    if not card.is_cloze:
        return front
    asked = _first_ordinal(front)
    return _CLOZE.sub(lambda m: f"[…{m[3] or ''}]" if m[1] == asked else m[2], front)


def drawn_back(card: Card) -> str:
    """The back of that same card; for a cloze, its text with what it hid marked ⟦so⟧."""
    answer = _drawn(card, "answer")
    if not card.is_cloze:
        return answer
    question = _drawn(card, "question")
    asked = _first_ordinal(question)
    text = _CLOZE.sub(lambda m: f"⟦{m[2]}⟧" if m[1] == asked else m[2], question)
    return text + (f"\n\n{answer}" if answer.strip() else "")


# --- counts -----------------------------------------------------------------------


def counts(cards: list[Card], notes: Notes) -> dict[str, object]:
    """The COUNTS of one collection's cards, and its cards per rule."""
    found = Counter({name: 0 for name in COUNTS})
    found["cards"] = len(cards)
    item_lines: dict[Path, list[int]] = {}
    for card in cards:
        if card.rule in ITEM_RULES:
            item_lines.setdefault(card.file, []).append(card.line)
    fronts: set[tuple[str, str]] = set()
    questions: set[tuple[str, str]] = set()
    for card in cards:
        data = card.data
        if card.rule == "heading_answer" and len(plain(data["answer"])) < SHORT_ANSWER:
            lines, levels = notes.get(card.file)
            first, last = own_span(levels, card.line, len(lines))
            if any(first < line <= last for line in item_lines.get(card.file, ())):
                found["gutted_heading"] += 1
        back = shown_back(card) if card.is_cloze else data["answer"]
        if sum(1 for line in back.split("\n") if line.strip()) > LONG_BACK:
            found["long_back"] += 1
        if sum(1 for line in _without_code(back) if line.strip()) > LONG_BACK:
            found["long_back_text"] += 1
        context = card.context_line.casefold()
        if any(text.strip() and plain(text).casefold() in context for text in hidden(card)):
            found["cloze_in_context"] += 1
        front = (data["deck"], "\x1f".join((*data["context"], data["question"])))
        found["repeated_front"] += front in fronts
        fronts.add(front)
        question = (data["deck"], data["question"])
        found["repeated_question"] += question in questions
        questions.add(question)
        if (
            not card.is_cloze
            and _IMAGE.search(data["answer"])
            and not _WORD.search(plain(data["answer"]))
        ):
            found["picture_only_back"] += 1
        if _IMAGE.search(data["question"]):
            found["picture_on_front"] += 1
    by_rule = Counter(card.rule for card in cards)
    return {**found, "by_rule": dict(sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])))}


def total(per_corpus: dict[str, dict]) -> dict[str, object]:
    summed: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for found in per_corpus.values():
        summed.update({name: found[name] for name in COUNTS})
        rules.update(found["by_rule"])
    return {**summed, "by_rule": dict(sorted(rules.items(), key=lambda kv: (-kv[1], kv[0])))}


def counts_table(per_corpus: dict[str, dict]) -> str:
    columns = {**per_corpus, "total": total(per_corpus)}
    names = list(columns)
    width = max(len(name) for name in (*COUNTS, "rule: label_with_children_x"))
    header = f"{'':{width}}  " + "  ".join(f"{name[:24]:>24}" for name in names)
    rows = [header]
    for name in COUNTS:
        rows.append(f"{name:{width}}  " + "  ".join(f"{columns[c][name]:>24}" for c in names))
    rules = sorted({rule for c in names for rule in columns[c]["by_rule"]})
    for rule in rules:
        label = f"rule: {rule}"
        cells = "  ".join(f"{columns[c]['by_rule'].get(rule, 0):>24}" for c in names)
        rows.append(f"{label:{width}}  {cells}")
    legend = "\n".join(f"  {name}: {meaning}" for name, meaning in COUNTS.items())
    return "\n".join(rows) + "\n\n" + legend + "\n"


# --- sample and packets -----------------------------------------------------------


def sample(per_corpus: dict[str, list[Card]], n: int, seed: int) -> list[Card]:
    """`n` cards, as evenly from each collection as they go, in a shuffled order."""
    rng = random.Random(seed)
    names = sorted(per_corpus)
    drawn: list[Card] = []
    for index, name in enumerate(names):
        share = n // len(names) + (index < n % len(names))
        cards = per_corpus[name]
        drawn.extend(rng.sample(cards, min(share, len(cards))))
    rng.shuffle(drawn)
    return drawn


def _fenced(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`{3,}|~{3,}", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}markdown\n{text}\n{fence}"


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in (text or "(empty)").split("\n"))


def packet(number: int, card: Card, section: str, shown_path: str) -> str:
    kind = "cloze: the front hides […], the back shows ⟦it⟧" if card.is_cloze else "basic"
    return "\n".join(
        (
            f"## Card {number}",
            "",
            f"*{kind}*",
            "",
            f"**Context:** {card.context_line or '(none)'}",
            "",
            "**Front:**",
            "",
            _quoted(drawn_front(card)),
            "",
            "**Back:**",
            "",
            _quoted(drawn_back(card)),
            "",
            f"**Source section** ({shown_path}, line {card.line}):",
            "",
            _fenced(section),
            "",
            "---",
            "",
        )
    )


def write_packets(
    drawn: list[Card], notes: Notes, out: Path, seed: int, rubric: str, corpora: Path
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    parts = [
        f"# Cards to judge (sample seed {seed})\n",
        f"Judge each card against the rubric{rubric}: KEEP, FIX (say which flaw) or JUNK, "
        "with its source section open beside it. Write the verdicts in verdicts.tsv.\n",
    ]
    key = {}
    for number, card in enumerate(drawn, 1):
        shown = _relative(card.file, corpora)
        parts.append(packet(number, card, notes.section(card), shown))
        key[number] = {
            "corpus": card.corpus,
            "rule": card.rule,
            "kind": card.data["kind"],
            "guid": card.data["guid"],
            "deck": card.data["deck"],
            "source": {"file": shown, "line": card.line},
        }
    (out / "packets.md").write_text("\n".join(parts), encoding="utf-8")
    (out / "key.json").write_text(
        json.dumps({"seed": seed, "cards": key}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    sheet = "number\tverdict\tflaw\tnote\n" + "".join(f"{n}\t\t\t\n" for n in key)
    (out / "verdicts.tsv").write_text(sheet, encoding="utf-8")


def _relative(file: Path, folder: Path) -> str:
    try:
        return file.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return file.as_posix()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA,
                        help="folder of note collections, one subfolder each")  # fmt: skip
    parser.add_argument("--seed", type=int, help="sample seed (default: a fresh one, printed)")
    parser.add_argument("-n", "--cards", type=int, default=100, help="cards to draw (100)")
    parser.add_argument("-o", "--out", type=Path, help="packets folder (card-quality-SEED)")
    parser.add_argument("--json", action="store_true", help="also print the counts as JSON")
    parser.add_argument("--no-packets", action="store_true", help="print the counts only")
    args = parser.parse_args(argv)

    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}: nothing to measure (skipped)")
        return 0
    folders = sorted(p for p in args.corpora.iterdir() if p.is_dir() and not p.name.startswith("."))
    seed = args.seed if args.seed is not None else int(time.time() * 1000) % 10**10
    print(f"seed: {seed}")
    notes = Notes()
    cards = {f.name: [Card(f.name, data, f.resolve()) for data in export(f)] for f in folders}
    per_corpus = {name: counts(found, notes) for name, found in cards.items()}
    print(counts_table(per_corpus))
    if args.json:
        print(json.dumps({"seed": seed, "corpora": per_corpus, "total": total(per_corpus)},
                         ensure_ascii=False, indent=2))  # fmt: skip
    if not args.no_packets:
        out = args.out or Path(f"card-quality-{seed}")
        rubric = ROOT.parent / "shared" / "design" / "card-rubric.md"
        where = f" ({rubric})" if rubric.exists() else ""
        write_packets(sample(cards, args.cards, seed), notes, out, seed, where, args.corpora)
        print(f"packets: {out / 'packets.md'}, key: {out / 'key.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
