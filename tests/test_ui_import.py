"""Importing from the File menu: a worker, a progress dialog, cancel, and a live window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from tests.files_support import gen_corpus
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import FakeDialogs, WriteWatch

DAYS = 300


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few hundred synthetic digests from the benchmark generator."""
    folder = tmp_path_factory.mktemp("generated")
    gen_corpus().generate(folder, days=DAYS, papers=12, seed=7)
    return folder


def _start_import(qtbot, make_window, folder: Path, before=None):  # type: ignore[no-untyped-def]
    """The window's Import Folder on *folder*, *before(window)* called just before it starts."""
    dialogs = FakeDialogs(folder=[str(folder)])
    window = make_window(read_delay_ms=60_000, dialogs=dialogs)  # first run: samples
    qtbot.waitUntil(lambda: not window.importer.running(), timeout=10_000)
    qtbot.waitUntil(lambda: window.sidebar.current_key() != "", timeout=5000)
    if before is not None:
        before(window)
    reports = []
    window.importer.finished.connect(reports.append)
    window.action_set["import_folder"].trigger()
    return window, reports


def test_import_runs_in_a_worker_with_progress_and_the_window_keeps_painting(
    qtbot, make_window, generated
) -> None:
    """The import parses and stores off the UI thread, which never waits for its writes.

    How long the event loop may stall during an import is measured, not asserted
    here: benchmarks/stall_probe.py times its heartbeat gaps on a large library.
    """
    watches: list[WriteWatch] = []
    window, reports = _start_import(
        qtbot, make_window, generated, before=lambda w: watches.append(WriteWatch(w.library))
    )
    dialog = window.importer.dialog
    assert isinstance(dialog, QProgressDialog) and dialog.isVisible()
    assert not dialog.isModal()
    assert not window.action_set["import_folder"].isEnabled()  # one import at a time
    seen: list[tuple[int, int]] = []  # (maximum, value) of the dialog, at each timer tick
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        if window.importer.dialog is not None:
            seen.append((window.importer.dialog.maximum(), window.importer.dialog.value()))
        window.update()

    timer.timeout.connect(tick)
    timer.start()
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    timer.stop()
    report = reports[0]
    assert report.imported == DAYS and not report.cancelled
    watches[0].check_off_the_ui_thread()
    # the event loop ran while the import was under way: its timer saw the dialog
    # after it learned the file count, which only a progress signal delivered tells it
    assert any(maximum == DAYS for maximum, _value in seen), seen[-5:]
    # the first real import removed the 4 sample days
    qtbot.waitUntil(lambda: len(window.day_model.dates()) == DAYS, timeout=5000)
    assert window.importer.dialog is None and window.action_set["import_folder"].isEnabled()
    assert "300 files imported" in window.status.currentMessage()


def test_import_can_be_cancelled_from_the_dialog(qtbot, make_window, generated) -> None:
    window, reports = _start_import(qtbot, make_window, generated)
    dialog = window.importer.dialog
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.waitUntil(lambda: dialog.maximum() == DAYS, timeout=10_000)  # it is under way
    cancel.click()
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    report = reports[0]
    assert report.cancelled and report.imported < DAYS
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=5000)
    QApplication.processEvents()
    # what was stored stays (and the samples went when the first real file came)
    assert len(window.day_model.dates()) == report.imported
    assert "cancelled" in window.status.currentMessage().lower()
    window.action_set["next_day"].trigger()  # the window is usable afterwards
    assert window.sidebar.current_day() is not None


def test_importing_nothing_asks_and_does_nothing(qtbot, make_window) -> None:
    window = make_window(read_delay_ms=60_000, dialogs=FakeDialogs())
    qtbot.waitUntil(lambda: not window.importer.running(), timeout=10_000)
    window.action_set["import_files"].trigger()
    assert window.dialogs.asked == ["files"] and not window.importer.running()


def test_a_folder_without_digests_is_reported(qtbot, make_window, tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    window, reports = _start_import(qtbot, make_window, empty)
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    assert reports[0].imported == 0 and reports[0].failed
    assert window.status.last_message is not None and window.status.last_message.level == "warning"


def test_an_import_keeps_the_windows_objects_out_of_full_collections(
    qtbot, make_window, generated
) -> None:
    """A full GC pass walks every object holding the GIL (25-60 ms at 110k papers): the
    window's long-lived objects are frozen when an import starts (reader.gcpause)."""
    import gc

    dialogs = FakeDialogs(folder=[str(generated)])
    window = make_window(read_delay_ms=60_000, dialogs=dialogs)
    qtbot.waitUntil(lambda: not window.importer.running(), timeout=10_000)
    gc.unfreeze()
    try:
        reports: list = []
        window.importer.finished.connect(reports.append)
        window.action_set["import_folder"].trigger()
        assert gc.get_freeze_count() > 0
        assert not any(obj is window.day_model for obj in gc.get_objects())
        qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    finally:
        gc.unfreeze()


def test_the_progress_dialog_is_updated_a_few_times_a_second_not_per_file(
    qtbot, make_window, generated
) -> None:
    """Each update repaints the dialog on the UI thread: reports are coalesced (at most
    20 a second from the worker, 10 a second into the dialog), the last one is shown."""
    window, reports = _start_import(qtbot, make_window, generated)
    controller = window.importer
    shown: list[tuple[int, int, str]] = []
    real = controller._progress

    def spy(done: int, total: int, name: str) -> None:
        shown.append((done, total, name))
        real(done, total, name)

    controller._show_progress._fn = spy  # what the throttle calls
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    assert reports[0].imported == DAYS
    assert 0 < len(shown) < DAYS // 3, len(shown)  # not one per file
