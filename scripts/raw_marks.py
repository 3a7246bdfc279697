"""Raw syntax left on cards, and pictures left out, after a build of a vault or a docs site.

    python scripts/raw_marks.py NOTES [NOTES ...] [--json]

Builds each notes folder with this checkout's flashgen into a temporary folder, reads every
note of every deck written (the fields as the `.apkg` holds them), and prints for each mark
of Obsidian, Docusaurus, MkDocs or kramdown syntax how many cards still show it; then the
pictures a note embeds (`![[x.png]]`, `![](x.png)`) whose file is in the folder but packed
in no deck. Every count should be 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flashgen.build import build  # noqa: E402
from flashgen.config import Settings  # noqa: E402

MARKS = {
    "[[": re.compile(r"\[\["),
    "![[": re.compile(r"!\[\["),
    "[!": re.compile(r"\[![A-Za-z]"),
    ":::": re.compile(r":::"),
    "%%": re.compile(r"%%"),
    "^block-id": re.compile(r"(?:^|[\s>])\^[A-Za-z0-9-]+(?=\s*(?:<|$))", re.MULTILINE),
    "<Tabs": re.compile(r"(?:<|&lt;)/?(?:Tabs|TabItem)\b"),
    "import ": re.compile(r"(?:^|>)\s*import\s+[\w{*][^<]*\sfrom\s", re.MULTILINE),
    "{:": re.compile(r"\{:"),
    "query code": re.compile(r"language-(?:dataview|dataviewjs|query|tasks)\b"),
    "*emphasis*": re.compile(r"(?:^|[\s>])\*[A-Za-z][^*<>\n]*[A-Za-z.]\*(?=[\s<.,;:]|$)"),
}
_EMBEDDED_PICTURE = re.compile(
    r"!\[\[(?P<wiki>[^\]|#]+\.(?:png|jpe?g|gif|svg|webp))[^\]]*\]\]"
    r"|!\[[^\]]*\]\((?P<md>[^)\s]+\.(?:png|jpe?g|gif|svg|webp))[^)]*\)",
    re.IGNORECASE,
)


_CODE = re.compile(r"<pre\b.*?</pre>|<code\b.*?</code>", re.DOTALL)
"""Code shows what it holds: `[[1, 2]]` in a listing is no link."""


_QUERY = MARKS["query code"]


def fields_of(package: Path) -> tuple[list[str], set[bytes]]:
    """Each note's fields (one string) and the bytes of every file the package packs."""
    with zipfile.ZipFile(package) as archive:
        collection = archive.read("collection.anki2")
        media = json.loads(archive.read("media"))
        packed = {archive.read(number) for number in media}
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(collection)
        notes = [row[0] for row in connection.execute("SELECT flds FROM notes")]
    finally:
        connection.close()
    return notes, packed


def embedded_pictures(folder: Path) -> dict[str, Path]:
    """Each picture a note of the folder embeds whose file is in the folder, by its name."""
    files: dict[str, list[Path]] = {}
    for path in folder.rglob("*"):
        if path.is_file() and not any(part.startswith(".") for part in path.parts):
            files.setdefault(path.name.lower(), []).append(path)
    wanted: dict[str, Path] = {}
    for note in [*folder.rglob("*.md"), *folder.rglob("*.mdx")]:
        if any(part.startswith(".") for part in note.relative_to(folder).parts):
            continue
        for match in _EMBEDDED_PICTURE.finditer(note.read_text(errors="replace")):
            name = Path(match["wiki"] or match["md"]).name.lower()
            if name in files and "://" not in (match["md"] or ""):
                wanted[name] = files[name][0]
    return wanted


def measure(folder: Path) -> dict:
    with tempfile.TemporaryDirectory() as out:
        report = build(Settings(sources=(folder,), out=Path(out)))
        notes, packed = [], set()
        for deck in report.decks_written:
            fields, media = fields_of(deck)
            notes += fields
            packed |= media
    shown = [_CODE.sub("", note) for note in notes]
    counts = {mark: sum(bool(p.search(note)) for note in shown) for mark, p in MARKS.items()}
    counts["query code"] = sum(bool(_QUERY.search(note)) for note in notes)  # it is code
    pictures = embedded_pictures(folder)
    missing = sorted(name for name, path in pictures.items() if path.read_bytes() not in packed)
    return {
        "notes": len(notes),
        "raw": counts,
        "pictures": len(pictures),
        "pictures_not_packed": missing,
        "examples": {
            mark: next(
                (note[:300] for note in (notes if p is _QUERY else shown) if p.search(note)), None
            )
            for mark, p in MARKS.items()
            if counts[mark]
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args()
    results = {str(folder): measure(folder) for folder in arguments.folders}
    if arguments.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    for folder, result in results.items():
        print(f"{folder}: {result['notes']} notes")
        for mark, count in result["raw"].items():
            print(f"  {mark:10} {count}")
        packed = result["pictures"] - len(result["pictures_not_packed"])
        print(f"  pictures packed: {packed} of {result['pictures']}")
        for name in result["pictures_not_packed"]:
            print(f"    not packed: {name}")


if __name__ == "__main__":
    main()
