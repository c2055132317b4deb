"""The library's one writer: a thread with a queue that runs every write, in order.

Why a thread and not a lock: with a lock, whoever writes waits for whoever holds
it, and the window's marks waited seconds behind an import's transaction. Here
the window hands a write to :meth:`Writer.submit` and goes on at once; the write
runs after the ones queued before it. Workers and the command line, which may
wait, use :meth:`Writer.call`. Code written as a ``with`` block around a
transaction (the user-state modules) takes a :meth:`Writer.lease`: its place in
the same queue, during which the writer thread waits and the caller's thread
owns the writer connection, so every write is still one at a time and in order.

Whatever thread owns the writer (the writer thread during a job, a lease holder
during its lease) runs further writes inline, so a job may call code that writes.

:meth:`Writer.close` drains the queue within a short deadline (quit loses no
mark), and the thread ends by itself when idle so a library that is never
closed leaves no thread blocked behind it. Free of Qt.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
IDLE_EXIT_S = 5.0  # an idle writer thread ends; the next write starts another
CLOSE_DEADLINE_S = 2.0  # quit waits at most this long for queued writes


class WriterClosed(RuntimeError):
    """A write was dropped: the writer was closed before it could run."""


class _Job:
    """One queued write: its function, the future its result goes to, when it was queued."""

    __slots__ = ("fn", "future", "queued")

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn
        self.future: Future = Future()
        self.queued = time.perf_counter()


_STOP = object()


class Writer:
    """Runs jobs one at a time on its own thread, in the order they were queued.

    *wait_observers* are called (with no argument, on the waiting thread) each
    time a thread blocks for a write: a test proves the UI thread never does.
    """

    def __init__(self, name: str = "library-writer") -> None:
        self.name = name
        self._queue: queue.SimpleQueue[_Job | object] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._owner: int | None = None  # ident of the thread that may write now
        self._pending = 0  # jobs queued or running
        self._idle = threading.Condition(self._lock)
        self.wait_observers: list[Callable[[], None]] = []

    # --------------------------------------------------------------- queueing

    def on_thread(self) -> bool:
        """Whether the calling thread is the writer thread itself."""
        thread = self._thread
        return thread is not None and thread.ident == threading.get_ident()

    def owns(self) -> bool:
        """Whether the calling thread may write now (it runs a job or holds a lease)."""
        return self._owner == threading.get_ident()

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Queue *fn* to run on the writer thread; never blocks. Its result is the future's."""
        job = _Job(fn)
        with self._lock:
            self._pending += 1
            self._queue.put(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
                self._thread.start()
        return job.future

    def call(self, fn: Callable[[], T]) -> T:
        """Run *fn* on the writer and wait for its result (inline when this thread owns it)."""
        if self.owns():
            return fn()
        future = self.submit(fn)
        self._waiting()
        return future.result()

    @contextmanager
    def lease(self) -> Iterator[None]:
        """Own the writer on this thread for a block, in turn with the queued jobs."""
        if self.owns():
            yield
            return
        granted, released = threading.Event(), threading.Event()
        holder = threading.get_ident()

        def hold() -> None:
            self._owner = holder
            granted.set()
            released.wait()

        future = self.submit(hold)
        self._waiting()
        while not granted.wait(0.05):
            if future.done():  # dropped by close() before its turn
                future.result()
        try:
            yield
        finally:
            self._owner = None
            released.set()

    def _waiting(self) -> None:
        for observer in list(self.wait_observers):
            observer()

    # ---------------------------------------------------------------- running

    def _loop(self) -> None:
        me = threading.get_ident()
        while True:
            try:
                job = self._queue.get(timeout=IDLE_EXIT_S)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():  # submit() starts a new thread from here on
                        self._thread = None
                        return
                continue
            if job is _STOP:
                with self._lock:
                    if self._queue.empty():  # a write queued after close() still runs
                        self._thread = None
                        return
                continue
            assert isinstance(job, _Job)
            self._run(job, me)

    def _run(self, job: _Job, me: int) -> None:
        if job.future.set_running_or_notify_cancel():
            self._owner = me
            try:
                result = job.fn()
            except BaseException as exc:
                job.future.set_exception(exc)
            else:
                job.future.set_result(result)
            finally:
                self._owner = None
        with self._lock:
            self._pending -= 1
            if self._pending == 0:
                self._idle.notify_all()

    def pending(self) -> int:
        """Jobs queued or running."""
        with self._lock:
            return self._pending

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every job queued so far has run; False if *timeout* came first."""
        if self.owns():
            return self._pending <= 1
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            while self._pending:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._idle.wait(left)
        return True

    def close(self, deadline: float = CLOSE_DEADLINE_S) -> bool:
        """Run the queued jobs (within *deadline* seconds), then stop the thread.

        Jobs still queued after the deadline fail with :class:`WriterClosed` and are
        logged; True when everything queued was written.
        """
        with self._lock:
            thread = self._thread
            if thread is not None:
                self._queue.put(_STOP)
        if thread is None or thread.ident == threading.get_ident():
            return True
        thread.join(deadline)
        if not thread.is_alive():
            return True
        log.error("the library writer did not finish its queue within %.1f s", deadline)
        dropped = 0
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if isinstance(job, _Job) and not job.future.done():
                job.future.set_exception(WriterClosed("the library was closed before this write"))
                dropped += 1
                with self._lock:
                    self._pending -= 1
        if dropped:
            log.error("%d queued writes were dropped at close", dropped)
        return False
