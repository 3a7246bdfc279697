"""A step of a process asked on its own card, as Anki shows it: named on the front by its
number and its title, its lines the answer."""

from __future__ import annotations

from flashgen.build import build
from flashgen.config import Settings

from .conftest import answer_of, import_apkg, sides, visible_text, write

NOTE = """\
# 배포

## 배포 과정

### 1) 개발자가 main 브랜치에 병합

### 2) 이미지 빌드

빌드 서버가 main 브랜치의 코드로 테스트를 돌리고 컨테이너 이미지를 만든다.
이미지에는 커밋 해시를 태그로 붙인다.
테스트가 하나라도 실패하면 이미지를 올리지 않는다.

### 3) 새 버전 배포

배포 도구가 2번에서 만든 이미지로 새 컨테이너를 띄운다.
헬스 체크를 통과하면 로드 밸런서가 트래픽을 새 컨테이너로 옮긴다.
옛 컨테이너는 처리 중인 연결이 모두 끝난 뒤 내린다.
"""


def test_a_step_card_names_the_step_on_its_front_not_only_its_number(tmp_path, collection):
    write(tmp_path / "src" / "deploy.md", NOTE)
    report = build(Settings(sources=(tmp_path / "src",), out=tmp_path / "decks"))
    for deck in report.decks_written:
        import_apkg(collection, deck)

    shown = {}
    for card_id in collection.find_cards(""):
        front, back = sides(collection.get_card(card_id))
        shown[visible_text(front)] = visible_text(answer_of(back))

    front = next(text for text in shown if "Step 3" in text)
    assert front.endswith("배포 과정 › Step 3: 새 버전 배포")
    assert shown[front].startswith("배포 도구가 2번에서 만든 이미지로")  # the title not repeated
    assert not any(text.endswith("› Step 3") for text in shown)
