"""The paper list's model: one query's rows, sized to the whole list, read a page at a time.

``rowCount`` is the number of papers the query lists (counted in the worker pool),
so End and the scrollbar reach the real last paper of a 100k-paper view. Only the
first page is read on :meth:`set_query`; any other page is read in the pool when
a row of it is first asked for (its rows are blank until then), or at once when a
navigation command needs it (:meth:`find_row`, :meth:`next_unread`,
:meth:`ensure_row`). Read and bookmark marks change rows in place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reader import notify
from reader.db import LibraryError
from reader.library import Library, ListRow, PaperQuery
from reader.ui.common.i18n import day_text
from reader.ui.common.workers import Workers
from reader.ui.papers.row_marks import describe
from reader.userstate import RowMarks, marks

log = logging.getLogger(__name__)

IdRole = Qt.ItemDataRole.UserRole + 1
VotesRole = Qt.ItemDataRole.UserRole + 2
DateRole = Qt.ItemDataRole.UserRole + 3
ReadRole = Qt.ItemDataRole.UserRole + 4
BookmarkedRole = Qt.ItemDataRole.UserRole + 5
HasCodeRole = Qt.ItemDataRole.UserRole + 6  # a code repository is known
RisingRole = Qt.ItemDataRole.UserRole + 7  # votes gained lately (None: no history, or not asked)
MarksRole = Qt.ItemDataRole.UserRole + 8  # RowMarks: triage state, note, tags, watch hits
RowRole = Qt.ItemDataRole.UserRole + 9  # (ListRow, RowMarks): what a row paints, in one call
NO_MARKS = RowMarks()

PAGE = 200
WANTED = 4  # pages waiting to be read; older wishes are dropped (the view scrolled past them)
QUEUE_MIME = "application/x-daily-papers-ids"  # papers dragged inside the Queue view
AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the root, as a default argument

Page = tuple[list[ListRow], dict[str, RowMarks]]
# asked for every painted row: combined once (Python enum flags cost a call each time)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_QUEUE_ROW_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsDragEnabled


class PaperListModel(QAbstractListModel):
    """Rows of :class:`ListRow` for one :class:`PaperQuery` (None: a row not read yet).

    Signals: ``total_changed()`` when the list's full size is known or changes,
    ``page_loaded(int first, int last)`` when rows arrive from the pool.
    """

    total_changed = Signal()
    page_loaded = Signal(int, int)

    def __init__(
        self, library: Library, parent: QObject | None = None, workers: Workers | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._workers = workers  # None: every page is read at once (tests)
        self._query: PaperQuery | None = None
        self._rows: list[ListRow | None] = []
        self._row_of: dict[str, int] = {}
        self._marks: dict[str, RowMarks] = {}  # fetched per page, never per paint
        self._loaded: set[int] = set()  # pages read
        self._wanted: list[int] = []  # pages to read in the pool, the latest wish last
        self._reading: int | None = None  # the page being read in the pool
        self._counted = True  # the full size is known
        self._generation = 0  # a page or count for an older query is dropped
        # Queue view: papers dropped at a row are moved there (ids, queue position)
        self.on_queue_drop: Callable[[list[str], int], None] | None = None

    @property
    def query(self) -> PaperQuery | None:
        return self._query

    def set_query(
        self,
        query: PaperQuery | None,
        rows: list[ListRow] | None = None,
        total: int | None = None,
    ) -> None:
        """Show *query* (nothing for None): its first page, *rows* if it was read already.

        *total* is how many papers it lists, if counted already; otherwise a full
        first page is followed by a count in the pool (at once without a pool).
        """
        if rows is None:
            try:
                rows = self._library.rows(query, 0, PAGE) if query is not None else []
            except LibraryError as exc:  # a damaged file: an empty list (its banner says why)
                log.warning("reading the paper list failed: %s", exc)
                rows = []
        if total is None and len(rows) == PAGE and self._workers is None:
            assert query is not None
            total = self._library.count(query)
        size = len(rows) if total is None or len(rows) < PAGE else max(total, len(rows))
        self._generation += 1
        self.beginResetModel()
        self._query = query
        self._rows = [*rows, *[None] * (size - len(rows))]
        self._row_of = {}
        for i, row in enumerate(rows):
            self._row_of.setdefault(row.id, i)
        self._marks = self._fetch_marks([r.id for r in rows])
        self._loaded = {0}
        self._wanted, self._reading = [], None
        self._counted = total is not None or len(rows) < PAGE
        self.endResetModel()
        if not self._counted:
            self._count()
        self.total_changed.emit()

    def refresh(self) -> None:
        """Run the query again (after an import or a bulk mark)."""
        self.set_query(self._query)

    # ------------------------------------------------------------- the size

    def counted(self) -> bool:
        """True once ``rowCount`` is the whole list (False while the pool counts it)."""
        return self._counted

    def _count(self) -> None:
        query, generation, library = self._query, self._generation, self._library
        assert query is not None and self._workers is not None

        def done(total: int) -> None:
            if generation != self._generation:
                return
            self._counted = True
            if total > len(self._rows):
                self.beginInsertRows(QModelIndex(), len(self._rows), total - 1)
                self._rows.extend([None] * (total - len(self._rows)))
                self.endInsertRows()
            self.total_changed.emit()

        self._run(lambda: library.count(query), done, "counting the papers")

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        name: str,
        after_error: Callable[[], None] | None = None,
    ) -> bool:
        assert self._workers is not None

        def failed(exc: BaseException) -> None:
            """The rows stay blank; the reason goes to the log (a damaged library says so
            through its banner, not once per page)."""
            if notify.is_environment(exc):
                log.warning("%s failed: %s", name, exc)
            else:
                log.error("%s failed", name, exc_info=exc)
            if after_error is not None:
                after_error()

        try:
            self._workers.run_task(work, done, failed, context=self, name=name)
        except RuntimeError:  # the pool is shut down: the window is closing
            return False
        return True

    # --------------------------------------------------------------- paging

    def _read_page(self, page: int) -> Page:
        """Rows and marks of *page* (on any thread: the library has a connection per thread)."""
        assert self._query is not None
        rows = self._library.rows(self._query, page * PAGE, PAGE)
        try:
            found = marks(self._library, [r.id for r in rows])
        except LibraryError:
            found = {}
        return rows, found

    def _want(self, row: int) -> None:
        """The page holding *row* is needed for painting: read it in the pool."""
        page = row // PAGE
        if page in self._loaded or page == self._reading or self._query is None:
            return
        if self._workers is None:
            self._read_now(page, signal=False)  # inside data(): no signal
            return
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)
        del self._wanted[:-WANTED]
        self._next_page()

    def _next_page(self) -> None:
        if self._reading is not None or not self._wanted:
            return
        page = self._wanted.pop()
        generation = self._generation

        def done(result: Page) -> None:
            if generation != self._generation:
                return
            self._reading = None
            self._store(page, *result)
            self._next_page()

        def failed() -> None:  # not asked for again: a broken page would be read every paint
            if generation == self._generation:
                self._reading = None
                self._loaded.add(page)
                self._next_page()

        self._reading = page
        if not self._run(lambda: self._read_page(page), done, "reading a page of papers", failed):
            self._reading = None

    def _store(
        self, page: int, rows: list[ListRow], found: dict[str, RowMarks], signal: bool = True
    ) -> None:
        """Put a page read at its offset; a short page ends the list there.

        Papers can leave the query between pages (read in the Unread view), so a
        page may end early: the rows past it are then removed.
        """
        first = page * PAGE
        rows = rows[: max(0, len(self._rows) - first)]
        self._loaded.add(page)
        self._marks.update(found)
        for i, row in enumerate(rows, first):
            self._rows[i] = row
            self._row_of.setdefault(row.id, i)
        end = first + len(rows)
        if len(rows) < PAGE and end < len(self._rows) and self._counted:
            if signal:
                self.beginRemoveRows(QModelIndex(), end, len(self._rows) - 1)
            for gone in self._rows[end:]:
                if gone is not None and self._row_of.get(gone.id, -1) >= end:
                    del self._row_of[gone.id]
            del self._rows[end:]
            self._loaded = {p for p in self._loaded if p * PAGE < end}
            if signal:
                self.endRemoveRows()
                self.total_changed.emit()
        if signal and rows:
            self.dataChanged.emit(self.index(first, 0), self.index(end - 1, 0))
            self.page_loaded.emit(first, end - 1)

    def ensure_row(self, row: int) -> ListRow | None:
        """Row *row*, read now if its page is not yet (a command needs it, not a paint)."""
        if not 0 <= row < len(self._rows):
            return None
        page = row // PAGE
        if self._rows[row] is None and page not in self._loaded and self._query is not None:
            if page in self._wanted:
                self._wanted.remove(page)
            self._read_now(page)
        return self._rows[row] if row < len(self._rows) else None

    def _read_now(self, page: int, signal: bool = True) -> None:
        """Read *page* on this thread; a page the library cannot read stays empty.

        A damaged file's banner already says why, so a jump onto a broken page
        (End, J/K past a page edge, next unread) is a log line, not a traceback.
        """
        try:
            rows, found = self._read_page(page)
        except LibraryError as exc:
            log.warning("reading page %d of the paper list failed: %s", page, exc)
            self._loaded.add(page)  # not asked for again: a broken page would be read every paint
            return
        self._store(page, rows, found, signal=signal)

    def canFetchMore(self, parent: AnyIndex = NO_PARENT) -> bool:
        return False  # the model is sized to the whole list already

    # -------------------------------------------------------------- lookups

    def row(self, index: int) -> ListRow | None:
        """Row *index* if it was read (see :meth:`ensure_row` to read it now)."""
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def row_of(self, paper_id: str) -> int:
        """The row of *paper_id* among the rows read so far, or -1."""
        return self._row_of.get(paper_id, -1)

    def find_row(self, paper_id: str, max_pages: int = 5) -> int:
        """The row of *paper_id*, reading up to *max_pages* more pages from the top to find it."""
        row = self.row_of(paper_id)
        page = 0
        while row < 0 and max_pages > 0 and page * PAGE < len(self._rows):
            if page not in self._loaded:
                self.ensure_row(page * PAGE)
                max_pages -= 1
                row = self.row_of(paper_id)
            page += 1
        return row

    def next_unread(self, after: int, max_pages: int = 5) -> int:
        """The first unread row below *after*, reading pages as needed; -1 when none."""
        row, pages = after + 1, 0
        while row < len(self._rows):
            found = self._rows[row]
            if found is None:
                if pages >= max_pages:
                    return -1
                pages += 1
                found = self.ensure_row(row)
                if found is None:  # the list ended early
                    return -1
            if not found.read:
                return row
            row += 1
        return -1

    def ids(self) -> list[str]:
        """The ids of the rows read so far, in list order."""
        return [r.id for r in self._rows if r is not None]

    # --------------------------------------------------------------- marks

    def set_read(self, ids: Iterable[str], read: bool) -> None:
        self._update(ids, lambda r: r._replace(read=read), ReadRole)

    def set_bookmarked(self, ids: Iterable[str], on: bool) -> None:
        self._update(ids, lambda r: r._replace(bookmarked=on), BookmarkedRole)

    def _fetch_marks(self, ids: list[str]) -> dict[str, RowMarks]:
        """User-state marks of one page of rows (indexed look-ups; none when unreadable)."""
        if not ids:
            return {}
        try:
            return marks(self._library, ids)
        except LibraryError:
            return {}

    def update_marks(self, ids: Iterable[str]) -> None:
        """Read the marks of *ids* again (after a triage, note, tag or watch change)."""
        listed = [i for i in ids if i in self._row_of]
        self._marks.update(self._fetch_marks(listed))
        for paper_id in listed:
            index = self.index(self._row_of[paper_id], 0)
            self.dataChanged.emit(index, index, [MarksRole])

    def update_all_marks(self) -> None:
        """Read every fetched row's marks again (a watch term was added or removed)."""
        self.update_marks(list(self._row_of))

    def marks_of(self, paper_id: str) -> RowMarks:
        return self._marks.get(paper_id, NO_MARKS)

    def set_all_read(self, read: bool) -> None:
        self.set_read(self.ids(), read)

    def _update(self, ids: Iterable[str], change: Any, role: int) -> None:
        for paper_id in ids:
            i = self._row_of.get(paper_id, -1)
            if i < 0:
                continue
            self._rows[i] = change(self._rows[i])
            index = self.index(i, 0)
            self.dataChanged.emit(index, index, [role])

    # --------------------------------------------------------- model protocol

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        queue = self._is_queue()
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if queue else Qt.ItemFlag.NoItemFlags
        return _QUEUE_ROW_FLAGS if queue else _ROW_FLAGS

    # ------------------------------------------------- drag to reorder the queue

    def _is_queue(self) -> bool:
        q = self._query
        return q is not None and q.view == "queue" and q.date is None and not q.text

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [QUEUE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [row.id for r in rows if (row := self.row(r)) is not None]
        data.setData(QUEUE_MIME, "\n".join(ids).encode("utf-8"))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # type: ignore[no-untyped-def]
        return self._is_queue() and data.hasFormat(QUEUE_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # type: ignore[no-untyped-def]
        """Hand the dropped papers and their new place to ``on_queue_drop`` (no row moves here:
        the queue is re-read once the order is written)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [i for i in bytes(data.data(QUEUE_MIME).data()).decode("utf-8").split("\n") if i]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        # the position counts the queue without the moved papers
        position = row - sum(1 for i in ids if 0 <= self._row_of.get(i, -1) < row)
        if ids and self.on_queue_drop is not None:
            self.on_queue_drop(ids, position)
        return False  # nothing for the view to remove: the list is reloaded

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if row is None:  # its page is not read yet: blank until it arrives
            self._want(index.row())
            row = self._rows[index.row()] if index.row() < len(self._rows) else None
            if row is None:
                return None
        if role == RowRole:
            return row, self._marks.get(row.id, NO_MARKS)
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == IdRole:
            return row.id
        if role == VotesRole:
            return row.votes
        if role == DateRole:
            return row.date
        if role == ReadRole:
            return row.read
        if role == BookmarkedRole:
            return row.bookmarked
        if role == HasCodeRole:
            return bool(getattr(row, "has_code", False))
        if role == RisingRole:
            return getattr(row, "rising", None)
        if role == MarksRole:
            return self._marks.get(row.id, NO_MARKS)
        if role == Qt.ItemDataRole.ToolTipRole:
            marks = describe(self._marks.get(row.id, NO_MARKS))
            when = day_text(row.date) if row.date else ""
            return f"{row.title}\narXiv {row.id} · {when}" + (f"\n{marks}" if marks else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            votes = row.votes or 0
            words = (
                self.tr("%1, %n vote(s), read", "", votes)
                if row.read
                else self.tr("%1, %n vote(s), unread", "", votes)
            ).replace("%1", row.title)
            if getattr(row, "has_code", False):
                words += self.tr(", has code")
            marks = describe(self._marks.get(row.id, NO_MARKS))
            return words + (f", {marks}" if marks else "")
        return None
