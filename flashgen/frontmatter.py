"""A note's front matter: the `---` block at its very top that Obsidian, Jekyll and Hugo use.

Only four keys mean something to flashgen (`deck`, `tags`, `cards`, and `title` where no
`#` heading names the note), so this reads the small part of YAML they need — `key: value`,
`[a, b]` and `- item` lists, quotes, comments — instead of taking a YAML library for it.
Other keys (`date`, `aliases`, nested settings) are passed over. A setting that cannot be
read is reported with its line and left out; the note is still built.
"""

from __future__ import annotations

from dataclasses import replace

from flashgen.model import DECK_SEPARATOR, CardsMode, FrontMatter
from flashgen.patterns import lazy

_DELIMITER = "---"
_CLOSERS = ("---", "...")
_KEY_VALUE = lazy(r"^(?P<key>[^\W\d][\w-]*)\s*:(?:\s+(?P<value>.*?))?\s*$")
_LIST_ITEM = lazy(r"^\s+-\s+(?P<value>.*?)\s*$|^-\s+(?P<top>.*?)\s*$")
_KEYS = ("deck", "tags", "cards")
"""The keys flashgen reads; a key one slip away from one of them (`tag:`) is reported."""


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """The note's front matter, and its text with the front matter blanked out.

    Blanked, not cut: every later line keeps its number, so messages and cards still
    point at the right line. A note without front matter comes back unchanged.
    """
    lines = text.split("\n")
    first = next((line for line in lines[1:] if line.strip()), "")
    if lines[0].rstrip() != _DELIMITER or not _KEY_VALUE.match(first):
        return FrontMatter(), text  # a `---` rule at the top, not front matter
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in _CLOSERS), None)
    if end is None:
        # Settings with no closing line: they end where the settings do.
        end = next((i for i in range(1, len(lines)) if not _is_setting_line(lines[i])), len(lines))
        front_matter = read_front_matter(lines[1:end], first_line=2)
        problem = (1, "front matter has no closing '---' line; it ends where the settings do")
        front_matter = replace(front_matter, problems=(problem, *front_matter.problems))
        return front_matter, "\n" * end + "\n".join(lines[end:])
    front_matter = read_front_matter(lines[1:end], first_line=2)
    return front_matter, "\n" * (end + 1) + "\n".join(lines[end + 1 :])


def _is_setting_line(line: str) -> bool:
    """`key: value`, or a line indented under one; `# Title` or `- item` starts the note."""
    return bool(line.strip()) and bool(_KEY_VALUE.match(line) or line[0] in " \t")


def read_front_matter(lines: list[str], first_line: int = 1) -> FrontMatter:
    """The settings in front matter lines; `first_line` is the note line of `lines[0]`."""
    values: dict[str, tuple[int, str | list[str]]] = {}
    problems: list[tuple[int, str]] = []
    key = None  # the key whose `- item` list the following lines continue
    for number, line in enumerate(lines, start=first_line):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _LIST_ITEM.match(line)
        if item and key is not None and isinstance(values[key][1], list):
            values[key][1].append(_unquote(_without_comment(item["value"] or item["top"] or "")))
            continue
        if line[0] in " \t":
            continue  # nested under a key flashgen does not read
        match = _KEY_VALUE.match(line)
        if not match:
            problems.append((number, f"front matter line not understood: {line.strip()!r}"))
            key = None
            continue
        key = match["key"].lower()
        value = _without_comment(match["value"] or "")
        values[key] = (number, value if value else [])

    for key, (number, _) in values.items():
        if key in _KEYS:
            continue
        from difflib import get_close_matches  # only for a key it does not know: rarely

        near = get_close_matches(key, _KEYS, n=1, cutoff=0.75)
        if near:
            problems.append(
                (number, f"front matter key '{key}' is not read; did you mean '{near[0]}'?")
            )

    settings: dict = {}
    if "deck" in values:
        number, value = values["deck"]
        text = value if isinstance(value, str) else ""
        deck = _deck_name(text)
        if _unquote(text)[:1] in "[{" and deck:
            problems.append((number, f"front matter 'deck' must be a name, not {text!r}; "
                             "the note's title is used"))  # fmt: skip
        elif deck:
            settings["deck"] = deck
        else:
            problems.append((number, "front matter 'deck' is empty; the note's title is used"))
    if "title" in values and isinstance(values["title"][1], str):
        settings["title"] = " ".join(_unquote(values["title"][1]).split()) or None
    if "tags" in values:
        number, value = values["tags"]
        if isinstance(value, str) and _unquote(value).startswith("[") != value.endswith("]"):
            problems.append((number, f"front matter 'tags' has an unclosed bracket: {value!r}"))
            value = _unquote(value).strip("[]")
        settings["tags"] = _tags(value)
    if "cards" in values:
        number, value = values["cards"]
        mode = _unquote(value).lower() if isinstance(value, str) else ""
        if mode in CardsMode.__members__.values():
            settings["cards"] = CardsMode(mode)
        else:
            choices = " | ".join(CardsMode)
            problems.append(
                (number, f"front matter 'cards' must be {choices}, not {mode!r}; using auto")
            )
    return FrontMatter(**settings, problems=tuple(sorted(problems)))


def _tags(value: str | list[str]) -> tuple[str, ...]:
    """`[a, b]`, `- a` lists, `a, b` or `a b` → tags; a space inside a listed tag becomes `_`.

    Obsidian writes tags with or without `#`, and nests them with `/`; Anki's are bare, and
    nest with `::` (as an inline `#nested/tag` does).
    """
    if isinstance(value, str):
        value = _unquote(value)
        if value.startswith("[") and value.endswith("]"):
            items = value[1:-1].split(",")
        elif "," in value:
            items = value.split(",")
        else:
            items = value.split()
    else:
        items = value
    tags = ("_".join(_unquote(item).replace('"', " ").split()).lstrip("#") for item in items)
    nested = ("::".join(part for part in tag.split("/") if part) for tag in tags)
    return tuple(dict.fromkeys(tag for tag in nested if tag))


def _deck_name(value: str) -> str:
    """A deck name as written; `A :: B` and `A::B` both name subdeck B of A."""
    parts = (" ".join(part.split()) for part in _unquote(value).split(DECK_SEPARATOR))
    return DECK_SEPARATOR.join(part for part in parts if part)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _without_comment(value: str) -> str:
    """`cards: off  # for now` → `off`. As in YAML, `#` at the start or after a space begins
    a comment, unless it stands inside quotes (`"C# basics"`)."""
    quote = None
    for index, char in enumerate(value):
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"" and (index == 0 or value[index - 1] in " \t[,"):
            quote = char
        elif char == "#" and (index == 0 or value[index - 1] in " \t"):
            return value[:index].strip()
    return value.strip()
