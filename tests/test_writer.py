"""The library's one writer (reader.writer): queued writes never wait, run in order, flush at close.

Real SQLite files in tmp_path; no timed asserts: a write that waited where it
must not would deadlock against an event the test holds, which a safety valve
turns into a failed assertion instead of a hang.
"""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

import pytest

from reader import writer as writer_module
from reader.db import LibraryReadOnly
from reader.importer import import_paths
from reader.library import Library
from tests.gate import HELD_MARK, VALVE_S, Gate, hold_second_batch


def ids_of(library: Library, n: int) -> list[str]:
    return [r[0] for r in library.query("SELECT id FROM papers ORDER BY id LIMIT ?", (n,))]


@pytest.fixture
def filled(tmp_path: Path, corpus: Path) -> Library:
    lib = Library(tmp_path / "lib.sqlite3")
    import_paths(lib, [corpus])
    yield lib
    lib.close()


def hold_writer(library: Library, gate: Gate) -> threading.Thread:
    """A worker that opens a write transaction (a lease) and holds it at *gate*."""

    def work() -> None:
        with library.writing() as tx:
            tx.execute("INSERT OR REPLACE INTO meta VALUES ('held', 'yes')")
            gate.hold()

    thread = threading.Thread(target=work)
    thread.start()
    assert gate.reached.wait(VALVE_S)
    return thread


def test_submit_returns_while_another_thread_holds_the_writer(filled: Library) -> None:
    ids = ids_of(filled, 3)
    gate = Gate()
    holder = hold_writer(filled, gate)
    futures = [filled.submit(lambda i=i: filled.set_read([i])) for i in ids]  # must not wait
    assert not any(f.done() for f in futures)  # queued behind the open transaction
    gate.open()
    holder.join()
    assert not gate.by_valve
    assert [f.result(VALVE_S) for f in futures] == [[i] for i in ids]
    assert all(filled.state(i).read_at for i in ids)


def test_reads_do_not_wait_for_an_open_write_transaction(filled: Library) -> None:
    paper = ids_of(filled, 1)[0]
    gate = Gate()
    holder = hold_writer(filled, gate)
    try:
        # the read connection sees the last commit at once (WAL), not the held row
        assert filled.meta("held") is None
        assert filled.state(paper).read_at is None
        assert filled.days()
        assert gate.opened.is_set() is False  # we were not released by anyone: no wait
    finally:
        gate.open()
        holder.join()
    assert filled.meta("held") == "yes"


def test_a_job_that_writes_runs_inline_on_the_writer_thread(filled: Library) -> None:
    paper = ids_of(filled, 1)[0]
    seen: list[str] = []

    def job() -> list[str]:
        seen.append(threading.current_thread().name)
        changed = filled.set_read([paper])  # a write inside a job: inline, no deadlock
        filled.add_tag(paper, "inline")
        with filled.writing() as tx:  # a lease inside a job: inline too
            tx.execute("INSERT OR REPLACE INTO meta VALUES ('k', 'v')")
        return changed

    assert filled.submit(job).result(VALVE_S) == [paper]
    assert seen and seen[0].startswith("writer:")
    assert filled.state(paper).tags == ("inline",)
    assert filled.meta("k") == "v"


def test_close_writes_every_queued_mark(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    lib = Library(path)
    import_paths(lib, [corpus])
    ids = ids_of(lib, 40)
    gate = Gate()
    holder = hold_writer(lib, gate)
    for i in ids:
        lib.submit(lambda i=i: lib.set_read([i]))
    lib.submit(lambda: lib.set_bookmarked(ids[:5]))
    threading.Timer(0.05, gate.open).start()  # the holder ends while close() drains
    lib.close()
    holder.join()
    with Library(path, read_only=True) as again:
        assert all(again.state(i).read_at for i in ids)
        assert set(again.bookmarked_ids()) == set(ids[:5])


def test_a_refused_write_fails_its_future_with_a_sentence(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        import_paths(lib, [corpus])
        paper = ids_of(lib, 1)[0]
    with Library(path, read_only=True) as lib:
        future = lib.submit(lambda: lib.set_read([paper]))
        with pytest.raises(LibraryReadOnly, match="read-only"):
            future.result(VALVE_S)


def test_an_idle_writer_thread_ends_and_the_next_write_starts_one(
    filled: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer_module, "IDLE_EXIT_S", 0.01)
    paper = ids_of(filled, 1)[0]
    filled.submit(lambda: filled.set_read([paper])).result(VALVE_S)
    ended = threading.Event()

    def wait_end() -> None:
        while filled.writer._thread is not None:
            threading.Event().wait(0.01)
        ended.set()

    threading.Thread(target=wait_end, daemon=True).start()
    assert ended.wait(VALVE_S)
    assert filled.submit(lambda: filled.set_read([paper], False)).result(VALVE_S) == [paper]
    assert filled.state(paper).read_at is None


def test_marks_queued_during_an_import_land_between_its_batches_in_order(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import holds the writer inside its 2nd batch; marks queued then go in right after it."""
    gate, _batches = hold_second_batch(monkeypatch, 20)
    lib = Library(tmp_path / "lib.sqlite3")
    statements: list[str] = []
    lib.writer.call(lambda: lib._db._writer_conn().set_trace_callback(statements.append))
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(import_paths(lib, [corpus])))
    try:
        worker.start()
        assert gate.reached.wait(VALVE_S)
        papers = ids_of(lib, 3)  # the first batch is committed and readable
        assert len(papers) == 3
        ops = [(papers[0], True), (papers[1], True), (papers[0], False), (papers[2], True)]
        futures = [lib.submit(lambda p=p, r=r: lib.set_read([p], r)) for p, r in ops]
        queued_before_release = not gate.opened.is_set()
        gate.open()
        worker.join(VALVE_S * 2)
        assert not gate.by_valve and queued_before_release
        assert [f.result(VALVE_S) for f in futures] == [[p] for p, _r in ops]
        assert done and done[0].imported > 2  # the import went on to later batches
        lib.writer.call(lambda: lib._db._writer_conn().set_trace_callback(None))
    finally:
        gate.open()
        worker.join(VALVE_S)
        lib.close()
    held = statements.index(HELD_MARK)
    marks = [
        i
        for i, s in enumerate(statements)
        if s.startswith(("INSERT OR IGNORE INTO read_state", "DELETE FROM read_state"))
    ]
    later_batches = [i for i, s in enumerate(statements) if i > held and "INTO sources" in s]
    assert marks and later_batches
    assert held < marks[0] and marks[-1] < later_batches[0]  # between batch 2 and batch 3
    # (the trace repeats a statement for each trigger step it runs: keep one of each)
    kinds = [k for k, _g in itertools.groupby(statements[i] for i in marks)]
    kinds = [k.split()[0] for k in kinds]
    assert kinds == ["INSERT", "INSERT", "DELETE", "INSERT"]  # in the order queued
    with Library(tmp_path / "lib.sqlite3", read_only=True) as again:
        assert again.state(papers[0]).read_at is None
        assert again.state(papers[1]).read_at and again.state(papers[2]).read_at
