"""Images on cards → files packed into the deck, so it works offline and shares safely.

Anki keeps media in one flat folder per collection, so `img/x.png` from two folders
would collide: each packed file is named for its stem and a hash of its bytes
(`x-3f2a9c1b04de.png`), and the card's `<img src>` is rewritten to that name. Only
regular image files inside the notes folder are packed — never a path that climbs
out of it, an absolute path, or a symlink pointing elsewhere — so building someone
else's notes cannot smuggle a private file into a shared deck. An image that cannot
be packed is a warning naming note and line, and the card shows its alt text.

Remote images stay links (Anki shows them when online) unless `RemoteImages` is
given: then each is fetched once into a cache beside the decks and packed too.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import tempfile
import unicodedata
import urllib.error
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from flashgen import __version__
from flashgen.errors import Problem
from flashgen.model import MediaFile, RenderedCard

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'\s([a-z-]+)="([^"]*)"', re.IGNORECASE)
_UNSAFE_NAME_CHARS = re.compile(r"[^\w-]+")
_REMOTE_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class RemoteImages:
    """How `--download-media` fetches remote images: once each, into `cache`."""

    cache: Path
    timeout: float = 10.0
    max_bytes: int = 10 * 1024 * 1024
    _failures: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    """URLs that failed in this build, so each is tried (and reported) once."""

    def fetch(self, url: str) -> Path | str:
        """The cached image file for `url`, or why there is none."""
        key = hashlib.sha256(url.encode()).hexdigest()[:32]
        cached = sorted(self.cache.glob(f"{key}.*")) if self.cache.is_dir() else []
        if cached:
            return cached[0]
        if url not in self._failures:
            try:
                return self._download(url, key)
            except (OSError, ValueError) as error:
                self._failures[url] = f"cannot download image {url}: {_reason(error)}"
        return self._failures[url]

    def _download(self, url: str, key: str) -> Path:
        import urllib.request  # here: it brings http and email along, and few builds fetch

        request = urllib.request.Request(url, headers={"User-Agent": f"flashgen/{__version__}"})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            content_type = response.headers.get_content_type()
            if not content_type.startswith("image/"):
                raise ValueError(f"not an image (content type {content_type})")
            data = response.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            raise ValueError(f"larger than {self.max_bytes:,} bytes")
        extension = image_type(data)
        if extension is None:
            raise ValueError("not an image file")
        self.cache.mkdir(parents=True, exist_ok=True)
        target = self.cache / f"{key}{extension}"
        handle, partial = tempfile.mkstemp(dir=self.cache, prefix=".part-")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(partial, target)
        return target


def _reason(error: BaseException) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code}"
    if isinstance(error, urllib.error.URLError):
        return str(error.reason)
    if isinstance(error, TimeoutError):
        return "timed out"
    return str(error)


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
        line = _line_of(unquote(src), note_lines, rendered.card.line)
        problems.append(Problem(shown, found.reason, line))
        if found.keep_link:
            return tag
        alt = html.unescape(attributes.get("alt", "")) or PurePosixPath(unquote(src)).name
        return f'<span class="missing-image">{html.escape(alt, quote=False)}</span>'

    question = _IMG_TAG.sub(place, rendered.question)
    answer = _IMG_TAG.sub(place, rendered.answer)
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
    parts = urlsplit(src)
    if parts.scheme.lower() in _REMOTE_SCHEMES or src.startswith("//"):
        if remote is None:
            return None
        fetched = remote.fetch(src if parts.scheme else f"https:{src}")
        if isinstance(fetched, str):
            return _NotPacked(fetched, keep_link=True)
        stem = PurePosixPath(unquote(parts.path)).stem or "image"
        return _media_file(fetched, stem, fetched.read_bytes())
    if parts.scheme.lower() == "data":
        return None  # inline, already in the card
    if parts.scheme or parts.netloc:
        return _NotPacked(f"image {src} is not a file in the notes folder: not packed")
    relative = _as_obsidian_finds(unquote(parts.path), folder, root)
    found = _local_image(relative, folder, root)
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


def _local_image(relative: str, folder: Path, root: Path) -> MediaFile | str:
    if relative.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", relative):
        return f"image {relative} is an absolute path: only images in the notes folder are packed"
    path = (folder / relative).resolve()
    if not path.is_relative_to(root.resolve()):
        return f"image {relative} is outside the notes folder: not packed"
    if not path.exists():
        return f"image not found: {relative}"
    if not path.is_file():
        return f"image {relative} is not a regular file: not packed"
    data = path.read_bytes()
    if image_type(data) is None:
        return f"{relative} is not an image file: not packed"
    return _media_file(path, PurePosixPath(relative).stem, data)


def _media_file(path: Path, stem: str, data: bytes) -> MediaFile:
    digest = hashlib.sha256(data).hexdigest()[:12]
    stem = _UNSAFE_NAME_CHARS.sub("_", unicodedata.normalize("NFC", stem)).strip("_")[:40]
    extension = image_type(data) or path.suffix.lower()
    return MediaFile(f"{stem or 'image'}-{digest}{extension}", path)


_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
    (b"BM", ".bmp"),
)


def image_type(data: bytes) -> str | None:
    """The extension of the image format `data` is in, by its first bytes; None if no image."""
    for signature, extension in _SIGNATURES:
        if data.startswith(signature):
            return extension
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return ".avif"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype svg")) and b"<svg" in head:
        return ".svg"
    return None


def _line_of(src: str, lines: tuple[str, ...], from_line: int) -> int:
    """The line at or after the card's own where the note names this image."""
    for number in range(max(from_line, 1), len(lines) + 1):
        if src in lines[number - 1]:
            return number
    return from_line


_SOUND = re.compile(r"\[sound:(?P<src>[^\[\]<>]+)\]")
SOUND_SUFFIXES = frozenset({".mp3", ".wav", ".m4a", ".ogg", ".flac", ".webm", ".3gp", ".opus"})


def pack_sounds(
    rendered: RenderedCard, note_path: Path, root: Path, note_lines: tuple[str, ...], shown: str
) -> tuple[RenderedCard, list[Problem], set[Path | None]]:
    """Anki's `[sound:x.mp3]` with a local file: the file packed under a name of its own
    (as images are, and from inside the notes folder only), so the card plays it. A sound
    that cannot be packed is a warning, and the card shows its name."""
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
        return f'<span class="missing-image">{html.escape(src, quote=False)}</span>'

    packed = replace(
        rendered,
        question=_SOUND.sub(place, rendered.question),
        answer=_SOUND.sub(place, rendered.answer),
    )
    packed = replace(packed, media=tuple(media[name] for name in sorted(media)))
    return packed, problems, looked_at


def _local_sound(relative: str, folder: Path, root: Path) -> MediaFile | str:
    if urlsplit(relative).scheme or relative.startswith(("/", "\\")):
        return f"sound {relative} is not a file in the notes folder: not packed"
    path = (folder / relative).resolve()
    if not path.is_relative_to(root.resolve()):
        return f"sound {relative} is outside the notes folder: not packed"
    if not path.is_file():
        return f"sound not found: {relative}"
    if path.suffix.lower() not in SOUND_SUFFIXES:
        return f"{relative} is not a sound file: not packed"
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:12]
    stem = _UNSAFE_NAME_CHARS.sub("_", unicodedata.normalize("NFC", path.stem)).strip("_")[:40]
    return MediaFile(f"{stem or 'sound'}-{digest}{path.suffix.lower()}", path)
