"""Opening the window: ``python main.py`` with no sub-command ends up in :func:`main`.

Start-up order (each step needs the ones before it):

1. logging, to a file in the data folder (``reader.logsetup``);
2. the one QApplication: high-DPI policy, organisation and application names,
   icon, the UI font with its Korean fallbacks (``create_app``);
3. the data folder's window lock (:mod:`reader.ui.single_instance`): when another
   process holds it, that window is asked to come forward and this start ends;
   settings from ``AppPaths.settings_file`` (an ini file), and the theme;
4. the library (a damaged or too-new file is told in a dialog, exit 3);
5. the worker pool (held), then the main window as far as its first paint needs
   (``staged=True``), filled from the library with the saved state restored (on
   an empty library the bundled samples are imported in a worker), then shown;
   right after its first paint the collector resumes, the rest of the window is
   built (``MainWindow.finish_building``), the workers start, and its background
   work begins: local folders are watched and a sync runs if the last one is older
   than ``sync_interval_hours`` (never with ``DAILY_PAPERS_AUTO_NETWORK=0``);
6. ``sys.excepthook`` routed to :mod:`reader.notify`, Ctrl+C and SIGTERM
   closing the window, and the event loop;
7. on exit: the pool is shut down (every thread joined), then the library closed.

Python's garbage collector is paused from the start of :func:`main` until the
first paint (see there). Only Qt and the library are imported here; the parser,
``requests`` and ``pylatexenc`` load later, if ever.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import signal
import sys
import time
import traceback
from types import TracebackType
from typing import NoReturn

from reader import APP_NAME, APP_SLUG, ORG_NAME, __version__, logsetup, notify

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 800)

STARTUP: list[tuple[str, float]] = []
"""(step, epoch seconds when it ended) of this process's start-up: the benchmark's breakdown."""
STARTUP_CPU: list[tuple[str, float]] = []
"""The same steps in this process's CPU seconds (steadier than the clock on a busy machine)."""
AFTER_PAINT: list[tuple[str, float]] = []
"""The same for what runs right after the first paint (the rest of the window)."""
QUIT: list[tuple[str, float]] = []
"""The same for quitting, from the event loop's end."""
FINISHED = False
"""True once :func:`main` closed the window, its threads, the library and the settings."""


def mark(step: str, steps: list[tuple[str, float]] = STARTUP) -> None:
    """Note that start-up (or quit) *step* just ended (cheap: one clock read)."""
    steps.append((step, time.time()))
    if steps is STARTUP:
        STARTUP_CPU.append((step, time.process_time()))


def quick_pyside_feature_check() -> None:
    """Make PySide's per-import check (does this module use PySide6?) read bytes, not tokens.

    PySide 6 asks that of every module imported after it (for ``from __feature__
    import ...``) with ``inspect.getsource``: ~0.1 ms a module, ~14 ms of the
    window's imports. The same question is answered by looking for ``PySide6`` in
    the file's bytes, and for this app's modules by their names alone (no file read
    each: ~1 ms apiece when the disk cache was dropped). Anything unexpected (another
    PySide, a module without a .py file) keeps PySide's own check.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quick", False):
        return

    def uses_pyside(module: object) -> bool:
        name = getattr(module, "__name__", "")
        if isinstance(name, str) and name.startswith("reader."):
            # no file read: the core is free of Qt (tests/test_architecture.py), and for a
            # reader.ui module that imports no Qt (a room's __init__) the answer is moot
            return name.startswith("reader.ui")
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.quick = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]  # for tests
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def create_app(argv: list[str] | None = None):  # -> QApplication
    """The QApplication, created once, named and given its fonts.

    Its icon comes with the rest of the window, after the first paint
    (:meth:`reader.ui.window.MainWindow.finish_building`): the SVG loads Qt's SVG
    library and icon engine, and the window manager draws it, not the first frame.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    quick_pyside_feature_check()

    from reader.ui.common.theme import FUSION_SET, base_font

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        # Fusion made by Qt from the command line: from Python, app.setStyle() would make
        # QStyle's class and enums (~15 ms of the start), see theme.apply_theme
        args = argv or [sys.argv[0] if sys.argv else APP_SLUG]
        app = QApplication([*args, "-style", "fusion"])
        app.setProperty(FUSION_SET, True)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_SLUG)
    app.setFont(base_font(app))
    return app


def after_first_paint(window, then) -> None:  # (QWidget, Callable[[], None])
    """Call *then* once the shown *window* has been exposed and painted (or after 1 s at most).

    Qt paints a top-level window while it handles the window system's first
    Expose; *then* runs from the event loop right after that handling.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    handle = window.windowHandle()
    fired = False

    def fire() -> None:
        nonlocal fired
        if not fired:
            fired = True
            then()

    class Exposed(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Expose and handle.isExposed():
                handle.removeEventFilter(self)
                QTimer.singleShot(0, fire)
            return False

    if handle is None or handle.isExposed():
        QTimer.singleShot(0, fire)
        return
    handle.installEventFilter(Exposed(window))
    QTimer.singleShot(1000, fire)  # a window never exposed (minimised start) still gets going


def _after_first_paint(window, workers, collect: bool, server: str = "") -> None:
    # (MainWindow, Workers, bool, str)
    """The rest of the window, then its background work: nothing of it is in the first paint.

    *collect*: the garbage collector was on before :func:`main` paused it; it is
    on again, and what start-up built (modules, widgets, models: long-lived) is
    kept out of later full collections, as :func:`reader.gcpause.settle` does, but
    without its young collection: that would walk all of start-up's objects on
    the UI thread (10-20 ms) to free the few hundred that are garbage.
    """
    if collect:
        gc.freeze()
        gc.enable()
        mark("garbage collector on", AFTER_PAINT)
    window.finish_building()
    mark("rest of the window built", AFTER_PAINT)
    workers.release()
    window.start_background()
    if server:  # a second start of this data folder asks here for the window
        from reader.ui.single_instance import ShowRequests

        window.show_requests = ShowRequests(server, window)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Unexpected errors reach the user as one sentence; details go to the log."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", details, extra=logsetup.FILE_ONLY)
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "App", "Unexpected error (%1); details are in the log file."
    ).replace("%1", kind.__name__)
    notify.error(text, details)


def _close_on_signals(window) -> None:
    """Ctrl+C or SIGTERM close the window as the user would (state saved, threads joined).

    Python runs the handler between any two bytecodes, also inside a callback Qt is
    making (a resize in the middle of the detail pane's render): the close is posted
    to the event loop instead of run there.
    """
    from PySide6.QtCore import QTimer

    def close(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window, window.close)

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def main(args: argparse.Namespace) -> int:
    """Open the window and run it until it closes; the exit status.

    Python's cyclic garbage collector is paused until the first paint: start-up
    allocates some 65,000 objects that all stay alive (modules, Qt classes and
    their enums, widgets), and the collector would walk them again and again
    (~10 ms of the start at 110,000 papers) to find almost no garbage.
    """
    collect = gc.isenabled()
    gc.disable()
    try:
        return _open(args, collect)
    finally:
        if collect:
            gc.enable()  # also when the window closed, or start-up failed, before its paint


def _open(args: argparse.Namespace, collect: bool) -> int:
    mark("command line")
    paths = args.paths
    from reader.paths import DataDirError

    try:
        log_dir = paths.ensure(paths.data / "logs")
    except DataDirError:
        log_dir = None
    logsetup.setup(log_dir, logging.INFO if getattr(args, "verbose", False) else logging.WARNING)

    mark("logging")
    app = create_app()
    mark("QApplication")
    from reader.ui.single_instance import InstanceLock

    lock = InstanceLock(paths.data)  # one window per data folder
    if lock.elsewhere:
        return _bring_forward(lock, paths.data)
    try:
        return _run(app, paths, collect, lock.name)
    finally:
        lock.release()


def _bring_forward(lock, data_dir) -> int:  # (InstanceLock, Path)
    """This data folder's window is open in another process: show it, say so, exit 0."""
    from reader.ui.single_instance import bring_forward

    if bring_forward(lock.name):
        sys.stderr.write(f"{APP_NAME} is already open for {data_dir}: its window is in front.\n")
        return 0
    sys.stderr.write(
        f"{APP_NAME} is already open for {data_dir} (process {lock.other_pid() or '?'}),"
        " but its window did not answer; close it, or wait until it has started.\n"
    )
    return 4


def _run(app, paths, collect: bool, server: str) -> int:  # (QApplication, AppPaths, ...)
    """Settings, library and window, for the process that holds the data folder's lock."""
    from reader.cache import ThumbnailCache
    from reader.db import LibraryError
    from reader.library import Library
    from reader.paths import DataDirError
    from reader.ui.common import i18n
    from reader.ui.common.settings import Settings
    from reader.ui.common.theme import apply_theme
    from reader.ui.common.workers import Workers
    from reader.ui.window import MainWindow

    mark("window imports")
    try:
        settings = Settings(paths.settings_file)
        i18n.install(app, settings.get("language"))  # before any window text
        apply_theme(app, settings.get("theme"))
        library = Library(paths.database)
        mark("settings, theme, library open")
    except (LibraryError, DataDirError) as exc:
        log.error("%s", exc)
        from PySide6.QtWidgets import QMessageBox  # its class and enums: only for this message

        from reader.ui.common.core_text import translated
        from reader.ui.common.resources import app_icon

        app.setWindowIcon(app_icon())
        QMessageBox.critical(None, APP_NAME, translated(str(exc)))  # in the window's language
        return 3
    workers = Workers()
    workers.hold()  # background tasks start once the window is painted (after_first_paint)
    try:
        window = MainWindow(
            library, settings, workers, ThumbnailCache(paths.thumbnails), paths=paths, staged=True
        )
        mark("window built")
        screen = app.primaryScreen().availableGeometry()
        window.resize(min(DEFAULT_SIZE[0], screen.width()), min(DEFAULT_SIZE[1], screen.height()))
        window.load()
        mark("first query (day list, papers)")
        window.show()
        mark("show")
        after_first_paint(window, lambda: _after_first_paint(window, workers, collect, server))
        sys.excepthook = _excepthook
        _close_on_signals(window)
        status = app.exec()
        mark("event loop ended", QUIT)
    finally:
        sys.excepthook = sys.__excepthook__
        workers.shutdown()
        mark("workers joined", QUIT)
        library.close()  # the writer drains its queue first: no mark is lost
        settings.sync()
        mark("library closed", QUIT)
    global FINISHED
    FINISHED = True
    return status


def exit_now(status: int) -> NoReturn:
    """End the process at once, after :func:`main` closed and saved everything.

    Python's own shutdown would then spend ~0.15 s destroying the window's Qt
    objects one by one, which a user sees as a slow quit. Log files and the
    standard streams are flushed first; the library, settings and threads were
    closed by :func:`main`.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more to say anyway
            pass
    os._exit(status)
