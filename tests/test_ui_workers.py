"""The one worker helper: results on the UI thread, errors, progress, cancel, clean shutdown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from reader.library import Library, PaperQuery
from reader.ui.common.throttle import Throttle
from reader.ui.common.workers import Task, Workers
from tests.ui_support import *  # the window fixtures (see its __all__)


@pytest.fixture
def workers():
    pool = Workers()
    yield pool
    pool.shutdown()


def test_results_and_errors_arrive_on_the_ui_thread(qtbot, workers) -> None:
    seen: list[tuple[str, object]] = []
    ran_in: list[str] = []

    def work() -> int:
        ran_in.append(threading.current_thread().name)
        return 42

    def fail() -> None:
        raise ValueError("boom")

    workers.run_task(work, lambda r: seen.append((threading.current_thread().name, r)))
    workers.run_task(fail, on_error=lambda e: seen.append((threading.current_thread().name, e)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert ran_in and ran_in[0] != "MainThread"
    assert all(name == "MainThread" for name, _ in seen)
    values = [v for _n, v in seen]
    assert 42 in values and any(isinstance(v, ValueError) for v in values)
    qtbot.waitUntil(lambda: not workers.busy(), timeout=3000)


def test_progress_and_cancel(qtbot, workers) -> None:
    started = threading.Event()
    progress: list[int] = []

    def work(task: Task) -> str:
        for i in range(10_000):
            task.report(i, 10_000, "x", force=i == 0)
            started.set()
            if task.is_cancelled():
                return "cancelled"
            threading.Event().wait(0.001)
        return "done"

    results: list[str] = []
    task = workers.run_task(work, results.append)
    task.progressed.connect(lambda done, _total, _text: progress.append(done))
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(progress), timeout=3000)
    task.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["cancelled"] and not task.running


def test_no_callback_once_its_context_is_gone(qtbot, workers) -> None:
    context = QObject()
    gate = threading.Event()
    called: list[object] = []
    workers.run_task(lambda: gate.wait(5), called.append, context=context)
    context.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(context), timeout=3000)
    gate.set()
    qtbot.waitUntil(lambda: not workers.busy(), timeout=3000)
    assert called == []


def test_pool_threads_keep_one_library_connection_each(qtbot, corpus_db, workers) -> None:
    """One read connection per thread that used the library, never one per task.

    Which of the pool's two threads runs a task is the pool's choice, and opening
    the library reads on this thread too: count against the threads actually used
    (this was flaky when it assumed at most two connections in all).
    """
    library = Library(corpus_db)
    try:
        done: list[int] = []
        task_threads: set[int] = set()

        def task() -> int:
            task_threads.add(threading.get_ident())
            return len(library.rows(PaperQuery(text="model")))

        for count in range(1, 13):
            workers.run_task(task, done.append)
            qtbot.waitUntil(lambda n=count: len(done) == n, timeout=3000)
        assert 1 <= len(task_threads) <= 2  # the pool's threads live on (no expiry)
        users = task_threads | {threading.get_ident()}
        connections = set(library._db._connections)
        assert task_threads <= connections <= users  # 12 tasks, one connection per thread
    finally:
        workers.shutdown()
        library.close()


def test_shutdown_joins_the_threads_and_refuses_new_work(qtbot) -> None:
    pool = Workers()
    pool.run_task(lambda: None)
    pool.shutdown()
    assert pool.active_threads() == 0 and pool not in Workers.live_pools()
    with pytest.raises(RuntimeError):
        pool.run_task(lambda: None)


def test_throttle_runs_the_first_call_and_the_last_of_a_burst(qtbot) -> None:
    calls: list[int] = []
    throttle = Throttle(calls.append, 50)
    for i in range(5):
        throttle(i)
    assert calls == [0]
    qtbot.waitUntil(lambda: calls == [0, 4], timeout=2000)


def test_a_bug_nobody_hears_is_logged_at_error_with_its_traceback(
    qtbot, workers, caplog, expect_errors
) -> None:
    """No handler, or its context gone: the pool logs a bug itself, not at DEBUG."""
    from reader.db import LibraryError
    from reader.neterrors import Cancelled

    expect_errors(r"background task (orphan|unhandled) failed")

    def bug() -> None:
        raise KeyError("missing")

    def damaged() -> None:
        raise LibraryError("The library is damaged.")

    def cancelled() -> None:
        raise Cancelled()

    gate = threading.Event()

    def late_bug() -> None:
        gate.wait(5)
        bug()

    context = QObject()
    heard: list[BaseException] = []
    workers.run_task(late_bug, on_error=heard.append, context=context, name="orphan")
    context.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(context), timeout=3000)
    gate.set()
    workers.run_task(bug, name="unhandled")
    workers.run_task(damaged, name="damaged")
    workers.run_task(cancelled, name="cancelled")
    qtbot.waitUntil(lambda: not workers.busy(), timeout=3000)
    errors = {r.getMessage(): r for r in caplog.records if r.levelname == "ERROR"}
    assert set(errors) == {
        "background task orphan failed",
        "background task unhandled failed",
    }
    assert all(r.exc_info and isinstance(r.exc_info[1], KeyError) for r in errors.values())
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == ["background task damaged failed: The library is damaged."]
    assert heard == []
