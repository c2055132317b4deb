"""User state that travels, from the window (issue 13): the sync folder and the exports.

Two real libraries share one folder, as two machines would through a file-sync
tool: the other machine's file is merged at start and when it changes (the
window's QFileSystemWatcher), and a change made in the window is written there.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader import notes_tags, triage, userstate_sync
from reader.library import Library
from reader.ui.window import MainWindow
from tests.triage_checks import press
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import FakeDialogs, settle

DAY = "2024-03-11"


def _other_machine(corpus_db: Path, tmp_path: Path) -> Library:
    path = tmp_path / "other" / "library.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(corpus_db, path)
    return Library(path)


def _window(qtbot, make_window, folder: Path, **kw) -> MainWindow:
    window = make_window(read_delay_ms=60_000, userstate_folder=str(folder), **kw)
    window.sidebar.select_day(DAY)
    window.paper_list.select_row(0)
    window.paper_list.view.setFocus()
    settle(qtbot, window)
    return window


def test_the_folder_is_merged_at_start_on_change_and_written_after_a_change(
    qtbot, corpus_db, make_window, tmp_path
) -> None:
    folder = tmp_path / "synced"
    folder.mkdir()
    other = _other_machine(corpus_db, tmp_path)
    try:
        ids = [
            r.id
            for r in other.rows(__import__("reader.library").library.PaperQuery(date=DAY), 0, 10)
        ]
        triage.set_state(other, [ids[2]], "must-read")
        notes_tags.set_note(other, ids[2], "from the laptop")
        userstate_sync.write_state(other, folder / userstate_sync.FILE_NAME)
        window = _window(qtbot, make_window, folder)
        window.userstate.start()  # as start_background does after show
        qtbot.waitUntil(lambda: window.userstate.merges >= 1, timeout=5000)
        settle(qtbot, window)
        assert triage.state(window.library, ids[2]) == "must-read"
        assert notes_tags.note(window.library, ids[2]) == "from the laptop"
        qtbot.waitUntil(lambda: window.day_model.counts()["must-read"] == 1, timeout=3000)
        # a change here is written to the folder (debounced)
        window.userstate._write_timer.setInterval(50)
        window.paper_list.select_paper(ids[0])
        settle(qtbot, window)
        press(qtbot, window, "Q")
        merges = window.userstate.merges
        qtbot.waitUntil(lambda: window.userstate.merges > merges, timeout=5000)
        summary = userstate_sync.import_state(other, folder / userstate_sync.FILE_NAME)
        assert summary.total >= 1 and triage.state(other, ids[0]) == "later"
        # the other machine changes the file: the watcher merges it
        triage.set_state(other, [ids[3]], "done")
        merges = window.userstate.merges
        userstate_sync.write_state(other, folder / userstate_sync.FILE_NAME)
        qtbot.waitUntil(lambda: window.userstate.merges > merges, timeout=10_000)
        settle(qtbot, window)
        assert triage.state(window.library, ids[3]) == "done"
        assert window.paper_list.model.marks_of(ids[3]).state == "done"
    finally:
        other.close()


@pytest.mark.expect_errors(r"is not a Daily Papers user-state file")
def test_a_foreign_file_in_the_folder_is_refused_with_one_sentence(
    qtbot, corpus_db, make_window, tmp_path
) -> None:
    folder = tmp_path / "synced"
    folder.mkdir()
    (folder / userstate_sync.FILE_NAME).write_text('{"something": "else"}', encoding="utf-8")
    window = _window(qtbot, make_window, folder)
    window.userstate.start()
    qtbot.waitUntil(lambda: window.userstate.merges >= 1, timeout=5000)
    message = window.status.last_message
    assert message is not None and message.level == "error"
    assert message.text.endswith(".") and "Traceback" not in message.text
    assert (folder / userstate_sync.FILE_NAME).read_text(
        encoding="utf-8"
    ) == '{"something": "else"}'


def test_notes_export_as_markdown_and_bookmarks_as_ris(
    qtbot, corpus_db, make_window, tmp_path
) -> None:
    dialogs = FakeDialogs()
    window = make_window(read_delay_ms=60_000, dialogs=dialogs)
    window.sidebar.select_day(DAY)
    window.paper_list.select_row(0)
    settle(qtbot, window)
    paper = window.commands.current.id
    notes_tags.set_note(window.library, paper, "A **note** to keep")
    window.library.set_bookmarked([paper], True)
    dialogs.export = str(tmp_path / "notes.md")
    window.action_set["export_notes"].trigger()
    settle(qtbot, window)
    text = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert "A **note** to keep" in text and paper in text
    dialogs.export = str(tmp_path / "bookmarks.ris")
    window.action_set["export_ris"].trigger()
    settle(qtbot, window)
    ris = (tmp_path / "bookmarks.ris").read_text(encoding="utf-8")
    assert ris.startswith("TY  -") and paper in ris and ris.count("ER  -") == 1
