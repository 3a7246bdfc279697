"""What a change to the card rules did, card by card: reader packets of before/after pairs.

    python scripts/card_changes.py [CORPORA] --before REV --seed N [-n 48] [-o OUT]

Samples from a whole collection cannot show a change that touches one card in ten: two
samples of the same code differ by more. This compares the cards themselves instead.
Each note collection in CORPORA (one folder per collection; default `../shared/corpora`
beside the project) is exported twice, with the flashgen of git revision REV and with
this checkout's. The cards are paired by GUID, else by their place in the note (file,
line and rule: a front reworded, a card moved to another deck). Of the pairs whose front
or back differ, of the cards only REV made and of those only this checkout makes, N are
drawn with a seeded generator (half changed, a quarter each removed and added), and
written to OUT (default `card-changes-<seed>/`):

- `packets.md`: each pair as the student sees it (context line, front, back), BEFORE and
  AFTER, then the note's source section; no rule names;
- `key.json`: number → kind, collection, rule; and the counts over every card;
- `verdicts.tsv`: a blank sheet. A reader marks a changed pair BETTER, WORSE or SAME (and
  the AFTER card KEEP/FIX/JUNK), a removed card RIGHT or LOSS, an added one KEEP/FIX/JUNK.

Cards whose only change is their context line are counted, not drawn.

    python scripts/card_changes.py [CORPORA] --before REV --sample READING [-o OUT]
    python scripts/card_changes.py --tally READING OUT

A paired measure of one reading: instead of drawing from every change, take the cards an
earlier `card_quality.py` sample drew (READING, the folder with its `key.json` and the
reader's `verdicts.tsv`), and write pairs only for those of them this checkout changed or
no longer makes; the others keep their verdicts. Once those pairs are read, `--tally`
prints the reading's KEEP/FIX/JUNK before and after, the same cards read twice, which
the spread between two samples (about 8 points a hundred cards) cannot hide.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import card_quality as quality  # noqa: E402  (its sides, sections and export are ours too)

Pair = tuple[dict, dict]


@dataclass
class Changes:
    """The cards of one collection that differ between two exports."""

    changed: list[Pair] = field(default_factory=list)
    context_only: list[Pair] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    added: list[dict] = field(default_factory=list)


def _place(card: dict) -> tuple[str, int, str]:
    return card["source"]["file"], int(card["source"]["line"]), card["rule"]


def _sides(card: dict) -> tuple[str, str]:
    return card["question_html"], card["answer_html"]


def changes(before: list[dict], after: list[dict]) -> Changes:
    """Pairs by GUID, then the rest by place in the note; what pairs with nothing is removed
    or added."""
    old = {card["guid"]: card for card in before}
    new = {card["guid"]: card for card in after}
    found = Changes()
    for guid, card in old.items():
        if guid in new and _sides(card) != _sides(new[guid]):
            found.changed.append((card, new[guid]))
    unpaired: dict[tuple[str, int, str], list[dict]] = {}
    for guid, card in new.items():
        if guid not in old:
            unpaired.setdefault(_place(card), []).append(card)
    for guid, card in old.items():
        if guid in new:
            continue
        same_place = unpaired.get(_place(card))
        if not same_place:
            found.removed.append(card)
            continue
        moved = same_place.pop(0)
        kind = found.context_only if _sides(card) == _sides(moved) else found.changed
        kind.append((card, moved))
    found.added = [card for cards in unpaired.values() for card in cards]
    return found


def code_at(revision: str, into: Path) -> Path:
    """The `flashgen` package as it was at a git revision, unpacked into a folder."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision, "flashgen"],
        cwd=quality.ROOT, capture_output=True, check=True,
    ).stdout  # fmt: skip
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def _shown(card: dict, root: Path) -> tuple[quality.Card, str]:
    shown = quality.Card(root.name, card, root)
    text = "\n".join((
        f"**Context:** {shown.context_line or '(none)'}", "",
        "**Front:**", "", quality._quoted(quality.drawn_front(shown)), "",
        "**Back:**", "", quality._quoted(quality.drawn_back(shown)),
    ))  # fmt: skip
    return shown, text


def _after(kind: str, entry: dict | Pair) -> dict:
    return entry[1] if kind == "changed" else entry


def packet(number: int, kind: str, root: Path, entry: dict | Pair, notes: quality.Notes) -> str:
    if kind == "changed":
        shown, before = _shown(entry[0], root)
        body = f"### BEFORE\n\n{before}\n\n### AFTER\n\n{_shown(entry[1], root)[1]}"
    else:
        shown, text = _shown(entry, root)
        title = "REMOVED (no longer made)" if kind == "removed" else "ADDED (a new card)"
        body = f"### {title}\n\n{text}"
    where = f"{root.name}/{shown.data['source']['file']}, line {shown.line}"
    section = quality._fenced(notes.section(shown))
    return f"## Pair {number} — {kind}\n\n{body}\n\n**Source section** ({where}):\n\n{section}\n\n---\n"  # noqa: E501


def sampled(found: dict[Path, Changes], reading: Path) -> list[tuple[int, str, Path, dict | Pair]]:
    """The cards a reading drew that this checkout changed (its context line too, which the
    reader saw) or removed, by their number there."""
    key = json.loads((reading / "key.json").read_text(encoding="utf-8"))["cards"]
    by_guid = {}
    for root, changes in found.items():
        for pair in changes.changed + changes.context_only:
            by_guid[root.name, pair[0]["guid"]] = ("changed", root, pair)
        for card in changes.removed:
            by_guid[root.name, card["guid"]] = ("removed", root, card)
    return [
        (int(number), *by_guid[card["corpus"], card["guid"]])
        for number, card in key.items()
        if (card["corpus"], card["guid"]) in by_guid
    ]


def _verdicts(sheet: Path) -> dict[int, dict[str, str]]:
    with sheet.open(encoding="utf-8") as rows:
        return {int(row["number"]): row for row in csv.DictReader(rows, delimiter="\t")}


def tally(reading: Path, out: Path) -> str:
    """The reading's verdicts before, and after with its changed cards read again."""
    before = {
        n: row["verdict"].strip().upper() for n, row in _verdicts(reading / "verdicts.tsv").items()
    }
    pairs = json.loads((out / "key.json").read_text(encoding="utf-8"))["pairs"]
    reread = _verdicts(out / "verdicts.tsv")
    after = dict(before)
    for number, pair in pairs.items():
        row = reread[int(number)]
        card = pair["card"]
        after[card] = "GONE" if pair["kind"] == "removed" else row["after"].strip().upper()

    def line(verdicts: dict[int, str]) -> str:
        count = Counter(verdicts.values())
        return " ".join(f"{v} {count[v]}" for v in ("KEEP", "FIX", "JUNK", "GONE") if count[v])

    moved = Counter((before[n], after[n]) for n in before if before[n] != after[n])
    return "\n".join((
        f"before: {line(before)}",
        f"after:  {line(after)}",
        "moved:  " + (", ".join(f"{a}→{b} {k}" for (a, b), k in sorted(moved.items())) or "none"),
    ))  # fmt: skip


def draw(found: dict[Path, Changes], n: int, seed: int) -> list[tuple[str, Path, dict | Pair]]:
    """n entries: half changed pairs, a quarter each removed and added (fewer if fewer)."""
    generator = random.Random(seed)
    pools = {
        kind: [(root, entry) for root, changes in found.items() for entry in getattr(changes, kind)]
        for kind in ("changed", "removed", "added")
    }
    wanted = {"changed": n - 2 * (n // 4), "removed": n // 4, "added": n // 4}
    drawn = [
        (kind, root, entry)
        for kind, pool in pools.items()
        for root, entry in generator.sample(pool, min(wanted[kind], len(pool)))
    ]
    generator.shuffle(drawn)
    return drawn


HEADER = """# Cards before and after a change

Judge each pair as a student who studies with Anki, by the card rubric. A changed pair:
BETTER, WORSE or SAME (the difference does not matter to a student), and the AFTER card's
KEEP/FIX/JUNK. A removed card: RIGHT (junk, or not worth its place) or LOSS (a card you
would have kept). An added card: KEEP/FIX/JUNK. Write them in verdicts.tsv.

"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=quality.DEFAULT_CORPORA,
                        help="folder of note collections, one subfolder each")  # fmt: skip
    parser.add_argument("--before", help="git revision of the code before")
    parser.add_argument("--seed", type=int, help="sample seed (without --sample)")
    parser.add_argument("--sample", type=Path, help="pair only the cards of this reading")
    parser.add_argument("--tally", nargs=2, type=Path, metavar=("READING", "OUT"),
                        help="a reading's verdicts before and after its pairs")  # fmt: skip
    parser.add_argument("-n", "--pairs", type=int, default=48, help="pairs to draw (48)")
    parser.add_argument("-o", "--out", type=Path, help="packets folder (card-changes-SEED)")
    args = parser.parse_args(argv)
    if args.tally:
        print(tally(*args.tally))
        return 0
    if args.before is None or (args.seed is None) == (args.sample is None):
        parser.error("--before REV and one of --seed N or --sample READING are needed")

    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}: nothing to compare (skipped)")
        return 0
    folders = sorted(p for p in args.corpora.iterdir() if p.is_dir() and not p.name.startswith("."))
    with tempfile.TemporaryDirectory() as work:
        old_code = code_at(args.before, Path(work))
        found = {
            folder.resolve(): changes(quality.export(folder, old_code), quality.export(folder))
            for folder in folders
        }
    kinds = ("changed", "context_only", "removed", "added")
    counts = {root.name: {k: len(getattr(c, k)) for k in kinds} for root, c in found.items()}
    for name, count in counts.items():
        print(name, " ".join(f"{kind} {number}" for kind, number in count.items()))
    out = args.out or Path(f"card-changes-{args.seed or args.sample.name}")
    out.mkdir(parents=True, exist_ok=True)
    notes = quality.Notes()
    if args.sample:
        picked = sampled(found, args.sample)
        drawn = [entry for _, *entry in picked]
        print(
            f"{len(drawn)} of the reading's cards changed or removed; the rest keep their verdicts"
        )
    else:
        drawn = draw(found, args.pairs, args.seed)
    packets = [packet(i, *drawn_one, notes) for i, drawn_one in enumerate(drawn, 1)]
    (out / "packets.md").write_text(HEADER + "\n".join(packets), encoding="utf-8")
    key = {
        i: {"kind": kind, "collection": root.name, "rule": _after(kind, entry)["rule"]}
        for i, (kind, root, entry) in enumerate(drawn, 1)
    }
    if args.sample:
        for i, (card, *_) in enumerate(picked, 1):
            key[i]["card"] = card
    (out / "key.json").write_text(
        json.dumps({"seed": args.seed, "before": args.before, "counts": counts, "pairs": key},
                   ensure_ascii=False, indent=1), encoding="utf-8")  # fmt: skip
    sheet = "number\twhat\tverdict\tafter\tnote\n" + "".join(
        f"{i}\t{kind}\t\t\t\n" for i, (kind, _, _) in enumerate(drawn, 1)
    )
    (out / "verdicts.tsv").write_text(sheet, encoding="utf-8")
    print(f"packets: {out / 'packets.md'}, key: {out / 'key.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
