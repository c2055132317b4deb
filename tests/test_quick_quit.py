"""Quitting waits for nothing slow (issue 11): the start-up check of the library stops at once.

The window checks the library (``quick_check``, ~0.4 s at 110k papers) in a
worker right after start; a quit during it used to wait for it to end.
"""

from __future__ import annotations

import threading

import pytest

from reader.library import Library

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def _wait_for(predicate, thread: threading.Thread) -> None:
    """Until *predicate* holds (the thread is inside its check); no timing asserted."""
    event = threading.Event()
    while not predicate() and thread.is_alive():
        event.wait(0.005)


def test_cancel_verify_stops_a_running_check_and_leaves_the_file_unchecked(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = Library(tmp_path / "library.sqlite3")
    db = library._db
    # a check that never ends by itself: only an interrupt stops it
    monkeypatch.setattr(
        type(db), "check", lambda self, full=False: self.conn.execute(ENDLESS).fetchall()
    )
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(library.verify()), daemon=True)
    worker.start()
    _wait_for(lambda: db._checking is not None, worker)
    library.cancel_verify()
    worker.join(timeout=30)
    assert not worker.is_alive(), "verify went on after cancel_verify"
    assert result == [None]  # not read-only: the check did not find damage, it was stopped
    assert db._verified is False  # the next write checks the file again
    monkeypatch.undo()
    db.require_writable()  # the write path is not cancelled: it checks, and passes
    assert db._verified
    library.close()


def test_a_check_queued_after_cancel_is_skipped_but_a_write_still_checks_first(tmp_path) -> None:
    library = Library(tmp_path / "library.sqlite3")
    db = library._db
    library.cancel_verify()  # the window closes before its background check began
    assert library.verify() is None and db._verified is False  # skipped, not passed
    db.require_writable()  # a write (the writer flushing marks at quit) checks the file itself
    assert db._verified is True
    library.close()
