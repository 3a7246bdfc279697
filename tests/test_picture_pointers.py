"""The words that only point at a picture the card cannot show go with it; a shown picture
keeps them, and words saying more than where to look stay."""

from __future__ import annotations

from pathlib import Path

from .images import packed_backs

NOTE = """\
# Networks

## DNS 조회
DNS 조회 과정을 그림으로 나타내면 아래와 같다.

![](img/dns.png)

리졸버가 루트 서버부터 차례로 묻는다.

## 캐시 계층
캐시는 CPU 가까이에 여러 단계로 둔다. 캐시 계층은 다음과 같다.

![](img/levels.png)

- 코어마다 작은 L1
- 여러 코어가 함께 쓰는 L2

## Write-back
쓰기는 캐시에만 하고 쫓겨날 때 메모리에 반영한다.
아래 그림처럼 더티 비트가 켜진 블록만 메모리에 쓴다.

![](img/dirty.png)

## 라우팅 테이블 읽기
아래 그림을 보자

![](img/routes.png)

## Load shedding
When overloaded, the server drops the requests of lowest priority first, as illustrated below:

![](img/shed.png)

## Circuit breaker
The breaker opens after repeated failures and fails fast. This is shown below:

![](img/breaker.png)

Half-open lets one trial request through.

## B+ 트리
![](img/bplus.png)

위의 그림은 차수가 3인 B+ 트리의 예시이다. 리프 노드끼리 연결되어 있다.

## Raft
A leader replicates its log to the followers.

![](img/raft.png)
*(diagram from the Raft paper, 2014)*
"""

PICTURES = ("dns", "levels", "dirty", "routes", "shed", "breaker", "bplus", "raft")


def backs(tmp_path: Path, shown: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    """Each card's back as a student reads it, with only the pictures in `shown` on disk."""
    return packed_backs(tmp_path, "net.md", NOTE, tuple(f"{name}.png" for name in shown))


def test_a_line_pointing_at_a_missing_picture_goes_with_it(tmp_path):
    assert backs(tmp_path) == {
        "DNS 조회": ("리졸버가 루트 서버부터 차례로 묻는다.", 0),
        # `다음과 같다` over a list after the picture may name the list: it stays
        "캐시 계층": (
            "캐시는 CPU 가까이에 여러 단계로 둔다. 캐시 계층은 다음과 같다. "
            "코어마다 작은 L1 여러 코어가 함께 쓰는 L2",
            0,
        ),
        # a sentence that says more than where to look stays
        "Write-back": (
            "쓰기는 캐시에만 하고 쫓겨날 때 메모리에 반영한다. "
            "아래 그림처럼 더티 비트가 켜진 블록만 메모리에 쓴다.",
            0,
        ),
        # `라우팅 테이블 읽기`, only `아래 그림을 보자` over its picture: no card
        "Load shedding": (
            "When overloaded, the server drops the requests of lowest priority first.",
            0,
        ),
        "Circuit breaker": (
            "The breaker opens after repeated failures and fails fast. "
            "Half-open lets one trial request through.",
            0,
        ),
        "B+ 트리": ("리프 노드끼리 연결되어 있다.", 0),
        "Raft": ("A leader replicates its log to the followers.", 0),
    }


def test_a_picture_that_is_shown_keeps_the_words_pointing_at_it(tmp_path):
    found = backs(tmp_path, shown=PICTURES)
    assert found["DNS 조회"] == (
        "DNS 조회 과정을 그림으로 나타내면 아래와 같다. 리졸버가 루트 서버부터 차례로 묻는다.",
        1,
    )
    assert found["라우팅 테이블 읽기"] == ("아래 그림을 보자", 1)
    assert found["Load shedding"][0].endswith("first, as illustrated below:")
    assert found["B+ 트리"][0].startswith("위의 그림은 차수가 3인 B+ 트리의 예시이다.")
    assert found["Raft"] == (
        "A leader replicates its log to the followers. (diagram from the Raft paper, 2014)",
        1,
    )
