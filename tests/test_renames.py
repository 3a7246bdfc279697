"""What students do to notes over months — reword a heading, number it, move a section,
change a note's deck or title — keeps each card, with its review history, in real Anki.

Each test builds, imports and studies the cards (so Anki's revlog holds reviews), edits
the notes, rebuilds and imports again, then looks at the collection: the same card ids,
the same reviews, the new wording on the card, and no card twice.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import build_decks, import_apkg, visible_text, write
from .test_months_of_use import notes_of, study_everything

NETWORK = """\
# Network

## TCP
- 연결 지향형 프로토콜로, 3-way handshake로 연결을 맺는다
- SYN: 연결 요청

## CORS란?
- 다른 출처의 리소스 요청을 브라우저가 허용하도록 서버가 알리는 정책
"""


def reviews(col) -> dict[int, int]:
    """Card id → the number of reviews Anki logged for it."""
    return dict(col.db.all("select cid, count() from revlog group by cid"))


def card_showing(col, *words: str) -> int:
    """The one card whose front shows all these words."""
    [card_id] = [
        card_id
        for card_id in col.find_cards("")
        if all(word in col.get_card(card_id).question() for word in words)
    ]
    return card_id


def live_through(tmp_path: Path, col, before: dict[str, str], after: dict[str, str]):
    """Build `before`, import and study it; then write `after` (None deletes a note),
    rebuild and import. Returns the second build's report and the reviews before it."""
    source, out = tmp_path / "source", tmp_path / "decks"
    for name, text in before.items():
        write(source / name, text)
    for deck in build_decks([source], out).decks_written:
        import_apkg(col, deck)
    study_everything(col)
    studied = reviews(col)
    assert studied and all(count == 3 for count in studied.values())
    for name, text in after.items():
        if text is None:
            (source / name).unlink()
        else:
            write(source / name, text)
    report = build_decks([source], out)
    logs = [import_apkg(col, deck) for deck in report.decks_written]
    assert not any(log.conflicting for log in logs)
    fronts = [front for front, _, _ in notes_of(col).values()]
    assert len(fronts) == len(set(fronts)), "a card the student sees twice"
    return report, studied


def test_a_reworded_heading_keeps_its_card_and_its_reviews(tmp_path, collection):
    def reworded(text: str) -> str:
        return text.replace("## CORS란?", "## CORS 정책이 하는 일")

    report, studied = live_through(
        tmp_path, collection, {"network.md": NETWORK}, {"network.md": reworded(NETWORK)}
    )

    cors = card_showing(collection, "CORS 정책이 하는 일")
    assert reviews(collection) == studied
    assert cors in studied
    assert collection.card_count() == len(studied)
    assert [(a.question, b.question) for a, b in report.changes.renamed] == [
        ("CORS란?", "CORS 정책이 하는 일")
    ]
    assert not report.changes.new and not report.changes.removed
    again = build_decks([tmp_path / "source"], tmp_path / "decks").changes
    assert not (again.new or again.updated or again.renamed or again.removed)


def test_a_cloze_that_comes_to_name_its_subject_keeps_its_reviews(tmp_path, collection):
    """`## DFS vs BFS` renamed `## DFS`: the cloze under it, which named no subject under a
    comparison, now names it (`DFS: 스택 또는 {{c1::재귀}}로 구현`); the student's card
    keeps its reviews and shows the new front."""
    before = "# 그래프 탐색\n\n## DFS vs BFS\n- 스택 또는 **재귀**로 구현\n"
    after = before.replace("## DFS vs BFS", "## DFS")

    report, studied = live_through(tmp_path, collection, {"g.md": before}, {"g.md": after})

    cloze = card_showing(collection, "DFS:", "스택 또는")
    assert cloze in studied
    assert reviews(collection) == studied
    assert collection.card_count() == len(studied)
    assert not report.changes.new and not report.changes.removed


def test_numbering_a_heading_keeps_its_cards_and_their_reviews(tmp_path, collection):
    numbered = NETWORK.replace("## TCP", "## 1. TCP").replace("## CORS란?", "## 2. CORS란?")

    report, studied = live_through(
        tmp_path, collection, {"network.md": NETWORK}, {"network.md": numbered}
    )

    assert reviews(collection) == studied
    assert collection.card_count() == len(studied)
    assert not report.changes.new and not report.changes.removed
    # Numbering leaves every question as it was; the decks are the ones renamed.
    assert sorted(b.deck for _, b in report.changes.moved) == [
        "Network::1. TCP",
        "Network::1. TCP",
        "Network::2. CORS란?",
    ]


def test_a_section_moved_to_another_note_keeps_its_cards(tmp_path, collection):
    without_tcp = NETWORK.split("## TCP")[0] + "## CORS란?" + NETWORK.split("## CORS란?")[1]
    transport = (
        "# Transport\n\n## UDP\n- 비연결형 프로토콜\n\n## TCP"
        + NETWORK.split("## TCP")[1].split("## CORS")[0]
    )

    report, studied = live_through(
        tmp_path,
        collection,
        {"network.md": NETWORK},
        {"network.md": without_tcp, "transport.md": transport},
    )

    assert reviews(collection) == studied
    syn = card_showing(collection, "SYN")
    assert "transport.md" in collection.get_card(syn).answer()
    assert [c.question for c in report.changes.new] == ["UDP"]
    assert sorted((b.note_name, b.question) for _, b in report.changes.moved) == [
        ("transport.md", "SYN"),
        ("transport.md", "TCP"),
    ]
    assert collection.card_count() == len(studied) + 1


def test_changing_a_notes_deck_keeps_its_cards(tmp_path, collection):
    with_deck = "---\ndeck: CS::Net\n---\n" + NETWORK

    report, studied = live_through(
        tmp_path,
        collection,
        {"network.md": with_deck},
        {"network.md": with_deck.replace("CS::Net", "전공::네트워크")},
    )

    assert reviews(collection) == studied
    assert collection.card_count() == len(studied)
    assert len(report.changes.moved) == 3
    assert not report.changes.new and not report.changes.removed


def test_renaming_a_notes_title_keeps_its_cards_and_removes_the_old_deck_file(tmp_path, collection):
    report, studied = live_through(
        tmp_path,
        collection,
        {"network.md": NETWORK},
        {"network.md": NETWORK.replace("# Network", "# Networking")},
    )

    assert reviews(collection) == studied
    assert collection.card_count() == len(studied)
    assert len(report.changes.moved) == 3
    assert report.changes.deleted_files == ("Network.apkg",)
    assert sorted(p.name for p in (tmp_path / "decks").glob("*.apkg")) == ["Networking.apkg"]


def test_a_question_really_changed_is_a_new_card(tmp_path, collection):
    changed = NETWORK.replace(
        "## CORS란?\n- 다른 출처의 리소스 요청을 브라우저가 허용하도록 서버가 알리는 정책",
        "## CSRF란?\n- 사용자가 의도하지 않은 요청을 인증된 상태로 보내게 만드는 공격",
    )

    report, studied = live_through(
        tmp_path, collection, {"network.md": NETWORK}, {"network.md": changed}
    )

    assert [c.question for c in report.changes.new] == ["CSRF란?"]
    assert [c.question for c in report.changes.removed] == ["CORS란?"]
    assert not report.changes.renamed
    csrf = card_showing(collection, "CSRF")
    assert csrf not in studied, "a new question took an old card's reviews"
    assert reviews(collection) == studied  # the old card is still there, with its reviews


def test_sync_moves_renamed_and_moved_cards_into_their_new_decks_with_their_reviews(
    tmp_path, anki_file
):
    from flashgen.sync import sync_collection
    from flashgen.sync_plan import Orphans

    from .conftest import opened

    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "network.md", NETWORK)
    sync_collection(anki_file, build_decks([source], out).decks_written)
    with opened(anki_file) as col:
        study_everything(col)
        studied = reviews(col)
    renamed = NETWORK.replace("# Network", "# Networking").replace("## CORS란?", "## CORS 정책")
    write(source / "network.md", renamed)

    plan = sync_collection(anki_file, build_decks([source], out).decks_written, Orphans.DELETE)

    assert not plan.add and not plan.retire
    with opened(anki_file) as col:
        assert reviews(col) == studied
        decks = {col.decks.name(col.get_card(c).did) for c in col.find_cards("")}
        assert decks == {"Networking::TCP", "Networking::CORS 정책"}
        assert "CORS 정책" in col.get_card(card_showing(col, "CORS")).question()


def test_export_gives_a_renamed_card_the_guid_the_deck_gives_it(tmp_path):
    from flashgen.collect import collect
    from flashgen.config import Settings
    from flashgen.state import load_stamps

    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "network.md", NETWORK)
    build_decks([source], out)
    write(source / "network.md", NETWORK.replace("## CORS란?", "## CORS 정책"))
    build_decks([source], out)

    built = {s.card.question: guid for guid, s in load_stamps(out).known.items() if s.live}
    exported = collect(Settings(sources=(source,), out=out)).notes
    assert {n.card.card.question: n.guid for n in exported} == built
    assert "CORS 정책" in built


def test_cards_built_by_the_previous_state_format_keep_their_guids_and_are_then_followed(
    tmp_path,
):
    import json
    import shutil

    from flashgen.state import STATE_DIR, load_stamps

    source, out = tmp_path / "source", tmp_path / "decks"
    twice = "\n## UDP\n- 장점\n    - 빠르다\n\n## QUIC\n- 장점\n    - 연결이 빠르다\n"
    write(source / "network.md", NETWORK + twice)  # one question asked in two sections
    build_decks([source], out)
    before = set(load_stamps(out).known)
    state = out / STATE_DIR
    for shard in state.glob("*.apkg.json"):  # as the previous flashgen wrote it
        raw = json.loads(shard.read_text(encoding="utf-8"))
        notes = {guid: entry[:8] for guid, entry in raw["notes"].items()}
        shard.write_text(json.dumps({"version": 3, "notes": notes}), encoding="utf-8")
    index = json.loads((state / "index.json").read_text(encoding="utf-8"))
    old_index = {"version": 3, "note_types": index["note_types"], "shards": index["shards"]}
    (state / "index.json").write_text(json.dumps(old_index), encoding="utf-8")
    shutil.rmtree(out / ".flashgen-cache")  # a new flashgen drops the cache whole

    upgrade = build_decks([source], out).changes
    write(source / "network.md", (NETWORK + twice).replace("# Network", "# Networking"))
    renamed = build_decks([source], out).changes

    assert not (upgrade.new or upgrade.updated or upgrade.removed)
    assert {guid for guid, s in load_stamps(out).known.items() if s.live} == before
    assert len(renamed.moved) == 5 and not renamed.new and not renamed.removed


def gone_and_came(
    gone: list[tuple[str, str]], came: list[tuple[str, str]], file: str = "a.md", kind="basic"
):
    """(question, answer) of cards gone and cards new in one note → the pairs found."""
    from flashgen.renames import Seen, fingerprint, pair_renames, question_key

    def seen(prefix: str, cards: list[tuple[str, str]]):
        return [
            (f"{prefix}{line}", Seen(kind, question_key(q), fingerprint(a), file, line))
            for line, (q, a) in enumerate(cards)
        ]

    return sorted(pair_renames(seen("old", gone), seen("new", came)))


def test_a_short_answer_under_another_question_is_not_taken_for_a_rename():
    assert gone_and_came([("탐색 시간", "O(n)")], [("삽입 시간", "O(n)")]) == []
    assert gone_and_came(
        [("UDP", "비연결형 프로토콜")], [("UDP 프로토콜", "비연결형 프로토콜")]
    ) == [("old0", "new0")]


def test_an_example_whose_setup_moved_onto_its_front_is_the_same_card():
    gone = [("Rank theorem › 예시", "A is 5×7 with rank 3. Then dim Nul A = 4")]
    came = [("Rank theorem › 예시: A is 5×7 with rank 3.", "Then dim Nul A = 4")]
    assert gone_and_came(gone, came) == [("old0", "new0")]


def test_a_question_that_lost_an_emoji_and_changed_its_answer_is_the_same_card():
    """`⏰ Eager Loading / Lazy Loading` asked without its clock, its answer rewritten in
    the same build, is still the student's card; a question that changed its words is not."""
    gone = [("⏰ Eager Loading / Lazy Loading", "Fetch Type에는 Eager와 Lazy가 존재한다.")]
    came = [("Eager Loading / Lazy Loading", "- Eager Loading: 연관된 엔티티를 함께 조회")]
    assert gone_and_came(gone, came) == [("old0", "new0")]
    other = [("Fetch Join", "- JPQL에서 연관 엔티티를 한 번에 조회")]
    assert gone_and_came(gone, other) == []


def test_a_solution_asked_with_its_problems_values_is_the_same_card():
    """`### FCFS` under a worked example comes to be asked with the values its problem
    gives (`FCFS (시작 위치: 50; …)`): its reviews stay; the problem's card, whose values
    moved onto the fronts, goes."""
    trace = "50 → 82 → 170 → 43 → 140, 이동 거리 344"
    gone = [
        ("헤드 이동 거리 구하기", "- 시작 위치 : 50\n- 요청 큐 : 82, 170, 43, 140"),
        ("FCFS", trace),
        ("SSTF", "50 → 43 → 82 → 140 → 170, 이동 거리 134"),
    ]
    came = [
        ("FCFS (시작 위치: 50; 요청 큐: 82, 170, 43, 140)", trace),
        (
            "SSTF (시작 위치: 50; 요청 큐: 82, 170, 43, 140)",
            "50 → 43 → 82 → 140 → 170, 이동 거리 134",
        ),
    ]
    assert gone_and_came(gone, came) == [("old1", "new0"), ("old2", "new1")]


def test_a_cloze_given_the_subject_it_ran_on_from_is_the_same_card():
    """flashgen names a cloze's subject before a sentence that ran on from its heading
    (`스택 또는 {{c1::재귀}}로 구현` → `DFS: 스택 또는 {{c1::재귀}}로 구현`): a student's card
    and its reviews stay; a sentence with another subject put before it is another card."""
    gone = [("스택 또는 {{c1::재귀}}로 구현", "")]
    came = [("**DFS**: 스택 또는 {{c1::재귀}}로 구현", ""), ("**BFS**: {{c1::큐}}로 구현", "")]
    assert gone_and_came(gone, came) == [("old0", "new0")]
    twice = [("{{c1::회복 기법}}으로 보장한다.", ""), ("{{c1::회복 기법}}으로 보장한다.", "")]
    named = [
        ("원자성: {{c1::회복 기법}}으로 보장한다.", ""),
        ("지속성: {{c1::회복 기법}}으로 보장한다.", ""),
    ]
    assert gone_and_came(twice, named) == [("old0", "new0"), ("old1", "new1")]


def test_renames_pair_each_card_with_its_own_and_leave_others_alone():
    gone = [
        ("CORS란?", "다른 출처의 리소스 요청을 허용하는 정책"),
        ("장점", "손쉬운 롤백"),
        ("TCP", "연결 지향형 프로토콜"),
    ]
    came = [
        ("2. TCP", "연결 지향형 프로토콜로, 순서를 보장한다"),  # numbered, answer edited
        ("CORS 정책이 하는 일", "다른 출처의 리소스 요청을 허용하는 정책"),  # reworded
        ("단점", "시스템 자원이 두배로 필요"),  # a new question
    ]
    assert gone_and_came(gone, came) == [("old0", "new1"), ("old2", "new0")]


def test_a_new_card_asking_a_renamed_cards_old_question_is_a_card_of_its_own(tmp_path, collection):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "n.md", "# N\n\n## 정렬\n- 원소를 순서대로 늘어놓는 일\n")
    build_decks([source], out)
    write(source / "n.md", "# N\n\n## 정렬 알고리즘\n- 원소를 순서대로 늘어놓는 일\n")
    renamed = build_decks([source], out)
    write(
        source / "n.md",
        "# N\n\n## 정렬 알고리즘\n- 원소를 순서대로 늘어놓는 일\n\n## 정렬\n- 다시 쓰는 새 질문의 답\n",
    )
    report = build_decks([source], out)
    for deck in report.decks_written:
        import_apkg(collection, deck)

    assert len(renamed.changes.renamed) == 1
    assert [c.question for c in report.changes.new] == ["정렬"]
    assert collection.note_count() == 2
    questions = sorted(
        visible_text(collection.get_note(n)["Question"]) for n in collection.find_notes("")
    )
    assert questions == ["정렬", "정렬 알고리즘"]


def test_a_cloze_whose_gaps_changed_is_the_same_sentence():
    gone = [("따라서 원소를 맨 앞에 {{c1::추가}}할 때 {{c2::머리 포인터}}를 갱신한다", "")]
    came = [("따라서 원소를 맨 앞에 **추가**할 때 {{c1::머리 포인터}}를 갱신한다", "")]
    assert gone_and_came(gone, came, kind="cloze") == [("old0", "new0")]


def test_a_heading_whose_aside_leaves_the_front_keeps_its_cards(tmp_path, monkeypatch):
    """A flashgen that asked `### AdaBoost (briefly)` and the cards under it as written
    built the state; the one that leaves the aside out (course_asides) asks `AdaBoost`, of
    `AdaBoost` and in a context line without it, in the same deck: each card keeps its
    GUID, none new, none removed."""
    import re
    import shutil

    from flashgen import extract
    from flashgen.extract import course_asides, subjects

    note = (
        "# Ensembles\n\n## Boosting\n\n### AdaBoost (briefly)\n\n"
        "Reweights the examples each round: misclassified ones get more weight.\n\n"
        "- **Weak learner**: a model only a little better than chance.\n\n"
        "#### 장점\n\n- 구현이 간단하다\n- 과적합에 비교적 강하다\n"
    )
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "ensembles.md", note)
    with monkeypatch.context() as kept_whole:
        kept_whole.setattr(course_asides, "_ASIDE", re.compile(r"(?!)"))
        subjects._subject.cache_clear()
        course_asides.without_course_aside.cache_clear()
        extract._without_asides.cache_clear()
        first = build_decks([source], out).changes
    subjects._subject.cache_clear()
    course_asides.without_course_aside.cache_clear()
    extract._without_asides.cache_clear()
    shutil.rmtree(out / ".flashgen-cache", ignore_errors=True)

    changes = build_decks([source], out).changes

    assert sorted(card.question for card in first.new) == [
        "AdaBoost (briefly)",
        "AdaBoost (briefly) › 장점",
        "Weak learner",
    ]
    assert sorted(new.question for _, new in (*changes.renamed, *changes.moved)) == [
        "AdaBoost",
        "AdaBoost › 장점",
        "Weak learner",
    ]
    assert not changes.new and not changes.removed
