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
import re
import time
from pathlib import Path

import pytest

from flashgen.sync import sync_collection
from flashgen.sync_plan import Orphans

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
    # Every card of the new build is there once; the card whose heading was renamed is the
    # same card, asking the new question, and the build said so.
    assert set(seen) == set(fresh)
    assert not report.changes.removed
    assert [(a.question, b.question) for a, b in report.changes.renamed] == [
        ("UDP", "UDP 프로토콜")
    ]
    assert "UDP 프로토콜" in seen[udp][0]
    assert sorted(c.question for c in report.changes.new) == ["IAM"]
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
        if guid != s3:  # an import leaves a card in its deck: the renamed one stays in UDP
            assert seen[guid] == (front, back, deck if guid != udp else "Network::UDP")


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

    assert not plan.retire
    assert sorted(c.question for c in plan.add) == ["IAM"]
    assert sorted(c.question for c in plan.update) == ["EC2", "SYN", "TCP", "UDP 프로토콜"]
    fresh = fresh_import(tmp_path, report.decks_written)
    with opened(anki_file) as col:
        seen, after = notes_of(col), history_of(col)
        assert col.note_count() == len(fresh)
    assert set(seen) == set(fresh)
    assert {guid: after[guid] for guid in before if guid in after} == {
        guid: history for guid, history in before.items() if guid in fresh
    }
    assert len(after) == len(before) + 1
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


# Weeks of what students do to notes, drawn at random (with a fixed seed) and acted out.

_WORDS = [
    "가상",
    "서버",
    "연결",
    "요청",
    "응답",
    "패킷",
    "전송",
    "계층",
    "메모리",
    "캐시",
    "스레드",
]
_WEEK = 7 * 24 * 3600
_CONTEXT = re.compile(r'<span class="field-context">.*?</span>')
"""The context a note's first field starts with, hidden on the card."""


def _note_text(note: dict) -> str:
    lines = [f"---\ndeck: {note['deck']}\n---\n"] if note["deck"] else []
    lines.append(f"# {note['title']}\n")
    for section in note["sections"]:
        lines.append(f"\n## {section['heading']}\n")
        lines += [f"- {term}: {definition}\n" for term, definition in section["bullets"]]
    return "".join(lines)


def _a_week_of_edits(rng, notes: dict, counter: list[int], deleted: set[str]) -> None:
    """Two or three of: a heading reworded or numbered, a section moved to another note,
    a note's deck or title changed, an answer rewritten, a card deleted or added."""
    for _ in range(rng.randint(2, 3)):
        name = rng.choice(sorted(notes))
        note = notes[name]
        section = rng.choice(note["sections"])
        action = rng.choice(
            ["reword", "number", "move", "deck", "title", "answer", "delete", "add"]
        )
        if action == "reword":
            section["heading"] += f" {rng.choice(_WORDS)}"
        elif action == "number" and not section["heading"][0].isdigit():
            section["heading"] = f"{note['sections'].index(section) + 1}. {section['heading']}"
        elif action == "move" and len(note["sections"]) > 1:
            note["sections"].remove(section)
            notes[rng.choice([n for n in sorted(notes) if n != name])]["sections"].append(section)
        elif action == "deck":
            note["deck"] = f"CS::{rng.choice(_WORDS)}{counter[0]}"
        elif action == "title":
            note["title"] += f" {rng.choice(_WORDS)}"
        elif action == "answer" and section["bullets"]:
            at = rng.randrange(len(section["bullets"]))
            term, definition = section["bullets"][at]
            section["bullets"][at] = (term, f"{definition} {rng.choice(_WORDS)}")
        elif action == "delete" and len(section["bullets"]) > 1:
            term, _ = section["bullets"].pop(rng.randrange(len(section["bullets"])))
            deleted.add(term)
        else:
            counter[0] += 1
            words = " ".join(rng.sample(_WORDS, 4))
            section["bullets"].append((f"개체{counter[0]}", f"{words} 를 설명하는 문장"))


@pytest.mark.parametrize("apply", ["import", "sync"])
def test_months_of_renames_moves_and_deletions_keep_every_card_once_with_its_history(
    tmp_path, anki_file, apply
):
    """Fourteen weeks of edits drawn at random, each built and imported (every deck file
    in the folder, as the README says) or synced with --delete, studied, and one card
    edited in Anki: each card stays one card with one id and all its reviews, every edit
    of the notes arrives, an edit made in Anki stays while its source does not change,
    and a card deleted from the notes and from Anki does not come back."""
    import random

    from flashgen.state import load_stamps

    rng, counter = random.Random(20), [0]
    source, out = tmp_path / "source", tmp_path / "decks"
    notes = {}
    for index, title in enumerate(["Network", "OS", "DB"]):
        sections = []
        for heading in ("개념", "구조", "동작"):
            bullets = []
            for _ in range(3):
                counter[0] += 1
                definition = " ".join(rng.sample(_WORDS, 5)) + " 를 뜻한다"
                bullets.append((f"개체{counter[0]}", definition))
            sections.append({"heading": f"{title} {heading}", "bullets": bullets})
        notes[f"note{index}.md"] = {"title": title, "deck": "", "sections": sections}

    card_of: dict[str, int] = {}  # a card's term → its card id in Anki since it was made
    reviewed: dict[int, int] = {}  # card id → reviews logged by the end of last week
    edited: dict[str, tuple[str, str]] = {}  # GUID → (the answer written in Anki, its hash then)
    deleted: set[str] = set()
    start = int(time.time()) + 3600  # weeks pass (from after this flashgen was installed)
    for week in range(14):
        now = start + week * _WEEK
        for name, note in notes.items():
            if not (source / name).is_file() or (source / name).read_text() != _note_text(note):
                os.utime(write(source / name, _note_text(note)), (now, now))
        report = build_decks([source], out)
        assert not report.failed
        if apply == "sync":
            sync_collection(anki_file, report.decks_written, Orphans.DELETE)
        state = load_stamps(out).known
        live = {s.card.question: guid for guid, s in state.items() if s.live}
        written = {t: d for n in notes.values() for s in n["sections"] for t, d in s["bullets"]}
        with opened(anki_file) as col:
            if apply == "import":
                for deck in sorted(out.glob("*.apkg")):
                    import_apkg(col, deck)
            note_of = {
                guid: col.get_note(nid) for nid, guid in col.db.all("select id, guid from notes")
            }
            questions = [_CONTEXT.sub("", note["Question"]) for note in note_of.values()]
            logged = dict(col.db.all("select cid, count() from revlog group by cid"))
            for term, guid in live.items():
                assert questions.count(term) == 1, f"week {week}: {term} twice, or lost"
                [card_id] = note_of[guid].card_ids()
                assert card_of.setdefault(term, card_id) == card_id, f"week {week}: {term} anew"
                assert logged.get(card_id, 0) == reviewed.get(card_id, 0), f"week {week}: reviews"
                if guid not in edited:  # every edit of the notes arrived
                    assert written[term] in note_of[guid]["Answer"], f"week {week}: {term}"
                if apply == "sync":
                    assert col.decks.name(col.get_card(card_id).did) == state[guid].card.deck
            for term in deleted:
                assert term not in questions, f"week {week}: deleted card {term} came back"
            for guid, (answer, content) in list(edited.items()):
                if state[guid].hash != content:
                    del edited[guid]  # its source changed since: the change may overwrite it
                else:
                    assert note_of[guid]["Answer"] == answer, f"week {week}: edit in Anki lost"

            for card_id in col.find_cards("is:due OR is:new")[:20]:
                study(col, col.get_card(card_id), "GOOD")
            reviewed = dict(col.db.all("select cid, count() from revlog group by cid"))
            note = note_of[live[term := rng.choice(sorted(live))]]
            note["Answer"] = f"{note['Answer']} (내 메모 {week})"
            col.update_note(note)  # a day after the build, as Anki would stamp it:
            col.db.execute("update notes set mod = ? where id = ?", now + 86400, note.id)
            edited[live[term]] = (note["Answer"], state[live[term]].hash)

            before_deletes = set(deleted)
            _a_week_of_edits(rng, notes, counter, deleted)
            for term in deleted - before_deletes:  # the student deletes it in Anki too
                col.remove_notes([note_of[live[term]].id])
                edited.pop(live[term], None)
    assert len(card_of) > 27 and deleted
