"""Notes as their own tools show them: formulas over several lines, Obsidian vaults,
Docusaurus, MkDocs and GitHub pages, as real Anki shows their cards after import."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from flashgen.build import build
from flashgen.check import check
from flashgen.config import Settings, load_settings
from flashgen.extract import extract_cards
from flashgen.flavours import without_templates
from flashgen.parse import parse_note
from flashgen.sources import find_notes, read_note

from .conftest import (
    answer_of,
    build_decks,
    deck_names,
    import_apkg,
    notes_folder,
    question_of,
    run,
    sides,
    visible_text,
    write,
)
from .images import png

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def imported(collection, source: Path, out: Path, **options) -> dict[str, tuple[str, str, object]]:
    """Build the notes, import every deck into Anki, and give each card as Anki renders it:
    its deck and question → (front, back, the card)."""
    report = build(Settings(sources=(source,), out=out, **options))
    assert not report.failed, report.problems
    for deck in report.decks_written:
        import_apkg(collection, deck)
    cards = {}
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        note = card.note()
        front, back = sides(card)
        question = question_of(note["Question"] if "Question" in note else note["Text"])
        cards[f"{collection.decks.name(card.did)} | {question}"] = (front, back, card)
    return cards


FORMULA_NOTE = """\
# Algebra

## Sum of squares

The identity, over several lines:

$$
(a + b)^2
=
a^2 + 2ab + b^2
- 0
| x |
$$

## Bracketed

\\[
x
===
\\]

## After the formulas

- squares: numbers times themselves
"""


def test_a_formula_over_several_lines_is_one_formula_not_headings_or_lists(collection, tmp_path):
    write(tmp_path / "notes" / "algebra.md", FORMULA_NOTE)

    cards = imported(collection, tmp_path / "notes", tmp_path / "decks")

    decks = {key.split(" | ")[0] for key in cards}
    assert decks == {
        "Algebra::Sum of squares",
        "Algebra::Bracketed",
        "Algebra::After the formulas",
    }, "no line inside a formula became a heading"
    back = answer_of(cards["Algebra::Sum of squares | Sum of squares"][1])
    assert "\\[(a + b)^2\n=\na^2 + 2ab + b^2\n- 0\n| x |\\]" in back
    assert "<li>" not in back and "<table" not in back
    assert "\\[x\n===\\]" in answer_of(cards["Algebra::Bracketed | Bracketed"][1])


RAW_MARKS = ("[[", "![[", "[!", ":::", "!!!", "%%", "^intro", "^def-key", "#exam-prep", "<head")


@pytest.fixture
def vault(tmp_path) -> Path:
    """The sample vault (tests/fixtures/vault), with its pictures: one in the attachments
    folder, one beside the note that shows it."""
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault", folder)
    (folder / "attachments").mkdir()  # git keeps no empty folder: the pictures are made here
    (folder / "attachments" / "Pasted image 20240124134103.png").write_bytes(RED)
    (folder / "Databases" / "er-diagram.png").write_bytes(BLUE)
    (folder / "Databases" / "superkey.png").write_bytes(GREEN)
    (folder / "attachments" / "schema.png").write_bytes(GREY)
    return folder


RED, BLUE, GREEN, GREY = (
    png(rgb=colour) for colour in ((255, 0, 0), (0, 0, 255), (0, 255, 0), (9, 9, 9))
)


def test_no_card_of_a_vault_shows_obsidian_or_docusaurus_syntax(collection, vault, tmp_path):
    cards = imported(collection, vault, tmp_path / "decks")

    assert len(cards) > 10
    for key, (front, back, _) in cards.items():
        for mark in RAW_MARKS:
            assert mark not in front and mark not in back, f"{mark!r} left on {key}"
        assert "import InDocAd" not in back and "og:image" not in back


def test_embedded_pictures_are_found_where_obsidian_finds_them_and_packed(
    collection, vault, tmp_path
):
    cards = imported(collection, vault, tmp_path / "decks")

    first = answer_of(cards["Normal forms::First normal form | First normal form"][1])
    assert re.search(r'<img src="Pasted_image_20240124134103-[0-9a-f]{12}\.png" width="500"', first)
    second = answer_of(cards["Normal forms::Second normal form | Second normal form"][1])
    assert re.search(
        r'<img src="er-diagram-[0-9a-f]{12}\.png" alt="ER diagram of the schema"', second
    )
    loose = answer_of(cards["Normal forms::Loose ends | Loose ends"][1])
    assert re.search(r'<img src="schema-[0-9a-f]{12}\.png" alt="The schema"', loose), "by its name"
    week = answer_of(cards["Week 1::Keys this week | Keys this week"][1])
    assert re.search(r'<img src="superkey-[0-9a-f]{12}\.png"', week), "from the embedded note"
    media = {path.read_bytes() for path in Path(collection.media.dir()).iterdir()}
    assert {RED, BLUE, GREEN, GREY} <= media


def test_links_show_their_alias_or_the_note_and_heading_they_name(collection, vault, tmp_path):
    cards = imported(collection, vault, tmp_path / "decks")

    title = visible_text(answer_of(cards["Normal forms | Normal forms"][1]))
    assert title == "Normalisation removes redundancy, see candidate keys and Keys › Superkeys."
    first = visible_text(answer_of(cards["Normal forms::First normal form | First normal form"][1]))
    assert first.startswith(
        "Every attribute holds one atomic value, unlike in the Second normal form."
    )
    queues = visible_text(answer_of(cards["Queues::Operations | Operations"][1]))
    assert "Use a deque for both ends; stacks are last in, first out." in queues
    assert "deque.md" not in cards["Queues::Operations | Operations"][1]


def test_callouts_and_admonitions_are_boxes_with_their_titles(collection, vault, tmp_path):
    cards = imported(collection, vault, tmp_path / "decks")

    second = answer_of(cards["Normal forms::Second normal form | Second normal form"][1])
    assert '<div class="callout callout-note">' in second
    assert '<div class="callout-title">Update anomalies</div>' in second
    assert '<div class="callout callout-tip">' in second  # folded in Obsidian: open on a card
    assert "Remembering the forms" in second and "nothing but the key" in second
    priority = answer_of(cards["Queues::Priority queues | Priority queues"][1])
    assert '<div class="callout-title">Heaps</div>' in priority  # MkDocs
    assert '<div class="callout callout-warning">' in priority  # GitHub's alert
    assert '<div class="callout-title">Warning</div>' in priority
    assert '<div class="callout callout-danger">' in priority  # `:::danger[Title]`
    assert '<div class="callout-title">Mind the order</div>' in priority
    info = answer_of(cards["Queues | Queues"][1])  # Docusaurus, titled by its type
    assert '<div class="callout-title">Info</div>' in info and "first in, first out" in info
    assert not any("Expert tip" in key or "Heaps" in key for key in cards), "no box is a card"
    css = cards["Queues | Queues"][2].note_type()["css"]
    assert ".callout-warning" in css and ".nightMode .callout-warning" in css


def test_a_question_callout_over_its_answer_is_a_card(collection, vault, tmp_path):
    cards = imported(collection, vault, tmp_path / "decks")

    key = "Normal forms::Functional dependency | What does third normal form forbid?"
    assert "Transitive dependencies of non-prime attributes" in answer_of(cards[key][1])


def test_tags_in_the_text_are_anki_tags_and_never_words_on_a_card(collection, vault, tmp_path):
    cards = imported(collection, vault, tmp_path / "decks")

    _, back, card = cards["Normal forms | Normal forms"]
    tags = set(card.note().tags)
    assert {"databases::relational", "exam-prep", "mnemonic", "databases", "exam"} <= tags
    assert "#" not in visible_text(back)


def test_an_embedded_section_shows_its_text_and_an_embed_loop_ends(collection, vault, tmp_path):
    cards = imported(collection, vault, tmp_path / "decks")

    recap = answer_of(cards["Normal forms::Keys recap | Keys recap"][1])
    assert '<div class="embed">' in recap
    assert "A superkey is any set of attributes that identifies a row." in recap
    assert "minimal superkey: a candidate key" in recap
    # Keys' section embeds this recap back: the loop ends in the name of what it embeds.
    assert "Normal forms › Keys recap" in recap


def test_templates_trash_and_settings_folders_give_no_cards(collection, vault, tmp_path):
    cards = imported(collection, vault, tmp_path / "decks")

    decks = {key.split(" | ")[0].split("::")[0] for key in cards}
    assert decks == {"Normal forms", "Keys", "Queues", "Week 1"}


def test_check_names_an_embed_of_no_file_and_a_link_to_no_note(vault):
    problems = check(Settings(sources=(vault,)))

    found = {(Path(p.file).name, p.line, p.message) for p in problems}
    assert ("Normal forms.md", 47, "link to no note in the vault: [[Nowhere to be found]]") in found
    assert ("Normal forms.md", 47, "image not found: missing diagram.png") in found
    assert not any("[[NF" in message for *_, message in found), "an alias names its note"


def test_a_kanban_board_gives_no_cards_and_check_says_why(tmp_path):
    board = (
        "---\nkanban-plugin: basic\n---\n\n## To do\n\n- [ ] revise: joins\n\n## Done\n\n- x: y\n"
    )
    write(tmp_path / "notes" / "Board.md", board)
    write(tmp_path / "notes" / "Joins.md", "# Joins\n\n## Inner join\nRows matching in both.\n")

    report = build(Settings(sources=(tmp_path / "notes",), out=tmp_path / "decks"))
    problems = check(Settings(sources=(tmp_path / "notes",)))

    assert report.cards == 1
    assert any(p.file.endswith("Board.md") and "Kanban board" in p.message for p in problems)


def test_obsidian_syntax_in_code_is_code(tmp_path):
    text = "# Code\n\n## Wiki syntax\n```\n[[Note]] #tag %%x%%\n```\n\nInline `[[Note]]` and `#tag` too.\n"
    write(tmp_path / "notes" / "code.md", text)

    [card] = extract_cards(parse_note(read_note(find_notes([tmp_path / "notes"])[0])))

    assert "[[Note]] #tag %%x%%" in card.answer
    assert "`[[Note]]` and `#tag`" in card.answer


HIGHLIGHT_NOTE = "# Joins\n\n## Inner join\nKeeps ==only matching rows== of both tables.\n"


def test_a_highlight_is_a_cloze_and_with_the_cloze_rule_off_a_highlight(collection, tmp_path):
    write(tmp_path / "notes" / "joins.md", HIGHLIGHT_NOTE)

    clozed = build(Settings(sources=(tmp_path / "notes",), out=tmp_path / "a"))
    cards = imported(collection, tmp_path / "notes", tmp_path / "b", rules_off=frozenset({"cloze"}))

    assert clozed.cards == 1  # the cloze, which takes the heading's only line
    [(front, back, _)] = cards.values()
    assert "Inner join" in front
    assert "<mark>only matching rows</mark>" in answer_of(back)


COMPARISONS_NOTE = """\
# Drills

## Stairs with odd steps
- ways[i] = ways[i-1] if i%2==1, ways[i-3] if i%3==0
- a ==memo table== keeps each answer
"""


def test_equals_signs_between_letters_or_digits_are_comparisons_not_a_highlight(
    collection, tmp_path
):
    write(tmp_path / "notes" / "drills.md", COMPARISONS_NOTE)
    cards = imported(
        collection, tmp_path / "notes", tmp_path / "decks", rules_off=frozenset({"cloze"})
    )

    [(_, back, _)] = cards.values()
    assert "i%2==1, ways[i-3] if i%3==0" in answer_of(back)
    assert "<mark>memo table</mark>" in answer_of(back)  # a highlight between spaces still is


HIGHLIGHTED_HEADINGS = """\
# ==Interview== prep

## ==Expectation== of the role
What the team expects of a new engineer in the first year.

### Ownership
Owning a feature from design to release.

## Comparing `a == b` in code
Equality of values, not of objects.
"""


def test_a_highlight_in_a_heading_is_no_text_of_the_deck_name_front_or_context(
    collection, tmp_path
):
    write(tmp_path / "notes" / "prep.md", HIGHLIGHTED_HEADINGS)
    cards = imported(collection, tmp_path / "notes", tmp_path / "decks")

    assert deck_names(collection) == {
        "Interview prep",
        "Interview prep::Expectation of the role",
        "Interview prep::Expectation of the role::Ownership",
        "Interview prep::Comparing a == b in code",  # code says what it says
    }
    fronts = sorted(visible_text(front) for front, _, _ in cards.values())
    assert fronts == [  # the context line, then the question
        "Interview prep Comparing a == b in code",
        "Interview prep Expectation of the role",
        "Interview prep › Expectation of the role Ownership",
    ]


SOUND_NOTE = """\
# Phonetics

## Vowels
Listen: [sound:hello.mp3] ![](audio/bye.mp3) <audio src="clip.ogg"></audio> ![[lesson.mp3]]

## Lost
Gone: [sound:gone.mp3]
"""


def test_sounds_with_a_local_file_are_packed_and_play_and_a_missing_one_is_a_warning(
    collection, tmp_path
):
    notes = tmp_path / "notes"
    write(notes / "phonetics.md", SOUND_NOTE)
    for name in ("hello.mp3", "audio/bye.mp3", "clip.ogg", "attachments/lesson.mp3"):
        write(notes / name, f"ID3 sound of {name}")

    report = build(Settings(sources=(notes,), out=tmp_path / "decks"))
    for deck in report.decks_written:
        import_apkg(collection, deck)

    [card_id] = collection.find_cards("Vowels")
    back = collection.get_card(card_id).answer()
    assert back.count("[anki:play:a:") == 4, back
    media = {path.read_text() for path in Path(collection.media.dir()).iterdir() if path.is_file()}
    assert {f"ID3 sound of {n}" for n in ("hello.mp3", "audio/bye.mp3", "clip.ogg")} <= media
    assert "ID3 sound of attachments/lesson.mp3" in media
    assert any("sound not found: gone.mp3" in p.message and p.line == 7 for p in report.problems)


NOT_STUDY_NOTES = {
    "Research log.md": "# Research log\n\n## 2023-05-03 (1.5h)\n- read: the paper\n\n"
    "## 2023-05-04 (2h)\n- wrote: the intro\n",
    "Daily/2024-01-24.md": "# Wednesday\n\n## Meetings\n- standup: 9am\n",
    "journals/2024_01_25.md": "- DONE renal block 13 → 27/40\n- ABG drill with Maya\n"
    "\t- she does the last-2-digits trick\n",
    "공부 로그.md": "# 공부 로그\n\n## 10월\n\n### 10/16 (금)\n- 행정법 21강\n- 순공 7h\n\n"
    "### 10/15 (목)\n- 주간 모의 17/20\n\n### 10/13 ~ 10/14\n- 행정학 인사 파트\n",
    "Exam prep.md": "# Exam prep\n\n## This week\n- [ ] revise joins\n- [x] revise keys\n"
    "- [ ] past paper: 2022\n",
    "Scratchpad.md": "# Ideas\n\n## Maybe\n- B-tree: a balanced tree\n",
}
STUDY_NOTE = (
    "# Indexes\n\n## B-tree\nA balanced search tree.\n\n## Progress\n- [x] read chapter 3\n\n"
    "## Hash index\n- lookup: constant time\n- range scan: not possible\n"
)


def test_diaries_daily_notes_to_do_lists_and_scratchpads_give_no_cards_and_check_names_each(
    tmp_path,
):
    notes = tmp_path / "notes"
    for name, text in NOT_STUDY_NOTES.items():
        write(notes / name, text)
    write(notes / "Indexes.md", STUDY_NOTE)

    report = build(Settings(sources=(notes,), out=tmp_path / "decks"))
    problems = check(Settings(sources=(notes,)))

    assert {Path(deck).stem for deck in report.decks_written} == {"Indexes"}
    named = {Path(p.file).name: p.message for p in problems if "not study notes" in p.message}
    assert named["Research log.md"].startswith("a diary (its headings are dates)")
    assert named["2024-01-24.md"].startswith("a daily note")
    assert named["2024_01_25.md"].startswith("a daily note")  # as Logseq names its journals
    assert named["공부 로그.md"].startswith("a diary")  # `10/16 (금)`: a day by its weekday
    assert named["Exam prep.md"].startswith("a to-do list")
    assert named["Scratchpad.md"].startswith("a scratchpad")
    assert "Indexes.md" not in named


def test_front_matter_cards_auto_asks_for_the_cards_of_a_note_that_looks_like_a_diary(tmp_path):
    log = "---\ncards: auto\n---\n" + NOT_STUDY_NOTES["Research log.md"]
    write(tmp_path / "notes" / "log.md", log)

    report = build(Settings(sources=(tmp_path / "notes",), out=tmp_path / "decks"))

    assert report.cards == 2


def test_exclude_leaves_out_matching_notes_and_node_modules_and_the_decks_folder(tmp_path):
    notes = tmp_path / "notes"
    card = "# {0}\n\n## Part\n- term: definition\n"
    for name in ("Keep.md", "Journal/Entry.md", "a.draft.md", "node_modules/pkg/README.md"):
        write(notes / name, card.format(Path(name).stem))
    write(notes / "decks" / "Old export.md", card.format("Old export"))

    report = build(
        Settings(sources=(notes,), out=notes / "decks", exclude=("Journal/", "*.draft.md"))
    )

    assert {Path(deck).stem for deck in report.decks_written} == {"Keep"}


def test_only_tagged_notes_give_cards_in_opt_in_mode(tmp_path):
    notes = tmp_path / "notes"
    card = "# {0}\n\n## Part\n- term: definition\n"
    write(notes / "Inline.md", "#flashcards\n\n" + card.format("Inline"))
    write(notes / "Front.md", "---\ntags: [flashcards/db]\n---\n" + card.format("Front"))
    write(notes / "Key.md", "---\nflashcards: true\n---\n" + card.format("Key"))
    write(notes / "Plain.md", card.format("Plain"))

    report = build(Settings(sources=(notes,), out=tmp_path / "decks", only_tagged="flashcards"))

    assert {Path(deck).stem for deck in report.decks_written} == {"Inline", "Front", "Key"}
    assert not any("Plain" in p.file for p in report.problems), "not a problem: not opted in"


def test_exclude_and_only_tagged_are_read_from_the_settings_file(tmp_path):
    config = write(
        tmp_path / "flashgen.toml", 'exclude = ["Journal/"]\nonly_tagged = "#flashcards"\n'
    )

    settings = load_settings(config)

    assert settings.exclude == ("Journal/",) and settings.only_tagged == "flashcards"


def cards_of(tmp_path, text: str):
    write(tmp_path / "notes" / "note.md", text)
    return extract_cards(parse_note(read_note(find_notes([tmp_path / "notes"])[0])))


def test_what_only_looks_like_a_tag_stays_text(tmp_path):
    text = (
        "# Langs\n\n#flashcards\n\n## Sharp\nC# and F# are languages; see issue #123 and "
        "[docs](https://x.org/#intro). `const` is closer to #define than ^ is.\n"
    )

    [card] = cards_of(tmp_path, text)

    assert card.answer == (
        "C# and F# are languages; see issue #123 and [docs](https://x.org/#intro). "
        "`const` is closer to #define than ^ is."
    )
    assert card.tags == ("note", "flashcards"), "a line of tags is tags in any note"


def test_every_form_of_link_shows_the_words_obsidian_shows(tmp_path):
    text = (
        "# Obsidian\n\n## Kinds of link\nCompare [[Note]], [[Note|alias]], [[Note#Heading]], [[#Heading]], "
        "[[Note^block]], [[Note#^block]] and [[Folder/Note.md]] in turn.\n"
    )

    [card] = cards_of(tmp_path, text)

    assert card.answer == (
        "Compare Note, alias, Note › Heading, Heading, Note, Note and Folder/Note in turn."
    )


def test_a_picture_added_after_a_build_that_missed_it_is_packed_by_the_next(tmp_path):
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    write(vault / "Trees.md", "# Trees\n\n## Red-black tree\nBalanced by colours.\n\n![[rb.png]]\n")
    settings = Settings(sources=(vault,), out=tmp_path / "decks")

    first = build(settings)
    write(vault / "attachments" / "rb.png", "")
    (vault / "attachments" / "rb.png").write_bytes(RED)
    second = build(settings)

    assert any("image not found: rb.png" in p.message for p in first.problems)
    assert not second.problems
    [deck] = second.decks_written
    with zipfile.ZipFile(deck) as package:
        assert RED in [package.read(name) for name in json.loads(package.read("media"))]


def test_a_docusaurus_box_ends_at_its_closing_line_on_a_card(tmp_path, collection):
    """The card quotes the section from the note's lines: the box's closing `:::` is one of
    them, or the box after it would be drawn inside."""
    note = '# Boxes\n\n## Queues\n:::info Docusaurus\nFirst in, first out.\n:::\n\n!!! tip "MkDocs"\n    Use a deque.\n'
    write(tmp_path / "notes" / "boxes.md", note)
    build_decks([tmp_path / "notes"], tmp_path / "decks")
    import_apkg(collection, tmp_path / "decks" / "Boxes.apkg")

    back = answer_of(sides(collection.get_card(collection.find_cards("")[0]))[1])

    info, tip = back.index("callout callout-note"), back.index("callout callout-tip")
    assert back[info:tip].count("<div") == back[info:tip].count("</div>"), "the tip is inside"


@pytest.fixture
def student_vault(tmp_path) -> Path:
    """A student's university vault (tests/fixtures/uni-vault): course folders, a home note,
    a daily note, a Kanban board, templates, an Excalidraw drawing, and the pictures its
    notes embed in `Attachments/`, made here."""
    folder = tmp_path / "uni-vault"
    shutil.copytree(FIXTURES / "uni-vault", folder)
    (folder / "Attachments").mkdir()
    for name, picture in STUDENT_PICTURES.items():
        (folder / "Attachments" / name).write_bytes(picture)
    return folder


STUDENT_PICTURES = {
    name: png(rgb=(30 * number, 90, 160))
    for number, name in enumerate(
        (
            "tcp-handshake.png",
            "Pasted image 20240311093012.png",
            "eigen-plane.png",
            "dijkstra-graph.png",
            "small-graph.png",
        )
    )
}
STUDENT_RAW_MARKS = (
    "[[", "![[", "[!", ":::", "%%", "^handshake", "^relax", "^symmetric", "^transport-def",
    "^a1B2c3D4", "<Tabs", "import ", "{:", "language-dataview", "language-query", "excalidraw",
)  # fmt: skip


def test_no_card_of_a_student_vault_shows_raw_syntax_and_every_picture_is_packed(
    collection, student_vault, tmp_path
):
    cards = imported(collection, student_vault, tmp_path / "decks")

    assert len(cards) > 30
    for key, (front, back, _) in cards.items():
        shown = re.sub(r"<pre\b.*?</pre>", "", front + back, flags=re.DOTALL)  # code is code
        for mark in STUDENT_RAW_MARKS:
            assert mark not in shown, f"{mark!r} left on {key}"
    relaxation = visible_text(answer_of(cards["Dijkstra::Relaxation | Relaxation"][1]))
    assert "# [[not a link]] and #not-a-tag inside code" in relaxation
    media = {path.read_bytes() for path in Path(collection.media.dir()).iterdir()}
    assert set(STUDENT_PICTURES.values()) <= media


def test_a_student_vault_gives_cards_from_its_courses_only(collection, student_vault, tmp_path):
    cards = imported(collection, student_vault, tmp_path / "decks")

    decks = {key.split(" | ")[0].split("::")[0] for key in cards}
    assert decks == {"Lecture 03 - TCP", "Network layers", "Eigenvalues", "Dijkstra"} | {
        "Graph basics"
    }, "no cards from the board, the daily note, the templates, the drawing or the home note"
    # The home note's `## Courses` is links to other notes only: where to go, not what to learn.


def test_a_student_vaults_callouts_of_every_kind_are_boxes_nested_and_titled(
    collection, student_vault, tmp_path
):
    cards = imported(collection, student_vault, tmp_path / "decks")

    flow = answer_of(cards["Lecture 03 - TCP::Flow control | Flow control"][1])
    outer, inner = flow.index("Window scaling"), flow.index("Nested example")
    assert outer < inner and flow.count('<div class="callout ') == 2
    congestion = answer_of(cards["Lecture 03 - TCP::Congestion control | Congestion control"][1])
    for colour in ("danger", "success", "quote", "note"):
        assert f'<div class="callout callout-{colour}">' in congestion
    assert "CUBIC" not in congestion, "`> [!todo]`: the writer's to-dos, no part of the answer"
    assert "Slides CS201 Lecture 03.pdf" in visible_text(congestion), "a PDF shows its name"
    lemma = answer_of(cards["Graph basics::Handshaking lemma | Handshaking lemma"][1])
    assert '<div class="callout-title">Odd degrees</div>' in lemma, "`[!tip|wide]`"
    assert "600" not in visible_text(lemma), "a drawing's width is no word"
    idea = answer_of(cards["Dijkstra::Idea | Dijkstra › Idea"][1])
    greedy, tip = idea.index('<div class="callout-title">Greedy choice</div>'), idea.index("Tip")
    assert greedy < tip < idea.index("With <strong>negative</strong> edges"), "```ad-note"
    assert "title:" not in idea and "collapse:" not in idea and "ad-" not in idea
    faq = "Lecture 03 - TCP::Connection teardown | What is TIME_WAIT for?"
    assert "delayed segments" in answer_of(cards[faq][1]), "a folded question is a card"


def test_embeds_of_a_block_a_section_and_a_sized_picture_show_as_obsidian_shows_them(
    collection, student_vault, tmp_path
):
    cards = imported(collection, student_vault, tmp_path / "decks")

    check = answer_of(cards["Network layers::Quick check | Quick check"][1])
    assert "The client sends SYN" in check, "a section of another note"
    symmetric = check[check.index("from linear algebra") :]
    assert "real eigenvalues and orthogonal eigenvectors" in symmetric
    assert "sum of eigenvalues" not in symmetric, "a block embed shows that block only"
    properties = answer_of(cards["Eigenvalues::Properties | Eigenvalues › Properties"][1])
    assert re.search(
        r'<img src="eigen-plane-[0-9a-f]{12}\.png" width="300" height="200"', properties
    )
    idea = answer_of(cards["Dijkstra::Idea | Dijkstra › Idea"][1])
    assert "<em>The graph from lecture 7.</em>" in idea, "a caption under a picture is Markdown"
    degree = answer_of(cards["Graph basics::Degree | Degree"][1])
    assert re.search(
        r'<img src="small-graph-[0-9a-f]{12}\.png" width="250" alt="Small graph"', degree
    )
    teardown = answer_of(cards["Lecture 03 - TCP::Connection teardown | Connection teardown"][1])
    assert "abort — see layers" in visible_text(teardown), "`[[Note\\|alias]]` in a table"


def test_a_student_vaults_tags_are_anki_tags(collection, student_vault, tmp_path):
    cards = imported(collection, student_vault, tmp_path / "decks")

    _, _, card = cards["Lecture 03 - TCP::Three-way handshake | Three-way handshake"]
    assert {"cs201", "networks::transport", "exam", "review"} <= set(card.note().tags)


def test_a_vault_copied_without_its_settings_and_links_still_reads_its_tags(tmp_path):
    tagged = (
        "---\ntags: [networks]\n---\n# TCP\n\n## Handshake\n"
        "SYN, SYN-ACK, ACK. #exam #cs/transport ^a1b2c3\n"
    )
    tag_line = "# UDP\n\n#networks\n\n## Datagrams\nNo handshake, no order. #exam\n"
    c_note = (
        "# C\n\n## 전처리기\n#define에 가깝다, #include로 부른다, #1위, 색은 #ff0000. "
        "x ^2 is a power.\n"
    )
    page = "---\nslug: /chat\ntags: [community]\n---\n# Chat\n\n## Where\nAsk in #general.\n"
    notes = notes_folder(
        tmp_path, {"tcp.md": tagged, "udp.md": tag_line, "c.md": c_note, "chat.md": page}
    )

    cards = {PurePosixPath(note.name).stem: cards_of_file(note) for note in find_notes([notes])}

    [tcp] = cards["tcp"]
    assert tcp.answer == "SYN, SYN-ACK, ACK."
    assert {"networks", "exam", "cs::transport"} <= set(tcp.tags)
    [udp] = cards["udp"]
    assert udp.answer == "No handshake, no order." and {"networks", "exam"} <= set(udp.tags)
    [c] = cards["c"]
    assert c.answer == "#define에 가깝다, #include로 부른다, #1위, 색은 #ff0000. x ^2 is a power."
    [chat] = cards["chat"]
    assert chat.answer == "Ask in #general.", "a site's page shows its words as the site does"


def test_docusaurus_tabs_show_each_tab_under_its_bold_label_and_mdx_pages_are_notes(
    collection, tmp_path
):
    page = """\
---
title: Reversing
---
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

## Reversing a list

<Tabs groupId="lang">
  <TabItem value="py" label="Python" default>

  ```python
  xs[::-1]
  ```

  Slicing makes a copy.

  </TabItem>
  <TabItem
    value="js"
    label="JavaScript">
    `xs.reverse()` reverses in place.
  </TabItem>
  <TabItem value="go">Go has no built-in.</TabItem>
</Tabs>
"""
    write(tmp_path / "docs" / "reversing.mdx", page)

    cards = imported(collection, tmp_path / "docs", tmp_path / "decks")

    back = answer_of(cards["Reversing::Reversing a list | Reversing a list"][1])
    assert "<p><strong>Python</strong></p>" in back, "a tab's label, as MkDocs' tabs show it"
    assert "<strong>JavaScript</strong>" in back and "callout" not in back
    python, javascript = back.index("Python</strong>"), back.index("JavaScript</strong>")
    assert python < back.index("xs") < back.index("Slicing makes a copy") < javascript
    assert "<code>xs.reverse()</code> reverses in place." in back[javascript:]
    assert "<strong>go:</strong> Go has no built-in." in back
    for raw in ("Tabs", "TabItem", "import", "<pre><code>  "):
        assert raw not in visible_text(back) and raw not in back.replace("language-", "")


def test_a_partial_page_is_no_note_and_shows_where_a_page_places_it(collection, tmp_path):
    docs = notes_folder(
        tmp_path,
        {
            "setup.md": (
                "# Setup\n\nimport Install from './\\_parts/_install.md';\n\n"
                "## Installing\n\n<Install />\n"
            ),
            "_parts/_install.md": "Install the **toolchain** first.\n\n:::tip\nUse a venv.\n:::\n",
            "_parts/_unused.mdx": "## Not a page\nNothing here is a card.\n",
            "_drafts/idea.md": "# Idea\n\n## Draft\nA page the site leaves out.\n",
        },
    )

    cards = imported(collection, docs, tmp_path / "decks")

    assert set(cards) == {"Setup::Installing | Installing"}
    back = answer_of(cards["Setup::Installing | Installing"][1])
    assert '<div class="embed">' in back and "<strong>toolchain</strong>" in back
    assert '<div class="callout callout-tip">' in back and "Install /" not in back


def test_a_note_named_with_an_underscore_outside_a_docs_site_is_a_note(tmp_path):
    notes = notes_folder(tmp_path, {"_Inbox/_Index.md": "# Index\n\n## Kept\nA sorted note.\n"})

    [card] = [card for note in find_notes([notes]) for card in cards_of_file(note)]

    assert card.answer == "A sorted note."


def cards_of_file(note):
    return extract_cards(parse_note(read_note(note)))


MDX_PAGE = """\
---
title: Caching
---

import Admonition from '@theme/Admonition';
import {
  Highlight,
} from '@site/src/components';

export const Note = ({children, color}) => (
  <span style={{backgroundColor: color}}>{children}</span>
);

{/* For writers only */}

## Write-through

Every write goes to the cache and the store at once. {/* check this */}

<Admonition type="tip" title="When to use">
  Read-heavy data that must never be stale.
</Admonition>

Eviction is in [the LRU page](./lru) and [the intro](/docs/intro); the API is on [MDN](https://developer.mozilla.org).
"""


def test_an_mdx_pages_code_comments_and_admonition_components_show_as_the_site_shows_them(
    collection, tmp_path
):
    write(tmp_path / "docs" / "caching.mdx", MDX_PAGE)

    cards = imported(collection, tmp_path / "docs", tmp_path / "decks")

    assert set(cards) == {"Caching::Write-through | Write-through"}, "no card of MDX's code"
    back = answer_of(cards["Caching::Write-through | Write-through"][1])
    assert '<div class="callout callout-tip">' in back
    assert '<div class="callout-title">When to use</div>' in back
    text = visible_text(back)
    assert "Every write goes to the cache and the store at once." in text
    assert "Eviction is in the LRU page and the intro; the API is on" in text
    assert 'href="https://developer.mozilla.org"' in back, "a link to the web stays a link"
    for raw in ("{/*", "Admonition", "export", "children", "Highlight", 'href="./lru"'):
        assert raw not in back


def test_a_vault_copied_without_its_settings_folder_gives_the_same_cards(
    collection, student_vault, tmp_path
):
    """No `.obsidian/`: its templates folder is known by its placeholders, its tags by the
    notes' front matter."""
    copy = tmp_path / "copied-vault"
    shutil.copytree(student_vault, copy)
    shutil.rmtree(copy / ".obsidian")
    out = run("export", str(student_vault), "--format", "json", "-o", str(tmp_path / "a.json"))
    assert out.exit_code == 0
    assert (
        run("export", str(copy), "--format", "json", "-o", str(tmp_path / "b.json")).exit_code == 0
    )

    def shown(name: str) -> set[tuple]:
        cards = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        return {(c["deck"], c["question"], c["answer"], tuple(c["tags"])) for c in cards}

    assert shown("b.json") == shown("a.json")
    cards = imported(collection, copy, tmp_path / "decks")
    assert not any("{{title}}" in key for key in cards), "no card of a template"


def test_a_partial_page_outside_the_notes_folder_is_not_read_and_check_names_it(tmp_path):
    write(tmp_path / "secret.md", "The secret text.\n")
    docs = notes_folder(
        tmp_path,
        {
            "page.md": "# Page\n\nimport Secret from '../secret.md';\n\n## Part\nText.\n\n<Secret />\n"
        },
    )

    [card] = cards_of_file(find_notes([docs])[0])
    problems = check(Settings(sources=(docs,)))

    assert "secret" not in card.answer.lower()
    assert ("page.md", 8, "a partial page not in the notes folder: ../secret.md") in {
        (Path(p.file).name, p.line, p.message) for p in problems
    }


def test_an_import_in_a_code_example_makes_no_folder_a_docs_site(tmp_path):
    notes = notes_folder(
        tmp_path,
        {
            "react.md": "# React\n\n## Imports\n```js\nimport App from './App';\n```\n",
            "_Inbox/idea.md": "# Idea\n\n## Hooks\nState in a function component.\n",
        },
    )

    names = [file.name for file in without_templates(find_notes([notes]))]

    assert names == ["_Inbox/idea.md", "react.md"]


SHORTCODE_NOTE = """\
# :floppy_disk: Storage

## :books: 삭제된 파일

- 덮어쓰는 횟수가 많을수록 복구 가능성은 낮아지고 :floppy_disk::-1: 시간은 길어진다. :alarm_clock:
- Written as `:floppy_disk:` in code, at 12:30:00, in a:b:c, and :notaname:

```
label = ":+1:"
```
"""


def test_github_emoji_shortcodes_show_as_emoji_but_not_in_code_times_or_unknown_names(
    collection, tmp_path
):
    write(tmp_path / "notes" / "disk.md", SHORTCODE_NOTE)
    cards = imported(collection, tmp_path / "notes", tmp_path / "decks")

    assert deck_names(collection) == {"💾 Storage", "💾 Storage::📚 삭제된 파일"}
    ((front, back, _),) = cards.values()
    assert visible_text(front) == "💾 Storage 삭제된 파일"  # context, then the question
    answer = answer_of(back)
    assert "낮아지고 💾👎 시간은 길어진다. ⏰" in answer
    assert "<code>:floppy_disk:</code>" in answer
    assert "at 12:30:00, in a:b:c, and :notaname:" in answer
    assert "label = &quot;:+1:&quot;" in answer


LOGSEQ_PAGE = """\
tags:: biochem, exam
alias:: ETC

- ## Complexes
\t- Complex IV reduces oxygen to water
\t  id:: 6603b5d2-7f14-4e8a-a3c6-2d9b0e71f5c8
\t- What does cyanide inhibit? #card
\t\t- complex IV
- ## Uncouplers
\t- DNP carries protons across the membrane → heat, no ATP
\t- why O2 use goes up → ((6603b5d2-7f14-4e8a-a3c6-2d9b0e71f5c8))
\t- TODO redo problem set 3
"""


def test_a_logseq_graph_imports_as_logseq_shows_its_pages_and_leaves_its_backups(
    collection, tmp_path
):
    graph = tmp_path / "graph"
    write(graph / "pages" / "Electron Transport.md", LOGSEQ_PAGE)
    write(graph / "logseq" / "config.edn", "{:meta/version 1}\n")
    write(graph / "logseq" / "bak" / "pages" / "Electron Transport" / "2024.md", LOGSEQ_PAGE)

    cards = imported(collection, graph, tmp_path / "decks")

    decks = {name.split(" | ")[0] for name in cards}
    assert decks == {"Electron Transport::Complexes", "Electron Transport::Uncouplers"}
    front, back, _ = cards["Electron Transport::Complexes | What does cyanide inhibit?"]
    assert "#card" not in front and "complex IV" in back
    uncouplers = next(back for name, (_, back, _) in cards.items() if name.endswith("Uncouplers"))
    assert "Complex IV reduces oxygen to water" in uncouplers  # the ((reference)) shown
    assert "TODO" not in uncouplers and "problem set" not in uncouplers
    assert not any("tags" in name or "alias" in name for name in cards), "page properties"


def test_a_logseq_page_linking_a_page_not_yet_written_gives_no_warning(tmp_path):
    graph = tmp_path / "graph"
    write(graph / "pages" / "TCA.md", "- ## Yield\n\t- 3 NADH per turn, see [[Urea Cycle]]\n")
    write(graph / "pages" / "Plain.md", "# Plain\n\n## Yield\n\n3 NADH, see [[Urea Cycle]]\n")

    report = build(Settings(sources=(graph,), out=tmp_path / "decks"))

    warned = {Path(problem.file).name for problem in report.problems}
    assert warned == {"Plain.md"}  # Logseq makes a page of every link; a plain note slipped


QUARTO_PAGE = """\
---
title: "Oscillations"
---

## Simple harmonic motion

$$
\\ddot{x} + \\omega_0^2 x = 0
$$ {#eq-shm}

The period of @eq-shm does not depend on the amplitude.

::: {.callout-warning}
## Small angles
A pendulum is simple harmonic only while $\\sin\\theta \\approx \\theta$.
:::
"""


def test_a_quarto_page_is_a_note_and_imports_as_quarto_renders_it(collection, tmp_path):
    write(tmp_path / "notes" / "03-oscillations.qmd", QUARTO_PAGE)

    cards = imported(collection, tmp_path / "notes", tmp_path / "decks")

    front, back, _ = cards["Oscillations::Simple harmonic motion | Simple harmonic motion"]
    assert "\\tag{1}" in back and "{#eq-shm}" not in back
    # text again after the formula, the reference showing the short formula it names
    assert "The period of \\(\\ddot{x} + \\omega_0^2 x = 0\\) does not depend" in back
    assert "Small angles" in back and ":::" not in back and "{.callout" not in back


def test_a_drawing_not_exported_is_no_word_on_the_card_nor_a_label_over_the_list_below(
    tmp_path,
):
    notes = tmp_path / "notes"
    write(
        notes / "Kafka.md",
        "# Kafka\n\n## Structure\n\n![[kafka-partition.excalidraw]]\n\n"
        "- **Topic**: a named stream of records\n- **Partition**: an append-only log\n",
    )
    note = read_note(find_notes([notes])[0])

    cards = extract_cards(parse_note(note))

    assert {card.question for card in cards} >= {"Topic", "Partition"}
    assert all(card.context == ("Kafka", "Structure") for card in cards if card.question == "Topic")
    assert not any("kafka-partition" in card.answer + " ".join(card.context) for card in cards)


def test_a_logseq_reference_to_a_block_of_another_page_shows_that_block(tmp_path):
    graph = tmp_path / "graph"
    write(graph / "pages" / "Electron Transport.md", LOGSEQ_PAGE)
    write(
        graph / "pages" / "Hub.md",
        "- ## Where O2 goes\n\t- ETC → ((6603b5d2-7f14-4e8a-a3c6-2d9b0e71f5c8))\n",
    )
    hub = next(file for file in find_notes([graph]) if file.name.endswith("Hub.md"))

    cards = extract_cards(parse_note(read_note(hub)))

    assert any("Complex IV reduces oxygen to water" in card.answer for card in cards)
    assert not any("((" in card.answer for card in cards)


def test_a_jekyll_post_shows_math_among_its_words_inline_as_kramdown_does(collection, tmp_path):
    write(
        tmp_path / "site" / "_posts" / "2024-05-25-ddpm.md",
        "---\ntitle: DDPM\n---\n\n## Forward process\n\n"
        "- forward $$q$$: a fixed Markov chain, $$x_0 \\to x_T$$\n\n"
        "$$\nq(x_t \\mid x_0) = \\mathcal{N}(\\sqrt{\\bar\\alpha_t} x_0, I)\n$$\n",
    )
    write(tmp_path / "site" / "notes" / "elsewhere.md", "# Elsewhere\n\nforward $$p$$ is learned\n")

    cards = imported(collection, tmp_path / "site", tmp_path / "decks")

    _, back, _ = cards["DDPM::Forward process | forward \\(q\\)"]
    assert "a fixed Markov chain, \\(x_0 \\to x_T\\)</div>" in back
    _, whole, _ = cards["DDPM::Forward process | Forward process"]
    assert "<li>forward \\(q\\): a fixed" in whole
    assert "<div>\\[q(x_t \\mid x_0)" in whole  # alone on its lines: displayed
    # a note of no Jekyll site reads `$$` as its own tools do: displayed
    assert "forward \\[p\\] is learned" in cards["Elsewhere | Elsewhere"][1]
