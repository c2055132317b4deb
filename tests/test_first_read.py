"""The read counts read in a thread at start-up (reader.first_read) are used only while true.

The day list's read counts are read while Qt is imported, on their own
connection; ``Library.days`` takes them once, and only when nothing was
committed to the library since. Anything else (a change in between, a failing
or slow read, a file that is not a current library, a read-only library) reads
the library as ever.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from pathlib import Path

import pytest

from reader import first_read, triage
from reader.first_read import FirstRead
from reader.library import Library, PaperQuery
from reader.paths import AppPaths
from reader.samples import import_samples
from reader.schema import MIGRATIONS
from reader.store import SAMPLE_PREFIX
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import run_app_main


class Spy:
    """Counts the library's reads of the day list's read counts on its own connection."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.counts = 0
        original = Library._read

        def read(library: Library, sql: str, params=()):  # type: ignore[no-untyped-def]
            if sql == first_read.DAY_READ:
                self.counts += 1
            return original(library, sql, params)

        monkeypatch.setattr(Library, "_read", read)


def _first(path: Path) -> FirstRead:
    first = FirstRead(path)
    first._thread.join(10)
    return first


def _mark_read_elsewhere(path: Path) -> str:
    """Another program (the command line) marks a paper of the newest day read; its day."""
    conn = sqlite3.connect(path)
    try:
        date, paper = conn.execute(
            "SELECT d.date, d.paper_id FROM paper_days d WHERE NOT EXISTS"
            " (SELECT 1 FROM read_state r WHERE r.paper_id = d.paper_id)"
            " ORDER BY d.date DESC LIMIT 1"
        ).fetchone()
        with conn:
            conn.execute(
                "INSERT INTO read_state (paper_id, read_at) VALUES (?, '2026-01-01T00:00:00Z')",
                (paper,),
            )
        return date
    finally:
        conn.close()


def test_the_sample_bounds_are_the_stores() -> None:
    assert first_read.SAMPLE_FROM == SAMPLE_PREFIX
    assert SAMPLE_PREFIX[:-1] + ";" == first_read.SAMPLE_TO


@pytest.mark.parametrize("content", ["corpus", "samples"])
def test_days_come_from_the_first_read_and_are_the_librarys(
    content, corpus_db, monkeypatch
) -> None:
    if content == "samples":
        corpus_db.unlink()
        with Library(corpus_db) as empty:
            assert import_samples(empty).papers > 0
    with Library(corpus_db) as plain:
        newest = plain.days()[0].date
        rows = plain.rows(PaperQuery(date=newest))
        plain.set_read([rows[0].id])  # some read, some triaged
        triage.set_state(plain, [rows[-1].id], "later")
        plain.flush()
        expected = plain.days()
    assert any(d.unread < d.papers for d in expected) and any(d.triaged for d in expected)
    assert all(d.sample for d in expected) is (content == "samples")
    spy = Spy(monkeypatch)
    first = _first(corpus_db)
    with Library(corpus_db) as library:
        library.use_first_read(first)
        assert library.days() == expected
        assert spy.counts == 0  # taken from the first read, not read again
        assert library.days() == expected and spy.counts == 1  # once only
    assert first.take() is None


def test_a_change_after_the_first_read_is_read_again(corpus_db, monkeypatch) -> None:
    with Library(corpus_db) as plain:
        before = {d.date: d.unread for d in plain.days()}
    first = _first(corpus_db)
    day = _mark_read_elsewhere(corpus_db)  # after the thread read, before the window asks
    spy = Spy(monkeypatch)
    with Library(corpus_db) as library:
        library.use_first_read(first)
        days = {d.date: d.unread for d in library.days()}
    assert spy.counts == 1  # the rows were stale: read again
    assert days[day] == before[day] - 1


def test_a_write_of_this_library_after_the_first_read_is_read_again(corpus_db) -> None:
    first = _first(corpus_db)
    with Library(corpus_db) as library:
        newest = library.days()[0]
        library.set_read([r.id for r in library.rows(PaperQuery(date=newest.date))])
        library.flush()
        library.use_first_read(first)
        assert library.days()[0].unread == 0


@pytest.mark.parametrize("trouble", ["fails", "read_only", "other_file", "slow"])
def test_trouble_reads_the_library_as_ever(trouble, corpus_db, monkeypatch) -> None:
    with Library(corpus_db) as plain:
        expected = plain.days()
    if trouble == "fails":
        monkeypatch.setattr(first_read, "read_counts", lambda conn: 1 / 0)
    elif trouble == "slow":
        monkeypatch.setattr(first_read, "WAIT_S", 0.0)
        monkeypatch.setattr(first_read, "read_counts", _slow(first_read.read_counts))
    other = corpus_db.with_name("other.sqlite3")
    if trouble == "other_file":
        other.write_bytes(corpus_db.read_bytes())
    first = FirstRead(other if trouble == "other_file" else corpus_db)
    spy = Spy(monkeypatch)
    with Library(corpus_db, read_only=trouble == "read_only") as library:
        library.use_first_read(first)
        assert library.days() == expected
    assert spy.counts == 1
    first._thread.join(10)
    assert first._conn is None  # nothing left open


def test_a_thread_a_little_late_is_waited_for(corpus_db, monkeypatch) -> None:
    """The library waits for the thread before its own reads (so the thread's snapshot
    comes first, and a commit in between is seen), then uses the counts."""
    with Library(corpus_db) as plain:
        expected = plain.days()
    monkeypatch.setattr(first_read, "read_counts", _slow(first_read.read_counts))
    first = FirstRead(corpus_db)
    spy = Spy(monkeypatch)
    with Library(corpus_db) as library:
        library.use_first_read(first)
        assert first._thread.is_alive()
        assert library.days() == expected
    assert spy.counts == 0


def _slow(read):  # type: ignore[no-untyped-def]
    import time

    def slow(conn):  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        return read(conn)

    return slow


@pytest.mark.parametrize("kind", ["missing", "not_sqlite", "too_new", "migration_due"])
def test_nothing_is_read_from_a_file_that_is_not_a_current_library(
    kind, tmp_path, corpus_db
) -> None:
    path = tmp_path / "library.sqlite3"
    if kind == "not_sqlite":
        path.write_bytes(b"hello" * 100)
    elif kind in ("too_new", "migration_due"):
        path.write_bytes(corpus_db.read_bytes())
        conn = sqlite3.connect(path)
        version = len(MIGRATIONS) + (1 if kind == "too_new" else -1)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    before = sorted(os.listdir(tmp_path))
    first = _first(path)
    assert first.take() is None
    assert sorted(os.listdir(tmp_path)) == before  # not even a -shm beside it


def test_the_window_opens_on_the_librarys_days_and_first_paper(
    corpus_db, data_dir: AppPaths, monkeypatch, qtbot
) -> None:
    """Through reader.ui.app.main: its first read is used, and what the window shows is
    what the library says; then again with a change made between the read and load()."""
    for changed in (False, True):
        shown = _run_window(data_dir, monkeypatch, change=changed)
        with Library(corpus_db) as library:
            days = library.days()
            first_paper = library.rows(PaperQuery(date=days[0].date))[0].id
        assert shown["days"] == [(d.date, d.papers, d.unread, d.triaged) for d in days]
        assert shown["current_day"] == days[0].date
        assert shown["paper"] == first_paper
        assert shown["took"] is not changed  # the rows were used only while true


def _run_window(data_dir: AppPaths, monkeypatch: pytest.MonkeyPatch, change: bool) -> dict:
    from reader.ui import app

    shown: dict = {}
    took: list[bool] = []
    original_take = FirstRead.take

    def take(self: FirstRead, wait: float | None = None):  # type: ignore[no-untyped-def]
        self._thread.join(10)
        if change:
            _mark_read_elsewhere(self.path)
        rows = original_take(self, wait)
        took.append(rows is not None)
        return rows

    def painted(window, workers, collect) -> None:  # type: ignore[no-untyped-def]
        model = window.day_model
        shown["days"] = [
            (i.date, i.papers, i.unread, i.triaged)
            for i in (model.day_info(d) for d in model.dates())
            if i is not None
        ]
        shown["current_day"] = window.sidebar.current_day()
        shown["paper"] = window.shown.paper.id if window.shown.paper else None
        window.close()

    settings = data_dir.settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[General]\nsync_interval_hours=0\n")
    with monkeypatch.context() as patch:  # only for this run: the test's checks read plainly
        patch.setattr(FirstRead, "take", take)
        patch.setattr(app, "_after_first_paint", painted)
        patch.setenv("DAILY_PAPERS_AUTO_NETWORK", "0")
        assert run_app_main(argparse.Namespace(paths=data_dir, verbose=False)) == 0
    shown["took"] = took == [True]
    return shown
