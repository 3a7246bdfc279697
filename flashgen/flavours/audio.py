"""Sound in notes: `[sound:x.mp3]` (Anki's own), `![](x.mp3)` and `<audio src="x.mp3">` are
all written as Anki's `[sound:…]`, which media.py packs with the file beside the cards."""

from __future__ import annotations

import re

from flashgen.flavours.embeds import AUDIO_SUFFIXES
from flashgen.patterns import lazy

_SUFFIX = "|".join(sorted(suffix[1:] for suffix in AUDIO_SUFFIXES))
_MARKDOWN_AUDIO = lazy(rf"!\[[^\[\]]*\]\((?P<src>[^()\s]+\.(?:{_SUFFIX}))\)", re.IGNORECASE)
_AUDIO_TAG = lazy(r"<audio\b[^<>]*?\ssrc=\"(?P<src>[^\"]+)\"[^<>]*>(?:\s*</audio>)?", re.IGNORECASE)


def as_sound_tags(text: str) -> str:
    """`![](x.mp3)` and `<audio src="x.mp3">` → `[sound:x.mp3]`, line for line."""
    if "audio" not in text and not re.search(rf"\.(?:{_SUFFIX})\)", text, re.IGNORECASE):
        return text
    text = _MARKDOWN_AUDIO.sub(lambda m: f"[sound:{m['src']}]", text)
    return _AUDIO_TAG.sub(lambda m: f"[sound:{m['src']}]", text)
