"""The middle pane: a header, the search field and filters, and the list of papers.

The list shows one day or one smart view; typing in the search field (debounced,
then run in the worker pool) searches the whole library instead, and clearing
it goes back. Sort and filters (:mod:`reader.ui.papers.filter_bar`) apply to both.
Selection is reported as ``paper_selected``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.library import Library, ListRow, PaperQuery, has_search_terms
from reader.ui.common.i18n import number_text
from reader.ui.common.workers import Workers
from reader.ui.papers.delegate import PaperDelegate, PaperListView, search_patterns
from reader.ui.papers.filter_bar import FilterBar
from reader.ui.papers.model import PAGE, IdRole, PaperListModel

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150


class PaperListPane(QWidget):
    """Header, search, filters and the paper list.

    Signals: ``paper_selected(str paper_id)`` ('' when the selection is cleared),
    ``filters_changed()`` after sort or a filter changes, ``search_active(bool)``.
    """

    paper_selected = Signal(str)
    filters_changed = Signal()
    search_active = Signal(bool)

    def __init__(self, library: Library, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperListPane")
        self._library = library
        self._workers = workers
        self._search_generation = 0
        # (query text, PDF-text hits merged into it, how many match only there)
        self.expand_query: Callable[[PaperQuery], tuple[PaperQuery, int]] | None = None
        self._pdf_hits: tuple[str, tuple[str, ...], int] = ("", (), 0)
        self._base = PaperQuery()
        self._header: tuple[str, str, int | None] = ("", "", None)
        self.model = PaperListModel(library, self, workers)  # sized to the whole list
        self.model.total_changed.connect(self._update_header)
        self.model.total_changed.connect(self._return_when_counted)
        self.model.page_loaded.connect(self._page_loaded)
        self._landing: QPersistentModelIndex | None = None  # selected before its page arrived
        self._keep = ""  # a paper listed although a filter would drop it (see select_paper)

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
        self.search.setPlaceholderText(self.tr("Search all papers  ( / )"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_edited)
        self.search.installEventFilter(self)  # Down / Enter go to the results
        self._search_busy = False  # a search runs in the pool
        self._after_search = ""  # "first" or "open": what Down / Enter asked while it ran
        self._before_search = ""  # the paper selected when the search began (Esc goes back)
        self._before_row = -1  # ... and its row then, for a list longer than a few pages
        # (paper, row, query, moves): where Esc goes back to once the long list is counted
        self._returning: tuple[str, int, PaperQuery | None, int] | None = None
        self._moves = 0  # selections the user made (a pending return gives way to them)
        self._search_began = False

        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._filters_changed)
        bar = self.filter_bar  # the filter widgets, by name, for callers and tests
        self.sort, self.unread_only = bar.sort, bar.unread_only
        self.bookmarked_only, self.min_votes = bar.bookmarked_only, bar.min_votes
        self.has_code = bar.has_code

        self.view = PaperListView()
        self.view.setObjectName("paperList")
        self.view.setModel(self.model)
        self.delegate = PaperDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # bulk triage
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)  # the Queue view only
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        top = QVBoxLayout()
        top.setContentsMargins(12, 10, 12, 8)
        top.setSpacing(6)
        top.addWidget(self.title)
        top.addWidget(self.subtitle)
        top.addWidget(self.search)
        top.addWidget(self.filter_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def finish_building(self) -> None:
        """The search's clear button, after the first paint: it shows only once text is
        typed, and its icon's first look-up in the icon theme costs ~6 ms under X."""
        self.search.setClearButtonEnabled(True)

    # ------------------------------------------------------------- queries

    def searching(self) -> bool:
        return bool(self.search.text().strip())

    def current_query(self) -> PaperQuery:
        text = self.search.text().strip()
        if not has_search_terms(text):  # one character: keep the list, as if not typed yet
            text = ""
        base = PaperQuery(view="all") if text else self._base
        return PaperQuery(
            date=base.date,
            view=base.view,
            watch_term=base.watch_term,
            tag=base.tag,
            text=text,
            also_ids=self._pdf_hits[1] if text and self._pdf_hits[0] == text else (),
            keep=(self._keep,) if self._keep else (),
            **self.filter_bar.query_fields(),  # type: ignore[arg-type]  # typed per field there
        )

    def set_source(self, date: str | None = None, view: str = "all") -> None:
        """List one day, or a smart view when *date* is None."""
        kind, sep, key = view.partition(":")
        if sep and kind in ("watch", "tag"):  # a watch term's or a tag's papers (issue 13)
            self._base = PaperQuery(
                view="all",
                watch_term=key if kind == "watch" else None,
                tag=key if kind == "tag" else None,
            )
        else:
            self._base = PaperQuery(date=date, view=view)
        if not self.searching():
            self.reload(clear_missing=True)

    def reload(
        self,
        clear_missing: bool = False,
        query: PaperQuery | None = None,
        rows: list[ListRow] | None = None,
        total: int | None = None,
    ) -> None:
        """Run the current query again, keeping the selected paper when it is still listed.

        With *clear_missing*, a selected paper that the new list lacks is deselected
        (``paper_selected('')``); otherwise the detail keeps showing it. *rows* are
        the first page of *query* when a worker already fetched it (and *total* its count).
        """
        self._search_generation += 1  # a search still running in the pool is now stale
        self._search_busy = False
        current = self.current_id()
        query = query or self.current_query()
        before = self.model.query
        self.delegate.show_dates = query.date is None
        self.delegate.show_rising = query.sort == "rising"
        self.delegate.matches = search_patterns(query.text)  # marked in the titles
        blocker = self.view.selectionModel().blockSignals(True)
        try:
            self.model.set_query(query, rows, total)
        finally:
            self.view.selectionModel().blockSignals(blocker)
        row = self.model.find_row(current, max_pages=0) if current else -1
        if row >= 0:
            self._select_row(row, emit=False)
        else:
            if query != before:  # another list starts at its top (the table keeps the offset)
                self.view.scrollToTop()
            if current and clear_missing:
                self.paper_selected.emit("")
        self._update_header()
        self.view.empty_text = (
            self.tr("No paper matches.")
            if self.searching() or self.filter_bar.filtered()
            else self.tr("No papers here.")
        )

    def _run_search(self) -> None:
        """Search in the pool (full-text queries over a big library take tens of ms)."""
        query = self.current_query()
        if not query.text:
            self._search_began = False
            self.reload()
            self.search_active.emit(False)
            return
        self._search_generation += 1
        self._search_busy = True
        generation, library, expand = self._search_generation, self._library, self.expand_query

        def work() -> tuple[PaperQuery, int, list[ListRow], int]:
            full, pdf_only = expand(query) if expand is not None else (query, 0)
            rows = library.rows(full, 0, PAGE)
            # the header says how many match, counted here rather than on a keystroke
            return full, pdf_only, rows, library.count(full) if len(rows) == PAGE else len(rows)

        def done(result: tuple[PaperQuery, int, list[ListRow], int]) -> None:
            full, pdf_only, rows, total = result
            if generation == self._search_generation:  # else a newer keystroke won
                self._pdf_hits = (full.text, full.also_ids, pdf_only)
                self.reload(query=full, rows=rows, total=total)
                self.search_active.emit(True)
                if self._after_search:
                    self._enter_results(self._after_search == "open")

        self._workers.run_task(work, done, context=self, name="search")

    def _filters_changed(self) -> None:
        self.reload()
        self.filters_changed.emit()

    def set_header(self, title: str, subtitle: str = "", count: int | None = None) -> None:
        """The list's title and subtitle; with *count*, the subtitle begins with the papers.

        The pane words the count itself ('20 papers', or '3 of 20 papers shown' under
        a filter) so each language gets its plural; *subtitle* follows after a dot.
        """
        self._header = (title, subtitle, count)
        self._update_header()

    def _update_header(self) -> None:
        if self.searching():
            self.title.setText(self.tr("Search"))
            shown = self.model.rowCount()
            more = "" if self.model.counted() else "+"  # a moment, while the pool counts
            text, pdf_only = self.search.text().strip(), self._pdf_hits[2]
            words = self.tr("%n paper(s) found for “%1” in the library", "", shown)
            if more:  # another page may follow: '50+ papers'
                words = words.replace(str(shown), f"{shown}{more}", 1)
            if pdf_only and self._pdf_hits[0] == text:
                words += self.tr(", %n only inside their PDFs", "", pdf_only)
            self.subtitle.setText(words.replace("%1", text))
        else:
            self.title.setText(self._header[0])
            self.subtitle.setText(self._subtitle())

    def _subtitle(self) -> str:
        """'20 papers · 19 unread', or '3 of 20 papers shown · 19 unread' under a filter."""
        _title, subtitle, count = self._header
        if count is None:
            return subtitle
        filtered = self.filter_bar.filtered()
        if filtered:
            papers = self.tr("%1 of %n paper(s) shown", "", count)
        else:
            papers = self.tr("%n paper(s)", "", count)
        if count >= 1000:  # '1,234 papers': the number as the locale groups it
            papers = papers.replace(str(count), number_text(count), 1)
        if filtered:
            more = "" if self.model.counted() else "+"
            papers = papers.replace("%1", f"{number_text(self.model.rowCount())}{more}")
        return f"{papers}  ·  {subtitle}" if subtitle else papers

    # ------------------------------------------------------------ filters

    def filters(self) -> dict[str, object]:
        return self.filter_bar.values()

    def set_filters(
        self,
        sort: str,
        unread_only: bool,
        bookmarked_only: bool,
        min_votes: int,
        has_code: bool = False,
    ) -> None:
        """Restore saved filters without running a query."""
        self.filter_bar.set_values(sort, unread_only, bookmarked_only, min_votes, has_code)

    def shutdown(self) -> None:
        """Stop a pending search: the window is closing and its worker pool with it."""
        self._search_timer.stop()

    def _search_edited(self, text: str) -> None:
        if text.strip() and not self._search_began:
            self._search_began = True
            self._before_search = self.current_id()
            self._before_row = self.current_row()
        self._search_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search field goes to the first result; Enter opens the selected one."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.searching()
        ):
            self.go_to_results(open_selected=event.key() != Qt.Key.Key_Down)
            return True
        return super().eventFilter(watched, event)

    def go_to_results(self, open_selected: bool = False) -> None:
        """Put the keys in the results (now, or once the typed search has run)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._run_search()
        if self._search_busy:
            self._after_search = "open" if open_selected else "first"
            return
        self._enter_results(open_selected)

    def _enter_results(self, open_selected: bool) -> None:
        self._after_search = ""
        if not self.model.rowCount():
            return
        chosen = self.current_id()  # a result the user picked, not the paper from before
        if not (open_selected and chosen and chosen != self._before_search):
            self._select_row(0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_search(self) -> bool:
        """Empty the search field at once; True when there was something to clear."""
        had = bool(self.search.text())
        before, self._before_search = self._before_search, ""
        row, self._before_row = self._before_row, -1
        self._after_search = ""
        if had:
            self.search.clear()
            self._search_timer.stop()
            self._run_search()
            if before and before != self.current_id():
                self._return_to(before, row)  # back to the paper open before the search
        if self.search.hasFocus():
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return had

    def _return_to(self, paper_id: str, row: int) -> None:
        """Select *paper_id*, which was at *row* of this list before a search.

        A long list is counted in the pool, so a paper deeper than its first page is
        selected when the count arrives (:meth:`_return_when_counted`), unless the
        user chose another paper meanwhile.
        """
        self._returning = None
        if self.select_paper(paper_id):
            return
        if row >= 0 and not self.model.counted():
            self._returning = (paper_id, row, self.model.query, self._moves)

    def _return_when_counted(self) -> None:
        pending, self._returning = self._returning, None
        if pending is None:
            return
        paper_id, row, query, moves = pending
        if query is not self.model.query or moves != self._moves:
            return  # the list changed, or the user went elsewhere: stay there
        if not self.model.counted():
            self._returning = pending
            return
        found = self.model.ensure_row(row)  # its page, read now: the paper is likely there
        if found is not None and found.id == paper_id:
            self._select_row(row)
        else:
            self.select_paper(paper_id)

    # ----------------------------------------------------------- selection

    def current_id(self) -> str:
        index = self.view.currentIndex()
        return (
            index.data(IdRole) or ""  # a row whose page is still being read has none yet
            if index.isValid() and self.view.selectionModel().isSelected(index)
            else ""
        )

    def current_row(self) -> int:
        index = self.view.currentIndex()  # its page may still be on its way: no id yet
        selected = index.isValid() and self.view.selectionModel().isSelected(index)
        return index.row() if selected else -1

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

    def select_paper(self, paper_id: str, keep: bool = False) -> bool:
        """Select *paper_id*; with *keep*, list it even if the Unread filter would drop it.

        The restored paper of the last session is kept so (it was read while shown), and
        stays listed until the selection leaves it, as a mail reader keeps a message.
        """
        row = self.model.find_row(paper_id)
        if row < 0 and keep and paper_id != self._keep and self._library.exists(paper_id):
            self._keep = paper_id
            self.reload()
            row = self.model.find_row(paper_id)
        return self._select_row(row) if row >= 0 else False

    def step(self, step: int) -> bool:
        """Select the paper *step* rows away (the first or last when none is selected)."""
        row = self.current_row()
        if row < 0:
            target = 0 if step > 0 else self.model.rowCount() - 1
        else:
            target = row + step
        return self._select_row(target) if 0 <= target < self.model.rowCount() else False

    def select_next_unread(self) -> bool:
        row = self.model.next_unread(self.current_row())
        return self._select_row(row) if row >= 0 else False

    def clear_selection(self) -> None:
        self.view.selectionModel().clear()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        selection = self.view.selectionModel()
        if current.isValid() and not previous.isValid() and not selection.hasSelection():
            # focus on a fresh list makes its first row current without selecting it
            # (Qt's focusInEvent): select it, as it is shown, so it is highlighted and
            # the next day or view switch lets go of it
            selection.select(
                current,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        paper_id = current.data(IdRole) if current.isValid() else ""
        if paper_id is None:  # End or a jump landed on a page being read: shown when it is
            self._landing = QPersistentModelIndex(current)
            return
        self._landing = None
        self._moves += 1
        if paper_id != self._keep:
            self._keep = ""  # the kept paper leaves the list at its next reload
        self.paper_selected.emit(paper_id)

    def _page_loaded(self, first: int, last: int) -> None:
        landing, self._landing = self._landing, None
        if landing is not None and landing.isValid() and landing == self.view.currentIndex():
            if first <= landing.row() <= last:
                self._current_changed(self.model.index(landing.row(), 0), QModelIndex())
            else:
                self._landing = landing
