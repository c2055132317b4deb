"""Many processes opening one library at once: a new one, and one of an older schema (issue 10).

Real processes, released together through a file barrier so that their opens
overlap; each opens the library, writes a mark and reads it back. Before the
fix, three processes on a new folder failed 3 times in 40 ("table papers
already exists"): the schema version was read outside the write lock.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from reader.schema import MIGRATIONS
from tests.conftest import ROOT

PROCESSES = 6
TRIALS = 15
TIMEOUT_S = 60.0

CHILD = r"""
import sys, time
from pathlib import Path
from reader.library import Library

base, me, trials = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
paper = f"2401.{int(me):05d}"
for trial in range(trials):
    (base / f"ready-{trial}-{me}").touch()
    deadline = time.monotonic() + 30
    while not (base / f"go-{trial}").exists():
        if time.monotonic() > deadline:
            sys.exit("never released")
        time.sleep(0.0005)
    try:
        with Library(base / f"trial{trial}" / "library.sqlite3") as library:
            library.set_read([paper])
            assert paper in library._marked("read_state", [paper])
    except Exception as exc:
        print(f"trial {trial}: {type(exc).__name__}: {exc}", flush=True)
    else:
        print(f"trial {trial}: ok", flush=True)
"""


def _open_at_once(base: Path, trials: int) -> list[str]:
    """Start the processes once; release them together for each trial; what each one said.

    Trial ``t`` opens ``base/trial<t>/library.sqlite3``; a process waits at the
    barrier of the next trial when it is done with one, so the opens overlap.
    """
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(base), str(n), str(trials)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for n in range(PROCESSES)
    ]
    try:
        deadline = time.monotonic() + TIMEOUT_S
        for trial in range(trials):
            while len(list(base.glob(f"ready-{trial}-*"))) < PROCESSES:
                assert time.monotonic() < deadline, "the processes took too long"
                assert all(c.poll() is None for c in children), "a process ended early"
                time.sleep(0.002)
            (base / f"go-{trial}").touch()
        return [c.communicate(timeout=TIMEOUT_S)[0] for c in children]
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()


def _assert_said_ok(said: list[str], trials: int) -> None:
    expected = "".join(f"trial {t}: ok\n" for t in range(trials))
    for output in said:
        assert output == expected, output


def _assert_complete(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM read_state").fetchone()[0] == PROCESSES
    finally:
        conn.close()
    leftovers = [p.name for p in db.parent.iterdir() if p.name.endswith(".new")]
    assert leftovers == [], "a half-built library was left behind"


def test_any_number_of_processes_may_open_a_new_library_at_once(tmp_path: Path) -> None:
    said = _open_at_once(tmp_path, TRIALS)
    _assert_said_ok(said, TRIALS)
    for trial in range(TRIALS):
        _assert_complete(tmp_path / f"trial{trial}" / "library.sqlite3")


def test_processes_migrating_an_old_library_at_once_migrate_it_once(tmp_path: Path) -> None:
    for trial in range(TRIALS):
        db = tmp_path / f"trial{trial}" / "library.sqlite3"
        db.parent.mkdir()
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(MIGRATIONS[0])
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
        conn.close()
    said = _open_at_once(tmp_path, TRIALS)
    _assert_said_ok(said, TRIALS)
    for trial in range(TRIALS):
        _assert_complete(tmp_path / f"trial{trial}" / "library.sqlite3")
