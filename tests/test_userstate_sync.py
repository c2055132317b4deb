"""User state that travels: export, merge (newer change wins), refusals, kills, a sync folder."""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader import notes_tags, triage, watch
from reader.importer import import_paths
from reader.library import Library
from reader.userstate_sync import (
    FILE_NAME,
    UserStateError,
    export_state,
    import_state,
    sync_folder_merge,
)
from tests.conftest import ROOT
from tests.digests import Entry, write_day

PAPERS = [Entry(f"2505.0000{i}", f"Shared paper {i}", 60 - i) for i in range(1, 8)]
P1, P2, P3, P4, P5, P6, P7 = (e.id for e in PAPERS)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _payload(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


def test_round_trip_between_two_folders_keeps_the_newer_edit_of_each_field(cli, tmp_path: Path):
    write_day(tmp_path / "d", "2025-05-01", PAPERS)
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        assert cli("import", str(tmp_path / "d"), data_dir=folder).returncode == 0

    def run(folder: Path, *args: str) -> None:
        result = cli(*args, data_dir=folder)
        assert result.returncode == 0, result.stderr

    # edits in time order; each pair conflicts, the later one must win everywhere
    run(a, "state", "set", "must-read", P1)
    run(b, "state", "set", "done", P1)  # newer: done
    run(b, "note", "set", P2, "note from b")
    run(a, "note", "set", P2, "note from a")  # newer: a's note
    run(b, "read", P3)
    run(a, "read", P3)
    run(b, "unread", P3)  # newer: unread
    run(a, "tag", "add", P4, "rl", "keep")
    run(b, "tag", "add", P4, "rl")
    run(b, "tag", "remove", P4, "rl")  # newer: rl removed; keep stays (only a had it)
    run(a, "bookmark", "add", P5)
    run(b, "state", "set", "later", P6, P7)
    run(a, "state", "set", "later", P7)
    run(b, "queue", "--move", P7, "--to", "1")  # newer: P7 first in b's queue
    run(a, "watch", "add", "shared paper")
    run(b, "watch", "add", "shared paper", "--exclude")  # newer: exclude
    run(a, "dismiss", P6)
    run(a, "note", "set", P1, "only a")
    run(a, "note", "set", P1, "")  # a removed its own note: the removal travels

    out_a, out_b = tmp_path / "a.json", tmp_path / "b.json"
    run(a, "userstate", "export", "-o", str(out_a))
    run(b, "userstate", "export", "-o", str(out_b))
    merged_a = cli("userstate", "import", str(out_b), data_dir=a)
    merged_b = cli("userstate", "import", str(out_a), data_dir=b)
    assert merged_a.returncode == 0 and merged_a.stdout.startswith("Merged "), merged_a.stderr
    assert merged_b.returncode == 0 and merged_b.stdout.startswith("Merged "), merged_b.stderr

    run(a, "userstate", "export", "-o", str(out_a))
    run(b, "userstate", "export", "-o", str(out_b))
    assert _payload(out_a) == _payload(out_b)  # both folders agree on every field

    for folder in (a, b):

        def show(pid: str, folder: Path = folder) -> dict:
            return json.loads(cli("show", pid, "--json", data_dir=folder).stdout)

        assert show(P1)["state"] == "done" and show(P1)["note"] == ""
        assert show(P2)["note"] == "note from a"
        assert show(P3)["read"] is False
        assert show(P4)["tags"] == ["keep"]
        assert show(P5)["bookmarked"] is True
        queue = [p["id"] for p in json.loads(cli("queue", "--json", data_dir=folder).stdout)]
        assert queue == [P7, P6]
        terms = json.loads(cli("watch", "list", "--json", data_dir=folder).stdout)
        assert [(t["term"], t["exclude"], t["hits"]) for t in terms] == [("shared paper", True, 7)]
    assert _payload(out_a)["papers"][P6]["dismissed"]["value"] is True
    # merging again changes nothing
    again = cli("userstate", "import", str(out_b), data_dir=a)
    assert again.stdout == "Nothing to merge: up to date.\n"


@pytest.fixture
def lib(tmp_path: Path):
    write_day(tmp_path / "d", "2025-05-01", PAPERS)
    library = Library(tmp_path / "library.sqlite3")
    import_paths(library, [tmp_path / "d"])
    yield library
    library.close()


BAD_FILES = {
    "not-json.json": b"{this is not json",
    "binary.json": bytes(range(256)),
    "list.json": b"[1, 2, 3]",
    "foreign.json": json.dumps({"format": "zotero", "version": 1, "papers": {}}).encode(),
    "no-version.json": json.dumps({"format": "daily-papers-userstate", "papers": {}}).encode(),
    "newer.json": json.dumps({"format": "daily-papers-userstate", "version": 99}).encode(),
    "bad-time.json": json.dumps(
        {
            "format": "daily-papers-userstate",
            "version": 1,
            "papers": {
                P1: {"read": {"value": True, "at": "2030-01-01T00:00:00+00:00"}},
                P2: {"read": {"value": True, "at": "yesterday"}},
            },
        }
    ).encode(),
    "bad-state.json": json.dumps(
        {
            "format": "daily-papers-userstate",
            "version": 1,
            "papers": {
                P1: {"note": {"value": "x", "at": "2030-01-01T00:00:00+00:00"}},
                P2: {"triage": {"value": {"state": "someday"}, "at": "2030-01-01T00:00:00+00:00"}},
            },
        }
    ).encode(),
    "huge-queue.json": (
        b'{"format": "daily-papers-userstate", "version": 1, "papers": {"2505.00001":'
        b' {"triage": {"value": {"state": "later", "queue": 1' + b"0" * 400 + b"},"
        b' "at": "2030-01-01T00:00:00+00:00"}}}}'
    ),
    "nan-queue.json": (
        b'{"format": "daily-papers-userstate", "version": 1, "papers": {"2505.00001":'
        b' {"triage": {"value": {"state": "later", "queue": NaN},'
        b' "at": "2030-01-01T00:00:00+00:00"}}}}'
    ),
    "bad-watch.json": json.dumps(
        {
            "format": "daily-papers-userstate",
            "version": 1,
            "watch": {"x": {"term": "y", "exclude": False, "at": "2030-01-01T00:00:00+00:00"}},
        }
    ).encode(),
}


def test_a_malformed_or_foreign_file_is_refused_and_changes_nothing(cli, tmp_path: Path):
    write_day(tmp_path / "d", "2025-05-01", PAPERS)
    assert cli("import", str(tmp_path / "d")).returncode == 0
    assert cli("note", "set", P1, "mine").returncode == 0
    database = cli.data / "library.sqlite3"
    before = _sha(database)
    for name, raw in BAD_FILES.items():
        path = tmp_path / name
        path.write_bytes(raw)
        result = cli("userstate", "import", str(path))
        assert result.returncode == 2, (name, result.stdout, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
        assert "nothing was changed" in result.stderr, result.stderr
        assert _sha(database) == before, name
    for missing in (tmp_path / "absent.json", tmp_path):
        result = cli("userstate", "import", str(missing))
        assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert _sha(database) == before
    assert cli("note", "show", P1).stdout == "mine\n"


def test_merge_takes_only_newer_values_and_equal_times_agree(lib: Library, tmp_path: Path):
    notes_tags.set_note(lib, P1, "local")
    data = export_state(lib)
    data["papers"][P1]["note"] = {"value": "older", "at": "2000-01-01T00:00:00+00:00"}
    data["papers"][P2] = {
        "triage": {"value": {"state": "done", "queue": None}, "at": "2001-01-01T00:00:00Z"}
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    summary = import_state(lib, path)
    assert (summary.notes, summary.triage, summary.total) == (0, 1, 1)
    assert notes_tags.note(lib, P1) == "local" and triage.state(lib, P2) == "done"
    assert triage.day_progress(lib)["2025-05-01"] == (1, 7)  # kept counts follow a merge
    # equal times, different values: the same side wins whichever library merges
    stamp = export_state(lib)["papers"][P1]["note"]["at"]
    data = {"format": "daily-papers-userstate", "version": 1}
    data["papers"] = {P1: {"note": {"value": "zzz tie", "at": stamp}}}
    path.write_text(json.dumps(data), encoding="utf-8")
    import_state(lib, path)
    assert notes_tags.note(lib, P1) == "zzz tie"
    data["papers"] = {P1: {"note": {"value": "aaa tie", "at": stamp}}}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert import_state(lib, path).total == 0 and notes_tags.note(lib, P1) == "zzz tie"
    with pytest.raises(UserStateError, match="not a Daily Papers user-state file"):
        path.write_text("{}", encoding="utf-8")
        import_state(lib, path)


def test_sync_folder_keeps_two_libraries_in_step(tmp_path: Path):
    write_day(tmp_path / "d", "2025-05-01", PAPERS)
    folder = tmp_path / "Dropbox" / "papers"
    with Library(tmp_path / "one.sqlite3") as one, Library(tmp_path / "two.sqlite3") as two:
        import_paths(one, [tmp_path / "d"])
        import_paths(two, [tmp_path / "d"])
        triage.set_state(one, [P1], "must-read")
        watch.add_term(one, "shared")
        assert sync_folder_merge(one, folder).total == 0  # nothing there yet: written
        assert (folder / FILE_NAME).exists()
        summary = sync_folder_merge(two, folder)
        assert (summary.triage, summary.watch) == (1, 1)
        assert triage.state(two, P1) == "must-read" and watch.terms(two)[0].hits == 7
        stamp = (folder / FILE_NAME).stat().st_mtime_ns
        time.sleep(0.02)
        sync_folder_merge(two, folder)  # nothing new: the file is not rewritten
        assert (folder / FILE_NAME).stat().st_mtime_ns == stamp
        triage.set_state(two, [P1], "done")
        two.set_bookmarked([P2])
        sync_folder_merge(two, folder)
        summary = sync_folder_merge(one, folder)
        assert (summary.triage, summary.bookmarked) == (1, 1)
        assert triage.state(one, P1) == "done" and one.bookmarked_ids() == [P2]
        # a damaged file in the folder is left alone and reported
        (folder / FILE_NAME).write_text("{oops", encoding="utf-8")
        with pytest.raises(UserStateError, match="not valid JSON"):
            sync_folder_merge(one, folder)
        assert (folder / FILE_NAME).read_text(encoding="utf-8") == "{oops"


def test_a_killed_export_leaves_the_old_file_or_the_new_one(cli, tmp_path: Path):
    """SIGKILL at many moments of `userstate export`: the file always parses whole."""
    write_day(tmp_path / "d", "2025-05-01", PAPERS)
    assert cli("import", str(tmp_path / "d")).returncode == 0
    with Library(cli.data / "library.sqlite3") as library, library.writing() as tx:
        body = "긴 메모 " * 200  # ~1.6 KB a note: a file of several MB takes a while to write
        tx.executemany(
            "INSERT INTO notes VALUES (?, ?, ?)",
            [(f"9{n:04d}.{n:05d}", body, "2025-05-01T00:00:00.000+00:00") for n in range(6000)],
        )
    out = tmp_path / "state.json"
    assert cli("userstate", "export", "-o", str(out)).returncode == 0
    old = out.read_bytes()
    assert len(old) > 5_000_000
    assert cli("note", "set", P1, "a change after the first export").returncode == 0
    outcomes = set()
    for n in range(10):
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(cli.data)]
            + ["userstate", "export", "-o", str(out)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
        )
        time.sleep(0.05 + 0.15 * n)  # from before the temp file to after the rename
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        raw = out.read_bytes()
        data = json.loads(raw)  # never a partial file
        outcomes.add("old" if raw == old else "new")
        assert data["format"] == "daily-papers-userstate"
        assert len(data["papers"]) == (6000 if raw == old else 6001)  # P1's note is new
        if raw != old:
            assert data["papers"][P1]["note"]["value"] == "a change after the first export"
    assert "old" in outcomes  # at least one kill landed before the rename
