"""Card identity: what Anki matches on when a rebuilt deck is imported again."""

from pathlib import Path

from flashgen.decks import identify
from flashgen.identity import deck_id, note_guid
from flashgen.note_cards import cards_of_note
from flashgen.sources import NoteFile
from flashgen.stamps import Stamps

from .conftest import write


def guids_by_question(path: Path) -> dict[str, str]:
    notes, *_ = identify([cards_of_note(NoteFile(path, path.name, path.name))], Stamps())
    return {note.card.card.question: note.guid for note in notes}


def test_guid_depends_on_deck_and_question_only():
    assert note_guid("AWS::AWS 대표 서비스", "EC2") == note_guid("AWS::AWS 대표 서비스", "EC2")
    assert note_guid("AWS::AWS 대표 서비스", "EC2") != note_guid("AWS::AWS 대표 서비스", "S3")
    assert note_guid("Deploy::Blue", "Pros") != note_guid("Deploy::Rolling", "Pros")


def test_a_card_keeps_the_guid_earlier_versions_gave_it():
    # Review histories in students' collections follow these exact values.
    assert note_guid("AWS::AWS 대표 서비스", "EC2") == "m27xb5Av`5"
    assert note_guid("AWS", "Compute\x1fWhat  is\n EC2?") == "M;LS3x{=^@"
    assert note_guid("AWS", "EC2 is a {{c1::virtual machine}}", "cloze") == "D:%W2rj?1h"
    assert note_guid("AWS", "EC2", "reversed") == "s1eg*o@MiO"
    assert note_guid("AWS", "Question 14") == "<KcH|*S`&"  # nine digits: no leading zero
    assert deck_id("AWS") == 6318491407506214


def test_deck_ids_are_stable_distinct_and_safe_for_anki():
    first, second = deck_id("AWS"), deck_id("AWS::AWS란?")
    assert first == deck_id("AWS")
    assert first != second
    for value in (first, second):
        assert 1 < value < 2**53


def test_editing_an_answer_keeps_every_card_identity(tmp_path):
    note = write(tmp_path / "aws.md", "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n- S3: 파일 시스템\n")
    before = guids_by_question(note)
    write(note, "# AWS\n## 서비스\n- EC2: Elastic Compute Cloud\n- S3: 객체 스토리지\n")
    assert guids_by_question(note) == before


def test_inserting_a_card_does_not_move_the_others_identities(tmp_path):
    note = write(tmp_path / "aws.md", "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n- S3: 파일 시스템\n")
    before = guids_by_question(note)
    write(note, "# AWS\n## 서비스\n- IAM: 인증\n- EC2: 가상 컴퓨터\n- S3: 파일 시스템\n")
    after = guids_by_question(note)
    assert {q: after[q] for q in before} == before
    assert after["IAM"] not in before.values()


def test_a_question_asked_twice_in_a_deck_still_gives_two_distinct_notes(tmp_path):
    # One note never asks a front twice (its answers join); two notes of one title can.
    first = write(tmp_path / "n.md", "# N\n## A\n- X: one\n")
    second = write(tmp_path / "m.md", "# N\n\n## A\n- X: two\n")
    results = [cards_of_note(NoteFile(path, path.name, path.name)) for path in (first, second)]
    notes, problems, _ = identify(results, Stamps())
    assert len({n.guid for n in notes}) == 2
    assert len(problems) == 1
    assert "'X' is asked twice" in problems[0].message
    assert problems[0].line == 4


def test_unchanged_content_keeps_its_mod_and_changed_content_gets_a_newer_one():
    stamps = Stamps()
    first = stamps.stamp("guid", "EC2 → 가상 컴퓨터", changed_at=1_000)
    assert stamps.stamp("guid", "EC2 → 가상 컴퓨터", changed_at=5_000) == first
    assert stamps.stamp("guid", "EC2 → Elastic Compute Cloud", changed_at=900) > first


def test_decomposed_hangul_as_macos_writes_it_gives_the_same_cards(tmp_path):
    import unicodedata

    text = "## 무중단 배포\n- 블루: 구버전\n"
    composed = write(tmp_path / "a" / "배포.md", text)
    decomposed = write(
        tmp_path / "b" / unicodedata.normalize("NFD", "배포.md"), unicodedata.normalize("NFD", text)
    )
    assert guids_by_question(composed) == guids_by_question(decomposed)


def test_a_heading_and_a_term_of_the_same_name_are_two_cards_without_warnings(tmp_path):
    note = write(
        tmp_path / "s.md",
        "# Spring\n## 인터셉터\n- 요청 전후에 끼어드는 객체\n- 인터셉터: 핸들러 실행 전후 처리\n",
    )
    notes, problems, _ = identify([cards_of_note(NoteFile(note, "s.md", "s.md"))], Stamps())
    assert len({n.guid for n in notes}) == 2
    assert problems == []


def test_two_notes_giving_the_same_deck_still_give_unique_guids_naming_both_places(tmp_path):
    one = write(tmp_path / "aws.md", "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n")
    two = write(tmp_path / "more" / "aws.md", "# AWS\n## 서비스\n- S3: 객체\n- EC2: 가상 서버\n")
    results = [cards_of_note(NoteFile(p, p.name, p.as_posix())) for p in (one, two)]

    notes, problems, _ = identify(results, Stamps())
    again, *_ = identify(results, Stamps())

    assert len({n.guid for n in notes}) == len(notes) == 3
    assert [n.guid for n in again] == [n.guid for n in notes], "resolved differently on a rerun"
    [problem] = problems
    assert (problem.file, problem.line) == (two.as_posix(), 4)
    assert f"first at {one.as_posix()}:3" in problem.message
