"""The sample banner: shown over a first run's sample digests, gone once real data arrives.

A first run on an empty data folder imports the bundled samples; the window says
they are samples, with Sync and Import buttons bound to its own actions. Importing
real digests (through the banner's Import button) or syncing the archive (through
its Sync button, against loopback servers) removes the samples, and the banner
follows. Real SQLite files, real widgets; screenshots in the test's tmp folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from reader.ui.shell.banner import TEXT, samples_on_show
from reader.ui.window import MainWindow
from tests.conftest import CORPUS
from tests.fake_remote import FakeArchive, FakeHf
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import FakeDialogs, settle

pytest_plugins = ["tests.sync_support"]

SAMPLE_DAYS = ["2025-02-06", "2025-02-05", "2025-02-04", "2025-02-03"]


def first_run(qtbot, make_window, **settings: object) -> MainWindow:
    window = make_window(read_delay_ms=60_000, **settings)
    qtbot.waitUntil(lambda: not window.importer.running(), timeout=10_000)
    qtbot.waitUntil(lambda: window.day_model.dates() == SAMPLE_DAYS, timeout=5000)
    settle(qtbot, window)
    return window


def shot(window: MainWindow, path: Path) -> None:
    window.repaint()
    assert window.grab().save(str(path)) and not QImage(str(path)).isNull()


def click(qtbot, window: MainWindow, button) -> None:
    window.activateWindow()  # a progress dialog may have taken activation
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_banner_shows_on_sample_days_and_goes_after_a_real_import(
    qtbot, make_window, tmp_path
) -> None:
    real = tmp_path / "digests" / "2025" / "01"
    real.mkdir(parents=True)
    (real / "02.md").write_bytes((CORPUS / "2025" / "01" / "02.md").read_bytes())
    dialogs = FakeDialogs(folder=[str(tmp_path / "digests")])
    window = first_run(qtbot, make_window, dialogs=dialogs)
    banner = window.sample_banner
    assert window.sidebar.current_day() == SAMPLE_DAYS[0]
    assert banner.isVisible() and banner.label.text() == TEXT
    sync, import_ = banner.buttons
    assert sync.defaultAction() is window.action_set["sync_now"]
    assert import_.defaultAction() is window.action_set["import_folder"]
    shot(window, tmp_path / "banner-light.png")
    assert banner.grab().toImage().pixelColor(4, 4).lightness() > 200  # a light tint
    # every sample day, and the smart views over a library of samples
    window.sidebar.select_day(SAMPLE_DAYS[-1])
    assert banner.isVisible()
    window.sidebar.select_view("all")
    settle(qtbot, window)
    assert banner.isVisible()
    window.settings.set("theme", "dark")
    settle(qtbot, window)
    assert banner.isVisible()
    shot(window, tmp_path / "banner-dark.png")
    assert banner.grab().toImage().pixelColor(4, 4).lightness() < 90  # follows the theme

    reports: list = []
    window.importer.finished.connect(reports.append)
    click(qtbot, window, import_)
    assert dialogs.asked == ["folder"]
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    settle(qtbot, window)
    assert reports[0].imported == 1
    qtbot.waitUntil(lambda: window.day_model.dates() == ["2025-01-02"], timeout=5000)
    settle(qtbot, window)
    assert not banner.isVisible()
    assert not window.library.has_samples()
    for view in ("all", "unread"):
        window.sidebar.select_view(view)
        assert not banner.isVisible()
    window.sidebar.select_day("2025-01-02")
    settle(qtbot, window)
    assert not banner.isVisible()
    shot(window, tmp_path / "real-dark.png")


def test_the_banner_goes_after_a_sync_started_from_it(
    qtbot, make_window, archive: FakeArchive, fake_hf: FakeHf, tmp_path
) -> None:
    window = first_run(
        qtbot,
        make_window,
        github_api_url=archive.api_url,
        github_raw_url=archive.raw_url,
        hf_url=fake_hf.url,
        sync_hf=False,
    )
    banner = window.sample_banner
    assert banner.isVisible()
    finished: list = []
    window.sync.finished.connect(finished.append)
    click(qtbot, window, banner.buttons[0])
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=5000)
    assert finished[0].ok, finished[0].errors
    qtbot.waitUntil(lambda: not set(SAMPLE_DAYS) & set(window.day_model.dates()), timeout=5000)
    assert len(window.day_model.dates()) == len(archive.days)
    assert not banner.isVisible()
    shot(window, tmp_path / "after-sync.png")


def test_samples_on_show_asks_the_library(qtbot, make_window) -> None:
    window = first_run(qtbot, make_window)
    library = window.library
    assert samples_on_show(library, SAMPLE_DAYS[0]) and samples_on_show(library, None)
    assert not samples_on_show(library, "2024-03-11")  # not a day of this library
