"""The middle pane: a header, the search field and filters, and the list of papers.

The list shows one day or one smart view; typing in the search field (debounced)
searches the whole library instead, and clearing it goes back. Sort and filters
apply to both. Selection is reported as ``paper_selected``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.library import Library, PaperQuery
from reader.ui.paper_delegate import PaperDelegate
from reader.ui.paper_model import IdRole, PaperListModel

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
SORT_LABELS = (("votes", "Votes"), ("title", "Title"), ("date", "Date"))


class PaperListView(QListView):
    """A list view that says why it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            color = self.palette().color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(color)
            painter.drawText(self.viewport().rect().adjusted(24, 0, -24, 0),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)


class PaperListPane(QWidget):
    """Header, search, filters and the paper list.

    Signals: ``paper_selected(str paper_id)`` ('' when the selection is cleared),
    ``filters_changed()`` after sort or a filter changes, ``search_active(bool)``.
    """

    paper_selected = Signal(str)
    filters_changed = Signal()
    search_active = Signal(bool)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperListPane")
        self._library = library
        self._base = PaperQuery()
        self._header = ("", "")
        self.model = PaperListModel(library, self)

        self.title = QLabel()
        self.title.setObjectName("listTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("listSubtitle")
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search all papers  ( / )")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.sort = QComboBox()
        self.sort.setToolTip("Sort the list")
        for key, label in SORT_LABELS:
            self.sort.addItem(f"By {label}", key)
        self.unread_only = self._toggle("Unread", "List only unread papers")
        self.bookmarked_only = self._toggle("★ Starred", "List only bookmarked papers")
        self.min_votes = QSpinBox()
        self.min_votes.setRange(0, 9999)
        self.min_votes.setPrefix("▲ ≥ ")
        self.min_votes.setToolTip("List only papers with at least this many votes")
        self.min_votes.setAccelerated(True)
        for signal in (self.sort.currentIndexChanged, self.unread_only.toggled,
                       self.bookmarked_only.toggled, self.min_votes.valueChanged):
            signal.connect(self._filters_changed)

        self.view = PaperListView()
        self.view.setObjectName("paperList")
        self.view.setModel(self.model)
        self.delegate = PaperDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.sort, 1)
        filters.addWidget(self.unread_only)
        filters.addWidget(self.bookmarked_only)
        filters.addWidget(self.min_votes)
        top = QVBoxLayout()
        top.setContentsMargins(12, 10, 12, 8)
        top.setSpacing(6)
        top.addWidget(self.title)
        top.addWidget(self.subtitle)
        top.addWidget(self.search)
        top.addLayout(filters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        return button

    # ------------------------------------------------------------- queries

    def searching(self) -> bool:
        return bool(self.search.text().strip())

    def current_query(self) -> PaperQuery:
        text = self.search.text().strip()
        base = PaperQuery(view="all") if text else self._base
        return PaperQuery(
            date=base.date,
            view=base.view,
            text=text,
            unread_only=self.unread_only.isChecked(),
            bookmarked_only=self.bookmarked_only.isChecked(),
            min_votes=self.min_votes.value(),
            sort=self.sort.currentData() or "votes",
        )

    def set_source(self, date: str | None = None, view: str = "all") -> None:
        """List one day, or a smart view when *date* is None."""
        self._base = PaperQuery(date=date, view=view)
        if not self.searching():
            self.reload(clear_missing=True)

    def reload(self, clear_missing: bool = False) -> None:
        """Run the current query again, keeping the selected paper when it is still listed.

        With *clear_missing*, a selected paper that the new list lacks is deselected
        (``paper_selected('')``); otherwise the detail keeps showing it.
        """
        current = self.current_id()
        query = self.current_query()
        self.delegate.show_dates = query.date is None
        blocker = self.view.selectionModel().blockSignals(True)
        try:
            self.model.set_query(query)
        finally:
            self.view.selectionModel().blockSignals(blocker)
        row = self.model.find_row(current, max_pages=0) if current else -1
        if row >= 0:
            self._select_row(row, emit=False)
        elif current and clear_missing:
            self.paper_selected.emit("")
        self._update_header()
        self.view.empty_text = "No paper matches." if self.searching() or self._filtered() else "No papers here."

    def _filtered(self) -> bool:
        return self.unread_only.isChecked() or self.bookmarked_only.isChecked() or self.min_votes.value() > 0

    def _run_search(self) -> None:
        self.reload()
        self.search_active.emit(self.searching())

    def _filters_changed(self) -> None:
        self.reload()
        self.filters_changed.emit()

    def set_header(self, title: str, subtitle: str) -> None:
        self._header = (title, subtitle)
        self._update_header()

    def _update_header(self) -> None:
        if self.searching():
            self.title.setText("Search")
            shown = self.model.rowCount()
            more = "+" if self.model.canFetchMore() else ""
            self.subtitle.setText(f"{shown}{more} papers match “{self.search.text().strip()}” in the library")
        else:
            self.title.setText(self._header[0])
            self.subtitle.setText(self._header[1])

    # ------------------------------------------------------------ filters

    def filters(self) -> dict[str, object]:
        return {
            "ui_sort": self.sort.currentData(),
            "ui_unread_only": self.unread_only.isChecked(),
            "ui_bookmarked_only": self.bookmarked_only.isChecked(),
            "ui_min_votes": self.min_votes.value(),
        }

    def set_filters(self, sort: str, unread_only: bool, bookmarked_only: bool, min_votes: int) -> None:
        """Restore saved filters without running a query for each one."""
        widgets = (self.sort, self.unread_only, self.bookmarked_only, self.min_votes)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.sort.setCurrentIndex(max(0, self.sort.findData(sort)))
            self.unread_only.setChecked(unread_only)
            self.bookmarked_only.setChecked(bookmarked_only)
            self.min_votes.setValue(min_votes)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_search(self) -> bool:
        """Empty the search field at once; True when there was something to clear."""
        had = bool(self.search.text())
        if had:
            self.search.clear()
            self._search_timer.stop()
            self._run_search()
        if self.search.hasFocus():
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return had

    # ----------------------------------------------------------- selection

    def current_id(self) -> str:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() and self.view.selectionModel().isSelected(index) else ""

    def current_row(self) -> int:
        return self.view.currentIndex().row() if self.current_id() else -1

    def _select_row(self, row: int, emit: bool = True) -> bool:
        index = self.model.index(row, 0)
        if not index.isValid():
            return False
        selection = self.view.selectionModel()
        blocker = selection.blockSignals(not emit)
        try:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            selection.blockSignals(blocker)
        self.view.viewport().update()
        self.view.scrollTo(index)
        return True

    def select_row(self, row: int) -> bool:
        return self._select_row(row)

    def select_paper(self, paper_id: str) -> bool:
        row = self.model.find_row(paper_id)
        return self._select_row(row) if row >= 0 else False

    def move(self, step: int) -> bool:
        """Select the paper *step* rows away (the first or last when none is selected)."""
        row = self.current_row()
        if row < 0:
            target = 0 if step > 0 else self.model.rowCount() - 1
        else:
            target = row + step
        if target >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        return self._select_row(target) if 0 <= target < self.model.rowCount() else False

    def select_next_unread(self) -> bool:
        row = self.model.next_unread(self.current_row())
        return self._select_row(row) if row >= 0 else False

    def clear_selection(self) -> None:
        self.view.selectionModel().clear()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.paper_selected.emit(current.data(IdRole) if current.isValid() else "")
