"""`flashgen sync`: a build applied straight to a collection, as Anki would hold it."""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from flashgen.cli import main
from flashgen.errors import FlashgenError
from flashgen.sync import sync_collection
from flashgen.sync_plan import REMOVED_TAG, Orphans
from flashgen.targets import INSTALL_ANKI

from .conftest import build_decks, import_apkg, opened, question_of, visible_text, write
from .test_anki_import import study
from .test_months_of_use import notes_of

AWS = "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n- S3: 객체 스토리지\n"
AWS_WITHOUT_S3 = "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n"


def sync(source, out, anki_file, **options):
    report = build_decks([source], out)
    return sync_collection(anki_file, report.decks_written, **options)


@pytest.fixture
def source(tmp_path):
    write(tmp_path / "source" / "aws.md", AWS)
    return tmp_path / "source"


def test_cards_whose_source_is_gone_are_tagged_and_untagged_when_they_return(
    source, tmp_path, anki_file
):
    out = tmp_path / "decks"
    sync(source, out, anki_file)
    write(source / "aws.md", AWS_WITHOUT_S3)

    plan = sync(source, out, anki_file)
    # Named by its first field as Anki's browser lists it: the question after its context.
    assert [(r.question, r.origin) for r in plan.retire] == [
        ("AWS › 서비스 › S3", "aws.md · 서비스")
    ]
    with opened(anki_file) as col:
        assert col.note_count() == 2
        [tagged] = col.find_notes(f"tag:{REMOVED_TAG}")
        assert visible_text(col.get_note(tagged)["Question"]) == "S3"

    write(source / "aws.md", AWS)
    sync(source, out, anki_file)
    with opened(anki_file) as col:
        assert not col.find_notes(f"tag:{REMOVED_TAG}")
        assert col.note_count() == 2


def test_delete_removes_only_flashgen_notes_whose_source_is_gone(source, tmp_path, anki_file):
    out = tmp_path / "decks"
    sync(source, out, anki_file)
    with opened(anki_file) as col:  # the student's own card, in a deck of their own
        own = col.new_note(col.models.by_name("Basic"))
        own["Front"], own["Back"] = "S3 요금", "저장량 기준"
        col.add_note(own, col.decks.id("AWS::서비스"))
    write(source / "aws.md", AWS_WITHOUT_S3)

    plan = sync(source, out, anki_file, orphans=Orphans.DELETE)

    assert [r.question for r in plan.retire] == ["AWS › 서비스 › S3"]
    with opened(anki_file) as col:
        fronts = sorted(visible_text(col.get_note(n).fields[0]) for n in col.find_notes(""))
    assert fronts == ["EC2", "S3 요금"]


def test_a_card_outside_its_deck_is_moved_back_keeping_its_history(source, tmp_path, anki_file):
    out = tmp_path / "decks"
    sync(source, out, anki_file)
    with opened(anki_file) as col:
        ec2 = col.get_card(col.find_cards("EC2")[0])
        study(col, ec2)
        col.set_deck([ec2.id], col.decks.id("Elsewhere"))
        studied = col.get_card(ec2.id)

    plan = sync(source, out, anki_file)

    assert [(m.card.question, m.from_deck, m.card.deck) for m in plan.move] == [
        ("EC2", "Elsewhere", "AWS::서비스")
    ]
    with opened(anki_file) as col:
        moved = col.get_card(ec2.id)
        assert col.decks.name(moved.did) == "AWS::서비스"
        assert (moved.reps, moved.ivl, moved.due) == (studied.reps, studied.ivl, studied.due)


def files_of(folder):
    """Every file under a folder with its bytes, to show nothing was written."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_a_dry_run_shows_the_plan_and_changes_no_file_anywhere(
    source, tmp_path, anki_file, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    sync(source, tmp_path / "decks", anki_file)
    write(source / "aws.md", AWS_WITHOUT_S3 + "- IAM: 권한 관리\n")
    before = files_of(tmp_path)

    result = CliRunner().invoke(
        main, ["sync", "--collection", str(anki_file), "--dry-run"], catch_exceptions=False
    )

    assert result.exit_code == 0, result.output
    assert (
        f"sync plan (dry run, nothing is changed) for {anki_file.as_posix()}: 1 to add, "
        "0 to update, 0 to move, 1 to tag flashgen::removed" in result.output
    )
    assert (
        "  tag flashgen::removed: AWS › 서비스 › S3 (aws.md · 서비스, AWS::서비스)" in result.output
    )
    assert "1 deck in decks/" in result.output
    assert files_of(tmp_path) == before  # decks, state, cache and collection alike

    # The next build still sees the change the dry run planned.
    assert len(build_decks([source], tmp_path / "decks").changes.removed) == 1


def test_sync_reports_what_it_did(source, tmp_path, anki_file, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        main, ["sync", "--collection", str(anki_file)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert (
        f"synced into {anki_file.as_posix()}: 2 added, 0 updated, 0 moved, "
        "0 tagged flashgen::removed" in result.output
    )
    with opened(anki_file) as col:
        assert sorted(deck for _, _, deck in notes_of(col).values()) == ["AWS::서비스"] * 2


def test_a_collection_anki_holds_open_is_refused_and_left_untouched(source, tmp_path, anki_file):
    before = anki_file.read_bytes()
    with opened(anki_file), pytest.raises(FlashgenError, match="Anki already open"):
        sync(source, tmp_path / "decks", anki_file)
    assert anki_file.read_bytes() == before


def test_a_missing_collection_is_an_error_not_a_new_empty_one(source, tmp_path):
    missing = tmp_path / "nowhere" / "collection.anki2"
    with pytest.raises(FlashgenError, match="no Anki collection there"):
        sync(source, tmp_path / "decks", missing)
    assert not missing.parent.exists()


def test_without_the_anki_library_sync_says_how_to_install_it(
    source, tmp_path, anki_file, monkeypatch
):
    monkeypatch.setitem(sys.modules, "anki.collection", None)
    with pytest.raises(FlashgenError) as raised:
        sync(source, tmp_path / "decks", anki_file)
    assert str(raised.value) == INSTALL_ANKI
    assert "pip install '.[anki]'" in INSTALL_ANKI and "pip install anki" in INSTALL_ANKI


def test_notes_of_every_flashgen_note_type_are_synced_and_no_others(tmp_path, anki_file):
    notes = tmp_path / "source"
    write(
        notes / "net.md", "# Net\n- TCP: 연결 지향\n\n{{c1::UDP}}는 비연결형이라 연결 없이 보낸다\n"
    )
    write(notes / "keep.md", "# Keep\n- SYN: 연결 요청\n")
    out = tmp_path / "decks"
    sync_collection(anki_file, build_decks([notes], out, reverse_definitions=True).decks_written)
    with opened(anki_file) as col:
        kinds = {col.get_note(n).note_type()["name"] for n in col.find_notes("")}
        own = col.new_note(col.models.by_name("Cloze"))
        own["Text"] = "{{c1::내가 만든}} 카드"
        col.add_note(own, col.decks.id("Net"))
    assert kinds == {"flashgen Basic (and reversed card)", "flashgen Cloze"}
    (notes / "net.md").unlink()

    report = build_decks([notes], out, reverse_definitions=True)
    plan = sync_collection(anki_file, report.decks_written, orphans=Orphans.DELETE)

    assert sorted(r.question for r in plan.retire) == [
        "Net › TCP",
        "Net › UDP는 비연결형이라 연결 없이 보낸다",
    ]
    with opened(anki_file) as col:
        fronts = sorted(question_of(col.get_note(n).fields[0]) for n in col.find_notes(""))
    assert fronts == ["SYN", "{{c1::내가 만든}} 카드"]


def test_two_folders_of_notes_in_one_collection_each_sync_only_their_own(tmp_path, anki_file):
    """Two courses' notes, built into two deck folders, synced into one collection: one
    course dropping a note deletes that note's cards, never the other course's."""
    network, security = tmp_path / "network", tmp_path / "security"
    write(network / "notes" / "tcp.md", "# TCP\n- SYN: 연결 요청\n- FIN: 연결 종료\n")
    write(network / "notes" / "udp.md", "# UDP\n- 특징: 비연결형\n")
    write(security / "notes" / "xss.md", "# XSS\n- 원인: 검증 없는 입력\n- 대책: 출력 이스케이프\n")
    sync(network / "notes", network / "decks", anki_file)
    sync(security / "notes", security / "decks", anki_file)
    with opened(anki_file) as col:
        for card_id in col.find_cards(""):
            study(col, col.get_card(card_id))
        studied = dict(col.db.all("select cid, count() from revlog group by cid"))
        xss = set(col.find_cards("deck:XSS"))
    (network / "notes" / "udp.md").unlink()

    plan = sync(network / "notes", network / "decks", anki_file, orphans=Orphans.DELETE)

    assert [r.question for r in plan.retire] == ["UDP"]
    with opened(anki_file) as col:
        assert set(col.find_cards("deck:XSS")) == xss and len(xss) == 2
        left = dict(col.db.all("select cid, count() from revlog group by cid"))
        assert {cid: left.get(cid) for cid in xss} == {cid: studied[cid] for cid in xss}
        assert not col.find_cards(f"tag:{REMOVED_TAG}")
        assert len(col.find_notes("tag:flashgen::project::*")) == 4
    # And without --delete the other course's cards are not tagged as removed either.
    plan = sync(security / "notes", security / "decks", anki_file)
    assert not plan.retire


def test_the_command_says_to_close_anki_when_it_holds_the_collection(
    source, tmp_path, anki_file, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    with opened(anki_file):
        result = CliRunner().invoke(main, ["sync", "--collection", str(anki_file)])

    assert result.exit_code == 1
    assert "Anki already open" in result.output
    assert "Close Anki and try again, or leave out --collection" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "decks").exists()  # found before building anything


def test_a_file_that_is_not_a_collection_is_refused_and_left_as_it_was(source, tmp_path):
    other = write(tmp_path / "notes.anki2", "not a collection\n")
    with pytest.raises(FlashgenError, match="not an Anki collection"):
        sync(source, tmp_path / "decks", other)
    assert other.read_text() == "not a collection\n"


def test_a_new_deck_prefix_keeps_every_card_and_sync_moves_them_under_it(
    source, tmp_path, anki_file
):
    out = tmp_path / "decks"
    sync(source, out, anki_file)
    with opened(anki_file) as col:
        for card_id in col.find_cards(""):
            study(col, col.get_card(card_id))
        before = {card_id: col.get_card(card_id).reps for card_id in col.find_cards("")}

    report = build_decks([source], out, deck_prefix=("CS",))
    plan = sync_collection(anki_file, report.decks_written)

    assert (len(report.changes.new), len(report.changes.updated)) == (0, 2)
    assert (len(plan.add), len(plan.move), len(plan.retire)) == (0, 2, 0)
    with opened(anki_file) as col:
        after = {card_id: col.get_card(card_id).reps for card_id in col.find_cards("")}
        decks = {col.decks.name(col.get_card(card_id).did) for card_id in after}
    assert after == before
    assert decks == {"CS::AWS::서비스"}


def test_a_new_deck_prefix_imported_updates_the_cards_in_place_without_duplicates(
    source, tmp_path, collection
):
    out = tmp_path / "decks"
    for deck in build_decks([source], out).decks_written:
        import_apkg(collection, deck)
    for deck in build_decks([source], out, deck_prefix=("CS",)).decks_written:
        log = import_apkg(collection, deck)

    assert collection.note_count() == 2
    assert (len(log.new), len(log.updated)) == (0, 2)


def test_a_note_made_by_hand_with_flashgen_basic_is_never_deleted(source, tmp_path, anki_file):
    out = tmp_path / "decks"
    sync(source, out, anki_file)
    with opened(anki_file) as col:  # the student's own card, of flashgen's note type
        own = col.new_note(col.models.by_name("flashgen Basic"))
        own["Question"], own["Answer"] = "EBS", "블록 스토리지"
        col.add_note(own, col.decks.id("AWS::서비스"))
    write(source / "aws.md", AWS_WITHOUT_S3)

    plan = sync(source, out, anki_file, orphans=Orphans.DELETE)

    assert [r.question for r in plan.retire] == ["AWS › 서비스 › S3"]
    with opened(anki_file) as col:
        questions = sorted(question_of(col.get_note(n)["Question"]) for n in col.find_notes(""))
    assert questions == ["EBS", "EC2"]


def test_another_projects_cards_are_left_alone(source, tmp_path, anki_file):
    other = write(tmp_path / "other" / "net.md", "# Net\n- TCP: 연결 지향\n").parent
    sync(other, tmp_path / "other-decks", anki_file)

    plan = sync(source, tmp_path / "decks", anki_file, orphans=Orphans.DELETE)

    assert plan.retire == []
    with opened(anki_file) as col:
        assert col.note_count() == 3


def test_orphans_can_be_suspended_and_come_back_when_their_source_does(source, tmp_path, anki_file):
    out = tmp_path / "decks"
    sync(source, out, anki_file)
    write(source / "aws.md", AWS_WITHOUT_S3)

    sync(source, out, anki_file, orphans=Orphans.SUSPEND)
    with opened(anki_file) as col:
        [card_id] = col.find_cards("is:suspended")
        assert question_of(col.get_card(card_id).note()["Question"]) == "S3"
        assert col.find_cards(f"tag:{REMOVED_TAG}") == [card_id]

    write(source / "aws.md", AWS)
    sync(source, out, anki_file)
    with opened(anki_file) as col:
        assert not col.find_cards("is:suspended") and not col.find_cards(f"tag:{REMOVED_TAG}")


def test_deleting_removes_the_decks_it_emptied_and_keeps_the_others(tmp_path, anki_file):
    notes = tmp_path / "source"
    write(notes / "aws.md", AWS)
    write(notes / "net.md", "# Net\n## 전송\n- TCP: 연결 지향\n")
    out = tmp_path / "decks"
    sync(notes, out, anki_file)
    (notes / "net.md").unlink()

    plan = sync(notes, out, anki_file, orphans=Orphans.DELETE)

    assert plan.decks_removed == ["Net::전송", "Net"]
    with opened(anki_file) as col:
        assert sorted(d.name for d in col.decks.all_names_and_ids()) == [
            "AWS",
            "AWS::서비스",
            "Default",
        ]


def test_delete_without_a_terminal_or_yes_is_refused_and_changes_nothing(
    source, tmp_path, anki_file, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    sync(source, tmp_path / "decks", anki_file)
    write(source / "aws.md", AWS_WITHOUT_S3)
    before = anki_file.read_bytes()

    refused = CliRunner().invoke(main, ["sync", "--collection", str(anki_file), "--delete"])

    assert refused.exit_code == 1
    assert "  delete: AWS › 서비스 › S3 (aws.md · 서비스, AWS::서비스)" in refused.output
    assert "there is no terminal to ask: pass --yes" in refused.output
    assert anki_file.read_bytes() == before

    done = CliRunner().invoke(main, ["sync", "--collection", str(anki_file), "--delete", "--yes"])
    assert done.exit_code == 0, done.output
    with opened(anki_file) as col:
        assert col.note_count() == 1


def test_delete_asks_on_a_terminal_and_a_no_changes_nothing(
    source, tmp_path, anki_file, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    sync(source, tmp_path / "decks", anki_file)
    write(source / "aws.md", AWS_WITHOUT_S3)
    monkeypatch.setattr("flashgen.commands.can_ask", lambda: True)

    result = CliRunner().invoke(
        main, ["sync", "--collection", str(anki_file), "--delete"], input="n\n"
    )

    assert "Delete 1 note from Anki? [y/N]" in result.output
    assert result.exit_code == 1
    with opened(anki_file) as col:
        assert col.note_count() == 2


def test_quiet_prints_nothing_and_json_gives_the_plan(source, tmp_path, anki_file, monkeypatch):
    import json

    monkeypatch.chdir(tmp_path)
    quiet = CliRunner().invoke(main, ["sync", "--collection", str(anki_file), "-q"])
    assert (quiet.exit_code, quiet.output) == (0, "")
    write(source / "aws.md", AWS_WITHOUT_S3)

    result = CliRunner().invoke(main, ["sync", "--collection", str(anki_file), "--json"])

    data = json.loads(result.output)
    assert data["cards"] == 1 and data["sync"]["dry_run"] is False
    assert data["sync"]["retire"] == [
        {"deck": "AWS::서비스", "question": "AWS › 서비스 › S3", "source": "aws.md · 서비스"}
    ]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", r"not an Anki collection \(not an SQLite database\)"),
        (b"not a collection\n", r"not an Anki collection \(not an SQLite database\)"),
    ],
)
def test_a_file_that_is_not_sqlite_is_refused_and_left_as_it_was(
    source, tmp_path, content, message
):
    other = tmp_path / "collection.anki2"
    other.write_bytes(content)
    with pytest.raises(FlashgenError, match=message):
        sync(source, tmp_path / "decks", other)
    assert other.read_bytes() == content


def test_an_unrelated_sqlite_database_is_refused_and_left_as_it_was(source, tmp_path):
    import sqlite3

    other = tmp_path / "shop.db"
    with sqlite3.connect(other) as db:
        db.execute("create table orders (id integer)")
    before = other.read_bytes()
    with pytest.raises(FlashgenError, match="an SQLite database, but not an Anki collection"):
        sync(source, tmp_path / "decks", other)
    assert other.read_bytes() == before


def test_a_damaged_collection_is_refused_in_one_line(source, tmp_path, anki_file):
    data = bytearray(anki_file.read_bytes())
    data[100 : len(data)] = b"\xff" * (len(data) - 100)  # every page after the header
    anki_file.write_bytes(bytes(data))
    with pytest.raises(FlashgenError) as raised:
        sync(source, tmp_path / "decks", anki_file)
    assert "nothing was changed" in str(raised.value) and "\n" not in str(raised.value)
    assert anki_file.read_bytes() == bytes(data)


def test_deck_files_whose_ids_collide_are_imported_together_whole(tmp_path, anki_file):
    import os
    import zipfile

    notes = tmp_path / "source"
    for name in ("aws", "net"):
        note = write(notes / f"{name}.md", f"# {name}\n- 첫째: 하나\n- 둘째: 둘\n")
        os.utime(note, (1_700_000_000, 1_700_000_000))  # same time: the same note ids
    report = build_decks([notes], tmp_path / "decks")

    def note_ids(deck):
        with zipfile.ZipFile(deck) as archive:
            path = tmp_path / f"{deck.stem}.anki2"
            path.write_bytes(archive.read("collection.anki2"))
        with __import__("sqlite3").connect(path) as db:
            return {row[0] for row in db.execute("select id from notes")}

    assert note_ids(report.decks_written[0]) == note_ids(report.decks_written[1])

    plan = sync_collection(anki_file, report.decks_written)

    assert len(plan.add) == 4
    with opened(anki_file) as col:
        decks = sorted(col.decks.name(col.get_card(c).did) for c in col.find_cards(""))
    assert decks == ["aws", "aws", "net", "net"]


def test_build_sync_applies_the_build_to_the_collection_setting(tmp_path, anki_file, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "aws.md", AWS)
    write(tmp_path / "flashgen.toml", f'collection = "{anki_file.relative_to(tmp_path)}"\n')

    result = CliRunner().invoke(main, ["build", "--sync"])

    assert result.exit_code == 0, result.output
    assert "synced into anki/collection.anki2: 2 added" in result.output
    with opened(anki_file) as col:
        assert col.note_count() == 2


def test_orphans_tagged_before_are_suspended_when_asked_later(source, tmp_path, anki_file):
    out = tmp_path / "decks"
    sync(source, out, anki_file)
    write(source / "aws.md", AWS_WITHOUT_S3)
    sync(source, out, anki_file)  # tagged only

    plan = sync(source, out, anki_file, orphans=Orphans.SUSPEND)

    assert plan.retire == []  # listed when first tagged
    with opened(anki_file) as col:
        [card_id] = col.find_cards("is:suspended")
        assert question_of(col.get_card(card_id).note()["Question"]) == "S3"


def test_a_dry_run_leaves_a_collection_of_an_older_anki_as_it_was(source, tmp_path, anki_file):
    from anki.collection import Collection

    sync(source, tmp_path / "decks", anki_file)
    col = Collection(str(anki_file))
    col.close(downgrade=True)  # the layout older Ankis write, which opening would upgrade
    write(source / "aws.md", AWS_WITHOUT_S3)
    before = anki_file.read_bytes()

    plan = sync(source, tmp_path / "decks", anki_file, dry_run=True)

    assert [r.question for r in plan.retire] == ["AWS › 서비스 › S3"]
    assert anki_file.read_bytes() == before


def test_a_dry_run_of_some_notes_keeps_the_other_notes_cards(tmp_path, anki_file, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "aws.md", AWS)
    write(tmp_path / "source" / "net.md", "# Net\n- TCP: 연결 지향\n")
    sync(tmp_path / "source", tmp_path / "decks", anki_file)

    result = CliRunner().invoke(
        main, ["sync", "source/aws.md", "--collection", str(anki_file), "--dry-run", "--json"]
    )

    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["sync"]["retire"] == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anki", "decks", "source"]


def test_a_note_type_older_in_anki_comes_with_one_deck_file_and_then_no_more(tmp_path, anki_file):
    from flashgen.identity import BASIC_MODEL_ID, REVERSED_MODEL_ID

    notes, out = tmp_path / "source", tmp_path / "decks"
    write(notes / "aws.md", AWS)
    write(notes / "net.md", "# Net\n- TCP: 연결 지향\n")
    other = write(tmp_path / "other" / "os.md", "# OS\n- 커널: 운영체제의 핵심\n").parent
    sync_collection(
        anki_file,
        build_decks([other], tmp_path / "other-decks", reverse_definitions=True).decks_written,
    )
    sync(notes, out, anki_file)
    with opened(anki_file) as col:  # both note types as an older flashgen left them
        col.db.execute(
            "update notetypes set mtime_secs = 1 where id in (?, ?)",
            BASIC_MODEL_ID,
            REVERSED_MODEL_ID,
        )

    again = sync(notes, out, anki_file)
    then = sync(notes, out, anki_file)

    # The reversed type is the other project's to bring up to date: this one has no such cards.
    assert [path.name for path in again.imports] == ["AWS.apkg"]
    assert then.imports == []
    with opened(anki_file) as col:
        assert col.models.get(BASIC_MODEL_ID)["mod"] > 1
        assert col.models.get(REVERSED_MODEL_ID)["mod"] == 1


def test_a_collection_damaged_in_the_middle_is_refused_before_any_change(
    source, tmp_path, anki_file
):
    with opened(anki_file) as col:  # pages enough for a damage deep inside
        for number in range(300):
            own = col.new_note(col.models.by_name("Basic"))
            own["Front"], own["Back"] = f"질문 {number} " * 40, "답 " * 200
            col.add_note(own, 1)
    data = bytearray(anki_file.read_bytes())
    page = len(data) // 4096 // 2
    data[page * 4096 + 100 : page * 4096 + 900] = b"\xde\xad\xbe\xef" * 200
    anki_file.write_bytes(bytes(data))
    beside = sorted(p.name for p in anki_file.parent.iterdir())

    with pytest.raises(FlashgenError, match="a damaged Anki collection") as raised:
        sync(source, tmp_path / "decks", anki_file)

    assert "nothing was changed" in str(raised.value) and "\n" not in str(raised.value)
    assert anki_file.read_bytes() == bytes(data)
    assert sorted(p.name for p in anki_file.parent.iterdir()) == beside


def test_cards_imported_before_their_project_had_a_tag_are_given_it(source, tmp_path, anki_file):
    out = tmp_path / "decks"
    sync(source, out, anki_file)
    with opened(anki_file) as col:  # as a deck imported before projects were tagged left them
        [project] = {t for t in col.tags.all() if t.startswith("flashgen::project::")}
        col.tags.bulk_remove(col.find_notes(""), project)

    plan = sync(source, out, anki_file)

    assert [len(notes) for notes in plan.untagged.values()] == [2] and not plan.update
    with opened(anki_file) as col:
        assert len(col.find_notes(f"tag:{project}")) == 2
