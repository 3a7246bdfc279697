"""What Anki itself shows of the markup notes are written in: nothing of it broken, nothing
left as raw syntax."""

from __future__ import annotations

import re

from .conftest import build_decks, import_apkg, sides, write

NOTE = """# 자바

## static_cast <T>(expr)
- 기본 자료형 사이의 변환에 쓴다
- `Stream<Double>`이 아닌 List<String>처럼 쓴 타입도 그대로 보인다

## 이진 탐색
- 시간 복잡도는 **O(logN)**을 보장한다
- 버블 정렬은 O(n<sup>2</sup>)이다

## 함수형 인터페이스
- 추상 메서드가 하나뿐인 인터페이스
- ![람다 표현식 페이지](https://github.com/u/r/blob/main/java/lambda.md)
"""


def _cards_by_front(collection, tmp_path):
    report = build_decks([write(tmp_path / "source" / "java.md", NOTE).parent], tmp_path / "d")
    assert not report.failed, report.problems
    for deck in report.decks_written:
        import_apkg(collection, deck)
    cards = [collection.get_card(card_id) for card_id in collection.find_cards("")]
    return {visible_front(sides(card)[0]): sides(card)[1] for card in cards}


def visible_front(front: str) -> str:
    """A front as Anki renders it, its tags and spacing left out, its escapes kept."""
    return " ".join(re.sub(r"<[^>]+>", " ", front).split())


def test_anki_shows_a_type_parameter_bold_before_a_particle_and_superscripts(collection, tmp_path):
    shown = _cards_by_front(collection, tmp_path)
    [cast_front] = [front for front in shown if "static_cast" in front]
    assert "static_cast &lt;T&gt;(expr)" in cast_front
    assert "List&lt;String&gt;처럼" in shown[cast_front]

    [search_back] = [back for front, back in shown.items() if front.endswith("이진 탐색")]
    assert "<strong>O(logN)</strong>을" in search_back
    assert "**" not in search_back
    assert "O(n<sup>2</sup>)" in search_back


def test_anki_shows_no_broken_picture_for_a_page_linked_as_an_image(collection, tmp_path):
    shown = _cards_by_front(collection, tmp_path)
    [back] = [back for front, back in shown.items() if "함수형 인터페이스" in front]
    assert "람다 표현식 페이지" in back
    assert "lambda.md" not in back
