"""Importing digests from the window: a worker task, a progress dialog, and cancel.

The import runs in the pool (the window keeps repainting and stays usable); its
progress comes back by signal into a non-modal QProgressDialog whose Cancel
stops the import after the current file, keeping every batch already stored.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from reader import gcpause, notify
from reader.library import Library
from reader.sentence import fill
from reader.ui.common.throttle import Throttle
from reader.ui.common.workers import Task, Workers

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

log = logging.getLogger(__name__)

PROGRESS_MS = 100  # the dialog shows the newest file at most ten times a second
REPORT_S = 0.05  # and the worker reports at most twenty times a second


class ImportController(QObject):
    """Runs one import at a time.

    Signals: ``running_changed(bool)``, ``finished(object report)`` with the
    :class:`reader.importer.ImportReport` (or None when the import failed).
    """

    running_changed = Signal(bool)
    finished = Signal(object)

    def __init__(self, library: Library, workers: Workers, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._workers = workers
        self._parent = parent
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None
        # a file's progress arrives every few ms: repainting the dialog each time was UI work
        self._show_progress = Throttle(self._progress, PROGRESS_MS, self)

    def running(self) -> bool:
        return self.task is not None

    def start(
        self,
        paths: Sequence[str | os.PathLike[str]],
        show_progress: bool = True,
        samples: bool = False,
    ) -> Task | None:
        """Import *paths* (files or folders) in a worker; None when one is already running.

        With *samples* the one path is the bundled sample folder, imported as samples.
        """
        if self.task is not None:
            notify.warning(self.tr("An import is already running."))
            return None
        library, chosen = self._library, [str(p) for p in paths]

        def work(task: Task) -> object:
            from reader.importer import import_paths  # the parser loads only when importing

            last = [0.0]

            def progress(done: int, total: int, name: str) -> None:
                now = time.monotonic()  # a signal per file is UI work for nothing
                if now - last[0] >= REPORT_S or not name or done == 0:
                    last[0] = now
                    task.report(done, total, os.path.basename(name))

            if samples:
                from pathlib import Path

                from reader.samples import import_samples

                return import_samples(library, Path(chosen[0]), progress, task.is_cancelled)
            return import_paths(library, chosen, progress=progress, cancel=task.is_cancelled)

        gcpause.settle()  # the import's allocations must not start 50 ms full collections
        self.task = self._workers.run_task(
            work, self._done, self._failed, context=self, name="import"
        )
        if show_progress:
            self._open_dialog(self.task)
        self.running_changed.emit(True)
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _open_dialog(self, task: Task) -> None:
        from PySide6.QtWidgets import QProgressDialog  # not needed before an import

        dialog = QProgressDialog(
            self.tr("Looking for digests…"), self.tr("Cancel"), 0, 0, self._parent
        )
        dialog.setWindowTitle(self.tr("Importing digests"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self._cancel_clicked)
        task.progressed.connect(self._show_progress)
        dialog.show()
        self.dialog = dialog

    def _cancel_clicked(self) -> None:
        self.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling after the current file…"))

    def _progress(self, done: int, total: int, name: str) -> None:
        dialog = self.dialog
        if dialog is None or dialog.wasCanceled():
            return
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total))
        if name:
            text = fill(self.tr("Importing %1 of %2: %3"), [min(done + 1, total), total, name])
        else:
            text = self.tr("Imported %n file(s); updating the library…", "", total)
        dialog.setLabelText(text)

    def _close(self) -> None:
        self.task = None
        self._show_progress.cancel()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancel_clicked)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.running_changed.emit(False)

    def _done(self, report: object) -> None:
        self._close()
        from reader.ui.sync.text import import_summary, lines_text

        summary = import_summary(report)  # type: ignore[arg-type]
        failed = getattr(report, "failed", [])
        if failed:
            notify.warning(summary, lines_text(failed))
        else:
            notify.info(summary)
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        text = self.tr("The import failed (%1); details are in the log file.")
        notify.failure(exc, "Importing", text)
        self.finished.emit(None)
