"""Formulas, code, tables, images and hostile HTML, as real Anki shows them after import."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest

from flashgen.build import build
from flashgen.config import Settings

from .conftest import answer_of, import_apkg, sides, visible_text, write
from .images import png
from .test_anki_import import card_with_front

SECRET = png(rgb=(1, 2, 3))

RICH_NOTE = """\
# 렌더링

## 분산
분산은 $\\sigma^2 = E[(X-\\mu)^2]$ 이다.

$$
\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}
$$

## 코드
```python
def add(a, b):
    return a + b  # 합
```

## 격리 수준
| 수준 | 현상 |
|---|---|
| READ COMMITTED | Non-repeatable read |

## 그림
![네트워크 구조](net/img/diagram.png)

<img src="db/img/diagram.png" alt="인덱스 구조">

## 바깥 파일
- 폴더 밖으로 ![climbs out](../secret.png)
- ![absolute](ABSOLUTE)
- ![linked out](linked.png)

## 위험한 HTML
<script>alert('script')</script>
<img src="net/img/diagram.png" onerror="alert('onerror')">
<a href="javascript:alert('link')">눌러보기</a>
<iframe src="https://evil.example/"></iframe>
<div onclick="alert('click')" style="position:fixed;inset:0">덮개</div>
<svg onload="alert('svg')"></svg>
<details><summary>단축키</summary>숨은 <kbd>Ctrl</kbd> 내용<sup>1</sup><br>끝</details>
"""


@pytest.fixture
def rich_notes(tmp_path) -> Path:
    """The notes folder of one rich note; a private image sits just outside it."""
    secret = tmp_path / "secret.png"
    secret.write_bytes(SECRET)
    source = tmp_path / "source"
    write(source / "render.md", RICH_NOTE.replace("ABSOLUTE", secret.as_posix()))
    (source / "net" / "img").mkdir(parents=True)
    (source / "net" / "img" / "diagram.png").write_bytes(png(rgb=(255, 0, 0)))
    (source / "db" / "img").mkdir(parents=True)
    (source / "db" / "img" / "diagram.png").write_bytes(png(rgb=(0, 0, 255)))
    (source / "linked.png").symlink_to(secret)
    return source


def build_and_import(collection, source: Path, out: Path, **options):
    report = build(Settings(sources=(source,), out=out, **options))
    assert not report.failed, report.problems
    for deck in report.decks_written:
        import_apkg(collection, deck)
    return report


def back_of(collection, *front_words: str) -> str:
    return answer_of(sides(card_with_front(collection, *front_words))[1])


def media_folder(collection) -> dict[str, bytes]:
    folder = Path(collection.media.dir())
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


def test_a_formula_reaches_mathjax_with_every_backslash(collection, rich_notes, tmp_path):
    build_and_import(collection, rich_notes, tmp_path / "decks")

    back = back_of(collection, "분산")
    assert r"\(\sigma^2 = E[(X-\mu)^2]\)" in back
    assert r"\[\begin{pmatrix} a &amp; b \\ c &amp; d \end{pmatrix}\]" in back


def test_code_is_highlighted_and_its_colours_are_in_the_note_type(collection, rich_notes, tmp_path):
    build_and_import(collection, rich_notes, tmp_path / "decks")

    card = card_with_front(collection, "코드")
    back = answer_of(sides(card)[1])
    assert '<span class="hl-k">def</span>' in back
    assert "def add(a, b):\n    return a + b  # 합" in re.sub(r"<[^>]+>", "", back)
    css = card.note_type()["css"]
    assert re.search(r"pre \.hl-k \{ color: #", css)
    assert re.search(r"\.nightMode pre \.hl-k[^{]*\{ color: #", css)


def test_a_table_is_a_table(collection, rich_notes, tmp_path):
    build_and_import(collection, rich_notes, tmp_path / "decks")

    back = back_of(collection, "격리 수준")
    assert "<table>" in back and "<th>수준</th>" in back
    assert "<td>READ COMMITTED</td>" in back


def test_two_images_of_the_same_name_in_two_folders_are_both_packed_and_shown(
    collection, rich_notes, tmp_path
):
    build_and_import(collection, rich_notes, tmp_path / "decks")

    back = back_of(collection, "그림")
    shown = re.findall(r'<img src="([^"]+)"', back)
    media = media_folder(collection)
    assert len(shown) == 2 and shown[0] != shown[1]
    assert media[shown[0]] == (rich_notes / "net/img/diagram.png").read_bytes()
    assert media[shown[1]] == (rich_notes / "db/img/diagram.png").read_bytes()
    assert 'alt="인덱스 구조"' in back
    check = collection.media.check()
    assert not check.missing and not check.unused


def test_nothing_from_outside_the_notes_folder_is_packed(collection, rich_notes, tmp_path):
    report = build_and_import(collection, rich_notes, tmp_path / "decks")

    assert SECRET not in media_folder(collection).values()
    with zipfile.ZipFile(report.decks_written[0]) as deck:
        assert all(deck.read(name) != SECRET for name in deck.namelist())
    back = back_of(collection, "바깥 파일")
    assert "<img" not in back
    assert "폴더 밖으로" in back
    assert not any(alt in back for alt in ("climbs out", "absolute", "linked out"))
    warnings = [str(problem) for problem in report.warnings]
    note = (rich_notes / "render.md").as_posix()
    assert f"{note}:27: warning: image ../secret.png is outside the notes folder: not packed" in (
        warnings
    )
    assert any(w.startswith(f"{note}:28:") and "absolute path" in w for w in warnings)
    assert f"{note}:29: warning: image linked.png is outside the notes folder: not packed" in (
        warnings
    )


def test_no_script_or_event_handler_survives(collection, rich_notes, tmp_path):
    build_and_import(collection, rich_notes, tmp_path / "decks")

    everything = " ".join(
        " ".join(sides(collection.get_card(card_id))) for card_id in collection.find_cards("")
    )
    assert "alert(" not in everything
    assert not re.search(r"<(script|iframe|svg)\b", everything)
    assert not re.search(r"\son[a-z]+\s*=", everything)
    assert "javascript:" not in everything
    assert "position:fixed" not in everything
    back = back_of(collection, "위험한 HTML")
    assert "<details><summary>단축키</summary>숨은 <kbd>Ctrl</kbd> 내용<sup>1</sup><br>끝" in back
    assert "덮개" in back and "눌러보기" in back


MISSING_PICTURES = """\
# Net

## 구조
설명

![3-way handshake](img/none.png)

## DB Connection이란?
DB와 애플리케이션이 통신하는 수단이다

<div align='center'>
    <img src="img/db_url.jpg" width="550px">
</div>

## 전화 면접 준비
<figure>
  <img alt="전화 면접 준비 요약" src="img/phone.jpg" />
  <figcaption>전화 면접 전에 할 일</figcaption>
</figure>

- 이어폰을 쓴다

## 라우터
패킷의 길을 정하는 장치이다.

![[router.png]]

## 패킷 교환 방식 비교 사진
![](img/packets.png){: width="400"}
"""


def test_a_missing_picture_is_a_warning_with_its_line_and_shows_nothing_on_the_card(
    collection, tmp_path
):
    """Neither its file name, its alt text nor its figure's caption reads as a line of the
    answer; a card that was only the picture is not made."""
    source = tmp_path / "source"
    write(source / "net.md", MISSING_PICTURES)
    report = build_and_import(collection, source, tmp_path / "decks")

    note = (source / "net.md").as_posix()
    assert [str(p) for p in report.warnings] == [
        f"{note}:6: warning: image not found: img/none.png",
        f"{note}:12: warning: image not found: img/db_url.jpg",
        f"{note}:17: warning: image not found: img/phone.jpg",
        f"{note}:26: warning: image not found: router.png",
        f"{note}:29: warning: image not found: img/packets.png",
    ]
    backs = {
        front: visible_text(back_of(collection, front))
        for front in ("구조", "DB Connection이란?", "전화 면접 준비", "라우터")
    }
    assert backs == {
        "구조": "설명",
        "DB Connection이란?": "DB와 애플리케이션이 통신하는 수단이다",
        "전화 면접 준비": "이어폰을 쓴다",
        "라우터": "패킷의 길을 정하는 장치이다.",
    }
    assert not collection.find_cards('"front:*패킷 교환*"')
    assert len(collection.find_cards("")) == 4
    assert not collection.media.check().missing


def test_a_picture_in_a_figure_is_packed_once_with_no_warning(collection, tmp_path):
    source = tmp_path / "source"
    write(
        source / "net.md",
        '# Net\n\n## 라우터\n패킷의 길을 정한다.\n\n<figure>\n  <img src="img/router.png" />\n'
        "  <figcaption>라우터 그림</figcaption>\n</figure>\n",
    )
    (source / "img").mkdir()
    (source / "img" / "router.png").write_bytes(png(rgb=(0, 128, 0)))
    report = build_and_import(collection, source, tmp_path / "decks")

    assert report.warnings == []
    back = back_of(collection, "라우터")
    assert back.count("<img") == 1 and "라우터 그림" in visible_text(back)
    assert png(rgb=(0, 128, 0)) in media_folder(collection).values()


MISSING_SOUNDS = """\
# Phonetics

## Open vowel
The vowel a is open.

[sound:a.mp3]

## Stop
The consonant k is a stop. ![](audio/k.mp3)

## Nasal
The nasal m is voiced. <audio src="m.ogg"></audio>

## Trill
The trill r rolls.

![[r.mp3]]

## Only a recording
[sound:gone.mp3]
"""


def test_a_missing_sound_is_a_warning_with_its_line_and_shows_nothing_on_the_card(
    collection, tmp_path
):
    """As a missing picture: its file name would read as a line of the answer, and a card
    that was only the sound is not made."""
    source = tmp_path / "source"
    write(source / "phonetics.md", MISSING_SOUNDS)
    report = build_and_import(collection, source, tmp_path / "decks")

    note = (source / "phonetics.md").as_posix()
    assert [str(p) for p in report.warnings] == [
        f"{note}:6: warning: sound not found: a.mp3",
        f"{note}:9: warning: sound not found: audio/k.mp3",
        f"{note}:12: warning: sound not found: m.ogg",
        f"{note}:17: warning: sound not found: r.mp3",
        f"{note}:20: warning: sound not found: gone.mp3",
    ]
    backs = {
        front: back_of(collection, front) for front in ("Open vowel", "Stop", "Nasal", "Trill")
    }
    assert {front: visible_text(back) for front, back in backs.items()} == {
        "Open vowel": "The vowel a is open.",
        "Stop": "The consonant k is a stop.",
        "Nasal": "The nasal m is voiced.",
        "Trill": "The trill r rolls.",
    }
    assert not any("[anki:play" in back or "[sound:" in back for back in backs.values())
    assert not collection.find_cards('"front:*recording*"')
    assert len(collection.find_cards("")) == 4


def test_a_file_that_is_not_an_image_is_not_packed(collection, tmp_path):
    source = tmp_path / "source"
    write(source / "a.md", "# A\n## 그림\n![키](keys.png)\n")
    write(source / "keys.png", "-----BEGIN PRIVATE KEY-----\n")
    report = build_and_import(collection, source, tmp_path / "decks")

    assert "keys.png is not an image file" in str(report.warnings[0])
    assert not media_folder(collection)


def test_rebuilding_with_images_writes_the_same_bytes(rich_notes, tmp_path):
    first = (
        build(Settings(sources=(rich_notes,), out=tmp_path / "one")).decks_written[0].read_bytes()
    )
    os.utime(rich_notes / "net/img/diagram.png", (1, 1))
    second = (
        build(Settings(sources=(rich_notes,), out=tmp_path / "two")).decks_written[0].read_bytes()
    )
    assert first == second


def test_an_edited_image_reaches_anki_on_reimport(collection, tmp_path):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "a.md", "# A\n## 그림\n![](img/x.png)\n")
    (source / "img").mkdir()
    (source / "img" / "x.png").write_bytes(png(rgb=(255, 0, 0)))
    build_and_import(collection, source, out)

    (source / "img" / "x.png").write_bytes(png(rgb=(0, 255, 0)))
    build_and_import(collection, source, out)

    [src] = re.findall(r'<img src="([^"]+)"', back_of(collection, "그림"))
    assert media_folder(collection)[src] == png(rgb=(0, 255, 0))


def test_footnotes_at_the_end_of_a_note_reach_the_cards_that_cite_them(collection, tmp_path):
    source = tmp_path / "source"
    write(
        source / "db.md",
        "# DB\n## B-tree\n균형 트리[^bt]이다.\n\n## 기타\n[^bt]: Bayer and McCreight, 1972\n",
    )
    build_and_import(collection, source, tmp_path / "decks")

    assert collection.note_count() == 1
    back = back_of(collection, "B-tree")
    assert "<sup" in back and "Bayer and McCreight, 1972" in visible_text(back)


def test_images_with_hangul_and_spaces_in_their_names_are_packed(collection, tmp_path):
    source = tmp_path / "source"
    write(
        source / "a.md",
        "# A\n## 그림\n![구조](그림/구조%20도.png)\n\n![같은 그림](<그림/구조 도.png>)\n",
    )
    (source / "그림").mkdir()
    (source / "그림" / "구조 도.png").write_bytes(png(rgb=(9, 9, 9)))
    report = build_and_import(collection, source, tmp_path / "decks")

    assert not report.warnings
    shown = re.findall(r'<img src="([^"]+)"', back_of(collection, "그림"))
    assert len(shown) == 2 and shown[0] == shown[1]
    assert media_folder(collection)[shown[0]] == png(rgb=(9, 9, 9))
    assert not collection.media.check().missing


def test_the_back_names_the_note_file_and_the_headings_the_card_came_from(collection, tmp_path):
    source = tmp_path / "source"
    write(source / "cloud" / "aws.md", "# AWS\n## 배포\n### 블루/그린\n- 장점\n    - 롤백\n")
    build_and_import(collection, source, tmp_path / "decks")

    back = sides(card_with_front(collection, "장점"))[1]
    assert '<div class="source">cloud/aws.md · 배포 › 블루/그린</div>' in back
