"""Time one step of the benchmark in this fresh process, and print what it saw as JSON.

    python bench/measure.py parse LIST      read and parse every file named in LIST
    python bench/measure.py build SRC OUT JOBS   build SRC into OUT ("all" jobs: one per CPU)

run.py starts one of these for every measurement, so each starts from the same state (no
parser, cache or memory left over from another) and its peak memory is its own. The clock
starts after the imports, for both steps alike.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def main() -> None:
    step, *args = sys.argv[1:]
    seen = parse_files(*args) if step == "parse" else build_notes(*args)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({**seen, "peak_mb": own / 1024, "worker_peak_mb": workers / 1024}))


def parse_files(listing: str) -> dict:
    """The baseline: markdown-it-py alone, reading and parsing each file once."""
    from markdown_it import MarkdownIt

    paths = Path(listing).read_text(encoding="utf-8").splitlines()
    parser = MarkdownIt("commonmark").enable("table")
    start = time.perf_counter()
    size = 0
    for path in paths:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        parser.parse(text)
        size += len(text)
    return {"seconds": time.perf_counter() - start, "files": len(paths), "chars": size}


def build_notes(source: str, out: str, jobs: str) -> dict:
    from flashgen.build import build
    from flashgen.config import Settings

    settings = Settings(
        sources=(Path(source),), out=Path(out), jobs=None if jobs == "all" else int(jobs)
    )
    start = time.perf_counter()
    report = build(settings)
    return {
        "seconds": time.perf_counter() - start,
        "notes_read": report.notes_read,
        "cards": report.cards,
        "decks": len(report.decks_written),
        "decks_unchanged": report.decks_unchanged,
        "problems": len(report.problems),
    }


if __name__ == "__main__":
    main()
