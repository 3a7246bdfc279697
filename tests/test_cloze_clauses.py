"""A bold clause too long to be a gap, asked in Anki as a question of its subject."""

from __future__ import annotations

from .conftest import cards_in_anki

NOTE = """\
# 저장소 고르기

## 문서 저장소
- `CouchDB`는 **오프라인에서 고친 문서를 나중에 여러 기기 사이에 맞춰 주는 동기화**가 필요할 때 더 적합하다.
- **동기화 과정에서 두 기기가 같은 문서를 서로 다르게 고친 경우**에는 충돌로 남긴다.
"""


def test_a_clause_in_bold_is_asked_of_the_subject_its_sentence_names(tmp_path, collection):
    cards = dict(cards_in_anki(tmp_path, collection, "store.md", NOTE))
    # the name in code: Anki shows `CouchDB` in its own tag before the particle
    asked = [front for front in cards if front.endswith("CouchDB 는 언제 더 적합한가?")]
    assert len(asked) == 1
    back = cards[asked[0]]
    assert "오프라인에서 고친 문서를 나중에 여러 기기 사이에 맞춰 주는 동기화" in back
    # no gap of seven words, and no card of the sentence that names no subject of its own
    assert not any("[...]" in front for front in cards)
    assert not any("충돌로 남긴다" in front for front in cards)
