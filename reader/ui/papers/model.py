"""The paper list's model: one query's rows, fetched from the library a page at a time.

Never loads a whole view: ``rows(query, offset, PAGE)`` fills the first page on
:meth:`set_query`, and the view asks for more through ``canFetchMore``/``fetchMore``
as it scrolls. Read and bookmark marks change rows in place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from reader.db import LibraryError
from reader.library import Library, ListRow, PaperQuery
from reader.ui.papers.row_marks import describe
from reader.userstate import RowMarks, marks

IdRole = Qt.ItemDataRole.UserRole + 1
VotesRole = Qt.ItemDataRole.UserRole + 2
DateRole = Qt.ItemDataRole.UserRole + 3
ReadRole = Qt.ItemDataRole.UserRole + 4
BookmarkedRole = Qt.ItemDataRole.UserRole + 5
HasCodeRole = Qt.ItemDataRole.UserRole + 6  # a code repository is known
RisingRole = Qt.ItemDataRole.UserRole + 7  # votes gained lately (None: no history, or not asked)
MarksRole = Qt.ItemDataRole.UserRole + 8  # RowMarks: triage state, note, tags, watch hits
NO_MARKS = RowMarks()

PAGE = 200
QUEUE_MIME = "application/x-daily-papers-ids"  # papers dragged inside the Queue view
AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the root, as a default argument


class PaperListModel(QAbstractListModel):
    """Rows of :class:`ListRow` for one :class:`PaperQuery`.

    Signals: the standard model signals only.
    """

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._query: PaperQuery | None = None
        self._rows: list[ListRow] = []
        self._row_of: dict[str, int] = {}
        self._marks: dict[str, RowMarks] = {}  # fetched per page, never per paint
        self._exhausted = True
        self._changing = False  # no re-entrant fetchMore from inside our own signals
        # Queue view: papers dropped at a row are moved there (ids, queue position)
        self.on_queue_drop: Callable[[list[str], int], None] | None = None

    @property
    def query(self) -> PaperQuery | None:
        return self._query

    def set_query(self, query: PaperQuery | None, rows: list[ListRow] | None = None) -> None:
        """Show *query*'s first page (or nothing for None); *rows* if it was fetched already."""
        if rows is None:
            rows = self._library.rows(query, 0, PAGE) if query is not None else []
        self._changing = True
        try:
            self.beginResetModel()
            self._query = query
            self._rows = rows
            self._row_of = {r.id: i for i, r in enumerate(rows)}
            self._marks = self._fetch_marks([r.id for r in rows])
            self._exhausted = len(rows) < PAGE
            self.endResetModel()
        finally:
            self._changing = False

    def refresh(self) -> None:
        """Run the query again (after an import or a bulk mark)."""
        self.set_query(self._query)

    # --------------------------------------------------------------- paging

    def canFetchMore(self, parent: AnyIndex = NO_PARENT) -> bool:
        return (
            not parent.isValid()
            and not self._exhausted
            and not self._changing
            and self._query is not None
        )

    def fetchMore(self, parent: AnyIndex = NO_PARENT) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._query is not None
        more = [
            r
            for r in self._library.rows(self._query, len(self._rows), PAGE)
            if r.id not in self._row_of
        ]
        self._exhausted = len(more) < PAGE
        if not more:
            self._exhausted = True
            return
        first = len(self._rows)
        self._marks.update(self._fetch_marks([r.id for r in more]))
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            for i, row in enumerate(more, first):
                self._row_of[row.id] = i
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._changing = False

    # -------------------------------------------------------------- lookups

    def row(self, index: int) -> ListRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def row_of(self, paper_id: str) -> int:
        """The row of *paper_id* among the fetched rows, or -1."""
        return self._row_of.get(paper_id, -1)

    def find_row(self, paper_id: str, max_pages: int = 5) -> int:
        """The row of *paper_id*, fetching up to *max_pages* more pages to find it."""
        for _ in range(max_pages + 1):
            row = self.row_of(paper_id)
            if row >= 0 or not self.canFetchMore():
                return row
            self.fetchMore()
        return -1

    def next_unread(self, after: int, max_pages: int = 5) -> int:
        """The first unread row below *after*, fetching pages as needed; -1 when none."""
        row = after + 1
        pages = 0
        while True:
            while row < len(self._rows):
                if not self._rows[row].read:
                    return row
                row += 1
            if pages >= max_pages or not self.canFetchMore():
                return -1
            self.fetchMore()
            pages += 1

    def ids(self) -> list[str]:
        return [r.id for r in self._rows]

    # --------------------------------------------------------------- marks

    def set_read(self, ids: Iterable[str], read: bool) -> None:
        self._update(ids, lambda r: replace(r, read=read), ReadRole)

    def set_bookmarked(self, ids: Iterable[str], on: bool) -> None:
        self._update(ids, lambda r: replace(r, bookmarked=on), BookmarkedRole)

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
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        return flags | Qt.ItemFlag.ItemIsDragEnabled if queue else flags

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
        ids = [self._rows[r].id for r in rows if 0 <= r < len(self._rows)]
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
            return f"{row.title}\narXiv {row.id} · {row.date}" + (f"\n{marks}" if marks else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = "read" if row.read else "unread"
            code = ", has code" if getattr(row, "has_code", False) else ""
            marks = describe(self._marks.get(row.id, NO_MARKS))
            return f"{row.title}, {row.votes or 0} votes, {state}{code}" + (
                f", {marks}" if marks else ""
            )
        return None
