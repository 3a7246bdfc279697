"""Cards written in a flashcard syntax, and a note's front matter, as Anki shows them.

The fixtures in fixtures/cards/ say which cards a note gives; these build real decks,
import them into Anki and read what a student sees.
"""

from __future__ import annotations

from flashgen.build import build
from flashgen.config import Settings

from .conftest import answer_of, import_apkg, own_tags, sides, visible_text, write

NOTE = """\
---
deck: CS::네트워크
tags: [network, "tcp ip"]
---
# 네트워크 기초

## 전송 계층
UDP의 뜻:::User Datagram Protocol

- 서버가 하나뿐이면 ==**Single** Point of Failure== 발생 가능
- {{c1::DNS::이름 → 주소}}는 {{c2::IP 주소}}로 바뀐다

Q: TCP가 연결을 맺는 과정은?
A: 3-way handshake
"""


def build_and_import(tmp_path, collection, *notes: tuple[str, str]):
    for name, text in notes:
        write(tmp_path / "src" / name, text)
    report = build(Settings(sources=(tmp_path / "src",), out=tmp_path / "decks"))
    for deck in report.decks_written:
        import_apkg(collection, deck)
    return report


def shown(collection) -> list[tuple[str, str]]:
    """Every card as (front, answer) text, the way the reviewer shows them."""
    cards = [collection.get_card(card_id) for card_id in collection.find_cards("")]
    return sorted(
        (visible_text(sides(card)[0]), visible_text(answer_of(sides(card)[1]))) for card in cards
    )


def test_explicit_cards_show_in_anki_as_written(tmp_path, collection):
    build_and_import(tmp_path, collection, ("net.md", NOTE))

    context = "CS › 네트워크 › 전송 계층"
    assert shown(collection) == sorted(
        [
            (f"{context} TCP가 연결을 맺는 과정은?", "3-way handshake"),
            (f"{context} UDP의 뜻", "User Datagram Protocol"),
            (f"{context} User Datagram Protocol", "UDP의 뜻"),
            (f"{context} 서버가 하나뿐이면 [...] 발생 가능", ""),
            (f"{context} [이름 → 주소] 는 IP 주소 로 바뀐다", ""),
            (f"{context} DNS 는 [...] 로 바뀐다", ""),
        ]
    )


def test_cloze_keeps_markdown_inside_the_deletion(tmp_path, collection):
    build_and_import(tmp_path, collection, ("net.md", NOTE))

    card_id = collection.find_cards('"Single"')[0]
    back = sides(collection.get_card(card_id))[1]
    assert "<strong>Single</strong> Point of Failure" in back
    assert "==" not in back and "{{" not in back


def test_front_matter_names_the_deck_and_tags_every_card(tmp_path, collection):
    build_and_import(tmp_path, collection, ("net.md", NOTE))

    decks = {collection.decks.name(collection.get_card(i).did) for i in collection.find_cards("")}
    tags = {frozenset(own_tags(collection.get_card(i).note())) for i in collection.find_cards("")}
    assert decks == {"CS::네트워크::전송 계층"}
    assert tags == {frozenset(("net", "network", "tcp_ip"))}


def test_bad_front_matter_is_reported_with_its_line_and_the_note_still_built(tmp_path, collection):
    bad = "---\ncards: sometimes\n---\n# OS\n\n- PCB: 프로세스 제어 블록\n"
    report = build_and_import(tmp_path, collection, ("os.md", bad), ("net.md", NOTE))

    [problem] = report.problems
    assert problem.file.endswith("os.md") and problem.line == 2 and not problem.is_error
    assert problem.message == (
        "front matter 'cards' must be auto | explicit | off, not 'sometimes'; using auto"
    )
    assert ("OS PCB", "프로세스 제어 블록") in shown(collection)


def test_a_cloze_never_closed_is_reported_since_anki_shows_nothing_after_it(tmp_path, collection):
    note = "# Net\n\n## 부하 분산\n- {{c1::로드밸런서}}로 분산하고 {{c2::헬스 체크로 장애를 감지\n"
    report = build_and_import(tmp_path, collection, ("net.md", note))

    [problem] = report.problems
    assert problem.file.endswith("net.md") and problem.line == 4 and not problem.is_error
    assert problem.message == "'{{c2::' is never closed with '}}': Anki shows nothing after it"
    [(front, back)] = shown(collection)
    assert front == "Net › 부하 분산 [...] 로 분산하고", (
        "Anki drops the text from the open cloze on"
    )
    assert "헬스 체크" not in back


def test_a_note_with_cards_off_is_left_out_quietly(tmp_path, collection):
    off = "---\ncards: off\n---\n# 초안\n\n- TCP: 연결 지향\n"
    report = build_and_import(tmp_path, collection, ("draft.md", off), ("net.md", NOTE))

    assert report.problems == []
    assert not any("초안" in front for front, _ in shown(collection))
