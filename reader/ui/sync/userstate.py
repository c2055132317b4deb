"""User state that travels, from the window: the sync folder and the notes/RIS exports.

With the ``userstate_folder`` setting on, the library's user state (marks,
triage states and queue order, notes, tags, watch terms) is merged with
``daily-papers-userstate.json`` in that folder at start, when the file changes
(a QFileSystemWatcher on the folder, debounced) and written back after each
change here (debounced), always by :func:`reader.userstate_sync.sync_folder_merge`
in the worker pool: newer per paper and field wins, and the file is rewritten
only when its content would change, so two machines never ping-pong.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from reader import notify, userstate_sync
from reader.db import LibraryError
from reader.ui.sync.export_task import run_export
from reader.userstate_sync import MergeSummary, UserStateError

if TYPE_CHECKING:
    from reader.ui.window import MainWindow

log = logging.getLogger(__name__)

WRITE_DELAY_MS = 2000  # after the last change here
READ_DELAY_MS = 1000  # after the last change seen in the folder


class UserStateUi(QObject):
    """The sync folder and the user-state exports of a :class:`MainWindow` (``userstate``).

    Signals: none. ``merges`` counts finished merges (tests wait on it).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.merges = 0
        self._running = False
        self._again = False
        self._closed = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self._read_timer.start())
        self.watcher.fileChanged.connect(lambda _p: self._read_timer.start())
        self._read_timer = self._timer(READ_DELAY_MS)
        self._write_timer = self._timer(WRITE_DELAY_MS)

    def _timer(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.merge)
        return timer

    def connect_actions(self) -> None:
        a = self.w.action_set
        a["export_notes"].triggered.connect(lambda: self.export("markdown"))
        a["export_ris"].triggered.connect(lambda: self.export("ris"))
        self.w.settings.changed.connect(self._setting_changed)
        changed = self.w.triage.changed, self.w.notes.editor.saved, self.w.marks.read_changed
        for signal in (*changed, self.w.marks.bookmark_changed):
            signal.connect(lambda *_a: self.schedule_write())

    def folder(self) -> Path | None:
        text = str(self.w.settings.get("userstate_folder") or "").strip()
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
            notify.warning(
                f"The user-state sync folder {folder} does not exist; nothing is synced."
            )
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
            library = self.w.library

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

    def schedule_write(self) -> None:
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
        library = self.w.library

        def done(summary: MergeSummary) -> None:
            self._finish()
            file = folder / userstate_sync.FILE_NAME
            if file.exists() and str(file) not in self.watcher.files():
                self.watcher.addPath(str(file))  # atomic writes replace it: watch it again
            if summary.total:
                notify.info(f"Sync folder: {summary.text()}")
                self.w.refresh_library()  # lists, counts, the shown paper and its note
                self.w.notes.editor.reload()

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
        path = self.w.dialogs.export_path(self.w, suggested)
        if not path:
            return
        library = self.w.library

        def produce() -> tuple[str, int]:
            from reader.cli_userstate import export_items

            return export_items(library, fmt, bookmarked=fmt == "ris")

        what = "note" if fmt == "markdown" else "bookmark"
        run_export(self.w.workers, self, path, produce, what)
