"""Obsidian's embeds, `![[…]]`, as Obsidian shows them, before the note is parsed.

- `![[image.png]]`, `![[image.png|500]]` (a width), `![[image.png|alt]]`: an `<img>` of the
  file Obsidian would show — a path from the vault's root, from the note's folder, or the
  file of that name anywhere in the vault (an attachments folder; vault.py) — which media.py
  then packs like any image, from inside the notes folder only. `![alt|300](plot.png)`, a
  Markdown image with Obsidian's size, is one too.
- `![[sound.mp3]]`: Anki's `[sound:…]`; `![[drawing.excalidraw]]`: the picture exported
  beside it; `![[file.pdf]]`: its name.
- `![[Note]]`, `![[Note#Heading]]`, `![[Note#^block]]`: the text of that note, section or
  block, shown in a box (an embed inside it is followed too, but never back into a note
  already being embedded).

What cannot be resolved is a notice naming its line. obsidian.py reads the rest of
Obsidian's syntax, and calls on this module for each embed.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Protocol
from urllib.parse import quote, unquote

from flashgen.flavours.vault import Vault
from flashgen.patterns import lazy


class Reading(Protocol):
    """A note's text as read so far, with what an embed adds to: a notice for a line, a file
    the note's cards show (None when an embed found none yet). `obsidian.ObsidianText` is one."""

    text: str
    notices: list[tuple[int, str]]
    depends: set[Path | None]


ReadNote = Callable[[str, Path, Vault | None, frozenset[Path]], Reading]
"""Reads an embedded note's text as Obsidian shows it, its own embeds too
(`obsidian.read_obsidian`): passed in, as that reading is what calls on this module."""

_WIDTH = lazy(r"^(?P<width>\d+)(?:x(?P<height>\d+))?$")
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".svg", ".webp", ".avif"})
AUDIO_SUFFIXES = frozenset({".mp3", ".wav", ".m4a", ".ogg", ".flac", ".webm", ".3gp"})
_MAX_EMBED_DEPTH = 4


def link_text(target: str, label: str | None) -> str:
    """What Obsidian shows for `[[target|label]]`: the label, else `Note › Heading` (a block
    reference, `Note#^id` or `Note^id`, shows the note's name)."""
    if label and label.strip():
        return label.strip()
    note, _, heading = target.partition("#")
    note = note.partition("^")[0].strip()
    note = note[:-3] if note.lower().endswith(".md") else note
    headings = [] if heading.startswith("^") else [p.strip() for p in heading.split("#")]
    return " › ".join(part for part in (note, *headings) if part)


def embed(
    match: re.Match[str],
    line: int,
    folder: Path,
    vault: Vault | None,
    result: Reading,
    embedding: frozenset[Path],
    read: ReadNote,
) -> str:
    """What Obsidian shows for `![[target|label]]` in a note in `folder`."""
    target, label = match["target"].strip().removesuffix("\\"), (match["label"] or "").strip()
    name = target.partition("#")[0].strip()
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return _image(name, label, folder, vault, result)
    if suffix in AUDIO_SUFFIXES:
        found = vault.find(name, folder) if vault is not None else None
        if found is None:
            result.depends.add(None)
        where = os.path.relpath(found, folder) if found else name
        return f"[sound:{Path(where).as_posix()}]"
    if name.lower().endswith((".excalidraw", ".excalidraw.md")):
        return _drawing(name, label, folder, vault, result)
    if suffix and suffix not in (".md", ".markdown"):
        shown = name if _WIDTH.match(label) else label or name
        return html.escape(shown, quote=False)  # a PDF, a canvas: its name
    return _note_embed(target, label, line, folder, vault, result, embedding, read)


def _image(
    name: str,
    label: str,
    folder: Path,
    vault: Vault | None,
    result: Reading,
    alt: str = "",
) -> str:
    """`<img>` of the file, found as Obsidian finds it; its name, when there is none, for
    media.py to report as an image not found."""
    found = vault.find(name, folder) if vault is not None else None
    if found is None:
        result.depends.add(None)
    source = _address(found, folder) if found is not None else quote(name)
    size = _WIDTH.match(label)
    alt = alt or (PurePosixPath(name).stem if size or not label else label)
    return _img_tag(source, size, alt)


def _img_tag(source: str, size: re.Match[str] | None, alt: str) -> str:
    """`<img>` of an address, sized as Obsidian's `|300` or `|300x200` says."""
    attributes = f'src="{html.escape(source)}"'
    if size:
        attributes += f' width="{size["width"]}"'
        if size["height"]:
            attributes += f' height="{size["height"]}"'
    return f'<img {attributes} alt="{html.escape(alt)}">'


SIZED_IMAGE = lazy(
    r"!\[(?P<alt>[^\[\]|]*)\|(?P<size>\d+(?:x\d+)?)\]\((?P<address>[^()\s]+|<[^<>]+>)\)"
)
"""`![Density|300](plot.png)`, `![|300x200](https://…)`: Obsidian's size on a Markdown image."""


def sized_image(match: re.Match[str], folder: Path, vault: Vault | None, result: Reading) -> str:
    address = match["address"].strip("<>")
    size = _WIDTH.match(match["size"])
    assert size is not None
    if re.match(r"^[a-z][a-z0-9+.-]*:|^//", address, re.IGNORECASE):
        return _img_tag(address, size, match["alt"].strip())
    return _image(unquote(address), match["size"], folder, vault, result, match["alt"].strip())


def _drawing(name: str, label: str, folder: Path, vault: Vault | None, result: Reading) -> str:
    """An Excalidraw drawing: the picture the plugin exports beside it (`x.excalidraw.svg`
    or `x.svg`), else nothing: its name alone (`kafka-partition`) is a stray word on the
    card, and on a line of its own over a list it would read as the list's label."""
    drawing = name.removesuffix(".md").removesuffix(".MD")
    for exported in (drawing + ".svg", drawing + ".png", drawing[:-11] + ".svg"):
        if vault is not None and vault.find(exported, folder) is not None:
            return _image(exported, label, folder, vault, result)
    result.depends.add(None)  # an export may come
    return ""


def _address(path: Path, folder: Path) -> str:
    """The file's address from the note's folder, as an `<img src>` writes it."""
    return quote(Path(os.path.relpath(path, folder)).as_posix())


def _note_embed(
    target: str,
    label: str,
    line: int,
    folder: Path,
    vault: Vault | None,
    result: Reading,
    embedding: frozenset[Path],
    read: ReadNote,
) -> str:
    """The embedded note's text (or the section under its heading), as one line of HTML."""
    name, _, heading = target.partition("#")
    shown = link_text(target, label)
    if not name.strip():
        return shown  # `![[#Heading]]`: a part of this very note, shown where it stands
    found = vault.find_note(name.strip(), folder) if vault is not None else None
    if found is None:
        if vault is not None:
            result.notices.append((line, f"embed of no file in the vault: ![[{target}]]"))
            result.depends.add(None)
        return shown
    return embedded_note(found, heading, shown, line, folder, vault, result, embedding, read)


def embedded_note(
    found: Path,
    heading: str,
    shown: str,
    line: int,
    folder: Path,
    vault: Vault | None,
    result: Reading,
    embedding: frozenset[Path],
    read: ReadNote,
) -> str:
    """The text of the note `found` (or of its section under `heading`), as one line of HTML
    in a box, for a note in `folder`; `shown` when it cannot be (a loop, an unreadable file)."""
    if found in embedding or len(embedding) > _MAX_EMBED_DEPTH:
        return shown  # an embed loop: Obsidian too stops there
    from flashgen.flavours.pages import components_as_boxes, without_mdx_lines
    from flashgen.frontmatter import split_front_matter
    from flashgen.render import render_markdown

    try:
        text = found.read_text(encoding="utf-8", errors="replace")
    except OSError:
        result.notices.append((line, f"cannot read the embedded note: {shown}"))
        return shown
    result.depends.add(found)
    text = split_front_matter(text.replace("\r\n", "\n"))[1]
    if heading.startswith("^"):
        text = block_with_id(text, heading[1:])
    elif heading:
        text = section_under(text, heading)
    inner = read(without_mdx_lines(components_as_boxes(text)), found, vault, embedding)
    result.depends |= inner.depends
    line_breaks = vault is not None and vault.shows_line_breaks()
    body = render_markdown(_rebased_images(inner.text, found.parent, folder), line_breaks)
    return f'<div class="embed">{body.replace(chr(10), "&#10;")}</div>'


_IMAGE_ADDRESS = lazy(r'(<img src="|!\[[^\[\]]*\]\()([^"()\s]+)(["\)])')


def _rebased_images(text: str, embedded_folder: Path, folder: Path) -> str:
    """The images of an embedded note (`![](x.png)`, and the `<img>`s its embeds became),
    addressed from the embedding note's folder."""
    if embedded_folder == folder:
        return text
    base = quote(Path(os.path.relpath(embedded_folder, folder)).as_posix())

    def rebased(match: re.Match[str]) -> str:
        address = match[2]
        if re.match(r"^(?:[a-z][a-z0-9+.-]*:|/|#)", address, re.IGNORECASE):
            return match[0]  # a web address, a path from the root, data: a place to keep
        return f"{match[1]}{base}/{address}{match[3]}"

    return _IMAGE_ADDRESS.sub(rebased, text)


_HEADING = lazy(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")


def section_under(text: str, heading: str) -> str:
    """The lines under the heading named (up to the next heading of its level or above)."""
    wanted = " ".join(heading.split()).lower()
    lines = text.split("\n")
    for start, line in enumerate(lines):
        match = _HEADING.match(line)
        if match and " ".join(match[2].split()).lower() == wanted:
            level = len(match[1])
            end = next(
                (
                    number
                    for number in range(start + 1, len(lines))
                    if (other := _HEADING.match(lines[number])) and len(other[1]) <= level
                ),
                len(lines),
            )
            return "\n".join(lines[start + 1 : end])
    return ""


def block_with_id(text: str, block: str) -> str:
    """The block a `^block-id` marks (`![[Note#^id]]`): its list item, or its paragraph."""
    marker = re.compile(rf"(?:^|[ \t])\^{re.escape(block.strip())}[ \t]*$")
    lines = text.split("\n")
    for end, line in enumerate(lines):
        if not marker.search(line):
            continue
        if _LIST_ITEM.match(line):
            return line
        start = end
        while start > 0 and lines[start - 1].strip() and not _HEADING.match(lines[start - 1]):
            start -= 1
        return "\n".join(lines[start : end + 1])
    return ""


_LIST_ITEM = lazy(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]")
