"""Cards, their renderings and notes made in one go (`model.made`) hold every field of their
type, as `__init__` would have set them: a field added to a type is a field each maker must
give."""

from dataclasses import fields

from flashgen.decks import identify
from flashgen.extract.items import term_definition
from flashgen.extract.place import Place
from flashgen.model import AnkiNote, Card, Note, RenderedCard
from flashgen.note_cards import cards_of_note
from flashgen.parse import parse_note
from flashgen.render import render_card
from flashgen.sources import NoteFile
from flashgen.stamps import Stamps

from .conftest import write


def _as_made_by_init(instance: object) -> object:
    kind = type(instance)
    assert set(vars(instance)) == {field.name for field in fields(kind)}
    return kind(**{field.name: getattr(instance, field.name) for field in fields(kind)})


def test_a_card_made_in_one_go_is_the_card_its_fields_make(tmp_path):
    tree = parse_note(
        Note(
            path=tmp_path / "aws.md", name="aws.md", text="# AWS\n\n- EC2: Elastic Compute Cloud\n"
        )
    )
    item = tree.root.blocks[0].children[0]
    card = Place(tree, tree.root, ("AWS",)).card(
        "EC2", "Elastic Compute Cloud", item, term_definition
    )
    assert card == _as_made_by_init(card)
    assert card.kind == Card.kind and card.tags == ()


def test_a_rendering_and_a_note_made_in_one_go_are_those_their_fields_make(tmp_path):
    note = write(tmp_path / "aws.md", "# AWS\n\n- EC2: Elastic Compute Cloud\n")
    result = cards_of_note(NoteFile(note, "aws.md", "aws.md"))
    rendered = render_card(result.cards[0].card)
    assert isinstance(rendered, RenderedCard) and rendered == _as_made_by_init(rendered)
    notes, *_ = identify([result], Stamps())
    assert isinstance(notes[0], AnkiNote) and notes[0] == _as_made_by_init(notes[0])
