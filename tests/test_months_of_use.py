"""Months of use, acted out with the real Anki library.

A student builds decks, imports them, studies every card with Anki's scheduler, then
keeps editing the notes — an answer rewritten, sections reordered, a card inserted,
a heading renamed, a section moved to another file — and edits a card inside Anki.
After rebuilding and re-importing (or syncing), no card is duplicated, every card
that still exists keeps its review history, every edit arrives, and the edit made
inside Anki to a note left alone survives.
"""

from __future__ import annotations

import os
from pathlib import Path

from flashgen.sync import Orphans, sync_collection

from .conftest import build_decks, import_apkg, opened, sides, visible_text, write
from .test_anki_import import study

AWS = """\
# AWS

## 서비스
- EC2: 가상 컴퓨터
- S3: 객체 스토리지

## 배포
### 블루/그린 배포
- 신버전 환경을 따로 만든 뒤 트래픽을 한번에 전환
- 장점
    - 손쉬운 롤백
"""

NETWORK = """\
# Network

## TCP
- 연결 지향형 프로토콜
- SYN: 연결 요청

## UDP
- 비연결형 프로토콜
"""

# Months later: sections swapped, IAM inserted, EC2's answer rewritten.
AWS_LATER = """\
# AWS

## 배포
### 블루/그린 배포
- 신버전 환경을 따로 만든 뒤 트래픽을 한번에 전환
- 장점
    - 손쉬운 롤백

## 서비스
- IAM: 권한 관리
- EC2: Elastic Compute Cloud, 크기를 바꿀 수 있는 가상 서버
- S3: 객체 스토리지
"""

# The TCP section moved to a note of its own on the same subject; UDP renamed.
NETWORK_LATER = """\
# Network

## UDP 프로토콜
- 비연결형 프로토콜
"""

TCP_LATER = """\
# Network

## TCP
- 연결 지향형 프로토콜
- SYN: 연결 요청
"""

STUDENT_NOTE = "객체 스토리지 (내 메모: 버킷 이름은 전역에서 유일)"


def notes_of(col) -> dict[str, tuple[str, str, str]]:
    """GUID → (front, back, deck) as the student sees each note's card."""
    seen = {}
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        front, back = sides(card)
        seen[card.note().guid] = (visible_text(front), visible_text(back), col.decks.name(card.did))
    return seen


def history_of(col) -> dict[str, tuple]:
    """GUID → the card's scheduling and the number of reviews in its log."""
    history = {}
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        reviews = col.db.scalar("select count() from revlog where cid = ?", card_id)
        history[card.note().guid] = (card.id, card.reps, card.ivl, card.due, card.type, reviews)
    return history


def study_everything(col, rounds: int = 3) -> None:
    for _ in range(rounds):
        for card_id in col.find_cards(""):
            study(col, col.get_card(card_id), "GOOD")


def guid_showing(seen: dict[str, tuple[str, str, str]], *words: str) -> str:
    """The one note whose front shows all these words."""
    [guid] = [g for g, (front, _, _) in seen.items() if all(w in front for w in words)]
    return guid


def first_months(source: Path) -> None:
    write(source / "aws.md", AWS)
    write(source / "network.md", NETWORK)


def months_later(source: Path) -> None:
    write(source / "aws.md", AWS_LATER)
    write(source / "network.md", NETWORK_LATER)
    write(source / "network-tcp.md", TCP_LATER)


def edit_in_anki(col, guid: str) -> None:
    note = col.get_note(col.db.scalar("select id from notes where guid = ?", guid))
    note["Answer"] = STUDENT_NOTE
    col.update_note(note)


def fresh_import(tmp_path: Path, decks: list[Path]) -> dict[str, tuple[str, str, str]]:
    """What a new student importing the build would have."""
    path = tmp_path / "fresh" / "collection.anki2"
    path.parent.mkdir()
    with opened(path) as col:
        for deck in decks:
            import_apkg(col, deck)
        return notes_of(col)


def test_months_of_rebuilds_and_reimports_keep_every_history_and_every_edit(tmp_path, collection):
    source, out = tmp_path / "source", tmp_path / "decks"
    first_months(source)
    for deck in build_decks([source], out).decks_written:
        import_apkg(collection, deck)
    study_everything(collection)
    before = history_of(collection)
    s3 = guid_showing(notes_of(collection), "S3")
    edit_in_anki(collection, s3)
    udp = guid_showing(notes_of(collection), "UDP")

    months_later(source)
    report = build_decks([source], out)
    logs = [import_apkg(collection, deck) for deck in report.decks_written]

    after = history_of(collection)
    seen = notes_of(collection)
    fresh = fresh_import(tmp_path, report.decks_written)
    # Every card of the new build is there once, and the card whose heading was renamed
    # stays too: an import cannot delete it, so the build said so, by question and note.
    assert set(seen) == set(fresh) | {udp}
    assert [(c.source, c.question) for c in report.changes.removed] == [("network.md", "UDP")]
    assert sorted(c.question for c in report.changes.new) == ["IAM", "UDP 프로토콜"]
    assert sorted(c.question for c in report.changes.updated) == ["EC2", "SYN", "TCP"]
    assert not any(log.conflicting for log in logs)
    fronts = [front for front, _, _ in seen.values()]
    assert len(fronts) == len(set(fronts)), "a card a student sees twice"
    # Every card that still exists kept its review history: same card, same schedule.
    assert {guid: after[guid] for guid in before} == before
    # Edits arrived, moved cards name their new note, the in-Anki edit survived.
    assert "Elastic Compute Cloud" in seen[guid_showing(seen, "EC2")][1]
    assert "network-tcp.md" in seen[guid_showing(seen, "SYN")][1]
    assert STUDENT_NOTE in seen[s3][1]
    for guid, (front, back, deck) in fresh.items():
        if guid != s3:
            assert seen[guid] == (front, back, deck)


def test_months_of_syncs_leave_exactly_what_a_fresh_import_of_the_build_gives(tmp_path, anki_file):
    source, out = tmp_path / "source", tmp_path / "decks"
    first_months(source)
    report = build_decks([source], out)
    sync_collection(anki_file, report.decks_written)
    with opened(anki_file) as col:
        study_everything(col)
        before = history_of(col)
        s3 = guid_showing(notes_of(col), "S3")
        edit_in_anki(col, s3)

    months_later(source)
    report = build_decks([source], out)
    plan = sync_collection(anki_file, report.decks_written, Orphans.DELETE)

    assert [r.question for r in plan.retire] == ["Network › UDP"]  # as Anki's browser lists it
    assert sorted(c.question for c in plan.add) == ["IAM", "UDP 프로토콜"]
    assert sorted(c.question for c in plan.update) == ["EC2", "SYN", "TCP"]
    fresh = fresh_import(tmp_path, report.decks_written)
    with opened(anki_file) as col:
        seen, after = notes_of(col), history_of(col)
        assert col.note_count() == len(fresh)
    assert set(seen) == set(fresh)
    assert {guid: after[guid] for guid in before if guid in after} == {
        guid: history for guid, history in before.items() if guid in fresh
    }
    assert len(after) == len(before) + 2 - 1
    assert STUDENT_NOTE in seen[s3][1]
    assert "Elastic Compute Cloud" in seen[guid_showing(seen, "EC2")][1]
    for guid, shown in fresh.items():
        if guid != s3:
            assert seen[guid] == shown


def test_rebuilding_unchanged_notes_months_later_writes_the_same_bytes(tmp_path):
    source, out = tmp_path / "source", tmp_path / "decks"
    first_months(source)
    build_decks([source], out)
    months_later(source)
    first = {deck.name: deck.read_bytes() for deck in build_decks([source], out).decks_written}
    state = state_bytes(out)

    for note in source.glob("*.md"):  # saved again an hour later without a change
        later = note.stat().st_mtime + 3600
        os.utime(note, (later, later))
    report = build_decks([source], out)

    assert {deck.name: deck.read_bytes() for deck in report.decks_written} == first
    assert state_bytes(out) == state
    assert not report.changes.new and not report.changes.updated and not report.changes.removed


def state_bytes(out):
    """Every file of the state kept beside the decks."""
    return {p.name: p.read_bytes() for p in sorted((out / ".flashgen-state").iterdir())}
