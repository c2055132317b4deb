"""Marking a paper on show reads nothing from the library on the UI thread.

During an import the UI thread's reads wait for the GIL behind the import's
Python work (a 100 ms gap was a one-row read in ``Marks.set_read``): the row on
show already says whether the paper is read or bookmarked.
"""

from __future__ import annotations

import threading

from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import day_window, settle

DAY = "2024-03-11"


def test_marking_a_shown_paper_reads_nothing_on_the_ui_thread(
    qtbot, corpus_db, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    library = window.library
    reads: list[str] = []
    query = library.query

    def spy(sql, params=()):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            reads.append(sql)
        return query(sql, params)

    library.query = spy  # type: ignore[method-assign]
    row = window.paper_list.model.row(0)
    assert row is not None
    assert window.marks.set_read(row.id, [DAY], not row.read)
    assert window.marks.set_bookmarked(row.id, not row.bookmarked)
    assert not window.marks.set_read(row.id, [DAY], not row.read)  # already so: no change
    assert reads == []
    library.flush()
    settle(qtbot, window)
    assert bool(query("SELECT 1 FROM read_state WHERE paper_id = ?", (row.id,))) != row.read
    assert bool(query("SELECT 1 FROM bookmarks WHERE paper_id = ?", (row.id,))) != row.bookmarked
