"""Benchmark flashgen builds against markdown-it-py parsing the same notes.

    python bench/run.py [--files 2000 20000] [--repeat 3] [--no-real] [--json FILE]

Machines are noisy, so full-build speeds are ratios to a baseline measured in the same run:
reading every note and parsing it with a bare `MarkdownIt("commonmark").enable("table")`.
Every measurement runs in a fresh child process (bench/measure.py), so each has the same
footing and its peak memory (ru_maxrss) is its own. Per workload, medians of --repeat rounds:

  parse      the baseline, read included
  serial     a cold build (empty output folder) with jobs=1
  all cores  a cold build with one worker per CPU
  no-op      `python -m flashgen build SRC -o OUT` again, nothing changed: wall time of the
             command as a user sees it, interpreter start included
  one edit   the same command after appending a bullet to one note

The order of parse, serial and all cores rotates each round, so drift hits all alike; the
rebuilds follow, on the all-cores output. It also checks that two cold builds write
byte-identical decks, and that the rebuild after the edit wrote the same bytes as a clean
serial build given the same stamps file.

Workloads: synthetic corpora of --files notes from bench/make_notes.py (or --generator, any
script called as `GEN OUT --files N`), and a copy of each folder of the real corpora
(--corpora), when present.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's flashgen, whatever else is installed

from flashgen.sources import find_notes  # noqa: E402
from flashgen.state import STATE_DIR  # noqa: E402

BENCH = Path(__file__).resolve().parent
COLD = ("parse", "serial", "all cores")
FLASHGEN = (sys.executable, "-m", "flashgen")
EDIT = "\n\n- 벤치마크 용어: 한 번의 수정으로 더한 정의\n"
"""Appended to one note for the one-edit rebuild: a new `term: definition` card."""

TARGETS = {
    "serial_x": 1.3,
    "all_cores_x": 0.75,
    "noop_s": 0.5,
    "edit_s": 1.0,
}
MEMORY_TARGET_MB = 300
MEMORY_TARGET_NOTES = 2000
"""Peak memory at most 300 MB at 2,000 notes, and growing no faster than linearly beyond."""


def main() -> None:
    args = parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="flashgen-bench-") as scratch:
        scratch = Path(scratch)
        warm_bytecode(scratch / "bytecode")
        start_s = statistics.median(command_seconds([*FLASHGEN, "--version"]) for _ in range(3))
        results = [
            measure(name, folder, args.repeat, scratch) for name, folder in workloads(args, scratch)
        ]
    if not results:
        sys.exit("nothing to measure")
    machine = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.machine()}",
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "repeat": args.repeat,
        "flashgen_version_s": start_s,
    }
    print()
    print(
        f"{machine['date']}, {machine['cpus']} CPUs, Python {machine['python']}, "
        f"median of {args.repeat}; load average {format_load(load_before)} before, "
        f"{format_load(os.getloadavg())} after"
    )
    print(f"`python -m flashgen --version` alone takes {start_s:.2f} s")
    print()
    print(speed_table(results))
    print()
    print(target_table(results))
    if args.json:
        document = {"machine": machine, "targets": TARGETS, "workloads": results}
        args.json.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        print(f"\nwrote {args.json}")
    if not all(r["cold_identical"] and r["cached_equals_clean"] for r in results):
        sys.exit("decks differ where they must be the same bytes: see the table")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--files",
        type=int,
        nargs="+",
        default=[2000, 20000],
        metavar="N",
        help="sizes of the synthetic corpora (default: 2000 20000)",
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
        default=BENCH / "make_notes.py",
        metavar="PATH",
        help="script writing the synthetic notes, called as `PATH OUT --files N` "
        "(default: bench/make_notes.py)",
    )
    parser.add_argument(
        "--corpora",
        type=Path,
        default=Path(os.environ.get("FLASHGEN_CORPORA", ROOT.parent / "shared/corpora")),
        metavar="DIR",
        help="folder of real corpora, one subfolder each (env FLASHGEN_CORPORA; default: "
        "../shared/corpora from the repo root)",
    )
    parser.add_argument("--no-real", action="store_true", help="skip the real corpora")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    args = parser.parse_args()
    if args.repeat < 1 or min(args.files, default=1) < 1:
        parser.error("--files and --repeat must be at least 1")
    if not args.generator.is_file():
        parser.error(f"no generator at {args.generator}")
    return args


def workloads(args: argparse.Namespace, scratch: Path):
    """(name, folder) for each workload, each in a scratch folder of its own to edit."""
    for count in args.files:
        folder = scratch / f"synthetic-{count}"
        command = [sys.executable, str(args.generator), str(folder), "--files", str(count)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        yield f"synthetic {count}", folder
        shutil.rmtree(folder)
    if args.no_real:
        return
    if not args.corpora.is_dir():
        print(f"skipping real corpora: no folder at {args.corpora}", file=sys.stderr)
        print("  (pass --corpora or set FLASHGEN_CORPORA)", file=sys.stderr)
        return
    for corpus in sorted(path for path in args.corpora.iterdir() if path.is_dir()):
        if find_notes([corpus]):
            folder = scratch / "real" / corpus.name
            shutil.copytree(corpus, folder, symlinks=True)  # the edit must not touch the original
            yield corpus.name, folder
            shutil.rmtree(folder)


def measure(name: str, source: Path, repeat: int, scratch: Path) -> dict:
    files = find_notes([source])
    listing = scratch / "files.txt"
    listing.write_text("".join(f"{file.path}\n" for file in files), encoding="utf-8")
    size = sum(file.path.stat().st_size for file in files)
    for file in files:
        file.path.read_bytes()  # into the page cache, for every step alike
    edited = files[len(files) // 2].path
    print(f"{name}: {len(files)} notes, {size / 1e6:.1f} MB ", end="", flush=True, file=sys.stderr)

    runs: dict[str, list[dict]] = {kind: [] for kind in (*COLD, "no-op", "one edit")}
    cold_digests: list[dict[str, str]] = []
    cached_equals_clean = True
    for round_ in range(repeat):
        outputs = {}
        for i in range(len(COLD)):
            kind = COLD[(round_ + i) % len(COLD)]
            if kind == "parse":
                runs[kind].append(child("parse", str(listing)))
                continue
            out = scratch / "out" / f"{kind.replace(' ', '-')}-{round_}"
            jobs = "1" if kind == "serial" else "all"
            runs[kind].append(child("build", str(source), str(out), jobs))
            cold_digests.append(apkg_digests(out))
            outputs[kind] = out

        warm = outputs["all cores"]
        runs["no-op"].append(command_build(source, warm, scratch))
        state = scratch / "state-before-edit"
        shutil.rmtree(state, ignore_errors=True)
        shutil.copytree(warm / STATE_DIR, state)
        original, stat = edited.read_bytes(), edited.stat()
        edited.write_bytes(original + EDIT.encode("utf-8"))
        runs["one edit"].append(command_build(source, warm, scratch))
        if round_ == repeat - 1:
            # The same notes and the same stamps, built from nothing, serially.
            clean = scratch / "out" / "clean"
            clean.mkdir()
            shutil.copytree(state, clean / STATE_DIR)
            child("build", str(source), str(clean), "1")
            cached_equals_clean = apkg_digests(clean) == apkg_digests(warm)
        edited.write_bytes(original)
        # Its time too: a note's modification time is in its cards, so the next round's cold
        # builds must see the same one to write the same bytes.
        os.utime(edited, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        shutil.rmtree(scratch / "out")
        print(".", end="", flush=True, file=sys.stderr)
    print(file=sys.stderr)

    cold_identical = all(digests == cold_digests[0] for digests in cold_digests[1:])
    return {
        **figures(name, len(files), size, runs),
        "cold_identical": cold_identical,
        "cached_equals_clean": cached_equals_clean,
    }


def figures(name: str, notes: int, size: int, runs: dict[str, list[dict]]) -> dict:
    """What the table shows of one workload, from every step's reports: medians of the rounds.

    A build's ratio to the parse is the median of each round's ratio, not the ratio of the
    medians: a round's parse and builds run minutes apart at most, so a machine that speeds
    up or slows down between rounds moves both alike, while the medians may come from
    different rounds."""
    median = {kind: statistics.median(r["seconds"] for r in rs) for kind, rs in runs.items()}

    def ratio(kind: str) -> float:
        pairs = zip(runs[kind], runs["parse"], strict=True)
        return statistics.median(build["seconds"] / bare["seconds"] for build, bare in pairs)

    parse, serial, parallel = median["parse"], median["serial"], median["all cores"]
    first = runs["serial"][0]
    cards = first["cards"]
    result = {
        "workload": name,
        "notes": notes,
        "notes_read": first["notes_read"],
        "cards": cards,
        "decks": first["decks"],
        "problems": first["problems"],
        "markdown_mb": size / 1e6,
        "parse_s": parse,
        "serial_s": serial,
        "all_cores_s": parallel,
        "noop_s": median["no-op"],
        "edit_s": median["one edit"],
        "serial_x": ratio("serial"),
        "all_cores_x": ratio("all cores"),
        "noop_x": median["no-op"] / parse,
        "edit_x": median["one edit"] / parse,
        "notes_per_s": {"serial": notes / serial, "all_cores": notes / parallel},
        "cards_per_s": {"serial": cards / serial, "all_cores": cards / parallel},
        "mb_per_s": {
            "parse": size / 1e6 / parse,
            "serial": size / 1e6 / serial,
            "all_cores": size / 1e6 / parallel,
        },
        "peak_mb": {
            "parse": max(r["peak_mb"] for r in runs["parse"]),
            "serial": max(r["peak_mb"] for r in runs["serial"]),
            "all_cores": max(r["peak_mb"] for r in runs["all cores"]),
            "all_cores_worker": max(r["worker_peak_mb"] for r in runs["all cores"]),
        },
        "noop_summary": runs["no-op"][-1]["summary"],
        "edit_summary": runs["one edit"][-1]["summary"],
        "seconds": {kind: [r["seconds"] for r in rs] for kind, rs in runs.items()},
    }
    same_counts = all(
        (r["cards"], r["decks"]) == (cards, first["decks"])
        for r in runs["serial"] + runs["all cores"]
    )
    if not same_counts:
        print(f"  warning: {name}: card or deck counts differ between builds", file=sys.stderr)
    return result


def child(*args: str) -> dict:
    """Run one measure.py step in a fresh interpreter and return what it reported."""
    command = [sys.executable, str(BENCH / "measure.py"), *args]
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=child_env())
    return json.loads(done.stdout.splitlines()[-1])


def command_seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=child_env(), capture_output=True, check=True)
    return time.perf_counter() - start


def command_build(source: Path, out: Path, scratch: Path) -> dict:
    """`python -m flashgen build SOURCE -o OUT`, timed from outside as a user would."""
    command = [*FLASHGEN, "build", str(source), "-o", str(out)]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=scratch, env=child_env(), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    summary = next(
        (line for line in reversed(done.stdout.splitlines()) if "notes read" in line), ""
    )
    if not summary:  # no summary: the build stopped, so its time means nothing
        print(f"\n  flashgen build exited with {done.returncode}:", file=sys.stderr)
        print("  " + "\n  ".join(done.stderr.splitlines()[-5:]), file=sys.stderr)
    shown = summary.replace(str(out), "OUT")
    return {"seconds": seconds, "exit": done.returncode, "summary": shown}


_bytecode: Path | None = None


def warm_bytecode(folder: Path) -> None:
    """Compile, once, everything a build imports, into a folder of this run.

    A pip-installed flashgen runs from bytecode compiled at install. The checkout this
    measures would be compiled again at every start where `PYTHONDONTWRITEBYTECODE` is set,
    adding a tenth of a second to each rebuild that no user waits for."""
    global _bytecode
    _bytecode = folder
    modules = ("cli", "build", "parse", "extract", "render", "apkg", "media", "history")
    imports = ", ".join(f"flashgen.{module}" for module in modules)
    command = [sys.executable, "-c", f"import {imports}, bench.measure"]
    subprocess.run(command, env=child_env(), check=True, cwd=ROOT)


def child_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if _bytecode is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(_bytecode)
    return env


def apkg_digests(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.glob("*.apkg"))
    }


def speed_table(results: list[dict]) -> str:
    """Absolute figures; "a / b" is the serial build / the build on all cores."""
    rows = [
        (
            "workload",
            "notes",
            "cards",
            "MB",
            "parse s",
            "build s",
            "notes/s",
            "cards/s",
            "MB/s parse",
            "MB/s build",
            "peak MB parse",
            "peak MB build",
        )
    ]
    for r in results:
        peak = r["peak_mb"]
        rows.append(
            (
                r["workload"],
                str(r["notes"]),
                str(r["cards"]),
                f"{r['markdown_mb']:.1f}",
                f"{r['parse_s']:.2f}",
                f"{r['serial_s']:.1f} / {r['all_cores_s']:.1f}",
                pair(r["notes_per_s"], ".0f"),
                pair(r["cards_per_s"], ".0f"),
                f"{r['mb_per_s']['parse']:.2f}",
                pair(r["mb_per_s"], ".2f"),
                f"{peak['parse']:.0f}",
                f"{peak['serial']:.0f} / {peak['all_cores']:.0f}+{peak['all_cores_worker']:.0f}",
            )
        )
    return layout(rows)


def pair(figures: dict, spec: str) -> str:
    return f"{figures['serial']:{spec}} / {figures['all_cores']:{spec}}"


def target_table(results: list[dict]) -> str:
    """The targets, each figure with ok or FAIL beside it."""
    rows = [
        (
            "workload",
            "serial ≤1.3×",
            "all cores ≤0.75×",
            "no-op ≤0.5 s",
            "one edit ≤1 s",
            "peak memory",
            "same bytes",
        )
    ]
    memory = memory_verdicts(results)
    for r in results:
        same = "yes" if r["cold_identical"] and r["cached_equals_clean"] else "NO"
        if not r["cold_identical"]:
            same += " (cold≠cold)"
        if not r["cached_equals_clean"]:
            same += " (cached≠clean)"
        rows.append(
            (
                r["workload"],
                verdict(r, "serial_x", f"{r['serial_x']:.2f}×"),
                verdict(r, "all_cores_x", f"{r['all_cores_x']:.2f}×"),
                verdict(r, "noop_s", f"{r['noop_s']:.2f} s ({r['noop_x']:.2f}×)"),
                verdict(r, "edit_s", f"{r['edit_s']:.2f} s ({r['edit_x']:.2f}×)"),
                memory[r["workload"]],
                same,
            )
        )
    return layout(rows)


def verdict(result: dict, key: str, shown: str) -> str:
    return f"{shown} {'ok' if result[key] <= TARGETS[key] else 'FAIL'}"


def peak_of(result: dict) -> float:
    """The most memory one process of the build held: the serial build, or the parallel
    build's main process or its largest worker."""
    peak = result["peak_mb"]
    return max(peak["serial"], peak["all_cores"], peak["all_cores_worker"])


def memory_verdicts(results: list[dict]) -> dict[str, str]:
    """≤ 300 MB up to 2,000 notes; beyond, growing no faster than the number of notes since
    the largest synthetic corpus of at most 2,000 notes."""
    verdicts = {}
    synthetic = sorted(
        (r for r in results if r["workload"].startswith("synthetic")), key=lambda r: r["notes"]
    )
    for r in results:
        peak = peak_of(r)
        base = [s for s in synthetic if s["notes"] <= MEMORY_TARGET_NOTES]
        if r["notes"] <= MEMORY_TARGET_NOTES:
            ok = peak <= MEMORY_TARGET_MB
            verdicts[r["workload"]] = f"{peak:.0f} MB {'ok' if ok else 'FAIL'}"
        elif r in synthetic and base:
            growth, notes = peak / peak_of(base[-1]), r["notes"] / base[-1]["notes"]
            ok = growth <= notes
            verdicts[r["workload"]] = (
                f"{peak:.0f} MB, {growth:.1f}× for {notes:.0f}× notes {'ok' if ok else 'FAIL'}"
            )
        else:
            verdicts[r["workload"]] = f"{peak:.0f} MB"
    return verdicts


def layout(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            align(cell, width, i == 0)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def align(cell: str, width: int, left: bool) -> str:
    return cell.ljust(width) if left else cell.rjust(width)


def format_load(load: tuple[float, float, float]) -> str:
    return " ".join(f"{x:.1f}" for x in load)


if __name__ == "__main__":
    main()
