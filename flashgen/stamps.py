"""When each note last changed, remembered between builds.

Anki updates a note on re-import only when the package's `mod` is newer than its own,
and skips it when not. So a note keeps its old `mod` while its content is unchanged
(the rebuild is then byte-identical, and edits the student made inside Anki survive),
and gets a newer one when it changes. With no memory of a note, the time its source
file was last modified stands in.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

STATE_FILE = ".flashgen-state.json"


@dataclass
class Stamps:
    known: dict[str, tuple[str, int]] = field(default_factory=dict)
    """GUID → (content hash, mod in seconds)."""

    def stamp(self, guid: str, content: str, changed_at: int) -> int:
        """The `mod` for a note with this content; remembers it for the next build."""
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
        previous = self.known.get(guid)
        if previous is None:
            mod = changed_at
        elif previous[0] == digest:
            mod = previous[1]
        else:
            mod = max(changed_at, previous[1] + 1)
        self.known[guid] = (digest, mod)
        return mod


def load_stamps(folder: Path) -> Stamps:
    """The stamps saved in an output folder; none when absent or unreadable."""
    try:
        raw = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        return Stamps({guid: (str(h), int(mod)) for guid, (h, mod) in raw["notes"].items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return Stamps()


def save_stamps(stamps: Stamps, folder: Path) -> None:
    """Save every stamp, atomically; notes built from other sources before are kept too."""
    notes = {guid: list(stamps.known[guid]) for guid in sorted(stamps.known)}
    text = json.dumps({"version": 1, "notes": notes}, ensure_ascii=False, indent=0)
    folder.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=folder, prefix=".flashgen-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text + "\n")
    os.replace(partial, folder / STATE_FILE)
