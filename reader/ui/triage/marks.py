"""Read and bookmark marks from the window: one place that writes them and updates the views.

A shown paper becomes read after ``read_delay_ms`` (a setting; 0 means at once).
Single marks are one tiny transaction on the UI thread and adjust counts in
place; bulk marks (a day, a list, everything) run in a worker, refresh the
counts from the library, and can be undone once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from reader import notify
from reader.db import LibraryError
from reader.library import DayInfo, Library, PaperQuery
from reader.ui.common.workers import Workers
from reader.ui.papers.model import PaperListModel
from reader.ui.sidebar.model import DayTreeModel

log = logging.getLogger(__name__)


class Marks(QObject):
    """Writes marks and keeps the sidebar, the list and the counts in step.

    Signals: ``read_changed(list ids, bool read)``, ``bookmark_changed(str id, bool on)``,
    ``counts_changed(dict counts)``, ``undo_available(bool)``.
    """

    read_changed = Signal(list, bool)
    bookmark_changed = Signal(str, bool)
    counts_changed = Signal(dict)
    undo_available = Signal(bool)

    def __init__(
        self,
        library: Library,
        workers: Workers,
        days: DayTreeModel,
        papers: PaperListModel,
        read_delay_ms: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._workers = workers
        self._days = days
        self._papers = papers
        self._read_delay_ms = read_delay_ms
        self._last_bulk: list[str] = []
        self.enabled = True  # False in screenshots: showing a paper marks nothing
        self._pending: tuple[str, tuple[str, ...]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._mark_pending)

    # ------------------------------------------------------------ read timer

    def schedule_read(self, paper_id: str, dates: Sequence[str]) -> None:
        """Mark *paper_id* read once it has been shown for the read delay."""
        self._timer.stop()
        self._pending = None
        if not self.enabled or self._library.read_only_reason is not None:
            return  # a read-only library: the banner says so, a timer need not repeat it
        self._pending = (paper_id, tuple(dates))
        delay = max(0, self._read_delay_ms())
        if delay == 0:
            self._mark_pending()
        else:
            self._timer.start(delay)

    def cancel_scheduled(self) -> None:
        self._timer.stop()
        self._pending = None

    def _mark_pending(self) -> None:
        if self._pending is not None:
            paper_id, dates = self._pending
            self._pending = None
            self.set_read(paper_id, dates, True)

    # ---------------------------------------------------------- single marks

    def set_read(self, paper_id: str, dates: Sequence[str], read: bool) -> bool:
        if self._pending is not None and self._pending[0] == paper_id:
            self.cancel_scheduled()
        try:
            changed = self._library.set_read([paper_id], read)
        except LibraryError as exc:
            notify.error(str(exc))
            return False
        if changed:
            self._papers.set_read(changed, read)
            self._days.adjust_unread(dates, -1 if read else 1)
            counts = self._days.counts()
            counts["unread"] = max(0, counts["unread"] + (-1 if read else 1))
            self._days.set_view_counts(counts)
            self.read_changed.emit(changed, read)
            self.counts_changed.emit(self._days.counts())
        return bool(changed)

    def set_bookmarked(self, paper_id: str, on: bool) -> bool:
        try:
            changed = self._library.set_bookmarked([paper_id], on)
        except LibraryError as exc:
            notify.error(str(exc))
            return False
        if changed:
            self._papers.set_bookmarked(changed, on)
            counts = self._days.counts()
            counts["bookmarked"] = max(0, counts["bookmarked"] + (1 if on else -1))
            self._days.set_view_counts(counts)
            self.bookmark_changed.emit(paper_id, on)
            self.counts_changed.emit(self._days.counts())
        return bool(changed)

    # ------------------------------------------------------------ bulk marks

    def mark_read(self, query: PaperQuery, what: str) -> None:
        """Mark every paper *query* lists as read, in a worker; *what* names it for the user."""
        library = self._library

        def work() -> tuple[list[str], list[DayInfo], dict[str, int]]:
            ids = library.mark_all_read(query)
            return ids, library.days(), library.counts()

        def done(result: tuple[list[str], list[DayInfo], dict[str, int]]) -> None:
            ids, days, counts = result
            self._apply(ids, True, days, counts)
            if ids:
                self._last_bulk = ids
                self.undo_available.emit(True)
                count = len(ids)
                text = self.tr("Marked %n paper(s) in %1 as read.", "", count)
                notify.info(text.replace("%1", what))
            else:
                notify.info(self.tr("Every paper in %1 was already read.").replace("%1", what))

        self._workers.run_task(work, done, self._failed, context=self, name="mark read")

    def undo(self) -> None:
        """Mark the papers of the last bulk mark unread again."""
        ids, self._last_bulk = self._last_bulk, []
        if not ids:
            return
        self.undo_available.emit(False)
        library = self._library

        def work() -> tuple[list[str], list[DayInfo], dict[str, int]]:
            return library.set_read(ids, False), library.days(), library.counts()

        def done(result: tuple[list[str], list[DayInfo], dict[str, int]]) -> None:
            changed, days, counts = result
            self._apply(changed, False, days, counts)
            count = len(changed)
            notify.info(self.tr("Marked %n paper(s) unread again.", "", count))

        self._workers.run_task(work, done, self._failed, context=self, name="undo mark")

    def can_undo(self) -> bool:
        return bool(self._last_bulk)

    def refresh_counts(self, then: Callable[[], None] | None = None) -> None:
        """Reload day and view counts from the library in a worker (after an import)."""
        library = self._library

        def done(result: tuple[list[DayInfo], dict[str, int]]) -> None:
            self._days.load(*result)
            self.counts_changed.emit(self._days.counts())
            if then is not None:
                then()

        self._workers.run_task(
            lambda: (library.days(), library.counts()),
            done,
            self._failed,
            context=self,
            name="counts",
        )

    def refresh_view_counts(self) -> None:
        """Reload only the smart views' counts, in a worker (start-up needs no more)."""

        def done(counts: dict[str, int]) -> None:
            self._days.set_view_counts(counts)
            self.counts_changed.emit(self._days.counts())

        self._workers.run_task(
            self._library.counts, done, self._failed, context=self, name="counts"
        )

    def _apply(
        self, ids: list[str], read: bool, days: list[DayInfo], counts: dict[str, int]
    ) -> None:
        self._papers.set_read(ids, read)
        self._days.load(days, counts)
        if ids:
            self.read_changed.emit(ids, read)
        self.counts_changed.emit(self._days.counts())

    def _failed(self, exc: BaseException) -> None:
        text = self.tr("Marking papers failed (%1); details are in the log file.")
        notify.failure(exc, "Marking papers", text)
