"""The window and the library's one writer: no write on the UI thread, quit flushes, marks land.

Real windows on real libraries (pytest-qt). A trace on the writer connection
records the thread of every statement it runs; the writer records every thread
that waits for a write. A write that waited where it must not would deadlock
against a gate the test holds: a safety valve turns that into a failed assert.
"""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader import notes_tags, triage
from reader.library import Library
from tests.files_support import gen_corpus
from tests.gate import HELD_MARK, VALVE_S, Gate, hold_second_batch
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import FakeDialogs, close, day_window, settle, written

DAY = "2024-03-11"  # 7 papers in the corpus


def trace_writer(library: Library) -> list[tuple[str, bool]]:
    """``(statement, ran on the main thread)`` for everything the writer connection runs."""
    seen: list[tuple[str, bool]] = []

    def record(sql: str) -> None:
        seen.append((sql, threading.current_thread() is threading.main_thread()))

    library.writer.call(lambda: library._db._writer_conn().set_trace_callback(record))
    return seen


def main_thread_waits(library: Library) -> list[str]:
    """A list that gets an entry each time the main (Qt UI) thread waits for a write."""
    waits: list[str] = []

    def observe() -> None:
        if threading.current_thread() is threading.main_thread():
            waits.append("waited")

    library.writer.wait_observers.append(observe)
    return waits


def test_no_database_write_runs_or_waits_on_the_ui_thread(qtbot, corpus_db, make_window) -> None:
    window = day_window(qtbot, make_window, DAY)
    library = window.library
    statements = trace_writer(library)
    waits = main_thread_waits(library)
    first = window.commands.current.id

    act = window.action_set
    act["toggle_read"].trigger()
    act["toggle_read"].trigger()
    act["toggle_bookmark"].trigger()
    window.marks.schedule_read(first, [DAY])  # read when shown (delay 0 path below)
    window.marks._mark_pending()
    act["state_later"].trigger()  # triage (moves on to the next paper)
    settle(qtbot, window)
    act["state_done"].trigger()
    settle(qtbot, window)
    window.paper_list.select_row(0)
    window.paper_list.view.setFocus()
    settle(qtbot, window)
    act["edit_note"].trigger()
    window.commands.flush()
    qtbot.keyClicks(window.notes.editor.edit, "a note")
    window.notes.editor.save()
    act["edit_tags"].trigger()
    window.commands.flush()
    qtbot.keyClicks(window.notes.editor.tags, "vision, todo")
    qtbot.keyClick(window.notes.editor.tags, Qt.Key.Key_Return)
    act["not_interested"].trigger()
    window.action_set["mark_list_read"].trigger()
    settle(qtbot, window)

    written(window)
    changed = [sql for sql, _main in statements if sql.startswith(("INSERT", "UPDATE", "DELETE"))]
    assert len(changed) >= 8, "the actions above wrote through the writer"
    on_ui = [sql for sql, main in statements if main]
    assert on_ui == [], f"statements ran on the UI thread: {on_ui[:3]}"
    assert waits == [], "the UI thread waited for a write"
    # and they all landed
    assert library.bookmarked_ids() == [first]
    assert notes_tags.note(library, first) == "a note"
    assert notes_tags.paper_tags(library, first) == ["todo", "vision"]
    assert library.dismissed_ids() == [first]
    assert triage.states(library, [first])[first] in ("later", "done")
    assert window.day_model.day_info(DAY).unread == 0


def test_closing_the_window_writes_the_marks_still_queued(
    qtbot, corpus_db, data_dir, make_window
) -> None:
    window = day_window(qtbot, make_window, DAY)
    library, workers = window.library, window.workers
    ids = window.paper_list.model.ids()[:4]
    gate = Gate()

    def hold() -> None:  # another writer (a sync's batch) holds the library
        with library.writing() as tx:
            tx.execute("INSERT OR REPLACE INTO meta VALUES ('held', 'yes')")
            gate.hold()

    holder = threading.Thread(target=hold)
    holder.start()
    assert gate.reached.wait(VALVE_S)
    for paper in ids:
        assert window.marks.set_read(paper, [DAY], True)  # shown at once, queued
    window.marks.set_bookmarked(ids[0], True)
    assert all(window.paper_list.model.row(r).read for r in range(4))
    assert library.writer.pending() >= 5  # nothing written yet
    threading.Timer(0.05, gate.open).start()
    window.close()  # at once: the close flushes what is queued
    holder.join()
    assert not gate.by_valve
    with Library(data_dir.database, read_only=True) as fresh:
        assert all(fresh.state(p).read_at for p in ids)
        assert fresh.bookmarked_ids() == [ids[0]]
    close(window, workers, library)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty synthetic digests from the benchmark generator (an import with many batches)."""
    folder = tmp_path_factory.mktemp("generated-writer")
    gen_corpus().generate(folder, days=40, papers=12, seed=11)
    return folder


def test_marks_made_while_an_import_holds_the_writer_show_at_once_and_land_in_order(
    qtbot, corpus_db, make_window, generated, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate, batches = hold_second_batch(monkeypatch, 30)
    window = day_window(qtbot, make_window, DAY, dialogs=FakeDialogs(folder=[str(generated)]))
    library = window.library
    statements = trace_writer(library)
    ids = window.paper_list.model.ids()[:3]
    try:
        window.action_set["import_folder"].trigger()
        qtbot.waitUntil(gate.reached.is_set, timeout=int(VALVE_S * 1000))
        ops = [(ids[0], True), (ids[1], True), (ids[0], False), (ids[2], True)]
        for paper, read in ops:
            assert window.marks.set_read(paper, [DAY], read)
            assert window.paper_list.model.row(ids.index(paper)).read is read  # at once
        assert window.day_model.day_info(DAY).unread == 7 - 2
        assert not gate.opened.is_set()  # nobody waited for the held import
    finally:
        gate.open()
    qtbot.waitUntil(lambda: not window.importer.running(), timeout=30_000)
    settle(qtbot, window)
    written(window)
    assert not gate.by_valve and len(batches) > 3
    sqls = [sql for sql, _main in statements]
    held = sqls.index(HELD_MARK)
    marks = [
        i
        for i, sql in enumerate(sqls)
        if sql.startswith(("INSERT OR IGNORE INTO read_state", "DELETE FROM read_state"))
    ]
    later = [i for i, sql in enumerate(sqls) if i > held and "INTO sources" in sql]
    assert marks and later
    assert held < marks[0] and marks[-1] < later[0]  # between the import's batches 2 and 3
    kinds = [k.split()[0] for k, _g in itertools.groupby(sqls[i] for i in marks)]
    assert kinds == ["INSERT", "INSERT", "DELETE", "INSERT"]  # in the order made
    assert library.state(ids[0]).read_at is None
    assert library.state(ids[1]).read_at and library.state(ids[2]).read_at
    row = {r.id: r for r in (window.paper_list.model.row(i) for i in range(3))}
    assert [row[i].read for i in ids] == [False, True, True]
