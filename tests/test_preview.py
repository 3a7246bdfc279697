"""`flashgen preview`: the cards in the terminal, and one HTML page looked at in a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from flashgen.collect import collect
from flashgen.config import load_settings
from flashgen.note_types import BASIC
from flashgen.sides import card_sides

from .conftest import import_apkg, project_of, run, sides, write

AWS = "# AWS\n\n## 대표 서비스\n- EC2: 가상 컴퓨터\n- S3: 파일 저장소\n"
NETWORK = "# Network\n\n## TCP란?\n- 연결 지향 프로토콜\n- 장점\n    - 신뢰성\n"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def project(tmp_path, monkeypatch):
    return project_of(tmp_path, monkeypatch, {"source/aws.md": AWS, "source/network.md": NETWORK})


def test_terminal_preview_shows_deck_front_back_and_rule_of_each_card(project):
    result = run("preview", "source/aws.md")

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert re.fullmatch(r"source/aws.md:4  term_definition  id [0-9a-f]{10}", lines[0])
    assert lines[1:4] == [
        "  deck   AWS::대표 서비스",
        "  front  AWS › 대표 서비스 › EC2",
        "  back   가상 컴퓨터",
    ]
    assert result.output.rstrip().endswith("2 cards")
    assert not (project / "decks").exists(), "a preview writes no deck"


def test_terminal_preview_keeps_a_multi_line_back_indented_under_its_label(project):
    result = run("preview", "source/network.md")

    assert "  back   - 신뢰성" in result.output.splitlines()
    assert "label_with_children" in result.output


def test_preview_cards_are_what_anki_renders_from_the_deck(project, collection):
    """The page fills the note types' own templates, so each side matches Anki's, tag for tag,
    and a definition asked both ways shows as both its cards."""
    write(project / "flashgen.toml", "reverse_definitions = true\n")
    assert run("build").exit_code == 0
    for deck in (project / "decks").glob("*.apkg"):
        import_apkg(collection, deck)
    anki: dict[str, list[tuple[str, str]]] = {}
    for card_id in sorted(collection.find_cards(""), key=lambda i: collection.get_card(i).ord):
        card = collection.get_card(card_id)
        anki.setdefault(card.note().guid, []).append(sides(card))

    previewed = collect(load_settings()).notes

    assert len(previewed) == len(anki) == 4
    assert sum(len(both) for both in anki.values()) == 6, "EC2 and S3 asked both ways"
    for note in previewed:
        ours = [(front, back) for _, front, back in card_sides(note)]
        assert [tuple(" ".join(s.split()) for s in pair) for pair in ours] == [
            tuple(" ".join(s.split()) for s in pair) for pair in anki[note.guid]
        ]


class _Entries(HTMLParser):
    """The cards of a preview page as the browser left them: deck, hidden or not, side shown."""

    def __init__(self):
        super().__init__()
        self.entries: list[dict] = []
        self.body_class = ""
        self.body_log = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "body":
            self.body_class = attrs.get("class") or ""
            self.body_log = attrs.get("data-log") or ""
        if tag == "article":
            self.entries.append(
                {
                    "deck": attrs["data-deck"],
                    "hidden": "hidden" in attrs,
                    "side": attrs.get("data-side"),
                }
            )


def browse(page: Path, fragment: str = "") -> _Entries:
    """Open the page in headless Chromium and read the DOM after its script ran."""
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run(
            [
                CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", f"--user-data-dir={profile}", "--dump-dom",
                page.resolve().as_uri() + fragment,
            ],
            capture_output=True, text=True, check=True, timeout=120,
        ).stdout  # fmt: skip
    parser = _Entries()
    parser.feed(dom)
    return parser


@pytest.fixture
def page(project):
    result = run("preview", "--html", "cards.html")
    assert result.exit_code == 0, result.output
    assert "4 cards written to cards.html" in result.output
    return project / "cards.html"


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium to open the page")
def test_html_preview_opens_with_every_card_showing_its_front(page):
    shown = browse(page)

    assert len(shown.entries) == 4
    assert all(not entry["hidden"] and entry["side"] == "front" for entry in shown.entries)
    assert "night_mode" not in shown.body_class


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium to open the page")
def test_html_preview_search_finds_cards_by_korean_words_on_either_side(page):
    shown = browse(page, "#q=파일")

    visible = [entry for entry in shown.entries if not entry["hidden"]]
    assert [entry["deck"] for entry in visible] == ["AWS::대표 서비스"]


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium to open the page")
def test_html_preview_filters_by_deck_with_its_subdecks(page):
    shown = browse(page, "#deck=Network")

    visible = {entry["deck"] for entry in shown.entries if not entry["hidden"]}
    assert visible == {"Network::TCP란?"}
    assert sum(not entry["hidden"] for entry in shown.entries) == 2


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium to open the page")
def test_html_preview_flips_to_backs_in_night_mode(page):
    shown = browse(page, "#side=back&theme=night")

    assert all(entry["side"] == "back" for entry in shown.entries)
    assert "night_mode" in shown.body_class.split()


def test_html_preview_is_one_self_contained_file(page):
    text = page.read_text(encoding="utf-8")

    assert "<script src" not in text and "<link" not in text
    assert "http://" not in text and "https://" not in text
    assert BASIC.css in text, "the note type's own CSS"


CLOZE_TEXTS = [
    pytest.param(
        "{{c1::로드밸런서}}로 분산하고 {{c2::헬스 체크::확인 방법}}로 장애를 감지", id="hint"
    ),
    pytest.param("{{c1::바깥 {{c2::안쪽}} 끝}}과 {{c3::셋째}}", id="nested"),
    pytest.param("{{c1::a::힌트 {{c2::x::h2}} 뒤}} 끝", id="nested-in-hint"),
    pytest.param("{{c1::닫힌 것}}과 {{c2::열린 채 {{c3::안쪽}} 남은 것", id="left-open"),
    pytest.param("{{c1::std::vector}}는 {{c2::a::b::c}}, 그리고 }} 하나", id="colons"),
    pytest.param("{{c0::영}}과 {{c1::하나}}", id="c0"),
]


def previewed_and_in_anki(tmp_path, collection, text: str):
    """The (card name, front, back) text of each card the preview shows of a cloze note, and
    the (front, back) text of each card Anki makes of the same note built into a deck."""
    from flashgen.apkg import write_apkg
    from flashgen.decks import identify
    from flashgen.model import Card, CardKind
    from flashgen.note_cards import NoteResult
    from flashgen.render import render_card
    from flashgen.sources import NoteFile
    from flashgen.stamps import Stamps

    from .conftest import visible_text

    card = Card(("Net",), ("Net",), text, "", "n.md", 1, "test", kind=CardKind.CLOZE)
    result = NoteResult(NoteFile(tmp_path / "n.md", "n.md", "n.md"), (render_card(card),), 1)
    [note], *_ = identify([result], Stamps())
    write_apkg([note], tmp_path / "deck.apkg")
    import_apkg(collection, tmp_path / "deck.apkg")
    cards = sorted((collection.get_card(i) for i in collection.find_cards("")), key=lambda c: c.ord)
    anki = [(f"c{c.ord + 1}", *(visible_text(side) for side in sides(c))) for c in cards]
    ours = [
        (name, visible_text(front), visible_text(back)) for name, front, back in card_sides(note)
    ]
    return ours, anki


@pytest.mark.parametrize("text", CLOZE_TEXTS)
def test_a_cloze_note_previews_as_one_card_per_deletion_as_anki_shows_it(
    tmp_path, collection, text
):
    ours, anki = previewed_and_in_anki(tmp_path, collection, text)

    assert anki, "Anki made a card"
    assert ours == anki


def test_a_cloze_front_shows_its_hint_where_the_deletion_was(tmp_path, collection):
    text = "{{c1::로드밸런서}}로 분산하고 {{c2::헬스 체크::확인 방법}}로 장애를 감지"

    ours, _ = previewed_and_in_anki(tmp_path, collection, text)

    assert [name for name, _, _ in ours] == ["c1", "c2"]
    assert ours[1][1] == "Net 로드밸런서 로 분산하고 [확인 방법] 로 장애를 감지"  # tags as spaces


_USER = """
<script>
// What a reader does, through the page's own controls, recorded for the test to read.
(() => {
const log = {};
const card = (entry) => getComputedStyle(entry.querySelector(".side:not([hidden])"));
const first = document.querySelector(".entry");
log.lightBackground = card(first).backgroundColor;
first.click();
log.afterClick = [first.dataset.side, first.querySelector(".back").hidden];
first.click();
log.afterSecondClick = first.dataset.side;
const search = document.getElementById("search");
search.value = "가상";
search.dispatchEvent(new Event("input"));
log.found = Array.from(document.querySelectorAll(".entry:not([hidden]) .side:not([hidden]) .question"),
  (q) => q.innerText);  // what a reader sees: the first field's context stays hidden
log.count = document.getElementById("count").textContent;
search.value = "";
search.dispatchEvent(new Event("input"));
const deck = document.getElementById("deck");
deck.value = "Network";
deck.dispatchEvent(new Event("change"));
log.inNetwork = document.querySelectorAll(".entry:not([hidden])").length;
document.getElementById("flip").click();
log.backs = Array.from(document.querySelectorAll(".entry"), (e) => e.dataset.side);
document.getElementById("theme").click();
log.nightBackground = card(document.querySelector(".entry:not([hidden])")).backgroundColor;
log.address = location.hash;
document.body.dataset.log = JSON.stringify(log);
})();
</script>
</body>"""


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium to open the page")
def test_html_preview_controls_work_when_clicked_and_typed_into(page):
    import json

    acted = page.with_name("acted.html")
    acted.write_text(page.read_text(encoding="utf-8").replace("</body>", _USER), "utf-8")

    log = json.loads(browse(acted).body_log)

    assert log["lightBackground"] == "rgb(255, 255, 255)"
    assert log["afterClick"] == ["back", False]
    assert log["afterSecondClick"] == "front"
    assert log["found"] == ["EC2"]
    assert log["count"] == "1 / 4 cards"
    assert log["inNetwork"] == 2
    assert log["backs"] == ["back"] * 4
    assert log["nightBackground"] == "rgb(30, 30, 30)", "Anki's own night-mode card colour"
    assert log["address"] == "#deck=Network&side=back&theme=night"


def test_html_preview_carries_local_images_inside_the_page(project):
    import base64

    from .images import png

    (project / "source" / "img").mkdir()
    (project / "source" / "img" / "dot.png").write_bytes(png())
    write(project / "source" / "pic.md", "# 그림\n## 구조도\n![구조도](img/dot.png)\n")

    assert run("preview", "--html", "cards.html", "source/pic.md").exit_code == 0

    text = (project / "cards.html").read_text(encoding="utf-8")
    assert f'src="data:image/png;base64,{base64.b64encode(png()).decode()}"' in text
    assert "dot.png" not in text.replace("dot-", "")


def test_many_notes_previewed_on_all_cores_are_the_cards_of_one_process(tmp_path):
    from flashgen.config import Settings

    for number in range(70):  # enough notes for worker processes
        write(tmp_path / "many" / f"n{number:02}.md", AWS.replace("# AWS", f"# AWS {number}"))

    serial = collect(Settings(sources=(tmp_path / "many",), jobs=1))
    parallel = collect(Settings(sources=(tmp_path / "many",), jobs=2))

    assert len(parallel.notes) == 140
    assert [(note.guid, note.card) for note in parallel.notes] == [
        (note.guid, note.card) for note in serial.notes
    ]
    assert parallel.files == serial.files


def _overflow(page: Path, fragment: str, width: int) -> int:
    """By how many pixels the page is wider than a window `width` pixels wide (headless
    Chromium may widen a very narrow window a little: the page must fit whatever it got)."""
    measured = page.with_name("measured.html")
    probe = (
        "<script>addEventListener('load', () => setTimeout(() => document.body.setAttribute("
        "'data-log', String(document.documentElement.scrollWidth - innerWidth)), 50));</script>"
    )
    measured.write_text(page.read_text(encoding="utf-8").replace("</body>", probe + "</body>"))
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run(
            [
                CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", f"--user-data-dir={profile}",
                f"--window-size={width},844", "--virtual-time-budget=2000", "--dump-dom",
                measured.resolve().as_uri() + fragment,
            ],
            capture_output=True, text=True, check=True, timeout=120,
        ).stdout  # fmt: skip
    parser = _Entries()
    parser.feed(dom)
    return int(parser.body_log)


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium to open the page")
def test_html_preview_fits_a_phone_screen_with_backs_shown(project):
    write(
        project / "source" / "code.md",
        "# Code\n\n## 긴 명령은?\n```sh\n" + "docker run --rm -v /data:/data " * 12 + "\n```\n"
        "- " + "아주긴단어" * 40 + "\n",
    )
    assert run("preview", "--html", "cards.html").exit_code == 0

    assert _overflow(project / "cards.html", "#side=back", 390) <= 0


def test_preview_counts_the_cards_anki_will_make_not_the_notes(project, collection):
    write(project / "flashgen.toml", "reverse_definitions = true\n")
    write(project / "source" / "cloze.md", "# Linux\n\n{{c1::fg}}와 {{c2::bg}}로 작업을 옮긴다\n")
    assert run("build").exit_code == 0
    for deck in (project / "decks").glob("*.apkg"):
        import_apkg(collection, deck)

    result = run("preview", "--html", "cards.html")

    assert collection.card_count() == 8 and collection.note_count() == 5
    assert "8 cards (5 notes) written to cards.html" in result.output


def test_preview_of_one_card_says_one_card(project):
    write(project / "source" / "one.md", "# One\n\n## 하나란?\n- 하나뿐인 답\n")

    assert run("preview", "source/one.md").output.rstrip().endswith("\n1 card")


def test_preview_shows_the_warnings_a_build_would_give(project):
    write(project / "source" / "pic.md", "# Pic\n\n## 구조는?\n- 설명\n\n![구조](img/없음.png)\n")

    result = run("preview", "source/pic.md")

    assert "source/pic.md:6: warning: image not found: img/없음.png" in result.output


LONG_ANSWER = """\
# Caching

## Write strategies
Write-through writes each change to the cache and to the database in the same request.
Reads are always fresh, but every write pays for both stores.

Write-back writes only to the cache and flushes changed entries to the database later.
Writes are fast, but entries not yet flushed are lost if the cache node dies.

Write-around writes only to the database and lets the cache fill on the next read.
The cache is not flooded by data written once and never read.

Refresh-ahead reloads hot entries shortly before they expire.
Readers rarely wait, at the cost of loading some entries no one asks for again.

Cache-aside leaves the application to read the database on a miss and fill the cache itself.
Only what is read gets cached, but the first read of every entry is slow.

Write-coalescing batches many writes to one key into a single database write.
It saves the database work, at the cost of a longer window in which a change can be lost.

## TTL
- How long an entry lives in the cache before it is dropped.
"""


def test_html_preview_marks_answers_too_long_to_recall(project):
    write(project / "source" / "cache.md", LONG_ANSWER)

    assert run("preview", "--html", "cards.html", "source/cache.md").exit_code == 0

    text = (project / "cards.html").read_text(encoding="utf-8")
    marked = re.findall(r'class="long"[^>]*>(\d+) lines: too long</span>', text)
    assert len(marked) == 1 and int(marked[0]) > 10
    assert "Too long (1)" in text


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium to open the page")
def test_html_preview_shows_only_the_answers_too_long_to_recall_when_asked(project):
    write(project / "source" / "cache.md", LONG_ANSWER)
    assert run("preview", "--html", "cards.html").exit_code == 0

    shown = browse(project / "cards.html", "#long=1")

    visible = [entry["deck"] for entry in shown.entries if not entry["hidden"]]
    assert visible == ["Caching::Write strategies"]
    assert len(shown.entries) > 1
