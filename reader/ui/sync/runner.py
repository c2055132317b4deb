"""Syncing from the window: runs on a network pool, reports progress, cancels, keeps the state.

:meth:`SyncService.run <reader.sources.sync.SyncService.run>` runs in a pool of its
own (:attr:`SyncController.workers`), so a slow or hanging server never holds up
the list, detail and thumbnail tasks of the window's pool. Cancel ends the sync
for the user at once, and aborts the run's HTTP client so that even a read
blocked on a silent server ends now; what the run stored before still reaches the window
through ``finished``. The sync stack (requests, keyring, parsers) is imported in
the worker (:mod:`reader.ui.sync.service`), never at start-up. An automatic sync
runs when the last successful one is older than ``sync_interval_hours``, unless
``DAILY_PAPERS_AUTO_NETWORK=0`` (tests and benchmarks) says the app must make no
request the user did not ask for.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from reader import gcpause, notify
from reader.cache import ThumbnailCache
from reader.library import Library
from reader.paths import AppPaths
from reader.ui.common.core_text import translated
from reader.ui.common.settings import Settings
from reader.ui.common.workers import Task, Workers
from reader.ui.sync.service import (
    ServiceFactory,
    auto_network_allowed,
    last_success,
    sync_sources,
    sync_values,
)
from reader.ui.sync.text import problem_text, state_text

if TYPE_CHECKING:
    from reader.net import HttpClient
    from reader.secrets import SecretStore
    from reader.sources.sync import SyncReport

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 15 * 60 * 1000  # how often an open window asks whether a sync is due
CLOCK_MS = 60 * 1000  # "Last sync: 5 min ago" is redrawn this often
RETRY_AFTER_FAILURE_S = 30 * 60  # an automatic sync that failed is not retried sooner
REPORT_S = 0.05  # a sync's progress reaches the window at most twenty times a second


class SyncController(QObject):
    """One sync at a time, its progress and result, and the 'Last sync' state.

    Signals: ``running_changed(bool)``, ``progressed(int done, int total, str label)``,
    ``finished(object report)`` with the :class:`SyncReport` (None when the run failed
    outright), ``problem(str text, str details)`` for the user, ``state_changed(str
    text, bool offline)`` for the status bar, ``due()`` when an automatic sync should
    start (the window decides when).
    """

    running_changed = Signal(bool)
    progressed = Signal(int, int, str)
    finished = Signal(object)
    problem = Signal(str, str)
    state_changed = Signal(str, bool)
    due = Signal()

    def __init__(
        self,
        library: Library,
        settings: Settings,
        paths: AppPaths,
        thumbnails: ThumbnailCache,
        secrets: SecretStore | None = None,
        net_options: Mapping[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.settings = library, settings
        self.factory = ServiceFactory(library, paths, thumbnails, secrets, net_options)
        self.workers = Workers(max_threads=2, parent=self)  # network tasks only
        self.task: Task | None = None  # the run the user sees
        self._stopping: Task | None = None  # a cancelled run still finishing
        self._clients: dict[int, HttpClient] = {}  # id(task) -> its client, for abort()
        self._clients_lock = threading.Lock()
        self._queued = False
        self.auto = False  # the run on show started by itself
        self.last_success: datetime | None = None
        self.known = False  # last_success has been looked up
        self.offline = False
        self.last_report: SyncReport | None = None
        self._failed_auto_at = 0.0
        self.closed = False  # after shutdown, late results are dropped
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self.emit_state)
        self._checker = QTimer(self)
        self._checker.setInterval(CHECK_EVERY_MS)
        self._checker.timeout.connect(self.check_due)

    def secrets(self) -> SecretStore:
        """The keyring this window's syncs read their tokens from."""
        return self.factory.secrets()

    # ----------------------------------------------------------------- runs

    def running(self) -> bool:
        return self.task is not None or self._queued

    def start(self, auto: bool = False) -> bool:
        """Start a sync of the sources the settings choose; False when none started."""
        if self.closed:
            return False
        if self.running():
            if not auto:
                notify.info(self.tr("A sync is already running."))
            return False
        sources = sync_sources(self.settings)
        if not sources:
            if not auto:
                notify.warning(self.tr("No source is chosen to sync; turn one on in Preferences."))
            return False
        self.auto = auto
        self._queued = True
        self.running_changed.emit(True)
        if self._stopping is not None:  # starts when the cancelled run has stopped
            self.progressed.emit(0, 0, self.tr("Waiting for the cancelled sync to stop"))
        else:
            self._launch()
        return True

    def _launch(self) -> None:
        self._queued = False
        sources, values = sync_sources(self.settings), sync_values(self.settings)
        if not sources:
            self.running_changed.emit(False)
            return
        build = self.factory.build

        clients, lock = self._clients, self._clients_lock

        def work(task: Task) -> tuple[SyncReport, str | None]:
            service = build(values, tokens=True)
            with lock:
                clients[id(task)] = service.client
            if task.is_cancelled():  # cancelled while the service was being built
                service.client.abort()

            last = [0.0]

            def progress(done: int, total: int, label: str) -> None:
                now = time.monotonic()  # at most REPORT_S apart: each one is UI work
                if now - last[0] >= REPORT_S or done in (0, total):
                    last[0] = now
                    task.report(done, total, translated(label))  # a str signal: words now

            try:
                with service.client:
                    report = service.run(sources, progress=progress, cancel=task.is_cancelled)
                    return report, service.last_success()
            finally:
                with lock:
                    clients.pop(id(task), None)

        holder: list[Task] = []
        gcpause.settle()  # the sync's allocations must not start 50 ms full collections
        self.task = self.workers.run_task(
            work,
            lambda result: self._done(holder[0], result),
            lambda exc: self._failed(holder[0], exc),
            context=self,
            name="sync",
        )
        holder.append(self.task)
        self.task.progressed.connect(self._progress)
        self.progressed.emit(0, 0, self.tr("Starting"))

    def _progress(self, done: int, total: int, label: str) -> None:
        if self.task is not None and self.sender() is self.task:
            self.progressed.emit(done, total, label)

    def cancel(self) -> None:
        """End the sync for the user now; the worker stops at its next check."""
        if self.task is None and not self._queued:
            return
        if self.task is not None:
            self.task.cancel()
            self._abort(self.task)
            self._stopping, self.task = self.task, None
        self._queued = False
        self.running_changed.emit(False)
        notify.info(self.tr("Sync cancelled; what was downloaded is kept."))

    def _settle(self, task: Task) -> bool:
        """Forget *task*; True when it was the run on show (not a cancelled one)."""
        shown = task is self.task
        if shown:
            self.task = None
        if task is self._stopping:
            self._stopping = None
            if self._queued:
                QTimer.singleShot(0, self._launch)
        return shown

    def _done(self, task: Task, result: tuple[SyncReport, str | None]) -> None:
        if self.closed:
            return
        shown = self._settle(task)
        report, last = result
        self.last_report = report
        self.offline = report.offline
        self.last_success = _parse(last) or self.last_success
        self.known = True
        if self.auto and not report.ok:
            self._failed_auto_at = time.monotonic()
        if shown:
            self.running_changed.emit(False)
            if not (report.offline and self.auto):  # offline shows in the status bar
                problem = problem_text(report)
                if problem is not None:
                    self.problem.emit(*problem)
        self.emit_state()
        self.finished.emit(report)

    def _failed(self, task: Task, exc: BaseException) -> None:
        if self.closed:
            return
        shown = self._settle(task)
        if self.auto:
            self._failed_auto_at = time.monotonic()
        if notify.is_environment(exc):
            text = translated(str(exc))
        elif isinstance(exc, ValueError):  # settings that name no usable archive or host
            text = self.tr("Sync cannot start: %1 Check the addresses in Preferences.")
            text = text.replace("%1", translated(str(exc)))
        else:
            log.error("sync failed", exc_info=exc)
            text = self.tr("The sync failed (%1); details are in the log file.")
            text = text.replace("%1", type(exc).__name__)
        if shown:
            self.running_changed.emit(False)
            self.problem.emit(text, "")
        else:
            log.warning("a cancelled sync ended with: %s", text)
        self.finished.emit(None)

    # -------------------------------------------------------- state, auto

    def refresh(self, check_due: bool = False) -> None:
        """Look the last successful sync up (in a worker), then maybe emit ``due``."""
        if self.closed:
            return
        library = self.library

        def work() -> str | None:
            return last_success(library)  # SyncService.last_success(), without the network stack

        def done(value: str | None) -> None:
            self.last_success = _parse(value) or self.last_success
            self.known = True
            self.emit_state()
            if check_due:
                self._checker.start()
                self.check_due()

        def failed(exc: BaseException) -> None:
            log.warning("could not read the last sync time: %s", exc)

        self.workers.run_task(work, done, failed, context=self, name="sync state")

    def check_due(self) -> None:
        """Emit ``due`` when automatic syncs are on and the last success is old enough."""
        hours = int(self.settings.get("sync_interval_hours"))
        if self.closed or not auto_network_allowed() or hours <= 0:
            return
        if self.running() or not self.known:
            return
        if not sync_sources(self.settings):
            return
        if self._failed_auto_at and time.monotonic() - self._failed_auto_at < min(
            RETRY_AFTER_FAILURE_S, hours * 3600
        ):
            return
        last = self.last_success
        if last is None or (datetime.now(UTC) - last).total_seconds() >= hours * 3600:
            self.due.emit()

    def emit_state(self) -> None:
        if self.known:
            self.state_changed.emit(state_text(self.last_success), self.offline)
            if not self._clock.isActive() and not self.closed:
                self._clock.start()  # "just now" turns into "5 min ago" by itself

    # ---------------------------------------------------------- downloads

    def fetch_thumbnail(self, url: str, done: Callable[[int], None]) -> None:
        """Download one missing thumbnail (best effort); *done(count)* on the UI thread."""
        if self.closed:
            return
        values, build = sync_values(self.settings), self.factory.build

        def work() -> int:
            service = build(values, tokens=False, retries=0)
            with service.client:
                return service.fetch_thumbnails([url], limit=1)

        def arrived(count: int) -> None:
            if not self.closed:
                done(count)

        def failed(exc: BaseException) -> None:
            log.info("thumbnail not fetched: %s", exc)
            arrived(0)

        self.workers.run_task(work, arrived, failed, context=self, name="thumbnail download")

    def _abort(self, task: Task | None = None) -> None:
        """Wake *task*'s (or every) blocked download: a quiet server must not hold us."""
        with self._clients_lock:
            clients = [c for k, c in self._clients.items() if task is None or k == id(task)]
        for client in clients:
            client.abort()

    def shutdown(self) -> None:
        """Cancel and wait for every network task (the window is closing)."""
        self.closed = True
        if self.task is not None:
            self.task.cancel()
        self._abort()
        self._queued = False
        self._clock.stop()
        self._checker.stop()
        self.workers.shutdown()


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
