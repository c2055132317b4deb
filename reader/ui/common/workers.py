"""Blocking work off the UI thread: one ``run_task`` helper over a QThreadPool.

A task's function runs in a pool thread and never touches widgets; its result,
error and progress come back to the UI thread by signal, and are delivered only
while the task's *context* object (usually the widget that asked) still exists.
Functions that accept a ``task`` argument receive their :class:`Task` so they
can report progress and poll :meth:`Task.is_cancelled`.

A task's error goes to its *on_error*, which tells the user through
:func:`reader.notify.failure`. When there is none to hear it (no handler, or its
context is gone) the pool logs it itself: a bug with its traceback at ERROR, an
error of the environment (:func:`reader.notify.is_environment`) at WARNING, a
cancel at DEBUG. No error is dropped unseen.
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from reader import notify

log = logging.getLogger(__name__)

_ALL: weakref.WeakSet[Workers] = weakref.WeakSet()


class Task(QObject):
    """One piece of work in the pool.

    Signals: ``progressed(int done, int total, str text)``, ``succeeded(object result)``,
    ``failed(object exception)``, ``finished()`` (after either of the two).
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    _done = Signal(bool, object)  # emitted from the pool thread

    def __init__(self, fn: Callable[..., Any], name: str = "") -> None:
        super().__init__()
        self.fn = fn
        self.name = name or getattr(fn, "__name__", "task")
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self.running = True
        self._done.connect(self._deliver)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, text: str = "", force: bool = False) -> None:
        """Progress from the worker, at most about 30 times a second."""
        now = time.monotonic()
        if force or done >= total or now - self._last_progress >= 0.03:
            self._last_progress = now
            self.progressed.emit(done, total, text)

    def _run(self) -> None:
        try:
            wants_task = "task" in inspect.signature(self.fn).parameters
            result = self.fn(task=self) if wants_task else self.fn()
        except BaseException as exc:  # delivered on the UI thread, logged there (see _unheard)
            self._done.emit(False, exc)
        else:
            self._done.emit(True, result)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        self.running = False
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)
        self.finished.emit()


def _unheard(name: str, exc: BaseException) -> None:
    """Log the error of a task nobody handles (see the module docstring)."""
    from reader.neterrors import Cancelled

    if isinstance(exc, Cancelled):
        log.debug("background task %s cancelled", name)
    elif notify.is_environment(exc):
        log.warning("background task %s failed: %s", name, exc)
    else:
        log.error("background task %s failed", name, exc_info=(type(exc), exc, exc.__traceback__))


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task._run()


class Workers(QObject):
    """The app's thread pool; :meth:`shutdown` cancels, waits and joins every thread.

    Signals: ``busy_changed(bool)`` when the first task starts or the last one ends.
    """

    busy_changed = Signal(bool)

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: QThreadPool | None = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._pool.setExpiryTimeout(-1)  # threads (and their DB connections) live until shutdown
        self._tasks: set[Task] = set()
        self._held: list[_Runnable] | None = None  # queued by hold() until release()
        _ALL.add(self)

    def hold(self) -> None:
        """Queue new tasks instead of starting them, until :meth:`release`.

        Start-up holds the pool until the window's first paint: starting threads
        and running the library check, counts and thumbnails beside it would slow
        that paint on a 2-core machine, and none of them is in it.
        """
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the tasks queued since :meth:`hold`, in order; new ones start at once again."""
        held, self._held = self._held, None
        for runnable in held or ():
            if self._pool is not None:  # a task cancelled meanwhile sees it when it runs
                self._pool.start(runnable)

    def run_task(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        context: QObject | None = None,
        name: str = "",
    ) -> Task:
        """Run *fn* in the pool; call *on_done(result)* or *on_error(exc)* on the UI thread."""
        task = Task(fn, name)
        alive = (lambda: shiboken6.isValid(context)) if context is not None else (lambda: True)

        def done(result: object) -> None:
            if on_done is not None and alive():
                on_done(result)

        def failed(exc: BaseException) -> None:
            if on_error is not None and alive():
                on_error(exc)
            else:
                _unheard(task.name, exc)

        task.succeeded.connect(done)
        task.failed.connect(failed)
        task.finished.connect(lambda: self._finished(task))
        if self._pool is None:
            raise RuntimeError("the worker pool is shut down")
        was_idle = not self._tasks
        self._tasks.add(task)
        if self._held is not None:
            self._held.append(_Runnable(task))
        else:
            self._pool.start(_Runnable(task))
        if was_idle:
            self.busy_changed.emit(True)
        return task

    def _finished(self, task: Task) -> None:
        self._tasks.discard(task)
        if not self._tasks:
            self.busy_changed.emit(False)

    def busy(self) -> bool:
        return bool(self._tasks)

    def active_threads(self) -> int:
        return self._pool.activeThreadCount() if self._pool is not None else 0

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running tasks end (their results are delivered later)."""
        return self._pool.waitForDone(msecs) if self._pool is not None else True

    def shutdown(self) -> None:
        """Cancel every task, wait for them, and join the pool's threads."""
        for task in list(self._tasks):
            task.cancel()
        self._held = None  # held tasks never started: nothing to wait for
        if self._pool is None:
            return
        self._pool.waitForDone()
        pool, self._pool = self._pool, None
        shiboken6.delete(pool)  # the destructor joins the idle threads
        self._tasks.clear()

    @staticmethod
    def live_pools() -> list[Workers]:
        """Pools not yet shut down (tests fail when one is left behind)."""
        return [w for w in _ALL if w._pool is not None]
