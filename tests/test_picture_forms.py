"""Every way real notes write a picture reaches its card as a picture Anki shows after
import: Markdown, `<img>`, `<image>` (which browsers read as `<img>`), `<picture>`, a centred
`<p align="center">`, Obsidian's `![[x.png]]` and a reference-style `![alt][ref]`; a picture
whose file is missing is a warning `flashgen check` lists, in every one of those forms."""

from __future__ import annotations

import html
from pathlib import Path

from flashgen.check import check
from flashgen.config import Settings

from .conftest import built_into_anki, visible_text, write
from .images import png

FORMS = {
    "Markdown": "![a handshake](img/markdown.png)",
    "Img tag": '<img src="img/img.png" width="300">',
    "Image tag": '<image src="./img/image.png" width="600" />',
    "Picture element": (
        '<picture>\n  <source srcset="img/picture.png" media="(min-width: 600px)">\n'
        '  <img src="img/picture.png" alt="a header">\n</picture>'
    ),
    "Centred": '<p align="center"><img src="img/centred.png" width="400"></p>',
    "Obsidian embed": "![[embed.png]]",
    "Reference style": "![a routing table][table]",
}


def _note(missing: bool) -> str:
    sections = [
        f"## {title}\nThe picture shows how the {title.lower()} lays out a packet.\n\n"
        + (form.replace(".png", "-gone.png") if missing else form)
        + "\n"
        for title, form in FORMS.items()
    ]
    reference = "[table]: img/reference{}.png\n".format("-gone" if missing else "")
    code = (
        "## SVG pictures\nAn SVG drawing places a picture with a tag of its own, which the"
        ' browser draws inside the drawing.\n\n```html\n<svg><image src="x.png" /></svg>\n```\n'
    )
    return "# Packets\n\n" + "\n".join(sections) + "\n" + code + "\n" + reference


def _notes(tmp_path: Path, missing: bool = False) -> Path:
    notes = tmp_path / "notes"
    write(notes / "packets.md", _note(missing))
    (notes / "img").mkdir(parents=True, exist_ok=True)
    for number, name in enumerate(
        ("markdown", "img", "image", "picture", "centred", "embed", "reference")
    ):
        (notes / "img" / f"{name}.png").write_bytes(png(rgb=(number, 9, 9)))
    return notes


def test_every_form_of_picture_is_shown_on_its_card_in_anki(collection, tmp_path):
    report, shown = built_into_anki(collection, [_notes(tmp_path)], tmp_path / "decks")
    assert not report.failed and not report.warnings, report.problems
    backs = {front.removeprefix("Packets "): back for front, back in shown}
    for title in FORMS:
        assert backs[title].count("<img") == 1, (title, list(backs))
    assert not collection.media.check().missing
    packed = {path.read_bytes() for path in Path(collection.media.dir()).iterdir()}
    assert len(packed & {png(rgb=(number, 9, 9)) for number in range(7)}) == 7
    assert "<img" not in backs["SVG pictures"]  # a tag in code is code
    code = "".join(html.unescape(visible_text(backs["SVG pictures"])).split())
    assert '<imagesrc="x.png"/>' in code


def test_check_warns_of_a_missing_picture_in_every_form(tmp_path):
    notes = _notes(tmp_path, missing=True)
    findings = check(Settings(sources=(notes,)))

    missing = sorted(
        str(finding).split("image not found: ")[1]
        for finding in findings
        if "image not found" in str(finding)
    )
    assert missing == sorted(
        [
            "img/markdown-gone.png",
            "img/img-gone.png",
            "./img/image-gone.png",
            "img/picture-gone.png",
            "img/centred-gone.png",
            "embed-gone.png",
            "img/reference-gone.png",
        ]
    )


ABOVE = """\
# 트라이(Trie)

## 삽입
`abc`를 넣으면 `a`, `b`, `c` 노드가 차례로 생긴다.

<img src="img/insert.png" width="400px" />

<br/>

## 탐색
위 이미지에서 `abc`를 찾으면 `a`, `b`, `c` 노드를 차례로 방문한다.

## 비밀
한 노드가 글자 하나를 맡는다.

<img src="../secret.png" />

## 삭제
위 그림에서 노드를 지우면 부모의 자식 목록에서도 빠진다.
"""


def test_a_back_speaking_of_the_picture_above_shows_it_before_its_words_in_anki(
    collection, tmp_path
):
    notes = tmp_path / "notes"
    write(notes / "trie.md", ABOVE)
    (notes / "img").mkdir()
    (notes / "img" / "insert.png").write_bytes(png(rgb=(1, 1, 1)))
    (tmp_path / "secret.png").write_bytes(png(rgb=(2, 2, 2)))
    report, shown = built_into_anki(collection, [notes], tmp_path / "decks")
    backs = {front.split(" ")[-1]: back for front, back in shown}
    search = backs["탐색"]
    assert search.count("<img") == 1
    assert search.index("<img") < search.index("위 이미지에서")
    assert not collection.media.check().missing
    packed = {path.read_bytes() for path in Path(collection.media.dir()).iterdir()}
    assert png(rgb=(1, 1, 1)) in packed
    # a picture from outside the notes folder is refused wherever the card takes it from
    assert "<img" not in backs["삭제"]
    assert png(rgb=(2, 2, 2)) not in packed
    assert any("secret.png is outside the notes folder" in str(w) for w in report.warnings)


REPOSITORY_NOTE = """\
# Locks

## Pessimistic lock
A lock taken before the row is read, held until the transaction ends.

![](/DB/img/lock.png)

## Climbing out
A path from the root that climbs out of the notes stays out of the deck.

![](/../secret.png)

## Elsewhere on the machine
An editor's absolute path is no file of the notes.

![]({outside})
"""


def test_a_path_from_the_repository_root_shows_its_picture_as_github_does(collection, tmp_path):
    notes = tmp_path / "notes"
    write(notes / "DB" / "locks.md", REPOSITORY_NOTE.format(outside=tmp_path / "secret.png"))
    (notes / "DB" / "img").mkdir()
    (notes / "DB" / "img" / "lock.png").write_bytes(png(rgb=(3, 3, 3)))
    (tmp_path / "secret.png").write_bytes(png(rgb=(4, 4, 4)))
    report, shown = built_into_anki(collection, [notes], tmp_path / "decks")
    backs = {front.removeprefix("Locks "): back for front, back in shown}
    assert backs["Pessimistic lock"].count("<img") == 1
    packed = {path.read_bytes() for path in Path(collection.media.dir()).iterdir()}
    assert png(rgb=(3, 3, 3)) in packed
    assert png(rgb=(4, 4, 4)) not in packed
    assert "<img" not in backs["Climbing out"] + backs["Elsewhere on the machine"]
    messages = [str(warning).split(": warning: ")[1] for warning in report.warnings]
    assert messages == [
        "image /../secret.png is outside the notes folder: not packed",
        f"image {tmp_path / 'secret.png'} is an absolute path: "
        "only images in the notes folder are packed",
    ]
