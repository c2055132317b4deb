"""Deflating an upgraded library's old texts in the background, after the window shows.

Schema 6 stores texts deflated; a library upgraded from an older schema still
holds its texts as TEXT (readers accept both). Deflating them all in the
migration cost ~3 s per 10,000 papers before the first paint, so the window
does it here instead: a thread of its own hands the writer one short batch at a
time (:meth:`reader.library.Library.repack_texts`), so marks, imports and syncs
queued meanwhile are written in between. Quitting stops it after the current
batch; the next start resumes where it stopped.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer

from reader.db import LibraryError
from reader.library import Library
from reader.writer import WriterClosed

log = logging.getLogger(__name__)

START_AFTER_MS = 3000  # after the start-up's own reads and the first sync check


class Repacker(QObject):
    """Runs the background repack once per window, if the library needs one.

    Signals: none (nothing to tell the user: the library reads the same meanwhile).
    """

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.packed = 0  # texts deflated by this window (tests, the log)

    def start(self, delay_ms: int = START_AFTER_MS) -> None:
        """Start in *delay_ms* when texts are waiting (a read; no write unless needed)."""
        if self._thread is not None or self._stop.is_set():
            return
        QTimer.singleShot(delay_ms, self, self._launch)

    def _launch(self) -> None:
        if self._thread is not None or self._stop.is_set():
            return
        library = self._library
        try:
            if library.read_only_reason is not None or not library.needs_repack():
                return
        except LibraryError as exc:
            log.info("no background repack: %s", exc)
            return
        self._thread = threading.Thread(target=self._run, name="text repack", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self.packed += self._library.repack_texts(stop=self._stop.is_set)
        except LibraryError as exc:  # read-only or damaged since: the next start tries again
            log.warning("the background repack stopped: %s", exc)
        except WriterClosed:  # the library closed under it (quit): the next start resumes
            log.info("the background repack stopped at close")
        except Exception:
            log.exception("the background repack failed")
        else:
            log.info("background repack: %d texts deflated", self.packed)

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def shutdown(self, timeout: float = 1.0) -> None:
        """Stop after the current batch (quit): what was deflated stays, the rest waits."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
