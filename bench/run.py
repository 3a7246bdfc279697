"""Benchmark flashgen against markdown-it-py parsing the same notes.

Machines are noisy, so every speed is a ratio to a baseline measured in the same run:
reading every note and parsing it with markdown-it-py alone. For each workload it times,
as the median of --repeat rounds (measurements interleaved, so drift hits all alike):

  parse      the baseline: read + markdown_parser().parse(text) for every note
  per-note   flashgen's per-note pipeline, cards_of_note() over all notes, serially
  serial     a full build with jobs=1
  parallel   a full build with jobs=None (a process pool from 64 notes on)

and checks that two serial builds write byte-identical .apkg files and that the parallel
build writes the same files as the serial one.

Workloads: synthetic corpora written by the shared generator, and each folder of the shared
real corpora. Both live beside the project, never in it; an absent one is skipped.

    python bench/run.py [--files 200 2000] [--repeat 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from flashgen.build import build, cards_of_note
from flashgen.config import Settings
from flashgen.parse import markdown_parser
from flashgen.sources import find_notes

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("parse", "per-note", "serial", "parallel")


def main() -> None:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="flashgen-bench-") as scratch:
        scratch = Path(scratch)
        results = [
            measure(name, folder, args.repeat, scratch) for name, folder in workloads(args, scratch)
        ]
    if not results:
        sys.exit("nothing to measure: neither the generator nor the real corpora were found")
    print()
    print(f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, median of {args.repeat}")
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        print(f"\nwrote {args.json}")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
    )
    parser.add_argument(
        "--files",
        type=int,
        nargs="+",
        default=[200, 2000],
        metavar="N",
        help="sizes of the synthetic corpora (default: 200 2000)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        metavar="R",
        help="rounds per workload; medians are reported (default: 3)",
    )
    parser.add_argument(
        "--generator",
        type=Path,
        default=Path(
            os.environ.get("FLASHGEN_CORPUS_TOOL", ROOT.parent / "shared/tools/make_corpus.py")
        ),
        help="synthetic-note generator (env FLASHGEN_CORPUS_TOOL; default: "
        "../shared/tools/make_corpus.py from the repo root)",
    )
    parser.add_argument(
        "--corpora",
        type=Path,
        default=Path(os.environ.get("FLASHGEN_CORPORA", ROOT.parent / "shared/corpora")),
        help="folder of real corpora, one subfolder each (env FLASHGEN_CORPORA; default: "
        "../shared/corpora from the repo root)",
    )
    parser.add_argument("--no-real", action="store_true", help="skip the real corpora")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    args = parser.parse_args()
    if args.repeat < 1 or min(args.files, default=1) < 1:
        parser.error("--files and --repeat must be at least 1")
    return args


def workloads(args: argparse.Namespace, scratch: Path):
    """(name, folder) for each workload, generating the synthetic ones on the way."""
    if not args.generator.is_file():
        print(f"skipping synthetic corpora: no generator at {args.generator}", file=sys.stderr)
        print("  (pass --generator or set FLASHGEN_CORPUS_TOOL)", file=sys.stderr)
    else:
        for count in args.files:
            folder = scratch / f"synthetic-{count}"
            command = [sys.executable, str(args.generator), str(folder), "--files", str(count)]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            yield f"synthetic {count}", folder
    if args.no_real:
        return
    if not args.corpora.is_dir():
        print(f"skipping real corpora: no folder at {args.corpora}", file=sys.stderr)
        print("  (pass --corpora or set FLASHGEN_CORPORA)", file=sys.stderr)
        return
    for folder in sorted(path for path in args.corpora.iterdir() if path.is_dir()):
        if find_notes([folder]):
            yield folder.name, folder


def measure(name: str, folder: Path, repeat: int, scratch: Path) -> dict:
    files = find_notes([folder])
    print(f"{name}: {len(files)} notes", end="", flush=True)
    parser = markdown_parser()
    outputs: dict[str, list[Path]] = {"serial": [], "parallel": []}
    reports = {}

    def parse_only() -> None:
        for file in files:
            parser.parse(file.path.read_bytes().decode("utf-8-sig", errors="replace"))

    def per_note() -> None:
        reports["per-note"] = [cards_of_note(file) for file in files]

    def full_build(kind: str, jobs: int | None) -> Callable[[], None]:
        def run() -> None:
            out = scratch / "out" / f"{kind}-{len(outputs[kind])}"
            reports[kind] = build(Settings(sources=(folder,), out=out, jobs=jobs))
            outputs[kind].append(out)

        return run

    steps = {
        "parse": parse_only,
        "per-note": per_note,
        "serial": full_build("serial", 1),
        "parallel": full_build("parallel", None),
    }
    parse_only()  # warm-up: file cache, imports, the parser itself
    times: dict[str, list[float]] = {kind: [] for kind in KINDS}
    for round_ in range(repeat):
        for i in range(len(KINDS)):
            kind = KINDS[(round_ + i) % len(KINDS)]  # rotate the order each round too
            start = time.perf_counter()
            steps[kind]()
            times[kind].append(time.perf_counter() - start)
        print(".", end="", flush=True)
    if repeat == 1:
        steps["serial"]()  # a second serial build, untimed, for the determinism check
    print()

    digests = {kind: [apkg_digests(out) for out in outs] for kind, outs in outputs.items()}
    serial, parallel = reports["serial"], reports["parallel"]
    median = {kind: statistics.median(times[kind]) for kind in KINDS}
    result = {
        "workload": name,
        "notes": len(files),
        "notes_read": serial.notes_read,
        "cards": serial.cards,
        "decks": len(serial.decks_written),
        "problems": len(serial.problems),
        "parse_s": median["parse"],
        "per_note_x": median["per-note"] / median["parse"],
        "serial_x": median["serial"] / median["parse"],
        "parallel_x": median["parallel"] / median["parse"],
        "serial_notes_per_s": len(files) / median["serial"],
        "parallel_notes_per_s": len(files) / median["parallel"],
        "deterministic": all(d == digests["serial"][0] for d in digests["serial"][1:]),
        "parallel_equals_serial": all(d == digests["serial"][0] for d in digests["parallel"]),
        "same_counts": (parallel.cards, len(parallel.decks_written))
        == (serial.cards, len(serial.decks_written))
        and sum(len(r.cards) for r in reports["per-note"]) == serial.cards,
        "times_s": times,
    }
    shutil.rmtree(scratch / "out")
    if not result["same_counts"]:
        print(f"  warning: {name}: card or deck counts differ between runs", file=sys.stderr)
    return result


def apkg_digests(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.glob("*.apkg"))
    }


def table(results: list[dict]) -> str:
    header = (
        "workload",
        "notes",
        "cards",
        "decks",
        "parse s",
        "per-note",
        "serial",
        "parallel",
        "notes/s ser",
        "notes/s par",
        "same bytes",
    )
    rows = [header]
    for r in results:
        same = "yes" if r["deterministic"] and r["parallel_equals_serial"] else "NO"
        if not r["deterministic"]:
            same += " (serial≠serial)"
        elif not r["parallel_equals_serial"]:
            same += " (parallel≠serial)"
        rows.append(
            (
                r["workload"],
                str(r["notes"]),
                str(r["cards"]),
                str(r["decks"]),
                f"{r['parse_s']:.2f}",
                f"{r['per_note_x']:.1f}×",
                f"{r['serial_x']:.1f}×",
                f"{r['parallel_x']:.1f}×",
                f"{r['serial_notes_per_s']:.1f}",
                f"{r['parallel_notes_per_s']:.1f}",
                same,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(align(row[i], w, i) for i, w in enumerate(widths)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def align(cell: str, width: int, column: int) -> str:
    return cell.ljust(width) if column == 0 else cell.rjust(width)


if __name__ == "__main__":
    main()
