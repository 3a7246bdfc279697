"""Settings: defaults, then `flashgen.toml` (or `[tool.flashgen]` in pyproject.toml), then flags.

The file is checked whole before anything is built: an unknown key or a value of the
wrong kind is an error naming the file, the line and the key, so a typo never passes
silently as a default. Front matter in a note overrides these for that note.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from flashgen.errors import FlashgenError, Problem
from flashgen.identity import CARD_ID_DIGITS
from flashgen.patterns import lazy

CONFIG_FILE = "flashgen.toml"
PYPROJECT = "pyproject.toml"


class Split(StrEnum):
    NOTES = "notes"
    SECTIONS = "sections"


@dataclass(frozen=True)
class Settings:
    """Everything a build needs to know besides the notes themselves."""

    sources: tuple[Path, ...] = (Path("source"),)
    out: Path = Path("decks")
    split: Split = Split.NOTES
    single: str | None = None
    encoding: str = "utf-8"
    jobs: int | None = None
    download_media: bool = False
    """Fetch remote images into a cache beside the decks and pack them."""
    download_timeout: float = 10.0
    """Seconds one download may take in all, however slowly the server sends."""
    rules_off: frozenset[str] = frozenset()
    """Rules that make no cards; what they would have taken stays in the heading's answer."""
    reverse_definitions: bool = False
    """`term: definition` cards are also asked the other way round."""
    tags: tuple[str, ...] = ()
    deck_prefix: tuple[str, ...] = ()
    """Decks every note's deck goes under: `CS::Study` → ("CS", "Study")."""
    collection: Path | None = None
    """The collection file `flashgen sync` writes (Anki closed); None: a running Anki."""
    anki_connect: str = "http://127.0.0.1:8765"
    """Where `flashgen sync` finds a running Anki's AnkiConnect add-on."""
    anki_connect_key: str | None = None
    """AnkiConnect's apiKey, when one is set in the add-on's config."""
    exclude: tuple[str, ...] = ()
    """Notes left out, as `.gitignore` patterns (besides `node_modules/` and the decks' folder)."""
    only_tagged: str | None = None
    """When set, only notes with this tag (or a front matter key of its name) give cards."""
    skip_cards: frozenset[str] = frozenset()
    """Cards left out by their ids (`identity.card_id`), as `flashgen preview` shows them."""
    config_file: Path | None = field(default=None, compare=False)
    """Where these came from, for messages; None when no file was found."""

    def with_flags(self, **flags: Any) -> Settings:
        """These settings with every flag the user actually gave (not None) put over them."""
        given = {name: value for name, value in flags.items() if value is not None}
        return replace(self, **given)


def find_config(folder: Path) -> Path | None:
    """`flashgen.toml` in the folder, else its `pyproject.toml` if it has `[tool.flashgen]`."""
    own = folder / CONFIG_FILE
    if own.is_file():
        return own
    pyproject = folder / PYPROJECT
    if pyproject.is_file() and "flashgen" in _read_toml(pyproject).get("tool", {}):
        return pyproject
    return None


def load_settings(
    config: Path | None = None,
    folder: Path = Path("."),
    rule_names: Callable[[], Collection[str]] = tuple,
) -> Settings:
    """Settings from `config`, or from the file found in `folder`, or the defaults.

    `rule_names()` gives the names a `[rules]` table may switch off: the card rules' own
    (flashgen.extract.RULES), which are not this module's to know; asked only when the
    file names a rule."""
    path = config if config is not None else find_config(folder)
    if path is None:
        return Settings()
    if not path.is_file():
        raise FlashgenError(f"{path}: no such configuration file")
    table = _read_toml(path)
    if path.name == PYPROJECT:
        table = table.get("tool", {}).get("flashgen", {})
    text = path.read_text(encoding="utf-8")
    return settings_from_table(table, path, path.parent, text, rule_names)


def settings_from_table(
    table: dict[str, Any],
    path: Path,
    base: Path,
    text: str = "",
    rule_names: Callable[[], Collection[str]] = tuple,
) -> Settings:
    """Check a parsed configuration table and turn it into Settings; paths are relative to base."""

    def fail(key: str, message: str) -> FlashgenError:
        line = _line_of(text, key)
        where = f"{path.as_posix()}:{line}" if line else path.as_posix()
        return FlashgenError(f"{where}: {message}")

    values: dict[str, Any] = {"config_file": path}
    for key, value in table.items():
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise fail(key, f"unknown key '{key}' (known keys: {known})")
        try:
            values.update(_KEYS[key](value, base))
            if key == "rules":
                _known_rules(value, rule_names())
        except _BadRule as error:
            raise fail(error.rule, f"rules: {error}") from None
        except ValueError as error:
            raise fail(key, f"{key}: {error}") from None
    return Settings(**values)


def _sources(value: Any, base: Path) -> dict[str, Any]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
        raise ValueError('must be a folder or a list of folders, e.g. "source"')
    return {"sources": tuple(base / item for item in items)}


def _out(value: Any, base: Path) -> dict[str, Any]:
    if not isinstance(value, str) or not value:
        raise ValueError('must be a folder, e.g. "decks"')
    return {"out": base / value}


def _split(value: Any, base: Path) -> dict[str, Any]:
    choices = [split.value for split in Split]
    if value not in choices:
        raise ValueError(f"must be one of {', '.join(choices)}, not {value!r}")
    return {"split": Split(value)}


def _single(value: Any, base: Path) -> dict[str, Any]:
    if not isinstance(value, str) or not value.strip():
        raise ValueError('must be the name of the one deck file, e.g. "CS Study"')
    return {"single": value}


def deck_file_flags(split: str | None, single: str | None) -> dict[str, Any]:
    """`--split` and `--single`, checked as the same keys of flashgen.toml are: one way of
    choosing the deck files, and a name for the one file. ValueError when they are not."""
    if split is not None and single is not None:
        raise ValueError("--split and --single choose the deck files two ways: give one")
    for key, value in (("split", split), ("single", single)):
        if value is not None:
            try:
                return _KEYS[key](value, Path("."))
            except ValueError as error:
                raise ValueError(f"--{key}: {error}") from None
    return {}


def _encoding(value: Any, base: Path) -> dict[str, Any]:
    try:
        codecs.lookup(value)
    except (LookupError, TypeError):
        raise ValueError(f"unknown encoding {value!r}") from None
    return {"encoding": value}


class _BadRule(ValueError):
    """A wrong entry in the `[rules]` table, named so the message can point at its line."""

    def __init__(self, rule: str, message: str):
        super().__init__(message)
        self.rule = rule


def _rules(value: Any, base: Path) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(
            "must be a table of rule = true/false, e.g. rules = { term_definition = false }"
        )
    for name, on in value.items():
        if not isinstance(on, bool):
            raise _BadRule(name, f"{name} must be true or false, not {on!r}")
    return {"rules_off": frozenset(name for name, on in value.items() if not on)}


RETIRED_RULES = frozenset({"comparison_table"})
"""Rules earlier versions had: a settings file naming one still builds. (A comparison
table now stays whole, side by side, on its heading's card.)"""


def _known_rules(value: dict[str, bool], names: Collection[str]) -> None:
    for name in value:
        if name not in names and name not in RETIRED_RULES:
            raise _BadRule(name, f"unknown rule '{name}' (rules: {', '.join(names)})")


def _reverse_definitions(value: Any, base: Path) -> dict[str, Any]:
    return {"reverse_definitions": _bool(value)}


def _download_media(value: Any, base: Path) -> dict[str, Any]:
    return {"download_media": _bool(value)}


def _download_timeout(value: Any, base: Path) -> dict[str, Any]:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 600:
        raise ValueError(f"must be a number of seconds from 0 to 600, e.g. 10, not {value!r}")
    return {"download_timeout": float(value)}


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    return value


_TAG = lazy(r"^\S+$")


def _tags(value: Any, base: Path) -> dict[str, Any]:
    if not isinstance(value, list) or not all(isinstance(t, str) and _TAG.match(t) for t in value):
        raise ValueError('must be a list of tags without spaces, e.g. ["cs", "interview"]')
    return {"tags": tuple(value)}


def _deck_prefix(value: Any, base: Path) -> dict[str, Any]:
    return {"deck_prefix": parse_deck_prefix(value)}


def parse_deck_prefix(value: Any) -> tuple[str, ...]:
    """`"CS::Study"` → ("CS", "Study"); an empty part would make a nameless deck in Anki."""
    if not isinstance(value, str):
        raise ValueError(f'must be a deck name, e.g. "CS" or "CS::Study", not {value!r}')
    if not value.strip():
        return ()
    parts = tuple(part.strip() for part in value.split("::"))
    if not all(parts):
        raise ValueError(f"{value!r} has an empty deck name between '::'")
    return parts


def _collection(value: Any, base: Path) -> dict[str, Any]:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(
            "must be the path of collection.anki2 in your Anki profile folder, e.g. "
            '"~/.local/share/Anki2/User 1/collection.anki2"'
        )
    return {"collection": base / Path(value).expanduser()}


def _anki_connect(value: Any, base: Path) -> dict[str, Any]:
    """An address, or a table `{ url = "…", key = "…" }`."""
    table = {"url": value} if isinstance(value, str) else value
    if not isinstance(table, dict) or not set(table) <= {"url", "key"}:
        raise ValueError(
            'must be an address, e.g. "http://127.0.0.1:8765", or a table '
            '{ url = "http://127.0.0.1:8765", key = "…" }'
        )
    url, key = table.get("url", Settings.anki_connect), table.get("key")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ValueError(
            f'url must be an http:// address, e.g. "http://127.0.0.1:8765", not {url!r}'
        )
    if key is not None and not isinstance(key, str):
        raise ValueError(f"key must be text, not {key!r}")
    return {"anki_connect": url, "anki_connect_key": key}


def _exclude(value: Any, base: Path) -> dict[str, Any]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
        raise ValueError('must be a list of patterns, e.g. ["Journal/", "*.draft.md"]')
    return {"exclude": tuple(items)}


def _only_tagged(value: Any, base: Path) -> dict[str, Any]:
    if not isinstance(value, str) or not _TAG.match(value.lstrip("#")):
        raise ValueError('must be one tag, e.g. "flashcards"')
    return {"only_tagged": value.lstrip("#")}


_CARD_ID = lazy(rf"^[0-9a-f]{{{CARD_ID_DIGITS}}}$")


def _skip_cards(value: Any, base: Path) -> dict[str, Any]:
    shape = (
        "must be a list of card ids as `flashgen preview` shows them (ten digits and "
        'letters a–f), e.g. ["3f9a2c41d0"]'
    )
    if not isinstance(value, list):
        raise ValueError(shape)
    for item in value:
        if not isinstance(item, str) or not _CARD_ID.match(item.lower()):
            raise ValueError(f"{item!r} is no card id; {shape}")
    return {"skip_cards": frozenset(item.lower() for item in value)}


_KEYS = {
    "source": _sources,
    "out": _out,
    "split": _split,
    "single": _single,
    "encoding": _encoding,
    "rules": _rules,
    "reverse_definitions": _reverse_definitions,
    "download_media": _download_media,
    "download_timeout": _download_timeout,
    "tags": _tags,
    "deck_prefix": _deck_prefix,
    "collection": _collection,
    "anki_connect": _anki_connect,
    "exclude": _exclude,
    "only_tagged": _only_tagged,
    "skip_cards": _skip_cards,
}


def unmatched_skips(settings: Settings, matched: Collection[str]) -> list[Problem]:
    """A warning for each id in `skip_cards` that no card has any more, at its line: the
    card's deck or question changed (so did its id, and it is back in the decks) or it is
    gone, and the writer should know their choice no longer holds."""
    left = sorted(settings.skip_cards - set(matched))
    if not left or settings.config_file is None:
        return []
    path = settings.config_file
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    problems = []
    for card in left:
        found = re.search(re.escape(card), text, re.IGNORECASE)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        message = (
            f"skip_cards: no card has the id {card} now (its deck or question changed, or "
            "it is gone from the notes); remove it, or give the id `flashgen preview` shows"
        )
        problems.append(Problem(path.as_posix(), message, line))
    return problems


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # here: most folders have no settings file, and a rebuild need not load it

    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise FlashgenError(f"{path.as_posix()}: not valid TOML: {error}") from None
    except UnicodeDecodeError as error:  # TOML is UTF-8; an editor may have saved it otherwise
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise FlashgenError(
            f"{path.as_posix()}:{line}: not UTF-8 text; save the file as UTF-8"
        ) from None
    except OSError as error:
        raise FlashgenError(f"{path.as_posix()}: cannot read: {error.strerror}") from None


def _line_of(text: str, key: str) -> int | None:
    """The line a key is set on, so the message points at it."""
    key = re.escape(key)
    pattern = re.compile(rf"^\s*(?:{key}\s*=|\[\s*(?:tool\.flashgen\.)?{key}\s*\])", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None
