"""Images on cards → files packed into the deck, so it works offline and shares safely.

Anki keeps media in one flat folder per collection, so `img/x.png` from two folders
would collide: each packed file is named for its stem and a hash of its bytes
(`x-3f2a9c1b04de.png`), and the card's `<img src>` is rewritten to that name. Only
regular image files inside the notes folder are packed — never a path that climbs
out of it, an absolute path (`/DB/img/x.png` is looked for in the notes folder, as
GitHub does), or a symlink pointing elsewhere — so building someone
else's notes cannot smuggle a private file into a shared deck. An image that cannot
be packed is a warning naming note and line, and the card shows nothing in its place:
neither its file name nor its alt text, which read as stray lines of the answer without
the picture; a `<figure>` whose pictures are all missing goes with its caption, and so do
the few words framed with a missing picture (`<div align="center"><img …><p>RR 예시</p>
</div>`) or written as its caption on the line under it (`![](x.png)` over `구현체 일부`):
see `without_captions` (captions.py).

Remote images stay links (Anki shows them when online) unless a `RemoteImages`
(downloads.py) is given: then each is fetched once into a cache beside the decks and
packed too.
"""

from __future__ import annotations

import errno
import hashlib
import html
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from flashgen.captions import GONE, without_captions
from flashgen.errors import Problem
from flashgen.image_types import REMOTE_SCHEMES, image_type
from flashgen.model import MediaFile, RenderedCard
from flashgen.paths import confined, read_regular
from flashgen.patterns import lazy
from flashgen.pointers import without_pointers

if TYPE_CHECKING:
    from flashgen.downloads import RemoteImages

_IMG_TAG = lazy(r"<img\b[^>]*>", re.IGNORECASE)
_FIGURE = lazy(r"<figure\b[^>]*>.*?</figure>", re.IGNORECASE | re.DOTALL)
_FIGURE_OR_IMAGE = lazy(f"{_FIGURE.pattern}|{_IMG_TAG.pattern}", re.IGNORECASE | re.DOTALL)
_EMPTY_BLOCK = lazy(r"<(p|div)\b[^>]*>\s*</\1>\n?", re.IGNORECASE)
"""What a paragraph or a centring `<div>` that held only a missing picture leaves: a blank
line on the card."""
_BLANK_BLOCK = lazy(r"<(p|div)\b[^>]*>(?:\s|<br\s*/?>|<span\b[^>]*>\s*</span>)+</\1>\n?", re.I)
"""A block a missing picture leaves with only a line break or an empty span in it, where its
caption or the words pointing at it went: a blank line too."""
_ATTRIBUTE = lazy(r'\s([a-z-]+)="([^"]*)"', re.IGNORECASE)
_UNSAFE_NAME_CHARS = lazy(r"[^\w-]+")
MAX_MEDIA_BYTES = 100_000_000
"""AnkiWeb syncs no media file larger; and reading a far larger one (a sparse file costs
no disk) would exhaust memory and stop the build for every note."""


def pack_images(
    rendered: RenderedCard,
    note_path: Path,
    root: Path,
    note_lines: tuple[str, ...],
    shown: str,
    remote: RemoteImages | None = None,
) -> tuple[RenderedCard, list[Problem], set[Path | None]]:
    """Rewrite the card's `<img>` tags to packed media names; the files go in `media`.

    `note_path` is the note file, `root` the notes folder nothing may be packed from
    outside of, `note_lines` the note's text (to name the line of a bad image) and
    `shown` how messages name the note. Also returns every local file looked at, packed
    or not (a later build that finds one changed must look again), and None for a remote
    image that could not be fetched (worth trying again).
    """
    if not (_IMG_TAG.search(rendered.question) or _IMG_TAG.search(rendered.answer)):
        return rendered, [], set()  # most cards show no image
    media: dict[str, MediaFile] = {}
    problems: list[Problem] = []
    looked_at: set[Path | None] = set()

    def place(tag_match: re.Match[str]) -> str:
        tag = tag_match.group(0)
        attributes = {name.lower(): value for name, value in _ATTRIBUTE.findall(tag)}
        src = html.unescape(attributes.get("src", ""))
        found = _image_for(src, note_path.parent, root, remote)
        if found is None:
            return tag
        if isinstance(found, MediaFile) or found.path is not None:
            looked_at.add(found.path)
        elif found.keep_link:
            looked_at.add(None)
        if isinstance(found, MediaFile):
            media[found.name] = found
            return tag.replace(f'src="{attributes["src"]}"', f'src="{html.escape(found.name)}"')
        line = _line_of(src, note_lines, rendered.card.line)
        problems.append(Problem(shown, found.reason, line))
        return tag if found.keep_link else GONE

    def figure(figure_match: re.Match[str]) -> str:
        """A figure whose every picture is missing leaves no caption of nothing behind."""
        placed = _IMG_TAG.sub(place, figure_match[0])
        pictured = _IMG_TAG.search(figure_match[0]) and not _IMG_TAG.search(placed)
        return "" if pictured else placed

    def figure_or_image(found: re.Match[str]) -> str:
        return figure(found) if found[0][:7].lower() == "<figure" else place(found)

    def side(text: str, captions: bool = False) -> str:
        # One pass: a figure's picture, once packed, is not looked for again by its new name.
        if "<figure" in text or "<FIGURE" in text:
            text = _FIGURE_OR_IMAGE.sub(figure_or_image, text)
        else:
            text = _IMG_TAG.sub(place, text)
        if GONE in text:
            if captions:  # on the back: the words that only caption or point at it go too
                text = without_pointers(without_captions(text))
            text = _BLANK_BLOCK.sub("", text.replace(GONE, ""))
        return _EMPTY_BLOCK.sub("", text).strip()

    question = side(rendered.question)
    answer = side(rendered.answer, captions=True)
    packed = replace(
        rendered,
        question=question,
        answer=answer,
        media=tuple(media[name] for name in sorted(media)),
    )
    return packed, problems, looked_at


@dataclass(frozen=True)
class _NotPacked:
    reason: str
    keep_link: bool = False
    """A remote image that could not be fetched still shows when the student is online."""
    path: Path | None = None
    """The local file it would have been; None for a remote image."""


def _image_for(
    src: str, folder: Path, root: Path, remote: RemoteImages | None
) -> MediaFile | _NotPacked | None:
    """What to pack for one `src`: a file, why it cannot be packed, or None to leave it be."""
    if not src:
        return None
    try:
        parts = urlsplit(src)
    except ValueError:  # such as an IPv6 address never closed with `]`
        return _NotPacked(f"image {src} is not a valid address: not packed")
    if parts.scheme.lower() in REMOTE_SCHEMES or src.startswith("//"):
        if remote is None:
            return None
        fetched = remote.fetch(src if parts.scheme else f"https:{src}")
        if isinstance(fetched, str):
            return _NotPacked(fetched, keep_link=True)
        try:
            data = fetched.read_bytes()
        except OSError as error:
            return _NotPacked(f"cannot read downloaded image {src}: {error.strerror}", True)
        stem = PurePosixPath(unquote(parts.path)).stem or "image"
        return _media_file(fetched, stem, data)
    if parts.scheme.lower() == "data":
        return None  # inline, already in the card
    if parts.scheme or parts.netloc:
        return _NotPacked(f"image {src} is not a file in the notes folder: not packed")
    written = unquote(parts.path)
    relative = (
        _as_site_finds(written, folder, root)
        or _as_repository_finds(written, folder, root)
        or _as_obsidian_finds(written, folder, root)
    )
    found = _local_image(relative, folder, root, written)
    if isinstance(found, str):
        return _NotPacked(found, path=(folder / relative).absolute())
    return found


def _as_obsidian_finds(relative: str, folder: Path, root: Path) -> str:
    """In an Obsidian vault, `![](Pasted image.png)` that is not beside the note is found as
    Obsidian finds it: from the vault's root, or as the file of that name anywhere in the
    notes folder (an attachments folder). The path from the note's folder, to pack as any."""
    if (folder / relative).exists() or relative.startswith(("/", "\\")):
        return relative
    from flashgen.flavours.vault import vault_at

    vault = vault_at(root)
    found = vault.find(relative, folder) if vault.is_obsidian else None
    return os.path.relpath(found, folder) if found is not None else relative


def _as_site_finds(written: str, folder: Path, root: Path) -> str | None:
    """A Docusaurus address (`@site/static/img/x.png`, `/img/x.png`) as the path from the
    note's folder to the file the site means; None for any other address."""
    from flashgen.flavours.pages import site_file

    found = site_file(written, folder, root)
    return os.path.relpath(found, folder) if found is not None else None


def _as_repository_finds(written: str, folder: Path, root: Path) -> str | None:
    """`/DB/img/x.png` in notes kept as a repository: GitHub shows the file at that path
    from the repository's root, the notes folder. The path from the note's folder when
    that file is there; else None, and an absolute path stays refused (`/Users/me/x.png`
    from an editor is no file of the notes). `_local_image` still confines it to `root`."""
    if not written.startswith("/") or written.startswith("//"):
        return None
    found = root / written.lstrip("/")
    return os.path.relpath(found, folder) if found.is_file() else None


def _local_image(relative: str, folder: Path, root: Path, written: str) -> MediaFile | str:
    """The picture at `relative` from the note's folder; messages name it as `written`."""
    if relative.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", relative):
        return f"image {written} is an absolute path: only images in the notes folder are packed"
    path = confined(folder / relative, root)
    if path is None:  # a `..` or a link out of the folder, or a link loop
        if _is_link_loop(folder / relative):
            return f"image {written} is a link that leads back to itself: not packed"
        return f"image {written} is outside the notes folder: not packed"
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            return f"image {written} is not a regular file: not packed"
        if status.st_size > MAX_MEDIA_BYTES:
            return f"image {written} is larger than {MAX_MEDIA_BYTES // 1_000_000} MB: not packed"
        data = read_regular(path)
    except FileNotFoundError:
        return f"image not found: {written}"
    except OSError as error:  # unreadable
        return f"cannot read image {written}: {error.strerror or error}"
    if image_type(data) is None:
        return f"{written} is not an image file: not packed"
    return _media_file(path, PurePosixPath(relative).stem, data)


def _is_link_loop(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError as error:
        return error.errno == errno.ELOOP
    return False


def _media_file(path: Path, stem: str, data: bytes) -> MediaFile:
    digest = hashlib.sha256(data).hexdigest()[:12]
    stem = _UNSAFE_NAME_CHARS.sub("_", unicodedata.normalize("NFC", stem)).strip("_")[:40]
    extension = image_type(data) or path.suffix.lower()
    return MediaFile(f"{stem or 'image'}-{digest}{extension}", path)


def _line_of(src: str, lines: tuple[str, ...], from_line: int) -> int:
    """The line at or after the card's own where the note names this image, as written
    (`%2e%2e/x.png`) or as read (`../x.png`)."""
    for written in dict.fromkeys((src, unquote(src))):
        for number in range(max(from_line, 1), len(lines) + 1):
            if written in lines[number - 1]:
                return number
    return from_line


_SOUND = lazy(r"\[sound:(?P<src>[^\[\]<>]+)\]")
SOUND_SUFFIXES = frozenset({".mp3", ".wav", ".m4a", ".ogg", ".flac", ".webm", ".3gp", ".opus"})


def pack_sounds(
    rendered: RenderedCard, note_path: Path, root: Path, note_lines: tuple[str, ...], shown: str
) -> tuple[RenderedCard, list[Problem], set[Path | None]]:
    """Anki's `[sound:x.mp3]` with a local file: the file packed under a name of its own
    (as images are, and from inside the notes folder only), so the card plays it. A sound
    that cannot be packed is a warning, and the card shows nothing in its place, as for a
    picture: its file name would read as a line of the answer."""
    if "[sound:" not in rendered.question and "[sound:" not in rendered.answer:
        return rendered, [], set()
    media = {file.name: file for file in rendered.media}
    problems: list[Problem] = []
    looked_at: set[Path | None] = set()

    def place(match: re.Match[str]) -> str:
        src = html.unescape(match["src"]).strip()
        found = _local_sound(src, note_path.parent, root)
        if isinstance(found, MediaFile):
            looked_at.add(found.path)
            media[found.name] = found
            return f"[sound:{found.name}]"
        looked_at.add((note_path.parent / src).absolute())
        problems.append(Problem(shown, found, _line_of(src, note_lines, rendered.card.line)))
        return ""

    def side(text: str) -> str:
        return _EMPTY_BLOCK.sub("", _SOUND.sub(place, text)).strip()

    packed = replace(rendered, question=side(rendered.question), answer=side(rendered.answer))
    packed = replace(packed, media=tuple(media[name] for name in sorted(media)))
    return packed, problems, looked_at


def _local_sound(relative: str, folder: Path, root: Path) -> MediaFile | str:
    if urlsplit(relative).scheme or relative.startswith(("/", "\\")):
        return f"sound {relative} is not a file in the notes folder: not packed"
    path = confined(folder / relative, root)
    if path is None:  # a `..` or a link out of the folder, or a link loop
        return f"sound {relative} is outside the notes folder: not packed"
    if path.suffix.lower() not in SOUND_SUFFIXES:
        return f"{relative} is not a sound file: not packed"
    try:
        if path.stat().st_size > MAX_MEDIA_BYTES:
            return f"sound {relative} is larger than {MAX_MEDIA_BYTES // 1_000_000} MB: not packed"
        data = read_regular(path)  # not a FIFO, which would hold the build forever
    except FileNotFoundError:
        return f"sound not found: {relative}"
    except OSError as error:
        return f"cannot read sound {relative}: {error.strerror or error}"
    digest = hashlib.sha256(data).hexdigest()[:12]
    stem = _UNSAFE_NAME_CHARS.sub("_", unicodedata.normalize("NFC", path.stem)).strip("_")[:40]
    return MediaFile(f"{stem or 'sound'}-{digest}{path.suffix.lower()}", path)
