"""The window's sync, local folders and preferences: built here, wired to the panes here.

What it connects: File > Sync Now (F5, and the toolbar button inserted at
``window.sync_slot``) to :class:`SyncController`; the controller's progress and
problems to the :class:`SyncBar` under the panes, its state to the status bar's
sync label, and its result to ``synced`` (the window refreshes the sidebar, new
days flagged, and the thumbnail on show); missing thumbnails to :class:`ThumbnailFetcher`; the
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

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from reader import notify
from reader.cache import ThumbnailCache
from reader.fsutil import remove_stale_temp_files
from reader.paths import AppPaths
from reader.ui.sync.bar import SyncBar
from reader.ui.sync.folders import FolderWatcher
from reader.ui.sync.runner import SyncController
from reader.ui.sync.text import import_summary, last_success_tip, lines_text, sync_summary
from reader.ui.sync.thumb_fetch import ThumbnailFetcher

if TYPE_CHECKING:
    from reader.library import Library
    from reader.secrets import SecretStore
    from reader.ui.common.settings import Settings
    from reader.ui.common.thumbnails import ThumbnailLoader
    from reader.ui.common.workers import Workers
    from reader.ui.dialogs.choosers import FileChooser
    from reader.ui.dialogs.preferences import PreferencesDialog
    from reader.ui.shell.actions import Actions
    from reader.ui.shell.status_bar import StatusBar
    from reader.ui.sync.importing import ImportController

log = logging.getLogger(__name__)

BACKGROUND_DELAY_MS = 800  # after show: the first paint never waits for the sync stack


class SyncUi(QObject):
    """Owns the sync controller, the sync bar, the thumbnail fetcher and the folder watcher.

    The Sync Now button goes into *toolbar* at *sync_slot*; *parent* is the window
    (the Preferences dialog's parent).

    Signals: ``synced()`` after a sync that ran (the library may have new days, the
    paper on show a thumbnail); ``folders_imported()`` after the local folders brought
    files in.
    """

    synced = Signal()
    folders_imported = Signal()

    def __init__(
        self,
        library: Library,
        settings: Settings,
        workers: Workers,
        paths: AppPaths,
        thumbnail_cache: ThumbnailCache,
        thumbnails: ThumbnailLoader,
        actions: Actions,
        toolbar: QToolBar,
        sync_slot: QAction,
        status: StatusBar,
        importer: ImportController,
        dialogs: FileChooser,
        parent: QWidget,
        secrets: SecretStore | None = None,
        net_options: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.settings, self.workers, self.paths = library, settings, workers, paths
        self.thumbnail_cache, self.thumbnails, self.actions = thumbnail_cache, thumbnails, actions
        self.toolbar, self.sync_slot, self.status = toolbar, sync_slot, status
        self.importer, self.dialogs, self.window = importer, dialogs, parent
        self.net_options = dict(net_options or {})
        self.controller = SyncController(
            library, settings, paths, thumbnail_cache, secrets, self.net_options, self
        )
        self.bar = SyncBar()
        self.fetcher = ThumbnailFetcher(thumbnails, self.controller, settings, self)
        self.folders = FolderWatcher(library, workers, self)
        self.dialog: PreferencesDialog | None = None
        self._after_import = False
        self._closed = False
        self._begin_timer = QTimer(self)
        self._begin_timer.setSingleShot(True)
        self._begin_timer.timeout.connect(self._begin)
        self._apply_cache_size(evict=False)
        toolbar.insertAction(sync_slot, actions["sync_now"])
        sync_slot.setVisible(True)
        status.sync_state.setContentsMargins(0, 0, 14, 0)

    def wire(self) -> None:
        """Connect Sync Now and Preferences, the controller to the bar, imports and settings."""
        c = self.controller
        self.actions["sync_now"].triggered.connect(lambda: c.start(auto=False))
        self.actions["preferences"].triggered.connect(self.open_preferences)
        c.running_changed.connect(self._running)
        c.progressed.connect(self.bar.show_progress)
        c.problem.connect(self.bar.show_problem)
        c.state_changed.connect(self._state)
        c.finished.connect(self._finished)
        c.due.connect(self._due)
        self.bar.cancel_requested.connect(c.cancel)
        self.folders.imported.connect(self._folders_imported)
        self.importer.finished.connect(self._import_finished)
        self.settings.changed.connect(self._setting_changed)

    # ------------------------------------------------------------ start, stop

    def start_background(self, delay_ms: int = BACKGROUND_DELAY_MS) -> None:
        """Soon after show: watch the local folders, read the sync state, maybe sync."""
        self._begin_timer.start(max(0, delay_ms))

    def _begin(self) -> None:
        if self._closed:
            return
        writable = self.library.read_only_reason is None  # else the banner says why
        if writable:
            self.folders.set_folders(self.settings.get("local_folders"))
        self.controller.refresh(check_due=writable)
        cache = self.paths.cache
        self.workers.run_task(
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
        self.actions["sync_now"].setEnabled(not running)
        if running:
            self.bar.start()
        else:
            self.bar.stop()

    def _state(self, text: str, offline: bool) -> None:
        self.status.set_sync_state(text, offline)
        tip = last_success_tip(self.controller.last_success, offline)
        self.status.sync_state.setToolTip(tip or text)

    def _due(self) -> None:
        if self.importer.running():  # the first-run samples go in first
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
            notify.info(sync_summary(report))  # type: ignore[arg-type]
        self.thumbnails.forget_missing()
        self.synced.emit()

    # --------------------------------------------------------------- folders

    def _folders_imported(self, report: object) -> None:
        if self._closed:
            return
        summary = self.tr("Local folders: %1").replace("%1", import_summary(report))  # type: ignore[arg-type]
        failed = getattr(report, "failed", [])
        if failed:
            notify.warning(summary, lines_text(failed))
        else:
            notify.info(summary)
        self.folders_imported.emit()

    # -------------------------------------------------------------- settings

    def _setting_changed(self, name: str) -> None:
        if name == "thumbnail_cache_mb":
            self._apply_cache_size(evict=True)
        elif name == "local_folders":
            self.folders.set_folders(self.settings.get("local_folders"))

    def _apply_cache_size(self, evict: bool) -> None:
        cache = self.thumbnail_cache
        cache.max_bytes = int(self.settings.get("thumbnail_cache_mb")) * 1024 * 1024
        if evict:
            self.workers.run_task(cache.evict, context=self, name="thumbnail eviction")

    def open_preferences(self) -> None:
        from reader.ui.dialogs.preferences import PreferencesDialog

        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = PreferencesDialog(
            self.settings,
            self.controller.secrets,
            self.controller.workers,
            self.dialogs.import_folder,
            self.net_options,
            self.window,
        )
        self.dialog.open()
