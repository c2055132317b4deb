"""The window's writes: queued on the library's one writer, answered on the UI thread.

:func:`run_write` is the write-side twin of :meth:`Workers.run_task`: *fn* runs on
the library's writer thread (:meth:`reader.library.Library.submit`), in order
with every other write, and never in the worker pool, where an import and a sync
can hold both threads for minutes. The UI thread only queues: it never waits on
SQLite. The caller updates its models before calling and corrects them in
*on_error*; the result and the error come back by a queued signal, and only
while *context* still exists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from reader import notify

if TYPE_CHECKING:
    from reader.library import Library

log = logging.getLogger(__name__)

_in_flight: set[_Answer] = set()  # kept alive until their answer is delivered


class _Answer(QObject):
    """Carries one write's outcome from the writer thread to the UI thread."""

    _done = Signal(bool, object)

    def __init__(
        self,
        name: str,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        context: QObject | None,
    ) -> None:
        super().__init__()
        self.name = name
        self._on_done, self._on_error, self._context = on_done, on_error, context
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def finished(self, future: Future) -> None:  # on the writer thread
        exc = future.exception()
        self._done.emit(exc is None, exc if exc is not None else future.result())

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        _in_flight.discard(self)
        if self._context is not None and not shiboken6.isValid(self._context):
            return
        if ok:
            if self._on_done is not None:
                self._on_done(value)
        elif self._on_error is not None:
            self._on_error(value)  # type: ignore[arg-type]
        else:
            report_failure(value, self.name)  # type: ignore[arg-type]


def report_failure(exc: BaseException, what: str) -> None:
    """One sentence for the user: the library's own, or a bug's name and the log file."""
    text = QCoreApplication.translate(  # *what* is the log's word, not the user's
        "Writes", "Saving a change failed (%1); details are in the log file."
    )
    notify.failure(exc, f"Writing {what}", text)


def run_write(
    library: Library,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    context: QObject | None = None,
    name: str = "a change",
) -> Future:
    """Queue *fn* on the library's writer; *on_done(result)* or *on_error(exc)* on this thread.

    Returns at once. Without *on_error* a failure is told in one sentence.
    """
    answer = _Answer(name, on_done, on_error, context)
    _in_flight.add(answer)
    future = library.submit(fn)
    future.add_done_callback(answer.finished)
    return future


def writes_in_flight() -> int:
    """Writes queued from the window whose answer has not come back yet (tests wait on it)."""
    return len(_in_flight)
