"""A card the writer does not want, left out by its id in flashgen.toml, the note untouched.

`flashgen preview` shows each card's id; `skip_cards = ["…"]` leaves that card out of the
decks, of Anki, of a preview and an export, build after build, and the other cards keep
their GUIDs (their review histories) as they were.
"""

from __future__ import annotations

import json
import re

from .conftest import import_apkg, project_of, run, sides, visible_text, write

NOTE = """\
# Network

## TCP

- 연결 지향, 신뢰성 보장
- 3-way handshake

## UDP

- 비연결, 순서 보장 없음

## 참고 영상

- 유튜브 강의 3편 보기
"""


def ids_by_front() -> dict[str, str]:
    """Each card's id as `flashgen preview` prints it, by the last part of its front."""
    shown = run("preview").output
    ids = re.findall(r"^\S+:\d+\s+\S+\s+id ([0-9a-f]{10})\n.*\n  front  (.*)$", shown, re.M)
    return {front.split(" › ")[-1]: card for card, front in ids}


def fronts_in_anki(collection, decks) -> dict[str, str]:
    """Each imported card's front (its last part), with the note's GUID."""
    for deck in decks:
        import_apkg(collection, deck)
    cards = [collection.get_card(card) for card in collection.find_cards("")]
    fronts = [visible_text(sides(card)[0]).removeprefix("Network").strip() for card in cards]
    return {front: card.note().guid for front, card in zip(fronts, cards, strict=True)}


def test_a_card_named_in_skip_cards_never_reaches_anki_and_the_others_keep_their_guids(
    tmp_path, monkeypatch, collection
):
    project_of(tmp_path, monkeypatch, {"source/network.md": NOTE})
    ids = ids_by_front()
    assert set(ids) == {"TCP", "UDP", "참고 영상"}
    assert run("build").exit_code == 0
    from anki.collection import Collection

    earlier = Collection(str(tmp_path / "earlier.anki2"))
    before = fronts_in_anki(earlier, tmp_path.glob("decks/*.apkg"))
    earlier.close()

    write(tmp_path / "flashgen.toml", f'skip_cards = ["{ids["참고 영상"]}"]  # a reading list\n')
    built = run("build")
    assert built.exit_code == 0
    assert "1 removed" in built.output + built.stderr
    after = fronts_in_anki(collection, tmp_path.glob("decks/*.apkg"))

    assert set(after) == {"TCP", "UDP"}
    assert after == {front: before[front] for front in after}  # same notes, same histories


def test_preview_and_export_leave_the_card_out_and_say_so_and_export_gives_each_id(
    tmp_path, monkeypatch
):
    project_of(tmp_path, monkeypatch, {"source/network.md": NOTE})
    ids = ids_by_front()
    write(tmp_path / "flashgen.toml", f'skip_cards = ["{ids["UDP"]}"]\n')

    shown = run("preview").output
    assert "비연결" not in shown
    assert "연결 지향" in shown
    assert "1 card left out by skip_cards" in shown
    exported = json.loads(run("export", "--format", "json").output)
    assert [card["id"] for card in exported] == [ids["TCP"], ids["참고 영상"]]


def test_taking_an_id_out_of_skip_cards_brings_the_card_back_as_the_same_note(
    tmp_path, monkeypatch
):
    project_of(tmp_path, monkeypatch, {"source/network.md": NOTE})
    ids = ids_by_front()
    write(tmp_path / "flashgen.toml", f'skip_cards = ["{ids["TCP"]}"]\n')
    run("build")
    assert "TCP" not in ids_by_front()

    write(tmp_path / "flashgen.toml", "skip_cards = []\n")
    rebuilt = run("build")
    assert "1 new" in rebuilt.output + rebuilt.stderr
    assert ids_by_front()["TCP"] == ids["TCP"]


def test_an_id_no_card_has_any_more_is_a_warning_at_its_line(tmp_path, monkeypatch):
    project_of(tmp_path, monkeypatch, {"source/network.md": NOTE})
    ids = ids_by_front()
    write(
        tmp_path / "flashgen.toml",
        f'skip_cards = [\n  "{ids["UDP"]}",\n  "0123456789",  # UDP before I renamed it\n]\n',
    )
    for command in ("build", "check", "preview"):
        said = run(command)
        assert "flashgen.toml:3: warning: skip_cards: no card has the id 0123456789" in (
            said.output + said.stderr
        ), command
    # Still said when nothing had to be written again.
    again = run("build")
    assert "no card has the id 0123456789" in again.output + again.stderr
    assert ids["UDP"] not in again.output + again.stderr


def test_a_card_left_out_is_not_taken_for_a_renamed_one(tmp_path, monkeypatch):
    project_of(tmp_path, monkeypatch, {"source/network.md": NOTE})
    ids = ids_by_front()
    run("build")
    # The same answer under a new heading, in the build that leaves the old card out.
    write(tmp_path / "source/network.md", NOTE.replace("## UDP", "## UDP 특징"))
    write(tmp_path / "flashgen.toml", f'skip_cards = ["{ids["UDP"]}"]\n')
    built = run("build")
    assert "renamed" not in built.output + built.stderr
    assert "UDP 특징" in ids_by_front()


def test_a_mistyped_id_is_an_error_naming_the_file_and_line(tmp_path, monkeypatch):
    project_of(tmp_path, monkeypatch, {"source/network.md": NOTE})
    write(tmp_path / "flashgen.toml", 'tags = ["net"]\nskip_cards = ["id 3f9a2c41d0"]\n')
    said = run("build")
    assert said.exit_code != 0
    assert "flashgen.toml:2: skip_cards: 'id 3f9a2c41d0' is no card id" in said.output + said.stderr


def test_sync_takes_a_card_left_out_from_anki_as_it_does_a_card_gone_from_the_notes(
    tmp_path, monkeypatch, anki_file
):
    from flashgen.sync import sync_collection
    from flashgen.sync_plan import Orphans

    from .conftest import build_decks, opened

    project_of(tmp_path, monkeypatch, {"source/network.md": NOTE})
    ids = ids_by_front()
    out, source = tmp_path / "decks", tmp_path / "source"
    sync_collection(anki_file, build_decks([source], out).decks_written)

    skipped = build_decks([source], out, skip_cards=frozenset({ids["참고 영상"]}))
    plan = sync_collection(anki_file, skipped.decks_written, orphans=Orphans.DELETE)

    assert [record.question for record in plan.retire] == ["Network › 참고 영상"]
    with opened(anki_file) as col:
        fronts = {visible_text(col.get_note(note)["Question"]) for note in col.find_notes("")}
    assert fronts == {"TCP", "UDP"}
