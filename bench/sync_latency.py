"""How long a saved edit takes to reach a running Anki with `flashgen sync --watch`.

    python bench/sync_latency.py [--anki-connect URL] [--files 200] [--rounds 10]

Needs a running Anki with the AnkiConnect add-on, one whose collection may be written:
not your own (the notes it adds are deleted at the end, but use a throwaway profile).
It writes a synthetic notes folder (make_notes.py), syncs it (timed: the first sync of a
new folder, then twice with nothing changed), starts `flashgen sync --watch`, and
then, round by round, edits one answer in one note and asks Anki (AnkiConnect's
`findNotes`, every 10 ms) until the card shows the new answer. Save-to-visible latency:
from the moment the file is written to the moment Anki's search finds the new answer.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFINITION = re.compile(r"^- ([^:\n]{1,40}): ([^\n]{3,})$", re.MULTILINE)


def call(url: str, action: str, **params):
    body = json.dumps({"action": action, "version": 6, "params": params}).encode()
    with urllib.request.urlopen(url, body, timeout=300) as response:
        reply = json.loads(response.read())
    if reply["error"]:
        raise SystemExit(f"AnkiConnect: {action}: {reply['error']}")
    return reply["result"]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--anki-connect", default="http://127.0.0.1:8765", metavar="URL")
    parser.add_argument("--files", type=int, default=200, help="notes in the folder (200)")
    parser.add_argument("--rounds", type=int, default=10, help="edits timed (10)")
    args = parser.parse_args()
    url = args.anki_connect
    decks_before = set(call(url, "deckNames"))

    with tempfile.TemporaryDirectory(prefix="flashgen-sync-bench-") as work:
        notes, out = Path(work) / "notes", Path(work) / "decks"
        subprocess.run(
            [sys.executable, str(HERE / "make_notes.py"), str(notes), "--files", str(args.files)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        sync = [sys.executable, "-m", "flashgen", "sync", str(notes), "-o", str(out)]
        sync += ["--anki-connect", url, "-q"]
        first = timed(sync)
        again = timed(sync)  # reads every deck: nothing remembered of them yet
        remembered = timed(sync)
        cards = len(call(url, "findCards", query="tag:note-*"))
        print(f"{args.files} notes, {cards} cards: first sync {first:.1f} s; nothing changed: "
              f"{again:.1f} s, then {remembered:.1f} s")  # fmt: skip

        watcher = subprocess.Popen(sync + ["--watch"], stderr=subprocess.PIPE, text=True)
        latencies = []
        try:
            watcher.stderr.readline()  # "watching …": the first sync is done
            rng = random.Random(7)
            files = sorted(notes.glob("*.md"))
            for round_ in range(args.rounds):
                note = rng.choice(files)
                text = note.read_text(encoding="utf-8")
                match = rng.choice(DEFINITION.findall(text))
                marker = f"편집{round_}x{rng.randrange(10**6)}"
                edited = text.replace(f"- {match[0]}: {match[1]}", f"- {match[0]}: {marker}", 1)
                time.sleep(1.0)  # the watcher settles after the last round
                saved = time.perf_counter()
                note.write_text(edited, encoding="utf-8")
                while not call(url, "findNotes", query=f"Answer:{marker}"):
                    if time.perf_counter() - saved > 120:
                        raise SystemExit(f"round {round_}: the edit never reached Anki")
                    time.sleep(0.01)
                latencies.append(time.perf_counter() - saved)
                print(f"round {round_ + 1}: {note.name} visible in Anki after "
                      f"{latencies[-1]:.2f} s")  # fmt: skip
        finally:
            watcher.terminate()
            watcher.wait(30)
            # Leave Anki as it was: the notes and decks this run added go.
            call(url, "deleteNotes", notes=call(url, "findNotes", query="tag:note-*"))
            added = sorted(set(call(url, "deckNames")) - decks_before)
            if added:
                call(url, "deleteDecks", decks=added, cardsToo=True)

    print(
        f"save to visible in Anki, {len(latencies)} edits: median "
        f"{statistics.median(latencies):.2f} s, max {max(latencies):.2f} s"
    )


if __name__ == "__main__":
    main()
