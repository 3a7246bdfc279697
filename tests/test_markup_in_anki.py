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


def _cards_by_front(collection, tmp_path, note=NOTE):
    report = build_decks([write(tmp_path / "source" / "java.md", note).parent], tmp_path / "d")
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


SPACED_AND_OPEN = r"""# 가상 메모리

## 주소 변환
- `TLB` : 변환한 주소를 담는 캐시([페이지 테이블](https://github.com/u/notes/blob/main/CS Notes/OS/페이징 (요약).md) 참고)
- `MMU` : 가상 주소를 물리 주소로 바꾸는 하드웨어

## Splitting the sum
The last term comes out: $\sum_{i=1}^{k+1} i = \sum_{i=1}^{k} i + (k+1). By the hypothesis the rest is $\frac{k(k+1)}{2}$.
"""


def test_anki_shows_a_link_with_spaces_in_its_address_and_an_unclosed_formula_rendered(
    collection, tmp_path
):
    shown = _cards_by_front(collection, tmp_path, SPACED_AND_OPEN)
    [link_back] = [back for front, back in shown.items() if front.endswith("TLB")]
    assert '<a href="https://github.com/u/notes/blob/main/CS%20Notes/OS/' in link_back
    assert ">페이지 테이블</a> 참고)" in link_back
    assert "](" not in link_back

    [sum_back] = [back for front, back in shown.items() if front.endswith("Splitting the sum")]
    assert r"\(\sum_{i=1}^{k+1} i = \sum_{i=1}^{k} i + (k+1)\). By the hypothesis" in sum_back
    assert r"\(\frac{k(k+1)}{2}\)" in sum_back
    assert "$" not in sum_back


SPACED_FORMULAS = r"""# Orders of growth

## Scaling a bounded function
Proposition: for $f \in O(g)$ and any $ a,b \in \mathbb{R}$, also $a f + b \in O(g)$.

## Cost of a server
A small instance costs $ 5 a month, a large one $20 a month.
"""


def test_anki_shows_tex_spaced_from_its_dollars_as_a_formula_and_prices_as_text(
    collection, tmp_path
):
    shown = _cards_by_front(collection, tmp_path, SPACED_FORMULAS)
    [proof] = [back for front, back in shown.items() if front.endswith("bounded function")]
    assert r"\(f \in O(g)\) and any \(a,b \in \mathbb{R}\), also \(a f + b \in O(g)\)" in proof
    assert "$" not in proof

    [cost] = [back for front, back in shown.items() if front.endswith("Cost of a server")]
    assert "costs $ 5 a month, a large one $20 a month." in cost
    assert r"\(" not in cost


PLUS_ROW = """# Antibiotics

## Penicillins

| Group | Drugs | Covers | Notes |
|---|---|---|---|
| natural | PCN G (IV, IM benzathine), PCN VK (PO) | Strep, Treponema (syphilis), oral anaerobes, Listeria-ish | benzathine PCN G 2.4 MU IM = syphilis (never IV) |
| antistaphylococcal | **nafcillin, oxacillin** (IV), **dicloxacillin** (PO) | **MSSA**, strep | no renal adj. nafcillin = vesicant, ↓K; oxacillin = hepatotox |
| aminopenicillins | **ampicillin** (IV), **amoxicillin** (PO) | + Enterococcus, Listeria, some E. coli, H. flu | rash w/ mono (EBV). amox = drug of choice AOM |
| + β-lactamase inhibitor | **amox/clav** (Augmentin), **amp/sulbactam** (Unasyn) | + MSSA, β-lactamase H. flu/Moraxella, **anaerobes** | Augmentin → diarrhea, take w/ food. sulbactam has **Acinetobacter** activity |
| antipseudomonal | **pip/tazo** (Zosyn) | broad gram −, **Pseudomonas**, anaerobes, gram + (not MRSA) | 4.5 g q6h or 3.375 g q8h ext infusion (4 h). ↑ AKI w/ vanc |
"""


def test_anki_shows_a_row_named_with_a_plus_as_its_words_not_a_list_inside_the_list(
    collection, tmp_path
):
    shown = _cards_by_front(collection, tmp_path, PLUS_ROW)
    overview = shown["Antibiotics Antibiotics › Penicillins"]
    assert "+ β-lactamase inhibitor:" in overview
    assert overview.count("<ul>") == 1  # one list, no list opened inside an item
