"""The window's sync, local folders and preferences: built here, wired to the panes here.

What it connects: File > Sync Now (F5, and the toolbar button inserted at
``window.sync_slot``) to :class:`SyncController`; the controller's progress and
problems to the :class:`SyncBar` under the panes, its state to the status bar's
sync label, and its result to a refresh of the sidebar (new days flagged) and of
the thumbnail on show; missing thumbnails to :class:`ThumbnailFetcher`; the
``local_folders`` setting to :class:`FolderWatcher`; File > Preferences (Ctrl+,)
to :class:`reader.ui.dialogs.preferences.PreferencesDialog`. Background work starts
with :meth:`SyncUi.start_background`, after the window is shown (it also clears
temporary files a killed download left in the cache); an automatic sync waits for
a first-run sample import to finish.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from reader import notify
from reader.fsutil import remove_stale_temp_files
from reader.paths import AppPaths
from reader.ui.sync.bar import SyncBar
from reader.ui.sync.folders import FolderWatcher
from reader.ui.sync.runner import SyncController
from reader.ui.sync.thumb_fetch import ThumbnailFetcher

if TYPE_CHECKING:
    from reader.secrets import SecretStore
    from reader.ui.dialogs.preferences import PreferencesDialog
    from reader.ui.window import MainWindow

log = logging.getLogger(__name__)

BACKGROUND_DELAY_MS = 800  # after show: the first paint never waits for the sync stack


class SyncUi(QObject):
    """Owns the sync controller, the sync bar, the thumbnail fetcher and the folder watcher.

    Signals: none (see the module docstring for what it wires).
    """

    def __init__(
        self,
        window: MainWindow,
        paths: AppPaths,
        secrets: SecretStore | None = None,
        net_options: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(window)
        w = self.w = window
        self.paths = paths
        self.net_options = dict(net_options or {})
        self.controller = SyncController(
            w.library, w.settings, paths, w.thumbnail_cache, secrets, self.net_options, self
        )
        self.bar = SyncBar()
        self.fetcher = ThumbnailFetcher(w.thumbnails, self.controller, w.settings, self)
        self.folders = FolderWatcher(w.library, w.workers, self)
        self.dialog: PreferencesDialog | None = None
        self._after_import = False
        self._closed = False
        self._begin_timer = QTimer(self)
        self._begin_timer.setSingleShot(True)
        self._begin_timer.timeout.connect(self._begin)
        self._apply_cache_size(evict=False)
        w.toolbar.insertAction(w.sync_slot, w.action_set["sync_now"])
        w.sync_slot.setVisible(True)
        w.status.sync_state.setContentsMargins(0, 0, 14, 0)
        self._wire()

    def _wire(self) -> None:
        c, w = self.controller, self.w
        w.action_set["sync_now"].triggered.connect(lambda: c.start(auto=False))
        w.action_set["preferences"].triggered.connect(self.open_preferences)
        c.running_changed.connect(self._running)
        c.progressed.connect(self.bar.show_progress)
        c.problem.connect(self.bar.show_problem)
        c.state_changed.connect(self._state)
        c.finished.connect(self._finished)
        c.due.connect(self._due)
        self.bar.cancel_requested.connect(c.cancel)
        self.folders.imported.connect(self._folders_imported)
        w.importer.finished.connect(self._import_finished)
        w.settings.changed.connect(self._setting_changed)

    # ------------------------------------------------------------ start, stop

    def start_background(self, delay_ms: int = BACKGROUND_DELAY_MS) -> None:
        """Soon after show: watch the local folders, read the sync state, maybe sync."""
        self._begin_timer.start(max(0, delay_ms))

    def _begin(self) -> None:
        if self._closed:
            return
        writable = self.w.library.read_only_reason is None  # else the banner says why
        if writable:
            self.folders.set_folders(self.w.settings.get("local_folders"))
        self.controller.refresh(check_due=writable)
        cache = self.paths.cache
        self.w.workers.run_task(
            lambda: remove_stale_temp_files(cache), context=self, name="cache tidy"
        )

    def shutdown(self) -> None:
        self._closed = True
        self._begin_timer.stop()
        self.folders.stop()
        self.controller.shutdown()
        if self.bar.box is not None:
            self.bar.box.close()

    # ------------------------------------------------------------------ sync

    def _running(self, running: bool) -> None:
        self.w.action_set["sync_now"].setEnabled(not running)
        if running:
            self.bar.start()
        else:
            self.bar.stop()

    def _state(self, text: str, offline: bool) -> None:
        self.w.status.set_sync_state(text, offline)
        when = self.controller.last_success
        tip = f"Last successful sync: {when.astimezone():%Y-%m-%d %H:%M}" if when else text
        if offline:
            tip += "\nThe last attempt could not reach the servers; synced days read offline."
        self.w.status.sync_state.setToolTip(tip)

    def _due(self) -> None:
        if self.w.importer.running():  # the first-run samples go in first
            self._after_import = True
        else:
            self.controller.start(auto=True)

    def _import_finished(self, _report: object) -> None:
        if self._after_import:
            self._after_import = False
            if not self._closed:
                self.controller.start(auto=True)

    def _finished(self, report: object) -> None:
        if report is None:
            return
        quiet = self.controller.auto and getattr(report, "offline", False)
        if not quiet:
            notify.info(report.summary())  # type: ignore[attr-defined]
        self.w.thumbnails.forget_missing()
        self.w.refresh_library(mark_new=True, then=self.w.detail.refresh_thumbnail)

    # --------------------------------------------------------------- folders

    def _folders_imported(self, report: object) -> None:
        if self._closed:
            return
        summary = f"Local folders: {report.summary()}"  # type: ignore[attr-defined]
        failed = getattr(report, "failed", [])
        if failed:
            notify.warning(summary, "\n".join(failed))
        else:
            notify.info(summary)
        self.w.refresh_library(mark_new=True)

    # -------------------------------------------------------------- settings

    def _setting_changed(self, name: str) -> None:
        if name == "thumbnail_cache_mb":
            self._apply_cache_size(evict=True)
        elif name == "local_folders":
            self.folders.set_folders(self.w.settings.get("local_folders"))

    def _apply_cache_size(self, evict: bool) -> None:
        cache = self.w.thumbnail_cache
        cache.max_bytes = int(self.w.settings.get("thumbnail_cache_mb")) * 1024 * 1024
        if evict:
            self.w.workers.run_task(cache.evict, context=self, name="thumbnail eviction")

    def open_preferences(self) -> None:
        from reader.ui.dialogs.preferences import PreferencesDialog

        if self.dialog is not None:
            self.dialog.deleteLater()
        w = self.w
        self.dialog = PreferencesDialog(
            w.settings,
            self.controller.secrets,
            self.controller.workers,
            w.dialogs.import_folder,
            self.net_options,
            w,
        )
        self.dialog.open()
