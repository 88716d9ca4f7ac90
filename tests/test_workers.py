"""spacekg.workers: an ordered parallel map whose workers each have a pipe of their own."""

from __future__ import annotations

import os
import random
import struct
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from spacekg.workers import WorkerDied, ordered_map


def _slow_square(x: int) -> int:
    time.sleep(random.Random(x).uniform(0, 0.02))  # finish out of order
    return x * x


def _children() -> list[str]:
    """This process's child processes (those of its main thread, which forks the workers)."""
    return Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()


@pytest.fixture(autouse=True)
def _no_worker_left() -> Iterator[None]:
    before = _children()
    yield
    assert _children() == before  # every worker stopped (other tests may have left servers running)


def test_results_come_in_task_order() -> None:
    assert list(ordered_map(_slow_square, range(60), 3)) == [x * x for x in range(60)]


def test_an_exception_raised_in_a_worker_is_raised_here() -> None:
    def fail_on_seven(x: int) -> int:
        if x == 7:
            raise ValueError("seven")
        return x

    with pytest.raises(ValueError, match="seven"):
        list(ordered_map(fail_on_seven, range(20), 2))


def test_a_worker_that_dies_mid_task_raises_worker_died() -> None:
    def die_on_five(x: int) -> int:
        if x == 5:
            os._exit(9)  # as a kill or the out-of-memory killer would end it
        return x

    with pytest.raises(WorkerDied):
        list(ordered_map(die_on_five, range(50), 2))


def test_tasks_are_taken_a_window_at_a_time() -> None:
    taken = 0

    def tasks() -> Iterator[int]:
        nonlocal taken
        for x in range(1000):
            taken += 1
            yield x

    results = ordered_map(_slow_square, tasks(), 2, ahead=3)
    assert next(results) == 0
    assert taken <= 2 * 3 + 1  # not the whole corpus
    results.close()


def test_a_worker_that_dies_half_way_through_its_answer_raises_worker_died() -> None:
    def half_an_answer_then_die(x: int) -> bytes:
        if x == 3:  # in the worker: its next answer stops half way, as when it is killed mid-write

            def half(self: Connection, buf: bytes) -> None:
                self._send(struct.pack("!i", len(buf)) + bytes(buf[: len(buf) // 2]))  # type: ignore[attr-defined]
                os._exit(9)

            Connection._send_bytes = half  # type: ignore[method-assign]
            return b"x" * 100_000
        return b""

    with pytest.raises(WorkerDied):
        list(ordered_map(half_an_answer_then_die, range(6), 2))
