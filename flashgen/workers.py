"""A `map` over worker processes, for the stages that are pure functions of one note (or
one deck file): `build`, and the commands that read every note as a build does (`check`,
`preview`, `export`)."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

PARALLEL_FROM = 64
"""Below this many items, starting worker processes costs more than it saves."""
MAX_CHUNK = 24
"""Items handed to a worker at a time. Fewer chunks cost less to pass around, but the last
one to finish keeps the other workers waiting: at 2,000 notes a chunk of an eighth of a
worker's share took a second or two."""

Run = Callable[[Callable, list, Callable[[], None]], list]
"""`run(function, items, done)`: `[function(item) for item in items]`, in order, calling
`done()` as each item finishes (for a progress bar)."""


@dataclass
class Steps:
    """A `done` for `Run` that tells `progress(done, total)` as each step ends. A build's
    total grows once it knows how many deck files it writes after its notes."""

    progress: Callable[[int, int], None] | None
    total: int
    done: int = 0

    def __call__(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))


@contextmanager
def workers(
    tasks: int,
    jobs: int | None,
    initializer: Callable | None = None,
    initargs: tuple = (),
    before_fork: Callable[[], None] | None = None,
) -> Iterator[Run]:
    """A `Run` over worker processes when there is enough work to pay for starting them
    (`jobs` of them; None: one per CPU), else in this process.

    `initializer(*initargs)` runs once in each worker (or here, when there are none).
    `before_fork()` runs here once before workers are forked, when they are: what it loads,
    they all share rather than each load it (where workers are not forked, it is not run)."""
    count = jobs or os.cpu_count() or 1
    if count == 1 or tasks < PARALLEL_FROM:
        if initializer is not None:
            initializer(*initargs)

        def run_here(function: Callable, items: list, done: Callable[[], None]) -> list:
            results = []
            for item in items:
                results.append(function(item))
                done()
            return results

        yield run_here
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor  # here: a small run never needs it

    if before_fork is not None and multiprocessing.get_start_method() == "fork":
        before_fork()
    with ProcessPoolExecutor(count, initializer=initializer, initargs=initargs) as pool:

        def run(function: Callable, items: list, done: Callable[[], None]) -> list:
            chunk = min(max(1, len(items) // (count * 8)), MAX_CHUNK)
            results = []
            for result in pool.map(function, items, chunksize=chunk):
                results.append(result)
                done()
            return results

        yield run


@contextmanager
def rare_collections() -> Iterator[None]:
    """Python's cycle collector looks through its young objects every 700 allocations, and
    through more of them as a build's objects pile up: 5–10% of a build's time, spent
    for nothing, as what a build makes is freed by reference counting (its trees hold no
    cycles, see syntax.py). Here it looks rarely; worker processes inherit that."""
    before = gc.get_threshold()
    gc.set_threshold(20_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)
