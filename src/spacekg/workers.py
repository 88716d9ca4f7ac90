"""An ordered parallel map over forked worker processes, each with a pipe of its own.

Why not ``multiprocessing.Pool`` or ``concurrent.futures``: both send every worker's results
through one shared pipe, guarded by one lock. A worker killed while it holds that lock, or half
way through writing a result of a few megabytes (a batch of articles' outputs), leaves the others
blocked and the parent reading a message that never ends: the build hangs. Pool also hangs when a
worker dies between tasks, and its worker-handler thread spins while a large result waits in the
queue. Here a worker that dies closes its own pipe, the parent sees end-of-file at once, stops the
others and raises ``WorkerDied``; nothing is shared but the inherited, read-only memory.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class WorkerDied(Exception):
    """A worker process ended without answering (killed, out of memory)."""


def ordered_map(function: Callable[[T], R], tasks: Iterable[T], workers: int, *, ahead: int = 4) -> Iterator[R]:
    """``map(function, tasks)`` computed by ``workers`` forked processes, results in task order,
    at most ``ahead`` tasks per worker taken from ``tasks`` before their results are given back
    (so memory does not grow with the number of tasks). An exception raised by ``function`` in a
    worker is raised here; a worker that dies raises WorkerDied."""
    pool = _Pool(function, workers)
    _OPEN.add(pool)
    try:
        yield from pool.run(iter(tasks), ahead * workers)
    finally:
        pool.close()
        _OPEN.discard(pool)


# The pools not yet closed. Held here so that a map abandoned in a reference cycle (an exception's
# traceback holds its frame) is closed by this generator's own ``finally``: otherwise the cycle's
# collector may first run the pipes' own finalizers, which close their descriptors without
# marking them closed, and our close would close those numbers again, perhaps reused by then.
_OPEN: set[_Pool[Any, Any]] = set()


class _Pool(Generic[T, R]):
    def __init__(self, function: Callable[[T], R], workers: int) -> None:
        context = multiprocessing.get_context("fork")
        self.owner = os.getpid()
        self.processes: list[Any] = []
        self.pipes: list[Connection] = []
        # What the workers inherit (the lexicon, tens of thousands of objects) is left out of their
        # garbage collections: not scanned again and again, nor its pages copied on write.
        gc.freeze()
        try:
            for _ in range(workers):
                mine, theirs = context.Pipe()
                ours = [*self.pipes, mine]  # the parent's ends so far: the worker closes its copies
                process = context.Process(target=_serve, args=(function, theirs, ours), daemon=True)
                process.start()
                theirs.close()  # the worker's end is the worker's alone: its death closes the pipe
                self.processes.append(process)
                self.pipes.append(mine)
        finally:
            gc.unfreeze()

    def run(self, tasks: Iterator[T], window: int) -> Iterator[R]:
        busy: dict[Connection, int] = {}
        idle = list(self.pipes)
        done: dict[int, R] = {}
        sent = given = 0
        exhausted = False
        while True:
            while idle and not exhausted and sent - given < window:
                task = next(tasks, _END)
                if task is _END:
                    exhausted = True
                    break
                pipe = idle.pop()
                self._send(pipe, task)
                busy[pipe] = sent
                sent += 1
            if not busy:
                return
            for ready in wait(list(busy)):
                pipe = ready  # type: ignore[assignment]
                ok, value = self._receive(pipe)
                if not ok:
                    raise value
                done[busy.pop(pipe)] = value
                idle.append(pipe)
            while given in done:
                yield done.pop(given)
                given += 1

    def _send(self, pipe: Connection, task: T) -> None:
        try:
            pipe.send(task)
        except OSError:  # its end is closed: it died
            raise WorkerDied("a worker process died") from None

    def _receive(self, pipe: Connection) -> tuple[bool, Any]:
        try:
            answer: tuple[bool, Any] = pipe.recv()
        except (EOFError, OSError):  # ended, or ended half way through its answer
            raise WorkerDied("a worker process died") from None
        return answer

    def close(self) -> None:
        if os.getpid() != self.owner:
            return  # a copy inherited by a process forked later, collected there: not ours to close
        for pipe in self.pipes:
            pipe.close()  # a worker waiting for a task reads end-of-file and returns
        for process in self.processes:
            process.join(timeout=5)
            if process.is_alive():  # still computing: its result is no longer wanted
                process.kill()
                process.join()


_END: Any = object()


def _serve(function: Callable[[Any], Any], pipe: Connection, parents: list[Connection]) -> None:
    """A worker: answer (True, result) or (False, exception) for each task, until end-of-file."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops us
    for end in parents:
        end.close()  # inherited copies of the parent's ends: only the parent may hold them
    while True:
        try:
            task = pipe.recv()
        except EOFError:
            return
        try:
            answer: tuple[bool, Any] = (True, function(task))
        except Exception as exc:  # handed to the parent, which raises it
            answer = (False, exc)
        try:
            try:
                pipe.send(answer)
            except (pickle.PicklingError, TypeError, AttributeError) as exc:  # an exception that will not pickle
                pipe.send((False, RuntimeError(f"{type(answer[1]).__name__}: {answer[1]} ({exc})")))
        except OSError:  # the parent is gone or stopped listening
            return
