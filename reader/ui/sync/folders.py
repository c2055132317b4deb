"""The user's local folders: imported on start and when added, then watched for changes.

A QFileSystemWatcher watches every folder :func:`reader.sources.local.watch_dirs`
names (it is not recursive) and every digest file in them (a folder does not
change when a file in it is edited in place). Changes are debounced, then a
worker imports only the files whose content changed
(:func:`reader.sources.local.changed_files`) and hands back the paths to watch:
editors save by replacing the file, which drops its watch, so the watch list is
rebuilt after every scan.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from reader import notify
from reader.library import Library
from reader.ui.common.workers import Task, Workers

log = logging.getLogger(__name__)

DEBOUNCE_MS = 500
MAX_WATCHED_FILES = 5000  # beyond this, new files are still seen through their folders

ScanResult = tuple[object | None, list[str]]  # (ImportReport or None, paths to watch)


def scan(library: Library, folders: Sequence[str], new: Sequence[str]) -> ScanResult:
    """Import *new* folders whole and what changed in the others; list the paths to watch."""
    from reader.importer import ImportReport, import_paths
    from reader.sources import local

    report = ImportReport()
    if new:
        report.merge(local.rescan(library, new))
    old = [f for f in folders if f not in new]
    if old:
        hashes = library.source_hashes()
        changed = [p for folder in old for p in local.changed_files(folder, hashes)]
        if changed:
            report.merge(import_paths(library, changed))
    watch: list[str] = []
    files: list[str] = []
    for folder in folders:
        watch += [str(p) for p in local.watch_dirs(folder)]
        files += [str(p) for p in local.digest_files(folder)]
    watch += files[:MAX_WATCHED_FILES]
    touched = report.imported or report.failed
    return (report if touched else None), watch


class FolderWatcher(QObject):
    """Keeps the library in step with the folders of the ``local_folders`` setting.

    Signals: ``imported(object report)`` after a scan that imported (or failed to
    import) something, with its :class:`reader.importer.ImportReport`.
    """

    imported = Signal(object)

    def __init__(self, library: Library, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library, self._workers = library, workers
        self.folders: list[str] = []
        self._new: set[str] = set()
        self.task: Task | None = None
        self._again = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.watcher.fileChanged.connect(self._changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.scan)

    def set_folders(self, folders: Sequence[str]) -> None:
        """Watch *folders*; the ones not watched before are imported whole."""
        chosen = [str(Path(f).expanduser()) for f in dict.fromkeys(folders) if f]
        self._new |= {f for f in chosen if f not in self.folders}
        self._new &= set(chosen)
        changed = chosen != self.folders
        self.folders = chosen
        if changed or self._new:
            self.scan()

    def _changed(self, path: str) -> None:
        log.debug("changed on disk: %s", path)
        self._debounce.start()  # restarts: a burst of saves makes one scan

    def scan(self) -> None:
        if self.task is not None:
            self._again = True
            return
        folders, new = list(self.folders), sorted(self._new)
        self._new = set()
        library = self._library
        self.task = self._workers.run_task(
            lambda: scan(library, folders, new),
            self._done,
            lambda exc: self._failed(exc, new),
            context=self,
            name="folder scan",
        )

    def _finish(self) -> None:
        self.task = None
        if self._again:
            self._again = False
            self.scan()

    def _done(self, result: ScanResult) -> None:
        report, watch = result
        self._watch(watch)
        self._finish()
        if report is not None:
            self.imported.emit(report)

    def _failed(self, exc: BaseException, new: list[str]) -> None:
        self._new |= set(new) & set(self.folders)  # try those again at the next scan
        text = self.tr("Scanning the local folders failed (%1); details are in the log file.")
        notify.failure(exc, "Scanning the local folders", text)
        self._finish()

    def _watch(self, paths: list[str]) -> None:
        watched = set(self.watcher.directories()) | set(self.watcher.files())
        wanted = set(paths)
        gone = sorted(watched - wanted)
        if gone:
            self.watcher.removePaths(gone)
        added = sorted(p for p in wanted - watched if Path(p).exists())
        if added:
            failed = self.watcher.addPaths(added)
            if failed:
                log.info("could not watch %d paths (e.g. %s)", len(failed), failed[0])

    def stop(self) -> None:
        self._debounce.stop()
        paths = self.watcher.directories() + self.watcher.files()
        if paths:
            self.watcher.removePaths(paths)
