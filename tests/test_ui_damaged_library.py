"""The window on a damaged or read-only library: it opens, says so once, and writes nothing.

A real window (pytest-qt) on a real library file; the read-only folder is a real
read-only condition (``tests/library_damage.py``). Every way the window marks a
paper is tried: the read timer, the read and bookmark toggles, marking the whole
library read, and an import; each must leave the file's sha256 unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reader.db import damaged_text, read_only_folder_text
from reader.paths import AppPaths
from tests.conftest import CORPUS
from tests.library_damage import damage, fingerprint, read_only
from tests.ui_support import *  # the window fixtures
from tests.ui_support import FakeDialogs, answer_message_box, run_app_main, settle


def try_every_mark(qtbot, window, sentence: str) -> None:
    """Each way the window writes; each must be refused with *sentence* (and not crash)."""
    assert window.commands.current is not None, "a paper is shown"
    qtbot.wait(50)  # the read timer (0 ms here) would have fired
    for action in ("toggle_read", "toggle_bookmark"):
        window.status.last_message = None
        window.action_set[action].trigger()
        assert window.status.last_message is not None, action
        assert window.status.last_message.text == sentence, action
    for action in ("mark_all_read", "mark_list_read", "import_files", "sync_now", "state_done"):
        # what only writes is disabled, and says why
        assert not window.action_set[action].isEnabled(), action
        assert window.action_set[action].toolTip() == sentence, action
    window.sync_ui.controller.refresh()  # a sync state read enables Sync again: it stays off
    settle(qtbot, window)
    assert not window.action_set["sync_now"].isEnabled()
    editor = window.notes.editor
    assert editor.edit.isReadOnly() and editor.tags.isReadOnly()
    assert editor.edit.toolTip() == sentence
    window.action_set["edit_note"].trigger()  # disabled: nothing
    window.status.last_message = None
    window.marks.mark_read(window.paper_list.current_query(), "the list")  # the sidebar's menu
    qtbot.waitUntil(lambda: window.status.last_message is not None, timeout=5000)
    assert window.status.last_message.text == sentence
    assert sentence not in window.status.currentMessage()  # the banner says it, once
    settle(qtbot, window)
    assert window.library_banner.isVisible() and window.library_banner.text() == sentence


def a_readable_day(qtbot, window) -> str | None:
    """The newest day whose papers the damaged file still gives, shown in the list.

    Which days the damage hits depends on the file's layout (the newest days'
    rows sit in the damaged pages of today's schema): a day that cannot be read
    is an empty list under the banner, never a traceback.
    """
    for date in window.day_model.dates():
        assert window.sidebar.select_day(date)
        settle(qtbot, window)
        if window.paper_list.model.rowCount() > 0:
            return date
        assert window.library_banner.isVisible()
    return None


@pytest.mark.expect_errors(
    r"reader\.db: the library .* is damaged", r"is damaged, so it is open read-only"
)
def test_a_damaged_library_is_shown_read_only_and_never_written(
    qtbot, corpus_db: Path, make_window
) -> None:
    damage(corpus_db)
    before = fingerprint(corpus_db)
    window = make_window(
        read_delay_ms=0, dialogs=FakeDialogs(files=[str(CORPUS / "2023" / "11" / "20.md")])
    )
    qtbot.waitUntil(window.library_banner.isVisible, timeout=5000)
    sentence = damaged_text(corpus_db)
    assert window.library_banner.text() == sentence
    assert window.day_model.dates(), "what can be read is shown"
    assert a_readable_day(qtbot, window), "the days the damage missed show their papers"
    window.paper_list.select_row(1)
    window.commands.flush()
    try_every_mark(qtbot, window, sentence)
    assert fingerprint(corpus_db) == before


@pytest.mark.expect_errors(r"is in a read-only folder, so it is open read-only")
def test_a_library_in_a_read_only_folder_opens_read_only(
    qtbot, corpus_db: Path, data_dir: AppPaths, make_window
) -> None:
    for folder in (data_dir.config, data_dir.thumbnails, data_dir.digests, data_dir.data / "logs"):
        folder.mkdir(parents=True, exist_ok=True)  # settings and caches stay writable
    before = fingerprint(corpus_db)
    with read_only(data_dir.data):
        window = make_window(
            read_delay_ms=0, dialogs=FakeDialogs(files=[str(CORPUS / "2023" / "11" / "20.md")])
        )
        sentence = read_only_folder_text(corpus_db)
        assert window.library_banner.isVisible() and window.library_banner.text() == sentence
        assert len(window.day_model.dates()) == 17
        assert window.commands.current is not None
        try_every_mark(qtbot, window, sentence)
        window.close()
        QApplication.processEvents()
    assert fingerprint(corpus_db) == before


@pytest.mark.expect_errors(r"reader\.ui\.app: The library .* it was left untouched")
@pytest.mark.parametrize("kind", ["empty", "folder", "future", "garbage"])
def test_an_unusable_library_is_one_message_and_left_as_it_was(qtbot, tmp_path: Path, kind):
    """The window refuses these outright: one dialog, exit 3, the file's bytes unchanged."""
    import argparse

    from reader import paths
    from reader.library import Library
    from tests.library_damage import EXPECTED, make_library

    template = tmp_path / "template.sqlite3"
    Library(template).close()
    data = tmp_path / "data"
    db = make_library(kind, data / "library.sqlite3", template)
    before = fingerprint(db)
    seen: list[str] = []
    answer_message_box(seen)
    assert run_app_main(argparse.Namespace(paths=paths.resolve(data), verbose=False)) == 3
    assert len(seen) == 1 and EXPECTED[kind] in seen[0], seen
    assert fingerprint(db) == before
