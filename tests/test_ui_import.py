"""Importing from the File menu: a worker, a progress dialog, cancel, and a live window."""

from __future__ import annotations

import importlib.util
import time
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from tests.conftest import ROOT
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import FakeDialogs

DAYS = 300


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few hundred synthetic digests from the benchmark generator."""
    spec = importlib.util.spec_from_file_location(
        "gen_corpus", ROOT / "benchmarks" / "gen_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("generated")
    module.generate(folder, days=DAYS, papers=12, seed=7)
    return folder


def _start_import(qtbot, make_window, folder: Path):
    dialogs = FakeDialogs(folder=[str(folder)])
    window = make_window(read_delay_ms=60_000, dialogs=dialogs)  # first run: samples
    qtbot.waitUntil(lambda: not window.importer.running(), timeout=10_000)
    qtbot.waitUntil(lambda: window.sidebar.current_key() != "", timeout=5000)
    reports = []
    window.importer.finished.connect(reports.append)
    window.action_set["import_folder"].trigger()
    return window, reports


def test_import_runs_in_a_worker_with_progress_and_the_window_keeps_painting(
    qtbot, make_window, generated
) -> None:
    window, reports = _start_import(qtbot, make_window, generated)
    dialog = window.importer.dialog
    assert isinstance(dialog, QProgressDialog) and dialog.isVisible()
    assert not dialog.isModal()
    assert not window.action_set["import_folder"].isEnabled()  # one import at a time
    ticks: list[float] = []
    maxima: list[int] = []
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        ticks.append(time.monotonic())
        if window.importer.dialog is not None:
            maxima.append(window.importer.dialog.maximum())
        window.update()

    timer.timeout.connect(tick)
    timer.start()
    start = time.monotonic()
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    timer.stop()
    elapsed = time.monotonic() - start
    report = reports[0]
    assert report.imported == DAYS and not report.cancelled
    # the event loop ran all along: ticks kept coming, never a long gap
    assert len(ticks) >= max(5, elapsed / 0.01 * 0.3), (len(ticks), elapsed)
    gaps = [b - a for a, b in pairwise(ticks)]
    assert max(gaps, default=0) < 0.25
    assert DAYS in maxima  # the dialog learned the file count
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
