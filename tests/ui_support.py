"""Fixtures for the window tests (imported by tests/test_ui_*.py).

- ``corpus_db``: the shared corpus imported once per session into a template
  database; each test gets its own copy (a real SQLite library, no mocks).
- ``make_window``: builds a real :class:`MainWindow` on a data folder, with a
  :class:`FakeDialogs` answering file choosers, and closes it, shuts its worker
  pool down and closes the library at teardown. Its sync addresses point at a
  closed loopback port (``DEAD_URL``) unless a test passes others, its keyring
  is a file in the test's folder, and its HTTP client is fast to give up.
- ``url_log`` (autouse): every http, https, javascript and file URL handed to
  ``QDesktopServices.openUrl`` lands in a list instead of a browser.
- ``no_stray_threads`` (autouse): a test fails if it leaves a worker pool running.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from reader.cache import ThumbnailCache
from reader.library import Library
from reader.paths import AppPaths
from reader.secrets import SecretStore
from reader.ui.common.settings import Settings
from reader.ui.common.theme import apply_theme
from reader.ui.common.workers import Workers
from reader.ui.window import MainWindow

__all__ = [  # the fixtures test modules take with ``from tests.ui_support import *``
    "corpus_db",
    "corpus_template",
    "data_dir",
    "make_window",
    "no_stray_threads",
    "url_log",
]

SCHEMES = ("http", "https", "javascript", "file", "data", "ftp")
DEAD_URL = "http://127.0.0.1:9"  # the discard port: refused at once, never the internet
OFFLINE_ADDRESSES = {
    "github_api_url": DEAD_URL,
    "github_raw_url": DEAD_URL,
    "hf_url": DEAD_URL,
}
FAST_NET = {"connect_timeout": 2.0, "read_timeout": 2.0, "retries": 1, "backoff": 0.01}


def file_keyring(folder: Path) -> SecretStore:
    """A real keyring backend: keyrings.alt's plaintext file inside *folder*."""
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "keyring.cfg")
    return SecretStore(backend=backend)


class UrlRecorder(QObject):
    """Stands in for the system browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def record(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@dataclass
class FakeDialogs:
    """Answers the window's file choosers without showing a dialog."""

    files: list[str] = field(default_factory=list)
    folder: list[str] = field(default_factory=list)
    export: str | None = None
    asked: list[str] = field(default_factory=list)

    def import_files(self, parent: object) -> list[str]:
        self.asked.append("files")
        return list(self.files)

    def import_folder(self, parent: object) -> list[str]:
        self.asked.append("folder")
        return list(self.folder)

    def export_path(self, parent: object, suggested: str) -> str | None:
        self.asked.append("export")
        return self.export


@pytest.fixture(autouse=True)
def url_log(qapp: QApplication) -> Iterator[list[str]]:
    recorder = UrlRecorder()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, recorder, "record")
    yield recorder.urls
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture(autouse=True)
def no_stray_threads(qapp: QApplication) -> Iterator[None]:
    yield
    live = Workers.live_pools()
    for workers in live:
        workers.shutdown()
    assert not live, "a test left a worker pool running"
    apply_theme(qapp, "light")


@pytest.fixture(scope="session")
def corpus_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from reader.importer import import_paths
    from tests.conftest import CORPUS

    path = tmp_path_factory.mktemp("template") / "library.sqlite3"
    with Library(path) as library:
        report = import_paths(library, [CORPUS])
        assert report.imported == 17
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> AppPaths:
    root = tmp_path / "data"
    return AppPaths(data=root, cache=root / "cache", config=root / "config")


@pytest.fixture
def corpus_db(corpus_template: Path, data_dir: AppPaths) -> Path:
    """The corpus library, copied into this test's data folder."""
    target = data_dir.database
    shutil.copyfile(corpus_template, target)
    return target


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, data_dir: AppPaths) -> Iterator[WindowFactory]:
    """``make_window(load=True, read_delay_ms=..., dialogs=..., **settings)``: a real window.

    ``background=True`` starts its background work (folders, sync state, a due
    sync) as ``reader.ui.app.main`` does after show; ``secrets`` and ``net_options``
    replace the file keyring in the test folder and the fast client options.
    """
    opened: list[tuple[MainWindow, Workers, Library]] = []

    def make(
        load: bool = True,
        dialogs: FakeDialogs | None = None,
        size: tuple[int, int] = (1280, 800),
        background: bool = False,
        secrets: SecretStore | None = None,
        net_options: dict | None = None,
        **preferences: object,
    ) -> MainWindow:
        settings = Settings(data_dir.settings_file)
        for name, value in {**OFFLINE_ADDRESSES, "language": "en", **preferences}.items():
            settings.set(name, value)
        library = Library(data_dir.database)
        workers = Workers()
        window = MainWindow(
            library,
            settings,
            workers,
            ThumbnailCache(data_dir.thumbnails),
            dialogs=dialogs or FakeDialogs(),
            paths=data_dir,
            secrets=secrets or file_keyring(data_dir.data.parent),
            net_options=FAST_NET if net_options is None else net_options,
        )
        qtbot.addWidget(window)
        window.resize(*size)
        if load:
            window.load()
        window.show()
        if background:
            window.start_background(0)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        settle(qtbot, window)  # counts (and a first-run import) arrive from the pool
        opened.append((window, workers, library))
        return window

    yield make
    for window, workers, library in opened:
        close(window, workers, library)


def close(
    window: MainWindow, workers: Workers | None = None, library: Library | None = None
) -> None:
    """Close *window* as the user would, then stop its pool and its library."""
    workers = workers or window.workers
    library = library or window.library
    if window.isVisible():
        window.close()
    # A window never shown gets no close event: its pending timers (the show
    # throttle, debounces) would fire into the stopped pool below. The app's own
    # window is always shown, and its event loop ends before its pool is stopped.
    for timer in window.findChildren(QTimer):
        timer.stop()
    workers.shutdown()
    QApplication.processEvents()
    library.close()


def settle(qtbot, window: MainWindow) -> None:
    """Let queued results and writes arrive and throttled selections show."""
    from reader.ui.common.writes import writes_in_flight

    qtbot.waitUntil(lambda: not window.workers.busy() and not writes_in_flight(), timeout=10_000)
    QApplication.processEvents()
    window.commands.flush()


def day_window(qtbot, make_window: WindowFactory, day: str, **options: object) -> MainWindow:
    """A window (marks by hand only) on *day*, its first paper shown and the list focused."""
    window = make_window(read_delay_ms=60_000, **options)
    window.sidebar.select_day(day)
    window.paper_list.select_row(0)
    window.paper_list.view.setFocus()
    settle(qtbot, window)
    return window


class WriteWatch:
    """Which threads store batches in *library*, and whether the UI thread waits for a write.

    The structural form of "the window kept painting during an import or a sync":
    every batch stored by a worker and none waited for on the UI thread. How long
    the event loop may stall is measured in benchmarks/stall_probe.py, not here.
    """

    def __init__(self, library: Library) -> None:
        self.stores: list[bool] = []  # per batch: stored on the UI thread?
        self.waits = 0  # times the UI thread waited for a write
        store = library.store

        def spy(batch):  # type: ignore[no-untyped-def]
            self.stores.append(threading.current_thread() is threading.main_thread())
            return store(batch)

        def waited() -> None:
            if threading.current_thread() is threading.main_thread():
                self.waits += 1

        library.store = spy  # type: ignore[method-assign]
        library.writer.wait_observers.append(waited)

    def check_off_the_ui_thread(self) -> None:
        assert self.stores, "nothing was stored"
        assert not any(self.stores), "every batch is stored by a worker, not the UI thread"
        assert self.waits == 0, "the UI thread never waits for the writes"


def written(window: MainWindow) -> None:
    """Wait for the writes the window queued (they run on the library's writer thread).

    The window never waits for them; a test that reads the library right after an
    action does, and then lets their answers reach the window.
    """
    assert window.library.flush(10.0), "queued writes did not finish"
    QApplication.processEvents()


def answer_message_box(seen: list[str], click: str = "", defaults: list[str] | None = None) -> None:
    """Answer the next modal message box, recording its text (and in *defaults* the text
    of its default button): press the button labelled *click*, or dismiss the box."""
    from PySide6.QtWidgets import QMessageBox

    def dismiss() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            if defaults is not None:
                default = box.defaultButton()
                defaults.append(default.text() if default is not None else "")
            chosen = [b for b in box.buttons() if b.text() == click] if click else []
            if chosen:
                chosen[0].click()
            else:
                box.done(0)
        else:
            QTimer.singleShot(20, dismiss)

    QTimer.singleShot(20, dismiss)


def run_app_main(args) -> int:  # type: ignore[no-untyped-def]
    """``reader.ui.app.main(args)`` in this process, leaving no trace for later tests.

    ``create_app`` gives the one QApplication the app's font (10 pt and the CJK
    fallbacks) and ``main`` attaches the log handlers: both are put back, or every
    later test would lay out text with another font.
    """
    from reader import logsetup
    from reader.ui import app

    font = QApplication.font()
    try:
        return app.main(args)
    finally:
        QApplication.setFont(font)
        logsetup.setup(None)
