"""Schema 5 (triage, watch lists, removals), proven on a library the schema-4 code wrote."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader import triage, watch
from reader.library import Library
from reader.schema import MIGRATIONS
from reader.userstate_sync import export_state
from tests.files_support import file_rows

DATA = Path(__file__).parent / "data"
USER_TABLES = ("bookmarks", "read_state", "notes", "tags", "dismissed")


def test_a_schema_4_library_gains_triage_and_watch_with_every_mark_kept(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    shutil.copy(DATA / "library-v4.sqlite", path)
    assert file_rows(path, "PRAGMA user_version") == [(4,)]
    marks = {t: file_rows(path, f"SELECT * FROM {t} ORDER BY 1") for t in USER_TABLES}
    assert all(marks.values())
    with Library(path) as library:
        assert (
            file_rows(path, "PRAGMA user_version") == [(len(MIGRATIONS),)] and len(MIGRATIONS) >= 5
        )
        assert {t: file_rows(path, f"SELECT * FROM {t} ORDER BY 1") for t in USER_TABLES} == marks
        days = library.days()
        assert days and all(d.triaged == 0 for d in days)
        # the old marks travel in an export with their old (second-precision) times
        exported = export_state(library)["papers"]
        noted = marks["notes"][0]
        assert exported[noted[0]]["note"] == {"value": noted[1], "at": noted[2]}
        # the new tables work on the migrated file
        paper = marks["bookmarks"][0][0]
        triage.set_state(library, [paper], "later")
        assert triage.queue(library) == [paper]
        assert watch.add_term(library, "attention").hits >= 1
        library.set_bookmarked([paper], False)  # a removal is now remembered
        assert export_state(library)["papers"][paper]["bookmarked"]["value"] is False
    assert file_rows(path, "PRAGMA integrity_check") == [("ok",)]


def test_the_schema_2_library_migrates_through_5(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    shutil.copy(DATA / "library-v2.sqlite", path)
    with Library(path) as library:
        tables = {r[0] for r in library.query("SELECT name FROM sqlite_master")}
        assert {"triage", "day_triage", "removals", "watch_terms", "watch_hits"} <= tables
        assert watch.add_term(library, "요약").hits >= 1
        library.set_read(["2501.00001"], False)
        assert ("read", "2501.00001", "") in {
            r[:3] for r in library.query("SELECT kind, paper_id, key FROM removals")
        }
