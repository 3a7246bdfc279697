"""`<image src="x.png">`: browsers read the tag as `<img>` (the HTML standard says so), and
GitHub shows the picture. Written as `<img>` here, so the picture reaches its card and is
packed, and a missing file is a warning, as for any `<img>`; in code it stays as written."""

from __future__ import annotations

import re

from flashgen.flavours.pages import outside_fences
from flashgen.patterns import lazy
from flashgen.text import outside_code_spans

_IMAGE_TAG = lazy(r"<image(?=[\s/>])", re.IGNORECASE)


def image_tags_as_img(text: str) -> str:
    """`<image …>` → `<img …>` outside code, line for line."""
    if "<image" not in text and "<IMAGE" not in text and "<Image" not in text:
        return text  # most notes
    written = text.split("\n")
    for number, line in enumerate(outside_fences(text).split("\n")):
        if _IMAGE_TAG.search(line):
            written[number] = outside_code_spans(line, lambda text: _IMAGE_TAG.sub("<img", text))
    return "\n".join(written)
