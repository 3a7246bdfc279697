"""What cards the notes give, before any import: as text in the terminal, or as one HTML page.

The page shows each card as Anki would, through the note types' own templates and CSS
(filled in by `sides.py`), so what looks wrong here looks wrong in Anki too. A note that Anki
shows as several cards (both ways round, one per cloze) is shown as each of them.
"""

from __future__ import annotations

import base64
import html
import mimetypes
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from flashgen.errors import printable
from flashgen.identity import card_id
from flashgen.model import DECK_SEPARATOR, AnkiNote, CardKind
from flashgen.note_types import NOTE_TYPES
from flashgen.recall import lines_past_recall
from flashgen.render import CONTEXT_SEPARATOR
from flashgen.sides import card_sides


def terminal_lines(notes: Iterable[AnkiNote], files: dict[str, str]) -> Iterator[str]:
    """Each card as a short block: where it came from and by which rule, its id (what
    `skip_cards` names to leave it out), its deck, front, back.

    `files` names each card's note file (by GUID) as the user would type its path.
    """
    for note in notes:
        card = note.extracted
        where = printable(f"{files.get(note.guid, card.note_name)}:{card.line}")
        kind = "" if card.kind is CardKind.BASIC else f" ({card.kind})"
        said = click.style(f"  {card.rule}{kind}", fg="cyan")
        yield (
            click.style(where, bold=True)
            + said
            + click.style(f"  id {card_id(note.guid)}", dim=True)
        )
        yield printable(f"  deck   {note.deck_name}")
        front = CONTEXT_SEPARATOR.join((*card.context, card.question))
        yield from _labelled("front", front)
        yield from _labelled("back", card.answer)
        yield ""


def _labelled(label: str, text: str) -> Iterator[str]:
    lines = [printable(line) for line in text.strip().split("\n")] or [""]
    yield f"  {label:<6} {lines[0]}"
    for line in lines[1:]:
        yield f"         {line}"


def html_page(notes: list[AnkiNote], files: dict[str, str], title: str = "flashgen preview") -> str:
    """One self-contained page: every card, with search, a deck filter, flipping and night mode."""
    decks = sorted(
        {
            DECK_SEPARATOR.join(deck[:depth])
            for deck in {tuple(note.deck_name.split(DECK_SEPARATOR)) for note in notes}
            for depth in range(1, len(deck) + 1)
        }
    )
    pasts = [lines_past_recall(note.extracted) for note in notes]
    entries = "\n".join(
        _entry(note, files.get(note.guid, note.extracted.note_name), past)
        for note, past in zip(notes, pasts, strict=True)
    )
    options = "\n".join(
        f'<option value="{html.escape(deck)}">{html.escape(deck)}</option>' for deck in decks
    )
    long = sum(1 for past in pasts if past)
    css = "\n".join(dict.fromkeys(note_type.css for note_type in NOTE_TYPES.values()))
    return (
        _PAGE.replace("{{TITLE}}", html.escape(title))
        .replace("{{CARD_CSS}}", css)
        .replace("{{DECK_OPTIONS}}", options)
        .replace("{{LONG}}", str(long))
        .replace("{{LONG_HIDDEN}}", "" if long else " hidden")
        .replace("{{CARDS}}", entries)
    )


_IMAGE_SOURCE = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]+)(")', re.IGNORECASE)


def inline_images(card_html: str, media: dict[str, Path]) -> str:
    """The images packed with a card, put inside the page itself, so it shows them wherever
    it is opened; `media` maps the names cards use for them to their files."""

    def inline(match: re.Match[str]) -> str:
        name = html.unescape(match[2])
        path = media.get(name)
        if path is None:
            return match[0]  # remote, or not packed: as the card in Anki shows it
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"{match[1]}data:{kind};base64,{data}{match[3]}"

    return _IMAGE_SOURCE.sub(inline, card_html)


def _entry(note: AnkiNote, file: str, past: int) -> str:
    """A note's cards as the page shows them; `past`: the lines of an answer too long to
    recall in one go (`lines_past_recall`), else 0."""
    card = note.extracted
    media = {packed.name: packed.path for packed in note.card.media}
    sides = [
        (name, inline_images(f, media), inline_images(b, media)) for name, f, b in card_sides(note)
    ]
    where = f"{file}:{card.line}"
    own_id = card_id(note.guid)
    long = (
        f' · <span class="long" title="more than a student recalls in one go: a heading over '
        f'each of its parts in the note makes each part a card">{past} lines: too long</span>'
        if past
        else ""
    )
    entries = []
    for name, front, back in sides:
        which = f" · {html.escape(name)}" if len(sides) > 1 else ""
        entries.append(
            f'<article class="entry" data-deck="{html.escape(note.deck_name)}" '
            f'data-guid="{html.escape(note.guid)}" data-kind="{card.kind}" '
            f'data-long="{past}" tabindex="0">\n'
            f'<p class="meta"><span class="deck">{html.escape(note.deck_name)}</span> · '
            f'<span class="where">{html.escape(where)}</span> · '
            f'<span class="rule">{html.escape(card.rule)}</span> · '
            f'<span class="id" title="skip_cards = [&quot;{own_id}&quot;] in flashgen.toml leaves '
            f'it out">id {own_id}</span>{which}{long}</p>\n'
            f'<div class="card side front">{front}</div>\n'
            f'<div class="card side back" hidden>{back}</div>\n'
            "</article>"
        )
    return "\n".join(entries)


_PAGE = """\
<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}}</title>
<style>
/* The page around the cards; each card below is styled by the note type's own CSS. */
body { margin: 0; font-family: -apple-system, "Segoe UI", "Apple SD Gothic Neo",
  "Noto Sans KR", "Malgun Gothic", sans-serif; background: #eef0f3; color: #222; }
body.night_mode { background: #111; color: #ddd; }
.bar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 0.5em;
  align-items: center; padding: 0.6em 1em; background: #fff; border-bottom: 1px solid #ccc; }
.night_mode .bar { background: #222; border-color: #444; }
.bar input, .bar select, .bar button { font: inherit; padding: 0.3em 0.5em; }
.bar input { flex: 1 1 14em; min-width: 0; }
.bar select { flex: 0 1 22em; min-width: 0; max-width: 100%; }
.night_mode .bar input, .night_mode .bar select, .night_mode .bar button {
  background: #333; color: #ddd; border: 1px solid #555; }
#count { color: #888; }
main { padding: 1em; display: grid; grid-template-columns: minmax(0, 1fr); gap: 1em; }
.entry .side { overflow-wrap: anywhere; }
.entry { background: transparent; cursor: pointer; }
.entry .meta { margin: 0 auto 0.2em; max-width: 800px; font-size: 0.8em; color: #888; }
.entry .id { font-family: monospace; user-select: all; }
.entry .side { padding: 1em 1.2em; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.entry[hidden] { display: none; }
#empty { text-align: center; color: #888; }
.entry .long { color: #b35c00; font-weight: 600; }
.bar button[aria-pressed="true"] { background: #ffe0b8; border: 1px solid #b35c00; }
.night_mode .entry .long { color: #f0a050; }
</style>
<style>
{{CARD_CSS}}
</style>
</head>
<body>
<header class="bar">
<input id="search" type="search" placeholder="Search / 검색" aria-label="Search the cards">
<select id="deck" aria-label="Deck"><option value="">All decks</option>
{{DECK_OPTIONS}}
</select>
<button id="long" type="button" aria-pressed="false"{{LONG_HIDDEN}}
  title="Cards whose answer runs past what a student recalls in one go">Too long ({{LONG}})</button>
<button id="flip" type="button">Show backs</button>
<button id="theme" type="button">Night</button>
<span id="count"></span>
</header>
<main id="cards">
{{CARDS}}
<p id="empty" hidden>No card matches.</p>
</main>
<script>
"use strict";
// State lives in the address (#q=…&deck=…&long=1&side=back&theme=night), so a view can be shared.
const entries = Array.from(document.querySelectorAll(".entry"));
const total = entries.length;
const search = document.getElementById("search");
const deck = document.getElementById("deck");
const flip = document.getElementById("flip");
const theme = document.getElementById("theme");
const long = document.getElementById("long");
const state = { q: "", deck: "", long: "", side: "front", theme: "light" };
new URLSearchParams(location.hash.slice(1)).forEach((value, key) => {
  if (key in state) state[key] = value;
});

function showSide(entry, side) {
  entry.querySelector(".front").hidden = side !== "front";
  entry.querySelector(".back").hidden = side !== "back";
  entry.dataset.side = side;
}

function apply() {
  const words = state.q.toLowerCase().split(/\\s+/).filter(Boolean);
  let shown = 0;
  for (const entry of entries) {
    const name = entry.dataset.deck;
    const inDeck = !state.deck || name === state.deck || name.startsWith(state.deck + "::");
    const text = entry.textContent.toLowerCase();
    const tooLong = !state.long || entry.dataset.long !== "0";
    const visible = inDeck && tooLong && words.every((word) => text.includes(word));
    entry.hidden = !visible;
    shown += visible;
    showSide(entry, state.side);
  }
  document.body.classList.toggle("night_mode", state.theme === "night");
  search.value = state.q;
  deck.value = state.deck;
  long.setAttribute("aria-pressed", String(Boolean(state.long)));
  flip.textContent = state.side === "back" ? "Show fronts" : "Show backs";
  theme.textContent = state.theme === "night" ? "Light" : "Night";
  document.getElementById("count").textContent = shown + " / " + total + " cards";
  document.getElementById("empty").hidden = shown > 0;
  const hash = new URLSearchParams(Object.entries(state).filter(([k, v]) =>
    v && v !== { side: "front", theme: "light" }[k])).toString();
  history.replaceState(null, "", hash ? "#" + hash : location.pathname);
}

search.addEventListener("input", () => { state.q = search.value; apply(); });
deck.addEventListener("change", () => { state.deck = deck.value; apply(); });
long.addEventListener("click", () => { state.long = state.long ? "" : "1"; apply(); });
flip.addEventListener("click", () => {
  state.side = state.side === "back" ? "front" : "back"; apply();
});
theme.addEventListener("click", () => {
  state.theme = state.theme === "night" ? "light" : "night"; apply();
});
for (const entry of entries) {
  const turn = () => showSide(entry, entry.dataset.side === "back" ? "front" : "back");
  entry.addEventListener("click", turn);
  entry.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); turn(); }
  });
}
apply();
</script>
</body>
</html>
"""
