"""Each kind of card becomes its own note type, and Anki shows it as that kind."""

from __future__ import annotations

from flashgen.apkg import write_apkg
from flashgen.decks import identify
from flashgen.model import Card, CardKind
from flashgen.render import render_card
from flashgen.sources import NoteFile
from flashgen.stamps import Stamps

from .conftest import import_apkg, own_tags, sides, visible_text


def write_cards(tmp_path, *cards: Card):
    from flashgen.note_cards import NoteResult

    result = NoteResult(
        NoteFile(tmp_path / "n.md", "n.md", "n.md"),
        tuple(render_card(card) for card in cards),
        changed_at=1_700_000_000,
    )
    notes, *_ = identify([result], Stamps({}))
    path = tmp_path / "deck.apkg"
    write_apkg(notes, path)
    return path


def card(question: str, answer: str, kind: CardKind, **extra) -> Card:
    return Card(
        deck=("Net",),
        context=("Net",),
        question=question,
        answer=answer,
        note_name="n.md",
        line=1,
        rule="test",
        kind=kind,
        **extra,
    )


def all_cards(collection):
    return [collection.get_card(card_id) for card_id in collection.find_cards("")]


def test_reversed_card_is_asked_both_ways(tmp_path, collection):
    path = write_cards(tmp_path, card("TCP", "연결 지향 프로토콜", CardKind.REVERSED))
    import_apkg(collection, path)

    fronts = sorted(visible_text(sides(c)[0]) for c in all_cards(collection))
    assert collection.note_count() == 1
    assert fronts == ["Net TCP", "Net 연결 지향 프로토콜"]


def test_cloze_hides_each_deletion_in_turn(tmp_path, collection):
    text = "{{c1::Single Point of Failure}} 발생 가능, {{c2::로드밸런서}}로 분산"
    path = write_cards(tmp_path, card(text, "", CardKind.CLOZE))
    import_apkg(collection, path)

    fronts = sorted(visible_text(sides(c)[0]) for c in all_cards(collection))
    assert collection.note_count() == 1
    assert fronts == [
        "Net Single Point of Failure 발생 가능, [...] 로 분산",
        "Net [...] 발생 가능, 로드밸런서 로 분산",
    ]


def test_basic_and_cloze_of_the_same_words_are_two_notes(tmp_path, collection):
    path = write_cards(
        tmp_path,
        card("{{c1::TCP}}", "", CardKind.CLOZE),
        card("{{c1::TCP}}", "연결 지향", CardKind.BASIC),
    )
    import_apkg(collection, path)

    assert collection.note_count() == 2


def test_cards_carry_their_tags_into_anki(tmp_path, collection):
    path = write_cards(tmp_path, card("TCP", "연결 지향", CardKind.BASIC, tags=("os::process",)))
    import_apkg(collection, path)

    note = all_cards(collection)[0].note()
    assert note.tags == ["os::process"]


def test_every_card_is_tagged_with_its_note_file(tmp_path, collection):
    from flashgen.build import build
    from flashgen.config import Settings

    from .conftest import write

    write(
        tmp_path / "src" / "운영 체제" / "process.md", "# 프로세스\n\n- PCB: 프로세스 제어 블록\n"
    )
    report = build(Settings(sources=(tmp_path / "src",), out=tmp_path / "decks"))
    import_apkg(collection, report.decks_written[0])

    assert own_tags(all_cards(collection)[0].note()) == {"운영_체제::process"}


def test_the_clozes_counted_for_a_text_are_the_ones_anki_makes_cards_of(collection):
    """Nested, unclosed, c0, empty: whichever clozes Anki reads in a text, flashgen writes a
    card for each of them and for no other (a card without its cloze shows Anki's error)."""
    import random

    from flashgen.model import cloze_numbers

    pieces = ["{{c1::", "{{c2::", "{{c3::", "{{c0::", "{{c12::", "}}", "::", "a", " ", "\n",
              "{", "}", "{{c", "c1", "가"]  # fmt: skip
    rng = random.Random(4)
    texts = {"".join(rng.choices(pieces, k=rng.randint(1, 12))) for _ in range(3000)}
    cloze_type = collection.models.by_name("Cloze")

    def anki_numbers(text: str) -> list[int]:
        note = collection.new_note(cloze_type)
        note.fields[0] = text
        return sorted(collection._backend.cloze_numbers_in_note(note._to_backend_note()))

    assert sum(1 for text in texts if anki_numbers(text)) > 200
    assert {text: anki_numbers(text) for text in texts} == {
        text: sorted(cloze_numbers(text)) for text in texts
    }
