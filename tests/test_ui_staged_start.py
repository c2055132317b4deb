"""The staged start-up window (issue 11): ``MainWindow(staged=True)`` builds what the
first paint shows; :meth:`MainWindow.finish_building`, right after that paint, builds
the rest, which then works as in a window built at once; a window closed before
that (Ctrl+C during start-up) closes cleanly. ``reader.ui.app`` starts the window
this way; ``tests/test_startup_path.py`` checks what the first paint loads.
"""

from __future__ import annotations

from reader.cache import ThumbnailCache
from reader.library import Library
from reader.ui.common.settings import Settings
from reader.ui.common.workers import Workers
from reader.ui.window import MainWindow
from tests.ui_support import *
from tests.ui_support import FAST_NET, OFFLINE_ADDRESSES, FakeDialogs, close, file_keyring


def _staged_window(qtbot, corpus_db, data_dir):
    settings = Settings(data_dir.settings_file)
    folder = data_dir.data.parent / "userstate"
    folder.mkdir()
    preferences = {**OFFLINE_ADDRESSES, "language": "en", "userstate_folder": str(folder)}
    for name, value in preferences.items():
        settings.set(name, value)
    library = Library(corpus_db)
    workers = Workers()
    workers.hold()  # as reader.ui.app does: nothing runs before the first paint
    window = MainWindow(
        library,
        settings,
        workers,
        ThumbnailCache(data_dir.thumbnails),
        dialogs=FakeDialogs(),
        paths=data_dir,
        secrets=file_keyring(data_dir.data.parent),
        net_options=FAST_NET,
        staged=True,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window, workers, library


def test_the_staged_window_builds_the_rest_after_its_first_paint(
    qtbot, corpus_db, data_dir
) -> None:
    window, workers, library = _staged_window(qtbot, corpus_db, data_dir)
    try:
        window.load()
        window.show()
        qtbot.waitExposed(window)
        # the first paint: the newest day listed and its first paper shown ...
        assert window.paper_list.model.rowCount() > 0 and window.detail.paper is not None
        # ... without what it does not show
        assert not window.built
        assert not hasattr(window, "go_to_date") and not hasattr(window, "userstate")
        assert not window.paper_list.search.isClearButtonEnabled()
        geometry = window.paper_list.search.geometry()

        window.finish_building()  # reader.ui.app: right after the first paint
        window.finish_building()  # once only
        workers.release()
        window.start_background(0)
        assert window.built and window.paper_list.search.isClearButtonEnabled()
        assert window.paper_list.search.geometry() == geometry  # nothing moved

        # what was built late works as it does in a window built at once
        window.action_set["go_to_date"].trigger()
        qtbot.waitUntil(lambda: window.go_to_date.dialog is not None, timeout=2000)
        window.go_to_date.dialog.reject()
        qtbot.waitUntil(lambda: window.go_to_date.dialog is None, timeout=2000)
        writes = window.userstate._write_timer
        assert not writes.isActive()
        window.action_set["toggle_bookmark"].trigger()  # a change the user-state folder hears
        assert writes.isActive()
    finally:
        close(window, workers, library)


def test_a_staged_window_closed_before_its_first_paint_closes_cleanly(
    qtbot, corpus_db, data_dir
) -> None:
    window, workers, library = _staged_window(qtbot, corpus_db, data_dir)
    window.load()
    window.show()
    window.close()  # e.g. Ctrl+C during start-up: the late rooms were never built
    assert not window.built
    close(window, workers, library)
