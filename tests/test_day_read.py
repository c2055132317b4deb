"""Per-day read counts (``day_read``) stay exactly the join of read papers to their days.

The day list reads them instead of joining every read paper (issue 11), so every
writer of ``read_state`` or ``paper_days`` must keep them: marks, mark-all, a
user-state merge, imports that move papers between days, the sample purge, and
the migration that fills the table in an existing library.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader import userstate_sync
from reader.importer import import_paths
from reader.library import Library, PaperQuery
from reader.samples import import_samples
from reader.schema import MIGRATIONS
from tests.digests import Entry, write_day

DATA = Path(__file__).parent / "data"
JOIN = (
    "SELECT d.date, count(*) FROM read_state r"
    " JOIN paper_days d ON d.paper_id = r.paper_id GROUP BY d.date"
)
DAYS = {
    "2025-03-01": [Entry(f"2503.0000{i}", f"Early paper {i}", 10 + i) for i in range(1, 4)],
    "2025-03-02": [Entry(f"2503.0010{i}", f"Middle paper {i}", 20 + i) for i in range(1, 4)]
    + [Entry("2503.00001", "Early paper 1", 15)],  # on two days
    "2025-03-03": [Entry(f"2503.0020{i}", f"Late paper {i}", 30 + i) for i in range(1, 5)],
}


def kept(library: Library) -> dict[str, int]:
    """day_read without its zeros (a day whose last read paper was unmarked may keep one)."""
    rows = library.query("SELECT date, read FROM day_read")
    assert all(n >= 0 for _date, n in rows)
    return {date: n for date, n in rows if n}


def joined(library: Library) -> dict[str, int]:
    return dict(library.query(JOIN))


def assert_in_step(library: Library) -> dict[str, int]:
    counts = kept(library)
    assert counts == joined(library)
    by_day = {d.date: d for d in library.days()}
    for date, day in by_day.items():
        assert day.unread == day.papers - counts.get(date, 0)
    return counts


def _import(library: Library, folder: Path, days: dict[str, list[Entry]]) -> None:
    for date, entries in days.items():
        write_day(folder, date, entries)
    import_paths(library, [folder])


@pytest.fixture
def lib(tmp_path: Path):
    library = Library(tmp_path / "library.sqlite3")
    _import(library, tmp_path / "digests", DAYS)
    yield library
    library.close()


def test_marks_and_mark_all_keep_the_counts(lib: Library):
    assert kept(lib) == {}
    lib.set_read(["2503.00001"])  # on two days
    assert assert_in_step(lib) == {"2025-03-01": 1, "2025-03-02": 1}
    lib.set_read(["2503.00001", "2503.00002"])  # one already read: counted once
    assert assert_in_step(lib) == {"2025-03-01": 2, "2025-03-02": 1}
    lib.mark_all_read(PaperQuery(date="2025-03-03"))
    assert assert_in_step(lib)["2025-03-03"] == 4
    lib.set_read(["2503.00001"], False)
    assert assert_in_step(lib) == {"2025-03-01": 1, "2025-03-03": 4}
    lib.set_read(["2503.00002", "2503.00201"], False)
    assert assert_in_step(lib) == {"2025-03-03": 3}
    lib.set_read(["9999.99999"])  # a paper on no day (user state outlives papers)
    assert assert_in_step(lib) == {"2025-03-03": 3}


def test_any_writer_of_read_state_keeps_them(lib: Library):
    """Triggers, not the library's code: plain SQL, REPLACE and IGNORE of a read paper."""
    with lib.writing() as tx:
        tx.execute("INSERT INTO read_state VALUES ('2503.00101', 'x')")
        tx.execute("INSERT OR REPLACE INTO read_state VALUES ('2503.00101', 'y')")
        tx.execute("INSERT OR IGNORE INTO read_state VALUES ('2503.00101', 'z')")
        tx.executemany(
            "INSERT OR IGNORE INTO read_state VALUES (?, 'x')",
            [("2503.00001",), ("2503.00001",), ("2503.00102",)],
        )
    assert assert_in_step(lib) == {"2025-03-01": 1, "2025-03-02": 3}
    with lib.writing() as tx:
        tx.execute("DELETE FROM read_state WHERE paper_id LIKE '2503.001%'")
    assert assert_in_step(lib) == {"2025-03-01": 1, "2025-03-02": 1}
    with pytest.raises(sqlite3.IntegrityError), lib.writing() as tx:
        tx.execute("INSERT INTO read_state VALUES ('2503.00201', 'x')")
        tx.execute("INSERT INTO read_state VALUES ('2503.00201', 'x')")  # the whole write undone
    assert assert_in_step(lib) == {"2025-03-01": 1, "2025-03-02": 1}


def test_a_user_state_merge_keeps_them(lib: Library, tmp_path: Path):
    other = Library(tmp_path / "other.sqlite3")
    try:
        _import(other, tmp_path / "other-digests", DAYS)
        lib.set_read(["2503.00001", "2503.00101", "2503.00201"])
        other.set_read(["2503.00001", "2503.00102", "2503.00202", "2503.00203"])
        other.set_read(["2503.00201"])
        other.set_read(["2503.00201"], False)  # a newer removal travels
        path = tmp_path / "state.json"
        userstate_sync.write_state(other, path)
    finally:
        other.close()
    userstate_sync.import_state(lib, path)
    assert set(r[0] for r in lib.query("SELECT paper_id FROM read_state")) == {
        "2503.00001",
        "2503.00101",
        "2503.00102",
        "2503.00202",
        "2503.00203",
    }
    assert assert_in_step(lib) == {"2025-03-01": 1, "2025-03-02": 3, "2025-03-03": 2}


def test_imports_that_move_papers_between_days_keep_them(lib: Library, tmp_path: Path):
    lib.set_read(["2503.00101", "2503.00201", "2503.00202", "2503.00401"])
    assert assert_in_step(lib) == {"2025-03-02": 1, "2025-03-03": 2}
    folder = tmp_path / "more"
    # a read paper on a new day; another on an old day it was not on
    _import(
        lib,
        folder,
        {
            "2025-03-04": [Entry("2503.00201", "Late paper 1", 40), Entry("2503.00401", "New", 1)],
            "2025-03-01": [Entry("2503.00202", "Late paper 2", 41)]
            + [Entry(f"2503.0000{i}", f"Early paper {i}", 10 + i) for i in range(1, 4)],
        },
    )
    assert assert_in_step(lib) == {
        "2025-03-01": 1,
        "2025-03-02": 1,
        "2025-03-03": 2,
        "2025-03-04": 2,
    }
    # the same source again without a read paper: it leaves that day
    write_day(folder, "2025-03-04", [Entry("2503.00401", "New", 1)])
    import_paths(lib, [folder])
    assert assert_in_step(lib) == {
        "2025-03-01": 1,
        "2025-03-02": 1,
        "2025-03-03": 2,
        "2025-03-04": 1,
    }


def test_the_sample_purge_keeps_them(tmp_path: Path):
    with Library(tmp_path / "library.sqlite3") as library:
        import_samples(library)
        sample_day = library.days()[0].date
        library.mark_all_read(PaperQuery(date=sample_day))
        assert assert_in_step(library)[sample_day] > 0
        _import(library, tmp_path / "digests", DAYS)  # the first real import purges them
        assert sample_day not in {d.date for d in library.days()}
        library.set_read(["2503.00001"])
        assert assert_in_step(library) == {"2025-03-01": 1, "2025-03-02": 1}


def _as_schema_6(path: Path) -> None:
    """Take *path* back to schema 6: no day_read, no triggers keeping it."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("DROP TRIGGER day_read_added")
            conn.execute("DROP TRIGGER day_read_removed")
            conn.execute("DROP TABLE day_read")
            conn.execute("PRAGMA user_version = 6")
    finally:
        conn.close()


def test_the_migration_fills_them_in_an_existing_library(lib: Library):
    assert len(MIGRATIONS) == 7
    lib.set_read(["2503.00001", "2503.00101", "2503.00201", "9999.99999"])
    before = [tuple(d) for d in lib.days()]
    path = lib.path
    lib.close()
    _as_schema_6(path)
    with Library(path) as library:
        assert library.query("PRAGMA user_version") == [(7,)]
        assert assert_in_step(library) == {"2025-03-01": 1, "2025-03-02": 2, "2025-03-03": 1}
        assert [tuple(d) for d in library.days()] == before
        library.set_read(["2503.00202"])  # and the triggers keep them from then on
        assert assert_in_step(library)["2025-03-03"] == 2


@pytest.mark.parametrize("name", ["library-v2.sqlite", "library-v4.sqlite"])
def test_an_old_library_migrates_with_its_reads_counted(tmp_path: Path, name: str):
    path = tmp_path / "library.sqlite3"
    shutil.copy(DATA / name, path)
    conn = sqlite3.connect(path)
    try:
        with conn:  # more reads than the file holds: every paper of its newest day
            conn.execute(
                "INSERT OR IGNORE INTO read_state SELECT paper_id, 'x' FROM paper_days"
                " WHERE date = (SELECT max(date) FROM paper_days)"
            )
        expected = dict(conn.execute(JOIN))
        unread = {
            date: papers - expected.get(date, 0)
            for date, papers in conn.execute("SELECT date, papers FROM day_totals")
        }
    finally:
        conn.close()
    assert len(expected) >= 2 and sum(expected.values()) >= 3
    with Library(path) as library:
        assert assert_in_step(library) == expected
        assert {d.date: d.unread for d in library.days()} == unread
