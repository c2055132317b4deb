"""A damaged, empty, folder, too-new, foreign or read-only library is never written to (issue 10).

Each case is a real file in a temporary folder. The command line runs as a user
runs it (a subprocess); every write command must refuse with one sentence and
leave the file's sha256 as it was. The read-only case is a real read-only
condition (see ``tests/library_damage.py``), not a flag.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.db import (
    DatabaseCorrupt,
    DatabaseTooNew,
    LibraryError,
    LibraryReadOnly,
    damaged_text,
    describe,
    read_only_file_text,
    read_only_folder_text,
)
from reader.importer import import_paths
from reader.library import Library, PaperQuery
from reader.model import Day
from reader.schema import MIGRATIONS
from tests.conftest import CORPUS
from tests.library_damage import (
    EXPECTED,
    KINDS,
    PAPER,
    fingerprint,
    make_library,
    quick_check,
    read_only,
    side_files,
)

DEAD_URL = "http://127.0.0.1:9"  # refused at once: a sync that got this far would exit 1, not 3


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared corpus imported once, then closed: one complete file, no -wal beside it."""
    path = tmp_path_factory.mktemp("template") / "library.sqlite3"
    with Library(path) as library:
        assert import_paths(library, [CORPUS]).imported == 17
    assert side_files(path) == [] and quick_check(path) == "ok"
    return path


def write_commands(corpus: Path) -> list[tuple[str, ...]]:
    return [
        ("read", PAPER),
        ("unread", PAPER),
        ("bookmark", "add", PAPER),
        ("bookmark", "remove", PAPER),
        ("compact",),
        ("import", str(corpus)),
        ("sync", "--source", "all", "--api-url", DEAD_URL, "--raw-url", DEAD_URL,
         "--hf-url", DEAD_URL),
    ]  # fmt: skip


def assert_refused(result, sentence: str) -> None:
    """Exit 3, the sentence exactly once, as the last line of stderr, and no traceback."""
    assert result.returncode == 3, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.count(sentence) == 1, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr  # one sentence, no log
    last = result.stderr.strip().splitlines()[-1]
    assert sentence in last and last.endswith("."), last


# ------------------------------------------------------------ command line


@pytest.mark.parametrize("kind", KINDS)
def test_every_write_command_refuses_and_leaves_the_file_as_it_was(
    kind: str, cli, template: Path, corpus: Path
) -> None:
    data = cli.data
    db = make_library(kind, data / "library.sqlite3", template)
    before = fingerprint(db)
    sentence = damaged_text(db) if kind == "damaged" else EXPECTED[kind]
    for command in write_commands(corpus):
        result = cli(*command, data_dir=data)
        assert_refused(result, sentence)
        assert fingerprint(db) == before, f"{command} changed the {kind} library"
        assert not [n for n in side_files(db) if n.endswith(".new")]  # no half-built library
    if kind == "damaged":  # reading what is there is allowed, and writes nothing either
        days = cli("days", "--json", data_dir=data)
        assert days.returncode == 0, days.stderr
        assert len(json.loads(days.stdout)) == 17
        assert fingerprint(db) == before


def test_a_read_only_folder_is_read_and_refuses_writes(cli, template: Path, corpus: Path) -> None:
    data = cli.data
    db = make_library("good", data / "library.sqlite3", template)
    before = fingerprint(db)
    with read_only(data):  # the folder: no -wal or -shm can be made beside the file
        days = cli("days", "--json", data_dir=data)
        assert days.returncode == 0, days.stderr
        assert len(json.loads(days.stdout)) == 17
        show = cli("show", PAPER, "--json", data_dir=data)
        assert show.returncode == 0 and json.loads(show.stdout)["votes"] == 24
        search = cli("search", "diffusion", data_dir=data)
        assert search.returncode == 0 and search.stdout.strip()
        for command in write_commands(corpus):
            assert_refused(cli(*command, data_dir=data), read_only_folder_text(db))
        assert side_files(db) == []  # not even a -wal or -shm could be made
    assert fingerprint(db) == before


# ------------------------------------------------------------ the library


@pytest.mark.expect_errors(r"reader\.db: the library .* is damaged")
def test_a_damaged_library_opens_for_reading_and_refuses_every_write(
    tmp_path: Path, template: Path
) -> None:
    db = make_library("damaged", tmp_path / "library.sqlite3", template)
    before = fingerprint(db)
    with Library(db) as library:
        assert len(library.days()) == 17  # what can be read is shown
        assert library.verify() == damaged_text(db)
        assert library.read_only_reason == damaged_text(db)
        writes = [
            lambda: library.set_read([PAPER]),
            lambda: library.set_bookmarked([PAPER]),
            lambda: library.set_note(PAPER, "a note"),
            lambda: library.set_meta("k", "v"),
            lambda: library.store([("k", "h", [Day("2024-01-01", ())], "test")]),
            lambda: library.bulk().__enter__(),
        ]
        for write in writes:
            with pytest.raises(LibraryReadOnly) as refused:
                write()
            assert str(refused.value) == damaged_text(db)
        assert library.check(full=True) is not None
    assert fingerprint(db) == before


@pytest.mark.expect_errors(r"reader\.db: the library .* is damaged")
def test_a_damaged_page_met_while_reading_turns_the_library_read_only(
    tmp_path: Path, template: Path
) -> None:
    db = make_library("good", tmp_path / "library.sqlite3", template)
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, len(data), page):  # scribble over every page but the first two
        data[offset + 100 : offset + 400] = b"\xa5" * 300
    db.write_bytes(bytes(data))
    before = fingerprint(db)
    with Library(db) as library:
        with pytest.raises(DatabaseCorrupt, match="is damaged"):
            library.rows(PaperQuery(), 0, 1000)
        assert library.read_only_reason == damaged_text(db)
        with pytest.raises(LibraryReadOnly):
            library.set_read([PAPER])
    assert fingerprint(db) == before


@pytest.mark.parametrize("kind", ["empty", "folder", "future", "garbage"])
def test_unusable_files_are_refused_when_opened(kind: str, tmp_path: Path, template: Path) -> None:
    db = make_library(kind, tmp_path / "library.sqlite3", template)
    before = fingerprint(db)
    error = DatabaseTooNew if kind == "future" else DatabaseCorrupt
    with pytest.raises(error) as refused:
        Library(db)
    assert EXPECTED[kind] in str(refused.value) and "left untouched" in str(refused.value)
    assert fingerprint(db) == before
    assert side_files(db) == []


def test_another_programs_database_is_not_migrated_into(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE papers (title TEXT)")  # same table name, another program
    conn.execute("INSERT INTO papers VALUES ('mine')")
    conn.commit()
    conn.close()
    before = fingerprint(db)
    with pytest.raises(DatabaseCorrupt, match="a database of another program"):
        Library(db)
    assert fingerprint(db) == before


def test_a_read_only_library_file_refuses_writes(tmp_path: Path, template: Path) -> None:
    db = make_library("good", tmp_path / "library.sqlite3", template)
    before = fingerprint(db)
    with read_only(db), Library(db) as library:
        assert library.read_only_reason == read_only_file_text(db)
        assert library.paper(PAPER) is not None
        with pytest.raises(LibraryReadOnly, match="make the file writable"):
            library.set_bookmarked([PAPER])
    assert fingerprint(db) == before


def test_no_new_library_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with read_only(folder):
        with pytest.raises(LibraryReadOnly, match="is read-only, so no library can be created"):
            Library(folder / "library.sqlite3")
    assert list(folder.iterdir()) == []


def test_opening_and_reading_write_nothing(tmp_path: Path, template: Path) -> None:
    """Merely opening a library (WAL pragma included) must not touch its bytes."""
    db = make_library("good", tmp_path / "library.sqlite3", template)
    before = fingerprint(db)
    with Library(db) as library:
        assert len(library.days()) == 17 and library.search("diffusion")
    assert fingerprint(db) == before
    with Library(db) as library:  # a write is allowed: then, and only then, the file changes
        library.set_read([PAPER])
    assert fingerprint(db) != before


# ----------------------------------------------------- errors by their code


def test_sql_mistakes_are_bugs_not_a_damaged_library(library: Library) -> None:
    with pytest.raises(sqlite3.OperationalError):
        library._read("SELECT * FROM no_such_table")
    with pytest.raises(sqlite3.IntegrityError):
        library._write("INSERT INTO read_state VALUES (?, ?)", [(None, None)])
    assert library.read_only_reason is None
    library.set_read([PAPER])  # still writable


def test_describe_goes_by_the_sqlite_error_code(tmp_path: Path, template: Path) -> None:
    path = tmp_path / "x.sqlite3"
    db = make_library("good", tmp_path / "library.sqlite3", template)
    ro = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as readonly:
        ro.execute("DELETE FROM read_state")
    ro.close()
    assert isinstance(describe(readonly.value, path), LibraryReadOnly)
    garbage = make_library("garbage", tmp_path / "g" / "library.sqlite3", template)
    conn = sqlite3.connect(garbage)
    with pytest.raises(sqlite3.DatabaseError) as notadb:
        conn.execute("SELECT * FROM sqlite_master")
    conn.close()
    assert isinstance(describe(notadb.value, path), DatabaseCorrupt)
    mem = sqlite3.connect(":memory:")
    # the words of a message do not matter: an SQL error that mentions "locked" is a bug
    for sql in ("SELECT locked FROM full", "SELEC 1", "SELECT * FROM pragma_nothing_readonly"):
        with pytest.raises(sqlite3.Error) as bug:
            mem.execute(sql)
        assert describe(bug.value, path) is None, sql
    busy = sqlite3.connect(db, timeout=0)
    other = sqlite3.connect(db, timeout=0)
    busy.execute("BEGIN EXCLUSIVE")
    with pytest.raises(sqlite3.OperationalError) as locked:
        other.execute("BEGIN EXCLUSIVE")
    busy.rollback()
    busy.close()
    other.close()
    error = describe(locked.value, path)
    assert isinstance(error, LibraryError) and "busy in another program" in str(error)


def test_a_library_of_an_older_schema_is_checked_then_migrated(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(db)
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Library(db) as library:
        assert library.read_only_reason is None
        library.set_remote_files("github:x", [("a.md", "sha", None)])
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    conn.close()


def test_check_runs_the_full_integrity_check_on_demand(cli, template: Path) -> None:
    data = cli.data
    db = make_library("damaged", data / "library.sqlite3", template)
    before = fingerprint(db)
    result = cli("check", data_dir=data)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("is damaged") == 1
    assert result.stderr.strip().count("\n") == 0  # one sentence, on one line
    assert fingerprint(db) == before
    healthy = cli.data.parent / "healthy"
    healthy.mkdir()
    shutil.copy(template, healthy / "library.sqlite3")
    ok = cli("check", data_dir=healthy)
    assert ok.returncode == 0 and "passed SQLite's integrity check" in ok.stdout
