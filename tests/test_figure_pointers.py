"""Further down a back that shows no picture, a clause only saying where to look in the
missing picture goes and the sentence it opens stays; a shown picture keeps it, and a
clause that says more stays."""

from __future__ import annotations

from pathlib import Path

from .images import packed_backs

NOTE = """\
# OS

## 페이지 교체
LRU는 가장 오래 쓰지 않은 페이지를 내보낸다.

![](img/lru.png)

위 그림은 교체 순서를 도식화한 것으로 실제로는 하드웨어가 참조 비트만 기록한다.

## TLB
TLB는 주소 변환 결과를 캐시한다.

![](img/tlb.png)

하지만, 위의 그림처럼 TLB가 있으면 페이지 테이블 접근이 줄어든다.

[2] 위 사진과 같이 **큰 주소 공간은** 한 번에 올릴 수 없다.

## 버스
<div align='center'>
    <img src="img/bus1.png" width="400px">
    <img src="img/bus2.png" width="400px">
</div>

- 그림 1 : 주소 버스에 값이 있으면 바로 메모리에 접근한다
- 그림 2 : 메모리가 크면 디코딩에 시간이 더 든다

## 세그먼트
세그먼트 번호는 주소의 상위 비트로 정한다.

![](img/seg.png)

위의 그림을 예시로 들어보자. 먼저 세그먼트의 Base 값을 찾는다.

## 힙
![](img/heap.png)

[그림 3-2]에 나와 있는 것처럼 부모는 자식보다 작거나 같다.

## 스케줄러
![](img/rr.png)

위 그림에서 초록색 막대는 실행, 회색 막대는 대기를 나타낸다.
"""

PICTURES = ("lru", "tlb", "bus1", "bus2", "seg", "heap", "rr")


def backs(tmp_path: Path, shown: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    """Each card's back as a student reads it, with only the pictures in `shown` on disk."""
    return packed_backs(tmp_path, "os.md", NOTE, tuple(f"{name}.png" for name in shown))


def test_a_clause_pointing_at_a_missing_picture_goes_and_its_sentence_stays(tmp_path):
    assert backs(tmp_path) == {
        "페이지 교체": (
            "LRU는 가장 오래 쓰지 않은 페이지를 내보낸다. "
            "실제로는 하드웨어가 참조 비트만 기록한다.",
            0,
        ),
        "TLB": (
            "TLB는 주소 변환 결과를 캐시한다. "
            "하지만, TLB가 있으면 페이지 테이블 접근이 줄어든다. "
            "[2] 큰 주소 공간은 한 번에 올릴 수 없다.",
            0,
        ),
        "버스": (
            "주소 버스에 값이 있으면 바로 메모리에 접근한다 메모리가 크면 디코딩에 시간이 더 든다",
            0,
        ),
        "세그먼트": (
            "세그먼트 번호는 주소의 상위 비트로 정한다. 먼저 세그먼트의 Base 값을 찾는다.",
            0,
        ),
        "힙": ("부모는 자식보다 작거나 같다.", 0),
        # a sentence reading the picture's colours says more than where to look: it stays
        "스케줄러": ("위 그림에서 초록색 막대는 실행, 회색 막대는 대기를 나타낸다.", 0),
    }


def test_a_shown_picture_keeps_the_clauses_pointing_at_it(tmp_path):
    found = backs(tmp_path, shown=PICTURES)
    assert found["TLB"] == (
        "TLB는 주소 변환 결과를 캐시한다. "
        "하지만, 위의 그림처럼 TLB가 있으면 페이지 테이블 접근이 줄어든다. "
        "[2] 위 사진과 같이 큰 주소 공간은 한 번에 올릴 수 없다.",
        1,
    )
    assert found["버스"][0].startswith("그림 1 : 주소 버스")
    assert found["세그먼트"][0].startswith("세그먼트 번호는 주소의 상위 비트로 정한다. 위의 그림을")


def test_a_picture_shown_beside_the_missing_one_keeps_the_clauses(tmp_path):
    found = backs(tmp_path, shown=("bus1",))
    assert found["버스"][0].startswith("그림 1 : 주소 버스")
    assert found["버스"][1] == 1


def test_a_clause_over_sizes_read_off_the_missing_picture_stays(tmp_path):
    note = """\
# 메모리

## Base와 Bound
Base 레지스터는 주소 공간의 시작을 가리킨다.

![](img/base.png)

위의 그림과 같이 bound 레지스터는 4KB로 주소 공간의 크기를 알려준다.
"""
    assert packed_backs(tmp_path, "mem.md", note) == {
        "Base와 Bound": (
            "Base 레지스터는 주소 공간의 시작을 가리킨다. "
            "위의 그림과 같이 bound 레지스터는 4KB로 주소 공간의 크기를 알려준다.",
            0,
        )
    }
