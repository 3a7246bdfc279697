"""What a picture's bytes say it is, and which addresses are fetched over the network:
the facts packing and downloading pictures both go by."""

from __future__ import annotations

REMOTE_SCHEMES = ("http", "https")
"""Addresses of pictures on the web; every other scheme stays as written, never fetched."""

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
