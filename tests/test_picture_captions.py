"""The caption of a picture the card cannot show goes with it; a shown picture keeps its own."""

from __future__ import annotations

from pathlib import Path

from .images import packed_backs

NOTE = """\
# Scheduling

## Round robin
Each process runs for one time slice, then waits at the back of the queue.

<div align="center">
    <img src="img/rr.png" width="500px"><br>
    <p>Round robin timeline</p>
    <p>Source: lecture slides</p>
</div>

A short slice answers quickly.

## Shortest job first
The shortest waiting job runs next.

![](img/sjf.png)

sjf timeline drawn

Long jobs may starve.

## Priority
The job of highest priority runs next.

![](img/priority.png)

Priority queue 구조

```text
queue: A(3) B(1)
```

## Aging
![](img/aging.png)

대기 시간이 길면 우선순위를 높임

## Lottery
![](img/lottery.png)
Lottery draw

## Fair share
![](img/share.png) Equal user shares
"""


def backs(tmp_path: Path, shown: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    """Each card's back as a student reads it, with only the pictures in `shown` on disk."""
    return packed_backs(tmp_path, "sched.md", NOTE, shown)


def test_the_caption_of_a_missing_picture_goes_with_it(tmp_path):
    assert backs(tmp_path) == {
        "Round robin": (
            "Each process runs for one time slice, then waits at the back of the queue. "
            "A short slice answers quickly.",
            0,
        ),
        "Shortest job first": ("The shortest waiting job runs next. Long jobs may starve.", 0),
        # a line over code may name the code: it stays
        "Priority": (
            "The job of highest priority runs next. Priority queue 구조 queue: A(3) B(1)",
            0,
        ),
        # a clause says something of its own: it stays
        "Aging": ("대기 시간이 길면 우선순위를 높임", 0),
        # words beside the picture, on its line, are no caption
        "Fair share": ("Equal user shares", 0),
        # a card that was only the picture and its caption is not made
    }


def test_a_picture_that_is_shown_keeps_its_caption(tmp_path):
    found = backs(tmp_path, shown=("rr.png", "sjf.png", "lottery.png"))
    assert found["Round robin"] == (
        "Each process runs for one time slice, then waits at the back of the queue. "
        "Round robin timeline Source: lecture slides A short slice answers quickly.",
        1,
    )
    assert found["Shortest job first"] == (
        "The shortest waiting job runs next. sjf timeline drawn Long jobs may starve.",
        1,
    )
    assert found["Lottery"] == ("Lottery draw", 1)
