"""User state that travels, from the window: the sync folder and the notes/RIS exports.

With the ``userstate_folder`` setting on, the library's user state (marks,
triage states and queue order, notes, tags, watch terms) is merged with
``daily-papers-userstate.json`` in that folder at start, when the file changes
(a QFileSystemWatcher on the folder, debounced) and written back after each
change here (debounced), always by :func:`reader.userstate_sync.sync_folder_merge`
in the worker pool: newer per paper and field wins, and the file is rewritten
only when its content would change, so two machines never ping-pong. The window
calls :meth:`UserStateUi.schedule_write` on every change of marks, states, notes
and tags, and refreshes its panes on ``merged``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from reader import notify, userstate_sync
from reader.db import LibraryError
from reader.ui.sync.export_task import run_export
from reader.userstate_sync import MergeSummary, UserStateError

if TYPE_CHECKING:
    from reader.library import Library
    from reader.ui.common.settings import Settings
    from reader.ui.common.workers import Workers
    from reader.ui.dialogs.choosers import FileChooser
    from reader.ui.shell.actions import Actions

log = logging.getLogger(__name__)

WRITE_DELAY_MS = 2000  # after the last change here
READ_DELAY_MS = 1000  # after the last change seen in the folder


class UserStateUi(QObject):
    """The window's sync folder and user-state exports (its ``userstate`` attribute).

    *parent* is the window (the export chooser's parent).

    Signals: ``merged()`` after a merge changed the library (lists, counts, the shown
    paper and its note are read again). ``merges`` counts finished merges (tests wait on it).
    """

    merged = Signal()

    def __init__(
        self,
        library: Library,
        workers: Workers,
        settings: Settings,
        dialogs: FileChooser,
        actions: Actions,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.library, self.workers, self.settings = library, workers, settings
        self.dialogs, self.actions, self.window = dialogs, actions, parent
        self.merges = 0
        self._running = False
        self._again = False
        self._closed = False
        self._read_timer = self._timer(READ_DELAY_MS)
        self._write_timer = self._timer(WRITE_DELAY_MS)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self._read_timer.start())
        self.watcher.fileChanged.connect(lambda _p: self._read_timer.start())

    def _timer(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.merge)
        return timer

    def wire(self) -> None:
        """Connect the two exports and the ``userstate_folder`` setting."""
        a = self.actions
        a["export_notes"].triggered.connect(lambda: self.export("markdown"))
        a["export_ris"].triggered.connect(lambda: self.export("ris"))
        self.settings.changed.connect(self._setting_changed)

    def folder(self) -> Path | None:
        text = str(self.settings.get("userstate_folder") or "").strip()
        return Path(text).expanduser() if text else None

    def start(self) -> None:
        """Watch the folder and merge it now (at start and when the setting changes)."""
        paths = self.watcher.directories() + self.watcher.files()
        if paths:
            self.watcher.removePaths(paths)
        folder = self.folder()
        if folder is None:
            return
        if not folder.is_dir():
            text = self.tr("The user-state sync folder %1 does not exist; nothing is synced.")
            notify.warning(text.replace("%1", str(folder)))
            return
        self.watcher.addPath(str(folder))
        file = folder / userstate_sync.FILE_NAME
        if file.exists():
            self.watcher.addPath(str(file))
        self.merge()

    def shutdown(self) -> None:
        """The window closes: write what changed since the last write, then stop."""
        self._read_timer.stop()
        pending = self._write_timer.isActive()
        self._write_timer.stop()
        self._closed = True
        folder = self.folder()
        if pending and folder is not None and folder.is_dir():
            library = self.library

            def write_at_close() -> None:
                try:
                    userstate_sync.sync_folder_merge(library, folder)
                except (UserStateError, LibraryError) as exc:
                    log.warning("user state not written at close: %s", exc)

            # on the library's writer, after the marks and the note queued before it;
            # closing the library waits for it (reader.writer: quit flushes)
            library.submit(write_at_close)

    def _setting_changed(self, name: str) -> None:
        if name == "userstate_folder":
            self.start()

    def schedule_write(self, *_changed: object) -> None:
        """Write the folder's file a moment after the last change (any signal's arguments)."""
        if self.folder() is not None and not self._closed:
            self._write_timer.start()

    # ---------------------------------------------------------------- merge

    def merge(self) -> None:
        """Merge the folder's file and write the merged state back, in a worker."""
        folder = self.folder()
        if folder is None or self._closed:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        library = self.library

        def done(summary: MergeSummary) -> None:
            self._finish()
            file = folder / userstate_sync.FILE_NAME
            if file.exists() and str(file) not in self.watcher.files():
                self.watcher.addPath(str(file))  # atomic writes replace it: watch it again
            if summary.total:
                notify.info(self.merge_text(summary))
                self.merged.emit()  # lists, counts, the shown paper and its note

        def failed(exc: BaseException) -> None:
            self._finish()
            text = self.tr(
                "Syncing the user-state folder failed (%1); details are in the log file."
            )
            notify.failure(exc, "Syncing the user-state folder", text, told=(UserStateError,))

        self.workers.run_task(
            lambda: userstate_sync.sync_folder_merge(library, folder),
            done,
            failed,
            context=self,
            name="user-state sync",
        )

    def merge_text(self, summary: MergeSummary) -> str:
        """'Sync folder: merged 2 bookmarks, 1 note.' in the window's language."""
        read, bookmarked, triage = summary.read, summary.bookmarked, summary.triage
        notes, tags, dismissed, watch = (
            summary.notes,
            summary.tags,
            summary.dismissed,
            summary.watch,
        )
        parts = [
            self.tr("%n read mark(s)", "", read) if read else "",
            self.tr("%n bookmark(s)", "", bookmarked) if bookmarked else "",
            self.tr("%n triage state(s)", "", triage) if triage else "",
            self.tr("%n note(s)", "", notes) if notes else "",
            self.tr("%n tag(s)", "", tags) if tags else "",
            self.tr("%n not-interested mark(s)", "", dismissed) if dismissed else "",
            self.tr("%n watch term(s)", "", watch) if watch else "",
        ]
        merged = self.tr(", ", "between merged counts").join(p for p in parts if p)
        if not merged:
            return self.tr("Sync folder: nothing to merge, up to date.")
        return self.tr("Sync folder: merged %1.").replace("%1", merged)

    def _finish(self) -> None:
        self._running = False
        self.merges += 1
        if self._again:
            self._again = False
            self.merge()

    # --------------------------------------------------------------- export

    def export(self, fmt: str) -> None:
        """Notes as Markdown, or bookmarks as RIS, to a file the user chooses."""
        suggested = "paper-notes.md" if fmt == "markdown" else "bookmarks.ris"
        path = self.dialogs.export_path(self.window, suggested)
        if not path:
            return
        library = self.library

        def produce() -> tuple[str, int]:
            from reader.cli_userstate import export_items

            return export_items(library, fmt, bookmarked=fmt == "ris")

        what = "note" if fmt == "markdown" else "bookmark"
        run_export(self.workers, self, path, produce, what)
