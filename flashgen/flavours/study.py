"""Which notes are study notes: a vault also holds boards, diaries, to-do lists, templates,
scratchpads, link hubs and essay plans, whose headings and bullets are no questions.

Such a note gives no card, and says why (a warning naming it, in `check` and the build), so
nothing disappears in silence; `cards: auto` in its front matter asks for its cards after
all. `exclude` (globs, as in `.gitignore`) leaves files out altogether, and `only_tagged`
(a tag such as `flashcards`) makes every other note give no card: the opt-in way of
obsidian-spaced-repetition.
"""

from __future__ import annotations

import re
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from flashgen.model import NoteTree
from flashgen.patterns import MONTHS, lazy
from flashgen.sources import NoteFile

_BOARD = lazy(r"^kanban-plugin\s*:", re.MULTILINE)
_CARDS_KEY = lazy(r"^cards\s*:", re.MULTILINE)
_HEADING = lazy(r"^#{2,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_DATED_HEADING = lazy(rf"\n#{{2,6}}[ \t]+\W*(?:\d|{MONTHS})", re.IGNORECASE)
"""A heading that may be a date: the cheap look (it starts with a plain `\\n#`, which the
regex engine searches for fast) before every heading is read."""
_DATE = lazy(
    rf"^(?:\W*)(?:\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}|\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}}"
    rf"|\d{{4}}년\s*\d{{1,2}}월\s*\d{{1,2}}일|(?:{MONTHS})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+(?:{MONTHS})[a-z]*\.?\s+\d{{4}}"
    # a month and day with its weekday, or a span of days: `10/16 (금)`, `10/06 ~ 10/07`
    r"|\d{1,2}[/.]\d{1,2}\.?\s*\(\s*(?:[월화수목금토일]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)"
    r"|\d{1,2}[/.]\d{1,2}\s*[~–-]\s*\d{1,2}[/.]\d{1,2})\b",
    re.IGNORECASE,
)
"""A heading that is a date (`2023-05-03 (1.5h)`, `May 3, 2023`, `2023년 5월 3일`, `10/16 (금)`):
an entry of a diary or a log, not a topic."""
_DATE_NAME = lazy(r"^\d{4}([-_.])\d{2}\1\d{2}$")
"""`2026-11-03` (Obsidian), `2026_11_03` (Logseq's journals): a daily note's name."""
_DIARY_FOLDERS = frozenset({"daily", "daily notes", "dailies", "journal", "journals", "diary"})
_TASK = lazy(r"^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]", re.MULTILINE)
_ITEM = lazy(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]", re.MULTILINE)
_SCRATCH_NAMES = lazy(
    r"^(?:scratch(?:pad)?|untitled(?: \d+)?|inbox|to-?dos?|tasks|drafts?|brain ?dump)$",
    re.IGNORECASE,
)
_NOTE_LINK = lazy(
    r"\[\[[^\[\]\n]+\]\]|(?<!!)\[[^\[\]\n]*\]\((?![a-z][a-z0-9+.-]*:|#)[^()\s]+\)", re.I
)
"""`[[Normal forms]]`, `[Joins](joins.md)`: a link to another note of the vault (not to a page
on the web, nor into this note, nor a picture)."""
_LIST_MARK = lazy(r"^\s*(?:[-*+]|\d+[.)])\s+")
_WORD = lazy(r"\w+")
MIN_LINKS = 5
"""A hub links at least this many notes, on nearly all of its lines."""
_FEW_WORDS_BESIDE = 3
_ESSAY_PART = lazy(
    r"^\W*(?:thesis(?: statement)?|(?:body )?para(?:graph)? ?\d+|body paragraphs?|p\d|"
    r"counter-?arguments?|rebuttal|argument ?\d+|hook|intro(?:duction)?|conclusion)\W*$",
    re.IGNORECASE,
)
_ESSAY_PLAN_PART = lazy(r"thesis|para|counter|rebuttal", re.IGNORECASE)
"""What only an essay's plan is headed by: an introduction and a conclusion head a study note
as well."""
_ESSAY_NAME = lazy(r"\bessay\b.*\b(?:plan|outline)|\b(?:plan|outline)\b.*\bessay\b", re.I)
MIN_ESSAY_PARTS = 3
MIN_ENTRIES = 2
"""A note with this many dated headings, most of its headings, is a diary."""
MIN_TASKS = 3


def not_study_note(text: str, name: str) -> str | None:
    """Why the note is no study note, or None when it is one (or its front matter asks for
    cards whatever it looks like)."""
    front = text[: text.find("\n---", 3) + 1] if text.startswith("---") else ""
    if _CARDS_KEY.search(front):
        return None
    why = _reason(front, text, PurePosixPath(name))
    if why is None:
        return None
    return f"{why}, not study notes: no cards ('cards: auto' in its front matter asks)"


def _reason(front: str, text: str, path: PurePosixPath) -> str | None:
    """Read from the whole text at once, code and all: a line of code that looks like a dated
    heading or a task is rare, and each reason needs most of the note to look so."""
    if _BOARD.search(front):
        return "a Kanban board"
    if _DATE_NAME.match(path.stem) and any(p.lower() in _DIARY_FOLDERS for p in path.parts[:-1]):
        return "a daily note"
    if _DATED_HEADING.search("\n" + text):
        headings = _HEADING.findall(text)
        dated = sum(1 for heading in headings if _DATE.match(heading))
        if dated >= MIN_ENTRIES and dated * 2 > len(headings):
            return "a diary (its headings are dates)"
    tasks = len(_TASK.findall(text)) if "[ ]" in text or "[x]" in text or "[X]" in text else 0
    if tasks >= MIN_TASKS and tasks * 3 >= len(_ITEM.findall(text)) * 2:
        return "a to-do list"
    if _SCRATCH_NAMES.match(path.stem):
        return "a scratchpad"
    if ("[[" in text or "](" in text) and _is_link_hub(text[len(front) :]):
        return "a link hub (its lines are links to other notes)"
    if _ESSAY_NAME.search(path.stem) or (_may_plan_an_essay(text) and _is_essay_plan(text)):
        return "an essay plan"
    return None


def _is_link_hub(body: str) -> bool:
    """`- [[Normal forms]]`, `[[Joins]] · [[Indexes]]`: a map of the vault's notes, each line
    a link or two with at most a few words beside. The notes it links give the cards."""
    if body.count("[[") + body.count(".md") < MIN_LINKS:
        return False  # too few links to other notes: most notes, at a glance
    lines = [line for line in body.split("\n") if line.strip() and line.lstrip()[0] != "#"]
    links, misses, allowed = 0, 0, len(lines) // 5
    for line in lines:
        found = _NOTE_LINK.findall(line)
        beside = _WORD.findall(_NOTE_LINK.sub(" ", _LIST_MARK.sub("", line))) if found else ()
        links += len(found)
        if not found or len(beside) > _FEW_WORDS_BESIDE:
            misses += 1
            if misses > allowed:
                return False  # more than a fifth of its lines say more than links
    return links >= MIN_LINKS


def _may_plan_an_essay(text: str) -> bool:
    """Whether a word only an essay's plan is headed by is in the text (a cheap look first)."""
    return "hesis" in text or "aragraph" in text or "ounter" in text or "ebuttal" in text


def _is_essay_plan(text: str) -> bool:
    """`## Thesis`, `## Paragraph 1`, `## Counterargument`, `## Conclusion`: the plan of an
    essay to write; what it holds is the writer's argument, not facts to recall."""
    headings = _HEADING.findall(text)
    parts = [heading for heading in headings if _ESSAY_PART.match(heading)]
    return (
        len(parts) >= MIN_ESSAY_PARTS
        and len(parts) * 2 >= len(headings)
        and any(_ESSAY_PLAN_PART.search(part) for part in parts)
    )


def excluded(files: list[NoteFile], patterns: tuple[str, ...], out: Path) -> list[NoteFile]:
    """The notes less those an `exclude` pattern names, or under `node_modules/` or the
    folder the decks are written to. As in `.gitignore`: `name/` is a folder anywhere,
    `a/b.md` a path from the notes folder, `*.draft.md` a file name anywhere."""
    kept = []
    out_folders: dict[Path, tuple[str, ...]] = {}  # per notes folder: resolved once
    for file in files:
        name = PurePosixPath(file.name)
        root = file.folder
        if (out_folder := out_folders.get(root)) is None:
            out_folder = out_folders[root] = _out_folder(root, out)
        patterns_here = (*patterns, "node_modules/", *out_folder)
        if not any(_matches(name, pattern) for pattern in patterns_here):
            kept.append(file)
    return kept


def _out_folder(root: Path, out: Path) -> tuple[str, ...]:
    """The output folder as a path from a notes folder, when it is inside it."""
    try:
        inside = out.resolve().relative_to(root.resolve())
    except ValueError:
        return ()
    return (inside.as_posix().rstrip("/") + "/",) if inside.parts else ()


def _matches(name: PurePosixPath, pattern: str) -> bool:
    pattern = pattern.strip().lstrip("/") if pattern.strip().startswith("/") else pattern.strip()
    if not pattern or pattern.startswith("#"):
        return False
    if pattern.endswith("/"):
        folder = pattern.rstrip("/")
        if "/" in folder:  # `a/b/`: that folder from the root
            return fnmatch(name.as_posix(), folder + "/*")
        return any(fnmatch(part, folder) for part in name.parts[:-1])
    if "/" in pattern:
        return fnmatch(name.as_posix(), pattern)
    return any(fnmatch(part, pattern) for part in name.parts)


def opted_in(tree: NoteTree, tag: str | None) -> bool:
    """Whether the note asks for cards where only tagged notes do: the tag (`#flashcards`,
    `#flashcards/sub`, or in its front matter `tags:`), or `flashcards: true`-style key of
    that name in its front matter."""
    if not tag:
        return True
    wanted = tag.lstrip("#").lower()
    if any(t.lower() == wanted or t.lower().startswith(wanted + "::") for t in _tags(tree)):
        return True
    text = tree.note.text
    front = text[: text.find("\n---", 3) + 1] if text.startswith("---") else ""
    return bool(re.search(rf"^{re.escape(wanted)}\s*:\s*(?:true|yes|on)\s*$", front, re.I | re.M))


def _tags(tree: NoteTree) -> tuple[str, ...]:
    return tuple(tag.replace("/", "::") for tag in tree.front_matter.tags)
