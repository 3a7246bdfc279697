"""Decks imported into a real Anki collection behave as a student expects.

These tests use the Anki library itself (`pip install anki`): they import the
`.apkg` files flashgen writes and read back what Anki renders on each card.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flashgen.build import build
from flashgen.config import Settings, Split

from .conftest import (
    MUTATION_PIECES,
    PROJECT,
    SHARED,
    deck_names,
    has_content,
    import_apkg,
    mutated_notes,
    sides,
    taught_on_back,
    visible_text,
    write,
)

SEED = SHARED / "seed" / "aws.md"


def build_into(collection, sources, out, **options):
    report = build(Settings(sources=tuple(Path(s) for s in sources), out=out, **options))
    assert not report.failed, report.problems
    logs = [import_apkg(collection, deck) for deck in report.decks_written]
    return report, logs


def cards_in(collection, deck_name: str):
    ids = collection.find_cards(f'"deck:{deck_name}" -"deck:{deck_name}::*"')
    return [collection.get_card(card_id) for card_id in ids]


def card_with_front(collection, *words: str):
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        front = visible_text(sides(card)[0])
        if all(word in front for word in words):
            return card
    raise AssertionError(f"no card whose front shows {words}")


def study(collection, card, rating_name: str = "EASY") -> None:
    """Answer a card in the reviewer, as a student pressing a button would."""
    from anki.scheduler.v3 import CardAnswer

    card.start_timer()
    states = collection._backend.get_scheduling_states(card.id)
    rating = getattr(CardAnswer, rating_name)
    answer = collection.sched.build_answer(card=card, states=states, rating=rating)
    collection.sched.answer_card(answer)


def test_sample_notes_import_with_one_deck_per_note_and_subdecks_per_heading(collection, tmp_path):
    report, logs = build_into(collection, [PROJECT / "source"], tmp_path / "decks")

    assert collection.note_count() == report.cards == sum(len(log.new) for log in logs)
    names = {deck.name for deck in collection.decks.all_names_and_ids()}
    assert {
        "Network",
        "Network::TCP란?::3-way handshake",
        "Python Basics::What is the GIL?",
    } <= names
    for card_id in collection.find_cards(""):
        front, back = sides(collection.get_card(card_id))
        assert visible_text(front), "a card with an empty front"
        assert has_content(taught_on_back(back)), (
            f"a card with an empty back: {visible_text(front)}"
        )
        assert "목차" not in front and "Contents" not in front


def test_a_term_card_shows_its_section_on_the_front_and_its_definition_on_the_back(
    collection, tmp_path
):
    note = write(
        tmp_path / "source" / "aws.md", "# AWS\n\n## AWS 대표 서비스\n- EC2: 가상 컴퓨터\n"
    )
    build_into(collection, [note.parent], tmp_path / "decks")

    [card] = cards_in(collection, "AWS::AWS 대표 서비스")
    front, back = sides(card)
    assert '<div class="context">AWS › AWS 대표 서비스</div>' in front
    assert visible_text(front) == "AWS › AWS 대표 서비스 EC2"
    assert '<div class="answer">가상 컴퓨터</div>' in back
    assert "aws.md" in back


def test_the_same_label_in_two_sections_gives_fronts_a_student_can_tell_apart(collection, tmp_path):
    note = write(
        tmp_path / "source" / "deploy.md",
        "# 배포\n## 블루/그린 배포\n- 장점\n    - 롤백이 쉬움\n## Rolling 배포\n- 장점\n    - 자원 절약\n",
    )
    build_into(collection, [note.parent], tmp_path / "decks")

    blue_green = card_with_front(collection, "블루/그린 배포", "장점")
    rolling = card_with_front(collection, "Rolling 배포", "장점")
    assert "롤백이 쉬움" in visible_text(sides(blue_green)[1])
    assert "자원 절약" in visible_text(sides(rolling)[1])


def test_anki_flags_no_duplicate_when_sections_share_a_label(collection, tmp_path):
    """Anki calls a note a duplicate when its first field repeats another's of its note
    type (the editor marks it, Find Duplicates lists it): `장점` under each method was."""
    from anki.lang import set_lang
    from anki.notes import NoteFieldsCheckResult

    set_lang("en")  # Find Duplicates strips HTML through the interface's translations

    note = write(
        tmp_path / "source" / "deploy.md",
        "# 배포\n## 블루/그린 배포\n- 장점\n    - 롤백이 쉬움\n- 단점\n    - 자원이 두 배\n"
        "## Rolling 배포\n- 장점\n    - 자원 절약\n- 단점\n    - 롤백이 느림\n",
    )
    build_into(collection, [note.parent], tmp_path / "decks")

    notes = [collection.get_note(note_id) for note_id in collection.find_notes("")]
    assert len(notes) == 4
    assert collection.find_dupes("Question") == []
    assert all(note.fields_check() == NoteFieldsCheckResult.NORMAL for note in notes)
    checksums = collection.db.list("select csum from notes")
    assert len(set(checksums)) == len(checksums)
    # What Anki's browser lists each note by: its question with the context.
    assert "배포 › 블루/그린 배포 › 장점" in collection.db.list("select sfld from notes")


def test_notes_imported_before_first_fields_held_their_context_are_updated_in_place(
    collection, tmp_path, monkeypatch
):
    from flashgen.model import RenderedCard

    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "deploy.md", "# 배포\n## 블루/그린 배포\n- 전환\n    - 로드 밸런서가 바꿈\n")
    with monkeypatch.context() as earlier:  # as flashgen wrote the first field before
        earlier.setattr(RenderedCard, "question_field", property(lambda card: card.question))
        build_into(collection, [source], out)
    [old_id] = collection.find_notes("")
    assert collection.get_note(old_id)["Question"] == "전환"
    study(collection, card_with_front(collection, "전환"))

    shutil.rmtree(out / ".flashgen-cache")  # a new flashgen reads nothing of the old's cache
    build_into(collection, [source], out)

    [note_id] = collection.find_notes("")
    assert note_id == old_id
    assert collection.db.scalar("select sfld from notes") == "배포 › 블루/그린 배포 › 전환"
    [card_id] = collection.find_cards("")
    assert collection.get_card(card_id).reps == 1


def test_remote_images_reach_the_card_and_no_media_is_missing(collection, tmp_path):
    note = write(
        tmp_path / "source" / "a.md", "# A\n## 구조도\n![](https://example.com/arch.png)\n"
    )
    build_into(collection, [note.parent], tmp_path / "decks")

    card = card_with_front(collection, "구조도")
    assert '<img src="https://example.com/arch.png"' in sides(card)[1]
    assert not collection.media.check().missing


def test_math_reaches_anki_with_mathjax_delimiters(collection, tmp_path):
    note = write(tmp_path / "source" / "m.md", "# M\n## 분산\n- 정의: $E[(X-\\mu)^2]$\n")
    build_into(collection, [note.parent], tmp_path / "decks")

    assert r"\(E[(X-\mu)^2]\)" in sides(card_with_front(collection, "분산"))[1]


def test_math_in_a_heading_is_typeset_in_the_context_line_and_money_is_not(collection, tmp_path):
    note = write(
        tmp_path / "source" / "e.md",
        "# E\n## From $x = \\frac{a}{m}$ demand\n### Pricing at $5 or $10\n- own-price: -1\n",
    )
    build_into(collection, [note.parent], tmp_path / "decks")

    question = sides(card_with_front(collection, "own-price"))[0]
    assert r"From \(x = \frac{a}{m}\) demand" in question
    assert "Pricing at $5 or $10" in question


def test_rebuild_after_editing_an_answer_updates_the_card_in_place_keeping_its_history(
    collection, tmp_path
):
    source, out = tmp_path / "source", tmp_path / "decks"
    note = write(source / "aws.md", "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n- S3: 파일 시스템\n")
    build_into(collection, [source], out)
    ec2 = card_with_front(collection, "EC2")
    study(collection, ec2)
    reviewed = collection.get_card(ec2.id)
    assert reviewed.reps == 1

    write(note, "# AWS\n## 서비스\n- IAM: 인증\n- EC2: Elastic Compute Cloud\n- S3: 파일 시스템\n")
    _, [log] = build_into(collection, [source], out)

    assert collection.note_count() == 3
    assert (len(log.new), len(log.updated)) == (1, 1)
    after = card_with_front(collection, "EC2")
    assert after.id == ec2.id
    assert "Elastic Compute Cloud" in sides(after)[1]
    assert (after.reps, after.ivl, after.due) == (reviewed.reps, reviewed.ivl, reviewed.due)


def test_rebuilding_unchanged_notes_writes_the_same_bytes_and_leaves_anki_edits_alone(
    collection, tmp_path
):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "aws.md", "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n")
    report, _ = build_into(collection, [source], out)
    first_bytes = report.decks_written[0].read_bytes()

    card = card_with_front(collection, "EC2")
    edited = card.note()
    edited["Answer"] = "가상 컴퓨터 (내가 덧붙인 설명)"
    collection.update_note(edited)

    report, [log] = build_into(collection, [source], out)
    assert report.decks_written[0].read_bytes() == first_bytes
    assert not log.updated
    assert "내가 덧붙인 설명" in sides(card_with_front(collection, "EC2"))[1]


def test_switching_how_decks_are_split_never_duplicates_notes(collection, tmp_path):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "aws.md", "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n## 배포\n- 장점\n  - 롤백\n")
    write(source / "net.md", "# Network\n## TCP\n- SYN: 연결 요청\n")
    report, _ = build_into(collection, [source], out / "notes")
    build_into(collection, [source], out / "sections", split=Split.SECTIONS)
    build_into(collection, [source], out / "single", single="Everything")

    assert collection.note_count() == report.cards == 3
    assert {d.name for d in collection.decks.all_names_and_ids()} >= {
        "AWS::서비스",
        "AWS::배포",
        "Network::TCP",
    }


@pytest.mark.skipif(not SEED.exists(), reason="the seed note is not beside the project")
def test_the_seed_note_gives_the_cards_a_student_would_write_by_hand(collection, tmp_path):
    source = tmp_path / "source"
    write(source / "aws.md", SEED.read_text(encoding="utf-8"))
    build_into(collection, [source], tmp_path / "decks")

    names = {deck.name for deck in collection.decks.all_names_and_ids()}
    assert "AWS::무중단 배포 기법::블루/그린 배포" in names
    assert "Elastic Compute Cloud" in visible_text(sides(card_with_front(collection, "EC2"))[1])
    cons = card_with_front(collection, "Rolling", "단점")
    assert "호환성 문제가 발생할 수 있음" in visible_text(sides(cons)[1])
    assert "<strong>호환성 문제가 발생할 수 있음</strong>" in sides(cons)[1]
    fronts = [visible_text(sides(collection.get_card(c))[0]) for c in collection.find_cards("")]
    assert not [front for front in fronts if "목차" in front]
    assert len(fronts) == len(set(fronts)), "two cards a student cannot tell apart"


@pytest.mark.skipif(not SEED.exists(), reason="the seed note is not beside the project")
def test_the_seed_asks_each_side_each_part_and_its_bold_phrases(collection, tmp_path):
    source = tmp_path / "source"
    write(source / "aws.md", SEED.read_text(encoding="utf-8"))
    build_into(collection, [source], tmp_path / "decks")

    shown = {}
    for card_id in collection.find_cards(""):
        front, back = sides(collection.get_card(card_id))
        shown[visible_text(front)] = visible_text(back)
    scale = "AWS › Scale up vs Scale out"
    assert "하나의 더 성능이 좋은 서버로 확장" in shown[f"{scale} Scale up"]
    assert "비슷한 성능의 여러 개 서버로 확장" in shown[f"{scale} Scale out"]
    parts = shown["AWS 무중단 배포 기법"]
    assert "블루/그린 배포" in parts and "Rolling" in parts
    [spof] = [front for front in shown if "[...] 발생 가능" in front]
    assert spof.startswith(f"{scale} › Scale up")
    assert "Single Point of Failure 발생 가능" in shown[spof]
    for label in ("장점", "단점"):
        assert f"AWS › 무중단 배포 기법 블루/그린 배포 › {label}" in shown
        assert f"AWS › 무중단 배포 기법 Rolling 베포 › {label}" in shown


def test_odd_variants_of_real_notes_build_whole_and_every_card_shows_both_sides(
    collection, tmp_path
):
    """Real notes with stray marks added (an unclosed comment or cloze, a `{{c0::…}}`, a
    script in an image): no note fails, and Anki shows something on each side of every card."""
    folders = [PROJECT / "source", PROJECT / "tests" / "fixtures", SHARED / "corpora"]
    files = [file for folder in folders if folder.is_dir() for file in sorted(folder.rglob("*.md"))]
    notes = [file.read_text(encoding="utf-8", errors="replace") for file in files]
    odd = ["<!--", "{{c0::x}}", "{{c1::", "**→**", '<img src="javascript:x">', "==", "::", "%",
           "<details><summary>", "</details>", "Q: ", "A: ", "`", "$$", "[^1]", "[^1]: x"]  # fmt: skip
    source = tmp_path / "source"
    for number, text in enumerate(mutated_notes(notes, 300, seed=7, pieces=MUTATION_PIECES + odd)):
        write(source / f"odd{number:03}.md", text)

    report, _ = build_into(collection, [source], tmp_path / "decks", single="Odd")

    assert report.cards > 500
    assert collection.note_count() == report.cards
    cards = [collection.get_card(card_id) for card_id in collection.find_cards("")]
    assert {card.nid for card in cards} == set(collection.find_notes("")), "a note with no card"
    for card in cards:
        front, back = sides(card)
        assert has_content(front), "a card with an empty front"  # words, or a picture
        assert has_content(taught_on_back(back)), (
            f"a card with an empty back: {visible_text(front)}"
        )


def test_headings_written_inside_a_list_item_or_a_quote_are_asked_on_cards_of_their_own(
    collection, tmp_path
):
    """`### Sequence` indented under a list item, `> #### Why?` in a quote: the writer began
    a section, and Anki shows each on its own card, not all inside the card above."""
    note = write(
        tmp_path / "source" / "collections.md",
        "# Collections\n\n## Common types\n- Each type has a class.\n\n"
        "  ### Sequence\n  - Keeps the order items came in.\n\n"
        "  > #### Why ordered?\n  > - Items are read back by position.\n\n"
        "## Maps\nKeys point at values.\n",
    )
    build_into(collection, [note.parent], tmp_path / "decks")

    common = card_with_front(collection, "Common types")
    assert "Keeps the order" not in visible_text(sides(common)[1])
    sequence = card_with_front(collection, "Sequence")
    assert "Keeps the order items came in." in visible_text(sides(sequence)[1])
    why = card_with_front(collection, "Why ordered?")
    assert "Items are read back by position." in visible_text(sides(why)[1])
    assert "Collections::Common types::Sequence::Why ordered?" in deck_names(collection)


def test_overview_notes_in_different_folders_are_told_apart_by_their_folders(collection, tmp_path):
    """`Deadlocks/Overview.md` and `Transport Layer/Overview.md`, with no `#` title: each is
    named by its folder, as the vault shows it, not both `Overview` in one deck."""
    source = tmp_path / "source"
    write(source / "Deadlocks" / "Overview.md", "**Deadlock:** processes wait on each other.\n")
    write(source / "Transport Layer" / "Overview.md", "**Transport layer:** links processes.\n")
    report, _ = build_into(collection, [source], tmp_path / "decks")

    assert {"Deadlocks", "Transport Layer"} <= deck_names(collection)
    assert "Overview" not in deck_names(collection)
    assert "processes wait" in visible_text(sides(card_with_front(collection, "Deadlocks"))[1])
    assert not [problem for problem in report.problems if "asked twice" in str(problem)]


def test_a_notion_export_is_named_by_its_page_title_without_notion_s_page_id(collection, tmp_path):
    """Notion exports a page as `<title> <32-hex id>.md` and writes its title again as a `#`
    heading, beside any `#` headings of the page's own: the deck is the title as Notion
    shows it, `CrashLoopBackOff 로그`, not the file's name with the id."""
    source = tmp_path / "source"
    write(
        source / "CrashLoopBackOff 로그 6a3f8e2b1d4c4b7a9e5f0c8d2a1b3e4f.md",
        "# CrashLoopBackOff 로그\n\n# 4월 2일 배치 재시작\n\n- **OOMKilled**: 메모리 한도 초과, Exit 137\n",
    )
    build_into(collection, [source], tmp_path / "decks")

    names = deck_names(collection)
    assert any(name.startswith("CrashLoopBackOff 로그") for name in names)
    assert not [name for name in names if "6a3f8e2b1d4c4b7a9e5f0c8d2a1b3e4f" in name]


def test_a_wrong_answer_log_asks_each_problem_with_its_answer_not_the_writers_pick(
    collection, tmp_path
):
    note = write(
        tmp_path / "source" / "오답노트.md",
        "# 오답노트\n\n## Test 1\n\n### Q114 `#전치사`\n"
        "> ------- the delay in shipping, most customers were satisfied.\n"
        "> (A) Although (B) Despite (C) Even if (D) Nevertheless\n\n"
        "- 내 답: A ❌\n- 정답: **B**\n- 해설: 빈칸 뒤가 명사구라 전치사 자리\n",
    )
    build_into(collection, [note.parent], tmp_path / "decks")

    card = card_with_front(collection, "the delay in shipping", "(B) Despite")
    front, back = (visible_text(side) for side in sides(card))
    assert "정답: B" in back and "명사구" in back
    assert "내 답" not in back and "정답" not in front
    assert len(collection.find_cards("")) == 1  # no card per label, none listing the problems
