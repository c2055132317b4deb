"""``python main.py screenshot OUT.png [--date D] [--paper ID] [--size WxH] [--lang ko|en]
[--dialog preferences|shortcuts|about|error]``.

Renders the real main window offscreen at the asked state and saves it. Nothing
is written to the library (showing a paper does not mark it read) or to the
settings; an empty library gets the bundled samples first, as on a first run.
``--lang`` shows the window in that language (default: the ``language`` setting);
``--dialog`` opens that dialog over the window and saves the dialog instead (``error``:
the message box an unexpected error opens, with its details).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time

SIZE_RE = re.compile(r"^\s*(\d{3,5})\s*[xX×]\s*(\d{3,5})\s*$")


def _err(text: str) -> int:
    sys.stderr.write(text + "\n")
    return 2


def _quiet_offscreen(mode, context, message: str) -> None:
    if "propagateSizeHints" in message:
        return  # the offscreen platform says this for every top-level window
    sys.stderr.write(message + "\n")


DIALOGS = ("preferences", "shortcuts", "about", "error")


def _open_dialog(window, name: str):  # -> QWidget
    """Open dialog *name* over *window* as the user would, and return it once laid out."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QDialog

    from reader import notify

    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    if name == "error":  # what an unexpected error shows: one sentence, details on demand
        text = QCoreApplication.translate(
            "App", "Unexpected error (%1); details are in the log file."
        ).replace("%1", "OSError")
        notify.error(text, "Traceback (most recent call last):\n  ...\nOSError: [Errno 28]")
    else:
        window.action_set[name].trigger()
    for _ in range(20):
        QCoreApplication.processEvents()
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and isinstance(w, QDialog) and id(w) not in before
    ]
    if not opened:
        raise RuntimeError(f"the {name} dialog did not open")
    return opened[-1]


def run_screenshot(args: argparse.Namespace) -> int:
    match = SIZE_RE.match(args.size or "")
    if not match:
        return _err(f"{args.size!r} is not a size like 1280x800.")
    width, height = int(match.group(1)), int(match.group(2))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

    from reader.cache import ThumbnailCache
    from reader.db import LibraryError
    from reader.library import Library
    from reader.ui.app import create_app
    from reader.ui.common import i18n
    from reader.ui.common.resources import samples_dir
    from reader.ui.common.settings import Settings
    from reader.ui.common.theme import apply_theme
    from reader.ui.common.workers import Workers
    from reader.ui.window import MainWindow

    previous = qInstallMessageHandler(_quiet_offscreen)
    app = create_app()
    paths = args.paths
    settings = Settings(paths.settings_file)
    i18n.install(app, getattr(args, "lang", None) or settings.get("language"))
    apply_theme(app, settings.get("theme"))
    try:
        library = Library(paths.database)
    except LibraryError as exc:
        return _err(str(exc))
    workers = Workers()
    try:
        if not library.days():
            from reader.samples import import_samples

            import_samples(library, samples_dir())
        dates = [d.date for d in library.days()]
        date, paper_id = args.date, args.paper
        if paper_id:
            paper = library.paper(paper_id)
            if paper is None:
                return _err(f"No paper with id {paper_id} in the library.")
            date = date or (paper.dates[-1] if paper.dates else None)
        if date and date not in dates:
            return _err(f"No day {date} in the library.")
        window = MainWindow(
            library, settings, workers, ThumbnailCache(paths.thumbnails), persist=False, paths=paths
        )
        window.marks.enabled = False
        window.resize(width, height)
        window.default_sizes()
        window.load(restore=False)
        if date:
            window.sidebar.select_day(date)
            if not (paper_id and window.paper_list.select_paper(paper_id)):
                window.paper_list.select_row(0)
        if paper_id and not window.paper_list.current_id():
            window.commands.show_paper(paper_id)
        window.show()
        window.commands.flush()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()
            if not workers.busy():
                break
            time.sleep(0.01)
        QCoreApplication.processEvents()
        window.commands.flush()
        QCoreApplication.processEvents()
        if getattr(args, "pdf", False):  # the PDF reader in the summary's place
            from reader.ui.pdf.controller import show_for_screenshot

            problem = show_for_screenshot(window.pdf, paper_id or "", args.page)
            if problem:
                window.close()
                return _err(problem)
        dialog = getattr(args, "dialog", None)
        image = _open_dialog(window, dialog).grab() if dialog else window.grab()
        window.close()
        if not image.save(str(args.output)):
            return _err(f"Cannot write {args.output}.")
        return 0
    finally:
        workers.shutdown()
        library.close()
        qInstallMessageHandler(previous)
