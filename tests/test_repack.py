"""Issue 11: an upgraded library opens at once; its old texts are deflated in the background.

Real SQLite files: the schema-4 and schema-2 libraries of tests/data (the bundled
samples' real Korean summaries), migrated in place; the real window's repack on
its own thread, a quit in the middle, and the ``compact`` command in a subprocess.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from reader import textpack
from reader.library import Library
from reader.schema import MIGRATIONS
from reader.ui.sync import repack as repack_module
from tests.files_support import file_rows
from tests.ui_support import *  # the window fixtures (see its __all__)

DATA = Path(__file__).parent / "data"


def _texts(path: Path) -> list[tuple]:
    return file_rows(path, "SELECT rowid, paper, family, kind, parts FROM texts ORDER BY rowid")


def _old(tmp_path: Path, name: str = "library-v4.sqlite") -> tuple[Path, list[tuple]]:
    path = tmp_path / "library.sqlite3"
    shutil.copy(DATA / name, path)
    before = _texts(path)
    assert before and all(isinstance(r[4], str) for r in before)
    return path, before


def _same_texts(path: Path, before: list[tuple]) -> None:
    after = _texts(path)
    assert [r[:4] for r in after] == [r[:4] for r in before]
    assert [textpack.unpack(r[4]) for r in after] == [r[4] for r in before]


@pytest.mark.parametrize("name", ["library-v4.sqlite", "library-v2.sqlite"])
def test_the_migration_records_the_repack_instead_of_doing_it(tmp_path: Path, name: str) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copy(DATA / name, path)
    before = _texts(path) if name == "library-v4.sqlite" else []  # schema 2 had no texts table
    with Library(path) as library:
        assert library.needs_repack()
        assert library.search("모델") or library.search("요약")  # readable as it is
    assert file_rows(path, "PRAGMA user_version") == [(len(MIGRATIONS),)]
    # nothing deflated by the migration: the open costs no pass over the texts
    if before:
        assert _texts(path) == before
    assert _texts(path) and all(isinstance(r[4], str) for r in _texts(path))
    assert file_rows(path, f"SELECT value FROM meta WHERE key = '{textpack.REPACK_KEY}'") == [
        ("0",)
    ]


def test_the_repack_deflates_every_old_text_and_keeps_it(tmp_path: Path) -> None:
    path, before = _old(tmp_path)
    with Library(path) as library:
        packed = library.repack_texts(batch=7)
        assert packed > len(before) // 2
        assert not library.needs_repack()
        assert library.repack_texts() == 0  # done: nothing more, nothing written
        assert library.search("모델")
    after = _texts(path)
    assert sum(isinstance(r[4], bytes) for r in after) == packed
    _same_texts(path, before)
    assert file_rows(path, "PRAGMA integrity_check") == [("ok",)]


def test_a_quit_in_the_middle_leaves_a_valid_library_that_resumes(tmp_path: Path) -> None:
    path, before = _old(tmp_path)
    asked = []

    def stop() -> bool:  # quit after two batches
        asked.append(1)
        return len(asked) > 2

    with Library(path) as library:
        first = library.repack_texts(stop=stop, batch=5)
    assert 0 < first <= 10
    assert file_rows(path, "PRAGMA integrity_check") == [("ok",)]
    mark = file_rows(path, f"SELECT value FROM meta WHERE key = '{textpack.REPACK_KEY}'")
    assert mark and int(mark[0][0]) == before[9][0]  # past the ten texts looked at
    _same_texts(path, before)  # half deflated, half not: every text reads the same
    with Library(path) as library:
        assert library.needs_repack()
        rest = library.repack_texts()
        assert not library.needs_repack()
    assert sum(isinstance(r[4], bytes) for r in _texts(path)) == first + rest
    _same_texts(path, before)


def test_a_new_library_has_nothing_to_repack_after_one_step(tmp_path: Path) -> None:
    with Library(tmp_path / "library.sqlite3") as library:
        assert library.repack_texts() == 0
        assert not library.needs_repack()


def test_the_window_repacks_after_it_shows_and_stops_on_quit(
    qtbot, make_window, data_dir, monkeypatch
) -> None:
    path = data_dir.database
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "library-v4.sqlite", path)
    before = _texts(path)
    monkeypatch.setattr(repack_module, "START_AFTER_MS", 0)
    window = make_window(background=True)
    qtbot.waitUntil(lambda: not window.library.needs_repack(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.repack.running(), timeout=5000)
    assert window.repack.packed > len(before) // 2
    window.library.flush()
    _same_texts(path, before)


def test_quitting_stops_the_repack_after_its_current_batch(tmp_path: Path, qtbot) -> None:
    path, before = _old(tmp_path)
    library = Library(path)
    try:
        release = threading.Event()
        library.submit(release.wait)  # the writer is busy: the repack's first batch waits
        repacker = repack_module.Repacker(library)
        repacker.start(0)
        qtbot.waitUntil(repacker.running, timeout=5000)
        stopper = threading.Thread(target=repacker.shutdown, kwargs={"timeout": 10})
        stopper.start()
        qtbot.waitUntil(lambda: repacker._stop.is_set(), timeout=5000)
        release.set()
        stopper.join(10)
        assert not repacker.running()
        assert library.needs_repack()  # one batch at most, then it stopped
        assert repacker.packed <= textpack.REPACK_BATCH
    finally:
        library.close()
    _same_texts(path, before)
    assert file_rows(path, "PRAGMA integrity_check") == [("ok",)]


def test_compact_deflates_and_vacuums_and_says_what_it_gave_back(cli, tmp_path: Path) -> None:
    data = cli.data
    data.mkdir(parents=True)
    path = data / "library.sqlite3"
    shutil.copy(DATA / "library-v4.sqlite", path)
    before = _texts(path)
    assert cli("days", "--json").returncode == 0  # migrated to schema 6: texts not deflated yet
    wal = path.with_name(path.name + "-wal")
    size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    result = cli("compact")
    assert result.returncode == 0, result.stderr
    assert "MB given back" in result.stdout and str(path) in result.stdout
    assert path.stat().st_size < size
    assert all(isinstance(r[4], bytes) or len(r[4].encode()) < 200 for r in _texts(path))
    _same_texts(path, before)
    assert file_rows(path, "PRAGMA integrity_check") == [("ok",)]
    missing = cli("compact", data_dir=tmp_path / "nothing")
    assert missing.returncode == 2 and "no library" in missing.stderr
