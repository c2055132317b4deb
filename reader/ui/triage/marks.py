"""Read and bookmark marks from the window: one place that writes them and updates the views.

A shown paper becomes read after ``read_delay_ms`` (a setting; 0 means at once).
Every mark is queued on the library's one writer (:func:`reader.ui.common.writes.run_write`)
and the UI thread never waits for it. A single mark changes the list, the sidebar
and the counts at once (optimistic) and puts them back, with one sentence, if the
write fails; ``read_changed``/``bookmark_changed`` are emitted at once (the shown
paper's actions follow), ``counts_changed`` once the mark is written (listeners
read the library again then). Bulk marks (a day, a list, everything) run on the
writer too, refresh the counts from the library, and can be undone once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from reader import notify
from reader.db import LibraryError
from reader.library import DayInfo, Library, PaperQuery
from reader.ui.common.workers import Workers
from reader.ui.common.writes import run_write
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
        # marks queued and not yet written: paper -> (state shown, writes in flight)
        self._queued_read: dict[str, tuple[bool, int]] = {}
        self._queued_bookmark: dict[str, tuple[bool, int]] = {}
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
        """Mark one paper read or unread: shown at once, written by the writer; True if it changed."""
        if self._pending is not None and self._pending[0] == paper_id:
            self.cancel_scheduled()
        if self._refused():
            return False
        try:
            was = self._is_marked(self._queued_read, "read_state", paper_id)
        except LibraryError as exc:
            notify.error(str(exc))
            return False
        if was == read:
            return False
        self._show_read(paper_id, dates, read)
        library = self._library
        self._queue(
            self._queued_read,
            paper_id,
            read,
            lambda: library.set_read([paper_id], read),
            lambda: self._show_read(paper_id, dates, not read),
        )
        self.read_changed.emit([paper_id], read)
        return True

    def set_bookmarked(self, paper_id: str, on: bool) -> bool:
        """Bookmark one paper or take the bookmark off: shown at once, written by the writer."""
        if self._refused():
            return False
        try:
            was = self._is_marked(self._queued_bookmark, "bookmarks", paper_id)
        except LibraryError as exc:
            notify.error(str(exc))
            return False
        if was == on:
            return False
        self._show_bookmark(paper_id, on)
        library = self._library
        self._queue(
            self._queued_bookmark,
            paper_id,
            on,
            lambda: library.set_bookmarked([paper_id], on),
            lambda: self._show_bookmark(paper_id, not on),
        )
        self.bookmark_changed.emit(paper_id, on)
        return True

    def _refused(self) -> bool:
        reason = self._library.read_only_reason
        if reason is not None:
            notify.error(reason)
        return reason is not None

    def _is_marked(self, queued: dict[str, tuple[bool, int]], table: str, paper_id: str) -> bool:
        """The paper's mark as the user last set it: a queued one, else the library's (WAL read)."""
        if paper_id in queued:
            return queued[paper_id][0]
        shown = self._papers.row(self._papers.row_of(paper_id))
        if shown is not None:  # the row on show: no read on the UI thread (GIL, I/O)
            return shown.read if table == "read_state" else shown.bookmarked
        sql = f"SELECT 1 FROM {table} WHERE paper_id = ?"  # table: one of two names above
        return bool(self._library.query(sql, (paper_id,)))

    def _queue(
        self,
        queued: dict[str, tuple[bool, int]],
        paper_id: str,
        on: bool,
        write: Callable[[], object],
        take_back: Callable[[], None],
    ) -> None:
        """Queue a mark's write; a failure puts the shown mark back and says why in one sentence."""
        queued[paper_id] = (on, queued.get(paper_id, (on, 0))[1] + 1)

        def settled() -> None:
            state, count = queued.pop(paper_id, (on, 1))
            if count > 1:
                queued[paper_id] = (state, count - 1)

        def written(_changed: object) -> None:
            settled()
            self.counts_changed.emit(self._days.counts())

        def failed(exc: BaseException) -> None:
            settled()
            if paper_id not in queued:  # else a later mark of this paper is shown and decides
                take_back()
            self._failed(exc)
            self.counts_changed.emit(self._days.counts())

        run_write(self._library, write, written, failed, context=self, name="a mark")

    def _show_read(self, paper_id: str, dates: Sequence[str], read: bool) -> None:
        self._papers.set_read([paper_id], read)
        self._days.adjust_unread(dates, -1 if read else 1)
        counts = self._days.counts()
        counts["unread"] = max(0, counts["unread"] + (-1 if read else 1))
        self._days.set_view_counts(counts)

    def _show_bookmark(self, paper_id: str, on: bool) -> None:
        self._papers.set_bookmarked([paper_id], on)
        counts = self._days.counts()
        counts["bookmarked"] = max(0, counts["bookmarked"] + (1 if on else -1))
        self._days.set_view_counts(counts)

    # ------------------------------------------------------------ bulk marks

    def mark_read(self, query: PaperQuery, what: str) -> None:
        """Mark every paper *query* lists as read, on the writer; *what* names it for the user."""
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

        run_write(self._library, work, done, self._failed, context=self, name="mark read")

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

        run_write(self._library, work, done, self._failed, context=self, name="undo mark")

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
