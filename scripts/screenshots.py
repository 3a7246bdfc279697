"""Render cards to PNG as a student would see them: desktop and phone width, light and night.

    python scripts/screenshots.py [SOURCES...] [-o screenshots] [--limit N] [--download-media]

Builds the notes with flashgen, imports the decks into a throwaway Anki collection
(the `anki` package from `pip install '.[test]'`) and takes what Anki renders for each
card's back — the front is repeated on it — with its note type's CSS and packed images.
Each side is shown in headless Chromium the way Anki's reviewer shows it: the card's
HTML in a body of class `card`, plus `nightMode night_mode` in night mode, with MathJax
for the formulas when it is installed (Debian/Ubuntu: `apt-get install libjs-mathjax`;
without it, formulas show as their TeX source). Writes `NNN-<width>-<mode>.png` per card
and an `index.html` showing them side by side.
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's flashgen
from flashgen.build import build  # noqa: E402
from flashgen.config import Settings  # noqa: E402

WIDTHS = {"desktop": 1024, "phone": 390}
MODES = {"light": "", "night": " nightMode night_mode"}
MATHJAX = Path("/usr/share/javascript/mathjax/MathJax.js")
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

_MATHJAX_CONFIG = """\
<script type="text/x-mathjax-config">
MathJax.Hub.Config({
  tex2jax: {inlineMath: [["\\\\(", "\\\\)"]], displayMath: [["\\\\[", "\\\\]"]],
            processEscapes: false},
  messageStyle: "none", showMathMenu: false
});
</script>
<script src="%s?config=TeX-AMS_CHTML"></script>
"""


@dataclass(frozen=True)
class CardPage:
    number: int
    deck: str
    html: str
    """What Anki renders for the back, its `<style>` included."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sources", nargs="*", type=Path, default=[Path("source")])
    parser.add_argument("-o", "--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--limit", type=int, default=0, help="at most this many cards (0: all)")
    parser.add_argument("--download-media", action="store_true")
    parser.add_argument("--mathjax", type=Path, default=MATHJAX)
    args = parser.parse_args()

    chromium = next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)
    if chromium is None:
        sys.exit("needs Chromium: apt-get install chromium fonts-noto-cjk")
    mathjax = args.mathjax if args.mathjax.is_file() else None
    if mathjax is None:
        print(f"no MathJax at {args.mathjax}: formulas show as TeX source", file=sys.stderr)

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        settings = Settings(
            sources=tuple(args.sources),
            out=scratch / "decks",
            download_media=args.download_media,
        )
        report = build(settings)
        for problem in report.problems:
            print(problem, file=sys.stderr)
        pages, media = cards_of(report.decks_written, scratch / "anki")
        if args.limit:
            pages = pages[: args.limit]
        args.out.mkdir(parents=True, exist_ok=True)
        shots = []
        for width_name, width in WIDTHS.items():
            heights = measure(chromium, media, pages, width, mathjax)
            for mode_name, mode in MODES.items():
                for page, height in zip(pages, heights, strict=True):
                    name = f"{page.number:03d}-{width_name}-{mode_name}.png"
                    document = media / f"{page.number:03d}-{mode_name}.html"
                    document.write_text(page_html(page.html, mode, width, mathjax), "utf-8")
                    screenshot(chromium, document, args.out / name, width, height)
                    shots.append(name)
        write_index(args.out, pages)
    print(f"{len(shots)} screenshots of {len(pages)} cards in {args.out}/")
    return 0


def cards_of(decks: list[Path], folder: Path) -> tuple[list[CardPage], Path]:
    """Every card's back as Anki renders it, and the folder holding the packed images."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    folder.mkdir()
    collection = Collection(str(folder / "collection.anki2"))
    try:
        for deck in decks:
            collection.import_anki_package(
                ImportAnkiPackageRequest(
                    package_path=str(deck.resolve()), options=ImportAnkiPackageOptions()
                )
            )
        pages = []
        for number, card_id in enumerate(sorted(collection.find_cards("")), start=1):
            card = collection.get_card(card_id)
            deck = collection.decks.name(card.did)
            pages.append(CardPage(number, deck, card.answer()))
        return pages, Path(collection.media.dir())
    finally:
        collection.close()


def page_html(card_html: str, mode: str, width: int, mathjax: Path | None) -> str:
    """A card as Anki's reviewer lays it out: a body of class `card`, a margin around it."""
    margin = 12 if width < 600 else 20
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width={width}">'
        f"<style>body {{ margin: {margin}px; }}</style>"
        + (_MATHJAX_CONFIG % mathjax.as_uri() if mathjax else "")
        + f'</head><body class="card card1{mode}">{card_html}</body></html>'
    )


def measure(
    chromium: str, folder: Path, pages: list[CardPage], width: int, mathjax: Path | None
) -> list[int]:
    """How tall each card is at this width, so each screenshot holds the whole card."""
    frames = "".join(
        f'<iframe style="width:{width}px;height:100px;border:0;display:block" '
        f'srcdoc="{html.escape(page_html(page.html, "", width, mathjax))}"></iframe>'
        for page in pages
    )
    probe = folder / "measure.html"
    probe.write_text(
        f'<!doctype html><html><body>{frames}<pre id="heights"></pre><script>'
        "setTimeout(() => { document.getElementById('heights').textContent = JSON.stringify("
        "[...document.querySelectorAll('iframe')].map("
        "f => f.contentDocument.documentElement.scrollHeight)); }, 4000);"
        "</script></body></html>",
        "utf-8",
    )
    dom = run_chromium(chromium, probe, width, 800, "--dump-dom")
    found = dom[dom.index('<pre id="heights">') + len('<pre id="heights">') :]
    return [max(200, height + 4) for height in json.loads(found[: found.index("</pre>")])]


def screenshot(chromium: str, document: Path, target: Path, width: int, height: int) -> None:
    run_chromium(chromium, document, width, height, f"--screenshot={target.resolve()}")


def run_chromium(chromium: str, document: Path, width: int, height: int, action: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--allow-file-access-from-files",
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                "--virtual-time-budget=8000",
                action,
                document.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    return result.stdout


def write_index(out: Path, pages: list[CardPage]) -> None:
    """One page to look at every screenshot: a row per card, a column per width and mode."""
    columns = [(w, m) for w in WIDTHS for m in MODES]
    rows = "".join(
        f"<tr><th>{page.number}<br><small>{html.escape(page.deck)}</small></th>"
        + "".join(
            f'<td><img src="{page.number:03d}-{w}-{m}.png" style="width:{WIDTHS[w] // 2}px">'
            for w, m in columns
        )
        + "</tr>"
        for page in pages
    )
    header = "".join(f"<th>{w} {m}</th>" for w, m in columns)
    (out / "index.html").write_text(
        f'<!doctype html><meta charset="utf-8"><table><tr><th></th>{header}</tr>{rows}</table>',
        "utf-8",
    )


if __name__ == "__main__":
    raise SystemExit(main())
